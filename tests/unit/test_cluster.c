/* Cluster mode without Redis: the "cluster" config key (defaults, every refusal names its
 * key), the Redis address forms, the key names and their hash tags, the ids that stand for
 * gateway keys and addresses (never the key, never the address), and the argument lists
 * of each script call. */
#include "tests/unit/unit.h"

#include "providers/breaker.h"
#include "proxy/cluster_scripts.h"
#include "proxy/config.h"
#include "proxy/keys.h"

#define PROVIDERS "\"providers\":[{\"name\":\"mock\",\"type\":\"openai\",\"base_url\":\"http://127.0.0.1:9/v1\"," \
                  "\"api_key\":\"sk-test\"}]"

static bool load_cluster(struct config *config, const char *cluster, char *error)
{
    char text[1024];
    snprintf(text, sizeof text, "{" PROVIDERS ",\"cluster\":%s}", cluster);
    config_init(config);
    error[0] = '\0';
    return config_load_text(config, text, strlen(text), error);
}

static void config_defaults(void **state)
{
    (void)state;
    struct config config;
    char error[CONFIG_ERROR_SIZE];
    config_init(&config);
    assert_true(config_load_text(&config, "{" PROVIDERS "}", strlen("{" PROVIDERS "}"), error));
    assert_null(config.cluster.redis);                       /* absent: one machine */
    config_release(&config);

    assert_true(load_cluster(&config, "{\"redis\":\"redis://10.0.0.5:6380/2\"}", error));
    assert_string_equal(config.cluster.redis, "redis://10.0.0.5:6380/2");
    assert_int_equal(config.cluster.address.transport, CLUSTER_TCP);
    assert_string_equal(config.cluster.address.host, "10.0.0.5");
    assert_int_equal(config.cluster.address.port, 6380);
    assert_int_equal(config.cluster.address.database, 2);
    assert_string_equal(config.cluster.prefix, "lethe:");
    assert_int_equal(config.cluster.timeout_ms, 50);
    assert_int_equal(config.cluster.on_unavailable, CLUSTER_FALLBACK_LOCAL);
    assert_null(config.cluster.password);
    config_release(&config);

    setenv("LETHE_TEST_REDIS_PASSWORD", "s3cret", 1);
    assert_true(load_cluster(&config, "{\"redis\":\"unix:/run/redis.sock\","
                                      "\"password_env\":\"LETHE_TEST_REDIS_PASSWORD\","
                                      "\"prefix\":\"gw1:\",\"timeout_ms\":20,\"on_unavailable\":\"closed\","
                                      "\"reservation_ttl_ms\":5000}", error));
    assert_int_equal(config.cluster.address.transport, CLUSTER_UNIX);
    assert_string_equal(config.cluster.address.path, "/run/redis.sock");
    assert_string_equal(config.cluster.password, "s3cret");
    assert_string_equal(config.cluster.prefix, "gw1:");
    assert_int_equal(config.cluster.timeout_ms, 20);
    assert_int_equal(config.cluster.on_unavailable, CLUSTER_FALLBACK_CLOSED);
    assert_int_equal(config.cluster.reservation_ttl_ms, 5000);
    config_release(&config);
    unsetenv("LETHE_TEST_REDIS_PASSWORD");
}

