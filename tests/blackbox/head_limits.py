#!/usr/bin/env python3
"""A request head is measured as it arrives, before evhtp parses it: most of it (the request
line after the method, header names, header values but Content-Length's) is counted in runs,
not byte by byte. The limits still fall on the exact byte: a head of max_header_bytes is
read and one byte more is 431; a line of 8000 bytes is read and one of 8001 is 414 (request
line) or 431 (header line), wherever the head is cut into the pieces that reach the server."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, default_config, expect, expect_eq, raw_exchange  # noqa: E402

HEAD_LIMIT = 16384
LINE_LIMIT = 8000
BODY = json.dumps({"model": "mock/mock-model", "messages": [{"role": "user", "content": "hi"}]}).encode()
TAIL = b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(BODY)


def head_with(extra_line=b"", target=b"/v1/chat/completions"):
    return b"POST " + target + b" HTTP/1.1\r\nHost: gw\r\n" + extra_line + TAIL


def send(gw, head, cuts):
    """The head and body in pieces cut at `cuts` (offsets into the head), a little apart."""
    data = head + BODY
    points = [0] + sorted(c for c in cuts if 0 < c < len(head)) + [len(data)]
    pieces = [data[a:b] for a, b in zip(points, points[1:])]
    response, info = raw_exchange(gw.port, pieces[0], pieces[1:], pause=0.01)
    expect(response is not None, "no answer", info)
    return response.status


def cut_points(head):
    n = len(head)
    return [(), (n // 3, 2 * n // 3), (40, n - 40), (n - 3,)]


def exact_head(total, line, fixed):
    """A head of `total` bytes filled with lines line(k), each under the line limit: the
    filler's size depends on how many lines it has, so the exact fill is searched for."""
    def build(n):
        lines = b""
        while n > 0:
            take = min(n, 7000)
            lines += line(take)
            n -= take + fixed
        return head_with(lines)
    n = total - len(head_with())
    head = build(n)
    while len(head) > total:
        n -= 1
        head = build(n)
    while len(head) < total:
        n += 1
        head = build(n)
    return head


def check_heads(gw, line, fixed, what):
    for total, expected in ((HEAD_LIMIT, 200), (HEAD_LIMIT + 1, 431)):
        head = exact_head(total, line, fixed)
        expect_eq(len(head), total, "head length built for %s" % what)
        for cuts in cut_points(head):
            expect_eq(send(gw, head, cuts), expected, "%s, %d bytes, cut at %r" % (what, total, cuts))


def head_by_value(gw):
    check_heads(gw, lambda k: b"X-Pad: " + b"v" * k + b"\r\n", len(b"X-Pad: \r\n"), "a head of long values")


def head_by_names(gw):
    check_heads(gw, lambda k: b"X-" + b"n" * k + b": v\r\n", len(b"X-: v\r\n"), "a head of long names")


def header_line(gw):
    # The line counts its bytes before the newline, its \r included.
    def build(n):
        return head_with(b"X-Line: " + b"v" * n + b"\r\n")
    for length, expected in ((LINE_LIMIT, 200), (LINE_LIMIT + 1, 431)):
        head = build(length - len(b"X-Line: \r"))
        for cuts in cut_points(head):
            expect_eq(send(gw, head, cuts), expected, "a header line of %d bytes, cut at %r" % (length, cuts))


def header_name_line(gw):
    def build(n):
        return head_with(b"X-" + b"n" * n + b": v\r\n")
    for length, expected in ((LINE_LIMIT, 200), (LINE_LIMIT + 1, 431)):
        head = build(length - len(b"X-: v\r"))
        for cuts in cut_points(head):
            expect_eq(send(gw, head, cuts), expected, "a header name line of %d bytes, cut at %r" % (length, cuts))


def request_line(gw):
    def build(n):
        return head_with(target=b"/v1/chat/completions?" + b"q" * n)
    fixed = len(b"POST /v1/chat/completions? HTTP/1.1\r")
    for length, expected in ((LINE_LIMIT, 200), (LINE_LIMIT + 1, 414)):
        head = build(length - fixed)
        for cuts in cut_points(head):
            expect_eq(send(gw, head, cuts), expected, "a request line of %d bytes, cut at %r" % (length, cuts))


def framing_after_long_names(gw):
    # Content-Length and Transfer-Encoding are still recognised after names taken in runs.
    long_name = b"X-" + b"n" * 300 + b": v\r\n"
    head = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: gw\r\n" + long_name
            + b"Transfer-Encoding: chunked\r\n" + long_name + TAIL)
    for cuts in cut_points(head):
        expect_eq(send(gw, head, cuts), 400, "Content-Length with Transfer-Encoding, cut at %r" % (cuts,))
    head = b"POST /v1/chat/completions HTTP/1.1\r\nHost: gw\r\n" + long_name + b"content-LENGTH: 1x\r\n\r\n"
    for cuts in cut_points(head):
        expect_eq(send(gw, head, cuts), 400, "a Content-Length that is not a number, cut at %r" % (cuts,))


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(default_config(mock.port, limits={"max_header_bytes": HEAD_LIMIT}))
    suite.case("a head of max_header_bytes is read, one byte more is 431", head_by_value, gw)
    suite.case("the same when long header names fill it", head_by_names, gw)
    suite.case("a header line of 8000 bytes is read, 8001 is 431", header_line, gw)
    suite.case("the same for a line that is mostly its name", header_name_line, gw)
    suite.case("a request line of 8000 bytes is read, 8001 is 414", request_line, gw)
    suite.case("framing headers are recognised after long names", framing_after_long_names, gw)
