#!/usr/bin/env python3
"""generate_admin_secrets.py — the secrets census, round 3: credentials in admin tools, migrations,
services' configuration and the prose of runbooks and handovers.

    python3 generate_admin_secrets.py > admin_secrets.jsonl
    python3 generate_admin_secrets.py --check admin_secrets.jsonl    TAP: the committed file is what this writes

Rounds 1 and 2 (generate_secrets.py, generate_secret_places.py) enumerated credential keys ×
containers and secrets with no key. This round enumerates the admin tools' OWN syntaxes for a
credential, as their documentation gives them, sampled (seed 15_2028) to 504 cases:
  cli       migration and sync tools: pgloader (URLs and LOAD DATABASE files), imapsync
            --password1/--password2, mysqldump/mysql -pX and --password=X, PGPASSWORD=X pg_dump,
            psql "host=… password=X", sqlplus/expdp user/X@db, sqlcmd -P X, mongodump --uri,
            mongosh, redis-cli -a X, sshpass -p X, smbclient -U user%X, mount -t cifs -o
            username=…,password=X, net use … X /user:…, cmdkey /pass:X, xfreerdp /p:X, psexec -p X,
            ldapsearch -w X, curl -u user:X, wget --password=X, lftp -u user,X, RSYNC_PASSWORD=X,
            ipmitool -P X, snmpwalk -A/-X, rabbitmqctl add_user, mosquitto_passwd -b, mosquitto_pub -P,
            docker login -p X, echo X | docker login --password-stdin, helm repo add --password X,
            kubectl create secret generic --from-literal=password=X, htpasswd -b file user X,
            openssl … -passout pass:X / -passin pass:X, keytool -storepass X, zip -P X, 7z -pX,
            gpg --passphrase X, ssh-keygen -N X, nmcli … password X, wpa_passphrase SSID X,
            ansible -e ansible_password=X, svn --password X, az login -p X,
            ConvertTo-SecureString 'X' -AsPlainText;
  connstr   ODBC (Pwd=X;), ADO.NET (Password=X;), JDBC (password=X&, ;password=X;), libpq keyword
            strings, Oracle EZConnect, SQLAlchemy URLs;
  config    rclone.conf pass = (obscured), .s3cfg secret_key =, restic RESTIC_PASSWORD, borg
            BORG_PASSPHRASE; wp-config.php define('DB_PASSWORD', …) and the eight keys and salts,
            Drupal $databases and hash_salt, Joomla public $password / $secret / $smtppass;
            fetchmailrc, msmtprc, muttrc, offlineimaprc, mbsync, dovecot, Postfix sasl_passwd;
            SMS gateways (Twilio SID + auth token, Vonage api_key + api_secret, Plivo auth id +
            token, MessageBird AccessKey, Sinch, 46elks, Clickatell), shipping carriers (account
            number, API key, secret, password, Bring's API uid + key, DHL, PostNord, FedEx, UPS,
            Shippo, EasyPost, Sendcloud), printer and scanner web admin and scan-to-mail/-folder
            settings, helpdesk migrations (Zendesk email/token:X, Freshdesk key:X, Jira
            email:token), translation tools (DeepL key …:fx, memoQ, Phrase), booking, ticketing,
            sports and mailing APIs (client id vs client secret, refresh tokens);
  logs      import and migration logs that print a connection string or a command line;
  prose     runbooks, on-call handovers, incident postmortems and Wi-Fi/VPN notes in en, nb, sv,
            de, fr and es: "the admin login is admin / X", "pw: X", "passord: X", "Kennwort lautet
            X", "mot de passe : X", "contraseña: X", "rotated the key to X", door and key-box
            codes, and tables of accounts (Service | User | Password) in each language's words.
Values: passwords of every style (words+digits+symbols, passphrases, national letters, random
12–40 characters with symbols), hex, base64, base64url, mixed-case tokens and vendor tokens with
and without their documented prefixes; each slot gets only characters its syntax allows there
(no `@:/` in a URL's password, no `;` in a connection string, no shell metacharacter unquoted).
Decoys in the same places: placeholders (`<password>`, `${DB_PASS}`, `%(password)s`, `********`,
`{{ vault_db_password }}`, `YOUR_API_KEY`, imapsync's `MASKED`), file paths after `--passfile1`,
`--password-file=`, `passwordeval`, `PassCmd`, user names, host names, database names after a
bare `-p` that prompts, ports after `-p`/`-P`/`port`, `-P` that means progress or port, account
numbers, API key ids and SIDs (the public halves), SSIDs, Freshdesk's dummy `X` password.
Decided: `changeme`, `admin`, `password` and other defaults are left out (a default written in a
handover may be the real one; neither label is safe). A door, alarm or key-box code is a secret.
A Twilio account SID, a Vonage api_key, a Plivo auth id, an access key id and a client id are
public halves: decoys. A username is not a secret.

Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic. Every occurrence of a value is labelled; a decoy is kept only when
it occurs once and apart from every value. Written from the tools' documentation and from how
people write, before reading the scrubber's rules. Python stdlib only, deterministic."""
import base64
import random
import re
import sys
from census_common import ALNUM, DIGITS, HEX, LANGS, LOWER, LabelledCase, UPPER, label, write_cases, main as census_main
from generate_secret_places import Values as PlaceValues, personal

SEED = 152028
COUNT = 504


