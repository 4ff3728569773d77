#include "transforms/json.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

/* An open container while parsing: its children are collected in a growable list in the
 * arena and fixed into the json_value when the container closes. */
struct open_container {
    struct json_value *value;
    struct json_member *members;     /* objects */
    struct json_value **items;       /* arrays */
    size_t count;
    size_t capacity;
    const char *pending_key;         /* objects: key waiting for its value */
    size_t pending_key_len;
};

struct parse_state {
    struct arena *arena;
    struct open_container *stack;
    unsigned depth;
    unsigned max_depth;
    bool too_deep;
    bool bad_text;
    struct json_value *root;
};

/* yajl's lexer buffers come from the arena too, so they are wiped with it. yajl never
 * calls realloc with a size it did not get from us, but it does not tell the old size:
 * keep it in a header word in front of each block. */
static void *arena_realloc_for_yajl(void *context, void *old, size_t size)
{
    size_t *block = arena_alloc(context, size + 16);
    block[0] = size;
    void *fresh = (char *)block + 16;
    if (old != NULL) {
        size_t old_size = *(size_t *)((char *)old - 16);
        memcpy(fresh, old, old_size < size ? old_size : size);
    }
    return fresh;
}

static void *arena_malloc_sized_for_yajl(void *context, size_t size)
{
    return arena_realloc_for_yajl(context, NULL, size);
}

static void arena_free_for_yajl(void *context, void *pointer)
{
    (void)context;
    (void)pointer;
}

static struct json_value *new_value(struct parse_state *state, enum json_type type)
{
    struct json_value *value = arena_alloc(state->arena, sizeof *value);
    memset(value, 0, sizeof *value);
    value->type = type;
    return value;
}

static int attach(struct parse_state *state, struct json_value *value)
{
    if (state->depth == 0) {
        state->root = value;
        return 1;
    }
    struct open_container *parent = &state->stack[state->depth - 1];
    if (parent->count == parent->capacity) {
        size_t capacity = parent->capacity ? parent->capacity * 2 : 4;
        if (parent->value->type == JSON_OBJECT) {
            struct json_member *members = arena_alloc(state->arena, capacity * sizeof *members);
            if (parent->count) {
                memcpy(members, parent->members, parent->count * sizeof *members);
            }
            parent->members = members;
        } else {
            struct json_value **items = arena_alloc(state->arena, capacity * sizeof *items);
            if (parent->count) {
                memcpy(items, parent->items, parent->count * sizeof *items);
            }
            parent->items = items;
        }
        parent->capacity = capacity;
    }
    if (parent->value->type == JSON_OBJECT) {
        struct json_member *member = &parent->members[parent->count++];
        member->key = parent->pending_key;
        member->key_len = parent->pending_key_len;
        member->value = value;
    } else {
        parent->items[parent->count++] = value;
    }
    return 1;
}

static int on_null(void *context)
{
    struct parse_state *state = context;
    return attach(state, new_value(state, JSON_NULL));
}

static int on_boolean(void *context, int boolean)
{
    struct parse_state *state = context;
    struct json_value *value = new_value(state, JSON_BOOL);
    value->boolean = boolean != 0;
    return attach(state, value);
}

static int on_number(void *context, const char *text, size_t len)
{
    struct parse_state *state = context;
    struct json_value *value = new_value(state, JSON_NUMBER);
    value->number.text = arena_strndup(state->arena, text, len);
    value->number.len = len;
    return attach(state, value);
}

/* Strict RFC 3629: yajl lets overlong forms, surrogates and code points above U+10FFFF
 * through, and decodes a lone low-surrogate escape into such bytes. An overlong '@' is a
 * second spelling no scanner looks for, so such text is refused, never passed on. */
