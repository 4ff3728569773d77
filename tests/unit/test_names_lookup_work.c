/* The name finder asks each capitalised word that may start a name whether it is a legal form or a
 * street type ("Hansen AS", "Main St"), and most are neither (issue 15, throughput). A bitmap of the
 * forms' first bytes by length, made at name_table_init, answers for nearly all of them, where each used
 * to be folded and probed in the cue table. Two things are checked: company_form_at answers as the
 * probe alone did, for every listed word and every form in its cases; and the cue probes are counted
 * (scrub/names.c is compiled in with LETHE_NAMES_WORK), so that the probe per word cannot come back.
 * And the scan's stops: next_capital's sixteen bytes at a time agree with names_stop_at's byte test, and
 * a capital after a letter or a ',' or ':' before no small letter is no stop (names_find only stepped
 * over them). And cue_lists answers as its fold and probe did with the cue_ends bitmap before them. */
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

/* A random text of `len` bytes from pieces that sit around names_find's stops: capitals after letters and
 * after marks, UTF-8 letters of both cases, ", " and ": " before small letters and before others, handle
 * dots; in an exact-size heap block, so that the sanitizer build catches a read past either end. */
static char *stop_text(unsigned *seed, size_t len)
{
    static const char *const pieces[] = {
        "a", "z", "A", "Z", "m", "Q", " ", "\n", ",", ":", ".", "-", "_", "'", "0", "9", "@", "/", "(",
        "\xc3\xa9", "\xc3\x89", "\xc5\x81", "\xc4\x8d", "\xc3", "\xe2\x80\x94", ", a", ": k", ", K", ": 1",
        ".m", ".M", "\x7f", "`", "[", "{",
    };
    char *text = malloc(len + 1);
    size_t at = 0;
    while (at < len) {
        *seed = *seed * 1103515245u + 12345u;
        const char *piece = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
        for (size_t i = 0; piece[i] != '\0' && at < len; i++) {
            text[at++] = piece[i];
        }
    }
    char *exact = malloc(len != 0 ? len : 1);
    memcpy(exact, text, len);
    free(text);
    return exact;
}

/* next_capital, sixteen bytes at a time, stops where names_stop_at, a byte at a time, says there is work,
 * from every start of 4,000 random texts of up to 80 bytes (issue 15, throughput: a capital after a letter
 * and a ',' or ':' before no small letter are no stops). */
static void next_capital_stops_where_a_byte_test_does(void **state)
{
    (void)state;
    unsigned seed = 15;
    int failures = 0;
    size_t compared = 0, stops = 0;
    for (int round = 0; round < 4000; round++) {
        size_t len = (size_t)(round % 81);
        char *text = stop_text(&seed, len);
        for (size_t from = 0; from <= len; from++) {
            size_t expected = from;
            while (expected < len && !names_stop_at(text, len, expected)) {
                expected++;
            }
            size_t found = next_capital(text, len, from);
            if (found != expected) {
                if (failures < 5) {
                    print_message("# round %d, %zu bytes, from %zu: %zu, expected %zu\n", round, len, from, found,
                                  expected);
                }
                failures++;
            }
            compared++;
            stops += expected < len;
        }
        free(text);
    }
    print_message("# %zu starts compared, %zu stopped before the end\n", compared, stops);
    assert_int_equal(failures, 0);
    assert_true(stops > 50000);
}

/* The stops themselves: a capital after a letter is none, a capital after a mark or at the start is one,
 * a ',' or ':' is one only before a space and a small letter, a '.' only before a small letter. */
