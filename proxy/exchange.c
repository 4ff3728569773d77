#include "proxy/exchange.h"

#include <errno.h>
#include <event2/event.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "providers/chain.h"
#include "providers/route.h"
#include "providers/router.h"
#include "proxy/log.h"
#include "scrub/event_restore.h"
#include "scrub/request.h"

enum {
    MAX_ANSWER_BYTES = 32 << 20,        /* a whole (non-streamed) provider answer */
    MAX_ERROR_BODY_BYTES = 64 << 10,    /* an error answer: read for its status only */
    MAX_SSE_EVENT_BYTES = 4 << 20,
    /* Backpressure: stop reading the provider while this much waits for the client. */
    OUTPUT_HIGH_WATER = 256 << 10,
    OUTPUT_LOW_WATER = 64 << 10,
    RETRY_BASE_MS = 100,
    RETRY_MIN_REMAINING_MS = 50,
    /* All targets rate limited, none said when to come back: what the client is told. */
    DEFAULT_RATE_LIMIT_RETRY_MS = 1000,
};

/* Past these a constraint means nothing a router could act on: a 400, not a silent cap. */
#define MAX_COST_CONSTRAINT_USD 1e6
#define MAX_LATENCY_CONSTRAINT_MS 86400000.0

/* An SSE body told apart from anything else by its first bytes, for a provider that
 * names no content type. */
enum sse_guess { SSE_NO, SSE_YES, SSE_UNDECIDED };

struct exchange;

/* One try of one target. With hedging, several run at once until one wins. */
struct attempt {
    struct exchange *exchange;
    const struct route_target *target;
    struct breaker *breaker;
    struct upstream_transfer *transfer;
    struct buffer body;               /* the provider's request, encoded once per target */
    struct buffer url;
    struct buffer answer;             /* a whole answer, or an error body */
    struct sse_reader sse;
    void *wire_state;
    struct event *idle_timer;
    bool streaming;
    bool got_first_byte;
    bool holds_probe;                 /* this attempt is its half-open breaker's one probe */
    bool stream_decided;              /* a streamed request's answer is known to be SSE or not */
    int tries;
    long long first_try_ms;           /* the deadline covers every try of this target */
    char model[128];                  /* from the provider's first event, before it wins */
    struct canon_usage pending_usage;
    bool has_pending_usage;
};

struct attempt_record {
    const char *label;
    char reason[80];
    bool timed_out;
    bool skipped;                     /* circuit open: not contacted */
    bool rate_limited;                /* the provider answered 429 */
    long retry_after_ms;              /* its retry-after, 0 if none */
};

struct exchange {
    struct gateway *gateway;
    struct http_request *client;
    struct arena *arena;
    const struct client_dialect *dialect;
    const struct gateway_key *key;    /* NULL: the gateway is open */
    /* The configuration this exchange started on: a reload does not change it midway. */
    struct generation *generation;
    const struct config *config;
    struct breaker_table *breakers;
    struct scrubber *scrubber;
    long estimated_tokens;            /* taken from the key's token bucket at admission */
    double reserved_usd;              /* of the key's daily budget, until the request ends */
    bool counted_in_flight;
    struct access_record record;      /* its access log line */
    char auto_reason[256];            /* model "auto": why this chain (metadata only) */
    struct canon_usage usage;         /* what the provider reported, for settling */
    struct canon_request request;
    struct chain chain;
    size_t next_target;
    /* Sized from the chain once it is known (size_attempt_sets): a target has at most one
     * attempt, so however many targets a hedged route races, the sets cannot overflow. */
    struct attempt **live;
    size_t live_count;
    struct attempt *winner;
    struct attempt *retry_pending;
    struct attempt **created;              /* every attempt, to free their timers */
    size_t created_count, attempt_capacity;
    struct attempt *newest;                /* the attempt hedging watches */
    unsigned tried;                   /* x-lethe-attempts */
    const char *last_label;
    struct attempt_record *records;
    size_t record_count, record_capacity;
    long retry_after_ms;

    bool held;
    bool finished;                    /* the client's answer is complete or was sent */
    bool committed;                   /* the client's status and headers are out */
    bool saw_end;
    bool stream_failed;
    bool counted_open;
    bool wrote_since_heartbeat;
    struct buffer out;
    void *dialect_state;
    struct arena scratch;             /* one stream event's parse, wiped after each event */
    struct vault vault;               /* this request's placeholders */
    size_t scrubbed;                  /* values masked: x-lethe-scrubbed */
    bool rehydrate;                   /* false: x-lethe-rehydrate: off */
    struct event_restorer restore;
    struct reply_context reply;
    char reply_id[48];
    char model_name[128];
    struct event *hedge_timer;
    struct event *retry_timer;
    struct event *heartbeat_timer;

    /* Continuation ("resume": true): what the client already has, and how much of a
     * continuing provider's text merely repeats it. */
    struct buffer sent_text;
    bool tool_started;
    bool resuming;
    size_t repeat_matched;
    struct canon_request prefilled;       /* + the sent text as the assistant's turn */
    struct canon_request instructed;      /* + that, and an instruction to go on */
};

static bool walk_next(struct exchange *exchange);
static long key_index(const struct exchange *exchange);
static long utc_day(void);
static double request_cost_usd(const struct exchange *exchange);
static void attempt_failed(struct attempt *attempt, const char *reason, bool timed_out, long retry_after_ms);
static void fail_attempt_with_status(struct attempt *attempt, int status, long retry_after_ms);

/* ---- answering the client ---- */

static void add_proxy_headers(struct exchange *exchange)
{
    char attempts[16], scrubbed[24];
    snprintf(attempts, sizeof attempts, "%u", exchange->tried);
    snprintf(scrubbed, sizeof scrubbed, "%zu", exchange->scrubbed);
    http_add_header(exchange->client, "x-lethe-provider", exchange->last_label ? exchange->last_label : "none");
    http_add_header(exchange->client, "x-lethe-attempts", attempts);
    http_add_header(exchange->client, "x-lethe-scrubbed", scrubbed);
    if (exchange->auto_reason[0] != '\0') {
        http_add_header(exchange->client, "x-lethe-auto-choice", exchange->chain.targets[0].label);
        http_add_header(exchange->client, "x-lethe-auto-reason", exchange->auto_reason);
    }
}

static void send_stream_error(struct exchange *exchange, int status, const char *message);

static void reply_error(struct exchange *exchange, int status, const char *type, const char *code,
                        const char *attempts_json, const char *message)
{
    if (exchange->committed) {
        /* A stream's status and headers are out: an error can only end it, in-band. */
        send_stream_error(exchange, status, message);
        return;
    }
    struct buffer body;
    buffer_init(&body, exchange->arena, 256);
    exchange->dialect->encode_error(&body, status, type, code, NULL, message, attempts_json);
    add_proxy_headers(exchange);
    exchange->finished = true;
    http_reply(exchange->client, status, "application/json", body.data, body.len);
}

static void fail_exchange(struct exchange *exchange, int status, const char *type, const char *code,
                          const char *format, ...) __attribute__((format(printf, 5, 6)));

static void fail_exchange(struct exchange *exchange, int status, const char *type, const char *code,
                          const char *format, ...)
{
    char message[256];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    reply_error(exchange, status, type, code, NULL, message);
}

static void on_heartbeat(evutil_socket_t fd, short events, void *arg)
{
    struct exchange *exchange = arg;
    (void)fd;
    (void)events;
    if (exchange->finished) {
        return;
    }
    if (!exchange->wrote_since_heartbeat) {
        /* A comment, never data: clients ignore it, proxies see a live connection. */
        static const char keep_alive[] = ": keep-alive\n\n";
        http_stream_write(exchange->client, keep_alive, sizeof keep_alive - 1);
    }
    exchange->wrote_since_heartbeat = false;
}

