#!/usr/bin/env python3
"""Classes of numbers and addresses the heldout5 and dev10 halves showed missed or masked
wrongly (issue 15), probed by class with values and phrasings of this file's own: mobiles
written with their '+' dropped, in one block or spaced after the country code, in prose, a
config comment, a SIP log and a care form, in six countries' ranges; North America's 1 and
ten digits after "text" and under a contact export's "Phone 1 - Value" column; Spain's
mobiles in dashes 3-2-2-2; a number after a compound that ends in a phone's name
("Vakttelefon"); a Steuer-ID in one block in a booking line, and after "Steuer-ID" inside a
DATEV row whose header has a "Konto" column; birth dates spaced year first before a birthday
word, after "Fdato" and "(b.", and the Swedish "9/10 48"; an address before ':' and a
password (Postfix's sasl_passwd); an IPv4 address padded to three digits. A last case checks
that what only looks like them stays: cron's and a daemon's senders on internal host names,
no-reply senders, SSH remotes, numbers after "Order number", "Employer identification
number", an account key or label, a case file, Maestro-like twelve digits in one block. Each
case checks that the provider never sees the values and the client gets its text back."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

PHONES = [
    ("Can you text 13127734418? It's Dana's desk line, she is at the fair all week.", ["13127734418"]),
    ("H\u00f6r av dig p\u00e5 46739182740 efter lunch, h\u00e4lsar Klas.", ["46739182740"]),
    ("P\u00e5r\u00f8rende: Kari Lie (datter), 47 48 12 30 97", ["47 48 12 30 97"]),
    ("Contact en cas d'urgence : Luc Perrin, 33 7 81 22 40 19", ["33 7 81 22 40 19"]),
    ("# el bot avisa a In\u00e9s al 34 698 112 407 si se cae el servicio", ["34 698 112 407"]),
    ("Bitte 4917398812345 per SMS Bescheid geben, das ist das Diensthandy von Jannes.", ["4917398812345"]),
    ("ping 447781234567 once the deploy is done", ["447781234567"]),
    ('callerid="Mona Berg" <46701928374>\nusername=4916247710932\n', ["46701928374", "4916247710932"]),
    ("Name,Phone 1 - Type,Phone 1 - Value,Notes\nOda Hauge,Mobile,17185302264,met at the fair\n",
     ["17185302264"]),
    ("a Roc\u00edo la localizas en el 688-41-20-57, dice Pilar.", ["688-41-20-57"]),
    ("- Vakttelefon: 4862 1937 (helg)\n- Notfalltelefon: 0171 4420913\n", ["4862 1937", "0171 4420913"]),
]

NUMBERS = [
    ("1200,00;S;EUR;4930;1800;1503;;Erstattung Jannik Thiel 67013432591\n", ["67013432591"]),
    ("Konto;Gegenkonto;Buchungstext\n4930;1800;Erstattung Jannik Thiel Steuer-ID 46981023056\n", ["46981023056"]),
    ("1961 11 04 \u00e4r f\u00f6delsedagen f\u00f6r mormor Signe, v\u00e5rdcentralen fr\u00e5gar.",
     ["1961 11 04"]),
    ("[smtp.gmail.com]:587 ola.nordmann77@gmail.com:Xk4!pQz9~rT2wLm\n", ["ola.nordmann77@gmail.com"]),
    ("Fdato: 270391, navn Kari Lunde\nThe applicant (b. 4 June 1972) signed.", ["270391", "4 June 1972"]),
    ("LOG: connection received: client_addr=093.184.216.034 port=5432\n", ["093.184.216.034"]),
    ("pappa Sune (f\u00f6dd 9/10 48) beh\u00f6ver f\u00f6rnya receptet.", ["9/10 48"]),
]

# What only looks like the values above: it reaches the provider as written (or keeps the part).
KEPT = [
    ("From: root@ip-10-1-22-33.ec2.internal (Cron Daemon)\nTo: deploy@ci-runner-4.local\n",
     "root@ip-10-1-22-33.ec2.internal"),
    ("From: root@ip-10-1-22-33.ec2.internal (Cron Daemon)\nTo: deploy@ci-runner-4.local\n",
     "deploy@ci-runner-4.local"),
    ("email.notif_from: noreply@lindqvist-bygg.se\n", "noreply@lindqvist-bygg.se"),
    ("git clone git@github.com:acme/web.git && scp out.tar deploy@files.example.net:backups2024.tar",
     "deploy@files.example.net:backups2024.tar"),
    "Order number 612345678 shipped on Monday.",
    "b Employer identification number  900882579",
    '{"accountNumber": "017412398845", "bankAccountType": "checking"}',
    "Account: 393512864010   [x] Checking",
    "Le num\u00e9ro de dossier 80951107239 concerne la succursale.",
    "Batch 675964982648 closed without errors.",
    "Bestellnummer 4917398812345 ist unterwegs; Rechnung Nr. 33781224019 folgt.",
]

with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("phones with the '+' dropped: one block or spaced after the code, six countries; North America "
               "after 'text' and under 'Phone 1 - Value'",
               expect_cases_unseen, gw, mock, PHONES, "phones")
    suite.case("a Steuer-ID in one block and after its cue in a DATEV row, birth dates spaced year first, "
               "after 'Fdato' and '(b.', an address before ':password', a padded IPv4 address",
               expect_cases_unseen, gw, mock, NUMBERS, "numbers")
    suite.case("internal and no-reply senders, SSH remotes, order, employer, account and case numbers, "
               "Maestro-like blocks stay",
               expect_cases_kept, gw, mock, KEPT)
