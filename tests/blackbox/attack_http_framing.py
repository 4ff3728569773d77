#!/usr/bin/env python3
"""Request framing a hostile client (or a server in front of lethe) can get wrong: what lethe
reads as the end of one request must be where everyone else reads it, and anything its
HTTP parser (libevhtp's) cannot read is a clear error in the path's dialect, never a
connection dropped unanswered nor a body taken for the next request.

- Transfer-Encoding other than exactly "chunked" (gzip, identity, "gzip, chunked",
  "CHUNKED", "chunked " with a trailing blank): evhtp reads no body at all and would take
  the body's bytes for a second request (request smuggling); RFC 9112 6.3 asks a 400 and a
  closed connection. Two Transfer-Encoding headers: 400, as two Content-Lengths are.
- A chunk size past 64 bits (2^64 + n, which evhtp reads as n): 413, nothing sent upstream.
- A chunk size over max_body_bytes: 413 at once, before the data.
- A chunk extension (";name=value"): 400 that says so (evhtp dropped the connection).
- Trailer fields after the last chunk: 400 (evhtp added them to the request's headers after
  the head's framing checks).
- A request line cut in two inside its path (two TCP reads): answered as if whole (evhtp's
  parser lost the first part: a 404).
- A request target that is neither a path nor an absolute URI ("OPTIONS *"): 400 (evhtp
  dropped the connection).
- Expect: 100-continue from an HTTP/1.0 client: no "HTTP/1.1 100 Continue" (which such a
  client takes for the answer), as RFC 9110 10.1.1 requires.
- The controls, which must keep working: a chunked body sent byte by byte in chunks of
  several sizes with leading zeros and capital hex digits, with a request pipelined behind
  it; the same head cut at every byte."""
import json
import os
import re
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, CANARY, Suite, chat_payload, default_config, expect, expect_eq,  # noqa: E402
                     request)

CHAT = b"/v1/chat/completions"
MESSAGES = b"/v1/messages"


def body_for(path, text):
    payload = chat_payload(text, model="mock/mock-model")
    if path == MESSAGES:
        payload["max_tokens"] = 32
    return json.dumps(payload).encode()


