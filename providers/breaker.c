#include "providers/breaker.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "providers/route.h"
#include "transforms/foundation/clock.h"
#include "transforms/foundation/shared.h"

long long breaker_now_ms(void)
{
    return clock_monotonic_ms();             /* one clock for every process on the machine */
}

void breaker_init(struct breaker *breaker, const char *label, const struct breaker_policy *policy)
{
    memset(breaker, 0, sizeof *breaker);
    atomic_flag_clear(&breaker->lock);
    snprintf(breaker->label, sizeof breaker->label, "%s", label);
    breaker->latency_ms = -1;
    breaker->shared_latency_ms = -1;
    breaker->cooldown_ms = policy->cooldown_ms;
}

/* ---- the state machine; every public call holds the breaker's lock ---- */

static void take_probe(struct breaker *breaker, long long now_ms, bool *probe)
{
    breaker->state = BREAKER_HALF_OPEN;
    breaker->probe_in_flight = true;
    breaker->probe_started_ms = now_ms;
    *probe = true;
}

static bool allows(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms, bool *probe)
{
    switch (breaker->state) {
    case BREAKER_CLOSED:
        return true;
    case BREAKER_OPEN:
        if (breaker->cluster_held || now_ms < breaker->open_until_ms) {
            return false;
        }
        take_probe(breaker, now_ms, probe);
        return true;
    case BREAKER_HALF_OPEN:
        /* A probe's attempt ends within its deadline; one far older belonged to a worker
         * that died before its verdict. */
        if (breaker->probe_in_flight && now_ms - breaker->probe_started_ms < policy->max_cooldown_ms) {
            return false;
        }
        take_probe(breaker, now_ms, probe);
        return true;
    }
    return false;
}

bool breaker_allows(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms, bool *probe)
{
    *probe = false;
    spin_lock(&breaker->lock);
    bool allowed = allows(breaker, policy, now_ms, probe);
    spin_unlock(&breaker->lock);
    return allowed;
}

static void window_clear(struct breaker *breaker)
{
    breaker->outcome_count = breaker->outcome_next = breaker->failures_in_window = 0;
}

/* Slide the window of recent outcomes; true when the failure share now trips it. */
static bool window_trips(struct breaker *breaker, const struct breaker_policy *policy, bool failed)
{
    if (policy->failure_ratio <= 0 || policy->window <= 0 || policy->window > BREAKER_MAX_WINDOW) {
        return false;
    }
    if (breaker->window != policy->window) {
        window_clear(breaker);        /* a reload changed the window: start it again */
        breaker->window = policy->window;
    }
    if (breaker->outcome_count == policy->window) {
        breaker->failures_in_window -= breaker->outcomes[breaker->outcome_next];
    } else {
        breaker->outcome_count++;
    }
    breaker->outcomes[breaker->outcome_next] = failed;
    breaker->failures_in_window += failed;
    breaker->outcome_next = (breaker->outcome_next + 1) % policy->window;
    return breaker->outcome_count == policy->window
           && breaker->failures_in_window >= policy->failure_ratio * policy->window;
}

static void succeeded_locked(struct breaker *breaker, const struct breaker_policy *policy)
{
    if (breaker->state == BREAKER_CLOSED) {
        breaker->unshared_success = true;
        breaker->unshared_success_ms = breaker_now_ms();
        breaker->unshared_failures = 0;          /* a success ends a run of failures */
    }
    if (breaker->state == BREAKER_HALF_OPEN) {
        window_clear(breaker);
    } else {
        window_trips(breaker, policy, false);
    }
    breaker->state = BREAKER_CLOSED;
    breaker->consecutive_failures = 0;
    breaker->cooldown_ms = policy->cooldown_ms;
    breaker->probe_in_flight = false;
}

void breaker_success(struct breaker *breaker, const struct breaker_policy *policy)
{
    spin_lock(&breaker->lock);
    succeeded_locked(breaker, policy);
    spin_unlock(&breaker->lock);
}

static void open_for(struct breaker *breaker, long long now_ms, long duration_ms)
{
    breaker->state = BREAKER_OPEN;
    breaker->probe_in_flight = false;
    long long until = now_ms + duration_ms;
    if (until > breaker->open_until_ms) {
        breaker->open_until_ms = until;
    }
}

