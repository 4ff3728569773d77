/* Structure as context (issue 15, scrub/columns.c): keys, env names, labels, CSV, psql and
 * markdown columns, and cue words before or after a value in six languages name the type
 * of the value next to them, which is then checked by that type's validator in a relaxed
 * form (no separators needed). DATE_OF_BIRTH is a date only after a birth cue or under a
 * birth key; a bare date, a date under another column and a number under an unrelated key
 * stay. The scrubber has every built-in type but PERSON, so that names do not blur what
 * is checked here. */
#include "tests/unit/unit.h"

#include "scrub/scrub.h"
#include "scrub/validators.h"

static struct scrubber scrubber;

static int build_scrubber(void **state)
{
    (void)state;
    static const char *entities[128];
    assert_true(builtin_entity_type_count <= sizeof entities / sizeof entities[0]);
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        entities[i] = builtin_entity_types[i].name;
    }
    struct scrub_config config = { .enabled = true, .entities = entities, .entity_count = builtin_entity_type_count };
    char error[256];
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

static int release_scrubber(void **state)
{
    (void)state;
    scrubber_release(&scrubber);
    return 0;
}

/* `text` scrubs to exactly `expected`. */
static void expect_scrubbed(const char *text, const char *expected)
{
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    struct buffer out;
    buffer_init(&out, &arena, 256);
    size_t masked = scrub_text(&scrubber, &vault, text, strlen(text), &out);
    assert_true(masked != (size_t)-1);
    if (out.len != strlen(expected) || memcmp(out.data, expected, out.len) != 0) {
        fail_msg("'%s'\n  gave     '%.*s'\n  expected '%s'", text, (int)out.len, out.data, expected);
    }
    arena_release(&arena);
}

static void keys_name_their_values(void **state)
{
    (void)state;
    expect_scrubbed("{\"phone\": \"91234567\", \"ssn\": \"536228726\", \"sin\": 130692544}",
                    "{\"phone\": \"[PHONE_1]\", \"ssn\": \"[SSN_US_1]\", \"sin\": [SIN_CA_1]}");
    expect_scrubbed("SSN=536228726\nPHONE=0171 1234567\nexport MOBILE=+4791234567\n",
                    "SSN=[SSN_US_1]\nPHONE=[PHONE_1]\nexport MOBILE=[PHONE_2]\n");
    expect_scrubbed("customer:\n  date_of_birth: 12 March 1985\n  steuer_id: 86095742719\n  personnummer: "
                    "194112122678\n",
                    "customer:\n  date_of_birth: [DATE_OF_BIRTH_1]\n  steuer_id: [DE_TAX_ID_1]\n"
                    "  personnummer: [SE_PERSONNUMMER_1]\n");
    expect_scrubbed("{\"customerPhone\": \"145550\", \"birthDate\": \"1985-03-12\", \"fodselsnummer\": "
                    "\"15076500565\"}",
                    "{\"customerPhone\": \"[PHONE_1]\", \"birthDate\": \"[DATE_OF_BIRTH_1]\", "
                    "\"fodselsnummer\": \"[NO_FNR_1]\"}");
    expect_scrubbed("Social Security Number: 536 22 8726, Routing number: 011000015",
                    "Social Security Number: [SSN_US_1], Routing number: [US_ABA_ROUTING_1]");
    expect_scrubbed("Mob: 912 34 567\nHandy: 0221/1246821\nTel.: 0171 1234567",
                    "Mob: [PHONE_1]\nHandy: [PHONE_2]\nTel.: [PHONE_3]");
}

static void keys_that_name_nothing_leave_numbers(void **state)
{
    (void)state;
    expect_scrubbed("{\"mobile_app_version\": \"1234567\", \"phone_verified\": 12345678, \"order_id\": 536228726}",
                    "{\"mobile_app_version\": \"1234567\", \"phone_verified\": 12345678, \"order_id\": 536228726}");
    expect_scrubbed("created_at: 1985-03-12\nssn: n/a\nphone: unknown\n",
                    "created_at: 1985-03-12\nssn: n/a\nphone: unknown\n");
    expect_scrubbed("order number: 12345678", "order number: 12345678");
}

