#!/usr/bin/env python3
"""generate.py — the realistic scrub corpus: configs, code, logs, records and prose in six languages.

    python3 generate.py dev     > dev.jsonl       seed 1, shared templates only
    python3 generate.py heldout > heldout.jsonl   seed 20261206, plus templates only this half has
    python3 generate.py dev2    > dev2.jsonl      seed 3, only templates_dev2.py's phrasings (a second dev half)
    python3 generate.py dev3    > dev3.jsonl      seed 5, only templates_dev3.py's phrasings (a third dev half)
    python3 generate.py heldout2 > heldout2.jsonl seed 20261207, only templates_heldout2.py's (a second held-out half)
    python3 generate.py dev4    > dev4.jsonl      seed 7, only templates_dev4.py's phrasings (a fourth dev half)
    python3 generate.py heldout3 > heldout3.jsonl seed 20261208, only templates_heldout3.py's (a third held-out half)
    python3 generate.py dev5    > dev5.jsonl      seed 9, only templates_dev5.py's phrasings (a fifth dev half)
    python3 generate.py dev6    > dev6.jsonl      seed 11, only templates_dev6.py's phrasings (a sixth dev half)
    python3 generate.py dev7    > dev7.jsonl      seed 13, only templates_dev7.py's phrasings (a seventh dev half)
    python3 generate.py heldout4 > heldout4.jsonl seed 20261209, only templates_heldout4.py's (a fourth held-out half)
    python3 generate.py dev8    > dev8.jsonl      seed 15, only templates_dev8.py's phrasings (an eighth dev half)
    python3 generate.py dev9    > dev9.jsonl      seed 17, only templates_dev9.py's phrasings (a ninth dev half)
    python3 generate.py heldout5 > heldout5.jsonl seed 20261210, only templates_heldout5.py's (a fifth held-out half)
    python3 generate.py heldout6 > heldout6.jsonl seed 20261212, only templates_heldout6.py's (a sixth held-out half)
    python3 generate.py dev10   > dev10.jsonl     seed 19, only templates_dev10.py's phrasings (a tenth dev half)
    python3 generate.py heldout7 > heldout7.jsonl seed 20261213, only templates_heldout7.py's (a seventh held-out half)
    python3 generate.py heldout8 > heldout8.jsonl seed 20261220, only templates_heldout8.py's (an eighth held-out half)
    python3 generate.py heldout9 > heldout9.jsonl seed 20261227, only templates_heldout9.py's (a ninth held-out half)
    python3 generate.py heldout10 > heldout10.jsonl seed 20261229, only templates_heldout10.py's (a tenth held-out half)
    python3 generate.py heldout11 > heldout11.jsonl seed 20270107, only templates_heldout11.py's (an eleventh held-out half)
    python3 generate.py dev --check dev.jsonl     TAP: the committed half is what the generator writes

Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format tests/scrub/evaluate.c reads. Every occurrence of a value is labelled (a password in an
env line and again inside DATABASE_URL is two entities). Values come from values.py (own
checksum code, no scrubber rule read); phrasings from templates.py. Deterministic: the
same half always gives the same bytes (python3 stdlib only)."""
import base64
import json
import random
import re
import sys

sys.dont_write_bytecode = True    # run from the source tree by the test suite: leave no __pycache__ there

from templates import PROSE, STRUCTURED
from templates_dev2 import DEV2_BRANDS, DEV2_CITIES, DEV2_FIRST, DEV2_LAST, DEV2_PROSE, DEV2_STRUCTURED
from templates_dev3 import DEV3_BRANDS, DEV3_CITIES, DEV3_FIRST, DEV3_LAST, DEV3_PROSE, DEV3_STRUCTURED
from templates_dev4 import DEV4_BRANDS, DEV4_CITIES, DEV4_DECOYS, DEV4_FIRST, DEV4_LAST, DEV4_PROSE, DEV4_STRUCTURED
from templates_dev5 import DEV5_BRANDS, DEV5_CITIES, DEV5_DECOYS, DEV5_FIRST, DEV5_LAST, DEV5_PROSE, DEV5_STRUCTURED
from templates_dev6 import DEV6_BRANDS, DEV6_CITIES, DEV6_DECOYS, DEV6_FIRST, DEV6_LAST, DEV6_PROSE, DEV6_STRUCTURED
from templates_dev7 import (DEV7_BRANDS, DEV7_CITIES, DEV7_DECOYS, DEV7_FIRST, DEV7_LAST, DEV7_PROSE, DEV7_SECRETS,
                            DEV7_STRUCTURED)
from templates_dev8 import (DEV8_BRANDS, DEV8_CITIES, DEV8_DECOYS, DEV8_FIRST, DEV8_LAST, DEV8_PROSE, DEV8_SECRETS,
                            DEV8_STRUCTURED)
from templates_dev9 import (DEV9_BRANDS, DEV9_CITIES, DEV9_DECOYS, DEV9_FIRST, DEV9_LAST, DEV9_PROSE, DEV9_SECRETS,
                            DEV9_STRUCTURED)
from templates_dev10 import (DEV10_BRANDS, DEV10_CITIES, DEV10_DECOYS, DEV10_FIRST, DEV10_LAST, DEV10_PROSE,
                             DEV10_SECRETS, DEV10_STRUCTURED)
from templates_heldout import (HELDOUT_BRANDS, HELDOUT_CITIES, HELDOUT_FIRST, HELDOUT_LAST, HELDOUT_PROSE,
                               HELDOUT_STRUCTURED)
from templates_heldout2 import (HELDOUT2_BRANDS, HELDOUT2_CITIES, HELDOUT2_FIRST, HELDOUT2_LAST, HELDOUT2_PROSE,
                                HELDOUT2_STRUCTURED)
from templates_heldout3 import (HELDOUT3_BRANDS, HELDOUT3_CITIES, HELDOUT3_DECOYS, HELDOUT3_FIRST, HELDOUT3_LAST,
                                HELDOUT3_PROSE, HELDOUT3_STRUCTURED)
from templates_heldout4 import (HELDOUT4_BRANDS, HELDOUT4_CITIES, HELDOUT4_DECOYS, HELDOUT4_FIRST, HELDOUT4_LAST,
                                HELDOUT4_PROSE, HELDOUT4_SECRETS, HELDOUT4_STRUCTURED)
from templates_heldout5 import (HELDOUT5_BRANDS, HELDOUT5_CITIES, HELDOUT5_DECOYS, HELDOUT5_FIRST, HELDOUT5_LAST,
                                HELDOUT5_PROSE, HELDOUT5_SECRETS, HELDOUT5_STRUCTURED)
from templates_heldout6 import (HELDOUT6_BRANDS, HELDOUT6_CITIES, HELDOUT6_DECOYS, HELDOUT6_FIRST, HELDOUT6_LAST,
                                HELDOUT6_PROSE, HELDOUT6_SECRETS, HELDOUT6_STRUCTURED)
