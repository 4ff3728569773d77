#!/usr/bin/env python3
"""generate_secrets.py — the secrets census: credentials under every key name, in every container.

    python3 generate_secrets.py > secrets.jsonl
    python3 generate_secrets.py --check secrets.jsonl     TAP: the committed file is what this writes

A cross product, sampled (seed 15_2026) to 600 cases, of
  containers  .env and shell export, YAML, JSON, TOML, INI, .properties, XML elements and attributes,
              HCL, nginx/apache directives, PHP arrays, Python dicts and kwargs, Ruby hashes, JS
              objects, Go struct literals, Java/C# setters, CLI flags (--key value, --key=value,
              -p value), PowerShell, SQL IDENTIFIED BY / WITH PASSWORD, Dockerfile ENV/ARG, k8s env
              entries, systemd Environment=, logfmt and JSON log lines, Markdown tables, URLs with a
              password, and prose ("my password is …") in en, nb, sv, de, fr and es;
  key names   the words people use for a credential (password, passwd, pwd, pass, passphrase, secret,
              token, api key, access key, private key, client secret, auth, credential(s), bearer,
              signing key, webhook secret, salt, psk, community; passord, lösenord, Passwort,
              Kennwort, mot de passe, mdp, contraseña, clave, nøkkel, nyckel, Schlüssel, clé, llave,
              hemmelighet, hemlighet, Geheimnis, secreto …), with prefixes (db, smtp, redis, my app,
              admin …), in snake, SCREAMING, camel, Pascal, kebab, dotted, spaced and flat case;
  values      passwords (mixed classes, words and digits, passphrases of words), hex, base64,
              base64url and vendor-less random tokens of 16 to 64 characters;
  decoys      in the same containers: placeholders, references (secretKeyRef, password_file, env
              references), booleans and numbers under credential words (password_required: true,
              token_ttl: 3600, max_tokens: 512), keys that hold a credential word but name no
              credential (keyboard, primary_key, token_count, password_min_length, key_id,
              public_key, secret_name, token_url, tokenizer, auth_method …) and prose that uses the
              words without a value ("the password reset link expired").
Decided: a public key (`public_key: ssh-ed25519 AAAA…`), a key id and a secret's *name* in a vault
are not secrets and must stay; a lowercase passphrase of words under a password key is a secret.

Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic (scrub_evaluate reads it). Every occurrence of a value is labelled;
a decoy is kept only when it occurs once and apart from every value. Written from how people write
configs, never from the scrubber's rules. Python stdlib only, deterministic."""
import random
import sys
import census_common
from census_common import ALNUM, LANGS, label, write_cases, main as census_main

SEED = 152026
COUNT = 600

# ---- key names: tuples of words, by language ------------------------------------------------------
CRED_EN = [("password",), ("passwd",), ("pwd",), ("pass",), ("passphrase",), ("secret",), ("token",),
           ("api", "key"), ("access", "key"), ("private", "key"), ("client", "secret"), ("auth",),
           ("credential",), ("credentials",), ("bearer",), ("signing", "key"), ("webhook", "secret"),
           ("salt",), ("psk",), ("community",), ("secret", "key"), ("auth", "token"), ("access", "token"),
           ("refresh", "token"), ("api", "token"), ("encryption", "key"), ("master", "key"), ("app", "secret"),
           ("shared", "secret"), ("session", "secret"), ("hmac", "key"), ("license", "key")]
CRED_LANG = {
    "no": [("passord",), ("passordet",), ("nøkkel",), ("api", "nøkkel"), ("hemmelighet",), ("tilgangs", "nøkkel"),
           ("hemmelig", "nøkkel"), ("passord", "db")],
    "sv": [("lösenord",), ("lösenordet",), ("nyckel",), ("api", "nyckel"), ("hemlighet",), ("åtkomst", "nyckel"),
           ("hemlig", "nyckel")],
    "de": [("passwort",), ("kennwort",), ("schlüssel",), ("api", "schlüssel"), ("geheimnis",),
           ("zugangs", "schlüssel"), ("geheimer", "schlüssel"), ("zugangs", "token")],
    "fr": [("mot", "de", "passe"), ("mdp",), ("clé",), ("clé", "api"), ("secret",), ("clé", "secrète"),
           ("jeton",), ("jeton", "accès")],
    "es": [("contraseña",), ("clave",), ("llave",), ("clave", "api"), ("secreto",), ("clave", "secreta"),
           ("clave", "acceso"), ("contrasena",)],
}
PREFIXES = [(), (), (), ("db",), ("smtp",), ("redis",), ("my", "app"), ("admin",), ("mysql", "root"),
            ("ldap", "bind"), ("app",), ("mail",), ("backup",), ("vpn",), ("wifi",), ("svc",), ("root",),
            ("payments",), ("crm",), ("ftp",)]
