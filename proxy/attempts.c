/* attempts.c — see attempts.h. */
#include "proxy/attempts.h"

#include <assert.h>
#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "providers/chain.h"
#include "proxy/exchange_state.h"
#include "proxy/log.h"
#include "transforms/foundation/clock.h"
#include "transforms/foundation/text.h"
#include "transforms/sse.h"

enum {
    MAX_ANSWER_BYTES = 32 << 20,        /* a whole (non-streamed) provider answer */
    /* The content of a streamed answer (text, thinking, tool calls): no more than a whole
     * answer may hold. Some dialects keep all of it until the end (the Responses API's .done
     * events and response.completed, Gemini's function calls). */
    MAX_STREAMED_CONTENT_BYTES = MAX_ANSWER_BYTES,
    MAX_ERROR_BODY_BYTES = 64 << 10,    /* an error answer: read for its status only */
    MAX_SSE_EVENT_BYTES = 4 << 20,
    /* libcurl's receive buffer for a stream (its minimum): held by every open stream, while
     * a stream's events are a few hundred bytes each. A whole answer keeps 4 KiB. */
    STREAM_RECEIVE_BUFFER_BYTES = 1024,
    /* Backpressure: stop reading the provider while this much waits for the client. */
    OUTPUT_HIGH_WATER = 256 << 10,
    OUTPUT_LOW_WATER = 64 << 10,
    RETRY_BASE_MS = 100,
    RETRY_MIN_REMAINING_MS = 50,
    /* All targets rate limited, none said when to come back: what the client is told. */
    DEFAULT_RATE_LIMIT_RETRY_MS = 1000,
};

/* One attempt's life. A try is one transfer; a failed try may be retried (WAITING, then
 * READY again) while the target's deadline and breaker allow. */
enum attempt_state {
    ATTEMPT_READY,        /* made for its target, or its retry is due: no transfer yet */
    ATTEMPT_CONNECTING,   /* a try is on its way: nothing of its answer has arrived */
    ATTEMPT_SNIFFING,     /* a streamed request's first bytes: SSE, or a whole answer? */
    ATTEMPT_READING,      /* a whole answer, or an error body, is read into `answer` */
    ATTEMPT_STREAMING,    /* its events are decoded as they arrive; none reached the client */
    ATTEMPT_WON,          /* the client gets its answer; its rivals are cancelled */
    ATTEMPT_ENDED,        /* won, and its stream's end marker arrived: done with its transfer */
    ATTEMPT_WAITING,      /* a try failed; the next waits for the retry timer */
    ATTEMPT_FAILED,       /* recorded; the walk goes on (or the stream ends with an error) */
    ATTEMPT_CANCELLED,    /* stopped with no verdict: a rival won, the client left, the end */
    ATTEMPT_SUCCEEDED,    /* its whole answer reached the client */
    ATTEMPT_STATE_COUNT,
};

/* What a canonical event of an attempt's stream asks of its reader. The SSE reader and
 * the wire decoders hand back any non-zero result unchanged, and return -1 themselves
 * for bytes that are not what they promise: so these are all positive (feed_result_of). */
enum feed_result {
    FEED_GO_ON = 0,
    FEED_STOP,                 /* this attempt's answer is over, or it lost: read no further */
    FEED_ERROR_BEFORE_ANSWER,  /* an error event before any answer: the next target may do better */
    FEED_ERROR_RESUMABLE,      /* an error mid-answer that the route resumes past */
    FEED_ERROR_SENT,           /* the provider's error event went to the client: the stream is over */
    FEED_TOO_LARGE,            /* the answer's content passed MAX_STREAMED_CONTENT_BYTES */
    FEED_INVALID,              /* garbage where events should be (-1 from the reader or the decoder) */
};

/* One try of one target. With hedging, several run at once until one wins. */
struct attempt {
    enum attempt_state state;
    struct exchange *exchange;
    const struct route_target *target;
    struct breaker *breaker;
    struct upstream_transfer *transfer;   /* non-NULL exactly while a try is in flight */
    struct buffer body;               /* the provider's request, encoded once per target */
    struct buffer url;
    struct buffer answer;             /* a whole answer, or an error body */
    struct sse_reader sse;
    void *wire_state;
    struct event *idle_timer;
    /* Independent of the state: the target's half-open breaker let this attempt through
     * as its one probe. Any live or waiting state may hold it; no final state does
     * (attempt_move gives it back). */
    bool holds_probe;
    int tries;
    long long first_try_ms;           /* the deadline covers every try of this target */
    char *model;                      /* from the provider's first event, before it wins (made then) */
    struct canon_usage pending_usage;
    bool has_pending_usage;           /* a usage event arrived before it won */
    size_t content_bytes;             /* of its streamed answer so far */
};

/* How one try of a target ended without an answer, as the walk's end counts it: when
 * every target timed out (or was skipped) the client gets 504, when every one contacted
 * answered 429 a 429 with the soonest retry-after. */
enum try_outcome {
    TRY_FAILED,                       /* refused, broken, unreachable, cut */
    TRY_TIMED_OUT,                    /* no answer in time, or the provider's 408/504 */
    TRY_RATE_LIMITED,                 /* the provider answered 429 */
    TRY_SKIPPED,                      /* not contacted: circuit open, or no format for the endpoint */
};

struct attempt_record {
    const char *label;
    char reason[80];
    enum try_outcome outcome;
    long retry_after_ms;              /* its retry-after, 0 if none */
};

/* An SSE body told apart from anything else by its first bytes, for a provider that
 * names no content type. */
enum sse_guess { SSE_NO, SSE_YES, SSE_UNDECIDED };

static bool walk_next(struct exchange *exchange);
static void attempt_failed(struct attempt *attempt, const char *reason, enum try_outcome outcome, long retry_after_ms);
static void attempt_ended(struct attempt *attempt, long retry_after_ms);
static void resume_or_fail(struct attempt *attempt, int status, const char *message);
static long feed_stream(struct attempt *attempt, const char *data, size_t len);

/* The wire format's own endpoint for a non-chat operation, or NULL: chat (and completions)
 * go through its chat encoder. */
static const struct wire_operation *non_chat_operation(const struct wire_format *wire,
                                                       enum canon_operation operation)
{
    switch (operation) {
    case OPERATION_EMBEDDING:
        return wire->embedding;
    case OPERATION_COUNT_TOKENS:
        return wire->count_tokens;
    default:
        return NULL;
    }
}

/* ---- an attempt's state ---- */

#define STATE_BIT(state) (1u << (state))
#define LIVE_STATES (STATE_BIT(ATTEMPT_CONNECTING) | STATE_BIT(ATTEMPT_SNIFFING) | STATE_BIT(ATTEMPT_READING) \
                     | STATE_BIT(ATTEMPT_STREAMING))
