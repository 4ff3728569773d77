/* What minting one value costs the vault, and that the shortcuts behind it keep its answers.
 *
 * A placeholder's number marks its decimal beginnings ("1" and "12" of "[EMAIL_123]") so that a
 * streamed "[EMAIL_12" is held back as the start of one. Marking stops at the first beginning
 * already marked, and a type is found by its name's address: numbering up from 1, a value costs a
 * bounded few probes whatever its number's length (counted through the vault's work counter, not
 * timed), and every beginning of every minted number still answers vault_could_begin. */
#include "tests/unit/unit.h"

#include "scrub/vault.h"

enum { VALUES = 10000 };

static const char email[] = "EMAIL";

static const struct vault_entry *mint_number(struct vault *vault, size_t i)
{
    char value[64];
    int len = snprintf(value, sizeof value, "u%zu@example.com", i);
    return vault_mint(vault, email, slice_of(value, (size_t)len));
}

static bool could_begin(const struct vault *vault, const char *text)
{
    return vault_could_begin(vault, text, strlen(text));
}

static void minting_costs_a_few_probes_per_value(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    size_t counter = 0;
    vault.work_counter = &counter;
    for (size_t i = 0; i < VALUES; i++) {
        mint_number(&vault, i);
    }
    double per_value = (double)counter / VALUES;
    print_message("minting %d values: %zu units of work, %.2f a value\n", VALUES, counter, per_value);
    /* a type look-up, the value's probes, the next number's, its slot's and its first beginning's, and
     * the tables' doubling: 11.2 a value; marking every beginning, one probe per digit, cost 12.9 */
    assert_true(per_value <= 12.0);
    arena_release(&arena);
}

static void every_beginning_of_a_minted_number_is_known(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    /* The request already holds EMAIL_1 and EMAIL_3: minting skips them, and "1", though only in the
     * text, is still the beginning of the minted 12. */
    static const char quoted[] = "see [EMAIL_1] and EMAIL_3";
    struct slice texts[] = { slice_of(quoted, sizeof quoted - 1) };
    struct vault vault;
    vault_init(&vault, &arena, texts, 1);
    for (size_t i = 0; i < 1200; i++) {
        mint_number(&vault, i);
    }
    assert_string_equal(mint_number(&vault, 0)->placeholder.ptr, "[EMAIL_2]");
    assert_string_equal(mint_number(&vault, 1)->placeholder.ptr, "[EMAIL_4]");
    assert_string_equal(mint_number(&vault, 1199)->placeholder.ptr, "[EMAIL_1202]");
    assert_true(could_begin(&vault, "EMAIL_1"));      /* of 12, 120, 1202: in the text, never minted */
    assert_true(could_begin(&vault, "EMAIL_12"));
    assert_true(could_begin(&vault, "EMAIL_120"));
    assert_true(could_begin(&vault, "EMAIL_1202"));
    assert_true(could_begin(&vault, "EMAIL_3"));      /* of 30 */
    assert_true(could_begin(&vault, "EMAIL_99"));
    assert_false(could_begin(&vault, "EMAIL_1203"));
    assert_true(could_begin(&vault, "EMAIL_13"));     /* of 130-139 */
    assert_false(could_begin(&vault, "EMAIL_0"));
    arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(minting_costs_a_few_probes_per_value),
        cmocka_unit_test(every_beginning_of_a_minted_number_is_known),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
