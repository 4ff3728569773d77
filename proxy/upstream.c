#include "proxy/upstream.h"

#include <curl/curl.h>
#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "transforms/foundation/clock.h"

enum { POOL_MAX_IDLE = 256, MAX_CONNECTIONS_KEPT = 256 };

/* Where a transfer is in its life. libcurl refuses to add or remove a handle inside its own
 * callbacks: what is asked there waits in a phase of its own until control is back on the
 * loop (settle_deferred). */
enum transfer_phase {
    TRANSFER_IDLE,                 /* in the pool, or never started */
    TRANSFER_WAITING_TO_ADD,       /* started inside a callback: added from the loop */
    TRANSFER_RUNNING,              /* in libcurl's multi */
    TRANSFER_CANCELLED,            /* cancelled inside a callback: removed from the loop */
};

struct upstream_transfer {
    struct upstream *upstream;
    CURL *easy;
    struct upstream_callbacks callbacks;
    void *context;
    struct event *first_byte_timer;
    struct event *resume_event;
    int status;
    enum transfer_phase phase;
    bool got_first_byte;
    bool in_callback;              /* its write callback is running */
    long first_byte_ms;
    long retry_after_ms;
    double started_ms;
    struct upstream_transfer *next_idle;
    /* What this handle last got for its string options, which libcurl copies on every set:
     * set again only when a request needs another value. The URL is handed over parsed
     * (url_parsed, owned here), see set_url. */
    char *url_set;
    CURLU *url_parsed;
    char *ca_file_set;
    bool ca_file_known;
};

struct upstream {
    struct event_base *base;
    CURLM *multi;
    struct event *timer;
    struct upstream_transfer *idle;
    size_t idle_count;
    int callback_depth;            /* inside a libcurl write callback: no removals now */
    bool in_timeout;               /* inside on_timeout: a 0 ms timer waits for the next turn */
    struct event *reaper;          /* removes transfers cancelled inside a callback */
    struct upstream_transfer **doomed;
    size_t doomed_count, doomed_capacity;
    struct upstream_transfer **waiting;     /* started inside a callback, not yet added */
    size_t waiting_count, waiting_capacity;
    char default_ca_file[1024];    /* libcurl's own, restored on handles reused after a private CA */
    struct event **parked;         /* by descriptor: the read watcher of a connection libcurl keeps idle */
    size_t parked_capacity;
    bool proxy_from_environment;   /* a proxy variable was set at start: libcurl reads them per transfer */
};

/* ---- ending transfers ---- */

static void transfer_destroy(struct upstream_transfer *transfer)
{
    curl_easy_cleanup(transfer->easy);
    curl_url_cleanup(transfer->url_parsed);      /* after the handle that points at it */
    event_free(transfer->first_byte_timer);
    if (transfer->resume_event != NULL) {
        event_free(transfer->resume_event);
    }
    free(transfer->url_set);
    free(transfer->ca_file_set);
    free(transfer);
}

static void transfer_recycle(struct upstream_transfer *transfer)
{
    struct upstream *upstream = transfer->upstream;
    transfer->phase = TRANSFER_IDLE;
    transfer->context = NULL;
    evtimer_del(transfer->first_byte_timer);
    if (transfer->resume_event != NULL) {
        event_del(transfer->resume_event);
    }
    if (upstream->idle_count >= POOL_MAX_IDLE) {
        transfer_destroy(transfer);
        return;
    }
    transfer->next_idle = upstream->idle;
    upstream->idle = transfer;
    upstream->idle_count++;
}