class Values(PlaceValues):
    """Secrets shaped for the slot they stand in (what the syntax there lets through)."""

    def restricted(self, symbols, n=None):
        n = n or self.rng.randrange(10, 25)
        while True:
            value = self.chars(LOWER + UPPER + DIGITS + symbols, n)
            if (any(c in LOWER for c in value) and any(c in UPPER for c in value) and any(c in DIGITS for c in value)
                    and value[0] in LOWER + UPPER + DIGITS and value[-1] in LOWER + UPPER + DIGITS):
                return value

    def words_digits(self, symbols):
        word = self.rng.choice(["Falcon", "Meadow", "Quartz", "Harbor", "Orbit", "Maple", "Cobalt", "Lantern",
                                "Sommer", "Vinter", "Fjell", "Sonne", "Blume", "Soleil", "Luna", "Playa", "Glacier"])
        return word + self.rng.choice(["", "_", ".", "-"]) + str(self.rng.randrange(10, 9999)) + self.rng.choice(symbols + [""])

    def quoted(self):
        """Inside quotes, in a config file or a quoted shell argument: anything but quotes and backslash."""
        return self.password() if self.rng.random() < 0.7 else self.tokenish()

    def bare(self):
        """An unquoted shell word: no metacharacter."""
        kind = self.rng.choice(["mixed", "mixed", "words", "phrase", "national", "token", "hex"])
        if kind == "mixed":
            return self.restricted("._-+=^~%")
        if kind == "words":
            return self.words_digits([".", "_", "+"])
        if kind == "phrase":
            return self.passphrase()
        if kind == "national":
            return self.national().rstrip("!?%*") + self.rng.choice(["", ".", "_1"])
        return self.token() if kind == "token" else self.hex()

    def url(self):
        """A password in a URL's userinfo: unreserved characters only."""
        kind = self.rng.choice(["mixed", "mixed", "words", "phrase", "token", "hex"])
        if kind == "mixed":
            return self.restricted("._-~")
        if kind == "words":
            return self.words_digits(["_", "-", "."])
        if kind == "phrase":
            return self.passphrase()
        return self.token() if kind == "token" else self.hex()

    def connstr(self):
        """A connection string's value: no ';', no quotes, no braces."""
        kind = self.rng.choice(["mixed", "mixed", "words", "national", "token"])
        if kind == "mixed":
            return self.restricted("!%*+-.?@^_~#$&")
        if kind == "words":
            return self.words_digits(["!", "#", "%", "*"])
        if kind == "national":
            return self.national()
        return self.token()

    # vendor shapes
    def twilio_token(self):
        return self.chars(HEX, 32)

    def twilio_sid(self):
        return self.rng.choice(["AC", "MG", "SK"])[:2] + self.chars(HEX, 32)

    def vonage_key(self):
        return self.chars(HEX, 8)

    def vonage_secret(self):
        return self.chars(ALNUM, 16)

    def plivo_id(self):
        return "MA" + self.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 18)

    def plivo_token(self):
        return self.chars(ALNUM, 40)

    def messagebird(self):
        return self.rng.choice(["live_", "test_", ""]) + self.chars(ALNUM, 25)

    def zendesk(self):
        return self.chars(ALNUM, 40)

    def freshdesk(self):
        return self.chars(ALNUM, 20)

    def jira(self):
        return "ATATT3xFfGF0" + self.chars(ALNUM + "_-", 170) + "=" + self.chars("0123456789ABCDEF", 8)

    def deepl(self):
        return self.uuid() + ":fx"

    def mailgun(self):
        return "key-" + self.chars(HEX, 32)

    def sendgrid(self):
        return "SG." + self.chars(ALNUM + "_-", 22) + "." + self.chars(ALNUM + "_-", 43)

    def brevo(self):
        return "xkeysib-" + self.chars(HEX, 64) + "-" + self.chars(ALNUM, 16)

    def shippo(self):
        return "shippo_live_" + self.chars(HEX, 40)

    def easypost(self):
        return "EZAK" + self.chars(HEX, 32) + self.chars(ALNUM, 22)

    def rclone_obscured(self):
        raw = bytes(self.rng.randrange(256) for _ in range(self.rng.choice([20, 26, 32])))
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def wp_salt(self):
        alphabet = ALNUM + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"
        while True:
            value = self.chars(alphabet, 64)
            if value[0] != " " and value[-1] != " ":
                return value

    def client_id(self):
        return self.chars(ALNUM, self.rng.choice([20, 24, 32]))

    def account_number(self):
        return self.rng.choice(["%09d" % self.rng.randrange(10 ** 8, 10 ** 9), "%06d" % self.rng.randrange(10 ** 5, 10 ** 6),
                                self.chars("ABCDEFGHJKLMNPRSTUVWXY", 1) + self.chars("0123456789ABCDEFGHJKLMNPRSTUVWXY", 5)])

    def code(self):
        return str(self.rng.randrange(1000, 999999)) + self.rng.choice(["", "", "#", "*"])


# Slots of a template:
#   {P} quoted password or token, {B} bare shell word, {U} URL password, {C} connection-string value,
#   {T} token (SECRET_TOKEN), {V:method} a vendor shape (SECRET_TOKEN), {K} a code (ENV_SECRET);
#   a digit after the letter is a second value; {D} a placeholder decoy; {I:method} a public-half decoy;
#   [[text]] a decoy written in the template.
SLOT = re.compile(r"\{([PBUCTKD])(\d?)\}|\{([VI]):(\w+)\}|\[\[(.+?)\]\]")
SLOT_KIND = {"P": ("quoted", "ENV_SECRET"), "B": ("bare", "ENV_SECRET"), "U": ("url", "URL_CREDENTIAL"),
             "C": ("connstr", "ENV_SECRET"), "T": ("tokenish", "SECRET_TOKEN"), "K": ("code", "ENV_SECRET")}
PLACEHOLDERS = ["<password>", "${DB_PASS}", "$PGPASSWORD", "%(password)s", "********", "{{ vault_db_password }}",
                "YOUR_API_KEY", "<api-token>", "xxxxxxxx", "REDACTED", "MASKED", "${SMTP_PASSWORD}", "<secret>",
                "$(cat /run/secrets/db)", "{{ .Values.db.password }}", "%DB_PASSWORD%", "$env:DB_PASS"]

