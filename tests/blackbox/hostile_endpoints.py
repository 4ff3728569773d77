#!/usr/bin/env python3
"""The endpoints beyond chat, attacked as a hostile client and a hostile provider would (issue 17):
POST /v1/embeddings, /v1/messages/count_tokens, /v1/completions, /api/proxy, GET /v1/models/{id},
and the Gemini dialect POST /v1beta/models/{model}:VERB.

From a provider (a fake one written here, on a loopback port, speaking the three wire formats):
an embeddings answer with fewer or more vectors than inputs is no answer (a vector would be paired
with the wrong text); count answers that are not counts; a stream of thousands of function calls
into the Gemini dialect, which gathers them, costs linear work (and an index it cannot gather is
an in-band error), while calls whose argument deltas interleave are still gathered whole; in the
Responses and Anthropic dialects, which carry one call at a time, such calls come out one whole item
or block each, in an order the SDKs accept, placeholders cut across them restored; a whole answer
with thinking, sent to a request for a stream, is streamed with its thinking first.
From a client: function-call names crafted to collide in a hash cost no more than any names; an
escaped NUL does not make "base64\\u0000…" or "user\\u0000…" a known name; percent-encoding tricks
in the Gemini path never add a segment or reach the provider; the key given as ?key= never reaches
a log, an error, the provider; huge arrays get a clear error; and text in every field bound for
the provider (embedding inputs, suffix, system, systemInstruction, functionResponse, count bodies)
is masked: nothing labelled reaches lethe-mock."""
import base64
import http.server
import itertools
import json
import os
import re
import socketserver
import string
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, SSEReader, Suite, expect, expect_eq, expect_openai_error,  # noqa: E402
                     free_port, lethe_path, open_stream, request)

KEY = "sk-lethe-hostile-endpoints-0001"
AUTH = {"Authorization": "Bearer " + KEY}
GOOG = {"x-goog-api-key": KEY}
SAMPLE = "Mail sarah.johnson@example.com, card 4206 4583 3793 9858, " + CANARY
LABELLED = ["sarah.johnson@example.com", "4206 4583 3793 9858", "4206458337939858"]


def hash_key(key):
    return subprocess.run([lethe_path(), "--hash-key"], input=key, capture_output=True, text=True,
                          timeout=10).stdout.strip()


# ---- the fake provider: what it answers is chosen by "SCENARIO-name." in the request body

def vector(dimensions):
    return [0.25 * (i + 1) for i in range(dimensions)]


def embeddings_answer(path, scenario, inputs):
    """Asked for `inputs` vectors; the scenario says how many come back."""
    count = {"fewer": inputs - 1, "more": inputs + 1}.get(scenario, inputs)
    dimensions = int(scenario[4:]) if scenario.startswith("dims") else 4
    if path.endswith("/embeddings"):
        return {"object": "list", "model": "fake", "usage": {"prompt_tokens": 3, "total_tokens": 3},
                "data": [{"object": "embedding", "index": i, "embedding": vector(dimensions)} for i in range(count)]}
    if scenario == "single":
        return {"embedding": {"values": vector(dimensions)}}
    return {"embeddings": [{"values": vector(dimensions)} for _ in range(count)]}


def count_answer(path, scenario):
    value = {"negative": -5, "huge": 1e300, "text": "12", "missing": None}.get(scenario, 7)
    name = "input_tokens" if path.endswith("/count_tokens") else "totalTokens"
    return {} if value is None else {name: value}