static void commit_stream(struct exchange *exchange)
{
    if (exchange->committed) {
        return;
    }
    exchange->committed = true;
    exchange->record.first_byte_ms = http_request_elapsed_ms(exchange->client);
    add_proxy_headers(exchange);
    http_add_header(exchange->client, "Cache-Control", "no-cache");
    http_add_header(exchange->client, "X-Accel-Buffering", "no");
    http_stream_start(exchange->client, 200, "text/event-stream");
    metrics_add(exchange->gateway->metrics, METRIC_GAUGE, "lethe_open_streams", "", 1);
    exchange->counted_open = true;
    long period = exchange->config->heartbeat_ms;
    struct timeval interval = { period / 1000, (period % 1000) * 1000 };
    exchange->heartbeat_timer = event_new(exchange->gateway->base, -1, EV_PERSIST, on_heartbeat, exchange);
    if (exchange->heartbeat_timer == NULL) {
        /* Out of memory: the stream goes on, only without keep-alive comments. */
        log_error("cannot create the heartbeat timer of a stream");
        return;
    }
    event_add(exchange->heartbeat_timer, &interval);
}

static void stop_counting_stream(struct exchange *exchange)
{
    if (exchange->counted_open) {
        metrics_add(exchange->gateway->metrics, METRIC_GAUGE, "lethe_open_streams", "", -1);
        exchange->counted_open = false;
    }
}

static void end_stream(struct exchange *exchange)
{
    exchange->finished = true;
    http_stream_end(exchange->client);
    stop_counting_stream(exchange);
}

static void flush_out(struct exchange *exchange)
{
    if (exchange->out.len == 0) {
        return;
    }
    commit_stream(exchange);
    http_stream_write(exchange->client, exchange->out.data, exchange->out.len);
    exchange->wrote_since_heartbeat = true;
    buffer_reset(&exchange->out);
}

/* ---- attempts: bookkeeping ---- */

static struct attempt_record *record(struct exchange *exchange, const char *label, const char *reason, bool timed_out,
                                     bool skipped)
{
    if (exchange->record_count == exchange->record_capacity) {
        return NULL;                  /* never: size_attempt_sets bounds every record */
    }
    struct attempt_record *entry = &exchange->records[exchange->record_count++];
    entry->label = label;
    snprintf(entry->reason, sizeof entry->reason, "%s", reason);
    entry->timed_out = timed_out;
    entry->skipped = skipped;
    return entry;
}

/* Every set an exchange keeps of its attempts, sized from its chain: one attempt per
 * target at most; per target, a record per try, one if skipped, one if resumed past. */
static void size_attempt_sets(struct exchange *exchange)
{
    size_t targets = exchange->chain.count;
    size_t records = 0;
    for (size_t i = 0; i < targets; i++) {
        records += (size_t)exchange->chain.targets[i].retries + 3;
    }
    exchange->attempt_capacity = targets;
    exchange->live = arena_calloc(exchange->arena, targets + 1, sizeof *exchange->live);
    exchange->created = arena_calloc(exchange->arena, targets + 1, sizeof *exchange->created);
    exchange->record_capacity = records;
    exchange->records = arena_calloc(exchange->arena, records + 1, sizeof *exchange->records);
}

static void remove_live(struct exchange *exchange, struct attempt *attempt)
{
    for (size_t i = 0; i < exchange->live_count; i++) {
        if (exchange->live[i] == attempt) {
            exchange->live[i] = exchange->live[--exchange->live_count];
            return;
        }
    }
}

/* An attempt that ends without a verdict on its target (cancelled, or the request refused)
 * lets another probe go if it held the probe. */
static void give_back_probe(struct attempt *attempt)
{
    if (attempt->holds_probe) {
        breaker_release(attempt->breaker);
        attempt->holds_probe = false;
    }
}

/* The attempt's verdict on its target, for the breaker every worker shares. */
static void tell_breaker(struct attempt *attempt, bool succeeded, long retry_after_ms)
{
    if (attempt->breaker == NULL) {
        return;
    }
    /* Only the probe's holder may decide a half-open breaker; the outcome of an attempt that
     * began before the circuit opened is not the probe's (breaker_report). */
    breaker_report(attempt->breaker, &attempt->exchange->config->breaker, breaker_now_ms(), succeeded,
                   attempt->holds_probe, retry_after_ms);
    attempt->holds_probe = false;
}

static void stop_attempt(struct attempt *attempt)
{
    upstream_cancel(attempt->transfer);
    attempt->transfer = NULL;
    if (attempt->idle_timer != NULL) {
        evtimer_del(attempt->idle_timer);
    }
    give_back_probe(attempt);
    remove_live(attempt->exchange, attempt);
}

static void stop_all_attempts(struct exchange *exchange)
{
    while (exchange->live_count > 0) {
        stop_attempt(exchange->live[exchange->live_count - 1]);
    }
    if (exchange->hedge_timer != NULL) {
        evtimer_del(exchange->hedge_timer);
    }
    if (exchange->retry_timer != NULL) {
        evtimer_del(exchange->retry_timer);
    }
    if (exchange->retry_pending != NULL) {
        give_back_probe(exchange->retry_pending);
    }
    exchange->retry_pending = NULL;
}

/* The first attempt to produce part of an answer wins; its rivals stop at once. */
static void become_winner(struct attempt *attempt)
{
    struct exchange *exchange = attempt->exchange;
    exchange->winner = attempt;
    if (attempt->breaker != NULL) {
        breaker_observe_latency(attempt->breaker, (double)(breaker_now_ms() - attempt->first_try_ms));
    }
    exchange->last_label = attempt->target->label;
    for (size_t i = exchange->live_count; i-- > 0;) {
        if (exchange->live[i] != attempt) {
            stop_attempt(exchange->live[i]);
        }
    }
    if (exchange->hedge_timer != NULL) {
        evtimer_del(exchange->hedge_timer);
    }
    snprintf(exchange->model_name, sizeof exchange->model_name, "%s",
             attempt->model[0] != '\0' ? attempt->model : attempt->target->model);
}

/* ---- canonical events -> client ---- */

static int encode_for_client(void *context, const struct canon_event *event)
{
    struct exchange *exchange = context;
    exchange->dialect->encode_stream_event(&exchange->out, exchange->dialect_state, event, &exchange->reply);
    return 0;
}

/* Every event reaches the client through the restorer: placeholders become values again. */
static void encode_event(struct exchange *exchange, const struct canon_event *event)
{
    if (event->type == EVENT_USAGE) {
        exchange->usage = event->usage;
    }
    event_restorer_pass(&exchange->restore, event, encode_for_client, exchange);
}

static bool can_resume(const struct exchange *exchange)
{
    return exchange->chain.resume && !exchange->tool_started && !exchange->finished
           && exchange->next_target < exchange->chain.count;
}

static void encode_text(struct exchange *exchange, const char *text, size_t len)
{
    if (len == 0) {
        return;
    }
    struct canon_event event = { .type = EVENT_TEXT, .text = slice_of(text, len) };
    encode_event(exchange, &event);
    if (exchange->chain.resume) {
        buffer_append(&exchange->sent_text, text, len);
    }
}

/* A continuing provider often starts over: whatever repeats the text the client already
 * has is dropped, so the client gets only what is new. Matching bytes are held until the
 * text diverges (then they were new after all) or the repetition is complete. */
static void encode_new_text(struct exchange *exchange, struct slice text)
{
    if (!exchange->resuming) {
        encode_text(exchange, text.ptr, text.len);
        return;
    }
    size_t sent = exchange->sent_text.len;
    size_t at = 0;
    while (at < text.len && exchange->repeat_matched < sent
           && text.ptr[at] == exchange->sent_text.data[exchange->repeat_matched]) {
        at++;
        exchange->repeat_matched++;
    }
    if (at == text.len && exchange->repeat_matched < sent) {
        return;                       /* still repeating: hold */
    }
    exchange->resuming = false;
    if (exchange->repeat_matched < sent) {
        /* It diverged: the held bytes were the start of new text, not a repetition. */
        size_t held = exchange->repeat_matched;
        char *copy = arena_strndup(exchange->arena, exchange->sent_text.data, held);
        encode_text(exchange, copy, held);
    }
    encode_text(exchange, text.ptr + at, text.len - at);
}

