#!/usr/bin/env python3
"""JSON escapes must not hide a value from the scrubber. Tool-call arguments and tool results
are JSON text nested in a string; when a model's arguments are cut off or garbled they are no
JSON at all, and "bob\\u0040example.com" still reads as an address. Each case sends such a
request through lethe to lethe-mock and checks that the body the provider received holds no
canary (e-mail, card, secret) in any spelling: raw, JSON-decoded, and with every escape of the
nested text decoded again. Also: a provider's tool arguments that are not a JSON object reach
an Anthropic client wrapped as {"value": ...}, and a lone surrogate in them is U+FFFD, not {}."""
import http.server
import json
import os
import re
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, default_config, expect, expect_eq, free_port, request  # noqa: E402

EMAIL = "bob@example.com"
CARD = "4206458337939858"
SECRET = "Hunter2xyzzy"

ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|.)', re.S)
SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def unescape(text):
    """Every JSON escape in `text` decoded, wherever it stands (surrogate halves as they come)."""
    def one(m):
        e = m.group(1)
        if e[0] == "u" and len(e) == 5:
            return chr(int(e[1:], 16))
        return SIMPLE.get(e, e)
    return ESCAPE.sub(one, text).encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def spellings(text, depth=3):
    """`text`, and what any reader could decode it to: nested JSON and escapes, a few layers."""
    seen = [text]
    for _ in range(depth):
        more = []
        for t in seen:
            more.append(unescape(t))
            try:
                more.append(json.dumps(json.loads(t), ensure_ascii=False))
            except ValueError:
                pass
        seen = list(dict.fromkeys(seen + more))
    return seen


def leaks(body):
    """The canaries found in the provider's body, in any spelling."""
    found = set()
    for text in spellings(body):
        if EMAIL in text:
            found.add("e-mail")
        if CARD in re.sub(r"[^0-9]", "", text):
            found.add("card")
        if SECRET in text:
            found.add("secret")
    return sorted(found)


def tool_history(arguments, result):
    """An OpenAI chat history that replays a tool call with `arguments` and its `result`."""
    return {"model": "mock/mock-model", "messages": [
        {"role": "user", "content": "look it up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": result},
        {"role": "user", "content": "and now?"}]}


def expect_no_leak(gw, mock, payload, path="/v1/chat/completions", headers=None):
    before = mock.requests()
    r = request(gw.port, "POST", path, payload, headers=headers)
    expect_eq(r.status, 200, "status")
    expect_eq(mock.requests(), before + 1, "requests the provider got")
    found = leaks(mock.last()["body"])
    expect(not found, "the provider saw: %s" % ", ".join(found))


ARGUMENT_CASES = [
    ("cut-off arguments, \\u0040 in an e-mail", '{"q":"bob\\u0040example.com"'),
    ("cut-off arguments, the e-mail's first letter escaped", '{"q":"\\u0062ob@example.com'),
    ("garbled arguments, every letter escaped",
     '{"q":"\\u0062\\u006f\\u0062\\u0040\\u0065\\u0078\\u0061mple.com",,'),
    ("cut-off arguments, card digits split by \\u0020, a secret by \\u0078",
     '{"card":"4206\\u00204583\\u00203793\\u00209858","env":"DB_PASSWORD=Hunter2\\u0078yzzy\\n'),
    ("cut-off arguments, a lone surrogate before the e-mail", '{"q":"\\ud800 bob\\u0040example.com'),
    ("cut-off arguments, a backslash before the @", '{"q":"bob\\@example.com'),
    ("valid arguments, the e-mail as a key", '{"bob\\u0040example.com":true}'),
    ("valid arguments, the card as a number", '{"card":4206458337939858}'),
    ("valid arguments, JSON text in a string value", '{"payload":"{\\"to\\":\\"bob\\\\u0040example.com\\"}"}'),
]

RESULT_CASES = [
    ("tool result: JSON with \\u0040", '{"email":"bob\\u0040example.com","ok":true}'),
    ("tool result: cut-off JSON with \\u0040 and a number card",
     '{"email":"bob\\u0040example.com","card":4206458337939858'),
    ("tool result: text with an escaped secret", 'export DB_PASSWORD=Hunter2\\u0078yzzy'),
]


# ---- a provider whose tool arguments are not a JSON object, for the Anthropic dialect ----

class FakeProvider(http.server.BaseHTTPRequestHandler):
    arguments = "{}"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length") or 0))
        answer = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "mock-model",
                  "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                      "role": "assistant", "content": None, "tool_calls": [{
                          "id": "call_1", "type": "function",
                          "function": {"name": "lookup", "arguments": FakeProvider.arguments}}]}}],
                  "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}}
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def anthropic_input(gw, arguments):
    FakeProvider.arguments = arguments
    r = request(gw.port, "POST", "/v1/messages",
                {"model": "mock/mock-model", "max_tokens": 50, "messages": [{"role": "user", "content": "hi"}]},
                headers={"anthropic-version": "2023-06-01"})
    expect_eq(r.status, 200, "status")
    blocks = [b for b in r.json()["content"] if b["type"] == "tool_use"]
    expect_eq(len(blocks), 1, "tool_use blocks")
    return blocks[0]["input"]


with Suite() as suite:
    mock, gw = suite.gateway()
    for name, arguments in ARGUMENT_CASES:
        suite.case(name, expect_no_leak, gw, mock, tool_history(arguments, "done"))
    for name, result in RESULT_CASES:
        suite.case(name, expect_no_leak, gw, mock, tool_history('{"q":"x"}', result))
    suite.case("Anthropic dialect: e-mail key and card number in tool_use input, escaped tool result",
               expect_no_leak, gw, mock,
               {"model": "mock/mock-model", "max_tokens": 50, "messages": [
                   {"role": "user", "content": "look it up"},
                   {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "lookup",
                                                      "input": {EMAIL: {"card": int(CARD)}}}]},
                   {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                                                 "content": '{"mail":"bob\\u0040example.com"}'}]}]},
               "/v1/messages", {"anthropic-version": "2023-06-01"})

    server = http.server.ThreadingHTTPServer((LOOPBACK, free_port()), FakeProvider)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fake_gw = suite.lethe(default_config(server.server_address[1]))
    suite.case("Anthropic client: a provider's cut-off arguments arrive wrapped, not as {}",
               lambda: expect_eq(anthropic_input(fake_gw, '{"q":"trunc'), {"value": '{"q":"trunc'}, "input"))
    suite.case("Anthropic client: a lone surrogate in a provider's arguments is U+FFFD, not {}",
               lambda: expect_eq(anthropic_input(fake_gw, '{"q":"\\ud800x"}'), {"q": "\ufffdx"}, "input"))
    suite.case("Anthropic client: a provider's arguments that are an array arrive wrapped",
               lambda: expect_eq(anthropic_input(fake_gw, '[1,2]'), {"value": [1, 2]}, "input"))
    suite.stop(fake_gw.process)
    server.shutdown()
