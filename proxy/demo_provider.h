/* demo_provider.h — `lethe --demo`'s provider: lethe-mock (the simulated provider built
 * next to this binary) run as a child on a free loopback port.
 *
 * demo_provider_start returns the child's pid once it accepts connections, or -1; the
 * child gets SIGTERM when lethe dies. demo_provider_stop ends it and waits for it. */
#ifndef LETHE_DEMO_PROVIDER_H
#define LETHE_DEMO_PROVIDER_H

#include <sys/types.h>

pid_t demo_provider_start(int *port);
/* Does nothing for a pid <= 0. */
void demo_provider_stop(pid_t demo_provider);

#endif
