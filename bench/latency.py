#!/usr/bin/env python3
"""Sequential added latency: one client, one kept-alive connection, one request at a time,
to lethe-mock directly, through nginx `proxy_pass` and through lethe (scrubbing on). The
targets take turns in blocks (ROUNDS blocks of REQUESTS each) so that the machine's noise
hits them alike. Prints p50 and p99 per target and what each proxy adds over the direct
call, non-streaming and streaming.

    python3 bench/latency.py
    ROUNDS=10 REQUESTS=1000 python3 bench/latency.py

The client is Python: its own time per request (tens of microseconds) is in every
target's figure alike and cancels out in the differences."""
from targets import Targets, request_bytes, read_answer
import os, socket, statistics, sys, time

ROUNDS = int(os.environ.get("ROUNDS", "5"))
REQUESTS = int(os.environ.get("REQUESTS", "1000"))
WARMUP = 200


def connect(port):
    connection = socket.create_connection(("127.0.0.1", port))
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return connection


def block(connections, name, port, request, count, times):
    """count requests on the target's kept-alive connection; a request that finds the
    connection closed by the server (a keep-alive limit) is sent again on a new one and
    not timed."""
    done = 0
    while done < count:
        started = time.perf_counter_ns()
        try:
            connections[name].sendall(request)
            head, _ = read_answer(connections[name])
        except (ConnectionError, OSError):
            connections[name].close()
            connections[name] = connect(port)
            continue
        times.append(time.perf_counter_ns() - started)
        done += 1
        if not head.startswith(b"HTTP/1.1 200"):
            sys.exit(f"answer not 200: {head[:200]!r}")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] / 1000


def main():
    with Targets() as targets:
        for stream in (False, True):
            connections, requests, times = {}, {}, {}
            for name, port in targets.ports.items():
                connections[name] = connect(port)
                requests[name] = request_bytes(port, stream=stream)
                times[name] = []
                block(connections, name, port, requests[name], WARMUP, [])
            for _ in range(ROUNDS):
                for name, port in targets.ports.items():
                    block(connections, name, port, requests[name], REQUESTS, times[name])
            for connection in connections.values():
                connection.close()
            print(f"\n{'streaming' if stream else 'non-streaming'}: {ROUNDS} rounds of {REQUESTS} sequential "
                  f"requests per target, microseconds")
            print(f"{'target':8} {'p50':>8} {'p99':>8} {'added p50':>10} {'added p99':>10}")
            direct50, direct99 = percentile(times["direct"], 0.5), percentile(times["direct"], 0.99)
            for name in ("direct", "nginx", "lethe"):
                p50, p99 = percentile(times[name], 0.5), percentile(times[name], 0.99)
                added = f"{p50 - direct50:10.0f} {p99 - direct99:10.0f}" if name != "direct" else f"{'-':>10} {'-':>10}"
                print(f"{name:8} {p50:8.0f} {p99:8.0f} {added}")


if __name__ == "__main__":
    main()
