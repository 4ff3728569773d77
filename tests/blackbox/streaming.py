#!/usr/bin/env python3
"""Streams under stress: a client that disconnects mid-stream (the upstream transfer must be
cancelled at once), a slow client with a 2 MB answer, 50 concurrent streams mixed with bad
requests."""
import http.client
import json
import os
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, OpenAIStream, LOOPBACK, SSEReader, Suite, chat, established_with_port, expect,  # noqa: E402
                     expect_eq, open_stream, raw_exchange, read_openai_stream, stream_chat, wait_until)

LONG_REPLY = " ".join("word%04d" % i for i in range(600))     # 5.4 KB, ~1350 events at 4 bytes


def hard_close(conn):
    """Close the client's socket at once, as a client that goes away does."""
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
    conn.close()


def check_disconnect_mid_stream(suite):
    mock, gw = suite.gateway()
    mock.configure(chunk_ms=100, reply=LONG_REPLY)
    conn, resp = open_stream(gw.port, {"model": "mock/mock-model", "stream": True,
                                       "messages": [{"role": "user", "content": "go " + CANARY}]})
    closed = False
    try:
        expect_eq(resp.status, 200, "status")
        reader = SSEReader(resp)
        first = [reader.next(), reader.next()]
        expect(all(first), "fewer than two events", first)
        before = established_with_port(mock.port)
        expect(before, "precondition: no ESTABLISHED connection to the mock while streaming")
        t0 = time.monotonic()
        hard_close(conn)
        closed = True
        gone = wait_until(lambda: not established_with_port(mock.port), 0.5, interval=0.01)
        took = time.monotonic() - t0
        left = established_with_port(mock.port)
        expect(gone, "the upstream connection is still ESTABLISHED %.0f ms after the client left: %r"
               % (took * 1000, left))
    finally:
        if not closed:
            conn.close()
    mock.reset()
    text = "after a disconnect " + CANARY
    resp, st = stream_chat(gw.port, text)
    expect(st.done and st.content() == text, "the next stream", st.events[-3:])
    r = chat(gw.port, "and a plain one")
    expect_eq(r.status, 200, "next non-streaming status")
    expect_eq(r.json()["choices"][0]["message"]["content"], "and a plain one", "next non-streaming echo")


def check_disconnect_before_first_byte(suite):
    mock, gw = suite.gateway()
    mock.configure(latency_ms=4000)
    conn, _ = None, None
    conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=10)
    conn.request("POST", "/v1/chat/completions",
                 json.dumps({"model": "mock/mock-model", "stream": True,
                             "messages": [{"role": "user", "content": "waiting " + CANARY}]}),
                 {"Content-Type": "application/json"})
    try:
        seen = wait_until(lambda: established_with_port(mock.port), 2.0)
        expect(seen, "precondition: no connection to the mock while it waits")
        time.sleep(0.2)
    finally:
        t0 = time.monotonic()
        hard_close(conn)
    gone = wait_until(lambda: not established_with_port(mock.port), 0.5, interval=0.01)
    took = time.monotonic() - t0
    expect(gone, "the upstream connection is still ESTABLISHED %.0f ms after the client left"
           % (took * 1000))
    mock.reset()
    r = chat(gw.port, "still here")
    expect_eq(r.status, 200, "next status")


def check_many_disconnects(suite):
    """20 clients leave mid-stream one after another; the gateway keeps no upstream
    connection busy and still answers."""
    mock, gw = suite.gateway()
    mock.configure(chunk_ms=20, reply=LONG_REPLY)
    for i in range(20):
        conn, resp = open_stream(gw.port, {"model": "mock/mock-model", "stream": True,
                                           "messages": [{"role": "user", "content": "x%d" % i}]})
        expect_eq(resp.status, 200, "status of stream %d" % i)
        reader = SSEReader(resp)
        expect(reader.next() is not None, "stream %d: no first event" % i)
        hard_close(conn)
    gone = wait_until(lambda: not established_with_port(mock.port), 1.0, interval=0.01)
    expect(gone, "upstream connections still ESTABLISHED after 20 client disconnects: %r"
           % established_with_port(mock.port))
    mock.reset()
    r = chat(gw.port, "after twenty")
    expect_eq(r.status, 200, "status after the disconnects")


def big_reply(size):
    lines = []
    n = 0
    total = 0
    while total < size:
        line = "%07d %s ünïcödé 東京 🎉 lorem ipsum dolor sit amet\n" % (n, "abcdefghij" * 3)
        lines.append(line)
        total += len(line.encode())
        n += 1
    return "".join(lines)