# ---- the tools' own syntaxes: (shape, template) -------------------------------------------------------
CLI = [
    ("cli_migration", "pgloader mysql://[[etl_import]]:{U}@[[mysql-old.intern]]/crm postgresql://[[crm_owner]]:{U2}@pg01.intern/crm"),
    ("cli_migration", "LOAD DATABASE\n     FROM mysql://root:{U}@legacy-db/[[webshop]]\n     INTO postgresql://[[shop_admin]]:{U2}@localhost:5432/webshop\n WITH include drop, create tables, workers = 4\n SET maintenance_work_mem to '128MB';"),
    ("cli_migration", "LOAD DATABASE FROM mssql://sa:{U}@10.20.0.14/Booking INTO pgsql://booking:{U2}@db02/booking;"),
    ("cli_migration", "imapsync --host1 imap.oldhost.example --user1 kari@firma.no --password1 '{P}' \\\n  --host2 outlook.office365.com --user2 kari@firma.no --password2 '{P2}' --ssl1 --ssl2"),
    ("cli_migration", "imapsync --host1 mail.gammel.example --user1 post@lag.no --password1 {B} --host2 imap.gmail.com --user2 post@lag.no --password2 {B2} --automap"),
    ("cli_migration", "imapsync --host1 imap.one.com --user1 info@koret.se --passfile1 [[/root/secret.imap1]] --host2 imap.gmail.com --user2 info@koret.se --password2 '{P}'"),
    ("cli_migration", "imapsync --host1 old.mail --user1 ops --password1 MASKED --host2 new.mail --user2 ops --passfile2 [[/etc/imapsync/pass2]]"),
    ("cli_db", "mysqldump -h [[db-legacy.intern]] -P [[3307]] -u [[backup_ro]] -p'{P}' --single-transaction shop > shop.sql"),
    ("cli_db", "mysqldump --user=[[export]] --password='{P}' --databases [[tickets]] | gzip > tickets.sql.gz"),
    ("cli_db", "mysql -h 127.0.0.1 -u root --password={B} -e 'SHOW DATABASES'"),
    ("cli_db", "mysql -u root -p [[wordpress_db]] < backup.sql"),
    ("cli_db", "PGPASSWORD='{P}' pg_dump -h [[pg-main.intern]] -p [[5432]] -U [[royalty_app]] -Fc royalties > royalties.dump"),
    ("cli_db", "PGPASSWORD={B} psql -h db01 -U postgres -c 'select count(*) from members'"),
    ("cli_db", "psql \"host=[[pg.coop.internal]] port=5432 dbname=[[andelslag]] user=styret password={C} sslmode=require\""),
    ("cli_db", "sqlplus system/{B}@//[[ora01.intern]]:1521/ORCLPDB1"),
    ("cli_db", "expdp [[hr_export]]/{B}@PROD schemas=HR directory=DATA_PUMP_DIR dumpfile=hr.dmp"),
    ("cli_db", "sqlcmd -S [[sql01\\HELPDESK]] -U sa -P '{P}' -d Helpdesk -Q \"BACKUP DATABASE Helpdesk TO DISK='d:\\\\bak\\\\hd.bak'\""),
    ("cli_db", "sqlcmd -S tcp:sql02,1433 -U [[migrering]] -P {B} -i import_tickets.sql"),
    ("cli_db", "mongodump --uri \"mongodb+srv://[[booking-app]]:{U}@cluster0.ab12c.mongodb.net/booking\" --out /backup/mongo"),
    ("cli_db", "mongosh \"mongodb://admin:{U}@[[mongo01.intern]]:27017/?authSource=admin\""),
    ("cli_db", "redis-cli -h [[cache01]] -p [[6380]] -a '{P}' --no-auth-warning info keyspace"),
    ("cli_db", "redis-cli -u redis://default:{U}@redis.booking.internal:6379/0 ping"),
    ("cli_files", "sshpass -p '{P}' ssh [[deploy]]@print01.kontor.local 'systemctl restart cups'"),
    ("cli_files", "sshpass -p {B} rsync -avz -e ssh /srv/exports/ backup@[[nas02]]:/volume1/exports/"),
    ("cli_files", "smbclient //[[nas01]]/scans -U scanner%{B} -c 'ls'"),
    ("cli_files", "smbclient '//fil01/Felles' -U 'KONTOR\\[[skanner]]%{P}'"),
    ("cli_files", "mount -t cifs //192.168.10.5/scan /mnt/scan -o username=scan2folder,password={B},vers=3.0,uid=1000"),
    ("cli_files", "sudo mount -t cifs //nas/royalties /mnt/r -o credentials=[[/root/.smbcredentials]],vers=3.0"),
    ("cli_files", "ldapsearch -x -H ldaps://[[ldap.forening.no]] -D \"cn=admin,dc=forening,dc=no\" -w '{P}' -b \"ou=people,dc=forening,dc=no\""),
    ("cli_files", "ldapsearch -x -D cn=readonly,dc=example,dc=org -W -b dc=example,dc=org [[(uid=kari)]]"),
    ("cli_files", "curl -u [[api_user]]:{B} https://sms.gateway.example/api/v1/balance"),
    ("cli_files", "curl --user 'admin:{P}' -X POST http://10.0.40.12/api/scan/profiles -d @profile.json"),
    ("cli_files", "wget --user=[[statements]] --password={B} ftp://ftp.distributor.example/2026/Q3/statement.csv"),
    ("cli_files", "wget --http-user=export --http-password='{P}' https://cms.example/export/wxr.xml"),
    ("cli_files", "lftp -u [[rider_upload]],{B} sftp://files.venue.example -e 'put rider_2026.pdf; bye'"),
    ("cli_files", "RSYNC_PASSWORD='{P}' rsync -av [[backup]]@nas01::nightly /srv/restore/"),
    ("cli_files", "rsync -aP --password-file=[[/etc/rsync.pass]] /srv/www/ web@[[mirror01]]::site"),
    ("cli_files", "scp -P [[2222]] export.csv deploy@import01:/tmp/"),
    ("cli_windows", "net use Z: \\\\[[fil01]]\\skann {B} /user:KONTOR\\skanner /persistent:yes"),
    ("cli_windows", "cmdkey /add:[[printsrv01]] /user:KONTOR\\printadmin /pass:{B}"),
    ("cli_windows", "xfreerdp /v:10.1.1.20 /u:Administrator /p:'{P}' /cert:ignore"),
    ("cli_windows", "psexec \\\\[[pc-resepsjon]] -u admin -p {B} cmd /c gpupdate /force"),
    ("cli_windows", "$pw = ConvertTo-SecureString '{P}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('[[svc_migrate]]', $pw)"),
    ("cli_windows", "runas /user:KONTOR\\[[admin.ola]] \"mmc printmanagement.msc\""),
    ("cli_devices", "ipmitool -I lanplus -H 10.0.9.21 -U ADMIN -P '{P}' chassis power status"),
    ("cli_devices", "snmpwalk -v3 -l authPriv -u [[monitor]] -a SHA -A '{P}' -x AES -X '{P2}' printer01 1.3.6.1.2.1.43"),
    ("cli_devices", "snmpwalk -v2c -c [[public]] -t 5 printer02 sysDescr"),
    ("cli_devices", "rabbitmqctl add_user [[sms_worker]] '{P}'"),
    ("cli_devices", "mosquitto_passwd -b /etc/mosquitto/passwd [[scoreboard]] {B}"),
    ("cli_devices", "mosquitto_pub -h broker.club.local -u [[scoreboard]] -P '{P}' -t scores/live -m '2-1'"),
    ("cli_devices", "nmcli dev wifi connect [[Kontor-5G]] password '{P}'"),
    ("cli_devices", "wpa_passphrase [[Backstage_Crew]] '{P}' >> /etc/wpa_supplicant/wpa_supplicant.conf"),
    ("cli_k8s", "docker login -u [[robot$ci]] -p {B} registry.example.com"),
    ("cli_k8s", "echo '{P}' | docker login ghcr.io -u [[ci-bot]] --password-stdin"),
    ("cli_k8s", "echo \"$REGISTRY_PASSWORD\" | docker login -u [[deploy]] --password-stdin harbor.intern"),
    ("cli_k8s", "helm repo add [[bitnami-mirror]] https://charts.intern/bitnami --username ci --password {B}"),
    ("cli_k8s", "kubectl create secret generic [[helpdesk-db]] --from-literal=username=helpdesk --from-literal=password='{P}'"),
    ("cli_k8s", "kubectl -n sms create secret generic twilio --from-literal=TWILIO_AUTH_TOKEN={V:twilio_token}"),
    ("cli_k8s", "htpasswd -b -c /etc/nginx/.htpasswd [[redaksjon]] '{P}'"),
    ("cli_k8s", "htpasswd -bB /etc/apache2/.htpasswd booking {B}"),
    ("cli_k8s", "ansible-playbook site.yml -i hosts -e \"ansible_user=[[drift]] ansible_password={B} ansible_become_pass={B2}\""),
    ("cli_k8s", "svn checkout https://svn.intern/tm/trunk --username [[oversetter]] --password '{P}'"),
    ("cli_k8s", "az login -u migrering@firma.onmicrosoft.com -p '{P}'"),
    ("cli_archive", "openssl pkcs12 -export -in cert.pem -inkey key.pem -out printer.pfx -passout pass:{B}"),
    ("cli_archive", "openssl rsa -in server.key -passin pass:'{P}' -out server.nopass.key"),
    ("cli_archive", "openssl pkcs12 -in legacy.p12 -nodes -passin file:[[/root/p12.pass]]"),
    ("cli_archive", "keytool -importkeystore -srckeystore old.jks -srcstorepass {B} -destkeystore new.p12 -deststoretype PKCS12 -deststorepass {B2}"),
    ("cli_archive", "zip -P '{P}' -r [[royalties_Q3]].zip statements/"),
    ("cli_archive", "7z a -p\"{P}\" -mhe=on export_2026.7z ./export"),
    ("cli_archive", "7z x -p [[backup.7z]]"),
    ("cli_archive", "gpg --batch --yes --passphrase '{P}' -c --cipher-algo AES256 members.csv"),
    ("cli_archive", "gpg --batch --pinentry-mode loopback --passphrase-file [[/root/.gpgpass]] -d handover.tar.gz.gpg"),
    ("cli_archive", "ssh-keygen -t ed25519 -N '{P}' -f ~/.ssh/id_migration"),
    ("cli_archive", "RESTIC_PASSWORD='{P}' restic -r sftp:backup@nas01:/restic backup /srv/cms"),
    ("cli_archive", "export BORG_PASSPHRASE='{P}'\nborg create --stats ssh://borg@[[backup01]]/./repo::'{hostname}-{now}' /etc /srv"),
    ("cli_archive", "export RESTIC_PASSWORD_FILE=[[/etc/restic/pw]]\nrestic -r b2:[[coop-backup]]:/ snapshots"),
]

