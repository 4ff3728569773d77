/* admission.h — may this request go out, and on which chain? The policy one exchange
 * passes before anything is sent: the model name's alphabet, the configured caps on
 * messages and parts, the key's allowed models, rate limits (per client address, per key
 * requests and tokens), the route or, for model "auto", the router's choice under the
 * request's constraints (x-lethe-* headers or the body's "lethe" object), and the key's
 * daily budget.
 *
 * Each check either passes or answers the client itself (400, 402, 403, 404, 413, 422,
 * 429, in the client's dialect) and returns false. What admission takes from the shared
 * limits (estimated tokens, a budget reservation) it records in `struct admission`, and
 * admission_settle gives it back exactly once, whichever way the exchange ended. */
#ifndef LETHE_ADMISSION_H
#define LETHE_ADMISSION_H

#include <stdbool.h>

#include "providers/route.h"
#include "proxy/gateway.h"

struct admission {
    /* Set by the exchange before the first check. */
    struct gateway *gateway;
    const struct config *config;             /* of the exchange's generation */
    struct breaker_table *breakers;          /* likewise: the router reads their state */
    struct http_request *client;
    const struct client_dialect *dialect;
    const struct gateway_key *key;           /* NULL: the gateway is open */
    struct arena *arena;
    /* What admission took, until admission_settle. */
    long estimated_tokens;                   /* from the key's token bucket */
    double reserved_usd;                     /* of the key's daily budget */
    char *auto_reason;                       /* model "auto": why this chain (metadata only), or NULL */
    /* Cluster mode: taken in Redis rather than on this machine (settled there too). */
    bool shared;
    char reservation_id[24];                 /* of the budget reservation in Redis */
    struct admission_wait *wait;             /* the shared check in flight; NULL otherwise */
    /* The served target's price, found once: the answer's facts and the release both ask,
     * and a model with no price is looked for four ways through two tables. */
    const char *priced_label;
    const struct price *price;
};

/* Everything up to the chain: model alphabet, caps, key, rate limits, route or "auto".
 * `body_bytes`: the client's body size, from which tokens are estimated. */
bool admission_check(struct admission *admission, const struct canon_request *request, size_t body_bytes,
                     struct chain *chain);
/* Cluster mode (gateway->cluster set): everything admission_check and
 * admission_reserve_budget do, with rate limits and the budget taken in Redis by one
 * script call per store, asynchronously. The local checks (model, caps, key, route) answer
 * at once; the shared ones answer ADMISSION_PENDING, and `done` is called later, exactly
 * once, from the loop — after timeout_ms at the latest, when Redis is slow or gone and
 * on_unavailable decides (this machine's limits, or a 503). A refusal has been answered
 * to the client by then. admission_settle before `done` cancels the wait: what Redis
 * took for it is given back when its reply comes. */
enum admission_result { ADMISSION_ADMITTED, ADMISSION_REFUSED, ADMISSION_PENDING };
typedef void (*admission_done_fn)(void *context, enum admission_result result);
enum admission_result admission_admit_shared(struct admission *admission, const struct canon_request *request,
                                             size_t body_bytes, struct chain *chain, admission_done_fn done,
                                             void *context);

/* Reserve the worst case of the request on the key's daily budget (no key, no budget: true). */
bool admission_reserve_budget(struct admission *admission, const struct canon_request *request,
                              const struct chain *chain);
/* What the request cost at the price of the target that served it (`served_label`, NULL:
 * nothing served, nothing charged). A served answer without a usage report costs its
 * reservation. */
double admission_cost_usd(struct admission *admission, const char *served_label,
                          const struct canon_usage *usage);
/* Give back what admission took: tokens settled against the provider's count, the budget
 * reservation charged with `cost_usd`. Once per exchange. */
void admission_settle(struct admission *admission, const struct canon_usage *usage, double cost_usd);

#endif
