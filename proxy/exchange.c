/* exchange.c — the life of one exchange (see exchange.h): its phases, the client's side
 * of it (headers, errors, the stream and its heartbeat, a whole answer) and the events
 * from the server (the client left, its backlog drained, the request ends). The provider
 * side is proxy/attempts.c; admission policy is proxy/admission.c. */
#include "proxy/exchange.h"

#include <assert.h>
#include <event2/event.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "proxy/exchange_state.h"
#include "proxy/log.h"
#include "scrub/request.h"
#include "transforms/foundation/clock.h"
#include "transforms/foundation/text.h"
#include "transforms/operations.h"

/* ---- phases ---- */

#define PHASE_BIT(phase) (1u << (phase))

/* The phases each phase may move to. DONE is reached from anywhere the client can be
 * answered or can leave; RELEASED only once the client has its answer or is gone. */
static const unsigned legal_moves[EXCHANGE_PHASE_COUNT] = {
    [EXCHANGE_RECEIVED] = PHASE_BIT(EXCHANGE_ADMITTED) | PHASE_BIT(EXCHANGE_DONE),
    [EXCHANGE_ADMITTED] = PHASE_BIT(EXCHANGE_SCRUBBED) | PHASE_BIT(EXCHANGE_DONE),
    [EXCHANGE_SCRUBBED] = PHASE_BIT(EXCHANGE_ATTEMPTING),
    [EXCHANGE_ATTEMPTING] = PHASE_BIT(EXCHANGE_STREAMING) | PHASE_BIT(EXCHANGE_DONE),
    [EXCHANGE_STREAMING] = PHASE_BIT(EXCHANGE_DONE),
    [EXCHANGE_DONE] = PHASE_BIT(EXCHANGE_RELEASED),
    [EXCHANGE_RELEASED] = 0,
};

static const char *const phase_names[EXCHANGE_PHASE_COUNT] = {
    "received", "admitted", "scrubbed", "attempting", "streaming", "done", "released",
};

void exchange_move(struct exchange *exchange, enum exchange_phase next)
{
    enum exchange_phase from = exchange->phase;
    if ((legal_moves[from] & PHASE_BIT(next)) == 0) {
        log_error("exchange: illegal phase change from %s to %s", phase_names[from], phase_names[next]);
        assert(!"illegal exchange phase change");
    }
    /* The open-streams gauge counts exactly the exchanges in STREAMING. */
    if (next == EXCHANGE_STREAMING) {
        metrics_add(exchange->gateway->metrics, METRIC_GAUGE, "lethe_open_streams", "", 1);
    }
    if (from == EXCHANGE_STREAMING) {
        metrics_add(exchange->gateway->metrics, METRIC_GAUGE, "lethe_open_streams", "", -1);
    }
    exchange->phase = next;
}

bool exchange_is_over(const struct exchange *exchange)
{
    return exchange->phase >= EXCHANGE_DONE;
}

/* ---- answering the client ---- */

static void add_proxy_headers(struct exchange *exchange)
{
    char attempts[TEXT_DECIMAL_BYTES], scrubbed[TEXT_DECIMAL_BYTES];
    const char *label = exchange->attempts.last_label;
    text_decimal(attempts, exchange->attempts.tried);
    text_decimal(scrubbed, (long long)exchange->scrubbed);
    http_add_header(exchange->client, "x-lethe-provider", label != NULL ? label : "none");
    http_add_header(exchange->client, "x-lethe-attempts", attempts);
    http_add_header(exchange->client, "x-lethe-scrubbed", scrubbed);
    if (exchange->admission.auto_reason != NULL && exchange->admission.auto_reason[0] != '\0') {
        http_add_header(exchange->client, "x-lethe-auto-choice", exchange->chain.targets[0].label);
        http_add_header(exchange->client, "x-lethe-auto-reason", exchange->admission.auto_reason);
    }
}

static void reply_error_about(struct exchange *exchange, int status, const char *type, const char *code,
                              const char *param, const char *attempts_json, const char *message)
{
    if (exchange->phase == EXCHANGE_STREAMING) {
        /* A stream's status and headers are out: an error can only end it, in-band. */
        exchange_send_stream_error(exchange, status, message);
        return;
    }
    struct buffer body;
    buffer_init(&body, exchange->arena, 256);
    exchange->dialect->encode_error(&body, status, type, code, param, message, attempts_json);
    add_proxy_headers(exchange);
    exchange_move(exchange, EXCHANGE_DONE);
    http_reply(exchange->client, status, "application/json", body.data, body.len);
}

