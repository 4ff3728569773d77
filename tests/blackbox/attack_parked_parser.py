#!/usr/bin/env python3
"""The request parser a held request gives back ("parked", proxy/server.c) as a hostile client
sees it.

While a request waits for its provider, its connection's evhtp parser (8 KiB, whose buffer
holds the last line of the request head it read) is parked: kept among up to 64 spares, or
freed. A spare outlives the request, and for good when its client left while it was parked
(nothing takes it back). So:

- a secret in the request head (the last header read: here the gateway key, `x-api-key`)
  must not survive in lethe's memory once the requests are over, even when every client
  hung up on its stream while it was parked, nor while a kept-alive connection sits idle
  after its answer (its parser, or a spare it was given back, still held the head);
- more requests held at once than there are spares, each with a request pipelined behind
  it and some of whose clients vanish, are all answered in order, and the connections are
  reused afterwards (a parser is taken back from the spares or made anew, with the right
  HTTP version, for each).

The memory scan reads /proc/PID/mem (the test runs as root). In a sanitizer build ASan fills
the blocks it frees (its quarantine keeps them otherwise), so the scan checks what is still
live, which is where a spare parser is."""
import json
import os
import re
import secrets
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat_payload, default_config, expect, expect_eq,  # noqa: E402
                     hash_key, lethe_path, request, wait_until)

KEY = "lk-" + secrets.token_hex(24)
# Evhtp's parser copies a header's name, then its value, to the start of its buffer: the
# key's tail is what survives the next, shorter header lines.
KEY_TAIL = KEY[-32:].encode()
# A word of the prompt: the canonical request holds it while its stream is open, so the scanner
# can show it sees a held request's memory (the key itself may be gone by then: the headers are
# dropped once read and a parked parser is wiped).
CANARY = "quillwort" + secrets.token_hex(12)

# ASan's shadow memory on x86-64: shadow bytes only, terabytes of unbacked address space.
ASAN_SHADOW = (0x7fff8000, 0x10007fff8000)


def sanitizer_env():
    """ASan keeps freed memory as it was in its quarantine: have it fill what it frees."""
    with open(lethe_path(), "rb") as f:
        if b"__asan_init" not in f.read():
            return None
    env = dict(os.environ)
    options = [o for o in env.get("ASAN_OPTIONS", "").split(":") if o]
    options += ["max_free_fill_size=2147483647", "free_fill_byte=0"]
    env["ASAN_OPTIONS"] = ":".join(options)
    return env