#define FINAL_STATES (STATE_BIT(ATTEMPT_FAILED) | STATE_BIT(ATTEMPT_CANCELLED) | STATE_BIT(ATTEMPT_SUCCEEDED))

/* The states each state may move to. Any state but a final one may fail or be cancelled. */
static const unsigned attempt_moves[ATTEMPT_STATE_COUNT] = {
    [ATTEMPT_READY] = STATE_BIT(ATTEMPT_CONNECTING) | STATE_BIT(ATTEMPT_WAITING),
    [ATTEMPT_CONNECTING] = LIVE_STATES | STATE_BIT(ATTEMPT_WON) | STATE_BIT(ATTEMPT_WAITING),
    [ATTEMPT_SNIFFING] = LIVE_STATES | STATE_BIT(ATTEMPT_WON) | STATE_BIT(ATTEMPT_WAITING),
    [ATTEMPT_READING] = STATE_BIT(ATTEMPT_WON) | STATE_BIT(ATTEMPT_WAITING),
    [ATTEMPT_STREAMING] = STATE_BIT(ATTEMPT_WON) | STATE_BIT(ATTEMPT_WAITING),
    [ATTEMPT_WON] = STATE_BIT(ATTEMPT_ENDED) | STATE_BIT(ATTEMPT_SUCCEEDED),
    [ATTEMPT_ENDED] = STATE_BIT(ATTEMPT_SUCCEEDED),
    [ATTEMPT_WAITING] = STATE_BIT(ATTEMPT_READY),
    [ATTEMPT_FAILED] = 0,
    [ATTEMPT_CANCELLED] = 0,
    [ATTEMPT_SUCCEEDED] = 0,
};

static const char *const attempt_state_names[ATTEMPT_STATE_COUNT] = {
    "ready", "connecting", "sniffing", "reading", "streaming", "won", "ended", "waiting", "failed", "cancelled",
    "succeeded",
};

static bool is_final(const struct attempt *attempt)
{
    return (FINAL_STATES & STATE_BIT(attempt->state)) != 0;
}

static bool has_won(const struct attempt *attempt)
{
    return attempt->state == ATTEMPT_WON || attempt->state == ATTEMPT_ENDED;
}

/* The one place an attempt's state changes. A final state gives back a probe still held:
 * an attempt that ends without a verdict on its target lets another probe go. */
static void attempt_move(struct attempt *attempt, enum attempt_state next)
{
    unsigned allowed = attempt_moves[attempt->state];
    if (!is_final(attempt)) {
        allowed |= STATE_BIT(ATTEMPT_FAILED) | STATE_BIT(ATTEMPT_CANCELLED);
    }
    if ((allowed & STATE_BIT(next)) == 0) {
        log_error("attempt: illegal state change from %s to %s", attempt_state_names[attempt->state],
                  attempt_state_names[next]);
        assert(!"illegal attempt state change");
    }
    attempt->state = next;
    if ((FINAL_STATES & STATE_BIT(next)) != 0 && attempt->holds_probe) {
        breaker_release(attempt->breaker);
        attempt->holds_probe = false;
    }
}

static bool is_live(const struct attempt *attempt)
{
    return attempt->transfer != NULL;
}

static size_t live_count(const struct exchange *exchange)
{
    size_t live = 0;
    for (size_t i = 0; i < exchange->attempts.count; i++) {
        live += is_live(exchange->attempts.all[i]);
    }
    return live;
}

/* The attempt whose retry waits for the retry timer: at most one at a time. */
static struct attempt *waiting_attempt(const struct exchange *exchange)
{
    for (size_t i = 0; i < exchange->attempts.count; i++) {
        if (exchange->attempts.all[i]->state == ATTEMPT_WAITING) {
            return exchange->attempts.all[i];
        }
    }
    return NULL;
}

/* ---- bookkeeping ---- */

static struct attempt_record *record(struct exchange *exchange, const char *label, const char *reason,
                                     enum try_outcome outcome)
{
    struct attempts *attempts = &exchange->attempts;
    if (attempts->record_count == attempts->record_capacity) {
        return NULL;                  /* never: attempts_size bounds every record */
    }
    if (attempts->records == NULL) {
        attempts->records = arena_calloc(exchange->arena, attempts->record_capacity + 1, sizeof *attempts->records);
    }
    struct attempt_record *entry = &attempts->records[attempts->record_count++];
    entry->label = label;
    snprintf(entry->reason, sizeof entry->reason, "%s", reason);
    entry->outcome = outcome;
    return entry;
}

/* Every set an exchange keeps of its attempts, sized from its chain: one attempt per
 * target at most; per target, a record per try, one if skipped, one if resumed past. */
void attempts_size(struct exchange *exchange)
{
    struct attempts *attempts = &exchange->attempts;
    size_t targets = exchange->chain.count;
    size_t records = 0;
    for (size_t i = 0; i < targets; i++) {
        records += (size_t)exchange->chain.targets[i].retries + 3;
    }
    attempts->capacity = targets;
    attempts->all = arena_calloc(exchange->arena, targets + 1, sizeof *attempts->all);
    attempts->record_capacity = records;
    /* The records themselves are made at the first try that fails: a request that waits
     * for a provider that answers holds none. */
    attempts->records = NULL;
}

/* The attempt's verdict on its target, for the breaker every worker shares. */
static void tell_breaker(struct attempt *attempt, bool succeeded, long retry_after_ms)
{
    if (attempt->breaker == NULL) {
        return;
    }
    /* Only the probe's holder may decide a half-open breaker; the outcome of an attempt that
     * began before the circuit opened is not the probe's (breaker_report). */
    breaker_report(attempt->breaker, &attempt->exchange->config->breaker, clock_monotonic_ms(), succeeded,
                   attempt->holds_probe, retry_after_ms);
    attempt->holds_probe = false;
}

static void stop_transfer(struct attempt *attempt)
{
    if (attempt->transfer != NULL) {
        upstream_cancel(attempt->transfer);
        attempt->transfer = NULL;
    }
    if (attempt->idle_timer != NULL) {
        evtimer_del(attempt->idle_timer);
    }
}

static void cancel_attempt(struct attempt *attempt)
{
    stop_transfer(attempt);
    attempt_move(attempt, ATTEMPT_CANCELLED);
}

void attempts_stop_all(struct exchange *exchange)
{
    struct attempts *attempts = &exchange->attempts;
    for (size_t i = attempts->count; i-- > 0;) {
        struct attempt *attempt = attempts->all[i];
        if (is_live(attempt) || attempt->state == ATTEMPT_WAITING) {
            cancel_attempt(attempt);
        }
    }
    if (attempts->hedge_timer != NULL) {
        evtimer_del(attempts->hedge_timer);
    }
    if (attempts->retry_timer != NULL) {
        evtimer_del(attempts->retry_timer);
    }
}

