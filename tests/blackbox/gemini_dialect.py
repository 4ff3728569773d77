#!/usr/bin/env python3
"""The Gemini client dialect, POST /v1beta/models/{model}:VERB, against all three provider
formats: generateContent and streamGenerateContent?alt=sse in Gemini's exact shapes
(candidates, finishReason, usageMetadata), function calls both ways, countTokens (forwarded
or estimated), embedContent and batchEmbedContents; the key as x-goog-api-key or ?key=
(never echoed, never forwarded); the model from the path checked like any model; errors in
Gemini's {"error": {"code", "message", "status"}}; and a scrub round trip: nothing labelled
reaches the provider, the values come back in whole and streamed answers."""
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (SSEReader, Suite, expect, expect_eq, expect_unseen, hash_key, open_stream, request,  # noqa: E402
                     three_format_config)

KEY = "sk-lethe-gemini-dialect-0001"
TEXT = "Grüße aus 東京 🎉 — tide tables please"
SAMPLE = "Write to sarah.johnson@example.com, card 4206 4583 3793 9858, about the tide."
SAMPLE_VALUES = ["sarah.johnson@example.com", "4206 4583 3793 9858", "4206458337939858"]
FORMATS = ("oa", "an", "ge")
GOOG = {"x-goog-api-key": KEY}


def config(mock_port):
    return three_format_config(mock_port,
                               routes=[{"name": "default", "chain": [{"target": "ge/gemini-x", "timeout_ms": 5000}]},
                                       {"name": "claude-only", "chain": [{"target": "an/claude-x"}]}],
                               keys=[{"name": "main", "hash": hash_key(KEY)}])


def path(model, verb, query=""):
    return "/v1beta/models/%s:%s%s" % (model, verb, query)


def user(text):
    return {"contents": [{"role": "user", "parts": [{"text": text}]}]}


def call(gw, model, verb, body, headers=GOOG, query=""):
    return request(gw.port, "POST", path(model, verb, query), body, headers=headers)


def expect_gemini_error(r, status, status_name=None):
    expect(r.status == status, "wanted status %d, got %d" % (status, r.status), r)
    body = r.json()
    err = body.get("error") if isinstance(body, dict) else None
    expect(isinstance(err, dict) and err.get("code") == status and isinstance(err.get("message"), str)
           and isinstance(err.get("status"), str), "not Gemini's error shape", body)
    if status_name is not None:
        expect_eq(err["status"], status_name, "error.status")
    expect(KEY not in r.text() and all(KEY not in v for _, v in r.headers), "the key was echoed", r)
    return err


def candidate_of(body):
    candidates = body.get("candidates")
    expect(isinstance(candidates, list) and len(candidates) == 1, "one candidate wanted", body)
    return candidates[0]


def text_of(candidate):
    return "".join(p.get("text", "") for p in candidate["content"]["parts"])


def stream(gw, model, body, headers=GOOG, query="?alt=sse"):
    """(status, [chunk objects]) of a streamGenerateContent answer."""
    conn, resp = open_stream(gw.port, body, headers=headers, path=path(model, "streamGenerateContent", query))
    try:
        if resp.status != 200:
            return resp.status, [json.loads(resp.read())]
        expect((resp.getheader("content-type") or "").startswith("text/event-stream"), "content type", resp.headers)
        return 200, [ev.json() for ev in SSEReader(resp)]
    finally:
        conn.close()


def check_generate(gw, mock, fmt):
    model = "%s%%2Fmodel-x" % fmt          # provider/model, its '/' percent-encoded
    r = call(gw, model, "generateContent", dict(user(TEXT), generationConfig={"temperature": 0.3,
                                                                             "maxOutputTokens": 200}))
    expect(r.status == 200, "status %d" % r.status, r)
    body = r.json()
    candidate = candidate_of(body)
    expect_eq(candidate["content"]["role"], "model", "role")
    expect_eq(text_of(candidate), TEXT, "echoed text")
    expect_eq(candidate.get("finishReason"), "STOP", "finishReason")
    usage = body.get("usageMetadata") or {}
    expect(usage.get("promptTokenCount", 0) > 0 and "totalTokenCount" in usage, "usageMetadata", body)
    expect(isinstance(body.get("modelVersion"), str) and isinstance(body.get("responseId"), str), "ids", body)
    expect_eq(r.header("x-lethe-provider"), "%s/model-x" % fmt, "x-lethe-provider")
    last = mock.last()
    expect(KEY not in json.dumps(last), "the gateway key reached the provider", last)


