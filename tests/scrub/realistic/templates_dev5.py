"""templates_dev5.py — a fifth development half: where credentials and people live in what developers paste.

Written apart from the rules (its author read the README's list of types, the scorer, values.py,
generate.py, templates.py, templates_dev2.py, templates_dev3.py, templates_dev4.py and the dev halves,
never the scrubber's sources, data, or any held-out template or case): framework config files
(Spring application.yml and .properties, Django settings.py, Rails credentials and database.yml,
Laravel .env, ASP.NET appsettings.json, Next.js/Vite env, Symfony, Flask), CI files (GitLab CI,
CircleCI, Jenkinsfile, Bitbucket Pipelines, Azure Pipelines), cloud CLIs and SDK snippets (gcloud,
az, aws configure, boto3, Firebase, Supabase, Stripe/Twilio/SendGrid clients in several languages),
IaC (Pulumi, CloudFormation parameters, Ansible vars, Chef, Puppet), DB clients (.my.cnf, pgAdmin
servers.json, DBeaver, sqlcmd/psql/mysql flags, ODBC DSN), brokers and caches (Kafka SASL JAAS,
RabbitMQ, Redis ACL/AUTH, NATS), SMTP settings, secrets in URL query strings, in logs, in XML
(web.config, Maven settings.xml, NuGet.config), INI/TOML/HCL, PowerShell and bash exports; people
in CODEOWNERS, AUTHORS, commit trailers, spreadsheets, org charts, seating plans, sports results,
citations, legal parties, ticket assignee fields, screen names and with titles; phones, SSNs, birth
dates and IDs in aligned table output (pandas, psql, mysql) and right next to other numbers. Prose in
six languages around issues and chats with secrets. Decoys: config placeholders (`${...}`,
`{{ .Values.x }}`, `%(x)s`, `<your-key>`, `****`), public keys and certificate fingerprints,
capitalised common words in headings, sports clubs and public URLs.
Rule writers may read it, fix from it, and must not fit to it alone.

Same syntax as templates.py. Slots first used here (generate.py): «CITE» "Hansen, O.", «DOTNAME»
"ole.hansen" (a screen name), «URLTOKEN» an opaque token in a URL query string (URL_CREDENTIAL),
«DJANGOKEY» a Django SECRET_KEY, «B64KEY» a base64 32-byte key (Laravel APP_KEY, Rails
master key style); decoys «~CFGPH», «~FPRINT», «~HEADING», «~TEAM», «~PUBURL» (DEV5_DECOYS)."""
import string

DEV5_FIRST = {
    "en": ["Percival", "Imelda", "Lachlan", "Temperance", "Ambrose", "Seamus", "Adaeze", "Ravindra", "Hortense",
           "Cassius", "Philippa", "Jolyon"],
    "no": ["Ragnar", "Gudbrand", "Sigvor", "Torleif", "Aud", "Eyvind", "Kjellaug", "Herborg", "Amund", "Åsmund",
           "Tonje", "Sølvi"],
    "sv": ["Gösta", "Ingegerd", "Alvar", "Sigrun", "Birger", "Majken", "Holger", "Elvira", "Ture", "Gun-Britt",
           "Assar", "Verner"],
    "de": ["Wolfram", "Gesine", "Eckhard", "Brunhilde", "Ortwin", "Hedwig", "Detlev", "Irmtraud", "Karl-Heinz",
           "Swantje", "Theodor", "Ulrike"],
    "fr": ["Gonzague", "Solange", "Enguerrand", "Philippine", "Bertille", "Aurèle", "Marie-Laure", "Jean-Eudes",
           "Sidonie", "Anselme", "Roselyne", "Médéric"],
    "es": ["Rosario", "Baltasar", "Purificación", "Anselmo", "Nieves", "Eneko", "Covadonga", "Juan Ignacio",
           "Milagros", "Ildefonso", "Ainara", "Gaspar"],
}
DEV5_LAST = {
    "en": ["Fothergill", "Quigley", "Cartwright", "Haverford", "Ogunleye", "Blackwood", "Fenwick", "Pennington",
           "McCracken", "Llewellyn", "Ravenscroft", "Tennant"],
    "no": ["Rustad", "Bøe", "Hagebakken", "Sørli", "Nesheim", "Kolstad", "Ødegaard", "Løvås", "Breivik", "Haukeland",
           "Strøm-Olsen", "Vatne"],
    "sv": ["Bäckström", "Hellström", "Ekholm", "Sjölander", "Wahlberg", "Tegnér", "Almqvist", "Berglöf", "von Platen",
           "Frisk", "Kjellberg", "Hammarlund"],
    "de": ["Wöhrmann", "Schlüter", "Kraushaar", "von Alvensleben", "Lüdecke", "Pöschl", "Ahrens", "Biedermann",
           "Tiedemann", "Kessler-Ruhl", "Oßwald", "Reimers"],
    "fr": ["de Kerguelen", "Le Floch", "Dufresne", "Chauvin-Brizard", "Vasseur", "Lemoine", "Bouchard", "Rivière",
           "Goasdoué", "L'Hermitte", "Pelletier", "du Plessis"],
    "es": ["Arriaga", "de Castro", "Mendizábal", "Sáez-Lobato", "Valderrama", "Escudero", "Goikoetxea", "Orozco",
           "del Valle", "Piñeiro", "Larrañaga", "Cienfuegos"],
}
DEV5_CITIES = {
    "en": ["Sacramento", "Swansea", "Halifax", "Galway", "Dundee", "Brisbane"],
    "no": ["Mosjøen", "Brønnøysund", "Sandnessjøen", "Notodden", "Kragerø", "Haugesund"],
    "sv": ["Söderhamn", "Ludvika", "Motala", "Karlskrona", "Halmstad", "Piteå"],
    "de": ["Bamberg", "Fulda", "Tübingen", "Heilbronn", "Ingolstadt", "Schwerin"],
    "fr": ["Chambéry", "Vannes", "Quimper", "Metz", "Aix-en-Provence", "Saint-Malo"],
    "es": ["Soria", "Cuenca", "Ponferrada", "Lugo", "Teruel", "Santiago de Compostela"],
}
DEV5_BRANDS = ["Bottega Veneta", "Max Mara", "Jimmy Choo", "Pierre Cardin", "Guy Laroche", "Thierry Mugler",
               "Emilio Pucci", "Hackett London", "Barbour", "Boston Consulting Group", "Freshfields Bruckhaus Deringer",
               "Anna Sui", "Kenneth Cole", "Ted Lapidus", "Carl Zeiss", "Melitta Bentz"]

