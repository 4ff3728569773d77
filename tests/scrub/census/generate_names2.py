#!/usr/bin/env python3
"""generate_names2.py — round 2 of the PERSON census: names in RECORDS, the places a record,
a header, a scan or a list puts a person, and the things that stand in the same places.

    python3 generate_names2.py > names2.jsonl              writes the census
    python3 generate_names2.py --check names2.jsonl        TAP: the committed file is what this writes

Written before reading scrub/names.c, from the published formats (vCard 3/4, LDIF, iCalendar,
RFC 5322 headers, mail clients' quoted-reply lines, git trailers, ICAO 9303 machine-readable
zones) and from how registers, forms and lists write people, in English, Norwegian, Swedish,
German, French and Spanish. Each language has:
  - names: half from generate_names.py's own pools (LISTED and UNLISTED), half new: the names of
    people who moved to the country (Somali, Polish, Vietnamese, Arabic, Tamil, Eritrean,
    Turkish, Ukrainian, Filipino, West African, Andean, Romanian), written as that country's
    registers write them (Ukrainian transliterated the German or French way, Vietnamese without
    its diacritics and in either order, Arabic with its article, Spanish with two surnames);
  - record places: vCard `N:` and `FN:`, LDIF `dn: cn=`, `cn:`, `sn:`, `givenName:`,
    `displayName:`, ICS `ORGANIZER;CN=` and `ATTENDEE;CN="…"`, mail headers (From/To/Cc and
    each language's words) and quoted-reply lines ("On … wrote:", "Den … skrev …:", "Am …
    schrieb …:", "Le … a écrit :", "El … escribió:", Outlook's "From:/Sent:" block), git
    trailers (Co-authored-by, Signed-off-by, Reviewed-by, Acked-by, Reported-by), CI lines
    ("Started by user", "Triggered by"), MRZ name fields (TD3 and TD1) and the visual zone's
    labelled fields, "SURNAME, Given" and "SURNAME Given" in forms and lists, CSV/TSV rows
    under first/last/name columns in each language's headers, registers with a title or a role
    before the name, witness, heir and beneficiary lists, family trees, signatures under short
    closings (Mvh, Hälsningar, Grüße, Cordialement, Saludos), chat exports;
  - decoys in the same places: organisations, rooms, resources and mailing lists as attendees
    or vCard FN, bots as git authors and CI triggers, products in CN=, MRZ country codes and the
    document's printed words, column headers, departments and brands. Every capitalised word of
    a template's own text is a decoy too (but titles and roles before a name).
Labels: each given name and each surname is its own value, labelled at every whole-word
occurrence (the scorer's rule: the k-th label is the k-th whole-word occurrence); e-mail
addresses are EMAIL (a list's, a room's and a robot's too, but no-reply ones). In a TD3 passport's MRZ the surname is glued to the issuing state
(`P<NORHANSEN<<KARI`), which the scorer cannot label: there the given names are labelled and
the surname is labelled in the visual zone.
Python stdlib only; deterministic (seeded random.Random). The format is
tests/scrub/realistic/README.md's: {"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import re
import sys
import unicodedata

from census_common import LANGS, main as census_main
from generate_names import LISTED, UNLISTED

CASES_PER_LANG = 50

# Names of people who moved to each country, as its registers write them: given names, surnames.
NEW = {
    "en": ("Abdirahman Hodan Nguyen-Lan Kavitha Jocelyn Yonas Burak Olena Fatima Rosalinda Tesfalem Agnieszka",
           "Warsame Abdullahi Balasubramaniam Bautista Tesfamariam Yildirim Bondarenko Al-Zahrani Dela-Cruz Wojciechowska Okonkwo Haile"),
    "no": ("Mahad Sahra Thanh Ayaan Dawit Senait Grzegorz Oksana Ahmad Thuy Kiflom Mehmet",
           "Jama Ahmadzai Tran Kowalczyk Gebreyesus Kovalenko Sivanesan Yilmaz Abdikadir Habtemariam Nowakowski Pham"),
    "sv": ("Hamid Amina Huong Bashir Semhar Zbigniew Yusuf Svitlana Ramin Luwam Farhiya Dinh",
           "Rahimi Yousef Ghebremedhin Wisniewska Osman Hussein Vu Demir Tkachenko Mohamud Kebede Zielinski"),
    "de": ("Oleksandr Ayse Tesfay Nguyen Mustafa Halyna Ahmad Dragana Kamal Tahmina Emine Selam",
           "Schewtschenko Gebremichael Al-Khatib Kaczmarek Sivanesan Öztürk Jovanovic Haidari Nasser Berhane Bojko Tekeste"),
    "fr": ("Mamadou Fatoumata Oleksandra Abdelkader Tharshan Semhar Youssouf Thi-Mai Mariama Aylin Bogdan Hawa",
           "Diallo Traoré Chevtchenko Benali Jeyakumar Tekle Coulibaly Ndiaye Kowalski Benyamina Nguyên Kaya"),
    "es": ("Maricel Wilmer Oksana Youssef Abdoulaye Ionela Mehmet Rosario Jhon Thi-Hoa Nadia Yeferson",
           "Quispe Mamani Kovalenko El-Amrani Ndiaye Popescu Öztürk Dela-Cruz Condori Huamán Bouzid Nguyen"),
}
# Spanish registers write two surnames; the new pool pairs them.
SECOND_SURNAME = {"es": "Quispe Mamani Condori Huamán Flores Ramírez Choque Vargas".split()}

ORGS = {
    "en": "Northwind Ltd|Acme Logistics|Barclays|Vodafone UK|Tesco Bank|Contoso Health",
    "no": "Telenor ASA|Equinor|DNB|Posten Norge|Vy|Helse Bergen",
    "sv": "Volvo Cars|Klarna|Ericsson AB|PostNord|Region Skåne|Swedbank",
    "de": "Siemens AG|Deutsche Bahn|Allianz|Sparkasse Köln|Bosch GmbH|Techniker Krankenkasse",
    "fr": "Orange SA|SNCF|Renault|Crédit Agricole|La Poste|Doctolib",
    "es": "Telefónica|Iberdrola|Mercadona|Banco Santander|Renfe|Correos",
}
ROOMS = {
    "en": "Boardroom 4|Meeting Room Thames|Projector 2|Room B-204",
    "no": "Møterom Fjorden|Møterom Gaustad|Storsalen|Prosjektor 2",
    "sv": "Konferensrum Vättern|Mötesrum Kebnekaise|Stora salen|Projektor 2",
    "de": "Besprechungsraum Elbe|Raum 3.14|Konferenzraum Zugspitze|Beamer 2",
    "fr": "Salle Garonne|Salle de réunion Mont-Blanc|Salle 204|Vidéoprojecteur 2",
    "es": "Sala Guadalquivir|Sala de reuniones Teide|Sala 204|Proyector 2",
}
LISTS = {
    "en": "Finance Team|All Staff|Payroll|Support Desk",
    "no": "Økonomi|Alle ansatte|Lønn|Kundeservice",
    "sv": "Ekonomi|Alla anställda|Lönegruppen|Kundtjänst",
    "de": "Buchhaltung|Alle Mitarbeitenden|Personalabteilung|Vertrieb",
    "fr": "Comptabilité|Tout le personnel|Service Paie|Support",
    "es": "Contabilidad|Toda la plantilla|Nóminas|Soporte",
}
PRODUCTS = "Jira|Confluence|Zoom|Teams|Salesforce|Grafana|Kubernetes|Terraform|Outlook|Webex".split("|")
BOTS = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]", "gitlab-bot", "pre-commit-ci[bot]",
        "snyk-bot", "mergify[bot]"]
DEPTS = {
    "en": "Finance|Payroll|Legal|Facilities|Nursing|Reception",
    "no": "Økonomi|Lønn|Juridisk|Drift|Sykepleie|Resepsjon",
    "sv": "Ekonomi|Lön|Juridik|Drift|Vården|Reception",
    "de": "Buchhaltung|Lohnbüro|Rechtsabteilung|Haustechnik|Pflege|Empfang",
    "fr": "Comptabilité|Paie|Juridique|Services généraux|Soins|Accueil",
    "es": "Contabilidad|Nóminas|Jurídico|Mantenimiento|Enfermería|Recepción",
}
CITIES = {
    "en": "Leeds|Bristol|Glasgow|Denver", "no": "Bergen|Tromsø|Drammen|Bodø", "sv": "Malmö|Umeå|Örebro|Uppsala",
    "de": "Leipzig|Dresden|Stuttgart|Kassel", "fr": "Lyon|Nantes|Lille|Rennes", "es": "Sevilla|Bilbao|Zaragoza|Málaga",
}
STATE = {"en": ("GBR", "BRITISH CITIZEN", "PASSPORT", "HM PASSPORT OFFICE"),
         "no": ("NOR", "NORSK", "PASS", "POLITIET"),
         "sv": ("SWE", "SVENSK", "PASS", "POLISMYNDIGHETEN"),
         "de": ("D", "DEUTSCH", "REISEPASS", "STADT KASSEL"),
         "fr": ("FRA", "FRANÇAISE", "PASSEPORT", "PREFECTURE DU RHONE"),
         "es": ("ESP", "ESPAÑOLA", "PASAPORTE", "DIRECCION GENERAL DE LA POLICIA")}
DOMAINS = {"en": "example.co.uk", "no": "firma.no", "sv": "foretag.se", "de": "firma.de", "fr": "societe.fr",
           "es": "empresa.es"}

# Titles and roles that stand before a name in registers; never decoys (a span over both is fine).
TITLES = {
    "en": ["Dr.", "Rev.", "Pastor", "Headteacher", "Notary", "Solicitor", "Nurse", "Prof."],
    "no": ["Dr.", "Pastor", "Sogneprest", "Rektor", "Advokat", "Notarius", "Lege", "Sykepleier"],
    "sv": ["Dr.", "Pastor", "Kyrkoherde", "Rektor", "Advokat", "Notarie", "Läkare", "Sjuksköterska"],
    "de": ["Dr.", "Pfarrer", "Pastorin", "Rektorin", "Notar", "Rechtsanwältin", "Schwester", "Prof. Dr."],
    "fr": ["Dr", "Maître", "Me", "Abbé", "Pasteur", "Notaire", "Docteur", "Professeur"],
    "es": ["Dr.", "Dra.", "Abogada", "Abogado", "Notario", "Párroco", "Don", "Doña"],
}
COURTESY = {"Mr", "Ms", "Mrs", "Herr", "Frau", "Fru", "Sr", "Sra", "Dña", "Don", "Doña", "Me", "Mme", "Dr", "Dra",
            "Prof", "Rev", "Maître"}


def fold(s):
    """ASCII, upper case, as the MRZ and many registers write a name."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss") \
        .replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").upper()


