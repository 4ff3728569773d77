/* The OpenAI dialect as clients speak it: requests in, chat.completion and
 * chat.completion.chunk out. Decoding validates types field by field, so a bad request
 * gets a 400 that names the field and never quotes its value (transforms/client_decode.h). */
#include <stddef.h>
#include <string.h>

#include "transforms/client_decode.h"
#include "transforms/openai.h"

static bool decode_image_part(struct client_decoder *decoder, const struct json_value *part, const char *path,
                              struct canon_part *out)
{
    char image_path[DECODE_PATH_SIZE];
    const struct json_value *image = decode_member(decoder, part, path, "image_url", JSON_OBJECT);
    if (image == NULL) {
        return false;
    }
    decode_path_member(image_path, path, "image_url");
    const struct json_value *url = decode_member(decoder, image, image_path, "url", JSON_STRING);
    const struct json_value *detail;
    if (url == NULL || !decode_optional_member(decoder, image, image_path, "detail", JSON_STRING, &detail)) {
        return false;
    }
    out->type = PART_IMAGE;
    out->image_url = decode_text(url);
    if (detail != NULL) {
        out->image_detail = decode_text(detail);
    }
    return true;
}

static bool decode_part(struct client_decoder *decoder, const struct json_value *part, const char *path,
                        bool images_allowed, struct canon_part *out)
{
    if (!decode_expect(decoder, part, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *type = decode_member(decoder, part, path, "type", JSON_STRING);
    if (type == NULL) {
        return false;
    }
    const char *type_name = type->string.text;
    if (strcmp(type_name, "text") == 0 || strcmp(type_name, "refusal") == 0) {
        const struct json_value *text = decode_member(decoder, part, path, type_name, JSON_STRING);
        if (text == NULL) {
            return false;
        }
        out->type = PART_TEXT;
        out->text = decode_text(text);
        return true;
    }
    if (strcmp(type_name, "image_url") == 0 && images_allowed) {
        return decode_image_part(decoder, part, path, out);
    }
    char type_path[DECODE_PATH_SIZE];
    return decode_refuse(decoder, decode_path_member(type_path, path, "type"),
                         "is a content part type lethe does not support");
}

/* content: a string, an array of parts, or (assistant with tool calls) null. */
static bool decode_content(struct client_decoder *decoder, const struct json_value *content, const char *path,
                           bool images_allowed, bool null_allowed, struct canon_message *message)
{
    if (content == NULL || content->type == JSON_NULL) {
        return null_allowed || decode_refuse(decoder, path, "is required");
    }
    if (content->type == JSON_STRING) {
        decode_single_text(decoder, content, message);
        return true;
    }
    if (content->type != JSON_ARRAY) {
        return decode_refuse(decoder, path, "must be a string or an array of content parts");
    }
    message->parts = arena_calloc(decoder->arena, content->array.count ? content->array.count : 1,
                                  sizeof *message->parts);
    for (size_t i = 0; i < content->array.count; i++) {
        char part_path[DECODE_PATH_SIZE];
        decode_path_index(part_path, path, i);
        if (!decode_part(decoder, content->array.items[i], part_path, images_allowed,
                         &message->parts[message->part_count])) {
            return false;
        }
        message->part_count++;
    }
    return true;
}

static bool decode_tool_call(struct client_decoder *decoder, const struct json_value *call, const char *path,
                             struct canon_part *part)
{
    char function_path[DECODE_PATH_SIZE];
    if (!decode_expect(decoder, call, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *id = decode_member(decoder, call, path, "id", JSON_STRING);
    const struct json_value *function = id ? decode_member(decoder, call, path, "function", JSON_OBJECT) : NULL;
    if (function == NULL) {
        return false;
    }
    decode_path_member(function_path, path, "function");
    const struct json_value *name = decode_member(decoder, function, function_path, "name", JSON_STRING);
    const struct json_value *arguments = name ? decode_member(decoder, function, function_path, "arguments",
                                                              JSON_STRING) : NULL;
    if (arguments == NULL) {
        return false;
    }
    part->type = PART_TOOL_CALL;
    part->tool_call_id = decode_text(id);
    part->tool_name = decode_text(name);
    part->tool_arguments = decode_text(arguments);
    return true;
}

static bool decode_tool_calls(struct client_decoder *decoder, const struct json_value *calls, const char *path,
                              struct canon_message *message)
{
    if (!decode_expect(decoder, calls, JSON_ARRAY, path)) {
        return false;
    }
    struct canon_part *parts = arena_calloc(decoder->arena, message->part_count + calls->array.count + 1,
                                            sizeof *parts);
    if (message->part_count) {
        memcpy(parts, message->parts, message->part_count * sizeof *parts);
    }
    message->parts = parts;
    for (size_t i = 0; i < calls->array.count; i++) {
        char call_path[DECODE_PATH_SIZE];
        decode_path_index(call_path, path, i);
        if (!decode_tool_call(decoder, calls->array.items[i], call_path, &message->parts[message->part_count])) {
            return false;
        }
        message->part_count++;
    }
    return true;
}

static bool decode_assistant_message(struct client_decoder *decoder, const struct json_value *value,
                                     const char *path, struct canon_message *message)
{
    char member_path[DECODE_PATH_SIZE];
    const struct json_value *tool_calls = json_get(value, "tool_calls");
    decode_path_member(member_path, path, "content");
    if (!decode_content(decoder, json_get(value, "content"), member_path, false, tool_calls != NULL, message)) {
        return false;
    }
    if (tool_calls == NULL || tool_calls->type == JSON_NULL) {
        return true;
    }
    return decode_tool_calls(decoder, tool_calls, decode_path_member(member_path, path, "tool_calls"), message);
}

/* A tool result is one part: the text parts of its content joined. */
static bool decode_tool_message(struct client_decoder *decoder, const struct json_value *value, const char *path,
                                struct canon_message *message)
{
    char content_path[DECODE_PATH_SIZE];
    const struct json_value *call_id = decode_member(decoder, value, path, "tool_call_id", JSON_STRING);
    if (call_id == NULL) {
        return false;
    }
    struct canon_message text = { 0 };
    decode_path_member(content_path, path, "content");
    if (!decode_content(decoder, json_get(value, "content"), content_path, false, false, &text)) {
        return false;
    }
    struct buffer joined;
    buffer_init(&joined, decoder->arena, 64);
    for (size_t i = 0; i < text.part_count; i++) {
        buffer_append(&joined, text.parts[i].text.ptr, text.parts[i].text.len);
    }
    message->parts = arena_calloc(decoder->arena, 1, sizeof *message->parts);
    message->parts[0].type = PART_TOOL_RESULT;
    message->parts[0].tool_call_id = decode_text(call_id);
    message->parts[0].text = slice_of(joined.data, joined.len);
    message->part_count = 1;
    return true;
}

static const struct decode_name roles[] = {
    { "system", ROLE_SYSTEM }, { "developer", ROLE_DEVELOPER }, { "user", ROLE_USER },
    { "assistant", ROLE_ASSISTANT }, { "tool", ROLE_TOOL },
};

static bool decode_message(struct client_decoder *decoder, const struct json_value *value, size_t index,
                           struct canon_message *message)
{
    char path[DECODE_PATH_SIZE];
    char member_path[DECODE_PATH_SIZE];
    decode_path_index(path, "messages", index);
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *role = decode_member(decoder, value, path, "role", JSON_STRING);
    const struct json_value *name;
    if (role == NULL || !decode_optional_member(decoder, value, path, "name", JSON_STRING, &name)) {
        return false;
    }
    if (name != NULL) {
        message->name = decode_text(name);
    }
    const struct decode_name *known = decode_lookup(roles, COUNT_OF(roles), role->string.text);
    if (known == NULL) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "role"),
                             "must be one of system, developer, user, assistant, tool");
    }
    message->role = (enum canon_role)known->value;
    decode_path_member(member_path, path, "content");
    switch (message->role) {
    case ROLE_SYSTEM:
    case ROLE_DEVELOPER:
        return decode_content(decoder, json_get(value, "content"), member_path, false, false, message);
    case ROLE_USER:
        return decode_content(decoder, json_get(value, "content"), member_path, true, false, message);
    case ROLE_ASSISTANT:
        return decode_assistant_message(decoder, value, path, message);
    case ROLE_TOOL:
        return decode_tool_message(decoder, value, path, message);
    }
    return true;
}

/* ---- top-level members, one decoder a row of openai_fields ---- */

static bool decode_messages(struct client_decoder *decoder, const struct request_field *field,
                            const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_ARRAY, field->name)) {
        return false;
    }
    request->messages = arena_calloc(decoder->arena, value->array.count + 1, sizeof *request->messages);
    for (size_t i = 0; i < value->array.count; i++) {
        if (!decode_message(decoder, value->array.items[i], i, &request->messages[i])) {
            return false;
        }
    }
    request->message_count = value->array.count;
    return true;
}

