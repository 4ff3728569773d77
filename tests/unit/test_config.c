/* proxy/config.h: loading, defaults, the one-line errors that name the key, listen
 * addresses, and the built-in default config from API key variables.
 *
 * JSON here is written with single quotes; load() turns them into double quotes. */
#include "tests/unit/unit.h"

#include <unistd.h>

#include "proxy/config.h"

static const char *const key_variables[] = {
    "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GROQ_API_KEY", "MISTRAL_API_KEY", "DEEPSEEK_API_KEY",
};

static void unset_key_variables(void)
{
    for (size_t i = 0; i < sizeof key_variables / sizeof key_variables[0]; i++) {
        unsetenv(key_variables[i]);
    }
}

static int fresh_environment(void **state)
{
    (void)state;
    unset_key_variables();
    unsetenv("LETHE_TEST_KEY");
    return 0;
}

/* A config per test, released whatever happens. */
static int config_setup(void **state)
{
    fresh_environment(state);
    struct config *config = calloc(1, sizeof *config);
    config_init(config);
    *state = config;
    return 0;
}

static int config_teardown(void **state)
{
    config_release(*state);
    free(*state);
    unset_key_variables();
    return 0;
}

static bool load(struct config *config, const char *single_quoted, char *error)
{
    size_t len = strlen(single_quoted);
    char *text = malloc(len + 1);
    for (size_t i = 0; i <= len; i++) {
        text[i] = single_quoted[i] == '\'' ? '"' : single_quoted[i];
    }
    error[0] = '\0';
    bool ok = config_load_text(config, text, len, error);
    free(text);
    return ok;
}

static void load_ok(struct config *config, const char *text)
{
    char error[CONFIG_ERROR_SIZE];
    if (!load(config, text, error)) {
        fail_msg("refused: %s", error);
    }
}

#define PROVIDER "{'name':'mock','type':'openai','base_url':'http://127.0.0.1:9/v1','api_key':'sk-test'}"
#define PROVIDERS "'providers':[" PROVIDER "]"
#define LONG_MODEL "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm" \
                   "mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm"

/* Refused with one line that starts with "config: " and names the key path. */
static void assert_refused_naming(struct config *config, const char *text, const char *key)
{
    char error[CONFIG_ERROR_SIZE];
    if (load(config, text, error)) {
        fail_msg("accepted: %s", text);
    }
    assert_true(strncmp(error, "config: ", 8) == 0);
    if (strchr(error, '\n') != NULL || strchr(error, '\r') != NULL) {
        fail_msg("error is not one line: '%s'", error);
    }
    if (strstr(error, key) == NULL) {
        fail_msg("error '%s' does not name '%s' (config %s)", error, key, text);
    }
}

static const struct provider *provider_named(const struct config *config, const char *name)
{
    const struct provider *provider = route_find_provider(&config->table, name, strlen(name));
    if (provider == NULL) {
        fail_msg("no provider %s", name);
    }
    return provider;
}

/* ---- loading ---- */