from templates_heldout7 import (HELDOUT7_BRANDS, HELDOUT7_CITIES, HELDOUT7_DECOYS, HELDOUT7_FIRST, HELDOUT7_LAST,
                                HELDOUT7_PROSE, HELDOUT7_SECRETS, HELDOUT7_STRUCTURED)
from templates_heldout8 import (HELDOUT8_BRANDS, HELDOUT8_CITIES, HELDOUT8_DECOYS, HELDOUT8_FIRST, HELDOUT8_LAST,
                                HELDOUT8_PROSE, HELDOUT8_SECRETS, HELDOUT8_STRUCTURED)
from templates_heldout9 import (HELDOUT9_BRANDS, HELDOUT9_CITIES, HELDOUT9_DECOYS, HELDOUT9_FIRST, HELDOUT9_LAST,
                                HELDOUT9_PROSE, HELDOUT9_SECRETS, HELDOUT9_STRUCTURED)
from templates_heldout10 import (HELDOUT10_BRANDS, HELDOUT10_CITIES, HELDOUT10_DECOYS, HELDOUT10_FIRST,
                                 HELDOUT10_LAST, HELDOUT10_PROSE, HELDOUT10_SECRETS, HELDOUT10_STRUCTURED)
from templates_heldout11 import (HELDOUT11_BRANDS, HELDOUT11_CITIES, HELDOUT11_DECOYS, HELDOUT11_FIRST,
                                 HELDOUT11_LAST, HELDOUT11_PROSE, HELDOUT11_SECRETS, HELDOUT11_STRUCTURED)
from values import FIRST, LAST, LANGS, Values

HALVES = {"dev": (1, 720), "heldout": (20261206, 720), "dev2": (3, 720), "dev3": (5, 720),
          "heldout2": (20261207, 720), "dev4": (7, 720), "heldout3": (20261208, 720),
          "dev5": (9, 720), "dev6": (11, 720), "dev7": (13, 720), "heldout4": (20261209, 720),
          "dev8": (15, 720), "dev9": (17, 720), "heldout5": (20261210, 720),
          "heldout6": (20261212, 720),
          "dev10": (19, 720),
          "heldout7": (20261213, 720),
          "heldout8": (20261220, 720),
          "heldout9": (20261227, 720),
          "heldout10": (20261229, 720),
          "heldout11": (20270107, 720)}

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
CITIES = {
    "en": ["Manchester", "Leeds", "Phoenix", "Denver", "Riyadh", "Nairobi", "Seattle", "Bristol", "Austin"],
    "no": ["Bodø", "Tromsø", "Bergen", "Trondheim", "Stavanger", "Drammen", "Ålesund", "Hamar", "Molde"],
    "sv": ["Malmö", "Göteborg", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå", "Lund", "Kiruna"],
    "de": ["München", "Köln", "Hamburg", "Leipzig", "Dresden", "Stuttgart", "Nürnberg", "Bremen", "Kassel"],
    "fr": ["Lyon", "Toulouse", "Nantes", "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon", "Marseille"],
    "es": ["Sevilla", "Bilbao", "Valencia", "Zaragoza", "Málaga", "Granada", "Salamanca", "Vigo", "Murcia"],
}
BRANDS = ["Dolce & Gabbana", "Louis Vuitton", "Calvin Klein", "Ralph Lauren", "Hugo Boss", "Tommy Hilfiger",
          "Christian Dior", "Giorgio Armani", "Tom Ford", "Kate Spade", "Michael Kors", "Ben & Jerry's",
          "Marks & Spencer", "Goldman Sachs", "Morgan Stanley", "Wells Fargo", "Charles Schwab", "Ernst & Young",
          "Hewlett Packard", "Walt Disney", "Mercedes-Benz", "Hennes & Mauritz", "Carolina Herrera",
          "Jean Paul Gaultier",
          "Ferrari", "Porsche", "Spotify", "Klarna", "IKEA", "Zalando", "Telenor", "Equinor", "Decathlon", "Mercadona"]
COMPANIES = ["Acme Logistics", "Nordlys Energi AS", "Siemens", "Carrefour", "Telefónica", "Deloitte", "Accenture",
             "Schibsted", "Ericsson", "Bosch", "Vattenfall", "Stripe", "Atlassian", "Northwind Traders", "Contoso"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WORDS = ["acme", "orbit", "nimbus", "fjord", "tundra", "harbor", "quartz", "meadow", "falcon", "ledger"]
USERS = ["app", "svc_billing", "postgres", "admin", "deploy", "etl", "reporting", "webapp"]

# Three ways each language writes a date (the first and third may coincide: the common one).
DATE_STYLES = {
    "en": ["%(name)s %(d)d, %(y)d", "%(m)02d/%(d)02d/%(y)d", "%(y)d-%(m)02d-%(d)02d"],
    "no": ["%(d)02d.%(m)02d.%(y)d", "%(d)d. %(name)s %(y)d", "%(d)d.%(m)d.%(y)d"],
    "sv": ["%(y)d-%(m)02d-%(d)02d", "%(d)d %(name)s %(y)d", "%(y)d-%(m)02d-%(d)02d"],
    "de": ["%(d)02d.%(m)02d.%(y)d", "%(d)d. %(name)s %(y)d", "%(d)02d.%(m)02d.%(y)d"],
    "fr": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(name)s %(y)d", "%(d)02d/%(m)02d/%(y)d"],
    "es": ["%(d)02d/%(m)02d/%(y)d", "%(d)d de %(name)s de %(y)d", "%(d)02d/%(m)02d/%(y)d"],
}

PLACEHOLDERS = ["YOUR_API_KEY", "<token>", "changeme", "sk-...XXXX", "xxx", "<your-api-key>", "REPLACE_ME",
                "your-secret-here", "********", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX", "${API_KEY}", "{{ api_key }}",
                "<REDACTED>", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-your-bot-token", "TODO"]
# dev3's and heldout2's decoys: numbers that look like phones or IDs and are not, and stand-ins for secrets
MORE_DECOYS = {
    "EPOCH": lambda v, r: str(r.randrange(1600000000, 1760000000)),
    "EAN": lambda v, r: v.ean13(),
    "INVOICE": lambda v, r: v.pick(["RE-%d-%05d", "FAC-%d/%04d", "INV-%d-%06d", "F%d-%05d", "%d-FA-%04d"])
    % (r.randrange(2022, 2026), r.randrange(1, 99999)),
    "TRACKING": lambda v, r: v.pick([lambda: "1Z" + v.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + "03" +
                                     v.digits(8), lambda: "JJD" + v.digits(18), lambda: "RR" + v.digits(9) + "NO",
                                     lambda: "LX" + v.digits(9) + "DE", lambda: "00" + v.digits(18)])(),
    "TICKET": lambda v, r: v.pick(["OPS", "BILL", "SUP", "PLAT", "HR", "INC", "CS"]) + "-" +
    str(r.randrange(10, 99999)),
    "SYSLOGTS": lambda v, r: "%s %2d %02d:%02d:%02d" % (v.pick(MONTH_ABBR), r.randrange(1, 29), r.randrange(24),
                                                         r.randrange(60), r.randrange(60)),
    "ICALTS": lambda v, r: "%d%02d%02dT%02d%02d00Z" % (r.randrange(2024, 2027), r.randrange(1, 13), r.randrange(1, 29),
                                                       r.randrange(7, 19), v.pick([0, 15, 30, 45])),
    "PLACEHOLDER": lambda v, r: v.pick(PLACEHOLDERS),
    "ORGNR": lambda v, r: v.organisation_number(),
    "SIREN": lambda v, r: v.siren(),
    "VATID": lambda v, r: v.pick(["DE", "DE ", "ATU", "ESB"]) + v.digits(8 if r.random() < 0.3 else 9),
    "AMZORDER": lambda v, r: "%03d-%07d-%07d" % (r.randrange(100, 999), r.randrange(10 ** 7), r.randrange(10 ** 7)),
}

# dev4's and heldout3's decoys: booking references, flights, numbers of the lengths of national IDs that fail
# their checks, more stand-ins for secrets, weekday abbreviations in six languages
PLACEHOLDERS4 = ["YOUR_TOKEN_HERE", "xxxx", "<password>", "${DB_PASSWORD}", "%DB_PASS%", "<insert key>",
                 "sk-xxxxxxxxxxxxxxxx", "REDACTED", "dummy-secret", "$(cat /run/secrets/db_password)", "<your-token>",
                 "PUT_KEY_HERE", "{{ .Values.password }}", "xxxxxxxx-xxxx-xxxx", "***", "AKIAXXXXXXXXXXXXXXXX",
                 "<SECRET>", "example-password", "os.environ[\"API_KEY\"]", "process.env.DB_PASS"]
WEEKDAY_ABBR = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], "no": ["man.", "tir.", "ons.", "tor.", "fre."],
                "sv": ["mån", "tis", "ons", "tors", "fre"], "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr."],
                "fr": ["lun.", "mar.", "mer.", "jeu.", "ven."], "es": ["lun.", "mar.", "miérc.", "jue.", "vie."]}


