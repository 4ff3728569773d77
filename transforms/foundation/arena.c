#include "transforms/foundation/arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_chunk {
    struct arena_chunk *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_ALIGN = 16, ARENA_MAX_CHUNK = 1 << 20 };

/* Every request takes a first chunk of the same size and gives it back a moment later,
 * and an ordinary request grows into more (a 2 KB prompt uses ~45 KB). Wiped chunks of
 * the request's first size and of the powers of two from 1 KiB to 64 KiB, which every
 * arena grows through, are kept for reuse instead of going through malloc and free, each
 * of which costs a heap consolidation at these sizes; the loop is single-threaded, so
 * these small stacks need no lock. At most CACHE_BYTES_PER_SIZE are kept of each size. */
enum { CACHE_MIN_SHIFT = 10, CACHE_MAX_SHIFT = 16, CACHE_BYTES_PER_SIZE = 512 << 10, CACHE_MAX_COUNT = 256 };
enum { CACHE_MAX_BYTES = 1 << CACHE_MAX_SHIFT, CACHE_POWERS = CACHE_MAX_SHIFT - CACHE_MIN_SHIFT + 1 };

static struct chunk_stack {
    struct arena_chunk *chunks[CACHE_MAX_COUNT];
    size_t count;
} chunk_cache[CACHE_POWERS + 1];          /* the powers of two, then ARENA_REQUEST_CHUNK */

static bool is_power_of_two(size_t size)
{
    return size != 0 && (size & (size - 1)) == 0;
}

/* The stack for chunks of `size`, or NULL when that size is not kept. */
static struct chunk_stack *cache_for(size_t size)
{
    if (size == ARENA_REQUEST_CHUNK) {
        return &chunk_cache[CACHE_POWERS];
    }
    if (size < ((size_t)1 << CACHE_MIN_SHIFT) || size > CACHE_MAX_BYTES || !is_power_of_two(size)) {
        return NULL;
    }
    return &chunk_cache[__builtin_ctzl(size) - CACHE_MIN_SHIFT];
}

static size_t cache_limit(size_t size)
{
    size_t limit = CACHE_BYTES_PER_SIZE / size;
    return limit < CACHE_MAX_COUNT ? limit : CACHE_MAX_COUNT;
}

static void *allocate_or_die(size_t size)
{
    void *memory = malloc(size);
    if (memory == NULL) {
        fprintf(stderr, "lethe: out of memory (%zu bytes)\n", size);
        abort();
    }
    return memory;
}

static struct arena_chunk *chunk_new(size_t size)
{
    struct chunk_stack *cache = cache_for(size);
    if (cache != NULL && cache->count > 0) {
        struct arena_chunk *cached = cache->chunks[--cache->count];
        cached->next = NULL;
        cached->used = 0;
        return cached;
    }
    struct arena_chunk *chunk = allocate_or_die(sizeof *chunk + size);
    chunk->next = NULL;
    chunk->size = size;
    chunk->used = 0;
    return chunk;
}

static size_t power_of_two_at_least(size_t size)
{
    size_t power = 256;
    while (power < size && power < ARENA_MAX_CHUNK) {
        power *= 2;
    }
    return power;
}

static void init_sized(struct arena *arena, size_t first_chunk_size, size_t second_chunk_size)
{
    arena->head = NULL;
    arena->first_chunk_size = first_chunk_size < 256 ? 256 : first_chunk_size;
    arena->second_chunk_size = power_of_two_at_least(second_chunk_size);
    arena->chunk_size = arena->first_chunk_size;
    arena->allocated = 0;
}

void arena_init(struct arena *arena, size_t first_chunk_size)
{
    init_sized(arena, first_chunk_size, 2 * (first_chunk_size < 256 ? 256 : first_chunk_size));
}

void arena_init_request(struct arena *arena)
{
    init_sized(arena, ARENA_REQUEST_CHUNK, ARENA_REQUEST_GROWTH);
}

/* The size of the chunk to make for `rounded` bytes: the first chunk, or the next of the
 * doubling sequence, doubled on until the bytes fit (so the chunk is one the cache keeps)
 * unless that passes what the cache keeps: then a chunk of exactly that size. */
