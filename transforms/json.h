/* json.h — JSON in and out, on yajl, in an arena.
 *
 * json_parse builds a small read-only tree in the caller's arena using yajl's callback
 * parser (strings arrive decoded: "\u0040" is already "@", so scrubbing sees real text).
 * Depth is bounded; invalid UTF-8 is refused. Errors name a byte offset, never the input.
 * The json_write_* functions append correctly escaped JSON to a buffer. */
#ifndef LETHE_JSON_H
#define LETHE_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/arena.h"
#include "transforms/buffer.h"

struct slice {
    const char *ptr;
    size_t len;
};

#define SLICE_LITERAL(text) ((struct slice){ (text), sizeof(text) - 1 })
static inline struct slice slice_of(const char *text, size_t len)
{
    return (struct slice){ text, len };
}
bool slice_equals(struct slice slice, const char *text);

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

struct json_value;

struct json_member {
    const char *key;
    size_t key_len;
    struct json_value *value;
};

struct json_value {
    enum json_type type;
    union {
        bool boolean;
        struct { const char *text; size_t len; } number;   /* as written, for exact re-emission */
        struct { const char *text; size_t len; } string;   /* decoded UTF-8, NUL-terminated */
        struct { struct json_value **items; size_t count; } array;
        struct { struct json_member *members; size_t count; } object;
    };
};

struct json_error {
    char message[128];   /* never contains input text */
};

/* Parse exactly one JSON value. Returns NULL and fills error on failure. */
struct json_value *json_parse(struct arena *arena, const char *text, size_t len,
                              unsigned max_depth, struct json_error *error);

const struct json_value *json_get(const struct json_value *object, const char *key);
/* Does member `index` of `object` repeat the name of an earlier member? */
bool json_member_repeats(const struct json_value *object, size_t index);
bool json_is(const struct json_value *value, enum json_type type);
const char *json_type_name(enum json_type type);
/* The number as double / integer; false if not a number or out of range. */
bool json_number_double(const struct json_value *value, double *out);
bool json_number_integer(const struct json_value *value, long long *out);

/* A member of an object as a string slice ({NULL, 0} when absent or not a string), or as
 * an integer (missing when absent or not an integer). */
struct slice json_get_string(const struct json_value *object, const char *key);
long long json_get_integer(const struct json_value *object, const char *key, long long missing);

void json_write_string(struct buffer *out, const char *text, size_t len);
void json_write_escaped(struct buffer *out, const char *text, size_t len);   /* no quotes */
/* ["a","b"]: a JSON array of the strings. */
void json_write_string_array(struct buffer *out, const struct slice *items, size_t count);
void json_write_cstring(struct buffer *out, const char *text);
void json_write_value(struct buffer *out, const struct json_value *value);  /* compact */
void json_write_double(struct buffer *out, double value);   /* shortest exact form */
void json_write_integer(struct buffer *out, long long value);
/* Write "key": as the next member, with a leading comma unless first. */
void json_write_key(struct buffer *out, const char *key, bool *first);

#endif
