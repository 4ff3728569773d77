/* named_tokens.c — the token named by a word before it, the value on the line after its
 * name, a secret a CLI stores and an AWS secret access key, read from the word
 * (named_tokens.h).
 *
 * The SPEC's matches from one cue word ending at c: the token's first byte s lies either in
 * [c, c + 20] (the `[^\n]{0,20}` gap) or, when blanks and a remark "(…)" follow c, in
 * [p, p + 20] past the remark's ')'; no newline lies between the gap's start and s; and 20
 * token bytes start at s. An end s + 20 in a run of token bytes is the smallest of that run
 * when s is the window's start or the run's own start: so a window is read left to right,
 * one end reported per run, and the rest of the run skipped. */
#include "scrub/named_tokens.h"

#include <string.h>

enum {
    GAP = 20,                         /* `[^\n]{0,20}` */
    REMARK_MAX = 60,                  /* `[^()\n]{1,60}` */
};

/* [A-Za-z0-9_-]: a table, tested on every byte of a window. */
static const unsigned char token_bytes[256] = {
    ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['_'] = 1, ['-'] = 1,
};

static bool token_byte(char c)
{
    return token_bytes[(unsigned char)c] != 0;
}

/* The token bytes from `at` on, counted up to `want`. The last run read is remembered, so
 * windows of packed cue words that fall in one long run read it once. */
static size_t token_length(const char *text, size_t len, size_t at, size_t want, struct named_token_memory *memory,
                           size_t *examined)
{
    if (at < memory->run_from || at > memory->run_to) {
        memory->run_from = at;
        memory->run_to = at;
        memory->run_closed = false;
    }
    size_t known = memory->run_to - at;
    if (known >= want || memory->run_closed) {
        return known < want ? known : want;
    }
    size_t to = memory->run_to;
    while (to < len && to - at < want && token_byte(text[to])) {
        to++;
    }
    *examined += to - memory->run_to + (to < len && to - at < want);
    memory->run_to = to;
    memory->run_closed = to - at < want;      /* stopped at a byte not of a token, or the end */
    return to - at;
}

/* The first newline in [from, limit), or limit; limit <= len. */
static size_t line_end(const char *text, size_t from, size_t limit, struct named_token_memory *memory,
                       size_t *examined)
{
    if (from < memory->line_from || from > memory->line_to) {
        memory->line_from = from;
        memory->line_to = from;
        memory->line_closed = false;
    }
    if (memory->line_to >= limit) {
        return limit;
    }
    if (memory->line_closed) {
        return memory->line_to;
    }
    const char *newline = memchr(text + memory->line_to, '\n', limit - memory->line_to);
    size_t to = newline != NULL ? (size_t)(newline - text) : limit;
    *examined += to - memory->line_to + (newline != NULL);
    memory->line_to = to;
    memory->line_closed = newline != NULL;
    return to;
}

/* Positions [from, to) start no window. */
static void note_clear(struct named_token_memory *memory, size_t from, size_t to)
{
    if (from >= memory->clear_from && from <= memory->clear_to) {
        if (to > memory->clear_to) {
            memory->clear_to = to;
        }
        return;
    }
    memory->clear_from = from;
    memory->clear_to = to;
}

/* Every run in which a window of 20 token bytes starts at some s in [lo, hi]: its smallest
 * such s + 20 reported. True when `found` asked to stop. */
static bool read_window(const char *text, size_t len, size_t lo, size_t hi, struct named_token_memory *memory,
                        named_token_found found, void *context, size_t *examined)
{
    size_t s = lo;
    while (s <= hi && s + NAMED_TOKEN_LENGTH <= len) {
        if (s >= memory->clear_from && s < memory->clear_to) {
            s = memory->clear_to;
            continue;
        }
        size_t run = token_length(text, len, s, NAMED_TOKEN_LENGTH, memory, examined);
        if (run < NAMED_TOKEN_LENGTH) {
            note_clear(memory, s, s + run + 1);   /* the run's tail and the byte after it */
            s += run + 1;
            continue;
        }
        if (found(s + NAMED_TOKEN_LENGTH, context)) {
            return true;
        }
        /* The rest of this run has the same span: go on past its end, if that is in the window. */
        size_t want = hi - s + 1;
        run = token_length(text, len, s, want, memory, examined);
        if (run == want) {
            return false;
        }
        s += run + 1;
    }
    return false;
}

/* Past the ')' of a remark "(…)" after blanks at `at` (1 to 60 bytes, no parenthesis or
 * newline in it); 0 if there is none. */
