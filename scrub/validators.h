/* validators.h — exact checks that confirm a pattern's candidate (shared/SCRUB-NOTES.md).
 *
 * Hyperscan finds where a value may be; these decide whether it is one: checksums,
 * network prefixes and lengths, real dates. Each takes the candidate text as written
 * (separators such as spaces and dashes allowed where the format has them) and
 * returns true only for a well-formed, valid value. No allocation, no locale. */
#ifndef LETHE_VALIDATORS_H
#define LETHE_VALIDATORS_H

#include <stdbool.h>
#include <stddef.h>

bool luhn_valid(const char *digits, size_t len);         /* digits only */
bool credit_card_valid(const char *text, size_t len);    /* network prefix and length, Luhn */
bool iban_valid(const char *text, size_t len);           /* country length, mod 97 = 1 */
bool ssn_us_valid(const char *text, size_t len);         /* area, group, serial rules */
bool sin_ca_valid(const char *text, size_t len);         /* Luhn, first digit not 0 or 8 */
bool no_fnr_valid(const char *text, size_t len);         /* fødselsnummer, D- and H-numbers */
bool se_personnummer_valid(const char *text, size_t len);
bool de_tax_id_valid(const char *text, size_t len);      /* Steuer-ID, ISO 7064 MOD 11,10 */
bool uk_nino_valid(const char *text, size_t len);
bool aba_routing_valid(const char *text, size_t len);
bool ip_address_valid(const char *text, size_t len);     /* IPv4 or IPv6, zone allowed */
bool phone_e164_valid(const char *text, size_t len);
/* National formats, found only next to a phone word: (415) 555-2671, 020 7946 0958,
 * 912 34 567, 07 49 78 10 61, (81) 39447-1800, 935 / 230 / 765. 8 to 12 digits in groups, an area code
 * in parentheses at most, after a one-digit trunk at most ("0 (532) 123 45 67"); never a
 * date's shape (2024-05-12, 12.05.2024). */
bool phone_national_valid(const char *text, size_t len);
/* Stricter, after a weak cue ("number", "contact", "text me"): the national shapes of
 * the US, trunk-0 countries and Norway only. */
bool phone_national_shape_valid(const char *text, size_t len);
/* Right after a word that names a phone ("Tel:", "call me on"), where the word already
 * says what follows: 6 to 14 digits (local numbers in Sweden, German ones with their
 * trunk 0), grouped or not, a leading '+' allowed; still never a date. */
bool phone_after_cue_valid(const char *text, size_t len);
/* A phone's digit groups split by a no-break space (U+00A0), a thin space (U+2009) or a narrow
 * no-break space (U+202F), as word processors, French typography, copied web pages and contact
 * cards write them ("+33\u00a06\u00a012…", "912\u202f34\u202f567"), or by an en dash (U+2013)
 * or a middle dot (U+00B7) ("08–50–93–70–39", "935·533·673", "+46 408 · 03 · 15 · 77"), or with
 * the area code first in square brackets or braces ("[415] 850-0694", "{030} 1234 5678"): the text
 * with an ASCII space for each space, a dash for each dash or dot and parentheses for the
 * brackets, in `out` (PHONE_TEXT_MAX
 * bytes), its length, for the validators above to read; 0 when it holds none, or is longer than
 * any phone. Read once, in bounded work. */
enum { PHONE_TEXT_MAX = 64 };
size_t phone_with_ascii_separators(const char *text, size_t len, char *out);
/* A number read out or dictated as a transcript or a chat writes it: digit groups of one to
 * five split by ", " ("415, 850, 06, 94", "22, 33, 44, 55"), groups spelt digit by digit with
 * single blanks ("4 1 5, 8 5 0, 0 6, 9 4"), or the whole number so spelt ("9 1 2 3 4 5 6 7").
 * Its length at the start of `text` and its 8 to 13 digits in `digits` (PHONE_DICTATED_DIGITS
 * bytes), *count of them; 0 when none starts there (one group with no comma unless spelt, a
 * group of six digits or more, fewer than 8 or more than 13 digits). Reads at most
 * PHONE_TEXT_MAX bytes. Says nothing of whose number it is: only a phone's cue does. */
enum { PHONE_DICTATED_DIGITS = 14 };
size_t phone_dictated_length(const char *text, size_t len, char *digits, size_t *count);
/* An international number with its '+' dropped: a mobile of a country whose numbers are
 * often written so, in one block or spaced after its country code (46701234567,
 * 4915123456789, "47 91 23 45 67", "33 6 12 34 56 78"), or North America's 1 and ten
 * digits in one block (14155552671). The shape validators accept the mobiles with no cue;
 * the national ones (after a cue) accept North America's too. */
