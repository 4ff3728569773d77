#include "proxy/server.h"

#include <arpa/inet.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <errno.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <evhtp/evhtp.h>
#pragma GCC diagnostic pop
#include <openssl/ssl.h>

#include "transforms/buffer.h"

/* evhtp stores every hook as one generic function type; going through void (*)(void)
 * is the sanctioned way to convert between function pointer types. */
#define HOOK(function) ((evhtp_hook)(void (*)(void))(function))

/* MAX_QUEUED_INPUT: unparsed bytes a connection may hold while its request is in flight.
 * MAX_LINE_BYTES: evhtp's parser drops a connection, unanswered, on any line longer than
 * 8192 bytes: lines are measured before it sees them, and refused a little earlier. */
enum { MAX_QUEUED_INPUT = 256 * 1024, MAX_LINE_BYTES = 8000 };

struct client_connection;

struct server {
    evhtp_t *htp;
    struct client_connection *connections;   /* open ones, freed at shutdown */
    struct event_base *base;
    struct server_options options;
    unsigned long long request_counter;
    char id_prefix[17];
};

/* One per client connection: it outlives requests under keep-alive. */
struct client_connection {
    struct server *server;
    struct client_connection *previous, *next;
    evhtp_connection_t *raw;
    struct event *closed_watcher;   /* EV_CLOSED, armed once for the connection's life */
    struct http_request *current;   /* the request being read or answered, if any */
    bool held;                      /* ... and it waits on the gateway (paused) */
    /* The request head (line and headers) is measured before evhtp parses it. */
    bool reading_head;
    size_t head_bytes, line_bytes, head_lines;
    char head_start[32];            /* "POST /v1/messages…": which dialect a refusal speaks */
    bool closing;                   /* refused before evhtp saw it: close once written */
    bufferevent_data_cb evhtp_read, evhtp_write;
    bufferevent_event_cb evhtp_event;
    void *evhtp_argument;
};

struct http_request {
    struct arena arena;
    struct server *server;
    struct client_connection *connection;
    evhtp_request_t *raw;
    struct buffer body;
    bool refused;              /* answered before its body was read: discard the rest */
    bool held;                 /* async: reading paused, watchers installed */
    bool finished;             /* the final reply has been queued */
    bool aborted;
    struct http_async async;
    struct evbuffer_cb_entry *drain_watch;
    struct event *drain_event;
    size_t drain_low_water;
    struct evbuffer *chunk;    /* staging for stream pieces */
    struct timespec started;
    char id[33];
    char client_ip[46];
    int status;                /* of the reply or stream; 0: none sent */
    void *note;                /* the handler's, for on_finished */
};

/* ---- small accessors ---- */

const char *http_request_client_ip(struct http_request *request)
{
    if (request->client_ip[0] != '\0') {
        return request->client_ip;
    }
    evhtp_connection_t *connection = evhtp_request_get_connection(request->raw);
    const struct sockaddr *address = connection != NULL ? connection->saddr : NULL;
    if (address == NULL) {
        return NULL;
    }
    const void *bytes = address->sa_family == AF_INET6
                            ? (const void *)&((const struct sockaddr_in6 *)address)->sin6_addr
                            : (const void *)&((const struct sockaddr_in *)address)->sin_addr;
    if (inet_ntop(address->sa_family, bytes, request->client_ip, sizeof request->client_ip) == NULL) {
        return NULL;
    }
    return request->client_ip;
}

void http_request_set_note(struct http_request *request, void *note)
{
    request->note = note;
}

void *http_request_note(const struct http_request *request)
{
    return request->note;
}

struct arena *http_request_arena(struct http_request *request)
{
    return &request->arena;
}

const char *http_request_method(const struct http_request *request)
{
    return htparser_get_methodstr_m(evhtp_request_get_method(request->raw));
}

const char *http_request_path(const struct http_request *request)
{
    evhtp_uri_t *uri = request->raw->uri;
    return uri && uri->path && uri->path->full ? uri->path->full : "/";
}

const char *http_request_header(struct http_request *request, const char *name)
{
    return evhtp_kv_find(request->raw->headers_in, name);
}

struct slice http_request_body(const struct http_request *request)
{
    return slice_of(request->body.data, request->body.len);
}

const char *http_request_id(const struct http_request *request)
{
    return request->id;
}

