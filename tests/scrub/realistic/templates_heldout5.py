"""templates_heldout5.py — the fifth held-out half: what sysadmins, developers, support staff, clinicians,
accountants and people in daily life paste, in shapes no readable half has.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py and
templates_dev2..dev9.py (dev9, written at the same time, to drop the seven shapes it shares), never the scrubber's
sources or data, any other held-out template or any other held-out case). Nobody writing rules reads this file,
heldout5.jsonl or its --verbose output; only its tables are shared. The scorer keeps at most 64 shapes, so a
shape name may group a few tools (autoinstall, wifi, netdevice, llmtools, debugdump, telephony, bookkeeping, ...).

Its shapes: ansible-vault output and inventories, Caddyfiles and Traefik labels, the mail cron sends, gcloud
and az CLI output, azcopy with a SAS, Windows security events (English, German), registry exports (Winlogon
autologon, PuTTY), Get-ADUser, rabbitmqadmin messages, Grafana alert webhooks, PagerDuty incidents, Postfix
sasl_passwd, Makefiles, .gitconfig, ~/.ssh/config, ssh-keygen on a pasted key, Thunderbird prefs.js, Chrome and
Bitwarden password exports, NetworkManager, wpa_supplicant and netsh wlan, Cisco and MikroTik configs,
FreeRADIUS, fail2ban, sqlplus, Packer, kickstart, preseed, autounattend.xml, cloud-init, FileZilla, Nextcloud,
Synapse, restic, Drone CI, errbot, podman auth.json, Uptime Kuma backups, LiteLLM, aider and continue.dev, wscat,
Hugo, Jenkins console logs; rich tracebacks with locals, Rails console, PHP print_r, Go %+v, Python logs with
\\u-escaped names, IIS logs, Asterisk CDRs and PJSIP, Dwolla and Checkr API calls; dating-app and Telegram
exports, Google Contacts CSV, live-chat transcripts; discharge summaries, lab reports, sick notes and
vaccination records in several languages; DATEV, SIE and SAF-T lines, MT103 transfers, SEPA direct-debit
mandates, donation receipts, car sale contracts, powers of attorney, travel expense claims, P45 and ROE forms.

Same syntax as templates.py. Slots of its own (HELDOUT5_SECRETS): «DOBH5» (birth dates as exports and people
write them, ISO datetimes included), «PHONEH5» (phones in styles no earlier generator writes, else
phone_new()'s), «MSISDN5» (a phone as telecom logs write it: country code and digits, no plus), «PWH5»
(passwords with symbols and letters of the six languages, Azure-style client secrets), «NOMPRENOM5»
("DUPONT Jean": the French administrative order), «LASTSP5» ("Svensson Anna": registers that list the family
name first without a comma), «NAMEU5» (a name as Python's json.dumps writes it: "Bj\\u00f8rnar"). Decoys:
«~DISH5», «~EPONYM5», «~TOOL5», «~SAMPLE5», «~PH5», «~ICD5», «~RANGE5», «~BIC5», «~CREDDE5», «~CREDFR5»,
«~CREDES5», «~ORGSE5», «~PLATE5», «~ACCT5», «~FEAST5», «~SIGN5», «~URL5», «~SSHPUB5», «~VACCINE5»."""
import string

HELDOUT5_FIRST = {
    "en": ["Jethro", "Drusilla", "Anne-Marie", "Zebedee", "Seraphina", "Lettice", "Eustace", "Griselda", "Beatrix",
           "Cuthbert", "Kezia", "Jo-Ellen"],
    "no": ["Gro-Anita", "Helge-Tor", "Steinar", "Bjørnar", "Sverre", "Liv-Berit", "Aud-Helen", "Gudleik",
           "Tone-Lise", "Gudveig", "Kåre", "Ørjan"],
    "sv": ["Siv-Inger", "Margit", "Inga-Lill", "Torgny", "Gunhild", "Ann-Katrin", "Brita", "Sune", "Barbro",
           "Märta-Stina", "Viveka", "Åke-Jöns"],
    "de": ["Erdmute", "Almut", "Traudl", "Adalbert", "Winfried", "Gerhild", "Udo", "Jobst", "Klaus-Peter", "Wunibald",
           "Meinolf", "Hanns-Jörg"],
    "fr": ["Anne-Sixtine", "Marie-Claude", "Faustine", "Guenièvre", "Pétronille", "Baudouin", "Léonie", "Éloïse",
           "Ambroise", "Jean-Éric", "Théophane", "Valère"],
    "es": ["Anacleto", "Pancracio", "Eduvigis", "Ezequiel", "Higinio", "Juan Ramón", "Patrocinio", "Aitziber",
           "Trinidad", "Jacinta", "Epifanio", "Ángeles"],
}
HELDOUT5_LAST = {
    "en": ["Ffoulkes", "Marchbanks", "Pemberton-Hale", "Adeyemi-Cole", "Strachan", "Loughridge", "McKechnie",
           "Van Wyk", "Tunnicliffe", "Ní Cheallaigh", "De Souza-Pryce", "St. Clair-Ross"],
    "no": ["Sæterdal", "Bø-Hansen", "Rambæk", "Kleppestø", "Haugerud", "Åsheim", "Gjæver", "Tvedt-Lie", "Mørkved",
           "Ødemotland", "Lægreid", "Nordbø-Aas"],
    "sv": ["Stjärnqvist", "Ankarcrona", "Lövgren", "Sporrong", "Tegnér-Ek", "Wennerholm", "Söderlind",
           "Kjellberg-Ahl", "Hägglöf", "Ölander", "von Rosen", "Åhlén"],
    "de": ["Ostermöller", "von Bülow-Stein", "Wöllner", "Gräßle", "Hinterseer", "auf der Heide", "Krümmel",
           "Eßlinger", "Schöttle-Brandt", "von Ahlefeldt", "Übelhör", "Hämmerle"],
    "fr": ["de Saint-Exupéry", "Lagarde-Fontaine", "Bréhaut", "Trémolières", "Courtemanche", "Lenôtre", "du Guesclin",
           "Béraud", "Roussel-Aubry", "Cazaubon", "Écuyer", "Aubusson-Lécuyer"],
    "es": ["Berrocal", "de Castro-Ulloa", "Egaña", "Lasarte", "Ochoa de Retana", "Carrasquilla", "Ezcurra",
           "Valcárcel", "Muñiz", "Barrenechea", "Pineda-Osuna", "Oñate"],
}
HELDOUT5_CITIES = {
    "en": ["Coeur d'Alene", "Scunthorpe", "Tuscaloosa", "Thunder Bay", "Llandudno", "Kettering"],
    "no": ["Hammerfest", "Grimstad", "Oppdal", "Leknes", "Stokmarknes", "Orkanger"],
    "sv": ["Sollefteå", "Bollnäs", "Mariestad", "Töreboda", "Vadstena", "Torsby"],
    "de": ["Bad Kissingen", "Wolfenbüttel", "Garmisch-Partenkirchen", "Hildesheim", "Bad Reichenhall",
           "Aschaffenburg"],
    "fr": ["Montluçon", "Albi", "Bourg-en-Bresse", "Arcachon", "Mâcon", "Lamballe"],
    "es": ["Ribadeo", "Cangas de Onís", "Zafra", "Benavente", "Llanes", "Medina del Campo"],
}
HELDOUT5_BRANDS = ["Elie Saab", "Jean-Louis Scherrer", "Custo Barcelona", "Pierre Balmain", "Hermann Kühne",
                   "Rudolf Wild", "Paloma Picasso", "Pierre Hermé", "Karl Mayer", "Philipp Plein", "Emma Bridgewater",
                   "Orla Kiely", "Jean Paul Hévin", "Christian Lacroix", "Manuel Pertegaz", "Josef Seibel"]

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"

MONTHS5 = {
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


def birth_h5(case, lang):
    """A birth date as exports and people write one: ISO datetimes from JSON and .NET ("1985-03-03T00:00:00"),
    "3-3-1985", "3. mars -85", "3/3-85", "3. 3. 1985", "3/3/85", "3 de mar. de 1985"; or one of birth_six()'s,
    one time in two."""
    if case.rng.random() < 0.5:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    name = MONTHS5[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3]}
    iso = ["%(y)d-%(m)02d-%(d)02dT00:00:00", "%(y)d-%(m)02d-%(d)02dT00:00:00.000Z", "%(y)d-%(m)02d-%(d)02d 00:00:00"]
    styles = {
        "en": ["%(m)d-%(d)d-%(y)d", "%(name)s %(d)d, '%(yy)02d", "%(d)d.%(m)d.%(y)d"],
        "no": ["%(d)d. %(name)s -%(yy)02d", "%(d)02d%(m)02d%(y)d", "%(d)d/%(m)d/%(y)d"],
        "sv": ["%(d)d/%(m)d-%(yy)02d", "%(d)d %(abbr)s -%(yy)02d", "%(y)d %(m)02d %(d)02d"],
        "de": ["%(d)d. %(m)d. %(y)d", "%(d)d. %(name)s '%(yy)02d", "%(d)02d.%(m)02d.%(yy)02d"],
        "fr": ["%(d)d/%(m)d/%(yy)02d", "%(d)d.%(m)d.%(y)d", "%(d)d %(name)s %(yy)02d"],
        "es": ["%(d)d/%(m)d/%(yy)02d", "%(d)d de %(abbr)s. de %(y)d", "%(d)d-%(name)s-%(y)d"],
    }[lang]
    return case.v.pick(iso + styles) % fields


