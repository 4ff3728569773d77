#!/usr/bin/env python3
"""The command line and the config file: --check on good and bad configs, the built-in
default from API key variables, --help, --version, -l, and --demo."""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (LOOPBACK, Suite, chat, children_of, default_config, expect, expect_eq,  # noqa: E402
                     free_port, lethe_path, process_gone, request, sanitizer_report, wait_until, _answers)

KEY_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GROQ_API_KEY", "MISTRAL_API_KEY",
            "DEEPSEEK_API_KEY")


def scrubbed_env(**extra):
    """The environment without any provider key variable (sanitizer options kept)."""
    env = {k: v for k, v in os.environ.items()
           if k not in KEY_VARS and not k.endswith("_API_KEY")}
    env.update(extra)
    return env


def run(args, env=None, timeout=15):
    p = subprocess.run([lethe_path()] + list(args), stdin=subprocess.DEVNULL, capture_output=True,
                       env=env if env is not None else scrubbed_env(), timeout=timeout)
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    marker = sanitizer_report(out + err)
    expect(marker is None, "sanitizer report (%s):\n%s" % (marker, err[-3000:]))
    return p.returncode, out, err


def write_config(tmpdir, name, cfg):
    path = os.path.join(tmpdir, name)
    with open(path, "w") as f:
        f.write(cfg if isinstance(cfg, str) else json.dumps(cfg))
    return path


def good_config():
    return default_config(9, port=8080)


def check_good(tmpdir):
    path = write_config(tmpdir, "good.json", good_config())
    rc, out, err = run(["--check", "-c", path])
    expect_eq(rc, 0, "exit status (stderr: %r)" % err)
    expect("mock" in out + err, "--check prints nothing about what it found", out, err)


def check_good_long_option(tmpdir):
    path = write_config(tmpdir, "good2.json", good_config())
    rc, out, err = run(["--config", path, "--check"])
    expect_eq(rc, 0, "exit status (stderr: %r)" % err)


def check_bad(tmpdir, name, cfg, key):
    path = write_config(tmpdir, name + ".json", cfg)
    rc, out, err = run(["--check", "-c", path])
    expect(rc != 0, "exit status 0 for a bad config", out, err)
    expect(0 < rc < 128, "exit status %d (a crash?)" % rc, err)
    lines = err.strip().splitlines()
    expect(len(lines) == 1, "stderr is not a single line: %r" % err)
    expect(key in lines[0], "stderr does not name %r: %r" % (key, lines[0]))


def bad_configs():
    def with_(mutate):
        c = good_config()
        mutate(c)
        return c
    return [
        ("unknown top-level key", with_(lambda c: c.update(listen_typo="127.0.0.1:1")), "listen_typo"),
        ("workers a string", with_(lambda c: c.update(workers="two")), "workers"),
        ("workers 0", with_(lambda c: c.update(workers=0)), "workers"),
        ("provider of an unknown type", with_(lambda c: c["providers"][0].update(type="telepathy")), "type"),
        ("route naming an unknown provider",
         with_(lambda c: c["routes"][0]["chain"][0].update(target="ghost/model")), "target"),
        ("unknown provider key", with_(lambda c: c["providers"][0].update(apikey="x")), "apikey"),
        ("unknown chain key", with_(lambda c: c["routes"][0]["chain"][0].update(timeout=5)), "timeout"),
        ("listen without a port", with_(lambda c: c.update(listen="127.0.0.1")), "listen"),
        ("max_body_bytes a string", with_(lambda c: c.update(limits={"max_body_bytes": "big"})), "max_body_bytes"),
        ("api_key_env naming an unset variable",
         with_(lambda c: c["providers"][0].pop("api_key") and c["providers"][0].update(
             api_key_env="LETHE_TEST_UNSET_KEY_VAR")), "LETHE_TEST_UNSET_KEY_VAR"),
        ("duplicate provider name", with_(lambda c: c["providers"].append(dict(c["providers"][0]))), "name"),
        ("not JSON", '{"listen": "127.0.0.1:8080",', "config"),
    ]


def check_missing_file(tmpdir):
    rc, out, err = run(["--check", "-c", os.path.join(tmpdir, "does-not-exist.json")])
    expect(0 < rc < 128, "exit status %d" % rc, err)
    expect(len(err.strip().splitlines()) == 1 and "does-not-exist.json" in err,
           "stderr is not one line naming the file: %r" % err)


def check_no_config_no_keys():
    rc, out, err = run(["--check"], env=scrubbed_env())
    expect(0 < rc < 128, "exit status %d with no config and no key variables" % rc, out, err)
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        expect(var in err, "stderr does not name %s: %r" % (var, err))


def check_no_config_with_key():
    rc, out, err = run(["--check"], env=scrubbed_env(OPENAI_API_KEY="x"))
    expect_eq(rc, 0, "exit status with OPENAI_API_KEY set (stderr %r)" % err)
    expect("openai" in (out + err).lower(), "--check does not mention the openai provider", out, err)


