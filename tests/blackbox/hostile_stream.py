#!/usr/bin/env python3
"""UTF-16 surrogates, from both sides (issue 13).

From a client: a lone surrogate escape ("\\ud800", "\\udc00", a high half followed by anything
but a low half) is no text: 400 in the client's dialect, nothing sent upstream, nothing of it
echoed. A proper pair is one character.

From a provider: JS servers cut a stream by UTF-16 code unit, so 🎉 may arrive as "\\ud83c" at
the end of one delta and "\\udf89" at the start of the next. A fake provider written here (on a
loopback port, speaking the openai, anthropic and gemini wire formats) does exactly that, in
text deltas and in tool-call argument deltas, and also sends truly lone halves, whole answers
with lone halves, and raw UTF-8 cut in the middle of a character across two TCP writes. The
client, in the OpenAI and in the Anthropic dialect, must get 🎉 whole, U+FFFD for each lone
half, and a normal end of stream."""
import http.server
import json
import os
import socketserver
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, SSEReader, Suite, expect, expect_eq, expect_openai_error,  # noqa: E402
                     free_port, open_stream, read_openai_stream, request)

PARTY = "\U0001F389"
FFFD = "\ufffd"

# What the fake provider streams, by scenario (the scenario's name is in the prompt). Python
# strings with lone surrogates: json.dumps spells each half as its own \\uXXXX escape.
TEXT_PIECES = {
    "split": ["Party \ud83c", "\udf89 time"],
    "lone": ["a\ud83c", "b", "\udc00c", "end \ud83c"],
    "tool": ["ok"],
    "rawsplit": ["caf\u00e9 ", PARTY, "!"],
}
EXPECTED_TEXT = {
    "split": "Party " + PARTY + " time",
    "lone": "a" + FFFD + "b" + FFFD + "cend " + FFFD,
    "tool": "ok",
    "rawsplit": "caf\u00e9 " + PARTY + "!",
}
TOOL_PIECES = ['{"e":"\ud83c', '\udf89"}']
EXPECTED_ARGUMENTS = '{"e":"' + PARTY + '"}'
WHOLE_TEXT = "a\ud83c b\udf89 \ud83c\udf89"
EXPECTED_WHOLE = "a" + FFFD + " b" + FFFD + " " + PARTY


def scenario_of(body):
    for name in TEXT_PIECES:
        if ("SCENARIO-%s." % name).encode() in body:
            return name
    return "split"


def sse(data, event=None):
    """One SSE event, its JSON escaped as JS servers do (every non-ASCII character as \\uXXXX),
    except for the raw-bytes scenario."""
    head = ("event: %s\n" % event).encode() if event else b""
    return head + b"data: " + data + b"\n\n"


def dumps(value, raw):
    return json.dumps(value, ensure_ascii=not raw, separators=(",", ":")).encode("utf-8")


def openai_events(name):
    raw = name == "rawsplit"

    def chunk(delta, finish=None, **extra):
        c = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": "fake",
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        c.update(extra)
        return sse(dumps(c, raw))

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": piece}) for piece in TEXT_PIECES[name]]
    if name == "tool":
        events.append(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                             "function": {"name": "react", "arguments": ""}}]}))
        events += [chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}) for piece in TOOL_PIECES]
    events.append(chunk({}, "tool_calls" if name == "tool" else "stop"))
    usage = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": "fake", "choices": [],
             "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}}
    events.append(sse(dumps(usage, raw)))
    events.append(sse(b"[DONE]"))
    return events


def anthropic_events(name):
    raw = name == "rawsplit"

    def event(kind, **fields):
        fields = dict({"type": kind}, **fields)
        return sse(dumps(fields, raw), kind)

    events = [event("message_start", message={"id": "msg_fake", "type": "message", "role": "assistant",
                                              "model": "fake", "content": [],
                                              "usage": {"input_tokens": 5, "output_tokens": 1}}),
              event("content_block_start", index=0, content_block={"type": "text", "text": ""})]
    events += [event("content_block_delta", index=0, delta={"type": "text_delta", "text": piece})
               for piece in TEXT_PIECES[name]]
    events.append(event("content_block_stop", index=0))
    if name == "tool":
        events.append(event("content_block_start", index=1,
                            content_block={"type": "tool_use", "id": "toolu_1", "name": "react", "input": {}}))
        events += [event("content_block_delta", index=1, delta={"type": "input_json_delta", "partial_json": piece})
                   for piece in TOOL_PIECES]
        events.append(event("content_block_stop", index=1))
    events.append(event("message_delta", delta={"stop_reason": "tool_use" if name == "tool" else "end_turn"},
                        usage={"output_tokens": 5}))
    events.append(event("message_stop"))
    return events


def gemini_events(name):
    raw = name == "rawsplit"

    def chunk(text, finish=None):
        candidate = {"content": {"role": "model", "parts": [{"text": text}]}, "index": 0}
        c = {"candidates": [candidate], "modelVersion": "fake", "responseId": "r-fake"}
        if finish:
            candidate["finishReason"] = finish
            c["usageMetadata"] = {"promptTokenCount": 5, "candidatesTokenCount": 5, "totalTokenCount": 10}
        return sse(dumps(c, raw))

    return [chunk(piece) for piece in TEXT_PIECES[name]] + [chunk("", "STOP")]


