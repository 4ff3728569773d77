/* names_testing.h — the name table the name finder's unit tests share: built once per test
 * group from the gazetteer compiled into the binary (cmocka group setup and teardown). */
#ifndef LETHE_TEST_NAMES_TESTING_H
#define LETHE_TEST_NAMES_TESTING_H

#include "tests/unit/unit.h"

#include "scrub/names.h"

static const struct entity_type person = { .name = "PERSON" };
static struct name_table table;

static int build_table(void **state)
{
    (void)state;
    return name_table_init(&table, scrub_names_data, scrub_names_data_size) ? 0 : -1;
}

static int release_table(void **state)
{
    (void)state;
    name_table_release(&table);
    return 0;
}

#endif