static void table_columns_name_their_cells(void **state)
{
    (void)state;
    expect_scrubbed("id,phone,ssn,birth_date,created\n"
                    "1,91234567,536228726,12.03.1985,2024-05-12\n"
                    "2,\"+47 912 34 567\",078-05-1121,1990-01-31,2024-05-13\n",
                    "id,phone,ssn,birth_date,created\n"
                    "1,[PHONE_1],[SSN_US_1],[DATE_OF_BIRTH_1],2024-05-12\n"
                    "2,\"[PHONE_2]\",[SSN_US_2],[DATE_OF_BIRTH_2],2024-05-13\n");
    expect_scrubbed(" id | telefon    | fnr\n----+------------+-------------\n  1 | 912 34 567 | "
                    "15076500565\n(1 row)\n",
                    " id | telefon    | fnr\n----+------------+-------------\n  1 | [PHONE_1] | [NO_FNR_1]\n(1 row)\n");
    expect_scrubbed("| Name | Phone | DOB |\n|---|---|---|\n| x | 4155552671 | March 12, 1985 |\n",
                    "| Name | Phone | DOB |\n|---|---|---|\n| x | [PHONE_1] | [DATE_OF_BIRTH_1] |\n");
    expect_scrubbed("name\tsin\nx\t130692544\n", "name\tsin\nx\t[SIN_CA_1]\n");
    /* A list in prose is no header, and a date under another column is no birth date. */
    expect_scrubbed("id,version,date\n1,1234567,1985-03-12\n", "id,version,date\n1,1234567,1985-03-12\n");
}

static void cue_words_before_the_value(void **state)
{
    (void)state;
    expect_scrubbed("Handy 0171 1234567, mi m\xc3\xb3vil es el 612 345 678, joignable au 06 12 34 56 78.",
                    "Handy [PHONE_1], mi m\xc3\xb3vil es el [PHONE_2], joignable au [PHONE_3].");
    expect_scrubbed("Ring mig p\xc3\xa5 031-74 04 80, tlf 912 34 567, Tel. 0171 1234567, Mi tel\xc3\xa9" "fono: "
                                                                                                         "612345678",
                    "Ring mig p\xc3\xa5 [PHONE_1], tlf [PHONE_2], Tel. [PHONE_3], Mi tel\xc3\xa9" "fono: [PHONE_4]");
    expect_scrubbed("SSN 536228726, SIN 130692544, personnummer 194112122678, f\xc3\xb8" "dselsnummer 15076500565",
                    "SSN [SSN_US_1], SIN [SIN_CA_1], personnummer [SE_PERSONNUMMER_1], f\xc3\xb8" "dselsnummer "
                                                                                                  "[NO_FNR_1]");
    expect_scrubbed("Mi n\xc3\xbamero de seguro social es 536228726. Steuer-IdNr. 86095742719, routing no. 011000015",
                    "Mi n\xc3\xbamero de seguro social es [SSN_US_1]. Steuer-IdNr. [DE_TAX_ID_1], "
                    "routing no. [US_ABA_ROUTING_1]");
    /* Other words between a phone word and a number: only a national grouping. */
    expect_scrubbed("mobile app version 1234567", "mobile app version 1234567");
    expect_scrubbed("Il faut rappeler Julien au 03.93.09.65.63 avant jeudi",
                    "Il faut rappeler Julien au [PHONE_1] avant jeudi");
}

static void cue_words_after_the_value(void **state)
{
    (void)state;
    expect_scrubbed("011000015 is my routing number. 912 34 567 er mitt telefonnummer. 86095742719 ist meine "
                    "Steuer-ID.",
                    "[US_ABA_ROUTING_1] is my routing number. [PHONE_1] er mitt telefonnummer. "
                    "[DE_TAX_ID_1] ist meine Steuer-ID.");
    expect_scrubbed("130692544, c'est mon NAS. 194112122678 \xc3\xa4r min dotters personnummer.",
                    "[SIN_CA_1], c'est mon NAS. [SE_PERSONNUMMER_1] \xc3\xa4r min dotters personnummer.");
    /* Nothing says whose: the number stays. */
    expect_scrubbed("12345678 is the number of rows", "12345678 is the number of rows");
}

