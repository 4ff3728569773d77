/* chain.h — what a provider's HTTP error means for the rest of the chain.
 *
 * Transport failures (refused, reset, DNS, TLS, timeouts) always move on to the next
 * target. An HTTP status either moves on (the provider is overloaded, rate limited,
 * broken, or refuses this gateway's key) or goes back to the client at once (the request
 * itself is wrong, and every provider would refuse it too). A redirect is never followed
 * nor passed on: the provider is misconfigured (or hostile), so it moves on. */
#ifndef LETHE_CHAIN_H
#define LETHE_CHAIN_H

enum chain_verdict {
    CHAIN_NEXT,                    /* try the next target */
    CHAIN_NEXT_CONFIG_PROBLEM,     /* 401/403: the next target, and the operator should look */
    CHAIN_NEXT_REDIRECT,           /* 3xx: the next target; the operator should check base_url */
    CHAIN_RETURN_TO_CLIENT,        /* 400, 404, 413, 422 and other request errors */
};

enum chain_verdict chain_judge_status(int status);

#endif
