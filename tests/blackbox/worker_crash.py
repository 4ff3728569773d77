#!/usr/bin/env python3
"""A worker killed with SIGKILL leaks nothing shared: once the master has reaped it and
started another, /metrics no longer counts its requests in flight and its open streams,
its budget reservations are released (the key can spend them again), what the other
worker holds is still counted, and counters that only go up lose nothing.

Two workers under a master. STREAMS streams stay open on a slow mock, each reserving
ESTIMATE of a key's budget (max_tokens 100 at $1,000 per million output tokens); the
budget fits STREAMS of them and not one more. The worker holding the most streams (read
from each answer's x-request-id) is killed."""
import os
import re
import signal
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat_payload, children_of, expect, expect_eq, free_port,  # noqa: E402
                     lethe_path, open_stream, process_gone, request, wait_until)

KEY = "lethe-worker-crash-key-6b1f0c"
STREAMS = 6
ESTIMATE = 0.10                          # 100 output tokens at $1,000 per million
BUDGET = STREAMS * ESTIMATE + ESTIMATE / 2
MAX_TOKENS = 100
SLOW_REPLY = "tide " * 60                # 75 events of 4 bytes, 0.4 s apart: 30 s of stream


def children(pid):
    """The live workers of the master `pid`."""
    return sorted(child for child, _ in children_of(pid) if not process_gone(child))


def hash_key(key):
    return subprocess.run([lethe_path(), "--hash-key"], input=key, capture_output=True, text=True,
                          timeout=10).stdout.strip()


def config(slow_port, fast_port):
    def provider(name, port):
        return {"name": name, "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, port),
                "api_key": "test-key-123"}
    price = {"input": 0, "output": 1000}
    return {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": 2,
        "providers": [provider("slow", slow_port), provider("fast", fast_port)],
        "routes": [{"name": "slow", "chain": [{"target": "slow/m", "timeout_ms": 60000}]},
                   {"name": "fast", "chain": [{"target": "fast/m", "timeout_ms": 10000}]}],
        "prices": {"slow/m": price, "fast/m": price},
        "keys": [{"name": "crash", "hash": hash_key(KEY), "budget_usd_day": BUDGET}],
    }


AUTH = {"Authorization": "Bearer " + KEY}


def metric_values(gw):
    """{series: value} of every sample in /metrics."""
    r = request(gw.port, "GET", "/metrics")
    expect_eq(r.status, 200, "/metrics status")
    values = {}
    for line in r.text().splitlines():
        match = re.match(r"^([a-zA-Z_:][^ ]*) (\S+)$", line)
        if match:
            values[match.group(1)] = float(match.group(2))
    return values


def gauges(gw):
    values = metric_values(gw)
    return (values.get("lethe_in_flight_requests", 0), values.get("lethe_open_streams", 0))


def requests_total(gw):
    return sum(v for k, v in metric_values(gw).items() if k.startswith("lethe_requests_total"))


def fast_request(gw):
    return request(gw.port, "POST", "/v1/chat/completions",
                   chat_payload("one more", model="fast", max_tokens=MAX_TOKENS), headers=AUTH, timeout=20)


def open_streams(gw, state):
    for _ in range(STREAMS):
        conn, resp = open_stream(gw.port, chat_payload("keep me open", model="slow", stream=True,
                                                       max_tokens=MAX_TOKENS), headers=AUTH, timeout=20)
        state["streams"].append((conn, resp))
        expect_eq(resp.status, 200, "stream status")
        state["workers"].append(int(resp.getheader("x-request-id")[8:16], 16))
    expect(wait_until(lambda: gauges(gw) == (STREAMS, STREAMS), 10),
           "in flight and open streams never reached %d" % STREAMS, gauges(gw))


def check_budget_is_full(gw):
    r = fast_request(gw)
    expect_eq(r.status, 402, "a request past the reserved budget")


def kill_busiest_worker(gw, state):
    workers = state["workers"]
    victim = max(set(workers), key=workers.count)
    state["victim"] = victim
    state["killed_streams"] = workers.count(victim)
    state["requests_before"] = requests_total(gw)
    os.kill(victim, signal.SIGKILL)
    expect(wait_until(lambda: len(children(gw.process.pid)) == 2 and victim not in children(gw.process.pid), 10),
           "the master did not start another worker within 10 s")


def check_gauges_drop_the_dead(gw, state):
    survivors = STREAMS - state["killed_streams"]
    wait_until(lambda: gauges(gw) == (survivors, survivors), 5)
    expect_eq(gauges(gw), (survivors, survivors),
              "(in flight, open streams) after worker %d with %d streams died" % (state["victim"],
                                                                                 state["killed_streams"]))


def check_budget_released(gw):
    r = fast_request(gw)
    expect_eq(r.status, 200, "a request within the budget the dead worker had reserved: %r" % r)


def check_counters_kept(gw, state):
    after = requests_total(gw)
    expect(after >= state["requests_before"] + 1, "lethe_requests_total went from %g to %g"
           % (state["requests_before"], after))


def check_survivors_close_to_zero(gw, state):
    for conn, resp in state["streams"]:
        conn.close()
    expect(wait_until(lambda: gauges(gw) == (0, 0), 10),
           "in flight and open streams did not return to 0 once every stream closed", gauges(gw))


with Suite() as suite:
    slow = suite.mock("--chunk_ms", "400", "--reply", SLOW_REPLY)
    fast = suite.mock()
    gw = suite.lethe(config(slow.port, fast.port))
    state = {"streams": [], "workers": []}
    suite.case("%d streams stay open, each counted in flight and open" % STREAMS, open_streams, gw, state)
    suite.case("with them open, the budget refuses one more request (402)", check_budget_is_full, gw)
    suite.case("SIGKILL of the worker holding the most streams: the master starts another",
               kill_busiest_worker, gw, state)
    suite.case("the gauges count only the other worker's streams", check_gauges_drop_the_dead, gw, state)
    suite.case("the dead worker's budget reservations are released", check_budget_released, gw)
    suite.case("counters that only go up lost nothing", check_counters_kept, gw, state)
    suite.case("the surviving streams close and both gauges return to 0", check_survivors_close_to_zero, gw, state)
