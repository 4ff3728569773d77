/* hex.h — bytes as lowercase hex digits and back, for hashes, salts and keys. */
#ifndef LETHE_HEX_H
#define LETHE_HEX_H

#include <stdbool.h>
#include <stddef.h>

/* 2 * count digits into `out` (no NUL). */
static inline void hex_encode(char *out, const unsigned char *bytes, size_t count)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < count; i++) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 15];
    }
}

/* 2 * count digits from `text`; capitals only when `any_case`. False at a non-digit. */
static inline bool hex_decode(const char *text, unsigned char *bytes, size_t count, bool any_case)
{
    for (size_t i = 0; i < 2 * count; i++) {
        char c = text[i];
        int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : any_case && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (value < 0) {
            return false;
        }
        bytes[i / 2] = (unsigned char)(i % 2 == 0 ? value << 4 : bytes[i / 2] | value);
    }
    return true;
}

#endif