CONNSTR = [
    "Server=[[sql01.intern]];Database=[[Booking]];User Id=booking_app;Password={C};TrustServerCertificate=True;",
    "Data Source=tcp:sqlhd.database.windows.net,1433;Initial Catalog=helpdesk;User ID=[[hd_migrate]];Password={C};Encrypt=True",
    "Driver={ODBC Driver 18 for SQL Server};Server=10.4.0.8;Database=Royalty;Uid=[[royalty]];Pwd={C};",
    "DSN=[[legacy_access]];Uid=admin;Pwd={C}",
    "Provider=SQLOLEDB;Data Source=[[SRV-ACC]];Initial Catalog=Akkreditering;User Id=akk;Password={C};",
    "jdbc:postgresql://pg01.intern:5432/[[tutoring]]?user=[[tutor_app]]&password={U}&ssl=true",
    "jdbc:sqlserver://[[sql02]]:1433;databaseName=tickets;user=tix;password={C};encrypt=true",
    "jdbc:mysql://db.venue.local:3306/[[resale]]?user=resale&password={U}&useSSL=false",
    "jdbc:oracle:thin:[[scott]]/{B}@//ora.intern:1521/XEPDB1",
    "SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://[[sports]]:{U}@db:5432/sports\"",
    "DATABASE_URL=mysql://[[wp_user]]:{U}@127.0.0.1:3306/wordpress",
    "spring.datasource.url=jdbc:postgresql://db01:5432/[[booking]]\nspring.datasource.username=booking\nspring.datasource.password={C}",
    "host=[[pg.sports.local]] port=5432 dbname=league user=[[league_rw]] password={C} sslmode=verify-full",
    "ConnectionStrings__Default=\"Server=db;Database=[[Coop]];User Id=coop;Password={C};\"",
    "<add name=\"HelpdeskDb\" connectionString=\"Data Source=[[SQL03]];Initial Catalog=Helpdesk;User ID=hd;Password={C}\" providerName=\"System.Data.SqlClient\" />",
    "\"ConnectionStrings\": { \"Tickets\": \"Server=[[sql-tix]];Database=Tickets;User Id=tix;Password={C};\" }",
    "Server=db;Database=[[Translations]];User Id=cat;Password=<password>;",
    "jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}",
]

