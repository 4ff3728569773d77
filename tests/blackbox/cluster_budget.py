#!/usr/bin/env python3
"""Cluster mode: a daily budget is one budget across instances, and a reservation an
instance never settled (it was killed) expires.

Each request reserves its worst case, ESTIMATE (max_tokens 150 at $1,000 per million output
tokens), and a $1 budget fits FITS of them. Requests held open on a slow mock keep their
reservations while more arrive at three instances: exactly FITS are admitted, as on one
instance (three independent instances would admit three times as many). Then one
instance, holding reservations, is killed with SIGKILL: its reservations stay in Redis
until reservation_ttl_ms (short here) and then the budget is free again."""
import os
import signal
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_common import cluster_config, hash_key, start_instances, start_redis  # noqa: E402
from harness import LOOPBACK, Suite, chat, expect, expect_eq, wait_until  # noqa: E402

KEY = "lethe-cluster-budget-key-c4d9e2"
BUDGET = 1.0
ESTIMATE = 0.15
FITS = 6                                   # 6 x 0.15 = 0.90; a seventh would be 1.05
MAX_TOKENS = 150
TTL_MS = 3000
AUTH = {"Authorization": "Bearer " + KEY}


def send_many(instances, model, count, results):
    def one(n):
        gw = instances[n % len(instances)]
        try:
            r = chat(gw.port, "spend", model=model, headers=AUTH, max_tokens=MAX_TOKENS, timeout=30)
            results.append(r.status)
        except OSError as e:
            results.append(repr(e))
    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    return threads


def check_one_budget(instances, state):
    results = []
    threads = send_many(instances, "slow", 10, results)
    # The refusals come at once; the admitted wait on the slow mock.
    ok = wait_until(lambda: results.count(402) >= 10 - FITS, 15, interval=0.05)
    expect(ok, "refusals so far: %r" % results)
    for t in threads:
        t.join(30)
    expect_eq(sorted(results).count(200), FITS, "requests admitted on a $%.2f budget (all: %r)" % (BUDGET, results))
    expect_eq(results.count(402), 10 - FITS, "requests refused")


def kill_with_reservations(suite, instances, slow, state):
    # The first budget round spent a little (the mock's usage at list price): what is left
    # fits fewer worst cases; hold as many as fit, all on the instance that will die.
    victim = instances[2]
    results = []
    threads = []
    for _ in range(FITS):
        threads += send_many([victim], "slow", 1, results)
        time.sleep(0.05)
    # Each held request is at the mock before we kill: its reservation is in Redis.
    expect(wait_until(lambda: slow.requests() >= state["slow_before"] + FITS - 1, 15, interval=0.05),
           "the victim's requests reached the slow mock")
    suite.processes = [(p, f) for p, f in suite.processes if p is not victim.process]
    victim.process.kill_group()
    victim.process.popen.wait(timeout=10)
    state["killed"] = time.monotonic()
    for t in threads:
        t.join(10)
    r = chat(instances[0].port, "anything left?", model="fast", headers=AUTH, max_tokens=MAX_TOKENS)
    expect_eq(r.status, 402, "the dead instance's reservations still hold the budget before they expire")


def budget_free_after_expiry(instances, state):
    time.sleep(max(0.0, state["killed"] + TTL_MS / 1000.0 + 0.3 - time.monotonic()))
    ok = wait_until(lambda: chat(instances[0].port, "free again", model="fast", headers=AUTH,
                                 max_tokens=MAX_TOKENS).status == 200, 10, interval=0.2)
    expect(ok, "the budget is free again after reservation_ttl_ms")


with Suite() as suite:
    redis = start_redis(suite)
    slow = suite.mock("--latency_ms", "2000")
    fast = suite.mock()
    price = {"input": 0, "output": 1000}
    config = cluster_config(slow.port, redis.redis_port, cluster={"reservation_ttl_ms": TTL_MS},
                            keys=[{"name": "budget", "hash": hash_key(KEY), "budget_usd_day": BUDGET}])
    config["providers"] = [
        {"name": "slow", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, slow.port), "api_key": "k"},
        {"name": "fast", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, fast.port), "api_key": "k"},
    ]
    config["routes"] = [{"name": "slow", "chain": [{"target": "slow/m", "timeout_ms": 20000}]},
                        {"name": "fast", "chain": [{"target": "fast/m", "timeout_ms": 10000}]}]
    config["prices"] = {"slow/m": price, "fast/m": price}
    instances = start_instances(suite, config, 3)
    state = {}
    suite.case("a $1 budget admits %d worst-case requests across three instances, as one instance would" % FITS,
               check_one_budget, instances, state)
    state["slow_before"] = slow.requests()
    suite.case("an instance killed with reservations open keeps the budget held until they expire",
               kill_with_reservations, suite, instances, slow, state)
    suite.case("after reservation_ttl_ms the budget is free again", budget_free_after_expiry, instances, state)
