#!/usr/bin/env python3
"""Tool results sent to a Gemini-format provider. Gemini answers a call by function name, so
the encoder looks up, for each tool result, the name of the call its id answers. It scanned
back through every earlier message for each result: results × calls. A conversation of
20,000 calls and 20,000 results (4 MB, with the body and message limits raised) held the
loop for 4 s of CPU; the same request to an OpenAI-format target took 0.1 s.

Cases: the names sent are those of the right calls (the latest earlier call with that id;
ids reused across turns; a result that answers a call of an earlier turn), and a large
conversation costs a Gemini target about what it costs an OpenAI one, in CPU time of the
lethe process (counted from /proc, not timed against a clock: the ratio holds on a loaded
machine and in the sanitizer build alike)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect, expect_eq, request, sent_json, three_format_config  # noqa: E402

CALLS = 12000


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def call(call_id, name):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": "{}"}}


def result(call_id, text="ok"):
    return {"role": "tool", "tool_call_id": call_id, "content": text}


def check_names(gw, mock):
    messages = [
        {"role": "user", "content": "go"},
        {"role": "assistant", "content": None, "tool_calls": [call("a", "first"), call("b", "second"),
                                                              call("a", "shadowed")]},
        result("b"), result("a"),
        {"role": "user", "content": "again"},
        {"role": "assistant", "content": None, "tool_calls": [call("a", "third"), call("c", "fourth")]},
        result("c"), result("a"), result("b"),
    ]
    r = request(gw.port, "POST", "/v1/chat/completions", {"model": "ge/gemini-x", "messages": messages})
    expect_eq(r.status, 200, "status")
    names = [part["functionResponse"]["name"] for content in sent_json(mock)["contents"]
             for part in content["parts"] if "functionResponse" in part]
    # In one message the first call with an id answers; a later turn's call shadows an earlier one.
    expect_eq(names, ["second", "first", "fourth", "third", "second"], "the names of the calls answered")


def big_conversation(model):
    ids = ["call_%035d" % i for i in range(CALLS)]
    messages = [{"role": "user", "content": "go"},
                {"role": "assistant", "content": None, "tool_calls": [call(i, "f") for i in ids]}]
    messages += [result(ids[-1], "r") for _ in range(CALLS)]
    return json.dumps({"model": model, "messages": messages, "max_tokens": 5}).encode()


def cpu_of(gw, body):
    before = cpu_seconds(gw.process.pid)
    r = request(gw.port, "POST", "/v1/chat/completions", body, timeout=50)
    expect_eq(r.status, 200, "status")
    return cpu_seconds(gw.process.pid) - before


def check_linear(gw):
    reference = cpu_of(gw, big_conversation("big_openai"))
    gemini = cpu_of(gw, big_conversation("big_gemini"))
    print("# CPU: %.2f s to Gemini, %.2f s to OpenAI" % (gemini, reference), flush=True)
    expect(gemini <= 4 * reference + 0.3,
           "%d tool results to a Gemini target took %.2f s of CPU, against %.2f s to an OpenAI target"
           % (CALLS, gemini, reference))


def main():
    with Suite() as suite:
        mock = suite.mock()
        # Long deadlines: the mock parses and echoes megabytes, slowly in the sanitizer build.
        routes = [{"name": "default", "chain": [{"target": "oa/model-x", "timeout_ms": 5000}]},
                  {"name": "big_openai", "chain": [{"target": "oa/model-x", "timeout_ms": 40000}]},
                  {"name": "big_gemini", "chain": [{"target": "ge/gemini-x", "timeout_ms": 40000}]}]
        config = three_format_config(mock.port, routes=routes, limits={"max_body_bytes": 8000000,
                                                                       "max_messages": 100000, "max_parts": 1000000})
        gw = suite.lethe(config)
        suite.case("each tool result names the function of the call its id answers", check_names, gw, mock)
        suite.case("%d tool results to a Gemini target cost about what they cost an OpenAI one (CPU)" % CALLS,
                   check_linear, gw)


if __name__ == "__main__":
    main()
