"""templates_heldout.py — phrasings only the held-out half has (syntax: templates.py).

Not to be read by whoever writes the scrubber's rules, like heldout.jsonl itself: these
phrasings measure how the rules do on shapes and sentences they were not written from."""

HELDOUT_STRUCTURED = [
    ("k8s", None, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
     "  username: «=B64USER»\n  password: «B64PASSWORD»\n\nwhy does the pod see a different password than I set?"),
    ("env", None, "# ~/.pgpass\n«IP»:5432:*:«=USER»:«PASSWORD»\n# ~/.netrc\nmachine api.github.com login «=USER» "
     "password «GITHUB»"),
    ("env", None, "[global]\nindex-url = https://«=USER»:«URLPASS»@pypi.«=WORD».internal/simple\n"
     "trusted-host = pypi.«=WORD».internal\n\npip install hangs at resolving"),
    ("env", None, "# terraform.tfvars\ndb_username = \"«=USER»\"\ndb_password = \"«PASSWORD»\"\n"
     "github_token = \"«GITHUB»\"\nregion = \"eu-central-1\"\ninstance_type = \"⟦t3.medium⟧\"\n\nplan fails on the "
     "rds module"),
    ("env", None, "[client]\nuser=«=USER»\npassword=«PASSWORD:p»\nhost=«IP»\n\n# ~/.my.cnf, and the same in the app:\n"
     "SQLALCHEMY_DATABASE_URI=mysql+pymysql://«=USER»:«URLPASS:p»@«IP»/reports"),
    ("compose", None, "services:\n  grafana:\n    image: grafana/grafana:«~VERSION»\n    environment:\n"
     "      - GF_SECURITY_ADMIN_PASSWORD=«PASSWORD»\n      - GF_SMTP_USER=«EMAIL»\n"
     "      - GF_SMTP_PASSWORD=⟦${SMTP_PASSWORD}⟧\n    ports: [\"3000:3000\"]"),
    ("k8s", None, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  ADMIN_EMAIL: «EMAIL»\n"
     "  UPSTREAM: http://«IP»:«=PORT»\n  FEATURE_FLAGS: \"⟦checkout-v2⟧,⟦new-search⟧\"\n  BUILD: «~SHORTSHA»"),
    ("k8s", None, "helm upgrade api ./chart --set image.tag=«~VERSION» --set db.password=«PASSWORD» "
     "--set stripe.key=«STRIPE» --namespace prod"),
    ("connstring", None, "redis-cli -h «IP» -p 6379 -a «PASSWORD:p» --no-auth-warning\n"
     "# the app uses rediss://default:«URLPASS:p»@«IP»:6380"),
    ("connstring", None, "jdbc:oracle:thin:«=USER»/«URLPASS»@//«IP»:1521/ORCLPDB1"),
    ("connstring", None, "amqps://«=USER»:«URLPASS»@⟦b-«~UUID».mq.eu-west-1.amazonaws.com⟧:5671"),
    ("curl", None, "http POST https://api.example.com/v1/refunds Authorization:\"Bearer «TOKEN»\" "
     "charge=ch_«=WORD» reason=duplicate\n(httpie) gives 403"),
    ("curl", None, "wget --header=\"PRIVATE-TOKEN: «GENERIC»\" https://gitlab.«=WORD».dev/api/v4/projects"),
    ("log", None, "Jul 02 11:42:19 db-02 postgres[«=PID»]: FATAL:  password authentication failed for user "
     "\"«=USER»\"\n"
     "Jul 02 11:42:19 db-02 postgres[«=PID»]: DETAIL:  Connection matched pg_hba.conf line 99: "
     "\"host all all «IP»/32 md5\"\nJul 02 11:42:20 db-02 postgres[«=PID»]: connection received: host=«IP» "
     "port=«=PORT»"),
    ("log", None, "panic: runtime error: invalid memory address\n\ngoroutine 1 "
     "[running]:\nmain.(*Client).Send(0xc000012345, "
     "{0xc0000a2000, 0x24})\n\t/app/client.go:88 +0x1d\n// client.go:88 uses token \"«TOKEN»\" for «EMAIL»"),
    ("gitlog", None, "* «~SHORTSHA» - (tag: v«~VERSION») ⟦Release⟧ notes (3 days ago) <«NAME»>\n"
     "* «~SHORTSHA» - fix typo in ⟦README⟧ (4 days ago) <«NAME»>\n* «~SHORTSHA» - add ⟦Hugo Boss⟧ feed (5 days ago) "
     "<«NAME»>"),
    ("crm_json", None, "<customer>\n  <firstName>«FIRST»</firstName>\n  <lastName>«LAST»</lastName>\n"
     "  <email>«EMAIL»</email>\n  <birthDate>«DOBISO»</birthDate>\n  <iban>«IBAN»</iban>\n</customer>\nmap this to "
     "JSON"),
    ("crm_json", ["en"], "Patient: «NAME»\nDOB: «DOBEN»\nSSN: «SSN»\nPhone: «PHONE»\nInsurance: ⟦Blue Cross⟧\n"
     "Summarize the intake form for the doctor."),
    ("ticket_json", None, "{\"messages\": [{\"from\": \"«EMAIL»\", \"text\": \"my card «CARD» was charged twice\"}, "
     "{\"from\": \"agent\", \"text\": \"⟦Sorry⟧ about that, refund is on the way\"}], \"customer\": \"«NAME»\"}"),
    ("csv", None, "\"Full Name\",\"E-mail\",\"Mobile\",\"Birthday\"\n\"«NAME»\",\"«EMAIL»\",\"«PHONE»\",\"«DOBISO»\"\n"
     "\"«NAME»\",\"«EMAIL»\",\"«PHONE»\",\"«DOBISO»\""),
    ("psql", None, "sqlite> .mode column\nsqlite> select name, phone, iban from payees;\nname             phone     "
     "    iban\n"
     "---------------  ------------  ----------------------\n«NAME»  «PHONE»  «IBAN»\n«NAME»  «PHONE»  «IBAN»"),
    ("code", None, "const client = new Anthropic({ apiKey: \"«ANTHROPIC»\" });\n// fallback\n"
     "const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY ?? \"«OPENAI»\" });"),
    ("code", None, "$ cat ~/.docker/config.json\n{\"auths\": {\"registry.gitlab.com\": {\"auth\": \"«DOCKERAUTH»\"}}, "
     "\"credsStore\": \"⟦desktop⟧\"}"),
    ("code", None, "webhook = WebhookClient(\"https://hooks.slack.com/services/«SLACKHOOK»\")\n"
     "webhook.send(text=f\"deploy of «~SHORTSHA» by {user} done\")"),
    ("code", None, "jwt.decode(\"«JWT»\", options={\"verify_signature\": False})\n# what is in this token?"),
    ("env", None, "[default]\naws_access_key_id = «AWSID»\naws_secret_access_key = «AWSSECRET»\nregion = eu-west-1\n\n"
     "[profile ci]\nrole_arn = arn:aws:iam::«=NUM12»:role/ci"),
    ("compose", None, "x-db-env: &dbenv\n  PGUSER: «=USER:u»\n  PGPASSWORD: «PASSWORD:p»\nservices:\n  migrate:\n"
     "    environment:\n      <<: *dbenv\n      DB_DSN: \"host=db user=«=USER:u» password=«PASSWORD:p» dbname=app\"\n"
     "      DB_URL: postgresql://«=USER:u»:«URLPASS:p»@db/app"),
    ("connstring", None, "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Data Source=«IP»;Initial "
     "Catalog=Shop;"
     "User Id=«=USER»;Password=«PASSWORD»;\" />\n</connectionStrings>"),
    ("code", None, "INSERT INTO customers (first_name, last_name, email, phone, birth_date) VALUES\n"
     "  ('«FIRST»', '«LAST»', '«EMAIL»', '«PHONE»', '«DOBISO»'),\n  ('«FIRST»', '«LAST»', '«EMAIL»', '«PHONE»', "
     "'«DOBISO»');"),
    ("code", None, "- name: Deploy\n  run: ./deploy.sh\n  env:\n    ANTHROPIC_API_KEY: «ANTHROPIC»\n"
     "    SLACK_WEBHOOK: https://hooks.slack.com/services/«SLACKHOOK»\n    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}"),
    ("log", None, "{\"level\":\"warn\",\"time\":\"«~ISOTS»\",\"msg\":\"rate limited\",\"client_ip\":\"«IP»\","
     "\"user_email\":\"«EMAIL»\",\"req_id\":\"«~UUID»\"}\n{\"level\":\"info\",\"time\":\"«~ISOTS»\",\"msg\":\"retry "
     "ok\","
     "\"client_ip\":\"«IP»\"}"),
    ("crm_json", None, "customer:\n  name: «NAME»\n  phone: «PHONE»\n  born: «DOBISO»\n  iban: «IBAN»\n"
     "  card: «CARD»\n  notes: prefers ⟦«~BRAND»⟧"),
    ("connstring", None, "DATABASE_URL=\"mysql://«=USER»:«URLPASS»@«IP»:3306/wp?charset=utf8mb4\"\n"
     "wp_password = «PASSWORD»"),
]

