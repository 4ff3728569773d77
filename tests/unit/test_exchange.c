/* One exchange driven step by step (tests/unit/exchange_harness.h): hedging many targets,
 * retry, resume and a continuation that fails too, breaker probe ownership, and a client
 * that leaves in every phase. After each: nothing live, no timer, the budget settled once,
 * the gauges at zero (and, under ASan, no leak and no use after free). */
#include "tests/unit/unit.h"

#include <event2/event.h>

#include "tests/unit/exchange_harness.h"

static long send_text(struct harness *harness, struct upstream_transfer *transfer, const char *text)
{
    char chunk[512];
    size_t len = harness_text_chunk(chunk, sizeof chunk, text);
    return harness_deliver(harness, transfer, 200, "text/event-stream", chunk, len);
}

static void send_end(struct harness *harness, struct upstream_transfer *transfer)
{
    harness_deliver(harness, transfer, 200, "text/event-stream", harness_stream_end, strlen(harness_stream_end));
    harness_complete(harness, transfer, UPSTREAM_DONE, 200, 0);
}

static void expect_clean(struct harness *harness, long probe_held_elsewhere)
{
    const char *message;
    if (harness_check(harness, probe_held_elsewhere, &message) != 0) {
        fail_msg("%s", message);
    }
}

static bool output_has(struct harness *harness, const char *text)
{
    size_t len;
    const char *output = harness_client_output(harness, &len);
    return strstr(output, text) != NULL;
}

static size_t count_in_output(struct harness *harness, const char *text)
{
    size_t len, count = 0;
    const char *output = harness_client_output(harness, &len);
    for (const char *at = strstr(output, text); at != NULL; at = strstr(at + 1, text)) {
        count++;
    }
    return count;
}

/* A hedged route races one more target each time the hedge timer fires: twelve at once,
 * past the fixed set of eight there once was. The eighth to start wins; the rest stop. */
static void hedge_with_many_targets(void **state)
{
    (void)state;
    struct harness_route route = { .targets = 12, .hedge_ms = 50, .stream = true, .budget = true };
    struct harness *harness = harness_new(&route);
    harness_start(harness);
    assert_int_equal(harness_live_count(harness), 1);
    for (size_t i = 1; i < 12; i++) {
        assert_true(harness_fire_timer(harness, 0));
        assert_int_equal(harness_live_count(harness), i + 1);
    }
    struct event *timers[HARNESS_MAX_TIMERS];
    assert_int_equal(harness_timers(harness, timers, HARNESS_MAX_TIMERS), 0);   /* no target left to hedge */
    assert_non_null(strstr(harness_transfer_url(harness_transfer(harness, 7)), "/chat/completions"));
    assert_non_null(strstr(harness_transfer_body(harness_transfer(harness, 7)), "\"m7\""));
    send_text(harness, harness_transfer(harness, 7), "hello");
    assert_int_equal(harness_live_count(harness), 1);                   /* the winner alone */
    send_end(harness, harness_transfer(harness, 7));
    harness_turn(harness);
    assert_true(harness_request_over(harness));
    assert_int_equal(harness_client_status(harness), 200);
    assert_string_equal(harness_client_header(harness, "x-lethe-provider"), "p/m7");
    assert_string_equal(harness_client_header(harness, "x-lethe-attempts"), "12");
    assert_true(output_has(harness, "hello") && output_has(harness, "[DONE]"));
    expect_clean(harness, -1);
    harness_free(harness);
}

