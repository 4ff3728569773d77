"""Shared pieces of lethe's black-box tests (python3 standard library only).

Each test file is a script that starts build/lethe-mock (env LETHE_MOCK) and build/lethe
(env LETHE) on loopback ports, drives them over HTTP, and prints TAP:

    from harness import *
    with Suite() as suite:
        mock = suite.mock()
        gw = suite.lethe(default_config(mock.port))
        suite.case("healthz answers", check_healthz, gw)

Every process a suite started is stopped at the end (SIGTERM, then SIGKILL after 5 s),
even when a case raised, and each one becomes a test point of its own: it must exit 0,
print no sanitizer report, and (for lethe) never print the prompt canary.
"""
import atexit
import http.client
import http.server
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback

LOOPBACK = "127.0.0.1"

# A distinctive string put into prompts: it must never appear in an error body nor in
# anything lethe prints.
CANARY = "CANARY-zq7x-Prompt-9f3e1b"

# Each test file must finish well inside meson's timeout; the watchdog bails out first.
FILE_DEADLINE_S = 58
# How long a program may take to answer its first request: a sanitizer build compiles the
# pattern database several times slower, and far slower again on a loaded machine (10 s was
# seen to be too short there). A bound, not a timing: a healthy start takes under 3 s.
START_BOUND_S = 20

SANITIZER_MARKERS = (
    "AddressSanitizer",
    "LeakSanitizer",
    "UndefinedBehaviorSanitizer",
    "ThreadSanitizer",
    "MemorySanitizer",
    "runtime error:",
)

_all_processes = []


def lethe_path():
    return os.environ.get("LETHE") or os.path.join(_repo_build(), "lethe")


def mock_path():
    return os.environ.get("LETHE_MOCK") or os.path.join(_repo_build(), "lethe-mock")


def _repo_build():
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build")


def free_port():
    """A loopback port that was free a moment ago (bind port 0, read it, close)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]
    finally:
        s.close()


def dead_port():
    """A port with nothing listening that nobody else can take while the socket lives.

    Returns (port, socket): a connection to it is refused. Keep the socket open while the
    port is in use, close it afterwards."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((LOOPBACK, 0))
    return s.getsockname()[1], s


def sanitizer_report(text):
    for marker in SANITIZER_MARKERS:
        if marker in text:
            return marker
    return None


def sanitizer_excerpt(text, limit=5000):
    """The start of the first sanitizer report in `text` (its headline and first stacks),
    and its SUMMARY lines; None if there is none."""
    lines = text.splitlines()
    start = next((i for i, l in enumerate(lines) if "ERROR: " in l and "Sanitizer" in l
                  or "runtime error:" in l), None)
    if start is None:
        return None
    excerpt = "\n".join(lines[max(0, start - 2):])
    if len(excerpt) <= limit:
        return excerpt
    summaries = [l for l in lines if l.startswith("SUMMARY:")]
    return excerpt[:limit] + "\n...\n" + "\n".join(summaries)


def tail(text, limit=3000):
    text = text if isinstance(text, str) else text.decode("utf-8", "replace")
    return text if len(text) <= limit else "...\n" + text[-limit:]


class ProcessFailed(Exception):
    pass


