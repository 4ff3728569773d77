/* The name finder's listed phrases ("Sierra Leone", "Agatha Ruiz de la Prada", "Bank of America") are
 * read word by word from a word that may start one; a phrase filter stops the reading once no listed
 * phrase goes on past the words read (issue 15, throughput). Two things are checked: the reading finds
 * exactly what the old reading found, which looked up every prefix of up to five words, for every listed
 * phrase and every prefix of one followed by other words; and the lookups are counted (scrub/names.c is
 * compiled in with LETHE_NAMES_WORK), so that a sentence's first word costs one lookup, not four. */
#define LETHE_NAMES_WORK
#include "scrub/names.c"

#include "tests/unit/names_testing.h"

/* The reading before the filter: every prefix of two to MAX_PHRASE_WORDS words looked up. */
static size_t phrase_end_reference(const char *text, size_t len, const struct word *word)
{
    if (!(word->flags & NAME_PHRASE_START)) {
        return 0;
    }
    size_t found = 0, end = word->next;
    for (int words = 2; words <= MAX_PHRASE_WORDS; words++) {
        if (end + 2 < len && text[end] == '.' && text[end + 1] == ' ') {
            end++;
        }
        if (end + 1 >= len || text[end] != ' ') {
            break;
        }
        end++;
        if (text[end] == '&' && end + 2 < len && text[end + 1] == ' ') {
            end += 2;
        }
        if (!letter((unsigned char)text[end])) {
            break;
        }
        while (end < len && (letter((unsigned char)text[end]) || text[end] == '-' || text[end] == '\'')) {
            end++;
        }
        if (name_flags(&table, text + word->start, end - word->start) & NAME_NEVER) {
            found = end;
        }
    }
    return found;
}

/* Compares both readings on `head` followed by `tail`; returns whether the word at 0 starts a phrase. */
static bool same_reading(const char *head, size_t head_len, const char *tail, int *failures)
{
    char text[256];
    size_t tail_len = strlen(tail);
    if (head_len + tail_len >= sizeof text) {
        return false;
    }
    memcpy(text, head, head_len);
    memcpy(text + head_len, tail, tail_len);
    size_t len = head_len + tail_len;
    text[len] = '\0';
    struct word word;
    if (!read_word(&table, text, len, 0, &word) || !(word.flags & NAME_PHRASE_START)) {
        return false;
    }
    size_t expected = phrase_end_reference(text, len, &word);
    size_t found = phrase_end(&table, text, len, &word);
    if (found != expected) {
        if (*failures < 5) {
            print_message("# a phrase of %zu bytes: read to %zu, expected %zu\n", head_len, found, expected);
        }
        (*failures)++;
    }
    return true;
}

/* Every listed phrase, and each of its prefixes that ends before a space, followed by words that continue
 * no phrase, by a dot and a capital, or by the end of the text: both readings end at the same byte. */
static void phrases_read_as_before(void **state)
{
    (void)state;
    static const char *const tails[] = { " Qqqz Rrrz Sssz Tttz", ". Qqqz Rrrz", " & Qqqz", "", ", Qqqz" };
    int failures = 0;
    size_t compared = 0, found = 0;
    for (size_t at = 0; at <= table.mask; at++) {
        const struct name_slot *slot = &table.slots[at];
        if (slot->len == 0 || !(slot->flags & NAME_NEVER)
            || memchr(table.text + slot->offset, ' ', slot->len) == NULL) {
            continue;
        }
        const char *phrase = table.text + slot->offset;
        for (size_t end = 1; end <= slot->len; end++) {
            if (end < slot->len && phrase[end] != ' ') {
                continue;
            }
            for (size_t tail = 0; tail < sizeof tails / sizeof tails[0]; tail++) {
                compared += same_reading(phrase, end, tails[tail], &failures);
            }
        }
        char text[256];
        size_t len = (size_t)snprintf(text, sizeof text, "%.*s Qqqz", (int)slot->len, phrase);
        struct word word;
        if (read_word(&table, text, len, 0, &word) && phrase_end(&table, text, len, &word) == slot->len) {
            found++;
        }
    }
    print_message("# %zu readings compared, %zu listed phrases read whole\n", compared, found);
    assert_int_equal(failures, 0);
    assert_true(compared > 10000);
    assert_true(found > 3000);
}

/* A sentence that opens with a word that may start a phrase ("The", of "The Hague") and goes on in
 * words no listed phrase holds costs one lookup, where every prefix up to five words was looked up. */
static void a_sentence_costs_one_lookup(void **state)
{
    (void)state;
    enum { SENTENCES = 200 };
    static const char sentence[] = "The quarterly review went well overall and on time. ";
    assert_true(name_flags(&table, "The", 3) & NAME_PHRASE_START);
    size_t sentence_len = sizeof sentence - 1;
    char *text = malloc(SENTENCES * sentence_len + 1);
    assert_non_null(text);
    for (size_t i = 0; i < SENTENCES; i++) {
        memcpy(text + i * sentence_len, sentence, sentence_len);
    }
    struct candidate found[16];
    phrase_lookups = 0;
    size_t count = names_find(&table, &person, text, SENTENCES * sentence_len, found, 16);
    free(text);
    print_message("# %zu phrase lookups for %d sentences\n", phrase_lookups, SENTENCES);
    assert_int_equal(count, 0);
    assert_true(phrase_lookups >= SENTENCES);     /* each sentence's "The" is read as a phrase's start */
    assert_true(phrase_lookups <= SENTENCES);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(phrases_read_as_before),
        cmocka_unit_test(a_sentence_costs_one_lookup),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