HELDOUT_PROSE = {
    "en": ["⟦Could⟧ you sanity-check this wire? ⟦Beneficiary⟧ «NAME», account «IBAN», ref «~ORDER».",
           "⟦Last⟧ four aren't enough, here's the full card: «CARD». ⟦Thanks⟧ «FIRST»!",
           "«ABA» routing, checking account at ⟦Charles Schwab⟧; ⟦born⟧ «DOBEN»; ⟦SSN⟧ ends the form: «SSN».",
"«SSNPLAIN» — that's the social on file for «NAME», ⟦right⟧?",
           "⟦Reach⟧ «FIRST» at «PHONE» (cell) after ⟦5pm⟧. ⟦Cheers⟧, «NAME»"],
    "no": ["⟦Takk⟧ for sist! ⟦Her⟧ er fødselsnummeret mitt: «FNR». ⟦Hilsen⟧ «FIRST»",
           "⟦Kan du⟧ sende kvitteringen til «EMAIL»? ⟦Jeg⟧ ble født «DOB» og bor i ⟦«~CITY»⟧.",
           "⟦Mobilen⟧ min er «PHONE», ⟦jobb⟧: «PHONE». ⟦Mvh⟧ «NAME»",
"⟦Kan⟧ «FIRST» ringe meg? ⟦Nummeret⟧ mitt er «PHONE». ⟦Hilsen⟧ «NAME»",
           "«NAME», f. «DOB», ⟦bosatt⟧ i ⟦Bergen⟧."],
    "sv": ["⟦Hej⟧ «FIRST»! ⟦Mitt⟧ nya nummer är «PHONE». ⟦Kram⟧",
           "⟦Kan du⟧ kolla kontot «IBAN»? ⟦Pengarna⟧ från ⟦Klarna⟧ har inte kommit. ⟦Mvh⟧ «NAME»",
           "⟦Personnumret⟧ «PNR12» tillhör «NAME», ⟦född⟧ i ⟦«~CITY»⟧.",
"⟦Kan⟧ ni skicka avtalet till «EMAIL»? ⟦Jag⟧ är född «DOB».",
           "«NAME» (personnr «PNR») ⟦flyttade⟧ till ⟦Uppsala⟧."],
    "de": ["⟦Sehr⟧ geehrte ⟦Damen⟧ und ⟦Herren⟧, meine ⟦Steuer-ID⟧ lautet «STEUER». ⟦Mit freundlichen Grüßen⟧ «NAME»",
           "⟦Die⟧ ⟦Bestellung⟧ «~ORDER» bitte an «NAME» schicken, ⟦Handy⟧ «PHONE».",
           "⟦Geburtsdatum⟧: «DOB}\n⟦Name⟧: «NAME»\n⟦Konto⟧: «IBAN»".replace("«DOB}", "«DOB»"),
"⟦Kannst du⟧ «NAME» anrufen? ⟦Nummer⟧: «PHONE». ⟦Danke⟧!",
           "⟦Herr⟧ «LAST» hat die IdNr «STEUER», ⟦Frau⟧ «LAST» ist am «DOB» geboren."],
    "fr": ["⟦Bonsoir⟧, je m'appelle «NAME», ⟦né⟧ le «DOB}. ⟦Merci⟧ d'avance".replace("«DOB}", "«DOB»"),
           "⟦Le⟧ RIB : «IBAN». ⟦Titulaire⟧ : «NAME». ⟦Cordialement⟧",
           "⟦Mon⟧ portable a changé : «PHONE». ⟦Bonne⟧ journée, «FIRST»",
"⟦Voici⟧ mon NAS : «SIN». ⟦Je⟧ m'appelle «NAME».",
           "⟦Contactez⟧ «NAME» au «PHONE», ⟦elle⟧ est née le «DOB»."],
    "es": ["⟦Buenas⟧, soy «NAME», mi DNI no lo tengo a mano pero mi móvil es «PHONE». ⟦Gracias⟧",
           "⟦El⟧ IBAN es «IBAN» a nombre de «NAME». ⟦Un abrazo⟧",
           "⟦Escríbeme⟧ a «EMAIL», ⟦nací⟧ el «DOB} en ⟦«~CITY»⟧.".replace("«DOB}", "«DOB»"),
"⟦Te⟧ paso el contacto de «NAME»: «PHONE», ⟦nacida⟧ el «DOB».",
           "⟦Puedes⟧ mandar la factura a «EMAIL»? ⟦Saludos⟧ desde ⟦Valencia⟧."],
}

