/* clock.h — the one clock and the one ms→timeval conversion.
 *
 * clock_monotonic_ms reads CLOCK_MONOTONIC: it never jumps with the wall clock, and every
 * process on the machine reads the same one, so a time taken in one worker means the same
 * in another (breakers and limits in shared memory compare such times). Uses nothing of
 * lethe. */
#ifndef LETHE_CLOCK_H
#define LETHE_CLOCK_H

#include <sys/time.h>

/* Milliseconds since an arbitrary fixed point (the machine's boot). */
long long clock_monotonic_ms(void);
/* The same with the fraction of a millisecond, for latencies. */
double clock_monotonic_ms_exact(void);

/* A delay in milliseconds as libevent takes it. A negative delay is taken as zero. */
struct timeval timeval_from_ms(long ms);

#endif
