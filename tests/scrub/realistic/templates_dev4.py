"""templates_dev4.py — a fourth development half: shapes and phrasings no earlier half shows.

Written apart from the rules (its author read the README's list of types, the scorer, values.py,
generate.py, templates.py, templates_dev2.py, templates_dev3.py and the dev halves, never the
scrubber's sources, data, or any held-out template or case): travel bookings (PNR lines with
SURNAME/FIRSTNAME, hotel folios), chat exports (WhatsApp, Teams, IRC), meeting minutes, CVs,
receipts, payslips, medical letters, insurance claims, rental contracts, school letters, HR
reviews, GitHub issues with Python tracebacks, Helm values, Dockerfile ARGs, nginx, crontab,
Ansible vault plaintext, Python dicts, JS objects, Kotlin and C#, SQL UPDATE, MongoDB queries,
HAR excerpts, SMTP transcripts, tfvars and Jupyter output; names in capitals, with particles
(van der, de la, von, af, Mac, Mc, O'), hyphenated, with initials and as "Last, First"; secrets
under keys in six languages; routing numbers phrased many ways; decoys of streets and brands
named after people, products, weekday abbreviations, booking references and flight numbers,
numbers of an ID's length that fail its check, and more placeholders.
Rule writers may read it, fix from it, and must not fit to it alone.

Same syntax as templates.py. Slots first used here (generate.py): «UPFIRST»/«UPLAST»/«UPNAME» a
name in capitals, «INITIAL» "O. Hansen", «LASTFIRST» "Hansen, Ole", «PHONE4» (values.phone_new),
«DOB4» (generate.Case.birth_new), «PASSWORD4» a typed password with symbols, «TELEGRAM»,
«DISCORDHOOK», «SASSIG», «NINOSP», «IBANX» (an IBAN of another country); decoys «~BOOKREF»,
«~FLIGHT», «~PLACEHOLDER4», «~WEEKDAYL», «~DIGITS8»/«~DIGITS9»/«~DIGITS11», «~HEXID», and this
file's pools «~STREET» and «~PRODUCT» (DEV4_DECOYS)."""

DEV4_FIRST = {
    "en": ["Thaddeus", "Rowena", "Cormac", "Lucinda", "Barnaby", "Niamh", "Oluwaseun", "Priyanka", "Mei-Ling",
           "Ezekiel", "Winifred", "Dashiell"],
    "no": ["Torunn", "Halldis", "Aslak", "Brynjulf", "Ingebjørg", "Sjur", "Gry", "Jørund", "Anne-Lise", "Ottar",
           "Målfrid", "Vidar"],
    "sv": ["Sixten", "Margareta", "Torvald", "Gunnel", "Evert", "Saga", "Valdemar", "Hjördis", "Kjell", "Britt-Marie",
           "Ragnvald", "Dagny"],
    "de": ["Hildegard", "Egon", "Liesel", "Konrad", "Gisela", "Reinhold", "Mechthild", "Henning", "Adelheid",
           "Wilfried", "Ingeborg", "Hans-Peter"],
    "fr": ["Anne-Sophie", "Jean-Baptiste", "Eugénie", "Marc-Antoine", "Bérangère", "Anaïs", "Cyprien", "Mélisande",
           "Ludovic", "Victoire", "Hippolyte", "Héloïse"],
    "es": ["Macarena", "Eulalia", "Fulgencio", "Guadalupe", "Maite", "Ximena", "José Manuel", "María José", "Leire",
           "Casimiro", "Ascensión", "Xabier"],
}
DEV4_LAST = {
    "en": ["MacGregor", "McNulty", "O'Donoghue", "van der Merwe", "Ashby-Clarke", "De Souza", "Nwachukwu",
           "Throckmorton", "Villiers", "Okoro-Bello", "Featherstone", "Dunleavy"],
    "no": ["Kvalheim", "Øvrebø", "Bråten", "Lothe", "Fjærli", "Skjæveland", "Aarvik", "Midtbø", "Bjerke-Hansen",
           "Tveit", "Grøtting", "von Krogh"],
    "sv": ["af Klercker", "Ljungberg", "Grahn", "Söderholm", "Wennerström", "Sandelin", "Lagerkvist", "Rydén",
           "Östlund", "Strömqvist", "von Essen", "Nordenskiöld"],
    "de": ["von Bülow", "Großkopf", "Weißenborn", "Oberhäuser", "Kühnemund", "Pfannkuch", "Hölzl", "Mayer-Vorfelder",
           "Schimanski", "von der Heyde", "Brückner", "Dreßler"],
    "fr": ["de La Tour", "Le Goff", "d'Aubigné", "Delaunay", "Kerbrat", "Le Bihan", "Besnard", "Desjardins",
           "Saint-Clair", "Tessier", "Aubert-Lamy", "Lécuyer"],
    "es": ["de la Fuente", "del Río", "Villanueva", "Echeverría", "Fernández-Arias", "Carrasco", "Quiroga",
           "de los Santos", "Olmedo", "Zubizarreta", "Bermúdez", "Urquijo"],
}
DEV4_CITIES = {
    "en": ["Baltimore", "Aberdeen", "Winnipeg", "Cork", "Tulsa", "Adelaide"],
    "no": ["Mo i Rana", "Hønefoss", "Levanger", "Sogndal", "Kirkenes", "Egersund"],
    "sv": ["Borås", "Skellefteå", "Trollhättan", "Nyköping", "Ystad", "Kalmar"],
    "de": ["Würzburg", "Oldenburg", "Paderborn", "Saarbrücken", "Konstanz", "Gelsenkirchen"],
    "fr": ["Clermont-Ferrand", "Annecy", "La Rochelle", "Colmar", "Avignon", "Saint-Étienne"],
    "es": ["Cáceres", "Huesca", "Jerez de la Frontera", "Ourense", "San Sebastián", "Albacete"],
}
DEV4_BRANDS = ["Yves Saint Laurent", "Christian Louboutin", "Vivienne Westwood", "Alexander McQueen", "Sonia Rykiel",
               "Levi Strauss", "McKinsey & Company", "Baker McKenzie", "Clifford Chance", "Roland Berger",
               "Kühne + Nagel", "Dr. Oetker", "Lazard Frères", "Arne Jacobsen", "Arthur D. Little", "Bertelsmann"]