static void the_contract_example_loads(void **state)
{
    struct config *config = *state;
    setenv("OPENAI_API_KEY", "sk-openai", 1);
    setenv("ANTHROPIC_API_KEY", "sk-ant", 1);
    setenv("GEMINI_API_KEY", "gem-key", 1);
    setenv("GROQ_API_KEY", "gsk-groq", 1);
    load_ok(config,
        "{\n"
        "  'listen': '127.0.0.1:8080',\n"
        "  'workers': 1,\n"
        "  'limits': { 'max_body_bytes': 102400 },\n"
        "  'providers': [\n"
        "    { 'name': 'openai',    'type': 'openai',    'base_url': 'https://api.openai.com/v1', 'api_key_env': 'OPENAI_API_KEY' },\n"
        "    { 'name': 'anthropic', 'type': 'anthropic', 'base_url': 'https://api.anthropic.com/v1', 'api_key_env': 'ANTHROPIC_API_KEY' },\n"
        "    { 'name': 'gemini',    'type': 'gemini',    'base_url': 'https://generativelanguage.googleapis.com/v1beta', 'api_key_env': 'GEMINI_API_KEY' },\n"
        "    { 'name': 'groq',      'type': 'openai',    'base_url': 'https://api.groq.com/openai/v1', 'api_key_env': 'GROQ_API_KEY' },\n"
        "    { 'name': 'local',     'type': 'openai',    'base_url': 'http://127.0.0.1:9001/v1', 'api_key': 'none' }\n"
        "  ],\n"
        "  'routes': [\n"
        "    { 'name': 'default', 'chain': [\n"
        "      { 'target': 'openai/gpt-4o',                'timeout_ms': 10000, 'first_byte_ms': 3000 },\n"
        "      { 'target': 'anthropic/claude-sonnet-4-5',  'timeout_ms': 10000 },\n"
        "      { 'target': 'groq/llama-3.3-70b-versatile', 'timeout_ms': 5000 }\n"
        "    ]}\n"
        "  ],\n"
        "  'breaker': { 'failures': 5, 'cooldown_ms': 15000 },\n"
        "  'scrub': { 'enabled': true }\n"
        "}\n");
    assert_int_equal(config->table.provider_count, 5);
    const struct provider *openai = provider_named(config, "openai");
    assert_string_equal(openai->type->name, "openai");
    assert_string_equal(openai->base_url, "https://api.openai.com/v1");
    assert_string_equal(openai->api_key, "sk-openai");
    assert_non_null(config_provider_headers(config, openai));  /* prepared at load */
    assert_string_equal(provider_named(config, "anthropic")->type->name, "anthropic");
    assert_string_equal(provider_named(config, "anthropic")->api_key, "sk-ant");
    assert_string_equal(provider_named(config, "gemini")->type->name, "gemini");
    assert_string_equal(provider_named(config, "groq")->api_key, "gsk-groq");
    assert_null(provider_named(config, "local")->api_key);    /* "none": no credentials */
    assert_int_equal(config->table.route_count, 1);
    const struct route *route = &config->table.routes[0];
    assert_string_equal(route->name, "default");
    assert_int_equal(route->target_count, 3);
    assert_ptr_equal(route->targets[0].provider, openai);
    assert_string_equal(route->targets[0].model, "gpt-4o");
    assert_string_equal(route->targets[0].label, "openai/gpt-4o");
    assert_int_equal(route->targets[0].timeout_ms, 10000);
    assert_int_equal(route->targets[0].first_byte_ms, 3000);
    assert_string_equal(route->targets[1].model, "claude-sonnet-4-5");
    assert_int_equal(route->targets[1].first_byte_ms, 10000);  /* defaults to the timeout */
    assert_string_equal(route->targets[2].model, "llama-3.3-70b-versatile");
    assert_int_equal(route->targets[2].timeout_ms, 5000);
    assert_int_equal(route->targets[2].retries, 0);
    assert_int_equal(route->targets[2].idle_ms, 0);
    assert_int_equal(route->hedge_ms, 0);
    assert_int_equal(config->breaker.failures, 5);
    assert_int_equal(config->breaker.cooldown_ms, 15000);
    assert_true(config->scrub.enabled);
    assert_string_equal(config->listen_host, "127.0.0.1");
    assert_int_equal(config->listen_port, 8080);
    assert_int_equal(config->max_body_bytes, 102400);
}

static void defaults_fill_what_is_not_given(void **state)
{
    struct config *config = *state;
    load_ok(config, "{" PROVIDERS "}");
    assert_string_equal(config->listen_host, "127.0.0.1");
    assert_int_equal(config->listen_port, 8080);
    assert_int_equal(config->workers, sysconf(_SC_NPROCESSORS_ONLN));     /* one per core */
    assert_int_equal(config->max_body_bytes, 102400);
    assert_int_equal(config->breaker.failures, 5);
    assert_int_equal(config->breaker.cooldown_ms, 15000);
    assert_true(config->breaker.max_cooldown_ms >= config->breaker.cooldown_ms);
    assert_int_equal(config->connect_timeout_ms, ROUTE_DEFAULT_CONNECT_TIMEOUT_MS);
    assert_true(config->scrub.enabled);
    assert_int_equal(config->table.route_count, 0);
    assert_string_equal(provider_named(config, "mock")->api_key, "sk-test");
    /* base_url defaults to the type's own. */
    load_ok(config, "{'providers':[{'name':'a','type':'anthropic','api_key':'k'},{'name':'g','type':'gemini','api_key':'k'},"
                    "{'name':'o','type':'openai','api_key':'k'}]}");
    assert_string_equal(provider_named(config, "a")->base_url, "https://api.anthropic.com/v1");
    assert_string_equal(provider_named(config, "g")->base_url, "https://generativelanguage.googleapis.com/v1beta");
    assert_string_equal(provider_named(config, "o")->base_url, "https://api.openai.com/v1");
}

