/* The routes of the client-facing API and the small answers that need no provider. */
#include <string.h>
#include <strings.h>

#include "proxy/cluster.h"
#include "proxy/exchange.h"
#include "proxy/gateway.h"
#include "scrub/vault.h"
#include "transforms/anthropic.h"
#include "transforms/canonical_client.h"
#include "transforms/foundation/text.h"
#include "transforms/foundation/url.h"
#include "transforms/gemini_client.h"
#include "transforms/openai.h"
#include "transforms/operations.h"

static const struct client_dialect *dialect_of_path(const char *path);

static void reply_json(struct http_request *request, int status, struct buffer *body)
{
    http_reply(request, status, "application/json", body->data, body->len);
}

void gateway_reply_error(struct http_request *request, const struct client_dialect *dialect, int status,
                         const char *type, const char *code, const char *param, const char *message)
{
    struct buffer body;
    buffer_init(&body, http_request_arena(request), 256);
    dialect->encode_error(&body, status, type, code, param, message, NULL);
    reply_json(request, status, &body);
}

/* The error type and code of a request refused by the HTTP server, before any handler. */
static const struct refusal_kind {
    int status;
    const char *type, *code;
} refusal_kinds[] = {
    { 400, "invalid_request_error", "bad_request" },
    { 408, "invalid_request_error", "request_timeout" },
    { 413, "invalid_request_error", "request_too_large" },
    { 414, "invalid_request_error", "uri_too_long" },
    { 431, "invalid_request_error", "headers_too_large" },
    { 503, "server_error", "too_many_connections" },
};

static const struct refusal_kind *refusal_kind(int status)
{
    for (size_t i = 0; i < sizeof refusal_kinds / sizeof refusal_kinds[0]; i++) {
        if (refusal_kinds[i].status == status) {
            return &refusal_kinds[i];
        }
    }
    return &refusal_kinds[0];
}

void gateway_refuse(struct http_request *request, int status, const char *message, void *context)
{
    (void)context;
    const struct refusal_kind *kind = refusal_kind(status);
    gateway_reply_error(request, dialect_of_path(http_request_path(request)), status, kind->type, kind->code, NULL,
                        message);
}

size_t gateway_refuse_head(int status, const char *path, const char *message, char *body, size_t size,
                           void *context)
{
    (void)context;
    const struct refusal_kind *kind = refusal_kind(status);
    struct arena arena;
    arena_init(&arena, 1024);
    struct buffer out;
    buffer_init(&out, &arena, 256);
    dialect_of_path(path)->encode_error(&out, status, kind->type, kind->code, NULL, message, NULL);
    size_t len = out.len < size ? out.len : size;
    memcpy(body, out.data, len);
    arena_release(&arena);
    return len;
}

/* A label value: configured names only, quotes and backslashes escaped, newlines made
 * spaces. Copied in runs, not byte by byte nor through printf: this runs several times for
 * every request. */
static void label(struct buffer *out, const char *name, const char *value, bool *first)
{
    if (!*first) {
        buffer_append_char(out, ',');
    }
    *first = false;
    buffer_append_cstr(out, name);
    buffer_append(out, "=\"", 2);
    const char *run = value != NULL ? value : "none";
    for (;;) {
        size_t plain = strcspn(run, "\"\\\n");
        buffer_append(out, run, plain);
        run += plain;
        if (*run == '\0') {
            break;
        }
        if (*run == '\n') {
            buffer_append_char(out, ' ');
        } else {
            buffer_append_char(out, '\\');
            buffer_append_char(out, *run);
        }
        run++;
    }
    buffer_append_char(out, '"');
}

/* A route or provider/model as a label: only names the config holds. A model a client
 * named directly ("openai/anything") is client text, and would grow the series without
 * bound: it counts as its provider's "other". */
