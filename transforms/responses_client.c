/* The OpenAI Responses dialect as clients speak it (POST /v1/responses): the stateless part
 * of it. A request's input items become the canonical conversation (messages, function
 * calls and their outputs, earlier reasoning); the answer goes back as a response object,
 * or as the Responses event stream (response.created … response.completed, each event
 * with its sequence_number). What needs a response kept on the server (previous_response_id,
 * store: true, background, conversation, item_reference) is refused: lethe keeps nothing.
 * Refusals name the field, never its value (transforms/client_decode.h). */
#include <stddef.h>
#include <string.h>

#include "transforms/client_decode.h"
#include "transforms/held_calls.h"
#include "transforms/openai.h"

/* ---- input items ---- */

/* Where decoded items go: one parts pool filled in order, so the message being built always
 * owns the pool's tail and an item that joins it (a function call after an assistant
 * message) only extends it. */
struct input_builder {
    struct client_decoder *decoder;
    struct canon_request *request;
    struct canon_part *pool;
    size_t pool_used;
};

static struct canon_part *next_part(struct input_builder *builder)
{
    return &builder->pool[builder->pool_used++];
}

/* A new message of role whose parts start at the pool's tail. */
static struct canon_message *open_message(struct input_builder *builder, enum canon_role role)
{
    struct canon_message *message = &builder->request->messages[builder->request->message_count++];
    message->role = role;
    message->parts = &builder->pool[builder->pool_used];
    return message;
}

/* The assistant message a function call or reasoning item joins: the last one, if it is
 * the assistant's, else a new one. */
static struct canon_message *assistant_message(struct input_builder *builder)
{
    struct canon_request *request = builder->request;
    if (request->message_count != 0) {
        struct canon_message *last = &request->messages[request->message_count - 1];
        if (last->role == ROLE_ASSISTANT && last->parts + last->part_count == &builder->pool[builder->pool_used]) {
            return last;
        }
    }
    return open_message(builder, ROLE_ASSISTANT);
}

/* A JSON string's text for matching against names, or "" (which matches none) when it
 * holds an escaped NUL: "message\u0000…" is no item type, whatever strcmp would say. */
static const char *whole_text(const struct json_value *value)
{
    return strlen(value->string.text) == value->string.len ? value->string.text : "";
}

static bool is_type(const struct json_value *type, const char *name)
{
    return json_is(type, JSON_STRING) && strcmp(whole_text(type), name) == 0;
}

static bool decode_image_part(struct client_decoder *decoder, const struct json_value *part, const char *path,
                              struct canon_part *out)
{
    const struct json_value *url, *detail;
    if (json_get(part, "file_id") != NULL && json_get(part, "file_id")->type != JSON_NULL) {
        char member_path[DECODE_PATH_SIZE];
        return decode_refuse(decoder, decode_path_member(member_path, path, "file_id"),
                             "names a file stored at OpenAI, which lethe cannot reach: send image_url");
    }
    url = decode_member(decoder, part, path, "image_url", JSON_STRING);
    if (url == NULL || !decode_optional_member(decoder, part, path, "detail", JSON_STRING, &detail)) {
        return false;
    }
    out->type = PART_IMAGE;
    out->image_url = decode_text(url);
    if (detail != NULL) {
        out->image_detail = decode_text(detail);
    }
    return true;
}

/* One content part of a message item: input_text and output_text (either role may carry
 * them back), refusal (the assistant's), input_image (the user's). */
static bool decode_content_part(struct client_decoder *decoder, const struct json_value *part, const char *path,
                                enum canon_role role, struct canon_part *out)
{
    if (!decode_expect(decoder, part, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *type = decode_member(decoder, part, path, "type", JSON_STRING);
    if (type == NULL) {
        return false;
    }
    const char *name = whole_text(type);
    bool text_type = strcmp(name, "input_text") == 0 || strcmp(name, "output_text") == 0;
    if (text_type || (strcmp(name, "refusal") == 0 && role == ROLE_ASSISTANT)) {
        const struct json_value *text = decode_member(decoder, part, path, text_type ? "text" : "refusal",
                                                      JSON_STRING);
        if (text == NULL) {
            return false;
        }
        out->type = PART_TEXT;
        out->text = decode_text(text);
        return true;
    }
    if (strcmp(name, "input_image") == 0 && role == ROLE_USER) {
        return decode_image_part(decoder, part, path, out);
    }
    char type_path[DECODE_PATH_SIZE];
    return decode_refuse(decoder, decode_path_member(type_path, path, "type"),
                         "is a content part type lethe does not support here");
}

static const struct decode_name roles[] = {
    { "user", ROLE_USER }, { "system", ROLE_SYSTEM }, { "developer", ROLE_DEVELOPER },
    { "assistant", ROLE_ASSISTANT },
};

/* {"type": "message"?, "role", "content": string | [parts]}. */
static bool decode_message_item(struct input_builder *builder, const struct json_value *item, const char *path)
{
    struct client_decoder *decoder = builder->decoder;
    char member_path[DECODE_PATH_SIZE];
    const struct json_value *role = decode_member(decoder, item, path, "role", JSON_STRING);
    if (role == NULL) {
        return false;
    }
    const struct decode_name *known = decode_lookup(roles, COUNT_OF(roles), whole_text(role));
    if (known == NULL) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "role"),
                             "must be one of user, system, developer, assistant");
    }
    const struct json_value *content = json_get(item, "content");
    decode_path_member(member_path, path, "content");
    /* The assistant's message joins the reasoning item just before it: one turn. */
    struct canon_message *message = known->value == ROLE_ASSISTANT
                                    ? assistant_message(builder)
                                    : open_message(builder, (enum canon_role)known->value);
    if (json_is(content, JSON_STRING)) {
        struct canon_part *part = next_part(builder);
        part->type = PART_TEXT;
        part->text = decode_text(content);
        message->part_count++;
        return true;
    }
    if (!json_is(content, JSON_ARRAY)) {
        return decode_refuse(decoder, member_path, "must be a string or an array of content parts");
    }
    for (size_t i = 0; i < content->array.count; i++) {
        char part_path[DECODE_PATH_SIZE];
        decode_path_index(part_path, member_path, i);
        if (!decode_content_part(decoder, content->array.items[i], part_path, message->role, next_part(builder))) {
            return false;
        }
        message->part_count++;
    }
    return true;
}

