/* mock.h — lethe-mock, a simulated LLM provider for tests, benchmarks and the demo.
 *
 * It speaks the OpenAI, Anthropic and Gemini wire formats (streaming and not), echoes the
 * last user message (or a fixed reply, or a tool call; after a fixed thinking text, in each
 * format's shape, when `reasoning` is set), records the last request, and
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
    char *reasoning;         /* thinking text sent before the answer, in the format's shape (NULL: none) */
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
    const char *reasoning;           /* non-NULL: thinking before the answer (Anthropic thinking
                                        block, Gemini thought part, OpenAI-compatible reasoning_content) */
    size_t reasoning_len;
    bool include_usage;              /* OpenAI stream_options.include_usage */
    int candidates;                  /* Gemini generationConfig.candidateCount: this many (0 or 1: one) */
    int logprobs;                    /* Gemini responseLogprobs: the top count (generationConfig.logprobs),
                                        each candidate with a logprobsResult; -1: not asked */
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
/* The length of the next piece of a stream: chunk_bytes (all that remains when it is not
 * positive), extended so no UTF-8 character is split. */
size_t text_piece_length(const char *text, size_t remaining, int chunk_bytes);

/* The SSE events of a streamed answer, in order; whoever fills it hands `events` (`count` of
 * them) to the caller, who frees them. */
struct event_list {
    struct growing_text *events;
    size_t count, cap;
};
/* A new, empty event at the end of the list (aborts when out of memory, as the mock does). */
struct growing_text *event_list_next(struct event_list *list);

/* A whole, non-streamed answer. */
void format_whole_answer(struct growing_text *out, const struct mock_answer *answer);
/* The provider's error body for an HTTP status. */
void format_error_body(struct growing_text *out, enum mock_format format, int status);
/* The streamed answer as a list of SSE events, in order; the last is the terminator
 * (OpenAI [DONE], Anthropic message_stop, Gemini the chunk with finishReason). */
size_t format_stream_events(const struct mock_answer *answer, int chunk_bytes,
                            struct growing_text **events);

/* completions.c: an OpenAI-format answer formats.c does not write — a legacy text
 * completion (a path ending in /completions but not /chat/completions), or a chat
 * completion asking for n > 1 or logprobs — into `body`, or as stream events. False (and
 * nothing written) for any other request. `root` is the request body as yajl parsed it. */
struct yajl_val_s;
bool mock_openai_extra_answer(const char *path, struct yajl_val_s *root, const struct mock_answer *answer,
                              bool streaming, int chunk_bytes, struct growing_text *body,
                              struct growing_text **events, size_t *event_count);

/* responses.c: the OpenAI Responses API (a path ending in /responses), whole or streamed,
 * echoing the last user input; false (and nothing written) for any other path. */
bool mock_path_is_responses(const char *path);
void mock_responses_user_text(struct yajl_val_s *root, struct growing_text *out);
bool mock_responses_answer(const char *path, const struct mock_answer *answer, bool streaming, int chunk_bytes,
                           struct growing_text *body, struct growing_text **events, size_t *event_count);

/* embeddings.c: the non-chat endpoints — POST …/embeddings (OpenAI), …/messages/count_tokens
 * (Anthropic), …/models/M:countTokens, :embedContent, :batchEmbedContents (Gemini).
 * mock_operation_detect: whether `path` is one, and its format; mock_operation_answer: its
 * whole answer into `out` (false, nothing written, for any other path). */
bool mock_operation_detect(const char *path, enum mock_format *format);
bool mock_operation_answer(const char *path, struct yajl_val_s *root, size_t body_len, struct growing_text *out);

#endif
