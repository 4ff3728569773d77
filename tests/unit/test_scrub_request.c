/* Masking a whole request where JSON escapes could hide a value: tool-call arguments and
 * tool results that are JSON text nested in a string, valid or not. Whatever spelling the
 * escapes give a value, what would go upstream holds its placeholder, never the value. */
#include "tests/unit/unit.h"

#include "scrub/request.h"
#include "tests/unit/scrub_testing.h"

/* One part alone in a request, scrubbed: how many values were masked. */
static size_t scrub_part(struct fixture *fixture, struct canon_part *part)
{
    static struct canon_message message;
    message = (struct canon_message){ .role = ROLE_ASSISTANT, .parts = part, .part_count = 1 };
    fixture->request.messages = &message;
    fixture->request.message_count = 1;
    struct vault vault;
    size_t masked = scrub_request(&scrubber, &fixture->request, &vault, &fixture->arena);
    assert_true(masked != (size_t)-1);
    return masked;
}

/* `part` alone in a request scrubs so that its `field` (holding `input` before) reads exactly
 * `expected`, with `masked` values masked. */
static void expect_part_scrubbed(struct fixture *fixture, struct canon_part *part, const struct slice *field,
                                 const char *input, const char *expected, size_t masked)
{
    size_t count = scrub_part(fixture, part);
    if (field->len != strlen(expected) || memcmp(field->ptr, expected, strlen(expected))) {
        fail_msg("'%s'\n  gave     '%.*s'\n  expected '%s'", input, (int)field->len, field->ptr, expected);
    }
    assert_int_equal(count, masked);
}

/* Tool-call `arguments` scrub to exactly `expected`, with `masked` values masked. */
static void expect_arguments(struct fixture *fixture, const char *arguments, const char *expected, size_t masked)
{
    struct canon_part part = { .type = PART_TOOL_CALL, .tool_call_id = SLICE_LITERAL("call_1"),
                               .tool_name = SLICE_LITERAL("lookup"),
                               .tool_arguments = slice_of(arguments, strlen(arguments)) };
    expect_part_scrubbed(fixture, &part, &part.tool_arguments, arguments, expected, masked);
}

/* A tool's result `content` scrubs to exactly `expected`. */
static void expect_tool_result(struct fixture *fixture, const char *content, const char *expected, size_t masked)
{
    struct canon_part part = { .type = PART_TOOL_RESULT, .tool_call_id = SLICE_LITERAL("call_1"),
                               .text = slice_of(content, strlen(content)) };
    expect_part_scrubbed(fixture, &part, &part.text, content, expected, masked);
}

/* Arguments that are not JSON (cut off, garbled) are masked with their escapes decoded,
 * and go upstream in that decoded spelling. */
static void invalid_arguments_decoded_then_masked(void **state)
{
    struct fixture *fixture = *state;
    expect_arguments(fixture, "{\"q\":\"bob\\u0040example.com\"", "{\"q\":\"[EMAIL_1]\"", 1);
    expect_arguments(fixture, "{\"q\":\"\\u0062ob@example.com", "{\"q\":\"[EMAIL_1]", 1);
    expect_arguments(fixture, "{\"q\":\"\\u0062\\u006f\\u0062\\u0040\\u0065xample.com\",",
                     "{\"q\":\"[EMAIL_1]\",", 1);
    /* "\/" inside a secret, an escaped quote and newline around it. */
    expect_arguments(fixture, "{\"env\":\"aws_secret_access_key = Jz4wfvMuwYatI\\/K7MDQXB\\/hT2sNcoWuB3q8LmTvE\\n",
                     "{\"env\":\"aws_secret_access_key = [AWS_SECRET_ACCESS_KEY_1]\n", 1);
    expect_arguments(fixture, "{\"card\":\"4206\\u00204583\\u00203793\\u00209858\\\" }",
                     "{\"card\":\"[CREDIT_CARD_1]\" }", 1);
    /* A backslash before a character that is no escape is dropped, as lenient readers do. */
    expect_arguments(fixture, "{\"q\":\"bob\\@example.com", "{\"q\":\"[EMAIL_1]", 1);
    /* A lone surrogate half is U+FFFD; a pair is its character. */
    expect_arguments(fixture, "{\"q\":\"\\ud800 \\ud83c\\udf89 bob\\u0040example.com",
                     "{\"q\":\"\xEF\xBF\xBD \xF0\x9F\x8E\x89 [EMAIL_1]", 1);
    /* Once something is masked, the whole text goes in its decoded spelling. */
    expect_arguments(fixture, "{\"q\":\"ann@example.com\\n", "{\"q\":\"[EMAIL_1]\n", 1);
    /* The value in plain sight is masked where it stands even when another hides. */
    expect_arguments(fixture, "[\"ann@example.com\", \"bob\\u0040example.com\"",
                     "[\"[EMAIL_1]\", \"[EMAIL_2]\"", 2);
}

