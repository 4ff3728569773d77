#!/usr/bin/env python3
"""Reasoning from a provider that thinks (lethe-mock's `reasoning` field), through every client
dialect: chat (reasoning_content), messages (a thinking block: thinking_delta, and the signature
when Anthropic did the thinking), responses (a reasoning item: reasoning_summary_text deltas)
and Gemini (parts marked "thought", only with includeThoughts) — from each provider format,
whole and streamed, with the answer text still restored after scrubbing. Also what a Gemini
client's thinkingConfig and responseSchema / responseJsonSchema become at each provider format."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (SSEReader, Suite, expect, expect_eq, expect_unseen, open_stream, request, sent_json,  # noqa: E402
                     three_format_config)

THOUGHT = "Thinking it over: the tide table first — then 東京 🎉."
SAMPLE = "Write to sarah.johnson@example.com about the tide in Oslo."
SAMPLE_VALUES = ["sarah.johnson@example.com"]
SIGNATURE = "bW9jay1zaWduYXR1cmU="          # the mock's signature over an Anthropic thinking block
FORMATS = ("oa", "an", "ge")
SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


# ---- each client dialect: its request asking for thinking, and the (answer, thinking) it got


def gemini_path(fmt, verb):
    return "/v1beta/models/%s%%2Fmodel-x:%s" % (fmt, verb)


def gemini_body(text, thinking=None, **generation):
    body = {"contents": [{"role": "user", "parts": [{"text": text}]}]}
    if thinking is not None:
        generation["thinkingConfig"] = thinking
    if generation:
        body["generationConfig"] = generation
    return body


class Dialect:
    """name, path(fmt, stream), body(fmt, text, stream), whole(json) and streamed(events)
    -> (answer text, thinking text, signature or None)."""


def chat_whole(body):
    message = body["choices"][0]["message"]
    return message.get("content"), message.get("reasoning_content"), None


def chat_streamed(events):
    answer, thinking = "", ""
    for ev in events:
        if ev.data == b"[DONE]":
            continue
        for choice in ev.json().get("choices") or []:
            delta = choice.get("delta") or {}
            answer += delta.get("content") or ""
            thinking += delta.get("reasoning_content") or ""
    return answer, thinking, None


def messages_whole(body):
    blocks = body["content"]
    expect(blocks and blocks[0]["type"] == "thinking", "the thinking block leads the content", body)
    answer = "".join(b.get("text", "") for b in blocks if b["type"] == "text")
    return answer, blocks[0]["thinking"], blocks[0].get("signature")


def messages_streamed(events):
    answer, thinking, signature, kinds = "", "", "", {}
    for ev in events:
        data = ev.json()
        expect_eq(data.get("type"), ev.event, "event name and type")
        if ev.event == "content_block_start":
            kinds[data["index"]] = data["content_block"]["type"]
        elif ev.event == "content_block_delta":
            delta = data["delta"]
            kind = kinds.get(data["index"])
            if delta["type"] == "thinking_delta":
                expect_eq(kind, "thinking", "thinking_delta in a thinking block")
                thinking += delta["thinking"]
            elif delta["type"] == "signature_delta":
                expect_eq(kind, "thinking", "signature_delta in a thinking block")
                signature += delta["signature"]
            elif delta["type"] == "text_delta":
                expect_eq(kind, "text", "text_delta in a text block")
                answer += delta["text"]
    expect(list(kinds.values())[:1] == ["thinking"], "the thinking block comes first", kinds)
    return answer, thinking, signature


def responses_whole(body):
    items = body["output"]
    expect(items and items[0]["type"] == "reasoning", "the reasoning item leads the output", body)
    thinking = "".join(s["text"] for s in items[0]["summary"] if s["type"] == "summary_text")
    answer = "".join(c.get("text", "") for item in items if item["type"] == "message" for c in item["content"])
    return answer, thinking, None


def responses_streamed(events):
    answer, thinking = "", ""
    for ev in events:
        data = ev.json()
        if ev.event == "response.reasoning_summary_text.delta":
            thinking += data["delta"]
        elif ev.event == "response.output_text.delta":
            answer += data["delta"]
    expect(events and events[-1].event == "response.completed", "ends with response.completed",
           [e.event for e in events])
    return answer, thinking, None


def gemini_parts(chunks):
    answer, thinking = "", ""
    for chunk in chunks:
        for part in chunk["candidates"][0]["content"]["parts"]:
            if part.get("thought") is True:
                thinking += part.get("text", "")
            else:
                answer += part.get("text", "")
    return answer, thinking, None


DIALECTS = {
    "chat": dict(
        path=lambda fmt, stream: "/v1/chat/completions",
        body=lambda fmt, text, stream: {"model": "%s/model-x" % fmt, "stream": stream, "reasoning_effort": "low",
                                        "messages": [{"role": "user", "content": text}]},
        whole=chat_whole, streamed=chat_streamed),
    "messages": dict(
        path=lambda fmt, stream: "/v1/messages",
        body=lambda fmt, text, stream: {"model": "%s/model-x" % fmt, "stream": stream, "max_tokens": 4096,
                                        "thinking": {"type": "enabled", "budget_tokens": 2048},
                                        "messages": [{"role": "user", "content": text}]},
        whole=messages_whole, streamed=messages_streamed),
    "responses": dict(
        path=lambda fmt, stream: "/v1/responses",
        body=lambda fmt, text, stream: {"model": "%s/model-x" % fmt, "stream": stream, "input": text,
                                        "reasoning": {"effort": "low"}},
        whole=responses_whole, streamed=responses_streamed),
    "gemini": dict(
        path=lambda fmt, stream: gemini_path(fmt, "streamGenerateContent?alt=sse" if stream else "generateContent"),
        body=lambda fmt, text, stream: gemini_body(text, {"thinkingBudget": 2048, "includeThoughts": True}),
        whole=lambda body: gemini_parts([body]),
        streamed=lambda events: gemini_parts([ev.json() for ev in events])),
}


def ask(gw, dialect, fmt, text, stream):
    d = DIALECTS[dialect]
    if not stream:
        r = request(gw.port, "POST", d["path"](fmt, False), d["body"](fmt, text, False))
        expect(r.status == 200, "status %d" % r.status, r)
        expect(int(r.header("x-lethe-scrubbed", "0")) >= len(SAMPLE_VALUES) or text != SAMPLE, "x-lethe-scrubbed",
               r.headers)
        return d["whole"](r.json())
    conn, resp = open_stream(gw.port, d["body"](fmt, text, True), path=d["path"](fmt, True))
    try:
        if resp.status != 200:
            raise AssertionError("stream status %d: %r" % (resp.status, resp.read()[:600]))
        events = list(SSEReader(resp))
    finally:
        conn.close()
    expect(len(events) >= 3, "the answer was not streamed", events)
    return d["streamed"](events)


def check_thinking(gw, mock, dialect, fmt, stream):
    mock.configure(reasoning=THOUGHT, chunk_bytes=5)
    try:
        answer, thinking, signature = ask(gw, dialect, fmt, SAMPLE, stream)
    finally:
        mock.reset()
    expect_unseen(mock.last()["body"], SAMPLE_VALUES, "%s %s" % (dialect, fmt))
    expect_eq(answer, SAMPLE, "the answer, restored")
    expect_eq(thinking, THOUGHT, "the thinking")
    if dialect == "messages":
        # Anthropic's signature goes back to an Anthropic client; another provider's thinking has none.
        expect_eq(signature, SIGNATURE if fmt == "an" else "", "the thinking block's signature")


def check_asked(gw, mock, dialect, fmt):
    """The provider was asked to think, in its own terms."""
    r = request(gw.port, "POST", DIALECTS[dialect]["path"](fmt, False), DIALECTS[dialect]["body"](fmt, "hi", False))
    expect(r.status == 200, "status %d" % r.status, r)
    sent = sent_json(mock)
    if fmt == "oa":
        expect(sent.get("reasoning_effort") in ("low", "medium"), "reasoning_effort", sent)
    elif fmt == "an":
        expect_eq((sent.get("thinking") or {}).get("type"), "enabled", "thinking.type")
        expect(sent["thinking"].get("budget_tokens", 0) >= 1024, "thinking.budget_tokens", sent)
    else:
        thinking = (sent.get("generationConfig") or {}).get("thinkingConfig") or {}
        expect(thinking.get("thinkingBudget", 0) > 0 and thinking.get("includeThoughts") is True, "thinkingConfig",
               sent)


def check_no_thinking_without_it(gw, mock, fmt):
    """No reasoning from the provider: no empty thinking in any dialect."""
    r = request(gw.port, "POST", "/v1/messages", DIALECTS["messages"]["body"](fmt, "hi", False))
    expect(r.status == 200 and all(b["type"] != "thinking" for b in r.json()["content"]), "a thinking block", r)
    r = request(gw.port, "POST", gemini_path(fmt, "generateContent"), gemini_body("hi"))
    expect(r.status == 200, "status %d" % r.status, r)
    expect(all("thought" not in p for p in r.json()["candidates"][0]["content"]["parts"]), "a thought part", r)


# ---- a Gemini client's thinkingConfig and structured output, at each provider format


def check_gemini_thoughts_hidden(gw, mock, fmt):
    """Without includeThoughts the model may think; Gemini shows none of it, and nor does lethe."""
    mock.configure(reasoning=THOUGHT)
    try:
        r = request(gw.port, "POST", gemini_path(fmt, "generateContent"),
                    gemini_body("hello", {"thinkingBudget": 2048}))
        conn, resp = open_stream(gw.port, gemini_body("hello", {"thinkingBudget": 2048}),
                                 path=gemini_path(fmt, "streamGenerateContent?alt=sse"))
        try:
            chunks = [ev.json() for ev in SSEReader(resp)]
        finally:
            conn.close()
    finally:
        mock.reset()
    expect(r.status == 200, "status %d" % r.status, r)
    if fmt == "ge":
        thinking = sent_json(mock)["generationConfig"]["thinkingConfig"]
        expect_eq(thinking, {"thinkingBudget": 2048}, "thoughts not asked of Gemini")
    expect_eq(gemini_parts([r.json()]), ("hello", "", None), "whole: answer and no thoughts")
    expect_eq(gemini_parts(chunks), ("hello", "", None), "streamed: answer and no thoughts")


def check_gemini_thinking_budget(gw, mock, fmt):
    """thinkingBudget N asks the provider for N tokens of thinking; 0 turns thinking off."""
    r = request(gw.port, "POST", gemini_path(fmt, "generateContent"),
                gemini_body("hi", {"thinkingBudget": 3000, "includeThoughts": True}))
    expect(r.status == 200, "status %d" % r.status, r)
    sent = sent_json(mock)
    if fmt == "an":
        expect_eq(sent.get("thinking"), {"type": "enabled", "budget_tokens": 3000}, "thinking")
    elif fmt == "ge":
        expect_eq(sent["generationConfig"]["thinkingConfig"], {"thinkingBudget": 3000, "includeThoughts": True},
                  "thinkingConfig")
    else:
        expect_eq(sent.get("reasoning_effort"), "medium", "reasoning_effort")
    r = request(gw.port, "POST", gemini_path(fmt, "generateContent"), gemini_body("hi", {"thinkingBudget": 0}))
    expect(r.status == 200, "status %d" % r.status, r)
    sent = sent_json(mock)
    if fmt == "an":
        expect_eq(sent.get("thinking"), {"type": "disabled"}, "thinking")
    elif fmt == "ge":
        expect_eq(sent["generationConfig"]["thinkingConfig"], {"thinkingBudget": 0}, "thinkingConfig")
    else:
        expect("reasoning_effort" not in sent, "reasoning_effort with thinking off", sent)
    r = request(gw.port, "POST", gemini_path(fmt, "generateContent"),
                gemini_body("hi", {"thinkingBudget": 10, "thinkingLevel": "LOW"}))
    expect(r.status == 400 and "thinkingLevel" in r.json()["error"]["message"], "both budget and level: a 400", r)


def check_gemini_structured(gw, mock, fmt, member):
    """responseMimeType application/json with a schema: the provider's own structured output."""
    schema = SCHEMA if member == "responseJsonSchema" else {
        "type": "OBJECT", "properties": {"city": {"type": "STRING"}}, "required": ["city"]}
    r = request(gw.port, "POST", gemini_path(fmt, "generateContent"),
                gemini_body("hi", responseMimeType="application/json", **{member: schema}))
    expect(r.status == 200, "status %d" % r.status, r)
    sent = sent_json(mock)
    if fmt == "oa":
        response_format = sent.get("response_format") or {}
        expect_eq(response_format.get("type"), "json_schema", "response_format.type")
        expect_eq(response_format["json_schema"]["schema"], SCHEMA, "response_format.json_schema.schema")
    elif fmt == "an":
        expect_eq(sent.get("output_config"), {"format": {"type": "json_schema", "schema": SCHEMA}}, "output_config")
    else:
        config = sent.get("generationConfig") or {}
        expect_eq(config.get("responseMimeType"), "application/json", "responseMimeType")
        expect_eq(config.get("responseJsonSchema") or config.get("responseSchema"), SCHEMA, "the schema")


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(three_format_config(mock.port))
    for dialect in DIALECTS:
        for fmt in FORMATS:
            for stream in (False, True):
                suite.case("%s client gets %s's thinking, %s, answer restored" % (
                    dialect, fmt, "streamed" if stream else "whole"), check_thinking, gw, mock, dialect, fmt, stream)
            suite.case("%s client's request asks %s to think" % (dialect, fmt), check_asked, gw, mock, dialect, fmt)
    for fmt in FORMATS:
        suite.case("no thinking from %s: no empty thinking block or thought part" % fmt,
                   check_no_thinking_without_it, gw, mock, fmt)
        suite.case("gemini client without includeThoughts sees no thoughts from %s" % fmt,
                   check_gemini_thoughts_hidden, gw, mock, fmt)
        suite.case("gemini thinkingBudget N and 0 at %s" % fmt, check_gemini_thinking_budget, gw, mock, fmt)
        for member in ("responseSchema", "responseJsonSchema"):
            suite.case("gemini %s to %s's structured output" % (member, fmt), check_gemini_structured, gw, mock, fmt,
                       member)
