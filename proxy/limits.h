/* limits.h — rate limits: token buckets per gateway key (requests and tokens per minute)
 * and per client IP (requests per minute).
 *
 * The buckets live in one shared anonymous mapping made before workers fork, so N
 * workers enforce one limit, not N. A spinlock in the mapping guards it: every operation
 * is a few arithmetic steps. Tokens are estimated up front (prompt bytes / 4) and
 * corrected by the provider's usage when the request ends; a bucket may go negative, and
 * then the next requests wait. IP buckets are a fixed table: a new address takes the
 * slot of the least recently seen one when it is full. Nothing but counts and the
 * address is kept.
 *
 * Daily budgets sit in the same mapping: per key, the UTC day, what was spent and what
 * requests in flight have reserved (microdollars). A request reserves its worst case at
 * admission and is charged its real cost at the end, so concurrent streams cannot
 * together overrun a budget.
 *
 * A reservation belongs to the worker slot that made it (a per key, per slot tally next
 * to the key's total). When a worker dies, its requests never reach budget_charge: the
 * master, on reaping it, calls rate_limits_reclaim_worker_slot, which gives back what
 * that slot still held reserved. What was already spent stays spent. The token buckets
 * need no such care: an estimate a dead worker never settled is just tokens used, and
 * the bucket refills. */
#ifndef LETHE_LIMITS_H
#define LETHE_LIMITS_H

#include <stdbool.h>
#include <stddef.h>

struct rate_limits;
struct gateway_key;

enum limit_kind { LIMIT_NONE, LIMIT_KEY_RPM, LIMIT_KEY_TPM, LIMIT_IP_RPM };

struct limit_verdict {
    enum limit_kind refused_by;      /* LIMIT_NONE: admitted */
    long retry_after_s;
};

/* One bucket set per key index (0..key_count-1), a fixed table of addresses, and
 * reservations tallied for `worker_slots` workers (at least 1). The handle is this
 * process's own memory: after fork, each worker names its slot. */
struct rate_limits *rate_limits_create(size_t key_count, long ip_rpm, size_t worker_slots);
void rate_limits_destroy(struct rate_limits *limits);
/* In a worker, before it admits anything: the slot its reservations are tallied in. */
void rate_limits_set_worker_slot(struct rate_limits *limits, unsigned slot);
/* In the master, after reaping the worker of `slot` and before starting its successor:
 * release every reservation that slot still holds (and the lock, if it died holding it). */
void rate_limits_reclaim_worker_slot(struct rate_limits *limits, unsigned slot);

/* Admit a request: one request from `ip` (may be NULL), and for the key (index, or -1
 * without keys) one request and `estimated_tokens`. Takes nothing when it refuses. */
struct limit_verdict rate_limits_admit(struct rate_limits *limits, const char *ip, long key_index,
                                       const struct gateway_key *key, long estimated_tokens, long long now_ms);
/* The request ended: correct the key's token bucket from the estimate to what was used. */
void rate_limits_settle(struct rate_limits *limits, long key_index, const struct gateway_key *key,
                        long estimated_tokens, long used_tokens, long long now_ms);
const char *limit_kind_name(enum limit_kind kind);   /* "key_rpm" … for metrics */

/* Reserve `estimate_usd` of the key's budget for UTC day `day`. False, with what was
 * spent and reserved, when it would not fit. */
bool budget_reserve(struct rate_limits *limits, long key_index, const struct gateway_key *key, double estimate_usd,
                    long day, double *committed_usd);
/* Release the reservation and charge the request's real cost. */
void budget_charge(struct rate_limits *limits, long key_index, double reserved_usd, double cost_usd, long day);
/* Spent today, for /metrics. */
double budget_spent(struct rate_limits *limits, long key_index, long day);
/* Reserved by requests in flight, over all workers. */
double budget_reserved(struct rate_limits *limits, long key_index);

#endif
