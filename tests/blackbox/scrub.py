#!/usr/bin/env python3
"""Scrubbing through the contract: the provider (lethe-mock, echoing) never sees a value
of the labelled corpus, and the client gets back exactly what it sent, streamed at every
chunk size from 1 to 7 bytes and whole, in both dialects, in text and in tool arguments.
Also: x-lethe-scrubbed, x-lethe-rehydrate: off, the allow list, custom types, /metrics,
and scrubbing turned off."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (Suite, chat, default_config, expect, expect_eq, lethe_path, open_stream, wait_until,  # noqa: E402
                     read_openai_stream, request, stream_chat)

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = ("I am Sarah Johnson, mail sarah.johnson@example.com, card 4206 4583 3793 9858, "
          "phone +47 912 34 567, DB_PASSWORD=Sup3r-s3cret-pass and key AKIACFNVKZUA73LPAWLE.")
SAMPLE_VALUES = ["Sarah Johnson", "sarah.johnson@example.com", "4206 4583 3793 9858", "+47 912 34 567",
                 "Sup3r-s3cret-pass", "AKIACFNVKZUA73LPAWLE"]


def load_corpus():
    path = os.path.join(tempfile.mkdtemp(prefix="lethe-corpus-"), "corpus.jsonl")
    subprocess.run([sys.executable, os.path.join(HERE, "..", "scrub", "generate_corpus.py"), path], check=True,
                   stderr=subprocess.DEVNULL)
    with open(path) as f:
        return [json.loads(line) for line in f]


def provider_saw(mock):
    return mock.last()["body"]


def expect_hidden(mock, values, what):
    seen = provider_saw(mock)
    # The body is JSON: compare against the decoded text too, so an escape cannot hide a leak.
    decoded = json.dumps(json.loads(seen), ensure_ascii=False)
    for value in values:
        expect(value not in seen and value not in decoded, "%s: the provider saw a %d-byte value" % (what, len(value)))


def check_corpus_round_trip(gw, mock, corpus):
    """Every case of the corpus streamed, at chunk_bytes 1..7 (case i at 1 + i % 7): the
    client's text is the original byte for byte, and the provider saw no labelled value."""
    checked = 0
    for chunk in range(1, 8):
        mock.configure(chunk_bytes=chunk)
        for case in corpus[chunk - 1::7]:
            _, stream = stream_chat(gw.port, case["text"])
            expect_eq(stream.content(), case["text"], "case %d restored at chunk_bytes %d" % (case["id"], chunk))
            expect_hidden(mock, [e["value"] for e in case["entities"]], "case %d" % case["id"])
            checked += 1
    mock.reset()
    expect_eq(checked, len(corpus), "cases checked")


def check_whole_answers_both_dialects(gw, mock, corpus):
    for case in corpus[::25]:
        r = chat(gw.port, case["text"])
        expect_eq(r.status, 200, "status")
        expect_eq(r.json()["choices"][0]["message"]["content"], case["text"], "case %d, OpenAI dialect" % case["id"])
        expect_hidden(mock, [e["value"] for e in case["entities"]], "case %d" % case["id"])
        r = request(gw.port, "POST", "/v1/messages",
                    {"model": "mock/mock-model", "max_tokens": 200,
                     "messages": [{"role": "user", "content": case["text"]}]})
        expect_eq(r.status, 200, "status")
        expect_eq(r.json()["content"][0]["text"], case["text"], "case %d, Anthropic dialect" % case["id"])


def check_every_chunk_size_on_one_text(gw, mock):
    for chunk in range(1, 8):
        mock.configure(chunk_bytes=chunk)
        _, stream = stream_chat(gw.port, SAMPLE)
        expect_eq(stream.content(), SAMPLE, "chunk_bytes %d" % chunk)
        expect_hidden(mock, SAMPLE_VALUES, "chunk_bytes %d" % chunk)
    mock.reset()


def check_scrubbed_header_and_rehydrate_off(gw, mock):
    r = chat(gw.port, SAMPLE)
    expect_eq(r.header("x-lethe-scrubbed"), str(len(SAMPLE_VALUES)), "x-lethe-scrubbed")
    r = chat(gw.port, SAMPLE, headers={"x-lethe-rehydrate": "off"})
    answer = r.json()["choices"][0]["message"]["content"]
    for value in SAMPLE_VALUES:
        expect(value not in answer, "rehydrate off still restored a value", answer)
    expect("[EMAIL_1]" in answer and "[PERSON_1]" in answer, "placeholders missing", answer)
    r = chat(gw.port, "nothing personal here")
    expect_eq(r.header("x-lethe-scrubbed"), "0", "x-lethe-scrubbed without values")


def check_tool_arguments_restored(gw, mock):
    """The model calls a tool with a placeholder: the client's tool call has the value,
    JSON-escaped, streamed and whole."""
    text = "send it to ann.lee@example.org and \"quote\" \\ backslash"
    mock.configure(reply_tool="send_mail", chunk_bytes=3)
    try:
        r = chat(gw.port, text, tools=[{"type": "function", "function": {"name": "send_mail", "parameters": {}}}])
        call = r.json()["choices"][0]["message"]["tool_calls"][0]
        expect_eq(json.loads(call["function"]["arguments"]), {"echo": text}, "whole tool arguments")
        expect_hidden(mock, ["ann.lee@example.org"], "tool request")
        conn, resp = open_stream(gw.port, {"model": "mock/mock-model", "stream": True,
                                           "messages": [{"role": "user", "content": text}],
                                           "tools": [{"type": "function",
                                                      "function": {"name": "send_mail", "parameters": {}}}]})
        stream = read_openai_stream(resp)
        conn.close()
        arguments = "".join(tc["function"].get("arguments", "")
                            for chunk in stream.chunks for choice in chunk.get("choices", [])
                            for tc in (choice.get("delta") or {}).get("tool_calls") or [])
        expect_eq(json.loads(arguments), {"echo": text}, "streamed tool arguments")
    finally:
        mock.reset()


