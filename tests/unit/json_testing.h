/* json_testing.h — helpers shared by the unit tests that compare JSON documents. */
#ifndef LETHE_TEST_JSON_TESTING_H
#define LETHE_TEST_JSON_TESTING_H

#include <stdbool.h>
#include <string.h>

#include "transforms/foundation/json.h"

/* Parse a NUL-terminated text with a generous depth bound; NULL when it is not JSON. */
static inline struct json_value *json_testing_parse(struct arena *arena, const char *text)
{
    struct json_error error;
    return json_parse(arena, text, strlen(text), 64, &error);
}

/* Structural equality. Object members are compared by key, in any order; numbers by
 * value when both read as doubles, else by their text. */
static inline bool json_testing_equal(const struct json_value *a, const struct json_value *b)
{
    if (a == NULL || b == NULL || a->type != b->type) {
        return a == b;
    }
    switch (a->type) {
    case JSON_NULL:
        return true;
    case JSON_BOOL:
        return a->boolean == b->boolean;
    case JSON_NUMBER: {
        double x, y;
        if (json_number_double(a, &x) && json_number_double(b, &y)) {
            return x == y;
        }
        return a->number.len == b->number.len && memcmp(a->number.text, b->number.text, a->number.len) == 0;
    }
    case JSON_STRING:
        return a->string.len == b->string.len && memcmp(a->string.text, b->string.text, a->string.len) == 0;
    case JSON_ARRAY:
        if (a->array.count != b->array.count) {
            return false;
        }
        for (size_t i = 0; i < a->array.count; i++) {
            if (!json_testing_equal(a->array.items[i], b->array.items[i])) {
                return false;
            }
        }
        return true;
    case JSON_OBJECT:
        if (a->object.count != b->object.count) {
            return false;
        }
        for (size_t i = 0; i < a->object.count; i++) {
            const struct json_member *member = &a->object.members[i];
            const struct json_value *other = NULL;
            for (size_t j = 0; j < b->object.count; j++) {
                if (b->object.members[j].key_len == member->key_len
                    && memcmp(b->object.members[j].key, member->key, member->key_len) == 0) {
                    other = b->object.members[j].value;
                    break;
                }
            }
            if (!json_testing_equal(member->value, other)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

/* Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
static inline bool json_testing_utf8_valid(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t extra;
        unsigned long codepoint;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            extra = 1;
            codepoint = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            extra = 2;
            codepoint = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            extra = 3;
            codepoint = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= len) {
            return false;
        }
        for (size_t k = 1; k <= extra; k++) {
            if ((s[i + k] & 0xc0) != 0x80) {
                return false;
            }
            codepoint = (codepoint << 6) | (s[i + k] & 0x3f);
        }
        static const unsigned long minimum[] = { 0, 0x80, 0x800, 0x10000 };
        if (codepoint < minimum[extra] || codepoint > 0x10ffff
            || (codepoint >= 0xd800 && codepoint <= 0xdfff)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

/* The same tree to the byte, members in order, and each string's surrogate marks: what the
 * direct parser and yajl must both build from one document (test_json_direct, fuzz_json). */
static inline bool json_testing_identical(const struct json_value *a, const struct json_value *b)
{
    if (a->type != b->type) {
        return false;
    }
    switch (a->type) {
    case JSON_NULL:
        return true;
    case JSON_BOOL:
        return a->boolean == b->boolean;
    case JSON_NUMBER:
        return a->number.len == b->number.len && memcmp(a->number.text, b->number.text, a->number.len + 1) == 0;
    case JSON_STRING:
        return a->string.len == b->string.len && memcmp(a->string.text, b->string.text, a->string.len + 1) == 0
               && a->string.leading_low == b->string.leading_low && a->string.trailing_high == b->string.trailing_high;
    case JSON_ARRAY:
        if (a->array.count != b->array.count) {
            return false;
        }
        for (size_t i = 0; i < a->array.count; i++) {
            if (!json_testing_identical(a->array.items[i], b->array.items[i])) {
                return false;
            }
        }
        return true;
    case JSON_OBJECT:
        if (a->object.count != b->object.count) {
            return false;
        }
        for (size_t i = 0; i < a->object.count; i++) {
            const struct json_member *x = &a->object.members[i], *y = &b->object.members[i];
            if (x->key_len != y->key_len || memcmp(x->key, y->key, x->key_len + 1) != 0
                || !json_testing_identical(x->value, y->value)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

#endif
