/* cluster.c — see cluster.h. */
#include "proxy/cluster.h"

#include <arpa/inet.h>
#include <event2/event.h>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* hiredis's adapter is a header of static functions written for older warning sets. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include <hiredis/adapters/libevent.h>
#pragma GCC diagnostic pop

#include "proxy/gateway.h"
#include "proxy/log.h"
#include "transforms/foundation/clock.h"

enum { BACKOFF_FIRST_MS = 50, BACKOFF_MAX_MS = 2000, HUNG_MIN_MS = 1000, HUNG_TIMEOUTS = 8 };

enum cluster_health {
    CLUSTER_DOWN,              /* no connection: waiting for the next attempt */
    CLUSTER_CONNECTING,        /* connecting, authenticating, loading scripts */
    CLUSTER_READY,
};

/* One script call in flight. Freed when hiredis answers it (or drops it). */
struct cluster_call {
    struct cluster *cluster;
    struct cluster_call *previous, *next;     /* in flight, oldest first */
    cluster_reply_fn on_reply;
    void *context;
    long long sent_us;
    bool resent;                              /* sent again as EVAL after a NOSCRIPT */
    struct cluster_command command;
};

struct cluster {
    struct event_base *base;
    struct gateway *gateway;
    struct cluster_options options;
    redisAsyncContext *redis;                 /* NULL while down */
    enum cluster_health health;
    unsigned setup_pending;                   /* AUTH, SELECT, SCRIPT LOAD replies awaited */
    long long connect_started_us;
    long backoff_ms;
    struct event *retry_timer, *tick_timer, *reset_event;
    struct cluster_call *oldest, *newest;
    unsigned breaker_calls;                   /* the last tick's, still unanswered */
    bool said_unavailable;                    /* the log line, once per outage */
    bool said_connect_problem;                /* likewise for why it cannot connect */
    bool unresolvable;                        /* the host name did not resolve at start-up */
    bool counted_connected;                   /* in the lethe_cluster_connected gauge */
    char shas[CLUSTER_SCRIPT_COUNT][41];
};

static long long now_us(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000 + now.tv_nsec / 1000;
}

void cluster_count_error(struct cluster *cluster, const char *kind)
{
    char labels[48];
    snprintf(labels, sizeof labels, "kind=\"%s\"", kind);
    metrics_add(cluster->gateway->metrics, METRIC_COUNTER, "lethe_cluster_errors_total", labels, 1);
}

static void set_connected(struct cluster *cluster, bool connected)
{
    if (cluster->counted_connected != connected) {
        cluster->counted_connected = connected;
        metrics_add(cluster->gateway->metrics, METRIC_GAUGE, "lethe_cluster_connected", "", connected ? 1 : -1);
    }
}

/* A usable context: not being torn down by hiredis. */
static bool context_usable(const struct cluster *cluster)
{
    return cluster->redis != NULL && (cluster->redis->c.flags & (REDIS_DISCONNECTING | REDIS_FREEING)) == 0;
}

/* ---- the breakers ---- */

/* The cluster is out of reach: every breaker decides on this machine's own state again. */
static void forget_breakers(struct cluster *cluster)
{
    const struct breaker_table *table = &cluster->gateway->generation->breakers;
    for (size_t i = 0; i < table->count; i++) {
        breaker_cluster_forget(table->breakers[i]);
    }
}

struct breaker_call {
    struct cluster *cluster;
    struct breaker *breaker;                  /* in the shared store: outlives a reload */
    bool pushed_verdict;                      /* this call shared our probe's verdict */
};

