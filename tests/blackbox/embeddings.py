#!/usr/bin/env python3
"""POST /v1/embeddings and POST /v1/messages/count_tokens against all three provider formats.

Embeddings: a string or an array of strings, float and base64, `dimensions`; OpenAI-format
targets get /embeddings, Gemini-format ones :embedContent (one input) or :batchEmbedContents
(several); Anthropic-format targets are skipped, and a route with none that embeds is a 400.
The mock's vectors are derived from the text it received (tests/mock/embeddings.c), so each
vector is checked against the text the provider saw: scrubbed inputs are embedded as their
placeholders, never as the values. Usage reaches the access log.
count_tokens: forwarded to Anthropic- and Gemini-format targets (their count), estimated by
lethe for OpenAI-format ones and marked so (x-lethe-estimate: true); scrubbed before it leaves."""
import base64
import json
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (Suite, expect, expect_eq, expect_openai_error, expect_unseen, hash_key, request,  # noqa: E402
                     sent_json, three_format_config, wait_until)

KEY = "sk-lethe-embeddings-main-0001"
FREE_KEY = "sk-lethe-embeddings-free-0002"
AUTH = {"Authorization": "Bearer " + KEY}
FREE_AUTH = {"Authorization": "Bearer " + FREE_KEY}
SAMPLE = "Contact Sarah Johnson at sarah.johnson@example.com or card 4206 4583 3793 9858 about the tide."
SAMPLE_VALUES = ["sarah.johnson@example.com", "4206 4583 3793 9858", "4206458337939858"]
TEXTS = ["Grüße aus 東京 🎉", "the second input", "a third, longer input about tide tables"]


def mock_vector(text, dimensions=8):
    """tests/mock/embeddings.c's vector of `text`, as the mock writes it (4 decimals)."""
    data = text.encode("utf-8")
    values = []
    for i in range(dimensions):
        h = 2166136261
        for b in data + i.to_bytes(4, "little"):
            h = ((h ^ b) * 16777619) & 0xFFFFFFFF
        values.append(float("%.4f" % ((h % 20001) / 10000.0 - 1.0)))
    return values


def close(a, b):
    return len(a) == len(b) and all(abs(x - y) < 1e-6 for x, y in zip(a, b))


def config(mock_port, log_path):
    return three_format_config(
        mock_port,
        access_log=log_path,
        routes=[
            {"name": "default", "chain": [{"target": "oa/emb-model", "timeout_ms": 5000}]},
            {"name": "gem", "chain": [{"target": "ge/text-embedding-004", "timeout_ms": 5000}]},
            {"name": "claude-first", "chain": [{"target": "an/claude-x"}, {"target": "ge/text-embedding-004"}]},
            {"name": "claude-only", "chain": [{"target": "an/claude-x"}]},
        ],
        prices={"oa/emb-model": {"input": 100, "output": 0}, "ge/text-embedding-004": {"input": 100, "output": 0}},
        keys=[{"name": "main", "hash": hash_key(KEY)},
              {"name": "free", "hash": hash_key(FREE_KEY), "scrub_optional": True}])


def embed(gw, body, headers=AUTH):
    return request(gw.port, "POST", "/v1/embeddings", body, headers=headers)


def embeddings_of(r, count, what):
    expect(r.status == 200, "%s: status %d" % (what, r.status), r)
    body = r.json()
    expect_eq(body.get("object"), "list", "%s: object" % what)
    data = body.get("data")
    expect(isinstance(data, list) and len(data) == count, "%s: %d embeddings wanted" % (what, count), body)
    for i, item in enumerate(data):
        expect_eq(item.get("object"), "embedding", "%s: data[%d].object" % (what, i))
        expect_eq(item.get("index"), i, "%s: data[%d].index" % (what, i))
    usage = body.get("usage") or {}
    expect(usage.get("prompt_tokens", 0) > 0 and usage.get("total_tokens") == usage.get("prompt_tokens"),
           "%s: usage" % what, body)
    return [item["embedding"] for item in data]


def mock_inputs(mock, fmt):
    """The texts the provider received, in order, from the mock's last request."""
    body = sent_json(mock)
    if fmt == "oa":
        value = body["input"]
        return value if isinstance(value, list) else [value]
    if "requests" in body:
        return ["\n".join(p["text"] for p in r["content"]["parts"]) for r in body["requests"]]
    return ["\n".join(p["text"] for p in body["content"]["parts"])]


def check_single(gw, mock, model, fmt):
    r = embed(gw, {"model": model, "input": TEXTS[0]})
    [vector] = embeddings_of(r, 1, model)
    expect(close(vector, mock_vector(TEXTS[0])), "the vector is not the mock's for the text", vector)
    last = mock.last()
    expect_eq(r.header("x-lethe-provider"), "oa/emb-model" if fmt == "oa" else "ge/text-embedding-004", "provider")
    expect(last["path"].endswith("/embeddings" if fmt == "oa" else ":embedContent"), "provider path", last["path"])


