/* fake_client.c — proxy/server.h without a server: one client request the harness builds,
 * holds and ends as proxy/server.c would, recording what the exchange answered. See
 * tests/unit/exchange_harness.h. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "proxy/gateway.h"
#include "tests/unit/exchange_harness.h"

enum { FAKE_MAX_HEADERS = 32 };

struct http_request {
    struct arena arena;
    bool arena_live;
    const char *path;
    struct slice body;
    bool body_dropped, headers_dropped;
    const char *headers[8][2];
    struct http_async async;
    bool held, finished, aborted, ended, stream_started;
    int status;
    unsigned answers;                /* http_reply or http_stream_start: must end at one */
    size_t backlog, drain_low_water;
    void *note;
    char id[24];
    char *response_headers[FAKE_MAX_HEADERS][2];
    size_t response_header_count;
    char *output;                    /* every byte sent, kept after the arena is gone */
    size_t output_len, output_capacity;
};

static void append_output(struct http_request *request, const char *data, size_t len)
{
    if (request->output_len + len + 1 > request->output_capacity) {
        size_t capacity = (request->output_len + len + 1) * 2;
        char *grown = realloc(request->output, capacity);
        if (grown == NULL) {
            abort();
        }
        request->output = grown;
        request->output_capacity = capacity;
    }
    memcpy(request->output + request->output_len, data, len);
    request->output_len += len;
    request->output[request->output_len] = '\0';
}

/* Nothing may reach a request once it ended: the real one's memory is gone by then. */
static bool usable(const struct http_request *request, const char *call)
{
    if (request->ended) {
        harness_violation("%s on a request that already ended", call);
        return false;
    }
    return true;
}

struct http_request *fake_client_request_new(const struct fake_client_request_options *options)
{
    struct http_request *request = calloc(1, sizeof *request);
    if (request == NULL) {
        abort();
    }
    arena_init(&request->arena, ARENA_REQUEST_CHUNK);
    request->arena_live = true;
    request->path = options->path;
    size_t len = strlen(options->body);
    request->body = slice_of(arena_strndup(&request->arena, options->body, len), len);
    memcpy(request->headers, options->headers, sizeof request->headers);
    snprintf(request->id, sizeof request->id, "req-harness");
    return request;
}

void fake_client_request_end(struct http_request *request, struct gateway *gateway)
{
    if (request->ended) {
        return;
    }
    if (request->held && !request->finished && !request->aborted) {
        harness_violation("a held request ended with neither an answer nor an abort");
    }
    if (request->async.on_release != NULL) {
        request->async.on_release(request->async.context);
    }
    int status = request->aborted && !request->finished ? 499 : request->status;
    gateway_on_finished(request, status, gateway);
    request->ended = true;
    arena_release(&request->arena);
    request->arena_live = false;
}

bool fake_client_request_done(const struct http_request *request)
{
    return request->finished || request->aborted;
}

bool fake_client_request_ended(const struct http_request *request)
{
    return request->ended;
}

bool fake_client_request_aborted(const struct http_request *request)
{
    return request->aborted;
}

bool fake_client_request_is_held(const struct http_request *request)
{
    return request->held;
}

void fake_client_abort(struct http_request *request)
{
    if (request->ended || request->aborted || request->finished) {
        return;
    }
    request->aborted = true;
    if (request->async.on_abort != NULL) {
        request->async.on_abort(request->async.context);
    }
}

void fake_client_drain(struct http_request *request)
{
    if (request->ended || request->finished || request->aborted || request->drain_low_water == 0
        || request->backlog > request->drain_low_water) {
        return;
    }
    request->drain_low_water = 0;
    if (request->async.on_drain != NULL) {
        request->async.on_drain(request->async.context);
    }
}

void fake_client_set_backlog(struct http_request *request, size_t bytes)
{
    request->backlog = bytes;
}

int fake_client_status(const struct http_request *request)
{
    return request->status;
}

bool fake_client_streamed(const struct http_request *request)
{
    return request->stream_started;
}

unsigned fake_client_answers(const struct http_request *request)
{
    return request->answers;
}

const char *fake_client_output(const struct http_request *request, size_t *len)
{
    *len = request->output_len;
    return request->output != NULL ? request->output : "";
}

const char *fake_client_response_header(const struct http_request *request, const char *name)
{
    for (size_t i = request->response_header_count; i-- > 0;) {
        if (strcasecmp(request->response_headers[i][0], name) == 0) {
            return request->response_headers[i][1];
        }
    }
    return NULL;
}

