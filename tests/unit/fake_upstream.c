/* fake_upstream.c — proxy/upstream.h without libcurl: transfers are records the harness
 * answers step by step, with the real module's rules kept (tests/unit/exchange_harness.h):
 * on_body runs "inside libcurl", where a cancel is only marked and the removal waits for
 * upstream_settle; a short take aborts the transfer; UPSTREAM_PAUSE keeps the bytes for
 * after upstream_resume; after a cancel or a completion no callback runs again. Transfers
 * are never reused, so a call on one that ended is caught instead of reaching another. */
#include <stdlib.h>
#include <string.h>

#include "proxy/upstream.h"
#include "tests/unit/exchange_harness.h"

struct upstream_transfer {
    struct upstream *upstream;
    enum fake_transfer_state state;
    struct upstream_callbacks callbacks;
    void *context;
    const char *body;                /* the exchange's memory: must stay valid until removed */
    size_t body_len;
    char *body_copy, *url;
    int status;
    char content_type[64];
    bool has_content_type;
    bool in_callback;
    char *held;                      /* bytes refused with UPSTREAM_PAUSE */
    size_t held_len;
    bool paused, resume_requested;
};

struct upstream {
    struct event_base *base;
    struct upstream_transfer **transfers;
    size_t count, capacity;
    int callback_depth;
};

static char *copy_bytes(const char *data, size_t len)
{
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        abort();
    }
    memcpy(copy, data, len);
    copy[len] = '\0';
    return copy;
}

struct upstream *upstream_new(struct event_base *base)
{
    struct upstream *upstream = calloc(1, sizeof *upstream);
    if (upstream != NULL) {
        upstream->base = base;
    }
    return upstream;
}

void upstream_free(struct upstream *upstream)
{
    if (upstream == NULL) {
        return;
    }
    for (size_t i = 0; i < upstream->count; i++) {
        free(upstream->transfers[i]->body_copy);
        free(upstream->transfers[i]->url);
        free(upstream->transfers[i]->held);
        free(upstream->transfers[i]);
    }
    free(upstream->transfers);
    free(upstream);
}

struct upstream_transfer *upstream_start(struct upstream *upstream, const struct upstream_request *request,
                                         const struct upstream_callbacks *callbacks, void *context)
{
    if (request->headers == NULL) {
        harness_violation("a transfer started without the provider's headers");
    }
    if (upstream->count == upstream->capacity) {
        size_t capacity = upstream->capacity ? upstream->capacity * 2 : 16;
        struct upstream_transfer **grown = realloc(upstream->transfers, capacity * sizeof *grown);
        if (grown == NULL) {
            abort();
        }
        upstream->transfers = grown;
        upstream->capacity = capacity;
    }
    struct upstream_transfer *transfer = calloc(1, sizeof *transfer);
    if (transfer == NULL) {
        abort();
    }
    transfer->upstream = upstream;
    transfer->state = FAKE_LIVE;
    transfer->callbacks = *callbacks;
    transfer->context = context;
    transfer->body = request->body;
    transfer->body_len = request->body_len;
    transfer->body_copy = copy_bytes(request->body, request->body_len);
    transfer->url = copy_bytes(request->url, strlen(request->url));
    upstream->transfers[upstream->count++] = transfer;
    return transfer;
}

/* A transfer that ended (completed, or cancelled and removed) is pooled and reused by the
 * real module: a call on it would reach some other request's transfer. */
static bool ended(const struct upstream_transfer *transfer)
{
    return transfer->state == FAKE_CANCELLED || transfer->state == FAKE_COMPLETED;
}

void upstream_cancel(struct upstream_transfer *transfer)
{
    if (transfer == NULL || transfer->state == FAKE_CANCEL_PENDING) {
        return;
    }
    if (ended(transfer)) {
        harness_violation("upstream_cancel on a transfer that already ended");
        return;
    }
    transfer->state = transfer->in_callback || transfer->upstream->callback_depth > 0 ? FAKE_CANCEL_PENDING
                                                                                      : FAKE_CANCELLED;
}

void upstream_settle(struct upstream *upstream)
{
    if (upstream->callback_depth > 0) {
        return;
    }
    for (size_t i = 0; i < upstream->count; i++) {
        if (upstream->transfers[i]->state == FAKE_CANCEL_PENDING) {
            upstream->transfers[i]->state = FAKE_CANCELLED;
        }
    }
}

void upstream_resume(struct upstream_transfer *transfer)
{
    if (transfer == NULL) {
        return;
    }
    if (ended(transfer)) {
        harness_violation("upstream_resume on a transfer that already ended");
        return;
    }
    transfer->resume_requested = true;
}

const char *upstream_content_type(struct upstream_transfer *transfer)
{
    if (transfer == NULL || transfer->state != FAKE_LIVE) {
        harness_violation("upstream_content_type on a transfer that is not live");
        return NULL;
    }
    return transfer->has_content_type ? transfer->content_type : NULL;
}

/* ---- driven by the harness ---- */

size_t fake_upstream_transfer_count(struct upstream *upstream)
{
    return upstream->count;
}

struct upstream_transfer *fake_upstream_transfer(struct upstream *upstream, size_t index)
{
    return index < upstream->count ? upstream->transfers[index] : NULL;
}

enum fake_transfer_state harness_transfer_state(const struct upstream_transfer *transfer)
{
    return transfer->state;
}

