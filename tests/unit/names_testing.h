/* names_testing.h — the name table the name finder's unit tests share: built once per test
 * group from the gazetteer compiled into the binary (cmocka group setup and teardown). */
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

static inline void print_spans(const char *text)
{
    struct candidate found[MAX_FOUND];
    size_t count = names_find(&table, &person, text, strlen(text), found, MAX_FOUND);
    for (size_t j = 0; j < count; j++) {
        print_message("#    span \"%.*s\"\n", (int)(found[j].end - found[j].start), text + found[j].start);
    }
}

/* Run one table; `want_inside` true: each row's words must be in a span, else in none. */
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
            print_message("# %s %s \"%s\" in: %s\n", probes[i].language, want_inside ? "missed" : "masked",
                          probes[i].words, probes[i].text);
            print_spans(probes[i].text);
        }
    }
    return missed;
}

#endif
