#!/usr/bin/env python3
"""POST /v1/responses (the OpenAI Responses API, stateless) in front of each provider format
the mock speaks (openai, anthropic, gemini): text and a function tool, whole and streamed
(the documented event sequence, sequence_number counting up), JSON schemas and reasoning
translated, the stateful fields refused with a 400 that says why, a provider failure mid
stream as response.failed and error, and a scrub round trip: nothing labelled reaches the
mock, and the values come back in the streamed text and function-call argument deltas.
Also structured outputs and reasoning across formats from the other dialects: Chat's
response_format and reasoning_effort, and Anthropic's output_config and thinking."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (CANARY, SSEReader, Suite, expect, expect_eq, expect_openai_error, expect_unseen,  # noqa: E402
                     open_stream, request, sent_json, three_format_config)

TEXT = "Grüße aus 東京 🎉 — tide tables please"
PROVIDERS = ("oa", "an", "ge")
SAMPLE = "Mail sarah.johnson@example.com or call +47 912 34 567 about card 4206 4583 3793 9858."
SAMPLE_VALUES = ["sarah.johnson@example.com", "+47 912 34 567", "4206 4583 3793 9858"]
SCHEMA = {"type": "object", "properties": {"port": {"type": "string"}}, "required": ["port"],
          "additionalProperties": False}
TOOL = {"type": "function", "name": "lookup_tide", "description": "Tide times for a port",
        "parameters": {"type": "object", "properties": {"echo": {"type": "string"}}}}
TOOL_RESULT_MARKER = {"oa": '"tool_call_id"', "an": '"tool_result"', "ge": '"functionResponse"'}


def create(gw, body, headers=None):
    return request(gw.port, "POST", "/v1/responses", body, headers=headers)


def stream(port, body, path="/v1/responses"):
    """The events of a streamed request: a list of (event name, data as JSON)."""
    conn, resp = open_stream(port, dict(body, stream=True), path=path)
    try:
        expect_eq(resp.status, 200, "stream status")
        expect("text/event-stream" in (resp.getheader("content-type") or ""), "not an event stream",
               resp.getheader("content-type"))
        return [(e.event, e.json()) for e in SSEReader(resp) if e.data]
    finally:
        conn.close()


def output_text(response):
    return "".join(part.get("text", "") for item in response.get("output", []) if item.get("type") == "message"
                   for part in item.get("content", []) if part.get("type") == "output_text")


def check_sequence(events):
    """Every event's `event:` name is its data's type, and sequence_number counts 0, 1, 2 …"""
    for i, (name, data) in enumerate(events):
        expect_eq(data.get("type"), name, "event %d: data.type" % i)
        expect_eq(data.get("sequence_number"), i, "event %d: sequence_number" % i)


def names(events):
    return [name for name, _ in events]


def check_whole_text(gw, mock, provider):
    r = create(gw, {"model": "%s/m" % provider, "input": TEXT, "instructions": "Be brief."})
    expect_eq(r.status, 200, "status")
    body = r.json()
    expect(body.get("id", "").startswith("resp_"), "id is not resp_…", body.get("id"))
    expect_eq(body.get("object"), "response", "object")
    expect_eq(body.get("status"), "completed", "status")
    expect(isinstance(body.get("created_at"), int), "no created_at", body)
    expect_eq(output_text(body), TEXT, "output text")
    usage = body.get("usage") or {}
    for key in ("input_tokens", "output_tokens", "total_tokens"):
        expect(isinstance(usage.get(key), int) and usage[key] > 0, "usage.%s" % key, usage)
    expect("cached_tokens" in usage.get("input_tokens_details", {}), "no input_tokens_details", usage)
    expect("reasoning_tokens" in usage.get("output_tokens_details", {}), "no output_tokens_details", usage)
    sent = json.dumps(sent_json(mock), ensure_ascii=False)
    expect("Be brief." in sent, "the instructions did not reach the provider", sent)


def check_streamed_text(gw, mock, provider):
    mock.configure(chunk_bytes=3)
    try:
        events = stream(gw.port, {"model": "%s/m" % provider, "input": [
            {"role": "user", "content": [{"type": "input_text", "text": TEXT}]}]})
    finally:
        mock.reset()
    check_sequence(events)
    order = names(events)
    expect_eq(order[:4], ["response.created", "response.in_progress", "response.output_item.added",
                          "response.content_part.added"], "opening events")
    expect_eq(order[-4:], ["response.output_text.done", "response.content_part.done", "response.output_item.done",
                           "response.completed"], "closing events")
    deltas = [data["delta"] for name, data in events if name == "response.output_text.delta"]
    expect(len(deltas) > 1, "the text did not come in pieces", order)
    expect_eq("".join(deltas), TEXT, "deltas")
    expect_eq(events[-4][1].get("text"), TEXT, "output_text.done text")
    completed = events[-1][1]["response"]
    expect_eq(completed.get("status"), "completed", "final status")
    expect_eq(output_text(completed), TEXT, "final output text")
    expect(completed.get("usage", {}).get("output_tokens", 0) > 0, "no usage in response.completed", completed)
    added = events[2][1]
    expect_eq(added["item"].get("type"), "message", "added item")
    expect_eq(added["item"].get("content"), [], "an added message has no content yet (content_part.added brings it)")
    expect(all(data.get("item_id", added["item"]["id"]) == added["item"]["id"] for _, data in events[3:-2]),
           "events of one item name different item ids", events)


def check_function_tool(gw, mock, provider):
    model = "%s/m" % provider
    mock.configure(reply_tool="lookup_tide", chunk_bytes=3)
    try:
        r = create(gw, {"model": model, "input": TEXT, "tools": [TOOL], "tool_choice": "auto"})
        expect_eq(r.status, 200, "status")
        calls = [item for item in r.json()["output"] if item.get("type") == "function_call"]
        expect_eq(len(calls), 1, "function_call items")
        expect_eq(calls[0]["name"], "lookup_tide", "name")
        expect_eq(json.loads(calls[0]["arguments"]), {"echo": TEXT}, "arguments")
        expect(calls[0].get("call_id"), "no call_id", calls[0])
        events = stream(gw.port, {"model": model, "input": TEXT, "tools": [TOOL]})
    finally:
        mock.reset()
    check_sequence(events)
    order = names(events)
    expect("response.function_call_arguments.done" in order, "no function_call_arguments.done", order)
    added = [data["item"] for name, data in events if name == "response.output_item.added"]
    expect_eq([item["type"] for item in added], ["function_call"], "added items")
    expect_eq(added[0]["name"], "lookup_tide", "streamed name")
    arguments = "".join(data["delta"] for name, data in events if name == "response.function_call_arguments.delta")
    expect_eq(json.loads(arguments), {"echo": TEXT}, "streamed arguments")
    expect_eq(order[-1], "response.completed", "last event")
    # The call and its output go back as input items, and reach the provider in its format.
    call_id = added[0]["call_id"]
    r = create(gw, {"model": model, "tools": [TOOL], "input": [
        {"role": "user", "content": TEXT},
        {"type": "function_call", "call_id": call_id, "name": "lookup_tide", "arguments": arguments},
        {"type": "function_call_output", "call_id": call_id, "output": '{"high":"14:02"}'}]})
    expect_eq(r.status, 200, "follow-up status")
    sent = mock.last()["body"]
    expect(TOOL_RESULT_MARKER[provider] in sent and "14:02" in sent, "the tool output did not reach the provider",
           sent)


def check_json_schema(gw, mock, provider):
    text_format = {"format": {"type": "json_schema", "name": "tide", "schema": SCHEMA, "strict": True}}
    r = create(gw, {"model": "%s/m" % provider, "input": TEXT, "text": text_format})
    expect_eq(r.status, 200, "status")
    sent = sent_json(mock)
    if provider == "oa":
        expect_eq(sent["response_format"]["type"], "json_schema", "response_format.type")
        expect_eq(sent["response_format"]["json_schema"]["name"], "tide", "json_schema.name")
        expect_eq(sent["response_format"]["json_schema"]["schema"], SCHEMA, "json_schema.schema")
        expect_eq(sent["response_format"]["json_schema"]["strict"], True, "json_schema.strict")
    elif provider == "an":
        expect_eq(sent["output_config"]["format"], {"type": "json_schema", "schema": SCHEMA}, "output_config.format")
    else:
        config = sent["generationConfig"]
        expect_eq(config["responseMimeType"], "application/json", "responseMimeType")
        expect_eq(config["responseJsonSchema"], SCHEMA, "responseJsonSchema")


def check_reasoning(gw, mock, provider):
    r = create(gw, {"model": "%s/m" % provider, "input": TEXT, "reasoning": {"effort": "low", "summary": "auto"},
                    "max_output_tokens": 8000})
    expect_eq(r.status, 200, "status")
    sent = sent_json(mock)
    if provider == "oa":
        expect_eq(sent.get("reasoning_effort"), "low", "reasoning_effort")
    elif provider == "an":
        expect_eq(sent.get("thinking"), {"type": "enabled", "budget_tokens": 2048}, "thinking")
        expect_eq(sent.get("max_tokens"), 8000, "max_tokens")
    else:
        expect_eq(sent["generationConfig"].get("thinkingConfig"), {"thinkingBudget": 2048, "includeThoughts": True},
                  "thinkingConfig")


def check_stateful_refused(gw, mock):
    before = mock.requests()
    base = {"model": "oa/m", "input": CANARY}
    for field, value, param in (("previous_response_id", "resp_123", "previous_response_id"),
                                ("store", True, "store"), ("background", True, "background"),
                                ("conversation", "conv_123", "conversation")):
        err = expect_openai_error(create(gw, dict(base, **{field: value})), 400)
        expect_eq(err.get("param"), param, "%s: param" % field)
        expect("zero-retention" in err["message"], "%s: the message does not say why" % field, err)
    err = expect_openai_error(create(gw, {"model": "oa/m", "input": [{"type": "item_reference", "id": "msg_1"}]}),
                              400)
    expect_eq(err.get("param"), "input[0].type", "item_reference: param")
    expect("zero-retention" in err["message"], "item_reference: the message does not say why", err)
    err = expect_openai_error(create(gw, dict(base, tools=[{"type": "web_search"}])), 400)
    expect_eq(err.get("param"), "tools[0].type", "a built-in tool: param")
    expect_eq(mock.requests(), before, "a refused request reached the provider")
    for allowed in ({"store": False}, {"background": False}, {"previous_response_id": None}, {}):
        r = create(gw, dict({"model": "oa/m", "input": TEXT}, **allowed))
        expect_eq(r.status, 200, "%r is stateless and allowed" % allowed)


def check_failure_mid_stream(gw, mock, provider):
    mock.configure(drop_after=3, chunk_bytes=2)
    try:
        events = stream(gw.port, {"model": "%s/m" % provider, "input": TEXT + " " + CANARY})
    finally:
        mock.reset()
    order = names(events)
    expect("response.completed" not in order, "a cut stream was passed off as complete", order)
    expect_eq(order[-2:], ["response.failed", "error"], "the last events")
    failed = events[-2][1]["response"]
    expect_eq(failed.get("status"), "failed", "failed status")
    expect(isinstance(failed.get("error"), dict) and failed["error"].get("message"), "no error in response.failed",
           failed)
    expect(CANARY not in json.dumps(events[-2:]), "the error quotes the prompt", events[-2:])


def check_provider_down(gw, mock, provider):
    """Every target failed before a byte went out: an OpenAI-shaped 503, streamed or not."""
    mock.configure(status=500)
    try:
        for stream_flag in (False, True):
            r = create(gw, {"model": "%s/m" % provider, "input": CANARY, "stream": stream_flag})
            err = expect_openai_error(r, 503)
            expect(provider in err["message"], "the message does not name the provider", err)
    finally:
        mock.reset()


def check_scrub_round_trip(gw, mock, provider):
    """Text streamed at 1 to 5 bytes a piece, and a function call's arguments: the provider
    sees no labelled value, the client gets every one back in the deltas."""
    model = "%s/m" % provider
    for chunk in (1, 2, 3, 5):
        mock.configure(chunk_bytes=chunk)
        events = stream(gw.port, {"model": model, "input": SAMPLE})
        text = "".join(data["delta"] for name, data in events if name == "response.output_text.delta")
        expect_eq(text, SAMPLE, "restored text at chunk_bytes %d" % chunk)
        expect_eq(output_text(events[-1][1]["response"]), SAMPLE, "restored response.completed")
        expect_unseen(mock.last()["body"], SAMPLE_VALUES, "chunk_bytes %d" % chunk)
    mock.configure(chunk_bytes=3, reply_tool="lookup_tide")
    try:
        events = stream(gw.port, {"model": model, "input": SAMPLE, "tools": [TOOL]})
        arguments = "".join(d["delta"] for n, d in events if n == "response.function_call_arguments.delta")
        expect_eq(json.loads(arguments), {"echo": SAMPLE}, "restored argument deltas")
        done = [d for n, d in events if n == "response.function_call_arguments.done"]
        expect_eq(json.loads(done[0]["arguments"]), {"echo": SAMPLE}, "restored arguments.done")
        expect_unseen(mock.last()["body"], SAMPLE_VALUES, "tool request")
        r = create(gw, {"model": model, "input": SAMPLE, "tools": [TOOL]})
        calls = [item for item in r.json()["output"] if item.get("type") == "function_call"]
        expect_eq(json.loads(calls[0]["arguments"]), {"echo": SAMPLE}, "restored arguments, whole")
    finally:
        mock.reset()


def check_mock_serves_responses(mock):
    """The mock's own POST /v1/responses: the OpenAI shape, echoing the last user input."""
    r = request(mock.port, "POST", "/v1/responses", {"model": "m", "input": [{"role": "user", "content": TEXT}]})
    expect_eq(r.status, 200, "status")
    expect_eq(output_text(r.json()), TEXT, "mock echo")
    events = stream(mock.port, {"model": "m", "input": TEXT})
    check_sequence(events)
    expect_eq("".join(d["delta"] for n, d in events if n == "response.output_text.delta"), TEXT, "mock stream")
    expect_eq(names(events)[-1], "response.completed", "mock's last event")


