#!/usr/bin/env python3
"""A refusal names the client's own field, in the client's error shape.

A provider format that cannot express part of a request refuses it (a 400 that names the
field). The wire encoders know only the canonical request, and named its members by the
OpenAI Chat names whatever the client spoke: a Responses client with an `input_image`
link sent to a Gemini target was told `'image_url.url' must be a base64 data: URL`, an
Anthropic client with a `tool_result` answering no call `'tool_call_id' does not match…`,
a Gemini client asking for `responseMimeType: application/json` without a schema of an
Anthropic target `'response_format' …` — fields their requests never had. Each such
refusal must name the field as the client's dialect spells it (`input_image.image_url`,
`tool_result.tool_use_id`, `generationConfig.responseMimeType`, …), in `param` where the
dialect's error shape has one, and never another dialect's name.

`/api/proxy` with `provider` "..", "" or "a b" was refused naming `param: "model"` (the two
are joined into provider/model before the model check): it must name `provider`.

Embeddings answers: an item's `index` of 0.5, "0" or 1e30 was read as the item's position,
so a provider's vectors could land under another input. An index must be an integer in
0..count-1, each once (or absent from every item: the list's order then), else the attempt
failed (502/503), never a 200.
"""
import http.server
import json
import os
import socketserver
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, expect, expect_eq, request, three_format_config  # noqa: E402

USER = {"role": "user", "content": "hi"}
GEMINI_USER = {"role": "user", "parts": [{"text": "hi"}]}
LINK = "https://example.com/a.png"

# Every name some dialect gives a canonical field: a refusal in one dialect names none of the
# others' (those equal to the expected name are left out per case).
ALL_NAMES = {
    "image_url.url", "input_image.image_url", "source.url",
    "tool_calls.function.arguments", "function_call.arguments", "tool_use.input", "functionCall.args",
    "tool_call_id", "function_call_output.call_id", "tool_result.tool_use_id", "functionResponse.id",
    "response_format", "text.format", "generationConfig.responseMimeType",
    "max_tokens", "max_output_tokens", "generationConfig.maxOutputTokens",
    "presence_penalty", "generationConfig.presencePenalty",
    "top_k", "generationConfig.topK",
}


def gemini_path(target, verb="generateContent"):
    return "/v1beta/models/%s:%s" % (target, verb)


def refusals():
    """(what, path, body, the field the client must hear of, the error shape)."""
    return [
        # OpenAI Responses.
        ("Responses: an input_image link to a Gemini target", "/v1/responses",
         {"model": "ge/g", "input": [{"role": "user", "content": [
             {"type": "input_text", "text": "see"}, {"type": "input_image", "image_url": LINK}]}]},
         "input_image.image_url", "openai"),
        ("Responses: a function_call_output answering no call, to a Gemini target", "/v1/responses",
         {"model": "ge/g", "input": [USER, {"type": "function_call_output", "call_id": "call_nowhere",
                                            "output": "42"}]},
         "function_call_output.call_id", "openai"),
        ("Responses: function_call arguments that are not an object, to an Anthropic target", "/v1/responses",
         {"model": "an/c", "input": [USER, {"type": "function_call", "call_id": "c1", "name": "f",
                                            "arguments": "[1]"},
                                     {"type": "function_call_output", "call_id": "c1", "output": "ok"}]},
         "function_call.arguments", "openai"),
        ("Responses: text.format json_object to an Anthropic target", "/v1/responses",
         {"model": "an/c", "input": "hi", "text": {"format": {"type": "json_object"}}},
         "text.format", "openai"),
        ("Responses: reasoning with a small max_output_tokens to an Anthropic target", "/v1/responses",
         {"model": "an/c", "input": "hi", "max_output_tokens": 500, "reasoning": {"effort": "low"}},
         "max_output_tokens", "openai"),
        # Anthropic Messages and count_tokens.
        ("Anthropic: an image by URL to a Gemini target", "/v1/messages",
         {"model": "ge/g", "max_tokens": 5, "messages": [{"role": "user", "content": [
             {"type": "text", "text": "see"}, {"type": "image", "source": {"type": "url", "url": LINK}}]}]},
         "source.url", "anthropic"),
        ("Anthropic: a tool_result answering no tool_use, to a Gemini target", "/v1/messages",
         {"model": "ge/g", "max_tokens": 5, "messages": [{"role": "user", "content": [
             {"type": "tool_result", "tool_use_id": "toolu_nowhere", "content": "42"}]}]},
         "tool_result.tool_use_id", "anthropic"),
        ("Anthropic count_tokens: an image by URL to a Gemini target", "/v1/messages/count_tokens",
         {"model": "ge/g", "messages": [{"role": "user", "content": [
             {"type": "text", "text": "see"}, {"type": "image", "source": {"type": "url", "url": LINK}}]}]},
         "source.url", "anthropic"),
        # Gemini.
        ("Gemini: responseMimeType application/json without a schema to an Anthropic target",
         gemini_path("an/c"),
         {"contents": [GEMINI_USER], "generationConfig": {"responseMimeType": "application/json"}},
         "generationConfig.responseMimeType", "gemini"),
        ("Gemini: topK to an OpenAI-format target", gemini_path("oa/m"),
         {"contents": [GEMINI_USER], "generationConfig": {"topK": 3}},
         "generationConfig.topK", "gemini"),
        ("Gemini: presencePenalty to an Anthropic target", gemini_path("an/c", "streamGenerateContent?alt=sse"),
         {"contents": [GEMINI_USER], "generationConfig": {"presencePenalty": 0.5}},
         "generationConfig.presencePenalty", "gemini"),
        ("Gemini: a thinking budget over a small maxOutputTokens to an Anthropic target", gemini_path("an/c"),
         {"contents": [GEMINI_USER],
          "generationConfig": {"maxOutputTokens": 500, "thinkingConfig": {"thinkingBudget": 2000}}},
         "generationConfig.maxOutputTokens", "gemini"),
        ("Gemini countTokens: presencePenalty to an Anthropic target (counted there)",
         gemini_path("an/c", "countTokens"),
         {"generateContentRequest": {"contents": [GEMINI_USER],
                                     "generationConfig": {"presencePenalty": 0.5}}},
         "generationConfig.presencePenalty", "gemini"),
        # OpenAI Chat: its own names, as before (controls).
        ("Chat: an image_url link to a Gemini target", "/v1/chat/completions",
         {"model": "ge/g", "messages": [{"role": "user", "content": [
             {"type": "text", "text": "see"}, {"type": "image_url", "image_url": {"url": LINK}}]}]},
         "image_url.url", "openai"),
        ("Chat: tool call arguments that are not an object, to an Anthropic target", "/v1/chat/completions",
         {"model": "an/c", "messages": [USER, {"role": "assistant", "tool_calls": [
             {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "[1]"}}]},
             {"role": "tool", "tool_call_id": "c1", "content": "ok"}]},
         "tool_calls.function.arguments", "openai"),
        ("Chat: a tool message answering no call, to a Gemini target", "/v1/chat/completions",
         {"model": "ge/g", "messages": [USER, {"role": "tool", "tool_call_id": "c_nowhere", "content": "ok"}]},
         "tool_call_id", "openai"),
    ]


