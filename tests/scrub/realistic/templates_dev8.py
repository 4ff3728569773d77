"""templates_dev8.py — an eighth development half: telemetry and event payloads, identity and SaaS exports, mail
chains and scanned forms, papers of daily life, shell and process dumps.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py,
templates_dev5..dev7.py and a few cases of dev7.jsonl, never the scrubber's sources or data, or any held-out
template or case). Its shapes are none the earlier readable halves have: Android logcat, Sentry events, Datadog
log lines, OpenTelemetry spans, Kafka messages read with kcat, Avro schema and row dumps, Prisma schema and .env,
Hasura metadata, Keycloak realm exports, Auth0 rules, Okta SCIM payloads, Stripe webhooks, Twilio callbacks,
Salesforce SOQL results, HubSpot exports, Google Sheets CSV with comma decimals, Outlook "Original Message"
replies, forwarded mail headers in five languages, PDF-to-text forms (labels and values on separate lines), OCR
with slipped characters, SMS exports, voicemail transcriptions, tax forms (W-2, T4, P60,
Lohnsteuerbescheinigung, skattemelding, inkomstdeklaration, avis d'impôt, modelo 100), visa forms, clinical
trial CRFs, prescriptions, veterinary records, gym memberships, flight manifests, court filings, obituaries,
GEDCOM, `git log --format=fuller`, Kubernetes events, `systemctl show`, `ps auxe`, strace, PowerShell history
with `cmdkey` and `net use`, bash history with `sshpass`, `mysqldump` and `psql "postgresql://…"`, and SMB/FTP
URLs.

Its prose (nine per language) has values described in words, cues after the value and two clauses away,
lists of several people with their numbers, informal lowercase, and code-switching between languages.

Same syntax as templates.py. Slots of its own (DEV8_SECRETS): «DOB8» (a birth date in forms no earlier
generator writes, or one of birth_six()'s, one time in two), «PHONE8» (a phone in styles no earlier generator
writes, else one of phone_new()'s). Decoys: «~SHIP8», «~CLINIC8», «~PET8», «~MED8», «~SIGN8», «~HEAD8»,
«~SAMPLE8», «~TRACE8», «~SPAN8», «~OCR8», «~FORM8», «~SEAT8», «~KPI8»."""

DEV8_FIRST = {
    "en": ["Ptolemy", "Hepzibah", "Philippa-Jane", "Tobiah", "Jessamy", "Lysander", "Eudora", "Horatio",
           "Clementina", "Evander", "Theodosia", "Fitzwilliam"],
    "no": ["Bjørghild", "Torgunn", "Anne-Grete", "Alfhild", "Gjermund", "Tor-Inge", "Gunnvor", "Håvard-Olav",
           "Magnhild", "Ingolv", "Hallgeir", "Ingerid"],
    "sv": ["Gudmund", "Torsten", "Ann-Sofi", "Gullan", "Märtha", "Lars-Göran", "Gunnvald", "Britt-Inger",
           "Harald-Åke", "Tekla", "Ingeborg-Li", "Bengta"],
    "de": ["Heribert", "Gudrun-Maria", "Wendelin", "Theobald", "Adelgunde", "Ottokar", "Ruprecht", "Wolf-Dieter",
           "Dankwart", "Hiltraud", "Friedemann", "Notburga"],
    "fr": ["Gwenaëlle", "Thibaud", "Marie-Thérèse", "Amaury", "Sixtine", "Ghislain", "Maëlys", "Clotilde",
           "Philibert", "Josselin", "Ombeline", "Gontran"],
    "es": ["María del Mar", "Teodomiro", "José Luis", "Rosendo", "Herminia", "Custodia", "Ana Belén", "Segismundo",
           "Obdulia", "Telesforo", "Marcelino", "Eufemia"],
}
DEV8_LAST = {
    "en": ["Abernethy", "Featherby", "O'Driscoll", "Ravensworth", "Hollingsworth-Pike", "McConnachie", "Trevelyan",
           "Beauchamp", "Fotheringham", "Van Der Berg", "Quartermaine", "Blenkinsop"],
    "no": ["Heggelund", "Skjervheim", "Aas-Eng", "Solbakken", "Krokeide", "Lie-Nielsen", "Vestrheim", "Tjøtta",
           "Hoemsnes", "Ødegård-Lund", "Flåten", "Rød-Larsen"],
    "sv": ["Stenbock", "Wrangel", "Nyström-Berg", "Östling", "Granqvist", "Hedenius", "Ljunggren", "Lilliehöök",
           "Gyllenstierna", "Ekelund-Sahlin", "af Trolle", "Körling"],
    "de": ["Kästner-Wolf", "Hülsbeck", "Wöhrle", "Pfitzner", "Achenbach", "Überall", "Eichendorff",
           "von Oppersdorff", "Grünewald-Saß", "Fürstenau", "zu Solms", "Kreutzträger"],
    "fr": ["de Villepin", "Lacombe-Vidal", "Beaumarchais", "Létourneau", "Archambault", "Garnier-Sévigné",
           "Desrosiers", "Fauré", "du Pontavice", "Chastenet", "Ricqlès", "Lemaître-Roux"],
    "es": ["Ruiz-Jarabo", "Ybarra", "Fernández de Córdoba", "Montalbán", "Azcárate", "Landaluce", "Quiñones",
           "Garmendia", "de Urrutia", "Aguirrezabala", "Ortiz de Zárate", "Bárcena"],
}
DEV8_CITIES = {
    "en": ["Duluth", "Ipswich", "Moose Jaw", "Wagga Wagga", "Chilliwack", "Kirkcaldy"],
    "no": ["Kautokeino", "Stryn", "Fagernes", "Brekstad", "Kopervik", "Honningsvåg"],
    "sv": ["Sala", "Hudiksvall", "Ljusdal", "Sunne", "Askersund", "Strömsund"],
    "de": ["Flensburg", "Husum", "Bad Tölz", "Wernigerode", "Lindau", "Meppen"],
    "fr": ["Brive-la-Gaillarde", "Lons-le-Saunier", "Dax", "Morlaix", "Pontarlier", "Guéret"],
    "es": ["Jaca", "Plasencia", "Antequera", "Astorga", "Tudela", "Alcañiz"],
}
DEV8_BRANDS = ["Helmut Lang", "Roberto Verino", "Henrik Vibskov", "Peter Hahn", "Søstrene Grene", "Johnnie Walker",
               "Jack Daniel's", "Hans im Glück", "Anne Fontaine", "Ole Lynggaard", "Ferrero Rocher", "Kellogg's",
               "Mr Porter", "Loewe", "Hugo Sánchez Padel", "Ole Lynggaard Copenhagen"]

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