static void classify(CURLcode code, struct upstream_result *result)
{
    switch (code) {
    case CURLE_OK:
        result->outcome = UPSTREAM_DONE;
        result->reason = "answered";
        return;
    case CURLE_COULDNT_CONNECT:
        result->outcome = UPSTREAM_CONNECT_FAILED;
        result->reason = "connection refused";
        return;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        result->outcome = UPSTREAM_DNS_FAILED;
        result->reason = "DNS lookup failed";
        return;
    case CURLE_OPERATION_TIMEDOUT:
        result->outcome = UPSTREAM_TIMEOUT;
        result->reason = "timed out";
        return;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
        result->outcome = UPSTREAM_TLS_FAILED;
        result->reason = "TLS handshake failed";
        return;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        result->outcome = UPSTREAM_CONNECTION_LOST;
        result->reason = "connection closed before the answer was complete";
        return;
    case CURLE_WRITE_ERROR:
        result->outcome = UPSTREAM_ABORTED;
        result->reason = "aborted by lethe";
        return;
    default:
        result->outcome = UPSTREAM_FAILED;
        result->reason = "transfer failed";
        return;
    }
}

static void complete(struct upstream_transfer *transfer, const struct upstream_result *result)
{
    curl_multi_remove_handle(transfer->upstream->multi, transfer->easy);
    struct upstream_callbacks callbacks = transfer->callbacks;
    void *context = transfer->context;
    bool cancelled = transfer->phase == TRANSFER_CANCELLED;
    transfer_recycle(transfer);
    if (!cancelled) {
        callbacks.on_complete(context, result);
    }
}

static void drain_completed(struct upstream *upstream)
{
    CURLMsg *message;
    int left;
    while ((message = curl_multi_info_read(upstream->multi, &left)) != NULL) {
        if (message->msg != CURLMSG_DONE) {
            continue;
        }
        struct upstream_transfer *transfer;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, (char **)&transfer);
        struct upstream_result result = { 0 };
        classify(message->data.result, &result);
        long status = 0;
        curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
        result.status = (int)status;
        result.retry_after_ms = transfer->retry_after_ms;
        result.total_ms = clock_monotonic_ms_exact() - transfer->started_ms;
        complete(transfer, &result);
    }
}

/* ---- libcurl <-> libevent glue ---- */

static void settle_deferred(struct upstream *upstream);

/* Room in the parking table for descriptor `fd`, grown on demand; false if it cannot be. */
static bool park_room(struct upstream *upstream, curl_socket_t fd)
{
    if (fd < 0) {
        return false;
    }
    if ((size_t)fd < upstream->parked_capacity) {
        return true;
    }
    size_t capacity = upstream->parked_capacity ? upstream->parked_capacity : 64;
    while (capacity <= (size_t)fd) {
        capacity *= 2;
    }
    struct event **grown = realloc(upstream->parked, capacity * sizeof *grown);
    if (grown == NULL) {
        return false;
    }
    memset(grown + upstream->parked_capacity, 0, (capacity - upstream->parked_capacity) * sizeof *grown);
    upstream->parked = grown;
    upstream->parked_capacity = capacity;
    return true;
}

static void unpark(struct upstream *upstream, curl_socket_t fd)
{
    if (fd >= 0 && (size_t)fd < upstream->parked_capacity && upstream->parked[fd] != NULL) {
        event_free(upstream->parked[fd]);
        upstream->parked[fd] = NULL;
    }
}

static void on_socket_ready(evutil_socket_t fd, short events, void *arg)
{
    struct upstream *upstream = arg;
    if (fd >= 0 && (size_t)fd < upstream->parked_capacity && upstream->parked[fd] != NULL) {
        /* An idle kept connection became readable (the provider closed it, most likely):
         * stop watching it. libcurl finds it dead when it next considers reusing it. */
        unpark(upstream, fd);
        return;
    }
    /* A transfer cancelled inside a callback must be out of the multi handle before libcurl
     * runs again: it may read the request body, which its owner may already have freed. */
    settle_deferred(upstream);
    int action = (events & EV_READ ? CURL_CSELECT_IN : 0) | (events & EV_WRITE ? CURL_CSELECT_OUT : 0);
    int running;
    curl_multi_socket_action(upstream->multi, fd, action, &running);
    drain_completed(upstream);
}