static bool decode_function_tool(struct client_decoder *decoder, const struct json_value *tool, const char *path,
                                 struct canon_tool *out)
{
    char member_path[DECODE_PATH_SIZE];
    const struct json_value *type = json_get(tool, "type");
    if (!json_is(type, JSON_STRING) || strcmp(type->string.text, "function") != 0) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "type"), "must be \"function\"");
    }
    const struct json_value *function = decode_member(decoder, tool, path, "function", JSON_OBJECT);
    decode_path_member(member_path, path, "function");
    return function != NULL && decode_tool_declaration(decoder, function, member_path, "parameters", false, out)
           && decode_tool_strict(decoder, function, member_path, out);
}

static bool decode_tools_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    (void)field;
    return decode_tools(decoder, value, decode_function_tool, request);
}

static const struct decode_name tool_choice_modes[] = {
    { "auto", TOOL_CHOICE_AUTO }, { "none", TOOL_CHOICE_NONE }, { "required", TOOL_CHOICE_REQUIRED },
};

/* "auto", "none", "required", or {"type":"function","function":{"name":…}}. */
static bool decode_tool_choice(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    const struct json_value *name = json_get(json_get(value, "function"), "name");
    const struct decode_name *mode = json_is(value, JSON_STRING)
                                     ? decode_lookup(tool_choice_modes, COUNT_OF(tool_choice_modes),
                                                     value->string.text)
                                     : NULL;
    if (mode != NULL) {
        request->tool_choice = (enum tool_choice_mode)mode->value;
        return true;
    }
    if (json_is(value, JSON_STRING) || !json_is(name, JSON_STRING)) {
        return decode_refuse(decoder, field->name, "must be auto, none, required or a function");
    }
    request->tool_choice = TOOL_CHOICE_FUNCTION;
    request->tool_choice_name = decode_text(name);
    return true;
}

