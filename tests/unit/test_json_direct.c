/* transforms/foundation/json.c's direct parser against its yajl path. The direct parser
 * may give up on any document (yajl then decides), but whatever it accepts, yajl must
 * accept with the same tree: compared here on hand-picked documents (every escape, number
 * form, whitespace, nesting, and the cases it leaves to yajl) and on a fixed series of
 * mutations of them. The file is included, so its static parsers are reachable. */
#include "tests/unit/unit.h"

#include "transforms/foundation/json.c"
#include "tests/unit/json_testing.h"

struct tally {
    struct arena arena;
    size_t direct_accepted;
};

/* Returns whether the direct parser took the document. */
static bool check_document(struct tally *tally, const char *text, size_t len, unsigned depth)
{
    bool taken = false;
    for (int policy = SURROGATES_REFUSE_LONE; policy <= SURROGATES_REPLACE_LONE; policy++) {
        struct json_error error = { { 0 } };
        struct json_value *direct = len ? parse_direct(&tally->arena, text, len, depth) : NULL;
        struct json_value *yajl = parse_with_yajl(&tally->arena, text, len, depth, (enum surrogate_policy)policy,
                                                  &error);
        if (direct != NULL && (yajl == NULL || !json_testing_identical(direct, yajl))) {
            fail_msg("the direct parser differs from yajl (policy %d, depth %u) on [%.*s]: %s", policy, depth,
                     (int)len, text, yajl == NULL ? error.message : "another tree");
        }
        taken = direct != NULL;
        arena_clear(&tally->arena);
    }
    tally->direct_accepted += taken;
    return taken;
}

static const char *const documents[] = {
    ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1796549145,\"model\":\"m\","
     "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello there, thi\"},"
     "\"logprobs\":null,\"finish_reason\":null}]}"),
    ("{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
     "\"text\":\"a\\nb\\\"c\\\\d\\/e\\b\\f\\r\\t\\u00e9\\u4e2d\\ud83d\\ude00\"}}"),
    "[1,-0,0.5,-1.25e10,1E+2,2e-3,true,false,null,\"\",{},[],[[]],{\"a\":{}}]",
    "  {\"a\" : [ 1 , 2 ] , \"b\":\"x\" }  ",
    "\"just a string\"", "123", "-0.0e0", "true", "null",
    "{\"a\":1,\"a\":2}", "{\"\":\"\"}", "{\"k\":\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"}",
    "[\"\\uD83D\\uDE00\"]", "[\"\\uDBFF\\uDFFF\"]", "[\"\\u0080\\u07ff\\u0800\\ufffe\"]", "[\"\\\\u0041\"]",
    "{\"a\":[{\"b\":[{\"c\":[{\"d\":[{\"e\":[{\"f\":[1,2,3]}]}]}]}]}]}", "[1.5E-10]", "{\"k\":\"\x7f\"}",
    /* Left to yajl: it accepts these, or refuses them, or replaces a lone surrogate. */
    "{\"a\":\"\\u0000\"}", "{\"a\":\"\\uffff\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00x\"}",
    "{\"a\":\"\\ud800\\u0041\"}",
    "{\"a\":1}\f", "\v{\"a\":1}", "{\"k\":\"\xc0\xaf\"}", "{\"k\":\"\xed\xa0\x80\"}", "{\"k\":\"\xf4\x90\x80\x80\"}",
    "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":.5}", "{\"a\":tru}", "{\"a\":truex}", "[1,]", "[,1]", "{,}",
    "{\"a\"}", "{\"a\":1}x", "{\"a\":\"x\ny\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12g4\"}",
    "\xef\xbb\xbf{}", "{} {}", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "/*c*/{}", "{\"a\":Infinity}", "[1e]", "[1e+]",
    "[-01]",
    "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]",
};

static void test_hand_picked_documents(void **state)
{
    (void)state;
    struct tally tally = { 0 };
    arena_init(&tally.arena, 4096);
    size_t count = sizeof documents / sizeof documents[0];
    for (size_t i = 0; i < count; i++) {
        for (unsigned depth = 1; depth <= 21; depth += 5) {
            check_document(&tally, documents[i], strlen(documents[i]), depth);
        }
    }
    /* The parser is in use: an ordinary stream event and every plain escape are its own. */
    assert_true(check_document(&tally, documents[0], strlen(documents[0]), 64));
    assert_true(check_document(&tally, documents[1], strlen(documents[1]), 64));
    assert_false(check_document(&tally, "{\"a\":\"\\ud800\"}", 14, 64));
    arena_release(&tally.arena);
}

