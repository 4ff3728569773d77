#!/usr/bin/env python3
"""TLS on both sides: lethe serves HTTPS with TLS 1.3 (and 1.2), refuses TLS 1.1 and
plain HTTP on its TLS port; upstream it always verifies certificates, and a provider's
ca_file admits a private CA. The second lethe uses the first as its (HTTPS) provider."""
import json
import os
import ssl
import subprocess
import sys
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import LOOPBACK, Suite, default_config, expect, expect_eq, lethe_path, request  # noqa: E402


def make_certificate(workdir):
    cert, key = os.path.join(workdir, "cert.pem"), os.path.join(workdir, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True, timeout=30)
    return cert, key


def https_get(port, cert, minimum=None, maximum=None):
    context = ssl.create_default_context(cafile=cert)
    if minimum:
        context.minimum_version = minimum
    if maximum:
        context.maximum_version = maximum
    with urllib.request.urlopen("https://%s:%d/healthz" % (LOOPBACK, port), context=context, timeout=5) as r:
        return r.status, r.fp.raw._sock.version()


def check_tls_versions(port, cert):
    status, version = https_get(port, cert)
    expect_eq((status, version), (200, "TLSv1.3"), "default handshake")
    status, version = https_get(port, cert, maximum=ssl.TLSVersion.TLSv1_2)
    expect_eq((status, version), (200, "TLSv1.2"), "a TLS 1.2 client")
    result = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--tlsv1.1", "--tls-max", "1.1",
                             "--cacert", cert, "https://%s:%d/healthz" % (LOOPBACK, port)],
                            capture_output=True, text=True, timeout=10)
    expect(result.returncode != 0 and result.stdout == "000", "TLS 1.1 was accepted", result.stdout)
    result = subprocess.run(["curl", "-s", "--tlsv1.3", "--cacert", cert, "https://%s:%d/healthz" % (LOOPBACK, port)],
                            capture_output=True, text=True, timeout=10)
    expect_eq(result.stdout, '{"status":"ok"}', "curl --tlsv1.3")
    result = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "http://%s:%d/healthz"
                             % (LOOPBACK, port)], capture_output=True, text=True, timeout=10)
    expect_eq(result.stdout, "000", "plain HTTP on the TLS port")


def check_upstream_verification(front_port, cert, suite, mock):
    cfg = default_config(mock.port)
    cfg["providers"] = [
        {"name": "private", "type": "openai", "base_url": "https://%s:%d/v1" % (LOOPBACK, front_port),
         "api_key": "none", "ca_file": cert},
        {"name": "unverified", "type": "openai", "base_url": "https://%s:%d/v1" % (LOOPBACK, front_port),
         "api_key": "none"},
    ]
    cfg["routes"] = [{"name": "default", "chain": [{"target": "private/default"}]},
                     {"name": "bad", "chain": [{"target": "unverified/default"}]}]
    gw = suite.lethe(cfg)
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "default", "messages": [{"role": "user", "content": "over TLS"}]})
    expect_eq(r.status, 200, "through a provider with a private CA")
    expect_eq(r.json()["choices"][0]["message"]["content"], "over TLS", "echo")
    r = request(gw.port, "POST", "/v1/chat/completions",
                {"model": "bad", "messages": [{"role": "user", "content": "x"}]})
    expect_eq(r.status, 503, "a certificate nobody vouches for")
    expect("TLS" in r.json()["error"]["message"], "the failure does not say TLS", r)


def check_bad_certificate_stops_start_up(suite, cert):
    cfg = default_config(1)
    cfg["tls"] = {"cert": cert, "key": cert}
    path = os.path.join(suite.workdir.name, "bad-tls.json")
    with open(path, "w") as f:
        json.dump(cfg, f)
    result = subprocess.run([lethe_path(), "-c", path], capture_output=True, text=True, timeout=10)
    expect(result.returncode != 0 and "tls" in result.stderr, "a certificate without its key started", result.stderr)


with Suite() as suite:
    cert, key = make_certificate(suite.workdir.name)
    mock = suite.mock()
    cfg = default_config(mock.port)
    cfg["tls"] = {"cert": cert, "key": key}
    front = suite.lethe(cfg, wait=False)
    import time
    # Started without the suite's wait (it probes plain HTTP): poll HTTPS until a deadline, not
    # a count — an ASan build on a loaded machine took more than 5 s to listen.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            https_get(front.port, cert)
            break
        except OSError:
            time.sleep(0.05)
    suite.case("HTTPS: TLS 1.3 by default, 1.2 allowed, 1.1 and plain HTTP refused", check_tls_versions, front.port,
               cert)
    suite.case("upstream TLS is verified: a private CA via ca_file works, an unknown one fails",
               check_upstream_verification, front.port, cert, suite, mock)
    suite.case("a certificate without its key stops start-up", check_bad_certificate_stops_start_up, suite, cert)