static const struct decode_name response_formats[] = {
    { "text", RESPONSE_FORMAT_TEXT }, { "json_object", RESPONSE_FORMAT_JSON_OBJECT },
    { "json_schema", RESPONSE_FORMAT_JSON_SCHEMA },
};

static bool decode_response_format(struct client_decoder *decoder, const struct request_field *field,
                                   const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    const struct json_value *type = decode_member(decoder, value, field->name, "type", JSON_STRING);
    if (type == NULL) {
        return false;
    }
    const struct decode_name *format = decode_lookup(response_formats, COUNT_OF(response_formats),
                                                     type->string.text);
    if (format == NULL) {
        return decode_refuse(decoder, "response_format.type", "must be text, json_object or json_schema");
    }
    request->response_format = (enum response_format_type)format->value;
    if (request->response_format != RESPONSE_FORMAT_JSON_SCHEMA) {
        return true;
    }
    request->json_schema = decode_member(decoder, value, field->name, "json_schema", JSON_OBJECT);
    return request->json_schema != NULL;
}

enum { MAX_TOP_LOGPROBS = 20 };

/* Every top-level member lethe reads. A row without a decoder is accepted and deliberately
 * not forwarded: it does not change the answer, and the less that leaves, the better
 * (store: a provider must not keep the prompt). */
