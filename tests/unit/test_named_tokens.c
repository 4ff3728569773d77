/* The token named by a word before it, read by hand (scrub/named_tokens.h), finds what its
 * regex row found: NAMED_TOKEN_SPEC is compiled with Hyperscan, and on generated texts (cue
 * words, blanks, remarks in parentheses, token runs of every length, newlines, punctuation)
 * the runs of token bytes the regex's ends fall in, and each run's smallest end, are the ones
 * the reader reports from every NAMED_TOKEN_ANCHOR match. That is all the SPAN_OVER_CHARS
 * span rule reads from an end (the run holding it, cut when the end lies more than
 * max_length past the run's start). Then the work: on bodies packed with cue words, the
 * bytes the reader examines stay under a fixed number per input byte. */
#include "tests/unit/unit.h"

#include "scrub/named_tokens.h"
#include "scrub/patterns.h"
#include "scrub/secret_keys.h"

#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ENDS = 16384, TEXT_ROOM = 4096, CASES = 20000, NEXT_LINE_CASES = 40000, STORE_CASES = 40000 };
#define NEXT_LINE_WORK_BOUND 4.0
#define STORE_WORK_BOUND 4.0

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

static int compare_sizes(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted, each end once. */
static void normalise(struct ends *ends)
{
    qsort(ends->at, ends->count, sizeof ends->at[0], compare_sizes);
    size_t kept = 0;
    for (size_t i = 0; i < ends->count; i++) {
        if (kept == 0 || ends->at[kept - 1] != ends->at[i]) {
            ends->at[kept++] = ends->at[i];
        }
    }
    ends->count = kept;
}

/* Case `n`: `expected` (the old row's or spec's ends, `source`) and `found` (the reader's),
 * both normalised, are the same ends; the first difference fails the test. */
static void assert_same_ends(int n, const char *source, const struct ends *expected, const struct ends *found)
{
    for (size_t i = 0, j = 0; i < expected->count || j < found->count;) {
        if (i < expected->count && j < found->count && expected->at[i] == found->at[j]) {
            i++, j++;
        } else if (j == found->count || (i < expected->count && expected->at[i] < found->at[j])) {
            fail_msg("case %d: the %s ends at %zu, the reader does not", n, source, expected->at[i]);
        } else {
            fail_msg("case %d: the reader reports %zu, the %s does not end there", n, found->at[j], source);
        }
    }
}

/* The cue ends a scan with the credential-key anchor reads: from each of that anchor's
 * ends, then NAMED_TOKEN_OWN_ANCHOR's, in end order as Hyperscan reports them. */
struct cue_scan {
    const char *text;
    size_t len;
    struct ends *cues;
};

static int on_key_or_own(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)from, (void)flags;
    struct cue_scan *scan = context;
    size_t cue = id == 1 ? (size_t)to : named_token_cue_at_stem(scan->text, scan->len, (size_t)to);
    if (cue != 0) {
        add_end(scan->cues, cue);
    }
    return 0;
}

static hs_database_t *compile_key_and_own(void)
{
    const char *patterns[] = { SECRET_KEY_ANCHOR, NAMED_TOKEN_OWN_ANCHOR };
    unsigned flags[] = { HS_FLAG_CASELESS, HS_FLAG_CASELESS }, ids[] = { 0, 1 };
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile_multi(patterns, flags, ids, 2, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("the key anchor does not compile: %s", error->message);
    }
    return database;
}

