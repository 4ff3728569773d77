/* sse.h — Server-Sent Events, read incrementally and written.
 *
 * The reader takes bytes as they arrive from the network (split anywhere, even inside
 * a line or a UTF-8 sequence) and calls back once per complete event with its event
 * name and its data (multi-line data joined with "\n"). It accepts "\n", "\r\n" and
 * "\r" line ends, skips comments and unknown fields, and refuses an event larger than
 * its bound. Its buffers live in the request arena and are reused from event to event. */
#ifndef LETHE_SSE_H
#define LETHE_SSE_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/buffer.h"

struct sse_event {
    const char *name;      /* "" when the event had no event: line */
    size_t name_len;
    const char *data;
    size_t data_len;
};

/* Return 0 to go on, anything else to stop reading (returned by sse_reader_feed). */
typedef int (*sse_event_fn)(void *context, const struct sse_event *event);

enum { SSE_EVENT_TOO_LARGE = -1 };

struct sse_reader {
    struct buffer line;        /* the current incomplete line */
    struct buffer data;        /* data of the event being assembled */
    struct buffer name;
    bool has_data;
    bool skip_line_feed;       /* the last chunk ended in "\r": a leading "\n" belongs to it */
    size_t max_event_bytes;
    size_t comments_seen;      /* keep-alive comments count as a sign of life */
};

void sse_reader_init(struct sse_reader *reader, struct arena *arena, size_t max_event_bytes);
int sse_reader_feed(struct sse_reader *reader, const char *bytes, size_t len,
                    sse_event_fn on_event, void *context);
/* True when bytes of an unfinished event are pending (a stream cut mid-event). */
bool sse_reader_has_partial(const struct sse_reader *reader);

/* Append one event: optional "event: name" line, then "data: ..." (data must hold no
 * line breaks: JSON written by json_write_* never does), then the blank line. */
void sse_write_event(struct buffer *out, const char *name, const char *data, size_t data_len);

#endif