class Process:
    """A subprocess with its stdout and stderr in files, stopped with SIGTERM then SIGKILL."""

    def __init__(self, name, argv, workdir, env=None):
        self.name = name
        self.argv = argv
        self.out_path = os.path.join(workdir, "%s.%d.out" % (name, len(_all_processes)))
        self.err_path = os.path.join(workdir, "%s.%d.err" % (name, len(_all_processes)))
        self.out_file = open(self.out_path, "wb")
        self.err_file = open(self.err_path, "wb")
        self.popen = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=self.out_file,
                                      stderr=self.err_file, env=env, start_new_session=True)
        self.pid = self.popen.pid
        self.returncode = None
        self.killed = False
        self.stopped = False
        _all_processes.append(self)

    def kill_group(self):
        """SIGKILL the process and whatever it started (its own session and group)."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            self.popen.kill()
        except OSError:
            pass

    def alive(self):
        return self.popen.poll() is None

    def output(self):
        """(stdout, stderr) as text, as far as written."""
        with open(self.out_path, "rb") as f:
            out = f.read().decode("utf-8", "replace")
        with open(self.err_path, "rb") as f:
            err = f.read().decode("utf-8", "replace")
        return out, err

    def stop(self, grace=5.0):
        """SIGTERM, wait up to `grace` seconds, then SIGKILL. Returns the exit status."""
        if self.stopped:
            return self.returncode
        self.stopped = True
        if self.popen.poll() is None:
            try:
                self.popen.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.popen.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.killed = True
                self.kill_group()
                self.popen.wait(timeout=5)
        self.returncode = self.popen.returncode
        self.out_file.close()
        self.err_file.close()
        return self.returncode

    def problems(self, forbid=()):
        """What is wrong with how this process ended, as a list of strings (empty: fine)."""
        out, err = self.output()
        found = []
        if self.killed:
            found.append("did not exit within 5 s of SIGTERM (killed)")
        elif self.returncode is None:
            found.append("still running")
        elif self.returncode < 0:
            found.append("died from signal %d" % -self.returncode)
        elif self.returncode != 0:
            found.append("exited with status %d" % self.returncode)
        marker = sanitizer_report(out + err)
        if marker:
            found.append("printed a sanitizer report (%s)" % marker)
        for text in forbid:
            if text in out or text in err:
                found.append("printed the forbidden text %r" % text)
        return found


def _kill_everything():
    for p in _all_processes:
        if p.popen.poll() is None:
            p.kill_group()


atexit.register(_kill_everything)


# --------------------------------------------------------------------------------------
# HTTP


class Response:
    def __init__(self, status, reason, headers, body):
        self.status = status
        self.reason = reason
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes

    def header(self, name, default=None):
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return default

    def header_all(self, name):
        name = name.lower()
        return [v for k, v in self.headers if k.lower() == name]

    def json(self):
        return json.loads(self.body)

    def text(self):
        return self.body.decode("utf-8", "replace")

    def __repr__(self):
        return "<Response %d %s: %s>" % (self.status, self.reason, tail(self.body, 400))


def request(port, method, path, body=None, headers=None, timeout=10.0, host=LOOPBACK):
    """One request on a fresh connection; returns a Response with the whole body."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        hdrs = {}
        if body is not None:
            hdrs["Content-Type"] = "application/json"
        hdrs.update(headers or {})
        conn.request(method, path, body=body, headers=hdrs)
        r = conn.getresponse()
        data = r.read()
        return Response(r.status, r.reason, r.getheaders(), data)
    finally:
        conn.close()


def get_json(port, path, timeout=10.0):
    r = request(port, "GET", path, timeout=timeout)
    if r.status != 200:
        raise AssertionError("GET %s: %r" % (path, r))
    return r.json()


def chat_payload(text, model="mock/mock-model", stream=False, include_usage=None, **extra):
    p = {"model": model, "messages": [{"role": "user", "content": text}]}
    if stream:
        p["stream"] = True
    if include_usage is not None:
        p["stream_options"] = {"include_usage": include_usage}
    p.update(extra)
    return p


def chat(port, text, model="mock/mock-model", headers=None, timeout=10.0, **extra):
    """Non-streaming chat completion; returns the Response."""
    return request(port, "POST", "/v1/chat/completions", chat_payload(text, model, **extra),
                   headers=headers, timeout=timeout)


def open_stream(port, payload, headers=None, timeout=10.0, path="/v1/chat/completions"):
    """POST a streaming request; returns (connection, http.client.HTTPResponse) with the
    body unread. The caller closes the connection."""
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout)
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    hdrs = {"Content-Type": "application/json", "Accept": "text/event-stream"}
    hdrs.update(headers or {})
    conn.request("POST", path, body=body, headers=hdrs)
    return conn, conn.getresponse()