void exchange_reply_error(struct exchange *exchange, int status, const char *type, const char *code,
                          const char *attempts_json, const char *message)
{
    reply_error_about(exchange, status, type, code, NULL, attempts_json, message);
}

void exchange_reply_refusal(struct exchange *exchange, struct format_error *error)
{
    /* A wire encoder knows only the canonical request: the client hears its own field's name. */
    format_error_name_field(error, exchange->dialect);
    reply_error_about(exchange, error->status, error->type, error->code, error->param[0] ? error->param : NULL,
                      NULL, error->message);
}

static void on_heartbeat(evutil_socket_t fd, short events, void *arg)
{
    struct exchange *exchange = arg;
    (void)fd;
    (void)events;
    if (exchange_is_over(exchange)) {
        return;
    }
    if (!exchange->wrote_since_heartbeat) {
        /* A comment, never data: clients ignore it, proxies see a live connection. */
        static const char keep_alive[] = ": keep-alive\n\n";
        http_stream_write(exchange->client, keep_alive, sizeof keep_alive - 1);
    }
    exchange->wrote_since_heartbeat = false;
}

static void open_stream(struct exchange *exchange)
{
    if (exchange->phase == EXCHANGE_STREAMING) {
        return;
    }
    exchange_move(exchange, EXCHANGE_STREAMING);
    exchange->record.first_byte_ms = http_request_elapsed_ms(exchange->client);
    add_proxy_headers(exchange);
    http_add_header(exchange->client, "Cache-Control", "no-cache");
    http_add_header(exchange->client, "X-Accel-Buffering", "no");
    http_stream_start(exchange->client, 200, "text/event-stream");
    struct timeval interval = timeval_from_ms(exchange->config->heartbeat_ms);
    exchange->heartbeat_timer = event_new(exchange->gateway->base, -1, EV_PERSIST, on_heartbeat, exchange);
    if (exchange->heartbeat_timer == NULL) {
        /* Out of memory: the stream goes on, only without keep-alive comments. */
        log_error("cannot create the heartbeat timer of a stream");
        return;
    }
    event_add(exchange->heartbeat_timer, &interval);
}

void exchange_end_stream(struct exchange *exchange)
{
    exchange_move(exchange, EXCHANGE_DONE);
    http_stream_end(exchange->client);
}

void exchange_flush(struct exchange *exchange)
{
    if (exchange->out.len == 0) {
        return;
    }
    open_stream(exchange);
    http_stream_write(exchange->client, exchange->out.data, exchange->out.len);
    exchange->wrote_since_heartbeat = true;
    buffer_reset(&exchange->out);
}

/* What a dialect that reports them (/api/proxy) says of the answer: who served it, how many
 * tries, how much was masked, what it cost at the served target's price. */
static void note_reply_facts(struct exchange *exchange)
{
    const char *served = attempts_served_label(exchange);
    exchange->reply.provider = served;
    exchange->reply.attempts = exchange->attempts.tried;
    exchange->reply.scrubbed = exchange->scrubbed;
    exchange->reply.cost_usd = admission_cost_usd(&exchange->admission, served, &exchange->usage);
}

static int encode_for_client(void *context, const struct canon_event *event)
{
    struct exchange *exchange = context;
    if (event->type == EVENT_END) {
        note_reply_facts(exchange);
    }
    exchange->dialect->encode_stream_event(&exchange->out, exchange->dialect_state, event, &exchange->reply);
    return 0;
}

/* Every event reaches the client through the restorer: placeholders become values again. */
void exchange_encode_event(struct exchange *exchange, const struct canon_event *event)
{
    if (event->type == EVENT_USAGE) {
        exchange->usage = event->usage;
    }
    if (exchange->restore == NULL) {
        exchange->restore = arena_alloc(exchange->arena, sizeof *exchange->restore);
        event_restorer_init(exchange->restore, &exchange->vault, exchange->arena, exchange->rehydrate);
    }
    event_restorer_pass(exchange->restore, event, encode_for_client, exchange);
}

