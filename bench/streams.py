#!/usr/bin/env python3
"""Memory under streams, on loopback: lethe's RSS with many idle streams open, and its RSS
over time while one client reads a large stream slowly (backpressure keeps it flat).

    python3 bench/streams.py                   # 10,000 streams open at once, then the slow client
    STREAMS=1000 python3 bench/streams.py

Starts its own lethe-mock and lethe (build/), stops them at the end; bounded in time."""
from common import LETHE, MOCK, free_port, wait_up
import json, os, resource, selectors, signal, socket, subprocess, sys, tempfile, time, urllib.request

STREAMS = int(os.environ.get("STREAMS", "10000"))



def http(url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(url, data, timeout=5) as answer:
        return json.loads(answer.read())



def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def chat_request(text, stream=True):
    body = json.dumps({"model": "mock/m", "stream": stream,
                       "messages": [{"role": "user", "content": text}]}).encode()
    return (b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def open_streams(mock_url, lethe_port, lethe_pid):
    """STREAMS streaming requests held open at once (the mock holds each first byte until
    all are in), then released: RSS per open stream, and every stream must complete."""
    hold_ms = 20000 + STREAMS * 2
    http(f"{mock_url}/__mock/config", {"first_byte_ms": hold_ms, "chunk_bytes": 64})
    base = http(f"{mock_url}/__mock/stats")["requests"]
    idle_rss = status_kib(lethe_pid, "VmRSS:")
    request = chat_request("waiting for a slow provider, then a short answer")
    selector = selectors.DefaultSelector()
    opened = time.time()
    for _ in range(STREAMS):
        connection = socket.create_connection(("127.0.0.1", lethe_port))
        connection.setblocking(False)
        connection.sendall(request)
        selector.register(connection, selectors.EVENT_READ, bytearray())
    deadline = opened + hold_ms / 1000 - 2
    while http(f"{mock_url}/__mock/stats")["requests"] - base < STREAMS and time.time() < deadline:
        time.sleep(0.2)
    in_flight = http(f"{mock_url}/__mock/stats")["requests"] - base
    time.sleep(0.5)
    rss = status_kib(lethe_pid, "VmRSS:")
    # Every stream gets its answer once the mock lets the first bytes go; read them all.
    complete = 0
    finish_by = opened + hold_ms / 1000 + 60
    while selector.get_map() and time.time() < finish_by:
        for key, _ in selector.select(timeout=1):
            try:
                data = key.fileobj.recv(65536)
            except BlockingIOError:
                continue
            key.data.extend(data)
            if not data or key.data.endswith(b"0\r\n\r\n"):
                complete += b"data: [DONE]" in key.data
                if b"data: [DONE]" not in key.data and os.environ.get("STREAMS_DEBUG"):
                    print("incomplete:", bytes(key.data[:300]))
                selector.unregister(key.fileobj)
                key.fileobj.close()
    for key in list(selector.get_map().values()):
        key.fileobj.close()
    peak = status_kib(lethe_pid, "VmHWM:")
    # A worker that held 256 or more at once gives its free heap back a second after.
    time.sleep(2.5)
    after = status_kib(lethe_pid, "VmRSS:")
    per_stream = (rss - idle_rss) / max(in_flight, 1)
    print(f"open streams: {in_flight} of {STREAMS} open at once (the provider holding the first byte); "
          f"lethe RSS {idle_rss} KiB idle -> {rss} KiB ({rss / 1024:.0f} MB), peak {peak} KiB "
          f"({peak / 1024:.0f} MB), {after} KiB after ({after / 1024:.0f} MB); "
          f"{per_stream:.1f} KiB per stream; {complete} of {STREAMS} completed with [DONE]")
    http(f"{mock_url}/__mock/config", {})
    return in_flight == STREAMS and complete == STREAMS


def slow_client(mock_url, lethe_port, lethe_pid):
    reply = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 60000)[:3 * 1024 * 1024]
    http(f"{mock_url}/__mock/config", {"reply": reply, "chunk_bytes": 4096})
    connection = socket.create_connection(("127.0.0.1", lethe_port))
    connection.sendall(chat_request("a long answer, please"))
    received, samples, started = 0, [status_kib(lethe_pid, "VmRSS:")], time.time()
    # Read 64 KiB every 50 ms (about 1.3 MB/s) while the provider could send far faster.
    while time.time() - started < 60:
        data = connection.recv(64 * 1024)
        if not data:
            break
        received += len(data)
        samples.append(status_kib(lethe_pid, "VmRSS:"))
        if data.endswith(b"data: [DONE]\n\n\r\n0\r\n\r\n") or b"0\r\n\r\n" == data[-5:]:
            break
        time.sleep(0.05)
    connection.close()
    http(f"{mock_url}/__mock/config", {})
    print(f"slow client: {received / 1e6:.1f} MB streamed in {time.time() - started:.1f} s; lethe RSS "
          f"{samples[0]} KiB before, {min(samples)}-{max(samples)} KiB while streaming ({len(samples)} samples)")


def main():
    # Each stream holds two descriptors in lethe (client and provider) and one here and in
    # the mock: ask for room for all of them (root may raise the hard limit), else take
    # the hard limit. lethe raises its own soft limit to the hard one it inherits.
    wanted = 2 * STREAMS + 1024
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(wanted, hard), max(wanted, hard)))
    except (ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    mock_port, lethe_port = free_port(), free_port()
    mock_url = f"http://127.0.0.1:{mock_port}"
    with tempfile.TemporaryDirectory() as work:
        config = os.path.join(work, "lethe.json")
        with open(config, "w") as out:
            # One worker, so that lethe.pid is the process that holds every stream.
            json.dump({"listen": f"127.0.0.1:{lethe_port}", "workers": 1,
                       "providers": [{"name": "mock", "type": "openai", "base_url": f"{mock_url}/v1", "api_key": "none"}],
                       "routes": [{"name": "default", "chain": [{"target": "mock/m", "timeout_ms": 300000}]}]}, out)
        mock = subprocess.Popen([MOCK, "--listen", f"127.0.0.1:{mock_port}"])
        lethe = subprocess.Popen([LETHE, "-c", config], stderr=subprocess.DEVNULL)
        try:
            wait_up(f"{mock_url}/__mock/stats")
            wait_up(f"http://127.0.0.1:{lethe_port}/healthz")
            # Streams first, on a fresh process: the slow client's 3 MB would otherwise
            # leave heap behind that the streams then reuse, hiding their cost.
            all_completed = open_streams(mock_url, lethe_port, lethe.pid)
            slow_client(mock_url, lethe_port, lethe.pid)
        finally:
            for process in (lethe, mock):
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=10)
    sys.exit(0 if all_completed else 1)


if __name__ == "__main__":
    main()