def mail_local(given, surname):
    return fold(given.split()[0]).lower().replace("-", "") + "." + fold(surname).lower().replace(" ", "").replace("-", "")


class Person:
    def __init__(self, given, surname):
        self.given, self.surname = given, surname

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)


class Writer:
    """Draws people and things for one case, and remembers which strings are values and decoys."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.values, self.emails, self.decoys, self.used = [], [], [], set()

    def fresh(self, items):
        for _ in range(30):
            item = self.rng.choice(items)
            if item not in self.used and not any(item in u or u in item for u in self.used):
                self.used.add(item)
                return item
        return self.rng.choice(items)

    def person(self):
        roll = self.rng.random()
        if roll < 0.25:
            given, surnames = LISTED[self.lang]
        elif roll < 0.5:
            given, surnames = UNLISTED[self.lang]
        else:
            given, surnames = NEW[self.lang]
        first, last = self.fresh(given.split()), self.fresh(surnames.split())
        if self.lang == "es" and roll >= 0.5 and self.rng.random() < 0.6:
            last = "%s %s" % (last, self.fresh(SECOND_SURNAME["es"]))
        if self.rng.random() < 0.15:
            first = "%s %s" % (first, self.fresh(given.split()))  # a second given name
        return Person(first, last)

    def name(self, *parts):
        """Label each part (a given name or a surname as written); returns them joined by a space."""
        for part in parts:
            for word in part.split() if part.isupper() and " " in part else [part]:
                self.values.append(word)
        return " ".join(parts)

    def given(self, p):
        for word in p.given.split():
            self.values.append(word)
        return p.given

    def surname(self, p):
        self.values.append(p.surname)
        return p.surname

    def full(self, p):
        return "%s %s" % (self.given(p), self.surname(p))

    def email(self, p, domain=None):
        address = "%s@%s" % (mail_local(p.given, p.surname), domain or DOMAINS[self.lang])
        self.emails.append(address)
        return address

    def thing(self, pool):
        items = pool.split("|") if isinstance(pool, str) else pool
        value = self.fresh(items)
        self.decoys.append(value)
        return value

    def plain(self, value):
        """A decoy already chosen by the template."""
        self.decoys.append(value)
        return value


EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]*@[a-z0-9.-]+\.[a-z]+")


def word_char(c):
    return c.isalnum() or c == "_" or ord(c) >= 0x80


def whole_word_occurrences(text, value):
    """Offsets where `value` stands as the scorer reads it: whole words where it starts or ends
    with a word character (tests/scrub/evaluate.c)."""
    found, at = [], text.find(value)
    while at >= 0:
        end = at + len(value)
        starts = not word_char(value[0]) or at == 0 or not word_char(text[at - 1])
        ends = not word_char(value[-1]) or end == len(text) or not word_char(text[end])
        if starts and ends:
            found.append(at)
        at = text.find(value, at + 1)
    return found


def skeleton_capitals(text, values, emails):
    """Capitalised words of the text that are in no value: the template's own words."""
    covered = [False] * len(text)
    for v in list(values) + list(emails):
        for at in whole_word_occurrences(text, v):
            for i in range(at, at + len(v)):
                covered[i] = True
    words, word, start = [], [], 0
    for i, ch in enumerate(text + " "):
        if i < len(text) and (ch.isalpha()):
            if not word:
                start = i
            word.append(ch)
            continue
        if len(word) >= 2 and word[0].isupper() and not any(covered[start:i]):
            w = "".join(word)
            if (start == 0 or not word_char(text[start - 1])) and w not in COURTESY:
                words.append(w)
        word = []
    return words


