#!/usr/bin/env python3
"""Classes of secrets the fifth to seventh development halves showed missed (issue 15), probed
by class with values and phrasings of this file's own: the value before its password word
("… er passordet", "… is the password", "… ist das Passwort", "use … as the password") in six
languages; a password word, a clause of several words and a verb ("Das Passwort für die
Kiste im Keller ist …", "Le code wifi chez … c'est …"); "the pw is"; a year inside a password
("…2000*"); a chat question about a password without '?'; a login as "user / password"; a test
typing into a password field (Cypress, Playwright, Capybara); a password or key as a call's
positional argument (PDO, jwt.sign); WordPress salts; XML elements
with attributes or named by one; redis replies; a command's printed output; curlrc users;
passwords piped or given as a here-string to --password-stdin; one-dash flags and pass:
values; tools' password places (openssl passwd, xfreerdp /p:, net user); secrets set by a
CLI; headers set in a server's config; MySQL 8's IDENTIFIED WITH; a password column of an
INSERT; LDIF's "userPassword::"; a password changed "to" a value. Each case checks that the
provider never sees the values and the client gets its text back; a last case checks that
what only looks like these stays: sentences about a password, references, a port after
"login -p", a salt's placeholder phrase, a ticket's subject."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

BEFORE_THE_WORD = [
    ("Gw7#pLx2Qe er passordet til byggserveren, ikke del det.", ["Gw7#pLx2Qe"]),
    ("FYI Rt5$kMz8Vn is the new password for the jump host", ["Rt5$kMz8Vn"]),
    ("Hb3&nQw9Lc ist das neue WLAN-Passwort im Büro", ["Hb3&nQw9Lc"]),
    ("Jm6!tRx4Sd est le mot de passe du NAS", ["Jm6!tRx4Sd"]),
    ("Kp2%vBn7Yf es la contraseña del router", ["Kp2%vBn7Yf"]),
    ("Lq8*wCm3Zg är lösenordet till skrivaren", ["Lq8*wCm3Zg"]),
    ("just use Mn4^xDv6Ah as the password for now", ["Mn4^xDv6Ah"]),
]

AFTER_A_CLAUSE = [
    ("Das Passwort für die Test-Maschine im Keller ist Np9#yEb5Bj, bitte nicht weitergeben.", ["Np9#yEb5Bj"]),
    ("La contraseña del servidor de copias en casa de Luis Miguel es Pr3$zFc8Ck", ["Pr3$zFc8Ck"]),
    ("Le code wifi chez mamie c'est walnut ferry gravel 61.", ["walnut ferry gravel 61"]),
    ("Passordet til ruteren på hytta hos Kari Lunde er tundra lemon violin.", ["tundra lemon violin"]),
    ("nas login is backup and the pw is Vinter2000! - ask me", ["Vinter2000!"]),
    ("Kennwort: Sommer1999?\nmdp : Hiver2000* — merci", ["Sommer1999?", "Hiver2000*"]),
]

CHATS_AND_CODE = [
    ("[09:12] tor: whats the grafana admin pw again\n[09:13] ane: Qs5&gHd2Wk (not in #ops pls)",
     ["Qs5&gHd2Wk"]),
    ("/**\n * Deploys the bundle.\n * creds: deployer / Tu7!jKf3Xl — rotate monthly\n */", ["Tu7!jKf3Xl"]),
    ("cy.get('[data-cy=password]').type('Wv2@kLg6Ym', { log: false })\n"
     "await page.fill('input[type=\"password\"]', 'Xw8#lMh4Zn');\n"
     "fill_in 'Passwort', with: 'Yx3$mNj7Ao'\n", ["Wv2@kLg6Ym", "Xw8#lMh4Zn", "Yx3$mNj7Ao"]),
    ("define( 'LOGGED_IN_SALT', 'r8}Zq!2w^Lk#9vP@x4&Tm' );\ndefine( 'NONCE_KEY', 'e3>Hs$7nQ!b6Wz%1cJ' );\n",
     ["r8}Zq!2w^Lk#9vP@x4&Tm", "e3>Hs$7nQ!b6Wz%1cJ"]),
    ("<wsse:Password Type=\"#PasswordText\">Zy5%nPk8Bp</wsse:Password>\n"
     "<param name=\"db.password\">Az9^oQl2Cq</param>\n", ["Zy5%nPk8Bp", "Az9^oQl2Cq"]),
    ("play.crypto.secret.key = \"4e7c1a9f0b3d6e2a8c5f1b7d9e0a3c6f\"\n", ["4e7c1a9f0b3d6e2a8c5f1b7d9e0a3c6f"]),
    ("$db = new PDO('pgsql:host=db;dbname=crm', 'crm', 'Vl9^mMg3Xl');\n"
     "const token = jwt.sign(claims, 'Wm2&nNh6YmZq8', { expiresIn: '1h' });\n", ["Vl9^mMg3Xl", "Wm2&nNh6YmZq8"]),
]

SHELLS = [
    ("10.0.0.5:6379> HGETALL user:4412\n1) \"name\"\n2) \"x\"\n3) \"auth_token\"\n4) \"c2f7a91e3b5d8046fa12\"\n",
     ["c2f7a91e3b5d8046fa12"]),
    ("$ etcdctl get /config/payments/db_password --print-value-only\nBq4&rSm9Dr\n$ ls\n", ["Bq4&rSm9Dr"]),
    ("$ cat vpn-auth.txt\nmonitor@example.org\nCr7*tTn2Es\n$ openvpn --auth-user-pass vpn-auth.txt\n",
     ["Cr7*tTn2Es"]),
    ("# ~/.curlrc\nuser = \"svc_reports:Ds2!uUo5Ft\"\n", ["Ds2!uUo5Ft"]),
    ("  script:\n    - echo \"Et6#vVp8Gu\" | docker login -u ci --password-stdin registry.example.org\n"
     "    - printf '%s' 'Fu9$wWq3Hv' | helm registry login -u ci --password-stdin registry.example.org\n"
     "    - podman login -u ci --password-stdin quay.io <<< 'Gv4%xXr6Iw'\n",
     ["Et6#vVp8Gu", "Fu9$wWq3Hv", "Gv4%xXr6Iw"]),
    ("influx -host db -username admin -password Hw7&yYs9Jx\n"
     "apksigner sign --ks app.jks --ks-pass pass:Ix2*zZt4Ky app.apk\n", ["Hw7&yYs9Jx", "Ix2*zZt4Ky"]),
    ("useradd -m -p \"$(openssl passwd -6 Jy5!aAu7Lz)\" deploy\n"
     "xfreerdp /v:10.1.1.9 /u:admin /p:Kz8@bBv2Ma\nnet user svc_backup La3#cCw5Nb /add\n",
     ["Jy5!aAu7Lz", "Kz8@bBv2Ma", "La3#cCw5Nb"]),
    ("dotnet user-secrets set \"Smtp:Password\" \"Mb6$dDx8Oc\"\nyarn config set npmAuthToken Nc9%eEy3Pd\n",
     ["Mb6$dDx8Oc", "Nc9%eEy3Pd"]),
    ("location /api/ {\n  proxy_set_header Authorization \"Bearer Od4&fFz6QeRt8\";\n"
     "  proxy_set_header X-Api-Key Pe7*gGa9RfSu2;\n}\n", ["Od4&fFz6QeRt8", "Pe7*gGa9RfSu2"]),
    ("CREATE USER 'report'@'%' IDENTIFIED WITH mysql_native_password BY 'Qf2!hHb4Sg';\n", ["Qf2!hHb4Sg"]),
    ("INSERT INTO accounts (login, passwd) VALUES ('ops', 'Rg5@iIc7Th'), ('qa', 'Sh8#jJd2Ui');\n",
     ["Rg5@iIc7Th", "Sh8#jJd2Ui"]),
    ("dn: uid=kari,ou=people,dc=example,dc=org\nuserPassword:: e1NTSEF9Ti9xWmJ3N1Vq\n", ["e1NTSEF9Ti9xWmJ3N1Vq"]),
    ("Heads up: I reset the password to Tj3$kKe5Vj this morning; endret passordet til Uk6%lLf8Wk.",
     ["Tj3$kKe5Vj", "Uk6%lLf8Wk"]),
]

# What only looks like the values above: it reaches the provider as written.
KEPT = ("The password for the account is stored in the vault, and the password is never sent over email.\n"
        "reset the admin2fa password first\n"
        "echo \"$REGISTRY_PASSWORD\" | docker login -u ci --password-stdin registry.example.org\n"
        "ssh login -p 2222 bastion\n"
        "define( 'AUTH_SALT', 'put your unique phrase here' );\n"
        "{\"subject\": \"Can't reset my password\", \"requester\": {\"id\": 7}}\n"
        "The token limit for this model is 128k and the password policy needs 12 characters.")


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("a value before its password word, in six languages", expect_cases_unseen, gw, mock, BEFORE_THE_WORD)
    suite.case("a password word, a clause and a verb; 'pw is'; years inside passwords", expect_cases_unseen, gw, mock,
               AFTER_A_CLAUSE)
    suite.case("chat questions, user / password, test selectors, salts, XML attributes, dotted names",
               expect_cases_unseen, gw, mock, CHATS_AND_CODE)
    suite.case("redis replies, printed output, curlrc, piped passwords, tools' flags, CLI secrets, headers, SQL",
               expect_cases_unseen, gw, mock, SHELLS)
    suite.case("sentences about passwords, references, ports, placeholders and subjects stay",
               expect_cases_kept, gw, mock, [KEPT])