double http_request_elapsed_ms(const struct http_request *request)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - request->started.tv_sec) * 1e3
         + (double)(now.tv_nsec - request->started.tv_nsec) / 1e6;
}

void http_add_header(struct http_request *request, const char *name, const char *value)
{
    char *key_copy = arena_strndup(&request->arena, name, strlen(name));
    char *value_copy = arena_strndup(&request->arena, value, strlen(value));
    /* Flags 0,0: evhtp does not free these strings; they die with the arena, after
     * evhtp has serialised the headers. */
    evhtp_headers_add_header(request->raw->headers_out, evhtp_header_new(key_copy, value_copy, 0, 0));
}

/* ---- ending a request ---- */

static void release_watchers(struct http_request *request)
{
    if (request->connection != NULL && request->connection->current == request) {
        request->connection->held = false;
    }
    if (request->drain_event != NULL) {
        event_free(request->drain_event);
        request->drain_event = NULL;
    }
    if (request->drain_watch != NULL) {
        evhtp_connection_t *connection = evhtp_request_get_connection(request->raw);
        struct bufferevent *bev = connection ? evhtp_connection_get_bev(connection) : NULL;
        if (bev != NULL) {
            evbuffer_remove_cb_entry(bufferevent_get_output(bev), request->drain_watch);
        }
        request->drain_watch = NULL;
    }
}

static evhtp_res on_request_fini(evhtp_request_t *raw, void *arg)
{
    struct http_request *request = arg;
    (void)raw;
    if (request->connection != NULL) {
        struct client_connection *connection = request->connection;
        connection->reading_head = true;              /* keep-alive: a new head comes next */
        connection->head_bytes = connection->line_bytes = connection->head_lines = 0;
        memset(connection->head_start, 0, sizeof connection->head_start);
    }
    if (request->held && !request->finished && !request->aborted) {
        /* The connection went away in a way no hook reported first: the handler still
         * believes the request is alive. Tell it now, before its memory goes. */
        request->aborted = true;
        if (request->async.on_abort) {
            request->async.on_abort(request->async.context);
        }
    }
    release_watchers(request);
    if (request->async.on_release) {
        request->async.on_release(request->async.context);
    }
    if (request->chunk != NULL) {
        evbuffer_free(request->chunk);
    }
    if (request->server->options.on_finished != NULL) {
        /* A client that left before its answer was complete: nginx's 499. */
        int status = request->aborted && !request->finished ? 499 : request->status;
        request->server->options.on_finished(request, status, request->server->options.context);
    }
    if (request->connection != NULL && request->connection->current == request) {
        request->connection->current = NULL;
    }
    /* The arena holds the request itself: release through a copy of its header. */
    struct arena arena = request->arena;
    arena_release(&arena);
    return EVHTP_RES_OK;
}

static void abort_request(struct http_request *request)
{
    if (request->aborted || request->finished) {
        return;
    }
    request->aborted = true;
    if (request->async.on_abort) {
        request->async.on_abort(request->async.context);
    }
}

static void on_request_error(evhtp_request_t *raw, evhtp_error_flags flags, void *arg)
{
    struct http_request *request = arg;
    (void)flags;
    abort_request(request);
    /* A paused connection with an error is only marked for freeing; resuming lets evhtp
     * free it now (STACK-NOTES), which ends the request through on_request_fini. */
    if (request->held) {
        request->held = false;
        evhtp_request_resume(raw);
    }
}

/* A paused connection reads nothing, so it would not see its client leave until a write
 * failed. EV_CLOSED (EPOLLRDHUP) reports the hang-up at once. The watcher lives as long
 * as the connection so no request pays an epoll_ctl for it. */
static void on_client_closed(evutil_socket_t fd, short events, void *arg)
{
    struct client_connection *connection = arg;
    (void)fd;
    (void)events;
    struct http_request *request = connection->held ? connection->current : NULL;
    if (request == NULL) {
        /* Idle: evhtp reads the end of the stream itself and frees the connection. Stop
         * watching so a half-closed socket does not wake the loop again and again. */
        event_del(connection->closed_watcher);
        return;
    }
    abort_request(request);
    /* Frees the connection and, through the fini hooks, this request and the watcher. */
    evhtp_connection_free(connection->raw);
}

static void finish(struct http_request *request)
{
    request->finished = true;
    release_watchers(request);
    if (request->held) {
        request->held = false;
        evhtp_request_resume(request->raw);
    }
}

