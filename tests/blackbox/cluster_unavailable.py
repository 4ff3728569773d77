#!/usr/bin/env python3
"""Cluster mode when Redis is slow, forgets its scripts, dies and comes back.

Two instances with on_unavailable "local" and one with "closed", all sharing a key
limited to RPM requests a minute:
- Redis up: the limit is one limit over the instances.
- SCRIPT FLUSH: the next call gets NOSCRIPT, is sent again in full, and is counted.
- A client hangs up while its admission waits on a stalled Redis: released, no crash.
- Redis stalls (DEBUG SLEEP) past timeout_ms: "local" answers on its own limits, "closed"
  answers 503; both count the fallback in /metrics.
- Redis killed: "local" enforces each machine's own limit (so two machines let twice as
  many through), says so in its log and /readyz; "closed" refuses with 503 in the client's
  dialect and /readyz is 503. Nothing crashes.
- Redis restarted on the same port: every worker reconnects by itself and the limit is one
  limit again."""
import json
import os
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_common import (cluster_config, hash_key, kill_redis, metric_sum, redis_command,  # noqa: E402
                            start_instances, start_redis, wait_connected)
from harness import LOOPBACK, Suite, chat, expect, expect_eq, request, wait_until  # noqa: E402

KEY = "lethe-cluster-unavailable-key-1f7a"
BIG_KEY = "lethe-cluster-unavailable-big-88c2"
RPM = 6
TIMEOUT_MS = 200
WORKERS = 2


def auth(key):
    return {"Authorization": "Bearer " + key}


def spread(instances, count, key=KEY):
    statuses = [chat(instances[n % len(instances)].port, "limited", headers=auth(key)).status for n in range(count)]
    return statuses


def check_shared(local):
    statuses = spread(local, 2 * RPM)
    expect(statuses.count(200) in (RPM, RPM + 1), "successes over two instances sharing %d rpm: %r" % (RPM, statuses))


def check_noscript(local, redis_port):
    expect_eq(redis_command(redis_port, "SCRIPT", "FLUSH"), "OK", "SCRIPT FLUSH")
    before = sum(metric_sum(gw, "lethe_cluster_script_reloads_total") for gw in local)
    for gw in local:
        for _ in range(WORKERS * 2):
            expect_eq(chat(gw.port, "after a flush", headers=auth(BIG_KEY)).status, 200, "a request after SCRIPT FLUSH")
    after = sum(metric_sum(gw, "lethe_cluster_script_reloads_total") for gw in local)
    expect(after > before, "scripts sent again after NOSCRIPT: %s -> %s" % (before, after))


def check_client_leaves(local, redis_port):
    # Redis stalls, so the admission waits; the client hangs up within timeout_ms. The
    # exchange is released while its admission is pending; the late reply finds nobody and
    # gives back what it took. Under AddressSanitizer a use after free would end the run.
    stall = threading.Thread(target=lambda: redis_command(redis_port, "DEBUG", "SLEEP", "1", timeout=10))
    stall.start()
    time.sleep(0.2)
    body = json.dumps({"model": "mock/mock-model", "messages": [{"role": "user", "content": "leaving"}]}).encode()
    head = ("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer %s\r\nContent-Length: %d\r\n\r\n" % (BIG_KEY, len(body))).encode()
    for gw in local:
        for _ in range(3):
            with socket.create_connection((LOOPBACK, gw.port), timeout=5) as s:
                s.sendall(head + body)
                time.sleep(0.03)
    stall.join(10)
    for gw in local:
        left = sum(float(line.rsplit(" ", 1)[1]) for line in request(gw.port, "GET", "/metrics").text().splitlines()
                   if line.startswith("lethe_requests_total{") and 'status="499"' in line)
        expect(left >= 3, "the requests ended as left by their client (499): %s" % left)
        expect(gw.process.alive(), "the instance survived clients leaving during admission")
        expect_eq(chat(gw.port, "still fine", headers=auth(BIG_KEY)).status, 200, "a request afterwards")