B64 = string.ascii_letters + string.digits + "+/"
HEXUP = "0123456789ABCDEF"

DEV5_DECOYS = {
    # stand-ins for secrets as config files write them: templating, interpolation, masks
    "CFGPH": ["${DB_PASSWORD}", "{{ .Values.db.password }}", "%(db_password)s", "<your-key>", "****",
              "${{ secrets.DEPLOY_TOKEN }}", "$(SqlPassword)", "#{ApiKey}#", "${env:SMTP_PASS}",
              "{{ vault_db_password }}", "<%= ENV['DB_PASS'] %>", "${sys:kafka.password}", "%env(APP_SECRET)%",
              "$__env{GRAFANA_PW}", "ENC[AES256_GCM,data:...,type:str]", "<your-access-key>", "********",
              "os.getenv('STRIPE_KEY')", "{{ secrets.smtp }}", "$MYSQL_PWD"],
    # public material that looks like secrets: ssh and certificate fingerprints, public keys
    "FPRINT": lambda v, r: v.pick([
        lambda: "SHA256:" + v.chars(B64, 43),
        lambda: ":".join(v.chars(HEXUP, 2) for _ in range(20)),
        lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + v.chars(B64, 43) + " deploy@ci",
        lambda: "MD5:" + ":".join(v.chars("0123456789abcdef", 2) for _ in range(16)),
    ])(),
    # capitalised ordinary words of headings and column titles
    "HEADING": {
        "en": ["Settings", "Results", "Seating", "Overview", "Contributors", "Maintainers", "Standings", "Parties"],
        "no": ["Innstillinger", "Resultater", "Avdeling", "Vedlegg", "Tabell", "Bidragsytere", "Parter", "Plassering"],
        "sv": ["Inställningar", "Resultat", "Avdelning", "Bilaga", "Tabell", "Bidragsgivare", "Parter", "Placering"],
        "de": ["Zugangsdaten", "Einstellungen", "Ergebnisse", "Mannschaft", "Abteilung", "Sitzplan", "Parteien",
               "Mitwirkende"],
        "fr": ["Paramètres", "Résultats", "Équipe", "Annexe", "Signataires", "Classement", "Parties", "Contributeurs"],
        "es": ["Ajustes", "Resultados", "Equipo", "Anexo", "Firmantes", "Clasificación", "Partes", "Colaboradores"],
    },
    "TEAM": {
        "en": ["Aston Villa", "Nottingham Forest", "Crystal Palace", "Queens Park Rangers"],
        "no": ["Rosenborg BK", "Vålerenga", "Tromsø IL", "Viking FK"],
        "sv": ["Djurgårdens IF", "Hammarby IF", "Malmö FF", "IFK Norrköping"],
        "de": ["Borussia Dortmund", "Werder Bremen", "Eintracht Frankfurt", "Fortuna Düsseldorf"],
        "fr": ["Olympique de Marseille", "Stade Rennais", "Girondins de Bordeaux", "AS Saint-Étienne"],
        "es": ["Athletic Club", "Real Sociedad", "Rayo Vallecano", "Deportivo Alavés"],
    },
    "PRODUCT5": ["Visual Studio Code", "IntelliJ IDEA Ultimate", "Azure Data Studio", "DBeaver Community",
                 "Postman Desktop", "Docker Desktop", "GitHub Copilot", "Windows Terminal", "Red Hat Enterprise Linux"],
    "PUBURL": ["https://login.microsoftonline.com/common/oauth2/v2.0/token",
               "https://accounts.google.com/o/oauth2/auth",
               "https://oauth2.googleapis.com/token", "https://api.stripe.com/v1/charges",
               "https://hooks.example.com/services/placeholder", "https://repo.maven.apache.org/maven2",
               "https://api.nuget.org/v3/index.json", "https://sts.amazonaws.com/"],
}

