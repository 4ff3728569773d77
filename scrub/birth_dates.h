/* birth_dates.h — birth dates as records, forms and scans write them (census round 2,
 * tests/scrub/census/generate_birth_dates.py).
 *
 * scrub/columns.c finds the cue (a birth word, key, label or column) and asks here about the
 * value's written form where validators.c's date_length reads none:
 *  - a numeric date as OCR reads a scanned letter or form, with stray blanks: a space beside
 *    a separator or inside the day ("1 2. 03. 1985", "12.03. 1985", "12 .03.1985",
 *    "12 / 03 / 1985", "16-09- 1963"), or the year on the next line ("12.03.\n1985");
 *  - the birth-date field of an airline's APIS document line, `SSR DOCS`: "SSR DOCS SK HK1/P/
 *    NOR/12345678/NOR/12MAR85/M/04JAN29/HANSEN/OLE", "DOCS/P/GBR/…" — after the document's
 *    type, issuing country, number and nationality (IATA's PADIS layout); the expiry after the
 *    gender is no birth date;
 *  - a second person's birth date joined to the first by "and" and a kin word ("… and my son
 *    on 12.03.1998").
 * Round 3 (tests/scrub/census/generate_birth_dates3.py: identity documents, care, school, work,
 * travel, family trees, contacts) adds the places whose cue is the document's own layout:
 *  - a passport's or ID card's machine-readable zone, the birth date by its place and check
 *    digit (found by the zone's '<' fillers, not by a cue word);
 *  - a driving licence's field "3." before its "4a." (the EU model's numbered fields);
 *  - HL7's PID-7 with its time ("198503120000");
 *  - German's star with a blank after it where a life's bracket closes ("(* 11 I 1971)", "(* …
 *    in Ulm; † …)") and the date the star gave before a death's cross on its line;
 *  - and, after a cue, a form's comb of boxes ("|1|2|0|3|1|9|8|5|") and a date split into its
 *    Day / Month / Year fields.
 * Each call reads a bounded stretch of text (BIRTH_DATE_SCAN_MAX bytes, an MRZ's three lines):
 * no input makes the work more than linear in the number of cues. Only called after a birth
 * cue or inside a document's layout that names the field: a bare date is never a birth date. */
#ifndef LETHE_BIRTH_DATES_H
#define LETHE_BIRTH_DATES_H

#include <stdbool.h>
#include <stddef.h>

enum { BIRTH_DATE_SCAN_MAX = 64 };

/* The length of the blank-broken numeric birth date at the start of `text` (day first, month
 * first or year first, the separators '.', '/' or '-'), or 0 if there is none or it holds no
 * stray blank (date_length reads those). At most one blank or line break beside each
 * separator and one space inside the day's or the month's two digits. */
size_t birth_date_spaced_length(const char *text, size_t len);

/* A second birth date joined to one just read (or to a birth word that follows its date) by
 * "and" and its person's kin, in the six languages: "born on 3 May 2001 and my son on
 * 12.03.1998", "født 3. mai 2001, og sønnen 12.03.1998", "ist am … geboren, unser Sohn am …",
 * "née le …, et notre fils le …", "nació el … y nuestro hijo el …". From `at` (past the first
 * date or the birth word): a joining word, at most five words among which a kin word, then the
 * date, as [*start, *end). Another event's date ("and baptised on …") names no kin: not read. */
bool birth_date_joined(const char *text, size_t len, size_t at, size_t *start, size_t *end);

/* After "DOCS" (case as written in reservations: either case) at `at`: the birth-date field
 * of its line's document, as [*start, *end), or false. */
bool birth_date_docs_field(const char *text, size_t len, size_t at, size_t *start, size_t *end);

/* After a date that German's star with a blank after it opened ("* 12.03.1985", "(* 11 I 1971"),
 * at `at` just past the date: does what follows close a life as obituaries and family trees
 * write one? A death's cross (U+2020, after blanks or a dash), a ';' before it, the place of
 * birth ("in", "i", "à", "en" and a word) or, inside a bracket (`in_bracket`), its ')'. A bullet's
 * star before a date ("* 2024-01-12: fixed …") or a comment's ("(* 12.03.2026 *)") has none.
 * Reads at most BIRTH_DATE_SCAN_MAX bytes. */
