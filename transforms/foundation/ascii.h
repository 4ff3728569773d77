/* ascii.h — byte classes of ASCII, the same everywhere text is read by hand: <ctype.h>'s
 * answers in the C locale (the only one lethe runs in) without a call through the
 * locale's table per byte, and the classes a Hyperscan pattern names, so a hand reader
 * that replaces a pattern (scrub/password_forms.c) draws the same lines as the pattern.
 * Bytes >= 0x80 are in no class: a UTF-8 letter is not an ASCII letter, as Hyperscan's
 * caseless matching folds ASCII letters only. Pure: uses nothing of lethe. */
#ifndef LETHE_ASCII_H
#define LETHE_ASCII_H

#include <stdbool.h>

/* isupper: A-Z. */
static inline bool ascii_upper(unsigned char c)
{
    return (unsigned)(c - 'A') < 26;
}

/* islower: a-z. */
static inline bool ascii_lower(unsigned char c)
{
    return (unsigned)(c - 'a') < 26;
}

/* isalpha: a-z, A-Z. */
static inline bool ascii_letter(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26;
}

/* isdigit: 0-9. */
static inline bool ascii_digit(unsigned char c)
{
    return (unsigned)(c - '0') < 10;
}

/* isalnum: a letter or a digit. */
static inline bool ascii_alnum(unsigned char c)
{
    return ascii_letter(c) || ascii_digit(c);
}

/* Hyperscan's \w, what its \b looks at: a letter, a digit or '_'. */
static inline bool ascii_word_char(unsigned char c)
{
    return ascii_alnum(c) || c == '_';
}

/* A blank, Hyperscan's [ \t]: space or tab. */
static inline bool ascii_blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* isspace, Hyperscan's \s: space, \t, \n, \v, \f, \r. */
static inline bool ascii_space(unsigned char c)
{
    return c == ' ' || (unsigned)(c - '\t') < 5;
}

/* tolower: A-Z to a-z, every other byte as it is (what caseless matching compares). */
static inline unsigned char ascii_fold(unsigned char c)
{
    return ascii_upper(c) ? (unsigned char)(c | 0x20) : c;
}

#endif
