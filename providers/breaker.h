/* breaker.h — a circuit breaker per target (provider/model), shared by every worker.
 *
 * Closed: requests flow; `failures` consecutive failures open it, and so does a share of
 * failures of at least `failure_ratio` among the last `window` outcomes (when set and
 * the window is full). Open: the target is skipped until the cooldown ends, then one
 * probe is let through (half-open). The probe's success closes it; its failure reopens it
 * with the cooldown doubled, up to max_cooldown_ms. A provider's retry-after opens it at
 * least that long. Times are monotonic milliseconds passed in by the caller, so the logic
 * is testable.
 *
 * The breakers live in a store mapped before the workers fork, so N workers keep one
 * state per target: a failing target is probed once, not once per worker, and every
 * worker's /readyz and /metrics agree. Each breaker has its own spin lock. A generation
 * (one loaded config) holds a table of pointers into the store; a reload finds the same
 * breaker again by label, so what was learnt about a target survives it. */
#ifndef LETHE_BREAKER_H
#define LETHE_BREAKER_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

enum { BREAKER_MAX_WINDOW = 1000, BREAKER_LABEL_MAX = 192 };

struct breaker_policy {
    int failures;
    long cooldown_ms;
    long max_cooldown_ms;
    double failure_ratio;         /* 0: off */
    int window;                   /* outcomes the ratio looks at */
};

enum breaker_state { BREAKER_CLOSED, BREAKER_OPEN, BREAKER_HALF_OPEN };

struct breaker {
    atomic_flag lock;
    char label[BREAKER_LABEL_MAX];   /* provider/model */
    enum breaker_state state;
    int consecutive_failures;
    long cooldown_ms;             /* the next opening's length */
    long long open_until_ms;
    bool probe_in_flight;
    long long probe_started_ms;   /* a probe whose worker died is given up after max_cooldown_ms */
    double latency_ms;            /* moving average of the time to a first answer; <0: none yet */
    /* Cluster mode (proxy/cluster.c): another instance opened the circuit, so it stays
     * open here until the cluster says otherwise, whatever open_until says; this machine
     * holds the cluster's one probe; the last latency agreed with the cluster. */
    bool cluster_held, cluster_probe;
    double shared_latency_ms;
    int unshared_failures;        /* failures while closed since the last success, not yet told */
    bool unshared_success;        /* a success while closed, not yet told ... */
    long long unshared_success_ms;   /* ... and when */
    int window;                   /* the window the ring below was filled for */
    int outcome_count, outcome_next, failures_in_window;
    unsigned char outcomes[BREAKER_MAX_WINDOW];   /* the last outcomes, 1 = failure */
};

/* A closed breaker for `label` (cut to BREAKER_LABEL_MAX - 1 bytes). */
void breaker_init(struct breaker *breaker, const char *label, const struct breaker_policy *policy);

/* May a request go to this target now? Closed: yes. Open and due, or half-open with no
 * live probe: yes, as the one probe, and `*probe` is set: its holder ends it with a
 * verdict (success or failure) or gives it back with breaker_release. */
bool breaker_allows(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms, bool *probe);
void breaker_success(struct breaker *breaker, const struct breaker_policy *policy);
void breaker_failure(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                     long retry_after_ms);
/* One attempt's verdict, as the exchange reports it. `holds_probe`: the attempt is the
 * breaker's one probe. Only the probe decides a breaker that is not closed: an attempt
 * that began before the circuit opened (a hedged rival, a long stream) ends with an
 * outcome that is not the probe's, and it changes nothing. Closed, every verdict counts. */
void breaker_report(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                    bool succeeded, bool holds_probe, long retry_after_ms);
/* The probe ended without a verdict (cancelled): let another probe go. */
void breaker_release(struct breaker *breaker);
/* Open and not yet due for a probe. */
bool breaker_is_open(struct breaker *breaker, long long now_ms);
enum breaker_state breaker_state(struct breaker *breaker);

/* Fold one observed time to first answer into the target's moving average. */
void breaker_observe_latency(struct breaker *breaker, double ms);
/* The moving average, or < 0 before the first answer. */
double breaker_latency_ms(struct breaker *breaker);

/* ---- cluster mode: proxy/cluster.c shares breakers between instances through Redis and
 * applies what the others did with these. ---- */
struct breaker_view {
    enum breaker_state state;
    long long open_until_ms;
    bool cluster_held, cluster_probe, probe_in_flight;
    double latency_ms, shared_latency_ms;
};
void breaker_view(struct breaker *breaker, struct breaker_view *view);
/* Opened elsewhere: open here (due in `until_ms`, but held until granted or closed),
 * unless this machine is probing it. */
void breaker_cluster_hold(struct breaker *breaker, long long until_ms);
/* Closed in the cluster (another instance's probe succeeded): close a held breaker. */
void breaker_cluster_close(struct breaker *breaker, const struct breaker_policy *policy);
/* This machine won the cluster's probe: the next request here may be it. */
void breaker_cluster_grant_probe(struct breaker *breaker, long long now_ms);
/* The probe's verdict was shared. */
void breaker_cluster_probe_done(struct breaker *breaker);
/* The cluster is out of reach: this machine's own state decides again (open_until stands). */
void breaker_cluster_forget(struct breaker *breaker);
/* The outcomes seen while closed since the last call, for the cluster's count of
 * consecutive failures: the failures since the last success, and how long ago that success
 * was (-1: none since the last call). Reset by the call. */
void breaker_cluster_take_outcomes(struct breaker *breaker, long long now_ms, int *failures,
                                   long long *success_age_ms);
/* The cluster's latency average replaces this machine's. */
void breaker_cluster_latency(struct breaker *breaker, double ms);

/* Every breaker of the process and its workers, in shared memory. Its pages are touched
 * only as labels arrive: room for many reloads' worth of targets costs nothing idle. */
enum { BREAKER_STORE_CAPACITY = 1024 };
struct breaker_store;
struct breaker_store *breaker_store_create(size_t capacity);
void breaker_store_destroy(struct breaker_store *store);

/* One config's breakers: one per distinct target label of its routes, in the store. */
struct breaker_table {
    struct breaker **breakers;
    size_t count;
};

struct route_table;
/* False when out of memory, or when the store has no room for a new label (it keeps every
 * label seen since start-up). */
bool breaker_table_build(struct breaker_table *table, struct breaker_store *store, const struct route_table *routes,
                         const struct breaker_policy *policy);
struct breaker *breaker_table_find(const struct breaker_table *table, const char *label);
void breaker_table_release(struct breaker_table *table);
long long breaker_now_ms(void);

#endif