static void every_value_is_read(void **state)
{
    struct config *config = *state;
    load_ok(config, "{" PROVIDERS ",'listen':'[::1]:9000','workers':4,'connect_timeout_ms':2500,'heartbeat_ms':5000,"
                    "'limits':{'max_body_bytes':1048576},'scrub':{'enabled':false},"
                    "'breaker':{'failures':3,'cooldown_ms':2000,'max_cooldown_ms':60000,'failure_ratio':0.5,'window':10},"
                    "'routes':[{'name':'fast','hedge_ms':800,'resume':true,'chain':["
                    "{'target':'mock/a','timeout_ms':900,'first_byte_ms':300,'idle_ms':200,'retries':2},"
                    "{'target':'mock/org/b-model'}]}]}");
    assert_string_equal(config->listen_host, "::1");
    assert_int_equal(config->listen_port, 9000);
    assert_int_equal(config->workers, 4);
    assert_int_equal(config->connect_timeout_ms, 2500);
    assert_int_equal(config->heartbeat_ms, 5000);
    assert_int_equal(config->max_body_bytes, 1048576);
    assert_false(config->scrub.enabled);
    assert_null(config->scrub.entities);
    assert_int_equal(config->breaker.failures, 3);
    assert_int_equal(config->breaker.cooldown_ms, 2000);
    assert_int_equal(config->breaker.max_cooldown_ms, 60000);
    assert_true(config->breaker.failure_ratio == 0.5);
    assert_int_equal(config->breaker.window, 10);
    const struct route *route = &config->table.routes[0];
    assert_int_equal(route->hedge_ms, 800);
    assert_true(route->resume);
    assert_int_equal(route->targets[0].timeout_ms, 900);
    assert_int_equal(route->targets[0].first_byte_ms, 300);
    assert_int_equal(route->targets[0].idle_ms, 200);
    assert_int_equal(route->targets[0].retries, 2);
    assert_string_equal(route->targets[1].model, "org/b-model");   /* everything after the first '/' */
    assert_int_equal(route->targets[1].timeout_ms, ROUTE_DEFAULT_TIMEOUT_MS);
    assert_int_equal(route->targets[1].first_byte_ms, ROUTE_DEFAULT_TIMEOUT_MS);
}

static void scrub_section_is_read(void **state)
{
    struct config *config = *state;
    load_ok(config, "{" PROVIDERS ",'scrub':{'enabled':true,'entities':['EMAIL','PERSON','EMPLOYEE_ID'],"
                    "'custom':[{'type':'EMPLOYEE_ID','pattern':'\\\\bE-[0-9]{6}'}],'allow':['support@example.com']}}");
    assert_true(config->scrub.enabled);
    assert_int_equal(config->scrub.entity_count, 3);
    assert_string_equal(config->scrub.entities[2], "EMPLOYEE_ID");
    assert_int_equal(config->scrub.custom_count, 1);
    assert_string_equal(config->scrub.custom[0].name, "EMPLOYEE_ID");
    assert_string_equal(config->scrub.custom[0].pattern, "\\bE-[0-9]{6}");
    assert_int_equal(config->scrub.allow_count, 1);
    assert_string_equal(config->scrub.allow[0], "support@example.com");
    load_ok(config, "{" PROVIDERS ",'scrub':{'entities':'all'}}");
    assert_null(config->scrub.entities);
}