def failing_digits(v, n, fails):
    """n digits for which fails(number) holds: a number shaped like an ID that is not one."""
    while True:
        number = v.pick("123456789") + v.digits(n - 1)
        if fails(number):
            return number


NEW_DECOYS = {
    "BOOKREF": lambda v, r: v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
    "FLIGHT": lambda v, r: v.pick(["SK", "DY", "LH", "AF", "IB", "BA", "KL", "AY", "UA", "VY"]) + " " +
    str(r.randrange(100, 9999)),
    "PLACEHOLDER4": lambda v, r: v.pick(PLACEHOLDERS4),
    "WEEKDAY": lambda v, r: v.pick(WEEKDAY_ABBR["en"]),
    # nine digits that are neither an ABA routing number nor a Luhn-valid SIN
    "DIGITS9": lambda v, r: failing_digits(v, 9, lambda s: v.luhn_digit(s[:8]) != s[8] and (
        3 * (int(s[0]) + int(s[3]) + int(s[6])) + 7 * (int(s[1]) + int(s[4]) + int(s[7])) +
        int(s[2]) + int(s[5]) + int(s[8])) % 10 != 0),
    # eleven digits starting 8 or 9: no fødselsnummer (no day 80-99, D-numbers included)
    "DIGITS11": lambda v, r: v.pick("89") + v.digits(10),
    "DIGITS8": lambda v, r: v.pick("123456789") + v.digits(7),
    "HEXID": lambda v, r: v.sha(24),
}


SLOT = re.compile(r"«([~=]?)([A-Z0-9]+)(?:@([a-z]{2}))?(?::([a-z0-9]+))?»")
DECOY = re.compile(r"⟦([^⟧]*)⟧")


class Pools:
    """Names, cities and brands a half draws from: the held-out half and dev2 add their own."""
    def __init__(self, half):
        extras = {"heldout": (HELDOUT_FIRST, HELDOUT_LAST, HELDOUT_CITIES, HELDOUT_BRANDS),
                  "dev2": (DEV2_FIRST, DEV2_LAST, DEV2_CITIES, DEV2_BRANDS),
                  "dev3": (DEV3_FIRST, DEV3_LAST, DEV3_CITIES, DEV3_BRANDS),
                  "heldout2": (HELDOUT2_FIRST, HELDOUT2_LAST, HELDOUT2_CITIES, HELDOUT2_BRANDS),
                  "dev4": (DEV4_FIRST, DEV4_LAST, DEV4_CITIES, DEV4_BRANDS),
                  "heldout3": (HELDOUT3_FIRST, HELDOUT3_LAST, HELDOUT3_CITIES, HELDOUT3_BRANDS),
                  "dev5": (DEV5_FIRST, DEV5_LAST, DEV5_CITIES, DEV5_BRANDS),
                  "dev6": (DEV6_FIRST, DEV6_LAST, DEV6_CITIES, DEV6_BRANDS),
                  "dev7": (DEV7_FIRST, DEV7_LAST, DEV7_CITIES, DEV7_BRANDS),
                  "heldout4": (HELDOUT4_FIRST, HELDOUT4_LAST, HELDOUT4_CITIES, HELDOUT4_BRANDS),
                  "dev8": (DEV8_FIRST, DEV8_LAST, DEV8_CITIES, DEV8_BRANDS),
                  "dev9": (DEV9_FIRST, DEV9_LAST, DEV9_CITIES, DEV9_BRANDS),
                  "heldout5": (HELDOUT5_FIRST, HELDOUT5_LAST, HELDOUT5_CITIES, HELDOUT5_BRANDS),
                  "heldout6": (HELDOUT6_FIRST, HELDOUT6_LAST, HELDOUT6_CITIES, HELDOUT6_BRANDS),
                  "dev10": (DEV10_FIRST, DEV10_LAST, DEV10_CITIES, DEV10_BRANDS),
                  "heldout7": (HELDOUT7_FIRST, HELDOUT7_LAST, HELDOUT7_CITIES, HELDOUT7_BRANDS),
                  "heldout8": (HELDOUT8_FIRST, HELDOUT8_LAST, HELDOUT8_CITIES, HELDOUT8_BRANDS),
                  "heldout9": (HELDOUT9_FIRST, HELDOUT9_LAST, HELDOUT9_CITIES, HELDOUT9_BRANDS),
                  "heldout10": (HELDOUT10_FIRST, HELDOUT10_LAST, HELDOUT10_CITIES, HELDOUT10_BRANDS),
                  "heldout11": (HELDOUT11_FIRST, HELDOUT11_LAST, HELDOUT11_CITIES, HELDOUT11_BRANDS)}.get(half)
        # dev3 and heldout2 draw their own names twice as often as dev2 did: a third of them are new;
        # dev4 and heldout3 three times as often (their lists are longer): about half of them are new
        weight = {"dev3": 2, "heldout2": 2, "dev4": 3, "heldout3": 3, "dev5": 3,
                  "dev6": 3, "dev7": 3, "heldout4": 3, "dev8": 3, "dev9": 3,
                  "heldout5": 3, "dev10": 3, "heldout6": 3, "heldout7": 3,
                  "heldout8": 3, "heldout9": 3, "heldout10": 3, "heldout11": 3}.get(half, 1)
        # dev4's and heldout3's own decoy pools: slot -> list, language -> list, or a generator (values, rng)
        self.decoys = {"dev4": DEV4_DECOYS, "heldout3": HELDOUT3_DECOYS, "dev5": DEV5_DECOYS,
                       "dev6": DEV6_DECOYS, "dev7": DEV7_DECOYS,
                       "heldout4": HELDOUT4_DECOYS, "dev8": DEV8_DECOYS, "dev9": DEV9_DECOYS,
                       "heldout5": HELDOUT5_DECOYS, "dev10": DEV10_DECOYS,
                       "heldout6": HELDOUT6_DECOYS, "heldout7": HELDOUT7_DECOYS,
                       "heldout8": HELDOUT8_DECOYS, "heldout9": HELDOUT9_DECOYS,
                       "heldout10": HELDOUT10_DECOYS, "heldout11": HELDOUT11_DECOYS}.get(half, {})
        # a half's own value slots (dev7 on): slot -> (family, make(case, lang), type)
        self.secrets = {"dev7": DEV7_SECRETS, "heldout4": HELDOUT4_SECRETS, "dev8": DEV8_SECRETS,
                        "dev9": DEV9_SECRETS, "heldout5": HELDOUT5_SECRETS,
                        "dev10": DEV10_SECRETS, "heldout6": HELDOUT6_SECRETS,
                        "heldout7": HELDOUT7_SECRETS, "heldout8": HELDOUT8_SECRETS,
                        "heldout9": HELDOUT9_SECRETS, "heldout10": HELDOUT10_SECRETS,
                        "heldout11": HELDOUT11_SECRETS}.get(half, {})

        def joined(shared, index):
            return {lang: shared[lang] + (extras[index][lang] * weight if extras else []) for lang in LANGS}
        self.first, self.last = joined(FIRST, 0), joined(LAST, 1)
        self.cities = joined(CITIES, 2)
        self.brands = BRANDS + (extras[3] * weight if extras else [])