/* {"type": "function_call", "call_id", "name", "arguments"}: the assistant's call. */
static bool decode_function_call_item(struct input_builder *builder, const struct json_value *item, const char *path)
{
    struct client_decoder *decoder = builder->decoder;
    const struct json_value *call_id = decode_member(decoder, item, path, "call_id", JSON_STRING);
    const struct json_value *name = call_id ? decode_member(decoder, item, path, "name", JSON_STRING) : NULL;
    const struct json_value *arguments = name ? decode_member(decoder, item, path, "arguments", JSON_STRING) : NULL;
    if (arguments == NULL) {
        return false;
    }
    struct canon_message *message = assistant_message(builder);
    struct canon_part *part = next_part(builder);
    message->part_count++;
    part->type = PART_TOOL_CALL;
    part->tool_call_id = decode_text(call_id);
    part->tool_name = decode_text(name);
    part->tool_arguments = decode_text(arguments);
    return true;
}

/* {"type": "function_call_output", "call_id", "output": string | [input_text parts]}. */
static bool decode_function_output_item(struct input_builder *builder, const struct json_value *item,
                                        const char *path)
{
    struct client_decoder *decoder = builder->decoder;
    char output_path[DECODE_PATH_SIZE];
    const struct json_value *call_id = decode_member(decoder, item, path, "call_id", JSON_STRING);
    if (call_id == NULL) {
        return false;
    }
    const struct json_value *output = json_get(item, "output");
    decode_path_member(output_path, path, "output");
    struct buffer joined;
    buffer_init(&joined, decoder->arena, 64);
    if (json_is(output, JSON_STRING)) {
        buffer_append(&joined, output->string.text, output->string.len);
    } else if (json_is(output, JSON_ARRAY)) {
        for (size_t i = 0; i < output->array.count; i++) {
            const struct json_value *piece = output->array.items[i];
            const struct json_value *text = json_get(piece, "text");
            if (!is_type(json_get(piece, "type"), "input_text") || !json_is(text, JSON_STRING)) {
                char piece_path[DECODE_PATH_SIZE];
                return decode_refuse(decoder, decode_path_index(piece_path, output_path, i),
                                     "must be an input_text part: tool outputs carry only text");
            }
            buffer_append(&joined, text->string.text, text->string.len);
        }
    } else {
        return decode_refuse(decoder, output_path, "must be a string or an array of input_text parts");
    }
    struct canon_message *message = open_message(builder, ROLE_TOOL);
    struct canon_part *part = next_part(builder);
    message->part_count = 1;
    part->type = PART_TOOL_RESULT;
    part->tool_call_id = decode_text(call_id);
    part->text = slice_of(joined.data, joined.len);
    return true;
}

/* {"type": "reasoning", "summary": [{"type": "summary_text", "text"}]}: an earlier turn's
 * reasoning, kept with the assistant turn it precedes. It carries no Anthropic signature,
 * so no provider is sent it back (see the wire formats). */
static bool decode_reasoning_item(struct input_builder *builder, const struct json_value *item, const char *path)
{
    struct client_decoder *decoder = builder->decoder;
    const struct json_value *summary;
    if (!decode_optional_member(decoder, item, path, "summary", JSON_ARRAY, &summary)) {
        return false;
    }
    struct buffer joined;
    buffer_init(&joined, decoder->arena, 64);
    for (size_t i = 0; summary != NULL && i < summary->array.count; i++) {
        struct slice text = json_get_string(summary->array.items[i], "text");
        buffer_append(&joined, text.ptr, text.len);
    }
    struct canon_message *message = assistant_message(builder);
    struct canon_part *part = next_part(builder);
    message->part_count++;
    part->type = PART_REASONING;
    part->text = slice_of(joined.data, joined.len);
    return true;
}

