/* word_index.h — which entries of a short, fixed word list start with each byte.
 *
 * The cue pass (columns.c) and the name finder (names.c) ask "is this word one of
 * these?" of small lists, a few dozen words each, for nearly every word of a prompt. A
 * bit per entry under each first byte lets a look-up compare only the entries that share
 * the word's first byte; most words share it with none.
 *
 * An index is made on its list's first look-up and kept in a table its owner holds, keyed
 * by the list's address, so a list needs no registration wherever it is declared. Sound
 * because the lists are static and never change after start, and the scrubber runs in one
 * thread per worker process. Only the first WORD_INDEX_MAX_WORDS entries can be indexed:
 * a longer list is marked so, and its owner reads it whole. */
#ifndef LETHE_SCRUB_WORD_INDEX_H
#define LETHE_SCRUB_WORD_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { WORD_INDEX_MAX_WORDS = 64, WORD_INDEX_SLOTS = 128 };

struct word_index {
    const void *list;            /* NULL: a free slot */
    bool indexed;                /* false: the list is too long, read it whole */
    uint64_t by_first[256];      /* bit i: entry i starts with this byte (as the owner folds it) */
};

struct word_index_table {
    struct word_index slots[WORD_INDEX_SLOTS];
};

enum word_index_state {
    WORD_INDEX_FOUND,            /* the list's index, ready */
    WORD_INDEX_NEW,              /* a slot taken for the list: the owner fills it (word_index_fill) */
    WORD_INDEX_FULL,             /* no slot left: read the list whole */
};

/* The slot of `list` in `table`, taken for it if new. */
enum word_index_state word_index_find(struct word_index_table *table, const void *list, struct word_index **index);

/* Fills a new slot from the entries' first bytes (folded as the owner compares them);
 * a list of more than WORD_INDEX_MAX_WORDS entries is marked not indexed. */
void word_index_fill(struct word_index *index, const unsigned char *first_bytes, size_t count);

/* The entries of an indexed list that may equal a word starting with `first`. */
static inline uint64_t word_index_candidates(const struct word_index *index, unsigned char first)
{
    return index->by_first[first];
}

#endif