static void on_breaker_reply(void *context, const struct cluster_reply *reply)
{
    struct breaker_call *call = context;
    struct cluster *cluster = call->cluster;
    cluster->breaker_calls--;
    if (!reply->ok || reply->count < 3) {
        free(call);
        return;
    }
    long long remaining = reply->values[0], latency_us = reply->values[2];
    bool claimed = reply->values[1] == 1;
    /* The script never holds a circuit past the longest cooldown; a larger number (a
     * broken or hostile Redis) would overflow the deadline below. */
    long max_cooldown_ms = cluster->gateway->generation->config->breaker.max_cooldown_ms;
    if (remaining > max_cooldown_ms) {
        remaining = max_cooldown_ms;
    }
    if (call->pushed_verdict) {
        breaker_cluster_probe_done(call->breaker);
    }
    if (remaining < 0) {
        /* The policy of the generation current now (a reload may have come in between). */
        breaker_cluster_close(call->breaker, &cluster->gateway->generation->config->breaker);
    } else if (claimed) {
        breaker_cluster_grant_probe(call->breaker, clock_monotonic_ms());
    } else {
        breaker_cluster_hold(call->breaker, clock_monotonic_ms() + remaining);
    }
    if (latency_us >= 0) {
        breaker_cluster_latency(call->breaker, (double)latency_us / 1000.0);
    }
    free(call);
}

/* What this machine has to tell the cluster about one target, and the call that does. */
static void share_breaker(struct cluster *cluster, struct breaker *breaker)
{
    struct breaker_view view;
    breaker_view(breaker, &view);
    /* Taken here, sent below: if the call cannot go, these outcomes are not shared. */
    int failures;
    long long success_age_ms;
    breaker_cluster_take_outcomes(breaker, clock_monotonic_ms(), &failures, &success_age_ms);
    long long now = clock_monotonic_ms();
    const struct config *config = cluster->gateway->generation->config;
    bool probe_failed = view.cluster_probe && view.state == BREAKER_OPEN && view.open_until_ms > now;
    struct cluster_breaker_args args = {
        .prefix = cluster->options.prefix,
        .label = breaker->label,
        /* Opened here (by its own failures, or by our probe's): the cluster learns for how long. */
        .open_for_ms = view.state == BREAKER_OPEN && !view.cluster_held && view.open_until_ms > now
                           ? view.open_until_ms - now : 0,
        .closed = view.cluster_probe && view.state == BREAKER_CLOSED,
        .want_probe = !view.cluster_probe,
        /* A probe's attempt ends within its deadline; the local rule gives up on one after
         * max_cooldown_ms, and so does the claim. */
        .probe_ttl_ms = config->breaker.max_cooldown_ms,
        .latency_us = view.latency_ms >= 0 && view.latency_ms != view.shared_latency_ms
                          ? (long long)(view.latency_ms * 1000.0) : -1,
        .failures = failures,
        .success_age_ms = success_age_ms,
        .failures_to_open = config->breaker.failures,
        .cooldown_ms = config->breaker.cooldown_ms,
    };
    struct cluster_command command;
    struct breaker_call *call = calloc(1, sizeof *call);
    if (call == NULL || !cluster_build_breaker(&command, cluster->shas[CLUSTER_SCRIPT_BREAKER], &args)) {
        free(call);
        return;
    }
    *call = (struct breaker_call){ .cluster = cluster, .breaker = breaker,
                                   .pushed_verdict = args.closed || probe_failed };
    if (!cluster_call(cluster, &command, on_breaker_reply, call)) {
        free(call);
        return;
    }
    cluster->breaker_calls++;
}

static void share_breakers(struct cluster *cluster)
{
    if (cluster->breaker_calls > 0) {
        return;                     /* the last round is not answered yet: no pile-up */
    }
    const struct breaker_table *table = &cluster->gateway->generation->breakers;
    for (size_t i = 0; i < table->count; i++) {
        share_breaker(cluster, table->breakers[i]);
    }
}

/* ---- calls ---- */

static void link_call(struct cluster *cluster, struct cluster_call *call)
{
    call->previous = cluster->newest;
    call->next = NULL;
    if (cluster->newest != NULL) {
        cluster->newest->next = call;
    } else {
        cluster->oldest = call;
    }
    cluster->newest = call;
}

static void unlink_call(struct cluster *cluster, struct cluster_call *call)
{
    if (call->previous != NULL) {
        call->previous->next = call->next;
    } else {
        cluster->oldest = call->next;
    }
    if (call->next != NULL) {
        call->next->previous = call->previous;
    } else {
        cluster->newest = call->previous;
    }
    call->previous = call->next = NULL;
}

