/* canonical.h — the two types every part of lethe speaks.
 *
 * A client dialect (OpenAI, Anthropic) decodes its request body into a canon_request;
 * a provider wire format encodes a canon_request into its own body. Replies travel the
 * other way as a canon_response (whole answers) or as a sequence of canon_events
 * (streams). All strings are slices into the request arena: decoded UTF-8, not JSON. */
#ifndef LETHE_CANONICAL_H
#define LETHE_CANONICAL_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "transforms/foundation/buffer.h"
#include "transforms/foundation/json.h"


enum canon_role { ROLE_SYSTEM, ROLE_DEVELOPER, ROLE_USER, ROLE_ASSISTANT, ROLE_TOOL };

enum canon_part_type { PART_TEXT, PART_IMAGE, PART_TOOL_CALL, PART_TOOL_RESULT,
                       PART_REASONING };   /* an assistant turn's earlier thinking */

struct canon_part {
    enum canon_part_type type;
    struct slice text;            /* TEXT, and the content of a TOOL_RESULT */
    struct slice image_url;       /* IMAGE given by URL (http(s) or data:) */
    struct slice image_detail;    /* IMAGE: auto | low | high, or empty */
    struct slice tool_call_id;    /* TOOL_CALL, TOOL_RESULT */
    struct slice tool_name;       /* TOOL_CALL */
    struct slice tool_arguments;  /* TOOL_CALL: JSON text, as the model wrote it */
    bool tool_is_error;           /* TOOL_RESULT: the tool failed (Anthropic is_error) */
    struct slice signature;       /* REASONING: the provider's signature over text (Anthropic), or empty */
};

struct canon_message {
    enum canon_role role;
    struct slice name;            /* optional participant name */
    struct canon_part *parts;
    size_t part_count;
};

struct canon_tool {
    struct slice name;
    struct slice description;
    const struct json_value *parameters;   /* JSON Schema, or NULL */
    int strict;                            /* -1 unset, 0, 1 */
};

enum tool_choice_mode { TOOL_CHOICE_UNSET, TOOL_CHOICE_AUTO, TOOL_CHOICE_NONE,
                        TOOL_CHOICE_REQUIRED, TOOL_CHOICE_FUNCTION };

enum response_format_type { RESPONSE_FORMAT_UNSET, RESPONSE_FORMAT_TEXT,
                            RESPONSE_FORMAT_JSON_OBJECT, RESPONSE_FORMAT_JSON_SCHEMA };

struct canon_number {
    bool set;
    double value;
};

enum { CANON_MAX_STOP = 4 };

enum { REASONING_OFF = -1 };   /* canon_request.reasoning_budget: the client turned thinking off */

/* What the client asked for. Chat is the default (zero); the others share the canonical
 * request's messages, model and gateway options, and each wire format says which it serves. */
enum canon_operation {
    OPERATION_CHAT = 0,        /* chat, messages, responses, generateContent, /api/proxy */
    OPERATION_COMPLETION,      /* legacy text completions: one prompt, text back */
    OPERATION_EMBEDDING,       /* vectors for one or more input texts */
    OPERATION_COUNT_TOKENS,    /* how many input tokens the request would cost */
};

struct canon_request {
    enum canon_operation operation;
    struct slice model;                    /* as the client wrote it: route or provider/model */
    bool stream;
    bool include_usage;
    struct canon_message *messages;
    size_t message_count;
    struct canon_tool *tools;
    size_t tool_count;
    enum tool_choice_mode tool_choice;
    struct slice tool_choice_name;
    int parallel_tool_calls;               /* -1 unset */
    struct canon_number temperature;
    struct canon_number top_p;
    struct canon_number presence_penalty;
    struct canon_number frequency_penalty;
    long long max_tokens;                  /* 0: unset */
    bool has_seed;
    long long seed;
    struct slice stop[CANON_MAX_STOP];
    size_t stop_count;
    enum response_format_type response_format;
    const struct json_value *json_schema;  /* the whole {name, schema, strict} object */
    struct slice reasoning_effort;
    long long reasoning_budget;            /* thinking tokens: 0 unset, REASONING_OFF thinking off */
    bool reasoning_hidden;                 /* think, but show the client none of it (Gemini's
                                              includeThoughts false): its dialect drops reasoning */
    long long top_k;                       /* 0: unset (Anthropic, Gemini) */
    /* OpenAI-format pass-through: a format that cannot honour one refuses it, naming it. */
    bool logprobs;                         /* chat "logprobs": true; completions "logprobs": N */
    bool has_top_logprobs;
    long long top_logprobs;                /* chat "top_logprobs"; completions: the N of "logprobs" */
    const struct json_value *logit_bias;   /* {token id: bias}, or NULL */
    long long choice_count;                /* "n": 0 unset, else how many choices */
    bool echo;                             /* OPERATION_COMPLETION: the prompt heads the text */
    bool has_suffix;                       /* OPERATION_COMPLETION: the prompt's message holds, as its
                                              second text part (so it is scrubbed), the text after */
    bool scrub_declined;                   /* the body asked not to mask ("scrub": false) */
    const struct json_value *gateway_options;   /* the body's "lethe" object: for lethe, never sent */
    /* OPERATION_EMBEDDING: the inputs are the user messages, one text part each, in order. */
    long long dimensions;                  /* the vector length asked for; 0: the model's own */
    bool embedding_base64;                 /* the client wants each vector as base64 float32 */
};

