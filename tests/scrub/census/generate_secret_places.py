#!/usr/bin/env python3
"""generate_secret_places.py — the secrets census, round 2: secrets whose cue is not a `key = value`.

    python3 generate_secret_places.py > secret_places.jsonl
    python3 generate_secret_places.py --check secret_places.jsonl    TAP: the committed file is what this writes

generate_secrets.py enumerated credential KEYS × containers. This one enumerates the PLACES a secret
stands with no credential key right before it, sampled (seed 15_2027) to 504 cases:
  prose     the password / secret / token / PIN named earlier in the sentence or in the one before,
            the value after "now it is / it's / use / try / set it to / changed to / new one:" and
            the ordinary equivalents in nb, sv, de, fr and es; the value bare, in quotes, backticks
            or «guillemets»; alone on the chat line after a line ending in a colon; "login X / Y",
            "user X pass Y"; followed by "(yes, with the symbols)";
  terminal  the line a secret-printing command prints, after a `$ ` prompt: gcloud secrets versions
            access, vault kv get -field, kubectl get secret … | base64 -d, aws secretsmanager /
            ssm, az keyvault, op read, pass show, bw, lpass, heroku config:get, doppler --plain,
            security find-generic-password -w, secret-tool, terraform output -raw, sops, gh auth
            token, openssl rand, pwgen, wg genkey, cat of a secrets file, echo $VAR, printenv;
  devices   Cisco IOS/ASA (username … password 0, secret 5/8/9, enable password 7, snmp-server
            community, isakmp key, pre-shared-key, key-string, ppp chap password, tacacs/radius key,
            ospf md5 key, bgp neighbor password, wpa-psk), Juniper (encrypted-password, $9$,
            community, pre-shared-key ascii-text, authentication-key), MikroTik, HP/Aruba, FortiOS;
  services  wpa_supplicant, hostapd, OpenVPN <tls-auth>/<secret> static keys and auth-user-pass
            files, strongSwan ipsec.secrets (PSK, EAP, XAUTH, RSA passphrase), .pgpass, .my.cnf,
            ~/.git-credentials, ~/.netrc, htpasswd, /etc/shadow, chap-secrets, postfix sasl_passwd,
            pgbouncer userlist, rsyncd.secrets, redis requirepass/masterauth, WireGuard;
  HTTP      Authorization: Basic / Bearer / Token / Digest, X-Api-Key and kin, Cookie and
            Set-Cookie session values, query strings (access_token, token, api_key, key, sig,
            client_secret), presigned URL signatures (X-Amz-Signature, X-Goog-Signature, SAS sig);
  vendors   shapes with no prefix word: Azure AD client secrets (`xxx8Q~…`, 40 characters),
            Azure storage account keys (88 base64 characters), Azure DevOps PATs (52 base32).
Values: passwords of every style people choose (words+digits+symbol, passphrases with dashes,
national-letter words like `Rødgrøt_153!`, random 12–40 character strings with symbols), hex,
base64, base64url and mixed-case random tokens.
Decoys in the same places: commit ids (git log, rev-parse), request and trace ids, UUIDs,
`Authorization: Bearer <token>` and `Bearer $TOKEN`, ETags, sha256sum/md5sum lines, WireGuard and
SSH public keys and fingerprints, image ids, "the password reset link expired", "now it is longer",
"try again", "it's in 1Password now", device lines with no secret (service password-encryption,
security passwords min-length) and ordinary query parameters.
Decided: a password HASH in a credential file or device config (/etc/shadow, htpasswd, Cisco secret
5/8/9, Juniper encrypted-password, a Digest response) is a secret and must be masked — it is
cracked offline, and privacy comes first; Cisco type 7 and Juniper $9$ are reversible, so they
are secrets too. A public key, a key fingerprint, a checksum, a commit id and a request id are not.
A username next to a password is not labelled.

Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic. Every occurrence of a value is labelled; a decoy is kept only when
it occurs once and apart from every value. Written from how people write, never from the
scrubber's rules. Python stdlib only, deterministic."""
import base64
import random
import re
import sys
import census_common
from census_common import ALNUM, DIGITS, LANGS, LOWER, LabelledCase, UPPER, label, write_cases, main as census_main

SEED = 152027
COUNT = 504

WORDS = ["falcon", "meadow", "quartz", "harbor", "tundra", "orbit", "maple", "cobalt", "lantern", "willow",
         "granite", "saffron", "velvet", "ember", "glacier", "pepper", "summit", "thistle", "copper", "raven",
         "sommer", "vinter", "fjell", "stjerne", "himmel", "sonne", "blume", "soleil", "lune", "luna", "playa"]
NATIONAL = ["Rødgrøt", "Blåbær", "Fjøsnisse", "Snøskred", "Kärlek", "Älgjakt", "Smörgås", "Höstlöv", "Straße",
            "Grüße", "Bärchen", "Übermut", "Été", "Château", "Crème", "Forêt", "Mañana", "Niño", "Corazón",
            "Pingüino", "Ærlig", "Østavind", "Fågelbo", "Größe"]


