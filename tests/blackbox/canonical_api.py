#!/usr/bin/env python3
"""POST /api/proxy, lethe's own dialect, in front of every provider format the mock speaks:
the canonical answer (text, provider, usage, cost, scrubbed, attempts), the token/done
stream, provider + model, a route as the model, "auto" with constraints, scrub: false
honoured only for a scrub_optional key, a scrub round trip (the mock sees no labelled value,
the client gets every value back, whole and streamed at every chunk size), and errors in
the one canonical shape that never quote the prompt."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, SSEReader, Suite, expect, expect_eq, expect_unseen, hash_key, open_stream,  # noqa: E402
                     request, sent_json, three_format_config)

PROVIDERS = ("oa", "an", "ge")
TEXT = "Grüße aus 東京 🎉 — tide tables for Bergen please"
KEY = "sk-lethe-canonical-main-key-0001"
FREE_KEY = "sk-lethe-canonical-free-key-0002"
SAMPLE = ("I am Sarah Johnson, mail sarah.johnson@example.com, card 4206 4583 3793 9858, "
          "phone +47 912 34 567, DB_PASSWORD=Sup3r-s3cret-pass and key AKIACFNVKZUA73LPAWLE.")
SAMPLE_VALUES = ["Sarah Johnson", "sarah.johnson@example.com", "4206 4583 3793 9858", "+47 912 34 567",
                 "Sup3r-s3cret-pass", "AKIACFNVKZUA73LPAWLE"]
AUTH = {"Authorization": "Bearer " + KEY}
FREE_AUTH = {"Authorization": "Bearer " + FREE_KEY}


def config(mock_port):
    return three_format_config(
        mock_port,
        routes=[{"name": "default", "chain": [{"target": "oa/model-x", "timeout_ms": 5000}]},
                {"name": "tiers", "chain": [{"target": "oa/cheap-model"}, {"target": "oa/premium-model"}]}],
        prices={"oa/model-x": {"input": 3, "output": 15},
                "oa/cheap-model": {"input": 0.1, "output": 1, "tier": "cheap"},
                "oa/premium-model": {"input": 10, "output": 100, "tier": "premium"}},
        keys=[{"name": "main", "hash": hash_key(KEY)},
              {"name": "free", "hash": hash_key(FREE_KEY), "scrub_optional": True}])


def proxy(gw, body, headers=AUTH):
    return request(gw.port, "POST", "/api/proxy", body, headers=headers)


def ask(provider, text, **extra):
    body = {"provider": provider, "model": "model-x", "messages": [{"role": "user", "content": text}]}
    body.update(extra)
    return body


def answer_of(r, what):
    expect(r.status == 200, "%s: status %d" % (what, r.status), r)
    body = r.json()
    expect_eq(body.get("object"), "lethe.answer", "%s: object" % what)
    return body


def read_stream(gw, body, headers=AUTH):
    """(status, [(event name, data object)]) of a streamed /api/proxy answer."""
    conn, resp = open_stream(gw.port, body, headers=headers, path="/api/proxy")
    try:
        if resp.status != 200:
            return resp.status, [("http", json.loads(resp.read()))]
        expect((resp.getheader("content-type") or "").startswith("text/event-stream"), "content type", resp.headers)
        return 200, [(ev.event, ev.json()) for ev in SSEReader(resp)]
    finally:
        conn.close()


def streamed_text(events):
    return "".join(data["text"] for name, data in events if name == "token")


def expect_canonical_error(r, status, param=None):
    expect(r.status == status, "wanted status %d, got %d" % (status, r.status), r)
    expect(CANARY not in r.text(), "the error body quotes the prompt", r)
    error = r.json().get("error")
    expect(isinstance(error, dict), "not the canonical error shape", r)
    expect_eq(error.get("status"), status, "error.status")
    expect(isinstance(error.get("message"), str) and error["message"], "error.message", r)
    expect(isinstance(error.get("type"), str), "error.type", r)
    if param is not None:
        expect_eq(error.get("param"), param, "error.param")
    return error


def check_whole_answer(gw, mock, provider):
    r = proxy(gw, ask(provider, TEXT, system="Answer like a harbour master.", temperature=0.3, max_tokens=77))
    body = answer_of(r, provider)
    expect_eq(body.get("text"), TEXT, "text")
    expect_eq(body.get("provider"), "%s/model-x" % provider, "provider")
    expect_eq(r.header("x-lethe-provider"), "%s/model-x" % provider, "x-lethe-provider")
    expect_eq(body.get("finish_reason"), "stop", "finish_reason")
    expect_eq(body.get("tool_calls"), [], "tool_calls")
    expect_eq(body.get("attempts"), 1, "attempts")
    expect_eq(body.get("scrubbed"), 0, "scrubbed")
    usage = body.get("usage") or {}
    expect(isinstance(usage.get("input_tokens"), int) and usage["input_tokens"] > 0
           and isinstance(usage.get("output_tokens"), int) and usage["output_tokens"] > 0, "usage", body)
    expect(isinstance(body.get("cost_usd"), (int, float)), "cost_usd", body)
    expect(body["id"].startswith("lethe-"), "id", body)
    sent = sent_json(mock)
    text = json.dumps(sent, ensure_ascii=False)
    expect("harbour master" in text, "the system prompt did not reach the provider", sent)
    expect("77" in text and "0.3" in text, "max_tokens and temperature did not reach the provider", sent)


def check_cost_at_price(gw):
    body = answer_of(proxy(gw, ask("oa", TEXT)), "priced")
    usage = body["usage"]
    wanted = (usage["input_tokens"] * 3 + usage["output_tokens"] * 15) / 1e6
    expect(abs(body["cost_usd"] - wanted) < 1e-9, "cost_usd %r, wanted %r" % (body["cost_usd"], wanted), body)


def check_stream(gw, provider):
    status, events = read_stream(gw, ask(provider, TEXT, stream=True))
    expect_eq(status, 200, "status")
    names = [name for name, _ in events]
    expect(names.count("token") >= 2, "token events", names)
    expect_eq(names[-1], "done", "last event")
    expect_eq(streamed_text(events), TEXT, "streamed text")
    done = events[-1][1]
    expect_eq(done.get("provider"), "%s/model-x" % provider, "done.provider")
    expect_eq(done.get("finish_reason"), "stop", "done.finish_reason")
    expect(done.get("usage") and done["usage"]["output_tokens"] > 0, "done.usage", done)
    expect(isinstance(done.get("cost_usd"), (int, float)) and done["cost_usd"] > 0, "done.cost_usd", done)
    expect_eq(done.get("attempts"), 1, "done.attempts")


def check_route_as_model(gw):
    body = answer_of(proxy(gw, {"model": "default", "messages": [{"role": "user", "content": TEXT}]}), "route")
    expect_eq(body["provider"], "oa/model-x", "provider of route default")
    body = answer_of(proxy(gw, {"model": "an/claude-x", "messages": [{"role": "user", "content": TEXT}]}),
                     "provider/model as the model")
    expect_eq(body["provider"], "an/claude-x", "provider")


def check_auto(gw):
    messages = [{"role": "user", "content": "pick one"}]
    for body, wanted in (({"messages": messages, "constraints": {"quality": "cheap"}}, "oa/cheap-model"),
                         ({"provider": "auto", "messages": messages, "constraints": {"quality": "premium"}},
                          "oa/premium-model"),
                         ({"provider": "auto", "model": "auto", "messages": messages,
                           "constraints": {"quality": "premium", "max_cost": 0.0005}}, "oa/cheap-model")):
        r = proxy(gw, dict(body, max_tokens=100))
        answer = answer_of(r, "auto")
        expect_eq(answer["provider"], wanted, "auto chose")
        expect_eq(r.header("x-lethe-auto-choice"), wanted, "x-lethe-auto-choice")
        expect(r.header("x-lethe-auto-reason"), "no x-lethe-auto-reason", r)
    expect_canonical_error(proxy(gw, {"messages": messages, "constraints": {"max_cost": 1e-12}}), 422)
    expect_canonical_error(proxy(gw, {"messages": messages, "constraints": {"quality": "best"}}), 400)


def check_scrub_whole(gw, mock):
    r = proxy(gw, ask("oa", SAMPLE, system="Remember " + SAMPLE_VALUES[1]))
    body = answer_of(r, "scrubbed")
    expect_eq(body["text"], SAMPLE, "restored text")
    expect(body["scrubbed"] >= len(SAMPLE_VALUES), "scrubbed count", body)
    expect_eq(r.header("x-lethe-scrubbed"), str(body["scrubbed"]), "x-lethe-scrubbed")
    expect_hidden(mock, "whole")


def expect_hidden(mock, what):
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, what)


def check_scrub_streamed(gw, mock):
    for chunk in range(1, 8):
        mock.configure(chunk_bytes=chunk)
        for provider in PROVIDERS:
            status, events = read_stream(gw, ask(provider, SAMPLE, stream=True))
            expect_eq(status, 200, "status")
            expect_eq(streamed_text(events), SAMPLE, "%s restored at chunk_bytes %d" % (provider, chunk))
            expect(events[-1][1]["scrubbed"] >= len(SAMPLE_VALUES), "done.scrubbed", events[-1])
            expect_hidden(mock, "%s at chunk_bytes %d" % (provider, chunk))
    mock.reset()


def check_scrub_false(gw, mock):
    # A key without scrub_optional: the request is masked all the same.
    body = answer_of(proxy(gw, ask("oa", SAMPLE, scrub=False)), "scrub false, main key")
    expect(body["scrubbed"] >= len(SAMPLE_VALUES), "masked anyway", body)
    expect_hidden(mock, "scrub false without scrub_optional")
    # A scrub_optional key: the provider sees the text as sent.
    body = answer_of(proxy(gw, ask("oa", SAMPLE, scrub=False), headers=FREE_AUTH), "scrub false, free key")
    expect_eq(body["scrubbed"], 0, "scrubbed")
    expect(SAMPLE_VALUES[1] in mock.last()["body"], "the scrub_optional key's text was masked")
    # The same key without scrub: false is masked.
    body = answer_of(proxy(gw, ask("oa", SAMPLE), headers=FREE_AUTH), "free key, scrub default")
    expect(body["scrubbed"] >= len(SAMPLE_VALUES), "masked by default", body)


def check_errors(gw, mock):
    m = [{"role": "user", "content": CANARY}]
    r = request(gw.port, "POST", "/api/proxy", b'{"messages": [' + CANARY.encode(), headers=AUTH)
    expect_canonical_error(r, 400)
    expect_canonical_error(proxy(gw, {"provider": "oa", "messages": m}), 400, "model")
    expect_canonical_error(proxy(gw, {"provider": "auto", "model": "model-x", "messages": m}), 400, "model")
    expect_canonical_error(proxy(gw, {"provider": "oa/x", "model": "m", "messages": m}), 400, "provider")
    expect_canonical_error(proxy(gw, {"provider": "oa", "model": "model-x", "messages": m,
                                      "constraints": {"quality": "cheap"}}), 400, "constraints")
    expect_canonical_error(proxy(gw, {"messages": m, "constraints": {"colour": "red"}}), 400, "constraints")
    expect_canonical_error(proxy(gw, {"provider": "oa", "model": "x", "messages": []}), 400, "messages")
    expect_canonical_error(proxy(gw, {"provider": "oa", "model": "x"}), 400, "messages")
    expect_canonical_error(proxy(gw, {"provider": "oa", "model": "x",
                                      "messages": [{"role": "tool", "content": CANARY}]}), 400,
                           "messages[0].role")
    expect_canonical_error(proxy(gw, {"provider": "oa", "model": "x", "messages": m, "tools": []}), 400, "tools")
    expect_canonical_error(proxy(gw, {"provider": "oa", "model": "x", "messages": m, "temperature": 9}), 400,
                           "temperature")
    expect_canonical_error(proxy(gw, {"provider": "nobody", "model": "x", "messages": m}), 404)
    expect_canonical_error(proxy(gw, ask("oa", CANARY), headers={}), 401)
    r = request(gw.port, "GET", "/api/proxy", headers=AUTH)
    expect_canonical_error(r, 405)


def check_provider_failures(gw, mock):
    mock.configure(status=503)
    r = proxy(gw, ask("oa", CANARY))
    error = expect_canonical_error(r, r.status if r.status in (502, 503) else 503)
    expect(isinstance(error.get("attempts"), list) and error["attempts"], "error.attempts", r)
    mock.reset()
    # Cut mid-stream: an error event, never a done event.
    mock.configure(drop_after=3, chunk_bytes=2)
    status, events = read_stream(gw, ask("oa", "a long enough answer to be cut " + CANARY, stream=True))
    mock.reset()
    expect_eq(status, 200, "status")
    names = [name for name, _ in events]
    expect("done" not in names, "a cut stream ended with done", names)
    expect_eq(names[-1], "error", "last event")
    expect(CANARY not in json.dumps(events[-1][1]), "the error event quotes the prompt")
    expect(events[-1][1]["error"]["status"] >= 500, "error status", events[-1])


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(config(mock.port))
    for provider in PROVIDERS:
        suite.case("%s: the canonical answer, with the system prompt, temperature and max_tokens forwarded" % provider,
                   check_whole_answer, gw, mock, provider)
        suite.case("%s: a token/done stream carrying usage and cost" % provider, check_stream, gw, provider)
    suite.case("cost_usd is the served target's price of the usage", check_cost_at_price, gw)
    suite.case("a route name or provider/model as the model, with no provider", check_route_as_model, gw)
    suite.case("provider omitted or auto: the router, steered by constraints", check_auto, gw)
    suite.case("scrub round trip, whole answer: nothing labelled reaches the provider", check_scrub_whole, gw, mock)
    suite.case("scrub round trip, streamed at chunk sizes 1..7 on every provider format", check_scrub_streamed,
               gw, mock)
    suite.case("scrub: false is honoured only for a scrub_optional key", check_scrub_false, gw, mock)
    suite.case("bad requests: canonical errors naming the field, never quoting the prompt", check_errors, gw, mock)
    suite.case("provider failures: a canonical error with attempts; a cut stream ends in an error event",
               check_provider_failures, gw, mock)