def check_generate_raw_slash(gw, mock):
    # @google/genai sends provider/model with its '/' as it is: "models/oa/model-x".
    r = call(gw, "oa/model-x", "generateContent", user(TEXT))
    expect(r.status == 200, "status %d" % r.status, r)
    expect_eq(r.header("x-lethe-provider"), "oa/model-x", "x-lethe-provider")


def check_stream(gw, mock, fmt):
    mock.configure(chunk_bytes=5)
    try:
        status, chunks = stream(gw, "%s%%2Fmodel-x" % fmt, user(TEXT))
    finally:
        mock.reset()
    expect(status == 200, "status %d" % status, chunks)
    expect(len(chunks) >= 3, "the answer was not streamed in pieces", chunks)
    text = "".join(text_of(candidate_of(c)) for c in chunks)
    expect_eq(text, TEXT, "streamed text")
    expect_eq(candidate_of(chunks[-1]).get("finishReason"), "STOP", "last chunk's finishReason")
    expect(all("finishReason" not in candidate_of(c) for c in chunks[:-1]), "finishReason before the end", chunks)
    expect("usageMetadata" in chunks[-1], "usageMetadata in the last chunk", chunks[-1])


def check_tool_call(gw, mock, fmt):
    mock.configure(reply_tool="lookup", reply="Oslo")
    try:
        tools = [{"functionDeclarations": [{"name": "lookup", "description": "find a city",
                                            "parameters": {"type": "OBJECT",
                                                           "properties": {"echo": {"type": "STRING"}}}}]}]
        r = call(gw, "%s%%2Fmodel-x" % fmt, "generateContent", dict(user("where?"), tools=tools))
        expect(r.status == 200, "status %d" % r.status, r)
        candidate = candidate_of(r.json())
        calls = [p["functionCall"] for p in candidate["content"]["parts"] if "functionCall" in p]
        expect(len(calls) == 1 and calls[0]["name"] == "lookup" and calls[0]["args"] == {"echo": "Oslo"},
               "functionCall", candidate)
        status, chunks = stream(gw, "%s%%2Fmodel-x" % fmt, dict(user("where?"), tools=tools))
        expect(status == 200, "stream status %d" % status, chunks)
        streamed = [p["functionCall"] for c in chunks for p in candidate_of(c)["content"]["parts"]
                    if "functionCall" in p]
        expect(len(streamed) == 1 and streamed[0]["args"] == {"echo": "Oslo"}, "streamed functionCall", chunks)
    finally:
        mock.reset()
    # The answer goes back as a functionResponse, matched to the call by name.
    model_turn = {"role": "model", "parts": [{"functionCall": calls[0]}]}
    answer = {"role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"city": "Oslo"}}}]}
    body = {"contents": [user("where?")["contents"][0], model_turn, answer, user("thanks")["contents"][0]],
            "tools": tools}
    r = call(gw, "%s%%2Fmodel-x" % fmt, "generateContent", body)
    expect(r.status == 200, "round trip status %d" % r.status, r)
    sent = mock.last()["body"]
    expect("Oslo" in sent and "lookup" in sent, "the tool result did not reach the provider", sent)


def check_scrub_round_trip(gw, mock, fmt):
    r = call(gw, "%s%%2Fmodel-x" % fmt, "generateContent", user(SAMPLE))
    expect(r.status == 200, "status %d" % r.status, r)
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, "generateContent")
    expect_eq(text_of(candidate_of(r.json())), SAMPLE, "values restored in the answer")
    expect(int(r.header("x-lethe-scrubbed", "0")) >= 2, "x-lethe-scrubbed", r.headers)
    mock.configure(chunk_bytes=3)
    try:
        status, chunks = stream(gw, "%s%%2Fmodel-x" % fmt, user(SAMPLE))
    finally:
        mock.reset()
    expect(status == 200, "stream status %d" % status, chunks)
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, "streamGenerateContent")
    expect_eq("".join(text_of(candidate_of(c)) for c in chunks), SAMPLE, "values restored in the stream")


