/* columns.h — structure as context: keys, labels, table columns and cue words that say
 * what a value is.
 *
 * A bare nine-digit number or a bare date is usually not personal data, so most national
 * formats need a reason to be masked. The text's structure gives one: the value is then
 * checked with its type's validator, in a relaxed form (no separators needed: an SSN
 * written 123456789, a phone without a country code) where the structure names the type:
 *  - a key or label before an assignment: "phone": "...", ssn: 123456789, PHONE=...,
 *    Tel.: ..., "Date of birth: 12 March 1985"; a phone also under a contact card's place
 *    ("Home:", "jobb:", "Büro:", "Domicile :"), a signature's line ("Direkte:", "Växel:",
 *    "Zentrale:", "Fixe :") or next of kin's label ("Emergency contact:", "Pårørende:"),
 *    which in prose say nothing; a phone's groups may be split by typographic spaces
 *    (U+00A0, U+2009, U+202F);
 *  - a table header (CSV/TSV/semicolons, psql output, markdown, an APIS list's slashes): each
 *    row's cell under a column whose name names a type (labels in capitals fold Latin-1 letters
 *    too, "FØDSELSDATO");
 *  - a document's own layout, for a birth date (scrub/birth_dates.h): an MRZ's second line, a
 *    driving licence's field "3.", HL7's PID-7, German's star and a death's cross;
 *  - a cue word before the value in prose (a birth word also a clause before its date's label,
 *    the date right after the colon: "the birth date in the system is wrong: 12.03.1985"; HTML's
 *    tags between a label and its value are stepped over, scrub/markup_tags.h) ("Handy 0171 …",
 *    "født 12.03.1985", "mi móvil
 *    es el …", "Contactez-moi au …") or after it ("… is my routing number", "… er mitt
 *    telefonnummer", "… er nummeret mitt", "650273335 (móvil)"); a weak cue ("number",
 *    "contact") is a strong one with a possessive or the writer as its object ("my number",
 *    "nummeret mitt", "contact me at"), and no cue for a number another label names ("listing
 *    #…", "Sporingsnummer").
 * A name names a type by its last words ("customer_phone", "phoneNumber", "Date of birth",
 * "Steuer-ID"; "mobile_app_version" does not). The cue words are found by one Hyperscan
 * database of literals; each match does work bounded by a constant (its key, its value,
 * its line once), and each table is read once: the pass is linear in the text. The set
 * serves one thread, like the pattern set. */
#ifndef LETHE_COLUMNS_H
#define LETHE_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "scrub/names.h"
#include "scrub/patterns.h"

/* The types a structure can name. */
enum cue_kind {
    CUE_PHONE,
    CUE_SSN,
    CUE_SIN,
    CUE_NO_FNR,
    CUE_SE_PERSONNUMMER,
    CUE_TAX_ID,
    CUE_DATE_OF_BIRTH,
    CUE_IBAN,
    CUE_ROUTING,
    CUE_NINO,
    CUE_KIND_COUNT
};

struct column_cues {
    void *database;                                 /* hs_database_t of the cue words */
    void *scratch;                                  /* hs_scratch_t */
    const struct entity_type *types[CUE_KIND_COUNT];/* the enabled type of each kind, or NULL */
    unsigned short name_slots[1024];                /* the names of types, hashed: index + 1 (NAME_SLOTS) */
    /* By a name's first and by its last byte (low six bits), the lengths (up to 31) that
     * names of that byte have, a bit each: most words are no name's start or end. */
    uint32_t name_first_lengths[64], name_last_lengths[64];
    /* Persons in tables: a column whose header names a person (first_name, Navn, Vorname)
     * has each cell names_value_is_person accepts masked as `person`. Set by the owner
     * (scrub.c) before a scan, to its name table when names are enabled, else NULL. Only
     * tables read for a cue in their header are read for names. */
    const struct name_table *names;
    struct secret_words secret_words;               /* the credential-key judge's words (secret_keys.h) */
    const struct entity_type *person;
    /* ENV_SECRET when enabled, else NULL: a parsed JSON value under a key that names a
     * secret ("password", "api_key", "dbPass" in a tool's arguments) is one. */
    const struct entity_type *secret;
};

/* Compile the cue words; each kind maps to the first of `types` with its name (a kind
 * whose type is not enabled finds nothing). No enabled kind: an empty set, no error. */
bool column_cues_init(struct column_cues *cues, const struct entity_type *types, size_t count, char *error,
                      size_t error_size);
void column_cues_release(struct column_cues *cues);
/* Values the structure names, in text order (overlaps are left to candidates_resolve).
 * Returns how many, `max` if that was not room enough, or (size_t)-1 if the scan failed. */
size_t column_cues_find(struct column_cues *cues, const char *text, size_t len, struct candidate *out, size_t max);
/* A value of parsed JSON under `key` ("phone": "91234567" in a tool's arguments, where the
 * key is no longer in the text): if the key names a type, the whole value (spaces
 * trimmed) is checked as a table cell under that column is; under a key that names a secret
 * it is the secret if it looks made, not written. Writes at most one candidate
 * to `out`; returns how many. */
size_t column_cues_keyed(struct column_cues *cues, const char *key, size_t key_len, const char *text, size_t len,
                         struct candidate *out);
/* Where a pattern found the very span a structure names, the structure says what it is
 * ("phone: 612 345 678" also passes the SIN checksum): the pattern's candidate takes the
 * cue's type and the cue's copy goes. `found` is sorted by start without overlaps (as
 * pattern_set_scan returns it); `cued` is sorted here and what remains of it is moved to
 * its front: returns how many. Linear after the sort. */
size_t column_cues_prefer(struct candidate *found, size_t found_count, struct candidate *cued, size_t cued_count);

#endif