def check_slow(local, closed, redis_port):
    stall = threading.Thread(target=lambda: redis_command(redis_port, "DEBUG", "SLEEP", "2", timeout=10))
    stall.start()
    time.sleep(0.2)
    statuses = [chat(gw.port, "redis is slow", headers=auth(BIG_KEY), timeout=10).status for gw in local]
    refused = chat(closed.port, "redis is slow", headers=auth(BIG_KEY), timeout=10)
    stall.join(10)
    expect_eq(statuses, [200] * len(local), "'local' answers on its own limits while Redis stalls")
    expect_eq(refused.status, 503, "'closed' refuses while Redis stalls")
    expect(sum(metric_sum(gw, "lethe_cluster_fallbacks_total") for gw in local) >= len(local),
           "the fallbacks are counted")
    expect(metric_sum(local[0], "lethe_cluster_errors_total") >= 1, "the timeout is counted")


def check_killed(suite, redis, local, closed):
    kill_redis(suite, redis)
    for gw in local + [closed]:
        expect(wait_until(lambda: metric_sum(gw, "lethe_cluster_connected") == 0, 10, interval=0.05),
               "the instance noticed Redis is gone")
    statuses = spread(local, 2 * RPM + 2)
    expect_eq(statuses.count(200), 2 * RPM, "'local': each machine enforces its own %d rpm (%r)" % (RPM, statuses))
    ready = request(local[0].port, "GET", "/readyz")
    expect_eq(ready.status, 200, "'local' stays ready")
    expect('"cluster":"unavailable"' in ready.text() and '"limits":"local"' in ready.text(), "/readyz says so",
           ready.text())
    r = chat(closed.port, "refused", headers=auth(KEY))
    expect_eq(r.status, 503, "'closed' refuses what needs the shared store")
    expect(r.json()["error"]["code"] == "shared_limits_unavailable", "an OpenAI-dialect error", r.text())
    r = request(closed.port, "POST", "/v1/messages",
                {"model": "mock/mock-model", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
                headers={"x-api-key": KEY, "anthropic-version": "2023-06-01"})
    expect_eq(r.status, 503, "'closed' refuses an Anthropic-dialect request too")
    expect_eq(r.json().get("type"), "error", "an Anthropic-dialect error body")
    expect_eq(request(closed.port, "GET", "/readyz").status, 503, "'closed' is not ready")
    log = local[0].process.output()[1]
    said = log.count("using this machine's own limits")
    expect(1 <= said <= 2 * WORKERS, "the log says it falls back, once per worker and outage (%d lines)" % said)


def check_restarted(suite, state, local, closed):
    redis = start_redis(suite, state["port"])
    for gw in local + [closed]:
        wait_connected(gw, WORKERS)
    check_shared(local)
    expect_eq(chat(closed.port, "back", headers=auth(BIG_KEY)).status, 200, "'closed' admits again")
    ready = request(closed.port, "GET", "/readyz")
    expect(ready.status == 200 and '"limits":"shared"' in ready.text(), "/readyz: shared again", ready.text())
    return redis


with Suite() as suite:
    redis = start_redis(suite, debug=True)
    mock = suite.mock()
    keys = [{"name": "six", "hash": hash_key(KEY), "rpm": RPM},
            {"name": "big", "hash": hash_key(BIG_KEY), "rpm": 100000}]
    local_config = cluster_config(mock.port, redis.redis_port, workers=WORKERS, keys=keys,
                                  cluster={"timeout_ms": TIMEOUT_MS, "on_unavailable": "local"})
    closed_config = cluster_config(mock.port, redis.redis_port, workers=WORKERS, keys=keys,
                                   cluster={"timeout_ms": TIMEOUT_MS, "on_unavailable": "closed"})
    local = start_instances(suite, local_config, 2)
    closed = start_instances(suite, closed_config, 1)[0]
    state = {"port": redis.redis_port}
    suite.case("Redis up: two instances share one %d rpm limit" % RPM, check_shared, local)
    suite.case("NOSCRIPT after SCRIPT FLUSH: the script is sent again and counted", check_noscript, local,
               redis.redis_port)
    suite.case("a client that hangs up while its admission waits on Redis is released safely",
               check_client_leaves, local, redis.redis_port)
    suite.case("Redis stalls past timeout_ms: 'local' falls back, 'closed' answers 503, both counted",
               check_slow, local, closed, redis.redis_port)
    suite.case("Redis killed: 'local' uses each machine's limits, 'closed' refuses with 503, /readyz and the log "
               "say so", check_killed, suite, redis, local, closed)
    suite.case("Redis restarted: every worker reconnects and the limit is shared again", check_restarted,
               suite, state, local, closed)
    for gw in local + [closed]:
        suite.check(gw.process.alive(), "instance on port %d is still running" % gw.port)