static const char *configured(const struct config *config, const char *label, char *other, size_t other_size)
{
    if (label == NULL || strcmp(label, "auto") == 0) {
        return label;
    }
    for (size_t r = 0; r < config->table.route_count; r++) {
        const struct route *route = &config->table.routes[r];
        if (strcmp(route->name, label) == 0) {
            return label;
        }
        for (size_t t = 0; t < route->target_count; t++) {
            if (strcmp(route->targets[t].label, label) == 0) {
                return label;
            }
        }
    }
    const char *slash = strchr(label, '/');
    snprintf(other, other_size, "%.*s/other", slash != NULL ? (int)(slash - label) : 0, label);
    return other;
}

/* A name as a kept series has it (NULL is written "none"). */
static const char *series_name(const char *name)
{
    return name != NULL ? name : "none";
}

/* Keeps `name` for comparing the next request's with; false when it is too long to keep. */
static bool keep_name(char kept[SERIES_NAME_BYTES], const char *name)
{
    size_t len = strlen(series_name(name));
    if (len >= SERIES_NAME_BYTES) {
        return false;
    }
    memcpy(kept, series_name(name), len + 1);
    return true;
}

static bool same_name(const char kept[SERIES_NAME_BYTES], const char *name)
{
    return strcmp(kept, series_name(name)) == 0;
}

/* The cell `*kept` of `family{labels}`, looked up the first time it is needed (NULL, the
 * table being full, is looked up again next time, as every update was before). */
static struct metrics_cell *kept_cell(struct gateway *gateway, struct metrics_cell **kept, enum metric_kind kind,
                                      const char *family, const struct buffer *labels)
{
    if (*kept == NULL) {
        *kept = metrics_series(gateway->metrics, kind, family, labels->data);
    }
    return *kept;
}

/* lethe_requests_total's cell for this request's dialect, route, provider and status. */
static struct metrics_cell *requests_cell(struct gateway *gateway, struct buffer *labels, const char *code,
                                          int status, const struct access_record *record)
{
    struct series_by_request *kept = &gateway->series_by_request;
    const char *dialect = record != NULL ? record->dialect : NULL;
    const char *route = record != NULL ? record->route : NULL;
    const char *provider = record != NULL ? record->provider : NULL;
    if (kept->known && kept->status == status && same_name(kept->dialect, dialect) && same_name(kept->route, route)
        && same_name(kept->provider, provider)) {
        return kept->requests;
    }
    bool first = true;
    buffer_reset(labels);
    label(labels, "dialect", dialect, &first);
    label(labels, "route", route, &first);
    label(labels, "provider", provider, &first);
    label(labels, "status", code, &first);
    kept->requests = metrics_series(gateway->metrics, METRIC_COUNTER, "lethe_requests_total", labels->data);
    kept->status = status;
    kept->known = kept->requests != NULL && keep_name(kept->dialect, dialect) && keep_name(kept->route, route)
                  && keep_name(kept->provider, provider);
    return kept->requests;
}

/* The per-route series: durations, attempts, fallbacks. */
static void count_route(struct gateway *gateway, struct buffer *labels, double elapsed_ms,
                        const struct access_record *record)
{
    struct series_by_route *kept = &gateway->series_by_route;
    if (!kept->known || !same_name(kept->route, record->route)) {
        *kept = (struct series_by_route){ .known = false };
        kept->known = keep_name(kept->route, record->route);
    }
    bool missing = kept->duration == NULL || kept->attempts == NULL
                   || (record->first_byte_ms >= 0 && kept->first_token == NULL)
                   || (record->provider_ms > 0 && kept->overhead == NULL)
                   || (record->attempts > 1 && kept->fallbacks == NULL);
    if (missing) {
        bool first = true;
        buffer_reset(labels);
        label(labels, "route", record->route, &first);
    }
    struct metrics *metrics = gateway->metrics;
    metrics_cell_observe_seconds(metrics, kept_cell(gateway, &kept->duration, METRIC_HISTOGRAM,
                                                    "lethe_request_duration_seconds", labels), elapsed_ms / 1000);
    if (record->first_byte_ms >= 0) {
        metrics_cell_observe_seconds(metrics, kept_cell(gateway, &kept->first_token, METRIC_HISTOGRAM,
                                                        "lethe_time_to_first_token_seconds", labels),
                                     record->first_byte_ms / 1000);
    }
    if (record->provider_ms > 0) {
        double overhead = elapsed_ms - record->provider_ms;
        metrics_cell_observe_seconds(metrics, kept_cell(gateway, &kept->overhead, METRIC_HISTOGRAM,
                                                        "lethe_gateway_overhead_seconds", labels),
                                     (overhead > 0 ? overhead : 0) / 1000);
    }
    metrics_cell_add(metrics, kept_cell(gateway, &kept->attempts, METRIC_COUNTER, "lethe_attempts_total", labels),
                     record->attempts);
    if (record->attempts > 1) {
        metrics_cell_add(metrics, kept_cell(gateway, &kept->fallbacks, METRIC_COUNTER, "lethe_fallbacks_total",
                                            labels), 1);
    }
}

