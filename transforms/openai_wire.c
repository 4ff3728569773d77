/* The OpenAI format as providers speak it: the request lethe sends to any
 * OpenAI-compatible base URL, and the chat.completion / chunk answers it reads back. */
#include <string.h>

#include "transforms/openai.h"
#include "transforms/operations.h"

static void openai_build_url(struct buffer *out, const char *base_url, struct slice model,
                              const struct canon_request *request)
{
    (void)model;
    canon_write_endpoint_url(out, base_url,
                             request->operation == OPERATION_COMPLETION ? "/completions" : "/chat/completions");
}

static void write_string_member(struct buffer *out, const char *key, struct slice value, bool *first)
{
    json_write_key(out, key, first);
    json_write_string(out, value.ptr ? value.ptr : "", value.len);
}

static void write_text_or_parts(struct buffer *out, const struct canon_message *message)
{
    size_t text_parts = 0;
    bool only_text = true;
    for (size_t i = 0; i < message->part_count; i++) {
        if (message->parts[i].type == PART_TEXT) {
            text_parts++;
        } else if (message->parts[i].type == PART_IMAGE) {
            only_text = false;
        }
    }
    if (only_text && text_parts == 1) {
        for (size_t i = 0; i < message->part_count; i++) {
            if (message->parts[i].type == PART_TEXT) {
                json_write_string(out, message->parts[i].text.ptr, message->parts[i].text.len);
            }
        }
        return;
    }
    if (only_text && text_parts == 0) {
        buffer_append_cstr(out, message->role == ROLE_ASSISTANT ? "null" : "\"\"");
        return;
    }
    buffer_append_char(out, '[');
    bool first = true;
    for (size_t i = 0; i < message->part_count; i++) {
        const struct canon_part *part = &message->parts[i];
        if (part->type != PART_TEXT && part->type != PART_IMAGE) {
            continue;
        }
        if (!first) {
            buffer_append_char(out, ',');
        }
        first = false;
        if (part->type == PART_TEXT) {
            buffer_append_cstr(out, "{\"type\":\"text\",\"text\":");
            json_write_string(out, part->text.ptr, part->text.len);
            buffer_append_char(out, '}');
            continue;
        }
        buffer_append_cstr(out, "{\"type\":\"image_url\",\"image_url\":{\"url\":");
        json_write_string(out, part->image_url.ptr, part->image_url.len);
        if (part->image_detail.len) {
            buffer_append_cstr(out, ",\"detail\":");
            json_write_string(out, part->image_detail.ptr, part->image_detail.len);
        }
        buffer_append_cstr(out, "}}");
    }
    buffer_append_char(out, ']');
}

static void write_message(struct buffer *out, const struct canon_message *message)
{
    bool first = true;
    buffer_append_char(out, '{');
    json_write_key(out, "role", &first);
    json_write_cstring(out, canon_role_name(message->role));
    if (message->name.ptr != NULL) {
        write_string_member(out, "name", message->name, &first);
    }
    if (message->role == ROLE_TOOL) {
        const struct canon_part *result = &message->parts[0];
        write_string_member(out, "tool_call_id", result->tool_call_id, &first);
        write_string_member(out, "content", result->text, &first);
        buffer_append_char(out, '}');
        return;
    }
    json_write_key(out, "content", &first);
    write_text_or_parts(out, message);
    bool calls_open = false;
    for (size_t i = 0; i < message->part_count; i++) {
        const struct canon_part *part = &message->parts[i];
        if (part->type != PART_TOOL_CALL) {
            continue;
        }
        buffer_append_cstr(out, calls_open ? "," : ",\"tool_calls\":[");
        calls_open = true;
        buffer_append_cstr(out, "{\"id\":");
        json_write_string(out, part->tool_call_id.ptr, part->tool_call_id.len);
        buffer_append_cstr(out, ",\"type\":\"function\",\"function\":{\"name\":");
        json_write_string(out, part->tool_name.ptr, part->tool_name.len);
        buffer_append_cstr(out, ",\"arguments\":");
        json_write_string(out, part->tool_arguments.ptr, part->tool_arguments.len);
        buffer_append_cstr(out, "}}");
    }
    if (calls_open) {
        buffer_append_char(out, ']');
    }
    buffer_append_char(out, '}');
}