void exchange_send_stream_error(struct exchange *exchange, int status, const char *message)
{
    struct canon_event error = { .type = EVENT_ERROR, .error_status = status,
                                 .text = slice_of(message, strlen(message)) };
    exchange_encode_event(exchange, &error);
    exchange_flush(exchange);
    exchange_end_stream(exchange);
}

/* The exchange's own copy of a model name, cut to MODEL_NAME_BYTES - 1. */
static void copy_model_name(struct exchange *exchange, const char *name, size_t len)
{
    if (exchange->model_name == NULL) {
        exchange->model_name = arena_alloc(exchange->arena, MODEL_NAME_BYTES);
    }
    len = len < MODEL_NAME_BYTES ? len : MODEL_NAME_BYTES - 1;
    memcpy(exchange->model_name, name, len);
    exchange->model_name[len] = '\0';
}

void exchange_name_model(struct exchange *exchange, struct slice model)
{
    if (model.len && model.len < MODEL_NAME_BYTES) {
        copy_model_name(exchange, model.ptr, model.len);
    }
}

void exchange_set_model(struct exchange *exchange, const char *name)
{
    size_t len = strlen(name);
    if (len < MODEL_NAME_BYTES) {
        exchange->reply.model = name;
        return;
    }
    copy_model_name(exchange, name, len);
}

void exchange_reply_whole(struct exchange *exchange, struct canon_response *response, size_t size_hint)
{
    bool chat = exchange->request.operation == OPERATION_CHAT || exchange->request.operation == OPERATION_COMPLETION;
    if (exchange->request.operation == OPERATION_EMBEDDING && !response->usage.present) {
        /* Gemini reports no usage for embeddings: lethe's estimate is counted and charged. */
        response->usage.present = true;
        response->usage.prompt_tokens = canon_estimate_tokens(&exchange->request);
        response->usage.total_tokens = response->usage.prompt_tokens;
    }
    exchange->usage = response->usage;
    /* A vector or a count holds no text to restore: what was embedded or counted is the
     * masked input, and stays so. */
    if (exchange->rehydrate && chat) {
        restore_response(&exchange->vault, exchange->arena, response);
        for (size_t i = 0; i < response->more_choice_count; i++) {
            restore_response(&exchange->vault, exchange->arena, &response->more_choices[i]);
        }
    }
    note_reply_facts(exchange);
    exchange->record.first_byte_ms = http_request_elapsed_ms(exchange->client);
    struct buffer body;
    buffer_init(&body, exchange->arena, size_hint + 512);
    exchange->dialect->encode_response(&body, response, &exchange->reply);
    add_proxy_headers(exchange);
    exchange_move(exchange, EXCHANGE_DONE);
    http_reply(exchange->client, 200, "application/json", body.data, body.len);
}

void exchange_reply_estimate(struct exchange *exchange, const struct route_target *target)
{
    struct canon_response response;
    memset(&response, 0, sizeof response);
    canon_usage_init(&response.usage);
    response.usage.present = true;          /* counting costs nothing: charge nothing */
    response.operation.token_count = canon_estimate_tokens(&exchange->request);
    response.operation.token_count_estimated = true;
    exchange->attempts.last_label = target->label;
    exchange_name_model(exchange, slice_of(target->model, strlen(target->model)));
    http_add_header(exchange->client, "x-lethe-estimate", "true");
    exchange_reply_whole(exchange, &response, 64);
}

/* ---- the server's events ---- */

static void on_client_abort(void *context)
{
    struct exchange *exchange = context;
    /* The client is gone: stop every provider at once, so their connections and tokens
     * are not spent on nobody. */
    if (!exchange_is_over(exchange)) {
        exchange_move(exchange, EXCHANGE_DONE);
    }
    attempts_stop_all(exchange);
}

static void on_client_drained(void *context)
{
    attempts_resume_winner(context);
}

/* After a burst (9,900 open streams hold ~225 MB) the freed heap stays with the process:
 * glibc hands back only the top of its heap, and a burst's blocks are interleaved with
 * longer-lived ones. When a worker that held at least TRIM_AFTER_IN_FLIGHT requests at
 * once has none left, its free heap goes back to the kernel TRIM_DELAY_MS later, once
 * the clients' connections have closed too (pages come back zeroed if touched again).
 * Ordinary traffic never reaches that: it costs a comparison per request. A worker that
 * is never idle keeps its peak. Per worker: each has its own heap and its own gateway. */