static void config_refusals_name_the_key(void **state)
{
    (void)state;
    static const struct {
        const char *cluster, *key;
    } bad[] = {
        { "\"redis://x\"", "config: cluster: expected object" },
        { "{}", "config: cluster.redis: missing" },
        { "{\"redis\":\"http://x:1\"}", "config: cluster.redis:" },
        { "{\"redis\":\"redis://:pw@x:1\"}", "config: cluster.redis: put the password in password_env" },
        { "{\"redis\":\"redis://x:0\"}", "config: cluster.redis: the port" },
        { "{\"redis\":\"redis://x:6379/abc\"}", "config: cluster.redis: the database" },
        { "{\"redis\":\"unix:relative\"}", "config: cluster.redis:" },
        { "{\"redis\":\"redis://x\",\"timeout_ms\":0}", "config: cluster.timeout_ms:" },
        { "{\"redis\":\"redis://x\",\"timeout_ms\":\"50\"}", "config: cluster.timeout_ms: expected number" },
        { "{\"redis\":\"redis://x\",\"on_unavailable\":\"open\"}", "config: cluster.on_unavailable:" },
        { "{\"redis\":\"redis://x\",\"prefix\":\"a{b}\"}", "config: cluster.prefix:" },
        { "{\"redis\":\"redis://x\",\"prefix\":\"\"}", "config: cluster.prefix: must not be empty" },
        { "{\"redis\":\"redis://x\",\"password_env\":\"LETHE_TEST_UNSET_VARIABLE\"}",
          "config: cluster.password_env: the environment variable" },
        { "{\"redis\":\"redis://x\",\"shards\":3}", "config: cluster.shards: unknown key" },
    };
    unsetenv("LETHE_TEST_UNSET_VARIABLE");
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct config config;
        char error[CONFIG_ERROR_SIZE];
        if (load_cluster(&config, bad[i].cluster, error)) {
            fail_msg("accepted %s", bad[i].cluster);
        }
        if (strncmp(error, bad[i].key, strlen(bad[i].key)) != 0 || strchr(error, '\n') != NULL) {
            fail_msg("for %s: wanted an error starting with \"%s\", got \"%s\"", bad[i].cluster, bad[i].key, error);
        }
        config_release(&config);
    }
}

static void address_forms(void **state)
{
    (void)state;
    struct cluster_address address;
    char reason[160];
    assert_true(cluster_address_parse("redis://localhost", &address, reason, sizeof reason));
    assert_string_equal(address.host, "localhost");
    assert_int_equal(address.port, 6379);
    assert_int_equal(address.database, 0);
    assert_true(cluster_address_parse("redis://127.0.0.1:7000/", &address, reason, sizeof reason));
    assert_int_equal(address.port, 7000);
    assert_false(cluster_address_parse("redis://", &address, reason, sizeof reason));
    assert_false(cluster_address_parse("redis://h:70000", &address, reason, sizeof reason));
    assert_false(cluster_address_parse("redis://h:12a", &address, reason, sizeof reason));
    assert_false(cluster_address_parse("rediss://h", &address, reason, sizeof reason));
}

static void key_names_and_ids(void **state)
{
    (void)state;
    struct gateway_key key = { .name = "k" };
    char hash[KEY_HASH_TEXT_MAX];
    assert_true(key_hash_text("the-secret-key", 14, hash, sizeof hash));
    assert_true(key_hash_parse(hash, &key));
    char id[CLUSTER_ID_TEXT], again[CLUSTER_ID_TEXT];
    cluster_key_id(&key, id);
    cluster_key_id(&key, again);
    assert_string_equal(id, again);                          /* every instance names it alike */
    assert_int_equal(strlen(id), 32);
    assert_int_equal(strspn(id, "0123456789abcdef"), 32);
    assert_null(strstr(hash, id));                           /* not the configured digest */
    key.salt[0] ^= 1;
    cluster_key_id(&key, again);
    assert_string_not_equal(id, again);

    char address[CLUSTER_ID_TEXT], other[CLUSTER_ID_TEXT];
    cluster_address_id("lethe:", "10.1.2.3", address);
    cluster_address_id("lethe:", "10.1.2.4", other);
    assert_string_not_equal(address, other);
    assert_null(strstr(address, "10.1"));
    cluster_address_id("other:", "10.1.2.3", other);
    assert_string_not_equal(address, other);                 /* the prefix salts it */

    char name[CLUSTER_KEY_MAX];
    assert_true(cluster_key_name(name, sizeof name, "lethe:", "k", id, "rpm"));
    char wanted[CLUSTER_KEY_MAX];
    snprintf(wanted, sizeof wanted, "lethe:{k:%s}:rpm", id);
    assert_string_equal(name, wanted);
    assert_true(cluster_key_name(name, sizeof name, "lethe:", "breakers", "openai/gpt-4o", "probe"));
    assert_string_equal(name, "lethe:{breakers}:openai/gpt-4o:probe");
    assert_true(cluster_key_name(name, sizeof name, "lethe:", "breakers", "openai/gpt-4o", ""));
    assert_string_equal(name, "lethe:{breakers}:openai/gpt-4o");
    assert_false(cluster_key_name(name, 10, "lethe:", "k", id, "rpm"));
}

