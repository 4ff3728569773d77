"""templates_dev2.py — a second development half: phrasings templates.py never shows.

The first dev half was what the rules were fitted to, and the held-out half showed the fit:
recall 0.99 on dev, 0.93 held out, with phones, SSNs and routing numbers phrased in ways dev
never had. This half is written apart from both (its author read templates.py, values.py,
generate.py and dev.jsonl, never templates_heldout.py, heldout.jsonl or the rules): support
tickets, chat exports, signatures, HR and medical forms, bank transfer notes, shell history,
logfmt/JSON/nginx logs, Terraform, Ansible, Helm, GitHub Actions, .npmrc/.pypirc/.netrc/
.pgpass, properties, INI, TOML, SQL, HTTP dumps, code, Markdown tables and TSV with headers in
six languages, phones in every national style, SSN/SIN/ABA with and without separators after
cues before and after, dates of birth in many written forms, names in varied positions.
Rule writers may read it, fix from it, and must not fit to it alone: dev, dev2 and the
held-out score together tell whether a fix generalises.

Same syntax as templates.py. Slots only this half uses (generate.py): «PHONE2» a phone in
the case language's styles (values.phone_styled; English mixes US, Canada and UK),
«PHONEUS»/«PHONECA»/«PHONEUK», «SSNSP»/«SSNDASH» an SSN with spaces/dashes, «ABASEP» a
routing number as 3-3-3, «FNRSP» a fødselsnummer as 6+5, «STEUERSP» a Steuer-ID as 2-3-3-3,
«DOB2»/«DOB2EN» a birth date in one of many written forms; decoys «~DATE» (a date that is
not a birth date, in the language's style) and «~CHATTS» (a chat export's stamp)."""

DEV2_FIRST = {
    "en": ["Brianna", "Jamal", "Colleen", "Dmitri", "Rosalind", "Everett", "Yolanda", "Terrence"],
    "no": ["Hallvard", "Ingvild", "Torstein", "Ranveig", "Audun", "Kristin", "Jostein", "Sunniva"],
    "sv": ["Torbjörn", "Ylva", "Göran", "Lovisa", "Stig", "Hedvig", "Rasmus", "Märta"],
    "de": ["Hannelore", "Detlef", "Friederike", "Volker", "Henrike", "Gerd", "Wiebke", "Ansgar"],
    "fr": ["Ghislaine", "Régis", "Albane", "Hervé", "Capucine", "Loïc", "Bérénice", "Gwenaël"],
    "es": ["Remedios", "Joaquín", "Itziar", "Borja", "Pilar", "Fermín", "Aitana", "Eusebio"],
}
DEV2_LAST = {
    "en": ["Abernathy", "Okonkwo", "Vasquez", "Brennan", "Whitfield", "Castellano", "Nakamura", "Pemberton"],
    "no": ["Aasland", "Fossum", "Grønvold", "Kristoffersen", "Nygård", "Sandvik", "Tangen", "Vik"],
    "sv": ["Blomqvist", "Hägglund", "Lindholm", "Norberg", "Sundström", "Wikström", "Öberg", "Dahlgren"],
    "de": ["Brandt", "Vogel", "Kaiser", "Ziegler", "Fuchs", "Scholz", "Haas", "Seidel"],
    "fr": ["Chevalier", "Gauthier", "Perrin", "Barbier", "Lemaire", "Carpentier", "Rolland", "Joly"],
    "es": ["Cabrera", "Medina", "Santana", "Herrero", "Vidal", "Prieto", "Soler", "Calvo"],
}
DEV2_CITIES = {
    "en": ["Toronto", "Calgary", "Boston", "Cardiff", "Glasgow", "Dallas"],
    "no": ["Kristiansand", "Lillehammer", "Narvik", "Fredrikstad", "Gjøvik", "Harstad"],
    "sv": ["Sundsvall", "Jönköping", "Norrköping", "Luleå", "Gävle", "Visby"],
    "de": ["Freiburg", "Mannheim", "Rostock", "Augsburg", "Bielefeld", "Potsdam"],
    "fr": ["Montpellier", "Strasbourg", "Nice", "Angers", "Brest", "Limoges"],
    "es": ["Córdoba", "Alicante", "Oviedo", "Pamplona", "Cádiz", "Toledo"],
}
DEV2_BRANDS = ["Paul Smith", "Stella McCartney", "Ted Baker", "Victoria Beckham", "Karl Lagerfeld", "Jil Sander",
               "Helly Hansen", "Tory Burch", "Vera Wang", "Marc Jacobs", "Yves Rocher", "Massimo Dutti",
               "Adolfo Domínguez", "Lacoste", "Peugeot", "Norrøna"]