static const struct request_field openai_fields[] = {
    { "model", decode_string_field, FIELD_REQUIRED, REQUEST_MEMBER(model), 0, 0 },
    { "messages", decode_messages, 0, 0, 0, 0 },
    { "stream", decode_bool_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(stream), 0, 0 },
    { "stream_options", decode_stream_options_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "temperature", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(temperature), 0, 2 },
    { "top_p", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(top_p), 0, 1 },
    { "presence_penalty", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(presence_penalty), -2, 2 },
    { "frequency_penalty", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(frequency_penalty), -2, 2 },
    { "max_tokens", decode_positive_integer_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(max_tokens), 0, 0 },
    { "max_completion_tokens", decode_positive_integer_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(max_tokens),
      0, 0 },
    { "seed", decode_seed_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "n", decode_choice_count_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "logprobs", decode_bool_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(logprobs), 0, 0 },
    { "top_logprobs", decode_top_logprobs_field, FIELD_NULL_IS_ABSENT, 0, 0, MAX_TOP_LOGPROBS },
    { "logit_bias", decode_logit_bias_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "stop", decode_stop_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "tools", decode_tools_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "tool_choice", decode_tool_choice, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "parallel_tool_calls", decode_parallel_tool_calls_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "response_format", decode_response_format, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "reasoning_effort", decode_string_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(reasoning_effort), 0, 0 },
    { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 },
    { .name = "user" },
    { .name = "safety_identifier" },
    { .name = "metadata" },
    { .name = "store" },
    { .name = "service_tier" },
    { .name = "prompt_cache_key" },
};

static bool openai_decode_request(struct arena *arena, const struct json_value *body,
                                  struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    if (!decode_request_fields(&decoder, body, openai_fields, COUNT_OF(openai_fields), request)) {
        return false;
    }
    if (request->messages == NULL || request->message_count == 0) {
        return decode_refuse(&decoder, "messages", "must be a non-empty array");
    }
    if (!decode_check_streamed_choices(&decoder, request)) {
        return false;
    }
    if (request->has_top_logprobs && !request->logprobs) {
        return decode_refuse(&decoder, "top_logprobs", "requires logprobs: true");
    }
    return true;
}

/* ---- replies ---- */

void openai_write_finish_reason(struct buffer *out, enum finish_reason reason)
{
    const char *name = finish_reason_to_name(openai_finish_reasons, reason, NULL);
    if (name == NULL) {
        buffer_append_cstr(out, "null");
    } else {
        json_write_cstring(out, name);
    }
}

/* Once per answer: plain appends, no printf. */
static void write_usage(struct buffer *out, const struct canon_usage *usage)
{
    buffer_append_cstr(out, "{\"prompt_tokens\":");
    buffer_append_integer(out, usage->prompt_tokens);
    buffer_append_cstr(out, ",\"completion_tokens\":");
    buffer_append_integer(out, usage->completion_tokens);
    buffer_append_cstr(out, ",\"total_tokens\":");
    buffer_append_integer(out, usage->total_tokens ? usage->total_tokens
                                                   : usage->prompt_tokens + usage->completion_tokens);
    if (usage->cached_tokens >= 0) {
        buffer_append_cstr(out, ",\"prompt_tokens_details\":{\"cached_tokens\":");
        buffer_append_integer(out, usage->cached_tokens);
        buffer_append_char(out, '}');
    }
    if (usage->reasoning_tokens >= 0) {
        buffer_append_cstr(out, ",\"completion_tokens_details\":{\"reasoning_tokens\":");
        buffer_append_integer(out, usage->reasoning_tokens);
        buffer_append_char(out, '}');
    }
    buffer_append_char(out, '}');
}