void http_reply(struct http_request *request, int status, const char *content_type,
                const char *body, size_t len)
{
    if (request->finished || request->aborted) {
        return;
    }
    request->status = status;
    if (content_type != NULL) {
        http_add_header(request, "Content-Type", content_type);
    }
    http_add_header(request, "x-request-id", request->id);
    /* By reference: the body lives in the arena, which outlives the write. */
    evbuffer_add_reference(request->raw->buffer_out, body, len, NULL, NULL);
    evhtp_send_reply(request->raw, (evhtp_res)status);
    finish(request);
}

/* ---- async requests and streams ---- */

static void on_drain_event(evutil_socket_t fd, short events, void *arg)
{
    struct http_request *request = arg;
    (void)fd;
    (void)events;
    if (request->async.on_drain && !request->finished && !request->aborted) {
        request->async.on_drain(request->async.context);
    }
}

static void on_output_change(struct evbuffer *output, const struct evbuffer_cb_info *info, void *arg)
{
    struct http_request *request = arg;
    (void)info;
    if (request->drain_low_water == 0 || evbuffer_get_length(output) > request->drain_low_water) {
        return;
    }
    request->drain_low_water = 0;
    /* Deferred: resuming the upstream from inside a buffer callback would re-enter
     * libcurl and the buffer we are being called from (STACK-NOTES). */
    event_active(request->drain_event, EV_TIMEOUT, 1);
}

void http_request_hold(struct http_request *request, const struct http_async *async)
{
    request->async = *async;
    request->held = true;
    request->connection->held = true;
    /* evhtp_request_pause would also stop reading the socket: one epoll change now and
     * one at resume, on every request. The paused flag alone is enough: evhtp's read
     * callback leaves a paused connection's input alone, and the read watermark set at
     * accept bounds what a pipelining client can queue meanwhile. */
    request->raw->status = EVHTP_RES_PAUSE;
    evhtp_request_get_connection(request->raw)->flags |= EVHTP_CONN_FLAG_PAUSED;
    request->drain_event = event_new(request->server->base, -1, 0, on_drain_event, request);
}

void http_stream_start(struct http_request *request, int status, const char *content_type)
{
    request->status = status;
    if (content_type != NULL) {
        http_add_header(request, "Content-Type", content_type);
    }
    http_add_header(request, "x-request-id", request->id);
    request->chunk = evbuffer_new();
    evhtp_send_reply_chunk_start(request->raw, (evhtp_res)status);
}

void http_stream_write(struct http_request *request, const char *data, size_t len)
{
    if (request->finished || request->aborted || len == 0) {
        return;
    }
    evbuffer_add(request->chunk, data, len);
    evhtp_send_reply_chunk(request->raw, request->chunk);
}

void http_stream_end(struct http_request *request)
{
    if (request->finished || request->aborted) {
        return;
    }
    evhtp_send_reply_chunk_end(request->raw);
    finish(request);
}

size_t http_pending_output(struct http_request *request)
{
    evhtp_connection_t *connection = evhtp_request_get_connection(request->raw);
    return evbuffer_get_length(bufferevent_get_output(evhtp_connection_get_bev(connection)));
}

void http_watch_drain(struct http_request *request, size_t low_water)
{
    request->drain_low_water = low_water;
    if (request->drain_watch == NULL) {
        evhtp_connection_t *connection = evhtp_request_get_connection(request->raw);
        request->drain_watch = evbuffer_add_cb(bufferevent_get_output(evhtp_connection_get_bev(connection)),
                                               on_output_change, request);
    }
}

/* ---- reading requests ---- */

static void refuse(struct http_request *request, int status, const char *message)
{
    request->refused = true;
    /* The connection cannot be reused: the rest of the body is unread. */
    evhtp_request_set_keepalive(request->raw, 0);
    http_add_header(request, "Connection", "close");
    request->server->options.refuse(request, status, message, request->server->options.context);
}

