"""What the Python benchmarks share: where the binaries are, free loopback ports,
waiting for a server to answer."""
import os
import socket
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LETHE = os.environ.get("LETHE", os.path.join(ROOT, "build", "lethe"))
MOCK = os.environ.get("LETHE_MOCK", os.path.join(ROOT, "build", "lethe-mock"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url):
    for _ in range(200):
        try:
            with urllib.request.urlopen(url, timeout=1) as answer:
                return answer.read()
        except OSError:
            time.sleep(0.05)
    sys.exit(f"{url} did not come up")