static void dates_of_birth_after_a_birth_cue(void **state)
{
    (void)state;
    expect_scrubbed("f\xc3\xb8" "dt 12.03.1985, f\xc3\xb6" "dd 12 mars 1985, geboren am 12. M\xc3\xa4rz 1985",
                    "f\xc3\xb8" "dt [DATE_OF_BIRTH_1], f\xc3\xb6" "dd [DATE_OF_BIRTH_2], geboren am [DATE_OF_BIRTH_3]");
    expect_scrubbed("n\xc3\xa9" "e le 1er f\xc3\xa9vrier 1990, fecha de nacimiento: 12 de marzo de 1985, born "
                                "on March 12, 1985",
                    "n\xc3\xa9" "e le [DATE_OF_BIRTH_1], fecha de nacimiento: [DATE_OF_BIRTH_2], born on "
                                "[DATE_OF_BIRTH_3]");
    expect_scrubbed("Ich bin am 16.12.1982 geboren. DOB: 3/12/1985", "Ich bin am [DATE_OF_BIRTH_1] geboren. "
                                                                     "DOB: [DATE_OF_BIRTH_2]");
    /* Dates in logs and releases are not birth dates; an impossible date is no date. */
    expect_scrubbed("2024-05-12 10:00:01 started, released 12 March 2024", "2024-05-12 10:00:01 started, "
                                                                           "released 12 March 2024");
    expect_scrubbed("born 31.02.1985", "born 31.02.1985");
}

static void written_dates(void **state)
{
    (void)state;
    static const char *const dates[] = {
        "1985-03-12", "12.03.1985", "12/03/1985", "3/12/1985", "19850312", "12 March 1985", "12. mars 1985",
        "March 12, 1985", "Mar 12 1985", "12th of March, 1985", "12 de marzo de 1985", "1er mars 1985",
        "29.02.2000", "5. Mai 1976", "14 juni 1960", "9 ao\xc3\xbbt 1971", "12 d\303\251cembre 1950",
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        if (!date_of_birth_valid(dates[i], strlen(dates[i]))) {
            fail_msg("'%s' is a date", dates[i]);
        }
    }
    static const char *const not_dates[] = {
        "29.02.1900", "1985-13-01", "32.01.1985", "12 Foo 1985", "12.03.85x", "1800-01-01", "12345678", "March 1985",
    };
    for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
        if (date_of_birth_valid(not_dates[i], strlen(not_dates[i]))) {
            fail_msg("'%s' is not a date", not_dates[i]);
        }
    }
    assert_int_equal(date_length("12 March 1985, in Oslo", 22), 13);
}

/* Every occurrence of a value found under a key or a cue is a value: only the config's
 * enabled types are cued, and a type left out stays. */
static void only_enabled_types_are_cued(void **state)
{
    (void)state;
    static const char *const only_phone[] = { "PHONE" };
    struct scrub_config config = { .enabled = true, .entities = only_phone, .entity_count = 1 };
    struct scrubber phones;
    char error[256];
    assert_true(scrubber_init(&phones, &config, error, sizeof error));
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    struct buffer out;
    buffer_init(&out, &arena, 256);
    const char *text = "ssn: 536228726, phone: 91234567, dob: 1985-03-12";
    assert_int_equal(scrub_text(&phones, &vault, text, strlen(text), &out), 1);
    assert_memory_equal(out.data, "ssn: 536228726, phone: [PHONE_1], dob: 1985-03-12", out.len);
    arena_release(&arena);
    scrubber_release(&phones);
}

/* A value of parsed JSON is masked on its own: its key, no longer in the text, still names it. */
static void keys_of_parsed_json_name_values(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    static const struct { const char *key, *value, *expected; } cases[] = {
        { "ssn", "536228726", "[SSN_US_1]" },
        { "customer_phone", " 91234567 ", " [PHONE_1] " },
        { "date_of_birth", "12 March 1985", "[DATE_OF_BIRTH_1]" },
        { "build", "1234567", "1234567" },
        { "phone", "call me", "call me" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct buffer out;
        buffer_init(&out, &arena, 64);
        struct slice key = slice_of(cases[i].key, strlen(cases[i].key));
        size_t masked = scrub_keyed_text(&scrubber, &vault, key, cases[i].value, strlen(cases[i].value), &out);
        assert_true(masked != (size_t)-1);
        if (out.len != strlen(cases[i].expected) || memcmp(out.data, cases[i].expected, out.len) != 0) {
            fail_msg("%s: '%s' gave '%.*s'", cases[i].key, cases[i].value, (int)out.len, out.data);
        }
    }
    arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keys_name_their_values),
        cmocka_unit_test(keys_that_name_nothing_leave_numbers),
        cmocka_unit_test(table_columns_name_their_cells),
        cmocka_unit_test(cue_words_before_the_value),
        cmocka_unit_test(cue_words_after_the_value),
        cmocka_unit_test(dates_of_birth_after_a_birth_cue),
        cmocka_unit_test(written_dates),
        cmocka_unit_test(only_enabled_types_are_cued),
        cmocka_unit_test(keys_of_parsed_json_name_values),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
