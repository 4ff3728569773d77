#!/usr/bin/env python3
"""Classes of phone numbers, birth dates and national numbers the seventh development half
showed missed (issue 15), probed by class with values and phrasings of this file's own:
birth dates written DDMMYYYY, month first with dashes (Sep-19-1981), "March the 28th,
1970", years as '77, -87 or a bare 83 after a month's name, after a label that names
whose date it is ("Geburtsdatum von …: …"), in redis-cli's numbered replies and in X12
DMG segments, before "is my mum's birthday", after birthday words in Norwegian and Spanish;
phones in North America's mixed separators and with a leading 1, a trunk 0 in parentheses
with no country code ("(0)72-…"), a UK number in dashes, Norway's 3.2.3 dots with any first
digit, toll-free numbers spelled in letters, after "mobilen", "can be reached on",
abbreviations (Tfno., Telefonnr., ph.), a telephone sign and "Signal:"; a routing number
after "routed", a Swedish personnummer of twelve digits with no cue, a second one joined
by "och", a Steuer-ID printed 2-3-3-3 with no cue, an SSN in an X12 REF segment, after a
remark in parentheses and before "soc. sec. no."; HL7 PID and NK1 fields by position. Each
case checks that the provider never sees the values and the client gets its text back; a
last case checks that what only looks like
them stays: a build stamp of twelve digits, a customer number grouped like a Steuer-ID
that fails its check, a date after a birth label that names no birth, versions."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Suite, expect_cases_kept, expect_cases_unseen  # noqa: E402

BIRTH_DATES = [
    ("Husk at bestefar Torleif Vik er f\u00f8dt 07041958, skjemaet sp\u00f8r om det.", ["07041958"]),
    ("N'oublie pas : papi Gaston Marchal est n\u00e9 le 23111949.", ["23111949"]),
    ("Oct-04-1977 is my dad's birthday, so please book the table for then.", ["Oct-04-1977"]),
    ("Complainant: HARGREAVE, Tobias (DOB Feb-11-1990), tel on file", ["Feb-11-1990"]),
    ("Re: Winifred Ashby, DOB October the 9th, 1948, hospital no. 4471", ["October the 9th, 1948"]),
    ("Oma Ilse Brandt ist geboren am 4. Mai '39, das Formular fragt danach.", ["4. Mai '39"]),
    ("Farmor Gudrun Eklund \u00e4r f\u00f6dd 9 oktober -41.", ["9 oktober -41"]),
    ("mamie Odette Ferrand est n\u00e9e le 30 juin 44.", ["30 juin 44"]),
    ("la abuela Remedios Soto naci\u00f3 el 2 de mayo del 47.", ["2 de mayo del 47"]),
    ("[00:01:02] Agent: And your date of birth?\n[00:01:05] Caller: 1er avril 01.\n", ["1er avril 01"]),
    ("Geburtsdatum von Hans-J\u00fcrgen M\u00fcller-L\u00fcdenscheidt: 14.02.1961 (Abgabe war am 03.03.2024).",
     ["14.02.1961"]),
    ("F\u00f8dselsdato til Ingebj\u00f8rg S\u00e6ther-\u00d8deg\u00e5rd: 5. juli -66 (fristen var 12.6.2025).",
     ["5. juli -66"]),
    ("127.0.0.1:6379> HGETALL user:777\n1) \"name\"\n2) \"Ola\"\n3) \"dob\"\n4) \"1971-06-30\"\n5) \"plan\"\n",
     ["1971-06-30"]),
    ("INS*Y*18*021*28*A***FT~\nNM1*IL*1*DOE*JANE~\nDMG*D8*19830517*F~\nHD*021**HLT~", ["19830517"]),
    ("12th May '52 is my gran's birthday, by the way.", ["12th May '52"]),
    ("07.08.1961 er bursdagen til far. Mi cumplea\u00f1os es el 9 de junio de 1990. fnac: 1988-10-02",
     ["07.08.1961", "9 de junio de 1990", "1988-10-02"]),
]

PHONES = [
    ("Quick one: can you text Bram on 1 303 555-0282? His landline is dead.", ["1 303 555-0282"]),
    ("Winifred can be reached on (617) 555.0244; her son is next of kin.", ["(617) 555.0244"]),
    ("PER*IP**HP*404 555.0299~\nN3*Elm Street~", ["404 555.0299"]),
    ("Greta Lind \u2014 (0)73-555 12 34 \u2014 greta@example.se", ["(0)73-555 12 34"]),
    ("Vi s\u00e5g dem i Mora; nytt nummer (0)70-555 98 76.", ["(0)70-555 98 76"]),
    ("Elizabeth can be reached on 07700-910-461; her daughter is next of kin.", ["07700-910-461"]),
    ("Hilsen fra oss,\nKnut\n555.31.279\n", ["555.31.279"]),
    ("Emergency desk  1-888-PLOWING\nBilling desk  (877) GET-HELP\nor +1 800 FLYHOME", [
        "1-888-PLOWING", "(877) GET-HELP", "+1 800 FLYHOME"]),
    ("kontonummeret hans er klart, og mobilen 612.44.908. Takk!", ["612.44.908"]),
    ("Tfno.: 655012398 | Telefonnr.: 93018274 | ph. 4045550213 | \u260e 7135550272 | Signal: 47302918",
     ["655012398", "93018274", "4045550213", "7135550272", "47302918"]),
]

NUMBERS = [
    ("Employer: Contoso (since 2021)\nDeposit from account routed 120966545\n", ["120966545"]),
    ("Bara s\u00e5 du vet: 195503232430 st\u00e5r p\u00e5 gamla papper fr\u00e5n banken.", ["195503232430"]),
    ("Mitt personnummer \u00e4r 196908029348 och min morfar Nils Berg har 7506013262.",
     ["196908029348", "7506013262"]),
    ("Nur zur Info: 61 803 152 495 steht auf alten Unterlagen von der Bank.", ["61 803 152 495"]),
    ("INS*Y*18*021*28*A***FT~\nREF*0F*028178287~\nNM1*IL*1*DOE*JOHN~", ["028178287"]),
    ("SSN (see attached form): 146-24-5520\nRouting number (see attached form): 070722978", [
        "146-24-5520", "070722978"]),
    ("Please use 146 24 5520 as the soc. sec. no. for the claim.", ["146 24 5520"]),
    ('{"nom": "Roy", "num\u00e9ro_dassurance_sociale": "733571483"}', ["733571483"]),
    ("MSH|^~\\&|EPIC|HOSP|LAB|HOSP|2024||ADT^A01|1|P|2.5\nPID|1||42^^^H^MR||Doe^Jane^^^||19790311|F|||"
     "1 Main St^^X||6175550231||||||146245520\nNK1|1|Doe^John|SPO|||2065550277\n",
     ["19790311", "6175550231", "146245520", "2065550277"]),
]

# What only looks like the values above: it reaches the provider as written.
KEPT = [
    "build 202405121530 finished in 3 min; artifact 202405121530.tar",
    "Kundennummer 31 415 926 535 bitte bei R\u00fcckfragen angeben.",
    "Geburtsdatum von Vertragspartnern steht im Formular, die Abgabe war dann am 12.03.2024.",
    "upgraded to 2.14.300 on 2024-05-12; order 4155552671 shipped; room 800 ABC.",
    "Date of birth of Applicants section is optional since the form of 2024-03-12 went out.",
]

with Suite() as suite:
    mock, gw = suite.gateway()
    suite.case("birth dates: DDMMYYYY, month first in dashes, 'the 9th', '39 / -41 / 44 years, owned labels, "
               "redis replies, X12 DMG, a cue after the date",
               expect_cases_unseen, gw, mock, BIRTH_DATES, "birth dates")
    suite.case("phones: North American mixed separators, (0) trunk, UK dashes, Norwegian dots, toll-free letters",
               expect_cases_unseen, gw, mock, PHONES, "phones")
    suite.case("national numbers: 'routed', bare personnummer and Steuer-ID, X12 REF, remarks in parentheses, HL7",
               expect_cases_unseen, gw, mock, NUMBERS, "national numbers")
    suite.case("build stamps, numbers failing a check, dates that are no birth and versions stay",
               expect_cases_kept, gw, mock, KEPT)
