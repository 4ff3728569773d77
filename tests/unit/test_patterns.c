/* The Hyperscan layer: every built-in shape found with its exact span inside prose,
 * decoys left alone, one candidate per value however many ends Hyperscan reports. */
#include "tests/unit/unit.h"

#include "scrub/patterns.h"

static struct pattern_set set;

static int compile_builtin(void **state)
{
    (void)state;
    char error[256];
    if (!pattern_set_compile(&set, builtin_entity_types, builtin_entity_type_count, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

static int release_builtin(void **state)
{
    (void)state;
    pattern_set_release(&set);
    return 0;
}

/* The one candidate found in `text` is `value`, of type `name`. */
static void expect_found(const char *prefix_text, const char *value, const char *suffix_text, const char *name)
{
    char text[1024];
    snprintf(text, sizeof text, "%s%s%s", prefix_text, value, suffix_text);
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    if (count != 1) {
        fail_msg("%zu candidates in '%s', expected one %s", count, text, name);
    }
    size_t len = found[0].end - found[0].start;
    if (strcmp(found[0].type->name, name) != 0 || len != strlen(value) || memcmp(text + found[0].start, value, len) != 0) {
        fail_msg("found %s '%.*s', expected %s '%s'", found[0].type->name, (int)len, text + found[0].start, name, value);
    }
}

static void expect_nothing(const char *text)
{
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    if (count != 0) {
        fail_msg("'%s' gave a %s candidate '%.*s'", text, found[0].type->name,
                 (int)(found[0].end - found[0].start), text + found[0].start);
    }
}

static void finds_secrets_with_exact_spans(void **state)
{
    (void)state;
    expect_found("my key is ", "sk-proj-abcdefghij0123456789T3BlbkFJzyxwvutsrq9876543210", ", keep it", "OPENAI_API_KEY");
    expect_found("export ANTHROPIC=\"",
                 "sk-ant-api03-aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggghhhhhhhhhhiiiiiiiiiijjjAA",
                 "\"", "ANTHROPIC_API_KEY");
    expect_found("token ", "ghp_abcghdefghijklmnopqrstuvwxyzABCDEFGH", " done", "GITHUB_TOKEN");
    expect_found("aws_access_key_id = ", "AKIAIOSFODNN7EXAMPLE", "\n", "AWS_ACCESS_KEY_ID");
    expect_found("slack: ", "xoxb-123456789012-abcdefghijkl", ".", "SLACK_TOKEN");
    expect_found("stripe ", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", " ok", "STRIPE_KEY");
    expect_found("maps key ", "AIzaSyA1234567890abcdefghijklmnopqrstuv", ";", "GOOGLE_API_KEY");
    expect_found("Authorization: Bearer ",
                 "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                 " sent", "JWT");
}

static void finds_emails_once(void **state)
{
    (void)state;
    expect_found("Mail ", "ann.lee+tag@mail.example.co.uk", ".", "EMAIL");   /* many ends, one span */
    expect_found("(", "bob@example.com", ")", "EMAIL");
}

static void leaves_decoys_alone(void **state)
{
    (void)state;
    expect_nothing("sk-1234 is not a key, nor is sk-proj-short");
    expect_nothing("AKIA1234 and XAKIAIOSFODNN7EXAMPLEX are not key ids");
    expect_nothing("write to foo@bar or @handle or a@b.c");
    expect_nothing("version 1.2.3, price $4.50, order #12345, Monday in Paris");
    expect_nothing("notghp_abcghdefghijklmnopqrstuvwxyzABCDEFGH is glued to a word");
}

static void finds_digit_shaped_values(void **state)
{
    (void)state;
    expect_found("card ", "4111 1111 1111 1111", " exp 12/29", "CREDIT_CARD");
    expect_found("order 12 ", "5555-5555-5555-4444", ".", "CREDIT_CARD");
    expect_found("amex ", "378282246310005", " ok", "CREDIT_CARD");
    expect_found("pay to ", "DE89 3704 0044 0532 0130 00", " please", "IBAN");
    expect_found("SSN: ", "536-22-8726", ",", "SSN_US");
    expect_found("SIN ", "130 692 544", ".", "SIN_CA");
    expect_found("fnr ", "15076500565", " ", "NO_FNR");
    expect_found("pnr ", "811218-9876", " ", "SE_PERSONNUMMER");
    expect_found("NINO ", "AB 12 34 56 C", ".", "UK_NINO");
    expect_found("call ", "+47 912 34 567", " today", "PHONE");
    expect_found("host ", "192.168.10.1", " is up", "IP_ADDRESS");
    expect_found("v6 ", "2001:db8::8a2e:370:7334", " ok", "IP_ADDRESS");
}

static void leaves_digit_decoys_alone(void **state)
{
    (void)state;
    expect_nothing("card 4111 1111 1111 1112 fails Luhn");
    expect_nothing("SSN 936-22-8726 is in the 9xx area");
    expect_nothing("version 1.2.3.4.5 and 10.0 and 3.14159");
    expect_nothing("order 1234-5678-9012, total 1,234.56, on 2024-05-17 at 10:30:00");
    expect_nothing("fnr 15076500566 has a wrong control digit");
}

static void several_in_one_text(void **state)
{
    (void)state;
    const char *text = "ann@example.com sent AKIAIOSFODNN7EXAMPLE to bob@example.org.";
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    assert_int_equal(count, 3);
    assert_string_equal(found[0].type->name, "EMAIL");
    assert_string_equal(found[1].type->name, "AWS_ACCESS_KEY_ID");
    assert_string_equal(found[2].type->name, "EMAIL");
    assert_int_equal(found[2].end, strlen(text) - 1);          /* the sentence's dot is not the address's */
}

static void a_bad_pattern_names_its_type(void **state)
{
    (void)state;
    static const struct entity_type broken[] = {
        { "FINE", SPAN_OVER_CHARS, "abc", NULL, 3, 3, NULL, NULL, false, false },
        { "EMPLOYEE_ID", SPAN_OVER_CHARS, "E-[0-9", NULL, 3, 10, NULL, NULL, false, false },
    };
    struct pattern_set bad;
    char error[256];
    assert_false(pattern_set_compile(&bad, broken, 2, error, sizeof error));
    assert_non_null(strstr(error, "EMPLOYEE_ID"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finds_secrets_with_exact_spans),
        cmocka_unit_test(finds_emails_once),
        cmocka_unit_test(leaves_decoys_alone),
        cmocka_unit_test(finds_digit_shaped_values),
        cmocka_unit_test(leaves_digit_decoys_alone),
        cmocka_unit_test(several_in_one_text),
        cmocka_unit_test(a_bad_pattern_names_its_type),
    };
    return cmocka_run_group_tests(tests, compile_builtin, release_builtin);
}