static void scan_cues(const hs_database_t *database, hs_scratch_t *scratch, const char *text, size_t len,
                      struct ends *cues)
{
    cues->count = 0;
    struct cue_scan scan = { text, len, cues };
    assert_int_equal(hs_scan(database, text, (unsigned)len, 0, scratch, on_key_or_own, &scan), HS_SUCCESS);
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
static const char *const cue_words[] = {
    "token", "TOKEN", "Token", "secret", "Secret", "bearer", "Bearer", "session", "session id", "session_id",
    "sessionid", "Session-ID", "session  id", "api key", "api_key", "apikey", "API-Key", "api__key", "key", "Key",
    "KEY", "password", "Password", "passwd", "auth", "OAuth", "authorization", "keyboard", "monkey", "key_",
    "_key", "9key", "tokens", "secrets", "pass", "keys", "tok", "passw", "PASSWD", "xapi_key", "api-key",
    "apikey", "pkey", "api", "bearers", "oauth2", "psk", "token-", "-key-",
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
            piece = cue_words[next_random() % (sizeof cue_words / sizeof cue_words[0])];
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

/* The cue words read from the credential-key anchor's matches and the own anchor's are the
 * cue words NAMED_TOKEN_ANCHOR finds. */
static void test_cue_words_read_from_the_key_anchor_are_the_anchors(void **state)
{
    (void)state;
    hs_database_t *anchor = compile(NAMED_TOKEN_ANCHOR), *key_and_own = compile_key_and_own();
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(key_and_own, &scratch), HS_SUCCESS);
    static char text[TEXT_ROOM];
    static struct ends expected, cues;
    size_t compared = 0;
    for (int n = 0; n < CASES; n++) {
        size_t len = random_text(text, sizeof text);
        scan(anchor, scratch, text, len, &expected);
        scan_cues(key_and_own, scratch, text, len, &cues);
        normalise(&expected);
        normalise(&cues);
        assert_int_equal(cues.count, expected.count);
        for (size_t i = 0; i < cues.count; i++) {
            if (cues.at[i] != expected.at[i]) {
                fail_msg("case %d: a cue word ends at %zu, one read from the key anchor at %zu", n, expected.at[i],
                         cues.at[i]);
            }
        }
        compared += cues.count;
    }
    assert_true(compared > CASES);
    hs_free_scratch(scratch);
    hs_free_database(anchor);
    hs_free_database(key_and_own);
}

/* The whole row as a scan reads it: cue words from the key anchor and the own anchor, in
 * Hyperscan's order, one memory per text. */
static void test_reader_finds_the_runs_and_ends_its_spec_finds(void **state)
{
    (void)state;
    hs_database_t *spec = compile(NAMED_TOKEN_SPEC), *key_and_own = compile_key_and_own();
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(spec, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(key_and_own, &scratch), HS_SUCCESS);
    static char text[TEXT_ROOM];
    static struct ends expected, anchors, found;
    static size_t expected_smallest[TEXT_ROOM + 1], found_smallest[TEXT_ROOM + 1];
    size_t reaching = 0;
    for (int n = 0; n < CASES; n++) {
        size_t len = random_text(text, sizeof text);
        scan(spec, scratch, text, len, &expected);
        scan_cues(key_and_own, scratch, text, len, &anchors);
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
    hs_free_database(key_and_own);
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
    hs_database_t *anchor = compile_key_and_own();
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    char *text = malloc(LEN);
    static struct ends anchors, found;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        fill_with_unit(text, LEN, units[u]);
        scan_cues(anchor, scratch, text, LEN, &anchors);
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

/* The row's matches in a scan: beside the credential-key row, its cue words come from that
 * row's anchor; alone (a scrubber that lists only SECRET_TOKEN), from its own full anchor.
 * Both find the same tokens. The row is listed first, so that it wins a tie with the key
 * row's span for the same value. */
static size_t named_tokens_found(const struct entity_type *types, size_t count, bool from_key_anchor,
                                 const char *text, struct candidate *found, size_t room)
{
    struct pattern_set set;
    char error[256];
    assert_true(pattern_set_compile(&set, types, count, error, sizeof error));
    assert_int_equal(set.named_token_from_key_anchor, from_key_anchor);
    size_t kept = 0;
    size_t scanned = pattern_set_scan(&set, text, strlen(text), found, room);
    for (size_t i = 0; i < scanned; i++) {
        if (found[i].type->rule == SPAN_NAMED_TOKEN) {
            found[kept++] = found[i];
        }
    }
    pattern_set_release(&set);
    return kept;
}

static void test_a_scan_finds_the_tokens_with_or_without_the_key_anchor(void **state)
{
    (void)state;
    struct entity_type rows[2];
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        if (builtin_entity_types[i].rule == SPAN_NAMED_TOKEN) {
            rows[0] = builtin_entity_types[i];
        } else if (builtin_entity_types[i].rule == SPAN_SECRET_KEY) {
            rows[1] = builtin_entity_types[i];
        }
    }
    assert_int_equal(rows[0].rule, SPAN_NAMED_TOKEN);
    assert_int_equal(rows[1].rule, SPAN_SECRET_KEY);
    static const char *const texts[] = {
        "the API key (prod, read-only): Zq8vT2mLx9pR4wKs7nB3yH",
        "session id is 9f8e7d6c5b4a39281706aBcD here",
        "bearer token\n\nZq8vT2mLx9pR4wKs7nB3yH",      /* the token is on another line: none */
        "passwd  =  Zq8vT2mLx9pR4wKs7nB3yH_kLm-Q7",
        "monkey Zq8vT2mLx9pR4wKs7nB3yH",                /* "key" inside a word: none */
        "tokens: Zq8vT2mLx9pR4wKs7nB3yH",
    };
    static const char *const tokens[] = {
        "Zq8vT2mLx9pR4wKs7nB3yH", "9f8e7d6c5b4a39281706aBcD", NULL, "Zq8vT2mLx9pR4wKs7nB3yH_kLm-Q7", NULL,
        "Zq8vT2mLx9pR4wKs7nB3yH",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        struct candidate shared[16], own[16];
        size_t with_key = named_tokens_found(rows, 2, true, texts[t], shared, 16);
        size_t alone = named_tokens_found(rows, 1, false, texts[t], own, 16);
        size_t expected = tokens[t] != NULL;
        assert_int_equal(with_key, expected);
        assert_int_equal(alone, expected);
        if (expected) {
            size_t start = (size_t)(strstr(texts[t], tokens[t]) - texts[t]);
            assert_int_equal(shared[0].start, start);
            assert_int_equal(shared[0].end, start + strlen(tokens[t]));
            assert_int_equal(own[0].start, start);
            assert_int_equal(own[0].end, start + strlen(tokens[t]));
        }
    }
}

/* ---- the value on the line after its name (NEXT_LINE_VALUE_SPEC) ---- */

/* The ends a scan finds: NEXT_LINE_UNSTEMMED_SPEC's, and the reader's at each stem of
 * SECRET_KEY_ANCHOR, in Hyperscan's order, one memory per text (or none: a fresh one per
 * stem). */
struct next_line_scan {
    const char *text;
    size_t len;
    struct next_line_memory memory;
    bool remember;
    size_t examined;
    struct ends *ends;
};

static int on_stem_or_unstemmed(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                                void *context)
{
    (void)from, (void)flags;
    struct next_line_scan *scan = context;
    if (id == 1) {
        add_end(scan->ends, (size_t)to);
        return 0;
    }
    if (!scan->remember) {
        scan->memory = (struct next_line_memory){ 0 };
    }
    size_t end = next_line_value_end(scan->text, scan->len, (size_t)to, &scan->memory, &scan->examined);
    if (end != 0) {
        add_end(scan->ends, end);
    }
    return 0;
}

static hs_database_t *compile_key_and_unstemmed(void)
{
    const char *patterns[] = { SECRET_KEY_ANCHOR, NEXT_LINE_UNSTEMMED_SPEC };
    unsigned flags[] = { HS_FLAG_CASELESS, HS_FLAG_CASELESS }, ids[] = { 0, 1 };
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile_multi(patterns, flags, ids, 2, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("the key anchor and the unstemmed words do not compile: %s", error->message);
    }
    return database;
}

/* Returns the bytes the reader examined. */
static size_t scan_next_line(const hs_database_t *database, hs_scratch_t *scratch, const char *text, size_t len,
                             bool remember, struct ends *ends)
{
    ends->count = 0;
    struct next_line_scan scan = { .text = text, .len = len, .remember = remember, .ends = ends };
    assert_int_equal(hs_scan(database, text, (unsigned)len, 0, scratch, on_stem_or_unstemmed, &scan), HS_SUCCESS);
    return scan.examined;
}

/* Names: the SPEC's words in several cases, "pass" and "pwd" alone, words across a blank or a
 * dot, the words without a stem, and near misses. */
static const char *const next_line_names[] = {
    "password", "Password", "PASSWD", "passwd", "passphrase", "PassPhrase", "pass", "PASS", "Pass", "pwd", "Pwd",
    "secret", "SECRET", "token", "Token", "api key", "API Key", "api.key", "api_key", "api-key", "apikey", "api  key",
    "credential", "credentials", "Credentials", "private_key", "privatekey", "private key", "access-key",
    "access.key", "wifi key", "wi-fi key", "WiFi_Key", "wlan-key", "wpa2 key", "wpa key", "wpa3key", "wpa4 key",
    "master_key", "masterkey", "Secondary-Key", "session key", "session_key", "jwtkey", "cipher_key", "ssh.key",
    "auth key", "auth_key", "gpgkey", "subscription-key", "totp_seed", "otp-seed", "TOTP seed", "mfa_seed",
    "recovery_codes", "recovery-code", "RecoveryCodes", "key", "Key", "monkey", "tok", "tokens", "compass",
    "bypass", "db_pass", "my-pwd", "xpwd", "passw0rd", "secr", "credentia", "pass_", "_pwd", "9pass", "passwords",
};

/* What comes between: quotes, blanks, colons, newlines, block scalar indicators, other
 * bytes. */
static const char *const next_line_separators[] = {
    "\"", "'", " ", "\t", ":", ": ", "\n", "\r\n", "\r", " |", "|", ">", "|-", ">+", "-", "+", "  ", "\n  ",
    "\n\t\"", ".", "`", "\v", "\f", "=", "\":\n  \"", ":\n    '", ": |\n  ", ": >-\n    ", ":|\r\n\t", ":\n",
    ": \n \"", "\": \r\n\"", ": |+ \n ", ":  >\n", "::\n \"", ": |\n\n  ", (" " "\xc3\xa9"), "_", "/",
};

/* Values: 8 bytes or more, fewer, with a quote, a backtick or a blank inside. */
static const char *const next_line_values[] = {
    "Zq8vT2mL", "Zq8vT2m", "abc", "hunter2hunter2", "a\"bcdefgh", "ab cdefghij", "abcd`efgh", "s3cr3t-v4lue",
    "1234567\v9", "x'yzxyzxyz", ("caf\xc3\xa9" "12345"),
};

/* A name, the separator the SPEC wants (or nearly), a value: the form itself, often. */
static size_t next_line_form(char *text)
{
    static const char *const quotes[] = { "", "", "\"", "'", "`" };
    static const char *const blanks[] = { "", "", " ", "\t", "  ", " \t" };
    static const char *const lines[] = { "\n", "\n", "\r\n", "\r", "" };
    static const char *const indicators[] = { "|", ">", "|-", ">+", "|+", ">-", "-", "" };
    static const char *const openers[] = { "\"", "'", "\"", "`", "" };
    /* Every word before "key", in two cases, near misses, and every separator. */
    static const char *const heads[] = {
        "api", "API", "wifi", "Wi-Fi", "wlan", "wpa", "WPA2", "wpa3", "private", "access", "account", "signing",
        "encryption", "master", "session", "client", "app", "auth", "license", "consumer", "shared", "hmac",
        "jwt", "webhook", "deploy", "ssh", "gpg", "pgp", "aes", "cipher", "storage", "subscription", "primary",
        "Secondary", "wpa4", "apis", "wi-f", "token", "secret", "monkey", "sub", "ary",
    };
    static const char *const between[] = { "", "_", "-", " ", ".", "  ", "\t", "__" };
    static const char *const keys[] = { "key", "KEY", "Key", "keys", "ke" };
    size_t len = 0;
#define PUT(list) do { const char *piece = (list)[next_random() % (sizeof (list) / sizeof (list)[0])]; \
        memcpy(text + len, piece, strlen(piece)); len += strlen(piece); } while (0)
    if (next_random() % 3 == 0) {
        PUT(heads);
        PUT(between);
        PUT(keys);
    } else {
        PUT(next_line_names);
    }
    if (next_random() % 4 == 0) {
        len += random_run(text + len, next_random() % 4);
    }
    PUT(quotes);
    PUT(blanks);
    text[len++] = next_random() % 8 == 0 ? '=' : ':';
    PUT(blanks);
    if (next_random() % 2 == 0) {
        PUT(lines);
        PUT(blanks);
        PUT(openers);
    } else {
        PUT(indicators);
        PUT(blanks);
        PUT(lines);
        PUT(blanks);
        PUT(blanks);
    }
    PUT(next_line_values);
#undef PUT
    return len;
}

static size_t next_line_text(char *text, size_t room)
{
    size_t pieces = 1 + next_random() % 24, len = 0;
    for (size_t i = 0; i < pieces && len + 200 < room; i++) {
        unsigned choice = (unsigned)(next_random() % 16);
        const char *piece = NULL;
        if (choice < 6) {
            len += next_line_form(text + len);
        } else if (choice < 8) {
            piece = next_line_names[next_random() % (sizeof next_line_names / sizeof next_line_names[0])];
        } else if (choice < 12) {
            piece = next_line_separators[next_random() % (sizeof next_line_separators / sizeof next_line_separators[0])];
        } else if (choice < 14) {
            piece = next_line_values[next_random() % (sizeof next_line_values / sizeof next_line_values[0])];
        } else if (choice == 14) {
            len += random_run(text + len, 1 + next_random() % 6);
        } else {
            len += random_run(text + len, 60 + next_random() % 20);
        }
        if (piece != NULL) {
            memcpy(text + len, piece, strlen(piece));
            len += strlen(piece);
        }
    }
    return len;
}

/* The SPEC's ends are the unstemmed words' and the reader's, exactly: SPAN_ASSIGNED reads the
 * value back from each end, so every end counts, not only a run's smallest. */
static void test_next_line_reader_finds_the_ends_its_spec_finds(void **state)
{
    (void)state;
    hs_database_t *spec = compile(NEXT_LINE_VALUE_SPEC), *key_and_unstemmed = compile_key_and_unstemmed();
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(spec, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(key_and_unstemmed, &scratch), HS_SUCCESS);
    static char text[TEXT_ROOM];
    static struct ends expected, found;
    size_t reaching = 0, ends = 0;
    for (int n = 0; n < NEXT_LINE_CASES; n++) {
        size_t len = next_line_text(text, sizeof text);
        scan(spec, scratch, text, len, &expected);
        scan_next_line(key_and_unstemmed, scratch, text, len, true, &found);
        normalise(&expected);
        normalise(&found);
        assert_same_ends(n, "spec", &expected, &found);
        reaching += expected.count > 0;
        ends += expected.count;
    }
    print_message("# %zu of %d texts reach the form, %zu ends\n", reaching, NEXT_LINE_CASES, ends);
    assert_true(reaching > NEXT_LINE_CASES / 4);
    hs_free_scratch(scratch);
    hs_free_database(spec);
    hs_free_database(key_and_unstemmed);
}

/* Bodies packed with credential words and the form's bytes: each run of name bytes, its
 * separator and its value are read once, however many stems the run holds. */
static void test_next_line_reader_examines_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const units[] = {
        "password ", "passwd ", "Password: ", "secret ", "Secret Key: ", "api key ", "apikey ", "key ", "key-",
        "token ", "tokentoken", "passwordpassword", "apikeytokensecret", "credentialcredential", "pwd:pwd:",
        "password:\n  \"", "token: |\n  ", "api key:\n", "db_pass:", "pass\n", "\"password\":\n    \"hunter2x\",\n",
        "secret: >-\n    Zq8vT2mLx9\n", "api_key: \t\t\t", "key key key:", "privateaccess_key",
    };
    enum { LEN = 12 * 1024 };
    hs_database_t *database = compile_key_and_unstemmed();
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(database, &scratch), HS_SUCCESS);
    char *text = malloc(LEN);
    static struct ends found;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        fill_with_unit(text, LEN, units[u]);
        double with_memory = (double)scan_next_line(database, scratch, text, LEN, true, &found) / LEN;
        double without = (double)scan_next_line(database, scratch, text, LEN, false, &found) / LEN;
        char name[40];
        snprintf(name, sizeof name, "%s", units[u]);
        for (char *c = name; *c != '\0'; c++) {
            *c = *c == '\n' ? '|' : *c;
        }
        print_message("# %-36s %5.2f bytes examined per input byte (%5.2f without the memory)\n", name,
                      with_memory, without);
        assert_true(with_memory <= NEXT_LINE_WORK_BOUND);
    }
    free(text);
    hs_free_scratch(scratch);
    hs_free_database(database);
}

