"""templates_heldout4.py — the fourth held-out half. NOT TO BE READ BY WHOEVER WRITES SCRUB RULES.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py,
templates_dev4..dev6.py and a few cases of dev6.jsonl, never the scrubber's sources or data, or any other
held-out template or case), together with templates_dev7.py but sharing none of its shapes, phrasings,
names, cities, brands or decoy pools. Its shapes: GEDCOM family trees, Google Contacts CSV, Keycloak realm
exports, Auth0 user exports, Get-ADUser output, `net user /add`, VBA macros, Elixir config, JBoss
datasources, Telegram JSON exports, SMS Backup XML, bug-report templates, k6 and Selenium scripts, Zoom chat
files, T4, P60 and W-2 slips, NAV and ELSTER forms, sports-club sign-ups, SMS reminders, exiftool output,
docx core.xml, BibTeX, kustomize secretGenerator, `argocd repo add`, `sops -d`, SnowSQL config, `fly secrets
set`, `gh secret set`, ssh_config, mosquitto_pub, FTP and IMAP sessions, logcat, cover letters,
prescriptions, car rental agreements and vet records.

Same syntax as templates.py. Slots of its own (HELDOUT4_SECRETS): «DOBH4» (a birth date in forms neither
generate.py nor templates_dev7.py writes, or one of birth_six()'s, one time in two), «PHONEH4» (a phone in
styles of its own, else one of phone_new()'s), «DOBMDY» (MMDDYYYY, as US forms print it)."""

HELDOUT4_FIRST = {
    "en": ["Hermione", "Evander", "Roderick", "Octavia", "Lysander", "Clementina", "Anne-Marie", "Horatio",
           "Griselda", "Ebenezer", "Jemima", "Bathsheba"],
    "no": ["Torleiv", "Oddveig", "Hallstein", "Signy", "Gunnleiv", "Aud-Helen", "Bodvar", "Vilborg", "Arnfinn",
           "Liv-Marit", "Torhild", "Tora-Lise"],
    "sv": ["Gullan", "Tekla", "Ebbe", "Rune-Olof", "Göte", "Ester", "Sune", "Ulla-Britt", "Albin", "Vendela",
           "Rutger", "Gert-Ove"],
    "de": ["Traudl", "Hans-Dieter", "Ortrud", "Gerwin", "Edeltraud", "Wendelin", "Anneliese", "Kunibert", "Almut",
           "Hartwig", "Gunther", "Friedhelm"],
    "fr": ["Perrine", "Marie-Thérèse", "Armelle", "Clotaire", "Aude", "Bertrand-Marie", "Anne-Sixtine", "Ombeline",
           "Tanguy", "Blandine", "Léandre", "Ysaline"],
    "es": ["Herminia", "Rigoberto", "Maribel", "Ezequiel", "Eleuterio", "Socorro", "Higinio", "Eufemia", "José Luis",
           "Pascuala", "Secundino", "Begoñita"],
}
HELDOUT4_LAST = {
    "en": ["Van der Berg", "Wetherby", "D'Arcy", "Fotheringham", "McCorquodale", "Llewellyn-Jones", "Van Buren",
           "Ó Súilleabháin", "Kettleborough", "Higginbottom", "Dimbleby", "Ffoulkes"],
    "no": ["Sandnes-Aune", "Hjelmeland", "Frøystad", "Grimsgaard", "Håland", "Vatnedal", "Kleppe-Lie", "Skjærvø",
           "Tjøstheim", "Aakre", "Bårdsen", "Ørbeck"],
    "sv": ["Hällström", "Ekelöf", "Löwenhielm", "af Wetterstedt", "Rudbeck", "Ljungqvist-Berg", "Wahlgren",
           "Törnqvist", "Skoglöf", "Cederschiöld", "Öhman", "Bååth"],
    "de": ["Tschirner", "Wöhlk", "Blümel", "von Bismarck-Osten", "zu Guttenberg", "Häberle", "Nüßlein",
           "Obermüller-Kraus", "Pröll", "Schmiedecke", "Weißgerber", "auf der Heide"],
    "fr": ["Trémolières", "Abélard", "Vaillancourt", "Béranger", "de Kergorlay", "Montfort-Laval", "Guézennec",
           "Desrosiers", "Mauduit", "Pélissier", "Jourdain-Masse", "Aubépin"],
    "es": ["Cuadrado-Lamas", "Belaústegui", "Zorrilla", "de Miguel", "Ortiz de Zárate", "Aranburu", "Ruiz-Jarabo",
           "Egaña", "Quiñones", "de Unamuno", "Oyarzun", "Bengoechea"],
}
HELDOUT4_CITIES = {
    "en": ["Penrith", "Gloucester", "Stirling", "Dubbo", "Fredericton", "Wagga Wagga"],
    "no": ["Fauske", "Lyngdal", "Orkanger", "Vinje", "Hemsedal", "Tynset"],
    "sv": ["Säffle", "Hudiksvall", "Oskarshamn", "Vetlanda", "Ulricehamn", "Åmål"],
    "de": ["Hameln", "Wismar", "Coburg", "Bautzen", "Lindau", "Emden"],
    "fr": ["Pau", "Dax", "Auxerre", "Cahors", "Rodez", "Menton"],
    "es": ["Tudela", "Plasencia", "Antequera", "Ronda", "Jaca", "Requena"],
}
HELDOUT4_BRANDS = ["Elie Saab", "Roberto Cavalli", "Dries Van Noten", "Issey Miyake", "Fabergé", "Bulgari",
                   "Cartier", "Van Cleef & Arpels", "Baume & Mercier", "Patek Philippe", "Vacheron Constantin",
                   "Audemars Piguet", "Jaeger-LeCoultre", "Berluti", "Loewe", "Balenciaga"]

