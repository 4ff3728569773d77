"""templates_heldout11.py — an eleventh held-out half: sports clubs and leagues, parishes, volunteer boards,
farms and veterinary practices, freight forwarding and customs, building sites, loss adjusting, home-nursing
rotas, libraries, museums and archives, game-modding communities, open-source issue trackers and code review,
lab notebooks and LIMS, elections and trade unions, classified ads, housing cooperatives, funeral homes, crew
records, utilities, car workshops, police reports, recruitment agencies, freelancers' invoices, crypto-exchange
support, home automation, data-science output, log files, Jira/Linear tickets and git log and blame.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py,
templates_dev2..dev10.py and templates_heldout5.py, never the scrubber's sources or data, templates_heldout.py to
templates_heldout4.py, templates_heldout6.py to templates_heldout10.py or any held-out case). Same syntax as
templates.py; the admins' and developers' templates (TECH11) are counted twice. Slots of its own
(HELDOUT11_SECRETS): «DOBH11» and «DOBOLD11» (birth dates as registers, church books and obituaries write them:
`3 March '85`, `3. mars -85`, `3.3.'85`, `1985.03.03`, `03 03 1985`; the old ones born 1926-1949), «PHONEH11»
(the trunk zero kept after the country code, `00` prefixes, dots), keyed name forms that follow «NAME:key»:
«SURFIRST11» (`Fjeld Torgrim`), «LASTINI11» (`Fjeld T.`), «UPLF11» (`FJELD Torgrim`), «GEN11» (the genitive
glued to the given name, `Torgrims`), and vendor values: «STEAM11»/«STEAMQ11» (Steam Web API key under a key / in a
query), «LINEAR11» (`lin_api_…`), «ATL11» (Atlassian `ATATT3xFfGF0…`), «SENTRY11» (the key of a Sentry DSN),
«GLSA11» (Grafana service account), «EXKEY11»/«EXSECRET11» (exchange API key and secret), «CURSE11» (CurseForge),
«DISCORDBOT11» (Discord bot token), «HATOKEN11» (Home Assistant long-lived token, a JWT), «ZIGBEE11»
(Zigbee2MQTT `network_key`). Decoys (HELDOUT11_DECOYS): trophies, grounds, hymns, breeds, ships, game heroes and
algorithms named after people, placeholders of home-automation and CI files, ISO 6346 container numbers, IMO
numbers, GSRN metering points, ISSNs, Zigbee IEEE and MAC addresses, Sentry event ids, pod names, accession and
call numbers, UN/LOCODEs, cadastral numbers, VINs, bibs, Steam app ids, lot numbers, claim numbers, headings."""
import string

HELDOUT11_FIRST = {
    "en": ["Oisín", "Rowan", "Tamsin", "Kwabena", "Ifeoluwa", "Thandiwe", "Saoirse", "Chidera", "Eamon",
           "Bronwen", "Sunny", "Faith"],
    "no": ["Solveig-Lin", "Vår", "Snøfrid", "Eldrid", "Torgrim", "Idun", "Ahmad", "Thuy", "Hallvor", "Bjarne-Kåre",
           "Aamund", "Sindre"],
    "sv": ["Saga-Li", "Vide", "Linnea-Maj", "Embla", "Zeynep", "Mirja", "Tage", "Alva-Li", "Dalia", "Dragan",
           "Nejla", "Bror"],
    "de": ["Ehrenfried", "Frohmut", "Gottlob", "Radegund", "Gülsen", "Mehmet-Ali", "Hildrun", "Emine", "Benedikt",
           "Leokadia", "Yusuf", "Mirela"],
    "fr": ["Blanche", "Constant", "Aimé", "Rose-Lise", "Fatoumata", "Yacine", "Prudence", "Honoré", "Désiré",
           "Mamadou", "Perrine", "Clovis"],
    "es": ["Socorro", "Jenaro", "Asunción", "Angustias", "Wilmer", "Yeferson", "Yanira", "Brayan", "Nahia", "Oihane",
           "Fadoua", "Edurne"],
}
HELDOUT11_LAST = {
    "en": ["Okonkwo-Blake", "Trelawney", "Pennington-Oduya", "Achterberg", "Mahmood", "Castellanos", "Brightwell",
           "Hetherington-Ade", "Treadwell", "Quarshie", "Abernethy-Ojo", "Summerbee"],
    "no": ["Skjævestad", "Sæbø-Haugen", "Mohamud", "Nguyen-Bakke", "Grimsrud-Omar", "Gjøstein", "Ødegård-Lie",
           "Bråthen",
           "Mirzaei", "Tveitnes", "Rønningen", "Flaatten"],
    "sv": ["Wikström-Ek", "Sjödahl", "Alhassan", "Björkqvist", "Hedenström", "Nylén", "Kovačević", "Rosvall",
           "Tengroth", "Åström-Berg", "Ekdahl", "Runesson"],
    "de": ["Kowalewski", "Brandstätter", "Yılmaz-Kraus", "Oberhuber", "Häberle", "Steinbrück", "Dimitriou",
           "Pfeiffer-Lenz", "Rößler", "Wojciechowski", "Übelacker", "Vogelsang"],
    "fr": ["Delacroix-Ndiaye", "Le Bihan-Traoré", "Bouchareb", "Rochefort", "Quémener", "Thibaudeau", "Trégouët",
           "Dieudonné-Mbaye", "Lemaire-Sow", "Baptistin", "Chauvineau", "Mesnil"],
    "es": ["Arrieta", "Urquiola", "Benítez-Ochoa", "Sotomayor-Quispe", "Villafañe", "El Idrissi", "Canseco",
           "Etxeberria-Ruiz", "Palomares", "Ochandiano", "Mondragón-Vera", "Aguirrezabal"],
}
HELDOUT11_CITIES = {
    "en": ["Kendal", "Keswick", "Wrexham", "Bemidji", "Tralee", "Truro"],
    "no": ["Åndalsnes", "Tolga", "Dombås", "Fosnavåg", "Storslett", "Geilo"],
    "sv": ["Sveg", "Åmål", "Haparanda", "Gnosjö", "Överkalix", "Arjeplog"],
    "de": ["Zwiesel", "Wunsiedel", "Bad Mergentheim", "Prüm", "Celle", "Stralsund"],
    "fr": ["Paimpol", "Saint-Flour", "Tulle", "Embrun", "Barcelonnette", "Lunéville"],
    "es": ["Albarracín", "Béjar", "Morella", "Écija", "Trujillo", "Sigüenza"],
}
HELDOUT11_BRANDS = ["John Deere", "Massey Ferguson", "Valentino Garavani", "Issey Miyake", "Ettore Bugatti",
                    "Ralph Holm", "Marc O'Polo", "Lorenzo Caprile", "Chantal Thomass", "Jean-Louis David", "Carl "
                    "Hansen & Søn",
                    "Alfa Romeo", "Fritz Hansen", "Aston Martin", "Anton Berg", "Martin Margiela"]

ALNUM = string.ascii_letters + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_HEX = "0123456789ABCDEF"
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
BCRYPT = string.ascii_letters + string.digits + "./"