static void write_tool_call(struct buffer *out, int index, struct slice id, struct slice name,
                            struct slice arguments, bool with_index)
{
    buffer_append_char(out, '{');
    if (with_index) {
        buffer_printf(out, "\"index\":%d,", index);
    }
    if (id.ptr != NULL) {
        buffer_append_cstr(out, "\"id\":");
        json_write_string(out, id.ptr, id.len);
        buffer_append_cstr(out, ",\"type\":\"function\",");
    }
    buffer_append_cstr(out, "\"function\":{");
    if (name.ptr != NULL) {
        buffer_append_cstr(out, "\"name\":");
        json_write_string(out, name.ptr, name.len);
        buffer_append_char(out, ',');
    }
    buffer_append_cstr(out, "\"arguments\":");
    json_write_string(out, arguments.ptr ? arguments.ptr : "", arguments.len);
    buffer_append_cstr(out, "}}");
}

void openai_write_answer_head(struct buffer *out, const char *object, const struct reply_context *context)
{
    /* Once per stream event: plain appends, no printf. */
    buffer_append_cstr(out, "{\"id\":");
    json_write_cstring(out, context->id);
    buffer_append_cstr(out, ",\"object\":\"");
    buffer_append_cstr(out, object);
    buffer_append_cstr(out, "\",\"created\":");
    buffer_append_integer(out, context->created);
    buffer_append_cstr(out, ",\"model\":");
    json_write_cstring(out, context->model);
}

void openai_write_stream_error(struct buffer *out, const struct canon_event *event)
{
    buffer_append_cstr(out, "data: {\"error\":{\"message\":");
    json_write_string(out, event->text.ptr, event->text.len);
    buffer_printf(out, ",\"type\":\"%s\",\"param\":null,\"code\":\"%d\"}}\n\n",
                  event->error_status >= 500 ? "server_error" : "invalid_request_error", event->error_status);
}

/* A choice's logprobs as the provider wrote them (OpenAI format), or null. */
static void write_logprobs(struct buffer *out, const struct json_value *logprobs)
{
    buffer_append_cstr(out, ",\"logprobs\":");
    if (logprobs != NULL) {
        json_write_value(out, logprobs);
    } else {
        buffer_append_cstr(out, "null");
    }
}

static void write_choice(struct buffer *out, const struct canon_response *response, size_t index)
{
    buffer_append_cstr(out, "{\"index\":");
    buffer_append_integer(out, (long long)index);
    buffer_append_cstr(out, ",\"message\":{\"role\":\"assistant\",\"content\":");
    if (response->text.ptr != NULL || response->tool_call_count == 0) {
        json_write_string(out, response->text.ptr ? response->text.ptr : "", response->text.len);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"refusal\":");
    if (response->refusal.ptr != NULL) {
        json_write_string(out, response->refusal.ptr, response->refusal.len);
    } else {
        buffer_append_cstr(out, "null");
    }
    if (response->reasoning.len) {
        buffer_append_cstr(out, ",\"reasoning_content\":");    /* as in the stream, DeepSeek's name */
        json_write_string(out, response->reasoning.ptr, response->reasoning.len);
    }
    if (response->tool_call_count != 0) {
        buffer_append_cstr(out, ",\"tool_calls\":[");
        for (size_t i = 0; i < response->tool_call_count; i++) {
            const struct canon_tool_call *call = &response->tool_calls[i];
            if (i) {
                buffer_append_char(out, ',');
            }
            write_tool_call(out, (int)i, call->id, call->name, call->arguments, false);
        }
        buffer_append_char(out, ']');
    }
    buffer_append_char(out, '}');
    write_logprobs(out, response->logprobs);
    buffer_append_cstr(out, ",\"finish_reason\":");
    openai_write_finish_reason(out, response->finish == FINISH_NONE ? FINISH_STOP : response->finish);
    buffer_append_char(out, '}');
}