enum finish_reason { FINISH_NONE, FINISH_STOP, FINISH_STOP_SEQUENCE, FINISH_LENGTH,
                     FINISH_TOOL_CALLS, FINISH_CONTENT_FILTER, FINISH_ERROR };

struct canon_usage {
    bool present;
    long long prompt_tokens;
    long long completion_tokens;
    long long total_tokens;
    long long cached_tokens;      /* -1: not reported */
    long long reasoning_tokens;   /* -1: not reported */
};

struct canon_tool_call {
    struct slice id;
    struct slice name;
    struct slice arguments;       /* JSON text */
};

/* OPERATION_EMBEDDING: one vector per input, in the inputs' order. */
struct canon_embedding {
    size_t count;
    const struct json_value *numbers;   /* the provider's JSON numbers, written on as they came; or NULL */
    float *values;                      /* or the values (a base64 answer); NULL when numbers is set */
};

/* What a non-chat operation answers, beside canon_response's usage. */
struct canon_operation_answer {
    struct canon_embedding *embeddings;    /* OPERATION_EMBEDDING */
    size_t embedding_count;
    long long token_count;                 /* OPERATION_COUNT_TOKENS: the input's tokens */
    bool token_count_estimated;            /* counted by lethe's estimator, not by the provider */
};

struct canon_response {
    struct slice id;
    struct slice model;           /* the model the provider says answered */
    long long created;
    struct slice text;
    struct slice refusal;
    struct canon_tool_call *tool_calls;
    size_t tool_call_count;
    enum finish_reason finish;
    struct canon_usage usage;
    struct slice reasoning;       /* the model's thinking text, or empty */
    struct slice reasoning_signature;   /* Anthropic's signature over it, or empty */
    const struct json_value *logprobs;     /* the choice's logprobs as an OpenAI-format provider wrote them */
    struct canon_response *more_choices;   /* n > 1: choices 1.. (text, tool calls, finish, logprobs) */
    size_t more_choice_count;
    struct canon_operation_answer operation;   /* embeddings, token counts: not a chat answer */
};

enum canon_event_type {
    EVENT_START,        /* id and model of the answer, once, first */
    EVENT_TEXT,         /* a piece of the answer's text */
    EVENT_TOOL_CALL,    /* a piece of a tool call: id and name come with its first piece */
    EVENT_FINISH,       /* why the model stopped */
    EVENT_USAGE,        /* token counts */
    EVENT_ERROR,        /* the provider reported an error inside the stream */
    EVENT_END,          /* the provider's own end-of-stream marker: the answer is complete */
    EVENT_REASONING,    /* a piece of the model's thinking (text), or its signature once at the end */
};

struct canon_event {
    enum canon_event_type type;
    struct slice text;            /* TEXT, REASONING, and the message of an ERROR */
    int tool_index;               /* TOOL_CALL */
    struct slice tool_id;
    struct slice tool_name;
    struct slice tool_arguments;
    enum finish_reason finish;    /* FINISH */
    struct canon_usage usage;     /* USAGE */
    struct slice id;              /* START */
    struct slice model;           /* START */
    int error_status;             /* ERROR: the HTTP status the provider's error maps to */
    struct slice signature;       /* REASONING: the provider's signature over the thinking (Anthropic) */
    const struct json_value *logprobs;  /* TEXT: the piece's logprobs (OpenAI format), or NULL */
};

/* Called by a wire format's stream decoder for each canonical event; non-zero stops. */
typedef int (*canon_event_fn)(void *context, const struct canon_event *event);

/* A byte a model name ("provider/model", a route's name) may hold: letters, digits and
 * . _ : - /. A provider's name, a model name's first part, holds the same but '/'. */
static inline bool canon_model_character(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
           || c == ':' || c == '-' || c == '/';
}

/* A part of a model name between slashes that may not stand: empty, "." or "..", since a
 * part becomes a URL path segment. */