/* In a scan: beside the credential-key row the stemmed words come from its anchor, alone the
 * row's SPEC is compiled; both find the same values. */
static size_t next_line_values_found(const struct entity_type *types, size_t count, bool from_key_anchor,
                                     const char *text, struct candidate *found, size_t room)
{
    struct pattern_set set;
    char error[256];
    assert_true(pattern_set_compile(&set, types, count, error, sizeof error));
    assert_int_equal(set.named_token_from_key_anchor, from_key_anchor);
    assert_true((set.next_line_value_row != NULL) == from_key_anchor);
    size_t kept = 0;
    size_t scanned = pattern_set_scan(&set, text, strlen(text), found, room);
    for (size_t i = 0; i < scanned; i++) {
        if (found[i].type->pattern != NULL && strcmp(found[i].type->pattern, NEXT_LINE_VALUE_SPEC) == 0) {
            found[kept++] = found[i];
        }
    }
    pattern_set_release(&set);
    return kept;
}

static void test_a_scan_finds_the_next_line_values_with_or_without_the_key_anchor(void **state)
{
    (void)state;
    struct entity_type rows[2];
    size_t listed = 0;
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        const struct entity_type *type = &builtin_entity_types[i];
        if (type->pattern != NULL && strcmp(type->pattern, NEXT_LINE_VALUE_SPEC) == 0) {
            rows[0] = *type;
            listed++;
        } else if (type->rule == SPAN_SECRET_KEY) {
            rows[1] = *type;
        }
    }
    assert_int_equal(listed, 1);
    assert_int_equal(rows[1].rule, SPAN_SECRET_KEY);
    static const char *const texts[] = {
        "{\n  \"password\":\n    \"Zq8vT2mLx9pR\",\n}",
        "signing_key: |\n  Zq8vT2mLx9pR4wKs\n",
        "api key:\n  'Zq8vT2mLx9pR'",
        "db-pass: >-\n    Zq8vT2mLx9pR\n",
        "totp_seed:\n  \"JBSWY3DPEHPK3PXP\"",            /* a word with no stem: the SPEC still reads it */
        "bypass:\n  \"Zq8vT2mLx9pR\"",                   /* "pass" inside a word: none */
        "password: Zq8vT2mLx9pR",                       /* on the same line: not this row's */
    };
    static const char *const values[] = {
        "Zq8vT2mLx9pR", "Zq8vT2mLx9pR4wKs", "Zq8vT2mLx9pR", "Zq8vT2mLx9pR", "JBSWY3DPEHPK3PXP", NULL, NULL,
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        struct candidate shared[16], own[16];
        size_t with_key = next_line_values_found(rows, 2, true, texts[t], shared, 16);
        size_t alone = next_line_values_found(rows, 1, false, texts[t], own, 16);
        size_t expected = values[t] != NULL;
        assert_int_equal(with_key, expected);
        assert_int_equal(alone, expected);
        if (expected) {
            size_t start = (size_t)(strstr(texts[t], values[t]) - texts[t]);
            assert_int_equal(shared[0].start, start);
            assert_int_equal(shared[0].end, start + strlen(values[t]));
            assert_int_equal(own[0].start, start);
            assert_int_equal(own[0].end, start + strlen(values[t]));
        }
    }
}