def phone_h5(case, lang):
    """A phone in styles no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["+1 %s.%s.%s" % (a, e, line), "1 %s %s %s" % (a, e, line), "+1-%s-%s%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44-" + mobile[:4] + "-" + mobile[4:], "+44" + mobile[:4] + " " + mobile[4:],
                       "0" + mobile[:4] + "-" + mobile[4:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["+47-" + n[:3] + " " + n[3:5] + " " + n[5:],
                       "47 " + " ".join(n[i:i + 2] for i in range(0, 8, 2)),
                       "+47 " + n[:3] + "-" + n[3:5] + "-" + n[5:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick(["+46 " + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:], "46" + m[1:],
                       m[:3] + "/" + m[3:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["+49 " + m[:4] + " " + m[4:], "0" + m[:4] + " " + m[4:], "0" + m[:3] + "/" + m[3:6] + " " +
                       m[6:9] + " " + m[9:], "+49 (" + m[:3] + ") " + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["+33 " + n[0] + "-" + "-".join(pairs), "33 " + n[0] + " " + " ".join(pairs),
                       "+33(0)" + n])
    m = v.pick("67") + d(8)
    return v.pick(["+34-" + m[:3] + " " + m[3:6] + " " + m[6:], "34 " + m[:3] + " " + m[3:6] + " " + m[6:],
                   "+34" + m[:3] + " " + m[3:6] + " " + m[6:]])


def msisdn_h5(case, lang):
    """A phone as SMS gateways, CDRs and telecom logs write it: the country code and the digits, no plus."""
    v = case.v
    country = case.country(lang)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return "1" + a + e + line
    return {"UK": lambda: "447" + v.pick("3456789") + d(8), "NO": lambda: "47" + v.pick("49") + d(7),
            "SE": lambda: "467" + v.pick("0236") + d(7),
            "DE": lambda: "491" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8),
            "FR": lambda: "33" + v.pick("67") + d(8), "ES": lambda: "34" + v.pick("67") + d(8)}[country]()


def password_h5(case, lang):
    """A password as people type one: symbols, letters of their language, Azure-style client secrets."""
    v, r = case.v, case.rng
    kind = r.randrange(4)
    if kind == 0:
        body = v.chars(ALNUM, 1) + v.chars(ALNUM + "!#$%*+-.=?@^_~", r.randrange(13, 21))
        return body + v.pick("!#$%*?@") + v.digits(1)
    if kind == 1:
        words = ["Blåbær", "Fjellbekk", "Rødgrøt", "Sjörövare", "Kräftskiva", "Grünkohl", "Schnörkel", "Château",
                 "Crème", "Cañada", "Piñata", "Mañana"]
        return v.pick(words) + v.pick(["", "_", "-", "."]) + str(r.randrange(1, 2030)) + v.pick("!#%?$")
    if kind == 2:
        return v.chars(ALNUM, 3) + "8Q~" + v.chars(ALNUM + "_-.~", 34)
    words = ["Harbour", "Lantern", "Glacier", "Meadow", "Compass", "Thunder", "Velvet", "Cobble", "Juniper"]
    return "-".join(v.pick(words) for _ in range(3)) + "-" + v.digits(r.randrange(1, 4))


def _name(case, lang):
    return case.v.first(lang), case.v.last(lang)


def escaped(text):
    """As Python's json.dumps writes a string by default: every non-ASCII character as \\uXXXX."""
    return "".join(c if ord(c) < 0x80 else "\\u%04x" % ord(c) for c in text)


# slot -> (family, make(case, lang), type), as generate.py's own slots
HELDOUT5_SECRETS = {
    "DOBH5": ("dob", birth_h5, "DATE_OF_BIRTH"),
    "PHONEH5": ("phoneh5", phone_h5, "PHONE"),
    "MSISDN5": ("msisdn5", msisdn_h5, "PHONE"),
    "PWH5": ("pwh5", password_h5, "ENV_SECRET"),
    "NOMPRENOM5": ("nomprenom5", lambda case, lang: (lambda f, l: l.upper() + " " + f)(*_name(case, lang)), "PERSON"),
    "LASTSP5": ("lastsp5", lambda case, lang: (lambda f, l: l + " " + f)(*_name(case, lang)), "PERSON"),
    "NAMEU5": ("nameu5", lambda case, lang: escaped(" ".join(_name(case, lang))), "PERSON"),
}


def swedish_organisation(v, r):
    """A Swedish organisationsnummer: ten digits with a Luhn check like a personnummer, but its 'month' is 20 or
    more, so it is a company's and never a birth date."""
    body = "55" + v.pick("6789") + v.digits(6)
    number = body + v.luhn_digit(body)
    return number[:6] + "-" + number[6:]


HELDOUT5_DECOYS = {
    # dishes, diseases and tools named after people: not people
    "DISH5": {
        "en": ["Beef Wellington", "Eggs Benedict", "Pavlova", "Caesar salad", "Waldorf salad"],
        "no": ["Pavlova", "Toast Skagen", "Fyrstekake", "Beef Stroganoff"],
        "sv": ["Janssons frestelse", "Toast Skagen", "Prinsesstårta", "Biff Lindström"],
        "de": ["Sachertorte", "Fürst-Pückler-Eis", "Bismarckhering", "Kaiserschmarrn", "Prinzregententorte"],
        "fr": ["Crêpe Suzette", "Pêches Melba", "Tarte Tatin", "Poire Belle-Hélène"],
        "es": ["Tarta de Santiago", "Pizza Margherita", "Carpaccio", "Bellini"],
    },
    "EPONYM5": {
        "en": ["Crohn's disease", "Hodgkin lymphoma", "Raynaud's phenomenon", "Guillain-Barré syndrome",
               "Bell's palsy", "Osgood-Schlatter disease"],
        "no": ["Morbus Bechterew", "Crohns sykdom", "Hodgkins lymfom", "Parkinsons sykdom", "Menières sykdom"],
        "sv": ["Crohns sjukdom", "Bechterews sjukdom", "Menières sjukdom", "Hashimotos tyreoidit"],
        "de": ["Morbus Crohn", "Morbus Bechterew", "Morbus Basedow", "Hashimoto-Thyreoiditis", "Morbus Menière"],
        "fr": ["maladie de Crohn", "maladie de Basedow", "syndrome de Guillain-Barré", "maladie de Dupuytren"],
        "es": ["enfermedad de Crohn", "síndrome de Raynaud", "enfermedad de Addison", "síndrome de Cushing"],
    },
    "TOOL5": ["Thanos", "Cortana", "Alexa", "Grafana Loki", "Mimir", "Tempo", "Watson", "Hudson"],
    # values from documentation and fiction: they belong to nobody
    "SAMPLE5": ["4111 1111 1111 1111", "+1-202-555-0143", "07700 900461", "020 7946 0321",
                "GB82 WEST 1234 5698 7654 32", "078-05-1120", "testing123", "W269N-WFGWX-YVC9B-4J6C9-T83GX"],
    "PH5": ["$ANSIBLE_VAULT;1.1;AES256", "!secret wifi_psk_home", "{env.CF_API_TOKEN}", "${env:DB_PASS}",
            "<%= ENV['DB_PASSWORD'] %>", "$__file{/run/secrets/smtp}", "{{ vault_wifi_psk }}", "[FILTERED]",
            "(sensitive value)", "<hidden>", "@Microsoft.KeyVault(VaultName=kv-prod;SecretName=smtp)"],
    "ICD5": ["K50.9", "E11.9", "J45.9", "M45", "E05.0", "G51.0", "I73.0", "J18.9", "S82.6"],
    "RANGE5": ["3.5–5.1 mmol/L", "4.0–10.0 ×10⁹/L", "0.27–4.2 mIU/L", "2.2–2.6 mmol/L", "30–400 µg/L"],
    "BIC5": ["NDEANOKK", "DNBANOKK", "ESSESESS", "COBADEFF", "SOGEFRPP", "CAIXESBB", "BBVAESMM"],
    "CREDDE5": lambda v, r: "DE%02dZZZ%s" % (r.randrange(10, 99), v.digits(11)),
    "CREDFR5": lambda v, r: "FR%02dZZZ%s" % (r.randrange(10, 99), v.digits(6)),
    "CREDES5": lambda v, r: "ES%02d000B%s" % (r.randrange(10, 99), v.digits(8)),
    "ORGSE5": swedish_organisation,
    "PLATE5": {
        "en": ["KP19 ZXT", "LR68 HBD"], "no": ["EL 48213", "DN 20571", "BT 93318"], "sv": ["ABC 12X", "KLM 481"],
        "de": ["M-KL 4821", "HH-AB 123", "B-XY 9003"], "fr": ["GH-512-TK", "FB-204-QL"], "es": ["4821 KLM", "0937 HBZ"],
    },
    "ACCT5": ["1930", "7210", "8400", "3041", "4400", "2710"],
    "FEAST5": {
        "en": ["St Patrick's Day", "Guy Fawkes Night", "St Andrew's Day"],
        "no": ["Olsok", "Sankthans", "Mikkelsmess"], "sv": ["Valborg", "Luciadagen", "Mårtensafton"],
        "de": ["Sankt Martin", "Nikolaustag", "Fronleichnam"], "fr": ["la Saint-Nicolas", "la Saint-Jean", "Toussaint"],
        "es": ["San Fermín", "San Juan", "Santa Lucía"],
    },
    "SIGN5": {
        "en": ["Hope this helps", "Thanks a million", "Cheers, all", "Take care now"],
        "no": ["Hilsen fra kontoret", "Ha det fint", "Vi høres", "Ha det bra så lenge"],
        "sv": ["Med vänlig hälsning från oss", "Trevlig kväll", "Allt väl", "Sköt om dig"],
        "de": ["Bis später", "Frohes Schaffen", "Mach's gut", "Gruß aus dem Team"],
        "fr": ["Merci mille fois", "Bien cordialement à vous", "Belle soirée à toi", "Bonne fin de journée"],
        "es": ["Que vaya bien", "Un abrazo fuerte", "Gracias mil", "Buen día a todos"],
    },
    "URL5": ["https://events.pagerduty.com/v2/enqueue", "https://www.googleapis.com/auth/cloud-platform",
             "https://acme-v02.api.letsencrypt.org/directory", "https://management.azure.com/",
             "https://ipinfo.io/json", "https://hc-ping.com/"],
    "SSHPUB5": lambda v, r: "AAAAC3NzaC1lZDI1NTE5AAAAI" + v.chars(B64, 43),
    "VACCINE5": ["Boostrix Polio", "Comirnaty", "Twinrix", "Priorix", "Vaxelis", "Engerix-B", "Dukoral"],
}

