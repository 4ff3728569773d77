#!/usr/bin/env python3
"""The fallback chain, through the contract: which failures move on and which go back,
deadlines with timing bounds, in-band errors once output began, retries, hedging (the
loser's connection closed), heartbeats, continuation, the breaker and /readyz, and a
property test over random failure schedules: never duplicated, reordered or trailing text."""
import json
import os
import random
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, SSEReader, Suite, dead_port, established_with_port, expect,  # noqa: E402
                     expect_eq, free_port, open_stream, openai_stream_parts, request, wait_until)

TEXT = "The quick brown fox jumps over the lazy dog, 東京 edition."


def provider(name, mock, kind="openai"):
    suffix = "/v1beta" if kind == "gemini" else "/v1"
    return {"name": name, "type": kind, "base_url": "http://%s:%d%s" % (LOOPBACK, mock.port, suffix), "api_key": "k-" + name}


def chat_body(model, stream=False, text=TEXT):
    body = {"model": model, "messages": [{"role": "user", "content": text}]}
    if stream:
        body["stream"] = True
    return body


def post(port, model, stream=False, path="/v1/chat/completions", body=None):
    return request(port, "POST", path, body or chat_body(model, stream), timeout=20)


def read_stream(port, model, text=TEXT):
    """Returns (status, headers, text, done, error, comments) of a streamed answer."""
    conn, resp = open_stream(port, chat_body(model, True, text), timeout=20)
    try:
        if resp.status != 200:
            return resp.status, dict(resp.getheaders()), "", False, resp.read(), 0
        headers = {k.lower(): v for k, v in resp.getheaders()}
        raw = resp.read().decode()
    finally:
        conn.close()
    content, done, error = openai_stream_parts(raw, forbid_data_after_error=True)
    return 200, headers, content, done, error, raw.count(": keep-alive")


def counts(*mocks):
    return [m.requests() for m in mocks]


def reset(*mocks):
    for m in mocks:
        m.reset()


def check_503_moves_on(gw, a, b):
    a.configure(status=503)
    r = post(gw.port, "ab")
    expect_eq(r.status, 200, "status")
    expect_eq(r.header("x-lethe-provider"), "b/m", "x-lethe-provider")
    expect_eq(r.header("x-lethe-attempts"), "2", "x-lethe-attempts")
    expect_eq(r.json()["choices"][0]["message"]["content"], TEXT, "answer")


def check_400_goes_back(gw, a, b):
    a.configure(status=400)
    before = b.requests()
    r = post(gw.port, "ab")
    expect_eq(r.status, 400, "status")
    expect_eq(b.requests(), before, "requests reaching the second target")


def check_401_moves_on(gw, a, b):
    a.configure(status=401)
    r = post(gw.port, "ab")
    expect_eq((r.status, r.header("x-lethe-provider")), (200, "b/m"), "status and provider")


def check_refused_moves_on(gw):
    r = post(gw.port, "dead-b")
    expect_eq((r.status, r.header("x-lethe-provider")), (200, "b/m"), "status and provider")


def check_timeout_moves_on(gw, a):
    a.configure(latency_ms=3000)
    started = time.monotonic()
    r = post(gw.port, "slow")
    elapsed = time.monotonic() - started
    expect_eq((r.status, r.header("x-lethe-provider")), (200, "b/m"), "status and provider")
    expect(elapsed < 0.3 + 1.0, "took %.2f s with a 300 ms timeout" % elapsed)


def check_first_byte_deadline(gw, a):
    a.configure(first_byte_ms=5000)
    started = time.monotonic()
    conn, resp = open_stream(gw.port, chat_body("first-byte", True), timeout=10)
    try:
        reader = SSEReader(resp)
        first = None
        for event in reader:
            if b'"content"' in event.data and b'"content":""' not in event.data:
                first = time.monotonic() - started
                break
    finally:
        conn.close()
    expect(first is not None, "no content arrived")
    expect(first < 0.5, "first content after %.3f s with first_byte_ms 300" % first)


def check_cut_stream_stops_chain(gw, a, b):
    a.configure(drop_after=3, chunk_bytes=4)
    before = b.requests()
    status, _, text, done, error, _ = read_stream(gw.port, "ab")
    expect_eq(status, 200, "status")
    expect(error is not None and not done, "a cut stream must end with an error event and no [DONE]", text)
    expect(TEXT.startswith(text), "text is not a prefix of the answer: %r" % text)
    expect_eq(b.requests(), before, "requests reaching the second target after output began")