class Values(census_common.Values):
    """census_common's values, with more symbols and words of their own, and the shapes only
    this census has: national letters, symbol-dense randoms, device and file hashes."""
    symbols = "!%*+-.?@^_~#$&"
    last_not = ".-?#$&"
    words = WORDS
    word_separators = ("", "_", ".", "-")
    word_endings = ("!", "", "%", "*", "@")
    token_lengths = (16, 49)

    def national(self):
        return (self.rng.choice(NATIONAL) + self.rng.choice(["_", "-", "", "."]) + str(self.rng.randrange(10, 999))
                + self.rng.choice(["!", "?!", "", "%", "*"]))

    def random_symbols(self):
        n = self.rng.randrange(12, 41)
        while True:
            value = self.chars(LOWER + UPPER + DIGITS + "!%*+-.@^_~#&=", n)
            if (sum(c in "!%*+-.@^_~#&=" for c in value) >= 2 and any(c in DIGITS for c in value)
                    and value[0] in ALNUM and value[-1] in ALNUM):
                return value

    def password(self):
        return getattr(self, self.rng.choice(PASSWORD_KINDS))()

    def secret(self):
        return getattr(self, self.rng.choice(PASSWORD_KINDS + TOKEN_KINDS))()

    def tokenish(self):
        return getattr(self, self.rng.choice(TOKEN_KINDS))()

    # device and file hashes
    def md5crypt(self):
        return "$1$%s$%s" % (self.chars(ALNUM, 4), self.chars(ALNUM + "./", 22))

    def sha512crypt(self):
        return "$6$%s$%s" % (self.chars(ALNUM + "./", 16), self.chars(ALNUM + "./", 86))

    def cisco8(self):
        return "$8$%s$%s" % (self.chars(ALNUM + "./", 14), self.chars(ALNUM + "./", 43))

    def cisco9(self):
        return "$9$%s$%s" % (self.chars(ALNUM + "./", 14), self.chars(ALNUM + "./", 43))

    def cisco7(self):
        return "%02d" % self.rng.randrange(0, 16) + self.chars("0123456789ABCDEF", self.rng.choice([10, 14, 18, 22]))

    def juniper9(self):
        return "$9$" + self.chars(ALNUM + "./-", self.rng.randrange(16, 36))

    def apr1(self):
        return "$apr1$%s$%s" % (self.chars(ALNUM, 8), self.chars(ALNUM + "./", 22))

    def bcrypt(self):
        return "$2y$%02d$%s" % (self.rng.choice([5, 10, 12]), self.chars(ALNUM + "./", 53))

    def azure_client_secret(self):
        body = ALNUM + "_~.-"
        value = self.chars(ALNUM, 3) + self.rng.choice("0123456789") + "Q~" + self.chars(body, 34)
        while value[-1] not in ALNUM:
            value = value[:-1] + self.rng.choice(ALNUM)
        return value

    def azure_storage_key(self):
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(64))).decode()

    def azure_devops_pat(self):
        return self.chars("abcdefghijklmnopqrstuvwxyz234567", 52)

    def wg_key(self):
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(32))).decode()

    def uuid(self):
        h = self.chars("0123456789abcdef", 32)
        return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], self.rng.choice("89ab") + h[17:20], h[20:])


PASSWORD_KINDS = ["password_mixed", "password_mixed", "password_words", "passphrase", "national", "national",
                  "random_symbols"]
TOKEN_KINDS = ["hex", "base64", "base64url", "token", "token"]


