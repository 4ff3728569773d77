/* The OpenAI dialect as clients speak it: requests in, chat.completion and
 * chat.completion.chunk out. Decoding validates types field by field, so a bad request
 * gets a 400 that names the field (and never quotes its value). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "transforms/openai.h"

struct decoder {
    struct arena *arena;
    struct format_error *error;
};

/* `format` takes its own arguments: in this dialect's messages the field's path is quoted,
 * "'messages[0].role' must be ...". */
static bool refuse(struct decoder *decoder, const char *param, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static bool refuse(struct decoder *decoder, const char *param, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    format_error_vset(decoder->error, 400, "invalid_request_error", param, format, args);
    va_end(args);
    return false;
}

static bool expect(struct decoder *decoder, const struct json_value *value, enum json_type type,
                   const char *param)
{
    if (json_is(value, type)) {
        return true;
    }
    return refuse(decoder, param, "'%s' must be %s", param, type == JSON_OBJECT ? "an object"
                  : type == JSON_ARRAY ? "an array" : type == JSON_STRING ? "a string"
                  : type == JSON_BOOL ? "a boolean" : "a number");
}

static struct slice string_of(const struct json_value *value)
{
    return slice_of(value->string.text, value->string.len);
}

static bool decode_text_parts(struct decoder *decoder, const struct json_value *content,
                              const char *path, bool images_allowed, struct canon_message *message)
{
    char param[64];
    message->parts = arena_calloc(decoder->arena, content->array.count ? content->array.count : 1,
                                  sizeof *message->parts);
    for (size_t i = 0; i < content->array.count; i++) {
        const struct json_value *part = content->array.items[i];
        bounded_printf(param, sizeof param, "%s[%zu]", path, i);
        if (!expect(decoder, part, JSON_OBJECT, param)) {
            return false;
        }
        const struct json_value *type = json_get(part, "type");
        bounded_printf(param, sizeof param, "%s[%zu].type", path, i);
        if (!expect(decoder, type, JSON_STRING, param)) {
            return false;
        }
        struct canon_part *out = &message->parts[message->part_count];
        if (strcmp(type->string.text, "text") == 0 || strcmp(type->string.text, "refusal") == 0) {
            const char *field = type->string.text[0] == 't' ? "text" : "refusal";
            const struct json_value *text = json_get(part, field);
            bounded_printf(param, sizeof param, "%s[%zu].%s", path, i, field);
            if (!expect(decoder, text, JSON_STRING, param)) {
                return false;
            }
            out->type = PART_TEXT;
            out->text = string_of(text);
        } else if (strcmp(type->string.text, "image_url") == 0 && images_allowed) {
            const struct json_value *image = json_get(part, "image_url");
            bounded_printf(param, sizeof param, "%s[%zu].image_url", path, i);
            if (!expect(decoder, image, JSON_OBJECT, param)) {
                return false;
            }
            const struct json_value *url = json_get(image, "url");
            bounded_printf(param, sizeof param, "%s[%zu].image_url.url", path, i);
            if (!expect(decoder, url, JSON_STRING, param)) {
                return false;
            }
            out->type = PART_IMAGE;
            out->image_url = string_of(url);
            const struct json_value *detail = json_get(image, "detail");
            if (detail != NULL) {
                bounded_printf(param, sizeof param, "%s[%zu].image_url.detail", path, i);
                if (!expect(decoder, detail, JSON_STRING, param)) {
                    return false;
                }
                out->image_detail = string_of(detail);
            }
        } else {
            return refuse(decoder, param, "'%s' is a content part type lethe does not support", param);
        }
        message->part_count++;
    }
    return true;
}

/* content: a string, an array of parts, or (assistant with tool calls) null. */
static bool decode_content(struct decoder *decoder, const struct json_value *content,
                           const char *path, bool images_allowed, bool null_allowed,
                           struct canon_message *message)
{
    if (content == NULL || content->type == JSON_NULL) {
        if (null_allowed) {
            return true;
        }
        return refuse(decoder, path, "'%s' is required", path);
    }
    if (content->type == JSON_STRING) {
        message->parts = arena_calloc(decoder->arena, 1, sizeof *message->parts);
        message->parts[0].type = PART_TEXT;
        message->parts[0].text = string_of(content);
        message->part_count = 1;
        return true;
    }
    if (content->type == JSON_ARRAY) {
        return decode_text_parts(decoder, content, path, images_allowed, message);
    }
    return refuse(decoder, path, "'%s' must be a string or an array of content parts", path);
}

static bool decode_tool_calls(struct decoder *decoder, const struct json_value *calls,
                              const char *path, struct canon_message *message)
{
    char param[64];
    if (!expect(decoder, calls, JSON_ARRAY, path)) {
        return false;
    }
    struct canon_part *parts = arena_calloc(decoder->arena, message->part_count + calls->array.count + 1,
                                            sizeof *parts);
    if (message->part_count) {
        memcpy(parts, message->parts, message->part_count * sizeof *parts);
    }
    message->parts = parts;
    for (size_t i = 0; i < calls->array.count; i++) {
        const struct json_value *call = calls->array.items[i];
        bounded_printf(param, sizeof param, "%s[%zu]", path, i);
        if (!expect(decoder, call, JSON_OBJECT, param)) {
            return false;
        }
        const struct json_value *id = json_get(call, "id");
        const struct json_value *function = json_get(call, "function");
        bounded_printf(param, sizeof param, "%s[%zu].id", path, i);
        if (!expect(decoder, id, JSON_STRING, param)) {
            return false;
        }
        bounded_printf(param, sizeof param, "%s[%zu].function", path, i);
        if (!expect(decoder, function, JSON_OBJECT, param)) {
            return false;
        }
        const struct json_value *name = json_get(function, "name");
        const struct json_value *arguments = json_get(function, "arguments");
        bounded_printf(param, sizeof param, "%s[%zu].function.name", path, i);
        if (!expect(decoder, name, JSON_STRING, param)) {
            return false;
        }
        bounded_printf(param, sizeof param, "%s[%zu].function.arguments", path, i);
        if (!expect(decoder, arguments, JSON_STRING, param)) {
            return false;
        }
        struct canon_part *part = &message->parts[message->part_count++];
        part->type = PART_TOOL_CALL;
        part->tool_call_id = string_of(id);
        part->tool_name = string_of(name);
        part->tool_arguments = string_of(arguments);
    }
    return true;
}

static bool decode_message(struct decoder *decoder, const struct json_value *value, size_t index,
                           struct canon_message *message)
{
    char path[64];
    bounded_printf(path, sizeof path, "messages[%zu]", index);
    if (!expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *role = json_get(value, "role");
    bounded_printf(path, sizeof path, "messages[%zu].role", index);
    if (!expect(decoder, role, JSON_STRING, path)) {
        return false;
    }
    const struct json_value *name = json_get(value, "name");
    if (name != NULL) {
        bounded_printf(path, sizeof path, "messages[%zu].name", index);
        if (!expect(decoder, name, JSON_STRING, path)) {
            return false;
        }
        message->name = string_of(name);
    }
    const struct json_value *content = json_get(value, "content");
    bounded_printf(path, sizeof path, "messages[%zu].content", index);
    const char *role_name = role->string.text;
    if (strcmp(role_name, "system") == 0 || strcmp(role_name, "developer") == 0) {
        message->role = role_name[0] == 's' ? ROLE_SYSTEM : ROLE_DEVELOPER;
        return decode_content(decoder, content, path, false, false, message);
    }
    if (strcmp(role_name, "user") == 0) {
        message->role = ROLE_USER;
        return decode_content(decoder, content, path, true, false, message);
    }
    if (strcmp(role_name, "assistant") == 0) {
        message->role = ROLE_ASSISTANT;
        const struct json_value *tool_calls = json_get(value, "tool_calls");
        if (!decode_content(decoder, content, path, false, tool_calls != NULL, message)) {
            return false;
        }
        if (tool_calls == NULL || tool_calls->type == JSON_NULL) {
            return true;
        }
        bounded_printf(path, sizeof path, "messages[%zu].tool_calls", index);
        return decode_tool_calls(decoder, tool_calls, path, message);
    }
    if (strcmp(role_name, "tool") == 0) {
        message->role = ROLE_TOOL;
        const struct json_value *call_id = json_get(value, "tool_call_id");
        char id_path[64];
        bounded_printf(id_path, sizeof id_path, "messages[%zu].tool_call_id", index);
        if (!expect(decoder, call_id, JSON_STRING, id_path)) {
            return false;
        }
        struct canon_message text = { 0 };
        if (!decode_content(decoder, content, path, false, false, &text)) {
            return false;
        }
        /* A tool result is one part: its text parts joined. */
        struct buffer joined;
        buffer_init(&joined, decoder->arena, 64);
        for (size_t i = 0; i < text.part_count; i++) {
            buffer_append(&joined, text.parts[i].text.ptr, text.parts[i].text.len);
        }
        message->parts = arena_calloc(decoder->arena, 1, sizeof *message->parts);
        message->parts[0].type = PART_TOOL_RESULT;
        message->parts[0].tool_call_id = string_of(call_id);
        message->parts[0].text = slice_of(joined.data, joined.len);
        message->part_count = 1;
        return true;
    }
    bounded_printf(path, sizeof path, "messages[%zu].role", index);
    return refuse(decoder, path, "'%s' must be one of system, developer, user, assistant, tool", path);
}

static bool decode_tools(struct decoder *decoder, const struct json_value *tools,
                         struct canon_request *request)
{
    char param[64];
    if (!expect(decoder, tools, JSON_ARRAY, "tools")) {
        return false;
    }
    request->tools = arena_calloc(decoder->arena, tools->array.count + 1, sizeof *request->tools);
    for (size_t i = 0; i < tools->array.count; i++) {
        const struct json_value *tool = tools->array.items[i];
        bounded_printf(param, sizeof param, "tools[%zu]", i);
        if (!expect(decoder, tool, JSON_OBJECT, param)) {
            return false;
        }
        const struct json_value *type = json_get(tool, "type");
        if (!json_is(type, JSON_STRING) || strcmp(type->string.text, "function") != 0) {
            bounded_printf(param, sizeof param, "tools[%zu].type", i);
            return refuse(decoder, param, "'%s' must be \"function\"", param);
        }
        const struct json_value *function = json_get(tool, "function");
        bounded_printf(param, sizeof param, "tools[%zu].function", i);
        if (!expect(decoder, function, JSON_OBJECT, param)) {
            return false;
        }
        struct canon_tool *out = &request->tools[request->tool_count++];
        const struct json_value *name = json_get(function, "name");
        bounded_printf(param, sizeof param, "tools[%zu].function.name", i);
        if (!expect(decoder, name, JSON_STRING, param)) {
            return false;
        }
        out->name = string_of(name);
        const struct json_value *description = json_get(function, "description");
        if (description != NULL) {
            bounded_printf(param, sizeof param, "tools[%zu].function.description", i);
            if (!expect(decoder, description, JSON_STRING, param)) {
                return false;
            }
            out->description = string_of(description);
        }
        const struct json_value *parameters = json_get(function, "parameters");
        if (parameters != NULL) {
            bounded_printf(param, sizeof param, "tools[%zu].function.parameters", i);
            if (!expect(decoder, parameters, JSON_OBJECT, param)) {
                return false;
            }
            out->parameters = parameters;
        }
        const struct json_value *strict = json_get(function, "strict");
        out->strict = -1;
        if (strict != NULL && strict->type != JSON_NULL) {
            bounded_printf(param, sizeof param, "tools[%zu].function.strict", i);
            if (!expect(decoder, strict, JSON_BOOL, param)) {
                return false;
            }
            out->strict = strict->boolean;
        }
    }
    return true;
}

static bool decode_tool_choice(struct decoder *decoder, const struct json_value *choice,
                               struct canon_request *request)
{
    if (json_is(choice, JSON_STRING)) {
        const char *mode = choice->string.text;
        request->tool_choice = strcmp(mode, "auto") == 0 ? TOOL_CHOICE_AUTO
                             : strcmp(mode, "none") == 0 ? TOOL_CHOICE_NONE
                             : strcmp(mode, "required") == 0 ? TOOL_CHOICE_REQUIRED
                             : TOOL_CHOICE_UNSET;
        if (request->tool_choice == TOOL_CHOICE_UNSET) {
            return refuse(decoder, "tool_choice", "'tool_choice' must be auto, none, required or a function");
        }
        return true;
    }
    const struct json_value *function = json_get(choice, "function");
    const struct json_value *name = json_get(function, "name");
    if (!json_is(name, JSON_STRING)) {
        return refuse(decoder, "tool_choice", "'tool_choice' must be auto, none, required or a function");
    }
    request->tool_choice = TOOL_CHOICE_FUNCTION;
    request->tool_choice_name = string_of(name);
    return true;
}

static bool decode_response_format(struct decoder *decoder, const struct json_value *format,
                                   struct canon_request *request)
{
    if (!expect(decoder, format, JSON_OBJECT, "response_format")) {
        return false;
    }
    const struct json_value *type = json_get(format, "type");
    if (!expect(decoder, type, JSON_STRING, "response_format.type")) {
        return false;
    }
    if (strcmp(type->string.text, "text") == 0) {
        request->response_format = RESPONSE_FORMAT_TEXT;
    } else if (strcmp(type->string.text, "json_object") == 0) {
        request->response_format = RESPONSE_FORMAT_JSON_OBJECT;
    } else if (strcmp(type->string.text, "json_schema") == 0) {
        const struct json_value *schema = json_get(format, "json_schema");
        if (!expect(decoder, schema, JSON_OBJECT, "response_format.json_schema")) {
            return false;
        }
        request->response_format = RESPONSE_FORMAT_JSON_SCHEMA;
        request->json_schema = schema;
    } else {
        return refuse(decoder, "response_format.type",
                      "'response_format.type' must be text, json_object or json_schema");
    }
    return true;
}

static bool decode_number(struct decoder *decoder, const struct json_value *value, const char *param,
                          double low, double high, struct canon_number *out)
{
    if (value == NULL || value->type == JSON_NULL) {
        return true;
    }
    double number;
    if (!json_is(value, JSON_NUMBER)) {
        return expect(decoder, value, JSON_NUMBER, param);
    }
    /* A number beyond double range (1e400) is refused, never dropped. */
    if (!json_number_double(value, &number) || number < low || number > high) {
        char range[64];
        snprintf(range, sizeof range, " between %g and %g", low, high);
        return refuse(decoder, param, "'%s' must be%s", param, range);
    }
    out->set = true;
    out->value = number;
    return true;
}

static bool decode_stop(struct decoder *decoder, const struct json_value *stop, struct canon_request *request)
{
    if (stop == NULL || stop->type == JSON_NULL) {
        return true;
    }
    if (stop->type == JSON_STRING) {
        request->stop[0] = string_of(stop);
        request->stop_count = 1;
        return true;
    }
    if (stop->type != JSON_ARRAY || stop->array.count > CANON_MAX_STOP) {
        return refuse(decoder, "stop", "'stop' must be a string or an array of up to 4 strings");
    }
    for (size_t i = 0; i < stop->array.count; i++) {
        if (!json_is(stop->array.items[i], JSON_STRING)) {
            return refuse(decoder, "stop", "'stop' must be a string or an array of up to 4 strings");
        }
        request->stop[request->stop_count++] = string_of(stop->array.items[i]);
    }
    return true;
}

/* Fields lethe accepts and deliberately does not forward: they do not change the answer,
 * and the less that leaves, the better (store: a provider must not keep the prompt). */
static const char *const ignored_fields[] = {
    "user", "safety_identifier", "metadata", "store", "service_tier", "prompt_cache_key", NULL,
};

static bool is_ignored_field(const char *key)
{
    for (size_t i = 0; ignored_fields[i] != NULL; i++) {
        if (strcmp(key, ignored_fields[i]) == 0) {
            return true;
        }
    }
    return false;
}

static bool decode_field(struct decoder *decoder, const char *key, const struct json_value *value,
                         struct canon_request *request)
{
    if (strcmp(key, "lethe") == 0) {
        request->gateway_options = value;
        return expect(decoder, value, JSON_OBJECT, "lethe");
    }
    if (strcmp(key, "model") == 0) {
        if (!expect(decoder, value, JSON_STRING, "model")) {
            return false;
        }
        request->model = string_of(value);
        return true;
    }
    if (strcmp(key, "messages") == 0) {
        if (!expect(decoder, value, JSON_ARRAY, "messages")) {
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
    if (strcmp(key, "stream") == 0) {
        if (value->type == JSON_NULL) {
            return true;
        }
        if (!expect(decoder, value, JSON_BOOL, "stream")) {
            return false;
        }
        request->stream = value->boolean;
        return true;
    }
    if (strcmp(key, "stream_options") == 0) {
        if (value->type == JSON_NULL) {
            return true;
        }
        if (!expect(decoder, value, JSON_OBJECT, "stream_options")) {
            return false;
        }
        const struct json_value *usage = json_get(value, "include_usage");
        if (usage != NULL && !expect(decoder, usage, JSON_BOOL, "stream_options.include_usage")) {
            return false;
        }
        request->include_usage = usage != NULL && usage->boolean;
        return true;
    }
    if (strcmp(key, "temperature") == 0) {
        return decode_number(decoder, value, "temperature", 0, 2, &request->temperature);
    }
    if (strcmp(key, "top_p") == 0) {
        return decode_number(decoder, value, "top_p", 0, 1, &request->top_p);
    }
    if (strcmp(key, "presence_penalty") == 0) {
        return decode_number(decoder, value, "presence_penalty", -2, 2, &request->presence_penalty);
    }
    if (strcmp(key, "frequency_penalty") == 0) {
        return decode_number(decoder, value, "frequency_penalty", -2, 2, &request->frequency_penalty);
    }
    if (strcmp(key, "max_tokens") == 0 || strcmp(key, "max_completion_tokens") == 0) {
        if (value->type == JSON_NULL) {
            return true;
        }
        long long tokens;
        if (!json_number_integer(value, &tokens) || tokens < 1) {
            return refuse(decoder, key, "'%s' must be a positive integer", key);
        }
        request->max_tokens = tokens;
        return true;
    }
    if (strcmp(key, "seed") == 0) {
        if (value->type == JSON_NULL) {
            return true;
        }
        if (!json_number_integer(value, &request->seed)) {
            return refuse(decoder, key, "'%s' must be an integer", key);
        }
        request->has_seed = true;
        return true;
    }
    if (strcmp(key, "n") == 0) {
        long long n;
        if (value->type != JSON_NULL && (!json_number_integer(value, &n) || n != 1)) {
            return refuse(decoder, key, "'%s' must be 1: lethe serves one choice per request", key);
        }
        return true;
    }
    if (strcmp(key, "stop") == 0) {
        return decode_stop(decoder, value, request);
    }
    if (strcmp(key, "tools") == 0) {
        return value->type == JSON_NULL || decode_tools(decoder, value, request);
    }
    if (strcmp(key, "tool_choice") == 0) {
        return value->type == JSON_NULL || decode_tool_choice(decoder, value, request);
    }
    if (strcmp(key, "parallel_tool_calls") == 0) {
        if (value->type == JSON_NULL) {
            return true;
        }
        if (!expect(decoder, value, JSON_BOOL, "parallel_tool_calls")) {
            return false;
        }
        request->parallel_tool_calls = value->boolean;
        return true;
    }
    if (strcmp(key, "response_format") == 0) {
        return value->type == JSON_NULL || decode_response_format(decoder, value, request);
    }
    if (strcmp(key, "reasoning_effort") == 0) {
        if (value->type == JSON_NULL) {
            return true;
        }
        if (!expect(decoder, value, JSON_STRING, "reasoning_effort")) {
            return false;
        }
        request->reasoning_effort = string_of(value);
        return true;
    }
    if (is_ignored_field(key)) {
        return true;
    }
    char param[64];
    bounded_printf(param, sizeof param, "%s", key);
    return refuse(decoder, param, "unsupported field '%s': lethe refuses fields it cannot translate", param);
}

static bool openai_decode_request(struct arena *arena, const struct json_value *body,
                                  struct canon_request *request, struct format_error *error)
{
    struct decoder decoder = { .arena = arena, .error = error };
    memset(request, 0, sizeof *request);
    request->parallel_tool_calls = -1;
    if (!json_is(body, JSON_OBJECT)) {
        return refuse(&decoder, "", "the request body must be a JSON object");
    }
    for (size_t i = 0; i < body->object.count; i++) {
        const struct json_member *member = &body->object.members[i];
        /* A field given twice would add to what the first gave (stop, tools): refused.
         * Unknown fields stop the loop at once, so this stays a handful of compares. */
        if (json_member_repeats(body, i)) {
            char param[64];
            bounded_printf(param, sizeof param, "%s", member->key);
            return refuse(&decoder, param, "'%s' is given twice", param);
        }
        if (!decode_field(&decoder, member->key, member->value, request)) {
            return false;
        }
    }
    if (request->model.ptr == NULL) {
        return refuse(&decoder, "model", "'model' is required");
    }
    if (request->messages == NULL || request->message_count == 0) {
        return refuse(&decoder, "messages", "'messages' must be a non-empty array");
    }
    return true;
}

/* ---- replies ---- */

static const char *finish_reason_name(enum finish_reason reason)
{
    switch (reason) {
    case FINISH_NONE: return NULL;
    case FINISH_STOP: return "stop";
    case FINISH_STOP_SEQUENCE: return "stop";
    case FINISH_LENGTH: return "length";
    case FINISH_TOOL_CALLS: return "tool_calls";
    case FINISH_CONTENT_FILTER: return "content_filter";
    case FINISH_ERROR: return "stop";
    }
    return "stop";
}

static void write_finish_reason(struct buffer *out, enum finish_reason reason)
{
    const char *name = finish_reason_name(reason);
    if (name == NULL) {
        buffer_append_cstr(out, "null");
    } else {
        json_write_cstring(out, name);
    }
}

static void write_usage(struct buffer *out, const struct canon_usage *usage)
{
    buffer_printf(out, "{\"prompt_tokens\":%lld,\"completion_tokens\":%lld,\"total_tokens\":%lld",
                  usage->prompt_tokens, usage->completion_tokens,
                  usage->total_tokens ? usage->total_tokens
                                      : usage->prompt_tokens + usage->completion_tokens);
    if (usage->cached_tokens >= 0) {
        buffer_printf(out, ",\"prompt_tokens_details\":{\"cached_tokens\":%lld}", usage->cached_tokens);
    }
    if (usage->reasoning_tokens >= 0) {
        buffer_printf(out, ",\"completion_tokens_details\":{\"reasoning_tokens\":%lld}",
                      usage->reasoning_tokens);
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

static void write_header_fields(struct buffer *out, const char *object, const struct reply_context *context)
{
    buffer_append_cstr(out, "{\"id\":");
    json_write_cstring(out, context->id);
    buffer_printf(out, ",\"object\":\"%s\",\"created\":%lld,\"model\":", object, context->created);
    json_write_cstring(out, context->model);
}

static void openai_encode_response(struct buffer *out, const struct canon_response *response,
                                   const struct reply_context *context)
{
    write_header_fields(out, "chat.completion", context);
    buffer_append_cstr(out, ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":");
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
    buffer_append_cstr(out, "},\"logprobs\":null,\"finish_reason\":");
    write_finish_reason(out, response->finish == FINISH_NONE ? FINISH_STOP : response->finish);
    buffer_append_cstr(out, "}]");
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
};

static void begin_chunk(struct buffer *out, const struct reply_context *context)
{
    buffer_append(out, "data: ", 6);
    write_header_fields(out, "chat.completion.chunk", context);
    buffer_append_cstr(out, ",\"choices\":[");
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
    begin_chunk(out, context);
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
    case EVENT_TEXT:
        ensure_role_sent(out, state, context);
        begin_chunk(out, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{\"content\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_append_cstr(out, "},\"logprobs\":null,\"finish_reason\":null}");
        end_chunk(out, context);
        return;
    case EVENT_TOOL_CALL:
        ensure_role_sent(out, state, context);
        begin_chunk(out, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{\"tool_calls\":[");
        write_tool_call(out, event->tool_index, event->tool_id, event->tool_name, event->tool_arguments, true);
        buffer_append_cstr(out, "]},\"logprobs\":null,\"finish_reason\":null}");
        end_chunk(out, context);
        return;
    case EVENT_FINISH:
        ensure_role_sent(out, state, context);
        begin_chunk(out, context);
        buffer_append_cstr(out, "{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":");
        write_finish_reason(out, event->finish);
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
            write_header_fields(out, "chat.completion.chunk", context);
            buffer_append_cstr(out, ",\"choices\":[],\"usage\":");
            write_usage(out, &state->usage);
            buffer_append_cstr(out, "}\n\n");
        }
        buffer_append_cstr(out, "data: [DONE]\n\n");
        return;
    case EVENT_ERROR: {
        /* In-band, as the OpenAI SDKs expect: an error object in a data event, and no
         * [DONE], so no client mistakes a cut answer for a complete one. */
        buffer_append(out, "data: ", 6);
        buffer_append_cstr(out, "{\"error\":{\"message\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_printf(out, ",\"type\":\"%s\",\"param\":null,\"code\":\"%d\"}}\n\n",
                      event->error_status >= 500 ? "server_error" : "invalid_request_error",
                      event->error_status);
        return;
    }
    }
}

static void openai_encode_error(struct buffer *out, int status, const char *type, const char *code,
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

const struct client_dialect openai_dialect = {
    .name = "openai",
    .id_prefix = "chatcmpl-",
    .decode_request = openai_decode_request,
    .encode_response = openai_encode_response,
    .stream_state_size = sizeof(struct openai_stream_state),
    .encode_stream_event = openai_encode_stream_event,
    .encode_error = openai_encode_error,
};