STYLES = ["snake", "screaming", "camel", "pascal", "kebab", "dotted", "spaced", "flat"]


def cased(words, style):
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dotted":
        return ".".join(w.lower() for w in words)
    if style == "spaced":
        return " ".join(words)
    return "".join(w.lower() for w in words)


# ---- values ------------------------------------------------------------------------------------------
WORDS = ["falcon", "meadow", "quartz", "harbor", "tundra", "orbit", "maple", "cobalt", "lantern", "willow",
         "granite", "saffron", "velvet", "ember", "glacier", "pepper", "summit", "thistle", "copper", "raven",
         "sommer", "vinter", "fjell", "sol", "stjerne", "himmel", "sonne", "blume", "soleil", "lune", "luna",
         "playa"]


class Values(census_common.Values):
    """census_common's values over this census's words."""
    words = WORDS

    def secret(self, kind):
        return getattr(self, kind)()


PASSWORD_KINDS = ["password_mixed", "password_mixed", "password_words", "passphrase", "token"]
TOKEN_KINDS = ["hex", "base64", "base64url", "token", "token"]

# ---- decoys -------------------------------------------------------------------------------------------
PLACEHOLDERS = ["changeme", "<password>", "${DB_PASSWORD}", "{{ .Values.db.password }}", "%(pass)s", "$PASSWORD",
                "***", "xxxx", "your-api-key", "REPLACE_ME", "<your-token-here>", "${SECRET_KEY}",
                "{{ vault_db_password }}", "%API_TOKEN%", "********", "YOUR_SECRET_HERE", "TODO", "xxxxxxxxxxxxxxxx",
                "<redacted>", "$(cat /run/secrets/api_token)", "{{ secrets.API_KEY }}", "os.environ['SECRET_KEY']"]
# (key words, value, fixed style or None): a credential word under a key that holds no credential
NOT_SECRETS = [
    (("password", "required"), "true", None), (("token", "ttl"), "3600", None), (("max", "tokens"), "512", None),
    (("password", "min", "length"), "12", None), (("keyboard",), "de-nodeadkeys", None),
    (("primary", "key"), "customer_id", None), (("token", "count"), "18432", None),
    (("key", "id"), "kms-rotation-2024-07", None), (("secret", "name"), "prod/billing/db-creds", None),
    (("token", "url"), "https://auth.orbit.example/oauth2/token", None), (("tokenizer",), "cl100k_base", None),
    (("auth", "method"), "scram-sha-256", None), (("auth", "type"), "basic", None),
    (("api", "key", "header"), "X-Api-Key", None), (("credentials", "path"), "~/.aws/credentials", None),
    (("password", "file"), "/run/secrets/db_password", None), (("sort", "key"), "created_at", None),
    (("passenger", "count"), "4", None), (("password", "reset", "url"), "https://id.orbit.example/reset", None),
    (("secret", "rotation", "days"), "90", None), (("token", "expiry"), "15m", None),
    (("passord", "lengde"), "14", None), (("lösenord", "giltighet"), "90d", None),
    (("passwort", "ablauf"), "180", None), (("longueur", "mot", "de", "passe"), "16", None),
    (("contraseña", "caduca"), "false", None), (("key", "vault", "name"), "kv-billing-weu", None),
    (("ssh", "key", "type"), "ed25519", None), (("auth", "enabled"), "yes", None),
    (("token", "endpoint"), "/oauth/token", None), (("use", "ssl"), "true", None),
]
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci"
# prose that uses the words with no value: (sentence, the words that fill it)
PROSE_DECOY = {
    "en": [("the password reset link %s yesterday", ["expired", "broke"]),
           ("my token is %s after an hour", ["expired", "invalid", "revoked"]),
           ("the password is %s, it says", ["incorrect", "wrong", "expired"])],
    "no": [("lenken for å nullstille passordet %s i går", ["utløp", "sluttet å virke"]),
           ("passordet er %s, står det", ["feil", "ugyldig", "utløpt"])],
    "sv": [("länken för att återställa lösenordet %s i går", ["gick ut", "slutade fungera"]),
           ("lösenordet är %s enligt appen", ["fel", "ogiltigt", "utgånget"])],
    "de": [("der Link zum Zurücksetzen des Passworts ist %s", ["abgelaufen", "ungültig"]),
           ("das Passwort ist %s, sagt die App", ["falsch", "abgelaufen"])],
    "fr": [("le lien de réinitialisation du mot de passe a %s hier", ["expiré", "cessé de marcher"]),
           ("le mot de passe est %s, dit l'appli", ["incorrect", "invalide", "expiré"])],
    "es": [("el enlace para restablecer la contraseña %s ayer", ["caducó", "dejó de funcionar"]),
           ("la contraseña es %s, dice la app", ["incorrecta", "inválida"])],
}