class SSEEvent:
    def __init__(self, data, event=None):
        self.data = data        # bytes: the data lines joined with b"\n"
        self.event = event      # the `event:` field, or None

    def text(self):
        return self.data.decode("utf-8")   # strict: a stream must be valid UTF-8

    def json(self):
        return json.loads(self.text())

    def __repr__(self):
        return "<SSEEvent %s%r>" % ("%s " % self.event if self.event else "", tail(self.data, 300))


class SSEReader:
    """Parses a text/event-stream body into events, one at a time, so a test can stop early.

    `source` is anything with readline() (an http.client.HTTPResponse). A body that ends
    before its HTTP framing does (IncompleteRead, reset) sets `truncated`."""

    def __init__(self, source):
        self.source = source
        self.eof = False
        self.truncated = None          # None, or a description of how the body was cut
        self.partial = False           # bytes of an unterminated event were left at EOF
        self.raw = bytearray()

    def _readline(self):
        try:
            line = self.source.readline()
        except http.client.IncompleteRead as e:
            self.truncated = "IncompleteRead (%d bytes)" % len(e.partial)
            line = e.partial
            self.eof = True
        except (ConnectionResetError, BrokenPipeError) as e:
            self.truncated = repr(e)
            line = b""
            self.eof = True
        if not line:
            self.eof = True
        self.raw += line
        return line

    def next(self):
        """The next event, or None at the end of the body."""
        data_lines = []
        event = None
        seen = False
        while not self.eof:
            line = self._readline()
            if not line:
                break
            line = line.rstrip(b"\r\n") if line.endswith(b"\n") else line
            if line == b"":
                if seen:
                    return SSEEvent(b"\n".join(data_lines) if data_lines else b"", event)
                continue
            seen = True
            if line.startswith(b":"):
                continue
            field, _, value = line.partition(b":")
            if value.startswith(b" "):
                value = value[1:]
            if field == b"data":
                data_lines.append(value)
            elif field == b"event":
                event = value.decode("utf-8", "replace")
        if seen and data_lines:
            self.partial = True
        return None

    def __iter__(self):
        while True:
            ev = self.next()
            if ev is None:
                return
            yield ev


class OpenAIStream:
    """The result of reading a whole OpenAI-dialect stream."""

    def __init__(self, events, reader):
        self.events = events
        self.reader = reader
        self.done_index = None
        self.chunks = []               # parsed JSON of every data event but [DONE]
        self.after_done = []
        for i, ev in enumerate(events):
            if ev.data == b"[DONE]":
                if self.done_index is None:
                    self.done_index = i
                continue
            if self.done_index is not None:
                self.after_done.append(ev)
            self.chunks.append(ev.json())

    @property
    def done(self):
        return self.done_index is not None

    def content(self):
        parts = []
        for c in self.chunks:
            for choice in c.get("choices") or []:
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    parts.append(delta["content"])
        return "".join(parts)


def read_openai_stream(resp):
    reader = SSEReader(resp)
    events = list(reader)
    return OpenAIStream(events, reader)


def openai_stream_parts(raw, forbid_data_after_error=False):
    """(content, done, error) of a raw OpenAI chat stream: the deltas' content joined, whether
    "data: [DONE]" came, and the last error event's `error` (None: none). With
    forbid_data_after_error, any data line after an error event fails the case."""
    content, done, error = "", False, None
    for line in raw.split("\n"):
        if not line.startswith("data: "):
            continue
        if forbid_data_after_error:
            expect(error is None, "data after the error event", raw[-400:])
        if line == "data: [DONE]":
            done = True
            continue
        chunk = json.loads(line[6:])
        if "error" in chunk:
            error = chunk["error"]
            continue
        for choice in chunk.get("choices") or []:
            content += (choice.get("delta") or {}).get("content") or ""
    return content, done, error