static int on_canonical_event(void *context, const struct canon_event *event)
{
    struct attempt *attempt = context;
    struct exchange *exchange = attempt->exchange;
    if (exchange->finished || (exchange->winner != NULL && exchange->winner != attempt)) {
        return 1;
    }
    if (exchange->winner == NULL) {
        /* Nothing has reached the client: this attempt can still be replaced. */
        if (event->type == EVENT_START) {
            if (event->model.len && event->model.len < sizeof attempt->model) {
                memcpy(attempt->model, event->model.ptr, event->model.len);
                attempt->model[event->model.len] = '\0';
            }
            return 0;
        }
        if (event->type == EVENT_USAGE) {
            attempt->pending_usage = event->usage;
            attempt->has_pending_usage = true;
            return 0;
        }
        if (event->type == EVENT_ERROR) {
            return -2;                /* a failure before the first byte: fall over */
        }
        become_winner(attempt);
        if (attempt->has_pending_usage) {
            struct canon_event usage = { .type = EVENT_USAGE, .usage = attempt->pending_usage };
            encode_event(exchange, &usage);
        }
    }
    if (event->type == EVENT_ERROR && can_resume(exchange)) {
        return -3;                    /* the caller resumes on the next target */
    }
    if (event->type == EVENT_END) {
        exchange->saw_end = true;
    }
    if (event->type == EVENT_ERROR) {
        exchange->stream_failed = true;
    }
    if (event->type == EVENT_TOOL_CALL) {
        exchange->tool_started = true;
    }
    if (event->type == EVENT_TEXT) {
        encode_new_text(exchange, event->text);
        return 0;
    }
    encode_event(exchange, event);
    return exchange->stream_failed || exchange->saw_end;
}

/* End a stream that has begun with an error event in the client's dialect. */
static void send_stream_error(struct exchange *exchange, int status, const char *message)
{
    struct canon_event error = { .type = EVENT_ERROR, .error_status = status,
                                 .text = slice_of(message, strlen(message)) };
    exchange->stream_failed = true;
    encode_event(exchange, &error);
    flush_out(exchange);
    end_stream(exchange);
}

static bool resume_on_next_target(struct exchange *exchange, struct attempt *failed, const char *message);

/* The winning attempt failed after part of its answer reached the client: resume on the
 * next target if the route allows it, or end the stream with an error event. */
static void winner_failed(struct attempt *attempt, int status, const char *message)
{
    struct exchange *exchange = attempt->exchange;
    tell_breaker(attempt, false, 0);
    stop_attempt(attempt);
    if (can_resume(exchange) && resume_on_next_target(exchange, attempt, message)) {
        return;
    }
    send_stream_error(exchange, status, message);
}

static int on_sse_event(void *context, const struct sse_event *event)
{
    struct attempt *attempt = context;
    struct exchange *exchange = attempt->exchange;
    int result = attempt->target->provider->type->wire->decode_stream_event(
        attempt->wire_state, &exchange->scratch, event, on_canonical_event, attempt);
    arena_clear(&exchange->scratch);
    return result;
}

/* A whole answer told as events: a provider that ignored "stream": true still gets
 * streamed to a client that asked for a stream. */
static void replay_response_as_events(struct attempt *attempt, const struct canon_response *response)
{
    struct exchange *exchange = attempt->exchange;
    struct canon_event event = { .type = EVENT_START, .id = response->id, .model = response->model };
    on_canonical_event(attempt, &event);
    if (response->text.len) {
        event = (struct canon_event){ .type = EVENT_TEXT, .text = response->text };
        on_canonical_event(attempt, &event);
    }
    for (size_t i = 0; i < response->tool_call_count; i++) {
        const struct canon_tool_call *call = &response->tool_calls[i];
        event = (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_index = (int)i, .tool_id = call->id,
                                      .tool_name = call->name, .tool_arguments = call->arguments };
        on_canonical_event(attempt, &event);
    }
    event = (struct canon_event){ .type = EVENT_FINISH,
                                  .finish = response->finish == FINISH_NONE ? FINISH_STOP : response->finish };
    on_canonical_event(attempt, &event);
    if (response->usage.present) {
        event = (struct canon_event){ .type = EVENT_USAGE, .usage = response->usage };
        on_canonical_event(attempt, &event);
    }
    event = (struct canon_event){ .type = EVENT_END };
    on_canonical_event(attempt, &event);
    flush_out(exchange);
    end_stream(exchange);
}

/* ---- the provider's answer ---- */

/* The first bytes of a body that names no content type: SSE starts with a field or a
 * comment. Undecided while those bytes are a prefix of one. */
static enum sse_guess guess_sse(const char *data, size_t len)
{
    static const char *const openings[] = { ":", "data:", "event:", "id:", "retry:" };
    for (size_t i = 0; i < sizeof openings / sizeof openings[0]; i++) {
        size_t opening_len = strlen(openings[i]);
        size_t compared = len < opening_len ? len : opening_len;
        if (memcmp(data, openings[i], compared) == 0) {
            return len >= opening_len ? SSE_YES : SSE_UNDECIDED;
        }
    }
    return SSE_NO;
}

/* Some OpenAI-compatible servers stream with no Content-Type at all: when the client asked
 * for a stream, a body that starts as SSE is one. Any other type is taken at its word. */
static enum sse_guess is_event_stream(struct attempt *attempt, const char *data, size_t len)
{
    const char *type = upstream_content_type(attempt->transfer);
    if (type != NULL) {
        return strncmp(type, "text/event-stream", 17) == 0 ? SSE_YES : SSE_NO;
    }
    return guess_sse(data, len);
}

static void arm_idle_timer(struct attempt *attempt)
{
    long idle = attempt->target->idle_ms;
    if (idle <= 0) {
        return;
    }
    struct timeval delay = { idle / 1000, (idle % 1000) * 1000 };
    evtimer_add(attempt->idle_timer, &delay);
}

static long feed_stream(struct attempt *attempt, const char *data, size_t len);

/* The first bytes of a streamed request's answer: a stream, or a whole answer (a provider
 * may ignore "stream": true)? The content type says, or with none, the first bytes. They
 * wait in `answer` until it is decided; a stream is then fed from them. */
static long take_first_bytes(struct attempt *attempt, const char *data, size_t len)
{
    buffer_append(&attempt->answer, data, len);
    enum sse_guess guess = is_event_stream(attempt, attempt->answer.data, attempt->answer.len);
    if (guess == SSE_UNDECIDED) {
        return (long)len;
    }
    attempt->stream_decided = true;
    if (guess == SSE_NO) {
        return (long)len;             /* a whole answer, kept in `answer` */
    }
    attempt->streaming = true;
    /* The held bytes are arena memory, valid until the request ends: feed them in place. */
    struct buffer held = attempt->answer;
    buffer_init(&attempt->answer, attempt->exchange->arena, 256);
    long taken = feed_stream(attempt, held.data, held.len);
    return taken == (long)held.len ? (long)len : 0;
}

static long on_upstream_body(void *context, int status, const char *data, size_t len)
{
    struct attempt *attempt = context;
    struct exchange *exchange = attempt->exchange;
    attempt->got_first_byte = true;
    if (!attempt->streaming && !attempt->stream_decided && status >= 200 && status < 300
        && exchange->request.stream) {
        return take_first_bytes(attempt, data, len);
    }
    if (!attempt->streaming) {
        size_t limit = status >= 200 && status < 300 ? MAX_ANSWER_BYTES : MAX_ERROR_BODY_BYTES;
        if (attempt->answer.len + len > limit) {
            /* An error body is only read for its status; a too-large answer is refused. */
            return status >= 200 && status < 300 ? 0 : (long)len;
        }
        buffer_append(&attempt->answer, data, len);
        return (long)len;
    }
    return feed_stream(attempt, data, len);
}

/* Bytes of a streamed answer: parsed into events, which reach the client once this attempt
 * has won. */
