#include "proxy/exchange.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "providers/route.h"
#include "proxy/log.h"

enum {
    MAX_JSON_DEPTH = 64,
    MAX_ANSWER_BYTES = 32 << 20,        /* a whole (non-streamed) provider answer */
    MAX_ERROR_BODY_BYTES = 64 << 10,    /* an error answer: read for its status only */
    MAX_SSE_EVENT_BYTES = 4 << 20,
    /* Backpressure: stop reading the provider while this much waits for the client. */
    OUTPUT_HIGH_WATER = 256 << 10,
    OUTPUT_LOW_WATER = 64 << 10,
};

struct exchange {
    struct gateway *gateway;
    struct http_request *client;
    struct arena *arena;
    const struct client_dialect *dialect;
    struct canon_request request;
    struct chain chain;
    const struct route_target *target;
    unsigned attempts;
    struct upstream_transfer *transfer;
    struct buffer upstream_body;
    struct buffer url;

    bool streaming;            /* the provider answers with SSE we translate as it comes */
    bool committed;            /* the client's status and headers are out */
    bool saw_end;              /* the provider finished its stream properly */
    bool stream_failed;        /* an in-band error was sent: nothing more */
    bool counted_open;
    struct buffer answer;      /* a whole answer, or an error body */
    size_t answer_limit;
    struct sse_reader sse;
    void *wire_state;
    void *dialect_state;
    struct arena scratch;      /* one stream event's parse, wiped after each event */
    struct buffer out;         /* client bytes produced from one piece of the answer */
    struct reply_context reply;
    char reply_id[48];
    char model_name[128];
};

/* ---- answering the client ---- */

static void add_proxy_headers(struct exchange *exchange)
{
    char attempts[16];
    snprintf(attempts, sizeof attempts, "%u", exchange->attempts);
    http_add_header(exchange->client, "x-lethe-provider", exchange->target->label);
    http_add_header(exchange->client, "x-lethe-attempts", attempts);
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
    if (exchange->target != NULL) {
        add_proxy_headers(exchange);
    }
    gateway_reply_error(exchange->client, exchange->dialect, status, type, code, NULL, message);
}

static void commit_stream(struct exchange *exchange)
{
    if (exchange->committed) {
        return;
    }
    exchange->committed = true;
    add_proxy_headers(exchange);
    http_add_header(exchange->client, "Cache-Control", "no-cache");
    http_add_header(exchange->client, "X-Accel-Buffering", "no");
    http_stream_start(exchange->client, 200, "text/event-stream");
    exchange->gateway->open_streams++;
    exchange->counted_open = true;
}

static void end_stream(struct exchange *exchange)
{
    http_stream_end(exchange->client);
    if (exchange->counted_open) {
        exchange->gateway->open_streams--;
        exchange->counted_open = false;
    }
}

static void flush_out(struct exchange *exchange)
{
    if (exchange->out.len == 0) {
        return;
    }
    commit_stream(exchange);
    http_stream_write(exchange->client, exchange->out.data, exchange->out.len);
    buffer_reset(&exchange->out);
}

/* ---- canonical events -> client ---- */

static int on_canonical_event(void *context, const struct canon_event *event)
{
    struct exchange *exchange = context;
    if (exchange->stream_failed) {
        return 1;
    }
    if (event->type == EVENT_START && event->model.len && event->model.len < sizeof exchange->model_name) {
        memcpy(exchange->model_name, event->model.ptr, event->model.len);
        exchange->model_name[event->model.len] = '\0';
    }
    if (event->type == EVENT_END) {
        exchange->saw_end = true;
    }
    if (event->type == EVENT_ERROR) {
        exchange->stream_failed = true;
    }
    exchange->dialect->encode_stream_event(&exchange->out, exchange->dialect_state, event, &exchange->reply);
    return exchange->stream_failed || exchange->saw_end;
}

static void send_stream_error(struct exchange *exchange, int status, const char *message)
{
    struct canon_event error = { .type = EVENT_ERROR, .error_status = status,
                                 .text = slice_of(message, strlen(message)) };
    on_canonical_event(exchange, &error);
    flush_out(exchange);
    end_stream(exchange);
}

