#!/usr/bin/env python3
"""A hostile client against lethe's HTTP server (issue 13, items 1, 7, 8 and the
Content-Length part of 9): methods the parser has no name for, streams aborted in every
phase, pipelining, request framing that could smuggle, slow and idle clients, the
connection cap, and accept() at the descriptor limit. Every case counts what it sees
(answers, closed sockets, log lines, CPU ticks) with generous deadlines, so that it holds
in the sanitizer build too."""
import json
import os
import resource
import select
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, default_config, expect, expect_eq, free_port, lethe_path,  # noqa: E402
                     request, wait_until, established_with_port, ProcessFailed, _answers, tail)

ODDITY = "ODDITY"
BODY = json.dumps({"model": "mock/mock-model", "messages": [{"role": "user", "content": "pipelined one"}]}).encode()


# ------------------------------------------------------------------ raw HTTP on a socket


class Reader:
    """HTTP/1.1 responses read one after another from one socket (Content-Length or
    chunked bodies), with a deadline per response."""

    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""
        self.closed = False

    def _fill(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError("no complete answer before the deadline; got so far: %r" % self.buffer[:300])
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            raise AssertionError("no complete answer before the deadline; got so far: %r" % self.buffer[:300])
        except ConnectionResetError:
            data = b""
        if not data:
            self.closed = True
            raise AssertionError("the server closed the connection; got so far: %r" % self.buffer[:300])
        self.buffer += data

    def _take_until(self, marker, deadline):
        while marker not in self.buffer:
            self._fill(deadline)
        head, _, self.buffer = self.buffer.partition(marker)
        return head

    def _take(self, count, deadline):
        while len(self.buffer) < count:
            self._fill(deadline)
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def response(self, timeout=10.0):
        """(status, headers as a lower-cased dict, body bytes)."""
        deadline = time.monotonic() + timeout
        head = self._take_until(b"\r\n\r\n", deadline).decode("latin-1")
        lines = head.split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self._take_until(b"\r\n", deadline).split(b";")[0], 16)
                body += self._take(size, deadline)
                self._take(2, deadline)
                if size == 0:
                    return status, headers, body
        return status, headers, self._take(int(headers.get("content-length", "0")), deadline)

    def some_bytes(self, timeout=10.0):
        """Wait until at least one byte of an answer has come."""
        deadline = time.monotonic() + timeout
        while not self.buffer:
            self._fill(deadline)