/* ---- a secret stored by a cloud CLI (SECRET_STORE_SPEC) ---- */

/* The ends a scan finds: SECRET_STORE_UNSTEMMED_SPEC's, and the reader's at each stem of
 * SECRET_KEY_ANCHOR, in Hyperscan's order, one memory per text (or none: a fresh one per
 * stem). */
typedef size_t (*store_reader)(const char *, size_t, size_t, struct secret_store_memory *, secret_store_found, void *);

struct store_scan {
    store_reader reader;
    const char *text;
    size_t len;
    struct secret_store_memory memory;
    bool remember;
    size_t examined;
    struct ends *ends;
    struct ends read;                 /* the reader's own ends, in order */
};

static bool on_store_found(size_t end, void *context)
{
    struct store_scan *scan = context;
    add_end(scan->ends, end);
    add_end(&scan->read, end);
    return false;
}

static int on_stem_or_store(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                            void *context)
{
    (void)from, (void)flags;
    struct store_scan *scan = context;
    if (id == 1) {
        add_end(scan->ends, (size_t)to);
        return 0;
    }
    if (!scan->remember) {
        scan->memory = (struct secret_store_memory){ 0 };
    }
    scan->examined += scan->reader(scan->text, scan->len, (size_t)to, &scan->memory, on_store_found, scan);
    return 0;
}

static hs_database_t *compile_key_and_store(const char *unstemmed, unsigned unstemmed_flags)
{
    const char *patterns[] = { SECRET_KEY_ANCHOR, unstemmed };
    unsigned flags[] = { HS_FLAG_CASELESS, unstemmed_flags }, ids[] = { 0, 1 };
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile_multi(patterns, flags, ids, 2, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("the key anchor and the unstemmed store words do not compile: %s", error->message);
    }
    return database;
}

