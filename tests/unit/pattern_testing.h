/* pattern_testing.h — the built-in pattern set the pattern tests share, compiled once per
 * test group (cmocka group setup and teardown) and used by each of its tests. Include it
 * after scrub/patterns.h (or patterns.c itself, as the work-counting test does). */
#ifndef LETHE_TEST_PATTERN_TESTING_H
#define LETHE_TEST_PATTERN_TESTING_H

#include "tests/unit/unit.h"

#include "scrub/patterns.h"

static struct pattern_set set;

/* Group setup: compile every built-in type; a failure fails with Hyperscan's error. */
static int compile_builtin(void **state)
{
    (void)state;
    char error[256];
    if (!pattern_set_compile(&set, builtin_entity_types, builtin_entity_type_count, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

static int release_builtin(void **state)
{
    (void)state;
    pattern_set_release(&set);
    return 0;
}

#endif