static void finish_call(struct cluster_call *call, const struct cluster_reply *reply)
{
    call->on_reply(call->context, reply);
    free(call);
}

static void on_call_reply(redisAsyncContext *redis, void *raw_reply, void *privdata);

static bool send_call(struct cluster *cluster, struct cluster_call *call)
{
    if (redisAsyncCommandArgv(cluster->redis, on_call_reply, call, call->command.count, call->command.argv,
                              call->command.lengths) != REDIS_OK) {
        return false;
    }
    link_call(cluster, call);
    return true;
}

/* NOSCRIPT: Redis lost its scripts (a restart, SCRIPT FLUSH). EVAL runs the source and
 * caches it again, so the calls after this one find it by SHA. */
static bool resend_as_eval(struct cluster *cluster, struct cluster_call *call)
{
    if (call->resent || !context_usable(cluster)) {
        return false;
    }
    call->resent = true;
    call->command.argv[0] = "EVAL";
    call->command.lengths[0] = 4;
    call->command.argv[1] = cluster_script_source(call->command.script);
    call->command.lengths[1] = strlen(call->command.argv[1]);
    metrics_add(cluster->gateway->metrics, METRIC_COUNTER, "lethe_cluster_script_reloads_total", "", 1);
    return send_call(cluster, call);
}

static void read_reply(const redisReply *raw, struct cluster_reply *reply)
{
    reply->ok = true;
    if (raw->type == REDIS_REPLY_INTEGER) {
        reply->count = 1;
        reply->values[0] = raw->integer;
        return;
    }
    if (raw->type != REDIS_REPLY_ARRAY) {
        reply->ok = false;
        return;
    }
    for (size_t i = 0; i < raw->elements && reply->count < CLUSTER_REPLY_VALUES; i++) {
        const redisReply *element = raw->element[i];
        if (element->type != REDIS_REPLY_INTEGER) {
            /* Every script answers integers only: anything else is no answer, not a verdict. */
            reply->ok = false;
            reply->count = 0;
            return;
        }
        reply->values[reply->count++] = element->integer;
    }
}

static void on_call_reply(redisAsyncContext *redis, void *raw_reply, void *privdata)
{
    struct cluster_call *call = privdata;
    struct cluster *cluster = call->cluster;
    const redisReply *raw = raw_reply;
    (void)redis;
    unlink_call(cluster, call);
    struct cluster_reply reply = { 0 };
    if (raw == NULL) {
        cluster_count_error(cluster, "disconnected");
        finish_call(call, &reply);
        return;
    }
    if (raw->type == REDIS_REPLY_ERROR && strncmp(raw->str, "NOSCRIPT", 8) == 0 && resend_as_eval(cluster, call)) {
        return;
    }
    long long round_trip_us = now_us() - call->sent_us;
    metrics_observe_seconds(cluster->gateway->metrics, "lethe_cluster_redis_seconds", "", (double)round_trip_us / 1e6);
    if (raw->type == REDIS_REPLY_ERROR) {
        /* Redis's own words (a script error, OOM, READONLY): never anything a client sent. */
        cluster_count_error(cluster, "reply");
        log_error("cluster: Redis answered an error: %.200s", raw->str);
    } else {
        read_reply(raw, &reply);
    }
    if (reply.ok && cluster->said_unavailable && round_trip_us <= cluster->options.timeout_ms * 1000LL) {
        /* It was only slow: the next outage is worth a line again. */
        log_info("cluster: Redis answers in time again: limits, budgets and breakers are shared again");
        cluster->said_unavailable = false;
    }
    finish_call(call, &reply);
}

