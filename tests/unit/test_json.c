/* transforms/json.h: parsing into the arena tree, lookups, numbers, and the writers. */
#include "tests/unit/unit.h"

#include <float.h>
#include <limits.h>
#include <math.h>

#include "tests/unit/json_testing.h"
#include "transforms/foundation/json.h"

static const char canary[] = "QZXCANARYQZX";

struct json_fixture {
    struct arena arena;
    struct buffer out;
    struct json_error error;
};

static int setup(void **state)
{
    struct json_fixture *fixture = calloc(1, sizeof *fixture);
    arena_init(&fixture->arena, 4096);
    buffer_init(&fixture->out, &fixture->arena, 256);
    *state = fixture;
    return 0;
}

static int teardown(void **state)
{
    struct json_fixture *fixture = *state;
    arena_release(&fixture->arena);
    free(fixture);
    return 0;
}

static struct json_value *parse_n(struct json_fixture *fixture, const char *text, size_t len, unsigned depth)
{
    memset(&fixture->error, 0, sizeof fixture->error);
    return json_parse(&fixture->arena, text, len, depth, &fixture->error);
}

static struct json_value *parse(struct json_fixture *fixture, const char *text)
{
    return parse_n(fixture, text, strlen(text), 16);
}

/* Parse what must parse; the test stops with the error otherwise. */
static struct json_value *parse_ok(struct json_fixture *fixture, const char *text)
{
    struct json_value *value = parse(fixture, text);
    if (value == NULL) {
        fail_msg("refused %s: %s", text, fixture->error.message);
    }
    return value;
}

/* Refused, with a non-empty error that quotes nothing of the input. */
static void assert_refused_n(struct json_fixture *fixture, const char *text, size_t len, unsigned depth)
{
    if (parse_n(fixture, text, len, depth) != NULL) {
        fail_msg("accepted input %zu bytes long", len);
    }
    assert_true(fixture->error.message[0] != '\0');
    assert_non_null(memchr(fixture->error.message, '\0', sizeof fixture->error.message));
    assert_null(strstr(fixture->error.message, canary));
    assert_null(strstr(fixture->error.message, "CANARY"));
}

static void assert_refused(struct json_fixture *fixture, const char *text)
{
    assert_refused_n(fixture, text, strlen(text), 16);
}

static void assert_string_value(const struct json_value *value, const char *bytes, size_t len)
{
    assert_non_null(value);
    assert_int_equal(value->type, JSON_STRING);
    assert_int_equal(value->string.len, len);
    assert_memory_equal(value->string.text, bytes, len);
    assert_int_equal(value->string.text[len], '\0');
}

static const char *write_string(struct json_fixture *fixture, const char *text, size_t len)
{
    buffer_reset(&fixture->out);
    json_write_string(&fixture->out, text, len);
    return fixture->out.data;
}

/* "[[[…]]]" or {"a":{"a":…{}}} nested depth times, in the fixture's arena. */
static const char *nested(struct json_fixture *fixture, unsigned depth, bool objects)
{
    struct buffer text;
    buffer_init(&text, &fixture->arena, 64);
    for (unsigned i = 0; i < depth; i++) {
        buffer_append_cstr(&text, objects ? (i + 1 < depth ? "{\"a\":" : "{") : "[");
    }
    for (unsigned i = 0; i < depth; i++) {
        buffer_append_char(&text, objects ? '}' : ']');
    }
    return text.data;
}

/* ---- parsing ---- */

static void parses_every_type(void **state)
{
    struct json_fixture *fixture = *state;
    struct json_value *root = parse_ok(fixture,
        " {\"n\":null,\"t\":true,\"f\":false,\"i\":-42,\"x\":1.50,\"e\":2E+3,\"s\":\"hi\","
        "\"a\":[1,\"two\",[],{}],\"o\":{\"k\":\"v\"},\"empty\":\"\"} \n");
    assert_int_equal(root->type, JSON_OBJECT);
    assert_int_equal(root->object.count, 10);
    static const char *const order[] = { "n", "t", "f", "i", "x", "e", "s", "a", "o", "empty" };
    for (size_t i = 0; i < 10; i++) {
        assert_string_equal(root->object.members[i].key, order[i]);     /* document order */
    }
    assert_int_equal(json_get(root, "n")->type, JSON_NULL);
    assert_true(json_is(json_get(root, "t"), JSON_BOOL) && json_get(root, "t")->boolean);
    assert_true(json_is(json_get(root, "f"), JSON_BOOL) && !json_get(root, "f")->boolean);
    const struct json_value *x = json_get(root, "x");
    assert_int_equal(x->type, JSON_NUMBER);
    assert_string_equal(x->number.text, "1.50");                        /* as written */
    assert_int_equal(x->number.len, 4);
    assert_string_equal(json_get(root, "e")->number.text, "2E+3");
    assert_string_value(json_get(root, "s"), "hi", 2);
    assert_string_value(json_get(root, "empty"), "", 0);
    const struct json_value *array = json_get(root, "a");
    assert_int_equal(array->type, JSON_ARRAY);
    assert_int_equal(array->array.count, 4);
    assert_int_equal(array->array.items[0]->type, JSON_NUMBER);
    assert_string_value(array->array.items[1], "two", 3);
    assert_int_equal(array->array.items[2]->type, JSON_ARRAY);
    assert_int_equal(array->array.items[2]->array.count, 0);
    assert_int_equal(array->array.items[3]->type, JSON_OBJECT);
    assert_int_equal(array->array.items[3]->object.count, 0);
    assert_string_value(json_get(json_get(root, "o"), "k"), "v", 1);

    /* Scalars stand alone at the top level too. */
    assert_int_equal(parse_ok(fixture, "null")->type, JSON_NULL);
    assert_true(parse_ok(fixture, "true")->boolean);
    assert_string_equal(parse_ok(fixture, "-0.5e3")->number.text, "-0.5e3");
    assert_string_value(parse_ok(fixture, "\"x\""), "x", 1);
}

