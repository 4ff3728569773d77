/* worker.c — see worker.h. */
#include "proxy/worker.h"

#include <event2/event.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "proxy/cluster.h"
#include "proxy/gateway.h"
#include "proxy/generation.h"
#include "proxy/log.h"
#include "transforms/foundation/clock.h"
#include "transforms/foundation/wipe_alloc.h"

/* The gateway and the events that belong to the worker rather than to a request. */
struct worker {
    struct gateway gateway;
    const struct process_state *process;
    struct event *reload_event;
    struct event *stop_term;
    struct event *stop_int;
};

static void on_telemetry_flushed(void *context)
{
    struct gateway *gateway = context;
    event_base_loopexit(gateway->base, NULL);
}

void gateway_drained_check(struct gateway *gateway)
{
    if (!gateway->draining || gateway->in_flight != 0 || gateway->flushing) {
        return;
    }
    if (telemetry_idle(gateway->telemetry)) {
        event_base_loopexit(gateway->base, NULL);
        return;
    }
    /* The last usage events go out before the loop ends (the drain timer still bounds it). */
    gateway->flushing = true;
    telemetry_flush(gateway->telemetry, on_telemetry_flushed, gateway);
}

static void on_drain_timeout(evutil_socket_t fd, short events, void *arg)
{
    struct gateway *gateway = arg;
    (void)fd;
    (void)events;
    log_info("drain: %lu request%s still in flight after %ld ms: stopping them", gateway->in_flight,
             gateway->in_flight == 1 ? "" : "s", gateway->generation->config->drain_timeout_ms);
    event_base_loopexit(gateway->base, NULL);
}

/* SIGTERM or SIGINT: /readyz answers 503 at once, the listener closes, what is in flight
 * finishes (up to drain_timeout_ms), then the loop ends and the process exits 0. A second
 * signal stops at once. */
static void on_stop_signal(evutil_socket_t signal_number, short events, void *arg)
{
    struct gateway *gateway = arg;
    (void)events;
    if (gateway->draining) {
        log_info("signal %d again: stopping now", (int)signal_number);
        event_base_loopexit(gateway->base, NULL);
        return;
    }
    gateway->draining = true;
    server_stop_accepting(gateway->server);
    log_info("signal %d: draining %lu request%s in flight", (int)signal_number, gateway->in_flight,
             gateway->in_flight == 1 ? "" : "s");
    struct timeval delay = timeval_from_ms(gateway->generation->config->drain_timeout_ms);
    gateway->drain_timer = evtimer_new(gateway->base, on_drain_timeout, gateway);
    evtimer_add(gateway->drain_timer, &delay);
    gateway_drained_check(gateway);
}

static void on_reload_signal(evutil_socket_t signal_number, short events, void *arg)
{
    struct worker *worker = arg;
    (void)signal_number;
    (void)events;
    generation_reload(&worker->gateway, worker->process->config_path);
}

static void on_audit_sync(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    audit_sync(arg);
}

/* Retry jitter (random() in proxy/exchange.c) is seeded in each worker, after the fork:
 * seeded once before it, every worker drew the same delays, and their retries to a
 * recovering provider arrived together. */
static void seed_retry_jitter(void)
{
    unsigned seed;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        seed = (unsigned)getpid() ^ (unsigned)now.tv_nsec ^ (unsigned)now.tv_sec;
    }
    srandom(seed);
}

/* The event loop, one pass at a time. After each pass the stack below this frame (every
 * callback of the pass ran there) and the vector registers are wiped: whatever path a
 * request or a connection took (answered, refused before it had a request, aborted, cut
 * by a timeout), the bytes its code left in dead frames and registers are gone before the
 * loop sleeps again, by construction rather than by a wipe at each place content ends.
 * About 0.2 µs a pass. */
static void run_loop_wiping(struct event_base *base)
{
    for (;;) {
        int result = event_base_loop(base, EVLOOP_ONCE);
        wipe_stack();
        if (result != 0 || event_base_got_exit(base) || event_base_got_break(base)) {
            return;
        }
    }
}

/* The loop, the upstream client and the first generation: main's config and scrubber. */
static bool open_loop(struct worker *worker)
{
    struct gateway *gateway = &worker->gateway;
    /* The changelist folds the add/modify/delete of one descriptor within a loop turn
     * into one epoll_ctl: pause, resume and libcurl's socket updates come in bursts. */
    struct event_config *event_config = event_config_new();
    event_config_set_flag(event_config, EVENT_BASE_FLAG_EPOLL_USE_CHANGELIST);
    gateway->base = event_base_new_with_config(event_config);
    event_config_free(event_config);
    gateway->upstream = gateway->base ? upstream_new(gateway->base) : NULL;
    return gateway->upstream != NULL
           && generation_first(gateway, worker->process->config, worker->process->scrubber);
}