def connect(port, timeout=10.0):
    sock = socket.create_connection((LOOPBACK, port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def exchange(port, data, timeout=10.0):
    """Send `data`, read one answer. Returns (status, headers, body)."""
    sock = connect(port, timeout)
    try:
        sock.sendall(data)
        return Reader(sock).response(timeout)
    finally:
        sock.close()


def closed_by_server(sock, timeout):
    """True once the server closed `sock` (EOF or reset) within `timeout`; everything it
    sent first is returned as the second value."""
    received = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([sock], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            continue
        try:
            data = sock.recv(65536)
        except (ConnectionResetError, OSError):
            return True, received
        if not data:
            return True, received
        received += data
    return False, received


def post_head(path, length, extra=b""):
    return (b"POST %s HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n%sContent-Length: %d\r\n\r\n"
            % (path.encode(), extra, length))


def chat_request(text, stream=False, path="/v1/chat/completions"):
    body = json.dumps({"model": "mock/mock-model", "stream": stream,
                       "messages": [{"role": "user", "content": text}]}).encode()
    return post_head(path, len(body)) + body


def openai_error(status, headers, body, wanted_status, wanted_code=None):
    expect(status == wanted_status, "wanted %d, got %d: %r" % (wanted_status, status, body[:300]))
    expect("application/json" in headers.get("content-type", ""), "not JSON: %r" % headers)
    error = json.loads(body)["error"]
    expect(isinstance(error.get("message"), str) and error["message"], "no message: %r" % body)
    if wanted_code is not None:
        expect_eq(error.get("code"), wanted_code, "error code")
    return error


def anthropic_error(status, headers, body, wanted_status):
    expect(status == wanted_status, "wanted %d, got %d: %r" % (wanted_status, status, body[:300]))
    document = json.loads(body)
    expect(document.get("type") == "error" and isinstance(document.get("error"), dict),
           "not an Anthropic error: %r" % body)
    return document["error"]


def alive(gw, what):
    expect(gw.process.alive(), "lethe died (%s): exit %r" % (what, gw.process.popen.poll()))
    r = request(gw.port, "GET", "/healthz", timeout=10)
    expect(r.status == 200, "GET /healthz after %s: %r" % (what, r))


def no_oddity(gw):
    out, err = gw.process.output()
    count = (out + err).count(ODDITY)
    expect(count == 0, "libevhtp printed %d ODDITY line(s):\n%s" % (count, tail(err, 800)))


# ------------------------------------------------------------------ 1. methods


def check_unknown_method(gw):
    status, headers, body = exchange(gw.port, b"FOO /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\n\r\n")
    openai_error(status, headers, body, 400, "unknown_method")
    status, headers, body = exchange(gw.port, b"FOO /v1/messages HTTP/1.1\r\nHost: lethe\r\n\r\n")
    anthropic_error(status, headers, body, 400)
    alive(gw, "an unknown method")


def check_malformed_method(gw):
    """Methods evhtp's parser cannot read at all (it would close without a word)."""
    for line in (b"foo /v1/chat/completions HTTP/1.1", b"G3T /healthz HTTP/1.1", b" GET /healthz HTTP/1.1",
                 b"\x00\x01 / HTTP/1.1"):
        status, headers, body = exchange(gw.port, line + b"\r\nHost: lethe\r\n\r\n")
        openai_error(status, headers, body, 400, "bad_request")
    alive(gw, "malformed methods")


def check_unknown_method_burst(gw):
    """Ten unknown methods on one connection and on ten: each answered, the worker lives."""
    sock = connect(gw.port)
    try:
        reader = Reader(sock)
        for _ in range(10):
            sock.sendall(b"BREW /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
            expect_eq(reader.response()[0], 400, "status of BREW")
    finally:
        sock.close()
    for _ in range(10):
        expect_eq(exchange(gw.port, b"PURGE /v1/models HTTP/1.1\r\nHost: lethe\r\n\r\n")[0], 400, "status of PURGE")
    alive(gw, "a burst of unknown methods")


def check_known_method_not_allowed(gw):
    status, headers, body = exchange(gw.port, b"PROPFIND /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\n\r\n")
    openai_error(status, headers, body, 405, "method_not_allowed")
    expect_eq(headers.get("allow"), "POST", "Allow header")
    status, headers, body = exchange(gw.port, b"DELETE /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
    openai_error(status, headers, body, 405, "method_not_allowed")
    alive(gw, "a method not allowed")


# ------------------------------------------------------------------ 1. streams aborted in every phase


def abort_before_any_answer(gw):
    sock = connect(gw.port)
    sock.sendall(chat_request("abort me early", stream=True))
    sock.close()


def abort_after_first_event(gw, reset=False):
    sock = connect(gw.port)
    sock.sendall(chat_request("abort me after the first event " * 4, stream=True))
    Reader(sock).some_bytes()
    if reset:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def abort_with_pipelined_request(gw):
    sock = connect(gw.port)
    sock.sendall(chat_request("abort me with one behind " * 4, stream=True)
                 + b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
    Reader(sock).some_bytes()
    sock.close()


def abort_after_keepalive(gw):
    sock = connect(gw.port)
    reader = Reader(sock)
    sock.sendall(chat_request("first, whole"))
    expect_eq(reader.response()[0], 200, "first request on the connection")
    sock.sendall(chat_request("second, cut " * 4, stream=True))
    reader.some_bytes()
    sock.close()


def abort_after_half_close(gw):
    sock = connect(gw.port)
    sock.sendall(chat_request("half closed " * 4, stream=True))
    sock.shutdown(socket.SHUT_WR)
    closed_by_server(sock, 5)
    sock.close()


def abort_during_body(gw):
    request_bytes = chat_request("body cut in half", stream=True)
    sock = connect(gw.port)
    sock.sendall(request_bytes[:len(request_bytes) - 10])
    time.sleep(0.05)
    sock.close()


def abort_after_whole_stream(gw):
    """The stream ends and the client leaves while its last bytes are on the way."""
    sock = connect(gw.port)
    sock.sendall(chat_request("short", stream=True))
    reader = Reader(sock)
    status, _, _ = reader.response()
    expect_eq(status, 200, "status of the whole stream")
    sock.sendall(chat_request("next one, abandoned", stream=True))
    sock.close()


def abort_with_requests_queued(gw):
    """A stream answered whole with two requests pipelined behind it; the client takes the
    stream and the first one, then leaves."""
    sock = connect(gw.port)
    sock.sendall(chat_request("queued ahead", stream=True) + b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n"
                 + chat_request("queued behind " * 4, stream=True))
    reader = Reader(sock)
    expect_eq(reader.response()[0], 200, "status of the stream ahead")
    expect_eq(reader.response()[0], 200, "status of the GET behind it")
    reader.some_bytes()
    sock.close()


def check_stream_aborts(gw, mock):
    mock.configure(chunk_ms=20, chunk_bytes=4)
    try:
        for _ in range(3):
            abort_before_any_answer(gw)
            abort_after_first_event(gw)
            abort_after_first_event(gw, reset=True)
            abort_with_pipelined_request(gw)
            abort_after_keepalive(gw)
            abort_after_half_close(gw)
            abort_during_body(gw)
            abort_after_whole_stream(gw)
            abort_with_requests_queued(gw)
        mock.configure(first_byte_ms=300, chunk_ms=20, chunk_bytes=4)
        for _ in range(3):
            abort_before_any_answer(gw)
            abort_with_pipelined_request(gw)
    finally:
        mock.reset()
    time.sleep(0.5)        # the aborts' last callbacks run
    alive(gw, "streams aborted in every phase")
    no_oddity(gw)


# ------------------------------------------------------------------ 8. pipelining


def check_pipelined_gets(gw):
    sock = connect(gw.port)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n"
                     b"GET /v1/models HTTP/1.1\r\nHost: lethe\r\n\r\n"
                     b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
        reader = Reader(sock)
        answers = [reader.response() for _ in range(3)]
    finally:
        sock.close()
    expect_eq([a[0] for a in answers], [200, 200, 200], "statuses of three pipelined GETs")
    expect(json.loads(answers[0][2]) == {"status": "ok"}, "first answer is not /healthz's: %r" % answers[0][2])
    expect(json.loads(answers[1][2]).get("object") == "list", "second answer is not /v1/models's: %r"
           % answers[1][2][:200])
    expect(json.loads(answers[2][2]) == {"status": "ok"}, "third answer is not /healthz's: %r" % answers[2][2])


def stream_text(body):
    """The text of a whole OpenAI stream; AssertionError if it has no [DONE]."""
    events = [line[6:] for line in body.decode().split("\n") if line.startswith("data: ")]
    expect(events and events[-1] == "[DONE]", "the stream is not whole: %r" % body[-200:])
    text = ""
    for event in events[:-1]:
        for choice in json.loads(event).get("choices") or []:
            text += (choice.get("delta") or {}).get("content") or ""
    return text


def check_pipelined_posts(gw):
    """Two chat completions and a GET in one write, each answered, in order (the mock echoes
    each prompt, so the order shows)."""
    sock = connect(gw.port)
    try:
        sock.sendall(chat_request("pipelined one") + chat_request("pipelined two", stream=True)
                     + chat_request("pipelined three") + b"\r\nGET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
        reader = Reader(sock)
        answers = [reader.response(15) for _ in range(4)]
    finally:
        sock.close()
    expect_eq([a[0] for a in answers], [200, 200, 200, 200], "statuses of the pipelined requests")
    first = json.loads(answers[0][2])["choices"][0]["message"]["content"]
    third = json.loads(answers[2][2])["choices"][0]["message"]["content"]
    expect_eq((first, third), ("pipelined one", "pipelined three"), "order of the pipelined answers")
    expect_eq(stream_text(answers[1][2]), "pipelined two", "text of the pipelined stream")
    expect(json.loads(answers[3][2]) == {"status": "ok"}, "last answer is not /healthz's")


def check_many_pipelined(gw):
    """Fifty requests in one write: fifty answers on the same connection."""
    sock = connect(gw.port)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n" * 50)
        reader = Reader(sock)
        statuses = [reader.response()[0] for _ in range(50)]
    finally:
        sock.close()
    expect_eq(statuses, [200] * 50, "statuses of fifty pipelined GETs")


# ------------------------------------------------------------------ 9. request framing


def check_duplicate_content_length(gw):
    for lengths in ((len(BODY), len(BODY)), (len(BODY), 5)):
        extra = b"Content-Length: %d\r\n" % lengths[0]
        status, headers, body = exchange(gw.port, post_head("/v1/chat/completions", lengths[1], extra) + BODY)
        error = openai_error(status, headers, body, 400, "bad_request")
        expect("Content-Length" in error["message"], "the message does not say why: %r" % error)
        expect_eq(headers.get("connection"), "close", "Connection header of the refusal")


def check_length_with_transfer_encoding(gw):
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(BODY), BODY)
    for extra in (b"Transfer-Encoding: chunked\r\n", b"transfer-encoding: gzip, chunked\r\n"):
        status, headers, body = exchange(gw.port, post_head("/v1/chat/completions", len(BODY), extra) + chunked)
        openai_error(status, headers, body, 400, "bad_request")


def check_non_numeric_length(gw):
    for value in (b"abc", b"", b"12abc", b"+5", b"-1", b"1 2", b"0x10"):
        head = (b"POST /v1/messages HTTP/1.1\r\nHost: lethe\r\nContent-Type: application/json\r\n"
                b"Content-Length: %s\r\n\r\n" % value)
        status, headers, body = exchange(gw.port, head + BODY)
        anthropic_error(status, headers, body, 400)
    alive(gw, "Content-Length values that are not numbers")


def check_whitespace_before_colon(gw):
    head = b"POST /v1/chat/completions HTTP/1.1\r\nHost: lethe\r\nContent-Length : 5\r\n\r\n"
    status, headers, body = exchange(gw.port, head + BODY)
    openai_error(status, headers, body, 400, "bad_request")


# ------------------------------------------------------------------ 7. slow, idle and many clients

TIMEOUT_MS = 1000
SLOW_CLIENTS = 200


def check_slow_head_clients(gw):
    """SLOW_CLIENTS connections each sending one byte of a request head every 0.3 s: the
    header timeout closes every one with a 408, and the worker keeps serving meanwhile."""
    head = post_head("/v1/chat/completions", 100)
    sockets = [connect(gw.port) for _ in range(SLOW_CLIENTS)]
    received = {s: b"" for s in sockets}
    open_ones = set(sockets)
    sent = 0
    deadline = time.monotonic() + 15
    try:
        while open_ones and time.monotonic() < deadline:
            for s in list(open_ones):
                try:
                    s.send(head[sent:sent + 1])
                except OSError:
                    pass
            sent = min(sent + 1, len(head) - 5)          # never the whole head
            end = time.monotonic() + 0.3
            while time.monotonic() < end and open_ones:
                ready, _, _ = select.select(list(open_ones), [], [], max(0.0, end - time.monotonic()))
                for s in ready:
                    try:
                        data = s.recv(4096)
                    except OSError:
                        data = b""
                    received[s] += data
                    if not data:
                        open_ones.discard(s)
        still = len(open_ones)
        expect(still == 0, "%d of %d slow connections still open after 15 s (header timeout %d ms)"
               % (still, SLOW_CLIENTS, TIMEOUT_MS))
        timed_out = sum(1 for data in received.values() if data.startswith(b"HTTP/1.1 408"))
        expect_eq(timed_out, SLOW_CLIENTS, "connections answered 408")
        sample = next(iter(received.values()))
        error = json.loads(sample.partition(b"\r\n\r\n")[2])["error"]
        expect_eq(error.get("code"), "request_timeout", "error code of the 408")
    finally:
        for s in sockets:
            s.close()
    alive(gw, "slow clients")


def check_body_timeout(gw):
    sock = connect(gw.port)
    try:
        sock.sendall(post_head("/v1/chat/completions", 100) + b'{"model":')
        closed, data = closed_by_server(sock, 10)
        expect(closed, "a connection whose body stalled was not closed within 10 s")
        expect(data.startswith(b"HTTP/1.1 408"), "no 408 for a stalled body: %r" % data[:200])
        error = json.loads(data.partition(b"\r\n\r\n")[2])["error"]
        expect_eq(error.get("code"), "request_timeout", "error code")
    finally:
        sock.close()


def check_idle_timeout(gw):
    sock = connect(gw.port)
    try:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
        reader = Reader(sock)
        expect_eq(reader.response()[0], 200, "status before going idle")
        closed, data = closed_by_server(sock, 10)
        expect(closed, "an idle kept-alive connection was not closed within 10 s")
        expect_eq(data, b"", "bytes sent on an idle close")
    finally:
        sock.close()


def check_silent_connection(gw):
    sock = connect(gw.port)
    try:
        closed, data = closed_by_server(sock, 10)
        expect(closed, "a connection that sent nothing was not closed within 10 s")
        expect_eq(data, b"", "bytes sent to a connection that sent nothing")
    finally:
        sock.close()


def check_held_request_outlives_timeouts(gw, mock):
    """A request waiting on its provider longer than every client timeout is answered."""
    mock.configure(latency_ms=2 * TIMEOUT_MS + 500)
    try:
        status, _, body = exchange(gw.port, chat_request("worth the wait"), timeout=20)
        expect_eq(status, 200, "status of a request held past the timeouts (%r)" % body[:200])
    finally:
        mock.reset()


def check_connection_cap(suite, mock):
    cap = 8
    gw = suite.lethe(default_config(mock.port, limits={"max_connections": cap}))
    held = []
    try:
        for _ in range(cap):
            s = connect(gw.port)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
            expect_eq(Reader(s).response()[0], 200, "status within the cap")
            held.append(s)
        for _ in range(3):
            status, headers, body = exchange(gw.port, b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n")
            error = openai_error(status, headers, body, 503, "too_many_connections")
            expect(error.get("type") == "server_error", "error type %r" % error.get("type"))
        held.pop().close()

        def served():
            try:
                return exchange(gw.port, b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n", timeout=5)[0] == 200
            except (OSError, AssertionError):
                return False
        expect(wait_until(served, 10, 0.1), "no 200 after a connection under the cap closed")
    finally:
        for s in held:
            s.close()
    suite.stop(gw.process)


# ------------------------------------------------------------------ 7. accept() at the descriptor limit

FILE_LIMIT = 64
CLIENTS_OVER_LIMIT = 100


def process_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rpartition(")")[2].split()
    return int(fields[11]) + int(fields[12])          # utime + stime


def stderr_lines(process):
    return len(process.output()[1].splitlines())


def check_descriptor_limit(suite, mock):
    port = free_port()
    config = default_config(mock.port, port=port, limits={"max_connections": 100000,
                                                           "header_timeout_ms": 120000})
    path = os.path.join(suite.workdir.name, "emfile.json")
    with open(path, "w") as f:
        json.dump(config, f)
    limit = ("import os, resource, sys; resource.setrlimit(resource.RLIMIT_NOFILE, (%d, %d)); "
             "os.execv(sys.argv[1], sys.argv[1:])" % (FILE_LIMIT, FILE_LIMIT))
    process = suite.spawn("lethe", [sys.executable, "-c", limit, lethe_path(), "-c", path])
    if not wait_until(lambda: not process.alive() or _answers(port, "/healthz"), 15):
        raise ProcessFailed("lethe with %d descriptors did not answer /healthz" % FILE_LIMIT)
    clients = []
    try:
        for _ in range(CLIENTS_OVER_LIMIT):
            clients.append(connect(port))          # the kernel's backlog takes what lethe cannot
        time.sleep(1.0)                            # lethe reaches the limit
        lines_before, ticks_before = stderr_lines(process), process_ticks(process.pid)
        time.sleep(2.0)
        lines = stderr_lines(process) - lines_before
        ticks = process_ticks(process.pid) - ticks_before
        hertz = os.sysconf("SC_CLK_TCK")
        expect(process.alive(), "lethe died at the descriptor limit")
        expect(lines <= 3, "%d log lines in 2 s at the descriptor limit: %s"
               % (lines, tail(process.output()[1], 600)))
        expect(ticks < hertz, "lethe used %.2f s of CPU in 2 s at the descriptor limit" % (ticks / hertz))
        expect("cannot accept connections" in process.output()[1], "the failed accept() calls were never reported")
    finally:
        for s in clients:
            s.close()

    def served():
        try:
            return exchange(port, b"GET /healthz HTTP/1.1\r\nHost: lethe\r\n\r\n", timeout=3)[0] == 200
        except (OSError, AssertionError):
            return False
    expect(wait_until(served, 15, 0.2), "no answer once the clients at the descriptor limit left")
    suite.stop(process)


# ------------------------------------------------------------------


def main():
    with Suite() as suite:
        mock = suite.mock()
        # Today's config keys only: these cases mean the same on a build without the fix.
        gw = suite.lethe(default_config(mock.port))
        suite.case("streams aborted in every phase: the worker lives, libevhtp prints no ODDITY",
                   check_stream_aborts, gw, mock)
        suite.case("three pipelined GETs in one write: three answers, in order", check_pipelined_gets, gw)
        suite.case("pipelined POSTs, a stream and a GET in one write: each answered, in order",
                   check_pipelined_posts, gw)
        suite.case("fifty pipelined requests in one write: fifty answers", check_many_pipelined, gw)
        suite.case("two Content-Length headers (equal or not): 400, connection closed",
                   check_duplicate_content_length, gw)
        suite.case("Content-Length with Transfer-Encoding: 400", check_length_with_transfer_encoding, gw)
        suite.case("a Content-Length that is not a number: 400 in the path's dialect", check_non_numeric_length, gw)
        suite.case("whitespace between a header name and its colon: 400", check_whitespace_before_colon, gw)
        suite.case("a method that is known but not allowed: 405 with Allow", check_known_method_not_allowed, gw)
        suite.case("an unknown method (FOO): 400 in the path's dialect, the worker lives", check_unknown_method, gw)
        suite.case("unknown methods in a burst: each answered 400", check_unknown_method_burst, gw)
        suite.case("a method the parser cannot read (lower case, digits, control bytes): 400",
                   check_malformed_method, gw)
        suite.case("no ODDITY from libevhtp in any of the above", no_oddity, gw)
        suite.stop(gw.process)

        limits = {"header_timeout_ms": TIMEOUT_MS, "body_timeout_ms": TIMEOUT_MS, "idle_timeout_ms": TIMEOUT_MS}
        gw = suite.lethe(default_config(mock.port, limits=limits))
        suite.case("%d clients sending a head byte by byte: all closed with 408" % SLOW_CLIENTS,
                   check_slow_head_clients, gw)
        suite.case("a body that stalls: 408", check_body_timeout, gw)
        suite.case("an idle kept-alive connection: closed quietly", check_idle_timeout, gw)
        suite.case("a connection that sends nothing: closed quietly", check_silent_connection, gw)
        suite.case("a request held on its provider is not timed out", check_held_request_outlives_timeouts,
                   gw, mock)
        suite.case("no ODDITY from libevhtp with timeouts", no_oddity, gw)
        suite.stop(gw.process)

        suite.case("connections over max_connections: 503 in JSON, served again under it",
                   check_connection_cap, suite, mock)
        suite.case("accept() at the descriptor limit: a few log lines, little CPU, serves again after",
                   check_descriptor_limit, suite, mock)


if __name__ == "__main__":
    main()
