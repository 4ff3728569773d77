/* arena.h — per-request memory.
 *
 * Everything a request holds (raw body, canonical request, stream buffers, and later
 * the scrub vault) is bump-allocated from one arena and released at once. Release
 * zeroes every byte that was handed out before the memory goes back to malloc, so no
 * content outlives its request. Allocation never fails: out of memory aborts, as in
 * redis, because a gateway that limps on without memory serves nobody. */
#ifndef LETHE_ARENA_H
#define LETHE_ARENA_H

#include <stddef.h>

struct arena_chunk;

/* A client request's arena (arena_init_request): a first chunk that holds an ordinary
 * short request while it waits for its provider (~3.6 KB: its body is parsed and dropped,
 * and buffers for the answer are made at its first byte), then small chunks growing from
 * 2 KiB for what its answer adds. An open stream holds every byte of it: a first chunk
 * sized for a long request would be paid by every short one. Chunks of these sizes are
 * recycled. */
enum { ARENA_REQUEST_CHUNK = 4 * 1024, ARENA_REQUEST_GROWTH = 2 * 1024 };

struct arena {
    struct arena_chunk *head;    /* newest chunk first */
    size_t chunk_size;           /* size of the next ordinary chunk */
    size_t first_chunk_size;
    size_t second_chunk_size;    /* a power of two: ordinary chunks double from it */
    size_t allocated;            /* bytes handed out, for accounting */
};

/* Chunks of first_chunk_size, then doubling from the power of two at or above twice it. */
void arena_init(struct arena *arena, size_t first_chunk_size);
/* ARENA_REQUEST_CHUNK, then ARENA_REQUEST_GROWTH doubling. */
void arena_init_request(struct arena *arena);
void *arena_alloc(struct arena *arena, size_t size);           /* 16-byte aligned, uninitialised */
void *arena_calloc(struct arena *arena, size_t count, size_t size);
char *arena_strndup(struct arena *arena, const char *text, size_t len); /* NUL-terminated copy */
char *arena_printf(struct arena *arena, const char *format, ...)
    __attribute__((format(printf, 2, 3), nonnull(2)));
/* Zero what was handed out and keep only the first chunk, ready for reuse. */
void arena_clear(struct arena *arena);
/* Zero what was handed out and free everything. */
void arena_release(struct arena *arena);
/* Free the wiped chunks kept for reuse (at exit, so leak checkers see a clean heap). */
void arena_cache_release(void);

#endif
