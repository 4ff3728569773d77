/* Every occurrence of a value the detectors found is masked, wherever in the request it
 * stands: later messages, the system prompt, tool results and tool-call arguments, with the
 * same placeholder; at word boundaries only; in time linear in the text. */
#include "tests/unit/unit.h"

#include <stdio.h>

#include "scrub/occurrences.h"
#include "scrub/request.h"
#include "tests/unit/scrub_testing.h"

enum { MAX_PARTS = 4 };

struct exchange {
    struct canon_message messages[MAX_PARTS];
    struct canon_part parts[MAX_PARTS];
    size_t count;
};

static void add(struct exchange *exchange, enum canon_role role, enum canon_part_type type, const char *text)
{
    size_t i = exchange->count++;
    exchange->parts[i] = (struct canon_part){ .type = type };
    if (type == PART_TOOL_CALL) {
        exchange->parts[i].tool_call_id = SLICE_LITERAL("call_1");
        exchange->parts[i].tool_name = SLICE_LITERAL("run");
        exchange->parts[i].tool_arguments = slice_of(text, strlen(text));
    } else {
        exchange->parts[i].text = slice_of(text, strlen(text));
        if (type == PART_TOOL_RESULT) {
            exchange->parts[i].tool_call_id = SLICE_LITERAL("call_1");
        }
    }
    exchange->messages[i] = (struct canon_message){ .role = role, .parts = &exchange->parts[i], .part_count = 1 };
}

static size_t scrub(struct fixture *fixture, struct exchange *exchange, struct vault *vault)
{
    fixture->request.messages = exchange->messages;
    fixture->request.message_count = exchange->count;
    size_t masked = scrub_request(&scrubber, &fixture->request, vault, &fixture->arena);
    assert_true(masked != (size_t)-1);
    return masked;
}

static void expect_text(const struct exchange *exchange, size_t i, const char *expected)
{
    const struct canon_part *part = &exchange->parts[i];
    struct slice text = part->type == PART_TOOL_CALL ? part->tool_arguments : part->text;
    if (text.len != strlen(expected) || memcmp(text.ptr, expected, text.len) != 0) {
        fail_msg("part %zu\n  gave     '%.*s'\n  expected '%s'", i, (int)text.len, text.ptr, expected);
    }
}

/* The password: found under its key, then sent inside a URL in a later message. */
static void password_masked_inside_a_later_url(void **state)
{
    struct exchange exchange = { 0 };
    add(&exchange, ROLE_USER, PART_TEXT, "POSTGRES_PASSWORD: Xk9vTq2LmZr8Wp\n");
    add(&exchange, ROLE_USER, PART_TEXT, "DATABASE_URL=postgres://app:Xk9vTq2LmZr8Wp@db:5432/app");
    struct vault vault;
    scrub(*state, &exchange, &vault);
    assert_int_equal(vault.count, 1);
    const char *placeholder = vault.entries[0].placeholder.ptr;
    char first[128], second[128];
    snprintf(first, sizeof first, "POSTGRES_PASSWORD: %s\n", placeholder);
    snprintf(second, sizeof second, "DATABASE_URL=postgres://app:%s@db:5432/app", placeholder);
    expect_text(&exchange, 0, first);
    expect_text(&exchange, 1, second);
}

/* An IP with a cue in one message, bare in the next, and in a tool call's JSON arguments. */
static void address_masked_where_no_cue_stands(void **state)
{
    struct exchange exchange = { 0 };
    add(&exchange, ROLE_USER, PART_TEXT, "the server IP is 10.20.30.40 today");
    add(&exchange, ROLE_USER, PART_TEXT, "allow node-10.20.30.40 and 10.20.30.401");
    add(&exchange, ROLE_ASSISTANT, PART_TOOL_CALL, "{\"dsn\":\"10.20.30.40:5432\",\"n\":3}");
    struct vault vault;
    scrub(*state, &exchange, &vault);
    assert_int_equal(vault.count, 1);
    expect_text(&exchange, 0, "the server IP is [IP_ADDRESS_1] today");
    expect_text(&exchange, 1, "allow node-[IP_ADDRESS_1] and 10.20.30.401");
    expect_text(&exchange, 2, "{\"dsn\":\"[IP_ADDRESS_1]:5432\",\"n\":3}");
}

