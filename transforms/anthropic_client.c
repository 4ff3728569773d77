/* The Anthropic dialect as clients speak it (the official SDKs, Claude-based tools):
 * Messages requests in, Message objects and the Messages event stream out. A user turn
 * that carries tool_result blocks becomes one canonical tool message per result, so any
 * provider can take it. Refusals name the field, never its value (transforms/client_decode.h). */
#include <stddef.h>
#include <string.h>

#include "transforms/anthropic.h"
#include "transforms/client_decode.h"
#include "transforms/held_calls.h"

static bool decode_image(struct client_decoder *decoder, const struct json_value *block, const char *path,
                         struct canon_part *part)
{
    char source_path[DECODE_PATH_SIZE];
    const struct json_value *source = decode_member(decoder, block, path, "source", JSON_OBJECT);
    if (source == NULL) {
        return false;
    }
    decode_path_member(source_path, path, "source");
    const struct json_value *type = json_get(source, "type");
    part->type = PART_IMAGE;
    if (json_is(type, JSON_STRING) && strcmp(type->string.text, "url") == 0) {
        const struct json_value *url = decode_member(decoder, source, source_path, "url", JSON_STRING);
        if (url == NULL) {
            return false;
        }
        part->image_url = decode_text(url);
        return true;
    }
    if (!json_is(type, JSON_STRING) || strcmp(type->string.text, "base64") != 0) {
        char type_path[DECODE_PATH_SIZE];
        return decode_refuse(decoder, decode_path_member(type_path, source_path, "type"), "must be base64 or url");
    }
    const struct json_value *media_type = decode_member(decoder, source, source_path, "media_type", JSON_STRING);
    const struct json_value *data = media_type ? decode_member(decoder, source, source_path, "data", JSON_STRING)
                                               : NULL;
    if (data == NULL) {
        return false;
    }
    /* Canonical images are URLs; a data: URL carries base64 to every format. */
    char *url = arena_printf(decoder->arena, "data:%s;base64,%s", media_type->string.text, data->string.text);
    part->image_url = slice_of(url, strlen(url));
    return true;
}

static bool decode_tool_result_content(struct client_decoder *decoder, const struct json_value *content,
                                       const char *path, struct canon_part *part)
{
    if (content == NULL) {
        part->text = SLICE_LITERAL("");
        return true;
    }
    if (json_is(content, JSON_STRING)) {
        part->text = decode_text(content);
        return true;
    }
    if (!decode_expect(decoder, content, JSON_ARRAY, path)) {
        return false;
    }
    struct buffer joined;
    buffer_init(&joined, decoder->arena, 128);
    for (size_t i = 0; i < content->array.count; i++) {
        const struct json_value *block = content->array.items[i];
        const struct json_value *type = json_get(block, "type");
        const struct json_value *text = json_get(block, "text");
        if (!json_is(type, JSON_STRING) || strcmp(type->string.text, "text") != 0 || !json_is(text, JSON_STRING)) {
            char block_path[DECODE_PATH_SIZE];
            return decode_refuse(decoder, decode_path_index(block_path, path, i),
                                 "must be a text block: tool results carry only text");
        }
        buffer_append(&joined, text->string.text, text->string.len);
    }
    part->text = slice_of(joined.data, joined.len);
    return true;
}

static bool decode_tool_use(struct client_decoder *decoder, const struct json_value *block, const char *path,
                            struct canon_part *part)
{
    const struct json_value *id = decode_member(decoder, block, path, "id", JSON_STRING);
    const struct json_value *name = id ? decode_member(decoder, block, path, "name", JSON_STRING) : NULL;
    const struct json_value *input = name ? decode_member(decoder, block, path, "input", JSON_OBJECT) : NULL;
    if (input == NULL) {
        return false;
    }
    struct buffer arguments;
    buffer_init(&arguments, decoder->arena, 128);
    json_write_value(&arguments, input);
    part->type = PART_TOOL_CALL;
    part->tool_call_id = decode_text(id);
    part->tool_name = decode_text(name);
    part->tool_arguments = slice_of(arguments.data, arguments.len);
    return true;
}