bool phone_dropped_plus_valid(const char *text, size_t len);
/* A phone by its grouping alone, where no word names it (a signature, a table cell, a
 * list): 00 and a country code that exists, North America's 415-555-2671, France's five
 * pairs, a trunk-0 area code and its subscriber groups (020 7946 0958, 0171 1234567,
 * 08-937 41 27), Norway's 912 34 567 and 22 33 44 55, Spain's 612 345 678. A separator is
 * needed: a bare run of digits is an order number until a cue says otherwise. */
bool phone_shape_valid(const char *text, size_t len);
/* A North American toll-free number spelled in letters: 1-888-DENTIST, +1 800 MYLEGAL, (888)
 * FIX-ROOF: 800, 833 … 888 and seven letters and digits, three letters at least. */
bool phone_vanity_valid(const char *text, size_t len);
/* The digits of a WhatsApp click-to-chat link ("wa.me/4791234567"): the international number
 * with no '+', as the link's own format requires: 8 to 15 digits, no leading 0, not fictional. */
bool phone_link_digits_valid(const char *text, size_t len);
/* A number set aside for fiction and documentation: North America's 555-0100 … 555-0199
 * (any area code) and Ofcom's drama ranges (020 7946 0xxx, 01632 960xxx, 07700 900xxx, …).
 * Every phone validator above refuses these; a caller that shortens a refused number to
 * find one it accepts asks this of the whole number first. */
bool phone_is_fictional(const char *text, size_t len);
/* A label or word that names another kind of number than a phone: an order, an invoice,
 * a reference, a ticket, a parcel, an article, a transaction ("Bestellnummer", "Ordre-ID",
 * "Referencia", "commande", "invoice_no"). A number under it is no phone by its grouping
 * or by the word "number" alone. */
bool label_names_another_number(const char *label, size_t len);
/* Twelve digits with no separator and no cue, a Swedish personnummer only with a birth year
 * of 1900-2009 (a later one is more often a build or time stamp, 202405121530). */
bool se_personnummer_bare_valid(const char *text, size_t len);
/* A Steuer-ID with no cue, printed ("80 147 465 239") or in one block ("25611743982"): the
 * check digit, and of its first ten digits one twice or three times and the others once, as
 * the Bundeszentralamt issues them; in one block, never a mobile with its '+' dropped. */
bool de_tax_id_printed_valid(const char *text, size_t len);
/* A date as people write their birth date, in en, nb, sv, de, fr or es: 1985-03-12,
 * 12.03.1985, 12/03/1985, 3/12/1985, 19850312, "12 March 1985", "12. mars 1985",
 * "March 12, 1985", "12 de marzo de 1985", "1er mars 1985", 12031985, "Mar-12-1985", "March the
 * 12th, 1985", and a two-digit year after a month's name ("12 March '85", "12. mars -85",
 * "12 de marzo del 85"), and any of these after a weekday's name ("Tuesday, 12 March 1985",
 * "fredag 13. juni 1980", "mardi 11 janvier 1983": the weekday is part of the value); a numeric
 * date's two-digit year after an apostrophe ("12.03.'85", "13/5 '60") or the Nordic dash after
 * the month's point ("12.3.-85", "12.03.-85"), the month's point left out before the year's
 * blank ("12.3 1985"), en dashes for a date's dashes ("12–03–1985", "12 – 03 – 1985"), Roman months in capitals or all in
 * small letters ("12.III.1985", "6.xii.2015"), a passport's month named in two languages ("10
 * AUG/AOÛT 63"), the year on the next line after a month's name, "1.º de marzo". The day
 * must exist, the year
 * lie in 1900..2099. date_length returns how many bytes of `text` the date takes (0 if it
 * does not start with one); date_of_birth_valid wants exactly the whole text. A bare date
 * is never a value: these are called only after a birth cue or under a birth key. */
size_t date_length(const char *text, size_t len);
bool date_of_birth_valid(const char *text, size_t len);

/* A value where a secret would stand that is none: a reference (${VAR}, $VAR, $(cmd),
 * {{ x }}, %(x)s, <your-key>), a mask or filler (****, xxxx, ..., sk-proj-XXXXXXXX: 40% or
 * more in runs of one character), or only words that name the secret or ask for it
 * (YOUR_API_KEY, your-api-key-here, changeme, REDACTED), with no digit. */
bool secret_is_placeholder(const char *text, size_t len);
/* A value vendors publish as an example or test value, no one's: the networks' test cards
 * (4111111111111111, digits only), the documentation IBANs (DE89370400440532013000, no
 * blanks, capitals), AWS's …EXAMPLE / …EXAMPLEKEY credentials, Stripe's documented test
 * keys, GitHub's, Slack's and jwt.io's sample tokens. Exact values only: one that resembles a
 * sample is not one. The card and IBAN validators and secret_is_placeholder refuse these. */
bool published_sample(const char *compact, size_t len);
/* A secret's value as assigned or written in a URL: no placeholder, and not code
 * (os.getenv(, settings.db_password), a path, a URL (its own credentials are found in it)
 * or an ISO date. */
bool secret_value_valid(const char *text, size_t len);

#endif