# Names, cities and brands the dev half never shows: the held-out half draws from these as
# well as from values.py's lists, so its name recall measures names the rules were not fitted to.
HELDOUT_FIRST = {
    "en": ["Brianna", "Cody", "Dustin", "Heather", "Jasmine", "Kyle", "Lauren", "Logan", "Madison", "Nathaniel",
           "Paige", "Reggie", "Shelby", "Travis", "Whitney", "Xavier", "Yolanda", "Zachary", "Bethany", "Colm",
           "Niamh", "Ewan", "Harriet", "Ruairi", "Sunita"],
    "no": ["Aslak", "Brynjar", "Dagny", "Eldbjørg", "Frøydis", "Geir", "Halldis", "Inger", "Jostein", "Kjellaug",
           "Leiv", "Mathea", "Nils-Erik", "Oddny", "Petter", "Randi", "Sverre", "Tiril", "Ulrikke", "Vebjørn",
           "Åsmund", "Øyvind", "Herborg", "Torstein", "Amund"],
    "sv": ["Alvar", "Birger", "Dagmar", "Edvin", "Folke", "Greta", "Hjalmar", "Ingvar", "Jonna", "Kjell", "Linnéa",
           "Majken", "Noomi", "Ove", "Ronja", "Sixten", "Tage", "Ulla", "Vilgot", "Yngve", "Åke", "Ester", "Gunnel",
           "Torsten", "Signe"],
    "de": ["Anneliese", "Bernd", "Carsten", "Dörte", "Frauke", "Gerhard", "Hannelore", "Ingo", "Jens", "Karsten",
           "Liesel", "Manfred", "Norbert", "Ortrud", "Reinhard", "Sönke", "Theresa", "Volker", "Wiebke", "Xaver",
           "Detlef", "Elke", "Holger", "Ilse", "Gisela"],
    "fr": ["Anaïs", "Baptiste", "Céline", "Damien", "Églantine", "Florian", "Gaspard", "Héloïse", "Isaure", "Jérôme",
           "Killian", "Lucille", "Maxence", "Noémie", "Odile", "Pierrick", "Quentin", "Romane", "Sylvain", "Tiphaine",
           "Ugo", "Valentin", "Yvette", "Zoé", "Aurélien"],
    "es": ["Aitana", "Borja", "Candela", "Darío", "Eneko", "Fátima", "Gael", "Irene", "Julen", "Leire", "Macarena",
           "Nerea", "Óscar", "Pilar", "Quique", "Remedios", "Salvador", "Telmo", "Unai", "Valeria", "Ximena", "Yaiza",
           "Zuriñe", "Amaia", "Bruno"],
}
HELDOUT_LAST = {
    "en": ["Abernathy", "Blackwood", "Carmichael", "Delgado", "Ellison", "Fairbanks", "Hargreaves", "Ingram",
           "Jefferson", "Kavanagh", "Lockhart", "Mbeki", "Novak", "Oyelaran", "Pemberton", "Quinlan", "Radcliffe",
           "Stroud", "Thornton", "Underwood", "Vance", "Winslow", "Yates", "Zielinski", "Gutierrez"],
    "no": ["Aune", "Brekke", "Dyrdal", "Eide", "Flatebø", "Gjerde", "Holm", "Indrebø", "Jakobsen", "Kleppe", "Lie",
           "Mæland", "Nygård", "Opsahl", "Rustad", "Sandvik", "Tangen", "Ulvestad", "Vik", "Wiik", "Ødegård",
           "Aarseth", "Bjerke", "Hammerstad", "Nesheim"],
    "sv": ["Almqvist", "Berglund", "Dahlberg", "Ek", "Fransson", "Granlund", "Hellström", "Isaksson", "Jonsson",
           "Kjellberg", "Lindholm", "Magnusson", "Norberg", "Öberg", "Rosén", "Sundqvist", "Törnqvist", "Ullman",
           "Vikström", "Wikström", "Åberg", "Blomqvist", "Hägglund", "Strömberg", "Lundin"],
    "de": ["Ackermann", "Brandt", "Dietrich", "Engel", "Fuchs", "Graf", "Haas", "Jäger", "Kaiser", "Lorenz", "Maier",
           "Nowak", "Otto", "Pohl", "Roth", "Seidel", "Thiel", "Vogel", "Winkler", "Ziegler", "Böhm", "Kühn",
           "Franke", "Sommer", "Hahn"],
    "fr": ["Arnaud", "Barbier", "Carpentier", "Deschamps", "Étienne", "Fontaine", "Gauthier", "Hubert", "Joly",
           "Lemaire", "Marchand", "Noël", "Olivier", "Perrin", "Renaud", "Tessier", "Vasseur", "Lacroix", "Brunet",
           "Caron", "Masson", "Picard", "Leclerc", "Boyer", "Chauvin"],
    "es": ["Aranda", "Bermúdez", "Cuesta", "Echeverría", "Figueroa", "Galindo", "Izquierdo", "Jurado", "Lara",
           "Mendoza", "Núñez", "Olmedo", "Quintana", "Rosales", "Salazar", "Urrutia", "Valverde", "Zamora", "Beltrán",
           "Cordero", "Escobar", "Pizarro", "Barrios", "Carrillo", "Montoya"],
}
HELDOUT_CITIES = {
    "en": ["Sacramento", "Omaha", "Cardiff", "Glasgow", "Lagos", "Karachi", "Tulsa"],
    "no": ["Harstad", "Lillehammer", "Kristiansand", "Narvik", "Gjøvik", "Sandnes"],
    "sv": ["Jönköping", "Norrköping", "Sundsvall", "Luleå", "Karlstad", "Visby"],
    "de": ["Freiburg", "Mannheim", "Rostock", "Würzburg", "Erfurt", "Potsdam"],
    "fr": ["Montpellier", "Strasbourg", "Angers", "Brest", "Limoges", "Nancy"],
    "es": ["Alicante", "Córdoba", "Pamplona", "Santander", "Cádiz", "Toledo"],
}
HELDOUT_BRANDS = ["Ted Baker", "Paul Smith", "Karl Lagerfeld", "Salvatore Ferragamo", "Guerlain", "Lacoste", "Peugeot",
                  "Citroën", "Renault", "Miele", "Dr. Oetker", "Adolfo Domínguez", "Massimo Dutti", "Filippa K",
                  "Acne Studios", "Helly Hansen", "Bergans", "Anne Fontaine"]
