#!/usr/bin/env python3
"""generate_values5.py — the secrets census, round 5: the value's own characters, and how each
container quotes, escapes and ends a value.

    python3 generate_values5.py > values5.jsonl
    python3 generate_values5.py --check values5.jsonl    TAP: the committed file is what this writes

Rounds 1–4 (generate_secrets.py, generate_secret_places.py, generate_admin_secrets.py,
generate_credentials3.py) enumerated containers × key names × places; their values came from a few
generators. This round holds the places simple and enumerates the values people put in a password
and the quoting each container gives them, sampled (seed 14_0505) to 360 cases:
  values      a symbol of every ASCII class at the start, in the middle and at the end of a password
              (! # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \\ ] ^ _ ` { | } ~ and "), national letters
              (æøåäöüßéñ, Cyrillic), spaces (passphrases, diceware, sentences), very short (4–7
              characters) and very long (64–200), all digits (PINs of 6–12 digits), lowercase words,
              words with digits (`Sommer2024!`), base64 with = + /, hex, values that look like a
              path, a URL, an e-mail address or a JSON string, values holding a literal `${` or `%`;
  containers  .env bare, '…' and "…" (with \\" and \\\\), `export` (shell quoting), YAML plain, '…'
              (with ''), "…" and block scalars | and >, JSON (\\", \\\\, \\/, \\u00e6), TOML basic
              and literal strings, INI with a ; or # comment after the value, .properties with \\
              escapes and the : separator, XML elements (&amp; &lt; &gt; &quot; &apos;), attributes
              and CDATA, shell '…', "…", $'…' and backslash escapes in commands, PowerShell "…" with
              backtick escapes and '…' with '', SQL '…' with '', URL userinfo percent-encoded
              (`p%40ss`, URL_CREDENTIAL), query strings (form-encoded), ODBC `PWD={…}` (with }}) and
              ADO.NET `Password="…"` (with "") connection strings, docker-compose lists and maps ($
              written $$), Kubernetes env, CLI flags `--password=` and `-p '…'`, chat prose in the six
              languages: the value as the last word before the full stop, in "…", '…', « … » and `…`
              (no «…» without blanks: the evaluator counts no occurrence right inside non-ASCII quotes).
Decided: the label is exactly the value as the text writes it inside the container — without the
quotes the container adds, with its escapes as written (`pa\\"ss` in JSON, `p&amp;ss` in XML,
`p%40ss` in a URL, `it''s` in SQL, `a$$b` in docker-compose): that is the span a reader must mask,
since the scrubber sees the text, not the parsed value. A password under a credential key is
ENV_SECRET; the password of a URL's userinfo is URL_CREDENTIAL, as the other censuses label them.
Each value occurs once in its text (a value drawn again if it occurs elsewhere).
Decoys in the same syntaxes and quoting: placeholders and references (`${DB_PASSWORD}`, `%(pw)s`,
`{{ .Values.password }}`, `<password>`, `changeme`, `********`, `$DB_PASSWORD`), booleans, host and
user names, and empty values (which have no label and must get no mask).

Each line: {"id", "lang", "shape", "text", "entities": [{"type", "value"}], "decoys": [...]}, the
format of tests/scrub/realistic; the shape is the container, the id ends with the value's class. Written from the formats'
documentation and from how people write, before reading the scrubber's rules. Python stdlib only,
deterministic."""
import base64
import json
import random
import sys
import urllib.parse
from census_common import ALNUM, DIGITS, LANGS, LOWER, UPPER, label, main as census_main

SEED = 140505
COUNT = 360

SYMBOLS = "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\""

# ---- values --------------------------------------------------------------------------------------------
NATIONAL_WORDS = ["Blåbær", "Smørbrød", "Fjellstue", "Kärlek", "Fjärilsöga", "Größe", "Straße", "Würstchen",
                  "Mañana", "Niño", "Été", "Crème", "Bjørnebær", "Sjöbod", "Frühstück", "Añejo", "Garçon",
                  "Зима", "Медведь", "Пароль", "Солнце", "æblegrød", "øyvind", "snöflinga", "köttbullar"]