enum { TRIM_AFTER_IN_FLIGHT = 256, TRIM_DELAY_MS = 1000, TRIM_KEEP_BYTES = 1 << 20 };

static void on_trim(evutil_socket_t fd, short events, void *arg)
{
    (void)fd;
    (void)events;
    (void)arg;
    malloc_trim(TRIM_KEEP_BYTES);
}

static void note_in_flight(struct gateway *gateway)
{
    if (gateway->in_flight > gateway->in_flight_peak) {
        gateway->in_flight_peak = gateway->in_flight;
    }
    if (gateway->in_flight != 0 || gateway->in_flight_peak < TRIM_AFTER_IN_FLIGHT) {
        return;
    }
    gateway->in_flight_peak = 0;
    if (gateway->trim_timer == NULL) {
        gateway->trim_timer = evtimer_new(gateway->base, on_trim, NULL);
    }
    if (gateway->trim_timer != NULL) {
        struct timeval delay = timeval_from_ms(TRIM_DELAY_MS);
        evtimer_add(gateway->trim_timer, &delay);
    }
}

/* The one place an exchange is settled, whichever way it ended: limits and budget, the
 * access record, timers, the in-flight count. */
static void on_request_release(void *context)
{
    struct exchange *exchange = context;
    exchange_move(exchange, EXCHANGE_RELEASED);
    attempts_stop_all(exchange);
    /* The arena goes next: no transfer cancelled earlier (a hedge's loser, inside a libcurl
     * callback) may still point libcurl at the bodies it holds. */
    upstream_settle(exchange->gateway->upstream);
    const char *served = attempts_served_label(exchange);
    exchange->record.provider = exchange->attempts.last_label;
    exchange->record.attempts = exchange->attempts.tried;
    exchange->record.has_usage = exchange->usage.present;
    exchange->record.tokens_in = exchange->usage.prompt_tokens;
    exchange->record.tokens_out = exchange->usage.completion_tokens;
    exchange->record.cost_usd = admission_cost_usd(&exchange->admission, served, &exchange->usage);
    admission_settle(&exchange->admission, &exchange->usage, exchange->record.cost_usd);
    attempts_release(exchange);
    if (exchange->heartbeat_timer != NULL) {
        event_free(exchange->heartbeat_timer);
        exchange->heartbeat_timer = NULL;
    }
    arena_release(&exchange->scratch);
    if (exchange->counted_in_flight) {
        exchange->counted_in_flight = false;
        exchange->gateway->in_flight--;
        generation_release(exchange->gateway, exchange->generation);
        metrics_add(exchange->gateway->metrics, METRIC_GAUGE, "lethe_in_flight_requests", "", -1);
        gateway_drained_check(exchange->gateway);
        note_in_flight(exchange->gateway);
    }
}

/* ---- before the first attempt ---- */

/* Mask the request before any provider's body is encoded from it; the restorer puts the
 * values back into what the client receives, unless it asked for placeholders. */
