#!/usr/bin/env python3
"""Usage telemetry: events of the documented shape reach a collector in batches (by count
and by time), carry x-lethe-tags; with the collector down requests are unaffected and the
buffer bound holds (drops counted); what is queued at shutdown is sent before exit."""
import json
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, LOOPBACK, Suite, TelemetryCollector, chat, default_config, expect,  # noqa: E402
                     expect_eq, free_port, request, wait_until)


def check_batches(suite):
    collector = TelemetryCollector()
    mock = suite.mock()
    cfg = default_config(mock.port, telemetry={"url": "http://%s:%d/collect" % (LOOPBACK, collector.port),
                                               "interval_ms": 200, "batch": 5, "buffer": 50})
    gw = suite.lethe(cfg)
    for i in range(12):
        r = chat(gw.port, "hello %d ann@example.com %s" % (i, CANARY),
                 headers={"x-lethe-tags": "entity_type=customer,entity_id=c-42"})
        expect_eq(r.status, 200, "status")
    expect(wait_until(lambda: len(collector.events()) >= 12, 5), "the collector got %d of 12 events"
           % len(collector.events()))
    expect(max(len(b["events"]) for b in collector.batches()) <= 5, "a batch larger than 5")
    event = collector.events()[-1]
    for field in ("time", "request_id", "status", "key", "route", "provider", "tokens_in", "tokens_out",
                  "cost_usd", "entities", "tags"):
        expect(field in event, "no %s in the event" % field, event)
    expect_eq(event["tags"], {"entity_type": "customer", "entity_id": "c-42"}, "tags")
    expect_eq(event["entities"], {"EMAIL": 1}, "entity counts")
    raw = json.dumps(collector.batches())
    expect(CANARY not in raw and "example.com" not in raw, "content reached the collector")
    suite.stop(gw.process)
    collector.close()
    suite.stop(mock.process)


def check_collector_down(suite):
    mock = suite.mock()
    dead = free_port()
    cfg = default_config(mock.port, telemetry={"url": "http://%s:%d/collect" % (LOOPBACK, dead),
                                               "interval_ms": 100, "batch": 5, "buffer": 20})
    gw = suite.lethe(cfg)
    t0 = time.monotonic()
    for i in range(60):
        expect_eq(chat(gw.port, "x").status, 200, "request %d with the collector down" % i)
    expect(time.monotonic() - t0 < 10, "requests slowed down with the collector down")
    metrics = request(gw.port, "GET", "/metrics").text()
    dropped = [line for line in metrics.splitlines() if line.startswith('lethe_telemetry_events_total{outcome="dropped"}')]
    expect(dropped and int(dropped[0].split()[-1]) >= 40, "drops not counted: %r" % dropped)
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_flush_on_shutdown(suite):
    collector = TelemetryCollector()
    mock = suite.mock()
    cfg = default_config(mock.port, telemetry={"url": "http://%s:%d/collect" % (LOOPBACK, collector.port),
                                               "interval_ms": 600000, "batch": 100, "buffer": 100})
    gw = suite.lethe(cfg)
    for i in range(3):
        chat(gw.port, "before shutdown %d" % i)
    expect_eq(len(collector.events()), 0, "events sent before the batch filled")
    gw.process.popen.send_signal(signal.SIGTERM)
    gw.process.popen.wait(timeout=10)
    expect_eq(gw.process.popen.returncode, 0, "exit status")
    expect(len([e for e in collector.events() if e["status"] == 200 and e["route"]]) == 3,
           "the queued events were not sent at shutdown: %r" % collector.events())
    suite.stop(gw.process)
    collector.close()
    suite.stop(mock.process)


with Suite() as suite:
    suite.case("events reach the collector in batches by count and by time, tags carried, no content",
               check_batches, suite)
    suite.case("collector down: requests unaffected, the buffer bound holds, drops counted",
               check_collector_down, suite)
    suite.case("what is queued at shutdown is sent before exit", check_flush_on_shutdown, suite)
