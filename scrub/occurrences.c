#include "scrub/occurrences.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scrub/word_byte.h"

enum { ROOT = 0, PAIR_BITS = 4096, MAX_FIRST_BYTES = 8 };
_Static_assert(OCCURRENCE_MIN_LENGTH >= 2, "the pair filter needs every value to have two bytes");

struct node {
    size_t parent;
    size_t fail;                    /* the longest proper suffix that is a node */
    size_t dictionary;              /* the nearest node along the fail chain that ends a value; ROOT: none */
    size_t entry_plus_one;          /* the vault entry whose value ends here; 0: none */
    size_t depth;
    size_t first_child, next_sibling;   /* index + 1, 0: none (for the breadth-first fail links) */
    unsigned char byte;             /* the edge into this node */
};

/* Edges live in one open-addressing table keyed by (parent, byte): child index + 1, 0 empty. */
struct occurrences {
    const struct vault *vault;
    struct node *nodes;
    size_t node_count;
    size_t *edges;
    size_t edges_mask;
    /* The root's children by byte (index + 1, 0: none): most bytes of a text are read at
     * the root, and most start no value, so the scan skips them with one table look-up
     * each instead of a hash probe. */
    size_t root_child[256];
    /* The first two bytes of every value, hashed into a bit set: a text byte whose pair
     * is not in it starts no value (every value has two bytes or more), which skips far
     * more of the text than the first byte alone ('s', 'e', digits start values often). */
    uint64_t pairs[PAIR_BITS / 64];
    /* The distinct first bytes of the values, when there are few (a request's handful of
     * values): sixteen text bytes are checked against them at once, and only a byte that
     * matches one has its pair looked up. */
    unsigned char first_bytes[MAX_FIRST_BYTES];
    size_t first_byte_count;        /* 0: too many, the pair look-up alone */
};

static size_t pair_bit(unsigned char first, unsigned char second)
{
    return ((size_t)first << 4 ^ second) & (PAIR_BITS - 1);
}

static bool pair_may_start(const struct occurrences *occurrences, unsigned char first, unsigned char second)
{
    size_t bit = pair_bit(first, second);
    return (occurrences->pairs[bit / 64] >> (bit % 64)) & 1;
}

static size_t edge_hash(size_t node, unsigned char byte)
{
    uint64_t x = ((uint64_t)node << 8 | byte) * 0x9e3779b97f4a7c15u;
    return (size_t)(x ^ (x >> 29));
}

static size_t *edge_slot(const struct occurrences *occurrences, size_t node, unsigned char byte)
{
    for (size_t at = edge_hash(node, byte) & occurrences->edges_mask;; at = (at + 1) & occurrences->edges_mask) {
        vault_count_work(occurrences->vault, 1);
        size_t *slot = &occurrences->edges[at];
        if (*slot == 0) {
            return slot;
        }
        const struct node *child = &occurrences->nodes[*slot - 1];
        if (child->parent == node && child->byte == byte) {
            return slot;
        }
    }
}

/* The child of `node` along `byte`, or ROOT for none (ROOT is never a child). */
static size_t child_of(const struct occurrences *occurrences, size_t node, unsigned char byte)
{
    if (node == ROOT) {
        vault_count_work(occurrences->vault, 1);
        size_t child = occurrences->root_child[byte];
        return child ? child - 1 : ROOT;
    }
    size_t slot = *edge_slot(occurrences, node, byte);
    return slot ? slot - 1 : ROOT;
}

static void insert_value(struct occurrences *occurrences, struct slice value, size_t entry)
{
    size_t bit = pair_bit((unsigned char)value.ptr[0], (unsigned char)value.ptr[1]);
    occurrences->pairs[bit / 64] |= (uint64_t)1 << (bit % 64);
    size_t node = ROOT;
    for (size_t i = 0; i < value.len; i++) {
        unsigned char byte = (unsigned char)value.ptr[i];
        size_t *slot = edge_slot(occurrences, node, byte);
        if (*slot == 0) {
            size_t index = occurrences->node_count++;
            struct node *parent = &occurrences->nodes[node];
            occurrences->nodes[index] = (struct node){ .parent = node, .depth = parent->depth + 1, .byte = byte,
                                                       .next_sibling = parent->first_child };
            parent->first_child = index + 1;
            *slot = index + 1;
            if (node == ROOT) {
                occurrences->root_child[byte] = index + 1;
                if (occurrences->first_byte_count < MAX_FIRST_BYTES) {
                    occurrences->first_bytes[occurrences->first_byte_count] = byte;
                }
                occurrences->first_byte_count++;
            }
        }
        node = *slot - 1;
    }
    /* The same text minted under two types: the first placeholder stands for it. */
    if (occurrences->nodes[node].entry_plus_one == 0) {
        occurrences->nodes[node].entry_plus_one = entry + 1;
    }
}

