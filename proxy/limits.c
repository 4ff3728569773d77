#include "proxy/limits.h"

#include <stdatomic.h>
#include <string.h>

#include "proxy/keys.h"
#include "proxy/shared.h"

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
    long long spent_micro, reserved_micro;
};

struct rate_limits {
    atomic_flag lock;
    size_t key_count;
    long ip_rpm;
    size_t mapping_size;
    struct ip_bucket ips[IP_SLOTS];
    struct key_buckets keys[];
};

struct rate_limits *rate_limits_create(size_t key_count, long ip_rpm)
{
    size_t size = sizeof(struct rate_limits) + key_count * sizeof(struct key_buckets);
    struct rate_limits *limits = shared_map(size);
    if (limits == NULL) {
        return NULL;
    }
    atomic_flag_clear(&limits->lock);
    limits->key_count = key_count;
    limits->ip_rpm = ip_rpm;
    limits->mapping_size = size;
    return limits;
}

void rate_limits_destroy(struct rate_limits *limits)
{
    if (limits != NULL) {
        shared_unmap(limits, limits->mapping_size);
    }
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

static struct bucket *ip_bucket(struct rate_limits *limits, const char *ip)
{
    size_t hash = 5381;
    for (const char *c = ip; *c; c++) {
        hash = hash * 33 + (unsigned char)*c;
    }
    /* Probe a few slots; take a free one, or the least recently seen. */
    struct ip_bucket *oldest = NULL;
    for (size_t probe = 0; probe < 8; probe++) {
        struct ip_bucket *slot = &limits->ips[(hash + probe) % IP_SLOTS];
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
    spin_lock(&limits->lock);
    struct bucket *by_ip = NULL, *requests = NULL, *tokens = NULL;
    if (limits->ip_rpm > 0 && ip != NULL) {
        by_ip = ip_bucket(limits, ip);
        refill(by_ip, limits->ip_rpm, now_ms);
        if (by_ip->tokens < 1) {
            verdict = (struct limit_verdict){ LIMIT_IP_RPM, wait_for(by_ip, limits->ip_rpm, 1) };
        }
    }
    if (verdict.refused_by == LIMIT_NONE && key != NULL && key_index >= 0 && (size_t)key_index < limits->key_count) {
        if (key->rpm > 0) {
            requests = &limits->keys[key_index].requests;
            refill(requests, key->rpm, now_ms);
            if (requests->tokens < 1) {
                verdict = (struct limit_verdict){ LIMIT_KEY_RPM, wait_for(requests, key->rpm, 1) };
            }
        }
        if (verdict.refused_by == LIMIT_NONE && key->tpm > 0) {
            tokens = &limits->keys[key_index].tokens;
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
    spin_unlock(&limits->lock);
    return verdict;
}

void rate_limits_settle(struct rate_limits *limits, long key_index, const struct gateway_key *key,
                        long estimated_tokens, long used_tokens, long long now_ms)
{
    if (limits == NULL || key == NULL || key->tpm <= 0 || key_index < 0 || (size_t)key_index >= limits->key_count) {
        return;
    }
    spin_lock(&limits->lock);
    struct bucket *tokens = &limits->keys[key_index].tokens;
    refill(tokens, key->tpm, now_ms);
    tokens->tokens -= (double)(used_tokens - estimated_tokens);
    spin_unlock(&limits->lock);
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
    if (limits == NULL || key == NULL || key->budget_usd_day <= 0 || key_index < 0
        || (size_t)key_index >= limits->key_count) {
        return true;
    }
    spin_lock(&limits->lock);
    struct key_buckets *buckets = &limits->keys[key_index];
    roll_day(buckets, day);
    long long committed = buckets->spent_micro + buckets->reserved_micro;
    bool fits = committed + micro(estimate_usd) <= micro(key->budget_usd_day);
    if (fits) {
        buckets->reserved_micro += micro(estimate_usd);
    }
    spin_unlock(&limits->lock);
    *committed_usd = (double)committed / 1e6;
    return fits;
}

void budget_charge(struct rate_limits *limits, long key_index, double reserved_usd, double cost_usd, long day)
{
    if (limits == NULL || key_index < 0 || (size_t)key_index >= limits->key_count) {
        return;
    }
    spin_lock(&limits->lock);
    struct key_buckets *buckets = &limits->keys[key_index];
    roll_day(buckets, day);
    buckets->reserved_micro -= micro(reserved_usd);
    if (buckets->reserved_micro < 0) {
        buckets->reserved_micro = 0;
    }
    buckets->spent_micro += micro(cost_usd);
    spin_unlock(&limits->lock);
}

double budget_spent(struct rate_limits *limits, long key_index, long day)
{
    if (limits == NULL || key_index < 0 || (size_t)key_index >= limits->key_count) {
        return 0;
    }
    spin_lock(&limits->lock);
    struct key_buckets *buckets = &limits->keys[key_index];
    double spent = buckets->day == day ? (double)buckets->spent_micro / 1e6 : 0;
    spin_unlock(&limits->lock);
    return spent;
}
