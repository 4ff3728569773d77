/* The legacy OpenAI text completions dialect, POST /v1/completions: one prompt in,
 * text_completion objects and chunks out. The prompt becomes the one user message of an
 * OPERATION_COMPLETION request, so it is scrubbed like any chat text; only OpenAI-format
 * targets serve it (openai_wire.c sends it to their /completions). */
#include <string.h>

#include "transforms/client_decode.h"
#include "transforms/openai.h"

enum { MAX_COMPLETION_LOGPROBS = 5 };

/* A string, or an array of exactly one string. Several prompts would be several answers in
 * one, and token arrays are ids no scrubber can read: both refused. */
static bool decode_prompt(struct client_decoder *decoder, const struct request_field *field,
                          const struct json_value *value, struct canon_request *request)
{
    const struct json_value *text = value;
    if (json_is(value, JSON_ARRAY) && value->array.count == 1) {
        text = value->array.items[0];
    }
    if (!json_is(text, JSON_STRING)) {
        return decode_refuse(decoder, field->name, "must be a string or an array of one string: lethe serves one "
                             "text prompt per request, not several prompts nor token ids");
    }
    request->messages = arena_calloc(decoder->arena, 1, sizeof *request->messages);
    request->messages[0].role = ROLE_USER;
    request->messages[0].parts = arena_calloc(decoder->arena, 2, sizeof *request->messages[0].parts);
    request->messages[0].parts[0].type = PART_TEXT;
    request->messages[0].parts[0].text = decode_text(text);
    request->messages[0].part_count = 1;
    request->message_count = 1;
    return true;
}

/* Read after the walk, once the prompt's message exists: see add_suffix. */
static bool decode_suffix(struct client_decoder *decoder, const struct request_field *field,
                          const struct json_value *value, struct canon_request *request)
{
    (void)request;
    return decode_expect(decoder, value, JSON_STRING, field->name);
}

/* The suffix is client text bound for the provider: it travels as the prompt message's
 * second text part, where the scrubber masks it like the prompt. */
static void add_suffix(const struct json_value *suffix, struct canon_request *request)
{
    if (!json_is(suffix, JSON_STRING)) {
        return;
    }
    struct canon_part *part = &request->messages[0].parts[request->messages[0].part_count++];
    part->type = PART_TEXT;
    part->text = decode_text(suffix);
    request->has_suffix = true;
}

/* logprobs: N, the count of most likely tokens listed at each position (0 to 5). */
static bool decode_completion_logprobs(struct client_decoder *decoder, const struct request_field *field,
                                       const struct json_value *value, struct canon_request *request)
{
    if (!decode_top_logprobs_field(decoder, field, value, request)) {
        return false;
    }
    request->logprobs = true;
    return true;
}

/* Every top-level member lethe reads; a row without a decoder is accepted and not forwarded. */
static const struct request_field completion_fields[] = {
    { "model", decode_string_field, FIELD_REQUIRED, REQUEST_MEMBER(model), 0, 0 },
    { "prompt", decode_prompt, FIELD_REQUIRED, 0, 0, 0 },
    { "stream", decode_bool_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(stream), 0, 0 },
    { "stream_options", decode_stream_options_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "max_tokens", decode_positive_integer_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(max_tokens), 0, 0 },
    { "temperature", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(temperature), 0, 2 },
    { "top_p", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(top_p), 0, 1 },
    { "presence_penalty", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(presence_penalty), -2, 2 },
    { "frequency_penalty", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(frequency_penalty), -2, 2 },
    { "stop", decode_stop_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "n", decode_choice_count_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "logprobs", decode_completion_logprobs, FIELD_NULL_IS_ABSENT, 0, 0, MAX_COMPLETION_LOGPROBS },
    { "logit_bias", decode_logit_bias_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "echo", decode_bool_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(echo), 0, 0 },
    { "suffix", decode_suffix, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "seed", decode_seed_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 },
    { .name = "user" },
};

static bool completions_decode_request(struct arena *arena, const struct json_value *body,
                                       struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    if (!decode_request_fields(&decoder, body, completion_fields, COUNT_OF(completion_fields), request)) {
        return false;
    }
    request->operation = OPERATION_COMPLETION;
    add_suffix(json_get(body, "suffix"), request);
    return decode_check_streamed_choices(&decoder, request);
}

/* ---- replies ---- */

static void write_head(struct buffer *out, const struct reply_context *context)
{
    openai_write_answer_head(out, "text_completion", context);
}