DEV2_STRUCTURED = [
    # ---- support tickets and chat exports ----
    ("ticket", None, "Ticket ⟦«~ORDER»⟧ — priority: high\nCustomer: «NAME:c»\nContact: «PHONE2», «EMAIL»\n"
     "Reported: «~DATE»\n---\n«FIRST:c» says the app crashes on «~VERSION» when uploading. Called back on "
     "«PHONE2:p», no answer; left voicemail on «PHONE2:p».\n\nsummarise for the dev team"),
    ("chat", None, "[«~CHATTS»] «NAME:a»: can u send me ur number\n[«~CHATTS»] «NAME:b»: «PHONE2» 👍\n"
     "[«~CHATTS»] «NAME:a»: and the IBAN for the cabin money?\n[«~CHATTS»] «NAME:b»: «IBAN»\n\n"
     "turn this chat into a short todo list"),
    ("chat", ["en"], "[«~CHATTS»] «FIRST:a»: what's your social again for the lease app\n"
     "[«~CHATTS»] «FIRST:b»: «SSNSP»\n[«~CHATTS»] «FIRST:b»: and routing «ABA» if they want the deposit back\n"
     "[«~CHATTS»] «FIRST:a»: ⟦thx⟧\n\nwhich of these should I not have sent over whatsapp?"),
    ("signature", None, "⟦Thanks⟧ for the quick turnaround!\n\n--\n«NAME»\nHead of Procurement | ⟦«~BRAND»⟧\n"
     "M: «PHONE2»\nT: «PHONE2»\nE: «EMAIL»\n⟦«~CITY»⟧ office\n\nplease extract the contact details as vCard"),
    ("signature", ["de"], "⟦Mit freundlichen Grüßen⟧\n\n«NAME»\nTeamleitung Einkauf\n⟦«~COMPANY»⟧\n"
     "Tel.: «PHONE2» | Mobil: «PHONE2»\nE-Mail: «EMAIL»\n⟦Sitz der Gesellschaft⟧: ⟦«~CITY»⟧, ⟦HRB⟧ «=NUM»"),
    ("signature", ["fr"], "⟦Bien cordialement⟧,\n\n«NAME»\nResponsable RH — ⟦«~COMPANY»⟧\n"
     "Tél. : «PHONE2»\nPortable : «PHONE2»\n«EMAIL»"),
    # ---- HR, medical and onboarding forms ----
    ("hrform", ["en"], "NEW HIRE FORM\nLegal name: «LAST:n», «FIRST:n»\nPreferred name: «FIRST:n»\n"
     "Date of Birth: «DOB2EN»\nSocial Security No.: «SSN»\nDirect deposit — ABA routing no. «ABASEP», acct "
     "«=NUM12»\nEmergency contact: «NAME» (cell «PHONEUS»)\nStart date: «~ISODATE»\n\nis anything missing?"),
    ("hrform", ["en"], "Employee: «NAME»\nSIN #: «SINPLAIN»\nProvince: ⟦Alberta⟧\nDOB: «DOBEN»\n"
     "Phone (home): «PHONECA»\nTransit/institution: ⟦«=NUM»-004⟧\n\nconvert to the T4 import layout"),
    ("hrform", ["de"], "Personalfragebogen\nName, Vorname: «LAST:n», «FIRST:n»\nGeburtsdatum: «DOB2»\n"
     "Steuerliche Identifikationsnummer: «STEUERSP»\nIBAN: «IBAN»\nHandy: «PHONE2»\nEintritt: «~DATE»\n"
     "⟦Krankenkasse⟧: ⟦Techniker⟧"),
    ("hrform", ["no"], "Personalskjema\nEtternavn, fornavn: «LAST:n», «FIRST:n»\nFødselsnummer: «FNRSP»\n"
     "Fødselsdato: «DOB2»\nKontonr.: «IBAN»\nMobil: «PHONE2»\nOppstart: «~DATE»"),
    ("hrform", ["sv"], "Anställningsblankett\nEfternamn: «LAST»\nFörnamn: «FIRST»\nPersonnr: «PNR»\n"
     "Födelsedatum: «DOB2»\nMobilnr: «PHONE2»\nClearing/konto: ⟦«=NUM»⟧\nTillträde: «~DATE»"),
    ("hrform", ["es"], "Ficha de empleado\nApellidos, nombre: «LAST:n», «FIRST:n»\nFecha de nacimiento: «DOB2»\n"
     "Teléfono: «PHONE2»\nIBAN: «IBAN»\nCorreo: «EMAIL»\nAlta: «~DATE»"),
    ("medical", None, "Patient intake\nName: «NAME:p»\nD.O.B.: «DOB2EN»\nPhone: «PHONE2»\n"
     "Allergies: penicillin\nNext of kin: «NAME» — «PHONE2»\nReferred by Dr. «LAST»\n\n"
     "Translate this intake form for «FIRST:p»"),
    ("medical", ["no"], "Innkomstjournal\nPasient: «NAME»\nFnr: «FNR»\nFødt: «DOB2»\nTlf.: «PHONE2»\n"
     "Pårørende: «NAME», tlf «PHONE2»\nFastlege: ⟦«~CITY»⟧ legekontor"),
    ("medical", ["fr"], "Fiche patient\nNom : «LAST»\nPrénom : «FIRST»\nDate de naissance : «DOB2»\n"
     "Téléphone : «PHONE2»\nPersonne à prévenir : «NAME» au «PHONE2»\nMédecin traitant : Dr «LAST»"),
    ("medical", ["de"], "Anamnesebogen\nPatient: «NAME»\ngeb. am «DOB2»\nRückrufnummer: «PHONE2»\n"
     "Hausarzt: Dr. med. «LAST»\n⟦Versicherung⟧: ⟦privat⟧"),
    ("onboarding", None, "Onboarding checklist for «NAME:n»\n- [x] laptop ordered (⟦«~ORDER»⟧)\n"
     "- [x] GitHub invite sent to «EMAIL»\n- [ ] VPN: «=USER» / temp password «PASSWORD»\n"
     "- [ ] add «FIRST:n» to on-call rota, pager «PHONE2»\n\nturn this into a welcome email"),
    # ---- bank transfer notes ----
    ("banknote", ["de"], "Überweisung\nEmpfänger: «NAME»\nIBAN: «IBAN»\nBetrag: «~AMOUNT»\n"
     "Verwendungszweck: ⟦Rechnung⟧ «~ORDER» vom «~DATE»"),
    ("banknote", ["en"], "Wire instructions\nBeneficiary: «NAME»\nBank: ⟦«~BRAND»⟧\nRTN: «ABA»\n"
     "Account: «=NUM12»\nReference: «~ORDER»\n\nthe bank says RTN «ABA» is invalid — is it?"),
    ("banknote", ["es"], "Transferencia\nBeneficiario: «NAME»\nIBAN: «IBAN»\nImporte: «~AMOUNT»\n"
     "Concepto: factura «~ORDER»"),
    ("banknote", ["no", "sv"], "Betaling\nMottaker: «NAME»\nKonto: «IBAN»\nBeløp: «~AMOUNT»\nMelding: ⟦faktura⟧ "
     "«~ORDER»\nForfall: «~DATE»"),
    # ---- shell history ----
    ("shell", None, "  501  ssh «=USER»@«IP:h»\n  502  export GITHUB_TOKEN=«GITHUB»\n"
     "  503  sshpass -p '«PASSWORD»' scp dump.sql «=USER»@«IP:h»:/tmp/\n  504  git log --oneline | head\n"
     "  505  history | grep token\n\nclean up my shell history before I share it"),
    ("shell", None, "$ docker login ghcr.io -u «=USER» --password «TOKEN»\nWARNING! Using --password via the CLI "
     "is insecure.\nLogin Succeeded\n$ docker pull ghcr.io/acme/api:«~VERSION»"),
    ("shell", None, "$ mysql -h «IP:a» -u root --password=«PASSWORD» shop\nERROR 2003 (HY000): Can't connect to "
     "MySQL server on '«IP:a»:3306' (110)"),
    ("shell", None, "$ aws configure\nAWS Access Key ID [None]: «AWSID»\nAWS Secret Access Key [None]: «AWSSECRET»\n"
     "Default region name [None]: eu-west-1\n$ aws sts get-caller-identity\nAn error occurred (InvalidClientTokenId)"),
    # ---- logs: logfmt, JSON lines, nginx ----
    ("logfmt", None, "time=«~ISOTS» level=info msg=\"user signed up\" user_email=«EMAIL» phone=«PHONE2» "
     "client_ip=«IP» req_id=«~UUID»\ntime=«~ISOTS» level=warn msg=\"sms failed\" to=\"«PHONE2»\" provider=twilio "
     "code=21211"),
    ("jsonlog", None, "{\"ts\":\"«~ISOTS»\",\"level\":\"error\",\"msg\":\"kyc check failed\",\"user\":"
     "{\"name\":\"«NAME»\",\"dob\":\"«DOBISO»\",\"mobile\":\"«PHONE2»\"},\"ip\":\"«IP»\"}\n"
     "{\"ts\":\"«~ISOTS»\",\"level\":\"info\",\"msg\":\"retry scheduled\",\"attempt\":2,\"build\":\"«~SHORTSHA»\"}"),
    ("jsonlog", ["en"], "{\"time\":\"«~ISOTS»\",\"svc\":\"payroll\",\"event\":\"ach_created\",\"routing\":"
     "\"«ABA»\",\"ssn_last4\":\"⟦«=LAST4»⟧\",\"employee_ssn\":\"«SSNPLAIN»\",\"amount\":\"«~AMOUNT»\"}"),
    ("nginx", None, "«IP» - - [«~CLFDATE»] \"GET /password-reset?email=«EMAIL»&token=«TOKEN» HTTP/2.0\" 302 0 "
     "\"-\" \"Mozilla/5.0 (iPhone)\"\n«IP» - - [«~CLFDATE»] \"GET /static/app.«~SHORTSHA».js HTTP/2.0\" 200 "
     "48211 \"-\" \"Mozilla/5.0\"\n\nwhy do reset links leak into the access log?"),
    ("nginx", None, "«~ISODATE» «=TIME» [error] 2811#2811: *«=NUM» upstream timed out (110: Connection timed out) "
     "while reading response header from upstream, client: «IP», server: api.«=WORD».io, request: \"POST "
     "/v1/login HTTP/1.1\", upstream: \"http://«IP»:8080/v1/login\""),
    # ---- infrastructure as code ----
    ("terraform", None, "provider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"«AWSID»\"\n"
     "  secret_key = \"«AWSSECRET»\"\n}\n\nvariable \"db_password\" {\n  type    = string\n"
     "  default = \"«PASSWORD»\"\n}\n\nterraform plan: Error: No valid credential sources found"),
    ("terraform", None, "resource \"aws_db_instance\" \"main\" {\n  engine         = \"postgres\"\n"
     "  engine_version = \"«~VERSION»\"\n  username       = \"«=USER»\"\n  password       = \"«PASSWORD»\"\n}\n"
     "# tfvars: datadog_api_key = \"«HEXTOKEN»\""),
    ("ansible", None, "all:\n  hosts:\n    web1:\n      ansible_host: «IP»\n      ansible_user: «=USER»\n"
     "      ansible_become_password: «PASSWORD»\n    db1:\n      ansible_host: «IP»\n  vars:\n"
     "    smtp_password: «PASSWORD»\n    admin_email: «EMAIL»\n\nwhy does become fail on web1?"),
    ("helm", None, "# values-prod.yaml\npostgresql:\n  auth:\n    username: «=USER»\n    password: «PASSWORD:p»\n"
     "    postgresPassword: «PASSWORD»\napp:\n  env:\n    DATABASE_URL: postgresql://«=USER»:«URLPASS:p»@pg:5432/app\n"
     "    STATUS_PAGE: ⟦https://status.example.com/health⟧\n  image:\n    tag: «~VERSION»"),
    ("gha", None, "# .github/workflows/deploy.yml\njobs:\n  deploy:\n    env:\n"
     "      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      SLACK_WEBHOOK: https://hooks.slack.com/services/«SLACKHOOK»\n"
     "    steps:\n      - uses: actions/checkout@v4\n      - run: gh secret set ANTHROPIC_API_KEY --body "
     "\"«ANTHROPIC»\"\n\nis it ok to keep the webhook inline?"),
    ("gha", None, "gh secret list\nNAME              UPDATED\nAWS_SECRET        about 2 days ago\n\n"
     "gh secret set STRIPE_KEY --body «STRIPE»\ngh secret set OPENAI_KEY --body «OPENAI»\n"
     "✓ Set Actions secret OPENAI_KEY for acme/api"),
    # ---- credential files ----
    ("npmrc", None, "# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=«GENERIC»\n"
     "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=«GITHUB»\n"
     "email=«EMAIL»\n\nnpm whoami returns 401"),
    ("pypirc", None, "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\n"
     "password = «GENERIC»\n\n[internal]\nrepository = https://pypi.«=WORD».internal/simple\n"
     "username = «=USER»\npassword = «PASSWORD»"),
    ("netrc", None, "machine api.heroku.com\n  login «EMAIL:e»\n  password «TOKEN»\nmachine git.heroku.com\n"
     "  login «EMAIL:e»\n  password «TOKEN»\nmachine ftp.«=WORD».com login «=USER» password «PASSWORD»"),
    ("pgpass", None, "# ~/.pgpass  (hostname:port:database:username:password)\n«IP»:5432:orders:«=USER»:«PASSWORD»\n"
     "*:5432:*:replicator:«PASSWORD»\nlocalhost:5432:*:postgres:⟦postgres⟧\n\npsql still prompts for a password, "
     "chmod is 0600"),
    ("properties", None, "# application-prod.properties\nserver.port=«=PORT»\nmail.smtp.host=smtp.«=WORD».com\n"
     "mail.smtp.user=«EMAIL»\nmail.smtp.password=«PASSWORD»\napp.jwt.secret=«HEXTOKEN»\n"
     "app.support.phone=«PHONE2»\napp.build=«~VERSION»"),
    ("ini", None, "; config.ini\n[database]\nhost = «IP»\nport = 5432\nuser = «=USER»\npassword = «PASSWORD»\n\n"
     "[mail]\nsender = «EMAIL»\napi_key = «GENERIC»\n\n[app]\nversion = «~VERSION»"),
    ("toml", None, "# settings.toml\n[server]\nbind = \"0.0.0.0:«=PORT»\"\n\n[openai]\napi_key = \"«OPENAI»\"\n\n"
     "[db]\nurl = \"mysql://«=USER»:«URLPASS:p»@«IP»:3306/app\"\npassword = \"«PASSWORD:p»\"\n\n"
     "[owner]\nname = \"«NAME»\"\nemail = \"«EMAIL»\""),
    # ---- SQL ----
    ("sql", None, "INSERT INTO customers (first_name, last_name, email, phone, birth_date, city) VALUES\n"
     "  ('«FIRST»', '«LAST»', '«EMAIL»', '«PHONE2»', '«DOBISO»', '«~CITY»'),\n"
     "  ('«FIRST»', '«LAST»', '«EMAIL»', '«PHONE2»', '«DOBISO»', '«~CITY»');\n-- ERROR: duplicate key value "
     "violates unique constraint \"customers_email_key\""),
    ("sql", ["en"], "INSERT INTO payroll (emp_name, ssn, routing_no, account_no) VALUES ('«NAME»', '«SSN»', "
     "'«ABA»', '«=NUM12»');\nUPDATE payroll SET ssn = '«SSNPLAIN»' WHERE emp_id = «=NUM»;"),
    ("sql", None, "UPDATE users SET avatar_sha256 = '«~SHA64»', api_token = '«HEXTOKEN»' WHERE email = '«EMAIL»';\n"
     "-- migration «~VERSION», ticket «~ORDER»"),
    # ---- HTTP dumps ----
    ("http", None, "POST /api/v1/profile HTTP/1.1\nHost: api.«=WORD».com\nAuthorization: Bearer «JWT»\n"
     "Cookie: session=«TOKEN»; theme=dark\nContent-Type: application/json\n\n{\"name\": \"«NAME»\", "
     "\"phone\": \"«PHONE2»\", \"birthday\": \"«DOBISO»\"}\n\nHTTP/1.1 422 Unprocessable Entity"),
    ("http", None, "GET /v2/accounts HTTP/1.1\nHost: «IP»:«=PORT»\nX-Api-Key: «TOKEN»\nUser-Agent: okhttp/«~VERSION»\n"
     "X-Request-ID: «~UUID»\n\nHTTP/1.1 403 Forbidden"),
    # ---- code ----
    ("code", None, "package main\n\nfunc main() {\n\tdb, err := sql.Open(\"postgres\", \"host=«IP» user=«=USER» "
     "password=«PASSWORD» dbname=app sslmode=disable\")\n\tclient := openai.NewClient(\"«OPENAI»\")\n}\n"
     "// go vet is fine but gosec complains"),
    ("code", None, "const transporter = nodemailer.createTransport({\n  host: 'smtp.«=WORD».com',\n"
     "  auth: { user: '«EMAIL»', pass: '«PASSWORD»' },\n});\nconst stripe = require('stripe')('«STRIPE»');"),
    ("code", None, "class Settings:\n    SLACK_TOKEN = \"«SLACK»\"\n    AWS_KEY = \"«AWSID»\"\n"
     "    ADMIN_PHONE = \"«PHONE2»\"\n    DEFAULT_OWNER = \"«NAME»\"\n    PLACEHOLDER = \"⟦xxx-xx-xxxx⟧\"\n"
     "# pylint says too many constants"),
    ("code", None, "def test_signup(client):\n    r = client.post('/signup', json={'email': '«EMAIL»', 'phone': "
     "'«PHONE2»', 'dob': '«DOBISO»', 'name': '«NAME»'})\n    assert r.status_code == 201  # fails since «~SHORTSHA»"),
    # ---- Markdown tables and TSV ----
    ("markdown", None, "| Name | Phone | Email | Birthday |\n|---|---|---|---|\n"
     "| «NAME» | «PHONE2» | «EMAIL» | «DOB2EN» |\n"
     "| «NAME» | «PHONE2» | «EMAIL» | «DOB2EN» |\n\nsort by birthday"),
    ("markdown", ["de"], "| Vorname | Nachname | Telefon | Geburtsdatum | Steuer-ID |\n|---|---|---|---|---|\n"
     "| «FIRST» | «LAST» | «PHONE2» | «DOB2» | «STEUER» |\n| «FIRST» | «LAST» | «PHONE2» | «DOB2» | «STEUER» |"),
    ("markdown", ["fr"], "| Nom | Prénom | Téléphone | Date de naissance |\n|---|---|---|---|\n"
     "| «LAST» | «FIRST» | «PHONE2» | «DOB2» |\n| «LAST» | «FIRST» | «PHONE2» | «DOB2» |"),
    ("markdown", ["en"], "| Employee | SSN | Routing number | Province/State |\n|---|---|---|---|\n"
     "| «NAME» | «SSNDASH» | «ABA» | ⟦Texas⟧ |\n| «NAME» | «SSNPLAIN» | «ABASEP» | ⟦Ohio⟧ |"),
    ("tsv", ["sv"], "Namn\tPersonnummer\tFödelsedatum\tTelefon\n«NAME»\t«PNR»\t«DOB2»\t«PHONE2»\n"
     "«NAME»\t«PNR12»\t«DOB2»\t«PHONE2»"),
    ("tsv", ["no"], "Navn\tFødselsnummer\tFødselsdato\tMobil\n«NAME»\t«FNR»\t«DOB2»\t«PHONE2»\n"
     "«NAME»\t«FNR»\t«DOB2»\t«PHONE2»"),
    ("tsv", ["es"], "Nombre\tApellidos\tTeléfono\tFecha de nacimiento\n«FIRST»\t«LAST»\t«PHONE2»\t«DOB2»\n"
     "«FIRST»\t«LAST»\t«PHONE2»\t«DOB2»"),
    ("tsv", ["de"], "Name\tHandy\tGeburtsdatum\tSteuer-ID\n«NAME»\t«PHONE2»\t«DOB2»\t«STEUERSP»\n"
     "«NAME»\t«PHONE2»\t«DOB2»\t«STEUER»"),
    ("tsv", ["en"], "name\tSIN\tphone\tstart\n«NAME»\t«SIN»\t«PHONECA»\t«~ISODATE»\n«NAME»\t«SINPLAIN»\t«PHONECA»\t"
     "«~ISODATE»"),
    ("tsv", ["en"], "Full Name\tSSN\tDOB\tMobile\n«NAME»\t«SSNPLAIN»\t«DOB2EN»\t«PHONEUS»\n"
     "«NAME»\t«SSNSP»\t«DOB2EN»\t«PHONEUS»"),
    ("ticket", None, "Zendesk #«=NUM» (via web form)\nFrom: «NAME:c» <«EMAIL»>\n\n«FIRST:c» writes: I was charged "
     "twice, card «CARD», amount «~AMOUNT». Order ⟦«~ORDER»⟧.\nInternal note: refund approved by «NAME»\n\n"
     "draft the customer reply"),
    ("hrform", ["en"], "Starter checklist (UK)\nSurname: «LAST»\nForename(s): «FIRST»\nNI no: «NINO»\n"
     "Date of birth: «DOB2EN»\nMobile: «PHONEUK»\nP45 received: ⟦yes⟧"),
    ("code", None, "const firebaseConfig = {\n  apiKey: \"«GOOGLE»\",\n  authDomain: \"«=WORD»-app.firebaseapp.com\",\n"
     "  projectId: \"«=WORD»-app\",\n  appId: \"⟦1:«=NUM12»:web:«~SHA32»⟧\"\n};\n"
     "deploy_key = '''«PEM»'''"),
    ("tsv", None, "order\tdate\tamount\tcommit\n«~ORDER»\t«~ISODATE»\t«~AMOUNT»\t«~SHORTSHA»\n"
     "⟦note⟧: customer «NAME» called from «PHONE2» about the first one"),
]