CONFIG = [
    ("conf_backup", "[nas]\ntype = sftp\nhost = [[nas01.coop.local]]\nuser = [[rclone]]\npass = {V:rclone_obscured}\nshell_type = unix"),
    ("conf_backup", "[b2-archive]\ntype = b2\naccount = {I:client_id}\nkey = {T}\nhard_delete = false"),
    ("conf_backup", "[crypt]\ntype = crypt\nremote = b2-archive:[[coop-files]]\npassword = {V:rclone_obscured}\npassword2 = {V:rclone_obscured}"),
    ("conf_backup", "[default]\naccess_key = {I:client_id}\nsecret_key = {T}\nhost_base = s3.eu-central-1.wasabisys.com\nuse_https = True"),
    ("conf_backup", "#!/bin/sh\n# nightly, cron 02:15\nexport RESTIC_REPOSITORY=s3:s3.amazonaws.com/[[coop-restic]]\nexport RESTIC_PASSWORD='{P}'\nrestic backup /srv/data --tag nightly"),
    ("conf_backup", "BORG_REPO=ssh://borg@[[backup01]]:23/./cms\nBORG_PASSPHRASE=\"{P}\"\nBORG_RSH=\"ssh -i /root/.ssh/borg\""),
    ("conf_cms", "define( 'DB_NAME', '[[wp_bandet]]' );\ndefine( 'DB_USER', '[[wp_bandet_u]]' );\ndefine( 'DB_PASSWORD', '{P}' );\ndefine( 'DB_HOST', 'localhost' );"),
    ("conf_cms", "define('AUTH_KEY',         '{V:wp_salt}');\ndefine('SECURE_AUTH_KEY',  '{V:wp_salt}');\ndefine('LOGGED_IN_SALT',   '{V:wp_salt}');\ndefine('NONCE_SALT',       '{V:wp_salt}');"),
    ("conf_cms", "define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));\ndefine('DB_HOST', '[[mysql-cms]]');"),
    ("conf_cms", "$databases['default']['default'] = [\n  'database' => '[[drupal_coop]]',\n  'username' => 'drupal',\n  'password' => '{P}',\n  'host' => 'localhost',\n  'driver' => 'mysql',\n];\n$settings['hash_salt'] = '{V:rclone_obscured}';"),
    ("conf_cms", "class JConfig {\n\tpublic $host = 'localhost';\n\tpublic $user = '[[joomla_usr]]';\n\tpublic $password = '{P}';\n\tpublic $db = 'joomla';\n\tpublic $secret = '{T}';\n\tpublic $smtppass = '{P2}';\n}"),
    ("conf_cms", "APP_KEYS={V:rclone_obscured},{V:rclone_obscured}\nADMIN_JWT_SECRET={T}\nDATABASE_PASSWORD={B}\nDATABASE_USERNAME=[[strapi]]"),
    ("conf_mail", "poll imap.oldhost.example protocol IMAP\n  user \"post@kor.no\" there with password \"{P}\" is kari here\n  options ssl keep"),
    ("conf_mail", "poll pop.domeneshop.no proto POP3 user 'billett' password '{P}' options ssl fetchall"),
    ("conf_mail", "account scanner\nhost smtp.office365.com\nport 587\nauth on\ntls on\nuser skanner@kontoret.no\npassword {B}\nfrom skanner@kontoret.no"),
    ("conf_mail", "account default\nhost smtp.gmail.com\nuser [[booking.lag]]\npasswordeval \"gpg -q --for-your-eyes-only -d ~/.msmtp-pw.gpg\""),
    ("conf_mail", "set imap_user = \"helpdesk@firma.se\"\nset imap_pass = \"{P}\"\nset smtp_url = \"smtps://smtp.firma.se:465/\"\nset smtp_pass = \"{P}\""),
    ("conf_mail", "[Repository Remote]\ntype = IMAP\nremotehost = imap.old.example\nremoteuser = [[arkiv]]\nremotepass = {B}\nssl = yes"),
    ("conf_mail", "IMAPAccount old\nHost imap.old.example\nUser [[ola]]\nPass {B}\nSSLType IMAPS"),
    ("conf_mail", "IMAPAccount new\nHost outlook.office365.com\nUser [[kari]]\nPassCmd \"pass show mail/kari\""),
    ("conf_mail", "passdb {\n  driver = static\n  args = nopassword=y password={B}\n}"),
    ("conf_mail", "[smtp.sendgrid.net]:587 apikey:{V:sendgrid}"),
    ("conf_mail", "[smtp.mailgun.org]:587 postmaster@mg.klubben.no:{B}"),
    ("conf_sms", "TWILIO_ACCOUNT_SID={I:twilio_sid}\nTWILIO_AUTH_TOKEN={V:twilio_token}\nTWILIO_FROM=+4759000000"),
    ("conf_sms", "twilio:\n  sid: {I:twilio_sid}\n  token: {V:twilio_token}\n  messaging_service: {I:twilio_sid}"),
    ("conf_sms", "const client = require('twilio')('{I:twilio_sid}', '{V:twilio_token}');"),
    ("conf_sms", "curl -X POST https://api.twilio.com/2010-04-01/Accounts/{I:twilio_sid}/Messages.json -u {I:twilio_sid}:{V:twilio_token} --data-urlencode 'Body=Påminnelse'"),
    ("conf_sms", "VONAGE_API_KEY={I:vonage_key}\nVONAGE_API_SECRET={V:vonage_secret}"),
    ("conf_sms", "curl -X POST https://rest.nexmo.com/sms/json -d api_key={I:vonage_key} -d api_secret={V:vonage_secret} -d to=4712345678 -d 'text=Hei'"),
    ("conf_sms", "client = vonage.Client(key=\"{I:vonage_key}\", secret=\"{V:vonage_secret}\")"),
    ("conf_sms", "PLIVO_AUTH_ID={I:plivo_id}\nPLIVO_AUTH_TOKEN={V:plivo_token}"),
    ("conf_sms", "curl https://rest.messagebird.com/messages -H 'Authorization: AccessKey {V:messagebird}' -d recipients=4790000000"),
    ("conf_sms", "sms:\n  provider: sinch\n  service_plan_id: {I:client_id}\n  api_token: {T}"),
    ("conf_sms", "curl https://api.46elks.com/a1/sms -u {I:client_id}:{T} -d from=Koret -d to=+46700000000"),
    ("conf_sms", "$config['sms'] = array('apiKey' => '{T}', 'sender' => '[[Billett]]');"),
    ("conf_sms", "{ \"gateway\": \"clickatell\", \"apiKey\": \"{T}\", \"from\": \"[[Tannlegen]]\" }"),
    ("conf_shipping", "BRING_API_UID=logistikk@nettbutikk.no\nBRING_API_KEY={V:uuid}\nBRING_CUSTOMER_NUMBER={I:account_number}"),
    ("conf_shipping", "curl -H 'X-MyBring-API-Uid: lager@butikk.no' -H 'X-MyBring-API-Key: {V:uuid}' https://api.bring.com/booking/api/booking"),
    ("conf_shipping", "fedex:\n  account_number: {I:account_number}\n  api_key: {T}\n  secret_key: {T2}\n  sandbox: false"),
    ("conf_shipping", "UPS_CLIENT_ID={I:client_id}\nUPS_CLIENT_SECRET={T}\nUPS_SHIPPER_NUMBER={I:account_number}"),
    ("conf_shipping", "curl -H 'DHL-API-Key: {T}' 'https://api-eu.dhl.com/track/shipments?trackingNumber=[[00340434161094042557]]'"),
    ("conf_shipping", "postnord:\n  apikey: {V:hex}\n  customer_number: {I:account_number}"),
    ("conf_shipping", "SHIPPO_API_TOKEN={V:shippo}"),
    ("conf_shipping", "curl -H 'Authorization: ShippoToken {V:shippo}' https://api.goshippo.com/shipments/"),
    ("conf_shipping", "EASYPOST_API_KEY={V:easypost}"),
    ("conf_shipping", "sendcloud:\n  public_key: {I:client_id}\n  secret_key: {T}"),
    ("conf_shipping", "<USPSAddressValidateRequest USERID=\"[[123FIRMA4567]]\" PASSWORD=\"{C}\">"),
    ("conf_devices", "SMTP-server: smtp.office365.com\nPort: 587\nTLS: STARTTLS\nPålogging: skanner@kontor.no\nPassord: {P}"),
    ("conf_devices", "<SMTPServer>smtp.kontor.local</SMTPServer>\n<SMTPUser>[[scan2mail]]</SMTPUser>\n<SMTPAuthPassword>{P}</SMTPAuthPassword>"),
    ("conf_devices", "Scan to Folder\n  Path: \\\\fil01\\skann\n  User name: KONTOR\\[[skanner]]\n  Login password: {P}"),
    ("conf_devices", "[ScanToSMB]\nHost=192.168.1.20\nShare=scans\nUser=scanner\nPassword={P}"),
    ("conf_devices", "Web Image Monitor: http://10.0.0.31/ — admin login: admin, password {B}"),
    ("conf_devices", "SNMPv3 user: [[printmon]]\nAuth protocol: SHA\nAuth password: {P}\nPrivacy password: {P2}"),
    ("conf_devices", "Wi-Fi Direct: SSID DIRECT-[[4F-HP-OfficeJet]], Passphrase: {B}"),
    ("conf_devices", "ldap bind DN: cn=scanner,ou=svc,dc=kontor,dc=local\nldap bind password: {P}"),
    ("conf_helpdesk", "curl https://[[kundeservice]].zendesk.com/api/v2/tickets.json -u kari@firma.no/token:{V:zendesk}"),
    ("conf_helpdesk", "zendesk:\n  subdomain: [[kundeservice]]\n  email: support@firma.se\n  api_token: {V:zendesk}"),
    ("conf_helpdesk", "curl -v -u {V:freshdesk}:X -H \"Content-Type: application/json\" https://[[firma]].freshdesk.com/api/v2/tickets"),
    ("conf_helpdesk", "FRESHDESK_DOMAIN=[[supportdesk]].freshdesk.com\nFRESHDESK_API_KEY={V:freshdesk}"),
    ("conf_helpdesk", "curl -u ops@firma.no:{V:jira} https://[[firma]].atlassian.net/rest/api/3/search?jql=project=HD"),
    ("conf_helpdesk", "source:\n  type: zendesk\n  url: https://old.zendesk.com\n  login: migration@firma.de\n  token: {V:zendesk}\ntarget:\n  type: freshdesk\n  api_key: {V:freshdesk}"),
    ("conf_saas", "DEEPL_AUTH_KEY={V:deepl}"),
    ("conf_saas", "curl -X POST https://api-free.deepl.com/v2/translate -H 'Authorization: DeepL-Auth-Key {V:deepl}' -d 'text=Hallo' -d target_lang=NB"),
    ("conf_saas", "memoQ server: [[mq.oversett.no]]\nbruker: [[pm_lisa]]\npassord: {P}"),
    ("conf_saas", "phrase:\n  project_id: {I:client_id}\n  access_token: {T}"),
    ("conf_saas", "STRAVA_CLIENT_ID=[[48213]]\nSTRAVA_CLIENT_SECRET={V:hex}\nSTRAVA_REFRESH_TOKEN={V:hex}"),
    ("conf_saas", "zoom:\n  account_id: {I:client_id}\n  client_id: {I:client_id}\n  client_secret: {T}"),
    ("conf_saas", "SIMPLYBOOK_COMPANY=[[tannlegesenteret]]\nSIMPLYBOOK_API_KEY={V:hex}\nSIMPLYBOOK_SECRET_KEY={V:hex}"),
    ("conf_saas", "EVENTBRITE_PRIVATE_TOKEN={T}\nTICKETMASTER_CONSUMER_KEY={I:client_id}\nTICKETMASTER_CONSUMER_SECRET={T2}"),
    ("conf_saas", "MAILGUN_API_KEY={V:mailgun}\nMAILGUN_DOMAIN=[[mg.koret.no]]"),
    ("conf_saas", "BREVO_API_KEY={V:brevo}"),
    ("conf_saas", "GHOST_ADMIN_API_KEY={V:ghost}"),
]

