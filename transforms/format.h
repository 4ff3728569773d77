/* format.h — the two interfaces a translation implements.
 *
 * A client_dialect is how an application talks to lethe (OpenAI Chat Completions,
 * Anthropic Messages): decode its request into canonical form, encode canonical replies,
 * stream events and errors back in its shape.
 * A wire_format is how lethe talks to a provider: encode a canonical request as that
 * provider's body and URL, decode its answers and stream events into canonical form.
 * Each implementation is one file in transforms/ exporting one const struct. */
#ifndef LETHE_FORMAT_H
#define LETHE_FORMAT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/arena.h"
#include "transforms/foundation/buffer.h"
#include "transforms/canonical.h"
#include "transforms/foundation/json.h"
#include "transforms/sse.h"

/* A member of the canonical request that a wire encoder may refuse. The encoder knows only
 * the canonical request, never the client's dialect: it names the field by this identity, and
 * each client dialect spells it as its own requests do (client_dialect.field_names), so a
 * Responses client hears of 'input_image.image_url', not of Chat's 'image_url.url'. */
enum canon_field {
    CANON_FIELD_NONE = 0,
    CANON_FIELD_IMAGE_URL,           /* an image part given by URL */
    CANON_FIELD_TOOL_ARGUMENTS,      /* a tool call's arguments */
    CANON_FIELD_TOOL_RESULT_CALL_ID, /* the call a tool result answers */
    CANON_FIELD_PRESENCE_PENALTY,
    CANON_FIELD_FREQUENCY_PENALTY,
    CANON_FIELD_RESPONSE_FORMAT,
    CANON_FIELD_MAX_TOKENS,
    CANON_FIELD_TOP_K,
    CANON_FIELD_CHOICE_COUNT,        /* n */
    CANON_FIELD_LOGPROBS,
    CANON_FIELD_TOP_LOGPROBS,
    CANON_FIELD_LOGIT_BIAS,
    CANON_FIELD_COUNT
};

/* Why a request was refused or a reply could not be read. The message names fields and
 * positions, never content. */
struct format_error {
    int status;            /* HTTP status to answer with */
    const char *type;      /* e.g. "invalid_request_error" */
    const char *code;      /* optional machine code, e.g. "model_not_found" */
    char param[64];        /* the offending field's path, or "" */
    char message[256];
    /* A wire encoder's refusal: the canonical field it is about (param and message hold its
     * canonical path until format_error_name_field renames it) and the words after its name. */
    enum canon_field field;
    char reason[192];
};

void format_error_set(struct format_error *error, int status, const char *type,
                      const char *param, const char *format, ...)
    __attribute__((format(printf, 5, 6)));
/* A 400 invalid_request_error about one field, in the one style of every refusal, client
 * dialect or wire format: the field's path in single quotes, then what follows ("'top_k' is
 * not supported by this provider"). Returns false, to be returned by the caller. */