DEV4_DECOYS = {
    "STREET": {
        "en": ["Abbey Road", "Baker Street", "Martin Luther King Jr. Blvd", "Lincoln Avenue", "Wellington Street",
               "Queen Victoria Street"],
        "no": ["Karl Johans gate", "Henrik Ibsens gate", "Olav Tryggvasons gate", "Kong Oscars gate",
               "Christian Michelsens gate"],
        "sv": ["Drottninggatan", "Birger Jarlsgatan", "Sankt Eriksgatan", "Gustav Adolfs torg", "Karlavägen"],
        "de": ["Goethestraße", "Friedrich-Ebert-Straße", "Konrad-Adenauer-Ring", "Bismarckallee",
               "Kaiser-Wilhelm-Straße"],
        "fr": ["Rue Victor Hugo", "Avenue Jean Jaurès", "Boulevard Haussmann", "Place Charles de Gaulle",
               "Rue Émile Zola"],
        "es": ["Calle de Alcalá", "Avenida de Cervantes", "Plaza de Colón", "Calle Antonio Machado",
               "Calle Velázquez"],
    },
    "PRODUCT": ["Galaxy S24 Ultra", "iPhone 15 Pro", "Windows 11 Pro", "Ubuntu 24.04 LTS", "ThinkPad X1 Carbon",
                "Surface Laptop 5", "PlayStation 5", "MacBook Air M3", "Pixel 8a", "Kindle Paperwhite",
                "Office 365 E3", "Teams Premium"],
}

