"""templates_heldout8.py — the eighth held-out half: what self-hosters, data people, clerks, parents, club
secretaries and people at home paste, in shapes no readable half has.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py,
templates_dev2..dev10.py and templates_heldout5.py, only to avoid their shapes and phrasings; never the scrubber's
sources or data, tests/scrub/census/, any other held-out template or any held-out case but its own). Nobody writing
rules reads this file, heldout8.jsonl or its --verbose output; only its tables are shared. The scorer keeps at most
64 shapes: this half has 62 and prose.

Its shapes: self-hosters' and admins' files (rclone, borgmatic, muttrc, ldapsearch, Terraform Cloud credentials,
hcloud and linode-cli, Infisical, the 1Password CLI, Gitea app.ini, Concourse, odbc.ini, sqlcmd, ClickHouse users,
NATS creds, radosgw-admin, snmpd, strongSwan, keepalived, pfSense backups, JupyterHub, Kaggle and W&B, Metabase and
Superset, n8n exports, Dynatrace, Octopus, Honeybadger and Airbrake, log shippers to Coralogix and Better Stack,
BrowserStack, Sauce Labs and Checkly, self-hosted Renovate, Plex/SABnzbd/Transmission, OctoPrint; counted twice),
and people's papers in their own language (police reports, deeds, estate inventories, child benefit, jobseeker
reports, student finance, number porting, school trip consents, player transfers, marketplace chats, spectacle
prescriptions, birth registrations, GP registrations, small claims, household lists for a family book, iMessage,
Threema and Skype exports, out-of-office replies, call and meeting transcripts, Splitwise and Wise exports, dunning
letters, timesheets, parental leave, pet adoptions, allotment waiting lists, berth lists, funerals, choir rosters).

Same syntax as templates.py. Slots of its own (HELDOUT8_SECRETS): «DOBH8» (birth dates in forms no earlier
generator writes: "3rd March 1985", "den 3. mars 1985", "den 3/3 1985", "3. 3. 85", "3-03-1985", "3-III-1985";
else one of birth_six()'s), «DOBKID8» (a child's, the same forms), «PHONEH8» (phones in styles no earlier generator
writes, else phone_new()'s), «PHONESAY8» (a phone as speech-to-text writes it: every digit apart, groups by commas),
«PWH8» (passwords people really choose: season and year, keyboard walks, a word of their language with digits),
«NICK8» (nicknames people use for each other), «LOWFIRST8» (a given name typed in lowercase), vendor tokens in
their published shapes («DTTOKEN8» Dynatrace, «TFCTOKEN8» Terraform Cloud, «OCTOKEY8» Octopus, «HBKEY8»
Honeybadger, «CXKEY8» Coralogix, «NATSSEED8» NATS seeds, «INFISICAL8», «PLEX8», «HEX40T8» and «HEX32T8» for W&B,
Kaggle, Airbrake, SABnzbd, «HCLOUD8» Hetzner, «CHECKLY8», «BSKEY8» BrowserStack, «SRCTOKEN8» Better Stack,
«UUIDKEY8» Sauce Labs and healthchecks), and secrets under keys («KEYH8»: rclone's obscured passwords, base64 PSKs,
40-hex OAuth client secrets, short VRRP passwords; «HEX64K8», «ALNUM64K8»: cookie and app secret keys).
Decoys: capitalised words people write that are no person (dishes, drinks, dances, illnesses, plants and
animals, ships and trains, clubs, games, holidays, newspapers, squares, mountains and rivers, agencies, job titles,
product lines, team names), placeholders, documentation samples and numbers that are no ID (pet microchips, lens
prescriptions, berth and plot numbers, case numbers)."""
import string

HELDOUT8_FIRST = {
    "en": ["Mary Kate", "Chidi", "Rhiannon", "Tamsin", "Rafferty", "Nkechi", "Obiageli", "Ruairidh", "Tallulah",
           "Anand", "Saoirse", "Zainab"],
    "no": ["Tor Arne", "Jon-Inge", "Amina", "Halvard", "Wenche", "Hassan", "Odd-Magne", "Piotr", "Marte Helene",
           "Leikny", "Sigvart", "Hodan"],
    "sv": ["Ann-Charlotte", "Nadia", "Per-Olof", "Elsa Maria", "Zlatko", "Mehmet", "Leif-Åke", "Jelena", "Lovisa Maj",
           "Ulla-Karin", "Azra", "Stig-Olov"],
    "de": ["Anneliese", "Ayşe", "Karl Heinz", "Dörte", "Mustafa", "Jens-Uwe", "Svetlana", "Dariusz", "Hans-Dieter",
           "Emine", "Marlies", "Ludger"],
    "fr": ["Yasmine", "Mamadou", "Solène-Anne", "Aïcha", "Corentin", "Karim", "Jean-Marc", "Fatoumata", "Rachida",
           "Tristan-Louis", "Nadège", "Anne-Gaëlle"],
    "es": ["Juan Carlos", "Wilmer", "Fatima Zahra", "Maricarmen", "Nahia", "Florin", "Yeray", "Rigoberto",
           "Jhon Fredy", "Ovidiu", "Brayan", "Edurne"],
}
HELDOUT8_LAST = {
    "en": ["Okonkwo-Reid", "Fairbairn", "Chaudhry", "Wetherall", "Mbeki-Lowe", "Halloran", "Vasquez-Boyd",
           "Nwosu-Grant", "Ramaswamy", "Ashworth-Kaur", "Tremayne", "Mulcahy"],
    "no": ["Skjeldal", "Nguyen-Olsen", "Løvlie", "Mahmoud", "Grønnevik", "Abdi", "Hovdenakk", "Sandvoll-Ali",
           "Kvalsund", "Røsandhaug", "Wisniewski", "Fossheim-Warsame"],
    "sv": ["Bergström-Ali", "Nyqvist", "Yilmaz", "Hadžić", "Lindkvist", "Sjöberg-Eriksson", "Öhman", "Rahimi",
           "Ekdahl", "Kovačević", "Wallgren", "Gyllensvärd"],
    "de": ["Müller-Lüdenscheidt", "Öztürk", "Brinkhaus", "Kahraman", "Oberhuber", "Leutheusser", "Ivanović",
           "Hufnagel", "Grabowski-Stein", "Rübesamen", "Yıldırım", "Schimmelpfennig"],
    "fr": ["Benhamou", "Diallo-Martin", "Nguyen-Thibault", "Fauconnier", "Ould-Brahim", "Lefebvre-Darras", "Hadjadj",
           "Quéré", "Kerjean", "Bouchareb", "Delacourt-Sy", "Poulain-Ndiaye"],
    "es": ["García-Pelayo", "Romero Salcedo", "El Idrissi", "Caballero de la Rosa", "Pereira Souto", "Ibarguren",
           "Mendoza-Quispe", "Santamaría", "Popescu", "Villanueva Ortiz", "Quispe Mamani", "Fernández de Retana"],
}
HELDOUT8_CITIES = {
    "en": ["Wolverhampton", "Kalispell", "Kilmarnock", "Chattanooga", "Grimsby", "Sudbury"],
    "no": ["Kristiansund", "Mysen", "Aurland", "Kolvereid", "Lødingen", "Skudeneshavn"],
    "sv": ["Karlshamn", "Haparanda", "Strömstad", "Åmål", "Höganäs", "Sorsele"],
    "de": ["Gießen", "Schwäbisch Hall", "Bad Hersfeld", "Eisenhüttenstadt", "Tuttlingen", "Buxtehude"],
    "fr": ["Saint-Brieuc", "Montauban", "Dole", "Digne-les-Bains", "Paimpol", "Saint-Flour"],
    "es": ["Betanzos", "Utrera", "Monforte de Lemos", "Medina Sidonia", "Villarcayo", "Sahagún"],
}
HELDOUT8_BRANDS = ["Barbara Bui", "Tommy Bahama", "Ann Demeulemeester", "Dries Van Noten", "Azzedine Alaïa",
                   "Ágatha Ruiz de la Prada", "Hannes Roether", "Lise Charmel", "Matthew Williamson", "Rodebjer",
                   "Lars Wallin", "Angel Schlesser", "Jesús del Pozo", "Marie Sixtine", "Marc O'Polo", "Hein Gericke"]

ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"