static size_t new_chunk_size(const struct arena *arena, size_t rounded)
{
    if (arena->head == NULL && rounded <= arena->first_chunk_size) {
        return arena->first_chunk_size;
    }
    size_t size = arena->head == NULL ? arena->second_chunk_size : arena->chunk_size;
    while (size < rounded && size < CACHE_MAX_BYTES) {
        size *= 2;
    }
    return size < rounded ? rounded : size;
}

/* The ordinary size after a chunk of `size`: growth is geometric, so a big request costs
 * O(log n) chunks, capped so one chunk never wastes much. */
static size_t size_after(const struct arena *arena, size_t size)
{
    if (size == arena->first_chunk_size) {
        return arena->second_chunk_size;
    }
    if (size > CACHE_MAX_BYTES && !is_power_of_two(size)) {
        return arena->chunk_size;                  /* a large request's own chunk */
    }
    return size < ARENA_MAX_CHUNK ? 2 * size : ARENA_MAX_CHUNK;
}

void *arena_alloc(struct arena *arena, size_t size)
{
    size_t rounded = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (rounded < size) {
        fprintf(stderr, "lethe: arena request overflows\n");
        abort();
    }
    struct arena_chunk *chunk = arena->head;
    if (chunk == NULL || chunk->size - chunk->used < rounded) {
        size_t size_of_new = new_chunk_size(arena, rounded);
        arena->chunk_size = size_after(arena, size_of_new);
        chunk = chunk_new(size_of_new);
        chunk->next = arena->head;
        arena->head = chunk;
    }
    void *memory = chunk->data + chunk->used;
    chunk->used += rounded;
    arena->allocated += rounded;
    return memory;
}

void *arena_calloc(struct arena *arena, size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size) {
        fprintf(stderr, "lethe: arena request overflows\n");
        abort();
    }
    void *memory = arena_alloc(arena, count * size);
    memset(memory, 0, count * size);
    return memory;
}

char *arena_strndup(struct arena *arena, const char *text, size_t len)
{
    char *copy = arena_alloc(arena, len + 1);
    if (len != 0) {
        memcpy(copy, text, len);
    }
    copy[len] = '\0';
    return copy;
}

char *arena_printf(struct arena *arena, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int needed = vsnprintf(NULL, 0, format, args);
    va_end(args);
    if (needed < 0) {
        return arena_strndup(arena, "", 0);
    }
    char *text = arena_alloc(arena, (size_t)needed + 1);
    va_start(args, format);
    vsnprintf(text, (size_t)needed + 1, format, args);
    va_end(args);
    return text;
}

static void chunk_wipe_and_free(struct arena_chunk *chunk)
{
    explicit_bzero(chunk->data, chunk->used);
    struct chunk_stack *cache = cache_for(chunk->size);
    if (cache != NULL && cache->count < cache_limit(chunk->size)) {
        cache->chunks[cache->count++] = chunk;
        return;
    }
    free(chunk);
}

void arena_cache_release(void)
{
    for (size_t i = 0; i < sizeof chunk_cache / sizeof chunk_cache[0]; i++) {
        while (chunk_cache[i].count > 0) {
            free(chunk_cache[i].chunks[--chunk_cache[i].count]);
        }
    }
}

void arena_clear(struct arena *arena)
{
    struct arena_chunk *chunk = arena->head;
    if (chunk == NULL) {
        return;
    }
    /* Keep the oldest chunk (the smallest): a streaming request clears its scratch arena
     * after every event, and must not pay a malloc per event for it. */
    while (chunk->next != NULL) {
        struct arena_chunk *next = chunk->next;
        chunk_wipe_and_free(chunk);
        chunk = next;
    }
    explicit_bzero(chunk->data, chunk->used);
    chunk->used = 0;
    arena->head = chunk;
    arena->allocated = 0;
    /* Back to the growth state right after the kept chunk, or a per-event scratch arena
     * would ratchet towards the largest chunk size one event at a time. */
    arena->chunk_size = size_after(arena, chunk->size);
}

void arena_release(struct arena *arena)
{
    struct arena_chunk *chunk = arena->head;
    while (chunk != NULL) {
        struct arena_chunk *next = chunk->next;
        chunk_wipe_and_free(chunk);
        chunk = next;
    }
    arena->head = NULL;
    arena->chunk_size = arena->first_chunk_size;
    arena->allocated = 0;
}
