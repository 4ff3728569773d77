#!/usr/bin/env python3
"""Classes of values the fourth and fifth development halves showed missed (issue 15),
probed by class with values and phrasings of this file's own: secrets whose value stands
on the line after its name (pretty-printed JSON, YAML block scalars), under a parent that
names them (CloudFormation parameters, a JWT section), triple-quoted, quoted with '&' in
them, named in camelCase in other languages ("motDePasse", "pass_phrase", "clave de API"),
passed positionally to redis, rabbitmqctl or Twilio's client, in prose with the service
between the word and the value or a login's outcome before it; phones in blank-aligned
tables (pandas), dotted and slashed national forms and right before another number; an SSN
after its last four digits; a national id under an "ID-Nr." column. Each case checks that
the provider never sees the values and the client gets its text back; a last case checks
that settings of a secret, references to a store, key fingerprints and public keys pass."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

SECRETS = [
    ('{\n  "db": {\n    "password":\n      "Mq7vLx2Rw9Tz"\n  }\n}', ["Mq7vLx2Rw9Tz"]),
    ("mail:\n  smtp_password: >-\n    Hk4sN8dQzR2w\n  apiToken: |\n    Zt5pW2nKqX8r\n", ["Hk4sN8dQzR2w", "Zt5pW2nKqX8r"]),
    ('{\n  "Jwt": {\n    "Key": "Lm3vB7cQ9sTa",\n    "Issuer": "shop"\n  }\n}', ["Lm3vB7cQ9sTa"]),
    ("Parameters:\n  AdminPassword:\n    Type: String\n    NoEcho: true\n    Default: 'Rk8vLq2Wx7Tz'\n",
     ["Rk8vLq2Wx7Tz"]),
    ('[database]\npassword = """Pn3dYh6Jc1Vb"""\n', ["Pn3dYh6Jc1Vb"]),
    ("SECRET_KEY = 'shop-insecure-q8!x2&k=v9!w3pz7m'\n", ["k=v9!w3pz7m"]),
    ("api:\n  motDePasse: Qe5rTy7Ui9Op\n  pass_phrase: 'Zx2cVb4Nm6Lk'\nredis_requirepass: Ws4eRd6Tf8Gy\n",
     ["Qe5rTy7Ui9Op", "Zx2cVb4Nm6Lk", "Ws4eRd6Tf8Gy"]),
    ("Adjunto: clave de API Hy7uJi9Ko1LpQw3e y cl\u00e9 d'API Mn4bVc6Xz8AsDf5g", ["Hy7uJi9Ko1LpQw3e", "Mn4bVc6Xz8AsDf5g"]),
    ("127.0.0.1:6379> AUTH worker Df5gHj7Kl9Qw\n127.0.0.1:6379> ACL SETUSER worker on >Er6tYu8Io0Pa ~jobs:* +@all\n"
     "$ rabbitmqctl add_user exporter Gb3nMk5Lp7Qz\n", ["Df5gHj7Kl9Qw", "Er6tYu8Io0Pa", "Gb3nMk5Lp7Qz"]),
    ('client = Client("AC0123456789abcdef0123456789abcdef", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")',
     ["9f8e7d6c5b4a39281706f5e4d3c2b1a0"]),
    ("le mot de passe postgres Sx2dCf4Vg6Bh ne marche plus; la contrase\u00f1a de la base de datos nueva es "
     "Jk8lZx1Cv3Bn, gracias", ["Sx2dCf4Vg6Bh", "Jk8lZx1Cv3Bn"]),
    ("ssh login failed with Tq4wEr6yUi8o this morning", ["Tq4wEr6yUi8o"]),
    ("$ mysql -u app -p'-Kd2fGh4jKl6z' shop", ["-Kd2fGh4jKl6z"]),
]

OTHERS = [
    ("       customer              phone        balance\n3    Ola Nordmann   5035550248    -12.50\n"
     "7    Kari Hansen    987.65.432    -3.10\n", ["5035550248", "987.65.432"]),
    ("Ring meg p\u00e5 934.51.207, eller Lena p\u00e5 073.441.22.98. Appelez le 04/72/18/93/55; "
     "fasttelefon 22-31-47-09.", ["934.51.207", "073.441.22.98", "04/72/18/93/55", "22-31-47-09"]),
    ("Thanks! Dana Whitfield (503) 555 0248 219873456 is my social", ["(503) 555 0248"]),
    ("SSN (last 4): 6789 \u2014 full: 412 58 6789\nSSN: 4821 \u2014 complete: 529-33-4821",
     ["412 58 6789", "529-33-4821"]),
    ("ansatt | navn | id_nr\n------+------+-----------\n 12 | Per | 8507099805\n", ["8507099805"]),
]

# Settings and references that stand where a secret would: they reach the provider as written.
KEPT = ("password_policy: strong\nsecret_name: prod/db/password\nsecret_ref: vault:db/creds\n"
        "password_hash: bcrypt\nhost key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq2Xv8Kd9s7Lm4Rt1Yp0Wb3Nc6Ze5Hf\n"
        "ssh_key: \"SHA256:Qm7Zr2Xp9Kd4Ls8Vt1Bn5Hc3Fj6Wg0Ye2Ua7Ri4Oe9\"\n"
        "fingerprint D3:41:37:7D:3A:A0:49:80:E5:5C:48:82:86:C8:4E:45\n"
        "Release 4.12.345 on 01.12.2023; build 112.23.45")


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("secrets on the next line, under a parent, quoted, in other languages, positional, in prose",
               expect_cases_unseen, gw, mock, SECRETS)
    suite.case("phones in aligned tables and national forms, an SSN after its last four, an id column",
               expect_cases_unseen, gw, mock, OTHERS)
    suite.case("settings of a secret, store references, fingerprints and public keys stay",
               expect_cases_kept, gw, mock, [KEPT])
