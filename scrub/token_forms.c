/* token_forms.c — a vendor token found by its form (token_forms.h): a run of 31 form bytes
 * or more, read once, judged in one pass over its segments. */
#include "scrub/token_forms.h"

#include "scrub/validators.h"
#include "transforms/foundation/ascii.h"
#include "transforms/foundation/caseless.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum {
    STEM_MIN = 2, STEM_MAX = 8,       /* the stem's letters */
    PARTS_MAX = 3, PART_MAX = 12,     /* the parts between the stem and the body */
    LONG_SEGMENT_MIN = 8,             /* the body's longest segment, at least */
    BODY_PLAIN = 30,                  /* a body with no secret mark before it */
    BODY_MARKED = 20,                 /* ... with one (sk, live, v1, …) */
    RUN_MIN = STEM_MIN + 1 + BODY_MARKED,
    RUN_FOUND = 31,                   /* the runs the reader finds: an aligned 16 inside each */
    REPEAT_MAX = 4,                   /* a character at most this many times running */
    COUNTED_MAX = 8,                  /* characters counted out in a row ("12345678"): a filler */
    PADDING_MAX = 2,                  /* '=' after the run */
    STRETCH_FLOOR = 0x2D,             /* '-': the lowest form byte */
};

/* What a token of the form is made of: letters (1), digits (2), separators (3). A table:
 * it is read on every byte of every run the reader walks. */
static const unsigned char form_bytes[256] = {
    ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['0' ... '9'] = 2, ['_'] = 3, ['-'] = 3, ['.'] = 3, [':'] = 3,
};

static bool form_byte(char c)
{
    return form_bytes[(unsigned char)c] != 0;
}

static bool separator(char c)
{
    return form_bytes[(unsigned char)c] == 3;
}

/* A prefix's word for a secret, an environment or a version: what vendors put before a body
 * so that a leaked token says what it is ("sk_", "_live_", "_pat_", "_v1_"). */
static bool marks_secret(const char *segment, size_t len)
{
    static const char *const words[] = { "sk", "pat", "api", "key", "secret", "token", "live", "prod", "test", "sa",
                                         "admin" };
    if (len >= 2 && len <= 3 && (segment[0] == 'v' || segment[0] == 'V')) {
        bool digits = true;
        for (size_t i = 1; i < len; i++) {
            digits = digits && form_bytes[(unsigned char)segment[i]] == 2;
        }
        if (digits) {
            return true;
        }
    }
    return caseless_in_list(segment, len, words, sizeof words / sizeof words[0]);
}

/* A prefix's word for a key its vendor documents as public (publishable keys, client and
 * mobile ids, checkout and site keys; PostHog's phc_, its project's client key). */
static bool says_public(const char *segment, size_t len)
{
    static const char *const words[] = { "pk", "pub", "public", "publishable", "client", "checkout", "site", "mob",
                                         "anon", "phc" };
    return caseless_in_list(segment, len, words, sizeof words / sizeof words[0]);
}

/* A stem that names an object's id or a content hash: what follows it is an id. */
static bool names_an_id(const char *stem, size_t len)
{
    static const char *const words[] = { "id", "uid", "uuid", "guid", "iv", "nonce", "req", "request", "trace", "span",
                                         "event",
                                         "evt", "msg", "job", "run", "build", "commit", "hash", "digest", "sha",
                                         "etag", "file", "txn", "order", "ref", "rev", "tag", "img", "image", "blob",
                                         "node", "pod" };
    return caseless_in_list(stem, len, words, sizeof words / sizeof words[0]);
}

/* The body is random: digits and letters both, the kind of character (digit, lowercase,
 * capital) changing at least once every three characters in a body of two cases and every
 * four in one case, no character five times running, no eight counted out ("12345678",
 * "abcdefgh"). Its separators part it and count for nothing. */
