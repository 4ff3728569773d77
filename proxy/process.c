/* process.c — see process.h. */
#include "proxy/process.h"

#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include "providers/breaker.h"
#include "proxy/access_log.h"
#include "proxy/audit.h"
#include "proxy/limits.h"
#include "proxy/metrics.h"
#include "transforms/foundation/shared.h"

struct descriptor_limit apply_process_settings(void)
{
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    struct descriptor_limit descriptors = { 0, 0 };
    struct rlimit files;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        descriptors.found = descriptors.now = (unsigned long)files.rlim_cur;
        if (files.rlim_cur < files.rlim_max) {
            files.rlim_cur = files.rlim_max;
            if (setrlimit(RLIMIT_NOFILE, &files) == 0) {
                descriptors.now = (unsigned long)files.rlim_max;
            }
        }
    }
    signal(SIGPIPE, SIG_IGN);
    /* Under a file size limit, a log or audit write past it must fail with EFBIG (the
     * audit chain cuts the partial line off), not kill the worker. */
    signal(SIGXFSZ, SIG_IGN);
    /* Every request frees its arena at once; with glibc's default thresholds that memory
     * goes back to the kernel and is faulted in again by the next request. Keep it. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    return descriptors;
}

/* Limits that apply to anyone: their buckets are made only when one is configured. */
static bool any_limit_configured(const struct config *config)
{
    bool any_limit = config->ip_rpm > 0;
    for (size_t i = 0; i < config->key_count; i++) {
        const struct gateway_key *key = &config->keys[i];
        any_limit = any_limit || key->rpm > 0 || key->tpm > 0 || key->budget_usd_day > 0;
    }
    return any_limit;
}

bool process_state_open(struct process_state *process, struct config *config, struct scrubber *scrubber,
                        const char *config_path, char *error, size_t error_size)
{
    *process = (struct process_state){ .config = config, .scrubber = scrubber, .config_path = config_path };
    process->access_log_fd = access_log_open(config->access_log, error, error_size);
    if (config->access_log != NULL && strcmp(config->access_log, "off") != 0 && process->access_log_fd < 0) {
        return false;
    }
    /* One slot per worker; a single worker without a master is slot 0. */
    process->metrics = metrics_create((size_t)config->workers);
    process->breakers = breaker_store_create(BREAKER_STORE_CAPACITY);
    if (process->breakers == NULL) {
        snprintf(error, error_size, "cannot map the shared circuit breakers");
        process_state_close(process);
        return false;
    }
    process->reloads_seen = shared_map(sizeof *process->reloads_seen);
    if (process->reloads_seen != NULL) {
        atomic_init(process->reloads_seen, 0);
    }
    if (config->audit_file != NULL) {
        process->audit = audit_open(config->audit_file, error, error_size);
        if (process->audit == NULL) {
            process_state_close(process);
            return false;
        }
    }
    /* Made before the workers fork, so they share one set of buckets. */
    if (any_limit_configured(config)) {
        process->limits = rate_limits_create(config->key_count, config->ip_rpm, (size_t)config->workers);
    }
    return true;
}

/* The access log stays open to the end: it may be stdout or stderr. */
void process_state_close(struct process_state *process)
{
    rate_limits_destroy(process->limits);
    audit_close(process->audit);
    metrics_destroy(process->metrics);
    breaker_store_destroy(process->breakers);
    shared_unmap(process->reloads_seen, sizeof *process->reloads_seen);
}

void process_signal_set(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGCHLD);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
}