static bool decode_item(struct input_builder *builder, const struct json_value *item, size_t index)
{
    struct client_decoder *decoder = builder->decoder;
    char path[DECODE_PATH_SIZE];
    char type_path[DECODE_PATH_SIZE];
    decode_path_index(path, "input", index);
    if (!decode_expect(decoder, item, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *type = json_get(item, "type");
    if (type == NULL || is_type(type, "message")) {
        return decode_message_item(builder, item, path);
    }
    if (is_type(type, "function_call")) {
        return decode_function_call_item(builder, item, path);
    }
    if (is_type(type, "function_call_output")) {
        return decode_function_output_item(builder, item, path);
    }
    if (is_type(type, "reasoning")) {
        return decode_reasoning_item(builder, item, path);
    }
    decode_path_member(type_path, path, "type");
    if (is_type(type, "item_reference")) {
        return decode_refuse(decoder, type_path,
                             "refers to a stored item, and lethe is a zero-retention gateway that stores none: "
                             "send the item itself (with the Vercel AI SDK: providerOptions.openai.store = false)");
    }
    return decode_refuse(decoder, type_path, "is an input item type lethe does not support");
}

/* input: a string (one user message) or an array of items; instructions, when given, lead
 * as a system message. Each item yields at most one message and one part per content part. */
static bool decode_input(struct client_decoder *decoder, const struct json_value *body, struct canon_request *request)
{
    const struct json_value *input = json_get(body, "input");
    const struct json_value *instructions = json_get(body, "instructions");
    if (input == NULL || (!json_is(input, JSON_STRING) && !json_is(input, JSON_ARRAY))) {
        return decode_refuse(decoder, "input", input == NULL ? "is required" : "must be a string or an array of items");
    }
    if (instructions != NULL && instructions->type != JSON_NULL && !decode_expect(decoder, instructions, JSON_STRING,
                                                                                  "instructions")) {
        return false;
    }
    size_t items = json_is(input, JSON_ARRAY) ? input->array.count : 1;
    size_t parts = 2;
    for (size_t i = 0; json_is(input, JSON_ARRAY) && i < input->array.count; i++) {
        const struct json_value *content = json_get(input->array.items[i], "content");
        parts += 1 + (json_is(content, JSON_ARRAY) ? content->array.count : 0);
    }
    request->messages = arena_calloc(decoder->arena, items + 2, sizeof *request->messages);
    struct input_builder builder = { .decoder = decoder, .request = request,
                                     .pool = arena_calloc(decoder->arena, parts + 1, sizeof *builder.pool) };
    if (json_is(instructions, JSON_STRING)) {
        struct canon_message *system = open_message(&builder, ROLE_SYSTEM);
        struct canon_part *part = next_part(&builder);
        part->type = PART_TEXT;
        part->text = decode_text(instructions);
        system->part_count = 1;
    }
    if (json_is(input, JSON_STRING)) {
        struct canon_message *user = open_message(&builder, ROLE_USER);
        struct canon_part *part = next_part(&builder);
        part->type = PART_TEXT;
        part->text = decode_text(input);
        user->part_count = 1;
        return true;
    }
    for (size_t i = 0; i < input->array.count; i++) {
        if (!decode_item(&builder, input->array.items[i], i)) {
            return false;
        }
    }
    if (input->array.count == 0) {
        return decode_refuse(decoder, "input", "must not be empty");
    }
    return true;
}

/* ---- top-level members, one decoder a row of responses_fields ---- */

/* {"type": "function", "name", "description", "parameters", "strict"}: Responses tools are
 * flat. Built-in tools (web search, file search, code interpreter …) run at OpenAI. */
static bool decode_function_tool(struct client_decoder *decoder, const struct json_value *tool, const char *path,
                                 struct canon_tool *out)
{
    char member_path[DECODE_PATH_SIZE];
    if (!is_type(json_get(tool, "type"), "function")) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "type"),
                             "is a tool type lethe does not support: only function tools translate");
    }
    return decode_tool_declaration(decoder, tool, path, "parameters", false, out)
           && decode_tool_strict(decoder, tool, path, out);
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

/* "auto", "none", "required", or {"type": "function", "name"}. */
static bool decode_tool_choice(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    const struct decode_name *mode = json_is(value, JSON_STRING)
                                     ? decode_lookup(tool_choice_modes, COUNT_OF(tool_choice_modes),
                                                     whole_text(value))
                                     : NULL;
    if (mode != NULL) {
        request->tool_choice = (enum tool_choice_mode)mode->value;
        return true;
    }
    const struct json_value *name = json_get(value, "name");
    if (!is_type(json_get(value, "type"), "function") || !json_is(name, JSON_STRING)) {
        return decode_refuse(decoder, field->name, "must be auto, none, required or a function");
    }
    request->tool_choice = TOOL_CHOICE_FUNCTION;
    request->tool_choice_name = decode_text(name);
    return true;
}

static const struct decode_name text_formats[] = {
    { "text", RESPONSE_FORMAT_TEXT }, { "json_object", RESPONSE_FORMAT_JSON_OBJECT },
    { "json_schema", RESPONSE_FORMAT_JSON_SCHEMA },
};

/* text: {"format": {"type": text | json_object | json_schema (flat: name, schema, strict,
 * description)}}. The flat json_schema object is kept whole: every wire format reads its
 * "schema", and the OpenAI one its name and strict. verbosity cannot be carried. */