/* The first attempt to produce part of an answer wins; its rivals stop at once. */
static void become_winner(struct attempt *attempt)
{
    struct exchange *exchange = attempt->exchange;
    struct attempts *attempts = &exchange->attempts;
    attempt_move(attempt, ATTEMPT_WON);
    attempts->winner = attempt;
    if (attempt->breaker != NULL) {
        breaker_observe_latency(attempt->breaker, (double)(clock_monotonic_ms() - attempt->first_try_ms));
    }
    attempts->last_label = attempt->target->label;
    for (size_t i = attempts->count; i-- > 0;) {
        if (attempts->all[i] != attempt && is_live(attempts->all[i])) {
            cancel_attempt(attempts->all[i]);
        }
    }
    if (attempts->hedge_timer != NULL) {
        evtimer_del(attempts->hedge_timer);
    }
    if (attempt->model != NULL && attempt->model[0] != '\0') {
        exchange_name_model(exchange, slice_of(attempt->model, strlen(attempt->model)));
    } else {
        exchange_set_model(exchange, attempt->target->model);
    }
}

/* ---- the winner's text, and a continuation's repetition of it ---- */

static bool can_resume(const struct exchange *exchange)
{
    return exchange->chain.resume && !exchange->attempts.continuation.tool_started && !exchange_is_over(exchange)
           && exchange->attempts.next_target < exchange->chain.count;
}

/* `logprobs`: the provider's for exactly this text, or NULL. */
static void encode_text(struct exchange *exchange, const char *text, size_t len, const struct json_value *logprobs)
{
    if (len == 0) {
        return;
    }
    struct canon_event event = { .type = EVENT_TEXT, .text = slice_of(text, len), .logprobs = logprobs };
    exchange_encode_event(exchange, &event);
    if (exchange->chain.resume) {
        buffer_append(&exchange->attempts.continuation.sent_text, text, len);
    }
}

/* A continuing provider often starts over: whatever repeats the text the client already
 * has is dropped, so the client gets only what is new. Matching bytes are held until the
 * text diverges (then they were new after all) or the repetition is complete. */
static void encode_new_text(struct exchange *exchange, const struct canon_event *event)
{
    struct continuation *continuation = &exchange->attempts.continuation;
    struct slice text = event->text;
    if (continuation->phase != CONTINUATION_SOUGHT) {
        encode_text(exchange, text.ptr, text.len, event->logprobs);
        return;
    }
    size_t sent = continuation->sent_text.len;
    size_t at = 0;
    while (at < text.len && continuation->repeat_matched < sent
           && text.ptr[at] == continuation->sent_text.data[continuation->repeat_matched]) {
        at++;
        continuation->repeat_matched++;
    }
    if (at == text.len && continuation->repeat_matched < sent) {
        return;                       /* still repeating: hold */
    }
    continuation->phase = CONTINUATION_FLOWING;
    if (continuation->repeat_matched < sent) {
        /* It diverged: the held bytes were the start of new text, not a repetition. */
        size_t held = continuation->repeat_matched;
        char *copy = arena_strndup(exchange->arena, continuation->sent_text.data, held);
        encode_text(exchange, copy, held, NULL);
    }
    encode_text(exchange, text.ptr + at, text.len - at, NULL);     /* cut: its logprobs no longer fit */
}

/* Before anyone won: what an event tells of an attempt that can still be replaced. */
static enum feed_result take_event_before_winning(struct attempt *attempt, const struct canon_event *event)
{
    if (event->type == EVENT_START) {
        if (event->model.len && event->model.len < MODEL_NAME_BYTES) {
            if (attempt->model == NULL) {
                attempt->model = arena_alloc(attempt->exchange->arena, MODEL_NAME_BYTES);
            }
            memcpy(attempt->model, event->model.ptr, event->model.len);
            attempt->model[event->model.len] = '\0';
        }
        return FEED_GO_ON;
    }
    if (event->type == EVENT_USAGE) {
        attempt->pending_usage = event->usage;
        attempt->has_pending_usage = true;
        return FEED_GO_ON;
    }
    if (event->type == EVENT_ERROR) {
        return FEED_ERROR_BEFORE_ANSWER;      /* a failure before the first byte: fall over */
    }
    become_winner(attempt);
    if (attempt->has_pending_usage) {
        struct canon_event usage = { .type = EVENT_USAGE, .usage = attempt->pending_usage };
        exchange_encode_event(attempt->exchange, &usage);
    }
    return FEED_GO_ON;
}

static int on_canonical_event(void *context, const struct canon_event *event)
{
    struct attempt *attempt = context;
    struct exchange *exchange = attempt->exchange;
    struct attempt *winner = exchange->attempts.winner;
    if (exchange_is_over(exchange) || (winner != NULL && winner != attempt)) {
        return FEED_STOP;
    }
    if (winner == NULL) {
        enum feed_result result = take_event_before_winning(attempt, event);
        if (!has_won(attempt)) {
            return result;
        }
    }
    if (event->type == EVENT_ERROR && can_resume(exchange)) {
        return FEED_ERROR_RESUMABLE;          /* the caller resumes on the next target */
    }
    attempt->content_bytes += event->text.len + event->tool_id.len + event->tool_name.len
                              + event->tool_arguments.len + event->signature.len;
    if (attempt->content_bytes > MAX_STREAMED_CONTENT_BYTES) {
        return FEED_TOO_LARGE;
    }
    if (event->type == EVENT_TOOL_CALL) {
        exchange->attempts.continuation.tool_started = true;
    }
    if (event->type == EVENT_TEXT) {
        encode_new_text(exchange, event);
        return FEED_GO_ON;
    }
    if (event->type == EVENT_END && attempt->state == ATTEMPT_WON) {
        attempt_move(attempt, ATTEMPT_ENDED);
    }
    exchange_encode_event(exchange, event);
    if (event->type == EVENT_ERROR) {
        return FEED_ERROR_SENT;
    }
    return attempt->state == ATTEMPT_ENDED ? FEED_STOP : FEED_GO_ON;
}

