#include "transforms/foundation/json.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- many bytes at a time ----
 * Text is mostly bytes that need nothing done: blocks of them are tested at once, and only a
 * block that holds a byte of interest is looked at byte by byte. */
#define WORD_HIGH_BITS 0x8080808080808080ull

static inline uint64_t load_word(const unsigned char *bytes)
{
    uint64_t word;
    memcpy(&word, bytes, sizeof word);
    return word;
}

/* Sixteen bytes at once where the compiler has vectors (GCC and clang both do), one
 * compare per kind of byte: some byte is a control character, a quote or a backslash, what
 * JSON escapes. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* Where among these sixteen bytes the first one JSON escapes is; 16 if none. (Where the
 * byte order is not little-endian, 0 for "somewhere": the caller then looks byte by byte.) */
static inline size_t first_escape_in_block(const unsigned char *bytes)
{
    bytes16 block;
    memcpy(&block, bytes, sizeof block);
    bytes16 control = (bytes16)(block < (bytes16){ 0 } + 0x20);
    bytes16 quote = (bytes16)(block == (bytes16){ 0 } + '"');
    bytes16 backslash = (bytes16)(block == (bytes16){ 0 } + '\\');
    bytes16 any = control | quote | backslash;
    uint64_t halves[2];
    memcpy(halves, &any, sizeof halves);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (halves[0] != 0) {
        return (size_t)__builtin_ctzll(halves[0]) / 8;
    }
    return halves[1] != 0 ? 8 + (size_t)__builtin_ctzll(halves[1]) / 8 : 16;
#else
    return (halves[0] | halves[1]) != 0 ? 0 : 16;
#endif
}

/* Of the sixteen bytes at `bytes`: how many come before the first one JSON escapes (16 if
 * none), and in *high whether any of those is above ASCII. SSE2 (every x86-64) gives both
 * from two byte masks; elsewhere the vector compare above, the high bits kept by place. */
static inline size_t plain_prefix(const unsigned char *bytes, bool *high)
{
#ifdef __SSE2__
    __m128i block = _mm_loadu_si128((const __m128i *)(const void *)bytes);
    __m128i quote = _mm_cmpeq_epi8(block, _mm_set1_epi8('"'));
    __m128i backslash = _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'));
    /* Below 0x20 (unsigned): the larger of it and 0x1f is 0x1f. */
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(block, _mm_set1_epi8(0x1f)), _mm_set1_epi8(0x1f));
    unsigned special = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control));
    unsigned highs = (unsigned)_mm_movemask_epi8(block);
    size_t plain = special != 0 ? (size_t)__builtin_ctz(special) : 16;
    *high = (highs & ((1u << plain) - 1)) != 0;
    return plain;
#else
    static const bytes16 places = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
    size_t plain = first_escape_in_block(bytes);
    bytes16 block;
    memcpy(&block, bytes, sizeof block);
    bytes16 before = block & (bytes16)(places < (bytes16){ 0 } + (unsigned char)plain);
    uint64_t halves[2];
    memcpy(halves, &before, sizeof halves);
    *high = ((halves[0] | halves[1]) & WORD_HIGH_BITS) != 0;
    return plain;
#endif
}

/* An open container while parsing: its children are collected in a growable list in the
 * arena and fixed into the json_value when the container closes. */
enum { JSON_SHALLOW_DEPTH = 8 };

struct open_container {
    struct json_value *value;
    struct json_member *members;     /* objects */
    struct json_value **items;       /* arrays */
    size_t count;
    size_t capacity;
    const char *pending_key;         /* objects: key waiting for its value */
    size_t pending_key_len;
};

/* A string of the document (keys included, counted from 1 in document order) whose text
 * begins or ends with a U+FFFD that stands for a lone UTF-16 surrogate escape. */
struct string_edge {
    size_t string_number;
    unsigned short leading_low;
    unsigned short trailing_high;
};

/* What the surrogate check found before yajl reads the text. */
struct surrogate_scan {
    const char *text;               /* what yajl parses: the input, or a copy with lone escapes replaced */
    struct string_edge *edges;      /* in document order */
    size_t edge_count;
    size_t edge_capacity;
    size_t lone_offset;             /* refused: where the first lone escape starts */
};

struct parse_state {
    struct arena *arena;
    struct open_container *stack;   /* starts on the parser's stack, grows into the arena */
    unsigned stack_capacity;
    unsigned depth;
    unsigned max_depth;
    bool too_deep;
    bool bad_text;
    struct json_value *root;
    const struct surrogate_scan *scan;
    size_t string_number;           /* strings seen so far, keys included */
    size_t next_edge;
};

/* What yajl allocates for itself (its handle, lexer, byte stack and string buffer) lives
 * only while one parse runs: it comes from a small buffer on the parser's stack, wiped
 * when the parse ends, and spills into the arena only for an unusually long string or
 * deep nesting. So a parse leaves nothing in the request's arena but the tree. yajl never
 * calls realloc with a size it did not get from us, but it does not tell the old size:
 * keep it in a header word in front of each block. */
enum { YAJL_LOCAL_BYTES = 3072, YAJL_BLOCK_HEADER = 16 };

struct yajl_memory {
    struct arena *arena;
    unsigned char *local;            /* YAJL_LOCAL_BYTES on the parser's stack */
    size_t local_used;
};

static void *yajl_memory_realloc(void *context, void *old, size_t size)
{
    struct yajl_memory *memory = context;
    size_t need = YAJL_BLOCK_HEADER + ((size + 15) & ~(size_t)15);
    size_t *block;
    if (need <= YAJL_LOCAL_BYTES - memory->local_used) {
        block = (size_t *)(void *)(memory->local + memory->local_used);
        memory->local_used += need;
    } else {
        block = arena_alloc(memory->arena, need);
    }
    block[0] = size;
    void *fresh = (char *)block + YAJL_BLOCK_HEADER;
    if (old != NULL) {
        size_t old_size = *(size_t *)((char *)old - YAJL_BLOCK_HEADER);
        memcpy(fresh, old, old_size < size ? old_size : size);
    }
    return fresh;
}

