/* buffer.h — a growable byte string that lives in an arena.
 *
 * Used to build request bodies, SSE events and JSON answers. Growth copies into a larger
 * block of the same arena; the old block is wiped with the arena, so total use stays
 * under twice the final size. Contents are always NUL-terminated for convenience. */
#ifndef LETHE_BUFFER_H
#define LETHE_BUFFER_H

#include <stddef.h>
#include <string.h>

#include "transforms/foundation/arena.h"

struct buffer {
    char *data;
    size_t len;
    size_t cap;
    struct arena *arena;
};

void buffer_init(struct buffer *buffer, struct arena *arena, size_t initial_capacity);
/* An empty buffer that takes no arena memory until the first byte is appended (then
 * BUFFER_LAZY_FIRST bytes, or more): for buffers a request may hold a long time before it
 * writes to them, such as a stream's while it waits for its provider. */
enum { BUFFER_LAZY_FIRST = 256 };
void buffer_init_lazy(struct buffer *buffer, struct arena *arena);
/* Room for `extra` more bytes and the NUL. */
void buffer_grow(struct buffer *buffer, size_t extra);
static inline void buffer_reserve(struct buffer *buffer, size_t extra)
{
    if (buffer->len + extra + 1 > buffer->cap) {
        buffer_grow(buffer, extra);
    }
}
/* Appends are inline: stream encoders make many small ones per event, and a literal's
 * strlen folds to a constant at the call. Only growth (buffer_grow) is a call. */
static inline void buffer_append(struct buffer *buffer, const void *data, size_t len)
{
    buffer_reserve(buffer, len);
    if (len != 0) {
        memcpy(buffer->data + buffer->len, data, len);
    }
    buffer->len += len;
    buffer->data[buffer->len] = '\0';
}

static inline void buffer_append_char(struct buffer *buffer, char c)
{
    buffer_reserve(buffer, 1);
    buffer->data[buffer->len++] = c;
    buffer->data[buffer->len] = '\0';
}

static inline void buffer_append_cstr(struct buffer *buffer, const char *text)
{
    buffer_append(buffer, text, strlen(text));
}
/* A decimal integer, as printf's %lld writes it, without printf's cost (stream events
 * write a few integers each). */
void buffer_append_integer(struct buffer *buffer, long long value);
void buffer_printf(struct buffer *buffer, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
void buffer_reset(struct buffer *buffer);   /* len = 0, keeps capacity */

/* snprintf into a fixed array, for text a person reads (error messages, field paths): a
 * text longer than `size` is cut and ends in "..." so it is not mistaken for a whole one.
 * Returns `out`. */
const char *bounded_printf(char *out, size_t size, const char *format, ...) __attribute__((format(printf, 3, 4)));

#endif
