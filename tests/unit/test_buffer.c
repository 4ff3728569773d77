/* transforms/buffer.h: a growable, always NUL-terminated byte string in an arena. */
#include "tests/unit/unit.h"

#include "transforms/foundation/buffer.h"

struct buffer_fixture {
    struct arena arena;
    struct buffer buffer;
};

static int setup(void **state)
{
    struct buffer_fixture *fixture = calloc(1, sizeof *fixture);
    arena_init(&fixture->arena, 256);
    buffer_init(&fixture->buffer, &fixture->arena, 8);
    *state = fixture;
    return 0;
}

static int teardown(void **state)
{
    struct buffer_fixture *fixture = *state;
    arena_release(&fixture->arena);
    free(fixture);
    return 0;
}

static struct buffer *buffer_of(void **state)
{
    return &((struct buffer_fixture *)*state)->buffer;
}

/* The invariants every operation keeps. */
static void assert_well_formed(const struct buffer *buffer)
{
    assert_non_null(buffer->data);
    assert_true(buffer->len < buffer->cap);
    assert_int_equal(buffer->data[buffer->len], '\0');
}

static void starts_empty_and_terminated(void **state)
{
    struct buffer *buffer = buffer_of(state);
    assert_int_equal(buffer->len, 0);
    assert_true(buffer->cap >= 64);                       /* small requests are rounded up */
    assert_string_equal(buffer->data, "");
    assert_well_formed(buffer);
}

static void append_grows_and_stays_terminated(void **state)
{
    struct buffer *buffer = buffer_of(state);
    for (int i = 0; i < 10000; i++) {
        buffer_append_char(buffer, (char)('a' + i % 26));
        assert_well_formed(buffer);
    }
    assert_int_equal(buffer->len, 10000);
    for (int i = 0; i < 10000; i++) {
        assert_int_equal(buffer->data[i], 'a' + i % 26);
    }
    buffer_append(buffer, "xyz", 3);
    buffer_append_cstr(buffer, "!");
    buffer_append(buffer, NULL, 0);
    assert_well_formed(buffer);
    assert_int_equal(buffer->len, 10004);
    assert_memory_equal(buffer->data + 10000, "xyz!", 5);
}

static void append_keeps_binary_bytes(void **state)
{
    struct buffer *buffer = buffer_of(state);
    buffer_append(buffer, "a\0b", 3);
    buffer_append(buffer, "\xff\x00", 2);
    assert_int_equal(buffer->len, 5);
    assert_memory_equal(buffer->data, "a\0b\xff\0\0", 6);
    assert_well_formed(buffer);
}

static void printf_short_and_long(void **state)
{
    struct buffer *buffer = buffer_of(state);
    buffer_printf(buffer, "%d-%s", 12, "ab");
    assert_string_equal(buffer->data, "12-ab");
    /* Around the 256-byte fast path: 255, 256 and 257 characters, and much longer. */
    size_t lengths[] = { 255, 256, 257, 4000 };
    size_t expected_len = buffer->len;
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        buffer_printf(buffer, "%0*d", (int)lengths[i], 1);
        expected_len += lengths[i];
        assert_int_equal(buffer->len, expected_len);
        assert_well_formed(buffer);
        assert_int_equal(buffer->data[buffer->len - 1], '1');
        assert_int_equal(buffer->data[buffer->len - 2], '0');
    }
    assert_int_equal(strlen(buffer->data), buffer->len);
}

static void many_printfs_concatenate(void **state)
{
    struct buffer *buffer = buffer_of(state);
    for (int i = 0; i < 2000; i++) {
        buffer_printf(buffer, "%d,", i);
    }
    assert_well_formed(buffer);
    assert_true(strncmp(buffer->data, "0,1,2,3,", 8) == 0);
    assert_non_null(strstr(buffer->data, ",1999,"));
    assert_int_equal(strlen(buffer->data), buffer->len);
}

