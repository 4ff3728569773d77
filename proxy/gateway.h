/* gateway.h — what every request handler is given: the loop, the config in force, the
 * upstream client and the server. Plain data passed down; nothing reaches for globals. */
#ifndef LETHE_GATEWAY_H
#define LETHE_GATEWAY_H

#include "proxy/access_log.h"
#include "proxy/audit.h"
#include "proxy/config.h"
#include "proxy/limits.h"
#include "proxy/metrics.h"
#include "proxy/telemetry.h"
#include "proxy/server.h"
#include "proxy/upstream.h"

struct cluster;

/* What a configuration brings with it. A reload makes a new generation; exchanges keep
 * the one they started on, and a replaced generation is freed when its last one ends. */
struct generation {
    struct config *config;
    struct breaker_table breakers;     /* per target of this config, in the shared store */
    struct scrubber *scrubber;         /* NULL when scrubbing is off */
    unsigned long users;               /* exchanges in flight on it */
    bool owned;                        /* made by a reload: free the config with it */
};

/* The series the last finished requests were counted into, and the names that made their
 * labels (proxy/handlers.c): a request named alike adds to the same cells without writing
 * its labels or looking them up. One entry per label set; a cell is looked up the first
 * time it is needed, so no series appears before it has something to count. */
enum { SERIES_NAME_BYTES = 96 };

struct series_by_request {                /* dialect, route, provider, status */
    bool known;
    char dialect[SERIES_NAME_BYTES], route[SERIES_NAME_BYTES], provider[SERIES_NAME_BYTES];
    int status;
    struct metrics_cell *requests;
};

struct series_by_route {
    bool known;
    char route[SERIES_NAME_BYTES];
    struct metrics_cell *duration, *first_token, *overhead, *attempts, *fallbacks;
};

struct series_by_spender {                /* provider, key */
    bool known;
    char provider[SERIES_NAME_BYTES], key[SERIES_NAME_BYTES];
    struct metrics_cell *cost, *tokens_in, *tokens_out;
};

struct gateway {
    struct event_base *base;
    struct generation *generation;     /* the current one: new requests start on it */
    struct upstream *upstream;
    struct server *server;
    struct rate_limits *limits;        /* shared by the workers; NULL: no limits configured */
    unsigned long in_flight;           /* exchanges waiting on a provider or streaming */
    unsigned long in_flight_peak;      /* the most in flight since the heap was last trimmed */
    struct event *trim_timer;          /* made at the first burst (proxy/exchange.c) */
    bool draining;                     /* SIGTERM: finish what is in flight, take nothing new */
    struct event *drain_timer;
    int access_log_fd;                 /* -1: no access log */
    struct audit_chain *audit;         /* NULL: no audit chain */
    struct telemetry *telemetry;       /* NULL: no collector */
    struct metrics *metrics;           /* shared by the workers */
    struct series_by_request series_by_request;
    struct series_by_route series_by_route;
    struct series_by_spender series_by_spender;
    struct breaker_store *breakers;    /* likewise */
    struct cluster *cluster;           /* "cluster": this worker's Redis client; NULL: one machine */
    bool flushing;                     /* draining: the last telemetry is on its way */
    struct event *audit_timer;
};

/* An exchange on `generation` ended: free it if it was replaced and nothing else uses it
 * (proxy/generation.c). */
void generation_release(struct gateway *gateway, struct generation *generation);
/* A request ended: its access log line (proxy/handlers.c). */
void gateway_on_finished(struct http_request *request, int status, void *gateway);
/* Draining: once nothing is in flight, the loop ends (proxy/worker.c). */
void gateway_drained_check(struct gateway *gateway);

/* The single entry point for complete client requests (proxy/handlers.c). */
void gateway_handle(struct http_request *request, void *gateway);
/* A request's head, before its body is read: answers now what needs no body (no such path,
 * a wrong method, no valid key), so that such a client's body is never held. */
void gateway_check_head(struct http_request *request, void *gateway);
/* Answers a request refused while reading it (400, 408, 413) in the right dialect. */
void gateway_refuse(struct http_request *request, int status, const char *message, void *gateway);
/* The error body for a connection refused before parsing (400, 408, 414, 431, 503), in the
 * path's dialect. */
size_t gateway_refuse_head(int status, const char *path, const char *message, char *body, size_t size,
                           void *gateway);
/* An error answer in the client's dialect, with x-request-id. */
void gateway_reply_error(struct http_request *request, const struct client_dialect *dialect, int status,
                         const char *type, const char *code, const char *param, const char *message);

#endif
