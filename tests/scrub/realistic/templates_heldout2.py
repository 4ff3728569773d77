"""templates_heldout2.py — the second held-out half: phrasings no rule writer has read.

The first held-out half was scored many times while rules were tuned, so it no longer tells how
the scrubber does on text it has never seen. This half replaces it as the number the README
reports. Its author read the README's list of types, the scorer, values.py, templates.py and the
dev halves' templates, never the scrubber's sources, templates_heldout.py or heldout.jsonl, and
wrote shapes and prose that none of those files has. **Do not read it if you write rules**, nor
heldout2.jsonl, nor the scorer's --verbose output on it: only its aggregate tables. Whoever does
must write a new half (another seed, new phrasings, names, cities and brands).

Same syntax as templates.py; slots and decoys as generate.py defines them (dev3's, plus «~ORGNR»
a Norwegian organisation number, «~SIREN» a French company number, «~VATID» an EU VAT number,
«~AMZORDER» a marketplace order number)."""

HELDOUT2_FIRST = {
    "en": ["Winifred", "Otis", "Rosalie", "Cedric", "Jolene", "Malik", "Penelope", "Barnaby"],
    "no": ["Gudbrand", "Torunn", "Amund", "Signe", "Halvor", "Borghild", "Snorre", "Herdis"],
    "sv": ["Sixten", "Majken", "Torsten", "Ulla", "Evert", "Lisen", "Gunnar", "Dagny"],
    "de": ["Reinhold", "Liselotte", "Eckhard", "Hiltrud", "Malte", "Editha", "Siegfried", "Gesine"],
    "fr": ["Anatole", "Mireille", "Perrine", "Fabrice", "Marius", "Ondine", "Tristan", "Violaine"],
    "es": ["Eulalia", "Cayetano", "Azucena", "Leandro", "Maite", "Rigoberto", "Fuensanta", "Xabier"],
}
HELDOUT2_LAST = {
    "en": ["Blackwood", "Adeyemi", "Pendleton", "Radcliffe", "Oduya", "Marchetti", "Thistlewood", "Yates"],
    "no": ["Bråthen", "Skjelbred", "Haugland", "Tveit", "Ruud", "Mathisen", "Stene", "Aune"],
    "sv": ["Hellström", "Lind", "Boström", "Ågren", "Nordin", "Strömberg", "Ek", "Hammar"],
    "de": ["Kuhn", "Jung", "Voigt", "Sommer", "Beck", "Albrecht", "Graf", "Busch"],
    "fr": ["Renaud", "Aubert", "Collin", "Huet", "Lacroix", "Giraud", "Maréchal", "Tessier"],
    "es": ["Carmona", "Gallego", "Rubio", "Cortés", "Nieto", "Benítez", "Espinosa", "Valero"],
}
HELDOUT2_CITIES = {
    "en": ["Winnipeg", "Liverpool", "Tucson", "Belfast", "Omaha", "Halifax"],
    "no": ["Larvik", "Sarpsborg", "Mo i Rana", "Elverum", "Kristiansund", "Notodden"],
    "sv": ["Borås", "Halmstad", "Trollhättan", "Kalmar", "Skellefteå", "Nyköping"],
    "de": ["Kiel", "Würzburg", "Ulm", "Paderborn", "Chemnitz", "Koblenz"],
    "fr": ["Metz", "Orléans", "Caen", "Avignon", "Pau", "La Rochelle"],
    "es": ["Huelva", "Cáceres", "Burgos", "Lugo", "Jaén", "Albacete"],
}
HELDOUT2_BRANDS = ["Vivienne Westwood", "Alexander McQueen", "Issey Miyake", "Loro Piana", "Brunello Cucinelli",
                   "Roberto Cavalli", "Thierry Mugler", "Levi Strauss", "Harley-Davidson", "Ben Sherman",
                   "Anne Klein", "Ray-Ban", "Søstrene Grene", "Peak Performance", "Guerlain", "Rosa Clará"]

