#!/usr/bin/env python3
"""Proxy variables in lethe's environment: libcurl's rules hold. Lethe tells libcurl "no
proxy" once per handle when no proxy variable was set at start (it would otherwise look up
five variables for every request); with one set, libcurl reads them as before. A small
forward proxy on loopback, in this file, answers what reaches it, so the case shows which
way a request went."""
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, default_config, expect, expect_eq, request  # noqa: E402

PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                   "no_proxy", "NO_PROXY")
PROXY_ANSWER = {"id": "chatcmpl-proxy", "object": "chat.completion", "created": 1, "model": "mock-model",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "answered by the proxy"},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 3, "total_tokens": 4}}


class ForwardProxy:
    """Answers every request itself and remembers its request lines (a proxied request names
    the whole URL: "POST http://host:port/path HTTP/1.1")."""

    def __init__(self):
        lines = self.lines = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                lines.append(self.requestline)
                length = int(self.headers.get("Content-Length", "0"))
                self.rfile.read(length)
                body = json.dumps(PROXY_ANSWER).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def environment(**proxies):
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}
    env.update(proxies)
    return env


def ask(gw):
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "mock/mock-model", "messages": [{"role": "user", "content": "hello"}]},
                headers={"Content-Type": "application/json"})
    expect_eq(r.status, 200, "status")
    return r.json()["choices"][0]["message"]["content"]


def direct_without_variables(suite, mock, proxy):
    gw = suite.lethe(default_config(mock.port), env=environment())
    before, seen = mock.requests(), len(proxy.lines)
    for _ in range(3):                             # pooled handles too, not only a fresh one
        expect("proxy" not in ask(gw), "answered by the proxy though no variable names one")
    expect_eq(mock.requests() - before, 3, "requests the provider got directly")
    expect_eq(len(proxy.lines), seen, "requests that reached the proxy")
    gw.process.stop()


def through_http_proxy(suite, mock, proxy):
    gw = suite.lethe(default_config(mock.port), env=environment(http_proxy="http://%s:%d" % (LOOPBACK, proxy.port)))
    before, seen = mock.requests(), len(proxy.lines)
    for _ in range(3):
        expect_eq(ask(gw), "answered by the proxy", "answer")
    expect_eq(mock.requests() - before, 0, "requests the provider got directly")
    expect_eq(len(proxy.lines) - seen, 3, "requests that reached the proxy")
    target = "POST http://%s:%d/v1/chat/completions HTTP/1.1" % (LOOPBACK, mock.port)
    expect_eq(proxy.lines[-1], target, "the proxied request line")
    gw.process.stop()


def no_proxy_wins(suite, mock, proxy):
    env = environment(http_proxy="http://%s:%d" % (LOOPBACK, proxy.port), no_proxy=LOOPBACK)
    gw = suite.lethe(default_config(mock.port), env=env)
    before, seen = mock.requests(), len(proxy.lines)
    expect("proxy" not in ask(gw), "no_proxy names the provider's host, yet the proxy answered")
    expect_eq(mock.requests() - before, 1, "requests the provider got directly")
    expect_eq(len(proxy.lines), seen, "requests that reached the proxy")
    gw.process.stop()


with Suite() as suite:
    mock = suite.mock()
    proxy = ForwardProxy()
    try:
        suite.case("no proxy variable: straight to the provider", direct_without_variables, suite, mock, proxy)
        suite.case("http_proxy set: through the proxy", through_http_proxy, suite, mock, proxy)
        suite.case("no_proxy naming the host: straight to the provider", no_proxy_wins, suite, mock, proxy)
    finally:
        proxy.close()
