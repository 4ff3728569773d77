/* router.h — model "auto": a chain chosen from the request's constraints.
 *
 * Candidates are the distinct targets of every configured route. A candidate is out when
 * its breaker is open, when its estimated cost for this request (the estimated prompt and
 * max_tokens at its price) is over max_cost, when its observed latency (a moving average
 * of the time to a first answer) is over max_latency_ms, or when the request would not
 * fit its context window. The rest are ordered by the wanted quality: "cheap" by cost,
 * "premium" by tier then cost, "balanced" by distance from the balanced tier then cost.
 * The first three form the chain; `reason` says what was chosen and why, in one line
 * of metadata (never content) for the response headers. */
#ifndef LETHE_ROUTER_H
#define LETHE_ROUTER_H

#include <stdbool.h>
#include <stddef.h>

#include "providers/breaker.h"
#include "providers/prices.h"
#include "providers/route.h"

struct auto_constraints {
    double max_cost_usd;             /* <= 0: none */
    long max_latency_ms;             /* <= 0: none */
    enum quality_tier quality;       /* TIER_UNKNOWN: balanced */
};

struct router_inputs {
    const struct route_table *table;
    struct breaker_table *breakers;
    const struct price *prices;
    size_t price_count;
    long long input_tokens;          /* estimated */
    long long output_tokens;         /* max_tokens, or the configured default */
    long long now_ms;
};

/* Parse "cheap" | "balanced" | "premium"; false for anything else. */
bool quality_parse(const char *text, enum quality_tier *out);
/* Fill `chain` (targets in `arena`). False when no candidate is left: `reason` says why. */
bool router_choose(const struct router_inputs *inputs, const struct auto_constraints *constraints,
                   struct arena *arena, struct chain *chain, char *reason, size_t reason_size);

#endif