# ---- prose: the credential named first, the value after a cue ------------------------------------------
# (the thing's name, with article where the language puts one)
NAMED = {
    "en": ["the test database password", "the wifi password", "the staging API token", "the VPN secret",
           "the admin password", "the PIN for the alarm", "the root password on db01", "the deploy token",
           "the shared mailbox password", "the SMTP password"],
    "no": ["passordet til testdatabasen", "wifi-passordet", "API-tokenet for staging", "VPN-hemmeligheten",
           "admin-passordet", "PIN-koden til alarmen", "root-passordet på db01", "deploy-tokenet"],
    "sv": ["lösenordet till testdatabasen", "wifi-lösenordet", "API-token för staging", "VPN-hemligheten",
           "admin-lösenordet", "PIN-koden till larmet", "root-lösenordet på db01", "deploy-token"],
    "de": ["das Passwort der Testdatenbank", "das WLAN-Passwort", "das API-Token für Staging", "das VPN-Geheimnis",
           "das Admin-Kennwort", "die PIN der Alarmanlage", "das Root-Passwort auf db01", "das Deploy-Token"],
    "fr": ["le mot de passe de la base de test", "le mot de passe du wifi", "le jeton API de staging",
           "le secret du VPN", "le mot de passe admin", "le code PIN de l'alarme", "le mdp root de db01",
           "le token de déploiement"],
    "es": ["la contraseña de la base de datos de pruebas", "la contraseña del wifi", "el token de API de staging",
           "el secreto de la VPN", "la contraseña de admin", "el PIN de la alarma", "la clave de root en db01",
           "el token de despliegue"],
}
# sentence frames: {n} the name (capitalised at a sentence start by the code), {v} the value
PROSE_FRAMES = {
    "en": ["{N} was changed, now it is {v}", "{N} was changed. Now it's {v}", "I reset {n}, it's {v} now",
           "{N} got rotated. Use {v} until Friday", "{N} didn't work for me. Try {v}",
           "About {n}: set it to {v} on the new box", "{N} changed to {v} this morning",
           "{N} expired so I made a new one: {v}", "{N}? It's \"{v}\"", "{N} is in the doc, but it's `{v}`",
           "for {n} use {v} (yes, with the symbols)", "We rotated {n} last night.\nThe new one is {v}",
           "{N} is updated. New one: {v}"],
    "no": ["{N} er byttet, nå er det {v}", "{N} er endret. Nå er det {v}", "Jeg har nullstilt {n}, det er {v} nå",
           "{N} er rotert. Bruk {v} fram til fredag", "{N} virket ikke. Prøv {v}",
           "Om {n}: sett det til {v} på den nye maskinen", "{N} ble endret til {v} i morges",
           "{N} gikk ut, så jeg laget et nytt: {v}", "{N}? Det er «{v}»", "{N} står i dokumentet, men det er `{v}`",
           "bruk {v} for {n} (ja, med tegnene)", "Vi byttet {n} i natt.\nDet nye er {v}",
           "{N} er oppdatert. Nytt: {v}"],
    "sv": ["{N} är bytt, nu är det {v}", "{N} har ändrats. Nu är det {v}", "Jag har återställt {n}, det är {v} nu",
           "{N} är roterat. Använd {v} fram till fredag", "{N} funkade inte. Prova {v}",
           "Angående {n}: sätt det till {v} på nya maskinen", "{N} ändrades till {v} i morse",
           "{N} gick ut så jag gjorde ett nytt: {v}", "{N}? Det är ”{v}”", "{N} står i dokumentet, men det är `{v}`",
           "använd {v} för {n} (ja, med tecknen)", "Vi bytte {n} i natt.\nDet nya är {v}",
           "{N} är uppdaterat. Nytt: {v}"],
    "de": ["{N} wurde geändert, jetzt ist es {v}", "{N} wurde geändert. Jetzt lautet es {v}",
           "Ich habe {n} zurückgesetzt, es ist jetzt {v}", "{N} wurde rotiert. Nimm bis Freitag {v}",
           "{N} ging bei mir nicht. Probier {v}", "Zu {n}: setz es auf der neuen Kiste auf {v}",
           "{N} wurde heute Morgen auf {v} geändert", "{N} war abgelaufen, also habe ich ein neues gemacht: {v}",
           "{N}? Es ist „{v}“", "{N} steht im Dokument, aber es ist `{v}`",
           "für {n} verwende {v} (ja, mit den Sonderzeichen)", "Wir haben {n} heute Nacht getauscht.\nDas neue ist {v}",
           "{N} ist aktualisiert. Neues: {v}"],
    "fr": ["{N} a été changé, maintenant c'est {v}", "{N} a changé. Maintenant c'est {v}",
           "J'ai réinitialisé {n}, c'est {v} maintenant", "{N} a été renouvelé. Utilise {v} jusqu'à vendredi",
           "{N} ne marchait pas. Essaie {v}", "Pour {n} : mets {v} sur la nouvelle machine",
           "{N} a été changé en {v} ce matin", "{N} avait expiré, j'en ai fait un nouveau : {v}",
           "{N} ? C'est « {v} »", "{N} est dans le doc, mais c'est `{v}`",
           "pour {n} utilise {v} (oui, avec les symboles)", "On a changé {n} cette nuit.\nLe nouveau est {v}",
           "{N} est à jour. Le nouveau : {v}"],
    "es": ["{N} se ha cambiado, ahora es {v}", "{N} cambió. Ahora es {v}", "He restablecido {n}, ahora es {v}",
           "{N} se ha rotado. Usa {v} hasta el viernes", "{N} no me funcionó. Prueba {v}",
           "Sobre {n}: ponlo a {v} en la máquina nueva", "{N} se cambió a {v} esta mañana",
           "{N} caducó, así que hice uno nuevo: {v}", "¿{N}? Es «{v}»", "{N} está en el documento, pero es `{v}`",
           "para {n} usa {v} (sí, con los símbolos)", "Anoche cambiamos {n}.\nEl nuevo es {v}",
           "{N} está actualizado. Nuevo: {v}"],
}
# chat: the value alone on the line after one that ends in a colon, or a login pair
CHAT_LEAD = {
    "en": ["the new vpn password:", "wifi for the cabin:", "here's the token for staging:", "db pw:"],
    "no": ["nytt vpn-passord:", "wifi på hytta:", "her er tokenet til staging:", "db-passord:"],
    "sv": ["nytt vpn-lösenord:", "wifi i stugan:", "här är token för staging:", "db-lösen:"],
    "de": ["neues VPN-Passwort:", "WLAN in der Hütte:", "hier das Token für Staging:", "DB-PW:"],
    "fr": ["nouveau mdp vpn :", "le wifi du chalet :", "voilà le token pour staging :", "mdp de la base :"],
    "es": ["nueva contraseña de la vpn:", "wifi de la cabaña:", "aquí el token de staging:", "contraseña bd:"],
}
LOGIN_FRAMES = {
    "en": ["login {u} / {v}", "user {u} pass {v}", "creds are {u} / {v}", "{u} / {v} for the router"],
    "no": ["innlogging {u} / {v}", "bruker {u} pass {v}", "{u} / {v} på ruteren"],
    "sv": ["inloggning {u} / {v}", "användare {u} lösen {v}", "{u} / {v} på routern"],
    "de": ["Login {u} / {v}", "User {u} PW {v}", "Zugang: {u} / {v}"],
    "fr": ["login {u} / {v}", "identifiants : {u} / {v}", "user {u} mdp {v}"],
    "es": ["login {u} / {v}", "usuario {u} clave {v}", "acceso: {u} / {v}"],
}
USERS = ["admin", "deploy", "ops", "kari", "svc_backup", "root", "etl", "monitor"]
SPEAKERS = ["kari", "ola.n", "jonas", "mette", "lukas", "sofie", "pablo", "lea"]
# prose using the cue words with no secret after them: (sentence, decoy)
PROSE_DECOYS = {
    "en": [("The password reset link {d} again", "expired"), ("{N} was changed, now it is longer", "longer"),
           ("{N} didn't work. Try again after lunch", "after lunch"), ("{N} is in 1Password now", "1Password"),
           ("Set it to expire in 90 days", "90 days"), ("We changed {n} to SSO-only", "SSO-only"),
           ("{N} must be at least 12 characters", "12 characters"), ("Use the reset link in the mail", "reset link")],
    "no": [("Lenken for å nullstille passordet {d}", "utløp"), ("{N} er byttet, nå er det lengre", "lengre"),
           ("{N} virket ikke. Prøv igjen etter lunsj", "etter lunsj"), ("{N} ligger i 1Password nå", "1Password"),
           ("{N} må ha minst 12 tegn", "12 tegn"), ("Bruk lenken i e-posten", "lenken")],
    "sv": [("Länken för att återställa lösenordet {d}", "gick ut"), ("{N} är bytt, nu är det längre", "längre"),
           ("{N} funkade inte. Prova igen efter lunch", "efter lunch"), ("{N} ligger i 1Password nu", "1Password"),
           ("{N} måste ha minst 12 tecken", "12 tecken"), ("Använd länken i mejlet", "länken")],
    "de": [("Der Link zum Zurücksetzen des Passworts ist {d}", "abgelaufen"),
           ("{N} wurde geändert, jetzt ist es länger", "länger"),
           ("{N} ging nicht. Probier es nach dem Mittag nochmal", "nach dem Mittag"),
           ("{N} liegt jetzt in 1Password", "1Password"), ("{N} muss mindestens 12 Zeichen haben", "12 Zeichen"),
           ("Nimm den Link aus der Mail", "den Link")],
    "fr": [("Le lien de réinitialisation du mot de passe a {d}", "expiré"),
           ("{N} a été changé, maintenant c'est plus long", "plus long"),
           ("{N} ne marchait pas. Essaie après le déjeuner", "après le déjeuner"),
           ("{N} est dans 1Password maintenant", "1Password"), ("{N} doit faire au moins 12 caractères", "12 caractères"),
           ("Utilise le lien du mail", "le lien")],
    "es": [("El enlace para restablecer la contraseña {d}", "caducó"),
           ("{N} se ha cambiado, ahora es más larga", "más larga"),
           ("{N} no funcionó. Prueba después de comer", "después de comer"),
           ("{N} está ahora en 1Password", "1Password"), ("{N} debe tener al menos 12 caracteres", "12 caracteres"),
           ("Usa el enlace del correo", "el enlace")],
}
INTRO = {
    "en": ["Here's what I ran:", "Output below, can you check?", "This is the config on the box:", ""],
    "no": ["Her er det jeg kjørte:", "Output under, kan du se?", "Dette er konfigen på boksen:", ""],
    "sv": ["Här är vad jag körde:", "Utdata nedan, kan du kolla?", "Det här är konfigen på burken:", ""],
    "de": ["Das habe ich ausgeführt:", "Ausgabe unten, kannst du schauen?", "Das ist die Konfig auf der Kiste:", ""],
    "fr": ["Voilà ce que j'ai lancé :", "Sortie ci-dessous, tu peux regarder ?", "Voici la conf sur la machine :", ""],
    "es": ["Esto es lo que ejecuté:", "Salida abajo, ¿puedes mirar?", "Esta es la config de la máquina:", ""],
}

