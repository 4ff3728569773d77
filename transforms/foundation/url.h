/* url.h — percent-encoding for text that goes into a URL lethe builds, and percent-decoding
 * for text a client put in the URL it called.
 *
 * A foundation: pure functions, no allocation, no other lethe module. Client text (a
 * model name) reaches an upstream URL only through here, after it was validated, so that
 * even a name the validator let through by mistake cannot add a path segment, a query or
 * a fragment. The caller gives room for URL_ENCODED_SIZE(len) bytes. */
#ifndef LETHE_URL_H
#define LETHE_URL_H

#include <stdbool.h>
#include <stddef.h>

/* Every input byte becomes at most three ("%2F"). */
#define URL_ENCODED_SIZE(len) ((len) * 3)

/* One path segment: every byte outside RFC 3986's unreserved set (A-Z a-z 0-9 - . _ ~)
 * becomes %XX, so '/', '?', '#', '%', ':', spaces and control bytes are inert. A segment
 * made only of dots ("." or "..") has its dots encoded too, so it is never a dot segment.
 * Writes no NUL; returns the number of bytes written. */
size_t url_encode_path_segment(char *out, const char *text, size_t len);

enum url_decode_flags {
    URL_DECODE_PLUS_IS_SPACE = 1,       /* a query value: '+' is a space */
};

/* text[0..len) percent-decoded into out, NUL-terminated, its length in *written. False when
 * an escape is not '%' and two hex digits, a byte decodes to NUL, or the text does not fit in
 * `size` bytes with its NUL: a text that decodes to exactly what it says, or nothing. */
bool url_percent_decode(const char *text, size_t len, unsigned flags, char *out, size_t size, size_t *written);

#endif
