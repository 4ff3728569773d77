#!/usr/bin/env python3
"""Token counts from a hostile provider. lethe sums a provider's usage members (Anthropic's
input, cache-read and cache-creation tokens; Gemini's candidates and thoughts), prices them,
charges them to budgets, rate limits and /metrics, and reports them to the client. A
provider that answers INT64_MAX in two members made that sum overflow (undefined behaviour:
the sanitizer build stopped the worker; elsewhere the client read "total_tokens": -2), and
one that answers negative counts refunded the key's budget and made the cost counter of
/metrics go down. One that counts more cached tokens than prompt tokens made the Anthropic
dialect's input_tokens (prompt minus cached) negative.

A fake provider (loopback, stdlib) answers each wire format, whole and streamed, with such
usage; through the OpenAI and Anthropic dialects every count the client reads must be an
integer from 0 to 10^12, the cost counter must not be negative, and the worker must live
(the sanitizer build reports any overflow as a failure of the process's test point)."""
import http.server
import json
import os
import socketserver
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat_payload, expect, expect_eq, free_port, hash_key,  # noqa: E402
                     open_stream, request, SSEReader)

BIG = 9223372036854775807
SCENARIOS = {
    "huge": {"openai": {"prompt_tokens": BIG, "completion_tokens": BIG, "total_tokens": BIG,
                        "prompt_tokens_details": {"cached_tokens": BIG}},
             "anthropic_in": {"input_tokens": BIG, "cache_read_input_tokens": BIG, "cache_creation_input_tokens": BIG},
             "anthropic_out": {"output_tokens": BIG},
             "gemini": {"promptTokenCount": BIG, "candidatesTokenCount": BIG, "thoughtsTokenCount": BIG,
                        "totalTokenCount": BIG, "cachedContentTokenCount": BIG}},
    "negative": {"openai": {"prompt_tokens": -10 ** 12, "completion_tokens": -10 ** 12, "total_tokens": -5},
                 "anthropic_in": {"input_tokens": -10 ** 12, "cache_read_input_tokens": -7},
                 "anthropic_out": {"output_tokens": -10 ** 12},
                 "gemini": {"promptTokenCount": -10 ** 12, "candidatesTokenCount": -10 ** 12, "totalTokenCount": -3}},
    "cached_over_prompt": {"openai": {"prompt_tokens": 5, "completion_tokens": 1,
                                      "prompt_tokens_details": {"cached_tokens": 1000}},
                           "anthropic_in": {"input_tokens": 5}, "anthropic_out": {"output_tokens": 1},
                           "gemini": {"promptTokenCount": 5, "candidatesTokenCount": 1,
                                      "cachedContentTokenCount": 1000}},
}
MAX_COUNT = 10 ** 12
KEY = "lk-usage-0123456789abcdef0123456789"


def sse(document, event=None):
    head = "event: %s\n" % event if event else ""
    return (head + "data: %s\n\n" % json.dumps(document)).encode()