bool cluster_call(struct cluster *cluster, const struct cluster_command *command, cluster_reply_fn on_reply,
                  void *context)
{
    if (cluster == NULL || cluster->health != CLUSTER_READY || !context_usable(cluster) || command->overflow) {
        return false;
    }
    struct cluster_call *call = malloc(sizeof *call);
    if (call == NULL) {
        return false;
    }
    *call = (struct cluster_call){ .cluster = cluster, .on_reply = on_reply, .context = context,
                                   .sent_us = now_us(), .command = *command };
    /* The copy's pointers must point into the copy's own bytes. */
    for (int i = 0; i < call->command.count; i++) {
        call->command.argv[i] = call->command.bytes + (command->argv[i] - command->bytes);
    }
    if (!send_call(cluster, call)) {
        free(call);
        return false;
    }
    return true;
}

/* ---- the connection ---- */

static void connect_now(struct cluster *cluster);

static void schedule_retry(struct cluster *cluster)
{
    struct timeval delay = timeval_from_ms(cluster->backoff_ms);
    cluster->backoff_ms = cluster->backoff_ms * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : cluster->backoff_ms * 2;
    evtimer_add(cluster->retry_timer, &delay);
}

static void went_down(struct cluster *cluster)
{
    cluster->redis = NULL;
    if (cluster->health == CLUSTER_READY) {
        log_error("cluster: lost Redis: reconnecting");
    }
    cluster->health = CLUSTER_DOWN;
    set_connected(cluster, false);
    forget_breakers(cluster);
    schedule_retry(cluster);
}

static void on_connect(const redisAsyncContext *redis, int status)
{
    struct cluster *cluster = redis->data;
    if (status != REDIS_OK) {
        /* hiredis frees the context after this: its pending setup replies come back NULL. */
        cluster_count_error(cluster, "connect");
        went_down(cluster);
    }
}

static void on_disconnect(const redisAsyncContext *redis, int status)
{
    struct cluster *cluster = redis->data;
    (void)status;
    if (cluster->redis == redis) {
        went_down(cluster);
    }
}

static void on_setup_reply(redisAsyncContext *redis, void *raw_reply, void *privdata)
{
    struct cluster *cluster = privdata;
    const redisReply *raw = raw_reply;
    if (raw == NULL || redis != cluster->redis || cluster->health != CLUSTER_CONNECTING) {
        return;
    }
    if (raw->type == REDIS_REPLY_ERROR) {
        cluster_count_error(cluster, "setup");
        if (!cluster->said_connect_problem) {
            cluster->said_connect_problem = true;
            log_error("cluster: Redis refused the connection's setup: %.200s", raw->str);
        }
        cluster->health = CLUSTER_DOWN;
        event_active(cluster->reset_event, EV_TIMEOUT, 1);    /* freed outside hiredis's callback */
        return;
    }
    if (--cluster->setup_pending > 0) {
        return;
    }
    cluster->health = CLUSTER_READY;
    cluster->backoff_ms = BACKOFF_FIRST_MS;
    cluster->said_connect_problem = false;
    set_connected(cluster, true);
    if (cluster->said_unavailable) {
        log_info("cluster: Redis is back: limits, budgets and breakers are shared again");
        cluster->said_unavailable = false;
    }
}

static void setup_command(struct cluster *cluster, int argc, const char **argv)
{
    if (redisAsyncCommandArgv(cluster->redis, on_setup_reply, cluster, argc, argv, NULL) == REDIS_OK) {
        cluster->setup_pending++;
    }
}

/* Queued before the connection is up: hiredis sends them first, in this order. */
static void queue_setup(struct cluster *cluster)
{
    cluster->setup_pending = 0;
    if (cluster->options.password != NULL) {
        const char *auth[] = { "AUTH", cluster->options.password };
        setup_command(cluster, 2, auth);
    }
    char database[16];
    if (cluster->options.address.transport == CLUSTER_TCP && cluster->options.address.database != 0) {
        snprintf(database, sizeof database, "%d", cluster->options.address.database);
        const char *select[] = { "SELECT", database };
        setup_command(cluster, 2, select);
    }
    for (int script = 0; script < CLUSTER_SCRIPT_COUNT; script++) {
        const char *load[] = { "SCRIPT", "LOAD", cluster_script_source((enum cluster_script)script) };
        setup_command(cluster, 3, load);
    }
}