static void large_containers_keep_every_item(void **state)
{
    struct json_fixture *fixture = *state;
    struct buffer text;
    buffer_init(&text, &fixture->arena, 64);
    buffer_append_char(&text, '[');
    for (int i = 0; i < 1000; i++) {
        buffer_printf(&text, "%s{\"k%d\":%d}", i ? "," : "", i, i);
    }
    buffer_append_char(&text, ']');
    struct json_value *root = parse_ok(fixture, text.data);
    assert_int_equal(root->array.count, 1000);
    for (int i = 0; i < 1000; i++) {
        char key[16];
        snprintf(key, sizeof key, "k%d", i);
        long long number;
        assert_true(json_number_integer(json_get(root->array.items[i], key), &number));
        assert_int_equal(number, i);
    }
}

static void strings_arrive_decoded(void **state)
{
    struct json_fixture *fixture = *state;
    assert_string_value(parse_ok(fixture, "\"a\\u0040b\""), "a@b", 3);
    assert_string_value(parse_ok(fixture, "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""), "\"\\/\b\f\n\r\t", 8);
    assert_string_value(parse_ok(fixture, "\"\\u00e9\\u00E9\""), "\xc3\xa9\xc3\xa9", 4);
    assert_string_value(parse_ok(fixture, "\"\\u6771\\u4eac\""), "東京", 6);
    /* A surrogate pair becomes one four-byte UTF-8 sequence. */
    assert_string_value(parse_ok(fixture, "\"\\ud83c\\udf89\""), "\xf0\x9f\x8e\x89", 4);
    assert_string_value(parse_ok(fixture, "\"\\uD83D\\uDE00!\""), "\xf0\x9f\x98\x80!", 5);
    /* Raw UTF-8 passes as it is. */
    assert_string_value(parse_ok(fixture, "\"Grüße 🎉\""), "Grüße 🎉", strlen("Grüße 🎉"));
    /* An escaped NUL stays in the string, counted by len. */
    assert_string_value(parse_ok(fixture, "\"a\\u0000b\""), "a\0b", 3);
    /* Keys are decoded too. */
    struct json_value *root = parse_ok(fixture, "{\"\\u006bey\":1,\"e\\u006dail\":\"x\\u0040example.com\"}");
    assert_non_null(json_get(root, "key"));
    assert_string_value(json_get(root, "email"), "x@example.com", 13);
}

static void depth_limit_is_exact(void **state)
{
    struct json_fixture *fixture = *state;
    static const unsigned limits[] = { 1, 2, 5, 32, 64 };
    for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++) {
        unsigned limit = limits[i];
        for (int objects = 0; objects < 2; objects++) {
            const char *at = nested(fixture, limit, objects);
            const char *over = nested(fixture, limit + 1, objects);
            if (parse_n(fixture, at, strlen(at), limit) == NULL) {
                fail_msg("depth %u refused at max_depth %u: %s", limit, limit, fixture->error.message);
            }
            assert_refused_n(fixture, over, strlen(over), limit);
            assert_non_null(strstr(fixture->error.message, "deeper"));
        }
    }
    /* Scalars have no depth; mixed containers count alike. */
    assert_non_null(parse_n(fixture, "7", 1, 0));
    assert_refused_n(fixture, "[]", 2, 0);
    assert_non_null(parse_n(fixture, "{\"a\":[{\"b\":[1]}]}", 17, 4));
    assert_refused_n(fixture, "{\"a\":[{\"b\":[1]}]}", 17, 3);
}

/* Bytes that are not UTF-8 at all. */
static void refuses_malformed_utf8(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const bad[] = {
        "\"QZXCANARYQZX \xff\"",                  /* never valid */
        "\"QZXCANARYQZX \xfe\"",
        "\"QZXCANARYQZX \x80\"",                  /* lone continuation byte */
        "\"QZXCANARYQZX \xe2\x82\"",              /* truncated sequence */
        "\"QZXCANARYQZX \xc3(\"",                 /* continuation missing */
        "\"QZXCANARYQZX \xf8\x88\x80\x80\x80\"",  /* five-byte form */
        "{\"QZXCANARYQZX\xff\":1}",               /* in a key */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_refused(fixture, bad[i]);
    }
}