DEV4_STRUCTURED = [
    # ---- travel ----
    ("pnr", None, "RP/OSLSK08AA/OSLSK08AA            AA/SU  «~ISODATE»/1204Z   ⟦«~BOOKREF»⟧\n"
     "  1.«UPLAST:a»/«UPFIRST:a» MR   2.«UPLAST:b»/«UPFIRST:b» MRS\n"
     "  3  ⟦«~FLIGHT»⟧ Y 12MAR 2 OSLCDG HK2  0710 0935   *1A/E*\n  4 AP «PHONE4»-M\n  5 APE «EMAIL:a»\n"
     "  6 FA PAX 117-«=NUM12»/ETSK/EUR310.20\n  7 FP CCVI «CARD»/0327\n\ncan you tell me what each line of this "
     "booking means?"),
    ("pnr", None, "Booking reference: ⟦«~BOOKREF»⟧\nPassenger 1: «UPLAST:a» «UPFIRST:a» (adult)\nPassenger 2: "
     "«UPLAST:b» «UPFIRST:b» (child, born «DOBISO»)\nFlight ⟦«~FLIGHT»⟧ departs «~ISODATE» 07:10\nContact: «EMAIL:a», "
     "«PHONE4»\nPaid with card ending ⟦«=LAST4»⟧\n\nthe airline spelled «FIRST:a»'s name wrong, draft a complaint"),
    ("hotel", None, "GUEST FOLIO — ⟦«~BRAND»⟧ Hotel ⟦«~CITY»⟧\nGuest: «LASTFIRST:g»\nAddress: ⟦«~STREET»⟧ 12\n"
     "Arrival: «~ISODATE»   Departure: «~ISODATE»   Room ⟦«=NUM»⟧\nConf. no. ⟦«~BOOKREF»⟧\n"
     "Card on file: «CARD»\nTel.: «PHONE4»\n\n«~ISODATE»  Room charge    ⟦«~AMOUNT»⟧\n«~ISODATE»  Minibar\n\n"
     "please itemise this folio for my expense report, the guest was «INITIAL:g»"),
    # ---- chat exports ----
    ("whatsapp", None, "[«~CHATTS»] «NAME:a»: hey, what's the wifi password at the cabin?\n"
     "[«~CHATTS»] «NAME:b»: «PASSWORD4»\n[«~CHATTS»] «NAME:b»: and the door code is ⟦«=LAST4»⟧, don't share it\n"
     "[«~CHATTS»] «NAME:a»: ⟦👍⟧ my new number btw: «PHONE4»\n\nsummarise this chat"),
    ("whatsapp", ["no"], "«~CHATTS» - «FIRST:a»: Kan du sende meg kontonummeret ditt?\n"
     "«~CHATTS» - «FIRST:b» «LAST:b»: «IBAN»\n«~CHATTS» - «FIRST:a»: Takk! Overfører i kveld\n"
     "«~CHATTS» - «FIRST:b» «LAST:b»: Ring «PHONE4» hvis noe\n\nhvem skylder hvem penger her?"),
    ("teams", None, "«LASTFIRST:a» «~CHATTS»\nCan someone rerun the deploy? the token is «GITHUB»\n\n"
     "«LASTFIRST:b» «~CHATTS»\n@«FIRST:a» please don't paste tokens in Teams, I'll revoke it\n\n"
     "«LASTFIRST:a» «~CHATTS»\nsorry! new one is in the vault. ⟦«~PRODUCT»⟧ licence issue is ⟦«~TICKET»⟧\n\n"
     "turn this into a postmortem timeline"),
    ("irc", ["en"], "[«=TIME»] -!- «FIRST:a» [~«FIRST:a»@«IP»] has joined #ops\n[«=TIME»] <«FIRST:a»> anyone "
     "know the stage redis pass?\n[«=TIME»] <oncall> «FIRST:a»: it's «PASSWORD4» but use the vault next time\n"
     "[«=TIME»] -!- «FIRST:a» [~«FIRST:a»@«IP»] has quit [Ping timeout: 250 seconds]"),
    # ---- meetings, people, HR ----
    ("minutes", None, "MEETING MINUTES — Project ⟦Orion⟧ steering group, «~DATE»\nPresent: «NAME», «INITIAL», "
     "«NAME:c» (chair), «NAME»\nApologies: «NAME»\nMinutes: «NAME:s»\n\n1. «FIRST:c» opened the meeting at ⟦«=TIME»⟧.\n"
     "2. Budget: ⟦«~AMOUNT»⟧ approved for ⟦«~PRODUCT»⟧ licences.\n3. AOB: vendor contact «EMAIL», «PHONE4»\n\n"
     "Next meeting ⟦«~WEEKDAY»⟧ «~DATE». Actions to «FIRST:s».\n\nturn these into an action list"),
    ("attendees", None, "| # | Name | Organisation | E-mail | Mobile | Dietary |\n|---|---|---|---|---|---|\n"
     "| 1 | «UPLAST:a», «FIRST:a» | ⟦«~BRAND»⟧ | «EMAIL:a» | «PHONE4» | vegetarian |\n| 2 | «UPLAST:b», «FIRST:b» | "
     "⟦«~COMPANY»⟧ | «EMAIL:b» | «PHONE4» | — |\n| 3 | «UPLAST:c», «FIRST:c» | self | «EMAIL:c» | «PHONE4» | "
     "halal |\n\n"
     "make name badges from this table"),
    ("cv", ["en"], "CURRICULUM VITAE\n\n«UPNAME:p»\n⟦«~STREET»⟧ 4, ⟦«~CITY»⟧ · «PHONE4» · «EMAIL:p»\n"
     "Date of birth: «DOB4» · Nationality: British · NI number: «NINOSP»\n\nEXPERIENCE\n2019–present  Senior "
     "Analyst, ⟦«~BRAND»⟧\n2015–2019  Analyst, ⟦«~COMPANY»⟧\n\nREFERENCES\n«NAME», Head of Risk — «PHONE4»\n\n"
     "rewrite «FIRST:p»'s CV as a one-page résumé"),
    ("cv", ["de"], "LEBENSLAUF\n\nPersönliche Daten\nName: «NAME:p»\nGeburtsdatum: «DOB4»\nAnschrift: "
     "⟦«~STREET»⟧ 7, ⟦«~CITY»⟧\nMobil: «PHONE4»\nE-Mail: «EMAIL»\n\n⟦Berufserfahrung⟧\nseit 2020 "
     "⟦Projektleiterin⟧ bei ⟦«~BRAND»⟧\n\n⟦Sprachkenntnisse⟧: Deutsch, Englisch\n\nbitte den "
     "Lebenslauf von «FIRST:p» kürzen"),
    ("hrreview", ["en"], "PERFORMANCE REVIEW — CONFIDENTIAL\nEmployee: «NAME:e» (ID ⟦«~DIGITS8»⟧)\nManager: "
     "«INITIAL:m»\nPeriod: ⟦H1⟧ «~ISODATE»\n\n«FIRST:e» exceeded targets on the ⟦«~PRODUCT»⟧ rollout. Peer "
     "feedback from «NAME» and «NAME» was positive. «LAST:m» recommends a raise; payroll needs SSN «SSNDASH» "
     "and the new direct deposit routing «ABA»."),
    ("school", ["no"], "Til foresatte i klasse 4B\n\n⟦Fredag⟧ «~DATE» drar vi på tur til ⟦«~CITY»⟧. ⟦Elever⟧ som "
     "ikke kan delta: gi beskjed til kontaktlærer «NAME:t» på «PHONE4» eller «EMAIL».\n\nElev: «NAME:e», født «DOB4»"
     "\nForesatt: «NAME», tlf. «PHONE4»\n\n⟦Hilsen⟧ «FIRST:t»\n\nskriv om til et kortere skriv"),
    ("school", ["fr"], "Madame, Monsieur,\n\n⟦Votre⟧ enfant «NAME:e», né le «DOB4», est inscrit en classe de CM1 pour "
     "l'année ⟦2025-2026⟧. ⟦Merci⟧ de nous retourner la fiche signée.\n\nResponsable légal : «UPLAST:r» «FIRST:r»\n"
     "Portable : «PHONE4»\nCourriel : «EMAIL»\n\n⟦La⟧ directrice, «INITIAL»"),
    # ---- money, health, insurance, housing ----
    ("receipt", None, "⟦«~BRAND»⟧ — ⟦«~STREET»⟧, ⟦«~CITY»⟧\nRECEIPT ⟦«~INVOICE»⟧\n«~ISODATE» «=TIME»\n\n"
     "1 x ⟦«~PRODUCT»⟧   ⟦«~AMOUNT»⟧\nEAN ⟦«~EAN»⟧\n\nCARD «CARD»\nAUTH CODE ⟦«=LAST4»A1⟧\nCARDHOLDER "
     "«UPNAME»\n\nwhat VAT rate was charged?"),
    ("payslip", ["no"], "LØNNSSLIPP «~DATE»\nArbeidsgiver: ⟦«~COMPANY»⟧, org.nr. ⟦«~ORGNR»⟧\nAnsatt: «LASTFIRST»\n"
     "Fødselsnr.: «FNRSP»\nSkattetrekk: tabell ⟦7100⟧\nUtbetalt til konto «IBAN»: ⟦«~AMOUNT»⟧\n\nhvorfor er "
     "skattetrekket så høyt?"),
    ("payslip", ["sv"], "LÖNESPECIFIKATION ⟦«~DATE»⟧\nArbetsgivare: ⟦«~COMPANY»⟧\nNamn: «UPNAME»\nPers.nr: «PNR»\n"
     "Bruttolön ⟦«~AMOUNT»⟧\nPreliminär skatt\nUtbetalas till: «IBAN»\n\nvarför är skatten så hög?"),
    ("medical", ["de"], "Arztbrief\n\nSehr geehrte Frau Kollegin,\n\nwir berichten über Ihre Patientin «NAME:p», "
     "geb. «DOB4», wohnhaft ⟦«~STREET»⟧ 3, die sich vom «~DATE» bis «~DATE» in unserer stationären Behandlung "
     "befand.\n\n⟦Diagnose⟧: ⟦Pneumonie⟧\n⟦Therapie⟧: Amoxicillin\n\nRückfragen gern unter «PHONE4».\n\n"
     "Mit kollegialen Grüßen\n«INITIAL», ⟦Oberarzt⟧\n\nbitte in einfacher Sprache für Frau «LAST:p» erklären"),
    ("insurance", ["fr"], "DÉCLARATION DE SINISTRE n° ⟦«~DIGITS11»⟧\nAssuré : «LASTFIRST:a»\nNé(e) le : «DOB4»\n"
     "Adresse : ⟦«~STREET»⟧, ⟦«~CITY»⟧\nTéléphone : «PHONE4»\nIBAN pour l'indemnisation : «IBAN»\n\n"
     "Circonstances : le «~DATE», le véhicule de M. «NAME» a heurté notre portail.\n\naide-moi à rédiger la lettre"),
    ("insurance", ["en"], "CLAIM FORM — ⟦«~BRAND»⟧ Insurance\nPolicy no.: ⟦«~DIGITS9»⟧\nClaimant: «NAME:c»\n"
     "DOB: «DOB4EN»\nSSN (last 4 only!): ⟦«=LAST4»⟧ — full: «SSNSP»\nDirect deposit: ABA/RTN «ABASEP», acct "
     "⟦«=NUM12»⟧\nPhone: «PHONE4»\n\n«FIRST:c» wants to know why the claim was denied"),
    ("rental", ["es"], "CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nEn ⟦«~CITY»⟧, a «~DATE»\n\nREUNIDOS\nDe una parte, "
     "D.ª «NAME:a», mayor de edad, con domicilio en ⟦«~STREET»⟧ 14.\nDe otra parte, D. «NAME:b», "
     "teléfono «PHONE4», correo «EMAIL».\n\nLa renta se abonará en la cuenta «IBAN» titularidad de «LAST:a».\n\n"
     "¿es legal la cláusula de fianza?"),
    # ---- issues and stack traces ----
    ("ghissue", None, "### Bug: login throws KeyError after upgrading to ⟦«~VERSION»⟧\n\n**Steps**\n1. set "
     "`AUTH_SECRET=«HEXTOKEN»` in `.env`\n2. log in as «EMAIL»\n\n**Traceback**\n```\nTraceback (most recent call "
     "last):\n  File \"/app/auth.py\", line 88, in login\n    user = db.get(email=\"«EMAIL»\", phone=\"«PHONE4»\")\n"
     "  File \"/app/db.py\", line 12, in get\n    conn = psycopg2.connect(\"dbname=app user=«=USER» "
     "password=«PASSWORD»\")\nKeyError: 'tenant'\n```\n\n**Env**: ⟦«~PRODUCT»⟧, commit ⟦«~SHORTSHA»⟧"),
    ("ghissue", None, "Sentry issue ⟦«~HEXID»⟧\nUser: {\"id\": «=NUM», \"email\": \"«EMAIL»\", \"ip_address\": "
     "\"«IP»\", \"username\": \"«NAME»\"}\nTags: release=⟦«~VERSION»⟧ browser=Chrome\nRequest headers:\n"
     "  Cookie: sessionid=«TOKEN»\n  X-Request-Id: «~UUID»\n\nwhy is this erroring only for some users?"),
    # ---- infrastructure ----
    ("helm", None, "# values-prod.yaml\nreplicaCount: 3\nimage:\n  tag: \"⟦«~VERSION»⟧\"\npostgresql:\n  auth:\n"
     "    username: «=USER»\n    password: «PASSWORD:p»\n    postgresPassword: «PASSWORD»\nexternalDatabase:\n"
     "  url: postgresql://«=USER»:«URLPASS:p»@«IP»:5432/app\nsmtp:\n  pass: «PASSWORD4»\nsecrets:\n"
     "  stripeSecret: «STRIPE»\n  sentryDsn: \"⟦«~PLACEHOLDER4»⟧\"\n\nhelm upgrade fails with 'password authentication "
     "failed'"),
    ("dockerfile", None, "FROM node:20-alpine\nARG NPM_TOKEN=«GENERIC»\nARG DB_PASSWD=«PASSWORD4»\n"
     "RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci\nENV TELEGRAM_BOT=«TELEGRAM»\n"
     "ENV API_KEY=⟦«~PLACEHOLDER4»⟧\nCMD [\"node\", \"bot.js\"]\n\nis it a problem that docker history shows these?"),
    ("nginx", None, "server {\n    listen 443 ssl;\n    server_name ⟦shop.«=WORD».com⟧;\n    location /api/ {\n"
     "        proxy_pass http://«IP»:8080;\n        proxy_set_header Authorization \"Bearer «TOKEN»\";\n"
     "        proxy_set_header X-Api-Key «HEXTOKEN»;\n    }\n    allow «IP»;\n    deny all;\n}\n\n"
     "nginx -t says ok but I get 403 from «IP»"),
    ("crontab", None, "# m h dom mon dow command\n0 3 * * * PGPASSWORD='«PASSWORD4:p»' pg_dump -h «IP» -U «=USER» app "
     "> /backup/app.sql\n*/5 * * * * curl -fsS -u admin:«URLPASS» https://status.«=WORD».com/ping\n"
     "30 6 * * 1 /usr/local/bin/report --mail «EMAIL» --smtp-pass «PASSWORD4:p»\n\nwhy doesn't the backup "
     "run on Sundays?"),
    ("ansible", None, "$ ansible-vault view group_vars/prod/vault.yml\nvault_db_password: «PASSWORD»\n"
     "vault_ldap_bind_pw: «PASSWORD4»\nvault_aws_secret_key: «AWSSECRET»\nvault_aws_access_key: «AWSID»\n"
     "vault_admin_email: «EMAIL»\nvault_backup_host: «IP»\n\nhow do I rotate these without downtime?"),
    ("tfvars", None, "# prod.auto.tfvars\nregion          = \"eu-north-1\"\ndb_master_user  = \"«=USER»\"\n"
     "db_master_pass  = \"«PASSWORD4»\"\ncloudflare_token = \"«TOKEN»\"\nalert_email     = \"«EMAIL»\"\n"
     "storage_sas_url = \"https://«=WORD».blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl"
     "&se=2026-01-01&sig=«SASSIG»\"\nallowed_cidrs   = [\"«IP»/32\"]\n\nterraform plan wants to replace the db"),
    # ---- code ----
    ("pydict", None, "CUSTOMERS = [\n    {'name': '«NAME»', 'tel': '«PHONE4»', 'born': '«DOBISO»', "
     "'iban': '«IBAN»'},\n    {'name': '«NAME»', 'tel': '«PHONE4»', 'born': '«DOBISO»', 'iban': '«IBANX»'},\n]\n"
     "SMTP = {'host': 'smtp.«=WORD».com', 'user': '«EMAIL»', 'pw': '«PASSWORD4»'}\n\nsort CUSTOMERS by age"),
    ("jsobject", None, "const config = {\n  firebase: { apiKey: \"«GOOGLE»\", projectId: \"⟦«=WORD»-prod⟧\" },\n"
     "  discord: \"https://discord.com/api/webhooks/«=SNOWFLAKE»/«DISCORDHOOK»\",\n  admin: { name: \"«NAME»\", "
     "phone: \"«PHONE4»\" },\n  openaiKey: process.env.OPENAI_KEY || \"«OPENAI»\",\n  placeholder: "
     "\"⟦«~PLACEHOLDER4»⟧\",\n};\n\nwhy does webpack inline the fallback key?"),
    ("kotlin", None, "object TestData {\n    val owner = Person(firstName = \"«FIRST:o»\", lastName = \"«LAST:o»\", "
     "mobile = \"«PHONE4»\")\n    const val IBAN = \"«IBAN»\"\n    const val SIGNING_SECRET = \"«HEXTOKEN»\"\n"
     "    val dataSource = \"jdbc:postgresql://«IP»:5432/app?user=«=USER»&password=«URLPASS»\"\n}\n"
     "// «LAST:o» is the test owner\n\nJUnit says dataSource refused the connection"),
    ("csharp", None, "var builder = WebApplication.CreateBuilder(args);\nvar conn = \"Server=«IP»;Database=Crm;"
     "User Id=sa;Password=«URLPASS»;TrustServerCertificate=True\";\nvar sendgrid = new SendGridClient(\"«GENERIC»\");\n"
     "var from = new EmailAddress(\"«EMAIL»\", \"«NAME»\");\n// TODO: move to user-secrets, ticket ⟦«~TICKET»⟧\n\n"
     "why does EF Core time out?"),
    ("sql", None, "UPDATE customers\nSET phone = '«PHONE4»',\n    email = '«EMAIL:c»',\n    date_of_birth = "
     "'«DOBISO»'\nWHERE last_name = '«LAST:c»' AND first_name = '«FIRST:c»';\n\nUPDATE payment_methods SET "
     "card_number = '«CARD»' WHERE customer_email = '«EMAIL:c»';\n-- 0 rows affected, why?"),
    ("sql", ["en"], "SELECT * FROM employees WHERE ssn = '«SSNDASH»' OR routing_no = '«ABA»';\n\n"
     " id | full_name | ssn | routing_no\n----+-----------+-----+-----------\n «=NUM» | «NAME» | «SSNDASH» | «ABA»\n"
     "(1 row)\n\nis it ok to index the ssn column?"),
    ("mongo", None, "db.users.find({ email: \"«EMAIL»\" })\n{\n  _id: ObjectId(\"⟦«~HEXID»⟧\"),\n  profile: { "
     "givenName: \"«FIRST»\", familyName: \"«LAST»\", mobile: \"«PHONE4»\" },\n  auth: { resetToken: "
     "\"«TOKEN»\" },\n  lastLoginIp: \"«IP»\"\n}\n\nwrite an index for this query"),
    ("har", None, "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": "
     "\"https://api.«=WORD».com/v1/login\", \"headers\": [{\"name\": \"Authorization\", \"value\": \"Bearer «JWT»\"}, "
     "{\"name\": \"User-Agent\", \"value\": \"Mozilla/5.0\"}], \"postData\": {\"text\": "
     "\"{\\\"username\\\":\\\"«EMAIL»\\\",\\\"password\\\":\\\"«PASSWORD4»\\\"}\"}}, \"response\": {\"status\": 500}, "
     "\"serverIPAddress\": \"«IP»\", \"startedDateTime\": \"«~ISOTS»\"}]}}\n\nwhy 500?"),
    ("smtp", None, "$ openssl s_client -starttls smtp -connect smtp.«=WORD».com:587\n220 smtp ESMTP ready\n"
     "EHLO me\n250-AUTH LOGIN PLAIN\nAUTH PLAIN «BASICAUTH»\n235 2.7.0 Authentication successful\n"
     "MAIL FROM:<«EMAIL»>\n250 OK\nRCPT TO:<«EMAIL»>\n550 5.1.1 user unknown\n\nwhy 550?"),
    ("jupyter", None, "In [12]: df[df.balance < 0].head(3)\nOut[12]:\n       name                 phone      "
     "         iban\n17   «NAME»   «PHONE4»   «IBAN»\n42   «NAME»   «PHONE4»   «IBAN»\n108  «NAME»   «PHONE4»   "
     "«IBAN»\n\nIn [13]: df.to_csv('negatives.csv')\n\nwhy are there negatives?"),
    ("tsv", ["sv"], "Förnamn\tEfternamn\tPersonnr\tTelefon\tFödd\n«FIRST»\t«LAST»\t«PNR»\t«PHONE4»\t«DOB4»\n«FIRST»\t"
     "«LAST»\t«PNR10»\t«PHONE4»\t«DOB4»\n\nsortera efter ålder"),
    ("tsv", ["de"], "Nachname\tVorname\tSteuer-IdNr\tGeburtstag\tKontakt\n«LAST»\t«FIRST»\t«STEUER»\t«DOB4»\t"
     "«PHONE4»\n«LAST»\t«FIRST»\t«STEUERSP»\t«DOB4»\t«EMAIL»\n\nbitte nach ⟦Geburtstag⟧ sortieren"),
    ("decoyonly", None, "Release ⟦«~VERSION»⟧ for ⟦«~PRODUCT»⟧\nBooking ⟦«~BOOKREF»⟧ on ⟦«~FLIGHT»⟧, customer no. "
     "⟦«~DIGITS8»⟧, policy ⟦«~DIGITS9»⟧, case ⟦«~DIGITS11»⟧\nobject id ⟦«~HEXID»⟧, config PASSWORD=⟦«~PLACEHOLDER4»⟧\n"
     "Office: ⟦«~STREET»⟧, ⟦«~CITY»⟧ — ⟦«~BRAND»⟧\n\nwrite a status update"),
]