# the abbreviations each language writes (French "juin"/"juil." and German "Mrz" are not the first three letters)
ABBR8 = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "no": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
}


def birth_eight(case, lang):
    """A birth date in forms no earlier generator writes ("03 March 1985", "Mar 03, 1985", "3/Mar/1985",
    "19850303", "3. mar 1985", "3:e mar 1985"), or one of birth_six()'s, one time in two."""
    if case.rng.random() < 0.5:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    name = MONTHS8[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": ABBR8[lang][month - 1]}
    styles = {
        "en": ["%(d)02d %(name)s %(y)d", "%(abbr)s %(d)02d, %(y)d", "%(d)d/%(abbr)s/%(y)d", "%(y)d%(m)02d%(d)02d"],
        "no": ["%(d)d. %(abbr)s %(y)d", "%(y)d%(m)02d%(d)02d", "%(d)02d/%(m)02d-%(y)d"],
        "sv": ["%(d)d:e %(abbr)s %(y)d", "%(d)02d/%(m)02d/%(y)d", "%(d)d %(name)s -%(y)d"],
        "de": ["%(y)d%(m)02d%(d)02d", "%(d)d.%(m)d.%(y)d", "%(d)02d. %(abbr)s %(y)d"],
        "fr": ["%(d)d %(abbr)s %(y)d", "%(y)d%(m)02d%(d)02d", "%(d)02d %(abbr)s %(y)d"],
        "es": ["%(d)d-%(abbr)s-%(yy)02d", "%(d)02d %(name)s %(y)d", "%(d)d/%(abbr)s/%(y)d"],
    }[lang]
    return case.v.pick(styles) % fields


def phone_eight(case, lang):
    """A phone in styles no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["+1.%s.%s.%s" % (a, e, line), "1-%s-%s-%s" % (a, e, line), "+1%s%s%s" % (a, e, line),
                       "(%s)%s-%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44(0)" + mobile, "0" + mobile[:3] + " " + mobile[3:6] + " " + mobile[6:],
                       "+44 " + mobile[:2] + " " + mobile[2:6] + " " + mobile[6:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["0047 " + n[:3] + " " + n[3:5] + " " + n[5:], "+47-" + n[:3] + "-" + n[3:5] + "-" + n[5:],
                       "+47." + n[:2] + "." + n[2:4] + "." + n[4:6] + "." + n[6:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick(["0046 " + m[1:3] + "-" + m[3:6] + " " + m[6:], "+46-" + m[1:3] + "-" + m[3:],
                       m[:3] + "/" + m[3:6] + " " + m[6:8] + " " + m[8:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["0049 " + m[:3] + " " + m[3:], "+49(0)" + m[:3] + "-" + m[3:], "0" + m[:3] + " - " + m[3:],
                       "+49." + m[:3] + "." + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["0033 " + n[0] + " " + " ".join(pairs), "0" + n[0] + "-" + "-".join(pairs),
                       "+33" + n[0] + "".join(pairs)])
    m = v.pick("67") + d(8)
    return v.pick(["+34." + m[:3] + "." + m[3:5] + "." + m[5:7] + "." + m[7:], "0034-" + m[:3] + "-" + m[3:6] + "-" +
                   m[6:], m[:3] + "." + m[3:5] + "." + m[5:7] + "." + m[7:]])


# slot -> (family, make(case, lang), type), as generate.py's own slots
DEV8_SECRETS = {
    "DOB8": ("dob", birth_eight, "DATE_OF_BIRTH"),
    "PHONE8": ("phone8", phone_eight, "PHONE"),
}


def ocr_noise(v, r):
    """A number as OCR mangles it (l for 1, O for 0, B for 8, S for 5): no value, no whole word of one."""
    digits = v.pick("123456789") + v.digits(r.randrange(7, 10))
    slips = {"1": "l", "0": "O", "8": "B", "5": "S"}
    chars = list(digits)
    for i in range(len(chars)):
        if chars[i] in slips and r.random() < 0.6:
            chars[i] = slips[chars[i]]
    text = "".join(chars)
    if text == digits:
        text = "l" + text[1:]
    return text


DEV8_DECOYS = {
    "SHIP8": {
        "en": ["RRS Sir David Attenborough", "Queen Mary 2", "USS Harry S. Truman", "HMS Prince of Wales"],
        "no": ["MS Roald Amundsen", "MS Richard With", "MS Kong Harald", "MS Trollfjord"],
        "sv": ["M/S Birger Jarl", "af Chapman", "HMS Gustav V", "M/S Gustaf Wasa"],
        "de": ["Gorch Fock", "MS Konrad Adenauer", "MS Theodor Heuss", "Fritz Heckert"],
        "fr": ["Jeanne d'Arc", "Belem", "MS Jacques Cartier", "Marion Dufresne"],
        "es": ["Juan Sebastián de Elcano", "Hespérides", "Almirante Juan de Borbón", "Ciudad de Cádiz"],
    },
    "CLINIC8": {
        "en": ["Johns Hopkins Hospital", "Addenbrooke's Hospital", "Mayo Clinic", "St Thomas' Hospital"],
        "no": ["Sophies Minde", "Dronning Mauds Minne", "Martina Hansens Hospital", "Diakonhjemmet"],
        "sv": ["Sahlgrenska", "Danderyds sjukhus", "Astrid Lindgrens barnsjukhus", "Löwenströmska sjukhuset"],
        "de": ["Robert-Bosch-Krankenhaus", "Carl-Thiem-Klinikum", "Helios Klinikum", "Albertinen-Krankenhaus"],
        "fr": ["Hôpital Georges-Pompidou", "Institut Gustave Roussy", "Hôpital Necker", "Clinique Pasteur"],
        "es": ["Hospital Gregorio Marañón", "Hospital Niño Jesús", "Clínica Quirón", "Hospital Severo Ochoa"],
    },
    "PET8": ["Trofast", "Luna", "Simba", "Trixie", "Canela", "Sir Fluffington", "Mister Biscuit", "Nala", "Pelle",
             "Baronen", "Herr Nilsson", "Moustache"],
    "MED8": ["Paracet 500 mg", "Ibux 400 mg", "Alvedon 665 mg", "Voltaren Gel", "Doliprane 1000", "Nolotil 575 mg",
             "Amoxicillin 250 mg", "Apoquel 16 mg", "Metacam 1.5 mg/ml", "Ibuprofen AL 600"],
    "SIGN8": {
        "en": ["Yours truly", "All the best", "With thanks", "Regards from all of us"],
        "no": ["Beste hilsen", "Vennlige hilsener", "Takk for nå", "Ha en god helg"],
        "sv": ["Bästa hälsningar", "Allt gott", "Trevlig helg", "Stort tack"],
        "de": ["Herzliche Grüße", "Schöne Grüße", "Viele Grüße aus dem Büro", "Bis bald"],
        "fr": ["Sincères salutations", "Belle journée", "Je vous embrasse", "Merci encore"],
        "es": ["Cordiales saludos", "Muchas gracias", "Un fuerte abrazo", "Buen fin de semana"],
    },
    "HEAD8": {
        "en": ["Attachments", "Signature", "Disclaimer", "Declaration", "Remarks section"],
        "no": ["Underskrift", "Forbehold", "Erklæring", "Tillegg", "Kommentarer"],
        "sv": ["Bilagor", "Underskrift", "Ansvarsfriskrivning", "Försäkran", "Övrigt"],
        "de": ["Anlagen", "Unterschrift", "Haftungsausschluss", "Erklärung", "Sonstiges"],
        "fr": ["Pièces jointes", "Avertissement", "Déclaration", "Observations", "Divers"],
        "es": ["Adjuntos", "Firma", "Aviso legal", "Declaración", "Otros datos"],
    },
    # values from documentation: they belong to nobody
    "SAMPLE8": ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                "123-45-6789", "xoxb-not-a-real-token", "AIzaSyEXAMPLE-EXAMPLE", "hunter2", "p@ssw0rd-example"],
    "TRACE8": lambda v, r: v.sha(32),
    "SPAN8": lambda v, r: v.sha(16),
    "OCR8": ocr_noise,
    "FORM8": lambda v, r: v.pick(["Form W-2 (2024)", "T4 (24)", "P60 2023/24", "RF-1030", "SKV 2000", "Cerfa 2042",
                                  "Modelo 100", "DS-160", "CRF v3.2", "Schedule B"]),
    "SEAT8": lambda v, r: "%d%s" % (r.randrange(1, 40), v.pick("ABCDEF")),
    "KPI8": lambda v, r: "%d,%d %%" % (r.randrange(1, 99), r.randrange(10)),
    "PRODUCT8": ["Kobo Libra 2", "Garmin Forerunner 265", "ThinkPad T14s", "Zebra TC52", "Pixel Tablet",
                 "Fairphone 5", "Steam Deck OLED", "Remarkable 2", "Nothing Phone (2)", "Xperia 10 V"],
    "PH8": ["<smtp-password>", "${KC_SMTP_PASSWORD}", "REPLACE_WITH_SECRET", "not-set", "<from-vault>",
            "$(DB_PASSWORD)", "%SMTP_PASS%", "[redacted]", "{{ secrets.SMTP_PASS_PROD }}", "****-****"],
    # numbers already cut to their last digits: nobody's any more
    "MASKED8": lambda v, r: v.pick(["xxx-xx-%s", "*****%s", "ending in %s", "••••%s", "#### %s"]) % v.digits(4),
    "CASE8": lambda v, r: v.pick(["Case No. %s-CV-", "Subject ", "Sak nr. %s/", "Dnr ", "Az. %s/", "RG n° ",
                                  "Autos nº "]).replace("%s", str(r.randrange(2019, 2026))) +
    v.digits(r.randrange(4, 7)),
}

DEV8_STRUCTURED = [
    # ---- telemetry and event payloads ----
    ("logcat", None, "⟦«~ISODATE»⟧ 14:02:11.482  «=PID»  «=PID» I ProfileRepo: saving user{name=«NAME», "
     "phone=«PHONE8», dob=«DOBISO»}\n"
     "⟦«~ISODATE»⟧ 14:02:11.497  «=PID»  «=PID» D OkHttp: Authorization: Bearer «TOKEN»\n"
     "⟦«~ISODATE»⟧ 14:02:12.003  «=PID»  «=PID» E AndroidRuntime: FATAL EXCEPTION: main (⟦«~PRODUCT8»⟧)"),
    ("sentry", None, "{\n  \"event_id\": \"⟦«~TRACE8»⟧\",\n  \"release\": \"⟦«~VERSION»⟧\",\n  \"user\": {\"id\": "
     "\"⟦«=NUM»⟧\", \"email\": \"«EMAIL»\", \"ip_address\": \"«IP»\", \"username\": \"«DOTNAME»\"},\n  \"request\": "
     "{\"headers\": {\"Cookie\": \"sessionid=«HEXTOKEN»\"}, \"data\": {\"password\": \"«PASSWORD4»\"}},\n  "
     "\"contexts\": {\"device\": {\"name\": \"⟦«~BRAND»⟧ kiosk\"}}\n}"),
    ("datadog", None, "⟦«~ISOTS»⟧ INFO [checkout-svc] dd.trace_id=⟦«~TRACE8»⟧ dd.span_id=⟦«~SPAN8»⟧ "
     "usr.email=«EMAIL» usr.name=\"«NAME»\" network.client.ip=«IP» msg=\"card «CARD» declined\"\n"
     "⟦«~ISOTS»⟧ WARN [checkout-svc] retry with api_key=«HEXTOKEN»"),
    ("otelspan", None, "Span #0\n    Trace ID       : ⟦«~TRACE8»⟧\n    ID             : ⟦«~SPAN8»⟧\n"
     "    Name           : "
     "POST /v1/customers\nAttributes:\n     -> enduser.id: Str(«EMAIL»)\n     -> http.client_ip: Str(«IP»)\n"
     "     -> customer.phone: Str(«PHONE8»)\n     -> customer.name: Str(«NAME»)\n"
     "     -> db.password: Str(«PASSWORD4»)"),
    ("kafka", None, "$ kcat -b «IP»:9092 -t crm.customers -C -o -1 -e -X sasl.username=«=USER» "
     "-X sasl.password='«PASSWORD:k»'\n"
     "{\"op\":\"u\",\"after\":{\"first_name\":\"«FIRST:a»\",\"last_name\":\"«LAST:a»\","
     "\"mobile\":\"«PHONE8:a»\",\"iban\":\"«IBAN»\"},\"ts_ms\":⟦«~EPOCH»⟧000}"),
    ("avro", None, "{\"type\":\"record\",\"name\":\"Patient\",\"fields\":[{\"name\":\"full_name\",\"type\":\"string\"},"
     "{\"name\":\"birth_date\",\"type\":\"string\"},{\"name\":\"ssn\",\"type\":\"string\"}]}\n"
     "$ avro-tools tojson part-0000.avro | head -2\n{\"full_name\":\"«NAME:a»\",\"birth_date\":\"«DOBISO:a»\","
     "\"ssn\":\"«SSNDASH:a»\"}\n{\"full_name\":\"«NAME:b»\",\"birth_date\":\"«DOBISO:b»\",\"ssn\":\"«SSNPLAIN:b»\"}"),
    ("prisma", None, "// schema.prisma\ndatasource db {\n  provider = \"postgresql\"\n"
     "  url      = env(\"DATABASE_URL\")\n}\n"
     "\n# .env\nDATABASE_URL=\"postgresql://«=USER»:«URLPASS:p»@«IP»:5432/shop?schema=public\"\n"
     "SHADOW_DATABASE_URL=\"postgresql://«=USER»:«URLPASS:p»@«IP»:5433/shadow\"\nNEXTAUTH_SECRET=«HEXTOKEN»\n"
     "SEED_ADMIN=«EMAIL»  # «NAME»"),
    ("hasura", None, "# metadata/databases/databases.yaml\n- name: default\n  kind: postgres\n  configuration:\n"
     "    connection_info:\n      database_url: postgres://«=USER»:«URLPASS»@«IP»:5432/app\n"
     "# docker-compose\nHASURA_GRAPHQL_ADMIN_SECRET: «PASSWORD4»\nHASURA_GRAPHQL_JWT_SECRET: '{\"type\":\"HS256\","
     "\"key\":\"«HEXTOKEN»\"}'"),
    ("keycloak", None, "{\n  \"realm\": \"«=WORD»\",\n  \"users\": [{\n    \"username\": \"«DOTNAME:a»\",\n    "
     "\"firstName\": \"«FIRST:a»\",\n    \"lastName\": \"«LAST:a»\",\n    \"email\": \"«EMAIL:a»\",\n"
     "    \"attributes\": {\"phoneNumber\": [\"«PHONE8»\"], \"birthdate\": [\"«DOBISO»\"]},\n    \"credentials\": "
     "[{\"type\": \"password\", \"value\": \"«PASSWORD4»\", \"temporary\": true}]\n  }],\n  \"smtpServer\": "
     "{\"password\": \"⟦«~PH8»⟧\"}\n}"),
    ("auth0rule", None, "function enrichUser(user, context, callback) {\n  // TODO(«LOWNAME»): move to configuration\n"
     "  const HUBSPOT_TOKEN = '«TOKEN»';\n  const ALLOW = ['«EMAIL:a»', '«EMAIL:b»'];\n  if (user.email === "
     "'«EMAIL:a»') { user.app_metadata.phone = '«PHONE8»'; }\n  callback(null, user, context);\n}"),
    ("scim", None, "POST /scim/v2/Users\nAuthorization: Bearer «TOKEN»\n\n{\n  \"schemas\": "
     "[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\n  \"userName\": \"«EMAIL:a»\",\n  \"name\": {\"givenName\": "
     "\"«FIRST:a»\", \"familyName\": \"«LAST:a»\"},\n  \"phoneNumbers\": [{\"value\": \"«PHONE8»\", \"type\": "
     "\"mobile\"}],\n  \"password\": \"«PASSWORD4»\",\n  \"externalId\": \"⟦«~UUID»⟧\"\n}"),
    ("stripehook", None, "{\n  \"id\": \"evt_⟦«~HEXID»⟧\",\n  \"type\": \"customer.updated\",\n"
     "  \"data\": {\"object\": {\n"
     "    \"name\": \"«NAME»\",\n    \"email\": \"«EMAIL»\",\n    \"phone\": \"«PHONE8»\",\n    \"address\": "
     "{\"city\": \"⟦«~CITY»⟧\"}\n  }}\n}\n# endpoint signing secret (from the dashboard): «TOKEN»"),
    ("twilio", ["en"], "POST /sms/inbound HTTP/1.1\nX-Twilio-Signature: «TOKEN»\n\nSmsSid=SM⟦«~SHA32»⟧&From=«PHONE8:a»"
     "&To=«PHONE4US»&Body=hi+its+«FIRST:a»+my+ssn+is+«SSNPLAIN»&FromCity=⟦«~CITY»⟧"),
    ("soql", None, "sf data query -q \"SELECT Name, Phone, Email, Birthdate FROM Contact LIMIT 3\"\n"
     " NAME                 PHONE             EMAIL                        BIRTHDATE\n"
     " «NAME:a»   «PHONE8:a»   «EMAIL:a»   «DOBISO:a»\n «NAME:b»   «PHONE4:b»   «EMAIL:b»   «DOBISO:b»\n"
     "Total number of records retrieved: 2."),
    ("hubspot", None, "Record ID,First Name,Last Name,Email,Phone Number,Date of birth,Lifecycle Stage\n"
     "⟦«=NUM»⟧,«FIRST:a»,«LAST:a»,«EMAIL:a»,«PHONE8:a»,«DOBISO:a»,lead\n⟦«=NUM12»⟧,«FIRST:b»,«LAST:b»,«EMAIL:b»,"
     "«PHONE4:b»,,customer"),
    ("sheetscsv", ["no"], "\"Navn\",\"Telefon\",\"Beløp\",\"Andel\"\n\"«NAME:a»\","
     "\"«PHONE8:a»\",\"1234,50\",\"⟦«~KPI8»⟧\"\n\"«NAME:b»\",\"«PHONE4:b»\",\"«=NUM»,00\",\"12,5 %\"\n"
     "Why does Sheets read 1234,50 as text?"),
    # ---- mail chains, scanned forms, phones ----
    ("outlookquote", ["en"], "Thanks, will do.\n\n-----Original Message-----\nFrom: «NAME:a» <«EMAIL:a»>\n"
     "Sent: ⟦«~GITDATE»⟧, 2024 9:14 AM\nTo: «NAME:b» <«EMAIL:b»>\nSubject: RE: payroll change\n\n"
     "Please update my routing number to «ABA» and account ⟦«~MASKED8»⟧. Cell «PHONE8:a».\n«FIRST:a»"),
    ("fwdmail", ["no"], "---------- Videresendt melding ----------\nFra: «NAME:a» <«EMAIL:a»>\nDato: ⟦«~DATE»⟧\n"
     "Emne: Lønnsslipp\nTil: «NAME:b» <«EMAIL:b»>\n\nHei, fødselsnummeret mitt er «FNR», ring «PHONE8» om noe.\n"
     "⟦«~SIGN8»⟧\n«FIRST:a»"),
    ("fwdmail", ["sv"], "-------- Vidarebefordrat meddelande --------\nFrån: «NAME:a» <«EMAIL:a»>\nDatum: ⟦«~DATE»⟧\n"
     "Till: «EMAIL:b»\nÄmne: Lönespec\n\nMitt personnummer är «PNR», nås på «PHONE8».\n⟦«~SIGN8»⟧ «FIRST:a»"),
    ("fwdmail", ["de"], "-------- Weitergeleitete Nachricht --------\nBetreff: Lohnabrechnung\nDatum: ⟦«~DATE»⟧\n"
     "Von: «NAME:a» <«EMAIL:a»>\nAn: «NAME:b»\n\nmeine Steuer-ID lautet «STEUER», erreichbar unter «PHONE8».\n"
     "⟦«~SIGN8»⟧\n«FIRST:a»"),
    ("fwdmail", ["fr"], "-------- Message transféré --------\nSujet : Fiche de paie\nDate : ⟦«~DATE»⟧\n"
     "De : «NAME:a» <«EMAIL:a»>\nPour : «EMAIL:b»\n\nmon IBAN est «IBAN», joignable au «PHONE8».\n⟦«~SIGN8»⟧\n"
     "«FIRST:a»"),
    ("fwdmail", ["es"], "---------- Mensaje reenviado ---------\nDe: «NAME:a» <«EMAIL:a»>\nFecha: ⟦«~DATE»⟧\n"
     "Asunto: Nómina\nPara: «EMAIL:b»\n\nmi IBAN es «IBAN» y mi móvil «PHONE8».\n⟦«~SIGN8»⟧\n«FIRST:a»"),
    ("pdfform", ["en"], "APPLICANT INFORMATION\nFull legal name\nDate of birth\nSocial Security No.\n«NAME»\n«DOB8»\n"
     "«SSNDASH»\nDaytime phone\n«PHONE8»\n⟦«~HEAD8»⟧\n⟦«~FORM8»⟧ page 1 of 3"),
    ("pdfform", ["de"], "Antrag auf Kindergeld\nName, Vorname          Geburtsdatum        Steuer-ID\n"
     "«LAST», «FIRST»          «DOB8»          «STEUERSP»\nTelefon tagsüber\n«PHONE8»\n⟦«~HEAD8»⟧"),
    ("ocr", ["en"], "SCANNED — OCR text, please check\nName: «UPNAME»\nSSN: «SSNDASH»\nAcct ref: ⟦«~OCR8»⟧ "
     "(smudged)\nPhone: «PHONE4US»  Fax: ⟦«~OCR8»⟧\nDOB: «DOB8»"),
    ("ocr", ["no", "sv"], "SKANNET DOKUMENT (OCR)\nNavn: «UPNAME»\nReferanse: ⟦«~OCR8»⟧\nMobil: «PHONE8»\n"
     "Kundenr: ⟦«~OCR8»⟧\n⟦«~HEAD8»⟧"),
    ("smsexport", None, "sms,«PHONE8:a»,⟦«~CHATTS»⟧,received,\"it's «FIRST:a». new code for the door is "
     "«PASSWORD4», don't share\"\nsms,«PHONE8:a»,⟦«~CHATTS»⟧,sent,\"ok thx\"\nsms,«PHONE4:b»,⟦«~CHATTS»⟧,received,"
     "\"«FIRST:b» here, call me back\""),
    ("voicemail", ["en"], "Voicemail from «PHONE8» (⟦«=NUM»⟧ sec) — transcription:\n\"Hi, this is «NAME» calling "
     "about the claim. You can reach me at nine one seven, five five five... actually, it's the number this came "
     "from. My date of birth is «DOB8» if you need it. ⟦«~SIGN8»⟧.\""),
    # ---- tax, HR, immigration ----
    ("taxform", ["en"], "Form W-2 Wage and Tax Statement ⟦«~ISODATE»⟧\na Employee's social security number  «SSNDASH»\n"
     "b Employer identification number  ⟦«~DIGITS9»⟧\n"
     "e Employee's first name and initial  «FIRST»   Last name  «LAST»\n"
     "1 Wages, tips  «=NUM».00"),
    ("taxform", ["en"], "T4 Statement of Remuneration Paid\nEmployee's name: «UPLAST», «UPFIRST»\nSocial insurance "
     "number: «SINSP»\nEmployment income: «=NUM».00\nEmployer: ⟦«~BRAND»⟧\nP60 reference ⟦«~FORM8»⟧ "
     "(UK staff: NI number «NINO»)"),
    ("taxform", ["de"], "Ausdruck der elektronischen Lohnsteuerbescheinigung für ⟦«~ISODATE»⟧\n"
     "Identifikationsnummer: «STEUER»\nGeburtsdatum: «DOB8»\nName: «NAME»\nBruttoarbeitslohn: ⟦«~AMOUNT»⟧"),
    ("taxform", ["no"], "Skattemelding for formues- og inntektsskatt\nFødselsnummer: «FNRSP»\nNavn: «NAME»\n"
     "Kontonummer for tilbakebetaling: «IBAN»\nTlf.: «PHONE8»\n⟦«~FORM8»⟧"),
    ("taxform", ["sv"], "Inkomstdeklaration 1\nPersonnummer «PNR12»\nNamn «NAME»\nTelefon dagtid «PHONE8»\n"
     "Belopp att betala: ⟦«~AMOUNT»⟧\n⟦«~FORM8»⟧"),
    ("taxform", ["fr", "es"], "Déclaration / Declaración\nNom / Nombre : «NAME»\n"
     "Né(e) le / Fecha de nacimiento : «DOB8»\n"
     "IBAN : «IBAN»\nTél. : «PHONE8»\n⟦«~FORM8»⟧ — ⟦«~HEAD8»⟧"),
    ("onboardcheck", None, "[x] Laptop ⟦«~PRODUCT8»⟧ handed over\n[x] Badge for «NAME:a»\n[ ] Bank: «IBAN»\n"
     "[ ] Emergency contact: «NAME:b», «PHONE8:b»\n[ ] Temp password «PASSWORD4» (change on first login)\n"
     "[ ] Buddy: «FIRST:c» «LAST:c»"),
    ("visa", ["en"], "DS-160 draft\nSurnames: «UPLAST»\nGiven names: «UPFIRST»\nDate of birth: «DOB8»\n"
     "U.S. Social Security Number: «SSNSP»\nPrimary phone: «PHONE8»\nPoint of contact in the US: «NAME:c», "
     "«PHONE4US:c»\nPassport book number: ⟦«~BOOKREF»⟧"),
    ("crf", None, "CRF v3.2 — Visit 2\nSubject ID: ⟦«~CASE8»⟧   Site: ⟦«~CLINIC8»⟧\nInitials: ⟦«~BOOKREF»⟧\n"
     "Date of birth: «DOB8»\nInvestigator: Dr «NAME:i»\nCoordinator phone: «PHONE8:i»\nConcomitant: ⟦«~MED8»⟧"),
    ("prescription", ["de"], "Rezept (Muster 16)\nPatient: «NAME», geb. «DOB8»\n"
     "Rp. ⟦«~MED8»⟧ N1\nArzt: «INITIAL:l», ⟦«~CLINIC8»⟧\nRückfragen: «PHONE8»"),
    ("prescription", ["no"], "Resept\nPasient: «NAME» (f. «DOB8»)\n"
     "Legemiddel: ⟦«~MED8»⟧ 1x3\nForskrevet av: «INITIAL:l», ⟦«~CLINIC8»⟧\nTlf. apotek: «PHONE8»"),
    ("vet", None, "Veterinary record\nPatient: ⟦«~PET8»⟧ (cat, ⟦«=NUM»⟧ g)\nOwner: «NAME»\nOwner phone: «PHONE8»\n"
     "Drug: ⟦«~MED8»⟧\nNext visit ⟦«~DATE»⟧"),
    ("gym", None, "MEMBERSHIP AGREEMENT — ⟦«~BRAND»⟧ Fitness ⟦«~CITY»⟧\nMember: «NAME»\nDate of birth: «DOB8»\n"
     "Mobile: «PHONE8»\nDirect debit from: «IBAN»\nEmergency: «NAME:e» «PHONE4:e»"),
    ("manifest", None, "PAX MANIFEST ⟦«~FLIGHT»⟧ ⟦«~ISODATE»⟧\nSEAT NAME                 DOB         CONTACT\n"
     "⟦«~SEAT8»⟧  «UPLAST:a»/«UPFIRST:a»  «DOBISO:a»  «PHONE8:a»\n⟦«~SEAT8»⟧  «UPLAST:b»/«UPFIRST:b»  «DOBISO:b»  "
     "«EMAIL:b»\nPNR ⟦«~BOOKREF»⟧ vessel transfer: ⟦«~SHIP8»⟧"),
    ("court", ["en"], "IN THE SUPERIOR COURT OF ⟦«~CITY»⟧ COUNTY\n«UPNAME:p», Petitioner,\nv.\n«UPNAME:r», "
     "Respondent.\nCase No. ⟦«~CASE8»⟧\nPetitioner's SSN (last four only per rule): ⟦«~MASKED8»⟧\nContact: "
     "«PHONE8:p»"),
    ("obituary", ["en"], "«NAME:d», born «DOB8» in ⟦«~CITY»⟧, passed away peacefully at ⟦«~CLINIC8»⟧. "
     "«FIRST:d» is survived by «NAME:w» and their children «FIRST:c» and «FIRST:e». In lieu of flowers, "
     "donations to ⟦«~SHIP8»⟧ museum."),
    ("gedcom", None, "0 @I1@ INDI\n1 NAME «FIRST:a» /«LAST:a»/\n1 SEX F\n1 BIRT\n2 DATE «DOB6»\n2 PLAC ⟦«~CITY»⟧\n"
     "0 @I2@ INDI\n1 NAME «FIRST:b» /«LAST:b»/\n1 BIRT\n2 DATE «DOB6:b»\n1 NOTE phone «PHONE8»"),
    # ---- developer and ops dumps ----
    ("gitfuller", None, "commit ⟦«~SHA»⟧\nAuthor:     «NAME:a» <«EMAIL:a»>\nAuthorDate: ⟦«~GITDATE»⟧ 10:02:44 2024 "
     "+0100\nCommit:     «NAME:b» <«EMAIL:b»>\nCommitDate: ⟦«~GITDATE»⟧ 11:15:02 2024 +0100\n\n    Rotate creds; "
     "old SMTP password was «PASSWORD4»"),
    ("k8sevents", None, "LAST SEEN   TYPE      REASON    OBJECT            MESSAGE\n2m          Warning   Failed    "
     "pod/api-⟦«~SHORTSHA»⟧   Error: failed to pull: unauthorized for user «EMAIL» with token «TOKEN»\n"
     "1m          Normal    Pulled    pod/api-⟦«~SHORTSHA»⟧   env DB_PASSWORD=«PASSWORD4» (from ⟦«~PH8»⟧)"),
    ("systemctlshow", None, "$ systemctl show billing.service -p Environment\nEnvironment=NODE_ENV=production "
     "DB_PASSWORD=«PASSWORD:s» REDIS_URL=redis://default:«URLPASS:s»@«IP»:6379 OPENAI_API_KEY=«OPENAI»"),
    ("psauxe", None, "$ ps auxe | grep gunicorn\n«=USER»  «=PID»  0.3  1.2 gunicorn app:app DJANGO_SECRET_KEY="
     "«HEXTOKEN» PGPASSWORD=«PASSWORD4» HOME=/srv ADMIN_EMAIL=«EMAIL»"),
    ("strace", None, "connect(3, {sa_family=AF_INET, sin_port=htons(5432), sin_addr=inet_addr(\"«IP»\")}, 16) = 0\n"
     "write(3, \"password «PASSWORD4»\\0\", 24) = 24\nwrite(1, \"Authorization: Bearer «TOKEN»\\r\\n\", 60) = 60"),
    ("pshistory", None, "PS> Get-Content (Get-PSReadlineOption).HistorySavePath | Select -Last 3\ncmdkey "
     "/add:«IP» /user:CORP\\«DOTNAME» /pass:«PASSWORD:c»\nnet use Z: \\\\«IP»\\share /user:CORP\\«DOTNAME» "
     "«PASSWORD:c»\nStart-Process mstsc"),
    ("bashhistory", None, "  501  sshpass -p '«PASSWORD:h»' ssh -o StrictHostKeyChecking=no «=USER»@«IP»\n"
     "  502  mysqldump -u root -p'«PASSWORD4»' --all-databases > dump.sql\n  503  psql \"postgresql://«=USER»:"
     "«URLPASS:q»@«IP»:5432/app?sslmode=require\"\n  504  history | grep ⟦«~SAMPLE8»⟧"),
    ("fileurls", None, "mount -t cifs //«IP»/finance /mnt/fin -o username=«DOTNAME»,password=«PASSWORD4»\n"
     "lftp ftp://«=USER»:«URLPASS:f»@«IP»/exports\nsmb://«DOTNAME»:«URLPASS:f»@«IP»/scans"),
]

DEV8_PROSE = {
    "en": [
        "the thing you type at the vpn prompt is «PASSWORD4», all one word, capital first letter.",
        "«NAME:a» («PHONE8:a»), «NAME:b» («PHONE4:b») and «NAME:c» («PHONE8:c») are on call this week.",
        "«SSNDASH», which I think is what the bank called my social, was on the letter from ⟦«~BRAND»⟧.",
        "⟦Honestly⟧ I forget: «DOB8» — that's when «FIRST» was born, right?",
        "my cell changed. it's «PHONE8» now, the old one's gone. ⟦«~SIGN8»⟧, «LOWNAME»",
        "⟦Docs⟧ say use ⟦«~SAMPLE8»⟧ as the example key; our real one is «OPENAI».",
        "«FIRST:a» said her routing number, the one on the cheque, «ABA», is the one to use.",
        "⟦Meet⟧ «NAME» on the ⟦«~SHIP8»⟧ tour, she'll bring her dog ⟦«~PET8»⟧.",
        "ok so «LOWNAME:a» y «LOWNAME:b» — sorry, spanish brain — both need a login; «FIRST:a»'s is «PASSWORD4».",
    ],
    "no": [
        "passordet, altså det du skriver inn på VPN-en, er «PASSWORD4».",
        "«NAME:a» («PHONE8:a»), «NAME:b» («PHONE4:b») og «NAME:c» har vakt denne uka.",
        "«FNR», som er fødselsnummeret til «FIRST», sto på brevet fra ⟦«~BRAND»⟧.",
        "⟦Husker⟧ ikke helt, men «FIRST» ble født «DOB8», tror jeg.",
        "nytt nummer: «PHONE8». ⟦«~SIGN8»⟧, «LOWNAME»",
        "⟦Legen⟧ på ⟦«~CLINIC8»⟧ sa at «NAME» må ta ⟦«~MED8»⟧.",
        "kan du sende det til «EMAIL»? og btw, the password is «PASSWORD4», sorry for the english.",
        "⟦Vi⟧ reiser med ⟦«~SHIP8»⟧, «FIRST» tar med hunden ⟦«~PET8»⟧.",
        "kontoen til «NAME» — den han får lønn på — er «IBAN».",
    ],
    "sv": [
        "lösenordet, alltså det du skriver i VPN-rutan, är «PASSWORD4».",
        "«NAME:a» («PHONE8:a»), «NAME:b» («PHONE4:b») och «NAME:c» har jour i veckan.",
        "«PNR», som alltså är personnumret till «FIRST», stod på brevet från ⟦«~BRAND»⟧.",
        "⟦Minns⟧ inte riktigt, men «FIRST» föddes «DOB8» tror jag.",
        "nytt nummer: «PHONE8». ⟦«~SIGN8»⟧ «LOWNAME»",
        "⟦Läkaren⟧ på ⟦«~CLINIC8»⟧ sa att «NAME» ska ta ⟦«~MED8»⟧.",
        "kan du maila «EMAIL»? btw the wifi password is «PASSPHRASE», sorry för engelskan.",
        "⟦Vi⟧ åker med ⟦«~SHIP8»⟧ och «FIRST» tar med hunden ⟦«~PET8»⟧.",
        "kontot som «NAME» får lön på är «IBAN».",
    ],
    "de": [
        "das Passwort, also das, was du beim VPN eintippst, ist «PASSWORD4».",
        "«NAME:a» («PHONE8:a»), «NAME:b» («PHONE4:b») und «NAME:c» haben diese Woche Bereitschaft.",
        "«STEUER», das ist die Steuer-ID von «FIRST», stand auf dem Brief von ⟦«~BRAND»⟧.",
        "⟦Weiß⟧ nicht genau, aber «FIRST» ist am «DOB8» geboren, glaube ich.",
        "neue Nummer: «PHONE8». ⟦«~SIGN8»⟧, «LOWNAME»",
        "⟦Die⟧ Ärztin im ⟦«~CLINIC8»⟧ sagt, «NAME» soll ⟦«~MED8»⟧ nehmen.",
        "kannst du das an «EMAIL» schicken? btw the password is «PASSWORD4», sorry fürs Englisch.",
        "⟦Wir⟧ fahren mit der ⟦«~SHIP8»⟧, «FIRST» bringt den Hund ⟦«~PET8»⟧ mit.",
        "das Konto von «NAME», auf das das Gehalt geht, ist «IBAN».",
    ],
    "fr": [
        "le mot de passe, celui que tu tapes pour le VPN, c'est «PASSWORD4».",
        "«NAME:a» («PHONE8:a»), «NAME:b» («PHONE4:b») et «NAME:c» sont d'astreinte cette semaine.",
        "«IBAN», c'est le compte où «FIRST» reçoit son salaire.",
        "⟦Je⟧ ne sais plus, mais «FIRST» est né le «DOB8», il me semble.",
        "nouveau numéro : «PHONE8». ⟦«~SIGN8»⟧, «LOWNAME»",
        "⟦Le⟧ médecin de ⟦«~CLINIC8»⟧ dit que «NAME» doit prendre ⟦«~MED8»⟧.",
        "tu peux l'envoyer à «EMAIL» ? btw the password is «PASSWORD4», pardon pour l'anglais.",
        "⟦On⟧ part sur le ⟦«~SHIP8»⟧, «FIRST» emmène son chien ⟦«~PET8»⟧.",
        "«FIRST:a», «FIRST:b» et «NAME:c» : leurs numéros sont «PHONE8:a», «PHONE4:b» et «PHONE8:c».",
    ],
    "es": [
        "la contraseña, la que pones en la VPN, es «PASSWORD4».",
        "«NAME:a» («PHONE8:a»), «NAME:b» («PHONE4:b») y «NAME:c» están de guardia esta semana.",
        "«IBAN», esa es la cuenta donde «FIRST» cobra la nómina.",
        "⟦No⟧ me acuerdo bien, pero «FIRST» nació el «DOB8», creo.",
        "número nuevo: «PHONE8». ⟦«~SIGN8»⟧, «LOWNAME»",
        "⟦El⟧ médico del ⟦«~CLINIC8»⟧ dice que «NAME» tiene que tomar ⟦«~MED8»⟧.",
        "¿me lo mandas a «EMAIL»? btw the password is «PASSWORD4», perdón por el inglés.",
        "⟦Vamos⟧ en el ⟦«~SHIP8»⟧, «FIRST» trae a su perro ⟦«~PET8»⟧.",
        "«FIRST:a», «FIRST:b» y «NAME:c»: sus móviles son «PHONE8:a», «PHONE4:b» y «PHONE8:c».",
    ],
}
