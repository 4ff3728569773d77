/* What the client dialects' request decoders share: one refusal style, typed members,
 * and the walk of a body's members through a dialect's table (client_decode.h). */
#include "transforms/client_decode.h"

#include <stdarg.h>
#include <stdbool.h>
#include <string.h>

/* A path written piece by piece, as bounded_printf would write it, without printf: the
 * decoders name a path for every message and part of every request, refused or not. */
struct path_writer {
    char *out;
    size_t len;
    bool cut;
};

static void path_put(struct path_writer *writer, const char *text, size_t len)
{
    size_t room = DECODE_PATH_SIZE - 1 - writer->len;
    if (len > room) {
        len = room;
        writer->cut = true;
    }
    memmove(writer->out + writer->len, text, len);
    writer->len += len;
}

static const char *path_end(struct path_writer *writer)
{
    writer->out[writer->len] = '\0';
    if (writer->cut) {
        memcpy(writer->out + DECODE_PATH_SIZE - 4, "...", 4);
    }
    return writer->out;
}

const char *decode_path_index(char path[DECODE_PATH_SIZE], const char *parent, size_t index)
{
    char digits[24];
    size_t at = sizeof digits;
    digits[--at] = ']';
    do {
        digits[--at] = (char)('0' + index % 10);
        index /= 10;
    } while (index != 0);
    digits[--at] = '[';
    struct path_writer writer = { path, 0, false };
    path_put(&writer, parent, strlen(parent));
    path_put(&writer, digits + at, sizeof digits - at);
    return path_end(&writer);
}

const char *decode_path_member(char path[DECODE_PATH_SIZE], const char *parent, const char *name)
{
    struct path_writer writer = { path, 0, false };
    if (parent[0] != '\0') {
        path_put(&writer, parent, strlen(parent));
        path_put(&writer, ".", 1);
    }
    path_put(&writer, name, strlen(name));
    return path_end(&writer);
}

bool decode_refuse(struct client_decoder *decoder, const char *path, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    format_error_vrefuse(decoder->error, path, format, args);
    va_end(args);
    return false;
}

static const char *type_with_article(enum json_type type)
{
    switch (type) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_BOOL: return "a boolean";
    case JSON_NUMBER: return "a number";
    case JSON_NULL: return "null";
    }
    return "a number";
}

bool decode_expect(struct client_decoder *decoder, const struct json_value *value, enum json_type type,
                   const char *path)
{
    if (json_is(value, type)) {
        return true;
    }
    return decode_refuse(decoder, path, "must be %s", type_with_article(type));
}

const struct json_value *decode_member(struct client_decoder *decoder, const struct json_value *object,
                                       const char *parent, const char *name, enum json_type type)
{
    const struct json_value *value = json_get(object, name);
    if (json_is(value, type)) {
        return value;
    }
    char path[DECODE_PATH_SIZE];
    decode_expect(decoder, value, type, decode_path_member(path, parent, name));
    return NULL;
}

bool decode_optional_member(struct client_decoder *decoder, const struct json_value *object, const char *parent,
                            const char *name, enum json_type type, const struct json_value **value)
{
    *value = json_get(object, name);
    if (*value == NULL) {
        return true;
    }
    *value = decode_member(decoder, object, parent, name, type);
    return *value != NULL;
}

struct slice decode_text(const struct json_value *string)
{
    return slice_of(string->string.text, string->string.len);
}

void decode_single_text(struct client_decoder *decoder, const struct json_value *text,
                        struct canon_message *message)
{
    message->parts = arena_calloc(decoder->arena, 1, sizeof *message->parts);
    message->parts[0].type = PART_TEXT;
    message->parts[0].text = decode_text(text);
    message->part_count = 1;
}

bool decode_text_items(struct client_decoder *decoder, const struct json_value *items, const char *path,
                       const char *what_expected, struct canon_message *message)
{
    message->parts = arena_calloc(decoder->arena, items->array.count + 1, sizeof *message->parts);
    for (size_t i = 0; i < items->array.count; i++) {
        const struct json_value *text = json_get(items->array.items[i], "text");
        if (!json_is(text, JSON_STRING)) {
            char item_path[DECODE_PATH_SIZE];
            return decode_refuse(decoder, decode_path_index(item_path, path, i), "%s", what_expected);
        }
        message->parts[message->part_count].type = PART_TEXT;
        message->parts[message->part_count++].text = decode_text(text);
    }
    return true;
}

bool decode_number(struct client_decoder *decoder, const struct json_value *value, const char *path,
                   double low, double high, struct canon_number *out)
{
    double number;
    if (!decode_expect(decoder, value, JSON_NUMBER, path)) {
        return false;
    }
    if (!json_number_double(value, &number) || number < low || number > high) {
        return decode_refuse(decoder, path, "must be between %g and %g", low, high);
    }
    out->set = true;
    out->value = number;
    return true;
}