static evhtp_res on_body(evhtp_request_t *raw, struct evbuffer *data, void *arg)
{
    struct http_request *request = arg;
    size_t len = evbuffer_get_length(data);
    (void)raw;
    if (!request->refused) {
        if (request->body.len + len > request->server->options.max_body_bytes) {
            refuse(request, 413, "request body is larger than the limit");
        } else {
            buffer_reserve(&request->body, len);
            evbuffer_remove(data, request->body.data + request->body.len, len);
            request->body.len += len;
            request->body.data[request->body.len] = '\0';
        }
    }
    /* Whatever is left is discarded, never stored: evhtp appends only what we leave. */
    evbuffer_drain(data, len);
    return EVHTP_RES_OK;
}

static void new_request_id(struct server *server, char *out)
{
    snprintf(out, 33, "%s%016llx", server->id_prefix, ++server->request_counter);
}

static evhtp_res on_headers(evhtp_request_t *raw, evhtp_headers_t *headers, void *arg)
{
    struct client_connection *connection = arg;
    struct server *server = evhtp_request_get_connection(raw)->htp->arg;
    /* The request lives in its own arena: one recycled chunk, no malloc of its own. */
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    struct http_request *request = arena_calloc(&arena, 1, sizeof *request);
    request->arena = arena;
    request->server = server;
    request->connection = connection;
    connection->current = request;
    connection->held = false;
    request->raw = raw;
    clock_gettime(CLOCK_MONOTONIC, &request->started);
    new_request_id(server, request->id);
    buffer_init(&request->body, &request->arena, 1024);
    evhtp_request_set_hook(raw, evhtp_hook_on_request_fini, HOOK(on_request_fini), request);
    evhtp_request_set_hook(raw, evhtp_hook_on_error, HOOK(on_request_error), request);
    evhtp_request_set_hook(raw, evhtp_hook_on_read, HOOK(on_body), request);
    /* The completion callback is called with cbarg: make that this request. */
    raw->cbarg = request;

    const char *length = evhtp_kv_find(headers, "Content-Length");
    if (length != NULL) {
        char *end;
        unsigned long long declared = strtoull(length, &end, 10);
        if (*end != '\0' || declared > server->options.max_body_bytes) {
            refuse(request, 413, "request body is larger than the limit");
            return EVHTP_RES_OK;
        }
        buffer_reserve(&request->body, (size_t)declared);
    }
    /* evhtp's own 100-continue is off: it would answer before we could refuse. */
    if (evhtp_kv_find(headers, "Expect") != NULL) {
        evhtp_connection_t *connection = evhtp_request_get_connection(raw);
        evbuffer_add_printf(bufferevent_get_output(evhtp_connection_get_bev(connection)),
                            "HTTP/1.1 100 Continue\r\n\r\n");
    }
    return EVHTP_RES_OK;
}

/* arg is the http_request: on_headers replaced evhtp's callback argument with it. */
static void on_request_complete(evhtp_request_t *raw, void *arg)
{
    struct http_request *request = arg;
    (void)raw;
    if (request == NULL || request->refused) {
        return;
    }
    request->server->options.handler(request, request->server->options.context);
}

static evhtp_res on_connection_fini(evhtp_connection_t *raw, void *arg)
{
    struct client_connection *connection = arg;
    (void)raw;
    /* evhtp runs this before it frees the connection's request: detach it first. */
    if (connection->current != NULL) {
        connection->current->connection = NULL;
    }
    if (connection->previous != NULL) {
        connection->previous->next = connection->next;
    } else {
        connection->server->connections = connection->next;
    }
    if (connection->next != NULL) {
        connection->next->previous = connection->previous;
    }
    event_free(connection->closed_watcher);
    free(connection);
    return EVHTP_RES_OK;
}

/* ---- the request head, measured before evhtp parses it ---- */

/* 414 or 431 straight onto the socket: evhtp has no request to answer through yet. The
 * body is the client dialect's error, chosen by the path's first bytes. */
static void refuse_head(struct client_connection *connection, struct bufferevent *bev, int status)
{
    struct server *server = connection->server;
    char path[sizeof connection->head_start] = "/";
    const char *space = memchr(connection->head_start, ' ', sizeof connection->head_start);
    if (space != NULL) {
        snprintf(path, sizeof path, "%s", space + 1);
    }
    struct evbuffer *input = bufferevent_get_input(bev);
    char body[512];
    size_t len = server->options.refuse_head(status, path, body, sizeof body, server->options.context);
    evbuffer_add_printf(bufferevent_get_output(bev),
                        "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n"
                        "Connection: close\r\n\r\n", status,
                        status == 414 ? "URI Too Long" : "Request Header Fields Too Large", len);
    evbuffer_add(bufferevent_get_output(bev), body, len);
    evbuffer_drain(input, evbuffer_get_length(input));
    bufferevent_disable(bev, EV_READ);
    connection->closing = true;
}

