#!/usr/bin/env python3
"""Structure as context (issue 15): keys, env names, table columns and cue words in six
languages say what a value is, so national numbers without separators, dates of birth
and phones without a country code never reach the provider, while the same digits with
nothing naming them (a log's dates, a version, an order id) do. Every answer comes back
to the client as it was sent."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, chat, expect, expect_eq, request  # noqa: E402

# Each text, and the values in it the provider must not see.
CASES = [
    ('{"name": "x", "phone": "91234567", "ssn": "536228726", "sin": 130692544}',
     ["91234567", "536228726", "130692544"]),
    ("SSN=536228726\nPHONE=0171 1234567\n", ["536228726", "0171 1234567"]),
    ("customer:\n  date_of_birth: 12 March 1985\n  steuer_id: 86095742719\n  personnummer: 194112122678\n",
     ["12 March 1985", "86095742719", "194112122678"]),
    ("id,phone,ssn,birth_date\n1,91234567,536228726,12.03.1985\n", ["91234567", "536228726", "12.03.1985"]),
    (" id | telefon    | fnr\n----+------------+-------------\n  1 | 912 34 567 | 15076500565\n(1 row)\n",
     ["912 34 567", "15076500565"]),
    ("| Name | Phone | DOB |\n|---|---|---|\n| x | 4155552671 | March 12, 1985 |\n",
     ["4155552671", "March 12, 1985"]),
    ("Handy 0171 1234567, mi m\u00f3vil es el 612 345 678, joignable au 06 12 34 56 78.",
     ["0171 1234567", "612 345 678", "06 12 34 56 78"]),
    ("SSN 536228726 and personnummer 194112122678", ["536228726", "194112122678"]),
    ("f\u00f8dt 12.03.1985, geboren am 12. M\u00e4rz 1985, n\u00e9e le 1er f\u00e9vrier 1990",
     ["12.03.1985", "12. M\u00e4rz 1985", "1er f\u00e9vrier 1990"]),
    ("011000015 is my routing number. 912 34 567 er mitt telefonnummer. 86095742719 ist meine Steuer-ID.",
     ["011000015", "912 34 567", "86095742719"]),
    # Round two: 00 and (+cc) prefixes, national groupings, the second of two numbers, cue
    # synonyms and cues after the value, a value on the next line, SQL column lists, dates.
    ("Handy: 0049 170 1234567. Tel\u00e9fono: (+34) 612 345 678. Svara JA till 070-123 45 67.",
     ["0049 170 1234567", "(+34) 612 345 678", "070-123 45 67"]),
    ("Erreichbar unter 0171 1234567 oder dienstlich 0151 23456789.", ["0171 1234567", "0151 23456789"]),
    ("SS# 536 22 8726, born 12/23/78. 131951726 \u2014 that's my social, and 011000015 is the bank's ABA.",
     ["536 22 8726", "12/23/78", "131951726", "011000015"]),
    ("phones:\n  - 91234567\n  - 41234567\n", ["91234567", "41234567"]),
    ("INSERT INTO payroll (emp_name, ssn, routing_no) VALUES ('x', '536228726', '011000015');",
     ["536228726", "011000015"]),
    ("Date of birth: 25-Nov-2000. F\u00f6delsedatum: den 7 juni 1976.", ["25-Nov-2000", "den 7 juni 1976"]),
]

# Digits nothing names: they reach the provider unchanged.
DECOYS = ("2024-05-12 10:00:01 started build 1234567, released 12 March 2024; "
          '{"mobile_app_version": "1234567", "order_id": 536228726}; created_at: 1985-03-12')


def provider_text(mock):
    body = json.loads(mock.last()["body"])
    return json.dumps(body, ensure_ascii=False)


def check_named_values_are_masked(gw, mock):
    leaked = total = 0
    for text, values in CASES:
        r = chat(gw.port, text)
        expect_eq(r.status, 200, "status")
        expect_eq(r.json()["choices"][0]["message"]["content"], text, "the answer is restored")
        seen = provider_text(mock)
        leaked += sum(value in seen for value in values)
        total += len(values)
    expect(leaked == 0, "the provider saw %d of %d values named by their structure" % (leaked, total))


def check_unnamed_digits_pass(gw, mock):
    r = chat(gw.port, DECOYS)
    expect_eq(r.status, 200, "status")
    expect(DECOYS in json.loads(mock.last()["body"])["messages"][0]["content"],
           "digits nothing names were masked")


def check_keys_of_tool_arguments(gw, mock):
    """A tool's arguments are parsed JSON: each value is masked on its own, and its key
    still names it ("ssn": "536228726" is an SSN without separators)."""
    arguments = json.dumps({"customer": {"ssn": "536228726", "phone": "91234567", "dob": "1985-03-12",
                                         "phones": ["0171 1234567"], "build": "1234567"}})
    body = {"model": "mock/mock-model", "messages": [
        {"role": "user", "content": "look the customer up"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "found"},
        {"role": "user", "content": "thanks"}]}
    r = request(gw.port, "POST", "/v1/chat/completions", json.dumps(body).encode(),
                headers={"Content-Type": "application/json"})
    expect_eq(r.status, 200, "status")
    seen = mock.last()["body"]
    leaked = [value for value in ("536228726", "91234567", "1985-03-12", "0171 1234567") if value in seen]
    expect(not leaked, "the provider saw %d values named by their JSON keys" % len(leaked))
    expect("1234567" in seen, "a value under a key that names nothing was masked")


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("values named by keys, columns and cue words never reach the provider",
               check_named_values_are_masked, gw, mock)
    suite.case("digits nothing names reach the provider as they are", check_unnamed_digits_pass, gw, mock)
    suite.case("keys of a tool's parsed arguments name their values", check_keys_of_tool_arguments, gw, mock)