/* The state after reading `byte` in `node`: the longest suffix of what was read that is a node. */
static size_t step(const struct occurrences *occurrences, size_t node, unsigned char byte)
{
    for (;;) {
        size_t child = child_of(occurrences, node, byte);
        if (child != ROOT || node == ROOT) {
            return child;
        }
        node = occurrences->nodes[node].fail;
    }
}

/* Fail and dictionary links, breadth first: a node's links need its parent's. */
static void link_failures(struct occurrences *occurrences, struct arena *arena)
{
    size_t *queue = arena_alloc(arena, occurrences->node_count * sizeof *queue);
    size_t head = 0, tail = 0;
    queue[tail++] = ROOT;
    while (head < tail) {
        size_t node = queue[head++];
        for (size_t child = occurrences->nodes[node].first_child; child != 0;
             child = occurrences->nodes[child - 1].next_sibling) {
            size_t index = child - 1;
            struct node *current = &occurrences->nodes[index];
            current->fail = node == ROOT ? ROOT : step(occurrences, occurrences->nodes[node].fail, current->byte);
            const struct node *fail = &occurrences->nodes[current->fail];
            current->dictionary = fail->entry_plus_one ? current->fail : fail->dictionary;
            queue[tail++] = index;
        }
    }
}

struct occurrences *occurrences_build(const struct vault *vault, struct arena *arena)
{
    size_t total = 0;
    for (size_t i = 0; i < vault->count; i++) {
        if (vault->entries[i].value.len >= OCCURRENCE_MIN_LENGTH) {
            total += vault->entries[i].value.len;
        }
    }
    if (total == 0) {
        return NULL;
    }
    struct occurrences *occurrences = arena_calloc(arena, 1, sizeof *occurrences);
    occurrences->vault = vault;
    occurrences->nodes = arena_alloc(arena, (total + 1) * sizeof *occurrences->nodes);
    occurrences->nodes[ROOT] = (struct node){ 0 };
    occurrences->node_count = 1;
    size_t size = 16;
    while (size < 2 * (total + 1)) {
        size *= 2;
    }
    occurrences->edges = arena_calloc(arena, size, sizeof *occurrences->edges);
    occurrences->edges_mask = size - 1;
    for (size_t i = 0; i < vault->count; i++) {
        if (vault->entries[i].value.len >= OCCURRENCE_MIN_LENGTH) {
            insert_value(occurrences, vault->entries[i].value, i);
        }
    }
    link_failures(occurrences, arena);
    if (occurrences->first_byte_count > MAX_FIRST_BYTES) {
        occurrences->first_byte_count = 0;
    }
    return occurrences;
}

/* ---- the scan ---- */

/* Does the occurrence [start, end) sit at word boundaries where its value needs them? */
static bool at_boundaries(const char *text, size_t len, size_t start, size_t end)
{
    const unsigned char *bytes = (const unsigned char *)text;
    if (scrub_is_word_byte(bytes[start]) && start > 0 && scrub_is_word_byte(bytes[start - 1])) {
        return false;
    }
    return !(scrub_is_word_byte(bytes[end - 1]) && end < len && scrub_is_word_byte(bytes[end]));
}

/* The length of the minted placeholder "[TYPE_N]" at `at`, or 0. */
static size_t placeholder_at(const struct vault *vault, const char *text, size_t len, size_t at)
{
    if (text[at] != '[') {
        return 0;
    }
    size_t limit = len - at < vault->longest_placeholder ? len - at : vault->longest_placeholder;
    const char *close = limit > 1 ? memchr(text + at + 1, ']', limit - 1) : NULL;
    if (close == NULL) {
        return 0;
    }
    size_t inner = (size_t)(close - (text + at + 1));
    return vault_find(vault, text + at + 1, inner) != NULL ? inner + 2 : 0;
}

/* Where the next minted placeholder at or after `from` starts, `len` when none does. */
static size_t next_placeholder(const struct vault *vault, const char *text, size_t len, size_t from)
{
    while (from < len) {
        const char *bracket = memchr(text + from, '[', len - from);
        if (bracket == NULL) {
            return len;
        }
        from = (size_t)(bracket - text);
        if (placeholder_at(vault, text, len, from) > 0) {
            return from;
        }
        from++;
    }
    return len;
}

