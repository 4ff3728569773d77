/* The circuit breaker's state machine, on a clock the test controls. */
#include "tests/unit/unit.h"

#include "providers/breaker.h"

static const struct breaker_policy policy = { .failures = 3, .cooldown_ms = 1000, .max_cooldown_ms = 3000 };

static void opens_after_consecutive_failures(void **state)
{
    (void)state;
    struct breaker breaker = { .label = "p/m", .cooldown_ms = 1000 };
    breaker_failure(&breaker, &policy, 0, 0);
    breaker_failure(&breaker, &policy, 0, 0);
    breaker_success(&breaker, &policy);             /* a success resets the count */
    breaker_failure(&breaker, &policy, 0, 0);
    breaker_failure(&breaker, &policy, 0, 0);
    assert_true(breaker_allows(&breaker, 10));
    breaker_failure(&breaker, &policy, 10, 0);
    assert_int_equal(breaker.state, BREAKER_OPEN);
    assert_false(breaker_allows(&breaker, 500));
    assert_true(breaker_is_open(&breaker, 500));
}

static void one_probe_then_doubling_cooldown(void **state)
{
    (void)state;
    struct breaker breaker = { .label = "p/m", .cooldown_ms = 1000 };
    for (int i = 0; i < 3; i++) {
        breaker_failure(&breaker, &policy, 0, 0);
    }
    assert_true(breaker_allows(&breaker, 1000));    /* the probe */
    assert_int_equal(breaker.state, BREAKER_HALF_OPEN);
    assert_false(breaker_allows(&breaker, 1001));   /* only one */
    breaker_failure(&breaker, &policy, 1100, 0);    /* it failed: 2000 ms now */
    assert_false(breaker_allows(&breaker, 3000));
    assert_true(breaker_allows(&breaker, 3100));
    breaker_failure(&breaker, &policy, 3100, 0);    /* 4000 capped to 3000 */
    assert_false(breaker_allows(&breaker, 6000));
    assert_true(breaker_allows(&breaker, 6100));
    breaker_release(&breaker);                      /* a cancelled probe is no verdict */
    assert_true(breaker_allows(&breaker, 6101));
    breaker_success(&breaker, &policy);
    assert_int_equal(breaker.state, BREAKER_CLOSED);
    assert_int_equal(breaker.cooldown_ms, 1000);
}

static void retry_after_opens_it(void **state)
{
    (void)state;
    struct breaker breaker = { .label = "p/m", .cooldown_ms = 1000 };
    breaker_failure(&breaker, &policy, 0, 7000);
    assert_false(breaker_allows(&breaker, 6999));
    assert_true(breaker_allows(&breaker, 7000));
}

static void failure_ratio_over_a_window(void **state)
{
    (void)state;
    struct breaker_policy ratio = { .failures = 1000, .cooldown_ms = 1000, .max_cooldown_ms = 1000,
                                    .failure_ratio = 0.5, .window = 4 };
    unsigned char ring[4];
    struct breaker breaker = { .label = "p/m", .cooldown_ms = 1000, .outcomes = ring };
    breaker_failure(&breaker, &ratio, 0, 0);
    breaker_success(&breaker, &ratio);
    breaker_success(&breaker, &ratio);
    assert_int_equal(breaker.state, BREAKER_CLOSED);     /* window not full yet */
    breaker_failure(&breaker, &ratio, 0, 0);             /* 2 of 4 failed */
    assert_int_equal(breaker.state, BREAKER_OPEN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opens_after_consecutive_failures),
        cmocka_unit_test(one_probe_then_doubling_cooldown),
        cmocka_unit_test(retry_after_opens_it),
        cmocka_unit_test(failure_ratio_over_a_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
