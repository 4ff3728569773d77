#include "scrub/birth_dates.h"

#include "scrub/validators.h"
#include "transforms/foundation/caseless.h"

#include <ctype.h>
#include <string.h>

/* Bytes read, counted when tests/unit/test_pattern_work.c compiles the scan with its counter
 * (LETHE_PATTERN_WORK): each call here reads at most BIRTH_DATE_SCAN_MAX bytes (the DOCS line
 * twice that). */
#ifndef COUNT_WORK
#define COUNT_WORK(bytes) ((void)sizeof(bytes))
#endif

enum {
    GROUPS = 3,
    COMPACT_MAX = 16,           /* "1985-03-12" and room: the date without its blanks */
    DOCS_FIELD = 4,             /* P / issuing country / number / nationality / BIRTH DATE / gender / expiry */
    DOCS_LINE_MAX = 2 * BIRTH_DATE_SCAN_MAX,
};

static bool digit_at(const char *text, size_t len, size_t at)
{
    return at < len && isdigit((unsigned char)text[at]);
}

/* One blank a scan leaves beside a separator: a space, or a line break (CRLF too). */
static size_t stray_blank(const char *text, size_t len, size_t at)
{
    if (at < len && text[at] == ' ') {
        return 1;
    }
    if (at + 1 < len && text[at] == '\r' && text[at + 1] == '\n') {
        return 2;
    }
    return at < len && text[at] == '\n' ? 1 : 0;
}

/* A group of digits at *at, copied to `compact`: up to four, or two with one space between
 * them ("1 2" read from a day 12). Returns how many digits, or 0. */
static size_t read_group(const char *text, size_t len, size_t *at, char *compact, size_t *used, bool *blank)
{
    size_t digits = 0;
    while (digit_at(text, len, *at) && digits < 4) {
        compact[(*used)++] = text[(*at)++];
        digits++;
    }
    if (digits == 1 && *at + 1 < len && text[*at] == ' ' && digit_at(text, len, *at + 1)
        && !digit_at(text, len, *at + 2)) {
        compact[(*used)++] = text[*at + 1];
        *at += 2;
        *blank = true;
        digits = 2;
    }
    return digits;
}

size_t birth_date_spaced_length(const char *text, size_t len)
{
    if (len > BIRTH_DATE_SCAN_MAX) {
        len = BIRTH_DATE_SCAN_MAX;
    }
    COUNT_WORK(len);
    char compact[COMPACT_MAX];
    size_t used = 0, at = 0;
    bool blank = false;
    char separator = 0;
    for (int group = 0; group < GROUPS; group++) {
        if (group > 0) {
            size_t before = stray_blank(text, len, at);
            char c = at + before < len ? text[at + before] : 0;
            if (c != '.' && c != '/' && c != '-') {
                return 0;
            }
            if (separator != 0 && c != separator) {
                return 0;             /* "12.03/1985": not one date */
            }
            separator = c;
            at += before + 1;
            size_t after = stray_blank(text, len, at);
            blank = blank || before > 0 || after > 0;
            at += after;
            compact[used++] = separator;
        }
        if (read_group(text, len, &at, compact, &used, &blank) == 0) {
            return 0;
        }
    }
    if (!blank || digit_at(text, len, at)) {
        return 0;
    }
    return date_length(compact, used) == used ? at : 0;
}

static bool docs_separator(char c)
{
    return c == '/';
}

bool birth_date_docs_field(const char *text, size_t len, size_t at, size_t *start, size_t *end)
{
    size_t limit = len - at < DOCS_LINE_MAX ? len : at + DOCS_LINE_MAX, begin = at;
    /* The document's fields begin after the first '/' of the line: "DOCS/P/…", "DOCS SK HK1/P/…". */
    while (at < limit && text[at] != '\n' && !docs_separator(text[at])) {
        at++;
    }
    int field = -1;
    size_t field_start = at;
    for (; at < limit && text[at] != '\n'; at++) {
        if (!docs_separator(text[at])) {
            continue;
        }
        if (field == DOCS_FIELD) {
            break;
        }
        field++;
        field_start = at + 1;
    }
    COUNT_WORK(at - begin);
    if (field != DOCS_FIELD || at == field_start || at >= limit || text[at] != '/') {
        return false;
    }
    if (date_length(text + field_start, at - field_start) != at - field_start) {
        return false;
    }
    *start = field_start;
    *end = at;
    return true;
}