static inline bool canon_model_part_empty_or_dots(const char *part, size_t len)
{
    return len == 0 || (len == 1 && part[0] == '.') || (len == 2 && part[0] == '.' && part[1] == '.');
}

const char *canon_role_name(enum canon_role role);
bool canon_is_system(const struct canon_message *message);
/* System and developer texts as one JSON member: key, then open, then each text as
 * item_open + "the text" + "}", comma-separated, then close. Nothing if there are none.
 * (Anthropic: "system":[{"type":"text","text":…}]; Gemini: "systemInstruction":{"parts":[…]}) */
void canon_write_system_texts(struct buffer *out, const struct canon_request *request, const char *key,
                              const char *open, const char *item_open, const char *close, bool *first);
/* Split "data:image/png;base64,AAAA" into its media type and payload; false if the URL
 * is not a base64 data URL. */
bool data_url_split(struct slice url, struct slice *media_type, struct slice *data);
/* A provider endpoint's URL: base_url (one trailing '/' dropped), then path ("/messages"). */
void canon_write_endpoint_url(struct buffer *out, const char *base_url, const char *path);
void canon_usage_init(struct canon_usage *usage);
/* How every wire format's decode_response starts: the response emptied (usage not reported
 * yet), and the provider's body parsed at most max_depth deep; NULL when it is not JSON. */
struct json_value *canon_response_begin(struct arena *arena, const char *body, size_t len, unsigned max_depth,
                                        struct canon_response *response);

/* A format's names for the finish reasons, one row a name, ending with a row whose name is
 * NULL. Read both ways: a name stands for the reason of the first row that has the name,
 * and a reason is written as the name of the first row that has the reason. So a format
 * lists its own spelling of each reason first, and names it only reads after. */
struct finish_reason_name {
    enum finish_reason reason;
    const char *name;
};

/* The reason value names: FINISH_NONE when value is not a string, unknown_reason when no
 * row has the name. */
enum finish_reason finish_reason_from_name(const struct finish_reason_name *names, const struct json_value *value,
                                           enum finish_reason unknown_reason);
/* The name of reason, or unknown_name when no row has the reason. */
const char *finish_reason_to_name(const struct finish_reason_name *names, enum finish_reason reason,
                                  const char *unknown_name);

/* Where a format's usage object keeps the counts every format has. Each count is the sum of
 * the members named (one absent or not an integer adds 0). */
struct usage_names {
    const char *prompt[3];       /* summed into prompt_tokens */
    const char *completion[2];   /* summed into completion_tokens */
    const char *total;           /* total_tokens; NULL, or absent: prompt + completion */
};

/* usage from a format's usage object: unset, and not present, unless object is an object.
 * Returns usage->present. The optional counts (cached, reasoning) are the format's to read. */
bool canon_usage_read(const struct json_value *object, const struct usage_names *names, struct canon_usage *usage);
/* A token count the provider reported in member `key` of `object`: an integer from 0 to
 * CANON_MAX_TOKEN_COUNT, else `missing`. Counts are summed, priced and charged to budgets
 * and rate limits: a negative one would refund them, a huge one overflow the sums. */
#define CANON_MAX_TOKEN_COUNT 1000000000000LL
long long canon_usage_count(const struct json_value *object, const char *key, long long missing);

/* Reasoning asked for in one format's terms, read in another's. An effort (OpenAI's
 * minimal..high, Anthropic's low..max) and a budget of thinking tokens (Anthropic, Gemini)
 * stand for each other by these rows; "none" turns thinking off. */
static inline long long canon_reasoning_budget(const struct canon_request *request)
{
    static const struct { const char *effort; long long budget; } rows[] = {
        { "none", REASONING_OFF }, { "minimal", 1024 }, { "low", 2048 }, { "medium", 8192 },
        { "high", 16384 }, { "xhigh", 32768 }, { "max", 32768 },
    };
    if (request->reasoning_budget != 0 || request->reasoning_effort.ptr == NULL) {
        return request->reasoning_budget;
    }
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (slice_equals(request->reasoning_effort, rows[i].effort)) {
            return rows[i].budget;
        }
    }
    return 8192;                     /* an effort no row names: the middle one */
}

/* The effort for a format that takes one: the client's own, else the nearest to its budget;
 * empty (ptr NULL) when neither was given or thinking is off. */
static inline struct slice canon_reasoning_effort(const struct canon_request *request)
{
    if (request->reasoning_effort.ptr != NULL || request->reasoning_budget <= 0) {
        return request->reasoning_effort;
    }
    const char *name = request->reasoning_budget <= 2048 ? "low"
                       : request->reasoning_budget <= 8192 ? "medium" : "high";
    return slice_of(name, strlen(name));
}

#endif