static void write_usage(struct buffer *out, const struct canon_usage *usage)
{
    buffer_printf(out, ",\"usage\":{\"prompt_tokens\":%lld,\"completion_tokens\":%lld,\"total_tokens\":%lld}",
                  usage->prompt_tokens, usage->completion_tokens,
                  usage->total_tokens ? usage->total_tokens : usage->prompt_tokens + usage->completion_tokens);
}

/* One choice: {"text", "index", "logprobs", "finish_reason"}. */
static void write_choice(struct buffer *out, struct slice text, size_t index, const struct json_value *logprobs,
                         enum finish_reason finish)
{
    buffer_append_cstr(out, "{\"text\":");
    json_write_string(out, text.ptr ? text.ptr : "", text.len);
    buffer_printf(out, ",\"index\":%zu,\"logprobs\":", index);
    if (logprobs != NULL) {
        json_write_value(out, logprobs);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"finish_reason\":");
    openai_write_finish_reason(out, finish);
    buffer_append_char(out, '}');
}

static enum finish_reason whole_finish(enum finish_reason reason)
{
    return reason == FINISH_NONE ? FINISH_STOP : reason;
}

static void completions_encode_response(struct buffer *out, const struct canon_response *response,
                                        const struct reply_context *context)
{
    write_head(out, context);
    buffer_append_cstr(out, ",\"choices\":[");
    write_choice(out, response->text, 0, response->logprobs, whole_finish(response->finish));
    for (size_t i = 0; i < response->more_choice_count; i++) {
        const struct canon_response *more = &response->more_choices[i];
        buffer_append_char(out, ',');
        write_choice(out, more->text, i + 1, more->logprobs, whole_finish(more->finish));
    }
    buffer_append_char(out, ']');
    if (response->usage.present) {
        write_usage(out, &response->usage);
    }
    buffer_append_char(out, '}');
}

struct completions_stream_state {
    bool usage_known;
    struct canon_usage usage;
};

static void write_chunk(struct buffer *out, const struct reply_context *context, struct slice text,
                        const struct json_value *logprobs, enum finish_reason finish)
{
    buffer_append_cstr(out, "data: ");
    write_head(out, context);
    buffer_append_cstr(out, ",\"choices\":[");
    write_choice(out, text, 0, logprobs, finish);
    buffer_append_cstr(out, "]}\n\n");
}

static void completions_encode_stream_event(struct buffer *out, void *opaque, const struct canon_event *event,
                                            const struct reply_context *context)
{
    struct completions_stream_state *state = opaque;
    switch (event->type) {
    case EVENT_TEXT:
        write_chunk(out, context, event->text, event->logprobs, FINISH_NONE);
        return;
    case EVENT_FINISH:
        write_chunk(out, context, SLICE_LITERAL(""), NULL, event->finish);
        return;
    case EVENT_USAGE:
        state->usage = event->usage;
        state->usage_known = true;
        return;
    case EVENT_END:
        if (context->include_usage && state->usage_known) {
            buffer_append_cstr(out, "data: ");
            write_head(out, context);
            buffer_append_cstr(out, ",\"choices\":[]");
            write_usage(out, &state->usage);
            buffer_append_cstr(out, "}\n\n");
        }
        buffer_append_cstr(out, "data: [DONE]\n\n");
        return;
    case EVENT_ERROR:
        openai_write_stream_error(out, event);
        return;
    default:
        /* The start, tool calls and anything a completion cannot carry: nothing to write. */
        return;
    }
}

/* The canonical fields a completions request can set; its "logprobs": N is also top_logprobs. */
static const char *const completions_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_PRESENCE_PENALTY] = "presence_penalty",
    [CANON_FIELD_FREQUENCY_PENALTY] = "frequency_penalty",
    [CANON_FIELD_MAX_TOKENS] = "max_tokens",
    [CANON_FIELD_CHOICE_COUNT] = "n",
    [CANON_FIELD_LOGPROBS] = "logprobs",
    [CANON_FIELD_TOP_LOGPROBS] = "logprobs",
    [CANON_FIELD_LOGIT_BIAS] = "logit_bias",
};

const struct client_dialect completions_dialect = {
    .name = "completions",
    .id_prefix = "cmpl-",
    .entries_field = "prompt",
    .decode_request = completions_decode_request,
    .encode_response = completions_encode_response,
    .stream_state_size = sizeof(struct completions_stream_state),
    .encode_stream_event = completions_encode_stream_event,
    .encode_error = openai_encode_error,
    .field_names = completions_field_names,
};