static int on_sse_event(void *context, const struct sse_event *event)
{
    struct exchange *exchange = context;
    int result = exchange->target->provider->type->wire->decode_stream_event(
        exchange->wire_state, &exchange->scratch, event, on_canonical_event, exchange);
    arena_clear(&exchange->scratch);
    return result;
}

/* A whole answer told as events: a provider that ignored "stream": true still gets
 * streamed to a client that asked for a stream. */
static void replay_response_as_events(struct exchange *exchange, const struct canon_response *response)
{
    struct canon_event event = { .type = EVENT_START, .id = response->id, .model = response->model };
    on_canonical_event(exchange, &event);
    if (response->text.len) {
        event = (struct canon_event){ .type = EVENT_TEXT, .text = response->text };
        on_canonical_event(exchange, &event);
    }
    for (size_t i = 0; i < response->tool_call_count; i++) {
        const struct canon_tool_call *call = &response->tool_calls[i];
        event = (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_index = (int)i, .tool_id = call->id,
                                      .tool_name = call->name, .tool_arguments = call->arguments };
        on_canonical_event(exchange, &event);
    }
    event = (struct canon_event){ .type = EVENT_FINISH,
                                  .finish = response->finish == FINISH_NONE ? FINISH_STOP : response->finish };
    on_canonical_event(exchange, &event);
    if (response->usage.present) {
        event = (struct canon_event){ .type = EVENT_USAGE, .usage = response->usage };
        on_canonical_event(exchange, &event);
    }
    event = (struct canon_event){ .type = EVENT_END };
    on_canonical_event(exchange, &event);
    flush_out(exchange);
    end_stream(exchange);
}

/* ---- the provider's answer ---- */

static bool is_event_stream(struct exchange *exchange)
{
    const char *type = upstream_content_type(exchange->transfer);
    return type != NULL && strncmp(type, "text/event-stream", 17) == 0;
}

static long on_upstream_body(void *context, int status, const char *data, size_t len)
{
    struct exchange *exchange = context;
    if (!exchange->streaming && exchange->answer.len == 0 && status >= 200 && status < 300
        && exchange->request.stream && is_event_stream(exchange)) {
        exchange->streaming = true;
    }
    if (!exchange->streaming) {
        size_t limit = status >= 200 && status < 300 ? MAX_ANSWER_BYTES : MAX_ERROR_BODY_BYTES;
        if (exchange->answer.len + len > limit) {
            /* An error body is only read for its status; a too-large answer is refused. */
            return status >= 200 && status < 300 ? 0 : (long)len;
        }
        buffer_append(&exchange->answer, data, len);
        return (long)len;
    }
    if (exchange->committed && http_pending_output(exchange->client) > OUTPUT_HIGH_WATER) {
        http_watch_drain(exchange->client, OUTPUT_LOW_WATER);
        return UPSTREAM_PAUSE;
    }
    int result = sse_reader_feed(&exchange->sse, data, len, on_sse_event, exchange);
    flush_out(exchange);
    if (result < 0 && !exchange->stream_failed) {
        /* Garbage where events should be: the answer cannot be trusted from here on. */
        commit_stream(exchange);
        send_stream_error(exchange, 502, "the provider sent an invalid stream");
    } else if (exchange->stream_failed) {
        end_stream(exchange);
    } else {
        return (long)len;
    }
    /* The client's answer is over. Cancel now (from inside the callback this only marks
     * the transfer) so no completion runs after the request, and this exchange, is gone. */
    upstream_cancel(exchange->transfer);
    exchange->transfer = NULL;
    return 0;
}

static void on_client_drained(void *context)
{
    struct exchange *exchange = context;
    upstream_resume(exchange->transfer);
}

