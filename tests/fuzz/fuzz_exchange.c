/* Fuzz target: one exchange (tests/unit/exchange_harness.h) on a route of several targets,
 * driven by events in the order the input says: provider bytes, statuses, completions and
 * errors for any live attempt, any pending timer firing, the client leaving or draining,
 * other workers moving the breakers. After the last event the client leaves, and the
 * invariants must hold: nothing live, no timer, the budget settled once, gauges at zero,
 * no probe kept. ASan and UBSan catch the rest.
 *
 * Input: four header bytes (targets, flags, retries and breaker policy, jitter seed),
 * then pairs (operation, argument). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/exchange_harness.h"

enum operation {
    OP_TEXT,
    OP_STREAM_END,
    OP_WHOLE_ANSWER,
    OP_ERROR_STATUS,
    OP_COMPLETE,
    OP_ERROR_EVENT,
    OP_GARBAGE,
    OP_FIRE_TIMER,
    OP_CLIENT_ABORT,
    OP_BACKLOG,
    OP_TURN,
    OP_SPLIT_TEXT,
    OP_OPEN_BREAKER,
    OP_TAKE_PROBE,
    OP_USAGE,
    OP_COUNT
};

static const char *const texts[] = { "Hel", "lo", "Hello", " world", "Hello world", "" };

static const char usage_chunk[] =
    "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[],"
    "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}\n\n";

static const char error_event[] = "data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\n";

static const int error_statuses[] = { 400, 401, 404, 408, 429, 500, 502, 503, 504, 302 };

static const enum upstream_outcome outcomes[] = {
    UPSTREAM_DONE, UPSTREAM_CONNECTION_LOST, UPSTREAM_TIMEOUT, UPSTREAM_FIRST_BYTE_TIMEOUT,
    UPSTREAM_CONNECT_FAILED, UPSTREAM_FAILED,
};

static const char *const content_types[] = { "text/event-stream", NULL, "application/json" };

static void fail(const char *message)
{
    fprintf(stderr, "exchange invariant broken: %s\n", message);
    abort();
}

/* Bytes in pieces of 1..7, each piece a separate delivery, as a slow provider sends them. */
static void deliver_split(struct harness *harness, struct upstream_transfer *transfer, const char *type,
                          const char *data, size_t len, size_t piece)
{
    for (size_t at = 0; at < len; at += piece) {
        size_t part = len - at < piece ? len - at : piece;
        harness_deliver(harness, transfer, 200, type, data + at, part);
    }
}

