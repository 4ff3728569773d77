/* exchange_harness.h — one exchange (proxy/exchange.c, attempts.c, admission.c) driven step by step, with no
 * network, no libcurl, no HTTP server and no wall clock deciding anything.
 *
 * The harness links the core without proxy/server.c and proxy/upstream.c; in their place
 * tests/unit/fake_client.c implements proxy/server.h and tests/unit/fake_upstream.c
 * implements proxy/upstream.h. The fakes record every call and let the caller deliver
 * what a provider would (a status, body pieces, a completion) and what a client would
 * (leaving, draining its backlog).
 *
 * Time: the exchange's timers are ordinary libevent timers on an event_base the harness
 * owns but never runs. harness_timers lists the pending ones (event_base_foreach_event)
 * and harness_fire_timer runs one the way libevent would when it expires (a one-shot
 * timer is removed first, a persistent one stays). So a test decides, event by event,
 * which timer fires and when, in any order; nothing in the exchange knows. The exchange
 * still reads the monotonic clock (clock_monotonic_ms, the clock breaker_now_ms reads too),
 * but only for deadlines of 60 s that a run never nears and for breaker times that the
 * harness sets relative to it.
 *
 * Every violation the fakes see (a callback into an exchange that is gone, a call on a
 * transfer that already ended, a reply after a stream began, ...) is counted with its
 * first description; harness_check adds the end-of-request invariants. */
#ifndef LETHE_EXCHANGE_HARNESS_H
#define LETHE_EXCHANGE_HARNESS_H

#include <stdbool.h>
#include <stddef.h>

#include "proxy/gateway.h"

struct event;

enum { HARNESS_MAX_TARGETS = 16, HARNESS_MAX_TIMERS = 64 };

/* The route "r" every harness request asks for. */
struct harness_route {
    size_t targets;            /* 1..HARNESS_MAX_TARGETS, models p/m0, p/m1, ... */
    long hedge_ms;             /* 0: no hedging */
    bool resume;
    int retries;               /* per target */
    long idle_ms;              /* 0: no stall watch */
    bool stream;               /* the client asks for a stream */
    bool budget;               /* the request comes with a key that has a daily budget */
    int breaker_failures;      /* consecutive failures that open a breaker; 0: 1000 */
};

/* What a fake transfer has become. */
enum fake_transfer_state {
    FAKE_LIVE,
    FAKE_CANCEL_PENDING,       /* cancelled inside a callback: removed at the next settle */
    FAKE_CANCELLED,
    FAKE_COMPLETED,
};

struct harness;

struct harness *harness_new(const struct harness_route *route);
void harness_free(struct harness *harness);
/* Start the exchange on a fresh client request for route "r". */
void harness_start(struct harness *harness);

/* ---- the provider side ---- */
size_t harness_transfer_count(const struct harness *harness);
struct upstream_transfer *harness_transfer(const struct harness *harness, size_t index);
enum fake_transfer_state harness_transfer_state(const struct upstream_transfer *transfer);
const char *harness_transfer_url(const struct upstream_transfer *transfer);
/* The request body the exchange gave for this transfer (a copy taken at start). */
const char *harness_transfer_body(const struct upstream_transfer *transfer);
size_t harness_live_count(const struct harness *harness);
/* The index-th transfer still live, or NULL. */
struct upstream_transfer *harness_live(const struct harness *harness, size_t index);
/* Body bytes with the answer's status and content type (NULL: none named). Returns what
 * on_body returned; a short take aborts the transfer as libcurl would (UPSTREAM_ABORTED).
 * A paused transfer keeps the bytes and gets them again after upstream_resume. Nothing
 * happens to a transfer that is not live. */
long harness_deliver(struct harness *harness, struct upstream_transfer *transfer, int status,
                     const char *content_type, const char *data, size_t len);
/* The transfer ends: on_complete with this result, unless it is not live. */
void harness_complete(struct harness *harness, struct upstream_transfer *transfer, enum upstream_outcome outcome,
                      int status, long retry_after_ms);

/* What an OpenAI-compatible provider sends, for tests to deliver: a whole answer
 * ("hello", with usage), the last chunk of a stream with its [DONE], and one stream chunk
 * whose delta is `text` (written to `out`; returns its length, as snprintf does). */