def exchange(port, pieces, timeout=8.0, pause=0.0):
    """Send each piece (pausing between them), then read until the server closes or goes
    quiet for `timeout`; returns everything read."""
    sock = socket.create_connection((LOOPBACK, port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    received = b""
    try:
        for piece in pieces:
            try:
                sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            if pause:
                time.sleep(pause)
        while True:
            try:
                data = sock.recv(65536)
            except socket.timeout:
                break
            except ConnectionResetError:
                break
            if not data:
                break
            received += data
    finally:
        sock.close()
    return received


def answers(raw):
    """The status codes of every answer in `raw`, in order (an answer follows the body before
    it with no line break: no request here writes a status line into its text)."""
    return [int(status) for status in re.findall(rb"HTTP/1\.[01] (\d{3}) ", raw)]


def error_body(raw):
    """The JSON body of the first answer."""
    head, _, rest = raw.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length"))
    return json.loads(rest[:length])


def expect_dialect_error(raw, status, path, words):
    expect(answers(raw)[:1] == [status], "wanted one %d first, got %r" % (status, answers(raw)), raw[:600])
    body = error_body(raw)
    if path == MESSAGES:
        expect(body.get("type") == "error" and isinstance(body.get("error"), dict), "not Anthropic's shape", body)
    else:
        expect(isinstance(body.get("error"), dict) and "param" in body["error"], "not OpenAI's shape", body)
    message = body["error"]["message"]
    expect(words in message, "the message does not say %r" % words, message)
    expect(CANARY not in raw.decode("latin-1"), "the answer quotes the request")


def chunked_head(path, coding=b"chunked", version=b"HTTP/1.1"):
    return (b"POST " + path + b" " + version + b"\r\nHost: lethe\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: " + coding + b"\r\n\r\n")


SMUGGLED = b"GET /v1/models HTTP/1.1\r\nHost: lethe\r\nConnection: close\r\n\r\n"


def codings_other_than_chunked(gw, mock):
    before = mock.requests()
    for coding in (b"gzip", b"identity", b"gzip, chunked", b"CHUNKED", b"chunked "):
        for path in (CHAT, MESSAGES):
            body = body_for(path, CANARY)
            framed = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body) if b"chunked" in coding.lower() else SMUGGLED
            raw = exchange(gw.port, [chunked_head(path, coding) + framed])
            what = "Transfer-Encoding %r on %s" % (coding, path.decode())
            expect(len(answers(raw)) == 1, "%s: %d answers %r, the body was read as another request"
                   % (what, len(answers(raw)), answers(raw)), raw[-400:])
            expect_dialect_error(raw, 400, path, "Transfer-Encoding")
    # Twice (chunked applied twice, RFC 9112 6.1), or once in each of two headers.
    for path in (CHAT, MESSAGES):
        body = body_for(path, CANARY)
        head = chunked_head(path).replace(b"\r\n\r\n", b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        raw = exchange(gw.port, [head + b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)])
        expect_dialect_error(raw, 400, path, "Transfer-Encoding")
    expect_eq(mock.requests() - before, 0, "requests that reached the provider")


def chunk_size_past_64_bits(gw, mock):
    before = mock.requests()
    for path in (CHAT, MESSAGES):
        body = body_for(path, "wrapped")
        # 0x1_0000_0000_0000_0000 + len(body): evhtp's 64-bit reading makes it len(body).
        size = b"1" + b"%016x" % len(body)
        raw = exchange(gw.port, [chunked_head(path) + size + b"\r\n" + body + b"\r\n0\r\n\r\n" + SMUGGLED])
        expect_dialect_error(raw, 413, path, "larger than the limit")
        expect(len(answers(raw)) == 1, "more than one answer: %r" % answers(raw), raw[-400:])
    expect_eq(mock.requests() - before, 0, "requests that reached the provider")


def chunk_size_over_the_limit(gw):
    # Only the size line: the refusal must not wait for data that never comes.
    for path in (CHAT, MESSAGES):
        raw = exchange(gw.port, [chunked_head(path) + b"fffffff\r\n"], timeout=8.0)
        expect_dialect_error(raw, 413, path, "larger than the limit")


def chunk_extensions(gw):
    """In one write (refused before evhtp made the request), and with the body after the head
    has been read (refused through the request)."""
    for path in (CHAT, MESSAGES):
        body = body_for(path, "extended")
        for extension in (b";name=value", b'; q="a;b"', b";"):
            framed = b"%x%s\r\n%s\r\n0\r\n\r\n" % (len(body), extension, body)
            for pieces in ([chunked_head(path) + framed], [chunked_head(path), framed]):
                raw = exchange(gw.port, pieces, pause=0.2)
                expect(raw != b"", "%r on %s: the connection was dropped unanswered" % (extension, path))
                expect_dialect_error(raw, 400, path, "chunk extensions")


def odd_chunk_lines(gw):
    body = body_for(CHAT, "odd")
    for line in (b"-%x" % len(body), b"%x " % len(body), b"0x%x" % len(body), b""):
        raw = exchange(gw.port, [chunked_head(CHAT) + line + b"\r\n" + body + b"\r\n0\r\n\r\n"])
        expect(raw != b"", "size line %r: the connection was dropped unanswered" % line)
        expect_dialect_error(raw, 400, CHAT, "chunk size line")
    raw = exchange(gw.port, [chunked_head(CHAT) + b"%x\r\n%sXY0\r\n\r\n" % (len(body), body)])
    expect_dialect_error(raw, 400, CHAT, "followed by CRLF")


def trailer_fields(gw, mock):
    before = mock.requests()
    body = body_for(CHAT, "trailing")
    raw = exchange(gw.port, [chunked_head(CHAT) + b"%x\r\n%s\r\n0\r\nx-lethe-scrub: off\r\n\r\n" % (len(body), body)])
    expect_dialect_error(raw, 400, CHAT, "trailer")
    expect_eq(mock.requests() - before, 0, "requests that reached the provider")


def request_line_cut_anywhere(gw):
    body = body_for(CHAT, "cut")
    whole = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
             b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
    line_end = whole.index(b"\r\n")
    wrong = []
    for cut in range(1, line_end + 2):
        raw = exchange(gw.port, [whole[:cut], whole[cut:]], pause=0.05, timeout=5.0)
        if answers(raw)[:1] != [200] or b'"cut"' not in raw:
            wrong.append((cut, answers(raw)))
    expect(not wrong, "the request line cut after these bytes was not answered 200: %r" % wrong)
    # Gemini's model is in the path: cut inside it.
    gemini = b"/v1beta/models/mock%2Fmock-model:generateContent"
    contents = json.dumps({"contents": [{"role": "user", "parts": [{"text": "cut"}]}]}).encode()
    head = (b"POST " + gemini + b" HTTP/1.1\r\nHost: lethe\r\nConnection: close\r\n"
            b"Content-Length: %d\r\n\r\n" % len(contents)) + contents
    for cut in (20, 30, 40):
        raw = exchange(gw.port, [head[:cut], head[cut:]], pause=0.05, timeout=5.0)
        expect(answers(raw)[:1] == [200], "Gemini path cut after %d bytes: %r" % (cut, answers(raw)), raw[:300])


def odd_request_targets(gw):
    for target in (b"*", b"?x=1", b"%2f", b"#frag"):
        raw = exchange(gw.port, [b"OPTIONS " + target + b" HTTP/1.1\r\nHost: lethe\r\n\r\n"])
        expect(raw != b"", "target %r: the connection was dropped unanswered" % target)
        expect_dialect_error(raw, 400, CHAT, "request target")
    raw = exchange(gw.port, [b"GET  /healthz HTTP/1.1\r\nHost: lethe\r\nConnection: close\r\n\r\n"])
    expect_eq(answers(raw), [200], "two spaces before the target (evhtp skips them)")


def expect_continue(gw):
    body = body_for(CHAT, "expecting")
    for version, interim in ((b"HTTP/1.0", False), (b"HTTP/1.1", True)):
        head = (b"POST /v1/chat/completions " + version + b"\r\nHost: lethe\r\nConnection: close\r\n"
                b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(body))
        raw = exchange(gw.port, [head, body], pause=0.3)
        wanted = [100, 200] if interim else [200]
        expect_eq(answers(raw), wanted, "answers to %s with Expect: 100-continue" % version.decode())
        expect(raw.startswith(version + b" "), "the first answer is not %s" % version.decode(), raw[:80])


def chunked_byte_by_byte(gw):
    body = body_for(CHAT, "chunk by chunk")
    pieces = [body[:1], body[1:20], body[20:]]
    framed = b"".join(b"%08X\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
    data = chunked_head(CHAT) + framed + b"GET /healthz HTTP/1.1\r\nHost: lethe\r\nConnection: close\r\n\r\n"
    raw = exchange(gw.port, [data[i:i + 1] for i in range(len(data))])
    expect_eq(answers(raw), [200, 200], "answers to a chunked POST sent byte by byte and a GET behind it")
    expect(b"chunk by chunk" in raw and b'{"status":"ok"}' in raw, "the answers' bodies", raw[-600:])
    # And in one write, on HTTP/1.0.
    raw = exchange(gw.port, [chunked_head(CHAT, version=b"HTTP/1.0") + framed])
    expect_eq(answers(raw), [200], "a chunked POST over HTTP/1.0")


def main():
    with Suite() as suite:
        mock = suite.mock()
        config = default_config(mock.port, limits={"max_body_bytes": 65536, "body_timeout_ms": 30000})
        gw = suite.lethe(config)
        suite.case("Transfer-Encoding other than exactly 'chunked': 400 in the path's dialect, the body never read "
                   "as a second request", codings_other_than_chunked, gw, mock)
        suite.case("a chunk size past 64 bits (2^64 + n): 413, nothing sent, nothing smuggled",
                   chunk_size_past_64_bits, gw, mock)
        suite.case("a chunk size over max_body_bytes: 413 before its data", chunk_size_over_the_limit, gw)
        suite.case("a chunk extension: 400 that says so, not a dropped connection", chunk_extensions, gw)
        suite.case("a size line that is not hex digits, data not followed by CRLF: 400", odd_chunk_lines, gw)
        suite.case("trailer fields after the last chunk: 400, nothing sent", trailer_fields, gw, mock)
        suite.case("a request line cut in two anywhere (OpenAI and Gemini paths): answered as if whole",
                   request_line_cut_anywhere, gw)
        suite.case("a request target that is not a path (OPTIONS *): 400, not a dropped connection",
                   odd_request_targets, gw)
        suite.case("Expect: 100-continue from an HTTP/1.0 client: no interim answer (RFC 9110 10.1.1); "
                   "from HTTP/1.1: 100 then 200", expect_continue, gw)
        suite.case("control: a chunked body byte by byte (leading zeros, capital hex) with a GET behind it, "
                   "and over HTTP/1.0", chunked_byte_by_byte, gw)
        r = request(gw.port, "GET", "/healthz")
        suite.check(r.status == 200, "the worker lives", r)


main()