static bool decode_text_field(struct client_decoder *decoder, const struct request_field *field,
                              const struct json_value *value, struct canon_request *request)
{
    const struct json_value *format, *verbosity;
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)
        || !decode_optional_member(decoder, value, field->name, "format", JSON_OBJECT, &format)) {
        return false;
    }
    verbosity = json_get(value, "verbosity");
    if (verbosity != NULL && verbosity->type != JSON_NULL) {
        return decode_refuse(decoder, "text.verbosity", "is not supported by lethe");
    }
    if (format == NULL) {
        return true;
    }
    const struct json_value *type = decode_member(decoder, format, "text.format", "type", JSON_STRING);
    if (type == NULL) {
        return false;
    }
    const struct decode_name *known = decode_lookup(text_formats, COUNT_OF(text_formats), whole_text(type));
    if (known == NULL) {
        return decode_refuse(decoder, "text.format.type", "must be text, json_object or json_schema");
    }
    request->response_format = (enum response_format_type)known->value;
    if (request->response_format == RESPONSE_FORMAT_JSON_SCHEMA) {
        if (decode_member(decoder, format, "text.format", "schema", JSON_OBJECT) == NULL) {
            return false;
        }
        request->json_schema = format;
    }
    return true;
}

/* reasoning: {"effort", "summary"}: the effort translates (canonical.h). A summary is not
 * asked for: whatever thinking a provider returns comes back as a reasoning item. */
static bool decode_reasoning(struct client_decoder *decoder, const struct request_field *field,
                             const struct json_value *value, struct canon_request *request)
{
    const struct json_value *effort = NULL, *summary = NULL;
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    effort = json_get(value, "effort");
    summary = json_get(value, "summary");
    if (summary == NULL || summary->type == JSON_NULL) {
        summary = json_get(value, "generate_summary");
    }
    if (effort != NULL && effort->type != JSON_NULL) {
        if (!decode_expect(decoder, effort, JSON_STRING, "reasoning.effort")) {
            return false;
        }
        request->reasoning_effort = decode_text(effort);
    }
    return summary == NULL || summary->type == JSON_NULL
           || decode_expect(decoder, summary, JSON_STRING, "reasoning.summary");
}

/* What a stateful server keeps and lethe does not: a 400 that says so, for any value that
 * asks for it (a false or null asks for nothing). */
static bool refuse_state(struct client_decoder *decoder, const char *name)
{
    return decode_refuse(decoder, name, "needs a response kept on the server, and lethe is a zero-retention "
                                        "gateway that keeps none: send the whole conversation in input");
}

static bool decode_stateless_flag(struct client_decoder *decoder, const struct request_field *field,
                                  const struct json_value *value, struct canon_request *request)
{
    (void)request;
    if (!decode_expect(decoder, value, JSON_BOOL, field->name)) {
        return false;
    }
    return !value->boolean || refuse_state(decoder, field->name);
}

static bool decode_state_reference(struct client_decoder *decoder, const struct request_field *field,
                                   const struct json_value *value, struct canon_request *request)
{
    (void)value;
    (void)request;
    return refuse_state(decoder, field->name);
}

/* Every top-level member lethe reads. A row without a decoder is accepted and not forwarded:
 * it does not change the answer (include asks for extra output lethe does not produce).
 * instructions and input are read after the walk. */
static const struct request_field responses_fields[] = {
    { "model", decode_string_field, FIELD_REQUIRED, REQUEST_MEMBER(model), 0, 0 },
    { "stream", decode_bool_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(stream), 0, 0 },
    { "temperature", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(temperature), 0, 2 },
    { "top_p", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(top_p), 0, 1 },
    { "max_output_tokens", decode_positive_integer_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(max_tokens), 0, 0 },
    { "tools", decode_tools_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "tool_choice", decode_tool_choice, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "parallel_tool_calls", decode_parallel_tool_calls_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "text", decode_text_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "reasoning", decode_reasoning, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "store", decode_stateless_flag, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "background", decode_stateless_flag, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "previous_response_id", decode_state_reference, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "conversation", decode_state_reference, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 },
    { .name = "input" },
    { .name = "instructions" },
    { .name = "include" },
    { .name = "user" },
    { .name = "safety_identifier" },
    { .name = "metadata" },
    { .name = "service_tier" },
    { .name = "prompt_cache_key" },
    { .name = "truncation" },
    { .name = "stream_options" },
};

static bool responses_decode_request(struct arena *arena, const struct json_value *body,
                                     struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    if (!decode_request_fields(&decoder, body, responses_fields, COUNT_OF(responses_fields), request)) {
        return false;
    }
    return decode_input(&decoder, body, request);
}

/* ---- the response object ---- */

/* The reply id is "resp_" + the request id; its items' ids take that suffix after their own
 * prefix ("msg_…", "rs_…", "fc_…_N"). */
static const char *id_suffix(const struct reply_context *context)
{
    const char *underscore = strchr(context->id, '_');
    return underscore != NULL ? underscore + 1 : context->id;
}

static void write_usage(struct buffer *out, const struct canon_usage *usage)
{
    if (!usage->present) {
        buffer_append_cstr(out, "null");
        return;
    }
    long long total = usage->total_tokens ? usage->total_tokens : usage->prompt_tokens + usage->completion_tokens;
    buffer_printf(out, "{\"input_tokens\":%lld,\"input_tokens_details\":{\"cached_tokens\":%lld},"
                       "\"output_tokens\":%lld,\"output_tokens_details\":{\"reasoning_tokens\":%lld},"
                       "\"total_tokens\":%lld}",
                  usage->prompt_tokens, usage->cached_tokens > 0 ? usage->cached_tokens : 0,
                  usage->completion_tokens, usage->reasoning_tokens > 0 ? usage->reasoning_tokens : 0, total);
}