MONTHS_H4 = {
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


def birth_h4(case, lang):
    """A birth date in forms of this half's own, or one of birth_six()'s, one time in two."""
    if case.rng.random() < 0.5:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    name = MONTHS_H4[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th"),
              "sv": "a" if day in (1, 2, 21, 22) else "e"}
    styles = {
        "en": ["the %(d)d%(th)s of %(name)s %(y)d", "%(abbr)s %(d)d, '%(yy)02d", "%(d)d %(name)s, '%(yy)02d",
               "%(m)d.%(d)d.%(y)d"],
        "no": ["%(d)d/%(m)d-%(yy)02d", "%(d)02d %(m)02d %(y)d", "%(d)d. %(abbr)s %(y)d", "%(d)d.%(m)d.-%(yy)02d"],
        "sv": ["%(d)d:%(sv)s %(name)s %(y)d", "%(d)d/%(m)d -%(yy)02d", "%(y)d %(name)s %(d)d", "%(d)d %(abbr)s "
            "-%(yy)02d"],
        "de": ["%(d)d. %(abbr)s. '%(yy)02d", "%(d)02d-%(m)02d-%(y)d", "%(d)d.%(m)02d.%(yy)02d", "%(d)d %(name)s %(y)d"],
        "fr": ["%(d)d/%(m)d/%(yy)02d", "%(d)d %(abbr)s. %(yy)02d", "%(d)02d-%(abbr)s-%(y)d", "%(d)d.%(m)02d.%(y)d"],
        "es": ["%(d)d/%(m)d/%(yy)02d", "%(d)d-%(abbr)s-%(yy)02d", "%(d)d.%(name)s.%(y)d", "%(d)d %(abbr)s %(y)d"],
    }[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1:
        text = text.replace("1 " + name, "1er " + name)
    return text


def phone_h4(case, lang):
    """A phone in styles of this half's own (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["+1 %s/%s-%s" % (a, e, line), "(%s)%s %s" % (a, e, line), "%s/%s.%s" % (a, e, line),
                       "+1.%s.%s%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44 (0) " + mobile[:4] + "-" + mobile[4:7] + "-" + mobile[7:], "0" + mobile[:4] + "/" +
                       mobile[4:], "(0" + mobile[:4] + ") " + mobile[4:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["+47 " + n[:3] + "." + n[3:5] + "." + n[5:], "0047 " + n[:3] + " " + n[3:5] + " " + n[5:],
                       "+47 " + n[:2] + " " + n[2:5] + " " + n[5:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick(["+46-" + m[1:3] + "-" + m[3:], "(" + m[:3] + ") " + m[3:6] + " " + m[6:8] + " " + m[8:],
                       "+46 " + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["+49 (" + m[:3] + ") " + m[3:], "0" + m[:3] + "-" + m[3:7] + " " + m[7:],
                       "0049-" + m[:3] + "-" + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["+33 " + n[0] + "-" + "-".join(pairs), "(0)" + n[0] + " " + " ".join(pairs),
                       "+33 0" + n[0] + " " + " ".join(pairs)])
    m = v.pick("67") + d(8)
    return v.pick(["+34-" + m, "(+34)" + m[:3] + " " + m[3:6] + " " + m[6:],
                   "34 " + m[:3] + " " + m[3:6] + " " + m[6:]])


HELDOUT4_SECRETS = {
    "DOBH4": ("dob", birth_h4, "DATE_OF_BIRTH"),
    "PHONEH4": ("phoneh4", phone_h4, "PHONE"),
    "DOBMDY": ("dob", lambda case, lang: "%02d%02d%d" % (lambda y, m, d: (m, d, y))(*case.v.birth_date()),
               "DATE_OF_BIRTH"),
}

HELDOUT4_DECOYS = {
    # places and institutions named after people
    "NAMED4": {
        "en": ["Johns Hopkins Hospital", "Lincoln Center", "Heathrow Terminal 5", "Kennedy Space Center",
               "Royal Albert Hall"],
        "no": ["St. Olavs hospital", "Haukeland universitetssykehus", "Frognerparken", "Vigelandsparken",
               "Kong Haakon VIIs gate"],
        "sv": ["Sankt Görans sjukhus", "Karolinska Universitetssjukhuset", "Strindbergsmuseet", "Drottning Silvias "
            "barnsjukhus",
               "Gustav Vasa kyrka"],
        "de": ["Charité Campus Virchow", "Fritz-Walter-Stadion", "Max-Planck-Institut", "Robert-Koch-Institut",
               "Humboldt-Universität"],
        "fr": ["Hôpital Georges-Pompidou", "Stade Pierre-Mauroy", "Institut Curie", "Lycée Victor-Duruy",
               "Aéroport Charles-de-Gaulle"],
        "es": ["Hospital Gregorio Marañón", "Estadio Santiago Bernabéu", "Museo Reina Sofía", "Instituto Cervantes",
               "Aeropuerto Adolfo Suárez"],
    },
    "PRIZE4": ["Nobel Prize", "Pulitzer", "Premio Goya", "César", "Goldene Kamera", "Spellemannprisen",
               "Guldbagge", "Prix Goncourt", "Booker Prize", "Premio Cervantes"],
    "LAW4": {
        "en": ["HIPAA", "GDPR Art. 9", "CCPA", "FERPA", "PIPEDA"],
        "no": ["personopplysningsloven", "GDPR art. 9", "pasientjournalloven", "arbeidsmiljøloven"],
        "sv": ["dataskyddsförordningen", "GDPR art. 9", "patientdatalagen", "offentlighetsprincipen"],
        "de": ["DSGVO Art. 9", "§ 203 StGB", "BDSG", "Sozialgesetzbuch"],
        "fr": ["RGPD art. 9", "loi Informatique et Libertés", "Code de la santé publique", "CNIL"],
        "es": ["RGPD art. 9", "LOPDGDD", "Ley 41/2002", "AEPD"],
    },
    # well-known documented examples and test values, not anyone's
    "SAMPLE4": ["4111 1111 1111 1111", "4242 4242 4242 4242", "DE89 3704 0044 0532 0130 00",
                "GB82 WEST 1234 5698 7654 32", "000-00-0000", "123-456-789", "(202) 555-0199", "AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "PH4": ["<PASSWORD>", "your-password", "hunter2-not-real", "${{ secrets.FLY_API_TOKEN }}", "ENC[...]",
            "$(pass show db)", "CHANGE_ME", "<client-secret>", "placeholder", "!vault |", "N/A", "-",
            "{{ .Env.TOKEN }}", "*redacted*"],
    "PET4": ["Fido", "Bella", "Max", "Luna", "Mango", "Pelle", "Rex", "Chispa", "Minou", "Bamse"],
    "DRUG4": ["Paracetamol 500 mg", "Ibuprofen 400 mg", "Amoxicillin 750 mg", "Metformin 850 mg",
              "Levothyroxin 50 µg", "Atorvastatin 20 mg"],
    "CAR4": ["Volvo XC60", "Tesla Model Y", "VW Golf Variant", "Peugeot 308", "SEAT León", "Toyota RAV4",
             "Škoda Octavia Combi", "Mercedes-Benz E-Klasse"],
    "REG4": lambda v, r: v.pick(["EL ", "AB ", "B-", "GE-", "AA-", "M-"]) + v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) +
    " " + v.digits(r.randrange(3, 6)),
    "LOGIN4": ["Welcome", "Sign in", "Dashboard", "Log out", "Forgot password?", "Remember me"],
    "OPEN4": {
        "en": ["Attached", "Unfortunately", "Regarding", "Following", "Apologies"],
        "no": ["Vedlagt", "Dessverre", "Angående", "Viser til", "Beklager"],
        "sv": ["Bifogat", "Tyvärr", "Angående", "Med hänvisning till", "Ursäkta"],
        "de": ["Anbei", "Leider", "Bezüglich", "Wie besprochen", "Entschuldigung"],
        "fr": ["Ci-joint", "Malheureusement", "Concernant", "Suite à", "Désolé"],
        "es": ["Adjunto", "Lamentablemente", "Respecto a", "Tras", "Disculpa"],
    },
}

HELDOUT4_STRUCTURED = [
    ("gedcom", None, "0 @I1@ INDI\n1 NAME «FIRST:a» /«LAST:a»/\n1 SEX F\n1 BIRT\n2 DATE «DOBH4:a»\n2 PLAC ⟦«~CITY»⟧\n"
     "0 @I2@ INDI\n1 NAME «FIRST:b» /«LAST:b»/\n1 BIRT\n2 DATE «DOBH4:b»\n1 NOTE phone «PHONEH4»\n"
     "0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I1@\n1 MARR\n2 DATE ⟦«~DATE»⟧"),
    ("googlecontacts", None, "Name,Given Name,Family Name,Birthday,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\n"
     "«NAME:a»,«FIRST:a»,«LAST:a»,«DOBISO:a»,«EMAIL:a»,Mobile,«PHONEH4:a»\n«NAME:b»,«FIRST:b»,«LAST:b»,,«EMAIL:b»,"
     "Work,«PHONE4:b»\n⟦«~NAMED4»⟧,,,,,Work,⟦«~SAMPLE4»⟧"),
    ("keycloak", None, "{\n  \"realm\": \"«=WORD»\",\n  \"users\": [{\n    \"username\": \"«DOTNAME»\",\n"
     "    \"firstName\": \"«FIRST»\",\n    \"lastName\": \"«LAST»\",\n    \"email\": \"«EMAIL»\",\n"
     "    \"attributes\": {\"phoneNumber\": [\"«PHONEH4»\"]},\n    \"credentials\": [{\"type\": \"password\", "
     "\"value\": \"«PASSWORD4»\", \"temporary\": false}]\n  }],\n  \"clients\": [{\"clientId\": \"web\", \"secret\": "
     "\"«TOKEN»\"}]\n}"),
    ("auth0", None, "{\"user_id\":\"auth0|⟦«~HEXID»⟧\",\"email\":\"«EMAIL:a»\",\"name\":\"«NAME:a»\","
     "\"phone_number\":\"«PHONEH4:a»\",\"user_metadata\":{\"dob\":\"«DOBISO:a»\"},\"logins_count\":«=NUM»}\n"
     "{\"user_id\":\"auth0|⟦«~HEXID»⟧\",\"email\":\"«EMAIL:b»\",\"given_name\":\"«FIRST:b»\",\"family_name\":"
     "\"«LAST:b»\",\"last_ip\":\"«IP»\"}"),
    ("getaduser", None, "PS C:\\> Get-ADUser «DOTNAME» -Properties *\n\nGivenName         : «FIRST»\n"
                        "Surname           : "
     "«LAST»\nEmailAddress      : «EMAIL»\nMobilePhone       : «PHONEH4»\nOfficePhone       : «PHONE4»\n"
     "Office            : ⟦«~NAMED4»⟧\nEmployeeID        : ⟦«~DIGITS8»⟧"),
    ("netuser", None, "C:\\> net user «DOTNAME» «PASSWORD4» /add /fullname:\"«NAME»\"\n⟦The⟧ command completed "
     "successfully.\nC:\\> net localgroup administrators «DOTNAME» /add\nC:\\> net use Z: \\\\«IP»\\share "
     "/user:«=USER» «PASSWORD:n»"),
    ("vba", None, "Sub Refresh()\n    Dim cn As New ADODB.Connection\n    cn.Open \"Provider=SQLOLEDB;Data Source=«IP»;"
     "User ID=«=USER»;Password=«URLPASS»;\"\n    ' contact «NAME», «PHONEH4», if this breaks\n"
     "    Range(\"A1\").Value = \"⟦«~LOGIN4»⟧\"\nEnd Sub"),
    ("elixir", None, "import Config\n\nconfig :shop, Shop.Repo,\n  username: \"«=USER»\",\n"
                     "  password: \"«PASSWORD4»\",\n"
     "  hostname: \"«IP»\"\n\nconfig :shop, ShopWeb.Endpoint,\n  secret_key_base: \"«HEXTOKEN»\"\n\n"
     "config :ex_twilio, auth_token: \"«TOKEN»\""),
    ("jboss", None, "<datasource jndi-name=\"java:/CrmDS\" pool-name=\"CrmDS\">\n  <connection-url>jdbc:oracle:thin:@"
     "«IP»:1521:ORCL</connection-url>\n  <security>\n    <user-name>«=USER»</user-name>\n    <password>«PASSWORD4»"
     "</password>\n  </security>\n</datasource>\n<!-- changed by «NAME» -->"),
    ("telegramjson", None, "{\n \"name\": \"«NAME:a»\",\n \"type\": \"personal_chat\",\n \"messages\": [\n  {\"date\": "
     "\"⟦«~ISOTS»⟧\", \"from\": \"«NAME:a»\", \"text\": \"not the garage PIN, the password is «PASSWORD4»\"},\n"
     "  {\"date\": \"⟦«~ISOTS»⟧\", \"from\": \"«FIRST:b»\", \"text\": \"ok, and «FIRST:c»'s number?\"},\n"
     "  {\"date\": \"⟦«~ISOTS»⟧\", \"from\": \"«NAME:a»\", \"text\": \"«PHONEH4»\"}\n ]\n}"),
    ("smsbackup", None, "<smses count=\"2\">\n  <sms address=\"«PHONEH4:a»\" date=\"⟦«~EPOCH»⟧000\" type=\"1\" "
     "body=\"Hi it's «FIRST:a», new code for the alarm portal: «PASSWORD4»\" contact_name=\"«NAME:a»\" />\n"
     "  <sms address=\"«PHONE4:b»\" type=\"2\" body=\"⟦«~OPEN4»⟧ late\" contact_name=\"«NAME:b»\" />\n</smses>"),
    ("bugreport", None, "### ⟦Steps⟧ to reproduce\n1. Log in as «EMAIL» / «PASSWORD4» on staging\n2. Open profile of "
     "«NAME» (phone «PHONEH4»)\n3. Click ⟦«~LOGIN4»⟧\n\n### Environment\n- version ⟦«~VERSION»⟧\n"
     "- test profile car: ⟦«~CAR4»⟧"),
    ("k6", None, "import http from 'k6/http';\nconst TOKEN = '«TOKEN»';\nexport default function () {\n"
     "  http.post('https://«=WORD».io/login', JSON.stringify({user: '«EMAIL»', pass: '«PASSWORD4»'}),\n"
     "    {headers: {Authorization: `Bearer ${TOKEN}`}});\n}"),
    ("selenium", None, "driver.find_element(By.ID, \"username\").send_keys(\"«DOTNAME»\")\n"
     "driver.find_element(By.ID, \"password\").send_keys(\"«PASSWORD4»\")\ndriver.find_element(By.NAME, "
     "\"phone\").send_keys(\"«PHONEH4»\")\nassert \"⟦«~LOGIN4»⟧\" in driver.title  # «NAME»"),
    ("zoomchat", None, "10:02:11 From «NAME:a» to Everyone:\n\tcan someone share the vpn password?\n10:02:40 From "
     "«NAME:b» to «NAME:a» (Direct Message):\n\t«PASSWORD4»\n10:03:05 From «NAME:c» to Everyone:\n\tmy number if "
     "audio drops: «PHONEH4»"),
    ("t4slip", ["en"], "T4 — Statement of Remuneration Paid\nEmployee's social insurance number: «SINSP»\n"
     "Employee's name: «UPLAST», «UPFIRST»\nEmployer: ⟦«~BRAND»⟧   Box 14: ⟦«~AMOUNT»⟧\nPhone «PHONEH4»"),
    ("p60", ["en"], "P60 End of Year Certificate\nEmployee's National Insurance number «NINO»\nSurname «UPLAST»  "
     "Forenames «UPFIRST»\nEmployer PAYE reference ⟦«=NUM»/«~BOOKREF»⟧\nSort code «=SORTCODE», dob «DOBH4»"),
    ("w2", ["en"], "Form W-2 Wage and Tax Statement\na Employee's SSN: «SSNDASH»\nb EIN: ⟦«=NUM»-«~DIGITS8»⟧\n"
     "e Employee's name: «NAME»\nf Address: ⟦«~NAMED4»⟧ Rd\nDirect deposit routing: «ABASEP»\nTest card on file: "
     "⟦«~SAMPLE4»⟧"),
    ("navform", ["no"], "⟦Søknad⟧ om dagpenger\nFødselsnummer (11 siffer): «FNR»\nNavn: «LASTFIRST»\n"
                        "Telefon: «PHONEH4»\n"
     "Kontonummer for utbetaling: «IBAN»\n⟦«~LAW4»⟧ gjelder.\n⟦Underskrift⟧: «NAME»"),
    ("elster", ["de"], "ELSTER – ⟦Anlage⟧ N\nIdentifikationsnummer: «STEUER»\nName, Vorname: «LASTFIRST»\n"
     "Geburtsdatum: «DOBH4»\nIBAN: «IBAN»\n⟦Telefonische⟧ Rückfragen: «PHONEH4»\n⟦«~OPEN4»⟧ fehlt die Anlage Kind."),
    ("fkform", ["sv"], "⟦Ansökan⟧ om föräldrapenning\nPersonnummer: «PNR12»\nBarnets personnummer: «PNR10:b»\n"
     "Namn: «NAME»\nTelefon dagtid: «PHONEH4»\n⟦«~LAW4»⟧ gäller för uppgifterna."),
    ("clubsignup", None, "⟦Membership⟧ form — ⟦«~NAMED4»⟧ sports hall\nMember: «NAME:m»\nBorn: «DOBH4:m»\n"
     "Guardian: «NAME:g», «PHONEH4:g»\nIBAN for direct debit: «IBAN»\nFavourite ⟦«~PRIZE4»⟧ winner: n/a"),
    ("smsreminder", None, "⟦«~OPEN4»⟧: Reminder for «FIRST» «LAST» (f. «DOBH4») — appointment ⟦«~DATE»⟧ "
     "at ⟦«~NAMED4»⟧. Reply STOP to «PHONEH4»."),
    ("exif", None, "$ exiftool scan_0042.pdf\nAuthor                          : «NAME»\n"
                   "Creator Tool                    : "
     "⟦«~BRAND»⟧ Scan ⟦«~VERSION»⟧\nSubject                         : passport copy, DOB «DOBH4»\n"
     "Last Modified By                : «DOTNAME»\nDocument ID                     : uuid:⟦«~UUID»⟧"),
    ("docxmeta", None, "<cp:coreProperties>\n  <dc:creator>«NAME:a»</dc:creator>\n  <cp:lastModifiedBy>«NAME:b»"
     "</cp:lastModifiedBy>\n  <dc:title>Contract — tel «PHONEH4»</dc:title>\n  <dcterms:modified>⟦«~ISOTS»⟧"
     "</dcterms:modified>\n</cp:coreProperties>"),
    ("bibtex", None, "@article{⟦«=WORD»2021⟧,\n  author  = {«LAST:a», «FIRST:a» and «LAST:b», «FIRST:b»},\n"
     "  title   = {On the ⟦«~PRIZE4»⟧ effect},\n  journal = {Annals of ⟦«~CITY»⟧},\n  note    = {corresponding "
     "author: «EMAIL:a»}\n}"),
    ("kustomize", None, "secretGenerator:\n- name: api-secrets\n  literals:\n  - DB_PASSWORD=«PASSWORD4»\n"
     "  - OPENAI_API_KEY=«OPENAI»\n  - SENTRY_DSN=⟦«~PH4»⟧\n# owner «NAME»"),
    ("argocd", None, "$ argocd login cd.«=WORD».dev --username admin --password '«PASSWORD4»'\n"
     "$ argocd repo add https://github.com/«=WORD»/deploy.git --username «DOTNAME» --password «GITHUB»\n"
     "repository 'https://github.com/«=WORD»/deploy.git' added"),
    ("sops", None, "$ sops -d secrets.enc.yaml\npostgres:\n  password: «PASSWORD4»\nstripe:\n  secret: «STRIPE»\n"
     "oncall:\n  name: «NAME»\n  phone: \"«PHONEH4»\"\nsops:\n  mac: ENC[AES256_GCM,data:⟦«~SHA32»⟧,type:str]"),
    ("snowsql", None, "# ~/.snowsql/config\n[connections.prod]\naccountname = ⟦«=WORD»-eu⟧\nusername = «DOTNAME»\n"
     "password = «PASSWORD4»\nwarehousename = ANALYTICS_WH\n# rotated by «NAME» on ⟦«~ISODATE»⟧"),
    ("flyctl", None, "$ fly secrets set DATABASE_URL=postgres://«=USER»:«URLPASS»@«IP»:5432/app "
     "SESSION_SECRET=«HEXTOKEN» -a «=WORD»\nRelease v⟦«=NUM»⟧ created\n$ fly secrets list\nNAME            DIGEST\n"
     "DATABASE_URL    ⟦«~SHORTSHA»⟧"),
    ("ghcli", None, "$ gh secret set NPM_TOKEN --body \"«GENERIC»\"\n$ gh secret set SMTP_PASSWORD --body '«PASSWORD4»'"
     "\n$ gh secret set AWS_SECRET_ACCESS_KEY < <(echo «AWSSECRET»)\n✓ Set Actions secret for «=WORD»/api"),
    ("sshconfig", None, "# ~/.ssh/config\nHost nas\n  HostName «IP»\n  User «DOTNAME»\n  # password: «PASSWORD4» "
     "(keys don't work on the old firmware)\nHost bastion\n  HostName «IPV6»\n  IdentityFile ~/.ssh/⟦«=WORD»⟧"),
    ("mqtt", None, "$ mosquitto_pub -h «IP» -p 8883 -u «=USER» -P '«PASSWORD4»' -t home/alarm -m on\n"
     "$ mosquitto_sub -h «IP» -u «=USER» -P «PASSWORD:s» -t '#' -v\nhome/owner «NAME» «PHONEH4»"),
    ("ftpsession", None, "Connected to «IP».\n220 ProFTPD Server\nName («IP»:«=USER»): «=USER»\n331 Password required\n"
     "Password: «PASSWORD4»\n230 User logged in\nftp> put ⟦«~BRAND»⟧-report.xlsx\nftp> quit"),
    ("imapsession", None, "* OK IMAP4rev1 ready\na001 LOGIN «EMAIL» «PASSWORD4»\na001 OK LOGIN completed\n"
     "a002 FETCH 1 (BODY[HEADER.FIELDS (FROM)])\nFrom: «NAME» <«EMAIL:f»>\na002 OK"),
    ("logcat", None, "⟦«~LOGTS»⟧ I/ActivityManager(«=PID»): START u0 {act=android.intent.action.VIEW "
     "dat=tel:«PHONEH4» cmp=com.android.dialer}\n⟦«~LOGTS»⟧ D/ProfileSync(«=PID»): user={email=«EMAIL», "
     "name=«NAME», dob=«DOBISO»}"),
    # ---- letters and records ----
    ("coverletter", ["en"], "«NAME»\n«PHONEH4» · «EMAIL»\n\n⟦Dear⟧ Hiring Manager,\n⟦«~OPEN4»⟧ my application for the "
     "role at ⟦«~BRAND»⟧. My referee, «NAME:r» («PHONE4:r»), can confirm my work at ⟦«~NAMED4»⟧.\n"
     "Yours faithfully,\n«FIRST»"),
    ("coverletter", ["fr"], "«NAME»\n«PHONEH4»\n\n⟦«~OPEN4»⟧ votre annonce, je vous adresse ma candidature. "
     "⟦Référence⟧ : «NAME:r», joignable au «PHONE4:r».\n«FIRST»"),
    ("prescription", None, "Rx — ⟦«~NAMED4»⟧\nPatient: «LASTFIRST»   DOB: «DOBH4»\nTel: «PHONEH4»\n"
     "⟦«~DRUG4»⟧, 1×3 daily\nPrescriber: Dr «NAME:d»\n⟦«~LAW4»⟧"),
    ("carrental", None, "RENTAL AGREEMENT ⟦«~BOOKREF»⟧\nDriver: «UPNAME»\nDate of birth: «DOBH4»\nMobile: «PHONEH4»\n"
     "⟦Vehicle⟧: ⟦«~CAR4»⟧, reg ⟦«~REG4»⟧\nCard: «CARD» (pre-auth ⟦«~AMOUNT»⟧)\nSecond driver: «NAME:s»"),
    ("carrental", ["en"], "Hertz-style form\nPrimary driver «NAME», DOB «DOBMDY»\nSSN (for US residents): «SSN»\n"
     "Phone «PHONEH4»\nVehicle ⟦«~CAR4»⟧"),
    ("vetrecord", None, "Patient: ⟦«~PET4»⟧ (dog)\nOwner: «NAME»\nOwner phone: «PHONEH4»\nOwner email: «EMAIL»\n"
     "Treatment: ⟦«~DRUG4»⟧ — not for human use"),
]

HELDOUT4_PROSE = {
    "en": [
        "fwd: > From: «NAME» <«EMAIL»>\n> my new mobile is «PHONEH4», old one's gone",
        "⟦Attendees⟧: «NAME:a», «NAME:b», «FIRST:c» «LAST:c» and me.",
        "⟦The⟧ master passphrase for the team vault is «PASSPHRASE», write it on nothing.",
        "⟦«~OPEN4»⟧ the form: SSN «SSNSP», birthday «DOBH4», phone «PHONEH4».",
        "⟦Yesterday⟧ I went to ⟦«~NAMED4»⟧ with «FIRST» yesterday; «FIRST:b» drove us.",
        "«ABA» — that's the bank's routing no., and the account is in «NAME»'s name.",
        "⟦Root⟧ pw on the NAS: «PASSWORD4». (Don't laugh, «LOWNAME» chose it.)",
        "⟦Voicemail⟧ from «NAME», uh, call back on «PHONEH4» re the ⟦«~CAR4»⟧.",
        "«DOBH4» — that's when «FIRST» was born, so the ⟦«~PRIZE4»⟧ party is early.",
        "⟦My⟧ SIN is «SIN» and my partner «NAME» uses «PHONEH4». ⟦«~LAW4»⟧ applies, right?",
    ],
    "no": [
        "vidersendt: > Fra: «NAME» <«EMAIL»>\n> nytt nummer: «PHONEH4»",
        "⟦Til⟧ stede: «NAME:a», «NAME:b» og «FIRST:c».",
        "⟦Hovedpassordet⟧ til hvelvet er «PASSPHRASE», ikke skriv det ned.",
        "⟦«~OPEN4»⟧ skjemaet: fnr «FNR», fødd «DOBH4», mob «PHONEH4».",
        "⟦Jeg⟧ var på ⟦«~NAMED4»⟧ med «FIRST» i går, «FIRST:b» kjørte.",
        "⟦Rotpassordet⟧ på NAS-en: «PASSWORD4» («LOWNAME» valgte det).",
        "⟦Talebeskjed⟧ fra «NAME»: ring tilbake på «PHONEH4».",
        "«DOBH4» er bursdagen til «FIRST», så festen blir tidlig.",
        "⟦Kontoen⟧ står på «NAME»: «IBAN».",
        "⟦Dessverre⟧ har «FIRST» mistet kortet, nummeret var «CARD».",
    ],
    "sv": [
        "vidarebefordrat: > Från: «NAME» <«EMAIL»>\n> nytt nummer: «PHONEH4»",
        "⟦Närvarande⟧: «NAME:a», «NAME:b» och «FIRST:c».",
        "⟦Huvudlösenfrasen⟧ till valvet är «PASSPHRASE», skriv inte ner den.",
        "⟦«~OPEN4»⟧ blanketten: personnr «PNR», född «DOBH4», mobil «PHONEH4».",
        "⟦Jag⟧ var på ⟦«~NAMED4»⟧ med «FIRST» i går, «FIRST:b» körde.",
        "⟦Rootlösenordet⟧ på NAS:en: «PASSWORD4» («LOWNAME» valde det).",
        "⟦Röstmeddelande⟧ från «NAME»: ring tillbaka på «PHONEH4».",
        "«DOBH4» fyller «FIRST» år, så festen blir tidig.",
        "⟦Kontot⟧ står på «NAME»: «IBAN».",
        "⟦Tyvärr⟧ har «FIRST» tappat kortet, numret var «CARD».",
    ],
    "de": [
        "weitergeleitet: > Von: «NAME» <«EMAIL»>\n> neue Nummer: «PHONEH4»",
        "⟦Anwesend⟧: «NAME:a», «NAME:b» und «FIRST:c».",
        "⟦Die⟧ Master-Passphrase für den Tresor lautet «PASSPHRASE», nirgends aufschreiben.",
        "⟦«~OPEN4»⟧ das Formular: Steuer-ID «STEUER», geb. «DOBH4», Handy «PHONEH4».",
        "⟦Ich⟧ war gestern mit «FIRST» in der ⟦«~NAMED4»⟧, «FIRST:b» ist gefahren.",
        "⟦Root-Passwort⟧ auf dem NAS: «PASSWORD4» («LOWNAME» hat es ausgesucht).",
        "⟦Sprachnachricht⟧ von «NAME»: bitte zurückrufen unter «PHONEH4».",
        "«DOBH4» hat «FIRST» Geburtstag, die Feier ist also früh.",
        "⟦Das⟧ Konto läuft auf «NAME»: «IBAN».",
        "⟦Leider⟧ hat «FIRST» die Karte verloren, die Nummer war «CARD».",
    ],
    "fr": [
        "transféré : > De : «NAME» <«EMAIL»>\n> nouveau numéro : «PHONEH4»",
        "⟦Présents⟧ : «NAME:a», «NAME:b» et «FIRST:c».",
        "⟦La⟧ phrase secrète du coffre, c'est «PASSPHRASE» ; ne l'écris nulle part.",
        "⟦«~OPEN4»⟧ le formulaire : née le «DOBH4», portable «PHONEH4».",
        "⟦Je⟧ suis allée à l'⟦«~NAMED4»⟧ avec «FIRST» hier, «FIRST:b» conduisait.",
        "⟦Mot⟧ de passe root du NAS : «PASSWORD4» (c'est «LOWNAME» qui l'a choisi).",
        "⟦Message⟧ vocal de «NAME» : rappeler au «PHONEH4».",
        "«DOBH4», c'est la date de naissance de «FIRST».",
        "⟦Le⟧ compte est au nom de «NAME» : «IBAN».",
        "⟦Malheureusement⟧ «FIRST» a perdu sa carte, le numéro était «CARD».",
    ],
    "es": [
        "reenviado: > De: «NAME» <«EMAIL»>\n> número nuevo: «PHONEH4»",
        "⟦Asistentes⟧: «NAME:a», «NAME:b» y «FIRST:c».",
        "⟦La⟧ frase maestra de la bóveda es «PASSPHRASE», no la apuntes.",
        "⟦«~OPEN4»⟧ el formulario: nacida el «DOBH4», móvil «PHONEH4».",
        "⟦Ayer⟧ fui al ⟦«~NAMED4»⟧ con «FIRST», conducía «FIRST:b».",
        "⟦La⟧ contraseña de root del NAS: «PASSWORD4» (la eligió «LOWNAME»).",
        "⟦Mensaje⟧ de voz de «NAME»: devolver la llamada al «PHONEH4».",
        "«DOBH4» es la fecha de nacimiento de «FIRST».",
        "⟦La⟧ cuenta está a nombre de «NAME»: «IBAN».",
        "⟦Lamentablemente⟧ «FIRST» perdió la tarjeta, el número era «CARD».",
    ],
}
