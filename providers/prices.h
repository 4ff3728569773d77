/* prices.h — what a request costs: USD per million input and output tokens by
 * provider/model.
 *
 * A table of public list prices ships with lethe (see prices.c for the date); the config's
 * "prices" entries come first and override it. A label is looked up exactly, then by its
 * model part alone ("groq/llama-3.3-70b-versatile" finds "llama-3.3-70b-versatile" under
 * any provider name), so a provider configured under another name still has a price. */
#ifndef LETHE_PRICES_H
#define LETHE_PRICES_H

#include <stdbool.h>
#include <stddef.h>

enum quality_tier { TIER_UNKNOWN, TIER_CHEAP, TIER_BALANCED, TIER_PREMIUM };

struct price {
    const char *label;                   /* "openai/gpt-4o" */
    double input_per_million, output_per_million;
    enum quality_tier tier;              /* for model "auto": how capable, roughly */
    long context_tokens;                 /* the model's context window; 0: unknown */
};

extern const struct price builtin_prices[];
extern const size_t builtin_price_count;

/* The price for `label`: from `configured` first, then the built-in table; NULL if none. */
const struct price *price_find(const struct price *configured, size_t configured_count, const char *label);
double price_cost_usd(const struct price *price, long long input_tokens, long long output_tokens);

#endif