HELDOUT2_STRUCTURED = [
    # ---- conversations and support ----
    ("intercom", None, "{\"type\": \"conversation\", \"id\": \"«=NUM»\", \"source\": {\"author\": {\"type\": \"user\", "
     "\"name\": \"«NAME:u»\", \"email\": \"«EMAIL:u»\"}, \"body\": \"<p>Hey, «FIRST:u» here — my 2FA texts go to an "
     "old "
     "number. New one is «PHONE3».</p>\"}, \"conversation_parts\": {\"conversation_parts\": [{\"author\": {\"type\": "
     "\"admin\", \"name\": \"«NAME:a»\"}, \"body\": \"<p>⟦Thanks⟧ «FIRST:u», updated.</p>\"}]}, \"created_at\": "
     "⟦«~EPOCH»⟧}"),
    ("whatsapp", None, "«~CHATTS» - «NAME:a»: hvem har nummeret til utleier?\n«~CHATTS» - «NAME:b»: «PHONE3»\n"
     "«~CHATTS» - «NAME:a»: ⟦takk⟧!\n«~CHATTS» - «NAME:b»: og depositum går til «IBAN»\n\nwhat did we agree on?"),
    ("teams", None, "«NAME:a» «=TIME»\nCan someone share the ⟦«~BRAND»⟧ sandbox creds?\n\n«NAME:b» «=TIME»\n"
     "user «=USER» / pw «PASSWORD», and the API key is «TOKEN»\n\n«NAME:a» «=TIME»\n⟦thanks⟧ «FIRST:b»!"),
    ("freshdesk", None, "Requester: «NAME:r» («EMAIL»)\nStatus: Open · Priority: Urgent · Source: Phone\n"
     "Ticket ⟦«~TICKET»⟧\n\nCaller said she's reachable tonight only, on «PHONE3». Wants refund to «IBAN». Said her "
     "husband «NAME» might pick up instead.\n\n— «NAME», Tier 1"),
    ("outlookfwd", None, "-----Original Message-----\nFrom: «NAME:f» <«EMAIL:f»>\nSent: «~DATE» 10:42\nTo: «NAME» "
     "<«EMAIL»>\nSubject: RE: ⟦«~INVOICE»⟧\n\nPlease call me back, direct line «PHONE3», mobile «PHONE3».\n\n"
     "«FIRST:f»\n\ncan you draft a short answer?"),
    ("sms", None, "«~ISOTS» OUT phone=«PHONE3» body=\"Your code is «=NUM»\" status=delivered\n"
     "«~ISOTS» OUT phone=«PHONE3» body=\"Your code is «=NUM»\" status=undelivered err=30003\n\nwhy are some numbers "
     "failing?"),
    # ---- CRM and exports ----
    ("hubspot", None, "\"Contact ID\",\"First Name\",\"Last Name\",\"Phone Number\",\"Mobile Phone Number\","
     "\"Company Name\",\"Last Activity Date\"\n\"«=NUM»\",\"«FIRST»\",\"«LAST»\",\"«PHONE3»\",\"«PHONE3»\","
     "\"⟦«~BRAND»⟧\",\"«~ISODATE»\"\n\"«=NUM»\",\"«FIRST»\",\"«LAST»\",\"\",\"«PHONE3»\",\"⟦«~COMPANY»⟧\","
     "\"«~ISODATE»\""),
    ("mailmerge", ["de"], "Anrede;Vorname;Nachname;Straße;PLZ;Ort;Telefon;Geburtstag\nFrau;«FIRST»;«LAST»;"
     "Hauptstr. 3;«=NUM»;⟦«~CITY»⟧;«PHONE3»;«DOB3»\nHerr;«FIRST»;«LAST»;Ringweg 12;«=NUM»;«~CITY»;«PHONE3»;«DOB3»"),
    ("mailmerge", ["fr"], "Civilité;Prénom;Nom;Ville;Portable;Date de naissance\nMme;«FIRST»;«LAST»;⟦«~CITY»⟧;"
     "«PHONE3»;«DOB3»\nM.;«FIRST»;«LAST»;«~CITY»;«PHONE3»;«DOB3»"),
    ("multikeys", None, "{\"kunde\": {\"fornavn\": \"«FIRST@no»\", \"etternavn\": \"«LAST@no»\", "
     "\"fødselsdato\": \"«DOBISO»\", \"telefonnummer\": \"«PHONE3@no»\"}, \"kontakt\": {\"förnamn\": \"«FIRST@sv»\", "
     "\"mobilnummer\": \"«PHONE3@sv»\"}, \"ansprechpartner\": {\"nachname\": \"«LAST@de»\", \"handynummer\": "
     "\"«PHONE3@de»\"}}"),
    ("multikeys", None, "{\"cliente\": {\"nombre\": \"«FIRST@es»\", \"apellidos\": \"«LAST@es»\", "
     "\"fecha_nacimiento\": \"«DOBISO»\", \"movil\": \"«PHONE3@es»\"}, \"client\": {\"prenom\": \"«FIRST@fr»\", "
     "\"nom\": \"«LAST@fr»\", \"date_naissance\": \"«DOBISO»\", \"tel_portable\": \"«PHONE3@fr»\"}}"),
    # ---- config and deploy ----
    ("circleci", None, "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:«~VERSION»\n"
     "        auth:\n          username: «=USER»\n          password: «PASSWORD»\n    environment:\n"
     "      NPM_TOKEN: «GENERIC»\n      CODECOV_TOKEN: «HEXTOKEN»\n    steps:\n      - checkout\n"
     "      - run: echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc"),
    ("consul", None, "$ consul kv get -recurse config/billing\nconfig/billing/db_host:«IP»\n"
     "config/billing/db_password:«PASSWORD»\nconfig/billing/stripe_secret:«STRIPE»\nconfig/billing/feature_x:"
     "true\n$ consul members\nNode    Address            Status  Type\nnode-1  «IP»:8301  alive   server"),
    ("dockerinspect", None, "$ docker inspect api | jq '.[0].Config.Env'\n[\n  \"PATH=/usr/local/sbin:/usr/bin\",\n"
     "  \"MYSQL_ROOT_PASSWORD=«PASSWORD:p»\",\n  \"DSN=mysql://root:«URLPASS:p»@«IP»:3306/app\",\n"
     "  \"SENDGRID_API_KEY=«GENERIC»\",\n  \"NODE_VERSION=«~VERSION»\"\n]"),
    ("heroku", None, "$ heroku config -a «=WORD»-prod\n=== «=WORD»-prod Config Vars\nDATABASE_URL:      "
     "postgres://u«=NUM»:«URLPASS»@ec2-«=NUM».compute-1.amazonaws.com:5432/d«=NUM»\nREDIS_TLS_URL:     "
     "rediss://:«URLPASS»@ec2-«=NUM».compute-1.amazonaws.com:«=PORT»\nSECRET_KEY_BASE:   «HEXTOKEN»\n"
     "WEB_CONCURRENCY:   2"),
    ("appsettings", None, "{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=«IP»;Database=Shop;User Id=sa;"
     "Password=«URLPASS»;TrustServerCertificate=True\",\n    \"Storage\": \"DefaultEndpointsProtocol=https;"
     "AccountName=«=WORD»store;AccountKey=«AZUREKEY»;EndpointSuffix=core.windows.net\"\n  },\n  \"Jwt\": "
     "{\"Issuer\": \"⟦https://login.microsoftonline.com/common/v2.0⟧\", \"SigningKey\": \"«HEXTOKEN»\"}\n}"),
    ("wpconfig", None, "<?php\ndefine( 'DB_NAME', 'wp_«=WORD»' );\ndefine( 'DB_USER', '«=USER»' );\n"
     "define( 'DB_PASSWORD', '«PASSWORD»' );\ndefine( 'DB_HOST', '«IP»' );\ndefine( 'AUTH_KEY', "
     "'⟦put your unique phrase here⟧' );\n$table_prefix = 'wp_';\n\nsite shows Error establishing a database "
     "connection"),
    ("railsdb", None, "# config/database.yml\nproduction:\n  adapter: postgresql\n  host: «IP»\n  username: «=USER»\n"
     "  password: ⟦<%= ENV['DB_PASSWORD'] %>⟧\nstaging:\n  url: postgresql://«=USER»:«URLPASS»@«IP»/«=DB»_staging\n"
     "  password: «PASSWORD»"),
    ("grafana", None, "apiVersion: 1\ndatasources:\n  - name: Prometheus\n    type: prometheus\n    url: "
     "http://«IP»:9090\n    basicAuth: true\n    basicAuthUser: «=USER»\n    secureJsonData:\n"
     "      basicAuthPassword: «PASSWORD»\n  - name: Loki\n    url: ⟦https://logs-prod-eu-west-0.grafana.net⟧\n"
     "    secureJsonData:\n      httpHeaderValue1: \"Bearer «JWT»\""),
    ("rclone", None, "[backup]\ntype = s3\nprovider = AWS\naccess_key_id = «AWSID»\nsecret_access_key = «AWSSECRET»\n"
     "region = eu-north-1\n\n[nas]\ntype = sftp\nhost = «IP»\nuser = «=USER»\npass = «PASSWORD»"),
    ("gitcreds", None, "$ cat ~/.git-credentials\nhttps://«=USER»:«GITHUB»@github.com\n"
     "https://oauth2:«GENERIC»@gitlab.«=WORD».com\nhttps://«=USER»:«URLPASS»@bitbucket.org\n\n"
     "is it safe to commit this file to my dotfiles repo?"),
    ("airflow", None, "$ airflow connections get postgres_dwh -o yaml\nconn_id: postgres_dwh\nconn_type: postgres\n"
     "host: «IP»\nlogin: «=USER»\npassword: «PASSWORD»\nport: 5432\nget_uri: "
     "postgres://«=USER»:«URLPASS»@«IP»:5432/dwh"),
    ("crontab", None, "# m h dom mon dow command\n*/5 * * * * curl -fsS -H 'Authorization: Bearer «TOKEN»' "
     "https://status.«=WORD».com/ping\n0 3 * * * PGPASSWORD='«PASSWORD»' pg_dump -h «IP» -U «=USER» app > "
     "/backup/app.sql\n"
     "@reboot /opt/agent --api-key=«HEXTOKEN»"),
    ("makefile", None, "deploy:\n\tdocker login -u «=USER» -p «PASSWORD» registry.«=WORD».io\n"
     "\tcurl -X POST https://hooks.slack.com/services/«SLACKHOOK» -d '{\"text\":\"deployed «~SHORTSHA»\"}'\n"
     "\tANTHROPIC_API_KEY=«ANTHROPIC» ./smoke-test.sh"),
    ("powershell", None, "$secure = ConvertTo-SecureString \"«PASSWORD»\" -AsPlainText -Force\n"
     "$cred = New-Object System.Management.Automation.PSCredential (\"«=WORD»\\«=USER»\", $secure)\n"
     "Invoke-Command -ComputerName «IP» -Credential $cred -ScriptBlock { Get-Service }\n"
     "# Connect-AzAccount -ServicePrincipal -Tenant ⟦«~UUID»⟧"),
    ("ldif", None, "dn: uid=«=USER»,ou=people,dc=«=WORD»,dc=com\nobjectClass: inetOrgPerson\ncn: «NAME:p»\n"
     "sn: «LAST:p»\ngivenName: «FIRST:p»\nmail: «EMAIL»\ntelephoneNumber: «PHONE3»\nmobile: «PHONE3»\n"
     "userPassword: «PASSWORD»"),
    # ---- logs and errors ----
    ("sentry", None, "{\"event_id\": \"⟦«~SHA32»⟧\", \"level\": \"error\", \"release\": \"web@«~VERSION»\", "
     "\"user\": {\"id\": \"«=NUM»\", \"email\": \"«EMAIL»\", \"ip_address\": \"«IP»\", \"username\": \"«NAME»\"}, "
     "\"request\": {\"url\": \"https://shop.«=WORD».com/checkout\", \"headers\": {\"Authorization\": \"Bearer "
     "«JWT»\"}}}"),
    ("apachelog", None, "«IP» - «=USER» [«~CLFDATE»] \"GET /admin/export.csv?api_key=«TOKEN» HTTP/1.1\" 200 «=NUM» "
     "\"-\" \"python-requests/«~VERSION»\"\n«IP» - - [«~CLFDATE»] \"POST /login HTTP/1.1\" 401 «=NUM» \"-\" "
     "\"Mozilla/5.0\""),
    ("djangodebug", None, "Traceback (most recent call last):\n  File \"/app/billing/views.py\", line 88, in charge\n"
     "    customer = stripe.Customer.create(email=email, phone=phone)\nLocal vars:\n  email = '«EMAIL»'\n"
     "  phone = '«PHONE3»'\n  stripe.api_key = '«STRIPE»'\nstripe.error.CardError: Your card was declined."),
    ("mysqldump", None, "-- MySQL dump «~VERSION»\nLOCK TABLES `members` WRITE;\n"
     "INSERT INTO `members` (`id`, `name`, `email`, `phone`, `birth_date`) VALUES "
     "(«=NUM»,'«NAME»','«EMAIL»','«PHONE3»','«DOBISO»'),(«=NUM»,'«NAME»','«EMAIL»','«PHONE3»','«DOBISO»');\n"
     "UNLOCK TABLES;\n\nwhich columns are personal data?"),
    # ---- code ----
    ("jest", None, "describe('signup', () => {\n  const user = {\n    fullName: '«NAME»',\n    email: '«EMAIL»',\n"
     "    mobile: '«PHONE3»',\n    birthday: '«DOBISO»',\n  };\n  process.env.OPENAI_API_KEY = '«OPENAI»';\n"
     "  process.env.STRIPE_KEY = '⟦sk_test_XXXXXXXXXXXXXXXXXXXXXXXX⟧';\n});"),
    ("goconfig", None, "var cfg = Config{\n\tDSN:       \"«=USER»:«URLPASS»@tcp(«IP»:3306)/orders?parseTime=true\",\n"
     "\tRedisAddr: \"«IP»:6379\",\n\tRedisPass: \"«PASSWORD»\",\n\tAdminMail: \"«EMAIL»\",\n}\n"
     "// panic: dial tcp: i/o timeout"),
    ("boto3", None, "import boto3\ns3 = boto3.client(\n    's3',\n    aws_access_key_id='«AWSID»',\n"
     "    aws_secret_access_key='«AWSSECRET»',\n)\nsession_token = '⟦«~PLACEHOLDER»⟧'\n"
     "s3.upload_file('report.csv', 'reports-«=WORD»', 'q3.csv')"),
    ("kotlin", None, "val retrofit = Retrofit.Builder()\n    .baseUrl(\"⟦https://api.github.com/⟧\")\n    .build()\n"
     "const val GH_TOKEN = \"«GITHUB»\"\nconst val SUPPORT_PHONE = \"«PHONE3»\"\nconst val GOOGLE_MAPS_KEY = "
     "\"«GOOGLE»\""),
    # ---- documents ----
    ("cv", ["en"], "CURRICULUM VITAE\n«NAME»\n⟦«~CITY»⟧ · «PHONE3» · «EMAIL»\nDate of birth: «DOB3EN»\n\n"
     "EXPERIENCE\n⟦«~BRAND»⟧ — Senior Analyst, 2019–present\n\nmake this sound more senior"),
    ("cv", ["no"], "CV\n«NAME»\nFødt: «DOB3»\nTelefon: «PHONE3»\nE-post: «EMAIL»\n\n⟦Arbeidserfaring⟧\n"
     "⟦«~COMPANY»⟧, ⟦«~CITY»⟧ — ⟦rådgiver⟧"),
    ("cv", ["es"], "CURRÍCULUM\n«NAME»\nNacido el «DOB3» en ⟦«~CITY»⟧\nMóvil: «PHONE3»\nCorreo: «EMAIL»\n\n"
     "⟦Experiencia⟧\n⟦«~BRAND»⟧ — ⟦dependienta⟧"),
    ("payslip", ["no"], "LØNNSSLIPP ⟦«~DATE»⟧\n⟦«~COMPANY»⟧ · Org.nr. ⟦«~ORGNR»⟧\nAnsatt: «NAME»\nFødselsnr. «FNR»\n"
     "Utbetales til konto «IBAN»\nNetto: «~AMOUNT»"),
    ("payslip", ["sv"], "LÖNESPECIFIKATION\nArbetsgivare: ⟦«~COMPANY»⟧\nAnställd: «NAME»\nPersonnummer: «PNR12»\n"
     "Utbetalningsdag: «~ISODATE»\nNettolön: «~AMOUNT»"),
    ("payslip", ["en"], "PAYSLIP — ⟦«~COMPANY»⟧ Ltd\nEmployee: «NAME»\nNI Number: «NINO»\nTax code: 1257L\n"
     "Pay date: «~DATE»\nNet pay: ⟦«~AMOUNT»⟧"),
    ("payslip", ["fr"], "BULLETIN DE PAIE — ⟦«~DATE»⟧\nEmployeur : ⟦«~COMPANY»⟧ · SIREN ⟦«~SIREN»⟧\n"
     "Salarié : «NAME»\nNé le «DOB3»\nNet à payer : «~AMOUNT»\nVersé sur «IBAN»"),
    ("payslip", ["de"], "Entgeltabrechnung ⟦«~DATE»⟧\n⟦«~COMPANY»⟧ · USt-IdNr. ⟦«~VATID»⟧\n«NAME»\n"
     "Identifikationsnummer «STEUER»\nGeburtsdatum «DOB3»\nAuszahlung auf «IBAN»"),
    ("taxform", ["en"], "Form W-9 (Rev. October 2018)\n1 Name: «NAME»\nPart I Taxpayer Identification Number\n"
     "Social security number: «SSNSP»\nDirect deposit — routing «ABASEP», account «=NUM12»\n\nfill in the rest"),
    ("taxform", ["en"], "T4 slip — Box 12 Social insurance number «SINDASH»\nEmployee: «LAST», «FIRST»\n"
     "Box 14 Employment income ⟦«~AMOUNT»⟧\n\nwhy is box 12 flagged?"),
    ("booking", None, "BOOKING CONFIRMATION ⟦«~ORDER»⟧\nPassenger 1: «LAST:a»/«FIRST:a» MR\nPassenger 2: "
     "«LAST:b»/«FIRST:b» "
     "MRS\nContact: «PHONE3» / «EMAIL»\nFlight ⟦SK«=NUM»⟧ ⟦«~CITY»⟧ → ⟦«~CITY»⟧\n\nadd both to my calendar"),
    ("banknorsk", ["no"], "Dato;Forklaring;Rentedato;Ut fra konto;Inn på konto\n«~ISODATE»;Vipps *«NAME»;"
     "«~ISODATE»;;«~AMOUNT»\n«~ISODATE»;Overføring «IBAN»;«~ISODATE»;«~AMOUNT»;\n«~ISODATE»;⟦«~BRAND»⟧ "
     "⟦«~CITY»⟧;«~ISODATE»;«~AMOUNT»;"),
    ("swish", ["sv"], "Swish-betalning mottagen\nFrån: «NAME» («PHONE3»)\nBelopp: «~AMOUNT»\nMeddelande: ⟦hyra⟧ "
     "⟦«~DATE»⟧\nReferens: ⟦«~SHA32»⟧"),
    ("marketplace", None, "Order ⟦«~AMZORDER»⟧ shipped to «NAME», ⟦«~CITY»⟧. Carrier tracking ⟦«~TRACKING»⟧. "
     "Article ⟦«~EAN»⟧. Buyer phone on the label: «PHONE3»."),
    ("decoyonly", None, "Release ⟦«~VERSION»⟧ — merged ⟦«~SHORTSHA»⟧ on ⟦«~GITDATE»⟧\nInvoice ⟦«~INVOICE»⟧, order "
     "⟦«~AMZORDER»⟧, org ⟦«~ORGNR»⟧, ⟦«~UUID»⟧, ts ⟦«~EPOCH»⟧\nSTRIPE_KEY=⟦«~PLACEHOLDER»⟧\n"
     "token_uri: ⟦https://oauth2.googleapis.com/token⟧\n\nsummarise"),
]

