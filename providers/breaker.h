/* breaker.h — a circuit breaker per target (provider/model), per worker process.
 *
 * Closed: requests flow; `failures` consecutive failures open it, and so does a share of
 * failures of at least `failure_ratio` among the last `window` outcomes (when set and
 * the window is full). Open: the target is
 * skipped until the cooldown ends, then one probe is let through (half-open). The probe's
 * success closes it; its failure reopens it with the cooldown doubled, up to
 * max_cooldown_ms. A provider's retry-after opens it at least that long. Times are
 * monotonic milliseconds passed in by the caller, so the logic is testable. */
#ifndef LETHE_BREAKER_H
#define LETHE_BREAKER_H

#include <stdbool.h>
#include <stddef.h>

enum { BREAKER_MAX_WINDOW = 1000 };

struct breaker_policy {
    int failures;
    long cooldown_ms;
    long max_cooldown_ms;
    double failure_ratio;         /* 0: off */
    int window;                   /* outcomes the ratio looks at */
};

enum breaker_state { BREAKER_CLOSED, BREAKER_OPEN, BREAKER_HALF_OPEN };

struct breaker {
    const char *label;            /* provider/model */
    enum breaker_state state;
    int consecutive_failures;
    long cooldown_ms;             /* the next opening's length */
    long long open_until_ms;
    bool probe_in_flight;
    unsigned char *outcomes;      /* ring of the last `window` outcomes, 1 = failure */
    int outcome_count, outcome_next, failures_in_window;
    double latency_ms;            /* moving average of the time to a first answer; <0: none yet */
};

/* Fold one observed time to first answer into the target's moving average. */
void breaker_observe_latency(struct breaker *breaker, double ms);

/* May a request go to this target now? In half-open, true exactly once (the probe). */
bool breaker_allows(struct breaker *breaker, long long now_ms);
void breaker_success(struct breaker *breaker, const struct breaker_policy *policy);
void breaker_failure(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                     long retry_after_ms);
/* A probe or attempt that ended without a verdict (cancelled): let another probe go. */
void breaker_release(struct breaker *breaker);
/* Open and not yet due for a probe. */
bool breaker_is_open(const struct breaker *breaker, long long now_ms);

/* One breaker per distinct target label of the config's routes. */
struct breaker_table {
    struct breaker *breakers;
    size_t count;
};

struct route_table;
bool breaker_table_build(struct breaker_table *table, const struct route_table *routes,
                         const struct breaker_policy *policy);
struct breaker *breaker_table_find(const struct breaker_table *table, const char *label);
void breaker_table_release(struct breaker_table *table);
long long breaker_now_ms(void);

#endif
