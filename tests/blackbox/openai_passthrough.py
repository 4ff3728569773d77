#!/usr/bin/env python3
"""Chat's OpenAI-only members through POST /v1/chat/completions: logprobs, top_logprobs,
logit_bias and n > 1 pass through to an OpenAI-format target and back to the client
(logprobs in each choice, whole and streamed; n choices whole, each restored after
scrubbing); a Gemini target honours logprobs, top_logprobs and n (responseLogprobs,
logprobs, candidateCount) and refuses logit_bias; an Anthropic target refuses them all
with a 400 naming the field, and
n > 1 with a stream is refused, since a stream carries one choice."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, Suite, chat, expect, expect_eq, expect_openai_error, expect_unseen,  # noqa: E402
                     open_stream, sent_json, three_format_config)

TEXT = "Grüße aus 東京 🎉 — which tide?"
SAMPLE = "Write to sarah.johnson@example.com about card 4206 4583 3793 9858."
SAMPLE_VALUES = ["sarah.johnson@example.com", "4206 4583 3793 9858"]


def check_logprobs_whole(gw, mock):
    r = chat(gw.port, TEXT, model="oa/model-x", logprobs=True, top_logprobs=2)
    expect_eq(r.status, 200, "status")
    body = sent_json(mock)
    expect_eq((body.get("logprobs"), body.get("top_logprobs")), (True, 2), "logprobs sent")
    choice = r.json()["choices"][0]
    expect_eq(choice["message"]["content"], TEXT, "content")
    content = (choice.get("logprobs") or {}).get("content")
    expect(isinstance(content, list) and content, "logprobs.content passed back", choice)
    expect_eq(len(content[0]["top_logprobs"]), 2, "top_logprobs per token")
    expect_eq("".join(entry["token"] for entry in content), TEXT, "the tokens spell the text")


def stream_logprobs(gw, model):
    """Streams TEXT from `model` with logprobs: the raw stream, its tokens checked to spell TEXT."""
    conn, resp = open_stream(gw.port, {"model": model, "stream": True, "logprobs": True,
                                       "messages": [{"role": "user", "content": TEXT}]})
    try:
        raw = resp.read().decode("utf-8")
    finally:
        conn.close()
    expect_eq(resp.status, 200, "stream status")
    chunks = [json.loads(line[6:]) for line in raw.split("\n") if line.startswith("data: {")]
    tokens = [entry["token"] for c in chunks for ch in c["choices"] if ch.get("logprobs")
              for entry in ch["logprobs"]["content"]]
    expect_eq("".join(tokens), TEXT, "streamed logprobs tokens")
    return raw


def check_logprobs_streamed(gw, mock):
    raw = stream_logprobs(gw, "oa/model-x")
    expect("data: [DONE]" in raw, "complete stream", raw[-200:])


def check_choices(gw, mock):
    r = chat(gw.port, TEXT, model="oa/model-x", n=3, logit_bias={"50256": -100, "11": 2.5})
    expect_eq(r.status, 200, "status")
    body = sent_json(mock)
    expect_eq((body.get("n"), body.get("logit_bias")), (3, {"50256": -100, "11": 2.5}), "n and logit_bias sent")
    choices = r.json()["choices"]
    expect_eq([c["index"] for c in choices], [0, 1, 2], "choice indexes")
    expect(all(c["message"]["content"] == TEXT and c["finish_reason"] == "stop" for c in choices), "choices", choices)


def check_choices_scrubbed(gw, mock):
    r = chat(gw.port, SAMPLE, model="oa/model-x", n=2)
    expect_eq(r.status, 200, "status")
    expect_eq([c["message"]["content"] for c in r.json()["choices"]], [SAMPLE, SAMPLE], "every choice restored")
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, "n=2")


def check_gemini_logprobs(gw, mock):
    """A Gemini target: responseLogprobs and logprobs; logprobsResult comes back in OpenAI's shape."""
    r = chat(gw.port, TEXT, model="ge/model-x", logprobs=True, top_logprobs=2)
    expect_eq(r.status, 200, "status")
    config = sent_json(mock).get("generationConfig") or {}
    expect_eq((config.get("responseLogprobs"), config.get("logprobs")), (True, 2), "generationConfig sent")
    choice = r.json()["choices"][0]
    expect_eq(choice["message"]["content"], TEXT, "content")
    content = (choice.get("logprobs") or {}).get("content")
    expect(isinstance(content, list) and content, "logprobs.content passed back", choice)
    expect_eq("".join(entry["token"] for entry in content), TEXT, "the tokens spell the text")
    expect(all(len(entry["top_logprobs"]) == 2 and entry["logprob"] == -0.25
               and bytes(entry["bytes"]).decode("utf-8") == entry["token"] for entry in content), "entries", content)
    stream_logprobs(gw, "ge/model-x")


