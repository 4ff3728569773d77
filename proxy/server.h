/* server.h — the HTTP front end. libevhtp lives behind this interface: no other file
 * includes evhtp.h (upstream libevhtp is unmaintained; keep it replaceable).
 *
 * Each client request gets its own arena, wiped when the request ends. The body is read
 * into that arena up to max_body_bytes; a larger one is answered 413 and the connection
 * closed without storing it. Handlers either answer at once (http_reply) or go async
 * (http_request_hold): reading is paused, a vanished client is noticed within
 * milliseconds and reported through on_abort, and the reply is sent whole (http_reply)
 * or streamed (http_stream_*). After on_abort or the final reply, the request is gone
 * once control returns to the loop: never touch it again.
 *
 * A connection serves one request at a time, in order: bytes a client pipelines behind a
 * request wait, unread by the parser, until that request's answer has been written. Each
 * connection has one timer, re-armed per phase: the head must arrive within
 * header_timeout_ms (from accept, or from its first byte on a kept-alive connection), the
 * body within body_timeout_ms of the head, and a kept-alive connection may sit idle for
 * idle_timeout_ms; a request being answered has no timer. Heads are checked before the
 * parser sees them: framing that could smuggle a second request (two Content-Length
 * headers, Content-Length with Transfer-Encoding, a length that is not digits) is a 400. */
#ifndef LETHE_SERVER_H
#define LETHE_SERVER_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/arena.h"
#include "transforms/foundation/slice.h"

struct event_base;
struct server;
struct http_request;

typedef void (*http_handler)(struct http_request *request, void *context);
/* Returns the status of the refusal to send in the client's dialect, given the path. */
typedef void (*http_refusal_fn)(struct http_request *request, int status, const char *message, void *context);

struct server_options {
    const char *host;
    int port;
    size_t max_body_bytes;
    size_t max_header_bytes;         /* request line and headers together */
    long header_timeout_ms, body_timeout_ms, idle_timeout_ms;   /* 408 (or a quiet close when idle) */
    size_t max_connections;          /* open client connections per server; more get a 503; 0: derived */
    const char *tls_cert, *tls_key;  /* PEM files: serve HTTPS (TLS 1.2+, 1.3 preferred) */
    bool reuse_port;
    http_handler handler;            /* every complete request */
    /* Every request that announces a body not yet here, once its head passed the checks
     * above and before the body is read: it may answer at once what does not depend on the
     * body (no such path, a wrong method, no valid key), after http_request_refuse_body, so
     * that a client who may not send a body costs no memory for it. NULL: every body is read. */
    http_handler head_handler;
    http_refusal_fn refuse;          /* refused while reading (400, 408, 413): answer in dialect */
    /* A connection refused before there is a request (400, 408, 414, 431, 503): write the
     * error body for this path ("/" when none is known) into `body`, return its length. */
    size_t (*refuse_head)(int status, const char *path, const char *message, char *body, size_t size,
                          void *context);
    /* Every request that ends, with the status it was answered with (499: the client left
     * first), while its arena is still there. */
    void (*on_finished)(struct http_request *request, int status, void *context);
    void *context;
};

struct server *server_new(struct event_base *base, const struct server_options *options, char *error,
                          size_t error_size);
void server_stop_accepting(struct server *server);
void server_free(struct server *server);

struct arena *http_request_arena(struct http_request *request);
/* The method's name, or NULL for a method the parser has no name for ("FOO"). */
const char *http_request_method(const struct http_request *request);
const char *http_request_path(const struct http_request *request);
/* The query string as the client sent it (after '?', not decoded), or "" when none. */
const char *http_request_query(const struct http_request *request);
/* A header's value, or NULL if absent or once the headers were dropped. */
const char *http_request_header(struct http_request *request, const char *name);
/* Free the request's headers once nothing will read them again: a request held open
 * (a stream waiting for its provider) holds no copy of what it came with. */
void http_request_drop_headers(struct http_request *request);
/* The body as received, until http_request_drop_body; an empty slice after. */
struct slice http_request_body(const struct http_request *request);
/* The body's length as received, also after it was dropped. */
size_t http_request_body_length(const struct http_request *request);
/* Wipe and free the body once it is parsed: a request held open (a stream waiting for its
 * provider) keeps only what was made from it, not the bytes it came as. */
void http_request_drop_body(struct http_request *request);
const char *http_request_id(const struct http_request *request);
/* The client's address as text ("127.0.0.1", "::1"), or NULL if unknown. */
const char *http_request_client_ip(struct http_request *request);
/* A pointer the handler keeps with the request (for on_finished). */
void http_request_set_note(struct http_request *request, void *note);
void *http_request_note(const struct http_request *request);
/* Seconds and nanoseconds since the request's headers arrived. */
double http_request_elapsed_ms(const struct http_request *request);

/* Response headers, added before the reply or the stream starts. Copied into the arena. */
void http_add_header(struct http_request *request, const char *name, const char *value);
/* From a head_handler, before answering: the body will not be read (what arrives is
 * discarded), the handler is not called for it, and the connection closes after the answer. */
void http_request_refuse_body(struct http_request *request);
/* The whole answer; `body` must live in the request arena or be static (sent without a copy). */
void http_reply(struct http_request *request, int status, const char *content_type,
                const char *body, size_t len);

struct http_async {
    void (*on_abort)(void *context);     /* the client went away: stop everything for it */
    void (*on_drain)(void *context);     /* the output backlog fell below the low mark */
    void (*on_release)(void *context);   /* the request ends: free what is not in its arena */
    void *context;
};
void http_request_hold(struct http_request *request, const struct http_async *async);

void http_stream_start(struct http_request *request, int status, const char *content_type);
void http_stream_write(struct http_request *request, const char *data, size_t len);
void http_stream_end(struct http_request *request);
/* Bytes queued for the client and not yet written to its socket. */
size_t http_pending_output(struct http_request *request);
/* Ask for on_drain once the backlog falls under low_water bytes. */
void http_watch_drain(struct http_request *request, size_t low_water);

#endif
