/* The name finder asks each capitalised word that may start a name whether it is a legal form or a
 * street type ("Hansen AS", "Main St"), and most are neither (issue 15, throughput). A bitmap of the
 * forms' first bytes by length, made at name_table_init, answers for nearly all of them, where each used
 * to be folded and probed in the cue table. Two things are checked: company_form_at answers as the
 * probe alone did, for every listed word and every form in its cases; and the cue probes are counted
 * (scrub/names.c is compiled in with LETHE_NAMES_WORK), so that the probe per word cannot come back. */
#define LETHE_NAMES_WORK
#include "scrub/names.c"

#include "tests/unit/names_testing.h"

/* company_form_at before the bitmap: the word read, the probe, the case-exact comparison. */
static bool company_form_reference(const char *text, size_t len, size_t at)
{
    if (at >= len || (!ascii_upper((unsigned char)text[at]) && text[at] != 'p')) {
        return false;
    }
    size_t end = at;
    while (end < len && end - at < 12
           && ((unsigned)(((unsigned char)text[end] | 0x20) - 'a') < 26 || text[end] == '/')) {
        end++;
    }
    if (end == at || (end < len && (ascii_alnum((unsigned char)text[end]) || text[end] == '-'
                                    || (unsigned char)text[end] >= 0x80))) {
        return false;
    }
    if (!(cue_lists(&table, text, at, end) & LIST_COMPANY_FORM)) {
        return false;
    }
    for (const struct word_list *form = company_forms; form->word != NULL; form++) {
        if (form->len == end - at && form->word[0] == text[at] && memcmp(text + at, form->word, form->len) == 0) {
            return true;
        }
    }
    return false;
}

/* Both answers for `word` followed by each of a few tails; counts the words compared and the forms found. */
static void compare_word(const char *word, size_t word_len, int *failures, size_t *compared, size_t *forms)
{
    static const char *const tails[] = { "", ", x", ". x", " x", "-x", "x", "/x" };
    for (size_t tail = 0; tail < sizeof tails / sizeof tails[0]; tail++) {
        char text[128];
        int len = snprintf(text, sizeof text, "%.*s%s", (int)word_len, word, tails[tail]);
        if (len <= 0 || (size_t)len >= sizeof text) {
            continue;
        }
        bool expected = company_form_reference(text, (size_t)len, 0);
        bool found = company_form_at(&table, text, (size_t)len, 0);
        if (found != expected) {
            if (*failures < 5) {
                print_message("# a word of %zu bytes, tail %zu: %d, expected %d\n", word_len, tail, found, expected);
            }
            (*failures)++;
        }
        (*compared)++;
        *forms += found;
    }
}

/* Every word of the name lists, and every form as written, in small letters and in capitals. */
static void forms_told_as_before(void **state)
{
    (void)state;
    int failures = 0;
    size_t compared = 0, forms = 0;
    for (size_t at = 0; at <= table.mask; at++) {
        const struct name_slot *slot = &table.slots[at];
        if (slot->len != 0) {
            compare_word(table.text + slot->offset, slot->len, &failures, &compared, &forms);
        }
    }
    for (const struct word_list *form = company_forms; form->word != NULL; form++) {
        char cases[3][32];
        for (size_t i = 0; i < form->len && i < 31; i++) {
            cases[0][i] = form->word[i];
            cases[1][i] = (char)tolower((unsigned char)form->word[i]);
            cases[2][i] = (char)toupper((unsigned char)form->word[i]);
        }
        for (int c = 0; c < 3; c++) {
            compare_word(cases[c], form->len, &failures, &compared, &forms);
        }
    }
    print_message("# %zu words compared, %zu read as forms\n", compared, forms);
    assert_int_equal(failures, 0);
    assert_true(compared > 1000000);
    assert_true(forms > 300);
}

/* Capitalised words that may start a name and are no form ("Ingrid", "Harbour") cost no form probe of
 * their own: 200 sentences of four such words cost three cue probes a word (the word before it, read
 * once, and the cue questions asked of it), where the form probe made it 3.75. */
static void a_capitalised_word_costs_no_form_probe(void **state)
{
    (void)state;
    enum { SENTENCES = 200, WORDS = 4 };
    static const char sentence[] = "yesterday Ingrid and Harbour met Melbourne near Quentin today.\n";
    size_t sentence_len = sizeof sentence - 1;
    char *text = malloc(SENTENCES * sentence_len + 1);
    assert_non_null(text);
    for (size_t i = 0; i < SENTENCES; i++) {
        memcpy(text + i * sentence_len, sentence, sentence_len);
    }
    struct candidate found[SENTENCES * WORDS];
    cue_probes = 0;
    size_t count = names_find(&table, &person, text, SENTENCES * sentence_len, found, SENTENCES * WORDS);
    (void)count;
    free(text);
    print_message("# %zu cue probes for %d capitalised words\n", cue_probes, SENTENCES * WORDS);
    assert_true(cue_probes <= (size_t)3 * SENTENCES * WORDS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(forms_told_as_before),
        cmocka_unit_test(a_capitalised_word_costs_no_form_probe),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
