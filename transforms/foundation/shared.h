/* shared.h — memory every worker sees: mapped before they fork, guarded by a spin lock.
 *
 * Rate limits, the metrics table, the audit chain's head and the reload count live in
 * such mappings. Every critical section is a few steps, so a spin lock is enough and no
 * worker ever sleeps holding one.
 *
 * A worker can still die holding one (kill -9 lands anywhere). A worker_lock records
 * who holds it, so the master, once it has reaped that worker, can take the lock back
 * instead of leaving every other worker spinning forever. Holders are worker slots
 * (0 .. workers-1) and the master (SHARED_HOLDER_MASTER). */
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

enum { SHARED_HOLDER_MASTER = 0xffff };     /* above any worker slot (at most 256) */

struct worker_lock {
    atomic_uint holder;                     /* 0: free; otherwise the holder's id + 1 */
};

static inline void worker_lock_init(struct worker_lock *lock)
{
    atomic_init(&lock->holder, 0);
}

static inline void worker_lock_acquire(struct worker_lock *lock, unsigned holder_id)
{
    for (;;) {
        unsigned expected = 0;
        if (atomic_compare_exchange_weak_explicit(&lock->holder, &expected, holder_id + 1, memory_order_acquire,
                                                  memory_order_relaxed)) {
            return;
        }
        while (atomic_load_explicit(&lock->holder, memory_order_relaxed) != 0) {
        }
    }
}

static inline void worker_lock_release(struct worker_lock *lock)
{
    atomic_store_explicit(&lock->holder, 0, memory_order_release);
}

/* The master reaped `dead_id`: if it died holding the lock, free it. What it was
 * changing may be half done; the callers reset what that worker owned right after. */
static inline void worker_lock_reclaim(struct worker_lock *lock, unsigned dead_id)
{
    unsigned expected = dead_id + 1;
    atomic_compare_exchange_strong_explicit(&lock->holder, &expected, 0, memory_order_acq_rel, memory_order_relaxed);
}

#endif
