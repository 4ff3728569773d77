#!/usr/bin/env python3
"""The latency cluster mode adds to a request: the same lethe config with and without
"cluster" (a local redis-server on loopback), one worker each, one keep-alive client
sending non-streaming requests one after another. The key has an rpm, a tpm and a daily
budget, so every request runs the ADMIT script (and the SETTLE script after its answer):
the most cluster mode ever adds to a request.

RUNS runs (default 3) of REQUESTS requests (default 2000) per side, the sides interleaved
in blocks of 100 so that noise on this shared machine hits both alike. Prints p50 and p99
per run and side, and the difference (on - off). Stops everything it started."""
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import LETHE, MOCK, free_port, wait_up  # noqa: E402

RUNS = int(os.environ.get("RUNS", "3"))
REQUESTS = int(os.environ.get("REQUESTS", "2000"))
BLOCK = 100
KEY = "bench-cluster-key-0a1b2c3d"
BODY = json.dumps({"model": "mock/mock-model", "max_tokens": 16,
                   "messages": [{"role": "user", "content": "one short question about the weather"}]})


def start(argv, **kwargs):
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            **kwargs)


def config(port, mock_port, key_hash, redis_port=None):
    cfg = {
        "listen": "127.0.0.1:%d" % port,
        "workers": 1,
        "providers": [{"name": "mock", "type": "openai", "base_url": "http://127.0.0.1:%d/v1" % mock_port,
                       "api_key": "k"}],
        "routes": [{"name": "default", "chain": [{"target": "mock/mock-model"}]}],
        "prices": {"mock/mock-model": {"input": 1, "output": 2}},
        "keys": [{"name": "bench", "hash": key_hash, "rpm": 1000000000, "tpm": 1000000000, "budget_usd_day": 1e9}],
    }
    if redis_port is not None:
        cfg["cluster"] = {"redis": "redis://127.0.0.1:%d/0" % redis_port}
    return cfg


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def block(connection, count, out):
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + KEY}
    for _ in range(count):
        started = time.perf_counter()
        connection.request("POST", "/v1/chat/completions", BODY, headers)
        answer = connection.getresponse()
        answer.read()
        out.append((time.perf_counter() - started) * 1000.0)
        if answer.status != 200:
            sys.exit("a request failed with %d" % answer.status)


def main():
    redis_server = shutil.which("redis-server")
    if redis_server is None:
        sys.exit("redis-server is needed (apt-get install -y redis-server)")
    key_hash = subprocess.run([LETHE, "--hash-key"], input=KEY, capture_output=True, text=True).stdout.strip()
    workdir = tempfile.mkdtemp(prefix="lethe-cluster-bench-")
    processes = []
    try:
        mock_port, redis_port, off_port, on_port = free_port(), free_port(), free_port(), free_port()
        processes.append(start([MOCK, "--listen", "127.0.0.1:%d" % mock_port]))
        processes.append(start([redis_server, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no"]))
        for port, redis in ((off_port, None), (on_port, redis_port)):
            path = os.path.join(workdir, "config-%d.json" % port)
            with open(path, "w") as f:
                json.dump(config(port, mock_port, key_hash, redis), f)
            processes.append(start([LETHE, "-c", path]))
            wait_up("http://127.0.0.1:%d/healthz" % port)
        time.sleep(0.5)                                  # the cluster client connects
        print("requests per side per run: %d, one worker, keep-alive, non-streaming" % REQUESTS)
        print("%-5s %-11s %9s %9s" % ("run", "cluster", "p50 ms", "p99 ms"))
        for run in range(1, RUNS + 1):
            times = {"off": [], "on": []}
            connections = {"off": http.client.HTTPConnection("127.0.0.1", off_port, timeout=10),
                           "on": http.client.HTTPConnection("127.0.0.1", on_port, timeout=10)}
            for side in ("off", "on"):                   # warm-up
                block(connections[side], 50, [])
            for _ in range(REQUESTS // BLOCK):
                for side in ("off", "on"):
                    block(connections[side], BLOCK, times[side])
            for side in ("off", "on"):
                print("%-5d %-11s %9.3f %9.3f" % (run, side, percentile(times[side], 0.5),
                                                   percentile(times[side], 0.99)))
            added = [percentile(times["on"], q) - percentile(times["off"], q) for q in (0.5, 0.99)]
            print("%-5d %-11s %9.3f %9.3f" % (run, "added", added[0], added[1]))
    finally:
        for process in processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except OSError:
                pass
        for process in processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
