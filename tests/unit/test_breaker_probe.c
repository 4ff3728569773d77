/* Probe ownership: while a breaker is not closed, only the attempt holding its one probe
 * decides it. An attempt that began before the circuit opened (a hedged rival, a long
 * stream, a retry's older try) reports an outcome that is not the probe's: it must neither
 * reopen nor close the circuit on the probe's behalf. */
#include "tests/unit/unit.h"

#include "providers/breaker.h"

static const struct breaker_policy policy = { .failures = 2, .cooldown_ms = 1000, .max_cooldown_ms = 8000 };

/* Open the breaker at t=0, then take the probe at t=1000: half-open, probe in flight. */
static void half_open_with_probe(struct breaker *breaker)
{
    breaker_init(breaker, "p/m", &policy);
    breaker_report(breaker, &policy, 0, false, false, 0);
    breaker_report(breaker, &policy, 0, false, false, 0);
    assert_int_equal(breaker_state(breaker), BREAKER_OPEN);
    bool probe = false;
    assert_true(breaker_allows(breaker, &policy, 1000, &probe));
    assert_true(probe);
    assert_int_equal(breaker_state(breaker), BREAKER_HALF_OPEN);
}

static void a_stale_failure_is_not_the_probes(void **state)
{
    (void)state;
    struct breaker breaker;
    half_open_with_probe(&breaker);
    breaker_report(&breaker, &policy, 1010, false, false, 0);      /* an older attempt fails */
    assert_int_equal(breaker_state(&breaker), BREAKER_HALF_OPEN);
    bool probe = true;
    assert_false(breaker_allows(&breaker, &policy, 1020, &probe));  /* the probe is still out */
    breaker_report(&breaker, &policy, 1030, true, true, 0);        /* the probe's own verdict */
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);
}

static void a_stale_success_does_not_close_it(void **state)
{
    (void)state;
    struct breaker breaker;
    half_open_with_probe(&breaker);
    breaker_report(&breaker, &policy, 1010, true, false, 0);       /* an older attempt succeeds */
    assert_int_equal(breaker_state(&breaker), BREAKER_HALF_OPEN);
    breaker_report(&breaker, &policy, 1030, false, true, 0);       /* the probe fails: reopen, doubled */
    assert_int_equal(breaker_state(&breaker), BREAKER_OPEN);
    assert_false(breaker_allows(&breaker, &policy, 2900, &(bool){ false }));
    assert_true(breaker_allows(&breaker, &policy, 3030, &(bool){ false }));
}

static void a_stale_outcome_while_open_changes_nothing(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    breaker_report(&breaker, &policy, 0, false, false, 0);
    breaker_report(&breaker, &policy, 0, false, false, 0);
    breaker_report(&breaker, &policy, 10, true, false, 0);         /* began before it opened */
    assert_int_equal(breaker_state(&breaker), BREAKER_OPEN);
    breaker_report(&breaker, &policy, 10, false, false, 60000);    /* nor does a late retry-after */
    assert_true(breaker_allows(&breaker, &policy, 1000, &(bool){ false }));
}

static void closed_counts_every_verdict(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    breaker_report(&breaker, &policy, 0, false, false, 0);
    breaker_report(&breaker, &policy, 0, true, false, 0);          /* resets the count */
    breaker_report(&breaker, &policy, 0, false, false, 0);
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);
    breaker_report(&breaker, &policy, 0, false, false, 0);
    assert_int_equal(breaker_state(&breaker), BREAKER_OPEN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_stale_failure_is_not_the_probes),
        cmocka_unit_test(a_stale_success_does_not_close_it),
        cmocka_unit_test(a_stale_outcome_while_open_changes_nothing),
        cmocka_unit_test(closed_counts_every_verdict),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