/* Count the head's bytes as they arrive, before evhtp consumes them: 414 for a request
 * line over MAX_LINE_BYTES, 431 for another line over it or a head over
 * max_header_bytes, 0 while it is within bounds or once its blank line has come. */
static int measure_head(struct client_connection *connection, struct evbuffer *input)
{
    size_t limit = connection->server->options.max_header_bytes;
    struct evbuffer_iovec pieces[8];
    int count = evbuffer_peek(input, -1, NULL, pieces, 8);
    for (int p = 0; p < count && p < 8; p++) {
        const unsigned char *bytes = pieces[p].iov_base;
        for (size_t i = 0; i < pieces[p].iov_len; i++) {
            if (connection->head_bytes < sizeof connection->head_start - 1) {
                connection->head_start[connection->head_bytes] = (char)bytes[i];
            }
            if (++connection->head_bytes > limit) {
                return connection->head_lines == 0 ? 414 : 431;
            }
            if (bytes[i] != '\n') {
                if (++connection->line_bytes > MAX_LINE_BYTES) {
                    return connection->head_lines == 0 ? 414 : 431;
                }
                continue;
            }
            bool blank = connection->line_bytes <= 1;          /* "\r\n" */
            connection->line_bytes = 0;
            if (blank && connection->head_lines > 0) {
                connection->reading_head = false;              /* the rest is the body */
                return 0;
            }
            connection->head_lines += !blank;                  /* blank lines before a head */
        }
    }
    return 0;
}

static void on_connection_readable(struct bufferevent *bev, void *arg)
{
    struct client_connection *connection = arg;
    struct evbuffer *input = bufferevent_get_input(bev);
    if (connection->closing) {
        evbuffer_drain(input, evbuffer_get_length(input));
        return;
    }
    if (connection->reading_head) {
        int status = measure_head(connection, input);
        if (status != 0) {
            refuse_head(connection, bev, status);
            return;
        }
    }
    connection->evhtp_read(bev, connection->evhtp_argument);
}

static void on_connection_writable(struct bufferevent *bev, void *arg)
{
    struct client_connection *connection = arg;
    if (connection->closing) {
        if (evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
            evhtp_connection_free(connection->raw);
        }
        return;
    }
    connection->evhtp_write(bev, connection->evhtp_argument);
}

static void on_connection_event(struct bufferevent *bev, short events, void *arg)
{
    struct client_connection *connection = arg;
    connection->evhtp_event(bev, events, connection->evhtp_argument);
}

static evhtp_res on_connection(evhtp_connection_t *raw, void *arg)
{
    struct server *server = arg;
    struct client_connection *connection = calloc(1, sizeof *connection);
    if (connection == NULL) {
        return EVHTP_RES_FATAL;
    }
    connection->raw = raw;
    connection->server = server;
    connection->next = server->connections;
    if (server->connections != NULL) {
        server->connections->previous = connection;
    }
    server->connections = connection;
    connection->closed_watcher = event_new(server->base, bufferevent_getfd(evhtp_connection_get_bev(raw)),
                                           EV_CLOSED | EV_PERSIST, on_client_closed, connection);
    if (connection->closed_watcher == NULL) {
        free(connection);
        return EVHTP_RES_FATAL;
    }
    event_add(connection->closed_watcher, NULL);
    struct bufferevent *bev = evhtp_connection_get_bev(raw);
    bufferevent_setwatermark(bev, EV_READ, 0, MAX_QUEUED_INPUT);
    /* Stand in front of evhtp's callbacks to measure each request head first. */
    connection->reading_head = true;
    bufferevent_getcb(bev, &connection->evhtp_read, &connection->evhtp_write, &connection->evhtp_event,
                      &connection->evhtp_argument);
    bufferevent_setcb(bev, on_connection_readable, on_connection_writable, on_connection_event, connection);
    evhtp_connection_set_hook(raw, evhtp_hook_on_connection_fini, HOOK(on_connection_fini), connection);
    evhtp_connection_set_hook(raw, evhtp_hook_on_headers, HOOK(on_headers), connection);
    return EVHTP_RES_OK;
}

