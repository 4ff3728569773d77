#!/usr/bin/env python3
"""The happy path of POST /v1/chat/completions through lethe to lethe-mock: echo, streaming,
usage, response headers, UTF-8 at every chunk size, keep-alive, /healthz and /v1/models."""
import http.client
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, Suite, chat, chat_payload, default_config, expect,  # noqa: E402
                     expect_eq, get_json, read_openai_stream, request, stream_chat)

UTF8_TEXT = "Grüße, 東京 🎉"


def check_healthz(gw):
    r = request(gw.port, "GET", "/healthz")
    expect_eq(r.status, 200, "status")
    expect_eq(r.json(), {"status": "ok"}, "body")


def check_models(gw):
    r = request(gw.port, "GET", "/v1/models")
    expect_eq(r.status, 200, "status")
    body = r.json()
    expect_eq(body.get("object"), "list", "object")
    data = body.get("data")
    expect(isinstance(data, list), "data is not a list", body)
    ids = [m.get("id") for m in data]
    for wanted in ("default", "mock/mock-model"):
        expect(wanted in ids, "%r missing from the model ids" % wanted, ids)
    for m in data:
        expect_eq(m.get("object"), "model", "object of %r" % m.get("id"))
    expect(len(ids) == len(set(ids)), "duplicate model ids", ids)


def check_proxy_headers(r_headers, what):
    rid = r_headers("x-request-id")
    expect(rid, "%s: no x-request-id" % what)
    expect_eq(r_headers("x-lethe-provider"), "mock/mock-model", "%s x-lethe-provider" % what)
    expect_eq(r_headers("x-lethe-attempts"), "1", "%s x-lethe-attempts" % what)
    return rid


def check_nonstream(gw, model):
    text = "Hello from the black-box tests %s via %s" % (CANARY, model)
    r = chat(gw.port, text, model=model)
    expect_eq(r.status, 200, "status")
    expect("application/json" in (r.header("content-type") or ""), "content-type", r.headers)
    body = r.json()
    expect_eq(body.get("object"), "chat.completion", "object")
    expect(isinstance(body.get("id"), str) and body["id"], "no id", body)
    choices = body.get("choices")
    expect(isinstance(choices, list) and len(choices) == 1, "choices", body)
    msg = choices[0].get("message") or {}
    expect_eq(msg.get("role"), "assistant", "role")
    expect_eq(msg.get("content"), text, "choices[0].message.content")
    expect_eq(choices[0].get("finish_reason"), "stop", "finish_reason")
    usage = body.get("usage")
    expect(isinstance(usage, dict) and all(isinstance(usage.get(k), int) for k in
                                           ("prompt_tokens", "completion_tokens", "total_tokens")),
           "usage with integer token counts", body)
    check_proxy_headers(r.header, "non-stream")


def check_request_ids_differ(gw):
    ids = set()
    for i in range(3):
        r = chat(gw.port, "id probe %d" % i)
        expect_eq(r.status, 200, "status")
        ids.add(r.header("x-request-id"))
    expect(len(ids) == 3 and None not in ids and "" not in ids, "x-request-id not unique", ids)


def check_stream(gw, model, include_usage):
    text = "Streaming through lethe, model %s, usage %s, and some more words to split" % (model, include_usage)
    resp, st = stream_chat(gw.port, text, model=model, include_usage=include_usage)
    ctype = resp.getheader("content-type") or ""
    expect(ctype.startswith("text/event-stream"), "content-type %r" % ctype)
    check_proxy_headers(resp.getheader, "stream")
    expect(st.done, "no data: [DONE]", st.events[-3:])
    expect_eq(st.done_index, len(st.events) - 1, "[DONE] is the last event")
    expect(st.reader.truncated is None, "body cut: %s" % st.reader.truncated)
    expect_eq(st.content(), text, "concatenated delta.content")
    ids = set()
    for c in st.chunks:
        expect_eq(c.get("object"), "chat.completion.chunk", "chunk object")
        ids.add(c.get("id"))
    expect(len(ids) == 1 and None not in ids, "chunks do not share one id", ids)
    usage_chunks = [i for i, c in enumerate(st.chunks) if isinstance(c.get("usage"), dict)]
    if include_usage:
        expect_eq(usage_chunks, [len(st.chunks) - 1], "index of the (only) chunk carrying usage")
        last = st.chunks[-1]
        expect_eq(last.get("choices"), [], "choices of the usage chunk")
        u = last["usage"]
        for k in ("prompt_tokens", "completion_tokens", "total_tokens"):
            expect(isinstance(u.get(k), int), "usage.%s is not an integer" % k, u)
    else:
        expect_eq(usage_chunks, [], "chunks carrying a usage object")
    finishes = [ch.get("finish_reason") for c in st.chunks for ch in c.get("choices") or []
                if ch.get("finish_reason")]
    expect_eq(finishes, ["stop"], "finish_reason values in the stream")