/* Not JSON, but nothing hidden: the text keeps its spelling, escapes and all. */
static void invalid_arguments_without_values_keep_their_spelling(void **state)
{
    struct fixture *fixture = *state;
    expect_arguments(fixture, "{\"path\":\"C:\\\\new\\\\table\\u00e9\"", "{\"path\":\"C:\\\\new\\\\table\\u00e9\"", 0);
    expect_arguments(fixture, "trailing backslash \\", "trailing backslash \\", 0);
    expect_arguments(fixture, "\\u12", "\\u12", 0);
}

/* Valid arguments: keys and numbers are read too, and JSON text inside a string value. */
static void valid_arguments_keys_numbers_and_nested_text(void **state)
{
    struct fixture *fixture = *state;
    expect_arguments(fixture, "{\"bob\\u0040example.com\":true}", "{\"[EMAIL_1]\":true}", 1);
    expect_arguments(fixture, "{\"card\":4206458337939858,\"n\":2}", "{\"card\":\"[CREDIT_CARD_1]\",\"n\":2}", 1);
    expect_arguments(fixture, "{\"payload\":\"{\\\"to\\\":\\\"bob\\\\u0040example.com\\\"}\"}",
                     "{\"payload\":\"{\\\"to\\\":\\\"[EMAIL_1]\\\"}\"}", 1);
    expect_arguments(fixture, "{\"q\":\"\\ud800 ann\\u0040example.com\"}", "{\"q\":\"\xEF\xBF\xBD [EMAIL_1]\"}", 1);
    const char *code = "{\"code\":\"print(\\\"a\\\\n\\\")\",\"n\":2}";
    expect_arguments(fixture, code, code, 0);
}

/* A placeholder spelled with escapes in the request is not minted again for a value. */
static void escaped_placeholder_is_not_reused(void **state)
{
    struct fixture *fixture = *state;
    expect_arguments(fixture, "{\"a\":\"\\u005bEMAIL_1]\",\"b\":\"bob@example.com\"}",
                     "{\"a\":\"[EMAIL_1]\",\"b\":\"[EMAIL_2]\"}", 1);
    expect_arguments(fixture, "{\"a\":\"\\u005bEMAIL_1]\",\"b\":\"bob\\u0040example.com\"",
                     "{\"a\":\"[EMAIL_1]\",\"b\":\"[EMAIL_2]\"", 1);
}

/* A tool's result: JSON with escapes is masked decoded and written again; text that is not
 * JSON is masked with its escapes decoded when they hid something, and else left alone. */
static void tool_results_with_escapes(void **state)
{
    struct fixture *fixture = *state;
    expect_tool_result(fixture, "{\"email\":\"bob\\u0040example.com\",\"ok\":true}",
                       "{\"email\":\"[EMAIL_1]\",\"ok\":true}", 1);
    expect_tool_result(fixture, "{\"email\":\"bob\\u0040example.com\",\"more\":",
                       "{\"email\":\"[EMAIL_1]\",\"more\":", 1);
    expect_tool_result(fixture, "row 1: bob\\u0040example.com", "row 1: [EMAIL_1]", 1);
    expect_tool_result(fixture, "saved to C:\\new\\table", "saved to C:\\new\\table", 0);
    expect_tool_result(fixture, "sent to ann@example.com", "sent to [EMAIL_1]", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(invalid_arguments_decoded_then_masked, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(invalid_arguments_without_values_keep_their_spelling, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(valid_arguments_keys_numbers_and_nested_text, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(escaped_placeholder_is_not_reused, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(tool_results_with_escapes, fixture_setup, fixture_teardown),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