static long feed_stream(struct attempt *attempt, const char *data, size_t len)
{
    struct exchange *exchange = attempt->exchange;
    if (exchange->winner == attempt && exchange->committed
        && http_pending_output(exchange->client) > OUTPUT_HIGH_WATER) {
        http_watch_drain(exchange->client, OUTPUT_LOW_WATER);
        return UPSTREAM_PAUSE;
    }
    arm_idle_timer(attempt);
    int result = sse_reader_feed(&attempt->sse, data, len, on_sse_event, attempt);
    if (exchange->winner != attempt) {
        if (result < 0) {
            /* Garbage or an error event before any answer: the next target may do better. */
            attempt_failed(attempt, result == -2 ? "error event before the answer" : "invalid stream",
                           false, 0);
            return 0;
        }
        return exchange->winner != NULL ? 0 : (long)len;     /* a rival won meanwhile */
    }
    flush_out(exchange);
    if (result >= 0 && !exchange->stream_failed) {
        return (long)len;
    }
    if (exchange->stream_failed) {
        /* The provider's own error event went out: the stream is over. */
        end_stream(exchange);
        tell_breaker(attempt, false, 0);
        stop_attempt(attempt);
    } else {
        /* Garbage where events should be, or an error event we may resume past. From
         * inside the callback the cancel only marks the transfer, so no completion runs
         * after the request, and this exchange, is gone. */
        winner_failed(attempt, 502, result == -3 ? "the provider reported an error during the stream"
                                                 : "the provider sent an invalid stream");
    }
    return 0;
}

static void on_client_drained(void *context)
{
    struct exchange *exchange = context;
    if (exchange->winner != NULL) {
        upstream_resume(exchange->winner->transfer);
    }
}

static void finish_winner_stream(struct attempt *attempt, const struct upstream_result *result)
{
    struct exchange *exchange = attempt->exchange;
    if (exchange->finished) {
        return;
    }
    if (exchange->saw_end) {
        flush_out(exchange);
        end_stream(exchange);
        tell_breaker(attempt, true, 0);
        return;
    }
    /* No end marker: the provider died or was cut mid-answer. Never pass that off as a
     * complete answer, and never restart it: resume past it, or say so in-band. */
    char message[160];
    snprintf(message, sizeof message, "provider '%s' stream ended before the answer was complete: %s",
             attempt->target->provider->name,
             result->outcome == UPSTREAM_DONE ? "stream incomplete" : result->reason);
    winner_failed(attempt, 502, message);
}

static void answer_whole(struct attempt *attempt, struct canon_response *response)
{
    struct exchange *exchange = attempt->exchange;
    if (response->model.len && response->model.len < sizeof exchange->model_name) {
        memcpy(exchange->model_name, response->model.ptr, response->model.len);
        exchange->model_name[response->model.len] = '\0';
    }
    if (exchange->request.stream) {
        replay_response_as_events(attempt, response);
        return;
    }
    exchange->usage = response->usage;
    if (exchange->rehydrate) {
        restore_response(&exchange->vault, exchange->arena, response);
    }
    exchange->record.first_byte_ms = http_request_elapsed_ms(exchange->client);
    struct buffer body;
    buffer_init(&body, exchange->arena, attempt->answer.len + 512);
    exchange->dialect->encode_response(&body, response, &exchange->reply);
    add_proxy_headers(exchange);
    exchange->finished = true;
    http_reply(exchange->client, 200, "application/json", body.data, body.len);
}

static void on_upstream_complete(void *context, const struct upstream_result *result)
{
    struct attempt *attempt = context;
    struct exchange *exchange = attempt->exchange;
    attempt->transfer = NULL;
    remove_live(exchange, attempt);
    if (attempt->idle_timer != NULL) {
        evtimer_del(attempt->idle_timer);
    }
    const struct wire_format *wire = attempt->target->provider->type->wire;
    bool success = result->outcome == UPSTREAM_DONE && result->status >= 200 && result->status < 300;
    if (success && attempt->streaming && !exchange->saw_end && wire->finish_stream != NULL
        && !sse_reader_has_partial(&attempt->sse) && (exchange->winner == NULL || exchange->winner == attempt)) {
        /* A format without an end marker (Gemini) decides here whether the body that just
         * ended was a complete answer; it may even make an empty one win. */
        wire->finish_stream(attempt->wire_state, on_canonical_event, attempt);
    }
    if (exchange->winner == attempt) {
        exchange->record.provider_ms = result->total_ms;
        finish_winner_stream(attempt, result);
        return;
    }
    if (exchange->winner != NULL || exchange->finished) {
        return;
    }
    if (success && attempt->streaming) {
        attempt_failed(attempt, "stream ended before any answer", false, 0);
        return;
    }
    if (success) {
        struct canon_response response;
        struct format_error error;
        if (!wire->decode_response(exchange->arena, attempt->answer.data, attempt->answer.len, &response, &error)) {
            attempt_failed(attempt, "answer is not valid", false, 0);
            return;
        }
        become_winner(attempt);
        exchange->record.provider_ms = result->total_ms;
        tell_breaker(attempt, true, 0);
        answer_whole(attempt, &response);
        return;
    }
    if (result->outcome == UPSTREAM_DONE) {
        enum chain_verdict verdict = chain_judge_status(result->status);
        if (verdict == CHAIN_RETURN_TO_CLIENT && !exchange->committed) {
            /* The request itself is refused: every provider would refuse it. (Once the
             * stream began, the refused request is a continuation, no verdict on the
             * client's, which a provider took: it fails like any attempt and the walk
             * goes on, to an in-band error at worst.) */
            exchange->last_label = attempt->target->label;
            give_back_probe(attempt);
            stop_all_attempts(exchange);
            fail_exchange(exchange, result->status, "invalid_request_error", "upstream_refused",
                          "provider '%s' (%s) refused the request with HTTP %d",
                          attempt->target->provider->name, attempt->target->label, result->status);
            return;
        }
        if (verdict == CHAIN_NEXT_CONFIG_PROBLEM) {
            log_error("provider '%s' answered HTTP %d: check its API key", attempt->target->provider->name,
                      result->status);
        }
        if (verdict == CHAIN_NEXT_REDIRECT) {
            log_error("provider '%s' answered HTTP %d (a redirect, never followed): check its base_url",
                      attempt->target->provider->name, result->status);
        }
        fail_attempt_with_status(attempt, result->status, result->retry_after_ms);
        return;
    }
    bool timed_out = result->outcome == UPSTREAM_TIMEOUT || result->outcome == UPSTREAM_FIRST_BYTE_TIMEOUT;
    attempt_failed(attempt, result->reason, timed_out, 0);
}

/* ---- walking the chain ---- */

/* Every target contacted answered 429 (a skipped one, circuit open, neither counts nor
 * spoils it). `*retry_ms`: the smallest retry-after among them, or a default if none said. */
static bool all_rate_limited(const struct exchange *exchange, long *retry_ms)
{
    bool any = false;
    long soonest = 0;
    for (size_t i = 0; i < exchange->record_count; i++) {
        const struct attempt_record *entry = &exchange->records[i];
        if (entry->skipped) {
            continue;
        }
        if (!entry->rate_limited) {
            return false;
        }
        any = true;
        if (entry->retry_after_ms > 0 && (soonest == 0 || entry->retry_after_ms < soonest)) {
            soonest = entry->retry_after_ms;
        }
    }
    *retry_ms = soonest > 0 ? soonest : DEFAULT_RATE_LIMIT_RETRY_MS;
    return any;
}