static void api_keys_come_from_the_environment(void **state)
{
    struct config *config = *state;
    setenv("LETHE_TEST_KEY", "sk-from-env", 1);
    load_ok(config, "{'providers':[{'name':'p','type':'openai','api_key_env':'LETHE_TEST_KEY'}]}");
    assert_string_equal(provider_named(config, "p")->api_key, "sk-from-env");
    /* The key is copied: the config does not depend on the variable staying. */
    unsetenv("LETHE_TEST_KEY");
    assert_string_equal(provider_named(config, "p")->api_key, "sk-from-env");
    /* Set but empty counts as unset. */
    setenv("LETHE_TEST_KEY", "", 1);
    assert_refused_naming(config, "{'providers':[{'name':'p','type':'openai','api_key_env':'LETHE_TEST_KEY'}]}",
                          "providers[0].api_key_env");
    unsetenv("LETHE_TEST_KEY");
}

#define HASH "sha256:00112233445566778899aabbccddeeff:001122334455667788990011223344556677889900112233445566778899aabb"

static void refusals_name_the_key(void **state)
{
    struct config *config = *state;
    static const struct { const char *text; const char *key; } cases[] = {
        /* the document */
        { "{" PROVIDERS ",'listn':'127.0.0.1:1'}", "listn" },
        { "{'routes':[]}", "providers" },
        { "{}", "providers" },
        { "{'providers':[]}", "providers" },
        { "{'providers':{}}", "providers" },
        { "[" PROVIDER "]", "top level" },
        /* top-level values */
        { "{" PROVIDERS ",'workers':'two'}", "workers" },
        { "{" PROVIDERS ",'workers':0}", "workers" },
        { "{" PROVIDERS ",'workers':1.5}", "workers" },
        { "{" PROVIDERS ",'workers':100000}", "workers" },
        { "{" PROVIDERS ",'listen':8080}", "listen" },
        { "{" PROVIDERS ",'listen':'nowhere'}", "listen" },
        { "{" PROVIDERS ",'connect_timeout_ms':0}", "connect_timeout_ms" },
        { "{" PROVIDERS ",'heartbeat_ms':'soon'}", "heartbeat_ms" },
        { "{" PROVIDERS ",'limits':{'max_body_bytes':10}}", "limits.max_body_bytes" },
        { "{" PROVIDERS ",'limits':{'max_bytes':2048}}", "limits.max_bytes" },
        { "{" PROVIDERS ",'limits':5}", "limits" },
        { "{" PROVIDERS ",'breaker':{'failures':'5'}}", "breaker.failures" },
        { "{" PROVIDERS ",'breaker':{'cooldown_ms':-1}}", "breaker.cooldown_ms" },
        { "{" PROVIDERS ",'breaker':{'failure_ratio':1.5}}", "breaker.failure_ratio" },
        { "{" PROVIDERS ",'breaker':{'window':1}}", "breaker.window" },
        { "{" PROVIDERS ",'breaker':{'open':true}}", "breaker.open" },
        { "{" PROVIDERS ",'scrub':{'enabled':'yes'}}", "scrub.enabled" },
        { "{" PROVIDERS ",'scrub':{'entities':['EMAIL','PASSPORT']}}", "scrub.entities[1]" },
        { "{" PROVIDERS ",'scrub':{'entities':'some'}}", "scrub.entities" },
        { "{" PROVIDERS ",'scrub':{'entities':[7]}}", "scrub.entities[0]" },
        { "{" PROVIDERS ",'scrub':{'custom':[{'type':'employee','pattern':'E-[0-9]+'}]}}", "scrub.custom[0].type" },
        { "{" PROVIDERS ",'scrub':{'custom':[{'type':'EMAIL','pattern':'x'}]}}", "scrub.custom[0].type" },
        { "{" PROVIDERS ",'scrub':{'custom':[{'type':'A','pattern':'x'},{'type':'A','pattern':'y'}]}}",
          "scrub.custom[1].type" },
        { "{" PROVIDERS ",'scrub':{'custom':[{'type':'A'}]}}", "scrub.custom[0]" },
        { "{" PROVIDERS ",'scrub':{'custom':[{'type':'A','pattern':''}]}}", "scrub.custom[0].pattern" },
        { "{" PROVIDERS ",'scrub':{'custom':[{'type':'A','pattern':'x','flags':1}]}}", "scrub.custom[0].flags" },
        { "{" PROVIDERS ",'scrub':{'allow':['a@b.c',3]}}", "scrub.allow[1]" },
        { "{" PROVIDERS ",'scrub':{'mask':true}}", "scrub.mask" },
        { "{" PROVIDERS ",'keys':[{'name':'a'}]}", "keys[0]" },
        { "{" PROVIDERS ",'keys':[{'name':'a','hash':'plain-text-key'}]}", "keys[0].hash" },
        { "{" PROVIDERS ",'keys':[{'name':'a','hash':'" HASH "','rpm':-1}]}", "keys[0].rpm" },
        { "{" PROVIDERS ",'keys':[{'name':'a','hash':'" HASH "','budget_usd_day':'lots'}]}", "keys[0].budget_usd_day" },
        { "{" PROVIDERS ",'keys':[{'name':'a','hash':'" HASH "','routes':['nowhere']}]}", "keys[0].routes[0]" },
        { "{" PROVIDERS ",'keys':[{'name':'a','hash':'" HASH "'},{'name':'a','hash':'" HASH "'}]}", "keys[1].name" },
        { "{" PROVIDERS ",'keys':[{'name':'a','hash':'" HASH "','colour':'red'}]}", "keys[0].colour" },
        { "{" PROVIDERS ",'allow_open':'yes'}", "allow_open" },
        { "{" PROVIDERS ",'limits':{'max_header_bytes':10}}", "limits.max_header_bytes" },
        { "{" PROVIDERS ",'limits':{'max_json_depth':1000}}", "limits.max_json_depth" },
        { "{" PROVIDERS ",'limits':{'max_messages':0}}", "limits.max_messages" },
        { "{" PROVIDERS ",'telemetry':{'url':'ftp://x'}}", "telemetry.url" },
        { "{" PROVIDERS ",'telemetry':{'batch':5}}", "telemetry" },
        { "{" PROVIDERS ",'telemetry':{'url':'http://x','batch':50,'buffer':10}}", "telemetry.batch" },
        { "{" PROVIDERS ",'telemetry':{'url':'http://x','colour':1}}", "telemetry.colour" },
        { "{" PROVIDERS ",'audit':{'fsync_ms':0}}", "audit.fsync_ms" },
        { "{" PROVIDERS ",'audit':3}", "audit" },
        { "{" PROVIDERS ",'tls':{'cert':'/x'}}", "tls" },
        { "{" PROVIDERS ",'tls':{'cert':5,'key':'/k'}}", "tls.cert" },
        /* providers */
        { "{'providers':[" PROVIDER ",7]}", "providers[1]" },
        { "{'providers':[{'name':'p','type':'openai','api_key':'k','kind':'x'}]}", "providers[0].kind" },
        { "{'providers':[{'type':'openai','api_key':'k'}]}", "providers[0]" },
        { "{'providers':[{'name':'p','api_key':'k'}]}", "providers[0].type" },
        { "{'providers':[{'name':'p','type':'openia','api_key':'k'}]}", "providers[0].type" },
        { "{'providers':[{'name':'p','type':5,'api_key':'k'}]}", "providers[0].type" },
        { "{'providers':[{'name':'','type':'openai','api_key':'k'}]}", "providers[0].name" },
        { "{'providers':[{'name':'a/b','type':'openai','api_key':'k'}]}", "providers[0].name" },
        { "{'providers':[{'name':'p','type':'openai','api_key':'k','base_url':'ftp://x'}]}", "providers[0].base_url" },
        { "{'providers':[{'name':'p','type':'openai','api_key':''}]}", "providers[0].api_key" },
        { "{'providers':[{'name':'p','type':'openai'}]}", "providers[0]" },
        { "{'providers':[{'name':'p','type':'openai','api_key_env':'LETHE_UNSET_VARIABLE_X'}]}", "providers[0].api_key_env" },
        { "{'providers':[{'name':'p','type':'openai','api_key':'k','api_key_env':'PATH'}]}", "providers[0].api_key_env" },
        { "{'providers':[" PROVIDER "," PROVIDER "]}", "providers[1].name" },
        /* routes */
        { "{" PROVIDERS ",'routes':{}}", "routes" },
        { "{" PROVIDERS ",'routes':[5]}", "routes[0]" },
        { "{" PROVIDERS ",'routes':[{'chain':[{'target':'mock/a'}]}]}", "routes[0]" },
        { "{" PROVIDERS ",'routes':[{'name':'r'}]}", "routes[0]" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[]}]}", "routes[0].chain" },
        { "{" PROVIDERS ",'routes':[{'name':'a/b','chain':[{'target':'mock/a'}]}]}", "routes[0].name" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/a'}],'fallback':true}]}", "routes[0].fallback" },
        { "{" PROVIDERS ",'routes':[{'name':'r','hedge_ms':0,'chain':[{'target':'mock/a'}]}]}", "routes[0].hedge_ms" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'nobody/a'}]}]}", "routes[0].chain[0].target" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/a'},{'target':'gpt-4o'}]}]}", "routes[0].chain[1].target" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/'}]}]}", "routes[0].chain[0].target" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'/a'}]}]}", "routes[0].chain[0].target" },
        /* "mock/" and 190 more: 195 bytes, past a breaker's label */
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/" LONG_MODEL "'}]}]}",
          "routes[0].chain[0].target" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'timeout_ms':5}]}]}", "routes[0].chain[0].target" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':['mock/a']}]}", "routes[0].chain[0]" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/a','timeout_ms':0}]}]}", "routes[0].chain[0].timeout_ms" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/a','retries':11}]}]}", "routes[0].chain[0].retries" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/a','weight':1}]}]}", "routes[0].chain[0].weight" },
        { "{" PROVIDERS ",'routes':[{'name':'r','chain':[{'target':'mock/a'}]},{'name':'s','chain':[{'target':'mock/b'}]},"
          "{'name':'r','chain':[{'target':'mock/c'}]}]}", "routes[2].name" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_refused_naming(config, cases[i].text, cases[i].key);
    }
}

