#include "providers/prices.h"

#include <string.h>

/* Public list prices in USD per million tokens (input, output), standard tier, no
 * caching or batch discounts, as published by each provider in late 2025, with a rough
 * quality tier and the context window, both for "auto". They change: override them
 * under "prices" in the config. */
const struct price builtin_prices[] = {
    { "openai/gpt-5", 1.25, 10.00, TIER_PREMIUM, 400000 },
    { "openai/gpt-5-mini", 0.25, 2.00, TIER_BALANCED, 400000 },
    { "openai/gpt-5-nano", 0.05, 0.40, TIER_CHEAP, 400000 },
    { "openai/gpt-4.1", 2.00, 8.00, TIER_BALANCED, 1047576 },
    { "openai/gpt-4.1-mini", 0.40, 1.60, TIER_CHEAP, 1047576 },
    { "openai/gpt-4.1-nano", 0.10, 0.40, TIER_CHEAP, 1047576 },
    { "openai/gpt-4o", 2.50, 10.00, TIER_BALANCED, 128000 },
    { "openai/gpt-4o-mini", 0.15, 0.60, TIER_CHEAP, 128000 },
    { "openai/o3", 2.00, 8.00, TIER_PREMIUM, 200000 },
    { "openai/o4-mini", 1.10, 4.40, TIER_BALANCED, 200000 },
    { "anthropic/claude-opus-4-1", 15.00, 75.00, TIER_PREMIUM, 200000 },
    { "anthropic/claude-sonnet-4-5", 3.00, 15.00, TIER_PREMIUM, 200000 },
    { "anthropic/claude-sonnet-4", 3.00, 15.00, TIER_PREMIUM, 200000 },
    { "anthropic/claude-haiku-4-5", 1.00, 5.00, TIER_BALANCED, 200000 },
    { "anthropic/claude-3-5-haiku-latest", 0.80, 4.00, TIER_CHEAP, 200000 },
    { "gemini/gemini-2.5-pro", 1.25, 10.00, TIER_PREMIUM, 1048576 },
    { "gemini/gemini-2.5-flash", 0.30, 2.50, TIER_BALANCED, 1048576 },
    { "gemini/gemini-2.5-flash-lite", 0.10, 0.40, TIER_CHEAP, 1048576 },
    { "groq/llama-3.3-70b-versatile", 0.59, 0.79, TIER_BALANCED, 131072 },
    { "groq/llama-3.1-8b-instant", 0.05, 0.08, TIER_CHEAP, 131072 },
    { "mistral/mistral-large-latest", 2.00, 6.00, TIER_BALANCED, 131072 },
    { "mistral/mistral-medium-latest", 0.40, 2.00, TIER_BALANCED, 131072 },
    { "mistral/mistral-small-latest", 0.10, 0.30, TIER_CHEAP, 131072 },
    { "deepseek/deepseek-chat", 0.28, 0.42, TIER_BALANCED, 128000 },
    { "deepseek/deepseek-reasoner", 0.28, 0.42, TIER_BALANCED, 128000 },
};
const size_t builtin_price_count = sizeof builtin_prices / sizeof builtin_prices[0];

static const char *model_part(const char *label)
{
    const char *slash = strchr(label, '/');
    return slash != NULL ? slash + 1 : label;
}

/* Every request that has a price looks it up, and a model that is in neither table is
 * looked for four times over: the name sought is split once, and an entry whose first
 * letter differs is passed without a call. */
static const struct price *find_in(const struct price *prices, size_t count, const char *label, bool by_model)
{
    const char *wanted = by_model ? model_part(label) : label;
    for (size_t i = 0; i < count; i++) {
        const char *name = by_model ? model_part(prices[i].label) : prices[i].label;
        if (name[0] == wanted[0] && strcmp(name, wanted) == 0) {
            return &prices[i];
        }
    }
    return NULL;
}

const struct price *price_find(const struct price *configured, size_t configured_count, const char *label)
{
    const struct price *found = find_in(configured, configured_count, label, false);
    if (found == NULL) {
        found = find_in(builtin_prices, builtin_price_count, label, false);
    }
    if (found == NULL) {
        found = find_in(configured, configured_count, label, true);
    }
    if (found == NULL) {
        found = find_in(builtin_prices, builtin_price_count, label, true);
    }
    return found;
}

double price_cost_usd(const struct price *price, long long input_tokens, long long output_tokens)
{
    if (price == NULL) {
        return 0;
    }
    return ((double)input_tokens * price->input_per_million + (double)output_tokens * price->output_per_million)
           / 1e6;
}
