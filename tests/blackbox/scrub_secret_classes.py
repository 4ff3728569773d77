#!/usr/bin/env python3
"""Secrets by class (issue 15, the ninth development half and the held-out figures): what
vendors publish as samples is no one's and reaches the provider as written (AWS's
...EXAMPLE keys, Stripe's test keys and cards, the networks' test cards, the documentation
IBANs, jwt.io's token), while a value only resembling one is still masked; an AWS secret
beside its key id with a blank, a line break, '=', an arrow, a joining word or a short label
between them, and one that opens with '/'; a file of logins as quoted pairs (pgbouncer's
userlist.txt); a Wi-Fi key written as a quoted passphrase (OpenWrt, wpa_supplicant); Windows'
net use, a Discord bot token passed to the client, a private key pasted cut off, a key before
the word that names it. Values and phrasings are this file's own."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

AWS_ID = "AKIAW3ZQ7RNT5HXLM2PD"
AWS_SECRET = "Vb8nQ2xZr/Lk5TmW9pHc3Jd7Fg1Ys6Ae4Uo0NwRt"
SLASH_SECRET = "/q7Hk2Lx9Wm+Zt4Rb8Nc1Vp6Dj3Fs5Gy0Ae2UoKw"

# Published samples: the provider gets them as written.
SAMPLES = [
    "JWT_SECRET=your-256-bit-secret\n",
    "Docs say use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as the example pair.",
    "[default]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n"
    "aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n",
    "STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\nSTRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx\n",
    "Test with 4242 4242 4242 4242, 5555 5555 5555 4444, 3782 822463 10005 or 4000 0027 6000 3184 (3-D Secure).",
    "Die Beispiel-IBAN DE89 3704 0044 0532 0130 00 und GB82 WEST 1234 5698 7654 32 stehen in jeder Doku.",
    "l'IBAN d'exemple FR14 2004 1010 0505 0001 3M02 606 n'est à personne",
    "# the docs' example, not ours: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ikpv"
    "aG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n",
]

# One character away from a sample, or a real value in a sample's place: masked.
NEAR_SAMPLES = [
    ("card 4111 1111 1111 1129 was charged twice", ["4111 1111 1111 1129"]),
    ("aws_access_key_id = AKIAIOSFODNN7EXAMPLF\naws_secret_access_key = "
     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ\n",
     ["AKIAIOSFODNN7EXAMPLF", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ"]),
    ("STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dd\n", ["sk_test_4eC39HqLyjWDarjtT1zdp7dd"]),
    ("IBAN DE26 5001 0517 1734 0727 04, thanks", ["DE26 5001 0517 1734 0727 04"]),
]

AWS_PAIRS = [
    ("%s %s\n" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("new keys:\n%s\n%s\n" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("%s = %s" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("%s -> %s" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("use %s with %s for the bucket" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("Schlüssel %s und %s, bitte rotieren" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("id=%s key=%s" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("%s\nSecret: %s\n" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("[\n  \"%s\",\n  \"%s\"\n]" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("keys:\n  - %s\n  - %s\n" % (AWS_ID, AWS_SECRET), [AWS_ID, AWS_SECRET]),
    ("SECRET=%s\n" % SLASH_SECRET, [SLASH_SECRET]),
    ("the secret is %s\n" % SLASH_SECRET, [SLASH_SECRET]),
]

FILES = [
    ("$ cat /etc/pgbouncer/userlist.txt\n\"orders_svc\" \"Wm4kTz9Qa7Lp\"\n\"reporting\" \"Hestehov#2024x\"\n",
     ["Wm4kTz9Qa7Lp", "Hestehov#2024x"]),
    ("root@gw:~# uci show wireless\nwireless.radio1.key='otter maple copper 77'\n", ["otter maple copper 77"]),
    ("config wifi-iface\n\toption ssid 'home'\n\toption key 'lantern spruce harbour kettle'\n",
     ["lantern spruce harbour kettle"]),
    ("network={\n  ssid=\"cabin\"\n  psk=\"river stone candle 12\"\n}\n", ["river stone candle 12"]),
    ("wireless.radio0.key='Qv3mTz8Kp2Lw'\n", ["Qv3mTz8Kp2Lw"]),
]

TOOLS_AND_CODE = [
    ("net use Y: \\\\nas01\\backup Pz7kWm2Rx9Lq /user:HOME\\per\n", ["Pz7kWm2Rx9Lq"]),
    ("bot.run('MTI4NDc1OTIwMzg0NzU2MTAyOQ.Hk3Lw9.Vq2Zx8Nn5KpB7mJc4Hd9Fs1Gy6Ae3UbRtQo')\n",
     ["MTI4NDc1OTIwMzg0NzU2MTAyOQ.Hk3Lw9.Vq2Zx8Nn5KpB7mJc4Hd9Fs1Gy6Ae3UbRtQo"]),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx8Lq2Wz7Nn5KpB7mJc4Hd9Fs1Gy6Ae3Ub0NxQo\n... (rest cut)\n",
     ["MIIEowIBAAKCAQEAx8Lq2Wz7Nn5KpB7mJc4Hd9Fs1Gy6Ae3Ub0NxQo"]),
    ("Wq2Zx8Nn5KpB7mJc4Hd9 is the new api key for staging", ["Wq2Zx8Nn5KpB7mJc4Hd9"]),
    ("Wq2Zx8Nn5KpB7mJc4Hd9 est la clé API de prod", ["Wq2Zx8Nn5KpB7mJc4Hd9"]),
]

# What only looks like the above: it reaches the provider as written.
KEPT = ("\"cl_showfps\" \"1\"\n\"name\" \"player one\"\n"
        "\"GET /index.html\" \"Mozilla/5.0\"\n"
        "key: \"ctrl shift p\"\n"
        "option ssid 'cabin wifi'\n"
        "AKIA and 40 characters of base64 make an AWS pair.\n")


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("vendors' published samples reach the provider as written", expect_cases_kept, gw, mock, SAMPLES)
    suite.case("a value one character from a sample is masked", expect_cases_unseen, gw, mock, NEAR_SAMPLES)
    suite.case("an AWS secret beside its key id in any pairing, and one opening with '/'",
               expect_cases_unseen, gw, mock, AWS_PAIRS)
    suite.case("logins as quoted pairs, Wi-Fi keys as quoted passphrases", expect_cases_unseen, gw, mock, FILES)
    suite.case("net use, a Discord bot token in code, a key cut off, a key before its name",
               expect_cases_unseen, gw, mock, TOOLS_AND_CODE)
    suite.case("two quoted words, key bindings and SSIDs stay", expect_cases_kept, gw, mock, [KEPT])