static void *yajl_memory_malloc(void *context, size_t size)
{
    return yajl_memory_realloc(context, NULL, size);
}

static void yajl_memory_free(void *context, void *pointer)
{
    (void)context;
    (void)pointer;
}

/* A zeroed value of `type` in the arena: both parsers' trees are built of these. */
static struct json_value *value_new(struct arena *arena, enum json_type type)
{
    struct json_value *value = arena_alloc(arena, sizeof *value);
    memset(value, 0, sizeof *value);
    value->type = type;
    return value;
}

static int attach(struct parse_state *state, struct json_value *value)
{
    if (state->depth == 0) {
        state->root = value;
        return 1;
    }
    struct open_container *parent = &state->stack[state->depth - 1];
    if (parent->count == parent->capacity) {
        size_t capacity = parent->capacity ? parent->capacity * 2 : 4;
        if (parent->value->type == JSON_OBJECT) {
            struct json_member *members = arena_alloc(state->arena, capacity * sizeof *members);
            if (parent->count) {
                memcpy(members, parent->members, parent->count * sizeof *members);
            }
            parent->members = members;
        } else {
            struct json_value **items = arena_alloc(state->arena, capacity * sizeof *items);
            if (parent->count) {
                memcpy(items, parent->items, parent->count * sizeof *items);
            }
            parent->items = items;
        }
        parent->capacity = capacity;
    }
    if (parent->value->type == JSON_OBJECT) {
        struct json_member *member = &parent->members[parent->count++];
        member->key = parent->pending_key;
        member->key_len = parent->pending_key_len;
        member->value = value;
    } else {
        parent->items[parent->count++] = value;
    }
    return 1;
}

static int on_null(void *context)
{
    struct parse_state *state = context;
    return attach(state, value_new(state->arena, JSON_NULL));
}

static int on_boolean(void *context, int boolean)
{
    struct parse_state *state = context;
    struct json_value *value = value_new(state->arena, JSON_BOOL);
    value->boolean = boolean != 0;
    return attach(state, value);
}

static int on_number(void *context, const char *text, size_t len)
{
    struct parse_state *state = context;
    struct json_value *value = value_new(state->arena, JSON_NUMBER);
    value->number.text = arena_strndup(state->arena, text, len);
    value->number.len = len;
    return attach(state, value);
}

/* Strict RFC 3629: yajl lets overlong forms, surrogates and code points above U+10FFFF
 * through, and decodes a lone low-surrogate escape into such bytes. An overlong '@' is a
 * second spelling no scanner looks for, so such text is refused, never passed on. */