static bool open_server(struct worker *worker, enum worker_role role)
{
    struct gateway *gateway = &worker->gateway;
    const struct config *config = gateway->generation->config;
    char error[256];
    struct server_options server_options = {
        .host = config->listen_host,
        .port = config->listen_port,
        .max_body_bytes = config->max_body_bytes,
        .max_header_bytes = config->max_header_bytes,
        .header_timeout_ms = config->header_timeout_ms,
        .body_timeout_ms = config->body_timeout_ms,
        .idle_timeout_ms = config->idle_timeout_ms,
        .max_connections = config->max_connections,
        .tls_cert = config->tls_cert,
        .tls_key = config->tls_key,
        .reuse_port = role == WORKER_OF_MASTER,
        .handler = gateway_handle,
        .head_handler = gateway_check_head,
        .refuse = gateway_refuse,
        .refuse_head = gateway_refuse_head,
        .on_finished = gateway_on_finished,
        .context = gateway,
    };
    gateway->server = server_new(gateway->base, &server_options, error, sizeof error);
    if (gateway->server == NULL) {
        log_error("%s", error);
        return false;
    }
    return true;
}

/* SIGHUP, SIGTERM and SIGINT become events of the loop, then are unblocked: a worker the
 * master forks starts with them blocked, so a signal sent while it was starting waited for
 * these handlers instead of killing it half-started. */
static void handle_signals(struct worker *worker)
{
    struct gateway *gateway = &worker->gateway;
    worker->reload_event = evsignal_new(gateway->base, SIGHUP, on_reload_signal, worker);
    event_add(worker->reload_event, NULL);
    atomic_uint *reloads_seen = worker->process->reloads_seen;
    if (reloads_seen != NULL && atomic_load(reloads_seen) > 0) {
        generation_reload(gateway, worker->process->config_path);   /* started after a SIGHUP: the latest file */
    }
    worker->stop_term = evsignal_new(gateway->base, SIGTERM, on_stop_signal, gateway);
    worker->stop_int = evsignal_new(gateway->base, SIGINT, on_stop_signal, gateway);
    event_add(worker->stop_term, NULL);
    event_add(worker->stop_int, NULL);
    sigset_t handled;
    process_signal_set(&handled);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

static void start_audit_timer(struct gateway *gateway, long period_ms)
{
    if (gateway->audit == NULL) {
        return;
    }
    struct timeval interval = timeval_from_ms(period_ms);
    gateway->audit_timer = event_new(gateway->base, -1, EV_PERSIST, on_audit_sync, gateway->audit);
    event_add(gateway->audit_timer, &interval);
}

static void free_event(struct event *event)
{
    if (event != NULL) {
        event_free(event);
    }
}

/* Frees what open_loop, open_server and the rest made, in the reverse order; what was not
 * made is NULL. The audit chain is synced one last time. */
static void close_worker(struct worker *worker)
{
    struct gateway *gateway = &worker->gateway;
    free_event(worker->stop_term);
    free_event(worker->stop_int);
    free_event(worker->reload_event);
    free_event(gateway->drain_timer);
    free_event(gateway->trim_timer);
    if (gateway->audit_timer != NULL) {
        event_free(gateway->audit_timer);
        audit_sync(gateway->audit);
    }
    server_free(gateway->server);
    cluster_free(gateway->cluster);                 /* after the requests that waited on it */
    telemetry_free(gateway->telemetry);
    upstream_free(gateway->upstream);
    generation_free_current(gateway);
    if (gateway->base != NULL) {
        event_base_free(gateway->base);
    }
}

enum exit_status worker_run(const struct process_state *process, enum worker_role role)
{
    seed_retry_jitter();
    struct worker worker = {
        .process = process,
        .gateway = { .limits = process->limits, .access_log_fd = process->access_log_fd, .audit = process->audit,
                     .metrics = process->metrics, .breakers = process->breakers },
    };
    if (!open_loop(&worker)) {
        log_error("cannot create the event loop");
        close_worker(&worker);
        return EXIT_STATUS_FAILURE;
    }
    if (!open_server(&worker, role)) {
        close_worker(&worker);
        return EXIT_STATUS_FAILURE;
    }
    handle_signals(&worker);
    const struct config *config = process->config;
    if (config->cluster.redis != NULL) {
        /* Before the first request: it connects while the loop starts. */
        worker.gateway.cluster = cluster_new(worker.gateway.base, &config->cluster, &worker.gateway);
        if (worker.gateway.cluster == NULL) {
            log_error("cannot create the cluster client");
            close_worker(&worker);
            return EXIT_STATUS_FAILURE;
        }
    }
    worker.gateway.telemetry = telemetry_new(worker.gateway.base, worker.gateway.upstream, &config->telemetry);
    start_audit_timer(&worker.gateway, config->audit_fsync_ms);
    /* Each open stream holds a client and an upstream descriptor: the limit says how many
     * streams this worker can carry (raised to the hard limit at start-up). */
    log_info("listening on %s:%d; open files limit %lu (found %lu)", config->listen_host, config->listen_port,
             process->descriptors.now, process->descriptors.found);
    run_loop_wiping(worker.gateway.base);
    close_worker(&worker);
    return EXIT_STATUS_OK;
}
