#!/usr/bin/env python3
"""Names a seventh readable corpus half showed missed, and things it showed masked (issue 15), probed
by class with names and texts written for this file: a person's name typed in small letters in running
text with no cue before it ("can you ask rosalind pemberton and …", "ring vilgot engström på …", "llama a
eusebio cardona …"), in a code comment's TODO, a .mailmap line and a CSV row; a value after a register's
dotted leader ("Etternavn ...... Bakketun");
older and rarer given names of the six languages (Torbjørg, Notburga, Lucasta); and what is no person
though shaped like one: rooms and teams named after people ("Raum Humboldt", "salle Pasteur", "sala
Ramón y Cajal", "Squad Hopper"), a firm after "von" ("Unterlagen von Christian Dior"), small words that
are also first names, and a command after a shell's prompt. Each case checks that the provider never
sees the names (or sees the kept text unchanged) and that the client gets its text back."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

SMALL_LETTERS = [
    ("can you ask rosalind pemberton and oswald hartigan to sign the form?",
     ["rosalind pemberton", "oswald hartigan"]),
    ("vi møtte sunniva bakketun og eilert sveen på stasjonen i går", ["sunniva bakketun", "eilert sveen"]),
    ("ring vilgot engström på torsdag, han har nytt nummer", ["vilgot engström"]),
    ("bitte frag hartwig lindemann und edeltraud kessler morgen früh",
     ["hartwig lindemann", "edeltraud kessler"]),
    ("appelle gaspard lemaitre demain matin, il attend", ["gaspard lemaitre"]),
    ("llama a eusebio cardona mañana por la tarde", ["eusebio cardona"]),
]

STRUCTURES = [
    ("# TODO(leontine garnier): rotate this key before friday", ["leontine garnier"]),
    ("leontine garnier <lg@example.org> leontine garnier <leontine@example.org>", ["leontine garnier"]),
    ("guest,plus one\nbertil lindgren,yes\n", ["bertil lindgren"]),
    ("REGISTERUTSKRIFT\nFornavn ........ Sigvald\nEtternavn ...... Bakketun\n", ["Bakketun"]),
]

RARER_GIVEN_NAMES = [
    ("Torbjørg kommer i morgen.", ["Torbjørg"]),
    ("Notburga und Rotraut sind da.", ["Notburga", "Rotraut"]),
    ("Lucasta called; Septimus will call back.", ["Lucasta", "Septimus"]),
]

# What shares those shapes and is no person: it reaches the provider as written.
KEPT = [
    "Das Meeting ist im Raum Humboldt, danach im Saal Goethe.",
    "Rendez-vous en salle Pasteur puis salle Victor Hugo.",
    "Reunión en la sala Goya y luego en la sala Ramón y Cajal.",
    "Vi sitter i rum Strindberg i morgon.",
    "Boardroom Turing is booked; Squad Hopper deploys today.",
    "Die Unterlagen von Christian Dior liegen bei der Rechnung.",
    "hey, it's working again after the restart",
    "we will grace the stage and mark the date",
    "$ aws cloudformation deploy --stack-name crm",
]


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("names in small letters in running text, with no cue before them",
               expect_cases_unseen, gw, mock, SMALL_LETTERS, "names")
    suite.case("names in small letters in a TODO, a .mailmap line and a CSV row; a register's dotted leader",
               expect_cases_unseen, gw, mock, STRUCTURES, "names")
    suite.case("older and rarer given names of the six languages", expect_cases_unseen, gw, mock,
               RARER_GIVEN_NAMES, "names")
    suite.case("rooms and teams named after people, a firm after 'von', small words, commands stay",
               expect_cases_kept, gw, mock, KEPT)
