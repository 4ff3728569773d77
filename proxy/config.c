#include "proxy/config.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "proxy/sealed.h"
#include "proxy/upstream_headers.h"
#include "transforms/foundation/buffer.h"
#include "transforms/foundation/json.h"
#include "transforms/foundation/text.h"

enum { CONFIG_MAX_FILE_BYTES = 4 << 20 };

struct loader {
    struct config *config;
    char *error;
    const struct json_value *sealed;   /* the opened "sealed_keys" file, if any */
};

static bool fail(struct loader *loader, const char *key, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static bool fail(struct loader *loader, const char *key, const char *format, ...)
{
    char detail[CONFIG_ERROR_SIZE];
    va_list args;
    va_start(args, format);
    vsnprintf(detail, sizeof detail, format, args);
    va_end(args);
    bounded_printf(loader->error, CONFIG_ERROR_SIZE, "config: %s: %s", key, detail);
    /* Keys and values come from the file: a newline or escape in one must not break the
     * one-line error or reach a terminal raw. */
    text_mask_controls(loader->error, strlen(loader->error));
    return false;
}

static bool want_type(struct loader *loader, const struct json_value *value, enum json_type type,
                      const char *key)
{
    if (json_is(value, type)) {
        return true;
    }
    return fail(loader, key, "expected %s, got %s", json_type_name(type), json_type_name(value->type));
}

static bool want_integer(struct loader *loader, const struct json_value *value, const char *key,
                         long long low, long long high, long long *out)
{
    if (!want_type(loader, value, JSON_NUMBER, key)) {
        return false;
    }
    if (!json_number_integer(value, out) || *out < low || *out > high) {
        return fail(loader, key, "expected an integer from %lld to %lld", low, high);
    }
    return true;
}

static bool want_string(struct loader *loader, const struct json_value *value, const char *key,
                        const char **out)
{
    if (!want_type(loader, value, JSON_STRING, key)) {
        return false;
    }
    if (value->string.len == 0) {
        return fail(loader, key, "must not be empty");
    }
    if (strlen(value->string.text) != value->string.len) {
        return fail(loader, key, "must not contain NUL characters");
    }
    *out = value->string.text;
    return true;
}

static bool has_control_character(const char *text)
{
    for (const unsigned char *c = (const unsigned char *)text; *c != '\0'; c++) {
        if (text_control_byte(*c)) {
            return true;
        }
    }
    return false;
}

/* A name or address that lethe writes into headers (x-lethe-provider, a provider's auth),
 * URLs, log lines and /metrics: a line break there would end the line and start another. */
static bool want_name(struct loader *loader, const struct json_value *value, const char *key, const char **out)
{
    if (!want_string(loader, value, key, out)) {
        return false;
    }
    return !has_control_character(*out) || fail(loader, key, "must not contain control characters");
}

bool config_set_listen(struct config *config, const char *host_port, char *error)
{
    const char *colon = strrchr(host_port, ':');
    if (colon == NULL || colon == host_port) {
        snprintf(error, CONFIG_ERROR_SIZE, "config: listen: expected HOST:PORT, e.g. 127.0.0.1:8080");
        return false;
    }
    const char *host = host_port;
    size_t host_len = (size_t)(colon - host_port);
    if (host[0] == '[' && host_len >= 2 && host[host_len - 1] == ']') {
        host++;
        host_len -= 2;
    }
    char *end;
    errno = 0;
    long port = strtol(colon + 1, &end, 10);
    if (errno != 0 || *end != '\0' || end == colon + 1 || port < 0 || port > 65535
        || host_len == 0 || host_len >= sizeof config->listen_host) {
        snprintf(error, CONFIG_ERROR_SIZE, "config: listen: expected HOST:PORT with a port from 0 to 65535");
        return false;
    }
    memcpy(config->listen_host, host, host_len);
    config->listen_host[host_len] = '\0';
    config->listen_port = (int)port;
    return true;
}

static bool load_provider(struct loader *loader, const struct json_value *value, size_t index,
                          struct provider *provider)
{
    char key[96];
    snprintf(key, sizeof key, "providers[%zu]", index);
    if (!want_type(loader, value, JSON_OBJECT, key)) {
        return false;
    }
    const char *type_name = NULL, *api_key_env = NULL, *api_key_sealed = NULL;
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        snprintf(key, sizeof key, "providers[%zu].%s", index, member->key);
        bool ok;
        if (strcmp(member->key, "name") == 0) {
            ok = want_name(loader, member->value, key, &provider->name);
            if (ok && (strchr(provider->name, '/') != NULL)) {
                ok = fail(loader, key, "must not contain '/'");
            }
        } else if (strcmp(member->key, "type") == 0) {
            ok = want_string(loader, member->value, key, &type_name);
        } else if (strcmp(member->key, "base_url") == 0) {
            ok = want_name(loader, member->value, key, &provider->base_url);
            if (ok && strncmp(provider->base_url, "https://", 8) != 0
                && strncmp(provider->base_url, "http://", 7) != 0) {
                ok = fail(loader, key, "must start with https:// or http://");
            }
        } else if (strcmp(member->key, "api_key") == 0) {
            ok = want_string(loader, member->value, key, &provider->api_key);
        } else if (strcmp(member->key, "api_key_env") == 0) {
            ok = want_string(loader, member->value, key, &api_key_env);
        } else if (strcmp(member->key, "api_key_sealed") == 0) {
            ok = want_string(loader, member->value, key, &api_key_sealed);
        } else if (strcmp(member->key, "ca_file") == 0) {
            ok = want_string(loader, member->value, key, &provider->ca_file);
        } else {
            ok = fail(loader, key, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    snprintf(key, sizeof key, "providers[%zu]", index);
    if (provider->name == NULL) {
        return fail(loader, key, "missing \"name\"");
    }
    snprintf(key, sizeof key, "providers[%zu].type", index);
    if (type_name == NULL) {
        return fail(loader, key, "missing (one of: %s)", provider_type_names());
    }
    provider->type = provider_type_find(type_name);
    if (provider->type == NULL) {
        return fail(loader, key, "unknown provider type (known: %s)", provider_type_names());
    }
    if (provider->base_url == NULL) {
        provider->base_url = provider->type->default_base_url;
    }
    snprintf(key, sizeof key, "providers[%zu].api_key_env", index);
    if ((api_key_env != NULL) + (api_key_sealed != NULL) + (provider->api_key != NULL) > 1) {
        return fail(loader, key, "give one of api_key, api_key_env and api_key_sealed");
    }
    if (api_key_sealed != NULL) {
        snprintf(key, sizeof key, "providers[%zu].api_key_sealed", index);
        if (loader->sealed == NULL) {
            return fail(loader, key, "no \"sealed_keys\" file is configured");
        }
        struct slice secret = json_get_string(loader->sealed, api_key_sealed);
        if (secret.len == 0) {
            return fail(loader, key, "the sealed file holds no key named %s", api_key_sealed);
        }
        provider->api_key = arena_strndup(&loader->config->arena, secret.ptr, secret.len);
    }
    if (api_key_env != NULL) {
        const char *secret = getenv(api_key_env);
        if (secret == NULL || secret[0] == '\0') {
            return fail(loader, key, "the environment variable %s is not set", api_key_env);
        }
        provider->api_key = arena_strndup(&loader->config->arena, secret, strlen(secret));
    }
    snprintf(key, sizeof key, "providers[%zu]", index);
    if (provider->api_key == NULL) {
        return fail(loader, key, "missing api_key, api_key_env or api_key_sealed (use \"api_key\": \"none\" for a "
                    "local server)");
    }
    if (has_control_character(provider->api_key)) {
        return fail(loader, key, "the API key must not contain control characters (it is sent in a header)");
    }
    if (strcmp(provider->api_key, "none") == 0) {
        provider->api_key = NULL;
    }
    return true;
}

static bool load_target(struct loader *loader, const struct json_value *value, const char *route_key,
                        size_t index, struct route_target *target)
{
    char key[128];
    snprintf(key, sizeof key, "%s.chain[%zu]", route_key, index);
    if (!want_type(loader, value, JSON_OBJECT, key)) {
        return false;
    }
    long long timeout = ROUTE_DEFAULT_TIMEOUT_MS, first_byte = -1, idle = 0, retries = 0;
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        snprintf(key, sizeof key, "%s.chain[%zu].%s", route_key, index, member->key);
        bool ok;
        if (strcmp(member->key, "target") == 0) {
            ok = want_name(loader, member->value, key, &target->label);
        } else if (strcmp(member->key, "timeout_ms") == 0) {
            ok = want_integer(loader, member->value, key, 1, 3600000, &timeout);
        } else if (strcmp(member->key, "first_byte_ms") == 0) {
            ok = want_integer(loader, member->value, key, 1, 3600000, &first_byte);
        } else if (strcmp(member->key, "idle_ms") == 0) {
            ok = want_integer(loader, member->value, key, 1, 3600000, &idle);
        } else if (strcmp(member->key, "retries") == 0) {
            ok = want_integer(loader, member->value, key, 0, 10, &retries);
        } else {
            ok = fail(loader, key, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    bounded_printf(key, sizeof key, "%s.chain[%zu].target", route_key, index);
    if (target->label == NULL) {
        return fail(loader, key, "missing (expected \"provider/model\")");
    }
    if (strlen(target->label) >= BREAKER_LABEL_MAX) {
        return fail(loader, key, "longer than %d bytes", BREAKER_LABEL_MAX - 1);
    }
    const char *slash = strchr(target->label, '/');
    if (slash == NULL || slash == target->label || slash[1] == '\0') {
        return fail(loader, key, "expected \"provider/model\"");
    }
    target->provider = route_find_provider(&loader->config->table, target->label,
                                           (size_t)(slash - target->label));
    if (target->provider == NULL) {
        return fail(loader, key, "names a provider that is not configured");
    }
    target->model = slash + 1;
    target->timeout_ms = (long)timeout;
    target->first_byte_ms = first_byte > 0 ? (long)first_byte : (long)timeout;
    target->idle_ms = (long)idle;
    target->retries = (int)retries;
    return true;
}

static bool load_route(struct loader *loader, const struct json_value *value, size_t index,
                       struct route *route)
{
    char key[96];
    snprintf(key, sizeof key, "routes[%zu]", index);
    if (!want_type(loader, value, JSON_OBJECT, key)) {
        return false;
    }
    const struct json_value *chain = NULL;
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        snprintf(key, sizeof key, "routes[%zu].%s", index, member->key);
        bool ok;
        if (strcmp(member->key, "name") == 0) {
            ok = want_name(loader, member->value, key, &route->name);
            if (ok && strchr(route->name, '/') != NULL) {
                ok = fail(loader, key, "must not contain '/' (that form means provider/model)");
            }
        } else if (strcmp(member->key, "hedge_ms") == 0) {
            long long hedge;
            ok = want_integer(loader, member->value, key, 1, 3600000, &hedge);
            route->hedge_ms = (long)hedge;
        } else if (strcmp(member->key, "resume") == 0) {
            ok = want_type(loader, member->value, JSON_BOOL, key);
            route->resume = ok && member->value->boolean;
        } else if (strcmp(member->key, "chain") == 0) {
            chain = member->value;
            ok = want_type(loader, chain, JSON_ARRAY, key);
            if (ok && chain->array.count == 0) {
                ok = fail(loader, key, "must name at least one target");
            }
        } else {
            ok = fail(loader, key, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    snprintf(key, sizeof key, "routes[%zu]", index);
    if (route->name == NULL) {
        return fail(loader, key, "missing \"name\"");
    }
    if (chain == NULL) {
        return fail(loader, key, "missing \"chain\"");
    }
    route->targets = arena_calloc(&loader->config->arena, chain->array.count, sizeof *route->targets);
    route->target_count = chain->array.count;
    for (size_t i = 0; i < chain->array.count; i++) {
        if (!load_target(loader, chain->array.items[i], key, i, &route->targets[i])) {
            return false;
        }
    }
    return true;
}

/* The integer keys of the object sections: their range and where they go. */
enum integer_kind { AS_SIZE, AS_LONG, AS_INT, AS_UNSIGNED };

static const struct integer_setting {
    const char *section, *key;
    long long low, high;
    enum integer_kind kind;
    size_t offset;
} integer_settings[] = {
    { "limits", "max_body_bytes", 1024, 64LL << 20, AS_SIZE, offsetof(struct config, max_body_bytes) },
    { "limits", "max_header_bytes", 1024, 1 << 20, AS_SIZE, offsetof(struct config, max_header_bytes) },
    { "limits", "header_timeout_ms", 100, 3600000, AS_LONG, offsetof(struct config, header_timeout_ms) },
    { "limits", "body_timeout_ms", 100, 3600000, AS_LONG, offsetof(struct config, body_timeout_ms) },
    { "limits", "idle_timeout_ms", 100, 3600000, AS_LONG, offsetof(struct config, idle_timeout_ms) },
    { "limits", "max_connections", 1, 1000000, AS_SIZE, offsetof(struct config, max_connections) },
    { "limits", "max_json_depth", 4, 256, AS_UNSIGNED, offsetof(struct config, max_json_depth) },
    { "limits", "max_messages", 1, 100000, AS_SIZE, offsetof(struct config, max_messages) },
    { "limits", "max_parts", 1, 1000000, AS_SIZE, offsetof(struct config, max_parts) },
    { "limits", "budget_default_max_tokens", 1, 10000000, AS_LONG, offsetof(struct config, budget_default_max_tokens) },
    { "limits", "ip_rpm", 0, 1000000000, AS_LONG, offsetof(struct config, ip_rpm) },
    { "breaker", "failures", 1, 1000000, AS_INT, offsetof(struct config, breaker.failures) },
    { "breaker", "cooldown_ms", 1, 86400000, AS_LONG, offsetof(struct config, breaker.cooldown_ms) },
    { "breaker", "max_cooldown_ms", 1, 86400000, AS_LONG, offsetof(struct config, breaker.max_cooldown_ms) },
    { "breaker", "window", 2, BREAKER_MAX_WINDOW, AS_INT, offsetof(struct config, breaker.window) },
    { "telemetry", "interval_ms", 10, 3600000, AS_LONG, offsetof(struct config, telemetry.interval_ms) },
    { "telemetry", "batch", 1, 10000, AS_SIZE, offsetof(struct config, telemetry.batch) },
    { "telemetry", "buffer", 1, 1000000, AS_SIZE, offsetof(struct config, telemetry.buffer) },
    { "audit", "fsync_ms", 1, 3600000, AS_LONG, offsetof(struct config, audit_fsync_ms) },
};

/* The string keys of the object sections, and where they go. */
static const struct string_setting {
    const char *section, *key;
    size_t offset;
} string_settings[] = {
    { "tls", "cert", offsetof(struct config, tls_cert) },
    { "tls", "key", offsetof(struct config, tls_key) },
    { "audit", "file", offsetof(struct config, audit_file) },
    { "telemetry", "url", offsetof(struct config, telemetry.url) },
};

static const char **find_string_setting(struct config *config, const char *section, const char *key)
{
    for (size_t i = 0; i < sizeof string_settings / sizeof string_settings[0]; i++) {
        if (strcmp(string_settings[i].section, section) == 0 && strcmp(string_settings[i].key, key) == 0) {
            return (const char **)(void *)((char *)config + string_settings[i].offset);
        }
    }
    return NULL;
}

static const struct integer_setting *find_integer_setting(const char *section, const char *key)
{
    for (size_t i = 0; i < sizeof integer_settings / sizeof integer_settings[0]; i++) {
        if (strcmp(integer_settings[i].section, section) == 0 && strcmp(integer_settings[i].key, key) == 0) {
            return &integer_settings[i];
        }
    }
    return NULL;
}

static void store_integer(struct config *config, const struct integer_setting *setting, long long number)
{
    char *field = (char *)config + setting->offset;
    switch (setting->kind) {
    case AS_SIZE: *(size_t *)(void *)field = (size_t)number; break;
    case AS_LONG: *(long *)(void *)field = (long)number; break;
    case AS_INT: *(int *)(void *)field = (int)number; break;
    case AS_UNSIGNED: *(unsigned *)(void *)field = (unsigned)number; break;
    }
}

static bool load_object_section(struct loader *loader, const struct json_value *value, const char *section)
{
    struct config *config = loader->config;
    char key[96];
    if (!want_type(loader, value, JSON_OBJECT, section)) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        snprintf(key, sizeof key, "%s.%s", section, member->key);
        long long number;
        bool ok;
        const struct integer_setting *setting = find_integer_setting(section, member->key);
        const char **text = find_string_setting(config, section, member->key);
        if (text != NULL) {
            ok = want_string(loader, member->value, key, text);
        } else if (setting != NULL) {
            ok = want_integer(loader, member->value, key, setting->low, setting->high, &number);
            if (ok) {
                store_integer(config, setting, number);
            }
        } else if (strcmp(section, "breaker") == 0 && strcmp(member->key, "failure_ratio") == 0) {
            double ratio;
            ok = want_type(loader, member->value, JSON_NUMBER, key);
            if (ok && (!json_number_double(member->value, &ratio) || ratio <= 0 || ratio > 1)) {
                ok = fail(loader, key, "expected a number above 0 and at most 1");
            }
            config->breaker.failure_ratio = ok ? ratio : 0;
        } else {
            ok = fail(loader, key, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

/* "cluster": {"redis": "redis://host:port/db" | "unix:/path", "password_env", "prefix",
 * "timeout_ms", "on_unavailable": "local" | "closed", "reservation_ttl_ms"}. */
static bool load_cluster_member(struct loader *loader, const struct json_member *member, const char *key)
{
    struct cluster_options *cluster = &loader->config->cluster;
    long long number;
    const char *text = NULL;
    if (strcmp(member->key, "timeout_ms") == 0 || strcmp(member->key, "reservation_ttl_ms") == 0) {
        bool timeout = member->key[0] == 't';
        if (!want_integer(loader, member->value, key, timeout ? 1 : 1000, timeout ? 60000 : 86400000, &number)) {
            return false;
        }
        *(timeout ? &cluster->timeout_ms : &cluster->reservation_ttl_ms) = (long)number;
        return true;
    }
    if (strcmp(member->key, "redis") != 0 && strcmp(member->key, "password_env") != 0
        && strcmp(member->key, "prefix") != 0 && strcmp(member->key, "on_unavailable") != 0) {
        return fail(loader, key, "unknown key");
    }
    if (!want_string(loader, member->value, key, &text)) {
        return false;
    }
    char reason[160];
    if (strcmp(member->key, "redis") == 0) {
        cluster->redis = text;
        return cluster_address_parse(text, &cluster->address, reason, sizeof reason)
               || fail(loader, key, "%s", reason);
    }
    if (strcmp(member->key, "password_env") == 0) {
        cluster->password = getenv(text);
        return cluster->password != NULL || fail(loader, key, "the environment variable %s is not set", text);
    }
    if (strcmp(member->key, "prefix") == 0) {
        /* Braces would change the hash tags; blanks and controls have no place in a key. */
        bool plain = strlen(text) <= 64;
        for (const char *at = text; plain && *at != '\0'; at++) {
            plain = (unsigned char)*at > 0x20 && *at != 0x7f && *at != '{' && *at != '}';
        }
        cluster->prefix = text;
        return plain || fail(loader, key, "at most 64 printable characters, without blanks or braces");
    }
    if (strcmp(text, "local") != 0 && strcmp(text, "closed") != 0) {
        return fail(loader, key, "expected \"local\" or \"closed\"");
    }
    cluster->on_unavailable = text[0] == 'l' ? CLUSTER_FALLBACK_LOCAL : CLUSTER_FALLBACK_CLOSED;
    return true;
}

static bool load_cluster(struct loader *loader, const struct json_value *value)
{
    if (!want_type(loader, value, JSON_OBJECT, "cluster")) {
        return false;
    }
    char key[96];
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        snprintf(key, sizeof key, "cluster.%s", member->key);
        if (!load_cluster_member(loader, member, key)) {
            return false;
        }
    }
    return loader->config->cluster.redis != NULL || fail(loader, "cluster.redis", "missing: where Redis listens");
}

/* "prices": {"openai/gpt-4o": {"input": 2.5, "output": 10}}, USD per million tokens. */
static bool load_prices(struct loader *loader, const struct json_value *value)
{
    struct config *config = loader->config;
    if (!want_type(loader, value, JSON_OBJECT, "prices")) {
        return false;
    }
    config->prices = arena_calloc(&config->arena, value->object.count + 1, sizeof *config->prices);
    config->price_count = value->object.count;
    char where[160];
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        struct price *price = &config->prices[i];
        snprintf(where, sizeof where, "prices.%s", member->key);
        if (strchr(member->key, '/') == NULL) {
            return fail(loader, where, "expected provider/model");
        }
        if (!want_type(loader, member->value, JSON_OBJECT, where)) {
            return false;
        }
        price->label = member->key;
        price->input_per_million = -1;
        price->output_per_million = -1;
        for (size_t f = 0; f < member->value->object.count; f++) {
            const struct json_member *field = &member->value->object.members[f];
            snprintf(where, sizeof where, "prices.%s.%s", member->key, field->key);
            if (strcmp(field->key, "tier") == 0) {
                const char *tier;
                if (!want_string(loader, field->value, where, &tier)) {
                    return false;
                }
                price->tier = strcmp(tier, "cheap") == 0 ? TIER_CHEAP : strcmp(tier, "balanced") == 0 ? TIER_BALANCED
                            : strcmp(tier, "premium") == 0 ? TIER_PREMIUM : TIER_UNKNOWN;
                if (price->tier == TIER_UNKNOWN) {
                    return fail(loader, where, "expected cheap, balanced or premium");
                }
                continue;
            }
            if (strcmp(field->key, "context_tokens") == 0) {
                long long tokens;
                if (!want_integer(loader, field->value, where, 1, 100000000, &tokens)) {
                    return false;
                }
                price->context_tokens = (long)tokens;
                continue;
            }
            double *target = strcmp(field->key, "input") == 0 ? &price->input_per_million
                           : strcmp(field->key, "output") == 0 ? &price->output_per_million : NULL;
            if (target == NULL) {
                return fail(loader, where, "unknown key");
            }
            if (!want_type(loader, field->value, JSON_NUMBER, where) || !json_number_double(field->value, target)
                || *target < 0 || *target > 1e6) {
                return fail(loader, where, "expected USD per million tokens, from 0 to 1e6");
            }
        }
        if (price->input_per_million < 0 || price->output_per_million < 0) {
            snprintf(where, sizeof where, "prices.%s", member->key);
            return fail(loader, where, "needs both \"input\" and \"output\"");
        }
    }
    return true;
}

static bool load_key(struct loader *loader, const struct json_value *value, size_t index, struct gateway_key *key)
{
    char where[64], name[96];
    snprintf(where, sizeof where, "keys[%zu]", index);
    if (!want_type(loader, value, JSON_OBJECT, where)) {
        return false;
    }
    bool has_hash = false;
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        snprintf(name, sizeof name, "%s.%s", where, member->key);
        long long number;
        bool ok;
        if (strcmp(member->key, "name") == 0) {
            ok = want_name(loader, member->value, name, &key->name);
        } else if (strcmp(member->key, "hash") == 0) {
            const char *text;
            ok = want_string(loader, member->value, name, &text);
            if (ok && !key_hash_parse(text, key)) {
                ok = fail(loader, name, "expected \"sha256:<salt>:<digest>\" as printed by lethe --hash-key");
            }
            has_hash = ok;
        } else if (strcmp(member->key, "rpm") == 0 || strcmp(member->key, "tpm") == 0) {
            ok = want_integer(loader, member->value, name, 0, 1000000000, &number);
            *(member->key[0] == 'r' ? &key->rpm : &key->tpm) = (long)number;
        } else if (strcmp(member->key, "budget_usd_day") == 0) {
            ok = want_type(loader, member->value, JSON_NUMBER, name);
            if (ok && (!json_number_double(member->value, &key->budget_usd_day) || key->budget_usd_day < 0
                       || key->budget_usd_day > 1e9)) {
                ok = fail(loader, name, "expected a number of US dollars from 0 to 1e9");
            }
        } else if (strcmp(member->key, "scrub_optional") == 0) {
            ok = want_type(loader, member->value, JSON_BOOL, name);
            key->scrub_optional = ok && member->value->boolean;
        } else if (strcmp(member->key, "routes") == 0) {
            ok = want_type(loader, member->value, JSON_ARRAY, name);
            const char **routes = ok ? arena_calloc(&loader->config->arena, member->value->array.count + 1,
                                                     sizeof *routes) : NULL;
            for (size_t r = 0; ok && r < member->value->array.count; r++) {
                snprintf(name, sizeof name, "%s.routes[%zu]", where, r);
                ok = want_string(loader, member->value->array.items[r], name, &routes[r]);
            }
            key->routes = routes;
            key->route_count = ok ? member->value->array.count : 0;
        } else {
            ok = fail(loader, name, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    if (key->name == NULL || !has_hash) {
        return fail(loader, where, "needs a \"name\" and a \"hash\"");
    }
    return true;
}

static bool load_keys(struct loader *loader, const struct json_value *value)
{
    struct config *config = loader->config;
    if (!want_type(loader, value, JSON_ARRAY, "keys")) {
        return false;
    }
    config->keys = arena_calloc(&config->arena, value->array.count + 1, sizeof *config->keys);
    config->key_count = value->array.count;
    char where[64];
    for (size_t i = 0; i < value->array.count; i++) {
        if (!load_key(loader, value->array.items[i], i, &config->keys[i])) {
            return false;
        }
        for (size_t j = 0; j < i; j++) {
            if (strcmp(config->keys[j].name, config->keys[i].name) == 0) {
                snprintf(where, sizeof where, "keys[%zu].name", i);
                return fail(loader, where, "duplicate key name");
            }
        }
    }
    return true;
}

/* A key's routes name configured routes or provider/model of configured providers. */
static bool key_routes_are_known(struct loader *loader)
{
    const struct config *config = loader->config;
    char where[96];
    for (size_t k = 0; k < config->key_count; k++) {
        for (size_t r = 0; r < config->keys[k].route_count; r++) {
            const char *name = config->keys[k].routes[r];
            bool known = strcmp(name, "*") == 0 || strchr(name, '/') != NULL;
            for (size_t i = 0; !known && i < config->table.route_count; i++) {
                known = strcmp(config->table.routes[i].name, name) == 0;
            }
            if (!known) {
                snprintf(where, sizeof where, "keys[%zu].routes[%zu]", k, r);
                return fail(loader, where, "names no configured route");
            }
        }
    }
    return true;
}

static bool is_loopback_host(const char *host)
{
    return strncmp(host, "127.", 4) == 0 || strcmp(host, "::1") == 0 || strcmp(host, "localhost") == 0;
}

bool config_check_exposure(const struct config *config, char *error)
{
    if (config->key_count > 0 || config->allow_open || is_loopback_host(config->listen_host)) {
        return true;
    }
    snprintf(error, CONFIG_ERROR_SIZE,
             "config: keys: none configured, so lethe listens on loopback only; %s is not: add gateway keys "
             "(lethe --hash-key) or set \"allow_open\": true", config->listen_host);
    return false;
}

/* "EMPLOYEE_ID": it becomes "[EMPLOYEE_ID_1]", so capitals, digits and '_' only. */
static bool valid_type_name(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || len > SCRUB_TYPE_NAME_MAX || name[0] < 'A' || name[0] > 'Z') {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        if (!((name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= '0' && name[i] <= '9') || name[i] == '_')) {
            return false;
        }
    }
    return true;
}

static bool load_scrub_entities(struct loader *loader, const struct json_value *value)
{
    struct scrub_config *scrub = &loader->config->scrub;
    if (json_is(value, JSON_STRING) && strcmp(value->string.text, "all") == 0) {
        scrub->entities = NULL;
        scrub->entity_count = 0;
        return true;
    }
    if (!json_is(value, JSON_ARRAY)) {
        return fail(loader, "scrub.entities", "expected \"all\" or an array of entity type names");
    }
    const char **names = arena_calloc(&loader->config->arena, value->array.count + 1, sizeof *names);
    char key[64];
    for (size_t i = 0; i < value->array.count; i++) {
        snprintf(key, sizeof key, "scrub.entities[%zu]", i);
        if (!want_string(loader, value->array.items[i], key, &names[i])) {
            return false;
        }
    }
    scrub->entities = names;
    scrub->entity_count = value->array.count;
    return true;
}

static bool load_scrub_custom(struct loader *loader, const struct json_value *value)
{
    struct scrub_config *scrub = &loader->config->scrub;
    if (!want_type(loader, value, JSON_ARRAY, "scrub.custom")) {
        return false;
    }
    struct scrub_custom_type *custom = arena_calloc(&loader->config->arena, value->array.count + 1, sizeof *custom);
    char key[64];
    for (size_t i = 0; i < value->array.count; i++) {
        const struct json_value *item = value->array.items[i];
        snprintf(key, sizeof key, "scrub.custom[%zu]", i);
        if (!want_type(loader, item, JSON_OBJECT, key)) {
            return false;
        }
        for (size_t m = 0; m < item->object.count; m++) {
            const struct json_member *member = &item->object.members[m];
            snprintf(key, sizeof key, "scrub.custom[%zu].%s", i, member->key);
            bool ok;
            if (strcmp(member->key, "type") == 0) {
                ok = want_string(loader, member->value, key, &custom[i].name);
                if (ok && !valid_type_name(custom[i].name)) {
                    ok = fail(loader, key, "must be 1 to %d of A-Z, 0-9 and '_', starting with a letter",
                              SCRUB_TYPE_NAME_MAX);
                }
                if (ok && scrub_type_is_builtin(custom[i].name)) {
                    ok = fail(loader, key, "is a built-in entity type");
                }
                for (size_t j = 0; ok && j < i; j++) {
                    if (strcmp(custom[j].name, custom[i].name) == 0) {
                        ok = fail(loader, key, "is declared twice");
                    }
                }
            } else if (strcmp(member->key, "pattern") == 0) {
                ok = want_string(loader, member->value, key, &custom[i].pattern);
            } else {
                ok = fail(loader, key, "unknown key");
            }
            if (!ok) {
                return false;
            }
        }
        if (custom[i].name == NULL || custom[i].pattern == NULL) {
            snprintf(key, sizeof key, "scrub.custom[%zu]", i);
            return fail(loader, key, "needs both \"type\" and \"pattern\"");
        }
    }
    scrub->custom = custom;
    scrub->custom_count = value->array.count;
    return true;
}

/* Entity names are checked after the whole section: "entities" may name custom types. */
static bool scrub_entities_are_known(struct loader *loader)
{
    const struct scrub_config *scrub = &loader->config->scrub;
    char key[64];
    for (size_t i = 0; i < scrub->entity_count; i++) {
        bool known = scrub_type_is_builtin(scrub->entities[i]);
        for (size_t c = 0; !known && c < scrub->custom_count; c++) {
            known = strcmp(scrub->custom[c].name, scrub->entities[i]) == 0;
        }
        if (!known) {
            snprintf(key, sizeof key, "scrub.entities[%zu]", i);
            return fail(loader, key, "unknown entity type (see the README for the list)");
        }
    }
    return true;
}

static bool load_scrub(struct loader *loader, const struct json_value *value)
{
    struct scrub_config *scrub = &loader->config->scrub;
    if (!want_type(loader, value, JSON_OBJECT, "scrub")) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        char key[64];
        snprintf(key, sizeof key, "scrub.%s", member->key);
        bool ok;
        if (strcmp(member->key, "enabled") == 0) {
            ok = want_type(loader, member->value, JSON_BOOL, key);
            scrub->enabled = ok && member->value->boolean;
        } else if (strcmp(member->key, "entities") == 0) {
            ok = load_scrub_entities(loader, member->value);
        } else if (strcmp(member->key, "custom") == 0) {
            ok = load_scrub_custom(loader, member->value);
        } else if (strcmp(member->key, "allow") == 0) {
            ok = want_type(loader, member->value, JSON_ARRAY, key);
            const char **allow = ok ? arena_calloc(&loader->config->arena, member->value->array.count + 1,
                                                    sizeof *allow) : NULL;
            for (size_t a = 0; ok && a < member->value->array.count; a++) {
                snprintf(key, sizeof key, "scrub.allow[%zu]", a);
                ok = want_string(loader, member->value->array.items[a], key, &allow[a]);
            }
            if (ok) {
                scrub->allow = allow;
                scrub->allow_count = member->value->array.count;
            }
        } else {
            ok = fail(loader, key, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    return scrub_entities_are_known(loader);
}

static bool names_are_unique(struct loader *loader)
{
    const struct route_table *table = &loader->config->table;
    char key[96];
    for (size_t i = 0; i < table->provider_count; i++) {
        for (size_t j = 0; j < i; j++) {
            if (strcmp(table->providers[i].name, table->providers[j].name) == 0) {
                snprintf(key, sizeof key, "providers[%zu].name", i);
                return fail(loader, key, "duplicate provider name");
            }
        }
    }
    for (size_t i = 0; i < table->route_count; i++) {
        for (size_t j = 0; j < i; j++) {
            if (strcmp(table->routes[i].name, table->routes[j].name) == 0) {
                snprintf(key, sizeof key, "routes[%zu].name", i);
                return fail(loader, key, "duplicate route name");
            }
        }
    }
    return true;
}

void config_init(struct config *config)
{
    memset(config, 0, sizeof *config);
    arena_init(&config->arena, 8192);
    snprintf(config->listen_host, sizeof config->listen_host, "127.0.0.1");
    config->listen_port = 8080;
    /* One worker per core by default: each is one single-threaded loop. */
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    config->workers = cores < 1 ? 1 : cores > 256 ? 256 : (int)cores;
    config->max_body_bytes = 100 * 1024;
    config->max_header_bytes = 32 * 1024;
    config->header_timeout_ms = 10000;
    config->body_timeout_ms = 30000;
    config->idle_timeout_ms = 60000;
    config->max_connections = 0;         /* derived from the descriptor limit by the server */
    config->max_json_depth = 64;
    config->max_messages = 2048;
    config->max_parts = 8192;
    config->budget_default_max_tokens = 4096;
    config->breaker.failures = 5;
    config->breaker.cooldown_ms = 15000;
    config->breaker.max_cooldown_ms = 120000;
    config->breaker.window = 20;
    config->connect_timeout_ms = ROUTE_DEFAULT_CONNECT_TIMEOUT_MS;
    config->heartbeat_ms = 15000;
    config->drain_timeout_ms = 30000;
    config->audit_fsync_ms = 1000;
    config->telemetry = (struct telemetry_options){ .interval_ms = 5000, .batch = 100, .buffer = 1000 };
    config->scrub.enabled = true;
    config->cluster = (struct cluster_options){ .prefix = "lethe:", .timeout_ms = 50,
                                                .on_unavailable = CLUSTER_FALLBACK_LOCAL,
                                                .reservation_ttl_ms = 900000 };
}

static bool load_document(struct loader *loader, const struct json_value *root)
{
    struct config *config = loader->config;
    if (!json_is(root, JSON_OBJECT)) {
        return fail(loader, "(top level)", "expected a JSON object");
    }
    /* Sealed keys before providers, which take their keys from them. */
    const struct json_value *sealed_path = json_get(root, "sealed_keys");
    if (sealed_path != NULL) {
        if (!want_type(loader, sealed_path, JSON_STRING, "sealed_keys")) {
            return false;
        }
        loader->sealed = sealed_keys_read(&config->arena, sealed_path->string.text, loader->error, CONFIG_ERROR_SIZE);
        if (loader->sealed == NULL) {
            return false;
        }
    }
    /* Providers first: routes refer to them, wherever they appear in the document. */
    const struct json_value *providers = json_get(root, "providers");
    if (providers == NULL) {
        return fail(loader, "providers", "missing: configure at least one provider");
    }
    if (!want_type(loader, providers, JSON_ARRAY, "providers")) {
        return false;
    }
    if (providers->array.count == 0) {
        return fail(loader, "providers", "must list at least one provider");
    }
    config->table.providers = arena_calloc(&config->arena, providers->array.count, sizeof(struct provider));
    config->table.provider_count = providers->array.count;
    for (size_t i = 0; i < providers->array.count; i++) {
        if (!load_provider(loader, providers->array.items[i], i, &config->table.providers[i])) {
            return false;
        }
    }
    for (size_t i = 0; i < root->object.count; i++) {
        const struct json_member *member = &root->object.members[i];
        const char *key = member->key;
        long long number;
        bool ok = true;
        if (strcmp(key, "providers") == 0) {
            continue;
        } else if (strcmp(key, "listen") == 0) {
            const char *listen;
            ok = want_string(loader, member->value, key, &listen)
                 && config_set_listen(config, listen, loader->error);
        } else if (strcmp(key, "telemetry") == 0) {
            ok = load_object_section(loader, member->value, key);
            const char *url = config->telemetry.url;
            if (ok && url == NULL) {
                ok = fail(loader, key, "needs a \"url\"");
            }
            if (ok && strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0) {
                ok = fail(loader, "telemetry.url", "must start with https:// or http://");
            }
            if (ok && config->telemetry.batch > config->telemetry.buffer) {
                ok = fail(loader, "telemetry.batch", "must not be larger than telemetry.buffer");
            }
        } else if (strcmp(key, "audit") == 0) {
            ok = load_object_section(loader, member->value, key);
        } else if (strcmp(key, "access_log") == 0) {
            ok = want_string(loader, member->value, key, &config->access_log);
        } else if (strcmp(key, "drain_timeout_ms") == 0) {
            ok = want_integer(loader, member->value, key, 0, 3600000, &number);
            config->drain_timeout_ms = (long)number;
        } else if (strcmp(key, "connect_timeout_ms") == 0 || strcmp(key, "heartbeat_ms") == 0) {
            ok = want_integer(loader, member->value, key, 1, 3600000, &number);
            *(key[0] == 'c' ? &config->connect_timeout_ms : &config->heartbeat_ms) = (long)number;
        } else if (strcmp(key, "workers") == 0) {
            ok = want_integer(loader, member->value, key, 1, 256, &number);
            config->workers = (int)number;
        } else if (strcmp(key, "routes") == 0) {
            const struct json_value *routes = member->value;
            ok = want_type(loader, routes, JSON_ARRAY, key);
            if (ok) {
                config->table.routes = arena_calloc(&config->arena, routes->array.count + 1, sizeof(struct route));
                config->table.route_count = routes->array.count;
                for (size_t r = 0; ok && r < routes->array.count; r++) {
                    ok = load_route(loader, routes->array.items[r], r, &config->table.routes[r]);
                }
            }
        } else if (strcmp(key, "limits") == 0 || strcmp(key, "breaker") == 0) {
            ok = load_object_section(loader, member->value, key);
        } else if (strcmp(key, "scrub") == 0) {
            ok = load_scrub(loader, member->value);
        } else if (strcmp(key, "keys") == 0) {
            ok = load_keys(loader, member->value);
        } else if (strcmp(key, "prices") == 0) {
            ok = load_prices(loader, member->value);
        } else if (strcmp(key, "cluster") == 0) {
            ok = load_cluster(loader, member->value);
        } else if (strcmp(key, "tls") == 0) {
            ok = load_object_section(loader, member->value, key);
            if (ok && (config->tls_cert == NULL) != (config->tls_key == NULL)) {
                ok = fail(loader, "tls", "needs both \"cert\" and \"key\"");
            }
        } else if (strcmp(key, "sealed_keys") == 0) {
            continue;                 /* read first, above */
        } else if (strcmp(key, "allow_open") == 0) {
            ok = want_type(loader, member->value, JSON_BOOL, key);
            config->allow_open = ok && member->value->boolean;
        } else {
            ok = fail(loader, key, "unknown key");
        }
        if (!ok) {
            return false;
        }
    }
    if (config->breaker.max_cooldown_ms < config->breaker.cooldown_ms) {
        config->breaker.max_cooldown_ms = config->breaker.cooldown_ms;
    }
    return names_are_unique(loader) && key_routes_are_known(loader);
}


/* Each provider's header list, built once here so no request pays for it: every line or
 * a clear error (a key too long for a header line is refused, never sent cut). */
static bool prepare_provider_headers(struct config *config, char *error)
{
    config->provider_headers = arena_calloc(&config->arena, config->table.provider_count + 1,
                                            sizeof *config->provider_headers);
    for (size_t i = 0; i < config->table.provider_count; i++) {
        const struct provider *provider = &config->table.providers[i];
        struct provider_header_lines lines;
        if (!provider_header_lines(provider, &lines)) {
            bounded_printf(error, CONFIG_ERROR_SIZE, "config: providers[%zu]: its key does not fit a %d-byte "
                           "header line", i, PROVIDER_HEADER_LINE_BYTES);
            return false;
        }
        const char *pointers[PROVIDER_MAX_HEADER_LINES];
        for (size_t line = 0; line < lines.count; line++) {
            pointers[line] = lines.lines[line];
        }
        config->provider_headers[i] = upstream_header_list(pointers, lines.count);
        explicit_bzero(&lines, sizeof lines);
        if (config->provider_headers[i] == NULL) {
            bounded_printf(error, CONFIG_ERROR_SIZE, "config: out of memory preparing providers[%zu]", i);
            return false;
        }
    }
    return true;
}

const struct curl_slist *config_provider_headers(const struct config *config, const struct provider *provider)
{
    return config->provider_headers[provider - config->table.providers];
}

bool config_load_text(struct config *config, const char *text, size_t len, char *error)
{
    config_release(config);
    config_init(config);
    struct loader loader = { .config = config, .error = error };
    struct json_error json_error;
    const struct json_value *root = json_parse(&config->arena, text, len, 32, &json_error);
    if (root == NULL) {
        snprintf(error, CONFIG_ERROR_SIZE, "config: %s", json_error.message);
        return false;
    }
    if (!load_document(&loader, root)) {
        return false;
    }
    return prepare_provider_headers(config, error);
}

bool config_load_file(struct config *config, const char *path, char *error)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        snprintf(error, CONFIG_ERROR_SIZE, "config: cannot open %s: %s", path, strerror(errno));
        return false;
    }
    struct arena scratch;
    arena_init(&scratch, 4096);
    struct buffer text;
    buffer_init(&text, &scratch, 4096);
    char chunk[4096];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0 && text.len <= CONFIG_MAX_FILE_BYTES) {
        buffer_append(&text, chunk, got);
    }
    bool read_error = ferror(file) != 0;
    fclose(file);
    bool ok;
    if (read_error) {
        snprintf(error, CONFIG_ERROR_SIZE, "config: cannot read %s", path);
        ok = false;
    } else if (text.len > CONFIG_MAX_FILE_BYTES) {
        snprintf(error, CONFIG_ERROR_SIZE, "config: %s is larger than %d bytes", path, CONFIG_MAX_FILE_BYTES);
        ok = false;
    } else {
        ok = config_load_text(config, text.data, text.len, error);
    }
    arena_release(&scratch);
    return ok;
}

/* Default models for the built-in config, one per provider whose key is set. */
static const struct default_provider {
    const char *name, *type, *base_url, *env, *model;
} default_providers[] = {
    { "openai", "openai", "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4o-mini" },
    { "anthropic", "anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY", "claude-sonnet-4-5" },
    { "gemini", "gemini", "https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY", "gemini-2.5-flash" },
    { "groq", "openai", "https://api.groq.com/openai/v1", "GROQ_API_KEY", "llama-3.3-70b-versatile" },
    { "mistral", "openai", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", "mistral-small-latest" },
    { "deepseek", "openai", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "deepseek-chat" },
};

bool config_load_default(struct config *config, char *error)
{
    struct arena scratch;
    arena_init(&scratch, 2048);
    struct buffer providers, chain;
    buffer_init(&providers, &scratch, 1024);
    buffer_init(&chain, &scratch, 512);
    size_t found = 0;
    for (size_t i = 0; i < sizeof default_providers / sizeof default_providers[0]; i++) {
        const struct default_provider *known = &default_providers[i];
        const char *key = getenv(known->env);
        if (key == NULL || key[0] == '\0' || provider_type_find(known->type) == NULL) {
            continue;
        }
        buffer_printf(&providers, "%s{\"name\":\"%s\",\"type\":\"%s\",\"base_url\":\"%s\",\"api_key_env\":\"%s\"}",
                      found ? "," : "", known->name, known->type, known->base_url, known->env);
        buffer_printf(&chain, "%s{\"target\":\"%s/%s\"}", found ? "," : "", known->name, known->model);
        found++;
    }
    bool ok;
    if (found == 0) {
        snprintf(error, CONFIG_ERROR_SIZE,
                 "config: no --config given and no provider key in the environment: set one of "
                 "OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, GROQ_API_KEY, MISTRAL_API_KEY, "
                 "DEEPSEEK_API_KEY, or run with --demo");
        ok = false;
    } else {
        struct buffer document;
        buffer_init(&document, &scratch, providers.len + chain.len + 128);
        buffer_printf(&document, "{\"providers\":[%s],\"routes\":[{\"name\":\"default\",\"chain\":[%s]}]}",
                      providers.data, chain.data);
        ok = config_load_text(config, document.data, document.len, error);
    }
    arena_release(&scratch);
    return ok;
}

bool config_load_demo(struct config *config, int mock_port, char *error)
{
    char document[512];
    int len = snprintf(document, sizeof document,
        "{\"providers\":[{\"name\":\"mock\",\"type\":\"openai\","
        "\"base_url\":\"http://127.0.0.1:%d/v1\",\"api_key\":\"none\"}],"
        "\"routes\":[{\"name\":\"default\",\"chain\":[{\"target\":\"mock/mock-model\"}]}]}",
        mock_port);
    return config_load_text(config, document, (size_t)len, error);
}

void config_describe(const struct config *config, FILE *out)
{
    fprintf(out, "listen %s:%d, %d worker%s, max body %zu bytes, scrub %s\n",
            config->listen_host, config->listen_port, config->workers,
            config->workers == 1 ? "" : "s", config->max_body_bytes,
            config->scrub.enabled ? "on" : "off");
    if (config->scrub.enabled) {
        fprintf(out, "scrub: entities %s", config->scrub.entities == NULL ? "all" : "");
        for (size_t i = 0; i < config->scrub.entity_count; i++) {
            fprintf(out, "%s%s", i ? "," : "", config->scrub.entities[i]);
        }
        fprintf(out, "; %zu custom type%s", config->scrub.custom_count, config->scrub.custom_count == 1 ? "" : "s");
        for (size_t i = 0; i < config->scrub.custom_count; i++) {
            fprintf(out, "%s%s", i ? "," : " ", config->scrub.custom[i].name);
        }
        fprintf(out, "; %zu allowed value%s\n", config->scrub.allow_count, config->scrub.allow_count == 1 ? "" : "s");
    }
    for (size_t i = 0; i < config->table.provider_count; i++) {
        const struct provider *provider = &config->table.providers[i];
        char fingerprint[48] = "no key";
        if (provider->api_key != NULL) {
            key_fingerprint(provider->api_key, fingerprint, sizeof fingerprint);
        }
        fprintf(out, "provider %s: type %s, %s, key %s\n", provider->name, provider->type->name,
                provider->base_url, fingerprint);
    }
    for (size_t i = 0; i < config->table.route_count; i++) {
        const struct route *route = &config->table.routes[i];
        fprintf(out, "route %s:", route->name);
        for (size_t j = 0; j < route->target_count; j++) {
            fprintf(out, " %s%s (timeout %ld ms, first byte %ld ms, idle %ld ms, retries %d)", j ? "-> " : "",
                    route->targets[j].label, route->targets[j].timeout_ms,
                    route->targets[j].first_byte_ms, route->targets[j].idle_ms, route->targets[j].retries);
        }
        if (route->hedge_ms) {
            fprintf(out, " hedge %ld ms", route->hedge_ms);
        }
        fputc('\n', out);
    }
    if (config->cluster.redis != NULL) {
        /* The address never holds the password (password_env does). */
        fprintf(out, "cluster: redis %s, prefix %s, timeout %ld ms, on_unavailable %s, reservations expire after %ld ms"
                     "%s\n", config->cluster.redis, config->cluster.prefix, config->cluster.timeout_ms,
                config->cluster.on_unavailable == CLUSTER_FALLBACK_LOCAL ? "local" : "closed",
                config->cluster.reservation_ttl_ms, config->cluster.password != NULL ? ", with a password" : "");
    }
}

void config_release(struct config *config)
{
    if (config->arena.chunk_size == 0) {
        return;                      /* never initialised, or already released */
    }
    for (size_t i = 0; config->provider_headers != NULL && i < config->table.provider_count; i++) {
        upstream_header_list_free(config->provider_headers[i]);
    }
    arena_release(&config->arena);
    memset(config, 0, sizeof *config);
}