static void assert_argument(const struct cluster_command *command, int index, const char *wanted)
{
    assert_true(index < command->count);
    assert_int_equal(command->lengths[index], strlen(wanted));
    assert_memory_equal(command->argv[index], wanted, strlen(wanted));
}

static void script_arguments(void **state)
{
    (void)state;
    char sha[41];
    cluster_script_sha(CLUSTER_SCRIPT_ADMIT, sha);
    assert_int_equal(strspn(sha, "0123456789abcdef"), 40);
    char other[41];
    cluster_script_sha(CLUSTER_SCRIPT_SETTLE, other);
    assert_string_not_equal(sha, other);
    for (int script = 0; script < CLUSTER_SCRIPT_COUNT; script++) {
        assert_non_null(strstr(cluster_script_source((enum cluster_script)script), "redis.call"));
    }

    struct cluster_command command;
    struct cluster_admit_args admit = { .prefix = "p:", .key_id = "abc", .rpm = 60, .tpm = 1000, .estimated_tokens = 25,
                                        .budget_micro = 1000000, .estimate_micro = 150000, .reservation_id = "r1",
                                        .reservation_ttl_ms = 3000 };
    assert_true(cluster_build_admit(&command, sha, &admit));
    assert_int_equal(command.count, 14);
    assert_argument(&command, 0, "EVALSHA");
    assert_argument(&command, 1, sha);
    assert_argument(&command, 2, "4");
    assert_argument(&command, 3, "p:{k:abc}:rpm");
    assert_argument(&command, 4, "p:{k:abc}:tpm");
    assert_argument(&command, 5, "p:{k:abc}:budget");
    assert_argument(&command, 6, "p:{k:abc}:held");
    assert_argument(&command, 7, "60");
    assert_argument(&command, 8, "1000");
    assert_argument(&command, 9, "25");
    assert_argument(&command, 10, "1000000");
    assert_argument(&command, 11, "150000");
    assert_argument(&command, 12, "r1");
    assert_argument(&command, 13, "3000");

    struct cluster_settle_args settle = { .prefix = "p:", .key_id = "abc", .rpm = 60, .tpm = 1000, .requests_back = 1,
                                          .token_delta = -25, .reservation_id = NULL, .cost_micro = 0 };
    assert_true(cluster_build_settle(&command, other, &settle));
    assert_argument(&command, 9, "1");
    assert_argument(&command, 10, "-25");
    assert_argument(&command, 11, "-");                      /* no reservation */

    assert_true(cluster_build_take(&command, sha, "p:", "ffee", 30, -1));
    assert_int_equal(command.count, 6);
    assert_argument(&command, 3, "p:{ip:ffee}:rpm");
    assert_argument(&command, 5, "-1");

    struct cluster_breaker_args breaker = { .prefix = "p:", .label = "mock/m", .open_for_ms = 1500, .closed = false,
                                            .want_probe = true, .probe_ttl_ms = 60000, .latency_us = -1,
                                            .failures = 2, .success_age_ms = 30, .failures_to_open = 5,
                                            .cooldown_ms = 15000 };
    assert_true(cluster_build_breaker(&command, sha, &breaker));
    assert_argument(&command, 3, "p:{breakers}:mock/m");
    assert_argument(&command, 4, "p:{breakers}:mock/m:probe");
    assert_argument(&command, 5, "1500");
    assert_argument(&command, 6, "0");
    assert_argument(&command, 7, "1");
    assert_argument(&command, 9, "-1");
    assert_int_equal(command.count, 14);
    assert_argument(&command, 10, "2");
    assert_argument(&command, 11, "30");
    assert_argument(&command, 12, "5");
    assert_argument(&command, 13, "15000");

    /* A label too long for the command's room is refused, never cut. */
    char label[CLUSTER_COMMAND_BYTES];
    memset(label, 'm', sizeof label - 1);
    label[sizeof label - 1] = '\0';
    breaker.label = label;
    assert_false(cluster_build_breaker(&command, sha, &breaker));
    assert_true(command.overflow);
}

