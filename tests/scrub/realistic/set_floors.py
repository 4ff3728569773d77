#!/usr/bin/env python3
"""set_floors.py — write a half's CI floors just under the figures the scrubber reaches now.

    python3 set_floors.py dev BUILD/tests/scrub_evaluate [OTHER_BUILD/tests/scrub_evaluate ...]
    python3 set_floors.py heldout BUILD/tests/scrub_evaluate

writes floors-dev.txt or floors-heldout.txt. With several evaluators (builds of different
commits), each floor holds for all of them: the test then passes whichever lands first.
Each floor is the lower of the plain and \\u-escaped figures, less MARGIN, rounded down to two
decimals: recall per type and overall, precision overall, decoys kept per language and
overall, and the number of cases. Run it after rule fixes land, read the diff (a floor must
only go up), and commit it: the floors are the regression bar, not a target."""
import math
import os
import re
import subprocess
import sys

MARGIN = 0.02
HERE = os.path.dirname(os.path.abspath(__file__))


def figures(evaluate, corpus):
    """{(kind, name): [figure per mode]} from scrub_evaluate's tables."""
    report = subprocess.run([evaluate, corpus, "--escaped", "--tables"], capture_output=True, text=True,
                            check=True).stdout
    found, section = {}, None
    for line in report.splitlines():
        header = re.match(r"^(type|language|shape)\s+values", line)
        if header:
            section = header.group(1)
            continue
        columns = line.split()
        if section is None or len(columns) < 6 or not columns[1].isdigit():
            continue
        name = columns[0]
        if section == "type":
            # a type with no values in the half (only masks of decoys) has no recall to keep
            if int(columns[1]) > 0:
                found.setdefault(("recall", name), []).append(float(columns[3]))
            if name == "all":
                found.setdefault(("precision", "all"), []).append(float(columns[5]))
        elif section == "language":
            found.setdefault(("decoys", name), []).append(float(columns[8]))
    return found


def main(half, evaluators):
    corpus = os.path.join(HERE, half + ".jsonl")
    with open(corpus, encoding="utf-8") as lines:
        cases = sum(1 for _ in lines)
    lines = ["# Floors for scrub_evaluate --floors (set_floors.py): the figures reached when they were set,",
             "# lowest of the plain and escaped modes, less %.2f. Raise them as the rules improve." % MARGIN,
             "cases %d" % cases]
    order = {"recall": 0, "precision": 1, "decoys": 2}
    merged = {}
    for evaluate in evaluators:
        for key, values in figures(evaluate, corpus).items():
            merged.setdefault(key, []).extend(values)
    for (kind, name), values in sorted(merged.items(),
                                       key=lambda item: (order[item[0][0]], item[0][1] != "all", item[0][1])):
        floor = max(0.0, math.floor((min(values) - MARGIN) * 100 + 1e-9) / 100)
        lines.append("%s %s %.2f" % (kind, name, floor))
    with open(os.path.join(HERE, "floors-%s.txt" % half), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
