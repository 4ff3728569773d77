#!/usr/bin/env python3
"""generate_phones.py — a census of how people type phone numbers, not how numbering plans print them.

    python3 generate_phones.py > phones.jsonl          writes the census (seed 43, about 600 cases)
    python3 generate_phones.py --check phones.jsonl    TAP: the committed census is what this writes

Rounds 1 and 2 (generate_numbers.py) wrote each country's numbers in its printed style after cues.
People group digits their own way, mix separators, write a number in chat with no cue, glue it to
a label's colon, and paste it from contact cards, signatures, vCards, CSV exports, call logs and SMS
backups. This census enumerates that space for the plans of US/CA, UK, NO, SE, DK, DE, AT, CH, FR,
BE, ES, NL, IT, PL and a few numbers of people who came from PL, TR, PK, NG and PH:
- groupings: every grouping a person would use for the plan's digit count (2-2-2-2, 3-2-3, 4-4,
  3-3-4, 3-4, 2-3-2-2, 4-3-4, 5-6, 3-7 …) and free groupings of 2–4 digits, national and international;
- separators: space, dot, dash, slash, none, no-break space, thin space, narrow no-break space, mixed;
- prefixes: `+CC`, `00CC`, `(+CC)`, `+CC (0)`, the trunk zero, the area code in brackets;
- extensions: `ext. 12`, `x12`, `#12`, `Durchwahl -12`, `poste 12`, `anknytning 12`, `ext 12`;
- places: prose with cues and without, chat one-liners, numbers glued to a label's punctuation,
  e-mail signatures (`M:`, `T:`, `Tel.`, `Mob.`, `Handy`, `Portable`, `Móvil`, `Direkt`,
  `Sentralbord`, `Växel`, `Fax`), vCards, CSV/psql/Markdown rows under phone headers of six
  languages, JSON keys, `tel:` links, WhatsApp links, call logs and SMS exports;
- decoys in the same places: order, invoice and tracking numbers, versions, dates, times, amounts
  with thousands separators, postcodes with street numbers, bank codes beside an IBAN, ISBNs,
  build numbers, port lists, coordinates, Unix timestamps, year ranges, scores, organisation numbers.

Decisions, written down:
- A trailing extension written as a word (`ext. 12`, `x12`, `poste 12`) is no part of the labelled
  phone (round 2's rule); a German Durchwahl glued with a dash (`030 1234567-12`) is: DIN 5008 writes
  it as one number, and the desk it reaches is the person's.
- Vanity numbers (`1-800-FLOWERS`) are a business's advertised line: not enumerated either way.
- A switchboard (`Sentralbord`, `Växel`) or fax number in a signature is labelled: the scrubber cannot
  tell a desk from a switchboard, and privacy comes first.
- A bare national number with no cue, no `+` and no place is labelled only where its own shape is a
  phone's (a trunk zero and a mobile prefix, or a country's mobile grouping) — people write them so in
  chat, and a reader knows them for phones.
- A number glued to letters (`tlf91234567`) is not enumerated (no word boundary to score it by);
  glued to a label's punctuation (`Tlf:91234567`, `Tel.+49…`, `(M)+44…`) it is.
- Decoys are numbers another word names (order, invoice, tracking, build, version, postcode, bank
  code, ISBN, organisation number) or whose shape is no phone's (dates, times, amounts, coordinates,
  timestamps, year ranges, scores, port lists).
Written before reading the phone rules of scrub/; Python stdlib only, same bytes every run."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realistic"))
from values import Values  # noqa: E402
from census_common import LANGS, main as census_main

SEED = 43
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"


def case(lang, shape, text, entities, decoys=()):
    for _, value in entities:
        assert value in text, (value, text)
    for d in decoys:
        assert d in text, (d, text)
    return {"lang": lang, "shape": shape, "text": text,
            "entities": [{"type": t, "value": v} for t, v in entities], "decoys": list(decoys)}


# A plan: country code, trunk prefix, and kinds of number: (national significant number's leading
# digits, its length, the area/mobile prefix's length within it, the groupings people use for the
# national form (over trunk + NSN) and for the international form (over the NSN)).
PLANS = {
    "US": ("1", "", [(["212", "415", "617", "312", "206", "303", "512", "702"], 10, 3,
                      [(3, 3, 4)], [(3, 3, 4)])]),
    "CA": ("1", "", [(["416", "604", "514", "613", "403"], 10, 3, [(3, 3, 4)], [(3, 3, 4)])]),
    "UK": ("44", "0", [(["77", "78", "79", "74", "75"], 10, 4, [(5, 6), (5, 3, 3), (4, 3, 4), (3, 4, 4)],
                        [(4, 6), (4, 3, 3), (3, 3, 4)]),
                       (["20"], 10, 2, [(3, 4, 4)], [(2, 4, 4)]),
                       (["161", "121", "113", "131"], 10, 3, [(4, 3, 4)], [(3, 3, 4)]),
                       (["1632", "1865", "1223"], 10, 4, [(5, 6), (5, 3, 3)], [(4, 6)])]),
    "NO": ("47", "", [(["4", "9"], 8, 3, [(3, 2, 3), (2, 2, 2, 2), (4, 4), (3, 5)], [(3, 2, 3), (2, 2, 2, 2), (4, 4)]),
                      (["22", "23", "55", "73", "51", "38"], 8, 2, [(2, 2, 2, 2), (4, 4)], [(2, 2, 2, 2)])]),
    "DK": ("45", "", [(["2", "3", "4", "5", "6", "7", "8"], 8, 2, [(2, 2, 2, 2), (4, 4)], [(2, 2, 2, 2), (4, 4)])]),
    "SE": ("46", "0", [(["70", "72", "73", "76", "79"], 9, 2, [(3, 3, 2, 2), (3, 7), (3, 3, 4), (3, 2, 2, 3)],
                        [(2, 3, 2, 2), (2, 7), (2, 3, 4)]),
                       (["8"], 9, 1, [(2, 3, 3, 2), (2, 2, 2, 2, 2)], [(1, 3, 3, 2), (1, 8)]),
                       (["31", "40", "18"], 9, 2, [(3, 3, 2, 2), (3, 7)], [(2, 3, 2, 2)])]),
    "DE": ("49", "0", [(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"],
                        10, 3, [(4, 7), (4, 3, 4), (4, 2, 2, 3), (4, 3, 2, 2), (4, 4, 3)],
                        [(3, 7), (3, 3, 4), (3, 4, 3)]),
                       (["30", "40", "89", "69"], 10, 2, [(3, 8), (3, 4, 4), (3, 3, 3, 2)], [(2, 8), (2, 4, 4)]),
                       (["221", "211", "711", "351"], 10, 3, [(4, 7), (4, 3, 4)], [(3, 7)])]),
    "AT": ("43", "0", [(["664", "676", "699", "650", "660"], 10, 3, [(4, 7), (4, 3, 2, 2), (4, 3, 4)],
                        [(3, 7), (3, 3, 2, 2)]),
                       (["1"], 9, 1, [(2, 3, 2, 2), (2, 7)], [(1, 3, 2, 2), (1, 7)])]),
    "CH": ("41", "0", [(["76", "77", "78", "79"], 9, 2, [(3, 3, 2, 2), (3, 3, 4), (3, 7)], [(2, 3, 2, 2), (2, 7)]),
                       (["44", "31", "61", "22", "21"], 9, 2, [(3, 3, 2, 2)], [(2, 3, 2, 2)])]),
    "FR": ("33", "0", [(["6", "7"], 9, 1, [(2, 2, 2, 2, 2), (2, 4, 4), (4, 2, 2, 2), (2, 2, 3, 3)],
                        [(1, 2, 2, 2, 2), (1, 8), (1, 4, 4)]),
                       (["1", "2", "3", "4", "5", "9"], 9, 1, [(2, 2, 2, 2, 2)], [(1, 2, 2, 2, 2)])]),
    "BE": ("32", "0", [(["47", "48", "49"], 9, 3, [(4, 2, 2, 2), (4, 3, 3), (4, 6)], [(3, 2, 2, 2), (3, 6)]),
                       (["2"], 8, 1, [(2, 3, 2, 2)], [(1, 3, 2, 2)]),
                       (["4", "9"], 8, 1, [(2, 3, 2, 2)], [(1, 3, 2, 2)])]),
    "ES": ("34", "", [(["6", "7"], 9, 3, [(3, 3, 3), (3, 2, 2, 2), (9,)], [(3, 3, 3), (3, 2, 2, 2)]),
                      (["91", "93", "95", "96"], 9, 2, [(2, 3, 2, 2), (3, 3, 3)], [(2, 3, 2, 2), (3, 3, 3)])]),
    "NL": ("31", "0", [(["6"], 9, 1, [(2, 8), (2, 4, 4), (2, 2, 2, 2, 2)], [(1, 8), (1, 4, 4), (1, 2, 2, 2, 2)]),
                       (["20", "10", "30", "70"], 9, 2, [(3, 3, 4), (3, 7), (3, 3, 2, 2)], [(2, 3, 4), (2, 7)])]),
    "IT": ("39", "", [(["32", "33", "34", "35", "36", "38", "39"], 10, 3, [(3, 3, 4), (3, 7), (3, 2, 2, 3)],
                       [(3, 3, 4), (3, 7), (10,)]),
                      (["06", "02"], 10, 2, [(2, 4, 4), (2, 8)], [(2, 4, 4), (2, 8)]),
                      (["055", "011", "081"], 10, 3, [(3, 3, 4), (3, 7)], [(3, 3, 4)])]),
    "PL": ("48", "", [(["50", "51", "53", "60", "66", "69", "72", "78", "88"], 9, 3, [(3, 3, 3), (9,)],
                       [(3, 3, 3), (2, 3, 2, 2)]),
                      (["22", "12", "58", "61", "71"], 9, 2, [(2, 3, 2, 2), (3, 3, 3)], [(2, 3, 2, 2)])]),
    "TR": ("90", "0", [(["530", "532", "533", "535", "542", "555"], 10, 3, [(4, 3, 2, 2), (4, 3, 4), (11,)],
                        [(3, 3, 2, 2), (3, 3, 4)])]),
    "PK": ("92", "0", [(["300", "301", "321", "333", "345"], 10, 3, [(4, 7)], [(3, 7)])]),
    "NG": ("234", "0", [(["803", "806", "813", "703", "805", "905", "810"], 10, 3, [(4, 3, 4), (11,)],
                         [(3, 3, 4)])]),
    "PH": ("63", "0", [(["917", "918", "927", "905", "998"], 10, 3, [(4, 3, 4)], [(3, 3, 4)])]),
}
# the language a number of the country is most often written in, in this corpus' six
COUNTRY_LANG = {"US": "en", "CA": "en", "UK": "en", "NO": "no", "DK": "no", "SE": "sv", "DE": "de", "AT": "de",
                "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "NL": "en", "IT": "en", "PL": "en", "TR": "de",
                "PK": "en", "NG": "en", "PH": "en"}
ZERO_IN_BRACKETS = {"UK", "DE", "AT", "CH", "FR", "BE", "NL"}     # "+44 (0)20 …" is written there


def split(digits, sizes):
    """The digits in groups of the sizes; what is left joins the last group, and a group of one
    digit at the end joins the one before it (nobody writes "040 / 90 78 95 0")."""
    out, i = [], 0
    for k in sizes:
        out.append(digits[i:i + k])
        i += k
    if i < len(digits):
        out[-1] += digits[i:]
    out = [g for g in out if g]
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2] += out.pop()
    return out


def join(groups, seps):
    """seps: one separator, or one per gap."""
    if isinstance(seps, str):
        return seps.join(groups)
    out = groups[0]
    for g, s in zip(groups[1:], seps):
        out += s + g
    return out


class Census:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.v = Values(self.r)

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def digits(self, n):
        return "".join(self.pick("0123456789") for _ in range(n))

    # ------------------------------------------------------------------ the numbers
    def number(self, country, kind=None):
        """(plan, kind, NSN): a number of the plan, its kind chosen at random unless given."""
        cc, trunk, kinds = PLANS[country]
        k = kinds[kind if kind is not None else self.r.randrange(len(kinds))]
        lead = self.pick(k[0])
        nsn = lead + "".join(self.pick("23456789" if i == 0 else "0123456789") for i in range(k[1] - len(lead)))
        if country in ("US", "CA"):     # NXX: the exchange does not start with 0 or 1
            nsn = nsn[:3] + self.pick("23456789") + nsn[4:]
        return (cc, trunk), k, nsn

    def free_groups(self, digits):
        """A person's own grouping: chunks of 2 to 4 digits."""
        out, i = [], 0
        while i < len(digits):
            n = self.pick([2, 3, 3, 4]) if len(digits) - i > 4 else len(digits) - i
            if len(digits) - i - n == 1:         # no group of one digit at the end
                n += 1
            out.append(digits[i:i + n])
            i += n
        return out

    def styled(self, country, style=None, sep=None, kind=None):
        """One number of the country in one of the ways people type it; returns (text, style)."""
        (cc, trunk), k, nsn = self.number(country, kind)
        national = trunk + nsn
        nat_groups = split(national, self.pick(k[3]))
        int_groups = split(nsn, self.pick(k[4]))
        styles = ["national", "national", "compact", "intl", "intl", "intl_compact", "intl00", "intl_dash",
                  "plus_paren", "free"]
        if trunk == "0":
            styles += ["area_brackets", "slash_after_prefix"]
        if country in ZERO_IN_BRACKETS:
            styles += ["zero_in_brackets", "zero_in_brackets"]
        if country in ("US", "CA"):
            styles = ["us_paren", "us_dash", "us_dot", "us_space", "compact", "us_one", "intl", "intl_dash",
                      "intl_compact", "us_intl_paren", "intl00", "us_slash", "us_paren_tight"]
        style = style or self.pick(styles)
        s = sep if sep is not None else self.pick([" ", " ", " ", "-", ".", "/"] if style == "national" else [" "])
        area = k[2]
        if style == "national":
            return join(nat_groups, s), style
        if style == "compact":
            return national, style
        if style == "intl":
            return "+" + cc + " " + join(int_groups, s), style
        if style == "intl_compact":
            return "+" + cc + nsn, style
        if style == "intl00":
            return "00" + cc + " " + join(int_groups, s), style
        if style == "intl_dash":
            return "+" + cc + "-" + join(int_groups, "-"), style
        if style == "plus_paren":
            return "(+" + cc + ") " + join(int_groups, s), style
        if style == "free":
            if self.r.random() < 0.5:
                return join(self.free_groups(national), s), style
            return "+" + cc + " " + join(self.free_groups(nsn), s), style
        if style == "zero_in_brackets":
            return "+" + cc + self.pick([" (0)", " (0) ", " (0)"]) + join(int_groups, s), style
        if style == "area_brackets":
            return "(0" + nsn[:area] + ") " + join(split(nsn[area:], self.pick([(3, 4), (2, 2, 2, 2), (4, 4), (3, 2, 2),
                                                                                 (7,)])), " "), style
        if style == "slash_after_prefix":
            rest = nsn[area:]
            return "0" + nsn[:area] + self.pick(["/", "/", " / ", "-"]) + join(split(rest, self.pick(
                [(len(rest),), (3, 2, 2), (2, 2, 2, 2)])), self.pick([" ", "."])), style
        a, e, line = nsn[:3], nsn[3:6], nsn[6:]
        if style == "us_paren":
            return "(%s) %s-%s" % (a, e, line), style
        if style == "us_paren_tight":
            return "(%s)%s-%s" % (a, e, line), style
        if style == "us_dash":
            return "%s-%s-%s" % (a, e, line), style
        if style == "us_dot":
            return "%s.%s.%s" % (a, e, line), style
        if style == "us_space":
            return "%s %s %s" % (a, e, line), style
        if style == "us_one":
            return self.pick(["1-%s-%s-%s", "1 (%s) %s-%s", "1.%s.%s.%s"]) % (a, e, line), style
        if style == "us_intl_paren":
            return "+1 (%s) %s-%s" % (a, e, line), style
        if style == "us_slash":
            return "%s/%s-%s" % (a, e, line), style
        raise ValueError(style)

    def phone(self, country=None):
        return self.styled(country or self.pick(list(PLANS)))[0]

    def mobile(self, country):
        return self.styled(country, kind=0)[0]

    # ------------------------------------------------------------------ cues of six languages
    CUES = {
        "en": ["Phone: {p}", "Tel: {p}", "Mobile: {p}", "cell {p}", "call me on {p}", "my number is {p}",
               "you can reach me at {p}", "ph. {p}", "Ph: {p}", "Mob {p}", "phone no. {p}", "contact number: {p}",
               "home phone {p}", "work phone: {p}", "Telephone {p}", "{p} (mobile)", "{p} is the best number",
               "give me a ring on {p}", "text {p} for the code", "my cell is {p}"],
        "no": ["Tlf: {p}", "tlf. {p}", "Mobil: {p}", "mob. {p}", "ring meg på {p}", "nummeret mitt er {p}",
               "telefon {p}", "Telefonnr.: {p}", "mobilnr {p}", "nås på {p}", "{p} (mobil)", "send sms til {p}",
               "tlf.nr. {p}", "jobbtelefon: {p}", "privat: {p}"],
        "sv": ["Tel: {p}", "tel. {p}", "Mobil: {p}", "mob. {p}", "ring mig på {p}", "mitt nummer är {p}",
               "telefon {p}", "Telefonnr: {p}", "mobilnr {p}", "nås på {p}", "{p} (mobil)", "sms:a till {p}",
               "tfn {p}", "Tfn: {p}", "jobbtelefon: {p}"],
        "de": ["Tel.: {p}", "Tel. {p}", "Telefon: {p}", "Handy: {p}", "Mobil: {p}", "Mob. {p}",
               "ruf mich an unter {p}", "meine Nummer ist {p}", "erreichbar unter {p}", "Tel.-Nr.: {p}",
               "Festnetz: {p}", "{p} (Handy)", "Rufnummer {p}", "Telefonnummer: {p}", "schreib mir an {p}"],
        "fr": ["Tél. : {p}", "Tél : {p}", "tel {p}", "Portable : {p}", "port. {p}", "mon numéro : {p}",
               "appelle-moi au {p}", "joignable au {p}", "n° de téléphone : {p}", "fixe : {p}", "{p} (portable)",
               "Mobile : {p}", "téléphone {p}", "envoie un SMS au {p}", "numéro de portable {p}"],
        "es": ["Tel.: {p}", "Teléfono: {p}", "Móvil: {p}", "móvil {p}", "llámame al {p}", "mi número es {p}",
               "tlf {p}", "Tfno.: {p}", "número de teléfono: {p}", "fijo: {p}", "{p} (móvil)", "Cel: {p}",
               "escríbeme al {p}", "teléfono de contacto: {p}", "localizable en el {p}"],
    }

    def cued(self, lang, p):
        return self.pick(self.CUES[lang]).format(p=p)

    # ------------------------------------------------------------------ groupings and prefixes
    def grouping_cases(self):
        """Every style of every plan once or twice, after a cue of the country's language."""
        out = []
        for country in PLANS:
            lang = COUNTRY_LANG[country]
            (cc, trunk), kinds = PLANS[country][:2], PLANS[country][2]
            styles = ["national", "compact", "intl", "intl_compact", "intl00", "intl_dash", "plus_paren", "free",
                      "free"]
            if trunk == "0":
                styles += ["area_brackets", "slash_after_prefix"]
            if country in ZERO_IN_BRACKETS:
                styles += ["zero_in_brackets"]
            if country in ("US", "CA"):
                styles = ["us_paren", "us_dash", "us_dot", "us_space", "compact", "us_one", "intl", "intl_dash",
                          "intl_compact", "us_intl_paren", "intl00", "us_slash", "us_paren_tight"]
            for style in self.r.sample(styles, 6):
                p, _ = self.styled(country, style)
                out.append(case(lang, "ph3_group_" + country, self.cued(lang, p), [("PHONE", p)]))
            for kind in range(len(kinds)):          # every national grouping of every kind
                for sizes in kinds[kind][3]:
                    (cc_, trunk_), k, nsn = self.number(country, kind)
                    p = join(split(trunk_ + nsn, sizes), self.pick([" ", " ", "-", "."]))
                    out.append(case(lang, "ph3_group_" + country, self.cued(lang, p), [("PHONE", p)]))
        return out

    def separator_cases(self):
        """No-break, thin and narrow no-break spaces, dots, slashes and mixed separators."""
        out = []
        for sep in [NBSP, NBSP, THIN, NNBSP, ".", "/", "-", " - "]:
            for _ in range(3):
                country = self.pick(["NO", "SE", "DE", "FR", "ES", "UK", "CH", "DK", "NL", "BE"])
                style = self.pick(["national", "intl"])
                p, _ = self.styled(country, style, sep)
                lang = COUNTRY_LANG[country]
                out.append(case(lang, "ph3_separator", self.cued(lang, p), [("PHONE", p)]))
        for _ in range(14):                                         # mixed in one number
            country = self.pick(["NO", "SE", "DE", "FR", "ES", "UK", "AT", "CH", "IT", "PL"])
            (cc, trunk), k, nsn = self.number(country)
            groups = split(nsn, self.pick(k[4]))
            seps = [self.pick([" ", "-", ".", "/", NBSP]) for _ in groups[1:]]
            head = self.pick(["+" + cc + " ", "+" + cc + "-", "+" + cc + ".", trunk or ""])
            p = head + join(groups, seps) if head.startswith("+") or trunk else join(groups, seps)
            lang = COUNTRY_LANG[country]
            out.append(case(lang, "ph3_separator_mixed", self.cued(lang, p), [("PHONE", p)]))
        return out

    EXTENSIONS = [("en", "{p} ext. 12"), ("en", "{p} x12"), ("en", "{p} #12"), ("en", "{p}, ext 4410"),
                  ("en", "{p} (ext. 207)"), ("en", "{p} x 3"), ("de", "{p} Durchwahl -12"),
                  ("de", "{p}, Durchwahl 215"), ("de", "{p} App. 34"), ("fr", "{p} poste 12"),
                  ("fr", "{p}, poste 2231"), ("sv", "{p} anknytning 12"), ("sv", "{p} ankn. 4312"),
                  ("no", "{p} linje 3"), ("no", "{p}, internnr. 412"), ("es", "{p} ext. 12"),
                  ("es", "{p}, extensión 305")]

    def extension_cases(self):
        out = []
        for lang, tpl in self.EXTENSIONS:
            country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang])
            p = self.phone(country)
            label = self.pick({"en": ["Tel: ", "Phone: ", "Direct: "], "de": ["Tel.: ", "Telefon "],
                               "fr": ["Tél. : ", "Tél "], "sv": ["Tel: ", "Växel: "], "no": ["Tlf: ", "Sentralbord "],
                               "es": ["Tel.: ", "Teléfono "]}[lang])
            out.append(case(lang, "ph3_extension", label + tpl.format(p=p), [("PHONE", p)]))
        for _ in range(5):                           # DIN 5008: the Durchwahl glued with a dash is the number
            (cc, trunk), k, nsn = self.number("DE", 1 + self.r.randrange(2))
            area = k[2]
            base = self.pick(["0" + nsn[:area] + " " + nsn[area:8], "+49 " + nsn[:area] + " " + nsn[area:8]])
            p = base + "-" + self.pick(["0", "12", "215", "34"])
            out.append(case("de", "ph3_extension", self.pick(["Tel.: ", "Telefon ", "Durchwahl: "]) + p,
                            [("PHONE", p)]))
        return out

    # ------------------------------------------------------------------ prose, chat, glued
    PROSE_NO_CUE = {
        "en": ["Landed in Oslo, {p} until Friday.", "Back on Monday — {p} if anything breaks.",
               "Here you go: {p}", "Dad: {p}, Mum: {q}", "It's {p}, after 6pm is best.",
               "{p} — that's the one on the fridge."],
        "no": ["Landet nå, {p} resten av uka.", "Er tilbake mandag – {p} hvis noe skjer.", "Her: {p}",
               "Pappa {p}, mamma {q}", "Det er {p}, best etter kl. 18.", "{p} står på kjøleskapet."],
        "sv": ["Landat nu, {p} resten av veckan.", "Tillbaka på måndag – {p} om något händer.", "Här: {p}",
               "Pappa {p}, mamma {q}", "Det är {p}, bäst efter kl. 18.", "{p} sitter på kylskåpet."],
        "de": ["Bin gelandet, {p} bis Freitag.", "Ab Montag wieder da – {p}, falls was ist.", "Hier: {p}",
               "Papa {p}, Mama {q}", "Es ist die {p}, am besten nach 18 Uhr.", "{p} hängt am Kühlschrank."],
        "fr": ["Bien arrivé, {p} jusqu'à vendredi.", "De retour lundi — {p} en cas de souci.", "Voilà : {p}",
               "Papa {p}, maman {q}", "C'est le {p}, plutôt après 18 h.", "{p}, c'est celui du frigo."],
        "es": ["Ya he llegado, {p} hasta el viernes.", "Vuelvo el lunes — {p} si pasa algo.", "Aquí va: {p}",
               "Papá {p}, mamá {q}", "Es el {p}, mejor después de las 18 h.", "{p} es el que está en la nevera."],
    }
    CHAT = {
        "en": ["call me {p}", "text me {p} when you're here", "new number {p}", "my new no. is {p}",
               "ring me on {p} pls", "whatsapp me {p}", "number's {p}", "pls call {p} asap"],
        "no": ["ring meg på {p}", "ring meg {p}", "nytt nr: {p}", "sms meg {p} når du er her", "nummeret er {p}",
               "send på snap eller {p}", "ring {p} asap", "nr {p}"],
        "sv": ["ring mig på {p}", "sms:a mig {p}", "nytt nr: {p}", "mitt nya nummer är {p}", "ring {p} snarast",
               "swisha till {p}", "nr {p}", "hör av dig {p}"],
        "de": ["ruf mich an {p}", "meine neue Nummer {p}", "schreib mir auf WhatsApp {p}", "neue Nr.: {p}",
               "ruf mal {p} an", "Nummer: {p}", "meld dich unter {p}", "bin unter {p} erreichbar"],
        "fr": ["appelle-moi au {p}", "mon numéro c'est le {p}", "envoie-moi un texto au {p}", "nouveau num : {p}",
               "rappelle au {p} stp", "mon 06 : {p}", "num {p}", "appelle le {p}"],
        "es": ["mi número: {p}", "llámame {p}", "escríbeme al {p} por WhatsApp", "nuevo número {p}",
               "llama al {p} porfa", "mi móvil {p}", "núm. {p}", "dame un toque al {p}"],
    }
    GLUED = ["Tlf:{p}", "tel.{p}", "Tel.:{p}", "(M){p}", "📞 {p}", "☎️ {p}", "Mob.{p}", "nr:{p}", "Handy:{p}",
             "Tél.:{p}", "Móvil:{p}", "«{p}»", "\"{p}\"", "({p})", "[{p}]", "{p}.", "{p}!", "{p}?", "<{p}>",
             "*{p}*", "tel/{p}", "{p};", "{p},", "T:{p}"]
    GLUED_LANG = {"Tlf:": "no", "Handy:": "de", "Tél.:": "fr", "Móvil:": "es"}

    def prose_cases(self):
        out = []
        for lang in LANGS:
            for tpl in self.CUES[lang][:6]:               # cued prose, a sentence around it
                country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang] + ["PL", "TR", "NG"])
                p = self.phone(country)
                text = self.pick({"en": ["Hi, {c}. Thanks!", "{c} — weekdays only.", "As discussed, {c}."],
                                  "no": ["Hei, {c}. Takk!", "{c} – bare hverdager.", "Som avtalt, {c}."],
                                  "sv": ["Hej, {c}. Tack!", "{c} – bara vardagar.", "Som sagt, {c}."],
                                  "de": ["Hallo, {c}. Danke!", "{c} – nur werktags.", "Wie besprochen: {c}."],
                                  "fr": ["Bonjour, {c}. Merci !", "{c} — en semaine.", "Comme convenu, {c}."],
                                  "es": ["Hola, {c}. ¡Gracias!", "{c} — solo entre semana.", "Como hablamos, {c}."],
                                  }[lang]).format(c=self.cued(lang, p))
                out.append(case(lang, "ph3_prose_cue", text, [("PHONE", p)]))
            for tpl in self.PROSE_NO_CUE[lang]:
                country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang])
                p = self.pick([self.styled(country, "intl")[0], self.styled(country, "intl")[0], self.mobile(country)])
                q = self.mobile(country)
                ents = [("PHONE", p)] + ([("PHONE", q)] if "{q}" in tpl else [])
                out.append(case(lang, "ph3_prose_bare", tpl.format(p=p, q=q), ents))
            for tpl in self.CHAT[lang]:
                country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang])
                p = self.pick([self.mobile(country), self.styled(country, "compact", kind=0)[0], self.phone(country)])
                out.append(case(lang, "ph3_chat", tpl.format(p=p), [("PHONE", p)]))
        for tpl in self.GLUED:
            lang = next((l for k, l in self.GLUED_LANG.items() if tpl.startswith(k)), None)
            country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang]) if lang else self.pick(list(PLANS))
            lang = lang or COUNTRY_LANG[country]
            p = self.pick([self.styled(country, "intl_compact")[0], self.styled(country, "intl")[0],
                           self.mobile(country)])
            inner = tpl.format(p=p)
            text = inner if tpl.split("{")[0] in ("Tlf:", "tel.", "Tel.:", "(M)", "📞 ", "☎️ ", "Mob.", "nr:", "Handy:",
                                                  "Tél.:", "Móvil:", "T:", "tel/") else self.cued(lang, "") + inner
            out.append(case(lang, "ph3_glued", text.replace("  ", " "), [("PHONE", p)]))
        return out

    # ------------------------------------------------------------------ contact-card places
    SIGNATURES = [
        ("en", "Best regards\nHead of Operations\nM: {p} | T: {q}\nwww.example.com"),
        ("en", "Thanks,\nAccounts team\nT {p}  F {q}"),
        ("en", "--\nSales Director, EMEA\nMobile {p}\nOffice {q}"),
        ("en", "Kind regards,\nCustomer Success\nDirect: {p} · Main: {q}"),
        ("no", "Med vennlig hilsen\nDaglig leder\nMob.: {p}\nSentralbord: {q}\nOrg.nr. {org}"),
        ("no", "Mvh\nKundeservice\nTlf. {p} | Mobil {q}"),
        ("no", "Hilsen\nProsjektleder\nDirekte: {p}\nSentralbord: {q}"),
        ("sv", "Med vänliga hälsningar\nEkonomiavdelningen\nDirekt: {p}\nVäxel: {q}\nOrg.nr {orgse}"),
        ("sv", "Hälsningar\nSupport\nMobil: {p} | Tel: {q}"),
        ("de", "Mit freundlichen Grüßen\nVertriebsleitung\nTel. {p}\nFax {q}\nHandy {r}\nUSt-IdNr.: DE{vat}"),
        ("de", "Viele Grüße\nBuchhaltung\nTelefon: {p} | Mobil: {q}"),
        ("de", "Beste Grüße\nTeamleitung Support\nT {p}\nM {q}\nHRB {hrb} B, Amtsgericht Charlottenburg"),
        ("fr", "Cordialement,\nResponsable des achats\nPortable : {p}\nStandard : {q}\nSIRET {siret}"),
        ("fr", "Bien à vous,\nService comptabilité\nTél. {p} – Fax {q}"),
        ("es", "Un saludo,\nDirección comercial\nMóvil: {p}\nTel.: {q}\nCIF B{cif}"),
        ("es", "Saludos cordiales\nAtención al cliente\nTfno. {p} · Móvil {q}"),
    ]

    def signature_cases(self):
        out = []
        for lang, tpl in self.SIGNATURES:
            for _ in range(2):
                country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang])
                p, q, r = self.phone(country), self.phone(country), self.mobile(country)
                org, orgse = self.v.organisation_number(), "55%04d-%04d" % (self.r.randrange(10 ** 4),
                                                                           self.r.randrange(10 ** 4))
                vat, hrb = self.digits(9), str(self.r.randrange(10000, 250000))
                siret = "%s %s %s %s" % (self.digits(3), self.digits(3), self.digits(3), self.digits(5))
                cif = self.digits(8)
                text = tpl.format(p=p, q=q, r=r, org=org, orgse=orgse, vat=vat, hrb=hrb, siret=siret, cif=cif)
                ents = [("PHONE", x) for x, k in ((p, "{p}"), (q, "{q}"), (r, "{r}")) if k in tpl]
                decoys = [d for d, k in ((org, "{org}"), (orgse, "{orgse}"), (hrb, "{hrb}"), (siret, "{siret}"))
                          if k in tpl]
                out.append(case(lang, "ph3_signature", text, ents, decoys))
        return out

    VCARDS = [
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nTEL;TYPE=cell:{p}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=work,voice:{p}\nTEL;TYPE=home:{q}\nREV:{rev}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:2.1\nTEL;CELL;PREF:{p}\nTEL;WORK;FAX:{q}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nTEL;VALUE=uri;TYPE=cell:tel:{p}\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nitem1.TEL;type=pref:{p}\nitem1.X-ABLabel:_$!<Mobile>!$_\nEND:VCARD",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=CELL,VOICE:{p}\r\nEND:VCARD",
        "TEL;TYPE=cell:{p}",
        "TEL:{p}",
    ]

    def vcard_cases(self):
        out = []
        for tpl in self.VCARDS:
            for _ in range(3):
                country = self.pick(list(PLANS))
                p = self.pick([self.styled(country, "intl_compact")[0], self.phone(country)])
                if "tel:{p}" in tpl:
                    p = self.styled(country, self.pick(["intl_compact", "intl_dash"]))[0]
                q = self.phone(country)
                rev = "2024%02d%02dT%02d%02d%02dZ" % (self.r.randrange(1, 13), self.r.randrange(1, 29),
                                                      self.r.randrange(24), self.r.randrange(60), self.r.randrange(60))
                ents = [("PHONE", p)] + ([("PHONE", q)] if "{q}" in tpl else [])
                out.append(case(COUNTRY_LANG[country], "ph3_vcard", tpl.format(p=p, q=q, rev=rev), ents,
                                [rev] if "{rev}" in tpl else []))
        return out

    TABLE_HEADERS = {
        "en": [("name", "phone", "zip"), ("customer", "mobile", "order_no"), ("contact", "Phone Number", "Qty")],
        "no": [("navn", "telefon", "postnr"), ("kunde", "mobilnummer", "ordrenr"), ("kontakt", "tlf", "antall")],
        "sv": [("namn", "telefon", "postnr"), ("kund", "mobilnr", "ordernr"), ("kontakt", "tfn", "antal")],
        "de": [("Name", "Telefon", "PLZ"), ("Kunde", "Handynummer", "Bestellnr"), ("Kontakt", "Tel.", "Menge")],
        "fr": [("nom", "téléphone", "code_postal"), ("client", "portable", "n_commande"), ("contact", "tél", "qté")],
        "es": [("nombre", "teléfono", "cp"), ("cliente", "móvil", "n_pedido"), ("contacto", "tlf", "cantidad")],
    }

    def decoy_for(self, header, lang):
        h = header.lower()
        if h in ("zip", "postnr", "plz", "code_postal", "cp"):
            return {"en": "%05d" % self.r.randrange(10000, 99999), "no": "%04d" % self.r.randrange(1, 9999),
                    "sv": "%03d %02d" % (self.r.randrange(100, 999), self.r.randrange(100)),
                    "de": "%05d" % self.r.randrange(10000, 99999), "fr": "%05d" % self.r.randrange(10000, 96000),
                    "es": "%05d" % self.r.randrange(10000, 52999)}[lang]
        if "order" in h or "ordre" in h or "bestell" in h or "commande" in h or "pedido" in h or "order" in h:
            return str(self.r.randrange(10 ** 7, 10 ** 10))
        return str(self.r.randrange(1, 40))

    def table_cases(self):
        out = []
        for lang in LANGS:
            for a, b, c in self.TABLE_HEADERS[lang]:
                for form in self.r.sample(["csv", "semicolon", "psql", "markdown"], 2):
                    country = self.pick([x for x, l in COUNTRY_LANG.items() if l == lang] + ["PL", "TR", "PK"])
                    p, q = self.phone(country), self.phone(country)
                    d1, d2 = self.decoy_for(c, lang), self.decoy_for(c, lang)
                    n1, n2 = "kunde-%d" % self.r.randrange(100, 999), "kunde-%d" % self.r.randrange(100, 999)
                    if form == "csv":
                        text = "%s,%s,%s\n%s,%s,%s\n%s,%s,%s" % (a, b, c, n1, p, d1, n2, q, d2)
                    elif form == "semicolon":
                        text = "%s;%s;%s\n%s;\"%s\";%s\n%s;\"%s\";%s" % (a, b, c, n1, p, d1, n2, q, d2)
                    elif form == "psql":
                        text = " %s | %s | %s\n------+------------------+------\n %s | %s | %s\n %s | %s | %s" % (
                            a, b, c, n1, p, d1, n2, q, d2)
                    else:
                        text = "| %s | %s | %s |\n|---|---|---|\n| %s | %s | %s |\n| %s | %s | %s |" % (
                            a, b, c, n1, p, d1, n2, q, d2)
                    decoys = [d for d in (d1, d2) if len(d) >= 4 and d not in p and d not in q]
                    out.append(case(lang, "ph3_table_" + form, text, [("PHONE", p), ("PHONE", q)], decoys[:1]))
        return out

    JSON_KEYS = ["phone", "tel", "mobile", "telefon", "mobil", "handy", "téléphone", "portable", "telefono",
                 "movil", "msisdn", "phone_number", "phoneNumber", "contactPhone", "mobilnummer", "telefonnummer",
                 "whatsapp", "home_phone", "workPhone", "numero_telefono", "tlf", "fax", "cell", "mobileNumber"]

    def json_cases(self):
        out = []
        for key in self.JSON_KEYS:
            country = self.pick(list(PLANS))
            p = self.pick([self.phone(country), self.styled(country, "intl_compact")[0]])
            order = str(self.r.randrange(10 ** 7, 10 ** 10))
            form = self.r.randrange(4)
            if form == 0:
                text = "{\"id\": %d, \"%s\": \"%s\", \"order_id\": %s}" % (self.r.randrange(1, 999), key, p, order)
            elif form == 1:
                text = "{\"contact\": {\"%s\": \"%s\"}, \"invoice\": \"%s\"}" % (key, p, order)
            elif form == 2:       # a number as a JSON number: the digits only
                p = self.styled(country, "compact")[0].lstrip("+")
                if PLANS[country][1] == "0":
                    p = PLANS[country][0] + p[1:]
                text = "{\"%s\": %s, \"orderNo\": %s}" % (key, p, order)
            else:
                text = "%s: \"%s\"\norder_no: %s" % (key, p, order)
            out.append(case(COUNTRY_LANG[country], "ph3_json", text, [("PHONE", p)], [order]))
        return out

    def link_cases(self):
        out = []
        for _ in range(10):
            country = self.pick(list(PLANS))
            lang = COUNTRY_LANG[country]
            p = self.styled(country, self.pick(["intl_compact", "intl_dash", "intl_compact"]))[0]
            shown = self.phone(country)
            form = self.r.randrange(4)
            if form == 0:
                text, ents = "<a href=\"tel:%s\">%s</a>" % (p, shown), [("PHONE", p), ("PHONE", shown)]
            elif form == 1:
                text, ents = "[%s](tel:%s)" % (self.pick(["Ring oss", "Call us", "Appelez-nous", "Rufen Sie an"]), p), \
                    [("PHONE", p)]
            elif form == 2:
                text, ents = "tel:%s" % p, [("PHONE", p)]
            else:
                text, ents = "<a href=\"sms:%s\">SMS</a>" % p, [("PHONE", p)]
            out.append(case(lang, "ph3_tel_link", text, ents))
        for _ in range(10):
            country = self.pick(list(PLANS))
            lang = COUNTRY_LANG[country]
            (cc, trunk), k, nsn = self.number(country, 0)
            digits = cc + nsn
            form = self.r.randrange(4)
            if form == 0:
                text = "https://wa.me/%s" % digits
            elif form == 1:
                text = "wa.me/%s?text=%s" % (digits, self.pick(["Hei", "Hello", "Hola", "Bonjour"]))
            elif form == 2:
                text = "https://api.whatsapp.com/send?phone=%s&text=hi" % digits
            else:
                text = "Skriv til meg: https://wa.me/%s" % digits if lang == "no" else \
                    "WhatsApp me: https://wa.me/%s" % digits
            out.append(case(lang, "ph3_whatsapp_link", text, [("PHONE", digits)]))
        return out

    def log_cases(self):
        out = []
        for _ in range(16):
            country = self.pick(list(PLANS))
            lang = COUNTRY_LANG[country]
            p = self.pick([self.phone(country), self.styled(country, "intl_compact")[0]])
            hh, mm, ss = self.r.randrange(24), self.r.randrange(60), self.r.randrange(60)
            t = "%02d:%02d" % (hh, mm)
            dur = "%dm %02ds" % (self.r.randrange(0, 30), self.r.randrange(60))
            ms = str(self.r.randrange(1700000000000, 1760000000000))
            form = self.r.randrange(6)
            if form == 0:
                text, d = {"en": "Missed call from %s at %s", "no": "Tapt anrop fra %s kl. %s",
                           "sv": "Missat samtal från %s kl. %s", "de": "Verpasster Anruf von %s um %s",
                           "fr": "Appel manqué de %s à %s", "es": "Llamada perdida de %s a las %s"}[lang] % (p, t), t
            elif form == 1:
                text, d = "%s  Incoming  %s  %s" % (t, p, dur), dur
            elif form == 2:
                text, d = "number,date,duration,type\n%s,%s,%d,2" % (p, ms, self.r.randrange(5, 900)), ms
            elif form == 3:
                text, d = "%s ↗ %s (%s)" % (p, t, dur), dur
            elif form == 4:
                text, d = "2024-%02d-%02d %s:%02d OUTGOING %s duration=%ds" % (
                    self.r.randrange(1, 13), self.r.randrange(1, 29), t, ss, p, self.r.randrange(5, 900)), t
            else:
                text, d = {"en": "Call with %s, %s", "no": "Samtale med %s, %s", "sv": "Samtal med %s, %s",
                           "de": "Anruf mit %s, %s", "fr": "Appel avec %s, %s", "es": "Llamada con %s, %s"}[lang] % (
                    p, dur), dur
            out.append(case(lang, "ph3_call_log", text, [("PHONE", p)], [d]))
        for _ in range(14):
            country = self.pick(list(PLANS))
            lang = COUNTRY_LANG[country]
            p = self.pick([self.styled(country, "intl_compact")[0], self.phone(country)])
            ms = str(self.r.randrange(1700000000000, 1760000000000))
            date = "2024-%02d-%02d %02d:%02d" % (self.r.randrange(1, 13), self.r.randrange(1, 29),
                                                 self.r.randrange(24), self.r.randrange(60))
            form = self.r.randrange(4)
            if form == 0:
                text, d = "From: %s\nDate: %s\nBody: kommer om 10" % (p, date), date
            elif form == 1:
                text, d = "<sms protocol=\"0\" address=\"%s\" date=\"%s\" type=\"1\" body=\"ok\" read=\"1\" />" % (
                    p, ms), ms
            elif form == 2:
                text, d = "[%s] %s: on my way" % (date, p), date
            else:
                text, d = "\"%s\",\"%s\",\"inbox\",\"see you at 5\"" % (date, p), date
            out.append(case(lang, "ph3_sms_export", text, [("PHONE", p)], [d]))
        return out

    # ------------------------------------------------------------------ decoys in the same places
    def decoy_values(self, lang):
        """(kind, value, a sentence holding it); none of them is a phone."""
        r, d = self.r, self.digits
        iban = self.v.iban(lang)
        out = [
            ("order", str(r.randrange(10 ** 9, 10 ** 10)), {
                "en": "Order #{x} has shipped.", "no": "Ordrenr. {x} er sendt.", "sv": "Order {x} har skickats.",
                "de": "Bestellung {x} wurde versandt.", "fr": "Commande n° {x} expédiée.",
                "es": "Pedido n.º {x} enviado."}[lang]),
            ("order", "%s %s %s" % (d(3), d(3), d(3)), {
                "en": "Order no. {x}", "no": "Ordrenummer: {x}", "sv": "Ordernummer: {x}",
                "de": "Auftragsnummer: {x}", "fr": "N° de commande : {x}", "es": "Número de pedido: {x}"}[lang]),
            ("invoice", "%d-%05d" % (r.randrange(2020, 2027), r.randrange(10 ** 5)), {
                "en": "Invoice {x} is overdue.", "no": "Faktura {x} er forfalt.", "sv": "Faktura {x} har förfallit.",
                "de": "Rechnung {x} ist überfällig.", "fr": "La facture {x} est en retard.",
                "es": "La factura {x} está vencida."}[lang]),
            ("invoice", "0" + d(9), {"en": "Invoice no.: {x}", "no": "Fakturanr.: {x}", "sv": "Fakturanr: {x}",
                                     "de": "Rechnungsnr.: {x}", "fr": "N° de facture : {x}",
                                     "es": "N.º de factura: {x}"}[lang]),
            ("tracking", "00340434" + d(12), "DHL: {x}"),
            ("tracking", "%s %s %s" % (d(4), d(4), d(4)), {
                "en": "Tracking number {x}", "no": "Sporingsnummer {x}", "sv": "Kollinummer {x}",
                "de": "Sendungsnummer {x}", "fr": "Numéro de suivi {x}", "es": "Número de seguimiento {x}"}[lang]),
            ("version", "%d.%d.%d" % (r.randrange(1, 20), r.randrange(0, 40), r.randrange(100, 9999)),
             "upgraded to v{x}"),
            ("date", "%02d.%02d.%d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(2019, 2027)),
             {"en": "due {x}", "no": "frist {x}", "sv": "senast {x}", "de": "fällig am {x}", "fr": "échéance le {x}",
              "es": "vence el {x}"}[lang]),
            ("date", "%d-%02d-%02d" % (r.randrange(2019, 2027), r.randrange(1, 13), r.randrange(1, 29)),
             "released {x}"),
            ("time", "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60)), "at {x} UTC"),
            ("amount", self.v.amount(lang), {"en": "Total: {x}", "no": "Sum: {x}", "sv": "Summa: {x}",
                                             "de": "Summe: {x}", "fr": "Total : {x}", "es": "Total: {x}"}[lang]),
            ("amount", "%d %03d %03d" % (r.randrange(1, 99), r.randrange(1000), r.randrange(1000)),
             {"en": "Revenue {x} USD", "no": "Omsetning {x} kr", "sv": "Omsättning {x} kr",
              "de": "Umsatz {x} EUR", "fr": "Chiffre d'affaires {x} €", "es": "Facturación {x} €"}[lang]),
            ("amount", "%d\u00a0%03d\u00a0%03d" % (r.randrange(1, 99), r.randrange(1000), r.randrange(1000)),
             {"en": "budget {x} NOK", "no": "budsjett {x} kr", "sv": "budget {x} kr", "de": "Budget {x} €",
              "fr": "budget {x} €", "es": "presupuesto {x} €"}[lang]),
            ("postcode", {"en": "%d Baker Street, London NW1 6XE" % r.randrange(1, 300),
                          "no": "Storgata %d, %04d Oslo" % (r.randrange(1, 200), r.randrange(150, 1300)),
                          "sv": "Drottninggatan %d, %03d %02d Stockholm" % (r.randrange(1, 120), r.randrange(111, 199),
                                                                            r.randrange(100)),
                          "de": "Hauptstraße %d, %05d Berlin" % (r.randrange(1, 200), r.randrange(10115, 14199)),
                          "fr": "%d rue de Rivoli, %05d Paris" % (r.randrange(1, 200), r.randrange(75001, 75020)),
                          "es": "Calle Mayor %d, %05d Madrid" % (r.randrange(1, 200), r.randrange(28001, 28080)),
                          }[lang], "{x}"),
            ("bank", {"en": "%s-%s-%s" % (d(2), d(2), d(2)), "no": d(4) + "." + d(2), "sv": "8%s-%s" % (d(3), d(1)),
                      "de": "%s %s %s" % (d(3), d(3), d(2)), "fr": "%s %s" % (d(5), d(5)), "es": d(4) + " " + d(4)}[lang],
             "IBAN " + iban + ", " + {"en": "sort code {x}", "no": "bankkode {x}", "sv": "clearingnr {x}",
                                      "de": "BLZ {x}", "fr": "code banque/guichet {x}", "es": "entidad/oficina {x}"}[lang]),
            ("isbn", "978-%d-%s-%s-%d" % (r.randrange(1, 99), d(3), d(5), r.randrange(10)), "ISBN {x}"),
            ("build", "%d.%d" % (r.randrange(19041, 26100), r.randrange(1, 5000)), "Windows build {x}"),
            ("build", str(r.randrange(10 ** 7, 10 ** 9)), "CI build #{x} failed"),
            ("ports", "%d, %d, %d" % (r.randrange(1024, 9999), r.randrange(1024, 9999), r.randrange(1024, 9999)),
             "open ports {x}"),
            ("coords", "%d.%04d, %d.%04d" % (r.randrange(40, 70), r.randrange(10 ** 4), r.randrange(1, 30),
                                             r.randrange(10 ** 4)), "GPS {x}"),
            ("timestamp", str(r.randrange(1600000000, 1800000000)), "ts={x}"),
            ("timestamp", str(r.randrange(1600000000000, 1800000000000)), "\"createdAt\": {x}"),
            ("years", "%d–%d" % (r.randrange(1990, 2010), r.randrange(2011, 2025)), {
                "en": "worked there {x}", "no": "jobbet der {x}", "sv": "jobbade där {x}", "de": "dort tätig {x}",
                "fr": "y a travaillé {x}", "es": "trabajó allí {x}"}[lang]),
            ("score", "%d-%d %d-%d %d-%d" % (6, r.randrange(5), r.randrange(5), 6, 7, r.randrange(5, 7)),
             "final: {x}"),
            ("score", "%d–%d" % (r.randrange(10), r.randrange(10)), {"en": "won {x}", "no": "vant {x}",
                                                                     "sv": "vann {x}", "de": "gewann {x}",
                                                                     "fr": "a gagné {x}", "es": "ganó {x}"}[lang]),
            ("orgnr", self.v.organisation_number() if lang == "no" else
             {"en": "%s %s %s" % (d(3), d(3), d(3)), "sv": "55%s-%s" % (d(4), d(4)),
              "de": "HRB " + d(6), "fr": "%s %s %s" % (d(3), d(3), d(3)), "es": "B" + d(8)}[lang],
             {"en": "Company no. {x}", "no": "Org.nr. {x}", "sv": "Org.nr {x}", "de": "{x}, Amtsgericht München",
              "fr": "SIREN {x}", "es": "CIF {x}"}[lang]),
        ]
        return out, iban

    def decoy_cases(self):
        out = []
        for lang in LANGS:
            values, _ = self.decoy_values(lang)
            for kind, x, tpl in self.r.sample(values, 16):
                # alone, or beside a phone in the same place (a signature, a chat line, a row)
                form = self.r.randrange(3)
                ents = []
                if "IBAN " in tpl:
                    iban = tpl.split("IBAN ")[1].split(",")[0]
                    ents.append(("IBAN", iban))
                text = tpl.format(x=x)
                if form == 1:
                    country = self.pick([c for c, l in COUNTRY_LANG.items() if l == lang])
                    p = self.phone(country)
                    text = text + "\n" + self.cued(lang, p)
                    ents.append(("PHONE", p))
                elif form == 2:
                    text = self.pick(["Re: ", "> ", "- ", "Note: "]) + text
                out.append(case(lang, "ph3_decoy_" + kind, text, ents, [x]))
        return out

    def all(self):
        cases = (self.grouping_cases() + self.separator_cases() + self.extension_cases() + self.prose_cases()
                 + self.signature_cases() + self.vcard_cases() + self.table_cases() + self.json_cases()
                 + self.link_cases() + self.log_cases() + self.decoy_cases())
        for i, c in enumerate(cases):
            c["id"] = "census-phones-%d" % i
        return [{"id": c["id"], "lang": c["lang"], "shape": c["shape"], "text": c["text"],
                 "entities": c["entities"], "decoys": c["decoys"]} for c in cases]


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Census(SEED).all())


def main(argv):
    return census_main(argv, render, "generate_phones.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
