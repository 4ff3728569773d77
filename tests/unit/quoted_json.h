/* quoted_json.h — for the unit tests that write JSON with single quotes for readability:
 * q() turns them into double quotes (no test text needs an apostrophe), and the helpers
 * parse, compare and decode through a client dialect in the fixture's arena. Failures name
 * what was expected. */
#ifndef LETHE_TEST_QUOTED_JSON_H
#define LETHE_TEST_QUOTED_JSON_H

#include "tests/unit/unit.h"

#include "tests/unit/json_testing.h"

static inline char *q(struct fixture *fixture, const char *text)
{
    char *copy = arena_strndup(&fixture->arena, text, strlen(text));
    for (char *p = copy; *p != '\0'; p++) {
        if (*p == '\'') {
            *p = '"';
        }
    }
    return copy;
}

static inline struct json_value *parse_q(struct fixture *fixture, const char *text)
{
    struct json_value *value = json_testing_parse(&fixture->arena, q(fixture, text));
    if (value == NULL) {
        fail_msg("test JSON does not parse: %s", text);
    }
    return value;
}

/* The fixture's output buffer, parsed. */
static inline struct json_value *parse_out(struct fixture *fixture)
{
    char *copy = arena_strndup(&fixture->arena, fixture->out.data, fixture->out.len);
    struct json_value *value = json_testing_parse(&fixture->arena, copy);
    if (value == NULL) {
        fail_msg("output is not JSON: %s", copy);
    }
    return value;
}

/* Structural equality with a single-quoted expectation (json_testing_equal). */
static inline void assert_json_q(struct fixture *fixture, const struct json_value *actual, const char *expected)
{
    if (!json_testing_equal(actual, parse_q(fixture, expected))) {
        struct buffer text;
        buffer_init(&text, &fixture->arena, 256);
        json_write_value(&text, actual);
        fail_msg("got %.*s, expected %s", (int)text.len, text.data, q(fixture, expected));
    }
}

static inline void assert_slice(struct slice slice, const char *expected)
{
    if (!slice_equals(slice, expected)) {
        fail_msg("'%.*s' is not '%s'", (int)slice.len, slice.ptr ? slice.ptr : "", expected);
    }
}

/* Decodes a single-quoted body through `dialect` into the fixture's request, the error cleared first. */
static inline bool decode_with(struct fixture *fixture, const struct client_dialect *dialect, const char *body)
{
    memset(&fixture->error, 0, sizeof fixture->error);
    return dialect->decode_request(&fixture->arena, parse_q(fixture, body), &fixture->request, &fixture->error);
}

#endif
