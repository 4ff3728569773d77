#!/usr/bin/env python3
"""Every provider wire format the mock speaks (openai, anthropic, gemini) behind both client
dialects (/v1/chat/completions, /v1/messages): text at odd chunk sizes, cut streams reported
in-band and never passed off as complete, provider failures, Anthropic-shaped errors."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, SSEReader, Suite, expect, expect_eq, expect_openai_error, open_stream,  # noqa: E402
                     raw_exchange, request, stream_chat, three_format_config)

TEXT = "Grüße aus 東京 🎉 — naïve café"
PROVIDERS = ("oa", "an", "ge")


def anthropic_body(model, text, stream=False, **extra):
    b = {"model": model, "max_tokens": 256, "messages": [{"role": "user", "content": text}]}
    if stream:
        b["stream"] = True
    b.update(extra)
    return b


def read_anthropic_stream(resp):
    reader = SSEReader(resp)
    events = []
    for ev in reader:
        events.append((ev.event, ev.json() if ev.data else None))
    return events, reader


def anthropic_text(events):
    parts = []
    for name, data in events:
        if name == "content_block_delta" and data and data.get("delta", {}).get("type") == "text_delta":
            parts.append(data["delta"]["text"])
    return "".join(parts)


def expect_anthropic_error(r, status):
    expect(r.status == status, "wanted status %d, got %d" % (status, r.status), r)
    expect(CANARY not in r.text(), "the error body quotes the prompt", r)
    body = r.json()
    expect(isinstance(body, dict) and body.get("type") == "error", "not an Anthropic error envelope", r)
    err = body.get("error")
    expect(isinstance(err, dict) and isinstance(err.get("type"), str) and isinstance(err.get("message"), str),
           "error without type and message", r)
    return err


def check_openai_stream_chunks(gw, mock, provider, chunk_bytes):
    mock.configure(chunk_bytes=chunk_bytes)
    try:
        resp, st = stream_chat(gw.port, TEXT, model="%s/m" % provider, include_usage=True)
        expect(st.done, "no [DONE]", st.events[-3:])
        expect_eq(st.content(), TEXT, "text")
        expect(isinstance(st.chunks[-1].get("usage"), dict), "no usage chunk before [DONE]", st.chunks[-1])
        expect_eq(resp.getheader("x-lethe-provider"), "%s/m" % provider, "x-lethe-provider")
    finally:
        mock.reset()


def check_anthropic_dialect(gw, mock, provider, chunk_bytes):
    mock.configure(chunk_bytes=chunk_bytes)
    try:
        r = request(gw.port, "POST", "/v1/messages", anthropic_body("%s/m" % provider, TEXT))
        expect_eq(r.status, 200, "status")
        body = r.json()
        expect_eq(body.get("type"), "message", "type")
        expect_eq(body.get("role"), "assistant", "role")
        expect_eq([c.get("text") for c in body.get("content", []) if c.get("type") == "text"], [TEXT], "text")
        conn, resp = open_stream(gw.port, anthropic_body("%s/m" % provider, TEXT, stream=True), path="/v1/messages")
        try:
            expect_eq(resp.status, 200, "stream status")
            events, reader = read_anthropic_stream(resp)
        finally:
            conn.close()
        names = [n for n, _ in events]
        expect(names and names[0] == "message_start", "first event is not message_start", names[:3])
        expect(names[-1] == "message_stop", "last event is not message_stop", names[-3:])
        expect("error" not in names, "an error event", events[-3:])
        expect_eq(anthropic_text(events), TEXT, "streamed text")
    finally:
        mock.reset()


def check_cut_stream_openai(gw, mock, provider):
    mock.configure(drop_after=3, chunk_bytes=2)
    try:
        conn, resp = open_stream(gw.port, {"model": "%s/m" % provider, "stream": True,
                                           "messages": [{"role": "user", "content": TEXT + " " + CANARY}]})
        try:
            expect_eq(resp.status, 200, "status")
            reader = SSEReader(resp)
            events = list(reader)
        finally:
            conn.close()
        datas = [e.data for e in events]
        expect(b"[DONE]" not in datas, "a cut stream was passed off as complete with [DONE]", datas[-4:])
        expect(datas, "no events")
        last = events[-1].json()
        expect(isinstance(last, dict) and isinstance(last.get("error"), dict), "the last event is not an error",
               datas[-3:])
        expect(CANARY not in json.dumps(last), "the error event quotes the prompt", last)
    finally:
        mock.reset()


def check_cut_stream_anthropic(gw, mock, provider):
    mock.configure(drop_after=3, chunk_bytes=2)
    try:
        conn, resp = open_stream(gw.port, anthropic_body("%s/m" % provider, TEXT + " " + CANARY, stream=True),
                                 path="/v1/messages")
        try:
            expect_eq(resp.status, 200, "status")
            events, reader = read_anthropic_stream(resp)
        finally:
            conn.close()
        names = [n for n, _ in events]
        expect("message_stop" not in names, "a cut stream was passed off as complete with message_stop", names)
        expect(names and names[-1] == "error", "the last event is not `event: error`", names[-4:])
        data = events[-1][1]
        expect(isinstance(data, dict) and data.get("type") == "error" and isinstance(data.get("error"), dict),
               "the error event's data is not an Anthropic error", data)
        expect(CANARY not in json.dumps(data), "the error event quotes the prompt", data)
    finally:
        mock.reset()


def check_provider_500(gw, mock, provider):
    mock.configure(status=500)
    try:
        r = request(gw.port, "POST", "/v1/chat/completions",
                    {"model": "%s/m" % provider, "messages": [{"role": "user", "content": CANARY}]})
        err = expect_openai_error(r, 503)       # every target of the chain failed
        expect(provider in err["message"] and "500" in err["message"],
               "the message does not name the provider and the status", err)
        r = request(gw.port, "POST", "/v1/messages", anthropic_body("%s/m" % provider, CANARY))
        expect_anthropic_error(r, 503)
    finally:
        mock.reset()


def check_egress_per_type(gw, mock, provider):
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "%s/m" % provider, "messages": [{"role": "user", "content": "hdr"}]},
                headers={"User-Agent": "test-agent/1.0", "X-Client-Secret": "s3cret", "Cookie": "a=b",
                         "Authorization": "Bearer client-key", "x-api-key": "client-x-api-key"})
    expect_eq(r.status, 200, "status")
    last = mock.last()
    h = {k.lower(): v for k, v in last["headers"].items()}
    for name in ("user-agent", "x-client-secret", "cookie", "x-forwarded-for", "forwarded"):
        expect(name not in h, "the provider received %s" % name, h)
    flat = json.dumps(h) + last.get("path", "")
    for value in ("client-key", "client-x-api-key", "s3cret", "test-agent"):
        expect(value not in flat, "client value %r reached the provider" % value, h)
    key = {"oa": "k-openai", "an": "k-anthropic", "ge": "k-gemini"}[provider]
    expect(key in flat, "the configured key %r was not sent" % key, h)
    json.loads(last["body"])


def check_anthropic_errors(gw):
    r = request(gw.port, "POST", "/v1/messages", "{not json " + CANARY)
    expect_anthropic_error(r, 400)
    r = request(gw.port, "POST", "/v1/messages", anthropic_body("nope/x", CANARY))
    expect_anthropic_error(r, 404)
    r = request(gw.port, "POST", "/v1/messages", anthropic_body("oa/m", CANARY, frobnicate=1))
    err = expect_anthropic_error(r, 400)
    expect("frobnicate" in err["message"], "the unknown field is not named", err)
    r = request(gw.port, "POST", "/v1/messages", {"model": "oa/m", "messages": [{"role": "user", "content": CANARY}]})
    err = expect_anthropic_error(r, 400)          # max_tokens is required in Anthropic's API
    expect(err["message"].startswith("'max_tokens' "), "max_tokens is not named first, quoted", err)
    body = json.dumps(anthropic_body("oa/m", CANARY)).encode()
    body = body[:-1] + b" " * (102401 - len(body)) + b"}"
    r, info = raw_exchange(gw.port, b"POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           b"Content-Length: %d\r\n\r\n" % len(body),
                           [body[i:i + 16384] for i in range(0, len(body), 16384)])
    expect(r is not None, "no answer: %r" % info)
    expect_anthropic_error(r, 413)


def openai_refusal(gw, body):
    r = request(gw.port, "POST", "/v1/chat/completions", body)
    return expect_openai_error(r, 400)


def check_one_refusal_style(gw):
    """Both dialects refuse in one style: the field's path in single quotes, then what is
    wrong with it; the same fault reads the same in either, and no value is quoted."""
    user = [{"role": "user", "content": CANARY}]
    cases = (
        ("model missing", {"max_tokens": 5, "messages": user}, {"messages": user}, "model"),
        ("unknown field", dict(anthropic_body("oa/m", CANARY), frobnicate=CANARY),
         {"model": "oa/m", "messages": user, "frobnicate": CANARY}, "frobnicate"),
        ("stream not a boolean", dict(anthropic_body("oa/m", CANARY), stream=CANARY),
         {"model": "oa/m", "messages": user, "stream": CANARY}, "stream"),
        ("text a number", anthropic_body("oa/m", [{"type": "text", "text": 42}]),
         {"model": "oa/m", "messages": [{"role": "user", "content": [{"type": "text", "text": 42}]}]},
         "messages[0].content[0].text"),
        ("given twice", '{"model":"oa/m","model":"oa/m","max_tokens":5,"messages":[{"role":"user","content":"%s"}]}'
         % CANARY, '{"model":"oa/m","model":"oa/m","messages":[{"role":"user","content":"%s"}]}' % CANARY, "model"),
    )
    for name, anthropic, openai, path in cases:
        err = expect_anthropic_error(request(gw.port, "POST", "/v1/messages", anthropic), 400)
        other = openai_refusal(gw, openai)
        expect_eq(other.get("param"), path, "%s: OpenAI param" % name)
        expect(err["message"].startswith("'%s' " % path), "%s: Anthropic message is not in the one style" % name, err)
        expect_eq(err["message"], other["message"], "%s: the two dialects word it differently" % name)
    r = request(gw.port, "POST", "/v1/messages", anthropic_body("oa/m", CANARY, temperature=2))
    err = expect_anthropic_error(r, 400)
    expect_eq(err["message"], "'temperature' must be between 0 and 1", "Anthropic temperature range")


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(three_format_config(mock.port))
    for provider in PROVIDERS:
        for n in (1, 3, 64):
            suite.case("provider %s, OpenAI client, chunk_bytes %d: text and usage intact" % (provider, n),
                       check_openai_stream_chunks, gw, mock, provider, n)
        for n in (1, 5):
            suite.case("provider %s, Anthropic client, chunk_bytes %d: text intact" % (provider, n),
                       check_anthropic_dialect, gw, mock, provider, n)
        suite.case("provider %s: cut stream ends with an error event, no [DONE]" % provider,
                   check_cut_stream_openai, gw, mock, provider)
        suite.case("provider %s: cut stream to an Anthropic client ends with event: error, no message_stop"
                   % provider, check_cut_stream_anthropic, gw, mock, provider)
        suite.case("provider %s HTTP 500: 503 in both dialects" % provider, check_provider_500, gw, mock, provider)
        suite.case("provider %s: only the configured key, no client header" % provider,
                   check_egress_per_type, gw, mock, provider)
    suite.case("/v1/messages errors are Anthropic-shaped: 400, 404, unknown field, max_tokens, 413",
               check_anthropic_errors, gw)
    suite.case("both dialects refuse in one style: 'path' then what is wrong, the same words for the same fault",
               check_one_refusal_style, gw)