LOGS = [
    "2026-11-30 02:14:07 INFO  pgloader: connecting to mysql://etl:{U}@10.8.0.4:3306/crm",
    "[import] 2026-12-01T09:12:03Z source=mysql://reader:{U}@legacy/crm target=postgresql://crm@pg01/crm rows=41230",
    "Dec 02 03:00:01 nas01 CROND[3312]: (root) CMD (sshpass -p '{P}' rsync -a /srv/scans backup@[[nas02]]:/scans)",
    "Command line used, run by /usr/bin/perl:\n/usr/bin/imapsync --host1 imap.old --user1 ola@lag.no --password1 MASKED --host2 imap.gmail.com --user2 ola@lag.no --password2 MASKED",
    "+ mysqldump -u[[backup]] -p'{P}' --all-databases\nmysqldump: [Warning] Using a password on the command line interface can be insecure.",
    "ERROR 1045 (28000): Access denied for user '[[import]]'@'10.0.0.5' (using password: YES)",
    "2026-12-03 14:02:11,201 DEBUG sms.client POST https://api.46elks.com/a1/sms auth=('{I:client_id}', '{T}')",
    "WARN migration.zendesk retrying GET /api/v2/users.json as agent@firma.no/token:{V:zendesk} (429)",
    "2026-12-04 01:00:03 restic[221]: using RESTIC_PASSWORD={P} from environment",
    "docker run -e MYSQL_ROOT_PASSWORD='{P}' -e MYSQL_DATABASE=[[tickets]] -d mysql:8",
]

