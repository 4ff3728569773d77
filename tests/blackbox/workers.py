#!/usr/bin/env python3
"""Workers under a master: two workers both serve (connections spread over the port with
SO_REUSEPORT), a worker killed is started again while the other keeps serving, and
SIGTERM to the master drains every worker and exits 0."""
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, chat, default_config, expect, expect_eq, wait_until  # noqa: E402


def children(pid):
    """Live child processes of `pid`, from /proc (no procps needed)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return sorted(found)


def serving_pids(gw, requests=40):
    """The worker pid is in every request id (its second eight hex digits)."""
    pids = set()
    for _ in range(requests):
        r = chat(gw.port, "which worker?")
        expect_eq(r.status, 200, "status")
        pids.add(int(r.header("x-request-id")[8:16], 16))
    return pids


def check_two_workers_serve(gw):
    expect(wait_until(lambda: len(children(gw.process.pid)) == 2, 5), "two workers did not start")
    workers = set(children(gw.process.pid))
    # A worker under sanitizers may take a moment to listen: ask until both have answered.
    seen = set()
    deadline = time.monotonic() + 10
    while seen != workers and time.monotonic() < deadline:
        seen |= serving_pids(gw, 20)
    expect_eq(seen, workers, "the workers that answered")


def check_killed_worker_restarts(gw):
    before = children(gw.process.pid)
    os.kill(before[0], signal.SIGKILL)
    expect(wait_until(lambda: len(children(gw.process.pid)) == 2 and children(gw.process.pid) != before, 5),
           "the master did not start another worker within 5 s")
    after = children(gw.process.pid)
    expect(before[0] not in after, "the killed worker is still listed")
    expect(serving_pids(gw) <= set(after), "a request was answered by a worker that is gone")


def check_sigterm_stops_all(gw):
    workers = children(gw.process.pid)
    gw.process.popen.send_signal(signal.SIGTERM)
    gw.process.popen.wait(timeout=10)
    expect_eq(gw.process.popen.returncode, 0, "the master's exit status")
    time.sleep(0.2)
    for pid in workers:
        expect(not os.path.exists("/proc/%d" % pid) or "Z" in open("/proc/%d/stat" % pid).read().split()[2],
               "worker %d outlived the master" % pid)


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port, workers=2))
    suite.case("two workers both serve requests", check_two_workers_serve, gw)
    suite.case("a killed worker is started again; requests keep being served", check_killed_worker_restarts, gw)
    suite.case("SIGTERM to the master stops every worker, exit 0", check_sigterm_stops_all, gw)