const char *harness_transfer_url(const struct upstream_transfer *transfer)
{
    return transfer->url;
}

const char *harness_transfer_body(const struct upstream_transfer *transfer)
{
    return transfer->body_copy;
}

void fake_upstream_touch_bodies(struct upstream *upstream)
{
    for (size_t i = 0; i < upstream->count; i++) {
        struct upstream_transfer *transfer = upstream->transfers[i];
        if (transfer->state != FAKE_LIVE && transfer->state != FAKE_CANCEL_PENDING) {
            continue;
        }
        /* What libcurl's POSTFIELDS would send now must still be what was given. */
        if (memcmp(transfer->body, transfer->body_copy, transfer->body_len) != 0) {
            harness_violation("a transfer's request body changed or was freed before the transfer ended");
        }
    }
}

static void finish(struct upstream_transfer *transfer, enum upstream_outcome outcome, int status,
                   long retry_after_ms, const char *reason)
{
    struct upstream_result result = { .outcome = outcome, .status = status, .retry_after_ms = retry_after_ms,
                                      .reason = reason, .total_ms = 1.0 };
    transfer->state = FAKE_COMPLETED;
    transfer->callbacks.on_complete(transfer->context, &result);
}

long fake_upstream_deliver(struct upstream_transfer *transfer, int status, const char *content_type,
                           const char *data, size_t len)
{
    if (transfer->state != FAKE_LIVE || len == 0) {
        return 0;
    }
    if (transfer->status == 0) {
        transfer->status = status;
        if (content_type != NULL) {
            snprintf(transfer->content_type, sizeof transfer->content_type, "%s", content_type);
            transfer->has_content_type = true;
        }
    }
    /* Bytes held by a pause come first, as libcurl would deliver them. */
    char *bytes;
    size_t bytes_len;
    if (transfer->held != NULL) {
        bytes_len = transfer->held_len + len;
        bytes = malloc(bytes_len);
        if (bytes == NULL) {
            abort();
        }
        memcpy(bytes, transfer->held, transfer->held_len);
        memcpy(bytes + transfer->held_len, data, len);
        free(transfer->held);
        transfer->held = NULL;
        transfer->held_len = 0;
        if (transfer->paused && !transfer->resume_requested) {
            transfer->held = bytes;  /* still paused: nothing is delivered */
            transfer->held_len = bytes_len;
            return UPSTREAM_PAUSE;
        }
    } else {
        if (transfer->paused && !transfer->resume_requested) {
            transfer->held = copy_bytes(data, len);
            transfer->held_len = len;
            return UPSTREAM_PAUSE;
        }
        bytes = copy_bytes(data, len);
        bytes_len = len;
    }
    transfer->paused = false;
    transfer->resume_requested = false;
    struct upstream *upstream = transfer->upstream;
    transfer->in_callback = true;
    upstream->callback_depth++;
    long taken = transfer->callbacks.on_body(transfer->context, transfer->status, bytes, bytes_len);
    upstream->callback_depth--;
    transfer->in_callback = false;
    if (transfer->state != FAKE_LIVE) {
        free(bytes);
        return taken;                 /* cancelled inside: libcurl fails it quietly */
    }
    if (taken == UPSTREAM_PAUSE) {
        transfer->paused = true;
        transfer->held = bytes;
        transfer->held_len = bytes_len;
        return taken;
    }
    free(bytes);
    if (taken != (long)bytes_len) {
        if (taken < 0 || taken > (long)bytes_len) {
            harness_violation("on_body returned %ld for %zu bytes", taken, bytes_len);
        }
        /* libcurl's CURLE_WRITE_ERROR, reported when control is back in the multi loop. */
        finish(transfer, UPSTREAM_ABORTED, transfer->status, 0, "aborted by lethe");
    }
    return taken;
}

void fake_upstream_complete(struct upstream_transfer *transfer, enum upstream_outcome outcome, int status,
                            long retry_after_ms)
{
    if (transfer->state != FAKE_LIVE) {
        return;
    }
    if (transfer->held != NULL) {
        if (outcome == UPSTREAM_DONE) {
            return;                   /* held bytes are part of the answer: it cannot be done */
        }
        free(transfer->held);         /* a paused transfer may still time out or be cut */
        transfer->held = NULL;
        transfer->held_len = 0;
    }
    /* libcurl reports the status that arrived, whatever the outcome. */
    int final_status = transfer->status != 0 ? transfer->status : outcome == UPSTREAM_DONE ? status : 0;
    finish(transfer, outcome, final_status, retry_after_ms, outcome == UPSTREAM_DONE ? "answered" : "transfer failed");
}

/* The loop's turn: a resumed transfer gets its held bytes at once (curl_easy_pause). */
void fake_upstream_run_resumes(struct upstream *upstream)
{
    for (size_t i = 0; i < upstream->count; i++) {
        struct upstream_transfer *transfer = upstream->transfers[i];
        if (transfer->state != FAKE_LIVE || !transfer->resume_requested || transfer->held == NULL) {
            continue;
        }
        char *held = transfer->held;
        size_t held_len = transfer->held_len;
        transfer->held = NULL;
        transfer->held_len = 0;
        transfer->paused = true;      /* resume_requested lets this delivery through */
        fake_upstream_deliver(transfer, transfer->status, NULL, held, held_len);
        free(held);
    }
}
