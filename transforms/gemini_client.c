/* The Gemini dialect as clients speak it (gemini_client.h). What the decoder bridges: the
 * assistant is "model"; a functionResponse answers a call by its name (and optionally an
 * id), so each is matched with a functionCall of the model turn before it and gets that
 * call's id; functionResponse parts become canonical tool messages, ahead of the turn's
 * other parts; OpenAPI schemas ("type": "OBJECT") are read as JSON Schema (types in lower
 * case). A functionCall's thoughtSignature rides in its id, as the Gemini wire format keeps
 * it ("id~ts~SIGNATURE"), so it reaches a Gemini provider again on the next turn.
 * The encoder writes whole functionCall parts (Gemini never streams arguments in pieces):
 * a stream's calls are gathered and sent with its last chunk. thinkingConfig is the canonical
 * reasoning budget (or effort); the thinking any provider returns comes back as parts marked
 * "thought", and only with includeThoughts, as Gemini itself does. */
#include "transforms/gemini_client.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "transforms/client_decode.h"
#include "transforms/foundation/url.h"
#include "transforms/operations.h"

static const char signature_marker[] = "~ts~";

/* ---- contents ---- */

/* The calls of the last model turn, which the next turn's functionResponses answer: each
 * response takes the first unanswered call of its name. The calls are sorted by name (then
 * by position), so a response finds its name's calls by binary search: O(log n) per
 * response whatever the names are. (A hash table of client-chosen names can be flooded:
 * names that share a slot made its probing quadratic, seconds of loop for one body.) */
struct pending_call {
    struct slice name;
    struct slice id;
    size_t position;             /* its place in the turn: the first of a name is answered first */
};

struct call_book {
    struct pending_call *calls;  /* sorted by name, then position */
    size_t count;
    size_t *cursor;              /* at the first call of each name: its first unanswered call */
};

static bool same_name(struct slice a, struct slice b)
{
    return a.len == b.len && memcmp(a.ptr, b.ptr, a.len) == 0;
}

static int compare_calls(const void *left, const void *right)
{
    const struct pending_call *a = left, *b = right;
    int order = slice_compare(a->name, b->name);
    return order != 0 ? order : (a->position > b->position) - (a->position < b->position);
}

/* The book of a model turn's calls, given in order. */
static void open_book(struct arena *arena, struct call_book *book, struct pending_call *calls, size_t count)
{
    qsort(calls, count, sizeof *calls, compare_calls);
    *book = (struct call_book){ .calls = calls, .count = count,
                                .cursor = arena_calloc(arena, count + 1, sizeof *book->cursor) };
    for (size_t i = 0; i < count; i++) {
        book->cursor[i] = i;
    }
}