static void invalid_json_is_one_line_without_the_text(void **state)
{
    struct config *config = *state;
    static const char *const bad[] = { "", "{", "{'providers':[QZXCANARYQZX]}", "{'providers':[]} trailing", "\xff" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char error[CONFIG_ERROR_SIZE];
        assert_false(load(config, bad[i], error));
        assert_true(strncmp(error, "config: ", 8) == 0);
        assert_null(strchr(error, '\n'));
        assert_null(strstr(error, "QZXCANARYQZX"));
    }
}

/* The error is one line even when the offending key itself holds a line break. */
static void errors_stay_one_line_whatever_the_key(void **state)
{
    struct config *config = *state;
    assert_refused_naming(config, "{" PROVIDERS ",'evil\\nkey':1}", "evil");
    assert_refused_naming(config, "{'providers':[{'name':'p','type':'openai','api_key':'k','x\\r\\ny':1}]}", "providers[0]");
    assert_refused_naming(config, "{'providers':[{'name':'p','type':'openai','api_key_env':'NO\\nSUCH'}]}",
                          "providers[0].api_key_env");
}

/* A loaded config can be loaded again and released any number of times. */
static void reload_and_release(void **state)
{
    struct config *config = *state;
    load_ok(config, "{" PROVIDERS ",'workers':3}");
    assert_int_equal(config->workers, 3);
    load_ok(config, "{" PROVIDERS "}");
    assert_int_equal(config->workers, sysconf(_SC_NPROCESSORS_ONLN));   /* nothing carried over */
    char error[CONFIG_ERROR_SIZE];
    assert_false(load(config, "{'providers':[{'name':'p'}]}", error));
    load_ok(config, "{" PROVIDERS "}");
    config_release(config);
    config_release(config);
    struct config untouched;
    memset(&untouched, 0, sizeof untouched);
    config_release(&untouched);                               /* never initialised */
}

