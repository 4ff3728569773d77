/* providers/route.h: a client's "model" resolved to a route's chain or to one ad-hoc
 * provider/model target. The table is built by hand: only names and labels matter here. */
#include "tests/unit/unit.h"

#include "providers/route.h"

struct table_fixture {
    struct arena arena;                   /* for ad-hoc targets */
    struct provider providers[3];
    struct route_target default_targets[2];
    struct route_target fast_targets[1];
    struct route routes[2];
    struct route_table table;
    struct chain chain;
};

static int setup(void **state)
{
    struct table_fixture *f = calloc(1, sizeof *f);
    arena_init(&f->arena, 1024);
    f->providers[0] = (struct provider){ .name = "openai", .type = provider_type_find("openai") };
    f->providers[1] = (struct provider){ .name = "local", .type = provider_type_find("openai") };
    f->providers[2] = (struct provider){ .name = "anthropic", .type = provider_type_find("anthropic") };
    f->default_targets[0] = (struct route_target){ .provider = &f->providers[0], .model = "gpt-4o",
                                                   .label = "openai/gpt-4o", .timeout_ms = 10000,
                                                   .first_byte_ms = 3000, .idle_ms = 2000, .retries = 1 };
    f->default_targets[1] = (struct route_target){ .provider = &f->providers[2], .model = "claude-sonnet-4-5",
                                                   .label = "anthropic/claude-sonnet-4-5", .timeout_ms = 10000,
                                                   .first_byte_ms = 10000 };
    f->fast_targets[0] = (struct route_target){ .provider = &f->providers[1], .model = "org/model-name",
                                                .label = "local/org/model-name", .timeout_ms = 4000,
                                                .first_byte_ms = 500 };
    f->routes[0] = (struct route){ .name = "default", .targets = f->default_targets, .target_count = 2,
                                   .hedge_ms = 1500, .resume = true };
    f->routes[1] = (struct route){ .name = "fast", .targets = f->fast_targets, .target_count = 1 };
    f->table = (struct route_table){ .routes = f->routes, .route_count = 2,
                                     .providers = f->providers, .provider_count = 3 };
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct table_fixture *f = *state;
    arena_release(&f->arena);
    free(f);
    return 0;
}

static bool resolve(struct table_fixture *f, const char *model)
{
    memset(&f->chain, 0xa5, sizeof f->chain);             /* nothing is left to chance */
    return route_resolve(&f->table, &f->arena, slice_of(model, strlen(model)), &f->chain);
}

static void assert_ad_hoc(struct table_fixture *f, const char *model, const struct provider *provider,
                          const char *provider_model)
{
    if (!resolve(f, model)) {
        fail_msg("'%s' did not resolve", model);
    }
    assert_null(f->chain.route_name);
    assert_int_equal(f->chain.count, 1);
    assert_int_equal(f->chain.hedge_ms, 0);
    assert_false(f->chain.resume);
    const struct route_target *target = &f->chain.targets[0];
    assert_ptr_equal(target->provider, provider);
    assert_string_equal(target->model, provider_model);
    assert_string_equal(target->label, model);
    assert_int_equal(target->timeout_ms, ROUTE_DEFAULT_TIMEOUT_MS);
    assert_int_equal(target->first_byte_ms, ROUTE_DEFAULT_TIMEOUT_MS);
    assert_int_equal(target->idle_ms, 0);
    assert_int_equal(target->retries, 0);
}

static void a_route_name_gives_its_chain(void **state)
{
    struct table_fixture *f = *state;
    assert_true(resolve(f, "default"));
    assert_string_equal(f->chain.route_name, "default");
    assert_ptr_equal(f->chain.targets, f->default_targets);
    assert_int_equal(f->chain.count, 2);
    assert_int_equal(f->chain.hedge_ms, 1500);
    assert_true(f->chain.resume);
    assert_true(resolve(f, "fast"));
    assert_string_equal(f->chain.route_name, "fast");
    assert_ptr_equal(f->chain.targets, f->fast_targets);
    assert_int_equal(f->chain.count, 1);
    assert_int_equal(f->chain.hedge_ms, 0);
    assert_false(f->chain.resume);
    assert_int_equal(f->arena.allocated, 0);               /* routes allocate nothing */
}

