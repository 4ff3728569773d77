#include "providers/chain.h"

enum chain_verdict chain_judge_status(int status)
{
    switch (status) {
    case 401:
    case 403:
        return CHAIN_NEXT_CONFIG_PROBLEM;
    case 408:                      /* timeouts and conflicts: transient */
    case 409:
    case 429:                      /* rate limited: another provider has its own limits */
    case 498:                      /* Groq flex capacity */
    case 529:                      /* Anthropic overloaded */
        return CHAIN_NEXT;
    default:
        if (status >= 300 && status < 400) {
            return CHAIN_NEXT_REDIRECT;
        }
        if (status < 200) {
            return CHAIN_NEXT;             /* no final answer at all */
        }
        return status >= 500 ? CHAIN_NEXT : CHAIN_RETURN_TO_CLIENT;
    }
}