# ---- prose: runbooks, handovers, postmortems, Wi-Fi notes (six languages) ---------------------------
PROSE = {
    "en": [
        "The admin login for the scanner is admin / {P}.",
        "Printer web UI: http://10.0.0.41 — user admin, pw: {P}",
        "Handover: the SMS gateway API key is {T}, the sender name is [[Choir]].",
        "We rotated the key to {T} after the incident; the old one is revoked.",
        "Postmortem: the SMTP password ({P}) was pasted into ticket [[HD-4812]] and had to be changed.",
        "Wi-Fi for the crew: SSID [[Backstage-2G]], password {P}",
        "VPN group key (PSK): {P}",
        "The key box at the back door has code {K}.",
        "Alarm code for the storage room: {K}",
        "Royalty portal login is statements@label.com with password \"{P}\".",
        "On-call note: if the import hangs, log in as [[etl]] (password {P}) and restart pgloader.",
        "New password for the booking admin: {P}",
        "password for the helpdesk export user is {P} until we move to SSO",
        "The shipping account is [[4471902]], API key {T}, API password {P}.",
        "Incident 2026-11-28: the Twilio auth token {V:twilio_token} was in the public repo for 40 minutes.",
        "the password is in the vault under [[ops/printers]], not here",
        "Ask the team lead for the password, it's not in the runbook.",
    ],
    "no": [
        "Admin-innloggingen på skanneren er admin / {P}.",
        "Skriveren: http://10.0.0.41 — bruker admin, passord: {P}",
        "Overlevering: API-nøkkelen til SMS-tjenesten er {T}, avsendernavnet er [[Koret]].",
        "Vi roterte nøkkelen til {T} etter hendelsen; den gamle er sperret.",
        "Hendelsesgjennomgang: SMTP-passordet ({P}) ble limt inn i sak [[HD-4812]] og måtte byttes.",
        "Wifi for crew: SSID [[Backstage-2G]], passord {P}",
        "Portkoden til bakgården er {K}.",
        "Koden til nøkkelboksen er {K}",
        "Vaktnotat: hvis importen henger, logg inn som [[etl]] (passord {P}) og start pgloader på nytt.",
        "Nytt passord til bookingadmin: {P}",
        "passord: {P}",
        "Innlogging til styreportalen: leder@borettslaget.no / {P}",
        "Fraktavtalen er [[4471902]], API-nøkkel {T}, API-passord {P}.",
        "passordet ligger i hvelvet under [[drift/skrivere]], ikke her",
        "Spør vaktleder om passordet, det står ikke i driftsboka.",
    ],
    "sv": [
        "Admininloggningen på skannern är admin / {P}.",
        "Skrivaren: http://10.0.0.41 — användare admin, lösen: {P}",
        "Överlämning: API-nyckeln till SMS-tjänsten är {T}, avsändarnamnet är [[Kören]].",
        "Vi roterade nyckeln till {T} efter incidenten; den gamla är spärrad.",
        "Incidentrapport: SMTP-lösenordet ({P}) klistrades in i ärende [[HD-4812]] och fick bytas.",
        "Wifi för crew: SSID [[Backstage-2G]], lösenord {P}",
        "Portkoden är {K}.",
        "Koden till nyckelskåpet är {K}",
        "Jourlogg: om importen hänger sig, logga in som [[etl]] (lösenord {P}) och starta om pgloader.",
        "Nytt lösenord till bokningsadmin: {P}",
        "lösenord: {P}",
        "Inloggning till föreningens portal: ordforande@brf.se / {P}",
        "lösenordet ligger i valvet under [[drift/skrivare]], inte här",
    ],
    "de": [
        "Der Admin-Zugang zum Scanner ist admin / {P}.",
        "Drucker-Weboberfläche: http://10.0.0.41 — Benutzer admin, PW: {P}",
        "Übergabe: Der API-Schlüssel des SMS-Gateways ist {T}, der Absendername [[Chor]].",
        "Wir haben den Schlüssel nach dem Vorfall auf {T} rotiert; der alte ist gesperrt.",
        "Postmortem: Das SMTP-Passwort ({P}) wurde ins Ticket [[HD-4812]] kopiert und musste geändert werden.",
        "WLAN für die Crew: SSID [[Backstage-2G]], Kennwort lautet {P}",
        "Das Kennwort lautet {P}",
        "Der Türcode für den Hintereingang ist {K}.",
        "Bereitschaftsnotiz: Wenn der Import hängt, als [[etl]] anmelden (Passwort {P}) und pgloader neu starten.",
        "Neues Passwort für den Buchungs-Admin: {P}",
        "Passwort: {P}",
        "Zugang zum Abrechnungsportal: abrechnung@verlag.de / {P}",
        "das Passwort liegt im Tresor unter [[betrieb/drucker]], nicht hier",
    ],
    "fr": [
        "L'accès admin du scanner est admin / {P}.",
        "Interface de l'imprimante : http://10.0.0.41 — utilisateur admin, mdp : {P}",
        "Passation : la clé API de la passerelle SMS est {T}, le nom d'expéditeur [[Chorale]].",
        "On a renouvelé la clé : {T} depuis l'incident ; l'ancienne est révoquée.",
        "Retour d'incident : le mot de passe SMTP ({P}) a été collé dans le ticket [[HD-4812]] et a dû être changé.",
        "Wi-Fi de l'équipe : SSID [[Backstage-2G]], mot de passe : {P}",
        "Le code de la porte est {K}.",
        "Code de la boîte à clés : {K}",
        "Note d'astreinte : si l'import bloque, se connecter en [[etl]] (mot de passe {P}) et relancer pgloader.",
        "Nouveau mot de passe pour l'admin des réservations : {P}",
        "mot de passe : {P}",
        "Accès au portail des droits : droits@label.fr / {P}",
        "le mot de passe est dans le coffre sous [[exploitation/imprimantes]], pas ici",
    ],
    "es": [
        "El acceso de admin del escáner es admin / {P}.",
        "Impresora: http://10.0.0.41 — usuario admin, contraseña: {P}",
        "Traspaso: la clave API de la pasarela SMS es {T}, el remitente es [[Coro]].",
        "Rotamos la clave a {T} después del incidente; la antigua está revocada.",
        "Postmortem: la contraseña SMTP ({P}) se pegó en el ticket [[HD-4812]] y hubo que cambiarla.",
        "Wifi para el equipo: SSID [[Backstage-2G]], clave {P}",
        "El código del portal es {K}.",
        "Código de la caja de llaves: {K}",
        "Nota de guardia: si la importación se cuelga, entra como [[etl]] (contraseña {P}) y reinicia pgloader.",
        "Nueva contraseña del admin de reservas: {P}",
        "contraseña: {P}",
        "Acceso al portal de regalías: regalias@sello.es / {P}",
        "la contraseña está en la bóveda en [[sistemas/impresoras]], no aquí",
    ],
}
HEAD = {
    "en": ["Runbook — data migration", "On-call handover, week 49", "Incident review", "Notes for the new admin", ""],
    "no": ["Driftsbok — datamigrering", "Vaktoverlevering, uke 49", "Hendelsesgjennomgang", "Notater til ny admin", ""],
    "sv": ["Driftbok — datamigrering", "Jouröverlämning, vecka 49", "Incidentgenomgång", "Anteckningar till ny admin", ""],
    "de": ["Runbook — Datenmigration", "Übergabe Bereitschaft, KW 49", "Vorfallsanalyse", "Notizen für den neuen Admin", ""],
    "fr": ["Runbook — migration des données", "Passation d'astreinte, semaine 49", "Retour d'incident", "Notes pour le nouvel admin", ""],
    "es": ["Runbook — migración de datos", "Traspaso de guardia, semana 49", "Revisión del incidente", "Notas para el nuevo admin", ""],
}
COMMENT = {
    "en": ["# migrate the old mailboxes", "# run from the jump host", "# nightly export", "# done 2026-11-30, works"],
    "no": ["# flytt de gamle postkassene", "# kjøres fra hoppmaskinen", "# nattlig eksport", "# gjort 30.11, virker"],
    "sv": ["# flytta de gamla brevlådorna", "# körs från hopp-servern", "# nattlig export", "# klart 30/11, funkar"],
    "de": ["# alte Postfächer umziehen", "# vom Jumphost ausführen", "# nächtlicher Export", "# erledigt am 30.11., läuft"],
    "fr": ["# migrer les anciennes boîtes", "# à lancer depuis le bastion", "# export nocturne", "# fait le 30/11, ça marche"],
    "es": ["# migrar los buzones antiguos", "# ejecutar desde el bastión", "# exportación nocturna", "# hecho el 30/11, funciona"],
}
# tables of accounts: (service, user, password) headers per language
TABLE_HEAD = {
    "en": ("Service", "User", "Password"), "no": ("Tjeneste", "Bruker", "Passord"),
    "sv": ("Tjänst", "Användare", "Lösenord"), "de": ("Dienst", "Benutzer", "Passwort"),
    "fr": ("Service", "Utilisateur", "Mot de passe"), "es": ("Servicio", "Usuario", "Contraseña"),
}
TABLE_ROWS = [("Printer (web admin)", "admin"), ("NAS", "[[backup_op]]"), ("SMS gateway", "[[api-sms]]"),
              ("Router", "[[netadmin]]"), ("CMS", "[[redaktor]]"), ("Booking", "[[booking_adm]]"),
              ("Scan to mail", "skanner@kontor.no"), ("Helpdesk", "[[hd.admin]]"), ("VPN", "[[vpn-ops]]"),
              ("Royalty portal", "[[label_acc]]"), ("Wi-Fi gjest", "-")]


