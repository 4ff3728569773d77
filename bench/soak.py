#!/usr/bin/env python3
"""Soak: REQUESTS (default 1,000,000) requests through lethe on loopback, streaming and not
mixed, while the first provider of the chain cycles through faults (errors, dropped
streams, slow answers) so the fallback path runs too. Samples lethe's RSS and open file
descriptors every second, prints the growth after warm-up, and draws the RSS curve as a
PNG (bench/soak-rss.png, no plotting library needed). Bounded: it stops at REQUESTS or
MAX_SECONDS (default 600), whichever comes first, and stops what it started.

  python3 bench/soak.py                    # needs wrk (apt-get install -y wrk)
  REQUESTS=200000 python3 bench/soak.py
"""
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LETHE = os.environ.get("LETHE", os.path.join(ROOT, "build", "lethe"))
MOCK = os.environ.get("LETHE_MOCK", os.path.join(ROOT, "build", "lethe-mock"))
REQUESTS = int(os.environ.get("REQUESTS", "1000000"))
MAX_SECONDS = int(os.environ.get("MAX_SECONDS", "600"))
PNG = os.environ.get("PNG", os.path.join(ROOT, "bench", "soak-rss.png"))

WRK_SCRIPT = r"""
local bodies = {
  '{"model":"default","messages":[{"role":"user","content":"soak plain ann@example.com"}]}',
  '{"model":"default","stream":true,"messages":[{"role":"user","content":"soak stream 4206 4583 3793 9858"}]}',
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/v1/chat/completions", {["Content-Type"] = "application/json"}, bodies[n % 2 + 1])
end
"""

FAULTS = [{}, {"fail_next": 20}, {}, {"drop_after": 2}, {}, {"latency_ms": 50}, {}, {"status": 500}]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_up(url):
    for _ in range(200):
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit("%s did not come up" % url)


def configure(port, fields):
    request = urllib.request.Request("http://127.0.0.1:%d/__mock/config" % port, data=json.dumps(fields).encode(),
                                     method="POST")
    urllib.request.urlopen(request, timeout=5).read()


def answered(port):
    """Requests lethe answered, by status, from its /metrics."""
    text = urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=5).read().decode()
    by_status = {}
    for line in text.splitlines():
        if line.startswith("lethe_requests_total{"):
            status = line.split('status="')[1].split('"')[0]
            by_status[status] = by_status.get(status, 0) + int(float(line.split()[-1]))
    return by_status


def sample(pid):
    with open("/proc/%d/status" % pid) as f:
        rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    return rss, len(os.listdir("/proc/%d/fd" % pid))


# A 3x5 pixel font for the axis numbers.
DIGITS = {
    "0": ["111", "101", "101", "101", "111"], "1": ["010", "110", "010", "010", "111"],
    "2": ["111", "001", "111", "100", "111"], "3": ["111", "001", "111", "001", "111"],
    "4": ["101", "101", "111", "001", "001"], "5": ["111", "100", "111", "001", "111"],
    "6": ["111", "100", "111", "101", "111"], "7": ["111", "001", "001", "001", "001"],
    "8": ["111", "101", "111", "101", "111"], "9": ["111", "101", "111", "001", "111"],
    ".": ["000", "000", "000", "000", "010"],
}