static void openai_encode_response(struct buffer *out, const struct canon_response *response,
                                   const struct reply_context *context)
{
    openai_write_answer_head(out, "chat.completion", context);
    buffer_append_cstr(out, ",\"choices\":[");
    write_choice(out, response, 0);
    for (size_t i = 0; i < response->more_choice_count; i++) {
        buffer_append_char(out, ',');
        write_choice(out, &response->more_choices[i], i + 1);
    }
    buffer_append_char(out, ']');
    if (response->usage.present) {
        buffer_append_cstr(out, ",\"usage\":");
        write_usage(out, &response->usage);
    }
    buffer_append_char(out, '}');
}

struct openai_stream_state {
    bool role_sent;
    bool usage_known;
    struct canon_usage usage;
    /* What every chunk starts with ("data: ", the id, object, created, model and the opening
     * of "choices"), the same through a stream: written once, at the first chunk, into the
     * arena (a stream waiting for its first byte holds none of it), and copied after. Only
     * the model can change (when a provider names its own): where its text stands in the
     * copy is kept, and each chunk compares the model against it. */
    char *chunk_head;
    size_t chunk_head_len;
    size_t model_at;
    size_t model_len;
};

/* JSON writes the name as it is: no byte of it needs an escape. */
static bool written_as_is(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x20 || c == '"' || c == '\\') {
            return false;
        }
    }
    return true;
}

static void begin_chunk(struct buffer *out, struct openai_stream_state *state, const struct reply_context *context)
{
    size_t model_len = strlen(context->model);
    if (state->chunk_head != NULL && model_len == state->model_len
        && memcmp(state->chunk_head + state->model_at, context->model, model_len) == 0) {
        buffer_append(out, state->chunk_head, state->chunk_head_len);
        return;
    }
    size_t start = out->len;
    buffer_append(out, "data: ", 6);
    openai_write_answer_head(out, "chat.completion.chunk", context);
    static const char choices[] = ",\"choices\":[";
    buffer_append(out, choices, sizeof choices - 1);
    state->chunk_head = NULL;
    if (!written_as_is(context->model, model_len)) {
        return;                               /* written in full for every chunk, as before */
    }
    size_t len = out->len - start;
    state->chunk_head = arena_alloc(out->arena, len);
    memcpy(state->chunk_head, out->data + start, len);
    state->chunk_head_len = len;
    state->model_len = model_len;
    state->model_at = len - (sizeof choices - 1) - 1 - model_len;      /* before '"' and choices */
}

static void end_chunk(struct buffer *out, const struct reply_context *context)
{
    buffer_append_char(out, ']');
    if (context->include_usage) {
        buffer_append_cstr(out, ",\"usage\":null");
    }
    buffer_append_cstr(out, "}\n\n");
}

static void ensure_role_sent(struct buffer *out, struct openai_stream_state *state,
                             const struct reply_context *context)
{
    if (state->role_sent) {
        return;
    }
    state->role_sent = true;
    begin_chunk(out, state, context);
    buffer_append_cstr(out, "{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                            "\"logprobs\":null,\"finish_reason\":null}");
    end_chunk(out, context);
}

