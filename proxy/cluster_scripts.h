/* cluster_scripts.h — what lethe keeps in Redis, and the Lua scripts that keep it.
 *
 * Pure functions, no connection: the address in the config, the names of the keys, the
 * scripts' source and the argument lists of each call. proxy/cluster.c sends them.
 *
 * Every key starts with the configured prefix and carries a hash tag, so a Redis Cluster
 * may shard them while each script's keys stay in one slot:
 *
 *   PREFIX{k:ID}:rpm   hash t (tokens), u (ms)     a gateway key's request bucket
 *   PREFIX{k:ID}:tpm   hash t, u                   its token bucket
 *   PREFIX{k:ID}:budget hash day, spent, reserved (microdollars), r:RID (one reservation)
 *   PREFIX{k:ID}:held  sorted set RID -> expiry    reservations in flight, by expiry
 *   PREFIX{ip:ID}:rpm  hash t, u                   a client address's request bucket
 *   PREFIX{breakers}:LABEL        hash until, failed_at (ms), fails (consecutive), lat (us)
 *   PREFIX{breakers}:LABEL:probe  string, with a TTL: who sends the next probe
 *
 * ID is 32 hex digits: for a gateway key, SHA-256 over a fixed tag and the key's configured
 * salted hash (never the key); for an address, SHA-256 over a fixed tag, the prefix and the
 * address. LABEL is a configured provider/model. RID is a random reservation id. Times
 * are Redis's own clock (TIME), so instances need no synchronised clocks. Nothing of a
 * request's content is ever an argument. */
#ifndef LETHE_CLUSTER_SCRIPTS_H
#define LETHE_CLUSTER_SCRIPTS_H

#include <stdbool.h>
#include <stddef.h>

struct gateway_key;

/* ---- the address ---- */

enum cluster_transport { CLUSTER_TCP, CLUSTER_UNIX };

struct cluster_address {
    enum cluster_transport transport;
    char host[256];                  /* TCP */
    int port;                        /* TCP; 6379 when not given */
    char path[108];                  /* UNIX: the socket */
    int database;                    /* /db of the TCP form; 0 by default */
};

/* "redis://host[:port][/db]" or "unix:/path". False with a one-line reason. */
bool cluster_address_parse(const char *text, struct cluster_address *address, char *reason, size_t reason_size);

/* ---- the names ---- */

enum { CLUSTER_ID_TEXT = 33, CLUSTER_KEY_MAX = 512 };

/* The 32 hex digits that name a gateway key in Redis. */
void cluster_key_id(const struct gateway_key *key, char id[CLUSTER_ID_TEXT]);
/* Likewise for a client address (the address itself is never stored). */
void cluster_address_id(const char *prefix, const char *ip, char id[CLUSTER_ID_TEXT]);
/* "PREFIX{TAG:ID}:SUFFIX" or, for the breakers, "PREFIX{breakers}:LABEL[:probe]". False
 * when it would not fit. */
bool cluster_key_name(char *out, size_t size, const char *prefix, const char *tag, const char *id,
                      const char *suffix);

/* ---- the scripts ---- */

enum cluster_script {
    CLUSTER_SCRIPT_ADMIT,      /* a key's rpm, tpm and budget reservation, all or nothing */
    CLUSTER_SCRIPT_SETTLE,     /* give back or correct what ADMIT took, charge the cost */
    CLUSTER_SCRIPT_TAKE,       /* one bucket (a client address): take or give back */
    CLUSTER_SCRIPT_BREAKER,    /* one target: share its opening, claim its probe, its latency */
    CLUSTER_SCRIPT_COUNT,
};

const char *cluster_script_source(enum cluster_script script);
/* The SHA-1 EVALSHA names it by, 40 hex digits. */
void cluster_script_sha(enum cluster_script script, char sha[41]);

/* One call's arguments: "EVALSHA sha numkeys keys... args...", every string in `bytes`.
 * Small and fixed: a call copies it, to send again as EVAL after a NOSCRIPT. */
enum { CLUSTER_COMMAND_ARGS = 16, CLUSTER_COMMAND_BYTES = 1400 };

struct cluster_command {
    enum cluster_script script;
    int count;
    const char *argv[CLUSTER_COMMAND_ARGS];
    size_t lengths[CLUSTER_COMMAND_ARGS];
    size_t used;
    char bytes[CLUSTER_COMMAND_BYTES];
    bool overflow;                    /* something did not fit: never send it */
};

/* What the ADMIT script is asked. Money in microdollars. */
struct cluster_admit_args {
    const char *prefix, *key_id;
    long rpm, tpm, estimated_tokens;
    long long budget_micro, estimate_micro;   /* budget 0: no budget */
    const char *reservation_id;
    long reservation_ttl_ms;
};
/* ADMIT's verdict: the first element of its reply. */
enum cluster_admit_verdict {
    CLUSTER_ADMITTED = 0, CLUSTER_REFUSED_RPM = 1, CLUSTER_REFUSED_TPM = 2, CLUSTER_REFUSED_BUDGET = 3,
};

struct cluster_settle_args {
    const char *prefix, *key_id;
    long rpm, tpm;
    int requests_back;                /* 1: give the request back (the address refused it) */
    long token_delta;                 /* tokens to take (negative: give back) */
    const char *reservation_id;       /* NULL: none */
    long long cost_micro;
};

struct cluster_breaker_args {
    const char *prefix, *label;
    long long open_for_ms;            /* > 0: this instance opened it for that long */
    bool closed;                      /* this instance's probe succeeded */
    bool want_probe;
    long probe_ttl_ms;
    long long latency_us;             /* < 0: nothing new */
    int failures;                     /* seen here while closed, since the last success */
    long long success_age_ms;         /* that success was this long ago; -1: none */
    int failures_to_open;             /* the policy's consecutive failures */
    long cooldown_ms;                 /* how long an opening by the count lasts */
};

/* Each fills `command` (the script's SHA from `sha`); false when it did not fit. */
bool cluster_build_admit(struct cluster_command *command, const char *sha, const struct cluster_admit_args *args);
bool cluster_build_settle(struct cluster_command *command, const char *sha, const struct cluster_settle_args *args);
bool cluster_build_take(struct cluster_command *command, const char *sha, const char *prefix, const char *address_id,
                        long per_minute, int cost);
bool cluster_build_breaker(struct cluster_command *command, const char *sha, const struct cluster_breaker_args *args);

#endif