void fake_client_request_free(struct http_request *request)
{
    if (request == NULL) {
        return;
    }
    if (request->arena_live) {
        arena_release(&request->arena);
    }
    for (size_t i = 0; i < request->response_header_count; i++) {
        free(request->response_headers[i][0]);
        free(request->response_headers[i][1]);
    }
    free(request->output);
    free(request);
}

/* ---- proxy/server.h ---- */

struct arena *http_request_arena(struct http_request *request)
{
    usable(request, "http_request_arena");
    return &request->arena;
}

const char *http_request_method(const struct http_request *request)
{
    (void)request;
    return "POST";
}

const char *http_request_path(const struct http_request *request)
{
    return request->path;
}

const char *http_request_query(const struct http_request *request)
{
    (void)request;
    return "";                  /* the fake client's requests carry no query */
}

const char *http_request_header(struct http_request *request, const char *name)
{
    usable(request, "http_request_header");
    if (request->headers_dropped) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof request->headers / sizeof request->headers[0]; i++) {
        if (request->headers[i][0] != NULL && strcasecmp(request->headers[i][0], name) == 0) {
            return request->headers[i][1];
        }
    }
    return NULL;
}

struct slice http_request_body(const struct http_request *request)
{
    return request->body_dropped ? slice_of("", 0) : request->body;
}

size_t http_request_body_length(const struct http_request *request)
{
    return request->body.len;
}

/* As the server does: no header is found once they are dropped. */
void http_request_drop_headers(struct http_request *request)
{
    request->headers_dropped = true;
}

/* The exchange tests hand in whole requests: nothing is decided from a head alone. */
void http_request_refuse_body(struct http_request *request)
{
    (void)request;
}

/* As the server does: the body reads as empty once dropped (the test owns its bytes). */
void http_request_drop_body(struct http_request *request)
{
    request->body_dropped = true;
}

const char *http_request_id(const struct http_request *request)
{
    return request->id;
}

const char *http_request_client_ip(struct http_request *request)
{
    (void)request;
    return "127.0.0.1";
}

void http_request_set_note(struct http_request *request, void *note)
{
    request->note = note;
}

void *http_request_note(const struct http_request *request)
{
    return request->note;
}

double http_request_elapsed_ms(const struct http_request *request)
{
    (void)request;
    return 1.0;
}

void http_add_header(struct http_request *request, const char *name, const char *value)
{
    if (!usable(request, "http_add_header")) {
        return;
    }
    if (request->stream_started || request->finished) {
        harness_violation("header '%s' added after the answer began", name);
        return;
    }
    if (request->response_header_count == FAKE_MAX_HEADERS) {
        harness_violation("more than %d response headers", FAKE_MAX_HEADERS);
        return;
    }
    request->response_headers[request->response_header_count][0] = strdup(name);
    request->response_headers[request->response_header_count][1] = strdup(value);
    request->response_header_count++;
}

void http_reply(struct http_request *request, int status, const char *content_type, const char *body, size_t len)
{
    (void)content_type;
    if (!usable(request, "http_reply") || request->finished || request->aborted) {
        return;
    }
    if (request->stream_started) {
        harness_violation("http_reply %d after the stream began", status);
        return;
    }
    request->answers++;
    request->status = status;
    append_output(request, body, len);
    request->finished = true;
}

void http_request_hold(struct http_request *request, const struct http_async *async)
{
    if (!usable(request, "http_request_hold")) {
        return;
    }
    if (request->held) {
        harness_violation("a request held twice");
    }
    if (request->finished) {
        harness_violation("a request held after its answer");
    }
    request->async = *async;
    request->held = true;
}

void http_stream_start(struct http_request *request, int status, const char *content_type)
{
    (void)content_type;
    if (!usable(request, "http_stream_start")) {
        return;
    }
    if (request->stream_started || request->finished) {
        harness_violation("a stream started twice, or after an answer");
        return;
    }
    request->answers++;
    request->status = status;
    request->stream_started = true;
}

void http_stream_write(struct http_request *request, const char *data, size_t len)
{
    if (!usable(request, "http_stream_write") || request->finished || request->aborted || len == 0) {
        return;
    }
    if (!request->stream_started) {
        harness_violation("stream bytes before the stream began");
        return;
    }
    append_output(request, data, len);
}

void http_stream_end(struct http_request *request)
{
    if (!usable(request, "http_stream_end") || request->finished || request->aborted) {
        return;
    }
    if (!request->stream_started) {
        harness_violation("a stream ended that never began");
    }
    request->finished = true;
}

size_t http_pending_output(struct http_request *request)
{
    usable(request, "http_pending_output");
    return request->backlog;
}

void http_watch_drain(struct http_request *request, size_t low_water)
{
    if (usable(request, "http_watch_drain")) {
        request->drain_low_water = low_water;
    }
}
