/* Token buckets: a burst of a minute's allowance, continuous refill, retry-after from the
 * deficit, tokens corrected by usage (a bucket may go negative), and an IP table that
 * survives more addresses than it has slots. Budgets: reservations owned per worker slot
 * and given back when a dead worker's slot is reclaimed. */
#include "tests/unit/unit.h"

#include <sys/wait.h>
#include <unistd.h>

#include "proxy/keys.h"
#include "proxy/limits.h"
#include "transforms/foundation/shared.h"

static void requests_per_minute(void **state)
{
    (void)state;
    struct gateway_key key = { .name = "k", .rpm = 2 };
    struct rate_limits *limits = rate_limits_create(1, 0, 1);
    assert_non_null(limits);
    long long now = 1000000;
    assert_int_equal(rate_limits_admit(limits, NULL, 0, &key, 1, now).refused_by, LIMIT_NONE);
    assert_int_equal(rate_limits_admit(limits, NULL, 0, &key, 1, now).refused_by, LIMIT_NONE);
    struct limit_verdict refused = rate_limits_admit(limits, NULL, 0, &key, 1, now);
    assert_int_equal(refused.refused_by, LIMIT_KEY_RPM);
    assert_int_equal(refused.retry_after_s, 30);              /* one request every 30 s */
    assert_int_equal(rate_limits_admit(limits, NULL, 0, &key, 1, now + 29000).refused_by, LIMIT_KEY_RPM);
    assert_int_equal(rate_limits_admit(limits, NULL, 0, &key, 1, now + 30000).refused_by, LIMIT_NONE);
    rate_limits_destroy(limits);
}

static void tokens_settle_against_usage(void **state)
{
    (void)state;
    struct gateway_key key = { .name = "k", .tpm = 600 };
    struct rate_limits *limits = rate_limits_create(1, 0, 1);
    long long now = 5000;
    assert_int_equal(rate_limits_admit(limits, NULL, 0, &key, 100, now).refused_by, LIMIT_NONE);
    /* The provider counted 1,000 tokens where 100 were estimated: the bucket owes 400. */
    rate_limits_settle(limits, 0, &key, 100, 1000, now);
    struct limit_verdict refused = rate_limits_admit(limits, NULL, 0, &key, 10, now);
    assert_int_equal(refused.refused_by, LIMIT_KEY_TPM);
    assert_int_equal(refused.retry_after_s, 41);              /* (10 + 400) tokens at 10 per second */
    assert_int_equal(rate_limits_admit(limits, NULL, 0, &key, 10, now + 41000).refused_by, LIMIT_NONE);
    rate_limits_destroy(limits);
}

static void addresses(void **state)
{
    (void)state;
    struct rate_limits *limits = rate_limits_create(0, 1, 1);
    long long now = 1;
    assert_int_equal(rate_limits_admit(limits, "10.0.0.1", -1, NULL, 1, now).refused_by, LIMIT_NONE);
    assert_int_equal(rate_limits_admit(limits, "10.0.0.1", -1, NULL, 1, now).refused_by, LIMIT_IP_RPM);
    assert_int_equal(rate_limits_admit(limits, "10.0.0.2", -1, NULL, 1, now).refused_by, LIMIT_NONE);
    char ip[32];
    for (int i = 0; i < 20000; i++) {                          /* more than the table holds */
        snprintf(ip, sizeof ip, "192.0.%d.%d", i / 250, i % 250);
        rate_limits_admit(limits, ip, -1, NULL, 1, now + i);
    }
    assert_int_equal(rate_limits_admit(limits, "192.0.79.249", -1, NULL, 1, now + 20000).refused_by, LIMIT_IP_RPM);
    rate_limits_destroy(limits);
}

static void budgets(void **state)
{
    (void)state;
    struct gateway_key key = { .name = "k", .budget_usd_day = 1.0 };
    struct rate_limits *limits = rate_limits_create(1, 0, 1);
    double committed;
    long day = 20000;
    assert_true(budget_reserve(limits, 0, &key, 0.40, day, &committed));
    assert_true(budget_reserve(limits, 0, &key, 0.40, day, &committed));
    assert_false(budget_reserve(limits, 0, &key, 0.40, day, &committed));   /* 1.20 > 1.00 */
    assert_true(committed > 0.79 && committed < 0.81);
    budget_charge(limits, 0, 0.40, 0.05, day);                               /* real cost was small */
    assert_true(budget_reserve(limits, 0, &key, 0.40, day, &committed));
    assert_true(budget_spent(limits, 0, day) > 0.049 && budget_spent(limits, 0, day) < 0.051);
    budget_charge(limits, 0, 0.40, 0.40, day);
    budget_charge(limits, 0, 0.40, 0.40, day);
    assert_false(budget_reserve(limits, 0, &key, 0.20, day, &committed));   /* 0.85 spent */
    assert_true(budget_reserve(limits, 0, &key, 0.20, day + 1, &committed)); /* a new day */
    assert_true(budget_spent(limits, 0, day + 1) == 0);
    rate_limits_destroy(limits);
}

