"""templates_heldout7.py — the seventh held-out half: observability and CI configs, mobile app files, payment and
accounting exports, portals and papers of school, health, law, housing, clubs, family history and work, tax
returns of six countries, chat exports and mail threads, and dictated notes, in shapes no readable half has.

Written apart from the rules (its author read the README, the README's list of types, the scorer's header,
generate.py, values.py, templates.py, templates_dev2..dev10.py and templates_heldout5.py, only to avoid their
shapes and phrasings; never the scrubber's sources or data, templates_heldout.py .. templates_heldout4.py,
templates_heldout6.py, any held-out case or the --verbose output of any half). Nobody writing rules reads this file,
heldout7.jsonl or its --verbose output; only its tables are shared.

Same syntax as templates.py. Slots of its own (HELDOUT7_SECRETS): «DOBH7» (birth dates with the weekday, "March the
3rd, 1985", "03 / 03 / 1985", "den 3:e mars 1985", "3.mars 1985", "03 März 1985", "3-mars-1985", "3.mar.1985"; else
one of birth_six()'s), «DOBKID7» (a child's birth date, 2010-2020, in the language's common form), «PHONEH7» (phones
in groupings no earlier generator writes, else phone_new()'s), «PHONEDICT7» (a phone as dictation writes it, in
spoken groups with commas), «USCORE7» (a name as a handle with an underscore: "margunn_fossheim"), «FIRSTINIT7»
("Margunn F.": a first name and the surname's initial), «APPPW7» (Apple app-specific passwords), «PWH7»
(keystore, wifi and portal passwords), vendor tokens: «HNY7»/«HNYH7» (Honeycomb),
«DDAPI7»/«DDAPP7» (Datadog), «BUGSNAG7», «BKAGENT7»/«BKAPI7» (Buildkite), «SONAR7»/«SONARH7», «CODECOV7», «ZBXPSK7»,
«GENIE7» (Opsgenie), «FCMKEY7» (a Firebase legacy server key), «MAPBOX7», «APMTOKEN7», «PAYPAL7», «TRAVIS7»,
«CMTOKEN7» (Codemagic), «AIRTABLE7», «POSTMARK7». Decoys: «~FEAST7», «~EPON7», «~SAMPLE7», «~PH7», «~SIGN7»,
«~HEAD7», «~CADASTRE7», «~POLICY7», «~BIB7», «~CM7», «~XCVAR7», «~CLUB7», «~DOCNO7», «~ERRAND7», «~DEPOSIT7»,
«~TESTCARD7»."""
import datetime
import string

HELDOUT7_FIRST = {
    "en": ["Oluwafemi", "Marguerite", "Ngozi", "Persephone", "Lorcan", "Winnifred", "Ciarán", "Anjali", "Eamonn",
           "Chiamaka", "Leopoldine", "Rosamund"],
    "no": ["Torgrim", "Sunniva-Marie", "Haldis", "Abdirahman", "Yasmin", "Mirela", "Tirild", "Nanna", "Thorvald",
           "Halvard", "Margunn", "Arnfinn"],
    "sv": ["Alva", "Dragan", "Selma-Li", "Hampus", "Leyla", "Signhild", "Mustafa", "Tindra", "Ludvig", "Nermin",
           "Majvor", "Jelena"],
    "de": ["Ekkehard", "Mehmet", "Fatma", "Malte", "Konstantin", "Swetlana", "Eckart", "Ortrun", "Notker", "Hiltraut",
           "Lotte-Marie", "Kemal"],
    "fr": ["Fatoumata", "Karim", "Noémie", "Thuy", "Corentin", "Perrine", "Tanguy", "Blandine", "Eudoxie", "Mahdi",
           "Aïssatou", "Hermance"],
    "es": ["Leocadio", "Yeison", "Dayana", "Xiomara", "Nahia", "Estíbaliz", "Wilfredo", "Olvido", "Arantza", "Yadira",
           "Brayan", "Ulises"],
}
HELDOUT7_LAST = {
    "en": ["Achterberg", "Oyebanji", "Blackwood-Finch", "Nakamura-Hale", "Abernethy-Cole", "Dunphy", "Osei-Bonsu",
           "Mbatha", "Ó Ceallacháin", "Huxtable", "Pennington-Moss", "Okonkwo-Reid"],
    "no": ["Fossheim", "Kvalvåg", "Rustad-Berg", "Tveitane", "Mahamud", "Nygaard", "Østgård", "Brekkestø", "Abdi",
           "Villanger", "Hjelmstad", "Pham-Lie"],
    "sv": ["Fagerlund", "Jovanovic", "Lindahl-Berg", "Ekdahl", "Rosengren", "Yilmaz", "Tidblad", "Häggström",
           "Al-Rashid", "Bäckman", "Wahlgren", "Ljungqvist"],
    "de": ["Özdemir", "Brinkmann", "zu Stolberg", "Rademacher", "Pfeiffer-Lang", "Hüttenrauch", "Kaiser-Wilm", "Lützow",
           "Wiesenhütter", "Bächle", "Rotermund", "von Trotha"],
    "fr": ["Delacroix-Vidal", "N'Diaye", "Benhamou", "Pasquier", "Vaillancourt", "Ferrandi", "Abadie", "Traoré",
           "Chassagne", "Quéméner", "Troadec", "Castagnède"],
    "es": ["Arrieta", "Zubiaurre", "Mamani", "Benítez-Arce", "Olabarría", "Chávarri", "Quispe", "de la Riva",
           "Barrientos", "Echeverría-Sanz", "Huamán", "Iturralde"],
}
HELDOUT7_CITIES = {
    "en": ["Chattanooga", "Harrogate", "Whitby", "Kelowna", "Kilmarnock", "Dubuque"],
    "no": ["Vikersund", "Kolvereid", "Snåsa", "Geilo", "Ulsteinvik", "Tvedestrand"],
    "sv": ["Säffle", "Strömstad", "Haparanda", "Lysekil", "Laholm", "Simrishamn"],
    "de": ["Celle", "Emden", "Bad Segeberg", "Torgau", "Wunsiedel", "Kaufbeuren"],
    "fr": ["Rodez", "Quimperlé", "Dole", "Saintes", "Épernay", "Paimpol"],
    "es": ["Betanzos", "Avilés", "Almansa", "Benicarló", "Sigüenza", "Mondoñedo"],
}
HELDOUT7_BRANDS = ["Jo Malone", "Marc O'Polo", "Peek & Cloppenburg", "Harald Nyborg", "Lise Charmel", "Jacadi", "Tous",
                   "Carolina Bucci", "Marcel Wanders", "Otto Bock", "Käthe Kruse", "Steiff", "Ferdinand Bilstein",
                   "Hanro", "Wolford", "Sandro"]

ALNUM = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"