/* Deeper than its frames on the stack, wider than its pending children: both grow. */
static void test_deep_and_wide_documents(void **state)
{
    (void)state;
    struct tally tally = { 0 };
    arena_init(&tally.arena, 4096);
    char deep[400];
    for (int i = 0; i < 200; i++) {
        deep[i] = '[';
        deep[399 - i] = ']';
    }
    assert_false(check_document(&tally, deep, sizeof deep, 64));
    assert_true(check_document(&tally, deep, sizeof deep, 256));
    static char wide[40000];
    size_t len = 0;
    wide[len++] = '{';
    for (int i = 0; i < 500; i++) {
        len += (size_t)snprintf(wide + len, sizeof wide - len, "%s\"m%d\":[%d,{\"x\":[1,\"two\",3]}]",
                                i ? "," : "", i, i);
    }
    wide[len++] = '}';
    assert_true(check_document(&tally, wide, len, 64));
    arena_release(&tally.arena);
}

/* The string reader takes sixteen bytes at a time and the decoder copies the runs between
 * escapes whole: every kind of special byte, alone or after another, at every place of
 * strings around one and two blocks long, in keys and in values. An invalid UTF-8 byte
 * among plain bytes before an escape in the same block must still be seen (yajl refuses
 * the document), a valid one must not stop the parse. */
static void test_special_bytes_at_every_place(void **state)
{
    (void)state;
    static const char *const specials[] = {
        "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\u0000", "\"", "\x01", "\x1f", "\x7f",
        "\xc3\xa9", "\xe2\x82\xac", "\xff", "\x80", "\xc3", "\xff\\n", "\\t\xff", "\xc3\xa9\\n",
    };
    struct tally tally = { 0 };
    arena_init(&tally.arena, 4096);
    size_t taken = 0, checked = 0;
    for (size_t len = 0; len <= 40; len++) {
        for (size_t at = 0; at <= len; at++) {
            for (size_t kind = 0; kind < sizeof specials / sizeof specials[0]; kind++) {
                for (int in_key = 0; in_key <= 1; in_key++) {
                    char text[128], plain[64];
                    memset(plain, 'a', len);
                    int written = snprintf(text, sizeof text, in_key ? "{\"%.*s%s%.*s\":1}" : "{\"k\":\"%.*s%s%.*s\"}",
                                           (int)at, plain, specials[kind], (int)(len - at), plain);
                    taken += check_document(&tally, text, (size_t)written, 8);
                    checked++;
                }
            }
        }
    }
    /* Both outcomes occur: the valid escapes and characters are taken, the rest refused. */
    assert_true(taken > checked / 3);
    assert_true(taken < checked);
    arena_release(&tally.arena);
}

/* A fixed series (fixed seed) of byte edits of the documents above. */
static void test_mutated_documents(void **state)
{
    (void)state;
    static const char specials[] = "\"\\/{}[],: \t\n\r\f\vunltfe+-.0123456789aAdDFf"
                                   "\x01\x1f\x7f\x80\xbf\xc3\xa9\xed\xf0\xff";
    static const char *const inserts[] = {
        "\\u00e9", "\\ud83d", "\\ude00", "\\u0000", "[", "{\"k\":", "\\n", "\"", ",1",
    };
    struct tally tally = { 0 };
    arena_init(&tally.arena, 4096);
    unsigned seed = 7;
    char text[4096];
    size_t count = sizeof documents / sizeof documents[0];
    for (int round = 0; round < 40000; round++) {
        const char *base = documents[rand_r(&seed) % count];
        size_t len = strlen(base);
        memcpy(text, base, len);
        for (int edits = 1 + rand_r(&seed) % 4; edits > 0; edits--) {
            size_t at = (size_t)rand_r(&seed) % (len + 1);
            char c = rand_r(&seed) % 3 ? specials[rand_r(&seed) % (sizeof specials - 1)] : (char)(rand_r(&seed) % 256);
            const char *insert = inserts[rand_r(&seed) % (sizeof inserts / sizeof inserts[0])];
            size_t insert_len = strlen(insert);
            switch (rand_r(&seed) % 4) {
            case 0:
                if (at < len) {
                    text[at] = c;
                }
                break;
            case 1:
                memmove(text + at + 1, text + at, len - at);
                text[at] = c;
                len++;
                break;
            case 2:
                if (at < len) {
                    memmove(text + at, text + at + 1, len - at - 1);
                    len--;
                }
                break;
            default:
                memmove(text + at + insert_len, text + at, len - at);
                memcpy(text + at, insert, insert_len);
                len += insert_len;
                break;
            }
        }
        check_document(&tally, text, len, 1 + (unsigned)rand_r(&seed) % 20);
    }
    /* Not a vacuous comparison: a good share of the edits still parse directly. */
    assert_true(tally.direct_accepted > 1000);
    arena_release(&tally.arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hand_picked_documents),
        cmocka_unit_test(test_deep_and_wide_documents),
        cmocka_unit_test(test_special_bytes_at_every_place),
        cmocka_unit_test(test_mutated_documents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
