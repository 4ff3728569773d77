/* The token named by a word before it, read by hand (scrub/named_tokens.h), finds what its
 * regex row found: NAMED_TOKEN_SPEC is compiled with Hyperscan, and on generated texts (cue
 * words, blanks, remarks in parentheses, token runs of every length, newlines, punctuation)
 * the runs of token bytes the regex's ends fall in, and each run's smallest end, are the ones
 * the reader reports from every NAMED_TOKEN_ANCHOR match. That is all the SPAN_OVER_CHARS
 * span rule reads from an end (the run holding it, cut when the end lies more than
 * max_length past the run's start). Then the work: on bodies packed with cue words, the
 * bytes the reader examines stay under a fixed number per input byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "scrub/named_tokens.h"

#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ENDS = 8192, TEXT_ROOM = 4096, CASES = 20000 };

struct ends {
    size_t at[MAX_ENDS];
    size_t count;
};

static void add_end(struct ends *ends, size_t end)
{
    assert_true(ends->count < MAX_ENDS);
    ends->at[ends->count++] = end;
}

static hs_database_t *compile(const char *pattern)
{
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile(pattern, HS_FLAG_CASELESS, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("%s does not compile: %s", pattern, error->message);
    }
    return database;
}

static int on_end(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id, (void)from, (void)flags;
    add_end(context, (size_t)to);
    return 0;
}

static void scan(const hs_database_t *database, hs_scratch_t *scratch, const char *text, size_t len,
                 struct ends *ends)
{
    ends->count = 0;
    assert_int_equal(hs_scan(database, text, (unsigned)len, 0, scratch, on_end, ends), HS_SUCCESS);
}

static bool on_found(size_t end, void *context)
{
    add_end(context, end);
    return false;
}

/* The reader's ends over every anchor match, one memory for the text as in a scan. */
static size_t read_all(const char *text, size_t len, const struct ends *anchors, struct ends *found, bool remember)
{
    struct named_token_memory memory = { 0 };
    size_t examined = 0;
    found->count = 0;
    for (size_t i = 0; i < anchors->count; i++) {
        if (!remember) {
            memory = (struct named_token_memory){ 0 };
        }
        examined += named_token_ends(text, len, anchors->at[i], &memory, on_found, found);
    }
    return examined;
}

static bool token_byte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-';
}

static size_t run_start(const char *text, size_t end)
{
    size_t start = end - 1;
    while (start > 0 && token_byte(text[start - 1])) {
        start--;
    }
    return start;
}

/* For each run an end falls in (by its start, one slot per text byte): the smallest end. */
static void smallest_per_run(const char *text, size_t len, const struct ends *ends, size_t *smallest)
{
    for (size_t i = 0; i <= len; i++) {
        smallest[i] = 0;
    }
    for (size_t i = 0; i < ends->count; i++) {
        size_t start = run_start(text, ends->at[i]);
        if (smallest[start] == 0 || ends->at[i] < smallest[start]) {
            smallest[start] = ends->at[i];
        }
    }
}

static bool holds_end(const struct ends *ends, size_t end)
{
    for (size_t i = 0; i < ends->count; i++) {
        if (ends->at[i] == end) {
            return true;
        }
    }
    return false;
}

static uint64_t random_state = 0x2545F4914F6CDD1Du;

