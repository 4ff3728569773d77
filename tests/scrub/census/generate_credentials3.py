#!/usr/bin/env python3
"""generate_credentials3.py — the credentials census, round 3: the client files, devices, pipelines,
services, password-manager exports and hand-overs the three secrets censuses left out.

    python3 generate_credentials3.py > credentials3.jsonl
    python3 generate_credentials3.py --check credentials3.jsonl    TAP: the committed file is what this writes

Rounds 1–3 (generate_secrets.py, generate_secret_places.py, generate_admin_secrets.py) enumerated
credential keys × containers, secrets with no key, and the admin tools' own syntaxes. This round
enumerates the places those left out, as each format's documentation gives it, sampled (seed
15_2031) to 504 cases:
  client    .npmrc `//registry/:_authToken=` and `_password=`, .yarnrc.yml `npmAuthToken:`, pip.conf
            and .pypirc, Maven settings.xml `<password>`, gradle.properties, NuGet.config
            `ClearTextPassword`, composer auth.json, ~/.docker/config.json `"auth"`, kubeconfig
            `token:`/`password:`/`client-key-data:`, ~/.aws/credentials, .boto, Cargo and RubyGems
            credentials, Bundler `BUNDLE_…`, odbc.ini `PWD=`, freetds.conf, .netrc with several
            machines, .pgpass with an escaped colon, my.cnf `[mysql]` quoted, .condarc, .Renviron;
  cli       commands that set a credential: `npm config set`, `pip install --index-url`, `mvn
            -D…password=`, `terraform apply -var 'db_password=…'`, `TF_VAR_…=`, `gh secret set --body`,
            `vault kv put … password=`, `aws configure set`, `heroku config:set`, `fly secrets set`,
            `kubectl create secret docker-registry --docker-password=`, `mysqladmin password`,
            `chpasswd`, `net user … /add`, `smbpasswd`, `influx -password`, `mysql -pX` glued,
            `redis-cli AUTH`, `git config credential`, values continued after `\\` on the next line;
  devices   Cisco `username … secret 0`, `enable secret 0`, WLC `set-key ascii`, EdgeOS
            `plaintext-password`, Huawei `local-user … password irreversible-cipher`, Aruba
            `mgmt-user`, OpenWrt `option key`, pfSense `<password>`, swanctl `secret =`, FreeRADIUS
            clients.conf and users `Cleartext-Password :=`, tac_plus `key =`/`login = cleartext`,
            keepalived `auth_pass`, haproxy `insecure-password`/`stats auth`, Asterisk sip.conf and
            pjsip `secret=`/`password=`, NUT upsd.users, Zabbix `DBPassword=`, snmpd.conf `createUser`
            and `rocommunity`, IP cameras' RTSP settings;
  pipeline  GitLab CI `variables:`, GitHub Actions `env:` and `with:`, Jenkins credentials.xml and
            Jenkinsfile, Azure Pipelines, CircleCI, Bitbucket, Drone, Travis, Ansible inventories
            (`ansible_password=`, `ansible_become_pass=`, group_vars), Terraform .tfvars,
            Kubernetes Secret `stringData:` and `data:` (base64), docker-compose `environment:` as
            a list and as a map, Helm values nested keys, Vagrantfile, Packer, cloud-init
            `chpasswd`, Debian preseed `passwd/root-password`, Windows unattend.xml;
  services  Kafka JAAS `password="…"`, tomcat-users.xml, grafana.ini `admin_password`,
            `GF_SECURITY_ADMIN_PASSWORD`, Jupyter `c.ServerApp.token`, Laravel `APP_KEY=base64:`,
            Django `SECRET_KEY` and `DATABASES`, Rails database.yml and `secret_key_base`, Symfony
            `APP_SECRET`, Nextcloud config.php, Roundcube `des_key`, RabbitMQ `default_pass`,
            Keycloak, MinIO, Elasticsearch, MongoDB init, ActiveMQ jetty-realm, Airflow `fernet_key`,
            Hibernate; IRC NickServ `IDENTIFY`, weechat `sasl_password`, irssi, ZNC `PASS`,
            Matrix `access_token`, XMPP;
  export    password-manager and browser CSV exports (Bitwarden, 1Password, LastPass, KeePass,
            KeePassXC, Chrome, Firefox, Dashlane): the header, then rows, the password column where
            each puts it, TOTP secrets, notes with a PIN or recovery codes in each language;
  handover  chat and e-mail in en, nb, sv, de, fr and es: the Wi-Fi, the shared account, a temporary
            password, recovery code lists, 2FA backup codes, "user / pass" on two lines, a password
            in quotes or backticks after a colon, `pw:`, `passord:`, `lösen:`, `Kennwort:`, `mdp :`,
            `clave:`, a PIN after a PIN cue, the value on the line after the cue.
Values: passwords of every style (with spaces and punctuation inside quotes, passphrases of words,
national letters), hex and base64 secrets, prefix-less tokens, base32 TOTP secrets, PINs; each slot
gets only the characters its syntax lets through there.
Decided: a PIN of 4 to 8 digits after a PIN or code cue is a secret (ENV_SECRET) — it opens a
phone, a door or a card; a number under a policy ("at least 4 digits") is not. A bcrypt hash
(`$2y$…`, `$2b$…`) where a credential stands is a secret, as round 2 decided for every password
hash (it is cracked offline). Passwords, passphrases, PSKs, hashes, PINs, recovery codes and
secret keys are ENV_SECRET; a prefix-less API or access token is SECRET_TOKEN (round 3's {T}).
Decoys in the same places: placeholders (`changeme`, `<password>`, `${DB_PASSWORD}`,
`{{ vault_db_password }}`, `********`, `xxx`, `REDACTED`), secret-store references
(`secretKeyRef`, `vault:secret/…`, `op://…`, `!vault |`, `${{ secrets.X }}`, `$(DB_PASSWORD)`),
password policies, user names, host names, file paths, GUIDs and timestamps of exports.

Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic. Every occurrence of a value is labelled; a decoy is kept only when
it occurs once and apart from every value. Written from the formats' documentation and from how
people write, before reading the scrubber's rules. Python stdlib only, deterministic."""
import base64
import random
import re
import sys
from census_common import ALNUM, DIGITS, HEX, LANGS, LOWER, LabelledCase, UPPER, label, write_cases, main as census_main
from generate_admin_secrets import Values as AdminValues
from generate_secret_places import personal

SEED = 152031
COUNT = 504

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
PHRASE_WORDS = ["correct", "horse", "battery", "staple", "purple", "monkey", "dishwasher", "river", "candle",
                "tiger", "sommerfugl", "blåbær", "kanelbulle", "regnbåge", "Apfelbaum", "Kuchen", "fromage",
                "nuage", "montaña", "gato", "lighthouse", "pancake", "violin", "harbour"]