/* A 503 is worth another try of the same target after a backoff the harness fires. */
static void retry_after_a_retryable_failure(void **state)
{
    (void)state;
    struct harness_route route = { .targets = 2, .retries = 1, .budget = true };
    struct harness *harness = harness_new(&route);
    harness_start(harness);
    harness_complete(harness, harness_transfer(harness, 0), UPSTREAM_DONE, 503, 0);
    assert_int_equal(harness_live_count(harness), 0);
    struct event *timers[HARNESS_MAX_TIMERS];
    assert_int_equal(harness_timers(harness, timers, HARNESS_MAX_TIMERS), 1);   /* the backoff */
    assert_true(harness_fire_timer(harness, 0));
    assert_int_equal(harness_transfer_count(harness), 2);
    assert_non_null(strstr(harness_transfer_body(harness_transfer(harness, 1)), "\"m0\""));   /* same target */
    harness_deliver(harness, harness_transfer(harness, 1), 200, "application/json", harness_answer_json,
                    strlen(harness_answer_json));
    harness_complete(harness, harness_transfer(harness, 1), UPSTREAM_DONE, 200, 0);
    harness_turn(harness);
    assert_int_equal(harness_client_status(harness), 200);
    assert_string_equal(harness_client_header(harness, "x-lethe-attempts"), "2");
    assert_string_equal(harness_client_header(harness, "x-lethe-provider"), "p/m0");
    assert_true(output_has(harness, "hello"));
    expect_clean(harness, -1);
    harness_free(harness);
}

/* A streamed request on a resume route of `targets` targets, started; the first attempt
 * sent "Hel", then ended with `outcome`. */
static struct harness *cut_after_hel(size_t targets, enum upstream_outcome outcome)
{
    struct harness_route route = { .targets = targets, .resume = true, .stream = true, .budget = true };
    struct harness *harness = harness_new(&route);
    harness_start(harness);
    send_text(harness, harness_transfer(harness, 0), "Hel");
    harness_complete(harness, harness_transfer(harness, 0), outcome, 0, 0);
    return harness;
}

/* Cut after "Hel": the next target continues from the text the client has, and what it
 * repeats of it is dropped, so the client reads "Hello world" once. */
static void resume_after_a_mid_stream_failure(void **state)
{
    (void)state;
    struct harness *harness = cut_after_hel(2, UPSTREAM_CONNECTION_LOST);
    assert_int_equal(harness_transfer_count(harness), 2);
    const char *continuation = harness_transfer_body(harness_transfer(harness, 1));
    assert_non_null(strstr(continuation, "\"m1\""));
    assert_non_null(strstr(continuation, "\"assistant\""));
    send_text(harness, harness_transfer(harness, 1), "Hello");
    send_text(harness, harness_transfer(harness, 1), " world");
    send_end(harness, harness_transfer(harness, 1));
    harness_turn(harness);
    assert_true(harness_request_over(harness));
    assert_int_equal(harness_client_status(harness), 200);
    assert_int_equal(count_in_output(harness, "Hel"), 1);
    assert_true(output_has(harness, "lo") && output_has(harness, " world") && output_has(harness, "[DONE]"));
    assert_false(output_has(harness, "\"error\""));
    expect_clean(harness, -1);
    harness_free(harness);
}

/* The continuation fails too: first before a byte (the chain walks on), then the last one
 * mid-stream. The answer stays cut and says so in-band; nothing is left running. */
static void a_continuation_that_also_fails(void **state)
{
    (void)state;
    struct harness *harness = cut_after_hel(3, UPSTREAM_CONNECTION_LOST);
    harness_complete(harness, harness_transfer(harness, 1), UPSTREAM_CONNECT_FAILED, 0, 0);
    assert_int_equal(harness_transfer_count(harness), 3);
    send_text(harness, harness_transfer(harness, 2), "lo");
    harness_complete(harness, harness_transfer(harness, 2), UPSTREAM_CONNECTION_LOST, 0, 0);
    harness_turn(harness);
    assert_true(harness_request_over(harness));
    assert_int_equal(harness_client_status(harness), 200);
    assert_true(output_has(harness, "Hel") && output_has(harness, "lo"));
    assert_true(output_has(harness, "error"));
    assert_false(output_has(harness, "[DONE]"));
    expect_clean(harness, -1);
    harness_free(harness);

    /* The same with a streamed error event from the continuation instead of a cut. */
    harness = cut_after_hel(2, UPSTREAM_TIMEOUT);
    send_text(harness, harness_transfer(harness, 1), "Hello");
    static const char error_event[] = "data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}\n\n";
    harness_deliver(harness, harness_transfer(harness, 1), 200, "text/event-stream", error_event,
                    sizeof error_event - 1);
    harness_turn(harness);
    assert_true(harness_request_over(harness));
    assert_true(output_has(harness, "error"));
    expect_clean(harness, -1);
    harness_free(harness);
}

