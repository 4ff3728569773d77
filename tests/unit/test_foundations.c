/* The arena, the buffer, JSON in and out, and the SSE reader. */
#include "tests/unit/unit.h"

#include <limits.h>
#include <strings.h>

#include "transforms/foundation/arena.h"
#include "transforms/foundation/buffer.h"
#include "transforms/foundation/caseless.h"
#include "transforms/foundation/json.h"
#include "transforms/foundation/latin1_fold.h"
#include "transforms/foundation/text.h"
#include "transforms/sse.h"

/* ---- caseless words ---- */

/* The readers' old rule, which caseless.h folds: strncasecmp over a listed word's length. */
static bool old_equals(const char *word, size_t len, const char *listed)
{
    return strlen(listed) == len && strncasecmp(word, listed, len) == 0;
}

static size_t old_prefix(const char *text, size_t at, size_t limit, const char *listed)
{
    size_t n = strlen(listed);
    return at + n <= limit && strncasecmp(text + at, listed, n) == 0 ? n : 0;
}

static void caseless_matches_what_strncasecmp_matched(void **state)
{
    (void)state;
    static const char *const list[] = { "is", "Island", "\xc3\xa4r", "c'est", "ist", "es", "lautet", "IS-A", "x" };
    const size_t count = sizeof list / sizeof list[0];
    static const char *const texts[] = { "is", "IS", "iS land", "island", "ISLAND!", "\xc3\xa4r", "\xc3\x84R",
                                         "\xc3\xa4R det", "C'EST", "c'est la", "Lautet", "es ist", "is-a", "X",
                                         "", "i", "est" };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        const char *text = texts[t];
        size_t len = strlen(text);
        for (size_t end = 0; end <= len; end++) {
            bool in_list = false;
            for (size_t i = 0; i < count; i++) {
                assert_int_equal(caseless_equals(text, end, list[i]), old_equals(text, end, list[i]));
                in_list = in_list || old_equals(text, end, list[i]);
            }
            assert_int_equal(caseless_in_list(text, end, list, count), in_list && end > 0);
            for (size_t at = 0; at <= end; at++) {
                size_t first = 0;
                for (size_t i = 0; i < count; i++) {
                    size_t n = old_prefix(text, at, end, list[i]);
                    assert_int_equal(caseless_prefix(text, at, end, list[i]), n);
                    first = first != 0 ? first : n;
                }
                assert_int_equal(caseless_list_prefix(text, at, end, list, count), first);
            }
        }
    }
    assert_false(caseless_in_list("is", 2, list + 1, count - 1));        /* "Island" is not "is" */
    assert_true(caseless_in_list("ISLAND", 6, list, count));               /* a listed capital folds too */
    assert_false(caseless_equals("\xc3\x84r", 3, "\xc3\xa4r"));        /* UTF-8 letters do not fold */
    assert_int_equal(caseless_prefix("det er 38", 0, 6, "det er "), 0);   /* the limit cuts it */
    assert_int_equal(caseless_prefix("DET ER 38", 0, 9, "det er "), 7);
}

/* The Latin-1 capitals fold after 0xc3 (Ø, É, Ñ), × and ß do not, nor a byte after another lead. */
static void latin1_fold_lowers_latin1_capitals(void **state)
{
    (void)state;
    const char *text = "\xc3\x98L \xc3\x89T\xc3\x91 \xc3\x97\xc3\x9f \xc4\x98 Z";
    const char *want = "\xc3\xb8l \xc3\xa9t\xc3\xb1 \xc3\x97\xc3\x9f \xc4\x98 z";
    size_t len = strlen(text);
    for (size_t i = 0; i < len; i++) {
        unsigned char previous = i > 0 ? (unsigned char)text[i - 1] : 0;
        assert_int_equal(latin1_fold(previous, (unsigned char)text[i]), (unsigned char)want[i]);
    }
    assert_int_equal(latin1_fold(0, 0x98), 0x98);                   /* no lead byte before it */
}

/* ---- arena and buffer ---- */

static void arena_aligns_and_grows(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 256);
    for (int i = 1; i < 2000; i++) {
        char *memory = arena_alloc(&arena, (size_t)(i % 97) + 1);
        assert_int_equal((uintptr_t)memory % 16, 0);
        memset(memory, 0xab, (size_t)(i % 97) + 1);
    }
    char *large = arena_alloc(&arena, 3 << 20);          /* larger than any chunk */
    memset(large, 1, 3 << 20);
    assert_string_equal(arena_printf(&arena, "%s-%d", "x", 42), "x-42");
    assert_string_equal(arena_strndup(&arena, "abcdef", 3), "abc");
    arena_clear(&arena);
    assert_int_equal(arena.allocated, 0);
    assert_non_null(arena_alloc(&arena, 100));
    arena_release(&arena);
    arena_cache_release();
}

/* The texts written without printf are exactly what printf writes: every number near
 * the edges and a spread between, and joins cut at every size. */
