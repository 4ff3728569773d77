/* transforms/arena.h: bump allocation, alignment, growth, clearing and wiping. */
#include "tests/unit/unit.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "transforms/foundation/arena.h"

static bool is_aligned(const void *pointer)
{
    return (uintptr_t)pointer % 16 == 0;
}

static bool all_bytes_are(const unsigned char *bytes, size_t len, unsigned char value)
{
    for (size_t i = 0; i < len; i++) {
        if (bytes[i] != value) {
            return false;
        }
    }
    return true;
}

/* Run fn in a child process and report whether it died of SIGABRT. */
static bool aborts(void (*fn)(void))
{
    fflush(NULL);
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        FILE *quiet = freopen("/dev/null", "w", stderr);
        (void)quiet;
        fn();
        _exit(0);
    }
    int status = 0;
    assert_int_equal(waitpid(child, &status, 0), child);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void every_allocation_is_16_byte_aligned(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 256);
    for (size_t size = 1; size <= 300; size++) {
        unsigned char *memory = arena_alloc(&arena, size);
        assert_true(is_aligned(memory));
        memset(memory, 0x5a, size);                       /* ASan: all of it is ours */
    }
    assert_true(is_aligned(arena_calloc(&arena, 3, 7)));
    assert_true(is_aligned(arena_strndup(&arena, "abc", 3)));
    assert_true(is_aligned(arena_printf(&arena, "%d", 7)));
    arena_release(&arena);
}

/* Thousands of allocations span many chunks; none overlaps another. */
static void growth_across_many_chunks_keeps_every_block_intact(void **state)
{
    (void)state;
    enum { COUNT = 5000 };
    struct arena arena;
    arena_init(&arena, 256);
    unsigned char **blocks = calloc(COUNT, sizeof *blocks);
    size_t expected_accounting = 0;
    for (size_t i = 0; i < COUNT; i++) {
        size_t size = i % 200 + 1;
        blocks[i] = arena_alloc(&arena, size);
        memset(blocks[i], (int)(i & 0xff), size);
        expected_accounting += (size + 15) & ~(size_t)15;
    }
    for (size_t i = 0; i < COUNT; i++) {
        assert_true(all_bytes_are(blocks[i], i % 200 + 1, (unsigned char)(i & 0xff)));
    }
    assert_int_equal(arena.allocated, expected_accounting);
    free(blocks);
    arena_release(&arena);
}

static void large_allocations_get_a_chunk_of_their_own(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 256);
    unsigned char *small = arena_alloc(&arena, 32);
    memset(small, 1, 32);
    size_t big_size = (size_t)3 << 20;                    /* above the largest ordinary chunk */
    unsigned char *big = arena_alloc(&arena, big_size);
    assert_true(is_aligned(big));
    memset(big, 2, big_size);
    unsigned char *after = arena_alloc(&arena, 64);       /* small ones go on working */
    memset(after, 3, 64);
    unsigned char *zeroed = arena_calloc(&arena, 1 << 20, 2);
    assert_true(all_bytes_are(zeroed, (size_t)2 << 20, 0));
    assert_true(all_bytes_are(small, 32, 1));
    assert_true(all_bytes_are(big, big_size, 2));
    assert_true(all_bytes_are(after, 64, 3));
    arena_release(&arena);
}

static void calloc_zeroes_and_strndup_terminates(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 256);
    unsigned char *dirty = arena_alloc(&arena, 128);
    memset(dirty, 0xee, 128);
    unsigned char *clean = arena_calloc(&arena, 16, 8);
    assert_true(all_bytes_are(clean, 128, 0));
    char *copy = arena_strndup(&arena, "hello, world", 5);
    assert_string_equal(copy, "hello");
    char *empty = arena_strndup(&arena, NULL, 0);
    assert_string_equal(empty, "");
    char *binary = arena_strndup(&arena, "a\0b", 3);
    assert_memory_equal(binary, "a\0b\0", 4);
    arena_release(&arena);
}