static void write_tools(struct buffer *out, const struct canon_request *request, bool *first)
{
    json_write_key(out, "tools", first);
    buffer_append_char(out, '[');
    for (size_t i = 0; i < request->tool_count; i++) {
        const struct canon_tool *tool = &request->tools[i];
        bool tool_first = true;
        buffer_append_cstr(out, i ? ",{\"type\":\"function\",\"function\":{" : "{\"type\":\"function\",\"function\":{");
        write_string_member(out, "name", tool->name, &tool_first);
        if (tool->description.ptr != NULL) {
            write_string_member(out, "description", tool->description, &tool_first);
        }
        if (tool->parameters != NULL) {
            json_write_key(out, "parameters", &tool_first);
            json_write_value(out, tool->parameters);
        }
        if (tool->strict >= 0) {
            json_write_key(out, "strict", &tool_first);
            buffer_append_cstr(out, tool->strict ? "true" : "false");
        }
        buffer_append_cstr(out, "}}");
    }
    buffer_append_char(out, ']');
    if (request->tool_choice == TOOL_CHOICE_UNSET) {
        return;
    }
    json_write_key(out, "tool_choice", first);
    switch (request->tool_choice) {
    case TOOL_CHOICE_AUTO: buffer_append_cstr(out, "\"auto\""); break;
    case TOOL_CHOICE_NONE: buffer_append_cstr(out, "\"none\""); break;
    case TOOL_CHOICE_REQUIRED: buffer_append_cstr(out, "\"required\""); break;
    default:
        buffer_append_cstr(out, "{\"type\":\"function\",\"function\":{\"name\":");
        json_write_string(out, request->tool_choice_name.ptr, request->tool_choice_name.len);
        buffer_append_cstr(out, "}}");
    }
}

static void write_number_member(struct buffer *out, const char *key, struct canon_number number, bool *first)
{
    if (!number.set) {
        return;
    }
    json_write_key(out, key, first);
    json_write_double(out, number.value);
}

/* The OpenAI-only members every operation may carry: n, logprobs, logit_bias. A chat's
 * logprobs are a flag and a count; a legacy completion's are the count alone. */
static void write_pass_through(struct buffer *out, const struct canon_request *request, bool *first)
{
    if (request->choice_count > 1) {          /* one choice is every provider's default: not sent */
        json_write_key(out, "n", first);
        json_write_integer(out, request->choice_count);
    }
    if (request->operation == OPERATION_COMPLETION) {
        if (request->logprobs) {
            json_write_key(out, "logprobs", first);
            json_write_integer(out, request->top_logprobs);
        }
    } else if (request->logprobs) {
        json_write_key(out, "logprobs", first);
        buffer_append_cstr(out, "true");
        if (request->has_top_logprobs) {
            json_write_key(out, "top_logprobs", first);
            json_write_integer(out, request->top_logprobs);
        }
    }
    if (request->logit_bias != NULL) {
        json_write_key(out, "logit_bias", first);
        json_write_value(out, request->logit_bias);
    }
}

/* The sampling members chat and legacy completions share. */
static void write_sampling(struct buffer *out, const struct canon_request *request, bool *first)
{
    if (request->stream) {
        /* Always ask for usage: lethe needs token counts for metrics and cost even when
         * the client did not ask to see them. */
        json_write_key(out, "stream", first);
        buffer_append_cstr(out, "true,\"stream_options\":{\"include_usage\":true}");
    }
    write_number_member(out, "temperature", request->temperature, first);
    write_number_member(out, "top_p", request->top_p, first);
    write_number_member(out, "presence_penalty", request->presence_penalty, first);
    write_number_member(out, "frequency_penalty", request->frequency_penalty, first);
    if (request->max_tokens > 0) {
        json_write_key(out, "max_tokens", first);
        json_write_integer(out, request->max_tokens);
    }
    if (request->has_seed) {
        json_write_key(out, "seed", first);
        json_write_integer(out, request->seed);
    }
    if (request->stop_count) {
        json_write_key(out, "stop", first);
        json_write_string_array(out, request->stop, request->stop_count);
    }
    write_pass_through(out, request, first);
}

