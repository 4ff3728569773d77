#include "transforms/sse.h"

#include <string.h>

void sse_reader_init(struct sse_reader *reader, struct arena *arena, size_t max_event_bytes)
{
    buffer_init(&reader->line, arena, 256);
    buffer_init(&reader->data, arena, 256);
    buffer_init(&reader->name, arena, 32);
    reader->has_data = false;
    reader->skip_line_feed = false;
    reader->max_event_bytes = max_event_bytes;
    reader->comments_seen = 0;
}

static int dispatch(struct sse_reader *reader, sse_event_fn on_event, void *context)
{
    int result = 0;
    if (reader->has_data) {
        struct sse_event event = {
            .name = reader->name.data, .name_len = reader->name.len,
            .data = reader->data.data, .data_len = reader->data.len,
        };
        result = on_event(context, &event);
    }
    buffer_reset(&reader->data);
    buffer_reset(&reader->name);
    reader->has_data = false;
    return result;
}

static int process_line(struct sse_reader *reader, const char *line, size_t len,
                        sse_event_fn on_event, void *context)
{
    if (len == 0) {
        return dispatch(reader, on_event, context);
    }
    if (line[0] == ':') {
        reader->comments_seen++;
        return 0;
    }
    const char *colon = memchr(line, ':', len);
    size_t field_len = colon ? (size_t)(colon - line) : len;
    const char *value = colon ? colon + 1 : line + len;
    size_t value_len = (size_t)(line + len - value);
    if (value_len && value[0] == ' ') {
        value++;
        value_len--;
    }
    if (field_len == 4 && memcmp(line, "data", 4) == 0) {
        if (reader->has_data) {
            buffer_append_char(&reader->data, '\n');
        }
        buffer_append(&reader->data, value, value_len);
        reader->has_data = true;
    } else if (field_len == 5 && memcmp(line, "event", 5) == 0) {
        buffer_reset(&reader->name);
        buffer_append(&reader->name, value, value_len);
    }
    /* id: and retry: mean nothing to a proxy reading a single response. */
    return 0;
}

/* Where the line that begins at `start` ends: its first '\n' or '\r', or `limit`. Both
 * are found with memchr; `next_carriage` keeps the next '\r' (or `limit`) between calls of
 * one feed, so each byte is looked at a bounded number of times whatever the line ends. */
static const char *line_end(const char *start, const char *limit, const char **next_carriage)
{
    if (*next_carriage == NULL || *next_carriage < start) {
        const char *carriage = memchr(start, '\r', (size_t)(limit - start));
        *next_carriage = carriage != NULL ? carriage : limit;
    }
    const char *line_feed = memchr(start, '\n', (size_t)(*next_carriage - start));
    return line_feed != NULL ? line_feed : *next_carriage;
}

int sse_reader_feed(struct sse_reader *reader, const char *bytes, size_t len,
                    sse_event_fn on_event, void *context)
{
    size_t position = 0;
    if (reader->skip_line_feed && len > 0) {
        reader->skip_line_feed = false;
        if (bytes[0] == '\n') {
            position = 1;
        }
    }
    const char *limit = bytes + len;
    const char *next_carriage = NULL;
    while (position < len) {
        const char *start = bytes + position;
        const char *end = line_end(start, limit, &next_carriage);
        size_t piece = (size_t)(end - start);
        if (end == limit) {
            /* An incomplete line: keep it for the next chunk. */
            if (reader->line.len + piece + reader->data.len > reader->max_event_bytes) {
                return SSE_EVENT_TOO_LARGE;
            }
            buffer_append(&reader->line, start, piece);
            return 0;
        }
        const char *line = start;
        size_t line_len = piece;
        if (reader->line.len != 0) {
            buffer_append(&reader->line, start, piece);
            line = reader->line.data;
            line_len = reader->line.len;
        }
        if (line_len + reader->data.len > reader->max_event_bytes) {
            return SSE_EVENT_TOO_LARGE;
        }
        position += piece + 1;
        if (*end == '\r') {
            if (position < len) {
                if (bytes[position] == '\n') {
                    position++;
                }
            } else {
                reader->skip_line_feed = true;
            }
        }
        int result = process_line(reader, line, line_len, on_event, context);
        buffer_reset(&reader->line);
        if (result != 0) {
            return result;
        }
    }
    return 0;
}

bool sse_reader_has_partial(const struct sse_reader *reader)
{
    return reader->has_data || reader->line.len != 0;
}

void sse_write_event(struct buffer *out, const char *name, const char *data, size_t data_len)
{
    buffer_reserve(out, data_len + 32);
    if (name != NULL) {
        buffer_append_cstr(out, "event: ");
        buffer_append_cstr(out, name);
        buffer_append_char(out, '\n');
    }
    buffer_append(out, "data: ", 6);
    buffer_append(out, data, data_len);
    buffer_append(out, "\n\n", 2);
}