HELDOUT2_PROSE = {
    "en": [
        "⟦Howdy⟧! ⟦Quick⟧ one — if the courier can't find the place, tell him to ring my wife, she's home all day: "
        "«PHONE3».",
        "«FIRST» «LAST» and «FIRST» «LAST» will join from ⟦«~BRAND»⟧. ⟦Both⟧ prefer text over calls.",
        "⟦Kind regards⟧,\n«NAME» | ⟦«~COMPANY»⟧\nTel «PHONE3» · Mob «PHONE3»",
        "⟦Direct⟧ deposit form asks for ABA # — mine's «ABA», same bank as «NAME».",
        "«SSNDASH» is the number on my card, and I was born «DOB3EN». ⟦Does⟧ the form need anything else?",
        "⟦Dear⟧ «FIRST», ⟦thank⟧ you for your patience. ⟦Our⟧ team will call «PHONE3» before ⟦Fri⟧.",
        "⟦Try⟧ amqp://«=USER»:«URLPASS»@«IP»:5672/%2f instead, the old vhost is gone.",
        "SIN «SINPLAIN», ⟦please⟧ update my file. ⟦Moved⟧ to ⟦«~CITY»⟧ in ⟦Sept⟧.",
        "⟦Also⟧ — transit number for the payroll setup: «ABASEP» (⟦Chase⟧), acct on the attached check.",
        "⟦Sent⟧ from my iPhone\n\n«NAME»\nC: «PHONE3»",
    ],
    "no": [
        "⟦Kjære⟧ «FIRST», ⟦takk⟧ for sist. ⟦Vi⟧ får ikke tak i deg på jobb, så jeg prøver mobilen din i kveld "
        "(«PHONE3») hvis det går greit.",
        "«NAME» og «NAME» har begge ⟦sagt⟧ ja. ⟦Ses⟧ på ⟦lør.⟧!",
        "⟦Vennlig hilsen⟧\n«NAME»\n⟦«~COMPANY»⟧ · Org.nr. ⟦«~ORGNR»⟧\nMob «PHONE3»",
        "«PHONE3» er mobilen min, jobbnummeret har jeg ikke lenger. ⟦Gi⟧ beskjed til «FIRST».",
        "⟦Fødselsnummer⟧ og fødselsdato til datteren min: «FNR», født «DOB3». ⟦Holder⟧ det?",
        "⟦Hvordan⟧ kobler jeg til postgresql://«=USER»:«URLPASS»@«IP»:5432/regnskap fra ⟦Excel⟧?",
        "⟦Dessverre⟧ kommer «NAME» ikke i morgen. ⟦Send⟧ heller sakspapirene til «EMAIL».",
        "⟦Bestillingen⟧ ⟦«~ORDER»⟧ fra ⟦«~BRAND»⟧ kom aldri. ⟦Pengene⟧ skal tilbake til «IBAN».",
        "⟦Ønsker⟧ deg en god ⟦jul⟧! ⟦Klem⟧ fra «FIRST» i ⟦«~CITY»⟧",
    ],
    "sv": [
        "⟦Kära⟧ «FIRST», ⟦tack⟧ för senast. ⟦Jag⟧ når dig inte på jobbet, så jag testar mobilen ikväll («PHONE3») "
        "om det "
        "är okej.",
        "«NAME» och «NAME» har båda ⟦tackat⟧ ja. ⟦Vi⟧ ses på ⟦lör⟧!",
        "⟦Bästa hälsningar⟧\n«NAME»\n⟦«~COMPANY»⟧\nMob «PHONE3»",
        "«PHONE3» är min mobil, jobbnumret finns inte kvar. ⟦Säg⟧ till «FIRST».",
        "⟦Personnummer⟧ till min son: «PNR10», född «DOB3». ⟦Räcker⟧ det?",
        "⟦Hur⟧ ansluter jag till mongodb+srv://«=USER»:«URLPASS»@cluster1.«=WORD».mongodb.net från ⟦Python⟧?",
        "⟦Tyvärr⟧ kan «NAME» inte komma imorgon. ⟦Skicka⟧ handlingarna till «EMAIL» istället.",
        "⟦Beställningen⟧ ⟦«~ORDER»⟧ från ⟦«~BRAND»⟧ kom aldrig fram. ⟦Pengarna⟧ ska tillbaka till «IBAN».",
        "⟦Lycka⟧ till på ⟦fredag⟧! ⟦Kramar⟧ från «FIRST» i ⟦«~CITY»⟧",
    ],
    "de": [
        "⟦Liebe⟧ «FIRST», ⟦danke⟧ für gestern. ⟦Im⟧ Büro erreiche ich dich nie, ich versuche es heute Abend auf dem "
        "Handy («PHONE3»), wenn das passt.",
        "«NAME» und «NAME» haben beide ⟦zugesagt⟧. ⟦Bis⟧ ⟦Sa.⟧!",
        "⟦Herzliche Grüße⟧\n«NAME»\n⟦«~COMPANY»⟧ GmbH · USt-IdNr. ⟦«~VATID»⟧\nMobil «PHONE3»",
        "«PHONE3» ist mein Handy, die Festnetznummer gibt es nicht mehr. ⟦Sag⟧ «FIRST» Bescheid.",
        "⟦Für⟧ den ⟦Antrag⟧: Steuer-ID meiner Tochter «STEUER», geboren «DOB3». ⟦Reicht⟧ das?",
        "⟦Wie⟧ verbinde ich mich mit rediss://default:«URLPASS»@«IP»:6380 aus ⟦Java⟧?",
        "⟦Leider⟧ kann «NAME» morgen nicht. ⟦Schick⟧ die ⟦Unterlagen⟧ bitte an «EMAIL».",
        "⟦Die⟧ ⟦Bestellung⟧ ⟦«~ORDER»⟧ bei ⟦«~BRAND»⟧ kam nie an. ⟦Das⟧ ⟦Geld⟧ bitte zurück auf «IBAN».",
        "⟦Frohe⟧ ⟦Weihnachten⟧! ⟦Liebe Grüße⟧ aus ⟦«~CITY»⟧, «FIRST»",
    ],
    "fr": [
        "⟦Chère⟧ «FIRST», ⟦merci⟧ pour hier. ⟦Au⟧ bureau je ne t'attrape jamais, j'essaie ce soir sur ton portable "
        "(«PHONE3») si ça te va.",
        "«NAME» et «NAME» ont tous les deux ⟦accepté⟧. ⟦À⟧ ⟦sam.⟧ !",
        "⟦Bien à vous⟧,\n«NAME»\n⟦«~COMPANY»⟧ · SIREN ⟦«~SIREN»⟧\nMob. «PHONE3»",
        "«PHONE3», c'est mon portable, le fixe n'existe plus. ⟦Préviens⟧ «FIRST».",
        "⟦Pour⟧ le dossier : ma fille est née le «DOB3» à ⟦«~CITY»⟧. ⟦Ça⟧ suffit ?",
        "⟦Comment⟧ je me connecte à mysql://«=USER»:«URLPASS»@«IP»:3306/compta depuis ⟦Excel⟧ ?",
        "⟦Malheureusement⟧ «NAME» ne peut pas venir demain. ⟦Envoie⟧ les ⟦documents⟧ à «EMAIL».",
        "⟦La⟧ commande ⟦«~ORDER»⟧ chez ⟦«~BRAND»⟧ n'est jamais arrivée. ⟦Remboursez⟧ sur «IBAN» svp.",
        "⟦Joyeux⟧ ⟦Noël⟧ ! ⟦Amitiés⟧ de ⟦«~CITY»⟧, «FIRST»",
    ],
    "es": [
        "⟦Querida⟧ «FIRST», ⟦gracias⟧ por lo de ayer. ⟦En⟧ la oficina nunca te pillo, te llamo esta noche al móvil "
        "(«PHONE3») si te viene bien.",
        "«NAME» y «NAME» ya han ⟦confirmado⟧. ⟦Nos⟧ vemos el ⟦sáb.⟧!",
        "⟦Saludos cordiales⟧,\n«NAME»\n⟦«~COMPANY»⟧ S.L.\nMóv. «PHONE3»",
        "«PHONE3» es mi móvil, el fijo ya no existe. ⟦Avisa⟧ a «FIRST».",
        "⟦Para⟧ el trámite: mi hijo nació el «DOB3» en ⟦«~CITY»⟧. ⟦¿Es⟧ suficiente?",
        "⟦¿Cómo⟧ me conecto a postgres://«=USER»:«URLPASS»@«IP»:5432/contabilidad desde ⟦Excel⟧?",
        "⟦Lamentablemente⟧ «NAME» no puede venir mañana. ⟦Manda⟧ los ⟦documentos⟧ a «EMAIL».",
        "⟦El⟧ pedido ⟦«~ORDER»⟧ de ⟦«~BRAND»⟧ nunca llegó. ⟦Devolvedme⟧ el dinero a «IBAN», por favor.",
        "⟦Feliz⟧ ⟦Navidad⟧! ⟦Un abrazo⟧ desde ⟦«~CITY»⟧, «FIRST»",
    ],
}