static bool decode_tool_result(struct client_decoder *decoder, const struct json_value *block, const char *path,
                               struct canon_part *part)
{
    char content_path[DECODE_PATH_SIZE];
    const struct json_value *id = decode_member(decoder, block, path, "tool_use_id", JSON_STRING);
    if (id == NULL) {
        return false;
    }
    const struct json_value *is_error = json_get(block, "is_error");
    part->type = PART_TOOL_RESULT;
    part->tool_call_id = decode_text(id);
    part->tool_is_error = json_is(is_error, JSON_BOOL) && is_error->boolean;
    decode_path_member(content_path, path, "content");
    return decode_tool_result_content(decoder, json_get(block, "content"), content_path, part);
}

/* An earlier turn's thinking, sent back with Anthropic's signature over it. */
static bool decode_thinking_block(struct client_decoder *decoder, const struct json_value *block, const char *path,
                                  struct canon_part *part)
{
    const struct json_value *thinking = decode_member(decoder, block, path, "thinking", JSON_STRING);
    const struct json_value *signature;
    if (thinking == NULL || !decode_optional_member(decoder, block, path, "signature", JSON_STRING, &signature)) {
        return false;
    }
    part->type = PART_REASONING;
    part->text = decode_text(thinking);
    if (signature != NULL) {
        part->signature = decode_text(signature);
    }
    return true;
}