static void failed_locked(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                          long retry_after_ms)
{
    if (breaker->cooldown_ms == 0) {
        breaker->cooldown_ms = policy->cooldown_ms;
    }
    breaker->consecutive_failures++;
    breaker->unshared_failures += breaker->state == BREAKER_CLOSED;
    if (breaker->state == BREAKER_HALF_OPEN) {
        /* The probe failed: stay away longer each time, up to the ceiling. */
        breaker->cooldown_ms *= 2;
        if (breaker->cooldown_ms > policy->max_cooldown_ms) {
            breaker->cooldown_ms = policy->max_cooldown_ms;
        }
        open_for(breaker, now_ms, breaker->cooldown_ms);
    } else if (window_trips(breaker, policy, true) || breaker->consecutive_failures >= policy->failures) {
        window_clear(breaker);
        open_for(breaker, now_ms, breaker->cooldown_ms);
    }
    if (retry_after_ms > 0) {
        open_for(breaker, now_ms, retry_after_ms);
    }
}

void breaker_failure(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                     long retry_after_ms)
{
    spin_lock(&breaker->lock);
    failed_locked(breaker, policy, now_ms, retry_after_ms);
    spin_unlock(&breaker->lock);
}

void breaker_report(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                    bool succeeded, bool holds_probe, long retry_after_ms)
{
    spin_lock(&breaker->lock);
    if (breaker->state == BREAKER_CLOSED || holds_probe) {
        if (succeeded) {
            succeeded_locked(breaker, policy);
        } else {
            failed_locked(breaker, policy, now_ms, retry_after_ms);
        }
    }
    spin_unlock(&breaker->lock);
}

void breaker_release(struct breaker *breaker)
{
    spin_lock(&breaker->lock);
    breaker->probe_in_flight = false;
    spin_unlock(&breaker->lock);
}

bool breaker_is_open(struct breaker *breaker, long long now_ms)
{
    spin_lock(&breaker->lock);
    bool open = breaker->state == BREAKER_OPEN && (breaker->cluster_held || now_ms < breaker->open_until_ms);
    spin_unlock(&breaker->lock);
    return open;
}

enum breaker_state breaker_state(struct breaker *breaker)
{
    spin_lock(&breaker->lock);
    enum breaker_state state = breaker->state;
    spin_unlock(&breaker->lock);
    return state;
}

void breaker_observe_latency(struct breaker *breaker, double ms)
{
    spin_lock(&breaker->lock);
    /* Weight 0.2 on the newest: a few slow answers move it, one does not take it over. */
    breaker->latency_ms = breaker->latency_ms < 0 ? ms : 0.8 * breaker->latency_ms + 0.2 * ms;
    spin_unlock(&breaker->lock);
}

double breaker_latency_ms(struct breaker *breaker)
{
    spin_lock(&breaker->lock);
    double latency = breaker->latency_ms;
    spin_unlock(&breaker->lock);
    return latency;
}

/* ---- cluster mode ---- */

void breaker_view(struct breaker *breaker, struct breaker_view *view)
{
    spin_lock(&breaker->lock);
    *view = (struct breaker_view){ .state = breaker->state, .open_until_ms = breaker->open_until_ms,
                                   .cluster_held = breaker->cluster_held, .cluster_probe = breaker->cluster_probe,
                                   .probe_in_flight = breaker->probe_in_flight, .latency_ms = breaker->latency_ms,
                                   .shared_latency_ms = breaker->shared_latency_ms };
    spin_unlock(&breaker->lock);
}

void breaker_cluster_hold(struct breaker *breaker, long long until_ms)
{
    spin_lock(&breaker->lock);
    bool probing = breaker->cluster_probe || (breaker->state == BREAKER_HALF_OPEN && breaker->probe_in_flight);
    if (!probing) {
        breaker->state = BREAKER_OPEN;
        breaker->cluster_held = true;
        breaker->open_until_ms = until_ms;
    }
    spin_unlock(&breaker->lock);
}

void breaker_cluster_close(struct breaker *breaker, const struct breaker_policy *policy)
{
    spin_lock(&breaker->lock);
    /* Held, or won a probe it never got to send: either way the cluster has decided. */
    if ((breaker->cluster_held || breaker->cluster_probe) && breaker->state == BREAKER_OPEN) {
        breaker->cluster_held = false;
        breaker->cluster_probe = false;
        succeeded_locked(breaker, policy);
    }
    spin_unlock(&breaker->lock);
}

