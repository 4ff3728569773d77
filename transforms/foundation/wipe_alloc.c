#include "transforms/foundation/wipe_alloc.h"

#include <malloc.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define WIPE_ALLOC_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define WIPE_ALLOC_SANITIZED 1
#endif

#ifndef WIPE_ALLOC_SANITIZED

/* glibc's own entry points: exported by libc.so for exactly this use, an allocator
 * interposed in front of glibc's. */
extern void __libc_free(void *block);

/* Shrinking a block below half its size moves it when it is at least this large, so a
 * big buffer trimmed to a small one does not pin the big block. */
enum { WIPE_ALLOC_MOVE_ON_SHRINK = 4096 };

static void wipe_and_free(void *block)
{
    explicit_bzero(block, malloc_usable_size(block));
    __libc_free(block);
}

void free(void *block)
{
    if (block == NULL) {
        return;
    }
    wipe_and_free(block);
}

static void *move_block(void *block, size_t keep, size_t size)
{
    void *moved = malloc(size);
    if (moved == NULL) {
        return NULL;        /* the old block stays valid and untouched, as realloc promises */
    }
    memcpy(moved, block, keep);
    wipe_and_free(block);
    return moved;
}

void *realloc(void *block, size_t size)
{
    if (block == NULL) {
        return malloc(size);
    }
    if (size == 0) {
        wipe_and_free(block);
        return NULL;
    }
    size_t usable = malloc_usable_size(block);
    if (size > usable) {
        return move_block(block, usable, size);
    }
    if (usable >= WIPE_ALLOC_MOVE_ON_SHRINK && size < usable / 2) {
        void *moved = move_block(block, size, size);
        return moved != NULL ? moved : block;
    }
    return block;
}

#endif