static void route_names_match_exactly(void **state)
{
    struct table_fixture *f = *state;
    static const char *const near_misses[] = { "defaults", "defaul", "Default", "default ", "", "fas" };
    for (size_t i = 0; i < sizeof near_misses / sizeof near_misses[0]; i++) {
        if (resolve(f, near_misses[i])) {
            fail_msg("'%s' resolved", near_misses[i]);
        }
    }
    /* The model is a slice, not a C string: only its len bytes count. */
    static const char longer[] = "defaultXYZ";
    assert_true(route_resolve(&f->table, &f->arena, slice_of(longer, 7), &f->chain));
    assert_string_equal(f->chain.route_name, "default");
}

static void provider_slash_model_gives_one_target(void **state)
{
    struct table_fixture *f = *state;
    assert_ad_hoc(f, "openai/gpt-4o-mini", &f->providers[0], "gpt-4o-mini");
    assert_ad_hoc(f, "anthropic/claude-3-5-haiku-latest", &f->providers[2], "claude-3-5-haiku-latest");
    /* Everything after the first '/' is the provider's model name. */
    assert_ad_hoc(f, "local/org/model-name-v2", &f->providers[1], "org/model-name-v2");
    assert_ad_hoc(f, "local/a/b/c", &f->providers[1], "a/b/c");
    assert_false(resolve(f, "local//x"));    /* an empty segment: see model_names_have_no_dot_or_empty_segments */
    /* Only len bytes of the slice count, and the target's strings are its own copies. */
    static const char longer[] = "openai/gpt-4o-miniXYZ";
    assert_true(route_resolve(&f->table, &f->arena, slice_of(longer, 18), &f->chain));
    assert_string_equal(f->chain.targets[0].model, "gpt-4o-mini");
    assert_string_equal(f->chain.targets[0].label, "openai/gpt-4o-mini");
}

static void unknown_providers_and_bad_forms_do_not_resolve(void **state)
{
    struct table_fixture *f = *state;
    static const char *const bad[] = {
        "nobody/gpt-4o", "OpenAI/gpt-4o", "open/gpt-4o", "openai2/gpt-4o", "x/", "/x", "openai/", "/", "//",
        "gpt-4o", "", "local",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (resolve(f, bad[i])) {
            fail_msg("'%s' resolved", bad[i]);
        }
    }
}

/* A provider/model that a route lists keeps that target's deadlines. */
static void listed_targets_keep_their_deadlines(void **state)
{
    struct table_fixture *f = *state;
    assert_true(resolve(f, "openai/gpt-4o"));
    assert_null(f->chain.route_name);
    assert_int_equal(f->chain.count, 1);
    assert_ptr_equal(f->chain.targets, &f->default_targets[0]);
    assert_int_equal(f->chain.targets[0].timeout_ms, 10000);
    assert_int_equal(f->chain.targets[0].first_byte_ms, 3000);
    assert_int_equal(f->chain.targets[0].idle_ms, 2000);
    assert_int_equal(f->chain.targets[0].retries, 1);
    assert_int_equal(f->chain.hedge_ms, 0);                 /* the route's hedging is not */
    assert_false(f->chain.resume);
    assert_true(resolve(f, "anthropic/claude-sonnet-4-5"));
    assert_ptr_equal(f->chain.targets, &f->default_targets[1]);
    assert_true(resolve(f, "local/org/model-name"));
    assert_ptr_equal(f->chain.targets, f->fast_targets);
    assert_int_equal(f->chain.targets[0].first_byte_ms, 500);
    assert_int_equal(f->arena.allocated, 0);
    /* A different model on a listed provider gets the defaults. */
    assert_ad_hoc(f, "openai/gpt-4o-2024-08-06", &f->providers[0], "gpt-4o-2024-08-06");
}

static void finds_providers_by_exact_name(void **state)
{
    struct table_fixture *f = *state;
    assert_ptr_equal(route_find_provider(&f->table, "local", 5), &f->providers[1]);
    assert_ptr_equal(route_find_provider(&f->table, "localhost", 5), &f->providers[1]);   /* len bytes only */
    assert_null(route_find_provider(&f->table, "loca", 4));
    assert_null(route_find_provider(&f->table, "locals", 6));
    assert_null(route_find_provider(&f->table, "", 0));
}

