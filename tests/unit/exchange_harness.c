/* exchange_harness.c — see exchange_harness.h. */
#include "tests/unit/exchange_harness.h"

#include <event2/event.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "providers/breaker.h"
#include "proxy/exchange.h"
#include "proxy/keys.h"
#include "transforms/openai.h"

enum { CONFIG_TEXT_SIZE = 8192, MESSAGE_SIZE = 256 };

static const char harness_key_text[] = "harness-key";

const char harness_answer_json[] =
    "{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":"
    "{\"role\":\"assistant\",\"content\":\"hello\"},\"finish_reason\":\"stop\"}],"
    "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";

const char harness_stream_end[] =
    "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,"
    "\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";

size_t harness_text_chunk(char *out, size_t size, const char *text)
{
    return (size_t)snprintf(out, size,
                            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":"
                            "[{\"index\":0,\"delta\":{\"content\":\"%s\"}}]}\n\n", text);
}

struct harness {
    struct harness_route route;
    struct config config;
    struct generation generation;
    struct gateway gateway;
    struct event_base *base;
    struct breaker_store *store;
    struct http_request *request;
    double budget_baseline;
    unsigned violations;
    char message[MESSAGE_SIZE];
};

/* The fakes report into the harness that runs now: one at a time per process. */
static struct harness *running_harness;

void harness_violation(const char *format, ...)
{
    struct harness *harness = running_harness;
    if (harness == NULL) {
        return;
    }
    if (harness->violations++ == 0) {
        va_list args;
        va_start(args, format);
        vsnprintf(harness->message, sizeof harness->message, format, args);
        va_end(args);
    }
}

/* proxy/main.c's side of the gateway, which the harness does not link. */
void generation_release(struct gateway *gateway, struct generation *generation)
{
    (void)gateway;
    if (generation->users == 0) {
        harness_violation("a generation released more often than taken");
        return;
    }
    generation->users--;
}

void gateway_drained_check(struct gateway *gateway)
{
    (void)gateway;
}

static size_t write_config(const struct harness_route *route, char *text, size_t size)
{
    char hash[160];
    if (!key_hash_text(harness_key_text, sizeof harness_key_text - 1, hash, sizeof hash)) {
        abort();
    }
    size_t at = (size_t)snprintf(text, size,
                                 "{\"providers\":[{\"name\":\"p\",\"type\":\"openai\",\"base_url\":"
                                 "\"http://127.0.0.1:9/v1\",\"api_key\":\"k\"}],"
                                 "\"breaker\":{\"failures\":%d,\"cooldown_ms\":60000},"
                                 "\"keys\":[{\"name\":\"harness\",\"hash\":\"%s\",\"budget_usd_day\":1000}],"
                                 "\"prices\":{",
                                 route->breaker_failures > 0 ? route->breaker_failures : 1000, hash);
    for (size_t i = 0; i < route->targets; i++) {
        at += (size_t)snprintf(text + at, size - at, "%s\"p/m%zu\":{\"input\":1,\"output\":2}", i ? "," : "", i);
    }
    at += (size_t)snprintf(text + at, size - at, "},\"routes\":[{\"name\":\"r\",\"resume\":%s,",
                           route->resume ? "true" : "false");
    if (route->hedge_ms > 0) {
        at += (size_t)snprintf(text + at, size - at, "\"hedge_ms\":%ld,", route->hedge_ms);
    }
    at += (size_t)snprintf(text + at, size - at, "\"chain\":[");
    for (size_t i = 0; i < route->targets; i++) {
        at += (size_t)snprintf(text + at, size - at, "%s{\"target\":\"p/m%zu\",\"retries\":%d,\"timeout_ms\":60000",
                               i ? "," : "", i, route->retries);
        if (route->idle_ms > 0) {
            at += (size_t)snprintf(text + at, size - at, ",\"idle_ms\":%ld", route->idle_ms);
        }
        at += (size_t)snprintf(text + at, size - at, "}");
    }
    at += (size_t)snprintf(text + at, size - at, "]}]}");
    if (at >= size) {
        abort();
    }
    return at;
}

