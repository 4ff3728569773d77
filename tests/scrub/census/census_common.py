"""census_common.py — what the census generators share.

`label(text, entities, decoys)` labels every occurrence of every value and keeps the decoys
that occur once and apart from every value; `main(argv, write, script, usage)` is the command
line of every generator: `--check FILE` is one TAP test that FILE is what `write()` returns,
no argument writes the corpus to standard output. Generators with flags of their own
(`--round2`, `--lists`) read them before calling `main`."""
import sys


def occurrences(text, value):
    """Every offset at which `value` starts in `text`."""
    found, start = [], text.find(value)
    while start >= 0:
        found.append(start)
        start = text.find(value, start + 1)
    return found


def label(text, entities, decoys):
    """Label every occurrence of every value; keep decoys that occur once and apart from every value."""
    spans, labelled, seen = [], [], set()
    for kind, value in entities:
        if value in seen:
            continue
        seen.add(value)
        for start in occurrences(text, value):
            spans.append((start, start + len(value)))
            labelled.append((start, kind, value))
    labelled.sort()
    kept = []
    for decoy in decoys:
        where = occurrences(text, decoy)
        if len(where) != 1 or decoy in kept or not decoy.strip():
            continue
        if any(where[0] < end and start < where[0] + len(decoy) for start, end in spans):
            continue
        kept.append(decoy)
    return [{"type": kind, "value": value} for _, kind, value in labelled], kept


def main(argv, write, script, usage):
    """`--check FILE`: one TAP test that FILE is what `write()` returns; no argument: write it."""
    if len(argv) == 3 and argv[1] == "--check":
        with open(argv[2], encoding="utf-8") as committed:
            same = committed.read() == write()
        print("TAP version 13\n1..1\n%s 1 - %s is what %s writes" % ("ok" if same else "not ok", argv[2], script))
        return 0 if same else 1
    if len(argv) != 1:
        print(usage, file=sys.stderr)
        return 2
    sys.stdout.write(write())
    return 0