/* What the request cost and the tokens it used, by provider and key. */
static void count_spending(struct gateway *gateway, struct buffer *labels, const struct access_record *record)
{
    struct series_by_spender *kept = &gateway->series_by_spender;
    if (!kept->known || !same_name(kept->provider, record->provider) || !same_name(kept->key, record->key_name)) {
        *kept = (struct series_by_spender){ .known = false };
        kept->known = keep_name(kept->provider, record->provider) && keep_name(kept->key, record->key_name);
    }
    if (kept->cost == NULL || kept->tokens_in == NULL || kept->tokens_out == NULL) {
        bool first = true;
        buffer_reset(labels);
        label(labels, "provider", record->provider, &first);
        label(labels, "key", record->key_name, &first);
        kept_cell(gateway, &kept->cost, METRIC_COUNTER, "lethe_cost_usd_total", labels);
        size_t base = labels->len;
        buffer_append_cstr(labels, ",direction=\"in\"");
        kept_cell(gateway, &kept->tokens_in, METRIC_COUNTER, "lethe_tokens_total", labels);
        labels->len = base;
        buffer_append_cstr(labels, ",direction=\"out\"");
        kept_cell(gateway, &kept->tokens_out, METRIC_COUNTER, "lethe_tokens_total", labels);
    }
    struct metrics *metrics = gateway->metrics;
    metrics_cell_add(metrics, kept->cost, record->cost_usd);
    metrics_cell_add(metrics, kept->tokens_in, (double)record->tokens_in);
    metrics_cell_add(metrics, kept->tokens_out, (double)record->tokens_out);
}

/* Every request's figures into the shared metrics. */
static void count_request(struct gateway *gateway, struct arena *arena, int status, double elapsed_ms,
                          const struct access_record *record)
{
    struct buffer labels;
    buffer_init(&labels, arena, 256);
    char code[TEXT_DECIMAL_BYTES];
    text_decimal(code, status);
    metrics_cell_add(gateway->metrics, requests_cell(gateway, &labels, code, status, record), 1);
    for (size_t i = 0; record != NULL && record->vault != NULL && i < record->vault->type_count; i++) {
        const struct vault_type *type = &record->vault->types[i];
        if (type->count == 0) {
            continue;
        }
        buffer_reset(&labels);
        bool first = true;
        label(&labels, "type", type->name, &first);
        metrics_add(gateway->metrics, METRIC_COUNTER, "lethe_scrubbed_entities_total", labels.data,
                    (double)type->count);
    }
    if (record == NULL || record->route == NULL) {
        return;
    }
    count_route(gateway, &labels, elapsed_ms, record);
    if (!record->has_usage && record->cost_usd <= 0) {
        return;
    }
    count_spending(gateway, &labels, record);
}

