/* The name finder passes over most bytes of a prompt to its next stop (a capital, a handle's dot, a ',' or
 * ':' before a space), asking only the words in small letters before it whether they open a name
 * ("mathis poitevin"). The stop and those words were two SSE2 passes over the same bytes, each restarted
 * at every stop; now one (stop_or_lowercase_pair, issue 15, throughput). Two things are checked: the
 * pass finds what the two found, from every position of 4,000 generated texts; and the bytes examined
 * (scrub/names.c compiled in with LETHE_NAMES_WORK) stay at one a byte plus sixteen a stop, so that a
 * second pass over the stretch cannot come back unnoticed. */
#define LETHE_NAMES_WORK
#include "scrub/names.c"

#include "tests/unit/names_testing.h"

/* The two passes before: the next stop, then the words up to it. */
static size_t next_capital_reference(const char *text, size_t len, size_t at)
{
    while (at < len && (unsigned)((unsigned char)text[at] - 'A') > 'Z' - 'A'
           && (unsigned)((unsigned char)text[at] - 0xC3) > 0xC5 - 0xC3
           && !(text[at] == '.' && at + 1 < len && (unsigned)(text[at + 1] - 'a') < 26)
           && !((text[at] == ',' || text[at] == ':') && at + 1 < len && text[at + 1] == ' ')) {
        at++;
    }
    return at;
}

static size_t lowercase_pair_reference(const char *text, size_t len, size_t from, size_t stop, size_t *start)
{
    if (from >= stop || (stop - from < 3 && (stop == len || (unsigned char)text[stop] < 0x80))) {
        return 0;
    }
    if (from == 0 && lowercase_word_starts(text, len, 0)) {
        size_t end = lowercase_pair_at(&table, text, len, 0, letters_at(text, len, 0));
        if (end != 0) {
            *start = 0;
            return end;
        }
    }
    for (size_t at = from == 0 ? 0 : from - 1; at < stop; at++) {
        char c = text[at];
        if ((c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"' || c == '>') && at + 1 < len
            && lowercase_word_starts(text, len, at + 1)) {
            size_t end = lowercase_pair_at(&table, text, len, at + 1, letters_at(text, len, at + 1));
            if (end != 0) {
                *start = at + 1;
                return end;
            }
        }
    }
    return 0;
}

/* Pieces of prose, code and names in small letters, joined at random. */
static const char *const pieces[] = {
    "mathis poitevin ", "kari nordmann", "anna ", "ola-martin johnsen ", "\xc3\xa9lodie durand ", "chlo\xc3\xa9 ",
    "the ", "quarterly ", "review ", "went ", "well ", "and ", "in ", "x", "Ingrid ", "BERG ", "ORD-2024 ",
    ", ", ": ", ",", ":", ".", ".py ", "session.post(", "kari.nordmann@", "(", "\"", ">", "\t", "\n", "-", " ",
    "12 ", "abcdefghijklmnopqrstuvwxyz ", "\xc3\x89", "\xc3\xa5", "\xc5\x81ucja ", "$ ", "TODO(", "  ",
};

static size_t build_text(char *text, size_t room, unsigned *seed)
{
    size_t len = 0, count = 1 + (*seed >> 16) % 40;
    for (size_t i = 0; i < count; i++) {
        *seed = *seed * 1103515245u + 12345u;
        const char *piece = pieces[(*seed >> 16) % (sizeof pieces / sizeof pieces[0])];
        size_t piece_len = strlen(piece);
        if (len + piece_len >= room) {
            break;
        }
        memcpy(text + len, piece, piece_len);
        len += piece_len;
    }
    return len;
}

static void one_pass_finds_what_two_found(void **state)
{
    (void)state;
    enum { TEXTS = 4000 };
    unsigned seed = 15;
    int failures = 0;
    size_t compared = 0, names = 0;
    for (int t = 0; t < TEXTS; t++) {
        char text[512];
        size_t len = build_text(text, sizeof text, &seed);
        for (size_t at = 0; at <= len; at++) {
            size_t stop = len, start = 0, expected_start = 0;
            size_t end = stop_or_lowercase_pair(&table, text, len, at, &stop, &start);
            size_t expected_stop = at < len ? next_capital_reference(text, len, at) : len;
            size_t expected_end = lowercase_pair_reference(text, len, at, expected_stop, &expected_start);
            bool same = end == expected_end && (end != 0 ? start == expected_start : stop == expected_stop);
            if (!same) {
                if (failures < 5) {
                    print_message("# text %d of %zu bytes, from %zu: end %zu stop %zu, expected end %zu stop %zu\n",
                                  t, len, at, end, stop, expected_end, expected_stop);
                }
                failures++;
            }
            compared++;
            names += end != 0;
        }
    }
    print_message("# %zu positions compared, %zu names in small letters found\n", compared, names);
    assert_int_equal(failures, 0);
    assert_true(names > 1000);
}

/* Prose in small letters with a stop every 20 bytes: the bytes examined by the pass stay at most one a byte
 * and sixteen a stop (the window a stop ends), where the two passes read each stretch twice. */
static void each_byte_is_examined_once(void **state)
{
    (void)state;
    enum { SENTENCES = 500 };
    static const char sentence[] = "we met at the Harbour";    /* 20 bytes of prose and a stop */
    size_t sentence_len = sizeof sentence - 1;
    char *text = malloc(SENTENCES * sentence_len + 1);
    assert_non_null(text);
    for (size_t i = 0; i < SENTENCES; i++) {
        memcpy(text + i * sentence_len, sentence, sentence_len);
    }
    size_t len = SENTENCES * sentence_len, stops = 0;
    names_work = 0;
    for (size_t at = 0; at < len;) {
        size_t stop = len, start;
        assert_int_equal(stop_or_lowercase_pair(&table, text, len, at, &stop, &start), 0);
        stops++;
        at = stop + 1;
    }
    free(text);
    print_message("# %zu bytes examined for %zu bytes and %zu stops\n", names_work, len, stops);
    assert_true(names_work >= len / 2);
    assert_true(names_work <= len + 16 * stops);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(one_pass_finds_what_two_found),
        cmocka_unit_test(each_byte_is_examined_once),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