MONTHS7 = {
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
WEEKDAYS7 = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sv": ["måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def birth_h7(case, lang):
    """A birth date with its weekday ("Sunday, March 3, 1985", "söndagen den 3 mars 1985"), or in forms no earlier
    generator writes ("March the 3rd, 1985", "03 / 03 / 1985", "3.mars 1985", "03 März 1985", "3-mars-1985",
    "3.mar.1985"); else one of birth_six()'s, one time in four."""
    roll = case.rng.random()
    if roll < 0.25:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    name = MONTHS7[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "th": ORDINAL.get(day, "th"), "wd": WEEKDAYS7[lang][datetime.date(year, month, day).weekday()]}
    if roll < 0.55:
        styles = {"en": ["%(wd)s, %(name)s %(d)d, %(y)d", "%(wd)s %(d)d %(name)s %(y)d"],
                  "no": ["%(wd)s %(d)d. %(name)s %(y)d", "%(wd)s %(d)02d.%(m)02d.%(y)d"],
                  "sv": ["%(wd)s den %(d)d %(name)s %(y)d"],
                  "de": ["%(wd)s, %(d)d. %(name)s %(y)d", "%(wd)s, den %(d)02d.%(m)02d.%(y)d"],
                  "fr": ["%(wd)s %(d)d %(name)s %(y)d"],
                  "es": ["%(wd)s, %(d)d de %(name)s de %(y)d", "%(wd)s %(d)d/%(m)02d/%(y)d"]}[lang]
    else:
        styles = {"en": ["%(name)s the %(d)d%(th)s, %(y)d", "%(d)02d / %(m)02d / %(y)d", "%(y)d-%(m)d-%(d)d",
                         "%(abbr)s %(d)02d %(y)d"],
                  "no": ["%(d)d.%(name)s %(y)d", "den %(d)d. %(name)s %(y)d", "%(d)02d %(m)02d %(y)d"],
                  "sv": ["den %(d)d:e %(name)s %(y)d", "%(y)d-%(m)d-%(d)d", "%(d)02d/%(m)02d-%(y)d"],
                  "de": ["%(d)02d %(name)s %(y)d", "%(d)d. %(m)d. %(yy)02d", "den %(d)d. %(name)s %(y)d"],
                  "fr": ["%(d)d-%(name)s-%(y)d", "%(d)02d-%(abbr)s-%(yy)02d", "%(y)d/%(m)02d/%(d)02d"],
                  "es": ["%(d)d.%(abbr)s.%(y)d", "%(d)02d-%(m)02d-%(y)d", "%(d)d %(abbr)s %(y)d"]}[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1:
        text = text.replace("1 " + name, "1er " + name)
    if lang == "en" and text == "%s %02d %d" % (fields["abbr"], day, year):
        text = text.upper()            # "MAR 03 1985", as a card or a form prints it
    return text


def birth_kid7(case, lang):
    """A child's birth date (2010-2020) in the language's everyday form."""
    r = case.rng
    year, month, day = r.randrange(2010, 2021), r.randrange(1, 13), r.randrange(1, 29)
    form = {"en": ["%(m)02d/%(d)02d/%(y)d", "%(name)s %(d)d, %(y)d"], "no": ["%(d)02d.%(m)02d.%(y)d"],
            "sv": ["%(y)d-%(m)02d-%(d)02d"], "de": ["%(d)02d.%(m)02d.%(y)d"], "fr": ["%(d)02d/%(m)02d/%(y)d"],
            "es": ["%(d)02d/%(m)02d/%(y)d", "%(d)d de %(name)s de %(y)d"]}[lang]
    return case.v.pick(form) % {"d": day, "m": month, "y": year, "name": MONTHS7[lang][month - 1]}


def phone_h7(case, lang):
    """A phone in groupings no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["%s-%s %s" % (a, e, line), "001-%s-%s-%s" % (a, e, line), "(%s)%s %s" % (a, e, line)])
    if country == "UK":
        m = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44 (" + m[:4] + ") " + m[4:], "0044-" + m[:4] + "-" + m[4:],
                       "+44 " + m[:4] + " " + m[4:6] + " " + m[6:8] + " " + m[8:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick([n[:2] + " " + n[2:5] + " " + n[5:], "+47 " + n[:3] + " " + n[3:], "0047-" + n[:3] + " " +
                       n[3:5] + " " + n[5:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick([m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:], "+46 " + m[1:3] + "-" + m[3:],
                       "0046 (0)" + m[1:3] + " " + m[3:6] + " " + m[6:8] + " " + m[8:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["0" + m[:3] + "/" + m[3:7] + "-" + m[7:], "(+49) " + m[:3] + " " + m[3:], "0049-" + m[:3] + "-" +
                       m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        return v.pick(["+33 " + n[0] + " " + n[1:5] + " " + n[5:], "0033-" + n[0] + "-" + "-".join(
            n[i:i + 2] for i in range(1, 9, 2)), "0" + n[0] + " " + n[1:5] + " " + n[5:]])
    m = v.pick("67") + d(8)
    return v.pick(["0034 " + m[:3] + "-" + m[3:6] + "-" + m[6:], "+34-" + m, "(+34)" + m[:3] + " " + m[3:6] + " " +
                   m[6:]])


def phone_dict7(case, lang):
    """A phone as dictation software writes it: spoken groups joined by commas ("412, 34, 567")."""
    v = case.v
    country = case.country(lang)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["%s, %s, %s" % (a, e, line), "%s %s, %s" % (a, e, line)])
    if country == "UK":
        m = "07" + v.pick("3456789") + d(8)
        return m[:5] + ", " + m[5:8] + ", " + m[8:]
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick([n[:3] + ", " + n[3:5] + ", " + n[5:], ", ".join(n[i:i + 2] for i in range(0, 8, 2))])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return m[:3] + ", " + m[3:6] + ", " + m[6:8] + ", " + m[8:]
    if country == "DE":
        m = "01" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return m[:4] + ", " + m[4:7] + ", " + m[7:10] + ", " + m[10:]
    if country == "FR":
        n = "0" + v.pick("67") + d(8)
        return ", ".join(n[i:i + 2] for i in range(0, 10, 2))
    m = v.pick("67") + d(8)
    return m[:3] + ", " + m[3:6] + ", " + m[6:]


FOLD7 = str.maketrans({"é": "e", "è": "e", "ô": "o", "ß": "ss", "ñ": "n", "ó": "o", "á": "a", "í": "i", "ú": "u",
                       "ü": "u", "ö": "o", "ä": "a", "å": "a", "ø": "o", "æ": "ae", "ç": "c", "'": "", " ": "",
                       "ë": "e", "ï": "i", "â": "a", "ê": "e", "î": "i", "û": "u", "Ó": "o", "Ø": "o", "Å": "a",
                       "Ö": "o", "Ä": "a", "Ü": "u", "ć": "c", "-": ""})


def underscore_name(case, lang):
    first, last = case.name_parts("u7", lang)
    return (first + "_" + last).lower().translate(FOLD7)


def first_initial(case, lang):
    first, last = case.name_parts("i7", lang)
    initial = last.split(" ")[-1][0].upper() if last[0].islower() else last[0]
    return first + " " + initial + "."


def app_password(case, lang):
    return "-".join(case.v.chars(string.ascii_lowercase, 4) for _ in range(4))


def password_h7(case, lang):
    """Keystore, wifi and portal passwords: words of the language, digits and a symbol, or a PIN-like suffix."""
    v, r = case.v, case.rng
    kind = r.randrange(3)
    if kind == 0:
        words = {"en": ["Marmalade", "Crumpet", "Lighthouse"], "no": ["Multekrem", "Brunost", "Fjøsnisse"],
                 "sv": ["Lingonsylt", "Kanelbulle", "Älgstek"], "de": ["Brezel", "Maultasche", "Schwarzwald"],
                 "fr": ["Madeleine", "Galette", "Clafoutis"], "es": ["Churros", "Gazpacho", "Ensaimada"]}[lang]
        return v.pick(words) + v.pick(["@", "#", "+", "$"]) + str(r.randrange(10, 100)) + v.pick(ALNUM)
    if kind == 1:
        return v.chars(ALNUM, 4) + v.pick("#$%&+") + v.chars(ALNUM, r.randrange(8, 14)) + v.pick("=!?")
    return "ks-" + v.chars(LOWER_DIGITS, 6) + "-" + v.chars(LOWER_DIGITS, 6) + "-" + v.digits(4)


def _c(alphabet, n, prefix="", suffix=""):
    return lambda case, lang: prefix + case.v.chars(alphabet, n) + suffix


def _mapbox(case, lang):
    v = case.v
    return "sk.eyJ1Ijoi" + v.chars(B64URL, 14) + "IiwiYSI6Im" + v.chars(B64URL, 22) + "In0." + v.chars(B64URL, 22)


def _fcm(case, lang):
    v = case.v
    return "AAAA" + v.chars(B64URL, 7) + ":APA91b" + v.chars(B64URL, 134)


# slot -> (family, make(case, lang), type), as generate.py's own slots
HELDOUT7_SECRETS = {
    "DOBH7": ("dob", birth_h7, "DATE_OF_BIRTH"),
    "DOBKID7": ("dobkid7", birth_kid7, "DATE_OF_BIRTH"),
    "PHONEH7": ("phoneh7", phone_h7, "PHONE"),
    "PHONEDICT7": ("phonedict7", phone_dict7, "PHONE"),
    "USCORE7": ("uscore7", underscore_name, "PERSON"),
    "FIRSTINIT7": ("firstinit7", first_initial, "PERSON"),
    "APPPW7": ("apppw7", app_password, "ENV_SECRET"),
    "PWH7": ("pwh7", password_h7, "ENV_SECRET"),
    "HNY7": ("hny7", _c(LOWER_DIGITS, 54, "hcaik_01"), "ENV_SECRET"),
    "HNYH7": ("hny7", _c(LOWER_DIGITS, 54, "hcaik_01"), "SECRET_TOKEN"),
    "DDAPI7": ("ddapi7", _c(HEX, 32), "ENV_SECRET"),
    "DDAPIH7": ("ddapi7", _c(HEX, 32), "SECRET_TOKEN"),
    "DDAPP7": ("ddapp7", _c(HEX, 40), "ENV_SECRET"),
    "BUGSNAG7": ("bugsnag7", _c(HEX, 32), "ENV_SECRET"),
    "BUGSNAGH7": ("bugsnag7", _c(HEX, 32), "SECRET_TOKEN"),
    "BKAGENT7": ("bkagent7", _c(LOWER_DIGITS, 50), "ENV_SECRET"),
    "BKAPI7": ("bkapi7", _c(HEX, 40, "bkua_"), "SECRET_TOKEN"),
    "SONAR7": ("sonar7", _c(HEX, 40, "squ_"), "ENV_SECRET"),
    "SONARH7": ("sonar7", _c(HEX, 40, "squ_"), "SECRET_TOKEN"),
    "CODECOV7": ("codecov7", lambda case, lang: case.v.uuid(), "ENV_SECRET"),
    "ZBXPSK7": ("zbxpsk7", _c(HEX, 64), "ENV_SECRET"),
    "GENIE7": ("genie7", lambda case, lang: case.v.uuid(), "SECRET_TOKEN"),
    "FCMKEY7": ("fcmkey7", _fcm, "SECRET_TOKEN"),
    "FCMKEYE7": ("fcmkey7", _fcm, "ENV_SECRET"),
    "MAPBOX7": ("mapbox7", _mapbox, "ENV_SECRET"),
    "MAPBOXH7": ("mapbox7", _mapbox, "SECRET_TOKEN"),
    "APMTOKEN7": ("apmtoken7", _c(ALNUM, 24), "ENV_SECRET"),
    "PAYPAL7": ("paypal7", _c(B64URL, 79, "E"), "ENV_SECRET"),
    "TRAVIS7": ("travis7", _c(ALNUM, 22), "SECRET_TOKEN"),
    "CMTOKEN7": ("cmtoken7", _c(B64URL, 43), "ENV_SECRET"),
    "CMTOKENH7": ("cmtoken7", _c(B64URL, 43), "SECRET_TOKEN"),
    "AIRTABLE7": ("airtable7", lambda case, lang: "pat" + case.v.chars(ALNUM, 14) + "." + case.v.chars(HEX, 64),
                  "SECRET_TOKEN"),
    "AIRTABLEE7": ("airtable7", lambda case, lang: "pat" + case.v.chars(ALNUM, 14) + "." + case.v.chars(HEX, 64),
                   "ENV_SECRET"),
    "POSTMARK7": ("postmark7", lambda case, lang: case.v.uuid(), "ENV_SECRET"),
}


def policy_number(v, r):
    return v.pick(["POL-%d-%06d", "Polise %d%06d", "Vers.-Nr. %d/%06d", "Contrat n° %d%06d", "Póliza %d-%06d",
                   "Försäkringsnr %d-%06d"]) % (r.randrange(2019, 2027), r.randrange(10 ** 6))


def document_number(v, r):
    """A reference printed on a letter or form: a case, a file or a receipt, not a person's number."""
    return v.pick(["Ref. %s/%d/%04d" % (v.pick(["HR", "LEG", "ADM"]), r.randrange(2023, 2027), r.randrange(10 ** 4)),
                   "Saksnr. %d/%05d" % (r.randrange(2023, 2027), r.randrange(10 ** 5)),
                   "Ärende %d-%04d" % (r.randrange(2023, 2027), r.randrange(10 ** 4)),
                   "Vorgang %s-%d" % (v.digits(4), r.randrange(100, 999)),
                   "Dossier %s%s" % (v.chars("ABCDEFGH", 2), v.digits(6)),
                   "Expediente %d/%05d" % (r.randrange(2023, 2027), r.randrange(10 ** 5))])


HELDOUT7_DECOYS = {
    # feasts and days of the year: capitalised, some named after people
    "FEAST7": {
        "en": ["Thanksgiving", "Boxing Day", "Burns Night", "Martin Luther King Jr. Day", "Shrove Tuesday", "Hogmanay"],
        "no": ["syttende mai", "Jonsok", "Kyndelsmesse", "Fastelavn", "Mortensaften"],
        "sv": ["Midsommarafton", "Gustav Adolfsdagen", "Kanelbullens dag", "Trettondagsafton", "Fettisdagen"],
        "de": ["Pfingstmontag", "Mariä Himmelfahrt", "Rosenmontag", "Reformationstag", "Aschermittwoch"],
        "fr": ["la Chandeleur", "la Saint-Sylvestre", "l'Ascension", "la Pentecôte", "le 14 Juillet"],
        "es": ["Día de Reyes", "Nochebuena", "la Diada", "Semana Santa", "Día de la Hispanidad"],
    },
    # museums, halls and institutes named after people: places, not people
    "EPON7": {
        "en": ["Carnegie Hall", "Wellcome Collection", "Bodleian Library", "Tate Britain", "Guggenheim"],
        "no": ["Munchmuseet", "Vigelandsparken", "Ibsenhuset", "Nansenskolen", "Holbergs plass"],
        "sv": ["Zornmuseet", "Millesgården", "Strindbergsmuseet", "Nobelmuseet", "Carl Larssons gård"],
        "de": ["Goethe-Institut", "Max-Planck-Institut", "Händel-Haus", "Humboldt-Forum", "Wallraf-Richartz-Museum"],
        "fr": ["Musée Rodin", "Centre Pompidou", "Lycée Henri-IV", "Musée Picasso"],
        "es": ["Museo Sorolla", "Palau Güell", "Fundació Joan Miró", "Casa Batlló", "Museo Reina Sofía"],
    },
    # values from documentation and standards: they belong to nobody
    "SAMPLE7": ["NL91 ABNA 0417 1643 00", "6011 0009 9013 9424", "378282246310005", "3056 9309 0259 04",
                "ya29.a0-SAMPLE-TOKEN", "AIzaSyA-EXAMPLE-ONLY-DO-NOT-USE", "xxxx-xxxx-xxxx-xxxx"],
    "PH7": ["$(inherited)", "@string/maps_api_key", "${MAPBOX_SECRET}", "$CM_KEYSTORE_PASSWORD", "env:HONEYCOMB_KEY",
            "${DD_API_KEY:?missing}", "secure: <encrypted>", "{$ZBX_PSK_FILE}", "<<from Bitwarden>>",
            "$(SONAR_TOKEN)", "[set in CI]", "%APM_SECRET%"],
    "SIGN7": {
        "en": ["Warmest wishes", "With thanks and best wishes", "All the best for now"],
        "no": ["Klem fra oss", "Hilsen styret", "Ha en fin helg"],
        "sv": ["Ses snart", "Kram från oss", "Ha en fin helg"],
        "de": ["Herzliche Grüße aus dem Büro", "Schönes Wochenende", "Beste Grüße nach Hause"],
        "fr": ["Bises à tous", "À bientôt j'espère", "Bonne soirée à tous"],
        "es": ["Un beso", "Un saludo grande", "Nos vemos pronto"],
    },
    "HEAD7": {
        "en": ["Next of Kin", "Declarations", "Payment Details", "Witness Details"],
        "no": ["Nærmeste familie", "Betalingsinformasjon", "Arbeidstaker"],
        "sv": ["Anhöriga", "Närstående", "Betalningsuppgifter", "Arbetstagare"],
        "de": ["Notfallkontakte", "Zahlungsdaten", "Arbeitnehmer"],
        "fr": ["Coordonnées bancaires", "Salarié"],
        "es": ["Datos bancarios", "Trabajador"],
    },
    # land-registry references: they name a plot, never a person
    "CADASTRE7": {
        "en": ["Parcel 114-22-061", "Lot 17, Block 4", "Parcel 208-05-317"],
        "no": ["gnr. 45 bnr. 112", "gnr. 12 bnr. 7 snr. 3", "gnr. 201 bnr. 88"],
        "sv": ["Kvarnbacken 5:108", "Tallnäs 2:14", "Sjöbotten 1:77"],
        "de": ["Flurstück 1127/4", "Flur 3, Flurstück 88/2", "Gemarkung Oberau, Flurstück 412"],
        "fr": ["section AB n° 212", "parcelle ZK 48", "section C n° 1093"],
        "es": ["ref. catastral 9872023VH5797S", "parcela 114 del polígono 7", "finca registral 20.114"],
    },
    "POLICY7": policy_number,
    "DOCNO7": document_number,
    "BIB7": lambda v, r: v.pick(["bib %d", "Startnr. %d", "dorsal %d", "startnummer %d", "dossard %d"])
    % r.randrange(100, 9999),
    "CM7": lambda v, r: "%d cM" % r.randrange(20, 3500),
    "XCVAR7": ["$(PRODUCT_BUNDLE_IDENTIFIER)", "$(MARKETING_VERSION)", "$(DEVELOPMENT_TEAM)", "$(SRCROOT)"],
    # clubs named after places and people: teams, not people
    "CLUB7": {
        "en": ["Hibernian", "Ross County", "Wolverhampton Wanderers", "Hamilton Academical"],
        "no": ["Strømsgodset", "Raufoss", "Mjøndalen", "Sandefjord", "Hødd"],
        "sv": ["Sirius", "GAIS", "Halmstads BK", "Mjällby AIF", "Åtvidabergs FF"],
        "de": ["Eintracht Braunschweig", "SpVgg Unterhaching"],
        "fr": ["Stade Brestois", "Grenoble Foot", "AJ Auxerre"],
        "es": ["Racing de Ferrol", "SD Huesca", "CD Leganés"],
    },
    # capitalised common words where a name would stand: errands of housing, work and estates
    "ERRAND7": {
        "en": ["Probate", "Overtime", "Appendix C"],
        "no": ["Tinglysing", "Overtid", "Forkjøpsrett"],
        "sv": ["Lagfart", "Övertid", "Tillträde"],
        "de": ["Grundbuch", "Überstunden", "Nachlass"],
        "fr": ["Quittance", "Mutuelle", "Franchise"],
        "es": ["Escritura", "Herencia", "Hipoteca"],
    },
    # what a tenant or a buyer pays first: a capitalised word, not a name
    "DEPOSIT7": {
        "en": ["Escrow", "Earnest Money", "Holding Deposit"],
        "no": ["Depositum", "Forskudd", "Innskuddet"],
        "sv": ["Handpenning", "Depositionen", "Hyresgarantin"],
        "de": ["Kaution", "Mietsicherheit", "Anzahlung"],
        "fr": ["Caution", "Garantie", "Provision"],
        "es": ["Fianza", "Señal", "Reserva"],
    },
    "TESTCARD7": ["4000 0000 0000 0002", "4000 0025 0000 3155", "2223 0031 2200 3222"],
}

_DEVELOPERS = [
    # ---- observability and CI vendors ----
    ("otelcol", None, "# otel-collector-config.yaml\nreceivers:\n  otlp:\n    protocols:\n      grpc:\n"
     "        endpoint: «IP»:4317\nexporters:\n  otlp/honeycomb:\n    endpoint: api.honeycomb.io:443\n    headers:\n"
     "      x-honeycomb-team: «HNYH7»\n      x-honeycomb-dataset: checkout\n  datadog:\n    api:\n"
     "      site: datadoghq.eu\n      key: «DDAPI7»\n  otlphttp/grafana:\n    endpoint: "
     "https://otlp-gateway.grafana.net/otlp\n"
     "    headers:\n      authorization: Basic «BASICAUTH»\n\n# the old key was ⟦${HONEYCOMB_API_KEY}⟧ and that "
     "worked, this one gets "
     "401 from honeycomb since ⟦«~VERSION»⟧"),
    ("otelcol", None, "service:\n  telemetry:\n    resource:\n      service.owner: \"«NAME» <«EMAIL»>\"\n"
     "  pipelines:\n    traces:\n      exporters: [otlp/hc]\nexporters:\n  otlp/hc:\n    headers:\n"
     "      \"x-honeycomb-team\": \"«HNYH7»\"\nprocessors:\n  attributes/scrub:\n    actions:\n"
     "      - key: user.phone\n        action: delete\n\n# but this span still got through:\n"
     "#   user.name=«NAME:b» user.phone=«PHONEH7» user.birthdate=«DOBISO»"),
    ("bugsnag", None, "{\n  \"apiKey\": \"«BUGSNAG7»\",\n  \"notifier\": {\"name\": \"Bugsnag Android\", "
     "\"version\": \"⟦«~VERSION»⟧\"},\n  \"events\": [{\n    \"exceptions\": [{\"errorClass\": "
     "\"java.lang.IllegalStateException\", \"message\": \"Payment sheet shown twice\"}],\n"
     "    \"user\": {\"id\": \"⟦«~UUID»⟧\", \"name\": \"«NAME»\", \"email\": \"«EMAIL»\"},\n"
     "    \"metaData\": {\"checkout\": {\"phone\": \"«PHONEH7»\", \"cardholder\": \"«UPNAME»\", \"last4\": "
     "\"«=LAST4»\"}},\n"
     "    \"device\": {\"osVersion\": \"14\", \"manufacturer\": \"⟦Fairphone⟧\"}\n  }]\n}\n\nwhy is the whole user "
     "object in bugsnag? we never call setUser"),
    ("bugsnag", ["en"], "// AppDelegate.swift\nlet config = BugsnagConfiguration(\"«BUGSNAG7»\")\n"
     "config.endpoints = BugsnagEndpointConfiguration(notify: \"⟦https://notify.bugsnag.com⟧\", sessions: "
     "\"https://sessions.bugsnag.com\")\nBugsnag.start(with: config)\nBugsnag.setUser(\"⟦«~UUID»⟧\", withEmail: "
     "\"«EMAIL»\", andName: \"«NAME»\")\n\nreview comment from «FIRSTINIT7»: please don't send the name, use the id "
     "only"),
    ("buildkite", None, "# /etc/buildkite-agent/buildkite-agent.cfg\ntoken=\"«BKAGENT7»\"\n"
     "name=\"ci-%hostname-%spawn\"\ntags=\"queue=deploy,os=linux\"\nbuild-path=\"/var/lib/buildkite-agent/builds\"\n\n"
     "$ curl -H \"Authorization: Bearer «BKAPI7»\" https://api.buildkite.com/v2/organizations/«=WORD»/agents\n"
     "[{\"name\": \"ci-runner-2\", \"ip_address\": \"«IP»\", \"creator\": {\"name\": \"«NAME»\", \"email\": "
     "\"«EMAIL»\"}}]\n\nthe agent registers but never takes jobs from the deploy queue"),
    ("buildkite", None, "steps:\n  - label: \":rocket: deploy\"\n    command: scripts/deploy.sh\n    env:\n"
     "      DEPLOY_DB_URL: \"postgres://deploy:«URLPASS»@«IP»:5432/app\"\n      SENTRY_AUTH_TOKEN: \"«HEXTOKEN»\"\n"
     "      DD_APP_KEY: \"«DDAPP7»\"\n"
     "    plugins:\n      - docker-login#v2.1.0:\n          username: «USCORE7»\n          password-env: "
     "⟦DOCKER_LOGIN_PASSWORD⟧\n"
     "    notify:\n      - email: \"«EMAIL»\"\n\nwho committed this? blame says «NAME»"),
    ("travisci", None, "language: node_js\nnode_js: [20]\nenv:\n  global:\n    - secure: \"⟦«~SHA64»⟧\"\n"
     "    - CODECOV_TOKEN=«CODECOV7»\n    - NPM_EMAIL=«EMAIL»\n"
     "    - NPM_PASSWORD=«PASSWORD»\ndeploy:\n  provider: npm\n  api_key: «GENERIC»\n"
     "notifications:\n  slack: «=WORD»:«TRAVIS7»\n\n# travis encrypt said it encrypted the token but the build log "
     "shows "
     "npm login as «USCORE7»"),
    ("mobileci", None, "# codemagic.yaml\nworkflows:\n  ios-release:\n    environment:\n      vars:\n"
     "        APP_STORE_CONNECT_ISSUER_ID: ⟦«~UUID»⟧\n        APP_STORE_CONNECT_KEY_IDENTIFIER: ⟦«=WORD»⟧\n"
     "        FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: «APPPW7»\n        CM_KEYSTORE_PASSWORD: «PWH7»\n"
     "        CM_API_TOKEN: «CMTOKEN7»\n    publishing:\n      email:\n        recipients:\n          - «EMAIL:a»\n"
     "          - «EMAIL:b»\n\nbuild fails at signing, keystore password wrong? it's the one «FIRST» gave me"),
    ("mobileci", None, "format_version: \"13\"\napp:\n  envs:\n  - BITRISE_PROJECT_PATH: ios/App.xcworkspace\n"
     "  - ANDROID_KEYSTORE_PASSWORD: «PWH7:k»\n  - ANDROID_KEY_PASSWORD: «PWH7:k»\n  - MAPBOX_DOWNLOADS_TOKEN: "
     "«MAPBOX7»\n"
     "workflows:\n  deploy:\n    steps:\n    - deploy-to-itunesconnect-application-loader:\n        inputs:\n"
     "        - itunescon_user: «EMAIL»\n        - password: «APPPW7»\n\n(same password for the key and the store, "
     "is that a problem?)"),
    ("sonar", None, "# sonar-project.properties\nsonar.projectKey=«=WORD»_checkout\nsonar.organization=«=WORD»\n"
     "sonar.host.url=⟦https://sonarcloud.io⟧\nsonar.login=«SONAR7»\nsonar.sources=src\n"
     "sonar.jdbc.password=«PASSWORD»\n\n$ curl -u «SONARH7»: https://sonar.«=WORD».internal/api/projects/search\n"
     "{\"errors\":[{\"msg\":\"Insufficient privileges\"}]}"),
    ("sonar", None, "$ mvn sonar:sonar -Dsonar.token=«SONARH7» -Dsonar.projectKey=shop\n[INFO] Analysis report "
     "uploaded in 412ms\n[WARNING] New issue: Hard-coded credential in src/main/resources/application.yml:14 "
     "(spring.datasource.password=«PASSWORD»)\n[INFO] Author of the line: «NAME» <«EMAIL»>\n"
     "[INFO] ANALYSIS SUCCESSFUL, you can find the results at: ⟦https://sonarcloud.io⟧/dashboard?id=shop"),
    ("vector", None, "# vector.toml\n[sources.app]\ntype = \"file\"\ninclude = [\"/var/log/app/*.log\"]\n\n"
     "[sinks.dd]\ntype = \"datadog_logs\"\ninputs = [\"app\"]\ndefault_api_key = \"«DDAPI7»\"\nsite = "
     "\"datadoghq.eu\"\n\n"
     "[sinks.es]\ntype = \"elasticsearch\"\nendpoints = [\"https://vector:«URLPASS:e»@«IP»:9200\"]\n"
     "auth.strategy = \"basic\"\nauth.user = \"vector\"\nauth.password = \"«PASSWORD:e»\"\n\n"
     "[sinks.hc]\ntype = \"honeycomb\"\ndataset = \"app\"\napi_key = \"«HNY7»\"\n\nsample event that reached datadog:\n"
     "{\"msg\":\"signup\",\"name\":\"«NAME»\",\"mobile\":\"«PHONEH7»\",\"host\":\"«IP»\"}"),
    ("zabbix", None, "# /etc/zabbix/zabbix_agent2.conf\nServer=«IP:z»\nServerActive=«IP:z»\nHostname=db-«=NUM»\n"
     "TLSConnect=psk\nTLSAccept=psk\nTLSPSKIdentity=PSK «=WORD»\nTLSPSKFile=/etc/zabbix/zabbix_agent2.psk\n\n"
     "$ cat /etc/zabbix/zabbix_agent2.psk\n«ZBXPSK7»\n\n$ zabbix_get -s «IP» -k system.uptime --tls-connect psk "
     "--tls-psk-identity \"PSK «=WORD»\" --tls-psk-file ⟦{$ZBX_PSK_FILE}⟧\nzabbix_get [1234]: Get value error: TLS "
     "handshake "
     "failed"),
    ("zabbix", None, "Problem: MySQL: Service is down\nHost: db-«=NUM» («IP»)\nSeverity: High\n"
     "Started at ⟦«=TIME»⟧ on ⟦«~ISODATE»⟧\nOperational data: Down (0)\n\nEscalation step 2: SMS to «NAME:a» "
     "(«PHONEH7:a»), "
     "then «NAME:b» («PHONE4:b»)\nMedia type: ⟦Twilio SMS⟧, script parameters: {ALERT.SENDTO}, twilio auth token "
     "«TOKEN»\n"
     "Original problem ID: ⟦«=NUM»⟧"),
    ("opsgenie", None, "$ curl -X POST ⟦https://api.opsgenie.com/v2/alerts⟧ \\\n  -H \"Authorization: GenieKey "
         "«GENIE7»\" "
     "\\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"message\": \"disk full on «IP»\", \"responders\": "
     "[{\"username\": \"«EMAIL»\", \"type\": \"user\"}], \"note\": \"call «FIRST» on «PHONEH7» if no ack\"}'\n"
     "{\"result\":\"Request will be processed\",\"took\":0.302,\"requestId\":\"⟦«~UUID»⟧\"}"),
    ("opsgenie", None, "On-call schedule export (Ops team), week ⟦«=NUM»⟧\nPrimary: «NAME:a» | «EMAIL:a» | "
         "«PHONEH7:a»\n"
     "Secondary: «NAME:b» | «EMAIL:b» | «PHONE4:b»\nManager: «LASTFIRST»\nOverride on ⟦«~FEAST7»⟧: «FIRST:a» swaps "
     "with «FIRST:b»\nHeartbeat API key: «GENIE7»"),
    ("apmagent", None, "# elasticapm.properties\nservice_name=billing\nserver_url=https://«IP»:8200\n"
     "secret_token=«APMTOKEN7»\nenvironment=production\ncapture_body=all\n\n# problem: capture_body=all sends this "
     "to APM:\n# {\"customer\":\"«NAME»\",\"iban\":\"«IBAN»\",\"birthdate\":\"«DOBISO»\"}\n"
     "# should it be errors only?"),
    ("icinga", None, "// /etc/icinga2/conf.d/api-users.conf\nobject ApiUser \"root\" {\n  password = \"«PASSWORD»\"\n"
     "  permissions = [ \"*\" ]\n}\n\nobject User \"«USCORE7»\" {\n  display_name = \"«NAME:u7»\"\n  email = "
     "\"«EMAIL:u7»\"\n"
     "  pager = \"«PHONEH7»\"\n  groups = [ \"icingaadmins\" ]\n}\n\n$ curl -k -s -u root:'«URLPASS»' "
     "https://«IP»:5665/v1/objects/hosts | jq length"),
    # ---- mobile app files ----
    ("xcconfig", ["en", "de", "fr"], "// Config/Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.«=WORD».app\n"
     "DEVELOPMENT_TEAM = ⟦«=WORD»⟧\nMARKETING_VERSION = ⟦«~VERSION»⟧\nAPI_BASE_URL = https:/$()/api.«=WORD».com\n"
     "MAPBOX_ACCESS_TOKEN = «MAPBOX7»\nREVENUECAT_SECRET_KEY = «HEXTOKEN»\nGOOGLE_MAPS_API_KEY = «GOOGLE»\n"
     "INFOPLIST_KEY_NSHumanReadableCopyright = © «NAME»\n\n// Debug.xcconfig includes this and sets "
     "API_BASE_URL = ⟦«~XCVAR7»⟧ — is it ok that the keys are in git?"),
    ("infoplist", None, "<key>CFBundleIdentifier</key>\n<string>⟦$(PRODUCT_BUNDLE_IDENTIFIER)⟧</string>\n"
     "<key>GMSApiKey</key>\n<string>«GOOGLE»</string>\n<key>MBXAccessToken</key>\n<string>«MAPBOX7»</string>\n"
     "<key>SupportPhone</key>\n<string>«PHONEH7»</string>\n<key>ReviewerAccount</key>\n<dict>\n"
     "  <key>username</key><string>«EMAIL»</string>\n  <key>password</key><string>«PWH7:r»</string>\n</dict>\n\n"
     "App Review rejected us (2.1), the demo login «PWH7:r» doesn't work for them"),
    ("androidmanifest", None, "<application android:name=\".App\">\n  <meta-data "
         "android:name=\"com.google.android.geo.API_KEY\"\n"
     "      android:value=\"«GOOGLE»\"/>\n  <meta-data android:name=\"com.bugsnag.android.API_KEY\"\n"
     "      android:value=\"«BUGSNAG7»\"/>\n</application>\n\n"
     "<!-- res/values/secrets.xml -->\n<string name=\"paypal_client_secret\">«PAYPAL7»</string>\n"
     "<string name=\"support_phone\">«PHONEH7»</string>\n\nlint says ⟦@string/maps_api_key⟧ would be safer, how?"),
    ("capacitor", None, "// capacitor.config.ts\nconst config: CapacitorConfig = {\n  appId: 'com.«=WORD».portal',\n"
     "  appName: '⟦«~BRAND»⟧ Club',\n  server: { url: 'http://«IP»:8100', cleartext: true },\n  plugins: {\n"
     "    PushNotifications: { presentationOptions: ['badge', 'alert'] },\n"
     "    FirebaseAuthentication: { apiKey: '«GOOGLE»' },\n  },\n};\n\n// .env.production\n"
     "VITE_AIRTABLE_TOKEN=«AIRTABLEE7»\nVITE_TEST_USER=«EMAIL»\nVITE_TEST_PASSWORD=«PWH7»"),
    ("fcmpush", None, "$ curl -X POST ⟦https://fcm.googleapis.com/fcm/send⟧ \\\n  -H \"Authorization: key=«FCMKEY7»\" "
         "\\\n"
     "  -H \"Content-Type: application/json\" \\\n  -d '{\"to\": \"⟦«~HEXID»⟧\", \"notification\": {\"title\": "
     "\"Hi «FIRST»\", \"body\": \"Your pickup code for ⟦«~BRAND»⟧ is ready\"}, \"data\": {\"phone\": \"«PHONEH7»\"}}'\n"
     "{\"multicast_id\":⟦«=NUM»⟧,\"success\":0,\"failure\":1,\"results\":[{\"error\":\"InvalidRegistration\"}]}\n\n"
     "is the legacy key dead already?"),
    ("fcmpush", None, "# functions/.env (firebase "
         "functions)\nFCM_SERVER_KEY=«FCMKEYE7»\nPOSTMARK_SERVER_TOKEN=«POSTMARK7»\n"
     "ADMIN_EMAIL=«EMAIL»\n\n// index.js\nawait admin.messaging().send({ token, notification: { title: `Hej ${first}` "
     "} });\n"
     "// test user: «NAME», «PHONEH7», born «DOBISO»"),
]

HELDOUT7_STRUCTURED = _DEVELOPERS * 2 + [
    # ---- payment and accounting exports ----
    ("paypalcsv", None, "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"From "
         "Email Address\","
     "\"Transaction ID\",\"Contact Phone Number\"\n\"⟦«~ISODATE»⟧\",\"«=TIME»\",\"CET\",\"«NAME:a»\",\"Mobile "
     "Payment\","
     "\"Completed\",\"EUR\",\"«~AMOUNT»\",\"«EMAIL:a»\",\"⟦«=WORD»⟧\",\"«PHONEH7:a»\"\n\"⟦«~ISODATE»⟧\",\"«=TIME»\",\""
     "CET\","
     "\"«NAME:b»\",\"Subscription "
     "Payment\",\"Completed\",\"EUR\",\"⟦«~AMOUNT»⟧\",\"«EMAIL:b»\",\"⟦«~BOOKREF»⟧\",\"\"\n\n"
     "which of these are friends-and-family and which are sales for the tax return?"),
    ("paypalcsv", ["en"], "# .env for the PayPal payouts "
         "script\nPAYPAL_CLIENT_ID=⟦«=WORD»-client⟧\nPAYPAL_CLIENT_SECRET=«PAYPAL7»\n"
     "PAYPAL_MODE=live\n\nrecipients.csv:\nemail,amount,note\n«EMAIL:a»,50.00,referral bonus «FIRST:a»\n"
     "«EMAIL:b»,75.00,\"refund, order ⟦«~ORDER»⟧\"\n\nthe batch is DENIED, is it the secret or the recipients?"),
    ("iif", ["en"], "!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tMEMO\n!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAM"
         "E\tAMOUNT\n"
     "!ENDTRNS\nTRNS\t⟦«=NUM»⟧\tCHECK\t⟦«~DATE»⟧\tChecking\t«NAME:a»\t-1250.00\tcontractor, SSN «SSN» for 1099\n"
     "SPL\t⟦«=NUM»⟧\tCHECK\t⟦«~DATE»⟧\tSubcontractors\t«NAME:a»\t1250.00\nENDTRNS\n"
     "TRNS\t⟦«=NUM»⟧\tDEPOSIT\t⟦«~DATE»⟧\tChecking\t«NAME:b»\t980.00\tACH from routing «ABA» acct «=NUM12»\n\n"
     "QuickBooks Desktop refuses this file: \"Error on line 4\""),
    ("xerocsv", None, "*ContactName,EmailAddress,FirstName,LastName,PhoneNumber,MobileNumber,BankAccountNumber,TaxNumb"
         "er\n"
     "\"«LASTFIRST:a»\",«EMAIL:a»,«FIRST:a»,«LAST:a»,,«PHONEH7:a»,«IBAN:a»,\n\"⟦«~BRAND»⟧ Ltd\",«SUPPORTEMAIL»,,,,,"
     "⟦GB29 NWBK 6016 1331 9268 19⟧,\n\"«LASTFIRST:b»\",«EMAIL:b»,«FIRST:b»,«LAST:b»,«PHONE4:b»,,«IBAN:b»,\n\n"
     "the import says row 3 is a duplicate, it isn't"),
    ("camt053", None, "<Ntry>\n  <Amt Ccy=\"EUR\">⟦«=NUM»⟧.00</Amt>\n  <CdtDbtInd>CRDT</CdtDbtInd>\n"
     "  <BookgDt><Dt>⟦«~ISODATE»⟧</Dt></BookgDt>\n  <NtryDtls><TxDtls>\n    <RltdPties>\n"
     "      <Dbtr><Nm>«UPNAME»</Nm></Dbtr>\n      <DbtrAcct><Id><IBAN>«IBAN»</IBAN></Id></DbtrAcct>\n    </RltdPties>\n"
     "    <RmtInf><Ustrd>Husleie «FIRST» + depositum, tlf «PHONEH7»</Ustrd></RmtInf>\n  "
     "</TxDtls></NtryDtls>\n</Ntry>\n\n"
     "how do I parse <Ustrd> in pandas?"),
    ("ofx", ["en"], "OFXHEADER:100\nDATA:OFXSGML\n<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</STATUS>\n"
     "<USERID>«USCORE7»\n<USERPASS>«PWH7»\n</SONRS></SIGNONMSGSRSV1>\n<BANKMSGSRSV1><STMTTRNRS><STMTRS>\n"
     "<BANKACCTFROM><BANKID>«ABA»<ACCTID>«=NUM12»<ACCTTYPE>CHECKING</BANKACCTFROM>\n<STMTTRN><TRNTYPE>DEBIT\n"
     "<NAME>ZELLE TO «UPNAME»\n<MEMO>rent ⟦«~FEAST7»⟧ week\n</STMTTRN>\n\nthe old direct connect file from my bank, "
     "is the password in it a problem?"),
    # ---- school and healthcare portals ----
    ("sisroster", None, "student_id,first_name,last_name,birthdate,grade,guardian_name,guardian_phone,guardian_email\n"
     "«=NUM»,«FIRST:a»,«LAST:a»,«DOBKID7:a»,7,«NAME:p»,«PHONEH7:p»,«EMAIL:p»\n"
     "«=NUM»,«FIRST:b»,«LAST:b»,«DOBKID7:b»,7,«NAME:q»,«PHONE4:q»,«EMAIL:q»\n\n"
     "Canvas SIS import fails on birthdate, which format does it want?"),
    ("sisroster", ["no"], "Elev;Fødselsdato;Klasse;Foresatt;Mobil foresatt;E-post foresatt\n"
     "«NAME:a»;«DOBKID7:a»;6B;«NAME:p»;«PHONEH7:p»;«EMAIL:p»\n«NAME:b»;«DOBKID7:b»;6B;«NAME:q»;«PHONEDICT7@no:q»;"
     "«EMAIL:q»\n\n"
     "⟦Visma⟧ InSchool-eksporten, kan du lage en klasseliste uten fødselsdato til ⟦«~FEAST7»⟧-feiringen?"),
    ("mychart", ["en"], "MyChart message\nFrom: «NAME:a»\nTo: Dr. «LAST:d»'s care team\nSubject: Refill question\n\n"
     "Hi, this is «FIRST:a» (DOB «DOBH7»). Pharmacy says the prior auth expired. My insurance member ID changed to "
     "⟦«~POLICY7»⟧. Best number is «PHONEH7».\n\nReply from «INITIAL:n», RN:\nWe sent it to ⟦«~EPON7»⟧ pharmacy today. "
     "⟦«~SIGN7»⟧"),
    ("mychart", ["sv"], "1177 Vårdguiden – meddelande\nFrån: «NAME»\nPersonnummer: «PNR»\nÄmne: Förnya recept\n\n"
     "Hej! Jag behöver förnya receptet inför ⟦«~FEAST7»⟧. Ni når mig på «PHONEH7». Min granne «NAME:m» kan hämta ut "
     "det med fullmakt.\n⟦«~SIGN7»⟧"),
    ("iepplan", ["en"], "INDIVIDUALIZED EDUCATION PROGRAM — meeting notes\nStudent: «NAME:a»   DOB: «DOBKID7»\n"
     "Parent/guardian: «NAME:p» («PHONEH7:p», «EMAIL:p»)\nCase manager: «INITIAL:c»\nPresent: «NAME:p», «NAME:c», "
     "«NAME:t» (speech), ⟦Transition Plan⟧ review\nNotes: «FIRST:a» reads at grade level with support; «FIRST:p» asked "
     "about the ⟦«~EPON7»⟧ program."),
    ("iepplan", ["de"], "Förderplan / plan d'accompagnement\nKind: «NAME:a», geb. «DOBKID7»\n"
     "Erziehungsberechtigte: «NAME:p», Tel. «PHONEH7»\nKlassenlehrerin: «NAME:t»\nGespräch am ⟦«~DATE»⟧ mit «FIRST:p» "
     "und «FIRST:t»: ⟦Das Protokoll⟧ liegt bei."),
    ("apptletter", ["en"], "«~HEAD7»\n⟦NHS⟧ Foundation Trust — Outpatient appointment\nPatient: «UPNAME» "
     "\nDate of birth: «DOBH7»\nAppointment: ⟦«~DATE»⟧ at ⟦«~EPON7»⟧ outpatients\nTo rebook call «PHONEH7». "
     "Your GP, «INITIAL», has been sent a copy.\nNI number on file: «NINO» — please check it is correct."),
    ("apptletter", ["es"], "Cita previa — Centro de Salud ⟦«~CITY»⟧\nPaciente: «NAME»\nFecha de nacimiento: «DOBH7»\n"
     "Teléfono de contacto: «PHONEH7»\nFecha de la cita: ⟦«~DATE»⟧ (⟦«~FEAST7»⟧ no hay consulta)\n"
     "Acompañante: «NAME:b», «PHONE4:b»"),
    ("ehic", ["no"], "European Health Insurance Card — application\n3 Surname: «UPLAST:a»\n4 Given names: «FIRST:a»\n"
     "5 Date of birth: «DOBH7»\n6 Personal identification number: «FNR»\n7 Institution: ⟦NAV⟧ ⟦«~CITY»⟧\n"
     "Card valid until: ⟦«~DATE»⟧\nContact: «EMAIL:a» / «PHONEH7»"),
    # ---- legal papers ----
    ("witnessstmt", ["en"], "WITNESS STATEMENT\nCase: ⟦«~DOCNO7»⟧\nName: «NAME:w»\nDate of birth: «DOBH7»\nAddress: "
     "⟦«~CITY»⟧\nTelephone: «PHONEH7»\n\nI, «NAME:w», state that on ⟦«~DATE»⟧ I saw «NAME:x» "
     "leave the premises with «FIRST:y». I believe this statement is true.\nSigned: «INITIAL:w»"),
    ("witnessstmt", ["de"], "Zeugenaussage zum ⟦«~DOCNO7»⟧\nZeuge: «NAME:w», geboren am «DOBH7», wohnhaft in "
         "⟦«~CITY»⟧\n"
     "Tel.: «PHONEH7»\nSteuer-ID (für die Entschädigung): «STEUER»\n\nIch habe am ⟦«~DATE»⟧ gesehen, wie Herr «LAST:x» "
     "mit Frau «NAME:y» gestritten hat. ⟦Die Unterschrift⟧ folgt."),
    ("nda", None, "MUTUAL NON-DISCLOSURE AGREEMENT\nbetween ⟦«~BRAND»⟧ GmbH, represented by «NAME:a», and\n"
     "«NAME:b», born «DOBH7:b», of ⟦«~CITY»⟧ (the \"Recipient\").\n...\nSIGNED by «UPNAME:a» ______\nSIGNED by "
     "«UPNAME:b» ______\n"
     "Witness: «NAME:c», «EMAIL:c»\n\ncan you check clause 4 before «FIRST:b» signs?"),
    ("leasenotice", ["no"], "OPPSIGELSE AV LEIEAVTALE\nLeietaker: «NAME:a», f. «DOBH7»\nUtleier: «NAME:b»\n"
     "Eiendom: ⟦«~CADASTRE7»⟧, ⟦«~CITY»⟧\nLeieforholdet sies opp med tre måneders frist. ⟦«~DEPOSIT7»⟧ på kr "
     "⟦«~AMOUNT»⟧ "
     "utbetales til konto «IBAN».\nKontakt: «PHONEH7»\n⟦«~SIGN7»⟧\n«NAME:a»"),
    ("leasenotice", ["fr"], "Objet : congé du locataire — lettre recommandée\n«NAME:a»\nné le «DOBH7»\n"
     "à l'attention de M. «NAME:b», propriétaire\n\nMonsieur, je vous informe de mon départ du logement (préavis d'un "
     "mois, "
     "zone tendue). Merci de restituer le dépôt de garantie sur le compte «IBAN». Je reste joignable au «PHONEH7».\n"
     "⟦«~SIGN7»⟧\n«NAME:a»"),
    ("namechange", ["sv"], "Application for change of name / Namensänderung\nCurrent name: «NAME:a»\nNew surname: "
         "«LAST:b»\n"
     "Date of birth: «DOBH7»\nPlace of birth: ⟦«~CITY»⟧\nSpouse: «NAME:b»\nPersonal number: «PNR»\nReason: marriage "
     "on ⟦«~DATE»⟧ "
     "at ⟦«~EPON7»⟧"),
    # ---- insurance claims ----
    ("homeclaim", None, "Home contents claim ⟦«~POLICY7»⟧\nPolicyholder: «NAME:a»\nDate of birth: «DOBH7»\n"
     "Phone: «PHONEH7»\nIncident: water damage from the flat above (owner «NAME:b», «PHONE4:b») on ⟦«~DATE»⟧\n"
     "Items: ⟦«~BRAND»⟧ sofa, laptop\nPay out to: «IBAN»\n\ndoes this read ok before I send it?"),
    ("homeclaim", ["es"], "Parte de siniestro — hogar\nTomador: «NAME:a»\nFecha de nacimiento: «DOBH7»\n"
     "Móvil: «PHONEH7»\nDescripción: el vecino del 3º, «NAME:b», dejó el grifo abierto durante ⟦«~FEAST7»⟧.\n"
     "Cuenta para el abono: «IBAN»\n⟦«~SIGN7»⟧"),
    # ---- real estate ----
    ("bidlog", ["no"], "Budrunde ⟦«~CADASTRE7»⟧, ⟦«~CITY»⟧\n⟦«=TIME»⟧ Bud kr 4 250 000 fra «NAME:a» («PHONEH7:a»), "
         "akseptfrist 15:00\n"
     "⟦«=TIME»⟧ Bud kr 4 300 000 fra «NAME:b» og «NAME:c»\n⟦«=TIME»⟧ Forhøyet bud fra «FIRST:a»: kr 4 400 000\n"
     "Megler: «NAME:m», «PHONE4:m»\nFinansieringsbevis fra ⟦DNB⟧ for «LAST:b»\n\nhvordan svarer jeg «FIRST:m»?"),
    ("mortgage", ["en"], "Mortgage pre-approval\nApplicants: «NAME:a» (DOB «DOBH7:a») and «NAME:b» (DOB «DOBH7:b»)\n"
     "SSN: «SSN:a» / «SSN:b»\nEmployer: ⟦«~BRAND»⟧\nLoan officer: «INITIAL», NMLS #«=NUM», «PHONEH7»\n"
     "Escrow account routing: «ABA»\n\nwhy is the approval only 90 days?"),
    ("depositcert", ["de"], "Mietschuldenfreiheitsbescheinigung\nHiermit bestätige ich, «NAME:v», dass «NAME:m», geb. "
         "«DOBH7», "
     "die Wohnung in ⟦«~CITY»⟧ von ⟦«~DATE»⟧ bis heute gemietet hat und keine Mietschulden bestehen.\n"
     "⟦Die «~DEPOSIT7»⟧ wurde auf «IBAN» zurücküberwiesen.\nRückfragen: «PHONEH7»\n«NAME:v»"),
    ("viewinglist", None, "Viewing sign-up, flat 4B near ⟦«~EPON7»⟧, ⟦«~DATE»⟧\nName | Phone | Email | Notes\n"
     "«NAME:a» | «PHONEH7:a» | «EMAIL:a» | has a dog\n«NAME:b» | «PHONE4:b» | «EMAIL:b» | works at ⟦«~BRAND»⟧\n"
     "«LOWNAME:c» | «PHONEH7:c» | | came with «FIRST:d»\n\nwho should I call back first?"),
    ("viewinglist", ["sv"], "Visning ⟦«~CITY»⟧, ⟦«~CADASTRE7»⟧\nNamn\tTelefon\tE-post\n«NAME:a»\t«PHONEH7:a»\t"
         "«EMAIL:a»\n"
     "«NAME:b»\t«PHONEDICT7:b»\t«EMAIL:b»\n«NAME:c»\t«PHONE4:c»\t\n⟦«~SIGN7»⟧, mäklaren"),
    # ---- family history ----
    ("dnamatches", None, "Match name,Relationship,Shared DNA,Longest segment,Email,Tree\n"
     "«NAME:a»,Half sibling,⟦«~CM7»⟧,112 cM,«EMAIL:a»,«LAST:a» family\n«NAME:b»,2nd cousin,⟦«~CM7»⟧,41 cM,,«LAST:b» "
     "tree\n"
     "«USCORE7»,4th cousin,⟦«~CM7»⟧,18 cM,,private\n\nthe half sibling is a surprise, my mum «NAME:c» was born "
     "«DOBH7»"),
    ("familytree", None, "«NAME:a» (b. «DOBH7:a», ⟦«~CITY»⟧)\n├── m. «NAME:b» (b. «DOBH7:b»)\n"
     "│   ├── «NAME:c» — «EMAIL:c»\n│   └── «NAME:d» (b. «DOBKID7:d»)\n└── ⟦«~EPON7»⟧ christening, ⟦«~DATE»⟧\n\n"
     "can you turn this into GEDCOM? my cousin «FIRST:c»'s number is «PHONEH7» if you need her"),
    # ---- sports clubs ----
    ("refereereport", None, "Match report ⟦«~CLUB7»⟧ vs ⟦«=WORD»⟧ U17, ⟦«~DATE»⟧\nReferee: «NAME:r» («PHONEH7:r»)\n"
     "Caution: #7 «NAME:a» (born «DOBKID7»), dissent\nSending off: team official «NAME:b»\nObserver: «INITIAL:o»\n"
     "Score 2–1, attendance ⟦«=NUM»⟧"),
    ("raceentry", None, "Entry confirmation ⟦«~BIB7»⟧\nName: «NAME»\nDate of birth: «DOBH7»\nClub: ⟦«~CLUB7»⟧\n"
     "Emergency contact: «NAME:e» «PHONEH7:e»\nPayment: «CARD» (⟦«~TESTCARD7»⟧ was our test card, ignore)\n"
     "Wave: ⟦«=NUM»⟧"),
    # ---- HR onboarding in six countries ----
    ("w4form", ["en"], "Form W-4 (⟦«~ISODATE»⟧ draft)\nStep 1(a) First name and middle initial: «FIRST:a»   Last "
         "name: «LAST:a»\n"
     "Step 1(b) Social security number: «SSNSP»\nDirect deposit (Form ADP-DD): routing «ABA», account «=NUM12»\n"
     "Emergency contact: «NAME:e», «PHONEH7:e»\nStart date: ⟦«~DATE»⟧, I-9 documents seen by «INITIAL:h»\n\n"
     "is 2 allowances still a thing or did they remove that?"),
    ("w4form", ["en"], "New hire packet — Canada\nLegal name: «NAME:a»\nSIN: «SIN»\nDate of birth: «DOBH7»\n"
     "TD1 claim amount: basic\nBank: transit «=NUM», account «=NUM12»\nPersonal cell: «PHONEH7»\n"
     "Manager: «FIRSTINIT7»"),
    ("ansattskjema", ["no"], "Personalskjema – ny ansatt\nNavn: «NAME:a»\nFødselsnummer: «FNRSP»\nAdresse: ⟦«~CITY»⟧\n"
     "Kontonummer for lønn: «IBAN»\nNærmeste pårørende: «NAME:p» (ektefelle), tlf. «PHONEH7:p»\nSkattekort hentes fra "
     "⟦Skatteetaten⟧\nOppstart: ⟦«~DATE»⟧\n⟦«~HEAD7»⟧: Jeg bekrefter at opplysningene er riktige. «INITIAL:a»"),
    ("anstallning", ["sv"], "Personalblankett – nyanställd\nNamn: «NAME:a»\nPersonnummer: «PNR12»\nClearingnr: "
     "«=NUM», IBAN: «IBAN»\nNärmast anhörig: «NAME:p», «PHONEH7:p»\nTillträde: ⟦«~DATE»⟧ (efter ⟦«~FEAST7»⟧)\n"
     "Chef: «FIRSTINIT7»\n⟦«~SIGN7»⟧"),
    ("personalbogen", ["de"], "Personalfragebogen\nName, Vorname: «LASTFIRST:a»\nGeburtsdatum: «DOBH7»\nGeburtsort: "
         "⟦«~CITY»⟧\n"
     "Steuerliche Identifikationsnummer: «STEUERSP»\nKrankenkasse: ⟦Bosch BKK⟧\n"
     "IBAN: «IBAN»\nNotfallkontakt: «NAME:p», Handy «PHONEH7:p»\n"
     "⟦Anlagen⟧: Arbeitsvertrag, Sozialversicherungsausweis"),
    ("fichesalarie", ["fr"], "Fiche de renseignements salarié\nNom : «UPLAST:a»   Prénom : «FIRST:a»\nDate de "
         "naissance : «DOBH7»\n"
     "Lieu de naissance : ⟦«~CITY»⟧\nRIB : «IBAN»\nPersonne à prévenir : «NAME:p», «PHONEH7:p»\n"
     "⟦Mutuelle⟧ : oui, formule ⟦Confort⟧\nDPAE envoyée le ⟦«~DATE»⟧ par «INITIAL:r»"),
    ("modelo145", ["es"], "Modelo 145 — comunicación de datos al pagador\nApellidos y nombre: «LAST:a», «FIRST:a»\n"
     "Situación familiar: 2\nHijos: «NAME:h», nacido el «DOBKID7»\nCuenta nómina: «IBAN»\n"
     "Móvil: «PHONEH7»\n⟦«~SIGN7»⟧"),
    # ---- tax returns ----
    ("irstranscript", ["en"], "Form 1040 Tax Return Transcript\nSSN provided: XXX-XX-«=LAST4»\nTax period ending: "
         "⟦«~ISODATE»⟧\n"
     "Name(s) shown on return: «UPNAME:a» & «UPNAME:b»\nSpouse SSN: «SSN»\nRefund direct deposit: RTN «ABA» ACCT "
     "«=NUM12»\n"
     "Preparer: «NAME:p», phone «PHONEH7»\n\nthe bank wants this for the mortgage, does it show too much?"),
    ("altinn", ["no"], "{\n  \"skattemelding\": {\n    \"inntektsaar\": 2025,\n    \"skattepliktig\": {\n"
     "      \"foedselsnummer\": \"«FNR»\",\n      \"navn\": \"«NAME:a»\",\n      \"telefon\": \"«PHONEH7»\"\n    },\n"
     "    \"bankinnskudd\": [{\"kontonummer\": \"«IBAN»\", \"innskudd\": ⟦«=NUM»⟧}],\n"
     "    \"barn\": [{\"navn\": \"«NAME:b»\", \"foedselsdato\": \"«DOBKID7»\"}]\n  }\n}\n"
     "Authorization: Bearer «JWT»\n\nAltinn-APIet svarer 403, mangler jeg et scope?"),
    ("skatteverket", ["sv"], "Inkomstdeklaration 1 – utkast\nNamn: «NAME:a»\nPersonnummer: «PNR»\nMake/maka: "
         "«NAME:b», «PNR12»\n"
     "Ruta 7.2 Ränteutgifter: ⟦«~AMOUNT»⟧\nROT-avdrag för ⟦«~CADASTRE7»⟧\nTelefon dagtid: «PHONEH7»\n"
     "Ombud: «FIRSTINIT7»\n\nska vi dela ränteavdraget 50/50?"),
    ("elster", ["de"], "<Elster xmlns=\"http://www.elster.de/elsterxml/schema/v11\">\n<DatenTeil><Nutzdatenblock><Nutz"
         "daten>\n"
     "<E10><Allg><Person_A>\n  <E0100401>«STEUER»</E0100401>\n  <E0100201>«LAST:a»</E0100201>\n"
     "  <E0100301>«FIRST:a»</E0100301>\n  <E0100701>«DOBH7»</E0100701>\n</Person_A>\n"
     "<BV><E0102102>«IBAN»</E0102102><E0101601>«NAME:a»</E0101601></BV></Allg></E10>\n"
     "</Nutzdaten></Nutzdatenblock></DatenTeil>\n</Elster>\n\nERiC meldet Fehler 610301202, welches Feld?"),
    ("impots", ["fr"], "Déclaration des revenus 2042 — récapitulatif\nDéclarant 1 : «UPLAST:a» «FIRST:a», né(e) le "
         "«DOBH7:a» à ⟦«~CITY»⟧\n"
     "Déclarant 2 : «UPLAST:b» «FIRST:b», né(e) le «DOBH7:b»\nPersonne à charge : «FIRST:c», née le «DOBKID7»\n"
     "Case 7DB (emploi à domicile) : ⟦«~AMOUNT»⟧\nRemboursement sur : «IBAN»\nTéléphone : «PHONEH7»"),
    ("renta", ["es"], "Borrador Renta WEB\nPrimer declarante: «LAST:a», «FIRST:a»\nFecha de nacimiento: «DOBH7:a»\n"
     "Cónyuge: «NAME:b»\nDescendiente: «NAME:c», nacida el «DOBKID7»\nDomiciliación: «IBAN»\nMóvil para el SMS: "
     "«PHONEH7»\n"
     "Referencia del borrador: ⟦«~BOOKREF»⟧\n\n¿me sale mejor la conjunta o la individual?"),
    # ---- chat exports from apps not used before ----
    ("signalexport", None, "[⟦«~CHATTS»⟧] «NAME:a»: new number from monday, «PHONEH7:a»\n"
     "[⟦«~CHATTS»⟧] «NAME:b»: saved! is the door code still the same?\n[⟦«~CHATTS»⟧] «NAME:a»: yes. wifi: "
     "«PASSPHRASE»\n"
     "[⟦«~CHATTS»⟧] «NAME:b»: 👍 see you at ⟦«~FEAST7»⟧\n\n(signal-export output) can you summarise who needs what?"),
    ("signalexport", ["de"], "{\"conversation\": \"Familie\", \"messages\": [\n"
     "  {\"source\": \"«PHONEH7:a»\", \"sourceName\": \"«NAME:a»\", \"body\": \"IBAN für die Geschenkkasse: "
     "«IBAN»\"},\n"
     "  {\"source\": \"«PHONE4:b»\", \"sourceName\": \"«FIRSTINIT7»\", \"body\": \"überwiesen, Betreff "
     "⟦«~FEAST7»⟧\"}\n]}"),
    ("zoomchat", None, "⟦«=TIME»⟧ From «NAME:a» to Everyone:\n\tslides: https://docs.«=WORD».com/d/⟦«~HEXID»⟧\n"
     "⟦«=TIME»⟧ From «NAME:b» to «NAME:a» (Direct Message):\n\tcan you send me the staging password? ⟦«~PH7»⟧ is "
     "empty\n"
     "⟦«=TIME»⟧ From «NAME:a» to «NAME:b» (Direct Message):\n\t«PWH7» — delete this after\n"
     "⟦«=TIME»⟧ From «NAME:c» to Everyone:\n\tmy mobile if the audio drops: «PHONEH7»"),
    ("googlechat", None, "{\"messages\": [\n  {\"creator\": {\"name\": \"«NAME:a»\", \"email\": \"«EMAIL:a»\", "
         "\"user_type\": \"Human\"},\n"
     "   \"created_date\": \"⟦«~ISOTS»⟧\", \"text\": \"the Airtable token is «AIRTABLE7», rotate after the demo\"},\n"
     "  {\"creator\": {\"name\": \"«NAME:b»\", \"email\": \"«EMAIL:b»\", \"user_type\": \"Human\"},\n"
     "   \"created_date\": \"⟦«~ISOTS»⟧\", \"text\": \"ok. also «FIRST:c»'s new mobile is «PHONEH7»\"}\n]}\n\n"
     "(Google Takeout) clean this before we share it with ⟦«~BRAND»⟧; the card in the pinned message, "
     "⟦«~SAMPLE7»⟧, is the docs' sample"),
    ("viber", ["es"], "Date,Time,Sender Name,Sender Phone,Text\n⟦«~ISODATE»⟧,«=TIME»,«NAME:a»,«PHONEH7:a»,"
     "\"Hola, te paso mi cuenta: «IBAN»\"\n⟦«~ISODATE»⟧,«=TIME»,«NAME:b»,«PHONE4:b»,\"Gracias. ¿Y el DNI?\"\n"
     "⟦«~ISODATE»⟧,«=TIME»,«NAME:a»,«PHONEH7:a»,\"Nací el «DOBH7», lo pone en la foto\"\n\n"
     "(Viber backup CSV) which lines have personal data?"),
    # ---- mail threads with quoted replies ----
    ("quotedreply", ["en"], "Thanks «FIRST:b», that works. I'll bring the signed form.\n\nOn ⟦«~GITDATE»⟧, 2025 at "
     "⟦«=TIME»⟧, «NAME:b» <«EMAIL:b»> wrote:\n> Hi «FIRST:a», could you send your date of birth and SSN again?\n"
     "> The last mail had «SSN» but payroll says it doesn't match.\n>\n>> On ⟦«~GITDATE»⟧, «NAME:a» wrote:\n"
     ">> DOB is «DOBH7», mobile «PHONEH7». ⟦«~SIGN7»⟧"),
    ("quotedreply", ["no"], "Takk, mottatt!\n\nDen ⟦«~DATE»⟧ kl. ⟦«=TIME»⟧ skrev «NAME:b» <«EMAIL:b»>:\n"
     "> Hei «FIRST:a»! Kan du sende kontonummeret ditt igjen?\n>\n>> «NAME:a» skrev:\n>> Kontonummer «IBAN», "
     "fødselsnummer «FNR». Ring «PHONEH7» hvis noe mangler.\n>> ⟦«~SIGN7»⟧"),
    ("quotedreply", ["de"], "Passt, danke!\n\nAm ⟦«~DATE»⟧ um ⟦«=TIME»⟧ schrieb «NAME:b» <«EMAIL:b»>:\n"
     "> Hallo Frau «LAST:a», uns fehlt noch Ihre Steuer-ID.\n>\n>> Am ⟦«~DATE»⟧ schrieb «NAME:a»:\n"
     ">> Meine Steuer-ID ist «STEUER», geboren bin ich am «DOBH7». Tel. «PHONEH7»\n>> ⟦«~SIGN7»⟧"),
    ("quotedreply", ["fr"], "Merci «FIRST:b» !\n\nLe ⟦«~DATE»⟧ à ⟦«=TIME»⟧, «NAME:b» <«EMAIL:b»> a écrit :\n"
     "> Bonjour «FIRST:a», pouvez-vous confirmer votre IBAN ?\n>\n>> «NAME:a» a écrit :\n>> Oui : «IBAN». Mon "
     "portable : "
     "«PHONEH7». ⟦«~SIGN7»⟧"),
    ("quotedreply", ["es"], "Perfecto, gracias.\n\nEl ⟦«~DATE»⟧, a las ⟦«=TIME»⟧, «NAME:b» <«EMAIL:b»> escribió:\n"
     "> Hola «FIRST:a», ¿me confirmas tu fecha de nacimiento y tu cuenta?\n>\n>> «NAME:a» escribió:\n"
     ">> Nací el «DOBH7», cuenta «IBAN», móvil «PHONEH7». ⟦«~SIGN7»⟧"),
    # ---- dictated notes ----
    ("dictation", ["en"], "voice memo transcript: ok so note for tomorrow. call «LOWNAME:a» about the lease, her "
         "number is "
     "«PHONEDICT7:a». also «LOWNAME:b» needs the wifi password which is «PASSPHRASE». and remind me ⟦«~FEAST7»⟧ is "
     "on a monday this year. end memo"),
    ("dictation", ["no"], "diktat: husk å ringe «LOWNAME:a» på «PHONEDICT7:a» om ⟦«~ERRAND7»⟧. «LOWNAME:b» er født "
     "«DOBH7» sa han, sjekk det mot passet. ferdig"),
    ("dictation", ["sv"], "diktat: kom ihåg att ringa «LOWNAME:a» på «PHONEDICT7:a» om ⟦«~ERRAND7»⟧. «LOWNAME:b» är "
     "född «DOBH7» sa han, kolla mot passet. slut"),
    ("dictation", ["de"], "Sprachnotiz: morgen «LOWNAME:a» anrufen, Nummer «PHONEDICT7:a», wegen ⟦«~ERRAND7»⟧. "
     "«LOWNAME:b» ist geboren am «DOBH7». Ende"),
    ("dictation", ["es"], "nota de voz: llamar a «LOWNAME:a» al «PHONEDICT7:a» por la ⟦«~ERRAND7»⟧. «LOWNAME:b» "
     "nació el «DOBH7», hay que comprobarlo. fin"),
    ("dictation", ["fr"], "note vocale : rappeler «LOWNAME:a» au «PHONEDICT7:a» pour la ⟦«~ERRAND7»⟧. «LOWNAME:b» est "
     "née le «DOBH7», à vérifier. fin"),
]

HELDOUT7_PROSE = {
    "en": [
        "⟦Thanks⟧ to «NAME:a» and ⟦«~BRAND»⟧ for hosting us in ⟦«~CITY»⟧; «FIRST:a», your phone («PHONEH7:a») rang "
        "through "
        "the whole talk.",
        "⟦Between⟧ you and me, «NAME» — the new treasurer — was born «DOBH7», so she is older than the ⟦«~CLUB7»⟧ "
        "badge "
        "suggests.",
        "the honeycomb key in the screenshot (⟦YOUR_HONEYCOMB_KEY⟧ in the docs, «HNYH7» in prod) has to go, who "
        "rotates it?",
        "⟦Over⟧ ⟦«~FEAST7»⟧ the kids stay with «NAME:b»; reach him on «PHONEH7:b» or via his sister, «NAME:c».",
        "«SSN» is the social on the W-4 for «FIRSTINIT7», and «ABA» is the routing number of the credit union, not the "
        "bank.",
        "⟦Invoice⟧ ⟦«~DOCNO7»⟧ went to «NAME», ⟦«~POLICY7»⟧ covers the rest; ⟦«~ERRAND7»⟧ is handled by ⟦«~BRAND»⟧.",
        "can you write a short reference for «NAME:a», who coached with «NAME:b» and me at ⟦«~CLUB7»⟧ from ⟦«~DATE»⟧?",
        "⟦Reminder⟧: the codemagic token «CMTOKENH7» and the keystore password «PWH7» are both in the shared vault "
        "now.",
        "my grandmother, «NAME», born «DOBH7» in ⟦«~CITY»⟧, shares ⟦«~CM7»⟧ with a match called «USCORE7» — who could "
        "that be?",
        "⟦Please⟧ call «FIRST» back at «PHONEH7» before five; the viewing at ⟦«~EPON7»⟧ moved to ⟦«~DATE»⟧.",
    ],
    "no": [
        "⟦Takk⟧ til «NAME:a» og ⟦«~BRAND»⟧ for at vi fikk låne lokalet i ⟦«~CITY»⟧; «FIRST:a» nås på «PHONEH7:a» om "
        "noen glemte noe.",
        "⟦Mellom⟧ oss: «NAME», den nye kassereren, er født «DOBH7», så hun er eldre enn hun ser ut.",
        "⟦Rundt⟧ ⟦«~FEAST7»⟧ er ungene hos «NAME:b»; ring «PHONEH7:b» eller søsteren hans, «NAME:c».",
        "«FNR» er fødselsnummeret til «FIRSTINIT7», kontoen for lønn er «IBAN».",
        "kan du skrive en attest for «NAME:a», som trente ⟦«~CLUB7»⟧ sammen med «NAME:b» og meg fra ⟦«~DATE»⟧?",
        "⟦Budet⟧ på ⟦«~CADASTRE7»⟧ kom fra «NAME» i går kveld, ⟦«~DEPOSIT7»⟧ er på ⟦«~AMOUNT»⟧.",
        "mormor «NAME», født «DOBH7» i ⟦«~CITY»⟧, deler ⟦«~CM7»⟧ med en som heter «USCORE7», hvem kan det være?",
        "⟦Husk⟧ å ringe tilbake til «FIRST» på «PHONEH7» før fem; visningen ved ⟦«~EPON7»⟧ er flyttet til ⟦«~DATE»⟧.",
        "datadog-nøkkelen «DDAPIH7» lå i en skjermdump fra ⟦«~BRAND»⟧-møtet, hvem roterer den?",
        "til ⟦«~FEAST7»⟧-festen kommer «NAME:a», «NAME:b» og ⟦«~BRAND»⟧-gjengen; «FIRST:b» har nummer «PHONEDICT7:b».",
    ],
    "sv": [
        "⟦Tack⟧ till «NAME:a» och ⟦«~BRAND»⟧ för lokalen i ⟦«~CITY»⟧; «FIRST:a» nås på «PHONEH7:a» om någon glömt "
        "något.",
        "⟦Mellan⟧ oss: «NAME», nya kassören, är född «DOBH7», alltså äldre än hon ser ut.",
        "⟦Över⟧ ⟦«~FEAST7»⟧ är barnen hos «NAME:b»; ring «PHONEH7:b» eller hans syster, «NAME:c».",
        "«PNR» är personnumret till «FIRSTINIT7», lönekontot är «IBAN».",
        "kan du skriva ett intyg för «NAME:a», som tränade ⟦«~CLUB7»⟧ tillsammans med «NAME:b» och mig från ⟦«~DATE»⟧?",
        "⟦Budet⟧ på ⟦«~CADASTRE7»⟧ kom från «NAME» i går kväll, ⟦«~DEPOSIT7»⟧ är ⟦«~AMOUNT»⟧.",
        "mormor «NAME», född «DOBH7» i ⟦«~CITY»⟧, delar ⟦«~CM7»⟧ med en som heter «USCORE7», vem kan det vara?",
        "⟦Ring⟧ tillbaka till «FIRST» på «PHONEH7» före fem; visningen vid ⟦«~EPON7»⟧ är flyttad till ⟦«~DATE»⟧.",
        "sonar-token «SONARH7» låg i en pull request, måste vi byta den innan ⟦«~FEAST7»⟧?",
        "till festen kommer «NAME:a», «NAME:b» och gänget från ⟦«~BRAND»⟧; «FIRST:b» har nummer «PHONEDICT7:b».",
    ],
    "de": [
        "⟦Danke⟧ an «NAME:a» und ⟦«~BRAND»⟧ für den Raum in ⟦«~CITY»⟧; «FIRST:a» ist unter «PHONEH7:a» erreichbar, "
        "falls "
        "jemand etwas vergessen hat.",
        "⟦Unter⟧ uns: «NAME», die neue Kassenwartin, ist am «DOBH7» geboren, also älter als gedacht.",
        "⟦Über⟧ ⟦«~FEAST7»⟧ sind die Kinder bei «NAME:b»; ruf «PHONEH7:b» an oder seine Schwester, «NAME:c».",
        "«STEUER» ist die Steuer-ID von «FIRSTINIT7», das Gehaltskonto ist «IBAN».",
        "kannst du ein Zeugnis für «NAME:a» schreiben, die mit «NAME:b» und mir seit ⟦«~DATE»⟧ bei ⟦«~CLUB7»⟧ "
        "trainiert?",
        "⟦Die⟧ ⟦«~DEPOSIT7»⟧ für ⟦«~CADASTRE7»⟧ hat «NAME» gestern überwiesen, ⟦«~AMOUNT»⟧ insgesamt.",
        "meine Oma «NAME», geboren am «DOBH7» in ⟦«~CITY»⟧, teilt ⟦«~CM7»⟧ mit einem Match namens «USCORE7» — wer "
        "könnte das sein?",
        "⟦Bitte⟧ «FIRST» vor fünf unter «PHONEH7» zurückrufen; die Besichtigung am ⟦«~EPON7»⟧ ist auf ⟦«~DATE»⟧ "
        "verschoben.",
        "der Bugsnag-Key «BUGSNAGH7» steht im öffentlichen Repo, müssen wir ihn vor ⟦«~FEAST7»⟧ tauschen?",
        "zur Feier kommen «NAME:a», «NAME:b» und die Leute von ⟦«~BRAND»⟧; «FIRST:b» hat die Nummer «PHONEDICT7:b».",
    ],
    "fr": [
        "⟦Merci⟧ à «NAME:a» et à ⟦«~BRAND»⟧ pour la salle à ⟦«~CITY»⟧ ; «FIRST:a» est joignable au «PHONEH7:a» si "
        "quelqu'un a oublié quelque chose.",
        "⟦Entre⟧ nous, «NAME», la nouvelle trésorière, est née le «DOBH7», elle fait plus jeune.",
        "⟦Pendant⟧ ⟦«~FEAST7»⟧ les enfants sont chez «NAME:b» ; appelle le «PHONEH7:b» ou sa sœur, «NAME:c».",
        "«IBAN», c'est le compte de «FIRSTINIT7» pour le remboursement de la ⟦«~ERRAND7»⟧.",
        "tu peux rédiger une attestation pour «NAME:a», qui entraîne ⟦«~CLUB7»⟧ avec «NAME:b» et moi depuis ⟦«~DATE»⟧ "
        "?",
        "⟦L'offre⟧ pour ⟦«~CADASTRE7»⟧ vient de «NAME», la ⟦«~DEPOSIT7»⟧ est de ⟦«~AMOUNT»⟧.",
        "ma grand-mère «NAME», née le «DOBH7» à ⟦«~CITY»⟧, partage ⟦«~CM7»⟧ avec un certain «USCORE7», qui est-ce ?",
        "⟦Rappelle⟧ «FIRST» au «PHONEH7» avant 17 h ; la visite près du ⟦«~EPON7»⟧ est déplacée au ⟦«~DATE»⟧.",
        "la clé Mapbox «MAPBOXH7» est dans le dépôt public, on la change avant ⟦«~FEAST7»⟧ ?",
        "à la fête il y aura «NAME:a», «NAME:b» et l'équipe de ⟦«~BRAND»⟧ ; le numéro de «FIRST:b» : «PHONEDICT7:b».",
    ],
    "es": [
        "⟦Gracias⟧ a «NAME:a» y a ⟦«~BRAND»⟧ por el local en ⟦«~CITY»⟧; a «FIRST:a» lo localizáis en el «PHONEH7:a» si "
        "alguien se dejó algo.",
        "⟦Entre⟧ nosotros, «NAME», la nueva tesorera, nació el «DOBH7», parece más joven.",
        "⟦En⟧ ⟦«~FEAST7»⟧ los niños están con «NAME:b»; llama al «PHONEH7:b» o a su hermana, «NAME:c».",
        "«IBAN» es la cuenta de «FIRSTINIT7» para la ⟦«~ERRAND7»⟧, no la de la empresa.",
        "¿me escribes un certificado para «NAME:a», que entrena en el ⟦«~CLUB7»⟧ con «NAME:b» y conmigo desde "
        "⟦«~DATE»⟧?",
        "⟦La⟧ oferta por ⟦«~CADASTRE7»⟧ es de «NAME», con ⟦«~AMOUNT»⟧ de arras.",
        "mi abuela «NAME», nacida el «DOBH7» en ⟦«~CITY»⟧, comparte ⟦«~CM7»⟧ con un tal «USCORE7», ¿quién será?",
        "⟦Llama⟧ a «FIRST» al «PHONEH7» antes de las cinco; la visita junto al ⟦«~EPON7»⟧ pasa al ⟦«~DATE»⟧.",
        "el token de Opsgenie «GENIE7» salió en una captura, ¿lo rotamos antes de ⟦«~FEAST7»⟧?",
        "a la fiesta vienen «NAME:a», «NAME:b» y los de ⟦«~BRAND»⟧; el móvil de «FIRST:b» es «PHONEDICT7:b».",
    ],
}