def finish(case_id, lang, shape, text, w, titles):
    labelled, spans = [], []
    seen = set()
    for kind, pool in (("PERSON", w.values), ("EMAIL", w.emails)):
        for value in pool:
            if value in seen:
                continue
            seen.add(value)
            where = whole_word_occurrences(text, value)
            assert where, (case_id, value, text)
            for at in where:
                labelled.append((at, kind, value))
                spans.append((at, at + len(value)))
    # every address is an EMAIL, a list's or a robot's too; a no-reply address is neither value nor decoy
    for match in EMAIL_RE.finditer(text):
        if match.group(0) not in seen and not match.group(0).startswith("noreply@"):
            seen.add(match.group(0))
            labelled.append((match.start(), "EMAIL", match.group(0)))
            spans.append(match.span())
    labelled.sort()
    decoys = []
    candidates = list(dict.fromkeys(w.decoys + skeleton_capitals(text, w.values, w.emails)))
    for d in candidates:
        if d in titles or d in decoys:
            continue
        where = whole_word_occurrences(text, d)
        if len(where) != 1:
            continue
        if any(where[0] < e and s < where[0] + len(d) for s, e in spans):
            continue
        if any(d in v or v in d for v in w.values):
            continue
        line_start = text.rfind("\n", 0, where[0]) + 1
        line_end = text.find("\n", where[0])
        if "<<" in text[line_start:line_end if line_end >= 0 else len(text)]:
            continue  # a word of a machine-readable zone is part of a name field or filler

        decoys.append(d)
    return {"id": case_id, "lang": lang, "shape": shape, "text": text,
            "entities": [{"type": k, "value": v} for _, k, v in labelled], "decoys": decoys}


