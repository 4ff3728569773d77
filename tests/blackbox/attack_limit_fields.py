#!/usr/bin/env python3
"""A request over `limits.max_messages`, in the dialects that have no `messages`. The 413
named the chat dialect's field whatever the client sent: `/v1/embeddings` with too many
inputs and `/v1/responses` with too many input items got `"param": "messages"` and "the
request has more messages than the limit", a field neither request has; the Gemini dialect's
message spoke of messages too, where it sends `contents` (or `requests` to embed).

Each 413 must name the field the client sent: `input` (OpenAI embeddings, Responses),
`contents`, `requests` (Gemini), and still `messages` where that is the field (chat,
Anthropic, the canonical dialect)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect, expect_eq, request, three_format_config  # noqa: E402

LIMIT = 4
COUNT = LIMIT + 1


def asks():
    user = {"role": "user", "content": "hi"}
    gemini_user = {"role": "user", "parts": [{"text": "hi"}]}
    return [
        ("/v1/embeddings", {"model": "default", "input": ["a"] * COUNT}, "input"),
        ("/v1/responses", {"model": "default", "input": [user] * COUNT}, "input"),
        ("/v1beta/models/default:generateContent", {"contents": [gemini_user] * COUNT}, "contents"),
        ("/v1beta/models/default:batchEmbedContents",
         {"requests": [{"content": {"parts": [{"text": "a"}]}}] * COUNT}, "requests"),
        ("/v1/chat/completions", {"model": "default", "messages": [user] * COUNT}, "messages"),
        ("/v1/messages", {"model": "default", "max_tokens": 5, "messages": [user] * COUNT}, "messages"),
        ("/api/proxy", {"model": "default", "messages": [user] * COUNT}, "messages"),
    ]


def check(gw):
    for path, body, field in asks():
        r = request(gw.port, "POST", path, body)
        expect_eq(r.status, 413, "status of %s with %d entries" % (path, COUNT))
        error = r.json()["error"]
        message = error["message"]
        expect("'%s'" % field in message, "%s: the message does not name '%s': %r" % (path, field, message))
        if "param" in error:
            expect_eq(error["param"], field, "%s: param" % path)
        others = {"messages", "input", "contents", "requests"} - {field}
        expect(not any("'%s'" % other in message for other in others), "%s names another field: %r" % (path, message))


def main():
    with Suite() as suite:
        mock = suite.mock()
        gw = suite.lethe(three_format_config(mock.port, limits={"max_messages": LIMIT}))
        suite.case("a 413 for too many entries names the field the client sent, in every dialect", check, gw)


if __name__ == "__main__":
    main()
