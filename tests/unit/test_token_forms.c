/* A vendor token by its form (scrub/token_forms.h): a short prefix, one separator, a random
 * body, whatever the vendor. Each masked case below was missed before the reader (tests/scrub/
 * census/tokens2.jsonl: vendors no row lists and invented prefixes); the look-alikes stand in
 * the same places (public ids of objects, publishable keys, hashes, file names, identifiers,
 * placeholders, a URL's user:password, SOPS fields); the reader's work is bounded per byte
 * whatever the text. */
#include "tests/unit/scrub_testing.h"

#include "scrub/token_forms.h"

static void judge_each(const char *const *runs, size_t count, bool token)
{
    for (size_t i = 0; i < count; i++) {
        if (token_form_judge(runs[i], strlen(runs[i])) != token) {
            fail_msg("'%s' should %sbe a token of the form", runs[i], token ? "" : "not ");
        }
    }
}

static void test_the_form(void **state)
{
    (void)state;
    static const char *const tokens[] = {
        "tgp_v1_BheN1GAB9kSqVor6WCulcEyqgwqmM2GqrUCR_Vn6rEb",          /* a version part */
        "larudo_prod_AxKAIEXS9k9EkmxtIXXlZanw5d",                      /* an environment part */
        "MIMIW_PROD_wZFzznz9he58sjm7ErWxdRwarKRkFGmlNYpTywrQLUzjPAP08NqTE6hFxw-m7FJV4",
        "hetufa:prod:rKnuUzHa8IMyyG3oZ7xHg7sUS1h3HklwBtl33q8tnbfPuzNgb", /* ':' with a part */
        "zejovo.v1.vx1udFCkVkG560u67q1VAKsGFcYwyCu7atM344jPh8ZqKQLQuRcrLDNnNnJ",
        "gac_pat_5f45b55aae34b42616b524cedd8f737eb94d0c4c646ff38be81443a095a031", /* hex after a mark */
        "os_v2_app_6xf5dvu7vo4v2z6dzermolnvikd4papiykjsf4rp4wlwjpkhv6eftrpoxe4h", /* base32, three parts */
        "sixaci_GosHQF5OKppdkOByjNquqTxjzImr97KaeL28WX52Bbu",           /* no part, 30 or more */
        "pylf_v1_us_0dRoFKuWx2V85iTiKxLvYJbhgxyEQMt4rrgLKL5h",
        "klarna_live_api_rCytBKz0MQm_HKfQ-8_xDDY3lBr65WDSD9HvWohIrzWSzafFZvMrzqJ1",
        "pdl_live_apikey_nhnaxqmwi5m6g2gltga7n5t6hq_ya4WlTOaevvjDuOaEVb3Wm_B2N",
        "sk-lf-9b95223f-d8d1-46a6-7ddd-96b4d6bc8dc2",                  /* a UUID after a mark */
    };
    static const char *const not_tokens[] = {
        "pi_3MtwBwLkdIwHu7ix28a3tqPa",           /* Stripe's object ids: 24 characters */
        "evt_1NG8Du2eZvKYlo2CUI79vXWy",
        "chatcmpl-9x8YzAbCdEf3GhIjK7LmNoPqR2sTu",  /* 29 */
        "msg_01XFDUDYJgAACzvnptvVoYEL",           /* Anthropic's ids */
        "req_011CTj8a2Zq9Yx7Wv6Ut5Sr4",
        "sb_publishable_Vt-YOyp2XMPf4OraWZ453VS59sabs_F", /* public by their vendors' word */
        "pk_live_51Hc0a7K3f9Zq2XyWv8Ut6Sr4Qp0Nm1Lk9Jh7Gf5Ed3Cb",
        "klarna_live_client_7UjUL7wxGA3Rog7CVP5BtPxhlr6S_rJk4UffBCf",
        "live-checkout-key-2f7c9a1b3e5d4c6b8a0f1e2d3c4b5a69",
        "phc_UGM5zOL4bccHPcgQFXp5IAPhch4Bysb7Y0KdKAeM607",
        "env_3adbcbc5953df1c9037f3ebe549ec424",   /* an export's object id: hex, no mark */
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "h1:Q2jPv3W4Yk8cZ1n5oM7rL0aS6dF9gH2jK4lP8qW1eR3=",
        "traceparent-00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "commit-9fceb02d0ae598e95dc970b74767f19372d61af8",
        "app-4f3b2a1c9d8e7f604f3b2a1c9d8e7f60.css", /* a file name: '.' after the body */
        "crm_owner:hEAHW63bbao8nczJBLTERskd3kaJY7KQPmYXcbwjV9x0ncu", /* a name, then its value */
        "iv:FGvyR1NsKBVR325fpiBuMFU6awX685m6j4Jn4IANOfy",           /* SOPS */
        "user_profile_settings_cache_invalidation_2024",             /* words */
        "this.getUserProfileSettingsCacheInvalidation2024",          /* camelCase */
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx12",                        /* a placeholder */
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",                          /* Stripe's documented sample */
        "key_live_0123456789abcdefABCDEF0123456789",                 /* counted out */
        "ab_Q1w2E3r4",                                               /* short */
        "a_v1_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5",                       /* a one-letter stem */
        "Mixed_v1_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5",                   /* a stem in two cases */
        "order-9b95223f-d8d1-46a6-7ddd-96b4d6bc8dc2",               /* hex with no mark: an id */
        "mob-879f1cdc-04cc-568d-48b5-945a17af1dfb",                 /* LaunchDarkly's mobile key */
    };
    judge_each(tokens, sizeof tokens / sizeof tokens[0], true);
    judge_each(not_tokens, sizeof not_tokens / sizeof not_tokens[0], false);
}