def check_count_tokens(gw, mock, fmt):
    before = mock.requests()
    r = call(gw, "%s%%2Fmodel-x" % fmt, "countTokens", user(SAMPLE))
    expect(r.status == 200, "status %d" % r.status, r)
    total = r.json().get("totalTokens")
    expect(isinstance(total, int) and total > 0, "totalTokens", r.json())
    if fmt == "oa":
        expect_eq(r.header("x-lethe-estimate"), "true", "x-lethe-estimate")
        expect_eq(mock.requests(), before, "an estimate reached the provider")
        return
    expect(r.header("x-lethe-estimate") is None, "a forwarded count marked as an estimate", r.headers)
    last = mock.last()
    expect(last["path"].endswith(":countTokens" if fmt == "ge" else "/messages/count_tokens"), "path", last["path"])
    expect_unseen(last["body"], SAMPLE_VALUES, "countTokens")
    expect_eq(total, (len(last["body"].encode()) + 3) // 4, "the provider's count")


def check_embed(gw, mock, fmt):
    r = call(gw, "%s%%2Femb" % fmt, "embedContent",
             {"model": "models/%s/emb" % fmt, "content": {"parts": [{"text": "hello"}]}, "taskType": "RETRIEVAL_QUERY",
              "outputDimensionality": 4})
    expect(r.status == 200, "status %d" % r.status, r)
    values = (r.json().get("embedding") or {}).get("values")
    expect(isinstance(values, list) and len(values) == 4, "embedding.values", r.json())
    r = call(gw, "%s%%2Femb" % fmt, "batchEmbedContents",
             {"requests": [{"model": "models/x", "content": {"parts": [{"text": t}]}} for t in ("a", "b", "c")]})
    expect(r.status == 200, "batch status %d" % r.status, r)
    embeddings = r.json().get("embeddings")
    expect(isinstance(embeddings, list) and len(embeddings) == 3 and all(len(e["values"]) == 8 for e in embeddings),
           "embeddings", r.json())
    expect(embeddings[0]["values"] != embeddings[1]["values"], "every input got the same vector", embeddings)


def check_embed_refused_for_anthropic(gw, mock):
    before = mock.requests()
    err = expect_gemini_error(call(gw, "claude-only", "embedContent", {"content": {"parts": [{"text": "x"}]}}), 400,
                              "INVALID_ARGUMENT")
    expect("embed" in err["message"], "the refusal does not say embeddings", err)
    expect_eq(mock.requests(), before, "a refused request reached the provider")


def check_v1_paths(gw, mock):
    # @google/genai 3.x calls /v1/models/…; the rest of /v1/models/ stays OpenAI's.
    r = request(gw.port, "POST", "/v1/models/oa/model-x:generateContent", user(TEXT), headers=GOOG)
    expect(r.status == 200, "status %d" % r.status, r)
    expect_eq(text_of(candidate_of(r.json())), TEXT, "text")
    r = request(gw.port, "GET", "/v1/models/oa%2Fmodel-x:8b", headers=GOOG)
    expect("error" in r.json() and isinstance(r.json()["error"].get("type"), str), "not OpenAI's error shape", r)


def check_keys(gw, mock):
    r = call(gw, "default", "generateContent", user(TEXT), headers={}, query="?key=" + urllib.parse.quote(KEY))
    expect(r.status == 200, "?key= refused: %d" % r.status, r)
    expect("key=" not in mock.last()["path"], "the query reached the provider", mock.last()["path"])
    expect_gemini_error(call(gw, "default", "generateContent", user(TEXT), headers={}), 401, "UNAUTHENTICATED")
    expect_gemini_error(call(gw, "default", "generateContent", user(TEXT), headers={"x-goog-api-key": KEY + "x"}),
                        401)
    expect_gemini_error(call(gw, "default", "generateContent", user(TEXT), headers={}, query="?key=" + KEY + "x"),
                        401)
    r = call(gw, "default", "generateContent", user(TEXT), headers={"Authorization": "Bearer " + KEY})
    expect(r.status == 200, "a Bearer key refused: %d" % r.status, r)


def check_model_checks(gw, mock):
    before = mock.requests()
    for model, status in (("oa%2F..%2Fx", 400), ("a%3Fb", 400), ("a%2", 400), ("no-such-route", 404),
                          ("nosuch%2Fmodel", 404)):
        expect_gemini_error(call(gw, model, "generateContent", user(TEXT)), status)
    expect_gemini_error(call(gw, "default", "predict", user(TEXT)), 404, "NOT_FOUND")
    expect_gemini_error(call(gw, "default", "streamGenerateContent", user(TEXT)), 400, "INVALID_ARGUMENT")
    r = request(gw.port, "GET", path("default", "generateContent"), headers=GOOG)
    expect_gemini_error(r, 405)
    expect_eq(mock.requests(), before, "a refused request reached the provider")


def check_refusals(gw):
    for body, what in (({"contents": []}, "contents"),
                       (dict(user("x"), generationConfig={"candidateCount": 2}), "candidateCount"),
                       (dict(user("x"), tools=[{"googleSearch": {}}]), "tools[0]"),
                       (dict(user("x"), cachedContent="c"), "cachedContent"),
                       ({"contents": [{"role": "user",
                                       "parts": [{"functionResponse": {"name": "f", "response": {}}}]}]},
                        "functionResponse")):
        err = expect_gemini_error(call(gw, "default", "generateContent", body), 400, "INVALID_ARGUMENT")
        expect(what in err["message"], "the refusal does not name %s" % what, err)


def check_provider_error(gw, mock, fmt):
    mock.configure(status=503)
    try:
        expect_gemini_error(call(gw, "%s%%2Fmodel-x" % fmt, "generateContent", user(TEXT)), 503, "UNAVAILABLE")
        status, chunks = stream(gw, "%s%%2Fmodel-x" % fmt, user(TEXT))
        expect_eq(status, 503, "stream status")
    finally:
        mock.reset()


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(config(mock.port))
    for fmt in FORMATS:
        suite.case("generateContent through %s" % fmt, check_generate, gw, mock, fmt)
        suite.case("streamGenerateContent through %s" % fmt, check_stream, gw, mock, fmt)
        suite.case("function call and response through %s" % fmt, check_tool_call, gw, mock, fmt)
        suite.case("scrub round trip through %s, whole and streamed" % fmt, check_scrub_round_trip, gw, mock, fmt)
        suite.case("countTokens through %s" % fmt, check_count_tokens, gw, mock, fmt)
        suite.case("a provider error through %s, in Gemini's shape" % fmt, check_provider_error, gw, mock, fmt)
    for fmt in ("oa", "ge"):
        suite.case("embedContent and batchEmbedContents through %s" % fmt, check_embed, gw, mock, fmt)
    suite.case("embedContent on an Anthropic-only route: a 400", check_embed_refused_for_anthropic, gw, mock)
    suite.case("provider/model with a raw '/' in the path", check_generate_raw_slash, gw, mock)
    suite.case("/v1/models/{model}:generateContent, as @google/genai sends it", check_v1_paths, gw, mock)
    suite.case("keys: x-goog-api-key, ?key=, Bearer; never forwarded", check_keys, gw, mock)
    suite.case("the path's model is checked; unknown verbs, no alt=sse, GET", check_model_checks, gw, mock)
    suite.case("refusals name the field, in Gemini's shape", check_refusals, gw)