static void all_failed(struct exchange *exchange)
{
    if (exchange->committed) {
        /* A resumed stream whose continuations all failed: the answer stays cut. */
        send_stream_error(exchange, 502, "the stream was cut and no target could continue it");
        return;
    }
    struct buffer attempts, message;
    buffer_init(&attempts, exchange->arena, 256);
    buffer_init(&message, exchange->arena, 256);
    bool all_timed_out = exchange->tried > 0;
    buffer_printf(&message, "all %zu target%s failed:", exchange->chain.count, exchange->chain.count == 1 ? "" : "s");
    buffer_append_char(&attempts, '[');
    for (size_t i = 0; i < exchange->record_count; i++) {
        const struct attempt_record *entry = &exchange->records[i];
        all_timed_out = all_timed_out && (entry->timed_out || entry->skipped);
        buffer_printf(&message, "%s %s (%s)", i ? ";" : "", entry->label, entry->reason);
        buffer_append_cstr(&attempts, i ? ",{\"target\":" : "{\"target\":");
        json_write_cstring(&attempts, entry->label);
        buffer_append_cstr(&attempts, ",\"reason\":");
        json_write_cstring(&attempts, entry->reason);
        buffer_append_char(&attempts, '}');
    }
    buffer_append_char(&attempts, ']');
    long rate_limit_retry_ms;
    if (all_rate_limited(exchange, &rate_limit_retry_ms)) {
        /* Every provider said "later": so does lethe, with the soonest "later" it heard, and
         * SDKs back off and retry as they would against the provider itself. */
        char seconds[24];
        snprintf(seconds, sizeof seconds, "%ld", (rate_limit_retry_ms + 999) / 1000);
        http_add_header(exchange->client, "retry-after", seconds);
        reply_error(exchange, 429, "rate_limit_error", "all_targets_rate_limited", attempts.data, message.data);
        return;
    }
    /* lethe has walked its chain: a client SDK retrying on its own would only multiply
     * the load on providers that are already failing. */
    http_add_header(exchange->client, "x-should-retry", "false");
    if (exchange->retry_after_ms > 0) {
        char seconds[24];
        snprintf(seconds, sizeof seconds, "%ld", (exchange->retry_after_ms + 999) / 1000);
        http_add_header(exchange->client, "retry-after", seconds);
    }
    int status = all_timed_out ? 504 : 503;
    reply_error(exchange, status, all_timed_out ? "timeout_error" : "server_error", "all_targets_failed",
                attempts.data, message.data);
}

static void on_hedge(evutil_socket_t fd, short events, void *arg)
{
    struct exchange *exchange = arg;
    (void)fd;
    (void)events;
    if (exchange->winner != NULL || exchange->finished || exchange->live_count == 0) {
        return;
    }
    /* The newest attempt has produced nothing yet: run the next target beside it. */
    if (exchange->newest != NULL && exchange->newest->transfer != NULL && !exchange->newest->got_first_byte) {
        walk_next(exchange);
    }
}

static bool start_try(struct attempt *attempt)
{
    struct exchange *exchange = attempt->exchange;
    const struct route_target *target = attempt->target;
    long elapsed = attempt->tries == 0 ? 0 : (long)(breaker_now_ms() - attempt->first_try_ms);
    if (attempt->tries == 0) {
        attempt->first_try_ms = breaker_now_ms();
    }
    attempt->tries++;
    attempt->streaming = false;
    attempt->stream_decided = false;
    attempt->got_first_byte = false;
    attempt->has_pending_usage = false;
    attempt->model[0] = '\0';
    buffer_reset(&attempt->answer);
    sse_reader_init(&attempt->sse, exchange->arena, MAX_SSE_EVENT_BYTES);
    memset(attempt->wire_state, 0, target->provider->type->wire->stream_state_size + 1);
    long first_byte = target->first_byte_ms - elapsed;
    struct upstream_request upstream_request = {
        .url = attempt->url.data,
        .headers = target->provider->headers,
        .body = attempt->body.data,
        .body_len = attempt->body.len,
        .timeout_ms = target->timeout_ms - elapsed,
        .first_byte_ms = first_byte > 0 ? first_byte : 1,
        .connect_timeout_ms = exchange->config->connect_timeout_ms,
        .ca_file = target->provider->ca_file,
    };
    static const struct upstream_callbacks callbacks = {
        .on_body = on_upstream_body,
        .on_complete = on_upstream_complete,
    };
    if (exchange->live_count == exchange->attempt_capacity) {
        /* Never: one live try per target, and the set holds one per target. */
        record(exchange, target->label, "too many attempts at once", false, false);
        return false;
    }
    exchange->tried++;
    exchange->last_label = target->label;
    attempt->transfer = upstream_start(exchange->gateway->upstream, &upstream_request, &callbacks, attempt);
    if (attempt->transfer == NULL) {
        record(exchange, target->label, "cannot start a transfer", false, false);
        return false;
    }
    exchange->live[exchange->live_count++] = attempt;
    exchange->newest = attempt;
    return true;
}

static void on_idle(evutil_socket_t fd, short events, void *arg)
{
    struct attempt *attempt = arg;
    struct exchange *exchange = attempt->exchange;
    (void)fd;
    (void)events;
    if (exchange->winner == attempt) {
        winner_failed(attempt, 504, "the provider's stream stalled");
        return;
    }
    upstream_cancel(attempt->transfer);
    attempt->transfer = NULL;
    remove_live(exchange, attempt);
    attempt_failed(attempt, "stream stalled", true, 0);
}

static void on_retry(evutil_socket_t fd, short events, void *arg)
{
    struct exchange *exchange = arg;
    (void)fd;
    (void)events;
    struct attempt *attempt = exchange->retry_pending;
    exchange->retry_pending = NULL;
    if (attempt == NULL) {
        return;
    }
    if (exchange->finished || exchange->winner != NULL) {
        give_back_probe(attempt);
        return;
    }
    if (!start_try(attempt)) {
        attempt_failed(attempt, "cannot start a transfer", false, 0);
    }
}

static void attempt_ended(struct attempt *attempt, long retry_after_ms);

static void attempt_failed(struct attempt *attempt, const char *reason, bool timed_out, long retry_after_ms)
{
    struct exchange *exchange = attempt->exchange;
    record(exchange, attempt->target->label, reason, timed_out, false);
    attempt_ended(attempt, retry_after_ms);
}

/* The provider answered with an HTTP status that moves on. A 429 is remembered as such:
 * when every target was rate limited, the client is told to come back, not that all failed. */
static void fail_attempt_with_status(struct attempt *attempt, int status, long retry_after_ms)
{
    struct exchange *exchange = attempt->exchange;
    char reason[64];
    if (status >= 300 && status < 400) {
        snprintf(reason, sizeof reason, "HTTP %d: a redirect, not followed", status);
    } else {
        snprintf(reason, sizeof reason, "HTTP %d", status);
    }
    struct attempt_record *entry = record(exchange, attempt->target->label, reason, status == 408 || status == 504,
                                          false);
    if (entry != NULL && status == 429) {
        entry->rate_limited = true;
        entry->retry_after_ms = retry_after_ms;
    }
    attempt_ended(attempt, retry_after_ms);
}

/* After a failed try: retry the target, wait for a rival, walk on, or answer the client. */
static void attempt_ended(struct attempt *attempt, long retry_after_ms)
{
    struct exchange *exchange = attempt->exchange;
    const struct route_target *target = attempt->target;
    tell_breaker(attempt, false, retry_after_ms);
    if (attempt->transfer != NULL) {
        stop_attempt(attempt);
    }
    remove_live(exchange, attempt);
    if (retry_after_ms > exchange->retry_after_ms) {
        exchange->retry_after_ms = retry_after_ms;
    }
    if (exchange->finished || exchange->winner != NULL) {
        return;
    }
    long remaining = target->timeout_ms - (long)(breaker_now_ms() - attempt->first_try_ms);
    if (attempt->tries <= target->retries && exchange->retry_pending == NULL && remaining > RETRY_MIN_REMAINING_MS
        && (attempt->breaker == NULL
            || breaker_allows(attempt->breaker, &exchange->config->breaker, breaker_now_ms(), &attempt->holds_probe))) {
        /* Exponential backoff with full jitter, inside what is left of the deadline. */
        long ceiling = RETRY_BASE_MS << (attempt->tries - 1);
        long delay = ceiling / 2 + (long)(random() % (ceiling / 2 + 1));
        if (delay > remaining - RETRY_MIN_REMAINING_MS) {
            delay = remaining - RETRY_MIN_REMAINING_MS;
        }
        if (exchange->retry_timer == NULL) {
            exchange->retry_timer = evtimer_new(exchange->gateway->base, on_retry, exchange);
        }
        if (exchange->retry_timer != NULL) {
            exchange->retry_pending = attempt;
            struct timeval wait = { delay / 1000, (delay % 1000) * 1000 };
            evtimer_add(exchange->retry_timer, &wait);
            return;
        }
        give_back_probe(attempt);     /* no timer to wait with: no retry, walk on */
    }
    if (exchange->live_count > 0 || exchange->retry_pending != NULL) {
        return;                       /* a hedged rival or a retry may still answer */
    }
    if (!walk_next(exchange) && exchange->live_count == 0 && !exchange->finished) {
        all_failed(exchange);
    }
}