static bool body_random(const char *body, size_t len)
{
    size_t digits = 0, letters = 0, capitals = 0, changes = 0, repeat = 0, counted = 0;
    int kind = -1;
    char last = 0;
    for (size_t i = 0; i < len; i++) {
        char c = body[i];
        if (separator(c)) {
            kind = -1;
            last = 0;
            continue;
        }
        int this_kind = form_bytes[(unsigned char)c] == 2 ? 0 : ascii_upper((unsigned char)c) ? 1 : 2;
        digits += this_kind == 0;
        letters += this_kind != 0;
        capitals += this_kind == 1;
        changes += kind >= 0 && this_kind != kind;
        kind = this_kind;
        repeat = c == last ? repeat + 1 : 1;
        counted = last != 0 && c == last + 1 ? counted + 1 : 1;   /* "12345678", "abcdefgh" */
        last = c;
        if (repeat > REPEAT_MAX || counted >= COUNTED_MAX) {
            return false;
        }
    }
    /* Base62 changes kind at about 0.6 of its characters, camelCase at its words' ends only
     * (about a quarter); hex and base32 in one case at 0.3-0.5, a word with a number once. */
    bool two_cases = capitals > 0 && capitals < letters;
    size_t every = two_cases ? 3 : 4;
    return digits >= 2 && letters >= 2 && changes * every >= digits + letters;
}

/* The body is hex digits and separators alone (a hash, a UUID). */
static bool body_hex(const char *body, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (!isxdigit((unsigned char)body[i]) && !separator(body[i])) {
            return false;
        }
    }
    return true;
}

/* A part of a prefix reads as a word, not as a piece of the body: letters in one case
 * ("live", "apikey", "PROD"), a version ("v1"), a short number ("xoxp-1-"). */
static bool word_like(const char *segment, size_t len)
{
    size_t letters = 0, capitals = 0, digits = 0;
    for (size_t i = 0; i < len; i++) {
        letters += ascii_letter((unsigned char)segment[i]);
        capitals += ascii_upper((unsigned char)segment[i]);
        digits += form_bytes[(unsigned char)segment[i]] == 2;
    }
    if (digits == len) {
        return len <= 3;
    }
    if (letters == len) {
        return capitals == 0 || capitals == len;
    }
    return marks_secret(segment, len);    /* v1, v2 */
}

bool token_form_judge(const char *run, size_t len)
{
    if (len < RUN_MIN) {
        return false;
    }
    /* The stem: letters in one case, then a separator. */
    size_t stem = 0, capitals = 0;
    while (stem < len && ascii_letter((unsigned char)run[stem])) {
        capitals += ascii_upper((unsigned char)run[stem]);
        stem++;
    }
    if (stem < STEM_MIN || stem > STEM_MAX || stem == len || !separator(run[stem])
        || (capitals != 0 && capitals != stem) || says_public(run, stem)) {
        return false;
    }
    bool marked = marks_secret(run, stem);
    bool id = names_an_id(run, stem);
    /* The parts: segments that read as words, after the stem's own separator. */
    size_t parts = 0, at = stem + 1;
    for (;;) {
        size_t segment_end = at;
        while (segment_end < len && !separator(run[segment_end])) {
            segment_end++;
        }
        size_t segment = segment_end - at;
        if (segment == 0) {
            return false;
        }
        if (segment_end == len || parts == PARTS_MAX || segment > PART_MAX || !word_like(run + at, segment)
            || run[segment_end] != run[stem]) {
            break;                    /* the body opens here */
        }
        if (says_public(run + at, segment)) {
            return false;
        }
        marked = marked || marks_secret(run + at, segment);
        parts++;
        at = segment_end + 1;
    }
    if (at > stem + 1 && run[at - 1] != run[stem]) {
        return false;
    }
    /* The body: long enough, parted only by '_' and '-'. */
    if (len - at < (marked ? BODY_MARKED : BODY_PLAIN) || (id && !marked)) {
        return false;
    }
    if (run[at - 1] == ':' && parts == 0) {
        return false;                 /* "iv:FGvy…", "data:xkWL…": a name and its value */
    }
    size_t longest = 0, segment = 0;
    for (size_t i = at; i < len; i++) {
        if (run[i] == '.' || run[i] == ':') {
            return false;             /* "app-<hash>.css", "crm_owner:<password>": a file, a name */
        }
        segment = separator(run[i]) ? 0 : segment + 1;
        longest = segment > longest ? segment : longest;
    }
    if (longest < LONG_SEGMENT_MIN) {
        return false;
    }
    if (body_hex(run + at, len - at) && (!marked || (run[stem] != '_' && run[stem] != '-'))) {
        return false;                 /* "env_3adb…", "sha:…", "xaat-<uuid>": an object's id, a hash */
    }
    return body_random(run + at, len - at) && !secret_is_placeholder(run, len);
}

/* A run after '@' is a host ("ops@firma.no:…"); after '/', a run parted by ':' is a URL's
 * "user:password" or "host:port" ("postgresql://crm:hEAH…@"): URL_CREDENTIAL's, not a token. */