def error_of(response, shape, label):
    """The error's (message, param or None), checked against the dialect's error shape."""
    body = response.json()
    if shape == "anthropic":
        expect_eq(body.get("type"), "error", label + ": Anthropic envelope")
        expect_eq(body["error"]["type"], "invalid_request_error", label + ": Anthropic type")
        return body["error"]["message"], None
    error = body["error"]
    if shape == "gemini":
        expect_eq(error.get("code"), 400, label + ": Gemini code")
        expect_eq(error.get("status"), "INVALID_ARGUMENT", label + ": Gemini status")
        return error["message"], None
    expect_eq(error.get("type"), "invalid_request_error", label + ": OpenAI type")
    return error["message"], error.get("param")


def every_case(cases, check_one):
    """Runs check_one on every case, then fails naming each that failed (not only the first)."""
    failures = []
    for case in cases:
        try:
            check_one(*case)
        except (AssertionError, KeyError, ValueError) as failure:
            failures.append("%s: %s" % (case[0], failure))
    expect(not failures, "%d of %d failed:\n  %s" % (len(failures), len(cases), "\n  ".join(failures)))


def check_refusals(gw, mock):
    before = mock.requests()
    every_case(refusals(), lambda *case: check_refusal(gw, *case))
    expect_eq(mock.requests(), before, "requests that reached the provider")


def check_refusal(gw, what, path, body, field, shape):
    r = request(gw.port, "POST", path, body)
    expect_eq(r.status, 400, "status (body %r)" % r.body[:200])
    message, param = error_of(r, shape, what)
    expect("'%s'" % field in message, "the message does not name '%s': %r" % (field, message))
    if shape == "openai":
        expect_eq(param, field, "param")
    others = [name for name in ALL_NAMES - {field} if "'%s'" % name in message]
    expect(not others, "the message names %r, not a field of this request: %r" % (others, message))


def check_canonical_provider(gw):
    for provider in ("..", "", ".", "a b"):
        r = request(gw.port, "POST", "/api/proxy", {"provider": provider, "model": "m", "messages": [USER]})
        label = "/api/proxy with provider %r" % provider
        expect_eq(r.status, 400, label)
        error = r.json()["error"]
        expect_eq(error.get("param"), "provider", label + ": param")
        expect("'provider'" in error["message"], "%s: message %r" % (label, error["message"]))
    r = request(gw.port, "POST", "/api/proxy", {"provider": "oa", "model": "..", "messages": [USER]})
    expect_eq(r.status, 400, "/api/proxy with model '..'")
    expect_eq(r.json()["error"].get("param"), "model", "/api/proxy with model '..': param")
    r = request(gw.port, "POST", "/api/proxy", {"provider": "oa", "model": "m", "messages": [USER]})
    expect_eq(r.status, 200, "/api/proxy with provider oa (control)")


