#!/usr/bin/env python3
"""Cluster mode: circuit breakers are shared. A target failing on one instance opens its
circuit on all three; after the cooldown exactly one instance in the cluster sends the
probe (the failing mock sees one request, not one per instance); when a probe succeeds,
every instance sends to the target again; failures seen by different instances add up.
The auto router's latency averages are shared:
a target only one instance has seen is slow is skipped by all under a latency bound.

Counted, not timed: each step polls for its state, and what the failing mock received
is read from its own counter."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_common import cluster_config, redis_command, start_instances, start_redis  # noqa: E402
from harness import Suite, chat, expect, expect_eq, request, wait_until  # noqa: E402

FAILURES = 2
COOLDOWN_MS = 2500
TIMEOUT_MS = 100
LABEL = "mock/mock-model"


def breaker_state(gw):
    for line in request(gw.port, "GET", "/metrics").text().splitlines():
        if line.startswith('lethe_breaker_state{target="%s"}' % LABEL):
            return int(line.rsplit(" ", 1)[1])
    return None


def open_on_one(instances, mock):
    before = mock.requests()
    for _ in range(FAILURES):
        r = chat(instances[0].port, "fail")
        expect(r.status >= 500, "the failing target's answer is an error", r)
    expect_eq(mock.requests() - before, FAILURES, "requests the failing mock received")
    expect_eq(breaker_state(instances[0]), 1, "the first instance's breaker after %d failures" % FAILURES)


def others_stop_sending(instances, mock, state):
    # Within a few poll periods every instance holds it open.
    ok = wait_until(lambda: all(breaker_state(gw) == 1 for gw in instances), 5, interval=0.02)
    expect(ok, "every instance reports the circuit open: %r" % [breaker_state(gw) for gw in instances])
    before = mock.requests()
    for gw in instances[1:]:
        for _ in range(3):
            r = chat(gw.port, "skip me")
            expect(r.status >= 500, "an open circuit answers an error without sending", r)
    expect_eq(mock.requests() - before, 0, "requests the other instances sent to the open target")
    state["opened"] = time.monotonic()


def one_probe(instances, mock, state):
    time.sleep(max(0.0, state["opened"] + COOLDOWN_MS / 1000.0 + 0.6 - time.monotonic()))
    before = mock.requests()
    # Every instance gets requests after the cooldown; only the one holding the cluster's
    # probe may send one, and it fails (the mock still answers 503).
    rounds_after_probe = None
    for round_number in range(40):
        for gw in instances:
            chat(gw.port, "probe?")
        if rounds_after_probe is None and mock.requests() > before:
            rounds_after_probe = 0
        elif rounds_after_probe is not None:
            rounds_after_probe += 1
            if rounds_after_probe == 4:    # four more rounds over every instance: no second probe
                break
        time.sleep(TIMEOUT_MS / 1000.0)
    expect_eq(mock.requests() - before, 1, "probes the failing mock received after the cooldown")
    ok = wait_until(lambda: all(breaker_state(gw) == 1 for gw in instances), 5, interval=0.02)
    expect(ok, "the failed probe reopened the circuit everywhere: %r" % [breaker_state(gw) for gw in instances])
    state["reopened"] = time.monotonic()


def probe_success_closes_everywhere(instances, mock, state):
    mock.reset()                               # healthy again: the start-up behaviour
    before = mock.requests()
    # The failed probe doubled the cooldown; poll every instance until one probes and all close.
    deadline = time.monotonic() + 2 * COOLDOWN_MS / 1000.0 + 8
    while time.monotonic() < deadline and not all(breaker_state(gw) == 0 for gw in instances):
        for gw in instances:
            chat(gw.port, "probe again")
        time.sleep(0.1)
    expect(all(breaker_state(gw) == 0 for gw in instances),
           "every instance closed the circuit: %r" % [breaker_state(gw) for gw in instances])
    probes = mock.requests() - before
    expect(probes >= 1, "the successful probe reached the mock")
    for gw in instances:
        expect_eq(chat(gw.port, "flowing").status, 200, "a request after the circuit closed")


def failures_add_up(instances, mock):
    # Closed everywhere; one failure on each of two instances is the cluster's two
    # consecutive failures: the circuit opens on all three.
    mock.configure(status=503)
    for gw in instances[1:]:
        expect(chat(gw.port, "fail once").status >= 500, "a failure")
    ok = wait_until(lambda: all(breaker_state(gw) == 1 for gw in instances), 5, interval=0.02)
    expect(ok, "failures on two instances open the circuit on all: %r" % [breaker_state(gw) for gw in instances])
    before = mock.requests()
    for gw in instances:
        chat(gw.port, "held")
    expect_eq(mock.requests() - before, 0, "requests sent to the open target")


def auto_choice(gw, max_latency_ms=None):
    headers = {"x-lethe-quality": "premium"}
    if max_latency_ms is not None:
        headers["x-lethe-max-latency-ms"] = str(max_latency_ms)
    r = chat(gw.port, "route me", model="auto", headers=headers)
    expect_eq(r.status, 200, "model auto")
    return r.header("x-lethe-auto-choice"), r.header("x-lethe-auto-reason") or ""


def latencies_shared(instances, redis_port):
    # Only the first instance ever talks to the slow premium target; the others learn its
    # latency from Redis (asked once each: a request of their own to it would teach them
    # by themselves), so a 150 ms bound skips it there too.
    r = chat(instances[0].port, "slow one", model="slow/premium-model")
    expect_eq(r.status, 200, "a request straight to the slow target")
    shared = wait_until(lambda: redis_command(redis_port, "HGET", "lethe:{breakers}:slow/premium-model", "lat")
                        is not None, 5, interval=0.05)
    expect(shared, "the first instance shared the slow target's latency")
    time.sleep(10 * TIMEOUT_MS / 2 / 1000.0)       # ten polls of every worker
    for gw in instances[1:]:
        choice, reason = auto_choice(gw, 150)
        expect(choice != "slow/premium-model", "an instance that never saw the slow target skips it (%s)" % reason)
        expect("1 over max latency" in reason, "the reason names the latency", reason)


with Suite() as suite:
    redis = start_redis(suite)
    mock = suite.mock()
    mock.configure(status=503)                 # reset() makes it healthy again
    fast = suite.mock()
    slow = suite.mock("--latency_ms", "300")
    config = cluster_config(mock.port, redis.redis_port,
                            cluster={"timeout_ms": TIMEOUT_MS},
                            breaker={"failures": FAILURES, "cooldown_ms": COOLDOWN_MS, "max_cooldown_ms": 60000})
    config["providers"] += [
        {"name": "fast", "type": "openai", "base_url": fast.base_url(), "api_key": "k"},
        {"name": "slow", "type": "openai", "base_url": slow.base_url(), "api_key": "k"},
    ]
    config["routes"] = config["routes"] + [{"name": "all", "chain": [{"target": "fast/balanced-model"},
                                                                     {"target": "slow/premium-model"}]}]
    config["prices"] = {"fast/balanced-model": {"input": 1, "output": 10, "tier": "balanced"},
                        "slow/premium-model": {"input": 10, "output": 100, "tier": "premium"}}
    instances = start_instances(suite, config, 3)
    state = {}
    suite.case("%d failures on one instance open its circuit" % FAILURES, open_on_one, instances, mock)
    suite.case("the other instances hold it open and send nothing to the target", others_stop_sending,
               instances, mock, state)
    suite.case("after the cooldown the failing mock sees exactly one probe from the whole cluster", one_probe,
               instances, mock, state)
    suite.case("a successful probe closes the circuit on every instance", probe_success_closes_everywhere,
               instances, mock, state)
    suite.case("failures on different instances add up to the count that opens the circuit", failures_add_up,
               instances, mock)
    suite.case("the router's latency averages are shared: every instance ranks targets the same way",
               latencies_shared, instances, redis.redis_port)