/* A finish the client should see as an incomplete response, and why; NULL for a complete one. */
static const char *incomplete_reason(enum finish_reason finish)
{
    switch (finish) {
    case FINISH_LENGTH: return "max_output_tokens";
    case FINISH_CONTENT_FILTER: return "content_filter";
    default: return NULL;
    }
}

/* The response object, up to and including "output":[ … the caller writes the items, then
 * write_response_tail. */
static void write_response_head(struct buffer *out, const struct reply_context *context, const char *status,
                                const char *reason, const char *error_code, struct slice error_message)
{
    buffer_append_cstr(out, "{\"id\":");
    json_write_cstring(out, context->id);
    buffer_printf(out, ",\"object\":\"response\",\"created_at\":%lld,\"status\":\"%s\",\"error\":",
                  context->created, status);
    if (error_code != NULL) {
        buffer_printf(out, "{\"code\":\"%s\",\"message\":", error_code);
        json_write_string(out, error_message.ptr, error_message.len);
        buffer_append_char(out, '}');
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"incomplete_details\":");
    if (reason != NULL) {
        buffer_printf(out, "{\"reason\":\"%s\"}", reason);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"model\":");
    json_write_cstring(out, context->model);
    buffer_append_cstr(out, ",\"output\":[");
}

static void write_response_tail(struct buffer *out, const struct canon_usage *usage)
{
    buffer_append_cstr(out, "],\"parallel_tool_calls\":true,\"previous_response_id\":null,\"store\":false,"
                            "\"text\":{\"format\":{\"type\":\"text\"}},\"tool_choice\":\"auto\",\"tools\":[],"
                            "\"truncation\":\"disabled\",\"metadata\":{},\"usage\":");
    write_usage(out, usage);
    buffer_append_char(out, '}');
}

static void write_message_item(struct buffer *out, const struct reply_context *context, const char *status,
                               struct slice text, bool refusal)
{
    buffer_printf(out, "{\"id\":\"msg_%s\",\"type\":\"message\",\"status\":\"%s\",\"role\":\"assistant\","
                       "\"content\":[", id_suffix(context), status);
    if (refusal) {
        buffer_append_cstr(out, "{\"type\":\"refusal\",\"refusal\":");
        json_write_string(out, text.ptr ? text.ptr : "", text.len);
        buffer_append_cstr(out, "}]}");
        return;
    }
    buffer_append_cstr(out, "{\"type\":\"output_text\",\"text\":");
    json_write_string(out, text.ptr ? text.ptr : "", text.len);
    buffer_append_cstr(out, ",\"annotations\":[],\"logprobs\":[]}]}");
}

static void write_reasoning_item(struct buffer *out, const struct reply_context *context, struct slice text)
{
    buffer_printf(out, "{\"id\":\"rs_%s\",\"type\":\"reasoning\",\"summary\":[{\"type\":\"summary_text\",\"text\":",
                  id_suffix(context));
    json_write_string(out, text.ptr ? text.ptr : "", text.len);
    buffer_append_cstr(out, "}]}");
}

static void write_function_call_item(struct buffer *out, const struct reply_context *context, int index,
                                     const char *status, struct slice call_id, struct slice name,
                                     struct slice arguments)
{
    buffer_printf(out, "{\"id\":\"fc_%s_%d\",\"type\":\"function_call\",\"status\":\"%s\",\"call_id\":",
                  id_suffix(context), index, status);
    json_write_string(out, call_id.ptr ? call_id.ptr : "", call_id.len);
    buffer_append_cstr(out, ",\"name\":");
    json_write_string(out, name.ptr ? name.ptr : "", name.len);
    buffer_append_cstr(out, ",\"arguments\":");
    json_write_string(out, arguments.ptr ? arguments.ptr : "", arguments.len);
    buffer_append_char(out, '}');
}

static void responses_encode_response(struct buffer *out, const struct canon_response *response,
                                      const struct reply_context *context)
{
    const char *reason = incomplete_reason(response->finish);
    write_response_head(out, context, reason != NULL ? "incomplete" : "completed", reason, NULL, SLICE_LITERAL(""));
    bool first = true;
    if (response->reasoning.len) {
        write_reasoning_item(out, context, response->reasoning);
        first = false;
    }
    if (response->refusal.len || response->text.len || response->tool_call_count == 0) {
        buffer_append_cstr(out, first ? "" : ",");
        bool refusal = response->refusal.len != 0 && response->text.len == 0;
        write_message_item(out, context, "completed", refusal ? response->refusal : response->text, refusal);
        first = false;
    }
    for (size_t i = 0; i < response->tool_call_count; i++) {
        const struct canon_tool_call *call = &response->tool_calls[i];
        buffer_append_cstr(out, first ? "" : ",");
        write_function_call_item(out, context, (int)i, "completed", call->id, call->name, call->arguments);
        first = false;
    }
    write_response_tail(out, &response->usage);
}

/* ---- the event stream ---- */

enum open_item { ITEM_NONE, ITEM_MESSAGE, ITEM_REASONING, ITEM_FUNCTION_CALL };