MONTHS11 = {
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


def _birth(case, lang, old):
    """A birth date in forms sports registers, church books, obituaries and nursing rotas write: the year
    first with dots and a trailing dot, the month spelt with an apostrophed year ("3 March '85"), ISO weeks
    never; or one of birth_six()'s, one time in three."""
    if case.rng.random() < 1 / 3 and not old:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    if old:
        year = case.rng.randrange(1926, 1950)
    name = MONTHS11[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "Abbr": name[:3].capitalize(),
              "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
    styles = {
        "en": ["%(d)d %(name)s '%(yy)02d", "%(Abbr)s %(d)d '%(yy)02d", "%(d)d.%(m)d.%(y)d", "%(y)d %(Abbr)s %(d)02d",
               "%(name)s %(d)d%(th)s, %(y)d", "%(m)d-%(d)d-%(y)d"],
        "no": ["%(d)d. %(name)s -%(yy)02d", "%(d)d/%(m)d/%(y)d", "%(y)d.%(m)02d.%(d)02d", "%(d)02d %(m)02d %(y)d",
               "%(d)d.%(m)d.-%(yy)02d"],
        "sv": ["%(d)d %(name)s -%(yy)02d", "%(d)d.%(m)d.%(y)d", "%(y)d %(abbr)s %(d)d", "%(d)02d/%(m)02d/%(y)d",
               "%(yy)02d.%(m)02d.%(d)02d"],
        "de": ["%(d)d.%(m)d.'%(yy)02d", "%(d)02d.%(m)02d.%(y)d", "%(d)d. %(name)s '%(yy)02d", "%(y)d/%(m)02d/%(d)02d",
               "%(d)02d %(m)02d %(y)d"],
        "fr": ["%(d)d %(name)s %(y)d", "%(d)d.%(m)02d.%(y)d", "%(d)02d %(abbr)s. %(y)d", "%(d)02d/%(m)d/%(y)d",
               "%(d)d %(name)s '%(yy)02d"],
        "es": ["%(d)d %(name)s %(y)d", "%(d)d.%(m)02d.%(y)d", "%(d)d/%(m)02d/%(y)d", "%(d)02d de %(name)s, %(y)d",
               "%(d)d-%(abbr)s-%(yy)02d"],
    }[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def birth_h11(case, lang):
    return _birth(case, lang, False)


def birth_old11(case, lang):
    return _birth(case, lang, True)


def phone_h11(case, lang):
    """A phone written with an international prefix and the trunk zero both kept, dots, or a leading 00 (six
    times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["+1.%s.%s.%s" % (a, e, line), "%s.%s.%s" % (a, e, line), "001 %s %s %s" % (a, e, line),
                       "1-%s-%s-%s" % (a, e, line)])
    if country == "UK":
        m = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44 (0)" + m[:4] + "-" + m[4:], "0044 " + m[:4] + " " + m[4:], "0" + m[:3] + " " + m[3:6] +
                       " " + m[6:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["0047 " + n, "+47 " + n[:3] + " " + n[3:5] + " " + n[5:], "+47." + n[:2] + "." + n[2:4] + "." +
                       n[4:6] + "." + n[6:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick(["+46 (0)" + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:], "0046 " + m[1:],
                       m[:3] + "." + m[3:6] + "." + m[6:8] + "." + m[8:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["0049 (0) " + m[:3] + " " + m[3:7] + " " + m[7:], "0" + m[:3] + "." + m[3:], "+49 (0)" + m[:3] +
                       "-" + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["+33 (0)" + n[0] + " " + " ".join(pairs), "0033 " + n[0] + " " + " ".join(pairs),
                       "0" + n[0] + "-" + "-".join(pairs)])
    m = v.pick("67") + d(8)
    return v.pick(["+34 " + m[:3] + "-" + m[3:6] + "-" + m[6:], "0034 " + m, m[:3] + "." + m[3:5] + "." + m[5:7] +
                   "." + m[7:]])


def _keyed(make):
    make.keyed = True
    return make


@_keyed
def surname_first(case, lang, key):
    first, last = case.name_parts(key, lang)
    return last + " " + first


@_keyed
def genitive(case, lang, key):
    """The Scandinavian and German genitive glued to a given name: `Torgrims`, `Ernsts`, `Traugotts`."""
    first, last = case.name_parts(key, lang)
    if lang == "de" and first[-1] in "sxzß":
        return first + "'"
    return first + "s"


@_keyed
def last_initial(case, lang, key):
    first, last = case.name_parts(key, lang)
    return last + " " + first[0] + "."


@_keyed
def upper_last_first(case, lang, key):
    first, last = case.name_parts(key, lang)
    return last.upper() + " " + first


def discord_bot(case, lang):
    v = case.v
    return "MT" + v.pick("AEIMQUYcgkosw") + v.chars(ALNUM, 23) + "." + v.chars(B64URL, 6) + "." + v.chars(B64URL, 38)


def atlassian(case, lang):
    v = case.v
    return "ATATT3xFfGF0" + v.chars(B64URL, 170) + "=" + v.chars(UPPER_HEX, 8)


def zigbee_key(case, lang):
    return "[" + ", ".join(str(case.rng.randrange(256)) for _ in range(16)) + "]"


# slot -> (family, make(case, lang[, key]), type), as generate.py's own slots
HELDOUT11_SECRETS = {
    "DOBH11": ("dob", birth_h11, "DATE_OF_BIRTH"),
    "DOBOLD11": ("dob", birth_old11, "DATE_OF_BIRTH"),
    "PHONEH11": ("phoneh11", phone_h11, "PHONE"),
    "SURFIRST11": ("surfirst11", surname_first, "PERSON"),
    "GEN11": ("gen11", genitive, "PERSON"),
    "LASTINI11": ("lastini11", last_initial, "PERSON"),
    "UPLF11": ("uplf11", upper_last_first, "PERSON"),
    "STEAM11": ("steam11", lambda case, lang: case.v.chars(UPPER_HEX, 32), "ENV_SECRET"),
    "STEAMQ11": ("steam11", lambda case, lang: case.v.chars(UPPER_HEX, 32), "SECRET_TOKEN"),
    "LINEAR11": ("linear11", lambda case, lang: "lin_api_" + case.v.chars(ALNUM, 40), "SECRET_TOKEN"),
    "ATL11": ("atl11", atlassian, "SECRET_TOKEN"),
    "SENTRY11": ("sentry11", lambda case, lang: case.v.chars(HEX, 32), "URL_CREDENTIAL"),
    "GLSA11": ("glsa11", lambda case, lang: "glsa_" + case.v.chars(ALNUM, 32) + "_" + case.v.chars(HEX, 8),
               "SECRET_TOKEN"),
    "EXKEY11": ("exkey11", lambda case, lang: case.v.chars(ALNUM, 64), "ENV_SECRET"),
    "EXSECRET11": ("exsecret11", lambda case, lang: case.v.chars(ALNUM, 64), "ENV_SECRET"),
    "CURSE11": ("curse11", lambda case, lang: "$2a$10$" + case.v.chars(BCRYPT, 53), "ENV_SECRET"),
    "DISCORDBOT11": ("discordbot11", discord_bot, "SECRET_TOKEN"),
    "HATOKEN11": ("hatoken11", lambda case, lang: case.v.jwt(), "JWT"),
    "ZIGBEE11": ("zigbee11", zigbee_key, "ENV_SECRET"),
}


def container_number(v, r):
    """An ISO 6346 container number with its check digit: a box, not a person."""
    owner = v.pick(["MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "SEGU", "EGLV"])
    serial = v.digits(6)
    values, n = {}, 10
    for letter in string.ascii_uppercase:
        if n % 11 == 0:
            n += 1
        values[letter] = n
        n += 1
    total = sum((values[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(owner + serial))
    return owner + " " + serial + " " + str(total % 11 % 10)


def imo_number(v, r):
    body = v.pick("9") + v.digits(5)
    return "IMO " + body + str(sum(int(c) * (7 - i) for i, c in enumerate(body)) % 10)


def gsrn(v, r):
    """An 18-digit metering-point id (GSRN, GS1 mod 10): a meter's, not a person's."""
    body = v.pick(["707057500", "735999100", "401234500", "300000200", "541448800"]) + v.digits(8)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def issn(v, r):
    body = v.digits(7)
    check = (11 - sum(int(c) * (8 - i) for i, c in enumerate(body)) % 11) % 11
    return body[:4] + "-" + body[4:] + ("X" if check == 10 else str(check))


HELDOUT11_DECOYS = {
    # trophies, grounds and prizes named after people or kings: things, not people
    "TROPHY11": {
        "en": ["the Stanley Cup", "the Ryder Cup", "the Webb Ellis Cup", "the Vince Lombardi Trophy"],
        "no": ["Kongepokalen", "Holmenkollmedaljen", "Egebergs Ærespris"],
        "sv": ["Jerringpriset", "Victoriastipendiet", "Bragdguldet"],
        "de": ["die Meisterschale", "die Fritz-Walter-Medaille", "das Silberne Lorbeerblatt"],
        "fr": ["la Coupe Gambardella", "le trophée Jules-Rimet", "la Coupe Davis"],
        "es": ["el Trofeo Pichichi", "el Trofeo Zamora", "la Copa del Rey"],
    },
    "GROUND11": {
        "en": ["Arthur Ashe Stadium", "Lambeau Field", "Rod Laver Arena"],
        "no": ["Gamle Bislett", "Nadderud stadion", "Jordal Amfi"],
        "sv": ["Nya Ullevi", "Strawberry Arena", "Eleda Stadion"],
        "de": ["Max-Morlock-Stadion", "Ernst-Abbe-Sportfeld", "Carl-Benz-Stadion"],
        "fr": ["stade Pierre-Mauroy", "stade Geoffroy-Guichard", "stade Marcel-Picot"],
        "es": ["estadio Santiago Bernabéu", "estadio Ramón Sánchez-Pizjuán", "estadio Benito Villamarín"],
    },
    # hymns and prayers sung at funerals and masses (one holds a name: it is a title)
    "HYMN11": {
        "en": ["Abide with Me", "The Lord's my Shepherd", "How Great Thou Art"],
        "no": ["Deilig er jorden", "Kjærlighet fra Gud", "Som spurven"],
        "sv": ["Härlig är jorden", "Blott en dag", "Den blomstertid nu kommer"],
        "de": ["Großer Gott, wir loben dich", "So nimm denn meine Hände", "Lobe den Herren"],
        "fr": ["Je vous salue Marie", "Le Chant des adieux", "Ave verum corpus"],
        "es": ["Salve Rociera", "Pescador de hombres", "Canción del adiós"],
    },
    # dog and cattle breeds named after people
    "BREED11": ["Hovawart", "Gordon setter", "Charolais", "Cavalier King Charles", "Parson Russell",
                "Landseer", "Blonde d'Aquitaine"],
    # ships named after people: a vessel, not a crew member
    "SHIP11": ["MS Harald Jarl", "Christian Radich", "Statsraad Lehmkuhl", "MS Birger Jarl", "Amerigo Vespucci",
               "Alexander von Humboldt II", "Sørlandet", "MS Peter Wessel"],
    # game heroes and titles, algorithm and function names after people
    "HERO11": ["Max Payne", "Alan Wake", "Lara Croft", "Gordon Freeman", "Geralt of Rivia", "Commander Shepard"],
    "ALGO11": ["Dijkstra", "Levenshtein", "Huffman coding", "Fisher-Yates shuffle", "Kalman filter", "Bresenham",
               "Boyer-Moore"],
    # references where a secret would be in home-automation, modding and CI files
    "PH11": ["!secret mosquitto_pw", "!secret ha_token", "!env_var Z2M_NETWORK_KEY", "${STEAM_WEB_API_KEY:-}",
             "<paste-your-key>", "GENERATE", "@@LINEAR_KEY@@", "${{ secrets.SENTRY_AUTH_TOKEN }}",
             "$(pass show exchange/api)", "<bot token here>", "XXXX-YYYY-ZZZZ"],
    # numbers that are nobody's: containers, ships, meters, serials, addresses of devices
    "CONT11": container_number,
    "IMO11": imo_number,
    "GSRN11": gsrn,
    "ISSN11": issn,
    "IEEE11": lambda v, r: "0x" + v.pick(["00158d00", "00124b00", "84fd27ff", "a4c13800"]) + v.sha(8),
    "MAC11": lambda v, r: ":".join(v.chars("0123456789abcdef", 2) for _ in range(6)),
    "EVENTID11": lambda v, r: v.sha(32),
    "POD11": lambda v, r: v.pick(["api", "worker", "ingest", "web"]) + "-" +
    v.chars("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + v.chars("bcdfghjklmnpqrstvwxz2456789", 5),
    "ACCESSION11": lambda v, r: "%d.%d.%d" % (r.randrange(1890, 2024), r.randrange(1, 400), r.randrange(1, 60)),
    "CALLNO11": lambda v, r: "%d.%d %s" % (r.randrange(100, 999), r.randrange(1, 99), v.chars("ABCDEFGHKLMNPRST", 3)),
    "LOCODE11": ["NOOSL", "SEGOT", "DEHAM", "FRLEH", "ESVLC", "GBFXT", "NLRTM", "BEANR"],
    "GNR11": lambda v, r: "gnr. %d bnr. %d" % (r.randrange(1, 300), r.randrange(1, 900)),
    "PLOT11": lambda v, r: v.pick(["Flurstück %d/%d", "parcelle AB %d-%d", "parcela %d-%d", "lot %d/%d"]) % (
        r.randrange(10, 999), r.randrange(1, 40)),
    "VIN11": lambda v, r: v.pick(["WVWZZZ", "VF1", "YV1", "WBA", "VSS", "1FT"]) +
    v.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 11),
    "BIB11": lambda v, r: "#%d" % r.randrange(1, 99),
    "STEAMAPP11": lambda v, r: str(r.randrange(200000, 2900000)),
    "CLAIMREF11": lambda v, r: v.pick(["CLM", "LA", "SKD", "SIN"]) + "-" + v.digits(7),
    "LOT11": lambda v, r: "LOT " + v.chars("ABCDEFGHJK", 2) + v.digits(5),
    "HEAD11": {
        "en": ["Match Report", "Finding Aid", "Loss Adjuster's Report", "Incident Narrative"],
        "no": ["Kamprapport", "Dødsannonse", "Styreprotokoll", "Skadeoppgjør"],
        "sv": ["Matchrapport", "Dödsannons", "Styrelseprotokoll", "Avvikelserapport"],
        "de": ["Spielbericht", "Traueranzeige", "Vorstandsprotokoll", "Schadengutachten"],
        "fr": ["Feuille de match", "Avis de décès", "Procès-verbal", "Rapport d'expertise"],
        "es": ["Acta del partido", "Esquela", "Acta de la junta", "Informe pericial"],
    },
}

HELDOUT11_STRUCTURED = [
    # ---- sports clubs and leagues ----
    ("refereeform", ["de"], "⟦«~HEAD11»⟧ — Kreisliga B, Spieltag 14\nHeim: ⟦«~CITY»⟧ II  Gast: SV ⟦«~CITY»⟧\n"
     "Spielort: ⟦«~GROUND11»⟧\nSchiedsrichter: «NAME:s» (Tel. «PHONEH11:s»)\nSR-Assistent 1: «NAME:a»\n"
     "Gelbe Karten: Nr. 7 «LASTINI11:g», Nr. 11 «LASTINI11:h»\nFeldverweis: «NAME:r», geb. «DOBH11:r», "
     "Spielerpass ⟦«~BIB11»⟧\nBemerkung: Zuschauer «NAME:z» hat den SR beleidigt, Personalien aufgenommen.\n"
     "Unterschrift Spielführer: «UPLF11:k»"),
    ("matchreport", ["no"], "⟦«~HEAD11»⟧ G14 avd. 2\n⟦«~CITY»⟧ IL – ⟦«~CITY»⟧ 3–2 (1–1)\nMål: «NAME:a» (12), "
     "«NAME:b» (55, str.), «FIRST:a» igjen på overtid\nLagleder: «NAME:l», mob «PHONEH11:l»\nDommer: «LASTINI11:d»\n"
     "Skade: «FIRST:c» «LAST:c» (f. «DOBH11:c») vrikket ankelen, foreldre «NAME:p» varslet.\n"
     "Neste kamp på ⟦«~GROUND11»⟧. Spørsmål til kasserer «NAME:k», «PHONEH11:k»."),
    ("leaguereg", ["sv"], "Licensregistrering – ⟦«~CITY»⟧ BK, damer div 3\n"
     "personnummer;efternamn;förnamn;e-post;mobil\n«PNR:a»;«LAST:a»;«FIRST:a»;«EMAIL:a»;«PHONEH11:a»\n"
     "«PNR:b»;«LAST:b»;«FIRST:b»;«EMAIL:b»;«PHONEH11:b»\n«PNR:c»;«LAST:c»;«FIRST:c»;;«PHONEH11:c»\n"
     "Tränare: «SURFIRST11:t», faktura till ⟦«~ORGNR»⟧"),
    ("clubroster", None, "GET /api/v2/teams/⟦«=NUM»⟧/players\n{\"team\": \"U16 ⟦«~CITY»⟧\", \"players\": [\n"
     "  {\"shirt\": 4, \"name\": \"«NAME:a»\", \"dob\": \"«DOBISO:a»\", \"guardian\": \"«NAME:g»\", "
     "\"guardian_phone\": \"«PHONEH11:g»\"},\n  {\"shirt\": 9, \"name\": \"«NAME:b»\", \"dob\": \"«DOBISO:b»\", "
     "\"guardian\": \"«NAME:h»\", \"guardian_email\": \"«EMAIL:h»\"}\n], \"coach\": \"«NAME:c»\", "
     "\"trophy\": \"⟦«~TROPHY11»⟧\"}"),
    # ---- parishes ----
    ("baptismbook", ["no"], "Kirkebok ⟦«~CITY»⟧ sokn – dåp\nDåpsbarn: «NAME:b», fnr «FNR:b»\nForeldre: «NAME:m» og "
     "«NAME:f»\nFaddere: «NAME:x», «NAME:y», «FIRST:z» «LAST:z»\nSalme: ⟦«~HYMN11»⟧\nPrest: sokneprest «NAME:p»\n"
     "Kontakt: «PHONEH11:m», far: «PHONEH11:f»"),
    ("massintentions", ["fr"], "⟦«~HEAD11»⟧\nIntentions de messe – semaine ⟦«~DATE»⟧\n"
     "dim. 10h30 : pour «NAME:a» (†), demandée par sa fille «NAME:b», tél. «PHONEH11:b»\n"
     "mar. 18h : action de grâce pour les 50 ans de mariage de «NAME:c» et «NAME:d»\n"
     "Offrande reçue par virement, IBAN «IBAN:b»\nChant d'entrée : ⟦«~HYMN11»⟧"),
    ("churchmembers", ["de"], "Mitgliederverzeichnis Kirchengemeinde ⟦«~CITY»⟧ (Export)\n"
     "Name | Geburtsdatum | Konfession | Steuer-ID | Telefon\n«SURFIRST11:a» | «DOBH11:a» | ev. | «STEUER:a» | "
     "«PHONEH11:a»\n«SURFIRST11:b» | «DOBH11:b» | rk. | «STEUER:b» | «PHONEH11:b»\nPfarrerin «NAME:p», "
     "Küster «NAME:k»"),
    # ---- volunteer boards ----
    ("boardminutes", ["en"], "⟦«~HEAD11»⟧ — Friends of ⟦«~CITY»⟧ Library, board meeting\nPresent: «NAME:a» "
     "(chair), «NAME:b» (treasurer), «NAME:c», «LASTINI11:d»\nApologies: «NAME:e»\n3. Treasurer's report: "
     "«FIRST:b» reported ⟦«~AMOUNT»⟧ in the account (sort code ⟦«=SORTCODE»⟧, IBAN «IBAN:b»).\n"
     "4. Safeguarding: DBS checks for «NAME:f» (DOB «DOBH11:f») and «NAME:g» still outstanding.\n"
     "Action: «FIRST:a» to call «FIRST:e» on «PHONEH11:e»."),
    ("donorcsv", None, "donor_id,first_name,last_name,email,phone,iban,gift,recurring\n"
     "⟦«=NUM»⟧,«FIRST:a»,«LAST:a»,«EMAIL:a»,«PHONEH11:a»,«IBAN:a»,⟦«~AMOUNT»⟧,yes\n"
     "⟦«=NUM12»⟧,«FIRST:b»,«LAST:b»,«EMAIL:b»,,«IBAN:b»,25.00,no\n,«FIRST:c»,«LAST:c»,«EMAIL:c»,«PHONEH11:c»,,"
     "100.00,no"),
    ("boardminutes", ["de"], "⟦«~HEAD11»⟧ Förderverein ⟦«~CITY»⟧ e.V., Sitzung vom ⟦«~DATE»⟧\n"
     "Anwesend: «NAME:a» (1. Vors.), «NAME:b» (Kassenwartin), «NAME:c»\nTOP 2: Frau «LAST:b» berichtet über "
     "die Spende von Herrn «NAME:d» (IBAN «IBAN:d»).\nTOP 3: Neues Mitglied «NAME:e», geb. «DOBH11:e», "
     "Tel. «PHONEH11:e».\nProtokoll: «UPLF11:c»"),
    # ---- farms and vets ----
    ("vetrecord", ["sv", "no", "en"], "Patient: ⟦«~BREED11»⟧ \"Bamse\", chip ⟦«=NUM12»⟧\nOwner: «NAME:o», "
     "«PHONEH11:o», «EMAIL:o»\nVet: «NAME:v»\nHistory: «FIRST:o» reports lameness since ⟦«~DATE»⟧. Second owner "
     "«NAME:p» («PHONEH11:p») brings the dog on Fridays.\nInvoice to «NAME:o», ⟦«~AMOUNT»⟧"),
    ("farmsubsidy", ["no"], "Søknad om produksjonstilskudd – ⟦«~ORGNR»⟧\nSøker: «NAME:a», fnr «FNR:a»\n"
     "Driftsenhet: ⟦«~GNR11»⟧, ⟦«~CITY»⟧ kommune\nAvløser: «NAME:b», tlf «PHONEH11:b»\nKontonummer/IBAN: «IBAN:a»\n"
     "Melkekyr: 34, rase ⟦«~BREED11»⟧\nTraktor: ⟦«~BRAND»⟧ 6120M"),
    ("herdbook", ["de", "fr"], "Tierhalter: «NAME:h», Betriebsnr. ⟦«=NUM12»⟧\nHoftierarzt: Dr. «NAME:v»\n"
     "Ohrmarke;Rasse;Geburt Tier;Mutter\nDE ⟦«=NUM12»⟧;⟦«~BREED11»⟧;⟦«~ISODATE»⟧;Liesl\n"
     "Besamung durch «NAME:b» (Tel. «PHONEH11:b»)\nBankverbindung «IBAN:h»"),
    # ---- freight and customs ----
    ("billoflading", ["en", "no", "de"], "BILL OF LADING ⟦«=NUM12»⟧\nShipper: ⟦«~COMPANY»⟧, attn «NAME:s»\n"
     "Consignee: «UPNAME:c», ⟦«~CITY»⟧, tel «PHONEH11:c»\nNotify party: «NAME:n» <«EMAIL:n»>\nVessel: ⟦«~SHIP11»⟧ "
     "(⟦«~IMO11»⟧)\nPort of loading: ⟦«~LOCODE11»⟧\nContainer: ⟦«~CONT11»⟧, seal ⟦«=NUM»⟧"),
    ("customsentry", ["de"], "Zollanmeldung (ATLAS) – Einfuhr\nAnmelder: «NAME:a», EORI ⟦«~VATID»⟧\n"
     "Empfänger (Privatperson): «NAME:e», geb. «DOBH11:e», Steuer-ID «STEUER:e»\nRückfragen: «PHONEH11:e» / "
     "«EMAIL:e»\nPosition 1: Rasenmäher ⟦«~BRAND»⟧, ⟦«~AMOUNT»⟧\nContainer ⟦«~CONT11»⟧"),
    ("freightbooking", None, "{\"booking\": \"⟦«~BOOKREF»⟧\", \"shipper\": {\"contact\": \"«NAME:s»\", \"phone\": "
     "\"«PHONEH11:s»\", \"email\": \"«EMAIL:s»\"},\n \"consignee\": {\"contact\": \"«NAME:c»\", \"phone\": "
     "\"«PHONEH11:c»\"}, \"pol\": \"⟦«~LOCODE11»⟧\", \"container\": \"⟦«~CONT11»⟧\",\n"
     " \"api_key\": \"«HEXTOKEN»\", \"webhook_secret\": \"«PASSWORD4»\"}\n"
     "# portal login «EMAIL:s» / «PASSWORD»"),
    # ---- building sites and loss adjusting ----
    ("sitediary", ["no"], "Byggedagbok – ⟦«~GNR11»⟧\nAnleggsleder: «NAME:a» («PHONEH11:a»)\n"
     "Mannskap: «NAME:b», «NAME:c», «LASTINI11:d» (UE ⟦«~COMPANY»⟧)\nHMS: «FIRST:c» kuttet seg i hånden, "
     "sendt til legevakt, fnr «FNR:c»\nBesøk av byggherre «NAME:e»\nVær: regn, 6 °C"),
    ("siteinduction", None, "ID06/site induction list\ncard_no;name;born;company;phone\n⟦«=NUM12»⟧;«NAME:a»;"
     "«DOBH11:a»;⟦«~COMPANY»⟧;«PHONEH11:a»\n⟦«=NUM12»⟧;«NAME:b»;«DOBH11:b»;⟦«~COMPANY»⟧;«PHONEH11:b»\n"
     "site manager: «NAME:m», plot ⟦«~PLOT11»⟧"),
    ("lossadjuster", ["en"], "⟦«~HEAD11»⟧ — claim ⟦«~CLAIMREF11»⟧\nPolicyholder: «NAME:p», DOB «DOBH11:p», "
     "tel «PHONEH11:p»\nThird party: «NAME:t» (neighbour)\nWe met Mr «LAST:p» and his partner «NAME:q» at the "
     "property on ⟦«~DATE»⟧. The escape of water originated from the ⟦«~BRAND»⟧ washer. Settlement to account "
     "«IBAN:p».\nAdjuster: «NAME:a»"),
    ("lossadjuster", ["fr", "es"], "⟦«~HEAD11»⟧ n° ⟦«=NUM»⟧\nAssuré : «UPLF11:a», né le «DOBH11:a»\n"
     "Tiers : «NAME:t», tél. «PHONEH11:t»\nExpert : «NAME:e»\nConstat : dégât des eaux chez M. «LAST:t», "
     "signalé par «FIRST:a» le ⟦«~DATE»⟧.\nRèglement : IBAN «IBAN:a»"),
    # ---- home nursing ----
    ("carerota", ["de"], "Tourenplan Pflegedienst – Tour 3 (Frühdienst)\n06:45 «NAME:a», geb. «DOBOLD11:a», "
     "Insulin, Schlüssel im Tresor\n07:30 «NAME:b» (Pflegegrad 3), Tochter «NAME:c» «PHONEH11:c»\n"
     "08:15 Ehepaar «LAST:d» («FIRST:d» und «FIRST:e»)\nPflegekraft: «NAME:p», Vertretung «LASTINI11:q»"),
    ("carerota", ["no"], "Hjemmetjenesten ⟦«~CITY»⟧ – vaktliste uke ⟦«=NUM»⟧\n"
     "bruker;født;adresse;pårørende;tlf\n«SURFIRST11:a»;«DOBOLD11:a»;⟦«~CITY»⟧;«NAME:b»;«PHONEH11:b»\n"
     "«SURFIRST11:c»;«DOBOLD11:c»;⟦«~CITY»⟧;«NAME:d»;«PHONEH11:d»\nansvarlig sykepleier: «NAME:s», vakttelefon "
     "«PHONEH11:s»\nfnr «SURFIRST11:a»: «FNR:a»"),
    # ---- libraries, museums, archives ----
    ("marcrecord", None, "=LDR  00000nam a2200000 i 4500\n=020  \\\\$a ⟦«~EAN»⟧\n=100  1\\$a «LASTFIRST:a», $d 1952-\n"
     "=245  10$a Memoirs of ⟦«~SHIP11»⟧ / $c «NAME:a».\n=541  \\\\$a Gift of «NAME:d» ; $b «EMAIL:d»\n"
     "=590  \\\\$a Patron hold: «NAME:p», card ⟦«=NUM12»⟧, tel «PHONEH11:p»\n=852  \\\\$h ⟦«~CALLNO11»⟧"),
    ("accessionrec", None, "Accession no.: ⟦«~ACCESSION11»⟧\nObject: ship model, ⟦«~SHIP11»⟧\n"
     "Donor: «NAME:d», «PHONEH11:d», «EMAIL:d»\nProvenance: belonged to the donor's grandfather «NAME:g» "
     "(b. «DOBOLD11:g»)\nReceived by: «NAME:r»\nLoan agreement signed by «UPNAME:d»"),
    ("findingaid", None, "<ead><archdesc level=\"fonds\"><did><unittitle>Papers of ⟦«~COMPANY»⟧</unittitle>\n"
     "<origination><persname>«NAME:a»</persname></origination></did>\n<userestrict><p>Closed until 2060: "
     "contains records of «NAME:b» (born «DOBH11:b») and «NAME:c».</p></userestrict>\n"
     "<processinfo><p>Processed by «NAME:x», «EMAIL:x»</p></processinfo></archdesc></ead>"),
    ("patronloans", ["de"], "Ausleihe – Leserkonto ⟦«=NUM12»⟧\nLeser: «NAME:a», «EMAIL:a», "
     "«PHONEH11:a»\nZeitschrift ISSN ⟦«~ISSN11»⟧ – fällig ⟦«~ISODATE»⟧\nSignatur ⟦«~CALLNO11»⟧\n"
     "Vormerkung für «NAME:b»; abholen darf auch «NAME:c»"),
    # ---- game development and modding ----
    ("modconfig", None, "# mod_settings.cfg (⟦«~HERO11»⟧ overhaul)\n[server]\nsteam_web_api_key = «STEAM11»\n"
     "rcon_password = «PASSWORD:r»\nadmins = «DOTNAME:a», «DOTNAME:b»\n[upload]\ncurseforge_token = \"«CURSE11»\"\n"
     "# not the key: ⟦«~PH11»⟧\nauthor = \"«NAME:a» <«EMAIL:a»>\"\n[discord]\nbot_token = «DISCORDBOT11»\n"
     "webhook_secret = «HEXTOKEN»\nhost = «IP»"),
    ("discordmodlog", None, "[⟦«~CHATTS»⟧] ModBot: banned «DOTNAME:a» (reason: doxxing)\n"
     "[⟦«~CHATTS»⟧] «DOTNAME:b»: he posted her real name, «NAME:v», and phone «PHONEH11:v» in #general\n"
     "[⟦«~CHATTS»⟧] «DOTNAME:b»: also leaked the bot token lol «DISCORDBOT11»\n"
     "[⟦«~CHATTS»⟧] «DOTNAME:c»: regenerating it, ping «FIRST:d» when done"),
    ("steamcmd", None, "$ ./steamcmd.sh +login «DOTNAME:a» «PASSWORD:s» +app_update ⟦«~STEAMAPP11»⟧ validate +quit\n"
     "Logging in user '«DOTNAME:a»' to Steam Public...OK\n$ curl \"https://api.steampowered.com/ISteamUser/"
     "GetPlayerSummaries/v2/?key=«STEAMQ11»&steamids=⟦«=SNOWFLAKE»⟧\"\n# "
     "server.cfg\nsv_password \"«PASSWORD:s»\"\nrcon_password \"«PASSWORD4»\"\n"
     "sv_setsteamaccount «STEAM11»\nip «IP»"),
    # ---- open-source issue trackers and review ----
    ("reviewthread", ["en"], "**«DOTNAME:r»** commented on `src/config.rs` line 42:\n> you committed "
     "`SENTRY_DSN=https://«SENTRY11»@o⟦«=NUM»⟧.ingest.sentry.io/⟦«=NUM»⟧` here\n\n**«DOTNAME:a»** replied:\n> oops, "
     "rotating. Also co-authored with @«DOTNAME:c»\n\nCo-authored-by: «NAME:c» <«EMAIL:c»>\nSigned-off-by: «NAME:a» "
     "<«EMAIL:a»>\nReviewed-by: «NAME:r»\nUses ⟦«~ALGO11»⟧ for the diff."),
    ("issuereport", None, "### Bug: crash on import\n**Environment**\n```\nOS: Linux ⟦«~VERSION»⟧\nAPP_USER=«NAME:a»\n"
     "GRAFANA_TOKEN=«GLSA11»\nDB_HOST=«IP»\nDB_PASSWORD=«PASSWORD»\nSENTRY_AUTH_TOKEN=«HEXTOKEN»\n```\nRepro: run "
     "as «DOTNAME:a», import the CSV from «NAME:b» "
     "(I removed her email «EMAIL:b» … or not).\ncc @«DOTNAME:m» — assigned to «NAME:m»\nEvent id ⟦«~EVENTID11»⟧"),
    # ---- lab notebooks, LIMS ----
    ("labnotebook", None, "## ELN entry ⟦«~ISODATE»⟧ — PCR batch ⟦«~LOT11»⟧\nOperator: «NAME:a» (ext. "
     "«PHONEH11:a»); witnessed by "
     "«NAME:w»\nSamples from participant «SURFIRST11:p» (DOB «DOBH11:p») and «SURFIRST11:q»\nEnzyme from ⟦«~BRAND»⟧, "
     "lot ⟦«~LOT11»⟧\nNote: «FIRST:w» reran plate 2 using ⟦«~ALGO11»⟧ smoothing."),
    ("limsexport", None, "SampleID\tPatientName\tDOB\tCollector\tPhone\tStatus\n⟦«=NUM»⟧-A\t«UPLF11:a»\t«DOBH11:a»\t"
     "«LASTINI11:c»\t«PHONEH11:a»\tVALIDATED\n"
     "⟦«=NUM»⟧-B\t«UPLF11:b»\t«DOBH11:b»\t«LASTINI11:c»\t«PHONEH11:b»\tPENDING\n"
     "# exported by «NAME:x» from LIMS ⟦«~VERSION»⟧ (api_token=«HEXTOKEN»)\n# LIMS_DB_PASSWORD=«PASSWORD» on «IP»"),
    # ---- elections, parties, unions ----
    ("pollworkers", ["no"], "Valgstyret ⟦«~CITY»⟧ – stemmestyre krets 4\nleder: «NAME:a», f. «DOBH11:a», tlf "
     "«PHONEH11:a»\nnestleder: «NAME:b»\nmedlemmer: «NAME:c», «NAME:d», «LASTINI11:e»\nhonorar til konto «IBAN:a»\n"
     "vara: «NAME:f» («EMAIL:f», «PHONEH11:f»)\nfnr for honorar: «FNR:a»"),
    ("unionmembers", ["de"], "Mitgliedsantrag Gewerkschaft\nName: «NAME:a»\nGeburtsdatum: «DOBH11:a»\n"
     "Betrieb: ⟦«~COMPANY»⟧, Vertrauensperson «NAME:v»\nTelefon: «PHONEH11:a»\nE-Mail: «EMAIL:a»\n"
     "Steuer-ID (für die Beitragsbescheinigung): «STEUER:a»\nBeitrag per SEPA-Lastschrift, IBAN «IBAN:a», "
     "Kontoinhaber «NAME:k»\nGeworben von «NAME:w»"),
    ("candidatelist", None, "ballot_pos,candidate,born,residence,party_contact\n1,«NAME:a»,«DOBH11:a»,⟦«~CITY»⟧,"
     "«PHONEH11:a»\n2,«NAME:b»,«DOBH11:b»,⟦«~CITY»⟧,\n3,«NAME:c»,«DOBH11:c»,⟦«~CITY»⟧,«EMAIL:c»\n"
     "# list signed by «NAME:s», election agent"),
    # ---- classified ads ----
    ("classifieds", ["no"], "FINN-kode ⟦«=NUM12»⟧ – Selges: ⟦«~BRAND»⟧ gressklipper\nSelger: «NAME:s», ring "
     "«PHONEH11:s»\n"
     "---\nMelding fra «FIRST:k»: hei! kan hente i morgen, er det «FIRST:s» jeg snakker med? vipps til "
     "«PHONEH11:k»?\nSvar: ja, min samboer «NAME:t» er hjemme fra 16"),
    ("classifieds", ["sv"], "Blocket – annons ⟦«=NUM»⟧: soffa från ⟦«~BRAND»⟧\n«FIRST:k»: hej, finns den kvar?\n"
     "«FIRST:s»: ja! swisha till «PHONEH11:s» så håller jag den. /«NAME:s»\n«FIRST:k»: min pappa «NAME:p» hämtar, "
     "hans nr «PHONEH11:p»"),
    ("classifieds", ["de"], "Kleinanzeigen – Nachricht zu \"Kinderwagen ⟦«~BRAND»⟧\"\nVon: «NAME:k»\n"
     "Hallo, ist der noch da? Ich bin «FIRST:k», meine Nummer: «PHONEH11:k». Abholung durch meinen Mann «NAME:m» "
     "möglich?\nAntwort von «NAME:s»: ja, PayPal an «EMAIL:s»"),
    ("classifieds", ["fr"], "leboncoin – Message pour \"Vélo ⟦«~BRAND»⟧\"\n«FIRST:a» : Bonjour, je suis intéressée. "
     "Mon numéro : «PHONEH11:a». C'est ma sœur «NAME:b» qui passera.\nVendeur («NAME:v») : OK, RIB ci-dessous : "
     "«IBAN:v»"),
    ("classifieds", ["es"], "Wallapop · chat\n«FIRST:c»: hola! sigue disponible la moto ⟦«~BRAND»⟧?\n«FIRST:v»: sí, "
     "llámame al «PHONEH11:v», soy «NAME:v»\n«FIRST:c»: vale, la recoge mi primo «NAME:p», bizum al «PHONEH11:c»"),
    # ---- housing cooperatives ----
    ("coopminutes", ["no"], "Protokoll fra generalforsamling i ⟦«~CITY»⟧ borettslag\nMøteleder: «NAME:a»\n"
     "Protokollvitner: «NAME:b» og «NAME:c»\nSak 4: Andelseier «NAME:d» (leil. H0203) ba om fritak; «FIRST:d» kan "
     "nås på «PHONEH11:d».\nValgt til styret: «NAME:e», «LASTINI11:f»\nFelles strømmåler ⟦«~GSRN11»⟧"),
    ("coopminutes", ["sv"], "Protokoll, ordinarie föreningsstämma BRF ⟦«~CITY»⟧ ⟦«=NUM»⟧\n§1 Stämmans öppnande: "
     "ordförande «NAME:a» hälsade välkommen\n§3 Justerare: «NAME:b», «NAME:c»\n§9 Motion från «NAME:d» om "
     "laddstolpar; kontakt «EMAIL:d»\nAndrahandsuthyrning till «NAME:e», pnr «PNR:e», tel. «PHONEH11:e», godkänd"),
    ("coopminutes", ["de"], "Niederschrift der Eigentümerversammlung WEG ⟦«~CITY»⟧straße 12\nVersammlungsleiter: "
     "«NAME:a» "
     "(Verwalter)\nAnwesend: «NAME:b» (WE 3), «NAME:c» (WE 5, vertreten durch «NAME:d»)\nTOP 4: Hausgeld-Rückstand "
     "WE 7, Eigentümer «UPLF11:e», Tel. «PHONEH11:e»\nBeschluss verkündet."),
    ("coopminutes", ["fr"], "Procès-verbal d'assemblée générale – copropriété ⟦«~CITY»⟧\nPrésident de séance : "
     "«NAME:a»\nScrutateurs : «NAME:b», «NAME:c»\nRésolution 7 : «UPLF11:d» (lot 14) conteste les charges ; "
     "tél. «PHONEH11:d»\nSyndic : ⟦«~COMPANY»⟧, gestionnaire «NAME:g»"),
    ("coopminutes", ["es"], "Acta de la junta de la comunidad de vecinos ⟦«~CITY»⟧ 14\nPresidente: «NAME:a»\n"
     "Administrador: «NAME:b»\nMorosos: 2ºB «NAME:c» (DNI en expediente), tel. «PHONEH11:c»\nRuegos: «FIRST:d» "
     "«LAST:d» pide cambiar el portero ⟦«~BRAND»⟧\nIBAN de la comunidad: «IBAN:a»"),
    # ---- funeral homes ----
    ("funeralorder", ["no", "en", "sv"], "Funeral arrangement – order ⟦«=NUM»⟧\nDeceased: «NAME:d», born "
     "«DOBOLD11:d», died ⟦«~DATE»⟧\nNext of kin: «NAME:k» (son), «PHONEH11:k», «EMAIL:k»\nHymns: ⟦«~HYMN11»⟧\n"
     "Officiant: «NAME:o»\nPallbearers: «NAME:p», «NAME:q», «LASTINI11:r»\nInvoice to «NAME:k», «PHONEH11:k»; "
     "second contact «NAME:l», «PHONEH11:l»"),
    ("condolencebook", None, "Online condolence book for «NAME:d» (⟦«~ISODATE»⟧)\n— «NAME:a»: Rest in peace, dear "
     "«FIRST:d». Thinking of «FIRST:s» and the kids.\n— «NAME:b»: «FIRST:d» taught me to sail on ⟦«~SHIP11»⟧.\n"
     "moderator note: removed post with phone «PHONEH11:x» from «NAME:x»"),
    # ---- crew records ----
    ("crewlist", None, "IMO FAL Form 5 – Crew List\nShip: ⟦«~SHIP11»⟧ ⟦«~IMO11»⟧  Port: ⟦«~LOCODE11»⟧\n"
     "No;Family name, given names;Rank;Date of birth;ID doc\n1;«LASTFIRST:a»;Master;«DOBH11:a»;⟦«=NUM12»⟧\n"
     "2;«LASTFIRST:b»;Ch.Off;«DOBH11:b»;⟦«=NUM12»⟧\n3;«LASTFIRST:c»;AB;«DOBH11:c»;⟦«=NUM12»⟧\nAgent: «NAME:g», "
     "«PHONEH11:g»"),
    ("pilotroster", None, "ROSTER ⟦«~ISODATE»⟧ base ⟦«~LOCODE11»⟧\nCPT «UPLF11:a»  FO «UPLF11:b»  SCCM «UPLF11:c»\n"
     "⟦«~FLIGHT»⟧ dep 06:10\nstandby: «NAME:d», call «PHONEH11:d»\ncrew portal login «EMAIL:a» / «PASSWORD:p»"),
    # ---- utilities and car workshops ----
    ("meterreading", None, "meter_point,customer,phone,reading_kwh,read_by\n⟦«~GSRN11»⟧,«NAME:a»,«PHONEH11:a»,"
     "⟦«=NUM»⟧,self\n⟦«~GSRN11»⟧,«NAME:b»,«PHONEH11:b»,⟦«=NUM»⟧,«NAME:t»\n# upload: curl -H 'X-Api-Key: «TOKEN»' "
     "https://meters.example/v1/readings\n# gateway «IP» admin / «PASSWORD»"),
    ("werkstattauftrag", ["de"], "Werkstattauftrag ⟦«=NUM»⟧\nKunde: «NAME:k», Tel. «PHONEH11:k»\n"
     "Fahrzeug: ⟦«~BRAND»⟧, FIN ⟦«~VIN11»⟧\nAbholung durch «NAME:a» (Vollmacht)\nMechaniker: «LASTINI11:m»\n"
     "Zahlung: Überweisung, IBAN «IBAN:k»"),
    ("dealerlead", None, "{\"lead_id\": \"⟦«~UUID»⟧\", \"name\": \"«NAME:a»\", \"email\": \"«EMAIL:a»\", "
     "\"phone\": \"«PHONEH11:a»\", \"trade_in_vin\": \"⟦«~VIN11»⟧\", \"salesperson\": \"«NAME:s»\", "
     "\"co_buyer\": {\"name\": \"«NAME:b»\", \"dob\": \"«DOBH11:b»\"}}"),
    # ---- police and recruitment ----
    ("policereport", ["en"], "INCIDENT ⟦«=NUM12»⟧ — theft from vehicle\nReporting officer: PC «NAME:o»\n"
     "Victim: «UPNAME:v», DOB «DOBH11:v», tel «PHONEH11:v»\nWitness: «NAME:w» saw a man near the ⟦«~BRAND»⟧\n"
     "Suspect: «NAME:s» (known to police), NI «NINO»\nNarrative: «FIRST:v» parked at ⟦«=TIME»⟧"),
    ("policereport", ["no"], "Anmeldelse ⟦«=NUM12»⟧ – tyveri fra bil\nMottatt av: politibetjent «NAME:o»\n"
     "Fornærmede: «UPNAME:v», fnr «FNR:v», tlf «PHONEH11:v»\nVitne: «NAME:w» («PHONEH11:w») så en mann ved "
     "⟦«~BRAND»⟧-en\n"
     "Mistenkt: «NAME:s», f. «DOBH11:s»\nFritekst: «FIRST:v» parkerte kl. ⟦«=TIME»⟧"),
    ("recruiterpipeline", None, "candidate,email,phone,dob,stage,recruiter\n«NAME:a»,«EMAIL:a»,«PHONEH11:a»,"
     "«DOBH11:a»,interview,«LASTINI11:r»\n«NAME:b»,«EMAIL:b»,«PHONEH11:b»,,offer,«LASTINI11:r»\n"
     "«NAME:c»,«EMAIL:c»,«PHONEH11:c»,«DOBH11:c»,rejected,«LASTINI11:r»\n# recruiter «NAME:r», direct «PHONEH11:r»"),
    ("freelanceinvoice", ["fr"], "FACTURE ⟦«~INVOICE»⟧\n«UPLF11:a» – Entrepreneur individuel\n"
     "SIRET ⟦«~SIREN»⟧00019\nTél. «PHONEH11:a» – «EMAIL:a»\nClient : ⟦«~COMPANY»⟧, à l'attention de «NAME:c»\n"
     "Prestation : traduction, ⟦«~AMOUNT»⟧\nIBAN «IBAN:a»"),
    # ---- crypto support, home automation ----
    ("exchangeticket", ["en", "de", "sv"], "Ticket ⟦«~TICKET»⟧ – withdrawal stuck\nCustomer: «NAME:a» "
     "(DOB «DOBH11:a»), «EMAIL:a»\nCustomer wrote: my bot uses these, can you check?\nAPI_KEY=«EXKEY11»\n"
     "API_SECRET=«EXSECRET11»\nTELEGRAM_TOKEN=«TELEGRAM»\nVPS=«IP»\nAgent «NAME:g»: please revoke both immediately, "
     "«FIRST:a»."),
    ("hassconfig", None, "# configuration.yaml\nmqtt:\n  broker: «IP»\n  username: homeassistant\n  password: "
     "⟦«~PH11»⟧\nperson:\n  - name: «NAME:a»\n    id: «FIRST:a»\n  - name: «NAME:b»\n# secrets.yaml\n"
     "mqtt_password: «PASSWORD:m»\nnotify_phone: \"«PHONEH11:a»\"\n# REST sensor\n  headers:\n"
     "    Authorization: Bearer «HATOKEN11»\ninfluxdb:\n  host: «IP:i»\n  password: «PASSWORD:i»\n"
     "wifi_password: «PASSWORD4»\ngoogle_maps_key: «GOOGLE»"),
    ("z2mlog", None, "Zigbee2MQTT:info  ⟦«~ISOTS»⟧: Device '⟦«~IEEE11»⟧' joined\nZigbee2MQTT:debug "
     "Received MQTT message on 'zigbee2mqtt/«FIRST:a»/bedroom/set'\n# configuration.yaml\nmqtt:\n  server: "
     "mqtt://«IP»\n  user: z2m\n  password: «PASSWORD:z»\nadvanced:\n  network_key: «ZIGBEE11»\nfrontend:\n  "
     "auth_token: «HEXTOKEN»"),
    ("mosquittoconf", None, "# /etc/mosquitto/passwd written with: mosquitto_passwd -b passwd «DOTNAME:a» "
     "«PASSWORD:a»\n$ mosquitto_pub -h «IP» -u «DOTNAME:a» -P '«PASSWORD:a»' -t home/door -m open\n"
     "listener 1883\n# bridge to the cloud\naddress «IP:b»:8883\nremote_username «DOTNAME:b»\nremote_password "
     "«PASSWORD:b»\n"
     "# MAC of the bridge ⟦«~MAC11»⟧"),
    # ---- data science ----
    ("dfprint", None, ">>> df.head()\n              name         phone         dob      city\n0  «NAME:a»  "
     "«PHONEH11:a»  «DOBISO:a»  ⟦«~CITY»⟧\n1  «NAME:b»  «PHONEH11:b»  «DOBISO:b»  ⟦«~CITY»⟧\n2  «NAME:c»  "
     "NaN  «DOBISO:c»  ⟦«~CITY»⟧\n>>> df.shape\n(⟦«=NUM»⟧, 4)"),
    ("sqlresult", None, "mysql> SELECT full_name, email, iban FROM members WHERE active = 1 LIMIT 3;\n"
     "+----------------+------------------------+----------------------+\n| «NAME:a» | «EMAIL:a» | «IBAN:a» |\n"
     "| «NAME:b» | «EMAIL:b» | «IBAN:b» |\n| «NAME:c» | «EMAIL:c» | NULL |\n3 rows in set (0.01 sec)"),
    ("routput", None, "> head(members)\n  id           name        born   ssn\n1  1   «NAME:a»  «DOBISO:a»  «SSN:a»\n"
     "2  2   «NAME:b»  «DOBISO:b»  «SSN:b»\n> summary(fit)   # ⟦«~ALGO11»⟧ baseline\n"
     "Residual standard error: 1.93\n> con <- dbConnect(RPostgres::Postgres(), host = \"«IP»\", "
     "user = \"analyst\", password = \"«PASSWORD»\")"),
    # ---- logs ----
    ("mailq", None, "$ mailq\n-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
     "⟦«~HEXID»⟧     2811 ⟦«~SYSLOGTS»⟧  «EMAIL:a»\n      (host ⟦«~CITY»⟧-mx said: 550 mailbox «EMAIL:b» full)\n"
     "                                         «EMAIL:b»\n-- 3 Kbytes in 1 Request.\n# relay: smtp://relay:"
     "«URLPASS»@«IP»:587\n# /etc/postfix/sasl_passwd\n[«IP»]:587 relay:«PASSWORD»\n# and the other MX: «IP:m»"),
    ("traefikjson", None, "{\"ClientHost\":\"«IP:a»\",\"RequestPath\":\"/api/login?user=«DOTNAME:a»\","
     "\"RequestMethod\":\"POST\",\"DownstreamStatus\":401,\"request_X-Forwarded-For\":\"«IP:a»\","
     "\"request_Authorization\":\"Bearer «JWT»\",\"time\":\"⟦«~ISOTS»⟧\"}\n"
     "{\"ClientHost\":\"«IP:b»\",\"RequestPath\":\"/hooks/mqtt?token=«URLTOKEN»\",\"DownstreamStatus\":200,"
     "\"request_Authorization\":\"Basic «BASICAUTH»\",\"ServiceAddr\":\"«IP:c»:8123\"}"),
    ("kubectllogs", None, "$ kubectl logs ⟦«~POD11»⟧ -n members\nINFO  new signup name=\"«NAME:a»\" email=«EMAIL:a» "
     "phone=«PHONEH11:a»\nWARN  retry sms to «PHONEH11:a»\nDEBUG linear sync Authorization: «LINEAR11»\n"
     "ERROR ⟦«~ALGO11»⟧ dedupe failed for «NAME:b»\nINFO  db: postgres://members:«URLPASS»@«IP»:5432/club\n"
     "$ kubectl exec ⟦«~POD11»⟧ -- env | grep -i pass\nSMTP_PASSWORD=«PASSWORD4»\nREDIS_PASSWORD=«PASSWORD:r»"),
    ("apachecombined", None, "«IP:a» - «DOTNAME:a» [⟦«~CLFDATE»⟧] \"GET /members/export?api_key=«URLTOKEN» "
     "HTTP/1.1\" 200 "
     "51234 \"-\" \"Mozilla/5.0\"\n«IP:b» - - [⟦«~CLFDATE»⟧] \"POST /login HTTP/1.1\" 302 0 \"-\" \"curl/8.5\"\n"
     "«IP:a» - «DOTNAME:a» [⟦«~CLFDATE»⟧] \"GET /hooks/steam?key=«STEAMQ11» HTTP/1.1\" 403 199\n"
     "$ sudo journalctl -u sshd | grep Accepted\n⟦«~SYSLOGTS»⟧ web sshd[⟦«=PID»⟧]: Accepted password for «DOTNAME:b» "
     "from «IP:c» port ⟦«=PORT»⟧ ssh2"),
    ("gitlogp", None, "$ git log -p -1 -- .env\ncommit ⟦«~SHA»⟧\nAuthor: «NAME:a» <«EMAIL:a»>\nDate:   ⟦«~GITDATE»⟧ "
     "14:22:09 2025 +0100\n\n    remove secrets (thanks «FIRST:r» for noticing)\n\n-DATABASE_URL=postgres://club:"
     "«URLPASS»@«IP»/club\n-EXCHANGE_API_SECRET=«EXSECRET11»\n-GRAFANA_SA_TOKEN=«GLSA11»\n-LINEAR_API_KEY=«LINEAR11»\n"
     "+DATABASE_URL=⟦«~PH11»⟧"),
    ("donorcsv", ["en"], "ACH pledge export (US chapter)\ndonor,email,routing,account,ssn_for_receipt\n"
     "«NAME:a»,«EMAIL:a»,"
     "«ABA:a»,⟦«=NUM12»⟧,«SSN:a»\n«NAME:b»,«EMAIL:b»,«ABA:b»,⟦«=NUM12»⟧,\n«NAME:c»,,«ABASEP:c»,⟦«=NUM12»⟧,«SSN:c»\n"
     "# treasurer «NAME:t», «PHONEH11:t»"),
    ("freelanceinvoice", ["en"], "INVOICE ⟦«~INVOICE»⟧\n«NAME:a», freelance illustrator\n«PHONEH11:a» · «EMAIL:a»\n"
     "Bill to: ⟦«~COMPANY»⟧, attn «NAME:c»\nPayment by ACH: routing «ABA:a», account ⟦«=NUM12»⟧\nTIN: «SSN:a»"),
    # ---- tickets and git ----
    ("linearissue", None, "{\"data\": {\"issue\": {\"identifier\": \"⟦«~TICKET»⟧\", \"title\": \"Member export "
     "leaks DOB\", \"assignee\": {\"name\": \"«NAME:a»\", \"email\": \"«EMAIL:a»\"},\n \"description\": \"Row for "
     "«NAME:b» shows born «DOBH11:b» in the CSV\", \"creator\": {\"name\": \"«NAME:c»\"}}}}\n"
     "# curl -H 'Authorization: «LINEAR11»' https://api.linear.app/graphql"),
    ("jiracomment", None, "$ curl -u «EMAIL:a»:«ATL11» -X POST -H 'Content-Type: application/json' \\\n"
     "  https://⟦«=WORD»⟧.atlassian.net/rest/api/3/issue/⟦«~TICKET»⟧/comment -d '{\"body\": \"Spoke to «NAME:c» "
     "(«PHONEH11:c»); «FIRST:a» to follow up\"}'\n{\"author\": {\"displayName\": \"«NAME:a»\"}}"),
    ("gitblame", None, "$ git blame -L 10,13 settings.py\n⟦«~SHORTSHA»⟧ («NAME:a» ⟦«~ISODATE»⟧ 10) ADMIN = "
     "\"«EMAIL:a»\"\n⟦«~SHORTSHA»⟧ («NAME:b» ⟦«~ISODATE»⟧ 11) SENTRY = \"https://«SENTRY11»@sentry.io/⟦«=NUM»⟧\"\n"
     "⟦«~SHORTSHA»⟧ («NAME:b» ⟦«~ISODATE»⟧ 12) STEAM_KEY = \"«STEAM11»\"\n⟦«~SHORTSHA»⟧ («NAME:c» ⟦«~ISODATE»⟧ 13) "
     "# ⟦«~ALGO11»⟧"),
    ("gitshortlog", None, "$ git shortlog -sne\n   412\t«NAME:a» <«EMAIL:a»>\n    97\t«NAME:b» <«EMAIL:b»>\n"
     "    12\t«NAME:c» <«EMAIL:c»>\n     1\t«LASTINI11:d» <«EMAIL:d»>\n$ git log -1 --format=%an ⟦«~SHA»⟧\n«NAME:b»"),
    ("formatpatch", None, "From ⟦«~SHA»⟧ Mon Sep 17 00:00:00 2001\nFrom: «NAME:a» <«EMAIL:a»>\nDate: ⟦«~GITDATE»⟧ "
     "10:02:11 +0200\nSubject: [PATCH v2 2/3] mod loader: read Steam key from env\n\nReported-by: «NAME:r»\n"
     "Tested-by: «NAME:t» <«EMAIL:t»>\n---\n-steam_key = \"«STEAM11»\"\n+steam_key = "
     "os.environ[\"STEAM_KEY\"]\n-sentry_auth = \"«HEXTOKEN»\"\n"
     "+sentry_auth = os.environ[\"SENTRY_AUTH\"]"),
]

TECH11 = {"modconfig", "discordmodlog", "steamcmd", "reviewthread", "issuereport", "hassconfig", "z2mlog",
          "mosquittoconf", "mailq", "traefikjson", "kubectllogs", "apachecombined", "gitlogp", "linearissue",
          "jiracomment", "gitblame", "formatpatch", "exchangeticket", "freightbooking", "sqlresult", "routput"}
HELDOUT11_STRUCTURED += [entry for entry in HELDOUT11_STRUCTURED if entry[0] in TECH11]

HELDOUT11_PROSE = {
    "en": [
        "hi «FIRST:a», can you add «NAME:b» to the U12 squad list? her mum «NAME:c» says she was born «DOBH11:b» and "
        "the best number is «PHONEH11:c». ⟦Training⟧ is at ⟦«~GROUND11»⟧ now.",
        "⟦Father⟧ «NAME:p» asked me to type up the intentions: the 11am mass is for the late «NAME:d», and "
        "⟦«~HYMN11»⟧ at the end. ⟦Thanks⟧, «FIRST:s»!",
        "⟦Quick⟧ one for the board: «NAME:a» (our treasurer) resigned, so «LAST:b»'s name goes on the bank mandate. "
        "⟦Account⟧ is «IBAN:b».",
        "the vet said «FIRST:o»'s ⟦«~BREED11»⟧ needs surgery; owner is «NAME:o», DOB «DOBH11:o», call «PHONEH11:o».",
        "⟦Can⟧ you summarise this Sentry thing? dsn was https://«SENTRY11»@o⟦«=NUM»⟧.ingest.sentry.io/⟦«=NUM»⟧ and the "
        "crash came from «NAME:u»'s account «EMAIL:u».",
        "⟦Dear⟧ «NAME:a», further to your claim ⟦«~CLAIMREF11»⟧ we spoke with your tenant, Mr «NAME:t», on "
        "«PHONEH11:t». ⟦Regards⟧, «NAME:j», loss adjuster",
        "my nan «NAME:g» (born «DOBOLD11:g») gets home care twice a day; carers are «FIRST:c» and «NAME:d». who do I "
        "complain to??",
        "ok so I leaked my exchange keys in a gist, api secret «EXSECRET11» — «FIRST:m» from support said to revoke, "
        "is that enough?",
        "⟦Selling⟧ my ⟦«~BRAND»⟧ bike on the marketplace, buyer «NAME:b» wants to pay via bank, his email "
        "«EMAIL:b», and he sent routing «ABA» and account ⟦«=NUM12»⟧. "
        "⟦Scam⟧?",
        "⟦Please⟧ write a eulogy for «NAME:d», who sailed on ⟦«~SHIP11»⟧ for 30 years; survived by «NAME:w» and "
        "their son «FIRST:s».",
    ],
    "no": [
        "hei «FIRST:a»! kan du sette opp «NAME:b» på kamptroppen til G12? mora hans, «NAME:c», har nr «PHONEH11:c». "
        "⟦Kampen⟧ er på ⟦«~GROUND11»⟧.",
        "⟦Minnestund⟧ for «NAME:d» etter bisettelsen, vi synger ⟦«~HYMN11»⟧. ⟦Kontakt⟧ «NAME:k» på «PHONEH11:k».",
        "styret i borettslaget: «NAME:a» går av, «FIRST:b» «LAST:b» tar over som leder. ⟦Husleie⟧ til «IBAN:a» som "
        "før.",
        "⟦Veterinæren⟧ sa at «GEN11:o» ⟦«~BREED11»⟧ må opereres, eier er «NAME:o», fnr «FNR:o».",
        "mormor «NAME:g», født «DOBOLD11:g», får hjemmesykepleie; kan du skrive klage til ⟦«~CITY»⟧ kommune for meg? "
        "pleierne heter «FIRST:c» og «NAME:d».",
        "selger ⟦«~BRAND»⟧-traktoren på finn, kjøper «NAME:b» vil vippse til «PHONEH11:b», er det trygt?",
        "⟦Valgstyret⟧ trenger en til: «NAME:e» kan ta kveldsvakta, hun er født «DOBH11:e» og har e-post «EMAIL:e».",
        "lol jeg la inn HA-tokenet mitt i discord: «HATOKEN11» — «FIRST:m» sa jeg må lage nytt, stemmer det?",
        "⟦Politiet⟧ ringte om innbruddet, kontaktperson er «NAME:p», du kan nå meg («NAME:a») på «PHONEH11:a».",
        "hvordan skriver jeg minneord om «NAME:d»? han var maskinist på ⟦«~SHIP11»⟧ og etterlater seg «NAME:w».",
    ],
    "sv": [
        "hej «FIRST:a», kan du lägga till «NAME:b» i P13-truppen? hennes pappa «NAME:c» nås på «PHONEH11:c», född "
        "«DOBH11:b» står det i licensen.",
        "⟦Begravningen⟧ för «NAME:d» är på lördag, vi sjunger ⟦«~HYMN11»⟧. ⟦Frågor⟧ till «NAME:k», «EMAIL:k».",
        "brf-styrelsen: «NAME:a» flyttar, «LAST:b» blir ny kassör, avgiften till «IBAN:b» som vanligt.",
        "⟦Veterinären⟧ sa att «GEN11:o» ⟦«~BREED11»⟧ behöver opereras; ägare «NAME:o», pnr «PNR:o».",
        "farmor «NAME:g» (f. «DOBOLD11:g») har hemtjänst, personalen «FIRST:c» och «NAME:d» kommer aldrig i tid. "
        "⟦Hjälp⟧ mig skriva ett klagomål?",
        "säljer soffan på ⟦Blocket⟧, köparen «NAME:b» vill swisha från «PHONEH11:b». ⟦Bluff⟧?",
        "⟦Valnämnden⟧ behöver fler: «NAME:e» kan ta kvällspasset, hon nås på «PHONEH11:e».",
        "råkade pusha våra exchange-nycklar, API_KEY=«EXKEY11», «FIRST:m» i supporten sa revoke asap",
        "⟦Polisen⟧ hörde av sig om inbrottet, handläggare «NAME:p»; jag («NAME:a») har nummer «PHONEH11:a».",
        "kan du skriva en minnestext om «NAME:d», som var styrman på ⟦«~SHIP11»⟧? han efterlämnar «NAME:w».",
    ],
    "de": [
        "Hallo «FIRST:a», kannst du «NAME:b» für die D-Jugend melden? Ihre Mutter, «NAME:c», ist unter «PHONEH11:c» "
        "erreichbar, geboren ist «FIRST:b» am «DOBH11:b».",
        "⟦Trauerfeier⟧ für «NAME:d» am Samstag, wir singen ⟦«~HYMN11»⟧. ⟦Rückfragen⟧ an «NAME:k», «EMAIL:k».",
        "⟦Vorstand⟧: «NAME:a» tritt zurück, «LAST:b» übernimmt die Kasse. Die Spenden bitte weiter an «IBAN:b».",
        "⟦Tierarzt⟧ meint, «GEN11:o» ⟦«~BREED11»⟧ muss operiert werden. Halter: «NAME:o», geb. «DOBH11:o».",
        "Oma «NAME:g» (geb. «DOBOLD11:g») bekommt ambulante Pflege, aber «FIRST:c» und «NAME:d» kommen nie pünktlich. "
        "Hilf mir bitte mit einer Beschwerde.",
        "verkaufe den Kinderwagen auf Kleinanzeigen, Käufer «NAME:b» will per PayPal an «EMAIL:b» zahlen – ⟦Betrug⟧?",
        "⟦Wahlvorstand⟧ sucht noch jemand: «NAME:e» kann abends, Tel. «PHONEH11:e», Steuer-ID «STEUER:e» fürs "
        "Erfrischungsgeld.",
        "hab aus Versehen meinen Steam key gepostet: «STEAMQ11» – «FIRST:m» aus dem Discord sagt revoke, reicht das?",
        "⟦Polizei⟧ hat angerufen wegen dem Einbruch, Sachbearbeiter ist «NAME:p». Ich («NAME:a») bin unter "
        "«PHONEH11:a» "
        "erreichbar.",
        "schreib bitte einen Nachruf für «NAME:d», der auf der ⟦«~SHIP11»⟧ gefahren ist; er hinterlässt «NAME:w».",
    ],
    "fr": [
        "salut «FIRST:a», tu peux inscrire «NAME:b» en U13 ? sa mère, «NAME:c», est au «PHONEH11:c», et «FIRST:b» est "
        "née le «DOBH11:b».",
        "⟦Obsèques⟧ de «NAME:d» samedi, on chantera ⟦«~HYMN11»⟧. ⟦Contact⟧ : «NAME:k», «EMAIL:k».",
        "le syndic nous dit que «NAME:a» quitte le conseil syndical, «LAST:b» reprend ; les charges toujours sur "
        "«IBAN:b».",
        "⟦Le véto⟧ dit que le ⟦«~BREED11»⟧ de «FIRST:o» doit être opéré. ⟦Propriétaire⟧ : «NAME:o», né le «DOBH11:o».",
        "ma grand-mère «NAME:g» (née le «DOBOLD11:g») a des soins à domicile, mais «FIRST:c» et «NAME:d» arrivent "
        "toujours en retard. ⟦Aide⟧-moi à écrire une réclamation ?",
        "je vends mon vélo sur leboncoin, l'acheteur «NAME:b» veut payer par virement depuis «IBAN:x», arnaque ?",
        "⟦Bureau⟧ de vote : «NAME:e» peut tenir le créneau du soir, tél. «PHONEH11:e».",
        "j'ai leak ma clé d'API exchange, secret «EXSECRET11» — «FIRST:m» du support dit de révoquer, ça suffit ?",
        "⟦La gendarmerie⟧ a appelé pour le cambriolage, l'enquêteur c'est «NAME:p» ; moi («NAME:a») je suis au "
        "«PHONEH11:a».",
        "écris un hommage pour «NAME:d», marin sur le ⟦«~SHIP11»⟧ pendant 30 ans ; il laisse «NAME:w».",
    ],
    "es": [
        "hola «FIRST:a», ¿puedes apuntar a «NAME:b» en el alevín? su madre, «NAME:c», está en el «PHONEH11:c», y "
        "«FIRST:b» nació el «DOBH11:b».",
        "⟦Funeral⟧ de «NAME:d» el sábado, cantaremos ⟦«~HYMN11»⟧. ⟦Contacto⟧: «NAME:k», «EMAIL:k».",
        "en la junta de vecinos «NAME:a» deja la presidencia y «LAST:b» la coge; las cuotas siguen a «IBAN:b».",
        "⟦El veterinario⟧ dice que el ⟦«~BREED11»⟧ de «FIRST:o» necesita cirugía. ⟦Dueño⟧: «NAME:o», nacido el "
        "«DOBH11:o».",
        "mi abuela «NAME:g» (nacida el «DOBOLD11:g») tiene ayuda a domicilio, pero «FIRST:c» y «NAME:d» nunca llegan "
        "a su hora. ¿me ayudas con la queja?",
        "vendo la moto en wallapop, el comprador «NAME:b» quiere hacer bizum al «PHONEH11:b», ¿es timo?",
        "⟦Mesa⟧ electoral: «NAME:e» puede hacer el turno de tarde, tel. «PHONEH11:e».",
        "subí sin querer mis claves del exchange, API_KEY=«EXKEY11» — «FIRST:m» de soporte dice revocar, ¿basta?",
        "⟦La Guardia Civil⟧ llamó por el robo, el agente es «NAME:p»; yo («NAME:a») estoy en el «PHONEH11:a».",
        "escribe una esquela para «NAME:d», que navegó en el ⟦«~SHIP11»⟧; le sobreviven «NAME:w» y sus hijos.",
    ],
}
