#!/usr/bin/env python3
"""Graceful drain: on SIGTERM /readyz turns 503 at once, the listener stops accepting,
streams in flight finish whole, then lethe exits 0; past drain_timeout_ms what is left is
stopped and lethe still exits 0. A second SIGTERM stops at once."""
import http.client
import json
import os
import signal
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat_payload, default_config, expect, expect_eq,  # noqa: E402
                     read_openai_stream)

TEXT = "a stream that takes a while to arrive, piece by piece " * 2


def open_stream(port):
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=15)
    conn.request("POST", "/v1/chat/completions", json.dumps(chat_payload(TEXT, stream=True)),
                 {"Content-Type": "application/json"})
    r = conn.getresponse()
    expect_eq(r.status, 200, "status")
    return conn, r


def readiness(conn):
    conn.request("GET", "/readyz")
    r = conn.getresponse()
    r.read()
    return r.status


def check_drain_finishes_streams(suite):
    mock = suite.mock("--chunk_ms", "40", "--chunk_bytes", "8")      # ~14 events: about 0.6 s
    gw = suite.lethe(default_config(mock.port))
    probe = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=5)
    expect_eq(readiness(probe), 200, "/readyz before")
    streams = [open_stream(gw.port) for _ in range(3)]
    t0 = time.monotonic()
    gw.process.popen.send_signal(signal.SIGTERM)
    time.sleep(0.1)
    expect_eq(readiness(probe), 503, "/readyz while draining")
    refused = False
    try:
        socket.create_connection((LOOPBACK, gw.port), timeout=1).close()
    except OSError:
        refused = True
    expect(refused, "a new connection was accepted while draining")
    for conn, r in streams:
        stream = read_openai_stream(r)
        expect(stream.done, "a stream in flight did not finish with [DONE]")
        expect_eq(stream.content(), TEXT, "the drained stream's text")
        conn.close()
    gw.process.popen.wait(timeout=10)
    expect_eq(gw.process.popen.returncode, 0, "exit status after the drain")
    expect(time.monotonic() - t0 < 5, "the drain took too long")
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_drain_timeout(suite):
    mock = suite.mock("--chunk_ms", "500", "--chunk_bytes", "4")     # ~30 s of stream
    cfg = default_config(mock.port, drain_timeout_ms=600)
    gw = suite.lethe(cfg)
    conn, r = open_stream(gw.port)
    t0 = time.monotonic()
    gw.process.popen.send_signal(signal.SIGTERM)
    gw.process.popen.wait(timeout=10)
    took = time.monotonic() - t0
    expect_eq(gw.process.popen.returncode, 0, "exit status after the drain timeout")
    expect(0.5 < took < 3, "exited %.2f s after SIGTERM with drain_timeout_ms 600" % took)
    conn.close()
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_second_signal(suite):
    mock = suite.mock("--chunk_ms", "500", "--chunk_bytes", "4")
    gw = suite.lethe(default_config(mock.port))
    conn, r = open_stream(gw.port)
    t0 = time.monotonic()
    gw.process.popen.send_signal(signal.SIGTERM)
    time.sleep(0.2)
    gw.process.popen.send_signal(signal.SIGTERM)
    gw.process.popen.wait(timeout=10)
    expect(time.monotonic() - t0 < 2, "a second SIGTERM did not stop at once")
    expect_eq(gw.process.popen.returncode, 0, "exit status")
    conn.close()
    suite.stop(gw.process)
    suite.stop(mock.process)


with Suite() as suite:
    suite.case("SIGTERM: /readyz 503, no new connections, streams in flight finish, exit 0",
               check_drain_finishes_streams, suite)
    suite.case("past drain_timeout_ms what is left is stopped, exit 0", check_drain_timeout, suite)
    suite.case("a second SIGTERM stops at once", check_second_signal, suite)