void gateway_on_finished(struct http_request *request, int status, void *context)
{
    struct gateway *gateway = context;
    double elapsed = http_request_elapsed_ms(request);
    /* Configured names only, in /metrics and in every copy of the metadata (see configured()). */
    const struct access_record *given = http_request_note(request), *metadata = given;
    struct access_record folded;
    char route_other[96], provider_other[96];
    if (given != NULL) {
        folded = *given;
        folded.route = configured(gateway->generation->config, given->route, route_other, sizeof route_other);
        folded.provider = configured(gateway->generation->config, given->provider, provider_other,
                                     sizeof provider_other);
        metadata = &folded;
    }
    count_request(gateway, http_request_arena(request), status, elapsed, metadata);
    if (gateway->access_log_fd < 0 && gateway->audit == NULL && gateway->telemetry == NULL) {
        return;
    }
    /* One JSON object for the access log, the audit chain and telemetry. */
    struct buffer json, scratch;
    buffer_init(&json, http_request_arena(request), 512);
    buffer_init(&scratch, http_request_arena(request), 640);
    access_record_write_json(&json, http_request_id(request), status, elapsed, metadata);
    struct slice record = slice_of(json.data, json.len);
    access_log_write(gateway->access_log_fd, record);
    audit_append(gateway->audit, record, &scratch);
    if (gateway->telemetry != NULL) {
        bool queued = telemetry_add(gateway->telemetry, record.ptr, record.len);
        metrics_add(gateway->metrics, METRIC_COUNTER, "lethe_telemetry_events_total",
                    queued ? "outcome=\"queued\"" : "outcome=\"dropped\"", 1);
    }
}

static void handle_health(struct http_request *request)
{
    static const char body[] = "{\"status\":\"ok\"}";
    http_reply(request, 200, "application/json", body, sizeof body - 1);
}

static void write_model(struct buffer *body, const char *id, const char *owner, bool *first)
{
    buffer_append_cstr(body, *first ? "{\"id\":" : ",{\"id\":");
    *first = false;
    json_write_cstring(body, id);
    buffer_append_cstr(body, ",\"object\":\"model\",\"created\":0,\"owned_by\":");
    json_write_cstring(body, owner);
    buffer_append_char(body, '}');
}

static bool label_listed_before(const struct route_table *table, size_t route_index, size_t target_index)
{
    const char *label = table->routes[route_index].targets[target_index].label;
    for (size_t r = 0; r <= route_index; r++) {
        size_t end = r == route_index ? target_index : table->routes[r].target_count;
        for (size_t t = 0; t < end; t++) {
            if (strcmp(table->routes[r].targets[t].label, label) == 0) {
                return true;
            }
        }
    }
    return false;
}

static void handle_models(struct gateway *gateway, struct http_request *request)
{
    const struct route_table *table = &gateway->generation->config->table;
    struct buffer body;
    buffer_init(&body, http_request_arena(request), 1024);
    buffer_append_cstr(&body, "{\"object\":\"list\",\"data\":[");
    bool first = true;
    for (size_t r = 0; r < table->route_count; r++) {
        write_model(&body, table->routes[r].name, "lethe", &first);
    }
    write_model(&body, "auto", "lethe", &first);       /* the cost/latency router */
    for (size_t r = 0; r < table->route_count; r++) {
        for (size_t t = 0; t < table->routes[r].target_count; t++) {
            if (!label_listed_before(table, r, t)) {
                const struct route_target *target = &table->routes[r].targets[t];
                write_model(&body, target->label, target->provider->name, &first);
            }
        }
    }
    buffer_append_cstr(&body, "]}");
    reply_json(request, 200, &body);
}

/* The owner of a configured model name, or NULL: a route (and "auto") is lethe's, a
 * provider/model of any route its provider's. Only names the config holds ever match. */
static const char *model_owner(const struct route_table *table, const char *id)
{
    if (strcmp(id, "auto") == 0) {
        return "lethe";
    }
    for (size_t r = 0; r < table->route_count; r++) {
        if (strcmp(table->routes[r].name, id) == 0) {
            return "lethe";
        }
    }
    for (size_t r = 0; r < table->route_count; r++) {
        for (size_t t = 0; t < table->routes[r].target_count; t++) {
            if (strcmp(table->routes[r].targets[t].label, id) == 0) {
                return table->routes[r].targets[t].provider->name;
            }
        }
    }
    return NULL;
}