# ---- terminal: commands that print a secret, and commands that print look-alikes -----------------------
SECRET_COMMANDS = [
    "gcloud secrets versions access latest --secret=db-password",
    "gcloud secrets versions access 3 --secret=\"stripe-webhook\" --project=shop-prod",
    "vault kv get -field=password secret/app/db",
    "vault read -field=value secret/data/ci/token",
    "kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d",
    "kubectl -n prod get secret api -o jsonpath=\"{.data.token}\" | base64 --decode; echo",
    "aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text",
    "aws ssm get-parameter --name /prod/api/key --with-decryption --query Parameter.Value --output text",
    "az keyvault secret show --vault-name kv-shop --name db-pass --query value -o tsv",
    "op read op://Private/postgres/password",
    "pass show infra/router",
    "bw get password github.com",
    "lpass show --password prod-db",
    "heroku config:get DATABASE_PASSWORD -a shop-api",
    "doppler secrets get STRIPE_KEY --plain",
    "security find-generic-password -s 'wifi-hytta' -w",
    "secret-tool lookup service smtp user alerts",
    "terraform output -raw db_password",
    "sops -d --extract '[\"db\"][\"password\"]' secrets.enc.yaml",
    "gh auth token",
    "openssl rand -base64 32",
    "openssl rand -hex 32",
    "pwgen -sy 20 1",
    "wg genkey | tee /etc/wireguard/private.key",
    "cat /run/secrets/db_password",
    "cat ~/.vault-token",
    "cat config/master.key",
    "echo $DB_PASSWORD",
    "printenv API_TOKEN",
    "kubectl get secret grafana -o go-template='{{index .data \"admin-password\" | base64decode}}'",
    "docker exec app printenv SECRET_KEY",
    "grep -r smtp_pass /etc/app/ | cut -d= -f2",
]
# commands whose output is not a secret: (command, output generator name)
DECOY_COMMANDS = [
    ("git rev-parse HEAD", "commit"), ("git log --oneline -3", "commits"), ("sha256sum release.tar.gz", "sha256"),
    ("md5sum backup.sql.gz", "md5"), ("uuidgen", "uuid"), ("wg pubkey < /etc/wireguard/private.key", "wgpub"),
    ("ssh-keygen -lf ~/.ssh/id_ed25519.pub", "fingerprint"), ("docker images --format '{{.ID}} {{.Repository}}'",
                                                               "images"),
    ("curl -sI https://cdn.orbit.example/app.js | grep -i etag", "etag"),
    ("gcloud secrets versions list db-password", "versions"), ("kubectl get secrets -n prod", "secretlist"),
    ("vault kv metadata get secret/app/db", "metadata"), ("cat ~/.ssh/id_ed25519.pub", "sshpub"),
    ("curl -s -D - https://api.orbit.example/health -o /dev/null | grep -i request-id", "requestid"),
]
PROMPTS = ["$ ", "ops@bastion:~$ ", "kari@mac ~ % ", "[root@db01 ~]# ", "PS C:\\> "]


# ---- devices and service files: line frames with {v} (secret) and {h} (hash), or generators ----------------
CISCO_SECRET_LINES = [
    "username {u} privilege 15 password 0 {p}", "username {u} password {p}",
    "snmp-server community {p} RO", "snmp-server community {p} RW 10",
    "crypto isakmp key {p} address 203.0.113.5", " ikev1 pre-shared-key {p}", " ikev2 remote-authentication pre-shared-key {p}",
    " key-string {p}", " ppp chap password 0 {p}", "tacacs-server key {p}", "radius-server key {p}",
    " ip ospf message-digest-key 1 md5 {p}", " neighbor 10.0.0.2 password {p}", " wpa-psk ascii 0 {p}",
    " pre-shared-key address 0.0.0.0 0.0.0.0 key {p}", "enable password {p}",
]
CISCO_HASH_LINES = [
    ("enable secret 5 {h}", "md5crypt"), ("enable secret 9 {h}", "cisco9"), ("username {u} secret 8 {h}", "cisco8"),
    ("username {u} privilege 15 secret 5 {h}", "md5crypt"), ("enable password 7 {h}", "cisco7"),
    (" password 7 {h}", "cisco7"), (" key 7 {h}", "cisco7"), ("username {u} password 7 {h}", "cisco7"),
]
CISCO_NEUTRAL = ["hostname edge-rtr01", "service password-encryption", "security passwords min-length 10",
                 "aaa new-model", "ip ssh version 2", "line vty 0 4", " transport input ssh", "logging host 10.0.0.5",
                 "ntp server 10.0.0.1", "interface GigabitEthernet0/1", " ip address 10.0.12.1 255.255.255.0", "!"]
