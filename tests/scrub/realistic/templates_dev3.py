"""templates_dev3.py — a third development half: shapes and phrasings neither templates.py nor dev2 shows.

dev2 was read, fixed from and scored until it stopped telling anything new; this half is written
the same way, apart from the rules (its author read the README's list of types, the scorer,
values.py, templates.py and templates_dev2.py, never the scrubber's sources, templates_heldout.py
or heldout.jsonl): issue-tracker and help-desk exports, CRM CSV exports, Postman collections,
GraphQL variables, OpenAPI examples, Alertmanager, systemd units and journalctl, Dockerfiles,
GitLab CI, Vault, kubectl describe, AWS CLI output, tables pasted from Excel, vCards, iCal,
mbox headers, Slack exports, HL7, payroll lines, invoices, shipping labels, bank statements,
YAML front matter, test fixtures in Python, Java, Rust and Go, SQL dumps and Redis MONITOR;
prose in six languages with phones far from their cue, one-letter signature labels, routing
numbers, SSNs and SINs phrased many ways, birth dates in many forms, passwords in URLs of
many schemes, names in greetings, sign-offs, lists and at sentence start.
Rule writers may read it, fix from it, and must not fit to it alone.

Same syntax as templates.py. Slots first used here (generate.py): «PHONE3» a phone in the case
language's styles (values.phone_more, which adds styles phone_styled lacks), «DOB3»/«DOB3EN» a
birth date in more written forms, «SINDASH» a SIN as 3-3-3 with dashes, «PNR10» a 10-digit
personnummer without the dash, «BASICAUTH» base64 of user:password after `Basic`; decoys
«~EPOCH» (Unix time), «~EAN» (a 13-digit article number), «~INVOICE», «~TRACKING» (a parcel
number), «~TICKET» (an issue key), «~SYSLOGTS» (`Jun 27 14:02:11`) and «~PLACEHOLDER» (a
stand-in where a secret would be: `YOUR_API_KEY`, `<token>`, `changeme`, `sk-...XXXX`)."""

DEV3_FIRST = {
    "en": ["Bethany", "Desmond", "Marisol", "Quentin", "Harriet", "Lamar", "Georgina", "Declan"],
    "no": ["Tormod", "Åshild", "Lavrans", "Guro", "Bendik", "Oddny", "Vebjørn", "Tiril"],
    "sv": ["Ingemar", "Tove", "Alrik", "Gunilla", "Folke", "Elsa", "Vilgot", "Siv"],
    "de": ["Gottfried", "Irmgard", "Hartmut", "Waltraud", "Lennart", "Frauke", "Bernd", "Roswitha"],
    "fr": ["Aymeric", "Ségolène", "Gautier", "Clémence", "Éloi", "Apolline", "Baptiste", "Honorine"],
    "es": ["Encarnación", "Ignacio", "Nerea", "Lorenzo", "Consuelo", "Gorka", "Amparo", "Teodoro"],
}
DEV3_LAST = {
    "en": ["Fairbanks", "Oyelaran", "Delacroix", "Thornbury", "Mahoney", "Ferreira", "Kaczmarek", "Winslow"],
    "no": ["Torgersen", "Eide", "Lie", "Ødegård", "Rasmussen", "Brekke", "Nordby", "Solheim"],
    "sv": ["Mattsson", "Lundqvist", "Åberg", "Holm", "Sjögren", "Falk", "Viklund", "Bengtsson"],
    "de": ["Schubert", "Engel", "Horn", "Franke", "Pohl", "Winkler", "Lorenz", "Ludwig"],
    "fr": ["Marchand", "Fontaine", "Boyer", "Roussel", "Garnier", "Brun", "Masson", "Picard"],
    "es": ["Arroyo", "Pastor", "Montero", "Crespo", "Lozano", "Peña", "Bravo", "Mora"],
}
DEV3_CITIES = {
    "en": ["Vancouver", "Sheffield", "Atlanta", "Edinburgh", "Portland", "Lagos"],
    "no": ["Sandnes", "Arendal", "Halden", "Kongsberg", "Steinkjer", "Florø"],
    "sv": ["Helsingborg", "Karlstad", "Växjö", "Eskilstuna", "Östersund", "Falun"],
    "de": ["Wiesbaden", "Heidelberg", "Lübeck", "Erfurt", "Regensburg", "Göttingen"],
    "fr": ["Reims", "Le Havre", "Perpignan", "Besançon", "Poitiers", "Nîmes"],
    "es": ["Logroño", "Santander", "Badajoz", "Tarragona", "Almería", "Gijón"],
}
DEV3_BRANDS = ["Salvatore Ferragamo", "Ermenegildo Zegna", "Oscar de la Renta", "Paco Rabanne", "Nina Ricci",
               "John Lewis", "Estée Lauder", "Georg Jensen", "Bang & Olufsen", "Filippa K", "Procter & Gamble",
               "Rolls-Royce", "Fjällräven", "Hermès", "Jack Wolfskin", "Pedro del Hierro"]