static void apply(struct harness *harness, enum operation operation, uint8_t argument, bool *probe_taken)
{
    size_t live = harness_live_count(harness);
    struct upstream_transfer *transfer = live > 0 ? harness_live(harness, argument % live) : NULL;
    char chunk[512];
    size_t len;
    switch (operation) {
    case OP_TEXT:
    case OP_SPLIT_TEXT:
        if (transfer != NULL) {
            len = harness_text_chunk(chunk, sizeof chunk, texts[(argument >> 4) % (sizeof texts / sizeof texts[0])]);
            const char *type = content_types[(argument >> 2) % 2];
            if (operation == OP_TEXT) {
                harness_deliver(harness, transfer, 200, type, chunk, len);
            } else {
                deliver_split(harness, transfer, type, chunk, len, 1 + argument % 7);
            }
        }
        return;
    case OP_STREAM_END:
        if (transfer != NULL) {
            harness_deliver(harness, transfer, 200, "text/event-stream", harness_stream_end,
                            strlen(harness_stream_end));
            if (argument & 0x80) {
                harness_complete(harness, transfer, UPSTREAM_DONE, 200, 0);
            }
        }
        return;
    case OP_WHOLE_ANSWER:
        if (transfer != NULL) {
            harness_deliver(harness, transfer, 200, content_types[2], harness_answer_json,
                            strlen(harness_answer_json));
            if (argument & 0x80) {
                harness_complete(harness, transfer, UPSTREAM_DONE, 200, 0);
            }
        }
        return;
    case OP_ERROR_STATUS:
        if (transfer != NULL) {
            int status = error_statuses[(argument >> 3) % (sizeof error_statuses / sizeof error_statuses[0])];
            static const char error_body[] = "{\"error\":{\"message\":\"no\"}}";
            harness_deliver(harness, transfer, status, "application/json", error_body, sizeof error_body - 1);
            harness_complete(harness, transfer, UPSTREAM_DONE, status, status == 429 ? 1000 * (argument & 3) : 0);
        }
        return;
    case OP_COMPLETE:
        if (transfer != NULL) {
            harness_complete(harness, transfer, outcomes[(argument >> 3) % (sizeof outcomes / sizeof outcomes[0])],
                             200, 0);
        }
        return;
    case OP_ERROR_EVENT:
        if (transfer != NULL) {
            harness_deliver(harness, transfer, 200, "text/event-stream", error_event, sizeof error_event - 1);
        }
        return;
    case OP_GARBAGE:
        if (transfer != NULL) {
            static const char garbage[] = "da\n\n{not json\n\ndata: {\"choices\":7}\n\n";
            size_t cut = 1 + (argument >> 3) % (sizeof garbage - 1);
            harness_deliver(harness, transfer, 200, content_types[(argument >> 2) % 2], garbage, cut);
        }
        return;
    case OP_FIRE_TIMER: {
        struct event *timers[HARNESS_MAX_TIMERS];
        size_t count = harness_timers(harness, timers, HARNESS_MAX_TIMERS);
        if (count > 0) {
            harness_fire_timer(harness, argument % count);
        }
        return;
    }
    case OP_CLIENT_ABORT:
        harness_client_abort(harness);
        return;
    case OP_BACKLOG:
        if (argument & 1) {
            harness_client_drain(harness);
        } else {
            harness_set_client_backlog(harness, 1 << 20);
        }
        return;
    case OP_TURN:
        harness_turn(harness);
        return;
    case OP_OPEN_BREAKER: {
        /* Another worker's failures open a target's breaker, due for a probe or not. */
        struct breaker *breaker = harness_breaker(harness, argument % HARNESS_MAX_TARGETS);
        long long when = breaker_now_ms() - ((argument & 0x80) ? 10 * 60000 : 0);
        for (int i = 0; i < 4 && breaker != NULL; i++) {
            breaker_failure(breaker, harness_breaker_policy(harness), when, 0);
        }
        return;
    }
    case OP_TAKE_PROBE: {
        /* Another worker takes target 0's probe (given back after the check). */
        struct breaker *breaker = harness_breaker(harness, 0);
        bool probe = false;
        if (!*probe_taken && breaker_allows(breaker, harness_breaker_policy(harness), breaker_now_ms(), &probe)
            && probe) {
            *probe_taken = true;
        }
        return;
    }
    case OP_USAGE:
        if (transfer != NULL) {
            harness_deliver(harness, transfer, 200, "text/event-stream", usage_chunk, sizeof usage_chunk - 1);
        }
        return;
    case OP_COUNT:
        return;
    }
}

/* libFuzzer's entry point: it declares it nowhere we could include. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4) {
        return 0;
    }
    struct harness_route route = {
        .targets = 1 + data[0] % 12,
        .hedge_ms = (data[1] & 1) ? 50 : 0,
        .resume = (data[1] & 2) != 0,
        .stream = (data[1] & 4) != 0,
        .idle_ms = (data[1] & 8) ? 1000 : 0,
        .budget = (data[1] & 16) == 0,
        .retries = data[2] % 3,
        .breaker_failures = 1 + (data[2] >> 2) % 3,
    };
    srandom(data[3]);
    struct harness *harness = harness_new(&route);
    if ((data[1] & 0x60) != 0) {
        /* Breakers as other workers left them: target 0 open (due or not), or every one. */
        size_t last = (data[1] & 0x60) == 0x60 ? route.targets : 1;
        long long when = breaker_now_ms() - ((data[1] & 0x20) ? 10 * 60000 : 0);
        for (size_t i = 0; i < last; i++) {
            for (int failure = 0; failure < 3; failure++) {
                breaker_failure(harness_breaker(harness, i), harness_breaker_policy(harness), when, 0);
            }
        }
    }
    harness_start(harness);
    bool probe_taken = false;
    for (size_t at = 4; at + 1 < size; at += 2) {
        apply(harness, (enum operation)(data[at] % OP_COUNT), data[at + 1], &probe_taken);
        const char *message;
        if (harness_violations(harness, &message) != 0) {
            fail(message);
        }
    }
    harness_client_abort(harness);
    harness_turn(harness);
    const char *message;
    if (harness_check(harness, probe_taken ? 0 : -1, &message) != 0) {
        fail(message);
    }
    if (probe_taken) {
        breaker_release(harness_breaker(harness, 0));
    }
    harness_free(harness);
    return 0;
}
