/* scrub_testing.h — the scrubber the unit tests share: every built-in type enabled, built
 * once per test group (cmocka group setup and teardown) and used by each of its tests. */
#ifndef LETHE_TEST_SCRUB_TESTING_H
#define LETHE_TEST_SCRUB_TESTING_H

#include "tests/unit/unit.h"

#include "scrub/request.h"

static struct scrub_config all_types = { .enabled = true };
static struct scrubber scrubber;

/* Group setup: build `scrubber` with every built-in type; a failure fails with its error. */
static int build_scrubber(void **state)
{
    (void)state;
    char error[256];
    if (!scrubber_init(&scrubber, &all_types, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

/* Group teardown. */
static int release_scrubber(void **state)
{
    (void)state;
    scrubber_release(&scrubber);
    return 0;
}

#endif
