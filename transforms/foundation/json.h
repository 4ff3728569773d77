/* json.h — JSON in and out, on yajl, in an arena.
 *
 * json_parse builds a small read-only tree in the caller's arena using yajl's callback
 * parser (strings arrive decoded: "\u0040" is already "@", so scrubbing sees real text).
 * A direct one-pass parser takes the ordinary documents first (a stream event is parsed
 * per event) and leaves every other to yajl: the tree or the error is always yajl's.
 * Depth is bounded; invalid UTF-8 is refused. Errors name a byte offset, never the input.
 * Every string in the tree is strict UTF-8 (RFC 3629): one spelling per character.
 *
 * Two entry points differ in one thing, a "\uXXXX" escape naming half of a UTF-16
 * surrogate pair without its other half (a "lone surrogate", which is no character):
 * - json_parse, for what clients send, refuses it: the body is not text.
 * - json_parse_provider, for what providers answer (and for JSON text nested in a string,
 *   such as tool-call arguments, that the scrubber must read decoded whatever it holds),
 *   decodes it as U+FFFD and goes on. JS servers cut a stream by UTF-16 code unit, so
 *   one event may end with the high half of an emoji and the next begin with the low
 *   half: such a U+FFFD at the very start or end of a string is marked
 *   (string.leading_low, string.trailing_high), and a surrogate_joiner per text stream
 *   puts the two halves back together.
 * The json_write_* functions append correctly escaped JSON to a buffer. */
#ifndef LETHE_JSON_H
#define LETHE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "transforms/foundation/arena.h"
#include "transforms/foundation/buffer.h"
#include "transforms/foundation/slice.h"


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
        struct {
            const char *text;                /* decoded UTF-8, NUL-terminated */
            size_t len;
            /* json_parse_provider only, else 0: the lone surrogate that the U+FFFD opening
             * (leading_low) or closing (trailing_high) the text stands for. */
            unsigned short leading_low;
            unsigned short trailing_high;
        } string;
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
/* The same, for a provider's answer: a lone surrogate escape is U+FFFD, not an error. */
struct json_value *json_parse_provider(struct arena *arena, const char *text, size_t len,
                                       unsigned max_depth, struct json_error *error);

/* One text stream of a provider's answer (a choice's text, one tool call's arguments, one
 * content block) read piece by piece. Holds at most the high half of one pair, by value:
 * nothing that points into an event's arena. Zeroed means holding nothing. */
struct surrogate_joiner {
    unsigned short high;
};

/* The text of `piece` (a string from json_parse_provider) to pass on: the high half held
 * from the previous piece joined with this piece's leading low half into one character,
 * or released as U+FFFD when this piece does not start with one; and this piece's own
 * trailing high half held back. {NULL, 0} when `piece` is not a string; may be empty.
 * Allocates from `arena` only when it joins. */
struct slice surrogate_joiner_take(struct surrogate_joiner *joiner, const struct json_value *piece,
                                   struct arena *arena);
/* The high half held, released as U+FFFD, or {NULL, 0}: when the stream ends or stops. */
struct slice surrogate_joiner_release(struct surrogate_joiner *joiner);

/* The member named `key` (the first of that name), or NULL. Inline so that a literal key's
 * length is known where it is written: decoders look up several members per stream event. */
const struct json_value *json_get_n(const struct json_value *object, const char *key, size_t key_len);
static inline const struct json_value *json_get(const struct json_value *object, const char *key)
{
    return json_get_n(object, key, strlen(key));
}
/* Does member `index` of `object` repeat the name of an earlier member? */
bool json_member_repeats(const struct json_value *object, size_t index);
static inline bool json_is(const struct json_value *value, enum json_type type)
{
    return value != NULL && value->type == type;
}
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
