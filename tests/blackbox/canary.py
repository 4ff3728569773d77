#!/usr/bin/env python3
"""Zero-log, proven: canary values (personal data and secrets) sent through every path —
success, provider error, fallback, a client that disconnects, a stream cut by the
provider, a rate-limit refusal, a budget refusal, a bad request, a missing key — never
reach the provider, and never appear in lethe's stdout or stderr, in /metrics, or in
any error body. A plain content canary (not sensitive, so it may reach the provider)
must not appear in logs, metrics or errors either."""
import json
import os
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, default_config, expect, expect_eq, lethe_path, request  # noqa: E402

SENSITIVE = ["canary.person.7f3a@example.org", "4929 1234 5678 9015", "sk-proj-CanaryZq7xAbCdEfGhIj01T3BlbkFJ"
             "CanaryKlMnOpQrSt23", "DB_PASSWORD_CANARY", "NO35 8586 5469 514"]
SECRET_VALUE = "Zq7x!canary#Secret"
CONTENT = "zq7x-plain-content-canary"
KEY = "gw-canary-key-3d5f7a9b"


def prompt():
    return ("%s: mail %s, card %s, key %s, DB_PASSWORD=%s, account %s" %
            (CONTENT, SENSITIVE[0], SENSITIVE[1], SENSITIVE[2], SECRET_VALUE, SENSITIVE[4]))


def body(model="default", stream=False, **extra):
    payload = {"model": model, "stream": stream,
               "messages": [{"role": "system", "content": "Be brief. " + SENSITIVE[0]},
                            {"role": "user", "content": prompt()},
                            {"role": "assistant", "content": None,
                             "tool_calls": [{"id": "c1", "type": "function",
                                             "function": {"name": "lookup",
                                                          "arguments": json.dumps({"q": SENSITIVE[0]})}}]},
                            {"role": "tool", "tool_call_id": "c1", "content": "found " + SENSITIVE[1]},
                            {"role": "user", "content": prompt()}]}
    payload.update(extra)
    return payload


def every_canary():
    return [c for c in SENSITIVE if c != "DB_PASSWORD_CANARY"] + [SECRET_VALUE, CONTENT, KEY]


def expect_clean(text, what, allowed=()):
    for canary in every_canary():
        if canary not in allowed:
            expect(canary not in text, "%s holds a canary (%d bytes)" % (what, len(canary)))