/* A continuation refused with a 4xx is no verdict on the client's request (a provider took
 * it): the stream's status is out, so the answer ends in-band, never with a second reply. */
static void a_continuation_refused_after_the_stream_began(void **state)
{
    (void)state;
    struct harness *harness = cut_after_hel(2, UPSTREAM_CONNECTION_LOST);
    static const char refusal[] = "{\"error\":{\"message\":\"bad prefill\"}}";
    harness_deliver(harness, harness_transfer(harness, 1), 400, "application/json", refusal, sizeof refusal - 1);
    harness_complete(harness, harness_transfer(harness, 1), UPSTREAM_DONE, 400, 0);
    harness_turn(harness);
    const char *message;
    if (harness_violations(harness, &message) != 0) {
        fail_msg("%s", message);          /* before the fix: "http_reply 400 after the stream began" */
    }
    assert_true(harness_request_over(harness));
    assert_int_equal(harness_client_status(harness), 200);
    assert_true(output_has(harness, "Hel") && output_has(harness, "error"));
    expect_clean(harness, -1);
    harness_free(harness);
}

/* Open the breaker of target `target` long enough ago that it is due for a probe. */
static void open_and_due(struct harness *harness, size_t target)
{
    struct breaker *breaker = harness_breaker(harness, target);
    for (int failure = 0; failure < 1000 && breaker_state(breaker) != BREAKER_OPEN; failure++) {
        breaker_failure(breaker, harness_breaker_policy(harness), breaker_now_ms() - 10 * 60000, 0);
    }
    assert_int_equal(breaker_state(breaker), BREAKER_OPEN);
    assert_false(breaker_is_open(breaker, breaker_now_ms()));
}

