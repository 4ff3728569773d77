#!/usr/bin/env python3
"""A hostile (or merely odd) provider, and constraints that are not numbers, against lethe:
a hedged route of many slow targets, a provider that redirects, a stream with no
Content-Type, every target answering 429, a scrub failure after the budget was reserved,
and x-lethe-max-cost / max-latency values strtod takes but no router can use. Loopback
only; every wait is bounded; nothing is timed, only counted."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, OpenAIStream, SSEReader, Suite, expect, expect_eq, free_port,  # noqa: E402
                     lethe_path, open_stream, request)

TEXT = "Hostile providers must not take the gateway down."
KEY = "lethe-hostile-provider-key-5b1e"
SCAN_MARKER = "LETHE-TEST-SCAN-FAILS"       # tests/mock/fail_scan.c fails any scan of it
HEDGED_SLOW_TARGETS = 10                    # more than the 8 live attempts main had room for


def expect_same(actual, wanted, what, *context):
    expect(actual == wanted, "%s: wanted %r, got %r" % (what, wanted, actual), *context)


def provider(name, mock):
    return {"name": name, "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, mock.port),
            "api_key": "k-" + name}


def chat(port, model, stream=False, headers=None, text=TEXT, **extra):
    body = {"model": model, "messages": [{"role": "user", "content": text}]}
    if stream:
        body["stream"] = True
    body.update(extra)
    return request(port, "POST", "/v1/chat/completions", body, headers=headers, timeout=30)


def check_hedge_many_targets(gw, slow, fast):
    slow.configure(latency_ms=4000)
    r = chat(gw.port, "wide")
    expect_same((r.status, r.header("x-lethe-provider")), (200, "fast/m"), "status and provider", r)
    expect_same(r.header("x-lethe-attempts"), str(HEDGED_SLOW_TARGETS + 1), "x-lethe-attempts")
    expect_same(r.json()["choices"][0]["message"]["content"], TEXT, "answer")
    expect_same(request(gw.port, "GET", "/healthz").status, 200, "/healthz after the hedged race")


def check_redirect_moves_on(gw, redirector, trap):
    redirector.configure(redirect="http://%s:%d/v1/chat/completions" % (LOOPBACK, trap.port))
    before = trap.requests()
    r = chat(gw.port, "redirect-then-fast")
    expect_same((r.status, r.header("x-lethe-provider")), (200, "fast/m"), "status and provider", r)
    expect_same(r.header("x-lethe-attempts"), "2", "x-lethe-attempts")
    r = chat(gw.port, "redirect-only", stream=True)
    expect(not 300 <= r.status < 400, "a provider's %d reached the client" % r.status, r)
    expect(r.header("location") is None, "a provider's Location reached the client", r)
    expect_same(r.status, 503, "status when the only target redirects")
    error = r.json()["error"]
    expect_same([a["target"] for a in error["attempts"]], ["redir/m"], "attempts named", error)
    expect("redirect" in error["attempts"][0]["reason"], "the reason does not say redirect", error)
    expect_same(trap.requests(), before, "requests that followed the redirect")


def check_stream_without_content_type(gw, bare):
    bare.configure(no_content_type=True)
    conn, resp = open_stream(gw.port, {"model": "bare/m", "stream": True,
                                       "messages": [{"role": "user", "content": TEXT}]}, timeout=20)
    try:
        expect_same(resp.status, 200, "status", resp.read()[:400] if resp.status != 200 else "")
        stream = OpenAIStream(list(SSEReader(resp)), None)
    finally:
        conn.close()
    expect(stream.done, "no [DONE]")
    expect_same(stream.content(), TEXT, "streamed text")
    r = chat(gw.port, "bare/m")
    expect_same((r.status, r.json()["choices"][0]["message"]["content"]), (200, TEXT), "whole answer, no type")


def check_all_rate_limited(gw, first, second):
    first.configure(status=429, retry_after="7")
    second.configure(status=429, retry_after="3")
    r = chat(gw.port, "limited-soon")
    expect_same(r.status, 429, "status when every target answered 429", r)
    expect_same(r.header("retry-after"), "3", "retry-after: the smallest the targets sent")
    expect(r.header("x-should-retry") != "false", "x-should-retry false tells SDKs not to back off")
    error = r.json()["error"]
    expect_same([a["target"] for a in error["attempts"]], ["first/soon", "second/soon"], "attempts named", error)
    expect(all("429" in a["reason"] for a in error["attempts"]), "reasons", error)
    expect(TEXT not in r.text(), "the error body quotes the prompt")


def check_rate_limited_without_retry_after(gw, first, second):
    first.configure(status=429)
    second.configure(status=429)
    r = chat(gw.port, "limited-plain")
    expect_same(r.status, 429, "status", r)
    seconds = r.header("retry-after")
    expect(seconds is not None and seconds.isdigit() and 1 <= int(seconds) <= 60,
           "retry-after %r: a default is expected when no target sent one" % seconds)


def check_rate_limited_and_broken(gw, first, second):
    first.configure(status=429, retry_after="2")
    second.configure(status=500)
    r = chat(gw.port, "limited-broken")
    expect_same(r.status, 503, "status when one target failed otherwise", r)


def check_constraints_must_be_numbers(gw):
    for header in ("x-lethe-max-cost", "x-lethe-max-latency-ms"):
        for value in ("nan", "NaN", "inf", "-inf", "-1", "0", "1e400", "0.5abc", "0x10", "1 2", "1,5"):
            r = chat(gw.port, "auto", headers={header: value})
            expect_same(r.status, 400, "%s: %r" % (header, value), r)
            expect(header in r.json()["error"]["message"], "the 400 does not name %s" % header, r)
    for member in ("max_cost", "max_latency_ms"):
        raw = '{"model":"auto","lethe":{"%s":1e400},"messages":[{"role":"user","content":"hi"}]}' % member
        r = request(gw.port, "POST", "/v1/chat/completions", raw)
        expect_same(r.status, 400, "lethe.%s: 1e400" % member, r)
    r = chat(gw.port, "auto", headers={"x-lethe-max-cost": "0.5", "x-lethe-max-latency-ms": "20000"})
    expect_same(r.status, 200, "sensible constraints", r)


def check_scrub_failure_releases_budget(suite, shim, fast):
    """$1 a day at $1,000 per million tokens: a request asking for 250 output tokens
    reserves about $0.26. Five requests whose scrubbing fails would hold $1.30 if their
    reservations were kept; released, the next request is served."""
    cfg = {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "providers": [provider("fast", fast)],
        "routes": [{"name": "default", "chain": [{"target": "fast/m", "timeout_ms": 5000}]}],
        "keys": [{"name": "capped", "hash": hash_key(KEY), "budget_usd_day": 1.0}],
        "prices": {"fast/m": {"input": 1000, "output": 1000}},
    }
    env = dict(os.environ, LD_PRELOAD=shim)
    # The shim comes before the sanitizer runtime in the load order: let ASan accept that.
    env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0").lstrip(":")
    gw = suite.lethe(cfg, env=env)
    auth = {"Authorization": "Bearer " + KEY}
    for i in range(5):
        r = chat(gw.port, "default", headers=auth, max_tokens=250, text="scan %d %s" % (i, SCAN_MARKER))
        expect_same(r.status, 500, "request %d whose scrubbing fails" % i, r)
        expect("scrub_failed" in r.text(), "the 500 does not say the scan failed", r)
    r = chat(gw.port, "default", headers=auth, max_tokens=250)
    expect_same(r.status, 200, "a request after five failed scans (their reservations released)", r)
    suite.stop(gw.process)


def hash_key(key):
    import subprocess
    result = subprocess.run([lethe_path(), "--hash-key"], input=key + "\n", capture_output=True, text=True,
                            timeout=30)
    expect_same(result.returncode, 0, "--hash-key exit status")
    return result.stdout.strip()


def fail_scan_shim():
    path = os.environ.get("LETHE_FAIL_SCAN")
    if path:
        return path
    return os.path.join(os.path.dirname(lethe_path()), "tests", "libfail_scan.so")


with Suite() as suite:
    slow, fast, redirector, trap, bare, first, second = (suite.mock() for _ in range(7))
    config = {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "heartbeat_ms": 1000,
        "breaker": {"failures": 1000},
        "providers": [provider("slow", slow), provider("fast", fast), provider("redir", redirector),
                      provider("bare", bare), provider("first", first), provider("second", second)],
        "routes": [
            {"name": "wide", "hedge_ms": 30,
             "chain": [{"target": "slow/m%d" % i, "timeout_ms": 8000} for i in range(HEDGED_SLOW_TARGETS)]
             + [{"target": "fast/m", "timeout_ms": 8000}]},
            {"name": "redirect-then-fast", "chain": [{"target": "redir/m"}, {"target": "fast/m"}]},
            {"name": "redirect-only", "chain": [{"target": "redir/m"}]},
            {"name": "limited-soon", "chain": [{"target": "first/soon"}, {"target": "second/soon"}]},
            {"name": "limited-plain", "chain": [{"target": "first/plain"}, {"target": "second/plain"}]},
            {"name": "limited-broken", "chain": [{"target": "first/broken"}, {"target": "second/broken"}]},
        ],
        "prices": {"fast/m": {"input": 0.1, "output": 1, "tier": "cheap"}},
    }
    gw = suite.lethe(config)
    mocks = (slow, fast, redirector, trap, bare, first, second)

    def case(name, fn, *args):
        try:
            suite.case(name, fn, *args)
        finally:
            for m in mocks:
                m.reset()

    case("hedged route of %d slow targets and a fast one: served, no overflow" % HEDGED_SLOW_TARGETS,
         check_hedge_many_targets, gw, slow, fast)
    case("a provider's 302 is a failed attempt: next target, never followed, never passed on",
         check_redirect_moves_on, gw, redirector, trap)
    case("a stream with no Content-Type is taken as SSE when it is SSE", check_stream_without_content_type,
         gw, bare)
    case("every target 429: 429 with the smallest retry-after, attempts named", check_all_rate_limited,
         gw, first, second)
    case("every target 429 without retry-after: 429 with a default retry-after",
         check_rate_limited_without_retry_after, gw, first, second)
    case("429 and 500: 503", check_rate_limited_and_broken, gw, first, second)
    case("x-lethe-max-cost / max-latency nan, inf, -1, 1e400, junk: 400 naming the header",
         check_constraints_must_be_numbers, gw)
    case("a budget reservation is released when scrubbing fails", check_scrub_failure_releases_budget,
         suite, fail_scan_shim(), fast)
    suite.stop(gw.process)
