#!/usr/bin/env python3
"""The layers, checked by what each file includes (the second guard beside meson.build's
layer_check_* links, which catch calls but not a header used only for its types).

  transforms/foundation/  includes only foundation headers
  transforms/             transforms/ (foundation included)
  scrub/, providers/      themselves and transforms/
  proxy/                  anything
  <curl/...>, <event2/...>, <evhtp...>, <hiredis/...>: proxy/ only; evhtp.h: proxy/server.c only;
  <hs/...> (Hyperscan): scrub/ only.

Prints TAP: one point per rule over the whole tree, and first a self-check that a planted
back-edge is found, so the checker cannot pass by seeing nothing."""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LOCAL = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SYSTEM = re.compile(r'^\s*#\s*include\s+<([^>]+)>', re.M)


def layer_of(path):
    if path.startswith("transforms/foundation/"):
        return "foundation"
    return path.split("/", 1)[0]


ALLOWED = {
    "foundation": ("foundation",),
    "transforms": ("foundation", "transforms"),
    "scrub": ("foundation", "transforms", "scrub"),
    "providers": ("foundation", "transforms", "providers"),
    "proxy": ("foundation", "transforms", "scrub", "providers", "proxy"),
}


def violations(files):
    """files: {path: text}. Returns a list of (rule, path, what)."""
    found = []
    for path, text in sorted(files.items()):
        layer = layer_of(path)
        if layer not in ALLOWED:
            continue
        for header in LOCAL.findall(text):
            target = layer_of(header)
            if target in ALLOWED and target not in ALLOWED[layer]:
                found.append(("layers", path, header))
        for header in SYSTEM.findall(text):
            if header.startswith(("curl/", "event2/", "evhtp")) and layer != "proxy":
                found.append(("libcurl and libevent in proxy/ only", path, header))
            if header.startswith("hiredis/") and layer != "proxy":
                found.append(("hiredis in proxy/ only", path, header))
            if header.startswith("evhtp") and path != "proxy/server.c":
                found.append(("libevhtp behind proxy/server.c", path, header))
            if header.startswith("hs/") and layer != "scrub":
                found.append(("Hyperscan in scrub/ only", path, header))
    return found


def sources():
    files = {}
    for top in ("transforms", "scrub", "providers", "proxy"):
        for folder, _, names in os.walk(os.path.join(ROOT, top)):
            for name in names:
                if name.endswith((".c", ".h")):
                    full = os.path.join(folder, name)
                    with open(full, encoding="utf-8", errors="replace") as f:
                        files[os.path.relpath(full, ROOT)] = f.read()
    return files


def main():
    planted = {"providers/x.c": '#include "proxy/log.h"\n#include <curl/curl.h>\n',
               "transforms/foundation/y.c": '#include "transforms/canonical.h"\n',
               "scrub/z.c": '#include "providers/route.h"\n#include "scrub/vault.h"\n'}
    rules = ["layers", "libcurl and libevent in proxy/ only", "libevhtp behind proxy/server.c",
             "Hyperscan in scrub/ only"]
    print("1..%d" % (1 + len(rules)))
    caught = violations(planted)
    ok = len([v for v in caught if v[0] == "layers"]) == 3 and any(v[2] == "curl/curl.h" for v in caught)
    print("%s 1 - a planted back-edge is found (%d found)" % ("ok" if ok else "not ok", len(caught)))
    failed = not ok
    found = violations(sources())
    for number, rule in enumerate(rules, start=2):
        broken = [v for v in found if v[0] == rule]
        print("%s %d - %s" % ("not ok" if broken else "ok", number, rule))
        for _, path, header in broken:
            print("#   %s includes %s" % (path, header))
        failed = failed or bool(broken)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