class Paths:
    def __init__(self, suite, gw, mock, second):
        self.suite, self.gw, self.mock, self.second = suite, gw, mock, second
        self.auth = {"Authorization": "Bearer " + KEY}

    def provider_saw_nothing(self, mock=None):
        last = (mock or self.mock).last()
        seen = last["body"] + json.dumps(last.get("headers", {}))
        for i, canary in enumerate(SENSITIVE[:3] + [SENSITIVE[4], SECRET_VALUE]):
            expect(canary not in seen and canary.replace(" ", "") not in seen, "the provider saw canary %d" % i)

    def post(self, payload, headers=None, path="/v1/chat/completions"):
        return request(self.gw.port, "POST", path, payload, headers=self.auth if headers is None else headers,
                       timeout=15)

    def success(self):
        r = self.post(body())
        expect_eq(r.status, 200, "status")
        self.provider_saw_nothing()
        expect(SENSITIVE[0] in r.text(), "the client did not get its own value back")
        r = self.post(dict(body(), max_tokens=100), path="/v1/messages")
        expect_eq(r.status, 400, "an OpenAI-shaped body to /v1/messages")
        expect_clean(r.text(), "the 400 body")

    def provider_error(self):
        self.mock.configure(status=500)
        try:
            r = self.post(body(model="mock/mock-model"))
            expect(r.status >= 500, "status %d" % r.status)
            expect_clean(r.text(), "the error body")
            self.provider_saw_nothing()
        finally:
            self.mock.reset()

    def fallback(self):
        self.mock.configure(status=503)
        try:
            r = self.post(body(model="chain"))
            expect_eq(r.status, 200, "status after fallback")
            self.provider_saw_nothing(self.second)
        finally:
            self.mock.reset()

    def stream_cut(self):
        self.mock.configure(drop_after=3, chunk_bytes=4)
        try:
            r = self.post(body(model="mock/mock-model", stream=True))
            expect_eq(r.status, 200, "status")
            errors = [line for line in r.text().splitlines() if '"error"' in line]
            expect(errors, "no in-band error event", r)
            for line in errors:
                expect_clean(line, "the in-band error event")
        finally:
            self.mock.reset()

    def client_disconnect(self):
        self.mock.configure(first_byte_ms=2000)
        try:
            s = socket.create_connection((LOOPBACK, self.gw.port), timeout=5)
            data = json.dumps(body(stream=True)).encode()
            s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Authorization: Bearer " + KEY.encode() + b"\r\nContent-Length: %d\r\n\r\n" % len(data) + data)
            time.sleep(0.3)
            s.close()
            time.sleep(0.3)
            self.provider_saw_nothing()
        finally:
            self.mock.reset()

    def refusals(self):
        r = self.post(body(), headers={})
        expect_eq(r.status, 401, "no key")
        expect_clean(r.text(), "the 401 body")
        r = self.post(body(model="nowhere"))
        expect_eq(r.status, 404, "unknown model")
        expect_clean(r.text(), "the 404 body")
        r = self.post(dict(body(), temperature="hot"))
        expect_eq(r.status, 400, "bad field")
        expect_clean(r.text(), "the 400 body")
        raw = json.dumps(body())[:-20].encode()
        r = request(self.gw.port, "POST", "/v1/chat/completions", raw,
                    headers=dict(self.auth, **{"Content-Type": "application/json"}))
        expect_eq(r.status, 400, "truncated JSON")
        expect_clean(r.text(), "the invalid-JSON body")

    def limits(self):
        statuses = []
        for _ in range(6):
            r = self.post(body(), headers={"Authorization": "Bearer " + KEY + "-limited"})
            statuses.append(r.status)
            if r.status != 200:
                expect_clean(r.text(), "the %d body" % r.status)
        expect(429 in statuses, "the rate limit never refused: %r" % statuses)
        r = self.post(dict(body(), max_tokens=100000), headers={"Authorization": "Bearer " + KEY + "-budget"})
        expect_eq(r.status, 402, "budget refusal")
        expect_clean(r.text(), "the 402 body")

    def metrics(self):
        expect_clean(request(self.gw.port, "GET", "/metrics").text(), "/metrics")


def hash_key(key):
    return subprocess.run([lethe_path(), "--hash-key"], input=key, capture_output=True, text=True,
                          timeout=10).stdout.strip()


with Suite() as suite:
    mock = suite.mock()
    second = suite.mock()
    cfg = default_config(mock.port)
    cfg["providers"].append({"name": "backup", "type": "anthropic",
                             "base_url": "http://%s:%d/v1" % (LOOPBACK, second.port), "api_key": "k"})
    cfg["routes"].append({"name": "chain", "chain": [{"target": "mock/mock-model"},
                                                      {"target": "backup/claude-test"}]})
    cfg["keys"] = [{"name": "main", "hash": hash_key(KEY)},
                   {"name": "limited", "hash": hash_key(KEY + "-limited"), "rpm": 3},
                   {"name": "budget", "hash": hash_key(KEY + "-budget"), "budget_usd_day": 0.01}]
    cfg["prices"] = {"mock/mock-model": {"input": 3, "output": 15}}
    gw = suite.lethe(cfg)
    paths = Paths(suite, gw, mock, second)
    suite.case("success: the provider sees no canary, the client gets its values back", paths.success)
    suite.case("provider error: no canary upstream or in the error", paths.provider_error)
    suite.case("fallback to a second provider: no canary at either", paths.fallback)
    suite.case("a stream cut by the provider: no canary in the in-band error", paths.stream_cut)
    suite.case("a client that disconnects mid-stream: no canary upstream", paths.client_disconnect)
    suite.case("401, 404, 400 and invalid JSON: no canary in any error body", paths.refusals)
    suite.case("rate-limit and budget refusals: no canary in their bodies", paths.limits)
    suite.case("/metrics holds no canary", paths.metrics)
    suite.stop(gw.process)
    out, err = gw.process.output()
    suite.check(all(c not in out + err for c in every_canary()),
                "lethe's stdout and stderr hold no canary after every path",
                "a canary was printed:\n" + (out + err)[-2000:])