bool decode_positive_integer(struct client_decoder *decoder, const struct json_value *value, const char *path,
                             long long *out)
{
    long long number;
    if (!json_number_integer(value, &number) || number < 1) {
        return decode_refuse(decoder, path, "must be a positive integer");
    }
    *out = number;
    return true;
}

bool decode_stop_array(struct client_decoder *decoder, const struct json_value *value, const char *path,
                       const char *what_expected, struct canon_request *request)
{
    if (!json_is(value, JSON_ARRAY) || value->array.count > CANON_MAX_STOP) {
        return decode_refuse(decoder, path, "must be %s", what_expected);
    }
    request->stop_count = 0;          /* the array is the whole list: never added to another */
    for (size_t i = 0; i < value->array.count; i++) {
        if (!json_is(value->array.items[i], JSON_STRING)) {
            return decode_refuse(decoder, path, "must be %s", what_expected);
        }
        request->stop[request->stop_count++] = decode_text(value->array.items[i]);
    }
    return true;
}

const struct decode_name *decode_lookup(const struct decode_name *names, size_t count, const char *text)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(names[i].name, text) == 0) {
            return &names[i];
        }
    }
    return NULL;
}

bool decode_tools(struct client_decoder *decoder, const struct json_value *tools, decode_tool_fn decode_one,
                  struct canon_request *request)
{
    if (!decode_expect(decoder, tools, JSON_ARRAY, "tools")) {
        return false;
    }
    request->tools = arena_calloc(decoder->arena, tools->array.count + 1, sizeof *request->tools);
    for (size_t i = 0; i < tools->array.count; i++) {
        char path[DECODE_PATH_SIZE];
        decode_path_index(path, "tools", i);
        if (!decode_expect(decoder, tools->array.items[i], JSON_OBJECT, path)) {
            return false;
        }
        struct canon_tool *out = &request->tools[request->tool_count++];
        out->strict = -1;
        if (!decode_one(decoder, tools->array.items[i], path, out)) {
            return false;
        }
    }
    return true;
}

bool decode_tool_strict(struct client_decoder *decoder, const struct json_value *object, const char *path,
                        struct canon_tool *out)
{
    const struct json_value *strict = json_get(object, "strict");
    if (strict == NULL || strict->type == JSON_NULL) {
        return true;
    }
    if (!decode_member(decoder, object, path, "strict", JSON_BOOL)) {
        return false;
    }
    out->strict = strict->boolean;
    return true;
}

bool decode_tool_declaration(struct client_decoder *decoder, const struct json_value *object, const char *path,
                             const char *schema_name, bool schema_required, struct canon_tool *out)
{
    const struct json_value *name = decode_member(decoder, object, path, "name", JSON_STRING);
    if (name == NULL) {
        return false;
    }
    out->name = decode_text(name);
    const struct json_value *description;
    if (!decode_optional_member(decoder, object, path, "description", JSON_STRING, &description)) {
        return false;
    }
    if (description != NULL) {
        out->description = decode_text(description);
    }
    if (schema_required) {
        out->parameters = decode_member(decoder, object, path, schema_name, JSON_OBJECT);
        return out->parameters != NULL;
    }
    return decode_optional_member(decoder, object, path, schema_name, JSON_OBJECT, &out->parameters);
}

/* ---- the table of top-level members ---- */

static void *member_at(struct canon_request *request, const struct request_field *field)
{
    return (char *)request + field->offset;
}

bool decode_string_field(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_STRING, field->name)) {
        return false;
    }
    *(struct slice *)member_at(request, field) = decode_text(value);
    return true;
}

bool decode_bool_field(struct client_decoder *decoder, const struct request_field *field,
                       const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_BOOL, field->name)) {
        return false;
    }
    *(bool *)member_at(request, field) = value->boolean;
    return true;
}

bool decode_object_field(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    *(const struct json_value **)member_at(request, field) = value;
    return true;
}

bool decode_number_field(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request)
{
    return decode_number(decoder, value, field->name, field->low, field->high, member_at(request, field));
}

bool decode_positive_integer_field(struct client_decoder *decoder, const struct request_field *field,
                                   const struct json_value *value, struct canon_request *request)
{
    return decode_positive_integer(decoder, value, field->name, member_at(request, field));
}

bool decode_stream_options_field(struct client_decoder *decoder, const struct request_field *field,
                                 const struct json_value *value, struct canon_request *request)
{
    const struct json_value *usage;
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)
        || !decode_optional_member(decoder, value, field->name, "include_usage", JSON_BOOL, &usage)) {
        return false;
    }
    request->include_usage = usage != NULL && usage->boolean;
    return true;
}

