/* caseless.h — is a word of the text one of a list's words, ASCII letters in either case?
 *
 * The readers of scrub/ ask it of small fixed lists (linking verbs, cue words, weekdays,
 * labels) for words of a text that is no C string. One rule for all of them, what
 * strncasecmp(3) compares in the C locale (the only one lethe runs in): ASCII letters fold
 * to small letters, every other byte (a UTF-8 letter's bytes too) must be the same.
 *
 * Contract: a word is `len` bytes of text, not NUL-terminated; a listed word is a C string
 * (any case). `caseless_equals` and `caseless_in_list` match the whole word, exact length:
 * "is" is not "island". `caseless_prefix` and `caseless_list_prefix` match a listed word
 * where it starts the text, inside a limit: "det er " at the start of "det er 38 89". No
 * byte is read past the word, the limit or a listed word's NUL. Work: one pass over the
 * shorter of the two per listed word compared; `caseless_in_list` compares only the
 * listed words whose first letter is the word's. Pure: uses nothing of lethe. */
#ifndef LETHE_CASELESS_H
#define LETHE_CASELESS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/ascii.h"

/* Is word[0, len) the word `listed`, in any ASCII case? */
static inline bool caseless_equals(const char *word, size_t len, const char *listed)
{
    for (size_t i = 0; i < len; i++) {
        if (listed[i] == '\0' || ascii_fold((unsigned char)word[i]) != ascii_fold((unsigned char)listed[i])) {
            return false;
        }
    }
    return listed[len] == '\0';
}

/* Is word[0, len) one of list[0, count), in any ASCII case? An empty word is in no list.
 * The first letter first: most listed words start otherwise, and cost one byte's compare. */
static inline bool caseless_in_list(const char *word, size_t len, const char *const *list, size_t count)
{
    if (len == 0) {
        return false;
    }
    unsigned char first = ascii_fold((unsigned char)word[0]);
    for (size_t i = 0; i < count; i++) {
        if (ascii_fold((unsigned char)list[i][0]) == first && caseless_equals(word, len, list[i])) {
            return true;
        }
    }
    return false;
}

/* Does `listed` start text[at, limit), in any ASCII case? Its length if so, else 0. */
static inline size_t caseless_prefix(const char *text, size_t at, size_t limit, const char *listed)
{
    size_t n = 0;
    for (; listed[n] != '\0'; n++) {
        if (at + n >= limit || ascii_fold((unsigned char)text[at + n]) != ascii_fold((unsigned char)listed[n])) {
            return 0;
        }
    }
    return n;
}

/* The first of list[0, count) that starts text[at, limit) (caseless_prefix): its length,
 * or 0 if none does. */
static inline size_t caseless_list_prefix(const char *text, size_t at, size_t limit, const char *const *list,
                                          size_t count)
{
    for (size_t i = 0; i < count; i++) {
        size_t n = caseless_prefix(text, at, limit, list[i]);
        if (n > 0) {
            return n;
        }
    }
    return 0;
}

#endif