/* ---- a second birth date joined to the first by its person's kin ---- */

/* Words naming a person by kin or family place, six languages, lowercase (a capital is
 * folded before the look-up): the ordinary words, their definite forms in Norwegian and
 * Swedish. */
static const char *const kin_words[] = {
    "son", "daughter", "brother", "sister", "twin", "child", "baby", "husband", "wife", "partner", "mother",
    "father", "mum", "mom", "dad", "boy", "girl", "youngest", "eldest", "oldest",
    "s\xc3\xb8nn", "s\xc3\xb8nnen", "datter", "datteren", "bror", "broren", "s\xc3\xb8ster", "s\xc3\xb8steren",
    "barn", "barnet", "tvilling", "tvillingen", "mann", "mannen", "kone", "kona", "mor", "far", "gutten",
    "jenta", "yngste", "eldste", "sonen", "dotter", "dottern", "brodern", "syster", "systern", "pojken",
    "flickan", "frun", "yngsta", "\xc3\xa4ldsta",
    "sohn", "tochter", "bruder", "schwester", "kind", "zwilling", "frau", "mutter", "vater", "junge",
    ("m\xc3\xa4" "dchen"),
    "fils", "fille", ("fr\xc3\xa8" "re"), ("s\xc5\x93" "ur"), "soeur", "enfant", "jumeau", "jumelle", "mari",
    "femme", ("m\xc3\xa8" "re"), ("p\xc3\xa8" "re"), "cadet", "cadette",
    "hijo", "hija", "hermano", "hermana", ("ni\xc3\xb1" "o"), ("ni\xc3\xb1" "a"), "gemelo", "gemela", "marido",
    "esposo", "esposa", "madre", "padre",
};

static const char *const joining_words[] = { "and", "og", "och", "und", "et", "y", "e" };

enum { JOINED_WORDS_MAX = 5 };

static bool word_byte(unsigned char c)
{
    return isalpha(c) || c >= 0x80;
}

static bool word_is(const char *text, size_t start, size_t end, const char *const *list, size_t count)
{
    return caseless_in_list(text + start, end - start, list, count);
}

bool birth_date_joined(const char *text, size_t len, size_t at, size_t *start, size_t *end)
{
    size_t limit = len - at < BIRTH_DATE_SCAN_MAX ? len : at + BIRTH_DATE_SCAN_MAX, begin = at;
    bool joined = false, kin = false;
    for (int words = 0; at < limit && words <= JOINED_WORDS_MAX;) {
        unsigned char c = (unsigned char)text[at];
        if (c == ' ' || c == ',') {
            joined = joined || c == ',';     /* "…, unser Sohn am …", "…, og sønnen …" */
            at++;
            continue;
        }
        if (kin && (isdigit(c) || word_byte(c))) {
            size_t date = date_length(text + at, limit - at);
            if (date > 0 && (at + date == len || !isalnum((unsigned char)text[at + date]))) {
                COUNT_WORK(at + date - begin);
                *start = at;
                *end = at + date;
                return true;
            }
        }
        if (!word_byte(c)) {
            break;                    /* a sentence's end, a digit that is no date, a bracket */
        }
        size_t word_end = at;
        while (word_end < limit && word_byte((unsigned char)text[word_end])) {
            word_end++;
        }
        if (!joined) {
            if (!word_is(text, at, word_end, joining_words, sizeof joining_words / sizeof joining_words[0])) {
                break;                /* the next word must join: "… and my son on …" */
            }
            joined = true;
        } else {
            kin = kin || word_is(text, at, word_end, kin_words, sizeof kin_words / sizeof kin_words[0]);
        }
        at = word_end;
        words++;
    }
    COUNT_WORK(at - begin);
    return false;
}

/* ---- German's star with a blank after it ---- */

static bool starts_with(const char *text, size_t len, size_t at, const char *word)
{
    size_t n = strlen(word);
    return at + n <= len && memcmp(text + at, word, n) == 0;
}