static void openai_encode_stream_event(struct buffer *out, void *opaque, const struct canon_event *event,
                                       const struct reply_context *context)
{
    struct openai_stream_state *state = opaque;
    switch (event->type) {
    case EVENT_START:
        return;
    case EVENT_REASONING:
        /* Chat Completions has no field for thinking: reasoning_content, as DeepSeek and vLLM
         * send it, which the OpenAI SDKs pass through and ignore. */
        if (event->text.len == 0) {
            return;
        }
        ensure_role_sent(out, state, context);
        begin_chunk(out, state, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{\"reasoning_content\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_append_cstr(out, "},\"logprobs\":null,\"finish_reason\":null}");
        end_chunk(out, context);
        return;
    case EVENT_TEXT:
        ensure_role_sent(out, state, context);
        begin_chunk(out, state, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{\"content\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_append_char(out, '}');
        write_logprobs(out, event->logprobs);
        buffer_append_cstr(out, ",\"finish_reason\":null}");
        end_chunk(out, context);
        return;
    case EVENT_TOOL_CALL:
        ensure_role_sent(out, state, context);
        begin_chunk(out, state, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{\"tool_calls\":[");
        write_tool_call(out, event->tool_index, event->tool_id, event->tool_name, event->tool_arguments, true);
        buffer_append_cstr(out, "]},\"logprobs\":null,\"finish_reason\":null}");
        end_chunk(out, context);
        return;
    case EVENT_FINISH:
        ensure_role_sent(out, state, context);
        begin_chunk(out, state, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":");
        openai_write_finish_reason(out, event->finish);
        buffer_append_char(out, '}');
        end_chunk(out, context);
        return;
    case EVENT_USAGE:
        state->usage = event->usage;
        state->usage_known = true;
        return;
    case EVENT_END:
        ensure_role_sent(out, state, context);
        if (context->include_usage && state->usage_known) {
            buffer_append(out, "data: ", 6);
            openai_write_answer_head(out, "chat.completion.chunk", context);
            buffer_append_cstr(out, ",\"choices\":[],\"usage\":");
            write_usage(out, &state->usage);
            buffer_append_cstr(out, "}\n\n");
        }
        buffer_append_cstr(out, "data: [DONE]\n\n");
        return;
    case EVENT_ERROR:
        openai_write_stream_error(out, event);
        return;
    }
}

void openai_encode_error(struct buffer *out, int status, const char *type, const char *code,
                                const char *param, const char *message, const char *attempts_json)
{
    (void)status;
    buffer_append_cstr(out, "{\"error\":{\"message\":");
    json_write_cstring(out, message);
    buffer_append_cstr(out, ",\"type\":");
    json_write_cstring(out, type);
    buffer_append_cstr(out, ",\"param\":");
    if (param != NULL && param[0] != '\0') {
        json_write_cstring(out, param);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"code\":");
    if (code != NULL) {
        json_write_cstring(out, code);
    } else {
        buffer_append_cstr(out, "null");
    }
    if (attempts_json != NULL) {
        buffer_append_cstr(out, ",\"attempts\":");
        buffer_append_cstr(out, attempts_json);
    }
    buffer_append_cstr(out, "}}");
}

/* Chat Completions' own names: the canonical request follows them. */
static const char *const openai_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_IMAGE_URL] = "image_url.url",
    [CANON_FIELD_TOOL_ARGUMENTS] = "tool_calls.function.arguments",
    [CANON_FIELD_TOOL_RESULT_CALL_ID] = "tool_call_id",
    [CANON_FIELD_PRESENCE_PENALTY] = "presence_penalty",
    [CANON_FIELD_FREQUENCY_PENALTY] = "frequency_penalty",
    [CANON_FIELD_RESPONSE_FORMAT] = "response_format",
    [CANON_FIELD_MAX_TOKENS] = "max_tokens",
    [CANON_FIELD_CHOICE_COUNT] = "n",
    [CANON_FIELD_LOGPROBS] = "logprobs",
    [CANON_FIELD_TOP_LOGPROBS] = "top_logprobs",
    [CANON_FIELD_LOGIT_BIAS] = "logit_bias",
};

const struct client_dialect openai_dialect = {
    .name = "openai",
    .id_prefix = "chatcmpl-",
    .entries_field = "messages",
    .decode_request = openai_decode_request,
    .encode_response = openai_encode_response,
    .stream_state_size = sizeof(struct openai_stream_state),
    .encode_stream_event = openai_encode_stream_event,
    .encode_error = openai_encode_error,
    .field_names = openai_field_names,
};
