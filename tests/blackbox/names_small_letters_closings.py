#!/usr/bin/env python3
"""Names a sixth readable corpus half showed missed (issue 15), probed by class with names and texts
written for this file: a name typed in small letters after a greeting and a self-introduction ("hei,
det er …") or under a label ("reviewer: …"); a login name in a home folder or before a host of no
dots ("/home/given.surname", "given.surname@bastion"); a form's label in two languages ("NOM/SURNAME:");
a label without its colon before "Surname, Given" ("Patientin …"); a French lawyer's title "Me"; an
initial and a surname after a formal closing ("Hochachtungsvoll", "Veuillez agréer"). Each case checks
that the provider never sees the names and that the client gets its text back. The last cases check
that what shares those shapes and is no person reaches the provider unchanged."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

SMALL_LETTERS = [
    ("hiya, this is gwendolyn farrant - my laptop will not boot", ["gwendolyn", "farrant"]),
    ("hei, det er sunniva aamot. skriveren virker ikke", ["sunniva", "aamot"]),
    ("hallo, hier ist edeltraud kessler, bitte um Rückruf", ["edeltraud", "kessler"]),
    ("hola, soy aurelio brossard; no puedo entrar", ["aurelio", "brossard"]),
    ("reviewer: rosamund pask\nstatus: open", ["rosamund", "pask"]),
    ("# on call: bertil lindgren (backend)", ["bertil", "lindgren"]),
]

FOLDERS_AND_FORMS = [
    ("du -sh /home/leontine.garnier/downloads", ["leontine.garnier"]),
    ("users:\n- name: hartwig.trenkle@staging\n  user: {}", ["hartwig.trenkle"]),
    ("NOM/SURNAME: KESSLER\nPRÉNOM/GIVEN NAME: HEDVIG", ["KESSLER", "HEDVIG"]),
    ("Patientin Trenkle, Walburga, geb. 1948", ["Trenkle", "Walburga"]),
    ("Merci de rappeler Me Chastel avant jeudi.", ["Chastel"]),
    ("Sehr geehrter Herr Pask,\nHochachtungsvoll\nT. Zumbusch", ["Pask", "Zumbusch"]),
    ("Cher Monsieur Aamot, Veuillez agréer mes salutations. G. Brossard", ["Aamot", "Brossard"]),
]

# What shares those shapes and is no person: it reaches the provider as written.
KEPT = [
    "hey, it's working again after the restart",
    "status: resolved\nassignee: unassigned\nmode: grace period",
    "Me and the team will look at it tomorrow.",
    "Patient satisfaction survey: results attached.",
    "cp /etc/grace.period /opt/mark.down && ls /home/shared",
    "Sie ist seit Jahren Mitglied bei Viktoria BSC.",
]
CLOSINGS = [
    ("Sehr geehrter Herr Kessler, Hochachtungsvoll", "Hochachtungsvoll"),
    ("Cher Monsieur Garnier, Veuillez agréer nos salutations.", "Veuillez"),
]


with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("names in small letters after a greeting and an introduction, or under a label",
               expect_cases_unseen, gw, mock, SMALL_LETTERS, "names")
    suite.case("home folders, user@host, two-language form labels, labels without a colon, Me, closings",
               expect_cases_unseen, gw, mock, FOLDERS_AND_FORMS, "names")
    suite.case("small words after greetings and labels, English 'Me', paths stay",
               expect_cases_kept, gw, mock, KEPT)
    suite.case("formal closings are no first names", expect_cases_kept, gw, mock, CLOSINGS, "closings")