static bool utf8_is_strict(const unsigned char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char lead = text[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        size_t extra;
        unsigned min_second = 0x80, max_second = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            if (lead == 0xE0) min_second = 0xA0;        /* overlong below U+0800 */
            if (lead == 0xED) max_second = 0x9F;        /* surrogates D800-DFFF */
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            if (lead == 0xF0) min_second = 0x90;        /* overlong below U+10000 */
            if (lead == 0xF4) max_second = 0x8F;        /* above U+10FFFF */
        } else {
            return false;
        }
        if (len - i <= extra || text[i + 1] < min_second || text[i + 1] > max_second) {
            return false;
        }
        for (size_t k = 2; k <= extra; k++) {
            if ((text[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

static int on_string(void *context, const unsigned char *text, size_t len)
{
    struct parse_state *state = context;
    if (!utf8_is_strict(text, len)) {
        state->bad_text = true;
        return 0;
    }
    struct json_value *value = new_value(state, JSON_STRING);
    value->string.text = arena_strndup(state->arena, (const char *)text, len);
    value->string.len = len;
    return attach(state, value);
}

static int open_container(struct parse_state *state, enum json_type type)
{
    if (state->depth >= state->max_depth) {
        state->too_deep = true;
        return 0;
    }
    struct json_value *value = new_value(state, type);
    if (!attach(state, value)) {
        return 0;
    }
    struct open_container *open = &state->stack[state->depth++];
    memset(open, 0, sizeof *open);
    open->value = value;
    return 1;
}

static int close_container(struct parse_state *state)
{
    struct open_container *open = &state->stack[--state->depth];
    if (open->value->type == JSON_OBJECT) {
        open->value->object.members = open->members;
        open->value->object.count = open->count;
    } else {
        open->value->array.items = open->items;
        open->value->array.count = open->count;
    }
    return 1;
}

static int on_start_map(void *context)
{
    return open_container(context, JSON_OBJECT);
}

static int on_map_key(void *context, const unsigned char *key, size_t len)
{
    struct parse_state *state = context;
    if (!utf8_is_strict(key, len)) {
        state->bad_text = true;
        return 0;
    }
    struct open_container *open = &state->stack[state->depth - 1];
    open->pending_key = arena_strndup(state->arena, (const char *)key, len);
    open->pending_key_len = len;
    return 1;
}

static int on_end_container(void *context)
{
    return close_container(context);
}

static int on_start_array(void *context)
{
    return open_container(context, JSON_ARRAY);
}

static const yajl_callbacks parse_callbacks = {
    .yajl_null = on_null,
    .yajl_boolean = on_boolean,
    .yajl_number = on_number,
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_map_key,
    .yajl_end_map = on_end_container,
    .yajl_start_array = on_start_array,
    .yajl_end_array = on_end_container,
};

struct json_value *json_parse(struct arena *arena, const char *text, size_t len,
                              unsigned max_depth, struct json_error *error)
{
    struct parse_state state = {
        .arena = arena,
        .max_depth = max_depth,
        .stack = arena_alloc(arena, (max_depth + 1) * sizeof(struct open_container)),
    };
    yajl_alloc_funcs allocator = {
        .malloc = arena_malloc_sized_for_yajl,
        .realloc = arena_realloc_for_yajl,
        .free = arena_free_for_yajl,
        .ctx = arena,
    };
    yajl_handle parser = yajl_alloc(&parse_callbacks, &allocator, &state);
    yajl_status status = yajl_parse(parser, (const unsigned char *)text, len);
    if (status == yajl_status_ok) {
        status = yajl_complete_parse(parser);
    }
    size_t offset = yajl_get_bytes_consumed(parser);
    yajl_free(parser);
    if (status == yajl_status_ok && state.root != NULL) {
        return state.root;
    }
    if (state.too_deep) {
        snprintf(error->message, sizeof error->message,
                 "JSON nested deeper than %u levels", max_depth);
    } else if (state.bad_text) {
        snprintf(error->message, sizeof error->message,
                 "invalid UTF-8 in a JSON string near byte %zu", offset);
    } else if (len == 0) {
        snprintf(error->message, sizeof error->message, "empty body: expected JSON");
    } else {
        /* yajl's own message quotes the input around the error: never pass it on. */
        snprintf(error->message, sizeof error->message,
                 "invalid JSON near byte %zu", offset);
    }
    return NULL;
}

const struct json_value *json_get(const struct json_value *object, const char *key)
{
    if (object == NULL || object->type != JSON_OBJECT) {
        return NULL;
    }
    size_t key_len = strlen(key);
    for (size_t i = 0; i < object->object.count; i++) {
        const struct json_member *member = &object->object.members[i];
        if (member->key_len == key_len && memcmp(member->key, key, key_len) == 0) {
            return member->value;
        }
    }
    return NULL;
}

bool json_member_repeats(const struct json_value *object, size_t index)
{
    const struct json_member *member = &object->object.members[index];
    for (size_t i = 0; i < index; i++) {
        const struct json_member *earlier = &object->object.members[i];
        if (earlier->key_len == member->key_len && memcmp(earlier->key, member->key, member->key_len) == 0) {
            return true;
        }
    }
    return false;
}

bool slice_equals(struct slice slice, const char *text)
{
    size_t len = strlen(text);
    return slice.len == len && (len == 0 || memcmp(slice.ptr, text, len) == 0);
}

struct slice json_get_string(const struct json_value *object, const char *key)
{
    const struct json_value *value = json_get(object, key);
    return json_is(value, JSON_STRING) ? slice_of(value->string.text, value->string.len)
                                       : (struct slice){ NULL, 0 };
}

long long json_get_integer(const struct json_value *object, const char *key, long long missing)
{
    long long value;
    return json_number_integer(json_get(object, key), &value) ? value : missing;
}

bool json_is(const struct json_value *value, enum json_type type)
{
    return value != NULL && value->type == type;
}

const char *json_type_name(enum json_type type)
{
    switch (type) {
    case JSON_NULL: return "null";
    case JSON_BOOL: return "boolean";
    case JSON_NUMBER: return "number";
    case JSON_STRING: return "string";
    case JSON_ARRAY: return "array";
    case JSON_OBJECT: return "object";
    }
    return "unknown";
}

bool json_number_double(const struct json_value *value, double *out)
{
    if (!json_is(value, JSON_NUMBER)) {
        return false;
    }
    errno = 0;
    char *end;
    double number = strtod(value->number.text, &end);
    if (errno != 0 || *end != '\0') {
        return false;
    }
    *out = number;
    return true;
}

bool json_number_integer(const struct json_value *value, long long *out)
{
    if (!json_is(value, JSON_NUMBER)) {
        return false;
    }
    errno = 0;
    char *end;
    long long number = strtoll(value->number.text, &end, 10);
    if (errno != 0 || *end != '\0') {
        return false;
    }
    *out = number;
    return true;
}

void json_write_string(struct buffer *out, const char *text, size_t len)
{
    buffer_reserve(out, len + 2);
    buffer_append_char(out, '"');
    json_write_escaped(out, text, len);
    buffer_append_char(out, '"');
}

void json_write_escaped(struct buffer *out, const char *text, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    if (len == 0) {
        return;                       /* an empty slice may have no text at all (NULL) */
    }
    size_t run_start = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        buffer_append(out, text + run_start, i - run_start);
        run_start = i + 1;
        switch (c) {
        case '"': buffer_append(out, "\\\"", 2); break;
        case '\\': buffer_append(out, "\\\\", 2); break;
        case '\n': buffer_append(out, "\\n", 2); break;
        case '\r': buffer_append(out, "\\r", 2); break;
        case '\t': buffer_append(out, "\\t", 2); break;
        default: {
            char escaped[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            buffer_append(out, escaped, sizeof escaped);
        }
        }
    }
    buffer_append(out, text + run_start, len - run_start);
}

void json_write_string_array(struct buffer *out, const struct slice *items, size_t count)
{
    buffer_append_char(out, '[');
    for (size_t i = 0; i < count; i++) {
        if (i) {
            buffer_append_char(out, ',');
        }
        json_write_string(out, items[i].ptr, items[i].len);
    }
    buffer_append_char(out, ']');
}

void json_write_cstring(struct buffer *out, const char *text)
{
    json_write_string(out, text, strlen(text));
}

void json_write_value(struct buffer *out, const struct json_value *value)
{
    switch (value->type) {
    case JSON_NULL:
        buffer_append(out, "null", 4);
        return;
    case JSON_BOOL:
        buffer_append_cstr(out, value->boolean ? "true" : "false");
        return;
    case JSON_NUMBER:
        buffer_append(out, value->number.text, value->number.len);
        return;
    case JSON_STRING:
        json_write_string(out, value->string.text, value->string.len);
        return;
    case JSON_ARRAY:
        buffer_append_char(out, '[');
        for (size_t i = 0; i < value->array.count; i++) {
            if (i) {
                buffer_append_char(out, ',');
            }
            json_write_value(out, value->array.items[i]);
        }
        buffer_append_char(out, ']');
        return;
    case JSON_OBJECT:
        buffer_append_char(out, '{');
        for (size_t i = 0; i < value->object.count; i++) {
            if (i) {
                buffer_append_char(out, ',');
            }
            json_write_string(out, value->object.members[i].key, value->object.members[i].key_len);
            buffer_append_char(out, ':');
            json_write_value(out, value->object.members[i].value);
        }
        buffer_append_char(out, '}');
        return;
    }
}

void json_write_double(struct buffer *out, double value)
{
    char text[40];
    /* JSON has no NaN or infinity; decoders refuse them before they get here. */
    if (!isfinite(value)) {
        buffer_append_cstr(out, "null");
        return;
    }
    /* The fewest digits that read back exactly (0.7 stays 0.7, 5e-324 stays short), written
     * without an exponent where the integer part fits in those digits (100, not 1e+02). Few
     * doubles per request (sampling parameters) make the search cheap. */
    int precision = 1;
    for (; precision < 17; precision++) {
        snprintf(text, sizeof text, "%.*g", precision, value);
        if (strtod(text, NULL) == value) {
            break;
        }
    }
    int exponent = value == 0 ? 0 : (int)floor(log10(fabs(value)));
    if (exponent >= precision && exponent < 17) {
        precision = exponent + 1;
    }
    snprintf(text, sizeof text, "%.*g", precision, value);
    buffer_append_cstr(out, text);
}

void json_write_integer(struct buffer *out, long long value)
{
    buffer_printf(out, "%lld", value);
}

void json_write_key(struct buffer *out, const char *key, bool *first)
{
    if (!*first) {
        buffer_append_char(out, ',');
    }
    *first = false;
    json_write_cstring(out, key);
    buffer_append_char(out, ':');
}