CYRILLIC_LOWER = ["снегопад", "морковка", "берёза", "котик"]
LOWER_WORDS = ["sunshine", "dragon", "monkey", "trollskog", "blomster", "hemmelig", "sommarstuga", "kanelbulle",
               "schmetterling", "kaninchen", "soleil", "papillon", "mariposa", "tortuga", "fotball", "vinter",
               "princess", "football", "chocolat", "lakrids"]
SEASONS = ["Sommer", "Vinter", "Høst", "Våren", "Hösten", "Sommar", "Winter", "Frühling", "Herbst", "Printemps",
           "Automne", "Verano", "Invierno", "Summer", "Autumn", "Januar", "Welcome", "Bienvenue", "Velkommen",
           "Passord", "Lösenord", "Passwort"]
PHRASE_WORDS = {
    "en": ["correct", "horse", "battery", "staple", "purple", "monkey", "dishwasher", "river", "candle", "orbit"],
    "no": ["fjell", "brunost", "elg", "vaffel", "fjord", "hytte", "ski", "tran", "måke", "lefse"],
    "sv": ["älg", "kanel", "stuga", "sill", "midsommar", "skärgård", "fika", "snö", "björk", "kräfta"],
    "de": ["apfel", "brezel", "tanne", "nebel", "zwerg", "kuchen", "würfel", "schrank", "igel", "moos"],
    "fr": ["fromage", "baguette", "nuage", "pomme", "hibou", "crêpe", "forêt", "marée", "lune", "vélo"],
    "es": ["gato", "cebolla", "nube", "sandía", "tortilla", "río", "búho", "guitarra", "playa", "montaña"],
}
SENTENCES = {
    "en": ["My cat is called Tiger 2019!", "I love pizza on Fridays", "Blue house at the end of road 7"],
    "no": ["Min katt heter Pus 2019!", "Jeg liker vafler på fredag", "Huset vårt er rødt 42"],
    "sv": ["Min hund heter Luna 2018!", "Jag gillar kanelbullar", "Vi bor vid sjön 9"],
    "de": ["Mein Hund heißt Bello 2017!", "Ich mag Käse am Montag", "Das Haus ist grün 12"],
    "fr": ["Mon chat s'appelle Minou 2020!", "J'aime le café noir", "La maison est bleue 8"],
    "es": ["Mi perro se llama Toby 2016!", "Me gusta la paella", "La casa es azul 5"],
}
DICEWARE = ["tulip", "anvil", "mosaic", "ribbon", "sofa", "cactus", "lagoon", "pepper", "violin", "walrus", "ember",
            "quartz", "saddle", "tundra", "zephyr", "banjo"]
HOSTS = ["db.internal", "pg-01.prod.lan", "mysql.shop.local", "redis.cache.svc", "sql01.corp.lan"]
USERS = ["app", "shop_rw", "svc_backup", "admin", "grafana", "deploy"]