DEV5_STRUCTURED = [
    ("spring", None, "# src/main/resources/application.yml\nspring:\n  datasource:\n    url: "
     "jdbc:mysql://«IP»:3306/orders?useSSL=false\n    username: «=USER»\n    password: «PASSWORD:p»\n  mail:\n    "
     "host: smtp.«=WORD».com\n    username: «EMAIL»\n    password: «PASSWORD4»\n  kafka:\n    properties:\n      "
     "sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc-orders\" "
     "password=\"«PASSWORD:k»\";\njwt:\n  signing-key: «HEXTOKEN»\nstripe:\n  webhook-secret: ⟦«~CFGPH»⟧\n\n"
     "⟦Spring⟧ Boot ⟦«~VERSION»⟧ says 'Access denied for user' on startup, help"),
    ("spring", None, "# application-prod.properties\nspring.datasource.url=jdbc:postgresql://«IP»:5432/billing\n"
     "spring.datasource.username=«=USER»\nspring.datasource.password=«PASSWORD»\n"
     "spring.security.oauth2.client.registration.google.client-secret=«TOKEN»\n"
     "spring.security.oauth2.client.provider.google.token-uri=⟦«~PUBURL»⟧\nspring.rabbitmq.password=«PASSWORD4»\n"
     "management.server.port=«=PORT»\napp.encryption.key=⟦«~CFGPH»⟧\n\n⟦Why⟧ does the oauth login loop? ⟦«~CITY»⟧ "
     "office only"),
    ("django", None, "# settings.py\nimport os\n\nSECRET_KEY = 'django-insecure-«DJANGOKEY»'\nDEBUG = False\n"
     "ALLOWED_HOSTS = ['«IP»', 'shop.«=WORD».com']\n\nDATABASES = {\n    'default': {\n        'ENGINE': "
     "'django.db.backends.postgresql',\n        'NAME': 'shop',\n        'USER': '«=USER»',\n        'PASSWORD': "
     "'«PASSWORD»',\n        'HOST': '«IP»',\n    }\n}\nEMAIL_HOST_USER = '«EMAIL»'\nEMAIL_HOST_PASSWORD = "
     "'«PASSWORD4»'\nADMINS = [('«NAME:a»', '«EMAIL:a»')]\nSENTRY_DSN = os.environ.get('SENTRY_DSN', "
     "'⟦«~CFGPH»⟧')\n\n⟦Django⟧ ⟦«~VERSION»⟧: why is collectstatic failing?"),
    ("rails", None, "$ EDITOR=cat bin/rails credentials:edit\n# aws:\n#   access_key_id: 123\naws:\n  "
     "access_key_id: «AWSID»\n  secret_access_key: «AWSSECRET»\nsecret_key_base: «HEXTOKEN»\nstripe:\n  "
     "secret_key: «STRIPE»\n\n# config/database.yml\nproduction:\n  adapter: postgresql\n  url: <%= "
     "ENV['DATABASE_URL'] %>\n  password: «PASSWORD»\n\nrails s crashes with "
     "ActiveSupport::MessageEncryptor::InvalidMessage"),
    ("laravel", None, "APP_NAME=Laravel\nAPP_ENV=production\nAPP_KEY=base64:«B64KEY»\nAPP_DEBUG=false\n"
     "DB_CONNECTION=mysql\nDB_HOST=«IP»\nDB_PORT=3306\nDB_USERNAME=«=USER»\nDB_PASSWORD=«PASSWORD4»\n"
     "MAIL_MAILER=smtp\nMAIL_USERNAME=«EMAIL»\nMAIL_PASSWORD=«PASSWORD»\nPUSHER_APP_SECRET=«HEXTOKEN»\n"
     "AWS_SECRET_ACCESS_KEY=⟦«~CFGPH»⟧\n\n⟦Laravel⟧ ⟦«~VERSION»⟧, php artisan migrate: SQLSTATE[HY000] [1045]"),
    ("aspnet", None, "// appsettings.Production.json\n{\n  \"ConnectionStrings\": {\n    \"Default\": "
     "\"Server=«IP»,1433;Database=Crm;User Id=crm_app;Password=«URLPASS»;Encrypt=True\"\n  },\n  \"Smtp\": { "
     "\"Host\": \"smtp.«=WORD».com\", \"User\": \"«EMAIL»\", \"Pass\": \"«PASSWORD4»\" },\n  \"Jwt\": { "
     "\"Issuer\": \"crm\", \"Key\": \"«TOKEN»\" },\n  \"AzureAd\": { \"ClientSecret\": \"«PASSWORD»\", "
     "\"Instance\": \"⟦«~PUBURL»⟧\" },\n  \"SendGrid\": { \"ApiKey\": \"«GENERIC»\" }\n}\n\n⟦Kestrel⟧ log "
     "⟦«~LOGTS»⟧: IOptions<SmtpOptions> is null in my controller"),
    ("nextenv", None, "# .env.local\nNEXT_PUBLIC_FIREBASE_API_KEY=«GOOGLE»\nNEXTAUTH_SECRET=«TOKEN»\n"
     "NEXTAUTH_URL=http://localhost:3000\nGITHUB_CLIENT_SECRET=«HEXTOKEN»\nVITE_SUPABASE_ANON_KEY=«JWT»\n"
     "DATABASE_URL=\"postgresql://«=USER»:«URLPASS»@«IP»:5432/next?schema=public\"\nOPENAI_API_KEY=«OPENAI»\n"
     "STRIPE_WEBHOOK_SECRET=⟦«~CFGPH»⟧\n\n⟦Prisma⟧ ⟦«~VERSION»⟧ can't reach the db from vercel"),
    ("symfony", None, "# .env.prod.local\nAPP_SECRET=«HEXTOKEN»\nDATABASE_URL=\"mysql://«=USER»:«URLPASS»@«IP»:3306"
     "/app?serverVersion=8.0\"\nMAILER_DSN=smtp://«EMAIL:m»:«PASSWORD»@smtp.«=WORD».com:587\n"
     "MESSENGER_TRANSPORT_DSN=amqp://guest:⟦«~CFGPH»⟧@rabbit:5672/%2f/messages\n\n# "
     "config/packages/lexik_jwt.yaml\nlexik_jwt_authentication:\n  pass_phrase: '«PASSWORD4»'\n\n⟦Symfony⟧ "
     "⟦«~VERSION»⟧: bin/console says the DSN is invalid"),
    ("flask", None, "# config.py\nclass ProductionConfig(Config):\n    SECRET_KEY = \"«HEXTOKEN»\"\n    "
     "SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://«=USER»:«URLPASS»@«IP»/flask\"\n    MAIL_PASSWORD = "
     "\"«PASSWORD4»\"\n    MAIL_DEFAULT_SENDER = (\"«NAME»\", \"«EMAIL»\")\n    CELERY_BROKER_URL = "
     "\"redis://:«URLPASS:r»@«IP»:6379/0\"\n    RECAPTCHA_PRIVATE_KEY = \"%(recaptcha)s\"\n\n⟦Flask-Migrate⟧ "
     "⟦«~VERSION»⟧: flask db upgrade hangs forever"),
    ("gitlabci", None, "# .gitlab-ci.yml\nvariables:\n  DOCKER_DRIVER: overlay2\n  SONAR_TOKEN: \"«HEXTOKEN»\"\n  "
     "DEPLOY_PASSWORD: ⟦«~CFGPH»⟧\n\ndeploy:\n  stage: deploy\n  script:\n    - echo \"«PASSWORD4»\" | docker "
     "login -u «=USER» --password-stdin registry.«=WORD».com\n    - curl -X POST "
     "\"https://api.«=WORD».com/hooks/deploy?token=«URLTOKEN»&ref=main\"\n  only: [main]\n\n⟦Pipeline⟧ "
     "⟦«~TICKET»⟧: the job prints 'unauthorized' at docker login"),
    ("circleci", None, "# .circleci/config.yml\nversion: 2.1\njobs:\n  test:\n    docker:\n      - image: "
     "cimg/python:3.12\n        auth:\n          username: «=USER»\n          password: «PASSWORD»\n      - image: "
     "cimg/postgres:16.2\n        environment:\n          POSTGRES_PASSWORD: «PASSWORD:pg»\n    environment:\n     "
     " DATABASE_URL: postgres://postgres:«URLPASS:pg»@localhost/test\n      CODECOV_TOKEN: ⟦«~CFGPH»⟧\n\n"
     "⟦CircleCI⟧ build ⟦«~SHORTSHA»⟧: tests pass locally but fail on circle"),
    ("jenkins", None, "pipeline {\n  agent any\n  environment {\n    NEXUS_CREDS = credentials('nexus-deploy')\n   "
     " SLACK_TOKEN = '«SLACK»'\n    DB_PASS = '«PASSWORD4»'\n  }\n  stages {\n    stage('Deploy') {\n      steps "
     "{\n        sh 'sshpass -p \"«PASSWORD»\" ssh deploy@«IP» ./release.sh'\n        sh 'curl -u admin:«URLPASS» "
     "https://nexus.«=WORD».com/service/rest/v1/status'\n      }\n    }\n  }\n}\n\n⟦Jenkins⟧ ⟦«~VERSION»⟧ masks "
     "NEXUS_CREDS but not the others, why?"),
    ("bitbucket", None, "# bitbucket-pipelines.yml\npipelines:\n  branches:\n    main:\n      - step:\n          "
     "name: Deploy to Heroku\n          script:\n            - export HEROKU_API_KEY=«TOKEN»\n            - git "
     "push https://heroku:«URLTOKEN»@git.heroku.com/app.git HEAD:main\n            - pipe: "
     "atlassian/aws-s3-deploy:1.1.0\n              variables:\n                AWS_ACCESS_KEY_ID: «AWSID»\n        "
     "        AWS_SECRET_ACCESS_KEY: «AWSSECRET»\n\n⟦Bitbucket⟧ run ⟦«~UUID»⟧: the pipe says InvalidAccessKeyId"),
    ("azurepipelines", None, "# azure-pipelines.yml\nvariables:\n  - group: prod-secrets\n  - name: sqlPassword\n  "
     "  value: '«PASSWORD4»'\n  - name: storageKey\n    value: '«AZUREKEY»'\nsteps:\n- script: |\n    sqlcmd -S "
     "«IP» -U sa -P '«PASSWORD»' -Q \"SELECT 1\"\n  displayName: smoke test\n- task: AzureCLI@2\n  inputs:\n    "
     "inlineScript: az storage blob list --account-key $(storageKey)\n\n⟦«~ISOTS»⟧ sqlcmd: Login failed for user "
     "'sa'"),
    ("cloudcli", None, "$ aws configure\nAWS Access Key ID [None]: «AWSID»\nAWS Secret Access Key [None]: "
     "«AWSSECRET»\nDefault region name [None]: eu-north-1\nDefault output format [None]: json\n$ az login "
     "--service-principal -u «~UUID» -p «PASSWORD» --tenant «~UUID»\n$ gcloud auth activate-service-account "
     "«SAEMAIL» --key-file=key.json\nERROR: (gcloud.auth) Could not read json file key.json\n\n⟦What⟧ am I doing "
     "wrong? (⟦«~PRODUCT5»⟧)"),
    ("boto3", None, "import boto3\nimport stripe\nfrom twilio.rest import Client\n\ns3 = boto3.client(\n    's3',\n"
     "    aws_access_key_id='«AWSID»',\n    aws_secret_access_key='«AWSSECRET»',\n)\nstripe.api_key = "
     "\"«STRIPE»\"\ntwilio = Client(\"⟦AC«~SHA32»⟧\", \"«HEXTOKEN»\")\ntwilio.messages.create(to=\"«PHONE4»\", "
     "from_=\"«PHONE4US»\", body=\"hi\")\n\n⟦Twilio⟧ console shows ⟦«~EPOCH»⟧; the SMS never arrives"),
    ("firebase", None, "// src/firebase.js\nconst firebaseConfig = {\n  apiKey: \"«GOOGLE»\",\n  authDomain: "
     "\"«=WORD»-prod.firebaseapp.com\",\n  projectId: \"«=WORD»-prod\",\n  appId: \"1:«=NUM12»:web:⟦«~HEXID»⟧\"\n"
     "};\nconst supabase = createClient('https://«=WORD».supabase.co', '«JWT»');\nconst sg = "
     "require('@sendgrid/mail');\nsg.setApiKey('«GENERIC»');\n\nauth/invalid-api-key in the console"),
    ("sdkinit", None, "// Go\nsc := stripe.New(\"«STRIPE»\", nil)\n// Ruby\n"
     "Twilio::REST::Client.new('⟦AC«~SHA32»⟧', '«HEXTOKEN»')\n// PHP\n$sendgrid = new \\SendGrid('«GENERIC»');\n// "
     "Java\nAnthropicClient client = AnthropicOkHttpClient.builder().apiKey(\"«ANTHROPIC»\").build();\n\n⟦Which⟧ "
     "of these should be in a vault? ⟦«~HEADING»⟧ attached"),
    ("pulumi", None, "# Pulumi.prod.yaml\nconfig:\n  aws:region: eu-west-1\n  app:dbPassword:\n    secure: "
     "⟦«~CFGPH»⟧\n  app:stripeKey: «STRIPE»\n  app:adminPassword: «PASSWORD4»\n  app:apiToken: «TOKEN»\n\n⟦Pulumi⟧ "
     "⟦«~VERSION»⟧: pulumi up shows the stripe key in plain text in the diff, why?"),
    ("cloudformation", None, "$ aws cloudformation deploy --template-file stack.yaml --stack-name crm \\\n    "
     "--parameter-overrides DBMasterUsername=«=USER» DBMasterPassword=«PASSWORD» \\\n    "
     "SlackWebhook=https://hooks.slack.com/services/«SLACKHOOK» AlertEmail=«EMAIL»\n\nParameters:\n  "
     "DBMasterPassword:\n    Type: String\n    NoEcho: true\n    Default: '«PASSWORD:d»'\n\n⟦CloudFormation⟧ stack "
     "⟦«~UUID»⟧: is NoEcho enough?"),
    ("ansible", None, "# group_vars/prod/vars.yml\nmysql_root_password: «PASSWORD4»\nvault_ldap_bind_pw: "
     "«PASSWORD»\nredis_requirepass: «HEXTOKEN»\nadmin_users:\n  - name: «DOTNAME:a»\n    comment: \"«NAME:a»\"\n  "
     "  ssh_key: \"⟦«~FPRINT»⟧\"\nsmtp_pass: \"{{ vault_smtp_pass }}\"\n\n⟦Ansible⟧ ⟦«~VERSION»⟧: ansible-lint "
     "complains about no_log"),
    ("chef", None, "# data_bags/db/prod.json\n{\n  \"id\": \"prod\",\n  \"db_password\": \"«PASSWORD»\",\n  "
     "\"replication_pw\": \"«PASSWORD4»\"\n}\n\n# Puppet hiera: data/common.yaml\nprofile::mysql::root_password: "
     "'«PASSWORD:r»'\nprofile::app::api_secret: '«HEXTOKEN»'\n\n⟦Chef⟧ Infra ⟦«~VERSION»⟧ — should I use encrypted "
     "data bags?"),
    ("hcl", None, "provider \"vault\" {\n  address = \"https://vault.«=WORD».internal:8200\"\n  token   = "
     "\"hvs.«TOKEN»\"\n}\nresource \"random_password\" \"db\" { length = 24 }\nresource \"azurerm_mssql_server\" "
     "\"main\" {\n  administrator_login          = \"sqladmin\"\n  administrator_login_password = \"«PASSWORD4»\"\n"
     "}\nvariable \"datadog_api_key\" { default = \"«HEXTOKEN»\" }\n\n⟦Terraform⟧ ⟦«~VERSION»⟧: terraform plan "
     "leaks these in CI logs"),
    ("dbclient", None, "$ mysql -h «IP» -u «=USER» -p'«PASSWORD»' orders -e 'select count(*) from t'\n$ "
     "PGPASSWORD=«PASSWORD4» psql -h «IP» -U «=USER» -d billing\n$ sqlcmd -S tcp:«IP»,1433 -U sa -P «PASSWORD:s» "
     "-d Crm\n$ mongosh \"mongodb://root:«URLPASS:s»@«IP»:27017/?authSource=admin\"\n\n⟦«~SYSLOGTS»⟧ all four "
     "hang, firewall?"),
    ("mycnf", None, "# ~/.my.cnf\n[client]\nuser = «=USER»\npassword = \"«PASSWORD4»\"\nhost = «IP»\n\n"
     "[mysqldump]\nuser=backup\npassword=«PASSWORD»\n\n# /etc/odbc.ini\n[CrmDSN]\nDriver=ODBC Driver 18 for SQL "
     "Server\nServer=«IP»\nUID=crm_ro\nPWD=«PASSWORD:o»\n\n⟦unixODBC⟧ ⟦«~VERSION»⟧: isql CrmDSN says login timeout"),
    ("pgadmin", None, "{\n  \"Servers\": {\n    \"1\": {\n      \"Name\": \"prod-«=WORD»\",\n      \"Host\": "
     "\"«IP»\",\n      \"Port\": 5432,\n      \"Username\": \"«EMAIL»\",\n      \"Password\": \"«PASSWORD4»\",\n   "
     "   \"SSLMode\": \"require\",\n      \"Comment\": \"owner «NAME»\"\n    }\n  }\n}\n\n<!-- DBeaver "
     "credentials-config.json (decrypted) -->\n{\"postgres-jdbc-18c\":{\"#connection\":{\"user\":\"«=USER»\",\"pass"
     "word\":\"«PASSWORD»\"}}}\n\n⟦How⟧ do I import this into pgAdmin 8? ⟦«~HEADING»⟧"),
    ("kafka", None, "# client.properties\nbootstrap.servers=«IP»:9094\nsecurity.protocol=SASL_SSL\n"
     "sasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
     "required username=\"svc-ingest\" password=\"«PASSWORD4»\";\nssl.truststore.password=«PASSWORD»\n"
     "ssl.keystore.password=⟦«~CFGPH»⟧\n\n⟦Confluent⟧ ⟦«~VERSION»⟧ kafka-console-consumer: Authentication failed "
     "during authentication"),
    ("redis", None, "«IP:r»:6379> ACL SETUSER app on >«PASSWORD» ~cache:* +get +set\nOK\n«IP:r»:6379> AUTH app "
     "«PASSWORD»\nOK\n$ redis-cli -h «IP» -a '«PASSWORD4»' --no-auth-warning ping\nPONG\n$ rabbitmqctl add_user "
     "metrics «PASSWORD:m»\n$ nats sub '>' --user admin --password «PASSWORD:n» -s nats://«IP»:4222\n\n⟦Which⟧ of "
     "these ends up in shell history?"),
    ("smtpcfg", None, "; php.ini / sendmail.ini\n[sendmail]\nsmtp_server=smtp.«=WORD».com\nsmtp_port=587\n"
     "auth_username=«EMAIL»\nauth_password=«PASSWORD4»\n\n# Grafana grafana.ini\n[smtp]\nenabled = true\nuser = "
     "«EMAIL»\npassword = \"\"\"«PASSWORD»\"\"\"\nfrom_name = ⟦«~BRAND»⟧ Alerts\n\n# Gitea app.ini\n[mailer]\n"
     "PASSWD = `«PASSWORD:g»`\n\n⟦Grafana⟧ ⟦«~VERSION»⟧ and ⟦Gitea⟧: none of them can send mail"),
    ("urlquery", None, "GET /v2/forecast?lat=59.9&lon=10.7&api_key=«URLTOKEN:a»&units=metric HTTP/1.1\n«~LOGTS» "
     "INFO  http.client GET https://maps.«=WORD».com/geocode/json?address=«~CITY»&key=«GOOGLE» 200\n«~LOGTS» WARN  "
     "download https://cdn.«=WORD».com/report.pdf?se=2026-01-01&sp=r&sig=«SASSIG» 403\n«~LOGTS» DEBUG webhook "
     "https://api.«=WORD».io/ingest?access_token=«URLTOKEN:b» retry=2\n\n⟦Why⟧ 403 on the pdf? request id ⟦«~UUID»⟧"),
    ("authlog", None, "«~LOGTS» DEBUG [db-pool] Authenticating with password «PASSWORD» as «=USER»@«IP»\n«~LOGTS» "
     "INFO  [mailer] logged in to smtp as «EMAIL» (pass=«PASSWORD4»)\n«~LOGTS» DEBUG [http] Authorization: Basic "
     "«BASICAUTH»\n«~LOGTS» TRACE [auth] issued token «TOKEN» for user «DOTNAME» (ip «IP»)\n«~LOGTS» INFO  [tls] "
     "peer cert fingerprint ⟦«~FPRINT»⟧\n\n⟦Who⟧ should be allowed to read these logs?"),
    ("webconfig", None, "<configuration>\n  <connectionStrings>\n    <add name=\"Crm\" connectionString=\"Data "
     "Source=«IP»;Initial Catalog=Crm;User ID=crm;Password=«URLPASS»\" providerName=\"System.Data.SqlClient\" />\n "
     " </connectionStrings>\n  <appSettings>\n    <add key=\"SmtpPassword\" value=\"«PASSWORD4»\" />\n    <add "
     "key=\"ApiKey\" value=\"⟦«~CFGPH»⟧\" />\n    <add key=\"PaymentSecret\" value=\"«HEXTOKEN»\" />\n  "
     "</appSettings>\n</configuration>\n\n⟦IIS⟧ 10 returns 500.19 at ⟦«~CLFDATE»⟧"),
    ("mavennuget", None, "<!-- ~/.m2/settings.xml -->\n<servers>\n  <server>\n    <id>nexus-releases</id>\n    "
     "<username>deployer</username>\n    <password>«PASSWORD4»</password>\n  </server>\n</servers>\n\n<!-- "
     "NuGet.config -->\n<packageSourceCredentials>\n  <github>\n    <add key=\"Username\" value=\"«DOTNAME»\" />\n "
     "   <add key=\"ClearTextPassword\" value=\"«GITHUB»\" />\n  </github>\n</packageSourceCredentials>\n"
     "<packageSources><add key=\"nuget\" value=\"⟦«~PUBURL»⟧\" /></packageSources>\n\n⟦NuGet⟧ ⟦«~VERSION»⟧: 401 on "
     "restore"),
    ("tomlini", None, "# ~/.config/rclone/rclone.conf\n[b2]\ntype = b2\naccount = 000a1b2c3d4e\nkey = «TOKEN»\n\n# "
     "Cargo credentials.toml\n[registries.internal]\ntoken = \"«GENERIC»\"\n\n# poetry auth.toml\n"
     "[http-basic.private]\nusername = \"«=USER»\"\npassword = \"«PASSWORD4»\"\n\n⟦Backblaze⟧ bucket ⟦«~HEXID»⟧: "
     "rclone says 401 unauthorized"),
    ("shellexport", None, "PS C:\\> $env:AZURE_CLIENT_SECRET = \"«PASSWORD»\"\nPS C:\\> $SecurePw = "
     "ConvertTo-SecureString \"«PASSWORD4»\" -AsPlainText -Force\nPS C:\\> "
     "[Environment]::SetEnvironmentVariable(\"GH_TOKEN\", \"«GITHUB»\", \"User\")\n\n$ export HF_TOKEN=«GENERIC»\n"
     "$ export ANTHROPIC_API_KEY=«ANTHROPIC»\n$ export DB_PASS='⟦«~CFGPH»⟧'\n\n⟦PowerShell⟧ ⟦«~VERSION»⟧: how do I "
     "persist these safely?"),
    ("i18nkeys", None, "# config.yaml (Norwegian team)\ndatabase:\n  brukernavn: «=USER»\n  passord: «PASSWORD»\n# "
     "Swedish module\nsmtp:\n  anvandare: «EMAIL»\n  losenord: «PASSWORD4»\n# German module\n  Kennwort: "
     "«PASSWORD:k»\n  zugangsSchluessel: «HEXTOKEN»\n# French\napi:\n  cle_secrete: «TOKEN»\n  motDePasse: "
     "«PASSWORD:f»\n# Spanish\n  clave_api: «GENERIC»\n  contrasena: «PASSWORD:e»\n\n⟦«~HEADING»⟧: merge these "
     "into one file"),
    ("codeowners", None, "# CODEOWNERS\n*.tf              @«DOTNAME:a» @platform-team\n/billing/          "
     "@«DOTNAME:b»\n/docs/             @docs-team\n\n# AUTHORS\n«NAME:a» <«EMAIL»>\n«NAME:b» <«EMAIL»>\n«NAME» "
     "(⟦«~BRAND»⟧)\n\n⟦GitHub⟧ ⟦«~VERSION»⟧ — is it fine that «FIRST:b» owns billing alone?"),
    ("trailers", None, "commit ⟦«~SHA»⟧\nAuthor: «NAME:a» <«EMAIL:a»>\nDate:   «~GITDATE» «=TIME» 2025 +0100\n\n   "
     " fix(auth): rotate leaked token\n\n    Co-authored-by: «NAME:b» <«EMAIL:b»>\n    Reviewed-by: «NAME»\n    "
     "Reported-by: «INITIAL»\n    Signed-off-by: «NAME:a» <«EMAIL:a»>\n\n⟦Gerrit⟧ change ⟦«~SHORTSHA»⟧: squash "
     "these trailers properly"),
    ("orgchart", None, "⟦«~HEADING»⟧\nCEO: Dr. «NAME:c»\n├── CTO: Prof. «NAME»\n│   ├── Head of Platform: «NAME» "
     "(x⟦«=LAST4»⟧)\n│   └── Security Lead: «LASTFIRST»\n└── CFO: «NAME»\n    └── Payroll: «INITIAL», «PHONE4»\n\n"
     "⟦Mermaid⟧ ⟦«~VERSION»⟧: draw this"),
    ("seating", None, "⟦«~HEADING»⟧ — table plan\nTable 1: «NAME», «NAME», «NAME», «FIRST» «LAST»\nTable 2: "
     "«NAME:h» (host), «INITIAL», «LASTFIRST»\nReserve: «NAME»\n\n⟦«~HEADING»⟧ v⟦«~VERSION»⟧: make it so «FIRST:h» "
     "sits at table 1"),
    ("sports", None, "⟦«~HEADING»⟧ 10 km\n 1. «UPLAST», «FIRST»      ⟦«~TEAM»⟧      38:12\n 2. «UPLAST», «FIRST»   "
     "   ⟦«~CITY»⟧      38:40\n 3. «UPLAST», «FIRST»      ⟦«~COMPANY»⟧      39:05\n\nScorers: «LAST» 12', «LAST» "
     "67'\n\n⟦Referee⟧ report ⟦«~INVOICE»⟧; write a short match report"),
    ("citation", ["en"], "References\n\n«CITE» (2019). Privacy in gateways. Journal of Systems, 12(3), 44–59.\n"
     "«CITE», & «CITE» (2021). Scrubbing at scale. In Proc. USENIX (pp. 1–12).\n«LAST», «FIRST» et al. (2023) — "
     "preprint.\n\n⟦Zotero⟧ export ⟦«~ISODATE»⟧: convert to BibTeX"),
    ("legal", None, "SETTLEMENT AGREEMENT\n\nBetween «UPNAME:a», born «DOB4EN», residing at ⟦«~CITY»⟧ "
     "(\"Claimant\")\nand ⟦«~BRAND»⟧ Ltd, represented by «NAME» (\"Respondent\").\n\n«UPLAST:a» v. ⟦«~COMPANY»⟧ "
     "[2024]\nSSN of claimant: «SSNDASH»\n\n⟦Case⟧ no. ⟦«~DIGITS11»⟧: summarise the obligations of «LAST:a»"),
    ("ticketfields", None, "{\n  \"key\": \"⟦«~TICKET»⟧\",\n  \"fields\": {\n    \"assignee\": {\"displayName\": "
     "\"«NAME:a»\", \"name\": \"«DOTNAME:a»\"},\n    \"reporter\": {\"displayName\": \"«LASTFIRST»\"},\n    "
     "\"watchers\": [\"«NAME»\", \"«NAME»\"],\n    \"customfield_10042\": \"«PHONE4»\",\n    \"description\": "
     "\"user can't log in, tried password «PASSWORD4»\"\n  }\n}\n\n⟦Who⟧ should pick this up? ⟦«~PRODUCT5»⟧"),
    ("spreadsheet", None, "A\tB\tC\tD\tE\n1\tEmployee\tStart\tMobile\tSalary\n"
     "2\t«NAME»\t«~ISODATE»\t«PHONE4»\t⟦«~AMOUNT»⟧\n3\t«NAME»\t«~ISODATE»\t«PHONE4»\t⟦«~AMOUNT»⟧\n"
     "4\t«LASTFIRST»\t«~ISODATE»\t«PHONE3»\t\n\n⟦Excel⟧ ⟦«~VERSION»⟧: =VLOOKUP formula to find the mobile by name?"),
    ("pandas", ["en"], ">>> df[['name', 'ssn', 'dob', 'phone']].head(3)\n                name          ssn         "
     "dob           phone\n0    «NAME»  «SSNDASH»  «DOBISO»  «PHONE4US»\n1    «NAME»  «SSNDASH»  «DOBISO»  "
     "«PHONE4US»\n2    «NAME»  «SSNPLAIN»  «DOBISO»  «PHONE3US»\n\n⟦Pandas⟧ ⟦«~VERSION»⟧: how do I mask the ssn "
     "column before export?"),
    ("mysqlbox", None, "mysql> SELECT id, name, phone, iban, born FROM customers LIMIT 2;\n"
     "+-------+----------------------+------------------+-----------------------------+------------+\n| id    | "
     "name                 | phone            | iban                        | born       |\n"
     "+-------+----------------------+------------------+-----------------------------+------------+\n| «=NUM» | "
     "«NAME»        | «PHONE4»  | «IBAN» | «DOBISO» |\n| «=NUM» | «NAME»        | «PHONE4»  | «IBAN» | «DOBISO» |\n"
     "+-------+----------------------+------------------+-----------------------------+------------+\n2 rows in "
     "set (0.00 sec)\n\n⟦MySQL⟧ ⟦«~VERSION»⟧: why is born a VARCHAR?"),
    ("psqlwide", ["no", "sv"], " ansatt_id | navn              | id_nr         | mobil          | fodt\n"
     "-----------+-------------------+---------------+----------------+------------\n      «=NUM» | «NAME»   | "
     "«FNR»   | «PHONE4» | «DOBISO»\n      «=NUM» | «NAME»   | «PNR»   | «PHONE4» | «DOBISO»\n(2 rader)\n\nhvordan "
     "anonymiserer jeg denne tabellen?"),
    ("adjacent", ["en"], "BATCH 0042 «=NUM» «SSNPLAIN» ⟦«~DIGITS9»⟧ 000120 «ABA» ⟦«=NUM12»⟧ 20250131\nBATCH 0042 "
     "«=NUM» «SSNPLAIN» ⟦«~DIGITS9»⟧ 000340 «ABA» ⟦«=NUM12»⟧ 20250131\nSIN «SINPLAIN» ⟦«~DIGITS8»⟧\n\n⟦Nacha⟧ file "
     "⟦«~INVOICE»⟧: parse this fixed-width ACH export"),
    ("adjacent", ["de", "fr", "es"], "Pos 1  ⟦«~DIGITS8»⟧  «STEUER»  ⟦«~EAN»⟧  «~ISODATE»\nPos 2  Tel «PHONE4» / "
     "Ref ⟦«~DIGITS11»⟧\nKonto «IBAN» BIC ⟦DEUTDEFF⟧ Betrag ⟦«~AMOUNT»⟧\n\n⟦«~HEADING»⟧ ⟦«~INVOICE»⟧: check these "
     "columns"),
    ("decoyonly", None, "⟦«~HEADING»⟧\npassword: ⟦«~CFGPH»⟧\napi_key: ⟦«~CFGPH»⟧\nhost key: ⟦«~FPRINT»⟧\n"
     "token_uri: ⟦«~PUBURL»⟧\nsponsor: ⟦«~TEAM»⟧, ⟦«~BRAND»⟧\n\nis anything secret here?"),
]