def check_utf8_stream(gw, mock, chunk_bytes):
    mock.configure(chunk_bytes=chunk_bytes)
    try:
        text = UTF8_TEXT + " " + CANARY[:3]
        resp, st = stream_chat(gw.port, text)
        expect(st.done, "no [DONE]")
        expect_eq(st.content(), text, "text at chunk_bytes %d" % chunk_bytes)
    finally:
        mock.reset()


def check_utf8_nonstream(gw):
    r = chat(gw.port, UTF8_TEXT)
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], UTF8_TEXT, "content")


def check_latency(gw, mock):
    mock.configure(latency_ms=300)
    try:
        t0 = time.monotonic()
        r = chat(gw.port, "slow provider")
        took = time.monotonic() - t0
        expect_eq(r.status, 200, "status")
        expect_eq(r.json()["choices"][0]["message"]["content"], "slow provider", "content")
        expect(took >= 0.29, "answered in %.3f s, before the mock's latency" % took)
        resp, st = stream_chat(gw.port, "slow provider, streamed")
        expect(st.done and st.content() == "slow provider, streamed", "stream", st.events)
    finally:
        mock.reset()


def check_keepalive(gw):
    conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=10)
    try:
        hdrs = {"Content-Type": "application/json"}
        conn.request("POST", "/v1/chat/completions", json.dumps(chat_payload("first on the connection")), hdrs)
        r1 = conn.getresponse()
        b1 = r1.read()
        expect_eq(r1.status, 200, "first status")
        expect((r1.getheader("connection") or "").lower() != "close", "first answer closes the connection")
        sock1 = conn.sock
        expect(sock1 is not None, "connection closed after the first answer")
        name1 = sock1.getsockname()
        conn.request("POST", "/v1/chat/completions",
                     json.dumps(chat_payload("second, streamed", stream=True)), hdrs)
        r2 = conn.getresponse()
        st = read_openai_stream(r2)
        expect(conn.sock is sock1 and conn.sock.getsockname() == name1,
               "the second request went on a new connection")
        expect_eq(r2.status, 200, "second status")
        expect(st.done and st.content() == "second, streamed", "second answer", st.events)
        expect((r2.getheader("connection") or "").lower() != "close", "second answer closes the connection")
        conn.request("POST", "/v1/chat/completions", json.dumps(chat_payload("third")), hdrs)
        r3 = conn.getresponse()
        b3 = r3.read()
        expect(conn.sock is sock1, "the third request went on a new connection")
        expect_eq(r3.status, 200, "third status")
        expect_eq(json.loads(b1)["choices"][0]["message"]["content"], "first on the connection", "first")
        expect_eq(json.loads(b3)["choices"][0]["message"]["content"], "third", "third")
    finally:
        conn.close()


def check_head_of_models_unaffected(gw):
    # After all of the above the gateway still answers its cheap endpoints.
    expect_eq(get_json(gw.port, "/healthz"), {"status": "ok"}, "healthz")


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port))
    suite.case("GET /healthz is 200 {\"status\":\"ok\"}", check_healthz, gw)
    suite.case("GET /v1/models lists default and mock/mock-model", check_models, gw)
    for model in ("mock/mock-model", "default"):
        suite.case("non-streaming echo with model %s, headers" % model, check_nonstream, gw, model)
    suite.case("x-request-id differs per request", check_request_ids_differ, gw)
    for model in ("mock/mock-model", "default"):
        for usage in (None, False, True):
            suite.case("streaming echo, model %s, include_usage %s" % (model, usage),
                       check_stream, gw, model, usage)
    for n in range(1, 8):
        suite.case("UTF-8 text streams intact at mock chunk_bytes %d" % n, check_utf8_stream, gw, mock, n)
    suite.case("UTF-8 text non-streaming", check_utf8_nonstream, gw)
    suite.case("mock latency_ms 300: still succeeds", check_latency, gw, mock)
    suite.case("keep-alive: three requests on one HTTP/1.1 connection", check_keepalive, gw)
    suite.case("gateway still healthy", check_head_of_models_unaffected, gw)
