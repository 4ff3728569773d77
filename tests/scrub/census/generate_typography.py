#!/usr/bin/env python3
"""generate_typography.py — phones and birth dates as people type and dictate them.

    python3 generate_typography.py > typography.jsonl          writes the census (seed 151, about 320 cases)
    python3 generate_typography.py --check typography.jsonl    TAP: the committed census is what this writes

The phones census (generate_phones.py) enumerated each plan's groupings with space, dot, dash,
slash and the typographic spaces; the birth-date censuses (generate_birth_dates.py,
generate_birth_dates3.py) the written forms of a date in records and documents. Neither wrote a
number as it is read out or dictated ("it's 415, 850, 06, 94"; "nummeret er 9 1 2, 3 4, 5 6 7"), a
number grouped with a spaced dash, a slash, an en dash or a middle dot, an area code in square
brackets or braces, `+CC (0) …` with a dash after the area code, or a grouping of the right digit
count that no plan prints (2-4-4, 3-2-3, 4-5, 4-3 5, 3 6); nor a birth date in the Nordic
`12.3.-85`, with a blank after the month's point (`12.3 1985`, `12. 03. 1985`), with spaced or en
dashes, year first with points, a Roman month glued with dashes or points, a month name between
dashes or points, or a year with an apostrophe. This census enumerates those typographies, for
the countries generate_phones.py covers (each plan's true digit count) and after the phone and
birth cues and under the keys of six languages, in chat, signatures, call transcripts and forms;
about 40 % of the cases are decoys in the same places: lists of numbers with commas (amounts,
quantities, scores, coordinates, versions, ids in a CSV row, rooms), dates of the same typography
that are no birth date (appointments, deadlines, deliveries, "12.3.-25 levert"), times, page and
year ranges, order and case numbers of a phone's length, postcodes.

Decisions, written down:
- A number read out in groups with commas, or digit by digit, is a phone only where a phone word
  of the six languages (number, phone, call, ring, mobile, cell; nummer, nr, tlf, telefon, mobil,
  ring; Nummer, Telefon, Handy, anrufen; numéro, téléphone, portable, appeler; número, teléfono,
  móvil, llamar) stands in its line before it, in the turn just before it (a question "what's your
  number?" answered by the digits alone), or right after it ("…, that's my mobile"). A list of
  numbers with commas and no such word is no phone: numbers with commas are everywhere in text.
- The labelled value is the number from its first digit to its last, with the commas and blanks
  between: masking a part leaves the rest of the number readable.
- A number grouped with " - ", " / ", an en dash or a middle dot, or with the area code in square
  brackets or braces, is labelled from its first character that belongs to the number (the `[`,
  `{` or `+`) to its last digit.
- A birth date is labelled as written, the apostrophe or dash of a two-digit year included; other
  dates of a person (appointment, delivery, deadline, wedding, hire) in the same typography, and a
  year range beside a birth cue, are decoys (round 2's rule).
Written before reading the phone rules of scrub/patterns.c, scrub/validators.c and
scrub/birth_dates.c; Python stdlib only, seeded, same bytes every run."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from census_common import LANGS, MONTHS, label, main as census_main  # noqa: E402

SEED = 151
ENDASH, MIDDOT = "\u2013", "\u00b7"

# country: (country code, trunk prefix, [(leading digits, national significant number's length)], language)
PLANS = {
    "US": ("1", "", [(["212", "415", "617", "312", "206", "303", "512"], 10)], "en"),
    "CA": ("1", "", [(["416", "604", "514", "613"], 10)], "en"),
    "UK": ("44", "0", [(["77", "78", "79", "74"], 10), (["20"], 10), (["161", "121", "113"], 10)], "en"),
    "NO": ("47", "", [(["4", "9"], 8), (["22", "55", "73"], 8)], "no"),
    "DK": ("45", "", [(["2", "3", "4", "5", "6"], 8)], "no"),
    "SE": ("46", "0", [(["70", "72", "73", "76"], 9), (["8"], 9), (["31", "40"], 9)], "sv"),
    "DE": ("49", "0", [(["151", "160", "170", "171", "176"], 10), (["1512", "1520", "1573", "1590"], 11),
                       (["30", "40", "89"], 10)], "de"),
    "AT": ("43", "0", [(["664", "676", "699"], 10)], "de"),
    "CH": ("41", "0", [(["76", "78", "79"], 9), (["44", "31"], 9)], "de"),
    "FR": ("33", "0", [(["6", "7"], 9), (["1", "4", "5"], 9)], "fr"),
    "BE": ("32", "0", [(["47", "48", "49"], 9)], "fr"),
    "ES": ("34", "", [(["6", "7"], 9), (["91", "93"], 9)], "es"),
    "NL": ("31", "0", [(["6"], 9), (["20", "10"], 9)], "en"),
    "IT": ("39", "", [(["32", "33", "34", "38"], 10)], "en"),
    "PL": ("48", "", [(["50", "51", "60", "66", "72"], 9)], "en"),
}
COUNTRIES = {lang: [c for c, plan in PLANS.items() if plan[3] == lang] for lang in LANGS}

# Groupings people read a number out in: by the digit count of what they read (national form).
SPOKEN = {
    8: [(2, 2, 2, 2), (3, 2, 3), (4, 4), (3, 3, 2)],
    9: [(3, 3, 3), (3, 2, 2, 2), (2, 3, 2, 2), (3, 2, 4)],
    10: [(3, 3, 2, 2), (3, 3, 4), (2, 2, 2, 2, 2), (4, 3, 3), (3, 4, 3)],
    11: [(5, 3, 3), (4, 3, 2, 2), (4, 3, 4), (3, 4, 4)],
    12: [(4, 4, 4), (4, 3, 2, 3), (4, 2, 2, 2, 2)],
}
# Groupings of the right digit count that no plan prints (what the brief of issue 15 lists).
UNUSUAL = {
    8: [(3, 2, 3), (2, 3, 3), (5, 3)],
    9: [(4, 5), (3, 6), (3, 2, 4)],
    10: [(2, 4, 4), (4, 6), (3, 2, 5)],
    11: [(4, 3, 4), (3, 4, 4), (5, 6), (4, 2, 5)],
    12: [(4, 3, 5), (4, 4, 4), (4, 8)],
}


def split(digits, sizes):
    out, i = [], 0
    for k in sizes:
        if i < len(digits):
            out.append(digits[i:i + k])
        i += k
    if i < len(digits):
        out[-1] += digits[i:]
    if len(out) > 1 and len(out[-1]) == 1 and len(out) == len(sizes) and sizes[-1] != 1:
        out[-2] += out.pop()
    return out


# ---- cues -----------------------------------------------------------------------------------------------
# A dictated number's places: a phone word in the line before it, in the turn before it, or after it.
DICTATED = {
    "en": ["my number is {p}", "A: what's your number?\nB: it's {p}", "you can call me on {p}, any time after five",
           "{p}, that's my mobile", "[00:01:12] Agent: and a phone number?\n[00:01:15] Caller: {p}",
           "Caller: yeah the phone number is {p}", "ok so my cell is {p} if you need it",
           "Voicemail transcript: hi it's me, call me back on {p}, thanks", "the number to ring is {p}",
           "phone: {p} (read out by the patient)"],
    "no": ["nummeret er {p}", "A: hva er nummeret ditt?\nB: det er {p}", "ring meg på {p}, helst etter fem",
           "{p}, det er mobilen min", "[00:01:12] Operatør: og et telefonnummer?\n[00:01:15] Innringer: {p}",
           "Innringer: ja, telefonnummeret mitt er {p}", "mobilen min er {p} hvis du trenger den",
           "Talemelding: hei, det er meg, ring tilbake på {p}, takk", "tlf. {p}, spør etter meg",
           "nummeret til mamma er {p}"],
    "sv": ["numret är {p}", "– vad har du för nummer?\n– {p}", "ring mig på {p}, helst efter fem",
           "{p}, det är min mobil", "[00:01:12] Handläggare: och ett telefonnummer?\n[00:01:15] Kund: {p}",
           "Kund: ja, mobilnumret är {p}", "mitt nummer är {p} om du behöver det",
           "Röstmeddelande: hej, det är jag, ring tillbaka på {p}, tack", "tfn {p}, fråga efter mig",
           "telefon: {p} (uppläst av kunden)"],
    "de": ["meine Nummer ist {p}", "– Wie ist Ihre Telefonnummer?\n– {p}", "rufen Sie mich unter {p} an, ab fünf",
           "{p}, das ist mein Handy", "[00:01:12] Agent: und eine Telefonnummer?\n[00:01:15] Anrufer: {p}",
           "Anrufer: ja, die Handynummer ist {p}", "meine Nummer lautet {p}, falls was ist",
           "Mailbox-Abschrift: hallo, ich bin's, ruf mich zurück unter {p}, danke", "Tel. {p}, bitte nach mir fragen",
           "Telefon: {p} (vom Kunden diktiert)"],
    "fr": ["mon numéro c'est le {p}", "— Votre numéro de téléphone ?\n— {p}", "appelez-moi au {p}, plutôt après 17 h",
           "{p}, c'est mon portable", "[00:01:12] Conseiller : et un numéro de téléphone ?\n[00:01:15] Client : {p}",
           "Client : oui, mon portable c'est le {p}", "le numéro est le {p} si besoin",
           "Transcription messagerie : salut c'est moi, rappelle-moi au {p}, merci", "tél. {p}, demander Mme la directrice",
           "téléphone : {p} (dicté par le patient)"],
    "es": ["mi número es el {p}", "— ¿Me das tu teléfono?\n— {p}", "llámame al {p}, mejor después de las cinco",
           "{p}, es mi móvil", "[00:01:12] Agente: ¿y un teléfono de contacto?\n[00:01:15] Cliente: {p}",
           "Cliente: sí, el móvil es el {p}", "mi teléfono es {p} por si acaso",
           "Transcripción del buzón: hola soy yo, llámame al {p}, gracias", "tlf. {p}, preguntar por mí",
           "teléfono: {p} (dictado por el paciente)"],
}
# Cues before or after a typed number, six languages.
CUES = {
    "en": ["Phone: {p}", "Mobile: {p}", "call me on {p}", "my number is {p}", "Tel {p}", "{p} (mobile)",
           "cell: {p}", "Direct line {p}"],
    "no": ["Tlf: {p}", "Mobil: {p}", "ring meg på {p}", "nummeret mitt er {p}", "telefon {p}", "{p} (mobil)",
           "mob. {p}", "Direkte: {p}"],
    "sv": ["Tel: {p}", "Mobil: {p}", "ring mig på {p}", "mitt nummer är {p}", "tfn {p}", "{p} (mobil)",
           "mob. {p}", "Direkt: {p}"],
    "de": ["Tel.: {p}", "Handy: {p}", "ruf mich an unter {p}", "meine Nummer ist {p}", "Telefon {p}", "{p} (Handy)",
           "Mobil: {p}", "Durchwahl: {p}"],
    "fr": ["Tél. : {p}", "Portable : {p}", "appelle-moi au {p}", "mon numéro : {p}", "téléphone {p}", "{p} (portable)",
           "Mobile : {p}", "Ligne directe : {p}"],
    "es": ["Tel.: {p}", "Móvil: {p}", "llámame al {p}", "mi número es {p}", "teléfono {p}", "{p} (móvil)",
           "Cel: {p}", "Línea directa: {p}"],
}
# The places a cued number stands: chat, signature, call transcript, form.
PLACES = {
    "en": ["{c}", "[09:14] {c} pls", "Best regards\nHead of Facilities\n{c}", "00:02:41 Caller: {c}",
           "Contact form\nName: (see above)\n{c}\nPreferred time: mornings"],
    "no": ["{c}", "[09:14] {c} takk", "Mvh\nDaglig leder\n{c}", "00:02:41 Innringer: {c}",
           "Kontaktskjema\nNavn: (se over)\n{c}\nTid: formiddag"],
    "sv": ["{c}", "[09:14] {c} tack", "Med vänlig hälsning\nEkonomichef\n{c}", "00:02:41 Kund: {c}",
           "Kontaktformulär\nNamn: (se ovan)\n{c}\nTid: förmiddag"],
    "de": ["{c}", "[09:14] {c} danke", "Mit freundlichen Grüßen\nVertriebsleitung\n{c}", "00:02:41 Anrufer: {c}",
           "Kontaktformular\nName: (siehe oben)\n{c}\nErreichbar: vormittags"],
    "fr": ["{c}", "[09:14] {c} merci", "Cordialement,\nResponsable des achats\n{c}", "00:02:41 Client : {c}",
           "Formulaire de contact\nNom : (voir plus haut)\n{c}\nCréneau : le matin"],
    "es": ["{c}", "[09:14] {c} gracias", "Un saludo,\nDirección comercial\n{c}", "00:02:41 Cliente: {c}",
           "Formulario de contacto\nNombre: (ver arriba)\n{c}\nHorario: mañanas"],
}

# ---- birth dates ----------------------------------------------------------------------------------------
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "no": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "fr": ["jan", "fév", "mar", "avr", "mai", "juin", "juil", "aoû", "sep", "oct", "nov", "déc"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
}


def date_forms(lang, y, m, d):
    """The typographies of one date; the same index writes a decoy in the birth date's form."""
    yy, mon, ab = y % 100, MONTHS[lang][m - 1], ABBR[lang][m - 1]
    return [
        "%d.%d.-%02d" % (d, m, yy), "%02d.%02d.-%02d" % (d, m, yy), "%d.%d.-%02d" % (d, m, yy),
        "%d.%d %04d" % (d, m, y), "%02d.%02d %04d" % (d, m, y), "%02d. %02d. %04d" % (d, m, y),
        "%02d/%02d %04d" % (d, m, y), "%02d - %02d - %04d" % (d, m, y), "%02d%s%02d%s%04d" % (d, ENDASH, m, ENDASH, y),
        "%04d.%02d.%02d" % (y, m, d), "%02d-%s-%04d" % (d, ROMAN[m - 1], y), "%d.%s.%02d" % (d, ROMAN[m - 1].lower(), yy),
        "%02d-%s-%04d" % (d, mon, y), "%04d-%s-%02d" % (y, ab.capitalize(), d), "%02d.%s.%04d" % (d, ab.capitalize(), y),
        "%d/%d '%02d" % (d, m, yy), "%02d-%02d-'%02d" % (d, m, yy), "%d %s %02d" % (d, mon, yy),
        "%d. %s '%02d" % (d, mon, yy) if lang in ("no", "de") else "%d %s '%02d" % (d, mon, yy),
        "%d %s. %04d" % (d, ab, y), "%02d.%02d.%02d" % (d, m, yy) if lang != "es" else "%d de %s del %02d" % (d, mon, yy),
    ]


