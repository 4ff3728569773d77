#include "providers/breaker.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "providers/route.h"

long long breaker_now_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

bool breaker_allows(struct breaker *breaker, long long now_ms)
{
    switch (breaker->state) {
    case BREAKER_CLOSED:
        return true;
    case BREAKER_OPEN:
        if (now_ms < breaker->open_until_ms) {
            return false;
        }
        breaker->state = BREAKER_HALF_OPEN;
        breaker->probe_in_flight = true;
        return true;
    case BREAKER_HALF_OPEN:
        if (breaker->probe_in_flight) {
            return false;
        }
        breaker->probe_in_flight = true;
        return true;
    }
    return false;
}

/* Slide the window of recent outcomes; true when the failure share now trips it. */
static bool window_trips(struct breaker *breaker, const struct breaker_policy *policy, bool failed)
{
    if (policy->failure_ratio <= 0 || breaker->outcomes == NULL) {
        return false;
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

static void window_clear(struct breaker *breaker)
{
    breaker->outcome_count = breaker->outcome_next = breaker->failures_in_window = 0;
}

void breaker_success(struct breaker *breaker, const struct breaker_policy *policy)
{
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

static void open_for(struct breaker *breaker, long long now_ms, long duration_ms)
{
    breaker->state = BREAKER_OPEN;
    breaker->probe_in_flight = false;
    long long until = now_ms + duration_ms;
    if (until > breaker->open_until_ms) {
        breaker->open_until_ms = until;
    }
}

void breaker_failure(struct breaker *breaker, const struct breaker_policy *policy, long long now_ms,
                     long retry_after_ms)
{
    if (breaker->cooldown_ms == 0) {
        breaker->cooldown_ms = policy->cooldown_ms;
    }
    breaker->consecutive_failures++;
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

void breaker_release(struct breaker *breaker)
{
    breaker->probe_in_flight = false;
}

bool breaker_is_open(const struct breaker *breaker, long long now_ms)
{
    return breaker->state == BREAKER_OPEN && now_ms < breaker->open_until_ms;
}

bool breaker_table_build(struct breaker_table *table, const struct route_table *routes,
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
            struct breaker *breaker = &table->breakers[table->count++];
            breaker->label = label;
            breaker->latency_ms = -1;
            breaker->cooldown_ms = policy->cooldown_ms;
            if (policy->failure_ratio > 0) {
                breaker->outcomes = calloc((size_t)policy->window, 1);
                if (breaker->outcomes == NULL) {
                    return false;
                }
            }
        }
    }
    return true;
}

struct breaker *breaker_table_find(const struct breaker_table *table, const char *label)
{
    for (size_t i = 0; i < table->count; i++) {
        if (strcmp(table->breakers[i].label, label) == 0) {
            return &table->breakers[i];
        }
    }
    return NULL;
}

void breaker_table_release(struct breaker_table *table)
{
    for (size_t i = 0; i < table->count; i++) {
        free(table->breakers[i].outcomes);
    }
    free(table->breakers);
    table->breakers = NULL;
    table->count = 0;
}

void breaker_observe_latency(struct breaker *breaker, double ms)
{
    /* Weight 0.2 on the newest: a few slow answers move it, one does not take it over. */
    breaker->latency_ms = breaker->latency_ms < 0 ? ms : 0.8 * breaker->latency_ms + 0.2 * ms;
}
