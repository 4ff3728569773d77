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
