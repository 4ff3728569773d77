#include "proxy/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <malloc.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/bufferevent_struct.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <evhtp/evhtp.h>
#pragma GCC diagnostic pop
#include <openssl/ssl.h>

#include "proxy/log.h"
#include "proxy/request_framing.h"
#include "transforms/foundation/buffer.h"
#include "transforms/foundation/clock.h"
#include "transforms/foundation/hex.h"

/* evhtp stores every hook as one generic function type; going through void (*)(void)
 * is the sanctioned way to convert between function pointer types. */
#define HOOK(function) ((evhtp_hook)(void (*)(void))(function))

/* MAX_QUEUED_INPUT: unparsed bytes a connection may hold while its request is in flight.
 * CLOSE_GRACE_MS: how long a refused connection may take to read its answer.
 * ACCEPT_BACKOFF_MS, ACCEPT_REPORT_MS: accept() failing (out of descriptors) stops
 * accepting for a moment instead of retrying at once, and is logged once per report. */
enum {
    MAX_QUEUED_INPUT = 256 * 1024,
    CLOSE_GRACE_MS = 2000,
    ACCEPT_BACKOFF_MS = 250,
    ACCEPT_REPORT_MS = 5000,
    MAX_CONNECTIONS_CEILING = 100000,
    DESCRIPTORS_RESERVED = 64,       /* listener, epoll, log, audit, telemetry, resolver */
    SPARE_PARSERS = 64,              /* parked evhtp parsers kept for reuse, see park_parser */
};

struct client_connection;

struct server {
    evhtp_t *htp;
    struct client_connection *connections;   /* open ones, freed at shutdown */
    size_t connection_count;
    struct event_base *base;
    struct server_options options;
    unsigned long long request_counter;
    char id_prefix[17];
    struct event *accept_backoff;           /* re-enables the listener after accept() failed */
    unsigned long long accept_failures;      /* since the last report */
    long long accept_reported_ms;
    bool accept_ever_reported;
    htparser *spare_parsers[SPARE_PARSERS];
    size_t spare_parser_count;
};

/* Where a connection is in its life. Each phase but ANSWERING has a deadline on the
 * connection's one timer. */
enum connection_phase {
    PHASE_IDLE,        /* kept alive, waiting for the next request's first byte: idle timeout */
    PHASE_HEAD,        /* reading a request head: header timeout */
    PHASE_BODY,        /* reading its body: body timeout */
    PHASE_ANSWERING,   /* the request is complete: the gateway has it, evhtp is paused */
    PHASE_CLOSING,     /* refused or timed out: the answer goes out, then the connection */
};

/* One per client connection: it outlives requests under keep-alive. */
struct client_connection {
    struct server *server;
    struct client_connection *previous, *next;
    evhtp_connection_t *raw;
    /* EV_CLOSED, armed once for the connection's life; also made active by hand (EV_TIMEOUT,
     * which it never waits for) to settle the connection from the loop: an answer is
     * complete, or evhtp wants it freed. One event for both saves one per open stream. */
    struct event *closed_watcher;
    struct event *timer;            /* the current phase's deadline */
    struct http_request *current;   /* the request being read or answered, if any */
    enum connection_phase phase;
    /* Set while one of our callbacks runs: evhtp may free the connection inside it, and
     * then the memory waits until that callback returns. */
    int depth;
    bool gone;
    /* The request head, and a chunked body's framing, read before evhtp parses them. */
    struct request_framing framing;
    /* How many bytes at the front of the input were read by the framing already and are
     * still there, not yet consumed by evhtp. */
    size_t measured;
    bufferevent_data_cb evhtp_read, evhtp_write;
    bufferevent_event_cb evhtp_event;
    void *evhtp_argument;
    /* While the parser is parked: the request's HTTP version, which evhtp's reply reads. */
    unsigned char parked_major, parked_minor;
    /* The parser read a head since it was last wiped (see wipe_parser). */
    bool head_in_parser;
};

