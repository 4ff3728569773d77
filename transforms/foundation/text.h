/* text.h — small texts written into fixed arrays without printf: a number's decimal
 * digits, and two strings joined with snprintf's cut. On a request's path printf costs
 * several hundred instructions a call for what these do in tens. Uses nothing of lethe. */
#ifndef LETHE_TEXT_H
#define LETHE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Room for any long long in decimal, its sign and the NUL. */
enum { TEXT_DECIMAL_BYTES = 24 };

/* `value` in decimal at the end of `digits` (no NUL); returns where it starts. */
static inline size_t text_decimal_tail(char digits[TEXT_DECIMAL_BYTES], long long value)
{
    size_t start = TEXT_DECIMAL_BYTES;
    /* Negated as unsigned: LLONG_MIN has no positive counterpart in long long. */
    unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        digits[--start] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) {
        digits[--start] = '-';
    }
    return start;
}

/* `value` in decimal into `out`, NUL-terminated, as "%lld" writes it; returns the length. */
static inline size_t text_decimal(char out[TEXT_DECIMAL_BYTES], long long value)
{
    char digits[TEXT_DECIMAL_BYTES];
    size_t start = text_decimal_tail(digits, value);
    size_t len = TEXT_DECIMAL_BYTES - start;
    memcpy(out, digits + start, len);
    out[len] = '\0';
    return len;
}

/* `first` then `second` into `out` of `size` bytes (size > 0), cut to fit and always
 * NUL-terminated: what snprintf(out, size, "%s%s", first, second) writes. */
static inline void text_join(char *out, size_t size, const char *first, const char *second)
{
    size_t room = size - 1;
    size_t first_len = strnlen(first, room);
    memcpy(out, first, first_len);
    size_t second_len = strnlen(second, room - first_len);
    memcpy(out + first_len, second, second_len);
    out[first_len + second_len] = '\0';
}

/* A byte that would end a line or drive a terminal: the C0 controls and DEL. */
static inline bool text_control_byte(unsigned char byte)
{
    return byte < 0x20 || byte == 0x7f;
}

/* Each control byte of text[0, len) becomes '?': one line stays one line. */
static inline void text_mask_controls(char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (text_control_byte((unsigned char)text[i])) {
            text[i] = '?';
        }
    }
}

#endif