struct longest {
    uint32_t length;                /* of the longest occurrence starting here; 0: none */
    uint32_t entry;
};

/* The first position at or after `at` where a value may start (its byte and the next
 * make a pair of the filter), or `len`: no value is one byte long. */
static size_t next_possible_start(const struct occurrences *occurrences, const unsigned char *bytes, size_t len,
                                  size_t at)
{
#ifdef __SSE2__
    size_t count = occurrences->first_byte_count;
    if (count > 0) {
        __m128i firsts[MAX_FIRST_BYTES];
        for (size_t i = 0; i < count; i++) {
            firsts[i] = _mm_set1_epi8((char)occurrences->first_bytes[i]);
        }
        /* Sixteen positions at a time, each with the byte after it in the text. */
        for (; at + 16 < len; at += 16) {
            __m128i block = _mm_loadu_si128((const __m128i *)(const void *)(bytes + at));
            __m128i hits = _mm_cmpeq_epi8(block, firsts[0]);
            for (size_t i = 1; i < count; i++) {
                hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, firsts[i]));
            }
            for (unsigned mask = (unsigned)_mm_movemask_epi8(hits); mask != 0; mask &= mask - 1) {
                size_t position = at + (size_t)__builtin_ctz(mask);
                if (pair_may_start(occurrences, bytes[position], bytes[position + 1])) {
                    return position;
                }
            }
        }
    }
#endif
    while (at + 1 < len && !pair_may_start(occurrences, bytes[at], bytes[at + 1])) {
        at++;
    }
    return at + 1 < len ? at : len;
}

/* One pass of the automaton: for every start, the longest occurrence at word boundaries.
 * Returns NULL when there is none (nothing allocated then beyond the scan). */
static struct longest *find_longest(const struct occurrences *occurrences, struct arena *arena,
                                    const char *text, size_t len)
{
    struct longest *longest = NULL;
    size_t node = ROOT;
    const unsigned char *bytes = (const unsigned char *)text;
    for (size_t at = 0; at < len; at++) {
        if (node == ROOT) {
            /* At the root a byte that starts no value leaves it there, and nothing ends. */
            size_t from = at;
            at = next_possible_start(occurrences, bytes, len, at);
            vault_count_work(occurrences->vault, at - from);
            if (at == len) {
                break;
            }
        }
        node = step(occurrences, node, bytes[at]);
        size_t found = occurrences->nodes[node].entry_plus_one ? node : occurrences->nodes[node].dictionary;
        for (; found != ROOT; found = occurrences->nodes[found].dictionary) {
            vault_count_work(occurrences->vault, 1);
            const struct node *match = &occurrences->nodes[found];
            size_t start = at + 1 - match->depth;
            if (!at_boundaries(text, len, start, at + 1)) {
                continue;
            }
            if (longest == NULL) {
                longest = arena_calloc(arena, len, sizeof *longest);
            }
            if (match->depth > longest[start].length) {
                longest[start] = (struct longest){ (uint32_t)match->depth, (uint32_t)(match->entry_plus_one - 1) };
            }
        }
    }
    return longest;
}

size_t occurrences_replace(const struct occurrences *occurrences, const char *text, size_t len, struct buffer *out)
{
    if (len == 0 || len > UINT32_MAX) {
        return 0;
    }
    const struct vault *vault = occurrences->vault;
    struct longest *longest = find_longest(occurrences, out->arena, text, len);
    if (longest == NULL) {
        return 0;
    }
    size_t replaced = 0, copied = 0, at = 0;
    size_t placeholder = next_placeholder(vault, text, len, 0);
    while (at < len) {
        vault_count_work(vault, 1);
        if (at == placeholder) {
            at += placeholder_at(vault, text, len, at);
            placeholder = next_placeholder(vault, text, len, at);
            continue;
        }
        size_t end = at + longest[at].length;
        if (longest[at].length == 0 || end > placeholder) {
            at++;
            continue;
        }
        const struct vault_entry *entry = &vault->entries[longest[at].entry];
        buffer_append(out, text + copied, at - copied);
        buffer_append(out, entry->placeholder.ptr, entry->placeholder.len);
        replaced++;
        copied = at = end;
    }
    if (replaced > 0) {
        buffer_append(out, text + copied, len - copied);
    }
    return replaced;
}
