/* scrub_testing.h — the scrubber the unit tests share: every built-in type enabled, built
 * once per test group (cmocka group setup and teardown) and used by each of its tests; and
 * the check most of them make with it, that a text scrubs to exactly an expected text. */
#ifndef LETHE_TEST_SCRUB_TESTING_H
#define LETHE_TEST_SCRUB_TESTING_H

#include "tests/unit/unit.h"

#include "scrub/request.h"

#include <stdlib.h>
#include <string.h>

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

/* `len` bytes of `text` scrubbed with `with` into `out`, from a heap block of exactly that
 * size: a read past either end is a fault the sanitizer build reports, where a literal's
 * terminating NUL would have hidden it. */
static inline void scrub_exact_copy(struct scrubber *with, struct vault *vault, const char *text, size_t len,
                                    struct buffer *out)
{
    char *copy = malloc(len > 0 ? len : 1);
    assert_non_null(copy);
    if (len > 0) {
        memcpy(copy, text, len);
    }
    assert_true(scrub_text(with, vault, copy, len, out) != (size_t)-1);
    free(copy);
}

/* Every proper prefix and suffix of `text` scrubbed, each from a block of its own size: a
 * reader that looks one byte past an anchor at the text's end, or one byte before one at its
 * start, faults here in the sanitizer build (the outputs are not checked; the whole text's is). */
static inline void scrub_every_cut(struct scrubber *with, const char *text, size_t len)
{
    for (size_t cut = 1; cut < len; cut++) {
        struct arena arena;
        arena_init(&arena, 4096);
        struct vault vault;
        vault_init(&vault, &arena, NULL, 0);
        struct buffer out;
        buffer_init(&out, &arena, 256);
        scrub_exact_copy(with, &vault, text, cut, &out);
        scrub_exact_copy(with, &vault, text + cut, len - cut, &out);
        arena_release(&arena);
    }
}

/* `text` scrubs to exactly `expected` with `with`: the whole output, byte for byte; and no
 * cut of it reads outside itself. */
static inline void expect_scrubbed_by(struct scrubber *with, const char *text, const char *expected)
{
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    struct buffer out;
    buffer_init(&out, &arena, 256);
    scrub_exact_copy(with, &vault, text, strlen(text), &out);
    if (out.len != strlen(expected) || memcmp(out.data, expected, out.len) != 0) {
        fail_msg("'%s'\n  gave     '%.*s'\n  expected '%s'", text, (int)out.len, out.data, expected);
    }
    arena_release(&arena);
    scrub_every_cut(with, text, strlen(text));
}

/* The same with every built-in type on. */
static inline void expect_scrubbed(const char *text, const char *expected)
{
    expect_scrubbed_by(&scrubber, text, expected);
}

/* `value` of `type` inside `before` + value + `after` is masked, exactly, alone. */
static inline void expect_masked(const char *before, const char *value, const char *after, const char *type)
{
    char text[2048], expected[2048];
    snprintf(text, sizeof text, "%s%s%s", before, value, after);
    snprintf(expected, sizeof expected, "%s[%s_1]%s", before, type, after);
    expect_scrubbed(text, expected);
}

/* `text` scrubs to itself. */
static inline void expect_untouched(const char *text)
{
    expect_scrubbed(text, text);
}

#endif
