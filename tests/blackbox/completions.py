#!/usr/bin/env python3
"""POST /v1/completions (legacy text completions) and GET /v1/models/{id}.

Completions go to OpenAI-format targets only: the mock's /v1/completions answers
text_completion objects and chunks echoing the prompt. Every member is forwarded, the
prompt (and suffix) are scrubbed and the text restored, whole and streamed at every chunk
size; a route's other formats are skipped, and a route with none is a 400 that says so.
models/{id} answers OpenAI's model object for configured names only (ids with '/', plain
or percent-encoded), and OpenAI's 404 otherwise."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, Suite, expect, expect_eq, expect_openai_error, expect_unseen, open_stream,  # noqa: E402
                     openai_stream_parts, request, sent_json, three_format_config)

PROMPT = "Grüße aus 東京 🎉 — once upon a time"
SAMPLE = ("I am Sarah Johnson, mail sarah.johnson@example.com, card 4206 4583 3793 9858, "
          "phone +47 912 34 567, DB_PASSWORD=Sup3r-s3cret-pass and key AKIACFNVKZUA73LPAWLE.")
SAMPLE_VALUES = ["Sarah Johnson", "sarah.johnson@example.com", "4206 4583 3793 9858", "+47 912 34 567",
                 "Sup3r-s3cret-pass", "AKIACFNVKZUA73LPAWLE"]


def config(mock_port):
    return three_format_config(mock_port, routes=[
        {"name": "default", "chain": [{"target": "oa/model-x", "timeout_ms": 5000}]},
        {"name": "mixed", "chain": [{"target": "an/claude-x"}, {"target": "ge/gemini-x"},
                                    {"target": "oa/vllm/meta-llama"}]},
        {"name": "chat-only", "chain": [{"target": "an/claude-x"}, {"target": "ge/gemini-x"}]}])


def complete(gw, body):
    return request(gw.port, "POST", "/v1/completions", body)


def stream_completion(gw, body):
    """(content, saw [DONE], error, chunks) of a streamed completion."""
    conn, resp = open_stream(gw.port, dict(body, stream=True), path="/v1/completions")
    try:
        raw = resp.read().decode("utf-8")
        expect(resp.status == 200, "stream status %d" % resp.status, raw[-400:])
    finally:
        conn.close()
    chunks = [json.loads(line[6:]) for line in raw.split("\n") if line.startswith("data: {")]
    text = "".join(choice.get("text") or "" for chunk in chunks for choice in chunk.get("choices") or [])
    done = "data: [DONE]" in raw
    _, _, error = openai_stream_parts(raw)
    return text, done, error, chunks


def expect_hidden(mock, what):
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, what)


def check_whole(gw, mock):
    body = {"model": "oa/model-x", "prompt": PROMPT, "max_tokens": 50, "temperature": 0.5, "top_p": 0.9,
            "stop": ["\n\n"], "seed": 7, "suffix": " the end", "user": "someone"}
    r = complete(gw, body)
    expect_eq(r.status, 200, "status")
    answer = r.json()
    expect_eq(answer.get("object"), "text_completion", "object")
    expect(answer["id"].startswith("cmpl-"), "id", answer)
    expect_eq(len(answer["choices"]), 1, "choices")
    choice = answer["choices"][0]
    expect_eq(choice.get("text"), PROMPT, "text")
    expect_eq(choice.get("index"), 0, "index")
    expect_eq(choice.get("finish_reason"), "stop", "finish_reason")
    expect("logprobs" in choice and choice["logprobs"] is None, "logprobs null", choice)
    expect(answer["usage"]["total_tokens"] > 0, "usage", answer)
    expect_eq(r.header("x-lethe-provider"), "oa/model-x", "x-lethe-provider")
    last = mock.last()
    expect_eq(last["path"], "/v1/completions", "the provider's path")
    sent = json.loads(last["body"])
    expect_eq(sent.get("prompt"), PROMPT, "prompt sent")
    for member, wanted in (("max_tokens", 50), ("temperature", 0.5), ("top_p", 0.9), ("stop", ["\n\n"]),
                           ("seed", 7), ("suffix", " the end")):
        expect_eq(sent.get(member), wanted, "%s sent" % member)
    expect("user" not in sent and "messages" not in sent, "sent what it should not", sent)


def check_stream(gw, mock):
    for chunk in (1, 3, 7):
        mock.configure(chunk_bytes=chunk)
        text, done, error, chunks = stream_completion(gw, {"model": "oa/model-x", "prompt": PROMPT,
                                                           "stream_options": {"include_usage": True}})
        expect_eq(text, PROMPT, "streamed text at chunk_bytes %d" % chunk)
        expect(done and error is None, "ends with [DONE], no error", chunks[-2:])
        expect(all(c.get("object") == "text_completion" for c in chunks), "chunk objects", chunks[:2])
        expect(any(c.get("usage") for c in chunks), "the usage chunk", chunks[-2:])
        finishes = [ch["finish_reason"] for c in chunks for ch in c["choices"] if ch.get("finish_reason")]
        expect_eq(finishes, ["stop"], "finish reasons")
    mock.reset()


def check_prompt_shapes(gw):
    r = complete(gw, {"model": "oa/model-x", "prompt": [PROMPT]})
    expect_eq(r.status, 200, "array of one string")
    expect_eq(r.json()["choices"][0]["text"], PROMPT, "text")
    for prompt in ([CANARY, CANARY], [1, 2, 3], [[1, 2]], [], 42, None):
        body = {"model": "oa/model-x"}
        if prompt is not None:
            body["prompt"] = prompt
        error = expect_openai_error(complete(gw, body), 400)
        expect_eq(error.get("param"), "prompt", "param for prompt %r" % (prompt,))
    error = expect_openai_error(complete(gw, {"model": "oa/model-x", "prompt": CANARY, "best_of": 2}), 400)
    expect_eq(error.get("param"), "best_of", "param")
    error = expect_openai_error(complete(gw, {"model": "oa/model-x", "prompt": CANARY, "logprobs": 9}), 400)
    expect_eq(error.get("param"), "logprobs", "param")
    error = expect_openai_error(complete(gw, {"model": "oa/model-x", "prompt": CANARY, "n": 2, "stream": True}), 400)
    expect_eq(error.get("param"), "n", "param")


def check_formats(gw, mock):
    # A route whose first targets are Anthropic and Gemini: skipped, served by the OpenAI one.
    r = complete(gw, {"model": "mixed", "prompt": PROMPT})
    expect_eq(r.status, 200, "mixed route")
    expect_eq(r.json()["choices"][0]["text"], PROMPT, "text")
    expect_eq(r.header("x-lethe-provider"), "oa/vllm/meta-llama", "served by the OpenAI-format target")
    expect_eq(mock.last()["path"], "/v1/completions", "the provider's path")
    text, done, _, _ = stream_completion(gw, {"model": "mixed", "prompt": PROMPT})
    expect(text == PROMPT and done, "mixed route streamed", text)
    before = mock.requests()
    for model in ("chat-only", "an/claude-x", "ge/gemini-x"):
        r = complete(gw, {"model": model, "prompt": CANARY})
        error = expect_openai_error(r, 400)
        expect("OpenAI-format" in error["message"], "the 400 does not say why", r)
    expect_eq(mock.requests(), before, "requests that reached the provider")


def check_scrub(gw, mock):
    r = complete(gw, {"model": "oa/model-x", "prompt": SAMPLE, "suffix": " reply to " + SAMPLE_VALUES[1]})
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["text"], SAMPLE, "restored text")
    expect(int(r.header("x-lethe-scrubbed")) >= len(SAMPLE_VALUES), "x-lethe-scrubbed", r.headers)
    expect_hidden(mock, "whole (prompt and suffix)")
    for chunk in range(1, 8):
        mock.configure(chunk_bytes=chunk)
        text, done, error, _ = stream_completion(gw, {"model": "oa/model-x", "prompt": SAMPLE})
        expect_eq(text, SAMPLE, "restored at chunk_bytes %d" % chunk)
        expect(done and error is None, "complete stream", chunk)
        expect_hidden(mock, "streamed at chunk_bytes %d" % chunk)
    mock.reset()


def check_pass_through(gw, mock):
    r = complete(gw, {"model": "oa/model-x", "prompt": PROMPT, "n": 2, "logprobs": 2, "echo": True,
                      "logit_bias": {"50256": -100}})
    expect_eq(r.status, 200, "status")
    sent = sent_json(mock)
    for member, wanted in (("n", 2), ("logprobs", 2), ("echo", True), ("logit_bias", {"50256": -100})):
        expect_eq(sent.get(member), wanted, "%s sent" % member)
    choices = r.json()["choices"]
    expect_eq([c["index"] for c in choices], [0, 1], "choice indexes")
    for c in choices:
        expect_eq(c["text"], PROMPT + PROMPT, "echo: the prompt, then the completion")
        expect(isinstance(c["logprobs"], dict) and c["logprobs"]["tokens"], "logprobs passed back", c)
    text, done, _, chunks = stream_completion(gw, {"model": "oa/model-x", "prompt": PROMPT, "logprobs": 1})
    expect(text == PROMPT and done, "streamed with logprobs", text)
    expect(any(ch.get("logprobs") for c in chunks for ch in c["choices"]), "streamed logprobs", chunks[:2])


def check_model_object(gw):
    for model_id, owner, path in (("default", "lethe", "default"), ("auto", "lethe", "auto"),
                                  ("oa/model-x", "oa", "oa/model-x"), ("oa/model-x", "oa", "oa%2Fmodel-x"),
                                  ("oa/vllm/meta-llama", "oa", "oa/vllm/meta-llama"),
                                  ("an/claude-x", "an", "an%2fclaude-x")):
        r = request(gw.port, "GET", "/v1/models/" + path)
        expect_eq(r.status, 200, "status of %s" % path)
        expect_eq(r.json(), {"id": model_id, "object": "model", "created": 0, "owned_by": owner}, path)
    for path in ("nobody", "oa/not-configured", "oa%2", "oa%00x", CANARY, "default/"):
        r = request(gw.port, "GET", "/v1/models/" + path)
        error = expect_openai_error(r, 404)
        expect_eq(error.get("code"), "model_not_found", "code for %s" % path)
        expect("not-configured" not in r.text() and "nobody" not in r.text(), "the 404 repeats the id", r)
    r = request(gw.port, "POST", "/v1/models/default", {})
    expect_eq(r.status, 405, "POST on a model")


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(config(mock.port))
    suite.case("completions: a text_completion, every member forwarded to /v1/completions", check_whole, gw, mock)
    suite.case("completions: streamed chunks, usage, [DONE]", check_stream, gw, mock)
    suite.case("completions: prompt as one string only; refusals name the field", check_prompt_shapes, gw)
    suite.case("completions: other formats skipped; a route with none is a 400 that says so", check_formats,
               gw, mock)
    suite.case("completions: scrub round trip, prompt and suffix, whole and streamed", check_scrub, gw, mock)
    suite.case("completions: n, logprobs, echo, logit_bias pass through and back", check_pass_through, gw, mock)
    suite.case("GET /v1/models/{id}: configured names only, OpenAI's 404 otherwise", check_model_object, gw)