static bool decode_block(struct client_decoder *decoder, const struct json_value *block, const char *path,
                         bool from_assistant, struct canon_part *part)
{
    if (!decode_expect(decoder, block, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *type = decode_member(decoder, block, path, "type", JSON_STRING);
    if (type == NULL) {
        return false;
    }
    const char *name = type->string.text;
    if (strcmp(name, "text") == 0) {
        const struct json_value *text = decode_member(decoder, block, path, "text", JSON_STRING);
        if (text == NULL) {
            return false;
        }
        part->type = PART_TEXT;
        part->text = decode_text(text);
        return true;
    }
    if (strcmp(name, "image") == 0 && !from_assistant) {
        return decode_image(decoder, block, path, part);
    }
    if (strcmp(name, "tool_use") == 0 && from_assistant) {
        return decode_tool_use(decoder, block, path, part);
    }
    if (strcmp(name, "thinking") == 0 && from_assistant) {
        return decode_thinking_block(decoder, block, path, part);
    }
    if (strcmp(name, "redacted_thinking") == 0 && from_assistant) {
        part->type = PART_REASONING;    /* encrypted, unreadable here: not forwarded (no signature kept) */
        return true;
    }
    if (strcmp(name, "tool_result") == 0 && !from_assistant) {
        return decode_tool_result(decoder, block, path, part);
    }
    char type_path[DECODE_PATH_SIZE];
    return decode_refuse(decoder, decode_path_member(type_path, path, "type"),
                         "is a content block type lethe does not support here");
}

static const struct decode_name roles[] = { { "user", ROLE_USER }, { "assistant", ROLE_ASSISTANT } };

/* One Anthropic message may become several canonical ones: its tool results first, each
 * a tool message, then whatever else it says. */
static bool decode_message(struct client_decoder *decoder, const struct json_value *value, size_t index,
                           struct canon_request *request)
{
    char path[DECODE_PATH_SIZE];
    char member_path[DECODE_PATH_SIZE];
    decode_path_index(path, "messages", index);
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *role = json_get(value, "role");
    const struct decode_name *known = json_is(role, JSON_STRING)
                                      ? decode_lookup(roles, COUNT_OF(roles), role->string.text) : NULL;
    if (known == NULL) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "role"), "must be user or assistant");
    }
    bool from_assistant = known->value == ROLE_ASSISTANT;
    const struct json_value *content = json_get(value, "content");
    decode_path_member(member_path, path, "content");
    struct canon_message *message = &request->messages[request->message_count];
    message->role = (enum canon_role)known->value;
    if (json_is(content, JSON_STRING)) {
        decode_single_text(decoder, content, message);
        request->message_count++;
        return true;
    }
    if (!json_is(content, JSON_ARRAY)) {
        return decode_refuse(decoder, member_path, "must be a string or an array of content blocks");
    }
    struct canon_part *parts = arena_calloc(decoder->arena, content->array.count + 1, sizeof *parts);
    size_t part_count = 0;
    for (size_t i = 0; i < content->array.count; i++) {
        char block_path[DECODE_PATH_SIZE];
        struct canon_part part = { 0 };
        decode_path_index(block_path, member_path, i);
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

static bool decode_system(struct client_decoder *decoder, const struct json_value *system,
                          struct canon_request *request)
{
    struct canon_message *message = &request->messages[request->message_count];
    message->role = ROLE_SYSTEM;
    if (json_is(system, JSON_STRING)) {
        decode_single_text(decoder, system, message);
        request->message_count++;
        return true;
    }
    if (!json_is(system, JSON_ARRAY)) {
        return decode_refuse(decoder, "system", "must be a string or an array of text blocks");
    }
    if (!decode_text_items(decoder, system, "system", "must be a text block", message)) {
        return false;
    }
    request->message_count++;
    return true;
}

/* Each message yields at most one canonical message per block, plus the system one. */
static bool decode_conversation(struct client_decoder *decoder, const struct json_value *body,
                                struct canon_request *request)
{
    const struct json_value *messages = json_get(body, "messages");
    if (!json_is(messages, JSON_ARRAY) || messages->array.count == 0) {
        return decode_refuse(decoder, "messages", "must be a non-empty array");
    }
    size_t capacity = 1;
    for (size_t i = 0; i < messages->array.count; i++) {
        const struct json_value *content = json_get(messages->array.items[i], "content");
        capacity += 1 + (json_is(content, JSON_ARRAY) ? content->array.count : 0);
    }
    request->messages = arena_calloc(decoder->arena, capacity, sizeof *request->messages);
    const struct json_value *system = json_get(body, "system");
    if (system != NULL && !decode_system(decoder, system, request)) {
        return false;
    }
    for (size_t i = 0; i < messages->array.count; i++) {
        if (!decode_message(decoder, messages->array.items[i], i, request)) {
            return false;
        }
    }
    return true;
}

/* ---- top-level members, one decoder a row of anthropic_fields ---- */

static bool decode_stop_sequences(struct client_decoder *decoder, const struct request_field *field,
                                  const struct json_value *value, struct canon_request *request)
{
    return decode_stop_array(decoder, value, field->name, "an array of up to 4 strings", request);
}

/* Client tools only: a type, when given, is "custom"; server tools (web search, code
 * execution) run at Anthropic and have no meaning elsewhere. */
static bool decode_client_tool(struct client_decoder *decoder, const struct json_value *tool, const char *path,
                               struct canon_tool *out)
{
    const struct json_value *type = json_get(tool, "type");
    if (type != NULL && (!json_is(type, JSON_STRING) || strcmp(type->string.text, "custom") != 0)) {
        char type_path[DECODE_PATH_SIZE];
        return decode_refuse(decoder, decode_path_member(type_path, path, "type"),
                             "names a server tool, which lethe does not support: only client tools "
                             "(name, input_schema)");
    }
    return decode_tool_declaration(decoder, tool, path, "input_schema", true, out);
}

static bool decode_tools_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    (void)field;
    return decode_tools(decoder, value, decode_client_tool, request);
}

static const struct decode_name tool_choice_types[] = {
    { "auto", TOOL_CHOICE_AUTO }, { "any", TOOL_CHOICE_REQUIRED }, { "none", TOOL_CHOICE_NONE },
    { "tool", TOOL_CHOICE_FUNCTION },
};

/* {"type": auto | any | none | tool (with "name")}, and disable_parallel_tool_use. */
static bool decode_tool_choice(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    const struct json_value *type = json_get(value, "type");
    const struct json_value *name = json_get(value, "name");
    const struct decode_name *mode = json_is(type, JSON_STRING)
                                     ? decode_lookup(tool_choice_types, COUNT_OF(tool_choice_types), type->string.text)
                                     : NULL;
    if (mode == NULL || (mode->value == TOOL_CHOICE_FUNCTION && !json_is(name, JSON_STRING))) {
        return decode_refuse(decoder, "tool_choice.type", "must be auto, any, none, or tool with a name");
    }
    request->tool_choice = (enum tool_choice_mode)mode->value;
    if (request->tool_choice == TOOL_CHOICE_FUNCTION) {
        request->tool_choice_name = decode_text(name);
    }
    const struct json_value *no_parallel = json_get(value, "disable_parallel_tool_use");
    if (json_is(no_parallel, JSON_BOOL)) {
        request->parallel_tool_calls = !no_parallel->boolean;
    }
    return true;
}