static void test_tokens_where_people_put_them(void **state)
{
    (void)state;
    expect_masked("Rotated it, the new one is `", "MIMIW_PROD_wZFzznz9he58sjm7ErWxdRwarKRkFGmlNYpTywrQLUzjPAP08NqTE6hFxw",
                  "`", "SECRET_TOKEN");
    expect_masked("", "zejovo.v1.vx1udFCkVkG560u67q1VAKsGFcYwyCu7atM344jPh8ZqKQLQuRcrLDNnNnJ", "", "SECRET_TOKEN");
    expect_masked("2026-05-14T08:12:01Z WARN rejected request from worker-3 using ",
                  "hetufa:prod:rKnuUzHa8IMyyG3oZ7xHg7sUS1h3HklwBtl33q8tnbfPuzNgb", " (expired)", "SECRET_TOKEN");
    expect_masked("$ kiwa-cli login ", "tgp_v1_BheN1GAB9kSqVor6WCulcEyqgwqmM2GqrUCR_Vn6rEb", "", "SECRET_TOKEN");
    expect_masked("| service | value |\n|---|---|\n| xeba | ", "pylf_v1_us_0dRoFKuWx2V85iTiKxLvYJbhgxyEQMt4rrgLKL5h",
                  " |", "SECRET_TOKEN");
    expect_masked("c := kiwa.New(\"", "larudo_prod_AxKAIEXS9k9EkmxtIXXlZanw5d", "\")", "SECRET_TOKEN");
    /* base64's padding is the token's */
    expect_masked("init('", "secret-live-q8Zr3xV5nB1mK7cW2pL9sD4fG6hJ0tY_uE-iO3aQ=", "', { retries: 3 });",
                  "SECRET_TOKEN");
}

static void test_look_alikes_in_the_same_places(void **state)
{
    (void)state;
    expect_untouched("Stripe support asked for the id: evt_1NG8Du2eZvKYlo2CUI79vXWy, it shows in the dashboard.");
    expect_untouched("{\"id\": \"chatcmpl-9x8YzAbCdEf3GhIjK7LmNoPqR2sTu\", \"object\": \"chat.completion\"}");
    expect_untouched("const supabase = createClient(url, 'sb_publishable_Vt-YOyp2XMPf4OraWZ453VS59sabs_F')");
    expect_untouched("<script src=\"/static/js/main.4f3b2a1c9d8e7f604f3b2a1c9d8e7f60.js\"></script>");
    expect_untouched("golang.org/x/net v0.25.0 h1:Q2jPv3W4Yk8cZ1n5oM7rL0aS6dF9gH2jK4lP8qW1eR3=");
    expect_untouched("  - _id: env_3adbcbc5953df1c9037f3ebe549ec424\n    _type: environment");
    expect_untouched("Rename user_profile_settings_cache_invalidation_2024 before the release.");
    expect_untouched("Sustituye sk_live_xxxxxxxxxxxxxxxxxxxxxxxx12 por tu clave.");
}

/* Texts made to make a reader read bytes again: digits between separators, a separator run,
 * one long run of form bytes with a digit every few, stems and parts packed. */
static void test_work_is_bounded_per_byte(void **state)
{
    (void)state;
    static const char *const units[] = { "a1_", "1", "ab_v1_", "ab_v1_Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5 ", "_-.:",
                                         "x9", "ab:cd:ef:12 ", "AB_1_", "q", "1 ", "=1" };
    enum { LENGTH = 90000 };
    char *text = malloc(LENGTH);
    assert_non_null(text);
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        fill_with_unit(text, LENGTH, units[u]);
        struct token_form_reading reading = { 0 };
        size_t start, end, found = 0;
        while (token_form_next(text, LENGTH, &reading, &start, &end)) {
            assert_true(start < end && end <= LENGTH);
            found++;
        }
        if (reading.examined > 2 * LENGTH) {
            fail_msg("'%s' repeated: %zu bytes examined for %d", units[u], reading.examined, LENGTH);
        }
        (void)found;
    }
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_form),
        cmocka_unit_test(test_tokens_where_people_put_them),
        cmocka_unit_test(test_look_alikes_in_the_same_places),
        cmocka_unit_test(test_work_is_bounded_per_byte),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