static void text_writes_what_printf_writes(void **state)
{
    (void)state;
    const long long edges[] = { 0, 1, -1, 9, 10, -10, 99, 100, 4294967295LL, 4294967296LL,
                                LLONG_MAX, LLONG_MIN, LLONG_MIN + 1 };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0] + 400; i++) {
        unsigned long long spread = (i * 2654435761ULL) << (i % 40);
        long long value = i < sizeof edges / sizeof edges[0] ? edges[i] : (long long)(i % 2 ? 0ULL - spread : spread);
        char expected[TEXT_DECIMAL_BYTES], written[TEXT_DECIMAL_BYTES];
        int expected_len = snprintf(expected, sizeof expected, "%lld", value);
        assert_int_equal(text_decimal(written, value), (size_t)expected_len);
        assert_string_equal(written, expected);
        struct arena arena;
        arena_init(&arena, 256);
        struct buffer buffer;
        buffer_init(&buffer, &arena, 8);
        buffer_append_integer(&buffer, value);
        assert_string_equal(buffer.data, expected);
        arena_release(&arena);
    }
    const char *const firsts[] = { "", "chatcmpl-", "a-much-longer-prefix-than-the-rest" };
    const char *const seconds[] = { "", "0123456789abcdef", "x" };
    for (size_t f = 0; f < 3; f++) {
        for (size_t g = 0; g < 3; g++) {
            for (size_t size = 1; size <= 56; size++) {
                char expected[64], written[64];
                memset(written, '#', sizeof written);
                snprintf(expected, size, "%s%s", firsts[f], seconds[g]);
                text_join(written, size, firsts[f], seconds[g]);
                assert_string_equal(written, expected);
                assert_int_equal(written[size], '#');          /* nothing past the size */
            }
        }
    }
}

static void buffer_appends_and_stays_terminated(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 256);
    struct buffer buffer;
    buffer_init(&buffer, &arena, 8);
    for (int i = 0; i < 1000; i++) {
        buffer_printf(&buffer, "%d,", i);
    }
    assert_int_equal(buffer.data[buffer.len], '\0');
    assert_true(strncmp(buffer.data, "0,1,2,", 6) == 0);
    assert_non_null(strstr(buffer.data, "999,"));
    buffer_reset(&buffer);
    assert_int_equal(buffer.len, 0);
    assert_string_equal(buffer.data, "");
    arena_release(&arena);
}

/* ---- JSON ---- */

static struct json_value *parse(struct arena *arena, const char *text, struct json_error *error)
{
    return json_parse(arena, text, strlen(text), 16, error);
}

static void json_decodes_escapes(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct json_error error;
    struct json_value *root = parse(&arena, "{\"a\":\"x\\u0040y\",\"b\":\"\\ud83c\\udf89\",\"n\":[1,2.5,-3e2,true,null]}", &error);
    assert_non_null(root);
    struct slice a = json_get_string(root, "a");
    assert_int_equal(a.len, 3);
    assert_memory_equal(a.ptr, "x@y", 3);
    assert_string_equal(json_get(root, "b")->string.text, "\xf0\x9f\x8e\x89");
    const struct json_value *numbers = json_get(root, "n");
    assert_int_equal(numbers->array.count, 5);
    long long integer;
    double real;
    assert_true(json_number_integer(numbers->array.items[0], &integer));
    assert_int_equal(integer, 1);
    assert_false(json_number_integer(numbers->array.items[1], &integer));
    assert_true(json_number_double(numbers->array.items[2], &real));
    assert_true(real == -300.0);
    assert_int_equal(numbers->array.items[3]->type, JSON_BOOL);
    assert_int_equal(numbers->array.items[4]->type, JSON_NULL);
    assert_int_equal(json_get_integer(root, "missing", -7), -7);
    arena_release(&arena);
}

static void json_refuses_bad_input_without_quoting_it(void **state)
{
    (void)state;
    const char *bad[] = {
        "", "{", "{\"canary-secret\": }", "[1,2", "{\"a\":1} trailing canary-secret", "\"\xff\xfe canary-secret\"",
        "{'canary-secret': 1}", "nul", "[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct arena arena;
        arena_init(&arena, 1024);
        struct json_error error;
        assert_null(parse(&arena, bad[i], &error));
        assert_null(strstr(error.message, "canary"));
        arena_release(&arena);
    }
}

static void json_depth_limit_is_exact(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct json_error error;
    char text[64] = "";
    for (int i = 0; i < 16; i++) strcat(text, "[");
    for (int i = 0; i < 16; i++) strcat(text, "]");
    assert_non_null(parse(&arena, text, &error));          /* exactly 16 levels */
    char deeper[64] = "[";
    strcat(deeper, text);
    strcat(deeper, "]");
    assert_null(parse(&arena, deeper, &error));
    assert_non_null(strstr(error.message, "deeper"));
    arena_release(&arena);
}

