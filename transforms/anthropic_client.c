/* The Anthropic dialect as clients speak it (the official SDKs, Claude-based tools):
 * Messages requests in, Message objects and the Messages event stream out. A user turn
 * that carries tool_result blocks becomes one canonical tool message per result, so any
 * provider can take it. */
#include <stdio.h>
#include <string.h>

#include "transforms/anthropic.h"

struct decoder {
    struct arena *arena;
    struct format_error *error;
};

static bool refuse(struct decoder *decoder, const char *param, const char *what)
{
    format_error_set(decoder->error, 400, "invalid_request_error", param, "%s: %s", param, what);
    return false;
}

static bool expect(struct decoder *decoder, const struct json_value *value, enum json_type type, const char *param)
{
    if (json_is(value, type)) {
        return true;
    }
    char what[48];
    snprintf(what, sizeof what, "must be %s", type == JSON_OBJECT ? "an object" : type == JSON_ARRAY ? "an array"
             : type == JSON_STRING ? "a string" : type == JSON_BOOL ? "a boolean" : "a number");
    return refuse(decoder, param, what);
}

static struct slice string_of(const struct json_value *value)
{
    return slice_of(value->string.text, value->string.len);
}

static bool decode_image(struct decoder *decoder, const struct json_value *block, const char *path,
                         struct canon_part *part)
{
    char param[96];
    const struct json_value *source = json_get(block, "source");
    bounded_printf(param, sizeof param, "%s.source", path);
    if (!expect(decoder, source, JSON_OBJECT, param)) {
        return false;
    }
    const struct json_value *type = json_get(source, "type");
    part->type = PART_IMAGE;
    if (json_is(type, JSON_STRING) && strcmp(type->string.text, "url") == 0) {
        const struct json_value *url = json_get(source, "url");
        bounded_printf(param, sizeof param, "%s.source.url", path);
        if (!expect(decoder, url, JSON_STRING, param)) {
            return false;
        }
        part->image_url = string_of(url);
        return true;
    }
    if (!json_is(type, JSON_STRING) || strcmp(type->string.text, "base64") != 0) {
        bounded_printf(param, sizeof param, "%s.source.type", path);
        return refuse(decoder, param, "must be base64 or url");
    }
    const struct json_value *media_type = json_get(source, "media_type");
    const struct json_value *data = json_get(source, "data");
    bounded_printf(param, sizeof param, "%s.source.media_type", path);
    if (!expect(decoder, media_type, JSON_STRING, param)) {
        return false;
    }
    bounded_printf(param, sizeof param, "%s.source.data", path);
    if (!expect(decoder, data, JSON_STRING, param)) {
        return false;
    }
    /* Canonical images are URLs; a data: URL carries base64 to every format. */
    char *url = arena_printf(decoder->arena, "data:%s;base64,%s", media_type->string.text, data->string.text);
    part->image_url = slice_of(url, strlen(url));
    return true;
}

static bool decode_tool_result_content(struct decoder *decoder, const struct json_value *content,
                                       const char *path, struct canon_part *part)
{
    if (content == NULL) {
        part->text = SLICE_LITERAL("");
        return true;
    }
    if (json_is(content, JSON_STRING)) {
        part->text = string_of(content);
        return true;
    }
    if (!expect(decoder, content, JSON_ARRAY, path)) {
        return false;
    }
    struct buffer joined;
    buffer_init(&joined, decoder->arena, 128);
    for (size_t i = 0; i < content->array.count; i++) {
        const struct json_value *block = content->array.items[i];
        const struct json_value *text = json_get(block, "text");
        if (!json_is(json_get(block, "type"), JSON_STRING) || strcmp(json_get(block, "type")->string.text, "text") != 0
            || !json_is(text, JSON_STRING)) {
            char param[96];
            bounded_printf(param, sizeof param, "%s[%zu]", path, i);
            return refuse(decoder, param, "only text blocks are supported in tool results");
        }
        buffer_append(&joined, text->string.text, text->string.len);
    }
    part->text = slice_of(joined.data, joined.len);
    return true;
}