DEV4_PROSE = {
    "en": [
        "⟦Quick⟧ one: «UPLAST:a», «UPFIRST:a» is how the airline has her, but her passport says «NAME:a». ⟦Booking⟧ "
        "⟦«~BOOKREF»⟧.",
        "⟦Wire⟧ instructions — beneficiary «NAME», ABA «ABA», account ⟦«=NUM12»⟧. ⟦Please⟧ confirm by phone at "
        "«PHONE4» before sending.",
        "the R/T number on my checks is «ABASEP» and the bank says it's invalid?? ⟦Checks⟧ are from ⟦«~BRAND»⟧.",
        "⟦Met⟧ with «INITIAL» and «NAME» on ⟦«~WEEKDAY»⟧ at ⟦«~STREET»⟧. «FIRST» will send the contract to «EMAIL».",
        "pasting my login in case it helps: user «EMAIL», pass «PASSWORD4» — ⟦don't⟧ judge",
        "«SSNPLAIN» is my social, ⟦born⟧ «DOB4EN», ⟦zip⟧ ⟦«=NUM»⟧. ⟦What⟧ else does the form need?",
        "⟦Hi⟧ «FIRST», ⟦thanks⟧ for the ⟦«~PRODUCT»⟧ demo! ⟦Best⟧, «NAME» · «PHONE4»",
        "bot token is «TELEGRAM», the bot just ignores /start. ⟦Ideas⟧?",
        "⟦Dear⟧ Mr «LAST», ⟦your⟧ reservation at ⟦«~BRAND»⟧ is confirmed. ⟦Check-in⟧ ⟦«~WEEKDAY»⟧ from 3pm.",
        "our ACH file uses «ABA» as the originating routing — ⟦Fed⟧ says that's not a valid RTN, ⟦is⟧ it?",
    ],
    "no": [
        "⟦Hei⟧! ⟦Billettene⟧ står på «UPLAST:a»/«UPFIRST:a», men hun heter «NAME:a». ⟦Referanse⟧ ⟦«~BOOKREF»⟧.",
        "⟦Passordet⟧ til ruteren er «PASSWORD4», ⟦ikke⟧ del det videre.",
        "⟦Møte⟧ med «NAME» og «INITIAL» på ⟦«~WEEKDAYL»⟧ i ⟦«~STREET»⟧. ⟦Ta⟧ med ⟦«~PRODUCT»⟧.",
        "«NAME» (f. «DOB4») har nytt mobilnummer: «PHONE4». ⟦Oppdater⟧ registeret.",
        "⟦Fødselsnummer⟧: «FNR». ⟦Kontonr⟧: «IBAN». ⟦Send⟧ lønna dit fra neste måned.",
        "⟦Kan⟧ du ringe «FIRST» på «PHONE4»? ⟦Han⟧ venter på svar om ⟦leiligheten⟧ i ⟦«~CITY»⟧.",
        "⟦Tusen⟧ takk for sist! ⟦Klem⟧ fra «FIRST» og «FIRST»",
        "⟦Vedlagt⟧ kontrakten. ⟦Utleier⟧: «LASTFIRST», e-post «EMAIL».",
        "⟦Saksnummer⟧ ⟦«~DIGITS11»⟧ gjelder ⟦«~COMPANY»⟧, ikke en person. ⟦Bare⟧ så du vet det.",
        "⟦Husk⟧ ⟦foreldremøtet⟧ ⟦tirsdag⟧! ⟦Hilsen⟧ «NAME», 4B",
    ],
    "sv": [
        "⟦Hej⟧! ⟦Biljetten⟧ är bokad på «UPLAST:a»/«UPFIRST:a», men han heter «NAME:a». ⟦Bokningsnummer⟧ ⟦«~BOOKREF»⟧.",
        "⟦Lösenordet⟧ till wifi:t är «PASSWORD4», ⟦sprid⟧ det inte.",
        "⟦Möte⟧ med «NAME» och «INITIAL» på ⟦«~WEEKDAYL»⟧ vid ⟦«~STREET»⟧. ⟦Ta⟧ med ⟦«~PRODUCT»⟧.",
        "«NAME» (född «DOB4») har nytt nummer: «PHONE4». ⟦Uppdatera⟧ registret.",
        "⟦Personnummer⟧: «PNR». ⟦Konto⟧: «IBAN». ⟦Lönen⟧ ska gå dit från nästa månad.",
        "⟦Kan⟧ du ringa «FIRST» på «PHONE4»? ⟦Hon⟧ väntar på besked om ⟦lägenheten⟧ i ⟦«~CITY»⟧.",
        "⟦Tack⟧ för senast! ⟦Kram⟧ från «FIRST» och «FIRST»",
        "⟦Bifogat⟧ kontraktet. ⟦Hyresvärd⟧: «LASTFIRST», e-post «EMAIL».",
        "⟦Ärendenummer⟧ ⟦«~DIGITS11»⟧ gäller ⟦«~COMPANY»⟧, inte en person.",
        "⟦Glöm⟧ inte ⟦föräldramötet⟧ på ⟦tisdag⟧! ⟦Hälsningar⟧ «NAME»",
    ],
    "de": [
        "⟦Hallo⟧! ⟦Das⟧ Ticket läuft auf «UPLAST:a»/«UPFIRST:a», im ⟦Pass⟧ steht aber «NAME:a». ⟦Buchungscode⟧ "
        "⟦«~BOOKREF»⟧.",
        "⟦Das⟧ Passwort fürs ⟦WLAN⟧ lautet «PASSWORD4», ⟦bitte⟧ nicht weitergeben.",
        "⟦Termin⟧ mit «NAME» und «INITIAL» am ⟦«~WEEKDAYL»⟧ in der ⟦«~STREET»⟧. ⟦Bitte⟧ ⟦«~PRODUCT»⟧ mitbringen.",
        "«NAME» (geb. «DOB4») hat eine neue Handynummer: «PHONE4». ⟦Bitte⟧ im ⟦Verzeichnis⟧ ändern.",
        "⟦Meine⟧ Steuer-ID ist «STEUER», ⟦Bankverbindung⟧ «IBAN». ⟦Die⟧ ⟦Erstattung⟧ bitte dorthin.",
        "⟦Könnten⟧ Sie «FIRST» unter «PHONE4» zurückrufen? ⟦Es⟧ geht um die ⟦Wohnung⟧ in ⟦«~CITY»⟧.",
        "⟦Vielen⟧ Dank für gestern! ⟦Liebe⟧ ⟦Grüße⟧, «FIRST» und «FIRST»",
        "⟦Anbei⟧ der ⟦Mietvertrag⟧. ⟦Vermieter⟧: «LASTFIRST», E-Mail «EMAIL».",
        "⟦Die⟧ ⟦Kundennummer⟧ ⟦«~DIGITS11»⟧ gehört ⟦«~COMPANY»⟧, nicht einer Person.",
        "⟦Sehr⟧ geehrte Frau «LAST», ⟦Ihr⟧ ⟦Antrag⟧ ist eingegangen. ⟦Mit⟧ freundlichen Grüßen, «NAME»",
    ],
    "fr": [
        "⟦Bonjour⟧ ! ⟦Le⟧ billet est au nom de «UPLAST:a»/«UPFIRST:a», mais elle s'appelle «NAME:a». ⟦Référence⟧ "
        "⟦«~BOOKREF»⟧.",
        "⟦Le⟧ mot de passe du wifi est «PASSWORD4», ⟦merci⟧ de ne pas le diffuser.",
        "⟦Réunion⟧ avec «NAME» et «INITIAL» ⟦«~WEEKDAYL»⟧ au ⟦«~STREET»⟧. ⟦Apportez⟧ le ⟦«~PRODUCT»⟧.",
        "«NAME» (née le «DOB4») a un nouveau portable : «PHONE4». ⟦Mettez⟧ à jour l'annuaire.",
        "⟦Voici⟧ mon RIB : «IBAN». ⟦Pour⟧ la mutuelle, c'est au nom de «LASTFIRST».",
        "⟦Pourriez-vous⟧ rappeler «FIRST» au «PHONE4» ? ⟦Il⟧ attend une réponse pour l'appartement à ⟦«~CITY»⟧.",
        "⟦Merci⟧ pour hier ! ⟦Bisous⟧, «FIRST» et «FIRST»",
        "⟦Ci-joint⟧ le bail. ⟦Propriétaire⟧ : «NAME», courriel «EMAIL».",
        "⟦Le⟧ numéro de dossier ⟦«~DIGITS11»⟧ concerne ⟦«~COMPANY»⟧, pas une personne.",
        "⟦Madame⟧ «LAST», ⟦votre⟧ demande a bien été reçue. ⟦Veuillez⟧ agréer nos salutations. «NAME»",
    ],
    "es": [
        "⟦Hola⟧! ⟦El⟧ billete está a nombre de «UPLAST:a»/«UPFIRST:a», pero se llama «NAME:a». ⟦Localizador⟧ "
        "⟦«~BOOKREF»⟧.",
        "⟦La⟧ contraseña del wifi es «PASSWORD4», ⟦no⟧ la compartas.",
        "⟦Reunión⟧ con «NAME» y «INITIAL» el ⟦«~WEEKDAYL»⟧ en ⟦«~STREET»⟧. ⟦Traed⟧ el ⟦«~PRODUCT»⟧.",
        "«NAME» (nacida el «DOB4») tiene móvil nuevo: «PHONE4». ⟦Actualizad⟧ la agenda.",
        "⟦Mi⟧ cuenta para la devolución es «IBAN», a nombre de «LASTFIRST».",
        "⟦¿Podrías⟧ llamar a «FIRST» al «PHONE4»? ⟦Espera⟧ respuesta sobre el piso de ⟦«~CITY»⟧.",
        "⟦Gracias⟧ por lo de ayer! ⟦Besos⟧, «FIRST» y «FIRST»",
        "⟦Adjunto⟧ el contrato. ⟦Arrendador⟧: «NAME», correo «EMAIL».",
        "⟦El⟧ número de expediente ⟦«~DIGITS11»⟧ es de ⟦«~COMPANY»⟧, no de una persona.",
        "⟦Estimada⟧ Sra. «LAST», ⟦hemos⟧ recibido su solicitud. ⟦Atentamente⟧, «NAME»",
    ],
}
