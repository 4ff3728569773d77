#!/usr/bin/env python3
"""A client that may not send a body, as a hostile client sees it.

With gateway keys configured, a request without a valid key, to no such path or with a
wrong method is answered from its head alone, before any of its body is read: the answer
(401, 404, 405 in the path's dialect) comes at once, no `100 Continue` goes out, the
connection closes after it, and what the client goes on sending is never held. Before this,
lethe read and kept up to `max_body_bytes` of such a client's body (per connection, until the
body timeout) before refusing it. A request with a valid key and its body is served as
before, on a connection that stays open."""
import json
import os
import select
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat_payload, default_config, expect, expect_eq,  # noqa: E402
                     hash_key, request)

KEY = "lk-body-before-auth-0123456789abcdef"
ANNOUNCED = 4 * 1024 * 1024   # under the limit below: a body lethe would otherwise read whole


def read_answer(sock, wait_s):
    """What the server sent within `wait_s` seconds, and whether it closed the connection."""
    data, closed = b"", False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        ready, _, _ = select.select([sock], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        try:
            piece = sock.recv(65536)
        except ConnectionResetError:
            closed = True
            break
        if not piece:
            closed = True
            break
        data += piece
        if closed:
            break
    return data, closed


def head(path, headers=(), method="POST", length=ANNOUNCED):
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: lethe", "Content-Type: application/json",
             "Content-Length: %d" % length] + list(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answered_from_head(gw, path, headers, status, dialect_check, method="POST"):
    """Send only a head announcing 4 MiB: the answer must come without the body, and the
    connection must close after it."""
    sock = socket.create_connection((LOOPBACK, gw.port), timeout=10)
    try:
        sock.sendall(head(path, headers, method=method))
        data, closed = read_answer(sock, 5.0)
        expect(data.startswith(b"HTTP/1.1 %d" % status),
               "%s %s without its body: wanted %d at once, got %r" % (method, path, status, data[:80]))
        expect(b"100 Continue" not in data, "a 100 Continue went out to a request refused from its head")
        if not closed:
            # The rest of the body may still be sent: it is discarded, and the connection ends.
            try:
                sock.sendall(b"x" * 65536)
            except OSError:
                pass
            more, closed = read_answer(sock, 5.0)
            data += more
        expect(closed, "the connection stayed open after a refusal whose body was never read")
        body = data.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in data else b""
        dialect_check(body)
    finally:
        sock.close()


def error_object(body):
    """The JSON error of an answer's body (sent whole or in one chunk)."""
    text = body.decode()
    return json.loads(text[text.index("{"):text.rindex("}") + 1])


def openai_error(body):
    expect(isinstance(error_object(body).get("error"), dict), "not an OpenAI error: %r" % body[:120])


def anthropic_error(body):
    expect(error_object(body).get("type") == "error", "not an Anthropic error: %r" % body[:120])


def gemini_error(body):
    expect("status" in error_object(body).get("error", {}), "not a Gemini error: %r" % body[:120])


def refused_without_key(gw):
    answered_from_head(gw, "/v1/chat/completions", (), 401, openai_error)
    answered_from_head(gw, "/v1/chat/completions", ("Authorization: Bearer wrong-key-123456",), 401, openai_error)
    answered_from_head(gw, "/v1/messages", ("x-api-key: wrong",), 401, anthropic_error)
    answered_from_head(gw, "/v1beta/models/mock-model:generateContent", (), 401, gemini_error)
    answered_from_head(gw, "/v1/chat/completions", ("Expect: 100-continue",), 401, openai_error)


def refused_for_path_and_method(gw):
    answered_from_head(gw, "/v1/no/such/endpoint", ("Authorization: Bearer " + KEY,), 404, openai_error)
    answered_from_head(gw, "/v1/no/such/endpoint", (), 404, openai_error)
    answered_from_head(gw, "/v1/chat/completions", ("Authorization: Bearer " + KEY,), 405, openai_error,
                       method="PUT")


def many_clients_hold_nothing(gw):
    """Thirty clients without a key each announce 4 MiB and send 1 MiB of it: lethe's memory
    does not grow by what they sent (it would by ~30 MiB if it read their bodies)."""
    def rss_kib():
        with open("/proc/%d/status" % gw.process.pid) as f:
            return int(next(line for line in f if line.startswith("VmRSS:")).split()[1])
    before = rss_kib()
    sockets = []
    try:
        for _ in range(30):
            sock = socket.create_connection((LOOPBACK, gw.port), timeout=10)
            sock.setblocking(False)
            sock.sendall(head("/v1/chat/completions"))
            sockets.append(sock)
        chunk = b"y" * 65536
        for _ in range(16):
            for sock in sockets:
                try:
                    sock.send(chunk)
                except OSError:
                    pass
        time.sleep(0.3)
        grown = rss_kib() - before
        expect(grown < 12 * 1024, "lethe grew by %d KiB while 30 clients without a key sent 1 MiB each" % grown)
    finally:
        for sock in sockets:
            sock.close()


def nothing_after_a_refused_head(gw):
    """The bytes after a head refused with its body unread are that body to any proxy in
    front: a request hidden in them must never be answered (it was: a 413 or a 401, then a
    200 for the smuggled GET)."""
    smuggled = b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n"
    for what, path, headers, length, status in (
            ("a body over the limit", "/v1/chat/completions", ("Authorization: Bearer " + KEY,),
             64 * 1024 * 1024, 413),
            ("no key", "/v1/chat/completions", (), ANNOUNCED, 401)):
        sock = socket.create_connection((LOOPBACK, gw.port), timeout=10)
        try:
            sock.sendall(head(path, headers, length=length))
            first, closed = read_answer(sock, 2.0)
            expect(first.startswith(b"HTTP/1.1 %d" % status), "%s: wanted %d, got %r" % (what, status, first[:60]))
            if not closed:
                try:
                    sock.sendall(smuggled)
                except OSError:
                    pass
                more, _ = read_answer(sock, 2.0)
                expect(b"HTTP/1.1" not in more, "%s: the request inside the refused body was answered: %r"
                       % (what, more[:80]))
        finally:
            sock.close()


def served_with_key(gw):
    """A valid key: the body is read and served, and the connection is kept for the next."""
    body = json.dumps(chat_payload("hello from a client with a key", model="mock/mock-model")).encode()
    sock = socket.create_connection((LOOPBACK, gw.port), timeout=10)
    try:
        for _ in range(2):
            sock.sendall(head("/v1/chat/completions", ("Authorization: Bearer " + KEY, "Expect: 100-continue"),
                              length=len(body)))
            interim, _ = read_answer(sock, 2.0)
            expect(interim.startswith(b"HTTP/1.1 100 Continue"), "no 100 Continue for an admitted head: %r"
                   % interim[:60])
            sock.sendall(body)
            data, closed = read_answer(sock, 5.0)
            expect(data.startswith(b"HTTP/1.1 200"), "a keyed request was not served: %r" % data[:80])
            expect(not closed, "a served request's connection was closed")
    finally:
        sock.close()
    r = request(gw.port, "POST", "/v1/chat/completions", chat_payload("plain", model="mock/mock-model"),
                headers={"Authorization": "Bearer " + KEY})
    expect_eq(r.status, 200, "a plain keyed request")


def main():
    with Suite() as suite:
        run(suite)


def run(suite):
    mock = suite.mock()
    cfg = default_config(mock.port, keys=[{"name": "app", "hash": hash_key(KEY)}])
    cfg["limits"] = {"max_body_bytes": 8 * 1024 * 1024, "body_timeout_ms": 30000}
    gw = suite.lethe(cfg)
    suite.case("without a valid key, a request is answered 401 from its head, in its dialect, before its body",
               refused_without_key, gw)
    suite.case("no such path and a wrong method are answered from the head too, and the connection closes",
               refused_for_path_and_method, gw)
    suite.case("thirty clients without a key sending large bodies make lethe hold none of them",
               many_clients_hold_nothing, gw)
    suite.case("after a head refused with its body unread, a request inside that body is never answered",
               nothing_after_a_refused_head, gw)
    suite.case("with a valid key the body is read and served, 100 Continue first, the connection kept",
               served_with_key, gw)


if __name__ == "__main__":
    main()