enum { MODEL_ID_MAX = 512 };

/* The id of GET /v1/models/{id}, percent-decoded (SDKs encode the '/' of provider/model as
 * %2F). False for an empty, overlong or badly escaped id, or one holding a NUL. */
static bool decode_model_id(const char *encoded, char id[MODEL_ID_MAX])
{
    size_t len;
    return url_percent_decode(encoded, strlen(encoded), 0, id, MODEL_ID_MAX, &len) && len > 0;
}

/* GET /v1/models/{id}: OpenAI's model object for a configured name, else OpenAI's 404. The
 * 404 never repeats the id: it is client text. */
static void handle_model(struct gateway *gateway, struct http_request *request, const char *encoded_id)
{
    char id[MODEL_ID_MAX];
    const char *owner = decode_model_id(encoded_id, id) ? model_owner(&gateway->generation->config->table, id) : NULL;
    if (owner == NULL) {
        gateway_reply_error(request, &openai_dialect, 404, "invalid_request_error", "model_not_found", "model",
                            "the model is neither a configured route nor a provider/model this gateway names");
        return;
    }
    struct buffer body;
    bool first = true;
    buffer_init(&body, http_request_arena(request), 256);
    write_model(&body, id, owner, &first);
    reply_json(request, 200, &body);
}

/* The route a load balancer's readiness is about: "default", or the first one. */
static const struct route *default_route(const struct route_table *table)
{
    for (size_t i = 0; i < table->route_count; i++) {
        if (strcmp(table->routes[i].name, "default") == 0) {
            return &table->routes[i];
        }
    }
    return table->route_count ? &table->routes[0] : NULL;
}

/* Cluster mode: /readyz says how the shared store is. Unreachable with on_unavailable
 * "closed", the instance is not ready (it refuses what needs the store); with "local" it
 * is, on this machine's own limits. */
static void reply_ready_in_cluster(struct gateway *gateway, struct http_request *request, bool any_target)
{
    struct cluster *cluster = gateway->cluster;
    bool shared = cluster_ready(cluster);
    bool closed = !shared && cluster_options(cluster)->on_unavailable == CLUSTER_FALLBACK_CLOSED;
    bool ready = any_target && !closed;
    struct buffer body;
    buffer_init(&body, http_request_arena(request), 160);
    buffer_printf(&body, "{\"status\":\"%s\",\"cluster\":\"%s\",\"limits\":\"%s\"", ready ? "ready" : "unavailable",
                  cluster_state_name(cluster), shared ? "shared" : closed ? "refused" : "local");
    if (!any_target) {
        buffer_append_cstr(&body, ",\"reason\":\"every target of the default route has its circuit open\"");
    } else if (closed) {
        buffer_append_cstr(&body, ",\"reason\":\"the shared store (Redis) is unavailable; on_unavailable is closed\"");
    }
    buffer_append_char(&body, '}');
    http_reply(request, ready ? 200 : 503, "application/json", body.data, body.len);
}

static void handle_ready(struct gateway *gateway, struct http_request *request)
{
    if (gateway->draining) {
        static const char draining[] = "{\"status\":\"draining\"}";
        http_reply(request, 503, "application/json", draining, sizeof draining - 1);
        return;
    }
    const struct route *route = default_route(&gateway->generation->config->table);
    long long now = breaker_now_ms();
    bool any_target = route == NULL;
    for (size_t i = 0; route != NULL && i < route->target_count; i++) {
        struct breaker *breaker = breaker_table_find(&gateway->generation->breakers, route->targets[i].label);
        any_target = any_target || breaker == NULL || !breaker_is_open(breaker, now);
    }
    if (gateway->cluster != NULL) {
        reply_ready_in_cluster(gateway, request, any_target);
        return;
    }
    if (any_target) {
        static const char ready[] = "{\"status\":\"ready\"}";
        http_reply(request, 200, "application/json", ready, sizeof ready - 1);
        return;
    }
    static const char unavailable[] =
        "{\"status\":\"unavailable\",\"reason\":\"every target of the default route has its circuit open\"}";
    http_reply(request, 503, "application/json", unavailable, sizeof unavailable - 1);
}

