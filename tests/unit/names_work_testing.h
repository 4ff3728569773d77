/* names_work_testing.h — the bytes scrub/names.c examines while finding the names of a shape
 * (work_testing.h) at a given size, for the tests that compile names.c in with its work counter
 * (LETHE_NAMES_WORK) and the table of names_testing.h. */
#ifndef LETHE_TEST_NAMES_WORK_TESTING_H
#define LETHE_TEST_NAMES_WORK_TESTING_H

#include "tests/unit/names_testing.h"
#include "tests/unit/work_testing.h"

/* Bytes examined while finding the names of `shape` at `size` bytes; its length in `len`. */
static size_t names_work_for(const struct shape *shape, size_t size, size_t *len)
{
    enum { MAX_CANDIDATES = 1 << 16 };
    static struct candidate found[MAX_CANDIDATES];
    char *text = build_shape(shape, size, len);
    names_work = 0;
    size_t count = names_find(&table, &person, text, *len, found, MAX_CANDIDATES);
    free(text);
    assert_true(count <= MAX_CANDIDATES);
    return names_work;
}

#endif