/* A legacy completion: the prompt is the first text part of the one message, the suffix
 * (has_suffix) its second (completions_client.c). */
static bool encode_completion_request(struct buffer *out, const struct canon_request *request, struct slice model)
{
    const struct canon_message *message = request->message_count ? &request->messages[0] : NULL;
    size_t parts = message != NULL ? message->part_count : 0;
    bool first = true;
    buffer_append_char(out, '{');
    write_string_member(out, "model", model, &first);
    write_string_member(out, "prompt", parts > 0 ? message->parts[0].text : (struct slice){ NULL, 0 }, &first);
    write_sampling(out, request, &first);
    if (request->echo) {
        json_write_key(out, "echo", &first);
        buffer_append_cstr(out, "true");
    }
    if (request->has_suffix && parts > 1) {
        write_string_member(out, "suffix", message->parts[1].text, &first);
    }
    buffer_append_char(out, '}');
    return true;
}

/* json_schema as Chat Completions wants it, {name, schema, strict, description}, whichever
 * dialect gave it: Chat's own object, Responses' flat text.format, Anthropic's {type, schema}
 * (which has no name: "response", as the OpenAI SDKs name an unnamed one). */
static void write_response_format(struct buffer *out, const struct canon_request *request)
{
    if (request->response_format != RESPONSE_FORMAT_JSON_SCHEMA) {
        buffer_append_cstr(out, request->response_format == RESPONSE_FORMAT_TEXT
                                ? "{\"type\":\"text\"}" : "{\"type\":\"json_object\"}");
        return;
    }
    const struct json_value *format = request->json_schema;
    struct slice name = json_get_string(format, "name");
    struct slice description = json_get_string(format, "description");
    const struct json_value *strict = json_get(format, "strict");
    const struct json_value *schema = json_get(format, "schema");
    bool first = true;
    buffer_append_cstr(out, "{\"type\":\"json_schema\",\"json_schema\":{");
    write_string_member(out, "name", name.ptr != NULL ? name : SLICE_LITERAL("response"), &first);
    if (description.ptr != NULL) {
        write_string_member(out, "description", description, &first);
    }
    if (schema != NULL) {
        json_write_key(out, "schema", &first);
        json_write_value(out, schema);
    }
    if (json_is(strict, JSON_BOOL)) {
        json_write_key(out, "strict", &first);
        buffer_append_cstr(out, strict->boolean ? "true" : "false");
    }
    buffer_append_cstr(out, "}}");
}

static bool openai_encode_request(struct buffer *out, const struct canon_request *request,
                                  struct slice model, struct format_error *error)
{
    if (request->top_k > 0) {
        /* Sampling from the top k tokens changes the answer: refused, not dropped. */
        return format_error_refuse_field(error, CANON_FIELD_TOP_K, "is not supported by this provider");
    }
    if (request->operation == OPERATION_COMPLETION) {
        return encode_completion_request(out, request, model);
    }
    bool first = true;
    buffer_append_char(out, '{');
    write_string_member(out, "model", model, &first);
    json_write_key(out, "messages", &first);
    buffer_append_char(out, '[');
    for (size_t i = 0; i < request->message_count; i++) {
        if (i) {
            buffer_append_char(out, ',');
        }
        write_message(out, &request->messages[i]);
    }
    buffer_append_char(out, ']');
    write_sampling(out, request, &first);
    if (request->tool_count) {
        write_tools(out, request, &first);
    }
    if (request->parallel_tool_calls >= 0 && request->tool_count) {
        json_write_key(out, "parallel_tool_calls", &first);
        buffer_append_cstr(out, request->parallel_tool_calls ? "true" : "false");
    }
    if (request->response_format != RESPONSE_FORMAT_UNSET) {
        json_write_key(out, "response_format", &first);
        write_response_format(out, request);
    }
    struct slice effort = canon_reasoning_effort(request);
    if (effort.ptr != NULL) {
        write_string_member(out, "reasoning_effort", effort, &first);
    }
    buffer_append_char(out, '}');
    return true;
}

