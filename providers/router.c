#include "providers/router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CANDIDATES = 64, CHAIN_LENGTH = 3 };

struct candidate_target {
    const struct route_target *target;
    const struct price *price;
    double cost_usd;
    double latency_ms;               /* <0: not observed yet */
    int rank;                        /* by quality: lower is preferred */
};

bool quality_parse(const char *text, enum quality_tier *out)
{
    static const struct { const char *name; enum quality_tier tier; } names[] = {
        { "cheap", TIER_CHEAP }, { "balanced", TIER_BALANCED }, { "premium", TIER_PREMIUM },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(text, names[i].name) == 0) {
            *out = names[i].tier;
            return true;
        }
    }
    return false;
}

static int quality_rank(enum quality_tier wanted, enum quality_tier tier)
{
    enum quality_tier known = tier == TIER_UNKNOWN ? TIER_BALANCED : tier;
    switch (wanted) {
    case TIER_CHEAP: return 0;                                     /* cost decides */
    case TIER_PREMIUM: return TIER_PREMIUM - known;
    case TIER_BALANCED: case TIER_UNKNOWN: break;
    }
    return abs((int)known - (int)TIER_BALANCED);
}

static int by_preference(const void *a, const void *b)
{
    const struct candidate_target *x = a, *y = b;
    if (x->rank != y->rank) {
        return x->rank - y->rank;
    }
    return x->cost_usd < y->cost_usd ? -1 : x->cost_usd > y->cost_usd;
}

/* Why a target is not eligible; each is counted for the reason header. */
enum exclusion { ELIGIBLE, CIRCUIT_OPEN, OVER_COST, OVER_LATENCY, CONTEXT_TOO_SMALL, EXCLUSION_COUNT };

static enum exclusion exclusion_of(const struct candidate_target *candidate, bool circuit_open,
                                   const struct router_inputs *inputs, const struct auto_constraints *constraints)
{
    const struct price *price = candidate->price;
    if (circuit_open) {
        return CIRCUIT_OPEN;
    }
    if (constraints->max_cost_usd > 0 && (price == NULL || candidate->cost_usd > constraints->max_cost_usd)) {
        return OVER_COST;                                          /* an unknown price cannot be promised */
    }
    if (constraints->max_latency_ms > 0 && candidate->latency_ms > (double)constraints->max_latency_ms) {
        return OVER_LATENCY;
    }
    if (price != NULL && price->context_tokens > 0
        && inputs->input_tokens + inputs->output_tokens > price->context_tokens) {
        return CONTEXT_TOO_SMALL;
    }
    return ELIGIBLE;
}

static bool already_seen(const char *const *labels, size_t count, const char *label)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(labels[i], label) == 0) {
            return true;
        }
    }
    return false;
}

static const char *quality_name(enum quality_tier tier)
{
    return tier == TIER_CHEAP ? "cheap" : tier == TIER_PREMIUM ? "premium" : "balanced";
}

bool router_choose(const struct router_inputs *inputs, const struct auto_constraints *constraints,
                   struct arena *arena, struct chain *chain, char *reason, size_t reason_size)
{
    struct candidate_target candidates[MAX_CANDIDATES];
    const char *seen_labels[MAX_CANDIDATES];        /* a target in several routes counts once */
    size_t kept = 0, seen = 0, excluded[EXCLUSION_COUNT] = { 0 };
    for (size_t r = 0; r < inputs->table->route_count; r++) {
        const struct route *route = &inputs->table->routes[r];
        for (size_t t = 0; t < route->target_count && seen < MAX_CANDIDATES; t++) {
            const struct route_target *target = &route->targets[t];
            if (already_seen(seen_labels, seen, target->label)) {
                continue;
            }
            seen_labels[seen++] = target->label;
            struct breaker *breaker = breaker_table_find(inputs->breakers, target->label);
            const struct price *price = price_find(inputs->prices, inputs->price_count, target->label);
            struct candidate_target candidate = {
                .target = target,
                .price = price,
                .cost_usd = price_cost_usd(price, inputs->input_tokens, inputs->output_tokens),
                .latency_ms = breaker != NULL ? breaker_latency_ms(breaker) : -1,
                .rank = quality_rank(constraints->quality, price != NULL ? price->tier : TIER_UNKNOWN),
            };
            bool circuit_open = breaker != NULL && breaker_is_open(breaker, inputs->now_ms);
            enum exclusion why = exclusion_of(&candidate, circuit_open, inputs, constraints);
            excluded[why]++;
            if (why == ELIGIBLE) {
                candidates[kept++] = candidate;
            }
        }
    }
    if (kept == 0) {
        snprintf(reason, reason_size, "no target meets the constraints: %zu considered, %zu circuit open, %zu over "
                 "max cost, %zu over max latency, %zu too small a context", seen, excluded[CIRCUIT_OPEN],
                 excluded[OVER_COST], excluded[OVER_LATENCY], excluded[CONTEXT_TOO_SMALL]);
        return false;
    }
    qsort(candidates, kept, sizeof *candidates, by_preference);
    size_t length = kept < CHAIN_LENGTH ? kept : CHAIN_LENGTH;
    struct route_target *targets = arena_calloc(arena, length, sizeof *targets);
    for (size_t i = 0; i < length; i++) {
        targets[i] = *candidates[i].target;
    }
    *chain = (struct chain){ .route_name = "auto", .targets = targets, .count = length };
    char latency[32] = "unobserved";
    if (candidates[0].latency_ms >= 0) {
        snprintf(latency, sizeof latency, "%.0f ms", candidates[0].latency_ms);
    }
    snprintf(reason, reason_size, "quality %s; estimated cost $%.6f; latency %s; %zu of %zu targets eligible "
             "(%zu circuit open, %zu over max cost, %zu over max latency, %zu too small a context)",
             quality_name(constraints->quality), candidates[0].cost_usd, latency, kept, seen, excluded[CIRCUIT_OPEN],
             excluded[OVER_COST], excluded[OVER_LATENCY], excluded[CONTEXT_TOO_SMALL]);
    return true;
}
