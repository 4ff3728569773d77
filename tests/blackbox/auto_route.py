#!/usr/bin/env python3
"""model "auto": the router picks a target from x-lethe-quality, x-lethe-max-cost and
x-lethe-max-latency-ms (or the body's "lethe" object), the price table and each target's
observed latency, skips open circuits, and says what it chose and why in the headers."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, default_config, expect, expect_eq, expect_openai_error, request  # noqa: E402


def ask(gw, headers=None, lethe=None, max_tokens=100):
    body = {"model": "auto", "max_tokens": max_tokens, "messages": [{"role": "user", "content": "pick one"}]}
    if lethe is not None:
        body["lethe"] = lethe
    return request(gw.port, "POST", "/v1/chat/completions", body, headers=headers)


def choice(r):
    expect_eq(r.status, 200, "status")
    expect(r.header("x-lethe-auto-reason"), "no x-lethe-auto-reason", r)
    expect_eq(r.header("x-lethe-provider"), r.header("x-lethe-auto-choice"), "served by the choice")
    return r.header("x-lethe-auto-choice")


def check_quality(gw):
    expect_eq(choice(ask(gw, {"x-lethe-quality": "cheap"})), "fast/cheap-model", "cheap")
    expect_eq(choice(ask(gw, {"x-lethe-quality": "premium"})), "slow/premium-model", "premium")
    expect_eq(choice(ask(gw, {"x-lethe-quality": "balanced"})), "fast/balanced-model", "balanced")
    expect_eq(choice(ask(gw)), "fast/balanced-model", "no constraint: balanced")
    expect_eq(choice(ask(gw, lethe={"quality": "premium"})), "slow/premium-model", "body lethe.quality")
    r = request(gw.port, "GET", "/v1/models")
    expect("auto" in [m["id"] for m in r.json()["data"]], "auto is not listed in /v1/models")


def check_cost(gw):
    # 100 output tokens at $100/M output = $0.01 for premium; $0.0001 for cheap.
    r = ask(gw, {"x-lethe-quality": "premium", "x-lethe-max-cost": "0.005"})
    expect_eq(choice(r), "fast/balanced-model", "premium within $0.005")
    expect("over max cost" in r.header("x-lethe-auto-reason"), "the reason does not mention cost", r)
    expect_eq(choice(ask(gw, lethe={"quality": "premium", "max_cost": 0.0002})), "fast/cheap-model",
              "premium within $0.0002")
    r = ask(gw, {"x-lethe-max-cost": "0.0000001"})
    err = expect_openai_error(r, 422)
    expect("max cost" in err["message"], "the 422 does not say why", r)
    expect_openai_error(ask(gw, {"x-lethe-max-cost": "cheap"}), 400)
    expect_openai_error(ask(gw, {"x-lethe-quality": "best"}), 400)


def check_latency(gw):
    # The premium target's mock answers after 300 ms: once observed, a 150 ms bound skips it.
    choice(ask(gw, {"x-lethe-quality": "premium"}))
    r = ask(gw, {"x-lethe-quality": "premium", "x-lethe-max-latency-ms": "150"})
    expect_eq(choice(r), "fast/balanced-model", "premium within 150 ms")
    expect("over max latency" in r.header("x-lethe-auto-reason"), "the reason does not mention latency", r)


def check_open_circuit(gw, slow):
    slow.configure(status=503)
    for _ in range(3):
        ask(gw, {"x-lethe-quality": "premium"})
    r = ask(gw, {"x-lethe-quality": "premium"})
    expect_eq(choice(r), "fast/balanced-model", "premium with its circuit open")
    expect("1 circuit open" in r.header("x-lethe-auto-reason"), "the reason does not mention the circuit", r)
    slow.reset()


with Suite() as suite:
    fast = suite.mock()
    slow = suite.mock("--latency_ms", "300")
    cfg = default_config(fast.port)
    cfg["providers"] = [
        {"name": "fast", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, fast.port), "api_key": "k"},
        {"name": "slow", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, slow.port), "api_key": "k"},
    ]
    cfg["routes"] = [{"name": "default", "chain": [{"target": "fast/balanced-model"}]},
                     {"name": "all", "chain": [{"target": "fast/cheap-model"}, {"target": "slow/premium-model"},
                                               {"target": "fast/balanced-model"}]}]
    cfg["prices"] = {"fast/cheap-model": {"input": 0.1, "output": 1, "tier": "cheap"},
                     "fast/balanced-model": {"input": 1, "output": 10, "tier": "balanced"},
                     "slow/premium-model": {"input": 10, "output": 100, "tier": "premium"}}
    cfg["breaker"] = {"failures": 3, "cooldown_ms": 60000}
    gw = suite.lethe(cfg)
    suite.case("quality cheap, balanced, premium pick the matching tier (header or body)", check_quality, gw)
    suite.case("max cost excludes dearer targets; nothing left is a 422 that says why", check_cost, gw)
    suite.case("max latency excludes a target observed to be slower", check_latency, gw)
    suite.case("a target with its circuit open is skipped", check_open_circuit, gw, slow)