DEV5_PROSE = {
    "en": [
        "@«DOTNAME» can you rotate the key? I pasted «OPENAI» into the public channel by mistake.",
        "⟦Per⟧ our call, Dr. «LAST» will review; «FIRST» «LAST» from ⟦«~TEAM»⟧ sponsorship is cc'd. ⟦Thanks⟧!",
        "the log says 'Authenticating with password «PASSWORD»' — should it ever print that? ⟦Asking⟧ for «NAME».",
        "⟦Regards⟧,\n«NAME»\nSenior Engineer | ⟦«~BRAND»⟧\nM «PHONE4» | «EMAIL»",
        "my SSN «SSNDASH» and DOB «DOB4EN» were in the ticket ⟦«~TICKET»⟧, can you purge it?",
        "⟦Settings⟧ page shows api_key=⟦«~CFGPH»⟧ but the curl uses ?api_key=«URLTOKEN». ⟦Which⟧ wins?",
        "Prof. «NAME» and Ms «LAST» will present; «CITE» (2020) is the paper. ⟦Questions⟧ to «EMAIL».",
        "redis AUTH fails with «PASSWORD4» even though requirepass matches, ⟦any⟧ idea?",
        "⟦Assigning⟧ to «NAME» — «FIRST», please call the customer at «PHONE4».",
        "⟦Our⟧ ⟦«~TEAM»⟧ fan club treasurer is «NAME», routing «ABA» for dues.",
    ],
    "no": [
        "⟦Hei⟧ @«DOTNAME», kan du rotere nøkkelen? ⟦Jeg⟧ limte inn «GITHUB» i feil kanal.",
        "⟦Innstillinger⟧: passordet til databasen er «PASSWORD4», brukeren heter «=USER».",
        "⟦Resultater⟧ fra lørdag: 1. «NAME» (⟦«~TEAM»⟧), 2. «NAME», 3. «LASTFIRST».",
        "⟦Mvh⟧\n«NAME»\nRådgiver, ⟦«~COMPANY»⟧\nMob. «PHONE4»",
        "«NAME» er født «DOB4» og har fødselsnummer «FNR» — ⟦dette⟧ skulle ikke stått i saken.",
        "⟦Loggen⟧ viser \"Authenticating with password «PASSWORD»\", ⟦er⟧ det normalt?",
        "Dr. «LAST» ringer deg på «PHONE4» i morgen. ⟦Vennlig⟧ hilsen «FIRST»",
        "⟦Vedlegg⟧ 2: API-nøkkel «TOKEN» og webhook https://hooks.slack.com/services/«SLACKHOOK»",
        "⟦Oppgaven⟧ er tildelt «NAME»; ⟦spørsmål⟧ til «EMAIL».",
        "⟦Tabell⟧ over vakter: «NAME» ⟦«~WEEKDAYL»⟧, «NAME» ⟦«~WEEKDAYL»⟧.",
    ],
    "sv": [
        "⟦Hej⟧ @«DOTNAME», kan du rotera nyckeln? ⟦Jag⟧ klistrade in «STRIPE» i fel kanal.",
        "⟦Inställningar⟧: lösenordet till databasen är «PASSWORD4», användaren heter «=USER».",
        "⟦Resultat⟧ från lördagen: 1. «NAME» (⟦«~TEAM»⟧), 2. «NAME», 3. «LASTFIRST».",
        "⟦Vänliga⟧ hälsningar\n«NAME»\nHandläggare, ⟦«~COMPANY»⟧\nMobil «PHONE4»",
        "«NAME», född «DOB4», personnummer «PNR» — ⟦det⟧ här borde inte stå i ärendet.",
        "⟦Loggen⟧ visar 'Authenticating with password «PASSWORD»', ⟦är⟧ det normalt?",
        "Dr. «LAST» ringer dig på «PHONE4» i morgon. ⟦Hälsningar⟧ «FIRST»",
        "⟦Bilaga⟧ 2: API-nyckel «TOKEN» och redis-lösenord «PASSWORD:r».",
        "⟦Ärendet⟧ är tilldelat «NAME»; ⟦frågor⟧ till «EMAIL».",
        "⟦Placering⟧ vid middagen: «NAME» bredvid «NAME».",
    ],
    "de": [
        "⟦Hallo⟧ @«DOTNAME», kannst du den Schlüssel rotieren? ⟦Ich⟧ habe «GITHUB» in den falschen Kanal kopiert.",
        "⟦Zugangsdaten⟧: das Kennwort für die Datenbank lautet «PASSWORD4», der Benutzer «=USER».",
        "⟦Ergebnisse⟧ vom Samstag: 1. «NAME» (⟦«~TEAM»⟧), 2. «NAME», 3. «LASTFIRST».",
        "⟦Beste⟧ Grüße\nDipl.-Ing. «NAME»\n⟦Abteilung⟧ IT, ⟦«~COMPANY»⟧\nMobil «PHONE4»",
        "Hr. «LAST» (geb. «DOB4», Steuer-ID «STEUER») hat das Formular geschickt. ⟦Bitte⟧ löschen.",
        "⟦Im⟧ Log steht 'Authenticating with password «PASSWORD»', ⟦ist⟧ das normal?",
        "Prof. Dr. «NAME» ruft Sie unter «PHONE4» zurück. ⟦Freundliche⟧ Grüße, «FIRST»",
        "⟦Anlage⟧ 2: API-Schlüssel «TOKEN» und die URL https://api.«=WORD».de/v1?token=«URLTOKEN».",
        "⟦Zuständig⟧ ist «NAME»; ⟦Rückfragen⟧ an «EMAIL».",
        "⟦Sitzplan⟧: Frau «LAST» neben Herrn «LAST», ⟦«~HEADING»⟧ folgt.",
    ],
    "fr": [
        "⟦Salut⟧ @«DOTNAME», tu peux faire tourner la clé ? ⟦J'ai⟧ collé «OPENAI» dans le mauvais canal.",
        "⟦Paramètres⟧ : le mot de passe de la base est «PASSWORD4», l'utilisateur «=USER».",
        "⟦Résultats⟧ de samedi : 1. «NAME» (⟦«~TEAM»⟧), 2. «NAME», 3. «LASTFIRST».",
        "⟦Bien⟧ à vous,\nMme «NAME»\n⟦Service⟧ informatique, ⟦«~COMPANY»⟧\nPortable «PHONE4»",
        "M. «LAST», né le «DOB4», m'a envoyé son IBAN «IBAN». ⟦Faut-il⟧ le supprimer du ticket ?",
        "⟦Le⟧ journal affiche \"Authenticating with password «PASSWORD»\", ⟦c'est⟧ normal ?",
        "Me «NAME» vous rappellera au «PHONE4». ⟦Cordialement⟧, «FIRST»",
        "⟦Annexe⟧ 2 : clé d'API «TOKEN» et mot de passe redis «PASSWORD:r».",
        "⟦Dossier⟧ attribué à «NAME» ; ⟦questions⟧ à «EMAIL».",
        "⟦Classement⟧ : «CITE» devant «NAME».",
    ],
    "es": [
        "⟦Hola⟧ @«DOTNAME», ¿puedes rotar la clave? ⟦Pegué⟧ «ANTHROPIC» en el canal equivocado.",
        "⟦Ajustes⟧: la contraseña de la base de datos es «PASSWORD4», el usuario «=USER».",
        "⟦Resultados⟧ del sábado: 1. «NAME» (⟦«~TEAM»⟧), 2. «NAME», 3. «LASTFIRST».",
        "⟦Un⟧ saludo,\nSr. «NAME»\n⟦Departamento⟧ de sistemas, ⟦«~COMPANY»⟧\nMóvil «PHONE4»",
        "Sra. «LAST», nacida el «DOB4», me mandó su IBAN «IBAN». ⟦Hay⟧ que borrarlo del ticket.",
        "⟦El⟧ log muestra 'Authenticating with password «PASSWORD»', ⟦es⟧ normal?",
        "Dña. «NAME» le llamará al «PHONE4». ⟦Atentamente⟧, «FIRST»",
        "⟦Anexo⟧ 2: clave de API «TOKEN» y la URL https://api.«=WORD».es/v1?api_key=«URLTOKEN».",
        "⟦Asignado⟧ a «NAME»; ⟦dudas⟧ a «EMAIL».",
        "⟦Clasificación⟧: «CITE» por delante de «NAME».",
    ],
}