def png(path, points, width=900, height=420):
    """A line chart of (x, y) points as a PNG: white, grey axes and grid with their values
    (y: MB, x: seconds), a blue line."""
    margin = 50
    pixels = [[(255, 255, 255)] * width for _ in range(height)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x_max = max(xs) or 1
    y_low, y_high = 0, max(ys) * 1.2 or 1

    def plot(x, y, colour):
        if 0 <= x < width and 0 <= y < height:
            pixels[y][x] = colour

    def to_screen(x, y):
        return (int(margin + x / x_max * (width - 2 * margin)),
                int(height - margin - (y - y_low) / (y_high - y_low) * (height - 2 * margin)))

    def text(x, y, string, scale=2):
        for index, character in enumerate(string):
            for row, bits in enumerate(DIGITS.get(character, ["000"] * 5)):
                for column, bit in enumerate(bits):
                    if bit == "1":
                        for dx in range(scale):
                            for dy in range(scale):
                                plot(x + (index * 4 + column) * scale + dx, y + row * scale + dy, (60, 60, 60))

    for step in range(6):                                       # grid: six horizontal lines
        y = int(height - margin - step * (height - 2 * margin) / 5)
        for x in range(margin, width - margin):
            plot(x, y, (225, 225, 225))
        text(4, y - 5, "%.1f" % (y_low + step * (y_high - y_low) / 5))
    for step in range(6):                                       # seconds under the x axis
        x = int(margin + step * (width - 2 * margin) / 5)
        text(x - 6, height - margin + 8, "%d" % (step * x_max / 5))
    for x in range(margin, width - margin):
        plot(x, height - margin, (120, 120, 120))
    for y in range(margin, height - margin):
        plot(margin, y, (120, 120, 120))
    previous = None
    for x, y in points:
        current = to_screen(x, y)
        if previous is not None:
            (x0, y0), (x1, y1) = previous, current
            steps = max(abs(x1 - x0), abs(y1 - y0), 1)
            for i in range(steps + 1):
                px, py = x0 + (x1 - x0) * i // steps, y0 + (y1 - y0) * i // steps
                for dy in (0, 1):
                    plot(px, py + dy, (30, 90, 200))
        previous = current
    raw = b"".join(b"\x00" + bytes(c for pixel in row for c in pixel) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    work = tempfile.mkdtemp(prefix="lethe-soak-")
    flaky_port, steady_port, lethe_port = free_port(), free_port(), free_port()
    processes = [subprocess.Popen([MOCK, "--listen", "127.0.0.1:%d" % p, "--chunk_bytes", "16"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for p in (flaky_port, steady_port)]
    config = {
        "listen": "127.0.0.1:%d" % lethe_port, "workers": 1,
        "providers": [{"name": "flaky", "type": "openai", "base_url": "http://127.0.0.1:%d/v1" % flaky_port,
                       "api_key": "k"},
                      {"name": "steady", "type": "anthropic", "base_url": "http://127.0.0.1:%d/v1" % steady_port,
                       "api_key": "k"}],
        "routes": [{"name": "default", "chain": [{"target": "flaky/m", "timeout_ms": 2000},
                                                  {"target": "steady/m"}], "resume": True}],
        "breaker": {"failures": 50, "cooldown_ms": 500},
    }
    with open(os.path.join(work, "lethe.json"), "w") as f:
        json.dump(config, f)
    with open(os.path.join(work, "mix.lua"), "w") as f:
        f.write(WRK_SCRIPT)
    lethe = subprocess.Popen([LETHE, "-c", os.path.join(work, "lethe.json")], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    processes.append(lethe)
    try:
        wait_up("http://127.0.0.1:%d/healthz" % lethe_port)
        wait_up("http://127.0.0.1:%d/__mock/stats" % flaky_port)
        stop = threading.Event()

        def cycle_faults():
            i = 0
            while not stop.wait(2):
                i += 1
                configure(flaky_port, FAULTS[i % len(FAULTS)])
        threading.Thread(target=cycle_faults, daemon=True).start()
        samples = []
        done = 0
        started = time.monotonic()
        wrk = subprocess.Popen(["wrk", "-t2", "-c32", "-d%ds" % MAX_SECONDS, "-s", os.path.join(work, "mix.lua"),
                                "http://127.0.0.1:%d" % lethe_port], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
        while wrk.poll() is None:
            time.sleep(1)
            elapsed = time.monotonic() - started
            rss, fds = sample(lethe.pid)
            done = sum(answered(lethe_port).values())
            samples.append((elapsed, rss, fds, done))
            if done >= REQUESTS:
                wrk.terminate()
        wrk.communicate()
        stop.set()
        by_status = answered(lethe_port)
    finally:
        for p in processes:
            p.terminate()
        for p in processes:
            p.wait(timeout=10)
    warm = samples[max(1, len(samples) // 10)]
    end = samples[-1]
    growth = (end[1] - warm[1]) / warm[1] * 100
    print("requests answered: %d in %.0f s (%.0f/s), by status: %s" % (end[3], end[0], end[3] / end[0],
                                                                       json.dumps(by_status, sort_keys=True)))
    print("RSS after warm-up (%.0f s): %d KB; at the end: %d KB; growth %.1f%%" % (warm[0], warm[1], end[1], growth))
    print("open descriptors after warm-up: %d; at the end: %d" % (warm[2], end[2]))
    png(PNG, [(s[0], s[1] / 1024) for s in samples])
    with open(os.path.splitext(PNG)[0] + ".csv", "w") as f:
        f.write("seconds,rss_kb,open_fds,requests_answered\n")
        for s in samples:
            f.write("%.1f,%d,%d,%d\n" % s)
    print("curve: %s (RSS in MB over seconds), samples: %s" % (PNG, os.path.splitext(PNG)[0] + ".csv"))
    return 0 if growth < 5 and end[2] <= warm[2] + 2 else 1


if __name__ == "__main__":
    sys.exit(main())
