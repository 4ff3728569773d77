#!/usr/bin/env python3
"""The audit chain: one hash-chained line of metadata per request, shared by the workers,
continued across a restart; lethe --audit-verify passes on the chain and names the first
broken record when a byte is flipped or a line removed. No content in it."""
import os
import subprocess
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import CANARY, Suite, chat, default_config, expect, expect_eq, lethe_path  # noqa: E402


def verify(path):
    result = subprocess.run([lethe_path(), "--audit-verify", path], capture_output=True, text=True, timeout=10)
    return result.returncode, result.stdout.strip()


def check_chain(suite):
    mock = suite.mock()
    path = os.path.join(suite.workdir.name, "audit.log")
    cfg = default_config(mock.port, workers=2, audit={"file": path, "fsync_ms": 100})
    for round_number in range(2):                    # the second run continues the chain
        gw = suite.lethe(cfg)
        threads = [threading.Thread(target=chat, args=(gw.port, "audit me ann@example.com " + CANARY))
                   for _ in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        suite.stop(gw.process)
    with open(path, "rb") as f:
        data = f.read()
    expect(CANARY.encode() not in data and b"example.com" not in data, "the audit file holds content")
    rc, out = verify(path)
    expect_eq(rc, 0, "verify on the written chain: " + out)
    expect("chain intact" in out, out)
    records = int(out.split()[1])
    expect(records >= 24, "only %d records for 24 requests" % records)
    lines = data.split(b"\n")
    flipped = bytearray(data)
    at = data.find(b'"attempts":1', len(lines[0]) + len(lines[1]) + len(lines[2]))
    flipped[at + 11] = ord("2")
    broken = path + ".flipped"
    with open(broken, "wb") as f:
        f.write(flipped)
    rc, out = verify(broken)
    expect_eq(rc, 1, "verify on a flipped byte")
    expect("line 4" in out and "changed" in out, "the flipped record is not named: " + out)
    missing = path + ".missing"
    with open(missing, "wb") as f:
        f.write(b"\n".join(lines[:6] + lines[7:]))
    rc, out = verify(missing)
    expect(rc == 1 and "line 7" in out, "a removed line is not found: " + out)
    suite.stop(mock.process)


with Suite() as suite:
    suite.case("the audit chain: shared by two workers, continued after a restart, verified; a flipped byte "
               "and a removed line are pinpointed", check_chain, suite)