static struct attempt *new_attempt(struct exchange *exchange, const struct route_target *target,
                                   struct breaker *breaker, struct format_error *error)
{
    const struct wire_format *wire = target->provider->type->wire;
    struct attempt *attempt = arena_calloc(exchange->arena, 1, sizeof *attempt);
    attempt->exchange = exchange;
    attempt->target = target;
    attempt->breaker = breaker;
    buffer_init(&attempt->body, exchange->arena, 1024);
    buffer_init(&attempt->url, exchange->arena, 128);
    buffer_init(&attempt->answer, exchange->arena, exchange->request.stream ? 256 : 4096);
    attempt->wire_state = arena_calloc(exchange->arena, 1, wire->stream_state_size + 1);
    struct slice model = slice_of(target->model, strlen(target->model));
    const struct canon_request *request = !exchange->resuming ? &exchange->request
                                        : wire->continues_prefill ? &exchange->prefilled : &exchange->instructed;
    if (!wire->encode_request(&attempt->body, request, model, error)) {
        return NULL;
    }
    wire->build_url(&attempt->url, target->provider->base_url, model, exchange->request.stream);
    if (exchange->created_count == exchange->attempt_capacity) {
        /* Never: walk_next makes one attempt per target, and the set holds one per target. */
        format_error_set(error, 503, "server_error", NULL, "too many attempts for one request");
        return NULL;
    }
    exchange->created[exchange->created_count++] = attempt;
    if (target->idle_ms > 0) {
        attempt->idle_timer = evtimer_new(exchange->gateway->base, on_idle, attempt);
    }
    return attempt;
}

/* Start the next target whose breaker lets it through. False when none is left. */
static bool walk_next(struct exchange *exchange)
{
    while (exchange->next_target < exchange->chain.count && !exchange->finished) {
        const struct route_target *target = &exchange->chain.targets[exchange->next_target++];
        struct breaker *breaker = breaker_table_find(exchange->breakers, target->label);
        bool probe = false;
        if (breaker != NULL && !breaker_allows(breaker, &exchange->config->breaker, breaker_now_ms(), &probe)) {
            record(exchange, target->label, "circuit open", false, true);
            continue;
        }
        struct format_error error;
        struct attempt *attempt = new_attempt(exchange, target, breaker, &error);
        if (attempt == NULL) {
            /* The target's format cannot express the request: that is the client's to fix. */
            if (probe) {
                breaker_release(breaker);
            }
            stop_all_attempts(exchange);
            exchange->last_label = target->label;
            reply_error(exchange, error.status, error.type, error.code, NULL, error.message);
            return false;
        }
        attempt->holds_probe = probe;
        if (target->idle_ms > 0 && attempt->idle_timer == NULL) {
            /* Out of memory: without its stall watch the attempt could hang; count it failed. */
            record(exchange, target->label, "cannot create a timer", false, false);
            give_back_probe(attempt);
            continue;
        }
        if (!start_try(attempt)) {
            give_back_probe(attempt);
            continue;
        }
        if (exchange->chain.hedge_ms > 0 && exchange->next_target < exchange->chain.count) {
            if (exchange->hedge_timer == NULL) {
                exchange->hedge_timer = evtimer_new(exchange->gateway->base, on_hedge, exchange);
            }
            if (exchange->hedge_timer == NULL) {
                return true;          /* out of memory: no hedging, the chain still walks on failure */
            }
            struct timeval delay = { exchange->chain.hedge_ms / 1000, (exchange->chain.hedge_ms % 1000) * 1000 };
            evtimer_add(exchange->hedge_timer, &delay);
        }
        return true;
    }
    return false;
}

/* ---- continuing a cut stream elsewhere ---- */

static void build_continuations(struct exchange *exchange)
{
    static const char instruction[] =
        "Continue your previous answer exactly where it stopped. Do not repeat any of it.";
    const struct canon_request *original = &exchange->request;
    size_t count = original->message_count;
    struct canon_message *messages = arena_calloc(exchange->arena, count + 2, sizeof *messages);
    memcpy(messages, original->messages, count * sizeof *messages);
    struct canon_part *parts = arena_calloc(exchange->arena, 2, sizeof *parts);
    parts[0].type = PART_TEXT;
    parts[0].text = slice_of(exchange->sent_text.data, exchange->sent_text.len);
    parts[1].type = PART_TEXT;
    parts[1].text = SLICE_LITERAL(instruction);
    messages[count] = (struct canon_message){ .role = ROLE_ASSISTANT, .parts = &parts[0], .part_count = 1 };
    messages[count + 1] = (struct canon_message){ .role = ROLE_USER, .parts = &parts[1], .part_count = 1 };
    exchange->prefilled = *original;
    exchange->prefilled.messages = messages;
    exchange->prefilled.message_count = count + 1;
    exchange->instructed = exchange->prefilled;
    exchange->instructed.message_count = count + 2;
}

static bool resume_on_next_target(struct exchange *exchange, struct attempt *failed, const char *message)
{
    char reason[80];
    snprintf(reason, sizeof reason, "cut mid-stream, resumed: %s", message);
    record(exchange, failed->target->label, reason, false, false);
    build_continuations(exchange);
    exchange->winner = NULL;
    exchange->resuming = true;
    exchange->repeat_matched = 0;
    return walk_next(exchange);
}

/* ---- the client's side ---- */

static void on_client_abort(void *context)
{
    struct exchange *exchange = context;
    /* The client is gone: stop every provider at once, so their connections and tokens
     * are not spent on nobody. */
    exchange->finished = true;
    stop_all_attempts(exchange);
    stop_counting_stream(exchange);
}


static void on_request_release(void *context)
{
    struct exchange *exchange = context;
    stop_all_attempts(exchange);
    stop_counting_stream(exchange);
    /* The arena goes next: no transfer cancelled earlier (a hedge's loser, inside a libcurl
     * callback) may still point libcurl at the bodies it holds. */
    upstream_settle(exchange->gateway->upstream);
    exchange->record.provider = exchange->last_label;
    exchange->record.attempts = exchange->tried;
    exchange->record.has_usage = exchange->usage.present;
    exchange->record.tokens_in = exchange->usage.prompt_tokens;
    exchange->record.tokens_out = exchange->usage.completion_tokens;
    exchange->record.cost_usd = request_cost_usd(exchange);
    if (exchange->usage.present) {
        long used = (long)(exchange->usage.prompt_tokens + exchange->usage.completion_tokens);
        rate_limits_settle(exchange->gateway->limits, key_index(exchange), exchange->key, exchange->estimated_tokens,
                           used, breaker_now_ms());
    }
    if (exchange->reserved_usd > 0) {
        /* The one place a reservation is settled, whichever way the exchange ended. */
        budget_charge(exchange->gateway->limits, key_index(exchange), exchange->reserved_usd,
                      exchange->record.cost_usd, utc_day());
        exchange->reserved_usd = 0;
    }
    for (size_t i = 0; i < exchange->created_count; i++) {
        if (exchange->created[i]->idle_timer != NULL) {
            event_free(exchange->created[i]->idle_timer);
            exchange->created[i]->idle_timer = NULL;
        }
    }
    struct event **timers[] = { &exchange->hedge_timer, &exchange->retry_timer, &exchange->heartbeat_timer };
    for (size_t i = 0; i < sizeof timers / sizeof timers[0]; i++) {
        if (*timers[i] != NULL) {
            event_free(*timers[i]);
            *timers[i] = NULL;
        }
    }
    arena_release(&exchange->scratch);
    if (exchange->counted_in_flight) {
        exchange->counted_in_flight = false;
        exchange->gateway->in_flight--;
        generation_release(exchange->gateway, exchange->generation);
        metrics_add(exchange->gateway->metrics, METRIC_GAUGE, "lethe_in_flight_requests", "", -1);
        gateway_drained_check(exchange->gateway);
    }
}

