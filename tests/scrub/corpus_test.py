#!/usr/bin/env python3
"""Generates the labelled corpus (generate_corpus.py, fixed seed) into a temporary
directory and scores the scrubber on it with scrub_evaluate --check --tap."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main(evaluator):
    with tempfile.TemporaryDirectory() as directory:
        corpus = os.path.join(directory, "corpus.jsonl")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), corpus], check=True,
                       stderr=subprocess.DEVNULL)
        result = subprocess.run([evaluator, corpus, "--check", "--tap"])
        return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
