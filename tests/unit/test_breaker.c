/* The circuit breaker's state machine, on a clock the test controls; and the shared store
 * that gives every worker one breaker per target. */
#include "tests/unit/unit.h"

#include <sys/wait.h>
#include <unistd.h>

#include "providers/breaker.h"
#include "providers/route.h"

static const struct breaker_policy policy = { .failures = 3, .cooldown_ms = 1000, .max_cooldown_ms = 3000 };

static bool allows(struct breaker *breaker, long long now_ms)
{
    bool probe;
    return breaker_allows(breaker, &policy, now_ms, &probe);
}

static void opens_after_consecutive_failures(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    breaker_failure(&breaker, &policy, 0, 0);
    breaker_failure(&breaker, &policy, 0, 0);
    breaker_success(&breaker, &policy);             /* a success resets the count */
    breaker_failure(&breaker, &policy, 0, 0);
    breaker_failure(&breaker, &policy, 0, 0);
    bool probe = true;
    assert_true(breaker_allows(&breaker, &policy, 10, &probe));
    assert_false(probe);                            /* closed: no probe to account for */
    breaker_failure(&breaker, &policy, 10, 0);
    assert_int_equal(breaker_state(&breaker), BREAKER_OPEN);
    assert_false(allows(&breaker, 500));
    assert_true(breaker_is_open(&breaker, 500));
}

static void one_probe_then_doubling_cooldown(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    for (int i = 0; i < 3; i++) {
        breaker_failure(&breaker, &policy, 0, 0);
    }
    bool probe = false;
    assert_true(breaker_allows(&breaker, &policy, 1000, &probe));    /* the probe */
    assert_true(probe);
    assert_int_equal(breaker_state(&breaker), BREAKER_HALF_OPEN);
    assert_false(allows(&breaker, 1001));           /* only one */
    breaker_failure(&breaker, &policy, 1100, 0);    /* it failed: 2000 ms now */
    assert_false(allows(&breaker, 3000));
    assert_true(allows(&breaker, 3100));
    breaker_failure(&breaker, &policy, 3100, 0);    /* 4000 capped to 3000 */
    assert_false(allows(&breaker, 6000));
    assert_true(allows(&breaker, 6100));
    breaker_release(&breaker);                      /* a cancelled probe is no verdict */
    assert_true(allows(&breaker, 6101));
    breaker_success(&breaker, &policy);
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);
    assert_int_equal(breaker.cooldown_ms, 1000);
}

/* A probe whose worker died never gets its verdict: after max_cooldown_ms another goes. */
static void a_lost_probe_is_given_up(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    for (int i = 0; i < 3; i++) {
        breaker_failure(&breaker, &policy, 0, 0);
    }
    assert_true(allows(&breaker, 1000));
    assert_false(allows(&breaker, 1000 + policy.max_cooldown_ms - 1));
    bool probe = false;
    assert_true(breaker_allows(&breaker, &policy, 1000 + policy.max_cooldown_ms, &probe));
    assert_true(probe);
}

static void retry_after_opens_it(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    breaker_failure(&breaker, &policy, 0, 7000);
    assert_false(allows(&breaker, 6999));
    assert_true(allows(&breaker, 7000));
}

static void failure_ratio_over_a_window(void **state)
{
    (void)state;
    struct breaker_policy ratio = { .failures = 1000, .cooldown_ms = 1000, .max_cooldown_ms = 1000,
                                    .failure_ratio = 0.5, .window = 4 };
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &ratio);
    breaker_failure(&breaker, &ratio, 0, 0);
    breaker_success(&breaker, &ratio);
    breaker_success(&breaker, &ratio);
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);     /* window not full yet */
    breaker_failure(&breaker, &ratio, 0, 0);                        /* 2 of 4 failed */
    assert_int_equal(breaker_state(&breaker), BREAKER_OPEN);
}