static void arena_printf_formats_short_and_long_text(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 256);
    assert_string_equal(arena_printf(&arena, "%s-%d-%.2f", "x", 42, 0.5), "x-42-0.50");
    assert_string_equal(arena_printf(&arena, "%s", ""), "");
    char *long_text = arena_printf(&arena, "[%*d]", 5000, 7);   /* larger than the first chunk */
    assert_int_equal(strlen(long_text), 5002);
    assert_int_equal(long_text[0], '[');
    assert_int_equal(long_text[4999], ' ');
    assert_int_equal(long_text[5000], '7');
    assert_int_equal(long_text[5001], ']');
    assert_string_equal(arena_printf(&arena, "%s %s", "Grüße", "東京"), "Grüße 東京");
    arena_release(&arena);
}

/* After a clear the arena hands out memory again, and what it held was wiped. */
static void arena_clear_wipes_and_keeps_working(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 1024);
    unsigned char *first = arena_alloc(&arena, 512);
    memset(first, 0xab, 512);
    for (int i = 0; i < 100; i++) {                       /* spill into more chunks */
        memset(arena_alloc(&arena, 700), 0xcd, 700);
    }
    arena_clear(&arena);
    assert_int_equal(arena.allocated, 0);
    /* The oldest chunk is kept: the first allocation lands where it did before, and the
     * bytes it held are gone. */
    unsigned char *again = arena_alloc(&arena, 512);
    assert_ptr_equal(again, first);
    assert_true(all_bytes_are(again, 512, 0));
    for (int round = 0; round < 50; round++) {
        for (int i = 0; i < 40; i++) {
            unsigned char *memory = arena_alloc(&arena, (size_t)(i * 37 + 1));
            assert_true(is_aligned(memory));
            memset(memory, round, (size_t)(i * 37 + 1));
        }
        arena_clear(&arena);
        assert_int_equal(arena.allocated, 0);
    }
    arena_clear(&arena);                                  /* clearing an empty arena is fine */
    arena_release(&arena);
    arena_clear(&arena);                                  /* and so is clearing a released one */
    arena_release(&arena);
}

/* A streaming request clears its scratch arena after every event. The same work after a
 * clear must cost the same: an event that spills past the first chunk may take one more
 * chunk, but not a larger one after every clear (up to 1 MB per event). */
static void clear_does_not_ratchet_chunk_growth(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    size_t first_cycle = 0;
    for (int event = 0; event < 10; event++) {
        memset(arena_alloc(&arena, 10000), 1, 10000);
        memset(arena_alloc(&arena, 10000), 2, 10000);     /* spills into a second chunk */
        if (event == 0) {
            first_cycle = arena.chunk_size;
        } else if (arena.chunk_size != first_cycle) {
            size_t grown = arena.chunk_size;
            arena_release(&arena);
            fail_msg("after %d clears the next chunk is %zu bytes, after the first event it was %zu",
                     event, grown, first_cycle);
        }
        arena_clear(&arena);
    }
    arena_release(&arena);
}

/* Release frees everything (LeakSanitizer checks at exit) and wipes what it recycles: a
 * request-sized chunk handed to the next arena comes back all zero. */
static void arena_release_leaves_nothing(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    unsigned char *secret = arena_alloc(&arena, ARENA_REQUEST_CHUNK);
    memset(secret, 0x77, ARENA_REQUEST_CHUNK);
    for (int i = 0; i < 20; i++) {
        memset(arena_alloc(&arena, 4000), 0x66, 4000);
    }
    arena_release(&arena);
    assert_null(arena.head);
    assert_int_equal(arena.allocated, 0);

    struct arena next;
    arena_init(&next, ARENA_REQUEST_CHUNK);
    unsigned char *recycled = arena_alloc(&next, ARENA_REQUEST_CHUNK);
    assert_true(all_bytes_are(recycled, ARENA_REQUEST_CHUNK, 0));
    arena_release(&next);

    /* A released arena can be used again and released again. */
    memset(arena_alloc(&arena, 100), 1, 100);
    arena_release(&arena);
    arena_release(&arena);
    arena_cache_release();
}

static void overflow_in_arena_alloc(void)
{
    struct arena arena;
    arena_init(&arena, 256);
    arena_alloc(&arena, SIZE_MAX - 3);
}

static void overflow_in_arena_calloc(void)
{
    struct arena arena;
    arena_init(&arena, 256);
    arena_calloc(&arena, SIZE_MAX / 2, 4);
}

static void size_overflow_aborts(void **state)
{
    (void)state;
    assert_true(aborts(overflow_in_arena_alloc));
    assert_true(aborts(overflow_in_arena_calloc));
}

