/* The config loader's rules and errors, and how a "model" resolves to targets. */
#include "tests/unit/unit.h"

#include "proxy/config.h"

static const char *providers =
    "\"providers\":[{\"name\":\"mock\",\"type\":\"openai\",\"base_url\":\"http://127.0.0.1:9/v1\",\"api_key\":\"k\"},"
    "{\"name\":\"local\",\"type\":\"openai\",\"base_url\":\"http://127.0.0.1:8/v1\",\"api_key\":\"none\"}]";

static bool load(struct config *config, const char *rest, char *error)
{
    char text[2048];
    snprintf(text, sizeof text, "{%s%s}", providers, rest);
    config_init(config);
    return config_load_text(config, text, strlen(text), error);
}

static void expect_refusal(const char *rest, const char *key)
{
    struct config config;
    char error[CONFIG_ERROR_SIZE];
    if (load(&config, rest, error)) {
        fail_msg("accepted: %s", rest);
    }
    assert_null(strchr(error, '\n'));
    if (strstr(error, key) == NULL) {
        fail_msg("'%s' does not name %s", error, key);
    }
    config_release(&config);
}

static void defaults_and_values(void **state)
{
    (void)state;
    struct config config;
    char error[CONFIG_ERROR_SIZE];
    assert_true(load(&config, "", error));
    assert_string_equal(config.listen_host, "127.0.0.1");
    assert_int_equal(config.listen_port, 8080);
    assert_int_equal(config.max_body_bytes, 102400);
    assert_int_equal(config.breaker.failures, 5);
    assert_int_equal(config.breaker.cooldown_ms, 15000);
    assert_int_equal(config.breaker.max_cooldown_ms, 120000);
    assert_int_equal(config.heartbeat_ms, 15000);
    assert_null(config.table.providers[1].api_key);         /* "none": no credentials */
    config_release(&config);
    assert_true(load(&config, ",\"listen\":\"[::1]:9000\",\"workers\":3,\"limits\":{\"max_body_bytes\":4096},"
                               "\"routes\":[{\"name\":\"fast\",\"chain\":[{\"target\":\"mock/a\",\"timeout_ms\":900}]}]", error));
    assert_string_equal(config.listen_host, "::1");
    assert_int_equal(config.listen_port, 9000);
    assert_int_equal(config.workers, 3);
    assert_int_equal(config.table.routes[0].targets[0].first_byte_ms, 900);
    config_release(&config);
}

static void refusals_name_the_key(void **state)
{
    (void)state;
    expect_refusal(",\"listen_typo\":1", "listen_typo");
    expect_refusal(",\"workers\":\"two\"", "workers");
    expect_refusal(",\"workers\":0", "workers");
    expect_refusal(",\"listen\":\"localhost\"", "listen");
    expect_refusal(",\"limits\":{\"max_body_bytes\":\"big\"}", "limits.max_body_bytes");
    expect_refusal(",\"routes\":[{\"name\":\"r\",\"chain\":[{\"target\":\"ghost/m\"}]}]", "routes[0].chain[0].target");
    expect_refusal(",\"routes\":[{\"name\":\"r\",\"chain\":[{\"target\":\"no-slash\"}]}]", "routes[0].chain[0].target");
    expect_refusal(",\"routes\":[{\"name\":\"r\",\"chain\":[]}]", "routes[0].chain");
    expect_refusal(",\"routes\":[{\"name\":\"r\",\"chain\":[{\"target\":\"mock/a\",\"hedge\":1}]}]", "routes[0].chain[0].hedge");
    expect_refusal(",\"routes\":[{\"name\":\"r\",\"chain\":[{\"target\":\"mock/a\"}]},{\"name\":\"r\",\"chain\":[{\"target\":\"mock/a\"}]}]",
                   "routes[1].name");
    struct config config;
    char error[CONFIG_ERROR_SIZE];
    config_init(&config);
    const char *bad_type = "{\"providers\":[{\"name\":\"p\",\"type\":\"carrier-pigeon\",\"api_key\":\"k\"}]}";
    assert_false(config_load_text(&config, bad_type, strlen(bad_type), error));
    assert_non_null(strstr(error, "providers[0].type"));
    unsetenv("LETHE_TEST_UNSET_KEY");
    const char *unset = "{\"providers\":[{\"name\":\"p\",\"type\":\"openai\",\"api_key_env\":\"LETHE_TEST_UNSET_KEY\"}]}";
    assert_false(config_load_text(&config, unset, strlen(unset), error));
    assert_non_null(strstr(error, "LETHE_TEST_UNSET_KEY"));
    config_release(&config);
}

static void default_config_from_the_environment(void **state)
{
    (void)state;
    const char *variables[] = { "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GROQ_API_KEY",
                                "MISTRAL_API_KEY", "DEEPSEEK_API_KEY" };
    for (size_t i = 0; i < sizeof variables / sizeof variables[0]; i++) {
        unsetenv(variables[i]);
    }
    struct config config;
    char error[CONFIG_ERROR_SIZE];
    config_init(&config);
    assert_false(config_load_default(&config, error));
    assert_non_null(strstr(error, "OPENAI_API_KEY"));
    setenv("GROQ_API_KEY", "g", 1);
    setenv("ANTHROPIC_API_KEY", "a", 1);
    assert_true(config_load_default(&config, error));
    assert_int_equal(config.table.route_count, 1);
    assert_string_equal(config.table.routes[0].name, "default");
    assert_string_equal(config.table.routes[0].targets[0].label, "anthropic/claude-sonnet-4-5");
    assert_string_equal(config.table.routes[0].targets[1].label, "groq/llama-3.3-70b-versatile");
    config_release(&config);
    unsetenv("GROQ_API_KEY");
    unsetenv("ANTHROPIC_API_KEY");
}

static void models_resolve_to_chains(void **state)
{
    (void)state;
    struct config config;
    char error[CONFIG_ERROR_SIZE];
    assert_true(load(&config, ",\"routes\":[{\"name\":\"default\",\"chain\":[{\"target\":\"mock/a\",\"timeout_ms\":700},"
                               "{\"target\":\"local/b\"}]}]", error));
    struct arena arena;
    arena_init(&arena, 1024);
    struct chain chain;
    assert_true(route_resolve(&config.table, &arena, SLICE_LITERAL("default"), &chain));
    assert_int_equal(chain.count, 2);
    assert_true(route_resolve(&config.table, &arena, SLICE_LITERAL("mock/a"), &chain));
    assert_int_equal(chain.targets[0].timeout_ms, 700);        /* a listed target keeps its deadlines */
    assert_true(route_resolve(&config.table, &arena, SLICE_LITERAL("local/org/model-name"), &chain));
    assert_string_equal(chain.targets[0].model, "org/model-name");
    assert_string_equal(chain.targets[0].provider->name, "local");
    assert_int_equal(chain.targets[0].timeout_ms, ROUTE_DEFAULT_TIMEOUT_MS);
    assert_false(route_resolve(&config.table, &arena, SLICE_LITERAL("ghost/m"), &chain));
    assert_false(route_resolve(&config.table, &arena, SLICE_LITERAL("mock/"), &chain));
    assert_false(route_resolve(&config.table, &arena, SLICE_LITERAL("/m"), &chain));
    assert_false(route_resolve(&config.table, &arena, SLICE_LITERAL("unknown-route"), &chain));
    arena_release(&arena);
    config_release(&config);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(defaults_and_values),
        cmocka_unit_test(refusals_name_the_key),
        cmocka_unit_test(default_config_from_the_environment),
        cmocka_unit_test(models_resolve_to_chains),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