# ---- the record places ----------------------------------------------------------------------------------

def vcard(w, lang):
    rng = w.rng
    lines = []
    for _ in range(rng.choice([1, 2])):
        p = w.person()
        org = w.thing(ORGS[lang])
        version = rng.choice(["3.0", "4.0", "2.1"])
        n = "N:%s;%s;;;" % (w.surname(p), w.given(p))
        if rng.random() < 0.3:
            n = "N;CHARSET=UTF-8:%s;%s;;;" % (w.surname(p), w.given(p))
        fn = "FN:%s" % w.full(p) if rng.random() < 0.8 else "FN:%s, %s" % (w.surname(p), w.given(p))
        lines += ["BEGIN:VCARD", "VERSION:" + version, n, fn, "ORG:" + org, "EMAIL;TYPE=work:" + w.email(p),
                  "END:VCARD"]
    if rng.random() < 0.6:
        kind = rng.random()
        if kind < 0.4:
            org = w.thing(ORGS[lang])
            lines += ["BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:" + org, "ORG:" + org, "END:VCARD"]
        elif kind < 0.7:
            room = w.thing(ROOMS[lang])
            lines += ["BEGIN:VCARD", "VERSION:4.0", "KIND:location", "FN:" + room, "END:VCARD"]
        else:
            group = w.thing(LISTS[lang])
            lines += ["BEGIN:VCARD", "VERSION:4.0", "KIND:group", "N:%s;;;;" % group, "FN:" + group, "END:VCARD"]
    return "vcard", "\n".join(lines)


LDIF_OU = {"en": "People", "no": "Ansatte", "sv": "Personal", "de": "Mitarbeiter", "fr": "Personnes", "es": "Personas"}


def ldif(w, lang):
    rng = w.rng
    blocks = []
    for _ in range(rng.choice([1, 2])):
        p = w.person()
        uid = mail_local(p.given, p.surname).replace(".", "")[:8]
        dept = w.thing(DEPTS[lang])
        block = ["dn: cn=%s,ou=%s,dc=example,dc=org" % (w.full(p), LDIF_OU[lang]),
                 "objectClass: inetOrgPerson", "cn: %s" % w.full(p), "sn: %s" % w.surname(p),
                 "givenName: %s" % w.given(p)]
        if rng.random() < 0.6:
            block.append("displayName: %s" % (w.full(p) if rng.random() < 0.5 else "%s, %s" % (w.surname(p), w.given(p))))
        block += ["uid: %s" % uid, "departmentNumber: %s" % dept, "mail: %s" % w.email(p)]
        blocks.append("\n".join(block))
    if rng.random() < 0.6:
        group = w.thing(LISTS[lang])
        blocks.append("dn: cn=%s,ou=Groups,dc=example,dc=org\nobjectClass: groupOfNames\ncn: %s\n"
                      "description: %s" % (group, group, w.thing(PRODUCTS)))
    else:
        room = w.thing(ROOMS[lang])
        blocks.append("dn: cn=%s,ou=Resources,dc=example,dc=org\nobjectClass: room\ncn: %s" % (room, room))
    return "ldif", "\n\n".join(blocks)


ICS_SUMMARY = {"en": "Quarterly review", "no": "Kvartalsgjennomgang", "sv": "Kvartalsgenomgång",
               "de": "Quartalsbesprechung", "fr": "Revue trimestrielle", "es": "Revisión trimestral"}


