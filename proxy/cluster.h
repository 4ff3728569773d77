/* cluster.h — one worker's link to the Redis that instances share (config "cluster").
 *
 * hiredis's asynchronous API on the worker's own event_base: nothing blocks the loop, no
 * thread. Commands queued in one pass of the loop leave together (pipelined). On connect
 * the client authenticates (password_env), selects the database and loads every script of
 * proxy/cluster_scripts.h; calls name a script by its SHA-1 (EVALSHA), and one that Redis
 * no longer knows (NOSCRIPT: a restart, a SCRIPT FLUSH) is sent again once as EVAL, which
 * loads it back. A lost or refused connection is retried with a doubling backoff (50 ms
 * up to 2 s); once it is back and the scripts are loaded, cluster_ready is true again.
 *
 * cluster_call hands a script call to Redis and returns at once; its reply comes back
 * through the callback exactly once (with ok false when there was none: the connection
 * was lost, or Redis answered with an error). The caller bounds its own wait (timeout_ms,
 * see proxy/admission.c); a call unanswered far past that (8 x timeout_ms, at least 1 s)
 * means Redis hangs: the connection is dropped, which answers every call in flight.
 *
 * Breakers and the router: every timeout_ms / 2 the client shares each target of the
 * current generation through the BREAKER script (pipelined, one call per target): an
 * opening here is pushed, an opening elsewhere holds this machine's breaker open, the
 * cluster's one probe is claimed with SET NX PX, and the latency averages converge. The
 * local breaker table stays the one the exchange reads (providers/breaker.h).
 *
 * Metrics: lethe_cluster_redis_seconds (round trips), lethe_cluster_errors_total{kind},
 * lethe_cluster_fallbacks_total{mode}, lethe_cluster_script_reloads_total and the gauge
 * lethe_cluster_connected (workers connected). */
#ifndef LETHE_CLUSTER_H
#define LETHE_CLUSTER_H

#include <stdbool.h>
#include <stddef.h>

#include "proxy/cluster_scripts.h"

struct event_base;
struct gateway;
struct cluster_options;
struct cluster;

enum { CLUSTER_REPLY_VALUES = 4 };

/* The scripts answer arrays of integers (or one integer). */
struct cluster_reply {
    bool ok;                          /* false: no answer (connection lost, error reply) */
    size_t count;
    long long values[CLUSTER_REPLY_VALUES];
};

typedef void (*cluster_reply_fn)(void *context, const struct cluster_reply *reply);

/* Starts connecting at once. `gateway`: whose metrics are counted and whose current
 * generation's breakers are shared. NULL when out of memory. */
struct cluster *cluster_new(struct event_base *base, const struct cluster_options *options, struct gateway *gateway);
/* Answers every call in flight (ok false) and closes the connection. */
void cluster_free(struct cluster *cluster);

/* Connected, authenticated, scripts loaded: shared state can be used. */
bool cluster_ready(const struct cluster *cluster);
const struct cluster_options *cluster_options(const struct cluster *cluster);
/* The SHA-1 of a script, for cluster_build_*. */
const char *cluster_sha(const struct cluster *cluster, enum cluster_script script);

/* Send `command`. True: `on_reply` will be called exactly once, never from inside this
 * call. False (not ready, or the command did not fit): it will never be called. */
bool cluster_call(struct cluster *cluster, const struct cluster_command *command, cluster_reply_fn on_reply,
                  void *context);

enum cluster_failure { CLUSTER_FAILED_UNAVAILABLE, CLUSTER_FAILED_TIMEOUT };
/* Admission did without the shared store (fell back to local, or refused): count it, and
 * say so in the log once per outage. */
void cluster_note_fallback(struct cluster *cluster, enum cluster_failure why);

/* Count an error of this kind in lethe_cluster_errors_total (a fixed word). */
void cluster_count_error(struct cluster *cluster, const char *kind);

/* For /readyz: "connected" or "unavailable" (down, or connecting again). */
const char *cluster_state_name(const struct cluster *cluster);

#endif
