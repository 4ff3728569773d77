#!/usr/bin/env python3
"""Answers of the non-chat operations from a hostile provider.

Embeddings whose vectors do not fit the request. lethe checked that an answer holds one
vector per input and that every value fits a float, but not the vectors' length: an empty
vector, vectors of different lengths in one answer, or vectors longer than the `dimensions`
(Gemini: `outputDimensionality`) the client asked for reached the client as a 200. None of
them can be stored in one index or compared with each other. Through the OpenAI dialect
(/v1/embeddings) and the Gemini dialect (:embedContent, :batchEmbedContents) each must be a
failed attempt (502/503, the chain's error), never a 200; a provider that answers properly
must still give a 200 with the asked length.

Token counts. Anthropic's count_tokens and Gemini's countTokens answers were read as any
integer that is not negative, so a count of 2^63-1 reached the client, where every other
count a provider reports is taken only from 0 to 10^12 (attack_provider_usage). Such a
count must be a failed attempt too; 10^12 itself still passes.
"""
import http.server
import json
import os
import socketserver
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, expect, expect_eq, free_port, request  # noqa: E402


class Provider(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    scenario = "good"
    count = 1

    def log_message(self, *args):
        pass

    def vectors(self, count, asked):
        length = asked or 8
        if Provider.scenario == "empty":
            return [[] for _ in range(count)]
        if Provider.scenario == "ragged":
            return [[0.5] * (length + (1 if i == 0 else 0)) for i in range(count)]
        if Provider.scenario == "longer_than_asked":
            return [[0.25] * (length + 5) for _ in range(count)]
        return [[0.125] * length for _ in range(count)]

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        path = self.path.split("?", 1)[0]
        if path.endswith("/count_tokens"):
            answer = {"input_tokens": Provider.count}
        elif path.endswith(":countTokens"):
            answer = {"totalTokens": Provider.count}
        elif path.endswith("/embeddings"):
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            vectors = self.vectors(len(inputs), body.get("dimensions"))
            answer = {"object": "list", "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1},
                      "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]}
        elif path.endswith(":batchEmbedContents"):
            requests = body["requests"]
            vectors = self.vectors(len(requests), requests[0].get("outputDimensionality"))
            answer = {"embeddings": [{"values": v} for v in vectors]}
        else:
            answer = {"embedding": {"values": self.vectors(1, body.get("outputDimensionality"))[0]}}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class ProviderServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def asks(model):
    """(what, path, body, read the vectors of the answer) for each way a client embeds."""
    gemini = "/v1beta/models/%s" % model
    return [
        ("/v1/embeddings, one input", "/v1/embeddings", {"model": model, "input": "hello"},
         lambda a: [d["embedding"] for d in a["data"]]),
        ("/v1/embeddings, three inputs, dimensions 4", "/v1/embeddings",
         {"model": model, "input": ["a", "b", "c"], "dimensions": 4}, lambda a: [d["embedding"] for d in a["data"]]),
        (":embedContent, outputDimensionality 4", gemini + ":embedContent",
         {"content": {"parts": [{"text": "hello"}]}, "outputDimensionality": 4}, lambda a: [a["embedding"]["values"]]),
        (":batchEmbedContents, two inputs", gemini + ":batchEmbedContents",
         {"requests": [{"content": {"parts": [{"text": "a"}]}}, {"content": {"parts": [{"text": "b"}]}}]},
         lambda a: [e["values"] for e in a["embeddings"]]),
    ]


def input_count(body):
    if "requests" in body:
        return len(body["requests"])
    return len(body["input"]) if isinstance(body.get("input"), list) else 1


def check(gw, scenario):
    Provider.scenario = scenario
    for model in ("fo/m", "fg/m"):
        for what, path, body, vectors_of in asks(model):
            inputs = input_count(body)
            asked = body.get("dimensions") or body.get("outputDimensionality")
            if scenario == "ragged" and inputs < 2 or scenario == "longer_than_asked" and not asked:
                continue                  # only where the scenario is wrong: several inputs, a length asked
            r = request(gw.port, "POST", path, body)
            label = "%s via %s (%s vectors)" % (model, what, scenario)
            if scenario == "good":
                expect_eq(r.status, 200, label)
                vectors = vectors_of(r.json())
                wanted = body.get("dimensions") or body.get("outputDimensionality") or 8
                expect(all(len(v) == wanted for v in vectors), "%s: lengths %r" % (label, [len(v) for v in vectors]))
            else:
                expect(r.status in (502, 503), "%s: status %d, wanted the chain's 502/503; body %r"
                       % (label, r.status, r.body[:160]))


def check_count(gw, count, fits):
    Provider.count = count
    for model in ("fa/m", "fg/m"):
        for what, path, body, field in (
                ("/v1/messages/count_tokens", "/v1/messages/count_tokens",
                 {"model": model, "messages": [{"role": "user", "content": "hi"}]}, "input_tokens"),
                (":countTokens", "/v1beta/models/%s:countTokens" % model,
                 {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}, "totalTokens")):
            r = request(gw.port, "POST", path, body)
            label = "%s via %s, the provider counting %d" % (model, what, count)
            if fits:
                expect_eq(r.status, 200, label)
                expect_eq(r.json()[field], count, label)
            else:
                expect(r.status in (502, 503), "%s: status %d, wanted the chain's 502/503; body %r"
                       % (label, r.status, r.body[:160]))


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
                {"name": "fg", "type": "gemini", "base_url": url + "/v1beta", "api_key": "k-g"},
                {"name": "fa", "type": "anthropic", "base_url": url + "/v1", "api_key": "k-a"},
            ],
            "routes": [{"name": "default", "chain": [{"target": "fo/m", "timeout_ms": 5000}]}],
            "breaker": {"failures": 1000000, "cooldown_ms": 1},
        }
        gw = suite.lethe(config)
        suite.case("vectors of the asked length: a 200 (control)", check, gw, "good")
        suite.case("empty vectors: a failed attempt, not a 200", check, gw, "empty")
        suite.case("vectors of different lengths in one answer: a failed attempt, not a 200", check, gw, "ragged")
        suite.case("vectors longer than the dimensions asked for: a failed attempt, not a 200", check, gw,
                   "longer_than_asked")
        suite.case("a token count of 10^12: passed on (control)", check_count, gw, 10 ** 12, True)
        suite.case("a token count of 2^63-1: a failed attempt, not a 200", check_count, gw, 2 ** 63 - 1, False)
        suite.case("a token count of 10^12 + 1: a failed attempt, not a 200", check_count, gw, 10 ** 12 + 1, False)


if __name__ == "__main__":
    main()
