/* latin1_fold.h — a byte of UTF-8 text in small letters, for readers that compare a folded
 * copy of a word with lists written in small letters: the ASCII capitals, and the capitals
 * of Latin-1 (À to Þ, × excepted: Ø, Ö, Ü, É, Ñ, Å, Æ …), which UTF-8 writes as 0xc3 then
 * 0x80-0x9e and whose small letters are the same two bytes with 0x20 added to the second.
 * Every other byte is its own fold (a letter of another script stays as written).
 * Pure: uses nothing of lethe. */
#ifndef LETHE_LATIN1_FOLD_H
#define LETHE_LATIN1_FOLD_H

#include "transforms/foundation/ascii.h"

/* `c` in small letters; `previous` is the byte before it (0 at a word's first byte). */
static inline unsigned char latin1_fold(unsigned char previous, unsigned char c)
{
    if (previous == 0xc3 && c >= 0x80 && c <= 0x9e && c != 0x97) {
        return (unsigned char)(c + 0x20);
    }
    return ascii_fold(c);
}

#endif