bool decode_stop_field(struct client_decoder *decoder, const struct request_field *field,
                       const struct json_value *value, struct canon_request *request)
{
    if (value->type == JSON_STRING) {
        request->stop[0] = decode_text(value);
        request->stop_count = 1;
        return true;
    }
    return decode_stop_array(decoder, value, field->name, "a string or an array of up to 4 strings", request);
}

bool decode_parallel_tool_calls_field(struct client_decoder *decoder, const struct request_field *field,
                                      const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_BOOL, field->name)) {
        return false;
    }
    request->parallel_tool_calls = value->boolean;
    return true;
}

bool decode_seed_field(struct client_decoder *decoder, const struct request_field *field,
                       const struct json_value *value, struct canon_request *request)
{
    if (!json_number_integer(value, &request->seed)) {
        return decode_refuse(decoder, field->name, "must be an integer");
    }
    request->has_seed = true;
    return true;
}

bool decode_choice_count_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    long long n;
    if (!json_number_integer(value, &n) || n < 1 || n > DECODE_MAX_CHOICES) {
        return decode_refuse(decoder, field->name, "must be an integer from 1 to %d", DECODE_MAX_CHOICES);
    }
    request->choice_count = n;
    return true;
}

bool decode_top_logprobs_field(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    long long count;
    if (!json_number_integer(value, &count) || count < field->low || count > field->high) {
        return decode_refuse(decoder, field->name, "must be an integer from %d to %d", (int)field->low,
                             (int)field->high);
    }
    request->has_top_logprobs = true;
    request->top_logprobs = count;
    return true;
}

bool decode_check_streamed_choices(struct client_decoder *decoder, const struct canon_request *request)
{
    if (request->choice_count > 1 && request->stream) {
        return decode_refuse(decoder, "n", "greater than 1 is served only without streaming");
    }
    return true;
}

/* Both the ids and the biases reach the provider's body: checked, never trusted. */
bool decode_logit_bias_field(struct client_decoder *decoder, const struct request_field *field,
                             const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    if (value->object.count > DECODE_MAX_LOGIT_BIAS) {
        return decode_refuse(decoder, field->name, "may hold at most %d entries", DECODE_MAX_LOGIT_BIAS);
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *entry = &value->object.members[i];
        double bias;
        /* strspn stops at an escaped NUL in the key: such a key is not all digits. */
        bool digits = entry->key_len > 0 && entry->key_len <= 12
                      && strspn(entry->key, "0123456789") == entry->key_len;
        if (!digits || !json_number_double(entry->value, &bias) || bias < -100 || bias > 100) {
            return decode_refuse(decoder, field->name,
                                 "must map token ids (decimal digits) to numbers from -100 to 100");
        }
    }
    request->logit_bias = value;
    return true;
}

/* By the key's whole length: a key may hold an escaped NUL ("stop\u0000"), which strcmp
 * would end at, and two such keys would then both decode as the same field. */
static const struct request_field *find_field(const struct request_field *fields, size_t field_count,
                                              const struct json_member *member)
{
    for (size_t i = 0; i < field_count; i++) {
        if (strlen(fields[i].name) == member->key_len && memcmp(fields[i].name, member->key, member->key_len) == 0) {
            return &fields[i];
        }
    }
    return NULL;
}

static bool is_absent(const struct request_field *field, const struct json_value *value)
{
    return value == NULL || (value->type == JSON_NULL && (field->flags & FIELD_NULL_IS_ABSENT));
}

bool decode_request_fields(struct client_decoder *decoder, const struct json_value *body,
                           const struct request_field *fields, size_t field_count, struct canon_request *request)
{
    memset(request, 0, sizeof *request);
    request->parallel_tool_calls = -1;
    if (!json_is(body, JSON_OBJECT)) {
        format_error_set(decoder->error, 400, "invalid_request_error", NULL, "the request body must be a JSON object");
        return false;
    }
    for (size_t i = 0; i < body->object.count; i++) {
        const struct json_member *member = &body->object.members[i];
        /* A member given twice would add to what the first gave (stop, tools): refused. */
        if (json_member_repeats(body, i)) {
            return decode_refuse(decoder, member->key, "is given twice");
        }
        const struct request_field *field = find_field(fields, field_count, member);
        if (field == NULL) {
            return decode_refuse(decoder, member->key,
                                 "is an unsupported field: lethe refuses fields it cannot translate");
        }
        if (field->decode != NULL && !is_absent(field, member->value)
            && !field->decode(decoder, field, member->value, request)) {
            return false;
        }
    }
    for (size_t i = 0; i < field_count; i++) {
        if ((fields[i].flags & FIELD_REQUIRED) && is_absent(&fields[i], json_get(body, fields[i].name))) {
            return decode_refuse(decoder, fields[i].name, "is required");
        }
    }
    return true;
}
