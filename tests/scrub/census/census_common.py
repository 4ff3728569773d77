"""census_common.py — what the census generators share.

`label(text, entities, decoys)` labels every occurrence of every value and keeps the decoys
that occur once and apart from every value; `main(argv, write, script, usage)` is the command
line of every generator: `--check FILE` is one TAP test that FILE is what `write()` returns,
no argument writes the corpus to standard output. Generators with flags of their own
(`--round2`, `--lists`) read them before calling `main`. `write_cases` is the loop of the
secret censuses: one case a line, its kind drawn by one roll. `Values` makes the secret values
the secret censuses (generate_secrets.py, generate_secret_places.py, generate_admin_secrets.py)
share."""
import base64
import json
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


def write_cases(rng, count, langs, make_case, kinds, finish, id_prefix):
    """`count` cases as JSON lines, languages in turn: `make_case(lang)` makes a case, one
    `rng.random()` picks the first of `kinds` ((bound, write(case, lang)) pairs, bounds rising,
    the last 1.0) whose bound the roll is under, and `finish(text, entities, decoys)` labels it."""
    lines = []
    for index in range(count):
        lang = langs[index % len(langs)]
        case = make_case(lang)
        roll = rng.random()
        shape, text = next(write for bound, write in kinds if roll < bound)(case, lang)
        labels, kept = finish(text, case.entities, case.decoys)
        line = {"id": "%s-%d" % (id_prefix, index), "lang": lang, "shape": shape, "text": text,
                "entities": labels, "decoys": kept}
        lines.append(json.dumps(line, ensure_ascii=False) + "\n")
    return "".join(lines)


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


# The months of the six languages, as each writes them in a date.
# The six languages every census writes, in the order their cases cycle through them.
LANGS = ["en", "no", "sv", "de", "fr", "es"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}


# ---- secret values -------------------------------------------------------------------------------------
LOWER = "abcdefghijkmnopqrstuvwxyz"   # no l, I, O: they read as 1 and 0
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DIGITS = "23456789"
ALNUM = LOWER + UPPER + "0123456789"
HEX = "0123456789abcdef"


class LabelledCase:
    """One case being written in language `lang`: its labelled values (type, value) and its
    decoys, each recorded as a template's slot is filled. The secret censuses' cases derive
    from it and add their own slot grammar (fill)."""

    def __init__(self, rng, values, lang):
        self.rng, self.values, self.lang = rng, values, lang
        self.entities, self.decoys = [], []

    def secret(self, value, kind="ENV_SECRET"):
        self.entities.append((kind, value))
        return value

    def decoy(self, value):
        self.decoys.append(value)
        return value


class Values:
    """Secret values in the shapes people's credentials have, every choice drawn from `rng`.
    A census's committed output depends on the order of the draws: change none. What the two
    secret censuses draw differently a subclass sets: password_mixed's symbols and the ones
    its last character is not; the words of password_words and passphrase, the separators and
    endings password_words puts after a word; token's range of lengths."""
    symbols = "!%*+-.?@^_~"
    last_not = ".-"
    words = ()
    word_separators = ("", "_", ".")
    word_endings = ("!", "?", "!", "", "%", "*")  # "!" drawn twice as often as the others
    token_lengths = (16, 65)

    def __init__(self, rng):
        self.rng = rng

    def chars(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def password_mixed(self):
        n = self.rng.randrange(10, 19)
        while True:
            value = self.chars(LOWER + UPPER + DIGITS + self.symbols, n)
            if (any(c in LOWER for c in value) and any(c in UPPER for c in value) and any(c in DIGITS for c in value)
                    and any(c in self.symbols for c in value) and value[0] not in self.symbols
                    and value[-1] not in self.last_not):
                return value

    def password_words(self):
        word = self.rng.choice(self.words)
        return (word.capitalize() + self.rng.choice(self.word_separators) + str(self.rng.randrange(10, 9999))
                + self.rng.choice(self.word_endings))

    def passphrase(self):
        words = self.rng.sample(self.words, self.rng.choice([3, 4]))
        sep = self.rng.choice(["-", "-", ".", "_"])
        tail = self.rng.choice(["", "", sep + str(self.rng.randrange(1, 99))])
        return sep.join(words) + tail

    def hex(self):
        return self.chars("0123456789abcdef", self.rng.choice([32, 40, 48, 64]))

    def base64(self):
        raw = bytes(self.rng.randrange(256) for _ in range(self.rng.choice([18, 24, 30, 32])))
        return base64.b64encode(raw).decode()

    def base64url(self):
        raw = bytes(self.rng.randrange(256) for _ in range(self.rng.choice([16, 24, 32])))
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def token(self):
        n = self.rng.randrange(*self.token_lengths)
        while True:
            value = self.chars(ALNUM, n)
            if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
                return value