struct harness *harness_new(const struct harness_route *route)
{
    if (route->targets == 0 || route->targets > HARNESS_MAX_TARGETS) {
        return NULL;
    }
    struct harness *harness = calloc(1, sizeof *harness);
    if (harness == NULL) {
        abort();
    }
    running_harness = harness;
    harness->route = *route;
    char text[CONFIG_TEXT_SIZE], error[CONFIG_ERROR_SIZE];
    size_t len = write_config(route, text, sizeof text);
    config_init(&harness->config);
    if (!config_load_text(&harness->config, text, len, error)) {
        fprintf(stderr, "harness config refused: %s\n", error);
        abort();
    }
    harness->base = event_base_new();
    harness->store = breaker_store_create(64);
    if (harness->base == NULL || harness->store == NULL
        || !breaker_table_build(&harness->generation.breakers, harness->store, &harness->config.table,
                                &harness->config.breaker)) {
        abort();
    }
    harness->generation.config = &harness->config;
    struct gateway *gateway = &harness->gateway;
    gateway->base = harness->base;
    gateway->generation = &harness->generation;
    gateway->upstream = upstream_new(harness->base);
    gateway->limits = rate_limits_create(harness->config.key_count, 0, 1);
    gateway->metrics = metrics_create(1);
    gateway->access_log_fd = -1;
    if (gateway->upstream == NULL || gateway->limits == NULL || gateway->metrics == NULL) {
        abort();
    }
    rate_limits_set_worker_slot(gateway->limits, 0);
    metrics_set_worker_slot(gateway->metrics, 0);
    if (route->budget) {
        /* Another request's reservation: a double release would eat into it. */
        double committed;
        harness->budget_baseline = 1.0;
        if (!budget_reserve(gateway->limits, 0, &harness->config.keys[0], harness->budget_baseline,
                            (long)(time(NULL) / 86400), &committed)) {
            abort();
        }
    }
    return harness;
}

void harness_start(struct harness *harness)
{
    running_harness = harness;
    char body[256];
    snprintf(body, sizeof body,
             "{\"model\":\"r\",\"stream\":%s,\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}",
             harness->route.stream ? "true" : "false");
    struct fake_client_request_options options = { .path = "/v1/chat/completions", .body = body };
    harness->request = fake_client_request_new(&options);
    const struct gateway_key *key = harness->route.budget ? &harness->config.keys[0] : NULL;
    exchange_start(&harness->gateway, harness->request, &openai_dialect, key);
    fake_upstream_touch_bodies(harness->gateway.upstream);
}

void harness_free(struct harness *harness)
{
    if (harness == NULL) {
        return;
    }
    running_harness = harness;
    if (harness->request != NULL && !harness_request_over(harness)) {
        fake_client_abort(harness->request);
        harness_turn(harness);
    }
    fake_client_request_free(harness->request);
    upstream_free(harness->gateway.upstream);
    event_base_free(harness->base);
    breaker_table_release(&harness->generation.breakers);
    breaker_store_destroy(harness->store);
    rate_limits_destroy(harness->gateway.limits);
    metrics_destroy(harness->gateway.metrics);
    config_release(&harness->config);
    running_harness = NULL;
    free(harness);
}

/* ---- the provider side ---- */

size_t harness_transfer_count(const struct harness *harness)
{
    return fake_upstream_transfer_count(harness->gateway.upstream);
}

struct upstream_transfer *harness_transfer(const struct harness *harness, size_t index)
{
    return fake_upstream_transfer(harness->gateway.upstream, index);
}

size_t harness_live_count(const struct harness *harness)
{
    size_t live = 0;
    for (size_t i = 0; i < harness_transfer_count(harness); i++) {
        live += harness_transfer_state(harness_transfer(harness, i)) == FAKE_LIVE;
    }
    return live;
}

struct upstream_transfer *harness_live(const struct harness *harness, size_t index)
{
    for (size_t i = 0; i < harness_transfer_count(harness); i++) {
        struct upstream_transfer *transfer = harness_transfer(harness, i);
        if (harness_transfer_state(transfer) == FAKE_LIVE && index-- == 0) {
            return transfer;
        }
    }
    return NULL;
}

long harness_deliver(struct harness *harness, struct upstream_transfer *transfer, int status,
                     const char *content_type, const char *data, size_t len)
{
    running_harness = harness;
    long taken = fake_upstream_deliver(transfer, status, content_type, data, len);
    fake_upstream_touch_bodies(harness->gateway.upstream);
    return taken;
}

void harness_complete(struct harness *harness, struct upstream_transfer *transfer, enum upstream_outcome outcome,
                      int status, long retry_after_ms)
{
    running_harness = harness;
    fake_upstream_complete(transfer, outcome, status, retry_after_ms);
    fake_upstream_touch_bodies(harness->gateway.upstream);
}

