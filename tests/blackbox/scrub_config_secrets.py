#!/usr/bin/env python3
"""Secrets whose name is not joined to the value by '=' or ':' (issue 15): a Postman
environment, a `vault kv get` table, a Dockerfile's ENV NAME value, a Kubernetes env entry,
code (t.Setenv, .password("…"), auth=(…)), redis-cli -a, a password in prose in five
languages, Go's MySQL DSN user:password@tcp(…), Oracle's thin URL, kebab- and camelCase
names. None of them reaches the provider; the answer comes back to the client as it was
sent; stand-ins and ids under names that name no secret reach the provider unchanged."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, chat, expect, expect_eq, request  # noqa: E402

# Each text, and the values in it the provider must not see.
CASES = [
    ('{"name": "prod", "values": [\n  {"key": "client_secret", "value": "5e0c9a7d21b84f6e", "enabled": true}\n]}',
     ["5e0c9a7d21b84f6e"]),
    ("$ vault kv get secret/prod/db\nKey         Value\n---         -----\npassword    k3vq9zmw2rt\n"
     "api_token   9c41d0e7a25b8f36\n", ["k3vq9zmw2rt", "9c41d0e7a25b8f36"]),
    ("FROM node:20\nENV DB_PASSWORD Hx7kQm2pLw\nRUN npm ci\n", ["Hx7kQm2pLw"]),
    ("env:\n  - name: API_TOKEN\n    value: \"Tq8vNz3rKx\"\n", ["Tq8vNz3rKx"]),
    ('func TestLogin(t *testing.T) {\n\tt.Setenv("DB_PASSWORD", "Gt5wRp8mZq")\n}\n', ["Gt5wRp8mZq"]),
    ('ds = builder.username("app").password("Jv2nXc7tBw").build();', ["Jv2nXc7tBw"]),
    ("$ redis-cli -a Rc4mWq9zLp MONITOR", ["Rc4mWq9zLp"]),
    ("the wifi password is Wf6kTz2qNx (rotate monthly). Das Passwort lautet Dp3rLm8vQz. "
     "Le mot de passe est Fm9qXw4tKr. La contrase\u00f1a es Ec5nVb7yHs. L\u00f6senordet \u00e4r Sl2pGd6wMx.",
     ["Wf6kTz2qNx", "Dp3rLm8vQz", "Fm9qXw4tKr", "Ec5nVb7yHs", "Sl2pGd6wMx"]),
    ('dsn := "app:Gd8sNq3wLx@tcp(db.internal:3306)/orders?parseTime=true"', ["Gd8sNq3wLx"]),
    ("jdbc:oracle:thin:scott/Or7cLt2qWm@db.internal:1521/ORCL", ["Or7cLt2qWm"]),
    ('hmac-key: Hk4mZq8wRt\n{"dbPass": "Db6vNx3qPw", "rootPw": "Rp9tKz2mLq"}\n',
     ["Hk4mZq8wRt", "Db6vNx3qPw", "Rp9tKz2mLq"]),
]

# Stand-ins and ids under names that name no secret: the provider sees them as they are.
DECOYS = ('{"key": "api_key_template", "value": "{{ api_key }}"}\npassword    ${DB_PASSWORD}\n'
          'ENV DB_PASSWORD changeme\n- name: GIT_COMMIT\n  value: 9fceb02d0ae598e95dc970b74767f19372d61af8\n'
          'routing_key: orders.created\nrequest_id: 3f2a9c4e-1b7d-4e8f-9a6c-2d5e8f1b3c7a\n'
          'The token limit is 4096 tokens and the password reset link expires tomorrow.')


def provider_text(mock):
    return json.dumps(json.loads(mock.last()["body"]), ensure_ascii=False)


def check_secrets_are_masked(gw, mock):
    leaked = []
    total = 0
    for text, values in CASES:
        r = chat(gw.port, text)
        expect_eq(r.status, 200, "status")
        expect_eq(r.json()["choices"][0]["message"]["content"], text, "the answer is restored")
        seen = provider_text(mock)
        leaked += [value for value in values if value in seen]
        total += len(values)
    expect(not leaked, "the provider saw %d of %d secrets: %s" % (len(leaked), total, leaked))


def check_stand_ins_pass(gw, mock):
    r = chat(gw.port, DECOYS)
    expect_eq(r.status, 200, "status")
    expect(DECOYS in json.loads(mock.last()["body"])["messages"][0]["content"],
           "a stand-in or an id under a name that names no secret was masked")


def check_tool_arguments(gw, mock):
    """A tool's arguments are parsed JSON: each value is masked on its own, and a key that
    names a secret names its value ("dbPass": "…", "api_key": "…")."""
    arguments = json.dumps({"connection": {"host": "db.internal", "dbPass": "Ta7wQm3zKp"},
                            "api_key": "9c41d0e7a25b8f3611aa", "baseUrl": "https://api.example.com",
                            "token_type": "bearer", "max_tokens": "4096"})
    body = {"model": "mock/mock-model", "messages": [
        {"role": "user", "content": "import this environment"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "import_env", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "imported"},
        {"role": "user", "content": "thanks"}]}
    r = request(gw.port, "POST", "/v1/chat/completions", json.dumps(body).encode(),
                headers={"Content-Type": "application/json"})
    expect_eq(r.status, 200, "status")
    seen = mock.last()["body"]
    leaked = [value for value in ("Ta7wQm3zKp", "9c41d0e7a25b8f3611aa") if value in seen]
    expect(not leaked, "the provider saw %d secrets of a tool's arguments" % len(leaked))
    kept = [value for value in ("https://api.example.com", "bearer", "4096", "db.internal") if value not in seen]
    expect(not kept, "values that are no secret were masked: %s" % kept)


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("secrets under names with no '=' or ':' never reach the provider", check_secrets_are_masked, gw, mock)
    suite.case("stand-ins and ids under other names reach the provider as they are", check_stand_ins_pass, gw, mock)
    suite.case("a tool's arguments are masked the same way", check_tool_arguments, gw, mock)