/* Where the calls named `name` start in the book (or where they would). */
static size_t first_of_name(const struct call_book *book, struct slice name)
{
    size_t low = 0, high = book->count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (slice_compare(book->calls[middle].name, name) < 0) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/* The id of the call a response named `name` answers: its own id when the response gives
 * one, else the first unanswered call of that name's in the model turn before it. */
static bool answer_call(struct call_book *book, struct slice name, const struct json_value *id, struct slice *call_id)
{
    if (id != NULL) {
        *call_id = decode_text(id);
        return true;
    }
    size_t first = first_of_name(book, name);
    if (first == book->count || !same_name(book->calls[first].name, name)) {
        return false;
    }
    size_t next = book->cursor[first];
    if (next == book->count || !same_name(book->calls[next].name, name)) {
        return false;            /* every call of that name is answered */
    }
    book->cursor[first] = next + 1;
    *call_id = book->calls[next].id;
    return true;
}

/* A JSON string's text for matching against names, or "" (which matches none) when it
 * holds an escaped NUL: "user\u0000…" is no role, whatever strcmp would say. */
static const char *whole_text(const struct json_value *value)
{
    return strlen(value->string.text) == value->string.len ? value->string.text : "";
}

static bool refuse_part(struct client_decoder *decoder, const char *path, const char *what)
{
    return decode_refuse(decoder, path, "%s", what);
}

/* inlineData is pasted into a data: URL, which the provider encoders split again: a
 * mimeType holding ';', ',' or a NUL, or data that is not base64, would make another URL
 * (another media type, the data cut short) than the client's. */
static bool is_media_type(struct slice text)
{
    size_t slashes = 0;
    for (size_t i = 0; i < text.len; i++) {
        unsigned char c = (unsigned char)text.ptr[i];
        bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                         || (c != 0 && strchr("!#$&^_.+-", c) != NULL);
        if (c == '/' && i > 0 && i + 1 < text.len) {
            slashes++;
        } else if (!name_char) {
            return false;
        }
    }
    return slashes == 1;
}

static bool is_base64(struct slice text)
{
    for (size_t i = 0; i < text.len; i++) {
        unsigned char c = (unsigned char)text.ptr[i];
        bool digit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'
                     || c == '/' || c == '-' || c == '_' || (c == '=' && i + 2 >= text.len);
        if (!digit) {
            return false;
        }
    }
    return text.len > 0;
}

static bool decode_inline_data(struct client_decoder *decoder, const struct json_value *data, const char *path,
                               struct canon_part *part)
{
    char member[DECODE_PATH_SIZE];
    decode_path_member(member, path, "inlineData");
    if (!decode_expect(decoder, data, JSON_OBJECT, member)) {
        return false;
    }
    const struct json_value *mime = decode_member(decoder, data, member, "mimeType", JSON_STRING);
    const struct json_value *bytes = mime ? decode_member(decoder, data, member, "data", JSON_STRING) : NULL;
    if (bytes == NULL) {
        return false;
    }
    char field[DECODE_PATH_SIZE];
    if (!is_media_type(decode_text(mime))) {
        return decode_refuse(decoder, decode_path_member(field, member, "mimeType"),
                             "must be a media type (type/subtype)");
    }
    if (!is_base64(decode_text(bytes))) {
        return decode_refuse(decoder, decode_path_member(field, member, "data"), "must be base64");
    }
    char *url = arena_printf(decoder->arena, "data:%s;base64,%s", mime->string.text, bytes->string.text);
    part->type = PART_IMAGE;
    part->image_url = slice_of(url, strlen(url));
    return true;
}

static bool decode_function_call(struct client_decoder *decoder, const struct json_value *part_value,
                                 const struct json_value *call, const char *path, size_t content_index,
                                 size_t part_index, struct canon_part *part)
{
    char member[DECODE_PATH_SIZE];
    decode_path_member(member, path, "functionCall");
    if (!decode_expect(decoder, call, JSON_OBJECT, member)) {
        return false;
    }
    const struct json_value *name = decode_member(decoder, call, member, "name", JSON_STRING);
    const struct json_value *args = NULL, *id = NULL;
    if (name == NULL || !decode_optional_member(decoder, call, member, "args", JSON_OBJECT, &args)
        || !decode_optional_member(decoder, call, member, "id", JSON_STRING, &id)) {
        return false;
    }
    const struct json_value *signature = json_get(part_value, "thoughtSignature");
    char *own = id != NULL ? arena_strndup(decoder->arena, id->string.text, id->string.len)
                           : arena_printf(decoder->arena, "call_%zu_%zu", content_index, part_index);
    if (json_is(signature, JSON_STRING)) {
        own = arena_printf(decoder->arena, "%s%s%s", own, signature_marker, signature->string.text);
    }
    struct buffer arguments;
    buffer_init(&arguments, decoder->arena, 64);
    if (args != NULL) {
        json_write_value(&arguments, args);
    } else {
        buffer_append_cstr(&arguments, "{}");
    }
    part->type = PART_TOOL_CALL;
    part->tool_call_id = slice_of(own, strlen(own));
    part->tool_name = decode_text(name);
    part->tool_arguments = slice_of(arguments.data, arguments.len);
    return true;
}

static bool decode_function_response(struct client_decoder *decoder, const struct json_value *response,
                                     const char *path, struct call_book *book, struct canon_part *part)
{
    char member[DECODE_PATH_SIZE];
    decode_path_member(member, path, "functionResponse");
    if (!decode_expect(decoder, response, JSON_OBJECT, member)) {
        return false;
    }
    const struct json_value *name = decode_member(decoder, response, member, "name", JSON_STRING);
    const struct json_value *body = name ? decode_member(decoder, response, member, "response", JSON_OBJECT) : NULL;
    const struct json_value *id = NULL;
    if (body == NULL || !decode_optional_member(decoder, response, member, "id", JSON_STRING, &id)) {
        return false;
    }
    struct slice call_id;
    if (!answer_call(book, decode_text(name), id, &call_id)) {
        char name_path[DECODE_PATH_SIZE];
        return decode_refuse(decoder, decode_path_member(name_path, member, "name"),
                             "answers no functionCall of the model turn before it");
    }
    struct buffer text;
    buffer_init(&text, decoder->arena, 64);
    json_write_value(&text, body);
    part->type = PART_TOOL_RESULT;
    part->tool_call_id = call_id;
    part->text = slice_of(text.data, text.len);
    return true;
}

/* One part: text, inlineData (user), functionCall (model), functionResponse (user). A
 * thought of an earlier model turn is skipped: it is the model's own, not conversation. */
static bool decode_part(struct client_decoder *decoder, const struct json_value *value, const char *path,
                        bool from_model, size_t content_index, size_t part_index, struct call_book *book,
                        struct canon_part *part, bool *skip)
{
    *skip = false;
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *thought = json_get(value, "thought");
    const struct json_value *text = json_get(value, "text");
    if (json_is(thought, JSON_BOOL) && thought->boolean) {
        *skip = true;
        return true;
    }
    if (text != NULL) {
        char member[DECODE_PATH_SIZE];
        if (!decode_expect(decoder, text, JSON_STRING, decode_path_member(member, path, "text"))) {
            return false;
        }
        part->type = PART_TEXT;
        part->text = decode_text(text);
        return true;
    }
    const struct json_value *inline_data = json_get(value, "inlineData");
    if (inline_data != NULL && !from_model) {
        return decode_inline_data(decoder, inline_data, path, part);
    }
    const struct json_value *call = json_get(value, "functionCall");
    if (call != NULL && from_model) {
        return decode_function_call(decoder, value, call, path, content_index, part_index, part);
    }
    const struct json_value *response = json_get(value, "functionResponse");
    if (response != NULL && !from_model) {
        return decode_function_response(decoder, response, path, book, part);
    }
    return refuse_part(decoder, path, "is a part lethe does not support here: text, inlineData (user), "
                                      "functionCall (model) or functionResponse (user)");
}

static const struct decode_name content_roles[] = {
    { "user", ROLE_USER }, { "model", ROLE_ASSISTANT }, { "function", ROLE_USER },
};

/* One content may become several canonical messages: its function responses first, each
 * a tool message, then its other parts. */
static bool decode_content(struct client_decoder *decoder, const struct json_value *value, size_t index,
                           struct call_book *book, struct canon_request *request)
{
    char path[DECODE_PATH_SIZE], member[DECODE_PATH_SIZE];
    decode_path_index(path, "contents", index);
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    const struct json_value *role = json_get(value, "role");
    const struct decode_name *known = role == NULL ? &content_roles[0]
                                      : json_is(role, JSON_STRING)
                                      ? decode_lookup(content_roles, COUNT_OF(content_roles), whole_text(role))
                                      : NULL;
    if (known == NULL) {
        return decode_refuse(decoder, decode_path_member(member, path, "role"), "must be user or model");
    }
    bool from_model = known->value == ROLE_ASSISTANT;
    const struct json_value *parts = json_get(value, "parts");
    decode_path_member(member, path, "parts");
    if (!json_is(parts, JSON_ARRAY) || parts->array.count == 0) {
        return decode_refuse(decoder, member, "must be a non-empty array");
    }
    struct canon_part *kept = arena_calloc(decoder->arena, parts->array.count + 1, sizeof *kept);
    size_t kept_count = 0;
    struct pending_call *calls = from_model ? arena_calloc(decoder->arena, parts->array.count + 1, sizeof *calls)
                                            : NULL;
    size_t call_count = 0;
    for (size_t i = 0; i < parts->array.count; i++) {
        char part_path[DECODE_PATH_SIZE];
        struct canon_part part = { 0 };
        bool skip;
        decode_path_index(part_path, member, i);
        if (!decode_part(decoder, parts->array.items[i], part_path, from_model, index, i, book, &part, &skip)) {
            return false;
        }
        if (skip) {
            continue;
        }
        if (part.type == PART_TOOL_CALL) {
            calls[call_count] = (struct pending_call){ .name = part.tool_name, .id = part.tool_call_id,
                                                    .position = call_count };
            call_count++;
        }
        if (part.type != PART_TOOL_RESULT) {
            kept[kept_count++] = part;
            continue;
        }
        struct canon_message *result = &request->messages[request->message_count++];
        result->role = ROLE_TOOL;
        result->parts = arena_calloc(decoder->arena, 1, sizeof *result->parts);
        result->parts[0] = part;
        result->part_count = 1;
    }
    if (from_model) {
        open_book(decoder->arena, book, calls, call_count);
    }
    if (kept_count != 0) {
        struct canon_message *message = &request->messages[request->message_count++];
        message->role = (enum canon_role)known->value;
        message->parts = kept;
        message->part_count = kept_count;
    }
    return true;
}

/* systemInstruction: a Content of text parts (its role is ignored), or a plain string. */
static bool decode_system_instruction(struct client_decoder *decoder, const struct json_value *value,
                                      struct canon_request *request)
{
    struct canon_message *message = &request->messages[request->message_count];
    message->role = ROLE_SYSTEM;
    if (json_is(value, JSON_STRING)) {
        decode_single_text(decoder, value, message);
        request->message_count++;
        return true;
    }
    const struct json_value *parts = json_is(value, JSON_OBJECT) ? json_get(value, "parts") : NULL;
    if (!json_is(parts, JSON_ARRAY)) {
        return decode_refuse(decoder, "systemInstruction", "must be a content with an array of text parts");
    }
    if (!decode_text_items(decoder, parts, "systemInstruction.parts", "must be a text part", message)) {
        return false;
    }
    request->message_count++;
    return true;
}

/* The whole conversation: systemInstruction, then contents, sized from both. */
static bool decode_conversation(struct client_decoder *decoder, const struct json_value *body,
                                struct canon_request *request)
{
    const struct json_value *contents = json_get(body, "contents");
    if (!json_is(contents, JSON_ARRAY) || contents->array.count == 0) {
        return decode_refuse(decoder, "contents", "must be a non-empty array");
    }
    size_t capacity = 1;
    for (size_t i = 0; i < contents->array.count; i++) {
        const struct json_value *parts = json_get(contents->array.items[i], "parts");
        capacity += 1 + (json_is(parts, JSON_ARRAY) ? parts->array.count : 0);
    }
    request->messages = arena_calloc(decoder->arena, capacity, sizeof *request->messages);
    const struct json_value *system = json_get(body, "systemInstruction");
    if (system != NULL && system->type != JSON_NULL && !decode_system_instruction(decoder, system, request)) {
        return false;
    }
    struct call_book book = { 0 };
    for (size_t i = 0; i < contents->array.count; i++) {
        if (!decode_content(decoder, contents->array.items[i], i, &book, request)) {
            return false;
        }
    }
    return true;
}

/* ---- tools, toolConfig, generationConfig ---- */

/* An OpenAPI schema (Gemini's "parameters", "responseSchema") as JSON Schema: the same
 * tree with its "type" names in lower case ("OBJECT" is "object"). */
static struct json_value *schema_as_json_schema(struct arena *arena, const struct json_value *value)
{
    struct json_value *copy = arena_alloc(arena, sizeof *copy);
    *copy = *value;
    if (value->type == JSON_ARRAY) {
        copy->array.items = arena_calloc(arena, value->array.count + 1, sizeof *copy->array.items);
        for (size_t i = 0; i < value->array.count; i++) {
            copy->array.items[i] = schema_as_json_schema(arena, value->array.items[i]);
        }
        return copy;
    }
    if (value->type != JSON_OBJECT) {
        return copy;
    }
    copy->object.members = arena_calloc(arena, value->object.count + 1, sizeof *copy->object.members);
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        struct json_value *item = schema_as_json_schema(arena, member->value);
        if (member->key_len == 4 && memcmp(member->key, "type", 4) == 0 && item->type == JSON_STRING) {
            char *lower = arena_strndup(arena, item->string.text, item->string.len);
            for (char *c = lower; *c; c++) {
                *c = (char)(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
            }
            item->string.text = lower;
        }
        copy->object.members[i] = (struct json_member){ .key = member->key, .key_len = member->key_len,
                                                        .value = item };
    }
    return copy;
}

static bool decode_declaration(struct client_decoder *decoder, const struct json_value *value, const char *path,
                               struct canon_tool *out)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, path)
        || !decode_tool_declaration(decoder, value, path, "parametersJsonSchema", false, out)) {
        return false;
    }
    out->strict = -1;
    const struct json_value *parameters = NULL;
    if (!decode_optional_member(decoder, value, path, "parameters", JSON_OBJECT, &parameters)) {
        return false;
    }
    if (parameters != NULL && out->parameters != NULL) {
        return decode_refuse(decoder, path, "gives both parameters and parametersJsonSchema");
    }
    if (parameters != NULL) {
        out->parameters = schema_as_json_schema(decoder->arena, parameters);
    }
    return true;
}

