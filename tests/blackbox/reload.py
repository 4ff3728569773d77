#!/usr/bin/env python3
"""Hot reload on SIGHUP: a changed route serves new requests while a stream in flight
finishes on the old one; a broken config leaves the old one serving with a log line
saying why; under a master every worker reloads, a worker started later too."""
import http.client
import json
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat, children_of, chat_payload, default_config, expect, expect_eq,  # noqa: E402
                     read_openai_stream, wait_until)

TEXT = "a stream that outlives the reload, arriving piece by piece"


def config_for(a, b, target):
    cfg = default_config(a.port)
    cfg["providers"].append({"name": "b", "type": "openai", "base_url": "http://%s:%d/v1" % (LOOPBACK, b.port),
                             "api_key": "k"})
    cfg["routes"] = [{"name": "default", "chain": [{"target": target}]}]
    return cfg


def rewrite(gw, cfg):
    path = gw.process.argv[gw.process.argv.index("-c") + 1]
    with open(path + ".new", "w") as f:
        f.write(cfg if isinstance(cfg, str) else json.dumps(cfg))
    os.replace(path + ".new", path)


def served_by(gw):
    r = chat(gw.port, "who serves?", model="default")
    expect_eq(r.status, 200, "status")
    return r.header("x-lethe-provider")


def check_reload(suite):
    a, b = suite.mock("--chunk_ms", "60", "--chunk_bytes", "6"), suite.mock()
    cfg = config_for(a, b, "mock/a-model")
    cfg["listen"] = cfg["listen"]
    gw = suite.lethe(cfg)
    expect_eq(served_by(gw), "mock/a-model", "before the reload")
    conn = http.client.HTTPConnection(LOOPBACK, gw.port, timeout=15)
    conn.request("POST", "/v1/chat/completions", json.dumps(chat_payload(TEXT, model="default", stream=True)),
                 {"Content-Type": "application/json"})
    response = conn.getresponse()
    rewrite(gw, dict(cfg, routes=[{"name": "default", "chain": [{"target": "b/b-model"}]}]))
    gw.process.popen.send_signal(signal.SIGHUP)
    expect(wait_until(lambda: served_by(gw) == "b/b-model", 5), "new requests did not move to the new route")
    stream = read_openai_stream(response)
    conn.close()
    expect(stream.done, "the stream in flight did not finish")
    expect_eq(stream.content(), TEXT, "the stream in flight, on the old route")
    # A broken file: the old (new) config stays, and a line says why.
    rewrite(gw, "{ this is not json")
    gw.process.popen.send_signal(signal.SIGHUP)
    time.sleep(0.5)
    expect_eq(served_by(gw), "b/b-model", "after a broken reload")
    suite.stop(gw.process)
    _, err = gw.process.output()
    expect("reload" in err and "old config stays" in err, "no log line about the broken reload", err[-1500:])


def check_workers_reload(suite):
    a, b = suite.mock(), suite.mock()
    cfg = config_for(a, b, "mock/a-model")
    cfg["workers"] = 2
    gw = suite.lethe(cfg)
    rewrite(gw, dict(cfg, routes=[{"name": "default", "chain": [{"target": "b/b-model"}]}]))
    gw.process.popen.send_signal(signal.SIGHUP)
    # Each worker builds its new scrubber before it swaps: 0.2 s, but 2.5 s under ASan on
    # an idle machine, and more beside other tests.
    expect(wait_until(lambda: {served_by(gw) for _ in range(10)} == {"b/b-model"}, 20),
           "the workers did not move to the new route")
    seen = {served_by(gw) for _ in range(30)}
    expect_eq(seen, {"b/b-model"}, "providers serving after the master passed SIGHUP on")
    # A worker started after the reload reads the new file too.
    # children_of skips a process that exits while /proc is read (other tests run beside).
    children = [pid for pid, _ in children_of(gw.process.pid)]
    os.kill(children[0], signal.SIGKILL)
    time.sleep(1.5)
    seen = {served_by(gw) for _ in range(30)}
    expect_eq(seen, {"b/b-model"}, "providers serving after a worker was restarted")
    suite.stop(gw.process)


def check_scrubber_across_reloads(suite):
    a, b = suite.mock(), suite.mock()
    cfg = config_for(a, b, "mock/a-model")
    gw = suite.lethe(cfg)
    email = "ingrid.holm@example.com"

    def masked_on_the_way(provider):
        r = chat(gw.port, "write to " + email, model="default")
        expect_eq((r.status, r.json()["choices"][0]["message"]["content"]), (200, "write to " + email),
                  "the answer, restored")
        return email not in json.dumps(provider.last()["body"])

    # Only the route changes: the scrubber is kept, not compiled again, and still masks.
    rewrite(gw, dict(cfg, routes=[{"name": "default", "chain": [{"target": "b/b-model"}]}]))
    gw.process.popen.send_signal(signal.SIGHUP)
    expect(wait_until(lambda: served_by(gw) == "b/b-model", 20), "the new route was not applied")
    expect(masked_on_the_way(b), "the kept scrubber let the address through")
    # The allow list changes: a new scrubber, which lets that address through.
    rewrite(gw, dict(cfg, routes=[{"name": "default", "chain": [{"target": "b/b-model"}]}],
                     scrub={"enabled": True, "allow": [email]}))
    gw.process.popen.send_signal(signal.SIGHUP)
    expect(wait_until(lambda: not masked_on_the_way(b), 20), "the rebuilt scrubber did not apply the allow list")
    suite.stop(gw.process)
    _, err = gw.process.output()
    expect("scrubber kept" in err and "scrubber rebuilt" in err, "reload lines do not say what became of the "
           "scrubber", err[-1500:])


with Suite() as suite:
    suite.case("SIGHUP: new requests use the changed route, a stream in flight finishes on the old; "
               "a broken file keeps the old config and says why", check_reload, suite)
    suite.case("under a master every worker reloads, and a worker started later reads the new file",
               check_workers_reload, suite)
    suite.case("a reload that keeps \"scrub\" keeps the scrubber; one that changes it builds a new one",
               check_scrubber_across_reloads, suite)