/* ---- time ---- */

struct timer_list {
    struct event *events[HARNESS_MAX_TIMERS];
    struct timeval expiry[HARNESS_MAX_TIMERS];
    size_t count;
};

static int collect_timer(const struct event_base *base, const struct event *event, void *context)
{
    struct timer_list *list = context;
    (void)base;
    struct timeval expiry;
    if (!event_pending(event, EV_TIMEOUT, &expiry) || list->count == HARNESS_MAX_TIMERS) {
        return 0;
    }
    /* libevent hands out const pointers while iterating; firing needs the event itself. */
    struct event *writable;
    memcpy(&writable, &event, sizeof writable);
    list->events[list->count] = writable;
    list->expiry[list->count] = expiry;
    list->count++;
    return 0;
}

static bool fires_before(const struct timer_list *list, size_t a, size_t b)
{
    if (list->expiry[a].tv_sec != list->expiry[b].tv_sec) {
        return list->expiry[a].tv_sec < list->expiry[b].tv_sec;
    }
    return list->expiry[a].tv_usec < list->expiry[b].tv_usec;
}

static void list_timers(struct harness *harness, struct timer_list *list)
{
    list->count = 0;
    event_base_foreach_event(harness->base, collect_timer, list);
    for (size_t i = 1; i < list->count; i++) {
        for (size_t j = i; j > 0 && fires_before(list, j, j - 1); j--) {
            struct event *event = list->events[j];
            struct timeval expiry = list->expiry[j];
            list->events[j] = list->events[j - 1];
            list->expiry[j] = list->expiry[j - 1];
            list->events[j - 1] = event;
            list->expiry[j - 1] = expiry;
        }
    }
}

size_t harness_timers(struct harness *harness, struct event **out, size_t max)
{
    struct timer_list list;
    list_timers(harness, &list);
    size_t count = list.count < max ? list.count : max;
    memcpy(out, list.events, count * sizeof *out);
    return list.count;
}

bool harness_fire_timer(struct harness *harness, size_t index)
{
    running_harness = harness;
    struct timer_list list;
    list_timers(harness, &list);
    if (index >= list.count) {
        return false;
    }
    struct event *event = list.events[index];
    event_callback_fn callback = event_get_callback(event);
    void *argument = event_get_callback_arg(event);
    evutil_socket_t fd = event_get_fd(event);
    if ((event_get_events(event) & EV_PERSIST) == 0) {
        event_del(event);             /* as libevent does before running an expired timer */
    }
    callback(fd, EV_TIMEOUT, argument);
    fake_upstream_touch_bodies(harness->gateway.upstream);
    return true;
}

/* ---- the client side ---- */

void harness_client_abort(struct harness *harness)
{
    running_harness = harness;
    fake_client_abort(harness->request);
    fake_upstream_touch_bodies(harness->gateway.upstream);
}

void harness_set_client_backlog(struct harness *harness, size_t bytes)
{
    fake_client_set_backlog(harness->request, bytes);
}

void harness_client_drain(struct harness *harness)
{
    running_harness = harness;
    fake_client_set_backlog(harness->request, 0);
    fake_client_drain(harness->request);
}

void harness_turn(struct harness *harness)
{
    running_harness = harness;
    if (harness->request == NULL) {
        return;
    }
    fake_upstream_run_resumes(harness->gateway.upstream);
    fake_upstream_touch_bodies(harness->gateway.upstream);
    if (fake_client_request_done(harness->request) && !harness_request_over(harness)) {
        fake_client_request_end(harness->request, &harness->gateway);
    }
}

bool harness_request_over(const struct harness *harness)
{
    return harness->request != NULL && fake_client_request_ended(harness->request);
}

bool harness_request_held(const struct harness *harness)
{
    return harness->request != NULL && fake_client_request_is_held(harness->request);
}

int harness_client_status(const struct harness *harness)
{
    return fake_client_status(harness->request);
}

const char *harness_client_output(const struct harness *harness, size_t *len)
{
    return fake_client_output(harness->request, len);
}

bool harness_client_streamed(const struct harness *harness)
{
    return fake_client_streamed(harness->request);
}

const char *harness_client_header(const struct harness *harness, const char *name)
{
    return fake_client_response_header(harness->request, name);
}

/* ---- shared state ---- */