static void breaker_probe_ownership(void **state)
{
    (void)state;
    struct harness_route route = { .targets = 2, .breaker_failures = 1, .budget = true };

    /* The exchange's attempt is the probe: its success closes the breaker. */
    struct harness *harness = harness_new(&route);
    struct breaker *breaker = harness_breaker(harness, 0);
    open_and_due(harness, 0);
    harness_start(harness);
    assert_true(breaker->probe_in_flight);
    bool probe;
    assert_false(breaker_allows(breaker, harness_breaker_policy(harness), breaker_now_ms(), &probe));
    harness_deliver(harness, harness_transfer(harness, 0), 200, "application/json", harness_answer_json,
                    strlen(harness_answer_json));
    harness_complete(harness, harness_transfer(harness, 0), UPSTREAM_DONE, 200, 0);
    harness_turn(harness);
    assert_int_equal(breaker_state(breaker), BREAKER_CLOSED);
    expect_clean(harness, -1);
    harness_free(harness);

    /* An attempt that began while the breaker was closed is not the probe: when it fails
     * after another worker took the probe, the breaker stays as the probe left it. */
    harness = harness_new(&route);
    breaker = harness_breaker(harness, 0);
    harness_start(harness);
    open_and_due(harness, 0);
    assert_true(breaker_allows(breaker, harness_breaker_policy(harness), breaker_now_ms(), &probe));
    assert_true(probe);
    assert_int_equal(breaker_state(breaker), BREAKER_HALF_OPEN);
    long long open_until = breaker->open_until_ms;
    long cooldown = breaker->cooldown_ms;
    harness_complete(harness, harness_transfer(harness, 0), UPSTREAM_DONE, 503, 0);
    assert_int_equal(breaker_state(breaker), BREAKER_HALF_OPEN);
    assert_true(breaker->probe_in_flight);
    assert_true(breaker->open_until_ms == open_until && breaker->cooldown_ms == cooldown);
    harness_deliver(harness, harness_transfer(harness, 1), 200, "application/json", harness_answer_json,
                    strlen(harness_answer_json));
    harness_complete(harness, harness_transfer(harness, 1), UPSTREAM_DONE, 200, 0);
    harness_turn(harness);
    assert_string_equal(harness_client_header(harness, "x-lethe-provider"), "p/m1");
    expect_clean(harness, 0);
    breaker_release(breaker);
    harness_free(harness);

    /* The probe's holder leaves without a verdict: the probe is given back, nothing counted. */
    harness = harness_new(&route);
    breaker = harness_breaker(harness, 0);
    open_and_due(harness, 0);
    harness_start(harness);
    assert_true(breaker->probe_in_flight);
    int failures = breaker->consecutive_failures;
    harness_client_abort(harness);
    harness_turn(harness);
    assert_false(breaker->probe_in_flight);
    assert_int_equal(breaker->consecutive_failures, failures);
    expect_clean(harness, -1);
    harness_free(harness);

    /* The probe fails: it reopens the breaker, so its retry is not let through; the chain
     * walks on. */
    route.retries = 1;
    harness = harness_new(&route);
    breaker = harness_breaker(harness, 0);
    open_and_due(harness, 0);
    harness_start(harness);
    harness_complete(harness, harness_transfer(harness, 0), UPSTREAM_DONE, 503, 0);
    assert_int_equal(breaker_state(breaker), BREAKER_OPEN);
    assert_true(breaker_is_open(breaker, breaker_now_ms()));
    assert_false(breaker->probe_in_flight);
    assert_int_equal(harness_transfer_count(harness), 2);
    assert_non_null(strstr(harness_transfer_body(harness_transfer(harness, 1)), "\"m1\""));
    harness_client_abort(harness);
    harness_turn(harness);
    expect_clean(harness, -1);
    harness_free(harness);
}

/* ---- the client leaves, in every phase ---- */

enum phase {
    PHASE_NO_ATTEMPT,          /* every breaker open: answered before any attempt */
    PHASE_FIRST_ATTEMPT,       /* one attempt live, nothing answered */
    PHASE_HEDGED,              /* three attempts racing */
    PHASE_RETRY_PENDING,       /* a failed try waits for its backoff timer */
    PHASE_RETRY_PENDING_PROBE, /* ... and that retry holds its breaker's probe */
    PHASE_MID_STREAM,          /* part of the answer is out */
    PHASE_PAUSED,              /* ... and the provider is paused for a slow client */
    PHASE_RESUMING,            /* a continuation is live after a cut */
    PHASE_FINISHED,            /* the answer is complete */
    PHASE_COUNT
};

