/* worker.h — one worker's life: one event loop serving the port until it is told to stop.
 *
 * worker_run builds the gateway on the state main made before the fork (struct
 * process_state), listens, and runs the loop, wiping the stack and the vector registers
 * after each pass. SIGTERM or SIGINT drain it (/readyz turns 503, the listener closes,
 * what is in flight finishes, up to drain_timeout_ms; a second signal stops at once),
 * SIGHUP reloads the config (proxy/generation.h), and the audit chain is synced on a
 * timer. It returns the process's exit status once the loop has ended. */
#ifndef LETHE_WORKER_H
#define LETHE_WORKER_H

#include "proxy/process.h"

enum worker_role {
    WORKER_ALONE,          /* the only process: it binds the port by itself */
    WORKER_OF_MASTER,      /* one of several forked by proxy/supervisor.c: SO_REUSEPORT */
};

enum exit_status worker_run(const struct process_state *process, enum worker_role role);

#endif
