"""templates_heldout9.py — the ninth held-out half: casework, logistics, animals, clubs, crews, farms, tutoring,
translation, incident reviews, data migrations, pasted spreadsheets, OCR'd letters, support macros and messages
that switch language, in shapes no readable half has.

Written apart from the rules: its author read the README (format, scorer, the 64-shape limit, earlier halves'
sections), the README's list of types, the header of evaluate.c, generate.py, values.py, templates.py,
templates_dev2.py .. templates_dev10.py and templates_heldout5.py (only to avoid their shapes and phrasings), never
the scrubber's sources or data, tests/scrub/census/, any other held-out template, any held-out case or any
--verbose output. Nobody writing rules reads this file, heldout9.jsonl or its --verbose output; only its tables
are shared.

Its 61 shapes (115 templates, the admins' 12 counted twice: 127 entries; and ten prose phrasings per
language): incident reviews (en, de), on-call handovers (no, sv, en), runbooks, pgloader load files, field maps
of a migration script, import logs, duplicate reports, spreadsheets pasted as tabs, aligned columns and Markdown,
shift sheets, OCR'd letters with hyphens breaking the lines (de, en, fr), support macros next to what they sent,
chats that switch language, NGO case notes, appeals against decisions (klage, överklagande, Widerspruch, recours
gracieux, recurso de alzada), interpreter bookings, neighbour notices, volunteer rotas, bills of lading, drivers'
route sheets, air waybills, crew changes, IMO FAL crew lists, cabin-crew rosters, pilot logbooks, aeromedical
certificates, pet insurance claims, kennel bookings, equine passports, box leaderboards, trainers' intake notes,
youth team sheets, speed-dating matches, personal ads with replies, tenancy deposits, housing co-op waiting lists,
repair requests, baptism and confirmation lists, membership dues, board filings (Brønnøysund, Vereinsregister),
hall hire, band riders, ticket transfers, royalty statements, festival accreditation, livestock movements, farm
subsidy applications, seasonal workers, hunting teams, tutoring bookings, translation orders, sworn translators'
certificates, CAT tool settings with a DeepL key, carpools, nanny shares; and what their admins paste: imapsync
runs, helpdesk migrations, SMS gateways, shipment APIs, scan-to-email printers, CMS exports.

Same syntax as templates.py. Slots of its own (HELDOUT9_SECRETS): «DOBH9» (birth dates in forms no earlier
generator writes, else one of birth_six()'s), «DOBKID9» (a child's), «PHONEH9» (phones in styles no earlier
generator writes, else one of phone_new()'s), «PWH9» (passwords people make from pets, clubs and places),
«LASTINIT9» ("Hansen O.": rosters and crew lists), «UPLASTFIRST9» ("HANSEN Ole": crew lists, the family name in
capitals, no comma), and vendor tokens (DeepL, Mailgun, Twilio, Contentful, Pipedrive, Zendesk,
Freshdesk, Strava, UptimeRobot, Pusher, Algolia). Decoys: «~BREED9», «~WORK9», «~GPU9», «~WOD9», «~THEOREM9»,
«~CHURCH9», «~INSTR9», «~TAIL9», «~AIRCRAFT9», «~IMO9», «~CONTAINER9», «~SSCC9», «~AWB9», «~HORSE9»,
«~STAR9», «~GUN9», «~TRACTOR9», «~CATTLE9», «~PROGRAMME9», «~INCOTERM9», «~MACRO9», «~SIGN9», «~LATLON9»,
«~HOLDING9», «~IPI9», «~LICENCE9», «~SEV9», «~WEEK9», «~YEAR9», «~ROOM9», «~CHIP9», «~UELN9»."""
import string

HELDOUT9_FIRST = {
    "en": ["Ngozi", "Saoirse", "Mehreen", "Tariq", "Fergal", "Oisín", "Ramona", "Shreya", "Zainab", "Eilidh",
           "Parveen", "Yusuf"],
    "no": ["Hallgerd", "Solfrid", "Tesfaye", "Agnieszka", "Rahwa", "Sigvald", "Mustafa", "Herbjørg", "Åslaug",
           "Oddvar", "Halvard", "Yonas"],
    "sv": ["Yvonne", "Zeynep", "Kebede", "Milica", "Goran", "Sigbritt", "Soraya", "Tahir", "Dragan", "Lejla",
           "Gullvi", "Agda"],
    "de": ["Hatice", "Mehmet", "Dragana", "Oksana", "Tomasz", "Gisbert", "Rüdiger", "Marlies", "Ludger", "Almuth",
           "Irmhild", "Hinnerk"],
    "fr": ["Fatoumata", "Moussa", "Yasmina", "Corentin", "Soizic", "Lucienne", "Thierno", "Armelle", "Abdoulaye",
           "Nolwenn", "Léontine", "Firmin"],
    "es": ["Yesenia", "Edelmiro", "Maricruz", "Bogdan", "Ionela", "Wilfredo", "Nekane", "Cándido", "Gregoria",
           "Angustias", "Porfirio", "Celedonio"],
}
HELDOUT9_LAST = {
    "en": ["Onyekachi", "Szymanski", "Ramaswamy", "Iqbal-Rahman", "Mulrooney", "Pettigrew", "Blackwood-Reyes",
           "Braithwaite", "Chukwuemeka", "Entwistle", "Mensah-Boateng", "Satterthwaite"],
    "no": ["Hognestad", "Ydstebø", "Abdirahman", "Tesfamariam", "Nygård-Eide", "Rugland", "Bjørklid", "Nowakowska",
           "Vikøren", "Brekkestø", "Tjøstheim", "Nesheim-Ali"],
    "sv": ["Fägerskiöld", "Mäkinen", "Jovanovic", "Yilmaz", "Abdullahi", "Rautio", "Wahlgren", "Strömbäck",
           "Lindgren-Öst", "Sjödin", "Tällberg", "Kuusela"],
    "de": ["Demirci", "Pfefferkorn", "Dörrbecker", "Kaltenbrunner", "Nguyen-Huu", "Schwertfeger", "Wohlleben",
           "Özdemir", "Petrovic", "von Gadow", "Hüttenrauch", "Siebenhaar"],
    "fr": ["Kergoat", "Ben Slimane", "Diallo", "Le Gall", "Ouedraogo", "Tran-Duc", "Bouchareb", "Mabanckou",
           "Delpech-Rivière", "Quéméner", "Abgrall", "Mahé-Lorin"],
    "es": ["Etxeberria", "Popescu", "El Amrani", "Sepúlveda", "Argüelles", "Chaparro", "Ferreiro-Lago", "Maldonado",
           "Benjumea", "Sotomayor-Ruiz", "Garrigós", "Urquiaga"],
}
HELDOUT9_CITIES = {
    "en": ["Stoke-on-Trent", "Dubuque", "Chattanooga", "Bury St Edmunds", "Red Deer", "Peterhead"],
    "no": ["Ulsteinvik", "Eidsvoll", "Sauda", "Åndalsnes", "Bjerkvik", "Moelv"],
    "sv": ["Köping", "Falkenberg", "Åmål", "Borgholm", "Hallstahammar", "Älmhult"],
    "de": ["Lörrach", "Eckernförde", "Wunsiedel", "Bad Segeberg", "Pirmasens", "Zwiesel"],
    "fr": ["Saint-Brieuc", "Vesoul", "Montbrison", "Issoire", "Fougères", "Digne-les-Bains"],
    "es": ["Béjar", "Cieza", "Sigüenza", "Benicarló", "Tordesillas", "Cangas del Narcea"],
}
HELDOUT9_BRANDS = ["Massey Ferguson", "John Deere", "Steinway & Sons", "Vera Bradley", "Marc O'Polo", "Dries Van Noten",
                   "Stine Goya", "Gudrun Sjödén", "Lise Aagaard", "Ulla Popken", "Hugo Guldberg", "Elsa Schiaparelli",
                   "Carolina Lemke", "Rodolfo Zengarini", "Jacques Dessange", "Franck Provost"]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"

