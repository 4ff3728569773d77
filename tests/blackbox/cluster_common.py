"""Shared pieces of the cluster-mode suites (cluster_*.py): a throwaway redis-server on a
free loopback port (no persistence, stopped with the suite), a few raw RESP commands to
look inside it, and N lethe instances sharing it.

Redis is the Debian redis-server package (.ci/install-deps); the system service is never
used."""
import os
import shutil
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, default_config, expect, free_port, hash_key, request,  # noqa: E402,F401
                     wait_until)


def redis_binary():
    return os.environ.get("REDIS_SERVER") or shutil.which("redis-server") or "/usr/bin/redis-server"


def start_redis(suite, port=None, debug=False):
    """A redis-server on loopback `port` (a free one by default), answering PING. `debug`:
    with the DEBUG command (to stall it on purpose)."""
    port = port or free_port()
    argv = [redis_binary(), "--port", str(port), "--bind", LOOPBACK, "--save", "", "--appendonly", "no",
            "--daemonize", "no", "--loglevel", "warning"]
    if debug:
        argv += ["--enable-debug-command", "yes"]
    process = suite.spawn("redis-server", argv)
    if not wait_until(lambda: not process.alive() or ping(port), 10):
        raise AssertionError("redis-server did not answer PING on port %d" % port)
    expect(process.alive(), "redis-server exited: %r" % (process.output(),))
    process.redis_port = port
    return process


def kill_redis(suite, process):
    """SIGKILL, as a crash: the suite stops counting it among the processes to end cleanly."""
    suite.processes = [(p, f) for p, f in suite.processes if p is not process]
    process.kill_group()
    process.popen.wait(timeout=10)


def _encode(args):
    out = b"*%d\r\n" % len(args)
    for a in args:
        a = a if isinstance(a, bytes) else str(a).encode()
        out += b"$%d\r\n%s\r\n" % (len(a), a)
    return out


def _read_reply(f):
    line = f.readline()
    if not line:
        raise OSError("redis closed the connection")
    kind, rest = line[:1], line[1:-2]
    if kind in (b"+", b"-"):
        return rest.decode() if kind == b"+" else RuntimeError(rest.decode())
    if kind == b":":
        return int(rest)
    if kind == b"$":
        n = int(rest)
        if n < 0:
            return None
        data = f.read(n + 2)
        return data[:-2]
    if kind == b"*":
        n = int(rest)
        return None if n < 0 else [_read_reply(f) for _ in range(n)]
    raise OSError("unexpected reply %r" % line)


def redis_command(port, *args, timeout=5):
    with socket.create_connection((LOOPBACK, port), timeout=timeout) as s:
        s.sendall(_encode(args))
        with s.makefile("rb") as f:
            return _read_reply(f)


def ping(port):
    try:
        return redis_command(port, "PING", timeout=1) == "PONG"
    except OSError:
        return False


def metric_sum(gw, name):
    """The sum over every series of the family `name` (0 when absent)."""
    r = request(gw.port, "GET", "/metrics", timeout=10)
    total = 0.0
    for line in r.text().splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            total += float(line.rsplit(" ", 1)[1])
    return total


def cluster_config(mock_port, redis_port, workers=2, **extra):
    cluster = {"redis": "redis://%s:%d/0" % (LOOPBACK, redis_port), "timeout_ms": 200}
    cluster.update(extra.pop("cluster", {}))
    if os.environ.get("LETHE_CLUSTER_OFF"):
        # To show what the suites catch: the same instances, each on its own (and a build
        # without cluster mode, LETHE=/work/baseline/lethe, accepts the config).
        return default_config(mock_port, workers=workers, **extra)
    cfg = default_config(mock_port, workers=workers, cluster=cluster, **extra)
    return cfg


def start_instances(suite, config, count=3):
    """`count` lethe instances with the same config on their own ports, each with every
    worker connected to Redis."""
    instances = []
    for _ in range(count):
        cfg = dict(config)
        cfg["listen"] = "%s:%d" % (LOOPBACK, free_port())
        instances.append(suite.lethe(cfg))
    for gw in instances:
        if "cluster" in config:
            wait_connected(gw, config.get("workers", 1))
    return instances


def wait_connected(gw, workers, timeout=15):
    if not wait_until(lambda: metric_sum(gw, "lethe_cluster_connected") >= workers, timeout, interval=0.05):
        raise AssertionError("instance on port %d: not every worker connected to Redis" % gw.port)


def settle(seconds):
    time.sleep(seconds)