BIRTH_CUES = {
    "en": ["born {d}", "DOB: {d}", "date of birth {d}", "b. {d}", "Born on {d}", "D.O.B. {d}"],
    "no": ["født {d}", "f. {d}", "fødselsdato: {d}", "fødd {d}", "Født: {d}", "fdato {d}"],
    "sv": ["född {d}", "f. {d}", "födelsedatum: {d}", "Född: {d}", "föd. {d}", "födelsedag {d}"],
    "de": ["geboren am {d}", "geb. {d}", "Geburtsdatum: {d}", "geb. am {d}", "* {d}", "Geb.-Datum: {d}"],
    "fr": ["né le {d}", "née le {d}", "date de naissance : {d}", "né(e) le {d}", "Date de naiss. : {d}", "DDN : {d}"],
    "es": ["nacido el {d}", "nacida el {d}", "fecha de nacimiento: {d}", "F. nac.: {d}", "nació el {d}",
           "fecha de nac.: {d}"],
}
BIRTH_KEYS = ["dob", "birth_date", "birthDate", "fødselsdato", "födelsedatum", "Geburtsdatum", "date_naissance",
              "fecha_nacimiento", "DOB", "fdato", "geb_datum", "date_of_birth"]
BIRTH_PLACES = {
    "en": ["{c}", "Patient: see referral, {c}, lives alone.", "[11:02] I'm {c} if the form needs it",
           "Applicant\n{c}\nNationality: British", "re the booking: guest {c}, arriving Friday"],
    "no": ["{c}", "Pasienten, {c}, bor alene.", "[11:02] jeg er {c} hvis skjemaet trenger det",
           "Søker\n{c}\nStatsborgerskap: norsk", "ang. bestillingen: gjest {c}, kommer fredag"],
    "sv": ["{c}", "Patienten, {c}, bor ensam.", "[11:02] jag är {c} om blanketten behöver det",
           "Sökande\n{c}\nMedborgarskap: svenskt", "ang. bokningen: gäst {c}, kommer fredag"],
    "de": ["{c}", "Patientin, {c}, lebt allein.", "[11:02] bin {c}, falls das Formular das braucht",
           "Antragsteller\n{c}\nStaatsangehörigkeit: deutsch", "zur Buchung: Gast {c}, Anreise Freitag"],
    "fr": ["{c}", "Patiente, {c}, vit seule.", "[11:02] je suis {c} si le formulaire le demande",
           "Demandeur\n{c}\nNationalité : française", "pour la réservation : client {c}, arrivée vendredi"],
    "es": ["{c}", "Paciente, {c}, vive sola.", "[11:02] soy {c} por si lo pide el formulario",
           "Solicitante\n{c}\nNacionalidad: española", "sobre la reserva: huésped {c}, llega el viernes"],
}
# Other dates of a person or a thing, in the same typography (decoys), each language.
OTHER_DATES = {
    "en": ["appointment {o} at 10:30", "delivered {o}", "deadline {o}", "married {o}", "hired {o}", "due {o}"],
    "no": ["time hos tannlegen {o} kl. 10.30", "{o} levert", "frist {o}", "gift {o}", "ansatt {o}", "forfall {o}"],
    "sv": ["tid hos tandläkaren {o} kl. 10.30", "levererad {o}", "senast {o}", "gift {o}", "anställd {o}",
           "förfaller {o}"],
    "de": ["Termin am {o} um 10:30", "geliefert am {o}", "Frist {o}", "verheiratet seit {o}", "eingestellt am {o}",
           "fällig am {o}"],
    "fr": ["rendez-vous le {o} à 10 h 30", "livré le {o}", "date limite {o}", "marié le {o}", "embauché le {o}",
           "échéance {o}"],
    "es": ["cita el {o} a las 10:30", "entregado el {o}", "plazo {o}", "casado el {o}", "contratado el {o}",
           "vence el {o}"],
}


