#include "proxy/limits.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/keys.h"
#include "transforms/foundation/shared.h"

enum { IP_SLOTS = 4096, IP_TEXT = 46 };

struct bucket {
    double tokens;
    long long updated_ms;
    bool used;
};

struct ip_bucket {
    char ip[IP_TEXT];
    struct bucket bucket;
};

struct key_buckets {
    struct bucket requests, tokens;
    long day;                          /* UTC day of `spent` */
    long long spent_micro, reserved_micro;   /* reserved: the sum over the slots' tallies */
};

/* The shared mapping: after the keys, key_count x worker_slots reservation tallies. */
struct limits_table {
    struct worker_lock lock;
    size_t key_count;
    size_t worker_slots;
    long ip_rpm;
    struct ip_bucket ips[IP_SLOTS];
    struct key_buckets keys[];
};

/* This process's view of it: private memory, so each worker knows its own slot. */
struct rate_limits {
    struct limits_table *table;
    size_t mapping_size;
    unsigned slot;                     /* the worker's slot; also its id on the lock */
};

/* What the worker of `slot` holds reserved, one entry per key. */
static long long *slot_reservations(struct limits_table *table, size_t slot)
{
    long long *tallies = (long long *)(void *)&table->keys[table->key_count];
    return &tallies[slot * table->key_count];
}

struct rate_limits *rate_limits_create(size_t key_count, long ip_rpm, size_t worker_slots)
{
    if (worker_slots == 0) {
        worker_slots = 1;
    }
    struct rate_limits *limits = calloc(1, sizeof *limits);
    if (limits == NULL) {
        return NULL;
    }
    limits->mapping_size = sizeof(struct limits_table) + key_count * sizeof(struct key_buckets)
                         + key_count * worker_slots * sizeof(long long);
    limits->table = shared_map(limits->mapping_size);
    if (limits->table == NULL) {
        free(limits);
        return NULL;
    }
    worker_lock_init(&limits->table->lock);
    limits->table->key_count = key_count;
    limits->table->worker_slots = worker_slots;
    limits->table->ip_rpm = ip_rpm;
    return limits;
}

void rate_limits_destroy(struct rate_limits *limits)
{
    if (limits != NULL) {
        shared_unmap(limits->table, limits->mapping_size);
        free(limits);
    }
}

void rate_limits_set_worker_slot(struct rate_limits *limits, unsigned slot)
{
    if (limits != NULL) {
        limits->slot = slot;
    }
}

void rate_limits_reclaim_worker_slot(struct rate_limits *limits, unsigned slot)
{
    if (limits == NULL || slot >= limits->table->worker_slots) {
        return;
    }
    struct limits_table *table = limits->table;
    worker_lock_reclaim(&table->lock, slot);
    worker_lock_acquire(&table->lock, SHARED_HOLDER_MASTER);
    memset(slot_reservations(table, slot), 0, table->key_count * sizeof(long long));
    /* Each total is summed again from the tallies rather than reduced by the dead slot's:
     * that worker may have died between updating its tally and the total. */
    for (size_t key = 0; key < table->key_count; key++) {
        long long reserved = 0;
        for (size_t other = 0; other < table->worker_slots; other++) {
            reserved += slot_reservations(table, other)[key];
        }
        table->keys[key].reserved_micro = reserved;
    }
    worker_lock_release(&table->lock);
}

static void lock(struct rate_limits *limits)
{
    worker_lock_acquire(&limits->table->lock, limits->slot);
}

static void unlock(struct rate_limits *limits)
{
    worker_lock_release(&limits->table->lock);
}

static bool known_key(const struct rate_limits *limits, long key_index)
{
    return key_index >= 0 && (size_t)key_index < limits->table->key_count;
}

/* This worker's reservation tally for the key; NULL in a process that is no worker. */
static long long *held_here(struct rate_limits *limits, long key_index)
{
    if (limits->slot >= limits->table->worker_slots) {
        return NULL;
    }
    return &slot_reservations(limits->table, limits->slot)[key_index];
}

