/* names_testing.h — what the name finder's unit tests share: the name table, built once per test
 * group from the gazetteer compiled into the binary (cmocka group setup and teardown), and the
 * check of a table of probes, whose diagnostics give row numbers and byte ranges, not words. */
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

/* A probe: `words` must lie inside one PERSON span of `text` (a name to find) or inside none
 * (a word to keep). */
struct probe {
    const char *language;
    const char *text;
    const char *words;           /* found: inside one PERSON span; kept: inside none */
};

enum { MAX_FOUND = 32 };

/* Does one PERSON span hold text[start, end) (whole), or does any touch it (`whole` false)? */
static inline bool span_holds(const char *text, size_t start, size_t end, bool whole)
{
    struct candidate found[MAX_FOUND];
    size_t count = names_find(&table, &person, text, strlen(text), found, MAX_FOUND);
    for (size_t j = 0; j < count; j++) {
        bool holds = whole ? found[j].start <= start && found[j].end >= end
                           : found[j].start < end && found[j].end > start;
        if (holds) {
            return true;
        }
    }
    return false;
}

/* The PERSON spans found in `text`, as byte ranges: a diagnostic, like those below, tells where
 * and how long, never the words (a test's log is content too, even for made-up names). */
static inline void print_spans(const char *text)
{
    struct candidate found[MAX_FOUND];
    size_t count = names_find(&table, &person, text, strlen(text), found, MAX_FOUND);
    for (size_t j = 0; j < count; j++) {
        print_message("#    span [%zu, %zu)\n", found[j].start, found[j].end);
    }
}

/* Run one table; `want_inside` true: each row's words must be in a span, else in none. A row
 * that fails is named by its number (from 0), language and byte range. */
static inline size_t misses(const struct probe *probes, size_t count, bool want_inside)
{
    size_t missed = 0;
    for (size_t i = 0; i < count; i++) {
        const char *at = strstr(probes[i].text, probes[i].words);
        assert_non_null(at);
        size_t start = (size_t)(at - probes[i].text);
        size_t end = start + strlen(probes[i].words);
        while (end > start && (probes[i].text[end - 1] == '\n' || probes[i].text[end - 1] == ' ')) {
            end--;
        }
        bool inside = span_holds(probes[i].text, start, end, want_inside);
        if (inside != want_inside) {
            missed++;
            print_message("# row %zu (%s) %s bytes [%zu, %zu) of %zu\n", i, probes[i].language,
                          want_inside ? "missed" : "masked", start, end, strlen(probes[i].text));
            print_spans(probes[i].text);
        }
    }
    return missed;
}

/* A whole table's test: prints how many rows failed of how many, and fails if any did.
 * assert_names_found: each row's words lie in one PERSON span; assert_words_kept: in none. */
static inline void assert_probes(const struct probe *probes, size_t count, bool want_inside)
{
    size_t wrong = misses(probes, count, want_inside);
    print_message("# %zu of %zu %s\n", wrong, count, want_inside ? "names missed" : "words masked");
    assert_int_equal(wrong, 0);
}

#define assert_names_found(probes) assert_probes((probes), sizeof(probes) / sizeof((probes)[0]), true)
#define assert_words_kept(probes) assert_probes((probes), sizeof(probes) / sizeof((probes)[0]), false)

#endif
