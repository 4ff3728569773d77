/* attempts.h — the provider side of one exchange: the walk of its chain, one attempt per
 * target, retries with backoff, hedging (a rival started when the first byte is late),
 * and resuming a cut stream on the next target.
 *
 * Each attempt has its own small state (enum attempt_state in attempts.c): it connects,
 * reads a whole answer or streams events, may win, and ends failed, cancelled or
 * succeeded; a half-open breaker's probe it holds is given back whenever it ends. The
 * first attempt to produce part of an answer wins and its rivals are cancelled at once;
 * once the client has bytes of an answer the walk stops, unless the route resumes.
 *
 * The client side (the exchange's phases, what the client is sent) is proxy/exchange.c,
 * reached through proxy/exchange_state.h. Everything here lives in the request's arena;
 * only the timers are freed, by attempts_release. */
#ifndef LETHE_ATTEMPTS_H
#define LETHE_ATTEMPTS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/buffer.h"
#include "transforms/canonical.h"

struct exchange;
struct attempt;
struct attempt_record;
struct event;

/* A cut stream continued elsewhere ("resume": true on the route). */
enum continuation_phase {
    CONTINUATION_NONE,        /* the original request: no stream was cut */
    CONTINUATION_SOUGHT,      /* cut: targets are asked to go on; text they repeat is dropped */
    CONTINUATION_FLOWING,     /* a continuation diverged from what was sent: its text passes */
};

struct continuation {
    enum continuation_phase phase;
    /* Independent of the phase: once a tool call reached the client, no continuation can
     * rebuild it, so a cut stream is never resumed. */
    bool tool_started;
    struct buffer sent_text;              /* the text the client already has */
    size_t repeat_matched;                /* bytes of it a continuation has repeated so far */
    /* Made when a stream is cut (NULL before): two whole requests would otherwise sit in
     * every exchange, most of which are never cut. */
    struct canon_request *prefilled;      /* + the sent text as the assistant's turn */
    struct canon_request *instructed;     /* + that, and an instruction to go on */
};

struct attempts {
    /* Sized from the chain (attempts_size): a target has at most one attempt, so however
     * many targets a hedged route races, the set cannot overflow. */
    struct attempt **all;
    size_t count, capacity;
    struct attempt *winner;               /* whose answer the client gets; NULL: none yet */
    struct attempt *newest;               /* the attempt hedging watches */
    size_t next_target;                   /* the walk's position in the chain */
    unsigned tried;                       /* transfers started: x-lethe-attempts */
    const char *last_label;               /* the target serving, or tried last */
    struct attempt_record *records;       /* why each try failed, for the client's error */
    size_t record_count, record_capacity;
    long retry_after_ms;                  /* the longest retry-after a provider asked for */
    struct event *hedge_timer;
    struct event *retry_timer;
    struct continuation continuation;
};

/* Size the sets from the exchange's chain; once, before attempts_start. */
void attempts_size(struct exchange *exchange);
/* Start the first target whose breaker lets it through; with none, answer the client. */
void attempts_start(struct exchange *exchange);
/* Stop every transfer and pending retry (the client left, or the exchange ends). */
void attempts_stop_all(struct exchange *exchange);
/* The client's backlog drained: the winner's paused transfer reads again. */
void attempts_resume_winner(struct exchange *exchange);
/* The target that served the answer (x-lethe-provider, prices), or NULL if none did. */
const char *attempts_served_label(const struct exchange *exchange);
/* Free the timers; the rest goes with the arena. */
void attempts_release(struct exchange *exchange);

#endif
