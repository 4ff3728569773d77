#!/usr/bin/env python3
"""What the provider sees: a body lethe built (not the client's bytes), the provider's model
name, the configured credentials, and none of the client's headers."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, Suite, default_config, expect, expect_eq, request,  # noqa: E402
                     stream_chat)

CLIENT_HEADERS = {
    "User-Agent": "test-agent/1.0",
    "X-Client-Secret": "s3cret",
    "Cookie": "a=b",
    "Authorization": "Bearer client-key-should-not-leak",
    "X-Forwarded-For": "203.0.113.7",
    "Forwarded": "for=203.0.113.7",
    "X-Real-IP": "203.0.113.7",
    "OpenAI-Organization": "org-client",
    "Referer": "http://client.example/page",
}

# A body with odd whitespace and \u escapes: what reaches the provider must be re-encoded.
CLIENT_BODY = ('{ "model" :   "mock/mock-model" ,\n\t"messages":[ {"role" : "user",'
               '   "content":"caf\\u00e9 au lait \\u2615 ' + CANARY + '"} ] ,  "temperature"  : 0.5 }').encode()
DECODED_TEXT = "caf\u00e9 au lait \u2615 " + CANARY


def header_map(last):
    h = last.get("headers")
    expect(isinstance(h, dict), "mock's last request has no headers object", last)
    return {k.lower(): v for k, v in h.items()}


def check_body_reencoded(gw, mock):
    r = request(gw.port, "POST", "/v1/chat/completions", CLIENT_BODY,
                headers={"Content-Type": "application/json"})
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], DECODED_TEXT, "echoed text")
    last = mock.last()
    expect_eq(last.get("method"), "POST", "method at the mock")
    expect_eq(last.get("path"), "/v1/chat/completions", "path at the mock")
    raw = last.get("body")
    expect(isinstance(raw, str), "mock recorded no body", last)
    expect(raw.encode() != CLIENT_BODY, "the provider received the client's bytes unchanged")
    for fragment in ('"model" :   ', ' ,\n\t"messages"', '"role" : "user"'):
        expect(fragment not in raw, "the client's own layout %r reached the provider" % fragment, raw)
    sent = json.loads(raw)
    expect_eq(sent.get("model"), "mock-model", "model sent upstream")
    msgs = sent.get("messages")
    expect(isinstance(msgs, list) and msgs, "messages sent upstream", sent)
    user = [m for m in msgs if m.get("role") == "user"]
    expect(len(user) == 1, "one user message upstream", msgs)
    content = user[0].get("content")
    if isinstance(content, list):   # parts are an acceptable re-encoding of a string
        content = "".join(p.get("text", "") for p in content if p.get("type") == "text")
    expect_eq(content, DECODED_TEXT, "user text upstream")
    expect_eq(sent.get("temperature"), 0.5, "temperature upstream")


def check_headers_minimal(gw, mock):
    text = "headers probe " + CANARY
    body = json.dumps({"model": "mock/mock-model", "messages": [{"role": "user", "content": text}]})
    hdrs = {"Content-Type": "application/json"}
    hdrs.update(CLIENT_HEADERS)
    r = request(gw.port, "POST", "/v1/chat/completions", body, headers=hdrs)
    expect_eq(r.status, 200, "status")
    h = header_map(mock.last())
    for name in ("user-agent", "x-client-secret", "cookie", "x-forwarded-for", "forwarded", "x-real-ip",
                 "openai-organization", "referer", "via"):
        expect(name not in h, "the provider received %s: %r" % (name, h.get(name)), h)
    flat = json.dumps(h)
    for value in ("s3cret", "test-agent", "client-key-should-not-leak", "203.0.113.7", "org-client",
                  "client.example"):
        expect(value not in flat, "a client header value reached the provider: %r" % value, h)
    expect_eq(h.get("authorization"), "Bearer test-key-123", "Authorization upstream")


def check_headers_minimal_stream(gw, mock):
    hdrs = dict(CLIENT_HEADERS)
    resp, st = stream_chat(gw.port, "streamed headers probe", headers=hdrs)
    expect(st.done and st.content() == "streamed headers probe", "stream", st.events)
    h = header_map(mock.last())
    for name in ("user-agent", "x-client-secret", "cookie", "x-forwarded-for", "forwarded"):
        expect(name not in h, "the provider received %s" % name, h)
    expect_eq(h.get("authorization"), "Bearer test-key-123", "Authorization upstream")


def check_no_key_provider(gw, mock):
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "local/mock-model", "messages": [{"role": "user", "content": "no key"}]},
                headers={"Authorization": "Bearer client-key-should-not-leak"})
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], "no key", "echo")
    expect_eq(r.header("x-lethe-provider"), "local/mock-model", "x-lethe-provider")
    h = header_map(mock.last())
    expect("authorization" not in h, "a provider with api_key none got Authorization: %r"
           % h.get("authorization"), h)
    expect("x-api-key" not in h and "x-goog-api-key" not in h, "some credential header upstream", h)


def check_model_with_slashes(gw, mock):
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "local/org/model-name", "messages": [{"role": "user", "content": "slashes"}]})
    expect_eq(r.status, 200, "status")
    sent = json.loads(mock.last()["body"])
    expect_eq(sent.get("model"), "org/model-name", "model upstream (everything after the first /)")


def check_route_uses_target_model(gw, mock):
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "default", "messages": [{"role": "user", "content": "via route"}]})
    expect_eq(r.status, 200, "status")
    sent = json.loads(mock.last()["body"])
    expect_eq(sent.get("model"), "mock-model", "model upstream for the route default")


def check_unforwarded_fields(gw, mock):
    body = {"model": "mock/mock-model", "messages": [{"role": "user", "content": "private"}],
            "user": "user-" + CANARY, "store": True, "metadata": {"k": "v"}}
    r = request(gw.port, "POST", "/v1/chat/completions", body)
    expect_eq(r.status, 200, "status")
    sent = json.loads(mock.last()["body"])
    for k in ("user", "store", "metadata"):
        expect(k not in sent, "%r was forwarded to the provider" % k, sent)


with Suite() as suite:
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["providers"].append({"name": "local", "type": "openai",
                             "base_url": "http://%s:%d/v1" % (LOOPBACK, mock.port), "api_key": "none"})
    gw = suite.lethe(cfg)
    suite.case("the provider gets a re-encoded body with its own model name", check_body_reencoded, gw, mock)
    suite.case("no client header reaches the provider; Authorization is the configured key",
               check_headers_minimal, gw, mock)
    suite.case("same for a streamed request", check_headers_minimal_stream, gw, mock)
    suite.case("api_key none: no Authorization upstream", check_no_key_provider, gw, mock)
    suite.case("provider/model keeps the slashes after the first", check_model_with_slashes, gw, mock)
    suite.case("a route sends its target's model name", check_route_uses_target_model, gw, mock)
    suite.case("user, store and metadata are not forwarded", check_unforwarded_fields, gw, mock)