void breaker_cluster_grant_probe(struct breaker *breaker, long long now_ms)
{
    spin_lock(&breaker->lock);
    breaker->cluster_probe = true;
    breaker->cluster_held = false;
    if (breaker->state != BREAKER_HALF_OPEN) {
        breaker->state = BREAKER_OPEN;
        breaker->open_until_ms = now_ms;         /* due: the next request here is the probe */
    }
    spin_unlock(&breaker->lock);
}

void breaker_cluster_forget(struct breaker *breaker)
{
    spin_lock(&breaker->lock);
    breaker->cluster_held = false;
    breaker->cluster_probe = false;
    spin_unlock(&breaker->lock);
}

void breaker_cluster_probe_done(struct breaker *breaker)
{
    spin_lock(&breaker->lock);
    breaker->cluster_probe = false;
    spin_unlock(&breaker->lock);
}

void breaker_cluster_take_outcomes(struct breaker *breaker, long long now_ms, int *failures,
                                   long long *success_age_ms)
{
    spin_lock(&breaker->lock);
    *failures = breaker->unshared_failures;
    *success_age_ms = -1;
    if (breaker->unshared_success) {
        *success_age_ms = now_ms > breaker->unshared_success_ms ? now_ms - breaker->unshared_success_ms : 0;
    }
    breaker->unshared_failures = 0;
    breaker->unshared_success = false;
    spin_unlock(&breaker->lock);
}

void breaker_cluster_latency(struct breaker *breaker, double ms)
{
    spin_lock(&breaker->lock);
    breaker->latency_ms = ms;
    breaker->shared_latency_ms = ms;
    spin_unlock(&breaker->lock);
}

/* ---- the store and a config's table ---- */

struct breaker_store {
    atomic_flag lock;             /* guards count: adding a label */
    size_t count, capacity;
    struct breaker breakers[];
};

static size_t store_size(size_t capacity)
{
    return sizeof(struct breaker_store) + capacity * sizeof(struct breaker);
}

struct breaker_store *breaker_store_create(size_t capacity)
{
    struct breaker_store *store = shared_map(store_size(capacity));
    if (store != NULL) {
        atomic_flag_clear(&store->lock);
        store->capacity = capacity;
    }
    return store;
}

void breaker_store_destroy(struct breaker_store *store)
{
    if (store != NULL) {
        shared_unmap(store, store_size(store->capacity));
    }
}

/* The store's breaker for `label`, added closed if it is new; NULL when full. A label is
 * written before count covers it, under the store's lock, so readers never see half a one. */
static struct breaker *store_breaker(struct breaker_store *store, const char *label,
                                     const struct breaker_policy *policy)
{
    struct breaker *found = NULL;
    spin_lock(&store->lock);
    for (size_t i = 0; i < store->count && found == NULL; i++) {
        if (strncmp(store->breakers[i].label, label, BREAKER_LABEL_MAX - 1) == 0) {
            found = &store->breakers[i];
        }
    }
    if (found == NULL && store->count < store->capacity) {
        found = &store->breakers[store->count];
        breaker_init(found, label, policy);
        store->count++;
    }
    spin_unlock(&store->lock);
    return found;
}

bool breaker_table_build(struct breaker_table *table, struct breaker_store *store, const struct route_table *routes,
                         const struct breaker_policy *policy)
{
    size_t capacity = 0;
    for (size_t r = 0; r < routes->route_count; r++) {
        capacity += routes->routes[r].target_count;
    }
    table->breakers = calloc(capacity ? capacity : 1, sizeof *table->breakers);
    table->count = 0;
    if (table->breakers == NULL) {
        return false;
    }
    for (size_t r = 0; r < routes->route_count; r++) {
        for (size_t t = 0; t < routes->routes[r].target_count; t++) {
            const char *label = routes->routes[r].targets[t].label;
            if (breaker_table_find(table, label) != NULL) {
                continue;
            }
            struct breaker *breaker = store_breaker(store, label, policy);
            if (breaker == NULL) {
                breaker_table_release(table);
                return false;
            }
            table->breakers[table->count++] = breaker;
        }
    }
    return true;
}

struct breaker *breaker_table_find(const struct breaker_table *table, const char *label)
{
    for (size_t i = 0; i < table->count; i++) {
        if (strncmp(table->breakers[i]->label, label, BREAKER_LABEL_MAX - 1) == 0) {
            return table->breakers[i];
        }
    }
    return NULL;
}

void breaker_table_release(struct breaker_table *table)
{
    free(table->breakers);
    table->breakers = NULL;
    table->count = 0;
}
