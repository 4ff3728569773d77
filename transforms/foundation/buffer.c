#include "transforms/foundation/buffer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "transforms/foundation/text.h"

void buffer_init(struct buffer *buffer, struct arena *arena, size_t initial_capacity)
{
    buffer->arena = arena;
    buffer->len = 0;
    buffer->cap = initial_capacity < 64 ? 64 : initial_capacity;
    buffer->data = arena_alloc(arena, buffer->cap);
    buffer->data[0] = '\0';
}

/* What a lazy buffer reads before its first append: an empty string. Never written (its
 * capacity is 0, so every append grows first), except for the NUL buffer_reset writes. */
static char lazy_empty[1];

void buffer_init_lazy(struct buffer *buffer, struct arena *arena)
{
    buffer->arena = arena;
    buffer->len = 0;
    buffer->cap = 0;
    buffer->data = lazy_empty;
}

void buffer_grow(struct buffer *buffer, size_t extra)
{
    size_t needed = buffer->len + extra + 1;
    if (needed <= buffer->cap) {
        return;
    }
    size_t cap = buffer->cap != 0 ? buffer->cap * 2 : BUFFER_LAZY_FIRST;
    while (cap < needed) {
        cap *= 2;
    }
    char *data = arena_alloc(buffer->arena, cap);
    memcpy(data, buffer->data, buffer->len + 1);
    /* The old block is wiped when the arena is released; wiping it now as well keeps
     * a long stream from leaving copies of its text scattered through the arena. */
    explicit_bzero(buffer->data, buffer->len);
    buffer->data = data;
    buffer->cap = cap;
}

void buffer_append_integer(struct buffer *buffer, long long value)
{
    char digits[TEXT_DECIMAL_BYTES];
    size_t start = text_decimal_tail(digits, value);
    buffer_append(buffer, digits + start, sizeof digits - start);
}

void buffer_printf(struct buffer *buffer, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    char small[256];
    int needed = vsnprintf(small, sizeof small, format, args);
    va_end(args);
    if (needed < 0) {
        return;
    }
    if ((size_t)needed < sizeof small) {
        buffer_append(buffer, small, (size_t)needed);
        return;
    }
    buffer_reserve(buffer, (size_t)needed);
    va_start(args, format);
    vsnprintf(buffer->data + buffer->len, (size_t)needed + 1, format, args);
    va_end(args);
    buffer->len += (size_t)needed;
}

void buffer_reset(struct buffer *buffer)
{
    buffer->len = 0;
    buffer->data[0] = '\0';
}

const char *bounded_printf(char *out, size_t size, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int length = vsnprintf(out, size, format, args);
    va_end(args);
    if (length >= 0 && (size_t)length >= size && size > 3) {
        memcpy(out + size - 4, "...", 4);
    }
    return out;
}