def check_garbage_moves_on(gw, a):
    a.configure(garbage=True)
    status, headers, text, done, error, _ = read_stream(gw.port, "ab")
    expect_eq((status, text, done, error), (200, TEXT, True, None), "answer from the second target")
    expect_eq(headers.get("x-lethe-provider"), "b/m", "x-lethe-provider")


def check_all_failed(gw, a, b):
    a.configure(status=500)
    b.configure(status=503, retry_after="7")
    r = post(gw.port, "ab")
    expect_eq(r.status, 503, "status")
    expect_eq(r.header("x-should-retry"), "false", "x-should-retry")
    error = r.json()["error"]
    expect_eq([x["target"] for x in error["attempts"]], ["a/m", "b/m"], "attempts listed")
    expect("HTTP 500" in error["message"] and "HTTP 503" in error["message"], "reasons missing", error)
    expect(TEXT not in r.text(), "the error body quotes the prompt")
    r = post(gw.port, "ab", path="/v1/messages",
             body={"model": "ab", "max_tokens": 20, "messages": [{"role": "user", "content": TEXT}]})
    expect_eq((r.status, r.json()["type"], r.json()["error"]["type"]), (503, "error", "overloaded_error"),
              "Anthropic envelope")


def check_all_timed_out(gw, a, b):
    a.configure(latency_ms=2000)
    b.configure(latency_ms=2000)
    r = post(gw.port, "both-slow")
    expect_eq(r.status, 504, "status")


def check_retry_same_target(gw, a, b):
    a.configure(fail_next=1)
    before = counts(a, b)
    r = post(gw.port, "retry")
    expect_eq((r.status, r.header("x-lethe-provider"), r.header("x-lethe-attempts")), (200, "a/m", "2"),
              "status, provider, attempts")
    after = counts(a, b)
    expect_eq((after[0] - before[0], after[1] - before[1]), (2, 0), "requests to each target")


def open_to(mock):
    return len(established_with_port(mock.port))


def check_hedging(gw, a, b):
    a.configure(first_byte_ms=3000)
    # Idle keep-alive connections from earlier cases stay open: count what is added.
    a_before = open_to(a)
    started = time.monotonic()
    status, headers, text, done, error, _ = read_stream(gw.port, "hedge")
    elapsed = time.monotonic() - started
    expect_eq((status, text, done), (200, TEXT, True), "answer")
    expect_eq(headers.get("x-lethe-provider"), "b/m", "the hedged target won")
    expect(elapsed < 1.0, "took %.2f s with hedge_ms 200" % elapsed)
    expect(wait_until(lambda: open_to(a) <= a_before, 0.5),
           "the losing attempt's connection is still open")


def check_idle_moves_on(gw, a):
    a.configure(chunk_ms=800)        # the first event, then silence longer than idle_ms
    started = time.monotonic()
    status, headers, text, done, error, _ = read_stream(gw.port, "idle")
    expect_eq((status, text, done, headers.get("x-lethe-provider")), (200, TEXT, True, "b/m"),
              "a stalled stream falls over before any byte reached the client")
    expect(time.monotonic() - started < 0.3 + 1.0, "took %.2f s with idle_ms 300" % (time.monotonic() - started))


def check_heartbeat(gw, a):
    a.configure(chunk_ms=700, chunk_bytes=30)
    status, _, text, done, error, comments = read_stream(gw.port, "solo-a")
    expect_eq((status, text, done), (200, TEXT, True), "answer")
    expect(comments >= 1, "no ': keep-alive' comment in a stream quiet for 700 ms with heartbeat_ms 200")


def check_resume(gw, a, b):
    a.configure(drop_after=4, chunk_bytes=5)
    status, headers, text, done, error, _ = read_stream(gw.port, "resume")
    expect_eq((status, done, error), (200, True, None), "the stream completes")
    expect_eq(text, TEXT, "the client gets the text exactly once")
    expect_eq(headers.get("x-lethe-provider"), "a/m", "headers name the first target")


def check_disconnect_cancels_hedged(gw, a, b):
    a.configure(first_byte_ms=4000)
    b.configure(first_byte_ms=4000)
    # A raw socket: lethe sends no headers before an attempt produces content.
    a_before, b_before = open_to(a), open_to(b)
    b_requests = b.requests()
    body = json.dumps(chat_body("hedge", True)).encode()
    client = socket.create_connection((LOOPBACK, gw.port))
    client.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                   b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    expect(wait_until(lambda: b.requests() > b_requests, 2.0), "the hedged attempt never started")
    client.close()
    expect(wait_until(lambda: open_to(a) <= a_before and open_to(b) <= b_before, 0.5),
           "attempts still connected 500 ms after the client left")


