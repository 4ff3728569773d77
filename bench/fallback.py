#!/usr/bin/env python3
"""The latency a fallback adds: time to the first answer byte through a chain whose first
target fails, minus the same through the healthy target alone, on loopback.

    python3 bench/fallback.py            # 300 streaming requests per case

Cases: the first target answers HTTP 503; the first target refuses connections."""
from common import LETHE, MOCK, free_port, wait_up
import json, os, signal, socket, statistics, subprocess, sys, tempfile, time, urllib.request

REQUESTS = int(os.environ.get("REQUESTS", "300"))




def first_byte_ms(port, model):
    body = json.dumps({"model": model, "stream": True, "messages": [{"role": "user", "content": "hello"}]}).encode()
    request = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
               b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    with socket.create_connection(("127.0.0.1", port)) as connection:
        started = time.perf_counter()
        connection.sendall(request)
        received = b""
        while b"data: " not in received:
            chunk = connection.recv(65536)
            if not chunk:
                raise RuntimeError("closed before the first event: %r" % received[:200])
            received += chunk
        elapsed = (time.perf_counter() - started) * 1000
        if b" 200 " not in received.split(b"\r\n", 1)[0]:
            raise RuntimeError("not a 200: %r" % received[:200])
        while not received.endswith(b"0\r\n\r\n"):
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
    return elapsed


def main():
    failing, healthy, lethe_port = free_port(), free_port(), free_port()
    dead = free_port()                 # nothing listens there
    config = {
        "listen": f"127.0.0.1:{lethe_port}",
        "providers": [
            {"name": "failing", "type": "openai", "base_url": f"http://127.0.0.1:{failing}/v1", "api_key": "none"},
            {"name": "dead", "type": "openai", "base_url": f"http://127.0.0.1:{dead}/v1", "api_key": "none"},
            {"name": "healthy", "type": "openai", "base_url": f"http://127.0.0.1:{healthy}/v1", "api_key": "none"},
        ],
        "routes": [
            {"name": "direct", "chain": [{"target": "healthy/m"}]},
            {"name": "after-503", "chain": [{"target": "failing/m"}, {"target": "healthy/m"}]},
            {"name": "after-refused", "chain": [{"target": "dead/m"}, {"target": "healthy/m"}]},
        ],
        # Keep the failing targets in the path: an open breaker would skip them.
        "breaker": {"failures": 1000000},
    }
    processes = []
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "lethe.json")
        with open(path, "w") as out:
            json.dump(config, out)
        try:
            processes.append(subprocess.Popen([MOCK, "--listen", f"127.0.0.1:{failing}", "--status", "503"]))
            processes.append(subprocess.Popen([MOCK, "--listen", f"127.0.0.1:{healthy}"]))
            processes.append(subprocess.Popen([LETHE, "-c", path], stderr=subprocess.DEVNULL))
            wait_up(f"http://127.0.0.1:{failing}/__mock/stats")
            wait_up(f"http://127.0.0.1:{healthy}/__mock/stats")
            wait_up(f"http://127.0.0.1:{lethe_port}/healthz")
            results = {}
            for round_number in range(3):                       # interleave against noise
                for route in ("direct", "after-503", "after-refused"):
                    for _ in range(REQUESTS // 3):
                        results.setdefault(route, []).append(first_byte_ms(lethe_port, route))
            direct = statistics.median(results["direct"])
            print(f"time to the first answer event, median of {len(results['direct'])} streaming requests:")
            print(f"  healthy target alone           {direct:.3f} ms")
            for route in ("after-503", "after-refused"):
                median = statistics.median(results[route])
                p99 = sorted(results[route])[int(len(results[route]) * 0.99) - 1]
                print(f"  {route:30} {median:.3f} ms (p99 {p99:.3f}): fallback adds {median - direct:.3f} ms")
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=10)


if __name__ == "__main__":
    main()