/* tools: [{functionDeclarations: […]}, …]; tools that run at Google (search, code
 * execution, URL context) have no meaning at another provider. */
static bool decode_tools_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_ARRAY, field->name)) {
        return false;
    }
    size_t total = 0;
    for (size_t i = 0; i < value->array.count; i++) {
        const struct json_value *declarations = json_get(value->array.items[i], "functionDeclarations");
        total += json_is(declarations, JSON_ARRAY) ? declarations->array.count : 0;
    }
    request->tools = arena_calloc(decoder->arena, total + 1, sizeof *request->tools);
    for (size_t i = 0; i < value->array.count; i++) {
        const struct json_value *tool = value->array.items[i];
        char path[DECODE_PATH_SIZE], member[DECODE_PATH_SIZE];
        decode_path_index(path, "tools", i);
        if (!decode_expect(decoder, tool, JSON_OBJECT, path)) {
            return false;
        }
        if (tool->object.count != 1 || json_get(tool, "functionDeclarations") == NULL) {
            return decode_refuse(decoder, path, "must hold only functionDeclarations: tools that run at Google "
                                                "are not supported");
        }
        const struct json_value *declarations = json_get(tool, "functionDeclarations");
        decode_path_member(member, path, "functionDeclarations");
        if (!decode_expect(decoder, declarations, JSON_ARRAY, member)) {
            return false;
        }
        for (size_t j = 0; j < declarations->array.count; j++) {
            char item[DECODE_PATH_SIZE];
            decode_path_index(item, member, j);
            struct canon_tool *declared = &request->tools[request->tool_count];
            if (!decode_declaration(decoder, declarations->array.items[j], item, declared)) {
                return false;
            }
            request->tool_count++;
        }
    }
    return true;
}

static const struct decode_name calling_modes[] = {
    { "AUTO", TOOL_CHOICE_AUTO }, { "ANY", TOOL_CHOICE_REQUIRED }, { "NONE", TOOL_CHOICE_NONE },
    { "MODE_UNSPECIFIED", TOOL_CHOICE_UNSET }, { "VALIDATED", TOOL_CHOICE_AUTO },
};

/* toolConfig.functionCallingConfig: a mode, and with ANY at most one allowed function
 * (the one every format can force). */
static bool decode_tool_config(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    static const char config_path[] = "toolConfig.functionCallingConfig";
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    const struct json_value *config = json_get(value, "functionCallingConfig");
    if (config == NULL) {
        return true;
    }
    if (!decode_expect(decoder, config, JSON_OBJECT, config_path)) {
        return false;
    }
    const struct json_value *mode = json_get(config, "mode");
    const struct decode_name *known = mode == NULL ? &calling_modes[3]
                                      : json_is(mode, JSON_STRING)
                                      ? decode_lookup(calling_modes, COUNT_OF(calling_modes), whole_text(mode))
                                      : NULL;
    if (known == NULL) {
        return decode_refuse(decoder, "toolConfig.functionCallingConfig.mode", "must be AUTO, ANY, NONE or VALIDATED");
    }
    request->tool_choice = (enum tool_choice_mode)known->value;
    const struct json_value *allowed = json_get(config, "allowedFunctionNames");
    if (allowed == NULL) {
        return true;
    }
    static const char allowed_path[] = "toolConfig.functionCallingConfig.allowedFunctionNames";
    if (!json_is(allowed, JSON_ARRAY) || allowed->array.count != 1 || !json_is(allowed->array.items[0], JSON_STRING)
        || request->tool_choice != TOOL_CHOICE_REQUIRED) {
        return decode_refuse(decoder, allowed_path, "may name one function, with mode ANY");
    }
    request->tool_choice = TOOL_CHOICE_FUNCTION;
    request->tool_choice_name = decode_text(allowed->array.items[0]);
    return true;
}

