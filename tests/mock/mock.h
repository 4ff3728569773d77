/* mock.h — lethe-mock, a simulated LLM provider for tests, benchmarks and the demo.
 *
 * It speaks the OpenAI, Anthropic and Gemini wire formats (streaming and not), echoes the
 * last user message (or a fixed reply, or a tool call), records the last request, and
 * injects faults on demand. Behaviour comes from flags at start and from
 * POST /__mock/config at run time; {} resets it to the start-up flags. */
#ifndef LETHE_MOCK_H
#define LETHE_MOCK_H

#include <stdbool.h>
#include <stddef.h>

struct mock_behaviour {
    int status;              /* answer every request with this error status (0: off) */
    int fail_next;           /* answer the next N requests with status (503 if unset) */
    int latency_ms;          /* before the response headers */
    int first_byte_ms;       /* before the first streamed event */
    int chunk_ms;            /* between streamed events */
    int chunk_bytes;         /* reply text per content event */
    int drop_after;          /* close the connection after N streamed events (0: off) */
    char *reply;             /* fixed reply text instead of the echo (NULL: echo) */
    char *retry_after;       /* retry-after header on a 429 */
    char *reply_tool;        /* answer with a call to this tool */
    bool garbage;            /* answer 200 with bytes that are not the format */
    char *redirect;          /* answer 302 with this Location instead (NULL: off) */
    bool no_content_type;    /* send answers, streamed or not, with no Content-Type header */
};

void behaviour_reset(struct mock_behaviour *behaviour);
void behaviour_copy(struct mock_behaviour *to, const struct mock_behaviour *from);
void behaviour_free(struct mock_behaviour *behaviour);
/* Set one field from its name and text value; false (with a message) if unknown or bad. */
bool behaviour_set(struct mock_behaviour *behaviour, const char *name, const char *value,
                   char *error, size_t error_size);

enum mock_format { FORMAT_OPENAI, FORMAT_ANTHROPIC, FORMAT_GEMINI };

/* One answer to write: the text (or tool call) and how to frame it. */
struct mock_answer {
    enum mock_format format;
    const char *model;
    const char *text;
    size_t text_len;
    const char *tool;                /* non-NULL: a tool call with {"echo": text} */
    bool include_usage;              /* OpenAI stream_options.include_usage */
    long prompt_tokens;
};

struct growing_text {
    char *data;
    size_t len, cap;
};
void text_append(struct growing_text *text, const char *data, size_t len);
void text_printf(struct growing_text *text, const char *format, ...)
    __attribute__((format(printf, 2, 3), nonnull(2)));
void text_json_string(struct growing_text *text, const char *data, size_t len);
void text_free(struct growing_text *text);

/* A whole, non-streamed answer. */
void format_whole_answer(struct growing_text *out, const struct mock_answer *answer);
/* The provider's error body for an HTTP status. */
void format_error_body(struct growing_text *out, enum mock_format format, int status);
/* The streamed answer as a list of SSE events, in order; the last is the terminator
 * (OpenAI [DONE], Anthropic message_stop, Gemini the chunk with finishReason). */
size_t format_stream_events(const struct mock_answer *answer, int chunk_bytes,
                            struct growing_text **events);

#endif