HELDOUT5_STRUCTURED = [
    # ---- sysadmin files and consoles ----
    ("ansible", None, "$ ansible-vault view group_vars/prod/vault.yml\nVault password:\n"
     "vault_db_password: \"«PWH5»\"\nvault_smtp_user: «EMAIL»\nvault_smtp_password: \"«PASSWORD»\"\n"
     "vault_api_token: «HEXTOKEN»\nvault_oncall_phone: \"«PHONEH5»\"\nvault_backup_key: \"⟦«~PH5»⟧\"  # fill in "
     "later\n\n# the file on disk starts with "
     "⟦$ANSIBLE_VAULT;1.1;AES256⟧, so it is encrypted\nwhy does the play say vault_db_password is undefined?"),
    ("ansible", None, "ansible-playbook -i inventory.ini site.yml --extra-vars \"ansible_become_pass=«PWH5»\"\n\n"
     "# inventory.ini\n[web]\n«IP:a» ansible_user=«=USER» ansible_password=«PASSWORD:c»\n"
     "[db]\n«IP:b» ansible_user=«=USER» ansible_ssh_pass=«PASSWORD:c»\n\n"
     "fatal: [«IP:a»]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Invalid/incorrect password\"}"),
    ("webproxy", None, "{\n\temail «EMAIL»\n\tacme_dns cloudflare «TOKEN»\n}\n\napi.«=WORD».no {\n"
     "\treverse_proxy «IP»:8080\n\theader_up X-Api-Key «HEXTOKEN»\n}\n\nstatus.«=WORD».no {\n"
     "\treverse_proxy ⟦{env.UPSTREAM_HOST}⟧\n}\n\ncaddy says unrecognized directive: acme_dns since ⟦«~VERSION»⟧"),
    ("webproxy", None, "  traefik:\n    command:\n      - \"--certificatesresolvers.le.acme.email=«EMAIL»\"\n"
     "      - \"--certificatesresolvers.le.acme.dnschallenge.provider=cloudflare\"\n    environment:\n"
     "      - CF_DNS_API_TOKEN=«PWH5»\n      - CF_API_EMAIL=«EMAIL»\n  app:\n    labels:\n"
     "      - \"traefik.http.routers.app.rule=Host(`app.«=WORD».io`)\"\n"
     "      - \"traefik.http.middlewares.auth.forwardauth.address=http://«IP»:4181\"\n"
     "      - \"traefik.http.services.app.loadbalancer.server.port=8080\"\n"
     "    environment:\n      - DB_PASS=⟦${env:DB_PASS}⟧"),
    ("cronmail", None, "From: root@«=HOST» (Cron Daemon)\nTo: «EMAIL»\nSubject: Cron <deploy@«=HOST»> "
     "/opt/backup.sh\n\n"
     "+ mysqldump -u backup -p'«PWH5»' --all-databases\n+ aws s3 cp /tmp/all.sql.gz s3://backups-«=WORD»/\n"
     "upload failed: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: the key "
     "«AWSID» does not exist in our records\n+ find /backup -mtime +14 -delete\n+ curl -fsS -m 10 ⟦«~URL5»⟧\n\n"
     "this mail comes every night at 03:00, how do I make cron stop mailing it?"),
    ("gcloud", None, "$ gcloud secrets versions access latest --secret=db-password --project=«=WORD»-prod\n«PWH5»\n"
     "$ gcloud auth print-access-token\nya29.«TOKEN»\n$ gcloud auth print-identity-token\n«JWT»\n$ gcloud sql "
     "users list --instance=main\n"
     "NAME                              HOST  TYPE\n«DOTNAME»                               BUILT_IN\n"
     "«SAEMAIL»  CLOUD_IAM_SERVICE_ACCOUNT\n$ gcloud compute instances list\n"
     "NAME   ZONE             MACHINE_TYPE  INTERNAL_IP  EXTERNAL_IP  STATUS\n"
     "web-1  europe-north1-a  e2-medium     «IP»     «IP»   RUNNING\nscopes: "
     "⟦https://www.googleapis.com/auth/cloud-platform⟧"),
    ("azcli", None, "$ az ad sp create-for-rbac --name «=WORD»-deployer --role Contributor\n{\n"
     "  \"appId\": \"⟦«~UUID»⟧\",\n  \"displayName\": \"«=WORD»-deployer\",\n  \"password\": \"«PWH5»\",\n"
     "  \"tenant\": \"⟦«~UUID»⟧\"\n}\n$ az storage account keys list -g rg-prod -n «=WORD»store -o table\n"
     "KeyName    Permissions    Value\n---------  -------------  -----\nkey1       FULL           «AZUREKEY»\n"
     "$ az account show --query user.name -o tsv\n«EMAIL»"),
    ("winevent", ["en"], "Log Name:      Security\nSource:        Microsoft-Windows-Security-Auditing\n"
     "Date:          ⟦«~ISODATE»⟧ 03:12:44\nEvent ID:      ⟦4625⟧\nTask Category: Logon\nKeywords:      Audit Failure\n"
     "Description:\nAn account failed to log on.\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n"
     "\tAccount Name:\t\t«DOTNAME»\n\tAccount Domain:\t\tCORP\n\nNetwork Information:\n"
     "\tWorkstation Name:\tLAPTOP-«=NUM»\n\tSource Network Address:\t«IP»\n\tSource Port:\t\t«=PORT»\n\n"
     "37 of these from the same address overnight. Password spray?"),
    ("winevent", ["de"], "Protokollname: Security\nQuelle:        Microsoft-Windows-Security-Auditing\n"
     "Ereignis-ID:   ⟦4624⟧\nBeschreibung:\nEin Konto wurde erfolgreich angemeldet.\n\nNeue Anmeldung:\n"
     "\tKontoname:\t\t«DOTNAME:a»\n\tKontodomäne:\t\tFIRMA\n\nNetzwerkinformationen:\n"
     "\tArbeitsstationsname:\tPC-«=NUM»\n"
     "\tQuellnetzwerkadresse:\t«IP»\n\tQuellport:\t\t«=PORT»\n\nWarum meldet sich «FIRST:a» nachts um drei an?"),
    ("regexport", None, "Windows Registry Editor Version 5.00\n\n"
     "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n\"AutoAdminLogon\"=\"1\"\n"
     "\"DefaultUserName\"=\"«DOTNAME»\"\n\"DefaultPassword\"=\"«PWH5»\"\n\"DefaultDomainName\"=\"KIOSK\"\n\n"
     "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\prod-db]\n\"HostName\"=\"«=USER»@«IP»\"\n"
     "\"PortNumber\"=dword:00000016\n\nthe kiosk in ⟦«~CITY»⟧ stopped logging in by itself after the update"),
    ("getaduser", None, "PS> Get-ADUser «DOTNAME:a» -Properties * | Select GivenName,Surname,mobile,EmailAddress,"
     "telephoneNumber\n\nGivenName       : «FIRST:a»\nSurname         : «LAST:a»\nmobile          : «PHONEH5:a»\n"
     "EmailAddress    : «EMAIL:a»\ntelephoneNumber : «PHONE4:a»\n\nPS> Set-ADAccountPassword «DOTNAME:a» -Reset "
     "-NewPassword (Read-Host -AsSecureString)\n# gave her «PWH5» on the phone, she has to change it at next logon"),
    ("rabbitmsg", None, "$ rabbitmqadmin -H «IP» -u admin -p '«PWH5»' get queue=crm-events count=1\n"
     "Message 1\nExchange\tcrm.events\nRouting Key\tcustomer.created\nProperties\n"
     "headers:\tx-api-key: «TOKEN»\ncontent_type:\tapplication/json\nPayload\n"
     "{\"customerId\": ⟦«=NUM»⟧, \"fullName\": \"«NAMEU5»\", \"email\": \"«EMAIL»\", \"msisdn\": \"«MSISDN5»\", "
     "\"iban\": \"«IBAN»\"}\n\nthe consumer throws on this one, why?"),
    ("grafanaalert", None, "{\n  \"receiver\": \"oncall\",\n  \"status\": \"firing\",\n  \"alerts\": [{\n"
     "    \"labels\": {\"alertname\": \"HostDown\", \"instance\": \"«IP:a»:9100\", \"owner\": \"«EMAIL»\"},\n"
     "    \"annotations\": {\"summary\": \"«IP:a» unreachable, call «NAME» on «PHONEH5»\"},\n"
     "    \"startsAt\": \"⟦«~ISOTS»⟧\",\n    \"fingerprint\": \"⟦«~HEXID»⟧\"\n  }]\n}\n"
     "contact point: https://grafana.«=WORD».net/api/hooks/alerts?token=«URLTOKEN»"),
    ("pagerduty", None, "Incident #⟦«=NUM»⟧: [P1] checkout latency above 2s\nService: checkout-api\n"
     "Assigned to: «NAME:a» («EMAIL:a»)\nEscalation: «NAME:b» → «NAME:c»\n"
     "Contact methods for «FIRST:a»: SMS «PHONEH5:a», voice «PHONE4:a»\nNotes:\n"
     "- ⟦«~ISOTS»⟧ «FIRST:b»: restarted the pods on «IP»\n- ⟦«~ISOTS»⟧ «FIRST:c»: rotated the DB password, new one "
     "is «PWH5», it's in the vault now\nIntegration key: «HEXTOKEN»\nEvents API: "
     "⟦https://events.pagerduty.com/v2/enqueue⟧"),
    ("saslpasswd", None, "# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:«GENERIC»\n"
     "[smtp.office365.com]:587 «EMAIL»:«PWH5»\n# main.cf\nrelayhost = [smtp.sendgrid.net]:587\n"
     "smtp_sasl_auth_enable = yes\n\npostmap done and reloaded, still 535 Authentication failed"),
    ("makefile", None, "DB_PASS ?= «PWH5»\nREGISTRY_TOKEN := «GITHUB»\n\ndeploy:\n"
     "\tdocker login ghcr.io -u «DOTNAME» -p $(REGISTRY_TOKEN)\n"
     "\tssh «=USER»@«IP» 'cd /srv/app && docker compose pull && docker compose up -d'\n\nseed:\n"
     "\tpsql \"postgresql://app:«URLPASS»@«IP»:5432/app\" -f seed.sql\n\nmake: *** [Makefile:5: deploy] Error 1"),
    ("gitconfig", None, "[user]\n\tname = «NAME:a»\n\temail = «EMAIL:a»\n\tsigningkey = ⟦«~SHA»⟧\n[credential]\n"
     "\thelper = store\n[url \"https://«DOTNAME:a»:«GITHUB»@github.com/\"]\n\tinsteadOf = https://github.com/\n"
     "[http \"https://git.«=WORD».internal\"]\n\textraHeader = Authorization: Basic «BASICAUTH»\n[alias]\n"
     "\tlg = log --graph --oneline"),
    ("sshconfig", None, "Host bastion\n    HostName «IP:b»\n    User «DOTNAME»\n    IdentityFile ~/.ssh/id_ed25519\n"
     "Host db-*\n    ProxyJump bastion\n    User postgres\n# root on the old box (no keys there yet): «PWH5»\n"
     "Host legacy\n    HostName «IPV6»\n    Port 2222\n\nssh -v legacy ends with: Connection closed by «IP:b» port 22"),
    ("prefsjs", None, "user_pref(\"mail.identity.id1.fullName\", \"«NAME:a»\");\n"
     "user_pref(\"mail.identity.id1.useremail\", \"«EMAIL:a»\");\n"
     "user_pref(\"mail.identity.id1.htmlSigText\", \"«NAME:a»<br>«PHONEH5»\");\n"
     "user_pref(\"mail.server.server2.hostname\", \"imap.«=WORD».no\");\n"
     "user_pref(\"mail.smtpserver.smtp1.password\", \"«PWH5»\");\n\nwhy does Thunderbird keep asking for it?"),
    ("pwexport", ["no"], "name,url,username,password,note\nnettbank,https://nettbank.«=WORD».no/,«FNR»,«PWH5»,"
     "BankID reserve\nepost,https://mail.«=WORD».no/,«EMAIL»,«PASSWORD»,\nruter,http://«IP»/,admin,«PASSWORD4»,\n\n"
     "eksporten fra Chrome, hvordan får jeg den inn i Bitwarden?"),
    ("pwexport", None, "name,url,username,password,note\nwork mail,https://outlook.office.com/,«EMAIL:a»,«PWH5»,\n"
     "router,http://«IP»/,admin,«PASSWORD4»,\nnas,https://«IP:n»:5001/,«DOTNAME:a»,«PASSWORD»,"
     "same as the old one\n\nexported from Chrome, which of these are weak?"),
    ("pwexport", ["en"], "{\n  \"encrypted\": false,\n  \"items\": [\n    {\"type\": 1, \"name\": \"⟦«~BRAND»⟧\", "
     "\"login\": {\"username\": \"«EMAIL:a»\", \"password\": \"«PWH5»\"}},\n    {\"type\": 3, \"name\": \"Visa\", "
     "\"card\": {\"cardholderName\": \"«UPNAME:a»\", \"number\": \"«CARD»\"}},\n    {\"type\": 4, \"name\": \"Me\", "
     "\"identity\": {\"firstName\": \"«FIRST:a»\", \"lastName\": \"«LAST:a»\", \"phone\": \"«PHONEH5»\", "
     "\"ssn\": \"«SSNDASH»\"}}\n  ]\n}"),
    ("wifi", None, "# /etc/NetworkManager/system-connections/home.nmconnection\n[connection]\nid=home\n"
     "type=wifi\n[wifi]\nssid=«LAST»-5G\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=«PASSPHRASE»\n[ipv4]\n"
     "method=manual\naddress1=«IP»/24\n\nnmcli says secrets were required but not provided"),
    ("wifi", None, "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=NO\n\n"
     "network={\n\tssid=\"«FIRST»-iPhone\"\n\tpsk=\"«PWH5»\"\n}\nnetwork={\n\tssid=\"eduroam\"\n\tkey_mgmt=WPA-EAP\n"
     "\tidentity=\"«EMAIL»\"\n\tpassword=\"«PASSWORD»\"\n}\n\nthe pi never joins eduroam"),
    ("wifi", None, "PS> netsh wlan show profile name=\"«LAST»-5G\" key=clear\n\nSecurity settings\n"
     "-----------------\n    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n"
     "    Security key           : Present\n    Key Content            : «PASSPHRASE»\n\nCost settings\n"
     "    Cost                   : Unrestricted\n\nhow do I give this to my parents' new laptop?"),
    ("netdevice", None, "hostname core-sw01\n!\nenable password «PWH5»\n"
     "username «=USER» privilege 15 password 0 «PASSWORD»\n!\nsnmp-server community «HEXTOKEN» RO\n"
     "snmp-server contact «NAME» «PHONEH5»\nsnmp-server location ⟦«~CITY»⟧ DC rack B12\n!\ninterface Vlan10\n"
     " ip address «IP» ⟦255.255.255.0⟧\n!\nlogging host «IP»\n\nwhy does show run print the password in clear?"),
    ("netdevice", None, "# by RouterOS ⟦7.14.2⟧\n/interface wireless security-profiles\n"
     "set [ find default=yes ] mode=dynamic-keys wpa2-pre-shared-key=«PWH5»\n/ip address\n"
     "add address=«IP»/24 interface=bridge\n/ppp secret\nadd name=«DOTNAME» password=«PASSWORD» service=l2tp\n"
     "/user\nadd name=«=USER» password=«PASSWORD4» group=full\n/system identity\nset name=⟦«~TOOL5»⟧"),
    # ---- keys for LLMs, backups, monitoring and chat bots ----
    ("llmtools", None, "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n"
     "      api_key: «OPENAI»\n  - model_name: claude\n    litellm_params:\n      model: anthropic/claude-3-5-sonnet\n"
     "      api_key: «ANTHROPIC»\ngeneral_settings:\n  master_key: sk-«HEXTOKEN»\n"
     "  database_url: postgresql://llm:«URLPASS»@«IP»:5432/litellm\n\nthe proxy answers 401 for claude only"),
    ("llmtools", None, "# ~/.aider.conf.yml\nopenai-api-key: «OPENAI»\nanthropic-api-key: «ANTHROPIC»\n"
     "model: sonnet\nauto-commits: false\n# old key, revoked: ⟦sk-ant-api03-XXXXXXXXXXXXXXXX⟧\n"
     "git config user.name says «NAME», why does aider commit as someone else?"),
    ("llmtools", None, "{\n  \"models\": [\n    {\"title\": \"GPT-4o\", \"provider\": \"openai\", "
     "\"model\": \"gpt-4o\", \"apiKey\": \"«OPENAI»\"},\n    {\"title\": \"Gemini\", \"provider\": \"gemini\", "
     "\"model\": \"gemini-1.5-pro\", \"apiKey\": \"«GOOGLE»\"}\n  ],\n  \"tabAutocompleteModel\": "
     "{\"provider\": \"ollama\", \"apiBase\": \"http://«IP»:11434\"}\n}\ncontinue.dev ignores the gemini entry"),
    ("restic", None, "export RESTIC_REPOSITORY=s3:s3.amazonaws.com/backups-«=WORD»\nexport RESTIC_PASSWORD='«PWH5»'\n"
     "export AWS_ACCESS_KEY_ID=«AWSID»\nexport AWS_SECRET_ACCESS_KEY=«AWSSECRET»\nrestic backup /home/«=USER»\n"
     "Fatal: unable to open config file: Stat: The access key ID you provided does not exist in our records."),
    ("droneci", None, "kind: pipeline\nname: default\nsteps:\n  - name: publish\n    image: plugins/docker\n"
     "    settings:\n      username: «DOTNAME»\n      password: «GITHUB»\n      registry: ghcr.io\n"
     "  - name: notify\n    image: plugins/slack\n    settings:\n"
     "      webhook: https://hooks.slack.com/services/«SLACKHOOK»\n      channel: deploys\n"
     "    environment:\n      SLACK_BOT_TOKEN: «SLACK»\n      DOCKER_PASSWORD:\n        from_secret: "
     "⟦docker_password⟧"),
    ("wscat", None, "$ wscat -c wss://api.«=WORD».io/v1/stream -H \"Authorization: Bearer «JWT»\"\nConnected "
     "(press CTRL+C "
     "to quit)\n> {\"op\":\"subscribe\",\"channel\":\"orders\"}\n< {\"op\":\"order\",\"customer\":\"«NAME»\","
     "\"phone\":\"«PHONEH5»\",\"ip\":\"«IP»\"}\n< {\"op\":\"error\",\"msg\":\"token expired\"}"),
    ("hugoconfig", None, "baseURL = \"https://«=WORD».no/\"\ntitle = \"⟦«~DISH5»⟧ & friends\"\n[params]\n"
     "  googleMapsKey = \"«GOOGLE»\"\n  contactPhone = \"«PHONEH5»\"\n[params.author]\n  name = \"«NAME:a»\"\n"
     "  email = \"«EMAIL:a»\"\n\nhugo server warns the key is exposed in the page source, is that bad?"),
    ("podmanauth", None, "$ cat ${XDG_RUNTIME_DIR}/containers/auth.json\n{\n\t\"auths\": {\n\t\t\"quay.io\": {\n"
     "\t\t\t\"auth\": \"«DOCKERAUTH»\"\n\t\t},\n\t\t\"registry.«=WORD».io:5000\": {\n\t\t\t\"auth\": "
     "\"«DOCKERAUTH:r»\"\n\t\t}\n\t}\n}\npodman pull still says unauthorized"),
    ("uptimekuma", None, "{\"version\": \"⟦«~VERSION»⟧\", \"notificationList\": [{\"name\": \"Discord ops\", "
     "\"config\": \"{\\\"discordWebhookUrl\\\":\\\"https://discord.com/api/webhooks/«=SNOWFLAKE»/«DISCORDHOOK»"
     "\\\",\\\"type\\\":\\\"discord\\\"}\"}, {\"name\": \"Telegram\", \"config\": \"{\\\"telegramBotToken"
     "\\\":\\\"«TELEGRAM»\\\",\\\"telegramChatID\\\":\\\"«=NUM»\\\"}\"}], \"monitorList\": [{\"name\": "
     "\"router\", \"hostname\": \"«IP»\"}]}\nthis is the backup file, can I restore only the notifications?"),
    ("azcopy", None, "$ azcopy copy ./exports "
     "'https://«=WORD»store.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co"
     "&sp=rwdlac&se=2025-12-31T23:59:59Z&spr=https&sig=«SASSIG»' --recursive\nINFO: Scanning...\n"
     "failed to perform copy command due to error: AuthorizationPermissionMismatch\n"
     "$ az keyvault secret show --vault-name kv-«=WORD» -n sftp-key --query value\n\"«PEMJSON»\""),
    ("sshkeygen", None, "$ ssh-keygen -y -f deploy.pem\nLoad key \"deploy.pem\": invalid format\n$ cat "
     "deploy.pem\n«PEM»\n"
     "$ file deploy.pem\ndeploy.pem: ASCII text, with CRLF line terminators\n\ngot it by mail from «NAME» "
     "(⟦«~TOOL5»⟧ team)"),
    ("errbot", None, "# config.py\nBACKEND = 'Slack'\nBOT_IDENTITY = {\n    'token': '«SLACK»',\n}\n"
     "BOT_ADMINS = ('@«DOTNAME»',)\nBOT_DATA_DIR = '/srv/errbot/data'\n# the bot DMs «NAME» at «PHONEH5» when it dies"),
    ("dwolla", ["en"], "POST /customers HTTP/1.1\nAuthorization: Bearer «TOKEN»\nContent-Type: "
     "application/vnd.dwolla.v1.hal+json\n\n"
     "{\"firstName\": \"«FIRST:a»\", \"lastName\": \"«LAST:a»\", \"email\": \"«EMAIL:a»\", \"type\": \"personal\", "
     "\"dateOfBirth\": \"«DOBISO»\", \"ssn\": \"«SSNDASH»\", \"phone\": \"«MSISDN5»\"}\n\n"
     "POST /customers/⟦«~UUID»⟧/funding-sources\n{\"routingNumber\": \"«ABA»\", \"accountNumber\": \"⟦«=NUM12»⟧\", "
     "\"bankAccountType\": \"checking\", \"name\": \"«FIRST:a»'s checking\"}\n→ 400 ValidationError on ssn"),
    ("checkr", ["en"], "curl -X POST https://api.checkr.com/v1/candidates -u «HEXTOKEN»: \\\n  -d first_name=«FIRST:c» "
     "-d last_name=«LAST:c» -d email=«EMAIL:c» -d phone='«PHONEH5:c»' \\\n  -d dob=«DOBISO» -d ssn=«SSNSP:s» "
     "-d zipcode=⟦«=NUM»⟧\n{\"error\": \"Ssn format is invalid\"} — «FIRST:c» swears «SSNSP:s» is right"),
    # ---- debug dumps and logs ----
    ("richtraceback", None, "╭──────────── Traceback (most recent call last) ────────────╮\n"
     "│ /srv/app/billing.py:88 in charge                            │\n"
     "│ ❱  88 │   resp = client.post(url, json=body)               │\n"
     "│ ╭──────────────────── locals ─────────────────────╮        │\n"
     "│ │ api_key = '«STRIPE»' │\n│ │    body = {'name': '«NAME»', 'iban': '«IBAN»'} │\n"
     "│ │     url = 'https://api.«=WORD».com/v1/charges'  │\n"
     "│ ╰─────────────────────────────────────────────────╯        │\n"
     "╰─────────────────────────────────────────────────────────────╯\nHTTPStatusError: '402 Payment Required'"),
    ("debugdump", None, "irb(main):003> u = User.find_by(email: \"«EMAIL:a»\")\n=> #<User id: ⟦«=NUM»⟧, "
     "first_name: \"«FIRST:a»\", last_name: \"«LAST:a»\", email: \"«EMAIL:a»\", phone: \"«PHONEH5»\", "
     "date_of_birth: \"«DOBISO»\", encrypted_password: ⟦[FILTERED]⟧, created_at: \"⟦«~ISODATE»⟧ 09:12:01\">\n"
     "irb(main):004> u.update!(password: \"«PWH5»\")\nActiveRecord::RecordInvalid: Validation failed"),
    ("debugdump", None, "Array\n(\n    [customer] => Array\n        (\n            [name] => «NAME»\n"
     "            [email] => «EMAIL»\n            [telefono] => «PHONEH5»\n            [iban] => «IBAN»\n"
     "            [birthdate] => «DOBH5»\n        )\n\n    [gateway] => Array\n        (\n"
     "            [api_key] => «HEXTOKEN»\n            [smtp_pass] => «PWH5»\n        )\n\n)\n"
     "print_r of the order hook, why is birthdate empty for some customers?"),
    ("debugdump", ["en"], "2025/03/14 10:22:01 handler.go:57: creating account: &{ID:0 Name:«NAME» Email:«EMAIL» "
     "Phone:«PHONEH5» SSN:«SSNPLAIN» Routing:«ABA» Password:«PWH5» Plan:pro}\n"
     "2025/03/14 10:22:01 handler.go:61: pq: duplicate key value violates unique constraint \"accounts_email_key\""),
    ("iislog", None, "#Software: Microsoft Internet Information Services 10.0\n"
     "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip sc-status\n"
     "⟦«~ISODATE»⟧ 08:14:22 «IP:s» GET /api/export token=«URLTOKEN»&user=«EMAIL» 443 - «IP» 200\n"
     "⟦«~ISODATE»⟧ 08:14:25 «IP:s» POST /login.aspx - 443 «DOTNAME» «IPV6» 302"),
    ("telephony", None, "\"accountcode\",\"src\",\"dst\",\"dcontext\",\"clid\",\"lastapp\",\"start\",\"duration\","
     "\"disposition\"\n\"\",\"«MSISDN5:a»\",\"200\",\"from-trunk\",\"\"\"«NAME:a»\"\" <«MSISDN5:a»>\",\"Dial\","
     "\"⟦«~LOGTS»⟧\",\"64\",\"ANSWERED\"\n\"\",\"201\",\"«MSISDN5:b»\",\"from-internal\",\"\"\"«NAME:c»\"\" <201>\","
     "\"Dial\",\"⟦«~LOGTS»⟧\",\"0\",\"NO ANSWER\"\n\nwho called the support line most this week?"),
    ("telephony", None, "[trunk-auth]\ntype=auth\nauth_type=userpass\nusername=«MSISDN5:t»\npassword=«PWH5»\n\n"
     "[200]\ntype=endpoint\ncallerid=\"«NAME»\" <«MSISDN5»>\nmailboxes=200@default\n\n[200-auth]\ntype=auth\n"
     "username=200\npassword=«PASSWORD»\n\nregistration to «IP»:5060 fails with 403 Forbidden"),
    # ---- machine set-up ----
    ("autoinstall", None, "#version=RHEL9\nlang en_US.UTF-8\nnetwork --bootproto=static --ip=«IP» "
     "--netmask=⟦255.255.254.0⟧ --hostname=build-«=NUM»\nrootpw --plaintext «PWH5»\n"
     "user --name=«=USER» --password=«PASSWORD» --groups=wheel\nsshkey --username=«=USER» \"ssh-ed25519 "
     "⟦«~SSHPUB5»⟧ «EMAIL»\"\n%packages\n@^minimal-environment\n%end"),
    ("autoinstall", None, "d-i netcfg/get_hostname string «=WORD»-01\nd-i passwd/root-password password «PWH5:r»\n"
     "d-i passwd/root-password-again password «PWH5:r»\nd-i passwd/user-fullname string «NAME»\n"
     "d-i passwd/username string «DOTNAME»\nd-i passwd/user-password password «PASSWORD:u»\n"
     "d-i passwd/user-password-again password «PASSWORD:u»\n"
     "d-i mirror/http/proxy string http://«=USER»:«URLPASS»@«IP»:3128/"),
    ("autoinstall", None, "<UserAccounts>\n  <AdministratorPassword>\n    <Value>«PWH5»</Value>\n"
     "    <PlainText>true</PlainText>\n  </AdministratorPassword>\n  <LocalAccounts>\n"
     "    <LocalAccount wcm:action=\"add\">\n      <Name>«DOTNAME:a»</Name>\n      "
     "<DisplayName>«NAME:a»</DisplayName>\n"
     "      <Password><Value>«B64PASSWORD»</Value><PlainText>false</PlainText></Password>\n    </LocalAccount>\n"
     "  </LocalAccounts>\n</UserAccounts>\n<RegisteredOwner>«NAME:a»</RegisteredOwner>\n"
     "<ProductKey>⟦W269N-WFGWX-YVC9B-4J6C9-T83GX⟧</ProductKey>"),
    ("autoinstall", None, "#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    root:«PWH5»\n"
     "    «=USER»:«PASSWORD»\nwrite_files:\n  - path: /etc/app.env\n    content: |\n"
     "      DATABASE_URL=postgres://app:«URLPASS»@«IP»:5432/app\n      MAILGUN_API_KEY=key-«HEXTOKEN»\nruncmd:\n"
     "  - curl -H \"Authorization: Bearer «TOKEN»\" https://cfg.«=WORD».io/bootstrap | sh"),
    ("filezilla", None, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FileZilla3 version=\"⟦«~VERSION»⟧\" "
     "platform=\"windows\">\n  <Servers>\n    <Server>\n      <Host>«IP»</Host>\n      <Port>21</Port>\n"
     "      <User>«DOTNAME»</User>\n      <Pass encoding=\"base64\">«B64PASSWORD»</Pass>\n"
     "      <Name>«NAME» webshop</Name>\n    </Server>\n  </Servers>\n</FileZilla3>\n"
     "the site manager lost all my sites, can I get them back from this?"),
    ("nextcloud", None, "<?php\n$CONFIG = array (\n  'passwordsalt' => '«HEXTOKEN»',\n  'secret' => '«B64KEY»',\n"
     "  'dbtype' => 'mysql',\n  'dbhost' => '«IP»:3306',\n  'dbuser' => 'nextcloud',\n  'dbpassword' => '«PWH5»',\n"
     "  'mail_smtpname' => '«EMAIL»',\n  'mail_smtppassword' => '«PASSWORD»',\n"
     "  'trusted_domains' => array (0 => 'cloud.«=WORD».no'),\n);"),
    ("synapse", None, "server_name: \"matrix.«=WORD».org\"\nregistration_shared_secret: \"«PWH5»\"\n"
     "macaroon_secret_key: \"«HEXTOKEN»\"\ndatabase:\n  name: psycopg2\n  args:\n    user: synapse\n"
     "    password: \"«PASSWORD»\"\n    host: «IP»\nemail:\n  smtp_user: «EMAIL»\n  smtp_pass: \"«PWH5:m»\"\n"
     "  notif_from: \"⟦Your Friendly %(app)s homeserver⟧ <noreply@«=WORD».org>\"\nadmin_contact: 'mailto:«EMAIL:a»'"),
    ("radius", None, "# clients.conf\nclient office-ap {\n    ipaddr = «IP»\n    secret = «PWH5»\n}\n"
     "# mods-config/files/authorize\n«DOTNAME:a»   Cleartext-Password := \"«PASSWORD:a»\"\n"
     "«DOTNAME:b»   Cleartext-Password := \"«PASSWORD4»\"\n\n"
     "radtest «DOTNAME:a» «PASSWORD:a» localhost 0 ⟦testing123⟧ gives Access-Reject"),
    ("fail2ban", None, "$ sudo fail2ban-client status sshd\nStatus for the jail: sshd\n|- Filter\n"
     "|  `- Currently failed:\t3\n`- Actions\n   |- Currently banned:\t2\n   `- Banned IP list:\t«IP:a» «IP:b»\n"
     "$ grep «IP:a» /var/log/auth.log | tail -2\n⟦«~SYSLOGTS»⟧ web1 sshd[«=PID»]: Failed password for invalid user "
     "«=USER» from «IP:a» port «=PORT» ssh2\n⟦«~SYSLOGTS»⟧ web1 sshd[«=PID»]: Failed password for «DOTNAME» from "
     "«IPV6» port «=PORT» ssh2\n\nis «IP:b» one of ours? the office in ⟦«~CITY»⟧ maybe"),
    ("sqlplus", None, "$ sqlplus «=USER»/«PASSWORD:s»@//«IP»:1521/ORCLPDB1\n\nSQL*Plus: Release ⟦19.0.0.0.0⟧ - "
     "Production\nERROR:\nORA-28000: The account is locked.\n\n$ sqlplus / as sysdba\n"
     "SQL> ALTER USER «=USER» IDENTIFIED BY \"«PWH5»\" ACCOUNT UNLOCK;\n"
     "SQL> SELECT first_name, last_name, phone_number FROM hr.employees WHERE employee_id = ⟦«=NUM»⟧;\n"
     "FIRST_NAME           LAST_NAME                 PHONE_NUMBER\n"
     "-------------------- ------------------------- --------------------\n«FIRST:e»     «LAST:e»     «PHONEH5»"),
    ("packer", None, "source \"vsphere-iso\" \"win2022\" {\n  vcenter_server  = \"vcenter.«=WORD».local\"\n"
     "  username        = \"«EMAIL»\"\n  password        = \"«PWH5»\"\n  winrm_username  = \"Administrator\"\n"
     "  winrm_password  = \"«PASSWORD»\"\n  floppy_files    = [\"autounattend.xml\"]\n}\n\n"
     "packer build hangs at Waiting for WinRM to become available"),
    # ---- people's exports and support ----
    ("appexport", None, "{\n  \"User\": {\n    \"birth_date\": \"«DOBH5»\",\n    \"create_date\": \"⟦«~ISOTS»⟧\",\n"
     "    \"email\": \"«EMAIL»\",\n    \"full_name\": \"«NAME:a»\",\n    \"phone_id\": \"«PHONEH5»\",\n"
     "    \"jobs\": [{\"company\": {\"name\": \"⟦«~BRAND»⟧\"}}],\n    \"bio\": \"⟦«~DISH5»⟧ enthusiast\"\n  },\n"
     "  \"Messages\": [{\"match_id\": \"Match ⟦«=NUM»⟧\", \"messages\": [{\"message\": \"text me here «PHONE4»\"}]}]\n"
     "}\nI asked the app for my data, what does phone_id mean?"),
    ("appexport", None, "{\n \"name\": \"«NAME:a»\",\n \"type\": \"personal_chat\",\n \"messages\": [\n"
     "  {\"id\": 1, \"type\": \"message\", \"date\": \"⟦«~ISOTS»⟧\", \"from\": \"«NAME:a»\", "
     "\"text\": \"new number: «PHONEH5»\"},\n  {\"id\": 2, \"type\": \"message\", \"from\": \"«NAME:b»\", "
     "\"text\": [\"wifi: \", {\"type\": \"code\", \"text\": \"«PASSPHRASE»\"}]},\n"
     "  {\"id\": 3, \"type\": \"message\", \"from\": \"«NAME:a»\", \"text\": \"IBAN for the cabin: «IBAN»\"}\n ]\n}"),
    ("livechat", ["en"], "Chat transcript — ⟦«~BRAND»⟧ support\nVisitor: «NAME:v» («EMAIL:v»)\nIP: «IP»\n\n"
     "[09:41:02] «FIRST:v»: hi, card «CARD» was charged twice\n[09:41:30] «FIRST:g»: Sorry to hear that! "
     "Can you confirm your date of birth?\n[09:42:05] «FIRST:v»: «DOBH5»\n[09:42:40] «FIRST:g»: Thanks. A number we "
     "can reach you on?\n[09:43:01] «FIRST:v»: «PHONEH5» after 5pm\n\nsummarise this for the refund ticket"),
    ("livechat", ["es"], "Transcripción del chat — ⟦«~BRAND»⟧\nVisitante: «NAME:v» («EMAIL:v»)\n\n"
     "[10:02] «FIRST:v»: hola, me han cobrado dos veces en la tarjeta «CARD»\n[10:03] «FIRST:g»: ¿Me confirma su fecha "
     "de nacimiento?\n[10:03] «FIRST:v»: «DOBH5»\n[10:04] «FIRST:g»: ¿Y un teléfono de contacto?\n"
     "[10:04] «FIRST:v»: «PHONEH5», por las tardes\n\nresúmelo para el ticket de devolución"),
    ("debugdump", None, "INFO:webhooks:received {\"event\": \"customer.updated\", \"customer\": {\"name\": "
     "\"«NAMEU5:a»\", \"email\": \"«EMAIL»\", \"phone\": \"«MSISDN5»\", \"iban\": \"«IBAN»\"}, "
     "\"signature\": \"«HEXTOKEN»\"}\nWARNING:webhooks:duplicate delivery for \"«NAMEU5:a»\", skipping\n"
     "why are the names full of \\u00 codes in our log?"),
    ("jenkinslog", None, "Started by user «NAME:u»\nRunning on agent-«=NUM» in /var/lib/jenkins/workspace/deploy\n"
     "[deploy] $ /bin/sh -xe /tmp/jenkins«=NUM».sh\n+ docker login -u «DOTNAME:u» -p ⟦****⟧ registry.«=WORD».io\n"
     "+ curl -u admin:«PWH5» -X POST http://«IP»:8080/job/nightly/build\n"
     "+ ssh deploy@«IP» DB_PASSWORD=«PASSWORD» ./migrate.sh\nERROR: script returned exit code 255\nFinished: FAILURE"),
    ("expenses", ["no"], "REISEREGNING\nNavn: «NAME:a»\nFødselsnummer: «FNRSP»\nKontonummer for utbetaling: «IBAN»\n"
     "Reise: ⟦«~CITY»⟧ – ⟦«~CITY»⟧, ⟦«~DATE»⟧\nDiett: ⟦«~AMOUNT»⟧\nGodkjent av: «NAME:b»\n\n"
     "Hvorfor avviser lønnssystemet denne?"),
    ("expenses", ["sv"], "RESERÄKNING\nNamn: «LASTSP5»\nPersonnummer: «PNR10»\nClearingnr/konto: ⟦«=NUM»⟧\n"
     "Resa: ⟦«~CITY»⟧, ⟦«~DATE»⟧\nTraktamente: ⟦«~AMOUNT»⟧\nAttesterad av: «NAME:b», «PHONEH5»"),
    ("expenses", ["de"], "Reisekostenabrechnung\nMitarbeiter: «LASTFIRST:a»\nPersonalnummer: ⟦«=NUM»⟧\n"
     "Bankverbindung: «IBAN»\nReiseziel: ⟦«~CITY»⟧\nVerpflegungsmehraufwand: ⟦«~AMOUNT»⟧\n"
     "Genehmigt: «NAME:b» (Tel. «PHONEH5»)"),
    ("appexport", None, "Name,Given Name,Family Name,Birthday,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
     "Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Notes\n«NAME:a»,«FIRST:a»,«LAST:a»,«DOBISO»,* Home,«EMAIL:a»,"
     "Mobile,«PHONEH5:a»,Work,«PHONE4»,\n«NAME:b»,«FIRST:b»,«LAST:b»,,* Work,«EMAIL:b»,Mobile,«MSISDN5»,,,"
     "⟦«~FEAST5»⟧ party\n\nwhy does the import put everyone in Other contacts?"),
    # ---- clinical papers ----
    ("discharge", ["en"], "DISCHARGE SUMMARY\nPatient: «UPLAST:p», «FIRST:p»\nDOB: «DOBH5»   MRN: ⟦«=NUM»⟧\n"
     "Admitted: ⟦«~ISODATE»⟧   Discharged: ⟦«~ISODATE»⟧\nDiagnosis: ⟦«~EPONYM5»⟧ (⟦«~ICD5»⟧)\n"
     "Attending: Dr «NAME:d»\nFollow-up: GP to review bloods. Patient «PHONEH5», next of kin «NAME:k» (daughter) "
     "«PHONE4»"),
    ("discharge", ["no"], "EPIKRISE\nPasient: «NAME:p», f. «FNR»\nInnlagt ⟦«~DATE»⟧, utskrevet ⟦«~DATE»⟧\n"
     "Diagnose: ⟦«~EPONYM5»⟧ (⟦«~ICD5»⟧)\nPårørende: «NAME:k» (sønn), tlf. «PHONEH5»\n"
     "Epikrise sendt fastlege «NAME:d», ⟦«~CITY»⟧ legesenter."),
    ("discharge", ["de"], "Entlassungsbrief\n\nSehr geehrte Frau Kollegin «LAST:d»,\n\nwir berichten über Herrn "
     "«NAME:p», geb. «DOBH5», der sich vom ⟦«~DATE»⟧ bis ⟦«~DATE»⟧ in unserer stationären Behandlung befand.\n"
     "Diagnosen: ⟦«~EPONYM5»⟧ (⟦«~ICD5»⟧)\nRückfragen unter «PHONEH5».\n\nMit freundlichen kollegialen Grüßen\n"
     "Dr. med. «NAME:o»"),
    ("discharge", ["fr"], "COMPTE RENDU D'HOSPITALISATION\nPatient : «NOMPRENOM5»\nNé le : «DOBH5»\n"
     "Motif : ⟦«~EPONYM5»⟧\nMédecin traitant : Dr «NAME:d»\nPersonne à contacter : «NAME:k», «PHONEH5»"),
    ("discharge", ["sv"], "EPIKRIS\nPatient: «LASTSP5»\nPersonnummer: «PNR»\nDiagnos: ⟦«~EPONYM5»⟧ (⟦«~ICD5»⟧)\n"
     "Ansvarig läkare: «NAME:d»\nAnhörig: «NAME:k», «PHONEH5»"),
    ("discharge", ["es"], "INFORME DE ALTA\nPaciente: «LASTSP5»\nFecha de nacimiento: «DOBH5»\n"
     "Diagnóstico principal: ⟦«~EPONYM5»⟧ (⟦«~ICD5»⟧)\nMédico responsable: Dra. «NAME:d»\n"
     "Teléfono de contacto: «PHONEH5»"),
    ("labresult", None, "LAB REPORT\nName: «NAME:p»   DOB: «DOBH5»\nRequested by: Dr «LAST:d»\n"
     "Collected: ⟦«~ISODATE»⟧ 07:45\n\nTest          Result   Reference\nSodium        139      ⟦135–145 mmol/L⟧\n"
     "CRP           12       ⟦< 5 mg/L⟧\nTSH           3.1      ⟦0.27–4.2 mIU/L⟧\n\n"
     "Comment: phoned to «FIRST:p» on «PHONEH5», ⟦«~ISODATE»⟧"),
    ("labresult", ["de"], "Laborbefund\nPatient: «LASTFIRST», geb. «DOBH5»\nEinsender: Praxis Dr. «LAST:d», "
     "⟦«~CITY»⟧\n\nParameter     Wert    Referenz\nKalium        4,9     ⟦«~RANGE5»⟧\nKreatinin     88      "
     "⟦60–105 µmol/L⟧\n\nBefund telefonisch an «NAME:r» («PHONEH5») durchgegeben."),
    ("labresult", ["sv"], "Provsvar\nPatient: «LASTSP5»\nPersonnummer: «PNR»\nRemittent: «NAME:d», "
     "⟦«~CITY»⟧ vårdcentral\n\nAnalys       Resultat   Referens\nB-Hb         ⟦131⟧        ⟦117–153 g/L⟧\n"
     "P-Natrium    140        ⟦«~RANGE5»⟧\n\nSvar meddelat patienten på «PHONEH5»."),
    ("sicknote", ["en"], "Statement of Fitness for Work\nPatient's name: «NAME:p»\nDate of birth: «DOBH5»\n"
     "National Insurance number: «NINOSP»\nI assessed your case on: ⟦«~ISODATE»⟧\n"
     "because of the following condition(s): ⟦«~EPONYM5»⟧\nDoctor: «INITIAL:d», ⟦The «~CITY» Surgery⟧"),
    ("sicknote", ["no"], "Sykmelding\nNavn: «NAME:p»\nFødselsnummer: «FNRSP»\nArbeidsgiver: ⟦«~BRAND»⟧\n"
     "Periode: ⟦«~DATE»⟧ – ⟦«~DATE»⟧, 100 %\nDiagnose: ⟦«~ICD5»⟧ ⟦«~EPONYM5»⟧\nSykmelder: «NAME:d», tlf. «PHONEH5»"),
    ("sicknote", ["de"], "Arbeitsunfähigkeitsbescheinigung\nName, Vorname des Versicherten: «LASTFIRST:p»\n"
     "geb. am «DOBH5»\narbeitsunfähig seit ⟦«~DATE»⟧, voraussichtlich bis einschließlich ⟦«~DATE»⟧\n"
     "Diagnose: ⟦«~ICD5»⟧ G\nArzt: «NAME:d», Tel. «PHONEH5»"),
    ("sicknote", ["fr"], "AVIS D'ARRÊT DE TRAVAIL\nAssuré : «NOMPRENOM5»\nDate de naissance : «DOBH5»\n"
     "Employeur : ⟦«~BRAND»⟧\nArrêt du ⟦«~DATE»⟧ au ⟦«~DATE»⟧\nMédecin : Dr «NAME:d», «PHONEH5»"),
    ("vaccination", ["en"], "VACCINATION RECORD\nName: «UPNAME»\nDate of birth: «DOBH5»\n\n"
     "Vaccine          Date         Batch      Given by\n⟦«~VACCINE5»⟧   ⟦«~ISODATE»⟧   ⟦«=NUM»⟧   «INITIAL:n»\n"
     "Travel clinic contact: «PHONEH5»"),
    ("vaccination", ["sv"], "Vaccinationsintyg\nNamn: «LASTSP5»\nPersonnummer: «PNR12»\n\n"
     "Vaccin           Datum        Sats       Vaccinatör\n⟦«~VACCINE5»⟧   ⟦«~ISODATE»⟧   ⟦«=NUM»⟧   «NAME:n»\n"
     "Frågor: ring «PHONEH5»"),
    # ---- bookkeeping and money ----
    ("bookkeeping", ["de"], "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto;Belegdatum;"
     "Belegfeld 1;Buchungstext\n1200,00;S;EUR;⟦«~ACCT5»⟧;1800;0303;RE⟦«=NUM»⟧;Miete «NAME:a»\n"
     "3450,00;S;EUR;4120;1800;2803;LA03;Gehalt «LASTFIRST:b» IBAN «IBAN»\n89,90;S;EUR;4930;1800;1503;;"
     "Erstattung «NAME:c» Steuer-ID «STEUER»\n\nDATEV sagt: Buchungstext zu lang, was kürze ich?"),
    ("bookkeeping", ["sv"], "#FLAGGA 0\n#PROGRAM \"Fortnox\" ⟦«~VERSION»⟧\n#SIETYP 4\n#FNAMN \"⟦«~BRAND»⟧ AB\"\n"
     "#ORGNR ⟦«~ORGSE5»⟧\n#ADRESS \"«NAME:k»\" \"Storgatan 1\" \"⟦«=NUM»⟧ ⟦«~CITY»⟧\" \"«PHONEH5»\"\n"
     "#KONTO 1930 \"Företagskonto\"\n#VER A ⟦«=NUM»⟧ 20250325 \"Lön mars «NAME:a»\"\n{\n#TRANS 7210 {} 38500.00\n"
     "#TRANS 1930 {} -28700.00 \"\" \"«NAME:a» «PNR»\"\n}"),
    ("bookkeeping", ["no"], "<Customers>\n  <Customer>\n    <Name>«NAME:c»</Name>\n    <Contact>\n      <ContactPerson>"
     "<FirstName>«FIRST:c»</FirstName><LastName>«LAST:c»</LastName></ContactPerson>\n"
     "      <Telephone>«PHONEH5»</Telephone>\n      <Email>«EMAIL:c»</Email>\n    </Contact>\n"
     "    <BankAccount><IBANNumber>«IBAN»</IBANNumber></BankAccount>\n    <CustomerID>⟦«=NUM»⟧</CustomerID>\n"
     "  </Customer>\n</Customers>\nSAF-T-valideringen klager på BankAccount, hva er feil?"),
    ("mt103", None, "{1:F01⟦«~BIC5»⟧XXXX⟦«=NUM»⟧}{2:I103⟦«~BIC5»⟧XXXXN}{4:\n:20:⟦«~TICKET»⟧\n:23B:CRED\n"
     ":32A:250314EUR⟦«=NUM»⟧,00\n:50K:/«IBAN:o»\n«UPNAME:o»\n:59:/«IBAN:b»\n«UPNAME:b»\n:70:RENT MARCH\n:71A:SHA\n-}\n"
     "the bank returned it, is the :59: field wrong?"),
    ("sepamandate", ["de"], "SEPA-Lastschriftmandat\nZahlungsempfänger: ⟦«~BRAND»⟧ GmbH\n"
     "Gläubiger-Identifikationsnummer: ⟦«~CREDDE5»⟧\nMandatsreferenz: ⟦«~TICKET»⟧\n"
     "Kontoinhaber: «LASTFIRST:k»\nIBAN: «IBAN»\nBIC: ⟦«~BIC5»⟧\nOrt, Datum: ⟦«~CITY»⟧, ⟦«~DATE»⟧\n"
     "Unterschrift: «NAME:k»"),
    ("sepamandate", ["fr"], "MANDAT DE PRÉLÈVEMENT SEPA\nCréancier : ⟦«~BRAND»⟧\nICS : ⟦«~CREDFR5»⟧\n"
     "Débiteur : «NOMPRENOM5»\nIBAN : «IBAN»\nBIC : ⟦«~BIC5»⟧\nFait à ⟦«~CITY»⟧ le ⟦«~DATE»⟧"),
    ("sepamandate", ["es"], "ORDEN DE DOMICILIACIÓN DE ADEUDO DIRECTO SEPA\nIdentificador del acreedor: "
     "⟦«~CREDES5»⟧\nNombre del deudor: «NAME»\nNúmero de cuenta (IBAN): «IBAN»\nSWIFT BIC: ⟦«~BIC5»⟧\n"
     "Teléfono: «PHONEH5»\nLugar y fecha: ⟦«~CITY»⟧, ⟦«~DATE»⟧"),
    ("donation", ["no"], "Skattefradrag for gaver\nGiver: «NAME:g»\nFødselsnummer: «FNR»\nBeløp 2024: ⟦«~AMOUNT»⟧\n"
     "Mottaker: Kirkens Bymisjon (org.nr. ⟦«~ORGNR»⟧)\nE-post: «EMAIL:g»\n\n"
     "Kommer dette med i skattemeldingen automatisk?"),
    ("donation", ["de"], "Zuwendungsbestätigung\nName und Anschrift des Zuwendenden: «NAME:g», Bahnhofstraße 4, "
     "⟦«~CITY»⟧\nIdentifikationsnummer: «STEUERSP»\nBetrag der Zuwendung: ⟦«~AMOUNT»⟧\n"
     "Tag der Zuwendung: ⟦«~DATE»⟧\nEmpfänger: ⟦Deutsches Rotes Kreuz⟧"),
    ("carsale", ["no"], "KJØPEKONTRAKT FOR BRUKT KJØRETØY\nSelger: «NAME:s», f.nr. «FNRSP»\nTlf.: «PHONEH5»\n"
     "Kjøper: «NAME:k», fødselsdato «DOBH5»\nTlf.: «PHONE4»\nKjøretøy: Volvo V70, reg.nr. ⟦«~PLATE5»⟧\n"
     "Kjøpesum ⟦«~AMOUNT»⟧ betales til konto «IBAN»\n⟦«~CITY»⟧, ⟦«~DATE»⟧"),
    ("carsale", ["sv"], "KÖPEKONTRAKT BIL\nSäljare: «LASTSP5»\nPersonnummer: «PNR»\nMobil: «PHONEH5»\n"
     "Köpare: «NAME:k», född «DOBH5»\nRegistreringsnummer: ⟦«~PLATE5»⟧\nKöpeskilling: ⟦«~AMOUNT»⟧\n"
     "Ort och datum: ⟦«~CITY»⟧ ⟦«~DATE»⟧"),
    ("poa", ["no"], "FULLMAKT\nUndertegnede «NAME:a», fødselsnummer «FNR», gir herved «NAME:b», født «DOBH5», "
     "fullmakt til å hente ut pakker og rekommanderte brev i mitt navn.\n⟦«~CITY»⟧, ⟦«~DATE»⟧\n«NAME:a»"),
    ("poa", ["de"], "VOLLMACHT\nHiermit bevollmächtige ich, «NAME:a», geboren am «DOBH5», Steuer-ID «STEUER», "
     "Frau/Herrn «NAME:b» (Tel. «PHONEH5»), mich gegenüber dem Finanzamt ⟦«~CITY»⟧ zu vertreten.\n"
     "⟦«~CITY»⟧, den ⟦«~DATE»⟧"),
    ("poa", ["fr"], "PROCURATION\nJe soussigné(e) «NOMPRENOM5», né(e) le «DOBH5», donne procuration à «NAME:b», "
     "joignable au «PHONEH5», pour retirer en mon nom un recommandé à La Poste de ⟦«~CITY»⟧."),
    ("poa", ["es"], "AUTORIZACIÓN\nYo, «NAME:a», con fecha de nacimiento «DOBH5», autorizo a «NAME:b», con teléfono "
     "«PHONEH5», a recoger en mi nombre el certificado en la oficina de Correos de ⟦«~CITY»⟧."),
    ("leaverform", ["en"], "P45 Part 1A\n1 Employer PAYE reference ⟦«=NUM»/AB«=NUM»⟧\n2 Employee's National Insurance "
     "number «NINO»\n3 Surname «UPLAST:e»  First name(s) «UPFIRST:e»\n4 Leaving date ⟦«~ISODATE»⟧\n"
     "6 Tax code at leaving date ⟦1257L⟧\n8 Date of birth «DOBH5»\nEmployee's private address: ⟦«~CITY»⟧\n\n"
     "what do I do with part 1A?"),
    ("leaverform", ["en"], "RECORD OF EMPLOYMENT\nBlock 6  Social Insurance Number: «SINSP»\nBlock 9  Employee's name "
     "and address: «UPNAME:e», ⟦«~CITY»⟧\nBlock 10 First day worked: ⟦«~ISODATE»⟧\nBlock 16 Reason for issuing: K\n"
     "Block 17 Contact: «NAME:c», «PHONEH5»\nemployee's new number: «PHONE4»"),
]