static void stops_are_where_names_find_has_work(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t at;
        bool stop;
    } cases[] = {
        { "getName", 3, false }, { "AKIA", 1, false }, { "AKIA", 0, true }, { "x_Name", 2, true },
        { "M\xc3\xbcller", 1, false }, { "\xc3\x89lodie", 0, true }, { "a \xc3\x89", 2, true },
        { "Hei, kari", 3, true }, { "Hei, Kari", 3, false }, { "a: 1", 1, false }, { "key: ola", 3, true },
        { "a,", 1, false }, { "a, ", 1, false }, { "a, b", 1, true }, { "kari.berg", 4, true }, { "v1.2", 2, false },
        { "end.", 3, false }, { "1A", 1, true }, { "(Kari", 1, true },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = strlen(cases[i].text);
        char *text = malloc(len);
        memcpy(text, cases[i].text, len);
        if (names_stop_at(text, len, cases[i].at) != cases[i].stop) {
            fail_msg("case %zu: stop %d expected", i, cases[i].stop);
        }
        size_t next = next_capital(text, len, cases[i].at);
        if ((next == cases[i].at) != cases[i].stop) {
            fail_msg("case %zu: next_capital %zu", i, next);
        }
        free(text);
    }
}

/* cue_lists before the cue_ends bitmap: fold and probe. */
static unsigned cue_lists_reference(const char *text, size_t start, size_t end)
{
    char folded[NAME_CUE_WORD];
    size_t len = end - start;
    if (!fold_cue(text + start, len, folded)) {
        return 0;
    }
    for (size_t at = hash_word(folded, len) & table.cue_mask; table.cues[at].len != 0; at = (at + 1) & table.cue_mask) {
        if (table.cues[at].len == len && memcmp(table.cues[at].word, folded, len) == 0) {
            return table.cues[at].lists;
        }
    }
    return 0;
}

/* Both answers for `word` as written, capitalised, in capitals (ASCII and Latin-1: "ÉCOLE") and with its
 * last byte changed; each in an exact-size heap block. */
static void compare_cue(const char *word, size_t len, int *failures, size_t *compared, size_t *listed)
{
    char variants[4][NAME_CUE_WORD + 1];
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        variants[0][i] = (char)c;
        variants[1][i] = (char)(i == 0 ? toupper(c) : c);
        bool latin_small = i > 0 && (unsigned char)word[i - 1] == 0xC3 && c >= 0xA0 && c <= 0xBE && c != 0xB7;
        variants[2][i] = (char)(latin_small ? c - 0x20 : c < 0x80 ? toupper(c) : c);
        variants[3][i] = (char)(i + 1 == len ? c ^ 1 : c);
    }
    for (int v = 0; v < 4; v++) {
        char *text = malloc(len);
        memcpy(text, variants[v], len);
        unsigned expected = cue_lists_reference(text, 0, len), found = cue_lists(&table, text, 0, len);
        if (found != expected) {
            if (*failures < 5) {
                print_message("# a cue of %zu bytes, variant %d: %#x, expected %#x\n", len, v, found, expected);
            }
            (*failures)++;
        }
        (*compared)++;
        *listed += expected != 0;
        free(text);
    }
}

/* cue_lists tells a word in no cue list by its length, first and last byte before folding it and probing
 * (issue 15, throughput): every cue word in four spellings, and every word of the name lists short enough
 * to be one, get the answer the fold and the probe alone gave. */
static void cue_lists_answer_as_the_probe_did(void **state)
{
    (void)state;
    int failures = 0;
    size_t compared = 0, listed = 0;
    for (size_t at = 0; at <= table.cue_mask; at++) {
        if (table.cues[at].len != 0) {
            compare_cue(table.cues[at].word, table.cues[at].len, &failures, &compared, &listed);
        }
    }
    for (size_t at = 0; at <= table.mask; at++) {
        const struct name_slot *slot = &table.slots[at];
        if (slot->len != 0 && slot->len < NAME_CUE_WORD) {
            compare_cue(table.text + slot->offset, slot->len, &failures, &compared, &listed);
        }
    }
    print_message("# %zu words compared, %zu in a cue list\n", compared, listed);
    assert_int_equal(failures, 0);
    assert_true(listed > 2000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(forms_told_as_before),
        cmocka_unit_test(a_capitalised_word_costs_no_form_probe),
        cmocka_unit_test(next_capital_stops_where_a_byte_test_does),
        cmocka_unit_test(stops_are_where_names_find_has_work),
        cmocka_unit_test(cue_lists_answer_as_the_probe_did),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
