/* exchange.h — one chat request's journey, from the client's bytes to the last event.
 *
 *   client body --(dialect)--> canonical request --(route)--> target
 *   --(wire format)--> provider body --(upstream)--> provider answer
 *   --(wire format)--> canonical events --(dialect)--> client bytes
 *
 * The exchange lives in the client request's arena: it ends when the request ends, and
 * every byte it held is wiped with it. Its phases and the client's side are exchange.c,
 * the provider side (walk, retry, hedge, resume) attempts.c, the policy that admits it
 * (keys, limits, budgets, "auto") admission.c. */
#ifndef LETHE_EXCHANGE_H
#define LETHE_EXCHANGE_H

#include "proxy/gateway.h"
#include "transforms/format.h"

/* `key`: the gateway key the client presented, or NULL when the gateway is open. */
void exchange_start(struct gateway *gateway, struct http_request *client, const struct client_dialect *dialect,
                    const struct gateway_key *key);

#endif