/* libcurl tells us to stop watching a socket when its transfer ends, and to watch it
 * again when the next transfer reuses the connection: an epoll_ctl each time, two per
 * request. A kept connection's read watcher is parked instead (still armed; readiness
 * while parked drops it) and taken back as it is when the connection is reused. libcurl
 * closes sockets through on_close_socket, which drops a parked watcher first: a later
 * socket with the same number gets a watcher of its own. */
static int on_socket_change(CURL *easy, curl_socket_t fd, int what, void *user, void *socket_data)
{
    struct upstream *upstream = user;
    struct event *watcher = socket_data;
    (void)easy;
    if (what == CURL_POLL_REMOVE) {
        if (watcher != NULL) {
            curl_multi_assign(upstream->multi, fd, NULL);
            if (event_get_events(watcher) == (EV_PERSIST | EV_READ) && park_room(upstream, fd)
                && upstream->parked[fd] == NULL) {
                upstream->parked[fd] = watcher;
            } else {
                event_free(watcher);
            }
        }
        return 0;
    }
    short kind = EV_PERSIST | (what & CURL_POLL_IN ? EV_READ : 0) | (what & CURL_POLL_OUT ? EV_WRITE : 0);
    if (watcher == NULL && fd >= 0 && (size_t)fd < upstream->parked_capacity && upstream->parked[fd] != NULL) {
        watcher = upstream->parked[fd];
        upstream->parked[fd] = NULL;
        curl_multi_assign(upstream->multi, fd, watcher);
        if (kind == (EV_PERSIST | EV_READ)) {
            return 0;                 /* still armed for reading: nothing to change */
        }
    }
    if (watcher == NULL) {
        watcher = event_new(upstream->base, fd, kind, on_socket_ready, upstream);
        if (watcher == NULL) {
            return -1;                /* libcurl fails the transfers on this socket */
        }
        curl_multi_assign(upstream->multi, fd, watcher);
    } else {
        event_del(watcher);
        event_assign(watcher, upstream->base, fd, kind, on_socket_ready, upstream);
    }
    event_add(watcher, NULL);
    return 0;
}

static int on_close_socket(void *arg, curl_socket_t fd)
{
    unpark(arg, fd);
    return close(fd);
}

static void on_timeout(evutil_socket_t fd, short events, void *arg)
{
    struct upstream *upstream = arg;
    (void)fd;
    (void)events;
    settle_deferred(upstream);
    int running;
    upstream->in_timeout = true;
    curl_multi_socket_action(upstream->multi, CURL_SOCKET_TIMEOUT, 0, &running);
    upstream->in_timeout = false;
    drain_completed(upstream);
}

static int on_timer_change(CURLM *multi, long timeout_ms, void *user)
{
    struct upstream *upstream = user;
    (void)multi;
    if (timeout_ms < 0) {
        evtimer_del(upstream->timer);
        return 0;
    }
    /* "Now" (a transfer just added: libcurl wants to start it) runs in this loop turn:
     * a 0 ms timer would run only after a non-blocking epoll_wait, a system call per
     * request. Not from inside the timer's own run, so that libcurl asking for "now"
     * again and again still lets the loop poll between runs. */
    if (timeout_ms == 0 && !upstream->in_timeout) {
        evtimer_del(upstream->timer);
        event_active(upstream->timer, EV_TIMEOUT, 1);
        return 0;
    }
    struct timeval delay = timeval_from_ms(timeout_ms);
    evtimer_add(upstream->timer, &delay);
    return 0;
}

/* ---- per transfer ---- */

