#!/usr/bin/env python3
"""Names a fifth readable corpus half showed missed (issue 15), probed by class with names and texts
written for this file: login handles made of a person's names ("given.surname" in small letters) in
mentions, log lines, config values and owners files; a surname before a comma and initials, as
reference lists, rankings and rosters write it ("Surname, I."), or a first name that is also a word
("Ekdahl, Per."); a full name in capitals before a comma ("ASTRID VANGSNES, born …"). Each case
checks that the provider never sees the names and that the client gets its text back. The last
cases check that what shares those shapes but is no person reaches the provider unchanged: dotted
code, files, hosts, mailboxes, words after a comma, pages, a product before its version, a team in parentheses after a name and a
club named after its city."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

HANDLES = [
    ("@harriet.bowman could you look at the failing job?", ["harriet.bowman"]),
    ("Hei @solveig.lindeman, kan du se på dette?", ["solveig.lindeman"]),
    ("sshd[812]: Accepted publickey for ingela.bergkvist from 10.0.0.7", ["ingela.bergkvist"]),
    ('<add key="Username" value="waltraud.oberhauser" />', ["waltraud.oberhauser"]),
    ("/src/pagos/   @remedios.albarran @equipo-pagos", ["remedios.albarran"]),
    ("  - login: kari-anne.tveit\n    groups: [wheel]", ["kari-anne.tveit"]),
]

INITIALS = [
    ("See Hollinshead, R. (2018) and Whitcombe, D. (2020) for the method.", ["Hollinshead", "Whitcombe"]),
    ("Classement : Lemarchand, É. devant les autres.", ["Lemarchand"]),
    ("Quelle: Brandauer, S. (2020): Datenschutz im Betrieb.", ["Brandauer"]),
    ("Resultat: Lindström, V. först i mål.", ["Lindström"]),
    ("Startlista: 7. Ekdahl, Per.", ["Ekdahl"]),
    ("Between ASTRID VANGSNES, born 4 May 1971, and Acme Ltd", ["ASTRID", "VANGSNES"]),
]

# What shares those shapes and is no person: it reaches the provider as written.
KEPT = [
    "call grace.period and max.length from the helper, then open maria.json and anna.yaml",
    "the host harriet.bowman.example.net is down; see mark.down() in utils/victor.ops",
    "Thanks, J. will reply. Appendix, B. lists the tables. Vgl. Anlage, S. 4.",
    "Prisma 5.14.0 cannot reach the database after the upgrade",
    "Chef Infra 18.4.2 — should I encrypt the data bags?",
]

TEAMS = [
    ("Results: 1. Gro Lie (Fortuna Köln), 2. Tove Aas.", "Fortuna Köln"),
    ("We sponsor Coventry Harriers now.", "Coventry Harriers"),
]


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("login handles made of a person's names, in six languages",
               expect_cases_unseen, gw, mock, HANDLES, "names")
    suite.case("a surname before a comma and initials or a first name; a full name in capitals before a comma",
               expect_cases_unseen, gw, mock, INITIALS, "names")
    suite.case("dotted code, files, hosts, words before an initial and products before a version stay",
               expect_cases_kept, gw, mock, KEPT)
    suite.case("a team in parentheses after a name, a club named after its city, stay",
               expect_cases_kept, gw, mock, TEAMS, "teams")