MONTHS9 = {
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
DE_ABBR9 = ["Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]


def _birth(case, lang, young):
    """A birth date in forms no earlier generator writes: "Mar. 3rd, 1985", "03-MAR-85", "03. mars 1985",
    "den 03 mars 1985", "3 März 1985", "3 Mars 1985", "3 de Marzo de 1985"; else one of birth_six()'s (one time in
    three, adults only)."""
    if not young and case.rng.random() < 0.33:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date(young)
    name = MONTHS9[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "cap": name[:1].upper() + name[1:], "up": name[:3].upper(), "deabbr": DE_ABBR9[month - 1],
              "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
    styles = {
        "en": ["%(abbr)s. %(d)d%(th)s, %(y)d", "%(d)02d-%(up)s-%(yy)02d", "%(d)d %(name)s, '%(yy)02d",
               "%(y)d.%(m)d.%(d)d", "%(name)s %(d)02d %(y)d"],
        "no": ["%(d)02d. %(name)s %(y)d", "%(d)d. %(name)s %(yy)02d", "%(y)d.%(m)02d.%(d)02d", "%(d)d.%(m)d.-%(yy)02d"],
        "sv": ["den %(d)02d %(name)s %(y)d", "%(d)d %(name)s %(yy)02d", "%(d)02d/%(m)02d %(y)d", "%(d)d.%(m)d.%(y)d"],
        "de": ["%(d)d %(name)s %(y)d", "%(d)02d. %(deabbr)s %(y)d", "%(d)d.%(m)d.'%(yy)02d", "%(d)02d. %(m)02d. %(y)d"],
        "fr": ["%(d)d %(cap)s %(y)d", "%(d)d %(name)s %(yy)02d", "%(d)d-%(m)02d-%(y)d", "%(d)d/%(m)02d/%(yy)02d"],
        "es": ["%(d)d de %(cap)s de %(y)d", "%(d)02d/%(abbr)s/%(y)d", "%(d)d %(name)s %(yy)02d", "%(d)d.%(m)02d.%(y)d"],
    }[lang]
    return case.v.pick(styles) % fields


def phone_h9(case, lang):
    """A phone in styles no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["1 (%s) %s-%s" % (a, e, line), "+1 %s %s%s" % (a, e, line), "(%s) %s.%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["0" + mobile[:4] + "." + mobile[4:7] + "." + mobile[7:],
                       "+44 " + mobile[:4] + " " + mobile[4:7] + " " + mobile[7:], "0044-" + mobile[:4] + "-" + mobile[4:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["+47 " + n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "-" + n[3:5] + "-" + n[5:],
                       "+47-" + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick([m[:3] + " - " + m[3:6] + " " + m[6:8] + " " + m[8:], m[:3] + "." + m[3:],
                       "+46 " + m[1:3] + "-" + m[3:6] + "." + m[6:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["+49 (0) " + m[:3] + " - " + m[3:7] + " " + m[7:], "0" + m[:3] + "-" + m[3:6] + " " + m[6:],
                       "0" + m[:3] + " / " + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["+33 (0)" + n[0] + "." + ".".join(pairs), "0" + n[0] + " " + n[1:4] + " " + n[4:7] + " " + n[7:],
                       "0" + n[0] + "-" + "".join(pairs[:2]) + "-" + "".join(pairs[2:])])
    m = v.pick("67") + d(8)
    return v.pick(["+34-" + m[:3] + "-" + m[3:6] + "-" + m[6:], m[:3] + " " + m[3:], "(0034) " + m[:3] + " " +
                   m[3:5] + " " + m[5:7] + " " + m[7:]])


def password_h9(case, lang):
    """A password people make from a pet, a club, a place and a year, or a keyboard walk."""
    v, r = case.v, case.rng
    kind = r.randrange(3)
    if kind == 0:
        words = {"en": ["Biscuit", "Wolverines", "Pumpkin"], "no": ["Tassen", "Viking1899", "Lofoten"],
                 "sv": ["Morran", "Djurgarn", "Gotland"], "de": ["Schnuffel", "Borussia", "Sylt"],
                 "fr": ["Minouche", "Canaris", "Bretagne"], "es": ["Chispa", "Txuri", "Asturias"]}[lang]
        return v.pick(words) + str(r.randrange(1960, 2025)) + v.pick(["!", "#", "?", "*", "&"])
    if kind == 1:
        return v.pick(["zaq1", "xsw2", "1qay", "mko0", "nji9"]) + v.pick(["XSW@", "CDE#", "VFR$", "BGT%"]) + \
            v.digits(r.randrange(2, 5))
    return v.chars(ALNUM, r.randrange(6, 10)) + v.pick(["-", "_", "."]) + v.chars(ALNUM, r.randrange(4, 8))


def _fresh(case, lang):
    return case.v.first(lang), case.v.last(lang)


def _tok(alphabet, n, prefix=""):
    return lambda case, lang: prefix + case.v.chars(alphabet, n)


def _deepl(case, lang):
    u = case.v.chars(HEX, 32)
    return u[:8] + "-" + u[8:12] + "-" + u[12:16] + "-" + u[16:20] + "-" + u[20:] + ":fx"


def _mixed(n, prefix=""):
    def make(case, lang):
        while True:
            t = case.v.chars(ALNUM, n)
            if sum(c.isupper() for c in t) >= 2 and sum(c.islower() for c in t) >= 2 and \
                    sum(c.isdigit() for c in t) >= 2:
                return prefix + t
    return make


# slot -> (family, make(case, lang), type), as generate.py's own slots
HELDOUT9_SECRETS = {
    "DOBH9": ("dob", lambda case, lang: _birth(case, lang, False), "DATE_OF_BIRTH"),
    "DOBKID9": ("dobkid9", lambda case, lang: _birth(case, lang, True), "DATE_OF_BIRTH"),
    "PHONEH9": ("phoneh9", phone_h9, "PHONE"),
    "PWH9": ("pwh9", password_h9, "ENV_SECRET"),
    "LASTINIT9": ("lastinit9", lambda case, lang: (lambda f, l: l + " " + f[0] + ".")(*_fresh(case, lang)),
                  "PERSON"),
    "UPLASTFIRST9": ("uplastfirst9", lambda case, lang: (lambda f, l: l.upper() + " " + f)(*_fresh(case, lang)),
                     "PERSON"),
    # vendor tokens: under a key (ENV_SECRET) or after a header or cue (SECRET_TOKEN); same family, same value
    "DEEPLK9": ("deepl9", _deepl, "ENV_SECRET"),
    "DEEPLT9": ("deepl9", _deepl, "SECRET_TOKEN"),
    "MAILGUNK9": ("mailgun9", _tok(HEX, 32, "key-"), "ENV_SECRET"),
    "TWILIOK9": ("twilio9", _tok(HEX, 32), "ENV_SECRET"),
    "CONTENTFULK9": ("contentful9", _tok(B64URL, 43, "CFPAT-"), "ENV_SECRET"),
    "CONTENTFULT9": ("contentful9", _tok(B64URL, 43, "CFPAT-"), "SECRET_TOKEN"),
    "PIPEDRIVEK9": ("pipedrive9", _tok(HEX, 40), "ENV_SECRET"),
    "ZENDESKK9": ("zendesk9", _mixed(40), "ENV_SECRET"),
    "FRESHDESKT9": ("freshdesk9", _mixed(20), "SECRET_TOKEN"),
    "STRAVAT9": ("strava9", _tok(HEX, 40), "SECRET_TOKEN"),
    "UPTIMEK9": ("uptime9", lambda case, lang: "u" + case.v.digits(7) + "-" + case.v.chars(HEX, 24), "ENV_SECRET"),
    "PUSHERK9": ("pusher9", _tok(HEX, 20), "ENV_SECRET"),
    "ALGOLIAK9": ("algolia9", _tok(HEX, 32), "ENV_SECRET"),
}


def _imo(v, r):
    """An IMO ship number: seven digits, the last a check digit (a ship's, not a person's)."""
    six = v.pick("6789") + v.digits(5)
    check = sum(int(c) * w for c, w in zip(six, [7, 6, 5, 4, 3, 2])) % 10
    return "IMO " + six + str(check)


def _container(v, r):
    """An ISO 6346 container number with its check digit."""
    owner = v.pick(["MSKU", "HLXU", "CMAU", "TGHU", "OOLU", "SEGU"])
    serial = v.digits(6)
    values = {c: n for c, n in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                   [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31,
                                    32, 34, 35, 36, 37, 38])}
    total = sum((values[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(owner + serial))
    return owner + " " + serial + " " + str(total % 11 % 10)


def _tail(v, r):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return v.pick([lambda: "LN-" + v.chars(letters, 3), lambda: "SE-" + v.chars(letters, 3),
                   lambda: "D-A" + v.chars(letters, 3), lambda: "F-H" + v.chars(letters, 3),
                   lambda: "EC-" + v.chars(letters, 3), lambda: "G-" + v.chars(letters, 4),
                   lambda: "N" + str(r.randrange(100, 999)) + v.chars(letters, 2)])()


def _latlon(v, r):
    return "%d°%02d'%s %d°%02d'%s" % (r.randrange(36, 70), r.randrange(60), "N", r.randrange(1, 25), r.randrange(60),
                                      v.pick(["E", "W"]))


HELDOUT9_DECOYS = {
    # dog and cattle breeds, some named after people or places: not people
    "BREED9": {
        "en": ["Jack Russell", "Gordon Setter", "Cavalier King Charles", "Bernese mountain dog"],
        "no": ["Gordonsetter", "Norsk elghund", "Lundehund", "Haldenstøver"],
        "sv": ["Jämthund", "Hamiltonstövare", "Smålandsstövare", "Västgötaspets"],
        "de": ["Dobermann", "Münsterländer", "Hovawart", "Kromfohrländer"],
        "fr": ["Épagneul breton", "Braque de Weimar", "Berger de Beauce", "Griffon Korthals"],
        "es": ["Podenco ibicenco", "Mastín leonés", "Perro de agua", "Galgo español"],
    },
    "CATTLE9": {
        "en": ["Aberdeen Angus", "Hereford", "Dexter", "Belted Galloway"],
        "no": ["Norsk Rødt Fe", "Sidet trønderfe", "Vestlandsk fjordfe"],
        "sv": ["Fjällko", "Rödkulla", "Svensk Låglandsboskap"],
        "de": ["Fleckvieh", "Hinterwälder", "Murnau-Werdenfelser"],
        "fr": ["Charolaise", "Montbéliarde", "Blonde d'Aquitaine"],
        "es": ["Rubia Gallega", "Avileña-Negra Ibérica", "Retinta"],
    },
    # titles of works, many named after a character
    "WORK9": {
        "en": ["Jane Eyre", "Oliver Twist", "Moby Dick", "Rebecca"],
        "no": ["Peer Gynt", "Kristin Lavransdatter", "Hedda Gabler", "Bør Børson"],
        "sv": ["Nils Holgersson", "Emil i Lönneberga", "Pippi Långstrump", "Gösta Berlings saga"],
        "de": ["Effi Briest", "Max und Moritz", "Die Zauberflöte", "Woyzeck"],
        "fr": ["Madame Bovary", "Le Petit Prince", "Thérèse Raquin", "Le Comte de Monte-Cristo"],
        "es": ["Don Quijote", "La Regenta", "Marianela", "Doña Perfecta"],
    },
    "GPU9": ["NVIDIA Hopper", "Ampere A100", "Blackwell B200", "Turing T4", "Volta V100"],
    "WOD9": ["Murph", "Fran", "Cindy", "Barbara", "Nicole", "Annie"],
    "THEOREM9": {
        "en": ["Pythagoras' theorem", "Bayes' rule", "Ohm's law", "Pascal's triangle"],
        "no": ["Pytagoras' setning", "Ohms lov", "Pascals trekant"],
        "sv": ["Pythagoras sats", "Arkimedes princip", "Ohms lag"],
        "de": ["Satz des Pythagoras", "Satz von Vieta", "Ohmsches Gesetz"],
        "fr": ["théorème de Thalès", "loi d'Ohm", "théorème de Pythagore"],
        "es": ["teorema de Pitágoras", "regla de Ruffini", "ley de Ohm"],
    },
    "CHURCH9": {
        "en": ["St Wilfrid's", "St Swithun's", "St Cuthbert's"],
        "no": ["Olavskirken", "Johanneskirken", "Margaretakirken"],
        "sv": ["Gustav Adolfs kyrka", "Sankt Petri kyrka", "Maria Magdalena kyrka"],
        "de": ["St. Lamberti", "Marienkirche", "St. Ansgar"],
        "fr": ["église Saint-Sulpice", "basilique Saint-Sernin", "chapelle Sainte-Anne"],
        "es": ["parroquia de San Ginés", "ermita de San Roque", "iglesia de Santa Ana"],
    },
    "INSTR9": ["Gibson Les Paul", "Fender Jazzmaster", "Hammond B3", "Steinway D", "Rickenbacker 4003", "Nord Stage 4"],
    "TAIL9": _tail,
    "AIRCRAFT9": ["Boeing 737-800", "Airbus A320neo", "Dash 8-400", "ATR 72-600", "Embraer E190", "Cessna 172S"],
    "IMO9": _imo,
    "CONTAINER9": _container,
    "SSCC9": lambda v, r: "(00) 3" + v.digits(17),
    "AWB9": lambda v, r: v.pick(["176", "020", "057", "074", "125"]) + "-" + (lambda s: s + str(int(s) % 7))(
        v.digits(7)),
    "HORSE9": ["Lord Sinclair", "Sir Donnerhall", "Prinsesse Ida", "Comte de Blois", "Don Frederico", "Lady Lotte"],
    "STAR9": {
        "en": ["Scorpio", "Capricorn", "Aquarius"], "no": ["Skorpionen", "Vannmannen", "Steinbukken"],
        "sv": ["Stenbocken", "Vattumannen", "Skytten"], "de": ["Steinbock", "Wassermann", "Skorpion"],
        "fr": ["Capricorne", "Verseau", "Sagittaire"], "es": ["Capricornio", "Acuario", "Escorpio"],
    },
    "GUN9": ["Sauer 404", "Blaser R8", "Tikka T3x", "Mauser M18", "Browning Maral"],
    "TRACTOR9": ["Valtra N175", "Fendt 724 Vario", "Deutz-Fahr 6165", "Claas Arion 660", "Kubota M7"],
    "PROGRAMME9": ["Erasmus+", "Fulbright", "Marie Skłodowska-Curie Actions", "Nansen Initiative",
                   "Humboldt-Stipendium"],
    "INCOTERM9": ["FCA Hamburg", "DAP Ålesund", "CIF Rotterdam", "EXW Bilbao", "DDP Le Havre", "FOB Göteborg"],
    "MACRO9": ["{{ticket.requester.first_name}}", "{{ticket.id}}", "[Customer Name]", "%CUSTOMER_FIRSTNAME%",
               "<<Vorname>>", "{{contact.prénom}}", "[Nombre del cliente]", "{{agent.signature}}"],
    "SIGN9": {
        "en": ["Warm wishes from the office", "All best, the team", "Ta-ra for now"],
        "no": ["Beste hilsen fra styret", "Takk for nå og god helg", "Hilsen oss på kontoret"],
        "sv": ["Hälsningar från styrelsen", "Tack på förhand och ha det gott", "Vänligen, kansliet"],
        "de": ["Viele Grüße aus dem Vereinsbüro", "Liebe Grüße in die Runde", "Gruß vom Vorstand"],
        "fr": ["Amitiés de toute l'équipe", "Au plaisir de vous lire", "Bien à vous, le bureau"],
        "es": ["Un saludo desde la oficina", "Gracias de antemano, la junta", "Saludos de todo el equipo"],
    },
    "LATLON9": _latlon,
    "HOLDING9": lambda v, r: v.pick(["Prod.nr. ", "Produsentnr. ", "PPN ", "Betriebsnr. ", "EDE ", "REGA ES"]) + \
    v.digits(v.pick([8, 9, 10])),
    "IPI9": lambda v, r: "IPI " + v.digits(11),
    "LICENCE9": lambda v, r: v.pick(["NOR.FCL.", "SE.FCL.", "DE.FCL.", "FRA.FCL.", "ESP.FCL.", "UK.FCL."]) + \
    v.pick(["PPL(A).", "CPL(A).", "ATPL(A)."]) + v.digits(5),
    "SEV9": ["SEV-1", "SEV-2", "Sev 3", "Prio 1"],
    "WEEK9": lambda v, r: str(r.randrange(2, 52)),
    "YEAR9": lambda v, r: str(r.randrange(2023, 2027)),
    "ROOM9": lambda v, r: str(r.randrange(3, 240)),
    "CHIP9": lambda v, r: v.pick(["578", "752", "276", "250", "724", "826"]) + "0" + v.digits(11),
    "UELN9": lambda v, r: v.pick(["578", "752", "276", "250", "724", "826"]) + v.digits(3) +
    v.chars("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 9),
}

HELDOUT9_STRUCTURED = [
    # ---- developer incident reviews, on-call handovers, runbooks ----
    ("postmortem", ["en"], "# Post-incident review: checkout 502s (⟦«~SEV9»⟧)\n\n**Incident commander:** «NAME:a»\n"
     "**Scribe:** «NAME:b»\n**Responders:** «FIRST:c» «LAST:c», «LASTINIT9», @«DOTNAME:d»\n\n## Timeline (UTC)\n"
     "- 02:14 alert fired on ⟦«~GPU9»⟧ inference pool, paged «FIRST:a» («PHONEH9:a»)\n"
     "- 02:31 «FIRST:b» found the Mailgun key rotated by a cron: `MAILGUN_API_KEY=«MAILGUNK9»` was still baked "
     "into the image\n- 02:40 rollback to ⟦«~SHORTSHA»⟧\n- 03:05 «FIRST:c» confirmed recovery from ⟦«~CITY»⟧\n\n"
     "## Contributing factors\nThe key sat in plain text in `deploy/.env.prod`; the blameless bit: nobody owned "
     "rotation.\n\n## Action items\n| owner | item |\n|---|---|\n| «NAME:b» | move secrets to the vault |\n"
     "| «FIRST:a» | add a synthetic check |"),
    ("postmortem", ["de"], "Nachbetrachtung Störung ⟦«~TICKET»⟧ (⟦«~SEV9»⟧)\n\nLeitung: «NAME:a», Protokoll: "
     "«NAME:b»\nBeteiligt: «LASTINIT9», «FIRST:c» «LAST:c»\n\nAblauf:\n02:10 Alarm, Rufbereitschaft «FIRST:a» "
     "unter «PHONEH9:a» erreicht\n02:25 «LAST:b» sieht im Log: `auth failed for user ⟦mailer⟧ with key «MAILGUNK9»`\n"
     "02:50 Rollback, Freigabe durch «NAME:c»\n\nMaßnahmen: Schlüssel rotieren (verantwortlich: «FIRST:b»), "
     "Runbook ergänzen (⟦«~SIGN9»⟧)"),
    ("oncallswap", ["no"], "Hei! Kan noen bytte vakt med meg uke ⟦«~WEEK9»⟧? Jeg (⟦«~WEEKDAYL»⟧) har "
     "foreldremøte.\n\nOverlevering til den som tar den:\n- primær: «NAME:a», «PHONEH9:a»\n- sekundær: «NAME:b», "
     "«PHONEH9:b»\n- eskalering: «LAST:c» (teamleder)\n- root på jump-boksen «IP»: «PWH9»\n- UptimeRobot-nøkkel "
     "ligger i `monitor.env`: UPTIMEROBOT_API_KEY=«UPTIMEK9»\n\nHusk at «FIRST:b» ikke svarer på sms etter 23, ring "
     "heller. Takk, «FIRST:d»"),
    ("oncallswap", ["sv"], "Jourbyte v. ⟦«~WEEK9»⟧\n\nJag lämnar över till «NAME:a» från måndag 08:00.\n"
     "Backup: «NAME:b» («PHONEH9:b»), chef i beredskap: «LASTINIT9»\nMitt eget nummer om något brinner: "
     "«PHONEH9:c»\nLösen till larm-dashboarden: «PWH9» (byts efter jouren)\nÖppna ärenden: ⟦«~TICKET»⟧, "
     "⟦«~TICKET»⟧\n/«FIRST:c»"),
    ("oncallswap", ["en"], "on-call handover, wk ⟦«~WEEK9»⟧\n\nfrom: «FIRST:a» → to: «FIRST:b» «LAST:b»\n"
     "open: ⟦«~TICKET»⟧ (flaky ⟦«~GPU9»⟧ node), ⟦«~TICKET»⟧\nthings to know:\n * Twilio alerts use "
     "TWILIO_AUTH_TOKEN=«TWILIOK9», if SMS stops it's probably that\n * «NAME:c» from the vendor is the only one who "
     "can reboot the PBX: «PHONEH9:c»\n * my cell while on holiday: «PHONEH9:a» (only if the site is down)\n"),
    ("runbook", ["en"], "## Runbook: status page down\n\n1. ssh ops@«IP» (ask «NAME:a» for the key)\n"
     "2. `export PUSHER_APP_SECRET=«PUSHERK9»` before `npm run broadcast`\n3. If the search is stale reindex: "
     "`ALGOLIA_ADMIN_KEY=«ALGOLIAK9» node reindex.js`\n4. Escalate to «NAME:b» (mobile «PHONEH9:b»), never to "
     "⟦«~COMPANY»⟧ support directly\n\nLast reviewed ⟦«~ISODATE»⟧ by «LASTINIT9»"),
    ("runbook", ["fr"], "Procédure d'astreinte — base clients\n\nÉtape 1 : se connecter à «IP» avec le compte "
     "⟦astreinte⟧, mot de passe «PWH9».\nÉtape 2 : vider la file (`redis-cli -a «PWH9» DEL jobs`).\nÉtape 3 : "
     "prévenir «NAME:a» au «PHONEH9:a» ou, s'il ne répond pas, «NAME:b».\nRédigé par «NAME:c» le ⟦«~DATE»⟧. "
     "⟦«~SIGN9»⟧"),
    # ---- data migrations ----
    ("pgloader", None, "LOAD DATABASE\n     FROM mysql://legacy:«URLPASS:a»@«IP»/members_old\n     INTO "
     "postgresql://migrator:«URLPASS:b»@«IP»:5432/members\n\n WITH include drop, create tables, reset sequences\n\n"
     "  CAST type datetime to timestamptz drop default drop not null using zero-dates-to-null\n\n"
     "BEFORE LOAD DO $$ create schema if not exists legacy; $$;\n\n-- 2024 run failed on row id ⟦«=NUM»⟧:\n"
     "-- ERROR: invalid input syntax for type date: \"«DOBH9»\" (member «NAME», born that day apparently)\n"
     "-- the password for legacy is «URLPASS:a», don't rotate until the cutover"),
    ("fieldmap", None, "# migrate_members.py — old CRM → new\nFIELD_MAP = {\n    \"navn\": \"full_name\",        "
     "# e.g. «NAME:a»\n    \"fdato\": \"birth_date\",        # old format «DOBH9:a», new ISO\n    \"mob\": "
     "\"phone\",             # «PHONEH9:a» → E.164\n    \"epost\": \"email\",\n}\nOLD_DB = \"mssql+pyodbc://sa:"
     "«URLPASS»@«IP»/crm?driver=ODBC+Driver+18\"\nPIPEDRIVE_API_TOKEN = \"«PIPEDRIVEK9»\"\n\n"
     "SAMPLE = {\"navn\": \"«NAME:b»\", \"fdato\": \"«DOBH9:b»\", \"mob\": \"«PHONEH9:b»\", \"epost\": "
     "\"«EMAIL:b»\"}\n# ⟦«~WORK9»⟧ is the name of the old CRM project, not a person, leave it"),
    ("importlog", None, "[import] ⟦«~ISOTS»⟧ reading members_2019.csv (⟦«=NUM»⟧ rows)\n[import] row 12 OK "
     "«NAME:a»\n[import] row 13 REJECT: birth date \"«DOBH9:b»\" not parseable (name=«NAME:b»)\n[import] row 14 "
     "REJECT: phone \"«PHONEH9:c»\" has no country code (name=«LASTFIRST:c»)\n[import] row 15 WARN: duplicate "
     "email «EMAIL:a»\n[import] row 16 OK «UPNAME:d»\n[import] connecting to target with CONTENTFUL_MANAGEMENT_TOKEN="
     "«CONTENTFULK9»\n[import] done: ⟦«=NUM»⟧ ok, 2 rejected, 1 warning"),
    ("dedupe", None, "Possible duplicates (score ≥ 0.92)\n\ncluster 1\n  #⟦«=NUM»⟧  «NAME:a»     «DOBH9:a»   "
     "«EMAIL:a»\n  #⟦«=NUM»⟧  «LASTFIRST:a»   «DOBH9:a»   «PHONEH9:a»\n  → merge, keep the first\n\ncluster 2\n"
     "  #⟦«=NUM»⟧  «NAME:b»     «DOBH9:b»\n  #⟦«=NUM»⟧  «UPNAME:b»     «DOBKID9»\n  → different people (father "
     "and son?), do NOT merge\n\ncluster 3 (false positive: ⟦«~BRAND»⟧ is a company account)"),
    # ---- spreadsheets pasted as text ----
    ("sheetpaste", ["no"], "Navn\tFødt\tMobil\tE-post\tBetalt\n«NAME:a»\t«DOBH9:a»\t«PHONEH9:a»\t«EMAIL:a»\tja\n"
     "«NAME:b»\t«DOBH9:b»\t«PHONEH9:b»\t«EMAIL:b»\tnei\n«NAME:c»\t«DOBH9:c»\t«PHONEH9:c»\t\tja\n\n"
     "(limt inn fra regnearket, kan du sortere på fødselsdato og si hvem som ikke har betalt?)"),
    ("sheetpaste", ["de"], "Name            Vorname     Geburtsdatum    Telefon\n«LAST:a»       «FIRST:a»     "
         "«DOBH9:a»    "
     "«PHONEH9:a»\n«LAST:b»       «FIRST:b»     «DOBH9:b»    «PHONEH9:b»\n«LAST:c»       «FIRST:c»     «DOBH9:c»    "
     "«PHONEH9:c»\n\nKopiert aus Excel, die Spalten sind verrutscht. Kannst du daraus eine CSV machen?"),
    ("sheetpaste", ["en"], "| A | B | C | D |\n|---|---|---|---|\n| Name | DOB | Phone | Notes |\n| «NAME:a» | "
     "«DOBH9:a» | «PHONEH9:a» | allergic to nuts |\n| «NAME:b» | «DOBH9:b» | «PHONEH9:b» | plays ⟦«~INSTR9»⟧ |\n"
     "| «NAME:c» | «DOBH9:c» | «PHONEH9:c» | |\n\nwhy does the sheet turn «FIRST:b»'s date into a number?"),
    ("shiftsheet", ["sv"], "Vecka ⟦«~WEEK9»⟧\tmån\ttis\tons\ttors\tfre\nFörmiddag\t«FIRST:a»\t«FIRST:b»\t«FIRST:a»\t"
     "«FIRST:c»\t«FIRST:b»\nEftermiddag\t«FIRST:c»\t«FIRST:d»\t«FIRST:d»\t«FIRST:a»\t«FIRST:c»\n\nKontakt:\n"
     "«NAME:a» «PHONEH9:a»\n«NAME:b» «PHONEH9:b»\n«NAME:c» «PHONEH9:c»\n«NAME:d» «PHONEH9:d»"),
    ("shiftsheet", ["es"], "TURNOS ⟦«~DATE»⟧\nMañana: «NAME:a» / «NAME:b»\nTarde: «NAME:c»\nNoche: «LASTINIT9»\n\n"
     "Teléfonos: «FIRST:a» «PHONEH9:a» · «FIRST:b» «PHONEH9:b» · «FIRST:c» «PHONEH9:c»\nSi falta alguien, avisar a "
     "«NAME:d» (encargada)."),
    # ---- OCR'd letters with broken lines ----
    ("ocrletter", ["de"], "Sehr geehrte Frau «LAST:a»,\n\nwir bestä-\ntigen den Eingang Ihres Antrags vom "
     "⟦«~DATE»⟧ für\nIhren Sohn «NAME:b», geb. «DOBKID9», wohn-\nhaft bei Ihnen. Rück-\nfragen richten Sie bitte an "
     "Herrn «LAST:c»\n(Tel. «PHONEH9:c»).\n\nMit freund-\nlichen Grüßen\ni. A. «NAME:c»\n\n[OCR: Seite 1/2, "
     "⟦«~BRAND»⟧-Scanner]"),
    ("ocrletter", ["en"], "Dear Mr «LAST:a»,\n\nRe: your applica-\ntion of ⟦«~DATE»⟧\n\nWe write to con-\n"
     "firm that «NAME:a» (date of birth «DOBH9:a») is regis-\ntered with this office. Should you have ques-\ntions "
     "please call «FIRST:b» «LAST:b» on «PHONEH9:b».\n\nYours sin-\ncerely\n\n«NAME:b»\nCasework Officer"),
    ("ocrletter", ["fr"], "Madame, Monsieur,\n\nNous accu-\nsons réception du dossier de «NAME:a», né(e) le "
     "«DOBH9:a»,\nreçu le ⟦«~DATE»⟧. Pour tout complé-\nment d'information, contactez «NAME:b» au «PHONEH9:b».\n\n"
     "Veuillez agréer, Ma-\ndame, Monsieur, nos salu-\ntations distinguées.\n\n«UPNAME:b»"),
    # ---- support macros ----
    ("macro", ["en"], "Macro: \"Refund approved\" (as configured)\n---\nHi ⟦«~MACRO9»⟧,\nyour refund for order "
     "⟦«~ORDER»⟧ is on its way.\n⟦{{agent.name}}⟧\n---\nAs it went out yesterday:\nHi «FIRST:a»,\nyour refund for "
     "order ⟦«~ORDER»⟧ is on its way to «IBAN».\n«NAME:b»\n\nZendesk API token used by the macro app: "
     "ZENDESK_API_TOKEN=«ZENDESKK9» — why did the customer get it twice?"),
    ("macro", ["de"], "Textbaustein „Adressänderung“:\nHallo ⟦<<Vorname>>⟧, wir haben Ihre neue Telefonnummer "
     "⟦<<Telefon>>⟧ gespeichert.\n\nVersendet an:\nHallo «FIRST:a», wir haben Ihre neue Telefonnummer «PHONEH9:a» "
     "gespeichert.\nHallo «FIRST:b», wir haben Ihre neue Telefonnummer «PHONEH9:b» gespeichert.\n\n"
     "Freshdesk: curl -u «FRESHDESKT9»:X https://⟦«=WORD»⟧.freshdesk.com/api/v2/tickets"),
    ("macro", ["es"], "Respuesta predefinida \"Cambio de titular\"\nHola ⟦[Nombre del cliente]⟧:\n\nenviada a "
     "«NAME:a» el ⟦«~DATE»⟧:\nHola «FIRST:a»: hemos pasado el contrato a nombre de «NAME:b» (contrato ⟦«~INVOICE»⟧), "
     "con teléfono «PHONEH9:b». ⟦«~SIGN9»⟧"),
    # ---- messages that switch language ----
    ("codeswitch", ["no"], "[⟦«~CHATTS»⟧] «FIRST:a»: hey can you send me «FIRST:b» sitt nummer? the one from "
     "⟦«~CITY»⟧\n[⟦«~CHATTS»⟧] «FIRST:c»: ja, «PHONEH9:b», men hun is away til fredag\n[⟦«~CHATTS»⟧] «FIRST:a»: "
     "thx! og passordet til the shared wifi?\n[⟦«~CHATTS»⟧] «FIRST:c»: «PWH9» 😅"),
    ("codeswitch", ["es"], "«FIRST:a»: oye, the guy from ⟦«~BRAND»⟧, «NAME:b», te ha llamado?\n«FIRST:c»: yes! "
     "me dejó su móvil «PHONEH9:b», and he said que nació el «DOBH9:b» so he's a ⟦«~STAR9»⟧ lol\n«FIRST:a»: "
     "jajaja ok, pásale el IBAN «IBAN» for the deposit"),
    ("codeswitch", ["de"], "«FIRST:a»: kannst du «NAME:b» kurz anrufen? she doesn't read Slack\n«FIRST:c»: "
     "welche Nummer, die «PHONEH9:b»?\n«FIRST:a»: genau. and tell her the Strava token expired: «STRAVAT9»\n"),
    ("codeswitch", ["fr"], "«FIRST:a» : t'as le contact de «NAME:b» ? the plumber\n«FIRST:c» : oui «PHONEH9:b», "
     "mais il parle only English lol\n«FIRST:a» : parfait, and his email? «EMAIL:b» ?\n«FIRST:c» : c'est ça"),
    # ---- public-sector and NGO casework ----
    ("casenote", ["en"], "CASE NOTE — ⟦«~DATE»⟧\nClient: «NAME:a» (DOB «DOBH9:a»)\nInterpreter: «NAME:b» (Tigrinya), "
     "booked via ⟦«~COMPANY»⟧\nPresent: «LASTINIT9» (caseworker), «FIRST:c» «LAST:c» (volunteer)\n\n"
     "«FIRST:a» reports the landlord kept the deposit. Daughter «FIRST:d» «LAST:a» (DOB «DOBKID9») starts school "
     "after ⟦«~PROGRAMME9»⟧ term. Contact: «PHONEH9:a». NINO «NINO». Next review with «FIRST:c»."),
    ("casenote", ["no"], "Saksnotat ⟦«~DATE»⟧\nBruker: «NAME:a», f. «DOBH9:a», fnr. «FNR»\nTolk: «NAME:b» "
     "(tigrinja), ⟦«~COMPANY»⟧\nTil stede: «LASTINIT9» (veileder)\n\nBruker forteller at utleier holder igjen "
     "depositumet. Datteren «FIRST:d» (f. «DOBKID9») begynner på skolen etter jul. Tlf. «PHONEH9:a»."),
    ("appeal", ["no"], "Til NAV ⟦«~CITY»⟧\n\nKlage på vedtak av ⟦«~DATE»⟧\n\nJeg, «NAME:a», fødselsnummer «FNRSP», "
     "klager på vedtaket om avslag på arbeidsavklaringspenger. Saksbehandler «NAME:b» har ikke lest "
     "legeerklæringen fra «LAST:c».\n\nJeg treffes på «PHONEH9:a».\n\nMed hilsen\n«NAME:a»"),
    ("appeal", ["sv"], "Överklagande\n\nTill Försäkringskassan\n\nJag, «NAME:a» («PNR»), överklagar beslutet "
     "från ⟦«~DATE»⟧ om sjukpenning. Handläggare «NAME:b» har inte tagit hänsyn till intyget från doktor "
     "«LAST:c».\n\nNås på «PHONEH9:a».\n«NAME:a»"),
    ("appeal", ["de"], "Widerspruch gegen den Bescheid vom ⟦«~DATE»⟧\n\nSehr geehrte Damen und Herren,\n\nhiermit "
     "lege ich, «NAME:a», geb. am «DOBH9:a», Steuer-ID «STEUER», Widerspruch ein. Die Sachbearbeiterin Frau "
     "«LAST:b» hat das Attest von Dr. «NAME:c» nicht berücksichtigt.\n\nTelefonisch erreichbar: «PHONEH9:a»"),
    ("appeal", ["fr"], "Objet : recours gracieux contre la décision du ⟦«~DATE»⟧\n\nMadame, Monsieur,\n\nJe "
     "soussignée «NAME:a», née le «DOBH9:a», conteste la décision prise par «NAME:b». Le certificat du docteur "
     "«LAST:c» n'a pas été pris en compte.\nJoignable au «PHONEH9:a».\n\n«NAME:a»"),
    ("appeal", ["es"], "RECURSO DE ALZADA\n\nD./Dña. «NAME:a», nacido/a el «DOBH9:a», con teléfono «PHONEH9:a», "
     "EXPONE que la resolución de ⟦«~DATE»⟧, firmada por «NAME:b», no tuvo en cuenta el informe del doctor "
     "«LAST:c».\nSOLICITA su revisión.\n\nFdo.: «NAME:a»"),
    ("interpreter", None, "Interpreter booking ⟦«~TICKET»⟧\nLanguage: ⟦Dari⟧ → «=WORD»\nClient: «NAME:a», "
     "DOB «DOBH9:a»\nCaseworker: «NAME:b», «PHONEH9:b»\nInterpreter assigned: «NAME:c» («PHONEH9:c»)\nWhere: "
     "⟦«~CITY»⟧ town hall, room ⟦«~ROOM9»⟧\nNote: «FIRST:a» prefers a female interpreter; «FIRST:c» confirmed."),
    ("neighbournotice", ["no"], "Nabovarsel — tiltak på gnr./bnr. ⟦«=NUM»⟧/⟦«=NUM»⟧\n\nTiltakshaver: «NAME:a», "
     "tlf. «PHONEH9:a»\nAnsvarlig søker: «NAME:b», ⟦«~COMPANY»⟧\n\nVarslede naboer:\n1. «NAME:c»\n2. «NAME:d»\n"
     "3. «LASTINIT9»\n\nMerknader sendes til «EMAIL:b» innen to uker."),
    ("neighbournotice", ["de"], "Nachbarbeteiligung Bauvorhaben Flurstück ⟦«=NUM»⟧\n\nBauherr: «NAME:a» "
     "(«PHONEH9:a»)\nEntwurfsverfasser: «NAME:b», ⟦«~COMPANY»⟧\n\nUnterschriften der Nachbarn:\n«NAME:c» — "
     "einverstanden\n«NAME:d» — Bedenken wegen Schatten auf die ⟦«~CHURCH9»⟧\n"),
    ("volunteers", ["en"], "Food bank rota — ⟦«~DATE»⟧\n\nSaturday AM: «NAME:a», «NAME:b», «FIRST:c»\nSaturday PM: "
     "«LASTINIT9», «NAME:d»\nDriver: «FIRST:b» (van keys with «FIRST:a»)\n\nIf you can't come text «FIRST:a» on "
     "«PHONEH9:a». Thanks to ⟦«~BRAND»⟧ for the donated crates! ⟦«~SIGN9»⟧"),
    ("volunteers", ["fr"], "Planning bénévoles — Restos du cœur ⟦«~CITY»⟧\n\nLundi : «NAME:a», «NAME:b»\n"
     "Mercredi : «NAME:c» (camion)\nVendredi : «LASTINIT9», «FIRST:a»\n\nResponsable : «NAME:d», «PHONEH9:d»\n"
     "⟦«~SIGN9»⟧"),
]

HELDOUT9_STRUCTURED += [
    # ---- shipping and logistics ----
    ("billoflading", None, "BILL OF LADING No. ⟦«~BOOKREF»⟧⟦«=NUM»⟧\nShipper: ⟦«~COMPANY»⟧, attn. «NAME:a», tel "
     "«PHONEH9:a»\nConsignee: «NAME:b», ⟦«~CITY»⟧\nNotify party: «NAME:c», «PHONEH9:c», «EMAIL:c»\nVessel: "
     "⟦«~IMO9»⟧  Container: ⟦«~CONTAINER9»⟧\nTerms: ⟦«~INCOTERM9»⟧\nDescription: 1 x ⟦«~TRACTOR9»⟧, used\n\n"
     "Signed for the carrier: «LASTINIT9»"),
    ("routesheet", ["no"], "Kjørerute ⟦«~DATE»⟧ — bil ⟦«=NUM»⟧ (sjåfør «NAME:a», «PHONEH9:a»)\n\n"
     "Stopp  Mottaker            Telefon          Merknad\n1      «NAME:b»      «PHONEH9:b»     ring på, hund\n"
     "2      «UPNAME:c»      «PHONEH9:c»     kode til porten: ⟦«=NUM»⟧\n3      «NAME:d»      «PHONEH9:d»     "
     "kolli ⟦«~SSCC9»⟧\n\nAvvik meldes til «FIRST:e» på kontoret."),
    ("routesheet", ["de"], "Tourenplan ⟦«~DATE»⟧, Fahrer: «NAME:a» («PHONEH9:a»)\n\n1) «NAME:b», «PHONEH9:b» — "
     "Paket bei Nachbarin «LAST:c» abgeben\n2) «NAME:d», «PHONEH9:d» — Sendung ⟦«~TRACKING»⟧\n3) Praxis Dr. "
     "«LAST:e» — nur bis 12 Uhr\n"),
    ("routesheet", ["en"], "DRIVER MANIFEST  ⟦«~DATE»⟧  van ⟦«~TAIL9»⟧ (yes that's the depot's joke plate)\n"
     "driver: «NAME:a»  cell: «PHONEH9:a»\n\n#  CONSIGNEE            PHONE              NOTES\n1  «UPNAME:b»  "
     "«PHONEH9:b»  leave w/ «FIRST:c» next door\n2  «NAME:d»            «PHONEH9:d»       ⟦«~SSCC9»⟧\n"),
    ("airwaybill", None, "AIR WAYBILL ⟦«~AWB9»⟧\nShipper's name and address: «NAME:a», ⟦«~CITY»⟧\nShipper "
     "phone: «PHONEH9:a»\nConsignee's name: «NAME:b»\nConsignee phone: «PHONEH9:b»\nIssuing carrier's agent: "
     "⟦«~COMPANY»⟧\nAircraft: ⟦«~AIRCRAFT9»⟧ ⟦«~TAIL9»⟧\nHandling information: LIVE ANIMAL — 1 dog "
     "(⟦«~BREED9»⟧), owner «NAME:a» travelling on ⟦«~FLIGHT»⟧\nSignature of shipper: «LASTINIT9»"),
    ("crewchange", ["en"], "Subject: crew change ⟦«~CITY»⟧ — ⟦«~IMO9»⟧\n\nDear «FIRST:a»,\n\nplease find on/off "
     "signers below.\n\nON:  «UPLASTFIRST9», 2/O, DOB «DOBH9:b»\nON:  «UPNAME:c», AB, DOB «DOBH9:c», ⟦«~FLIGHT»⟧\n"
     "OFF: «NAME:d», C/E\n\nAgent on site: «NAME:e», «PHONEH9:e» (24h)\n\nBest regards\n«NAME:f»\nCrewing, "
     "⟦«~COMPANY»⟧"),
    ("crewlist", None, "IMO FAL FORM 5 — CREW LIST\nShip: ⟦«~IMO9»⟧   Port of arrival: ⟦«~CITY»⟧\n\n"
     "No. Family name, given names      Rank     Nationality  Date and place of birth\n1   «UPLASTFIRST9»      "
     "Master   ⟦NOR⟧          «DOBH9:a», ⟦«~CITY»⟧\n2   «LASTFIRST:b»      C/O      ⟦PHL⟧          «DOBH9:b», "
     "Iloilo\n3   «LASTFIRST:c»      Cook     ⟦UKR⟧          «DOBH9:c», Odesa\n\nMaster's signature: "
     "«LASTINIT9»"),
    ("crewroster", None, "CREW ROSTER  ⟦«~DATE»⟧  ⟦«~AIRCRAFT9»⟧\nCPT  «LASTINIT9»   ⟦«~LICENCE9»⟧\nFO   "
     "«UPNAME:b»\nSCCM «NAME:c»  «PHONEH9:c»\nCC   «NAME:d»\nCC   «FIRST:e» «LAST:e»\n\nStandby: «NAME:f» "
     "(call «PHONEH9:f»)\nReport «=TIME» at the crew room in ⟦«~CITY»⟧"),
    ("pilotlog", None, "DATE        TYPE         REG       PIC                 FROM TO  BLOCK\n⟦«~ISODATE»⟧  "
     "⟦«~AIRCRAFT9»⟧  ⟦«~TAIL9»⟧   SELF                ENBR ENGM 0:48\n⟦«~ISODATE»⟧  C172   ⟦«~TAIL9»⟧   "
     "«UPNAME:a»         ENGM ENRY 0:31\n⟦«~ISODATE»⟧  C172   ⟦«~TAIL9»⟧   «NAME:b»      ENRY ENGM 0:35\n\n"
     "Instructor sign-off: «NAME:a», ⟦«~LICENCE9»⟧, phone «PHONEH9:a»"),
    ("aeromedical", None, "MEDICAL CERTIFICATE — CLASS 2\nIII. Holder: «UPNAME:a»\nIV. Date of birth: "
     "«DOBH9:a»\nV. Licence: ⟦«~LICENCE9»⟧\nVI. Limitations: VML\nIX. AME: «NAME:b», ⟦«~CITY»⟧, tel. "
     "«PHONEH9:b»\n\nQuestion: «FIRST:a» says the date of birth on the certificate is wrong, it should be "
     "«DOBH9:a» — can the AME just correct it?"),
    # ---- veterinary and pet care ----
    ("petclaim", ["en"], "PET INSURANCE CLAIM ⟦«~TICKET»⟧\nPolicyholder: «NAME:a»\nPhone: «PHONEH9:a»\n"
     "Pet: Biscuit, ⟦«~BREED9»⟧, 6 yrs\nTreating vet: «NAME:b» MRCVS, ⟦«~CITY»⟧\nAmount: ⟦«~AMOUNT»⟧\n"
     "Pay to: «IBAN»  (sort code ⟦«=SORTCODE»⟧ is on the old card)\nSigned «LASTINIT9»"),
    ("petclaim", ["sv"], "Skadeanmälan djurförsäkring\nFörsäkringstagare: «NAME:a», «PNR»\nTelefon: "
     "«PHONEH9:a»\nDjur: Morran, ⟦«~BREED9»⟧\nBehandlande veterinär: «NAME:b»\nUtbetalning till: «IBAN»\n"),
    ("kennel", ["no"], "Booking hundepensjon ⟦«~DATE»⟧–⟦«~DATE»⟧\nEier: «NAME:a», «PHONEH9:a»\nReservekontakt: "
     "«NAME:b» (svigermor), «PHONEH9:b»\nHund: Tassen, ⟦«~BREED9»⟧, chip ⟦«~CHIP9»⟧\nVeterinær: "
     "«LAST:c» dyreklinikk\nFôr: 2 x daglig. Ikke slipp sammen med Lundehunden til «FIRST:d»."),
    ("kennel", ["de"], "Anmeldung Hundepension\nHalter/in: «NAME:a», geb. «DOBH9:a»\nHandy: «PHONEH9:a»\nNotfall: "
     "«NAME:b», «PHONEH9:b»\nHund: Schnuffel (⟦«~BREED9»⟧)\nTierarzt: Dr. «LAST:c»\nBezahlt per Überweisung von "
     "«IBAN»"),
    ("horsepass", None, "EQUINE PASSPORT — SECTION II\nName of animal: ⟦«~HORSE9»⟧\nUELN: ⟦«~UELN9»⟧\n"
     "Sire: ⟦«~HORSE9»⟧\nOwner: «NAME:a»\nOwner's phone: «PHONEH9:a»\nPrevious owner: «NAME:b»\nVet "
     "(identification): «NAME:c»\n\nSelling her to «FIRST:d» «LAST:d» next month, what changes in the passport?"),
    # ---- sports and fitness apps ----
    ("wodlog", None, "BOX LEADERBOARD ⟦«~DATE»⟧\nWOD: ⟦«~WOD9»⟧ (Rx)\n1. «NAME:a» 12:41\n2. «LASTINIT9» 13:05\n"
     "3. «NAME:b» 13:58\n4. «LOWNAME» 15:20 (scaled)\n\nCoach «FIRST:c» says ⟦«~WOD9»⟧ again on "
     "⟦«~WEEKDAY»⟧. Strava club sync: Authorization: Bearer «STRAVAT9»"),
    ("wodlog", ["de"], "«FIRST:a» hat «LAST:b» bei ⟦«~WOD9»⟧ um 40 Sekunden geschlagen 💪\n"
     "Ergebnisse: 1) «NAME:a» 2) «NAME:b» 3) «LOWNAME»\nWer morgen zu ⟦«~WOD9»⟧ kommt, bitte bei Coach «NAME:c» "
     "melden: «PHONEH9:c»\n(App-Export, Webhook-Header: X-Strava-Token «STRAVAT9»)"),
    ("coachnote", ["en"], "PT intake — «NAME:a»\nDOB: «DOBH9:a»\nMobile: «PHONEH9:a»\nEmergency contact: «NAME:b» "
     "(husband) «PHONEH9:b»\nGoals: 5k under 30; knee from ⟦«~WOD9»⟧ last year\nReferred by «NAME:c»\nCoach: "
     "«FIRST:d»"),
    ("coachnote", ["es"], "Ficha entrenamiento personal\nNombre: «NAME:a»\nFecha de nacimiento: «DOBH9:a»\n"
     "Móvil: «PHONEH9:a»\nContacto de emergencia: «NAME:b» (hermana), «PHONEH9:b»\nObjetivo: media maratón de "
     "⟦«~CITY»⟧\nEntrenadora: «FIRST:c»"),
    ("teamsheet", ["sv"], "Laguppställning F12 — cup i ⟦«~CITY»⟧\n\nNr  Namn                  Född\n1   «NAME:a»     "
     "«DOBKID9:a»\n4   «NAME:b»     «DOBKID9:b»\n7   «NAME:c»     «DOBKID9:c»\n\nLedare: «NAME:d», «PHONEH9:d»\n"
     "Förälder med bil: «NAME:e»"),
    ("teamsheet", ["fr"], "Feuille de match U11 — tournoi de ⟦«~CITY»⟧\n\nN°  Joueur             Né le\n3   "
     "«NAME:a»   «DOBKID9:a»\n8   «NAME:b»   «DOBKID9:b»\n10  «NAME:c»   «DOBKID9:c»\n\nÉducateur : «NAME:d», "
     "«PHONEH9:d»\nArbitre : «LASTINIT9»"),
    # ---- dating and classifieds ----
    ("speeddating", None, "SPEED DATING ⟦«~DATE»⟧ — matches\n\n«FIRST:a» «LAST:a» ↔ «FIRST:b» «LAST:b»: both "
     "ticked YES\n  → «FIRST:a»: «PHONEH9:a», «FIRST:b»: «PHONEH9:b»\n«NAME:c» ↔ «NAME:d»: friends only\n\n"
     "(«FIRST:c» wrote her sign is ⟦«~STAR9»⟧ instead of her number, lol)\nHost: «NAME:e»"),
    ("personalad", ["no"], "Annonse #⟦«=NUM»⟧: \"Blid dame, 54, ⟦«~STAR9»⟧, liker ⟦«~WORK9»⟧ og fjellturer\"\n\n"
     "Svar fra «NAME:a» (⟦«~CHATTS»⟧):\nHei! Jeg heter «FIRST:a», født «DOBH9:a», bor i ⟦«~CITY»⟧. Ring meg gjerne "
     "på «PHONEH9:a».\n\nSvar fra «LOWNAME» (⟦«~CHATTS»⟧):\nhei, skriv til «EMAIL»"),
    ("personalad", ["fr"], "Annonce \"JH 38 ans, ⟦«~STAR9»⟧, cherche rencontre sérieuse\"\n\nRéponse de «NAME:a» :\n"
     "Bonjour, moi c'est «FIRST:a», 36 ans, fan de ⟦«~WORK9»⟧. Mon numéro : «PHONEH9:a».\n\nRéponse de «NAME:b» :\n"
     "Écrivez-moi plutôt à «EMAIL:b»."),
    # ---- tenancy and housing cooperatives ----
    ("tenancydeposit", ["en"], "DEPOSIT PROTECTION CERTIFICATE\nLead tenant: «NAME:a»\nDOB: «DOBH9:a»\nOther "
     "tenants: «NAME:b», «NAME:c»\nLandlord: «NAME:d», «PHONEH9:d»\nDeposit: ⟦«~AMOUNT»⟧\nRepayment account of "
     "lead tenant: «IBAN»\nNI number: «NINO»"),
    ("tenancydeposit", ["no"], "Depositumsavtale\nLeietaker: «NAME:a», fnr. «FNR»\nUtleier: «NAME:b», tlf. "
     "«PHONEH9:b»\nDepositum: ⟦«~AMOUNT»⟧ settes på depositumskonto\nKontonr. for tilbakebetaling: «IBAN»\n"
     "Signert ⟦«~DATE»⟧"),
    ("coopwaitlist", ["sv"], "Kölista BRF ⟦«=WORD»⟧ — uppdaterad ⟦«~DATE»⟧\n\nPlats  Namn                 "
     "Medlemsnr   Telefon\n1      «NAME:a»     ⟦«~DIGITS8»⟧    «PHONEH9:a»\n2      «NAME:b»     ⟦«~DIGITS8»⟧    "
     "«PHONEH9:b»\n3      «LASTINIT9»     ⟦«~DIGITS8»⟧    \n\nFrågor till «NAME:c», ordförande."),
    ("coopwaitlist", ["no"], "Ansiennitetsliste ⟦«=WORD»⟧ boligbyggelag\n\n«NAME:a» — medlem siden 1998 — "
     "«PHONEH9:a»\n«NAME:b» — medlem siden 2004\n«NAME:c» (arvet ansiennitet etter «NAME:d») — «PHONEH9:c»\n"),
    ("repairrequest", ["de"], "Schadensmeldung an die Hausverwaltung\nMieterin: «NAME:a», Whg. ⟦«~ROOM9»⟧\nTelefon: "
     "«PHONEH9:a»\nSchaden: Wasserfleck, vermutlich von Wohnung «LAST:b» darüber\nSchlüssel bei Nachbar «NAME:c» "
     "hinterlegt\nHandwerkertermin bitte über «FIRST:a» oder ihren Sohn «FIRST:d» («PHONEH9:d»)"),
    ("repairrequest", ["es"], "Parte de avería — comunidad de propietarios\nVecino: «NAME:a», piso ⟦«~ROOM9»⟧\n"
     "Teléfono: «PHONEH9:a»\nAvería: humedad en el techo, viene del piso de «NAME:b»\nLas llaves las tiene "
     "«NAME:c», la portera.\nPresidente de la comunidad: «NAME:d»"),
]

HELDOUT9_STRUCTURED += [
    # ---- churches and associations ----
    ("baptism", ["no"], "Påmelding dåp i ⟦«~CHURCH9»⟧ ⟦«~DATE»⟧\n\nBarnets navn: «NAME:a»\nFødt: «DOBKID9»\n"
     "Mor: «NAME:b», tlf. «PHONEH9:b»\nFar: «NAME:c»\nFaddere: «NAME:d», «NAME:e», «LASTINIT9»\nSalme ønsket: "
     "\"Kjærlighet fra Gud\", "
     "gjerne med trompet fra onkel «FIRST:d»"),
    ("baptism", ["es"], "Inscripción para bautizo — ⟦«~CHURCH9»⟧\nNombre del niño/a: «NAME:a»\nFecha de "
     "nacimiento: «DOBKID9»\nPadres: «NAME:b» y «NAME:c»\nPadrinos: «NAME:d», «NAME:e»\nTeléfono de contacto: "
     "«PHONEH9:b»\nCelebra: el párroco «NAME:f»"),
    ("confirmands", ["no"], "Konfirmanter ⟦«~CHURCH9»⟧ — gruppe 2\n\n«NAME:a» (f. «DOBKID9:a») — foresatt «NAME:b» "
     "«PHONEH9:b»\n«NAME:c» (f. «DOBKID9:c») — foresatt «NAME:d» «PHONEH9:d»\n«LOWNAME» — mangler "
     "samtykkeskjema\n\nLeirtur til ⟦«~CITY»⟧, ansvarlig «NAME:e»"),
    ("confirmands", ["de"], "Konfirmandengruppe ⟦«~CHURCH9»⟧\n\n«LAST:a», «FIRST:a» — geb. «DOBKID9:a» — Eltern: "
     "«NAME:b», «PHONEH9:b»\n«LAST:c», «FIRST:c» — geb. «DOBKID9:c» — Eltern: «NAME:d»\n\nPastorin «NAME:e»"),
    ("dues", ["sv"], "Medlemsavgifter ⟦«~YEAR9»⟧ — ⟦«=WORD»⟧ hembygdsförening\n\nNamn;Personnummer;Betalt;Konto\n"
     "«NAME:a»;«PNR12:a»;ja;«IBAN:a»\n«NAME:b»;«PNR:b»;nej;\n«NAME:c»;«PNR12:c»;ja;«IBAN:c»\n\nKassör: «NAME:d», "
     "«PHONEH9:d»"),
    ("dues", ["en"], "Membership dues — ⟦«=WORD»⟧ Rowing Club\n\nmember,amount,paid_from,phone\n«NAME:a»,"
     "⟦«~AMOUNT»⟧,«IBAN:a»,«PHONEH9:a»\n«NAME:b»,⟦«~AMOUNT»⟧,cash,«PHONEH9:b»\n«LASTFIRST:c»,⟦«~AMOUNT»⟧,"
     "«IBAN:c»,\n\nTreasurer: «NAME:d». Honorary: ⟦«~CHURCH9»⟧ choir (no dues)."),
    ("boardfiling", ["no"], "Melding til Brønnøysundregistrene — endring av styre\n\nStyreleder: «NAME:a», "
     "fødselsnummer «FNR:a»\nNestleder: «NAME:b», fødselsnummer «FNRSP:b»\nStyremedlem: «NAME:c»\nVaramedlem: "
     "«NAME:d»\nKontaktperson: «NAME:a», «PHONEH9:a», «EMAIL:a»"),
    ("boardfiling", ["de"], "Anmeldung zum Vereinsregister\n\nVorstand gem. § 26 BGB:\n1. Vorsitzende: «NAME:a», "
     "geb. «DOBH9:a», ⟦«~CITY»⟧\n2. Vorsitzender: «NAME:b», geb. «DOBH9:b»\nKassenwart: «NAME:c», geb. «DOBH9:c»\n\n"
     "Beglaubigt durch Notar «NAME:d»"),
    ("hallhire", ["en"], "HALL HIRE AGREEMENT — ⟦«~CHURCH9»⟧ church hall\nHirer: «NAME:a»\nPhone: «PHONEH9:a»\n"
     "Event: 40th birthday (⟦«~DATE»⟧)\nKey holder: «NAME:b»\nDeposit refund to: «IBAN»\nAlarm code: «PWH9» "
     "(changed after each hire)\nSigned: «LASTINIT9», churchwarden"),
    ("hallhire", ["fr"], "Contrat de location de la salle des fêtes\nLocataire : «NAME:a», né le «DOBH9:a»\n"
     "Téléphone : «PHONEH9:a»\nCaution : ⟦«~AMOUNT»⟧, RIB «IBAN»\nRemise des clés par «NAME:b» (mairie)\n"
     "Fait à ⟦«~CITY»⟧ le ⟦«~DATE»⟧"),
    # ---- music and events ----
    ("bandrider", None, "TECH RIDER — «UPNAME:a» QUARTET\nContact (tour manager): «NAME:b», «PHONEH9:b»\n"
     "Sound: «NAME:c» («PHONEH9:c»)\nBackline: ⟦«~INSTR9»⟧, ⟦«~INSTR9»⟧ (or ⟦«~BRAND»⟧ equivalent)\n"
     "Guest list: «NAME:d» +1, «NAME:e»\nWifi for the merch card reader, the venue gave us: «PWH9»"),
    ("ticketresale", None, "Ticket transfer #⟦«=NUM»⟧\nEvent: ⟦«~WORK9»⟧ — ⟦«~CITY»⟧, ⟦«~DATE»⟧\n"
     "From: «NAME:a» («EMAIL:a»)\nTo: «NAME:b» («EMAIL:b», «PHONEH9:b»)\nSeat: ⟦«~ROOM9»⟧\nID check at the door: "
     "name must match «NAME:b», DOB «DOBH9:b»"),
    ("royalty", None, "ROYALTY STATEMENT ⟦«=NUM»⟧\nWork: \"⟦«~WORK9»⟧ (live)\"\nWriters: «NAME:a» ⟦«~IPI9»⟧ 50%, "
     "«NAME:b» ⟦«~IPI9»⟧ 50%\nPublisher: ⟦«~COMPANY»⟧\nPayee: «NAME:a», «IBAN:a»\nPayee: «NAME:b», «IBAN:b»\n"
     "Queries: «EMAIL:a»"),
    ("accreditation", None, "FESTIVAL ACCREDITATION — crew\nname;dob;role;phone;vehicle\n«NAME:a»;«DOBH9:a»;stage "
     "manager;«PHONEH9:a»;⟦«~TAIL9»⟧\n«NAME:b»;«DOBH9:b»;runner;«PHONEH9:b»;\n«NAME:c»;«DOBH9:c»;catering;"
     "«PHONEH9:c»;⟦«~TRACTOR9»⟧ (generator)\n\nsent by «NAME:d»"),
    # ---- agriculture ----
    ("livestock", ["no"], "Flyttemelding storfe\nAvsender: «NAME:a», ⟦«~HOLDING9»⟧, tlf. «PHONEH9:a»\nMottaker: "
     "«NAME:b», ⟦«~HOLDING9»⟧\nDyr: 4 kviger ⟦«~CATTLE9»⟧\nTransportør: «NAME:c»\nDato: ⟦«~DATE»⟧"),
    ("livestock", ["fr"], "Document de circulation bovins\nDétenteur départ : «NAME:a», ⟦«~HOLDING9»⟧\n"
     "Détenteur arrivée : «NAME:b», tél. «PHONEH9:b»\nAnimaux : 6 ⟦«~CATTLE9»⟧\nTransporteur : «NAME:c», ⟦«~CITY»⟧"),
    ("livestock", ["en"], "CATTLE MOVEMENT\nFrom: «NAME:a», ⟦«~HOLDING9»⟧\nTo: «NAME:b» (mart), «PHONEH9:b»\n"
     "Animals: 3 x ⟦«~CATTLE9»⟧ steers\nHaulier: «NAME:c», trailer behind a ⟦«~TRACTOR9»⟧"),
    ("subsidy", ["sv"], "Ansökan om gårdsstöd\nSökande: «NAME:a»\nPersonnummer: «PNR:a»\nTelefon: «PHONEH9:a»\n"
     "Utbetalning till: «IBAN»\nOmbud: «NAME:b»\nBrukad areal: 48 ha, betesmark vid ⟦«~LATLON9»⟧"),
    ("subsidy", ["de"], "Antrag Agrarförderung\nAntragsteller: «NAME:a», geb. «DOBH9:a»\nSteuer-ID: «STEUERSP»\n"
     "⟦«~HOLDING9»⟧\nIBAN: «IBAN»\nTelefon: «PHONEH9:a»\nBerater: «NAME:b» (Landwirtschaftskammer)"),
    ("subsidy", ["es"], "Solicitud única PAC\nTitular: «NAME:a»\nFecha de nacimiento: «DOBH9:a»\nTeléfono: "
     "«PHONEH9:a»\nCuenta: «IBAN»\nExplotación: ⟦«~HOLDING9»⟧\nTécnico: «NAME:b»"),
    ("seasonalworkers", ["no"], "Sesongarbeidere jordbær ⟦«~YEAR9»⟧\n\nNavn                 Født        Tlf           "
     "Konto\n«NAME@es:a»   «DOBH9:a»   «PHONEH9:a»   «IBAN:a»\n«NAME@de:b»   «DOBH9:b»   «PHONEH9:b»   «IBAN:b»\n"
     "«NAME:c»   «DOBH9:c»   «PHONEH9:c»\n\nBoligen: nøkkel hos «NAME:d». Sjekk D-nummer for «FIRST@es:a»."),
    ("seasonalworkers", ["de"], "Saisonkräfte Spargel ⟦«~YEAR9»⟧\nName;Geburtsdatum;Handy;IBAN\n«NAME@es:a»;«DOBH9:a»;"
     "«PHONEH9:a»;«IBAN:a»\n«NAME@fr:b»;«DOBH9:b»;«PHONEH9:b»;«IBAN:b»\n«NAME:c»;«DOBH9:c»;«PHONEH9:c»;\n"
     "Vorarbeiter: «NAME:d»"),
    ("huntingteam", ["no"], "Jaktlag elg ⟦«=WORD»⟧ — høsten\nJaktleder: «NAME:a», «PHONEH9:a»\nDeltakere:\n"
     "- «NAME:b» (⟦«~GUN9»⟧)\n- «NAME:c» (⟦«~GUN9»⟧)\n- «LASTINIT9»\nHund: ⟦«~BREED9»⟧ til «FIRST:b»\n"
     "Samlingsplass: ⟦«~LATLON9»⟧"),
    ("huntingteam", ["sv"], "Jaktlag ⟦«=WORD»⟧\nJaktledare: «NAME:a» («PHONEH9:a»)\nSkyttar: «NAME:b», «NAME:c», "
     "«NAME:d»\nHundförare: «FIRST:e» med ⟦«~BREED9»⟧\nEftersök: ring «NAME:e» på «PHONEH9:e»"),
    # ---- tutoring ----
    ("tutorbooking", ["en"], "Tutoring booking ⟦«~TICKET»⟧\nParent: «NAME:a» («PHONEH9:a»)\nStudent: «FIRST:b» "
     "«LAST:a», DOB «DOBKID9»\nTutor: «NAME:c»\nTopic: ⟦«~THEOREM9»⟧, then ⟦«~THEOREM9»⟧\nPays from «IBAN»\n"
     "Note from «FIRST:c»: «FIRST:b» is quick but hates ⟦«~WORK9»⟧ essays"),
    ("tutorbooking", ["de"], "Nachhilfe-Anmeldung\nErziehungsberechtigte/r: «NAME:a», «PHONEH9:a»\nSchüler/in: "
     "«FIRST:b» «LAST:a», geb. «DOBKID9»\nLehrkraft: «NAME:c»\nThema: ⟦«~THEOREM9»⟧\nZahlung: «IBAN»"),
    ("tutorbooking", ["es"], "Clases particulares — alta\nAlumno/a: «NAME:b», nacido/a el «DOBKID9»\nMadre/padre: "
     "«NAME:a», móvil «PHONEH9:a»\nProfesor: «NAME:c»\nTema: ⟦«~THEOREM9»⟧\nDomiciliación: «IBAN»"),
    # ---- translation agencies ----
    ("translationorder", None, "Job ⟦«~TICKET»⟧ — sworn translation no → en\nClient: «NAME:a», «EMAIL:a», "
     "«PHONEH9:a»\nDocument: birth certificate of «NAME:b» (born «DOBH9:b», ⟦«~CITY»⟧)\nTranslator: «NAME:c»\n"
     "Reviewer: «LASTINIT9»\nDeadline: ⟦«~DATE»⟧\nCAT tool MT: DEEPL_AUTH_KEY=«DEEPLK9»"),
    ("sworncert", ["en"], "I, «NAME:a», sworn translator, certify that the foregoing is a true translation of the "
     "birth certificate of «NAME:b», born «DOBH9:b» in ⟦«~CITY»⟧, son of «NAME:c» and «NAME:d».\n\n⟦«~CITY»⟧, "
     "⟦«~DATE»⟧\n«UPNAME:a»"),
    ("sworncert", ["es"], "Don/Doña «NAME:a», Traductor/a-Intérprete Jurado/a, certifica que la que antecede es "
     "traducción fiel del certificado de nacimiento de «NAME:b», nacido/a el «DOBH9:b», hijo/a de «NAME:c».\n\n"
     "En ⟦«~CITY»⟧, a ⟦«~DATE»⟧"),
    ("cattool", None, "; memoQ / CAT plugin settings\n[mt.deepl]\nendpoint = https://api-free.deepl.com/v2/translate\n"
     "auth_key = «DEEPLK9»\nformality = prefer_less\n\n[project]\nowner = «NAME:a»\nreviewer = «NAME:b»\n\n"
     "$ curl -H \"Authorization: DeepL-Auth-Key «DEEPLT9»\" -d text=Hallo -d target_lang=EN https://api-free.deepl"
     ".com/v2/translate\n{\"message\":\"Quota exceeded\"}"),
    # ---- daily life: carpools, nanny shares ----
    ("carpool", ["no"], "Samkjøring til trening\nMan: «FIRST:a» kjører (⟦«~TAIL9»⟧ haha nei, den grå bilen)\nOns: "
     "«NAME:b»\nFre: «NAME:c»\n\nNumre: «FIRST:a» «PHONEH9:a», «FIRST:b» «PHONEH9:b», «FIRST:c» «PHONEH9:c»"),
    ("carpool", ["fr"], "Covoiturage école ⟦«~CITY»⟧\nLundi : «NAME:a» («PHONEH9:a»)\nMardi : «NAME:b» («PHONEH9:b»)\n"
     "Jeudi : «LASTINIT9»\nEnfants : «FIRST:c», «FIRST:d», «FIRST:e»"),
    ("nannyshare", ["en"], "NANNY SHARE AGREEMENT\nFamily A: «NAME:a» & «NAME:b», child «FIRST:c» (DOB «DOBKID9:c»)\n"
     "Family B: «NAME:d», child «FIRST:e» (DOB «DOBKID9:e»)\nNanny: «NAME:f», SSN «SSN», phone «PHONEH9:f»\n"
     "Payroll from Family A's account, routing «ABA», account ⟦«=NUM12»⟧"),
    ("nannyshare", ["sv"], "Avtal delad barnflicka\nFamilj 1: «NAME:a», barn «FIRST:c» (född «DOBKID9:c»)\n"
     "Familj 2: «NAME:d», barn «FIRST:e» (född «DOBKID9:e»)\nBarnflicka: «NAME:f», «PNR», «PHONEH9:f»\n"),
]

HELDOUT9_PROSE = {
    "en": [
        "Morning all — «NAME:b» has kindly taken over the tea rota from «FIRST:a», who's off to ⟦«~CITY»⟧; "
        "questions to "
        "her on «PHONEH9:b». ⟦«~SIGN9»⟧",
        "⟦Quick⟧ favour: the vet wants «LOWNAME»'s date of birth for the insurance, it's «DOBH9». the dog's a "
        "⟦«~BREED9»⟧, so don't put HIM on the form lol",
        "so «FIRST:b» from the ⟦«~WORK9»⟧ cast (she played the lead!!) wants the photos, her email is «EMAIL:b»",
        "the strava sync broke again, it still sends Authorization: Bearer «STRAVAT9» — can someone with admin on "
        "the club account rotate it?",
        "ugh, pasted the real key in the ticket: TWILIO_AUTH_TOKEN=«TWILIOK9». the box is «IP», ask «FIRST» for ssh.",
        "⟦Thanks⟧ to ⟦«~BRAND»⟧ and to «NAME:a» for the raffle prizes! collect from the vestry at ⟦«~CHURCH9»⟧ "
        "after the service. ⟦«~SIGN9»⟧",
        "my SSN is «SSN», routing number for payroll «ABA». nanny starts monday, her name's «FIRST»",
        "the translator's DeepL key, «DEEPLT9», is in the job notes; please don't forward those to «NAME:c» at "
        "⟦«~COMPANY»⟧.",
        "he sold the ⟦«~INSTR9»⟧ to someone in ⟦«~CITY»⟧ — «NAME:a», if it was nicked. her email: «EMAIL:a»",
        "pilot's licence renewal: «NAME:a», born «DOBH9:a», flies the ⟦«~AIRCRAFT9»⟧ out of ⟦«~CITY»⟧; the horse "
        "⟦«~HORSE9»⟧ goes by lorry, not with her.",
    ],
    "no": [
        "Hei alle sammen! «NAME:b» tar over kaffekomiteen etter «FIRST:a». Dugnad i borettslaget på ⟦«~WEEKDAYL»⟧, "
        "spørsmål til henne på «PHONEH9:b». ⟦«~SIGN9»⟧",
        "⟦Dyrlegen⟧ trenger fødselsdatoen til «LOWNAME» til forsikringa: «DOBH9». hunden er en ⟦«~BREED9»⟧ og "
        "heter Tassen, ikke skriv den på skjemaet 😂",
        "17. mai-komiteen: «FIRST:b» har ansvaret for ⟦«~WORK9»⟧-opplesningen, påmelding til «EMAIL:b» innen fredag",
        "strava-synken er nede igjen, it still sends the token «STRAVAT9» — kan noen med admin i klubben bytte det?",
        "oi, la inn det ekte passordet i saken: «PWH9». det gamle var «PWH9:o», spør «FIRST» om tilgang.",
        "⟦Takk⟧ til ⟦«~BRAND»⟧ og til «NAME:a» for premiene! de kan hentes i ⟦«~CHURCH9»⟧ etter gudstjenesten. "
        "⟦«~SIGN9»⟧",
        "«FNRSP» er fødselsnummeret mitt, depositumet tilbake til «IBAN». mvh «NAME»",
        "DeepL-nøkkelen til oversetterne, «DEEPLT9», ligger i oppdraget; ikke videresend det til «NAME:c» hos "
        "⟦«~COMPANY»⟧.",
        "Hei «NAME:a», som avtalt: tolken kommer ⟦«~WEEKDAYL»⟧, og vi trenger fødselsnummeret ditt, «FNR», til "
        "timebestillinga.",
        "elgjakta: «NAME:a» har ⟦«~GUN9»⟧-en, hunden ⟦«~BREED9»⟧ er med «FIRST:a». ring «PHONEH9:a» hvis du ser "
        "noe ved ⟦«~LATLON9»⟧",
    ],
    "sv": [
        "Hej allihop! «NAME:b» tar över fikalistan efter «FIRST:a», som flyttar till ⟦«~CITY»⟧; frågor till henne på "
        "«PHONEH9:b». ⟦«~SIGN9»⟧",
        "⟦Veterinären⟧ vill ha födelsedatumet för «LOWNAME» till försäkringen: «DOBH9». hunden är en "
        "⟦«~BREED9»⟧, skriv inte in honom haha",
        "BRF-styrelsen: «FIRST:b» sköter bokningen av tvättstugan nu, mejla «EMAIL:b» (inte ⟦«~WORK9»⟧-gruppen lol)",
        "strava-synken har pajat igen, den skickar fortfarande token «STRAVAT9» — kan någon som är admin i klubben "
        "byta den?",
        "hoppsan, klistrade in riktiga lösenordet i ärendet: «PWH9». det gamla var «PWH9:o», fråga «FIRST» om åtkomst.",
        "⟦Tack⟧ till ⟦«~BRAND»⟧ och «NAME:a» för lotterivinsterna! hämtas i ⟦«~CHURCH9»⟧ efter gudstjänsten. "
        "⟦«~SIGN9»⟧",
        "«PNR12» är mitt personnummer och depositionen tillbaka till «IBAN». hälsningar «NAME»",
        "översättarnas DeepL-nyckel «DEEPLT9» ligger i uppdraget; skicka inte vidare till «NAME:c» på ⟦«~COMPANY»⟧.",
        "Hej «NAME:a», som vi sa: tolken kommer på ⟦«~WEEKDAYL»⟧, och vi behöver ditt personnummer, «PNR», till "
        "bokningen.",
        "älgjakten: «NAME:a» tar ⟦«~GUN9»⟧, hunden ⟦«~BREED9»⟧ går med «FIRST:a». ring «PHONEH9:a» om ni ser "
        "något vid ⟦«~LATLON9»⟧",
    ],
    "de": [
        "Liebe Eltern, «NAME:b» übernimmt ab sofort die Kuchenliste von «FIRST:a». Elternabend ist am ⟦«~WEEKDAYL»⟧, "
        "Rückfragen bitte an «PHONEH9:b». ⟦«~SIGN9»⟧",
        "⟦Die⟧ Tierärztin braucht das Geburtsdatum von «LOWNAME» für die Versicherung: «DOBH9». Der Hund ist ein "
        "⟦«~BREED9»⟧, also bitte nicht den eintragen 🙈",
        "Schützenverein: «FIRST:b» organisiert die Fahrt zur ⟦«~WORK9»⟧-Aufführung, Anmeldung per Mail an «EMAIL:b»",
        "der Strava-Sync ist wieder kaputt, it keeps sending the old token «STRAVAT9». Kann jemand mit Admin im "
        "Verein den tauschen?",
        "mist, hab das echte Passwort ins Ticket kopiert: «PWH9». Server ist «IP», Zugang über «FIRST».",
        "⟦Danke⟧ an ⟦«~BRAND»⟧ und an «NAME:a» für die Tombola-Preise! Abholung in ⟦«~CHURCH9»⟧ nach dem "
        "Gottesdienst. ⟦«~SIGN9»⟧",
        "Liebe Frau «LAST:a», die Kaution geht zurück auf «IBAN», sobald «LASTINIT9» unterschrieben hat.",
        "der DeepL-Schlüssel der Übersetzer («DEEPLT9») steht im Auftrag; bitte nicht an «NAME:c» von "
        "⟦«~COMPANY»⟧ weiterleiten.",
        "Sehr geehrter Herr «LAST:a», für den Antrag brauchen wir noch Ihre Steuer-ID: ist «STEUER» korrekt?",
        "Drückjagd: «NAME:a» führt die ⟦«~GUN9»⟧, der ⟦«~BREED9»⟧ geht mit «FIRST:a». Bei Sichtung bitte "
        "«PHONEH9:a» anrufen, Treffpunkt ⟦«~LATLON9»⟧",
    ],
    "fr": [
        "Coucou ! «NAME:b» reprend la liste des gâteaux de la kermesse après «FIRST:a» ; pour toute question, son "
        "portable : «PHONEH9:b». ⟦«~SIGN9»⟧",
        "⟦La⟧ véto demande la date de naissance de «LOWNAME» pour l'assurance : «DOBH9». le chien est un "
        "⟦«~BREED9»⟧, faut pas le mettre sur le formulaire mdr",
        "pour le vide-grenier de la copro c'est «FIRST:b» qui gère les emplacements, écrivez à «EMAIL:b» (pas sur "
        "le groupe ⟦«~WORK9»⟧ mdr)",
        "la synchro Strava plante encore, elle envoie toujours le jeton «STRAVAT9» — quelqu'un d'admin au club peut "
        "le changer ?",
        "zut, j'ai collé le vrai mot de passe dans le ticket : «PWH9». l'ancien c'était «PWH9:o», demande "
        "l'accès à «FIRST».",
        "⟦Merci⟧ à ⟦«~BRAND»⟧ et à «NAME:a» pour les lots de la tombola ! à récupérer à l'⟦«~CHURCH9»⟧ après la "
        "messe. ⟦«~SIGN9»⟧",
        "Chère Madame «LAST:a», la caution sera reversée sur «IBAN» dès que «LASTINIT9» aura signé.",
        "la clé DeepL des traducteurs, «DEEPLT9», est dans la fiche de mission ; ne la transférez pas à "
        "«NAME:c» chez ⟦«~COMPANY»⟧.",
        "Bonjour «NAME:a», comme convenu l'interprète vient ⟦«~WEEKDAYL»⟧ ; il nous faut votre date de naissance "
        "(«DOBH9:a» ?) pour le dossier.",
        "la battue : «NAME:a» prend la ⟦«~GUN9»⟧, le ⟦«~BREED9»⟧ part avec «FIRST:a». appelez le «PHONEH9:a» si "
        "vous voyez quelque chose vers ⟦«~LATLON9»⟧",
    ],
    "es": [
        "¡Hola a todos! «NAME:b» se encarga ahora de la lista de la comunión en lugar de «FIRST:a»; cualquier duda, "
        "al «PHONEH9:b». ⟦«~SIGN9»⟧",
        "⟦La⟧ veterinaria pide la fecha de nacimiento de «LOWNAME» para el seguro: «DOBH9». el perro es un "
        "⟦«~BREED9»⟧, no lo pongas a él en el formulario jaja",
        "lo de la peña: «FIRST:b» lleva las entradas para ⟦«~WORK9»⟧ en el teatro, mandadle un correo a «EMAIL:b»",
        "la sincronización con Strava falla otra vez, it keeps sending el token «STRAVAT9»; alguien con admin en el "
        "club lo puede cambiar?",
        "uf, pegué la contraseña de verdad en el ticket: «PWH9». la antigua era «PWH9:o», pídele acceso a «FIRST».",
        "⟦Gracias⟧ a ⟦«~BRAND»⟧ y a «NAME:a» por los premios de la rifa; se recogen en la ⟦«~CHURCH9»⟧ después de "
        "misa. ⟦«~SIGN9»⟧",
        "Estimada Sra. «LAST:a»: la fianza se devolverá a «IBAN» cuando «LASTINIT9» haya firmado.",
        "la clave de DeepL de los traductores, «DEEPLT9», está en la ficha del encargo; no la reenviéis a "
        "«NAME:c», de ⟦«~COMPANY»⟧.",
        "Hola «NAME:a», como hablamos: la intérprete viene el ⟦«~WEEKDAYL»⟧ y nos falta tu fecha de nacimiento: "
        "¿es «DOBH9:a»?",
        "la montería: «NAME:a» lleva el ⟦«~GUN9»⟧ y el ⟦«~BREED9»⟧ va con «FIRST:a». llamad al «PHONEH9:a» si veis "
        "algo cerca de ⟦«~LATLON9»⟧",
    ],
}


# what the admins and developers of these offices, clubs, farms and agencies paste: counted twice, so that the
# half's mix of secrets, tokens, addresses and e-mails stays near heldout8's
HELDOUT9_ADMIN = [
    ("imapsync", None, "$ imapsync --host1 mail.«=WORD:m»-old.no --user1 «EMAIL:a» --password1 '«PWH9:a»' \\\n"
     "    --host2 «IP» --user2 «EMAIL:a» --password2 '«PASSWORD:b»' --ssl1 --ssl2\n"
     "Host1: IMAP server [mail.«=WORD:m»-old.no] port [993] user [«EMAIL:a»]\nHost2: «IP» says AUTHENTICATIONFAILED\n\n"
     "same for «EMAIL:c» and «FIRST:d»'s box, the association's old host is shutting down on ⟦«~DATE»⟧"),
    ("imapsync", None, "# mailboxes.csv for the migration (user;pass1;pass2)\n«EMAIL:a»;«PWH9:a»;«PASSWORD:a»\n"
     "«EMAIL:b»;«PWH9:b»;«PASSWORD:b»\n«EMAIL:c»;«PWH9:c»;«PASSWORD:c»\n\n"
     "while IFS=';' read u p1 p2; do imapsync --host1 «IP» --user1 $u --password1 $p1 --host2 ⟦imap.«=WORD».com⟧ "
     "--user2 $u --password2 $p2; done < mailboxes.csv"),
    ("helpdeskmigrate", None, "# zendesk → freshdesk, one-off\nZENDESK_SUBDOMAIN=«=WORD»\nZENDESK_EMAIL=«EMAIL:a»\n"
     "ZENDESK_API_TOKEN=«ZENDESKK9»\nFRESHDESK_DOMAIN=«=WORD».freshdesk.com\nFRESHDESK_API_KEY=«PWH9»\n\n"
     "$ python migrate.py --since ⟦«~ISODATE»⟧\nticket ⟦«~TICKET»⟧ requester=«EMAIL:b» ok\nticket ⟦«~TICKET»⟧ "
     "requester=«EMAIL:c» FAILED 401 (Authorization: Basic «BASICAUTH»)"),
    ("helpdeskmigrate", None, "$ curl -s -u «EMAIL:a»/token:«ZENDESKK9» "
         "https://«=WORD».zendesk.com/api/v2/users/me.json\n"
     "{\"user\":{\"id\":⟦«=NUM12»⟧,\"email\":\"«EMAIL:a»\",\"role\":\"admin\"}}\n$ curl -H \"Authorization: "
     "Bearer «TOKEN»\" https://api.⟦«=WORD»⟧.io/v1/import -d @tickets.json\n"),
    ("smsgateway", None, "# sms-broadcast.env (NGO volunteer alerts)\nTWILIO_ACCOUNT_SID=AC⟦«~SHA32»⟧\n"
     "TWILIO_AUTH_TOKEN=«TWILIOK9»\nTWILIO_FROM=«PHONEH9:a»\nADMIN_EMAIL=«EMAIL»\nMAILGUN_API_KEY=«MAILGUNK9»\n"
     "MAILGUN_DOMAIN=mg.⟦«=WORD»⟧.org\nDB_URL=postgres://sms:«URLPASS»@«IP»:5432/alerts\n"),
    ("smsgateway", None, "$ curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC⟦«~SHA32»⟧/Messages.json \\\n"
     "  --data-urlencode \"To=«PHONEH9»\" --data-urlencode \"From=«PHONEH9:b»\" \\\n  --data-urlencode \"Body=Vakt i "
     "morgen 08:00\" -u AC⟦«~SHA32»⟧:«TWILIOK9»\n{\"code\": 20003, \"message\": \"Authenticate\"}\n"
     "# the token was rotated by «EMAIL:c» last week?"),
    ("shipmentapi", None, "POST /v2/shipments HTTP/1.1\nHost: api.⟦«=WORD»⟧-freight.com\nAuthorization: Bearer "
         "«TOKEN»\n"
     "X-Api-Key: «HEXTOKEN»\nContent-Type: application/json\n\n{\"recipient\": {\"email\": \"«EMAIL»\", "
     "\"phone\": \"«PHONEH9»\"}, \"incoterm\": \"⟦«~INCOTERM9»⟧\", \"container\": \"⟦«~CONTAINER9»⟧\"}\n\n"
     "HTTP/1.1 401 Unauthorized (from the carrier's gateway)"),
    ("shipmentapi", None, "# carrier.yaml\ncarrier:\n  name: ⟦«~COMPANY»⟧\n  api_url: https://api.⟦«=WORD»⟧.com\n"
     "  api_key: «PWH9»\n  client_secret: «HEXTOKEN»\n  webhook_secret: «TOKEN»\n  notify: «EMAIL»\n"
     "  sftp: sftp://edi:«URLPASS»@«IP»/outbound\n"),
    ("officeprinter", None, "Scan-to-email setup (office MFP at «IP»)\nSMTP server: smtp.⟦«=WORD»⟧.no\nPort: 587\n"
     "SMTP user: «EMAIL:a»\nSMTP password: «PWH9»\nDefault sender: «EMAIL:a»\nAddress book: «EMAIL:b», "
     "«NAME:c» (reception)\nAdmin PIN: ⟦«=NUM»⟧ (factory default, not a secret)\n\nscans to «EMAIL:b» bounce, "
     "why?"),
    ("officeprinter", None, "[smtp]\nhost=«IP»\nuser=«EMAIL:a»\npassword=«PASSWORD»\n[ldap]\nbind_dn=cn=scanner,"
     "dc=⟦«=WORD»⟧,dc=local\nbind_password=«PWH9»\n; set up by «EMAIL:b»"),
    ("cmsexport", None, "$ contentful space export --space-id ⟦«~HEXID»⟧ --management-token «CONTENTFULT9»\n"
     "Exported 412 entries, 38 assets\n\"author\": {\"email\": \"«EMAIL:a»\"}, \"updatedBy\": \"«EMAIL:b»\"\n"
     "$ export ALGOLIA_ADMIN_API_KEY=«ALGOLIAK9»\n$ node reindex.js --host «IP»"),
    ("cmsexport", None, "# .env for the church / club website\nCONTENTFUL_MANAGEMENT_TOKEN=«CONTENTFULK9»\n"
     "PUSHER_SECRET=«PUSHERK9»\nSMTP_PASSWORD=«PWH9»\nCONTACT_FORM_TO=«EMAIL»\nSESSION_SECRET=«HEXTOKEN»\n"
     "ALLOWED_IP=«IP»"),
]
HELDOUT9_STRUCTURED += HELDOUT9_ADMIN * 2