class Values:
    """Raw values of each class; every choice drawn from `rng`."""

    def __init__(self, rng):
        self.rng = rng

    def chars(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def base(self, low=8, high=13):
        n = self.rng.randrange(low, high)
        while True:
            value = self.chars(LOWER + UPPER + DIGITS, n)
            if any(c in LOWER for c in value) and any(c in UPPER for c in value) and any(c in DIGITS for c in value):
                return value

    def symbol(self, where):
        sym = self.rng.choice(SYMBOLS)
        body = self.base()
        if where == "start":
            return sym + body
        if where == "end":
            return body + sym
        cut = self.rng.randrange(2, len(body) - 1)
        return body[:cut] + sym + body[cut:]

    def national(self):
        if self.rng.random() < 0.2:
            return self.rng.choice(CYRILLIC_LOWER) + str(self.rng.randrange(10, 2030))
        word = self.rng.choice(NATIONAL_WORDS)
        return word + self.rng.choice(["", "_", "-", "."]) + str(self.rng.randrange(1, 9999)) + \
            self.rng.choice(["", "!", "#", "?", "*"])

    def spaces(self, lang):
        roll = self.rng.random()
        if roll < 0.4:
            return " ".join(self.rng.sample(PHRASE_WORDS[lang], self.rng.choice([3, 4, 5])))
        if roll < 0.7:
            return " ".join(self.rng.sample(DICEWARE, self.rng.choice([4, 5, 6])))
        return self.rng.choice(SENTENCES[lang])

    def short(self):
        n = self.rng.randrange(4, 8)
        while True:
            value = self.chars(LOWER + UPPER + DIGITS + "!#%*?@", n)
            if value[0].isalnum() and any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                return value

    def long(self):
        n = self.rng.randrange(64, 201)
        return self.chars(ALNUM + "!#%*+-.?@^_~", n - 1) + self.rng.choice(ALNUM)

    def digits(self):
        return "".join(self.rng.choice("0123456789") for _ in range(self.rng.randrange(6, 13)))

    def lower(self):
        if self.rng.random() < 0.5:
            return self.rng.choice(LOWER_WORDS)
        return self.rng.choice(LOWER_WORDS) + self.rng.choice(LOWER_WORDS)

    def word_digits(self):
        return (self.rng.choice(SEASONS) + str(self.rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 1, 12, 123]))
                + self.rng.choice(["", "!", "!", "?", "#", "$", "*", "."]))

    def b64(self):
        while True:
            raw = bytes(self.rng.randrange(256) for _ in range(self.rng.choice([16, 20, 25, 32, 40])))
            value = base64.b64encode(raw).decode()
            if "+" in value or "/" in value:
                return value

    def hex(self):
        return self.chars("0123456789abcdef", self.rng.choice([32, 40, 64]))

    def path(self):
        body = self.base(5, 9)
        return self.rng.choice(["/home/" + body + "/.x!", "C:\\Temp\\" + body + "#", "../" + body + "/k3y",
                                "~/" + body + ".d/x", "/" + body])

    def url(self):
        body = self.base(5, 9)
        return self.rng.choice(["https://" + body + ".no/x", "http://" + body, "ftp://" + body + "!/",
                                "www." + body + ".com"])

    def email(self):
        return self.rng.choice(USERS) + "@" + self.base(6, 9) + self.rng.choice(["", "!", ".no", "#"])

    def json_like(self):
        body = self.base(5, 9)
        return self.rng.choice(['{"k":"' + body + '"}', '["' + body + '",7]', '"' + body + '"', "{" + body + "}"])

    def literal(self):
        body = self.base(5, 9)
        return self.rng.choice(["pa${" + body + "}", "100%" + body, body + "%20x", "${" + body, "%" + body + "%",
                                body + "%s", "$" + body + "$"])


VALUE_CLASSES = [
    # (weight, class name, draw(values, lang))
    (9, "sym_start", lambda v, lang: v.symbol("start")),
    (9, "sym_mid", lambda v, lang: v.symbol("mid")),
    (9, "sym_end", lambda v, lang: v.symbol("end")),
    (6, "national", lambda v, lang: v.national()),
    (7, "spaces", lambda v, lang: v.spaces(lang)),
    (4, "short", lambda v, lang: v.short()),
    (4, "long", lambda v, lang: v.long()),
    (4, "digits", lambda v, lang: v.digits()),
    (4, "lower", lambda v, lang: v.lower()),
    (5, "word_digits", lambda v, lang: v.word_digits()),
    (3, "base64", lambda v, lang: v.b64()),
    (2, "hex", lambda v, lang: v.hex()),
    (3, "path", lambda v, lang: v.path()),
    (2, "url", lambda v, lang: v.url()),
    (2, "email", lambda v, lang: v.email()),
    (2, "json", lambda v, lang: v.json_like()),
    (3, "literal", lambda v, lang: v.literal()),
]

DECOYS = ["${DB_PASSWORD}", "%(pw)s", "{{ .Values.password }}", "<password>", "changeme", "********", "true",
          "false", "$DB_PASSWORD", "", "{{ db_password }}", "xxx", "<your-password>", "REPLACE_ME"]