def check_constraint_fields(gw):
    """A refused constraint names the body member it came from: lethe.* in every dialect but
    /api/proxy, whose member is constraints.*; a header's refusal names the header."""
    def ask(path, options_member, options, model="auto"):
        body = {"model": model, "messages": [USER], options_member: options}
        return request(gw.port, "POST", path, body)

    cases = [
        ("/api/proxy max_cost", lambda: ask("/api/proxy", "constraints", {"max_cost": -1}), "constraints.max_cost"),
        ("/api/proxy quality", lambda: ask("/api/proxy", "constraints", {"quality": "best"}), "constraints.quality"),
        ("chat max_latency_ms", lambda: ask("/v1/chat/completions", "lethe", {"max_latency_ms": 0.5}),
         "lethe.max_latency_ms"),
        ("chat quality", lambda: ask("/v1/chat/completions", "lethe", {"quality": "best"}), "lethe.quality"),
    ]

    def check_one(what, send, field):
        r = send()
        expect_eq(r.status, 400, "status (body %r)" % r.body[:200])
        error = r.json()["error"]
        expect_eq(error.get("param"), field, "param")
        expect(error["message"].startswith("'%s' " % field), "message %r" % error["message"])

    every_case(cases, check_one)


class Embedder(http.server.BaseHTTPRequestHandler):
    """An OpenAI-format provider whose embeddings list carries the scenario's indexes."""
    protocol_version = "HTTP/1.1"
    indexes = None        # one per item, or None for no index member at all

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        count = len(body["input"])
        data = []
        for position in range(count):
            item = {"object": "embedding", "embedding": [float(position + 1)] * 4}
            if Embedder.indexes is not None:
                item["index"] = Embedder.indexes[position]
            data.append(item)
        if Embedder.indexes is not None and all(isinstance(i, int) for i in Embedder.indexes):
            data.sort(key=lambda item: -item["index"])      # any order: the index says where
        answer = json.dumps({"object": "list", "model": "m", "data": data,
                             "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


class EmbedderServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def embed(gw, indexes):
    Embedder.indexes = indexes
    return request(gw.port, "POST", "/v1/embeddings", {"model": "fe/m", "input": ["a", "b", "c"]})


def check_good_indexes(gw):
    for indexes in (None, [0, 1, 2], [2, 0, 1]):
        r = embed(gw, indexes)
        expect_eq(r.status, 200, "indexes %r (control)" % (indexes,))
        data = sorted(r.json()["data"], key=lambda item: item["index"])
        # Each input's vector is the one the provider filed under it.
        wanted = [float(i + 1) for i in range(3)] if indexes is None else \
            [float(indexes.index(position) + 1) for position in range(3)]
        expect_eq([item["embedding"][0] for item in data], wanted, "indexes %r: vectors by input" % (indexes,))


def check_bad_indexes(gw):
    cases = [("indexes %r" % (indexes,), indexes) for indexes in (
        [0, 0.5, 2], [0, "1", 2], [0, 1, 1e30], ["0", "1", "2"], [0, 1, None], [0, 2, 2], [0, 1, 3], [0, 1, -1],
        [0, 1, True])]
    every_case(cases, lambda what, indexes: check_bad_index(gw, indexes))


def check_bad_index(gw, indexes):
    r = embed(gw, indexes)
    expect(r.status in (502, 503), "status %d, wanted the chain's 502/503" % r.status)


def main():
    server = EmbedderServer((LOOPBACK, 0), Embedder)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    with Suite() as suite:
        mock = suite.mock()
        config = three_format_config(mock.port)
        config["providers"].append({"name": "fe", "type": "openai", "api_key": "k-e",
                                    "base_url": "http://%s:%d/v1" % (LOOPBACK, server.server_address[1])})
        config["breaker"] = {"failures": 1000000, "cooldown_ms": 1}
        gw = suite.lethe(config)
        suite.case("an encoder's refusal names the client's own field, in its error shape, in every dialect",
                   check_refusals, gw, mock)
        suite.case("/api/proxy: a provider that is empty, '.', '..' or outside the alphabet is refused naming "
                   "'provider'", check_canonical_provider, gw)
        suite.case("a refused constraint names lethe.* or /api/proxy's constraints.*, as sent",
                   check_constraint_fields, gw)
        suite.case("embeddings: indexes absent from every item, in order, or integers in any order (control)",
                   check_good_indexes, gw)
        suite.case("embeddings: an index that is not an integer in 0..count-1, once each, fails the attempt",
                   check_bad_indexes, gw)
    server.shutdown()


if __name__ == "__main__":
    main()
