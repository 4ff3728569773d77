#!/usr/bin/env python3
"""System calls per proxied request, lethe against nginx `proxy_pass`: `strace -c -f` on
the process that does the work (lethe's one worker, nginx's worker) while REQUESTS
(default 10,000) requests go through it, CONNECTIONS (default 8) kept-alive connections
at once. Prints calls per request by system call and in total.

    python3 bench/syscalls.py
    STREAM=1 REQUESTS=2000 python3 bench/syscalls.py

strace slows the traced process by an order of magnitude: the counts are what to read,
not its times. Needs ptrace (root, or kernel.yama.ptrace_scope=0)."""
from targets import Targets, request_bytes, read_answer
import os, re, selectors, shutil, signal, socket, subprocess, sys, time

REQUESTS = int(os.environ.get("REQUESTS", "10000"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "8"))
STREAM = os.environ.get("STREAM", "") not in ("", "0", "false")


def drive(port, total):
    """total requests over CONNECTIONS keep-alive connections, one in flight on each."""
    request = request_bytes(port, stream=STREAM)
    selector = selectors.DefaultSelector()
    sent = done = 0
    for _ in range(min(CONNECTIONS, total)):
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(request)
        sent += 1
        selector.register(connection, selectors.EVENT_READ)
    pending = {}
    while done < total:
        for key, _ in selector.select(timeout=10):
            connection = key.fileobj
            connection.setblocking(True)
            head, _ = read_answer(connection)
            if b" 200 " not in head.split(b"\r\n")[0]:
                sys.exit(f"answer not 200: {head[:200]!r}")
            done += 1
            if sent < total:
                connection.sendall(request)
                sent += 1
            else:
                selector.unregister(connection)
                connection.close()


def count(pid, port):
    out = f"/tmp/lethe-syscalls-{os.getpid()}-{pid}.txt"
    tracer = subprocess.Popen(["strace", "-c", "-f", "-qq", "-o", out, "-p", str(pid)])
    time.sleep(1.0)                       # attached before the first request
    drive(port, REQUESTS)
    tracer.send_signal(signal.SIGINT)
    tracer.wait(timeout=30)
    calls = {}
    for line in open(out):
        fields = line.split()
        if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] != "total":
            calls[fields[-1]] = int(fields[3])
    os.unlink(out)
    return calls


def main():
    if shutil.which("strace") is None:
        sys.exit("missing strace: apt-get install -y strace")
    with Targets() as targets:
        results = {name: count(targets.pids[name], targets.ports[name]) for name in ("nginx", "lethe")}
    names = sorted(set(results["nginx"]) | set(results["lethe"]),
                   key=lambda name: -(results["lethe"].get(name, 0) + results["nginx"].get(name, 0)))
    print(f"system calls per request, {REQUESTS} {'streaming' if STREAM else 'non-streaming'} requests "
          f"over {CONNECTIONS} connections")
    print(f"{'call':18} {'nginx':>8} {'lethe':>8}")
    for name in names:
        print(f"{name:18} {results['nginx'].get(name, 0) / REQUESTS:8.2f} {results['lethe'].get(name, 0) / REQUESTS:8.2f}")
    print(f"{'total':18} {sum(results['nginx'].values()) / REQUESTS:8.2f} {sum(results['lethe'].values()) / REQUESTS:8.2f}")


if __name__ == "__main__":
    main()