def whole_answer(path):
    if path.endswith("/chat/completions"):
        return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 1, "model": "fake",
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": WHOLE_TEXT}}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10}}
    if path.endswith("/messages"):
        return {"id": "msg_fake", "type": "message", "role": "assistant", "model": "fake",
                "content": [{"type": "text", "text": WHOLE_TEXT}], "stop_reason": "end_turn",
                "usage": {"input_tokens": 5, "output_tokens": 5}}
    return {"candidates": [{"content": {"role": "model", "parts": [{"text": WHOLE_TEXT}]}, "finishReason": "STOP",
                            "index": 0}], "modelVersion": "fake",
            "usageMetadata": {"promptTokenCount": 5, "candidatesTokenCount": 5, "totalTokenCount": 10}}


class FakeProvider(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"       # the answer ends when the connection closes

    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        path = self.path.split("?", 1)[0]
        try:
            streaming = json.loads(body).get("stream") is True or path.endswith(":streamGenerateContent")
        except ValueError:
            streaming = False
        if not streaming:
            answer = dumps(whole_answer(path), False)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            return
        name = scenario_of(body)
        if path.endswith("/chat/completions"):
            events = openai_events(name)
        elif path.endswith("/messages"):
            events = anthropic_events(name)
        else:
            events = gemini_events(name)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        for data in events:
            cut = data.find(PARTY.encode("utf-8"))
            if name == "rawsplit" and cut >= 0:
                # The emoji's four bytes in two TCP writes: lethe reads them in two pieces.
                self.wfile.write(data[:cut + 2])
                self.wfile.flush()
                time.sleep(0.05)
                data = data[cut + 2:]
            self.wfile.write(data)
            self.wfile.flush()


class FakeServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def start_fake_provider():
    server = FakeServer((LOOPBACK, 0), FakeProvider)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    return server


def config(fake_port, mock_port):
    fake = "http://%s:%d" % (LOOPBACK, fake_port)
    return {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": 1,
        "providers": [
            {"name": "mock", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, mock_port),
             "api_key": "k-mock"},
            {"name": "fo", "type": "openai", "base_url": fake + "/v1", "api_key": "k-openai"},
            {"name": "fa", "type": "anthropic", "base_url": fake + "/v1", "api_key": "k-anthropic"},
            {"name": "fg", "type": "gemini", "base_url": fake + "/v1beta", "api_key": "k-gemini"},
        ],
        "routes": [{"name": "default", "chain": [{"target": "mock/mock-model", "timeout_ms": 5000}]}],
    }


# ---- from a client

def raw_chat_body(content_json):
    """A chat body whose user content is spelled exactly as given (JSON string contents)."""
    return (b'{"model":"mock/mock-model","messages":[{"role":"user","content":"' + CANARY.encode() + b" "
            + content_json + b'"}]}')


def raw_messages_body(content_json):
    return (b'{"model":"mock/mock-model","max_tokens":64,"messages":[{"role":"user","content":"'
            + CANARY.encode() + b" " + content_json + b'"}]}')


LONE_SPELLINGS = (b"\\ud800 tail", b"\\udc00", b"x\\ud83c\\u0041", b"\\ud83c\\ud83c", b"end \\ud83c")


def check_client_lone_surrogates_openai(gw, mock):
    before = mock.requests()
    for spelling in LONE_SPELLINGS:
        r = request(gw.port, "POST", "/v1/chat/completions", raw_chat_body(spelling))
        err = expect_openai_error(r, 400)
        expect("surrogate" in err["message"], "the error does not say what is wrong", spelling, r)
    expect_eq(mock.requests(), before, "requests the provider got")


def check_client_lone_surrogates_anthropic(gw, mock):
    before = mock.requests()
    for spelling in LONE_SPELLINGS:
        r = request(gw.port, "POST", "/v1/messages", raw_messages_body(spelling))
        expect_eq(r.status, 400, "status for %r" % spelling)
        expect(CANARY.encode() not in r.body, "the error body quotes the prompt", r)
        body = r.json()
        expect(body.get("type") == "error" and isinstance(body.get("error"), dict), "not an Anthropic error", r)
        expect("surrogate" in body["error"].get("message", ""), "the error does not say what is wrong", r)
    expect_eq(mock.requests(), before, "requests the provider got")


def check_client_pair_is_one_character(gw, mock):
    r = request(gw.port, "POST", "/v1/chat/completions", raw_chat_body(b"\\ud83c\\udf89 \\uD83D\\uDE00"))
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], CANARY + " " + PARTY + " \U0001F600", "echoed text")
    sent = json.loads(mock.last()["body"])
    expect_eq(sent["messages"][-1]["content"], CANARY + " " + PARTY + " \U0001F600", "what the provider got")


