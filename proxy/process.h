/* process.h — what the whole lethe process is, whatever its role (a lone worker, a
 * master, or one of its workers).
 *
 * apply_process_settings() sets the process-wide limits and dispositions once, first
 * thing: no core dumps, as many descriptors as allowed, SIGPIPE and SIGXFSZ ignored, and
 * malloc's thresholds for the request path. struct process_state holds what main makes
 * before any worker forks, so that every worker inherits the same shared tables, log and
 * audit chain; process_state_open makes it and process_state_close undoes it. */
#ifndef LETHE_PROCESS_H
#define LETHE_PROCESS_H

#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "proxy/config.h"

struct scrubber;

/* What lethe exits with (the EXIT STATUS section of the help). */
enum exit_status {
    EXIT_STATUS_OK = 0,           /* a clean stop, a valid --check, a tool that succeeded */
    EXIT_STATUS_FAILURE = 1,      /* a bad config, a port that cannot be bound, a failed tool */
    EXIT_STATUS_USAGE = 2,        /* bad command-line arguments */
};

/* The descriptor limit start-up found and the one it set (the hard limit): every open
 * stream holds two descriptors, so the log says how many streams a worker can hold. */
struct descriptor_limit {
    unsigned long found, now;
};

struct process_state {
    struct descriptor_limit descriptors;
    struct config *config;             /* main's: the first generation of every worker */
    struct scrubber *scrubber;         /* compiled from config; NULL when scrubbing is off */
    const char *config_path;           /* -c FILE: what SIGHUP reads again; NULL: nothing to read */
    int access_log_fd;                 /* -1: no access log */
    struct audit_chain *audit;         /* NULL: no audit chain; one chain for every worker */
    struct metrics *metrics;           /* one set of series, a slot per worker */
    struct breaker_store *breakers;    /* one breaker per target, for every worker */
    struct rate_limits *limits;        /* NULL: no limit configured; one set of buckets */
    atomic_uint *reloads_seen;         /* SIGHUPs the master passed on: a restarted worker
                                          applies the latest file at once; NULL if unmapped */
};

/* Content must not survive in a core file; many streams need many descriptors; a write
 * past a file size limit fails instead of killing; request arenas stay in the heap. */
struct descriptor_limit apply_process_settings(void);

/* The shared tables, the access log and the audit chain for `config` (and its
 * `scrubber`), made before any fork. False with a one-line error; nothing stays open. */
bool process_state_open(struct process_state *process, struct config *config, struct scrubber *scrubber,
                        const char *config_path, char *error, size_t error_size);
void process_state_close(struct process_state *process);

/* The signals the process handles: the master waits for them, and its workers inherit
 * them blocked until their loop has handlers for them. */
void process_signal_set(sigset_t *set);

#endif