static void finish_streamed(struct exchange *exchange, const struct upstream_result *result)
{
    const struct wire_format *wire = exchange->target->provider->type->wire;
    if (!exchange->saw_end && result->outcome == UPSTREAM_DONE && wire->finish_stream != NULL
        && !sse_reader_has_partial(&exchange->sse)) {
        wire->finish_stream(exchange->wire_state, on_canonical_event, exchange);
    }
    if (exchange->saw_end) {
        flush_out(exchange);
        end_stream(exchange);
        return;
    }
    /* No end marker: the provider died or was cut mid-answer. Never pass that off as a
     * complete answer; say so in-band if the stream has begun, with a 502 if not. */
    if (!exchange->committed) {
        fail_exchange(exchange, 502, "bad_gateway", "upstream_error",
                      "provider '%s' (%s) ended its stream before any answer: %s",
                      exchange->target->provider->name, exchange->target->label,
                      result->outcome == UPSTREAM_DONE ? "stream incomplete" : result->reason);
        return;
    }
    char message[160];
    snprintf(message, sizeof message, "provider '%s' stream ended before the answer was complete: %s",
             exchange->target->provider->name,
             result->outcome == UPSTREAM_DONE ? "stream incomplete" : result->reason);
    send_stream_error(exchange, 502, message);
}

static void finish_whole(struct exchange *exchange)
{
    const struct wire_format *wire = exchange->target->provider->type->wire;
    struct canon_response response;
    struct format_error error;
    if (!wire->decode_response(exchange->arena, exchange->answer.data, exchange->answer.len, &response, &error)) {
        fail_exchange(exchange, 502, "bad_gateway", "upstream_error", "provider '%s' (%s): %s",
                      exchange->target->provider->name, exchange->target->label, error.message);
        return;
    }
    if (response.model.len && response.model.len < sizeof exchange->model_name) {
        memcpy(exchange->model_name, response.model.ptr, response.model.len);
        exchange->model_name[response.model.len] = '\0';
    }
    if (exchange->request.stream) {
        replay_response_as_events(exchange, &response);
        return;
    }
    struct buffer body;
    buffer_init(&body, exchange->arena, exchange->answer.len + 512);
    exchange->dialect->encode_response(&body, &response, &exchange->reply);
    add_proxy_headers(exchange);
    http_reply(exchange->client, 200, "application/json", body.data, body.len);
}

/* The provider answered with an HTTP error. Request errors go back to the client as
 * they are (another provider would refuse them too); everything else is the gateway's
 * failure to get an answer: 502 with the provider and why. Never the provider's
 * message text: it can quote the prompt. */
static void finish_with_provider_error(struct exchange *exchange, int status)
{
    const char *provider = exchange->target->provider->name;
    const char *label = exchange->target->label;
    if (status == 400 || status == 404 || status == 413 || status == 422) {
        fail_exchange(exchange, status, "invalid_request_error", "upstream_refused",
                      "provider '%s' (%s) refused the request with HTTP %d", provider, label, status);
        return;
    }
    fail_exchange(exchange, 502, "bad_gateway", "upstream_error",
                  "provider '%s' (%s) failed: HTTP %d", provider, label, status);
}

static void on_upstream_complete(void *context, const struct upstream_result *result)
{
    struct exchange *exchange = context;
    exchange->transfer = NULL;
    if (exchange->streaming) {
        finish_streamed(exchange, result);
        return;
    }
    if (result->outcome == UPSTREAM_DONE && result->status >= 200 && result->status < 300) {
        finish_whole(exchange);
        return;
    }
    if (result->outcome == UPSTREAM_DONE) {
        finish_with_provider_error(exchange, result->status);
        return;
    }
    bool timed_out = result->outcome == UPSTREAM_TIMEOUT || result->outcome == UPSTREAM_FIRST_BYTE_TIMEOUT;
    fail_exchange(exchange, timed_out ? 504 : 502, timed_out ? "timeout_error" : "bad_gateway",
                  "upstream_error", "provider '%s' (%s) failed: %s",
                  exchange->target->provider->name, exchange->target->label, result->reason);
}

static void on_client_abort(void *context)
{
    struct exchange *exchange = context;
    /* The client is gone: stop the provider at once, so its connection and its tokens
     * are not spent on nobody. */
    upstream_cancel(exchange->transfer);
    exchange->transfer = NULL;
    if (exchange->counted_open) {
        exchange->gateway->open_streams--;
        exchange->counted_open = false;
    }
}

static void on_request_release(void *context)
{
    struct exchange *exchange = context;
    arena_release(&exchange->scratch);
}

/* ---- starting ---- */