/* A bucket of `per_minute` that starts full and refills continuously. */
static void refill(struct bucket *bucket, long per_minute, long long now_ms)
{
    if (!bucket->used) {
        bucket->used = true;
        bucket->tokens = (double)per_minute;
        bucket->updated_ms = now_ms;
        return;
    }
    double refilled = bucket->tokens + (double)(now_ms - bucket->updated_ms) * (double)per_minute / 60000.0;
    bucket->tokens = refilled > (double)per_minute ? (double)per_minute : refilled;
    bucket->updated_ms = now_ms;
}

/* Seconds until `cost` is there, at least 1. */
static long wait_for(const struct bucket *bucket, long per_minute, double cost)
{
    double missing = cost - bucket->tokens;
    long seconds = (long)(missing * 60.0 / (double)per_minute + 0.999);
    return seconds < 1 ? 1 : seconds;
}

static struct bucket *ip_bucket(struct limits_table *table, const char *ip)
{
    size_t hash = 5381;
    for (const char *c = ip; *c; c++) {
        hash = hash * 33 + (unsigned char)*c;
    }
    /* Probe a few slots; take a free one, or the least recently seen. */
    struct ip_bucket *oldest = NULL;
    for (size_t probe = 0; probe < 8; probe++) {
        struct ip_bucket *slot = &table->ips[(hash + probe) % IP_SLOTS];
        if (slot->bucket.used && strcmp(slot->ip, ip) == 0) {
            return &slot->bucket;
        }
        if (!slot->bucket.used) {
            oldest = slot;
            break;
        }
        if (oldest == NULL || slot->bucket.updated_ms < oldest->bucket.updated_ms) {
            oldest = slot;
        }
    }
    memset(oldest, 0, sizeof *oldest);
    strncpy(oldest->ip, ip, IP_TEXT - 1);
    return &oldest->bucket;
}

struct limit_verdict rate_limits_admit(struct rate_limits *limits, const char *ip, long key_index,
                                       const struct gateway_key *key, long estimated_tokens, long long now_ms)
{
    struct limit_verdict verdict = { LIMIT_NONE, 0 };
    if (limits == NULL) {
        return verdict;
    }
    lock(limits);
    struct limits_table *table = limits->table;
    struct bucket *by_ip = NULL, *requests = NULL, *tokens = NULL;
    if (table->ip_rpm > 0 && ip != NULL) {
        by_ip = ip_bucket(table, ip);
        refill(by_ip, table->ip_rpm, now_ms);
        if (by_ip->tokens < 1) {
            verdict = (struct limit_verdict){ LIMIT_IP_RPM, wait_for(by_ip, table->ip_rpm, 1) };
        }
    }
    if (verdict.refused_by == LIMIT_NONE && key != NULL && known_key(limits, key_index)) {
        if (key->rpm > 0) {
            requests = &table->keys[key_index].requests;
            refill(requests, key->rpm, now_ms);
            if (requests->tokens < 1) {
                verdict = (struct limit_verdict){ LIMIT_KEY_RPM, wait_for(requests, key->rpm, 1) };
            }
        }
        if (verdict.refused_by == LIMIT_NONE && key->tpm > 0) {
            tokens = &table->keys[key_index].tokens;
            refill(tokens, key->tpm, now_ms);
            /* A request larger than a whole minute's allowance waits for a full bucket. */
            double cost = estimated_tokens < key->tpm ? (double)estimated_tokens : (double)key->tpm;
            if (tokens->tokens < cost) {
                verdict = (struct limit_verdict){ LIMIT_KEY_TPM, wait_for(tokens, key->tpm, cost) };
            }
        }
    }
    if (verdict.refused_by == LIMIT_NONE) {
        if (by_ip != NULL) {
            by_ip->tokens -= 1;
        }
        if (requests != NULL) {
            requests->tokens -= 1;
        }
        if (tokens != NULL) {
            tokens->tokens -= (double)estimated_tokens;
        }
    }
    unlock(limits);
    return verdict;
}

