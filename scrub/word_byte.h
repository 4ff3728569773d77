/* word_byte.h — what a word is, for every boundary the scrubber draws: where a value may
 * start and end (patterns.c), where a found value is masked again elsewhere
 * (occurrences.c), where a bare placeholder is restored (restore.c). One definition, so a
 * value is never masked at a boundary the restorer does not honour.
 *
 * A word byte is an ASCII letter or digit, '_', or any byte of a multi-byte UTF-8
 * character (>= 0x80). ASCII only, not isalnum: no locale can move the boundary. */
#ifndef LETHE_SCRUB_WORD_BYTE_H
#define LETHE_SCRUB_WORD_BYTE_H

#include <stdbool.h>

static inline bool scrub_is_word_byte(unsigned char c)
{
    return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

#endif