/* ---- answers ---- */

/* Read both ways (canonical.h): by openai_wire from providers, by openai_dialect to clients. */
const struct finish_reason_name openai_finish_reasons[] = {
    { FINISH_STOP, "stop" },
    { FINISH_STOP_SEQUENCE, "stop" },
    { FINISH_LENGTH, "length" },
    { FINISH_TOOL_CALLS, "tool_calls" },
    { FINISH_CONTENT_FILTER, "content_filter" },
    { FINISH_ERROR, "stop" },            /* to clients, an answer cut by an error ends as a stop */
    /* Read only. Mistral's "error" and DeepSeek's "insufficient_system_resource" end the
     * answer early: not a normal stop. Unknown values count as stop (WIRE-FORMATS §12). */
    { FINISH_TOOL_CALLS, "function_call" },
    { FINISH_ERROR, "error" },
    { FINISH_ERROR, "insufficient_system_resource" },
    { FINISH_NONE, NULL },
};

static enum finish_reason parse_finish_reason(const struct json_value *value)
{
    return finish_reason_from_name(openai_finish_reasons, value, FINISH_STOP);
}

static const struct usage_names openai_usage_names = {
    .prompt = { "prompt_tokens" }, .completion = { "completion_tokens" }, .total = "total_tokens",
};

static void parse_usage(const struct json_value *value, struct canon_usage *usage)
{
    if (!canon_usage_read(value, &openai_usage_names, usage)) {
        return;
    }
    usage->cached_tokens = canon_usage_count(json_get(value, "prompt_tokens_details"), "cached_tokens", -1);
    usage->reasoning_tokens = canon_usage_count(json_get(value, "completion_tokens_details"), "reasoning_tokens", -1);
}

/* The thinking some OpenAI-compatible servers return beside the answer: DeepSeek and vLLM
 * as reasoning_content, OpenRouter and Ollama as reasoning. OpenAI itself returns none. */
static struct slice reasoning_text(const struct json_value *message_or_delta)
{
    struct slice text = json_get_string(message_or_delta, "reasoning_content");
    return text.ptr != NULL ? text : json_get_string(message_or_delta, "reasoning");
}

/* A logprobs member worth passing on: an object (chat, completions), never null. */
static const struct json_value *logprobs_of(const struct json_value *choice)
{
    const struct json_value *logprobs = json_get(choice, "logprobs");
    return json_is(logprobs, JSON_OBJECT) ? logprobs : NULL;
}

/* One choice of a chat.completion (its message) or of a text_completion (its text). */
static bool decode_choice(struct arena *arena, const struct json_value *choice, struct canon_response *response)
{
    const struct json_value *message = json_get(choice, "message");
    const struct json_value *text = json_get(choice, "text");
    response->finish = parse_finish_reason(json_get(choice, "finish_reason"));
    response->logprobs = logprobs_of(choice);
    if (!json_is(message, JSON_OBJECT)) {
        response->text = json_get_string(choice, "text");
        return json_is(text, JSON_STRING);
    }
    response->text = json_get_string(message, "content");
    response->refusal = json_get_string(message, "refusal");
    response->reasoning = reasoning_text(message);
    const struct json_value *calls = json_get(message, "tool_calls");
    if (json_is(calls, JSON_ARRAY) && calls->array.count) {
        response->tool_calls = arena_calloc(arena, calls->array.count, sizeof *response->tool_calls);
        for (size_t i = 0; i < calls->array.count; i++) {
            const struct json_value *function = json_get(calls->array.items[i], "function");
            struct canon_tool_call *call = &response->tool_calls[response->tool_call_count++];
            call->id = json_get_string(calls->array.items[i], "id");
            call->name = json_get_string(function, "name");
            call->arguments = json_get_string(function, "arguments");
        }
    }
    return true;
}

/* n > 1: choices 1.. in the order of their index (a provider lists them in order; one out of
 * place or repeated is refused rather than guessed at). */
