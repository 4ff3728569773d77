#include "transforms/foundation/url.h"

#include <stdbool.h>

static bool unreserved(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

static bool only_dots(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '.') {
            return false;
        }
    }
    return true;
}

size_t url_encode_path_segment(char *out, const char *text, size_t len)
{
    static const char hex[] = "0123456789ABCDEF";
    bool encode_dots = len > 0 && only_dots(text, len);
    size_t written = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (unreserved(c) && !(encode_dots && c == '.')) {
            out[written++] = (char)c;
            continue;
        }
        out[written++] = '%';
        out[written++] = hex[c >> 4];
        out[written++] = hex[c & 0x0f];
    }
    return written;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

bool url_percent_decode(const char *text, size_t len, unsigned flags, char *out, size_t size, size_t *written)
{
    size_t used = 0;
    for (size_t i = 0; i < len; i++) {
        int value = (unsigned char)text[i];
        if (value == '+' && (flags & URL_DECODE_PLUS_IS_SPACE)) {
            value = ' ';
        } else if (value == '%') {
            int high = i + 2 < len ? hex_value(text[i + 1]) : -1;
            int low = high >= 0 ? hex_value(text[i + 2]) : -1;
            if (low < 0) {
                return false;
            }
            value = high * 16 + low;
            i += 2;
        }
        if (value == 0 || used + 1 >= size) {
            return false;
        }
        out[used++] = (char)value;
    }
    if (size == 0) {
        return false;
    }
    out[used] = '\0';
    *written = used;
    return true;
}