bool format_error_refuse(struct format_error *error, const char *param, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* The same, from a va_list (a decoder's own refusal helper). */
bool format_error_vrefuse(struct format_error *error, const char *param, const char *format, va_list args)
    __attribute__((format(printf, 3, 0)));
/* A wire encoder's 400 about a canonical field: param and message name it by its canonical
 * path ("'image_url.url' is not base64 data, ...") until format_error_name_field renames it. */
bool format_error_refuse_field(struct format_error *error, enum canon_field field, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
/* For a format that has none of OpenAI's pass-through members: true when the request asks
 * for none (n > 1, logprobs, top_logprobs, logit_bias), else refuses the first it asks for. */
bool format_refuse_openai_only(const struct canon_request *request, struct format_error *error);


/* What an encoder needs to know about the reply it is writing. */
struct reply_context {
    const char *id;            /* the reply's id as the client will see it */
    const char *model;         /* the model name to report */
    long long created;         /* unix seconds */
    bool include_usage;        /* the client asked for usage in the stream */
    /* What the exchange knows of its answer, for a dialect that reports it (/api/proxy): set
     * before a whole answer is encoded and before a stream's EVENT_END. */
    const char *provider;      /* the provider/model that served, or NULL */
    unsigned attempts;         /* targets tried */
    size_t scrubbed;           /* values masked */
    double cost_usd;           /* at the served target's price */
    bool embedding_base64;     /* OPERATION_EMBEDDING: vectors as base64 float32 (OpenAI) */
    bool reasoning_hidden;     /* the request's reasoning_hidden: write no thinking */
};

struct client_dialect {
    const char *name;
    const char *id_prefix;     /* "chatcmpl-", "msg_": the reply id is this + the request id */
    /* The request field whose entries become the canonical messages ("messages", "input",
     * "contents"): a refusal of too many entries names the field the client sent. */
    const char *entries_field;
    /* The body member holding lethe's own options (canon_request.gateway_options): NULL is
     * "lethe"; /api/proxy's is "constraints". A refused constraint names it as sent. */
    const char *options_field;
    bool (*decode_request)(struct arena *arena, const struct json_value *body,
                           struct canon_request *request, struct format_error *error);
    void (*encode_response)(struct buffer *out, const struct canon_response *response,
                            const struct reply_context *context);
    size_t stream_state_size;  /* zeroed by the caller before the first event */
    /* Encode one canonical event; an EVENT_END finishes the stream properly, an EVENT_ERROR
     * finishes it with an in-band error. */
    void (*encode_stream_event)(struct buffer *out, void *state, const struct canon_event *event,
                                const struct reply_context *context);
    /* attempts_json: NULL, or a JSON array naming each target tried and why it failed. */
    void (*encode_error)(struct buffer *out, int status, const char *type, const char *code,
                         const char *param, const char *message, const char *attempts_json);
    /* Optional: the dialect names the model in the URL path (Gemini's /models/{model}:verb),
     * not in the body. The model as the path spells it, percent-decoded into the arena:
     * client text, checked like any model before it is used. False: the path names none. */
    bool (*model_from_path)(struct arena *arena, const char *path, struct slice *model);
    /* Each canonical field as this dialect's requests spell it, indexed by enum canon_field
     * ("function_call_output.call_id" for CANON_FIELD_TOOL_RESULT_CALL_ID): a wire encoder's
     * refusal names the client's own field. NULL entries: fields the dialect cannot send. */
    const char *const *field_names;
};

/* Renames a wire encoder's refusal (format_error_refuse_field) as `dialect` spells the field,
 * in param and message; a field the dialect has no name for is described in words, with no
 * param. Errors about no canonical field are left as they are. */
void format_error_name_field(struct format_error *error, const struct client_dialect *dialect);

/* A non-chat operation (OPERATION_EMBEDDING, OPERATION_COUNT_TOKENS) as a provider format
 * serves it: its URL, its body and its whole answer (these operations never stream). The
 * answer's vectors or count go in response->operation; a decoder that finds no usage
 * leaves usage.present false. */
struct wire_operation {
    void (*build_url)(struct buffer *out, const char *base_url, struct slice model,
                      const struct canon_request *request);
    bool (*encode_request)(struct buffer *out, const struct canon_request *request,
                           struct slice model, struct format_error *error);
    bool (*decode_response)(struct arena *arena, const char *body, size_t len,
                            struct canon_response *response, struct format_error *error);
};

struct wire_format {
    const char *type;                     /* the config's provider "type" */
    bool continues_prefill;               /* a final assistant turn is continued (Anthropic) */
    bool serves_completions;              /* OPERATION_COMPLETION (legacy /completions); else skipped */
    /* The URL for `request` (its operation and stream flag) sent to `model` at `base_url`. */
    void (*build_url)(struct buffer *out, const char *base_url, struct slice model,
                      const struct canon_request *request);
    bool (*encode_request)(struct buffer *out, const struct canon_request *request,
                           struct slice model, struct format_error *error);
    bool (*decode_response)(struct arena *arena, const char *body, size_t len,
                            struct canon_response *response, struct format_error *error);
    size_t stream_state_size;             /* zeroed by the caller before the first event */
    /* Decode one SSE event into zero or more canonical events. Returns 0, the emitter's
     * non-zero result, or -1 when the event is not what the format promises. */
    int (*decode_stream_event)(void *state, struct arena *scratch, const struct sse_event *event,
                               canon_event_fn emit, void *context);
    /* Optional: the body ended cleanly. A format without an end marker (Gemini) emits
     * EVENT_END here if what it saw makes a complete answer. */
    int (*finish_stream)(void *state, canon_event_fn emit, void *context);
    /* Optional: NULL when the format has no such endpoint. A target that cannot embed is
     * skipped; one that cannot count tokens is answered by lethe's estimate. */
    const struct wire_operation *embedding;
    const struct wire_operation *count_tokens;
};

#endif