static size_t remark_end(const char *text, size_t len, size_t at, size_t *examined)
{
    size_t open = at;
    while (open < len && (text[open] == ' ' || text[open] == '\t')) {
        open++;
    }
    *examined += open - at + 1;
    if (open >= len || text[open] != '(') {
        return 0;
    }
    size_t close = open + 1;
    while (close < len && close - open - 1 <= REMARK_MAX && text[close] != '(' && text[close] != ')'
           && text[close] != '\n') {
        close++;
    }
    *examined += close - open;
    size_t remark = close - open - 1;
    return close < len && text[close] == ')' && remark >= 1 && remark <= REMARK_MAX ? close + 1 : 0;
}

/* The last s of a gap opening at `from`: 20 bytes on, or the first newline. */
static size_t gap_last(const char *text, size_t len, size_t from, struct named_token_memory *memory,
                       size_t *examined)
{
    size_t limit = len - from > GAP ? from + GAP + 1 : len;
    size_t end = line_end(text, from, limit, memory, examined);
    return end > from + GAP ? from + GAP : end;
}

/* Most cue words have no token after them ("DB_PASSWORD=hunter2x\n"): one pass over the
 * 40 bytes a window could take, to the first newline, says so without the memory's steps
 * (they cost 500 instructions a cue word there). True if no window starts in the gap; the
 * bytes it cleared are remembered. Only for a cue word the memory knows nothing at, so a
 * packed body still reads each byte a bounded number of times. */
static bool no_window_in_gap(const char *text, size_t len, size_t cue_end, struct named_token_memory *memory,
                             size_t *examined)
{
    size_t limit = len - cue_end > GAP + NAMED_TOKEN_LENGTH ? cue_end + GAP + NAMED_TOKEN_LENGTH : len;
    size_t run = 0, cleared = cue_end, at = cue_end;
    for (; at < limit; at++) {
        char c = text[at];
        if (token_byte(c)) {
            if (++run == NAMED_TOKEN_LENGTH) {
                *examined += at - cue_end + 1;
                return false;         /* a window starts at at - 19, within the gap */
            }
            continue;
        }
        run = 0;
        cleared = at + 1;             /* every run before this byte was shorter than a token */
        if (c == '\n') {
            break;
        }
    }
    *examined += at - cue_end + (at < limit);
    note_clear(memory, cue_end, cleared);
    return true;
}

size_t named_token_ends(const char *text, size_t len, size_t cue_end, struct named_token_memory *memory,
                        named_token_found found, void *context)
{
    size_t examined = 0;
    if (cue_end >= len) {
        return 0;
    }
    size_t after_remark = remark_end(text, len, cue_end, &examined);
    bool known = (cue_end >= memory->clear_from && cue_end < memory->clear_to)
                 || (cue_end >= memory->run_from && cue_end < memory->run_to);
    if (after_remark == 0 && !known && no_window_in_gap(text, len, cue_end, memory, &examined)) {
        return examined;
    }
    size_t hi = gap_last(text, len, cue_end, memory, &examined);
    if (after_remark != 0) {
        size_t remark_hi = gap_last(text, len, after_remark, memory, &examined);
        if (after_remark <= hi + 1) {
            /* One window: the remark has no newline, so both gaps end at the same line. */
            hi = remark_hi > hi ? remark_hi : hi;
        } else {
            if (read_window(text, len, cue_end, hi, memory, found, context, &examined)) {
                return examined;
            }
            read_window(text, len, after_remark, remark_hi, memory, found, context, &examined);
            return examined;
        }
    }
    read_window(text, len, cue_end, hi, memory, found, context, &examined);
    return examined;
}

/* [A-Za-z0-9_]: Hyperscan's \b is between one of these and a byte not of them. */
static bool word_byte(char c)
{
    return token_byte(c) && c != '-';
}

/* Does text[at, at + n) spell `word` (small letters) in any case? A byte ORed with 0x20 is
 * a small letter only if it is that letter in either case; no libc call (once per stem). */
