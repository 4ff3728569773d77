/* slice.h — a view of bytes someone else owns: a pointer and a length, not NUL-terminated.
 * Every layer passes text this way without copying it. */
#ifndef LETHE_SLICE_H
#define LETHE_SLICE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct slice {
    const char *ptr;
    size_t len;
};

#define SLICE_LITERAL(text) ((struct slice){ (text), sizeof(text) - 1 })

static inline struct slice slice_of(const char *text, size_t len)
{
    return (struct slice){ text, len };
}

/* The slice holds exactly `text` (a C string). */
static inline bool slice_equals(struct slice slice, const char *text)
{
    size_t len = strlen(text);
    return slice.len == len && (len == 0 || memcmp(slice.ptr, text, len) == 0);
}

/* Byte order, a prefix before the longer slice: <0, 0 or >0, as memcmp. */
static inline int slice_compare(struct slice a, struct slice b)
{
    size_t shorter = a.len < b.len ? a.len : b.len;
    int order = shorter > 0 ? memcmp(a.ptr, b.ptr, shorter) : 0;
    if (order != 0) {
        return order;
    }
    return (a.len > b.len) - (a.len < b.len);
}

#endif