/* ---- listen addresses ---- */

static void listen_addresses(void **state)
{
    struct config *config = *state;
    char error[CONFIG_ERROR_SIZE];
    static const struct { const char *text; const char *host; int port; } good[] = {
        { "127.0.0.1:8080", "127.0.0.1", 8080 },
        { "[::1]:9000", "::1", 9000 },
        { "0.0.0.0:0", "0.0.0.0", 0 },
        { "localhost:65535", "localhost", 65535 },
        { "[::]:443", "::", 443 },
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        if (!config_set_listen(config, good[i].text, error)) {
            fail_msg("refused %s: %s", good[i].text, error);
        }
        assert_string_equal(config->listen_host, good[i].host);
        assert_int_equal(config->listen_port, good[i].port);
    }
    static const char *const bad[] = {
        "127.0.0.1", "127.0.0.1:", ":8080", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:80x",
        "127.0.0.1:http", "[::1]", "[]:80", "127.0.0.1:99999999999999999999",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        config_set_listen(config, "127.0.0.1:8080", error);
        if (config_set_listen(config, bad[i], error)) {
            fail_msg("accepted listen address '%s'", bad[i]);
        }
        assert_non_null(strstr(error, "listen"));
        assert_null(strchr(error, '\n'));
        assert_string_equal(config->listen_host, "127.0.0.1");   /* unchanged on error */
        assert_int_equal(config->listen_port, 8080);
    }
}