class Case:
    def __init__(self, rng, lang, pools):
        self.rng, self.lang, self.v = rng, lang, Values(rng, pools.first, pools.last)
        self.pools = pools
        self.keys = {}

    # ---- dates ----
    def date_in(self, lang, birth):
        year, month, day = self.v.birth_date() if birth else (self.rng.randrange(2021, 2026),
                                                              self.rng.randrange(1, 13), self.rng.randrange(1, 29))
        style = self.rng.randrange(3)
        fields = {"d": day, "m": month, "y": year, "name": MONTHS[lang][month - 1]}
        return DATE_STYLES[lang][style] % fields

    def birth_written(self, lang):
        """A birth date in one of the many ways people write one (dev2): ordinals, abbreviated
        months, two-digit years, no separators, the Swedish "3/4 1985"."""
        year, month, day = self.v.birth_date()
        name = MONTHS[lang][month - 1]
        fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
                  "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
        styles = {
            "en": ["%(name)s %(d)d%(th)s, %(y)d", "%(d)d %(abbr)s %(y)d", "%(d)d%(th)s of %(name)s %(y)d",
                   "%(d)02d-%(abbr)s-%(y)d", "%(y)d/%(m)02d/%(d)02d", "%(m)d/%(d)d/%(yy)02d", "%(d)02d/%(m)02d/%(y)d",
                   "%(abbr)s %(d)d %(y)d", "%(m)02d-%(d)02d-%(y)d"],
            "no": ["%(d)02d.%(m)02d.%(y)d", "%(d)d.%(m)d.%(y)d", "%(d)d. %(name)s %(y)d", "%(d)02d.%(m)02d.%(yy)02d",
                   "%(d)d. %(abbr)s. %(y)d", "%(y)d-%(m)02d-%(d)02d"],
            "sv": ["%(y)d-%(m)02d-%(d)02d", "%(d)d %(name)s %(y)d", "%(y)d%(m)02d%(d)02d", "%(d)d/%(m)d %(y)d",
                   "den %(d)d %(name)s %(y)d", "%(yy)02d-%(m)02d-%(d)02d"],
            "de": ["%(d)02d.%(m)02d.%(y)d", "%(d)d.%(m)d.%(y)d", "%(d)d. %(name)s %(y)d", "%(d)02d.%(m)02d.%(yy)02d",
                   "%(d)02d. %(name)s %(y)d", "%(y)d-%(m)02d-%(d)02d"],
            "fr": ["%(d)02d/%(m)02d/%(y)d", "%(d)d %(name)s %(y)d", "%(d)02d-%(m)02d-%(y)d", "%(d)02d.%(m)02d.%(y)d",
                   "%(d)d/%(m)d/%(y)d", "%(d)02d/%(m)02d/%(yy)02d"],
            "es": ["%(d)02d/%(m)02d/%(y)d", "%(d)d de %(name)s de %(y)d", "%(d)d-%(m)d-%(y)d",
                   "%(d)02d/%(m)02d/%(yy)02d", "%(d)d/%(m)d/%(y)d", "%(d)02d-%(m)02d-%(y)d"],
        }[lang]
        text = self.v.pick(styles) % fields
        if lang == "fr" and day == 1:
            text = text.replace("1 " + name, "1er " + name)
        return text

    def birth_more(self, lang):
        """A birth date in still more written forms (dev3, heldout2): "3rd of March, 1985", "Mar. 3, 1985",
        "3/3-1985", "850303", "3. Mrz. 1985", "3/marzo/1985"; or one of birth_written()'s, one time in four."""
        if self.rng.random() < 0.25:
            return self.birth_written(lang)
        year, month, day = self.v.birth_date()
        name = MONTHS[lang][month - 1]
        fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
                  "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
        styles = {
            "en": ["%(d)d %(name)s %(y)d", "%(abbr)s. %(d)d, %(y)d", "%(d)d%(th)s of %(name)s, %(y)d",
                   "%(name)s %(d)d%(th)s %(y)d", "%(d)d-%(abbr)s-%(yy)02d", "%(m)d/%(d)d/%(y)d",
                   "%(d)d %(abbr)s, %(y)d"],
            "no": ["%(d)d/%(m)d-%(y)d", "%(d)d.%(m)d.%(yy)02d", "%(d)d. %(name)s, %(y)d", "%(d)02d/%(m)02d/%(y)d",
                   "%(d)d.%(m)02d.%(y)d"],
            "sv": ["%(yy)02d%(m)02d%(d)02d", "%(d)d %(abbr)s %(y)d", "%(d)d/%(m)d-%(y)d", "%(d)d %(name)s, %(y)d",
                   "%(y)d.%(m)02d.%(d)02d"],
            "de": ["%(d)d. %(abbr)s. %(y)d", "%(d)d.%(m)d.%(yy)02d", "%(d)02d.%(m)02d.%(y)d", "%(d)d.%(m)02d.%(y)d",
                   "%(d)d. %(name)s, %(y)d"],
            "fr": ["%(d)d %(abbr)s. %(y)d", "%(d)d-%(m)d-%(y)d", "%(d)02d %(name)s %(y)d", "%(d)d/%(m)02d/%(y)d",
                   "%(d)d.%(m)d.%(y)d"],
            "es": ["%(d)d/%(name)s/%(y)d", "%(d)d %(abbr)s. %(y)d", "%(d)d de %(name)s del %(y)d",
                   "%(d)02d.%(m)02d.%(y)d", "%(d)d-%(m)02d-%(yy)02d"],
        }[lang]
        if lang == "de":       # the German abbreviations people write: Mrz, Okt, Dez (not the first three letters)
            fields["abbr"] = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
                              "Dez"][month - 1]
        text = self.v.pick(styles) % fields
        if lang == "fr" and day == 1:
            text = text.replace("1 " + name, "1er " + name)
        return text

    def birth_new(self, lang):
        """A birth date in forms the older halves do not write (dev4, heldout3): "3:e mars 1985", "3 mars 1985"
        without the dot, "030385", "3-March-1985", "3 mar 1985"; or one of birth_more()'s, one time in two."""
        if self.rng.random() < 0.5:
            return self.birth_more(lang)
        year, month, day = self.v.birth_date()
        name = MONTHS[lang][month - 1]
        fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
                  "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
        styles = {
            "en": ["%(name)s %(d)d %(y)d", "%(d)d-%(name)s-%(y)d", "%(m)02d/%(d)02d/%(yy)02d",
                   "%(d)d%(th)s %(abbr)s %(y)d", "%(abbr)s %(d)d%(th)s, %(y)d", "%(y)d.%(m)02d.%(d)02d"],
            "no": ["%(d)d %(name)s %(y)d", "%(d)02d%(m)02d%(yy)02d", "%(d)d/%(m)d %(y)d", "%(d)d.%(abbr)s.%(y)d",
                   "%(d)02d-%(m)02d-%(y)d"],
            "sv": ["%(d)d:e %(name)s %(y)d", "%(y)d/%(m)02d/%(d)02d", "%(d)02d.%(m)02d.%(y)d", "%(d)d %(abbr)s. %(y)d",
                   "%(d)d/%(m)d/%(y)d"],
            "de": ["%(d)d. %(abbr)s %(y)d", "%(d)02d/%(m)02d/%(y)d", "%(d)d-%(m)d-%(y)d", "%(d)d.%(name)s %(y)d",
                   "%(d)02d.%(m)d.%(y)d"],
            "fr": ["%(d)d %(abbr)s %(y)d", "%(y)d-%(m)02d-%(d)02d", "%(d)02d.%(m)02d.%(yy)02d",
                   "%(d)d %(name)s, %(y)d", "%(d)02d %(m)02d %(y)d"],
            "es": ["%(d)d.%(m)d.%(y)d", "%(d)02d-%(abbr)s-%(y)d", "%(y)d/%(m)02d/%(d)02d", "%(d)d %(name)s %(y)d",
                   "%(d)d de %(name)s, %(y)d"],
        }[lang]
        text = self.v.pick(styles) % fields
        if lang == "fr" and day == 1:
            text = text.replace("1 " + name, "1er " + name)
        return text

    def birth_six(self, lang):
        """A birth date as ID cards, wristbands and registers print one (dev6): "03 MAR 1985", "1985-Mar-03",
        "03.III.1985", "1985 March 3"; or one of birth_new()'s, one time in two."""
        if self.rng.random() < 0.5:
            return self.birth_new(lang)
        year, month, day = self.v.birth_date()
        name = MONTHS[lang][month - 1]
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1]
        fields = {"d": day, "m": month, "y": year, "name": name, "abbr": name[:3], "up": name[:3].upper(),
                  "roman": roman}
        styles = ["%(d)02d %(up)s %(y)d", "%(y)d-%(abbr)s-%(d)02d", "%(d)02d.%(roman)s.%(y)d", "%(y)d %(name)s %(d)d",
                  "%(d)d %(roman)s %(y)d"]
        return self.v.pick(styles) % fields

    def chat_stamp(self):
        """A chat export's stamp, "12/03/2024, 14:02" or "2024-03-12 14:02:51" (a decoy: not a birth date)."""
        r = self.rng
        y, mo, d, h, mi = r.randrange(2022, 2026), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), \
            r.randrange(60)
        return self.v.pick(["%02d/%02d/%d, %02d:%02d" % (d, mo, y, h, mi),
                            "%02d.%02d.%d, %02d:%02d" % (d, mo, y, h, mi),
                            "%d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, r.randrange(60)),
                            "%d/%d/%02d, %d:%02d %s" % (mo, d, y % 100, h % 12 + 1, mi, self.v.pick(["AM", "PM"]))])

    def timestamp(self, kind):
        r = self.rng
        y, mo, d, h, mi, s = r.randrange(2023, 2026), r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), \
            r.randrange(60), r.randrange(60)
        if kind == "LOGTS":
            return "%d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, d, h, mi, s, r.randrange(1000))
        if kind == "ISOTS":
            return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, h, mi, s, r.randrange(1000))
        if kind == "ISODATE":
            return "%d-%02d-%02d" % (y, mo, d)
        if kind == "CLFDATE":
            return "%02d/%s/%d:%02d:%02d:%02d +0000" % (d, MONTH_ABBR[mo - 1], y, h, mi, s)
        return "%s %s %d" % (self.v.pick(WEEKDAYS), MONTH_ABBR[mo - 1], d)      # GITDATE: "Thu Jun 27"

    # ---- slots ----
    def name_parts(self, key, lang):
        stored = self.keys.get("name:" + key) if key else None
        if stored is None:
            stored = (self.v.first(lang), self.v.last(lang))
            if key:
                self.keys["name:" + key] = stored
        return stored

    def secret(self, slot, lang, key):
        """(type, value) of a slot that must be masked."""
        v = self.v
        if slot in ("NAME", "FIRST", "LAST"):
            first, last = self.name_parts(key, lang)
            return "PERSON", {"NAME": first + " " + last, "FIRST": first, "LAST": last}[slot]
        if slot in ("UPNAME", "UPFIRST", "UPLAST", "INITIAL", "LASTFIRST"):      # dev4, heldout3
            first, last = self.name_parts(key, lang)
            return "PERSON", {"UPNAME": (first + " " + last).upper(), "UPFIRST": first.upper(),
                              "UPLAST": last.upper(), "INITIAL": first[0] + ". " + last,
                              "LASTFIRST": last + ", " + first}[slot]
        if slot == "LOWNAME":                                                     # dev6
            first, last = self.name_parts(key, lang)
            return "PERSON", (first + " " + last).lower()
        if slot in ("CITE", "DOTNAME"):                                           # dev5
            first, last = self.name_parts(key, lang)
            return "PERSON", last + ", " + first[0] + "." if slot == "CITE" else v.screen_name(first, last)
        if slot == "EMAIL":
            if key and "name:" + key in self.keys:
                first, last = self.keys["name:" + key]
                return "EMAIL", self.cached("email:" + key, lambda: v.email(lang, first, last))
            return "EMAIL", self.cached("email:" + (key or ""), lambda: v.email(lang), key)
        if slot == "SUPPORTEMAIL":
            return "EMAIL", "support@%s.com" % v.pick(WORDS)
        if slot == "SAEMAIL":
            account = v.pick(["deployer", "ci-runner", "etl"])
            return "EMAIL", "%s@%s-prod.iam.gserviceaccount.com" % (account, v.pick(WORDS))
        if slot in self.pools.secrets:                                           # a half's own slots (dev7 on)
            family, make_own, kind = self.pools.secrets[slot]
            if getattr(make_own, "keyed", False):                                # heldout10: follows NAME:key
                return kind, self.cached(family + ":" + (key or ""), lambda: make_own(self, lang, key), key)
            return kind, self.cached(family + ":" + (key or ""), lambda: make_own(self, lang), key)
        family, make, kind = {
            "PHONE": ("phone", lambda: v.phone(lang), "PHONE"),
            "IP": ("ip", v.ipv4, "IP_ADDRESS"),
            "IPV6": ("ip6", v.ipv6, "IP_ADDRESS"),
            "CARD": ("card", v.card, "CREDIT_CARD"),
            "IBAN": ("iban", lambda: v.iban(lang), "IBAN"),
            "FNR": ("fnr", v.fnr, "NO_FNR"),
            "PNR": ("pnr", v.personnummer, "SE_PERSONNUMMER"),
            "PNR12": ("pnr", lambda: v.personnummer(v.pick([1, 2])), "SE_PERSONNUMMER"),
            "STEUER": ("steuer", v.steuer_id, "DE_TAX_ID"),
            "SIN": ("sin", v.sin, "SIN_CA"),
            "SINPLAIN": ("sin", lambda: v.sin(2), "SIN_CA"),
            "SSN": ("ssn", v.ssn, "SSN_US"),
            "SSNPLAIN": ("ssn", lambda: v.ssn(3), "SSN_US"),
            "ABA": ("aba", v.aba, "US_ABA_ROUTING"),
            "NINO": ("nino", v.nino, "UK_NINO"),
            "DOB": ("dob", lambda: self.date_in(lang, True), "DATE_OF_BIRTH"),
            "DOBEN": ("dob", lambda: self.date_in("en", True), "DATE_OF_BIRTH"),
            "DOBISO": ("dob", lambda: "%d-%02d-%02d" % v.birth_date(), "DATE_OF_BIRTH"),
            "OPENAI": ("openai", v.openai, "OPENAI_API_KEY"),
            "ANTHROPIC": ("anthropic", v.anthropic, "ANTHROPIC_API_KEY"),
            "GITHUB": ("github", v.github, "GITHUB_TOKEN"),
            "AWSID": ("awsid", v.aws_id, "AWS_ACCESS_KEY_ID"),
            "AWSSECRET": ("awssecret", v.aws_secret, "AWS_SECRET_ACCESS_KEY"),
            "SLACK": ("slack", v.slack, "SLACK_TOKEN"),
            "SLACKHOOK": ("slackhook", v.slack_webhook_path, "SLACK_TOKEN"),
            "STRIPE": ("stripe", v.stripe, "STRIPE_KEY"),
            "GOOGLE": ("google", v.google, "GOOGLE_API_KEY"),
            "JWT": ("jwt", v.jwt, "JWT"),
            "PEM": ("pem", v.pem, "PRIVATE_KEY"),
            "PEMJSON": ("pemjson", lambda: v.pem("PRIVATE KEY", "\\n"), "PRIVATE_KEY"),
            "GENERIC": ("generic", v.generic, "GENERIC_API_KEY"),
            "PASSWORD": ("pw", v.password, "ENV_SECRET"),
            "URLPASS": ("pw", v.password, "URL_CREDENTIAL"),
            "HEXTOKEN": ("hex", v.hex_token, "ENV_SECRET"),
            "TOKEN": ("tok", v.opaque_token, "SECRET_TOKEN"),
            "DOCKERAUTH": ("docker", v.docker_auth, "ENV_SECRET"),
            "B64PASSWORD": ("b64pw", lambda: base64.b64encode(v.password().encode()).decode(), "ENV_SECRET"),
            "AZUREKEY": ("azure", v.azure_key, "ENV_SECRET"),
            # dev2's slots
            "PHONE2": ("phone2", lambda: v.phone_styled(self.country(lang)), "PHONE"),
            "PHONEUS": ("phoneus", lambda: v.phone_styled("US"), "PHONE"),
            "PHONECA": ("phoneca", lambda: v.phone_styled("CA"), "PHONE"),
            "PHONEUK": ("phoneuk", lambda: v.phone_styled("UK"), "PHONE"),
            "SSNSP": ("ssn", lambda: v.ssn(4), "SSN_US"),
            "SSNDASH": ("ssn", lambda: v.ssn(0), "SSN_US"),
            "SINSP": ("sin", lambda: v.sin(0), "SIN_CA"),
            "ABASEP": ("aba", v.aba_separated, "US_ABA_ROUTING"),
            "FNRSP": ("fnr", v.fnr_spaced, "NO_FNR"),
            "STEUERSP": ("steuer", v.steuer_id_spaced, "DE_TAX_ID"),
            "DOB2": ("dob", lambda: self.birth_written(lang), "DATE_OF_BIRTH"),
            "DOB2EN": ("dob", lambda: self.birth_written("en"), "DATE_OF_BIRTH"),
            # dev3's and heldout2's slots
            "PHONE3": ("phone3", lambda: v.phone_more(self.country(lang)), "PHONE"),
            "PHONE3US": ("phone3us", lambda: v.phone_more("US"), "PHONE"),
            "PHONE3UK": ("phone3uk", lambda: v.phone_more("UK"), "PHONE"),
            "DOB3": ("dob", lambda: self.birth_more(lang), "DATE_OF_BIRTH"),
            "DOB3EN": ("dob", lambda: self.birth_more("en"), "DATE_OF_BIRTH"),
            "SINDASH": ("sin", lambda: v.sin(1), "SIN_CA"),
            "PNR10": ("pnr", lambda: v.personnummer(3), "SE_PERSONNUMMER"),
            "BASICAUTH": ("basic", lambda: base64.b64encode((v.pick(USERS) + ":" + v.password()).encode()).decode(),
                          "SECRET_TOKEN"),
            # dev4's and heldout3's slots
            "PHONE4": ("phone4", lambda: v.phone_new(self.country(lang)), "PHONE"),
            "PHONE4US": ("phone4us", lambda: v.phone_new("US"), "PHONE"),
            "PHONE4UK": ("phone4uk", lambda: v.phone_new("UK"), "PHONE"),
            "DOB4": ("dob", lambda: self.birth_new(lang), "DATE_OF_BIRTH"),
            "DOB4EN": ("dob", lambda: self.birth_new("en"), "DATE_OF_BIRTH"),
            "PASSWORD4": ("pw4", v.password_typed, "ENV_SECRET"),
            "TELEGRAM": ("telegram", v.telegram_token, "SECRET_TOKEN"),
            "DISCORDHOOK": ("discord", v.discord_webhook_token, "URL_CREDENTIAL"),
            "SASSIG": ("sas", v.sas_signature, "URL_CREDENTIAL"),
            "NINOSP": ("nino", lambda: v.nino(True), "UK_NINO"),
            "IBANX": ("iban", lambda: v.iban(country=v.pick(["NL", "CH", "DK", "FI", "IE", "IT", "AT"])), "IBAN"),
            # dev5's slots
            "URLTOKEN": ("urltok", v.opaque_token, "URL_CREDENTIAL"),
            "DJANGOKEY": ("django", v.django_key, "ENV_SECRET"),
            "B64KEY": ("b64key", v.base64_key, "ENV_SECRET"),
            # dev6's slots
            "DOB6": ("dob", lambda: self.birth_six(lang), "DATE_OF_BIRTH"),
            "PASSPHRASE": ("phrase", v.passphrase, "ENV_SECRET"),
            "VANITY": ("vanity", v.vanity_phone, "PHONE"),
        }[slot]
        return kind, self.cached(family + ":" + (key or ""), make, key)

    def country(self, lang):
        if lang == "en":
            return self.v.pick(["US", "US", "CA", "UK"])
        return {"no": "NO", "sv": "SE", "de": "DE", "fr": "FR", "es": "ES"}[lang]

    def cached(self, cache_key, make, key="x"):
        if not key:
            return make()
        if cache_key not in self.keys:
            self.keys[cache_key] = make()
        return self.keys[cache_key]

    def plain(self, slot, lang, key):
        v, r = self.v, self.rng
        make = {
            "PORT": v.port, "USER": lambda: v.pick(USERS), "DB": lambda: v.pick(["app", "orders", "crm", "shop"]),
            "WORD": lambda: v.pick(WORDS),
            "HOST": lambda: "ip-10-0-%d-%d.ec2.internal" % (r.randrange(256), r.randrange(256)),
            "TIME": lambda: "%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60)),
            "PID": lambda: str(r.randrange(300, 65000)), "NUM": lambda: str(r.randrange(100, 99999)),
            "NUM12": lambda: v.digits(12), "LAST4": lambda: v.digits(4),
            "B64USER": lambda: base64.b64encode(v.pick(USERS).encode()).decode(),
            "SNOWFLAKE": lambda: v.pick("123") + v.digits(17),
            "SORTCODE": lambda: "%02d-%02d-%02d" % (r.randrange(100), r.randrange(100), r.randrange(100)),
        }[slot]
        return self.cached("plain:" + slot + ":" + (key or ""), make, key)

    def decoy(self, slot, lang, key):
        v = self.v
        if slot in ("LOGTS", "ISOTS", "ISODATE", "CLFDATE", "GITDATE"):
            return self.timestamp(slot)
        if slot == "DATE":
            return self.date_in(lang, False)
        if slot == "CHATTS":
            return self.chat_stamp()
        if slot in MORE_DECOYS:
            return MORE_DECOYS[slot](v, self.rng)
        if slot in self.pools.decoys:          # dev4's and heldout3's own pools, or their own generators
            pool = self.pools.decoys[slot]
            if callable(pool):
                return pool(v, self.rng)
            return v.pick(pool[lang] if isinstance(pool, dict) else pool)
        if slot == "WEEKDAYL":
            return v.pick(WEEKDAY_ABBR[lang])
        if slot in NEW_DECOYS:
            return NEW_DECOYS[slot](v, self.rng)
        return {
            "VERSION": v.version, "SHA": v.sha, "SHA32": lambda: v.sha(32), "SHA64": lambda: v.sha(64),
            "SHORTSHA": lambda: v.sha(7), "UUID": v.uuid, "ORDER": v.order, "AMOUNT": lambda: v.amount(lang),
            "CITY": lambda: v.pick(self.pools.cities[lang]), "BRAND": lambda: v.pick(self.pools.brands),
            "COMPANY": lambda: v.pick(COMPANIES),
        }[slot]()

    # ---- assembly ----
    def render(self, template):
        """The text, its entities (start, end, type, value) and decoy strings."""
        text, entities, decoys = [], [], []
        length = 0
        position = 0
        pieces = re.compile("⟦|⟧|«[^»]*»")
        decoy_start = None
        for match in pieces.finditer(template):
            literal = template[position:match.start()]
            text.append(literal)
            length += len(literal)
            position = match.end()
            token = match.group(0)
            if token == "⟦":
                decoy_start = length
                continue
            if token == "⟧":
                decoys.append("".join(text)[decoy_start:length])
                decoy_start = None
                continue
            slot = SLOT.fullmatch(token)
            if slot is None:
                raise ValueError("bad slot " + token)
            prefix, name, lang, key = slot.group(1), slot.group(2), slot.group(3) or self.lang, slot.group(4)
            if prefix == "~":
                value = self.decoy(name, lang, key)
                if decoy_start is None:
                    decoys.append(value)
            elif prefix == "=":
                value = self.plain(name, lang, key)
            else:
                kind, value = self.secret(name, lang, key)
                entities.append([length, length + len(value), kind, value])
            text.append(value)
            length += len(value)
        text.append(template[position:])
        return "".join(text), entities, decoys


