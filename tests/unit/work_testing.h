/* work_testing.h — the work-counting tests' shared parts (test_pattern_work.c,
 * test_names_work.c): an adversarial shape, the text it makes at a given size, and the
 * check that the work a module counts stays linear in that text. Nothing is timed, so the
 * figures are the same on any machine and under ASan. Include after cmocka.h. */
#ifndef LETHE_TESTS_WORK_TESTING_H
#define LETHE_TESTS_WORK_TESTING_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* An adversarial input: `head` once, then `body` repeated to `size` bytes, then `tail`. */
struct shape {
    const char *name, *head, *body, *tail;
};

static inline char *build_shape(const struct shape *shape, size_t size, size_t *len)
{
    size_t head = strlen(shape->head), body = strlen(shape->body), tail = strlen(shape->tail);
    char *text = malloc(size + head + body + tail + 1);
    assert_non_null(text);
    memcpy(text, shape->head, head);
    size_t at = head;
    while (at < size) {
        memcpy(text + at, shape->body, body);
        at += body;
    }
    memcpy(text + at, shape->tail, tail);
    at += tail;
    text[at] = '\0';
    *len = at;
    return text;
}

/* The work counted for `shape` made `size` bytes long; its length in *len. */
typedef size_t (*work_of_shape)(const struct shape *shape, size_t size, size_t *len);

/* At 256 B, 1 KB, 4 KB, 16 KB, 64 KB and 256 KB: each 4x step costs at most 5x the work,
 * and no size costs more than 64 bytes examined per input byte. Every failing shape is
 * named before the test fails. */
static inline void assert_work_linear(const struct shape *shapes, size_t count, work_of_shape work_for)
{
    enum { PER_BYTE = 64 };
    int failures = 0;
    for (size_t i = 0; i < count; i++) {
        size_t previous = 0;
        for (size_t size = 256; size <= (256u << 10); size *= 4) {
            size_t len;
            size_t work = work_for(&shapes[i], size, &len);
            bool superlinear = previous > 0 && work > 5 * previous + 4096;
            bool heavy = work > PER_BYTE * len + 4096;
            if (superlinear || heavy) {
                print_message("# %s: %zu bytes examined for %zu input bytes (%zu at a quarter of the size)\n",
                              shapes[i].name, work, len, previous);
                failures++;
                break;
            }
            previous = work;
        }
    }
    assert_int_equal(failures, 0);
}

#endif
