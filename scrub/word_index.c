/* word_index.c — see word_index.h. */
#include "word_index.h"

#include <string.h>

enum word_index_state word_index_find(struct word_index_table *table, const void *list, struct word_index **index)
{
    size_t slot = ((uintptr_t)list >> 3) % WORD_INDEX_SLOTS;
    for (size_t probe = 0; probe < WORD_INDEX_SLOTS; probe++) {
        struct word_index *candidate = &table->slots[(slot + probe) % WORD_INDEX_SLOTS];
        if (candidate->list == list) {
            *index = candidate;
            return WORD_INDEX_FOUND;
        }
        if (candidate->list == NULL) {
            candidate->list = list;
            *index = candidate;
            return WORD_INDEX_NEW;
        }
    }
    *index = NULL;
    return WORD_INDEX_FULL;
}

void word_index_fill(struct word_index *index, const unsigned char *first_bytes, size_t count)
{
    memset(index->by_first, 0, sizeof index->by_first);
    index->indexed = count <= WORD_INDEX_MAX_WORDS;
    for (size_t i = 0; index->indexed && i < count; i++) {
        index->by_first[first_bytes[i]] |= UINT64_C(1) << i;
    }
}