# ---- quoting -------------------------------------------------------------------------------------------
class Reject(Exception):
    """The container cannot hold this value as people write it."""


def need(condition):
    if not condition:
        raise Reject()


def has_space_edge(v):
    return v != v.strip()


def sh_single(v):
    need("'" not in v)
    return "'" + v + "'", v


def sh_double(v):
    inner = "".join("\\" + c if c in '"$`\\' else c for c in v)
    return '"' + inner + '"', inner


def sh_ansi(v):
    inner = "".join("\\" + c if c in "'\\" else c for c in v)
    return "$'" + inner + "'", inner


def sh_backslash(v):
    inner = "".join(c if c.isalnum() or c in "_-.,/:@%+=" or ord(c) > 127 else "\\" + c for c in v)
    return inner, inner


def sh_any(rng, v):
    """A shell word as people quote it: bare when nothing needs quoting, '…' when no ', else "…"."""
    if all(c.isalnum() or c in "_-.,/:@%+=" for c in v) and rng.random() < 0.5:
        return v, v
    if "'" not in v and rng.random() < 0.7:
        return sh_single(v)
    return rng.choice([sh_double, sh_ansi, sh_backslash])(v)


YAML_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


def yaml_plain(v):
    need(v[0] not in YAML_INDICATORS and ": " not in v and " #" not in v and not v.endswith(":")
         and not has_space_edge(v) and v.lower() not in ("true", "false", "yes", "no", "null", "on", "off"))
    return v, v


def yaml_single(v):
    inner = v.replace("'", "''")
    return "'" + inner + "'", inner


def yaml_double(v):
    inner = v.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + inner + '"', inner


def yaml_any(rng, v):
    try:
        if rng.random() < 0.5:
            return yaml_plain(v)
    except Reject:
        pass
    return rng.choice([yaml_single, yaml_double])(v)


def json_string(rng, v):
    slash = rng.random() < 0.4
    ascii_only = rng.random() < 0.5
    out = []
    for c in v:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "/" and slash:
            out.append("\\/")
        elif ord(c) > 127 and ascii_only:
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    inner = "".join(out)
    return '"' + inner + '"', inner


def xml_text(rng, v, attribute=False):
    quot = attribute or rng.random() < 0.3
    table = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" if quot else '"',
             "'": "&apos;" if rng.random() < 0.3 else "'"}
    inner = "".join(table.get(c, c) for c in v)
    return inner, inner


def percent(rng, v):
    safe = rng.choice(["", "", "!*'()~"])
    inner = urllib.parse.quote(v, safe=safe)
    return inner, inner


# ---- containers ----------------------------------------------------------------------------------------
ENV_KEYS = ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD",
            "ADMIN_PASSWORD", "APP_SECRET", "MAIL_PASS", "WIFI_PSK", "LDAP_BIND_PASSWORD"]
LOWER_KEYS = {
    "en": ["password", "db_password", "passwd", "secret", "admin_password", "smtp_pass"],
    "no": ["password", "passord", "db_passord", "hemmelighet"],
    "sv": ["password", "lösenord", "losenord", "db_password"],
    "de": ["password", "passwort", "kennwort", "db_passwort"],
    "fr": ["password", "mot_de_passe", "mdp", "motdepasse"],
    "es": ["password", "contraseña", "clave", "contrasena"],
}
PROPERTY_KEYS = ["spring.datasource.password", "db.password", "mail.smtp.password", "jdbc.password",
                 "ldap.manager.password"]


def lower_key(rng, lang):
    key = rng.choice(LOWER_KEYS[lang])
    return key if rng.random() < 0.7 else "password"


def c_env_bare(rng, lang, key, v):
    need(not any(c.isspace() for c in v) and not any(c in "\"'\\`" for c in v) and "$" not in v and v[0] != "#")
    return "%s=%s" % (key, v), v


def c_env_single(rng, lang, key, v):
    need("'" not in v)
    return "%s='%s'" % (key, v), v


def c_env_double(rng, lang, key, v):
    inner = "".join("\\" + c if c in '"\\$' else c for c in v)
    return '%s="%s"' % (key, inner), inner