def check_nested_lone_surrogate_is_still_scrubbed(gw, mock):
    """Tool-call arguments are JSON text inside a string: a lone surrogate escape in them is
    text the client may echo back, and must not make the scrubber read them undecoded, where
    "\u0040" hides the '@' of an e-mail address."""
    arguments = '{"q":"mail bob\\u0040example.com now \\ud800"}'
    body = {"model": "mock/mock-model", "messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "f", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"},
        {"role": "user", "content": "again"}]}
    r = request(gw.port, "POST", "/v1/chat/completions", body)
    expect_eq(r.status, 200, "status")
    sent = json.loads(mock.last()["body"])["messages"][1]["tool_calls"][0]["function"]["arguments"]
    expect("example.com" not in sent, "the e-mail address in the arguments reached the provider", sent)


# ---- from a provider

def openai_client_stream(gw, model, name):
    payload = {"model": model, "stream": True, "messages": [{"role": "user", "content": "SCENARIO-%s." % name}]}
    conn, resp = open_stream(gw.port, payload)
    try:
        expect_eq(resp.status, 200, "status")
        return read_openai_stream(resp)
    finally:
        conn.close()


def openai_arguments(st):
    parts = []
    for chunk in st.chunks:
        for choice in chunk.get("choices") or []:
            for call in (choice.get("delta") or {}).get("tool_calls") or []:
                parts.append((call.get("function") or {}).get("arguments") or "")
    return "".join(parts)


def check_openai_client(gw, provider, name):
    st = openai_client_stream(gw, "%s/m" % provider, name)
    errors = [c for c in st.chunks if isinstance(c.get("error"), dict)]
    expect(not errors, "the stream ended with an error", errors)
    expect(st.done, "no [DONE]: the stream did not end normally", st.events[-3:])
    expect_eq(st.content(), EXPECTED_TEXT[name], "text")
    if name == "tool":
        expect_eq(openai_arguments(st), EXPECTED_ARGUMENTS, "tool-call arguments")
        finishes = [ch.get("finish_reason") for c in st.chunks for ch in c.get("choices") or []]
        expect("tool_calls" in finishes, "no tool_calls finish", finishes)


def check_anthropic_client(gw, provider, name):
    payload = {"model": "%s/m" % provider, "max_tokens": 64, "stream": True,
               "messages": [{"role": "user", "content": "SCENARIO-%s." % name}]}
    conn, resp = open_stream(gw.port, payload, path="/v1/messages")
    try:
        expect_eq(resp.status, 200, "status")
        events = [(ev.event, ev.json() if ev.data else None) for ev in SSEReader(resp)]
    finally:
        conn.close()
    names = [n for n, _ in events]
    expect("error" not in names, "the stream ended with an error", events[-3:])
    expect(names and names[-1] == "message_stop", "the stream did not end with message_stop", names[-3:])
    deltas = [d["delta"] for n, d in events if n == "content_block_delta"]
    text = "".join(d.get("text", "") for d in deltas if d.get("type") == "text_delta")
    expect_eq(text, EXPECTED_TEXT[name], "text")
    if name == "tool":
        arguments = "".join(d.get("partial_json", "") for d in deltas if d.get("type") == "input_json_delta")
        expect_eq(json.loads(arguments), json.loads(EXPECTED_ARGUMENTS), "tool input")


def check_whole_answer(gw, provider):
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "%s/m" % provider, "messages": [{"role": "user", "content": "whole"}]})
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], EXPECTED_WHOLE, "text")


def main():
    fake = start_fake_provider()
    with Suite() as suite:
        mock = suite.mock()
        gw = suite.lethe(config(fake.server_address[1], mock.port))
        suite.case("client, OpenAI dialect: a lone surrogate escape is a 400 that says so, nothing sent upstream",
                   check_client_lone_surrogates_openai, gw, mock)
        suite.case("client, Anthropic dialect: a lone surrogate escape is a 400 in Anthropic's shape",
                   check_client_lone_surrogates_anthropic, gw, mock)
        suite.case("client: a proper surrogate pair is one character, upstream and back",
                   check_client_pair_is_one_character, gw, mock)
        suite.case("client: a lone surrogate in tool-call arguments does not hide an e-mail from the scrubber",
                   check_nested_lone_surrogate_is_still_scrubbed, gw, mock)
        for provider, wire in (("fo", "openai"), ("fa", "anthropic"), ("fg", "gemini")):
            for name in ("split", "lone", "tool", "rawsplit"):
                if name == "tool" and wire == "gemini":
                    continue            # Gemini sends a function call whole, never in pieces
                suite.case("%s provider, %s stream -> OpenAI client" % (wire, name),
                           check_openai_client, gw, provider, name)
                suite.case("%s provider, %s stream -> Anthropic client" % (wire, name),
                           check_anthropic_client, gw, provider, name)
            suite.case("%s provider, whole answer with lone halves: U+FFFD, not a failure" % wire,
                       check_whole_answer, gw, provider)
    fake.shutdown()


if __name__ == "__main__":
    main()