static bool utf8_is_strict(const unsigned char *text, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* Most text is ASCII: eight bytes at a time while none has its high bit set. */
        while (len - i >= 16 && ((load_word(text + i) | load_word(text + i + 8)) & WORD_HIGH_BITS) == 0) {
            i += 16;
        }
        while (len - i >= 8 && (load_word(text + i) & WORD_HIGH_BITS) == 0) {
            i += 8;
        }
        if (i == len) {
            break;
        }
        unsigned char lead = text[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        size_t extra;
        unsigned min_second = 0x80, max_second = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            if (lead == 0xE0) min_second = 0xA0;        /* overlong below U+0800 */
            if (lead == 0xED) max_second = 0x9F;        /* surrogates D800-DFFF */
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            if (lead == 0xF0) min_second = 0x90;        /* overlong below U+10000 */
            if (lead == 0xF4) max_second = 0x8F;        /* above U+10FFFF */
        } else {
            return false;
        }
        if (len - i <= extra || text[i + 1] < min_second || text[i + 1] > max_second) {
            return false;
        }
        for (size_t k = 2; k <= extra; k++) {
            if ((text[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

/* yajl calls back once per string token, in document order: the edge found for this
 * string by the surrogate scan, if any. */
static const struct string_edge *next_string_edge(struct parse_state *state)
{
    state->string_number++;
    const struct surrogate_scan *scan = state->scan;
    if (state->next_edge < scan->edge_count && scan->edges[state->next_edge].string_number == state->string_number) {
        return &scan->edges[state->next_edge++];
    }
    return NULL;
}

static int on_string(void *context, const unsigned char *text, size_t len)
{
    struct parse_state *state = context;
    const struct string_edge *edge = next_string_edge(state);
    if (!utf8_is_strict(text, len)) {
        state->bad_text = true;
        return 0;
    }
    struct json_value *value = value_new(state->arena, JSON_STRING);
    value->string.text = arena_strndup(state->arena, (const char *)text, len);
    value->string.len = len;
    if (edge != NULL) {
        value->string.leading_low = edge->leading_low;
        value->string.trailing_high = edge->trailing_high;
    }
    return attach(state, value);
}

static int open_container(struct parse_state *state, enum json_type type)
{
    if (state->depth >= state->max_depth) {
        state->too_deep = true;
        return 0;
    }
    struct json_value *value = value_new(state->arena, type);
    if (!attach(state, value)) {
        return 0;
    }
    if (state->depth == state->stack_capacity) {
        unsigned capacity = state->stack_capacity * 2;
        struct open_container *grown = arena_alloc(state->arena, capacity * sizeof *grown);
        memcpy(grown, state->stack, state->depth * sizeof *grown);
        state->stack = grown;
        state->stack_capacity = capacity;
    }
    struct open_container *open = &state->stack[state->depth++];
    memset(open, 0, sizeof *open);
    open->value = value;
    return 1;
}

static int close_container(struct parse_state *state)
{
    struct open_container *open = &state->stack[--state->depth];
    if (open->value->type == JSON_OBJECT) {
        open->value->object.members = open->members;
        open->value->object.count = open->count;
    } else {
        open->value->array.items = open->items;
        open->value->array.count = open->count;
    }
    return 1;
}

static int on_start_map(void *context)
{
    return open_container(context, JSON_OBJECT);
}

static int on_map_key(void *context, const unsigned char *key, size_t len)
{
    struct parse_state *state = context;
    next_string_edge(state);         /* a key is never joined with anything: its U+FFFD stays */
    if (!utf8_is_strict(key, len)) {
        state->bad_text = true;
        return 0;
    }
    struct open_container *open = &state->stack[state->depth - 1];
    open->pending_key = arena_strndup(state->arena, (const char *)key, len);
    open->pending_key_len = len;
    return 1;
}

static int on_end_container(void *context)
{
    return close_container(context);
}

static int on_start_array(void *context)
{
    return open_container(context, JSON_ARRAY);
}

static const yajl_callbacks parse_callbacks = {
    .yajl_null = on_null,
    .yajl_boolean = on_boolean,
    .yajl_number = on_number,
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_map_key,
    .yajl_end_map = on_end_container,
    .yajl_start_array = on_start_array,
    .yajl_end_array = on_end_container,
};

/* ---- UTF-16 surrogate escapes ----
 *
 * yajl decodes a proper pair ("\ud83c\udf89") right, but a lone high surrogate ("\ud800")
 * becomes '?' and swallows the character after it, a high one followed by any other escape
 * ("\ud800\u0041") becomes an unrelated code point, and a lone low one ("\udc00") becomes
 * bytes that utf8_is_strict refuses. So the escapes are checked before yajl sees them, and
 * what yajl decodes is always either a proper pair or no surrogate at all. */

enum surrogate_policy {
    SURROGATES_REFUSE_LONE,     /* client input: a lone surrogate is not text, the body is refused */
    SURROGATES_REPLACE_LONE,    /* provider output: a lone surrogate becomes U+FFFD, the answer goes on */
};

static const char replacement_escape[] = "\\ufffd";   /* U+FFFD, as long as any \uXXXX */
enum { ESCAPE_LEN = 6 };

static bool is_high_surrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

static bool is_low_surrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

/* The code unit of the \uXXXX escape at `at`, or -1 if there is none there. */
static int escaped_unit(const char *text, size_t len, size_t at)
{
    if (len < ESCAPE_LEN || at > len - ESCAPE_LEN || text[at] != '\\' || text[at + 1] != 'u') {
        return -1;
    }
    int unit = 0;
    for (size_t i = at + 2; i < at + ESCAPE_LEN; i++) {
        char c = text[i];
        int digit = c >= '0' && c <= '9' ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0) {
            return -1;
        }
        unit = unit * 16 + digit;
    }
    return unit;
}

/* Does any escape name a surrogate? The common text has none, and then costs one memchr
 * pass. In valid JSON a backslash only starts an escape inside a string, so escapes can
 * be walked without tracking quotes; an escaped backslash is stepped over whole. */
static bool has_surrogate_escape(const char *text, size_t len)
{
    const char *end = text + len;
    const char *at = text;
    while ((at = memchr(at, '\\', (size_t)(end - at))) != NULL) {
        int unit = escaped_unit(text, len, (size_t)(at - text));
        if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
            return true;
        }
        at += 2;
        if (at >= end) {
            return false;
        }
    }
    return false;
}

static void record_edge(struct arena *arena, struct surrogate_scan *scan, size_t string_number, int unit)
{
    struct string_edge *last = scan->edge_count ? &scan->edges[scan->edge_count - 1] : NULL;
    if (last == NULL || last->string_number != string_number) {
        if (scan->edge_count == scan->edge_capacity) {
            size_t capacity = scan->edge_capacity ? scan->edge_capacity * 2 : 4;
            struct string_edge *edges = arena_calloc(arena, capacity, sizeof *edges);
            if (scan->edge_count) {
                memcpy(edges, scan->edges, scan->edge_count * sizeof *edges);
            }
            scan->edges = edges;
            scan->edge_capacity = capacity;
        }
        last = &scan->edges[scan->edge_count++];
        memset(last, 0, sizeof *last);
        last->string_number = string_number;
    }
    if (is_low_surrogate(unit)) {
        last->leading_low = (unsigned short)unit;
    } else {
        last->trailing_high = (unsigned short)unit;
    }
}

/* Walk the strings, find each lone surrogate escape: refuse the text at the first, or
 * (replacing) spell each as \ufffd in a copy of the same length, so yajl's byte offsets
 * still point into the input. A lone low escape that opens a string, or a lone high one
 * that closes it, is recorded: a stream may find its other half in the next piece. */
static bool scan_surrogates(struct arena *arena, const char *text, size_t len, enum surrogate_policy policy,
                            struct surrogate_scan *scan)
{
    char *copy = NULL;
    bool in_string = false;
    size_t string_number = 0, content_start = 0;
    for (size_t i = 0; i < len; i++) {
        if (!in_string || text[i] == '"') {
            if (text[i] == '"') {
                in_string = !in_string;
                string_number += in_string;
                content_start = i + 1;
            }
            continue;
        }
        if (text[i] != '\\') {
            continue;
        }
        int unit = escaped_unit(text, len, i);
        if (!is_high_surrogate(unit) && !is_low_surrogate(unit)) {
            i++;                     /* the escaped character, whatever it is, is not a quote */
            continue;
        }
        if (is_high_surrogate(unit) && is_low_surrogate(escaped_unit(text, len, i + ESCAPE_LEN))) {
            i += 2 * ESCAPE_LEN - 1;
            continue;
        }
        if (policy == SURROGATES_REFUSE_LONE) {
            scan->lone_offset = i;
            return false;
        }
        if (copy == NULL) {
            copy = arena_alloc(arena, len);
            memcpy(copy, text, len);
            scan->text = copy;
        }
        memcpy(copy + i, replacement_escape, ESCAPE_LEN);
        bool opens = is_low_surrogate(unit) && i == content_start;
        bool closes = is_high_surrogate(unit) && i + ESCAPE_LEN < len && text[i + ESCAPE_LEN] == '"';
        if (opens || closes) {
            record_edge(arena, scan, string_number, unit);
        }
        i += ESCAPE_LEN - 1;
    }
    return true;
}

/* ---- the direct parser ----
 *
 * yajl's callbacks cost more than the parse itself on the short JSON of a stream event
 * (a lexer pass, a callback per token, its own buffers set up and wiped per parse). The
 * direct parser below builds the same tree in one pass for the documents that need none
 * of yajl's special cases: anything it does not take exactly as yajl would (an error of
 * any kind, a lone surrogate, \u0000 or \uffff escape, whitespace beyond the usual four,
 * depth past the bound) makes it give up, and the text goes to yajl as before, whose
 * answer (the tree or the error) is then the answer. So the result is yajl's, only sooner.
 * tests/unit/test_json_direct.c and tests/fuzz/fuzz_json.c hold it to that. */

enum { DIRECT_FRAMES = 16, DIRECT_PENDING = 64 };

static size_t utf8_of_pair(unsigned high, unsigned low, char out[4]);

struct direct_frame {
    struct json_value *value;        /* the open object or array */
    size_t first;                    /* its first child in `pending` */
    const char *key;                 /* objects: the key waiting for its value */
    size_t key_len;
};

struct direct_parse {
    struct arena *arena;
    const char *at;
    const char *end;
    unsigned max_depth;
    struct direct_frame *frames;     /* starts on the parser's stack, grows into the arena */
    unsigned depth;
    unsigned frame_capacity;
    struct json_member *pending;     /* children of every open container, innermost last */
    size_t pending_count;
    size_t pending_capacity;
    unsigned frames_used;            /* high-water marks: what to wipe of the stack arrays */
    size_t pending_used;
    char *text;                      /* where the next string or number is copied */
    char *text_end;
};

/* Room for a copied string or number (its NUL included). Every one is shorter than the
 * input it was read from (a string by its two quotes; a number by the byte after it, or
 * by the end, which the block's extra byte covers), so one block of the input's length
 * plus one, taken at the first, holds them all: one allocation per parse, not one each. */
static char *direct_text(struct direct_parse *parse, size_t size)
{
    if (parse->text == NULL) {
        size_t block = (size_t)(parse->end - parse->at) + 1;
        parse->text = arena_alloc(parse->arena, block);
        parse->text_end = parse->text + block;
    }
    if (size > (size_t)(parse->text_end - parse->text)) {
        return NULL;                 /* cannot happen (see above); then yajl parses it */
    }
    char *copy = parse->text;
    parse->text += size;
    return copy;
}

static void direct_skip_space(struct direct_parse *parse)
{
    while (parse->at < parse->end
           && (*parse->at == ' ' || *parse->at == '\n' || *parse->at == '\r' || *parse->at == '\t')) {
        parse->at++;
    }
}

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static int escape_unit(const char *digits)
{
    int unit = 0;
    for (int i = 0; i < 4; i++) {
        int digit = hex_digit(digits[i]);
        if (digit < 0) {
            return -1;
        }
        unit = unit << 4 | digit;
    }
    return unit;
}

/* The \uXXXX escape (or pair of them) that `raw` starts with, when yajl decodes it plainly:
 * a character other than U+0000 and U+FFFF (which yajl writes in four bytes), or a high
 * and a low surrogate that make one; written as UTF-8 into `out`, *consumed set to the
 * escape's length. 0 for a lone surrogate or any other: yajl's to decide. */
static size_t direct_unicode_escape(const char *raw, size_t raw_len, char out[4], size_t *consumed)
{
    int unit = raw_len >= ESCAPE_LEN ? escape_unit(raw + 2) : -1;
    if (unit <= 0 || unit == 0xFFFF || is_low_surrogate(unit)) {
        return 0;
    }
    *consumed = ESCAPE_LEN;
    if (is_high_surrogate(unit)) {
        int low = raw_len >= 2 * ESCAPE_LEN && raw[ESCAPE_LEN] == '\\' && raw[ESCAPE_LEN + 1] == 'u'
                  ? escape_unit(raw + ESCAPE_LEN + 2) : -1;
        if (!is_low_surrogate(low)) {
            return 0;
        }
        *consumed = 2 * ESCAPE_LEN;
        return utf8_of_pair((unsigned)unit, (unsigned)low, out);
    }
    unsigned code = (unsigned)unit;
    if (code < 0x80) {
        out[0] = (char)code;
        return 1;
    }
    if (code < 0x800) {
        out[0] = (char)(0xC0 | (code >> 6));
        out[1] = (char)(0x80 | (code & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | (code >> 12));
    out[1] = (char)(0x80 | ((code >> 6) & 0x3F));
    out[2] = (char)(0x80 | (code & 0x3F));
    return 3;
}

/* The escapes of a string's raw text written out decoded into `out` (as long as the raw
 * text at most); the decoded length, or (size_t)-1 for an escape left to yajl. The plain
 * runs between escapes are copied whole. */
static size_t direct_decode(const char *raw, size_t raw_len, char *out)
{
    size_t written = 0;
    size_t i = 0;
    for (;;) {
        const char *backslash = memchr(raw + i, '\\', raw_len - i);
        size_t run = backslash != NULL ? (size_t)(backslash - (raw + i)) : raw_len - i;
        memcpy(out + written, raw + i, run);
        written += run;
        i += run;
        if (i == raw_len) {
            return written;
        }
        char escape = raw[++i];          /* the scan saw a character after every '\\' */
        switch (escape) {
        case '"': case '\\': case '/': out[written++] = escape; break;
        case 'b': out[written++] = '\b'; break;
        case 'f': out[written++] = '\f'; break;
        case 'n': out[written++] = '\n'; break;
        case 'r': out[written++] = '\r'; break;
        case 't': out[written++] = '\t'; break;
        case 'u': {
            size_t consumed = 0;
            size_t count = direct_unicode_escape(raw + i - 1, raw_len - (i - 1), out + written, &consumed);
            if (count == 0) {
                return (size_t)-1;
            }
            written += count;
            i += consumed - 2;
            break;
        }
        default:
            return (size_t)-1;
        }
        i++;
    }
}

/* A string, the opening quote already taken: its decoded text, NUL-terminated, copied
 * into the arena, strict UTF-8. */
static bool direct_string(struct direct_parse *parse, const char **text, size_t *len)
{
    const char *start = parse->at;
    const char *at = start;
    bool escaped = false;
    bool high = false;                   /* a raw byte above ASCII: the UTF-8 check is needed */
    for (;;) {
        if (parse->end - at >= 16) {
            bool block_high;
            size_t plain = plain_prefix((const unsigned char *)at, &block_high);
            high |= block_high;
            at += plain;
            if (plain == 16) {
                continue;
            }
        } else if (at == parse->end) {
            return false;
        }
        unsigned char c = (unsigned char)*at;
        if (c == '"') {
            break;
        }
        if (c < 0x20) {
            return false;
        }
        if (c == '\\') {
            if (parse->end - at < 2) {
                return false;
            }
            escaped = true;
            at += 2;
            continue;
        }
        high |= c >= 0x80;
        at++;
    }
    size_t raw_len = (size_t)(at - start);
    char *copy = direct_text(parse, raw_len + 1);
    if (copy == NULL) {
        return false;
    }
    size_t decoded = raw_len;
    if (escaped) {
        decoded = direct_decode(start, raw_len, copy);
    } else if (raw_len != 0) {
        memcpy(copy, start, raw_len);
    }
    /* What an escape decodes to is strict UTF-8 by construction: only raw bytes need the check. */
    bool ascii = !high;
    if (decoded == (size_t)-1 || (!ascii && !utf8_is_strict((const unsigned char *)copy, decoded))) {
        return false;
    }
    copy[decoded] = '\0';
    parse->at = at + 1;
    *text = copy;
    *len = decoded;
    return true;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A number as JSON spells it (what yajl's lexer takes), its text copied as written. */
static bool direct_number(struct direct_parse *parse, struct json_value *value)
{
    const char *start = parse->at, *at = start, *end = parse->end;
    if (at < end && *at == '-') {
        at++;
    }
    if (at == end || !is_digit(*at)) {
        return false;
    }
    if (*at++ != '0') {
        while (at < end && is_digit(*at)) {
            at++;
        }
    }
    if (at < end && *at == '.') {
        if (++at == end || !is_digit(*at)) {
            return false;
        }
        while (at < end && is_digit(*at)) {
            at++;
        }
    }
    if (at < end && (*at == 'e' || *at == 'E')) {
        at++;
        if (at < end && (*at == '+' || *at == '-')) {
            at++;
        }
        if (at == end || !is_digit(*at)) {
            return false;
        }
        while (at < end && is_digit(*at)) {
            at++;
        }
    }
    value->number.len = (size_t)(at - start);
    char *copy = direct_text(parse, value->number.len + 1);
    if (copy == NULL) {
        return false;
    }
    memcpy(copy, start, value->number.len);
    copy[value->number.len] = '\0';
    value->number.text = copy;
    parse->at = at;
    return true;
}

static bool direct_literal(struct direct_parse *parse, const char *word, size_t len)
{
    if ((size_t)(parse->end - parse->at) < len || memcmp(parse->at, word, len) != 0) {
        return false;
    }
    parse->at += len;
    return true;
}

/* A child of the innermost open container, kept in `pending` until the container closes. */
static void direct_add_child(struct direct_parse *parse, struct json_value *value)
{
    if (parse->pending_count == parse->pending_capacity) {
        size_t capacity = parse->pending_capacity * 2;
        struct json_member *grown = arena_alloc(parse->arena, capacity * sizeof *grown);
        memcpy(grown, parse->pending, parse->pending_count * sizeof *grown);
        parse->pending = grown;
        parse->pending_capacity = capacity;
    }
    struct direct_frame *frame = &parse->frames[parse->depth - 1];
    parse->pending[parse->pending_count++] = (struct json_member){
        .key = frame->key, .key_len = frame->key_len, .value = value,
    };
    if (parse->pending_count > parse->pending_used) {
        parse->pending_used = parse->pending_count;
    }
}

static bool direct_open(struct direct_parse *parse, struct json_value *value)
{
    if (parse->depth >= parse->max_depth) {
        return false;
    }
    if (parse->depth == parse->frame_capacity) {
        unsigned capacity = parse->frame_capacity * 2;
        struct direct_frame *grown = arena_alloc(parse->arena, capacity * sizeof *grown);
        memcpy(grown, parse->frames, parse->depth * sizeof *grown);
        parse->frames = grown;
        parse->frame_capacity = capacity;
    }
    parse->frames[parse->depth++] = (struct direct_frame){ .value = value, .first = parse->pending_count };
    if (parse->depth > parse->frames_used) {
        parse->frames_used = parse->depth;
    }
    return true;
}

/* The innermost container is complete: its children leave `pending` for an array of
 * their exact number in the arena. */
static struct json_value *direct_close(struct direct_parse *parse)
{
    struct direct_frame *frame = &parse->frames[--parse->depth];
    struct json_value *value = frame->value;
    size_t count = parse->pending_count - frame->first;
    const struct json_member *children = parse->pending + frame->first;
    if (value->type == JSON_OBJECT) {
        value->object.count = count;
        if (count != 0) {
            value->object.members = arena_alloc(parse->arena, count * sizeof *value->object.members);
            memcpy(value->object.members, children, count * sizeof *children);
        }
    } else {
        value->array.count = count;
        if (count != 0) {
            value->array.items = arena_alloc(parse->arena, count * sizeof *value->array.items);
            for (size_t i = 0; i < count; i++) {
                value->array.items[i] = children[i].value;
            }
        }
    }
    parse->pending_count = frame->first;
    return value;
}

/* An object's key and its colon, the opening quote already taken. */
static bool direct_key(struct direct_parse *parse)
{
    struct direct_frame *frame = &parse->frames[parse->depth - 1];
    if (!direct_string(parse, &frame->key, &frame->key_len)) {
        return false;
    }
    direct_skip_space(parse);
    if (parse->at == parse->end || *parse->at != ':') {
        return false;
    }
    parse->at++;
    return true;
}

/* One value, scalar or the opening of a container (then its first key, if an object):
 * true with *value set when complete, true with *value NULL when a container was opened
 * and its children come next. */
static bool direct_value(struct direct_parse *parse, struct json_value **value)
{
    direct_skip_space(parse);
    if (parse->at == parse->end) {
        return false;
    }
    char c = *parse->at;
    *value = NULL;
    switch (c) {
    case '{':
    case '[': {
        struct json_value *container = value_new(parse->arena, c == '{' ? JSON_OBJECT : JSON_ARRAY);
        parse->at++;
        if (!direct_open(parse, container)) {
            return false;
        }
        direct_skip_space(parse);
        if (parse->at < parse->end && *parse->at == (c == '{' ? '}' : ']')) {
            parse->at++;
            *value = direct_close(parse);
            return true;
        }
        if (c == '{') {
            if (parse->at == parse->end || *parse->at != '"') {
                return false;
            }
            parse->at++;
            return direct_key(parse);
        }
        return true;
    }
    case '"': {
        struct json_value *string = value_new(parse->arena, JSON_STRING);
        parse->at++;
        *value = string;
        return direct_string(parse, &string->string.text, &string->string.len);
    }
    case 't':
    case 'f': {
        bool truth = c == 't';
        *value = value_new(parse->arena, JSON_BOOL);
        (*value)->boolean = truth;
        return direct_literal(parse, truth ? "true" : "false", truth ? 4 : 5);
    }
    case 'n':
        *value = value_new(parse->arena, JSON_NULL);
        return direct_literal(parse, "null", 4);
    default:
        *value = value_new(parse->arena, JSON_NUMBER);
        return direct_number(parse, *value);
    }
}

/* The whole document, or NULL: then yajl decides (see above). */
static struct json_value *direct_document(struct direct_parse *parse)
{
    for (;;) {
        struct json_value *value;
        if (!direct_value(parse, &value)) {
            return NULL;
        }
        if (value == NULL) {
            continue;                         /* a container opened: its first child next */
        }
        /* A complete value: it is the document, or a child; after a child, either the
         * next one or the end of its container (which is a complete value in turn). */
        for (;;) {
            direct_skip_space(parse);
            if (parse->depth == 0) {
                return parse->at == parse->end ? value : NULL;
            }
            direct_add_child(parse, value);
            if (parse->at == parse->end) {
                return NULL;
            }
            struct direct_frame *frame = &parse->frames[parse->depth - 1];
            bool object = frame->value->type == JSON_OBJECT;
            char c = *parse->at++;
            if (c == (object ? '}' : ']')) {
                value = direct_close(parse);
                continue;
            }
            if (c != ',') {
                return NULL;
            }
            if (object) {
                direct_skip_space(parse);
                if (parse->at == parse->end || *parse->at != '"') {
                    return NULL;
                }
                parse->at++;
                if (!direct_key(parse)) {
                    return NULL;
                }
            }
            break;
        }
    }
}

static struct json_value *parse_direct(struct arena *arena, const char *text, size_t len, unsigned max_depth)
{
    struct direct_frame frames[DIRECT_FRAMES];
    struct json_member pending[DIRECT_PENDING];
    struct direct_parse parse = {
        .arena = arena,
        .at = text,
        .end = text + len,
        .max_depth = max_depth,
        .frames = frames,
        .frame_capacity = DIRECT_FRAMES,
        .pending = pending,
        .pending_capacity = DIRECT_PENDING,
    };
    struct json_value *root = direct_document(&parse);
    /* Only pointers into the arena, but wiped like yajl's stack buffers (what was used). */
    size_t frames_used = parse.frames_used < DIRECT_FRAMES ? parse.frames_used : DIRECT_FRAMES;
    size_t pending_used = parse.pending_used < DIRECT_PENDING ? parse.pending_used : DIRECT_PENDING;
    explicit_bzero(frames, frames_used * sizeof *frames);
    explicit_bzero(pending, pending_used * sizeof *pending);
    return root;
}

static struct json_value *parse_with_yajl(struct arena *arena, const char *text, size_t len, unsigned max_depth,
                                          enum surrogate_policy policy, struct json_error *error)
{
    struct surrogate_scan scan = { .text = text };
    if (has_surrogate_escape(text, len) && !scan_surrogates(arena, text, len, policy, &scan)) {
        snprintf(error->message, sizeof error->message,
                 "invalid JSON: lone UTF-16 surrogate escape near byte %zu", scan.lone_offset);
        return NULL;
    }
    /* Most bodies nest a few levels: the open containers start here, not in the arena. */
    struct open_container shallow[JSON_SHALLOW_DEPTH];
    struct parse_state state = {
        .arena = arena,
        .max_depth = max_depth,
        .stack = shallow,
        .stack_capacity = JSON_SHALLOW_DEPTH,
        .scan = &scan,
    };
    _Alignas(16) unsigned char local[YAJL_LOCAL_BYTES];
    struct yajl_memory memory = { .arena = arena, .local = local };
    yajl_alloc_funcs allocator = {
        .malloc = yajl_memory_malloc,
        .realloc = yajl_memory_realloc,
        .free = yajl_memory_free,
        .ctx = &memory,
    };
    yajl_handle parser = yajl_alloc(&parse_callbacks, &allocator, &state);
    yajl_status status = yajl_parse(parser, (const unsigned char *)scan.text, len);
    if (status == yajl_status_ok) {
        status = yajl_complete_parse(parser);
    }
    size_t offset = yajl_get_bytes_consumed(parser);
    yajl_free(parser);
    /* yajl's string buffer held pieces of the text: wipe what was used of it. */
    explicit_bzero(local, memory.local_used);
    explicit_bzero(shallow, sizeof shallow);
    if (status == yajl_status_ok && state.root != NULL) {
        return state.root;
    }
    if (state.too_deep) {
        snprintf(error->message, sizeof error->message,
                 "JSON nested deeper than %u levels", max_depth);
    } else if (state.bad_text) {
        snprintf(error->message, sizeof error->message,
                 "invalid UTF-8 in a JSON string near byte %zu", offset);
    } else if (len == 0) {
        snprintf(error->message, sizeof error->message, "empty body: expected JSON");
    } else {
        /* yajl's own message quotes the input around the error: never pass it on. */
        snprintf(error->message, sizeof error->message,
                 "invalid JSON near byte %zu", offset);
    }
    return NULL;
}

static struct json_value *parse(struct arena *arena, const char *text, size_t len, unsigned max_depth,
                                enum surrogate_policy policy, struct json_error *error)
{
    struct json_value *direct = len != 0 ? parse_direct(arena, text, len, max_depth) : NULL;
    return direct != NULL ? direct : parse_with_yajl(arena, text, len, max_depth, policy, error);
}

struct json_value *json_parse(struct arena *arena, const char *text, size_t len,
                              unsigned max_depth, struct json_error *error)
{
    return parse(arena, text, len, max_depth, SURROGATES_REFUSE_LONE, error);
}

struct json_value *json_parse_provider(struct arena *arena, const char *text, size_t len,
                                       unsigned max_depth, struct json_error *error)
{
    return parse(arena, text, len, max_depth, SURROGATES_REPLACE_LONE, error);
}

/* ---- joining a pair split across stream pieces ---- */

static const char replacement_utf8[] = "\xEF\xBF\xBD";   /* U+FFFD */
enum { REPLACEMENT_LEN = 3 };

static size_t utf8_of_pair(unsigned high, unsigned low, char out[4])
{
    unsigned code_point = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    out[0] = (char)(0xF0 | (code_point >> 18));
    out[1] = (char)(0x80 | ((code_point >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((code_point >> 6) & 0x3F));
    out[3] = (char)(0x80 | (code_point & 0x3F));
    return 4;
}

struct slice surrogate_joiner_take(struct surrogate_joiner *joiner, const struct json_value *piece,
                                   struct arena *arena)
{
    if (!json_is(piece, JSON_STRING)) {
        return (struct slice){ NULL, 0 };
    }
    const char *text = piece->string.text;
    size_t len = piece->string.len;
    if (len == 0) {
        return slice_of(text, 0);    /* an empty piece neither completes nor breaks a pair */
    }
    char prefix[4];
    size_t prefix_len = 0;
    if (joiner->high != 0) {
        if (piece->string.leading_low != 0) {
            prefix_len = utf8_of_pair(joiner->high, piece->string.leading_low, prefix);
            text += REPLACEMENT_LEN;
            len -= REPLACEMENT_LEN;
        } else {
            memcpy(prefix, replacement_utf8, REPLACEMENT_LEN);
            prefix_len = REPLACEMENT_LEN;
        }
        joiner->high = 0;
    }
    if (piece->string.trailing_high != 0 && len >= REPLACEMENT_LEN) {
        joiner->high = piece->string.trailing_high;
        len -= REPLACEMENT_LEN;
    }
    if (prefix_len == 0) {
        return slice_of(text, len);
    }
    char *joined = arena_alloc(arena, prefix_len + len + 1);
    memcpy(joined, prefix, prefix_len);
    memcpy(joined + prefix_len, text, len);
    joined[prefix_len + len] = '\0';
    return slice_of(joined, prefix_len + len);
}

struct slice surrogate_joiner_release(struct surrogate_joiner *joiner)
{
    if (joiner->high == 0) {
        return (struct slice){ NULL, 0 };
    }
    joiner->high = 0;
    return slice_of(replacement_utf8, REPLACEMENT_LEN);
}

const struct json_value *json_get_n(const struct json_value *object, const char *key, size_t key_len)
{
    if (object == NULL || object->type != JSON_OBJECT) {
        return NULL;
    }
    for (size_t i = 0; i < object->object.count; i++) {
        const struct json_member *member = &object->object.members[i];
        if (member->key_len == key_len && memcmp(member->key, key, key_len) == 0) {
            return member->value;
        }
    }
    return NULL;
}

bool json_member_repeats(const struct json_value *object, size_t index)
{
    const struct json_member *member = &object->object.members[index];
    for (size_t i = 0; i < index; i++) {
        const struct json_member *earlier = &object->object.members[i];
        if (earlier->key_len == member->key_len && memcmp(earlier->key, member->key, member->key_len) == 0) {
            return true;
        }
    }
    return false;
}


struct slice json_get_string(const struct json_value *object, const char *key)
{
    const struct json_value *value = json_get(object, key);
    return json_is(value, JSON_STRING) ? slice_of(value->string.text, value->string.len)
                                       : (struct slice){ NULL, 0 };
}

long long json_get_integer(const struct json_value *object, const char *key, long long missing)
{
    long long value;
    return json_number_integer(json_get(object, key), &value) ? value : missing;
}

const char *json_type_name(enum json_type type)
{
    switch (type) {
    case JSON_NULL: return "null";
    case JSON_BOOL: return "boolean";
    case JSON_NUMBER: return "number";
    case JSON_STRING: return "string";
    case JSON_ARRAY: return "array";
    case JSON_OBJECT: return "object";
    }
    return "unknown";
}

bool json_number_double(const struct json_value *value, double *out)
{
    if (!json_is(value, JSON_NUMBER)) {
        return false;
    }
    errno = 0;
    char *end;
    double number = strtod(value->number.text, &end);
    if (errno != 0 || *end != '\0') {
        return false;
    }
    *out = number;
    return true;
}

bool json_number_integer(const struct json_value *value, long long *out)
{
    if (!json_is(value, JSON_NUMBER)) {
        return false;
    }
    errno = 0;
    char *end;
    long long number = strtoll(value->number.text, &end, 10);
    if (errno != 0 || *end != '\0') {
        return false;
    }
    *out = number;
    return true;
}

void json_write_string(struct buffer *out, const char *text, size_t len)
{
    buffer_reserve(out, len + 2);
    buffer_append_char(out, '"');
    json_write_escaped(out, text, len);
    buffer_append_char(out, '"');
}

void json_write_escaped(struct buffer *out, const char *text, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    if (len == 0) {
        return;                       /* an empty slice may have no text at all (NULL) */
    }
    size_t run_start = 0;
    const unsigned char *bytes = (const unsigned char *)text;
    for (size_t i = 0; i < len; i++) {
        /* Blocks that need no escape are skipped whole; in one that does, straight to the byte. */
        while (len - i >= 16) {
            size_t plain = first_escape_in_block(bytes + i);
            i += plain;
            if (plain < 16) {
                break;
            }
        }
        if (i == len) {
            break;
        }
        unsigned char c = bytes[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        buffer_append(out, text + run_start, i - run_start);
        run_start = i + 1;
        switch (c) {
        case '"': buffer_append(out, "\\\"", 2); break;
        case '\\': buffer_append(out, "\\\\", 2); break;
        case '\n': buffer_append(out, "\\n", 2); break;
        case '\r': buffer_append(out, "\\r", 2); break;
        case '\t': buffer_append(out, "\\t", 2); break;
        default: {
            char escaped[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            buffer_append(out, escaped, sizeof escaped);
        }
        }
    }
    buffer_append(out, text + run_start, len - run_start);
}

void json_write_string_array(struct buffer *out, const struct slice *items, size_t count)
{
    buffer_append_char(out, '[');
    for (size_t i = 0; i < count; i++) {
        if (i) {
            buffer_append_char(out, ',');
        }
        json_write_string(out, items[i].ptr, items[i].len);
    }
    buffer_append_char(out, ']');
}

void json_write_cstring(struct buffer *out, const char *text)
{
    json_write_string(out, text, strlen(text));
}

void json_write_value(struct buffer *out, const struct json_value *value)
{
    switch (value->type) {
    case JSON_NULL:
        buffer_append(out, "null", 4);
        return;
    case JSON_BOOL:
        buffer_append_cstr(out, value->boolean ? "true" : "false");
        return;
    case JSON_NUMBER:
        buffer_append(out, value->number.text, value->number.len);
        return;
    case JSON_STRING:
        json_write_string(out, value->string.text, value->string.len);
        return;
    case JSON_ARRAY:
        buffer_append_char(out, '[');
        for (size_t i = 0; i < value->array.count; i++) {
            if (i) {
                buffer_append_char(out, ',');
            }
            json_write_value(out, value->array.items[i]);
        }
        buffer_append_char(out, ']');
        return;
    case JSON_OBJECT:
        buffer_append_char(out, '{');
        for (size_t i = 0; i < value->object.count; i++) {
            if (i) {
                buffer_append_char(out, ',');
            }
            json_write_string(out, value->object.members[i].key, value->object.members[i].key_len);
            buffer_append_char(out, ':');
            json_write_value(out, value->object.members[i].value);
        }
        buffer_append_char(out, '}');
        return;
    }
}

void json_write_double(struct buffer *out, double value)
{
    char text[40];
    /* JSON has no NaN or infinity; decoders refuse them before they get here. */
    if (!isfinite(value)) {
        buffer_append_cstr(out, "null");
        return;
    }
    /* The fewest digits that read back exactly (0.7 stays 0.7, 5e-324 stays short), written
     * without an exponent where the integer part fits in those digits (100, not 1e+02). Few
     * doubles per request (sampling parameters) make the search cheap. */
    int precision = 1;
    for (; precision < 17; precision++) {
        snprintf(text, sizeof text, "%.*g", precision, value);
        if (strtod(text, NULL) == value) {
            break;
        }
    }
    int exponent = value == 0 ? 0 : (int)floor(log10(fabs(value)));
    if (exponent >= precision && exponent < 17) {
        precision = exponent + 1;
    }
    snprintf(text, sizeof text, "%.*g", precision, value);
    buffer_append_cstr(out, text);
}

void json_write_integer(struct buffer *out, long long value)
{
    buffer_append_integer(out, value);
}

void json_write_key(struct buffer *out, const char *key, bool *first)
{
    if (!*first) {
        buffer_append_char(out, ',');
    }
    *first = false;
    json_write_cstring(out, key);
    buffer_append_char(out, ':');
}