def check_chat_structured_and_reasoning(gw, mock, provider):
    """Chat's response_format json_schema and reasoning_effort reach every format."""
    r = request(gw.port, "POST", "/v1/chat/completions", {
        "model": "%s/m" % provider, "messages": [{"role": "user", "content": TEXT}], "reasoning_effort": "high",
        "response_format": {"type": "json_schema", "json_schema": {"name": "tide", "schema": SCHEMA}}})
    expect_eq(r.status, 200, "status")
    sent = sent_json(mock)
    if provider == "an":
        expect_eq(sent["output_config"]["format"]["schema"], SCHEMA, "output_config schema")
        expect_eq(sent["thinking"]["budget_tokens"], 16384, "thinking budget")
        expect(sent["max_tokens"] > 16384, "max_tokens leaves no room past the budget", sent["max_tokens"])
    elif provider == "ge":
        expect_eq(sent["generationConfig"]["responseJsonSchema"], SCHEMA, "responseJsonSchema")
        expect_eq(sent["generationConfig"]["thinkingConfig"]["thinkingBudget"], 16384, "thinkingBudget")
    else:
        expect_eq(sent["reasoning_effort"], "high", "reasoning_effort")


def check_anthropic_structured_and_thinking(gw, mock, provider):
    """Anthropic's output_config (what messages.parse sends), output_format and thinking."""
    base = {"model": "%s/m" % provider, "max_tokens": 4000, "messages": [{"role": "user", "content": TEXT}]}
    for extra in ({"output_config": {"format": {"type": "json_schema", "schema": SCHEMA}}},
                  {"output_format": {"type": "json_schema", "schema": SCHEMA}}):
        r = request(gw.port, "POST", "/v1/messages", dict(base, **extra))
        expect_eq(r.status, 200, "status with %s" % list(extra))
        sent = sent_json(mock)
        if provider == "an":
            expect_eq(sent["output_config"]["format"]["schema"], SCHEMA, "output_config")
        elif provider == "ge":
            expect_eq(sent["generationConfig"]["responseJsonSchema"], SCHEMA, "responseJsonSchema")
        else:
            expect_eq(sent["response_format"]["json_schema"]["schema"], SCHEMA, "response_format")
            expect_eq(sent["response_format"]["json_schema"]["name"], "response", "a name for the nameless")
    r = request(gw.port, "POST", "/v1/messages", dict(base, thinking={"type": "enabled", "budget_tokens": 2000}))
    expect_eq(r.status, 200, "thinking status")
    expect_eq(r.json()["content"][-1]["text"], TEXT, "thinking answer text")
    sent = sent_json(mock)
    if provider == "an":
        expect_eq(sent["thinking"], {"type": "enabled", "budget_tokens": 2000}, "thinking")
    elif provider == "ge":
        expect_eq(sent["generationConfig"]["thinkingConfig"]["thinkingBudget"], 2000, "thinkingBudget")
    else:
        expect_eq(sent["reasoning_effort"], "low", "reasoning_effort from a 2000-token budget")
    r = request(gw.port, "POST", "/v1/messages", dict(base, thinking={"type": "enabled", "budget_tokens": 10}))
    err = r.json().get("error", {})
    expect(r.status == 400 and err.get("message", "").startswith("'thinking.budget_tokens' "),
           "a budget under 1024 is not refused by name", r)