static uint64_t next_random(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

/* The cue words in several cases, words that hold them, and near misses. */
static const char *const cues[] = {
    "token", "TOKEN", "Token", "secret", "Secret", "bearer", "Bearer", "session", "session id", "session_id",
    "sessionid", "Session-ID", "session  id", "api key", "api_key", "apikey", "API-Key", "api__key", "key", "Key",
    "KEY", "password", "Password", "passwd", "auth", "OAuth", "authorization", "keyboard", "monkey", "key_",
    "_key", "9key", "tokens", "secrets", "pass", "keys",
};

/* What comes between and after them. */
static const char *const separators[] = {
    " ", "  ", "\t", ": ", "=", ":", " = ", "\n", "\r\n", ".", ", ", "/", "\"", "'", " is ", " (prod) ",
    "(", ")", " (", "((", " (a)", "(read-only, rotated)", "()", "\t(x\ny)", (" (" "caf\xc3\xa9" ") "), "\xc3\xa9",
    "-", "_", "--", " -- ",
};

/* A run of `count` token bytes (letters, digits, '_', '-'), or of other bytes at times. */
static size_t random_run(char *text, size_t count)
{
    static const char bytes[] = "abcXYZ019_-";
    for (size_t i = 0; i < count; i++) {
        text[i] = bytes[next_random() % (sizeof bytes - 1)];
    }
    return count;
}

/* A remark of 55 to 64 bytes between parentheses: either side of the 60-byte limit. */
static size_t random_remark(char *text)
{
    size_t count = 55 + next_random() % 10;
    text[0] = '(';
    for (size_t i = 1; i <= count; i++) {
        text[i] = next_random() % 5 == 0 ? ' ' : 'r';
    }
    text[count + 1] = ')';
    return count + 2;
}

static size_t random_text(char *text, size_t room)
{
    size_t pieces = 1 + next_random() % 30, len = 0;
    for (size_t i = 0; i < pieces && len + 400 < room; i++) {
        unsigned choice = (unsigned)(next_random() % 16);
        const char *piece = NULL;
        if (choice < 5) {
            piece = cues[next_random() % (sizeof cues / sizeof cues[0])];
        } else if (choice < 10) {
            piece = separators[next_random() % (sizeof separators / sizeof separators[0])];
        } else if (choice < 14) {
            size_t lengths[] = { 1, 5, 17, 19, 20, 21, 25, 40 };
            len += random_run(text + len, lengths[next_random() % 8] + next_random() % 3);
        } else if (choice == 14) {
            len += random_remark(text + len);
        } else {
            len += random_run(text + len, 230 + next_random() % 60);   /* around max_length */
        }
        if (piece != NULL) {
            memcpy(text + len, piece, strlen(piece));
            len += strlen(piece);
        }
    }
    return len;
}

static void test_reader_finds_the_runs_and_ends_its_spec_finds(void **state)
{
    (void)state;
    hs_database_t *spec = compile(NAMED_TOKEN_SPEC), *anchor = compile(NAMED_TOKEN_ANCHOR);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(spec, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    static char text[TEXT_ROOM];
    static struct ends expected, anchors, found;
    static size_t expected_smallest[TEXT_ROOM + 1], found_smallest[TEXT_ROOM + 1];
    size_t reaching = 0;
    for (int n = 0; n < CASES; n++) {
        size_t len = random_text(text, sizeof text);
        scan(spec, scratch, text, len, &expected);
        scan(anchor, scratch, text, len, &anchors);
        read_all(text, len, &anchors, &found, true);
        for (size_t i = 0; i < found.count; i++) {
            if (!holds_end(&expected, found.at[i])) {
                fail_msg("case %d: the reader reports %zu, the spec does not end there", n, found.at[i]);
            }
        }
        smallest_per_run(text, len, &expected, expected_smallest);
        smallest_per_run(text, len, &found, found_smallest);
        for (size_t i = 0; i <= len; i++) {
            if (expected_smallest[i] != found_smallest[i]) {
                fail_msg("case %d: the run from %zu: the spec's smallest end %zu, the reader's %zu", n, i,
                         expected_smallest[i], found_smallest[i]);
            }
        }
        reaching += expected.count > 0;
    }
    /* The generator reaches the form often, not by luck. */
    assert_true(reaching > CASES / 3);
    hs_free_scratch(scratch);
    hs_free_database(spec);
    hs_free_database(anchor);
}

/* Bodies packed with cue words (what an attacker who read the row sends): without the
 * memory each cue reads its 20-byte gap and the runs in it again (4.3 to 11 bytes per input
 * byte); with it, each byte is read about twice (once for newlines, once for token bytes),
 * a little more where remarks open. */
static void test_reader_examines_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const units[] = {
        "key ", "key-", "Key=", "api key ", "api_key ", "API Key: ", "token ", "secret ", "auth ", "password ",
        "Password: ", "apikeytokensecret", "passwordpassword", "pass;key,token|secret/auth:bearer(",
        "token (x) ", "key (", "session id ", "auth\n", "key aB3dE4fG5hX9_kLm-Q7xY ", "tokentoken",
    };
    enum { LEN = 12 * 1024 };         /* at most MAX_ENDS anchors and ends */
    hs_database_t *anchor = compile(NAMED_TOKEN_ANCHOR);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    char *text = malloc(LEN);
    static struct ends anchors, found;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t unit = strlen(units[u]);
        for (size_t i = 0; i < LEN; i++) {
            text[i] = units[u][i % unit];
        }
        scan(anchor, scratch, text, LEN, &anchors);
        double with_memory = (double)read_all(text, LEN, &anchors, &found, true) / LEN;
        double without = (double)read_all(text, LEN, &anchors, &found, false) / LEN;
        char name[40];
        snprintf(name, sizeof name, "%s", units[u]);
        for (char *c = name; *c != '\0'; c++) {
            *c = *c == '\n' ? '|' : *c;        /* one line of TAP per shape */
        }
        print_message("# %-36s %5.2f bytes examined per input byte (%5.2f without the memory)\n", name,
                      with_memory, without);
        assert_true(with_memory <= 4.0);
    }
    free(text);
    hs_free_scratch(scratch);
    hs_free_database(anchor);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reader_finds_the_runs_and_ends_its_spec_finds),
        cmocka_unit_test(test_reader_examines_a_bounded_number_of_bytes_per_input_byte),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
