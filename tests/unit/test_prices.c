/* Prices: the config before the built-in table, exact labels before model names, and
 * the cost of a request from its usage. */
#include "tests/unit/unit.h"

#include "providers/prices.h"

static void lookups(void **state)
{
    (void)state;
    const struct price *gpt4o = price_find(NULL, 0, "openai/gpt-4o");
    assert_non_null(gpt4o);
    assert_true(gpt4o->input_per_million == 2.50 && gpt4o->output_per_million == 10.00);
    /* Another provider name, the same model: the model's price. */
    assert_ptr_equal(price_find(NULL, 0, "azure/gpt-4o"), gpt4o);
    assert_null(price_find(NULL, 0, "local/unknown-model"));
    struct price configured[] = { { "openai/gpt-4o", 1.0, 2.0, TIER_UNKNOWN, 0 }, { "local/llama", 0, 0, TIER_UNKNOWN, 0 } };
    assert_ptr_equal(price_find(configured, 2, "openai/gpt-4o"), &configured[0]);
    assert_ptr_equal(price_find(configured, 2, "local/llama"), &configured[1]);
    assert_ptr_equal(price_find(configured, 2, "openai/gpt-4o-mini"), price_find(NULL, 0, "openai/gpt-4o-mini"));
}

static void costs(void **state)
{
    (void)state;
    struct price price = { "p/m", 3.0, 15.0, TIER_UNKNOWN, 0 };
    assert_true(price_cost_usd(&price, 1000000, 0) == 3.0);
    assert_true(price_cost_usd(&price, 2000, 1000) == (2000 * 3.0 + 1000 * 15.0) / 1e6);
    assert_true(price_cost_usd(NULL, 1000, 1000) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookups),
        cmocka_unit_test(costs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