/* Returns the bytes the reader examined. */
static size_t scan_store(store_reader reader, const hs_database_t *database, hs_scratch_t *scratch, const char *text,
                         size_t len, bool remember, struct ends *ends)
{
    ends->count = 0;
    static struct store_scan scan;
    scan = (struct store_scan){ .reader = reader, .text = text, .len = len, .remember = remember, .ends = ends };
    assert_int_equal(hs_scan(database, text, (unsigned)len, 0, scratch, on_stem_or_store, &scan), HS_SUCCESS);
    if (remember) {
        for (size_t i = 1; i < scan.read.count; i++) {
            assert_true(scan.read.at[i - 1] < scan.read.at[i]);     /* in order, none twice */
        }
    }
    return scan.examined;
}

/* The SPEC's words in several cases, the unstemmed ones, words that hold "secret" and near misses. */
static const char *const store_words[] = {
    "secret", "secrets", "Secret", "SECRETS", "sEcReTs", "secretss", "xsecret", "_secret", "-secret", "9secrets",
    ".secrets", "put-secret-value", "create-secret", "update-secret", "put-parameter", "PUT-PARAMETER", "ecret",
    "secre", ("\xc3\xa9" "secret"), "secret-", "mysecrets", "keyvault secret", "gcloud secrets", "secrét",
};
static const char *const store_verbs[] = {
    "set", "put", "create", "add", "Set", "PUT", "CREATE", "aDd", "settings", "sets", "adds", "creates", "se",
    "puts", "set_", "set-", "add9", "set.", ("set" "\xc3\xa9"), "versions add", "get",
};
static const char *const store_flags[] = {
    "--value", "--body", "--secret-string", "--secret-value", "--VALUE", "--Body", "--SECRET-STRING",
    "-value", "---value", "--values", "--secret-str", "--secret-", "--secret-valu", "--val", "--secret-value-x",
    "- -value", "--bodyx", "----value",
};
static const char *const store_separators[] = { "=", " ", "\t", "  ", " \t ", " =", "= ", "==", "", ":", "\n", " \"" };
static const char *const store_values[] = {
    "Zq8vT2", "abcde", "-abcdef", "ab\vcdefg", "hunter2hunter2", "a b cdef", "x'yzxyz", "`abcdef", "\"Zq8vT2mL\"",
    "'s3cr3t!'", "\"-abcdef\"", "ab\fcdefgh", "ab\rcdefgh", "abcde\n", ("caf\xc3\xa9" "12"), "======", "a-----",
};
static const char *const store_blanks[] = { " ", " ", "\t", "  ", " \t", "", "\n", "\r\n" };

/* Filler of the line: `count` bytes of words, dashes and blanks, a newline at times. */
static size_t store_filler(char *text, size_t count)
{
    static const char bytes[] = "abc XYZ-_=\"'./019";
    for (size_t i = 0; i < count; i++) {
        text[i] = next_random() % 211 == 0 ? '\n' : bytes[next_random() % (sizeof bytes - 1)];
    }
    return count;
}

/* One piece of `list` at text + len: half the time one of its first `good` (the form's own),
 * half any. */
#define PUT_ONE_OF(list, good) do { size_t n_ = sizeof (list) / sizeof (list)[0]; \
        const char *piece = (list)[next_random() % (next_random() % 2 == 0 ? (good) : n_)]; \
        memcpy(text + len, piece, strlen(piece)); len += strlen(piece); } while (0)

/* The words, a verb, filler either side of 100 bytes, a flag, its separator and a value; each
 * piece half the time one of the first `good` of its list (the form's own), half any. */
static size_t store_form(char *text)
{
    size_t len = 0;
    PUT_ONE_OF(store_words, 5);
    PUT_ONE_OF(store_blanks, 5);
    PUT_ONE_OF(store_verbs, 8);
    unsigned shape = (unsigned)(next_random() % 4);
    if (shape == 0) {
        len += store_filler(text + len, 90 + next_random() % 20);   /* either side of the window */
    } else if (shape == 1) {
        len += store_filler(text + len, next_random() % 30);
    } else if (shape == 2) {
        PUT_ONE_OF(store_blanks, 5);
    }
    if (next_random() % 3 == 0) {
        PUT_ONE_OF(store_flags, 7);                                        /* two flags: two ends maybe */
        PUT_ONE_OF(store_separators, 5);
        PUT_ONE_OF(store_values, 2);
        PUT_ONE_OF(store_blanks, 5);
    }
    PUT_ONE_OF(store_flags, 7);
    PUT_ONE_OF(store_separators, 5);
    PUT_ONE_OF(store_values, 2);
    return len;
}

/* A form's three lists of words, each also written alone among the forms. */
struct form_words {
    size_t (*form)(char *text);
    const char *const *lists[3];
    size_t counts[3];
};

#define FORM_WORDS(form, a, b, c) { form, { a, b, c }, \
    { sizeof a / sizeof a[0], sizeof b / sizeof b[0], sizeof c / sizeof c[0] } }

/* Up to 20 pieces: whole forms, their words alone, values, blanks and filler. */
static size_t form_text(const struct form_words *words, char *text, size_t room)
{
    size_t pieces = 1 + next_random() % 20, len = 0;
    for (size_t i = 0; i < pieces && len + 400 < room; i++) {
        unsigned choice = (unsigned)(next_random() % 16);
        const char *piece = NULL;
        if (choice < 6) {
            len += words->form(text + len);
        } else if (choice < 12) {
            size_t list = (choice - 6) / 2;
            piece = words->lists[list][next_random() % words->counts[list]];
        } else if (choice == 12) {
            piece = store_values[next_random() % (sizeof store_values / sizeof store_values[0])];
        } else if (choice == 13) {
            piece = store_blanks[next_random() % (sizeof store_blanks / sizeof store_blanks[0])];
        } else {
            len += store_filler(text + len, next_random() % 120);
        }
        if (piece != NULL) {
            memcpy(text + len, piece, strlen(piece));
            len += strlen(piece);
        }
    }
    return len;
}

static size_t store_text(char *text, size_t room)
{
    static const struct form_words words = FORM_WORDS(store_form, store_words, store_verbs, store_flags);
    return form_text(&words, text, room);
}

/* The SPEC's ends are the unstemmed words' and the reader's, exactly: SPAN_ASSIGNED reads the
 * value back from each end. */
