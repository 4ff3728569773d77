#!/usr/bin/env python3
"""/metrics: valid Prometheus text (a strict reader below: names, labels, values, one TYPE
per family before its samples, families contiguous, histogram buckets cumulative with
+Inf equal to _count), moving as expected after known requests, the same whichever of two
workers answers the scrape, and no client text in any label."""
import math
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import CANARY, LOOPBACK, Suite, chat, default_config, expect, expect_eq, request  # noqa: E402

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.eE+-]+|NaN|\+Inf|-Inf)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)')


def parse(text):
    """{family: {"type": t, "samples": [(name, {labels}, value)]}}; raises on anything invalid."""
    families, types, order = {}, {}, []
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line:
            continue
        if line.startswith("# HELP "):
            continue
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            expect(kind in ("counter", "gauge", "histogram", "summary", "untyped"), "line %d: type %r" % (number, kind))
            expect(name not in types, "line %d: a second TYPE for %s" % (number, name))
            types[name] = kind
            families[name] = {"type": kind, "samples": []}
            order.append(name)
            current = name
            continue
        expect(not line.startswith("#"), "line %d: an unknown comment" % number)
        match = SAMPLE.match(line)
        expect(match is not None, "line %d is not a sample: %r" % (number, line))
        name, _, label_text, value = match.groups()
        labels = {}
        if label_text:
            at = 0
            while at < len(label_text):
                lm = LABEL.match(label_text, at)
                expect(lm is not None, "line %d: bad labels %r" % (number, label_text))
                labels[lm.group(1)] = lm.group(2)
                at = lm.end()
        family = name
        for suffix in ("_bucket", "_sum", "_count"):
            if name.endswith(suffix) and name[:-len(suffix)] in types and types[name[:-len(suffix)]] == "histogram":
                family = name[:-len(suffix)]
        expect(family == current, "line %d: %s outside its family's block (in %s)" % (number, name, current))
        families[family]["samples"].append((name, labels, float(value)))
    for name, family in families.items():
        if family["type"] != "histogram":
            continue
        groups = {}
        for sample, labels, value in family["samples"]:
            key = tuple(sorted((k, v) for k, v in labels.items() if k != "le"))
            groups.setdefault(key, {"buckets": [], "count": None})
            if sample.endswith("_bucket"):
                groups[key]["buckets"].append((math.inf if labels["le"] == "+Inf" else float(labels["le"]), value))
            elif sample.endswith("_count"):
                groups[key]["count"] = value
        for key, group in groups.items():
            buckets = sorted(group["buckets"])
            expect(buckets and buckets[-1][0] == math.inf, "%s%s has no +Inf bucket" % (name, key))
            expect(all(a[1] <= b[1] for a, b in zip(buckets, buckets[1:])), "%s%s buckets not cumulative" % (name, key))
            expect_eq(buckets[-1][1], group["count"], "%s%s +Inf against _count" % (name, key))
    return families


def value(families, family, **labels):
    total = 0.0
    for name, sample_labels, sample_value in families.get(family, {"samples": []})["samples"]:
        if name == family and all(sample_labels.get(k) == v for k, v in labels.items()):
            total += sample_value
    return total


def histogram_count(families, family, **labels):
    return sum(v for n, l, v in families.get(family, {"samples": []})["samples"]
               if n == family + "_count" and all(l.get(k) == x for k, x in labels.items()))


def scrape(gw):
    return parse(request(gw.port, "GET", "/metrics").text())


def scrape_settled(gw, before, requests):
    """A request is counted when lethe releases it, which can come a moment after the
    client has its answer: under ASan a scrape on a new connection may be served first.
    Scrape until `requests` more chat requests are counted than in `before` (scrapes
    count too, as dialect "none"), for at most 2 s."""
    deadline = time.monotonic() + 2
    while True:
        after = scrape(gw)
        counted = value(after, "lethe_requests_total", dialect="openai") \
            - value(before, "lethe_requests_total", dialect="openai")
        if counted >= requests or time.monotonic() > deadline:
            return after
        time.sleep(0.02)