class Census:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cases = []

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def add(self, lang, shape, text, entities, decoys=()):
        labels, kept = label(text, entities, list(decoys))
        for _, value in entities:
            assert value in text, (value, text)
        for d in decoys:
            assert d in kept, (d, text)
        self.cases.append({"lang": lang, "shape": shape, "text": text, "entities": labels, "decoys": kept})

    # ------------------------------------------------------------------ numbers
    def number(self, country, kind=None):
        """(country code, trunk, national significant number)."""
        cc, trunk, kinds, _ = PLANS[country]
        leads, length = kinds[kind if kind is not None else self.r.randrange(len(kinds))]
        lead = self.pick(leads)
        nsn = lead + "".join(self.pick("23456789" if i == 0 else "0123456789") for i in range(length - len(lead)))
        if country in ("US", "CA"):
            nsn = nsn[:3] + self.pick("23456789") + nsn[4:]
        return cc, trunk, nsn

    def national(self, country, kind=None):
        cc, trunk, nsn = self.number(country, kind)
        return trunk + nsn

    def placed(self, lang, cue, p):
        return self.pick(PLACES[lang]).format(c=cue.format(p=p))

    # ------------------------------------------------------------------ dictated numbers
    def dictated_cases(self):
        for lang in LANGS:
            for i, tpl in enumerate(DICTATED[lang]):
                country = self.pick(COUNTRIES[lang] + (["US", "CA"] if lang == "en" else []))
                digits = self.national(country)
                groups = split(digits, self.pick(SPOKEN[len(digits)]))
                style = i % 5
                if style in (0, 1, 2):              # groups with commas
                    p = ", ".join(groups)
                elif style == 3:                    # digit by digit, groups with commas
                    p = ", ".join(" ".join(g) for g in groups)
                else:                               # digit by digit, blanks only
                    p = " ".join(digits)
                self.add(lang, "ty_dictated", tpl.format(p=p), [("PHONE", p)])

    # ------------------------------------------------------------------ typed numbers
    def separator_cases(self):
        seps = [" - ", " / ", ENDASH, " %s " % ENDASH, " %s " % MIDDOT, MIDDOT]
        for lang in LANGS:
            for sep in self.r.sample(seps, 4):
                country = self.pick(COUNTRIES[lang])
                if self.r.random() < 0.7:
                    digits = self.national(country)
                    p = sep.join(split(digits, self.pick(SPOKEN[len(digits)])))
                else:
                    cc, trunk, nsn = self.number(country)
                    p = "+" + cc + " " + sep.join(split(nsn, self.pick(SPOKEN.get(len(nsn), [(3, 3, 3)]))))
                self.add(lang, "ty_separator", self.placed(lang, self.pick(CUES[lang]), p), [("PHONE", p)])

    def bracket_cases(self):
        for lang in LANGS:
            for form in ("square", "brace"):
                country = self.pick(COUNTRIES[lang] + (["US"] if lang == "en" else []))
                cc, trunk, nsn = self.number(country)
                area = 3 if country in ("US", "CA") else (len(nsn) - 7 if len(nsn) > 8 else 2)
                head, rest = trunk + nsn[:area], nsn[area:]
                if country in ("US", "CA"):
                    body = rest[:3] + "-" + rest[3:]
                else:
                    body = " ".join(split(rest, self.pick([(3, 4), (4, 4), (3, 2, 2), (2, 2, 2)])))
                p = ("[%s] %s" if form == "square" else "{%s} %s") % (head, body)
                self.add(lang, "ty_brackets", self.placed(lang, self.pick(CUES[lang]), p), [("PHONE", p)])

    def zero_dash_cases(self):
        for country in ["UK", "UK", "DE", "DE", "AT", "CH", "CH", "FR", "FR", "BE", "NL", "NL"]:
            lang = PLANS[country][3]
            cc, trunk, nsn = self.number(country)
            area = {"UK": 2 if nsn.startswith("20") else 4, "DE": 3 if nsn.startswith("1") else 2, "AT": 3,
                    "CH": 2, "FR": 1, "BE": 3, "NL": 1 if nsn.startswith("6") else 2}[country]
            rest = nsn[area:]
            body = " ".join(split(rest, self.pick([(4, 4), (3, 4), (2, 2, 2, 2), (3, 2, 2)])))
            p = "+%s (0) %s %s %s" % (cc, nsn[:area], self.pick(["-", "-", ENDASH]), body)
            self.add(lang, "ty_zero_dash", self.placed(lang, self.pick(CUES[lang]), p), [("PHONE", p)])

    def unusual_cases(self):
        for lang in LANGS:
            for _ in range(5):
                country = self.pick(COUNTRIES[lang] + (["US", "IT", "PL"] if lang == "en" else []))
                if self.r.random() < 0.25:
                    cc, trunk, nsn = self.number(country)
                    sizes = self.pick(UNUSUAL[len(nsn)])
                    p = "+" + cc + " " + self.pick([" ", "-"]).join(split(nsn, sizes))
                else:
                    digits = self.national(country)
                    sizes = self.pick(UNUSUAL[len(digits)])
                    groups = split(digits, sizes)
                    if len(groups) == 3 and self.r.random() < 0.4:
                        p = groups[0] + "-" + groups[1] + " " + groups[2]
                    else:
                        p = self.pick([" ", "-", "-", "."]).join(groups)
                self.add(lang, "ty_grouping", self.placed(lang, self.pick(CUES[lang]), p), [("PHONE", p)])

    # ------------------------------------------------------------------ phone decoys
    def list_decoys(self, lang):
        r = self.r
        rooms = ", ".join(str(r.randrange(100, 900)) for _ in range(3))
        amounts = ", ".join(str(r.randrange(10, 999)) for _ in range(4))
        scores = ", ".join(str(r.randrange(10, 30)) for _ in range(4))
        coords = "%d.%04d, %d.%04d" % (r.randrange(40, 70), r.randrange(10 ** 4), r.randrange(1, 30), r.randrange(10 ** 4))
        versions = "3.%d, 3.%d, 3.%d" % (r.randrange(8, 10), r.randrange(10, 12), r.randrange(12, 14))
        ids = ",".join(str(r.randrange(1000, 9999)) for _ in range(4))
        qty = ", ".join(str(r.randrange(2, 99)) for _ in range(5))
        times = "%d, %d %s %d" % (r.randrange(13, 15), r.randrange(15, 17),
                                  {"en": "or", "no": "eller", "sv": "eller", "de": "oder", "fr": "ou", "es": "o"}[lang],
                                  r.randrange(17, 19))
        return [
            (rooms, {"en": "rooms {x} are booked", "no": "rom {x} er booket", "sv": "rum {x} är bokade",
                     "de": "Räume {x} sind gebucht", "fr": "salles {x} réservées", "es": "salas {x} reservadas"}),
            (amounts, {"en": "paid {x} USD last four months", "no": "betalt {x} kr de siste fire månedene",
                       "sv": "betalat {x} kr senaste fyra månaderna", "de": "bezahlt {x} EUR in vier Monaten",
                       "fr": "payé {x} € ces quatre mois", "es": "pagado {x} € en cuatro meses"}),
            (scores, {"en": "scores: {x}", "no": "poeng: {x}", "sv": "poäng: {x}", "de": "Punkte: {x}",
                      "fr": "scores : {x}", "es": "puntos: {x}"}),
            (coords, {"en": "GPS {x}", "no": "posisjon {x}", "sv": "position {x}", "de": "Koordinaten {x}",
                      "fr": "coordonnées {x}", "es": "coordenadas {x}"}),
            (versions, {"en": "tested on Python {x}", "no": "testet på Python {x}", "sv": "testat på Python {x}",
                        "de": "getestet mit Python {x}", "fr": "testé sous Python {x}", "es": "probado con Python {x}"}),
            (ids, {"en": "id,qty,price\n{x}", "no": "id,antall,pris\n{x}", "sv": "id,antal,pris\n{x}",
                   "de": "id,menge,preis\n{x}", "fr": "id,qté,prix\n{x}", "es": "id,cant,precio\n{x}"}),
            (qty, {"en": "quantities {x} per crate", "no": "antall {x} per kasse", "sv": "antal {x} per låda",
                   "de": "Mengen {x} pro Kiste", "fr": "quantités {x} par caisse", "es": "cantidades {x} por caja"}),
            (times, {"en": "call me at {x} o'clock", "no": "ring meg kl. {x}", "sv": "ring mig kl. {x}",
                     "de": "ruf mich um {x} Uhr an", "fr": "appelle-moi à {x} h", "es": "llámame a las {x}"}),
        ]

    def shaped_decoys(self, lang):
        r, d = self.r, lambda n: "".join(self.pick("0123456789") for _ in range(n))
        pages = "%d - %d" % (r.randrange(100, 400), r.randrange(400, 700))
        years = "%d%s%d" % (r.randrange(1990, 2005), ENDASH, r.randrange(2006, 2024))
        hours = "%02d:00 %s %02d:30" % (r.randrange(8, 12), ENDASH, r.randrange(13, 17))
        cite = "[%d] %d%s%d" % (r.randrange(1, 40), r.randrange(100, 300), ENDASH, r.randrange(300, 400))
        order = "%s-%s-%s" % (d(3), d(2), d(3))
        case_no = "%s/%s" % (d(2), d(5))
        order2 = "%s %s" % (d(4), d(5))
        invoice = "%s-%s %s" % (d(4), d(3), d(5))
        post = {"en": "SW1A 1AA", "no": "%04d Oslo" % r.randrange(150, 1300), "sv": "%03d %02d Malmö" % (
            r.randrange(200, 240), r.randrange(100)), "de": "%05d Berlin" % r.randrange(10115, 14199),
            "fr": "%05d Paris" % r.randrange(75001, 75020), "es": "%05d Madrid" % r.randrange(28001, 28080)}[lang]
        return [
            (pages, {"en": "see pp. {x}", "no": "se s. {x}", "sv": "se s. {x}", "de": "siehe S. {x}",
                     "fr": "voir p. {x}", "es": "véanse págs. {x}"}),
            (years, {"en": "lived there {x}", "no": "bodde der {x}", "sv": "bodde där {x}", "de": "wohnte dort {x}",
                     "fr": "y a vécu {x}", "es": "vivió allí {x}"}),
            (hours, {"en": "phone hours {x}", "no": "telefontid {x}", "sv": "telefontid {x}",
                     "de": "telefonische Sprechzeit {x}", "fr": "permanence téléphonique {x}",
                     "es": "horario telefónico {x}"}),
            (cite, {"en": "as shown in {x}", "no": "som vist i {x}", "sv": "som visas i {x}", "de": "wie in {x}",
                    "fr": "comme dans {x}", "es": "como en {x}"}),
            (order, {"en": "order {x} shipped", "no": "ordre {x} er sendt", "sv": "order {x} har skickats",
                     "de": "Bestellung {x} versandt", "fr": "commande {x} expédiée", "es": "pedido {x} enviado"}),
            (case_no, {"en": "case no. {x}", "no": "saksnr. {x}", "sv": "diarienr {x}", "de": "Az. {x}",
                       "fr": "dossier n° {x}", "es": "expediente {x}"}),
            (order2, {"en": "tracking {x}", "no": "sporingsnr. {x}", "sv": "kollinr {x}", "de": "Sendungsnr. {x}",
                      "fr": "n° de suivi {x}", "es": "n.º de envío {x}"}),
            (invoice, {"en": "invoice {x}", "no": "faktura {x}", "sv": "faktura {x}", "de": "Rechnung {x}",
                       "fr": "facture {x}", "es": "factura {x}"}),
            (post, {"en": "London {x}", "no": "Storgata 4, {x}", "sv": "Storgatan 4, {x}", "de": "Hauptstr. 4, {x}",
                    "fr": "4 rue Oberkampf, {x}", "es": "Calle Mayor 4, {x}"}),
        ]

    def phone_decoy_cases(self):
        for lang in LANGS:
            pool = self.list_decoys(lang) + self.shaped_decoys(lang)
            for x, tpl in self.r.sample(pool, 9):
                text = tpl[lang].format(x=x)
                ents = []
                if self.r.random() < 0.4:           # beside a real phone in the same place
                    country = self.pick(COUNTRIES[lang])
                    p = " ".join(split(self.national(country), (3, 3, 4) if country in ("US", "CA") else (3, 2, 3)))
                    text += "\n" + self.pick(CUES[lang]).format(p=p)
                    ents.append(("PHONE", p))
                else:
                    text = self.pick(PLACES[lang]).format(c=text)
                self.add(lang, "ty_phone_decoy", text, ents, [x])

    # ------------------------------------------------------------------ birth dates
    def birth(self):
        return self.r.randrange(1940, 2009), self.r.randrange(1, 13), self.r.randrange(1, 29)

    def event(self):
        return self.r.randrange(2019, 2028), self.r.randrange(1, 13), self.r.randrange(1, 29)

    def birth_cases(self):
        for lang in LANGS:
            order = list(range(len(date_forms(lang, 1985, 3, 12))))
            self.r.shuffle(order)
            for n, index in enumerate(order[:15]):
                y, m, d = self.birth()
                value = date_forms(lang, y, m, d)[index]
                if n % 5 == 4:                      # under a key
                    key = self.pick(BIRTH_KEYS)
                    text = self.pick(["%s: %s", "\"%s\": \"%s\"", "%s=%s", "| %s | %s |"]) % (key, value)
                else:
                    text = self.pick(BIRTH_PLACES[lang]).format(c=self.pick(BIRTH_CUES[lang]).format(d=value))
                decoys = []
                if n % 3 == 0:                      # another date of the person, same typography
                    ey, em, ed = self.event()
                    other = date_forms(lang, ey, em, ed)[index]
                    text += "\n" + self.pick(OTHER_DATES[lang]).format(o=other)
                    decoys.append(other)
                self.add(lang, "ty_birth", text, [("DATE_OF_BIRTH", value)], decoys)

    def birth_decoy_cases(self):
        for lang in LANGS:
            forms = len(date_forms(lang, 1985, 3, 12))
            for index in self.r.sample(range(forms), 6):
                y, m, d = self.event()
                other = date_forms(lang, y, m, d)[index]
                self.add(lang, "ty_date_decoy", self.pick(PLACES[lang]).format(
                    c=self.pick(OTHER_DATES[lang]).format(o=other)), [], [other])
            y = self.r.randrange(1960, 2000)
            rng = "%d%s%d" % (y, ENDASH, y + self.r.randrange(3, 12))
            cue = self.pick(BIRTH_CUES[lang][:1]).format(d="")
            text = {"en": "{c}and raised in Leeds, lived in Oslo {x}", "no": "{c}og oppvokst i Bergen, bodde i Oslo {x}",
                    "sv": "{c}och uppvuxen i Umeå, bodde i Oslo {x}", "de": "{c}in Köln, wohnte {x} in Wien",
                    "fr": "{c}à Lyon, a vécu à Oslo {x}", "es": "{c}en Sevilla, vivió en Oslo {x}"}[lang].format(
                c=cue.replace("am ", "").replace("le ", "").replace("el ", ""), x=rng)
            self.add(lang, "ty_date_decoy", text, [], [rng])
            hour = "%d.%02d" % (self.r.randrange(8, 18), self.r.choice([0, 15, 30, 45]))
            text = {"en": "Born {x} in the morning, weighed 3.4 kg", "no": "Født kl. {x}, veide 3,4 kg",
                    "sv": "Född kl. {x}, vägde 3,4 kg", "de": "Geboren um {x} Uhr, 3,4 kg",
                    "fr": "Né à {x}, 3,4 kg", "es": "Nació a las {x}, 3,4 kg"}[lang].format(x=hour)
            self.add(lang, "ty_date_decoy", text, [], [hour])

    def all(self):
        self.dictated_cases()
        self.separator_cases()
        self.bracket_cases()
        self.zero_dash_cases()
        self.unusual_cases()
        self.phone_decoy_cases()
        self.birth_cases()
        self.birth_decoy_cases()
        return [dict({"id": "census-typography-%d" % i}, **c) for i, c in enumerate(self.cases)]


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Census(SEED).all())


def main(argv):
    return census_main(argv, render, "generate_typography.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