def c_export(rng, lang, key, v):
    word, inner = sh_any(rng, v)
    return "export %s=%s" % (key, word), inner


def c_yaml(rng, lang, key, v):
    key = lower_key(rng, lang)
    word, inner = yaml_any(rng, v)
    return rng.choice(["database:\n  host: %s\n  %s: %s", "smtp:\n  host: %s\n  %s: %s"]) % (
        rng.choice(HOSTS), key, word), inner


def c_yaml_block(rng, lang, key, v):
    need(not has_space_edge(v))
    key = lower_key(rng, lang)
    style = rng.choice(["|", ">", "|-", ">-"])
    return "auth:\n  %s: %s\n    %s\n  user: %s" % (key, style, v, rng.choice(USERS)), v


def c_json(rng, lang, key, v):
    key = lower_key(rng, lang)
    word, inner = json_string(rng, v)
    user = rng.choice(USERS)
    if rng.random() < 0.5:
        return '{"user": "%s", "%s": %s}' % (user, key, word), inner
    return '{\n  "db": {\n    "user": "%s",\n    "%s": %s,\n    "port": 5432\n  }\n}' % (user, key, word), inner


def c_toml(rng, lang, key, v):
    key = lower_key(rng, lang)
    key = key if key.isascii() else '"%s"' % key
    if "'" not in v and rng.random() < 0.5:
        word, inner = "'%s'" % v, v
    else:
        inner = v.replace("\\", "\\\\").replace('"', '\\"')
        word = '"%s"' % inner
    return "[database]\nuser = \"%s\"\n%s = %s" % (rng.choice(USERS), key, word), inner


def c_ini(rng, lang, key, v):
    need(not has_space_edge(v) and v[0] not in ";#" and " ;" not in v and " #" not in v and "\t" not in v)
    key = lower_key(rng, lang)
    comment = rng.choice(["", "", "   ; rotated 2024-03", "  # changed after the audit", " ;old one expired"])
    return "[database]\nhost = %s\n%s = %s%s" % (rng.choice(HOSTS), key, v, comment), v


def c_properties(rng, lang, key, v):
    key = rng.choice(PROPERTY_KEYS)
    stored = rng.random() < 0.5   # as Properties.store writes it; else as people type it
    out = []
    for i, c in enumerate(v):
        if c == "\\":
            out.append("\\\\")
        elif stored and c in ":=#!":
            out.append("\\" + c)
        elif stored and ord(c) > 126:
            out.append("\\u%04x" % ord(c))
        elif c == " " and i == 0:
            out.append("\\ ")
        else:
            out.append(c)
    inner = "".join(out)
    sep = rng.choice(["=", "=", ":", " = ", ": "])
    return "spring.datasource.username%s%s\n%s%s%s" % (sep, rng.choice(USERS), key, sep, inner), inner


def c_xml(rng, lang, key, v):
    roll = rng.random()
    if roll < 0.45:
        _, inner = xml_text(rng, v)
        return "<datasource>\n  <username>%s</username>\n  <password>%s</password>\n</datasource>" % (
            rng.choice(USERS), inner), inner
    if roll < 0.75:
        _, inner = xml_text(rng, v, attribute=True)
        return '<add key="DbPassword" value="%s" />' % inner if rng.random() < 0.5 else \
            '<user username="%s" password="%s" roles="admin"/>' % (rng.choice(USERS), inner), inner
    need("]]>" not in v)
    return "<server>\n  <id>nexus</id>\n  <password><![CDATA[%s]]></password>\n</server>" % v, v


def c_shell(rng, lang, key, v):
    user = rng.choice(USERS)
    roll = rng.random()
    if roll < 0.3:
        word, inner = sh_single(v)
        return "mysql -u %s -p%s shop" % (user, word), inner
    if roll < 0.55:
        word, inner = sh_double(v)
        return "sshpass -p %s ssh %s@%s" % (word, user, rng.choice(HOSTS)), inner
    if roll < 0.8:
        word, inner = sh_ansi(v)
        return "PGPASSWORD=%s psql -h %s -U %s shop" % (word, rng.choice(HOSTS), user), inner
    word, inner = sh_backslash(v)
    return "curl -u %s:%s https://api.example.com/v1/me" % (user, word), inner