# ---- containers: each renders (key words, value) as a line in its own syntax -------------------------
def styles_of(*styles):
    return list(styles)


CONTAINERS = {
    # name: (styles the key takes there, line format with {k} and {v}, languages)
    "env": (["screaming"], ["{k}={v}", "export {k}={v}", "export {k}=\"{v}\"", "{k}='{v}'"]),
    "yaml": (["snake", "camel", "kebab", "spaced"], ["{k}: {v}", "{k}: \"{v}\"", "  {k}: '{v}'"]),
    "json": (["snake", "camel", "screaming", "kebab", "dotted", "spaced"], ["\"{k}\": \"{v}\"", "{\"{k}\":\"{v}\"}"]),
    "toml": (["snake", "kebab"], ["{k} = \"{v}\"", "{k} = '{v}'"]),
    "ini": (["snake", "flat", "pascal", "spaced"], ["{k} = {v}", "{k}={v}"]),
    "properties": (["dotted", "camel", "snake"], ["{k}={v}", "{k} = {v}", "{k}: {v}"]),
    "xml_element": (["camel", "pascal", "snake", "kebab"], ["<{k}>{v}</{k}>"]),
    "xml_attribute": (["camel", "snake", "flat"], ["<connection host=\"db01\" {k}=\"{v}\" />",
                                                     "<add key=\"{k}\" value=\"{v}\" />"]),
    "hcl": (["snake"], ["{k} = \"{v}\"", "  {k}    = \"{v}\""]),
    "nginx": (["screaming", "snake"], ["fastcgi_param {k} \"{v}\";", "SetEnv {k} {v}", "env {k}={v};",
                                        "set ${k} \"{v}\";"]),
    "php": (["snake", "camel"], ["'{k}' => '{v}',", "\"{k}\" => \"{v}\","]),
    "python": (["snake"], ["\"{k}\": \"{v}\",", "'{k}': '{v}',", "client = connect(host=\"db01\", {k}=\"{v}\")",
                           "{k} = \"{v}\""]),
    "ruby": (["snake"], ["{k}: \"{v}\",", ":{k} => '{v}',", "config.{k} = \"{v}\""]),
    "js": (["camel", "snake"], ["{k}: '{v}',", "{k}: \"{v}\",", "const {k} = \"{v}\";", "process.env.{K} = '{v}';"]),
    "go": (["pascal"], ["{k}: \"{v}\",", "{k}:   `{v}`,"]),
    "java": (["pascal"], ["ds.set{k}(\"{v}\");", "cfg.{k} = \"{v}\";", "builder.with{k}(\"{v}\")"]),
    "cli_space": (["kebab"], ["mytool login --{k} {v}", "./deploy.sh --{k} '{v}' --env prod"]),
    "cli_equals": (["kebab", "snake"], ["mytool sync --{k}={v}", "--{k}=\"{v}\""]),
    "powershell": (["camel", "pascal"], ["${k} = '{v}'", "${k} = \"{v}\"",
                                         "$env:{K} = \"{v}\""]),
    "dockerfile": (["screaming"], ["ENV {k}={v}", "ARG {k}={v}", "ENV {k} {v}"]),
    "k8s_env": (["screaming"], ["- name: {k}\n  value: \"{v}\"", "- name: {k}\n  value: {v}"]),
    "systemd": (["screaming"], ["Environment={k}={v}", "Environment=\"{k}={v}\""]),
    "logfmt": (["snake", "camel"], ["level=debug msg=\"connecting\" {k}={v} host=db01",
                                    "time=2026-03-02T10:11:12Z {k}=\"{v}\" status=401"]),
    "jsonlog": (["snake", "camel"], ["{\"level\":\"debug\",\"msg\":\"login\",\"{k}\":\"{v}\",\"status\":401}"]),
    "markdown": (["spaced", "screaming", "snake"], ["| {k} | `{v}` |", "| {k} | {v} |"]),
}
# containers whose line holds no key: the credential follows a word or a short flag
FIXED = {
    "cli_short": ["mysql -u root -p'{v}' shop", "redis-cli -h cache01 -a {v} ping", "sshpass -p '{v}' ssh ops@bastion",
                  "sqlcmd -S db01 -U sa -P {v} -Q \"SELECT 1\"", "docker login -u deploy -p {v} registry.orbit.example",
                  "mongosh -u admin -p {v} --authenticationDatabase admin"],
    "sql": ["CREATE USER 'report'@'%' IDENTIFIED BY '{v}';", "ALTER USER app WITH PASSWORD '{v}';",
            "ALTER LOGIN etl WITH PASSWORD = '{v}';", "CREATE ROLE svc LOGIN PASSWORD '{v}';"],
    "url": ["DATABASE_URL=postgres://app:{v}@db01.orbit.internal:5432/shop",
            "redis://:{v}@cache01:6379/0", "amqp://etl:{v}@mq.orbit.internal:5672/",
            "git clone https://deploy:{v}@git.orbit.example/ops/infra.git",
            "mongodb://admin:{v}@mongo01:27017/?authSource=admin"],
}
PROSE = {
    "en": ["my {k} is {v}", "the {k} is {v} for now", "{K}: {v} (please rotate it)", "use {v} as the {k}",
           "here is the {k} you asked for: {v}"],
    "no": ["{K} er {v}", "{K} er {v} inntil videre", "{K}: {v}", "Nytt {k} er {v}"],
    "sv": ["{K} är {v}", "{K} är {v} tills vidare", "{K}: {v}", "Nya {k} är {v}"],
    "de": ["{K} ist {v}", "{K} lautet {v}", "{K}: {v}", "{K} ist jetzt {v}"],
    "fr": ["{K} est {v}", "{K} est {v} pour l'instant", "{K} : {v}", "{K}, c'est {v}"],
    "es": ["{K} es {v}", "{K} es {v} por ahora", "{K}: {v}", "{K} nueva es {v}"],
}
PROSE_KEYS = {
    "en": ["password", "API key", "access token", "passphrase", "client secret", "db password", "wifi password",
           "secret key", "bearer token", "signing key", "webhook secret", "PSK"],
    "no": ["passordet", "API-nøkkelen", "tilgangsnøkkelen", "wifi-passordet", "hemmeligheten", "passordet til db"],
    "sv": ["lösenordet", "API-nyckeln", "åtkomstnyckeln", "wifi-lösenordet", "hemligheten", "lösenordet till db"],
    "de": ["das Passwort", "das Kennwort", "der API-Schlüssel", "der Zugangsschlüssel", "das WLAN-Passwort",
           "das Geheimnis"],
    "fr": ["le mot de passe", "le mdp", "la clé API", "la clé secrète", "le jeton d'accès", "le secret"],
    "es": ["la contraseña", "la clave", "la clave de API", "la clave secreta", "el token de acceso", "el secreto"],
}
NEUTRAL = {"env": "APP_ENV=production", "yaml": "host: db01.orbit.internal", "json": "\"port\": 5432",
           "toml": "port = 5432", "ini": "[database]", "properties": "server.port=8080",
           "xml_element": "<host>db01</host>", "xml_attribute": "<!-- connection -->", "hcl": "resource \"x\" \"db\" {",
           "nginx": "server_name api.orbit.example;", "php": "'host' => 'db01',", "python": "# settings",
           "ruby": "adapter: \"postgresql\",", "js": "host: 'db01',", "go": "Host: \"db01\",",
           "java": "ds.setUser(\"app\");", "cli_space": "# login first", "cli_equals": "# then sync",
           "powershell": "$server = 'db01'", "dockerfile": "FROM python:3.12-slim", "k8s_env": "env:",
           "systemd": "[Service]", "logfmt": "level=info msg=\"starting\"", "jsonlog": "{\"level\":\"info\"}",
           "markdown": "| name | value |\n|---|---|"}


