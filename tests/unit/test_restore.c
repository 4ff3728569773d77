/* The vault's placeholders and the incremental restorer: every split of an answer, and
 * byte by byte, restores the same text; only a possible placeholder is ever held back. */
#include "tests/unit/unit.h"

#include "scrub/restore.h"

static void restore_in_two(const struct vault *vault, const char *text, size_t split, struct buffer *out)
{
    struct arena arena;
    arena_init(&arena, 1024);
    struct restorer restorer;
    restorer_init(&restorer, vault, &arena);
    restorer_feed(&restorer, text, split, out);
    restorer_feed(&restorer, text + split, strlen(text) - split, out);
    restorer_finish(&restorer, out);
    arena_release(&arena);
}

static void expect_restored_at_every_split(const struct vault *vault, const char *text, const char *expected)
{
    struct arena arena;
    arena_init(&arena, 1024);
    for (size_t split = 0; split <= strlen(text); split++) {
        struct buffer out;
        buffer_init(&out, &arena, 64);
        restore_in_two(vault, text, split, &out);
        if (strcmp(out.data, expected) != 0) {
            fail_msg("split at %zu: got '%s', expected '%s'", split, out.data, expected);
        }
    }
    struct restorer restorer;                       /* and one byte at a time */
    restorer_init(&restorer, vault, &arena);
    struct buffer out;
    buffer_init(&out, &arena, 64);
    for (size_t i = 0; text[i]; i++) {
        restorer_feed(&restorer, text + i, 1, &out);
    }
    restorer_finish(&restorer, &out);
    assert_string_equal(out.data, expected);
    arena_release(&arena);
}

static void vault_is_deterministic_and_avoids_collisions(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct slice texts[] = { SLICE_LITERAL("the doc mentions [EMAIL_1] literally") };
    struct vault vault;
    vault_init(&vault, &arena, texts, 1);
    const struct vault_entry *first = vault_mint(&vault, "EMAIL", SLICE_LITERAL("ann@example.com"));
    const struct vault_entry *again = vault_mint(&vault, "EMAIL", SLICE_LITERAL("ann@example.com"));
    const struct vault_entry *other = vault_mint(&vault, "EMAIL", SLICE_LITERAL("bob@example.com"));
    const struct vault_entry *phone = vault_mint(&vault, "PHONE", SLICE_LITERAL("+47 912 34 567"));
    assert_ptr_equal(first, again);
    assert_true(slice_equals(first->placeholder, "[EMAIL_2]"));   /* _1 is in the prompt already */
    assert_true(slice_equals(other->placeholder, "[EMAIL_3]"));
    assert_true(slice_equals(phone->placeholder, "[PHONE_1]"));
    assert_true(slice_equals(phone->bare, "PHONE_1"));
    arena_release(&arena);
}

static void restores_split_anywhere(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    vault_mint(&vault, "EMAIL", SLICE_LITERAL("ann@example.com"));
    vault_mint(&vault, "PHONE", SLICE_LITERAL("+47 912 34 567"));
    expect_restored_at_every_split(&vault, "Write to [EMAIL_1] or call [PHONE_1].",
                                   "Write to ann@example.com or call +47 912 34 567.");
    /* The bare form, when the model drops the brackets, but only standing alone. */
    expect_restored_at_every_split(&vault, "Mail EMAIL_1, not XEMAIL_1 or EMAIL_1X; PHONE_1",
                                   "Mail ann@example.com, not XEMAIL_1 or EMAIL_1X; +47 912 34 567");
    /* Text that only looks like the start of one is released unchanged. */
    expect_restored_at_every_split(&vault, "[EMAIL] [EMAIL_9] [PHONE_ and EMAIL_ [",
                                   "[EMAIL] [EMAIL_9] [PHONE_ and EMAIL_ [");
    arena_release(&arena);
}

static void longest_placeholder_wins(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    char value[32];
    for (int i = 1; i <= 12; i++) {
        snprintf(value, sizeof value, "person%d@example.com", i);
        vault_mint(&vault, "EMAIL", slice_of(arena_strndup(&arena, value, strlen(value)), strlen(value)));
    }
    expect_restored_at_every_split(&vault, "EMAIL_12 and [EMAIL_1] and EMAIL_1.",
                                   "person12@example.com and person1@example.com and person1@example.com.");
    arena_release(&arena);
}

static void holds_back_only_a_possible_placeholder(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    vault_mint(&vault, "EMAIL", SLICE_LITERAL("ann@example.com"));
    struct restorer restorer;
    restorer_init(&restorer, &vault, &arena);
    struct buffer out;
    buffer_init(&out, &arena, 64);
    restorer_feed(&restorer, "Hello there, ", 13, &out);
    assert_string_equal(out.data, "Hello there, ");            /* nothing held */
    restorer_feed(&restorer, "[EMA", 4, &out);
    assert_string_equal(out.data, "Hello there, ");            /* held: could be [EMAIL_1] */
    assert_true(restorer.pending.len <= vault.longest_placeholder);
    restorer_feed(&restorer, "X] ok", 5, &out);
    assert_string_equal(out.data, "Hello there, [EMAX] ok");   /* released as soon as it cannot */
    restorer_finish(&restorer, &out);
    /* Nothing masked: a plain pass-through. */
    struct vault empty;
    vault_init(&empty, &arena, NULL, 0);
    restorer_init(&restorer, &empty, &arena);
    buffer_reset(&out);
    restorer_feed(&restorer, "[EMAIL_1]", 9, &out);
    assert_string_equal(out.data, "[EMAIL_1]");
    arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(vault_is_deterministic_and_avoids_collisions),
        cmocka_unit_test(restores_split_anywhere),
        cmocka_unit_test(longest_placeholder_wins),
        cmocka_unit_test(holds_back_only_a_possible_placeholder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