class TelemetryCollector:
    """A loopback HTTP server that takes lethe's telemetry batches (POST, answered 204) and
    keeps each body as it came; close() stops it."""

    def __init__(self):
        self.bodies = []
        collector = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                collector.bodies.append(self.rfile.read(length).decode("utf-8", "replace"))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def batches(self):
        return [json.loads(body) for body in self.bodies]

    def events(self):
        return [e for batch in self.batches() for e in batch["events"]]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def stream_chat(port, text, model="mock/mock-model", include_usage=None, headers=None, timeout=15.0,
                **extra):
    """A whole streamed chat completion: returns (HTTPResponse, OpenAIStream)."""
    conn, resp = open_stream(port, chat_payload(text, model, stream=True, include_usage=include_usage,
                                                **extra), headers=headers, timeout=timeout)
    try:
        if resp.status != 200:
            body = resp.read()
            raise AssertionError("stream answered %d: %s" % (resp.status, tail(body, 600)))
        return resp, read_openai_stream(resp)
    finally:
        conn.close()


def raw_exchange(port, head, body_pieces=(), timeout=10.0, pause=0.0):
    """Send a hand-made request (`head` bytes, then each piece of `body_pieces`), stop sending
    as soon as the server answers or closes, and read the answer.

    Returns (Response or None, info) where info says how far the sending got."""
    sock = socket.create_connection((LOOPBACK, port), timeout=timeout)
    info = {"sent": 0, "send_error": None, "answered_early": False}
    try:
        sock.sendall(head)
        for piece in body_pieces:
            r, _, _ = select.select([sock], [], [], 0)
            if r:
                info["answered_early"] = True
                break
            try:
                sock.sendall(piece)
                info["sent"] += len(piece)
            except (BrokenPipeError, ConnectionResetError) as e:
                info["send_error"] = repr(e)
                break
            if pause:
                time.sleep(pause)
        resp = http.client.HTTPResponse(sock, method="POST")
        try:
            resp.begin()
            data = resp.read()
        except (ConnectionResetError, http.client.RemoteDisconnected, http.client.BadStatusLine) as e:
            info["read_error"] = repr(e)
            return None, info
        return Response(resp.status, resp.reason, resp.getheaders(), data), info
    finally:
        sock.close()


# --------------------------------------------------------------------------------------
# /proc/net/tcp


def established_with_port(port):
    """Every ESTABLISHED TCP connection on this host with `port` at either end, as a list
    of (local_port, remote_port)."""
    found = []
    for path in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(path) as f:
                lines = f.read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) < 4 or fields[3] != "01":
                continue
            lport = int(fields[1].rsplit(":", 1)[1], 16)
            rport = int(fields[2].rsplit(":", 1)[1], 16)
            if lport == port or rport == port:
                found.append((lport, rport))
    return found


def children_of(pid):
    """Pids of the live processes whose parent is `pid`, with their command names."""
    kids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        rest = stat[stat.rindex(")") + 2:].split()
        if int(rest[1]) == pid:
            kids.append((int(entry), comm))
    return kids


