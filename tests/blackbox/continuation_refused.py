#!/usr/bin/env python3
"""A stream cut mid-answer on a "resume" route, whose continuation the next provider refuses
with a 4xx: the client already has a 200 and half the text, so the answer must end in-band
with an error event in a well-formed stream, never with a second HTTP reply written into the
body. Found by tests/fuzz/fuzz_exchange.c (regression continuation-refused-after-commit.bin)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, expect, expect_eq, free_port, open_stream, openai_stream_parts,  # noqa: E402
                     request)

TEXT = "The quick brown fox jumps over the lazy dog."


def provider(name, mock):
    return {"name": name, "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, mock.port),
            "api_key": "k-" + name}


def read_stream(port):
    """(status, body text, content, done, error event) of one streamed request."""
    body = {"model": "resume", "stream": True, "messages": [{"role": "user", "content": TEXT}]}
    conn, resp = open_stream(port, body, timeout=20)
    try:
        status = resp.status
        raw = resp.read().decode("utf-8", "replace")    # http.client checks the chunked framing
    finally:
        conn.close()
    content, done, error = openai_stream_parts(raw)
    return status, raw, content, done, error


def check_refused_continuation(gw, a, b, status):
    a.configure(drop_after=3, chunk_bytes=5)
    b.configure(status=status)
    got, raw, content, done, error = read_stream(gw.port)
    expect_eq(got, 200, "the stream's status")
    expect(content != "" and TEXT.startswith(content), "the text before the cut", raw[-400:])
    expect(not done, "a cut answer must not end with [DONE]", raw[-400:])
    expect(error is not None, "no in-band error event ends the cut stream", raw[-600:])
    expect('"error":{"message":"' not in raw.split("data: ")[0], "bytes before the first event", raw[:300])
    for line in raw.split("\n"):
        expect(line == "" or line.startswith("data: ") or line.startswith(":"),
               "a line that is not SSE in the stream (a second reply?): %r" % line[:200], raw[-600:])


def check_gauges_settle(gw):
    text = request(gw.port, "GET", "/metrics").text()
    for name in ("lethe_open_streams", "lethe_in_flight_requests"):
        values = [float(line.split()[-1]) for line in text.splitlines() if line.startswith(name + " ")]
        expect(all(v == 0 for v in values), "%s is %s after every request ended" % (name, values))


with Suite() as suite:
    a, b = suite.mock(), suite.mock()
    config = {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "breaker": {"failures": 1000},
        "providers": [provider("a", a), provider("b", b)],
        "routes": [{"name": "resume", "resume": True,
                    "chain": [{"target": "a/m", "timeout_ms": 5000}, {"target": "b/m", "timeout_ms": 5000}]}],
    }
    gw = suite.lethe(config)
    for status in (400, 404, 422):
        suite.case("a continuation refused with %d ends the stream in-band" % status, check_refused_continuation,
                   gw, a, b, status)
        a.reset()
        b.reset()
    suite.case("no stream or request is still counted afterwards", check_gauges_settle, gw)
