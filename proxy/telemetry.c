#include "proxy/telemetry.h"

#include <curl/curl.h>
#include <event2/event.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/upstream.h"
#include "transforms/foundation/clock.h"

enum { MAX_BACKOFF_MS = 60000, FIRST_BACKOFF_MS = 1000 };

struct telemetry {
    struct event_base *base;
    struct upstream *upstream;
    struct telemetry_options options;
    struct curl_slist *headers;
    char **events;                   /* a ring of malloc'd JSON objects */
    size_t *lengths;
    size_t head, count;
    size_t sending;                  /* events in the POST in flight, 0: none */
    char *body;                      /* the POST in flight */
    size_t body_len;
    struct upstream_transfer *transfer;
    struct event *timer;
    long backoff_ms;
    void (*done)(void *context);
    void *done_context;
};

static void arm(struct telemetry *telemetry, long ms)
{
    struct timeval delay = timeval_from_ms(ms);
    evtimer_add(telemetry->timer, &delay);
}

static void send_batch(struct telemetry *telemetry);

static void finished_if_idle(struct telemetry *telemetry)
{
    if (telemetry->done != NULL && telemetry_idle(telemetry)) {
        void (*done)(void *) = telemetry->done;
        telemetry->done = NULL;
        done(telemetry->done_context);
    }
}

static long on_answer(void *context, int status, const char *data, size_t len)
{
    (void)context;
    (void)status;
    (void)data;
    return (long)len;                /* the collector's answer is not read */
}

static void on_sent(void *context, const struct upstream_result *result)
{
    struct telemetry *telemetry = context;
    telemetry->transfer = NULL;
    free(telemetry->body);
    telemetry->body = NULL;
    bool ok = result->outcome == UPSTREAM_DONE && result->status >= 200 && result->status < 300;
    if (ok) {
        for (size_t i = 0; i < telemetry->sending; i++) {
            size_t slot = (telemetry->head + i) % telemetry->options.buffer;
            free(telemetry->events[slot]);
            telemetry->events[slot] = NULL;
        }
        telemetry->head = (telemetry->head + telemetry->sending) % telemetry->options.buffer;
        telemetry->count -= telemetry->sending;
        telemetry->backoff_ms = 0;
    } else {
        telemetry->backoff_ms = telemetry->backoff_ms ? telemetry->backoff_ms * 2 : FIRST_BACKOFF_MS;
        if (telemetry->backoff_ms > MAX_BACKOFF_MS) {
            telemetry->backoff_ms = MAX_BACKOFF_MS;
        }
    }
    telemetry->sending = 0;
    if (telemetry->done != NULL && !ok) {
        /* Shutting down and the collector failed: what is left is lost, not waited for. */
        void (*done)(void *) = telemetry->done;
        telemetry->done = NULL;
        done(telemetry->done_context);
        return;
    }
    if (ok && (telemetry->count >= telemetry->options.batch || (telemetry->done != NULL && telemetry->count > 0))) {
        send_batch(telemetry);
    } else {
        arm(telemetry, ok ? telemetry->options.interval_ms : telemetry->backoff_ms);
    }
    finished_if_idle(telemetry);
}