# Each run against every provider format: (case name with %s for the provider, check).
PER_PROVIDER = (
    ("provider %s: a whole response echoes the text, with usage", check_whole_text),
    ("provider %s: the streamed event sequence, sequence_number counting up", check_streamed_text),
    ("provider %s: a function tool, whole and streamed, and its output sent back", check_function_tool),
    ("provider %s: text.format json_schema reaches the provider in its shape", check_json_schema),
    ("provider %s: reasoning.effort reaches the provider in its shape", check_reasoning),
    ("provider %s: a stream cut mid-way ends with response.failed and error", check_failure_mid_stream),
    ("provider %s down: an OpenAI-shaped 503, streamed or not", check_provider_down),
    ("provider %s: scrub round trip through streamed text and argument deltas", check_scrub_round_trip),
    ("provider %s: chat response_format json_schema and reasoning_effort translate",
     check_chat_structured_and_reasoning),
    ("provider %s: Anthropic output_config, output_format and thinking translate",
     check_anthropic_structured_and_thinking),
)


with Suite() as suite:
    mock = suite.mock()
    gw = suite.lethe(three_format_config(mock.port))
    suite.case("lethe-mock serves POST /v1/responses, whole and streamed", check_mock_serves_responses, mock)
    for provider in PROVIDERS:
        for name, check in PER_PROVIDER:
            suite.case(name % provider, check, gw, mock, provider)
    suite.case("stateful fields and built-in tools are a 400 that says why; store false is fine",
               check_stateful_refused, gw, mock)