static struct harness *reach_phase(enum phase phase)
{
    struct harness_route route = { .targets = 3, .stream = true, .budget = true, .idle_ms = 5000 };
    if (phase == PHASE_HEDGED) {
        route.hedge_ms = 50;
    }
    if (phase == PHASE_RETRY_PENDING || phase == PHASE_RETRY_PENDING_PROBE) {
        route.retries = 2;
    }
    if (phase == PHASE_RESUMING) {
        route.resume = true;
    }
    route.breaker_failures = 1000;
    struct harness *harness = harness_new(&route);
    if (phase == PHASE_NO_ATTEMPT) {
        for (size_t i = 0; i < route.targets; i++) {
            for (int failure = 0; failure < 1000; failure++) {
                breaker_failure(harness_breaker(harness, i), harness_breaker_policy(harness), breaker_now_ms(), 0);
            }
        }
    }
    harness_start(harness);
    struct upstream_transfer *first = harness_transfer(harness, 0);
    switch (phase) {
    case PHASE_NO_ATTEMPT:
        assert_int_equal(harness_transfer_count(harness), 0);
        assert_int_equal(harness_client_status(harness), 503);
        break;
    case PHASE_FIRST_ATTEMPT:
        break;
    case PHASE_HEDGED:
        assert_true(harness_fire_timer(harness, 0));
        assert_true(harness_fire_timer(harness, 0));
        assert_int_equal(harness_live_count(harness), 3);
        break;
    case PHASE_RETRY_PENDING:
    case PHASE_RETRY_PENDING_PROBE:
        if (phase == PHASE_RETRY_PENDING_PROBE) {
            /* Other workers opened the breaker while this try ran, and it is due: the try's
             * failure is not the probe's, and its retry takes the probe. */
            open_and_due(harness, 0);
        }
        harness_complete(harness, first, UPSTREAM_DONE, 500, 0);
        assert_int_equal(harness_live_count(harness), 0);
        assert_int_equal(harness_breaker(harness, 0)->probe_in_flight, phase == PHASE_RETRY_PENDING_PROBE);
        break;
    case PHASE_MID_STREAM:
        send_text(harness, first, "Hel");
        break;
    case PHASE_PAUSED:
        send_text(harness, first, "Hel");
        harness_set_client_backlog(harness, 1 << 20);
        assert_int_equal(send_text(harness, first, "lo"), UPSTREAM_PAUSE);
        break;
    case PHASE_RESUMING:
        send_text(harness, first, "Hel");
        harness_complete(harness, first, UPSTREAM_CONNECTION_LOST, 0, 0);
        assert_int_equal(harness_live_count(harness), 1);
        break;
    case PHASE_FINISHED:
        send_text(harness, first, "Hello");
        send_end(harness, first);
        assert_int_equal(harness_client_status(harness), 200);
        break;
    case PHASE_COUNT:
        break;
    }
    return harness;
}

static void cancellation_in_every_phase(void **state)
{
    (void)state;
    for (enum phase phase = 0; phase < PHASE_COUNT; phase++) {
        struct harness *harness = reach_phase(phase);
        harness_client_abort(harness);
        harness_turn(harness);
        assert_true(harness_request_over(harness));
        /* Whatever the provider does next reaches nobody. */
        for (size_t i = 0; i < harness_transfer_count(harness); i++) {
            send_text(harness, harness_transfer(harness, i), "late");
            harness_complete(harness, harness_transfer(harness, i), UPSTREAM_DONE, 200, 0);
        }
        const char *message;
        if (harness_check(harness, -1, &message) != 0) {
            fail_msg("phase %d: %s", (int)phase, message);
        }
        harness_free(harness);
    }
}

/* A slow client pauses the provider; its drain resumes it, and the held bytes arrive. */
static void backpressure_pauses_and_resumes(void **state)
{
    (void)state;
    struct harness_route route = { .targets = 1, .stream = true, .budget = true };
    struct harness *harness = harness_new(&route);
    harness_start(harness);
    struct upstream_transfer *transfer = harness_transfer(harness, 0);
    send_text(harness, transfer, "Hel");
    harness_set_client_backlog(harness, 1 << 20);
    assert_int_equal(send_text(harness, transfer, "lo"), UPSTREAM_PAUSE);
    assert_false(output_has(harness, "\"lo\""));
    harness_client_drain(harness);
    harness_turn(harness);
    assert_true(output_has(harness, "\"lo\""));
    send_end(harness, transfer);
    harness_turn(harness);
    assert_true(harness_request_over(harness));
    expect_clean(harness, -1);
    harness_free(harness);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hedge_with_many_targets),
        cmocka_unit_test(retry_after_a_retryable_failure),
        cmocka_unit_test(resume_after_a_mid_stream_failure),
        cmocka_unit_test(a_continuation_that_also_fails),
        cmocka_unit_test(a_continuation_refused_after_the_stream_began),
        cmocka_unit_test(breaker_probe_ownership),
        cmocka_unit_test(cancellation_in_every_phase),
        cmocka_unit_test(backpressure_pauses_and_resumes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