DEV2_PROSE = {
    "en": [
        "⟦Honestly⟧ I'm fed up, «NAME» promised a callback at «PHONEUS» three times. ⟦Order⟧ «~ORDER», ⟦placed⟧ "
        "«~DATE».",
        "⟦Could you⟧ help me fill in this form? SS# «SSNSP», born «DOB2EN», cell «PHONEUS».",
        "«SSNPLAIN» — that's my social, and «ABASEP» is the bank's ABA. ⟦Anything⟧ else the landlord needs?",
        "⟦Reach⟧ «FIRST» on «PHONEUK» after 6pm, or «PHONEUK» during the day. ⟦Cheers⟧, «NAME»",
        "⟦Tax⟧ question: my Social Insurance Number is «SIN» and I earned «~AMOUNT» at ⟦«~BRAND»⟧. ⟦Do⟧ I owe?",
        "⟦Attached⟧ is the ⟦«~VERSION»⟧ changelog. cc «NAME», «NAME». ⟦Ping⟧ me at «PHONECA» if blocked.",
        "⟦Dear⟧ Mr «LAST», your date of birth («DOB2EN») doesn't match what ⟦«~COMPANY»⟧ has on file.",
        "ABA/routing: «ABA» (checking at ⟦«~BRAND»⟧). ⟦Please⟧ confirm the direct deposit for «NAME».",
        "⟦When⟧ I call «PHONEUS» it says the number is not in service. ⟦Is⟧ ⟦«~CITY»⟧ on a new area code?",
        "«NAME» here, DOB «DOB2EN», SSN ending ⟦«=LAST4»⟧. ⟦Full⟧ number: «SSNDASH».",
    ],
    "no": [
        "⟦Hei⟧, det er «NAME». ⟦Nås⟧ best på «PHONE2» etter kl. 16, ev. jobbtelefon «PHONE2».",
        "⟦Sønnen⟧ min er født «DOB2» og har fnr. «FNRSP». ⟦Trenger⟧ han eget kort?",
        "⟦Kan dere⟧ ringe meg tilbake på «PHONE2»? ⟦Saken⟧ gjelder ⟦«~ORDER»⟧ fra ⟦«~BRAND»⟧.",
        "⟦Fødselsdato⟧: «DOB2»\n⟦Navn⟧: «NAME»\n⟦Telefon⟧: «PHONE2»",
        "⟦Overfør⟧ «~AMOUNT» til konto «IBAN» innen ⟦fredag⟧. ⟦Hilsen⟧ «FIRST»",
        "«PHONE2» er nummeret til «NAME», ⟦hun⟧ har vakt i ⟦«~CITY»⟧ i helgen.",
        "⟦Legen⟧ trenger fødselsnummeret «FNR» og adressen din i ⟦«~CITY»⟧. ⟦Ha⟧ en fin dag!",
        "⟦Takk⟧ for sist! ⟦Vi⟧ sees hos «NAME» på ⟦lørdag⟧. ⟦Ring⟧ «PHONE2» hvis dere ikke finner frem.",
        "⟦Dette⟧ er en påminnelse om timen din «~DATE». ⟦Svar⟧ JA til «PHONE2».",
    ],
    "sv": [
        "⟦Hej⟧, det är «NAME». ⟦Nås⟧ på «PHONE2» eller jobbet «PHONE2».",
        "⟦Dottern⟧ är född «DOB2», personnumret är «PNR12». ⟦Behöver⟧ hon eget pass?",
        "⟦Kan ni⟧ ringa tillbaka på «PHONE2»? ⟦Det⟧ gäller order ⟦«~ORDER»⟧ från ⟦«~BRAND»⟧.",
        "⟦Födelsedatum⟧: «DOB2»\n⟦Namn⟧: «NAME»\n⟦Mobil⟧: «PHONE2»",
        "⟦Skicka⟧ «~AMOUNT» till «IBAN» före ⟦måndag⟧. ⟦Kram⟧ «FIRST»",
        "«PHONE2» är numret till «NAME», ⟦hon⟧ jobbar i ⟦«~CITY»⟧ i helgen.",
        "⟦Vårdcentralen⟧ vill ha personnummer «PNR» innan besöket «~DATE».",
        "⟦Tack⟧ för senast! ⟦Vi⟧ ses hos «NAME» på ⟦lördag⟧. ⟦Ring⟧ «PHONE2» om ni inte hittar.",
        "⟦Påminnelse⟧ om din tid «~DATE». ⟦Svara⟧ JA till «PHONE2» för att bekräfta.",
    ],
    "de": [
        "⟦Hallo⟧, hier ist «NAME». ⟦Erreichbar⟧ unter «PHONE2» oder dienstlich «PHONE2».",
        "⟦Mein⟧ Sohn ist am «DOB2» geboren, seine Steuer-ID lautet «STEUERSP». ⟦Braucht⟧ er ein Konto?",
        "⟦Könnten Sie⟧ mich unter «PHONE2» zurückrufen? ⟦Es⟧ geht um ⟦«~ORDER»⟧ von ⟦«~BRAND»⟧.",
        "⟦Geburtsdatum⟧: «DOB2»\n⟦Name⟧: «NAME»\n⟦Handy⟧: «PHONE2»",
        "⟦Überweise⟧ bitte «~AMOUNT» an «IBAN» bis ⟦Freitag⟧. ⟦LG⟧ «FIRST»",
        "«PHONE2» ist die Nummer von «NAME», ⟦sie⟧ hat am ⟦Wochenende⟧ Bereitschaft in ⟦«~CITY»⟧.",
        "⟦Das⟧ ⟦Finanzamt⟧ braucht die Identifikationsnummer «STEUER» bis zum «~DATE».",
        "⟦Danke⟧ für gestern! ⟦Wir⟧ treffen uns bei «NAME» am ⟦Samstag⟧. ⟦Ruf⟧ «PHONE2» an, falls ihr es nicht "
        "findet.",
        "⟦Erinnerung⟧ an Ihren ⟦Termin⟧ am «~DATE». ⟦Antworten⟧ Sie mit JA an «PHONE2».",
    ],
    "fr": [
        "⟦Bonjour⟧, c'est «NAME». ⟦Joignable⟧ au «PHONE2» ou au bureau au «PHONE2».",
        "⟦Ma⟧ fille est née le «DOB2» à ⟦«~CITY»⟧. ⟦Faut-il⟧ une pièce d'identité ?",
        "⟦Pourriez-vous⟧ me rappeler au «PHONE2» ? ⟦Il⟧ s'agit de la commande ⟦«~ORDER»⟧ chez ⟦«~BRAND»⟧.",
        "⟦Date de naissance⟧ : «DOB2»\n⟦Nom⟧ : «NAME»\n⟦Tél⟧ : «PHONE2»",
        "⟦Vire⟧ «~AMOUNT» sur «IBAN» avant ⟦lundi⟧. ⟦Bises⟧, «FIRST»",
        "«PHONE2», c'est le numéro de «NAME», ⟦elle⟧ est d'astreinte ce week-end.",
        "⟦Au Québec⟧, mon NAS est «SINSP» et ma date de naissance «DOB2». ⟦Est-ce⟧ suffisant ?",
        "⟦Merci⟧ pour hier ! ⟦On⟧ se retrouve chez «NAME» ⟦samedi⟧. ⟦Appelle⟧ le «PHONE2» si tu ne trouves pas.",
        "⟦Rappel⟧ de votre rendez-vous du «~DATE». ⟦Répondez⟧ OUI au «PHONE2».",
    ],
    "es": [
        "⟦Hola⟧, soy «NAME». ⟦Me⟧ podéis localizar en el «PHONE2» o en la oficina «PHONE2».",
        "⟦Mi⟧ hija nació el «DOB2» en ⟦«~CITY»⟧. ⟦Necesita⟧ DNI propio?",
        "⟦¿Podrían⟧ llamarme al «PHONE2»? ⟦Es⟧ sobre el pedido ⟦«~ORDER»⟧ de ⟦«~BRAND»⟧.",
        "⟦Fecha de nacimiento⟧: «DOB2»\n⟦Nombre⟧: «NAME»\n⟦Tel.⟧: «PHONE2»",
        "⟦Hazme⟧ una transferencia de «~AMOUNT» a «IBAN» antes del ⟦martes⟧. ⟦Besos⟧, «FIRST»",
        "«PHONE2» es el número de «NAME», ⟦está⟧ de guardia este fin de semana.",
        "⟦Trabajo⟧ en ⟦Miami⟧: mi número de seguro social es «SSNSP» y el routing «ABA». ⟦¿Está⟧ bien?",
        "⟦Gracias⟧ por lo de ayer. ⟦Quedamos⟧ en casa de «NAME» el ⟦sábado⟧. ⟦Llama⟧ al «PHONE2» si te pierdes.",
        "⟦Recordatorio⟧ de su cita del «~DATE». ⟦Responda⟧ SÍ al «PHONE2».",
    ],
}
