/* clock.c — see clock.h. */
#include "transforms/foundation/clock.h"

#include <time.h>

long long clock_monotonic_ms(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

double clock_monotonic_ms_exact(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6;
}

struct timeval timeval_from_ms(long ms)
{
    if (ms < 0) {
        ms = 0;
    }
    return (struct timeval){ .tv_sec = ms / 1000, .tv_usec = (ms % 1000) * 1000 };
}