def process_gone(pid):
    """True if `pid` no longer runs (absent, or a zombie waiting for its reaper)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            stat = f.read()
    except OSError:
        return True
    state = stat[stat.rindex(")") + 2:].split()[0]
    return state in ("Z", "X")


# --------------------------------------------------------------------------------------
# the programs


class Mock:
    def __init__(self, process, port):
        self.process = process
        self.port = port

    def base_url(self, suffix="/v1"):
        return "http://%s:%d%s" % (LOOPBACK, self.port, suffix)

    def configure(self, **fields):
        r = request(self.port, "POST", "/__mock/config", fields, timeout=10)
        if r.status // 100 != 2:
            raise AssertionError("mock refused config %r: %r" % (list(fields), r))

    def reset(self):
        self.configure()

    def last(self):
        return get_json(self.port, "/__mock/last")

    def requests(self):
        return get_json(self.port, "/__mock/stats")["requests"]


class Lethe:
    def __init__(self, process, port, config):
        self.process = process
        self.port = port
        self.config = config


def default_config(mock_port, port=None, **extra):
    cfg = {
        "listen": "%s:%d" % (LOOPBACK, port or free_port()),
        "workers": 1,
        "providers": [{"name": "mock", "type": "openai",
                       "base_url": "http://%s:%d/v1" % (LOOPBACK, mock_port),
                       "api_key": "test-key-123"}],
        "routes": [{"name": "default", "chain": [{"target": "mock/mock-model", "timeout_ms": 5000}]}],
    }
    cfg.update(extra)
    return cfg


def three_format_config(mock_port, routes=None, **extra):
    """A config with one provider per wire format the mock speaks, all at the one mock: oa (openai),
    an (anthropic) and ge (gemini); `routes` replaces the default route to oa/model-x, `extra` adds
    top-level members (keys, prices, access_log ...)."""
    url = "http://%s:%d" % (LOOPBACK, mock_port)
    cfg = {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": 1,
        "providers": [
            {"name": "oa", "type": "openai", "base_url": url + "/v1", "api_key": "k-openai"},
            {"name": "an", "type": "anthropic", "base_url": url + "/v1", "api_key": "k-anthropic"},
            {"name": "ge", "type": "gemini", "base_url": url + "/v1beta", "api_key": "k-gemini"},
        ],
        "routes": routes or [{"name": "default", "chain": [{"target": "oa/model-x", "timeout_ms": 5000}]}],
    }
    cfg.update(extra)
    return cfg


def hash_key(key):
    """The config `hash` of an API key, as `lethe --hash-key` makes it."""
    return subprocess.run([lethe_path(), "--hash-key"], input=key, capture_output=True, text=True,
                          timeout=10).stdout.strip()


def expect_unseen(body, values, what):
    """None of `values` in a request body a provider got: neither as written nor once its JSON
    escapes are decoded, so an escape cannot hide a leak."""
    decoded = json.dumps(json.loads(body), ensure_ascii=False)
    for value in values:
        expect(value not in body and value not in decoded, "%s: the provider saw a %d-byte value" % (what, len(value)))


def sent_json(mock):
    """The body of the mock's last request, parsed."""
    return json.loads(mock.last()["body"])


def leaked_values(body, values):
    """Those of `values` a request body a provider got holds, read as expect_unseen reads it: as
    written or once its JSON escapes are decoded."""
    decoded = json.dumps(json.loads(body), ensure_ascii=False)
    return [value for value in values if value in body or value in decoded]


def _chat_through(gw, text, number):
    """Send `text` as a chat through gateway `gw` to the mock (which answers with what it got) and
    return the answer's content; a failure names the case by its number, never by its text."""
    r = chat(gw.port, text)
    expect(r.status == 200, "case %d: status %d, wanted 200" % (number, r.status))
    return r.json()["choices"][0]["message"]["content"]


def expect_cases_unseen(gw, mock, cases, what="values"):
    """Send each (text, values) of `cases` through gateway `gw` to `mock`: the client must get its
    text back and the provider must see none of the values. Every case is sent before the verdict,
    so it counts all the leaks. A failure tells case numbers and lengths only: a test must not print
    the values it guards, even made-up ones, since its log is content too."""
    leaks = []
    total = 0
    for number, (text, values) in enumerate(cases, 1):
        answer = _chat_through(gw, text, number)
        expect(answer == text, "case %d: the answer is not restored (%d bytes back for %d sent)"
               % (number, len(answer.encode()), len(text.encode())))
        total += len(values)
        leaks += ["%d:%d" % (number, len(value.encode()))
                  for value in leaked_values(mock.last()["body"], values)]
    expect(not leaks, "the provider saw %d of %d %s (case:bytes): %s" % (len(leaks), total, what, ", ".join(leaks)))


def expect_cases_kept(gw, mock, cases, what="texts"):
    """Send each of `cases` through gateway `gw` to `mock`: a case that is a text must reach the
    provider as written; a case that is (text, part) must keep at least `part` as written. Every case
    is sent before the verdict; a failure tells case numbers (and where a whole text first differs)
    only, not what the provider got, which may hold a value another part of the text guards."""
    changed = []
    for number, case in enumerate(cases, 1):
        text, part = (case, None) if isinstance(case, str) else case
        _chat_through(gw, text, number)
        sent = sent_json(mock)["messages"][0]["content"]
        if part is not None:
            if part not in sent:
                changed.append("%d" % number)
        elif sent != text:
            same = next((i for i, (a, b) in enumerate(zip(sent, text)) if a != b), min(len(sent), len(text)))
            changed.append("%d from character %d" % (number, same))
    expect(not changed, "%d of %d %s were masked: %s" % (len(changed), len(cases), what, ", ".join(changed)))