/* The stream's state: one output item open at a time, as OpenAI streams them. Its text (the
 * message's, the reasoning's, or the call's arguments) is kept, for the .done events that
 * repeat it whole; each finished item is kept, for the final response object that lists
 * them all. The pieces of a call other than the open one wait in calls, so calls a provider
 * interleaves still come out one whole item each. All of it lives in the request arena. */
struct responses_stream_state {
    bool started;
    bool buffers_ready;
    long long sequence;                /* the next event's sequence_number */
    int output_count;                  /* items opened so far: the next output_index */
    enum open_item open;
    int open_tool;                     /* the canonical tool_index of the open function call */
    struct held_call *open_call;       /* the open function call when it is tracked, else NULL */
    struct held_calls calls;
    int call_count;                    /* function calls opened: their "fc_…_N" */
    struct buffer item_text;
    struct buffer call_id;
    struct buffer call_name;
    struct buffer finished_items;      /* comma-separated JSON of every finished item */
    enum finish_reason finish;
    bool usage_known;
    struct canon_usage usage;
};

/* "event: NAME\ndata: {"type":"NAME","sequence_number":N" — the caller adds the rest and
 * closes with end_event. */
static void begin_event(struct buffer *out, struct responses_stream_state *state, const char *name)
{
    /* Once per event: appends, no printf. */
    buffer_append_cstr(out, "event: ");
    buffer_append_cstr(out, name);
    buffer_append_cstr(out, "\ndata: {\"type\":\"");
    buffer_append_cstr(out, name);
    buffer_append_cstr(out, "\",\"sequence_number\":");
    buffer_append_integer(out, state->sequence++);
}

static void end_event(struct buffer *out)
{
    buffer_append_cstr(out, "}\n\n");
}

static void item_id(struct buffer *out, const struct responses_stream_state *state,
                    const struct reply_context *context)
{
    switch (state->open) {
    case ITEM_REASONING: buffer_printf(out, "\"rs_%s\"", id_suffix(context)); return;
    case ITEM_FUNCTION_CALL: buffer_printf(out, "\"fc_%s_%d\"", id_suffix(context), state->call_count - 1); return;
    default: buffer_printf(out, "\"msg_%s\"", id_suffix(context)); return;
    }
}

/* ,"item_id":…,"output_index":N — the members that place an event in its item. */
static void write_place(struct buffer *out, const struct responses_stream_state *state,
                        const struct reply_context *context)
{
    buffer_append_cstr(out, ",\"item_id\":");
    item_id(out, state, context);
    buffer_append_cstr(out, ",\"output_index\":");
    buffer_append_integer(out, state->output_count - 1);
}

static void write_response_event(struct buffer *out, struct responses_stream_state *state, const char *name,
                                 const struct reply_context *context, const char *status, const char *reason)
{
    begin_event(out, state, name);
    buffer_append_cstr(out, ",\"response\":");
    write_response_head(out, context, status, reason, NULL, SLICE_LITERAL(""));
    buffer_append(out, state->finished_items.data, state->finished_items.len);
    struct canon_usage none = { 0 };
    write_response_tail(out, state->usage_known ? &state->usage : &none);
    end_event(out);
}

static void ensure_started(struct buffer *out, struct responses_stream_state *state,
                           const struct reply_context *context)
{
    if (!state->buffers_ready) {
        state->buffers_ready = true;
        buffer_init(&state->item_text, out->arena, 256);
        buffer_init(&state->call_id, out->arena, 32);
        buffer_init(&state->call_name, out->arena, 32);
        buffer_init(&state->finished_items, out->arena, 256);
    }
    if (state->started) {
        return;
    }
    state->started = true;
    write_response_event(out, state, "response.created", context, "in_progress", NULL);
    write_response_event(out, state, "response.in_progress", context, "in_progress", NULL);
}

/* The open item as it stands, with status, into out. Just added, it has no content yet: the
 * content part's own .added event brings it (the SDKs' accumulators append at its index). */
static void write_open_item(struct buffer *out, const struct responses_stream_state *state,
                            const struct reply_context *context, const char *status)
{
    struct slice text = slice_of(state->item_text.data, state->item_text.len);
    bool added = strcmp(status, "in_progress") == 0;
    if (added && state->open == ITEM_MESSAGE) {
        buffer_printf(out, "{\"id\":\"msg_%s\",\"type\":\"message\",\"status\":\"in_progress\","
                           "\"role\":\"assistant\",\"content\":[]}", id_suffix(context));
        return;
    }
    if (added && state->open == ITEM_REASONING) {
        buffer_printf(out, "{\"id\":\"rs_%s\",\"type\":\"reasoning\",\"summary\":[]}", id_suffix(context));
        return;
    }
    switch (state->open) {
    case ITEM_MESSAGE: write_message_item(out, context, status, text, false); return;
    case ITEM_REASONING: write_reasoning_item(out, context, text); return;
    case ITEM_FUNCTION_CALL:
        write_function_call_item(out, context, state->call_count - 1, status,
                                 slice_of(state->call_id.data, state->call_id.len),
                                 slice_of(state->call_name.data, state->call_name.len), text);
        return;
    case ITEM_NONE: return;
    }
}

static void write_text_part(struct buffer *out, struct slice text)
{
    buffer_append_cstr(out, "{\"type\":\"output_text\",\"text\":");
    json_write_string(out, text.ptr ? text.ptr : "", text.len);
    buffer_append_cstr(out, ",\"annotations\":[]}");
}