struct breaker *harness_breaker(struct harness *harness, size_t target)
{
    char label[32];
    snprintf(label, sizeof label, "p/m%zu", target);
    return breaker_table_find(&harness->generation.breakers, label);
}

const struct breaker_policy *harness_breaker_policy(const struct harness *harness)
{
    return &harness->config.breaker;
}

double harness_budget_reserved(const struct harness *harness)
{
    return budget_reserved(harness->gateway.limits, 0);
}

double harness_budget_baseline(const struct harness *harness)
{
    return harness->budget_baseline;
}

/* The value of gauge `name` in a metrics exposition `text` (0 when absent). */
static double gauge_in(const char *text, const char *name)
{
    double value = 0;
    size_t name_len = strlen(name);
    for (const char *line = text; line != NULL && *line != '\0';) {
        if (strncmp(line, name, name_len) == 0 && line[name_len] == ' ') {
            value = strtod(line + name_len + 1, NULL);
        }
        const char *next = strchr(line, '\n');
        line = next != NULL ? next + 1 : NULL;
    }
    return value;
}

/* Each gauge of `names` in `values`, from one exposition: writing one copies the whole
 * shared table, and the fuzzer checks after every request. */
static void harness_gauges(const struct harness *harness, const char *const *names, double *values, size_t count)
{
    struct arena arena;
    arena_init(&arena, 4096);
    struct buffer text;
    buffer_init(&text, &arena, 4096);
    metrics_write(harness->gateway.metrics, &text);
    for (size_t i = 0; i < count; i++) {
        values[i] = gauge_in(text.data, names[i]);
    }
    arena_release(&arena);
}

double harness_gauge(const struct harness *harness, const char *name)
{
    double value = 0;
    harness_gauges(harness, &name, &value, 1);
    return value;
}

/* ---- invariants ---- */

unsigned harness_violations(const struct harness *harness, const char **message)
{
    if (message != NULL) {
        *message = harness->violations ? harness->message : "";
    }
    return harness->violations;
}

unsigned harness_check(struct harness *harness, long probe_held_elsewhere, const char **message)
{
    running_harness = harness;
    if (harness->request == NULL || !harness_request_over(harness)) {
        harness_violation("the request is not over");
        return harness_violations(harness, message);
    }
    for (size_t i = 0; i < harness_transfer_count(harness); i++) {
        enum fake_transfer_state state = harness_transfer_state(harness_transfer(harness, i));
        if (state == FAKE_LIVE || state == FAKE_CANCEL_PENDING) {
            harness_violation("transfer %zu is still %s after the request ended", i,
                              state == FAKE_LIVE ? "live" : "awaiting removal");
        }
    }
    struct event *timers[HARNESS_MAX_TIMERS];
    size_t pending = harness_timers(harness, timers, HARNESS_MAX_TIMERS);
    if (pending != 0) {
        harness_violation("%zu timers still pending after the request ended", pending);
    }
    if (harness->route.budget && fabs(harness_budget_reserved(harness) - harness->budget_baseline) > 1e-6) {
        harness_violation("the budget reservation was not settled exactly once: %.6f reserved, %.6f expected",
                          harness_budget_reserved(harness), harness->budget_baseline);
    }
    static const char *const gauges[] = { "lethe_in_flight_requests", "lethe_open_streams" };
    double values[sizeof gauges / sizeof gauges[0]];
    harness_gauges(harness, gauges, values, sizeof gauges / sizeof gauges[0]);
    for (size_t i = 0; i < sizeof gauges / sizeof gauges[0]; i++) {
        if (values[i] != 0) {
            harness_violation("gauge %s is %g after the request ended", gauges[i], values[i]);
        }
    }
    if (harness->gateway.in_flight != 0 || harness->generation.users != 0) {
        harness_violation("in flight %lu, generation users %lu after the request ended", harness->gateway.in_flight,
                          harness->generation.users);
    }
    for (size_t i = 0; i < harness->route.targets; i++) {
        struct breaker *breaker = harness_breaker(harness, i);
        if ((long)i != probe_held_elsewhere && breaker != NULL && breaker->probe_in_flight) {
            harness_violation("the breaker of p/m%zu still has a probe in flight", i);
        }
    }
    unsigned answers = fake_client_answers(harness->request);
    if (answers > 1 || (answers == 0 && fake_client_status(harness->request) == 0
                        && !fake_client_request_aborted(harness->request))) {
        harness_violation("the client got %u answers", answers);
    }
    return harness_violations(harness, message);
}