def choices_answer(path, scenario):
    """"choices-K": K choices, whatever n asked for."""
    count = int(scenario.split("-")[1]) if scenario.startswith("choices-") else 1
    chat = path.endswith("/chat/completions")
    choices = [{"index": i, "finish_reason": "stop", "logprobs": None,
                **({"message": {"role": "assistant", "content": "answer %d" % i}} if chat
                   else {"text": "answer %d" % i})}
               for i in range(count)]
    return {"id": "x", "object": "chat.completion" if chat else "text_completion", "created": 1, "model": "fake",
            "choices": choices, "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


THOUGHT, ANSWER, SIGNATURE = "first the thought", "then the answer", "c2lnbmF0dXJl"


def whole_thinking_answer(path):
    """"whole-thinking": a whole answer with its thinking, in the path's format, although the
    request asked for a stream."""
    if path.endswith("/chat/completions"):
        return {"id": "x", "object": "chat.completion", "created": 1, "model": "fake",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": ANSWER, "reasoning_content": THOUGHT}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}
    if path.endswith("/messages"):
        return {"id": "msg_x", "type": "message", "role": "assistant", "model": "fake", "stop_reason": "end_turn",
                "content": [{"type": "thinking", "thinking": THOUGHT, "signature": SIGNATURE},
                            {"type": "text", "text": ANSWER}],
                "usage": {"input_tokens": 1, "output_tokens": 2}}
    return {"candidates": [{"content": {"role": "model", "parts": [{"text": THOUGHT, "thought": True},
                                                                   {"text": ANSWER}]},
                            "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 2, "totalTokenCount": 3}}


def sse(document):
    return b"data: " + json.dumps(document, separators=(",", ":")).encode() + b"\n\n"


def tool_stream(scenario, placeholder=None):
    """An OpenAI-format stream of function calls: "calls-N" gives N calls, one event each;
    "interleaved" two calls whose argument deltas alternate; "interleaved-scrub" the same, each
    call's argument the placeholder the request held, call 0's cut in two around a piece of call 1."""
    def chunk(delta, finish=None):
        return sse({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "fake",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})

    def call(index, arguments, name=None):
        piece = {"index": index, "function": {"arguments": arguments}}
        if name is not None:
            piece.update(id="call_%d" % index, type="function", function={"name": name, "arguments": arguments})
        return chunk({"tool_calls": [piece]})

    events = [chunk({"role": "assistant", "content": ""})]
    if scenario == "interleaved":
        events += [call(0, "", "first"), call(1, "", "second")]
        for piece_a, piece_b in (('{"a":', '{"b":'), ('"x', '"y'), ('1"}', '2"}')):
            events += [call(0, piece_a), call(1, piece_b)]
    elif scenario == "interleaved-scrub":
        events += [call(0, '{"a":"' + placeholder[:4], "first"), call(1, '{"b":"' + placeholder, "second"),
                   call(0, placeholder[4:] + '"}'), call(1, '"}')]
    else:
        events += [call(i, "{}", "f") for i in range(int(scenario.split("-")[1]))]
    events.append(chunk({}, "tool_calls"))
    events.append(b"data: [DONE]\n\n")
    return b"".join(events)


class FakeProvider(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"       # the answer ends when the connection closes

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        text = body.decode("utf-8", "replace")
        scenario = text.split("SCENARIO-", 1)[1].split(".", 1)[0] if "SCENARIO-" in text else "plain"
        path = self.path.split("?", 1)[0]
        try:
            document = json.loads(body)
        except ValueError:
            document = {}
        if scenario == "whole-thinking":
            return self.answer_json(whole_thinking_answer(path))
        if path.endswith("/chat/completions") and document.get("stream"):
            placeholder = re.search(r"\[EMAIL_[0-9]+\]", text)
            return self.answer(tool_stream(scenario, placeholder and placeholder.group(0)), "text/event-stream")
        if path.endswith("/completions"):
            return self.answer_json(choices_answer(path, scenario))
        if path.endswith("/embeddings"):
            inputs = document.get("input")
            return self.answer_vectors(embeddings_answer(path, scenario,
                                                         len(inputs) if isinstance(inputs, list) else 1), scenario)
        if path.endswith(":embedContent") or path.endswith(":batchEmbedContents"):
            return self.answer_vectors(embeddings_answer(path, scenario, len(document.get("requests") or [0])),
                                       scenario)
        if path.endswith("/count_tokens") or path.endswith(":countTokens"):
            return self.answer_json(count_answer(path, scenario))
        self.send_response(404)
        self.end_headers()

    def answer_vectors(self, document, scenario):
        """"huge": a value no float holds, spelled as JSON allows."""
        data = json.dumps(document).encode()
        if scenario == "huge":
            data = data.replace(b"0.25,", b"1e999,", 1)
        self.answer(data, "application/json")

    def answer_json(self, document):
        self.answer(json.dumps(document).encode(), "application/json")

    def answer(self, data, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class FakeServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def start_fake_provider():
    server = FakeServer((LOOPBACK, 0), FakeProvider)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    return server


def config(fake_port, mock_port, log_path):
    fake = "http://%s:%d" % (LOOPBACK, fake_port)
    mock = "http://%s:%d" % (LOOPBACK, mock_port)
    return {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": 1,
        "access_log": log_path,
        "limits": {"max_body_bytes": 4 << 20},
        "providers": [
            {"name": "oa", "type": "openai", "base_url": mock + "/v1", "api_key": "k-openai"},
            {"name": "an", "type": "anthropic", "base_url": mock + "/v1", "api_key": "k-anthropic"},
            {"name": "ge", "type": "gemini", "base_url": mock + "/v1beta", "api_key": "k-gemini"},
            {"name": "fo", "type": "openai", "base_url": fake + "/v1", "api_key": "k-fake-openai"},
            {"name": "fa", "type": "anthropic", "base_url": fake + "/v1", "api_key": "k-fake-anthropic"},
            {"name": "fg", "type": "gemini", "base_url": fake + "/v1beta", "api_key": "k-fake-gemini"},
        ],
        "routes": [{"name": "default", "chain": [{"target": "oa/m", "timeout_ms": 5000}]}],
        "keys": [{"name": "main", "hash": hash_key(KEY)}],
    }


def gemini(gw, model, verb, body, headers=GOOG, query=""):
    return request(gw.port, "POST", "/v1beta/models/%s:%s%s" % (model, verb, query), body, headers=headers,
                   timeout=60)


def expect_gemini_error(r, status):
    expect(r.status == status, "wanted status %d, got %d" % (status, r.status), r)
    err = r.json().get("error")
    expect(isinstance(err, dict) and err.get("code") == status and isinstance(err.get("message"), str)
           and isinstance(err.get("status"), str), "not Gemini's error shape", r)
    expect(CANARY not in r.text() and KEY not in r.text(), "the error quotes the request", r)
    return err


def user(text):
    return {"contents": [{"role": "user", "parts": [{"text": text}]}]}


# ---- a hostile provider

def check_vector_count(gw, provider, scenario, inputs):
    """fewer / more vectors than inputs, one for a batch, or a value that is no float: a provider
    failure (5xx), never a 200 whose vectors the client would pair with the wrong inputs."""
    texts = ["SCENARIO-%s. %s" % (scenario, CANARY)] + ["input %d" % i for i in range(1, inputs)]
    r = request(gw.port, "POST", "/v1/embeddings", {"model": provider + "/emb", "input": texts}, headers=AUTH)
    expect(r.status >= 500, "a wrong vector count was answered %d" % r.status, r)
    expect_openai_error(r, r.status)


def check_vector_count_gemini_dialect(gw):
    body = {"requests": [{"content": {"parts": [{"text": "SCENARIO-fewer. one"}]}},
                         {"content": {"parts": [{"text": "two"}]}}, {"content": {"parts": [{"text": "three"}]}}]}
    expect_gemini_error(gemini(gw, "fo%2Femb", "batchEmbedContents", body), 503)


def check_choice_count(gw, path, asked, given):
    """n asked, another count of choices answered: a provider failure, never a 200 with
    choices missing or added."""
    body = {"model": "fo/m", "n": asked}
    prompt = "SCENARIO-choices-%d." % given
    body.update({"messages": [{"role": "user", "content": prompt}]} if "chat" in path else {"prompt": prompt})
    r = request(gw.port, "POST", path, body, headers=AUTH)
    if asked == given:
        expect_eq((r.status, len(r.json()["choices"])), (200, given), "status and choices")
        return
    expect(r.status >= 500, "%d choices for n=%d answered %d" % (given, asked, r.status), r)
    expect_openai_error(r, r.status)


def check_vectors_right(gw):
    """The control: as many vectors as inputs, in both encodings, every padding length."""
    for provider in ("fo", "fg"):
        for dimensions in (1, 2, 3):
            texts = ["SCENARIO-dims%d. a" % dimensions, "b", "c"]
            r = request(gw.port, "POST", "/v1/embeddings", {"model": provider + "/emb", "input": texts,
                                                            "encoding_format": "base64"}, headers=AUTH)
            expect_eq(r.status, 200, "status")
            data = r.json()["data"]
            expect_eq([d["index"] for d in data], [0, 1, 2], "indexes")
            for d in data:
                raw = base64.b64decode(d["embedding"], validate=True)
                expect_eq(list(struct.unpack("<%df" % dimensions, raw)), vector(dimensions), "base64 vector")


def check_counts_that_are_not_counts(gw):
    for scenario in ("negative", "huge", "text", "missing"):
        body = {"model": "fa/c", "messages": [{"role": "user", "content": "SCENARIO-%s." % scenario}]}
        r = request(gw.port, "POST", "/v1/messages/count_tokens", body, headers=AUTH)
        expect(r.status >= 500 and r.json().get("type") == "error", "count %s: %d" % (scenario, r.status), r)
        r = gemini(gw, "fg%2Fc", "countTokens", user("SCENARIO-%s." % scenario))
        expect(r.status >= 500, "Gemini count %s: %d" % (scenario, r.status), r)
        expect_gemini_error(r, r.status)


def stream_chunks(gw, model, text):
    conn, resp = open_stream(gw.port, user(text), headers=GOOG, timeout=60,
                             path="/v1beta/models/%s:streamGenerateContent?alt=sse" % model)
    try:
        expect_eq(resp.status, 200, "status")
        return [ev.json() for ev in SSEReader(resp)]
    finally:
        conn.close()


def calls_of(chunk):
    parts = chunk["candidates"][0]["content"]["parts"]
    return [p["functionCall"] for p in parts if "functionCall" in p]


def check_many_streamed_calls(gw):
    """4,000 calls are gathered and sent whole; 5,000 (an index past what lethe gathers) end
    in an in-band error with nothing after it, not in a walk over every call per event."""
    chunks = stream_chunks(gw, "fo%2Fm", "SCENARIO-calls-4000.")
    calls = calls_of(chunks[-1])
    expect_eq(len(calls), 4000, "calls gathered")
    expect_eq([c["id"] for c in calls[:3]], ["call_0", "call_1", "call_2"], "first ids")
    chunks = stream_chunks(gw, "fo%2Fm", "SCENARIO-calls-5000.")
    expect("error" in chunks[-1] and chunks[-1]["error"]["code"] == 502, "no in-band error at the end", chunks[-1:])
    expect(all("error" not in c for c in chunks[:-1]), "an error before the end", len(chunks))


def check_interleaved_calls(gw):
    chunks = stream_chunks(gw, "fo%2Fm", "SCENARIO-interleaved.")
    calls = calls_of(chunks[-1])
    expect_eq([(c["name"], c["args"]) for c in calls], [("first", {"a": "x1"}), ("second", {"b": "y2"})], "calls")


def stream_events(gw, path, body):
    """(event name, data) of every event of a streamed answer in the Responses or Anthropic dialect."""
    conn, resp = open_stream(gw.port, body, headers=AUTH, timeout=60, path=path)
    try:
        expect_eq(resp.status, 200, "status")
        return [(ev.event, ev.json()) for ev in SSEReader(resp) if ev.data != b"[DONE]"]
    finally:
        conn.close()


def responses_calls(events):
    """The function calls of a Responses stream, each as (name, call_id, arguments), checked
    the way an SDK's accumulator reads them: items one at a time, every delta in the open item
    (output_index and item_id), sequence numbers counting up, .done repeating the deltas whole."""
    calls, open_item, gathered, index = [], None, "", 0
    for number, (name, data) in enumerate(events):
        expect_eq((data.get("type"), data.get("sequence_number")), (name, number), "type and sequence_number")
        if name == "response.output_item.added":
            expect(open_item is None, "an item added while another is open", data)
            expect_eq(data["output_index"], index, "output_index of a new item")
            open_item, gathered, index = data["item"], "", index + 1
        elif name == "response.function_call_arguments.delta":
            expect_eq((data["output_index"], data["item_id"]), (index - 1, open_item["id"]), "a delta's place")
            gathered += data["delta"]
        elif name == "response.function_call_arguments.done":
            expect_eq(data["arguments"], gathered, "arguments.done against the deltas")
        elif name == "response.output_item.done":
            expect_eq((data["output_index"], data["item"]["id"]), (index - 1, open_item["id"]), "item done")
            if data["item"]["type"] == "function_call":
                expect_eq(data["item"]["arguments"], gathered, "the item's arguments against the deltas")
                calls.append((data["item"]["name"], data["item"]["call_id"], gathered))
            open_item = None
    expect_eq(events[-1][0], "response.completed", "the last event")
    final = [(o["name"], o["call_id"], o["arguments"]) for o in events[-1][1]["response"]["output"]
             if o["type"] == "function_call"]
    expect_eq(final, calls, "response.completed's calls")
    return calls


def anthropic_calls(events):
    """The tool_use blocks of an Anthropic stream as (name, id, input JSON text), checked the
    way the SDK reads them: a block starts, takes deltas at its index, stops before the next."""
    calls, open_block, next_block = [], None, 0
    for name, data in events:
        expect_eq(data.get("type"), name, "type")
        if name == "content_block_start":
            expect(open_block is None, "a block started while another is open", data)
            expect_eq(data["index"], next_block, "index of a new block")
            open_block, next_block = dict(data["content_block"], partial=""), next_block + 1
        elif name == "content_block_delta":
            expect_eq(data["index"], next_block - 1, "a delta's block")
            open_block["partial"] += data["delta"].get("partial_json", "")
        elif name == "content_block_stop":
            expect_eq(data["index"], next_block - 1, "the stopped block")
            if open_block["type"] == "tool_use":
                calls.append((open_block["name"], open_block["id"], open_block["partial"]))
            open_block = None
    expect_eq(events[-1][0], "message_stop", "the last event")
    return calls


def interleaved_calls(gw, dialect, scenario, text=""):
    prompt = "SCENARIO-%s. %s" % (scenario, text)
    if dialect == "responses":
        events = stream_events(gw, "/v1/responses", {"model": "fo/m", "input": prompt, "stream": True})
        return responses_calls(events)
    events = stream_events(gw, "/v1/messages", {"model": "fo/m", "max_tokens": 100, "stream": True,
                                                "messages": [{"role": "user", "content": prompt}]})
    return anthropic_calls(events)


def check_interleaved_calls_dialect(gw, dialect):
    """Two calls whose argument pieces alternate: one item / block each, whole."""
    calls = interleaved_calls(gw, dialect, "interleaved")
    expect_eq([(n, i, json.loads(a)) for n, i, a in calls],
              [("first", "call_0", {"a": "x1"}), ("second", "call_1", {"b": "y2"})], "calls")


def check_interleaved_calls_restored(gw, dialect):
    """The same with placeholders in the arguments, one cut around the other call's piece:
    both restored."""
    calls = interleaved_calls(gw, dialect, "interleaved-scrub", "Mail sarah.johnson@example.com")
    expect_eq([(n, json.loads(a)) for n, _, a in calls],
              [("first", {"a": "sarah.johnson@example.com"}), ("second", {"b": "sarah.johnson@example.com"})],
              "calls")


def streamed_thinking(gw, dialect, provider):
    """(thinking, answer) of a streamed answer in each client dialect."""
    prompt = "SCENARIO-whole-thinking."
    if dialect == "chat":
        events = stream_events(gw, "/v1/chat/completions", {"model": provider + "/m", "stream": True,
                                                            "messages": [{"role": "user", "content": prompt}]})
        deltas = [d["choices"][0]["delta"] for _, d in events if d.get("choices")]
        return ("".join(d.get("reasoning_content") or "" for d in deltas),
                "".join(d.get("content") or "" for d in deltas))
    if dialect == "responses":
        events = stream_events(gw, "/v1/responses", {"model": provider + "/m", "input": prompt, "stream": True})
        responses_calls(events)     # the event order checked
        return ("".join(d["delta"] for n, d in events if n == "response.reasoning_summary_text.delta"),
                "".join(d["delta"] for n, d in events if n == "response.output_text.delta"))
    events = stream_events(gw, "/v1/messages", {"model": provider + "/m", "max_tokens": 100, "stream": True,
                                                "messages": [{"role": "user", "content": prompt}]})
    anthropic_calls(events)
    deltas = [d["delta"] for n, d in events if n == "content_block_delta"]
    kinds = [d["content_block"]["type"] for n, d in events if n == "content_block_start"]
    expect_eq(kinds, ["thinking", "text"], "the blocks")
    signature = "".join(d.get("signature", "") for d in deltas)
    expect_eq(signature, SIGNATURE if provider == "fa" else "", "the signature")
    return ("".join(d.get("thinking", "") for d in deltas), "".join(d.get("text", "") for d in deltas))


def check_whole_answer_streamed_with_thinking(gw, provider):
    """A provider that answers a stream with a whole body: the client's stream still carries
    the thinking, before the text, in every dialect."""
    for dialect in ("chat", "responses", "anthropic"):
        expect_eq(streamed_thinking(gw, dialect, provider), (THOUGHT, ANSWER), "%s: thinking and answer" % dialect)


# ---- a hostile client

def colliding_names(count):
    """Distinct names whose FNV-1a hashes agree in their low 20 bits (2-of-many blocks that
    collide from the same state): every one of them in the same slot of any table up to 2^20."""
    prime, mask = 16777619, (1 << 20) - 1

    def step(state, text):
        for byte in text.encode():
            state = ((state ^ byte) * prime) & mask
        return state

    state, pairs = 2166136261 & mask, []
    while (1 << len(pairs)) < count:
        seen = {}
        for letters in itertools.product(string.ascii_letters + string.digits, repeat=3):
            block = "".join(letters)
            after = step(state, block)
            if after in seen:
                pairs.append((seen[after], block))
                state = after
                break
            seen[after] = block
    names = ("".join(pair[bit] for pair, bit in zip(pairs, bits))
             for bits in itertools.product((0, 1), repeat=len(pairs)))
    return list(itertools.islice(names, count))


def decode_seconds(gw, names):
    """The best of two: a model turn of calls with these names, and answers to some."""
    contents = [{"role": "user", "parts": [{"text": "go"}]},
                {"role": "model", "parts": [{"functionCall": {"name": name}} for name in names]},
                {"role": "user", "parts": [{"functionResponse": {"name": name, "response": {}}}
                                           for name in names[:100]]}]
    best = None
    for _ in range(2):
        started = time.monotonic()
        r = gemini(gw, "oa%2Fm", "countTokens", {"contents": contents})
        took = time.monotonic() - started
        expect(r.status in (200, 413), "status %d" % r.status, r)
        best = took if best is None else min(best, took)
    return best


def check_colliding_call_names(gw):
    """Names built to share one hash slot cost about what any names cost (before: 16,384 of
    them held the loop for seconds, 25 times the plain names' time)."""
    count = 16384
    plain = decode_seconds(gw, ["fn%05d_%s" % (i, "q" * 25) for i in range(count)])
    crafted = decode_seconds(gw, colliding_names(count))
    expect(crafted < 4 * plain + 0.3, "colliding names took %.2f s, plain ones %.2f s" % (crafted, plain))


def check_nul_in_names(gw, mock):
    before = mock.requests()
    r = request(gw.port, "POST", "/v1/embeddings", {"model": "oa/e", "input": "x",
                                                    "encoding_format": "base64\u0000" + CANARY}, headers=AUTH)
    expect_eq(expect_openai_error(r, 400)["param"], "encoding_format", "param")
    bodies = [
        {"contents": [{"role": "user\u0000" + CANARY, "parts": [{"text": "x"}]}]},
        dict(user("x"), generationConfig={"responseMimeType": "application/json\u0000" + CANARY}),
        dict(user("x"), tools=[{"functionDeclarations": [{"name": "f"}]}],
             toolConfig={"functionCallingConfig": {"mode": "ANY\u0000" + CANARY}}),
    ]
    for body in bodies:
        expect_gemini_error(gemini(gw, "ge%2Fm", "generateContent", body), 400)
    expect_eq(mock.requests(), before, "provider requests")


def check_inline_data(gw, mock):
    """inlineData goes into a data: URL: a mimeType or data that would change that URL (another
    media type, data cut at a NUL) is a 400, and nothing is sent; a proper one arrives intact."""
    before = mock.requests()
    for mime, data in (("image/png;base64,QUFB", "QkJC"), ("image/png,x", "QUFB"), ("image/png\u0000x", "QUFB"),
                       ("image/png", "QUFB\u0000QkJC"), ("image/png", "QUFB;base64,QkJC"), ("png", "QUFB"),
                       ("image/png", ""), ("image/png", "QU=FB")):
        body = {"contents": [{"parts": [{"text": "x"}, {"inlineData": {"mimeType": mime, "data": data}}]}]}
        for model in ("ge%2Fm", "oa%2Fm", "an%2Fm"):
            expect_gemini_error(gemini(gw, model, "generateContent", body), 400)
    expect_eq(mock.requests(), before, "provider requests")
    body = {"contents": [{"parts": [{"text": "x"}, {"inlineData": {"mimeType": "image/svg+xml", "data": "QUFB+/9="}}]}]}
    expect_eq(gemini(gw, "ge%2Fm", "generateContent", body).status, 200, "status")
    part = json.loads(mock.last()["body"])["contents"][0]["parts"][1]
    expect_eq(part, {"inlineData": {"mimeType": "image/svg+xml", "data": "QUFB+/9="}}, "the part upstream")


def check_responses_nul_in_names(gw, mock):
    """/v1/responses: an escaped NUL makes no item type, role, part type, tool_choice or format."""
    before = mock.requests()
    nul = "\u0000" + CANARY
    bodies = [
        {"input": [{"type": "message" + nul, "role": "user", "content": "hi"}]},
        {"input": [{"role": "user" + nul, "content": "hi"}]},
        {"input": [{"role": "user", "content": [{"type": "input_text" + nul, "text": "hi"}]}]},
        {"input": "hi", "tools": [{"type": "function", "name": "f"}], "tool_choice": "required" + nul},
        {"input": "hi", "text": {"format": {"type": "json_schema" + nul, "name": "a", "schema": {}}}},
    ]
    for body in bodies:
        body["model"] = "oa/m"
        expect_openai_error(request(gw.port, "POST", "/v1/responses", body, headers=AUTH), 400)
    expect_eq(mock.requests(), before, "provider requests")


def check_gemini_path_tricks(gw, mock):
    before = mock.requests()
    for model in ("ge%00x", "ge%2Fx%00", "ge%2F%2e%2e", "%2e%2e%2Fge%2Fx", "ge%2Fx%2", "ge%2Fx%G1", "ge/x%2F%2E",
                  "ge%2F" + "a" * 2000, "ge%2F%2Fx", "ge%2Fx%3Fkey%3D1", "ge%2Fx%23frag"):
        expect_gemini_error(gemini(gw, model, "generateContent", user(CANARY)), 400)
    expect_eq(mock.requests(), before, "provider requests")
    # A ':' decoded from the path stays inside the model's one segment upstream.
    r = gemini(gw, "ge%2Fx%3AcountTokens", "generateContent", user("hi"))
    expect_eq(r.status, 200, "status")
    expect_eq(mock.last()["path"], "/v1beta/models/x%3AcountTokens:generateContent", "upstream path")
    for path in ("/v1beta/models/ge%2Fx:generateContent/extra", "/v1beta/models/ge%2Fx:", "/v1beta/models/:countTokens",
                 "/v1beta/models/ge%2Fx:frobnicate"):
        expect_gemini_error(request(gw.port, "POST", path, user(CANARY), headers=GOOG), 404)
    r = request(gw.port, "GET", "/v1beta/models/ge%2Fx:generateContent", headers=GOOG)
    expect_gemini_error(r, 405)
    expect_eq(r.header("allow"), "POST", "Allow")


def check_query_key(gw, mock):
    """?key= authenticates; the first key= counts; the key reaches no provider and no error."""
    r = gemini(gw, "ge%2Fx", "generateContent", user("hi"), headers={}, query="?key=" + KEY)
    expect_eq(r.status, 200, "status with ?key=")
    seen = json.dumps(mock.last())
    expect(KEY not in seen and "key=" not in mock.last()["path"], "the key reached the provider", seen)
    expect_gemini_error(gemini(gw, "ge%2Fx", "generateContent", user("hi"), headers={},
                               query="?key=wrong&key=" + KEY), 401)
    expect_eq(gemini(gw, "ge%2Fx", "generateContent", user("hi"), headers={},
                     query="?alt=json&key=%s&key=wrong" % KEY).status, 200, "status, right key first")
    for query in ("?key=" + KEY[:-1] + "%zz", "?key=" + KEY + "%00", "?key=" + "A" * 3000, "?key=&key=" + KEY):
        expect_gemini_error(gemini(gw, "ge%2Fx", "generateContent", user("hi"), headers={}, query=query), 401)
    many = "&".join("p%d=v" % i for i in range(300))
    expect_eq(gemini(gw, "ge%2Fx", "generateContent", user("hi"), headers={},
                     query="?%s&key=%s" % (many, KEY)).status, 200, "status after 300 parameters")


def check_huge_arrays(gw, mock):
    before = mock.requests()
    r = request(gw.port, "POST", "/v1/embeddings", {"model": "oa/e", "input": ["x"] * 2049}, headers=AUTH)
    expect_openai_error(r, 413)
    body = {"requests": [{"content": {"parts": [{"text": "x"}]}}] * 2049}
    expect_gemini_error(gemini(gw, "ge%2Fe", "batchEmbedContents", body), 413)
    nested = b'{"contents":' + b"[" * 3000 + b"]" * 3000 + b"}"
    expect_gemini_error(gemini(gw, "ge%2Fe", "generateContent", nested), 400)
    expect_eq(mock.requests(), before, "provider requests")
    r = request(gw.port, "POST", "/v1/embeddings", {"model": "ge/e", "input": ["x%d" % i for i in range(2000)]},
                headers=AUTH)
    expect_eq((r.status, len(r.json()["data"])), (200, 2000), "2,000 inputs, Gemini target")


def check_wrong_types(gw, mock):
    before = mock.requests()
    for body in ({"model": "oa/e", "input": [["x"]]}, {"model": "oa/e", "input": [""]}, {"model": "oa/e", "input": []},
                 {"model": "oa/e", "input": {"a": 1}}, {"model": "oa/e", "input": "x", "dimensions": 1.5},
                 {"model": "oa/e", "input": "x", "dimensions": "8"}, {"model": 3, "input": "x"}, [CANARY]):
        expect_openai_error(request(gw.port, "POST", "/v1/embeddings", body, headers=AUTH), 400)
    for body in ({"model": "oa/c", "prompt": ["a", "b"]}, {"model": "oa/c", "prompt": [1, 2]},
                 {"model": "oa/c", "prompt": "x", "suffix": 3}, {"model": "oa/c", "prompt": "x", "logprobs": 6},
                 {"model": "oa/c", "prompt": "x", "n": 2, "stream": True},
                 {"model": "oa/c", "prompt": "x", "logit_bias": {CANARY: 1}}):
        expect_openai_error(request(gw.port, "POST", "/v1/completions", body, headers=AUTH), 400)
    for body in ({"messages": []}, {"messages": [{"role": "tool", "content": "x"}]},
                 {"messages": [{"role": "user\u0000", "content": "x"}]}, {"messages": [{"role": "user", "content": 1}]},
                 {"provider": "oa/x", "model": "m", "messages": [{"role": "user", "content": "x"}]},
                 {"messages": [{"role": "user", "content": "x"}], "constraints": {"max_cost": 1, "max_cost ": 2}}):
        expect_openai_error(request(gw.port, "POST", "/api/proxy", body, headers=AUTH), 400)
    for body in ({"contents": "x"}, {"contents": [{"parts": []}]}, {"contents": [{"parts": [{"text": 1}]}]},
                 {"contents": [{"parts": [{"functionResponse": {"name": "f", "response": {}}}]}]},
                 {"contents": [{"parts": [{"text": "x"}]}], "generationConfig": {"candidateCount": 2}}):
        expect_gemini_error(gemini(gw, "ge%2Fm", "generateContent", body), 400)
    for body in ({"content": {"parts": [{"text": ""}]}}, {"content": {"parts": [{"inlineData": {}}]}},
                 {"content": {"parts": [{"text": "x"}]}, "outputDimensionality": -1}):
        expect_gemini_error(gemini(gw, "ge%2Fm", "embedContent", body), 400)
    expect_eq(mock.requests(), before, "provider requests")
    for model_id in ("oa%2Fm%00", "%", "%2", "a" * 3000, "%2e%2e"):
        r = request(gw.port, "GET", "/v1/models/" + model_id, headers=AUTH)
        expect_openai_error(r, 404)


def labelled_in(text, plain_too=False):
    return [value for value in LABELLED + ([CANARY] if plain_too else []) if value in text]


def check_nothing_labelled_arrives(gw, mock):
    """Each field a client can fill that travels to the provider is masked on the way."""
    tool_turns = [{"role": "user", "parts": [{"text": "hi"}]},
                  {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {"q": SAMPLE}}}]},
                  {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"r": SAMPLE}}}]}]
    sends = [
        ("/v1/embeddings", {"model": "oa/e", "input": [SAMPLE, "x"]}),
        ("/v1/embeddings", {"model": "ge/e", "input": SAMPLE}),
        ("/v1/embeddings", {"model": "ge/e", "input": ["x", SAMPLE]}),
        ("/v1/completions", {"model": "oa/c", "prompt": SAMPLE, "suffix": SAMPLE}),
        ("/v1/completions", {"model": "oa/c", "prompt": [SAMPLE], "echo": True}),
        ("/api/proxy", {"provider": "an", "model": "c", "system": SAMPLE,
                        "messages": [{"role": "user", "content": SAMPLE}]}),
        ("/api/proxy", {"provider": "oa", "model": "c", "stream": True, "scrub": False,
                        "messages": [{"role": "user", "content": SAMPLE}]}),
        ("/v1/messages/count_tokens", {"model": "an/c", "system": SAMPLE,
                                       "messages": [{"role": "user", "content": SAMPLE}]}),
        ("gemini ge%2Fm:generateContent", {"systemInstruction": {"parts": [{"text": SAMPLE}]},
                                           "contents": tool_turns}),
        ("gemini an%2Fm:generateContent", {"systemInstruction": SAMPLE, "contents": tool_turns}),
        ("gemini oa%2Fm:generateContent", {"contents": tool_turns}),
        ("gemini ge%2Fm:countTokens", {"generateContentRequest": {"systemInstruction": {"parts": [{"text": SAMPLE}]},
                                                                  "contents": tool_turns}}),
        ("gemini an%2Fm:countTokens", {"contents": tool_turns}),
        ("gemini ge%2Fe:embedContent", {"content": {"parts": [{"text": "a"}, {"text": SAMPLE}]}}),
        ("gemini oa%2Fe:batchEmbedContents", {"requests": [{"content": {"parts": [{"text": SAMPLE}]}}] * 2}),
        ("/v1/responses", {"model": "an/m", "instructions": SAMPLE, "input": [
            {"role": "user", "content": [{"type": "input_text", "text": SAMPLE}]},
            {"type": "reasoning", "summary": [{"type": "summary_text", "text": SAMPLE}]},
            {"type": "function_call", "call_id": "c1", "name": "f", "arguments": json.dumps({"q": SAMPLE})},
            {"type": "function_call_output", "call_id": "c1", "output": [{"type": "input_text", "text": SAMPLE}]}]}),
        ("/v1/responses", {"model": "ge/m", "stream": True, "input": SAMPLE}),
    ]
    for where, body in sends:
        if where.startswith("gemini "):
            model, verb = where[len("gemini "):].split(":")
            r = gemini(gw, model, verb, body)
        else:
            r = request(gw.port, "POST", where, body, headers=AUTH)
        expect_eq(r.status, 200, "status of %s" % where)
        seen = mock.last()["body"]
        expect(not labelled_in(seen), "%s: %s reached the provider" % (where, labelled_in(seen)), seen[:800])