def ics(w, lang):
    rng = w.rng
    org = w.person()
    lines = ["BEGIN:VEVENT", "SUMMARY:%s %s" % (ICS_SUMMARY[lang], w.thing(PRODUCTS)),
             "DTSTART:20250304T091500Z"]
    quote = rng.random() < 0.5
    cn = w.full(org) if rng.random() < 0.7 else "%s, %s" % (w.surname(org), w.given(org))
    lines.append("ORGANIZER;CN=%s:mailto:%s" % ('"%s"' % cn if quote or "," in cn else cn, w.email(org)))
    for _ in range(rng.choice([1, 2])):
        a = w.person()
        cn = w.full(a) if rng.random() < 0.7 else "%s, %s" % (w.surname(a), w.given(a))
        lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=%s:mailto:%s'
                     % ('"%s"' % cn if rng.random() < 0.6 or "," in cn else cn, w.email(a)))
    room = w.thing(ROOMS[lang])
    lines.append('ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="%s":mailto:room%d@resource.example.org'
                 % (room, rng.randrange(10, 99)))
    if rng.random() < 0.5:
        group = w.thing(LISTS[lang])
        lines.append('ATTENDEE;CUTYPE=GROUP;CN=%s:mailto:list%d@lists.example.org' % (group, rng.randrange(10, 99)))
    lines.append("END:VEVENT")
    return "ics", "\n".join(lines)


HEADERS = {"en": ("From", "To", "Cc", "Subject", "Sent", "Original Message"),
           "no": ("Fra", "Til", "Kopi", "Emne", "Sendt", "Opprinnelig melding"),
           "sv": ("Från", "Till", "Kopia", "Ämne", "Skickat", "Ursprungligt meddelande"),
           "de": ("Von", "An", "Cc", "Betreff", "Gesendet", "Ursprüngliche Nachricht"),
           "fr": ("De", "À", "Cc", "Objet", "Envoyé", "Message d'origine"),
           "es": ("De", "Para", "CC", "Asunto", "Enviado", "Mensaje original")}
SUBJECTS = {"en": "Invoice March", "no": "Faktura mars", "sv": "Faktura mars", "de": "Rechnung März",
            "fr": "Facture mars", "es": "Factura marzo"}
BODY = {"en": "Please see the attached invoice.", "no": "Se vedlagt faktura.", "sv": "Se bifogad faktura.",
        "de": "Anbei die Rechnung.", "fr": "Veuillez trouver la facture ci-jointe.", "es": "Adjunto la factura."}


def addressed(w, p, rng):
    """A person as a header writes them: display name and address, quoted, surname first."""
    r = rng.random()
    if r < 0.45:
        return "%s <%s>" % (w.full(p), w.email(p))
    if r < 0.7:
        return '"%s, %s" <%s>' % (w.surname(p), w.given(p), w.email(p))
    if r < 0.85:
        return '"%s" <%s>' % (w.full(p), w.email(p))
    return w.full(p)


def headers(w, lang):
    rng = w.rng
    h = HEADERS[lang]
    a, b = w.person(), w.person()
    lines = ["%s: %s" % (h[0], addressed(w, a, rng)), "%s: %s" % (h[1], addressed(w, b, rng))]
    if rng.random() < 0.6:
        c = w.person()
        group = w.thing(LISTS[lang])
        lines.append("%s: %s, %s <list@%s>" % (h[2], addressed(w, c, rng), group, DOMAINS[lang]))
    lines.append("%s: %s" % (h[3], w.plain(SUBJECTS[lang])))
    if rng.random() < 0.4:
        org = w.thing(ORGS[lang])
        lines.append("Reply-To: %s <noreply@%s>" % (org, DOMAINS[lang]))
    return "headers", "\n".join(lines) + "\n\n" + BODY[lang]


def reply_line(w, lang, p, rng):
    """The line a mail client writes above a quoted reply."""
    who = "%s <%s>" % (w.full(p), w.email(p)) if rng.random() < 0.7 else w.full(p)
    return {
        "en": "On Tue, 4 Mar 2025 at 10:12, %s wrote:" % who,
        "no": "Den tir. 4. mar. 2025 kl. 10:12 skrev %s:" % who,
        "sv": "Den tis 4 mars 2025 kl 10:12 skrev %s:" % who,
        "de": "Am Di., 4. März 2025 um 10:12 Uhr schrieb %s:" % who,
        "fr": "Le mar. 4 mars 2025 à 10:12, %s a écrit :" % who,
        "es": "El mar, 4 mar 2025 a las 10:12, %s escribió:" % who,
    }[lang]


REPLY_BODY = {"en": ("Thanks, that works for me.", "> Can we move the meeting to Thursday?"),
              "no": ("Takk, det passer fint.", "> Kan vi flytte møtet til torsdag?"),
              "sv": ("Tack, det passar bra.", "> Kan vi flytta mötet till torsdag?"),
              "de": ("Danke, passt mir gut.", "> Können wir das Treffen auf Donnerstag verschieben?"),
              "fr": ("Merci, ça me va.", "> Peut-on décaler la réunion à jeudi ?"),
              "es": ("Gracias, me viene bien.", "> ¿Podemos mover la reunión al jueves?")}


