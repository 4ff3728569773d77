/* supervisor.c — see supervisor.h. */
#include "proxy/supervisor.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "proxy/limits.h"
#include "proxy/log.h"
#include "proxy/metrics.h"
#include "proxy/worker.h"
#include "transforms/foundation/clock.h"

enum { CRASH_LOOP_MS = 1000 };     /* a worker that dies sooner after starting is restarted a second later */

struct supervisor {
    const struct process_state *process;
    int count;
    pid_t *children;               /* by slot; 0: that slot's worker has exited */
    long long *started_ms;         /* by slot: when its worker was started (clock_monotonic_ms) */
    bool stopping;                 /* SIGTERM or SIGINT came: reaped workers stay gone */
    int alive;
};

/* The worker inherits the master's blocked signals and unblocks them once its loop has
 * handlers for them. Its slot names its share of the shared gauges and reservations,
 * which the master takes back when it reaps it. */
static void start_worker(struct supervisor *supervisor, int slot)
{
    const struct process_state *process = supervisor->process;
    pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);         /* a worker never outlives its master */
        metrics_set_worker_slot(process->metrics, (unsigned)slot);
        rate_limits_set_worker_slot(process->limits, (unsigned)slot);
        exit(worker_run(process, WORKER_OF_MASTER));
    }
    supervisor->children[slot] = pid;
    supervisor->started_ms[slot] = clock_monotonic_ms();
}

/* A worker is gone: what it held in flight is no longer held by anyone. Its requests
 * served, spent and counted stay counted. */
static void reclaim_worker_slot(const struct process_state *process, int slot)
{
    metrics_reclaim_worker_slot(process->metrics, (unsigned)slot);
    rate_limits_reclaim_worker_slot(process->limits, (unsigned)slot);
}

/* SIGTERM, SIGINT or SIGHUP: to every worker alive. */
static void pass_signal_on(struct supervisor *supervisor, int signal_number)
{
    supervisor->stopping = supervisor->stopping || signal_number != SIGHUP;
    if (signal_number == SIGHUP && supervisor->process->reloads_seen != NULL) {
        atomic_fetch_add(supervisor->process->reloads_seen, 1);
    }
    for (int i = 0; i < supervisor->count; i++) {
        if (supervisor->children[i] > 0) {
            kill(supervisor->children[i], signal_number);
        }
    }
}

static int slot_of(const struct supervisor *supervisor, pid_t pid)
{
    for (int i = 0; i < supervisor->count; i++) {
        if (supervisor->children[i] == pid) {
            return i;
        }
    }
    return -1;
}

/* SIGCHLD: reap every worker that exited, and restart it unless the master is stopping. */
static void reap_workers(struct supervisor *supervisor)
{
    int status = 0;
    pid_t gone;
    while ((gone = waitpid(-1, &status, WNOHANG)) > 0) {
        int slot = slot_of(supervisor, gone);
        if (slot < 0) {
            continue;
        }
        supervisor->children[slot] = 0;
        supervisor->alive--;
        reclaim_worker_slot(supervisor->process, slot);
        if (supervisor->stopping) {
            continue;
        }
        log_error("worker %d (pid %d) %s %d: starting another", slot, (int)gone,
                  WIFSIGNALED(status) ? "died from signal" : "exited with status",
                  WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
        if (clock_monotonic_ms() - supervisor->started_ms[slot] < CRASH_LOOP_MS) {
            sleep(1);
        }
        start_worker(supervisor, slot);
        supervisor->alive++;
    }
}

enum exit_status supervisor_run(const struct process_state *process, int count)
{
    struct supervisor supervisor = {
        .process = process,
        .count = count,
        .children = calloc((size_t)count, sizeof *supervisor.children),
        .started_ms = calloc((size_t)count, sizeof *supervisor.started_ms),
        .alive = count,
    };
    if (supervisor.children == NULL || supervisor.started_ms == NULL) {
        free(supervisor.children);
        free(supervisor.started_ms);
        return EXIT_STATUS_FAILURE;
    }
    /* The master waits for its signals synchronously: no handler, no race between a
     * signal and the wait for a child. */
    sigset_t signals;
    process_signal_set(&signals);
    sigprocmask(SIG_BLOCK, &signals, NULL);
    for (int slot = 0; slot < count; slot++) {
        start_worker(&supervisor, slot);
    }
    while (supervisor.alive > 0) {
        int signal_number = sigwaitinfo(&signals, NULL);
        if (signal_number == SIGTERM || signal_number == SIGINT || signal_number == SIGHUP) {
            pass_signal_on(&supervisor, signal_number);
        } else if (signal_number == SIGCHLD) {
            reap_workers(&supervisor);
        }
    }
    free(supervisor.children);
    free(supervisor.started_ms);
    return EXIT_STATUS_OK;
}
