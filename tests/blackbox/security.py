#!/usr/bin/env python3
"""Gateway keys and input limits, through the contract: 401 without a valid key in each
dialect, keys as salted hashes from lethe --hash-key, routes a key may use, a key that
may turn scrubbing off, loopback-only without keys, and every input limit answered with a
4xx in the client's dialect (URI, headers, nesting, messages)."""
import json
import os
import socket
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, default_config, expect, expect_eq, expect_openai_error,  # noqa: E402
                     free_port, lethe_path, request)

KEY = "gw-test-key-6f1c2a"
OTHER_KEY = "gw-other-key-93b7e0"


def hash_key(key):
    result = subprocess.run([lethe_path(), "--hash-key"], input=key + "\n", capture_output=True, text=True,
                            timeout=10)
    expect_eq(result.returncode, 0, "--hash-key exit status")
    text = result.stdout.strip()
    expect(text.startswith("sha256:") and len(text) == 7 + 32 + 1 + 64, "--hash-key printed %r" % text)
    expect(key not in result.stdout + result.stderr, "--hash-key echoed the key")
    return text


def chat(gw, headers=None, model="default", path="/v1/chat/completions", text="hello"):
    body = {"model": model, "messages": [{"role": "user", "content": text}]}
    if path == "/v1/messages":
        body["max_tokens"] = 50
    return request(gw.port, "POST", path, body, headers=headers)


def expect_anthropic_error(r, status, kind):
    expect_eq(r.status, status, "status")
    body = r.json()
    expect(body.get("type") == "error" and body["error"].get("type") == kind,
           "not an Anthropic %s error" % kind, r)


def check_hash_key_is_salted():
    first, second = hash_key(KEY), hash_key(KEY)
    expect(first != second, "two hashes of one key are equal: no salt")


def check_no_key_is_401(gw):
    for headers in (None, {"Authorization": "Bearer wrong-key-123456"}, {"x-api-key": "wrong"},
                    {"Authorization": KEY}):
        r = chat(gw, headers)
        err = expect_openai_error(r, 401)
        expect_eq(err["type"], "authentication_error", "error type")
        expect(KEY not in r.text(), "the key is quoted")
        expect_anthropic_error(chat(gw, headers, path="/v1/messages"), 401, "authentication_error")
    expect_eq(request(gw.port, "GET", "/v1/models").status, 401, "/v1/models without a key")
    for path in ("/healthz", "/readyz", "/metrics"):
        expect_eq(request(gw.port, "GET", path).status, 200, path + " without a key")


def check_valid_key_passes(gw):
    r = chat(gw, {"Authorization": "Bearer " + KEY})
    expect_eq(r.status, 200, "Bearer key")
    r = chat(gw, {"x-api-key": KEY}, path="/v1/messages")
    expect_eq(r.status, 200, "x-api-key")
    expect_eq(request(gw.port, "GET", "/v1/models", headers={"Authorization": "Bearer " + KEY}).status, 200,
              "/v1/models with a key")


def check_routes_of_a_key(gw):
    r = chat(gw, {"Authorization": "Bearer " + KEY}, model="other")
    err = expect_openai_error(r, 403)
    expect_eq(err["type"], "permission_error", "error type")
    r = chat(gw, {"Authorization": "Bearer " + OTHER_KEY}, model="other")
    expect_eq(r.status, 200, "the other key may use every route")


def check_scrub_off_only_for_optional_keys(gw, mock):
    text = "write to ann.lee@example.org"
    chat(gw, {"Authorization": "Bearer " + OTHER_KEY, "x-lethe-scrub": "off"}, text=text)
    expect("ann.lee@example.org" not in mock.last()["body"], "a key without scrub_optional turned scrubbing off")
    r = chat(gw, {"Authorization": "Bearer " + KEY, "x-lethe-scrub": "off"}, text=text)
    expect_eq(r.header("x-lethe-scrubbed"), "0", "x-lethe-scrubbed")
    expect("ann.lee@example.org" in mock.last()["body"], "scrub_optional key: x-lethe-scrub: off was ignored")


def check_loopback_only_without_keys(suite):
    cfg = default_config(1)
    path = os.path.join(suite.workdir.name, "open.json")
    for allow_open, wanted in ((False, 1), (True, 0)):
        if allow_open:
            cfg["allow_open"] = True
        with open(path, "w") as f:
            json.dump(cfg, f)
        result = subprocess.run([lethe_path(), "--check", "-c", path, "-l", "0.0.0.0:%d" % free_port()],
                                capture_output=True, text=True, timeout=10)
        expect_eq(result.returncode, wanted, "--check on 0.0.0.0 with allow_open %s" % allow_open)
        if wanted:
            expect("allow_open" in result.stderr and len(result.stderr.strip().splitlines()) == 1,
                   "the refusal is not one line naming allow_open", result.stderr)