/* The {name, schema} object canonical structured output carries. */
static const struct json_value *schema_object(struct arena *arena, struct json_value *schema)
{
    static struct json_value name = { .type = JSON_STRING, .string = { "response", 8, 0, 0 } };
    struct json_value *object = arena_calloc(arena, 1, sizeof *object);
    object->type = JSON_OBJECT;
    object->object.members = arena_calloc(arena, 2, sizeof *object->object.members);
    object->object.members[0] = (struct json_member){ .key = "name", .key_len = 4, .value = &name };
    object->object.members[1] = (struct json_member){ .key = "schema", .key_len = 6, .value = schema };
    object->object.count = 2;
    return object;
}

static bool decode_response_mime(struct client_decoder *decoder, const struct json_value *config,
                                 struct canon_request *request)
{
    const struct json_value *mime = json_get(config, "responseMimeType");
    const struct json_value *schema = json_get(config, "responseSchema");
    const struct json_value *json_schema = json_get(config, "responseJsonSchema");
    if (mime != NULL && (!json_is(mime, JSON_STRING) || (strcmp(whole_text(mime), "text/plain") != 0
                                                         && strcmp(whole_text(mime), "application/json") != 0))) {
        return decode_refuse(decoder, "generationConfig.responseMimeType", "must be text/plain or application/json");
    }
    bool json_wanted = mime != NULL && strcmp(whole_text(mime), "application/json") == 0;
    if ((schema != NULL || json_schema != NULL) && !json_wanted) {
        return decode_refuse(decoder, schema != NULL ? "generationConfig.responseSchema"
                                                     : "generationConfig.responseJsonSchema",
                             "needs responseMimeType application/json");
    }
    if (schema != NULL && json_schema != NULL) {
        return decode_refuse(decoder, "generationConfig.responseSchema", "and responseJsonSchema exclude each other");
    }
    const struct json_value *given = schema != NULL ? schema : json_schema;
    if (given != NULL && !json_is(given, JSON_OBJECT)) {
        return decode_refuse(decoder, schema != NULL ? "generationConfig.responseSchema"
                                                     : "generationConfig.responseJsonSchema", "must be an object");
    }
    if (!json_wanted) {
        return true;
    }
    request->response_format = given != NULL ? RESPONSE_FORMAT_JSON_SCHEMA : RESPONSE_FORMAT_JSON_OBJECT;
    if (given != NULL) {
        /* A copy either way (JSON Schema's types are in lower case already). */
        request->json_schema = schema_object(decoder->arena, schema_as_json_schema(decoder->arena, given));
    }
    return true;
}

/* thinkingLevel (Gemini 3) as the effort of the same name; the REST API spells it LOW, HIGH. */
static bool decode_thinking_level(struct client_decoder *decoder, const struct json_value *level,
                                  struct canon_request *request)
{
    static const char *const levels[] = { "minimal", "low", "medium", "high" };
    for (size_t i = 0; i < COUNT_OF(levels); i++) {
        if (strcasecmp(level->string.text, levels[i]) == 0) {
            request->reasoning_effort = slice_of(levels[i], strlen(levels[i]));
            return true;
        }
    }
    return decode_refuse(decoder, "generationConfig.thinkingConfig.thinkingLevel",
                         "must be minimal, low, medium or high");
}

/* thinkingConfig: {thinkingBudget, thinkingLevel, includeThoughts}. A budget of 0 turns
 * thinking off, -1 (dynamic: the model decides) is the middle effort, and so is
 * includeThoughts alone (Gemini's models think dynamically unless told otherwise); a level
 * is an effort by its own name. The thoughts are shown only with includeThoughts, as Gemini
 * does: without it the model may still think, and its thinking is dropped from the reply. */
static bool decode_thinking_config(struct client_decoder *decoder, const struct json_value *config,
                                   struct canon_request *request)
{
    static const char path[] = "generationConfig.thinkingConfig";
    const struct json_value *thinking = json_get(config, "thinkingConfig");
    if (thinking == NULL || thinking->type == JSON_NULL) {
        return true;
    }
    const struct json_value *budget = NULL, *level = NULL, *include = NULL;
    if (!decode_expect(decoder, thinking, JSON_OBJECT, path)
        || !decode_optional_member(decoder, thinking, path, "thinkingBudget", JSON_NUMBER, &budget)
        || !decode_optional_member(decoder, thinking, path, "thinkingLevel", JSON_STRING, &level)
        || !decode_optional_member(decoder, thinking, path, "includeThoughts", JSON_BOOL, &include)) {
        return false;
    }
    for (size_t i = 0; i < thinking->object.count; i++) {
        const char *key = thinking->object.members[i].key;
        if (strcmp(key, "thinkingBudget") != 0 && strcmp(key, "thinkingLevel") != 0
            && strcmp(key, "includeThoughts") != 0) {
            char member[DECODE_PATH_SIZE];
            return decode_refuse(decoder, decode_path_member(member, path, key), "is not supported by lethe");
        }
    }
    if (budget != NULL && level != NULL) {
        return decode_refuse(decoder, "generationConfig.thinkingConfig.thinkingLevel",
                             "and thinkingBudget exclude each other");
    }
    bool shown = include != NULL && include->boolean;
    long long tokens = 0;
    if (budget != NULL && (!json_number_integer(budget, &tokens) || tokens < -1)) {
        return decode_refuse(decoder, "generationConfig.thinkingConfig.thinkingBudget",
                             "must be an integer: -1 (dynamic), 0 (off) or a number of tokens");
    }
    if (budget != NULL && tokens != -1) {
        request->reasoning_budget = tokens == 0 ? REASONING_OFF : tokens;
        return true;
    }
    if (level != NULL) {
        return decode_thinking_level(decoder, level, request);
    }
    if (budget != NULL || shown) {
        request->reasoning_effort = SLICE_LITERAL("medium");
    }
    return true;
}

/* generationConfig members lethe translates; any other is refused by name. */
static const char *const generation_members[] = {
    "temperature", "topP", "topK", "maxOutputTokens", "stopSequences", "candidateCount", "presencePenalty",
    "frequencyPenalty", "seed", "responseMimeType", "responseSchema", "responseJsonSchema", "thinkingConfig",
};

static bool known_generation_member(const struct json_member *member)
{
    for (size_t i = 0; i < COUNT_OF(generation_members); i++) {
        if (member->key_len == strlen(generation_members[i])
            && memcmp(member->key, generation_members[i], member->key_len) == 0) {
            return true;
        }
    }
    return false;
}