static bool decode_more_choices(struct arena *arena, const struct json_value *choices,
                                struct canon_response *response)
{
    size_t count = choices->array.count;
    if (count < 2) {
        return true;
    }
    response->more_choices = arena_calloc(arena, count - 1, sizeof *response->more_choices);
    for (size_t i = 1; i < count; i++) {
        const struct json_value *choice = choices->array.items[i];
        struct canon_response *more = &response->more_choices[i - 1];
        canon_usage_init(&more->usage);
        if (json_get_integer(choice, "index", -1) != (long long)i || !decode_choice(arena, choice, more)) {
            return false;
        }
        response->more_choice_count++;
    }
    return true;
}

static bool openai_decode_response(struct arena *arena, const char *body, size_t len,
                                   struct canon_response *response, struct format_error *error)
{
    struct json_value *root = canon_response_begin(arena, body, len, 64, response);
    const struct json_value *choices = json_get(root, "choices");
    const struct json_value *choice = json_is(choices, JSON_ARRAY) && choices->array.count
                                      ? choices->array.items[0] : NULL;
    if (!json_is(choice, JSON_OBJECT) || !decode_choice(arena, choice, response)
        || !decode_more_choices(arena, choices, response)) {
        format_error_set(error, 502, "bad_gateway", NULL, "the provider's answer is not a chat completion");
        return false;
    }
    response->id = json_get_string(root, "id");
    response->model = json_get_string(root, "model");
    response->created = json_get_integer(root, "created", 0);
    parse_usage(json_get(root, "usage"), &response->usage);
    return true;
}

enum { JOINED_TOOL_CALLS = 64 };     /* tool calls whose argument pieces join split surrogate pairs */

struct openai_wire_state {
    bool started;
    struct surrogate_joiner text;                           /* choice 0's content */
    struct surrogate_joiner arguments[JOINED_TOOL_CALLS];   /* by tool call index */
};

/* A lone high surrogate held at the end of a piece stays lone once the stream moves on to
 * its finish, its end or an error: it is passed on as U+FFFD before those. */
static int release_held(struct openai_wire_state *state, canon_event_fn emit, void *context)
{
    struct canon_event text = { .type = EVENT_TEXT, .text = surrogate_joiner_release(&state->text) };
    int result = text.text.len ? emit(context, &text) : 0;
    for (int i = 0; result == 0 && i < JOINED_TOOL_CALLS; i++) {
        /* Checked before an event is built: this runs at every finish, over every slot. */
        if (state->arguments[i].high == 0) {
            continue;
        }
        struct canon_event call = { .type = EVENT_TOOL_CALL, .tool_index = i,
                                    .tool_arguments = surrogate_joiner_release(&state->arguments[i]) };
        result = emit(context, &call);
    }
    return result;
}

/* A tool call's piece of arguments, joined with the previous piece of the same call. */
static struct slice take_arguments(struct openai_wire_state *state, int tool_index, const struct json_value *piece,
                                   struct arena *scratch)
{
    if (tool_index < 0 || tool_index >= JOINED_TOOL_CALLS) {
        return json_is(piece, JSON_STRING) ? slice_of(piece->string.text, piece->string.len)
                                           : (struct slice){ NULL, 0 };
    }
    return surrogate_joiner_take(&state->arguments[tool_index], piece, scratch);
}

static int emit_error(canon_event_fn emit, void *context, const struct json_value *error_object)
{
    struct canon_event event = { .type = EVENT_ERROR, .error_status = 502 };
    long long code;
    if (json_number_integer(json_get(error_object, "code"), &code) && code >= 400 && code < 600) {
        event.error_status = (int)code;
    }
    /* The provider's own message may quote the prompt: it is not passed on. */
    event.text = SLICE_LITERAL("the provider reported an error during the stream");
    return emit(context, &event);
}