def check_gemini_choices(gw, mock):
    """A Gemini target: n is candidateCount; each candidate a choice, each restored after scrubbing."""
    r = chat(gw.port, SAMPLE, model="ge/model-x", n=3)
    expect_eq(r.status, 200, "status")
    seen = mock.last()["body"]
    expect_eq((json.loads(seen).get("generationConfig") or {}).get("candidateCount"), 3, "candidateCount sent")
    expect_unseen(seen, SAMPLE_VALUES, "candidateCount")
    choices = r.json()["choices"]
    expect_eq([c["index"] for c in choices], [0, 1, 2], "choice indexes")
    expect_eq([c["message"]["content"] for c in choices], [SAMPLE] * 3, "every choice restored")


def check_refusals(gw, mock):
    before = mock.requests()
    refused = {"an": (({"logprobs": True}, "logprobs"), ({"n": 2}, "n"),
                      ({"logit_bias": {"50256": -100}}, "logit_bias")),
               "ge": (({"logit_bias": {"50256": -100}}, "logit_bias"),)}
    for provider in ("an", "ge"):
        for extra, param in refused[provider]:
            r = chat(gw.port, CANARY, model="%s/model-x" % provider, **extra)
            error = expect_openai_error(r, 400)
            expect(error["message"].startswith("'%s' " % param) and "not supported by this provider"
                   in error["message"], "%s: the message names %s" % (provider, param), r)
        # One choice asked for explicitly is no refusal.
        expect_eq(chat(gw.port, TEXT, model="%s/model-x" % provider, n=1).status, 200, "%s: n=1" % provider)
    expect_eq(mock.requests(), before + 2, "only the n=1 requests reached the provider")
    for extra, param in (({"n": 2, "stream": True}, "n"), ({"top_logprobs": 2}, "top_logprobs"),
                         ({"top_logprobs": 21, "logprobs": True}, "top_logprobs"), ({"n": 0}, "n"),
                         ({"n": 129}, "n"), ({"logit_bias": {"abc": 1}}, "logit_bias"),
                         ({"logit_bias": {"1": 101}}, "logit_bias"), ({"logit_bias": [1]}, "logit_bias"),
                         ({"logprobs": "yes"}, "logprobs")):
        error = expect_openai_error(chat(gw.port, CANARY, model="oa/model-x", **extra), 400)
        expect_eq(error.get("param"), param, "param for %r" % (extra,))


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(three_format_config(mock.port))
    suite.case("logprobs and top_logprobs pass through and back, whole", check_logprobs_whole, gw, mock)
    suite.case("logprobs pass back in a stream's chunks", check_logprobs_streamed, gw, mock)
    suite.case("n and logit_bias pass through; n choices come back", check_choices, gw, mock)
    suite.case("n choices of a scrubbed request are each restored", check_choices_scrubbed, gw, mock)
    suite.case("a Gemini target honours logprobs and top_logprobs, whole and streamed", check_gemini_logprobs, gw,
               mock)
    suite.case("a Gemini target honours n: candidates as choices, each restored", check_gemini_choices, gw, mock)
    suite.case("Anthropic targets refuse them, Gemini logit_bias, naming the field; bad values refused",
               check_refusals, gw, mock)