static bool near(double value, double wanted)
{
    return value > wanted - 1e-6 && value < wanted + 1e-6;
}

/* Two workers reserve; one dies. Reaping it gives back its reservations only, and the
 * survivor's charge still releases exactly its own. */
static void reclaiming_a_slot_releases_its_reservations(void **state)
{
    (void)state;
    struct gateway_key key = { .name = "k", .budget_usd_day = 1.0 };
    struct rate_limits *limits = rate_limits_create(1, 0, 2);
    double committed;
    long day = 20000;
    rate_limits_set_worker_slot(limits, 0);
    assert_true(budget_reserve(limits, 0, &key, 0.40, day, &committed));
    assert_true(budget_reserve(limits, 0, &key, 0.40, day, &committed));
    rate_limits_set_worker_slot(limits, 1);
    assert_true(budget_reserve(limits, 0, &key, 0.15, day, &committed));
    assert_false(budget_reserve(limits, 0, &key, 0.10, day, &committed));   /* 0.95 + 0.10 > 1 */
    rate_limits_reclaim_worker_slot(limits, 0);                              /* slot 0 died */
    assert_true(near(budget_reserved(limits, 0), 0.15));
    assert_true(budget_reserve(limits, 0, &key, 0.80, day, &committed));     /* 0.95 fits again */
    budget_charge(limits, 0, 0.15, 0.02, day);
    assert_true(near(budget_reserved(limits, 0), 0.80));
    assert_true(near(budget_spent(limits, 0, day), 0.02));
    rate_limits_reclaim_worker_slot(limits, 0);                              /* nothing of slot 1's */
    assert_true(near(budget_reserved(limits, 0), 0.80));
    rate_limits_reclaim_worker_slot(limits, 1);
    assert_true(near(budget_reserved(limits, 0), 0));
    assert_true(near(budget_spent(limits, 0, day), 0.02));                   /* spent stays spent */
    rate_limits_reclaim_worker_slot(limits, 7);                              /* no such slot: ignored */
    rate_limits_destroy(limits);
}

/* The real shape: a forked worker reserves and is killed before it charges; the parent,
 * as the master does, reaps it and reclaims its slot. */
static void a_killed_worker_is_reclaimed_after_reaping(void **state)
{
    (void)state;
    struct gateway_key key = { .name = "k", .budget_usd_day = 0.50 };
    struct rate_limits *limits = rate_limits_create(1, 0, 2);
    long day = 20000;
    pid_t worker = fork();
    assert_true(worker >= 0);
    if (worker == 0) {
        double committed;
        rate_limits_set_worker_slot(limits, 1);
        bool reserved = budget_reserve(limits, 0, &key, 0.45, day, &committed);
        _exit(reserved ? 0 : 1);
    }
    int status = 0;
    assert_int_equal(waitpid(worker, &status, 0), worker);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    double committed;
    assert_false(budget_reserve(limits, 0, &key, 0.10, day, &committed));    /* the dead one's 0.45 */
    rate_limits_reclaim_worker_slot(limits, 1);
    assert_true(budget_reserve(limits, 0, &key, 0.10, day, &committed));
    assert_true(near(committed, 0));
    rate_limits_destroy(limits);
}

/* A lock whose holder died is taken back only for that holder. */
static void a_lock_held_by_a_dead_worker_is_taken_back(void **state)
{
    (void)state;
    struct worker_lock lock;
    worker_lock_init(&lock);
    worker_lock_acquire(&lock, 3);
    worker_lock_reclaim(&lock, 2);                                           /* not its holder */
    assert_int_equal(atomic_load(&lock.holder), 4);
    worker_lock_reclaim(&lock, 3);
    assert_int_equal(atomic_load(&lock.holder), 0);
    worker_lock_acquire(&lock, SHARED_HOLDER_MASTER);
    worker_lock_release(&lock);
    assert_int_equal(atomic_load(&lock.holder), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(requests_per_minute),
        cmocka_unit_test(tokens_settle_against_usage),
        cmocka_unit_test(addresses),
        cmocka_unit_test(budgets),
        cmocka_unit_test(reclaiming_a_slot_releases_its_reservations),
        cmocka_unit_test(a_killed_worker_is_reclaimed_after_reaping),
        cmocka_unit_test(a_lock_held_by_a_dead_worker_is_taken_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