def check_moves(gw, mock):
    before = scrape(gw)
    for _ in range(3):
        expect_eq(chat(gw.port, "hello ann@example.com", model="default").status, 200, "status")
    mock.configure(fail_next=1)
    expect_eq(chat(gw.port, "fall over", model="pair").status, 200, "fallback status")
    chat(gw.port, "x", model="no-such-model-" + CANARY)
    after = scrape_settled(gw, before, 5)
    delta = lambda family, **labels: value(after, family, **labels) - value(before, family, **labels)  # noqa: E731
    expect_eq(delta("lethe_requests_total", route="default", status="200", dialect="openai"), 3, "requests to default")
    expect_eq(delta("lethe_requests_total", route="none", status="404"), 1, "the unknown model, as route none")
    expect_eq(delta("lethe_fallbacks_total", route="pair"), 1, "fallbacks on pair")
    expect(delta("lethe_attempts_total", route="pair") >= 2, "attempts on pair")
    expect_eq(histogram_count(after, "lethe_request_duration_seconds", route="default")
              - histogram_count(before, "lethe_request_duration_seconds", route="default"), 3, "durations observed")
    expect(histogram_count(after, "lethe_gateway_overhead_seconds", route="default") >= 3, "overhead observed")
    expect(delta("lethe_tokens_total", provider="mock/mock-model", direction="in") > 0, "tokens in counted")
    expect(delta("lethe_cost_usd_total", provider="mock/mock-model") > 0, "cost counted")
    expect(delta("lethe_scrubbed_entities_total", type="EMAIL") >= 3, "EMAIL counted")
    chat(gw.port, "direct", model="mock/free-text-" + CANARY)
    text = request(gw.port, "GET", "/metrics").text()
    expect(CANARY not in text and "example.com" not in text, "client text in /metrics")
    expect('route="mock/other"' in text, "a model named directly is not counted as its provider's other")


def check_alternating_series(gw, mock):
    """Each worker remembers the series its last request was counted into: requests that
    alternate routes, providers and statuses must each land in their own."""
    before = scrape(gw)
    for _ in range(4):
        expect_eq(chat(gw.port, "a", model="default").status, 200, "default")
        expect_eq(chat(gw.port, "b", model="pair").status, 200, "pair")
        expect_eq(chat(gw.port, "c", model="no-such-model").status, 404, "unknown model")
        mock.configure(fail_next=1)
        expect_eq(chat(gw.port, "d", model="pair").status, 200, "pair, served by its second target")
    after = scrape_settled(gw, before, 16)
    delta = lambda family, **labels: value(after, family, **labels) - value(before, family, **labels)  # noqa: E731
    count = lambda family, **labels: histogram_count(after, family, **labels) \
        - histogram_count(before, family, **labels)  # noqa: E731
    expect_eq(delta("lethe_requests_total", route="default", status="200", provider="mock/mock-model"), 4, "default")
    expect_eq(delta("lethe_requests_total", route="pair", status="200", provider="mock/mock-model"), 4, "pair, first")
    expect_eq(delta("lethe_requests_total", route="pair", status="200", provider="backup/m"), 4, "pair, second")
    expect_eq(delta("lethe_requests_total", route="none", status="404", provider="none"), 4, "unknown model")
    expect_eq(count("lethe_request_duration_seconds", route="default"), 4, "durations on default")
    expect_eq(count("lethe_request_duration_seconds", route="pair"), 8, "durations on pair")
    expect_eq(delta("lethe_attempts_total", route="default"), 4, "attempts on default")
    expect_eq(delta("lethe_attempts_total", route="pair"), 12, "attempts on pair")
    expect_eq(delta("lethe_fallbacks_total", route="default"), 0, "no fallbacks on default")
    expect_eq(delta("lethe_fallbacks_total", route="pair"), 4, "fallbacks on pair")
    expect(delta("lethe_tokens_total", provider="backup/m", direction="in") > 0, "tokens of the second target")
    expect(delta("lethe_tokens_total", provider="mock/mock-model", direction="out") > 0, "tokens of the first")
    expect_eq(delta("lethe_cost_usd_total", provider="backup/m"), 0, "the second target has no price")
    expect(delta("lethe_cost_usd_total", provider="mock/mock-model") > 0, "the first has one")


def check_workers_agree(gw):
    before = scrape(gw)
    for _ in range(20):
        chat(gw.port, "spread", model="default")
    scrape_settled(gw, before, 20)
    totals = {value(scrape(gw), "lethe_requests_total", route="default") for _ in range(8)}
    expect_eq(len(totals), 1, "requests_total as seen by different scrapes %r" % totals)


with Suite() as suite:
    mock, backup = suite.mock(), suite.mock()
    cfg = default_config(mock.port, workers=2)
    cfg["providers"].append({"name": "backup", "type": "openai",
                             "base_url": "http://%s:%d/v1" % (LOOPBACK, backup.port), "api_key": "k"})
    cfg["routes"] = [{"name": "default", "chain": [{"target": "mock/mock-model"}]},
                     {"name": "pair", "chain": [{"target": "mock/mock-model"}, {"target": "backup/m"}]}]
    cfg["prices"] = {"mock/mock-model": {"input": 1, "output": 2}}
    gw = suite.lethe(cfg)
    suite.case("valid Prometheus text that moves as expected after known requests", check_moves, gw, mock)
    suite.case("requests alternating routes, providers and statuses: each in its own series",
               check_alternating_series, gw, mock)
    suite.case("two workers, one set of numbers: every scrape agrees", check_workers_agree, gw)