static bool decode_block(struct decoder *decoder, const struct json_value *block, const char *path,
                         bool from_assistant, struct canon_part *part)
{
    char param[96];
    if (!expect(decoder, block, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *type = json_get(block, "type");
    bounded_printf(param, sizeof param, "%s.type", path);
    if (!expect(decoder, type, JSON_STRING, param)) {
        return false;
    }
    const char *name = type->string.text;
    if (strcmp(name, "text") == 0) {
        const struct json_value *text = json_get(block, "text");
        bounded_printf(param, sizeof param, "%s.text", path);
        if (!expect(decoder, text, JSON_STRING, param)) {
            return false;
        }
        part->type = PART_TEXT;
        part->text = string_of(text);
        return true;
    }
    if (strcmp(name, "image") == 0 && !from_assistant) {
        return decode_image(decoder, block, path, part);
    }
    if (strcmp(name, "tool_use") == 0 && from_assistant) {
        const struct json_value *id = json_get(block, "id");
        const struct json_value *tool = json_get(block, "name");
        const struct json_value *input = json_get(block, "input");
        bounded_printf(param, sizeof param, "%s.id", path);
        if (!expect(decoder, id, JSON_STRING, param)) {
            return false;
        }
        bounded_printf(param, sizeof param, "%s.name", path);
        if (!expect(decoder, tool, JSON_STRING, param)) {
            return false;
        }
        bounded_printf(param, sizeof param, "%s.input", path);
        if (!expect(decoder, input, JSON_OBJECT, param)) {
            return false;
        }
        struct buffer arguments;
        buffer_init(&arguments, decoder->arena, 128);
        json_write_value(&arguments, input);
        part->type = PART_TOOL_CALL;
        part->tool_call_id = string_of(id);
        part->tool_name = string_of(tool);
        part->tool_arguments = slice_of(arguments.data, arguments.len);
        return true;
    }
    if (strcmp(name, "tool_result") == 0 && !from_assistant) {
        const struct json_value *id = json_get(block, "tool_use_id");
        bounded_printf(param, sizeof param, "%s.tool_use_id", path);
        if (!expect(decoder, id, JSON_STRING, param)) {
            return false;
        }
        const struct json_value *is_error = json_get(block, "is_error");
        part->type = PART_TOOL_RESULT;
        part->tool_call_id = string_of(id);
        part->tool_is_error = json_is(is_error, JSON_BOOL) && is_error->boolean;
        bounded_printf(param, sizeof param, "%s.content", path);
        return decode_tool_result_content(decoder, json_get(block, "content"), param, part);
    }
    return refuse(decoder, param, "is a content block type lethe does not support here");
}

/* One Anthropic message may become several canonical ones: its tool results first, each
 * a tool message, then whatever else it says. */
static bool decode_message(struct decoder *decoder, const struct json_value *value, size_t index,
                           struct canon_request *request)
{
    char path[64];
    bounded_printf(path, sizeof path, "messages[%zu]", index);
    if (!expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *role = json_get(value, "role");
    bounded_printf(path, sizeof path, "messages[%zu].role", index);
    if (!json_is(role, JSON_STRING)
        || (strcmp(role->string.text, "user") != 0 && strcmp(role->string.text, "assistant") != 0)) {
        return refuse(decoder, path, "must be user or assistant");
    }
    bool from_assistant = role->string.text[0] == 'a';
    const struct json_value *content = json_get(value, "content");
    bounded_printf(path, sizeof path, "messages[%zu].content", index);
    struct canon_message *message = &request->messages[request->message_count];
    message->role = from_assistant ? ROLE_ASSISTANT : ROLE_USER;
    if (json_is(content, JSON_STRING)) {
        message->parts = arena_calloc(decoder->arena, 1, sizeof *message->parts);
        message->parts[0].type = PART_TEXT;
        message->parts[0].text = string_of(content);
        message->part_count = 1;
        request->message_count++;
        return true;
    }
    if (!json_is(content, JSON_ARRAY)) {
        return refuse(decoder, path, "must be a string or an array of content blocks");
    }
    struct canon_part *parts = arena_calloc(decoder->arena, content->array.count + 1, sizeof *parts);
    size_t part_count = 0;
    for (size_t i = 0; i < content->array.count; i++) {
        char block_path[96];
        bounded_printf(block_path, sizeof block_path, "messages[%zu].content[%zu]", index, i);
        struct canon_part part = { 0 };
        if (!decode_block(decoder, content->array.items[i], block_path, from_assistant, &part)) {
            return false;
        }
        if (part.type != PART_TOOL_RESULT) {
            parts[part_count++] = part;
            continue;
        }
        struct canon_message *result = &request->messages[request->message_count++];
        result->role = ROLE_TOOL;
        result->parts = arena_calloc(decoder->arena, 1, sizeof *result->parts);
        result->parts[0] = part;
        result->part_count = 1;
    }
    if (part_count != 0) {
        message = &request->messages[request->message_count++];
        message->role = from_assistant ? ROLE_ASSISTANT : ROLE_USER;
        message->parts = parts;
        message->part_count = part_count;
    }
    return true;
}

static bool decode_system(struct decoder *decoder, const struct json_value *system, struct canon_request *request)
{
    struct canon_message *message = &request->messages[request->message_count];
    message->role = ROLE_SYSTEM;
    if (json_is(system, JSON_STRING)) {
        message->parts = arena_calloc(decoder->arena, 1, sizeof *message->parts);
        message->parts[0].type = PART_TEXT;
        message->parts[0].text = string_of(system);
        message->part_count = 1;
        request->message_count++;
        return true;
    }
    if (!json_is(system, JSON_ARRAY)) {
        return refuse(decoder, "system", "must be a string or an array of text blocks");
    }
    message->parts = arena_calloc(decoder->arena, system->array.count + 1, sizeof *message->parts);
    for (size_t i = 0; i < system->array.count; i++) {
        char param[48];
        bounded_printf(param, sizeof param, "system[%zu]", i);
        const struct json_value *text = json_get(system->array.items[i], "text");
        if (!expect(decoder, text, JSON_STRING, param)) {
            return false;
        }
        message->parts[message->part_count].type = PART_TEXT;
        message->parts[message->part_count++].text = string_of(text);
    }
    request->message_count++;
    return true;
}

static bool decode_tools(struct decoder *decoder, const struct json_value *tools, struct canon_request *request)
{
    if (!expect(decoder, tools, JSON_ARRAY, "tools")) {
        return false;
    }
    request->tools = arena_calloc(decoder->arena, tools->array.count + 1, sizeof *request->tools);
    for (size_t i = 0; i < tools->array.count; i++) {
        const struct json_value *tool = tools->array.items[i];
        char param[64];
        bounded_printf(param, sizeof param, "tools[%zu]", i);
        if (!expect(decoder, tool, JSON_OBJECT, param)) {
            return false;
        }
        const struct json_value *type = json_get(tool, "type");
        if (type != NULL && (!json_is(type, JSON_STRING) || strcmp(type->string.text, "custom") != 0)) {
            bounded_printf(param, sizeof param, "tools[%zu].type", i);
            return refuse(decoder, param, "server tools are not supported: only client tools (name, input_schema)");
        }
        const struct json_value *name = json_get(tool, "name");
        const struct json_value *schema = json_get(tool, "input_schema");
        const struct json_value *description = json_get(tool, "description");
        bounded_printf(param, sizeof param, "tools[%zu].name", i);
        if (!expect(decoder, name, JSON_STRING, param)) {
            return false;
        }
        bounded_printf(param, sizeof param, "tools[%zu].input_schema", i);
        if (!expect(decoder, schema, JSON_OBJECT, param)) {
            return false;
        }
        struct canon_tool *out = &request->tools[request->tool_count++];
        out->name = string_of(name);
        out->parameters = schema;
        out->strict = -1;
        if (description != NULL) {
            bounded_printf(param, sizeof param, "tools[%zu].description", i);
            if (!expect(decoder, description, JSON_STRING, param)) {
                return false;
            }
            out->description = string_of(description);
        }
    }
    return true;
}

static bool decode_tool_choice(struct decoder *decoder, const struct json_value *choice, struct canon_request *request)
{
    if (!expect(decoder, choice, JSON_OBJECT, "tool_choice")) {
        return false;
    }
    const struct json_value *type = json_get(choice, "type");
    const char *name = json_is(type, JSON_STRING) ? type->string.text : "";
    if (strcmp(name, "auto") == 0) {
        request->tool_choice = TOOL_CHOICE_AUTO;
    } else if (strcmp(name, "any") == 0) {
        request->tool_choice = TOOL_CHOICE_REQUIRED;
    } else if (strcmp(name, "none") == 0) {
        request->tool_choice = TOOL_CHOICE_NONE;
    } else if (strcmp(name, "tool") == 0 && json_is(json_get(choice, "name"), JSON_STRING)) {
        request->tool_choice = TOOL_CHOICE_FUNCTION;
        request->tool_choice_name = string_of(json_get(choice, "name"));
    } else {
        return refuse(decoder, "tool_choice.type", "must be auto, any, none, or tool with a name");
    }
    const struct json_value *no_parallel = json_get(choice, "disable_parallel_tool_use");
    if (json_is(no_parallel, JSON_BOOL)) {
        request->parallel_tool_calls = !no_parallel->boolean;
    }
    return true;
}

static bool decode_number(struct decoder *decoder, const struct json_value *value, const char *param,
                          double high, struct canon_number *out)
{
    double number;
    if (!json_is(value, JSON_NUMBER)) {
        return expect(decoder, value, JSON_NUMBER, param);
    }
    /* A number beyond double range (1e400) is refused, never dropped. */
    if (!json_number_double(value, &number) || number < 0 || number > high) {
        return refuse(decoder, param, high == 1 ? "must be between 0 and 1" : "is out of range");
    }
    out->set = true;
    out->value = number;
    return true;
}

static bool decode_field(struct decoder *decoder, const struct json_member *member, struct canon_request *request)
{
    const char *key = member->key;
    const struct json_value *value = member->value;
    if (strcmp(key, "model") == 0) {
        if (!expect(decoder, value, JSON_STRING, "model")) {
            return false;
        }
        request->model = string_of(value);
        return true;
    }
    if (strcmp(key, "max_tokens") == 0) {
        if (!json_number_integer(value, &request->max_tokens) || request->max_tokens < 1) {
            return refuse(decoder, "max_tokens", "must be a positive integer");
        }
        return true;
    }
    if (strcmp(key, "stream") == 0) {
        if (!expect(decoder, value, JSON_BOOL, "stream")) {
            return false;
        }
        request->stream = value->boolean;
        return true;
    }
    if (strcmp(key, "temperature") == 0) {
        return decode_number(decoder, value, "temperature", 1, &request->temperature);
    }
    if (strcmp(key, "top_p") == 0) {
        return decode_number(decoder, value, "top_p", 1, &request->top_p);
    }
    if (strcmp(key, "top_k") == 0) {
        if (!json_number_integer(value, &request->top_k) || request->top_k < 1) {
            return refuse(decoder, "top_k", "must be a positive integer");
        }
        return true;
    }
    if (strcmp(key, "stop_sequences") == 0) {
        if (!json_is(value, JSON_ARRAY) || value->array.count > CANON_MAX_STOP) {
            return refuse(decoder, "stop_sequences", "must be an array of up to 4 strings");
        }
        for (size_t i = 0; i < value->array.count; i++) {
            if (!json_is(value->array.items[i], JSON_STRING)) {
                return refuse(decoder, "stop_sequences", "must be an array of up to 4 strings");
            }
            request->stop[request->stop_count++] = string_of(value->array.items[i]);
        }
        return true;
    }
    if (strcmp(key, "tools") == 0) {
        return decode_tools(decoder, value, request);
    }
    if (strcmp(key, "tool_choice") == 0) {
        return decode_tool_choice(decoder, value, request);
    }
    if (strcmp(key, "lethe") == 0) {
        request->gateway_options = value;
        return expect(decoder, value, JSON_OBJECT, "lethe");
    }
    /* Accepted, not forwarded: they do not change the answer. */
    if (strcmp(key, "metadata") == 0 || strcmp(key, "service_tier") == 0 || strcmp(key, "system") == 0
        || strcmp(key, "messages") == 0) {
        return true;
    }
    char param[64];
    bounded_printf(param, sizeof param, "%s", key);
    return refuse(decoder, param, "unsupported field: lethe refuses fields it cannot translate");
}

static bool anthropic_decode_request(struct arena *arena, const struct json_value *body,
                                     struct canon_request *request, struct format_error *error)
{
    struct decoder decoder = { .arena = arena, .error = error };
    memset(request, 0, sizeof *request);
    request->parallel_tool_calls = -1;
    if (!json_is(body, JSON_OBJECT)) {
        return refuse(&decoder, "body", "must be a JSON object");
    }
    for (size_t i = 0; i < body->object.count; i++) {
        /* A field given twice would add to what the first gave (stop_sequences, tools). */
        if (json_member_repeats(body, i)) {
            char param[64];
            bounded_printf(param, sizeof param, "%s", body->object.members[i].key);
            return refuse(&decoder, param, "is given twice");
        }
        if (!decode_field(&decoder, &body->object.members[i], request)) {
            return false;
        }
    }
    const struct json_value *messages = json_get(body, "messages");
    if (request->model.ptr == NULL) {
        return refuse(&decoder, "model", "is required");
    }
    if (request->max_tokens == 0) {
        return refuse(&decoder, "max_tokens", "is required");
    }
    if (!json_is(messages, JSON_ARRAY) || messages->array.count == 0) {
        return refuse(&decoder, "messages", "must be a non-empty array");
    }
    /* Each message yields at most one canonical message per block, plus the system one. */
    size_t capacity = 1;
    for (size_t i = 0; i < messages->array.count; i++) {
        const struct json_value *content = json_get(messages->array.items[i], "content");
        capacity += 1 + (json_is(content, JSON_ARRAY) ? content->array.count : 0);
    }
    request->messages = arena_calloc(arena, capacity, sizeof *request->messages);
    const struct json_value *system = json_get(body, "system");
    if (system != NULL && !decode_system(&decoder, system, request)) {
        return false;
    }
    for (size_t i = 0; i < messages->array.count; i++) {
        if (!decode_message(&decoder, messages->array.items[i], i, request)) {
            return false;
        }
    }
    return true;
}

/* ---- replies ---- */

static const char *stop_reason_name(enum finish_reason reason)
{
    switch (reason) {
    case FINISH_LENGTH: return "max_tokens";
    case FINISH_TOOL_CALLS: return "tool_use";
    case FINISH_STOP_SEQUENCE: return "stop_sequence";
    case FINISH_CONTENT_FILTER: return "refusal";
    default: return "end_turn";
    }
}

/* Anthropic's "input" is an object; a provider's arguments are JSON text. Read leniently, as
 * all provider text is (a lone surrogate half is U+FFFD, not a reason to drop the call). What is
 * not an object still reaches the client, wrapped as {"value": …}, the way the Gemini wire
 * format wraps such arguments: a JSON value as itself, text that is no JSON (a model's cut-off
 * arguments) as a string. Never silently {}: the application could not tell that from a call
 * that had no arguments. */
static void write_arguments_as_input(struct buffer *out, struct slice arguments)
{
    if (arguments.len == 0) {
        buffer_append_cstr(out, "{}");
        return;
    }
    struct json_error json_error;
    struct json_value *input = json_parse_provider(out->arena, arguments.ptr, arguments.len, 64, &json_error);
    if (json_is(input, JSON_OBJECT)) {
        json_write_value(out, input);
        return;
    }
    buffer_append_cstr(out, "{\"value\":");
    if (input != NULL) {
        json_write_value(out, input);
    } else {
        json_write_string(out, arguments.ptr, arguments.len);
    }
    buffer_append_char(out, '}');
}

static void write_usage(struct buffer *out, const struct canon_usage *usage, bool with_input)
{
    long long cached = usage->cached_tokens > 0 ? usage->cached_tokens : 0;
    buffer_append_char(out, '{');
    if (with_input) {
        buffer_printf(out, "\"input_tokens\":%lld,", usage->prompt_tokens - cached);
        if (usage->cached_tokens >= 0) {
            buffer_printf(out, "\"cache_read_input_tokens\":%lld,", cached);
        }
    }
    buffer_printf(out, "\"output_tokens\":%lld}", usage->completion_tokens);
}

static void anthropic_encode_response(struct buffer *out, const struct canon_response *response,
                                      const struct reply_context *context)
{
    buffer_append_cstr(out, "{\"id\":");
    json_write_cstring(out, context->id);
    buffer_append_cstr(out, ",\"type\":\"message\",\"role\":\"assistant\",\"model\":");
    json_write_cstring(out, context->model);
    buffer_append_cstr(out, ",\"content\":[");
    bool first = true;
    if (response->text.len || (response->tool_call_count == 0 && response->refusal.len == 0)) {
        buffer_append_cstr(out, "{\"type\":\"text\",\"text\":");
        json_write_string(out, response->text.ptr ? response->text.ptr : "", response->text.len);
        buffer_append_char(out, '}');
        first = false;
    }
    for (size_t i = 0; i < response->tool_call_count; i++) {
        const struct canon_tool_call *call = &response->tool_calls[i];
        buffer_append_cstr(out, first ? "{\"type\":\"tool_use\",\"id\":" : ",{\"type\":\"tool_use\",\"id\":");
        first = false;
        json_write_string(out, call->id.ptr, call->id.len);
        buffer_append_cstr(out, ",\"name\":");
        json_write_string(out, call->name.ptr, call->name.len);
        buffer_append_cstr(out, ",\"input\":");
        write_arguments_as_input(out, call->arguments);
        buffer_append_char(out, '}');
    }
    buffer_append_cstr(out, "],\"stop_reason\":\"");
    buffer_append_cstr(out, stop_reason_name(response->finish));
    buffer_append_cstr(out, "\",\"stop_sequence\":null,\"usage\":");
    struct canon_usage none;
    canon_usage_init(&none);
    write_usage(out, response->usage.present ? &response->usage : &none, true);
    buffer_append_char(out, '}');
}

struct anthropic_stream_state {
    bool started;
    bool block_open;
    int next_block;              /* index of the next content block */
    int open_block_tool;         /* tool index of the open block, -1 for text */
    enum finish_reason finish;
    struct canon_usage usage;
    bool usage_known;
};

static void write_event(struct buffer *out, const char *name, const char *data_prefix)
{
    buffer_append_cstr(out, "event: ");
    buffer_append_cstr(out, name);
    buffer_append_cstr(out, "\ndata: {\"type\":\"");
    buffer_append_cstr(out, name);
    buffer_append_char(out, '"');
    buffer_append_cstr(out, data_prefix);
}

static void ensure_started(struct buffer *out, struct anthropic_stream_state *state,
                           const struct reply_context *context)
{
    if (state->started) {
        return;
    }
    state->started = true;
    write_event(out, "message_start", ",\"message\":{\"id\":");
    json_write_cstring(out, context->id);
    buffer_append_cstr(out, ",\"type\":\"message\",\"role\":\"assistant\",\"model\":");
    json_write_cstring(out, context->model);
    buffer_append_cstr(out, ",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                            "\"usage\":{\"input_tokens\":0,\"output_tokens\":0}}}\n\n");
}

static void close_block(struct buffer *out, struct anthropic_stream_state *state)
{
    if (!state->block_open) {
        return;
    }
    write_event(out, "content_block_stop", "");
    buffer_printf(out, ",\"index\":%d}\n\n", state->next_block - 1);
    state->block_open = false;
}

static void open_block(struct buffer *out, struct anthropic_stream_state *state, const struct canon_event *event)
{
    close_block(out, state);
    write_event(out, "content_block_start", "");
    buffer_printf(out, ",\"index\":%d,\"content_block\":", state->next_block++);
    if (event->type == EVENT_TEXT) {
        buffer_append_cstr(out, "{\"type\":\"text\",\"text\":\"\"}}\n\n");
        state->open_block_tool = -1;
    } else {
        buffer_append_cstr(out, "{\"type\":\"tool_use\",\"id\":");
        json_write_string(out, event->tool_id.ptr, event->tool_id.len);
        buffer_append_cstr(out, ",\"name\":");
        json_write_string(out, event->tool_name.ptr, event->tool_name.len);
        buffer_append_cstr(out, ",\"input\":{}}}\n\n");
        state->open_block_tool = event->tool_index;
    }
    state->block_open = true;
}

static void write_delta(struct buffer *out, struct anthropic_stream_state *state, const char *type,
                        const char *field, struct slice value)
{
    write_event(out, "content_block_delta", "");
    buffer_printf(out, ",\"index\":%d,\"delta\":{\"type\":\"%s\",\"%s\":", state->next_block - 1, type, field);
    json_write_string(out, value.ptr, value.len);
    buffer_append_cstr(out, "}}\n\n");
}

static const char *error_type_for_status(int status)
{
    switch (status) {
    case 400: case 405: case 414: case 422: case 431: return "invalid_request_error";
    case 401: return "authentication_error";
    case 402: return "billing_error";
    case 403: return "permission_error";
    case 404: return "not_found_error";
    case 413: return "request_too_large";
    case 429: return "rate_limit_error";
    case 503: case 529: return "overloaded_error";
    case 504: return "timeout_error";
    default: return "api_error";
    }
}

static void anthropic_encode_stream_event(struct buffer *out, void *opaque, const struct canon_event *event,
                                          const struct reply_context *context)
{
    struct anthropic_stream_state *state = opaque;
    switch (event->type) {
    case EVENT_START:
        return;
    case EVENT_TEXT:
        ensure_started(out, state, context);
        if (!state->block_open || state->open_block_tool != -1) {
            open_block(out, state, event);
        }
        write_delta(out, state, "text_delta", "text", event->text);
        return;
    case EVENT_TOOL_CALL:
        ensure_started(out, state, context);
        if (event->tool_name.ptr != NULL || !state->block_open || state->open_block_tool != event->tool_index) {
            open_block(out, state, event);
        }
        if (event->tool_arguments.len) {
            write_delta(out, state, "input_json_delta", "partial_json", event->tool_arguments);
        }
        return;
    case EVENT_FINISH:
        state->finish = event->finish;
        return;
    case EVENT_USAGE:
        state->usage = event->usage;
        state->usage_known = true;
        return;
    case EVENT_END:
        ensure_started(out, state, context);
        close_block(out, state);
        write_event(out, "message_delta", ",\"delta\":{\"stop_reason\":\"");
        buffer_append_cstr(out, stop_reason_name(state->finish));
        buffer_append_cstr(out, "\",\"stop_sequence\":null},\"usage\":");
        struct canon_usage none;
        canon_usage_init(&none);
        write_usage(out, state->usage_known ? &state->usage : &none, state->usage_known);
        buffer_append_cstr(out, "}\n\n");
        write_event(out, "message_stop", "}\n\n");
        return;
    case EVENT_ERROR:
        /* No message_stop after it: the SDKs raise on this event. */
        write_event(out, "error", ",\"error\":{\"type\":\"");
        buffer_append_cstr(out, error_type_for_status(event->error_status));
        buffer_append_cstr(out, "\",\"message\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_append_cstr(out, "}}\n\n");
        return;
    }
}

static void anthropic_encode_error(struct buffer *out, int status, const char *type, const char *code,
                                   const char *param, const char *message, const char *attempts_json)
{
    (void)attempts_json;             /* the Anthropic envelope has no place for it: the message names them */
    (void)type;
    (void)code;
    (void)param;
    buffer_append_cstr(out, "{\"type\":\"error\",\"error\":{\"type\":\"");
    buffer_append_cstr(out, error_type_for_status(status));
    buffer_append_cstr(out, "\",\"message\":");
    json_write_cstring(out, message);
    buffer_append_cstr(out, "}}");
}

const struct client_dialect anthropic_dialect = {
    .name = "anthropic",
    .id_prefix = "msg_",
    .decode_request = anthropic_decode_request,
    .encode_response = anthropic_encode_response,
    .stream_state_size = sizeof(struct anthropic_stream_state),
    .encode_stream_event = anthropic_encode_stream_event,
    .encode_error = anthropic_encode_error,
};
