#!/usr/bin/env python3
"""Runs one libFuzzer target as a TAP test: first every file in its regressions folder
(inputs that once crashed, kept so they never do again), then fuzzing from its seeds for
a bounded time in a scratch corpus (the seeds in the tree are never written to).

  run_fuzzer.py FUZZER SEEDS_DIR REGRESSIONS_DIR SECONDS"""
import base64
import glob
import os
import shutil
import subprocess
import sys
import tempfile


def main(fuzzer, seeds, regressions, seconds):
    name = os.path.basename(fuzzer)
    print("TAP version 13\n1..2")
    fixed = sorted(path for path in glob.glob(os.path.join(regressions, "*")) if not path.endswith("README"))
    if fixed:
        result = subprocess.run([fuzzer] + fixed, capture_output=True, text=True, timeout=300)
        ok = result.returncode == 0
    else:
        ok, result = True, None
    print("%s 1 - %s: %d regression input%s" % ("ok" if ok else "not ok", name, len(fixed), "" if len(fixed) == 1 else "s"))
    if not ok:
        print("# " + result.stderr[-3000:].replace("\n", "\n# "))
    with tempfile.TemporaryDirectory(prefix="lethe-fuzz-") as work:
        corpus = os.path.join(work, "corpus")
        shutil.copytree(seeds, corpus)
        artifacts = os.path.join(work, "crash-")
        result = subprocess.run([fuzzer, corpus, "-max_total_time=%d" % seconds, "-max_len=8192", "-timeout=10",
                                 "-rss_limit_mb=2048", "-artifact_prefix=" + artifacts, "-print_final_stats=1"],
                                capture_output=True, text=True, timeout=seconds + 120)
        crashes = glob.glob(artifacts + "*")
        ok = result.returncode == 0 and not crashes
        runs = [line for line in result.stderr.splitlines() if line.startswith("stat::number_of_executed_units")]
        print("%s 2 - %s: %d s of fuzzing without a crash (%s)" % ("ok" if ok else "not ok", name, seconds,
                                                                 runs[0].split(":")[-1].strip() + " runs" if runs else
                                                                 "no stats"))
        if not ok:
            print("# " + result.stderr[-3000:].replace("\n", "\n# "))
            for crash in crashes:
                with open(crash, "rb") as f:
                    print("# crashing input (base64, add it to %s): %s" % (regressions,
                                                                         base64.b64encode(f.read()).decode()))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