bool birth_date_star_closes(const char *text, size_t len, size_t at, bool in_bracket)
{
    size_t limit = len - at < BIRTH_DATE_SCAN_MAX ? len : at + BIRTH_DATE_SCAN_MAX, begin = at;
    while (at < limit && (text[at] == ' ' || text[at] == '\t')) {
        at++;
    }
    if (at < limit && text[at] == '-') {
        at++;                         /* "* 3.4.1950 - † 9.1.2020" */
    } else if (starts_with(text, limit, at, "\xe2\x80\x93")) {
        at += 3;                      /* an en dash */
    }
    while (at < limit && text[at] == ' ') {
        at++;
    }
    COUNT_WORK(at - begin);
    if (at >= limit) {
        return false;
    }
    if (text[at] == ';' || starts_with(text, limit, at, "\xe2\x80\xa0") || (in_bracket && text[at] == ')')) {
        return true;
    }
    static const char *const places[] = { "in ", "i ", "\xc3\xa0 ", "en " };
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        size_t after = at + strlen(places[i]);
        if (at > begin && starts_with(text, limit, at, places[i]) && after < limit
            && (isupper((unsigned char)text[after]) || (unsigned char)text[after] >= 0xc3)) {
            return true;              /* "(* 12. März 1931 in Ulm; † …)" */
        }
    }
    return false;
}

bool birth_date_before_cross(const char *text, size_t len, size_t cross, size_t *start, size_t *end)
{
    size_t floor = cross > BIRTH_DATE_SCAN_MAX ? cross - BIRTH_DATE_SCAN_MAX : 0, star = cross;
    while (star > floor && text[star - 1] != '*' && text[star - 1] != '\n') {
        star--;
    }
    COUNT_WORK(cross - star);
    if (star == floor || text[star - 1] != '*') {
        return false;
    }
    size_t at = star < cross && text[star] == ' ' ? star + 1 : star;
    size_t date = date_length(text + at, cross - at);
    if (date == 0 || !birth_date_star_closes(text, len, at + date, false)) {
        return false;
    }
    *start = at;
    *end = at + date;
    return true;
}

/* ---- HL7's timestamp ---- */

static size_t digit_run(const char *text, size_t len, size_t at)
{
    size_t n = 0;
    while (at + n < len && isdigit((unsigned char)text[at + n])) {
        n++;
    }
    return n;
}

size_t birth_date_hl7_stamp_length(const char *text, size_t len)
{
    if (len > BIRTH_DATE_SCAN_MAX) {
        len = BIRTH_DATE_SCAN_MAX;
    }
    size_t digits = digit_run(text, len, 0), at = digits;
    COUNT_WORK(digits);
    if ((digits != 12 && digits != 14) || date_length(text, 8) != 8) {
        return 0;
    }
    if (at + 1 < len && text[at] == '.') {
        at += 1 + digit_run(text, len, at + 1);
    }
    if (at < len && (text[at] == '+' || text[at] == '-') && digit_run(text, len, at + 1) == 4) {
        at += 5;
    }
    COUNT_WORK(at - digits);
    return at == len || text[at] == '|' || text[at] == '^' || text[at] == '\r' || text[at] == '\n' ? at : 0;
}

/* ---- one digit a box ---- */

enum { COMB_DIGITS = 8 };

size_t birth_date_comb_length(const char *text, size_t len)
{
    if (len < 2 * COMB_DIGITS - 1 || (text[1] != '|' && text[1] != ' ')) {
        return 0;
    }
    char separator = text[1], compact[COMB_DIGITS];
    size_t at = 0;
    for (int digit = 0; digit < COMB_DIGITS; digit++) {
        if (!isdigit((unsigned char)text[at]) || (digit > 0 && text[at - 1] != separator)) {
            return 0;
        }
        compact[digit] = text[at];
        at += 2;
    }
    at--;                             /* past the last digit, not its box's wall */
    COUNT_WORK(at);
    if (at < len && (isdigit((unsigned char)text[at])
                     || (text[at] == separator && at + 1 < len && isdigit((unsigned char)text[at + 1])))) {
        return 0;                     /* a ninth box: no date */
    }
    return date_length(compact, COMB_DIGITS) == COMB_DIGITS ? at : 0;
}

/* ---- a machine-readable zone ---- */

static bool mrz_byte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
}

/* The MRZ line holding `at`: [*start, *end) of MRZ bytes between line breaks (blanks and a CR
 * trimmed), of one of the three lengths. */