static void reset_empties_and_keeps_capacity(void **state)
{
    struct buffer *buffer = buffer_of(state);
    for (int i = 0; i < 100; i++) {
        buffer_append_cstr(buffer, "0123456789");
    }
    size_t cap = buffer->cap;
    char *data = buffer->data;
    buffer_reset(buffer);
    assert_int_equal(buffer->len, 0);
    assert_string_equal(buffer->data, "");
    assert_int_equal(buffer->cap, cap);
    assert_ptr_equal(buffer->data, data);
    buffer_append_cstr(buffer, "again");
    assert_string_equal(buffer->data, "again");
    assert_ptr_equal(buffer->data, data);                 /* no growth needed */
}

/* After reserve(n), n more bytes go in without moving the data. */
static void reserve_makes_room_up_front(void **state)
{
    struct buffer *buffer = buffer_of(state);
    buffer_append_cstr(buffer, "head");
    buffer_reserve(buffer, 1000);
    assert_true(buffer->cap >= buffer->len + 1000 + 1);
    char *data = buffer->data;
    for (int i = 0; i < 1000; i++) {
        buffer_append_char(buffer, 'x');
    }
    assert_ptr_equal(buffer->data, data);
    assert_int_equal(buffer->len, 1004);
    assert_well_formed(buffer);
    assert_memory_equal(buffer->data, "headxxx", 7);
}

/* Growth wipes the block it leaves behind, so a long stream does not leave copies of its
 * text through the arena. */
static void growth_wipes_the_old_block(void **state)
{
    struct buffer *buffer = buffer_of(state);
    buffer_append_cstr(buffer, "a secret value");
    char *old = buffer->data;
    size_t old_len = buffer->len;
    char filler[200];
    memset(filler, 'f', sizeof filler);
    buffer_append(buffer, filler, sizeof filler);
    assert_ptr_not_equal(buffer->data, old);
    assert_memory_equal(buffer->data, "a secret value", old_len);
    for (size_t i = 0; i < old_len; i++) {
        assert_int_equal(old[i], 0);
    }
}

/* A lazy buffer holds no arena memory until its first append, reads as empty before it,
 * and behaves as any other after. */
static void lazy_takes_nothing_until_written(void **state)
{
    struct buffer_fixture *fixture = *state;
    size_t before = fixture->arena.allocated;
    struct buffer lazy;
    buffer_init_lazy(&lazy, &fixture->arena);
    assert_int_equal(fixture->arena.allocated, before);
    assert_int_equal(lazy.len, 0);
    assert_string_equal(lazy.data, "");
    buffer_reset(&lazy);
    assert_int_equal(fixture->arena.allocated, before);
    assert_string_equal(lazy.data, "");
    buffer_append_cstr(&lazy, "first");
    assert_true(fixture->arena.allocated >= before + BUFFER_LAZY_FIRST);
    assert_int_equal(lazy.cap, BUFFER_LAZY_FIRST);
    assert_string_equal(lazy.data, "first");
    assert_well_formed(&lazy);
    char filler[600];
    memset(filler, 'f', sizeof filler);
    buffer_append(&lazy, filler, sizeof filler);
    assert_int_equal(lazy.len, 5 + sizeof filler);
    assert_well_formed(&lazy);
    /* A second lazy buffer still reads empty: nothing was written where the first began. */
    struct buffer other;
    buffer_init_lazy(&other, &fixture->arena);
    assert_string_equal(other.data, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(starts_empty_and_terminated, setup, teardown),
        cmocka_unit_test_setup_teardown(append_grows_and_stays_terminated, setup, teardown),
        cmocka_unit_test_setup_teardown(append_keeps_binary_bytes, setup, teardown),
        cmocka_unit_test_setup_teardown(printf_short_and_long, setup, teardown),
        cmocka_unit_test_setup_teardown(many_printfs_concatenate, setup, teardown),
        cmocka_unit_test_setup_teardown(reset_empties_and_keeps_capacity, setup, teardown),
        cmocka_unit_test_setup_teardown(reserve_makes_room_up_front, setup, teardown),
        cmocka_unit_test_setup_teardown(growth_wipes_the_old_block, setup, teardown),
        cmocka_unit_test_setup_teardown(lazy_takes_nothing_until_written, setup, teardown),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