/* Prometheus text format. Label values are configured names only, never anything a client
 * sent. Every worker reads the same shared breakers and series. */
static void handle_metrics(struct gateway *gateway, struct http_request *request)
{
    struct buffer body;
    buffer_init(&body, http_request_arena(request), 1024);
    buffer_append_cstr(&body, "# HELP lethe_breaker_state Circuit breaker per target, shared by the workers: "
                              "0 closed, 1 open, 2 half-open.\n"
                              "# TYPE lethe_breaker_state gauge\n");
    for (size_t i = 0; i < gateway->generation->breakers.count; i++) {
        struct breaker *breaker = gateway->generation->breakers.breakers[i];
        enum breaker_state state = breaker_state(breaker);
        bool first = true;
        buffer_append_cstr(&body, "lethe_breaker_state{");
        label(&body, "target", breaker->label, &first);
        buffer_printf(&body, "} %d\n", state == BREAKER_CLOSED ? 0 : state == BREAKER_OPEN ? 1 : 2);
    }
    metrics_write(gateway->metrics, &body);
    http_reply(request, 200, "text/plain; version=0.0.4", body.data, body.len);
}

/* The gateway key a request presents: "Authorization: Bearer KEY" (OpenAI SDKs) or
 * "x-api-key: KEY" (Anthropic SDKs), on either path. NULL when keys are configured and
 * none matches; with no keys configured the gateway is open and every request passes. */
static bool authenticate(const struct gateway *gateway, struct http_request *request, const struct gateway_key **key)
{
    *key = NULL;
    const struct config *config = gateway->generation->config;
    if (config->key_count == 0) {
        return true;
    }
    const char *presented = http_request_header(request, "x-api-key");
    const char *authorization = http_request_header(request, "authorization");
    if (authorization != NULL && strncasecmp(authorization, "Bearer ", 7) == 0) {
        presented = authorization + 7;
    }
    if (presented != NULL) {
        *key = keys_match(config->keys, config->key_count, presented, strlen(presented));
    }
    return *key != NULL;
}

enum api_endpoint { ENDPOINT_EXCHANGE, ENDPOINT_MODELS, ENDPOINT_HEALTH, ENDPOINT_READY, ENDPOINT_METRICS,
                    ENDPOINT_MODEL };

/* The one route matched by prefix: GET /v1/models/{id}, whose id may hold '/'. */
static const char model_path_prefix[] = "/v1/models/";

/* A client dialect is one file in transforms/ and one ENDPOINT_EXCHANGE row here. */
static const struct api_route {
    const char *path;
    const char *method;
    enum api_endpoint endpoint;
    bool needs_key;
    const struct client_dialect *dialect;   /* spoken at this path, and by the errors under it */
} api_routes[] = {
    { "/v1/chat/completions", "POST", ENDPOINT_EXCHANGE, true, &openai_dialect },
    { "/v1/messages", "POST", ENDPOINT_EXCHANGE, true, &anthropic_dialect },
    { "/v1/messages/count_tokens", "POST", ENDPOINT_EXCHANGE, true, &anthropic_count_tokens_dialect },
    { "/v1/embeddings", "POST", ENDPOINT_EXCHANGE, true, &openai_embeddings_dialect },
    { "/v1/responses", "POST", ENDPOINT_EXCHANGE, true, &responses_dialect },
    { "/v1/completions", "POST", ENDPOINT_EXCHANGE, true, &completions_dialect },
    { "/api/proxy", "POST", ENDPOINT_EXCHANGE, true, &canonical_dialect },
    { "/v1/models", "GET", ENDPOINT_MODELS, true, NULL },
    { model_path_prefix, "GET", ENDPOINT_MODEL, true, NULL },
    { "/healthz", "GET", ENDPOINT_HEALTH, false, NULL },
    { "/readyz", "GET", ENDPOINT_READY, false, NULL },
    { "/metrics", "GET", ENDPOINT_METRICS, false, NULL },
};

