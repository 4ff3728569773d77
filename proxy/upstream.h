/* upstream.h — requests to providers, on libcurl's multi interface, driven by the same
 * libevent loop as the clients (socket and timer callbacks: no threads, no blocking).
 *
 * A transfer POSTs a prepared body and hands the answer's bytes to on_body as they
 * arrive; on_body may ask to pause (the client is slow) and upstream_resume continues.
 * on_complete is called exactly once, unless the transfer was cancelled: after
 * upstream_cancel returns, no callback of that transfer runs again, and libcurl never
 * drives it again (called from inside a libcurl callback, the removal itself is deferred,
 * but done before any other entry into libcurl, and at once by upstream_settle).
 * A provider's redirect is never followed: it completes as UPSTREAM_DONE with its 3xx. Easy handles are
 * pooled and reused, so their connections and TLS sessions are too. */
#ifndef LETHE_UPSTREAM_H
#define LETHE_UPSTREAM_H

#include <stdbool.h>
#include <stddef.h>

struct event_base;
struct curl_slist;
struct upstream;
struct upstream_transfer;

enum upstream_outcome {
    UPSTREAM_DONE,                 /* an HTTP answer arrived in full (any status) */
    UPSTREAM_CONNECT_FAILED,       /* refused, unreachable */
    UPSTREAM_DNS_FAILED,
    UPSTREAM_TLS_FAILED,
    UPSTREAM_TIMEOUT,              /* the attempt's whole deadline */
    UPSTREAM_FIRST_BYTE_TIMEOUT,   /* nothing of the answer in time */
    UPSTREAM_CONNECTION_LOST,      /* reset or closed before the answer was complete */
    UPSTREAM_ABORTED,              /* on_body asked to stop */
    UPSTREAM_FAILED,               /* anything else */
};

struct upstream_result {
    enum upstream_outcome outcome;
    int status;                    /* HTTP status, 0 if none arrived */
    long retry_after_ms;           /* the provider's retry-after, 0 if none */
    const char *reason;            /* static text, no content */
    double total_ms;
};

enum { UPSTREAM_PAUSE = -1 };

struct upstream_callbacks {
    /* Bytes of the answer body. Return len to take them, UPSTREAM_PAUSE to have them
     * delivered again after upstream_resume, or 0 to abort the transfer. */
    long (*on_body)(void *context, int status, const char *data, size_t len);
    void (*on_complete)(void *context, const struct upstream_result *result);
};

struct upstream_request {
    const char *url;
    const struct curl_slist *headers;
    const char *body;              /* must stay valid until the transfer ends */
    size_t body_len;
    long timeout_ms;
    long first_byte_ms;
    long connect_timeout_ms;
    const char *ca_file;           /* NULL: the system's CAs. Verification is never off. */
    long receive_buffer_bytes;     /* libcurl's receive buffer, 1024 at least; 0: 4 KiB */
};

struct upstream *upstream_new(struct event_base *base);
void upstream_free(struct upstream *upstream);
struct upstream_transfer *upstream_start(struct upstream *upstream, const struct upstream_request *request,
                                         const struct upstream_callbacks *callbacks, void *context);
void upstream_cancel(struct upstream_transfer *transfer);
/* Remove now every transfer cancelled inside a libcurl callback. Call it, outside libcurl's
 * callbacks, before freeing what cancelled transfers pointed at (their body, their
 * headers): afterwards libcurl holds no pointer into it. */
void upstream_settle(struct upstream *upstream);
void upstream_resume(struct upstream_transfer *transfer);
const char *upstream_content_type(struct upstream_transfer *transfer);

#endif