static void send_batch(struct telemetry *telemetry)
{
    if (telemetry->transfer != NULL || telemetry->count == 0) {
        return;
    }
    size_t batch = telemetry->count < telemetry->options.batch ? telemetry->count : telemetry->options.batch;
    size_t size = 16;
    for (size_t i = 0; i < batch; i++) {
        size += telemetry->lengths[(telemetry->head + i) % telemetry->options.buffer] + 1;
    }
    telemetry->body = malloc(size);
    if (telemetry->body == NULL) {
        return;
    }
    size_t at = 0;
    memcpy(telemetry->body, "{\"events\":[", 11);
    at = 11;
    for (size_t i = 0; i < batch; i++) {
        size_t slot = (telemetry->head + i) % telemetry->options.buffer;
        if (i) {
            telemetry->body[at++] = ',';
        }
        memcpy(telemetry->body + at, telemetry->events[slot], telemetry->lengths[slot]);
        at += telemetry->lengths[slot];
    }
    memcpy(telemetry->body + at, "]}", 2);
    telemetry->body_len = at + 2;
    telemetry->sending = batch;
    struct upstream_request request = {
        .url = telemetry->options.url,
        .headers = telemetry->headers,
        .body = telemetry->body,
        .body_len = telemetry->body_len,
        .timeout_ms = 10000,
        .first_byte_ms = 10000,
        .connect_timeout_ms = 3000,
    };
    static const struct upstream_callbacks callbacks = { .on_body = on_answer, .on_complete = on_sent };
    telemetry->transfer = upstream_start(telemetry->upstream, &request, &callbacks, telemetry);
    if (telemetry->transfer == NULL) {
        free(telemetry->body);
        telemetry->body = NULL;
        telemetry->sending = 0;
        arm(telemetry, telemetry->options.interval_ms);
    }
}

static void on_timer(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    struct telemetry *telemetry = arg;
    if (telemetry->count == 0) {
        arm(telemetry, telemetry->options.interval_ms);
        return;
    }
    send_batch(telemetry);
}

struct telemetry *telemetry_new(struct event_base *base, struct upstream *upstream,
                                const struct telemetry_options *options)
{
    if (options->url == NULL) {
        return NULL;
    }
    struct telemetry *telemetry = calloc(1, sizeof *telemetry);
    if (telemetry == NULL) {
        return NULL;
    }
    telemetry->base = base;
    telemetry->upstream = upstream;
    telemetry->options = *options;
    telemetry->events = calloc(options->buffer, sizeof *telemetry->events);
    telemetry->lengths = calloc(options->buffer, sizeof *telemetry->lengths);
    telemetry->headers = curl_slist_append(NULL, "Content-Type: application/json");
    telemetry->timer = evtimer_new(base, on_timer, telemetry);
    if (telemetry->events == NULL || telemetry->lengths == NULL || telemetry->headers == NULL
        || telemetry->timer == NULL) {
        telemetry_free(telemetry);
        return NULL;
    }
    arm(telemetry, options->interval_ms);
    return telemetry;
}

void telemetry_free(struct telemetry *telemetry)
{
    if (telemetry == NULL) {
        return;
    }
    if (telemetry->transfer != NULL) {
        upstream_cancel(telemetry->transfer);
    }
    for (size_t i = 0; telemetry->events != NULL && i < telemetry->options.buffer; i++) {
        free(telemetry->events[i]);
    }
    free(telemetry->events);
    free(telemetry->lengths);
    free(telemetry->body);
    curl_slist_free_all(telemetry->headers);
    if (telemetry->timer != NULL) {
        event_free(telemetry->timer);
    }
    free(telemetry);
}

bool telemetry_add(struct telemetry *telemetry, const char *json, size_t len)
{
    if (telemetry->count == telemetry->options.buffer) {
        return false;
    }
    char *copy = malloc(len);
    if (copy == NULL) {
        return false;
    }
    memcpy(copy, json, len);
    size_t slot = (telemetry->head + telemetry->count) % telemetry->options.buffer;
    telemetry->events[slot] = copy;
    telemetry->lengths[slot] = len;
    telemetry->count++;
    if (telemetry->count >= telemetry->options.batch && telemetry->backoff_ms == 0) {
        send_batch(telemetry);
    }
    return true;
}

void telemetry_flush(struct telemetry *telemetry, void (*done)(void *context), void *context)
{
    telemetry->done = done;
    telemetry->done_context = context;
    telemetry->backoff_ms = 0;
    send_batch(telemetry);
    finished_if_idle(telemetry);
}

bool telemetry_idle(const struct telemetry *telemetry)
{
    return telemetry == NULL || (telemetry->count == 0 && telemetry->transfer == NULL);
}

