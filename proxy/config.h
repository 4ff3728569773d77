/* config.h — the gateway's configuration, loaded and validated at start-up.
 *
 * One JSON document (CONTRACT.md "Config"). Every key is known or refused; every value is
 * type- and range-checked; the first problem becomes one line naming the key. The
 * built-in default (from provider API key variables) and the --demo config are written
 * as JSON text and go through the same parser, so there is one set of rules. */
#ifndef LETHE_CONFIG_H
#define LETHE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct curl_slist;

#include "providers/breaker.h"
#include "providers/prices.h"
#include "providers/route.h"
#include "proxy/cluster_scripts.h"
#include "proxy/keys.h"
#include "proxy/telemetry.h"
#include "scrub/scrub.h"
#include "transforms/foundation/arena.h"

/* "cluster": what must be shared between instances, through Redis (proxy/cluster.h). */
enum cluster_fallback {
    CLUSTER_FALLBACK_LOCAL,          /* Redis unavailable: this machine's own limits */
    CLUSTER_FALLBACK_CLOSED,         /* Redis unavailable: 503 for what needs it */
};

struct cluster_options {
    const char *redis;               /* the address as configured; NULL: cluster mode off */
    struct cluster_address address;
    const char *password;            /* the value of password_env at load; NULL: none */
    const char *prefix;              /* of every key; "lethe:" */
    long timeout_ms;                 /* a reply later than this is a fallback; 50 */
    enum cluster_fallback on_unavailable;
    long reservation_ttl_ms;         /* a budget reservation no instance settled expires */
};

struct config {
    struct arena arena;              /* owns every string below */
    char listen_host[256];
    int listen_port;
    int workers;
    size_t max_body_bytes;
    size_t max_header_bytes;         /* request line and headers */
    long header_timeout_ms;          /* the whole request head must arrive within this */
    long body_timeout_ms;            /* ... and the whole body within this after it */
    long idle_timeout_ms;            /* a kept-alive connection with no request */
    size_t max_connections;          /* open client connections per worker; 0: derived */
    unsigned max_json_depth;
    size_t max_messages, max_parts;  /* per request; parts counted over all messages */
    long ip_rpm;                     /* requests per minute per client address; 0: none */
    long budget_default_max_tokens;  /* the output a budget reserves when max_tokens is unset */
    struct price *prices;            /* "prices": before the built-in table */
    size_t price_count;
    struct route_table table;
    struct curl_slist **provider_headers;   /* one per table.providers entry, built at load */
    struct breaker_policy breaker;
    long connect_timeout_ms;
    long heartbeat_ms;               /* SSE comment on a quiet stream after this long */
    long drain_timeout_ms;           /* SIGTERM: how long in-flight requests may finish */
    const char *access_log;          /* "stdout", "stderr", a path; NULL: off */
    const char *audit_file;          /* the audit chain; NULL: off */
    struct telemetry_options telemetry;   /* usage events to a collector; url NULL: off */
    long audit_fsync_ms;
    struct scrub_config scrub;       /* its lists live in `arena` */
    struct gateway_key *keys;        /* none: open, and then only on loopback */
    size_t key_count;
    bool allow_open;                 /* open on a non-loopback address too */
    const char *tls_cert, *tls_key;  /* "tls": serve HTTPS */
    struct cluster_options cluster;  /* bound at start-up: a reload keeps the first */
};

enum { CONFIG_ERROR_SIZE = 512 };

/* Defaults, and an empty arena: a config must be initialised before anything else. */
void config_init(struct config *config);
bool config_load_text(struct config *config, const char *text, size_t len, char *error);
bool config_load_file(struct config *config, const char *path, char *error);
/* The default without --config: one provider per API key variable that is set. */
bool config_load_default(struct config *config, char *error);
/* The --demo config: one OpenAI-format provider at the given loopback port. */
bool config_load_demo(struct config *config, int mock_port, char *error);
bool config_set_listen(struct config *config, const char *host_port, char *error);
/* Without gateway keys, lethe listens on loopback only, unless allow_open says otherwise. */
bool config_check_exposure(const struct config *config, char *error);
void config_describe(const struct config *config, FILE *out);
void config_release(struct config *config);
/* The header list a request to `provider` (an entry of config->table.providers) carries. */
const struct curl_slist *config_provider_headers(const struct config *config, const struct provider *provider);

#endif