def wait_until(predicate, timeout, interval=0.02):
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def _answers(port, path):
    try:
        r = request(port, "GET", path, timeout=2)
        return r.status == 200
    except (OSError, http.client.HTTPException):
        return False


# --------------------------------------------------------------------------------------
# TAP and the suite


class Tap:
    def __init__(self, out=sys.stdout):
        self.out = out
        self.count = 0
        self.failed = 0

    def diag(self, text):
        for line in str(text).splitlines() or [""]:
            self.out.write("# %s\n" % line)
        self.out.flush()

    def point(self, ok, name, diagnostics=None):
        self.count += 1
        if not ok:
            self.failed += 1
        name = name.replace("#", "\\#").replace("\n", " ")
        self.out.write("%s %d - %s\n" % ("ok" if ok else "not ok", self.count, name))
        if diagnostics:
            self.diag(diagnostics)
        self.out.flush()

    def plan(self):
        self.out.write("1..%d\n" % self.count)
        self.out.flush()


class Suite:
    """Runs a file's cases as TAP test points and owns every process they start."""

    def __init__(self):
        self.tap = Tap()
        self.processes = []           # (Process, forbid)
        self.workdir = tempfile.TemporaryDirectory(prefix="lethe-bb-")
        self.started = time.monotonic()
        signal.signal(signal.SIGALRM, self._watchdog)
        signal.alarm(FILE_DEADLINE_S)

    def _watchdog(self, signum, frame):
        self.tap.point(False, "the file finished within %d s" % FILE_DEADLINE_S,
                       "watchdog fired in:\n" + "".join(traceback.format_stack(frame)[-6:]))
        _kill_everything()
        for p, _ in self.processes:
            out, err = p.output()
            self.tap.diag("%s stderr:\n%s" % (p.name, tail(err, 1500)))
        self.tap.plan()
        os._exit(1)

    # -- processes

    def spawn(self, name, argv, env=None, forbid=()):
        p = Process(name, argv, self.workdir.name, env=env)
        self.processes.append((p, forbid))
        return p

    def mock(self, *flags, port=None):
        port = port or free_port()
        p = self.spawn("lethe-mock", [mock_path(), "--listen", "%s:%d" % (LOOPBACK, port)] + list(flags))
        if not wait_until(lambda: not p.alive() or _answers(port, "/__mock/stats"), START_BOUND_S):
            raise ProcessFailed("lethe-mock did not answer GET /__mock/stats within %d s" % START_BOUND_S)
        if not p.alive():
            out, err = p.output()
            raise ProcessFailed("lethe-mock exited with %s:\n%s" % (p.popen.returncode, tail(out + err)))
        return Mock(p, port)

    def lethe(self, config, args=(), env=None, wait=True):
        """Start lethe with `config` (a dict, written to a temp file) and wait for /healthz."""
        listen = config["listen"]
        port = int(listen.rsplit(":", 1)[1])
        path = os.path.join(self.workdir.name, "config-%d.json" % len(_all_processes))
        with open(path, "w") as f:
            json.dump(config, f)
        p = self.spawn("lethe", [lethe_path(), "-c", path] + list(args), env=env, forbid=(CANARY,))
        if wait:
            if not wait_until(lambda: not p.alive() or _answers(port, "/healthz"), START_BOUND_S):
                raise ProcessFailed("lethe did not answer GET /healthz within %d s" % START_BOUND_S)
            if not p.alive():
                out, err = p.output()
                raise ProcessFailed("lethe exited with %s:\n%s" % (p.popen.returncode, tail(out + err)))
        return Lethe(p, port, config)

    def gateway(self, mock_flags=(), **config_extra):
        """A fresh mock and a lethe in front of it with the default config."""
        mock = self.mock(*mock_flags)
        gw = self.lethe(default_config(mock.port, **config_extra))
        return mock, gw

    def stop(self, process, name=None):
        """Stop one process now and make its ending a test point."""
        for i, (p, forbid) in enumerate(self.processes):
            if p is process:
                del self.processes[i]
                p.stop()
                self._check_ending(p, forbid, name)
                return

    def _check_ending(self, p, forbid, name=None):
        problems = p.problems(forbid)
        label = name or "%s (pid %d) stopped cleanly: exit 0 on SIGTERM, no sanitizer report%s" % (
            p.name, p.pid, ", no prompt text in its output" if forbid else "")
        diag = None
        if problems:
            out, err = p.output()
            diag = "; ".join(problems) + "\nargv: %s\nstdout:\n%s\nstderr:\n%s" % (
                " ".join(p.argv), tail(out, 1500), sanitizer_excerpt(err) or tail(err, 4000))
        self.tap.point(not problems, label, diag)

    # -- cases

    def case(self, name, fn, *args, **kwargs):
        """Run one case: it passes unless it raises. Returns what fn returned, or None."""
        t0 = time.monotonic()
        try:
            result = fn(*args, **kwargs)
        except Exception as e:  # noqa: BLE001 - every failure becomes a TAP line
            detail = "".join(traceback.format_exception(type(e), e, e.__traceback__)[-4:])
            self.tap.point(False, name, detail.rstrip())
            return None
        took = time.monotonic() - t0
        self.tap.point(True, name, "took %.2f s" % took if took > 2 else None)
        return result

    def check(self, ok, name, diagnostics=None):
        self.tap.point(bool(ok), name, None if ok else diagnostics)

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        if exc is not None:
            self.tap.point(False, "suite setup and teardown (%s)" % etype.__name__,
                           "".join(traceback.format_exception(etype, exc, tb)[-6:]).rstrip())
        # Let the programs see the test's own connections close before SIGTERM: a client
        # still connected at shutdown is shutdown.py's subject, tested there on purpose.
        time.sleep(0.3)
        # Stop lethe first (it may own the mock's connections), then everything else.
        ordered = sorted(self.processes, key=lambda pf: 0 if pf[0].name == "lethe" else 1)
        for p, forbid in ordered:
            p.stop()
        for p, forbid in ordered:
            self._check_ending(p, forbid)
        self.processes = []
        signal.alarm(0)
        self.tap.plan()
        self.workdir.cleanup()
        sys.stdout.flush()
        os._exit(1 if self.tap.failed else 0)