HELDOUT5_PROSE = {
    "en": [
        "⟦Quick⟧ one: «NAME:a»'s new mobile is «PHONEH5:a» — «FIRST:a» asked me to pass it on.",
        "«DOBH5» — that's the birthday on «FIRST»'s passport, the clinic keeps asking for it.",
        "the staging db password got rotated, it's «PWH5» now (yes with the symbols).",
        "⟦Stripe⟧ docs say use ⟦«~SAMPLE5»⟧ for testing; my actual card is «CARD», exp next year.",
        "«SSNSP» is her social, and the routing number on the check is «ABA».",
        "«NAME» has ⟦«~EPONYM5»⟧ and can't do the ⟦«~FEAST5»⟧ dinner; call «PHONEH5» instead of mailing.",
        "⟦Sorry⟧, wrong paste earlier. send the refund to «IBAN», that's «LOWNAME»'s account.",
        "can you text «MSISDN5»? it's «FIRST»'s work number, she's at the ⟦«~BRAND»⟧ booth all day.",
        "⟦Bring⟧ ⟦«~DISH5»⟧ on sunday! also the ssh box is «IP», user «=USER», pw «PWH5».",
        "«NAME:a» (DOB «DOBH5:a», NI number «NINOSP») and «NAME:b» (SIN «SIN») both need the form. ⟦«~SIGN5»⟧",
    ],
    "no": [
        "⟦Kjapt⟧ spørsmål: «NAME:a» har nytt nummer, «PHONEH5:a», sa «FIRST:a».",
        "«DOBH5» er bursdagen til «FIRST», legekontoret spør hele tiden.",
        "passordet til testdatabasen er byttet, nå er det «PWH5» (ja, med tegnene).",
        "⟦Send⟧ refusjonen til «IBAN», det er kontoen til «LOWNAME».",
        "fødselsnummeret mitt er «FNRSP», og du når meg på «PHONEH5» etter fire.",
        "«NAME» har ⟦«~EPONYM5»⟧ og rekker ikke ⟦«~FEAST5»⟧; ring «PHONEH5» heller enn å sende e-post.",
        "⟦Ta⟧ med ⟦«~DISH5»⟧ på søndag! serveren er «IP», bruker «=USER», passord «PWH5».",
        "«FNR» — det er fødselsnummeret til mamma, «NAME», hvis NAV spør.",
        "kan du sende sms til «MSISDN5»? det er jobbnummeret til «FIRST», hun står på standen til ⟦«~BRAND»⟧.",
        "«NAME:a» (født «DOBH5:a») og «NAME:b» trenger begge sykmelding. ⟦«~SIGN5»⟧",
    ],
    "sv": [
        "⟦Snabb⟧ fråga: «NAME:a» har nytt nummer, «PHONEH5:a», hälsade «FIRST:a».",
        "«DOBH5» är födelsedagen för «FIRST», vårdcentralen frågar hela tiden.",
        "lösenordet till testdatabasen är bytt, nu är det «PWH5» (ja, med tecknen).",
        "⟦Skicka⟧ återbetalningen till «IBAN», det är kontot till «LOWNAME».",
        "personnumret är «PNR12» och du når mig på «PHONEH5» efter fyra.",
        "«NAME» har ⟦«~EPONYM5»⟧ och hinner inte till ⟦«~FEAST5»⟧; ring «PHONEH5» hellre än att mejla.",
        "⟦Ta⟧ med ⟦«~DISH5»⟧ på söndag! servern är «IP», användare «=USER», lösen «PWH5».",
        "«PNR», det är mammas personnummer, «LASTSP5», om Försäkringskassan frågar.",
        "kan du sms:a «MSISDN5»? det är jobbnumret till «FIRST», hon står i montern hos ⟦«~BRAND»⟧.",
        "«NAME:a» (född «DOBH5:a») och «NAME:b» behöver båda läkarintyg. ⟦«~SIGN5»⟧",
    ],
    "de": [
        "⟦Kurze⟧ Frage: «NAME:a» hat eine neue Nummer, «PHONEH5:a», soll ich von «FIRST:a» ausrichten.",
        "«DOBH5» ist der Geburtstag von «FIRST», die Praxis fragt ständig danach.",
        "das Passwort der Testdatenbank wurde geändert, jetzt «PWH5» (ja, mit den Sonderzeichen).",
        "⟦Schick⟧ die Erstattung bitte an «IBAN», das ist das Konto von «LOWNAME».",
        "meine Steuer-ID ist «STEUERSP», erreichbar bin ich unter «PHONEH5» ab 16 Uhr.",
        "«NAME» hat ⟦«~EPONYM5»⟧ und schafft ⟦«~FEAST5»⟧ nicht; lieber «PHONEH5» anrufen statt mailen.",
        "⟦Bring⟧ ⟦«~DISH5»⟧ am Sonntag mit! Der Server ist «IP», Benutzer «=USER», Kennwort «PWH5».",
        "«STEUER» — das ist die Steuer-ID von Mama, «NAME», falls das Finanzamt fragt.",
        "kannst du «MSISDN5» eine SMS schicken? Das ist die Diensthandynummer von «FIRST», sie ist am "
     "⟦«~BRAND»⟧-Stand.",
        "«NAME:a» (geb. «DOBH5:a») und «NAME:b» brauchen beide eine AU. ⟦«~SIGN5»⟧",
    ],
    "fr": [
        "⟦Petite⟧ question : «NAME:a» a un nouveau numéro, «PHONEH5:a», de la part de «FIRST:a».",
        "«DOBH5», c'est la date de naissance de «FIRST», le cabinet la redemande sans arrêt.",
        "le mot de passe de la base de test a changé, c'est «PWH5» maintenant (oui, avec les symboles).",
        "⟦Envoie⟧ le remboursement sur «IBAN», c'est le compte de «LOWNAME».",
        "«NOMPRENOM5», née le «DOBH5», joignable au «PHONEH5» après 16 h.",
        "«NAME» a une ⟦«~EPONYM5»⟧ et ne viendra pas pour ⟦«~FEAST5»⟧ ; appelle le «PHONEH5» plutôt que d'écrire.",
        "⟦Apporte⟧ une ⟦«~DISH5»⟧ dimanche ! le serveur c'est «IP», utilisateur «=USER», mot de passe «PWH5».",
        "«EMAIL», c'est l'adresse de «NAME», mets-la en copie.",
        "tu peux envoyer un SMS au «MSISDN5» ? c'est le numéro pro de «FIRST», elle est au stand ⟦«~BRAND»⟧.",
        "«NAME:a» (née le «DOBH5:a») et «NAME:b» ont besoin d'un arrêt de travail. ⟦«~SIGN5»⟧",
    ],
    "es": [
        "⟦Pregunta⟧ rápida: «NAME:a» tiene móvil nuevo, «PHONEH5:a», me pidió «FIRST:a» que te lo pasara.",
        "«DOBH5» es la fecha de nacimiento de «FIRST», en el centro de salud la piden siempre.",
        "han cambiado la contraseña de la base de pruebas, ahora es «PWH5» (sí, con los símbolos).",
        "⟦Manda⟧ el reembolso a «IBAN», es la cuenta de «LOWNAME».",
        "«NAME» tiene ⟦«~EPONYM5»⟧ y no llega a ⟦«~FEAST5»⟧; mejor llama al «PHONEH5» que escribir.",
        "⟦Trae⟧ ⟦«~DISH5»⟧ el domingo; el servidor es «IP», usuario «=USER», contraseña «PWH5».",
        "mi correo es «EMAIL» y mi móvil «PHONEH5», por si «NAME» no te contesta.",
        "«CARD» es la tarjeta de «FIRST»; la de pruebas es ⟦«~SAMPLE5»⟧, no las confundas.",
        "¿puedes mandar un SMS al «MSISDN5»? es el número del trabajo de «FIRST», está en el stand de ⟦«~BRAND»⟧.",
        "«NAME:a» (nacida el «DOBH5:a») y «NAME:b» necesitan la baja. ⟦«~SIGN5»⟧",
    ],
}