def check_tool_results_and_escaped_text_are_scrubbed(gw, mock):
    body = ('{"model":"mock/mock-model","messages":['
            '{"role":"user","content":"write to bob\\u0040example.com"},'
            '{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function",'
            '"function":{"name":"lookup","arguments":"{\\"email\\":\\"bob\\\\u0040example.com\\"}"}}]},'
            '{"role":"tool","tool_call_id":"c1","content":"bob@example.com is Bob Vanterpool, Dr. Okafor\'s patient"},'
            '{"role":"user","content":"thanks"}]}')
    r = request(gw.port, "POST", "/v1/chat/completions", body.encode(), headers={"Content-Type": "application/json"})
    expect_eq(r.status, 200, "status")
    expect_hidden(mock, ["bob@example.com", "Vanterpool", "Okafor", "bob\\u0040example.com"], "tool call and result")


def check_metrics_count_by_type(gw, mock):
    def count(text):
        for line in text.splitlines():
            if line.startswith('lethe_scrubbed_entities_total{type="EMAIL"}'):
                return int(line.split()[-1])
        return 0

    before = request(gw.port, "GET", "/metrics").text()
    chat(gw.port, "a@example.com and b@example.com")
    # Counted when lethe releases the request, which may be a moment after the answer.
    scrapes = []
    wait_until(lambda: scrapes.append(request(gw.port, "GET", "/metrics").text())
               or count(scrapes[-1]) - count(before) >= 2, 2)
    after = scrapes[-1]
    expect_eq(count(after) - count(before), 2, "EMAIL counter moved by")
    expect("example.com" not in after, "a value in /metrics", after)


def check_allow_list_and_custom(suite):
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["scrub"] = {"enabled": True, "entities": ["EMAIL", "EMPLOYEE_ID"], "allow": ["support@example.com"],
                    "custom": [{"type": "EMPLOYEE_ID", "pattern": "\\bE-[0-9]{6}\\b"}]}
    gw = suite.lethe(cfg)
    text = "Ask support@example.com about E-123456 for ann@example.org, card 4206 4583 3793 9858"
    r = chat(gw.port, text)
    expect_eq(r.json()["choices"][0]["message"]["content"], text, "restored")
    sent = json.loads(provider_saw(mock))["messages"][0]["content"]
    expect_eq(sent, "Ask support@example.com about [EMPLOYEE_ID_1] for [EMAIL_1], card 4206 4583 3793 9858",
              "what the provider saw")
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_scrub_off(suite):
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["scrub"] = {"enabled": False}
    gw = suite.lethe(cfg)
    r = chat(gw.port, SAMPLE)
    expect_eq(r.header("x-lethe-scrubbed"), "0", "x-lethe-scrubbed")
    expect_eq(json.loads(provider_saw(mock))["messages"][0]["content"], SAMPLE, "unscrubbed text upstream")
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_bad_custom_pattern_stops_start_up(suite):
    cfg = default_config(1)
    cfg["scrub"] = {"custom": [{"type": "EMPLOYEE_ID", "pattern": "E-[0-9"}]}
    path = os.path.join(suite.workdir.name, "bad-pattern.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    for args in (["--check", "-c", path], ["-c", path]):
        result = subprocess.run([lethe_path()] + args, capture_output=True, text=True, timeout=10)
        expect(result.returncode != 0, "%s exited 0 with an uncompilable pattern" % args)
        lines = result.stderr.strip().splitlines()
        expect(len(lines) == 1 and "EMPLOYEE_ID" in lines[0] and "does not compile" in lines[0],
               "the error is not one line naming the type", result.stderr)


with Suite() as suite:
    corpus = load_corpus()
    mock, gw = suite.gateway()
    suite.case("streamed corpus cases round-trip exactly, no value reaches the provider",
               check_corpus_round_trip, gw, mock, corpus)
    suite.case("whole answers in both dialects round-trip exactly", check_whole_answers_both_dialects, gw, mock, corpus)
    suite.case("one text at every chunk size 1..7", check_every_chunk_size_on_one_text, gw, mock)
    suite.case("x-lethe-scrubbed counts; x-lethe-rehydrate: off keeps placeholders",
               check_scrubbed_header_and_rehydrate_off, gw, mock)
    suite.case("tool arguments are restored, JSON-escaped, whole and streamed", check_tool_arguments_restored, gw, mock)
    suite.case("tool calls, tool results and escaped text are scrubbed",
               check_tool_results_and_escaped_text_are_scrubbed, gw, mock)
    suite.case("/metrics counts masked values by type, never a value", check_metrics_count_by_type, gw, mock)
    suite.case("allow list and a custom type from the config", check_allow_list_and_custom, suite)
    suite.case("scrub off sends the text as it is", check_scrub_off, suite)
    suite.case("a custom pattern that does not compile stops start-up, naming its type",
               check_bad_custom_pattern_stops_start_up, suite)