static void expect_store_ends(const char *spec, const char *unstemmed, unsigned flags, store_reader reader,
                              size_t (*generate)(char *, size_t))
{
    hs_database_t *database = NULL, *key_and_store = compile_key_and_store(unstemmed, flags);
    hs_compile_error_t *error = NULL;
    if (hs_compile(spec, flags, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("%s does not compile: %s", spec, error->message);
    }
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(database, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(key_and_store, &scratch), HS_SUCCESS);
    static char text[TEXT_ROOM];
    static struct ends expected, found;
    size_t reaching = 0, ends = 0, read = 0;
    for (int n = 0; n < STORE_CASES; n++) {
        size_t len = generate(text, sizeof text);
        char *exact = malloc(len);      /* an exact-size block: a read past the text fails the ASan build */
        memcpy(exact, text, len);
        scan(database, scratch, text, len, &expected);
        scan_store(reader, key_and_store, scratch, exact, len, true, &found);
        normalise(&expected);
        normalise(&found);
        assert_same_ends(n, "spec", &expected, &found);
        reaching += expected.count > 0;
        ends += expected.count;
        scan_store(reader, key_and_store, scratch, exact, len, false, &found);
        read += found.count;
        free(exact);
    }
    print_message("# %zu of %d texts reach the form, %zu ends (%zu read with no memory)\n", reaching, STORE_CASES,
                  ends, read);
    assert_true(reaching > STORE_CASES / 5);
    hs_free_scratch(scratch);
    hs_free_database(database);
    hs_free_database(key_and_store);
}

static void test_store_reader_finds_the_ends_its_spec_finds(void **state)
{
    (void)state;
    expect_store_ends(SECRET_STORE_SPEC, SECRET_STORE_UNSTEMMED_SPEC, HS_FLAG_CASELESS, secret_store_value_ends,
                      store_text);
}

/* The tools' words, "secrets" and near misses, in the cases people write them (the row is not
 * caseless). */
static const char *const here_words[] = {
    "secrets", "secret", "gcloud secrets", "Secrets", "SECRET", "xsecrets", "-secrets", "_secret", "--password-stdin",
    "sudo -S", "passwd --stdin", "chpasswd", "--passphrase-stdin", "secretss", ("\xc3\xa9" "secrets"), "ecrets",
};
static const char *const here_verbs[] = {
    "set", "create", "versions add", "versions\tadd", "versions  add", "settings", "created", "Set", "CREATE",
    "versions", "versionsadd", "versions Add", "versions add_", "se", "get",
};
static const char *const here_tails[] = {
    "<<<", "<<< ", "<<<\t", "<<<  \"", "<<< '", "<<<<", "<< <", "<<", "<<<`", "<<<\n", "<<< \"\"",
};

/* The words, a verb, filler either side of 100 bytes, a here-string and a value. */
static size_t here_form(char *text)
{
    size_t len = 0;
    PUT_ONE_OF(here_words, 3);
    PUT_ONE_OF(store_blanks, 5);
    PUT_ONE_OF(here_verbs, 5);
    unsigned shape = (unsigned)(next_random() % 4);
    if (shape == 0) {
        len += store_filler(text + len, 90 + next_random() % 20);   /* either side of the window */
    } else if (shape == 1) {
        len += store_filler(text + len, next_random() % 30);
    } else if (shape == 2) {
        PUT_ONE_OF(store_blanks, 5);
    }
    if (next_random() % 3 == 0) {
        PUT_ONE_OF(here_tails, 5);                                         /* two here-strings: two ends maybe */
        PUT_ONE_OF(store_values, 2);
        PUT_ONE_OF(store_blanks, 5);
    }
    PUT_ONE_OF(here_tails, 5);
    PUT_ONE_OF(store_values, 2);
    return len;
}

static size_t here_text(char *text, size_t room)
{
    static const struct form_words words = FORM_WORDS(here_form, here_words, here_verbs, here_tails);
    return form_text(&words, text, room);
}

static void test_here_string_reader_finds_the_ends_its_spec_finds(void **state)
{
    (void)state;
    expect_store_ends(HERE_STRING_SPEC, HERE_STRING_UNSTEMMED_SPEC, 0, secret_here_string_ends, here_text);
}

/* Bodies packed with the form's words: each window and each flag is read once, however many
 * stems open it. */
static void test_store_reader_examines_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const units[] = {
        "secret ", "secrets ", "Secret Key: ", "secret set ", "secrets set ", "secrets set --value ",
        "secrets set --value=abcdef ", "secret put --body x", "--value ", "secret=", "secretsecret",
        "secrets set\n", "secrets add -- --", "secrets create ------", "secret\tset\t--secret-string\t\t",
        "secrets set x --value abcdef\n", "put-secret-value ", "gh secret set ", "secret set --value \"abcdefgh\" ",
        "secrets create <<<", "secrets versions add <<< abcdef ", "secrets set <<<<<<", "secret<<<",
    };
    enum { LEN = 12 * 1024 };
    static const store_reader readers[] = { secret_store_value_ends, secret_here_string_ends };
    hs_database_t *database = compile_key_and_store(SECRET_STORE_UNSTEMMED_SPEC, HS_FLAG_CASELESS);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(database, &scratch), HS_SUCCESS);
    char *text = malloc(LEN);
    static struct ends found;
    for (size_t u = 0; u < 2 * (sizeof units / sizeof units[0]); u++) {
        store_reader reader = readers[u % 2];
        const char *unit_text = units[u / 2];
        fill_with_unit(text, LEN, unit_text);
        double with_memory = (double)scan_store(reader, database, scratch, text, LEN, true, &found) / LEN;
        double without = (double)scan_store(reader, database, scratch, text, LEN, false, &found) / LEN;
        char name[40];
        snprintf(name, sizeof name, "%s %s", u % 2 ? "<<<" : "--", unit_text);
        for (char *c = name; *c != '\0'; c++) {
            *c = *c == '\n' ? '|' : *c == '\t' ? '>' : *c;
        }
        print_message("# %-36s %5.2f bytes examined per input byte (%5.2f without the memory)\n", name,
                      with_memory, without);
        assert_true(with_memory <= STORE_WORK_BOUND);
    }
    free(text);
    hs_free_scratch(scratch);
    hs_free_database(database);
}

/* In a scan: beside the credential-key row "secret(s) set" comes from its anchor, alone the
 * row's SPEC is compiled; both find the same values. */
static size_t store_values_found(const struct entity_type *types, size_t count, bool from_key_anchor, const char *spec,
                                 const char *text, struct candidate *found, size_t room)
{
    struct pattern_set set;
    char error[256];
    assert_true(pattern_set_compile(&set, types, count, error, sizeof error));
    assert_int_equal(set.named_token_from_key_anchor, from_key_anchor);
    const struct entity_type *read_row = strcmp(spec, SECRET_STORE_SPEC) == 0 ? set.secret_store_row
                                       : strcmp(spec, HERE_STRING_SPEC) == 0   ? set.here_string_row
                                                                               : set.aws_secret_row;
    assert_true((read_row != NULL) == from_key_anchor);
    size_t kept = 0;
    size_t scanned = pattern_set_scan(&set, text, strlen(text), found, room);
    for (size_t i = 0; i < scanned; i++) {
        if (found[i].type->pattern != NULL && strcmp(found[i].type->pattern, spec) == 0) {
            found[kept++] = found[i];
        }
    }
    pattern_set_release(&set);
    return kept;
}

