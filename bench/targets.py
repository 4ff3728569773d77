"""Start lethe-mock, nginx `proxy_pass` to it (upstream keep-alive, one worker) and lethe
(one worker, scrubbing on) on loopback, as bench/compare.sh does, for the Python
benchmarks that compare the three. Everything started is stopped on exit."""
from common import LETHE, MOCK, free_port, wait_up
import json, os, shutil, signal, socket, subprocess, sys, tempfile, time

REPLY = ("Hello there, this is a canned answer of moderate length, about two hundred bytes, to look "
         "like a model's reply coming back from the simulated provider in sixteen-byte pieces.")
PROMPT = "Hello, how are you doing today? Tell me a short story about the sea."


def request_bytes(port, prompt=PROMPT, stream=False):
    body = json.dumps({"model": "mock/bench-model", "stream": stream,
                       "messages": [{"role": "user", "content": prompt}]}).encode()
    return (b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (port, len(body), body))


def read_answer(connection, pending=b""):
    """One HTTP/1.1 answer (Content-Length or chunked) from a blocking socket; returns the
    bytes read past it (none with one request in flight)."""
    data = pending
    while b"\r\n\r\n" not in data:
        more = connection.recv(65536)
        if not more:
            raise ConnectionError("closed before the head")
        data += more
    head, _, rest = data.partition(b"\r\n\r\n")
    lower = head.lower()
    if b"transfer-encoding: chunked" in lower:
        while not rest.endswith(b"0\r\n\r\n"):
            more = connection.recv(65536)
            if not more:
                raise ConnectionError("closed inside a chunked body")
            rest += more
        return head, b""
    length = int(lower.split(b"content-length:")[1].split(b"\r\n")[0])
    while len(rest) < length:
        more = connection.recv(65536)
        if not more:
            raise ConnectionError("closed inside the body")
        rest += more
    return head, rest[length:]


class Targets:
    """direct, nginx and lethe, with their ports and the pid of the process that does the
    work (nginx's worker, lethe's one worker)."""

    def __enter__(self):
        if shutil.which("nginx") is None:
            sys.exit("missing nginx: apt-get install -y nginx-light")
        self.work = tempfile.mkdtemp()
        self.processes = []
        mock_port, nginx_port, lethe_port = free_port(), free_port(), free_port()
        self.processes.append(subprocess.Popen([MOCK, "--listen", f"127.0.0.1:{mock_port}", "--reply", REPLY,
                                                "--chunk_bytes", "16"]))
        nginx_dir = os.path.join(self.work, "nginx")
        os.mkdir(nginx_dir)
        with open(os.path.join(nginx_dir, "nginx.conf"), "w") as out:
            out.write(f"""worker_processes 1;
daemon off;
pid {nginx_dir}/nginx.pid;
error_log {nginx_dir}/error.log;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {nginx_dir}/body;
    proxy_temp_path {nginx_dir}/proxy;
    upstream mock {{ server 127.0.0.1:{mock_port}; keepalive 64; keepalive_requests 10000000; }}
    keepalive_requests 10000000;
    server {{
        listen 127.0.0.1:{nginx_port};
        location / {{
            proxy_pass http://mock;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }}
    }}
}}
""")
        self.processes.append(subprocess.Popen(["nginx", "-c", f"{nginx_dir}/nginx.conf", "-p", nginx_dir],
                                               stderr=subprocess.DEVNULL))
        config = os.path.join(self.work, "lethe.json")
        with open(config, "w") as out:
            json.dump({"listen": f"127.0.0.1:{lethe_port}", "workers": 1,
                       "providers": [{"name": "mock", "type": "openai", "base_url": f"http://127.0.0.1:{mock_port}/v1",
                                      "api_key": "bench"}],
                       "routes": [{"name": "default", "chain": [{"target": "mock/bench-model"}]}]}, out)
        lethe = subprocess.Popen([LETHE, "-c", config], stderr=subprocess.DEVNULL)
        self.processes.append(lethe)
        wait_up(f"http://127.0.0.1:{mock_port}/__mock/stats")
        wait_up(f"http://127.0.0.1:{lethe_port}/healthz")
        pid_file = os.path.join(nginx_dir, "nginx.pid")
        for _ in range(100):
            if os.path.exists(pid_file) and os.path.getsize(pid_file) > 0:
                break
            time.sleep(0.05)
        master = int(open(pid_file).read())
        children = open(f"/proc/{master}/task/{master}/children").read().split()
        self.ports = {"direct": mock_port, "nginx": nginx_port, "lethe": lethe_port}
        self.pids = {"nginx": int(children[0]), "lethe": lethe.pid}
        for name, port in self.ports.items():     # each answers before anything is measured
            with socket.create_connection(("127.0.0.1", port)) as connection:
                connection.sendall(request_bytes(port))
                head, _ = read_answer(connection)
                if b" 200 " not in head.split(b"\r\n")[0]:
                    sys.exit(f"{name} did not answer 200: {head[:200]!r}")
        return self

    def __exit__(self, *exc):
        for process in reversed(self.processes):
            process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.work, ignore_errors=True)
