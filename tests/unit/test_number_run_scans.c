/* The digit-shaped rows that need a mark most number runs lack (an IBAN's or a NINO's two capitals
 * before a digit; a phone's opening '+' or '(') are scanned only over the runs that hold it (issue 15,
 * throughput): that must find exactly what scanning them over every number run found. The built-in set
 * is compiled twice, as it is and with those rows put back into the number runs' database, and both
 * scan the same 20,000 generated texts (values of every shape, cut and joined, with marks and without);
 * the candidates must be the same, span by span and row by row. And the runs themselves: where
 * number_run_end, sixteen bytes at a time, ends a run and what it counts in it. */
#define LETHE_PATTERN_WORK
#include "scrub/patterns.c"

#include "tests/unit/unit.h"

static struct pattern_set selected_set, all_runs_set;
static struct entity_type *all_runs_types;

static int compile_both(void **state)
{
    (void)state;
    char error[256];
    all_runs_types = calloc(builtin_entity_type_count, sizeof *all_runs_types);
    if (all_runs_types == NULL) {
        return -1;
    }
    size_t moved = 0;
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        all_runs_types[i] = builtin_entity_types[i];
        if (all_runs_types[i].scan == SCAN_LETTERED_RUNS || all_runs_types[i].scan == SCAN_DIALLED_RUNS) {
            all_runs_types[i].scan = SCAN_NUMBER_RUNS;
            moved++;
        }
    }
    if (moved < 5) {
        fail_msg("only %zu rows scan selected runs", moved);
    }
    if (!pattern_set_compile(&selected_set, builtin_entity_types, builtin_entity_type_count, error, sizeof error)
        || !pattern_set_compile(&all_runs_set, all_runs_types, builtin_entity_type_count, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

static int release_both(void **state)
{
    (void)state;
    pattern_set_release(&selected_set);
    pattern_set_release(&all_runs_set);
    free(all_runs_types);
    return 0;
}

/* Pieces of number runs: values of the moved rows and of the others, their parts, marks, separators. */
static const char *const pieces[] = {
    "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "NO93 8601 1117 947", "QQ 12 34 56 C", "AB123456D",
    "+47 912 34 567", "+1 415 555 2671", "(+34) 755950314", "(0047) 55774350", "+49/160/21232181",
    "+49 (0) 172/7614 9198", "(415) 555-2671", "(0)72-742 36 89", "(0)30 9898442", "4206 4583 3793 9858",
    "123-45-6789", "046 454 286", "010190 12345", "19680220-9533", "80 147 465 239", "10.20.30.40",
    "2026-11-20T10:15:32.118Z", "ORD-2024-001234", "GB", "WEST", "QQ", "12", "345", "6789", "(", ")", "+", "-",
    ".", "/", " ", " ", " ", "\n", "AB", "C", "D", "0", "00", "1", "9", "tel ", "card ", "x", "Z9",
};

static size_t build_text(unsigned *seed, char *text, size_t capacity)
{
    size_t len = 0;
    size_t count = 4 + (*seed >> 16) % 12;
    for (size_t i = 0; i < count; i++) {
        *seed = *seed * 1103515245u + 12345u;
        const char *piece = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
        size_t piece_len = strlen(piece);
        if (len + piece_len >= capacity) {
            break;
        }
        memcpy(text + len, piece, piece_len);
        len += piece_len;
    }
    text[len] = '\0';
    return len;
}

static bool same_candidates(const struct candidate *a, size_t a_count, const struct pattern_set *a_set,
                            const struct candidate *b, size_t b_count, const struct pattern_set *b_set)
{
    if (a_count != b_count) {
        return false;
    }
    for (size_t i = 0; i < a_count; i++) {
        if (a[i].start != b[i].start || a[i].end != b[i].end
            || a[i].type - a_set->types != b[i].type - b_set->types) {
            return false;
        }
    }
    return true;
}

/* 20,000 generated texts: the same candidates from both sets, and enough of them from the moved rows
 * that the comparison says something. */
static void selected_runs_find_what_all_runs_found(void **state)
{
    (void)state;
    enum { TEXTS = 20000, MAX = 256 };
    struct candidate selected[MAX], all[MAX];
    unsigned seed = 15;
    size_t differing = 0, moved_rows_found = 0, texts_with_runs = 0;
    char text[512];
    for (int i = 0; i < TEXTS; i++) {
        seed = seed * 1103515245u + 12345u;
        size_t len = build_text(&seed, text, sizeof text);
        size_t selected_count = pattern_set_scan(&selected_set, text, len, selected, MAX);
        size_t all_count = pattern_set_scan(&all_runs_set, text, len, all, MAX);
        assert_true(selected_count < MAX && all_count < MAX);
        if (!same_candidates(selected, selected_count, &selected_set, all, all_count, &all_runs_set)) {
            if (differing < 5) {
                print_message("# text %d (%zu bytes): %zu candidates, %zu scanning every run\n", i, len,
                              selected_count, all_count);
            }
            differing++;
        }
        texts_with_runs += selected_count > 0;
        for (size_t c = 0; c < selected_count; c++) {
            enum pattern_scan scan = selected[c].type->scan;
            moved_rows_found += scan == SCAN_LETTERED_RUNS || scan == SCAN_DIALLED_RUNS;
        }
    }
    print_message("# %d texts, %zu with candidates, %zu candidates of the moved rows, %zu differing\n", TEXTS,
                  texts_with_runs, moved_rows_found, differing);
    assert_int_equal(differing, 0);
    assert_true(moved_rows_found > 4000);
}

/* A text of timestamps, card and order numbers has number runs but no mark: no run is selected for the
 * moved rows, and the card numbers are still found. */
static void runs_without_marks_are_not_selected(void **state)
{
    (void)state;
    enum { LINES = 500, MAX = 4096 };
    static const char line[] = "2026-11-20T10:15:32.118Z card 4206 4583 3793 9858 order ORD-2024-001234\n";
    size_t line_len = sizeof line - 1;
    char *text = malloc(LINES * line_len + 1);
    assert_non_null(text);
    for (size_t i = 0; i < LINES; i++) {
        memcpy(text + i * line_len, line, line_len);
    }
    struct candidate *found = malloc(MAX * sizeof *found);
    assert_non_null(found);
    struct joined_runs joined;
    assert_true(join_number_runs(text, LINES * line_len, &joined));
    size_t run_bytes = joined.len;
    struct joined_runs lettered, dialled;
    assert_true(select_runs(&joined, run_holds_lettered_digits, &lettered));
    assert_true(select_runs(&joined, run_holds_dialling_mark, &dialled));
    assert_int_equal(lettered.count, 0);
    assert_int_equal(dialled.count, 0);
    release_joined_runs(&lettered);
    release_joined_runs(&dialled);
    release_joined_runs(&joined);
    size_t count = pattern_set_scan(&selected_set, text, LINES * line_len, found, MAX);
    print_message("# %zu candidates, %zu bytes of number runs\n", count, run_bytes);
    assert_true(count >= LINES);      /* the card numbers */
    assert_true(run_bytes > 0);
    free(found);
    free(text);
}

/* number_run_end, sixteen bytes at a time, ends a run where a byte at a time did (the first byte that is
 * no number_run_char, or the first of two spaces) and counts the same digits and dots before it: from every
 * start of 4,000 random texts of up to 80 bytes made of run bytes, the bytes beside them and two spaces,
 * each in an exact-size heap block (the sanitizer build catches a read past its end). */
static void run_ends_as_a_byte_test_does(void **state)
{
    (void)state;
    static const char alphabet[] = "0123456789AZQ .-()+/*,:a\n";
    unsigned seed = 15;
    int failures = 0;
    size_t compared = 0, long_runs = 0;
    for (int round = 0; round < 4000; round++) {
        size_t len = (size_t)(round % 81);
        char *text = malloc(len != 0 ? len : 1);
        assert_non_null(text);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            /* mostly digits, so that runs go on past sixteen bytes */
            unsigned pick = (seed >> 16) % 64;
            text[i] = pick < 36 ? (char)('0' + pick % 10) : alphabet[pick % (sizeof alphabet - 1)];
        }
        for (size_t from = 0; from <= len; from++) {
            size_t expected = from, expected_digits = 0, expected_dots = 0;
            while (expected < len && number_run_class[(unsigned char)text[expected]] != 0
                   && !(text[expected] == ' ' && expected + 1 < len && text[expected + 1] == ' ')) {
                expected_digits += number_run_class[(unsigned char)text[expected]] == 2;
                expected_dots += text[expected] == '.';
                expected++;
            }
            size_t digits = 0, dots = 0;
            size_t found = number_run_end(text, len, from, &digits, &dots);
            if (found != expected || digits != expected_digits || dots != expected_dots) {
                if (failures < 5) {
                    print_message("# round %d, from %zu: end %zu digits %zu dots %zu, expected %zu %zu %zu\n", round,
                                  from, found, digits, dots, expected, expected_digits, expected_dots);
                }
                failures++;
            }
            compared++;
            long_runs += expected - from > 16;
        }
        free(text);
    }
    print_message("# %zu starts compared, %zu runs longer than sixteen bytes\n", compared, long_runs);
    assert_int_equal(failures, 0);
    assert_true(long_runs > 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(selected_runs_find_what_all_runs_found),
        cmocka_unit_test(runs_without_marks_are_not_selected),
        cmocka_unit_test(run_ends_as_a_byte_test_does),
    };
    return cmocka_run_group_tests(tests, compile_both, release_both);
}
