/* supervisor.h — the master of several workers: it serves nothing itself.
 *
 * supervisor_run forks `count` workers (proxy/worker.h) into slots 0..count-1, each naming
 * its share of the shared gauges and reservations by its slot. It passes SIGTERM, SIGINT
 * and SIGHUP on to every worker (counting SIGHUPs in process->reloads_seen, so a worker
 * started later reads the latest file), and restarts a worker that dies unasked, after
 * taking back what its slot held in flight (metrics_reclaim_worker_slot,
 * rate_limits_reclaim_worker_slot), and after a second's wait if that slot died within a
 * second of starting, so a crash loop does not spin. It returns once all workers have
 * exited after a stop. */
#ifndef LETHE_SUPERVISOR_H
#define LETHE_SUPERVISOR_H

#include "proxy/process.h"

enum exit_status supervisor_run(const struct process_state *process, int count);

#endif
