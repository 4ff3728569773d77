/* unit.h — what every cmocka test file here includes. */
#ifndef LETHE_TEST_UNIT_H
#define LETHE_TEST_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transforms/format.h"

/* text[0, len) filled with `unit` over and over (cut where len ends): the packed texts the
 * work-counting tests feed a reader, so that every byte is an anchor's worst case. */
static inline void fill_with_unit(char *text, size_t len, const char *unit)
{
    size_t unit_len = strlen(unit);
    for (size_t i = 0; i < len; i++) {
        text[i] = unit[i % unit_len];
    }
}

/* What most translation tests need: an arena, an output buffer, a request, an error. */
struct fixture {
    struct arena arena;
    struct buffer out;
    struct canon_request request;
    struct format_error error;
};

static inline int fixture_setup(void **state)
{
    struct fixture *fixture = calloc(1, sizeof *fixture);
    arena_init(&fixture->arena, 4096);
    buffer_init(&fixture->out, &fixture->arena, 256);
    *state = fixture;
    return 0;
}

static inline int fixture_teardown(void **state)
{
    struct fixture *fixture = *state;
    arena_release(&fixture->arena);
    free(fixture);
    return 0;
}

#endif
