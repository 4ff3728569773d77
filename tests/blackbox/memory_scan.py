#!/usr/bin/env python3
"""Nothing of a request's content survives in lethe's memory once the request is over.

Canaries (a secret in `DB_PASSWORD=…`, an e-mail, a card number, plain words the scrubber
leaves alone, some of them sent \\u-escaped) go through every path that holds content:
OpenAI and Anthropic dialects, streaming and not, a stream the client abandons, a provider
error and a 400. When every request is over, the memory of each lethe process (the lone
worker; then the master and every worker of a `workers: 2` layout) is read through
/proc/PID/maps and /proc/PID/mem (the test runs as root) and searched for every form lethe
may have held: raw bytes, the joined digits of the card, and the escaped forms as sent.
None may be found; nor in the vector registers of each process, read through ptrace
(string functions leave windows of text there, and lazy binding or a signal later copies
them onto the stack, past every wipe). The last request is a successful answer, so the
pooled libcurl handle and upstream connection are scanned holding one. The provider (lethe-mock) legitimately sees the plain words: it is not
scanned. A positive control scans a worker while a stream is still open and must find the
secret, so a scanner that reads nothing cannot pass.

In a sanitizer build, ASan's allocator takes the place of glibc's and keeps freed blocks
in a quarantine, untouched: the test then runs lethe with ASan's own free fill turned on
(`max_free_fill_size`, `free_fill_byte`), so what it checks there is everything but the
allocator: live buffers, caches, the stack, static storage."""
import ctypes
import json
import os
import re
import secrets
import socket
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, SSEReader, Suite, children_of, expect, expect_eq, free_port,  # noqa: E402
                     lethe_path, open_stream, request, wait_until)

TOKEN = secrets.token_hex(4)
SECRET = "Hunter2xyzzy" + TOKEN
EMAIL = "mira.k%s@example.org" % TOKEN
PLAIN = "plumfrost%squillwork" % TOKEN


def luhn_card():
    digits = [4] + [secrets.randbelow(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


CARD = luhn_card()
CARD_SPACED = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))

TEXT = "Connect with DB_PASSWORD=%s, mail %s, card %s. Note: %s." % (SECRET, EMAIL, CARD_SPACED, PLAIN)


def escaped(text):
    """Every character as \\uXXXX, the way a client may legitimately send it."""
    return "".join("\\u%04x" % ord(c) for c in text)


# The same canaries, partly escaped: lethe must decode them (and still mask them).
ESCAPED_EMAIL = EMAIL.replace("@", "\\u0040")
ESCAPED_PLAIN = escaped(PLAIN)
ESCAPED_TEXT_JSON = json.dumps(TEXT).replace(json.dumps(EMAIL)[1:-1], ESCAPED_EMAIL) \
                                    .replace(PLAIN, ESCAPED_PLAIN)

# Every byte pattern that would show a canary survived, named for the report.
FORMS = {
    "secret": SECRET.encode(),
    "e-mail": EMAIL.encode(),
    "e-mail, \\u0040-escaped": ESCAPED_EMAIL.encode(),
    "card, as sent": CARD_SPACED.encode(),
    "card, digits joined": CARD.encode(),
    "plain words": PLAIN.encode(),
    "plain words, \\u-escaped": ESCAPED_PLAIN.encode(),
}

# ASan's shadow memory on x86-64 (low shadow, gap, high shadow): shadow bytes only, and
# terabytes of mostly unbacked address space.
ASAN_SHADOW = (0x7fff8000, 0x10007fff8000)


# --------------------------------------------------------------------------------------
# reading a process's memory


