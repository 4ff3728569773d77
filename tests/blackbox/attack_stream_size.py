#!/usr/bin/env python3
"""A streamed answer with no end in sight. A whole answer is refused past 32 MiB, but a
streamed one had no bound, and some client dialects keep all of its content until the end:
the Responses API repeats the text in its .done events and in response.completed, and the
Gemini dialect gathers function calls to send them whole with the last chunk. A provider
streaming 200 MB of text made one Responses request hold 2.7 GB (and send the client 960 MB);
200 MB of tool-call arguments through the Gemini dialect held 250 MB.

Now the content of a streamed answer (text, thinking, tool calls) is bounded like a whole
answer's: past 32 MiB the stream ends with the dialect's in-band error. A fake provider
(loopback, stdlib) streams about 40 MB of text, or of one call's arguments; through the chat,
Responses and Gemini dialects the client must get an error at the end, never a completed
answer, and no more than about 32 MiB of content; a small answer still completes."""
import http.client
import json
import os
import socketserver
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, expect, expect_eq, free_port  # noqa: E402

PIECE = "word " * 800                       # 4,000 bytes of text per event
EVENTS = 10 * 1024                          # about 40 MB in all


def chunk(delta, finish=None):
    document = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(document).encode() + b"\n\n"


class Provider(socketserver.StreamRequestHandler):
    kind = "text"
    events = EVENTS

    def handle(self):
        head = b""
        while b"\r\n\r\n" not in head:
            data = self.request.recv(65536)
            if not data:
                return
            head += data
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
            if Provider.kind == "calls":
                self.wfile.write(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                                                        "function": {"name": "f", "arguments": "{\"a\":\""}}]}))
                event = chunk({"tool_calls": [{"index": 0, "function": {"arguments": PIECE}}]})
            else:
                event = chunk({"content": PIECE})
            for _ in range(Provider.events):
                self.wfile.write(event)
            self.wfile.write(chunk({}, "stop") + b"data: [DONE]\n\n")
        except OSError:
            pass                            # lethe stopped reading: what is under test


class ProviderServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def stream(gw, path, body):
    """(status, the whole body) of a streamed request."""
    conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=50)
    try:
        conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


ASKS = {
    "chat": ("/v1/chat/completions",
             {"model": "fo/m", "messages": [{"role": "user", "content": "hi"}], "stream": True}),
    "responses": ("/v1/responses", {"model": "fo/m", "input": "hi", "stream": True}),
    "gemini": ("/v1beta/models/fo/m:streamGenerateContent?alt=sse",
               {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}),
}
ENDINGS = {                               # (how a completed stream ends, how a failed one does)
    "chat": (b"data: [DONE]", b'"error"'),
    "responses": (b"event: response.completed", b"event: response.failed"),
    "gemini": (b'"finishReason":"STOP"', b'{"error":'),
}


def check(gw, kind, dialect, events, completes):
    Provider.kind, Provider.events = kind, events
    path, body = ASKS[dialect]
    status, data = stream(gw, path, body)
    expect_eq(status, 200, "status")
    completed, failed = ENDINGS[dialect]
    what = "%d KiB of %s through the %s dialect" % (events * len(PIECE) // 1024, kind, dialect)
    if completes:
        expect(completed in data and failed not in data, "%s did not complete" % what)
        return
    expect(completed not in data, "%s came through as a completed answer (%d MiB to the client)"
           % (what, len(data) >> 20))
    expect(failed in data, "%s did not end with the dialect's error" % what)
    expect(len(data) < 48 << 20, "%s: the client got %d MiB" % (what, len(data) >> 20))


def main():
    server = ProviderServer((LOOPBACK, 0), Provider)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    url = "http://%s:%d/v1" % (LOOPBACK, server.server_address[1])
    with Suite() as suite:
        config = {
            "listen": "%s:%d" % (LOOPBACK, free_port()),
            "workers": 1,
            "providers": [{"name": "fo", "type": "openai", "base_url": url, "api_key": "k-o"}],
            "routes": [{"name": "default", "chain": [{"target": "fo/m", "timeout_ms": 40000}]}],
            "breaker": {"failures": 1000000, "cooldown_ms": 1},
        }
        gw = suite.lethe(config)
        suite.case("a small streamed answer completes in every dialect (control)",
                   lambda: [check(gw, kind, dialect, 4, True) for kind in ("text", "calls")
                            for dialect in ("chat", "responses", "gemini")])
        for dialect in ("responses", "chat"):
            suite.case("about 40 MB of streamed text through the %s dialect: cut at 32 MiB with its in-band error"
                       % dialect, check, gw, "text", dialect, EVENTS, False)
        for dialect in ("gemini", "responses"):
            suite.case("about 40 MB of one tool call's arguments through the %s dialect: cut with its in-band error"
                       % dialect, check, gw, "calls", dialect, EVENTS, False)


if __name__ == "__main__":
    main()
