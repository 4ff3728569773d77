#!/usr/bin/env python3
"""Cluster mode: three lethe instances (two workers each) sharing one Redis enforce one
rate limit, not three, and Redis holds counters and hashes only.

A key limited to 60 requests a minute is hammered by many clients spread over the three
instances: about 60 succeed in all (plus the bucket's refill while the burst lasts, one a
second), where three independent instances would let 180 through. A key with a token
limit is settled against the provider's usage in the same Redis bucket. A client address
limited per minute is limited once over the instances too. Every key Redis
holds is one of the documented names, and no value or name holds the prompt or the key."""
import os
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cluster_common import (cluster_config, hash_key, redis_command, start_instances,  # noqa: E402
                            start_redis)
from harness import CANARY, Suite, chat, expect, expect_eq  # noqa: E402

RPM_KEY = "lethe-cluster-rpm-key-5e1d2c"
TPM_KEY = "lethe-cluster-tpm-key-93ab40"
BOTH_KEY = "lethe-cluster-both-key-7c21aa"
IP_RPM = 20
RPM = 60
TPM = 600
REQUESTS = 150
CLIENTS = 15


def hammer(instances, key):
    """REQUESTS requests from CLIENTS threads, round-robin over the instances."""
    statuses = []
    lock = threading.Lock()
    counter = iter(range(REQUESTS))

    def client():
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            gw = instances[n % len(instances)]
            try:
                status = chat(gw.port, "count me %s" % CANARY, headers={"Authorization": "Bearer " + key},
                              timeout=20).status
            except OSError as e:
                status = repr(e)
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(45)
    return statuses, time.monotonic() - started


def check_one_limit(instances, state):
    statuses, elapsed = hammer(instances, RPM_KEY)
    state["elapsed"] = elapsed
    ok = statuses.count(200)
    limited = statuses.count(429)
    expect_eq(ok + limited, REQUESTS, "answers that are 200 or 429 (others: %r)"
              % [s for s in statuses if s not in (200, 429)][:5])
    # The bucket refills one request a second while the burst lasts: counted, not timed.
    ceiling = RPM + int(elapsed) + 1 + 3
    expect(RPM - 3 <= ok <= ceiling, "%d successes over three instances in %.1f s: wanted %d (+-3, plus %d "
           "refilled)" % (ok, elapsed, RPM, int(elapsed) + 1))


def key_id(hash_text):
    import hashlib
    _, salt, digest = hash_text.split(":")
    return hashlib.sha256(b"lethe-cluster-key:" + bytes.fromhex(salt) + bytes.fromhex(digest)).hexdigest()[:32]


def check_tokens_settled(instances, redis_port, tpm_hash):
    r = chat(instances[1].port, "tokens please", headers={"Authorization": "Bearer " + TPM_KEY})
    expect_eq(r.status, 200, "a request within the token limit")
    usage = r.json().get("usage") or {}
    used = usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)
    expect(used > 0, "the mock reports usage", r.json())
    bucket = "lethe:{k:%s}:tpm" % key_id(tpm_hash)
    deadline = time.monotonic() + 5
    tokens = None
    while time.monotonic() < deadline:
        saved = redis_command(redis_port, "HGET", bucket, "t")
        tokens = float(saved) if saved is not None else None
        # Settled: what is left is the full bucket less what the provider counted (the
        # estimate was replaced), give or take the refill since (10 tokens a second).
        if tokens is not None and abs(tokens - (TPM - used)) <= 10:
            return
        time.sleep(0.05)
    raise AssertionError("the token bucket in Redis holds %r, wanted about %d - %d" % (tokens, TPM, used))


def check_address_limit(instances, redis_port, both_hash):
    # Every client here is 127.0.0.1: IP_RPM requests a minute over the three instances.
    # The key's script runs beside the address's (one round trip); when the address
    # refuses, the key gets its request back, so its bucket counts only the admitted.
    statuses = [chat(instances[n % 3].port, "ip", headers={"Authorization": "Bearer " + BOTH_KEY}).status
                for n in range(2 * IP_RPM)]
    ok = statuses.count(200)
    expect(IP_RPM <= ok <= IP_RPM + 2, "successes from one address over three instances: %d of %r" % (ok, statuses))
    expect_eq(statuses.count(429), 2 * IP_RPM - ok, "the rest are 429")
    saved = redis_command(redis_port, "HGET", "ip:{k:%s}:rpm" % key_id(both_hash), "t")
    left = float(saved)
    expect(RPM - ok - 1 <= left <= RPM - ok + 3, "the key's bucket holds %.1f: wanted about %d - %d (refused requests "
           "given back)" % (left, RPM, ok))


DOCUMENTED = re.compile(r"^(lethe|ip):(\{k:[0-9a-f]{32}\}:(rpm|tpm|budget|held)|\{ip:[0-9a-f]{32}\}:rpm"
                        r"|\{breakers\}:mock/mock-model(:probe)?)$")


def check_nothing_of_content(redis_port):
    keys = [k.decode() for k in redis_command(redis_port, "KEYS", "*")]
    expect(keys, "Redis holds the shared state")
    for name in keys:
        expect(DOCUMENTED.match(name), "an undocumented key in Redis: %r" % name)
        kind = redis_command(redis_port, "TYPE", name)
        if kind == "hash":
            values = redis_command(redis_port, "HGETALL", name)
        elif kind == "zset":
            values = redis_command(redis_port, "ZRANGE", name, 0, -1, "WITHSCORES")
        else:
            values = [redis_command(redis_port, "GET", name)]
        text = b" ".join(v for v in values if isinstance(v, bytes)).decode("utf-8", "replace")
        for secret in (CANARY, RPM_KEY, TPM_KEY, "count me"):
            expect(secret not in text and secret not in name, "%r found in Redis key %s" % (secret, name))


with Suite() as suite:
    redis = start_redis(suite)
    mock = suite.mock()
    tpm_hash = hash_key(TPM_KEY)
    config = cluster_config(mock.port, redis.redis_port,
                            keys=[{"name": "sixty", "hash": hash_key(RPM_KEY), "rpm": RPM},
                                  {"name": "tokens", "hash": tpm_hash, "tpm": TPM}])
    instances = start_instances(suite, config, 3)
    state = {}
    suite.case("a key limited to %d rpm gets %d (+-3) successes across three instances under load" % (RPM, RPM),
               check_one_limit, instances, state)
    suite.case("the provider's token count corrects the key's token bucket in Redis",
               check_tokens_settled, instances, redis.redis_port, tpm_hash)
    both_hash = hash_key(BOTH_KEY)
    address_config = cluster_config(mock.port, redis.redis_port, workers=1, cluster={"prefix": "ip:"},
                                    limits={"ip_rpm": IP_RPM},
                                    keys=[{"name": "both", "hash": both_hash, "rpm": RPM}])
    suite.case("an address limited to %d rpm gets %d across three instances; the key's refused requests are "
               "given back" % (IP_RPM, IP_RPM), check_address_limit, start_instances(suite, address_config, 3),
               redis.redis_port, both_hash)
    suite.case("Redis holds only the documented keys: hashes, target names, counters; no prompt, no key",
               check_nothing_of_content, redis.redis_port)
