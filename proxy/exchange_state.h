/* exchange_state.h — what one exchange holds, shared by its two halves and by nothing
 * else: proxy/exchange.c (its phases and the client side) and proxy/attempts.c (the
 * provider side). Other modules know only proxy/exchange.h.
 *
 * An exchange moves through its phases in order, only through exchange_move (the table
 * of legal moves is in exchange.c):
 *
 *   RECEIVED -> ADMITTED -> SCRUBBED -> ATTEMPTING -> STREAMING -> DONE -> RELEASED
 *
 * and from RECEIVED, ADMITTED, ATTEMPTING straight to DONE (a refusal, a whole answer, an
 * error, the client leaving). In cluster mode an exchange may wait in RECEIVED, held, for
 * Redis to admit it (ADMISSION_PENDING, proxy/admission.h); leaving then is DONE, and its
 * release cancels the wait. */
#ifndef LETHE_EXCHANGE_STATE_H
#define LETHE_EXCHANGE_STATE_H

#include "providers/route.h"
#include "proxy/admission.h"
#include "proxy/attempts.h"
#include "proxy/gateway.h"
#include "scrub/event_restore.h"
#include "transforms/format.h"

enum exchange_phase {
    EXCHANGE_RECEIVED,     /* the client's body is parsed and checked: nothing is taken yet */
    EXCHANGE_ADMITTED,     /* limits and budget taken, chain chosen: nothing sent yet */
    EXCHANGE_SCRUBBED,     /* masked: the request may leave */
    EXCHANGE_ATTEMPTING,   /* attempts under way; the client has received nothing */
    EXCHANGE_STREAMING,    /* the client's stream is open: its status and headers are out */
    EXCHANGE_DONE,         /* the client's answer is complete or sent, or the client left */
    EXCHANGE_RELEASED,     /* what it took is given back; its arena goes next */
    EXCHANGE_PHASE_COUNT,
};

struct exchange {
    enum exchange_phase phase;
    struct gateway *gateway;
    struct http_request *client;
    struct arena *arena;
    const struct client_dialect *dialect;
    /* The configuration this exchange started on: a reload does not change it midway. */
    struct generation *generation;
    const struct config *config;
    struct scrubber *scrubber;
    struct admission admission;       /* the key, and what admission took until settled */
    /* Independent of the phase: the request was handed to the server (held) and counted
     * in flight; an exchange answered at once reaches DONE without ever being counted. */
    bool counted_in_flight;
    struct access_record record;      /* its access log line */
    struct canon_usage usage;         /* what the provider reported, for settling */
    struct canon_request request;
    struct chain chain;
    struct attempts attempts;

    struct buffer out;                /* the client's bytes of this turn, until flushed */
    void *dialect_state;
    struct arena scratch;             /* one stream event's parse, wiped after each event */
    struct vault vault;               /* this request's placeholders */
    size_t scrubbed;                  /* values masked: x-lethe-scrubbed */
    bool rehydrate;                   /* a client option (x-lethe-rehydrate: off), not a phase */
    /* Made at the answer's first event: a request waiting for its provider holds none. */
    struct event_restorer *restore;
    struct reply_context reply;
    char reply_id[48];
    /* The model the client is told, when it is not a configured name (reply.model points to
     * that while it is): made when a provider names its own, so a waiting stream holds none. */
    char *model_name;
    struct event *heartbeat_timer;
    /* Independent of the phase: whether anything went out in this heartbeat period of a
     * stream (a comment is sent only into silence). */
    bool wrote_since_heartbeat;
};

/* The one place the phase changes; an illegal change is a bug (asserted, and logged). */
void exchange_move(struct exchange *exchange, enum exchange_phase next);
/* DONE or RELEASED: the client has its answer or is gone; nothing more is sent. */
bool exchange_is_over(const struct exchange *exchange);

/* ---- the client side, for attempts.c ---- */
/* One canonical event of the answer, through the restorer, encoded into `out`. */
void exchange_encode_event(struct exchange *exchange, const struct canon_event *event);
/* Send what `out` holds, opening the stream (STREAMING) first if need be. */
void exchange_flush(struct exchange *exchange);
/* End the open stream (DONE). */
void exchange_end_stream(struct exchange *exchange);
/* End a stream that has begun with an error event in the client's dialect (DONE). */
void exchange_send_stream_error(struct exchange *exchange, int status, const char *message);
/* An error answer: a JSON error, or an in-band error once the stream is open (DONE). */
void exchange_reply_error(struct exchange *exchange, int status, const char *type, const char *code,
                          const char *attempts_json, const char *message);
/* A wire encoder's refusal of the request (a 400 about one field), its field renamed as the
 * client's dialect spells it (format_error_name_field), param included (DONE). */
void exchange_reply_refusal(struct exchange *exchange, struct format_error *error);
/* A whole (non-streamed) answer in the client's dialect (DONE). */
void exchange_reply_whole(struct exchange *exchange, struct canon_response *response, size_t size_hint);
/* OPERATION_COUNT_TOKENS at a target whose format cannot count: lethe's own estimate,
 * answered whole with x-lethe-estimate: true, as if `target` had served it (DONE). */
void exchange_reply_estimate(struct exchange *exchange, const struct route_target *target);
/* Model names the client is told are cut to MODEL_NAME_BYTES - 1 bytes. */
enum { MODEL_NAME_BYTES = 128 };
/* The model the provider says it served, for the client's answer (ignored when too long). */
void exchange_name_model(struct exchange *exchange, struct slice model);
/* The model the client is told from now on: `name` lives as long as the exchange (a
 * configured target's, or a copy in its arena); a name too long is cut, as a copy. */
void exchange_set_model(struct exchange *exchange, const char *name);

#endif
