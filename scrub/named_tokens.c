/* named_tokens.c — the token named by a word before it, read from the word (named_tokens.h).
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