def check_help_version():
    rc, out, err = run(["--help"])
    expect_eq(rc, 0, "--help exit status")
    expect("--config" in out and "--demo" in out, "--help does not describe the flags", out)
    rc, out, err = run(["-h"])
    expect_eq(rc, 0, "-h exit status")
    rc, out, err = run(["--version"])
    expect_eq(rc, 0, "--version exit status")
    expect("lethe" in out and any(ch.isdigit() for ch in out), "--version prints no version: %r" % out)


def check_bad_flags():
    for args in (["--no-such-flag"], ["-w", "zero"], ["-w", "0"], ["-l", "nohostport"]):
        rc, out, err = run(args + ["--check"], env=scrubbed_env(OPENAI_API_KEY="x"))
        expect(0 < rc < 128, "%r: exit status %d" % (args, rc), err)
        expect(err.strip(), "%r: nothing on stderr" % args)


def check_listen_flag(suite, mock):
    port = free_port()
    cfg = default_config(mock.port, port=free_port())      # config says one port ...
    gw = suite.lethe(cfg, args=["-l", "%s:%d" % (LOOPBACK, port)], wait=False)
    ok = wait_until(lambda: not gw.process.alive() or _answers(port, "/healthz"), 10)
    expect(ok and gw.process.alive(), "lethe did not answer on the -l port")   # ... -l wins
    r = chat(port, "listen override")
    expect_eq(r.status, 200, "status")
    suite.stop(gw.process)


def check_workers(suite, mock):
    cfg = default_config(mock.port)
    gw = suite.lethe(cfg, args=["-w", "2"])
    for i in range(10):
        r = chat(gw.port, "worker probe %d" % i)
        expect_eq(r.status, 200, "status")
        expect_eq(r.json()["choices"][0]["message"]["content"], "worker probe %d" % i, "echo")
    # A worker that could not start (its port taken for a moment by another test's
    # connection) is started again by the master within a second: count them until then.
    wait_until(lambda: len(children_of(gw.process.pid)) >= 2, 3.0)
    kids = [pid for pid, comm in children_of(gw.process.pid)]
    expect(len(kids) >= 2, "fewer than two worker processes under lethe -w 2", children_of(gw.process.pid))
    suite.stop(gw.process, "lethe -w 2 exits 0 on SIGTERM, no sanitizer report")
    gone = wait_until(lambda: all(process_gone(k) for k in kids), 2.0)
    expect(gone, "worker processes %r still run after lethe exited" % kids)


def check_demo(suite):
    port = free_port()
    p = suite.spawn("lethe", [lethe_path(), "--demo", "-l", "%s:%d" % (LOOPBACK, port)], env=scrubbed_env())
    ok = wait_until(lambda: not p.alive() or _answers(port, "/healthz"), 10)
    out, err = p.output()
    expect(ok and p.alive(), "lethe --demo did not answer /healthz", out, err)
    text = "Hello from the demo"
    r = chat(port, text, model="default")
    expect_eq(r.status, 200, "status")
    expect_eq(r.json()["choices"][0]["message"]["content"], text, "echo")
    mocks = [pid for pid, comm in children_of(p.pid) if "mock" in comm]
    expect(mocks, "no lethe-mock child of lethe --demo", children_of(p.pid))
    p.popen.send_signal(signal.SIGTERM)
    try:
        rc = p.popen.wait(timeout=5)
    except subprocess.TimeoutExpired:
        raise AssertionError("lethe --demo did not exit within 5 s of SIGTERM")
    expect_eq(rc, 0, "exit status on SIGTERM")
    gone = wait_until(lambda: all(process_gone(m) for m in mocks), 2.0)
    expect(gone, "lethe-mock %r still runs after lethe --demo exited" % mocks)


with Suite() as suite:
    tmpdir = suite.workdir.name
    suite.case("--check -c good.json exits 0", check_good, tmpdir)
    suite.case("--config FILE --check exits 0", check_good_long_option, tmpdir)
    for name, cfg, key in bad_configs():
        suite.case("--check refuses %s: one line naming %s" % (name, key), check_bad, tmpdir,
                   name.replace(" ", "_"), cfg, key)
    suite.case("--check with a missing config file: one line naming it", check_missing_file, tmpdir)
    suite.case("--check without config nor key variables fails naming the variables", check_no_config_no_keys)
    suite.case("--check without config and with OPENAI_API_KEY exits 0", check_no_config_with_key)
    suite.case("--help, -h and --version exit 0", check_help_version)
    suite.case("bad flags fail with a message", check_bad_flags)
    mock = suite.mock()
    suite.case("-l overrides the config's listen", check_listen_flag, suite, mock)
    suite.case("-w 2: two workers serve, and all stop on SIGTERM", check_workers, suite, mock)
    suite.case("--demo serves an echo on model default and stops its lethe-mock on SIGTERM", check_demo, suite)