/* A reload to a smaller window starts the window again instead of reading past it. */
static void a_new_window_starts_empty(void **state)
{
    (void)state;
    struct breaker_policy wide = { .failures = 1000, .cooldown_ms = 1000, .max_cooldown_ms = 1000,
                                   .failure_ratio = 0.5, .window = 10 };
    struct breaker_policy narrow = wide;
    narrow.window = 2;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &wide);
    for (int i = 0; i < 9; i++) {
        breaker_success(&breaker, &wide);
    }
    breaker_failure(&breaker, &narrow, 0, 0);       /* 1 of 1 so far: not full */
    assert_int_equal(breaker_state(&breaker), BREAKER_CLOSED);
    breaker_failure(&breaker, &narrow, 0, 0);       /* 2 of 2 */
    assert_int_equal(breaker_state(&breaker), BREAKER_OPEN);
}

static void observed_latency_is_a_moving_average(void **state)
{
    (void)state;
    struct breaker breaker;
    breaker_init(&breaker, "p/m", &policy);
    assert_true(breaker_latency_ms(&breaker) < 0);
    breaker_observe_latency(&breaker, 100);
    breaker_observe_latency(&breaker, 200);
    assert_true(breaker_latency_ms(&breaker) > 119.9 && breaker_latency_ms(&breaker) < 120.1);
}

/* Two routes naming a/x and b/y, a/x twice. */
static struct route_target targets[] = { { .label = "a/x" }, { .label = "b/y" }, { .label = "a/x" } };
static struct route routes[] = {
    { .name = "one", .targets = &targets[0], .target_count = 2 },
    { .name = "two", .targets = &targets[2], .target_count = 1 },
};
static const struct route_table two_routes = { .routes = routes, .route_count = 2 };

/* A reload builds a new table: it finds the same breakers, with what they learnt. */
static void tables_share_the_store(void **state)
{
    (void)state;
    struct breaker_store *store = breaker_store_create(4);
    assert_non_null(store);
    struct breaker_table first, second;
    assert_true(breaker_table_build(&first, store, &two_routes, &policy));
    assert_int_equal(first.count, 2);
    for (int i = 0; i < 3; i++) {
        breaker_failure(breaker_table_find(&first, "a/x"), &policy, 0, 0);
    }
    assert_true(breaker_table_build(&second, store, &two_routes, &policy));
    assert_ptr_equal(breaker_table_find(&second, "a/x"), breaker_table_find(&first, "a/x"));
    assert_true(breaker_is_open(breaker_table_find(&second, "a/x"), 10));
    assert_false(breaker_is_open(breaker_table_find(&second, "b/y"), 10));
    assert_null(breaker_table_find(&second, "c/z"));
    breaker_table_release(&first);
    breaker_table_release(&second);
    breaker_store_destroy(store);
}

static void a_full_store_refuses_new_labels(void **state)
{
    (void)state;
    struct breaker_store *store = breaker_store_create(1);
    struct breaker_table table;
    assert_false(breaker_table_build(&table, store, &two_routes, &policy));
    assert_null(table.breakers);
    breaker_store_destroy(store);
}

/* What a worker learns, the others see: failures in a child process open the parent's
 * breaker, and the child's probe is the only one. */
static void workers_share_one_breaker(void **state)
{
    (void)state;
    struct breaker_store *store = breaker_store_create(4);
    struct breaker_table table;
    assert_true(breaker_table_build(&table, store, &two_routes, &policy));
    struct breaker *shared = breaker_table_find(&table, "b/y");
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        for (int i = 0; i < 3; i++) {
            breaker_failure(shared, &policy, 0, 0);
        }
        bool probe = false;
        _exit(breaker_allows(shared, &policy, 1000, &probe) && probe ? 0 : 1);
    }
    int status = 0;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_int_equal(breaker_state(shared), BREAKER_HALF_OPEN);
    assert_false(allows(shared, 1001));              /* the child holds the probe */
    breaker_table_release(&table);
    breaker_store_destroy(store);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(opens_after_consecutive_failures),
        cmocka_unit_test(one_probe_then_doubling_cooldown),
        cmocka_unit_test(a_lost_probe_is_given_up),
        cmocka_unit_test(retry_after_opens_it),
        cmocka_unit_test(failure_ratio_over_a_window),
        cmocka_unit_test(a_new_window_starts_empty),
        cmocka_unit_test(observed_latency_is_a_moving_average),
        cmocka_unit_test(tables_share_the_store),
        cmocka_unit_test(a_full_store_refuses_new_labels),
        cmocka_unit_test(workers_share_one_breaker),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
