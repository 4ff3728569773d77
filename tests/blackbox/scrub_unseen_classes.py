#!/usr/bin/env python3
"""Classes of values the realistic corpus's unseen halves showed missed (issue 15), probed
by class rather than by case: routing numbers under cues the lists lacked (R/T, RT#, ACH,
"Routingnummer", "code de routage", "número de tránsito", a cue a clause away, a dot
leader, a label joining two names), secrets named in other languages, by abbreviations,
by a parent key, by a table column, in HTTP headers, cookies, CLI flags and prose that
puts words between "password" and the value, dates of birth and phones in more written
forms. Each case checks that the provider never sees the values and that the client
gets its text back; a last case checks that placeholders and non-secrets still pass."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402


def aba(prefix):
    """A routing number from eight digits, its check digit by the 3-7-1 rule."""
    d = [int(c) for c in prefix]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return prefix + str((10 - total % 10) % 10)


R = [aba(p) for p in ("02100002", "07100001", "12200024", "26107458", "32227046", "05303896",
                      "11400049", "09100002", "04400011", "06100015", "10100004", "22237265")]

ROUTING = [
    ("R/T: %s\nRT# %s" % (R[0], R[1]), [R[0], R[1]]),
    ("ACH: %s" % R[2], [R[2]]),
    ("The routing number for our Chase branch in New York is %s." % R[3], [R[3]]),
    ("Routing Number .......... %s\nAccount Number .......... 000123456789" % R[4], [R[4]]),
    ("Routing and account numbers: %s and 000123456789" % R[5], [R[5]]),
    ("Routingnummer: %s. Rutingnummer %s." % (R[6], R[7]), [R[6], R[7]]),
    ("Code de routage %s, compte 12345678. N\u00famero de tr\u00e1nsito %s." % (R[8], R[9]), [R[8], R[9]]),
    ("%s \u00e4r bankens routingnummer. %s est le num\u00e9ro de routage." % (R[10], R[11]), [R[10], R[11]]),
    ("Bank code: %s\nRoutingnr. %s" % (R[1], R[2]), [R[1], R[2]]),
]

SECRETS = [
    ('{"mot_de_passe": "Vq7rT2mLxW9p", "contrase\u00f1a": "Hk4sN8dQzR2w"}', ["Vq7rT2mLxW9p", "Hk4sN8dQzR2w"]),
    ("hemmelighet: Zt5pW2nKqX8r\nAPI-Schl\u00fcssel: Lm3vB7cQ9sTa", ["Zt5pW2nKqX8r", "Lm3vB7cQ9sTa"]),
    ("PSWD=Ua1jM1tLB4pyyRy\ncreds: Tl4mMf1f4MUFWrl\nAPI_TOK=hG4i4s6AKsrpVf", ["Ua1jM1tLB4pyyRy", "Tl4mMf1f4MUFWrl",
                                                                         "hG4i4s6AKsrpVf"]),
    ('{"apiKeys": {"stripe": "Rk8vLq2Wx7Tz", "mail": "Pn3dYh6Jc1Vb"}}', ["Rk8vLq2Wx7Tz", "Pn3dYh6Jc1Vb"]),
    ("secrets:\n  db: Qe5rTy7Ui9Op\n  cache: Zx2cVb4Nm6Lk\n", ["Qe5rTy7Ui9Op", "Zx2cVb4Nm6Lk"]),
    ("service,username,password\nsmtp,mailer,Ws4eRd6Tf8Gy\n", ["Ws4eRd6Tf8Gy"]),
    (" id | username | api_key\n----+----------+--------------\n  1 | admin    | Hy7uJi9Ko1Lp\n", ["Hy7uJi9Ko1Lp"]),
    ("x-functions-key: Mn4bVc6Xz8As\nCookie: session=Df5gHj7Kl9Qw; theme=dark\nAuthorization: Er6tYu8Io0Pa3sDf2G",
     ["Mn4bVc6Xz8As", "Df5gHj7Kl9Qw", "Er6tYu8Io0Pa3sDf2G"]),
    ("./deploy --secret-key Gb3nMk5Lp7Qz --env prod\nzip -P Sx2dCf4Vg6Bh out.zip a", ["Gb3nMk5Lp7Qz", "Sx2dCf4Vg6Bh"]),
    ("Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd={Jk8lZx1Cv3Bn};", ["Jk8lZx1Cv3Bn"]),
    ("La contrase\u00f1a del wifi es Estrella2018?, no la compartas. Das Passwort f\u00fcrs WLAN lautet "
     "Pa55&544aUW, bitte nicht weitergeben.", ["Estrella2018?", "Pa55&544aUW"]),
    ("pasting my login: user ops@example.com, pass Hösten1992? \u2014 don't judge", ["Hösten1992?"]),
    ("Password (temporary): Tq4wEr6yUi8o\nmot de passe provisoire : Kd2fGh4jKl6z", ["Tq4wEr6yUi8o", "Kd2fGh4jKl6z"]),
    ("<ana> anyone know the stage redis pass?\n<oncall> ana: it's Chocolat2002* but use the vault",
     ["Chocolat2002*"]),
]

OTHERS = [
    ("Ola (f. 12.2.1987) og Kari (f. 14. des. 1978)", ["12.2.1987", "14. des. 1978"]),
    ("geb. 21.Oktober 1953; n\u00e9e le 10 d\u00e9c. 1952; f\u00f6dd 24:e maj 1987; DOB: 15 03 1969",
     ["21.Oktober 1953", "10 d\u00e9c. 1952", "24:e maj 1987", "15 03 1969"]),
    ("Pers.nr: 195606163078", ["195606163078"]),
    ("Mobil +49/160/21232181, Tel. +49 (0) 172/7614 9198, call (512)-876-8951 or (0047) 55774350",
     ["+49/160/21232181", "+49 (0) 172/7614 9198", "(512)-876-8951", "(0047) 55774350"]),
]

# Stand-ins and values in roles that are not secret: they reach the provider as written.
KEPT = ("DB_PASSWORD=${DB_PASSWORD}\napi_key: YOUR_API_KEY\nX-Api-Key: <your-api-key>\n"
        "Authorization: Bearer YOUR_TOKEN_HERE\nsecrets:\n  enabled: true\n"
        "Authorization: AWS4-HMAC-SHA256 Credential=x\nauth: required\nOrder #%s shipped; build 1.24.3; "
        "request_id: 3f2b9c1e-8d4a-4b6f-9e2d-1a2b3c4d5e6f; the password is in the vault" % R[0])


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("routing numbers under cues in six languages, a clause away or in forms",
               expect_cases_unseen, gw, mock, ROUTING)
    suite.case("secrets named in other languages, abbreviated, by a parent, a column, a header or in prose",
               expect_cases_unseen, gw, mock, SECRETS)
    suite.case("dates of birth and phones in more written forms", expect_cases_unseen, gw, mock, OTHERS)
    suite.case("placeholders, schemes, order numbers and versions stay", expect_cases_kept, gw, mock, [KEPT])