static bool after_authority(const char *text, size_t first, size_t last)
{
    if (first == 0) {
        return false;
    }
    if (text[first - 1] == '@') {
        return true;
    }
    return text[first - 1] == '/' && memchr(text + first, ':', last - first) != NULL;
}

/* The first of `count` form bytes in a row at or after `from`, or len. */
static size_t next_row_of_form_bytes(const char *text, size_t len, size_t from, size_t count)
{
    size_t row = 0;
    for (size_t i = from; i < len; i++) {
        row = form_byte(text[i]) ? row + 1 : 0;
        if (row == count) {
            return i + 1 - count;
        }
    }
    return len;
}

#ifdef __SSE2__
/* Which of the 16 bytes at `p` are not blanks, control characters or punctuation below '-':
 * a superset of the form's bytes, one compare. */
static unsigned stretch_mask(const char *p)
{
    __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i floor = _mm_set1_epi8((char)STRETCH_FLOOR);
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(bytes, floor), bytes));
}

/* Which of the 16 bytes at `p` are form bytes, exactly. */
static unsigned form_mask(const char *p)
{
    __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i letter = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    letter = _mm_cmpeq_epi8(_mm_min_epu8(letter, _mm_set1_epi8('z' - 'a')), letter);
    __m128i range = _mm_sub_epi8(bytes, _mm_set1_epi8('-'));          /* - . / 0-9 : */
    range = _mm_cmpeq_epi8(_mm_min_epu8(range, _mm_set1_epi8(':' - '-')), range);
    range = _mm_andnot_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('/')), range);
    __m128i underscore = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('_'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, underscore), range));
}
#endif

/* The start of 16 form bytes at an offset at + 16k, or len: a run of RUN_FOUND (31) form
 * bytes starting at s >= at holds the 16 from the first such offset at or after s. Each 16
 * is tested first for stretch bytes (one compare: prose has a blank every few bytes), then
 * exactly. */
static size_t next_window(const char *text, size_t len, size_t at)
{
    size_t block = at;
#ifdef __SSE2__
    for (; block + 64 <= len; block += 64) {
        for (size_t step = 0; step < 64; step += 16) {
            if (stretch_mask(text + block + step) == 0xFFFF && form_mask(text + block + step) == 0xFFFF) {
                return block + step;
            }
        }
    }
    for (; block + 16 <= len; block += 16) {
        if (form_mask(text + block) == 0xFFFF) {
            return block;
        }
    }
#endif
    return next_row_of_form_bytes(text, len, block, 16);
}

/* [first, last): a run of form bytes with a digit, trimmed of its separators, padded with
 * base64's '=' unless an assignment's value follows them ("…=value"). */
static bool judge_run(const char *text, size_t len, size_t from, size_t to, size_t *start, size_t *end)
{
    size_t first = from, last = to;
    while (first < last && separator(text[first])) {
        first++;
    }
    while (last > first && separator(text[last - 1])) {
        last--;
    }
    if (after_authority(text, first, last) || !token_form_judge(text + first, last - first)) {
        return false;
    }
    size_t padded = last;
    if (last == to) {
        while (padded < len && padded - last < PADDING_MAX && text[padded] == '=') {
            padded++;
        }
        if (padded < len && (form_byte(text[padded]) || text[padded] == '=')) {
            padded = last;
        }
    }
    *start = first;
    *end = padded;
    return true;
}

bool token_form_next(const char *text, size_t len, struct token_form_reading *reading, size_t *start, size_t *end)
{
    size_t at = reading->at;
    while (at < len) {
        size_t window = next_window(text, len, at);
        if (window >= len) {
            break;
        }
        /* The run around it: back to where the last read stopped (a byte not of the form, or
         * the text's start), and on to its end. */
        size_t from = window, to = window;
        while (from > at && form_byte(text[from - 1])) {
            from--;
        }
#ifdef __SSE2__
        for (unsigned mask; to + 16 <= len && (mask = form_mask(text + to)) != 0; to += 16) {
            if (mask != 0xFFFF) {
                to += (size_t)__builtin_ctz(~mask);
                break;
            }
        }
#endif
        while (to < len && form_byte(text[to])) {
            to++;
        }
        reading->examined += to - from + 1;
        at = to;
        if (to - from >= RUN_FOUND && judge_run(text, len, from, to, start, end)) {
            reading->at = at;
            return true;
        }
    }
    reading->at = len;
    return false;
}