/* A name found in the system prompt, bare in a tool's result; "Olefin" is not "Ole". */
static void name_from_system_prompt_masked_in_tool_result(void **state)
{
    struct exchange exchange = { 0 };
    add(&exchange, ROLE_SYSTEM, PART_TEXT, "My name is Zorvak Quellington and I own the account.");
    add(&exchange, ROLE_TOOL, PART_TOOL_RESULT,
        "{\"owner\": \"Zorvak Quellington\", \"product\": \"Zorvak Quellingtons\"}");
    add(&exchange, ROLE_ASSISTANT, PART_TOOL_CALL, "{\"to\":[\"Zorvak Quellington\"],\"cc\":\"x\\u0040y\"}");
    struct vault vault;
    scrub(*state, &exchange, &vault);
    assert_int_equal(vault.count, 1);
    expect_text(&exchange, 0, "My name is [PERSON_1] and I own the account.");
    expect_text(&exchange, 1, "{\"owner\": \"[PERSON_1]\", \"product\": \"Zorvak Quellingtons\"}");
    /* Arguments are JSON: matched on the decoded strings and written again. */
    expect_text(&exchange, 2, "{\"to\":[\"[PERSON_1]\"],\"cc\":\"x@y\"}");
}

/* The automaton alone, on values minted by hand. */
static struct occurrences *automaton(struct fixture *fixture, struct vault *vault, const char *const *values,
                                     size_t count)
{
    vault_init(vault, &fixture->arena, NULL, 0);
    for (size_t i = 0; i < count; i++) {
        vault_mint(vault, "PERSON", slice_of(values[i], strlen(values[i])));
    }
    return occurrences_build(vault, &fixture->arena);
}

static void expect_replaced(struct fixture *fixture, const struct occurrences *occurrences, const char *text,
                            const char *expected)
{
    struct buffer out;
    buffer_init(&out, &fixture->arena, 64);
    size_t replaced = occurrences_replace(occurrences, text, strlen(text), &out);
    const char *got = replaced ? out.data : text;
    if (strcmp(got, expected) != 0) {
        fail_msg("'%s'\n  gave     '%s'\n  expected '%s'", text, got, expected);
    }
}

/* Word boundaries where the value starts or ends with a word character; leftmost-longest;
 * placeholders untouched; values under three bytes not propagated. */
static void boundaries_longest_and_placeholders(void **state)
{
    struct fixture *fixture = *state;
    static const char *const values[] = { "Ole", "Ole Hansen", "@db!", "Han", "x1" };
    struct vault vault;
    struct occurrences *occurrences = automaton(fixture, &vault, values, 5);
    assert_non_null(occurrences);
    expect_replaced(fixture, occurrences, "Ole, Olefin, OleX, xOle, _Ole, Ole.",
                    "[PERSON_1], Olefin, OleX, xOle, _Ole, [PERSON_1].");
    expect_replaced(fixture, occurrences, "Ole Hansen and Ole Hanse", "[PERSON_2] and [PERSON_1] Hanse");
    expect_replaced(fixture, occurrences, "app@db!x and Han", "app[PERSON_3]x and [PERSON_4]");
    expect_replaced(fixture, occurrences, "[PERSON_1] Ole x1", "[PERSON_1] [PERSON_1] x1");
    expect_replaced(fixture, occurrences, "ole OLE Øle Oleå Ole\xC3\xA5", "ole OLE Øle Oleå Ole\xC3\xA5");

    /* The scan skips a byte whose pair with the next starts no value: a value right at
     * either end, after a byte that starts it too ("@@db!"), or a text of one byte. */
    expect_replaced(fixture, occurrences, "Han", "[PERSON_4]");
    expect_replaced(fixture, occurrences, "@@db!", "@[PERSON_3]");
    expect_replaced(fixture, occurrences, "O", "O");
    expect_replaced(fixture, occurrences, "OOle Ole", "OOle [PERSON_1]");
    expect_replaced(fixture, occurrences, "x @db!", "x [PERSON_3]");

    static const char *const short_values[] = { "ab", "7" };
    assert_null(automaton(fixture, &vault, short_values, 2));
}