/* The row of `spec` and the credential-key row, with or without it, find `values[t]` in `texts[t]`
 * (NULL: nothing). */
static void expect_values_with_or_without_the_key_anchor(const char *spec, const char *const *texts,
                                                         const char *const *values, size_t count)
{
    struct entity_type rows[2];
    size_t listed = 0;
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        const struct entity_type *type = &builtin_entity_types[i];
        if (type->pattern != NULL && strcmp(type->pattern, spec) == 0) {
            rows[0] = *type;
            listed++;
        } else if (type->rule == SPAN_SECRET_KEY) {
            rows[1] = *type;
        }
    }
    assert_int_equal(listed, 1);
    assert_int_equal(rows[1].rule, SPAN_SECRET_KEY);
    for (size_t t = 0; t < count; t++) {
        struct candidate shared[16], own[16];
        size_t with_key = store_values_found(rows, 2, true, spec, texts[t], shared, 16);
        size_t alone = store_values_found(rows, 1, false, spec, texts[t], own, 16);
        size_t expected = values[t] != NULL;
        assert_int_equal(with_key, expected);
        assert_int_equal(alone, expected);
        if (expected) {
            size_t start = (size_t)(strstr(texts[t], values[t]) - texts[t]);
            assert_int_equal(shared[0].start, start);
            assert_int_equal(shared[0].end, start + strlen(values[t]));
            assert_int_equal(own[0].start, start);
            assert_int_equal(own[0].end, start + strlen(values[t]));
        }
    }
}

static void test_a_scan_finds_the_stored_secrets_with_or_without_the_key_anchor(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "az keyvault secret set --vault-name kv --name db --value Zq8vT2mLx9pR",
        "gcloud secrets create db-pass --data-file=- --value=Zq8vT2mLx9pR\n",
        "doppler SECRETS SET --body \"Zq8vT2mLx9pR\"",
        "aws secretsmanager create-secret --name db --secret-string 'Zq8vT2mLx9pR'",  /* an unstemmed word */
        "mysecrets set --value Zq8vT2mLx9pR",            /* "secret" inside a word: none */
        "secrets set db\n--value Zq8vT2mLx9pR",          /* the flag on the next line: none */
        "secrets settings --value Zq8vT2mLx9pR",         /* no verb */
    };
    static const char *const values[] = { "Zq8vT2mLx9pR", "Zq8vT2mLx9pR", "Zq8vT2mLx9pR", "Zq8vT2mLx9pR", NULL,
                                          NULL, NULL };
    expect_values_with_or_without_the_key_anchor(SECRET_STORE_SPEC, texts, values, sizeof texts / sizeof texts[0]);
}

static void test_a_scan_finds_the_here_strings_with_or_without_the_key_anchor(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "gcloud secrets create db-pass --data-file=- <<< \"Zq8vT2mLx9pR\"",
        "gcloud secrets versions add db-pass --data-file=- <<< 'Zq8vT2mLx9pR'\n",
        "docker login -u ci --password-stdin <<< \"Zq8vT2mLx9pR\"",                 /* an unstemmed word */
        "gcloud SECRETS create db <<< \"Zq8vT2mLx9pR\"",   /* capitals: the row is not caseless */
        "mysecrets create db <<< \"Zq8vT2mLx9pR\"",        /* "secret" inside a word: none */
        "gcloud secrets create db\n<<< \"Zq8vT2mLx9pR\"",  /* the here-string on the next line: none */
    };
    static const char *const values[] = { "Zq8vT2mLx9pR", "Zq8vT2mLx9pR", "Zq8vT2mLx9pR", NULL, NULL, NULL };
    expect_values_with_or_without_the_key_anchor(HERE_STRING_SPEC, texts, values, sizeof texts / sizeof texts[0]);
}

/* ---- an AWS secret access key under its name (the AWS_SECRET_ACCESS_KEY row) ---- */

static const char *aws_secret_row_pattern(void)
{
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        const struct entity_type *type = &builtin_entity_types[i];
        if (strcmp(type->name, "AWS_SECRET_ACCESS_KEY") == 0 && type->scan == SCAN_WHOLE_TEXT) {
            return type->pattern;
        }
    }
    fail_msg("no AWS_SECRET_ACCESS_KEY row in the main database");
    return NULL;
}

struct aws_scan {
    const char *text;
    size_t len;
    size_t examined;
    struct ends *ends;
};

static int on_aws_stem(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id, (void)from, (void)flags;
    struct aws_scan *scan = context;
    if (aws_secret_name_may_end(scan->text, scan->len, (size_t)to)) {       /* as patterns.c asks it */
        scan->examined += aws_secret_value_ends(scan->text, scan->len, (size_t)to, on_found, scan->ends);
    }
    return 0;
}

static size_t scan_aws(const hs_database_t *anchor, hs_scratch_t *scratch, const char *text, size_t len,
                       struct ends *ends)
{
    ends->count = 0;
    struct aws_scan scan = { .text = text, .len = len, .ends = ends };
    assert_int_equal(hs_scan(anchor, text, (unsigned)len, 0, scratch, on_aws_stem, &scan), HS_SUCCESS);
    return scan.examined;
}

static const char *const aws_names[] = {
    "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "AWS Secret Access Key", "secret_key", "sec_key", "seckey",
    "secretkey", "aws_sec_key", "secret access key", "secret_access_key", "SecretAccessKey", "secaccesskey",
    "sec__key", "secret-key", "aws_secret_key", "access_key", "sec  key", "secretaccess_key", "secre_key", "key",
    "aws secret  access key", "x_secret_key", "secret_access__key",
};
static const char *const aws_brackets[] = {
    "", "", "", " [None]", "[****MPLE]", "\t[abc]", " [", "[abcdefghijklmnopqrstuvwx]", "[abcdefghijklmnopqrstuvwxy]",
    "[]", "[a_b]", "  [**]",
};
static const char *const aws_separators[] = {
    "=", " = ", ": ", ":", " ", "\t", "  ", "\"=\"", "\":\"", "\": \"", "=\"", "='", "=`", " := ", "::", " -> ",
    " <- ", " => ", "?=", "**=", "__:", "=**", ":__", "= Str(\"", ": String(\"", "=Some(", "=bytes(\"", "=\"\"\"",
    "\\\":\\\"", "]=", "\\\"=", "=\\\"", "=\\'", "_ = ", ":-", "==", "= -", "=(", "= \"\"", ", ", "\n", ": >",
};