MONTHS8 = {
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
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _birth(case, lang, young):
    """A birth date in forms no earlier generator writes (six times in ten), else one of birth_six()'s."""
    if case.rng.random() >= 0.6 and not young:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date(young)
    name = MONTHS8[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "roman": ROMAN[month - 1],
              "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
    styles = {
        "en": ["%(d)d%(th)s %(name)s %(y)d", "%(name)s %(d)d%(th)s, %(y)d", "%(y)d/%(m)d/%(d)d",
               "%(d)d.%(m)02d.%(y)d"],
        "no": ["den %(d)d. %(name)s %(y)d", "%(d)d. %(abbr)s %(y)d", "%(d)d.%(m)d.%(y)d.", "%(d)d. %(m)d. %(y)d"],
        "sv": ["den %(d)d/%(m)d %(y)d", "%(y)d-%(m)d-%(d)d", "%(d)d.%(m)d.%(y)d", "%(d)d %(name)s -%(y)d"],
        "de": ["%(d)d. %(m)d. %(yy)02d", "%(y)d%(m)02d%(d)02d", "%(d)d. %(name)s %(yy)02d", "%(d)02d-%(m)02d-%(y)d"],
        "fr": ["%(d)d-%(m)02d-%(y)d", "%(d)02d/%(m)d/%(y)d", "%(d)d.%(m)02d.%(y)d"],
        "es": ["%(d)d-%(roman)s-%(y)d", "%(d)d/%(roman)s/%(y)d", "%(d)d de %(name)s %(y)d", "%(d)02d.%(m)d.%(y)d"],
    }[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1:
        text = text.replace("1 " + name, "1er " + name)
    return text


def phone_h8(case, lang):
    """A phone in styles no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["(%s)%s-%s" % (a, e, line), "+1 (%s) %s%s" % (a, e, line), "%s/%s-%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44 " + mobile[:4] + " " + mobile[4:7] + " " + mobile[7:], "(0" + mobile[:4] + ") " +
                       mobile[4:], "0044 " + mobile[:4] + " " + mobile[4:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["+47 " + n[:2] + " " + n[2:5] + " " + n[5:], "0047-" + n, "+47 (" + n[:3] + ") " + n[3:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick([m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:], "+46 (" + m[1:3] + ") " + m[3:],
                       "46-" + m[1:3] + "-" + m[3:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["+49 " + m[:3] + " " + m[3:7] + " " + m[7:], "0049 " + m[:3] + " " + m[3:],
                       "0" + m[:3] + "." + m[3:7] + "." + m[7:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        return v.pick(["0" + n[:3] + " " + n[3:6] + " " + n[6:], "0033 " + n[0] + " " + " ".join(
            n[i:i + 2] for i in range(1, 9, 2)), "0" + n[0] + "-" + "-".join(n[i:i + 2] for i in range(1, 9, 2))])
    m = v.pick("67") + d(8)
    return v.pick([m[:3] + "-" + m[3:5] + "-" + m[5:7] + "-" + m[7:], "+34 " + m[:3] + "." + m[3:6] + "." + m[6:],
                   "0034 " + m[:3] + " " + m[3:6] + " " + m[6:]])


def phone_say8(case, lang):
    """A phone as speech-to-text writes a dictated one: each digit apart, the spoken groups split by commas."""
    v = case.v
    number = {"en": lambda: v.pick(["212", "312", "415", "617"]) + str(v.r.randrange(201, 999)) + v.digits(4),
              "no": lambda: v.pick("49") + v.digits(7), "sv": lambda: "07" + v.pick("0236") + v.digits(7),
              "de": lambda: "01" + v.pick(["51", "57", "60", "70"]) + v.digits(8),
              "fr": lambda: "0" + v.pick("67") + v.digits(8), "es": lambda: v.pick("67") + v.digits(8)}[lang]()
    cuts = {"en": [3, 6], "no": [3, 5], "sv": [3, 6, 8], "de": [4, 7], "fr": [2, 4, 6, 8], "es": [3, 6]}[lang]
    groups, start = [], 0
    for cut in cuts + [len(number)]:
        groups.append(" ".join(number[start:cut]))
        start = cut
    return ", ".join(groups)


SEASONS8 = {"en": ["Summer", "Winter", "Spring", "Autumn"], "no": ["Sommer", "Vinter", "Høst", "Vår"],
            "sv": ["Sommar", "Vinter", "Höst", "Våren"], "de": ["Sommer", "Winter", "Herbst", "Frühling"],
            "fr": ["Printemps", "Hiver", "Automne", "Soleil"], "es": ["Verano", "Invierno", "Otoño", "Primavera"]}
WORDS8 = {"en": ["Biscuit", "Pumpkin", "Rover", "Sunshine"], "no": ["Hytta", "Fotball", "Pusekatt", "Fjellet"],
          "sv": ["Stugan", "Kanelbulle", "Sjöboden", "Hallonsaft"], "de": ["Schatzi", "Gartenzwerg", "Bergsee",
                                                                            "Dackel"],
          "fr": ["Doudou", "Loulou", "Framboise", "Chouchou"], "es": ["Cariño", "Gatito", "Playa", "Tortuga"]}


def password_h8(case, lang):
    """A password as people really choose one: season and year, a keyboard walk, a word of their language."""
    v, r = case.v, case.rng
    kind = r.randrange(3)
    if kind == 0:
        return v.pick(SEASONS8[lang]) + str(r.randrange(2019, 2027)) + v.pick(["!", "#", "?", "!!", "$"])
    if kind == 1:
        return v.pick(["1qaz2wsx", "Qwerty", "qwertz", "Azerty", "zxcvbnm", "Asdf"]) + v.pick(
            ["!QAZ", "#EDC", "!234", "123!", "@WSX", "_99"]) + v.digits(r.randrange(1, 3))
    return v.pick(WORDS8[lang]) + v.pick(["", ".", "_"]) + v.digits(r.randrange(2, 5)) + v.pick(["", "!", "*"])


NICK8 = {"en": ["Mags", "Bazza", "Jonno", "Tilly-Mae", "Dougie", "Gazza"],
         "no": ["Tobbe", "Kjelle", "Gitte-mor", "Bjønnen", "Stiggen"],
         "sv": ["Hasse", "Lasse-Maja", "Mickan", "Nisse", "Bettan", "Jojje"],
         "de": ["Schorsch", "Hansi", "Biggi", "Ulli-Bär", "Conny"],
         "fr": ["Jeannot", "Titou", "Mimi", "Fanfan", "Lulu-Marie", "Cricri"],
         "es": ["Paquito", "Chema", "Nacho", "Pepa", "Juanma", "Quique"]}


def _token(prefix, alphabet, n):
    return lambda case, lang: prefix + case.v.chars(alphabet, n)


def key_h8(case, lang):
    """A secret under a key in a self-hoster's file: an rclone obscured password, a base64 PSK, a 40-hex OAuth
    client secret, an eight-character VRRP password."""
    v = case.v
    return v.pick([lambda: v.chars(B64URL, v.r.randrange(30, 44)), lambda: v.chars(B64, 43) + "=",
                   lambda: v.chars(HEX, 40), lambda: v.chars(ALNUM, 8)])()


# slot -> (family, make(case, lang), type), as generate.py's own slots
HELDOUT8_SECRETS = {
    "DOBH8": ("dob", lambda case, lang: _birth(case, lang, False), "DATE_OF_BIRTH"),
    "DOBKID8": ("dobkid8", lambda case, lang: _birth(case, lang, True), "DATE_OF_BIRTH"),
    "PHONEH8": ("phoneh8", phone_h8, "PHONE"),
    "PHONESAY8": ("phonesay8", phone_say8, "PHONE"),
    "PWH8": ("pwh8", password_h8, "ENV_SECRET"),
    "NICK8": ("nick8", lambda case, lang: case.v.pick(NICK8[lang]), "PERSON"),
    "LOWFIRST8": ("lowfirst8", lambda case, lang: case.v.first(lang).lower(), "PERSON"),
    "KEYH8": ("keyh8", key_h8, "ENV_SECRET"),
    "DTTOKEN8": ("dt8", lambda case, lang: "dt0c01." + case.v.chars(UPPER, 24) + "." + case.v.chars(UPPER, 64),
                 "SECRET_TOKEN"),
    "TFCTOKEN8": ("tfc8", lambda case, lang: case.v.chars(ALNUM, 14) + ".atlasv1." + case.v.chars(ALNUM, 67),
                  "SECRET_TOKEN"),
    "OCTOKEY8": ("octo8", _token("API-", UPPER, 26), "SECRET_TOKEN"),
    "HBKEY8": ("hb8", _token("hbp_", ALNUM, 36), "SECRET_TOKEN"),
    "CXKEY8": ("cx8", _token("cxtp_", ALNUM, 30), "SECRET_TOKEN"),
    "NATSSEED8": ("nats8", _token("SUA", BASE32, 55), "SECRET_TOKEN"),
    "INFISICAL8": ("inf8", lambda case, lang: "st." + case.v.uuid() + "." + case.v.chars(HEX, 32) + "." +
                   case.v.chars(HEX, 32), "SECRET_TOKEN"),
    "PLEX8": ("plex8", _token("", ALNUM + "-_", 20), "SECRET_TOKEN"),
    "HEX40T8": ("hex40t8", _token("", HEX, 40), "SECRET_TOKEN"),
    "HEX32T8": ("hex32t8", _token("", HEX, 32), "SECRET_TOKEN"),
    "HCLOUD8": ("hcloud8", _token("", ALNUM, 64), "SECRET_TOKEN"),
    "CHECKLY8": ("checkly8", _token("cu_", HEX, 32), "SECRET_TOKEN"),
    "BSKEY8": ("bs8", _token("", ALNUM, 20), "SECRET_TOKEN"),
    "SRCTOKEN8": ("src8", _token("", ALNUM, 24), "SECRET_TOKEN"),
    "UUIDKEY8": ("uuidkey8", lambda case, lang: case.v.uuid(), "SECRET_TOKEN"),
    "HEX64K8": ("hex64k8", _token("", HEX, 64), "ENV_SECRET"),
    "ALNUM64K8": ("alnum64k8", _token("", ALNUM, 64), "ENV_SECRET"),
}


def microchip(v, r):
    """A pet's ISO 11784 microchip: 15 digits that start with a country or maker code (no person's ID)."""
    return v.pick(["578", "752", "276", "250", "724", "826", "985", "900"]) + v.digits(12)


HELDOUT8_DECOYS = {
    "FOOD8": {
        "en": ["Shepherd's Pie", "Yorkshire Pudding", "Cornish Pasty", "Bakewell Tart", "Clam Chowder"],
        "no": ["Raspeballer", "Pinnekjøtt", "Smalahove", "Lapskaus", "Fårikål"],
        "sv": ["Kroppkakor", "Ostkaka", "Pyttipanna", "Semlor", "Surströmming"],
        "de": ["Maultaschen", "Labskaus", "Königsberger Klopse", "Spätzle", "Rinderrouladen"],
        "fr": ["Bouillabaisse", "Blanquette", "Kouign-amann", "Tartiflette", "Cassoulet"],
        "es": ["Fabada", "Salmorejo", "Pulpo a la Gallega", "Migas", "Cocido Madrileño"],
    },
    "DRINK8": {
        "en": ["Pimm's", "Irn-Bru", "Root Beer", "Earl Grey"], "no": ["Akevitt", "Julebrus", "Solo", "Gløgg"],
        "sv": ["Julmust", "Påskmust", "Trocadero", "Punsch"], "de": ["Glühwein", "Apfelschorle", "Radler",
                                                                  "Kölsch"],
        "fr": ["Pastis", "Calvados", "Chartreuse", "Kir Royal"], "es": ["Horchata", "Tinto de Verano", "Rebujito",
                                                                       "Pacharán"],
    },
    "DANCE8": {
        "en": ["Ceilidh", "Two-Step", "Morris Dancing"], "no": ["Halling", "Springar", "Reinlender"],
        "sv": ["Hambo", "Schottis", "Polska"], "de": ["Schuhplattler", "Landler", "Discofox"],
        "fr": ["Bourrée", "Farandole", "Fest-Noz"], "es": ["Sardana", "Jota", "Muñeira", "Sevillanas"],
    },
    "ILL8": {
        "en": ["Shingles", "Glandular Fever", "Hay Fever", "Tonsillitis"],
        "no": ["Vannkopper", "Helvetesild", "Kyssesyken", "Omgangssyke"],
        "sv": ["Vattkoppor", "Mässling", "Kikhosta", "Vinterkräksjuka"],
        "de": ["Keuchhusten", "Gürtelrose", "Pfeiffersches Drüsenfieber", "Heuschnupfen"],
        "fr": ["Varicelle", "Bronchiolite", "Gastro", "Angine"],
        "es": ["Varicela", "Sarampión", "Gripe", "Paperas"],
    },
    "NATURE8": {
        "en": ["Bluebell", "Foxglove", "Red Kite", "Hedgehog"], "no": ["Blåveis", "Hvitveis", "Elg", "Tiur"],
        "sv": ["Vitsippa", "Blåsippa", "Kungsörn", "Järv"], "de": ["Edelweiß", "Löwenzahn", "Murmeltier", "Uhu"],
        "fr": ["Coquelicot", "Muguet", "Hérisson", "Bouquetin"], "es": ["Jacaranda", "Lince Ibérico", "Alcornoque",
                                                                      "Quebrantahuesos"],
    },
    "VESSEL8": {
        "en": ["Caledonian Sleeper", "Royal Scotsman", "Hebridean Princess", "Pride of Britain"],
        "no": ["Flytoget", "Kystekspressen", "Ofotbanen", "Nattoget"],
        "sv": ["Snälltåget", "Inlandsbanan", "Arlanda Express", "Silja Serenade"],
        "de": ["ICE Sprinter", "Rheingold", "Nightjet", "Königssee-Bahn"],
        "fr": ["TGV inOui", "Ouigo", "Train Jaune", "Le "
        "Mistral"], "es": ["Alvia", "Talgo", "Transcantábrico", "Tren de Sóller"],
    },
    "CLUB8": {
        "en": ["Leicester Tigers", "Glasgow Warriors", "Toronto Argonauts"],
        "no": ["Storhamar", "Vålerenga Ishockey", "Stabæk Bandy"], "sv": ["Frölunda", "Färjestad", "Bollnäs GIF"],
        "de": ["Kölner Haie", "Eisbären Berlin", "THW Kiel"], "fr": ["Dragons de Rouen", "Stade Toulousain",
                                                                     "ASVEL"],
        "es": ["Baskonia", "Unicaja", "Barça Hockey"],
    },
    "GAME8": ["Minecraft", "Fortnite", "Wordle", "Animal Crossing", "Roblox", "Duolingo", "Anki", "Kahoot"],
    "HOLIDAY8": {
        "en": ["Memorial Day", "Labor Day", "Whit Monday", "Remembrance Sunday"],
        "no": ["Kristi himmelfartsdag", "Skjærtorsdag", "Andre pinsedag", "Grunnlovsdagen"],
        "sv": ["Trettondedag jul", "Kristi himmelsfärd", "Nationaldagen", "Alla helgons dag"],
        "de": ["Tag der Deutschen Einheit", "Buß- und Bettag", "Himmelfahrt", "Reformationstag"],
        "fr": ["le 14 Juillet", "l'Ascension", "le lundi de Pentecôte", "l'Armistice"],
        "es": ["Semana Santa", "el Día de la Hispanidad", "la Inmaculada", "el Jueves Santo"],
    },
    "PAPER8": {
        "en": ["The Guardian", "Evening Standard", "Boston "
        "Globe"], "no": ["Aftenposten", "Dagbladet", "Bergens Tidende"],
        "sv": ["Dagens Nyheter", "Svenska Dagbladet", "Sydsvenskan"], "de": ["Süddeutsche", "Der Tagesspiegel",
                                                                            "Die Zeit"],
        "fr": ["Le Monde", "Ouest-France", "Le Parisien"], "es": ["El País", "La Vanguardia", "El Correo"],
    },
    "SQUARE8": {
        "en": ["Piccadilly Circus", "Union Square", "Market Street"], "no": ["Stortorget", "Torgallmenningen",
                                                                           "Bryggen"],
        "sv": ["Kungsträdgården", "Stortorget", "Götgatan"], "de": ["Alexanderplatz", "Marienplatz",
                                                                        "Jungfernstieg"],
        "fr": ["Place Bellecour", "Place du Capitole", "Cours Mirabeau"], "es": ["Plaza Mayor", "Puerta del Sol",
                                                                                "Las Ramblas"],
    },
    "PEAK8": {
        "en": ["Ben Nevis", "Snowdon", "Lake Windermere"], "no": ["Galdhøpiggen", "Glomma", "Romsdalseggen"],
        "sv": ["Kebnekaise", "Klarälven", "Åreskutan"], "de": ["Zugspitze", "Feldberg", "Bodensee"],
        "fr": ["Mont Ventoux", "la Dordogne", "Puy de Dôme"], "es": ["Guadalquivir", "Mulhacén", "Picos de Europa"],
    },
    "AGENCY8": {
        "en": ["Social Security Administration", "Land Registry", "Companies House", "DVLA"],
        "no": ["Skatteetaten", "Lånekassen", "Statens vegvesen", "Kartverket"],
        "sv": ["Pensionsmyndigheten", "Migrationsverket", "Lantmäteriet", "Kronofogden"],
        "de": ["Arbeitsagentur", "Familienkasse", "Bürgeramt", "Grundbuchamt"],
        "fr": ["la CAF", "l'URSSAF", "la Sécurité sociale", "France Travail"],
        "es": ["Hacienda", "la Seguridad Social", "el SEPE", "la DGT"],
    },
    "TITLE8": {
        "en": ["Head of Year", "Practice Manager", "Scout Leader", "Churchwarden"],
        "no": ["Rektor", "Fastlege", "Saksbehandler", "Styreleder"],
        "sv": ["Rektor", "Handläggare", "Sekreterare", "Ordförande"],
        "de": ["Schriftführer", "Sachbearbeiterin", "Vereinsvorsitzender", "Hausmeister"],
        "fr": ["Proviseur", "Conseillère principale", "Trésorière", "Syndic"],
        "es": ["Catedrático", "Jefa de Estudios", "Secretaria", "Administrador de Fincas"],
    },
    "PRODUCT8": ["Galaxy Buds", "Vitamix", "Pixel Buds", "Roomba", "Apple Watch", "Dyson Airwrap",
                 "Galaxy Watch", "Thermomix"],
    "TEAM8": {
        "en": ["Team Falcon", "Blue Squad", "Crew Osprey"], "no": ["Team Nordkapp", "Lag Ørn", "Gruppe Blå"],
        "sv": ["Team Lodjur", "Grupp Gul", "Lag Tranan"], "de": ["Team Adler", "Gruppe Nord", "Mannschaft Blau"],
        "fr": ["Équipe Cigogne", "Pôle Atlantique", "Cellule Alpha"], "es": ["Equipo Halcón", "Grupo Norte",
                                                                            "Célula Delta"],
    },
    "PH8": ["((db_password))", "ENCRYPTED[redacted]", "op://Private/router/password", "{{ secret \"db\" }}",
            "vault:kv/data/app#token", "$__env{GF_PASS}", "%(SMTP_PASS)s", "<fill-me>", "see Bitwarden",
            "*** hidden ***", "${file(../secrets.yml):key}"],
    "CHIP8": microchip,
    "LENS8": lambda v, r: "SPH %s%.2f CYL -%.2f AX %d" % (v.pick("+-"), r.randrange(1, 25) / 4,
                                                          r.randrange(1, 9) / 4, r.randrange(1, 180)),
    "PLOT8": lambda v, r: v.pick(["Plot ", "Parcelle ", "Parzelle ", "Lott ", "Parsell ", "Parcela "]) +
    str(r.randrange(1, 300)) + v.pick(["", "a", "b"]),
    "BERTH8": lambda v, r: v.pick(["Pier ", "Brygge ", "Steg ", "Ponton "]) + v.pick("ABCDE") + "-" +
    str(r.randrange(1, 80)),
    "CASENO8": lambda v, r: v.pick(["%d/%05d", "AZ %d-%04d", "Sak %d/%04d", "Dnr %d-%04d", "RG %d/%05d",
                                    "Exp. %d/%04d"]) % (r.randrange(2023, 2027), r.randrange(1, 99999)),
    "SAMPLE8": ["+1 202-555-0188", "01632 960123", "219-09-9999", "GB33 BUKB 2020 1555 5555 55"],
}

HELDOUT8_STRUCTURED = [
    # ---- self-hosters' and admins' files (counted twice below) ----
    ("rclone", None, "# ~/.config/rclone/rclone.conf\n[nas]\ntype = webdav\nurl = "
     "https://nas.«=WORD».lan/remote.php/dav"
     "\nvendor = nextcloud\nuser = «LOWNAME»\npass = «KEYH8:a»\n\n[b2]\ntype = b2\naccount = ⟦«~HEXID»⟧\n"
     "key = «KEYH8:b»\n\n[crypt]\ntype = crypt\nremote = b2:photos-«=WORD»\npassword = «KEYH8:c»\n"
     "password2 = «KEYH8:d»\n\n$ rclone sync ~/Pictures crypt: -P\nERROR : Failed to create file system: "
     "couldn't decrypt password\nwhy? I copied «KEYH8:c» exactly from the old laptop"),
    ("borgmatic", None, "# /etc/borgmatic/config.yaml\nsource_directories:\n    - /home/«=USER»\n"
     "repositories:\n    - path: ssh://u«=NUM»@u«=NUM».your-storagebox.de:23/./borg\n      label: storagebox\n"
     "encryption_passphrase: \"«PWH8»\"\nkeep_daily: 7\nhealthchecks:\n    ping_url: https://hc-ping.com/«UUIDKEY8»\n"
     "ntfy:\n    topic: backups-«=WORD»\n    password: ⟦«~PH8»⟧\n    access_token: tk_«HEX32T8»\n\nborg says: "
     "passphrase supplied in "
     "BORG_PASSPHRASE is incorrect. the box is in ⟦«~CITY»⟧, set up by «NAME» before he left"),
    ("muttrc", None, "# ~/.muttrc\nset realname = \"«NAME:a»\"\nset from = «EMAIL:a»\nset imap_user = «EMAIL:a»\n"
     "set imap_pass = \"«PWH8»\"\nset smtp_url = \"smtps://«EMAIL:a»@smtp.«=WORD».net:465/\"\n"
     "set smtp_pass = \"«PWH8»\"\nset signature = \"-- \\n«NAME:a» · ⟦«~TITLE8»⟧ · «PHONEH8»\"\n"
     "alias boss «NAME:b» <«EMAIL:b»>\n\nneomutt keeps asking for the password even though it's in there"),
    ("ldapsearch", None, "$ ldapsearch -x -H ldaps://dc1.corp.«=WORD».local -D \"cn=svc-ldap,ou=Service,dc=corp\" "
     "-w '«PWH8»' -b \"ou=People,dc=corp\" \"(sn=«LAST:a»)\" cn mail mobile\n# «NAME:a», People, corp\n"
     "dn: cn=«NAME:a»,ou=People,dc=corp\ncn: «NAME:a»\nmail: «EMAIL:a»\nmobile: «PHONEH8:a»\n\n"
     "# search result\nsearch: 2\nresult: 0 Success\n\n# numResponses: 2\n# numEntries: 1\n"
     "how do I make the bind password not show in bash history?"),
    ("tfrc", None, "$ cat ~/.terraform.d/credentials.tfrc.json\n{\n  \"credentials\": {\n    \"app.terraform.io\": {\n"
     "      \"token\": \"«TFCTOKEN8»\"\n    }\n  }\n}\n\n# in CI we use the env form instead\n"
     "export TF_TOKEN_app_terraform_io=«TFCTOKEN8»\n\nError: Required token could not be found. workspace "
     "⟦«~TEAM8»⟧-prod, org «=WORD»"),
    ("hcloud", None, "# ~/.config/hcloud/cli.toml\nactive_context = \"prod\"\n\n[[contexts]]\n  name = \"prod\"\n"
     "  token = \"«HCLOUD8»\"\n\n# ~/.config/linode-cli\n[DEFAULT]\ndefault-user = «LOWFIRST8»\n\n[«LOWFIRST8»]\n"
     "token = «HEX40T8»\nregion = eu-central\n\n$ hcloud server list\nID         NAME    STATUS    IPV4\n"
     "⟦«~DIGITS8»⟧   web-1   running   «IP»"),
    ("infisical", None, "$ cat .infisical.json\n{\"workspaceId\": \"⟦«~UUID»⟧\", \"defaultEnvironment\": \"dev\"}\n"
     "$ export INFISICAL_TOKEN=«INFISICAL8»\n$ infisical export --env=prod --format=dotenv\n"
     "DB_PASSWORD='«PWH8»'\nREDIS_PASSWORD='⟦«~PH8»⟧'\nSMTP_USER='«EMAIL»'\nSTRIPE_SECRET='«STRIPE»'\n"
     "SUPPORT_PHONE='«PHONEH8»'\n\n"
     "the export works but `infisical run -- npm start` doesn't inject anything"),
    ("opcli", None, "$ op item get \"Router admin\" --vault Home\nID:          ⟦«~HEXID»⟧\nTitle:       Router admin\n"
     "Vault:       Home (⟦«~HEXID»⟧)\nCreated by:  «NAME»\nFields:\n  username:    admin\n"
     "  password:    «PWH8»\n  wifi:        «PWH8:w»\nURLs:\n  website:     http://«IP»/ (primary)\n\n"
     "$ op read \"⟦op://Home/Router admin/password⟧\"\n«PWH8»\n\ncan I pipe this into ssh without it ending up in "
     "history?"),
    ("gitea", None, "; /etc/gitea/app.ini\nAPP_NAME = «=WORD» git\nRUN_USER = git\n\n[database]\nDB_TYPE  = postgres\n"
     "HOST     = «IP»:5432\nNAME     = gitea\nUSER     = gitea\nPASSWD   = `«PWH8»`\n\n[security]\n"
     "INSTALL_LOCK   = true\nSECRET_KEY     = «ALNUM64K8»\nINTERNAL_TOKEN = «JWT»\n\n[mailer]\nENABLED = true\n"
     "FROM    = «EMAIL»\nUSER    = «EMAIL»\nPASSWD  = «PASSWORD»\n\n[oauth2]\nJWT_SECRET = «KEYH8»\n\n"
     "after the upgrade to ⟦«~VERSION»⟧ it says the internal token is invalid"),
    ("concourse", None, "# credentials.yml (NOT committed, passed with -l)\ndocker_username: «LOWFIRST8»\n"
     "docker_password: «PWH8»\ngit_private_key: |\n  «PEM»\nslack_webhook: https://hooks.slack.com/services/"
     "«SLACKHOOK»\nnotify_phone: \"«PHONEH8»\"\n\n# pipeline.yml\n  source:\n    username: ((docker_username))\n"
     "    password: ⟦((docker_password))⟧\n\n$ fly -t ci set-pipeline -p app -c pipeline.yml -l credentials.yml"),
    ("odbcini", None, "; ~/.odbc.ini\n[Warehouse]\nDriver      = /opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.so\n"
     "Server      = tcp:«IP»,1433\nDatabase    = dw_«=WORD»\nUID         = «=USER»\nPWD         = «PWH8»\n"
     "TrustServerCertificate = yes\n\n[Legacy]\nDriver = MySQL ODBC 8.0\nSERVER = «IP»\nUSER = «=USER»\n"
     "PASSWORD = «PASSWORD»\nOPTION = 3\n\nExcel on «FIRST»'s laptop says [IM002] Data source name not found"),
    ("sqlcmd", None, "C:\\> sqlcmd -S «IP»,1433 -U sa -P \"«PWH8»\" -d crm -Q \"SELECT TOP 3 FirstName, LastName, "
     "Phone, BirthDate FROM dbo.Customers\"\nFirstName     LastName      Phone              BirthDate\n"
     "------------- ------------- ------------------ ----------\n«FIRST:a»      «LAST:a»      «PHONEH8:a»     "
     "«DOBISO:a»\n«FIRST:b»      «LAST:b»      «PHONEH8:b»     «DOBISO:b»\n«FIRST:c»      «LAST:c»      "
     "«PHONE:c»     «DOBISO:c»\n\n(3 rows affected)\nwhy is sa allowed from outside at all?"),
    ("clickhouse", None, "<!-- /etc/clickhouse-server/users.d/users.xml -->\n<clickhouse>\n  <users>\n"
     "    <grafana>\n      <password>«PWH8:a»</password>\n      <networks><ip>«IP»</ip></networks>\n"
     "      <profile>readonly</profile>\n    </grafana>\n    <etl>\n      <password>«KEYH8»</password>\n"
     "      <quota>default</quota>\n    </etl>\n  </users>\n</clickhouse>\n\n$ clickhouse-client --user grafana "
     "--password '«PWH8:a»' -q 'SELECT version()'\n⟦«~VERSION»⟧"),
    ("natscreds", None, "$ cat ~/.local/share/nats/nsc/keys/creds/ops/acct/«LOWFIRST8».creds\n"
     "-----BEGIN NATS USER JWT-----\n«JWT»\n------END NATS USER JWT------\n\n"
     "************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign "
     "and prove identity.\nNKEYs are sensitive and should be treated as secrets.\n\n-----BEGIN USER NKEY SEED-----\n"
     "«NATSSEED8»\n------END USER NKEY SEED------\n\n$ nats --creds ./user.creds pub orders.new '{\"customer\":\""
     "«NAME»\",\"phone\":\"«PHONEH8»\"}'"),
    ("radosgw", None, "$ radosgw-admin user create --uid=«LOWFIRST8» --display-name=\"«NAME»\" --email=«EMAIL»\n"
     "{\n    \"user_id\": \"«LOWFIRST8»\",\n    \"display_name\": \"«NAME»\",\n    \"email\": \"«EMAIL»\",\n"
     "    \"keys\": [\n        {\n            \"user\": \"«LOWFIRST8»\",\n            \"access_key\": \"«AWSID»\",\n"
     "            \"secret_key\": \"«AWSSECRET»\"\n        }\n    ],\n    \"max_buckets\": 1000\n}\n\n"
     "is it ok to hand this to her over ⟦«~GAME8»⟧ chat lol"),
    ("snmpd", None, "# /etc/snmp/snmpd.conf\nsysLocation    Rack 4, ⟦«~CITY»⟧\nsysContact     «NAME» <«EMAIL»>\n"
     "rocommunity «KEYH8:a» «IP»/32\ncreateUser monitor SHA \"«PWH8:b»\" AES \"«PWH8:c»\"\nrouser monitor priv\n\n"
     "$ snmpwalk -v3 -u monitor -l authPriv -a SHA -A '«PWH8:b»' -x AES -X '«PWH8:c»' «IP» sysDescr\n"
     "Timeout: No Response from «IP»"),
    ("ipsec", None, "# /etc/ipsec.secrets\n«IP:a» «IP:b» : PSK \"«KEYH8:a»\"\n«EMAIL» : EAP \"«PWH8»\"\n\n"
     "# /etc/swanctl/conf.d/site.conf\nsecrets {\n  ike-branch {\n    id = «IP:b»\n    secret = «KEYH8:a»\n  }\n}\n\n"
     "charon: 12[IKE] received AUTHENTICATION_FAILED notify error\nthe branch office in ⟦«~CITY»⟧ says "
     "nothing changed on their side"),
    ("keepalived", None, "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n"
     "    priority 150\n    authentication {\n        auth_type PASS\n        auth_pass «KEYH8»\n    }\n"
     "    virtual_ipaddress {\n        «IP»/24\n    }\n    notify_master \"/usr/local/bin/sms.sh «PHONEH8»\"\n}\n\n"
     "both nodes think they are master after ⟦«~LOGTS»⟧"),
    ("pfsense", None, "<?xml version=\"1.0\"?>\n<pfsense>\n  <system>\n    <hostname>fw</hostname>\n"
     "    <user>\n      <name>«LOWFIRST8»</name>\n      <descr><![CDATA[«NAME»]]></descr>\n"
     "      <bcrypt-hash>⟦$2y$10$«~HEXID»⟧</bcrypt-hash>\n    </user>\n  </system>\n  <ipsec>\n    <phase1>\n"
     "      <remote-gateway>«IP»</remote-gateway>\n      <pre-shared-key>«KEYH8»</pre-shared-key>\n"
     "    </phase1>\n  </ipsec>\n  <openvpn>\n    <openvpn-client>\n      <auth_user>«EMAIL»</auth_user>\n"
     "      <auth_pass>«PWH8»</auth_pass>\n    </openvpn-client>\n  </openvpn>\n</pfsense>\n\n"
     "restoring this backup on the new box fails at the ipsec section"),
    ("jupyterhub", None, "# jupyterhub_config.py\nc.JupyterHub.authenticator_class = 'github'\n"
     "c.GitHubOAuthenticator.client_id = '⟦«~SHA32»⟧'\nc.GitHubOAuthenticator.client_secret = '«KEYH8»'\n"
     "c.GitHubOAuthenticator.allowed_users = {'«LOWFIRST8:a»', '«LOWFIRST8:b»'}\n"
     "c.Authenticator.admin_users = {'«LOWFIRST8:a»'}\nc.JupyterHub.cookie_secret = bytes.fromhex('«HEX64K8»')\n"
     "c.Spawner.environment = {'OPENAI_API_KEY': '«OPENAI»'}\n\n403 : Forbidden for everyone except me"),
    ("mltracking", None, "$ cat ~/.kaggle/kaggle.json\n{\"username\":\"«LOWFIRST8»\",\"key\":\"«HEX32T8»\"}\n"
     "$ cat ~/.netrc\nmachine api.wandb.ai\n  login user\n  password «HEX40T8»\n\n# train.py\n"
     "wandb.init(project=\"churn\", entity=\"«LOWFIRST8»\", config={\"lr\": 3e-4})\n"
     "os.environ[\"HF_TOKEN\"] = \"«TOKEN»\"\n\nwandb: ERROR api_key not configured (no-tty)"),
    ("bitools", None, "# metabase.env\nMB_DB_TYPE=postgres\nMB_DB_HOST=«IP»\nMB_DB_USER=metabase\nMB_DB_PASS=«PWH8»\n"
     "MB_ENCRYPTION_SECRET_KEY=«KEYH8»\nMB_EMAIL_SMTP_USERNAME=«EMAIL»\nMB_EMAIL_SMTP_PASSWORD=«PASSWORD»\n\n"
     "# superset_config.py\nSECRET_KEY = '«ALNUM64K8»'\nSQLALCHEMY_DATABASE_URI = "
     "'postgresql://superset:«URLPASS»@«IP»/"
     "superset'\nMAPBOX_API_KEY = '⟦«~PH8»⟧'\n\ndashboards load but ⟦«~PRODUCT8»⟧ sales chart is empty"),
    ("n8n", None, "$ n8n export:credentials --all --decrypted\n[\n  {\n    \"name\": \"Gmail «NAME»\",\n"
     "    \"type\": \"gmailOAuth2\",\n    \"data\": {\"clientId\": \"⟦«~DIGITS8»⟧-abc.apps.googleusercontent.com\", "
     "\"clientSecret\": \"«KEYH8»\"}\n  },\n  {\n    \"name\": \"Postgres prod\",\n    \"type\": \"postgres\",\n"
     "    \"data\": {\"host\": \"«IP»\", \"user\": \"n8n\", \"password\": \"«PWH8»\"}\n  },\n  {\n"
     "    \"name\": \"Twilio\",\n    \"data\": {\"accountSid\": \"AC«~SHA32»\", \"authToken\": \"«HEX32T8»\"}\n  }\n]"),
    ("dynatrace", None, "$ wget -O Dynatrace-OneAgent.sh \"https://«=WORD».live.dynatrace.com/api/v1/deployment/"
     "installer/agent/unix/default/latest?arch=x86\" --header=\"Authorization: Api-Token «DTTOKEN8:a»\"\n"
     "$ sudo /bin/sh Dynatrace-OneAgent.sh --set-host-group=prod\n\n# monaco manifest.yaml\n"
     "environmentGroups:\n  - name: prod\n    environments:\n      - name: «=WORD»\n        auth:\n"
     "          token:\n            type: environment\n            name: ⟦DT_API_TOKEN⟧\n\n"
     "export DT_API_TOKEN=«DTTOKEN8:b»\n401 Token Authentication failed"),
    ("octopus", None, "$ octo create-release --project \"Shop\" --server https://deploy.«=WORD».io --apiKey "
     "«OCTOKEY8»\n"
     "Octopus Deploy Command Line Tool ⟦«~VERSION»⟧\nHandshaking with Octopus Server\nAuthenticated as: «NAME» "
     "<«EMAIL»>\n\n# variables set in the project\nDatabase.Password = «PWH8»  (sensitive: no!)\n"
     "Smtp.User = «EMAIL»\nOnCall.Phone = «PHONEH8»\n\nsomeone forgot to tick sensitive, how do I rotate?"),
    ("errortracker", None, "# config/honeybadger.yml\napi_key: \"«HBKEY8»\"\nenv: production\n\n"
     "# airbrake.rb\nAirbrake.configure do |c|\n  c.project_id = ⟦«~DIGITS8»⟧\n  c.project_key = '«HEX32T8»'\nend\n\n"
     "Honeybadger notice ⟦«~UUID»⟧\n  error: NoMethodError undefined method `iban' for nil\n  context: "
     "{\"user_email\": "
     "\"«EMAIL»\", \"user_name\": \"«NAME»\", \"phone\": \"«PHONEH8»\"}\n  params: {\"iban\": \"«IBAN»\"}"),
    ("logshipper", None, "# fluent-bit.conf\n[OUTPUT]\n    Name        http\n    Match       *\n"
     "    Host        ingress.eu2.coralogix.com\n    Header      Authorization Bearer «CXKEY8»\n\n"
     "# vector to Better Stack\n[sinks.betterstack]\ntype = \"http\"\nuri = \"https://in.logs.betterstack.com\"\n"
     "auth.strategy = \"bearer\"\nauth.token = \"«SRCTOKEN8»\"\n\n# sample line that went out\n"
     "⟦«~ISOTS»⟧ INFO signup ok email=«EMAIL» name=\"«NAME»\" phone=«PHONEH8» ip=«IP»"),
    ("browsertests", None, "# .env.e2e\nBROWSERSTACK_USERNAME=«LOWFIRST8»_⟦«~BOOKREF»⟧\n"
     "BROWSERSTACK_ACCESS_KEY=«BSKEY8»\n"
     "SAUCE_USERNAME=oauth-«LOWFIRST8»\nSAUCE_ACCESS_KEY=«UUIDKEY8»\nCHECKLY_API_KEY=«CHECKLY8»\n"
     "CHECKLY_ACCOUNT_ID=⟦«~UUID»⟧\nE2E_LOGIN=«EMAIL»\nE2E_PASSWORD=«PWH8»\n\n"
     "tests pass locally but on ⟦«~PRODUCT8»⟧ emulators login fails"),
    ("renovate", None, "// config.js for self-hosted Renovate\nmodule.exports = {\n  platform: 'gitea',\n"
     "  endpoint: 'https://git.«=WORD».dev/api/v1/',\n  token: '«HEX40T8»',\n  gitAuthor: '«NAME» <«EMAIL»>',\n"
     "  hostRules: [\n    { hostType: 'npm', matchHost: 'npm.pkg.github.com', token: '«GITHUB»' },\n"
     "    { hostType: 'docker', matchHost: 'registry.«=WORD».dev', username: 'renovate', password: '«PWH8»' },\n"
     "  ],\n  // registry password for staging: ⟦«~PH8»⟧\n};"),
    ("mediaserver", None, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Preferences MachineIdentifier=\"⟦«~UUID»⟧\" "
     "PlexOnlineUsername=\"«LOWFIRST8»\" PlexOnlineMail=\"«EMAIL»\" PlexOnlineToken=\"«PLEX8»\" "
     "FriendlyName=\"«FIRST»'s NAS\"/>\n\n# sabnzbd.ini\n[misc]\napi_key = «HEX32T8»\n[servers]\n"
     "[[news.«=WORD».com]]\nusername = «LOWFIRST8»\npassword = «PWH8»\n\n# transmission settings.json\n"
     "\"rpc-username\": \"«LOWFIRST8»\",\n\"rpc-password\": \"«KEYH8»\","),
    ("octoprint", None, "# ~/.octoprint/config.yaml\napi:\n  key: «HEX32T8»\naccessControl:\n  salt: ⟦«~SHA32»⟧\n"
     "plugins:\n  telegram:\n    token: «TELEGRAM»\n    chats:\n      '«=SNOWFLAKE»':\n        accept_commands: true\n"
     "  octoeverywhere:\n    PrinterKey: «KEYH8»\nserver:\n  firstRun: false\n\nprint of ⟦«~GAME8»⟧ figure failed at "
     "layer 112, «FIRST» thinks it's the PSU"),
]

HELDOUT8_PAPERS = [
    # ---- people's papers, forms and exports ----
    ("policereport", ["no"], "POLITIET — ANMELDELSE (kopi til fornærmede)\nSaksnummer: ⟦«~CASENO8»⟧\n"
     "Fornærmede: «UPLAST:a», «FIRST:a»\nFødselsnummer: «FNR»\nTelefon: «PHONEH8»\nAdresse: ⟦«~SQUARE8»⟧ 4, «~CITY»\n"
     "Forklaring: Sykkelen ble stjålet utenfor ⟦«~AGENCY8»⟧ mellom kl. 08 og 16. Vitne: «NAME:b», tlf. «PHONE:b».\n"
     "Anmeldelsen er mottatt av politibetjent «LAST:c»."),
    ("policereport", ["sv"], "POLISANMÄLAN — bekräftelse\nDiarienummer: ⟦«~CASENO8»⟧\nMålsägande: «NAME:a»\n"
     "Personnummer: «PNR»\nMobil: «PHONEH8»\nBrottet: Stöld av cykel vid ⟦«~SQUARE8»⟧, «~CITY»\n"
     "Vittne: «NAME:b» («PHONE:b»), som såg en man i ⟦«~CLUB8»⟧-tröja.\nHandläggande polis: inspektör «LAST:c»"),
    ("policereport", ["de"], "Polizeipräsidium — Bestätigung Ihrer Strafanzeige\nVorgangsnummer: ⟦«~CASENO8»⟧\n"
     "Anzeigeerstatterin: «NAME:a», geb. «DOBH8»\nTelefon: «PHONEH8»\nTatort: ⟦«~SQUARE8»⟧, «~CITY»\n"
     "Sachverhalt: Diebstahl eines Fahrrads während ⟦«~HOLIDAY8»⟧. Zeuge: Herr «LAST:b», Tel. «PHONE:b».\n"
     "Sachbearbeitung: POK «LAST:c»"),
    ("policereport", ["fr"], "RÉCÉPISSÉ DE DÉPÔT DE PLAINTE\nN° de procédure : ⟦«~CASENO8»⟧\nPlaignante : Mme "
     "«UPLAST:a» "
     "«FIRST:a», née le «DOBH8»\nTéléphone : «PHONEH8»\nFaits : vol de vélo devant ⟦«~SQUARE8»⟧ à «~CITY»\n"
     "Témoin : M. «NAME:b», joignable au «PHONE:b»\nAgent : brigadier «LAST:c»"),
    ("policereport", ["es"], "Denuncia / Police report — copy\nRef: ⟦«~CASENO8»⟧\nDenunciante: «NAME:a»\n"
     "Fecha de nacimiento: «DOBH8»\nTeléfono: «PHONEH8»\nHechos: robo de bicicleta junto a ⟦«~SQUARE8»⟧, «~CITY».\n"
     "Testigo: «NAME:b» («PHONE:b»)\nInstructor: agente «LAST:c»"),
    ("notarydeed", ["no"], "SKJØTE\nSelger: «NAME:a», f.nr. «FNR:a»\nKjøper: «NAME:b», f.nr. «FNR:b» og «NAME:c»\n"
     "Eiendom: ⟦«~PLOT8»⟧ i «~CITY» kommune\nKjøpesum: ⟦«~AMOUNT»⟧, innbetalt til meglers klientkonto «IBAN»\n"
     "Oppgjørsansvarlig: advokat «LAST:d», tlf. «PHONEH8»\nTinglyses hos ⟦«~AGENCY8»⟧."),
    ("notarydeed", ["de"], "Urkundenrolle Nr. ⟦«~CASENO8»⟧\nKaufvertrag\nVor mir, Notar Dr. «LAST:d», erschienen:\n"
     "1. «NAME:a», geboren am «DOBH8:a», Steuer-ID «STEUER:a», – Verkäufer –\n2. «NAME:b» und «NAME:c», – Käufer –\n"
     "Kaufgegenstand: ⟦«~PLOT8»⟧, eingetragen beim ⟦«~AGENCY8»⟧ «~CITY».\nKaufpreis: ⟦«~AMOUNT»⟧, zahlbar auf «IBAN»."),
    ("notarydeed", ["fr"], "ACTE DE VENTE / ESCRITURA — extrait\nPar-devant Maître «LAST:d», notaire à «~CITY»,\n"
     "ONT COMPARU : «NAME:a», né(e) le «DOBH8:a», vendeur ; «NAME:b» et «NAME:c», acquéreurs.\n"
     "Bien : ⟦«~PLOT8»⟧. Prix : ⟦«~AMOUNT»⟧ versé sur le compte «IBAN».\nContact étude : «PHONEH8»"),
    ("estateinventory", ["sv"], "BOUPPTECKNING\nDen avlidne: «NAME:a», «PNR:a», avled ⟦«~DATE»⟧ i «~CITY».\n"
     "Dödsbodelägare: «NAME:b» (son), «PNR:b»; «NAME:c» (dotter), tel. «PHONEH8:c».\n"
     "Förrättningsmän: «NAME:d» och «NAME:e».\nTillgångar: bankkonto «IBAN», sommarstuga ⟦«~PLOT8»⟧.\n"
     "Ges in till ⟦«~AGENCY8»⟧ inom en månad."),
    ("estateinventory", ["en"], "Estate inventory / Nachlassverzeichnis\nDeceased: «NAME:a», born «DOBH8:a»\n"
     "Heirs: «NAME:b» («EMAIL:b»), «NAME:c» («PHONEH8:c»)\nExecutor: Mr «LAST:d»\nAssets: account «IBAN», "
     "⟦«~PRODUCT8»⟧ (sold), allotment ⟦«~PLOT8»⟧\nNote: the ⟦«~PAPER8»⟧ notice ran on ⟦«~DATE»⟧."),
    ("childbenefit", ["no"], "Søknad om barnetrygd\nSøker: «NAME:a», fødselsnummer «FNR:a»\nBarn: «NAME:b», født "
     "«DOBKID8»\nKontonummer: «IBAN»\nTelefon: «PHONEH8»\nDen andre forelderen: «NAME:c»\nSendt til ⟦«~AGENCY8»⟧ "
     "via ⟦«~PRODUCT8»⟧-appen."),
    ("childbenefit", ["de"], "Antrag auf Kindergeld — Anlage Kind\nAntragsteller/in: «NAME:a», Steuer-ID «STEUERSP:a»\n"
     "Kind: «FIRST:b» «LAST:a», geboren am «DOBKID8», Steuer-ID «STEUER:b»\nIBAN: «IBAN»\nTelefon tagsüber: «PHONEH8»\n"
     "An: ⟦«~AGENCY8»⟧ «~CITY»"),
    ("childbenefit", ["en"], "Child benefit claim / Allocations / Barnbidrag\nParent: «NAME:a»\n"
     "Child: «FIRST:b», born «DOBKID8»\nBank: «IBAN»\nPhone: «PHONEH8»\nCaseworker: ⟦«~TITLE8»⟧ «LAST:c» at "
     "⟦«~AGENCY8»⟧"),
    ("jobseeker", ["no"], "Meldekort / Kassakort / Arbeitslosmeldung\n«NAME» — «PHONEH8»\n"
     "Uke ⟦«~DIGITS8»⟧: søkt på ⟦«~TITLE8»⟧ hos ⟦«~BRAND»⟧, intervju med «NAME:b».\nSyk ⟦«~WEEKDAYL»⟧ "
     "(⟦«~ILL8»⟧).\nKontaktperson: «LAST:c»"),
    ("jobseeker", ["en"], "Unemployment insurance claim — weekly certification\nClaimant: «NAME:a»\nSSN: «SSN»\n"
     "Date of birth: «DOBH8:a»\nPhone: «PHONEH8:a»\nDirect deposit: routing «ABA», account ⟦«~DIGITS9»⟧\n"
     "Work search: applied as ⟦«~TITLE8»⟧ at ⟦«~BRAND»⟧, spoke with «NAME:b»\nAgent: «LAST:c»"),
    ("jobseeker", ["en"], "Jobseeker log / Actualisation / Demanda de empleo\nClaimant: «NAME:a», "
     "«EMAIL:a»\nPhone: «PHONEH8»\nApplied: ⟦«~TITLE8»⟧ at ⟦«~BRAND»⟧ (contact: «NAME:b»)\nAdvisor: «LAST:c»\n"
     "Agency: ⟦«~AGENCY8»⟧"),
    ("studentfinance", ["en"], "Student finance application / Lånekassen / CSN / BAföG / Crous / Beca\n"
     "Student: «NAME:a», born «DOBH8:a»\nPhone: «PHONEH8:a»\nE-mail: «EMAIL:a»\nParent 1: «NAME:b», phone «PHONE:b»\n"
     "Parent 2: «NAME:c»\nPayout account: «IBAN»\nProgramme: ⟦«~TITLE8»⟧ track, «~CITY»"),
    ("numberport", ["no"], "Nummerportering / Nummerflytt\nNummer som skal flyttes: «PHONEH8:a»\n"
     "Abonnent: «NAME:a», fødselsdato «DOBH8:a»\nNåværende operatør: ⟦«~BRAND»⟧\nKontaktnummer: «PHONE:b»\n"
     "Underskrift: «NAME:a»"),
    ("numberport", ["de", "en"], "Rufnummernmitnahme / Portabilité / Portabilidad\nNumber to port: "
     "«PHONEH8:a»\nHolder: «NAME:a» (born «DOBH8:a»)\nRIO / PIN: ⟦«~BOOKREF»⟧\nContact: «EMAIL:a», «PHONE:b»\n"
     "Requested by: «NAME:c»"),
    ("tripconsent", ["en"], "SCHOOL TRIP CONSENT — Year 8 to ⟦«~PEAK8»⟧\nPupil: «NAME:a»   DOB: «DOBKID8»\n"
     "Medical: ⟦«~ILL8»⟧ last spring, allergic to ⟦«~FOOD8»⟧\nEmergency contact 1: «NAME:b» — «PHONEH8:b»\n"
     "Emergency contact 2: «NAME:c» — «PHONE:c»\nSigned: «FIRST:b» «LAST:b»\nReturn to ⟦«~TITLE8»⟧ «LAST:d»"),
    ("tripconsent", ["de"], "Einverständniserklärung / Autorisation de sortie / Medgivande\n"
     "Kind: «NAME:a», geb. «DOBKID8»\nErziehungsberechtigte: «NAME:b», Tel. «PHONEH8:b»\nNotfall: «NAME:c» "
     "«PHONE:c»\nZiel: ⟦«~PEAK8»⟧ mit dem ⟦«~VESSEL8»⟧\nLehrkraft: «LAST:d»"),
    ("playertransfer", ["en"], "Player transfer request / Overgang / Övergång / Vereinswechsel\nPlayer: «NAME:a»\n"
     "Date of birth: «DOBH8:a»\nFrom: ⟦«~CLUB8»⟧\nTo: ⟦«~TEAM8»⟧\nPlayer phone: «PHONEH8:a»\nParent/guardian: "
     "«NAME:b», "
     "«EMAIL:b»\nClub secretary: «NAME:c»"),
    ("marketplace", ["no"], "FINN-melding\n«FIRST:a»: Hei! Er ⟦«~PRODUCT8»⟧ fortsatt til salgs?\n«FIRST:b»: Ja, "
     "kan hentes ved ⟦«~SQUARE8»⟧ i kveld\n«FIRST:a»: Topp, jeg vippser. Nummeret ditt er «PHONEH8:b»?\n"
     "«FIRST:b»: Stemmer. Spør etter «NAME:b» på ringeklokka\n«FIRST:a»: Mitt er «PHONE:a» om noe skjer"),
    ("marketplace", ["sv"], "Blocket-chatt\n«FIRST:a»: Hej, finns ⟦«~PRODUCT8»⟧ kvar?\n«FIRST:b»: Japp. Swisha till "
     "«PHONEH8:b» så håller jag den\n«FIRST:a»: Gjort! Står «NAME:a» som avsändare\n«FIRST:b»: Hämta vid "
     "⟦«~SQUARE8»⟧ efter ⟦«~HOLIDAY8»⟧"),
    ("marketplace", ["de"], "Kleinanzeigen / Leboncoin / Wallapop\n«FIRST:a»: Hallo, ist ⟦«~PRODUCT8»⟧ "
     "noch da?\n«FIRST:b»: Ja! Abholung am ⟦«~SQUARE8»⟧. Ruf an: «PHONEH8:b»\n«FIRST:a»: Super, ich bin «NAME:a», "
     "meine Nummer: «PHONE:a»\n«FIRST:b»: Klingel bei «LAST:b»"),
    ("optician", ["en"], "Spectacle prescription / Brilleresept / Glasögonrecept / Brillenpass\nPatient: «NAME:a»\n"
     "DOB: «DOBH8:a»\nR: ⟦«~LENS8»⟧\nL: ⟦«~LENS8»⟧\nPD 63\nOptometrist: «INITIAL:b»\nPhone: «PHONEH8:a»\n"
     "Frames: ⟦«~BRAND»⟧"),
    ("birthregistration", ["en"], "Birth registration / Födelseanmälan / Fødselsmelding\n"
     "Child: «NAME:a», born «DOBKID8» at 04:12 in «~CITY»\nMother: «NAME:b», «EMAIL:b»\nFather: «NAME:c», "
     "«PHONEH8:c»\nMidwife: «LAST:d»\nRegistered with ⟦«~AGENCY8»⟧"),
    ("birthregistration", ["de"], "Geburtsanzeige / Déclaration de naissance / Inscripción de nacimiento\n"
     "Kind: «NAME:a», geboren «DOBKID8» in «~CITY»\nMutter: «NAME:b», geb. «DOBH8:b»\nVater: «NAME:c»\n"
     "Telefon: «PHONEH8:c»\nHebamme: «LAST:d»"),
    ("gpregistration", ["en"], "GMS1 — Family Doctor Services Registration\nSurname: «UPLAST:a»\nFirst names: "
     "«FIRST:a»\n"
     "Date of birth: «DOBH8:a»\nNHS number (if known): ⟦«~DIGITS9»⟧\nNI number: «NINO»\nMobile: «PHONEH8:a»\n"
     "Previous GP: Dr «LAST:b», «~CITY»\nNext of kin: «NAME:c», «PHONE:c»"),
    ("gpregistration", ["no"], "Fastlegebytte / Listning / Hausarztvertrag / Médecin traitant\n"
     "Pasient: «NAME:a», «DOBH8:a»\nTelefon: «PHONEH8:a»\nNy lege: dr. «LAST:b»\nPårørende: «NAME:c», «PHONE:c»\n"
     "Allergi: ⟦«~NATURE8»⟧"),
    ("smallclaims", ["no"], "Forliksklage / Stämningsansökan småmål / Mahnbescheid\n"
     "Klager: «NAME:a», «PHONEH8:a», «EMAIL:a»\nInnklaget: «NAME:b»\nKrav: ⟦«~AMOUNT»⟧ for ⟦«~PRODUCT8»⟧ som aldri ble "
     "levert\nBetaling til: «IBAN»\nSak: ⟦«~CASENO8»⟧"),
    ("smallclaims", ["en"], "Injonction de payer / Monitorio / Small claim\nCreditor: «NAME:a», "
     "«PHONEH8:a»\nDebtor: «NAME:b», «EMAIL:b»\nAmount: ⟦«~AMOUNT»⟧ (unpaid ⟦«~PRODUCT8»⟧)\nPay to: «IBAN»\n"
     "Ref: ⟦«~CASENO8»⟧"),
    ("familybook", ["no"], "Husstandsliste til slektsboka — transkripsjon\nBosted: ⟦«~PLOT8»⟧, «~CITY»\n"
     "Navn | Stilling | Født\n«NAME:a» | husfar | «DOBH8:a»\n«NAME:b» | husmor | «DOBH8:b»\n«FIRST:c» «LAST:a» "
     "| sønn | "
     "⟦«~DATE»⟧ (dåp)\n«NAME:d» | tjenestepike | «DOBH8:d»\nTranskribert av «NAME:e»"),
    ("imessage", None, "Exported with iMazing — Messages with «NAME:a» («PHONEH8:a»)\n"
     "⟦«~CHATTS»⟧  «FIRST:a»: did you book the ⟦«~VESSEL8»⟧?\n⟦«~CHATTS»⟧  Me: yes! conf sent to «EMAIL:b»\n"
     "⟦«~CHATTS»⟧  «FIRST:a»: «NICK8» says hi, his new number is «PHONE:c»\n"
     "⟦«~CHATTS»⟧  Me: ok saved as «LOWFIRST8»"),
    ("threema", ["de"], "Threema chat export — «NAME:a»\n[⟦«~CHATTS»⟧] «FIRST:a»: code for the gate is the "
     "same, wifi is "
     "«PWH8»\n[⟦«~CHATTS»⟧] Ich: danke! und «NICK8» kommt auch?\n[⟦«~CHATTS»⟧] «FIRST:a»: ja, mit «NAME:b», "
     "ruf sie an: «PHONEH8:b»\n[⟦«~CHATTS»⟧] Ich: bring ⟦«~DRINK8»⟧"),
    ("skypeexport", None, "{\"userId\": \"live:.cid.⟦«~HEXID»⟧\", \"conversations\": [{\"displayName\": \"«NAME:a»\", "
     "\"MessageList\": [{\"from\": \"live:«LOWFIRST8»\", \"content\": \"my number changed: «PHONEH8:a»\", "
     "\"originalarrivaltime\": \"⟦«~ISOTS»⟧\"}, {\"from\": \"8:«DOTNAME:b»\", \"content\": \"and «NAME:c» is on "
     "«EMAIL:c» now\"}]}]}"),
    ("outofoffice", ["en"], "Automatic reply: Re: the ⟦«~PRODUCT8»⟧ order\nI'm out of the office until after "
     "⟦«~HOLIDAY8»⟧. "
     "For urgent matters contact «NAME:a» on «PHONEH8:a» or «EMAIL:a».\nFor invoices: «LAST:b» in accounts.\n\n"
     "«FIRST:c» «LAST:c»\n⟦«~TITLE8»⟧ | ⟦«~TEAM8»⟧"),
    ("outofoffice", ["de"], "Abwesenheitsnotiz / Frånvaro / Absence / Fuera de la oficina\n"
     "Bis nach ⟦«~HOLIDAY8»⟧ bin ich nicht erreichbar. Vertretung: «NAME:a», «PHONEH8:a», «EMAIL:a».\n"
     "Rechnungen bitte an Frau «LAST:b».\n\nMfG\n«NAME:c» — ⟦«~TITLE8»⟧"),
    ("calltranscript", ["en"], "[00:00:03] Agent: thanks for calling, can I take your full name?\n[00:00:06] Caller: "
     "yeah it's «LOWNAME:a»\n[00:00:11] Agent: and date of birth?\n[00:00:13] Caller: «DOBH8:a»\n"
     "[00:00:19] Agent: best number to reach you?\n[00:00:21] Caller: «PHONESAY8»\n[00:00:30] Caller: my partner "
     "«FIRST:b» usually calls, it's about the ⟦«~PRODUCT8»⟧"),
    ("calltranscript", ["no"], "[00:00:02] Kundesenter: hva er navnet ditt?\n"
     "[00:00:05] Innringer: «LOWNAME:a»\n[00:00:09] Kundesenter: og fødselsdato?\n[00:00:11] Innringer: «DOBH8:a»\n"
     "[00:00:16] Kundesenter: nummer vi kan ringe deg på?\n[00:00:18] Innringer: «PHONESAY8»\n"
     "[00:00:27] Innringer: det er egentlig «FIRST:b» sin ⟦«~PRODUCT8»⟧"),
    ("meetingtranscript", None, "Transcript — ⟦«~TEAM8»⟧ weekly\n«NAME:a»  0:02\nOk let's start, «FIRST:b» is out with "
     "⟦«~ILL8»⟧.\n«NAME:c»  0:15\nI talked to «LAST:d» at ⟦«~BRAND»⟧, he wants us to call him on «PHONEH8:d».\n"
     "«NAME:a»  0:41\nCan you send the deck to «EMAIL:d» then.\nSpeaker 4  1:02\nAlso ⟦«~FOOD8»⟧ on friday."),
    ("splitwise", None, "Date,Description,Category,Cost,Currency,«NAME:a»,«NAME:b»,«NAME:c»\n"
     "⟦«~ISODATE»⟧,⟦«~FOOD8»⟧ at the cabin,Dining out,84.00,EUR,56.00,-28.00,-28.00\n"
     "⟦«~ISODATE»⟧,Tickets ⟦«~VESSEL8»⟧,Transportation,120.00,EUR,-40.00,80.00,-40.00\n"
     ",Total balance,,,EUR,16.00,52.00,-68.00\n\n# «FIRST:c» pays back via «IBAN»"),
    ("wisetransfer", ["en"], "Transfer receipt ⟦#«~DIGITS9»⟧\nYou sent ⟦«~AMOUNT»⟧ to «NAME:a»\n"
     "Routing number (ABA): «ABA»\nAccount: ⟦«~DIGITS8»⟧\nMemo: deposit ⟦«~PLOT8»⟧\nSender: «NAME:b», «EMAIL:b», "
     "«PHONEH8:b»"),
    ("wisetransfer", None, "Transfer receipt ⟦#«~DIGITS9»⟧\nYou sent ⟦«~AMOUNT»⟧\nTo: «UPNAME:a»\nIBAN: «IBAN»\n"
     "Reference: rent ⟦«~PLOT8»⟧\nFrom: «NAME:b» («EMAIL:b»)\nQuestions? call «PHONEH8:b»"),
    ("dunning", ["no"], "BETALINGSPÅMINNELSE / BETALNINGSPÅMINNELSE\nTil: «NAME:a»\nKundenummer: ⟦«~DIGITS8»⟧\n"
     "Forfalt: ⟦«~AMOUNT»⟧ for ⟦«~PRODUCT8»⟧\nBetal til kontonummer: «IBAN»\nSpørsmål: «LAST:b», tlf. «PHONEH8»\n"
     "Saken sendes til inkasso etter ⟦«~HOLIDAY8»⟧."),
    ("dunning", ["de"], "2. Mahnung / Relance / Requerimiento / Final reminder\n«NAME:a»\n"
     "Offener Betrag: ⟦«~AMOUNT»⟧\nZahlbar auf: «IBAN»\nIhre Ansprechpartnerin: Frau «LAST:b», «PHONEH8»\n"
     "Aktenzeichen: ⟦«~CASENO8»⟧"),
    ("timesheet", None, "Client,Project,Task,Date,Hours,First name,Last name,Email\n⟦«~BRAND»⟧,Website,Design,"
     "⟦«~ISODATE»⟧,3.5,«FIRST:a»,«LAST:a»,«EMAIL:a»\n⟦«~BRAND»⟧,Website,QA,⟦«~ISODATE»⟧,2,«FIRST:b»,«LAST:b»,"
     "«EMAIL:b»\nInternal,⟦«~TEAM8»⟧,Meetings,⟦«~ISODATE»⟧,1,«FIRST:c»,«LAST:c»,«EMAIL:c»"),
    ("parentalleave", ["en"], "EI maternity and parental benefits — application summary\nApplicant: «NAME:a»\n"
     "SIN: «SIN»\nDate of birth: «DOBH8:a»\nPartner: «NAME:b» (SIN «SINDASH»)\nBaby: «FIRST:c», born «DOBKID8»\n"
     "Employer contact: «LAST:d», «PHONEH8:d»\nDeposit to transit ⟦«~DIGITS8»⟧ at ⟦«~BRAND»⟧"),
    ("parentalleave", ["en"], "Parental leave application / Foreldrepenger / Föräldrapenning / Elterngeld\n"
     "Applicant: «NAME:a», born «DOBH8:a»\nOther parent: «NAME:b», «PHONEH8:b»\nChild: «FIRST:c», born «DOBKID8»\n"
     "Employer: ⟦«~BRAND»⟧, manager «LAST:d»\nPayout: «IBAN»\nSent to ⟦«~AGENCY8»⟧"),
    ("petadoption", ["en", "no"], "Adoption agreement / Adopsjonsavtale\nAnimal: cat, ⟦«~NATURE8»⟧-coloured\n"
     "Microchip: ⟦«~CHIP8»⟧\nNew owner: «NAME:a», «PHONEH8:a», «EMAIL:a»\nPrevious owner: «NAME:b»\n"
     "Owner date of birth: «DOBH8:a»\nVet: dr. «LAST:c»\nVaccinated against ⟦«~ILL8»⟧? no, cats don't get that"),
    ("allotment", ["en", "no", "sv", "de"], "Waiting list — kolonihage / koloniträdgård / Schrebergarten / "
     "jardins ouvriers / huertos\n"
     "#;Name;Phone;E-mail;Plot wanted\n1;«NAME:a»;«PHONEH8:a»;«EMAIL:a»;⟦«~PLOT8»⟧\n"
     "2;«NAME:b»;«PHONE:b»;«EMAIL:b»;any\n"
     "3;«LASTFIRST:c»;«PHONEH8:c»;;near ⟦«~NATURE8»⟧ hedge\nChair: «NAME:d» (⟦«~TITLE8»⟧)"),
    ("marina", ["en", "no", "sv", "de"], "Berth allocation / Båtplass / Båtplats / Liegeplatz / Anneau / Amarre\n"
     "⟦«~BERTH8»⟧: «NAME:a», boat \"⟦«~NATURE8»⟧\", «PHONEH8:a»\n⟦«~BERTH8»⟧: «NAME:b», «PHONE:b»\n"
     "Harbour master: «LAST:c»\nFees to «IBAN» before ⟦«~HOLIDAY8»⟧"),
    ("funeralplan", ["en"], "Funeral arrangement / Begravelse / Begravning / Bestattung / Obsèques / Sepelio\n"
     "Deceased: «NAME:a», born «DOBH8:a», died ⟦«~DATE»⟧\nNext of kin: «NAME:b», «PHONEH8:b»\n"
     "Officiant: Rev. «LAST:c»\nMusic: ⟦«~DANCE8»⟧ tune, then a hymn\nNotice in ⟦«~PAPER8»⟧\nFlowers fund: «IBAN»"),
    ("choirlist", ["en", "no", "sv"], "Choir roster — "
     "⟦«~TEAM8»⟧\nVoice;Name;Mobile;Birthday\nS;«NAME:a»;«PHONEH8:a»;«DOBH8:a»\n"
     "A;«NAME:b»;«PHONE:b»;«DOBH8:b»\nT;«NAME:c»;«PHONEH8:c»;\nB;«NICK8» («NAME:d»);«PHONE:d»;\n"
     "Conductor: «LAST:e» — concert at ⟦«~SQUARE8»⟧ after ⟦«~HOLIDAY8»⟧"),
]

HELDOUT8_PROSE = {
    "en": [
        "«FIRST:a» and ⟦«~NATURE8»⟧ walks again this weekend? «FIRST:a» said to ping «NICK8» too, he's on «PHONEH8».",
        "Met with «LAST:a» from procurement and ⟦«~TITLE8»⟧ «LAST:b» about the ⟦«~PRODUCT8»⟧ renewal; «LAST:a» wants "
        "the quote sent to «EMAIL:a» by friday.",
        "Dr «LAST» moved my appointment, the surgery says call «PHONEH8» and quote DOB «DOBH8», not the ⟦«~ILL8»⟧ "
        "reference.",
        "we're doing ⟦«~FOOD8»⟧ and ⟦«~DRINK8»⟧ at ours after ⟦«~HOLIDAY8»⟧ — can «LOWFIRST8» bring the cake?",
        "The new treasurer, «NAME:a» (born «DOBH8:a», the bank asked), takes over the club account at routing «ABA» "
        "from «NAME:b»; «FIRST:b» keeps the card ending ⟦«=LAST4»⟧ until the ⟦«~SAMPLE8»⟧ test line is gone.",
        "hey it's «FIRST» — router pw is «PWH8», the box is under the ⟦«~PAPER8»⟧ pile lol",
        "Are «NAME:a» and «FIRST:b» twins? the form says both born «DOBH8», but «FIRST:a» is a year older.",
        "Forwarding from «NAME:a» (⟦«~TEAM8»⟧): our Dynatrace token «DTTOKEN8» leaked in the ⟦«~GAME8»⟧ stream, "
        "please rotate.",
        "Tickets for the ⟦«~VESSEL8»⟧ are under «UPNAME», seat 14; ring me on «PHONEH8» if the ⟦«~CLUB8»⟧ match "
        "runs late.",
        "Thanks to «NAME:a», «NAME:b» and our ⟦«~TITLE8»⟧, «NAME:c», for the ⟦«~DANCE8»⟧ night at ⟦«~SQUARE8»⟧!",
    ],
    "no": [
        "«FIRST:a» spør om du blir med på ⟦«~DANCE8»⟧-kurset; send svar til «FIRST:a» på «PHONEH8» før ⟦«~HOLIDAY8»⟧.",
        "Møte med «LAST:a» fra innkjøp og ⟦«~TITLE8»⟧ «LAST:b»: «LAST:a» vil ha tilbudet på «EMAIL:a» innen fredag.",
        "legen, dr. «LAST», flyttet timen min – ring «PHONEH8» og oppgi fødselsdato «DOBH8», ikke ⟦«~ILL8»⟧-saken.",
        "vi lager ⟦«~FOOD8»⟧ og ⟦«~DRINK8»⟧ hos oss etter ⟦«~HOLIDAY8»⟧, «LOWFIRST8» tar med kaken",
        "Ny kasserer i laget, «NAME:a» (født «DOBH8:a», banken spurte), overtar kontoen «IBAN» etter «NAME:b», som "
        "flytter til «~CITY».",
        "hei det er «FIRST» – wifi-passordet på hytta er «PWH8», ruteren står bak ⟦«~PAPER8»⟧-bunken",
        "Fødselsnummeret til «NICK8», altså «NAME», er «FNR»; ⟦«~AGENCY8»⟧ trenger det til søknaden.",
        "Fra «NAME:a» (⟦«~TEAM8»⟧): Octopus-nøkkelen «OCTOKEY8» lå i en skjermdump, bytt den.",
        "Billettene til ⟦«~VESSEL8»⟧ står på «UPNAME»; ring «PHONEH8» hvis ⟦«~CLUB8»⟧-kampen drar ut.",
        "Takk til «NAME:a», «NAME:b» og vår ⟦«~TITLE8»⟧, «NAME:c», for dugnaden ved ⟦«~PEAK8»⟧!",
    ],
    "sv": [
        "«FIRST:a» undrar om du hänger med på ⟦«~DANCE8»⟧; svara «FIRST:a» på «PHONEH8» före ⟦«~HOLIDAY8»⟧.",
        "Möte med «LAST:a» på inköp och ⟦«~TITLE8»⟧ «LAST:b»; «LAST:a» vill ha offerten till «EMAIL:a» på fredag.",
        "doktor «LAST» flyttade min tid, ring «PHONEH8» och uppge födelsedatum «DOBH8», inte ⟦«~ILL8»⟧-ärendet",
        "vi bjuder på ⟦«~FOOD8»⟧ och ⟦«~DRINK8»⟧ efter ⟦«~HOLIDAY8»⟧, «LOWFIRST8» fixar tårtan",
        "Föreningens nya kassör, «NAME:a» (född «DOBH8:a», banken frågade), tar över kontot «IBAN» från «NAME:b».",
        "tjena det är «FIRST», wifi-lösenordet i stugan är «PWH8», routern står bakom ⟦«~PAPER8»⟧",
        "Personnumret för «NICK8», alltså «NAME», är «PNR»; ⟦«~AGENCY8»⟧ vill ha det till ansökan.",
        "Från «NAME:a» (⟦«~TEAM8»⟧): vår Checkly-nyckel «CHECKLY8» hamnade i en skärmdump, byt den.",
        "Biljetterna till ⟦«~VESSEL8»⟧ är bokade på «UPNAME»; ring «PHONEH8» om ⟦«~CLUB8»⟧-matchen drar ut.",
        "Tack till «NAME:a», «NAME:b» och vår ⟦«~TITLE8»⟧, «NAME:c», för städdagen vid ⟦«~PEAK8»⟧!",
    ],
    "de": [
        "«FIRST:a» fragt, ob du zum ⟦«~DANCE8»⟧ mitkommst; melde dich bei «FIRST:a» unter «PHONEH8» vor "
        "⟦«~HOLIDAY8»⟧.",
        "Termin mit Herrn «LAST:a» vom Einkauf und ⟦«~TITLE8»⟧ «LAST:b»: «LAST:a» will das Angebot bis Freitag an "
        "«EMAIL:a».",
        "Frau Dr. «LAST» hat meinen Termin verlegt, ich soll «PHONEH8» anrufen und das Geburtsdatum «DOBH8» nennen.",
        "es gibt ⟦«~FOOD8»⟧ und ⟦«~DRINK8»⟧ bei uns nach ⟦«~HOLIDAY8»⟧, «LOWFIRST8» bringt den Kuchen",
        "Die neue Kassenwartin, «NAME:a» (geb. «DOBH8:a», die Bank wollte es wissen), übernimmt das "
        "Vereinskonto «IBAN» "
        "von «NAME:b».",
        "hi hier ist «FIRST», das WLAN-Passwort im Ferienhaus ist «PWH8», Router liegt unter der ⟦«~PAPER8»⟧",
        "Die Steuer-ID von «NICK8», also «NAME», ist «STEUER»; das ⟦«~AGENCY8»⟧ braucht sie für den Antrag.",
        "Von «NAME:a» (⟦«~TEAM8»⟧): unser Honeybadger-Key «HBKEY8» war im Screenshot zu sehen, bitte tauschen.",
        "Die Karten für den ⟦«~VESSEL8»⟧ laufen auf «UPNAME»; ruf «PHONEH8» an, falls das Spiel der ⟦«~CLUB8»⟧ "
        "länger dauert.",
        "Danke an «NAME:a», «NAME:b» und unseren ⟦«~TITLE8»⟧, «NAME:c», für das Fest am ⟦«~PEAK8»⟧!",
    ],
    "fr": [
        "«FIRST:a» demande si tu viens à la ⟦«~DANCE8»⟧ ; réponds à «FIRST:a» au «PHONEH8» avant ⟦«~HOLIDAY8»⟧.",
        "Réunion avec M. «LAST:a» des achats et la ⟦«~TITLE8»⟧, Mme «LAST:b» : «LAST:a» veut le devis sur «EMAIL:a» "
        "vendredi.",
        "le docteur «LAST» a déplacé mon rendez-vous, il faut appeler le «PHONEH8» et donner la date de naissance "
        "«DOBH8».",
        "on fait ⟦«~FOOD8»⟧ et ⟦«~DRINK8»⟧ chez nous après ⟦«~HOLIDAY8»⟧, «LOWFIRST8» apporte le gâteau",
        "La nouvelle trésorière, «NAME:a» (née le «DOBH8:a», la banque l'a demandé), reprend le compte de "
        "l'association «IBAN» à «NAME:b».",
        "coucou c'est «FIRST», le mot de passe wifi de la maison de vacances c'est «PWH8», la box est sous "
        "⟦«~PAPER8»⟧",
        "«NICK8», c'est-à-dire «NAME», est né le «DOBH8» ; ⟦«~AGENCY8»⟧ le demande pour le dossier.",
        "De la part de «NAME:a» (⟦«~TEAM8»⟧) : notre clé Coralogix «CXKEY8» est visible sur une capture, à changer.",
        "Les billets du ⟦«~VESSEL8»⟧ sont au nom de «UPNAME» ; appelle le «PHONEH8» si le match du ⟦«~CLUB8»⟧ "
        "traîne.",
        "Merci à «NAME:a», «NAME:b» et à notre ⟦«~TITLE8»⟧, «NAME:c», pour la fête au ⟦«~PEAK8»⟧ !",
    ],
    "es": [
        "«FIRST:a» pregunta si vienes a la ⟦«~DANCE8»⟧; contesta a «FIRST:a» al «PHONEH8» antes de ⟦«~HOLIDAY8»⟧.",
        "Reunión con «LAST:a» de compras y la ⟦«~TITLE8»⟧, la señora «LAST:b»: «LAST:a» quiere el presupuesto en "
        "«EMAIL:a» el viernes.",
        "la doctora «LAST» me cambió la cita, hay que llamar al «PHONEH8» y dar la fecha de nacimiento «DOBH8».",
        "hacemos ⟦«~FOOD8»⟧ y ⟦«~DRINK8»⟧ en casa después de ⟦«~HOLIDAY8»⟧, «LOWFIRST8» trae la tarta",
        "La nueva tesorera, «NAME:a» (nacida el «DOBH8:a», lo pidió el banco), se queda con la cuenta del club «IBAN» "
        "que llevaba «NAME:b».",
        "holaa soy «FIRST», la clave del wifi del apartamento es «PWH8», el router está debajo de ⟦«~PAPER8»⟧",
        "«NICK8», o sea «NAME», nació el «DOBH8»; ⟦«~AGENCY8»⟧ lo pide para el expediente.",
        "De parte de «NAME:a» (⟦«~TEAM8»⟧): el token de Terraform Cloud «TFCTOKEN8» salió en una captura, hay que "
        "rotarlo.",
        "Las entradas del ⟦«~VESSEL8»⟧ están a nombre de «UPNAME»; llama al «PHONEH8» si el partido del ⟦«~CLUB8»⟧ "
        "se alarga.",
        "¡Gracias a «NAME:a», «NAME:b» y a nuestro ⟦«~TITLE8»⟧, «NAME:c», por la fiesta en ⟦«~PEAK8»⟧!",
    ],
}

# the developers' and admins' shapes count twice, as in heldout7: about half the structured cases are theirs
HELDOUT8_STRUCTURED = HELDOUT8_STRUCTURED * 2 + HELDOUT8_PAPERS


def _form(title, *rows):
    """A form as people paste it: a title, then one "label: value" row a line."""
    return title + "\n" + "\n".join(rows)


# the same papers in the other languages, each in its own words
HELDOUT8_NATIVE = [
    ("calltranscript", ["sv"], "[00:00:02] Kundtjänst: vad heter du?\n[00:00:04] Kund: «LOWNAME:a»\n"
     "[00:00:08] Kundtjänst: och födelsedatum?\n[00:00:10] Kund: «DOBH8:a»\n[00:00:15] Kundtjänst: vilket nummer når "
     "vi dig på?\n[00:00:17] Kund: «PHONESAY8»\n[00:00:26] Kund: det är egentligen «FIRST:b»s ⟦«~PRODUCT8»⟧"),
    ("calltranscript", ["de"], "[00:00:02] Hotline: wie ist Ihr Name?\n[00:00:04] Anrufer: «LOWNAME:a»\n"
     "[00:00:08] Hotline: und Ihr Geburtsdatum?\n[00:00:10] Anrufer: «DOBH8:a»\n[00:00:15] Hotline: unter welcher "
     "Nummer erreichen wir Sie?\n[00:00:17] Anrufer: «PHONESAY8»\n[00:00:26] Anrufer: es geht um den "
     "⟦«~PRODUCT8»⟧ von meiner Frau, «FIRST:b»"),
    ("calltranscript", ["fr"], "[00:00:02] Conseiller : votre nom, s'il vous plaît ?\n[00:00:05] Client : «LOWNAME:a»\n"
     "[00:00:09] Conseiller : et votre date de naissance ?\n[00:00:11] Client : «DOBH8:a»\n[00:00:16] Conseiller : "
     "un numéro où vous joindre ?\n[00:00:18] Client : «PHONESAY8»\n[00:00:27] Client : c'est pour le "
     "⟦«~PRODUCT8»⟧ de «FIRST:b»"),
    ("calltranscript", ["es"], "[00:00:02] Agente: ¿me dice su nombre?\n[00:00:04] Cliente: «LOWNAME:a»\n"
     "[00:00:08] Agente: ¿y la fecha de nacimiento?\n[00:00:10] Cliente: «DOBH8:a»\n[00:00:15] Agente: ¿un teléfono "
     "de contacto?\n[00:00:17] Cliente: «PHONESAY8»\n[00:00:26] Cliente: es por el ⟦«~PRODUCT8»⟧ de «FIRST:b»"),
    ("marketplace", ["fr"], "Leboncoin — messages\n«FIRST:a» : Bonjour, le ⟦«~PRODUCT8»⟧ est toujours dispo ?\n"
     "«FIRST:b» : Oui ! Remise en main propre ⟦«~SQUARE8»⟧. Appelez-moi au «PHONEH8:b»\n«FIRST:a» : Parfait, je suis "
     "«NAME:a», mon numéro : «PHONE:a»\n«FIRST:b» : Sonnez chez «UPLAST:b»"),
    ("marketplace", ["es"], "Wallapop — chat\n«FIRST:a»: Hola, ¿sigue disponible el ⟦«~PRODUCT8»⟧?\n«FIRST:b»: Sí, "
     "quedamos en ⟦«~SQUARE8»⟧. Mi móvil: «PHONEH8:b»\n«FIRST:a»: Genial, te hago Bizum. Soy «NAME:a»\n"
     "«FIRST:b»: Pregunta por «LAST:b» en el portero"),
    ("outofoffice", ["sv"], "Frånvaromeddelande\nJag är ledig till efter ⟦«~HOLIDAY8»⟧. Vid brådskande ärenden, "
     "kontakta «NAME:a» på «PHONEH8:a» eller «EMAIL:a».\nFakturor: «LAST:b» på ekonomi.\n\nHälsningar\n«NAME:c», "
     "⟦«~TITLE8»⟧"),
    ("outofoffice", ["fr"], "Réponse automatique : absence\nJe suis absente jusqu'après ⟦«~HOLIDAY8»⟧. En cas "
     "d'urgence, "
     "contactez «NAME:a» au «PHONEH8:a» ou à «EMAIL:a».\nPour les factures : Mme «LAST:b».\n\nBien à vous,\n«NAME:c»\n"
     "⟦«~TITLE8»⟧"),
    ("outofoffice", ["es"], "Respuesta automática: fuera de la oficina\nEstaré fuera hasta después de ⟦«~HOLIDAY8»⟧. "
     "Para urgencias, «NAME:a» en el «PHONEH8:a» o en «EMAIL:a».\nFacturas: el señor «LAST:b».\n\nUn saludo,\n"
     "«NAME:c» — ⟦«~TITLE8»⟧"),
    ("dunning", ["sv"], _form("BETALNINGSPÅMINNELSE", "Till: «NAME:a»", "Kundnummer: ⟦«~DIGITS8»⟧",
                              "Förfallet belopp: ⟦«~AMOUNT»⟧ för ⟦«~PRODUCT8»⟧", "Betala till: «IBAN»",
                              "Frågor: «LAST:b», tel. «PHONEH8»",
                              "Ärendet går vidare till ⟦«~AGENCY8»⟧ efter ⟦«~HOLIDAY8»⟧.")),
    ("dunning", ["fr"], _form("RELANCE — 2e rappel", "Destinataire : «NAME:a»", "Montant dû : ⟦«~AMOUNT»⟧",
                              "À régler sur : «IBAN»", "Votre contact : Mme «LAST:b», «PHONEH8»",
                              "Dossier : ⟦«~CASENO8»⟧")),
    ("dunning", ["es"], _form("REQUERIMIENTO DE PAGO", "Deudor: «NAME:a»", "Importe pendiente: ⟦«~AMOUNT»⟧",
                              "Ingrese en: «IBAN»", "Gestora: la señora «LAST:b», «PHONEH8»",
                              "Expediente: ⟦«~CASENO8»⟧")),
    ("tripconsent", ["sv"], _form("MEDGIVANDE — klassresa till ⟦«~PEAK8»⟧", "Elev: «NAME:a», född «DOBKID8»",
                                  "Vårdnadshavare: «NAME:b», «PHONEH8:b»", "Vid nödfall: «NAME:c», «PHONE:c»",
                                  "Allergi: ⟦«~FOOD8»⟧", "Ansvarig lärare: «LAST:d»")),
    ("tripconsent", ["fr"], _form("AUTORISATION DE SORTIE — classe verte à ⟦«~PEAK8»⟧",
                                  "Élève : «NAME:a», né(e) le «DOBKID8»", "Responsable légal : «NAME:b», «PHONEH8:b»",
                                  "En cas d'urgence : «NAME:c», «PHONE:c»", "Traitement : ⟦«~ILL8»⟧ l'hiver dernier",
                                  "Professeur principal : M. «LAST:d»")),
    ("tripconsent", ["es"], _form("AUTORIZACIÓN DE EXCURSIÓN — ⟦«~PEAK8»⟧", "Alumno/a: «NAME:a», nacido/a el «DOBKID8»",
                                  "Madre/padre: «NAME:b», «PHONEH8:b»", "Urgencias: «NAME:c», «PHONE:c»",
                                  "Alergias: ⟦«~FOOD8»⟧", "Tutora: la profesora «LAST:d»")),
    ("gpregistration", ["sv"], _form("Listning på vårdcentral", "Patient: «NAME:a»", "Personnummer: «PNR»",
                                     "Mobil: «PHONEH8:a»", "Önskad läkare: dr «LAST:b»",
                                     "Anhörig: «NAME:c», «PHONE:c»")),
    ("gpregistration", ["de"], _form("Hausarztvertrag — Einschreibung", "Versicherte/r: «NAME:a»",
                                     "Geburtsdatum: «DOBH8:a»", "Telefon: «PHONEH8:a»", "Hausärztin: Dr. «LAST:b»",
                                     "Angehörige: «NAME:c», «PHONE:c»")),
    ("gpregistration", ["fr"], _form("Déclaration de choix du médecin traitant", "Assuré(e) : «UPLAST:a» «FIRST:a»",
                                     "Né(e) le : «DOBH8:a»", "Téléphone : «PHONEH8:a»", "Médecin : Dr «LAST:b»",
                                     "Personne à prévenir : «NAME:c», «PHONE:c»")),
    ("gpregistration", ["es"], _form("Solicitud de cambio de médico de familia", "Paciente: «NAME:a»",
                                     "Fecha de nacimiento: «DOBH8:a»", "Teléfono: «PHONEH8:a»",
                                     "Médico solicitado: doctora «LAST:b»", "Contacto: «NAME:c», «PHONE:c»")),
    ("smallclaims", ["sv"], _form("Ansökan om betalningsföreläggande", "Sökande: «NAME:a», «PHONEH8:a»",
                                  "Motpart: «NAME:b», «EMAIL:b»", "Fordran: ⟦«~AMOUNT»⟧ för ⟦«~PRODUCT8»⟧",
                                  "Betalning till: «IBAN»", "Till: ⟦«~AGENCY8»⟧")),
    ("smallclaims", ["de"], _form("Antrag auf Erlass eines Mahnbescheids", "Antragsteller: «NAME:a», «PHONEH8:a»",
                                  "Antragsgegnerin: «NAME:b»", "Hauptforderung: ⟦«~AMOUNT»⟧ (⟦«~PRODUCT8»⟧)",
                                  "Bankverbindung: «IBAN»", "Geschäftszeichen: ⟦«~CASENO8»⟧")),
    ("smallclaims", ["fr"], _form("Requête en injonction de payer", "Créancier : «NAME:a», «PHONEH8:a»",
                                  "Débiteur : M. «NAME:b»", "Somme : ⟦«~AMOUNT»⟧ pour ⟦«~PRODUCT8»⟧ jamais livré",
                                  "RIB : «IBAN»", "Réf. : ⟦«~CASENO8»⟧")),
    ("smallclaims", ["es"], _form("Petición de proceso monitorio", "Acreedor: «NAME:a», «PHONEH8:a»",
                                  "Deudor: don «NAME:b»", "Cuantía: ⟦«~AMOUNT»⟧ por ⟦«~PRODUCT8»⟧ no entregado",
                                  "Cuenta: «IBAN»", "Procedimiento: ⟦«~CASENO8»⟧")),
    ("numberport", ["sv"], _form("Nummerflytt — fullmakt", "Nummer som ska flyttas: «PHONEH8:a»",
                                 "Abonnent: «NAME:a», «PNR»", "Nuvarande operatör: ⟦«~BRAND»⟧",
                                 "Kontaktnummer: «PHONE:b»")),
    ("numberport", ["fr"], _form("Demande de portabilité", "Numéro à porter : «PHONEH8:a»",
                                 "Titulaire : «NAME:a», né(e) le «DOBH8:a»", "RIO : ⟦«~BOOKREF»⟧",
                                 "Joignable au : «PHONE:b»", "Fait par : «NAME:c»")),
    ("numberport", ["es"], _form("Solicitud de portabilidad", "Número a portar: «PHONEH8:a»",
                                 "Titular: «NAME:a», nacido el «DOBH8:a»", "Operador donante: ⟦«~BRAND»⟧",
                                 "Teléfono de contacto: «PHONE:b»")),
    ("birthregistration", ["sv"], _form("Födelseanmälan", "Barn: «NAME:a», född «DOBKID8» i «~CITY»",
                                        "Mor: «NAME:b», «PNR:b»", "Far: «NAME:c», «PHONEH8:c»",
                                        "Barnmorska: «LAST:d»")),
    ("birthregistration", ["fr"], _form("Déclaration de naissance", "Enfant : «NAME:a», né(e) le «DOBKID8» à «~CITY»",
                                        "Mère : «NAME:b», née le «DOBH8:b»", "Père : «NAME:c», «PHONEH8:c»",
                                        "Sage-femme : Mme «LAST:d»")),
    ("birthregistration", ["es"], _form("Inscripción de nacimiento", "Nacido/a: «NAME:a», el «DOBKID8» en «~CITY»",
                                        "Madre: «NAME:b», nacida el «DOBH8:b»", "Padre: «NAME:c», «PHONEH8:c»",
                                        "Matrona: «LAST:d»")),
    ("studentfinance", ["no"], _form("Søknad om stipend og lån — Lånekassen", "Søker: «NAME:a», fnr. «FNR»",
                                     "Mobil: «PHONEH8:a»", "Foreldre: «NAME:b» og «NAME:c»", "Konto: «IBAN»",
                                     "Studiested: «~CITY»")),
    ("studentfinance", ["sv"], _form("Ansökan om studiemedel — CSN", "Sökande: «NAME:a», «PNR»",
                                     "Mobil: «PHONEH8:a»", "E-post: «EMAIL:a»", "Konto: «IBAN»")),
    ("studentfinance", ["de"], _form("BAföG — Formblatt 1 (Auszug)", "Auszubildende/r: «NAME:a», geb. «DOBH8:a»",
                                     "Steuer-ID: «STEUER»", "Telefon: «PHONEH8:a»", "Vater: «NAME:b»",
                                     "Mutter: «NAME:c»", "IBAN: «IBAN»")),
    ("studentfinance", ["fr"], _form("Dossier social étudiant — Crous", "Étudiant(e) : «NAME:a», né(e) le «DOBH8:a»",
                                     "Portable : «PHONEH8:a»", "Parents : «NAME:b» et «NAME:c»", "IBAN : «IBAN»")),
    ("studentfinance", ["es"], _form("Solicitud de beca", "Solicitante: «NAME:a», nacido el «DOBH8:a»",
                                     "Móvil: «PHONEH8:a»", "Padre: «NAME:b»", "Madre: «NAME:c»", "IBAN: «IBAN»")),
    ("parentalleave", ["no"], _form("Søknad om foreldrepenger", "Søker: «NAME:a», f.nr. «FNR»",
                                    "Den andre forelderen: «NAME:b», «PHONEH8:b»", "Barn: «FIRST:c», født «DOBKID8»",
                                    "Arbeidsgiver: ⟦«~BRAND»⟧, leder «LAST:d»", "Konto: «IBAN»")),
    ("parentalleave", ["sv"], _form("Ansökan om föräldrapenning", "Förälder: «NAME:a», «PNR»",
                                    "Andra föräldern: «NAME:b», «PHONEH8:b»", "Barn: «FIRST:c», född «DOBKID8»",
                                    "Till: ⟦«~AGENCY8»⟧")),
    ("parentalleave", ["de"], _form("Antrag auf Elterngeld", "Antragstellerin: «NAME:a», geb. «DOBH8:a»",
                                    "Anderer Elternteil: «NAME:b», «PHONEH8:b»", "Kind: «FIRST:c», geb. «DOBKID8»",
                                    "Arbeitgeber: ⟦«~BRAND»⟧, Ansprechpartner Herr «LAST:d»", "IBAN: «IBAN»")),
    ("parentalleave", ["fr"], _form("Demande de congé parental", "Salarié(e) : «NAME:a», né(e) le «DOBH8:a»",
                                    "Autre parent : «NAME:b», «PHONEH8:b»", "Enfant : «FIRST:c», né(e) le «DOBKID8»",
                                    "Responsable : M. «LAST:d»")),
    ("parentalleave", ["es"], _form("Solicitud de prestación por nacimiento", "Solicitante: «NAME:a»",
                                    "Fecha de nacimiento: «DOBH8:a»", "Otro progenitor: «NAME:b», «PHONEH8:b»",
                                    "Hijo/a: «FIRST:c», nacido/a el «DOBKID8»", "Cuenta: «IBAN»")),
    ("optician", ["sv"], _form("Glasögonrecept / Brilleresept", "Patient: «NAME:a», «DOBH8:a»", "H: ⟦«~LENS8»⟧",
                                     "V: ⟦«~LENS8»⟧", "Optiker: «INITIAL:b»", "Tel: «PHONEH8:a»")),
    ("optician", ["de"], _form("Brillenpass", "Name: «NAME:a»", "Geburtsdatum: «DOBH8:a»", "R: ⟦«~LENS8»⟧",
                               "L: ⟦«~LENS8»⟧", "Augenoptikermeisterin: «INITIAL:b»", "Telefon: «PHONEH8:a»")),
    ("optician", ["fr"], _form("Ordonnance lunettes / Graduación", "Patient : «NAME:a», «DOBH8:a»",
                                     "OD : ⟦«~LENS8»⟧", "OG : ⟦«~LENS8»⟧", "Ophtalmologiste : Dr «LAST:b»",
                                     "Tél. : «PHONEH8:a»")),
    ("funeralplan", ["no"], _form("Begravelse — avtale med byrået", "Avdøde: «NAME:a», født «DOBH8:a»",
                                  "Pårørende: «NAME:b», «PHONEH8:b»", "Seremonileder: sokneprest «LAST:c»",
                                  "Musikk: en ⟦«~DANCE8»⟧ på fele", "Annonse i ⟦«~PAPER8»⟧", "Minnegave: «IBAN»")),
    ("funeralplan", ["sv"], _form("Begravning / Bestattung", "Avliden: «NAME:a», född «DOBH8:a»",
                                        "Kontaktperson: «NAME:b», «PHONEH8:b»", "Officiant: kyrkoherde «LAST:c»",
                                        "Dödsannons i ⟦«~PAPER8»⟧", "Minnesfond: «IBAN»")),
    ("funeralplan", ["fr"], _form("Obsèques — bon de commande", "Défunt(e) : «NAME:a», né(e) le «DOBH8:a»",
                                        "Famille : «NAME:b», «PHONEH8:b»", "Célébrant : l'abbé «LAST:c»",
                                        "Avis dans ⟦«~PAPER8»⟧", "Cagnotte : «IBAN»")),
    ("playertransfer", ["no"], _form("Overgangsskjema / Övergång", "Spiller: «NAME:a», født «DOBH8:a»",
                                           "Fra: ⟦«~CLUB8»⟧", "Til: ⟦«~TEAM8»⟧", "Mobil: «PHONEH8:a»",
                                           "Foresatt: «NAME:b», «EMAIL:b»")),
    ("playertransfer", ["de"], _form("Vereinswechsel / Mutation / Ficha", "Spieler: «NAME:a»",
                                                 "Geburtsdatum: «DOBH8:a»", "Abgebender Verein: ⟦«~CLUB8»⟧",
                                                 "Aufnehmender Verein: ⟦«~TEAM8»⟧", "Telefon: «PHONEH8:a»",
                                                 "Trainer: «LAST:b»")),
    ("childbenefit", ["fr"], _form("Allocations familiales — déclaration de situation", "Allocataire : «NAME:a»",
                                   "Enfant : «FIRST:b», né(e) le «DOBKID8»", "RIB : «IBAN»", "Tél. : «PHONEH8»",
                                   "Organisme : ⟦«~AGENCY8»⟧")),
    ("childbenefit", ["sv"], _form("Barnbidrag / Ayuda por hijo", "Förälder: «NAME:a»",
                                         "Barn: «FIRST:b», född «DOBKID8»", "Konto: «IBAN»", "Telefon: «PHONEH8»")),
    ("estateinventory", ["no"], _form("Skifteattest — opplysninger", "Avdøde: «NAME:a», fnr. «FNR:a»",
                                      "Arvinger: «NAME:b» og «NAME:c» («PHONEH8:c»)", "Bostyrer: advokat «LAST:d»",
                                      "Konto: «IBAN»")),
    ("estateinventory", ["de"], _form("Nachlassverzeichnis", "Erblasserin: «NAME:a», geb. «DOBH8:a»",
                                      "Erben: «NAME:b», «NAME:c» («PHONEH8:c»)", "Nachlasspfleger: Herr «LAST:d»",
                                      "Konto: «IBAN»")),
    ("estateinventory", ["fr"], _form("Déclaration de succession / Herencia",
                                            "Défunt : «NAME:a», né le «DOBH8:a»",
                                            "Héritiers : «NAME:b», «NAME:c» («PHONEH8:c»)", "Notaire : Maître «LAST:d»",
                                            "Compte : «IBAN»")),
    ("jobseeker", ["sv"], _form("Aktivitetsrapport / Arbeitsuche / Actualisation / Demanda",
                                                  "Namn: «NAME:a»", "Telefon: «PHONEH8:a»", "E-post: «EMAIL:a»",
                                                  "Sökt: ⟦«~TITLE8»⟧ hos ⟦«~BRAND»⟧ (kontakt «NAME:b»)",
                                                  "Handläggare: «LAST:c»")),
    ("notarydeed", ["es"], "ESCRITURA DE COMPRAVENTA — extracto\nAnte mí, «NAME:d», notario de «~CITY»,\n"
     "COMPARECEN: «NAME:a», nacido/a el «DOBH8:a», parte vendedora; «NAME:b» y «NAME:c», parte compradora.\n"
     "Finca: ⟦«~PLOT8»⟧. Precio: ⟦«~AMOUNT»⟧, ingresado en la cuenta «IBAN».\nTeléfono de la notaría: «PHONEH8»"),
    ("threema", ["no", "sv"], "Threema-eksport — «NAME:a»\n[⟦«~CHATTS»⟧] «FIRST:a»: koden til porten er den samme, "
     "wifi er «PWH8»\n[⟦«~CHATTS»⟧] Jeg: takk! kommer «NICK8» også?\n[⟦«~CHATTS»⟧] «FIRST:a»: ja, med «NAME:b», "
     "ring henne på «PHONEH8:b»\n[⟦«~CHATTS»⟧] Jeg: jeg tar med ⟦«~DRINK8»⟧"),
]
HELDOUT8_STRUCTURED = HELDOUT8_STRUCTURED + HELDOUT8_NATIVE