static bool mrz_line_around(const char *text, size_t len, size_t at, size_t *start, size_t *end)
{
    size_t floor = at > MRZ_LINE_MAX + 2 ? at - MRZ_LINE_MAX - 2 : 0, ceiling = len - at > MRZ_LINE_MAX + 2
                                                                                    ? at + MRZ_LINE_MAX + 2
                                                                                    : len;
    size_t s = at, e = at;
    while (s > floor && mrz_byte(text[s - 1])) {
        s--;
    }
    while (e < ceiling && mrz_byte(text[e])) {
        e++;
    }
    COUNT_WORK(e - s);
    size_t before = s, after = e;
    while (before > 0 && before > floor && (text[before - 1] == ' ' || text[before - 1] == '\t')) {
        before--;
    }
    while (after < ceiling && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) {
        after++;
    }
    size_t n = e - s;
    if ((before > 0 && text[before - 1] != '\n') || (after < len && text[after] != '\n')
        || (n != 30 && n != 36 && n != 44)) {
        return false;
    }
    *start = s;
    *end = e;
    return true;
}

static int mrz_value(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
}

/* `n` digits at `at` and their check digit after them (weights 7, 3, 1). */
static bool mrz_checked(const char *text, size_t at, size_t n)
{
    static const int weights[] = { 7, 3, 1 };
    int sum = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)text[at + i])) {
            return false;
        }
        sum += mrz_value(text[at + i]) * weights[i % 3];
    }
    return text[at + n] == (char)('0' + sum % 10);
}

/* The line [start, end) as an MRZ's second line: where its birth date starts, or (size_t)-1. */
static size_t mrz_birth_date_at(const char *text, size_t start, size_t end)
{
    size_t dob = start + (end - start == 30 ? 0 : 13);
    int month = (text[dob + 2] - '0') * 10 + (text[dob + 3] - '0');
    int day = (text[dob + 4] - '0') * 10 + (text[dob + 5] - '0');
    if (!mrz_checked(text, dob, 6) || month < 1 || month > 12 || day < 1 || day > 31
        || strchr("MFX<", text[dob + 7]) == NULL || !mrz_checked(text, dob + 8, 6)) {
        return (size_t)-1;
    }
    return dob;
}

bool birth_date_mrz_field(const char *text, size_t len, size_t at, size_t *start, size_t *end)
{
    size_t line_start, line_end;
    if (!mrz_line_around(text, len, at, &line_start, &line_end)) {
        return false;
    }
    size_t width = line_end - line_start, dob = mrz_birth_date_at(text, line_start, line_end);
    /* A first line's date is on the next line; an ID card's third line's, on the one before. */
    size_t other_start, other_end;
    size_t next = line_end;
    while (next < len && next - line_end < 3 && text[next] != '\n') {
        next++;
    }
    if (dob == (size_t)-1 && next + 1 < len && mrz_line_around(text, len, next + 1, &other_start, &other_end)
        && other_end - other_start == width) {
        dob = mrz_birth_date_at(text, other_start, other_end);
        line_start = other_start;
        line_end = other_end;
    }
    if (dob == (size_t)-1 && width == 30 && line_start > 2
        && mrz_line_around(text, len, line_start - 2, &other_start, &other_end) && other_end - other_start == width) {
        dob = mrz_birth_date_at(text, other_start, other_end);
        line_start = other_start;
        line_end = other_end;
    }
    if (dob == (size_t)-1) {
        return false;
    }
    size_t word_start = dob, word_end = dob;
    while (word_start > line_start && text[word_start - 1] != '<') {
        word_start--;
    }
    while (word_end < line_end && text[word_end] != '<') {
        word_end++;
    }
    *start = word_start;
    *end = word_end;
    return true;
}

/* ---- a driving licence's field 3 ---- */

bool birth_date_licence_field(const char *text, size_t issued, size_t *start, size_t *end)
{
    size_t floor = issued > 2 * BIRTH_DATE_SCAN_MAX ? issued - 2 * BIRTH_DATE_SCAN_MAX : 0, at = issued;
    if (issued > 0 && text[issued - 1] != ' ' && text[issued - 1] != '\n') {
        return false;                 /* "14a. …": not the field */
    }
    while (at > floor + 2 && !(text[at - 3] == '3' && text[at - 2] == '.' && text[at - 1] == ' '
                               && (at - 3 == 0 || text[at - 4] == ' ' || text[at - 4] == '\n'))) {
        at--;
    }
    COUNT_WORK(issued - at);
    if (at <= floor + 2) {
        return false;
    }
    size_t date = date_length(text + at, issued - at);
    if (date == 0 || (at + date < issued && isalnum((unsigned char)text[at + date]))) {
        return false;
    }
    *start = at;
    *end = at + date;
    return true;
}