def copies_in_memory(pid, needle):
    """How many times `needle` is in the writable private memory of process `pid`."""
    found = 0
    fd = os.open("/proc/%d/mem" % pid, os.O_RDONLY)
    try:
        with open("/proc/%d/maps" % pid) as f:
            maps = f.read().splitlines()
        for line in maps:
            m = re.match(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \d+\s*(.*)$", line)
            start, end, perms, path = int(m.group(1), 16), int(m.group(2), 16), m.group(3), m.group(4)
            if perms[0] != "r" or perms[1] != "w" or path in ("[vvar]", "[vsyscall]", "[vdso]"):
                continue
            if start < ASAN_SHADOW[1] and end > ASAN_SHADOW[0]:
                continue
            address = start
            while address < end:
                size = min(1 << 20, end - address)
                try:
                    data = os.pread(fd, size + len(needle), address)
                except OSError:
                    data = b""
                found += data[:size + len(needle) - 1].count(needle) if data else 0
                address += size
    finally:
        os.close(fd)
    return found


def stream_head(body, key):
    """A streamed chat request whose last header is the gateway key."""
    return (b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\nx-api-key: %s\r\n\r\n" % (len(body), key.encode())) + body


def key_gone_after_abandoned_streams(gw, mock):
    """Three clients hang up while their streams are parked; while they are open the scanner
    finds their prompt (it can see a held request's memory), afterwards the key must be gone."""
    mock.configure(chunk_bytes=1, chunk_ms=150)
    body = json.dumps(chat_payload("one slow answer about " + CANARY + ", please", model="mock/mock-model",
                                   stream=True)).encode()
    sockets = []
    try:
        for _ in range(3):
            sock = socket.create_connection((LOOPBACK, gw.port), timeout=10)
            sock.sendall(stream_head(body, KEY))
            expect(sock.recv(64).startswith(b"HTTP/1.1 200"), "the stream did not start")
            sockets.append(sock)
        held = copies_in_memory(gw.process.pid, CANARY.encode())
        expect(held > 0, "the scanner did not find the prompt while its requests were open: it cannot see")
    finally:
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
    time.sleep(0.5)
    mock.reset()
    # Every request is over: one more, plain, on a connection of its own.
    r = request(gw.port, "POST", "/v1/chat/completions", chat_payload("after", model="mock/mock-model"),
                headers={"x-api-key": KEY})
    expect_eq(r.status, 200, "a request after the abandoned streams")
    time.sleep(0.3)
    left = copies_in_memory(gw.process.pid, KEY_TAIL)
    expect(left == 0, "%d cop%s of the gateway key's tail still in lethe's memory after every request "
           "ended (a parked parser's header buffer)" % (left, "y" if left == 1 else "ies"))


class Connection:
    """A client socket that reads answers one at a time (Content-Length or chunked)."""

    def __init__(self, port):
        self.sock = socket.create_connection((LOOPBACK, port), timeout=20)
        self.file = self.sock.makefile("rb")

    def send(self, data):
        self.sock.sendall(data)

    def answer(self):
        line = self.file.readline()
        expect(line.startswith(b"HTTP/1.1 "), "no status line", line)
        status = int(line.split()[1])
        headers = {}
        while True:
            header = self.file.readline()
            if header in (b"\r\n", b""):
                break
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            return status, self.file.read(int(headers["content-length"]))
        body = b""
        while True:
            size = int(self.file.readline().split(b";")[0], 16)
            if size == 0:
                self.file.readline()
                return status, body
            body += self.file.read(size)
            self.file.readline()

    def close(self):
        self.file.close()
        self.sock.close()


def plain_request(text):
    body = json.dumps(chat_payload(text, model="mock/mock-model")).encode()
    return (b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
            b"x-api-key: %s\r\nContent-Length: %d\r\n\r\n" % (KEY.encode(), len(body))) + body


def more_held_than_spares(gw, mock):
    count, vanish = 80, 10
    mock.configure(latency_ms=1500)
    connections = []
    try:
        for i in range(count):
            connection = Connection(gw.port)
            connection.send(plain_request("first %d" % i))
            connections.append(connection)
        expect(wait_until(lambda: mock.requests() >= count, 15), "not every request reached the provider")
        for i, connection in enumerate(connections):
            connection.send(plain_request("second %d" % i))      # pipelined behind a held request
        for connection in connections[:vanish]:
            connection.close()
        for i, connection in enumerate(connections[vanish:], vanish):
            for word in ("first", "second"):
                status, body = connection.answer()
                expect(status == 200 and b"%s %d" % (word.encode(), i) in body,
                       "connection %d: the %s answer is %d %r" % (i, word, status, body[:200]))
        mock.reset()
        for i, connection in enumerate(connections[vanish:], vanish):
            connection.send(plain_request("third %d" % i))
            status, body = connection.answer()
            expect(status == 200 and b"third %d" % i in body,
                   "connection %d, reused: %d %r" % (i, status, body[:200]))
    finally:
        for connection in connections:
            connection.close()
        mock.reset()


def key_gone_from_idle_connections(gw):
    """A client keeps its connection open after its answers, one held (a chat completion),
    one answered at once (GET /v1/models): the key, the last header of each head, must not
    stay in memory while the connection sits idle."""
    body = json.dumps(chat_payload("then idle", model="mock/mock-model")).encode()
    heads = [
        (b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
         b"Content-Length: %d\r\nx-api-key: %s\r\n\r\n" % (len(body), KEY.encode())) + body,
        b"GET /v1/models HTTP/1.1\r\nHost: lethe\r\nx-api-key: %s\r\n\r\n" % KEY.encode(),
    ]
    for head in heads:
        connection = Connection(gw.port)
        try:
            connection.send(head)
            status, answer = connection.answer()
            expect_eq(status, 200, "status of %r" % head[:30])
            time.sleep(0.3)
            left = copies_in_memory(gw.process.pid, KEY_TAIL)
            expect(left == 0, "%d cop%s of the key in memory while the connection sits idle after %r"
                   % (left, "y" if left == 1 else "ies", head[:30]))
        finally:
            connection.close()


def main():
    with Suite() as suite:
        mock = suite.mock()
        config = default_config(mock.port, keys=[{"name": "client", "hash": hash_key(KEY)}])
        gw = suite.lethe(config, env=sanitizer_env())
        suite.case("the gateway key in a request head is gone from memory once every stream holding it "
                   "was abandoned while parked", key_gone_after_abandoned_streams, gw, mock)
        suite.case("the gateway key is gone from memory while a kept-alive connection sits idle, after a held "
                   "request and after one answered at once", key_gone_from_idle_connections, gw)
        suite.case("80 held requests (more than the 64 spare parsers), each with one pipelined behind it, "
                   "10 clients gone: the rest answered in order, and reused", more_held_than_spares, gw, mock)


main()