DEV3_STRUCTURED = [
    # ---- issue trackers and help desks ----
    ("jira", None, "Issue key,Summary,Reporter,Assignee,Created,Description\n⟦«~TICKET»⟧,Login fails on "
     "⟦«~VERSION»⟧,«NAME:r»,«NAME:a»,«~ISODATE»,\"User «EMAIL» cannot log in from «IP». Repro: password "
     "«PASSWORD» works on web, not on iOS. Call «FIRST:r» back on «PHONE3».\"\n\nturn this jira export into a "
     "bug report"),
    ("jira", None, "{\"key\": \"⟦«~TICKET»⟧\", \"fields\": {\"summary\": \"Refund for card holder\", \"reporter\": "
     "{\"displayName\": \"«NAME:r»\", \"emailAddress\": \"«EMAIL»\"}, \"customfield_10042\": \"«PHONE3»\", "
     "\"description\": \"Customer «FIRST:r» gave card «CARD» over the phone, please mask it\", \"created\": "
     "\"«~ISOTS»\"}}"),
    ("zendesk", None, "{\"ticket\": {\"id\": «=NUM», \"subject\": \"Can't reset my password\", \"requester\": "
     "{\"name\": \"«NAME:c»\", \"email\": \"«EMAIL»\", \"phone\": \"«PHONE3»\"}, \"comments\": [{\"author\": "
     "\"«NAME:c»\", \"body\": \"Hi, it's «FIRST:c» again. You can call me at «PHONE3:m» any time after 5. If I don't "
     "pick up try «PHONE3».\"}, {\"author\": \"«NAME»\", \"body\": \"⟦Thanks⟧ «FIRST:c», escalated.\"}]}}"),
    ("helpdesk", None, "From: «NAME:c» <«EMAIL:c»>\nSubject: ⟦Re⟧: [⟦«~TICKET»⟧] order not delivered\n\n"
     "> On «~DATE», «NAME» wrote:\n> Could you confirm your address and a number we can reach you on?\n\n"
     "Sure — same as always,\n«PHONE3»\nparcel ⟦«~TRACKING»⟧\n\n«FIRST:c»"),
    # ---- CRM exports ----
    ("crmcsv", None, "\"First Name\",\"Last Name\",\"Account Name\",\"Mobile\",\"Email\",\"Lead Source\"\n"
     "\"«FIRST»\",\"«LAST»\",\"⟦«~BRAND»⟧\",\"«PHONE3»\",\"«EMAIL»\",\"Web\"\n"
     "\"«FIRST»\",\"«LAST»\",\"⟦«~COMPANY»⟧\",\"«PHONE3»\",\"«EMAIL»\",\"Trade Show\"\n\ndedupe these leads"),
    ("crmcsv", None, "Record ID;Contact owner;First name;Last name;Phone number;Create Date\n«=NUM»;«NAME»;«FIRST»;"
     "«LAST»;«PHONE3»;«~ISODATE»\n«=NUM»;«NAME»;«FIRST»;«LAST»;«PHONE3»;«~ISODATE»"),
    # ---- API tooling ----
    ("postman", None, "{\n  \"info\": {\"name\": \"Billing API\", \"_postman_id\": \"⟦«~UUID»⟧\"},\n  \"item\": [{\n"
     "    \"name\": \"Create customer\",\n    \"request\": {\n      \"method\": \"POST\",\n      \"header\": [\n"
     "        {\"key\": \"Authorization\", \"value\": \"Bearer «JWT»\"},\n        {\"key\": \"X-Api-Key\", \"value\": "
     "\"«TOKEN»\"}\n      ],\n      \"body\": {\"mode\": \"raw\", \"raw\": \"{\\\"name\\\": \\\"«NAME»\\\", "
     "\\\"phone\\\": \\\"«PHONE3»\\\"}\"},\n      \"url\": \"https://api.«=WORD».com/v1/customers\"\n    }\n  }],\n"
     "  \"variable\": [{\"key\": \"stripe_key\", \"value\": \"«STRIPE»\"}]\n}\n\nwhy does newman fail with 401?"),
    ("postman", None, "{\"id\": \"⟦«~UUID»⟧\", \"name\": \"prod\", \"values\": [\n  {\"key\": \"baseUrl\", "
     "\"value\": \"⟦https://api.example.com⟧\", \"enabled\": true},\n  {\"key\": \"client_secret\", \"value\": "
     "\"«HEXTOKEN»\", \"enabled\": true},\n  {\"key\": \"openai_key\", \"value\": \"«OPENAI»\", \"enabled\": true},\n"
     "  {\"key\": \"api_key_template\", \"value\": \"⟦«~PLACEHOLDER»⟧\", \"enabled\": false}\n]}"),
    ("graphql", None, "mutation UpdateProfile($input: ProfileInput!) {\n  updateProfile(input: $input) { id }\n}\n\n"
     "Variables:\n{\n  \"input\": {\n    \"firstName\": \"«FIRST»\",\n    \"lastName\": \"«LAST»\",\n"
     "    \"mobilePhone\": \"«PHONE3»\",\n    \"dateOfBirth\": \"«DOBISO»\",\n    \"iban\": \"«IBAN»\"\n  }\n}\n"
     "\nthe server answers \"Variable $input got invalid value\""),
    ("openapi", ["en"], "components:\n  schemas:\n    Employee:\n      type: object\n      properties:\n"
     "        ssn:\n          type: string\n          example: \"«SSNDASH»\"\n        routingNumber:\n"
     "          type: string\n          example: \"«ABA»\"\n        fullName:\n          type: string\n"
     "          example: \"«NAME»\"\n      example:\n        ssn: \"«SSNDASH»\"\n\nthe linter says examples should "
     "not be real data — are these?"),
    # ---- monitoring and services ----
    ("alertmanager", None, "global:\n  smtp_smarthost: 'smtp.«=WORD».com:587'\n  smtp_auth_username: '«EMAIL»'\n"
     "  smtp_auth_password: '«PASSWORD»'\n  slack_api_url: 'https://hooks.slack.com/services/«SLACKHOOK»'\n"
     "receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: «HEXTOKEN»\n"
     "    webhook_configs:\n      - url: 'http://«IP»:9095/alert'\n\namtool check-config passes but nothing "
     "arrives"),
    ("prometheus", None, "scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: «=USER»\n"
     "      password: «PASSWORD»\n    static_configs:\n      - targets: ['«IP»:9100', '«IP»:9100']\n"
     "  - job_name: blackbox\n    bearer_token: «TOKEN»\n# prometheus «~VERSION», scrape interval 15s"),
    ("systemd", None, "# /etc/systemd/system/worker.service\n[Unit]\nDescription=queue worker\n\n[Service]\n"
     "User=«=USER»\nEnvironment=\"AMQP_URL=amqps://«=USER»:«URLPASS:p»@mq.«=WORD».net:5671/prod\"\n"
     "Environment=\"AWS_SECRET_ACCESS_KEY=«AWSSECRET»\"\nEnvironment=AWS_ACCESS_KEY_ID=«AWSID»\n"
     "ExecStart=/usr/bin/worker --concurrency 4\n\n[Install]\nWantedBy=multi-user.target"),
    ("journal", None, "⟦«~SYSLOGTS»⟧ web-1 sshd[«=PID»]: Failed password for «=USER» from «IP:a» port «=PORT» ssh2\n"
     "«~SYSLOGTS» web-1 sshd[«=PID»]: Failed password for root from «IP:a» port «=PORT» ssh2\n"
     "«~SYSLOGTS» web-1 sshd[«=PID»]: Accepted publickey for deploy from «IP» port «=PORT» ssh2\n\n"
     "is «IP:a» brute-forcing us?"),
    ("journal", None, "$ journalctl -u api --since today\n«~SYSLOGTS» api-2 node[«=PID»]: Error: connect ECONNREFUSED "
     "«IP:d»:5432\n«~SYSLOGTS» api-2 node[«=PID»]:     at PG connect (postgres://«=USER»:«URLPASS»@«IP:d»:5432/app)\n"
     "«~SYSLOGTS» api-2 systemd[1]: api.service: Main process exited, code=exited, status=1/FAILURE"),
    # ---- containers and CI ----
    ("dockerfile", None, "FROM python:3.12-slim\nARG PIP_INDEX_URL=https://«=USER»:«URLPASS»@pypi.«=WORD».internal/"
     "simple\nENV DJANGO_SECRET_KEY=«HEXTOKEN» \\\n    SENTRY_DSN=⟦«~PLACEHOLDER»⟧\nENV OPENAI_API_KEY «OPENAI»\n"
     "RUN pip install -r requirements.txt\n\nhadolint warns about secrets, which ones?"),
    ("gitlabci", None, "variables:\n  POSTGRES_PASSWORD: «PASSWORD:p»\n  DATABASE_URL: "
     "\"postgresql://runner:«URLPASS:p»@"
     "postgres/test\"\n  SONAR_TOKEN: «HEXTOKEN»\n\ndeploy:\n  stage: deploy\n  script:\n"
     "    - git push https://oauth2:«GENERIC»@gitlab.com/«=WORD»/api.git HEAD:main\n"
     "    - curl -X POST -H \"PRIVATE-TOKEN: «GENERIC»\" https://gitlab.com/api/v4/projects/«=NUM»/pipeline\n"
     "  only: [tags]"),
    ("vault", None, "$ vault kv get secret/prod/db\n====== Secret Path ======\nsecret/data/prod/db\n\n"
     "======= Metadata =======\nKey              Value\n---              -----\ncreated_time     «~ISOTS»\n"
     "version          «=NUM»\n\n====== Data ======\nKey         Value\n---         -----\npassword    «PASSWORD»\n"
     "username    «=USER»\napi_token   «HEXTOKEN»"),
    ("kubectl", None, "$ kubectl describe pod api-«=WORD»-7c9\nName:         api-«=WORD»-7c9\nNamespace:    prod\n"
     "Node:         «=HOST»/«IP»\nIP:           «IP»\nContainers:\n  api:\n    Image:  ghcr.io/acme/api:«~VERSION»\n"
     "    Environment:\n      DB_PASSWORD:     «PASSWORD»\n      STRIPE_API_KEY:  «STRIPE»\n"
     "      LOG_LEVEL:       info\nEvents:\n  Warning  BackOff  kubelet  Back-off restarting failed container"),
    ("awscli", None, "$ aws iam create-access-key --user-name ci\n{\n    \"AccessKey\": {\n        \"UserName\": "
     "\"ci\",\n"
     "        \"AccessKeyId\": \"«AWSID»\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": "
     "\"«AWSSECRET»\",\n        \"CreateDate\": \"«~ISOTS»\"\n    }\n}\nhow do I put these in github actions safely?"),
    ("awscli", None, "$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,PrivateIpAddress,"
     "PublicIpAddress]' --output text\ni-0⟦«~SHORTSHA»⟧a1b2c3\t«IP»\t«IP»\ni-0«=NUM»ff\t«IP»\tNone"),
    # ---- office pastes ----
    ("excel", None, "Name\tPhone\tE-mail\tBirthday\tTeam\n«NAME»\t«PHONE3»\t«EMAIL»\t«DOB3EN»\t⟦Sales⟧\n"
     "«NAME»\t«PHONE3»\t«EMAIL»\t«DOB3EN»\tOps\n«NAME»\t«PHONE3»\t«EMAIL»\t«DOB3EN»\tOps\n\nwho has a birthday "
     "this month?"),
    ("excel", ["en"], "Employee\tSSN\tBank routing\tAccount\tGross\n«NAME»\t«SSNPLAIN»\t«ABA»\t«=NUM12»\t«~AMOUNT»\n"
     "«NAME»\t«SSNDASH»\t«ABA»\t«=NUM12»\t«~AMOUNT»\nTotal\t\t\t\t⟦«~AMOUNT»⟧"),
    ("excel", ["no"], "Ansattnr\tNavn\tFødselsnummer\tKontonummer\tTelefon\n«=NUM»\t«NAME»\t«FNR»\t«IBAN»\t«PHONE3»\n"
     "«=NUM»\t«NAME»\t«FNRSP»\t«IBAN»\t«PHONE3»"),
    ("excel", ["sv"], "Anst.nr\tFörnamn\tEfternamn\tPersonnummer\tMobil\n«=NUM»\t«FIRST»\t«LAST»\t«PNR10»\t«PHONE3»\n"
     "«=NUM»\t«FIRST»\t«LAST»\t«PNR»\t«PHONE3»"),
    ("vcard", None, "BEGIN:VCARD\nVERSION:3.0\nFN:«NAME:n»\nN:«LAST:n»;«FIRST:n»;;;\nORG:⟦«~BRAND»⟧\n"
     "TEL;TYPE=CELL:«PHONE3»\nTEL;TYPE=WORK,VOICE:«PHONE3»\nEMAIL;TYPE=INTERNET:«EMAIL»\nBDAY:«DOBISO»\n"
     "END:VCARD\n\nimport fails on the BDAY line, why?"),
    ("ical", None, "BEGIN:VEVENT\nDTSTART:⟦«~ICALTS»⟧\nSUMMARY:Quarterly review\nORGANIZER;CN=«NAME:o»:mailto:"
     "«EMAIL:o»\nATTENDEE;CN=«NAME:x»;ROLE=REQ-PARTICIPANT:mailto:«EMAIL:x»\nATTENDEE;CN=«NAME:y»;RSVP=TRUE:mailto:"
     "«EMAIL:y»\nLOCATION:⟦«~CITY»⟧ office / dial-in «PHONE3»\nUID:⟦«~UUID»⟧\nEND:VEVENT"),
    ("mbox", None, "From «EMAIL:f» «~GITDATE» 09:14:02 2025\nReturn-Path: <«EMAIL:f»>\nReceived: from mail.«=WORD».com "
     "([«IP»]) by mx.google.com\nFrom: \"«NAME:f»\" <«EMAIL:f»>\nTo: «NAME» <«EMAIL»>\nCc: «NAME» <«EMAIL»>\n"
     "Subject: contract draft\nX-Mailer: ⟦«~BRAND»⟧ Mail ⟦«~VERSION»⟧\n\nwhy did this land in spam?"),
    ("slackexport", None, "[{\"type\": \"message\", \"user\": \"U0«=NUM»\", \"user_profile\": {\"real_name\": "
     "\"«NAME:a»\"}, \"text\": \"here's the staging db pw: «PASSWORD»\", \"ts\": \"⟦«~EPOCH»⟧.000200\"},\n"
     " {\"type\": \"message\", \"user_profile\": {\"real_name\": \"«NAME:b»\"}, \"text\": \"<@U0«=NUM»> don't "
     "paste that here, rotate it. my cell is «PHONE3» if you need me\"}]"),
    # ---- health, pay, money, parcels ----
    ("hl7", ["en"], "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|«=NUM12»||ADT^A01|«=NUM»|P|2.5\nPID|1||«=NUM»^^^HOSP^MR||"
     "«LAST»^«FIRST»^^^||«=NUM12»|F|||12 Main St^^⟦«~CITY»⟧||«PHONEUS»|||||||«SSNDASH»\n"
     "NK1|1|«LAST»^«FIRST»|SPO|||«PHONEUS»"),
    ("fhir", None, "{\"resourceType\": \"Patient\", \"id\": \"⟦«~UUID»⟧\", \"name\": [{\"family\": \"«LAST:p»\", "
     "\"given\": [\"«FIRST:p»\"]}], \"telecom\": [{\"system\": \"phone\", \"value\": \"«PHONE3»\", \"use\": "
     "\"mobile\"}, {\"system\": \"email\", \"value\": \"«EMAIL»\"}], \"gender\": \"female\", \"birthDate\": "
     "\"«DOBISO»\"}\n\nmap this FHIR patient to our «FIRST:p»-style display name"),
    ("payroll", ["en"], "PAYROLL RUN «~ISODATE»\nEMP «=NUM»  «LAST:a», «FIRST:a»  SSN «SSNSP»  RTN «ABASEP»  NET "
     "«~AMOUNT»\nEMP «=NUM»  «LAST:b», «FIRST:b»  SSN «SSNPLAIN»  RTN «ABA»  NET «~AMOUNT»\n\nwhy does the NACHA "
     "file reject the second line?"),
    ("payroll", ["de"], "Lohnabrechnung ⟦«~DATE»⟧\nPers.-Nr. «=NUM» — «LAST», «FIRST»\nSteuer-IdNr. «STEUER»\n"
     "Geb.-Datum «DOB3»\nBankverbindung «IBAN»\nAuszahlung «~AMOUNT»"),
    ("invoice", ["fr"], "FACTURE ⟦«~INVOICE»⟧\n⟦«~COMPANY»⟧ — SIRET ⟦«=NUM12»⟧\nClient : «NAME»\n"
     "Tél. «PHONE3» · «EMAIL»\nRèglement par virement : «IBAN»\nTotal TTC : «~AMOUNT»\nÉchéance : «~DATE»"),
    ("invoice", ["es"], "FACTURA Nº ⟦«~INVOICE»⟧\nCliente: «NAME»\nTel. «PHONE3»\nForma de pago: "
     "transferencia a «IBAN»\nTotal: «~AMOUNT»\nArtículo ⟦«~EAN»⟧ x2"),
    ("shipping", None, "SHIP TO:\n«NAME»\nc/o ⟦«~COMPANY»⟧\n⟦«~CITY»⟧\nPH «PHONE3»\n\nTRACKING #: ⟦«~TRACKING»⟧\n"
     "REF: «~ORDER»\nWEIGHT: 2.3 KG\n\nthe courier can't reach the recipient, write them an sms"),
    ("bankstatement", None, "Date       Description                         Amount\n«~ISODATE» CARD PAYMENT "
     "⟦«~BRAND»⟧ «~CITY»     ⟦«~AMOUNT»⟧\n«~ISODATE» TRANSFER TO «NAME» «IBAN»   «~AMOUNT»\n«~ISODATE» CARD «CARD» "
     "REFUND  «~AMOUNT»\n\ncategorise my spending"),
    # ---- docs and code ----
    ("frontmatter", None, "---\ntitle: \"Onboarding notes\"\nauthor: «NAME:a»\nauthor_email: «EMAIL»\n"
     "date: «~ISODATE»\ntags: [hr, internal]\n---\n\n«FIRST:a»'s desk phone is «PHONE3»; the wifi "
     "password is «PASSWORD» (⟦rotate⟧ monthly)."),
    ("pyfixture", None, "import pytest\n\n@pytest.fixture\ndef customer():\n    return Customer(\n"
     "        first_name=\"«FIRST»\",\n        last_name=\"«LAST»\",\n        phone=\"«PHONE3»\",\n"
     "        birth_date=date.fromisoformat(\"«DOBISO»\"),\n        iban=\"«IBAN»\",\n    )\n\n"
     "STRIPE_TEST_KEY = \"⟦«~PLACEHOLDER»⟧\"\nSTRIPE_LIVE_KEY = \"«STRIPE»\"  # TODO remove"),
    ("java", None, "@Test\nvoid sendsWelcomeMail() {\n    var user = new User(\"«NAME»\", \"«EMAIL»\", \"«PHONE3»\");\n"
     "    var ds = DriverManager.getConnection(\"jdbc:mysql://«IP»:3306/crm\", \"«=USER»\", \"«PASSWORD»\");\n"
     "    mailer.send(user);\n}\n// mvn test fails with Communications link failure"),
    ("rust", None, "#[tokio::main]\nasync fn main() {\n    let client = reqwest::Client::new();\n"
     "    let res = client.post(\"https://api.anthropic.com/v1/messages\")\n        .header(\"x-api-key\", "
     "\"«ANTHROPIC»\")\n        .send().await?;\n    let pool = PgPool::connect(\"postgres://«=USER»:«URLPASS»@«IP»/"
     "app\").await?;\n}\n// error[E0277]: the `?` operator can only be used in an async function that returns "
     "`Result`"),
    ("gotest", None, "func TestCharge(t *testing.T) {\n\tc := Card{Number: \"«CARD»\", Holder: \"«NAME»\"}\n"
     "\tos.Setenv(\"GITHUB_TOKEN\", \"«GITHUB»\")\n\tos.Setenv(\"API_KEY\", \"⟦«~PLACEHOLDER»⟧\")\n"
     "\tif err := charge(c); err != nil {\n\t\tt.Fatalf(\"charge: %v\", err)\n\t}\n}"),
    ("sqldump", None, "--\n-- PostgreSQL database dump, pg_dump «~VERSION»\n--\nCOPY public.users (id, full_name, "
     "email, phone, date_of_birth) FROM stdin;\n«=NUM»\t«NAME»\t«EMAIL»\t«PHONE3»\t«DOBISO»\n«=NUM»\t«NAME»\t"
     "«EMAIL»\t«PHONE3»\t«DOBISO»\n\\.\n\nconvert to INSERT statements"),
    ("redis", None, "$ redis-cli -a «PASSWORD» MONITOR\n⟦«~EPOCH»⟧.441021 [0 «IP»:«=PORT»] \"SET\" "
     "\"session:«~UUID»\" \"{\\\"email\\\":\\\"«EMAIL»\\\",\\\"token\\\":\\\"«TOKEN»\\\"}\"\n«~EPOCH».441530 "
     "[0 «IP»:«=PORT»] \"EXPIRE\" \"cart:«=NUM»\" \"3600\""),
    ("urls", None, "connections to migrate:\n- ldaps://admin:«URLPASS»@ldap.«=WORD».com:636\n"
     "- smtp://«=USER»:«URLPASS»@smtp.«=WORD».com:587\n- sftp://«=USER»:«URLPASS»@files.«=WORD».com/upload\n"
     "- mssql://sa:«URLPASS»@«IP»:1433/erp\n- clickhouse://default:«URLPASS»@ch.«=WORD».io:9000\n"
     "- https://«=USER»:«URLPASS»@nexus.«=WORD».internal/repository/npm/\n\nwhich of these will break if the "
     "password has a slash?"),
    ("urls", None, "git remote -v\norigin  https://x-access-token:«GITHUB»@github.com/«=WORD»/api.git (fetch)\n"
     "origin  https://x-access-token:«GITHUB»@github.com/«=WORD»/api.git (push)\nupstream  ⟦https://github.com/"
     "torvalds/linux.git⟧ (fetch)"),
    ("httpbasic", None, "curl -v https://api.«=WORD».com/v2/export\n> GET /v2/export HTTP/2\n> authorization: Basic "
     "«BASICAUTH»\n> user-agent: curl/⟦«~VERSION»⟧\n< HTTP/2 403\n< x-request-id: «~UUID»"),
    ("decoyonly", None, "Build ⟦«~VERSION»⟧ (⟦«~SHORTSHA»⟧) released «~ISODATE».\nArtifacts: ⟦«~EAN»⟧, invoice "
     "⟦«~INVOICE»⟧, issue ⟦«~TICKET»⟧, tracking ⟦«~TRACKING»⟧, epoch ⟦«~EPOCH»⟧.\nConfig: API_KEY=⟦«~PLACEHOLDER»⟧ "
     "listen :«=PORT»\n\nwrite release notes"),
]