/* Errors outside a chat exchange are answered in the dialect the path belongs to; OpenAI's
 * where none does. */
static const struct client_dialect *dialect_of_path(const char *path)
{
    if (gemini_path_is_dialect(path)) {
        return &gemini_generate_dialect;
    }
    for (size_t i = 0; i < sizeof api_routes / sizeof api_routes[0]; i++) {
        const struct api_route *route = &api_routes[i];
        if (route->dialect != NULL && strncmp(path, route->path, strlen(route->path)) == 0) {
            return route->dialect;
        }
    }
    return &openai_dialect;
}

/* The value of query parameter `name`, percent-decoded ('+' a space) into `out`. False when
 * it is absent, too long for `out`, badly escaped or holds a NUL. */
static bool query_value(const char *query, const char *name, char *out, size_t size)
{
    size_t name_len = strlen(name);
    for (const char *at = query; *at != '\0'; at += strcspn(at, "&"), at += *at == '&') {
        if (strncmp(at, name, name_len) != 0 || at[name_len] != '=') {
            continue;
        }
        const char *value = at + name_len + 1;
        size_t len;
        return url_percent_decode(value, strcspn(value, "&"), URL_DECODE_PLUS_IS_SPACE, out, size, &len);
    }
    return false;
}

/* A Gemini client's key: x-goog-api-key, or ?key= (as @google/genai and REST callers send
 * it), else the headers of every other path. It is compared by hash, never logged or echoed. */
static bool authenticate_gemini(const struct gateway *gateway, struct http_request *request,
                                const struct gateway_key **key)
{
    if (authenticate(gateway, request, key)) {
        return true;
    }
    const struct config *config = gateway->generation->config;
    char from_query[512];
    const char *presented = http_request_header(request, "x-goog-api-key");
    if (presented == NULL && query_value(http_request_query(request), "key", from_query, sizeof from_query)) {
        presented = from_query;
    }
    if (presented != NULL) {
        *key = keys_match(config->keys, config->key_count, presented, strlen(presented));
    }
    explicit_bzero(from_query, sizeof from_query);
    return *key != NULL;
}

/* A route is decided twice for a request with a body: from its head, before the body is
 * read, where only the answers that do not depend on the body are given (so a client
 * without a key, or on no path, cannot make lethe hold a body), and once it is complete. */
enum routing_stage { ROUTING_HEAD, ROUTING_COMPLETE };

/* An error that needs no body: from the head, the body is refused unread. */
static void reply_routing_error(struct http_request *request, enum routing_stage stage,
                                const struct client_dialect *dialect, int status, const char *type,
                                const char *code, const char *param, const char *message)
{
    if (stage == ROUTING_HEAD) {
        http_request_refuse_body(request);
    }
    gateway_reply_error(request, dialect, status, type, code, param, message);
}

/* POST /v1beta/models/{model}:VERB (or /v1/models/…), the Gemini dialect: one dialect per verb; the model is
 * read from the path by the exchange and checked like any model. */