static bool scrub_exchange_request(struct exchange *exchange)
{
    const char *rehydrate = http_request_header(exchange->client, "x-lethe-rehydrate");
    exchange->rehydrate = rehydrate == NULL || strcasecmp(rehydrate, "off") != 0;
    struct scrubber *scrubber = exchange->scrubber;
    /* Only a key the config marks scrub_optional may turn masking off for its requests. */
    const char *scrub = http_request_header(exchange->client, "x-lethe-scrub");
    bool declined = (scrub != NULL && strcasecmp(scrub, "off") == 0) || exchange->request.scrub_declined;
    const struct gateway_key *key = exchange->admission.key;
    if (declined && key != NULL && key->scrub_optional) {
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
    return true;
}

/* The client's body as a canonical request: false after a 400 in its dialect. */
static bool parse_request(struct exchange *exchange)
{
    struct slice body = http_request_body(exchange->client);
    struct json_error json_error;
    struct json_value *root = json_parse(exchange->arena, body.ptr, body.len, exchange->config->max_json_depth,
                                         &json_error);
    if (root == NULL) {
        gateway_reply_error(exchange->client, exchange->dialect, 400, "invalid_request_error", "invalid_json", NULL,
                            json_error.message);
        return false;
    }
    struct format_error error;
    if (!exchange->dialect->decode_request(exchange->arena, root, &exchange->request, &error)) {
        gateway_reply_error(exchange->client, exchange->dialect, error.status, error.type, error.code, error.param,
                            error.message);
        return false;
    }
    /* A model named in the path (Gemini) is client text like any other: admission checks it. */
    if (exchange->dialect->model_from_path != NULL
        && !exchange->dialect->model_from_path(exchange->arena, http_request_path(exchange->client),
                                               &exchange->request.model)) {
        gateway_reply_error(exchange->client, exchange->dialect, 400, "invalid_request_error", "invalid_model",
                            "model", "the model in the path is not validly percent-encoded");
        return false;
    }
    return true;
}

/* Parsed (or refused), the body's bytes are needed no more: everything read from them was
 * copied into the arena. A request held open holds only that. */
static bool read_request(struct exchange *exchange)
{
    bool parsed = parse_request(exchange);
    http_request_drop_body(exchange->client);
    return parsed;
}

/* The chain is known: size the attempts, name the route in the access record. */
static void note_chain(struct exchange *exchange)
{
    attempts_size(exchange);
    exchange->record.route = exchange->chain.route_name != NULL ? exchange->chain.route_name
                                                                : exchange->chain.targets[0].label;
}

/* ADMITTED → SCRUBBED. False after the client was answered. */
static bool scrub_admitted(struct exchange *exchange)
{
    exchange_move(exchange, EXCHANGE_ADMITTED);
    if (!scrub_exchange_request(exchange)) {
        return false;
    }
    exchange_move(exchange, EXCHANGE_SCRUBBED);
    return true;
}

static void on_admitted(void *context, enum admission_result result);

/* Cluster mode: the same steps, with rate limits and the budget asked of Redis. PENDING:
 * on_admitted goes on once it has answered; the exchange stays RECEIVED meanwhile. */
static enum admission_result prepare_shared(struct exchange *exchange)
{
    enum admission_result result = admission_admit_shared(&exchange->admission, &exchange->request,
                                                          http_request_body_length(exchange->client), &exchange->chain,
                                                          on_admitted, exchange);
    if (result == ADMISSION_REFUSED) {
        return result;
    }
    note_chain(exchange);
    if (result == ADMISSION_PENDING) {
        return result;
    }
    return scrub_admitted(exchange) ? ADMISSION_ADMITTED : ADMISSION_REFUSED;
}

/* RECEIVED → ADMITTED → SCRUBBED: parse, admit, route, reserve, scrub. REFUSED after the
 * client was answered. Whatever admission took (tokens, a budget reservation) is given
 * back by on_request_release, which exchange_start calls on every exit that does not
 * hold the request. */
static enum admission_result prepare_exchange(struct exchange *exchange)
{
    struct admission *admission = &exchange->admission;
    if (!read_request(exchange)) {
        return ADMISSION_REFUSED;
    }
    if (exchange->gateway->cluster != NULL) {
        return prepare_shared(exchange);
    }
    if (!admission_check(admission, &exchange->request, http_request_body_length(exchange->client),
                         &exchange->chain)) {
        return ADMISSION_REFUSED;
    }
    note_chain(exchange);
    if (!admission_reserve_budget(admission, &exchange->request, &exchange->chain)) {
        return ADMISSION_REFUSED;
    }
    return scrub_admitted(exchange) ? ADMISSION_ADMITTED : ADMISSION_REFUSED;
}

enum { EVENT_SCRATCH_BYTES = 2048 };

static void prepare_reply(struct exchange *exchange)
{
    struct arena *arena = exchange->arena;
    const struct client_dialect *dialect = exchange->dialect;
    /* Written from the answer's first event on: a request waiting for its provider holds
     * neither (the text sent so far is kept only where the route resumes). */
    buffer_init_lazy(&exchange->out, arena);
    if (exchange->chain.resume) {
        buffer_init(&exchange->attempts.continuation.sent_text, arena, 1024);
    } else {
        buffer_init_lazy(&exchange->attempts.continuation.sent_text, arena);
    }
    /* One small chunk, taken at the first event and kept, holds an ordinary event's
     * parse (yajl's own buffers live on the stack): events cost no malloc, and an open
     * stream holds 2 KiB for them, not a request-sized chunk. */
    arena_init(&exchange->scratch, EVENT_SCRATCH_BYTES);
    exchange->dialect_state = arena_calloc(arena, 1, dialect->stream_state_size + 1);
    text_join(exchange->reply_id, sizeof exchange->reply_id, dialect->id_prefix, http_request_id(exchange->client));
    exchange->reply.id = exchange->reply_id;
    exchange->reply.created = (long long)time(NULL);
    exchange->reply.include_usage = exchange->request.include_usage;
    exchange->reply.embedding_base64 = exchange->request.embedding_base64;
    exchange->reply.reasoning_hidden = exchange->request.reasoning_hidden;
    /* The chain's targets' own model name stands until a provider reports its own. */
    exchange_set_model(exchange, exchange->chain.targets[0].model);
    /* Every header has been read (key, route, scrub options): what the access log needs of
     * them is copied, and the rest goes before the request waits for its provider. */
    if (exchange->record.tags != NULL) {
        exchange->record.tags = arena_strndup(arena, exchange->record.tags, strlen(exchange->record.tags));
    }
    http_request_drop_headers(exchange->client);
}

static struct exchange *new_exchange(struct gateway *gateway, struct http_request *client,
                                     const struct client_dialect *dialect, const struct gateway_key *key)
{
    struct arena *arena = http_request_arena(client);
    struct exchange *exchange = arena_calloc(arena, 1, sizeof *exchange);
    exchange->phase = EXCHANGE_RECEIVED;
    exchange->gateway = gateway;
    exchange->client = client;
    exchange->arena = arena;
    exchange->dialect = dialect;
    exchange->generation = gateway->generation;
    exchange->config = gateway->generation->config;
    exchange->scrubber = gateway->generation->scrubber;
    exchange->admission = (struct admission){ .gateway = gateway, .config = exchange->config,
                                              .breakers = &gateway->generation->breakers, .client = client,
                                              .dialect = dialect, .key = key, .arena = arena };
    exchange->record = (struct access_record){ .dialect = dialect->name, .key_name = key ? key->name : NULL,
                                               .first_byte_ms = -1, .vault = &exchange->vault,
                                               .tags = http_request_header(client, "x-lethe-tags") };
    http_request_set_note(client, &exchange->record);
    return exchange;
}

/* The request waits on the loop (a provider, or Redis): counted in flight, its client
 * watched, released by the server once answered or gone. */
static void hold_exchange(struct exchange *exchange)
{
    struct gateway *gateway = exchange->gateway;
    gateway->in_flight++;
    note_in_flight(gateway);
    exchange->generation->users++;
    metrics_add(gateway->metrics, METRIC_GAUGE, "lethe_in_flight_requests", "", 1);
    exchange->counted_in_flight = true;
    struct http_async async = { .on_abort = on_client_abort, .on_drain = on_client_drained,
                                .on_release = on_request_release, .context = exchange };
    http_request_hold(exchange->client, &async);
}

/* Redis answered a pending admission (or timeout_ms passed). The request is held: an
 * answer sent from here is released by the server. Never called once the exchange was
 * released (admission_settle cancels the wait). */
static void on_admitted(void *context, enum admission_result result)
{
    struct exchange *exchange = context;
    if (exchange_is_over(exchange)) {
        return;                                      /* the client left meanwhile */
    }
    if (result != ADMISSION_ADMITTED || !scrub_admitted(exchange)) {
        exchange_move(exchange, EXCHANGE_DONE);      /* the refusal was the answer */
        return;
    }
    prepare_reply(exchange);
    exchange_move(exchange, EXCHANGE_ATTEMPTING);
    attempts_start(exchange);
}

void exchange_start(struct gateway *gateway, struct http_request *client, const struct client_dialect *dialect,
                    const struct gateway_key *key)
{
    struct exchange *exchange = new_exchange(gateway, client, dialect, key);
    enum admission_result admitted = prepare_exchange(exchange);
    if (admitted == ADMISSION_REFUSED) {
        exchange_move(exchange, EXCHANGE_DONE);      /* the refusal was the answer */
        on_request_release(exchange);
        return;
    }
    if (admitted == ADMISSION_PENDING) {
        hold_exchange(exchange);                     /* on_admitted goes on */
        return;
    }
    prepare_reply(exchange);
    exchange_move(exchange, EXCHANGE_ATTEMPTING);
    attempts_start(exchange);
    if (exchange_is_over(exchange)) {
        on_request_release(exchange);
        return;
    }
    hold_exchange(exchange);
}