class Case:
    def __init__(self, rng, values):
        self.rng = rng
        self.values = values
        self.entities = []    # (type, value)
        self.decoys = []

    def key_words(self, lang):
        words = self.rng.choice(CRED_EN if lang == "en" or self.rng.random() < 0.35 else CRED_LANG[lang])
        return self.rng.choice(PREFIXES) + words

    def secret_for(self, words):
        tokenish = any(w in ("token", "key", "secret", "bearer", "salt", "auth", "jeton", "nøkkel", "nyckel",
                             "schlüssel", "clé", "clave", "llave", "hemmelighet", "hemlighet", "geheimnis", "secreto",
                             "credential", "credentials", "psk") for w in words)
        kinds = TOKEN_KINDS + ["password_mixed"] if tokenish else PASSWORD_KINDS
        return self.values.secret(self.rng.choice(kinds))

    def keyed_line(self, container, words, value):
        styles, formats = CONTAINERS[container]
        style = self.rng.choice(styles)
        key = cased(words, style)
        if container in ("java",) and style == "pascal":
            pass
        fmt = self.rng.choice(formats)
        return fmt.replace("{K}", cased(words, "screaming")).replace("{k}", key).replace("{v}", value)

    def secret_line(self, container, lang):
        words = self.key_words(lang)
        value = self.secret_for(words)
        self.entities.append(("ENV_SECRET", value))
        return self.keyed_line(container, words, value)

    def decoy_line(self, container, lang):
        roll = self.rng.random()
        if roll < 0.45:
            words = self.key_words(lang)
            value = self.rng.choice(PLACEHOLDERS)
            self.decoys.append(value)
            return self.keyed_line(container, words, value)
        if roll < 0.55 and container in ("yaml", "json", "toml", "ini", "properties", "hcl", "python", "js"):
            value = PUBLIC_KEY % self.values.chars(ALNUM, 32)
            self.decoys.append(value)
            return self.keyed_line(container, ("public", "key"), value)
        words, value, _ = self.rng.choice(NOT_SECRETS)
        self.decoys.append(value)
        return self.keyed_line(container, words, value)

    def structured(self, lang):
        container = self.rng.choice(sorted(CONTAINERS))
        lines = []
        if self.rng.random() < 0.6:
            lines.append(NEUTRAL[container])
        secrets = self.rng.choice([0, 1, 1, 1, 2])
        decoys = self.rng.choice([0, 1, 1, 2]) if secrets else self.rng.choice([1, 2, 3])
        body = ["s"] * secrets + ["d"] * decoys
        self.rng.shuffle(body)
        for item in body:
            lines.append(self.secret_line(container, lang) if item == "s" else self.decoy_line(container, lang))
        return container, "\n".join(lines)

    def fixed(self, lang):
        container = self.rng.choice(sorted(FIXED))
        value = self.values.secret(self.rng.choice(PASSWORD_KINDS[:3] + ["token"]))
        if container == "url":
            value = value.replace("@", "").replace("?", "").replace("%", "")  # a URL's password is percent-encoded
        self.entities.append(("URL_CREDENTIAL" if container == "url" else "ENV_SECRET", value))
        return container, self.rng.choice(FIXED[container]).replace("{v}", value)

    def prose(self, lang):
        parts = []
        if self.rng.random() < 0.75:
            key = self.rng.choice(PROSE_KEYS[lang])
            value = self.values.secret(self.rng.choice(PASSWORD_KINDS + TOKEN_KINDS))
            self.entities.append(("ENV_SECRET", value))
            parts.append(self.rng.choice(PROSE[lang]).replace("{K}", key[:1].upper() + key[1:])
                         .replace("{k}", key).replace("{v}", value))
        if not parts or self.rng.random() < 0.5:
            sentence, words = self.rng.choice(PROSE_DECOY[lang])
            word = self.rng.choice(words)
            self.decoys.append(word)
            phrase = sentence % word
            parts.insert(self.rng.randrange(len(parts) + 1), phrase[:1].upper() + phrase[1:] + ".")
        return "prose", "\n".join(parts)


def generate():
    rng = random.Random(SEED)
    values = Values(rng)
    return write_cases(rng, COUNT, LANGS, lambda lang: Case(rng, values), [
        (0.7, lambda case, lang: case.structured(lang)),
        (0.8, lambda case, lang: case.fixed(lang)),
        (1.0, lambda case, lang: case.prose(lang)),
    ], label, "secrets")


def main(argv):
    return census_main(argv, generate, "generate_secrets.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
