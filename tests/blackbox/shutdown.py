#!/usr/bin/env python3
"""SIGTERM while clients are connected: lethe exits 0, within 5 s, with no sanitizer report
(no leak of the connections and exchanges still open), and the clients are not left hanging."""
import http.client
import json
import os
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, SSEReader, Suite, chat_payload, default_config, expect,  # noqa: E402
                     expect_eq, wait_until, established_with_port)


def stop_and_check(suite, gw, clients, what):
    t0 = time.monotonic()
    suite.stop(gw.process, "lethe stopped with %s: exit 0 within 5 s, no sanitizer report" % what)
    took = time.monotonic() - t0
    # Every client connection must see its end (EOF or reset), not hang.
    for conn in clients:
        sock = conn.sock
        if sock is None:
            continue
        sock.settimeout(3)
        try:
            while sock.recv(65536):
                pass
        except socket.timeout:
            raise AssertionError("a client connection was still open 3 s after lethe exited")
        except OSError:
            pass
        finally:
            conn.close()
    return took


def idle_keepalive(suite):
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port))
    conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=10)
    conn.request("POST", "/v1/chat/completions", json.dumps(chat_payload("keep me " + CANARY)),
                 {"Content-Type": "application/json"})
    r = conn.getresponse()
    r.read()
    expect_eq(r.status, 200, "status")
    time.sleep(0.1)
    stop_and_check(suite, gw, [conn], "an idle keep-alive connection after an answer")


def idle_socket(suite, first_bytes):
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port))
    sock = socket.create_connection((LOOPBACK, gw.port))
    try:
        if first_bytes:
            sock.sendall(first_bytes)
        time.sleep(0.2)
        what = "half a request" if first_bytes else "a connected socket that sent nothing"
        suite.stop(gw.process, "lethe stopped with %s: exit 0 within 5 s, no sanitizer report" % what)
        sock.settimeout(3)
        try:
            while sock.recv(65536):
                pass
        except socket.timeout:
            raise AssertionError("the client connection was still open 3 s after lethe exited")
        except OSError:
            pass
    finally:
        sock.close()


def mid_stream(suite):
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port))
    mock.configure(chunk_ms=50)
    conns = []
    for i in range(3):
        conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=10)
        conn.request("POST", "/v1/chat/completions",
                     json.dumps(chat_payload("a long enough stream %d %s" % (i, CANARY * 3), stream=True)),
                     {"Content-Type": "application/json"})
        r = conn.getresponse()
        expect_eq(r.status, 200, "status")
        expect(SSEReader(r).next() is not None, "no first event")
        conns.append(conn)
    stop_and_check(suite, gw, conns, "three streams in flight")


def waiting_on_provider(suite):
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port))
    mock.configure(latency_ms=2000)
    conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=10)
    conn.request("POST", "/v1/chat/completions", json.dumps(chat_payload("waiting " + CANARY)),
                 {"Content-Type": "application/json"})
    expect(wait_until(lambda: established_with_port(mock.port), 2.0), "the request did not reach the mock")
    stop_and_check(suite, gw, [conn], "a request waiting on the provider")


with Suite() as suite:
    suite.case("SIGTERM with an idle keep-alive connection", idle_keepalive, suite)
    suite.case("SIGTERM with a connected socket that sent nothing", idle_socket, suite, b"")
    suite.case("SIGTERM with half a request received", idle_socket, suite,
               b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"mo")
    suite.case("SIGTERM with streams in flight", mid_stream, suite)
    suite.case("SIGTERM with a request waiting on the provider", waiting_on_provider, suite)