def reply(w, lang):
    rng = w.rng
    body, quoted = REPLY_BODY[lang]
    a, b = w.person(), w.person()
    if rng.random() < 0.6:
        sign = w.given(a) if rng.random() < 0.5 else w.full(a)
        text = "%s\n\n%s\n\n%s\n%s" % (body, sign, reply_line(w, lang, b, rng), quoted)
        return "reply", text
    h = HEADERS[lang]
    c = w.person()
    block = ["-----%s-----" % h[5], "%s: %s" % (h[0], addressed(w, b, rng)),
             "%s: Tuesday, 4 March 2025 10:12" % h[4] if lang == "en" else "%s: 04.03.2025 10:12" % h[4],
             "%s: %s; %s" % (h[1], addressed(w, a, rng), addressed(w, c, rng)),
             "%s: %s" % (h[3], w.plain(SUBJECTS[lang]))]
    return "outlook", "%s\n\n%s\n\n%s\n\n%s" % (body, w.full(a), "\n".join(block), quoted[2:])


COMMITS = ["Fix rounding in invoice totals", "Add retry to the export job", "Bump pg driver to 42.7.3",
           "Handle empty payroll rows", "Refactor the LDAP sync"]
TRAILERS = ["Co-authored-by", "Signed-off-by", "Reviewed-by", "Acked-by", "Reported-by", "Tested-by"]


def git(w, lang):
    rng = w.rng
    lines = [rng.choice(COMMITS), "", "Closes #%d" % rng.randrange(100, 999), ""]
    for trailer in rng.sample(TRAILERS, rng.choice([1, 2, 3])):
        p = w.person()
        addr = w.email(p, rng.choice(["example.org", "users.noreply.github.com", DOMAINS[lang]]))
        lines.append("%s: %s <%s>" % (trailer, w.full(p), addr))
    if rng.random() < 0.6:
        bot = w.plain(rng.choice(BOTS))
        lines.append("Co-authored-by: %s <%d+%s@users.noreply.github.com>" % (bot, rng.randrange(10**6, 10**8),
                                                                             bot.replace("[bot]", "")))
    return "git", "\n".join(lines)


CI = {"en": ("Started by user %s", "Triggered by %s", "Approved by %s", "Started by timer", "Triggered by schedule"),
      "no": ("Startet av bruker %s", "Utløst av %s", "Godkjent av %s", "Startet av tidsplan", "Utløst av tidsplan"),
      "sv": ("Startad av användare %s", "Utlöst av %s", "Godkänd av %s", "Startad av timer", "Utlöst av schema"),
      "de": ("Gestartet durch Benutzer %s", "Ausgelöst von %s", "Freigegeben von %s", "Gestartet durch Zeitgeber",
             "Ausgelöst durch Zeitplan"),
      "fr": ("Lancé par l'utilisateur %s", "Déclenché par %s", "Approuvé par %s", "Lancé par le minuteur",
             "Déclenché par la planification"),
      "es": ("Iniciado por el usuario %s", "Desencadenado por %s", "Aprobado por %s", "Iniciado por temporizador",
             "Desencadenado por programación")}


def ci(w, lang):
    rng = w.rng
    words = CI[lang]
    p, q = w.person(), w.person()
    lines = ["Pipeline #%d (%s)" % (rng.randrange(1000, 99999), w.thing(PRODUCTS)),
             words[0] % w.full(p) if rng.random() < 0.5 else words[1] % w.full(p),
             words[2] % w.full(q),
             rng.choice(words[3:]),
             "Triggered by %s" % w.plain(rng.choice(BOTS))]
    rest = lines[1:]
    rng.shuffle(rest)
    return "ci", "\n".join(lines[:1] + rest)


VIZ = {"en": ("Surname", "Given names", "Nationality"),
       "no": ("Etternavn / Surname", "Fornavn / Given names", "Nasjonalitet / Nationality"),
       "sv": ("Efternamn / Surname", "Förnamn / Given names", "Nationalitet / Nationality"),
       "de": ("Name / Surname / Nom", "Vornamen / Given names / Prénoms", "Staatsangehörigkeit / Nationality"),
       "fr": ("Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality"),
       "es": ("Apellidos / Surname", "Nombre / Given names", "Nacionalidad / Nationality")}


def mrz_name(p):
    surname = fold(p.surname).replace(" ", "<").replace("-", "<")
    given = fold(p.given).replace(" ", "<").replace("-", "<")
    return surname, given


def mrz(w, lang):
    rng = w.rng
    p = w.person()
    code, nationality, doc, authority = STATE[lang]
    surname, given = mrz_name(p)
    sur_viz, giv_viz = fold(p.surname), fold(p.given)
    if rng.random() < 0.5:
        # TD3 passport: visual zone, then the name line (the surname glued to the state)
        line = ("P<%s%s<<%s" % (code.ljust(3, "<"), surname, given))[:44].ljust(44, "<")
        for word in (surname + "<" + given).split("<"):
            if word and whole_word_occurrences(line, word):
                w.values.append(word)
        text = "%s\n%s\n%s\n%s\n%s\n%s\n%s\n\n%s" % (
            w.plain(doc), VIZ[lang][0], w.name(sur_viz), VIZ[lang][1], w.name(giv_viz), VIZ[lang][2],
            w.plain(nationality), line)
        w.decoys.append(authority)
        return "mrz", text + "\n" + authority
    # TD1 identity card: the third line is the name, the surname first
    line3 = ("%s<<%s" % (surname, given))[:30].ljust(30, "<")
    for word in (surname + "<" + given).split("<"):
        if word and whole_word_occurrences(line3, word):
            w.values.append(word)
    line1 = ("I<%s%s" % (code.ljust(3, "<"), "X%d" % rng.randrange(10**7, 10**8))).ljust(30, "<")
    label = {"en": "MRZ", "no": "MRZ (skannet)", "sv": "MRZ (skannad)", "de": "MRZ (gescannt)",
             "fr": "Bande MRZ", "es": "Zona MRZ"}[lang]
    return "mrz", "%s:\n%s\n%s" % (label, line1, line3)