static void assert_check(struct table_fixture *f, const char *model, size_t len, enum route_model_check wanted)
{
    enum route_model_check got = route_check_model(&f->table, slice_of(model, len));
    if (got != wanted) {
        fail_msg("model #%zu bytes: check %d, wanted %d", len, (int)got, (int)wanted);
    }
    if (wanted != ROUTE_MODEL_VALID && route_resolve(&f->table, &f->arena, slice_of(model, len), &f->chain)) {
        fail_msg("a refused model of %zu bytes resolved", len);
    }
}

#define CHECK(model, wanted) assert_check(f, (model), sizeof(model) - 1, (wanted))

static void model_names_keep_to_their_alphabet(void **state)
{
    struct table_fixture *f = *state;
    CHECK("openai/gpt-4o-2024-08-06", ROUTE_MODEL_VALID);
    CHECK("local/llama3:8b", ROUTE_MODEL_VALID);
    CHECK("gpt-4o", ROUTE_MODEL_VALID);                    /* well formed, resolved (or not) later */
    CHECK("", ROUTE_MODEL_BAD_LENGTH);
    CHECK("openai/gpt?alt=json", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/gpt#frag", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/%2e%2e", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/gpt 4o", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/gpt\r\nX-Evil: 1", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/gpt\0tail", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/gpt\\x", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("openai/caf\xc3\xa9", ROUTE_MODEL_BAD_CHARACTER);
    CHECK("anthropic/a@b.example", ROUTE_MODEL_BAD_CHARACTER);
    char longest[ROUTE_MAX_MODEL_NAME + 2];
    memset(longest, 'a', sizeof longest);
    memcpy(longest, "openai/", 7);
    assert_check(f, longest, ROUTE_MAX_MODEL_NAME, ROUTE_MODEL_VALID);
    assert_check(f, longest, ROUTE_MAX_MODEL_NAME + 1, ROUTE_MODEL_BAD_LENGTH);
}

static void model_names_have_no_dot_or_empty_segments(void **state)
{
    struct table_fixture *f = *state;
    CHECK("local/../../v1/projects/victim/secrets", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("local/org/../model", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("local/./model", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("openai/..", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("local/org//model", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("openai/", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("/gpt-4o", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("..", ROUTE_MODEL_BAD_SEGMENT);
    CHECK("local/org/model...v2", ROUTE_MODEL_VALID);       /* dots inside a segment are a name */
}

static void only_openai_compatible_models_nest(void **state)
{
    struct table_fixture *f = *state;
    CHECK("local/meta-llama/Llama-3.3-70B-Instruct", ROUTE_MODEL_VALID);
    assert_ad_hoc(f, "local/meta-llama/Llama-3.3-70B-Instruct", &f->providers[1],
                  "meta-llama/Llama-3.3-70B-Instruct");
    CHECK("anthropic/org/claude", ROUTE_MODEL_SLASH_REFUSED);
    CHECK("nowhere/org/model", ROUTE_MODEL_VALID);          /* no such provider: a 404 later, not a 400 */
}

static void refusals_never_quote_the_model(void **state)
{
    (void)state;
    for (int check = ROUTE_MODEL_BAD_LENGTH; check <= ROUTE_MODEL_SLASH_REFUSED; check++) {
        const char *message = route_model_check_message((enum route_model_check)check);
        assert_non_null(strstr(message, "'model'"));
        assert_null(strchr(message, '%'));
    }
}

int main(void)
{
#define TEST(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        TEST(a_route_name_gives_its_chain),
        TEST(route_names_match_exactly),
        TEST(provider_slash_model_gives_one_target),
        TEST(unknown_providers_and_bad_forms_do_not_resolve),
        TEST(listed_targets_keep_their_deadlines),
        TEST(finds_providers_by_exact_name),
        TEST(model_names_keep_to_their_alphabet),
        TEST(model_names_have_no_dot_or_empty_segments),
        TEST(only_openai_compatible_models_nest),
        TEST(refusals_never_quote_the_model),
    };
#undef TEST
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
