#!/usr/bin/env python3
"""Errors: malformed and oversized requests, unknown models and paths, provider failures
(down, HTTP 500, cut stream, timeout). Every error is OpenAI-shaped JSON with the right
status and never quotes the prompt (a canary string is in every prompt here)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, SSEReader, Suite, dead_port, default_config, expect,  # noqa: E402
                     expect_eq, expect_openai_error, open_stream, raw_exchange, request)

DEFAULT_LIMIT = 102400
PROMPT = "secret prompt " + CANARY


def msgs(text=PROMPT):
    return [{"role": "user", "content": text}]


def post_raw(port, body, headers=None):
    hdrs = {"Content-Type": "application/json"}
    hdrs.update(headers or {})
    return request(port, "POST", "/v1/chat/completions", body, headers=hdrs)


def check_status(port, body, status):
    r = post_raw(port, body)
    return expect_openai_error(r, status)


def check_bad_json(port, body):
    check_status(port, body, 400)


def check_field_named(port, body, field):
    err = check_status(port, body, 400)
    where = "%s %s" % (err.get("param"), err.get("message"))
    expect(field in where, "neither param nor message names %r" % field, err)
    # One style for every refusal: the param's path in single quotes, then what is wrong.
    expect(err["message"].startswith("'%s' " % err.get("param")), "the message does not begin with 'param'", err)


def check_unknown_field(port):
    body = json.dumps({"model": "mock/mock-model", "messages": msgs(), "frobnicate": 1})
    err = check_status(port, body, 400)
    expect("'frobnicate'" in err["message"], "the message does not name the unknown field", err)


def check_unknown_model(port, model):
    body = json.dumps({"model": model, "messages": msgs()})
    check_status(port, body, 404)


def check_unknown_model_stream(port, model):
    body = json.dumps({"model": model, "messages": msgs(), "stream": True})
    check_status(port, body, 404)


def padded_body(size, text=PROMPT):
    """A valid request body of exactly `size` bytes (whitespace padding inside the object)."""
    core = json.dumps({"model": "mock/mock-model", "messages": msgs(text)})
    pad = size - len(core)
    expect(pad >= 0, "size too small")
    body = core[:-1] + " " * pad + "}"
    assert len(body.encode()) == size
    return body.encode()


def head(length=None, chunked=False, extra=b""):
    h = b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    if length is not None:
        h += b"Content-Length: %d\r\n" % length
    if chunked:
        h += b"Transfer-Encoding: chunked\r\n"
    return h + extra + b"\r\n"


def pieces(data, size=16384):
    return [data[i:i + size] for i in range(0, len(data), size)]


def check_oversize_content_length(port, size, limit=DEFAULT_LIMIT):
    expect(size > limit, "test bug")
    body = padded_body(size)
    r, info = raw_exchange(port, head(len(body)), pieces(body))
    expect(r is not None, "no answer at all (connection closed or reset): %r" % info)
    expect_openai_error(r, 413)


def check_oversize_chunked(port, size):
    body = padded_body(size)
    chunks = [b"%x\r\n%s\r\n" % (len(p), p) for p in pieces(body, 8192)] + [b"0\r\n\r\n"]
    r, info = raw_exchange(port, head(chunked=True), chunks)
    expect(r is not None, "no answer at all (connection closed or reset): %r" % info)
    expect_openai_error(r, 413)


def check_at_limit_accepted(port, size, chunked=False):
    text = "at the limit"
    body = padded_body(size, text)
    if chunked:
        chunks = [b"%x\r\n%s\r\n" % (len(p), p) for p in pieces(body, 8192)] + [b"0\r\n\r\n"]
        r, info = raw_exchange(port, head(chunked=True), chunks)
    else:
        r, info = raw_exchange(port, head(len(body)), pieces(body))
    expect(r is not None, "no answer: %r" % info)
    expect(r.status != 413, "a body of %d bytes was refused as too large" % size, r)
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], text, "echo")


def check_unknown_path(port):
    for method, path in (("GET", "/nope"), ("POST", "/v1/chat/completion"), ("GET", "/v2/models")):
        r = request(port, method, path, json.dumps({"messages": msgs()}) if method == "POST" else None)
        expect_openai_error(r, 404)


def check_get_on_post_path(port):
    r = request(port, "GET", "/v1/chat/completions")
    expect(r.status in (404, 405), "GET /v1/chat/completions answered %d" % r.status, r)
    expect_openai_error(r, r.status)
    if r.status == 405:
        allow = r.header("allow") or ""
        expect("POST" in allow, "405 without Allow: POST (%r)" % allow, r.headers)


def check_bad_requests_never_reach_mock(mock, before):
    expect_eq(mock.requests(), before, "requests the mock received during the bad-request cases")


def check_provider_down(port, stream):
    body = {"model": "mock/mock-model", "messages": msgs()}
    if stream:
        body["stream"] = True
    r = post_raw(port, json.dumps(body))
    err = expect_openai_error(r, 503)           # every target of the chain failed
    m = err["message"]
    expect("mock" in m, "the message does not name the provider", err)
    expect("connect" in m.lower() or "refused" in m.lower(), "the message gives no reason", err)


def check_provider_status(port, mock, status, stream):
    mock.configure(status=status)
    try:
        body = {"model": "default", "messages": msgs()}
        if stream:
            body["stream"] = True
        r = post_raw(port, json.dumps(body))
        err = expect_openai_error(r, 503)       # every target of the chain failed
        expect("mock" in err["message"], "the message does not name the provider", err)
        expect(str(status) in err["message"], "the message does not name the upstream status", err)
        expect(err.get("attempts") and err["attempts"][0]["target"] == "mock/mock-model",
               "the error lists no attempts", err)
    finally:
        mock.reset()


def check_provider_refusal_passed_on(port, mock):
    mock.configure(status=400)
    try:
        r = post_raw(port, json.dumps({"model": "mock/mock-model", "messages": msgs()}))
        expect_openai_error(r, 400)
    finally:
        mock.reset()


def check_garbage(port, mock):
    mock.configure(garbage=True)
    try:
        r = post_raw(port, json.dumps({"model": "mock/mock-model", "messages": msgs()}))
        err = expect_openai_error(r, 503)       # garbage before any answer: the chain moves on
        expect("mock" in err["message"], "the message does not name the provider", err)
    finally:
        mock.reset()


def check_drop_after(port, mock):
    mock.configure(drop_after=3)
    try:
        text = PROMPT + " and a long enough tail to need more than three events"
        conn, resp = open_stream(port, {"model": "mock/mock-model", "messages": msgs(text), "stream": True})
        try:
            expect_eq(resp.status, 200, "status (the stream had started)")
            reader = SSEReader(resp)
            events = list(reader)
        finally:
            conn.close()
        expect(events, "no events at all")
        datas = [e.data for e in events]
        expect(b"[DONE]" not in datas, "a cut stream was passed off as complete with [DONE]", datas)
        last = events[-1].json()
        expect(isinstance(last, dict) and isinstance(last.get("error"), dict),
               "the last event is not an error object", datas[-3:])
        expect(isinstance(last["error"].get("message"), str), "error event without a message", last)
        raw = bytes(reader.raw)
        expect(CANARY.encode() not in raw.split(b'"error"')[-1], "the error event quotes the prompt", last)
        if reader.truncated:
            print("# note: the HTTP body itself was cut (%s) after the error event" % reader.truncated)
    finally:
        mock.reset()


def check_timeout(port, mock):
    mock.configure(latency_ms=3000)
    try:
        r = post_raw(port, json.dumps({"model": "default", "messages": msgs()}))
        err = expect_openai_error(r, 504)
        expect("mock" in err["message"], "the message does not name the provider", err)
    finally:
        mock.reset()


def check_still_serving(port):
    r = post_raw(port, json.dumps({"model": "default", "messages": msgs("after the errors")}))
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], "after the errors", "echo")


with Suite() as suite:
    mock = suite.mock()
    # This suite maps errors; the breaker (tested in fallback.py) would open after a few.
    gw = suite.lethe(default_config(mock.port, breaker={"failures": 1000}))
    port = gw.port
    before = mock.requests()

    for name, body in (("empty body", ""), ("not JSON", "hello " + CANARY), ("truncated", '{"model": "mock/mock-model", "messages": [{"role":"user","content":"' + CANARY),
                       ("trailing comma", '{"model":"mock/mock-model","messages":[{"role":"user","content":"%s"}],}' % CANARY),
                       ("two documents", '{"model":"mock/mock-model","messages":[]} {}'),
                       ("invalid UTF-8", b'{"model":"mock/mock-model","messages":[{"role":"user","content":"\xff\xfe ' + CANARY.encode() + b'"}]}'),
                       ("top level array", '[{"model":"mock/mock-model"}]')):
        suite.case("400 for invalid JSON: %s" % name, check_bad_json, port, body)
    deep = '{"model":"mock/mock-model","messages":[{"role":"user","content":"%s"}],"tools":%s%s}' % (
        CANARY, "[" * 200, "]" * 200)
    suite.case("400 for nesting 200 levels deep", check_bad_json, port, deep)
    for name, body, field in (
            ("messages not an array", {"model": "mock/mock-model", "messages": PROMPT}, "messages"),
            ("stream not a bool", {"model": "mock/mock-model", "messages": msgs(), "stream": "yes"}, "stream"),
            ("content a number", {"model": "mock/mock-model", "messages": [{"role": "user", "content": 42}]}, "content"),
            ("model missing", {"messages": msgs()}, "model"),
            ("model not a string", {"model": 7, "messages": msgs()}, "model"),
            ("role unknown", {"model": "mock/mock-model", "messages": [{"role": "wizard", "content": PROMPT}]}, "role"),
            ("temperature a string", {"model": "mock/mock-model", "messages": msgs(), "temperature": "hot"}, "temperature")):
        suite.case("400 naming the field: %s" % name, check_field_named, port, json.dumps(body), field)
    suite.case("400 naming an unknown top-level field", check_unknown_field, port)
    for model in ("nope/x", "unknown-route", "mock"):
        suite.case("404 for unknown model %r" % model, check_unknown_model, port, model)
    suite.case("404 for an unknown model, streaming request", check_unknown_model_stream, port, "nope/x")
    suite.case("413 for limit+1 bytes with Content-Length", check_oversize_content_length, port, DEFAULT_LIMIT + 1)
    suite.case("413 for 300 KB with Content-Length", check_oversize_content_length, port, 300 * 1024)
    suite.case("413 for 300 KB chunked, no Content-Length", check_oversize_chunked, port, 300 * 1024)
    suite.case("413 for limit+1 bytes chunked", check_oversize_chunked, port, DEFAULT_LIMIT + 1)
    suite.case("404 JSON for unknown paths", check_unknown_path, port)
    suite.case("GET /v1/chat/completions: 405 or 404 with a JSON error", check_get_on_post_path, port)
    suite.case("none of the refused requests reached the provider", check_bad_requests_never_reach_mock,
               mock, before)
    suite.case("a body of exactly the limit is accepted", check_at_limit_accepted, port, DEFAULT_LIMIT)
    suite.case("a chunked body of exactly the limit is accepted", check_at_limit_accepted, port,
               DEFAULT_LIMIT, True)

    suite.case("mock HTTP 500: 503 naming the provider and the status", check_provider_status, port, mock, 500, False)
    suite.case("mock HTTP 500, streaming request: 503", check_provider_status, port, mock, 500, True)
    suite.case("mock HTTP 503: 503 naming the provider and the status", check_provider_status, port, mock, 503, False)
    suite.case("mock HTTP 400 is passed on as 400", check_provider_refusal_passed_on, port, mock)
    suite.case("mock answers garbage: 503", check_garbage, port, mock)
    suite.case("mock drop_after 3: stream ends with an error event and no [DONE]", check_drop_after, port, mock)
    suite.case("gateway still serves after the failures", check_still_serving, port)

    # A gateway whose provider port has nothing listening.
    dport, dsock = dead_port()
    try:
        down = suite.lethe(default_config(dport, breaker={"failures": 1000}))
        suite.case("provider down: 503 naming the provider and a reason", check_provider_down, down.port, False)
        suite.case("provider down, streaming request: 503", check_provider_down, down.port, True)
    finally:
        dsock.close()

    # A small configured body limit and a short attempt timeout.
    small = suite.lethe(default_config(mock.port, limits={"max_body_bytes": 4096}))
    suite.case("limits.max_body_bytes 4096: 4097 bytes is 413", check_oversize_content_length, small.port, 4097, 4096)
    suite.case("limits.max_body_bytes 4096: 4096 bytes is accepted", check_at_limit_accepted, small.port, 4096)
    quick_cfg = default_config(mock.port)
    quick_cfg["routes"][0]["chain"][0]["timeout_ms"] = 500
    quick = suite.lethe(quick_cfg)
    suite.case("route attempt over its timeout_ms 500: 504", check_timeout, quick.port, mock)