static void json_writes_what_it_reads(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct json_error error;
    const char *text = "{\"q\":\"say \\\"hi\\\"\\\\ \\n\\t\\u0001 東京\",\"n\":[0.7,1e-7,12345678901234],\"o\":{}}";
    struct json_value *root = parse(&arena, text, &error);
    struct buffer out;
    buffer_init(&out, &arena, 16);
    json_write_value(&out, root);
    assert_string_equal(out.data, "{\"q\":\"say \\\"hi\\\"\\\\ \\n\\t\\u0001 東京\",\"n\":[0.7,1e-7,12345678901234],\"o\":{}}");
    buffer_reset(&out);
    json_write_double(&out, 0.7);
    assert_string_equal(out.data, "0.7");
    buffer_reset(&out);
    struct slice items[] = { SLICE_LITERAL("a"), SLICE_LITERAL("b\"") };
    json_write_string_array(&out, items, 2);
    assert_string_equal(out.data, "[\"a\",\"b\\\"\"]");
    arena_release(&arena);
}

/* ---- SSE ---- */

struct events {
    char text[4096];
    int count;
};

static int record(void *context, const struct sse_event *event)
{
    struct events *events = context;
    size_t used = strlen(events->text);
    snprintf(events->text + used, sizeof events->text - used, "[%.*s|%.*s]", (int)event->name_len, event->name,
             (int)event->data_len, event->data);
    events->count++;
    return 0;
}

static const char *stream_text =
    ": keep-alive\r\n\r\n"
    "event: message_start\ndata: {\"a\":1}\n\n"
    "data:no-space\r\rdata: line one\ndata: line two\n\n"
    "id: 7\nretry: 10\ndata: {\"b\":\"東京\"}\r\n\r\n"
    "data: [DONE]\n\n";

static const char *expected_events =
    "[message_start|{\"a\":1}][|no-space][|line one\nline two][|{\"b\":\"東京\"}][|[DONE]]";

static void sse_reads_every_split_alike(void **state)
{
    (void)state;
    size_t len = strlen(stream_text);
    for (size_t split = 0; split <= len; split++) {
        struct arena arena;
        arena_init(&arena, 1024);
        struct sse_reader reader;
        sse_reader_init(&reader, &arena, 1 << 16);
        struct events events = { 0 };
        assert_int_equal(sse_reader_feed(&reader, stream_text, split, record, &events), 0);
        assert_int_equal(sse_reader_feed(&reader, stream_text + split, len - split, record, &events), 0);
        assert_string_equal(events.text, expected_events);
        assert_int_equal(reader.comments_seen, 1);
        assert_false(sse_reader_has_partial(&reader));
        arena_release(&arena);
    }
    struct arena arena;                                   /* and one byte at a time */
    arena_init(&arena, 1024);
    struct sse_reader reader;
    sse_reader_init(&reader, &arena, 1 << 16);
    struct events events = { 0 };
    for (size_t i = 0; i < len; i++) {
        assert_int_equal(sse_reader_feed(&reader, stream_text + i, 1, record, &events), 0);
    }
    assert_string_equal(events.text, expected_events);
    arena_release(&arena);
}

static int stop_after_first(void *context, const struct sse_event *event)
{
    (void)event;
    ++*(int *)context;
    return 7;
}

static void sse_bounds_events_and_stops_on_request(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct sse_reader reader;
    sse_reader_init(&reader, &arena, 64);
    char big[200];
    memset(big, 'x', sizeof big);
    memcpy(big, "data: ", 6);
    assert_int_equal(sse_reader_feed(&reader, big, sizeof big, stop_after_first, NULL), SSE_EVENT_TOO_LARGE);
    sse_reader_init(&reader, &arena, 1024);
    int seen = 0;
    const char *two = "data: a\n\ndata: b\n\n";
    assert_int_equal(sse_reader_feed(&reader, two, strlen(two), stop_after_first, &seen), 7);
    assert_int_equal(seen, 1);
    sse_reader_init(&reader, &arena, 1024);
    assert_int_equal(sse_reader_feed(&reader, "data: cut", 9, stop_after_first, &seen), 0);
    assert_true(sse_reader_has_partial(&reader));
    struct buffer out;
    buffer_init(&out, &arena, 16);
    sse_write_event(&out, "ping", "{}", 2);
    assert_string_equal(out.data, "event: ping\ndata: {}\n\n");
    arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_aligns_and_grows),
        cmocka_unit_test(text_writes_what_printf_writes),
        cmocka_unit_test(caseless_matches_what_strncasecmp_matched),
        cmocka_unit_test(latin1_fold_lowers_latin1_capitals),
        cmocka_unit_test(buffer_appends_and_stays_terminated),
        cmocka_unit_test(json_decodes_escapes),
        cmocka_unit_test(json_refuses_bad_input_without_quoting_it),
        cmocka_unit_test(json_depth_limit_is_exact),
        cmocka_unit_test(json_writes_what_it_reads),
        cmocka_unit_test(sse_reads_every_split_alike),
        cmocka_unit_test(sse_bounds_events_and_stops_on_request),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