static int release_cache(void **state)
{
    (void)state;
    arena_cache_release();
    return 0;
}

/* An arena grows from its first chunk into 16 and 32 KiB ones (a 2 KB
 * prompt uses ~45 KB). Released, those chunks are kept wiped and handed to the next
 * request: the same blocks come back, so no request pays malloc and free for them. Work
 * counted, not timed: under ASan, whose malloc never hands a freed block straight back,
 * the same address twice can only be the cache. */
static void a_request_sized_arena_reuses_its_chunks(void **state)
{
    (void)state;
    unsigned char *first[3] = { 0 };
    for (int round = 0; round < 50; round++) {
        struct arena arena;
        arena_init(&arena, ARENA_REQUEST_CHUNK);
        unsigned char *in_first = arena_alloc(&arena, 6000);
        unsigned char *in_second = arena_alloc(&arena, 12000);   /* past 8 KiB: a 16 KiB chunk */
        unsigned char *in_third = arena_alloc(&arena, 20000);    /* past that: a 32 KiB chunk */
        assert_true(all_bytes_are(in_second, 12000, 0) || round == 0);
        memset(in_first, 0x11, 6000);
        memset(in_second, 0x22, 12000);
        memset(in_third, 0x33, 20000);
        if (round == 0) {
            first[0] = in_first;
            first[1] = in_second;
            first[2] = in_third;
        } else {
            assert_ptr_equal(in_first, first[0]);
            assert_ptr_equal(in_second, first[1]);
            assert_ptr_equal(in_third, first[2]);
        }
        arena_release(&arena);
    }
    arena_cache_release();
}

/* A client request's arena: its first chunk holds an ordinary request while it waits for
 * its provider (an open stream holds it all along), what its answer adds goes into small
 * chunks from 2 KiB, and an allocation too big for the next one takes a power-of-two
 * chunk, not one of its own size, so the cache keeps it: round after round the same
 * blocks come back (counted, not timed, as above). */
static void a_request_arena_starts_small_and_recycles_every_chunk(void **state)
{
    (void)state;
    unsigned char *first[3] = { 0 };
    for (int round = 0; round < 20; round++) {
        struct arena arena;
        arena_init_request(&arena);
        unsigned char *waiting = arena_alloc(&arena, ARENA_REQUEST_CHUNK - 512);
        assert_int_equal(arena.chunk_size, ARENA_REQUEST_GROWTH);
        unsigned char *answer = arena_alloc(&arena, 1024);          /* a 2 KiB chunk */
        assert_int_equal(arena.chunk_size, 2 * ARENA_REQUEST_GROWTH);
        unsigned char *body = arena_alloc(&arena, 10000);           /* past 4 KiB: a 16 KiB chunk */
        assert_int_equal(arena.chunk_size, 32 * 1024);
        assert_true(all_bytes_are(waiting, ARENA_REQUEST_CHUNK - 512, 0) || round == 0);
        memset(waiting, 0x11, ARENA_REQUEST_CHUNK - 512);
        memset(answer, 0x22, 1024);
        memset(body, 0x33, 10000);
        if (round == 0) {
            first[0] = waiting;
            first[1] = answer;
            first[2] = body;
        } else {
            assert_ptr_equal(waiting, first[0]);
            assert_ptr_equal(answer, first[1]);
            assert_ptr_equal(body, first[2]);
        }
        arena_release(&arena);
    }
    arena_cache_release();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_is_16_byte_aligned),
        cmocka_unit_test(growth_across_many_chunks_keeps_every_block_intact),
        cmocka_unit_test(large_allocations_get_a_chunk_of_their_own),
        cmocka_unit_test(calloc_zeroes_and_strndup_terminates),
        cmocka_unit_test(arena_printf_formats_short_and_long_text),
        cmocka_unit_test(arena_clear_wipes_and_keeps_working),
        cmocka_unit_test(clear_does_not_ratchet_chunk_growth),
        cmocka_unit_test(arena_release_leaves_nothing),
        cmocka_unit_test(size_overflow_aborts),
        cmocka_unit_test(a_request_sized_arena_reuses_its_chunks),
        cmocka_unit_test(a_request_arena_starts_small_and_recycles_every_chunk),
    };
    return cmocka_run_group_tests(tests, NULL, release_cache);
}