def raw_request(port, head):
    s = socket.create_connection((LOOPBACK, port), timeout=5)
    try:
        s.sendall(head)
        data = b""
        while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) == 0:
            piece = s.recv(4096)
            if not piece:
                break
            data += piece
        status = int(data.split(b" ", 2)[1])
        return status, json.loads(data.split(b"\r\n\r\n", 1)[1])
    finally:
        s.close()


def check_long_uri_and_headers(gw):
    status, body = raw_request(gw.port, b"GET /v1/models?x=" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    expect_eq(status, 414, "long URI, OpenAI path")
    expect_eq(body["error"]["code"], "uri_too_long", "code")
    status, body = raw_request(gw.port, b"POST /v1/messages?x=" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    expect_eq(status, 414, "long URI, Anthropic path")
    expect_eq(body["type"], "error", "Anthropic error shape")
    many = b"".join(b"X-Header-%d: %s\r\n" % (i, b"v" * 100) for i in range(1000))
    status, body = raw_request(gw.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
    expect_eq(status, 431, "100 KB of headers")
    status, _ = raw_request(gw.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Long: " + b"v" * 9000 + b"\r\n\r\n")
    expect_eq(status, 431, "one 9 KB header line")
    expect_eq(request(gw.port, "GET", "/healthz").status, 200, "the gateway still serves")


def check_nesting_and_message_limits(gw):
    deep = "[" * 80 + "]" * 80
    body = '{"model":"default","messages":[{"role":"user","content":"x"}],"metadata":%s}' % deep
    r = request(gw.port, "POST", "/v1/chat/completions", body.encode(),
                headers={"Authorization": "Bearer " + KEY, "Content-Type": "application/json"})
    expect_openai_error(r, 400)
    expect("deeper" in r.json()["error"]["message"], "the error does not say nesting", r)
    messages = [{"role": "user", "content": "m"}] * 30
    r = request(gw.port, "POST", "/v1/chat/completions", {"model": "default", "messages": messages},
                headers={"Authorization": "Bearer " + KEY})
    err = expect_openai_error(r, 413)
    expect("messages" in err["message"], "the error does not name messages", r)
    r = request(gw.port, "POST", "/v1/messages", {"model": "default", "max_tokens": 5, "messages": messages},
                headers={"x-api-key": KEY})
    expect_anthropic_error(r, 413, "request_too_large")


def check_rate_limits(suite):
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["keys"] = [{"name": "slow", "hash": hash_key(KEY), "rpm": 3},
                   {"name": "thrifty", "hash": hash_key(OTHER_KEY), "tpm": 400}]
    gw = suite.lethe(cfg)
    for i in range(3):
        expect_eq(chat(gw, {"Authorization": "Bearer " + KEY}).status, 200, "request %d within 3 rpm" % (i + 1))
    r = chat(gw, {"Authorization": "Bearer " + KEY})
    err = expect_openai_error(r, 429)
    expect_eq(err["type"], "rate_limit_error", "error type")
    expect(int(r.header("retry-after", "0")) >= 1, "no retry-after on 429", r)
    expect("slow" in err["message"], "the message does not name the key", r)
    r = chat(gw, {"x-api-key": KEY}, path="/v1/messages")
    expect_anthropic_error(r, 429, "rate_limit_error")
    # 400 tokens a minute: a ~1,000-byte prompt (~250 tokens) passes once, not twice.
    big = "word " * 200
    expect_eq(chat(gw, {"Authorization": "Bearer " + OTHER_KEY}, text=big).status, 200, "first big request")
    r = chat(gw, {"Authorization": "Bearer " + OTHER_KEY}, text=big)
    expect_openai_error(r, 429)
    expect("tokens" in r.json()["error"]["message"], "the message does not say tokens", r)
    metrics = request(gw.port, "GET", "/metrics").text()
    expect('lethe_rate_limited_total{limit="key_rpm"} 2' in metrics, "key_rpm refusals not counted", metrics)
    expect('lethe_rate_limited_total{limit="key_tpm"} 1' in metrics, "key_tpm refusals not counted", metrics)
    suite.stop(gw.process)
    cfg = default_config(mock.port)
    cfg["limits"] = {"ip_rpm": 2}
    gw = suite.lethe(cfg)
    codes = [chat(gw).status for _ in range(3)]
    expect_eq(codes, [200, 200, 429], "statuses under ip_rpm 2")
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_budget_reserves_before_streams(suite):
    """$1 a day at $1,000 per million tokens: a request asking for 250 output tokens
    reserves about $0.26, so of eight concurrent streams held by the provider three are
    admitted and five refused with 402 before anything starts; once they end and are
    charged their real (small) cost, the budget admits again."""
    import threading
    mock = suite.mock("--first_byte_ms", "600")
    cfg = default_config(mock.port)
    cfg["keys"] = [{"name": "capped", "hash": hash_key(KEY), "budget_usd_day": 1.0}]
    cfg["prices"] = {"mock/mock-model": {"input": 1000, "output": 1000}}
    gw = suite.lethe(cfg)
    statuses = []

    def one():
        r = request(gw.port, "POST", "/v1/chat/completions",
                    {"model": "default", "stream": True, "max_tokens": 250,
                     "messages": [{"role": "user", "content": "hi"}]},
                    headers={"Authorization": "Bearer " + KEY}, timeout=10)
        statuses.append((r.status, r.text()))
    threads = [threading.Thread(target=one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(code for code, _ in statuses)
    expect_eq(codes, [200] * 3 + [402] * 5, "statuses of 8 concurrent streams on a $1 budget")
    refusal = next(text for code, text in statuses if code == 402)
    expect("capped" in refusal and "budget" in refusal, "the 402 does not explain the budget", refusal)
    r = request(gw.port, "POST", "/v1/messages", {"model": "default", "max_tokens": 2000,
                                                  "messages": [{"role": "user", "content": "hi"}]},
                headers={"x-api-key": KEY})
    expect_anthropic_error(r, 402, "billing_error")
    mock.configure()
    r = request(gw.port, "POST", "/v1/chat/completions", {"model": "default", "max_tokens": 250,
                                                          "messages": [{"role": "user", "content": "hi"}]},
                headers={"Authorization": "Bearer " + KEY})
    expect_eq(r.status, 200, "after the streams were charged their real cost")
    suite.stop(gw.process)
    suite.stop(mock.process)


def check_sealed_provider_keys(suite):
    secret = "sk-sealed-provider-key-7d3e9a1c"
    work = suite.workdir.name
    plain, sealed = os.path.join(work, "keys.json"), os.path.join(work, "keys.sealed")
    with open(plain, "w") as f:
        json.dump({"MOCK_KEY": secret}, f)
    master = os.urandom(32).hex()
    env = dict(os.environ, LETHE_MASTER_KEY=master)
    result = subprocess.run([lethe_path(), "--seal-keys", plain, sealed], env=env, capture_output=True, text=True,
                            timeout=10)
    expect_eq(result.returncode, 0, "--seal-keys exit status")
    with open(sealed, "rb") as f:
        expect(secret.encode() not in f.read(), "the sealed file holds the key in the clear")
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["sealed_keys"] = sealed
    cfg["providers"][0].pop("api_key")
    cfg["providers"][0]["api_key_sealed"] = "MOCK_KEY"
    path = os.path.join(work, "sealed-config.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    check = subprocess.run([lethe_path(), "--check", "-c", path], env=env, capture_output=True, text=True, timeout=10)
    expect_eq(check.returncode, 0, "--check with the right master key")
    expect(secret not in check.stdout + check.stderr and "...9a1c" in check.stdout,
           "--check shows more than the last four characters", check.stdout)
    for bad_env in (dict(os.environ, LETHE_MASTER_KEY=os.urandom(32).hex()), dict(os.environ, LETHE_MASTER_KEY="")):
        result = subprocess.run([lethe_path(), "--check", "-c", path], env=bad_env, capture_output=True, text=True,
                                timeout=10)
        expect(result.returncode != 0 and secret not in result.stderr, "a wrong master key opened the file")
    gw = suite.lethe(cfg, env=env)
    expect_eq(chat(gw).status, 200, "a request with the sealed key")
    headers = {k.lower(): v for k, v in mock.last()["headers"].items()}
    expect_eq(headers.get("authorization"), "Bearer " + secret, "the key the provider got")
    suite.stop(gw.process)
    suite.stop(mock.process)


with Suite() as suite:
    suite.case("lethe --hash-key prints a salted sha256 hash, never the key", check_hash_key_is_salted)
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["routes"].append({"name": "other", "chain": [{"target": "mock/other-model"}]})
    cfg["keys"] = [{"name": "app1", "hash": hash_key(KEY), "routes": ["default"], "scrub_optional": True},
                   {"name": "app2", "hash": hash_key(OTHER_KEY)}]
    cfg["limits"] = {"max_messages": 20}
    gw = suite.lethe(cfg)
    suite.case("no key, a wrong key: 401 in each dialect; health, readiness and metrics stay open",
               check_no_key_is_401, gw)
    suite.case("Authorization: Bearer and x-api-key both admit a valid key", check_valid_key_passes, gw)
    suite.case("a key may use only its routes (403 otherwise)", check_routes_of_a_key, gw)
    suite.case("x-lethe-scrub: off only for a scrub_optional key", check_scrub_off_only_for_optional_keys, gw, mock)
    suite.case("a long URI is 414 and big headers are 431, in the path's dialect", check_long_uri_and_headers, gw)
    suite.case("nesting depth is 400, too many messages 413, in each dialect", check_nesting_and_message_limits, gw)
    suite.case("without keys only loopback, unless allow_open", check_loopback_only_without_keys, suite)
    suite.case("rate limits: key rpm and tpm, client ip rpm; 429 with retry-after, counted",
               check_rate_limits, suite)
    suite.case("a daily budget is reserved at admission: concurrent streams cannot overrun it",
               check_budget_reserves_before_streams, suite)
    suite.case("provider keys sealed with AES-256-GCM: only the master key opens them, only last-4 shown",
               check_sealed_provider_keys, suite)