/* What proxy/cluster.c applies to this machine's breakers. */
static void breaker_held_by_the_cluster(void **state)
{
    (void)state;
    struct breaker_policy policy = { .failures = 2, .cooldown_ms = 1000, .max_cooldown_ms = 8000 };
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    bool probe = false;
    /* Opened elsewhere: no request here, even once the cooldown is over, until granted. */
    breaker_cluster_hold(&breaker, 1000);
    assert_true(breaker_is_open(&breaker, 5000));
    assert_false(breaker_allows(&breaker, &policy, 5000, &probe));
    /* This machine won the cluster's probe: exactly one request goes. */
    breaker_cluster_grant_probe(&breaker, 5000);
    assert_true(breaker_allows(&breaker, &policy, 5000, &probe));
    assert_true(probe);
    assert_false(breaker_allows(&breaker, &policy, 5001, &probe));
    /* A hold does not interrupt the probe in flight. */
    breaker_cluster_hold(&breaker, 9000);
    assert_int_equal(breaker_state(&breaker), BREAKER_HALF_OPEN);
    breaker_report(&breaker, &policy, 5100, true, true, 0);
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);
    struct breaker_view view;
    breaker_view(&breaker, &view);
    assert_true(view.cluster_probe);                         /* until the verdict is shared */
    breaker_cluster_probe_done(&breaker);
    breaker_view(&breaker, &view);
    assert_false(view.cluster_probe);

    /* Closed in the cluster: a held breaker closes; one opened here by itself does not. */
    breaker_cluster_hold(&breaker, 20000);
    breaker_cluster_close(&breaker, &policy);
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);
    breaker_failure(&breaker, &policy, 100, 0);
    breaker_failure(&breaker, &policy, 100, 0);
    assert_true(breaker_is_open(&breaker, 200));
    breaker_cluster_close(&breaker, &policy);
    assert_true(breaker_is_open(&breaker, 200));

    /* Out of reach: the local cooldown decides again. */
    breaker_cluster_hold(&breaker, 1000);
    breaker_cluster_forget(&breaker);
    assert_true(breaker_allows(&breaker, &policy, 2000, &probe));
    assert_true(probe);
}

static void breaker_outcomes_for_the_cluster(void **state)
{
    (void)state;
    struct breaker_policy policy = { .failures = 5, .cooldown_ms = 1000, .max_cooldown_ms = 8000 };
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    breaker_failure(&breaker, &policy, 1, 0);
    breaker_success(&breaker, &policy);
    breaker_failure(&breaker, &policy, 2, 0);
    breaker_failure(&breaker, &policy, 3, 0);
    int failures;
    long long age;
    breaker_cluster_take_outcomes(&breaker, breaker_now_ms() + 40, &failures, &age);
    assert_int_equal(failures, 2);                           /* those after the success */
    assert_true(age >= 40);
    breaker_cluster_take_outcomes(&breaker, breaker_now_ms(), &failures, &age);   /* each told once */
    assert_int_equal(failures, 0);
    assert_int_equal(age, -1);
    breaker_cluster_latency(&breaker, 42.5);
    assert_true(breaker_latency_ms(&breaker) == 42.5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(config_defaults),
        cmocka_unit_test(config_refusals_name_the_key),
        cmocka_unit_test(address_forms),
        cmocka_unit_test(key_names_and_ids),
        cmocka_unit_test(script_arguments),
        cmocka_unit_test(breaker_held_by_the_cluster),
        cmocka_unit_test(breaker_outcomes_for_the_cluster),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