/* hiredis resolves a host name with a blocking getaddrinfo at every connect: resolve it
 * once here, at start-up, and connect to the address from then on, so that no reconnect
 * ever blocks the loop. A name that does not resolve leaves the cluster unavailable for
 * this process (on_unavailable decides), said once. */
static void resolve_once(struct cluster *cluster)
{
    struct cluster_address *address = &cluster->options.address;
    unsigned char numeric[sizeof(struct in6_addr)];
    if (address->transport != CLUSTER_TCP || inet_pton(AF_INET, address->host, numeric) == 1
        || inet_pton(AF_INET6, address->host, numeric) == 1) {
        return;
    }
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM };
    struct addrinfo *found = NULL;
    if (getaddrinfo(address->host, NULL, &hints, &found) != 0 || found == NULL) {
        cluster->unresolvable = true;
        log_error("cluster: the Redis host name does not resolve: shared limits are unavailable until a restart");
        return;
    }
    char text[INET6_ADDRSTRLEN] = "";
    const void *where = found->ai_family == AF_INET6 ? (const void *)&((struct sockaddr_in6 *)found->ai_addr)->sin6_addr
                                                      : (const void *)&((struct sockaddr_in *)found->ai_addr)->sin_addr;
    if (inet_ntop(found->ai_family, where, text, sizeof text) != NULL) {
        snprintf(address->host, sizeof address->host, "%s", text);
    }
    freeaddrinfo(found);
}

static void connect_now(struct cluster *cluster)
{
    const struct cluster_address *address = &cluster->options.address;
    if (cluster->unresolvable) {
        cluster_count_error(cluster, "connect");
        cluster->health = CLUSTER_DOWN;
        return;
    }
    redisAsyncContext *redis = address->transport == CLUSTER_UNIX ? redisAsyncConnectUnix(address->path)
                                                                 : redisAsyncConnect(address->host, address->port);
    if (redis == NULL || redis->err) {
        if (redis != NULL) {
            if (!cluster->said_connect_problem) {
                cluster->said_connect_problem = true;
                log_error("cluster: cannot connect to Redis: %.200s", redis->errstr);
            }
            redisAsyncFree(redis);
        }
        cluster_count_error(cluster, "connect");
        cluster->health = CLUSTER_DOWN;
        schedule_retry(cluster);
        return;
    }
    redis->data = cluster;
    cluster->redis = redis;
    cluster->health = CLUSTER_CONNECTING;
    cluster->connect_started_us = now_us();
    redisLibeventAttach(redis, cluster->base);
    redisAsyncSetConnectCallback(redis, on_connect);
    redisAsyncSetDisconnectCallback(redis, on_disconnect);
    queue_setup(cluster);
}

static void on_retry(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    connect_now(arg);
}

/* Drop the connection now: every call in flight is answered (ok false), then
 * on_disconnect (or nothing, if it never connected) marks it down. */
static void reset_connection(struct cluster *cluster)
{
    redisAsyncContext *redis = cluster->redis;
    if (redis == NULL) {
        return;
    }
    bool was_connected = (redis->c.flags & REDIS_CONNECTED) != 0;
    redisAsyncFree(redis);
    if (!was_connected && cluster->redis == redis) {
        went_down(cluster);
    }
}

static void on_reset(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    reset_connection(arg);
}

/* Every timeout_ms / 2: a Redis that stopped answering is dropped; the breakers are shared. */
static void on_tick(evutil_socket_t fd, short events, void *arg)
{
    struct cluster *cluster = arg;
    (void)fd;
    (void)events;
    long long hung_us = (long long)cluster->options.timeout_ms * HUNG_TIMEOUTS * 1000;
    hung_us = hung_us < HUNG_MIN_MS * 1000LL ? HUNG_MIN_MS * 1000LL : hung_us;
    bool stuck_connecting = cluster->health == CLUSTER_CONNECTING && now_us() - cluster->connect_started_us > hung_us;
    if (stuck_connecting || (cluster->oldest != NULL && now_us() - cluster->oldest->sent_us > hung_us)) {
        log_error("cluster: Redis has not answered for %lld ms: reconnecting", hung_us / 1000);
        cluster_count_error(cluster, "hung");
        reset_connection(cluster);
        return;
    }
    if (cluster->health == CLUSTER_READY) {
        share_breakers(cluster);
    }
}