/* {"type": "enabled", "budget_tokens": N}, {"type": "disabled"}, or {"type": "adaptive"} (the
 * model decides: read as a medium effort by the formats that take one). */
static bool decode_thinking(struct client_decoder *decoder, const struct request_field *field,
                            const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    const struct json_value *type = decode_member(decoder, value, field->name, "type", JSON_STRING);
    if (type == NULL) {
        return false;
    }
    if (strcmp(type->string.text, "disabled") == 0) {
        request->reasoning_budget = REASONING_OFF;
        return true;
    }
    if (strcmp(type->string.text, "adaptive") == 0) {
        request->reasoning_effort = SLICE_LITERAL("medium");
        return true;
    }
    if (strcmp(type->string.text, "enabled") != 0) {
        return decode_refuse(decoder, "thinking.type", "must be enabled, disabled or adaptive");
    }
    const struct json_value *budget = json_get(value, "budget_tokens");
    if (budget == NULL) {
        return decode_refuse(decoder, "thinking.budget_tokens", "is required");
    }
    if (!decode_positive_integer(decoder, budget, "thinking.budget_tokens", &request->reasoning_budget)) {
        return false;
    }
    if (request->reasoning_budget < ANTHROPIC_MIN_THINKING_BUDGET) {
        return decode_refuse(decoder, "thinking.budget_tokens", "must be at least %d", ANTHROPIC_MIN_THINKING_BUDGET);
    }
    return true;
}

/* A structured-output format, {"type": "json_schema", "schema": {…}}: kept whole, since every
 * wire format reads its "schema" member. */
static bool decode_output_format_at(struct client_decoder *decoder, const struct json_value *value, const char *path,
                                    struct canon_request *request)
{
    char member_path[DECODE_PATH_SIZE];
    if (value->type == JSON_NULL) {
        return true;
    }
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *type = json_get(value, "type");
    if (!json_is(type, JSON_STRING) || strcmp(type->string.text, "json_schema") != 0) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "type"), "must be json_schema");
    }
    if (decode_member(decoder, value, path, "schema", JSON_OBJECT) == NULL) {
        return false;
    }
    request->response_format = RESPONSE_FORMAT_JSON_SCHEMA;
    request->json_schema = value;
    return true;
}

/* output_format: the structured-outputs beta's name, which the SDKs still send. */
static bool decode_output_format(struct client_decoder *decoder, const struct request_field *field,
                                 const struct json_value *value, struct canon_request *request)
{
    return decode_output_format_at(decoder, value, field->name, request);
}

/* output_config: {format, effort}. */
static bool decode_output_config(struct client_decoder *decoder, const struct request_field *field,
                                 const struct json_value *value, struct canon_request *request)
{
    const struct json_value *format, *effort;
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)
        || !decode_optional_member(decoder, value, field->name, "effort", JSON_STRING, &effort)) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const char *key = value->object.members[i].key;
        if (strcmp(key, "format") != 0 && strcmp(key, "effort") != 0) {
            char member_path[DECODE_PATH_SIZE];
            return decode_refuse(decoder, decode_path_member(member_path, field->name, key),
                                 "is not a member lethe supports");
        }
    }
    if (effort != NULL) {
        request->reasoning_effort = decode_text(effort);
    }
    format = json_get(value, "format");
    return format == NULL || decode_output_format_at(decoder, format, "output_config.format", request);
}

/* Every top-level member lethe reads. metadata and service_tier are accepted and not
 * forwarded: they do not change the answer. system and messages are read after the walk,
 * once the size of the conversation is known. */