static long key_index(const struct exchange *exchange)
{
    return exchange->key != NULL ? (long)(exchange->key - exchange->config->keys) : -1;
}

static long utc_day(void)
{
    return (long)(time(NULL) / 86400);
}

/* What the request cost at the served target's price. A served answer without a usage
 * report is charged its reservation; nothing served, nothing charged. */
static double request_cost_usd(const struct exchange *exchange)
{
    if (exchange->winner == NULL) {
        return 0;
    }
    if (!exchange->usage.present) {
        return exchange->reserved_usd;
    }
    const struct config *config = exchange->config;
    const struct price *price = price_find(config->prices, config->price_count, exchange->winner->target->label);
    return price_cost_usd(price, exchange->usage.prompt_tokens, exchange->usage.completion_tokens);
}

/* A key's daily budget: reserve the worst case (the estimated prompt and the most output
 * it may ask for, at the dearest target of its chain) before anything is sent. */
static bool within_budget(struct exchange *exchange)
{
    const struct config *config = exchange->config;
    if (exchange->key == NULL || exchange->key->budget_usd_day <= 0) {
        return true;
    }
    long long input = exchange->estimated_tokens > 0 ? exchange->estimated_tokens
                                                     : (long long)(http_request_body(exchange->client).len / 4 + 1);
    long long output =
        exchange->request.max_tokens > 0 ? exchange->request.max_tokens : config->budget_default_max_tokens;
    double estimate = 0;
    for (size_t i = 0; i < exchange->chain.count; i++) {
        const struct price *price = price_find(config->prices, config->price_count, exchange->chain.targets[i].label);
        double cost = price_cost_usd(price, input, output);
        estimate = cost > estimate ? cost : estimate;
    }
    double committed;
    if (budget_reserve(exchange->gateway->limits, key_index(exchange), exchange->key, estimate, utc_day(),
                       &committed)) {
        exchange->reserved_usd = estimate;
        return true;
    }
    char message[200];
    snprintf(message, sizeof message,
             "gateway key '%s' has reached its daily budget of $%.2f ($%.4f spent or reserved, this request may cost "
             "up to $%.4f); it renews at 00:00 UTC", exchange->key->name, exchange->key->budget_usd_day, committed,
             estimate);
    gateway_reply_error(exchange->client, exchange->dialect, 402, "insufficient_quota", "budget_exceeded", NULL,
                        message);
    return false;
}

/* A constraint's text from a header: a plain decimal number and nothing else. strtod alone
 * would take "nan", "inf", hex floats, leading blanks and values past the double range. */
static bool parse_constraint_text(const char *text, double *out)
{
    if (text[0] == '\0' || strspn(text, "0123456789.eE+-") != strlen(text)) {
        return false;
    }
    char *end = NULL;
    errno = 0;
    double number = strtod(text, &end);
    if (end == text || *end != '\0' || errno == ERANGE) {
        return false;
    }
    *out = number;
    return true;
}

/* A constraint from its header, or from the body's "lethe" object: false after a 400
 * naming the header or the field. A value must be finite, positive and at most `ceiling`;
 * an integer constraint must be whole. */
static bool read_constraint(struct exchange *exchange, const char *header, const char *member, bool integer,
                            double ceiling, double *out)
{
    const char *text = http_request_header(exchange->client, header);
    const struct json_value *value = json_get(exchange->request.gateway_options, member);
    if (text == NULL && value == NULL) {
        return true;
    }
    double number = 0;
    bool ok = text != NULL ? parse_constraint_text(text, &number) : json_number_double(value, &number);
    ok = ok && isfinite(number) && number > 0 && number <= ceiling && (!integer || number == floor(number));
    if (!ok) {
        char message[160];
        snprintf(message, sizeof message, "%s must be a positive %s no greater than %.0f",
                 text != NULL ? header : member, integer ? "integer" : "number", ceiling);
        gateway_reply_error(exchange->client, exchange->dialect, 400, "invalid_request_error", "invalid_constraint",
                            text != NULL ? NULL : member, message);
        return false;
    }
    *out = number;
    return true;
}

/* model "auto": the router picks a chain from the constraints, prices and what it has
 * seen of each target. */
static bool choose_auto_chain(struct exchange *exchange)
{
    const struct config *config = exchange->config;
    struct auto_constraints constraints = { 0 };
    double max_cost = 0, max_latency = 0;
    if (!read_constraint(exchange, "x-lethe-max-cost", "max_cost", false, MAX_COST_CONSTRAINT_USD, &max_cost)
        || !read_constraint(exchange, "x-lethe-max-latency-ms", "max_latency_ms", true, MAX_LATENCY_CONSTRAINT_MS,
                            &max_latency)) {
        return false;
    }
    constraints.max_cost_usd = max_cost;
    constraints.max_latency_ms = (long)max_latency;
    const char *quality = http_request_header(exchange->client, "x-lethe-quality");
    struct slice body_quality = json_get_string(exchange->request.gateway_options, "quality");
    if (quality == NULL && body_quality.len) {
        quality = body_quality.ptr;
    }
    if (quality != NULL && !quality_parse(quality, &constraints.quality)) {
        gateway_reply_error(exchange->client, exchange->dialect, 400, "invalid_request_error", "invalid_constraint",
                            NULL, "x-lethe-quality must be cheap, balanced or premium");
        return false;
    }
    struct router_inputs inputs = {
        .table = &config->table,
        .breakers = exchange->breakers,
        .prices = config->prices,
        .price_count = config->price_count,
        .input_tokens = (long long)(http_request_body(exchange->client).len / 4 + 1),
        .output_tokens = exchange->request.max_tokens > 0 ? exchange->request.max_tokens
                                                          : config->budget_default_max_tokens,
        .now_ms = breaker_now_ms(),
    };
    if (!router_choose(&inputs, &constraints, exchange->arena, &exchange->chain, exchange->auto_reason,
                       sizeof exchange->auto_reason)) {
        gateway_reply_error(exchange->client, exchange->dialect, 422, "invalid_request_error", "no_target",
                            NULL, exchange->auto_reason);
        return false;
    }
    return true;
}

/* Rate limits: per client IP, per key requests and tokens. A refusal is a 429 in the
 * client's dialect with retry-after; the body names the limit, never the request. */
static bool admitted(struct exchange *exchange, size_t body_bytes)
{
    struct gateway *gateway = exchange->gateway;
    if (gateway->limits == NULL) {
        return true;
    }
    /* About four bytes of JSON per token: settled against the provider's count later. */
    exchange->estimated_tokens = (long)(body_bytes / 4) + 1;
    struct limit_verdict verdict = rate_limits_admit(gateway->limits, http_request_client_ip(exchange->client),
                                                     key_index(exchange), exchange->key, exchange->estimated_tokens,
                                                     breaker_now_ms());
    if (verdict.refused_by == LIMIT_NONE) {
        return true;
    }
    char limit_label[32];
    snprintf(limit_label, sizeof limit_label, "limit=\"%s\"", limit_kind_name(verdict.refused_by));
    metrics_add(gateway->metrics, METRIC_COUNTER, "lethe_rate_limited_total", limit_label, 1);
    exchange->estimated_tokens = 0;
    char seconds[24], message[160];
    snprintf(seconds, sizeof seconds, "%ld", verdict.retry_after_s);
    http_add_header(exchange->client, "retry-after", seconds);
    if (verdict.refused_by == LIMIT_IP_RPM) {
        snprintf(message, sizeof message, "too many requests from this address: %ld per minute are allowed",
                 exchange->config->ip_rpm);
    } else {
        snprintf(message, sizeof message, "gateway key '%s' is over its %s per minute", exchange->key->name,
                 verdict.refused_by == LIMIT_KEY_RPM ? "requests" : "tokens");
    }
    gateway_reply_error(exchange->client, exchange->dialect, 429, "rate_limit_error", "rate_limited", NULL, message);
    return false;
}