# --------------------------------------------------------------------------------------
# assertions


def expect(cond, message, *context):
    if not cond:
        if context:
            message += "\n" + "\n".join(tail(repr(c), 1500) for c in context)
        raise AssertionError(message)


def expect_eq(actual, wanted, what):
    if actual != wanted:
        raise AssertionError("%s: wanted %s, got %s" % (what, tail(repr(wanted), 600), tail(repr(actual), 600)))


def expect_openai_error(r, status, canary=CANARY):
    """`r` is an OpenAI-shaped JSON error with this status that does not quote the prompt."""
    expect(r.status == status, "wanted status %d, got %d" % (status, r.status), r)
    expect(canary not in r.text(), "the error body quotes the prompt", r)
    ctype = r.header("content-type", "")
    expect("application/json" in ctype, "error Content-Type is %r, not application/json" % ctype, r)
    try:
        body = r.json()
    except ValueError:
        raise AssertionError("error body is not JSON: %r" % r)
    err = body.get("error") if isinstance(body, dict) else None
    expect(isinstance(err, dict), "no error object", r)
    expect(isinstance(err.get("message"), str) and err["message"], "error.message is not a non-empty string", r)
    expect(isinstance(err.get("type"), str) and err["type"], "error.type is not a non-empty string", r)
    expect("param" in err and "code" in err, "error has no param or no code member", r)
    return err
