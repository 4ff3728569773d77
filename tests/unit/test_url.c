/* transforms/url.h: a path segment percent-encoded can add no segment, query or fragment; a
 * percent-decoded text is exactly what its escapes say, or refused. */
#include "tests/unit/unit.h"

#include "transforms/foundation/url.h"

static void assert_encodes(const char *text, size_t len, const char *wanted)
{
    char out[URL_ENCODED_SIZE(64) + 1];
    assert_true(len <= 64);
    size_t written = url_encode_path_segment(out, text, len);
    assert_true(written <= URL_ENCODED_SIZE(len));
    out[written] = '\0';
    assert_string_equal(out, wanted);
}

#define ENCODES(text, wanted) assert_encodes((text), sizeof(text) - 1, (wanted))

static void unreserved_bytes_stay(void **state)
{
    (void)state;
    ENCODES("gemini-2.5-flash", "gemini-2.5-flash");
    ENCODES("AZaz09-._~", "AZaz09-._~");
    ENCODES("", "");
}

static void structure_is_encoded(void **state)
{
    (void)state;
    ENCODES("a/b", "a%2Fb");
    ENCODES("../../v1/projects/victim/secrets?alt=json#",
            "..%2F..%2Fv1%2Fprojects%2Fvictim%2Fsecrets%3Falt%3Djson%23");
    ENCODES("%2e%2e", "%252e%252e");
    ENCODES("x:streamGenerateContent", "x%3AstreamGenerateContent");
    ENCODES("a b\r\nHost: evil", "a%20b%0D%0AHost%3A%20evil");
    ENCODES("\x00\x7f\xff", "%00%7F%FF");
}

static void dot_segments_are_encoded(void **state)
{
    (void)state;
    ENCODES(".", "%2E");
    ENCODES("..", "%2E%2E");
    ENCODES("...", "%2E%2E%2E");
    ENCODES("a..b", "a..b");          /* dots inside a name are no dot segment */
    ENCODES(".hidden", ".hidden");
}

static void the_worst_case_fits(void **state)
{
    (void)state;
    char text[64];
    memset(text, '/', sizeof text);
    char out[URL_ENCODED_SIZE(sizeof text)];
    assert_int_equal(url_encode_path_segment(out, text, sizeof text), URL_ENCODED_SIZE(sizeof text));
}

/* The decoded text, or NULL when refused. */
static const char *decoded(const char *text, size_t len, unsigned flags, size_t size)
{
    static char out[32];
    size_t written = 99;
    assert_true(size <= sizeof out);
    if (!url_percent_decode(text, len, flags, out, size, &written)) {
        return NULL;
    }
    assert_int_equal(written, strlen(out));
    return out;
}

#define DECODES(text, flags, wanted) assert_string_equal(decoded((text), strlen(text), (flags), 32), (wanted))
#define REFUSES(text, flags) assert_null(decoded((text), strlen(text), (flags), 32))

static void escapes_are_decoded(void **state)
{
    (void)state;
    DECODES("openai%2Fgpt-4o", 0, "openai/gpt-4o");
    DECODES("%e6%9d%b1%E4%BA%AC", 0, "\xe6\x9d\xb1\xe4\xba\xac");
    DECODES("", 0, "");
    DECODES("a+b", 0, "a+b");
    DECODES("a+b%2B", URL_DECODE_PLUS_IS_SPACE, "a b+");
    assert_string_equal(decoded("ab%2Fcd", 5, 0, 32), "ab/");        /* only the length given is read */
}

static void bad_escapes_nul_and_overflow_are_refused(void **state)
{
    (void)state;
    REFUSES("%", 0);
    REFUSES("%4", 0);
    REFUSES("%4g", 0);
    REFUSES("%g4", 0);
    REFUSES("%00", 0);
    assert_null(decoded("%41%4", 4, 0, 32));                          /* an escape cut by the length */
    assert_null(decoded("abcd", 4, 0, 4));                            /* no room for the NUL */
    assert_string_equal(decoded("abc", 3, 0, 4), "abc");
    assert_null(decoded("", 0, 0, 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unreserved_bytes_stay),
        cmocka_unit_test(structure_is_encoded),
        cmocka_unit_test(dot_segments_are_encoded),
        cmocka_unit_test(the_worst_case_fits),
        cmocka_unit_test(escapes_are_decoded),
        cmocka_unit_test(bad_escapes_nul_and_overflow_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