struct cluster *cluster_new(struct event_base *base, const struct cluster_options *options, struct gateway *gateway)
{
    struct cluster *cluster = calloc(1, sizeof *cluster);
    if (cluster == NULL) {
        return NULL;
    }
    cluster->base = base;
    cluster->gateway = gateway;
    cluster->options = *options;
    cluster->backoff_ms = BACKOFF_FIRST_MS;
    for (int script = 0; script < CLUSTER_SCRIPT_COUNT; script++) {
        cluster_script_sha((enum cluster_script)script, cluster->shas[script]);
    }
    cluster->retry_timer = evtimer_new(base, on_retry, cluster);
    cluster->reset_event = event_new(base, -1, 0, on_reset, cluster);
    cluster->tick_timer = event_new(base, -1, EV_PERSIST, on_tick, cluster);
    if (cluster->retry_timer == NULL || cluster->reset_event == NULL || cluster->tick_timer == NULL) {
        cluster_free(cluster);
        return NULL;
    }
    long period_ms = options->timeout_ms / 2 > 5 ? options->timeout_ms / 2 : 5;
    struct timeval period = timeval_from_ms(period_ms);
    event_add(cluster->tick_timer, &period);
    resolve_once(cluster);
    connect_now(cluster);
    return cluster;
}

void cluster_free(struct cluster *cluster)
{
    if (cluster == NULL) {
        return;
    }
    if (cluster->tick_timer != NULL) {
        event_free(cluster->tick_timer);
        cluster->tick_timer = NULL;
    }
    if (cluster->redis != NULL) {
        redisAsyncContext *redis = cluster->redis;
        /* The loop has ended: the last settlements, queued by the last exchanges, would
         * never be written. One non-blocking write sends them; their replies are not awaited. */
        if (context_usable(cluster) && (redis->c.flags & REDIS_CONNECTED) != 0) {
            redisAsyncHandleWrite(redis);   /* a failed write frees the context (on_disconnect) */
        }
    }
    if (cluster->redis != NULL) {
        cluster->health = CLUSTER_DOWN;
        redisAsyncFree(cluster->redis);     /* answers every call in flight, then on_disconnect */
    }
    set_connected(cluster, false);
    if (cluster->retry_timer != NULL) {
        event_free(cluster->retry_timer);
    }
    if (cluster->reset_event != NULL) {
        event_free(cluster->reset_event);
    }
    free(cluster);
}

bool cluster_ready(const struct cluster *cluster)
{
    return cluster != NULL && cluster->health == CLUSTER_READY && context_usable(cluster);
}

const struct cluster_options *cluster_options(const struct cluster *cluster)
{
    return &cluster->options;
}

const char *cluster_sha(const struct cluster *cluster, enum cluster_script script)
{
    return cluster->shas[script];
}

void cluster_note_fallback(struct cluster *cluster, enum cluster_failure why)
{
    bool local = cluster->options.on_unavailable == CLUSTER_FALLBACK_LOCAL;
    metrics_add(cluster->gateway->metrics, METRIC_COUNTER, "lethe_cluster_fallbacks_total",
                local ? "mode=\"local\"" : "mode=\"closed\"", 1);
    if (why == CLUSTER_FAILED_TIMEOUT) {
        cluster_count_error(cluster, "timeout");
    }
    if (!cluster->said_unavailable) {
        cluster->said_unavailable = true;
        log_error("cluster: Redis is %s: %s", why == CLUSTER_FAILED_TIMEOUT ? "too slow" : "unavailable",
                  local ? "using this machine's own limits until it is back"
                        : "refusing what needs the shared store (503) until it is back");
    }
}

const char *cluster_state_name(const struct cluster *cluster)
{
    /* Reconnecting is unavailable too: nothing shared can be used until it is ready. */
    return cluster_ready(cluster) ? "connected" : "unavailable";
}