def check_property(gw, mocks, seed):
    rng = random.Random(seed)
    modes = ("normal", "status", "drop", "slow", "garbage")
    for i in range(30):
        for m in mocks:
            mode = rng.choice(modes)
            fields = {"chunk_bytes": rng.randint(1, 7)}
            if mode == "status":
                fields["status"] = rng.choice((500, 503, 429))
            elif mode == "drop":
                fields["drop_after"] = rng.randint(1, 8)
            elif mode == "slow":
                fields["latency_ms"] = 400
            elif mode == "garbage":
                fields["garbage"] = True
            m.reset()
            m.configure(**fields)
        text = "%d: %s" % (i, TEXT)
        status, _, got, done, error, _ = read_stream(gw.port, "abc", text)
        if status != 200:
            continue                  # every target failed before any byte: a plain error answer
        expect(text.startswith(got), "seed %d request %d: %r is not a prefix of the answer" % (seed, i, got))
        expect(done == (got == text and error is None),
               "seed %d request %d: done=%s error=%s text=%r" % (seed, i, done, error, got))


with Suite() as suite:
    a, b, c = suite.mock(), suite.mock(), suite.mock()
    ab_an = suite.mock()                 # an Anthropic-format target for continuation
    dead, dead_socket = dead_port()   # keep the socket: nobody else may take the port
    targets = lambda *names, **extra: [dict({"target": n + "/m", "timeout_ms": 5000}, **extra) for n in names]
    config = {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "heartbeat_ms": 200,
        "breaker": {"failures": 1000},
        "providers": [provider("a", a), provider("b", b), provider("c", c), provider("an", ab_an, "anthropic"),
                      {"name": "dead", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, dead), "api_key": "x"}],
        "routes": [
            {"name": "ab", "chain": targets("a", "b")},
            {"name": "abc", "chain": [dict(t, timeout_ms=250) for t in targets("a", "b", "c")]},
            {"name": "dead-b", "chain": targets("dead", "b")},
            {"name": "slow", "chain": [{"target": "a/m", "timeout_ms": 300}, {"target": "b/m"}]},
            {"name": "both-slow", "chain": [{"target": "a/m", "timeout_ms": 300}, {"target": "b/m", "timeout_ms": 300}]},
            {"name": "first-byte", "chain": [{"target": "a/m", "first_byte_ms": 300}, {"target": "b/m"}]},
            {"name": "retry", "chain": [{"target": "a/m", "retries": 1}, {"target": "b/m"}]},
            {"name": "hedge", "hedge_ms": 200, "chain": targets("a", "b")},
            {"name": "solo-a", "chain": targets("a")},
            {"name": "idle", "chain": [{"target": "a/m", "idle_ms": 300}, {"target": "b/m"}]},
            {"name": "resume", "resume": True, "chain": targets("a", "an")},
        ],
    }
    gw = suite.lethe(config)

    def case(name, fn, *args):
        try:
            suite.case(name, fn, *args)
        finally:
            reset(a, b, c, ab_an)

    case("HTTP 503 moves on to the next target", check_503_moves_on, gw, a, b)
    case("HTTP 400 goes back at once; the next target is not tried", check_400_goes_back, gw, a, b)
    case("HTTP 401 moves on", check_401_moves_on, gw, a, b)
    case("connection refused moves on", check_refused_moves_on, gw)
    case("timeout_ms moves on within the deadline", check_timeout_moves_on, gw, a)
    case("first_byte_ms 300 falls over in < 500 ms", check_first_byte_deadline, gw, a)
    case("a stream cut after output began ends in-band; the chain stops", check_cut_stream_stops_chain, gw, a, b)
    case("garbage before the first event moves on", check_garbage_moves_on, gw, a)
    case("all failed: 503, attempts named, x-should-retry false, both dialects", check_all_failed, gw, a, b)
    case("all timed out: 504", check_all_timed_out, gw, a, b)
    case("retries: the same target serves on its retry", check_retry_same_target, gw, a, b)
    case("hedging: the second target wins, the first is cancelled", check_hedging, gw, a, b)
    case("idle_ms: a stream that stalls before the answer moves on", check_idle_moves_on, gw, a)
    case("heartbeats on a quiet stream are SSE comments", check_heartbeat, gw, a)
    case("resume: a cut stream continues elsewhere, text exactly once", check_resume, gw, a, ab_an)
    case("client disconnect cancels hedged attempts", check_disconnect_cancels_hedged, gw, a, b)
    seed = int(os.environ.get("LETHE_PROPERTY_SEED", random.randrange(1 << 30)))
    suite.tap.diag("property test seed %d (LETHE_PROPERTY_SEED to replay)" % seed)
    case("random failure schedules never duplicate or reorder text", check_property, gw, [a, b, c], seed)

    # The breaker, on a gateway of its own so its state starts clean.
    flaky, steady = suite.mock(), suite.mock()
    breaker_gw = suite.lethe({
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": 1,                 # one worker: the probe counts below are exact
        "breaker": {"failures": 2, "cooldown_ms": 1000},
        "providers": [provider("flaky", flaky), provider("steady", steady)],
        "routes": [{"name": "default", "chain": [{"target": "flaky/m"}]},
                   {"name": "pair", "chain": [{"target": "flaky/m"}, {"target": "steady/m"}]}],
    })

    def check_breaker():
        flaky.configure(status=503)
        for _ in range(2):
            expect_eq(post(breaker_gw.port, "pair").status, 200, "served by the second target")
        opened_at = flaky.requests()
        for _ in range(4):
            r = post(breaker_gw.port, "pair")
            expect_eq((r.status, r.header("x-lethe-attempts")), (200, "1"), "status, attempts with the breaker open")
        expect_eq(flaky.requests(), opened_at, "requests reaching the open target")
        expect_eq(request(breaker_gw.port, "GET", "/readyz").status, 503, "/readyz with the default target open")
        metrics = request(breaker_gw.port, "GET", "/metrics").text()
        expect('lethe_breaker_state{target="flaky/m"} 1' in metrics, "metrics do not show the open breaker", metrics)
        time.sleep(1.1)
        for _ in range(3):              # still failing: exactly one probe, which reopens it
            expect_eq(post(breaker_gw.port, "pair").status, 200, "status after the first cooldown")
        expect_eq(flaky.requests(), opened_at + 1, "requests reaching the target after the cooldown")
        flaky.reset()
        time.sleep(2.1)                 # the cooldown doubled
        for _ in range(3):
            expect_eq(post(breaker_gw.port, "pair").status, 200, "status after the second cooldown")
        expect_eq(flaky.requests(), opened_at + 4, "the probe, then normal traffic")
        expect_eq(request(breaker_gw.port, "GET", "/readyz").status, 200, "/readyz after a successful probe")

    suite.case("breaker opens, skips, lets one probe through after the cooldown, closes", check_breaker)

    # Two workers keep one breaker per target: failures seen by either open it for both.
    shared_flaky, shared_steady = suite.mock(), suite.mock()
    shared_gw = suite.lethe({
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": 2,
        "breaker": {"failures": 2, "cooldown_ms": 60000},
        "providers": [provider("flaky", shared_flaky), provider("steady", shared_steady)],
        "routes": [{"name": "default", "chain": [{"target": "flaky/m"}]},
                   {"name": "pair", "chain": [{"target": "flaky/m"}, {"target": "steady/m"}]}],
    })

    def serving_pid(model):
        r = post(shared_gw.port, model)
        expect_eq(r.status, 200, "status through " + model)
        return r.header("x-request-id")[8:16]           # the worker's pid

    def check_breaker_shared_by_workers():
        # Both workers listening first (a provider/model outside the routes has no breaker).
        expect(wait_until(lambda: len({serving_pid("steady/other") for _ in range(8)}) == 2, 5),
               "the second worker did not start serving")
        shared_flaky.configure(status=503)
        pids = {serving_pid("pair") for _ in range(16)}
        expect_eq(len(pids), 2, "workers that served 16 connections")
        # One breaker: two failures open it for both workers. Per-worker breakers would
        # have let each worker fail twice.
        expect_eq(shared_flaky.requests(), 2, "requests reaching the failing target")
        for _ in range(8):
            expect_eq(request(shared_gw.port, "GET", "/readyz").status, 503, "/readyz from either worker")
            metrics = request(shared_gw.port, "GET", "/metrics").text()
            expect('lethe_breaker_state{target="flaky/m"} 1' in metrics, "a worker shows the breaker closed", metrics)

    suite.case("two workers share one breaker per target: /readyz and /metrics agree",
               check_breaker_shared_by_workers)
