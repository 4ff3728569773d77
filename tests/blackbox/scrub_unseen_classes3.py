#!/usr/bin/env python3
"""Classes of values the sixth development half showed missed (issue 15), probed by class
with values and phrasings of this file's own: passphrases made of plain words (after a
password word in six languages, in a properties file, quoted in a fetchmail rc), quoted
passphrases with blanks, names joined to their value by ":=", "<-", "=>", a bar or a table
cell, the short password words "lösen", "contra" and "mdp", tools that take a password
positionally (keytool, lftp, smbclient, PasswordAuthentication, DBI->connect); routing
numbers on a cheque's MICR line and in a NACHA file; birth dates with Roman months, the
year first before a month's name, a capital month with an accent, a place between the
date and "geboren", and after ", f." behind a name. Each case checks that the provider
never sees the values and the client gets its text back; a last case checks that what
only looks like these stays: an HTTP version after a token path, words after a password
word with a short word among them, a date that is no birth date."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

SECRETS = [
    ("the guest wifi password is lamp walnut ferry 47.", ["lamp walnut ferry 47"]),
    ("hei — søstera mi trenger wifi-passordet: gravel tundra pillow", ["gravel tundra pillow"]),
    ("hallo, das WLAN-Passwort: meadow copper violin 19", ["meadow copper violin 19"]),
    ("coucou, le mot de passe wifi : falcon anchor quartz", ["falcon anchor quartz"]),
    ("hola, la clave del wifi: lemon harbor tiger 88", ["lemon harbor tiger 88"]),
    ("# gradle.properties\nsigning.password=walnut meadow gravel 31\n", ["walnut meadow gravel 31"]),
    ("poll mail.example.org protocol IMAP\n  user 'a@example.org' there with password 'anchor violin falcon' is 'a' here\n",
     ["anchor violin falcon"]),
    ('vault_passphrase: "quartz lemon tundra 5!"', ["quartz lemon tundra 5!"]),
    ("DB_PASS := Hq7wNx2Lp9\nadmin.password <- Zr4tGk8Vm2\nmy %c = (smtp_pass => \"Pd6yQs3Jx8\");\n",
     ["Hq7wNx2Lp9", "Zr4tGk8Vm2", "Pd6yQs3Jx8"]),
    ("webhook_secret|4f9a0c2e7b1d8e3f6a5c9b0d2e4f7a1c\n| Password | Nm5bVx8Cq2 |\n",
     ["4f9a0c2e7b1d8e3f6a5c9b0d2e4f7a1c", "Nm5bVx8Cq2"]),
    ("lösen: Kv3#pLm9Qz — skicka inte vidare!\ncontra: Tg8%rWn2Yx — no la compartas.\nmdp : Fb2*sDk7Hj — merci",
     ["Kv3#pLm9Qz", "Tg8%rWn2Yx", "Fb2*sDk7Hj"]),
    ("$ keytool -storepass Wq5eRt7Yu9 -list\n$ lftp -u deploy,Jk4lMn6Bv8 sftp://h\n$ smbclient //fs/s -U etl%Xc3vBn5Mq7\n",
     ["Wq5eRt7Yu9", "Jk4lMn6Bv8", "Xc3vBn5Mq7"]),
    ('return new PasswordAuthentication("a@example.org", "Lp8oKi7Ju6".toCharArray());\n'
     "my $dbh = DBI->connect('dbi:Pg:dbname=crm', 'etl', 'Mn9bVc8Xz7');\n", ["Lp8oKi7Ju6", "Mn9bVc8Xz7"]),
]

OTHERS = [
    ("PAY TO THE ORDER OF A. B. ... $12.00\n|:021000021|: 123456789012|| 1042\n\u2446011000138\u2446 9988776655\u2448",
     ["021000021", "011000138"]),
    ("101 121000358 1234567890240101A094101\n5220 ACME PAYROLL\n622 026009593 55512345678 0000150000 A B\n",
     ["121000358", "026009593"]),
    ("Pasient Hansen, f. 02.IX.1950, Merknader: ingen.\nPasient Berg, f. 1979 mai 11, tlf 22 33 44 55.",
     ["02.IX.1950", "1979 mai 11"]),
    ("Patientin Weber, Geburtsdatum 26 M\u00c4R 1965.\nSie wurde am 17. M\u00e4rz 1984 in Hamburg geboren.",
     ["26 M\u00c4R 1965", "17. M\u00e4rz 1984"]),
    ("Date naiss. 14/07/1982 \u2014 dossier 4471\nReceiving DFI Identification: 121000358",
     ["14/07/1982", "121000358"]),
]

# What only looks like the values above: it reaches the provider as written.
KEPT = ("POST /oauth/token HTTP/1.1\nHost: auth.example.org\n\n"
        "the password is stored in the vault; password reset link sent.\n"
        "Release 2024 mai 11 notes; the meeting is on 1979-05-11 in room 4.")


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("passphrases of words, quoted with blanks, odd separators, short words, positional passwords",
               expect_cases_unseen, gw, mock, SECRETS)
    suite.case("routing numbers on cheques and in NACHA files, birth dates in new forms",
               expect_cases_unseen, gw, mock, OTHERS)
    suite.case("HTTP versions, prose after a password word and other dates stay",
               expect_cases_kept, gw, mock, [KEPT])
