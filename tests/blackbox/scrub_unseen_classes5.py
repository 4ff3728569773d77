#!/usr/bin/env python3
"""Classes of secrets the eighth development half showed missed (issue 15), probed by class
with values and phrasings of this file's own: a typed value as a trace exporter or Rust's
Debug prints it ("db.password: Str(…)", Some("…")); a credential in a list (Keycloak's
"credentials": [{"type": "password", "value": …}]) and a key inside a setting's JSON string
(Hasura's JWT secret); a token after a remark in parentheses; the code to a door, a gate or an
alarm in six languages; a secret told by what one types ("the thing you type at the vpn
prompt is …", "was du beim VPN eintippst, ist …"); whose login is which ("Mary's is …"); a
value that opens with '&'; a tool's "-u USER -p …"; FTP's PASS and IMAP's LOGIN in a traced
write(); mount's comma-separated options. Each case checks that the provider never sees the
values and the client gets its text back; a last case checks that what only looks like these
stays: placeholders ("not-set", "xoxb-not-a-real-token"), error and build codes, a port after
-p, test runners' PASS lines, a route in Str(…)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

STRUCTURED = [
    ("Attributes:\n     -> http.route: Str(/v2/orders)\n     -> db.password: Str(Hq4&zRw8Tn)\n", ["Hq4&zRw8Tn"]),
    ("Config { user: \"app\", api_key: Some(\"Jr7vWq2LmZx9\") }\n", ["Jr7vWq2LmZx9"]),
    ("{\"username\": \"ops\", \"credentials\": [{\"type\": \"password\", \"value\": \"Ks3#pMv6Wd\", "
     "\"temporary\": false}]}\n", ["Ks3#pMv6Wd"]),
    ("AUTH_JWT_SECRET: '{\"type\":\"HS512\",\"key\":\"9f3b2c7a1e5d4f8b0a6c3e9d2b7f1a4c\"}'\n",
     ["9f3b2c7a1e5d4f8b0a6c3e9d2b7f1a4c"]),
    ("# webhook signing secret (copied from the portal): Lt8mQz2XvB4nRw6KpY1sDf9Hc\n", ["Lt8mQz2XvB4nRw6KpY1sDf9Hc"]),
]

PROSE = [
    ("Hi! the new code for the back gate is Mu5-kRt9-Pz, see you Friday", ["Mu5-kRt9-Pz"]),
    ("dørkoden til kontoret er Nv2#qWs7Lb fra mandag", ["Nv2#qWs7Lb"]),
    ("koden till porten är Ow8!rXt3Mc nu", ["Ow8!rXt3Mc"]),
    ("der Türcode lautet Px3$sYu6Nd, bitte nicht weitersagen", ["Px3$sYu6Nd"]),
    ("le digicode de l'immeuble c'est Qy6%tZv9Oe.", ["Qy6%tZv9Oe"]),
    ("el código de la puerta es Rz9*uAw2Pf desde hoy", ["Rz9*uAw2Pf"]),
    ("what you enter at the wifi prompt is Sa4^vBx5Qg, no spaces", ["Sa4^vBx5Qg"]),
    ("was du beim Router eingibst, ist Tb7&wCy8Rh", ["Tb7&wCy8Rh"]),
    ("ce que tu tapes sur le portail, c'est Uc2@xDz3Si", ["Uc2@xDz3Si"]),
    ("we each got a login for the NAS; Jonas's is Vd5#yEa6Tj and mine is We8$zFb9Uk", ["Vd5#yEa6Tj", "We8$zFb9Uk"]),
    ("le mot de passe, celui que tu tapes au bureau, c'est &Xf3!aGc2Vl", ["&Xf3!aGc2Vl"]),
]

SHELLS = [
    ("psexec \\\\fileserver -u CORP\\svc -p Yg6%bHd5Wm cmd /c dir\n", ["Yg6%bHd5Wm"]),
    ("write(4, \"PASS Zh9^cJe8Xn\\r\\n\", 17) = 17\nwrite(5, \"a7 LOGIN kari Ai2&dKf3Yo\\r\\n\", 28) = 28\n",
     ["Zh9^cJe8Xn", "Ai2&dKf3Yo"]),
    ("sudo mount -t cifs //nas/backup /mnt/b -o username=svc,password=Bj5*eLg6Zp,vers=3.0\n", ["Bj5*eLg6Zp"]),
]

# What only looks like the values above: it reaches the provider as written.
KEPT = ("{\"smtpServer\": {\"password\": \"not-set\"}}\n"
        "Docs say use xoxb-not-a-real-token as the example bot token.\n"
        "the error code is E1234567 and the code for the build is v2.3.4-rc1\n"
        "mysql -u root -p 3306 shop\n"
        "PASS  src/cart.test.js\n"
        "     -> http.route: Str(/v1/customers)\n"
        "the login page is down; ours is fine again\n")


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("typed values, credentials in lists, keys inside a JSON string, remarks before a token",
               expect_cases_unseen, gw, mock, STRUCTURED)
    suite.case("door codes in six languages, what one types, whose login, a value opening with '&'",
               expect_cases_unseen, gw, mock, PROSE)
    suite.case("-u USER -p, PASS and LOGIN in a traced write, mount's comma options",
               expect_cases_unseen, gw, mock, SHELLS)
    suite.case("placeholders, codes, ports, test runners and routes stay", expect_cases_kept, gw, mock, [KEPT])