static size_t on_write(char *data, size_t size, size_t count, void *arg)
{
    struct upstream_transfer *transfer = arg;
    size_t len = size * count;
    if (transfer->phase == TRANSFER_CANCELLED) {
        return 0;
    }
    if (!transfer->got_first_byte) {
        transfer->got_first_byte = true;
        evtimer_del(transfer->first_byte_timer);
        long status = 0;
        curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
        transfer->status = (int)status;
    }
    transfer->in_callback = true;
    transfer->upstream->callback_depth++;
    long taken = transfer->callbacks.on_body(transfer->context, transfer->status, data, len);
    transfer->upstream->callback_depth--;
    transfer->in_callback = false;
    if (transfer->phase == TRANSFER_CANCELLED) {
        return 0;
    }
    if (taken == UPSTREAM_PAUSE) {
        return CURL_WRITEFUNC_PAUSE;
    }
    return taken == (long)len ? len : 0;
}

/* Only retry-after is read from the provider's headers: the breaker honours it. */
static size_t on_header(char *line, size_t size, size_t count, void *arg)
{
    struct upstream_transfer *transfer = arg;
    size_t len = size * count;
    if (len > 12 && strncasecmp(line, "retry-after:", 12) == 0) {
        long seconds = strtol(line + 12, NULL, 10);
        if (seconds > 0 && seconds < 86400) {
            transfer->retry_after_ms = seconds * 1000;
        }
    } else if (len > 15 && strncasecmp(line, "retry-after-ms:", 15) == 0) {
        long milliseconds = strtol(line + 15, NULL, 10);
        if (milliseconds > 0 && milliseconds < 86400000) {
            transfer->retry_after_ms = milliseconds;
        }
    }
    return len;
}

static void on_first_byte_timeout(evutil_socket_t fd, short events, void *arg)
{
    struct upstream_transfer *transfer = arg;
    (void)fd;
    (void)events;
    struct upstream_result result = {
        .outcome = UPSTREAM_FIRST_BYTE_TIMEOUT,
        .reason = "no answer before the first-byte deadline",
        .total_ms = clock_monotonic_ms_exact() - transfer->started_ms,
    };
    complete(transfer, &result);
}

static void on_resume(evutil_socket_t fd, short events, void *arg)
{
    struct upstream_transfer *transfer = arg;
    (void)fd;
    (void)events;
    if (transfer->phase == TRANSFER_IDLE) {
        return;
    }
    struct upstream *upstream = transfer->upstream;
    settle_deferred(upstream);
    if (transfer->phase == TRANSFER_RUNNING) {
        /* Unpausing delivers held bytes at once, and may end the transfer. */
        curl_easy_pause(transfer->easy, CURLPAUSE_CONT);
        drain_completed(upstream);
    }
}

static struct upstream_transfer *transfer_take(struct upstream *upstream)
{
    struct upstream_transfer *transfer = upstream->idle;
    if (transfer != NULL) {
        upstream->idle = transfer->next_idle;
        upstream->idle_count--;
        return transfer;
    }
    transfer = calloc(1, sizeof *transfer);
    if (transfer == NULL) {
        return NULL;
    }
    transfer->upstream = upstream;
    transfer->easy = curl_easy_init();
    transfer->first_byte_timer = evtimer_new(upstream->base, on_first_byte_timeout, transfer);
    if (transfer->easy == NULL || transfer->first_byte_timer == NULL) {
        if (transfer->easy) curl_easy_cleanup(transfer->easy);
        if (transfer->first_byte_timer) event_free(transfer->first_byte_timer);
        free(transfer);
        return NULL;
    }
    /* Options that never change for a handle are set once. */
    CURL *easy = transfer->easy;
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, on_write);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer);
    curl_easy_setopt(easy, CURLOPT_CLOSESOCKETFUNCTION, on_close_socket);
    curl_easy_setopt(easy, CURLOPT_CLOSESOCKETDATA, upstream);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_POST, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    /* A provider's redirect is a failed attempt, never followed: following it would carry
     * the operator's key and the request to wherever the Location points. */
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 0L);
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!upstream->proxy_from_environment) {
        /* libcurl looks up five proxy variables in the environment for every transfer;
         * none was set at start, so say "no proxy" once: the same outcome, no lookups. */
        curl_easy_setopt(easy, CURLOPT_PROXY, "");
        curl_easy_setopt(easy, CURLOPT_NOPROXY, "");
    }
    if (upstream->default_ca_file[0] == '\0') {
        char *built_in = NULL;
        if (curl_easy_getinfo(easy, CURLINFO_CAINFO, &built_in) == CURLE_OK && built_in != NULL) {
            snprintf(upstream->default_ca_file, sizeof upstream->default_ca_file, "%s", built_in);
        }
    }
    return transfer;
}