/* ---- a date in a form's three fields ---- */

static const char *const day_words[] = { "day", "dag", "tag", "jour", ("d\xc3\xad" "a"), "dia" };
static const char *const month_words[] = { "month", "m\xc3\xa5ned", "maned", "m\xc3\xa5nad", "manad", "monat", "mois",
                                           "mes" };
static const char *const year_words[] = { "year", "\xc3\xa5r", "\xc3\x85r", "ar", "jahr", ("ann\xc3\xa9" "e"), "annee", "a\xc3\xb1o",
                                          "ano" };

int birth_date_field_word(const char *text, size_t start, size_t end)
{
    if (word_is(text, start, end, day_words, sizeof day_words / sizeof day_words[0])) {
        return 0;
    }
    if (word_is(text, start, end, month_words, sizeof month_words / sizeof month_words[0])) {
        return 1;
    }
    return word_is(text, start, end, year_words, sizeof year_words / sizeof year_words[0]) ? 2 : -1;
}

bool birth_date_fields_valid(const char *text, const size_t *spans)
{
    size_t day = spans[1] - spans[0], month = spans[3] - spans[2];
    if (day < 1 || day > 2 || month < 1 || month > 2 || spans[5] - spans[4] != 4) {
        return false;
    }
    char compact[10];
    memcpy(compact, text + spans[0], day);
    size_t n = day;
    compact[n++] = '.';
    memcpy(compact + n, text + spans[2], month);
    n += month;
    compact[n++] = '.';
    memcpy(compact + n, text + spans[4], 4);
    n += 4;
    for (size_t i = 0; i < n; i++) {
        if (compact[i] != '.' && !isdigit((unsigned char)compact[i])) {
            return false;
        }
    }
    return date_length(compact, n) == n;
}

bool birth_date_split_fields(const char *text, size_t len, size_t at, size_t *parts)
{
    size_t limit = len - at < BIRTH_DATE_SCAN_MAX ? len : at + BIRTH_DATE_SCAN_MAX, begin = at;
    size_t spans[2 * BIRTH_DATE_FIELDS];
    int seen = 0;
    for (int field = 0; field < BIRTH_DATE_FIELDS; field++) {
        while (at < limit && (text[at] == ' ' || text[at] == '\t' || text[at] == ',')) {
            at++;
        }
        size_t word_end = at;
        while (word_end < limit && word_byte((unsigned char)text[word_end])) {
            word_end++;
        }
        int named = birth_date_field_word(text, at, word_end);
        if (named < 0 || (seen & (1 << named))) {
            return false;
        }
        seen |= 1 << named;
        at = word_end;
        if (at < limit && text[at] == ':') {
            at++;
        }
        while (at < limit && text[at] == ' ') {
            at++;
        }
        size_t digits = 0;
        while (at + digits < limit && isdigit((unsigned char)text[at + digits])) {
            digits++;
        }
        if (digits == 0 || digits != (named == 2 ? 4u : digits > 2 ? 0u : digits)) {
            return false;
        }
        spans[2 * named] = at;
        spans[2 * named + 1] = at + digits;
        at += digits;
    }
    COUNT_WORK(at - begin);
    if (!birth_date_fields_valid(text, spans) || (at < len && isalnum((unsigned char)text[at]))) {
        return false;
    }
    /* the spans in the text's order: the fields may come in any */
    for (int i = 0; i < BIRTH_DATE_FIELDS; i++) {
        int first = 0;
        for (int j = 1; j < BIRTH_DATE_FIELDS; j++) {
            if (spans[2 * j] < spans[2 * first]) {
                first = j;
            }
        }
        parts[2 * i] = spans[2 * first];
        parts[2 * i + 1] = spans[2 * first + 1];
        spans[2 * first] = (size_t)-1;
    }
    return true;
}
