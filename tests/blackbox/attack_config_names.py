#!/usr/bin/env python3
"""Names from the config that lethe writes into headers, URLs, log lines and /metrics. A route
target such as "openai/gpt-4o\\ny" was accepted: every answer it served then carried the
header line `x-lethe-provider: openai/gpt-4o` followed by a bare `y` line, a response an HTTP
client cannot read (the Python client waited until its timeout). A provider key with a line
break (from the config, an environment variable or the sealed file) went into the provider
request's auth header as is, and its second line became a header of its own.

Every such name and the provider keys must hold no control characters: `--check` and start-up
refuse them with the key's name (never its value), a reload keeps the old config, and an
ordinary name with quotes, braces or blanks (escaped wherever it is written) still works.

A reload that changes `listen` is applied without it (that needs a restart) and says so; the
address it named was kept as the config's all the same, so the next reload, back to the
address lethe really listens on, logged "listen changed ... still listening on" the address
it never listened on."""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (Suite, chat, expect, expect_eq, free_port, lethe_path, three_format_config,  # noqa: E402
                     wait_until)

INJECTED = "X-Injected-By-Config"


def check_config(suite, config, env=None):
    """(exit status, output) of `lethe --check` on `config`."""
    path = os.path.join(suite.workdir.name, "check.json")
    with open(path, "w") as f:
        json.dump(config, f)
    run = subprocess.run([lethe_path(), "--check", "-c", path], capture_output=True, text=True, timeout=30,
                         env=env)
    return run.returncode, run.stdout + run.stderr


def bad_configs(mock):
    base = three_format_config(mock.port)
    target = dict(base, routes=[{"name": "default", "chain": [{"target": "oa/model-x\ny"}]}])
    route = dict(base, routes=[{"name": "de\r\nfault", "chain": [{"target": "oa/model-x"}]}])
    providers = [dict(p) for p in base["providers"]]
    providers[0]["api_key"] = "k-openai\r\n%s: 1" % INJECTED
    key = dict(base, providers=providers)
    return [("a route target with a line feed", target, "routes[0].chain[0].target"),
            ("a route name with CR LF", route, "routes[0].name"),
            ("a provider key with CR LF", key, "providers[0]")]


def check_refused(suite, mock):
    for what, config, key in bad_configs(mock):
        status, output = check_config(suite, config)
        expect(status != 0, "--check accepted %s" % what)
        expect(key in output, "--check on %s does not name %s: %r" % (what, key, output[-300:]))
        expect(INJECTED not in output, "--check on %s repeated the value" % what)


def check_key_from_environment(suite, mock):
    config = three_format_config(mock.port)
    config["providers"][0] = {"name": "oa", "type": "openai", "base_url": config["providers"][0]["base_url"],
                              "api_key_env": "ATTACK_CONFIG_KEY"}
    env = dict(os.environ, ATTACK_CONFIG_KEY="k-openai\r\n%s: 1" % INJECTED)
    status, output = check_config(suite, config, env)
    expect(status != 0, "--check accepted a key with CR LF from the environment")
    expect(INJECTED not in output, "--check repeated the key")


def check_reload_keeps_old(suite, mock):
    config = three_format_config(mock.port, routes=[{"name": "default", "chain": [{"target": "oa/m\"x {y}"}]}])
    gw = suite.lethe(config)
    r = chat(gw.port, "hello", model="default")
    expect_eq(r.status, 200, "status with a target whose model holds quotes, braces and a blank")
    expect_eq(r.header("x-lethe-provider"), "oa/m\"x {y}", "x-lethe-provider")
    path = gw.process.argv[gw.process.argv.index("-c") + 1]
    with open(path, "w") as f:
        json.dump(dict(config, routes=[{"name": "default", "chain": [{"target": "oa/m\nx"}]}]), f)
    gw.process.popen.send_signal(signal.SIGHUP)
    expect(wait_until(lambda: "routes[0].chain[0].target" in gw.process.output()[1], 10),
           "no log line says why the reload was refused")
    time.sleep(0.2)
    r = chat(gw.port, "hello again", model="default", timeout=10)
    expect_eq(r.status, 200, "status after the refused reload")
    expect_eq(r.header("x-lethe-provider"), "oa/m\"x {y}", "x-lethe-provider after the refused reload")


def check_listen_reported(suite, mock):
    config = three_format_config(mock.port)
    gw = suite.lethe(config)
    path = gw.process.argv[gw.process.argv.index("-c") + 1]
    elsewhere = "127.0.0.1:%d" % free_port()
    for listen in (elsewhere, config["listen"]):
        with open(path, "w") as f:
            json.dump(dict(config, listen=listen), f)
        applied = gw.process.output()[1].count("applied")
        gw.process.popen.send_signal(signal.SIGHUP)
        expect(wait_until(lambda: gw.process.output()[1].count("applied") > applied, 10), "the reload was not applied")
    lines = [line for line in gw.process.output()[1].splitlines() if "listen changed" in line]
    expect_eq(len(lines), 1, "log lines about a changed listen address (the second reload went back to it)")
    expect(all(elsewhere not in line for line in lines), "the log claims lethe listens where it never did: %r" % lines)
    expect_eq(chat(gw.port, "still here", model="default").status, 200, "status on the original address")


def main():
    with Suite() as suite:
        mock = suite.mock()
        suite.case("--check refuses a target, a route name or a provider key holding a line break, naming the key",
                   check_refused, suite, mock)
        suite.case("--check refuses a provider key with CR LF from the environment, without repeating it",
                   check_key_from_environment, suite, mock)
        suite.case("a reload to a target with a line feed keeps the old config; quotes and braces still work",
                   check_reload_keeps_old, suite, mock)
        suite.case("a reload that changes listen says so once, and the next reload knows where lethe listens",
                   check_listen_reported, suite, mock)


if __name__ == "__main__":
    main()
