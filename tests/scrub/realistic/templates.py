"""templates.py — what real prompts look like: configs, code, logs, records and prose.

Syntax: «SLOT» is a generated value that must be masked (its type is in generate.py),
«SLOT:k» the same value wherever key k is used again (every occurrence is labelled),
«SLOT@xx» a value in language xx's style, «~SLOT» a generated decoy that must survive,
«=SLOT» generated text that is neither, ⟦text⟧ a literal decoy.
Each entry: (shape, languages or None for any, text). templates_heldout.py holds the
phrasings only the held-out half has: like heldout.jsonl, not to be read by whoever
writes the rules."""

STRUCTURED = [
    # ---- env files ----
    ("env", None, "# .env for the staging box\nNODE_ENV=production\nPORT=«=PORT»\nDB_HOST=«IP:a»\nDB_USER=«=USER:u»\n"
     "DB_PASSWORD=«PASSWORD:p»\nDATABASE_URL=postgres://«=USER:u»:«URLPASS:p»@«IP:a»:5432/«=DB»\n"
     "REDIS_URL=redis://default:«URLPASS:q»@cache.internal:6379/0\nSENTRY_RELEASE=«~VERSION»\n\nwhy does prisma say "
     "auth failed?"),
    ("env", None, "OPENAI_API_KEY=«OPENAI»\nANTHROPIC_API_KEY=«ANTHROPIC»\nLOG_LEVEL=debug\n"
     "# old key, revoked: ⟦sk-proj-XXXXXXXXXXXXXXXXXXXX⟧\nthe SDK still says 401, what am I missing?"),
    ("env", None, "AWS_ACCESS_KEY_ID=«AWSID»\nAWS_SECRET_ACCESS_KEY=«AWSSECRET»\nAWS_DEFAULT_REGION=eu-north-1\n"
     "S3_BUCKET=⟦invoices-prod-«=WORD»⟧\n\naws s3 ls gives AccessDenied. Policy attached yesterday."),
    ("env", None, "STRIPE_SECRET_KEY=«STRIPE»\nSTRIPE_WEBHOOK_SECRET=whsec_«=WORD»«PASSWORD»\n"
     "NEXT_PUBLIC_STRIPE_KEY=⟦pk_test_XXXXXXXXXXXXXXXX⟧\nGITHUB_TOKEN=«GITHUB»\n"),
    ("env", None, "export PGPASSWORD='«PASSWORD:p»'\npsql -h «IP:a» -U «=USER» -d «=DB»\n"
     "psql: error: connection to server at \"«IP:a»\", port 5432 failed: FATAL:  password authentication failed"),
    ("env", None, "SECRET_KEY=«HEXTOKEN»\nDEBUG=False\nALLOWED_HOSTS=⟦app.«=WORD».io⟧\nEMAIL_HOST_USER=«EMAIL»\n"
     "EMAIL_HOST_PASSWORD=«PASSWORD»\nDEFAULT_FROM_EMAIL=«EMAIL»\n"),
    ("env", None, "SLACK_BOT_TOKEN=«SLACK»\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/«SLACKHOOK»\n"
     "HF_TOKEN=«GENERIC»\nGOOGLE_API_KEY=«GOOGLE»\n# fill in: API_KEY=⟦YOUR_API_KEY⟧"),
    ("env", None, "DB_PASSWORD=⟦changeme⟧\nJWT_SECRET=⟦${JWT_SECRET}⟧\nADMIN_TOKEN=⟦<token>⟧\n"
     "# these are the defaults from the template, real values come from vault\nAPP_VERSION=«~VERSION»"),
    ("env", None, "mysql_pass=«PASSWORD:p»\nmysql_url=mysql://root:«URLPASS:p»@«IP»:3306/shop\napi_token=«HEXTOKEN»\n"),
    # ---- docker-compose ----
    ("compose", None, "services:\n  db:\n    image: postgres:«~VERSION»\n    environment:\n      POSTGRES_USER: app\n"
     "      POSTGRES_PASSWORD: «PASSWORD:p»\n      POSTGRES_DB: app\n  api:\n    build: .\n    environment:\n"
     "      DATABASE_URL: postgres://app:«URLPASS:p»@db:5432/app\n      JWT_SECRET: «HEXTOKEN»\n"
     "    ports:\n      - \"8080:8080\"\n\nthe api container can't reach db, logs below"),
    ("compose", None, "version: '3.8'\nservices:\n  rabbit:\n    image: rabbitmq:3-management\n    environment:\n"
     "      RABBITMQ_DEFAULT_USER: «=USER:u»\n      RABBITMQ_DEFAULT_PASS: «PASSWORD:p»\n  worker:\n"
     "    environment:\n      - AMQP_URL=amqp://«=USER:u»:«URLPASS:p»@rabbit:5672/\n      - "
     "SENTRY_DSN=⟦${SENTRY_DSN}⟧\n"),
    ("compose", None, "  mongo:\n    image: mongo:7\n    environment:\n      MONGO_INITDB_ROOT_USERNAME: admin\n"
     "      MONGO_INITDB_ROOT_PASSWORD: «PASSWORD:p»\n  app:\n    environment:\n"
     "      MONGO_URI: mongodb+srv://admin:«URLPASS:p»@cluster0.«=WORD».mongodb.net/prod?retryWrites=true\n"
     "      OPENAI_API_KEY: ${OPENAI_API_KEY}\n"),
    # ---- kubernetes ----
    ("k8s", None, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\n"
     "stringData:\n  DB_PASSWORD: «PASSWORD»\n  STRIPE_KEY: «STRIPE»\n  SESSION_SECRET: «HEXTOKEN»\n---\n"
     "# image: registry.example.com/api:«~VERSION»\nkubectl apply says the secret is invalid"),
    ("k8s", None, "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
     "        - name: api\n          image: ghcr.io/acme/api@sha256:«~SHA64»\n          env:\n"
     "            - name: REDIS_PASSWORD\n              value: \"«PASSWORD:p»\"\n            - name: REDIS_URL\n"
     "              value: \"redis://:«URLPASS:p»@«IP»:6379\"\n            - name: POD_IP\n"
     "              valueFrom:\n                fieldRef:\n                  fieldPath: status.podIP\n"),
    ("k8s", None, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\n"
     "stringData:\n  .dockerconfigjson: '{\"auths\":{\"ghcr.io\":{\"auth\":\"«DOCKERAUTH»\"}}}'\n"),
    ("k8s", None, "kubectl get pods -o wide\nNAME                     READY   STATUS    RESTARTS   AGE   IP\n"
     "api-7d9f8b6c5-x2x9q      1/1     Running   0          3d    «IP»\nworker-5c6d7b8f9-abcde   0/1     "
     "CrashLoopBackOff   12   3d   «IP»\nwhy is the worker crashing? node «=HOST»"),
    # ---- connection strings ----
    ("connstring", None, "jdbc:postgresql://«IP»:5432/orders?user=«=USER»&password=«URLPASS»&ssl=true"),
    ("connstring", None, "spring.datasource.url=jdbc:mysql://db.«=WORD».internal:3306/crm\n"
     "spring.datasource.username=«=USER»\nspring.datasource.password=«PASSWORD»\n"
     "spring.jpa.hibernate.ddl-auto=validate\nfails with Communications link failure after «~VERSION» upgrade"),
    ("connstring", None, "conn = "
     "psycopg2.connect(\"postgresql://«=USER»:«URLPASS»@«IP»:5432/analytics?sslmode=require\")\n"
     "cur = conn.cursor()\n# why is this slow?"),
    ("connstring", None, "DefaultEndpointsProtocol=https;AccountName=«=WORD»store;AccountKey=«AZUREKEY»;"
     "EndpointSuffix=core.windows.net"),
    ("connstring", None, "Server=tcp:«=WORD».database.windows.net,1433;Initial Catalog=crm;User ID=«=USER»;"
     "Password=«PASSWORD»;Encrypt=True;\nEF Core times out on migrations"),
    ("connstring", None, "client = MongoClient(\"mongodb+srv://«=USER»:«URLPASS»@cluster0.«=WORD».mongodb.net/\")"),
    ("connstring", None, "CELERY_BROKER_URL = 'amqp://«=USER»:«URLPASS»@«IP»:5672//'\n"
     "CELERY_RESULT_BACKEND = 'redis://:«URLPASS»@«IP»:6379/1'"),
    ("connstring", None, "jdbc:sqlserver://«IP»:1433;databaseName=Billing;user=sa;password=«URLPASS»;encrypt=false"),
    # ---- curl ----
    ("curl", None, "curl https://api.openai.com/v1/chat/completions \\\n  -H \"Authorization: Bearer «OPENAI»\" \\\n"
     "  -H \"Content-Type: application/json\" \\\n  -d '{\"model\": \"gpt-4o\", \"messages\": []}'\n"
     "returns 429 even though usage is low"),
    ("curl", None, "curl -X POST https://api.anthropic.com/v1/messages -H \"x-api-key: «ANTHROPIC»\" "
     "-H \"anthropic-version: 2023-06-01\""),
    ("curl", None, "curl -s -H 'Authorization: Bearer «JWT»' https://«=WORD».example.com/api/v2/orders/«~ORDER»"),
    ("curl", None, "curl -u «=USER»:«URLPASS» https://registry.«=WORD».io/v2/_catalog"),
    ("curl", None, "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy «~VERSION» done\"}' "
     "https://hooks.slack.com/services/«SLACKHOOK»"),
    ("curl", None, "curl -H \"Authorization: token «GITHUB»\" https://api.github.com/repos/acme/api/commits/«~SHA»"),
    ("curl", None, "curl 'https://maps.googleapis.com/maps/api/geocode/json?address=⟦«~CITY»⟧&key=«GOOGLE»'"),
    ("curl", None, "curl https://api.stripe.com/v1/charges -u «STRIPE»: -d amount=2000 -d currency=eur\n"
     "docs say to use ⟦sk_test_XXXXXXXXXXXXXXXXXXXXXXXX⟧ first?"),
    ("curl", None, "curl -H 'X-Session-Token: «TOKEN»' http://«IP»:«=PORT»/admin/users"),
    # ---- logs and stack traces ----
    ("log", None, "«~LOGTS» INFO  [http-nio-8080-exec-3] c.a.api.AuthFilter - login ok user=«EMAIL» ip=«IP»\n"
     "«~LOGTS» WARN  [http-nio-8080-exec-7] c.a.api.AuthFilter - 3 failed logins from «IP»:«=PORT»\n"
     "«~LOGTS» ERROR [scheduler-1] c.a.jobs.Sync - upstream «IP»:«=PORT» refused connection"),
    ("log", None, "Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line 88, in charge\n"
     "    stripe.Charge.create(api_key=\"«STRIPE»\", amount=total)\n"
     "stripe.error.CardError: Your card was declined. card=«CARD» customer=«EMAIL»"),
    ("log", None, "«IP» - - [«~CLFDATE»] \"GET /api/users/«~UUID» HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\"\n"
     "«IP» - - [«~CLFDATE»] \"POST /login HTTP/1.1\" 401 89 \"-\" \"curl/8.4.0\""),
    ("log", None, "Exception in thread \"main\" java.sql.SQLException: Access denied for user 'app'@'«IP»' "
     "(using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)\n"
     "\tat com.acme.Db.connect(Db.java:42)\n// Db.java:42 -> DriverManager.getConnection(url, \"app\", "
     "\"«PASSWORD»\")"),
    ("log", None, "level=error ts=«~ISOTS» caller=client.go:211 msg=\"request failed\" remote=«IP»:«=PORT» "
     "user=«EMAIL» err=\"context deadline exceeded\" trace_id=«~SHA32»"),
    ("log", None, "sshd[«=PID»]: Failed password for invalid user admin from «IP» port «=PORT» ssh2\n"
     "sshd[«=PID»]: Accepted publickey for «=USER» from «IPV6» port «=PORT» ssh2"),
    ("log", None, "[«~ISOTS»] production.ERROR: SQLSTATE[HY000] [1045] Access denied (Connection: mysql, "
     "SQL: select * from users where email = «EMAIL» limit 1)"),
    ("gitlog", None, "commit «~SHA»\nAuthor: «NAME:a» <«EMAIL:e»>\nDate:   «~GITDATE» «=TIME» 2024 +0200\n\n"
     "    fix rounding in ⟦InvoiceService⟧\n\ncommit «~SHA»\nAuthor: «NAME:b» <«EMAIL»>\nDate:   «~GITDATE» «=TIME» "
     "2024 +0200\n\n    bump deps to «~VERSION»\n\nwrite release notes from these"),
    ("gitlog", None, "git blame says «~SHORTSHA» («NAME» «~ISODATE» 14:22:07 +0100 88) if total > limit:\n"
     "who should I ask about this?"),
    # ---- CRM and ticket JSON ----
    ("crm_json", None, "{\n  \"id\": «=NUM»,\n  \"first_name\": \"«FIRST:c»\",\n  \"last_name\": \"«LAST:c»\",\n"
     "  \"email\": \"«EMAIL:c»\",\n  \"phone\": \"«PHONE»\",\n  \"dob\": \"«DOBISO»\",\n  \"company\": "
     "\"«~COMPANY»\",\n"
     "  \"city\": \"«~CITY»\",\n  \"created_at\": \"«~ISOTS»\"\n}\nconvert this to a CSV row"),
    ("crm_json", ["en"], "{\"customer\": {\"firstName\": \"«FIRST:c»\", \"lastName\": \"«LAST:c»\", \"ssn\": "
     "\"«SSN»\", "
     "\"routing_number\": \"«ABA»\", \"account_type\": \"checking\"}, \"plan\": \"⟦Premium⟧\"}"),
    ("crm_json", None, "{\"contact\": {\"name\": \"«NAME»\", \"mobile\": \"«PHONE»\", \"iban\": \"«IBAN»\", "
     "\"date_of_birth\": \"«DOBISO»\"}, \"order\": \"«~ORDER»\", \"total\": \"«~AMOUNT»\"}"),
    ("crm_json", ["no"], "{\"fornavn\": \"«FIRST»\", \"etternavn\": \"«LAST»\", \"personnummer\": \"«FNR»\", "
     "\"telefon\": \"«PHONE»\", \"kommune\": \"⟦«~CITY»⟧\"}"),
    ("crm_json", ["sv"], "{\"namn\": \"«NAME»\", \"personnummer\": \"«PNR»\", \"mobil\": \"«PHONE»\", "
     "\"ort\": \"«~CITY»\"}"),
    ("crm_json", ["de"], "{\"vorname\": \"«FIRST»\", \"nachname\": \"«LAST»\", \"steuer_id\": \"«STEUER»\", "
     "\"geburtsdatum\": \"«DOB»\", \"iban\": \"«IBAN»\", \"stadt\": \"«~CITY»\"}"),
    ("crm_json", ["en"], "{\"employee\": {\"full_name\": \"«NAME»\", \"sin\": \"«SINPLAIN»\", \"province\": "
     "\"⟦Ontario⟧\", "
     "\"start_date\": \"«~ISODATE»\"}}"),
    ("crm_json", ["en"], "{\"applicant\": {\"name\": \"«NAME»\", \"ni_number\": \"«NINO»\", \"sort_code\": "
     "\"⟦«=SORTCODE»⟧\", "
     "\"postcode\": \"⟦SW1A 1AA⟧\"}}"),
    ("ticket_json", None, "{\"ticket\": \"«~ORDER»\", \"status\": \"open\", \"requester\": {\"name\": \"«NAME:r»\", "
     "\"email\": \"«EMAIL»\"}, \"subject\": \"Refund for ⟦«~BRAND»⟧ order\", \"body\": \"Hi, this is «FIRST:r». "
     "Please refund to card «CARD». You can reach me at «PHONE».\", \"assignee\": \"«NAME»\"}"),
    ("ticket_json", None, "{\"issue_id\": «=NUM», \"reporter\": \"«EMAIL»\", \"created\": \"«~ISOTS»\", "
     "\"labels\": [\"billing\", \"⟦«~VERSION»⟧\"], \"description\": \"Customer «NAME» (DOB «DOBISO») cannot log in "
     "from «IP»\"}"),
    ("ticket_json", None, "[{\"user\": \"«NAME»\", \"comment\": \"works on «~VERSION»\", \"at\": \"«~ISOTS»\"}, "
     "{\"user\": \"«NAME»\", \"comment\": \"still broken for me\", \"at\": \"«~ISOTS»\"}]"),
    ("ticket_json", None, "{\"type\": \"service_account\", \"project_id\": \"«=WORD»-prod\", \"private_key_id\": "
     "\"«HEXTOKEN»\", \"private_key\": \"«PEMJSON»\", \"client_email\": \"«SAEMAIL»\", "
     "\"token_uri\": \"⟦https://oauth2.googleapis.com/token⟧\", \"auth_uri\": "
     "\"⟦https://accounts.google.com/o/oauth2/auth⟧\"}"),
    ("ticket_json", None, "{\n  \"auths\": {\n    \"https://index.docker.io/v1/\": {\n      \"auth\": "
     "\"«DOCKERAUTH»\"\n"
     "    }\n  }\n}\nis this docker config.json right?"),
    ("ticket_json", None, "From: «NAME:a» <«EMAIL:e»>\nTo: «SUPPORTEMAIL»\nSubject: Re: ⟦Invoice⟧ «~ORDER»\n\n"
     "Hi, it's «FIRST:a» again. Please send the corrected invoice to «EMAIL:e», not the old address. "
     "My phone is «PHONE:p» if easier.\n\n> On «~GITDATE», ⟦Support⟧ wrote:\n> Could you confirm the number "
     "«PHONE:p»?\n\n"
     "draft a reply"),
    ("log", None, "«~LOGTS» auth: login failed for «EMAIL:e» from «IP:a»\n«~LOGTS» auth: login failed for «EMAIL:e» "
     "from «IP:a»\n«~LOGTS» auth: account locked «EMAIL:e» (last ip «IP:a»:«=PORT»)\n«~LOGTS» fw: blocked «IP:a»\n"
     "is this a brute force? what should fail2ban match?"),
    ("compose", None, "services:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: "
     "«PASSWORD:p»\n"
     "      MYSQL_PASSWORD: «PASSWORD:p»\n    healthcheck:\n      test: [\"CMD\", \"mysqladmin\", \"ping\", "
     "\"-p«PASSWORD:p»\"]\n"
     "  app:\n    environment:\n      DATABASE_URL: mysql://root:«URLPASS:p»@db:3306/app\n"),
    # ---- rarer types, more often ----
    ("env", None, "# everything from the old Heroku app, which of these can I delete?\nGOOGLE_MAPS_API_KEY=«GOOGLE»\n"
     "SLACK_BOT_TOKEN=«SLACK»\nHUGGINGFACE_TOKEN=«GENERIC»\nSTRIPE_API_KEY=«STRIPE»\nAUTH_JWT=«JWT»\n"
     "SLACK_ALERTS=https://hooks.slack.com/services/«SLACKHOOK»\nGITLAB_TOKEN=«GENERIC»\n"
     "NEW_RELIC_APP_NAME=⟦checkout-prod⟧"),
    ("code", None, "config = {\n    \"openai\": \"«OPENAI»\",\n    \"anthropic\": \"«ANTHROPIC»\",\n"
     "    \"google\": \"«GOOGLE»\",\n    \"github\": \"«GITHUB»\",\n    \"example\": "
     "\"⟦sk-proj-XXXXXXXXXXXXXXXXXXXX⟧\",\n}\n"
     "refactor this to read from env vars"),
    ("crm_json", ["en"], "{\"payee\": \"«NAME»\", \"bank\": \"⟦Wells Fargo⟧\", \"routing_number\": \"«ABA»\", "
     "\"account_number\": \"«=NUM12»\", \"memo\": \"invoice «~ORDER»\"}"),
    ("csv", ["en"], "name,ni_number,payroll_id,start\n«NAME»,«NINO»,«=NUM»,«~ISODATE»\n"
     "«NAME»,«NINO»,«=NUM»,«~ISODATE»"),
    ("env", None, "[default]\naws_access_key_id=«AWSID»\naws_secret_access_key=«AWSSECRET»\n\n[staging]\n"
     "aws_access_key_id=⟦AKIAXXXXXXXXXXXXXXXX⟧\naws_secret_access_key=⟦<secret>⟧"),
    ("code", None, "-----BEGIN CERTIFICATE-----\nMIIB⟦«=WORD»⟧...\n-----END CERTIFICATE-----\n«PEM»\n"
     "nginx says: SSL_CTX_use_PrivateKey failed, key values mismatch"),
    ("ticket_json", ["en"], "{\"form\": \"W-9\", \"name\": \"«NAME»\", \"tin_type\": \"SSN\", \"tin\": \"«SSNPLAIN»\", "
     "\"address\": \"⟦«=NUM» Main St⟧\", \"signed\": \"«~ISODATE»\"}"),
    ("crm_json", ["en", "fr"], "{\"employee\": \"«NAME»\", \"sin\": \"«SIN»\", \"bank_transit\": \"⟦«=NUM»⟧\", "
     "\"province\": \"⟦Québec⟧\"}"),
    ("log", None, "«~ISOTS» WARN boto3 credentials loaded from env: AKID=«AWSID» region=eu-north-1 request_id=«~UUID»"),
    ("code", None, "gh auth login --with-token <<< «GITHUB»\ngit push "
     "https://x-access-token:«URLPASS»@github.com/acme/web.git"),
    # ---- CSV and psql ----
    ("csv", None, "first_name,last_name,email,phone,city\n«FIRST»,«LAST»,«EMAIL»,«PHONE»,«~CITY»\n"
     "«FIRST»,«LAST»,«EMAIL»,«PHONE»,«~CITY»\n«FIRST»,«LAST»,«EMAIL»,«PHONE»,«~CITY»\ndedupe these by email"),
    ("csv", None, "id;name;iban;amount;order\n«=NUM»;«NAME»;«IBAN»;«~AMOUNT»;«~ORDER»\n«=NUM»;«NAME»;«IBAN»;«~AMOUNT»;"
     "«~ORDER»"),
    ("csv", ["no"], "fornavn;etternavn;fødselsnummer;telefon\n«FIRST»;«LAST»;«FNR»;«PHONE»\n"
     "«FIRST»;«LAST»;«FNR»;«PHONE»"),
    ("csv", ["sv"], "Namn,Personnummer,Telefon,Ort\n«NAME»,«PNR»,«PHONE»,«~CITY»\n«NAME»,«PNR12»,«PHONE»,«~CITY»"),
    ("csv", ["de"], "Vorname;Nachname;Geburtsdatum;Steuer-ID;Ort\n«FIRST»;«LAST»;«DOB»;«STEUER»;«~CITY»"),
    ("csv", ["en"], "employee_id,name,ssn,dob,department\n«=NUM»,«NAME»,«SSN»,«DOBISO»,⟦Engineering⟧\n"
     "«=NUM»,«NAME»,«SSNPLAIN»,«DOBISO»,⟦Marketing⟧"),
    ("psql", None, " id |   first_name   |   last_name   |          email          |    ip_address\n"
     "----+----------------+---------------+-------------------------+-----------------\n"
     "  «=NUM» | «FIRST»           | «LAST»          | «EMAIL» | «IP»\n  «=NUM» | «FIRST»          | «LAST»         "
     "| «EMAIL» | «IP»\n"
     "(2 rows)\n\nwrite a query that finds duplicate ips"),
    ("psql", None, "select id, name, card_number, created_at from payments limit 2;\n id | name | card_number | "
     "created_at\n"
     "----+------+-------------+------------\n «=NUM» | «NAME» | «CARD» | «~ISOTS»\n «=NUM» | «NAME» | «CARD» | "
     "«~ISOTS»"),
    ("psql", None, "mysql> SELECT user, host, authentication_string FROM mysql.user;\n+------+-----------+\n"
     "| user | host      |\n+------+-----------+\n| app  | «IP» |\n| «=USER» | «IP» |\n+------+-----------+"),
    # ---- code ----
    ("code", None, "import openai\nclient = openai.OpenAI(api_key=\"«OPENAI»\")\n"
     "resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n# works locally, fails in CI"),
    ("code", None, "const octokit = new Octokit({ auth: '«GITHUB»' });\nawait octokit.repos.get({ owner: 'acme', "
     "repo: 'web' });"),
    ("code", None, "ssh_key = \"\"\"«PEM»\"\"\"\nparamiko.RSAKey.from_private_key(io.StringIO(ssh_key))\nraises "
     "SSHException: not a valid RSA private key file"),
    ("code", None, "headers = {\"Authorization\": f\"Bearer «TOKEN»\", \"X-Request-Id\": \"«~UUID»\"}"),
    ("code", None, "const jwt = \"«JWT»\";\n// decode this and tell me when it expires"),
    ("code", None, "s3 = boto3.client('s3', aws_access_key_id='«AWSID»', aws_secret_access_key='«AWSSECRET»')"),
    ("code", None, "password = \"«PASSWORD»\"  # TODO move to env\nif check(user, password):\n    login()"),
    ("code", None, "// example from the docs, not a real key\nconst key = "
     "'⟦ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX⟧';\n"
     "const sha = '«~SHA»'; // «~VERSION»"),
    ("code", None, "npm config set //registry.npmjs.org/:_authToken «GENERIC»\nnpm publish fails with E403"),
]