/* ---- the built-in default and the demo ---- */

static void default_without_keys_names_the_variables(void **state)
{
    struct config *config = *state;
    char error[CONFIG_ERROR_SIZE];
    unset_key_variables();
    assert_false(config_load_default(config, error));
    assert_non_null(strstr(error, "OPENAI_API_KEY"));
    assert_non_null(strstr(error, "ANTHROPIC_API_KEY"));
    assert_null(strchr(error, '\n'));
    setenv("OPENAI_API_KEY", "", 1);                          /* empty is not set */
    assert_false(config_load_default(config, error));
}

static void default_with_an_openai_key(void **state)
{
    struct config *config = *state;
    char error[CONFIG_ERROR_SIZE];
    setenv("OPENAI_API_KEY", "sk-default-test", 1);
    if (!config_load_default(config, error)) {
        fail_msg("refused: %s", error);
    }
    assert_int_equal(config->table.provider_count, 1);
    const struct provider *openai = provider_named(config, "openai");
    assert_string_equal(openai->api_key, "sk-default-test");
    assert_string_equal(openai->base_url, "https://api.openai.com/v1");
    assert_int_equal(config->table.route_count, 1);
    assert_string_equal(config->table.routes[0].name, "default");
    assert_int_equal(config->table.routes[0].target_count, 1);
    assert_ptr_equal(config->table.routes[0].targets[0].provider, openai);
    assert_true(strncmp(config->table.routes[0].targets[0].label, "openai/", 7) == 0);
    /* Each key set adds its provider to the default chain, in a fixed order. */
    setenv("GROQ_API_KEY", "gsk-test", 1);
    setenv("ANTHROPIC_API_KEY", "sk-ant-test", 1);
    assert_true(config_load_default(config, error));
    assert_int_equal(config->table.provider_count, 3);
    assert_int_equal(config->table.routes[0].target_count, 3);
    assert_string_equal(config->table.routes[0].targets[0].provider->name, "openai");
    assert_string_equal(config->table.routes[0].targets[1].provider->name, "anthropic");
    assert_string_equal(config->table.routes[0].targets[2].provider->name, "groq");
    assert_string_equal(provider_named(config, "groq")->type->name, "openai");
}

static void demo_config_points_at_the_mock(void **state)
{
    struct config *config = *state;
    char error[CONFIG_ERROR_SIZE];
    assert_true(config_load_demo(config, 18081, error));
    const struct provider *mock = provider_named(config, "mock");
    assert_string_equal(mock->base_url, "http://127.0.0.1:18081/v1");
    assert_null(mock->api_key);
    assert_string_equal(config->table.routes[0].name, "default");
}

int main(void)
{
#define TEST(name) cmocka_unit_test_setup_teardown(name, config_setup, config_teardown)
    const struct CMUnitTest tests[] = {
        TEST(the_contract_example_loads),
        TEST(defaults_fill_what_is_not_given),
        TEST(every_value_is_read),
        TEST(scrub_section_is_read),
        TEST(api_keys_come_from_the_environment),
        TEST(refusals_name_the_key),
        TEST(invalid_json_is_one_line_without_the_text),
        TEST(errors_stay_one_line_whatever_the_key),
        TEST(reload_and_release),
        TEST(listen_addresses),
        TEST(default_without_keys_names_the_variables),
        TEST(default_with_an_openai_key),
        TEST(demo_config_points_at_the_mock),
    };
#undef TEST
    int failed = cmocka_run_group_tests(tests, fresh_environment, NULL);
    arena_cache_release();
    return failed;
}
