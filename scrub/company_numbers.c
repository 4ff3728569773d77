#include "scrub/company_numbers.h"

#include <string.h>

/* Labels that name a company's or a product's register, compared lowercased. "ein", "lei"
 * and "cif" are words in German, French and Spanish text: they count written in capitals. */
static const char *const labels[] = {
    "siren", "siret", "tva", "vat", "vatin", "mva", "moms", "momsnr", "orgnr", "organisasjonsnummer",
    "organisationsnummer", "organisationsnr", "foretaksnummer", "foretaksregisteret", "ust", "ustid", "ustidnr",
    "umsatzsteuer", "handelsregister", "hrb", "hra", "cvr", "cvrnr", "kvk", "duns", "isbn", "issn", "ean", "gtin",
    "upc", "registreringsnummer", "registrierungsnummer",
};
/* Labels that name a register only with a number word after them: "org. nr.", "Company
 * No.", "registration number" (not "company" or a mail domain's "org" alone). */
static const char *const labels_with_number_word[] = { "org", "company", "registration" };
static const char *const capital_labels[] = { "EIN", "FEIN", "LEI", "CIF" };

/* Words that may stand between a label and its number. */
static const char *const fillers[] = {
    "nr", "no", "num", "number", "nummer", "numero", "num\xc3\xa9ro", "n\xc3\xbam", "n\xc2\xb0", "n\xc2\xba", "id",
    "idnr", "identifikationsnummer", "intracommunautaire", "intracomunitario", "de", "du",
};

/* A byte of a label's word: scrub_is_word_byte (word_byte.h) but for '_', which here parts
 * words, so that a key such as "org_nr" or "vat_no" reads as a label and a number word. */
static bool label_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static unsigned char folded_byte(unsigned char c, bool fold)
{
    return fold && c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

static bool in_list(const char *const *list, size_t count, const char *word, size_t len, bool fold)
{
    if (len >= 32) {
        return false;
    }
    /* The first byte rules out most entries without reading them: this runs for every word
     * before every masked number (a strlen per entry was a quarter of the phone-cue shape's
     * instructions). An entry that ends early differs at its NUL: a word byte is never 0. */
    unsigned char first = folded_byte((unsigned char)word[0], fold);
    for (size_t i = 0; i < count; i++) {
        if ((unsigned char)list[i][0] != first) {
            continue;
        }
        size_t same = 1;
        while (same < len && (unsigned char)list[i][same] == folded_byte((unsigned char)word[same], fold)) {
            same++;
        }
        if (same == len && list[i][len] == '\0') {
            return true;
        }
    }
    return false;
}

static bool short_digits(const char *word, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (word[i] < '0' || word[i] > '9') {
            return false;
        }
    }
    return len <= 3;
}

static bool country_code(const char *word, size_t len)
{
    return len == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'A' && word[1] <= 'Z';
}

static bool digit_shaped(const char *text, size_t start, size_t end)
{
    size_t digits = 0;
    for (size_t i = start; i < end; i++) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            digits++;
        } else if (c != ' ' && c != '.' && c != '-' && c != '/') {
            return false;
        }
    }
    return digits >= 6;
}

bool company_number_at(const char *text, size_t start, size_t end)
{
    if (!digit_shaped(text, start, end)) {
        return false;
    }
    size_t floor = start > COMPANY_LABEL_REACH ? start - COMPANY_LABEL_REACH : 0;
    size_t at = start;
    bool number_word = false;
    /* Word by word back from the number: a label ends the walk, a filler is passed over,
     * anything else (another word, a line's end) means the number is not a company's. */
    while (at > floor) {
        while (at > floor && !label_byte((unsigned char)text[at - 1])) {
            if (text[at - 1] == '\n') {
                return false;
            }
            at--;
        }
        size_t word_end = at;
        while (at > floor && label_byte((unsigned char)text[at - 1])) {
            at--;
        }
        if (at == floor && floor > 0) {
            return false;                 /* the word runs past the reach: not read */
        }
        const char *word = text + at;
        size_t len = word_end - at;
        if (len == 0) {
            return false;
        }
        /* A word glued to a dot, an at or a slash before it is a domain's or a path's. */
        bool part_of_name = at > 0 && (text[at - 1] == '.' || text[at - 1] == '@' || text[at - 1] == '/');
        if (!part_of_name
            && (in_list(labels, sizeof labels / sizeof labels[0], word, len, true)
                || in_list(capital_labels, sizeof capital_labels / sizeof capital_labels[0], word, len, false)
                || (number_word && in_list(labels_with_number_word, sizeof labels_with_number_word
                                           / sizeof labels_with_number_word[0], word, len, true)))) {
            return true;
        }
        if (in_list(fillers, sizeof fillers / sizeof fillers[0], word, len, true)) {
            number_word = true;
        } else if (!short_digits(word, len) && !country_code(word, len)) {
            return false;
        }
    }
    return false;
}