static const struct request_field anthropic_fields[] = {
    { "model", decode_string_field, FIELD_REQUIRED, REQUEST_MEMBER(model), 0, 0 },
    { "max_tokens", decode_positive_integer_field, FIELD_REQUIRED, REQUEST_MEMBER(max_tokens), 0, 0 },
    { "stream", decode_bool_field, 0, REQUEST_MEMBER(stream), 0, 0 },
    { "temperature", decode_number_field, 0, REQUEST_MEMBER(temperature), 0, 1 },
    { "top_p", decode_number_field, 0, REQUEST_MEMBER(top_p), 0, 1 },
    { "top_k", decode_positive_integer_field, 0, REQUEST_MEMBER(top_k), 0, 0 },
    { "stop_sequences", decode_stop_sequences, 0, 0, 0, 0 },
    { "tools", decode_tools_field, 0, 0, 0, 0 },
    { "tool_choice", decode_tool_choice, 0, 0, 0, 0 },
    { "thinking", decode_thinking, 0, 0, 0, 0 },
    { "output_config", decode_output_config, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "output_format", decode_output_format, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 },
    { .name = "metadata" },
    { .name = "service_tier" },
    { .name = "system" },
    { .name = "messages" },
};

static bool anthropic_decode_request(struct arena *arena, const struct json_value *body,
                                     struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    if (!decode_request_fields(&decoder, body, anthropic_fields, COUNT_OF(anthropic_fields), request)) {
        return false;
    }
    return decode_conversation(&decoder, body, request);
}

/* ---- replies ---- */

/* A stop reason as Anthropic names it; none, or an error, ends the turn. */
static const char *stop_reason_name(enum finish_reason reason)
{
    return finish_reason_to_name(anthropic_stop_reasons, reason, "end_turn");
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
    if (cached > usage->prompt_tokens) {
        cached = usage->prompt_tokens;        /* a part of the prompt: a provider's larger count is wrong */
    }
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
    if (response->reasoning.len || response->reasoning_signature.len) {
        /* Thinking leads the content, as Anthropic writes it; the signature is Anthropic's own,
         * empty when another provider did the thinking. */
        buffer_append_cstr(out, "{\"type\":\"thinking\",\"thinking\":");
        json_write_string(out, response->reasoning.ptr ? response->reasoning.ptr : "", response->reasoning.len);
        buffer_append_cstr(out, ",\"signature\":");
        json_write_string(out, response->reasoning_signature.ptr ? response->reasoning_signature.ptr : "",
                          response->reasoning_signature.len);
        buffer_append_char(out, '}');
        first = false;
    }
    if (response->text.len || (response->tool_call_count == 0 && response->refusal.len == 0)) {
        buffer_append_cstr(out, first ? "{\"type\":\"text\",\"text\":" : ",{\"type\":\"text\",\"text\":");
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
    int open_block_tool;         /* tool index of the open block, BLOCK_TEXT or BLOCK_THINKING */
    struct held_call *open_call; /* the call whose block is open, NULL for any other block */
    struct held_calls calls;     /* blocks cannot interleave: the other calls' pieces wait here */
    enum finish_reason finish;
    struct canon_usage usage;
    bool usage_known;
};

enum { BLOCK_TEXT = -1, BLOCK_THINKING = -2 };

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
    buffer_append_cstr(out, ",\"index\":");
    buffer_append_integer(out, state->next_block - 1);
    buffer_append_cstr(out, "}\n\n");
    state->block_open = false;
    state->open_call = NULL;
}

