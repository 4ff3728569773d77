/* company_numbers.h — a company's registration number is no person's.
 *
 * "SIREN 732 829 320" passes a Canadian SIN's checksum and "org.nr. 923 609 016" has a
 * Spanish phone's grouping, but a number right after a label that names a company or
 * product register (SIREN, SIRET, org.nr, organisasjonsnummer, VAT, MVA, TVA, USt-IdNr,
 * CVR, KvK, EIN, company number, ISBN, EAN...) is not personal data and stays. Between
 * the label and the number only number words ("nr", "No.", "n°", "Nummer"), country
 * codes ("FR") and short check groups may stand. The look-back reads at most
 * COMPANY_LABEL_REACH bytes of the number's line: constant work per number. */
#ifndef LETHE_COMPANY_NUMBERS_H
#define LETHE_COMPANY_NUMBERS_H

#include <stdbool.h>
#include <stddef.h>

enum { COMPANY_LABEL_REACH = 48 };

/* True when text[start, end) is written only with digits and separators (spaces, dots,
 * dashes, slashes) and a company label stands right before it. */
bool company_number_at(const char *text, size_t start, size_t end);

#endif