extern const char harness_answer_json[];
extern const char harness_stream_end[];
size_t harness_text_chunk(char *out, size_t size, const char *text);

/* ---- time ---- */
/* The pending timers, earliest expiry first. */
size_t harness_timers(struct harness *harness, struct event **out, size_t max);
/* Fire the index-th pending timer. False when there is none. */
bool harness_fire_timer(struct harness *harness, size_t index);

/* ---- the client side ---- */
void harness_client_abort(struct harness *harness);
/* The client's socket backlog, as http_pending_output reports it. */
void harness_set_client_backlog(struct harness *harness, size_t bytes);
/* The backlog fell under the watched mark: on_drain, as the server would. */
void harness_client_drain(struct harness *harness);
/* Control returns to the loop: paused transfers asked to resume get their bytes again,
 * and a request that was answered or abandoned ends (on_release, on_finished, its arena
 * wiped and freed), as proxy/server.c does. */
void harness_turn(struct harness *harness);
bool harness_request_over(const struct harness *harness);
bool harness_request_held(const struct harness *harness);
/* The client's status (0 before any) and every byte it was sent. */
int harness_client_status(const struct harness *harness);
const char *harness_client_output(const struct harness *harness, size_t *len);
bool harness_client_streamed(const struct harness *harness);
const char *harness_client_header(const struct harness *harness, const char *name);

/* ---- shared state ---- */
struct breaker *harness_breaker(struct harness *harness, size_t target);
const struct breaker_policy *harness_breaker_policy(const struct harness *harness);
/* The harness itself holds this much of the key's budget, so a double release shows. */
double harness_budget_reserved(const struct harness *harness);
double harness_budget_baseline(const struct harness *harness);
double harness_gauge(const struct harness *harness, const char *name);

/* ---- invariants ---- */
/* Once the request is over: no transfer live or awaiting removal, no pending timer, the
 * budget back to its baseline, the gauges and in-flight counts at zero, no breaker probe
 * left held (unless `probe_held_elsewhere` names a target whose probe the test holds),
 * exactly one answer or an abandoned client. Returns the violations so far, counting
 * those the fakes saw; `message` gets the first one's description. */
unsigned harness_check(struct harness *harness, long probe_held_elsewhere, const char **message);
unsigned harness_violations(const struct harness *harness, const char **message);

/* For the fakes: report a broken rule. */
void harness_violation(const char *format, ...) __attribute__((format(printf, 1, 2)));
/* For the fakes: read every byte a transfer not yet removed still points at (its body),
 * as libcurl might at any moment; freed memory here is a use-after-free under ASan. */
void fake_upstream_touch_bodies(struct upstream *upstream);
struct upstream_transfer *fake_upstream_transfer(struct upstream *upstream, size_t index);
size_t fake_upstream_transfer_count(struct upstream *upstream);
void fake_upstream_run_resumes(struct upstream *upstream);
long fake_upstream_deliver(struct upstream_transfer *transfer, int status, const char *content_type,
                           const char *data, size_t len);
void fake_upstream_complete(struct upstream_transfer *transfer, enum upstream_outcome outcome, int status,
                            long retry_after_ms);

/* The fake client's request, created and ended by the harness. */
struct fake_client_request_options {
    const char *path;
    const char *body;
    const char *headers[8][2];
};
struct http_request *fake_client_request_new(const struct fake_client_request_options *options);
/* End the request as the server does once its answer left or its client vanished. */
void fake_client_request_end(struct http_request *request, struct gateway *gateway);
bool fake_client_request_done(const struct http_request *request);   /* answered or abandoned */
bool fake_client_request_is_held(const struct http_request *request);
bool fake_client_request_ended(const struct http_request *request);
bool fake_client_request_aborted(const struct http_request *request);
void fake_client_abort(struct http_request *request);
void fake_client_drain(struct http_request *request);
void fake_client_set_backlog(struct http_request *request, size_t bytes);
int fake_client_status(const struct http_request *request);
bool fake_client_streamed(const struct http_request *request);
unsigned fake_client_answers(const struct http_request *request);
const char *fake_client_output(const struct http_request *request, size_t *len);
const char *fake_client_response_header(const struct http_request *request, const char *name);
void fake_client_request_free(struct http_request *request);

#endif