def check_batch(gw, mock, model, fmt):
    r = embed(gw, {"model": model, "input": TEXTS, "encoding_format": "float", "user": "someone"})
    vectors = embeddings_of(r, 3, model)
    for text, vector in zip(TEXTS, vectors):
        expect(close(vector, mock_vector(text)), "vector order or value", text, vector)
    expect(mock.last()["path"].endswith("/embeddings" if fmt == "oa" else ":batchEmbedContents"), "batch path",
           mock.last()["path"])
    expect("someone" not in mock.last()["body"], "'user' was forwarded", mock.last()["body"])


def check_dimensions(gw, mock, model, fmt):
    r = embed(gw, {"model": model, "input": ["x", "y"], "dimensions": 16})
    vectors = embeddings_of(r, 2, model)
    expect(all(len(v) == 16 for v in vectors), "dimensions not honoured", [len(v) for v in vectors])
    sent = sent_json(mock)
    if fmt == "oa":
        expect_eq(sent.get("dimensions"), 16, "dimensions sent")
    else:
        expect(all(q.get("outputDimensionality") == 16 for q in sent["requests"]), "outputDimensionality", sent)


def check_base64(gw, mock, model, fmt):
    r = embed(gw, {"model": model, "input": TEXTS[:2], "encoding_format": "base64"})
    encoded = embeddings_of(r, 2, model)
    for text, value in zip(TEXTS, encoded):
        expect(isinstance(value, str), "base64 wanted", value)
        raw = base64.b64decode(value)
        floats = list(struct.unpack("<%df" % (len(raw) // 4), raw))
        expect(close(floats, mock_vector(text)), "base64 floats differ from the mock's vector", floats)
    expect_eq(sent_json(mock).get("encoding_format", "float"), "float",
              "the provider is asked for floats")


def check_refusals(gw, mock):
    before = mock.requests()
    for body, param in (({"model": "default", "input": [1, 2, 3]}, "input[0]"),
                        ({"model": "default", "input": ["ok", [1, 2]]}, "input[1]"),
                        ({"model": "default", "input": []}, "input"),
                        ({"model": "default", "input": "x", "encoding_format": "int8"}, "encoding_format"),
                        ({"model": "default"}, "input")):
        err = expect_openai_error(embed(gw, body), 400)
        expect_eq(err.get("param"), param, "param of %r" % body)
    err = expect_openai_error(embed(gw, {"model": "claude-only", "input": "x"}), 400)
    expect("embed" in err["message"], "the refusal does not say embeddings", err)
    expect_eq(mock.requests(), before, "a refused request reached the provider")


def check_skips_anthropic(gw, mock):
    r = embed(gw, {"model": "claude-first", "input": "x"})
    embeddings_of(r, 1, "claude-first")
    expect_eq(r.header("x-lethe-provider"), "ge/text-embedding-004", "served by")
    expect(":embedContent" in mock.last()["path"], "the Anthropic target was sent something", mock.last()["path"])


def check_scrubbed(gw, mock, model, fmt):
    r = embed(gw, {"model": model, "input": [SAMPLE, TEXTS[1]]})
    vectors = embeddings_of(r, 2, model)
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, "embeddings")
    expect(int(r.header("x-lethe-scrubbed", "0")) >= 2, "x-lethe-scrubbed", r.headers)
    received = mock_inputs(mock, fmt)
    expect(received[0] != SAMPLE, "the input was sent as written", received)
    # What was embedded is the placeholder text, and the client gets that vector as it is.
    expect(close(vectors[0], mock_vector(received[0])), "the vector is not the masked text's", vectors[0])
    expect(not close(vectors[0], mock_vector(SAMPLE)), "the value itself was embedded", vectors[0])


def check_scrub_off(gw, mock):
    headers = dict(FREE_AUTH, **{"x-lethe-scrub": "off"})
    r = embed(gw, {"model": "default", "input": SAMPLE}, headers=headers)
    [vector] = embeddings_of(r, 1, "scrub off")
    expect(SAMPLE_VALUES[0] in mock.last()["body"], "a scrub_optional key's input was masked", mock.last()["body"])
    expect(close(vector, mock_vector(SAMPLE)), "scrub off: the vector is not the text's", vector)
    headers = dict(AUTH, **{"x-lethe-scrub": "off"})
    embeddings_of(embed(gw, {"model": "default", "input": SAMPLE}, headers=headers), 1, "main key")
    expect(SAMPLE_VALUES[0] not in mock.last()["body"], "x-lethe-scrub: off honoured for a key without "
                                                        "scrub_optional", mock.last()["body"])


def check_usage_logged(gw, log_path):
    embeddings_of(embed(gw, {"model": "gem", "input": "twelve bytes"}), 1, "gem")
    def logged():
        try:
            with open(log_path) as f:
                return [json.loads(line) for line in f if line.strip()]
        except (OSError, ValueError):
            return []
    expect(wait_until(lambda: len(logged()) > 0, 5), "no access log line")
    record = logged()[-1]
    expect(record.get("tokens_in", 0) > 0, "tokens_in not counted", record)
    expect(record.get("cost_usd", 0) > 0, "cost not counted", record)
    metrics = request(gw.port, "GET", "/metrics").text()
    expect('lethe_tokens_total{provider="ge/text-embedding-004",key="main",direction="in"}' in metrics,
           "embedding tokens missing from /metrics", metrics[-1500:])


# ---- count_tokens ----

def count(gw, body, headers=AUTH):
    return request(gw.port, "POST", "/v1/messages/count_tokens", body, headers=headers)


def count_body(model, text):
    return {"model": model, "system": "Be brief.", "messages": [{"role": "user", "content": text}]}


def check_count_forwarded(gw, mock, model, path_end):
    before = mock.requests()
    r = count(gw, count_body(model, SAMPLE))
    expect(r.status == 200, "status %d" % r.status, r)
    expect_eq(mock.requests(), before + 1, "requests to the provider")
    last = mock.last()
    expect(last["path"].endswith(path_end), "count path", last["path"])
    expect_unseen(last["body"], SAMPLE_VALUES, "count_tokens")
    sent = json.loads(last["body"])
    expect("max_tokens" not in json.dumps(sent), "max_tokens sent to a count", sent)
    expect_eq(r.json(), {"input_tokens": (len(last["body"].encode()) + 3) // 4}, "the provider's count")
    expect(r.header("x-lethe-estimate") is None, "a forwarded count marked as an estimate", r.headers)


def check_count_estimated(gw, mock):
    before = mock.requests()
    text = "x" * 40
    r = count(gw, count_body("oa/any-model", text))
    expect(r.status == 200, "status %d" % r.status, r)
    expect_eq(mock.requests(), before, "an estimate reached the provider")
    expect_eq(r.header("x-lethe-estimate"), "true", "x-lethe-estimate")
    expect_eq(r.header("x-lethe-provider"), "oa/any-model", "x-lethe-provider")
    expect_eq(r.json(), {"input_tokens": (40 + len("Be brief.") + 3) // 4}, "the estimate")


def check_count_refusals(gw):
    r = count(gw, {"model": "an/c", "stream": True, "messages": [{"role": "user", "content": "x"}]})
    expect(r.status == 400 and r.json().get("type") == "error", "stream refused in Anthropic's shape", r)
    r = count(gw, {"model": "an/c", "messages": "nope"})
    expect(r.status == 400 and r.json()["error"]["type"] == "invalid_request_error", "bad messages", r)


with Suite() as suite:
    mock = suite.mock()
    log_path = os.path.join(suite.workdir.name, "access.log")
    gw = suite.lethe(config(mock.port, log_path))
    for model, fmt in (("default", "oa"), ("gem", "ge")):
        suite.case("one input through %s" % fmt, check_single, gw, mock, model, fmt)
        suite.case("an array of inputs through %s, in order" % fmt, check_batch, gw, mock, model, fmt)
        suite.case("dimensions through %s" % fmt, check_dimensions, gw, mock, model, fmt)
        suite.case("base64 through %s" % fmt, check_base64, gw, mock, model, fmt)
        suite.case("scrubbed through %s: placeholders embedded, never the values" % fmt, check_scrubbed, gw, mock,
                   model, fmt)
    suite.case("refusals: token arrays, empty input, a route that cannot embed", check_refusals, gw, mock)
    suite.case("an Anthropic target is skipped for embeddings", check_skips_anthropic, gw, mock)
    suite.case("x-lethe-scrub: off only for a scrub_optional key", check_scrub_off, gw, mock)
    suite.case("usage and cost in the access log and metrics (Gemini: estimated)", check_usage_logged, gw, log_path)
    suite.case("count_tokens forwarded to an Anthropic target, scrubbed", check_count_forwarded, gw, mock,
               "an/claude-x", "/messages/count_tokens")
    suite.case("count_tokens forwarded to a Gemini target, scrubbed", check_count_forwarded, gw, mock,
               "ge/gemini-x", ":countTokens")
    suite.case("count_tokens estimated for an OpenAI target, and marked", check_count_estimated, gw, mock)
    suite.case("count_tokens refusals in Anthropic's shape", check_count_refusals, gw)