bool birth_date_star_closes(const char *text, size_t len, size_t at, bool in_bracket);

/* A death's cross (U+2020) at `cross`: the date German's star gave on the same line before it,
 * "* 14. juni 1950  † 17. januar 1996", "*12.03.1935 † 3.5.2010", as [*start, *end), when
 * only what birth_date_star_closes reads stands between the date and the cross. Reads at most
 * BIRTH_DATE_SCAN_MAX bytes before the cross. */
bool birth_date_before_cross(const char *text, size_t len, size_t cross, size_t *start, size_t *end);

/* HL7 v2's timestamp in a birth-date field (PID-7), YYYYMMDD with its time, HHMM[SS[.S…]] and a
 * zone (+HHMM) as registration systems send it: "198503120000", "19850312083000+0100". Its
 * length when the field ends after it ('|', '^', a line's end), 0 otherwise (and for the date
 * alone, which date_length reads). At most BIRTH_DATE_SCAN_MAX bytes. */
size_t birth_date_hl7_stamp_length(const char *text, size_t len);

/* A date written one digit a box, as a form's comb of boxes holds it: eight digits (day, month,
 * year or year first) each but the last followed by one '|' or one space, "1|2|0|3|1|9|8|5",
 * "1 2 0 3 1 9 8 5". Its length, or 0. Reads at most BIRTH_DATE_SCAN_MAX bytes. */
size_t birth_date_comb_length(const char *text, size_t len);

/* A machine-readable zone (ICAO 9303) holding `at` (a run of its '<' fillers): its lines of 44
 * (passports, TD3), 36 (TD2) or 30 (ID cards, TD1) capitals, digits and '<', the birth date in
 * the second line (YYMMDD, after the document number, its check digit and the nationality, or
 * first on an ID card), confirmed by its check digit, the sex and the expiry's check digit. The
 * date has no boundary in the line: the run of letters and digits that holds it, from the
 * filler before it to the filler after it (the document number to the expiry on a passport),
 * as [*start, *end). Reads at most three lines of the longest length around `at`. */
enum { MRZ_LINE_MAX = 44 };
bool birth_date_mrz_field(const char *text, size_t len, size_t at, size_t *start, size_t *end);

/* A driving licence's field "4a." at `issued` (the EU model's numbered fields): the date of its
 * field "3." (date and place of birth) just before it, "3. 12.03.1985 OSLO\n4a. …", "… 3. 12.03.1985
 * LEEDS 4a. …", as [*start, *end). The "3." opens a line or follows a blank; reads at most
 * 2 * BIRTH_DATE_SCAN_MAX bytes back. */
bool birth_date_licence_field(const char *text, size_t issued, size_t *start, size_t *end);

/* A birth date split into a form's three fields at `at`, each after its word in one of the six
 * languages and an optional ':' ("Day 12  Month 03  Year 1985", "Dag: 12 Måned: 03 År: 1985",
 * "Tag 12 Monat 03 Jahr 1985", "Jour 12 Mois 03 Année 1985", "Día 12 Mes 03 Año 1985"), in
 * any order, each once, on one line: the day's, month's and year's digits as three spans in
 * `parts` (start, end pairs, in the text's order) when together they make a date. At most
 * BIRTH_DATE_SCAN_MAX bytes. */
enum { BIRTH_DATE_FIELDS = 3 };
bool birth_date_split_fields(const char *text, size_t len, size_t at, size_t *parts);

/* Which of a date's fields the word [start, end) names in the six languages ("Day", "Måned",
 * "Année", "Año" …): 0 the day, 1 the month, 2 the year, -1 none. */
int birth_date_field_word(const char *text, size_t start, size_t end);

/* Do the day's, month's and year's digits at `spans` (start, end pairs, in that order: a table's
 * three cells) make a date? One or two digits, one or two, four. */
bool birth_date_fields_valid(const char *text, const size_t *spans);

#endif