def check_logs_clean(gw, log_path):
    """Neither the key (sent as ?key= above) nor any request text in the access log or the
    process's output."""
    out, err = gw.process.output()
    with open(log_path) as f:
        log = f.read()
    for where, text in (("access log", log), ("stdout", out), ("stderr", err)):
        expect(KEY not in text and not labelled_in(text, True), "%s holds request text or the key" % where,
               text[-800:])


def main():
    fake = start_fake_provider()
    with Suite() as suite:
        mock = suite.mock()
        log_path = os.path.join(suite.workdir.name, "access.log")
        gw = suite.lethe(config(fake.server_address[1], mock.port, log_path))
        for provider in ("fo", "fg"):
            for scenario in ("fewer", "more"):
                suite.case("%s provider, %s vectors than inputs: a provider failure, not a 200" % (provider, scenario),
                           check_vector_count, gw, provider, scenario, 3)
        for provider in ("fo", "fg"):
            suite.case("%s provider, a vector value no float holds (1e999): a provider failure" % provider,
                       check_vector_count, gw, provider, "huge", 3)
        suite.case("fg provider, one embedContent answer to a batch: a provider failure",
                   check_vector_count, gw, "fg", "single", 3)
        suite.case("Gemini dialect batchEmbedContents, fewer vectors from the provider: 503 in Gemini's shape",
                   check_vector_count_gemini_dialect, gw)
        suite.case("the control: vectors counted right, base64 with every padding length", check_vectors_right, gw)
        for path in ("/v1/chat/completions", "/v1/completions"):
            for asked, given in ((3, 1), (1, 2), (3, 7), (128, 128)):
                suite.case("%s, n=%d, %d choices from the provider: %s" % (
                    path, asked, given, "200" if asked == given else "a provider failure"),
                    check_choice_count, gw, path, asked, given)
        suite.case("count answers that are not counts (negative, 1e300, text, missing): 5xx in the dialect",
                   check_counts_that_are_not_counts, gw)
        suite.case("Gemini dialect stream: 4,000 calls gathered whole, 5,000 end in an in-band error",
                   check_many_streamed_calls, gw)
        suite.case("Gemini dialect stream: interleaved argument deltas of two calls gathered whole",
                   check_interleaved_calls, gw)
        for dialect in ("responses", "anthropic"):
            suite.case("%s dialect stream: interleaved argument deltas of two calls, one whole item each" % dialect,
                       check_interleaved_calls_dialect, gw, dialect)
            suite.case("%s dialect stream: interleaved calls with placeholders cut across them, restored" % dialect,
                       check_interleaved_calls_restored, gw, dialect)
        for provider in ("fo", "fa", "fg"):
            suite.case("%s provider answers a stream with a whole body: the thinking streamed before the text"
                       % provider, check_whole_answer_streamed_with_thinking, gw, provider)
        suite.case("Gemini dialect: function-call names crafted to collide cost what plain names cost",
                   check_colliding_call_names, gw)
        suite.case("an escaped NUL makes no known name (encoding_format, role, responseMimeType, mode)",
                   check_nul_in_names, gw, mock)
        suite.case("/v1/responses: an escaped NUL makes no known name (type, role, part, tool_choice, format)",
                   check_responses_nul_in_names, gw, mock)
        suite.case("Gemini inlineData: a mimeType or data that would change the data: URL is a 400",
                   check_inline_data, gw, mock)
        suite.case("Gemini path: NUL, dot segments, bad escapes, long names, verb confusion; nothing upstream",
                   check_gemini_path_tricks, gw, mock)
        suite.case("?key=: authenticates, first one counts, reaches no provider, bad ones a 401",
                   check_query_key, gw, mock)
        suite.case("huge arrays and deep nesting: 413 / 400 in the dialect, nothing upstream",
                   check_huge_arrays, gw, mock)
        suite.case("wrong types in every new endpoint: 400 in the dialect, nothing upstream",
                   check_wrong_types, gw, mock)
        suite.case("nothing labelled reaches the provider from any field of the new endpoints",
                   check_nothing_labelled_arrives, gw, mock)
        suite.stop(gw.process)
        suite.case("the key and request text are in no log and no output of lethe", check_logs_clean, gw, log_path)
    fake.shutdown()


if __name__ == "__main__":
    main()