void rate_limits_settle(struct rate_limits *limits, long key_index, const struct gateway_key *key,
                        long estimated_tokens, long used_tokens, long long now_ms)
{
    if (limits == NULL || key == NULL || key->tpm <= 0 || !known_key(limits, key_index)) {
        return;
    }
    lock(limits);
    struct bucket *tokens = &limits->table->keys[key_index].tokens;
    refill(tokens, key->tpm, now_ms);
    tokens->tokens -= (double)(used_tokens - estimated_tokens);
    unlock(limits);
}

const char *limit_kind_name(enum limit_kind kind)
{
    switch (kind) {
    case LIMIT_KEY_RPM: return "key_rpm";
    case LIMIT_KEY_TPM: return "key_tpm";
    case LIMIT_IP_RPM: return "ip_rpm";
    case LIMIT_NONE: break;
    }
    return "none";
}

static long long micro(double usd)
{
    return (long long)(usd * 1e6 + 0.5);
}

static void roll_day(struct key_buckets *buckets, long day)
{
    if (buckets->day != day) {
        buckets->day = day;
        buckets->spent_micro = 0;      /* reservations in flight stay reserved */
    }
}

bool budget_reserve(struct rate_limits *limits, long key_index, const struct gateway_key *key, double estimate_usd,
                    long day, double *committed_usd)
{
    *committed_usd = 0;
    if (limits == NULL || key == NULL || key->budget_usd_day <= 0 || !known_key(limits, key_index)) {
        return true;
    }
    lock(limits);
    struct limits_table *table = limits->table;
    struct key_buckets *buckets = &table->keys[key_index];
    roll_day(buckets, day);
    long long committed = buckets->spent_micro + buckets->reserved_micro;
    bool fits = committed + micro(estimate_usd) <= micro(key->budget_usd_day);
    long long *held = held_here(limits, key_index);
    if (fits) {
        buckets->reserved_micro += micro(estimate_usd);
    }
    if (fits && held != NULL) {
        *held += micro(estimate_usd);
    }
    unlock(limits);
    *committed_usd = (double)committed / 1e6;
    return fits;
}

void budget_charge(struct rate_limits *limits, long key_index, double reserved_usd, double cost_usd, long day)
{
    if (limits == NULL || !known_key(limits, key_index)) {
        return;
    }
    lock(limits);
    struct limits_table *table = limits->table;
    struct key_buckets *buckets = &table->keys[key_index];
    roll_day(buckets, day);
    /* Only what this worker reserved is its to release, never another slot's share. */
    long long release = micro(reserved_usd);
    long long *held = held_here(limits, key_index);
    if (held != NULL) {
        release = release < *held ? release : *held;
        *held -= release;
    }
    buckets->reserved_micro -= release;
    if (buckets->reserved_micro < 0) {
        buckets->reserved_micro = 0;
    }
    buckets->spent_micro += micro(cost_usd);
    unlock(limits);
}

double budget_spent(struct rate_limits *limits, long key_index, long day)
{
    if (limits == NULL || !known_key(limits, key_index)) {
        return 0;
    }
    lock(limits);
    struct key_buckets *buckets = &limits->table->keys[key_index];
    double spent = buckets->day == day ? (double)buckets->spent_micro / 1e6 : 0;
    unlock(limits);
    return spent;
}

double budget_reserved(struct rate_limits *limits, long key_index)
{
    if (limits == NULL || !known_key(limits, key_index)) {
        return 0;
    }
    lock(limits);
    double reserved = (double)limits->table->keys[key_index].reserved_micro / 1e6;
    unlock(limits);
    return reserved;
}