struct http_request {
    struct arena arena;
    struct server *server;
    struct client_connection *connection;
    evhtp_request_t *raw;
    /* The body lives in a region of its own (wiped and freed when dropped or with the
     * request), so that it can go once parsed while the request's arena stays. */
    struct arena body_arena;
    struct buffer body;
    size_t body_length;        /* as received: kept when the body is dropped */
    bool refused;              /* answered before its body was read: discard the rest */
    bool held;                 /* async: watchers installed */
    bool finished;             /* the final reply has been queued */
    bool aborted;
    struct http_async async;
    struct evbuffer_cb_entry *drain_watch;
    struct event *drain_event;
    size_t drain_low_water;
    bool streaming;            /* http_stream_start was called: pieces may be written */
    double started_ms;
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

/* The request's own method, recorded when its line was parsed: the connection's parser
 * (what evhtp_request_get_method reads) has moved on to the next request, or been reset,
 * by the time an answer to a held request is built. */
const char *http_request_method(const struct http_request *request)
{
    return htparser_get_methodstr_m(request->raw->method);
}

const char *http_request_path(const struct http_request *request)
{
    evhtp_uri_t *uri = request->raw->uri;
    return uri && uri->path && uri->path->full ? uri->path->full : "/";
}

const char *http_request_query(const struct http_request *request)
{
    evhtp_uri_t *uri = request->raw->uri;
    return uri && uri->query_raw ? (const char *)uri->query_raw : "";
}

/* evhtp_kv_find compares every key with strcasecmp and hands back the value as stored:
 * entries without a key or a value are skipped here instead, so callers only ever get a
 * string or NULL. */
static const char *find_header(evhtp_headers_t *headers, const char *name)
{
    if (headers == NULL) {
        return NULL;
    }
    evhtp_kv_t *header;
    TAILQ_FOREACH(header, headers, next) {
        if (header->key != NULL && header->val != NULL && strcasecmp(header->key, name) == 0) {
            return header->val;
        }
    }
    return NULL;
}

const char *http_request_header(struct http_request *request, const char *name)
{
    return find_header(request->raw->headers_in, name);
}

/* evhtp reads a request's headers only while it parses the request: once parsed, they are
 * ours to drop (evhtp frees a NULL list as nothing). Freed blocks are wiped (wipe_alloc). */
void http_request_drop_headers(struct http_request *request)
{
    evhtp_headers_free(request->raw->headers_in);
    request->raw->headers_in = NULL;
}

struct slice http_request_body(const struct http_request *request)
{
    return slice_of(request->body.data, request->body.len);
}

size_t http_request_body_length(const struct http_request *request)
{
    return request->body_length;
}

void http_request_drop_body(struct http_request *request)
{
    request->body_length = request->body.len;
    arena_release(&request->body_arena);
    buffer_init_lazy(&request->body, &request->body_arena);
}

const char *http_request_id(const struct http_request *request)
{
    return request->id;
}

double http_request_elapsed_ms(const struct http_request *request)
{
    return clock_monotonic_ms_exact() - request->started_ms;
}

void http_add_header(struct http_request *request, const char *name, const char *value)
{
    char *key_copy = arena_strndup(&request->arena, name, strlen(name));
    char *value_copy = arena_strndup(&request->arena, value, strlen(value));
    /* Flags 0,0: evhtp does not free these strings; they die with the arena, after
     * evhtp has serialised the headers. */
    evhtp_headers_add_header(request->raw->headers_out, evhtp_header_new(key_copy, value_copy, 0, 0));
}

/* ---- the connection's life: phases, its timer, pausing evhtp ---- */

static void arm_timer(struct client_connection *connection, long milliseconds)
{
    struct timeval delay = timeval_from_ms(milliseconds);
    evtimer_add(connection->timer, &delay);
}

/* Only the phases that wait on the client have a deadline. */
static void enter_phase(struct client_connection *connection, enum connection_phase phase)
{
    const struct server_options *options = &connection->server->options;
    connection->phase = phase;
    switch (phase) {
    case PHASE_IDLE:
        arm_timer(connection, options->idle_timeout_ms);
        return;
    case PHASE_HEAD:
        arm_timer(connection, options->header_timeout_ms);
        return;
    case PHASE_BODY:
        arm_timer(connection, options->body_timeout_ms);
        return;
    case PHASE_ANSWERING:
        evtimer_del(connection->timer);
        return;
    case PHASE_CLOSING:
        arm_timer(connection, CLOSE_GRACE_MS);
        return;
    }
}

/* A complete request pauses evhtp until its answer has been written, whether the handler
 * answers at once or holds the request. This is exactly the state evhtp_request_pause
 * leaves (the connection's PAUSED flag, the request's status PAUSE), except that reading
 * the socket stays on: evhtp's read callback leaves a paused connection's input alone, the
 * read watermark bounds what a pipelining client can queue meanwhile, and it spares an
 * epoll change per request. It is never undone by evhtp's own resume (whose deferred
 * callback would clear PAUSED at a moment of its choosing, possibly under the next
 * request): see settle(). */
static void pause_parsing(struct client_connection *connection)
{
    connection->raw->flags |= EVHTP_CONN_FLAG_PAUSED;
    if (connection->raw->request != NULL) {
        connection->raw->request->status = EVHTP_RES_PAUSE;
    }
}

static void resume_parsing(struct client_connection *connection)
{
    connection->raw->flags &= (uint16_t)~EVHTP_CONN_FLAG_PAUSED;
    if (connection->raw->request != NULL) {
        connection->raw->request->status = EVHTP_RES_OK;
    }
}

/* A parser's header buffer keeps the last line of the head it read (an x-api-key, a ?key=
 * URI) until it reads the next head, and htparser_init resets only its state: once its
 * request no longer needs it, it is wiped, whether it goes to the spares (which outlive
 * the request, for good when the client left while parked) or stays with a kept-alive
 * connection that may sit idle. */
static void wipe_parser(struct client_connection *connection, htparser *parser)
{
    if (connection->head_in_parser) {
        explicit_bzero(parser, malloc_usable_size(parser));
        connection->head_in_parser = false;
    }
}

/* evhtp's parser is 8 KiB (a header buffer), and sits idle from a request's last byte until
 * its answer starts: an open stream waiting for its provider would hold it all along. A
 * held request's parser is parked (given back, to a few spares or to malloc) once evhtp
 * has finished with it, and a parser is put back before evhtp's reply, which reads the
 * HTTP version from it, and before evhtp resets it for the next request; a stream parks it
 * again once its status line is out. A multipart request, which changes evhtp's reply,
 * keeps its own. */
static void park_parser(struct client_connection *connection)
{
    evhtp_connection_t *raw = connection->raw;
    struct http_request *request = connection->current;
    if (connection->gone || connection->phase != PHASE_ANSWERING || request == NULL || !request->held
        || request->finished || raw->parser == NULL || htparser_get_multipart(raw->parser) != 0) {
        return;
    }
    struct server *server = connection->server;
    connection->parked_major = htparser_get_major(raw->parser);
    connection->parked_minor = htparser_get_minor(raw->parser);
    if (server->spare_parser_count < SPARE_PARSERS) {
        wipe_parser(connection, raw->parser);
        server->spare_parsers[server->spare_parser_count++] = raw->parser;
    } else {
        connection->head_in_parser = false;       /* free() wipes */
        free(raw->parser);
    }
    raw->parser = NULL;
}

static void unpark_parser(struct client_connection *connection)
{
    evhtp_connection_t *raw = connection->raw;
    if (connection->gone || raw->parser != NULL) {
        return;
    }
    struct server *server = connection->server;
    htparser *parser = server->spare_parser_count > 0 ? server->spare_parsers[--server->spare_parser_count]
                                                      : htparser_new();
    if (parser == NULL) {
        fprintf(stderr, "lethe: out of memory (a request parser)\n");
        abort();
    }
    htparser_init(parser, htp_type_request);
    htparser_set_userdata(parser, raw);
    htparser_set_major(parser, connection->parked_major);
    htparser_set_minor(parser, connection->parked_minor);
    raw->parser = parser;
}

static void destroy_connection(struct client_connection *connection)
{
    struct event *events[] = { connection->closed_watcher, connection->timer };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        if (events[i] != NULL) {
            event_free(events[i]);
        }
    }
    free(connection);
}

