/* Minting and restoring are linear in the number of values, whatever the input: the work
 * the vault and the restorer report (hash probes, bytes and entries compared, through the
 * vault's work counter) for 4,000 distinct values is about four times that for 1,000, never
 * the sixteen times of a scan over every entry per value. Counted, not timed. */
#include "tests/unit/unit.h"

#include "scrub/restore.h"

struct work {
    size_t mint, restore, stream;
};

/* A request holding `count` distinct e-mails and, to exercise the collision rule, quotes
 * of every fourth placeholder the vault would otherwise mint; the answer names every value
 * by its placeholder, bracketed and bare. */
static struct work measure(size_t count)
{
    struct arena arena;
    arena_init(&arena, 4096);
    struct buffer request;
    buffer_init(&request, &arena, count * 48);
    for (size_t i = 0; i < count; i++) {
        char line[64];
        int len = snprintf(line, sizeof line, "mail u%zu@example.com%s", i, i % 4 == 0 ? " " : ", ");
        buffer_append(&request, line, (size_t)len);
        if (i % 4 == 0) {
            len = snprintf(line, sizeof line, "[EMAIL_%zu] ", i + 2);
            buffer_append(&request, line, (size_t)len);
        }
    }
    struct slice texts[] = { slice_of(request.data, request.len) };
    size_t counter = 0;
    struct vault vault;
    vault_init(&vault, &arena, texts, 1);
    vault.work_counter = &counter;

    struct buffer answer, expected;
    buffer_init(&answer, &arena, count * 32);
    buffer_init(&expected, &arena, count * 48);
    for (size_t i = 0; i < count; i++) {
        char value[64];
        int len = snprintf(value, sizeof value, "u%zu@example.com", i);
        const struct vault_entry *entry = vault_mint(&vault, "EMAIL", slice_of(value, (size_t)len));
        assert_ptr_equal(entry, vault_mint(&vault, "EMAIL", slice_of(value, (size_t)len)));
        struct slice form = i % 2 ? entry->placeholder : entry->bare;
        buffer_append(&answer, form.ptr, form.len);
        buffer_append(&answer, " and ", 5);
        buffer_append(&expected, value, (size_t)len);
        buffer_append(&expected, " and ", 5);
    }
    assert_int_equal(vault.count, count);
    struct work work = { .mint = counter };

    counter = 0;
    struct slice restored = restore_text(&vault, &arena, slice_of(answer.data, answer.len), false);
    assert_int_equal(restored.len, expected.len);
    assert_memory_equal(restored.ptr, expected.data, expected.len);
    work.restore = counter;

    counter = 0;                                    /* as a stream, in 7-byte deltas */
    struct restorer restorer;
    restorer_init(&restorer, &vault, &arena);
    struct buffer out;
    buffer_init(&out, &arena, expected.len + 64);
    for (size_t at = 0; at < answer.len; at += 7) {
        restorer_feed(&restorer, answer.data + at, answer.len - at < 7 ? answer.len - at : 7, &out);
    }
    restorer_finish(&restorer, &out);
    assert_int_equal(out.len, expected.len);
    assert_memory_equal(out.data, expected.data, expected.len);
    work.stream = counter;
    arena_release(&arena);
    return work;
}

static bool linear(const char *what, size_t small, size_t large)
{
    double ratio = (double)large / (double)small;
    print_message("%s: %zu units for 1,000 values, %zu for 4,000: x%.2f\n", what, small, large, ratio);
    return small > 0 && ratio <= 5.0;
}

static void work_grows_linearly(void **state)
{
    (void)state;
    struct work small = measure(1000);
    struct work large = measure(4000);
    bool minting = linear("minting", small.mint, large.mint);
    bool restoring = linear("restoring", small.restore, large.restore);
    bool streaming = linear("restoring a stream", small.stream, large.stream);
    if (!minting || !restoring || !streaming) {
        fail_msg("work grows faster than the number of values: a quadratic path is back");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(work_grows_linearly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