def c_powershell(rng, lang, key, v):
    if rng.random() < 0.5:
        inner = "".join("`" + c if c in '"$`' else c for c in v)
        word = '"%s"' % inner
    else:
        inner = v.replace("'", "''")
        word = "'%s'" % inner
    return rng.choice(["$env:DB_PASSWORD = %s", "$pw = ConvertTo-SecureString %s -AsPlainText -Force",
                       "$cred = New-Object PSCredential('svc', (ConvertTo-SecureString %s -AsPlainText -Force))"]) % word, inner


def c_sql(rng, lang, key, v):
    inner = v.replace("'", "''")
    return rng.choice(["ALTER USER %s WITH PASSWORD '%%s';" % rng.choice(USERS),
                       "CREATE USER '%s'@'localhost' IDENTIFIED BY '%%s';" % rng.choice(USERS),
                       "ALTER LOGIN %s WITH PASSWORD = N'%%s';" % rng.choice(USERS),
                       "SET PASSWORD FOR '%s'@'%%%%' = '%%s';" % rng.choice(USERS)]) % inner, inner


def c_url(rng, lang, key, v):
    _, inner = percent(rng, v)
    return rng.choice(["postgres://%s:%s@%s:5432/shop", "mysql://%s:%s@%s/app", "amqp://%s:%s@%s:5672/",
                       "redis://%s:%s@%s:6379/0", "https://%s:%s@%s/repo.git"]) % (
        rng.choice(USERS), inner, rng.choice(HOSTS)), inner


def c_query(rng, lang, key, v):
    inner = urllib.parse.quote_plus(v)
    return rng.choice(["https://%s/login?user=%s&password=%s&next=%%2Fhome",
                       "GET /api/connect?host=%s&username=%s&pwd=%s HTTP/1.1"]) % (
        rng.choice(HOSTS), rng.choice(USERS), inner), inner


def c_odbc(rng, lang, key, v):
    if any(c in v for c in ";{}") or has_space_edge(v) or rng.random() < 0.5:
        inner = v.replace("}", "}}")
        word = "{%s}" % inner
    else:
        inner = word = v
    return "Driver={ODBC Driver 18 for SQL Server};Server=tcp:%s,1433;Database=shop;Uid=%s;Pwd=%s;Encrypt=yes;" % (
        rng.choice(HOSTS), rng.choice(USERS), word), inner


def c_adonet(rng, lang, key, v):
    if any(c in v for c in ";'\"") or has_space_edge(v) or rng.random() < 0.5:
        if '"' in v or rng.random() < 0.5:
            inner = v.replace('"', '""')
            word = '"%s"' % inner
        else:
            need("'" not in v)
            inner, word = v, "'%s'" % v
    else:
        inner = word = v
    return "Server=%s;Database=shop;User Id=%s;Password=%s;TrustServerCertificate=True" % (
        rng.choice(HOSTS), rng.choice(USERS), word), inner


def c_compose(rng, lang, key, v):
    value = v.replace("$", "$$")
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            need(" #" not in value and ": " not in value and value[0] not in "'\"" and not has_space_edge(value))
            item, inner = "%s=%s" % (key, value), value
        else:
            word, inner = yaml_double(key + "=" + value)
            inner = inner[len(key) + 1:]
            item = word
        return "services:\n  db:\n    image: postgres:16\n    environment:\n      - %s" % item, inner
    word, inner = yaml_any(rng, value)
    return "services:\n  db:\n    image: mariadb:11\n    environment:\n      %s: %s" % (key, word), inner


def c_k8s(rng, lang, key, v):
    word, inner = yaml_any(rng, v)
    return "env:\n  - name: DB_USER\n    value: %s\n  - name: %s\n    value: %s" % (rng.choice(USERS), key, word), inner