/* 40 base64 bytes, or 39, 41, a blank or a quote inside. */
static size_t aws_value(char *text)
{
    static const char alphabet[] = "ABCxyz0189/+";
    size_t count = 38 + next_random() % 5;
    for (size_t i = 0; i < count; i++) {
        text[i] = alphabet[next_random() % (sizeof alphabet - 1)];
    }
    if (next_random() % 6 == 0) {
        text[next_random() % count] = next_random() % 2 ? ' ' : '"';
    }
    return count;
}

static size_t aws_form(char *text)
{
    size_t len = 0;
    PUT_ONE_OF(aws_names, 12);
    PUT_ONE_OF(aws_brackets, 5);
    PUT_ONE_OF(aws_separators, 8);
    len += aws_value(text + len);
    return len;
}

static size_t aws_text(char *text, size_t room)
{
    size_t pieces = 1 + next_random() % 12, len = 0;
    for (size_t i = 0; i < pieces && len + 400 < room; i++) {
        unsigned choice = (unsigned)(next_random() % 12);
        const char *piece = NULL;
        if (choice < 6) {
            len += aws_form(text + len);
        } else if (choice < 8) {
            piece = aws_names[next_random() % (sizeof aws_names / sizeof aws_names[0])];
        } else if (choice == 8) {
            piece = aws_separators[next_random() % (sizeof aws_separators / sizeof aws_separators[0])];
        } else if (choice == 9) {
            len += aws_value(text + len);
        } else {
            piece = store_blanks[next_random() % (sizeof store_blanks / sizeof store_blanks[0])];
        }
        if (piece != NULL) {
            memcpy(text + len, piece, strlen(piece));
            len += strlen(piece);
        }
    }
    return len;
}

static void test_aws_secret_reader_finds_the_ends_its_row_finds(void **state)
{
    (void)state;
    hs_database_t *row = compile(aws_secret_row_pattern()), *anchor = compile(SECRET_KEY_ANCHOR);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(row, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    static char text[TEXT_ROOM];
    static struct ends expected, found;
    size_t reaching = 0, ends = 0;
    for (int n = 0; n < STORE_CASES; n++) {
        size_t len = aws_text(text, sizeof text);
        char *exact = malloc(len);      /* an exact-size block: a read past the text fails the ASan build */
        memcpy(exact, text, len);
        scan(row, scratch, text, len, &expected);
        scan_aws(anchor, scratch, exact, len, &found);
        free(exact);
        normalise(&expected);
        normalise(&found);
        assert_same_ends(n, "row", &expected, &found);
        reaching += expected.count > 0;
        ends += expected.count;
    }
    print_message("# %zu of %d texts reach the form, %zu ends\n", reaching, STORE_CASES, ends);
    assert_true(reaching > STORE_CASES / 5);
    hs_free_scratch(scratch);
    hs_free_database(row);
    hs_free_database(anchor);
}

/* Bodies packed with the row's names and values: each "key" stem reads its name, blanks and
 * the 40 bytes of each parse's value, and a value's run holds no other name's separator. */
static void test_aws_secret_reader_examines_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const units[] = {
        "key ", "key-", "Key=", "seckey", "sec_key ", "secret_key=", "Secret Key: ", "access_key ", "sec  key",
        "aws_secret_access_key = wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY\n", "secret key [None]: ",
        "secret_key \"\"\"wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY", "seckey=Str(seckey=Some(seckey:=",
        "secretkey wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEYsecretkey ", "sec_key\t\t\t\t\t\t",
    };
    enum { LEN = 12 * 1024 };
    hs_database_t *anchor = compile(SECRET_KEY_ANCHOR);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    char *text = malloc(LEN);
    static struct ends found;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        fill_with_unit(text, LEN, units[u]);
        double examined = (double)scan_aws(anchor, scratch, text, LEN, &found) / LEN;
        char name[40];
        snprintf(name, sizeof name, "%s", units[u]);
        for (char *c = name; *c != '\0'; c++) {
            *c = *c == '\n' ? '|' : *c == '\t' ? '>' : *c;
        }
        print_message("# %-36s %5.2f bytes examined per input byte\n", name, examined);
        assert_true(examined <= STORE_WORK_BOUND);
    }
    free(text);
    hs_free_scratch(scratch);
    hs_free_database(anchor);
}

static void test_a_scan_finds_aws_secrets_with_or_without_the_key_anchor(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "aws_secret_access_key = Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz\n",
        "AWS Secret Access Key [****MPLE]: Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz",
        "\"SecretAccessKey\": \"Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz\"",
        "aws_sec_key Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz",
        "secret_key = Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tW",   /* 39 bytes: none */
        "monkey = Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz",       /* no "sec" before the key: none */
    };
    static const char *const values[] = {
        "Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz", "Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz",
        "Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz", "Zq8vT2mLx9pR4wKs/B7nE3hY+cJ6uD1gF5aQ0tWz", NULL, NULL,
    };
    expect_values_with_or_without_the_key_anchor(aws_secret_row_pattern(), texts, values,
                                                 sizeof texts / sizeof texts[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cue_words_read_from_the_key_anchor_are_the_anchors),
        cmocka_unit_test(test_reader_finds_the_runs_and_ends_its_spec_finds),
        cmocka_unit_test(test_reader_examines_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_a_scan_finds_the_tokens_with_or_without_the_key_anchor),
        cmocka_unit_test(test_next_line_reader_finds_the_ends_its_spec_finds),
        cmocka_unit_test(test_next_line_reader_examines_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_a_scan_finds_the_next_line_values_with_or_without_the_key_anchor),
        cmocka_unit_test(test_store_reader_finds_the_ends_its_spec_finds),
        cmocka_unit_test(test_here_string_reader_finds_the_ends_its_spec_finds),
        cmocka_unit_test(test_aws_secret_reader_finds_the_ends_its_row_finds),
        cmocka_unit_test(test_aws_secret_reader_examines_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_store_reader_examines_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_a_scan_finds_the_stored_secrets_with_or_without_the_key_anchor),
        cmocka_unit_test(test_a_scan_finds_the_here_strings_with_or_without_the_key_anchor),
        cmocka_unit_test(test_a_scan_finds_aws_secrets_with_or_without_the_key_anchor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