class Values(AdminValues):
    """Secrets shaped for the slot they stand in."""

    def xml(self):
        """Inside an XML element or attribute: no `&<>"'`."""
        return self.restricted("!%*+-.?@^_~#$") if self.rng.random() < 0.7 else self.words_digits(["!", "#", "%", "*"])

    def spaced(self):
        """A password with spaces and punctuation, written inside quotes."""
        if self.rng.random() < 0.5:
            words = self.rng.sample(PHRASE_WORDS, self.rng.choice([3, 4]))
            return " ".join(words) + self.rng.choice(["", " " + str(self.rng.randrange(2, 99)), "!"])
        word = self.rng.choice(["My dog", "Summer in", "Hytta på", "Kaffe och", "Der Hund", "Le chat", "El perro"])
        return word + " " + self.rng.choice(["Rex", "Oslo", "Fjellet", "Kanel", "Bello", "Minou", "Toby"]) + \
            self.rng.choice(["!", ", 2019", " #7", "?", " & co", ": 42"])

    def pin(self):
        return "".join(self.rng.choice("0123456789") for _ in range(self.rng.choice([4, 4, 4, 5, 6, 6, 8])))

    def totp(self):
        return self.chars(B32, self.rng.choice([16, 26, 32]))

    def recovery(self):
        kind = self.rng.choice(["dash", "digits", "hexish"])
        if kind == "dash":
            return self.chars("abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + self.chars("abcdefghjkmnpqrstuvwxyz23456789", 4)
        if kind == "digits":
            return "%04d %04d" % (self.rng.randrange(10000), self.rng.randrange(10000))
        return self.chars("0123456789abcdef", 5) + "-" + self.chars("0123456789abcdef", 5)

    def backup8(self):
        return "%08d" % self.rng.randrange(10 ** 7, 10 ** 8)

    def bcrypt(self):
        return "$2%s$%02d$%s" % (self.rng.choice("aby"), self.rng.choice([10, 11, 12]), self.chars(ALNUM + "./", 53))

    def hexsecret(self):
        return self.chars(HEX, self.rng.choice([32, 40, 64]))

    def b64secret(self):
        raw = bytes(self.rng.randrange(256) for _ in range(self.rng.choice([24, 32, 48])))
        return base64.b64encode(raw).decode()

    def b64auth(self):
        user = self.rng.choice(["ci-bot", "deploy", "kari", "robot$ci", "ops", "AWS"])
        return base64.b64encode(("%s:%s" % (user, self.url())).encode()).decode()

    def long_b64(self):
        raw = bytes(self.rng.randrange(256) for _ in range(self.rng.choice([96, 120])))
        return base64.b64encode(raw).decode()

    def django(self):
        return "django-insecure-" + self.chars(LOWER + "0123456789!@#%^&*(-_=+)", 50).replace("'", "")

    def matrix(self):
        return "syt_" + self.chars(ALNUM, 12) + "_" + self.chars(ALNUM, 20) + "_" + self.chars(ALNUM, 6)

    def aws_id(self):
        return "AKIA" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def bitlocker(self):
        return "-".join("%06d" % (self.rng.randrange(90910) * 11) for _ in range(8))

    def guid(self):
        h = self.chars(HEX, 32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# Slots of a template:
#   {P} quoted password, {S} password with spaces (inside quotes), {B} bare shell word, {C} a value with no
#   `;` or quotes, {X} XML-safe, {U} URL password (URL_CREDENTIAL), {T} token (SECRET_TOKEN), {H} hex secret,
#   {E} base64 secret, {A} base64 of user:password, {L} long base64 (key data), {K} PIN, {O} TOTP secret,
#   {Y} bcrypt hash, {J} Django key, {M} Matrix token (SECRET_TOKEN), {Q} BitLocker recovery key,
#   {Z} AWS access key id (AWS_ACCESS_KEY_ID, as the numbers census labels it);
#   a digit after the letter is a second value; {D} a placeholder decoy; {F} a secret-store reference decoy;
#   {G} a GUID decoy; [[text]] a decoy written in the template.
SLOT = re.compile(r"\{([PSBCXUTHEALKOYJMQZDFG])(\d?)\}|\[\[(.+?)\]\]")
SLOT_KIND = {"P": ("quoted", "ENV_SECRET"), "S": ("spaced", "ENV_SECRET"), "B": ("bare", "ENV_SECRET"),
             "C": ("connstr", "ENV_SECRET"), "X": ("xml", "ENV_SECRET"), "U": ("url", "URL_CREDENTIAL"),
             "T": ("tokenish", "SECRET_TOKEN"), "H": ("hexsecret", "ENV_SECRET"), "E": ("b64secret", "ENV_SECRET"),
             "A": ("b64auth", "ENV_SECRET"), "L": ("long_b64", "ENV_SECRET"), "K": ("pin", "ENV_SECRET"),
             "O": ("totp", "ENV_SECRET"), "Y": ("bcrypt", "ENV_SECRET"), "J": ("django", "ENV_SECRET"),
             "M": ("matrix", "SECRET_TOKEN"), "Q": ("bitlocker", "ENV_SECRET"),
             "Z": ("aws_id", "AWS_ACCESS_KEY_ID")}
PLACEHOLDERS = ["changeme", "<password>", "${DB_PASSWORD}", "{{ vault_db_password }}", "********", "xxx", "REDACTED",
                "<your-token-here>", "CHANGE_ME", "${NPM_TOKEN}", "%(ENV_PASS)s", "<secret>", "TODO", "xxxxxxxxxxxx",
                "${env.REGISTRY_PASSWORD}", "$(DB_PASSWORD)", "{{ .Values.auth.password }}", "<PASSWORD>"]
REFERENCES = ["vault:secret/data/prod/db#password", "op://Infra/postgres-prod/password", "${{ secrets.DB_PASSWORD }}",
              "!vault |", "secretKeyRef", "arn:aws:secretsmanager:eu-north-1:123456789012:secret:prod/db-AbCdEf",
              "${file(\"/run/secrets/db_password\")}", "/run/secrets/db_password", "projects/shop/secrets/db-pass/versions/latest",
              "@Microsoft.KeyVault(SecretUri=https://kv-shop.vault.azure.net/secrets/db-pass/)", "${vault.db.password}",
              "ENC(xY7kQ2)", "$ANSIBLE_VAULT;1.1;AES256"]

# ---- client credential files ------------------------------------------------------------------------------
CLIENT = [
    ("client_npmrc", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={T}"),
    ("client_npmrc", "@firma:registry=https://[[npm.pkg.github.com]]/\n//npm.pkg.github.com/:_authToken={T}\nalways-auth=true"),
    ("client_npmrc", "//nexus.intern/repository/npm-private/:username=[[ci-npm]]\n//nexus.intern/repository/npm-private/:_password={A}\n//nexus.intern/repository/npm-private/:email=ci@firma.no"),
    ("client_npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
    ("client_npmrc", "npmScopes:\n  firma:\n    npmRegistryServer: \"https://npm.intern\"\n    npmAuthToken: \"{T}\""),
    ("client_npmrc", "npmRegistryServer: \"https://registry.yarnpkg.com\"\nnpmAuthToken: {T}"),
    ("client_pip", "[global]\nindex-url = https://[[pypi-reader]]:{U}@nexus.intern/repository/pypi/simple\ntimeout = 60"),
    ("client_pip", "[distutils]\nindex-servers =\n    pypi\n    intern\n\n[pypi]\nusername = __token__\npassword = {T}\n\n[intern]\nrepository = https://pypi.intern/\nusername = [[uploader]]\npassword = {B}"),
    ("client_pip", "[pypi]\nusername = __token__\npassword = <your-token-here>"),
    ("client_maven", "<settings>\n  <servers>\n    <server>\n      <id>[[nexus-releases]]</id>\n      <username>[[deployment]]</username>\n      <password>{X}</password>\n    </server>\n  </servers>\n</settings>"),
    ("client_maven", "<server>\n  <id>github</id>\n  <username>ci-bot</username>\n  <password>{T}</password>\n</server>\n<server>\n  <id>[[artifactory]]</id>\n  <username>ci</username>\n  <password>${env.ARTIFACTORY_PASSWORD}</password>\n</server>"),
    ("client_maven", "<server>\n  <id>[[deploy-repo]]</id>\n  <privateKey>${user.home}/.ssh/id_rsa</privateKey>\n  <passphrase>{X}</passphrase>\n</server>"),
    ("client_gradle", "nexusUsername=[[gradle-ci]]\nnexusPassword={B}\norg.gradle.jvmargs=-Xmx2g"),
    ("client_gradle", "systemProp.gradle.wrapperUser=[[wrapper]]\nsystemProp.gradle.wrapperPassword={B}\nsigning.keyId=[[24875D73]]\nsigning.password={B2}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg"),
    ("client_nuget", "<packageSourceCredentials>\n  <Intern>\n    <add key=\"Username\" value=\"[[nuget-ci]]\" />\n    <add key=\"ClearTextPassword\" value=\"{X}\" />\n  </Intern>\n</packageSourceCredentials>"),
    ("client_composer", "{\n    \"http-basic\": {\n        \"repo.packagist.com\": {\n            \"username\": \"token\",\n            \"password\": \"{T}\"\n        }\n    },\n    \"github-oauth\": {\n        \"github.com\": \"{T2}\"\n    }\n}"),
    ("client_docker", "{\n\t\"auths\": {\n\t\t\"registry.gitlab.com\": {\n\t\t\t\"auth\": \"{A}\"\n\t\t},\n\t\t\"[[harbor.intern]]\": {\n\t\t\t\"auth\": \"{A2}\"\n\t\t}\n\t}\n}"),
    ("client_docker", "{\n  \"auths\": {\n    \"https://index.docker.io/v1/\": {}\n  },\n  \"credsStore\": \"desktop\"\n}"),
    ("client_kubeconfig", "users:\n- name: [[admin@prod]]\n  user:\n    token: {T}"),
    ("client_kubeconfig", "users:\n- name: [[kubernetes-admin]]\n  user:\n    username: admin\n    password: {B}"),
    ("client_kubeconfig", "users:\n- name: [[ci]]\n  user:\n    client-certificate-data: [[LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t]]\n    client-key-data: {L}"),
    ("client_kubeconfig", "users:\n- name: [[oidc]]\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kubelogin\n      args: [get-token, --login, azurecli]"),
    ("client_aws", "[default]\naws_access_key_id = {Z}\naws_secret_access_key = {E}\nregion = eu-north-1"),
    ("client_aws", "[profile deploy]\nrole_arn = arn:aws:iam::[[123456789012]]:role/deploy\nsource_profile = default\n\n[backup]\naws_access_key_id=[[AKIAIOSFODNN7EXAMPLE]]\naws_secret_access_key={E}"),
    ("client_boto", "[Credentials]\ngs_access_key_id = [[GOOG1EXAMPLEKEYID]]\ngs_secret_access_key = {E}\n\n[Boto]\nhttps_validate_certificates = True"),
    ("client_cargo", "[registry]\ntoken = \"{T}\"\n\n[registries.intern]\ntoken = \"Bearer {T2}\""),
    ("client_gem", "---\n:rubygems_api_key: {H}\n:intern: {H2}"),
    ("client_bundler", "---\nBUNDLE_GEMS__CONTRIBSYS__COM: \"[[ci]]:{H}\"\nBUNDLE_JOBS: \"4\""),
    ("client_odbc", "[Lager]\nDriver = PostgreSQL Unicode\nServername = [[pg-lager.intern]]\nPort = 5432\nDatabase = lager\nUID = [[lager_ro]]\nPWD = {C}"),
    ("client_odbc", "[MSSQL-Regnskap]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:[[sql-regn]],1433\nDatabase=Regnskap\nUser=[[rapport]]\nPassword={C}\nTrustServerCertificate=yes"),
    ("client_odbc", "[global]\n    tds version = 7.4\n[sqlbuh]\n    host = [[sql-buh.intern]]\n    port = 1433\n    username = rapport\n    password = {C}"),
    ("client_netrc", "machine [[ftp.leverandor.no]]\n  login [[ordre]]\n  password {B}\nmachine api.github.com\n  login [[ci-bot]]\n  password {T}\ndefault login anonymous password guest@"),
    ("client_netrc", "machine [[nexus.intern]] login [[ci]] password {B}\nmachine [[gitlab.intern]] login oauth2 password {T}"),
    ("client_pgpass", "# hostname:port:database:username:password\n[[pg-rapport.intern]]:5432:rapport:[[les]]:{B}\n*:5432:*:[[replikering]]:{B2}"),
    ("client_mycnf", "[mysql]\nuser = [[rapport]]\npassword = \"{S}\"\n\n[mysqldump]\nuser = backup\npassword = '{P}'"),
    ("client_mycnf", "[client]\nuser=[[root]]\npassword\nhost=localhost"),
    ("client_conda", "channels:\n  - https://[[conda-ci]]:{U}@conda.intern/channel/main\n  - conda-forge"),
    ("client_renviron", "GITHUB_PAT={T}\nDB_PASS=\"{P}\"\nR_LIBS_USER=~/R/library"),
]

# ---- commands that set a credential ------------------------------------------------------------------------
CLI = [
    ("cli_registry", "npm config set //registry.npmjs.org/:_authToken {T}"),
    ("cli_registry", "npm config set //npm.intern/:_authToken=\"{T}\" --location=project"),
    ("cli_registry", "yarn config set npmAuthToken {T}"),
    ("cli_registry", "pip install --index-url https://[[reader]]:{U}@nexus.intern/repository/pypi/simple lethe-client"),
    ("cli_registry", "poetry config http-basic.intern [[ci]] {B}"),
    ("cli_registry", "poetry config pypi-token.pypi {T}"),
    ("cli_registry", "twine upload -u __token__ -p {T} dist/*"),
    ("cli_registry", "mvn deploy -DaltDeploymentRepository=intern::default::https://nexus.intern/repo -Dusername=[[deploy]] -Dpassword={B}"),
    ("cli_registry", "./gradlew publish -PnexusUsername=[[ci]] -PnexusPassword='{P}'"),
    ("cli_registry", "dotnet nuget add source https://nuget.intern/v3/index.json -n intern -u [[ci]] -p {B} --store-password-in-clear-text"),
    ("cli_registry", "kubectl create secret docker-registry [[regcred]] --docker-server=harbor.intern --docker-username=ci --docker-password='{P}'"),
    ("cli_registry", "podman login -u [[robot]] -p {B} quay.io"),
    ("cli_registry", "composer config --global http-basic.repo.packagist.com token {T}"),
    ("cli_registry", "gem push pkg/lethe-0.3.0.gem --key intern  # key in [[~/.gem/credentials]]"),
    ("cli_infra", "terraform apply -var 'db_password={P}' -var 'region=eu-north-1'"),
    ("cli_infra", "terraform plan -var=\"admin_password={P}\" -out plan.tfplan"),
    ("cli_infra", "export TF_VAR_db_password='{P}'\nterraform apply -auto-approve"),
    ("cli_infra", "TF_VAR_api_token={T} terraform apply"),
    ("cli_infra", "gh secret set DB_PASSWORD --body '{P}' --repo firma/butikk"),
    ("cli_infra", "gh secret set SLACK_TOKEN --body \"$SLACK_TOKEN\""),
    ("cli_infra", "vault kv put secret/prod/db username=[[app]] password='{P}'"),
    ("cli_infra", "vault write auth/userpass/users/[[kari]] password={B} policies=dev"),
    ("cli_infra", "aws configure set aws_secret_access_key {E} --profile backup"),
    ("cli_infra", "heroku config:set SECRET_KEY_BASE={H} DATABASE_PASSWORD='{P}' -a butikk"),
    ("cli_infra", "fly secrets set DB_PASSWORD='{P}' API_TOKEN={T}"),
    ("cli_infra", "az webapp config appsettings set -g rg-shop -n shop-api --settings DB_PASSWORD='{P}'"),
    ("cli_infra", "doctl registry login --access-token {T}"),
    ("cli_infra", "gcloud sql users set-password [[postgres]] --instance=prod-db --password='{P}'"),
    ("cli_infra", "az sql server create -n [[sql-shop]] -g rg-shop -u sqladmin -p '{P}'"),
    ("cli_hosts", "mysqladmin -u root password '{P}'"),
    ("cli_hosts", "mysql -u[[root]] -p{B} -h 127.0.0.1 shop < dump.sql"),
    ("cli_hosts", "echo '[[deploy]]:{P}' | sudo chpasswd"),
    ("cli_hosts", "sudo chpasswd <<< 'kari:{P}'"),
    ("cli_hosts", "net user [[kari.s]] {B} /add /domain"),
    ("cli_hosts", "net user Administrator {B}"),
    ("cli_hosts", "(echo '{P}'; echo '{P}') | smbpasswd -s -a [[skanner]]"),
    ("cli_hosts", "influx -username [[admin]] -password '{P}' -execute 'SHOW DATABASES'"),
    ("cli_hosts", "influx setup --username admin --password {B} --org firma --bucket metrics --token {T} --force"),
    ("cli_hosts", "redis-cli -h [[cache01]]\n> AUTH {B}\nOK"),
    ("cli_hosts", "redis-cli -h cache01\n> AUTH [[default]] {B}\nOK"),
    ("cli_hosts", "git config --global credential.helper store\necho \"https://[[kari]]:{U}@git.intern\" >> ~/.git-credentials"),
    ("cli_hosts", "rclone config create nas sftp host [[nas01]] user [[backup]] pass {B}"),
    ("cli_hosts", "mysql -u root -p\nEnter password:"),
    ("cli_wrapped", "docker run -d --name db \\\n  -e POSTGRES_USER=[[shop]] \\\n  -e POSTGRES_PASSWORD='{P}' \\\n  postgres:16"),
    ("cli_wrapped", "curl -X POST https://api.intern/v1/login \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"username\": \"[[svc-rapport]]\", \"password\": \"{P}\"}'"),
    ("cli_wrapped", "helm install db bitnami/postgresql \\\n  --set auth.username=[[shop]] \\\n  --set auth.password={B} \\\n  --set auth.postgresPassword={B2}"),
    ("cli_wrapped", "ansible-playbook site.yml \\\n  --extra-vars \"ansible_become_pass={B}\" \\\n  --limit [[web01]]"),
]

# ---- network devices and their services ------------------------------------------------------------------
DEVICES = [
    ("device_cisco", "username [[netadmin]] privilege 15 secret 0 {B}\nenable secret 0 {B2}\nservice password-encryption"),
    ("device_cisco", "enable algorithm-type scrypt secret {B}\n!\nline con 0\n password {B2}\n login"),
    ("device_cisco", "wlan [[Gjest]] 2 [[Gjest]]\n security wpa akm psk set-key ascii 0 {B}\n no shutdown"),
    ("device_cisco", "ip ssh version 2\nsecurity passwords min-length [[12]]\nusername [[backup]] password 0 {B}"),
    ("device_edgeos", "set system login user [[admin]] authentication plaintext-password '{P}'\nset service snmp community {B} authorization ro"),
    ("device_edgeos", "set interfaces wireguard wg0 private-key {E}\nset interfaces wireguard wg0 peer [[VGhpcyBpcyBhIHB1YmxpYyBrZXkgb2YgcGVlcg==]] allowed-ips 10.8.0.2/32"),
    ("device_huawei", "aaa\n local-user [[admin]] password irreversible-cipher {B}\n local-user admin service-type ssh http\nsnmp-agent community read cipher {B2}"),
    ("device_aruba", "mgmt-user [[admin]] root {B}\nwlan ssid-profile \"[[Kontor]]\"\n   wpa-passphrase {B2}"),
    ("device_openwrt", "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid '[[Hytta-5G]]'\n\toption encryption 'psk2'\n\toption key '{P}'"),
    ("device_openwrt", "config interface 'wan'\n\toption proto 'pppoe'\n\toption username '[[kunde123@isp]]'\n\toption password '{P}'"),
    ("device_pfsense", "<user>\n\t<name>[[admin]]</name>\n\t<bcrypt-hash>{Y}</bcrypt-hash>\n</user>\n<ipsec>\n\t<phase1>\n\t\t<pre-shared-key>{X}</pre-shared-key>\n\t</phase1>\n</ipsec>"),
    ("device_swanctl", "secrets {\n    ike-kontor {\n        id = [[kontor.firma.no]]\n        secret = \"{P}\"\n    }\n    eap-kari {\n        id = kari\n        secret = {B}\n    }\n}"),
    ("device_radius", "client [[ap-2etg]] {\n\tipaddr = 10.0.20.11\n\tsecret = {B}\n\tshortname = ap2\n}"),
    ("device_radius", "[[bob]]\tCleartext-Password := \"{P}\"\n\tReply-Message := \"Hello, %{User-Name}\""),
    ("device_tacacs", "key = \"{P}\"\nuser = [[netadmin]] {\n    login = cleartext \"{P2}\"\n    member = admins\n}"),
    ("device_keepalived", "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass {B}\n    }\n}"),
    ("device_haproxy", "userlist [[ops]]\n    user admin insecure-password {B}\n    user kari password {Y}\n\nlisten stats\n    bind :8404\n    stats enable\n    stats auth admin:{B2}"),
    ("device_asterisk", "[[4001]]\ntype=friend\nhost=dynamic\nsecret={B}\ncontext=intern"),
    ("device_asterisk", "[[4002]]\ntype=auth\nauth_type=userpass\nusername=4002\npassword={B}"),
    ("device_nut", "[[upsmon]]\n    password = {B}\n    upsmon primary"),
    ("device_zabbix", "DBHost=localhost\nDBName=zabbix\nDBUser=[[zabbix]]\nDBPassword={B}\nTimeout=4"),
    ("device_snmpd", "createUser [[monitor]] SHA \"{P}\" AES \"{P2}\"\nrouser monitor priv\nrocommunity {B} 10.0.0.0/24"),
    ("device_camera", "Kamera 3 (port): rtsp://[[viewer]]:{U}@10.0.30.13:554/Streaming/Channels/101"),
    ("device_camera", "NVR: http://10.0.30.2\nBrukernavn: admin\nPassord: {P}\nP2P-kode: [[QR-7F3K-2201]]"),
    ("device_cisco", "interface GigabitEthernet0/1\n description [[uplink-core]]\n ip address 10.0.12.1 255.255.255.0\n!\nhostname [[edge-rtr02]]"),
]

# ---- pipelines and infrastructure -------------------------------------------------------------------------
PIPELINES = [
    ("pipeline_gitlab", "variables:\n  POSTGRES_DB: [[test]]\n  POSTGRES_USER: [[runner]]\n  POSTGRES_PASSWORD: \"{P}\"\n  DOCKER_DRIVER: overlay2"),
    ("pipeline_gitlab", "deploy:\n  stage: deploy\n  variables:\n    DEPLOY_TOKEN: {T}\n  script:\n    - ./deploy.sh"),
    ("pipeline_gitlab", "variables:\n  DB_PASSWORD: $CI_DB_PASSWORD\n  SSH_KEY: $SSH_PRIVATE_KEY"),
    ("pipeline_github", "env:\n  NODE_ENV: production\n  API_TOKEN: {T}\n  DB_PASSWORD: '{P}'"),
    ("pipeline_github", "      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          username: [[ci-bot]]\n          password: {T}"),
    ("pipeline_github", "    env:\n      DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n      SENTRY_TOKEN: ${{ secrets.SENTRY_TOKEN }}"),
    ("pipeline_jenkins", "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>[[nexus-deploy]]</id>\n  <username>deploy</username>\n  <password>{X}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>"),
    ("pipeline_jenkins", "<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <id>[[slack-token]]</id>\n  <secret>{T}</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>"),
    ("pipeline_jenkins", "pipeline {\n  environment {\n    DB_PASS = '{P}'\n    NEXUS = credentials('[[nexus-deploy]]')\n  }\n}"),
    ("pipeline_jenkins", "withCredentials([usernamePassword(credentialsId: '[[nexus-deploy]]', usernameVariable: 'U', passwordVariable: 'P')]) {\n  sh 'curl -u $U:$P https://nexus.intern'\n}"),
    ("pipeline_azure", "variables:\n- name: dbPassword\n  value: '{P}'\n- name: buildConfiguration\n  value: Release"),
    ("pipeline_azure", "variables:\n- group: [[prod-secrets]]\n- name: dbPassword\n  value: $(DB_PASSWORD)"),
    ("pipeline_circleci", "    docker:\n      - image: cimg/postgres:16.0\n        environment:\n          POSTGRES_USER: [[circle]]\n          POSTGRES_PASSWORD: {B}"),
    ("pipeline_bitbucket", "definitions:\n  services:\n    mysql:\n      image: mysql:8\n      variables:\n        MYSQL_DATABASE: [[pipelines]]\n        MYSQL_ROOT_PASSWORD: '{P}'"),
    ("pipeline_drone", "steps:\n- name: publish\n  image: plugins/docker\n  settings:\n    username: [[drone]]\n    password: {B}\n    repo: firma/api"),
    ("pipeline_travis", "env:\n  global:\n    - DB_USER=[[travis]]\n    - DB_PASS={B}\n    - API_TOKEN={T}"),
    ("pipeline_ansible", "[web]\nweb01 ansible_host=10.0.1.11 ansible_user=[[deploy]] ansible_password={B}\nweb02 ansible_host=10.0.1.12 ansible_user=deploy ansible_password={B}\n\n[web:vars]\nansible_become_pass={B2}"),
    ("pipeline_ansible", "[windows]\nwin01 ansible_host=10.0.2.5\n\n[windows:vars]\nansible_user=[[Administrator]]\nansible_password='{P}'\nansible_connection=winrm"),
    ("pipeline_ansible", "# group_vars/db.yml\nansible_ssh_pass: \"{P}\"\nansible_become_password: {B}\npostgres_users:\n  - name: [[app]]\n    password: \"{P2}\""),
    ("pipeline_ansible", "mysql_root_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\nmysql_user: [[app]]"),
    ("pipeline_ansible", "db_password: \"{{ vault_db_password }}\"\ndb_user: [[app]]"),
    ("pipeline_terraform", "# prod.tfvars\nregion      = \"eu-north-1\"\ndb_username = \"[[shop_admin]]\"\ndb_password = \"{P}\"\napi_token   = \"{T}\""),
    ("pipeline_terraform", "resource \"azurerm_linux_virtual_machine\" \"vm\" {\n  admin_username                  = \"[[azureuser]]\"\n  admin_password                  = \"{P}\"\n  disable_password_authentication = false\n}"),
    ("pipeline_terraform", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}"),
    ("pipeline_k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: [[db-creds]]\ntype: Opaque\nstringData:\n  username: [[shop]]\n  password: {B}\n  api-token: {T}"),
    ("pipeline_k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: [[smtp]]\ndata:\n  password: {A}"),
    ("pipeline_k8s", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: [[db-creds]]\n        key: password"),
    ("pipeline_compose", "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=[[shop]]\n      - POSTGRES_PASSWORD={B}\n      - POSTGRES_DB=shop"),
    ("pipeline_compose", "services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: {B}\n      MARIADB_PASSWORD: \"{P}\"\n      MARIADB_USER: [[wp]]"),
    ("pipeline_compose", "services:\n  app:\n    environment:\n      - \"SMTP_PASSWORD={P}\"\n      - REDIS_URL=redis://:{U}@redis:6379/0"),
    ("pipeline_compose", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - [[db_password]]"),
    ("pipeline_helm", "postgresql:\n  auth:\n    username: [[shop]]\n    password: {B}\n    postgresPassword: \"{P}\"\n  primary:\n    persistence:\n      size: 20Gi"),
    ("pipeline_helm", "grafana:\n  adminUser: admin\n  adminPassword: {B}\nredis:\n  auth:\n    enabled: true\n    password: \"{P}\""),
    ("pipeline_helm", "keycloak:\n  auth:\n    adminUser: [[admin]]\n    existingSecret: [[keycloak-admin]]\n    passwordSecretKey: admin-password"),
    ("pipeline_vm", "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"[[ubuntu/jammy64]]\"\n  config.ssh.username = \"vagrant\"\n  config.ssh.password = \"{P}\"\nend"),
    ("pipeline_vm", "{\n  \"builders\": [{\n    \"type\": \"qemu\",\n    \"ssh_username\": \"[[packer]]\",\n    \"ssh_password\": \"{P}\",\n    \"winrm_password\": \"{P2}\"\n  }]\n}"),
    ("pipeline_vm", "#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    [[ubuntu]]:{B}\n    root:{B2}"),
    ("pipeline_vm", "#cloud-config\nusers:\n  - name: [[drift]]\n    passwd: {Y}\n    lock_passwd: false\n    plain_text_passwd: {B}"),
    ("pipeline_vm", "d-i passwd/root-password password {B}\nd-i passwd/root-password-again password {B}\nd-i passwd/user-fullname string [[Drift]]\nd-i passwd/user-password password {B2}"),
    ("pipeline_vm", "<UserAccounts>\n  <AdministratorPassword>\n    <Value>{X}</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n<AutoLogon>\n  <Password>\n    <Value>{X2}</Value>\n  </Password>\n  <Username>[[kiosk]]</Username>\n</AutoLogon>"),
]

# ---- services, app frameworks, mail and chat ------------------------------------------------------------
SERVICES = [
    ("service_kafka", "sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"[[ordre-consumer]]\" password=\"{C}\";"),
    ("service_kafka", "KafkaServer {\n    org.apache.kafka.common.security.scram.ScramLoginModule required\n    username=\"admin\"\n    password=\"{C}\";\n};"),
    ("service_tomcat", "<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"[[tomcat]]\" password=\"{X}\" roles=\"manager-gui,admin-gui\"/>\n</tomcat-users>"),
    ("service_grafana", "[security]\nadmin_user = admin\nadmin_password = {B}\nsecret_key = {H}\n\n[database]\ntype = postgres\npassword = \"\"\"{P}\"\"\""),
    ("service_grafana", "GF_SECURITY_ADMIN_USER=[[admin]]\nGF_SECURITY_ADMIN_PASSWORD={B}\nGF_SERVER_ROOT_URL=https://grafana.intern"),
    ("service_jupyter", "c.ServerApp.ip = '0.0.0.0'\nc.ServerApp.token = '{H}'\nc.ServerApp.open_browser = False"),
    ("service_jupyter", "c.NotebookApp.password = 'sha1:{H}'"),
    ("service_laravel", "APP_NAME=[[Butikken]]\nAPP_ENV=production\nAPP_KEY=base64:{E}\nDB_CONNECTION=mysql\nDB_USERNAME=[[laravel]]\nDB_PASSWORD={B}\nMAIL_PASSWORD={B2}"),
    ("service_django", "SECRET_KEY = '{J}'\n\nDATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': '[[shop]]',\n        'USER': 'shop',\n        'PASSWORD': '{P}',\n        'HOST': 'db',\n    }\n}"),
    ("service_django", "EMAIL_HOST = 'smtp.office365.com'\nEMAIL_HOST_USER = 'varsel@firma.no'\nEMAIL_HOST_PASSWORD = '{P}'\nEMAIL_USE_TLS = True"),
    ("service_rails", "production:\n  adapter: postgresql\n  database: [[shop_production]]\n  username: shop\n  password: {B}\n  host: db01.intern"),
    ("service_rails", "production:\n  secret_key_base: {H}"),
    ("service_rails", "production:\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n  username: [[shop]]"),
    ("service_symfony", "APP_ENV=prod\nAPP_SECRET={H}\nDATABASE_URL=\"mysql://[[app]]:{U}@127.0.0.1:3306/app?serverVersion=8.0\""),
    ("service_nextcloud", "$CONFIG = array (\n  'passwordsalt' => '{T}',\n  'secret' => '{T2}',\n  'dbtype' => 'mysql',\n  'dbuser' => '[[nextcloud]]',\n  'dbpassword' => '{P}',\n  'mail_smtppassword' => '{P2}',\n);"),
    ("service_roundcube", "$config['db_dsnw'] = 'mysql://[[roundcube]]:{U}@localhost/roundcubemail';\n$config['des_key'] = '{T}';"),
    ("service_rabbitmq", "default_user = [[admin]]\ndefault_pass = {B}\nlisteners.tcp.default = 5672"),
    ("service_keycloak", "KEYCLOAK_ADMIN=[[admin]]\nKEYCLOAK_ADMIN_PASSWORD={B}\nKC_DB_PASSWORD={B2}"),
    ("service_minio", "MINIO_ROOT_USER=[[minioadmin]]\nMINIO_ROOT_PASSWORD={B}\nMINIO_VOLUMES=\"/mnt/data\""),
    ("service_elastic", "ELASTIC_PASSWORD={B}\nKIBANA_PASSWORD={B2}\nSTACK_VERSION=8.11.1"),
    ("service_elastic", "elasticsearch.username: \"kibana_system\"\nelasticsearch.password: \"{P}\"\nxpack.encryptedSavedObjects.encryptionKey: \"{H}\""),
    ("service_mongo", "MONGO_INITDB_ROOT_USERNAME=[[root]]\nMONGO_INITDB_ROOT_PASSWORD={B}"),
    ("service_activemq", "# username: password [,rolename ...]\nadmin: {B}, admin\n[[user]]: {B2}, user"),
    ("service_airflow", "[core]\nfernet_key = {E}\n\n[webserver]\nsecret_key = {H}\n\n[database]\nsql_alchemy_conn = postgresql+psycopg2://[[airflow]]:{U}@db/airflow"),
    ("service_hibernate", "hibernate.connection.url=jdbc:postgresql://db01/[[lager]]\nhibernate.connection.username=lager\nhibernate.connection.password={C}"),
    ("service_superset", "SECRET_KEY = '{E}'\nSQLALCHEMY_DATABASE_URI = 'postgresql://[[superset]]:{U}@db/superset'"),
    ("chat_irc", "/msg NickServ IDENTIFY {B}"),
    ("chat_irc", "/msg NickServ IDENTIFY [[kari_s]] {B}"),
    ("chat_irc", "/msg NickServ REGISTER {B} kari@example.org"),
    ("chat_irc", "/nickserv identify {B}"),
    ("chat_irc", "/set irc.server.libera.sasl_username \"[[kari_s]]\"\n/set irc.server.libera.sasl_password \"{P}\""),
    ("chat_irc", "servers = (\n  {\n    address = \"irc.libera.chat\";\n    chatnet = \"liberachat\";\n    port = \"6697\";\n    password = \"{P}\";\n    use_tls = \"yes\";\n  }\n);"),
    ("chat_irc", "/quote PASS [[kari]]/libera:{B}"),
    ("chat_matrix", "{\n  \"user_id\": \"@[[bot]]:matrix.firma.no\",\n  \"access_token\": \"{M}\",\n  \"device_id\": \"[[QWERTYUIOP]]\"\n}"),
    ("chat_matrix", "homeserver: https://matrix.firma.no\nuser: \"@varsling:matrix.firma.no\"\naccess_token: {M}"),
    ("chat_matrix", "curl -H 'Authorization: Bearer {M}' https://matrix.firma.no/_matrix/client/v3/joined_rooms"),
    ("chat_xmpp", "[account]\njid=[[varsling@xmpp.firma.no]]\npassword={B}\nresource=bot"),
    ("mail_server", "smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_security_options = noanonymous"),
    ("mail_server", "set from = \"kari@firma.no\"\nset smtp_url = \"smtp://kari@smtp.firma.no:587/\"\nset smtp_pass = \"{P}\""),
]

# ---- password-manager and browser exports -----------------------------------------------------------------
EXPORT_FORMATS = {
    # name: (header, row builder fields), fields: u url, n name, l login, p password, o totp, t notes, g guid, s time
    "bitwarden": ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp",
                  ["[[{f}]]", "", "login", "{n}", "{t}", "", "0", "{u}", "{l}", "{p}", "{o}"]),
    "1password": ("Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes",
                  ["{n}", "{u}", "{l}", "{p}", "{o}", "false", "false", "", "{t}"]),
    "lastpass": ("url,username,password,totp,extra,name,grouping,fav",
                 ["{u}", "{l}", "{p}", "{o}", "{t}", "{n}", "[[{f}]]", "0"]),
    "keepass": ("\"Account\",\"Login Name\",\"Password\",\"Web Site\",\"Comments\"",
                ["\"{n}\"", "\"{l}\"", "\"{p}\"", "\"{u}\"", "\"{t}\""]),
    "keepassxc": ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\",\"Last Modified\",\"Created\"",
                  ["\"Root/[[{f}]]\"", "\"{n}\"", "\"{l}\"", "\"{p}\"", "\"{u}\"", "\"{t}\"", "\"{o}\"", "\"0\"",
                   "\"[[{s}]]\"", "\"2024-02-11T08:14:55Z\""]),
    "chrome": ("name,url,username,password,note", ["{n}", "{u}", "{l}", "{p}", "{t}"]),
    "firefox": ("\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"",
                ["\"{u}\"", "\"{l}\"", "\"{p}\"", "", "\"{u}\"", "\"{[[{g}]]}\"", "\"[[{ms}]]\"", "\"1733124400312\"", "\"1733124400312\""]),
    "dashlane": ("username,username2,username3,title,password,note,url,category,otpSecret",
                 ["{l}", "", "", "{n}", "{p}", "{t}", "{u}", "[[{f}]]", "{o}"]),
}
EXPORT_SITES = [("GitHub", "https://github.com/login"), ("Bank", "https://nettbank.example.no"),
                ("NAS", "http://192.168.1.20:5000"), ("Router", "http://192.168.1.1"), ("Netflix", "https://www.netflix.com"),
                ("Jobb-VPN", "https://vpn.firma.no"), ("Strøm", "https://minside.example.no"), ("Skatt", "https://skatt.example.no"),
                ("Webmail", "https://mail.example.org"), ("Forsikring", "https://forsikring.example.se")]
EXPORT_FOLDERS = ["Privat", "Jobb", "Familie", "Arbeit", "Perso", "Trabajo", "Hem"]
EXPORT_LOGINS = ["kari.nordmann@example.no", "[[gamer_77]]", "[[kn1984]]", "anna.svensson@example.se", "[[admin]]", "[[hjemme01]]"]
NOTE = {
    "en": ["PIN {K}", "recovery codes: {R}", "security question: first pet = {P}", "card PIN {K}", ""],
    "no": ["PIN-kode {K}", "gjenopprettingskoder: {R}", "sikkerhetsspørsmål: første kjæledyr = {P}", "kort-PIN {K}", ""],
    "sv": ["PIN-kod {K}", "återställningskoder: {R}", "säkerhetsfråga: första husdjuret = {P}", "kortets PIN {K}", ""],
    "de": ["PIN {K}", "Wiederherstellungscodes: {R}", "Sicherheitsfrage: erstes Haustier = {P}", "Karten-PIN {K}", ""],
    "fr": ["code PIN {K}", "codes de récupération : {R}", "question secrète : premier animal = {P}", "PIN de la carte {K}", ""],
    "es": ["PIN {K}", "códigos de recuperación: {R}", "pregunta de seguridad: primera mascota = {P}", "PIN de la tarjeta {K}", ""],
}

# ---- hand-overs in chat and e-mail ------------------------------------------------------------------------
HANDOVER = {
    "en": [
        "Wi-Fi for the office:\nNetwork: [[Kontor-Gjest]]\nPassword: {P}",
        "The shared account for the ticket system is support@firma.no, pw: {P}",
        "I've set a temporary password for you: {P}\nYou'll be asked to change it at first login.",
        "Here are your 2FA backup codes, keep them safe:\n{R}\n{R2}\n{R3}\n{R4}",
        "Backup codes for the shared Google account:\n{W}\n{W2}\n{W3}\n{W4}\n{W5}",
        "user: [[svc-report]]\npass: {P}",
        "login for the router\n[[admin]]\n{P}",
        "the password is: \"{S}\" (with the spaces)",
        "password: `{P}`",
        "pw: {P}",
        "The PIN for the work phone is {K}.",
        "alarm code: {K}",
        "Password:\n{P}",
        "Recovery key for the laptop's disk: {Q}",
        "The new password must be at least 12 characters and can't be one of the last 5.",
        "Username is [[svc-lager]], the password you get by SMS.",
        "Don't send passwords on Slack, use the vault: op://[[Shared]]/wifi/password",
        "Guest wifi is [[Cafe-Gjest]], no password.",
        "TOTP secret for the shared admin (scan it or type it in): {O}",
    ],
    "no": [
        "Wifi på kontoret:\nNettverk: [[Kontor-Gjest]]\nPassord: {P}",
        "Fellesbrukeren til billettsystemet er support@firma.no, passord: {P}",
        "Jeg har satt et midlertidig passord til deg: {P}\nDu må bytte det ved første innlogging.",
        "Her er reservekodene dine for totrinnsbekreftelse, ta vare på dem:\n{R}\n{R2}\n{R3}\n{R4}",
        "Reservekoder til felleskontoen:\n{W}\n{W2}\n{W3}\n{W4}\n{W5}",
        "bruker: [[svc-rapport]]\npassord: {P}",
        "innlogging til ruteren\n[[admin]]\n{P}",
        "passordet er: «{S}» (med mellomrom)",
        "passord: `{P}`",
        "passord: {P}",
        "PIN-koden til jobbtelefonen er {K}.",
        "alarmkode: {K}",
        "Passord:\n{P}",
        "Gjenopprettingsnøkkel til BitLocker: {Q}",
        "Nytt passord må ha minst 12 tegn og kan ikke være et av de 5 siste.",
        "Brukernavnet er [[svc-lager]], passordet får du på SMS.",
        "Ikke send passord på Slack, bruk hvelvet: op://[[Felles]]/wifi/passord",
        "Gjestenettet er [[Kafe-Gjest]], uten passord.",
        "TOTP-hemmelighet for felles admin: {O}",
    ],
    "sv": [
        "Wifi på kontoret:\nNätverk: [[Kontor-Gast]]\nLösenord: {P}",
        "Det delade kontot till ärendesystemet är support@firma.se, lösen: {P}",
        "Jag har satt ett tillfälligt lösenord åt dig: {P}\nDu måste byta det vid första inloggningen.",
        "Här är dina reservkoder för tvåstegsverifiering, spara dem:\n{R}\n{R2}\n{R3}\n{R4}",
        "Reservkoder till det delade kontot:\n{W}\n{W2}\n{W3}\n{W4}\n{W5}",
        "användare: [[svc-rapport]]\nlösen: {P}",
        "inloggning till routern\n[[admin]]\n{P}",
        "lösenordet är: ”{S}” (med mellanslagen)",
        "lösen: `{P}`",
        "lösen: {P}",
        "PIN-koden till jobbmobilen är {K}.",
        "larmkod: {K}",
        "Lösenord:\n{P}",
        "Återställningsnyckel för BitLocker: {Q}",
        "Det nya lösenordet måste ha minst 12 tecken.",
        "Användarnamnet är [[svc-lager]], lösenordet får du via sms.",
        "Skicka inte lösenord på Slack, använd valvet: op://[[Delat]]/wifi/losenord",
        "Gästnätet är [[Cafe-Gast]], inget lösenord.",
        "TOTP-hemlighet för delade admin: {O}",
    ],
    "de": [
        "WLAN im Büro:\nNetzwerk: [[Buero-Gast]]\nKennwort: {P}",
        "Das gemeinsame Konto fürs Ticketsystem ist support@firma.de, PW: {P}",
        "Ich habe dir ein vorläufiges Passwort gesetzt: {P}\nBeim ersten Login musst du es ändern.",
        "Hier sind deine Backup-Codes für die Zwei-Faktor-Anmeldung, gut aufbewahren:\n{R}\n{R2}\n{R3}\n{R4}",
        "Backup-Codes für das gemeinsame Konto:\n{W}\n{W2}\n{W3}\n{W4}\n{W5}",
        "Benutzer: [[svc-bericht]]\nPasswort: {P}",
        "Zugang zum Router\n[[admin]]\n{P}",
        "das Passwort ist: „{S}“ (mit den Leerzeichen)",
        "Kennwort: `{P}`",
        "Kennwort: {P}",
        "Die PIN fürs Diensthandy ist {K}.",
        "Alarmcode: {K}",
        "Passwort:\n{P}",
        "Wiederherstellungsschlüssel für BitLocker: {Q}",
        "Das neue Passwort muss mindestens 12 Zeichen lang sein.",
        "Der Benutzername ist [[svc-lager]], das Passwort kommt per SMS.",
        "Keine Passwörter über Slack, nimm den Tresor: op://[[Gemeinsam]]/wlan/passwort",
        "Das Gäste-WLAN ist [[Cafe-Gast]], ohne Passwort.",
        "TOTP-Geheimnis für den gemeinsamen Admin: {O}",
    ],
    "fr": [
        "Wi-Fi du bureau :\nRéseau : [[Bureau-Invite]]\nMot de passe : {P}",
        "Le compte partagé de l'outil de tickets est support@firme.fr, mdp : {P}",
        "Je t'ai mis un mot de passe temporaire : {P}\nIl faudra le changer à la première connexion.",
        "Voici tes codes de secours pour la double authentification, garde-les bien :\n{R}\n{R2}\n{R3}\n{R4}",
        "Codes de secours du compte partagé :\n{W}\n{W2}\n{W3}\n{W4}\n{W5}",
        "utilisateur : [[svc-rapport]]\nmdp : {P}",
        "accès au routeur\n[[admin]]\n{P}",
        "le mot de passe est : « {S} » (avec les espaces)",
        "mdp : `{P}`",
        "mdp : {P}",
        "Le code PIN du téléphone pro est {K}.",
        "code de l'alarme : {K}",
        "Mot de passe :\n{P}",
        "Clé de récupération BitLocker : {Q}",
        "Le nouveau mot de passe doit faire au moins 12 caractères.",
        "L'identifiant est [[svc-lager]], le mot de passe arrive par SMS.",
        "N'envoie pas de mots de passe sur Slack, utilise le coffre : op://[[Partage]]/wifi/mdp",
        "Le Wi-Fi invité est [[Cafe-Invite]], sans mot de passe.",
        "Secret TOTP de l'admin partagé : {O}",
    ],
    "es": [
        "Wifi de la oficina:\nRed: [[Oficina-Invitados]]\nContraseña: {P}",
        "La cuenta compartida del sistema de tickets es soporte@empresa.es, clave: {P}",
        "Te he puesto una contraseña temporal: {P}\nTendrás que cambiarla al entrar por primera vez.",
        "Aquí tienes tus códigos de respaldo de la verificación en dos pasos, guárdalos bien:\n{R}\n{R2}\n{R3}\n{R4}",
        "Códigos de respaldo de la cuenta compartida:\n{W}\n{W2}\n{W3}\n{W4}\n{W5}",
        "usuario: [[svc-informe]]\nclave: {P}",
        "acceso al router\n[[admin]]\n{P}",
        "la contraseña es: «{S}» (con los espacios)",
        "clave: `{P}`",
        "clave: {P}",
        "El PIN del móvil del trabajo es {K}.",
        "código de la alarma: {K}",
        "Contraseña:\n{P}",
        "Clave de recuperación de BitLocker: {Q}",
        "La contraseña nueva debe tener al menos 12 caracteres.",
        "El usuario es [[svc-lager]], la contraseña te llega por SMS.",
        "No mandes contraseñas por Slack, usa la bóveda: op://[[Compartido]]/wifi/clave",
        "La wifi de invitados es [[Cafe-Invitados]], sin contraseña.",
        "Secreto TOTP del admin compartido: {O}",
    ],
}
GREETING = {
    "en": ["Hi,", "Hey!", "Morning,", ""], "no": ["Hei,", "Hei!", "God morgen,", ""],
    "sv": ["Hej,", "Hej!", "God morgon,", ""], "de": ["Hallo,", "Moin!", "Guten Morgen,", ""],
    "fr": ["Salut,", "Bonjour,", "Coucou !", ""], "es": ["Hola,", "¡Buenas!", "Buenos días,", ""],
}
SIGNOFF = {
    "en": ["Thanks!", "Cheers", "Delete this message afterwards.", ""], "no": ["Takk!", "Mvh", "Slett meldingen etterpå.", ""],
    "sv": ["Tack!", "Mvh", "Radera meddelandet efteråt.", ""], "de": ["Danke!", "VG", "Bitte die Nachricht danach löschen.", ""],
    "fr": ["Merci !", "Bonne journée", "Supprime ce message après.", ""], "es": ["¡Gracias!", "Saludos", "Borra este mensaje después.", ""],
}
SPEAKERS = ["kari", "ola.n", "jonas", "mette", "lukas", "sofie", "pablo", "lea"]
COMMENT = ["# added by ops", "# do not commit", "# prod", "# TODO rotate", "# copied from the old server"]


# The shape a template reports: its family (scrub_evaluate's tables hold at most 64 shapes).
FAMILY = {}
for family, members in {
    "client_registry": "npmrc pip maven gradle nuget composer cargo gem bundler conda renviron",
    "client_container": "docker kubeconfig", "client_cloud": "aws boto", "client_db": "odbc pgpass mycnf",
    "device_router": "cisco edgeos huawei aruba openwrt pfsense", "device_aaa": "swanctl radius tacacs",
    "device_service": "keepalived haproxy asterisk nut zabbix snmpd",
    "pipeline_ci": "gitlab github jenkins azure circleci bitbucket drone travis",
    "service_broker": "kafka rabbitmq activemq", "service_java": "tomcat hibernate keycloak",
    "service_data": "grafana jupyter airflow superset elastic minio mongo",
    "service_web": "laravel django rails symfony nextcloud roundcube",
}.items():
    for member in members.split():
        FAMILY[family.split("_")[0] + "_" + member] = family


class Case(LabelledCase):
    def fill(self, template, decoy_only=False):
        """Fill every slot of a template; with decoy_only, each secret slot gets a placeholder or reference decoy."""
        chosen = {}

        def slot(match):
            letter, index, literal = match.groups()
            if literal is not None:
                return self.decoy(literal)
            if letter == "D" or (decoy_only and letter not in "FG"):
                return self.decoy(self.rng.choice(PLACEHOLDERS))
            if letter == "F":
                return self.decoy(self.rng.choice(REFERENCES))
            key = match.group(0)
            if key in chosen:
                return chosen[key]
            if letter == "G":
                value = self.decoy(self.values.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))
            else:
                generator, kind = SLOT_KIND[letter]
                value = self.secret(getattr(self.values, generator)(), kind)
            chosen[key] = value
            return value

        return SLOT.sub(slot, template)

    def from_list(self, templates, decoy_share=0.1):
        shape, template = self.rng.choice(templates)
        shape = FAMILY.get(shape, shape)
        text = self.fill(template, decoy_only=self.rng.random() < decoy_share)
        if self.rng.random() < 0.25:
            text = self.rng.choice(COMMENT) + "\n" + text
        return shape, text

    def export(self):
        name = self.rng.choice(sorted(EXPORT_FORMATS))
        header, fields = EXPORT_FORMATS[name]
        rows = [header]
        for site, url in self.rng.sample(EXPORT_SITES, self.rng.choice([2, 3, 4])):
            note = self.rng.choice(NOTE[self.lang])
            cells = []
            for field in fields:
                cell = field.replace("{n}", site).replace("{u}", url).replace("{f}", self.rng.choice(EXPORT_FOLDERS))
                cell = cell.replace("{l}", self.rng.choice(EXPORT_LOGINS))
                cell = cell.replace("{g}", self.values.guid()).replace("{ms}", str(self.rng.randrange(1600000000000, 1733000000000)))
                cell = cell.replace("{s}", "2025-%02d-%02dT%02d:%02d:11Z" % (self.rng.randrange(1, 13), self.rng.randrange(1, 29),
                                                                          self.rng.randrange(24), self.rng.randrange(60)))
                if "{p}" in cell:
                    cell = cell.replace("{p}", "{C}" if self.rng.random() < 0.9 else "")
                if "{o}" in cell:
                    cell = cell.replace("{o}", "otpauth://totp/%s?secret={O}" % site if self.rng.random() < 0.3 else "")
                if "{t}" in cell:
                    text = note.replace("{R}", " ".join("{R%d}" % i for i in range(1, self.rng.choice([3, 5]))))
                    cell = cell.replace("{t}", text)
                cells.append(cell)
            rows.append(self.fill(",".join(cells)))
        return "export_" + name, "\n".join(rows)

    def handover(self):
        lang = self.lang
        lines = [self.fill(t) for t in self.rng.sample(HANDOVER[lang], self.rng.choice([1, 1, 2]))]
        style = self.rng.choice(["mail", "chat", "plain"])
        if style == "mail":
            parts = [self.rng.choice(GREETING[lang])] + lines + [self.rng.choice(SIGNOFF[lang])]
            return "handover_mail", "\n\n".join(p for p in parts if p)
        if style == "chat":
            speaker = self.rng.choice(SPEAKERS)
            stamp = "[%02d:%02d] " % (self.rng.randrange(7, 23), self.rng.randrange(60))
            out = []
            for line in lines:
                for i, piece in enumerate(line.split("\n")):
                    out.append(("%s%s: %s" % (stamp, speaker, piece)) if i == 0 or self.rng.random() < 0.5 else piece)
            return "handover_chat", "\n".join(out)
        return "handover_note", "\n".join(lines)


def finish(text, entities, decoys):
    """Label every value and the mail and IP addresses the places hold besides; an address inside a value
    or a decoy is not one of its own."""
    taken = [value for _, value in entities] + decoys
    extra = [item for item in personal(text) if all(item[1] not in value and value not in item[1] for value in taken)]
    return label(text, entities + extra, decoys)


class Filler(Case):
    """Case with the 8-digit backup code and recovery code slots ({W}, {R}) of hand-overs and exports."""

    def fill(self, template, decoy_only=False):
        template = re.sub(r"\{W(\d?)\}", lambda m: "\x00W%s\x00" % m.group(1), template)
        template = re.sub(r"\{R(\d?)\}", lambda m: "\x00R%s\x00" % m.group(1), template)
        text = Case.fill(self, template, decoy_only)
        out, seen = [], {}
        for i, piece in enumerate(text.split("\x00")):
            if i % 2 == 0:
                out.append(piece)
                continue
            if piece not in seen:
                value = self.values.backup8() if piece[0] == "W" else self.values.recovery()
                seen[piece] = self.secret(value, "ENV_SECRET")
            out.append(seen[piece])
        return "".join(out)


def generate():
    rng = random.Random(SEED)
    values = Values(rng)
    return write_cases(rng, COUNT, LANGS, lambda lang: Filler(rng, values, lang), [
        (0.18, lambda case, lang: case.from_list(CLIENT)),
        (0.31, lambda case, lang: case.from_list(CLI)),
        (0.43, lambda case, lang: case.from_list(DEVICES)),
        (0.60, lambda case, lang: case.from_list(PIPELINES)),
        (0.74, lambda case, lang: case.from_list(SERVICES)),
        (0.82, lambda case, lang: case.export()),
        (1.0, lambda case, lang: case.handover()),
    ], finish, "credentials3")


def main(argv):
    return census_main(argv, generate, "generate_credentials3.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