def word_character(c):
    """As the scorer reads bytes: any non-ASCII character, a letter, a digit or '_'."""
    return ord(c) >= 0x80 or c == "_" or (c.isascii() and c.isalnum())


def occurrences(text, value, whole_words=False):
    """Where `value` starts in `text`, without overlaps; with whole_words, only where it does
    not continue a word at an end that is a word character ("Berg" is not in "Bergen")."""
    found, start = [], text.find(value)
    while start >= 0:
        end = start + len(value)
        starts = not word_character(value[0]) or start == 0 or not word_character(text[start - 1])
        ends = not word_character(value[-1]) or end == len(text) or not word_character(text[end])
        if not whole_words or (starts and ends):
            found.append(start)
            start = text.find(value, end)
        else:
            start = text.find(value, start + 1)
    return found


def finish(text, entities, decoys):
    """Label every occurrence of every value; keep decoys that stand apart from values and occur once."""
    spans = []
    labelled = []
    seen = {}                 # value -> the type of its first slot
    kind_at = {}              # where a slot put a value -> that slot's type (a password in a URL)
    for start, end, kind, value in sorted(entities):
        kind_at[(start, value)] = kind
        seen.setdefault(value, kind)
    for value, kind in seen.items():
        for start in occurrences(text, value, whole_words=True):
            spans.append((start, start + len(value)))
            labelled.append((start, kind_at.get((start, value), kind), value))
    labelled.sort()
    kept = []
    for decoy in decoys:
        where = occurrences(text, decoy)
        if len(where) != 1 or decoy in kept or not decoy.strip():
            continue
        start, end = where[0], where[0] + len(decoy)
        if any(start < span_end and span_start < end for span_start, span_end in spans):
            continue
        kept.append(decoy)
    return [{"type": kind, "value": value} for _, kind, value in labelled], kept