static bool decode_generation_numbers(struct client_decoder *decoder, const struct json_value *config,
                                      struct canon_request *request)
{
    const struct json_value *value;
    if ((value = json_get(config, "temperature")) != NULL
        && !decode_number(decoder, value, "generationConfig.temperature", 0, 2, &request->temperature)) {
        return false;
    }
    if ((value = json_get(config, "topP")) != NULL
        && !decode_number(decoder, value, "generationConfig.topP", 0, 1, &request->top_p)) {
        return false;
    }
    if ((value = json_get(config, "presencePenalty")) != NULL
        && !decode_number(decoder, value, "generationConfig.presencePenalty", -2, 2, &request->presence_penalty)) {
        return false;
    }
    if ((value = json_get(config, "frequencyPenalty")) != NULL
        && !decode_number(decoder, value, "generationConfig.frequencyPenalty", -2, 2, &request->frequency_penalty)) {
        return false;
    }
    if ((value = json_get(config, "topK")) != NULL
        && !decode_positive_integer(decoder, value, "generationConfig.topK", &request->top_k)) {
        return false;
    }
    if ((value = json_get(config, "maxOutputTokens")) != NULL
        && !decode_positive_integer(decoder, value, "generationConfig.maxOutputTokens", &request->max_tokens)) {
        return false;
    }
    if ((value = json_get(config, "seed")) != NULL) {
        if (!json_number_integer(value, &request->seed)) {
            return decode_refuse(decoder, "generationConfig.seed", "must be an integer");
        }
        request->has_seed = true;
    }
    long long candidates = 1;
    if ((value = json_get(config, "candidateCount")) != NULL
        && (!json_number_integer(value, &candidates) || candidates != 1)) {
        return decode_refuse(decoder, "generationConfig.candidateCount", "must be 1: lethe answers one candidate");
    }
    return true;
}

static bool decode_generation_config(struct client_decoder *decoder, const struct request_field *field,
                                     const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        if (!known_generation_member(&value->object.members[i])) {
            char path[DECODE_PATH_SIZE];
            bounded_printf(path, sizeof path, "generationConfig.%s", value->object.members[i].key);
            return decode_refuse(decoder, path, "is not supported by lethe's Gemini dialect");
        }
    }
    const struct json_value *stop = json_get(value, "stopSequences");
    if (stop != NULL && !decode_stop_array(decoder, stop, "generationConfig.stopSequences",
                                           "an array of up to 4 strings", request)) {
        return false;
    }
    return decode_generation_numbers(decoder, value, request) && decode_response_mime(decoder, value, request)
           && decode_thinking_config(decoder, value, request);
}

static bool decode_safety_settings(struct client_decoder *decoder, const struct request_field *field,
                                   const struct json_value *value, struct canon_request *request)
{
    (void)request;               /* Gemini's own filter settings: no other format has them; not forwarded */
    return decode_expect(decoder, value, JSON_ARRAY, field->name);
}

/* Rows every generateContent body may hold; contents and systemInstruction are read after
 * the walk, once the conversation's size is known. */
#define GENERATE_FIELDS                                                                       \
    { .name = "contents", .flags = FIELD_REQUIRED },                                           \
    { .name = "systemInstruction" },                                                           \
    { "tools", decode_tools_field, FIELD_NULL_IS_ABSENT, 0, 0, 0 },                            \
    { "toolConfig", decode_tool_config, FIELD_NULL_IS_ABSENT, 0, 0, 0 },                       \
    { "generationConfig", decode_generation_config, FIELD_NULL_IS_ABSENT, 0, 0, 0 },           \
    { "safetySettings", decode_safety_settings, FIELD_NULL_IS_ABSENT, 0, 0, 0 },               \
    { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 }

static const struct request_field generate_fields[] = { GENERATE_FIELDS };
/* countTokens' generateContentRequest names its model too: the path's is the one used. */
static const struct request_field counted_generate_fields[] = { GENERATE_FIELDS, { .name = "model" } };

static bool decode_generate_body(struct client_decoder *decoder, const struct json_value *body,
                                 const struct request_field *fields, size_t field_count,
                                 struct canon_request *request)
{
    if (!decode_request_fields(decoder, body, fields, field_count, request)) {
        return false;
    }
    /* Gemini shows the model's thoughts only to a client that asks for them. */
    const struct json_value *include = json_get(json_get(json_get(body, "generationConfig"), "thinkingConfig"),
                                                "includeThoughts");
    request->reasoning_hidden = !(json_is(include, JSON_BOOL) && include->boolean);
    return decode_conversation(decoder, body, request);
}

static bool generate_decode_request(struct arena *arena, const struct json_value *body,
                                    struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    return decode_generate_body(&decoder, body, generate_fields, COUNT_OF(generate_fields), request);
}

static bool stream_generate_decode_request(struct arena *arena, const struct json_value *body,
                                           struct canon_request *request, struct format_error *error)
{
    if (!generate_decode_request(arena, body, request, error)) {
        return false;
    }
    request->stream = true;
    request->include_usage = true;
    return true;
}

/* {contents} or {generateContentRequest: {…}}, never both. */
static bool count_decode_request(struct arena *arena, const struct json_value *body, struct canon_request *request,
                                 struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    const struct json_value *wrapped = json_get(body, "generateContentRequest");
    bool ok;
    if (wrapped != NULL) {
        if (body->object.count != 1) {
            return decode_refuse(&decoder, "generateContentRequest", "excludes every other field");
        }
        if (!decode_expect(&decoder, wrapped, JSON_OBJECT, "generateContentRequest")) {
            return false;
        }
        ok = decode_generate_body(&decoder, wrapped, counted_generate_fields, COUNT_OF(counted_generate_fields),
                                  request);
    } else {
        static const struct request_field count_fields[] = {
            { .name = "contents", .flags = FIELD_REQUIRED },
            { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 },
        };
        ok = decode_generate_body(&decoder, body, count_fields, COUNT_OF(count_fields), request);
    }
    if (ok) {
        request->operation = OPERATION_COUNT_TOKENS;
    }
    return ok;
}

/* ---- embeddings ---- */

/* One embedding request: content (text parts, joined by a line break), the dimensions
 * wanted; taskType is read and not forwarded (only Gemini has it). */
static bool decode_embed_request(struct client_decoder *decoder, const struct json_value *value, const char *path,
                                 struct slice *text, long long *dimensions)
{
    char member[DECODE_PATH_SIZE];
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const char *key = value->object.members[i].key;
        if (strcmp(key, "content") != 0 && strcmp(key, "taskType") != 0 && strcmp(key, "outputDimensionality") != 0
            && strcmp(key, "model") != 0) {
            return decode_refuse(decoder, decode_path_member(member, path, key),
                                 "is not supported: lethe embeds a content's text, with taskType and "
                                 "outputDimensionality");
        }
    }
    const struct json_value *content = decode_member(decoder, value, path, "content", JSON_OBJECT);
    if (content == NULL) {
        return false;
    }
    decode_path_member(member, path, "content.parts");
    const struct json_value *parts = json_get(content, "parts");
    if (!json_is(parts, JSON_ARRAY) || parts->array.count == 0) {
        return decode_refuse(decoder, member, "must be a non-empty array of text parts");
    }
    struct buffer joined;
    buffer_init(&joined, decoder->arena, 128);
    for (size_t i = 0; i < parts->array.count; i++) {
        const struct json_value *part_text = json_get(parts->array.items[i], "text");
        if (!json_is(part_text, JSON_STRING)) {
            char part_path[DECODE_PATH_SIZE];
            return decode_refuse(decoder, decode_path_index(part_path, member, i), "must be a text part");
        }
        if (i) {
            buffer_append_char(&joined, '\n');
        }
        buffer_append(&joined, part_text->string.text, part_text->string.len);
    }
    if (joined.len == 0) {
        return decode_refuse(decoder, member, "must hold some text");
    }
    *text = slice_of(joined.data, joined.len);
    const struct json_value *task;
    const struct json_value *size = json_get(value, "outputDimensionality");
    if (!decode_optional_member(decoder, value, path, "taskType", JSON_STRING, &task)) {
        return false;
    }
    *dimensions = 0;
    return size == NULL || decode_positive_integer(decoder, size, decode_path_member(member, path,
                                                                                      "outputDimensionality"),
                                                   dimensions);
}