/* Settle the connection from the loop, outside every caller's stack (on_closed_or_settle). */
static void settle_soon(struct client_connection *connection)
{
    event_active(connection->closed_watcher, EV_TIMEOUT, 1);
}

/* Every callback of ours that may end in evhtp freeing the connection runs between these:
 * the memory stays until the outermost one returns. */
static void connection_enter(struct client_connection *connection)
{
    connection->depth++;
}

static void connection_leave(struct client_connection *connection)
{
    if (--connection->depth == 0 && connection->gone) {
        destroy_connection(connection);
    }
}

static void close_connection(struct client_connection *connection)
{
    if (!connection->gone) {
        evhtp_connection_free(connection->raw);
    }
}

/* ---- ending a request ---- */

static void release_watchers(struct http_request *request)
{
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

static void reset_head(struct client_connection *connection)
{
    const struct server_options *options = &connection->server->options;
    request_framing_start(&connection->framing, options->max_header_bytes, options->max_body_bytes);
    connection->measured = 0;
}

/* The request hooks are the connection's (on_headers): they find the request through the
 * callback argument on_headers set, and NULL means evhtp freed a request it never reached. */
static struct http_request *request_of(evhtp_request_t *raw)
{
    return raw->cbarg;
}

static evhtp_res on_request_fini(evhtp_request_t *raw, void *arg)
{
    (void)arg;
    /* The hooks it points to are the connection's: evhtp must not free them with it. */
    raw->hooks = NULL;
    struct http_request *request = request_of(raw);
    if (request == NULL) {
        return EVHTP_RES_OK;
    }
    if (request->connection != NULL) {
        reset_head(request->connection);             /* keep-alive: a new head comes next */
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
    if (request->server->options.on_finished != NULL) {
        /* A client that left before its answer was complete: nginx's 499. */
        int status = request->aborted && !request->finished ? 499 : request->status;
        request->server->options.on_finished(request, status, request->server->options.context);
    }
    if (request->connection != NULL && request->connection->current == request) {
        request->connection->current = NULL;
    }
    arena_release(&request->body_arena);
    /* The arena holds the request itself: release through a copy of its header. */
    struct arena arena = request->arena;
    arena_release(&arena);
    /* What code that read this request left in its stack frames and registers is wiped by
     * the worker's loop after this pass (run_loop_wiping in proxy/worker.c). */
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

/* evhtp reports a socket error or EOF here. On a connection it is not parsing (paused),
 * evhtp only marks it to be freed (EVHTP_CONN_FLAG_FREE_CONN, set after this hook
 * returns): on_closed_or_settle frees it from the loop, outside every caller's stack. */
static void on_request_error(evhtp_request_t *raw, evhtp_error_flags flags, void *arg)
{
    struct http_request *request = request_of(raw);
    (void)arg;
    (void)flags;
    if (request == NULL) {
        return;
    }
    abort_request(request);
    if (request->connection != NULL) {
        settle_soon(request->connection);
    }
}

/* A paused connection reads nothing into the parser, so it would not see its client
 * leave until a write failed. EV_CLOSED (EPOLLRDHUP) reports the hang-up at once. The
 * watcher lives as long as the connection so no request pays an epoll_ctl for it. */
/* True when the connection was closed here (it may be gone). */
static bool client_closed(struct client_connection *connection)
{
    struct http_request *request = connection->phase == PHASE_ANSWERING ? connection->current : NULL;
    if (request == NULL || request->finished) {
        /* Not waiting on the gateway: evhtp reads the end of the stream itself and frees
         * the connection. Stop watching so a half-closed socket does not wake the loop
         * again and again (settle_soon still works: it needs no watch). */
        event_del(connection->closed_watcher);
        return false;
    }
    connection_enter(connection);
    abort_request(request);
    /* Frees the connection and, through the fini hooks, this request. */
    close_connection(connection);
    connection_leave(connection);
    return true;
}

/* Bytes were queued for the client: write them in this loop turn, not the next. The
 * bufferevent arms write readiness when bytes are queued and disarms it once they are
 * written; left to itself that is an epoll_ctl before the write and one after, every
 * answer. Its write event, run now, writes at once (a full socket leaves it armed, as
 * before), and the epoll changelist folds the arming and the disarming into nothing.
 * Only when the bufferevent itself wants to write (its event is pending). */
static void write_soon(struct http_request *request)
{
    evhtp_connection_t *connection = evhtp_request_get_connection(request->raw);
    struct bufferevent *bev = connection != NULL ? evhtp_connection_get_bev(connection) : NULL;
    if (bev != NULL && event_pending(&bev->ev_write, EV_WRITE, NULL)) {
        event_active(&bev->ev_write, EV_WRITE, 1);
    }
}

static void finish(struct http_request *request)
{
    write_soon(request);
    request->finished = true;
    release_watchers(request);
    /* The answer is queued; settle() takes the connection on once it has been written. */
    if (request->connection != NULL) {
        settle_soon(request->connection);
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
    /* By reference: the body lives in the arena, which outlives the write (the request is
     * freed only once its answer has left, see settle()). */
    evbuffer_add_reference(request->raw->buffer_out, body, len, NULL, NULL);
    if (request->connection != NULL) {
        unpark_parser(request->connection);
    }
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
    if (request->drain_low_water == 0 || request->drain_event == NULL
        || evbuffer_get_length(output) > request->drain_low_water) {
        return;
    }
    request->drain_low_water = 0;
    /* Deferred: resuming the upstream from inside a buffer callback would re-enter
     * libcurl and the buffer we are being called from (STACK-NOTES). */
    event_active(request->drain_event, EV_TIMEOUT, 1);
}

/* The connection is already paused (every complete request is, see pause_parsing). */
void http_request_hold(struct http_request *request, const struct http_async *async)
{
    request->async = *async;
    request->held = true;
}

void http_stream_start(struct http_request *request, int status, const char *content_type)
{
    request->status = status;
    if (content_type != NULL) {
        http_add_header(request, "Content-Type", content_type);
    }
    http_add_header(request, "x-request-id", request->id);
    request->streaming = true;
    if (request->connection != NULL) {
        unpark_parser(request->connection);
    }
    evhtp_send_reply_chunk_start(request->raw, (evhtp_res)status);
    /* The status line is out: the stream's chunks need no parser until the next request. */
    if (request->connection != NULL) {
        park_parser(request->connection);
    }
    write_soon(request);
}

/* A chunk's size line, "%zx\r\n" (or nothing when the answer is not chunked). */
static size_t chunk_size_line(char *line, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    char digits[16];
    size_t count = 0;
    do {
        digits[count++] = hex[len & 15];
        len >>= 4;
    } while (len != 0);
    for (size_t i = 0; i < count; i++) {
        line[i] = digits[count - 1 - i];
    }
    line[count] = '\r';
    line[count + 1] = '\n';
    return count + 2;
}

/* What evhtp_send_reply_chunk writes (size line, data, CRLF), written straight into the
 * connection's output as one piece: it formats the size line with printf and adds the
 * three parts one by one (three runs of the buffer's callbacks), for every event of a
 * stream. */
void http_stream_write(struct http_request *request, const char *data, size_t len)
{
    if (request->finished || request->aborted || len == 0 || !request->streaming) {
        return;
    }
    struct evbuffer *output = bufferevent_get_output(evhtp_request_get_bev(request->raw));
    bool chunked = (request->raw->flags & EVHTP_REQ_FLAG_CHUNKED) != 0;
    char size_line[24];
    size_t size_len = chunked ? chunk_size_line(size_line, len) : 0;
    size_t trailer_len = chunked ? 2 : 0;
    size_t total = size_len + len + trailer_len;
    struct evbuffer_iovec space;
    if (evbuffer_reserve_space(output, (ev_ssize_t)total, &space, 1) == 1 && space.iov_len >= total) {
        char *at = space.iov_base;
        memcpy(at, size_line, size_len);
        memcpy(at + size_len, data, len);
        memcpy(at + size_len + len, "\r\n", trailer_len);
        space.iov_len = total;
        evbuffer_commit_space(output, &space, 1);
    } else {
        evbuffer_add(output, size_line, size_len);
        evbuffer_add(output, data, len);
        evbuffer_add(output, "\r\n", trailer_len);
    }
    write_soon(request);
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
    /* Made with the watch, on the first backlog: a stream that never waits for its client
     * (and any request still waiting for its provider) holds no event for it. */
    if (request->drain_event == NULL) {
        request->drain_event = event_new(request->server->base, -1, 0, on_drain_event, request);
    }
    if (request->drain_watch == NULL) {
        evhtp_connection_t *connection = evhtp_request_get_connection(request->raw);
        request->drain_watch = evbuffer_add_cb(bufferevent_get_output(evhtp_connection_get_bev(connection)),
                                               on_output_change, request);
    }
}

/* ---- reading requests ---- */

void http_request_refuse_body(struct http_request *request)
{
    request->refused = true;
    /* The connection cannot be reused: the rest of the body is unread. */
    evhtp_request_set_keepalive(request->raw, 0);
    http_add_header(request, "Connection", "close");
}

static void refuse(struct http_request *request, int status, const char *message)
{
    http_request_refuse_body(request);
    request->server->options.refuse(request, status, message, request->server->options.context);
}

static evhtp_res on_body(evhtp_request_t *raw, struct evbuffer *data, void *arg)
{
    struct http_request *request = request_of(raw);
    size_t len = evbuffer_get_length(data);
    (void)arg;
    if (request != NULL && !request->refused) {
        if (request->body.len + len > request->server->options.max_body_bytes) {
            refuse(request, 413, "request body is larger than the limit");
        } else {
            buffer_reserve(&request->body, len);
            evbuffer_remove(data, request->body.data + request->body.len, len);
            request->body.len += len;
            request->body.data[request->body.len] = '\0';
            request->body_length = request->body.len;
        }
    }
    /* Whatever is left is discarded, never stored: evhtp appends only what we leave. */
    evbuffer_drain(data, len);
    return EVHTP_RES_OK;
}

/* The 16 hex digits of the prefix, then 16 of the counter: what "%s%016llx" writes, without
 * printf on every request. */
static void new_request_id(struct server *server, char *out)
{
    size_t prefix_len = strnlen(server->id_prefix, 16);
    memcpy(out, server->id_prefix, prefix_len);
    unsigned long long counter = ++server->request_counter;
    unsigned char big_endian[8];
    for (size_t i = 0; i < sizeof big_endian; i++) {
        big_endian[i] = (unsigned char)(counter >> (56 - 8 * i));
    }
    hex_encode(out + prefix_len, big_endian, sizeof big_endian);
    out[prefix_len + 16] = '\0';
}

/* The body region's one chunk: a power of two from 1 KiB to 64 KiB (sizes the arena keeps
 * wiped for reuse, so a body costs no malloc), or exactly the body past that. */
enum { BODY_FIRST_CHUNK = 1024, BODY_LARGEST_POWER = 64 * 1024 };

static size_t body_chunk_size(size_t capacity)
{
    if (capacity > BODY_LARGEST_POWER) {
        return capacity;
    }
    size_t size = BODY_FIRST_CHUNK;
    while (size < capacity) {
        size *= 2;
    }
    return size;
}

static evhtp_res on_headers(evhtp_request_t *raw, evhtp_headers_t *headers, void *arg)
{
    struct client_connection *connection = arg;
    struct server *server = connection->server;
    /* The request lives in its own arena: one recycled chunk, no malloc of its own. */
    struct arena arena;
    arena_init_request(&arena);
    struct http_request *request = arena_calloc(&arena, 1, sizeof *request);
    request->arena = arena;
    request->server = server;
    request->connection = connection;
    connection->current = request;
    request->raw = raw;
    request->started_ms = clock_monotonic_ms_exact();
    new_request_id(server, request->id);
    connection->head_in_parser = true;
    /* The request's hooks are the connection's, set once in on_connection: evhtp would
     * allocate 240 bytes of hooks for every request (a stream holds them while it is open).
     * on_request_fini unsets the pointer before evhtp would free it with the request. evhtp
     * copies a matched callback's own hooks into the request's only while parsing the path,
     * before this, and our one callback (evhtp_set_gencb) has none. */
    raw->hooks = raw->conn->hooks;
    /* The completion callback is called with cbarg, and the hooks find the request by it:
     * make that this request. */
    raw->cbarg = request;

    /* The framing let through one Content-Length at most, of digits only. The body's
     * buffer is exactly that long (what is reserved is wiped at the end: reserve what will
     * be used); a chunked body starts at 1 KiB and doubles. */
    const char *length = find_header(headers, "Content-Length");
    unsigned long long declared = length != NULL ? strtoull(length, NULL, 10) : 0;
    if (declared > server->options.max_body_bytes) {
        arena_init(&request->body_arena, BODY_FIRST_CHUNK);
        buffer_init_lazy(&request->body, &request->body_arena);
        refuse(request, 413, "request body is larger than the limit");
        return EVHTP_RES_OK;
    }
    /* The framing let through no Transfer-Encoding but chunked. A body that came whole with
     * its head (what SDKs send) is held no longer than the handler takes: its head is not
     * routed twice (with keys, that would hash the key twice). evhtp's parser is running on
     * the input from this head's first byte, so the body is here when the input holds it. */
    struct evbuffer *input = bufferevent_get_input(evhtp_connection_get_bev(connection->raw));
    bool body_here = length != NULL && evbuffer_get_length(input) >= connection->framing.head_bytes + declared;
    bool announces_body = declared > 0 || connection->framing.transfer_encodings > 0;
    if (announces_body && !body_here && server->options.head_handler != NULL) {
        server->options.head_handler(request, server->options.context);
        if (request->refused) {
            arena_init(&request->body_arena, BODY_FIRST_CHUNK);
            buffer_init_lazy(&request->body, &request->body_arena);
            return EVHTP_RES_OK;
        }
    }
    size_t body_capacity = length != NULL ? (size_t)declared + 1 : BODY_FIRST_CHUNK;
    arena_init(&request->body_arena, body_chunk_size(body_capacity));
    buffer_init(&request->body, &request->body_arena, body_capacity);
    /* evhtp's own 100-continue is off: it would answer before we could refuse. Only to the
     * expectation RFC 9110 names, and never to an HTTP/1.0 client, which would take the
     * interim answer for the answer (10.1.1: it MUST ignore the expectation). */
    const char *expect = find_header(headers, "Expect");
    if (expect != NULL && strcasecmp(expect, "100-continue") == 0 && raw->proto == EVHTP_PROTO_11) {
        evbuffer_add_printf(bufferevent_get_output(evhtp_connection_get_bev(connection->raw)),
                            "HTTP/1.1 100 Continue\r\n\r\n");
    }
    return EVHTP_RES_OK;
}

/* The whole request has arrived (arg is the http_request: on_headers made it evhtp's
 * callback argument). evhtp stays paused from here until the answer has been written, so
 * bytes pipelined behind this request wait for it. */
static void on_request_complete(evhtp_request_t *raw, void *arg)
{
    struct http_request *request = arg;
    struct client_connection *connection = request != NULL ? request->connection : NULL;
    if (connection == NULL) {
        return;
    }
    enter_phase(connection, PHASE_ANSWERING);
    pause_parsing(connection);
    /* The body was taken as it came (on_body): evhtp's input buffer for it is empty and
     * read no more. Freed now, a request held open does not keep it (evhtp frees a NULL one
     * as nothing). */
    if (raw->buffer_in != NULL && evbuffer_get_length(raw->buffer_in) == 0) {
        evbuffer_free(raw->buffer_in);
        raw->buffer_in = NULL;
    }
    if (!request->refused) {
        request->server->options.handler(request, request->server->options.context);
    }
    /* Answering sets the request's status to the reply's: evhtp's read callback, which
     * called us, must still see PAUSE or it would take the connection for broken. */
    raw->status = EVHTP_RES_PAUSE;
}

/* Before the request goes: the answer is written. Let evhtp finish it (keep-alive: free the
 * request and reset the parser; otherwise close), then read on: a pipelined request may
 * be waiting already. */
static void process_input(struct client_connection *connection, struct bufferevent *bev);

static void settle(struct client_connection *connection)
{
    struct bufferevent *bev = evhtp_connection_get_bev(connection->raw);
    unpark_parser(connection);
    resume_parsing(connection);
    enter_phase(connection, PHASE_IDLE);
    connection->evhtp_write(bev, connection->evhtp_argument);
    if (connection->gone) {
        return;
    }
    evhtp_connection_t *raw = connection->raw;
    if (raw->request == NULL && raw->parser != NULL && connection->head_in_parser) {
        /* Kept alive: evhtp has reset the parser for the next request; what it read goes. */
        wipe_parser(connection, raw->parser);
        htparser_init(raw->parser, htp_type_request);
        htparser_set_userdata(raw->parser, raw);
    }
    if (evbuffer_get_length(bufferevent_get_input(bev)) > 0) {
        process_input(connection, bev);
    }
}

static bool answer_written(struct client_connection *connection)
{
    return connection->phase == PHASE_ANSWERING && connection->current != NULL && connection->current->finished
           && evbuffer_get_length(bufferevent_get_output(evhtp_connection_get_bev(connection->raw))) == 0;
}

/* Deferred work on a connection, from the loop: evhtp marked it to be freed while paused
 * (an error or EOF), or an answer was queued (it may already be written). */
static void settle_from_loop(struct client_connection *connection)
{
    connection_enter(connection);
    if (connection->raw->flags & EVHTP_CONN_FLAG_FREE_CONN) {
        close_connection(connection);
    } else if (answer_written(connection)) {
        settle(connection);
    }
    connection_leave(connection);
}

/* The connection's one watcher: EV_CLOSED from the kernel (the client hung up), EV_TIMEOUT
 * only from settle_soon. Both may come in one call: a hang-up that closes the connection
 * leaves nothing to settle. */
static void on_closed_or_settle(evutil_socket_t fd, short events, void *arg)
{
    struct client_connection *connection = arg;
    (void)fd;
    if ((events & EV_CLOSED) && client_closed(connection)) {
        return;
    }
    if (events & EV_TIMEOUT) {
        settle_from_loop(connection);
    }
}

static evhtp_res on_connection_fini(evhtp_connection_t *raw, void *arg)
{
    struct client_connection *connection = arg;
    (void)raw;
    /* evhtp runs this before it frees the connection's request: detach it first. */
    if (connection->current != NULL) {
        connection->current->connection = NULL;
        connection->current = NULL;
    }
    if (connection->previous != NULL) {
        connection->previous->next = connection->next;
    } else {
        connection->server->connections = connection->next;
    }
    if (connection->next != NULL) {
        connection->next->previous = connection->previous;
    }
    connection->server->connection_count--;
    connection->gone = true;
    event_del(connection->closed_watcher);
    evtimer_del(connection->timer);
    if (connection->depth == 0) {
        destroy_connection(connection);
    }
    return EVHTP_RES_OK;
}

/* ---- the request head, measured before evhtp parses it ---- */

static const char *reason_phrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

/* An error straight onto the socket, then close: evhtp has no request to answer through.
 * The body is the client dialect's error, chosen by the path's first bytes ("/" before
 * any). Whatever the client sends meanwhile is read and dropped, never parsed. */
static void refuse_connection(struct client_connection *connection, int status, const char *message)
{
    struct server *server = connection->server;
    struct bufferevent *bev = evhtp_connection_get_bev(connection->raw);
    const char *head_start = connection->framing.head_start;
    char path[sizeof connection->framing.head_start] = "/";
    const char *space = memchr(head_start, ' ', sizeof connection->framing.head_start);
    if (space != NULL) {
        snprintf(path, sizeof path, "%s", space + 1);
    }
    char body[512];
    size_t len = server->options.refuse_head(status, path, message, body, sizeof body, server->options.context);
    evbuffer_add_printf(bufferevent_get_output(bev),
                        "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n"
                        "Connection: close\r\n\r\n", status, reason_phrase(status), len);
    evbuffer_add(bufferevent_get_output(bev), body, len);
    struct evbuffer *input = bufferevent_get_input(bev);
    evbuffer_drain(input, evbuffer_get_length(input));
    enter_phase(connection, PHASE_CLOSING);
}

/* Blank lines before a request line (some clients send CRLF after a body) are dropped
 * here: evhtp's parser stops after each one and would wait for more bytes. */
static void skip_blank_lines(struct evbuffer *input)
{
    char bytes[64];
    for (;;) {
        ev_ssize_t got = evbuffer_copyout(input, bytes, sizeof bytes);
        if (got <= 0) {
            return;
        }
        ev_ssize_t blank = 0;
        while (blank < got && (bytes[blank] == '\r' || bytes[blank] == '\n')) {
            blank++;
        }
        evbuffer_drain(input, (size_t)blank);
        if (blank < got) {
            return;
        }
    }
}

/* Feed the framing the input's bytes it has not read yet, piece by piece, until its phase
 * ends or the input does. */
static struct framing_verdict measure_input(struct client_connection *connection, struct evbuffer *input)
{
    struct request_framing *framing = &connection->framing;
    enum framing_phase phase = framing->phase;
    size_t length = evbuffer_get_length(input);
    while (framing->phase == phase && connection->measured < length) {
        struct evbuffer_ptr at;
        struct evbuffer_iovec piece;
        if (evbuffer_ptr_set(input, &at, connection->measured, EVBUFFER_PTR_SET) != 0
            || evbuffer_peek(input, -1, &at, &piece, 1) < 1 || piece.iov_len == 0) {
            break;
        }
        size_t taken = 0;
        struct framing_verdict verdict = request_framing_read(framing, piece.iov_base, piece.iov_len, &taken);
        if (verdict.status != 0) {
            return verdict;
        }
        connection->measured += taken;
    }
    return (struct framing_verdict){ 0, NULL };
}

/* A refusal of a body already begun: through the request when evhtp has made one (so it is
 * answered and logged like any other), else as a refused head. */
static void refuse_body(struct client_connection *connection, struct evbuffer *input, struct framing_verdict refusal)
{
    struct http_request *request = connection->current;
    request_framing_pass(&connection->framing);
    if (request == NULL) {
        refuse_connection(connection, refusal.status, refusal.message);
        return;
    }
    refuse(request, refusal.status, refusal.message);
    evbuffer_drain(input, evbuffer_get_length(input));
    enter_phase(connection, PHASE_CLOSING);
}

/* Hand what the client sent to evhtp's parser, the head measured first. The parser stops
 * after one complete request (and pauses, see on_request_complete): the rest waits. */
static void process_input(struct client_connection *connection, struct bufferevent *bev)
{
    struct evbuffer *input = bufferevent_get_input(bev);
    struct request_framing *framing = &connection->framing;
    if (framing->phase == FRAMING_HEAD) {
        if (framing->head_bytes == 0) {
            skip_blank_lines(input);
            if (evbuffer_get_length(input) == 0) {
                return;
            }
        }
        if (connection->phase == PHASE_IDLE) {
            enter_phase(connection, PHASE_HEAD);        /* the whole head must come in time */
        }
        struct framing_verdict refusal = measure_input(connection, input);
        if (refusal.status != 0) {
            refuse_connection(connection, refusal.status, refusal.message);
            return;
        }
        if (framing->head_lines == 0) {
            /* evhtp's parser loses the first part of a path cut between two reads (a 404
             * for "/v1/ch" + "at/completions"): it gets the request line whole. */
            return;
        }
        if (framing->phase != FRAMING_HEAD) {
            enter_phase(connection, PHASE_BODY);
        }
    }
    if (framing->phase == FRAMING_CHUNKS && (connection->current == NULL || !connection->current->refused)) {
        struct framing_verdict refusal = measure_input(connection, input);
        if (refusal.status != 0) {
            refuse_body(connection, input, refusal);
            return;
        }
    }
    size_t before = evbuffer_get_length(input);
    connection->evhtp_read(bev, connection->evhtp_argument);
    if (!connection->gone) {
        /* What evhtp consumed leaves the front of the input: measured bytes with it. */
        size_t consumed = before - evbuffer_get_length(input);
        connection->measured = consumed < connection->measured ? connection->measured - consumed : 0;
    }
    struct http_request *request = connection->current;
    if (!connection->gone && request != NULL && request->refused && connection->phase != PHASE_CLOSING) {
        /* Refused with its body unread (413, 401 from the head): nothing the client sends
         * after that head is read again, for it may hold a second request (smuggled past a
         * proxy in front, which took it for the body). The answer goes out, then the
         * connection. */
        evbuffer_drain(input, evbuffer_get_length(input));
        enter_phase(connection, PHASE_CLOSING);
    }
}

static void on_connection_readable(struct bufferevent *bev, void *arg)
{
    struct client_connection *connection = arg;
    struct evbuffer *input = bufferevent_get_input(bev);
    switch (connection->phase) {
    case PHASE_CLOSING:
        evbuffer_drain(input, evbuffer_get_length(input));
        return;
    case PHASE_ANSWERING:
        return;                      /* pipelined: waits for the answer (bounded by the watermark) */
    case PHASE_IDLE:
    case PHASE_HEAD:
    case PHASE_BODY:
        break;
    }
    connection_enter(connection);
    process_input(connection, bev);
    park_parser(connection);
    connection_leave(connection);
}

static void on_connection_writable(struct bufferevent *bev, void *arg)
{
    struct client_connection *connection = arg;
    connection_enter(connection);
    if (connection->phase == PHASE_CLOSING) {
        if (evbuffer_get_length(bufferevent_get_output(bev)) == 0) {
            close_connection(connection);
        }
    } else if (connection->phase == PHASE_ANSWERING) {
        if (answer_written(connection)) {
            settle(connection);
        }
    } else if (connection->raw->request != NULL) {
        /* Reading a request (a 100 Continue went out, or a refusal that closes). Without
         * a request evhtp's write callback would only log an error and close. */
        connection->evhtp_write(bev, connection->evhtp_argument);
    }
    connection_leave(connection);
}

static void on_connection_event(struct bufferevent *bev, short events, void *arg)
{
    struct client_connection *connection = arg;
    connection_enter(connection);
    connection->evhtp_event(bev, events, connection->evhtp_argument);
    connection_leave(connection);
}

/* The phase's deadline passed. A client that sent nothing of a request is just closed; one
 * caught halfway gets a 408 in its dialect. */
static void on_connection_timer(evutil_socket_t fd, short events, void *arg)
{
    struct client_connection *connection = arg;
    (void)fd;
    (void)events;
    connection_enter(connection);
    struct http_request *request = connection->current;
    switch (connection->phase) {
    case PHASE_HEAD:
        if (connection->framing.head_bytes > 0) {
            refuse_connection(connection, 408, "the request head did not arrive in time");
            break;
        }
        close_connection(connection);
        break;
    case PHASE_BODY:
        if (request != NULL && !request->finished) {
            refuse(request, 408, "the request body did not arrive in time");
            enter_phase(connection, PHASE_CLOSING);
            break;
        }
        close_connection(connection);
        break;
    case PHASE_IDLE:
    case PHASE_CLOSING:
    case PHASE_ANSWERING:
        close_connection(connection);
        break;
    }
    connection_leave(connection);
}

static evhtp_res on_connection(evhtp_connection_t *raw, void *arg)
{
    struct server *server = arg;
    struct client_connection *connection = calloc(1, sizeof *connection);
    if (connection == NULL) {
        return EVHTP_RES_FATAL;
    }
    struct bufferevent *bev = evhtp_connection_get_bev(raw);
    connection->raw = raw;
    connection->server = server;
    connection->closed_watcher = event_new(server->base, bufferevent_getfd(bev), EV_CLOSED | EV_PERSIST,
                                           on_closed_or_settle, connection);
    connection->timer = evtimer_new(server->base, on_connection_timer, connection);
    if (connection->closed_watcher == NULL || connection->timer == NULL) {
        destroy_connection(connection);
        return EVHTP_RES_FATAL;
    }
    connection->next = server->connections;
    if (server->connections != NULL) {
        server->connections->previous = connection;
    }
    server->connections = connection;
    server->connection_count++;
    event_add(connection->closed_watcher, NULL);
    bufferevent_setwatermark(bev, EV_READ, 0, MAX_QUEUED_INPUT);
    /* Stand in front of evhtp's callbacks to measure each request head first. */
    reset_head(connection);
    bufferevent_getcb(bev, &connection->evhtp_read, &connection->evhtp_write, &connection->evhtp_event,
                      &connection->evhtp_argument);
    bufferevent_setcb(bev, on_connection_readable, on_connection_writable, on_connection_event, connection);
    evhtp_connection_set_hook(raw, evhtp_hook_on_connection_fini, HOOK(on_connection_fini), connection);
    evhtp_connection_set_hook(raw, evhtp_hook_on_headers, HOOK(on_headers), connection);
    /* Every request's, reached through its callback argument (request_of). */
    evhtp_connection_set_hook(raw, evhtp_hook_on_request_fini, HOOK(on_request_fini), NULL);
    evhtp_connection_set_hook(raw, evhtp_hook_on_error, HOOK(on_request_error), NULL);
    evhtp_connection_set_hook(raw, evhtp_hook_on_read, HOOK(on_body), NULL);
    if (server->connection_count > server->options.max_connections) {
        refuse_connection(connection, 503, "too many open connections: try again shortly");
        return EVHTP_RES_OK;
    }
    enter_phase(connection, PHASE_HEAD);
    return EVHTP_RES_OK;
}

/* ---- accepting: at the descriptor limit, pause instead of spinning ---- */

/* accept() failed for a reason that retrying at once cannot cure (EMFILE, ENFILE,
 * ENOBUFS, ENOMEM): the waiting connection stays in the kernel's backlog, and libevent
 * would report it again on every loop turn. Stop accepting for ACCEPT_BACKOFF_MS, and
 * log one line per ACCEPT_REPORT_MS with how often it happened. */
static void on_accept_error(struct evconnlistener *listener, void *arg)
{
    evhtp_t *htp = arg;
    struct server *server = htp->arg;
    int error = EVUTIL_SOCKET_ERROR();
    server->accept_failures++;
    evconnlistener_disable(listener);
    struct timeval backoff = { 0, ACCEPT_BACKOFF_MS * 1000 };
    evtimer_add(server->accept_backoff, &backoff);
    if (server->accept_ever_reported && clock_monotonic_ms() - server->accept_reported_ms < ACCEPT_REPORT_MS) {
        return;
    }
    log_error("cannot accept connections (%s, %zu open): %llu failed accept() call%s since the last report; "
              "new connections wait in the backlog, retried every %d ms", strerror(error),
              server->connection_count, server->accept_failures, server->accept_failures == 1 ? "" : "s",
              ACCEPT_BACKOFF_MS);
    server->accept_failures = 0;
    server->accept_ever_reported = true;
    server->accept_reported_ms = clock_monotonic_ms();
}

static void on_accept_backoff(evutil_socket_t fd, short events, void *arg)
{
    struct server *server = arg;
    (void)fd;
    (void)events;
    if (server->htp->server != NULL) {
        evconnlistener_enable(server->htp->server);
    }
}

/* Half the descriptors left after the worker's own (each proxied request needs an
 * upstream one too), at most MAX_CONNECTIONS_CEILING: a client past it is refused at
 * accept, never left to fail later for want of a descriptor to reach the provider. */
static size_t derived_max_connections(void)
{
    struct rlimit files;
    if (getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY) {
        return MAX_CONNECTIONS_CEILING;
    }
    size_t usable = (size_t)files.rlim_cur > DESCRIPTORS_RESERVED ? (size_t)files.rlim_cur - DESCRIPTORS_RESERVED : 0;
    size_t half = usable / 2;
    return half < 16 ? 16 : half > MAX_CONNECTIONS_CEILING ? MAX_CONNECTIONS_CEILING : half;
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
        /* evhtp only reads these paths; its struct lacks the const. */
        .pemfile = (char *)(uintptr_t)server->options.tls_cert,
        .privfile = (char *)(uintptr_t)server->options.tls_key,
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
    if (server->options.max_connections == 0) {
        server->options.max_connections = derived_max_connections();
    }
    unsigned int prefix;
    if (getrandom(&prefix, sizeof prefix, 0) != (ssize_t)sizeof prefix) {
        prefix = (unsigned int)time(NULL) ^ (unsigned int)getpid();
    }
    snprintf(server->id_prefix, sizeof server->id_prefix, "%08x%08x", prefix, (unsigned int)getpid());
    server->accept_backoff = evtimer_new(base, on_accept_backoff, server);
    server->htp = server->accept_backoff != NULL ? evhtp_new(base, server) : NULL;   /* htp->arg: from any request */
    if (server->htp == NULL) {
        if (server->accept_backoff != NULL) {
            event_free(server->accept_backoff);
        }
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
        event_free(server->accept_backoff);
        free(server);
        return NULL;
    }
    /* No default argument: on_headers gives every request its own. */
    evhtp_set_gencb(server->htp, on_request_complete, NULL);
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
        event_free(server->accept_backoff);
        free(server);
        return NULL;
    }
    /* evhtp owns the listener (htp->server) and sets no error callback: libevent's default
     * warns and retries on the next loop turn, forever. */
    evconnlistener_set_error_cb(server->htp->server, on_accept_error);
    return server;
}

void server_stop_accepting(struct server *server)
{
    evtimer_del(server->accept_backoff);
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
    server_stop_accepting(server);
    evhtp_free(server->htp);
    event_free(server->accept_backoff);
    while (server->spare_parser_count > 0) {
        free(server->spare_parsers[--server->spare_parser_count]);
    }
    free(server);
}