def generate(half):
    """The half's lines, as text."""
    seed, count = HALVES[half]
    rng = random.Random(seed)
    structured, prose = list(STRUCTURED), {lang: list(PROSE[lang]) for lang in LANGS}
    pools = Pools(half)
    if half == "heldout":     # about a third of this half's cases are phrasings the dev half never shows
        weight = 2
        structured += list(HELDOUT_STRUCTURED) * weight
        prose = {lang: prose[lang] + list(HELDOUT_PROSE[lang]) * weight for lang in LANGS}
    if half == "dev2":        # a second dev half: only its own phrasings, so a fix must not lean on dev's
        structured, prose = list(DEV2_STRUCTURED), {lang: list(DEV2_PROSE[lang]) for lang in LANGS}
    if half == "dev3":        # a third dev half, the same way
        structured, prose = list(DEV3_STRUCTURED), {lang: list(DEV3_PROSE[lang]) for lang in LANGS}
    if half == "heldout2":    # a second held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT2_STRUCTURED), {lang: list(HELDOUT2_PROSE[lang]) for lang in LANGS}
    if half == "dev4":        # a fourth dev half: only its own phrasings
        structured, prose = list(DEV4_STRUCTURED), {lang: list(DEV4_PROSE[lang]) for lang in LANGS}
    if half == "heldout3":    # a third held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT3_STRUCTURED), {lang: list(HELDOUT3_PROSE[lang]) for lang in LANGS}
    if half == "dev5":        # a fifth dev half: only its own phrasings
        structured, prose = list(DEV5_STRUCTURED), {lang: list(DEV5_PROSE[lang]) for lang in LANGS}
    if half == "dev6":        # a sixth dev half: only its own phrasings
        structured, prose = list(DEV6_STRUCTURED), {lang: list(DEV6_PROSE[lang]) for lang in LANGS}
    if half == "dev7":        # a seventh dev half: only its own phrasings
        structured, prose = list(DEV7_STRUCTURED), {lang: list(DEV7_PROSE[lang]) for lang in LANGS}
    if half == "heldout4":    # a fourth held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT4_STRUCTURED), {lang: list(HELDOUT4_PROSE[lang]) for lang in LANGS}
    if half == "dev8":        # an eighth dev half: only its own phrasings
        structured, prose = list(DEV8_STRUCTURED), {lang: list(DEV8_PROSE[lang]) for lang in LANGS}
    if half == "dev9":        # a ninth dev half: only its own phrasings
        structured, prose = list(DEV9_STRUCTURED), {lang: list(DEV9_PROSE[lang]) for lang in LANGS}
    if half == "heldout5":    # a fifth held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT5_STRUCTURED), {lang: list(HELDOUT5_PROSE[lang]) for lang in LANGS}
    if half == "heldout6":    # a sixth held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT6_STRUCTURED), {lang: list(HELDOUT6_PROSE[lang]) for lang in LANGS}
    if half == "dev10":       # a tenth dev half: only its own phrasings
        structured, prose = list(DEV10_STRUCTURED), {lang: list(DEV10_PROSE[lang]) for lang in LANGS}
    if half == "heldout7":    # a seventh held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT7_STRUCTURED), {lang: list(HELDOUT7_PROSE[lang]) for lang in LANGS}
    if half == "heldout8":    # an eighth held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT8_STRUCTURED), {lang: list(HELDOUT8_PROSE[lang]) for lang in LANGS}
    if half == "heldout9":    # a ninth held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT9_STRUCTURED), {lang: list(HELDOUT9_PROSE[lang]) for lang in LANGS}
    if half == "heldout10":   # a tenth held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT10_STRUCTURED), {lang: list(HELDOUT10_PROSE[lang]) for lang in LANGS}
    if half == "heldout11":   # an eleventh held-out half: only phrasings no rule writer has read
        structured, prose = list(HELDOUT11_STRUCTURED), {lang: list(HELDOUT11_PROSE[lang]) for lang in LANGS}
    lines = []
    for index in range(count):
        if index % 2 == 0:
            shape, langs, template = structured[rng.randrange(len(structured))]
            lang = rng.choice(langs or LANGS)
        else:
            lang = LANGS[(index // 2) % len(LANGS)]
            first = rng.randrange(len(prose[lang]))
            second = (first + 1 + rng.randrange(len(prose[lang]) - 1)) % len(prose[lang])
            shape, template = "prose", prose[lang][first] + rng.choice(["\n\n", " ", "\n"]) + prose[lang][second]
        case = Case(rng, lang, pools)
        text, entities, decoys = case.render(template)
        labels, kept = finish(text, entities, decoys)
        line = {"id": "%s-%d" % (half, index), "lang": lang, "shape": shape, "text": text, "entities": labels,
                "decoys": kept}
        lines.append(json.dumps(line, ensure_ascii=False) + "\n")
    return "".join(lines)


def main(argv):
    half = argv[1] if len(argv) > 1 else "dev"
    if len(argv) > 3 and argv[2] == "--check":
        # TAP for the test suite: the committed half is what this generator writes.
        with open(argv[3], encoding="utf-8") as committed:
            same = committed.read() == generate(half)
        print("TAP version 13\n1..1\n%s 1 - %s is what generate.py %s writes" % ("ok" if same else "not ok",
                                                                                 argv[3], half))
        return 0 if same else 1
    sys.stdout.write(generate(half))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
