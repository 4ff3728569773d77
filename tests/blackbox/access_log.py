#!/usr/bin/env python3
"""The access log: one JSON line per request, metadata only (status, route, provider,
attempts, timings, tokens, cost, entity counts, tags), never content; a client that left
early is a 499; tags that are not short words are dropped; off unless configured."""
import json
import os
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, Suite, chat, default_config, expect, expect_eq, request,  # noqa: E402
                     stream_chat)

PROMPT = "%s: write to ann@example.com and bob@example.com, card 4206 4583 3793 9858" % CANARY


def lines(path):
    with open(path) as f:
        text = f.read()
    expect(CANARY not in text and "example.com" not in text and "4206" not in text,
           "the access log holds content", text[-2000:])
    return [json.loads(line) for line in text.splitlines()]


def check_lines(gw, mock, path):
    r = chat(gw.port, PROMPT, headers={"x-lethe-tags": "team=search,env=prod,bad tag=x,q=\"y\""})
    expect_eq(r.status, 200, "status")
    chat(gw.port, "x", model="not-configured-" + CANARY)
    request(gw.port, "GET", "/nope")
    mock.configure(first_byte_ms=1500)
    s = socket.create_connection((LOOPBACK, gw.port))
    body = json.dumps({"model": "default", "stream": True, "messages": [{"role": "user", "content": "bye"}]})
    s.sendall(("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: %d\r\n\r\n%s" % (len(body), body)).encode())
    time.sleep(0.3)
    s.close()
    time.sleep(0.3)
    mock.reset()
    # The harness's own health checks are lines too (no dialect, 200): leave them out.
    found = [line for line in lines(path) if not (line["dialect"] is None and line["status"] == 200)]
    expect_eq(len(found), 4, "lines for 4 requests")
    first = found[0]
    for field in ("time", "request_id", "status", "dialect", "key", "route", "provider", "attempts", "latency_ms",
                  "ttft_ms", "tokens_in", "tokens_out", "cost_usd", "entities", "tags"):
        expect(field in first, "no %s in the line" % field, first)
    expect_eq((first["status"], first["route"], first["provider"], first["attempts"]),
              (200, "mock/mock-model", "mock/mock-model", 1), "the answered request")
    expect_eq(first["entities"], {"EMAIL": 2, "CREDIT_CARD": 1}, "entity counts")
    expect_eq(first["tags"], {"team": "search", "env": "prod"}, "tags kept")
    expect(first["tokens_in"] > 0 and first["ttft_ms"] is not None, "usage or ttft missing", first)
    expect_eq(first["request_id"], r.header("x-request-id"), "request id")
    expect_eq((found[1]["status"], found[1]["route"]), (404, None), "an unknown model is not logged")
    expect_eq(found[2]["status"], 404, "unknown path")
    expect_eq(found[3]["status"], 499, "a client that left early")


def held_stream_keeps_its_headers(gw, mock, path):
    """A stream waits for its provider after lethe has dropped the request's headers and
    body: what was read from them still holds (its tags in the log, rehydration off)."""
    before = len(lines(path))
    mock.configure(first_byte_ms=400)
    try:
        response, stream = stream_chat(gw.port, PROMPT, headers={"x-lethe-tags": "team=held,env=stream",
                                                                 "x-lethe-rehydrate": "off"})
    finally:
        mock.reset()
    expect_eq(response.status, 200, "status")
    text = stream.content()
    expect("[EMAIL_1]" in text and "ann@example.com" not in text, "placeholders kept (rehydration off)", text[-300:])
    time.sleep(0.3)
    found = [line for line in lines(path)[before:] if line["dialect"] is not None]
    expect_eq(len(found), 1, "one line for the stream")
    expect_eq((found[0]["status"], found[0]["tags"]), (200, {"team": "held", "env": "stream"}), "tags kept")


with Suite() as suite:
    mock = suite.mock()
    path = os.path.join(suite.workdir.name, "access.log")
    gw = suite.lethe(default_config(mock.port, access_log=path))
    suite.case("one JSON line per request, metadata only", check_lines, gw, mock, path)
    suite.case("a stream held for its provider keeps what its headers said", held_stream_keeps_its_headers,
               gw, mock, path)