def c_cli(rng, lang, key, v):
    word, inner = sh_any(rng, v)
    return rng.choice(["./manage.py createsuperuser --username admin --password=%s",
                       "mongo --host %s -u admin --password %%s" % rng.choice(HOSTS),
                       "ldapsearch -x -D cn=admin,dc=corp -w %s",
                       "redis-cli -a %s ping", "docker login registry.corp -u deploy -p %s",
                       "mysqldump -u root --password=%s shop > shop.sql"]) % word, inner


PROSE_BARE = {
    "en": ["The new Wi-Fi password is {v}.", "Log in as admin, the password is {v}.", "I changed it, it's now {v}."],
    "no": ["Det nye passordet er {v}.", "Logg inn som admin, passordet er {v}.", "Jeg byttet det, nå er det {v}."],
    "sv": ["Det nya lösenordet är {v}.", "Logga in som admin, lösenordet är {v}.", "Jag bytte det, nu är det {v}."],
    "de": ["Das neue WLAN-Passwort ist {v}.", "Login als admin, das Passwort lautet {v}.", "Ich habe es geändert, es ist jetzt {v}."],
    "fr": ["Le nouveau mot de passe est {v}.", "Connecte-toi en admin, le mot de passe est {v}.", "Je l'ai changé, c'est maintenant {v}."],
    "es": ["La nueva contraseña es {v}.", "Entra como admin, la contraseña es {v}.", "La he cambiado, ahora es {v}."],
}
PROSE_QUOTED = {
    "en": ["The password is {q} (without the quotes).", "Use {q} as the admin password for now.", "password: {q}"],
    "no": ["Passordet er {q} (uten anførselstegn).", "Bruk {q} som admin-passord inntil videre.", "passord: {q}"],
    "sv": ["Lösenordet är {q} (utan citattecken).", "Använd {q} som adminlösenord så länge.", "lösenord: {q}"],
    "de": ["Das Passwort ist {q} (ohne Anführungszeichen).", "Nimm {q} als Admin-Passwort.", "Kennwort: {q}"],
    "fr": ["Le mot de passe est {q} (sans les guillemets).", "Utilise {q} comme mot de passe admin.", "mdp : {q}"],
    "es": ["La contraseña es {q} (sin las comillas).", "Usa {q} como contraseña de admin.", "clave: {q}"],
}
# Quotes around a value in chat. The evaluator reads a value's occurrence as a whole word, and a byte of a
# non-ASCII character counts as a word byte, so a value right inside «…», „…“ or ”…” is never an
# occurrence it can score: guillemets are written the French way, a blank inside each.
QUOTES = {"en": [('"', '"'), ("`", "`"), ("'", "'")], "no": [("« ", " »"), ('"', '"'), ("`", "`")],
          "sv": [('"', '"'), ("`", "`"), ("'", "'")], "de": [('"', '"'), ("`", "`"), ("'", "'")],
          "fr": [("« ", " »"), ("« ", " »"), ("`", "`")], "es": [("« ", " »"), ('"', '"'), ("`", "`")]}
INTROS = {
    "en": ["Why does this not connect?", "Here is my config:", "Can you spot the error?"],
    "no": ["Hvorfor kobler den ikke til?", "Her er konfigen min:", "Ser du feilen?"],
    "sv": ["Varför ansluter den inte?", "Här är min konfiguration:", "Ser du felet?"],
    "de": ["Warum verbindet das nicht?", "Hier ist meine Konfiguration:", "Siehst du den Fehler?"],
    "fr": ["Pourquoi ça ne se connecte pas ?", "Voici ma config :", "Tu vois l'erreur ?"],
    "es": ["¿Por qué no conecta?", "Esta es mi configuración:", "¿Ves el error?"],
}


def c_prose_bare(rng, lang, key, v):
    need(not any(c.isspace() for c in v) and not any(c in "\"'«»„“”`" for c in v) and v[-1] not in ".,")
    return rng.choice(PROSE_BARE[lang]).replace("{v}", v), v