JUNIPER_LINES = [
    ("set system root-authentication encrypted-password \"{h}\"", "sha512crypt"),
    ("set system login user {u} authentication encrypted-password \"{h}\"", "sha512crypt"),
    ("set snmp community {p} authorization read-only", None),
    ("set security ike policy ike-pol pre-shared-key ascii-text \"{p}\"", None),
    ("set security ike policy ike-pol pre-shared-key ascii-text \"{h}\"", "juniper9"),
    ("set protocols bgp group ext authentication-key \"{h}\"", "juniper9"),
    ("set protocols ospf area 0 interface ge-0/0/1 authentication md5 1 key \"{p}\"", None),
]
JUNIPER_NEUTRAL = ["set system host-name edge-srx01", "set system services ssh", "set system ntp server 10.0.0.1",
                   "set interfaces ge-0/0/1 unit 0 family inet address 10.0.12.1/24"]
MIKROTIK_LINES = [
    "/interface wireless security-profiles set [ find default=yes ] mode=dynamic-keys wpa2-pre-shared-key={p}",
    "/ip ipsec peer add address=203.0.113.5/32 secret={p}", "/ppp secret add name=vpn1 password={p} service=l2tp",
    "/user add name={u} group=full password={p}", "/snmp community add name={p} addresses=10.0.0.0/24",
    "/interface l2tp-server server set enabled=yes ipsec-secret={p} use-ipsec=yes",
]
HP_LINES = [
    "password manager user-name {u} plaintext {p}", "snmp-server community \"{p}\" operator unrestricted",
    "radius-server host 10.0.0.9 key \"{p}\"", "tacacs-server host 10.0.0.9 key {p}",
]
FORTI_LINES = [
    "    set psksecret {p}", "    set passwd {p}", "    set password {p}",
]

SERVICE_FILES = {
    "wpa_supplicant": ["network={{\n    ssid=\"Hytta\"\n    psk=\"{p}\"\n}}",
                       "network={{\n    ssid=\"office-5g\"\n    psk={hex64}\n}}",
                       "network={{\n    ssid=\"corp\"\n    key_mgmt=WPA-EAP\n    identity=\"{u}\"\n    password=\"{p}\"\n}}"],
    "hostapd": ["interface=wlan0\nssid=Hytta\nwpa=2\nwpa_passphrase={p}\nwpa_key_mgmt=WPA-PSK",
                "ssid=office\nwpa_psk={hex64}", "auth_server_addr=10.0.0.9\nauth_server_shared_secret={p}"],
    "ipsec_secrets": [": PSK \"{p}\"", "203.0.113.5 %any : PSK \"{p}\"", "carol : EAP \"{p}\"",
                      ": RSA moon.key \"{p}\"", "alice : XAUTH \"{p}\"", "@moon.orbit.example @sun.orbit.example : PSK '{p}'"],
    "pgpass": ["db01.orbit.internal:5432:shop:{u}:{p}", "*:*:*:replicator:{p}", "localhost:5432:*:postgres:{p}"],
    "my_cnf": ["[client]\nuser={u}\npassword={p}", "[mysqldump]\nuser=root\npassword=\"{p}\""],
    "git_credentials": ["https://{u}:{q}@github.com", "https://oauth2:{q}@gitlab.orbit.example"],
    "netrc": ["machine api.heroku.com\n  login kari@orbit.example\n  password {q}",
              "machine ftp.orbit.example login {u} password {p}"],
    "htpasswd": ["{u}:{h_apr1}", "{u}:{h_bcrypt}", "{u}:{{SHA}}{b64sha}"],
    "shadow": ["{u}:{h_sha512}:19876:0:99999:7:::", "root:{h_sha512}:19700:0:99999:7:::"],
    "chap_secrets": ["# client  server  secret  IP addresses\n{u}  *  {p}  *", "\"vpnuser\" pptpd \"{p}\" *"],
    "sasl_passwd": ["[smtp.gmail.com]:587 alerts@orbit.example:{p}", "[smtp.office365.com]:587 noreply@orbit.example:{p}"],
    "pgbouncer_userlist": ["\"{u}\" \"{p}\"", "\"app\" \"md5{hex32}\"", "\"app\" \"SCRAM-SHA-256$4096:{b64s}\""],
    "rsyncd_secrets": ["{u}:{p}", "backup:{p}"],
    "redis_conf": ["requirepass {p}", "masterauth {p}", "user worker on >{p} ~jobs:* +@all"],
    "openvpn_authfile": ["{u}\n{p}"],
    "wireguard": ["[Interface]\nPrivateKey = {wg}\nAddress = 10.8.0.2/32", "[Peer]\nPublicKey = {wgpub_decoy}\nPresharedKey = {wg}"],
}

# ---- HTTP ---------------------------------------------------------------------------------------------------
HTTP_SECRET = [
    "Authorization: Basic {basic}", "Authorization: Bearer {t}", "Authorization: Token {hex}",
    "authorization: bearer {t}", "X-Api-Key: {t}", "X-API-KEY: {hex}", "X-Auth-Token: {t}", "api-key: {hex}",
    "Ocp-Apim-Subscription-Key: {hex32}", "Cookie: session={t}; theme=dark", "Cookie: csrftoken=abc; sessionid={t}",
    "Set-Cookie: SESSION={t}; Path=/; HttpOnly; Secure", "Proxy-Authorization: Basic {basic}",
    "Authorization: Digest username=\"ops\", realm=\"api\", nonce=\"{nonce}\", uri=\"/\", response=\"{hex32}\"",
]
CURL_FRAMES = ["curl -H \"{h}\" https://api.orbit.example/v1/orders", "curl -s -H '{h}' https://api.orbit.example/me",
               "http GET https://api.orbit.example/v1/users '{h}'", "{h}"]