static bool same_text(const char *a, const char *b)
{
    return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* The URL, unless the handle has it already. Given as text (CURLOPT_URL), libcurl parses
 * it and prints it back whole at every transfer (about 12k instructions, a sixth of its
 * own work per request); given parsed (CURLOPT_CURLU), it copies the parsed parts at each
 * transfer and prints the whole URL only once per handle. The flags are those libcurl
 * itself parses a CURLOPT_URL with. CURLOPT_URL is cleared so that the text libcurl
 * keeps of the URL is printed again from the new parse. */
static bool set_url(struct upstream_transfer *transfer, const char *url)
{
    if (transfer->url_set != NULL && strcmp(transfer->url_set, url) == 0) {
        return true;
    }
    free(transfer->url_set);
    transfer->url_set = NULL;
    CURLU *parsed = curl_url();
    if (parsed == NULL || curl_url_set(parsed, CURLUPART_URL, url, CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME)
        != CURLUE_OK) {
        curl_url_cleanup(parsed);
        return false;
    }
    curl_easy_setopt(transfer->easy, CURLOPT_URL, NULL);
    curl_easy_setopt(transfer->easy, CURLOPT_CURLU, parsed);
    curl_url_cleanup(transfer->url_parsed);
    transfer->url_parsed = parsed;
    transfer->url_set = strdup(url);          /* NULL: set again next time */
    return true;
}

static void set_ca_file(struct upstream_transfer *transfer, const char *ca_file)
{
    if (transfer->ca_file_known && same_text(transfer->ca_file_set, ca_file)) {
        return;
    }
    free(transfer->ca_file_set);
    transfer->ca_file_set = NULL;
    transfer->ca_file_known = false;
    if (curl_easy_setopt(transfer->easy, CURLOPT_CAINFO, ca_file) != CURLE_OK) {
        return;                               /* as before: libcurl keeps what it had */
    }
    transfer->ca_file_set = ca_file != NULL ? strdup(ca_file) : NULL;
    transfer->ca_file_known = ca_file == NULL || transfer->ca_file_set != NULL;
}

static void push_transfer(struct upstream_transfer ***list, size_t *count, size_t *capacity,
                          struct upstream_transfer *transfer)
{
    if (*count == *capacity) {
        size_t grown_capacity = *capacity ? *capacity * 2 : 8;
        struct upstream_transfer **grown = realloc(*list, grown_capacity * sizeof *grown);
        if (grown == NULL) {
            abort();
        }
        *list = grown;
        *capacity = grown_capacity;
    }
    (*list)[(*count)++] = transfer;
}

static bool add_to_multi(struct upstream_transfer *transfer)
{
    if (transfer->first_byte_ms > 0) {
        struct timeval delay = timeval_from_ms(transfer->first_byte_ms);
        evtimer_add(transfer->first_byte_timer, &delay);
    }
    return curl_multi_add_handle(transfer->upstream->multi, transfer->easy) == CURLM_OK;
}

struct upstream_transfer *upstream_start(struct upstream *upstream, const struct upstream_request *request,
                                         const struct upstream_callbacks *callbacks, void *context)
{
    struct upstream_transfer *transfer = transfer_take(upstream);
    if (transfer == NULL) {
        return NULL;
    }
    transfer->callbacks = *callbacks;
    transfer->context = context;
    transfer->status = 0;
    transfer->phase = TRANSFER_RUNNING;
    transfer->got_first_byte = false;
    transfer->in_callback = false;
    transfer->retry_after_ms = 0;
    transfer->started_ms = clock_monotonic_ms_exact();
    CURL *easy = transfer->easy;
    /* libcurl copies the URL (it may fail to); the headers, which carry the provider's key,
     * must be set or the request is not sent at all. */
    if (request->headers == NULL || !set_url(transfer, request->url)
        || curl_easy_setopt(easy, CURLOPT_HTTPHEADER, request->headers) != CURLE_OK) {
        transfer_recycle(transfer);
        return NULL;
    }
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request->body);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_len);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, request->timeout_ms);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms);
    /* Held by every open transfer: a stream's events are small, a whole answer may not be.
     * libcurl reallocates only when the size changes. */
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE,
                     request->receive_buffer_bytes > 0 ? request->receive_buffer_bytes : 4096L);
    /* A pooled handle may have served a provider with a private CA: the file is the
     * request's own every time. NULL (no built-in path) leaves libcurl on its CA directory. */
    set_ca_file(transfer, request->ca_file != NULL ? request->ca_file
                          : upstream->default_ca_file[0] ? upstream->default_ca_file : NULL);
    transfer->first_byte_ms = request->first_byte_ms > 0 && request->first_byte_ms < request->timeout_ms
                              ? request->first_byte_ms : 0;
    if (upstream->callback_depth > 0) {
        /* libcurl refuses new handles inside its callbacks (a fallback decided while
         * reading a failed answer): add it from the loop, at once after. */
        transfer->phase = TRANSFER_WAITING_TO_ADD;
        push_transfer(&upstream->waiting, &upstream->waiting_count, &upstream->waiting_capacity, transfer);
        event_active(upstream->reaper, EV_TIMEOUT, 1);
        return transfer;
    }
    if (!add_to_multi(transfer)) {
        transfer_recycle(transfer);
        return NULL;
    }
    return transfer;
}