static bool embed_decode_request(struct arena *arena, const struct json_value *body, struct canon_request *request,
                                 struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    memset(request, 0, sizeof *request);
    request->parallel_tool_calls = -1;
    struct slice text;
    if (!decode_expect(&decoder, body, JSON_OBJECT, "body")
        || !decode_embed_request(&decoder, body, "", &text, &request->dimensions)) {
        return false;
    }
    embedding_inputs_init(arena, request, 1);
    embedding_input_set(request, 0, text);
    return true;
}

static bool batch_embed_decode_request(struct arena *arena, const struct json_value *body,
                                       struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    memset(request, 0, sizeof *request);
    request->parallel_tool_calls = -1;
    if (!decode_expect(&decoder, body, JSON_OBJECT, "body")) {
        return false;
    }
    if (body->object.count != 1 || json_get(body, "requests") == NULL) {
        return decode_refuse(&decoder, "requests", "is required, and is the only field");
    }
    const struct json_value *requests = json_get(body, "requests");
    if (!json_is(requests, JSON_ARRAY) || requests->array.count == 0) {
        return decode_refuse(&decoder, "requests", "must be a non-empty array");
    }
    embedding_inputs_init(arena, request, requests->array.count);
    for (size_t i = 0; i < requests->array.count; i++) {
        char path[DECODE_PATH_SIZE];
        struct slice text;
        long long dimensions;
        decode_path_index(path, "requests", i);
        if (!decode_embed_request(&decoder, requests->array.items[i], path, &text, &dimensions)) {
            return false;
        }
        if (i > 0 && dimensions != request->dimensions) {
            char member[DECODE_PATH_SIZE];
            return decode_refuse(&decoder, decode_path_member(member, path, "outputDimensionality"),
                                 "must be the same in every request");
        }
        request->dimensions = dimensions;
        embedding_input_set(request, i, text);
    }
    return true;
}

/* ---- answers ---- */

static const char *finish_name(enum finish_reason reason)
{
    switch (reason) {
    case FINISH_LENGTH: return "MAX_TOKENS";
    case FINISH_CONTENT_FILTER: return "SAFETY";
    case FINISH_ERROR: return "OTHER";
    default: return "STOP";
    }
}

static void write_usage_metadata(struct buffer *out, const struct canon_usage *usage)
{
    long long thoughts = usage->reasoning_tokens > 0 ? usage->reasoning_tokens : 0;
    buffer_printf(out, ",\"usageMetadata\":{\"promptTokenCount\":%lld,\"candidatesTokenCount\":%lld,",
                  usage->prompt_tokens, usage->completion_tokens - thoughts);
    if (thoughts > 0) {
        buffer_printf(out, "\"thoughtsTokenCount\":%lld,", thoughts);
    }
    if (usage->cached_tokens > 0) {
        buffer_printf(out, "\"cachedContentTokenCount\":%lld,", usage->cached_tokens);
    }
    buffer_printf(out, "\"totalTokenCount\":%lld}", usage->total_tokens);
}

/* A call's arguments as Gemini's args object: a JSON object as itself, anything else
 * wrapped as {"value": …} (the Gemini wire format's own convention). */
static void write_args(struct buffer *out, struct slice arguments)
{
    struct json_error json_error;
    struct json_value *value = arguments.len ? json_parse_provider(out->arena, arguments.ptr, arguments.len, 64,
                                                                   &json_error)
                                             : NULL;
    if (json_is(value, JSON_OBJECT)) {
        json_write_value(out, value);
        return;
    }
    if (arguments.len == 0) {
        buffer_append_cstr(out, "{}");
        return;
    }
    buffer_append_cstr(out, "{\"value\":");
    if (value != NULL) {
        json_write_value(out, value);
    } else {
        json_write_string(out, arguments.ptr, arguments.len);
    }
    buffer_append_char(out, '}');
}

/* {"functionCall": {"name", "args", "id"}} with its thoughtSignature beside it, split from
 * the id it rode in. */
static void write_function_call(struct buffer *out, struct slice id, struct slice name, struct slice arguments)
{
    const char *marker = id.len ? memmem(id.ptr, id.len, signature_marker, sizeof signature_marker - 1) : NULL;
    size_t own_len = marker != NULL ? (size_t)(marker - id.ptr) : id.len;
    buffer_append_cstr(out, "{\"functionCall\":{\"name\":");
    json_write_string(out, name.ptr, name.len);
    buffer_append_cstr(out, ",\"args\":");
    write_args(out, arguments);
    if (own_len > 0) {
        buffer_append_cstr(out, ",\"id\":");
        json_write_string(out, id.ptr, own_len);
    }
    buffer_append_char(out, '}');
    if (marker != NULL) {
        const char *signature = marker + sizeof signature_marker - 1;
        buffer_append_cstr(out, ",\"thoughtSignature\":");
        json_write_string(out, signature, (size_t)(id.ptr + id.len - signature));
    }
    buffer_append_char(out, '}');
}