QUERY_SECRET = [
    "https://api.orbit.example/v1/feed?access_token={t}", "https://api.orbit.example/hook?token={t}&format=json",
    "https://maps.orbit.example/geocode?address=Storgata+1&key={t}", "https://api.orbit.example/v2/data?api_key={hex}&page=2",
    "https://api.orbit.example/export?apikey={t}", "https://auth.orbit.example/token?client_id=shop&client_secret={t}",
    "https://shop.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-03-09T10:00:00Z&sig={sas}",
    ("https://shop-backups.s3.eu-north-1.amazonaws.com/db.bak?X-Amz-Algorithm=AWS4-HMAC-SHA256"
     "&X-Amz-Credential=AKIAEXAMPLE12345678%2F20260302%2Feu-north-1%2Fs3%2Faws4_request&X-Amz-Date=20260302T101112Z"
     "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={hex64}"),
    ("https://storage.googleapis.com/shop-exports/q1.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256"
     "&X-Goog-Date=20260302T101112Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={hex64}"),
    "wss://stream.orbit.example/socket?auth={t}",
]
HTTP_DECOYS = [
    ("Authorization: Bearer <token>", "<token>"), ("Authorization: Bearer $TOKEN", "$TOKEN"),
    ("Authorization: Bearer ${API_TOKEN}", "${API_TOKEN}"), ("X-Api-Key: <your-api-key>", "<your-api-key>"),
    ("X-Request-Id: {uuid}", "{uuid}"), ("ETag: \"{hex32}\"", "{hex32}"),
    ("traceparent: 00-{hex32}-{hex16}-01", "{hex32}"), ("X-Amzn-Trace-Id: Root=1-65e2f0a1-{hex24}", "{hex24}"),
    ("If-None-Match: W/\"{hex16}\"", "{hex16}"), ("X-Correlation-ID: {uuid}", "{uuid}"),
    ("Content-Digest: sha-256=:{b64_32}:", "{b64_32}"),
    ("https://api.orbit.example/v1/orders?page=2&sort=desc&limit=50", "sort=desc"),
    ("https://shop.orbit.example/?utm_source=newsletter&utm_campaign={hex16}", "{hex16}"),
]

# ---- vendor shapes with no prefix word ------------------------------------------------------------------------
VENDOR_FRAMES = {
    "en": ["client secret for the app registration: {v}", "| prod | {v} | expires 2027-03 |", "- prod: {v}",
           "Value: {v}\nSecret ID: {uuid}", "copy it now, Azure only shows it once: {v}"],
    "no": ["klienthemmelighet for app-registreringen: {v}", "| prod | {v} | utløper 2027-03 |", "- prod: {v}",
           "Verdi: {v}\nHemmelighets-ID: {uuid}", "kopier den nå, Azure viser den bare én gang: {v}"],
    "sv": ["klienthemlighet för appregistreringen: {v}", "| prod | {v} | går ut 2027-03 |", "- prod: {v}",
           "Värde: {v}\nHemlighets-ID: {uuid}", "kopiera den nu, Azure visar den bara en gång: {v}"],
    "de": ["Geheimer Clientschlüssel der App-Registrierung: {v}", "| prod | {v} | läuft 2027-03 ab |", "- prod: {v}",
           "Wert: {v}\nGeheime ID: {uuid}", "jetzt kopieren, Azure zeigt ihn nur einmal: {v}"],
    "fr": ["secret client de l'inscription d'application : {v}", "| prod | {v} | expire 2027-03 |", "- prod : {v}",
           "Valeur : {v}\nID du secret : {uuid}", "copie-le maintenant, Azure ne l'affiche qu'une fois : {v}"],
    "es": ["secreto de cliente del registro de la aplicación: {v}", "| prod | {v} | caduca 2027-03 |", "- prod: {v}",
           "Valor: {v}\nId. de secreto: {uuid}", "cópialo ahora, Azure solo lo muestra una vez: {v}"],
}
VENDOR_BARE = ["{v}", "here: {v}", "`{v}`"]