static void open_block(struct buffer *out, struct anthropic_stream_state *state, const struct canon_event *event)
{
    close_block(out, state);
    write_event(out, "content_block_start", "");
    buffer_append_cstr(out, ",\"index\":");
    buffer_append_integer(out, state->next_block++);
    buffer_append_cstr(out, ",\"content_block\":");
    if (event->type == EVENT_TEXT) {
        buffer_append_cstr(out, "{\"type\":\"text\",\"text\":\"\"}}\n\n");
        state->open_block_tool = BLOCK_TEXT;
    } else if (event->type == EVENT_REASONING) {
        buffer_append_cstr(out, "{\"type\":\"thinking\",\"thinking\":\"\",\"signature\":\"\"}}\n\n");
        state->open_block_tool = BLOCK_THINKING;
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
    /* Once per delta: appends, no printf. */
    buffer_append_cstr(out, ",\"index\":");
    buffer_append_integer(out, state->next_block - 1);
    buffer_append_cstr(out, ",\"delta\":{\"type\":\"");
    buffer_append_cstr(out, type);
    buffer_append_cstr(out, "\",\"");
    buffer_append_cstr(out, field);
    buffer_append_cstr(out, "\":");
    json_write_string(out, value.ptr, value.len);
    buffer_append_cstr(out, "}}\n\n");
}

/* Opens call's block and writes what it held, as one delta. */
static void open_call_block(struct buffer *out, struct anthropic_stream_state *state, struct held_call *call)
{
    struct canon_event start = { .type = EVENT_TOOL_CALL, .tool_index = call->index, .tool_id = call->id,
                                 .tool_name = call->name };
    open_block(out, state, &start);
    state->open_call = call;
    call->opened = true;
    if (call->pending.len) {
        write_delta(out, state, "input_json_delta", "partial_json", slice_of(call->pending.data, call->pending.len));
        buffer_reset(&call->pending);
    }
}

/* A piece of a call: written if its block is open, or if no call's block is (the text or
 * thinking block before it closes); held while another call's block is open. */
static void on_tool_call(struct buffer *out, struct anthropic_stream_state *state, const struct canon_event *event)
{
    struct held_call *call = held_calls_find(&state->calls, out->arena, event);
    if (call == NULL) {
        /* An index too large to track: each run of its pieces is a block of its own. */
        if (!state->block_open || state->open_call != NULL || state->open_block_tool != event->tool_index) {
            open_block(out, state, event);
        }
    } else if (state->block_open && state->open_call != NULL && state->open_call != call) {
        held_call_hold(call, event->tool_arguments);
        return;
    } else if (state->open_call != call) {
        open_call_block(out, state, call);
    }
    if (event->tool_arguments.len) {
        write_delta(out, state, "input_json_delta", "partial_json", event->tool_arguments);
    }
}

/* At the end, each held call in its own block, in the order the calls first appeared. */
static void flush_held_calls(struct buffer *out, struct anthropic_stream_state *state)
{
    struct held_call *cursor = NULL;
    struct held_call *call;
    while ((call = held_calls_next_to_flush(&state->calls, &cursor)) != NULL) {
        open_call_block(out, state, call);
        close_block(out, state);
    }
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
    case EVENT_REASONING:
        ensure_started(out, state, context);
        if (!state->block_open || state->open_block_tool != BLOCK_THINKING) {
            open_block(out, state, event);
        }
        if (event->text.len) {
            write_delta(out, state, "thinking_delta", "thinking", event->text);
        }
        if (event->signature.len) {
            write_delta(out, state, "signature_delta", "signature", event->signature);
        }
        return;
    case EVENT_TEXT:
        ensure_started(out, state, context);
        if (!state->block_open || state->open_block_tool != BLOCK_TEXT) {
            open_block(out, state, event);
        }
        write_delta(out, state, "text_delta", "text", event->text);
        return;
    case EVENT_TOOL_CALL:
        ensure_started(out, state, context);
        on_tool_call(out, state, event);
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
        flush_held_calls(out, state);
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

void anthropic_encode_error(struct buffer *out, int status, const char *type, const char *code,
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

/* The canonical fields as Messages blocks and members spell them (count_tokens too). */
const char *const anthropic_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_IMAGE_URL] = "source.url",
    [CANON_FIELD_TOOL_ARGUMENTS] = "tool_use.input",
    [CANON_FIELD_TOOL_RESULT_CALL_ID] = "tool_result.tool_use_id",
    [CANON_FIELD_MAX_TOKENS] = "max_tokens",
    [CANON_FIELD_TOP_K] = "top_k",
};

const struct client_dialect anthropic_dialect = {
    .name = "anthropic",
    .id_prefix = "msg_",
    .entries_field = "messages",
    .decode_request = anthropic_decode_request,
    .encode_response = anthropic_encode_response,
    .stream_state_size = sizeof(struct anthropic_stream_state),
    .encode_stream_event = anthropic_encode_stream_event,
    .encode_error = anthropic_encode_error,
    .field_names = anthropic_field_names,
};