static bool start_attempt(struct exchange *exchange, const struct route_target *target)
{
    const struct wire_format *wire = target->provider->type->wire;
    struct format_error error;
    exchange->target = target;
    exchange->attempts++;
    buffer_reset(&exchange->upstream_body);
    buffer_reset(&exchange->url);
    if (!wire->encode_request(&exchange->upstream_body, &exchange->request, slice_of(target->model, strlen(target->model)),
                              &error)) {
        fail_exchange(exchange, error.status, error.type, error.code, "%s", error.message);
        return false;
    }
    wire->build_url(&exchange->url, target->provider->base_url, slice_of(target->model, strlen(target->model)),
                    exchange->request.stream);
    exchange->wire_state = arena_calloc(exchange->arena, 1, wire->stream_state_size + 1);
    snprintf(exchange->model_name, sizeof exchange->model_name, "%s", target->model);
    struct upstream_request upstream_request = {
        .url = exchange->url.data,
        .headers = target->provider->headers,
        .body = exchange->upstream_body.data,
        .body_len = exchange->upstream_body.len,
        .timeout_ms = target->timeout_ms,
        .first_byte_ms = target->first_byte_ms,
        .connect_timeout_ms = ROUTE_DEFAULT_CONNECT_TIMEOUT_MS,
    };
    static const struct upstream_callbacks callbacks = {
        .on_body = on_upstream_body,
        .on_complete = on_upstream_complete,
    };
    exchange->transfer = upstream_start(exchange->gateway->upstream, &upstream_request, &callbacks, exchange);
    if (exchange->transfer == NULL) {
        fail_exchange(exchange, 502, "bad_gateway", "upstream_error", "provider '%s' (%s): cannot start a transfer",
                      target->provider->name, target->label);
        return false;
    }
    return true;
}

void exchange_start(struct gateway *gateway, struct http_request *client, const struct client_dialect *dialect)
{
    struct arena *arena = http_request_arena(client);
    struct exchange *exchange = arena_calloc(arena, 1, sizeof *exchange);
    exchange->gateway = gateway;
    exchange->client = client;
    exchange->arena = arena;
    exchange->dialect = dialect;

    struct slice body = http_request_body(client);
    struct json_error json_error;
    struct json_value *root = json_parse(arena, body.ptr, body.len, MAX_JSON_DEPTH, &json_error);
    if (root == NULL) {
        gateway_reply_error(client, dialect, 400, "invalid_request_error", "invalid_json", NULL, json_error.message);
        return;
    }
    struct format_error error;
    if (!dialect->decode_request(arena, root, &exchange->request, &error)) {
        gateway_reply_error(client, dialect, error.status, error.type, error.code, error.param, error.message);
        return;
    }
    if (!route_resolve(&gateway->config->table, arena, exchange->request.model, &exchange->chain)) {
        gateway_reply_error(client, dialect, 404, "invalid_request_error", "model_not_found", "model",
                            "the model is neither a configured route nor provider/model of a configured provider");
        return;
    }
    buffer_init(&exchange->upstream_body, arena, body.len + 256);
    buffer_init(&exchange->url, arena, 128);
    buffer_init(&exchange->answer, arena, exchange->request.stream ? 256 : 4096);
    buffer_init(&exchange->out, arena, 1024);
    sse_reader_init(&exchange->sse, arena, MAX_SSE_EVENT_BYTES);
    /* One recycled chunk holds any event's parse, so events cost no malloc. */
    arena_init(&exchange->scratch, ARENA_REQUEST_CHUNK);
    exchange->dialect_state = arena_calloc(arena, 1, dialect->stream_state_size + 1);
    snprintf(exchange->reply_id, sizeof exchange->reply_id, "%s%s", dialect->id_prefix, http_request_id(client));
    exchange->reply.id = exchange->reply_id;
    exchange->reply.model = exchange->model_name;
    exchange->reply.created = (long long)time(NULL);
    exchange->reply.include_usage = exchange->request.include_usage;

    /* Only the first target for now: walking the chain is the fallback's job. */
    if (!start_attempt(exchange, &exchange->chain.targets[0])) {
        arena_release(&exchange->scratch);
        return;
    }
    struct http_async async = { .on_abort = on_client_abort, .on_drain = on_client_drained,
                                .on_release = on_request_release, .context = exchange };
    http_request_hold(client, &async);
}