LIST_HEAD = {"en": ("Attendance, class 3B", "Guest", "Room", "Patient"),
             "no": ("Fremmøte, klasse 3B", "Gjest", "Rom", "Pasient"),
             "sv": ("Närvaro, klass 3B", "Gäst", "Rum", "Patient"),
             "de": ("Anwesenheit, Klasse 3B", "Gast", "Zimmer", "Patient"),
             "fr": ("Appel, classe de 3e B", "Client", "Chambre", "Patient"),
             "es": ("Asistencia, clase 3.º B", "Huésped", "Habitación", "Paciente")}


def surname_first(w, lang):
    rng = w.rng
    head = LIST_HEAD[lang]
    kind = rng.random()
    rows = []
    if kind < 0.4:
        rows.append(head[0] + ":")
        for i in range(rng.choice([2, 3])):
            p = w.person()
            sur = w.name(fold(p.surname)) if rng.random() < 0.7 else w.surname(p)
            sep = ", " if rng.random() < 0.5 else " "
            rows.append("%d. %s%s%s" % (i + 1, sur, sep, w.given(p)))
        return "list", "\n".join(rows)
    if kind < 0.7:
        p = w.person()
        sep = ", " if rng.random() < 0.5 else " "
        rows = ["%s: %s%s%s" % (head[1], w.name(fold(p.surname)), sep, w.given(p)),
                "%s: %d" % (head[2], rng.randrange(100, 499)), w.thing(ORGS[lang])]
        return "form", "\n".join(rows)
    p, q = w.person(), w.person()
    dept = w.thing(DEPTS[lang])
    rows = ["%s: %s, %s (%s)" % (head[3], w.name(fold(p.surname)), w.given(p), dept),
            "%s %s" % (w.name(fold(q.surname)), w.given(q))]
    return "form", "\n".join(rows)


COLUMNS = {
    "en": [("First name", "Last name", "Department"), ("first_name", "last_name", "dept"), ("Name", None, "Team")],
    "no": [("Fornavn", "Etternavn", "Avdeling"), ("Fornamn", "Etternamn", "Avdeling"), ("Navn", None, "Avdeling")],
    "sv": [("Förnamn", "Efternamn", "Avdelning"), ("fornamn", "efternamn", "avdelning"), ("Namn", None, "Enhet")],
    "de": [("Vorname", "Nachname", "Abteilung"), ("Vorname", "Familienname", "Kostenstelle"), ("Name", None, "Abteilung")],
    "fr": [("Prénom", "Nom", "Service"), ("prenom", "nom", "service"), ("Nom complet", None, "Service")],
    "es": [("Nombre", "Apellidos", "Departamento"), ("nombre", "apellido", "area"), ("Nombre completo", None, "Área")],
}


def table(w, lang):
    rng = w.rng
    given_col, sur_col, dept_col = rng.choice(COLUMNS[lang])
    sep = rng.choice([",", ";", "\t"])
    head = [given_col] + ([sur_col] if sur_col else []) + [dept_col]
    if rng.random() < 0.4 and sur_col:
        head = [sur_col, given_col, dept_col]
    rows = [sep.join(head)]
    for _ in range(rng.choice([2, 3])):
        p = w.person()
        dept = w.thing(DEPTS[lang])
        cells = {given_col: w.given(p), sur_col: w.surname(p), dept_col: dept} if sur_col else \
            {given_col: w.full(p), dept_col: dept}
        rows.append(sep.join(cells[h] for h in head))
    for h in head:
        if h[0].isupper():
            w.plain(h)
    return "table", "\n".join(rows)


def title(w, lang):
    rng = w.rng
    lines = []
    for _ in range(rng.choice([1, 2])):
        p = w.person()
        t = rng.choice(TITLES[lang])
        lines.append("%s %s" % (t, w.full(p) if rng.random() < 0.6 else w.surname(p)))
    intro = {"en": "Present:", "no": "Til stede:", "sv": "Närvarande:", "de": "Anwesend:", "fr": "Présents :",
             "es": "Presentes:"}[lang]
    extra = w.thing(ORGS[lang])
    return "title", "%s\n%s\n%s" % (intro, "\n".join(lines), extra)