/* The reader's and the decoders' own -1 (and any other negative) is garbage in the stream. */
static enum feed_result feed_result_of(int result)
{
    return result < 0 || result > FEED_INVALID ? FEED_INVALID : (enum feed_result)result;
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
 * streamed to a client that asked for a stream. Its thinking comes first, then its
 * signature, as a streaming provider sends them. */
static void replay_response_as_events(struct attempt *attempt, const struct canon_response *response)
{
    struct exchange *exchange = attempt->exchange;
    struct canon_event event = { .type = EVENT_START, .id = response->id, .model = response->model };
    on_canonical_event(attempt, &event);
    if (response->reasoning.len) {
        event = (struct canon_event){ .type = EVENT_REASONING, .text = response->reasoning };
        on_canonical_event(attempt, &event);
    }
    if (response->reasoning_signature.len) {
        event = (struct canon_event){ .type = EVENT_REASONING, .signature = response->reasoning_signature };
        on_canonical_event(attempt, &event);
    }
    if (response->text.len) {
        event = (struct canon_event){ .type = EVENT_TEXT, .text = response->text, .logprobs = response->logprobs };
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
    exchange_flush(exchange);
    exchange_end_stream(exchange);
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
    struct timeval delay = timeval_from_ms(idle);
    evtimer_add(attempt->idle_timer, &delay);
}

/* SNIFFING: the first bytes of a streamed request's answer: a stream, or a whole answer (a
 * provider may ignore "stream": true)? The content type says, or with none, the first
 * bytes. They wait in `answer` until it is decided; a stream is then fed from them. */
static long take_first_bytes(struct attempt *attempt, const char *data, size_t len)
{
    buffer_append(&attempt->answer, data, len);
    enum sse_guess guess = is_event_stream(attempt, attempt->answer.data, attempt->answer.len);
    if (guess == SSE_UNDECIDED) {
        return (long)len;
    }
    if (guess == SSE_NO) {
        attempt_move(attempt, ATTEMPT_READING);
        return (long)len;             /* a whole answer, kept in `answer` */
    }
    attempt_move(attempt, ATTEMPT_STREAMING);
    /* The held bytes are arena memory, valid until the request ends: feed them in place. */
    struct buffer held = attempt->answer;
    buffer_init(&attempt->answer, attempt->exchange->arena, 64);
    sse_reader_init(&attempt->sse, attempt->exchange->arena, MAX_SSE_EVENT_BYTES);
    long taken = feed_stream(attempt, held.data, held.len);
    return taken == (long)held.len ? (long)len : 0;
}

/* READING: a whole answer, or an error body read only for its status. */
static long read_whole(struct attempt *attempt, int status, const char *data, size_t len)
{
    size_t limit = status >= 200 && status < 300 ? MAX_ANSWER_BYTES : MAX_ERROR_BODY_BYTES;
    if (attempt->answer.len + len > limit) {
        /* An error body is only read for its status; a too-large answer is refused. */
        return status >= 200 && status < 300 ? 0 : (long)len;
    }
    buffer_append(&attempt->answer, data, len);
    return (long)len;
}

static long on_upstream_body(void *context, int status, const char *data, size_t len)
{
    struct attempt *attempt = context;
    if (attempt->state == ATTEMPT_CONNECTING) {
        bool sniff = status >= 200 && status < 300 && attempt->exchange->request.stream;
        attempt_move(attempt, sniff ? ATTEMPT_SNIFFING : ATTEMPT_READING);
    }
    switch (attempt->state) {
    case ATTEMPT_SNIFFING:
        return take_first_bytes(attempt, data, len);
    case ATTEMPT_READING:
        return read_whole(attempt, status, data, len);
    default:
        return feed_stream(attempt, data, len);
    }
}

/* The winner's stream after a feed: go on, or end it one way or another. */
static long after_winner_feed(struct attempt *attempt, enum feed_result result, size_t len)
{
    struct exchange *exchange = attempt->exchange;
    exchange_flush(exchange);
    switch (result) {
    case FEED_GO_ON:
    case FEED_STOP:
        return (long)len;
    case FEED_ERROR_SENT:
        /* The provider's own error event went out: the stream is over. */
        exchange_end_stream(exchange);
        tell_breaker(attempt, false, 0);
        stop_transfer(attempt);
        attempt_move(attempt, ATTEMPT_FAILED);
        return 0;
    case FEED_TOO_LARGE:
        /* Not resumed: a continuation would only add to it. */
        tell_breaker(attempt, false, 0);
        stop_transfer(attempt);
        attempt_move(attempt, ATTEMPT_FAILED);
        exchange_send_stream_error(exchange, 502, "the provider's streamed answer is larger than lethe accepts");
        return 0;
    default:
        /* Garbage where events should be, or an error event we may resume past. From
         * inside the callback the cancel only marks the transfer, so no completion runs
         * after the request, and this exchange, is gone. */
        resume_or_fail(attempt, 502, result == FEED_ERROR_RESUMABLE ? "the provider reported an error during the stream"
                                                                   : "the provider sent an invalid stream");
        return 0;
    }
}

/* STREAMING, WON, ENDED: bytes of a streamed answer, parsed into events, which reach the
 * client once this attempt has won. */
static long feed_stream(struct attempt *attempt, const char *data, size_t len)
{
    struct exchange *exchange = attempt->exchange;
    if (exchange->attempts.winner == attempt && exchange->phase == EXCHANGE_STREAMING
        && http_pending_output(exchange->client) > OUTPUT_HIGH_WATER) {
        http_watch_drain(exchange->client, OUTPUT_LOW_WATER);
        return UPSTREAM_PAUSE;
    }
    arm_idle_timer(attempt);
    enum feed_result result = feed_result_of(sse_reader_feed(&attempt->sse, data, len, on_sse_event, attempt));
    if (exchange->attempts.winner == attempt) {
        return after_winner_feed(attempt, result, len);
    }
    if (result == FEED_ERROR_BEFORE_ANSWER || result == FEED_INVALID) {
        /* Garbage or an error event before any answer: the next target may do better. */
        attempt_failed(attempt, result == FEED_ERROR_BEFORE_ANSWER ? "error event before the answer" : "invalid stream",
                       TRY_FAILED, 0);
        return 0;
    }
    return exchange->attempts.winner != NULL ? 0 : (long)len;     /* a rival won meanwhile */
}

/* The winner's transfer ended: its answer is complete if its end marker came. */
static void finish_winner(struct attempt *attempt, const struct upstream_result *result)
{
    struct exchange *exchange = attempt->exchange;
    if (exchange_is_over(exchange)) {
        return;
    }
    if (attempt->state == ATTEMPT_ENDED) {
        exchange_flush(exchange);
        exchange_end_stream(exchange);
        tell_breaker(attempt, true, 0);
        attempt_move(attempt, ATTEMPT_SUCCEEDED);
        return;
    }
    /* No end marker: the provider died or was cut mid-answer. Never pass that off as a
     * complete answer, and never restart it: resume past it, or say so in-band. */
    char message[160];
    snprintf(message, sizeof message, "provider '%s' stream ended before the answer was complete: %s",
             attempt->target->provider->name,
             result->outcome == UPSTREAM_DONE ? "stream incomplete" : result->reason);
    resume_or_fail(attempt, 502, message);
}

/* One vector per input, all of one length: the length asked for (`dimensions`), or the
 * model's own. An empty vector, or vectors of different lengths, cannot be compared with
 * each other nor stored in one index. */
static bool embeddings_fit_request(const struct canon_request *request, const struct canon_operation_answer *answer)
{
    if (answer->embedding_count != request->message_count || answer->embedding_count == 0) {
        return false;
    }
    size_t length = request->dimensions > 0 ? (size_t)request->dimensions : answer->embeddings[0].count;
    if (length == 0) {
        return false;
    }
    for (size_t i = 0; i < answer->embedding_count; i++) {
        if (answer->embeddings[i].count != length) {
            return false;
        }
    }
    return true;
}

/* A whole answer holds what was asked: one vector per input, n choices. Any other count
 * is a broken answer: the client would pair a vector with the wrong text, or read a
 * choice that is not there. */
static bool answer_fits_request(const struct canon_request *request, const struct canon_response *response)
{
    switch (request->operation) {
    case OPERATION_EMBEDDING:
        return embeddings_fit_request(request, &response->operation);
    case OPERATION_CHAT:
    case OPERATION_COMPLETION:
        return 1 + response->more_choice_count == (request->choice_count > 1 ? (size_t)request->choice_count : 1);
    default:
        return true;
    }
}

/* A whole answer (READING) that arrived in full: it wins, or the walk goes on. */
static void take_whole_answer(struct attempt *attempt, const struct upstream_result *result)
{
    struct exchange *exchange = attempt->exchange;
    const struct wire_format *wire = attempt->target->provider->type->wire;
    struct canon_response response;
    struct format_error error;
    const struct wire_operation *operation = non_chat_operation(wire, exchange->request.operation);
    bool decoded = operation != NULL
                   ? operation->decode_response(exchange->arena, attempt->answer.data, attempt->answer.len, &response,
                                                &error)
                   : wire->decode_response(exchange->arena, attempt->answer.data, attempt->answer.len, &response,
                                           &error);
    decoded = decoded && answer_fits_request(&exchange->request, &response);
    if (!decoded) {
        attempt_failed(attempt, "answer is not valid", TRY_FAILED, 0);
        return;
    }
    become_winner(attempt);
    exchange->record.provider_ms = result->total_ms;
    tell_breaker(attempt, true, 0);
    exchange_name_model(exchange, response.model);
    if (exchange->request.stream) {
        replay_response_as_events(attempt, &response);
    } else {
        exchange_reply_whole(exchange, &response, attempt->answer.len);
    }
    attempt_move(attempt, ATTEMPT_SUCCEEDED);
}

/* The provider answered with an HTTP status that is not a success. */
static void take_refusal(struct attempt *attempt, const struct upstream_result *result)
{
    struct exchange *exchange = attempt->exchange;
    const char *provider = attempt->target->provider->name;
    enum chain_verdict verdict = chain_judge_status(result->status);
    if (verdict == CHAIN_RETURN_TO_CLIENT && exchange->phase != EXCHANGE_STREAMING) {
        /* The request itself is refused: every provider would refuse it. (Once the stream
         * began, the refused request is a continuation, no verdict on the client's, which
         * a provider took: it fails like any attempt and the walk goes on, to an in-band
         * error at worst.) */
        exchange->attempts.last_label = attempt->target->label;
        attempt_move(attempt, ATTEMPT_CANCELLED);
        attempts_stop_all(exchange);
        char message[256];
        snprintf(message, sizeof message, "provider '%s' (%s) refused the request with HTTP %d", provider,
                 attempt->target->label, result->status);
        exchange_reply_error(exchange, result->status, "invalid_request_error", "upstream_refused", NULL, message);
        return;
    }
    if (verdict == CHAIN_NEXT_CONFIG_PROBLEM) {
        log_error("provider '%s' answered HTTP %d: check its API key", provider, result->status);
    }
    if (verdict == CHAIN_NEXT_REDIRECT) {
        log_error("provider '%s' answered HTTP %d (a redirect, never followed): check its base_url", provider,
                  result->status);
    }
    /* A 429 is remembered as such: when every target was rate limited, the client is told
     * to come back, not that all failed. */
    int status = result->status;
    char reason[64];
    if (verdict == CHAIN_NEXT_REDIRECT) {
        snprintf(reason, sizeof reason, "HTTP %d: a redirect, not followed", status);
    } else {
        snprintf(reason, sizeof reason, "HTTP %d", status);
    }
    enum try_outcome outcome = status == 429                  ? TRY_RATE_LIMITED
                             : status == 408 || status == 504 ? TRY_TIMED_OUT
                                                              : TRY_FAILED;
    struct attempt_record *entry = record(exchange, attempt->target->label, reason, outcome);
    if (entry != NULL && outcome == TRY_RATE_LIMITED) {
        entry->retry_after_ms = result->retry_after_ms;
    }
    attempt_ended(attempt, result->retry_after_ms);
}

static void on_upstream_complete(void *context, const struct upstream_result *result)
{
    struct attempt *attempt = context;
    struct exchange *exchange = attempt->exchange;
    struct attempt *winner = exchange->attempts.winner;
    attempt->transfer = NULL;
    if (attempt->idle_timer != NULL) {
        evtimer_del(attempt->idle_timer);
    }
    const struct wire_format *wire = attempt->target->provider->type->wire;
    bool success = result->outcome == UPSTREAM_DONE && result->status >= 200 && result->status < 300;
    bool streamed = attempt->state == ATTEMPT_STREAMING || attempt->state == ATTEMPT_WON;
    if (success && streamed && wire->finish_stream != NULL && !sse_reader_has_partial(&attempt->sse)
        && (winner == NULL || winner == attempt)) {
        /* A format without an end marker (Gemini) decides here whether the body that just
         * ended was a complete answer; it may even make an empty one win. */
        wire->finish_stream(attempt->wire_state, on_canonical_event, attempt);
    }
    if (exchange->attempts.winner == attempt) {
        exchange->record.provider_ms = result->total_ms;
        finish_winner(attempt, result);
        return;
    }
    if (exchange->attempts.winner != NULL || exchange_is_over(exchange)) {
        if (!is_final(attempt)) {
            attempt_move(attempt, ATTEMPT_CANCELLED);
        }
        return;
    }
    if (success && attempt->state == ATTEMPT_STREAMING) {
        attempt_failed(attempt, "stream ended before any answer", TRY_FAILED, 0);
    } else if (success) {
        take_whole_answer(attempt, result);
    } else if (result->outcome == UPSTREAM_DONE) {
        take_refusal(attempt, result);
    } else {
        bool timed_out = result->outcome == UPSTREAM_TIMEOUT || result->outcome == UPSTREAM_FIRST_BYTE_TIMEOUT;
        attempt_failed(attempt, result->reason, timed_out ? TRY_TIMED_OUT : TRY_FAILED, 0);
    }
}

/* ---- walking the chain ---- */

/* Every target contacted answered 429 (a skipped one, circuit open, neither counts nor
 * spoils it). `*retry_ms`: the smallest retry-after among them, or a default if none said. */
static bool all_rate_limited(const struct exchange *exchange, long *retry_ms)
{
    bool any = false;
    long soonest = 0;
    for (size_t i = 0; i < exchange->attempts.record_count; i++) {
        const struct attempt_record *entry = &exchange->attempts.records[i];
        if (entry->outcome == TRY_SKIPPED) {
            continue;
        }
        if (entry->outcome != TRY_RATE_LIMITED) {
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

static void add_retry_after(struct exchange *exchange, long retry_ms)
{
    char seconds[24];
    snprintf(seconds, sizeof seconds, "%ld", (retry_ms + 999) / 1000);
    http_add_header(exchange->client, "retry-after", seconds);
}

/* The walk is over and nothing answered: tell the client every target and why. */
static void all_failed(struct exchange *exchange)
{
    const struct attempts *set = &exchange->attempts;
    if (exchange->phase == EXCHANGE_STREAMING) {
        /* A resumed stream whose continuations all failed: the answer stays cut. */
        exchange_send_stream_error(exchange, 502, "the stream was cut and no target could continue it");
        return;
    }
    struct buffer attempts, message;
    buffer_init(&attempts, exchange->arena, 256);
    buffer_init(&message, exchange->arena, 256);
    bool all_timed_out = set->tried > 0;
    buffer_printf(&message, "all %zu target%s failed:", exchange->chain.count, exchange->chain.count == 1 ? "" : "s");
    buffer_append_char(&attempts, '[');
    for (size_t i = 0; i < set->record_count; i++) {
        const struct attempt_record *entry = &set->records[i];
        all_timed_out = all_timed_out && (entry->outcome == TRY_TIMED_OUT || entry->outcome == TRY_SKIPPED);
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
        add_retry_after(exchange, rate_limit_retry_ms);
        exchange_reply_error(exchange, 429, "rate_limit_error", "all_targets_rate_limited", attempts.data,
                             message.data);
        return;
    }
    /* lethe has walked its chain: a client SDK retrying on its own would only multiply
     * the load on providers that are already failing. */
    http_add_header(exchange->client, "x-should-retry", "false");
    if (set->retry_after_ms > 0) {
        add_retry_after(exchange, set->retry_after_ms);
    }
    int status = all_timed_out ? 504 : 503;
    exchange_reply_error(exchange, status, all_timed_out ? "timeout_error" : "server_error", "all_targets_failed",
                         attempts.data, message.data);
}

static void on_hedge(evutil_socket_t fd, short events, void *arg)
{
    struct exchange *exchange = arg;
    struct attempt *newest = exchange->attempts.newest;
    (void)fd;
    (void)events;
    if (exchange->attempts.winner != NULL || exchange_is_over(exchange) || live_count(exchange) == 0) {
        return;
    }
    /* The newest attempt has produced nothing yet: run the next target beside it. */
    if (newest != NULL && newest->state == ATTEMPT_CONNECTING) {
        walk_next(exchange);
    }
}

/* READY → CONNECTING: one try of the attempt's target, within what is left of its deadline. */
static bool start_try(struct attempt *attempt)
{
    struct exchange *exchange = attempt->exchange;
    const struct route_target *target = attempt->target;
    long elapsed = attempt->tries == 0 ? 0 : (long)(clock_monotonic_ms() - attempt->first_try_ms);
    if (attempt->tries == 0) {
        attempt->first_try_ms = clock_monotonic_ms();
    }
    attempt->tries++;
    attempt->has_pending_usage = false;
    if (attempt->model != NULL) {
        attempt->model[0] = '\0';
    }
    buffer_reset(&attempt->answer);
    /* Made when the answer turns out to be a stream (take_first_bytes): a stream waiting
     * for its first byte holds no event buffers. Zeroed, it has no partial event. */
    memset(&attempt->sse, 0, sizeof attempt->sse);
    memset(attempt->wire_state, 0, target->provider->type->wire->stream_state_size + 1);
    long first_byte = target->first_byte_ms - elapsed;
    struct upstream_request upstream_request = {
        .url = attempt->url.data,
        .headers = config_provider_headers(exchange->config, target->provider),
        .body = attempt->body.data,
        .body_len = attempt->body.len,
        .timeout_ms = target->timeout_ms - elapsed,
        .first_byte_ms = first_byte > 0 ? first_byte : 1,
        .connect_timeout_ms = exchange->config->connect_timeout_ms,
        .ca_file = target->provider->ca_file,
        .receive_buffer_bytes = exchange->request.stream ? STREAM_RECEIVE_BUFFER_BYTES : 0,
    };
    static const struct upstream_callbacks callbacks = {
        .on_body = on_upstream_body,
        .on_complete = on_upstream_complete,
    };
    exchange->attempts.tried++;
    exchange->attempts.last_label = target->label;
    attempt->transfer = upstream_start(exchange->gateway->upstream, &upstream_request, &callbacks, attempt);
    if (attempt->transfer == NULL) {
        record(exchange, target->label, "cannot start a transfer", TRY_FAILED);
        return false;
    }
    attempt_move(attempt, ATTEMPT_CONNECTING);
    exchange->attempts.newest = attempt;
    return true;
}

static void on_idle(evutil_socket_t fd, short events, void *arg)
{
    struct attempt *attempt = arg;
    (void)fd;
    (void)events;
    if (attempt->exchange->attempts.winner == attempt) {
        resume_or_fail(attempt, 504, "the provider's stream stalled");
        return;
    }
    attempt_failed(attempt, "stream stalled", TRY_TIMED_OUT, 0);     /* stops the transfer and the timer */
}

static void on_retry(evutil_socket_t fd, short events, void *arg)
{
    struct exchange *exchange = arg;
    (void)fd;
    (void)events;
    struct attempt *attempt = waiting_attempt(exchange);
    if (attempt == NULL) {
        return;
    }
    if (exchange_is_over(exchange) || exchange->attempts.winner != NULL) {
        attempt_move(attempt, ATTEMPT_CANCELLED);
        return;
    }
    attempt_move(attempt, ATTEMPT_READY);
    if (!start_try(attempt)) {
        attempt_failed(attempt, "cannot start a transfer", TRY_FAILED, 0);
    }
}

static void attempt_failed(struct attempt *attempt, const char *reason, enum try_outcome outcome, long retry_after_ms)
{
    record(attempt->exchange, attempt->target->label, reason, outcome);
    attempt_ended(attempt, retry_after_ms);
}

/* Whether a failed try gets another, and after how long: exponential backoff with full
 * jitter, inside what is left of the target's deadline, if its breaker allows. */
static bool retry_delay(struct attempt *attempt, long *delay_ms)
{
    struct exchange *exchange = attempt->exchange;
    const struct route_target *target = attempt->target;
    long remaining = target->timeout_ms - (long)(clock_monotonic_ms() - attempt->first_try_ms);
    if (attempt->tries > target->retries || waiting_attempt(exchange) != NULL || remaining <= RETRY_MIN_REMAINING_MS) {
        return false;
    }
    if (attempt->breaker != NULL
        && !breaker_allows(attempt->breaker, &exchange->config->breaker, clock_monotonic_ms(), &attempt->holds_probe)) {
        return false;
    }
    long ceiling = RETRY_BASE_MS << (attempt->tries - 1);
    long delay = ceiling / 2 + (long)(random() % (ceiling / 2 + 1));
    *delay_ms = delay > remaining - RETRY_MIN_REMAINING_MS ? remaining - RETRY_MIN_REMAINING_MS : delay;
    return true;
}

static bool schedule_retry(struct attempt *attempt, long delay_ms)
{
    struct exchange *exchange = attempt->exchange;
    if (exchange->attempts.retry_timer == NULL) {
        exchange->attempts.retry_timer = evtimer_new(exchange->gateway->base, on_retry, exchange);
    }
    if (exchange->attempts.retry_timer == NULL) {
        return false;                 /* no timer to wait with: no retry, walk on */
    }
    attempt_move(attempt, ATTEMPT_WAITING);
    struct timeval wait = timeval_from_ms(delay_ms);
    evtimer_add(exchange->attempts.retry_timer, &wait);
    return true;
}

/* After a failed try: retry the target, wait for a rival, walk on, or answer the client. */
static void attempt_ended(struct attempt *attempt, long retry_after_ms)
{
    struct exchange *exchange = attempt->exchange;
    tell_breaker(attempt, false, retry_after_ms);
    stop_transfer(attempt);
    if (retry_after_ms > exchange->attempts.retry_after_ms) {
        exchange->attempts.retry_after_ms = retry_after_ms;
    }
    if (exchange_is_over(exchange) || exchange->attempts.winner != NULL) {
        attempt_move(attempt, ATTEMPT_FAILED);
        return;
    }
    long delay_ms;
    if (retry_delay(attempt, &delay_ms) && schedule_retry(attempt, delay_ms)) {
        return;
    }
    attempt_move(attempt, ATTEMPT_FAILED);
    if (live_count(exchange) > 0 || waiting_attempt(exchange) != NULL) {
        return;                       /* a hedged rival or a retry may still answer */
    }
    if (!walk_next(exchange) && live_count(exchange) == 0 && !exchange_is_over(exchange)) {
        all_failed(exchange);
    }
}

static struct attempt *new_attempt(struct exchange *exchange, const struct route_target *target,
                                   struct breaker *breaker, struct format_error *error)
{
    const struct wire_format *wire = target->provider->type->wire;
    struct attempts *attempts = &exchange->attempts;
    struct attempt *attempt = arena_calloc(exchange->arena, 1, sizeof *attempt);
    attempt->state = ATTEMPT_READY;
    attempt->exchange = exchange;
    attempt->target = target;
    attempt->breaker = breaker;
    /* The provider's body is about the client's, re-encoded: sized from it, a short request
     * does not hold 1 KiB for the life of its stream, and a long one is not regrown. */
    size_t client_body = http_request_body_length(exchange->client);
    buffer_init(&attempt->body, exchange->arena, client_body + client_body / 8 + 256);
    buffer_init(&attempt->url, exchange->arena, 128);
    /* A stream's first bytes wait here while it is sniffed: none while it waits for them. */
    if (exchange->request.stream) {
        buffer_init_lazy(&attempt->answer, exchange->arena);
    } else {
        buffer_init(&attempt->answer, exchange->arena, 4096);
    }
    attempt->wire_state = arena_calloc(exchange->arena, 1, wire->stream_state_size + 1);
    struct slice model = slice_of(target->model, strlen(target->model));
    const struct canon_request *request = attempts->continuation.phase != CONTINUATION_SOUGHT ? &exchange->request
                                        : wire->continues_prefill ? attempts->continuation.prefilled
                                                                  : attempts->continuation.instructed;
    const struct wire_operation *operation = non_chat_operation(wire, exchange->request.operation);
    if (operation != NULL) {
        if (!operation->encode_request(&attempt->body, request, model, error)) {
            return NULL;
        }
        operation->build_url(&attempt->url, target->provider->base_url, model, &exchange->request);
    } else if (!wire->encode_request(&attempt->body, request, model, error)) {
        return NULL;
    } else {
        wire->build_url(&attempt->url, target->provider->base_url, model, &exchange->request);
    }
    if (attempts->count == attempts->capacity) {
        /* Never: walk_next makes one attempt per target, and the set holds one per target. */
        format_error_set(error, 503, "server_error", NULL, "too many attempts for one request");
        return NULL;
    }
    attempts->all[attempts->count++] = attempt;
    if (target->idle_ms > 0) {
        attempt->idle_timer = evtimer_new(exchange->gateway->base, on_idle, attempt);
    }
    return attempt;
}

/* Race the next target if this one's first byte is late (the route's hedge_ms). */
static void arm_hedge(struct exchange *exchange)
{
    struct attempts *attempts = &exchange->attempts;
    if (exchange->chain.hedge_ms <= 0 || attempts->next_target >= exchange->chain.count) {
        return;
    }
    if (attempts->hedge_timer == NULL) {
        attempts->hedge_timer = evtimer_new(exchange->gateway->base, on_hedge, exchange);
    }
    if (attempts->hedge_timer == NULL) {
        return;                       /* out of memory: no hedging, the chain still walks on failure */
    }
    struct timeval delay = timeval_from_ms(exchange->chain.hedge_ms);
    evtimer_add(attempts->hedge_timer, &delay);
}

/* Whether the target's format serves the request's operation at all. One that does not is
 * skipped, never sent a chat in its place. */
static bool target_serves(const struct exchange *exchange, const struct route_target *target)
{
    const struct wire_format *wire = target->provider->type->wire;
    switch (exchange->request.operation) {
    case OPERATION_COMPLETION:
        return wire->serves_completions;
    case OPERATION_EMBEDDING:
        return wire->embedding != NULL;
    default:
        return true;
    }
}

/* Start the next target whose breaker lets it through. False when none is left. */
static bool walk_next(struct exchange *exchange)
{
    struct attempts *attempts = &exchange->attempts;
    while (attempts->next_target < exchange->chain.count && !exchange_is_over(exchange)) {
        const struct route_target *target = &exchange->chain.targets[attempts->next_target++];
        if (!target_serves(exchange, target)) {
            record(exchange, target->label, "its format does not serve this endpoint", TRY_SKIPPED);
            continue;
        }
        bool can_count = target->provider->type->wire->count_tokens != NULL;
        if (exchange->request.operation == OPERATION_COUNT_TOKENS && !can_count) {
            /* A format with no way to count: the count is lethe's own, for this target. */
            exchange_reply_estimate(exchange, target);
            return false;
        }
        struct breaker *breaker = breaker_table_find(exchange->admission.breakers, target->label);
        bool probe = false;
        if (breaker != NULL && !breaker_allows(breaker, &exchange->config->breaker, clock_monotonic_ms(), &probe)) {
            record(exchange, target->label, "circuit open", TRY_SKIPPED);
            continue;
        }
        struct format_error error;
        struct attempt *attempt = new_attempt(exchange, target, breaker, &error);
        if (attempt == NULL) {
            /* The target's format cannot express the request: that is the client's to fix. */
            if (probe) {
                breaker_release(breaker);
            }
            attempts_stop_all(exchange);
            attempts->last_label = target->label;
            exchange_reply_refusal(exchange, &error);
            return false;
        }
        attempt->holds_probe = probe;
        if (target->idle_ms > 0 && attempt->idle_timer == NULL) {
            /* Out of memory: without its stall watch the attempt could hang; count it failed. */
            record(exchange, target->label, "cannot create a timer", TRY_FAILED);
            attempt_move(attempt, ATTEMPT_FAILED);
            continue;
        }
        if (!start_try(attempt)) {
            attempt_move(attempt, ATTEMPT_FAILED);
            continue;
        }
        arm_hedge(exchange);
        return true;
    }
    return false;
}

/* ---- continuing a cut stream elsewhere ---- */

static void build_continuations(struct exchange *exchange)
{
    static const char instruction[] =
        "Continue your previous answer exactly where it stopped. Do not repeat any of it.";
    struct continuation *continuation = &exchange->attempts.continuation;
    const struct canon_request *original = &exchange->request;
    size_t count = original->message_count;
    struct canon_message *messages = arena_calloc(exchange->arena, count + 2, sizeof *messages);
    memcpy(messages, original->messages, count * sizeof *messages);
    struct canon_part *parts = arena_calloc(exchange->arena, 2, sizeof *parts);
    parts[0].type = PART_TEXT;
    parts[0].text = slice_of(continuation->sent_text.data, continuation->sent_text.len);
    parts[1].type = PART_TEXT;
    parts[1].text = SLICE_LITERAL(instruction);
    messages[count] = (struct canon_message){ .role = ROLE_ASSISTANT, .parts = &parts[0], .part_count = 1 };
    messages[count + 1] = (struct canon_message){ .role = ROLE_USER, .parts = &parts[1], .part_count = 1 };
    if (continuation->prefilled == NULL) {
        continuation->prefilled = arena_alloc(exchange->arena, sizeof *continuation->prefilled);
        continuation->instructed = arena_alloc(exchange->arena, sizeof *continuation->instructed);
    }
    *continuation->prefilled = *original;
    continuation->prefilled->messages = messages;
    continuation->prefilled->message_count = count + 1;
    *continuation->instructed = *continuation->prefilled;
    continuation->instructed->message_count = count + 2;
}

static bool resume_on_next_target(struct exchange *exchange, struct attempt *failed, const char *message)
{
    char reason[80];
    snprintf(reason, sizeof reason, "cut mid-stream, resumed: %s", message);
    record(exchange, failed->target->label, reason, TRY_FAILED);
    build_continuations(exchange);
    exchange->attempts.winner = NULL;
    exchange->attempts.continuation.phase = CONTINUATION_SOUGHT;
    exchange->attempts.continuation.repeat_matched = 0;
    return walk_next(exchange);
}

/* The winning attempt failed after part of its answer reached the client: resume on the
 * next target if the route allows it, or end the stream with an error event. */
static void resume_or_fail(struct attempt *attempt, int status, const char *message)
{
    struct exchange *exchange = attempt->exchange;
    tell_breaker(attempt, false, 0);
    stop_transfer(attempt);
    attempt_move(attempt, ATTEMPT_FAILED);
    if (can_resume(exchange) && resume_on_next_target(exchange, attempt, message)) {
        return;
    }
    exchange_send_stream_error(exchange, status, message);
}

/* ---- for the exchange ---- */

void attempts_start(struct exchange *exchange)
{
    bool any_serves = false;
    for (size_t i = 0; i < exchange->chain.count && !any_serves; i++) {
        any_serves = target_serves(exchange, &exchange->chain.targets[i]);
    }
    if (!any_serves) {
        /* The client's to fix: every provider of the route would be skipped. */
        exchange_reply_error(exchange, 400, "invalid_request_error", "endpoint_not_served", NULL,
                             exchange->request.operation == OPERATION_EMBEDDING
                             ? "no target of this route serves embeddings: only OpenAI- and Gemini-format providers "
                               "embed (Anthropic has no embeddings endpoint)"
                             : "no target of this route serves this endpoint: legacy completions are served only by "
                               "OpenAI-format providers");
        return;
    }
    if (!walk_next(exchange) && !exchange_is_over(exchange)) {
        all_failed(exchange);
    }
}

void attempts_resume_winner(struct exchange *exchange)
{
    if (exchange->attempts.winner != NULL) {
        upstream_resume(exchange->attempts.winner->transfer);
    }
}

const char *attempts_served_label(const struct exchange *exchange)
{
    return exchange->attempts.winner != NULL ? exchange->attempts.winner->target->label : NULL;
}

void attempts_release(struct exchange *exchange)
{
    struct attempts *attempts = &exchange->attempts;
    for (size_t i = 0; i < attempts->count; i++) {
        if (attempts->all[i]->idle_timer != NULL) {
            event_free(attempts->all[i]->idle_timer);
            attempts->all[i]->idle_timer = NULL;
        }
    }
    struct event **timers[] = { &attempts->hedge_timer, &attempts->retry_timer };
    for (size_t i = 0; i < sizeof timers / sizeof timers[0]; i++) {
        if (*timers[i] != NULL) {
            event_free(*timers[i]);
            *timers[i] = NULL;
        }
    }
}