DEV3_PROSE = {
    "en": [
        "⟦Hiya⟧ — «NAME» asked me to pass this on. ⟦Best⟧ way to get hold of her is probably «PHONE3», she's on the "
        "road ⟦Mon⟧–⟦Wed⟧.",
        "«NAME» and «NAME» both need access to the ⟦«~BRAND»⟧ tenant. ⟦Their⟧ numbers: «PHONE3» / «PHONE3».",
        "⟦Cheers⟧,\n«NAME»\nM: «PHONE3»\nT: «PHONE3»\n⟦«~COMPANY»⟧ · ⟦«~CITY»⟧",
        "the routing on the voided check is «ABA», acct ends ⟦«=LAST4»⟧. ⟦Bank⟧ is ⟦«~BRAND»⟧ if that matters",
        "⟦Social⟧: «SSNPLAIN». ⟦Born⟧ «DOB3EN». ⟦Please⟧ don't email these around.",
        "my canadian SIN («SINDASH») got rejected by the portal, ⟦is⟧ the format wrong?",
        "⟦Connecting⟧ via mysql://root:«URLPASS»@«IP»:3306 just hangs. ⟦Any⟧ idea?",
        "⟦Regards⟧,\n«NAME»\nP: «PHONE3» | E: «EMAIL»\nThis e-mail is confidential.",
        "⟦Reminder⟧: «FIRST» «LAST» (date of birth «DOB3EN») still needs a locker. ⟦Ticket⟧ ⟦«~TICKET»⟧.",
        "the number I gave the bank as my routing was «ABASEP» — ⟦can⟧ you double check it's a real one?",
        "«SSNSP» is the social on file for «NAME», ⟦which⟧ doesn't match what ⟦«~COMPANY»⟧ has.",
    ],
    "no": [
        "⟦Heisann⟧! «NAME» her. ⟦Jeg⟧ er på hytta hele uka, så send heller sms til «PHONE3» enn å ringe.",
        "⟦Mvh⟧\n«NAME»\nM: «PHONE3»\nE: «EMAIL»",
        "⟦Både⟧ «NAME» og «NAME» mangler tilgang. ⟦Kan⟧ du ordne det før ⟦fredag⟧?",
        "⟦Fødselsnummeret⟧ hans står på skjemaet: «FNR». ⟦Han⟧ ble født «DOB3».",
        "⟦Nummeret⟧ til ⟦legevakten⟧ i ⟦«~CITY»⟧ fant jeg ikke, men fastlegen «NAME» har «PHONE3».",
        "⟦Etter⟧ møtet med ⟦«~BRAND»⟧ ba «FIRST» om at vi sender kontraktene til «EMAIL». ⟦Hilsen⟧ «FIRST»",
        "⟦Når⟧ jeg kobler til redis://default:«URLPASS»@«IP»:6379 får jeg NOAUTH. ⟦Hva⟧ er feil?",
        "⟦Beklager⟧ sent svar! ⟦Kontonummeret⟧ er «IBAN», og du kan ringe meg på «PHONE3» i morgen.",
        "⟦Ha⟧ en fin helg! ⟦Hilsen⟧ «NAME», ⟦«~COMPANY»⟧, tlf. «PHONE3»",
    ],
    "sv": [
        "⟦Tjena⟧! «NAME» här. ⟦Jag⟧ sitter i möten hela dagen men svarar på sms, «PHONE3».",
        "⟦Med vänlig hälsning⟧\n«NAME»\nM: «PHONE3»\nE: «EMAIL»",
        "⟦Både⟧ «NAME» och «NAME» saknar behörighet. ⟦Fixa⟧ det innan ⟦torsdag⟧ tack.",
        "⟦Personnumret⟧ står i ansökan: «PNR10». ⟦Hon⟧ föddes «DOB3».",
        "⟦Nu⟧ har «FIRST» bytt nummer igen, det nya är «PHONE3». ⟦Ring⟧ inte det gamla.",
        "⟦Efter⟧ mötet med ⟦«~BRAND»⟧ vill «FIRST» att vi skickar avtalen till «EMAIL». ⟦Ha⟧ det gott!",
        "⟦När⟧ jag kör amqp://«=USER»:«URLPASS»@«IP»:5672 får jag ACCESS_REFUSED. ⟦Vad⟧ är fel?",
        "⟦Ursäkta⟧ sent svar! ⟦Kontot⟧ är «IBAN» och du når mig på «PHONE3» i morgon.",
        "⟦Hälsningar⟧ från ⟦«~CITY»⟧! ⟦Vi⟧ ses på ⟦mån⟧. /«FIRST»",
    ],
    "de": [
        "⟦Moin⟧! «NAME» hier. ⟦Ich⟧ bin die ganze Woche unterwegs, am besten per SMS an «PHONE3».",
        "⟦Beste Grüße⟧\n«NAME»\nT: «PHONE3»\nM: «PHONE3»\n⟦«~COMPANY»⟧",
        "⟦Sowohl⟧ «NAME» als auch «NAME» brauchen Zugang. ⟦Bitte⟧ bis ⟦Mittwoch⟧ erledigen.",
        "⟦Seine⟧ Steuer-ID steht im ⟦Formular⟧: «STEUERSP». ⟦Geboren⟧ ist er am «DOB3».",
        "⟦Neue⟧ Nummer von «FIRST»: «PHONE3». ⟦Die⟧ alte ist seit ⟦Januar⟧ abgemeldet.",
        "⟦Nach⟧ dem ⟦Gespräch⟧ mit ⟦«~BRAND»⟧ bittet «FIRST» darum, die ⟦Verträge⟧ an «EMAIL» zu schicken.",
        "⟦Wenn⟧ ich mongodb://admin:«URLPASS»@«IP»:27017 aufrufe, kommt Authentication failed. ⟦Warum⟧?",
        "⟦Entschuldigung⟧ für die späte Antwort! ⟦Meine⟧ IBAN ist «IBAN», ⟦Rückruf⟧ gern unter «PHONE3».",
        "⟦Schönes⟧ ⟦Wochenende⟧! ⟦Gruß⟧ aus ⟦«~CITY»⟧, «FIRST»",
    ],
    "fr": [
        "⟦Coucou⟧ ! C'est «NAME». ⟦Je⟧ suis en déplacement toute la semaine, envoie plutôt un texto au «PHONE3».",
        "⟦Cordialement⟧,\n«NAME»\nT : «PHONE3»\nM : «PHONE3»\n⟦«~COMPANY»⟧",
        "«NAME» et «NAME» n'ont toujours pas accès. ⟦Pouvez-vous⟧ régler ça avant ⟦mercredi⟧ ?",
        "⟦Son⟧ numéro d'assurance sociale figure sur le ⟦formulaire⟧ : «SINSP». ⟦Elle⟧ est née le «DOB3».",
        "⟦Nouveau⟧ numéro pour «FIRST» : «PHONE3». ⟦L'ancien⟧ ne marche plus depuis ⟦janvier⟧.",
        "⟦Après⟧ la réunion avec ⟦«~BRAND»⟧, «FIRST» demande qu'on envoie les ⟦contrats⟧ à «EMAIL».",
        "⟦Quand⟧ je lance postgres://«=USER»:«URLPASS»@«IP»:5432/app, j'ai une erreur d'authentification. "
        "⟦Pourquoi⟧ ?",
        "⟦Désolé⟧ pour le retard ! ⟦Mon⟧ IBAN est «IBAN», ⟦rappelez-moi⟧ demain au «PHONE3».",
        "⟦Bon⟧ week-end ! ⟦Bises⟧ de ⟦«~CITY»⟧, «FIRST»",
    ],
    "es": [
        "⟦Buenas⟧! ⟦Soy⟧ «NAME». ⟦Estoy⟧ de viaje toda la semana, mejor mándame un whatsapp al «PHONE3».",
        "⟦Un saludo⟧,\n«NAME»\nT: «PHONE3»\nM: «PHONE3»\n⟦«~COMPANY»⟧",
        "«NAME» y «NAME» siguen sin acceso. ⟦¿Lo⟧ podéis arreglar antes del ⟦miércoles⟧?",
        "⟦Su⟧ fecha de nacimiento es el «DOB3» y vive en ⟦«~CITY»⟧. ⟦Necesitamos⟧ el resto de datos.",
        "⟦Nuevo⟧ número de «FIRST»: «PHONE3». ⟦El⟧ antiguo ya no funciona desde ⟦enero⟧.",
        "⟦Tras⟧ la reunión con ⟦«~BRAND»⟧, «FIRST» pide que mandemos los ⟦contratos⟧ a «EMAIL».",
        "⟦Cuando⟧ conecto a mysql://«=USER»:«URLPASS»@«IP»:3306/tienda me da acceso denegado. ⟦¿Por qué⟧?",
        "⟦Perdona⟧ el retraso! ⟦Mi⟧ IBAN es «IBAN» y mañana me puedes llamar al «PHONE3».",
        "⟦Buen⟧ finde! ⟦Abrazos⟧ desde ⟦«~CITY»⟧, «FIRST»",
    ],
}