static bool spelt(const char *text, size_t len, size_t at, const char *word, size_t n)
{
    if (at > len || len - at < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((text[at + i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

/* "key" ending at `end`: a cue if it is a word of its own or follows "api", a blank, '_'
 * or '-' maybe between. */
static bool key_cue(const char *text, size_t len, size_t end)
{
    size_t start = end - 3;
    bool whole = (start == 0 || !word_byte(text[start - 1])) && (end == len || !word_byte(text[end]));
    if (whole) {
        return true;
    }
    if (start >= 3 && spelt(text, len, start - 3, "api", 3)) {
        return true;
    }
    char between = start >= 1 ? text[start - 1] : '\0';
    return start >= 4 && (between == ' ' || between == '_' || between == '-') && spelt(text, len, start - 4, "api", 3);
}

size_t named_token_cue_at_stem(const char *text, size_t len, size_t stem_end)
{
    if (stem_end < 3 || stem_end > len) {
        return 0;
    }
    /* The stems end in different letters: one test each. */
    switch (text[stem_end - 1] | 0x20) {
    case 'k':                         /* "tok" of "token" */
        return spelt(text, len, stem_end - 3, "tok", 3) && spelt(text, len, stem_end, "en", 2) ? stem_end + 2 : 0;
    case 't':
        return stem_end >= 6 && spelt(text, len, stem_end - 6, "secret", 6) ? stem_end : 0;
    case 'r':
        return stem_end >= 6 && spelt(text, len, stem_end - 6, "bearer", 6) ? stem_end : 0;
    case 'y':
        return spelt(text, len, stem_end - 3, "key", 3) && key_cue(text, len, stem_end) ? stem_end : 0;
    case 'h':
        return stem_end >= 4 && spelt(text, len, stem_end - 4, "auth", 4) ? stem_end : 0;
    case 's':                         /* "pass" of "password" or "passwd" */
        if (stem_end < 4 || !spelt(text, len, stem_end - 4, "pass", 4)) {
            return 0;
        }
        return spelt(text, len, stem_end, "word", 4) ? stem_end + 4 : spelt(text, len, stem_end, "wd", 2) ? stem_end + 2 : 0;
    default:
        return 0;
    }
}

/* ---- the value on the line after its name ----
 *
 * The SPEC's name is one of two: a word W of the list inside a run of name bytes (or "api
 * key", "wifi key" … across one blank or dot, the run then starting at "key"), the run ending
 * at the quote, blanks or colon; or "pass" or "pwd" at the run's end, no letter or digit
 * before it. Either way the name ends where its run of name bytes ends, r, and what the SPEC
 * reads from r on (quote, blanks, colon, the next line, 8 value bytes) ends at one place if
 * anywhere. So a stem finds its word, the run's end, and reads from r once per r. */

/* Does the text ending at `end` spell `word` (small letters, digits, '-'), in any case?
 * Compares from the last byte, where most are refused; adds the bytes compared. */
static bool spelt_before(const char *text, size_t end, const char *word, size_t n, size_t *examined)
{
    if (end < n) {
        return false;
    }
    for (size_t i = n; i-- > 0;) {
        char c = text[end - n + i];
        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != word[i]) {
            *examined += n - i;
            return false;
        }
    }
    *examined += n;
    return true;
}

/* The words the SPEC closes with "key": the head, then nothing, '_' or '-', or (some) a
 * blank or a dot. Listed by their last byte, so a byte before "key" names the few to try;
 * no head ends another, so at most one matches at a place. */
struct key_head {
    const char *word;
    unsigned char len;
    bool blank, dot;                  /* may a blank, a dot stand between it and "key" */
};
#define KEY_HEAD(word, blank, dot) { word, sizeof word - 1, blank, dot }
static const struct key_head key_heads[] = {
    KEY_HEAD("api", true, true), KEY_HEAD("wifi", true, false), KEY_HEAD("wi-fi", true, false),
    KEY_HEAD("private", false, false), KEY_HEAD("license", false, false), KEY_HEAD("storage", false, false),
    KEY_HEAD("access", false, false), KEY_HEAD("aes", false, false),
    KEY_HEAD("wlan", true, false), KEY_HEAD("session", false, false), KEY_HEAD("encryption", false, false),
    KEY_HEAD("subscription", false, false),
    KEY_HEAD("wpa", true, false), KEY_HEAD("wpa2", true, false), KEY_HEAD("wpa3", true, false),
    KEY_HEAD("account", false, false), KEY_HEAD("client", false, false), KEY_HEAD("jwt", false, false),
    KEY_HEAD("signing", false, false), KEY_HEAD("gpg", false, false),
    KEY_HEAD("master", false, false), KEY_HEAD("consumer", false, false), KEY_HEAD("cipher", false, false),
    KEY_HEAD("app", false, false), KEY_HEAD("pgp", false, false),
    KEY_HEAD("auth", false, false), KEY_HEAD("ssh", false, false),
    KEY_HEAD("shared", false, false), KEY_HEAD("hmac", false, false), KEY_HEAD("webhook", false, false),
    KEY_HEAD("deploy", false, false), KEY_HEAD("primary", false, false), KEY_HEAD("secondary", false, false),
};
/* By a head's last byte (small): its first index in key_heads, plus one, and how many. */
static const unsigned char key_heads_from[256] = {
    ['i'] = 1, ['e'] = 4, ['s'] = 7, ['n'] = 9, ['a'] = 13, ['2'] = 14, ['3'] = 15, ['t'] = 16, ['g'] = 19,
    ['r'] = 21, ['p'] = 24, ['h'] = 26, ['d'] = 28, ['c'] = 29, ['k'] = 30, ['y'] = 31,
};
static const unsigned char key_heads_count[256] = {
    ['i'] = 3, ['e'] = 3, ['s'] = 2, ['n'] = 4, ['a'] = 1, ['2'] = 1, ['3'] = 1, ['t'] = 3, ['g'] = 2,
    ['r'] = 3, ['p'] = 2, ['h'] = 2, ['d'] = 1, ['c'] = 1, ['k'] = 1, ['y'] = 3,
};

/* The head ending at `end`, if one does. */
static const struct key_head *key_head_before(const char *text, size_t end, size_t *examined)
{
    if (end == 0) {
        return NULL;
    }
    char c = text[end - 1];
    unsigned char last = (unsigned char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    (*examined)++;
    for (size_t i = 0; i < key_heads_count[last]; i++) {
        const struct key_head *head = &key_heads[key_heads_from[last] - 1 + i];
        if (spelt_before(text, end, head->word, head->len, examined)) {
            return head;
        }
    }
    return NULL;
}

/* "key" starting at `key_start` closes a word of the SPEC. */
static bool closes_key_word(const char *text, size_t key_start, size_t *examined)
{
    if (key_head_before(text, key_start, examined) != NULL) {
        return true;
    }
    char between = key_start > 0 ? text[key_start - 1] : '\0';
    if (between != '_' && between != '-' && between != ' ' && between != '.') {
        return false;
    }
    const struct key_head *head = key_head_before(text, key_start - 1, examined);
    return head != NULL && (between == '_' || between == '-' || (between == ' ' && head->blank)
                            || (between == '.' && head->dot));
}

static bool alnum_byte(char c)
{
    return word_byte(c) && c != '_';
}

/* The end of the SPEC's word holding the stem that ends at `stem_end`; 0 if none. `*alone`:
 * the word is "pass" or "pwd", which must end its run. Reads at most the 10 bytes of
 * "credential", the 6 after "pass", or a head of 12 bytes and a byte before "key". */
static size_t stem_word_end(const char *text, size_t len, size_t stem_end, bool *alone, size_t *examined)
{
    *alone = false;
    switch (text[stem_end - 1] | 0x20) {
    case 's':                         /* "pass": password, passwd, passphrase, or pass alone */
        *examined += 4;
        if (!spelt(text, len, stem_end - 4, "pass", 4)) {
            return 0;
        }
        *examined += 7;
        if (spelt(text, len, stem_end, "word", 4)) {
            return stem_end + 4;
        }
        if (spelt(text, len, stem_end, "wd", 2)) {
            return stem_end + 2;
        }
        if (spelt(text, len, stem_end, "phrase", 6)) {
            return stem_end + 6;
        }
        *alone = stem_end == 4 || !alnum_byte(text[stem_end - 5]);
        return *alone ? stem_end : 0;
    case 'd':                         /* "pwd" alone */
        *examined += 4;
        *alone = spelt(text, len, stem_end - 3, "pwd", 3) && (stem_end == 3 || !alnum_byte(text[stem_end - 4]));
        return *alone ? stem_end : 0;
    case 't':
        *examined += 6;
        return stem_end >= 6 && spelt(text, len, stem_end - 6, "secret", 6) ? stem_end : 0;
    case 'k':                         /* "tok" of "token" */
        *examined += 5;
        return spelt(text, len, stem_end - 3, "tok", 3) && spelt(text, len, stem_end, "en", 2) ? stem_end + 2 : 0;
    case 'l':
        *examined += 10;
        return stem_end >= 10 && spelt(text, len, stem_end - 10, "credential", 10) ? stem_end : 0;
    case 'y':
        *examined += 3;
        return spelt(text, len, stem_end - 3, "key", 3) && closes_key_word(text, stem_end - 3, examined) ? stem_end
                                                                                                       : 0;
    default:
        *examined += 1;
        return 0;
    }
}

/* The end of the run of name bytes holding `from` (or starting there); the last run read is
 * remembered, so the stems of one long run read it once. */
static size_t name_run_end(const char *text, size_t len, size_t from, struct next_line_memory *memory,
                           size_t *examined)
{
    if (memory->run_to != 0 && from >= memory->run_from && from <= memory->run_to) {
        return memory->run_to;
    }
    size_t to = from;
    while (to < len && token_byte(text[to])) {
        to++;
    }
    *examined += to - from + 1;
    memory->run_from = from;
    memory->run_to = to;
    return to;
}

static bool blank_byte(char c)
{
    return c == ' ' || c == '\t';
}

static size_t past_blanks(const char *text, size_t len, size_t at)
{
    while (at < len && blank_byte(text[at])) {
        at++;
    }
    return at;
}

/* Past "\r?\n" at `at`, or 0. */
static size_t past_newline(const char *text, size_t len, size_t at)
{
    if (at < len && text[at] == '\r') {
        at++;
    }
    return at < len && text[at] == '\n' ? at + 1 : 0;
}

/* [^\s"'`]: Hyperscan's \s is space, \t, \n, \v, \f and \r. */
static bool value_byte(char c)
{
    return c != ' ' && (unsigned char)(c - '\t') >= 5 && c != '"' && c != '\'' && c != '`';
}

/* Where the value starts after the name ending at `name_end`: the quote, blanks and colon,
 * then a newline and a quote, or a block scalar's '|' or '>' and the next line's indent; 0
 * if the separator is not there. `*reached`: the last byte read. */
static size_t value_start_after(const char *text, size_t len, size_t name_end, size_t *reached)
{
    size_t at = name_end;
    if (at < len && (text[at] == '"' || text[at] == '\'')) {
        at++;
    }
    at = past_blanks(text, len, at);
    *reached = at;
    if (at >= len || text[at] != ':') {
        return 0;
    }
    at = past_blanks(text, len, at + 1);
    *reached = at + 1;                /* a '\r' and its '\n' */
    size_t line = past_newline(text, len, at);
    if (line != 0) {                  /* JSON: the next line's blanks and a quote */
        at = past_blanks(text, len, line);
        *reached = at;
        return at < len && (text[at] == '"' || text[at] == '\'') ? at + 1 : 0;
    }
    if (at >= len || (text[at] != '|' && text[at] != '>')) {
        return 0;
    }
    at++;
    if (at < len && (text[at] == '-' || text[at] == '+')) {
        at++;
    }
    at = past_blanks(text, len, at);
    *reached = at + 1;
    line = past_newline(text, len, at);
    if (line == 0 || line >= len || !blank_byte(text[line])) {
        *reached = line > *reached ? line : *reached;
        return 0;
    }
    return past_blanks(text, len, line);
}

size_t next_line_value_end(const char *text, size_t len, size_t stem_end, struct next_line_memory *memory,
                           size_t *examined)
{
    if (stem_end < 3 || stem_end > len) {
        return 0;
    }
    bool alone;
    size_t word_end = stem_word_end(text, len, stem_end, &alone, examined);
    if (word_end == 0) {
        return 0;
    }
    if (word_end < len && !token_byte(text[word_end]) && text[word_end] != ':' && text[word_end] != '"'
        && text[word_end] != '\'' && !blank_byte(text[word_end])) {
        (*examined)++;
        return 0;                     /* "token=", "secret(": the name ends here, and no separator follows */
    }
    size_t name_end = name_run_end(text, len, word_end, memory, examined);
    if ((alone && name_end != word_end) || name_end == memory->read_at) {
        return 0;                     /* "pass" inside a run; or this run's separator was read */
    }
    memory->read_at = name_end;
    size_t reached = name_end;
    size_t start = value_start_after(text, len, name_end, &reached);
    size_t end = start;
    while (start != 0 && end < len && end - start < NEXT_LINE_VALUE_LENGTH && value_byte(text[end])) {
        end++;
    }
    if (start != 0) {
        reached = end;
    }
    *examined += (reached > name_end ? reached - name_end : 0) + 1;
    return start != 0 && end - start == NEXT_LINE_VALUE_LENGTH ? end : 0;
}

/* ---- a secret stored by a cloud CLI under its name ---- */

/* The verb after "secret(s) " at `at`, a whole word: its end, or 0. */
static size_t store_verb_end(const char *text, size_t len, size_t at)
{
    static const char *const verbs[] = { "set", "put", "create", "add" };
    if (at >= len) {
        return 0;
    }
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        size_t n = strlen(verbs[i]);
        if ((text[at] | 0x20) == verbs[i][0] && spelt(text, len, at, verbs[i], n)) {
            return at + n < len && word_byte(text[at + n]) ? 0 : at + n;
        }
    }
    return 0;
}

/* The end of the verb the "secret" ending at `stem_end` opens, `\bsecrets?[ \t]+(set|put|create|add)\b`;
 * 0 if none. Adds the bytes examined (the word, its blanks, at most 7 of the verb). */
static size_t store_words_end(const char *text, size_t len, size_t stem_end, size_t *examined)
{
    size_t start = stem_end - 6;
    *examined += 7;
    if (!spelt(text, len, start, "secret", 6) || (start > 0 && word_byte(text[start - 1]))) {
        return 0;
    }
    size_t at = stem_end < len && (text[stem_end] | 0x20) == 's' ? stem_end + 1 : stem_end;
    size_t verb = past_blanks(text, len, at);
    *examined += verb - stem_end + 7;
    return verb > at ? store_verb_end(text, len, verb) : 0;
}

/* A value flag at `at` (at < len): "--", `(value|body|secret-string|secret-value)([ \t]+|=)`,
 * an optional quote, then 6 value bytes, the first no '-'. The SPEC's end there, or 0.
 * `*reached`: just past the last byte read. */
static size_t store_flag_end(const char *text, size_t len, size_t at, size_t *reached)
{
    *reached = at + 1;
    if (text[at] != '-' || at + 1 >= len || text[at + 1] != '-') {
        return 0;
    }
    at += 2;
    size_t word = 0;
    switch (at < len ? text[at] | 0x20 : 0) {
    case 'v':
        word = spelt(text, len, at, "value", 5) ? 5 : 0;
        break;
    case 'b':
        word = spelt(text, len, at, "body", 4) ? 4 : 0;
        break;
    case 's':
        word = !spelt(text, len, at, "secret-", 7) ? 0
             : spelt(text, len, at + 7, "string", 6) ? 13
             : spelt(text, len, at + 7, "value", 5) ? 12 : 0;
        break;
    }
    *reached = at + 1;
    if (word == 0) {
        return 0;
    }
    at += word;
    size_t value = at < len && text[at] == '=' ? at + 1 : past_blanks(text, len, at);
    *reached = value + 1;
    if (value == at) {
        return 0;
    }
    if (value < len && (text[value] == '"' || text[value] == '\'')) {
        value++;
    }
    size_t end = value;
    while (end < len && end - value < 6 && value_byte(text[end]) && (end > value || text[end] != '-')) {
        end++;
    }
    *reached = end + 1;
    return end - value == 6 ? end : 0;
}

/* Reads the window `[^\n]{0,100}` after the verb ending at `verb_end`: at each byte that may
 * start the form, `form_end` says where the SPEC ends, if it does. A window that starts inside
 * the last one read goes on where that one stopped: its form starts were all read. */
static size_t read_line_window(const char *text, size_t len, size_t verb_end, struct secret_store_memory *memory,
                               size_t (*form_end)(const char *, size_t, size_t, size_t *), secret_store_found found,
                               void *context)
{
    size_t at = verb_end, examined = 0;
    if (verb_end < memory->read_to) {
        if (memory->line_ended) {
            return 0;                 /* the line the last window read ends before this window would */
        }
        at = memory->read_to;
    }
    size_t limit = verb_end + SECRET_STORE_WINDOW < len ? verb_end + SECRET_STORE_WINDOW + 1 : len;
    memory->line_ended = false;
    for (; at < limit; at++) {
        examined++;
        if (text[at] == '\n') {
            memory->line_ended = true;
            break;
        }
        size_t reached;
        size_t end = form_end(text, len, at, &reached);
        examined += reached - (at + 1);
        if (end != 0 && found(end, context)) {
            break;
        }
    }
    memory->read_to = at;
    return examined;
}

size_t secret_store_value_ends(const char *text, size_t len, size_t stem_end, struct secret_store_memory *memory,
                               secret_store_found found, void *context)
{
    if (stem_end < 6 || stem_end > len || (text[stem_end - 1] | 0x20) != 't') {
        return 1;
    }
    size_t examined = 0;
    size_t verb_end = store_words_end(text, len, stem_end, &examined);
    if (verb_end == 0) {
        return examined;
    }
    return examined + read_line_window(text, len, verb_end, memory, store_flag_end, found, context);
}

/* ---- a password given to a tool as a here-string ---- */

/* The verb after "secrets " at `at`, `(versions[ \t]+add|create|set)` in small letters and
 * no word boundary after it: its end, or 0. */
static size_t here_verb_end(const char *text, size_t len, size_t at)
{
    static const char *const verbs[] = { "set", "create", "versions" };
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        size_t n = strlen(verbs[i]);
        if (len - at >= n && memcmp(text + at, verbs[i], n) == 0) {
            if (i < 2) {
                return at + n;
            }
            size_t add = past_blanks(text, len, at + n);
            return add > at + n && len - add >= 3 && memcmp(text + add, "add", 3) == 0 ? add + 3 : 0;
        }
    }
    return 0;
}

/* "<<<" at `at` (at < len), blanks, an optional quote, then 6 value bytes: the SPEC's end
 * there, or 0. `*reached`: just past the last byte read. */
static size_t here_string_end(const char *text, size_t len, size_t at, size_t *reached)
{
    *reached = at + 1;
    if (text[at] != '<' || at + 2 >= len || text[at + 1] != '<' || text[at + 2] != '<') {
        return 0;
    }
    size_t value = past_blanks(text, len, at + 3);
    if (value < len && (text[value] == '"' || text[value] == '\'')) {
        value++;
    }
    size_t end = value;
    while (end < len && end - value < 6 && value_byte(text[end])) {
        end++;
    }
    *reached = end + 1;
    return end - value == 6 ? end : 0;
}

size_t secret_here_string_ends(const char *text, size_t len, size_t stem_end, struct secret_store_memory *memory,
                               secret_store_found found, void *context)
{
    if (stem_end < 6 || stem_end > len || memcmp(text + stem_end - 6, "secret", 6) != 0
        || (stem_end > 6 && word_byte(text[stem_end - 7]))) {
        return 7;
    }
    size_t at = stem_end < len && text[stem_end] == 's' ? stem_end + 1 : stem_end;
    size_t verb = past_blanks(text, len, at);
    size_t verb_end = verb > at && verb < len ? here_verb_end(text, len, verb) : 0;
    /* the word, its blanks, a verb's 8 bytes (and "versions"' blanks and "add") */
    size_t examined = 7 + verb - stem_end + (verb_end > verb + 8 ? verb_end - verb : 8);
    if (verb_end == 0) {
        return examined;
    }
    return examined + read_line_window(text, len, verb_end, memory, here_string_end, found, context);
}

/* ---- an AWS secret access key under its name ---- */

enum { AWS_SECRET_LENGTH = 40, POSITIONS_MAX = 64 };

/* A few places in the text where a parse of the SPEC may stand, each once. */
struct positions {
    size_t at[POSITIONS_MAX];
    size_t count;
};

static void add_position(struct positions *set, size_t at)
{
    for (size_t i = 0; i < set->count; i++) {
        if (set->at[i] == at) {
            return;
        }
    }
    if (set->count < POSITIONS_MAX) {
        set->at[set->count++] = at;
    }
}

static bool byte_at(const char *text, size_t len, size_t at, char c)
{
    return at < len && text[at] == c;
}

static bool blank_or_underscore_before(const char *text, size_t at)
{
    return at >= 1 && (text[at - 1] == ' ' || text[at - 1] == '_');
}

/* `sec(ret)?[ _]?(access)?[ _]?key` ending at `stem_end`, a "key" stem? */
static bool aws_secret_name_before(const char *text, size_t len, size_t stem_end)
{
    size_t key = stem_end - 3;
    if (stem_end < 6 || stem_end > len || !spelt(text, len, key, "key", 3)) {
        return false;
    }
    struct positions ends;
    ends.count = 0;     /* where the words before "key" may end */
    add_position(&ends, key);
    if (blank_or_underscore_before(text, key)) {
        add_position(&ends, key - 1);
    }
    for (size_t i = 0, n = ends.count; i < n; i++) {
        if (ends.at[i] >= 6 && spelt(text, len, ends.at[i] - 6, "access", 6)) {
            add_position(&ends, ends.at[i] - 6);
        }
    }
    for (size_t i = 0, n = ends.count; i < n; i++) {
        if (blank_or_underscore_before(text, ends.at[i])) {
            add_position(&ends, ends.at[i] - 1);
        }
    }
    for (size_t i = 0; i < ends.count; i++) {
        size_t at = ends.at[i];
        if ((at >= 3 && spelt(text, len, at - 3, "sec", 3)) || (at >= 6 && spelt(text, len, at - 6, "secret", 6))) {
            return true;
        }
    }
    return false;
}

/* Each position, and each one past `(\*\*?|__?)` there. */
static void add_stars_or_underscores(const char *text, size_t len, struct positions *set)
{
    for (size_t i = 0, n = set->count; i < n; i++) {
        size_t at = set->at[i];
        if (byte_at(text, len, at, '*') || byte_at(text, len, at, '_')) {
            add_position(set, at + 1);
            if (byte_at(text, len, at + 1, text[at])) {
                add_position(set, at + 2);
            }
        }
    }
}

/* Every position past its blanks (`[ \t]*` before a byte no blank). */
static void skip_blanks(const char *text, size_t len, struct positions *set)
{
    struct positions past;
    past.count = 0;
    for (size_t i = 0; i < set->count; i++) {
        add_position(&past, past_blanks(text, len, set->at[i]));
    }
    *set = past;
}

/* patterns.c's ASSIGNMENT from `at`: where the value may start after it. */
static void add_assignment_ends(const char *text, size_t len, size_t at, struct positions *values)
{
    struct positions set;
    set.count = 0;
    add_position(&set, at);
    if (byte_at(text, len, at, '\\')) {                          /* \\? */
        add_position(&set, at + 1);
    }
    for (size_t i = 0, n = set.count; i < n; i++) {              /* ["'`]? */
        size_t p = set.at[i];
        if (byte_at(text, len, p, '"') || byte_at(text, len, p, '\'') || byte_at(text, len, p, '`')) {
            add_position(&set, p + 1);
        }
    }
    for (size_t i = 0, n = set.count; i < n; i++) {              /* \]? */
        if (byte_at(text, len, set.at[i], ']')) {
            add_position(&set, set.at[i] + 1);
        }
    }
    add_stars_or_underscores(text, len, &set);
    skip_blanks(text, len, &set);
    struct positions past;
    past.count = 0;                      /* (:=|::|->|<-|=>|\?=|[:=]) */
    for (size_t i = 0; i < set.count; i++) {
        size_t p = set.at[i];
        if (p >= len) {
            continue;
        }
        char c = text[p], next = p + 1 < len ? text[p + 1] : '\0';
        if ((c == ':' && (next == '=' || next == ':')) || (c == '-' && next == '>') || (c == '<' && next == '-')
            || (c == '=' && next == '>') || (c == '?' && next == '=')) {
            add_position(&past, p + 2);
        }
        if (c == ':' || c == '=') {
            add_position(&past, p + 1);
        }
    }
    add_stars_or_underscores(text, len, &past);
    skip_blanks(text, len, &past);
    for (size_t i = 0, n = past.count; i < n; i++) {            /* ([Ss]tr(ing)?\(|Some\(|Bytes\()? */
        size_t p = past.at[i];
        if (spelt(text, len, p, "str", 3) && byte_at(text, len, p + 3, '(')) {
            add_position(&past, p + 4);
        }
        if (spelt(text, len, p, "string", 6) && byte_at(text, len, p + 6, '(')) {
            add_position(&past, p + 7);
        }
        if (spelt(text, len, p, "some", 4) && byte_at(text, len, p + 4, '(')) {
            add_position(&past, p + 5);
        }
        if (spelt(text, len, p, "bytes", 5) && byte_at(text, len, p + 5, '(')) {
            add_position(&past, p + 6);
        }
    }
    for (size_t i = 0; i < past.count; i++) {                     /* (\\?["'`]|""")? */
        size_t p = past.at[i];
        add_position(values, p);
        size_t q = byte_at(text, len, p, '\\') ? p + 1 : p;
        if (byte_at(text, len, q, '"') || byte_at(text, len, q, '\'') || byte_at(text, len, q, '`')) {
            add_position(values, q + 1);
        }
        if (byte_at(text, len, p, '"') && byte_at(text, len, p + 1, '"') && byte_at(text, len, p + 2, '"')) {
            add_position(values, p + 3);
        }
    }
}

/* [A-Za-z0-9/+] */
static bool aws_secret_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '+';
}

size_t aws_secret_value_ends(const char *text, size_t len, size_t stem_end, aws_secret_found found, void *context)
{
    if (!aws_secret_name_before(text, len, stem_end)) {
        return 13;
    }
    size_t examined = 13;
    struct positions names;
    names.count = 0;                     /* the name's end, and past a prompt's [None] */
    add_position(&names, stem_end);
    size_t open = past_blanks(text, len, stem_end);
    if (byte_at(text, len, open, '[')) {
        size_t close = open + 1;
        while (close < len && close - (open + 1) <= 24 && (token_byte(text[close]) || text[close] == '*')
               && text[close] != '_' && text[close] != '-') {
            close++;
        }
        if (byte_at(text, len, close, ']') && close - (open + 1) <= 24) {
            add_position(&names, close + 1);
        }
        examined += close - open;
    }
    struct positions values;
    values.count = 0;
    size_t reached = open + 1;
    for (size_t i = 0; i < names.count; i++) {
        size_t at = names.at[i];
        if (at < len && blank_byte(text[at])) {                    /* [ \t]+ */
            add_position(&values, past_blanks(text, len, at));
        }
        add_assignment_ends(text, len, at, &values);
    }
    for (size_t i = 0; i < values.count; i++) {
        size_t start = values.at[i], end = start;
        while (end < len && end - start < AWS_SECRET_LENGTH && aws_secret_byte(text[end])) {
            end++;
        }
        reached = end + 1 > reached ? end + 1 : reached;
        if (end - start == AWS_SECRET_LENGTH && found(end, context)) {
            break;
        }
    }
    return examined + (reached - stem_end);
}
