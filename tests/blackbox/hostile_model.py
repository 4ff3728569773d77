#!/usr/bin/env python3
"""A hostile client's "model": it may steer no upstream URL and reach no log.

A model name reaches a provider only after it matched the model alphabet (letters, digits,
. _ : - and '/', no empty, '.' or '..' segment, at most 256 bytes; '/' inside the model only
for OpenAI-compatible providers) and, where it goes into a URL path (Gemini), percent-encoded.
Anything else is a 400 in the client's dialect naming "model" and not quoting it, and nothing
reaches the provider. A well-formed model the config does not name is logged, chained and
exported as its provider's "other"; no client text (model, tags, request id, user agent,
query string) reaches the access log, the audit file or telemetry."""
import http.client
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, TelemetryCollector, chat_payload, default_config, expect,  # noqa: E402
                     expect_eq, expect_openai_error, lethe_path, request, wait_until)

GEMINI_KEY = "gem-operator-key-5b1d"
EXPLOIT = "gem2/../../v1/projects/victim/secrets?alt=json#"


def config(mock_port, **extra):
    cfg = default_config(mock_port, **extra)
    base = "http://%s:%d" % (LOOPBACK, mock_port)
    cfg["providers"].append({"name": "gem2", "type": "gemini", "base_url": base + "/v1beta", "api_key": GEMINI_KEY})
    cfg["providers"].append({"name": "claude", "type": "anthropic", "base_url": base + "/v1", "api_key": "anthropic-key"})
    return cfg


def post_chat(port, model, text="hello", headers=None, path="/v1/chat/completions"):
    return request(port, "POST", path, chat_payload(text, model=model), headers=headers)


def post_messages(port, model):
    body = {"model": model, "max_tokens": 16, "messages": [{"role": "user", "content": "hello"}]}
    return request(port, "POST", "/v1/messages", body)


# Each: (what, model, a piece of the model that must not be echoed)
REFUSED = [
    ("the reported exploit: dot segments, a query and a fragment into Gemini's path", EXPLOIT, "victim"),
    ("'..' segments on an OpenAI-compatible provider", "mock/../../admin/keys", "admin/keys"),
    ("one '..' segment on Gemini", "gem2/../models/other", "models/other"),
    ("'.' segment", "mock/./mock-model", "./mock"),
    ("an empty segment", "mock//mock-model", "//mock"),
    ("percent-encoded dots", "gem2/%2e%2e/%2e%2e/v1/projects/victim", "%2e%2e"),
    ("a query string", "gem2/gemini-2.5-flash?alt=json&key=stolen", "stolen"),
    ("a fragment", "gem2/gemini-2.5-flash#frag-3c1f", "frag-3c1f"),
    ("CRLF and a header", "mock/x\r\nX-Injected: crlf-6e0a", "crlf-6e0a"),
    ("a NUL byte (\\u0000)", "mock/x\u0000nul-tail-8d2b", "nul-tail-8d2b"),
    ("a 90 KB name", "mock/" + "long-9a4c" * 10000, "long-9a4c" * 4),
    ("a space", "mock/has space-2f7e", "space-2f7e"),
    ("a '/' in an Anthropic model", "claude/org/claude-slash-4b2a", "claude-slash-4b2a"),
    ("a '/' in a Gemini model", "gem2/tunedModels/gem-slash-1c9e", "gem-slash-1c9e"),
]


def check_refused(gw, mock):
    before = mock.requests()
    for what, model, secret in REFUSED:
        r = post_chat(gw.port, model)
        err = expect_openai_error(r, 400, canary=secret)
        expect_eq(err.get("param"), "model", "param for %s" % what)
        expect(secret not in r.text() and secret not in "".join(v for _, v in r.headers),
               "the answer for %s echoes the model" % what, r)
        r = post_messages(gw.port, model)
        expect_eq(r.status, 400, "Anthropic dialect status for %s" % what)
        body = r.json()
        expect(body.get("type") == "error" and body["error"].get("type") == "invalid_request_error",
               "not an Anthropic error for %s" % what, r)
        expect("model" in body["error"].get("message", "") and secret not in r.text(),
               "the Anthropic error for %s does not name the field or echoes the value" % what, r)
    expect_eq(mock.requests(), before, "requests that reached the provider")
    last = mock.last()
    expect("victim" not in json.dumps(last) and GEMINI_KEY not in json.dumps(last.get("path", "")),
           "the provider saw a steered path", last)