static void write_summary_part(struct buffer *out, struct slice text)
{
    buffer_append_cstr(out, "{\"type\":\"summary_text\",\"text\":");
    json_write_string(out, text.ptr ? text.ptr : "", text.len);
    buffer_append_char(out, '}');
}

/* The .done events of the open item's content, then output_item.done; the item joins the
 * finished ones. */
static void close_item(struct buffer *out, struct responses_stream_state *state, const struct reply_context *context)
{
    if (state->open == ITEM_NONE) {
        return;
    }
    struct slice text = slice_of(state->item_text.data, state->item_text.len);
    if (state->open == ITEM_MESSAGE) {
        begin_event(out, state, "response.output_text.done");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"content_index\":0,\"text\":");
        json_write_string(out, text.ptr, text.len);
        buffer_append_cstr(out, ",\"logprobs\":[]");
        end_event(out);
        begin_event(out, state, "response.content_part.done");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"content_index\":0,\"part\":");
        write_text_part(out, text);
        end_event(out);
    } else if (state->open == ITEM_REASONING) {
        begin_event(out, state, "response.reasoning_summary_text.done");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"summary_index\":0,\"text\":");
        json_write_string(out, text.ptr, text.len);
        end_event(out);
        begin_event(out, state, "response.reasoning_summary_part.done");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"summary_index\":0,\"part\":");
        write_summary_part(out, text);
        end_event(out);
    } else {
        begin_event(out, state, "response.function_call_arguments.done");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"name\":");
        json_write_string(out, state->call_name.data, state->call_name.len);
        buffer_append_cstr(out, ",\"arguments\":");
        json_write_string(out, text.ptr, text.len);
        end_event(out);
    }
    begin_event(out, state, "response.output_item.done");
    buffer_printf(out, ",\"output_index\":%d,\"item\":", state->output_count - 1);
    write_open_item(out, state, context, "completed");
    end_event(out);
    if (state->finished_items.len) {
        buffer_append_char(&state->finished_items, ',');
    }
    write_open_item(&state->finished_items, state, context, "completed");
    state->open = ITEM_NONE;
    state->open_call = NULL;
    buffer_reset(&state->item_text);
}

/* output_item.added for a new item of kind, and its content part's .added event. */
static void open_item(struct buffer *out, struct responses_stream_state *state, const struct reply_context *context,
                      enum open_item kind, const struct canon_event *event)
{
    close_item(out, state, context);
    state->open = kind;
    state->output_count++;
    if (kind == ITEM_FUNCTION_CALL) {
        state->call_count++;
        state->open_tool = event->tool_index;
        buffer_reset(&state->call_id);
        buffer_reset(&state->call_name);
        buffer_append(&state->call_id, event->tool_id.ptr, event->tool_id.len);
        buffer_append(&state->call_name, event->tool_name.ptr, event->tool_name.len);
    }
    begin_event(out, state, "response.output_item.added");
    buffer_printf(out, ",\"output_index\":%d,\"item\":", state->output_count - 1);
    write_open_item(out, state, context, "in_progress");
    end_event(out);
    if (kind == ITEM_MESSAGE) {
        begin_event(out, state, "response.content_part.added");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"content_index\":0,\"part\":");
        write_text_part(out, SLICE_LITERAL(""));
        end_event(out);
    } else if (kind == ITEM_REASONING) {
        begin_event(out, state, "response.reasoning_summary_part.added");
        write_place(out, state, context);
        buffer_append_cstr(out, ",\"summary_index\":0,\"part\":");
        write_summary_part(out, SLICE_LITERAL(""));
        end_event(out);
    }
}

static void write_text_delta(struct buffer *out, struct responses_stream_state *state,
                             const struct reply_context *context, const char *name, const char *index_member,
                             struct slice delta)
{
    begin_event(out, state, name);
    write_place(out, state, context);
    if (index_member != NULL) {
        buffer_printf(out, ",\"%s\":0", index_member);
    }
    buffer_append_cstr(out, ",\"delta\":");
    json_write_string(out, delta.ptr, delta.len);
    if (state->open == ITEM_MESSAGE) {
        buffer_append_cstr(out, ",\"logprobs\":[]");
    }
    end_event(out);
    buffer_append(&state->item_text, delta.ptr, delta.len);
}

static void write_arguments_delta(struct buffer *out, struct responses_stream_state *state,
                                  const struct reply_context *context, struct slice arguments)
{
    if (arguments.len) {
        write_text_delta(out, state, context, "response.function_call_arguments.delta", NULL, arguments);
    }
}

/* Opens call's item and writes what it held, as one delta. */
static void open_call_item(struct buffer *out, struct responses_stream_state *state,
                           const struct reply_context *context, struct held_call *call)
{
    struct canon_event start = { .type = EVENT_TOOL_CALL, .tool_index = call->index, .tool_id = call->id,
                                 .tool_name = call->name };
    open_item(out, state, context, ITEM_FUNCTION_CALL, &start);
    state->open_call = call;
    call->opened = true;
    write_arguments_delta(out, state, context, slice_of(call->pending.data, call->pending.len));
    buffer_reset(&call->pending);
}

/* One item per call: a piece is written if its call's item is open, or if no call's item is
 * (the message or reasoning before it closes); held while another call's item is open. Some
 * servers repeat the id and name in every piece: the first ones count. */