static int openai_decode_stream_event(void *opaque, struct arena *scratch, const struct sse_event *sse,
                                      canon_event_fn emit, void *context)
{
    struct openai_wire_state *state = opaque;
    int result;
    if (sse->data_len == 6 && memcmp(sse->data, "[DONE]", 6) == 0) {
        struct canon_event end = { .type = EVENT_END };
        return (result = release_held(state, emit, context)) != 0 ? result : emit(context, &end);
    }
    struct json_error json_error;
    struct json_value *chunk = json_parse_provider(scratch, sse->data, sse->data_len, 64, &json_error);
    if (!json_is(chunk, JSON_OBJECT)) {
        return -1;
    }
    const struct json_value *error = json_get(chunk, "error");
    if (json_is(error, JSON_OBJECT) || (sse->name_len == 5 && memcmp(sse->name, "error", 5) == 0)) {
        return (result = release_held(state, emit, context)) != 0 ? result : emit_error(emit, context, error);
    }
    const struct json_value *groq = json_get(chunk, "x_groq");
    if (json_is(json_get(groq, "error"), JSON_STRING)) {
        return (result = release_held(state, emit, context)) != 0 ? result : emit_error(emit, context, NULL);
    }
    result = 0;
    if (!state->started) {
        state->started = true;
        struct canon_event start = { .type = EVENT_START, .id = json_get_string(chunk, "id"),
                                     .model = json_get_string(chunk, "model") };
        if ((result = emit(context, &start)) != 0) {
            return result;
        }
    }
    const struct json_value *choices = json_get(chunk, "choices");
    const struct json_value *choice = json_is(choices, JSON_ARRAY) && choices->array.count
                                      ? choices->array.items[0] : NULL;
    const struct json_value *delta = json_get(choice, "delta");
    struct canon_event thinking = { .type = EVENT_REASONING, .text = reasoning_text(delta) };
    if (thinking.text.len && (result = emit(context, &thinking)) != 0) {
        return result;
    }
    /* A legacy completion's chunk has its piece as the choice's "text", and no delta. */
    const struct json_value *piece = delta != NULL ? json_get(delta, "content") : json_get(choice, "text");
    struct slice text = surrogate_joiner_take(&state->text, piece, scratch);
    if (text.len) {
        struct canon_event event = { .type = EVENT_TEXT, .text = text, .logprobs = logprobs_of(choice) };
        if ((result = emit(context, &event)) != 0) {
            return result;
        }
    }
    const struct json_value *calls = json_get(delta, "tool_calls");
    for (size_t i = 0; json_is(calls, JSON_ARRAY) && i < calls->array.count; i++) {
        const struct json_value *call = calls->array.items[i];
        const struct json_value *function = json_get(call, "function");
        int tool_index = (int)json_get_integer(call, "index", (long long)i);
        struct canon_event event = {
            .type = EVENT_TOOL_CALL,
            .tool_index = tool_index,
            .tool_id = json_get_string(call, "id"),
            .tool_name = json_get_string(function, "name"),
            .tool_arguments = take_arguments(state, tool_index, json_get(function, "arguments"), scratch),
        };
        if ((result = emit(context, &event)) != 0) {
            return result;
        }
    }
    enum finish_reason finish = parse_finish_reason(json_get(choice, "finish_reason"));
    if (finish != FINISH_NONE && (result = release_held(state, emit, context)) != 0) {
        return result;
    }
    if (finish == FINISH_ERROR) {
        return emit_error(emit, context, NULL);
    }
    if (finish != FINISH_NONE) {
        struct canon_event event = { .type = EVENT_FINISH, .finish = finish };
        if ((result = emit(context, &event)) != 0) {
            return result;
        }
    }
    const struct json_value *usage = json_get(chunk, "usage");
    if (json_is(usage, JSON_OBJECT)) {
        struct canon_event event = { .type = EVENT_USAGE };
        parse_usage(usage, &event.usage);
        result = emit(context, &event);
    }
    return result;
}

const struct wire_format openai_wire = {
    .type = "openai",
    .serves_completions = true,
    .build_url = openai_build_url,
    .encode_request = openai_encode_request,
    .decode_response = openai_decode_response,
    .stream_state_size = sizeof(struct openai_wire_state),
    .decode_stream_event = openai_decode_stream_event,
    .embedding = &openai_embedding_operation,
};