/* The scan reads sixteen bytes at a time for the values' first bytes (up to eight of them,
 * the pair look-up alone past that): a value found at every offset around the blocks'
 * edges and at the text's end, with few first bytes and with many. */
static void found_at_every_offset(struct fixture *fixture, const char *const *values, size_t count)
{
    struct vault vault;
    struct occurrences *occurrences = automaton(fixture, &vault, values, count);
    assert_non_null(occurrences);
    for (size_t len = 4; len < 52; len++) {
        for (size_t at = 0; at + 4 <= len; at++) {
            char text[64], expected[64];
            memset(text, '.', len);
            memcpy(text + at, "@db!", 4);
            text[len] = '\0';
            snprintf(expected, sizeof expected, "%.*s[PERSON_3]%s", (int)at, text, text + at + 4);
            expect_replaced(fixture, occurrences, text, expected);
        }
    }
}

static void every_offset_few_and_many_first_bytes(void **state)
{
    struct fixture *fixture = *state;
    static const char *const few[] = { "Ole", "Ole Hansen", "@db!" };
    found_at_every_offset(fixture, few, 3);
    static const char *const many[] = { "Ole", "Ole Hansen", "@db!", "Bob", "Cid", "Dag", "Eli", "Fay", "Gus", "Hal" };
    found_at_every_offset(fixture, many, 10);
}

/* No value, no second pass: nothing is built and no work is done. */
static void no_values_no_second_pass(void **state)
{
    struct fixture *fixture = *state;
    struct vault vault;
    size_t counter = 0;
    vault_init(&vault, &fixture->arena, NULL, 0);
    vault.work_counter = &counter;
    assert_null(occurrences_build(&vault, &fixture->arena));
    assert_int_equal(counter, 0);

    struct exchange exchange = { 0 };
    const char *text = "nothing to see here, just a plain sentence about the weather";
    add(&exchange, ROLE_USER, PART_TEXT, text);
    assert_int_equal(scrub(fixture, &exchange, &vault), 0);
    assert_ptr_equal(exchange.parts[0].text.ptr, text);
    assert_int_equal(vault.count, 0);
}

/* `count` distinct values, each once in a text: the work of building and replacing. */
static size_t work_for(struct fixture *fixture, size_t count)
{
    struct vault vault;
    size_t counter = 0;
    vault_init(&vault, &fixture->arena, NULL, 0);
    struct buffer text;
    buffer_init(&text, &fixture->arena, count * 24);
    for (size_t i = 0; i < count; i++) {
        char value[32];
        int len = snprintf(value, sizeof value, "secret%06zuvalue", i * 7919 % 1000003);
        char *copy = arena_strndup(&fixture->arena, value, (size_t)len);
        vault_mint(&vault, "PASSWORD", slice_of(copy, (size_t)len));
        buffer_printf(&text, "k=%s ", value);
    }
    vault.work_counter = &counter;
    struct occurrences *occurrences = occurrences_build(&vault, &fixture->arena);
    struct buffer out;
    buffer_init(&out, &fixture->arena, text.len);
    assert_int_equal(occurrences_replace(occurrences, text.data, text.len, &out), count);
    return counter;
}

static void work_stays_linear(void **state)
{
    struct fixture *fixture = *state;
    size_t small = work_for(fixture, 1000);
    size_t large = work_for(fixture, 4000);
    print_message("# 1,000 values: %zu units, 4,000: %zu\n", small, large);
    if (large > 5 * small) {
        fail_msg("1,000 values: %zu units of work, 4,000: %zu (ratio above 5)", small, large);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(password_masked_inside_a_later_url, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(address_masked_where_no_cue_stands, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(name_from_system_prompt_masked_in_tool_result, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(boundaries_longest_and_placeholders, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(every_offset_few_and_many_first_bytes, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(no_values_no_second_pass, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(work_stays_linear, fixture_setup, fixture_teardown),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