def c_prose_quoted(rng, lang, key, v):
    left, right = rng.choice(QUOTES[lang])
    need(left.strip() not in v and right.strip() not in v and not has_space_edge(v))
    return rng.choice(PROSE_QUOTED[lang]).replace("{q}", left + v + right), v


CONTAINERS = [
    ("env_bare", c_env_bare), ("env_single", c_env_single), ("env_double", c_env_double), ("export", c_export),
    ("yaml", c_yaml), ("yaml_block", c_yaml_block), ("json", c_json), ("toml", c_toml), ("ini", c_ini),
    ("properties", c_properties), ("xml", c_xml), ("shell", c_shell), ("powershell", c_powershell),
    ("sql", c_sql), ("url", c_url), ("query", c_query), ("odbc", c_odbc), ("adonet", c_adonet),
    ("compose", c_compose), ("k8s", c_k8s), ("cli", c_cli), ("prose", c_prose_bare),
    ("prose_quoted", c_prose_quoted),
]
# Config containers, where a placeholder, a reference, a boolean or nothing stands in a password's place
# (in a command or a SQL statement `true` or `changeme` would be the password itself).
DECOY_CONTAINERS = [c for c in CONTAINERS if c[0] in ("env_bare", "env_single", "env_double", "export", "yaml",
                                                      "json", "toml", "ini", "properties", "xml", "compose", "k8s")]


def draw_class(rng):
    total = sum(w for w, _, _ in VALUE_CLASSES)
    roll = rng.random() * total
    for weight, name, draw in VALUE_CLASSES:
        if roll < weight:
            return name, draw
        roll -= weight
    return VALUE_CLASSES[-1][1], VALUE_CLASSES[-1][2]


def secret_case(rng, values, lang):
    """One value of a drawn class in the first container (in a drawn order) that holds it."""
    name, draw = draw_class(rng)
    order = CONTAINERS[:]
    rng.shuffle(order)
    for _ in range(40):
        value = draw(values, lang)
        for cname, write in order:
            try:
                text, inner = write(rng, lang, rng.choice(ENV_KEYS), value)
            except Reject:
                continue
            if text.count(inner) == 1:
                return cname, name, text, inner
    raise RuntimeError("no container holds a %s value" % name)


def decoy_snippet(rng, lang):
    """A placeholder, reference, boolean or empty value where a password stands."""
    cname, write = rng.choice(DECOY_CONTAINERS)
    value = rng.choice(DECOYS) or "\x01"   # an empty value: written around a mark, then the mark taken out
    try:
        text, inner = write(rng, lang, rng.choice(ENV_KEYS), value)
    except Reject:
        cname, (text, inner) = "env_single", c_env_single(rng, lang, rng.choice(ENV_KEYS), value)
    return cname, text.replace("\x01", ""), inner.replace("\x01", "")


def make_case(rng, values, index):
    lang = LANGS[index % len(LANGS)]
    entities, decoys, parts = [], [], []
    if rng.random() < 0.12:
        cname, text, inner = decoy_snippet(rng, lang)
        parts.append(text)
        decoys.append(inner)
        shape, vclass = cname, "decoy"
    else:
        cname, vclass, text, inner = secret_case(rng, values, lang)
        parts.append(text)
        entities.append(("URL_CREDENTIAL" if cname == "url" else "ENV_SECRET", inner))
        shape = cname
        if rng.random() < 0.25:
            _, dtext, dinner = decoy_snippet(rng, lang)
            parts.insert(rng.randrange(2), dtext)
            decoys.append(dinner)
    if not cname.startswith("prose") and rng.random() < 0.5:
        parts.insert(0, rng.choice(INTROS[lang]))
    text = "\n".join(parts)
    labels, kept = label(text, entities, decoys)
    return {"id": "values5-%d-%s" % (index, vclass), "lang": lang, "shape": shape, "text": text, "entities": labels,
            "decoys": kept}


def generate():
    rng = random.Random(SEED)
    values = Values(rng)
    return "".join(json.dumps(make_case(rng, values, i), ensure_ascii=False) + "\n" for i in range(COUNT))


def main(argv):
    return census_main(argv, generate, "generate_values5.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