class Case(LabelledCase):
    def fill(self, template, decoy_only=False):
        """Fill every slot of a template; with decoy_only, each secret slot gets a placeholder decoy."""
        chosen = {}

        def slot(match):
            letter, index, vkind, method, literal = match.groups()
            if literal is not None:
                return self.decoy(literal)
            if letter == "D" or (decoy_only and (letter or vkind == "V")):
                return self.decoy(self.rng.choice(PLACEHOLDERS))
            key = match.group(0)
            if vkind == "I":
                if key not in chosen:
                    chosen[key] = self.decoy(getattr(self.values, method)())
                return chosen[key]
            if key in chosen and not key.startswith("{V:"):
                return chosen[key]
            if vkind == "V":
                value = self.vendor(method)
                return self.secret(value, "SECRET_TOKEN")
            generator, kind = SLOT_KIND[letter]
            value = getattr(self.values, generator)()
            chosen[key] = value
            return self.secret(value, kind)

        return SLOT.sub(slot, template)

    def vendor(self, method):
        if method == "hex":
            return self.values.chars(HEX, self.rng.choice([32, 40]))
        if method == "ghost":
            return self.values.chars(HEX, 24) + ":" + self.values.chars(HEX, 64)
        return getattr(self.values, method)()

    def cli(self):
        shape, template = self.rng.choice(CLI)
        lines = [self.fill(template, decoy_only=self.rng.random() < 0.1)]
        if self.rng.random() < 0.5:
            lines.insert(0, self.rng.choice(COMMENT[self.lang]))
        if self.rng.random() < 0.3:
            lines.insert(0, "$ " + lines.pop())
        return shape, "\n".join(lines)

    def connstr(self):
        template = self.rng.choice(CONNSTR)
        text = self.fill(template, decoy_only=self.rng.random() < 0.1)
        if self.rng.random() < 0.4:
            text = self.rng.choice(COMMENT[self.lang]) + "\n" + text
        return "connstr", text

    def config(self):
        shape, template = self.rng.choice(CONFIG)
        text = self.fill(template, decoy_only=self.rng.random() < 0.1)
        if self.rng.random() < 0.3:
            text = self.rng.choice(HEAD[self.lang]) + "\n\n" + text
        return shape, text.strip()

    def log(self):
        lines = [self.fill(t) for t in self.rng.sample(LOGS, self.rng.choice([1, 2]))]
        return "log_import", "\n".join(lines)

    def prose(self):
        head = self.rng.choice(HEAD[self.lang])
        lines = [self.fill(t) for t in self.rng.sample(PROSE[self.lang], self.rng.choice([1, 2, 3]))]
        bullet = self.rng.choice(["", "- ", "* ", "• "])
        text = "\n".join(bullet + line for line in lines)
        return "prose", (head + "\n" + text) if head else text

    def table(self):
        service, user, password = TABLE_HEAD[self.lang]
        style = self.rng.choice(["markdown", "csv", "tsv"])
        rows = self.rng.sample(TABLE_ROWS, self.rng.choice([2, 3, 4]))
        out = []
        if style == "markdown":
            out += ["| %s | %s | %s |" % (service, user, password), "|---|---|---|"]
        else:
            sep = ";" if style == "csv" else "\t"
            out.append(sep.join([service, user, password]))
        for name, login in rows:
            secret = "{P}" if style == "markdown" else "{C}"
            cells = [name, self.fill(login), self.fill(secret if self.rng.random() > 0.1 else "{D}")]
            if style == "markdown":
                out.append("| %s |" % " | ".join(cells))
            else:
                out.append((";" if style == "csv" else "\t").join(cells))
        return "table_" + style, "\n".join(out)


HOSTS = (".local", ".intern", ".internal", ".lan")


def finish(text, entities, decoys):
    """Label every value and the addresses besides; an address is not one when it overlaps a value or a decoy
    (`user:pw@host`), names a host on a private network (`ssh deploy@print01.kontor.local`) or loopback."""
    taken = []
    for value in [value for _, value in entities] + [decoy for decoy in decoys if text.count(decoy) == 1]:
        start = text.find(value)
        while start >= 0:
            taken.append((start, start + len(value)))
            start = text.find(value, start + 1)

    def apart(item):
        kind, found = item
        if found.startswith("127.") or (kind == "EMAIL" and found.endswith(HOSTS)):
            return False
        start = text.find(found)
        while start >= 0:
            if any(start < end and begin < start + len(found) for begin, end in taken):
                return False
            start = text.find(found, start + 1)
        return True

    return label(text, entities + [item for item in personal(text) if apart(item)], decoys)


def generate():
    rng = random.Random(SEED)
    values = Values(rng)
    return write_cases(rng, COUNT, LANGS, lambda lang: Case(rng, values, lang), [
        (0.34, lambda case, lang: case.cli()),
        (0.44, lambda case, lang: case.connstr()),
        (0.70, lambda case, lang: case.config()),
        (0.76, lambda case, lang: case.log()),
        (0.92, lambda case, lang: case.prose()),
        (1.0, lambda case, lang: case.table()),
    ], finish, "admin-secrets")


def main(argv):
    return census_main(argv, generate, "generate_admin_secrets.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
