/* shared.h — memory every worker sees: mapped before they fork, guarded by a spin lock.
 *
 * Rate limits, the metrics table, the audit chain's head and the reload count live in
 * such mappings. Every critical section is a few steps, so a spin lock is enough and no
 * worker ever sleeps holding one. */
#ifndef LETHE_SHARED_H
#define LETHE_SHARED_H

#include <stdatomic.h>
#include <stddef.h>
#include <sys/mman.h>

/* Zeroed shared memory of `size` bytes, or NULL. */
static inline void *shared_map(size_t size)
{
    void *mapping = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    return mapping == MAP_FAILED ? NULL : mapping;
}

static inline void shared_unmap(void *mapping, size_t size)
{
    if (mapping != NULL) {
        munmap(mapping, size);
    }
}

static inline void spin_lock(atomic_flag *lock)
{
    while (atomic_flag_test_and_set_explicit(lock, memory_order_acquire)) {
    }
}

static inline void spin_unlock(atomic_flag *lock)
{
    atomic_flag_clear_explicit(lock, memory_order_release);
}

#endif