/* Work libcurl does not allow inside its callbacks, done once control is back on the
 * loop: removing transfers cancelled meanwhile (first: nothing may drive them again),
 * adding transfers started meanwhile. Runs before every entry into libcurl, and from the
 * reaper event; outside every callback. */
static void settle_deferred(struct upstream *upstream)
{
    if (upstream->callback_depth > 0) {
        return;
    }
    for (size_t i = 0; i < upstream->doomed_count; i++) {
        struct upstream_transfer *transfer = upstream->doomed[i];
        if (transfer->phase == TRANSFER_CANCELLED) {
            curl_multi_remove_handle(upstream->multi, transfer->easy);
            transfer_recycle(transfer);
        }
    }
    upstream->doomed_count = 0;
    for (size_t i = 0; i < upstream->waiting_count; i++) {
        struct upstream_transfer *transfer = upstream->waiting[i];
        if (transfer->phase != TRANSFER_WAITING_TO_ADD) {
            continue;
        }
        transfer->phase = TRANSFER_RUNNING;
        if (!add_to_multi(transfer)) {
            struct upstream_result result = { .outcome = UPSTREAM_FAILED, .reason = "transfer failed" };
            complete(transfer, &result);
        }
    }
    upstream->waiting_count = 0;
}

static void on_reap(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    settle_deferred(arg);
}

void upstream_settle(struct upstream *upstream)
{
    settle_deferred(upstream);
}

/* Removed from libcurl now, or, inside a libcurl callback (where libcurl refuses it), marked
 * and removed before libcurl runs again: by the reaper, by the next socket or timer event,
 * or by upstream_settle. In its own write callback the transfer also fails at once (the
 * callback returns 0), so libcurl sends nothing more for it. */