static void open_candidate(struct buffer *out)
{
    buffer_append_cstr(out, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[");
}

static void close_candidate(struct buffer *out, const struct reply_context *context, const char *finish)
{
    buffer_append_cstr(out, "]}");
    if (finish != NULL) {
        buffer_append_cstr(out, ",\"finishReason\":\"");
        buffer_append_cstr(out, finish);
        buffer_append_char(out, '"');
    }
    buffer_append_cstr(out, ",\"index\":0}],\"modelVersion\":");
    json_write_cstring(out, context->model);
    buffer_append_cstr(out, ",\"responseId\":");
    json_write_cstring(out, context->id);
}

/* {"text": …, "thought": true}: the model's thinking as Gemini returns it, ahead of the
 * answer. Another provider's signature has no place here (Gemini signs its own). */
static void write_thought_part(struct buffer *out, struct slice text)
{
    buffer_append_cstr(out, "{\"text\":");
    json_write_string(out, text.ptr, text.len);
    buffer_append_cstr(out, ",\"thought\":true}");
}

static void generate_encode_response(struct buffer *out, const struct canon_response *response,
                                     const struct reply_context *context)
{
    open_candidate(out);
    bool first = true;
    if (response->reasoning.len && !context->reasoning_hidden) {
        write_thought_part(out, response->reasoning);
        first = false;
    }
    if (response->text.len || response->tool_call_count == 0) {
        buffer_append_cstr(out, first ? "{\"text\":" : ",{\"text\":");
        json_write_string(out, response->text.ptr ? response->text.ptr : "", response->text.len);
        buffer_append_char(out, '}');
        first = false;
    }
    for (size_t i = 0; i < response->tool_call_count; i++) {
        const struct canon_tool_call *call = &response->tool_calls[i];
        buffer_append_cstr(out, first ? "" : ",");
        first = false;
        write_function_call(out, call->id, call->name, call->arguments);
    }
    close_candidate(out, context, finish_name(response->finish));
    if (response->usage.present) {
        write_usage_metadata(out, &response->usage);
    }
    buffer_append_char(out, '}');
}

/* A call gathered from its pieces, until the stream's last chunk carries it whole. */
struct gathered_call {
    int index;
    struct slice id, name;
    struct buffer arguments;
    struct gathered_call *next;
};

/* Calls are found by their index in a table, not by walking the list: a provider that
 * streams thousands of calls must not make each event a walk over all of them. */
enum { GATHERED_CALLS_MAX = 4096 };
_Static_assert(GATHERED_CALLS_MAX == 4096, "the stream's error message names the limit");

struct gemini_stream_state {
    enum finish_reason finish;
    struct canon_usage usage;
    bool usage_known;
    bool failed;                 /* an error chunk was sent: the stream says nothing more */
    struct gathered_call *calls, *last_call;
    struct gathered_call **by_index;
    size_t by_index_size;
};

static struct slice copy_slice(struct arena *arena, struct slice text)
{
    return text.ptr != NULL ? slice_of(arena_strndup(arena, text.ptr, text.len), text.len) : text;
}

/* The table grows by doubling, so its copies add up to less than its final size. */
static void grow_index(struct arena *arena, struct gemini_stream_state *state, size_t index)
{
    size_t size = state->by_index_size ? state->by_index_size : 16;
    while (size <= index) {
        size *= 2;
    }
    struct gathered_call **grown = arena_calloc(arena, size, sizeof *grown);
    if (state->by_index_size) {
        memcpy(grown, state->by_index, state->by_index_size * sizeof *grown);
    }
    state->by_index = grown;
    state->by_index_size = size;
}

/* Event memory is the event's own: what outlives it is copied into the reply's arena.
 * False for a call index outside 0 .. GATHERED_CALLS_MAX - 1 (the provider's own
 * numbering, for an OpenAI-format one), which cannot be gathered. */
static bool gather_call(struct buffer *out, struct gemini_stream_state *state, const struct canon_event *event)
{
    if (event->tool_index < 0 || event->tool_index >= GATHERED_CALLS_MAX) {
        return false;
    }
    size_t index = (size_t)event->tool_index;
    if (index >= state->by_index_size) {
        grow_index(out->arena, state, index);
    }
    struct gathered_call *call = state->by_index[index];
    if (call == NULL) {
        call = arena_calloc(out->arena, 1, sizeof *call);
        call->index = event->tool_index;
        buffer_init(&call->arguments, out->arena, 64);
        if (state->last_call != NULL) {
            state->last_call->next = call;
        } else {
            state->calls = call;
        }
        state->last_call = call;
        state->by_index[index] = call;
    }
    if (event->tool_id.len) {
        call->id = copy_slice(out->arena, event->tool_id);
    }
    if (event->tool_name.len) {
        call->name = copy_slice(out->arena, event->tool_name);
    }
    buffer_append(&call->arguments, event->tool_arguments.ptr, event->tool_arguments.len);
    return true;
}

static void end_event(struct buffer *out)
{
    buffer_append_cstr(out, "\r\n\r\n");
}

static const char *status_name(int status)
{
    switch (status) {
    case 400: case 413: case 414: case 422: case 431: return "INVALID_ARGUMENT";
    case 401: return "UNAUTHENTICATED";
    case 402: case 403: return "PERMISSION_DENIED";
    case 404: return "NOT_FOUND";
    case 405: return "UNIMPLEMENTED";
    case 408: case 504: return "DEADLINE_EXCEEDED";
    case 409: return "ABORTED";
    case 429: return "RESOURCE_EXHAUSTED";
    case 499: return "CANCELLED";
    case 502: case 503: return "UNAVAILABLE";
    default: return "INTERNAL";
    }
}

static void write_error_object(struct buffer *out, int status, const char *message, size_t message_len)
{
    buffer_printf(out, "{\"error\":{\"code\":%d,\"message\":", status);
    json_write_string(out, message, message_len);
    buffer_append_cstr(out, ",\"status\":\"");
    buffer_append_cstr(out, status_name(status));
    buffer_append_cstr(out, "\"}}");
}

static void write_last_chunk(struct buffer *out, struct gemini_stream_state *state,
                             const struct reply_context *context)
{
    buffer_append_cstr(out, "data: ");
    open_candidate(out);
    if (state->calls == NULL) {
        buffer_append_cstr(out, "{\"text\":\"\"}");
    }
    for (struct gathered_call *call = state->calls; call != NULL; call = call->next) {
        buffer_append_cstr(out, call == state->calls ? "" : ",");
        write_function_call(out, call->id, call->name, slice_of(call->arguments.data, call->arguments.len));
    }
    close_candidate(out, context, finish_name(state->finish));
    if (state->usage_known) {
        write_usage_metadata(out, &state->usage);
    }
    buffer_append_char(out, '}');
    end_event(out);
}

static void generate_encode_stream_event(struct buffer *out, void *opaque, const struct canon_event *event,
                                         const struct reply_context *context)
{
    struct gemini_stream_state *state = opaque;
    if (state->failed) {
        return;
    }
    switch (event->type) {
    case EVENT_TEXT:
        if (event->text.len == 0) {
            return;
        }
        buffer_append_cstr(out, "data: ");
        open_candidate(out);
        buffer_append_cstr(out, "{\"text\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_append_char(out, '}');
        close_candidate(out, context, NULL);
        buffer_append_char(out, '}');
        end_event(out);
        return;
    case EVENT_REASONING:
        if (event->text.len == 0 || context->reasoning_hidden) {
            return;              /* a signature alone, or thoughts the client did not ask to see */
        }
        buffer_append_cstr(out, "data: ");
        open_candidate(out);
        write_thought_part(out, event->text);
        close_candidate(out, context, NULL);
        buffer_append_char(out, '}');
        end_event(out);
        return;
    case EVENT_TOOL_CALL:
        if (!gather_call(out, state, event)) {
            static const char message[] = "the provider numbered a function call outside 0 to 4095: it cannot be "
                                          "passed on";
            state->failed = true;
            buffer_append_cstr(out, "data: ");
            write_error_object(out, 502, message, sizeof message - 1);
            end_event(out);
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
        write_last_chunk(out, state, context);
        return;
    case EVENT_ERROR:
        /* @google/genai raises on a chunk that is an error object. */
        buffer_append_cstr(out, "data: ");
        write_error_object(out, event->error_status >= 400 ? event->error_status : 500, event->text.ptr,
                           event->text.len);
        end_event(out);
        return;
    default:
        return;                  /* START: the reply's id and model come with every chunk */
    }
}

static void count_encode_response(struct buffer *out, const struct canon_response *response,
                                  const struct reply_context *context)
{
    (void)context;
    buffer_printf(out, "{\"totalTokens\":%lld}", response->operation.token_count);
}

static void embed_encode_response(struct buffer *out, const struct canon_response *response,
                                  const struct reply_context *context)
{
    (void)context;
    buffer_append_cstr(out, "{\"embedding\":{\"values\":");
    if (response->operation.embedding_count > 0) {
        embedding_write_floats(out, &response->operation.embeddings[0]);
    } else {
        buffer_append_cstr(out, "[]");
    }
    buffer_append_cstr(out, "}}");
}

static void batch_embed_encode_response(struct buffer *out, const struct canon_response *response,
                                        const struct reply_context *context)
{
    (void)context;
    buffer_append_cstr(out, "{\"embeddings\":[");
    for (size_t i = 0; i < response->operation.embedding_count; i++) {
        buffer_append_cstr(out, i ? ",{\"values\":" : "{\"values\":");
        embedding_write_floats(out, &response->operation.embeddings[i]);
        buffer_append_char(out, '}');
    }
    buffer_append_cstr(out, "]}");
}

static void gemini_encode_error(struct buffer *out, int status, const char *type, const char *code,
                                const char *param, const char *message, const char *attempts_json)
{
    (void)type;
    (void)code;
    (void)param;
    (void)attempts_json;         /* Gemini's error has no place for it: the message names the attempts */
    write_error_object(out, status, message, strlen(message));
}

/* ---- the path ---- */

/* v1beta is the REST API's; @google/genai 3.x calls v1 unless told otherwise. */
static const char *const path_prefixes[] = { "/v1beta/models/", "/v1/models/" };

bool gemini_path_split(const char *path, struct slice *model, struct slice *verb)
{
    const char *start = NULL;
    for (size_t i = 0; i < COUNT_OF(path_prefixes) && start == NULL; i++) {
        size_t prefix_len = strlen(path_prefixes[i]);
        start = strncmp(path, path_prefixes[i], prefix_len) == 0 ? path + prefix_len : NULL;
    }
    if (start == NULL) {
        return false;
    }
    const char *colon = strrchr(start, ':');     /* a model name may hold ':' ("llama3:8b"), a verb never */
    if (colon == NULL || colon == start || colon[1] == '\0') {
        return false;
    }
    *model = slice_of(start, (size_t)(colon - start));
    *verb = slice_of(colon + 1, strlen(colon + 1));
    return true;
}

bool gemini_path_is_dialect(const char *path)
{
    struct slice model, verb;
    if (strncmp(path, path_prefixes[0], strlen(path_prefixes[0])) == 0) {
        return true;                              /* all of v1beta, to answer unknown verbs in Gemini's shape */
    }
    /* Under /v1/models/ the OpenAI dialect has GET /v1/models/{id}, whose id may hold a ':'. */
    return gemini_path_split(path, &model, &verb) && gemini_dialect_of_verb(verb.ptr, verb.len) != NULL;
}

/* The model percent-decoded ("openai%2Fgpt-4o" is "openai/gpt-4o"; @google/genai sends the
 * '/' as it is). A bad escape or a NUL is no model. */
static bool gemini_model_from_path(struct arena *arena, const char *path, struct slice *model)
{
    struct slice encoded, verb;
    if (!gemini_path_split(path, &encoded, &verb) || encoded.len > GEMINI_PATH_MODEL_MAX) {
        return false;
    }
    char *decoded = arena_alloc(arena, encoded.len + 1);
    size_t len;
    if (!url_percent_decode(encoded.ptr, encoded.len, 0, decoded, encoded.len + 1, &len)) {
        return false;
    }
    *model = slice_of(decoded, len);
    return true;
}

/* The canonical fields as Gemini's parts and generationConfig spell them. */
static const char *const gemini_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_TOOL_ARGUMENTS] = "functionCall.args",
    [CANON_FIELD_TOOL_RESULT_CALL_ID] = "functionResponse.id",
    [CANON_FIELD_PRESENCE_PENALTY] = "generationConfig.presencePenalty",
    [CANON_FIELD_FREQUENCY_PENALTY] = "generationConfig.frequencyPenalty",
    [CANON_FIELD_RESPONSE_FORMAT] = "generationConfig.responseMimeType",
    [CANON_FIELD_MAX_TOKENS] = "generationConfig.maxOutputTokens",
    [CANON_FIELD_TOP_K] = "generationConfig.topK",
    [CANON_FIELD_CHOICE_COUNT] = "generationConfig.candidateCount",
};

const struct client_dialect gemini_generate_dialect = {
    .name = "gemini",
    .id_prefix = "",
    .entries_field = "contents",
    .decode_request = generate_decode_request,
    .encode_response = generate_encode_response,
    .stream_state_size = sizeof(struct gemini_stream_state),
    .encode_stream_event = generate_encode_stream_event,
    .encode_error = gemini_encode_error,
    .model_from_path = gemini_model_from_path,
    .field_names = gemini_field_names,
};

const struct client_dialect gemini_stream_generate_dialect = {
    .name = "gemini",
    .id_prefix = "",
    .entries_field = "contents",
    .decode_request = stream_generate_decode_request,
    .encode_response = generate_encode_response,
    .stream_state_size = sizeof(struct gemini_stream_state),
    .encode_stream_event = generate_encode_stream_event,
    .encode_error = gemini_encode_error,
    .model_from_path = gemini_model_from_path,
    .field_names = gemini_field_names,
};

const struct client_dialect gemini_count_tokens_dialect = {
    .name = "gemini_count_tokens",
    .id_prefix = "",
    .entries_field = "contents",
    .decode_request = count_decode_request,
    .encode_response = count_encode_response,
    .stream_state_size = 0,
    .encode_stream_event = operation_never_streams,
    .encode_error = gemini_encode_error,
    .model_from_path = gemini_model_from_path,
    .field_names = gemini_field_names,
};

const struct client_dialect gemini_embed_dialect = {
    .name = "gemini_embeddings",
    .id_prefix = "",
    .entries_field = "content",
    .decode_request = embed_decode_request,
    .encode_response = embed_encode_response,
    .stream_state_size = 0,
    .encode_stream_event = operation_never_streams,
    .encode_error = gemini_encode_error,
    .model_from_path = gemini_model_from_path,
    .field_names = gemini_field_names,
};

const struct client_dialect gemini_batch_embed_dialect = {
    .name = "gemini_embeddings",
    .id_prefix = "",
    .entries_field = "requests",
    .decode_request = batch_embed_decode_request,
    .encode_response = batch_embed_encode_response,
    .stream_state_size = 0,
    .encode_stream_event = operation_never_streams,
    .encode_error = gemini_encode_error,
    .model_from_path = gemini_model_from_path,
    .field_names = gemini_field_names,
};

const struct client_dialect *gemini_dialect_of_verb(const char *verb, size_t len)
{
    static const struct {
        const char *verb;
        const struct client_dialect *dialect;
    } verbs[] = {
        { "generateContent", &gemini_generate_dialect },
        { "streamGenerateContent", &gemini_stream_generate_dialect },
        { "countTokens", &gemini_count_tokens_dialect },
        { "embedContent", &gemini_embed_dialect },
        { "batchEmbedContents", &gemini_batch_embed_dialect },
    };
    for (size_t i = 0; i < COUNT_OF(verbs); i++) {
        if (strlen(verbs[i].verb) == len && memcmp(verbs[i].verb, verb, len) == 0) {
            return verbs[i].dialect;
        }
    }
    return NULL;
}