/* The configured caps on messages and parts: past them, a 413 in the client's dialect. */
static bool within_request_limits(struct exchange *exchange)
{
    const struct config *config = exchange->config;
    const struct canon_request *request = &exchange->request;
    size_t parts = 0;
    for (size_t i = 0; i < request->message_count; i++) {
        parts += request->messages[i].part_count;
    }
    if (request->message_count <= config->max_messages && parts <= config->max_parts) {
        return true;
    }
    char message[128];
    snprintf(message, sizeof message, "the request has more %s than the limit of %zu",
             request->message_count > config->max_messages ? "messages" : "content parts",
             request->message_count > config->max_messages ? config->max_messages : config->max_parts);
    gateway_reply_error(exchange->client, exchange->dialect, 413, "invalid_request_error", "request_too_large",
                        request->message_count > config->max_messages ? "messages" : NULL, message);
    return false;
}

/* Mask the request before any provider's body is encoded from it; the restorer puts the
 * values back into what the client receives, unless it asked for placeholders. */
static bool scrub_exchange_request(struct exchange *exchange)
{
    const char *rehydrate = http_request_header(exchange->client, "x-lethe-rehydrate");
    exchange->rehydrate = rehydrate == NULL || strcasecmp(rehydrate, "off") != 0;
    struct scrubber *scrubber = exchange->scrubber;
    /* Only a key the config marks scrub_optional may turn masking off for its requests. */
    const char *scrub = http_request_header(exchange->client, "x-lethe-scrub");
    if (scrub != NULL && strcasecmp(scrub, "off") == 0 && exchange->key != NULL && exchange->key->scrub_optional) {
        scrubber = NULL;
    }
    if (scrubber == NULL) {
        vault_init(&exchange->vault, exchange->arena, NULL, 0);
    } else {
        size_t masked = scrub_request(scrubber, &exchange->request, &exchange->vault, exchange->arena);
        if (masked == (size_t)-1) {
            /* Never send what could not be scanned. */
            gateway_reply_error(exchange->client, exchange->dialect, 500, "server_error", "scrub_failed", NULL,
                                "the request could not be scanned for sensitive values; nothing was sent");
            return false;
        }
        exchange->scrubbed = masked;
    }
    event_restorer_init(&exchange->restore, &exchange->vault, exchange->arena, exchange->rehydrate);
    return true;
}

/* Everything between the client's body and the first attempt: parse, check, admit, route,
 * reserve, scrub. False after the client was answered. Whatever it took (tokens, a budget
 * reservation) is given back by the one place that settles an exchange, on_request_release,
 * which exchange_start calls on every exit that does not hold the request. */
static bool prepare_exchange(struct exchange *exchange)
{
    struct http_request *client = exchange->client;
    const struct client_dialect *dialect = exchange->dialect;
    struct arena *arena = exchange->arena;
    struct slice body = http_request_body(client);
    struct json_error json_error;
    struct json_value *root = json_parse(arena, body.ptr, body.len, exchange->config->max_json_depth, &json_error);
    if (root == NULL) {
        gateway_reply_error(client, dialect, 400, "invalid_request_error", "invalid_json", NULL, json_error.message);
        return false;
    }
    struct format_error error;
    if (!dialect->decode_request(arena, root, &exchange->request, &error)) {
        gateway_reply_error(client, dialect, error.status, error.type, error.code, error.param, error.message);
        return false;
    }
    /* The model is client text bound for a URL and the logs: its alphabet first (route.h). */
    enum route_model_check model_check = route_check_model(&exchange->config->table, exchange->request.model);
    if (model_check != ROUTE_MODEL_VALID) {
        gateway_reply_error(client, dialect, 400, "invalid_request_error", "invalid_model", "model",
                            route_model_check_message(model_check));
        return false;
    }
    if (!within_request_limits(exchange)) {
        return false;
    }
    if (exchange->key != NULL && !key_allows_model(exchange->key, exchange->request.model)) {
        gateway_reply_error(client, dialect, 403, "permission_error", "model_not_allowed", "model",
                            "this gateway key may not use that model or route");
        return false;
    }
    if (!admitted(exchange, body.len)) {
        return false;
    }
    if (slice_equals(exchange->request.model, "auto")) {
        if (!choose_auto_chain(exchange)) {
            return false;
        }
    } else if (!route_resolve(&exchange->config->table, arena, exchange->request.model, &exchange->chain)) {
        gateway_reply_error(client, dialect, 404, "invalid_request_error", "model_not_found", "model",
                            "the model is neither a configured route nor provider/model of a configured provider");
        return false;
    }
    if (exchange->chain.count == 0) {
        gateway_reply_error(client, dialect, 404, "invalid_request_error", "model_not_found", "model",
                            "the route has no target");
        return false;
    }
    size_attempt_sets(exchange);
    exchange->record.route = exchange->chain.route_name != NULL ? exchange->chain.route_name
                                                                : exchange->chain.targets[0].label;
    if (!within_budget(exchange)) {
        return false;
    }
    /* From here on a budget reservation may be held: every exit settles it (see above). */
    return scrub_exchange_request(exchange);
}

void exchange_start(struct gateway *gateway, struct http_request *client, const struct client_dialect *dialect,
                    const struct gateway_key *key)
{
    struct arena *arena = http_request_arena(client);
    struct exchange *exchange = arena_calloc(arena, 1, sizeof *exchange);
    exchange->gateway = gateway;
    exchange->client = client;
    exchange->arena = arena;
    exchange->dialect = dialect;
    exchange->key = key;
    exchange->generation = gateway->generation;
    exchange->config = gateway->generation->config;
    exchange->breakers = &gateway->generation->breakers;
    exchange->scrubber = gateway->generation->scrubber;
    exchange->record = (struct access_record){ .dialect = dialect->name, .key_name = key ? key->name : NULL,
                                               .first_byte_ms = -1, .vault = &exchange->vault,
                                               .tags = http_request_header(client, "x-lethe-tags") };
    http_request_set_note(client, &exchange->record);
    if (!prepare_exchange(exchange)) {
        on_request_release(exchange);
        return;
    }
    buffer_init(&exchange->out, arena, 1024);
    buffer_init(&exchange->sent_text, arena, exchange->chain.resume ? 1024 : 64);
    /* One recycled chunk holds any event's parse, so events cost no malloc. */
    arena_init(&exchange->scratch, ARENA_REQUEST_CHUNK);
    exchange->dialect_state = arena_calloc(arena, 1, dialect->stream_state_size + 1);
    snprintf(exchange->reply_id, sizeof exchange->reply_id, "%s%s", dialect->id_prefix, http_request_id(client));
    exchange->reply.id = exchange->reply_id;
    exchange->reply.model = exchange->model_name;
    exchange->reply.created = (long long)time(NULL);
    exchange->reply.include_usage = exchange->request.include_usage;
    /* The chain's targets' own model name stands until a provider reports its own. */
    snprintf(exchange->model_name, sizeof exchange->model_name, "%s", exchange->chain.targets[0].model);

    struct http_async async = { .on_abort = on_client_abort, .on_drain = on_client_drained,
                                .on_release = on_request_release, .context = exchange };
    if (!walk_next(exchange) && !exchange->finished) {
        all_failed(exchange);
    }
    if (!exchange->finished) {
        gateway->in_flight++;
        exchange->generation->users++;
        metrics_add(gateway->metrics, METRIC_GAUGE, "lethe_in_flight_requests", "", 1);
        exchange->counted_in_flight = true;
        http_request_hold(client, &async);
    } else {
        on_request_release(exchange);
    }
}
