#!/usr/bin/env python3
"""Memory under streams, on loopback: lethe's RSS with many idle streams open, and its RSS
over time while one client reads a large stream slowly (backpressure keeps it flat).

    python3 bench/streams.py                   # 1000 idle streams, then the slow client
    STREAMS=2000 python3 bench/streams.py

Starts its own lethe-mock and lethe (build/), stops them at the end; bounded in time."""
from common import LETHE, MOCK, free_port, wait_up
import json, os, resource, signal, socket, subprocess, sys, tempfile, time, urllib.request

STREAMS = int(os.environ.get("STREAMS", "1000"))



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


def idle_streams(mock_url, lethe_port, lethe_pid):
    http(f"{mock_url}/__mock/config", {"first_byte_ms": 120000})
    base = http(f"{mock_url}/__mock/stats")["requests"]
    idle_rss = status_kib(lethe_pid, "VmRSS:")
    request = chat_request("waiting for a slow provider")
    sockets = []
    for _ in range(STREAMS):
        connection = socket.create_connection(("127.0.0.1", lethe_port))
        connection.sendall(request)
        sockets.append(connection)
    deadline = time.time() + 30
    while http(f"{mock_url}/__mock/stats")["requests"] - base < STREAMS and time.time() < deadline:
        time.sleep(0.1)
    in_flight = http(f"{mock_url}/__mock/stats")["requests"] - base
    time.sleep(0.5)
    rss = status_kib(lethe_pid, "VmRSS:")
    peak = status_kib(lethe_pid, "VmHWM:")
    print(f"idle streams: {in_flight} open (waiting for the first byte); lethe RSS {idle_rss} KiB idle -> "
          f"{rss} KiB, peak {peak} KiB, {(rss - idle_rss) / max(in_flight, 1):.1f} KiB per stream")
    for connection in sockets:
        connection.close()
    http(f"{mock_url}/__mock/config", {})


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
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    mock_port, lethe_port = free_port(), free_port()
    mock_url = f"http://127.0.0.1:{mock_port}"
    with tempfile.TemporaryDirectory() as work:
        config = os.path.join(work, "lethe.json")
        with open(config, "w") as out:
            json.dump({"listen": f"127.0.0.1:{lethe_port}",
                       "providers": [{"name": "mock", "type": "openai", "base_url": f"{mock_url}/v1", "api_key": "none"}],
                       "routes": [{"name": "default", "chain": [{"target": "mock/m", "timeout_ms": 300000}]}]}, out)
        mock = subprocess.Popen([MOCK, "--listen", f"127.0.0.1:{mock_port}"])
        lethe = subprocess.Popen([LETHE, "-c", config], stderr=subprocess.DEVNULL)
        try:
            wait_up(f"{mock_url}/__mock/stats")
            wait_up(f"http://127.0.0.1:{lethe_port}/healthz")
            slow_client(mock_url, lethe_port, lethe.pid)
            idle_streams(mock_url, lethe_port, lethe.pid)
        finally:
            for process in (lethe, mock):
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=10)


if __name__ == "__main__":
    main()