static void on_tool_call(struct buffer *out, struct responses_stream_state *state, const struct canon_event *event,
                         const struct reply_context *context)
{
    struct held_call *call = held_calls_find(&state->calls, out->arena, event);
    if (call == NULL) {
        /* An index too large to track: each run of its pieces is an item of its own. */
        if (state->open != ITEM_FUNCTION_CALL || state->open_call != NULL || state->open_tool != event->tool_index) {
            open_item(out, state, context, ITEM_FUNCTION_CALL, event);
        }
    } else if (state->open == ITEM_FUNCTION_CALL && state->open_call != NULL && state->open_call != call) {
        held_call_hold(call, event->tool_arguments);
        return;
    } else if (state->open_call != call) {
        open_call_item(out, state, context, call);
    }
    write_arguments_delta(out, state, context, event->tool_arguments);
}

/* At the end, each held call as an item of its own, in the order the calls first appeared. */
static void flush_held_calls(struct buffer *out, struct responses_stream_state *state,
                             const struct reply_context *context)
{
    struct held_call *cursor = NULL;
    struct held_call *call;
    while ((call = held_calls_next_to_flush(&state->calls, &cursor)) != NULL) {
        open_call_item(out, state, context, call);
        close_item(out, state, context);
    }
}

/* A stream the provider broke: response.failed (the response's own record of it), then the
 * error event, which the OpenAI SDKs raise. No response.completed follows. */
static void on_error(struct buffer *out, struct responses_stream_state *state, const struct canon_event *event,
                     const struct reply_context *context)
{
    const char *code = event->error_status >= 500 || event->error_status == 0 ? "server_error"
                       : event->error_status == 429 ? "rate_limit_exceeded" : "invalid_request_error";
    begin_event(out, state, "response.failed");
    buffer_append_cstr(out, ",\"response\":");
    write_response_head(out, context, "failed", NULL, code, event->text);
    buffer_append(out, state->finished_items.data, state->finished_items.len);
    struct canon_usage none = { 0 };
    write_response_tail(out, &none);
    end_event(out);
    begin_event(out, state, "error");
    buffer_printf(out, ",\"code\":\"%s\",\"message\":", code);
    json_write_string(out, event->text.ptr, event->text.len);
    buffer_printf(out, ",\"param\":null,\"error\":{\"type\":\"%s\",\"code\":\"%s\",\"message\":",
                  event->error_status >= 500 ? "server_error" : "invalid_request_error", code);
    json_write_string(out, event->text.ptr, event->text.len);
    buffer_append_cstr(out, ",\"param\":null}");
    end_event(out);
}

static void responses_encode_stream_event(struct buffer *out, void *opaque, const struct canon_event *event,
                                          const struct reply_context *context)
{
    struct responses_stream_state *state = opaque;
    ensure_started(out, state, context);
    switch (event->type) {
    case EVENT_START:
        return;
    case EVENT_REASONING:
        if (event->text.len == 0) {
            return;                      /* a signature alone: Responses has no place for it */
        }
        if (state->open != ITEM_REASONING) {
            open_item(out, state, context, ITEM_REASONING, event);
        }
        write_text_delta(out, state, context, "response.reasoning_summary_text.delta", "summary_index", event->text);
        return;
    case EVENT_TEXT:
        if (state->open != ITEM_MESSAGE) {
            open_item(out, state, context, ITEM_MESSAGE, event);
        }
        write_text_delta(out, state, context, "response.output_text.delta", "content_index", event->text);
        return;
    case EVENT_TOOL_CALL:
        on_tool_call(out, state, event, context);
        return;
    case EVENT_FINISH:
        state->finish = event->finish;
        return;
    case EVENT_USAGE:
        state->usage = event->usage;
        state->usage_known = true;
        return;
    case EVENT_END: {
        close_item(out, state, context);
        flush_held_calls(out, state, context);
        if (state->output_count == 0) {
            open_item(out, state, context, ITEM_MESSAGE, event);   /* an empty answer is one empty message */
            close_item(out, state, context);
        }
        const char *reason = incomplete_reason(state->finish);
        write_response_event(out, state, reason != NULL ? "response.incomplete" : "response.completed", context,
                             reason != NULL ? "incomplete" : "completed", reason);
        return;
    }
    case EVENT_ERROR:
        on_error(out, state, event, context);
        return;
    }
}

/* The canonical fields as Responses input items and members spell them. */
static const char *const responses_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_IMAGE_URL] = "input_image.image_url",
    [CANON_FIELD_TOOL_ARGUMENTS] = "function_call.arguments",
    [CANON_FIELD_TOOL_RESULT_CALL_ID] = "function_call_output.call_id",
    [CANON_FIELD_RESPONSE_FORMAT] = "text.format",
    [CANON_FIELD_MAX_TOKENS] = "max_output_tokens",
};

const struct client_dialect responses_dialect = {
    .name = "responses",
    .id_prefix = "resp_",
    .entries_field = "input",
    .decode_request = responses_decode_request,
    .encode_response = responses_encode_response,
    .stream_state_size = sizeof(struct responses_stream_state),
    .encode_stream_event = responses_encode_stream_event,
    .encode_error = openai_encode_error,
    .field_names = responses_field_names,
};