void upstream_cancel(struct upstream_transfer *transfer)
{
    if (transfer == NULL || transfer->phase == TRANSFER_IDLE || transfer->phase == TRANSFER_CANCELLED) {
        return;
    }
    struct upstream *upstream = transfer->upstream;
    if (transfer->phase == TRANSFER_WAITING_TO_ADD) {
        /* Never handed to libcurl: the settling skips it. */
        transfer_recycle(transfer);
        return;
    }
    if (transfer->in_callback || upstream->callback_depth > 0) {
        push_transfer(&upstream->doomed, &upstream->doomed_count, &upstream->doomed_capacity, transfer);
        transfer->phase = TRANSFER_CANCELLED;
        event_active(upstream->reaper, EV_TIMEOUT, 1);
        return;
    }
    curl_multi_remove_handle(upstream->multi, transfer->easy);
    transfer_recycle(transfer);
}

void upstream_resume(struct upstream_transfer *transfer)
{
    if (transfer == NULL || transfer->phase == TRANSFER_IDLE) {
        return;
    }
    /* Made at the first pause: most transfers never wait for their client, and a stream
     * waiting for its provider should not hold it. */
    if (transfer->resume_event == NULL) {
        transfer->resume_event = event_new(transfer->upstream->base, -1, 0, on_resume, transfer);
    }
    if (transfer->resume_event != NULL) {
        event_active(transfer->resume_event, EV_TIMEOUT, 1);
    }
}

const char *upstream_content_type(struct upstream_transfer *transfer)
{
    char *type = NULL;
    curl_easy_getinfo(transfer->easy, CURLINFO_CONTENT_TYPE, &type);
    return type;
}


/* The variables libcurl 7.88 reads to pick a proxy for an http or https URL (it ignores
 * HTTP_PROXY in capitals, for CGI's sake). */
static bool proxy_environment_set(void)
{
    static const char *const names[] = {
        "http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (getenv(names[i]) != NULL) {
            return true;
        }
    }
    return false;
}

struct upstream *upstream_new(struct event_base *base)
{
    struct upstream *upstream = calloc(1, sizeof *upstream);
    if (upstream == NULL) {
        return NULL;
    }
    upstream->base = base;
    upstream->proxy_from_environment = proxy_environment_set();
    upstream->multi = curl_multi_init();
    upstream->timer = evtimer_new(base, on_timeout, upstream);
    upstream->reaper = event_new(base, -1, 0, on_reap, upstream);
    if (upstream->multi == NULL || upstream->timer == NULL || upstream->reaper == NULL) {
        upstream_free(upstream);
        return NULL;
    }
    curl_multi_setopt(upstream->multi, CURLMOPT_SOCKETFUNCTION, on_socket_change);
    curl_multi_setopt(upstream->multi, CURLMOPT_SOCKETDATA, upstream);
    curl_multi_setopt(upstream->multi, CURLMOPT_TIMERFUNCTION, on_timer_change);
    curl_multi_setopt(upstream->multi, CURLMOPT_TIMERDATA, upstream);
    /* With libcurl's default cache size, a busy gateway keeps opening new upstream
     * connections and fills the machine with TIME_WAIT sockets (STACK-NOTES). */
    curl_multi_setopt(upstream->multi, CURLMOPT_MAXCONNECTS, (long)MAX_CONNECTIONS_KEPT);
    return upstream;
}

void upstream_free(struct upstream *upstream)
{
    if (upstream == NULL) {
        return;
    }
    while (upstream->idle != NULL) {
        struct upstream_transfer *transfer = upstream->idle;
        upstream->idle = transfer->next_idle;
        transfer_destroy(transfer);
    }
    if (upstream->multi != NULL) {
        curl_multi_cleanup(upstream->multi);     /* closes kept connections: unparks them */
    }
    for (size_t fd = 0; fd < upstream->parked_capacity; fd++) {
        if (upstream->parked[fd] != NULL) {
            event_free(upstream->parked[fd]);
        }
    }
    free(upstream->parked);
    if (upstream->timer != NULL) {
        event_free(upstream->timer);
    }
    if (upstream->reaper != NULL) {
        event_free(upstream->reaper);
    }
    free(upstream->doomed);
    free(upstream->waiting);
    free(upstream);
}
