#!/usr/bin/env python3
"""A Redis that answers what no script would: cluster mode trusted the numbers and the types
of its replies. A fake Redis (loopback, stdlib) speaks enough RESP to let lethe connect, and
answers the admission and breaker scripts with what a broken or hostile server could send:

- a breaker held for 2^63-1 ms: the deadline `now + remaining` overflowed (undefined
  behaviour: the sanitizer build reported it; elsewhere it wrapped into the past and the
  circuit Redis said was open stayed closed);
- a rate-limit wait of -5 or 2^63-1 seconds: it became the client's `retry-after` as is;
- a reply whose elements are not integers (a string, a nested array, nil): each counted as
  -1, a verdict of "refused", so the client got a 429 for a reply that means nothing;
- a budget refusal with a negative amount spent: the 402 said "$-1000000.0000 spent";
- an error whose text holds a line feed: it split lethe's log line in two, so the peer could
  write a line of its own choosing into the log.

Each must give a sane answer: the circuit held open (for at most the longest cooldown), a
retry-after from 1 to 86400, an answer with this machine's own limits, a 402 with no negative
amount, and one log line per message."""
import os
import re
import socket
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat_payload, expect, expect_eq, free_port, hash_key, request,  # noqa: E402
                     three_format_config, wait_until)

KEY = "lk-redis-replies-0123456789abcdef"
BIG = b"9223372036854775807"
CLOSED = b"*3\r\n:-1\r\n:0\r\n:-1\r\n"           # breaker script: closed, no probe, no latency
ADMITTED_KEY = b"*3\r\n:0\r\n:0\r\n:0\r\n"
ADMITTED_ADDRESS = b"*2\r\n:0\r\n:0\r\n"
FORGED = "FORGED-LINE lethe[1] info: all is well"