def mappings(pid):
    """The ranges worth reading: writable private or anonymous memory (heap, stack, anon
    mmaps, libraries' .data/.bss), resident at least in part."""
    regions = []
    current = None
    with open("/proc/%d/smaps" % pid) as f:
        for line in f:
            head = re.match(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \d+\s*(.*)$", line)
            if head:
                start, end, perms, path = int(head.group(1), 16), int(head.group(2), 16), head.group(3), head.group(4)
                current = None
                if perms[0] != "r" or perms[1] != "w":
                    continue
                if path in ("[vvar]", "[vsyscall]", "[vdso]"):
                    continue
                anonymous = path == "" or path.startswith("[") or path.startswith("/dev/zero") \
                    or path.startswith("/memfd:") or path.startswith("/SYSV")
                if perms[3] != "p" and not anonymous:
                    continue
                if start < ASAN_SHADOW[1] and end > ASAN_SHADOW[0]:
                    continue
                current = [start, end, path, 0]
                regions.append(current)
            elif current is not None and line.startswith("Rss:"):
                current[3] = int(line.split()[1])
    return [(s, e, p) for s, e, p, rss in regions if rss > 0]


def read_memory(pid):
    """[(start, bytes, path)] of every readable range above; unreadable pages are skipped."""
    found = []
    fd = os.open("/proc/%d/mem" % pid, os.O_RDONLY)
    try:
        for start, end, path in mappings(pid):
            piece = 1 << 20
            address = start
            while address < end:
                size = min(piece, end - address)
                try:
                    data = os.pread(fd, size, address)
                except OSError:
                    data = b""
                if data:
                    found.append((address, data, path))
                address += size
    finally:
        os.close(fd)
    return found


def scan(pid):
    """(bytes read, {form name: [(address, mapping), …]}) for process `pid`."""
    hits = {}
    total = 0
    for start, data, path in read_memory(pid):
        total += len(data)
        for name, needle in FORMS.items():
            at = data.find(needle)
            while at >= 0:
                hits.setdefault(name, []).append((start + at, path or "[anon]"))
                at = data.find(needle, at + 1)
    return total, hits


def describe(hits):
    return "; ".join("%s: %d cop%s (%s)" % (name, len(where), "y" if len(where) == 1 else "ies",
                                            ", ".join("%#x %s" % w for w in where[:4]))
                     for name, where in sorted(hits.items()))


# --------------------------------------------------------------------------------------
# reading a process's vector registers
#
# glibc's string functions leave windows of the text they read in the vector registers
# (zmm16-31 on an AVX-512 CPU, which little else touches), and the dynamic linker's lazy
# binding and every signal delivery copy the whole register file onto the stack later, at
# whatever depth the stack is then: past every wipe of the request. Which worker binds
# which function last depends on how the kernel spread the connections, so the stack scan
# alone sees such a copy only now and then; the registers themselves are read here, so
# the check does not depend on luck. Linux's ptrace returns them in XSAVE's standard
# layout (PTRACE_GETREGSET, NT_X86_XSTATE).

PTRACE_DETACH = 17
PTRACE_GETREGSET = 0x4204
PTRACE_SEIZE = 0x4206
PTRACE_INTERRUPT = 0x4207
NT_X86_XSTATE = 0x202
WAIT_ALL = 0x40000000                     # __WALL: the worker is not our child
XSAVE_BUFFER = 16384

# Standard-format offsets: XMM0-15 in the legacy area, the upper halves of YMM0-15, the
# upper halves of ZMM0-15, then ZMM16-31 whole; (offset, size of one register, count).
XSAVE_SSE = (160, 16, 16)
XSAVE_AVX = (576, 16, 16)
XSAVE_ZMM_HIGH = (1152, 32, 16)
XSAVE_ZMM_16_31 = (1664, 64, 16)
XSAVE_HEADER = 512                        # its first 8 bytes: which components are present


class IoVec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


def _ptrace(libc, request, pid, address, data):
    libc.ptrace.restype = ctypes.c_long
    if libc.ptrace(ctypes.c_long(request), ctypes.c_long(pid), ctypes.c_void_p(address),
                   ctypes.c_void_p(data)) < 0:
        errno = ctypes.get_errno()
        raise OSError(errno, "ptrace(%#x) on pid %d: %s" % (request, pid, os.strerror(errno)))


def xsave_of(pid):
    """The raw XSAVE area of `pid`'s only thread, read while it is stopped for a moment."""
    libc = ctypes.CDLL(None, use_errno=True)
    _ptrace(libc, PTRACE_SEIZE, pid, 0, 0)
    try:
        _ptrace(libc, PTRACE_INTERRUPT, pid, 0, 0)
        os.waitpid(pid, WAIT_ALL)
        buffer = ctypes.create_string_buffer(XSAVE_BUFFER)
        vector = IoVec(ctypes.cast(buffer, ctypes.c_void_p), XSAVE_BUFFER)
        _ptrace(libc, PTRACE_GETREGSET, pid, NT_X86_XSTATE, ctypes.addressof(vector))
        return buffer.raw[:vector.len]
    finally:
        _ptrace(libc, PTRACE_DETACH, pid, 0, 0)


def vector_registers(xsave):
    """Every vector register whole (zmm0 … zmm31, or as much as the CPU has), in order,
    so that text loaded into consecutive registers reads on as it did in memory."""
    present = int.from_bytes(xsave[XSAVE_HEADER:XSAVE_HEADER + 8], "little") if len(xsave) > 520 else 1 << 1

    def part(component, bit, index):
        offset, size, _ = component
        start = offset + index * size
        if not present & (1 << bit) or len(xsave) < start + size:
            return bytes(size)
        return xsave[start:start + size]

    registers = b"".join(part(XSAVE_SSE, 1, i) + part(XSAVE_AVX, 2, i) + part(XSAVE_ZMM_HIGH, 6, i)
                         for i in range(16))
    return registers + b"".join(part(XSAVE_ZMM_16_31, 7, i) for i in range(16))


def expect_clean_registers(pids, what):
    report = []
    for pid in pids:
        xsave = xsave_of(pid)
        expect(len(xsave) >= 512, "read only %d bytes of pid %d's registers" % (len(xsave), pid))
        registers = vector_registers(xsave)
        found = [name for name, needle in FORMS.items() if needle in registers or needle in xsave]
        if found:
            report.append("pid %d: %s" % (pid, ", ".join(found)))
    expect(not report, "%s still holds content in its vector registers after the requests ended "
           "(any signal or lazy binding copies them onto the stack):\n%s" % (what, "\n".join(report)))


def lethe_processes(master_pid):
    """The master (or lone worker) and every lethe child it forked."""
    return [master_pid] + [pid for pid, comm in children_of(master_pid) if comm.startswith("lethe")]


def expect_clean(pids, what):
    report = []
    total = 0
    for pid in pids:
        read, hits = scan(pid)
        total += read
        expect(read > 0, "read nothing of pid %d's memory" % pid)
        if hits:
            report.append("pid %d: %s" % (pid, describe(hits)))
    expect(not report, "%s still holds content after the requests ended:\n%s" % (what, "\n".join(report)))
    return total


# --------------------------------------------------------------------------------------
# the traffic


def config(mock_port, workers):
    url = "http://%s:%d/v1" % (LOOPBACK, mock_port)
    return {
        "listen": "%s:%d" % (LOOPBACK, free_port()),
        "workers": workers,
        "providers": [
            {"name": "oa", "type": "openai", "base_url": url, "api_key": "k-openai"},
            {"name": "an", "type": "anthropic", "base_url": url, "api_key": "k-anthropic"},
            {"name": "ge", "type": "gemini", "base_url": "http://%s:%d/v1beta" % (LOOPBACK, mock_port),
             "api_key": "k-gemini"},
        ],
        # Longer than the abandoned stream (~16 s, see abandoned_stream): cut at 5 s, it ended
        # before a loaded ASan scan of three processes reached the worker serving it.
        "routes": [{"name": "default", "chain": [{"target": "oa/m", "timeout_ms": 30000}]}],
    }


def openai_body(model, stream, text_json):
    return ('{"model": "%s", "stream": %s, "messages": [{"role": "user", "content": %s}]}'
            % (model, "true" if stream else "false", text_json)).encode()


def anthropic_body(model, stream, text_json):
    return ('{"model": "%s", "max_tokens": 256, "stream": %s, "messages": [{"role": "user", "content": %s}]}'
            % (model, "true" if stream else "false", text_json)).encode()


def answer_text(document):
    """The text of an answer or of one stream event, in either dialect."""
    parts = []
    for choice in document.get("choices") or []:
        parts.append((choice.get("message") or choice.get("delta") or {}).get("content") or "")
        parts.append(choice.get("text") or "")                   # legacy completions
    for candidate in document.get("candidates") or []:          # the Gemini dialect
        parts += [part.get("text") or "" for part in (candidate.get("content") or {}).get("parts") or []]
    if isinstance(document.get("text"), str):                   # /api/proxy: the answer and its token events
        parts.append(document["text"])
    for block in document.get("content") or []:
        parts.append(block.get("text") or "")
    delta = document.get("delta")
    if isinstance(delta, dict):
        parts.append(delta.get("text") or "")
    return "".join(parts)


def send(port, path, body):
    r = request(port, "POST", path, body)
    expect_eq(r.status, 200, "status of %s" % path)
    return answer_text(r.json())


def stream(port, path, body):
    conn, resp = open_stream(port, body, path=path)
    try:
        expect_eq(resp.status, 200, "stream status of %s" % path)
        reader = SSEReader(resp)
        return "".join(answer_text(ev.json()) for ev in reader if ev.data and ev.data != b"[DONE]")
    finally:
        conn.close()


def restored(answer):
    """The client must get the values back: proof that lethe held them."""
    expect(SECRET in answer and EMAIL in answer and PLAIN in answer, "the answer lacks a canary", answer[:600])


GEMINI = "/v1beta/models/%s:%s"


def other_endpoints(gw, mock, text_json):
    """The endpoints beyond chat (issue 17): embeddings, counts, legacy completions, lethe's own
    /api/proxy and the Gemini dialect. A vector or a count gives nothing back to restore."""
    contents = ('{"systemInstruction": {"parts": [{"text": %s}]}, "contents": [{"role": "user", "parts": '
                '[{"text": %s}]}]}' % (text_json, text_json)).encode()
    restored(send(gw.port, "/v1/completions", ('{"model": "oa/m", "prompt": %s}' % text_json).encode()))
    restored(stream(gw.port, "/v1/completions", ('{"model": "oa/m", "stream": true, "prompt": %s}'
                                                 % text_json).encode()))
    canonical = '{"provider": "an", "model": "m", "stream": %s, "messages": [{"role": "user", "content": %s}]}'
    restored(send(gw.port, "/api/proxy", (canonical % ("false", text_json)).encode()))
    restored(stream(gw.port, "/api/proxy", (canonical % ("true", text_json)).encode()))
    restored(send(gw.port, GEMINI % ("ge%2Fm", "generateContent"), contents))
    restored(stream(gw.port, GEMINI % ("oa%2Fm", "streamGenerateContent") + "?alt=sse", contents))
    whole_only = [
        ("/v1/embeddings", '{"model": "oa/e", "input": [%s, "x"]}' % text_json),
        ("/v1/embeddings", '{"model": "ge/e", "input": %s}' % text_json),
        ("/v1/messages/count_tokens", '{"model": "an/m", "messages": [{"role": "user", "content": %s}]}' % text_json),
        (GEMINI % ("ge%2Fm", "countTokens"), '{"generateContentRequest": %s}' % contents.decode()),
        (GEMINI % ("oa%2Fe", "embedContent"), '{"content": {"parts": [{"text": %s}]}}' % text_json),
        (GEMINI % ("ge%2Fe", "batchEmbedContents"),
         '{"requests": [{"content": {"parts": [{"text": %s}]}}, {"content": {"parts": [{"text": "x"}]}}]}' % text_json),
    ]
    for path, body in whole_only:
        r = request(gw.port, "POST", path, body.encode())
        expect_eq(r.status, 200, "status of %s" % path)
        seen = mock.last()["body"]
        expect(SECRET not in seen and EMAIL not in seen and CARD not in seen, "a canary reached the provider", seen)


def traffic(gw, mock):
    """Every path once, each on its own connection; returns when all of them ended."""
    plain_json = json.dumps(TEXT)
    for text_json in (plain_json, ESCAPED_TEXT_JSON):
        restored(send(gw.port, "/v1/chat/completions", openai_body("oa/m", False, text_json)))
        restored(stream(gw.port, "/v1/chat/completions", openai_body("oa/m", True, text_json)))
        restored(send(gw.port, "/v1/messages", anthropic_body("an/m", False, text_json)))
        restored(stream(gw.port, "/v1/messages", anthropic_body("an/m", True, text_json)))
        other_endpoints(gw, mock, text_json)
    seen = mock.last()["body"]
    expect(SECRET not in seen and EMAIL not in seen and CARD not in seen, "a canary reached the provider", seen)
    # A provider error, and a request refused before it leaves.
    mock.configure(status=500)
    try:
        r = request(gw.port, "POST", "/v1/chat/completions", openai_body("oa/m", False, plain_json))
        expect(r.status >= 500, "a provider 500 was answered %d" % r.status)
    finally:
        mock.reset()
    r = request(gw.port, "POST", "/v1/chat/completions",
                b'{"model": "oa/m", "messages": [{"role": "user", "content": %s}], "bogus": %s}'
                % (plain_json.encode(), plain_json.encode()))
    expect_eq(r.status, 400, "status of a request with an unknown field")
    # Last, a successful answer on a kept-alive upstream connection: libcurl's pooled handle
    # and connection are left holding the last exchange with the provider (the plain words
    # go there and come back).
    restored(send(gw.port, "/v1/chat/completions", openai_body("oa/m", False, plain_json)))


def abandoned_stream(gw, mock, scan_pids):
    """A stream the client leaves after its first event. While it is open, the scanner must
    find the secret in lethe (the positive control)."""
    # Slow enough that the stream is still open after the scan, however long a loaded
    # machine or an ASan build takes to read every process (the text is ~130 bytes: ~16 s).
    mock.configure(chunk_bytes=2, chunk_ms=250)
    try:
        conn, resp = open_stream(gw.port, openai_body("oa/m", True, json.dumps(TEXT)))
        try:
            expect_eq(resp.status, 200, "status")
            expect(SSEReader(resp).next() is not None, "no first event")
            held = {}
            for pid in scan_pids():
                held.update(scan(pid)[1])
            expect("secret" in held, "the scanner did not find the secret in lethe while a request "
                   "holding it was open: it cannot see what it is looking for", sorted(held))
        finally:
            conn.sock.shutdown(socket.SHUT_RDWR)
            conn.close()
    finally:
        time.sleep(0.3)
        mock.reset()


def settle(gw):
    """Every request is over: lethe noticed the abandoned stream and answered in between."""
    time.sleep(0.5)
    r = request(gw.port, "GET", "/healthz")
    expect_eq(r.status, 200, "healthz")
    time.sleep(0.2)


# --------------------------------------------------------------------------------------


def sanitizer_env():
    """ASan keeps freed memory in its quarantine as it was: have it fill what it frees."""
    with open(lethe_path(), "rb") as f:
        if b"__asan_init" not in f.read():
            return None, False
    env = dict(os.environ)
    options = [o for o in env.get("ASAN_OPTIONS", "").split(":") if o]
    options += ["max_free_fill_size=2147483647", "free_fill_byte=0"]
    env["ASAN_OPTIONS"] = ":".join(options)
    return env, True


def run_layout(suite, mock, workers, env):
    gw = suite.lethe(config(mock.port, workers), env=env)
    master = gw.process.pid
    label = "workers: %d" % workers

    def pids():
        return lethe_processes(master)

    if workers > 1:
        suite.case("%s: the master forked its workers" % label,
                   lambda: expect(wait_until(lambda: len(pids()) == workers + 1, 15), "lethe processes", pids()))
    suite.case("%s: a worker holds the secret while a stream is open (the scanner sees)" % label,
               abandoned_stream, gw, mock, pids)
    suite.case("%s: every path with canaries answers, values restored, none reaches the provider" % label,
               traffic, gw, mock)
    suite.case("%s: the requests are over" % label, settle, gw)
    suite.case("%s: no canary in any lethe process's vector registers" % label,
               lambda: expect_clean_registers(pids(), "lethe"))
    suite.case("%s: no canary in any lethe process's memory (%s)" % (label, ", ".join(FORMS)),
               lambda: expect_clean(pids(), "lethe"))
    suite.stop(gw.process)


def main():
    env, asan = sanitizer_env()
    with Suite() as suite:
        if asan:
            suite.tap.diag("sanitizer build: ASan fills the blocks it frees (%s)" % env["ASAN_OPTIONS"])
        mock = suite.mock()
        run_layout(suite, mock, 1, env)
        run_layout(suite, mock, 2, env)


main()