class Case(LabelledCase):
    def intro(self):
        return self.rng.choice(INTRO[self.lang])

    # prose
    def prose(self):
        lang, rng = self.lang, self.rng
        parts = []
        roll = rng.random()
        if roll < 0.55:
            name = rng.choice(NAMED[lang])
            frame = rng.choice(PROSE_FRAMES[lang])
            value = self.secret(self.values.password() if "PIN" not in name else str(rng.randrange(100000, 999999)))
            parts.append(fill_name(frame, name).replace("{v}", value))
        elif roll < 0.75:
            speaker = rng.choice(SPEAKERS)
            stamp = "[%02d:%02d] " % (rng.randrange(7, 23), rng.randrange(60)) if rng.random() < 0.6 else ""
            value = self.secret(self.values.secret())
            parts.append("%s%s: %s\n%s%s: %s" % (stamp, speaker, rng.choice(CHAT_LEAD[lang]), stamp, speaker, value))
        else:
            value = self.secret(self.values.password())
            parts.append(rng.choice(LOGIN_FRAMES[lang]).replace("{u}", rng.choice(USERS)).replace("{v}", value))
        if rng.random() < 0.45:
            parts.insert(rng.randrange(len(parts) + 1), self.prose_decoy())
        return "prose", "\n".join(parts)

    def prose_decoy(self):
        sentence, decoy = self.rng.choice(PROSE_DECOYS[self.lang])
        self.decoy(decoy)
        text = fill_name(sentence.replace("{d}", decoy), self.rng.choice(NAMED[self.lang]))
        return text + "."

    # terminal
    def terminal(self):
        rng = self.rng
        prompt = rng.choice(PROMPTS)
        lines = [self.intro()] if rng.random() < 0.5 else []
        blocks = []
        for _ in range(rng.choice([1, 1, 2])):
            command = rng.choice(SECRET_COMMANDS)
            if "wg genkey" in command:
                value = self.values.wg_key()
            elif "openssl rand -hex" in command or "master.key" in command:
                value = self.values.chars("0123456789abcdef", 64 if "rand" in command else 32)
            elif "openssl rand -base64" in command:
                value = self.values.wg_key()
            elif "gh auth token" in command:
                value = "gho_" + self.values.chars(ALNUM, 36)
            elif "vault-token" in command:
                value = "hvs." + self.values.chars(ALNUM, 24)
            else:
                value = self.values.secret()
            blocks.append("%s%s\n%s" % (prompt, command, self.secret(value)))
        if rng.random() < 0.6:
            blocks.insert(rng.randrange(len(blocks) + 1), self.decoy_command(prompt))
        lines.extend(blocks)
        if rng.random() < 0.5:
            lines.append(prompt.rstrip())
        return "terminal", "\n".join(line for line in lines if line)

    def decoy_command(self, prompt):
        command, kind = self.rng.choice(DECOY_COMMANDS)
        v = self.values
        if kind == "commit":
            out = self.decoy(v.chars("0123456789abcdef", 40))
        elif kind == "commits":
            ids = [v.chars("0123456789abcdef", 7) for _ in range(3)]
            out = "\n".join("%s %s" % (i, m) for i, m in zip(ids, ["fix: retry on 503", "docs: README",
                                                                     "chore: bump deps"]))
            self.decoy(ids[0])
        elif kind == "sha256":
            out = "%s  release.tar.gz" % self.decoy(v.chars("0123456789abcdef", 64))
        elif kind == "md5":
            out = "%s  backup.sql.gz" % self.decoy(v.chars("0123456789abcdef", 32))
        elif kind == "uuid":
            out = self.decoy(v.uuid())
        elif kind == "wgpub":
            out = self.decoy(v.wg_key())
        elif kind == "fingerprint":
            fp = "SHA256:" + v.wg_key().rstrip("=")
            out = "256 %s kari@mac (ED25519)" % self.decoy(fp)
        elif kind == "images":
            out = "%s registry.orbit.example/shop-api\n%s postgres" % (self.decoy(v.chars("0123456789abcdef", 12)),
                                                                      v.chars("0123456789abcdef", 12))
        elif kind == "etag":
            out = "etag: \"%s\"" % self.decoy(v.chars("0123456789abcdef", 32))
        elif kind == "versions":
            out = "NAME  STATE    CREATED              DESTROYED\n3     enabled  2026-02-27T09:14:03  -\n2     disabled  2025-11-02T08:00:12  -"
            self.decoy("enabled")
        elif kind == "secretlist":
            out = "NAME        TYPE                                  DATA   AGE\ndb-creds    Opaque                                2      41d\ntls-shop    kubernetes.io/tls                     2      12d"
            self.decoy("db-creds")
        elif kind == "metadata":
            out = "current_version         4\ncreated_time            2026-01-12T08:13:44.1Z\nmax_versions            0"
            self.decoy("2026-01-12T08:13:44.1Z")
        elif kind == "sshpub":
            out = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s kari@mac" % self.decoy(v.chars(ALNUM, 43))
        else:
            out = "x-request-id: %s" % self.decoy(v.uuid())
        return "%s%s\n%s" % (prompt, command, out)

    # devices
    def device(self):
        rng, v = self.rng, self.values
        vendor = rng.choice(["cisco", "cisco", "cisco", "juniper", "mikrotik", "hp", "forti"])
        lines = []
        secrets = rng.choice([1, 1, 2, 2, 3])
        for _ in range(secrets):
            if vendor == "cisco":
                if rng.random() < 0.45:
                    frame, kind = rng.choice(CISCO_HASH_LINES)
                    lines.append(frame.replace("{u}", rng.choice(USERS)).replace("{h}", self.secret(getattr(v, kind)())))
                else:
                    lines.append(self.password_line(rng.choice(CISCO_SECRET_LINES)))
            elif vendor == "juniper":
                frame, kind = rng.choice(JUNIPER_LINES)
                if kind:
                    lines.append(frame.replace("{u}", rng.choice(USERS)).replace("{h}", self.secret(getattr(v, kind)())))
                else:
                    lines.append(self.password_line(frame))
            elif vendor == "mikrotik":
                lines.append(self.password_line(rng.choice(MIKROTIK_LINES), quoting=False))
            elif vendor == "hp":
                lines.append(self.password_line(rng.choice(HP_LINES)))
            else:
                lines.append(self.password_line(rng.choice(FORTI_LINES), quoting=False))
        neutral = {"cisco": CISCO_NEUTRAL, "juniper": JUNIPER_NEUTRAL}.get(vendor, [])
        for line in rng.sample(neutral, min(len(neutral), rng.choice([1, 2, 3]))):
            lines.insert(rng.randrange(len(lines) + 1), line)
        if vendor == "cisco" and rng.random() < 0.5:
            self.decoy(rng.choice(["service password-encryption", "security passwords min-length 10"]))
        if vendor == "forti":
            lines = ["config vpn ipsec phase1-interface", "    edit \"to-hq\""] + lines + ["    next", "end"]
        intro = self.intro() if rng.random() < 0.4 else ""
        return "device_" + vendor, (intro + "\n" if intro else "") + "\n".join(lines)

    def password_line(self, frame, quoting=True):
        value = self.values.password()
        if not quoting:
            value = value.replace(" ", "")
        return frame.replace("{u}", self.rng.choice(USERS)).replace("{p}", self.secret(value))

    # service files
    def service(self):
        rng, v = self.rng, self.values
        kind = rng.choice(sorted(SERVICE_FILES) + ["openvpn_static"])
        if kind == "openvpn_static":
            keylines = [v.chars("0123456789abcdef", 32) for _ in range(rng.choice([4, 8, 16]))]
            for line in keylines:
                self.secret(line)
            tag = rng.choice(["tls-auth", "tls-crypt", "secret"])
            text = "<%s>\n-----BEGIN OpenVPN Static key V1-----\n%s\n-----END OpenVPN Static key V1-----\n</%s>" % (
                tag, "\n".join(keylines), tag)
            if tag == "tls-auth":
                text = "key-direction 1\n" + text
            return "service_openvpn_static", text
        frame = rng.choice(SERVICE_FILES[kind])
        fills = {
            "{u}": rng.choice(USERS), "{hex64}": v.chars("0123456789abcdef", 64), "{hex32}": v.chars("0123456789abcdef", 32),
            "{h_apr1}": v.apr1(), "{h_bcrypt}": v.bcrypt(), "{h_sha512}": v.sha512crypt(),
            "{b64sha}": base64.b64encode(bytes(rng.randrange(256) for _ in range(20))).decode(),
            "{b64s}": "%s:%s$%s:%s" % (v.chars(ALNUM, 22), v.chars(ALNUM, 22), v.chars(ALNUM, 43), v.chars(ALNUM, 43)),
            "{wg}": v.wg_key(), "{p}": v.password().replace("\"", ""), "{q}": v.tokenish().replace("/", "_").replace("+", "-"),
        }
        text = frame
        for slot in ["{hex64}", "{hex32}", "{h_apr1}", "{h_bcrypt}", "{h_sha512}", "{b64sha}", "{b64s}", "{wg}", "{p}", "{q}"]:
            if slot in text:
                label = "URL_CREDENTIAL" if kind == "git_credentials" else "ENV_SECRET"
                value = fills[slot]
                if kind == "pgbouncer_userlist" and slot in ("{hex32}", "{b64s}"):
                    value = ("md5" + value) if slot == "{hex32}" else "SCRAM-SHA-256$4096:" + value
                    text = text.replace(("md5" + slot) if slot == "{hex32}" else "SCRAM-SHA-256$4096:" + slot, slot)
                self.secret(value, label)
                text = text.replace(slot, value)
        if "{wgpub_decoy}" in text:
            text = text.replace("{wgpub_decoy}", self.decoy(v.wg_key()))
        text = text.replace("{u}", fills["{u}"]).replace("{{", "{").replace("}}", "}")
        if rng.random() < 0.35:
            text = self.intro() + "\n" + text
        return "service_" + kind, text

    # HTTP
    def http(self):
        rng, v = self.rng, self.values
        lines = []
        if rng.random() < 0.55:
            header = rng.choice(HTTP_SECRET)
            fills = {"{t}": v.token(), "{hex}": v.chars("0123456789abcdef", 40), "{hex32}": v.chars("0123456789abcdef", 32),
                     "{basic}": base64.b64encode(("%s:%s" % (rng.choice(USERS), v.password())).encode()).decode()}
            for slot in ["{t}", "{hex32}", "{hex}", "{basic}"]:
                if slot in header:
                    header = header.replace(slot, self.secret(fills[slot]))
            header = header.replace("{nonce}", self.decoy(v.chars("0123456789abcdef", 32)))
            lines.append(rng.choice(CURL_FRAMES).replace("{h}", header))
        else:
            url = rng.choice(QUERY_SECRET)
            fills = {"{t}": v.token(), "{hex}": v.chars("0123456789abcdef", 32), "{hex64}": v.chars("0123456789abcdef", 64),
                     "{sas}": base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
                     .replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")}
            for slot in ["{t}", "{hex64}", "{hex}", "{sas}"]:
                if slot in url:
                    url = url.replace(slot, self.secret(fills[slot]))
            lines.append(rng.choice(["{u}", "curl -o db.bak '{u}'", "GET {u}", "wget \"{u}\""]).replace("{u}", url))
        for _ in range(rng.choice([0, 1, 1, 2])):
            lines.insert(rng.randrange(len(lines) + 1), self.http_decoy())
        if rng.random() < 0.3:
            lines.insert(0, self.intro())
        return "http", "\n".join(line for line in lines if line)

    def http_decoy(self):
        line, decoy = self.rng.choice(HTTP_DECOYS)
        v = self.values
        fills = {"{uuid}": v.uuid(), "{hex32}": v.chars("0123456789abcdef", 32), "{hex16}": v.chars("0123456789abcdef", 16),
                 "{hex24}": v.chars("0123456789abcdef", 24), "{b64_32}": v.wg_key()}
        for slot, value in fills.items():
            line = line.replace(slot, value)
            decoy = decoy.replace(slot, value)
        self.decoy(decoy)
        return line

    # vendor shapes
    def vendor(self):
        rng, v = self.rng, self.values
        kind = rng.choice(["azure_client_secret", "azure_client_secret", "azure_client_secret", "azure_storage_key",
                           "azure_devops_pat"])
        value = self.secret(getattr(v, kind)())
        frame = rng.choice(VENDOR_FRAMES[self.lang] + VENDOR_BARE)
        text = frame.replace("{v}", value)
        if "{uuid}" in text:
            text = text.replace("{uuid}", self.decoy(v.uuid()))
        return "vendor_" + kind, text

    # decoys only, in the same places
    def decoys_only(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return "decoy_prose", self.prose_decoy() + "\n" + self.prose_decoy()
        if roll < 0.6:
            prompt = rng.choice(PROMPTS)
            return "decoy_terminal", self.decoy_command(prompt) + "\n" + self.decoy_command(prompt)
        if roll < 0.85:
            return "decoy_http", "\n".join(self.http_decoy() for _ in range(rng.choice([2, 3])))
        lines = rng.sample(CISCO_NEUTRAL, 5)
        for line in lines:
            if line.strip() not in ("!",) and len(line.strip()) > 8:
                self.decoy(line.strip())
        return "decoy_device", "\n".join(lines)


def fill_name(frame, name):
    capital = name[:1].upper() + name[1:]
    return frame.replace("{N}", capital).replace("{n}", name)


IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
EMAIL = re.compile(r"(?<![\w.+:-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def personal(text):
    """The hosts' addresses and the mail addresses the places hold are personal data of their own types."""
    found = [("IP_ADDRESS", ip) for ip in IPV4.findall(text)
             if not ip.startswith(("0.", "255."))]
    found += [("EMAIL", mail) for mail in EMAIL.findall(text)
              if "." in mail.split("@")[1] and not mail.startswith("noreply@")]  # a sender that takes no replies
    return found


def finish(text, entities, decoys):
    """Label every value and the addresses the places hold besides (label())."""
    entities = entities + [item for item in personal(text) if all(item[1] not in value for _, value in entities)]
    return label(text, entities, decoys)


def generate():
    rng = random.Random(SEED)
    values = Values(rng)
    return write_cases(rng, COUNT, LANGS, lambda lang: Case(rng, values, lang), [
        (0.30, lambda case, lang: case.prose()),
        (0.47, lambda case, lang: case.terminal()),
        (0.60, lambda case, lang: case.device()),
        (0.74, lambda case, lang: case.service()),
        (0.86, lambda case, lang: case.http()),
        (0.92, lambda case, lang: case.vendor()),
        (1.0, lambda case, lang: case.decoys_only()),
    ], finish, "secret-places")


def main(argv):
    return census_main(argv, generate, "generate_secret_places.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