/* TLS 1.2 and 1.3 only (1.3 is negotiated whenever the client can), forward-secret AEAD
 * ciphers for 1.2, no compression, no renegotiation, no session cache to hold state. */
static bool enable_tls(struct server *server, char *error, size_t error_size)
{
    /* Check the files here: evhtp's own loader reports nothing useful. */
    SSL_CTX *probe = SSL_CTX_new(TLS_server_method());
    bool usable = probe != NULL && SSL_CTX_use_certificate_chain_file(probe, server->options.tls_cert) == 1
                  && SSL_CTX_use_PrivateKey_file(probe, server->options.tls_key, SSL_FILETYPE_PEM) == 1
                  && SSL_CTX_check_private_key(probe) == 1;
    SSL_CTX_free(probe);
    if (!usable) {
        snprintf(error, error_size, "tls: cannot use the certificate %s with the key %s (missing, unreadable, "
                 "not PEM, or not a pair)", server->options.tls_cert, server->options.tls_key);
        return false;
    }
    evhtp_ssl_cfg_t config = {
        .pemfile = (char *)server->options.tls_cert,
        .privfile = (char *)server->options.tls_key,
        .ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20",
        .ssl_opts = SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 | SSL_OP_NO_COMPRESSION
                    | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE,
        .scache_type = evhtp_ssl_scache_type_disabled,
    };
    if (evhtp_ssl_init(server->htp, &config) != 0 || server->htp->ssl_ctx == NULL
        || SSL_CTX_set_min_proto_version(server->htp->ssl_ctx, TLS1_2_VERSION) != 1) {
        snprintf(error, error_size, "tls: cannot set up TLS with %s", server->options.tls_cert);
        return false;
    }
    return true;
}

struct server *server_new(struct event_base *base, const struct server_options *options, char *error,
                          size_t error_size)
{
    struct server *server = calloc(1, sizeof *server);
    if (server == NULL) {
        snprintf(error, error_size, "out of memory");
        return NULL;
    }
    server->base = base;
    server->options = *options;
    unsigned int prefix;
    if (getrandom(&prefix, sizeof prefix, 0) != (ssize_t)sizeof prefix) {
        prefix = (unsigned int)time(NULL) ^ (unsigned int)getpid();
    }
    snprintf(server->id_prefix, sizeof server->id_prefix, "%08x%08x", prefix, (unsigned int)getpid());
    server->htp = evhtp_new(base, server);   /* htp->arg: found from any request */
    if (server->htp == NULL) {
        free(server);
        snprintf(error, error_size, "cannot create the HTTP server");
        return NULL;
    }
    server->htp->flags &= ~(uint16_t)EVHTP_FLAG_ENABLE_100_CONT;
    server->htp->flags |= EVHTP_FLAG_ENABLE_NODELAY;
    if (options->reuse_port) {
        server->htp->flags |= EVHTP_FLAG_ENABLE_REUSEPORT;
    }
    if (options->tls_cert != NULL && !enable_tls(server, error, error_size)) {
        evhtp_free(server->htp);
        free(server);
        return NULL;
    }
    evhtp_set_gencb(server->htp, on_request_complete, server);
    evhtp_set_post_accept_cb(server->htp, on_connection, server);
    char address[300];
    /* evhtp takes "ipv6:" for v6 addresses. */
    if (strchr(options->host, ':') != NULL) {
        snprintf(address, sizeof address, "ipv6:%s", options->host);
    } else {
        snprintf(address, sizeof address, "%s", options->host);
    }
    if (evhtp_bind_socket(server->htp, address, (uint16_t)options->port, 1024) != 0) {
        snprintf(error, error_size, "cannot listen on %s:%d: %s", options->host, options->port, strerror(errno));
        evhtp_free(server->htp);
        free(server);
        return NULL;
    }
    return server;
}

void server_stop_accepting(struct server *server)
{
    evhtp_unbind_socket(server->htp);
}

void server_free(struct server *server)
{
    if (server == NULL) {
        return;
    }
    /* evhtp_free leaves open connections and the listener behind. Freeing a connection
     * ends its request through the usual hooks (an exchange in flight is aborted). */
    while (server->connections != NULL) {
        evhtp_connection_free(server->connections->raw);
    }
    evhtp_unbind_socket(server->htp);
    evhtp_free(server->htp);
    free(server);
}