def openai_answer(usage, stream):
    if not stream:
        return {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "usage": usage,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}]}
    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    return (sse(dict(chunk, choices=[{"index": 0, "delta": {"content": "hi"}, "finish_reason": None}]))
            + sse(dict(chunk, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
            + sse(dict(chunk, choices=[], usage=usage)) + b"data: [DONE]\n\n")


def anthropic_answer(usage_in, usage_out, stream):
    if not stream:
        return {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "stop_reason": "end_turn",
                "stop_sequence": None, "content": [{"type": "text", "text": "hi"}],
                "usage": dict(usage_in, **usage_out)}
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "content": [],
               "stop_reason": None, "stop_sequence": None, "usage": dict(usage_in, output_tokens=1)}
    return (sse({"type": "message_start", "message": message}, "message_start")
            + sse({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
                  "content_block_start")
            + sse({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi"}},
                  "content_block_delta")
            + sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
            + sse({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                   "usage": usage_out}, "message_delta")
            + sse({"type": "message_stop"}, "message_stop"))


def gemini_answer(usage, stream):
    document = {"candidates": [{"content": {"role": "model", "parts": [{"text": "hi"}]}, "finishReason": "STOP",
                                "index": 0}], "usageMetadata": usage, "modelVersion": "m"}
    return sse(document) if stream else document


class Provider(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    scenario = "huge"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        usage = SCENARIOS[Provider.scenario]
        path = self.path.split("?", 1)[0]
        stream = body.get("stream") is True or path.endswith(":streamGenerateContent")
        if path.endswith("/messages"):
            answer = anthropic_answer(usage["anthropic_in"], usage["anthropic_out"], stream)
        elif path.endswith("/chat/completions"):
            answer = openai_answer(usage["openai"], stream)
        else:
            answer = gemini_answer(usage["gemini"], stream)
        data = answer if stream else json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream" if stream else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class ProviderServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def counts_in(document):
    """Every integer under a usage-like member of an answer or event, with its path."""
    found = []

    def walk(value, path, in_usage):
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, path + "." + key, in_usage or key in ("usage", "usageMetadata"))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, "%s[%d]" % (path, i), in_usage)
        elif in_usage and isinstance(value, int) and not isinstance(value, bool):
            found.append((path, value))
    walk(document, "", False)
    return found


def expect_sane_counts(documents, what):
    counts = [c for d in documents for c in counts_in(d)]
    expect(counts, "%s: no usage reached the client" % what, documents[-3:])
    bad = [(path, value) for path, value in counts if value < 0 or value > MAX_COUNT]
    expect(not bad, "%s: token counts outside 0..10^12 reached the client: %r" % (what, bad[:6]))


def ask(gw, path, model, stream):
    payload = chat_payload("hello", model=model, stream=stream)
    payload["max_tokens"] = 16
    if stream and path == "/v1/chat/completions":
        payload["stream_options"] = {"include_usage": True}
    headers = {"Authorization": "Bearer " + KEY}
    if not stream:
        r = request(gw.port, "POST", path, payload, headers=headers)
        expect_eq(r.status, 200, "status of %s via %s" % (model, path))
        return [r.json()]
    conn, resp = open_stream(gw.port, payload, headers=headers, path=path)
    try:
        expect_eq(resp.status, 200, "stream status of %s via %s" % (model, path))
        return [ev.json() for ev in SSEReader(resp) if ev.data and ev.data != b"[DONE]"]
    finally:
        conn.close()


def check_scenario(gw, scenario):
    Provider.scenario = scenario
    for model in ("fo/m", "fa/m", "fg/m"):
        for path in ("/v1/chat/completions", "/v1/messages"):
            for stream in (False, True):
                documents = ask(gw, path, model, stream)
                what = "%s %s via %s%s" % (scenario, model, path, ", streamed" if stream else "")
                expect_sane_counts(documents, what)


def check_cost_counter(gw):
    metrics = request(gw.port, "GET", "/metrics").text()
    costs = [float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines() if line.startswith("lethe_cost_usd_total{")]
    expect(costs, "no cost counter in /metrics")
    expect(all(0 <= cost < 10 ** 9 for cost in costs), "cost counters out of any sane range: %r" % costs)


def main():
    server = ProviderServer((LOOPBACK, 0), Provider)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    url = "http://%s:%d" % (LOOPBACK, server.server_address[1])
    with Suite() as suite:
        config = {
            "listen": "%s:%d" % (LOOPBACK, free_port()),
            "workers": 1,
            "providers": [
                {"name": "fo", "type": "openai", "base_url": url + "/v1", "api_key": "k-o"},
                {"name": "fa", "type": "anthropic", "base_url": url + "/v1", "api_key": "k-a"},
                {"name": "fg", "type": "gemini", "base_url": url + "/v1beta", "api_key": "k-g"},
            ],
            "routes": [{"name": "default", "chain": [{"target": "fo/m", "timeout_ms": 5000}]}],
            "prices": {"fo/m": {"input": 1.0, "output": 2.0}, "fa/m": {"input": 1.0, "output": 2.0},
                       "fg/m": {"input": 1.0, "output": 2.0}},
            "keys": [{"name": "k1", "hash": hash_key(KEY), "budget_usd_day": 1000000}],
        }
        gw = suite.lethe(config)
        suite.case("usage of INT64_MAX in several members, every format, whole and streamed: counts the client "
                   "reads stay within 0..10^12", check_scenario, gw, "huge")
        suite.case("negative usage, every format, whole and streamed: no negative count reaches the client",
                   check_scenario, gw, "negative")
        suite.case("more cached tokens than prompt tokens: the Anthropic dialect's input_tokens (prompt minus "
                   "cached) is not negative", check_scenario, gw, "cached_over_prompt")
        suite.case("/metrics: the cost counters are neither negative nor absurd", check_cost_counter, gw)
    server.shutdown()


main()