class FakeRedis:
    """Answers SCRIPT LOAD with a SHA, other set-up commands with +OK, and each script call
    with the reply set for its kind of key: `{breakers}`, `{k:` (a key's limits and budget)
    or `{ip:` (an address's limit)."""

    def __init__(self):
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind((LOOPBACK, 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.replies = {b"{breakers}": CLOSED, b"{k:": ADMITTED_KEY, b"{ip:": ADMITTED_ADDRESS}
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            client, _ = self.server.accept()
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()

    def answer(self, args):
        name = args[0].upper()
        if name == b"SCRIPT":
            return b"$40\r\n" + b"0" * 40 + b"\r\n"
        if name not in (b"EVALSHA", b"EVAL"):
            return b"+OK\r\n"
        first_key = args[3] if len(args) > 3 else b""
        for tag, reply in self.replies.items():
            if tag in first_key:
                return reply
        return b":0\r\n"

    def serve(self, client):
        reader = client.makefile("rb")
        try:
            while True:
                line = reader.readline()
                if not line.startswith(b"*"):
                    return
                args = []
                for _ in range(int(line[1:-2])):
                    size = int(reader.readline()[1:-2])
                    args.append(reader.read(size + 2)[:-2])
                client.sendall(self.answer(args))
        except (OSError, ValueError):
            pass
        finally:
            client.close()


def ask(gw):
    return request(gw.port, "POST", "/v1/chat/completions", chat_payload("hello", model="default"),
                   headers={"Authorization": "Bearer " + KEY}, timeout=15)


def check_breaker_held(gw, redis):
    redis.replies[b"{breakers}"] = b"*3\r\n:" + BIG + b"\r\n:0\r\n:" + BIG + b"\r\n"
    try:
        held = wait_until(lambda: ask(gw).status == 503, 10, interval=0.1)
        expect(held, "Redis held the circuit open for 2^63-1 ms, and lethe kept serving through it")
    finally:
        redis.replies[b"{breakers}"] = CLOSED
    expect(wait_until(lambda: ask(gw).status == 200, 10, interval=0.1),
           "the circuit did not close again when Redis said it was closed")


def check_retry_after(gw, redis):
    try:
        for wait in (b"-5", b"-9223372036854775808", BIG):
            redis.replies[b"{k:"] = b"*3\r\n:1\r\n:" + wait + b"\r\n:0\r\n"
            r = ask(gw)
            expect_eq(r.status, 429, "status when Redis refuses with a wait of %s s" % wait.decode())
            value = r.header("retry-after") or ""
            expect(value.isdigit() and 1 <= int(value) <= 86400,
                   "Redis's wait of %s s became retry-after %r" % (wait.decode(), value))
    finally:
        redis.replies[b"{k:"] = ADMITTED_KEY


def check_wrong_types(gw, redis):
    try:
        for reply in (b"*3\r\n$1\r\n0\r\n*1\r\n:0\r\n$-1\r\n", b"*3\r\n:0\r\n+OK\r\n:0\r\n"):
            redis.replies[b"{k:"] = reply
            redis.replies[b"{ip:"] = b"*2\r\n$1\r\n1\r\n$1\r\n9\r\n"
            r = ask(gw)
            expect_eq(r.status, 200, "status when Redis answers values that are not integers (this machine's "
                      "own limits apply); body %r" % r.body[:200])
    finally:
        redis.replies[b"{k:"] = ADMITTED_KEY
        redis.replies[b"{ip:"] = ADMITTED_ADDRESS


def check_budget_amount(gw, redis):
    try:
        redis.replies[b"{k:"] = b"*3\r\n:3\r\n:0\r\n:-1000000000000\r\n"
        r = ask(gw)
        expect_eq(r.status, 402, "status when Redis refuses the budget")
        message = r.json()["error"]["message"]
        expect("$-" not in message, "the 402 repeats a negative amount from Redis: %r" % message)
    finally:
        redis.replies[b"{k:"] = ADMITTED_KEY


def check_one_line(gw, redis):
    try:
        redis.replies[b"{k:"] = ("-ERR broken\n%s\r\n" % FORGED).encode()
        ask(gw)
    finally:
        redis.replies[b"{k:"] = ADMITTED_KEY
    ask(gw)
    _, err = gw.process.output()
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ lethe\[\d+\] ")
    forged = [line for line in err.splitlines() if FORGED in line and not stamp.match(line)]
    expect("broken" in err, "lethe did not log Redis's error at all")
    expect(not forged, "Redis's error text started a log line of its own: %r" % forged[:2])


def main():
    redis = FakeRedis()
    with Suite() as suite:
        mock = suite.mock()
        config = three_format_config(
            mock.port,
            routes=[{"name": "default", "chain": [{"target": "oa/model-x", "timeout_ms": 5000}]}],
            keys=[{"name": "k1", "hash": hash_key(KEY), "rpm": 100000, "tpm": 100000000, "budget_usd_day": 1000}],
            prices={"oa/model-x": {"input": 1, "output": 1}},
            limits={"ip_rpm": 100000},
            cluster={"redis": "redis://%s:%d/0" % (LOOPBACK, redis.port), "timeout_ms": 400})
        config["listen"] = "%s:%d" % (LOOPBACK, free_port())
        gw = suite.lethe(config)
        expect_eq(wait_until(lambda: ask(gw).status == 200, 10, interval=0.1), True, "lethe serves through Redis")
        suite.case("a breaker Redis holds open for 2^63-1 ms: held open (no overflow), and closed again after",
                   check_breaker_held, gw, redis)
        suite.case("a rate-limit wait of -5, -2^63 or 2^63-1 s from Redis: retry-after is 1 to 86400",
                   check_retry_after, gw, redis)
        suite.case("a script reply whose values are not integers is no verdict: this machine's limits decide",
                   check_wrong_types, gw, redis)
        suite.case("a budget refusal with a negative amount spent: the 402 names no negative amount",
                   check_budget_amount, gw, redis)
        suite.case("a Redis error text with a line feed stays inside one log line", check_one_line, gw, redis)


if __name__ == "__main__":
    main()