def check_slow_client(mock, gw):
    reply = big_reply(2 * 1024 * 1024)
    mock.configure(reply=reply, chunk_bytes=4096)
    try:
        conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=20)
        conn.connect()
        conn.request("POST", "/v1/chat/completions",
                     json.dumps({"model": "mock/mock-model", "stream": True,
                                 "messages": [{"role": "user", "content": "big"}]}),
                     {"Content-Type": "application/json"})
        try:
            resp = conn.getresponse()
            expect_eq(resp.status, 200, "status")
            reader = SSEReader(resp)
            events = []
            time.sleep(1.0)             # nothing at first: the gateway's buffers fill up
            for _ in range(10):         # then slowly
                ev = reader.next()
                expect(ev is not None, "stream ended early")
                events.append(ev)
                time.sleep(0.15)
            events.extend(reader)       # then as fast as possible
        finally:
            conn.close()
        st = OpenAIStream(events, reader)
        expect(st.done, "no [DONE] at the end", events[-2:])
        got = st.content()
        if got != reply:
            at = next((i for i, (a, b) in enumerate(zip(got, reply)) if a != b), min(len(got), len(reply)))
            raise AssertionError("the 2 MB text differs: %d chars received, %d sent, first difference at %d: %r"
                                 % (len(got), len(reply), at, got[max(0, at - 40):at + 40]))
    finally:
        mock.reset()


def check_concurrency(mock, gw):
    mock.configure(chunk_ms=5, chunk_bytes=7)
    before = mock.requests()
    n = 50
    results = [None] * n
    bad_results = []
    lock = threading.Lock()

    def good(i):
        text = "stream %02d: %s %s" % (i, "été 東京 " * (i % 5 + 1), "x" * i)
        try:
            resp, st = stream_chat(gw.port, text, timeout=30)
            if not st.done:
                results[i] = "no [DONE]"
            elif st.content() != text:
                results[i] = "wrong text: %r instead of %r" % (st.content()[:80], text[:80])
            else:
                results[i] = True
        except Exception as e:  # noqa: BLE001
            results[i] = repr(e)

    def bad(kind, j):
        try:
            if kind == "json":
                r, info = raw_exchange(gw.port, b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                                       b"Content-Type: application/json\r\nContent-Length: 9\r\n\r\n", [b"{not json"])
                want = 400
            else:
                body = b"{" + b" " * (200 * 1024) + b"}"
                r, info = raw_exchange(gw.port, b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                                       b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body),
                                       [body[k:k + 16384] for k in range(0, len(body), 16384)])
                want = 413
            with lock:
                bad_results.append((kind, j, r.status if r else info, want))
        except Exception as e:  # noqa: BLE001
            with lock:
                bad_results.append((kind, j, repr(e), None))

    threads = []
    for i in range(n):
        threads.append(threading.Thread(target=good, args=(i,), daemon=True))
        if i % 5 == 0:
            threads.append(threading.Thread(target=bad, args=("json" if i % 10 == 0 else "big", i), daemon=True))
    for t in threads:
        t.start()
    deadline = time.monotonic() + 40
    for t in threads:
        t.join(max(0.1, deadline - time.monotonic()))
    failures = ["%d: %s" % (i, r) for i, r in enumerate(results) if r is not True]
    expect(not failures, "%d of %d streams failed:\n%s" % (len(failures), n, "\n".join(failures[:10])))
    wrong_bad = [b for b in bad_results if b[2] != b[3]]
    expect(len(bad_results) == 10 and not wrong_bad, "bad requests answered wrongly", bad_results)
    expect_eq(mock.requests() - before, n, "requests that reached the mock")
    mock.reset()


def check_sequential_streams(mock, gw):
    """100 short streams back to back on fresh connections (resource reuse, no leak of state)."""
    for i in range(100):
        text = "seq %d %s" % (i, CANARY if i % 10 == 0 else "")
        resp, st = stream_chat(gw.port, text)
        expect(st.done and st.content() == text, "stream %d" % i, st.events[-2:])


with Suite() as suite:
    suite.case("client disconnect mid-stream cancels the upstream transfer within 500 ms",
               check_disconnect_mid_stream, suite)
    suite.case("client disconnect while the provider has not answered cancels it within 500 ms",
               check_disconnect_before_first_byte, suite)
    suite.case("20 disconnects in a row leave no upstream connection and a working gateway",
               check_many_disconnects, suite)
    mock, gw = suite.gateway()
    suite.case("slow client: a 2 MB streamed answer arrives intact and in order", check_slow_client, mock, gw)
    suite.case("50 concurrent streams each get their own text; bad requests interleaved",
               check_concurrency, mock, gw)
    suite.case("100 streams back to back", check_sequential_streams, mock, gw)