WITNESS = {"en": ("Witnesses", "Beneficiaries", "Heirs", "son", "daughter"),
           "no": ("Vitner", "Begunstigede", "Arvinger", "sønn", "datter"),
           "sv": ("Vittnen", "Förmånstagare", "Arvingar", "son", "dotter"),
           "de": ("Zeugen", "Begünstigte", "Erben", "Sohn", "Tochter"),
           "fr": ("Témoins", "Bénéficiaires", "Héritiers", "fils", "fille"),
           "es": ("Testigos", "Beneficiarios", "Herederos", "hijo", "hija")}
GENEALOGY = {"en": ("Father", "Mother", "b.", "d."), "no": ("Far", "Mor", "f.", "d."),
             "sv": ("Fader", "Moder", "f.", "d."), "de": ("Vater", "Mutter", "geb.", "gest."),
             "fr": ("Père", "Mère", "né", "décédé"), "es": ("Padre", "Madre", "n.", "f.")}


def witness(w, lang):
    rng = w.rng
    words = WITNESS[lang]
    kind = rng.random()
    if kind < 0.35:
        p, q = w.person(), w.person()
        return "witness", "%s:\n1. %s, %s\n2. %s, %s" % (words[0], w.full(p), w.thing(CITIES[lang]), w.full(q),
                                                          w.thing(CITIES[lang]))
    if kind < 0.7:
        p, q = w.person(), w.person()
        share = rng.choice(["50 %", "1/2"])
        head = words[1] if rng.random() < 0.5 else words[2]
        return "witness", "%s: %s (%s, %s); %s (%s, %s)" % (head, w.full(p), words[3], share, w.full(q), words[4], share)
    g = GENEALOGY[lang]
    p, q, r = w.person(), w.person(), w.person()
    return "genealogy", "%s\n  %s: %s (%s 1921, %s 1988)\n  %s: %s %s (%s 1925)" % (
        w.full(r), g[0], w.full(p), g[2], g[3], g[1], w.given(q), w.surname(q), g[2])


CLOSINGS = {"en": ["Cheers,", "Thanks,", "Best,", "Regards", "BR,"],
            "no": ["Mvh", "Mvh.", "MVH", "Hilsen", "mvh"],
            "sv": ["Hälsningar", "Mvh", "Vänliga hälsningar", "/", "Hälsningar,"],
            "de": ["Grüße", "Viele Grüße", "LG", "VG", "Gruß"],
            "fr": ["Cordialement,", "Cdlt,", "Bien à vous,", "Bonne journée,", "Amicalement,"],
            "es": ["Saludos,", "Un saludo,", "Un abrazo,", "Gracias,", "Saludos cordiales,"]}
SENT_FROM = {"en": "Sent from my iPhone", "no": "Sendt fra min iPhone", "sv": "Skickat från min iPhone",
             "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone", "es": "Enviado desde mi iPhone"}


def signature(w, lang):
    rng = w.rng
    body, _ = REPLY_BODY[lang]
    closing = rng.choice(CLOSINGS[lang])
    p = w.person()
    r = rng.random()
    if r < 0.4:
        sign = w.full(p)
    elif r < 0.7:
        sign = w.given(p)
    else:
        sign = "%s\n%s | %s" % (w.full(p), w.thing(DEPTS[lang]), w.thing(ORGS[lang]))
    joiner = " " if closing in ("Mvh", "Hilsen", "/", "LG", "VG", "mvh") and r < 0.7 and rng.random() < 0.4 else "\n"
    text = "%s\n\n%s%s%s" % (body, closing, joiner, sign)
    if rng.random() < 0.4:
        text += "\n\n" + w.plain(SENT_FROM[lang])
    return "signature", text


CHAT = {"en": ("ok, I'll send it now", "great, thanks"), "no": ("ok, sender den nå", "supert, takk"),
        "sv": ("ok, skickar nu", "toppen, tack"), "de": ("ok, schicke es gleich", "super, danke"),
        "fr": ("ok, je l'envoie", "super, merci"), "es": ("vale, lo envío ya", "genial, gracias")}


def chat_export(w, lang):
    rng = w.rng
    p, q = w.person(), w.person()
    a, b = CHAT[lang]
    if rng.random() < 0.5:
        return "chat_export", "[04.03.25, 10:12:33] %s: %s\n[04.03.25, 10:13:02] %s: %s" % (w.full(p), a, w.full(q), b)
    return "chat_export", "04/03/2025, 10:12 - %s: %s\n04/03/2025, 10:13 - %s: %s" % (w.full(p), a, w.given(q), b)


SHAPES = [vcard, ldif, ics, headers, reply, git, ci, mrz, surname_first, table, title, witness, signature,
          chat_export]


def generate():
    rng = random.Random(20261231)
    lines = []
    for lang in LANGS:
        for n in range(CASES_PER_LANG):
            w = Writer(rng, lang)
            shape, text = SHAPES[(n + LANGS.index(lang)) % len(SHAPES)](w, lang)
            titles = set(TITLES[lang]) | {t.rstrip(".") for t in TITLES[lang]}
            case = finish("names2-%s-%d" % (lang, n), lang, shape, text, w, titles)
            lines.append(json.dumps(case, ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(census_main(sys.argv, generate, "generate_names2.py", __doc__))