def check_good_names(gw, mock):
    r = post_chat(gw.port, "gem2/gemini-2.5-flash")
    expect_eq(r.status, 200, "a Gemini model")
    last = mock.last()
    expect_eq(last["path"], "/v1beta/models/gemini-2.5-flash:generateContent", "the Gemini path")
    r = request(gw.port, "POST", "/v1/chat/completions", chat_payload("hi", model="gem2/gemini-2.5-flash",
                                                                       stream=True))
    expect_eq(r.status, 200, "a streamed Gemini model")
    expect_eq(mock.last()["path"], "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
              "the streamed Gemini path")
    r = post_chat(gw.port, "mock/meta-llama/Llama-3.3-70B-Instruct")
    expect_eq(r.status, 200, "an OpenAI-compatible org/model name")
    last = mock.last()
    expect_eq(last["path"], "/v1/chat/completions", "the OpenAI path")
    expect_eq(json.loads(last["body"])["model"], "meta-llama/Llama-3.3-70B-Instruct", "the model in the body")
    r = post_chat(gw.port, "mock/llama3:8b")
    expect_eq(r.status, 200, "a model with a tag (':')")
    r = post_chat(gw.port, "ghost/model")
    expect_eq(r.status, 404, "a well-formed model of no configured provider")


LOG_CANARIES = ["modelcanary-4e7b", "tagcanary-93d1", "ann@example.com", "reqidcanary-2a6f", "uacanary-7c0d",
                "pathcanary-5b8e", "long-9a4c" * 4, "crlf-6e0a", "sk-live-61f0"]


def check_logs(suite):
    collector = TelemetryCollector()
    mock = suite.mock()
    workdir = suite.workdir.name
    access_path = os.path.join(workdir, "access.log")
    audit_path = os.path.join(workdir, "audit.log")
    gw = suite.lethe(config(mock.port, access_log=access_path, audit={"file": audit_path, "fsync_ms": 100},
                            telemetry={"url": "http://%s:%d/collect" % (LOOPBACK, collector.port),
                                       "interval_ms": 100, "batch": 4, "buffer": 50}))
    # A well-formed model the config does not name: served, logged as "mock/other".
    r = post_chat(gw.port, "mock/modelcanary-4e7b-sk-live-61f0",
                  headers={"x-lethe-tags": "team=search,tag=tagcanary-93d1 x,mail=ann@example.com,"
                                           "long=" + "long-9a4c" * 100,
                           "x-request-id": "reqidcanary-2a6f", "user-agent": "uacanary-7c0d"})
    expect_eq(r.status, 200, "an unconfigured model on a configured provider")
    # Refused models (a 400: the first case's subject): never logged either.
    for model in ("mock/" + "long-9a4c" * 10000, "mock/x\r\nX-Injected: crlf-6e0a", "mock/ann@example.com"):
        try:
            post_chat(gw.port, model)
        except http.client.HTTPException:
            pass                      # e.g. the model echoed in an answer header too long to read
    r = post_chat(gw.port, "mock/mock-model", path="/v1/chat/completions?pathcanary-5b8e=1")
    requests_sent = 5
    expect(wait_until(lambda: len(collector.events()) >= requests_sent, 10),
           "the collector got %d of %d events" % (len(collector.events()), requests_sent))
    suite.stop(gw.process)
    collector.close()
    with open(access_path) as f:
        access_text = f.read()
    with open(audit_path) as f:
        audit_text = f.read()
    telemetry_text = "".join(collector.bodies)
    for name, text in (("access log", access_text), ("audit file", audit_text), ("telemetry", telemetry_text)):
        for canary in LOG_CANARIES:
            expect(canary not in text, "the %s holds the client's %r" % (name, canary[:40]), text[-1500:])
        expect(max(len(line) for line in text.splitlines()) < 4096, "a %s line over 4 KB" % name)
    lines = [json.loads(line) for line in access_text.splitlines()]
    served = [line for line in lines if line["dialect"] == "openai" and line["status"] == 200]
    expect_eq((served[0]["route"], served[0]["provider"]), ("mock/other", "mock/other"), "the unconfigured model")
    expect_eq(served[0]["tags"], {"team": "search"}, "only short-word tags are kept")
    refused = [line for line in lines if line["status"] == 400]
    expect_eq([(line["route"], line["provider"]) for line in refused], [(None, None)] * 3, "refused models")
    audited = [json.loads(line)["record"] for line in audit_text.splitlines()]
    expect("mock/other" in [record["route"] for record in audited], "the audit chain has no mock/other")
    events = collector.events()
    expect("mock/other" in [event["route"] for event in events], "telemetry has no mock/other")
    result = subprocess.run([lethe_path(), "--audit-verify", audit_path], capture_output=True, text=True, timeout=10)
    expect_eq(result.returncode, 0, "the audit chain verifies: " + result.stdout)
    suite.stop(mock.process)


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(config(mock.port))
    suite.case("a model that could steer a URL is a 400 naming 'model' in both dialects, never echoed, never sent "
               "(the Gemini exploit, '..', %2e%2e, ?, #, CRLF, NUL, 90 KB, '/' where a provider has none)",
               check_refused, gw, mock)
    suite.case("well-formed models still reach the right upstream path (Gemini, org/model, name:tag)",
               check_good_names, gw, mock)
    suite.case("no client text in the access log, the audit chain or telemetry; an unknown model is its "
               "provider's 'other'", check_logs, suite)