/* Well-formed-looking sequences that RFC 3629 still forbids: overlong forms (a second
 * spelling of ASCII, e.g. '@' as C1 80, which no scanner looking for '@' would see),
 * UTF-16 surrogates, and code points above U+10FFFF. */
static void refuses_overlong_surrogate_and_out_of_range_utf8(void **state)
{
    struct json_fixture *fixture = *state;
    static const struct { const char *text; const char *what; } bad[] = {
        { "\"x\xc1\x80y\"", "overlong '@' (C1 80)" },
        { "\"x\xc0\xafy\"", "overlong '/' (C0 AF)" },
        { "\"x\xe0\x81\x80y\"", "overlong '@' in three bytes (E0 81 80)" },
        { "\"x\xf0\x80\x81\x80y\"", "overlong '@' in four bytes (F0 80 81 80)" },
        { "\"x\xed\xa0\x80y\"", "UTF-16 surrogate D800 (ED A0 80)" },
        { "\"x\xf4\x90\x80\x80y\"", "above U+10FFFF (F4 90 80 80)" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (parse(fixture, bad[i].text) != NULL) {
            fail_msg("json_parse accepted invalid UTF-8: %s", bad[i].what);
        }
    }
}

/* Whatever json_parse returns is valid UTF-8, also when the input spells a lone
 * surrogate as an escape (valid JSON grammar, but no Unicode text). */
static void decoded_strings_are_valid_utf8(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const inputs[] = {
        "\"\\ud800\"", "\"\\ud800x\"", "\"\\udc00\"", "\"a\\udfffb\"", "\"\\ud83c\\ud83c\"",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        struct json_value *value = parse(fixture, inputs[i]);
        if (value != NULL && !json_testing_utf8_valid(value->string.text, value->string.len)) {
            fail_msg("json_parse(%s) returned invalid UTF-8 (%zu bytes)", inputs[i], value->string.len);
        }
    }
}

/* ---- lone UTF-16 surrogate escapes: refused from clients, U+FFFD from providers ---- */

#define REPLACEMENT "\xef\xbf\xbd"

static struct json_value *parse_provider(struct json_fixture *fixture, const char *text)
{
    memset(&fixture->error, 0, sizeof fixture->error);
    struct json_value *value = json_parse_provider(&fixture->arena, text, strlen(text), 16, &fixture->error);
    if (value == NULL) {
        fail_msg("provider parse refused %s: %s", text, fixture->error.message);
    }
    return value;
}

/* Each half of a pair alone, or followed by anything but its other half, is no text: a
 * client's body holding one is refused, and says why without quoting it. yajl alone sent
 * "\ud800" on as '?' and "\ud800\u0041" as an unrelated character. */
static void client_parse_refuses_lone_surrogates(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const bad[] = {
        "\"\\ud800\"", "\"QZXCANARYQZX\\ud800x\"", "\"\\udc00\"", "\"a\\udfffb\"", "\"\\ud83c\\ud83c\"",
        "\"\\ud800\\u0041\"", "\"\\uD800\"", "\"\\udf89\\ud83c\"", "{\"\\ud800\":1}", "[\"ok\",\"\\ud83c\"]",
        "\"\\ud83c\\n\\udf89\"", "\"\\\\\\ud800\"",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_refused(fixture, bad[i]);
        if (strstr(fixture->error.message, "lone UTF-16 surrogate") == NULL) {
            fail_msg("input %zu refused for another reason: %s", i, fixture->error.message);
        }
    }
}

/* A proper pair is one character in both modes; an escaped backslash before "ud800" is
 * text, not an escape. */
static void pairs_decode_and_escaped_backslashes_are_text(void **state)
{
    struct json_fixture *fixture = *state;
    assert_string_value(parse_ok(fixture, "\"\\ud83c\\udf89\""), "\xf0\x9f\x8e\x89", 4);
    assert_string_value(parse_ok(fixture, "\"a\\uDBFF\\uDFFFb\""), "a\xf4\x8f\xbf\xbf" "b", 6);
    assert_string_value(parse_ok(fixture, "\"\\\\ud800\""), "\\ud800", 6);
    assert_string_value(parse_ok(fixture, "\"\\\"\\ud83c\\udf89\\\"\""), "\"\xf0\x9f\x8e\x89\"", 6);
    struct json_value *value = parse_provider(fixture, "\"\\ud83c\\udf89\"");
    assert_string_value(value, "\xf0\x9f\x8e\x89", 4);
    assert_int_equal(value->string.leading_low, 0);
    assert_int_equal(value->string.trailing_high, 0);
}

static void assert_provider_string(struct json_fixture *fixture, const char *json, const char *text,
                                   unsigned leading_low, unsigned trailing_high)
{
    struct json_value *value = parse_provider(fixture, json);
    assert_string_value(value, text, strlen(text));
    if (value->string.leading_low != leading_low || value->string.trailing_high != trailing_high) {
        fail_msg("%s: edges %04x/%04x, expected %04x/%04x", json, value->string.leading_low,
                 value->string.trailing_high, leading_low, trailing_high);
    }
}

/* From a provider, each lone half is U+FFFD and the answer goes on; one that opens or
 * closes a string is marked, for a stream to join with the next or previous piece. */
static void provider_parse_replaces_lone_surrogates(void **state)
{
    struct json_fixture *fixture = *state;
    assert_provider_string(fixture, "\"a\\ud800b\"", "a" REPLACEMENT "b", 0, 0);
    assert_provider_string(fixture, "\"Hi \\ud83c\"", "Hi " REPLACEMENT, 0, 0xD83C);
    assert_provider_string(fixture, "\"\\udf89!\"", REPLACEMENT "!", 0xDF89, 0);
    assert_provider_string(fixture, "\"\\udf89\"", REPLACEMENT, 0xDF89, 0);
    assert_provider_string(fixture, "\"\\udf89 \\ud83c\"", REPLACEMENT " " REPLACEMENT, 0xDF89, 0xD83C);
    assert_provider_string(fixture, "\"x\\udf89\"", "x" REPLACEMENT, 0, 0);          /* low at the end */
    assert_provider_string(fixture, "\"\\ud83cx\"", REPLACEMENT "x", 0, 0);          /* high at the start */
    assert_provider_string(fixture, "\"\\ud800\\u0041\"", REPLACEMENT "A", 0, 0);
    assert_provider_string(fixture, "\"\\ud83c\\ud83c\\udf89\"", REPLACEMENT "\xf0\x9f\x8e\x89", 0, 0);
    /* Marks land on the right strings: keys and escaped quotes count, nothing else. */
    struct json_value *root = parse_provider(fixture,
        "{\"k\\\"\\ud800\":\"\\\"\",\"a\":[\"\\ud83c\",\"ok \\\"\\ud83c\\\"\",\"\\udf89\"],\"n\":1}");
    assert_int_equal(root->object.count, 3);
    assert_string_value(json_get(root, "k\"" REPLACEMENT), "\"", 1);
    const struct json_value *items = json_get(root, "a");
    assert_int_equal(items->array.items[0]->string.trailing_high, 0xD83C);
    assert_int_equal(items->array.items[1]->string.trailing_high, 0);
    assert_int_equal(items->array.items[1]->string.leading_low, 0);
    assert_int_equal(items->array.items[2]->string.leading_low, 0xDF89);
    /* What is not a surrogate is no business of this mode: bad UTF-8 and bad JSON stay refused. */
    memset(&fixture->error, 0, sizeof fixture->error);
    assert_null(json_parse_provider(&fixture->arena, "\"\xed\xa0\x80\"", 5, 16, &fixture->error));
    assert_null(json_parse_provider(&fixture->arena, "\"\\ud83c", 7, 16, &fixture->error));
}

/* Pieces of one stream as a JS server cuts them, through one joiner. */
static void joiner_rebuilds_pairs_split_across_pieces(void **state)
{
    struct json_fixture *fixture = *state;
    struct surrogate_joiner joiner = { 0 };
    static const struct { const char *piece; const char *out; } steps[] = {
        { "\"Hi \\ud83c\"", "Hi " },                          /* the high half is held */
        { "\"\\udf89!\"", "\xf0\x9f\x8e\x89!" },              /* and joined with the low one */
        { "\"\\ud83c\"", "" },
        { "\"\"", "" },                                       /* an empty piece changes nothing */
        { "\"\\udf89\"", "\xf0\x9f\x8e\x89" },
        { "\"\\ud83c\"", "" },
        { "\"next\"", REPLACEMENT "next" },                   /* no low half: the high was lone */
        { "\"\\udf89 lone\"", REPLACEMENT " lone" },          /* nothing held: the low is lone */
        { "\"\\ud83c\"", "" },
        { "\"\\ud83d\"", REPLACEMENT },                       /* a second high: the first was lone */
        { "\"\\ude00\"", "\xf0\x9f\x98\x80" },
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        struct slice out = surrogate_joiner_take(&joiner, parse_provider(fixture, steps[i].piece), &fixture->arena);
        if (out.len != strlen(steps[i].out) || (out.len && memcmp(out.ptr, steps[i].out, out.len) != 0)) {
            fail_msg("step %zu (%s): got %zu bytes '%.*s'", i, steps[i].piece, out.len, (int)out.len, out.ptr);
        }
    }
    assert_int_equal(surrogate_joiner_release(&joiner).len, 0);
    surrogate_joiner_take(&joiner, parse_provider(fixture, "\"end \\ud83c\""), &fixture->arena);
    struct slice released = surrogate_joiner_release(&joiner);
    assert_int_equal(released.len, 3);
    assert_memory_equal(released.ptr, REPLACEMENT, 3);
    assert_int_equal(surrogate_joiner_release(&joiner).len, 0);
    /* Not a string (an absent field): nothing to pass on, and what is held stays held. */
    surrogate_joiner_take(&joiner, parse_provider(fixture, "\"\\ud83c\""), &fixture->arena);
    assert_null(surrogate_joiner_take(&joiner, NULL, &fixture->arena).ptr);
    struct slice joined = surrogate_joiner_take(&joiner, parse_provider(fixture, "\"\\udf89\""), &fixture->arena);
    assert_int_equal(joined.len, 4);
}

static void refuses_trailing_garbage(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const bad[] = {
        "{} QZXCANARYQZX", "{}}", "[1],", "1 2", "\"a\"\"b\"", "{}{}", "nullQZXCANARYQZX",
        "[1] // QZXCANARYQZX", "truex",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_refused(fixture, bad[i]);
    }
    assert_non_null(parse(fixture, " \t\r\n[1] \t\r\n"));          /* whitespace is not garbage */
}

static void refuses_empty_and_incomplete_input(void **state)
{
    struct json_fixture *fixture = *state;
    assert_refused_n(fixture, "", 0, 16);
    assert_non_null(strstr(fixture->error.message, "empty"));
    assert_refused(fixture, "   ");
    assert_refused(fixture, "{");
    assert_refused(fixture, "[1,");
    assert_refused(fixture, "\"QZXCANARYQZX");
    assert_refused(fixture, "{\"QZXCANARYQZX\":");
    /* Only the given length is read: a valid prefix of a longer text. */
    assert_non_null(parse_n(fixture, "[1]QZXCANARYQZX", 3, 16));
    assert_refused_n(fixture, "[1]QZXCANARYQZX", 5, 16);
}

/* Error messages name a position, never the input. */
static void errors_never_quote_the_input(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const bad[] = {
        "QZXCANARYQZX",
        "{\"QZXCANARYQZX\"}",
        "{\"a\":QZXCANARYQZX}",
        "[\"QZXCANARYQZX\" \"QZXCANARYQZX\"]",
        "{'QZXCANARYQZX':1}",
        "[1,2,3,QZXCANARYQZX]",
        "\"QZXCANARYQZX\x01\"",                    /* raw control character */
        "\"QZXCANARYQZX\\x\"",                     /* bad escape */
        "\"QZXCANARYQZX\\u12G4\"",
        "[01, \"QZXCANARYQZX\"]",
        "{\"a\":[[[[[[[[[[[[[[[[[[\"QZXCANARYQZX\"]]]]]]]]]]]]]]]]]]}",   /* too deep */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_refused(fixture, bad[i]);
    }
}

static void refuses_invalid_numbers(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const bad[] = { "01", "1.", ".5", "-", "+1", "1e", "0x10", "NaN", "Infinity", "[1,]" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_refused(fixture, bad[i]);
    }
}

/* ---- lookups and numbers ---- */

static void json_get_finds_members_exactly(void **state)
{
    struct json_fixture *fixture = *state;
    struct json_value *root = parse_ok(fixture, "{\"a\":1,\"ab\":2,\"a\\u0000b\":3,\"dup\":4,\"dup\":5,\"\":6}");
    long long number;
    assert_true(json_number_integer(json_get(root, "a"), &number));
    assert_int_equal(number, 1);
    assert_true(json_number_integer(json_get(root, "ab"), &number));
    assert_int_equal(number, 2);
    assert_true(json_number_integer(json_get(root, "dup"), &number));
    assert_int_equal(number, 4);                                    /* the first one */
    assert_true(json_number_integer(json_get(root, ""), &number));
    assert_int_equal(number, 6);
    assert_null(json_get(root, "b"));
    assert_null(json_get(root, "A"));
    assert_null(json_get(NULL, "a"));
    assert_null(json_get(parse_ok(fixture, "[1]"), "a"));
    assert_null(json_get(parse_ok(fixture, "\"a\""), "a"));

    assert_int_equal(json_get_string(root, "a").ptr, NULL);          /* not a string */
    assert_int_equal(json_get_string(root, "missing").len, 0);
    struct slice s = json_get_string(parse_ok(fixture, "{\"s\":\"v\\u0040\"}"), "s");
    assert_true(slice_equals(s, "v@"));
    assert_int_equal(json_get_integer(root, "ab", -1), 2);
    assert_int_equal(json_get_integer(root, "missing", -1), -1);
    assert_int_equal(json_get_integer(parse_ok(fixture, "{\"x\":1.5,\"s\":\"1\"}"), "x", -7), -7);
    assert_int_equal(json_get_integer(parse_ok(fixture, "{\"x\":1.5,\"s\":\"1\"}"), "s", -7), -7);
    assert_false(json_is(NULL, JSON_NULL));
    assert_string_equal(json_type_name(JSON_OBJECT), "object");
    assert_string_equal(json_type_name(JSON_STRING), "string");
}

static void json_number_integer_edges(void **state)
{
    struct json_fixture *fixture = *state;
    static const struct { const char *text; bool ok; long long value; } cases[] = {
        { "0", true, 0 },
        { "-0", true, 0 },
        { "42", true, 42 },
        { "-17", true, -17 },
        { "9223372036854775807", true, LLONG_MAX },
        { "-9223372036854775808", true, LLONG_MIN },
        { "9223372036854775808", false, 0 },         /* one past the range */
        { "-9223372036854775809", false, 0 },
        { "1.0", false, 0 },                         /* not written as an integer */
        { "1e3", false, 0 },
        { "2.5", false, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long long value = 12345;
        bool ok = json_number_integer(parse_ok(fixture, cases[i].text), &value);
        if (ok != cases[i].ok) {
            fail_msg("json_number_integer(%s) gave %d", cases[i].text, ok);
        }
        if (ok) {
            assert_int_equal(value, cases[i].value);
        }
    }
    long long untouched = 5;
    assert_false(json_number_integer(parse_ok(fixture, "\"7\""), &untouched));
    assert_false(json_number_integer(parse_ok(fixture, "true"), &untouched));
    assert_false(json_number_integer(NULL, &untouched));
    assert_int_equal(untouched, 5);
}

static void json_number_double_edges(void **state)
{
    struct json_fixture *fixture = *state;
    static const struct { const char *text; bool ok; double value; } cases[] = {
        { "0", true, 0.0 },
        { "0.7", true, 0.7 },
        { "-2.5e-3", true, -0.0025 },
        { "1E2", true, 100.0 },
        { "12345678901234567890", true, 12345678901234567890.0 },
        { "1.7976931348623157e308", true, DBL_MAX },
        { "1e309", false, 0 },                       /* overflows a double */
        { "-1e999", false, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double value = -1;
        bool ok = json_number_double(parse_ok(fixture, cases[i].text), &value);
        if (ok != cases[i].ok) {
            fail_msg("json_number_double(%s) gave %d", cases[i].text, ok);
        }
        if (ok) {
            assert_true(value == cases[i].value);
        }
    }
    double untouched = 3;
    assert_false(json_number_double(parse_ok(fixture, "null"), &untouched));
    assert_false(json_number_double(NULL, &untouched));
    assert_true(untouched == 3);
}

/* ---- writing ---- */

static void write_string_escapes_what_it_must(void **state)
{
    struct json_fixture *fixture = *state;
    assert_string_equal(write_string(fixture, "plain", 5), "\"plain\"");
    assert_string_equal(write_string(fixture, "", 0), "\"\"");
    assert_string_equal(write_string(fixture, "say \"hi\"", 8), "\"say \\\"hi\\\"\"");
    assert_string_equal(write_string(fixture, "a\\b", 3), "\"a\\\\b\"");
    assert_string_equal(write_string(fixture, "l1\nl2\r\tx", 8), "\"l1\\nl2\\r\\tx\"");
    assert_string_equal(write_string(fixture, "\x01", 1), "\"\\u0001\"");
    assert_string_equal(write_string(fixture, "\x1f", 1), "\"\\u001f\"");
    assert_string_equal(write_string(fixture, "\b\f", 2), "\"\\u0008\\u000c\"");
    assert_string_equal(write_string(fixture, "a\0b", 3), "\"a\\u0000b\"");
    /* What JSON allows raw stays raw: '/', DEL and UTF-8. */
    assert_string_equal(write_string(fixture, "a/b\x7f", 4), "\"a/b\x7f\"");
    assert_string_equal(write_string(fixture, "Grüße 東京 🎉", strlen("Grüße 東京 🎉")),
                        "\"Grüße 東京 🎉\"");
    /* Only len bytes are read. */
    assert_string_equal(write_string(fixture, "abcdef", 3), "\"abc\"");
    json_write_string(&fixture->out, "x", 1);                         /* appends */
    assert_string_equal(fixture->out.data, "\"abc\"\"x\"");
}

/* Every byte value from 0 to 127, and UTF-8 around it, reads back as written. */
static void write_string_round_trips_every_character(void **state)
{
    struct json_fixture *fixture = *state;
    char text[128 + 32];
    size_t len = 0;
    for (int c = 0; c < 128; c++) {
        text[len++] = (char)c;
    }
    static const char utf8[] = "é東🎉";
    memcpy(text + len, utf8, sizeof utf8 - 1);
    len += sizeof utf8 - 1;
    write_string(fixture, text, len);
    for (size_t i = 0; i < fixture->out.len; i++) {
        assert_true((unsigned char)fixture->out.data[i] >= 0x20);     /* no raw control byte */
    }
    char *written = arena_strndup(&fixture->arena, fixture->out.data, fixture->out.len);
    assert_string_value(parse_ok(fixture, written), text, len);
}

/* The reference the writer must match: every byte looked at on its own. */
static void escape_one_by_one(struct buffer *out, const unsigned char *text, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    buffer_append_char(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = text[i];
        if (c == '"' || c == '\\') {
            buffer_append_char(out, '\\');
            buffer_append_char(out, (char)c);
        } else if (c == '\n') {
            buffer_append(out, "\\n", 2);
        } else if (c == '\r') {
            buffer_append(out, "\\r", 2);
        } else if (c == '\t') {
            buffer_append(out, "\\t", 2);
        } else if (c < 0x20) {
            char escaped[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            buffer_append(out, escaped, sizeof escaped);
        } else {
            buffer_append_char(out, (char)c);
        }
    }
    buffer_append_char(out, '"');
}

/* The writer and the UTF-8 check read text eight bytes at a time: a byte of interest at
 * every position of a word, in texts of every length around a few words, is still found. */
static void escapes_and_utf8_checks_hold_at_every_offset(void **state)
{
    struct json_fixture *fixture = *state;
    static const unsigned char specials[] = { 0x00, 0x01, 0x08, '\t', '\n', '\r', 0x1f, '"', '\\', 0x20, 0x21,
                                              0x5b, 0x5d, 0x7f, 0xc3 };
    unsigned char text[40];
    struct buffer expected;
    buffer_init(&expected, &fixture->arena, 256);
    for (size_t len = 1; len <= sizeof text; len++) {
        for (size_t at = 0; at < len; at++) {
            for (size_t k = 0; k < sizeof specials; k++) {
                memset(text, 'a', len);
                text[at] = specials[k];
                if (at + 3 < len) {
                    text[at + 3] = '"';             /* a second one in the same word, or the next */
                }
                buffer_reset(&fixture->out);
                json_write_string(&fixture->out, (const char *)text, len);
                buffer_reset(&expected);
                escape_one_by_one(&expected, text, len);
                assert_int_equal(fixture->out.len, expected.len);
                assert_memory_equal(fixture->out.data, expected.data, expected.len);
            }
        }
    }
    /* An overlong '@' (C1 80) is refused and a proper 'é' (C3 A9) read back, wherever they fall. */
    for (size_t len = 2; len <= 34; len++) {
        for (size_t at = 0; at + 2 <= len; at++) {
            char json[48];
            json[0] = '"';
            memset(json + 1, 'a', len);
            json[len + 1] = '"';
            memcpy(json + 1 + at, "\xc1\x80", 2);
            assert_null(parse_n(fixture, json, len + 2, 8));
            assert_non_null(strstr(fixture->error.message, "UTF-8"));
            memcpy(json + 1 + at, "\xc3\xa9", 2);
            const struct json_value *value = parse_n(fixture, json, len + 2, 8);
            assert_non_null(value);
            assert_int_equal(value->string.len, len);
            assert_memory_equal(value->string.text, json + 1, len);
        }
    }
}

static void write_helpers(void **state)
{
    struct json_fixture *fixture = *state;
    struct buffer *out = &fixture->out;
    bool first = true;
    buffer_append_char(out, '{');
    json_write_key(out, "a", &first);
    json_write_integer(out, LLONG_MIN);
    json_write_key(out, "b\"", &first);
    struct slice items[] = { SLICE_LITERAL("x"), SLICE_LITERAL("y\n"), SLICE_LITERAL("") };
    json_write_string_array(out, items, 3);
    json_write_key(out, "c", &first);
    json_write_string_array(out, items, 0);
    json_write_key(out, "d", &first);
    json_write_cstring(out, "q\"");
    buffer_append_char(out, '}');
    assert_string_equal(out->data,
        "{\"a\":-9223372036854775808,\"b\\\"\":[\"x\",\"y\\n\",\"\"],\"c\":[],\"d\":\"q\\\"\"}");
    assert_non_null(parse_ok(fixture, arena_strndup(&fixture->arena, out->data, out->len)));
}

/* parse -> write -> parse gives the same tree, and writing is stable. */
static void write_value_round_trips(void **state)
{
    struct json_fixture *fixture = *state;
    static const char *const documents[] = {
        "null", "true", "false", "0", "-1.50e+10", "\"s\"", "[]", "{}",
        "{\"model\":\"gpt-4o\",\"temperature\":0.7,\"messages\":[{\"role\":\"user\",\"content\":"
        "\"Grüße \\u0040 \\\"q\\\" \\\\ \\n \\u0001 \\ud83c\\udf89\"}],\"n\":null,\"ok\":true,"
        "\"deep\":[[[{\"a\":[1,2,{\"b\":[]}]}]]],\"big\":123456789012345678901234567890,"
        "\"tiny\":1e-300,\"k\\u0000ey\":\"v\\u0000al\",\"\":\"\"}",
    };
    for (size_t i = 0; i < sizeof documents / sizeof documents[0]; i++) {
        struct json_value *original = parse_ok(fixture, documents[i]);
        buffer_reset(&fixture->out);
        json_write_value(&fixture->out, original);
        char *first = arena_strndup(&fixture->arena, fixture->out.data, fixture->out.len);
        struct json_value *again = parse_ok(fixture, first);
        assert_true(json_testing_equal(original, again));
        buffer_reset(&fixture->out);
        json_write_value(&fixture->out, again);
        assert_string_equal(fixture->out.data, first);
    }
    /* Numbers are re-emitted exactly as written, and the output is compact. */
    buffer_reset(&fixture->out);
    json_write_value(&fixture->out, parse_ok(fixture, "{ \"t\" : 0.70 , \"a\" : [ 1E5 , -0 ] }"));
    assert_string_equal(fixture->out.data, "{\"t\":0.70,\"a\":[1E5,-0]}");
}

static const char *write_double(struct json_fixture *fixture, double value)
{
    buffer_reset(&fixture->out);
    json_write_double(&fixture->out, value);
    return fixture->out.data;
}

static const double sample_doubles[] = {
    0.0, 1.0, -2.5, 0.7, 0.1, 0.2, 1e-7, 100.0, 123456789.0, 1e15, 1e21, 9007199254740992.0,
    1.5e-10, 3.141592653589793, 0.1 + 0.2, 0.1 + 0.7, 1.0 / 3.0, 2.0 / 3.0, 1.1 + 2.2,
    DBL_MAX, DBL_MIN, 5e-324, -123.456, 1234567890123456789.0,
};

/* The written number is valid JSON and reads back as exactly the same double. */
static void write_double_is_exact(void **state)
{
    struct json_fixture *fixture = *state;
    assert_string_equal(write_double(fixture, 0.7), "0.7");
    assert_string_equal(write_double(fixture, 0.0), "0");
    assert_string_equal(write_double(fixture, 1.0), "1");
    assert_string_equal(write_double(fixture, -2.5), "-2.5");
    assert_string_equal(write_double(fixture, 100.0), "100");
    assert_string_equal(write_double(fixture, 0.1), "0.1");
    assert_string_equal(write_double(fixture, 123456789.0), "123456789");
    assert_string_equal(write_double(fixture, 9007199254740992.0), "9007199254740992");
    const char *tiny = write_double(fixture, 1e-7);
    assert_true(strcmp(tiny, "1e-7") == 0 || strcmp(tiny, "1e-07") == 0);
    for (size_t i = 0; i < sizeof sample_doubles / sizeof sample_doubles[0]; i++) {
        const char *text = write_double(fixture, sample_doubles[i]);
        struct json_value *number = parse_ok(fixture, arena_strndup(&fixture->arena, text, strlen(text)));
        double back;
        assert_true(json_number_double(number, &back) || sample_doubles[i] == 5e-324);
        if (strtod(text, NULL) != sample_doubles[i]) {
            fail_msg("%s does not read back as %.17g", text, sample_doubles[i]);
        }
    }
}

/* Significant digits of a written number: the mantissa without sign, point, leading or
 * trailing zeros. */
static int significant_digits(const char *text)
{
    char digits[64];
    size_t count = 0;
    for (const char *p = text; *p != '\0' && *p != 'e' && *p != 'E'; p++) {
        if (*p >= '0' && *p <= '9' && count < sizeof digits) {
            digits[count++] = *p;
        }
    }
    size_t start = 0;
    while (start < count && digits[start] == '0') {
        start++;
    }
    while (count > start && digits[count - 1] == '0') {
        count--;
    }
    return (int)(count - start);
}

/* json.h promises the shortest exact form: no digit more than the double needs. */
static void write_double_uses_the_fewest_digits(void **state)
{
    struct json_fixture *fixture = *state;
    for (size_t i = 0; i < sizeof sample_doubles / sizeof sample_doubles[0]; i++) {
        double value = sample_doubles[i];
        int fewest = 17;
        for (int precision = 1; precision <= 17; precision++) {
            char candidate[64];
            snprintf(candidate, sizeof candidate, "%.*g", precision, value);
            if (strtod(candidate, NULL) == value) {
                fewest = significant_digits(candidate);
                break;
            }
        }
        const char *text = write_double(fixture, value);
        if (significant_digits(text) != fewest) {
            fail_msg("json_write_double(%.17g) wrote \"%s\": %d significant digits where %d read back exactly",
                     value, text, significant_digits(text), fewest);
        }
    }
}

int main(void)
{
#define TEST(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        TEST(parses_every_type),
        TEST(large_containers_keep_every_item),
        TEST(strings_arrive_decoded),
        TEST(depth_limit_is_exact),
        TEST(refuses_malformed_utf8),
        TEST(refuses_overlong_surrogate_and_out_of_range_utf8),
        TEST(client_parse_refuses_lone_surrogates),
        TEST(pairs_decode_and_escaped_backslashes_are_text),
        TEST(provider_parse_replaces_lone_surrogates),
        TEST(joiner_rebuilds_pairs_split_across_pieces),
        TEST(decoded_strings_are_valid_utf8),
        TEST(refuses_trailing_garbage),
        TEST(refuses_empty_and_incomplete_input),
        TEST(errors_never_quote_the_input),
        TEST(refuses_invalid_numbers),
        TEST(json_get_finds_members_exactly),
        TEST(json_number_integer_edges),
        TEST(json_number_double_edges),
        TEST(write_string_escapes_what_it_must),
        TEST(write_string_round_trips_every_character),
        TEST(escapes_and_utf8_checks_hold_at_every_offset),
        TEST(write_helpers),
        TEST(write_value_round_trips),
        TEST(write_double_is_exact),
        TEST(write_double_uses_the_fewest_digits),
    };
#undef TEST
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