# Prose per language. Cues come before and after values; sentence starts, brands, cities,
# greetings and sign-offs are decoys.
PROSE = {
    "en": [
        "⟦Sorry⟧ to bother you, «NAME» from ⟦Goldman Sachs⟧ said to send the W-9. ⟦SSN⟧ «SSN», ⟦DOB⟧ «DOBEN».",
        "⟦Hey⟧ can you check why «EMAIL» gets bounced? ⟦The⟧ server is «IP»:«=PORT». ⟦Commit⟧ «~SHA» broke it.",
        "⟦Can you⟧ write a polite reminder to «NAME»? ⟦Her⟧ invoice «~ORDER» for «~AMOUNT» is overdue. "
        "⟦Best regards⟧,\n«NAME»",
        "⟦Please⟧ update my profile: phone «PHONE», email «EMAIL». ⟦Thanks⟧!",
        "my SSN is «SSN» and my date of birth is «DOBEN», can you fill in the W-4 for me?",
        "«ABA» is my routing number and the account is at ⟦Wells Fargo⟧. ⟦Is⟧ that enough for direct deposit?",
        "⟦Draft⟧ an email to «NAME» at «EMAIL» about the ⟦«~BRAND»⟧ partnership. ⟦Mention⟧ our meeting in ⟦«~CITY»⟧.",
        "I was born on «DOBEN» in ⟦«~CITY»⟧. ⟦What⟧ day of the week was that?",
        "⟦My⟧ National Insurance number is «NINO», ⟦should⟧ it be on the payslip?",
        "⟦Set⟧ up direct deposit: routing «ABA», account «=NUM12», ⟦Chase⟧ checking. ⟦Name⟧ on it: «NAME».",
        "Hi «FIRST», the card ending in the number «CARD» was declined at ⟦Louis Vuitton⟧ yesterday. Call me on "
        "«PHONE».",
        "⟦Our⟧ CTO «NAME» keeps the ⟦Tommy Hilfiger⟧ and ⟦Calvin Klein⟧ accounts. ⟦Wire⟧ to «IBAN».",
        "My SIN is «SINPLAIN», I moved to ⟦Toronto⟧ last year. ⟦How⟧ do I file?",
        "⟦Summarize⟧ this thread between «NAME» and «NAME» for ⟦Monday⟧'s standup.",
        "⟦Why⟧ does my server at «IP» keep dropping? ⟦The⟧ key I use is «TOKEN» as token.",
        "DOB: «DOBEN»\nName: «NAME»\nAddress: ⟦«~CITY»⟧\n⟦Thanks⟧ in advance",
        "⟦Quick⟧ question about ⟦Johnson & Johnson⟧ stock: ⟦Ralph Lauren⟧ or ⟦Estée Lauder⟧ better for dividends?",
    ],
    "no": [
        "⟦Jeg⟧ heter «NAME» og er født «DOB». ⟦Vi⟧ bor i ⟦«~CITY»⟧ og har kontonummer «IBAN».",
        "⟦Har du⟧ mobilnummeret til «FIRST»? ⟦Det⟧ er «PHONE» ifølge ⟦Telenor⟧.",
        "«NAME» og «NAME» kommer på ⟦mandag⟧. ⟦Skal vi⟧ bestille bord på ⟦Egon⟧?",
        "⟦Kan du⟧ skrive en hyggelig e-post til «NAME»? ⟦Hun⟧ har fødselsnummer «FNR» og trenger bekreftelse.\n"
        "⟦Mvh⟧\n«NAME»",
        "⟦Hei⟧! ⟦Jeg⟧ er født «DOB» og lurer på om jeg har rett på pensjon. Tlf «PHONE».",
        "⟦Ring⟧ meg på «PHONE» eller send til «EMAIL». ⟦Takk⟧!",
        "⟦Kontonummeret⟧ mitt er «IBAN», ⟦kan du⟧ sjekke om overføringen fra ⟦«~BRAND»⟧ har kommet?",
        "⟦Skriv⟧ et svar til «FIRST» om møtet i ⟦Bodø⟧ på ⟦tirsdag⟧.\n\n⟦Med vennlig hilsen⟧\n«NAME»",
        "«FNR» er fødselsnummeret til sønnen min, ⟦kan du⟧ fylle ut skjemaet?",
        "⟦Vi⟧ har fått faktura «~ORDER» på «~AMOUNT» fra ⟦Hennes & Mauritz⟧. ⟦Det⟧ stemmer ikke.",
        "⟦Mobil⟧: «PHONE»\n⟦Epost⟧: «EMAIL»\n⟦Adresse⟧: ⟦«~CITY»⟧",
        "⟦Hvorfor⟧ får «NAME» ikke logget inn? ⟦Hun⟧ prøvde fra «IP» i går.",
        "⟦Kunne du⟧ oversette dette til engelsk: «NAME» ble født «DOB» i ⟦Tromsø⟧.",
    ],
    "sv": [
        "⟦Vi⟧ behöver «NAME»s personnummer: «PNR». ⟦Det⟧ gäller ⟦Försäkringskassan⟧.",
        "⟦Har ni⟧ fått fakturan? ⟦Ring⟧ «FIRST» på «PHONE» om något är oklart. ⟦Mvh⟧ «NAME»",
        "«PNR12» är personnumret, ⟦född⟧ «DOB» enligt ⟦Skatteverket⟧.",
        "⟦Kan du⟧ hjälpa mig att skriva till «NAME»? ⟦Mitt⟧ personnummer är «PNR».\n⟦Vänliga hälsningar⟧\n«NAME»",
        "⟦Hej⟧! ⟦Ring⟧ mig på «PHONE» eller mejla «EMAIL». ⟦Tack⟧!",
        "⟦Jag⟧ är född «DOB» och bor i ⟦Malmö⟧. ⟦Vad⟧ blir min pension?",
        "«PNR12» är min dotters personnummer, ⟦hon⟧ ska börja skolan i ⟦Göteborg⟧.",
        "⟦Betala⟧ till «IBAN» senast ⟦fredag⟧. ⟦Fakturan⟧ «~ORDER» gäller ⟦«~BRAND»⟧.",
        "⟦Mobil⟧: «PHONE», ⟦kontakta⟧ «FIRST» direkt.",
        "⟦Sammanfatta⟧ mötet mellan «NAME» och «NAME» om ⟦Volvo⟧-affären.\n⟦Hälsningar⟧\n«FIRST»",
        "⟦Varför⟧ har «NAME» inte fått lönen? ⟦Kontot⟧ är «IBAN».",
        "⟦Personnummer⟧: «PNR» ⟦Namn⟧: «NAME» ⟦Telefon⟧: «PHONE»",
    ],
    "de": [
        "⟦Wir⟧ haben die ⟦Kündigung⟧ von «NAME» erhalten. ⟦Das⟧ ⟦Schreiben⟧ kam per ⟦Post⟧.",
        "⟦Ist⟧ die ⟦Telefonnummer⟧ «PHONE» noch aktuell? ⟦Herr⟧ «LAST» ist sonst per «EMAIL» erreichbar.",
        "«NAME» und «NAME» kommen am ⟦Donnerstag⟧. ⟦Der⟧ ⟦Termin⟧ bei ⟦Porsche⟧ ist um 10 Uhr.",
        "⟦Können Sie⟧ bitte «NAME» eine ⟦Rechnung⟧ schicken? ⟦Die⟧ Steuer-ID ist «STEUER».\n"
        "⟦Mit freundlichen Grüßen⟧\n«NAME»",
        "⟦Ich⟧ bin am «DOB» geboren. ⟦Meine⟧ Handynummer: «PHONE».",
        "geboren am «DOB» in ⟦München⟧, ⟦Staatsangehörigkeit⟧ deutsch",
        "⟦Bitte⟧ überweisen Sie den ⟦Betrag⟧ von «~AMOUNT» auf «IBAN». ⟦Vielen Dank⟧!",
        "⟦Der⟧ ⟦Vertrag⟧ mit ⟦Hugo Boss⟧ läuft aus. ⟦Schreib⟧ «FIRST» eine ⟦Mail⟧ an «EMAIL».",
        "⟦Sie⟧ erreichen mich unter «PHONE». ⟦Viele Grüße⟧, «NAME»",
        "«STEUER» ist meine Steueridentifikationsnummer, ⟦stimmt⟧ das ⟦Format⟧?",
        "⟦Warum⟧ kann sich «NAME» nicht anmelden? ⟦Die⟧ ⟦Anfrage⟧ kam von «IP».",
        "⟦Hallo⟧ «FIRST», ⟦die⟧ ⟦Lieferung⟧ «~ORDER» nach ⟦Köln⟧ ist angekommen. ⟦Tschüss⟧",
        "⟦Übersetze⟧ bitte: «NAME», geb. «DOB», ⟦Wohnort⟧ ⟦«~CITY»⟧.",
    ],
    "fr": [
        "⟦Nous⟧ avons reçu la ⟦facture⟧ «~ORDER». «NAME» la conteste. ⟦Cordialement⟧,",
        "«SIN», c'est mon NAS, ⟦est-ce⟧ correct pour la ⟦déclaration⟧ ?",
        "⟦Il⟧ faut rappeler «FIRST» au «PHONE» avant ⟦jeudi⟧. ⟦Merci⟧",
        "⟦Pouvez-vous⟧ écrire à «NAME» ? ⟦Elle⟧ est joignable au «PHONE».\n⟦Cordialement⟧,\n«NAME»",
        "⟦Je⟧ suis né le «DOB» à ⟦Lyon⟧. ⟦Quel⟧ est mon signe ?",
        "⟦Mon⟧ numéro d'assurance sociale est «SIN», ⟦je⟧ viens d'arriver à ⟦Montréal⟧.",
        "⟦Merci⟧ de virer «~AMOUNT» sur «IBAN» avant ⟦vendredi⟧.",
        "⟦Bonjour⟧ «FIRST», ⟦la⟧ commande «~ORDER» chez ⟦Yves Saint Laurent⟧ est prête. ⟦Merci⟧ !",
        "⟦Appelez-moi⟧ au «PHONE» ou écrivez à «EMAIL».",
        "⟦Résume⟧ l'échange entre «NAME» et «NAME» sur le ⟦projet⟧ ⟦Chanel⟧.\n⟦Bien à vous⟧,\n«FIRST»",
        "⟦Pourquoi⟧ «NAME» n'arrive pas à se connecter depuis «IP» ?",
        "née le «DOB», ⟦nationalité⟧ française, ⟦domiciliée⟧ à ⟦Toulouse⟧",
        "⟦Portable⟧ : «PHONE» — ⟦Courriel⟧ : «EMAIL»",
    ],
    "es": [
        "«SSN» es mi número de seguro social, ⟦¿lo⟧ necesitas para el formulario?",
        "⟦Necesito⟧ cambiar mi correo a «EMAIL». ⟦Tengo⟧ cuenta en ⟦Mercadona⟧ desde hace años.",
        "«NAME» y «NAME» llegan el ⟦viernes⟧ a ⟦«~CITY»⟧. ⟦Hay⟧ que reservar hotel.",
        "⟦¿Puedes⟧ escribir a «NAME»? ⟦Mi⟧ móvil es el «PHONE».\n⟦Un saludo⟧,\n«NAME»",
        "⟦Fecha de nacimiento⟧: «DOB». ⟦Nombre⟧: «NAME».",
        "⟦Mi⟧ número de seguro social es «SSN», ⟦vivo⟧ en ⟦Houston⟧ desde 2019.",
        "⟦Transfiere⟧ «~AMOUNT» a la cuenta «IBAN» antes del ⟦lunes⟧. ⟦Gracias⟧!",
        "⟦Hola⟧ «FIRST», ⟦el⟧ pedido «~ORDER» de ⟦Carolina Herrera⟧ llega a ⟦Sevilla⟧ mañana.",
        "⟦Llámame⟧ al «PHONE» o escríbeme a «EMAIL». ⟦Saludos⟧",
        "⟦Resume⟧ la reunión entre «NAME» y «NAME» sobre ⟦Zara⟧.\n⟦Atentamente⟧,\n«FIRST»",
        "⟦¿Por qué⟧ «NAME» no puede entrar? ⟦Lo⟧ intentó desde «IP».",
        "nací el «DOB» en ⟦Bilbao⟧, ⟦¿qué⟧ documentos necesito?",
        "⟦La⟧ tarjeta «CARD» fue rechazada en ⟦El Corte Inglés⟧. ⟦Mi⟧ teléfono: «PHONE».",
    ],
}