static void route_gemini(struct gateway *gateway, struct http_request *request, const char *method, const char *path,
                         enum routing_stage stage)
{
    const struct client_dialect *errors = &gemini_generate_dialect;
    struct slice model, verb;
    const struct client_dialect *dialect = gemini_path_split(path, &model, &verb)
                                           ? gemini_dialect_of_verb(verb.ptr, verb.len) : NULL;
    if (dialect == NULL) {
        reply_routing_error(request, stage, errors, 404, "invalid_request_error", "not_found", NULL,
                            "no such endpoint: lethe serves /v1beta/models/{model}: generateContent, "
                            "streamGenerateContent, countTokens, embedContent, batchEmbedContents");
        return;
    }
    if (strcmp(method, "POST") != 0) {
        http_add_header(request, "Allow", "POST");
        reply_routing_error(request, stage, errors, 405, "invalid_request_error", "method_not_allowed", NULL,
                            "method not allowed on this path");
        return;
    }
    const struct gateway_key *key = NULL;
    if (!authenticate_gemini(gateway, request, &key)) {
        reply_routing_error(request, stage, errors, 401, "authentication_error", "invalid_api_key", NULL,
                            "a valid gateway key is required: x-goog-api-key: KEY, ?key=KEY, or "
                            "Authorization: Bearer KEY");
        return;
    }
    char alt[16];
    if (dialect == &gemini_stream_generate_dialect
        && (!query_value(http_request_query(request), "alt", alt, sizeof alt) || strcmp(alt, "sse") != 0)) {
        reply_routing_error(request, stage, errors, 400, "invalid_request_error", "bad_request", "alt",
                            "streamGenerateContent is served as Server-Sent Events only: add ?alt=sse");
        return;
    }
    if (stage == ROUTING_COMPLETE) {
        exchange_start(gateway, request, dialect, key);
    }
}

static void route_request(struct gateway *gateway, struct http_request *request, enum routing_stage stage)
{
    const char *path = http_request_path(request);
    const char *method = http_request_method(request);
    if (method == NULL) {
        /* A method the parser has no name for ("FOO"): nothing to compare, nothing to allow. */
        reply_routing_error(request, stage, dialect_of_path(path), 400, "invalid_request_error", "unknown_method",
                            NULL, "unknown HTTP method");
        return;
    }
    if (gemini_path_is_dialect(path)) {
        route_gemini(gateway, request, method, path, stage);
        return;
    }
    for (size_t i = 0; i < sizeof api_routes / sizeof api_routes[0]; i++) {
        bool by_prefix = api_routes[i].endpoint == ENDPOINT_MODEL;
        size_t prefix_len = sizeof model_path_prefix - 1;
        if (by_prefix ? strncmp(path, model_path_prefix, prefix_len) != 0 || path[prefix_len] == '\0'
                      : strcmp(path, api_routes[i].path) != 0) {
            continue;
        }
        if (strcmp(method, api_routes[i].method) != 0) {
            http_add_header(request, "Allow", api_routes[i].method);
            reply_routing_error(request, stage, dialect_of_path(path), 405, "invalid_request_error",
                                "method_not_allowed", NULL, "method not allowed on this path");
            return;
        }
        const struct gateway_key *key = NULL;
        if (api_routes[i].needs_key && !authenticate(gateway, request, &key)) {
            http_add_header(request, "WWW-Authenticate", "Bearer");
            reply_routing_error(request, stage, dialect_of_path(path), 401, "authentication_error", "invalid_api_key",
                                NULL, "a valid gateway key is required: Authorization: Bearer KEY or x-api-key: KEY");
            return;
        }
        if (stage == ROUTING_HEAD) {
            return;
        }
        switch (api_routes[i].endpoint) {
        case ENDPOINT_EXCHANGE:
            exchange_start(gateway, request, api_routes[i].dialect, key);
            return;
        case ENDPOINT_MODELS:
            handle_models(gateway, request);
            return;
        case ENDPOINT_MODEL:
            handle_model(gateway, request, path + sizeof model_path_prefix - 1);
            return;
        case ENDPOINT_HEALTH:
            handle_health(request);
            return;
        case ENDPOINT_READY:
            handle_ready(gateway, request);
            return;
        case ENDPOINT_METRICS:
            handle_metrics(gateway, request);
            return;
        }
    }
    reply_routing_error(request, stage, dialect_of_path(path), 404, "invalid_request_error", "not_found", NULL,
                        "no such endpoint");
}

void gateway_handle(struct http_request *request, void *context)
{
    route_request(context, request, ROUTING_COMPLETE);
}

void gateway_check_head(struct http_request *request, void *context)
{
    route_request(context, request, ROUTING_HEAD);
}
