#!/usr/bin/env python3
"""generate_birth_dates3.py — round 3 of the birth dates: documents, care, school, work, travel, family trees.

    python3 generate_birth_dates3.py > birth_dates3.jsonl          writes the census (seed 73)
    python3 generate_birth_dates3.py --check birth_dates3.jsonl    TAP: the committed census is what this writes

Round 1 (generate_numbers.py: cues, keys, tables) scores 0.995 and round 2 (generate_birth_dates.py:
records, crew lists, registers, OCR, migrations) 0.957, while the newest never-read half scores 0.607:
its misses are in places and forms neither round enumerated. This census was written before its
author read scrub/, from published formats (ICAO 9303 MRZ, the EU driving licence's numbered
fields, the EHIC card, HL7 v2 PID, FHIR, GEDCOM 5.5, vCard 3/4, iCalendar, Thunderbird LDIF, Outlook
and Google contact exports, the Schengen visa form, APIS lists) and from how people write:

Places: passports' and ID cards' visual zones (bilingual labels, `12 MAR/MARS 85`) and MRZ lines;
driving licences (`3. 12.03.1985 OSLO`); patient headers, lab requisitions, HL7 PID segments, FHIR
bundles, prescriptions, insurance claims, EHIC cards; pupil lists, class rosters, enrolment and
kindergarten forms; onboarding checklists, pension forms, payroll exports with the birth date in
the first column; APIS lists, visa forms, hotel registration cards, car rentals, frequent-flyer
profiles; GEDCOM records and family-tree prose; vCards, Thunderbird LDIF, Outlook and Google contact
CSV exports, iCalendar birthday events; KYC chats (the date alone on the customer's turn after the
agent asks), telecom contracts, sports licences, court documents and police reports (the birth date
after a full name and before an address), obituaries; chat.

Forms: compact after a cue (DDMMYYYY, YYMMDD), two-digit years with an apostrophe (`12.03.'85`,
`March 12 '85`) or a dash (`12/3 -85`, `12/3-85`, as Swedes and Norwegians write), `del 85`,
Roman months in more layouts (`12 III 1985`, `12-III-85`, `12.iii.1985`), month names in capitals
and abbreviations with and without dots in six languages (`12 Sept. 1985`, `12. Mär. 1985`,
`12 fév. 1985`, `12/mar/1985`), ordinals in each language (`12th of March, 1985`, `1:a mars`,
`1er mars`, `1.º de marzo`), day-month-year in spaces as ID cards print it (`12 03 1985`), one box
per digit as forms have it (`|1|2|0|3|1|9|8|5|`), the date split into three fields or cells
(Thunderbird's birthyear/birthmonth/birthday, a form's Day/Month/Year), the date broken over
two lines.

Decisions, written down:
- A dead person's birth date is a value (obituaries, death notices, family trees): the type is a
  person's birth date, not a living person's; a gateway cannot know who is alive, an obituary names
  the living, and privacy comes first. The death date beside it is a decoy (round 2's rule).
- A birth before 1900 (genealogy) is a decoy: the README's types table bounds the year to 1900–2099,
  and such a person has been dead for generations.
- The type is a day with its year: a month and year ("født i mars -85", "né en mars 1985"), a day and
  month ("birthday 12 March", vCard `--0312`), a year alone and approximations ("b. abt 1923",
  "~1923", "ca. 1923", ranges) are decoys. A two-digit year counts ("12th of march, 85").
- In an MRZ the birth date is glued to its check digit, the sex, the expiry and (passports) the
  document number and nationality: no word boundary sets it apart, so the value labelled is the
  whole word that holds it (from the line's start to the first `<`); masking less leaves the date.
- When a date is split into fields or cells, each part is labelled (each must be masked).
- Other dates of a person (issue, expiry, admission, discharge, appointment, hire, death,
  service, flight), dates of things, document numbers of a date's length, animals' birth dates,
  ages and years alone are decoys (round 2's rules).
- Names are labelled PERSON by their parts (first and last name apart), so that precision is read
  on the whole record; figures of this census are read on DATE_OF_BIRTH.
Python stdlib only, seeded, same bytes every run."""
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realistic"))
from values import Values  # noqa: E402
from census_common import LANGS, MONTHS, label, main as census_main  # noqa: E402

SEED = 73

AIR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# Abbreviations as people write them, with and without a dot, where round 2 had one spelling.
ABBR3 = {
    "en": ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
    "no": ["jan", "feb", "mars", "apr", "mai", "juni", "juli", "aug", "sept.", "okt", "nov", "des"],
    "sv": ["jan.", "febr.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sept.", "okt.", "nov.", "dec."],
    "de": ["Jan", "Febr.", "Mär.", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep.", "Okt", "Nov", "Dez"],
    "fr": ["janv", "fév.", "mars", "avril", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep.", "oct", "nov", "dic"],
}
# The month as the second language of a passport's visual zone writes it (ICAO 9303: "12 MAR/MARS 85").
PASS_SECOND = {
    "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "no": ["JAN", "FEB", "MAR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DES"],
    "sv": ["JAN", "FEB", "MAR", "APR", "MAJ", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
    "de": ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"],
    "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
    "es": ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"],
}


def ordinal_en(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def forms3(lang, y, m, d):
    """The round-3 forms of a date in `lang`: every list has the same length in every language, so
    that a decoy can be written in the form the birth date took (the same index)."""
    mon, ab, yy = MONTHS[lang][m - 1], ABBR3[lang][m - 1], y % 100
    common = ["%02d%02d%04d" % (d, m, y), "%02d%02d%02d" % (yy, m, d), "%02d.%02d.'%02d" % (d, m, yy),
              "%d %s %04d" % (d, ROMAN[m - 1], y), "%d-%s-%02d" % (d, ROMAN[m - 1], yy),
              "%d.%s.%04d" % (d, ROMAN[m - 1].lower(), y), "%02d %02d %04d" % (d, m, y),
              "%d %s %04d" % (d, MONTHS[lang][m - 1].upper(), y)]
    if lang == "en":
        own = ["%s %s %04d" % (ordinal_en(d), mon, y),
               "%s of %s, %04d" % (ordinal_en(d), mon, y), "%s %s '%02d" % (mon, ordinal_en(d), yy),
               "%d %s %04d" % (d, ab, y), "%s %d, %04d" % (ab, d, y), "%s %d %04d" % (mon, d, y),
               "%d-%d-%02d" % (m, d, yy), "%s of %s '%02d" % (ordinal_en(d), mon, yy)]
    elif lang == "no":
        own = ["%d/%d-%02d" % (d, m, yy), "%d/%d -%02d" % (d, m, yy), "%d. %s %04d" % (d, mon.upper(), y),
               "%d.%s %04d" % (d, mon, y), "%d. %s %04d" % (d, ab, y), "%d. %s -%02d" % (d, mon, yy),
               "%d.%d.%04d" % (d, m, y), "%d. %s '%02d" % (d, mon, yy)]
    elif lang == "sv":
        own = ["%d/%d -%02d" % (d, m, yy), "%d/%d-%02d" % (d, m, yy), "%d:%s %s %04d" % (d, "a" if d in (1, 2, 21, 22) else "e", mon, y),
               "%d %s %04d" % (d, ab, y), "%d %s -%02d" % (d, mon, yy), "%04d-%02d-%02d" % (y, m, d),
               "%02d%02d%02d" % (yy, m, d), "%d %s '%02d" % (d, mon, yy)]
    elif lang == "de":
        own = ["%d. %s '%02d" % (d, mon, yy), "%d.%d.%02d" % (d, m, yy), "%d. %s %04d" % (d, ab, y),
               "%d.%s.%04d" % (d, mon, y), "%d. %s %04d" % (d, mon.upper(), y), "%d. %s. %04d" % (d, ROMAN[m - 1], y),
               "%02d.%02d.%04d" % (d, m, y), "%d.%d.'%02d" % (d, m, yy)]
    elif lang == "fr":
        day = "1er" if d == 1 else str(d)
        own = ["%s %s %04d" % (day, mon, y), "%d %s %02d" % (d, mon, yy), "%d %s %04d" % (d, ab, y),
               "%02d-%02d-%04d" % (d, m, y), "%s %s %04d" % (day, mon.upper(), y), "%d.%s.%04d" % (d, ROMAN[m - 1], y),
               "%02d/%02d/%02d" % (d, m, yy), "%d %s '%02d" % (d, mon, yy)]
    else:
        day = "1.º" if d == 1 else str(d)
        own = ["%s de %s de %04d" % (day, mon, y), "%d de %s del %02d" % (d, mon, yy), "%d/%s/%04d" % (d, ab, y),
               "%d de %s de %04d" % (d, mon.capitalize(), y), "%d-%s-%02d" % (d, ROMAN[m - 1], yy),
               "%02d/%02d/%02d" % (d, m, yy), "%d %s %04d" % (d, ab.upper().rstrip("."), y),
               "%s %s %04d" % ("1º" if d == 1 else str(d), mon, y)]
    return common + own


def fixed(kind, lang, y, m, d):
    """A date in the one form a format prescribes."""
    return {
        "iso": "%04d-%02d-%02d" % (y, m, d),
        "compact": "%04d%02d%02d" % (y, m, d),
        "dots": "%02d.%02d.%04d" % (d, m, y),
        "slash": "%02d/%02d/%04d" % (d, m, y),
        "us": "%d/%d/%04d" % (m, d, y),
        "dash": "%02d-%02d-%04d" % (d, m, y),
        "spaced": "%02d %02d %04d" % (d, m, y),
        "gedcom": "%d %s %04d" % (d, AIR[m - 1], y),
        "air": "%02d%s%02d" % (d, AIR[m - 1], y % 100),
        "air4": "%02d%s%04d" % (d, AIR[m - 1], y),
        "pass": "%02d %s/%s %02d" % (d, AIR[m - 1], PASS_SECOND[lang if lang != "en" else "fr"][m - 1], y % 100),
        "pass4": "%02d %s /%s %04d" % (d, PASS_SECOND[lang][m - 1], AIR[m - 1], y),
        "hl7time": "%04d%02d%02d0000" % (y, m, d),
        "comb": "|".join("%02d%02d%04d" % (d, m, y)),
        "lines": {"no": "%d. %s\n%04d", "de": "%d. %s\n%04d", "es": "%d de %s de\n%04d"}.get(lang, "%d %s\n%04d")
        % (d, MONTHS[lang][m - 1], y),
        "dmy_words": "%d %s %04d" % (d, MONTHS[lang][m - 1], y),
    }[kind]


# Places, per language. {d} a birth date in the rotating round-3 forms, {d|KIND} in a fixed form;
# {d2} a second person's, {c} a child's; {o} {o2} other dates of a person or thing (decoys, in the
# birth date's form unless a KIND is given), {x} a death date (decoy); {p} {p2} names, {f} a first
# name alone; {n} a number; {doc} a document number of a date's length (decoy); {old} a birth
# before 1900 and {yr} a year alone (decoys).
PLACES = {
    "en": [
        ("passport_vz", "PASSPORT / PASSEPORT\nSurname / Nom\n{L}\nGiven names / Prénoms\n{F}\nDate of birth / Date de naissance\n{d|pass}\nDate of issue / Date de délivrance\n{o|pass}\nDate of expiry / Date d'expiration\n{o2|pass}"),
        ("licence", "DRIVING LICENCE\n1. {L}\n2. {F}\n3. {d|dots} UNITED KINGDOM\n4a. {o|dots} 4b. {o2|dots}\n4c. DVLA\n5. {doc}"),
        ("patient_header", "Pat: {L}, {f} *{d}   MRN {n}   Ward 7B   Adm. {o}"),
        ("lab_requisition", "LAB REQUEST\nPatient: {p}\nDOB {d}\nSpecimen collected {o} 08:40\nTests: FBC, U&E, CRP"),
        ("prescription", "Rx: amoxicillin 500 mg tds x7 days\nFor: {p}, DOB {d}\nPrescribed {o} by Dr {M}"),
        ("insurance_claim", "Claim {n}: insured {p}, DOB {d|us}, date of service {o|us}, provider NPI {doc}."),
        ("ehic", "EUROPEAN HEALTH INSURANCE CARD\n3 Name: {L}\n4 Given names: {F}\n5 Date of birth: {d|slash}\n6 Personal identification number: {n}\n9 Expiry date: {o|slash}"),
        ("pupil_list", "Class 5B pupils\nName\tDOB\tParent/carer\n{p}\t{c}\t{p2}"),
        ("enrolment", "School admission form\nChild's full name: {p}\nChild's date of birth: {c}\nRequested start date: {o}"),
        ("onboarding", "Onboarding checklist - {p}\n[x] Date of birth: {d}\n[x] Start date: {o}\n[ ] Payroll number: {n}"),
        ("pension", "PENSION SCHEME - MEMBER DETAILS\nMember's date of birth {d}\nDate joined scheme {o}\nNormal retirement date {o2}"),
        ("payroll_csv", "DOB,Name,Employee no,Start date\n{d|slash},{p},{n},{o|slash}"),
        ("visa", "SCHENGEN VISA APPLICATION\n1. Surname: {L}\n3. First name(s): {F}\n4. Date of birth (day-month-year): {d|dash}\n5. Place of birth: Leeds\n24. Date of issue: {o|dash}"),
        ("hotel_card", "GUEST REGISTRATION CARD\nName: {p}   Date of birth: {d}   Nationality: British\nArrival: {o}   Departure: {o2}   Room 412"),
        ("car_rental", "RENTAL AGREEMENT {n}\nMain driver: {p}  DOB {d}\nLicence no. {doc}, issued {o}\nPick-up {o2} 10:00 LHR T5"),
        ("frequent_flyer", "Executive Club profile\nName: {p}\nDate of birth: {d}\nMember since: {o}\nTier: Silver"),
        ("kyc_chat", "Agent: To verify your identity, could you confirm your date of birth?\nCustomer: {d}\nAgent: Thanks, and the first line of your address?"),
        ("telecom", "CONTRACT FOR MOBILE SERVICES\nSubscriber: {p}, born {d}, of 14 Mill Lane, Leeds LS2 7EW\nContract start: {o}"),
        ("sports_licence", "Athlete licence {n}\n{p}, born {d}, club: Leeds City AC, valid until {o}"),
        ("court", "BETWEEN: {p} (born {d}), of 14 Mill Lane, Leeds, Claimant, and {p2}, Defendant. Hearing listed for {o}."),
        ("police", "Arrested: {L}, {F}, born {d}, no fixed abode. Arrested {o} 23:10, custody ref {n}."),
        ("obituary", "{L}, {F} (née {M}). Born {d}, died peacefully at home on {x}, aged 86. Funeral {o}."),
        ("genealogy_prose", "{p} (b. {d}) married {p2} (b. {d2}); his father was born abt {yr}, his grandfather {old}."),
        ("chat", "lol my bday is the {d|ord_chat} so I'm a pisces"),
        ("two_lines", "Date of birth: {d|lines}\nPlace of birth: Cork"),
        ("comb_form", "DATE OF BIRTH (DD MM YYYY) |{d|comb}|\nDATE OF APPLICATION {o|dots}"),
    ],
    "no": [
        ("passport_vz", "PASS / PASSPORT\nEtternavn / Surname\n{L}\nFornavn / Given names\n{F}\nFødselsdato / Date of birth\n{d|pass4}\nUtstedt / Date of issue\n{o|pass4}\nGyldig til / Date of expiry\n{o2|pass4}"),
        ("licence", "FØRERKORT\n1. {L}\n2. {F}\n3. {d|dots} NORGE\n4a. {o|dots} 4b. {o2|dots}\n4c. Statens vegvesen\n5. {doc}"),
        ("patient_header", "Pas: {L}, {f} f. {d}   Post 7B   Innlagt {o}"),
        ("lab_requisition", "REKVISISJON - Medisinsk biokjemi\nPasient: {p}\nFødt: {d}\nPrøvetaking {o} kl. 08.40\nAnalyser: Hb, CRP, kreatinin"),
        ("prescription", "e-resept: Paracet 500 mg\nPasient: {p} f. {d}\nForskrevet {o}"),
        ("insurance_claim", "Skademelding {n}: forsikret {p}, fødselsdato {d}, skadedato {o}."),
        ("ehic", "EUROPEISK HELSETRYGDKORT\n3 Etternavn: {L}\n4 Fornavn: {F}\n5 Fødselsdato: {d|slash}\n6 Personlig identifikasjonsnummer: {n}\n9 Utløpsdato: {o|slash}"),
        ("pupil_list", "Elevliste 5B\nNavn\tFødt\tForesatt\n{p}\t{c}\t{p2}"),
        ("kindergarten", "Søknad om barnehageplass\nBarnets navn: {p}\nBarnets fødselsdato: {c}\nØnsket oppstart: {o}"),
        ("onboarding", "Sjekkliste nyansatt - {p}\n[x] Fødselsdato: {d}\n[x] Startdato: {o}\n[ ] Ansattnr: {n}"),
        ("pension", "PENSJONSORDNING - MEDLEMSOPPLYSNINGER\nMedlemmets fødselsdato {d}\nInnmeldt {o}\nPensjonsalder nås {o2}"),
        ("payroll_csv", "Fødselsdato;Navn;Ansattnr;Startdato\n{d|dots};{p};{n};{o|dots}"),
        ("visa", "SØKNAD OM SCHENGENVISUM\n1. Etternavn: {L}\n3. Fornavn: {F}\n4. Fødselsdato (dag-måned-år): {d|dash}\n5. Fødested: Bodø\n24. Utstedelsesdato: {o|dash}"),
        ("hotel_card", "GJESTEREGISTRERING\nNavn: {p}   Fødselsdato: {d}   Nasjonalitet: norsk\nAnkomst: {o}   Avreise: {o2}   Rom 412"),
        ("car_rental", "LEIEAVTALE {n}\nFører: {p}  født {d}\nFørerkort nr. {doc}, utstedt {o}\nHenting {o2} kl. 10.00 Gardermoen"),
        ("frequent_flyer", "EuroBonus-profil\nNavn: {p}\nFødselsdato: {d}\nMedlem siden: {o}\nNivå: Sølv"),
        ("kyc_chat", "Rådgiver: Kan du bekrefte fødselsdatoen din?\nKunde: {d}\nRådgiver: Takk! Og adressen?"),
        ("telecom", "ABONNEMENTSAVTALE\nAbonnent: {p}, født {d}, Storgata 4, 0155 Oslo\nAvtalestart: {o}"),
        ("sports_licence", "Lisens {n}\n{p}, født {d}, klubb: Tromsø IL, gyldig til {o}"),
        ("court", "Tiltalte: {p}, født {d}, bosatt Storgata 4, 0155 Oslo. Hovedforhandling {o}."),
        ("police", "Anmeldt: {L}, {F}, f. {d}, Storgata 4, Bergen. Pågrepet {o} kl. 23.10."),
        ("obituary", "Vår kjære mor\n{p}\n* {d}  † {x}\nBisettes fra Vestre gravlund {o}."),
        ("genealogy_prose", "{p} (f. {d}) giftet seg med {p2} (f. {d2}); faren var født ca. {yr}, farfaren {old}."),
        ("chat", "bursdagen min er {d|ord_chat} forresten, fyller snart 40"),
        ("two_lines", "Fødselsdato: {d|lines}\nFødested: Bodø"),
        ("comb_form", "FØDSELSDATO (DDMMÅÅÅÅ) |{d|comb}|\nDATO {o|dots}"),
    ],
    "sv": [
        ("passport_vz", "PASS / PASSPORT\nEfternamn / Surname\n{L}\nFörnamn / Given names\n{F}\nFödelsedatum / Date of birth\n{d|pass4}\nUtfärdat / Date of issue\n{o|pass4}\nGiltigt till / Date of expiry\n{o2|pass4}"),
        ("licence", "KÖRKORT\n1. {L}\n2. {F}\n3. {d|iso} SVERIGE\n4a. {o|iso} 4b. {o2|iso}\n4c. Transportstyrelsen\n5. {doc}"),
        ("patient_header", "Pat: {L}, {f} född {d}   Avd 7B   Inskriven {o}"),
        ("lab_requisition", "REMISS - Klinisk kemi\nPatient: {p}\nFödd: {d}\nProvtagning {o} kl. 08.40\nAnalyser: Hb, CRP, kreatinin"),
        ("prescription", "E-recept: Alvedon 500 mg\nPatient: {p}, född {d}\nUtfärdat {o}"),
        ("insurance_claim", "Skadeanmälan {n}: försäkrad {p}, födelsedatum {d}, skadedatum {o}."),
        ("ehic", "EUROPEISKT SJUKFÖRSÄKRINGSKORT\n3 Efternamn: {L}\n4 Förnamn: {F}\n5 Födelsedatum: {d|slash}\n6 Personlig identifieringskod: {n}\n9 Giltigt till: {o|slash}"),
        ("pupil_list", "Klasslista 5B\nNamn\tFödd\tVårdnadshavare\n{p}\t{c}\t{p2}"),
        ("kindergarten", "Ansökan om förskoleplats\nBarnets namn: {p}\nBarnets födelsedatum: {c}\nÖnskat startdatum: {o}"),
        ("onboarding", "Checklista nyanställd - {p}\n[x] Födelsedatum: {d}\n[x] Startdatum: {o}\n[ ] Anställningsnr: {n}"),
        ("pension", "TJÄNSTEPENSION - UPPGIFTER OM DEN FÖRSÄKRADE\nDen försäkrades födelsedatum {d}\nAnsluten {o}\nPensionsdatum {o2}"),
        ("payroll_csv", "Födelsedatum;Namn;Anst.nr;Startdatum\n{d|iso};{p};{n};{o|iso}"),
        ("visa", "ANSÖKAN OM SCHENGENVISERING\n1. Efternamn: {L}\n3. Förnamn: {F}\n4. Födelsedatum (dag-månad-år): {d|dash}\n5. Födelseort: Kiruna\n24. Utfärdandedatum: {o|dash}"),
        ("hotel_card", "GÄSTREGISTRERING\nNamn: {p}   Födelsedatum: {d}   Nationalitet: svensk\nAnkomst: {o}   Avresa: {o2}   Rum 412"),
        ("car_rental", "HYRESAVTAL {n}\nFörare: {p}  född {d}\nKörkortsnr {doc}, utfärdat {o}\nUpphämtning {o2} kl. 10.00 Arlanda"),
        ("frequent_flyer", "EuroBonus-profil\nNamn: {p}\nFödelsedatum: {d}\nMedlem sedan: {o}\nNivå: Silver"),
        ("kyc_chat", "Handläggare: Kan du bekräfta ditt födelsedatum?\nKund: {d}\nHandläggare: Tack! Och din adress?"),
        ("telecom", "ABONNEMANGSAVTAL\nAbonnent: {p}, född {d}, Storgatan 4, 222 22 Lund\nAvtalsstart: {o}"),
        ("sports_licence", "Licens {n}\n{p}, född {d}, klubb: IFK Umeå, giltig till {o}"),
        ("court", "Tilltalad: {p}, född {d}, Storgatan 4, 222 22 Lund. Huvudförhandling {o}."),
        ("police", "Anmäld: {L}, {F}, f. {d}, Storgatan 4, Malmö. Gripen {o} kl. 23.10."),
        ("obituary", "Vår älskade mamma\n{p}\n* {d}  † {x}\nBegravning i Domkyrkan {o}."),
        ("genealogy_prose", "{p} (f. {d}) gifte sig med {p2} (f. {d2}); fadern var född omkr. {yr}, farfadern {old}."),
        ("chat", "min födelsedag är {d|ord_chat} btw, fyller snart 40"),
        ("two_lines", "Födelsedatum: {d|lines}\nFödelseort: Kiruna"),
        ("comb_form", "FÖDELSEDATUM (DDMMÅÅÅÅ) |{d|comb}|\nDATUM {o|iso}"),
    ],
    "de": [
        ("passport_vz", "REISEPASS / PASSPORT\nName / Surname\n{L}\nVornamen / Given names\n{F}\nGeburtstag / Date of birth\n{d|dots}\nAusstellungsdatum / Date of issue\n{o|dots}\nGültig bis / Date of expiry\n{o2|dots}"),
        ("licence", "FÜHRERSCHEIN\n1. {L}\n2. {F}\n3. {d|dots} KÖLN\n4a. {o|dots} 4b. {o2|dots}\n4c. Stadt Köln\n5. {doc}"),
        ("patient_header", "Pat.: {L}, {f} *{d}   Stat. 7B   Aufn. {o}"),
        ("lab_requisition", "LABORANFORDERUNG\nPatient: {p}\nGeb.: {d}\nAbnahme {o} 08:40 Uhr\nAnforderung: BB, CRP, Krea"),
        ("prescription", "Rezept: Ibuprofen 400 mg\nPatient: {p}, geb. {d}\nAusgestellt am {o}"),
        ("insurance_claim", "Schadenmeldung {n}: Versicherte {p}, Geburtsdatum {d}, Schadentag {o}."),
        ("ehic", "EUROPÄISCHE KRANKENVERSICHERUNGSKARTE\n3 Name: {L}\n4 Vornamen: {F}\n5 Geburtsdatum: {d|slash}\n6 Persönliche Kennnummer: {n}\n9 Ablaufdatum: {o|slash}"),
        ("pupil_list", "Klassenliste 5b\nName\tGeb.\tErziehungsberechtigte\n{p}\t{c}\t{p2}"),
        ("kindergarten", "Anmeldung Kita\nName des Kindes: {p}\nGeburtsdatum des Kindes: {c}\nGewünschter Beginn: {o}"),
        ("onboarding", "Checkliste Einstellung - {p}\n[x] Geburtsdatum: {d}\n[x] Eintrittsdatum: {o}\n[ ] Personalnummer: {n}"),
        ("pension", "BETRIEBSRENTE - ANGABEN ZUM VERSICHERTEN\nGeburtsdatum des Versicherten {d}\nBeginn der Versicherung {o}\nRentenbeginn {o2}"),
        ("payroll_csv", "Geburtsdatum;Name;Personalnr;Eintritt\n{d|dots};{p};{n};{o|dots}"),
        ("visa", "ANTRAG AUF EIN SCHENGEN-VISUM\n1. Name: {L}\n3. Vorname(n): {F}\n4. Geburtsdatum (Tag-Monat-Jahr): {d|dash}\n5. Geburtsort: Kiel\n24. Ausstellungsdatum: {o|dash}"),
        ("hotel_card", "MELDESCHEIN\nName: {p}   Geburtsdatum: {d}   Staatsangehörigkeit: deutsch\nAnreise: {o}   Abreise: {o2}   Zimmer 412"),
        ("car_rental", "MIETVERTRAG {n}\nFahrer: {p}  geb. {d}\nFührerschein-Nr. {doc}, ausgestellt {o}\nÜbernahme {o2} 10:00 Uhr Flughafen"),
        ("frequent_flyer", "Miles & More Profil\nName: {p}\nGeburtsdatum: {d}\nMitglied seit: {o}\nStatus: Frequent Traveller"),
        ("kyc_chat", "Berater: Können Sie mir bitte Ihr Geburtsdatum bestätigen?\nKunde: {d}\nBerater: Danke, und Ihre Anschrift?"),
        ("telecom", "MOBILFUNKVERTRAG\nTeilnehmer: {p}, geb. am {d}, Hauptstr. 4, 50667 Köln\nVertragsbeginn: {o}"),
        ("sports_licence", "Spielerpass {n}\n{p}, Geb.-Dat. {d}, Verein: TSV Eintracht, gültig bis {o}"),
        ("court", "Angeklagt ist {p}, geb. am {d} in Ulm, wohnhaft Hauptstr. 4, 50667 Köln. Hauptverhandlung am {o}."),
        ("police", "Beschuldigter: {L}, {F}, geb. {d}, wohnhaft Bahnhofstr. 9, Essen. Festnahme am {o} um 23:10 Uhr."),
        ("obituary", "In stiller Trauer\n{p}\n* {d}  † {x}\nDie Beisetzung findet am {o} statt."),
        ("genealogy_prose", "{p} (* {d}) heiratete {p2} (* {d2}); der Vater wurde um {yr} geboren, der Großvater {old}."),
        ("chat", "mein Geburtstag ist übrigens am {d|ord_chat}, werde bald 40"),
        ("two_lines", "Geburtsdatum: {d|lines}\nGeburtsort: Kiel"),
        ("comb_form", "GEBURTSDATUM (TTMMJJJJ) |{d|comb}|\nDATUM {o|dots}"),
    ],
    "fr": [
        ("passport_vz", "PASSEPORT / PASSPORT\nNom / Surname\n{L}\nPrénoms / Given names\n{F}\nDate de naissance / Date of birth\n{d|spaced}\nDate de délivrance / Date of issue\n{o|spaced}\nDate d'expiration / Date of expiry\n{o2|spaced}"),
        ("licence", "PERMIS DE CONDUIRE\n1. {L}\n2. {F}\n3. {d|dots} LYON\n4a. {o|dots} 4b. {o2|dots}\n4c. Préfecture du Rhône\n5. {doc}"),
        ("patient_header", "Patient : {L} {f}, né(e) le {d}   IPP {n}   Entrée le {o}"),
        ("lab_requisition", "DEMANDE D'EXAMENS DE BIOLOGIE\nPatient : {p}\nDate de naiss. : {d}\nPrélèvement le {o} à 8 h 40\nExamens : NFS, CRP, créatinine"),
        ("prescription", "Ordonnance : paracétamol 1 g\nPatient : {p}, né le {d}\nFait le {o}"),
        ("insurance_claim", "Déclaration de sinistre {n} : assurée {p}, date de naissance {d}, date du sinistre {o}."),
        ("ehic", "CARTE EUROPÉENNE D'ASSURANCE MALADIE\n3 Nom : {L}\n4 Prénoms : {F}\n5 Date de naissance : {d|slash}\n6 Numéro d'identification personnel : {n}\n9 Date d'expiration : {o|slash}"),
        ("pupil_list", "Liste de la classe de CM2\nNom\tNé(e) le\tResponsable légal\n{p}\t{c}\t{p2}"),
        ("kindergarten", "Inscription en crèche\nNom de l'enfant : {p}\nDate de naissance de l'enfant : {c}\nDate d'entrée souhaitée : {o}"),
        ("onboarding", "Checklist d'intégration - {p}\n[x] Date de naissance : {d}\n[x] Date d'entrée : {o}\n[ ] Matricule : {n}"),
        ("pension", "RETRAITE COMPLÉMENTAIRE - ADHÉRENT\nDate de naissance de l'adhérent {d}\nDate d'affiliation {o}\nDate de départ prévue {o2}"),
        ("payroll_csv", "Date de naissance;Nom;Matricule;Date d'entrée\n{d|slash};{p};{n};{o|slash}"),
        ("visa", "DEMANDE DE VISA SCHENGEN\n1. Nom : {L}\n3. Prénom(s) : {F}\n4. Date de naissance (jour-mois-année) : {d|dash}\n5. Lieu de naissance : Nantes\n24. Date de délivrance : {o|dash}"),
        ("hotel_card", "FICHE INDIVIDUELLE DE POLICE\nNom : {p}   Né(e) le : {d}   Nationalité : française\nArrivée : {o}   Départ : {o2}   Chambre 412"),
        ("car_rental", "CONTRAT DE LOCATION {n}\nConducteur : {p}  né le {d}\nPermis n° {doc}, délivré le {o}\nDépart {o2} à 10 h Orly"),
        ("frequent_flyer", "Profil Flying Blue\nNom : {p}\nDate de naissance : {d}\nMembre depuis : {o}\nNiveau : Silver"),
        ("kyc_chat", "Conseiller : Pouvez-vous me confirmer votre date de naissance ?\nClient : {d}\nConseiller : Merci, et votre adresse ?"),
        ("telecom", "CONTRAT D'ABONNEMENT MOBILE\nAbonné : {p}, né le {d}, 4 rue Victor Hugo, 69002 Lyon\nDébut du contrat : {o}"),
        ("sports_licence", "Licence FFA {n}\n{p}, né le {d}, club : AS Lyon, valable jusqu'au {o}"),
        ("court", "Mme {p}, née le {d} à Lyon, demeurant 4 rue Victor Hugo, 69002 Lyon, demanderesse. Audience du {o}."),
        ("police", "Mis en cause : {L} {F}, né le {d} à Marseille, demeurant 9 rue de la Gare. Interpellé le {o} à 23 h 10."),
        ("obituary", "Nous avons la tristesse de vous faire part du décès de {p}\nné le {d}, survenu le {x}.\nObsèques le {o}."),
        ("genealogy_prose", "{p} (né le {d}) épousa {p2} (née le {d2}) ; son père était né vers {yr}, son grand-père en {old}."),
        ("chat", "mon anniv c'est le {d|ord_chat} au fait, bientôt 40 ans"),
        ("two_lines", "Date de naissance : {d|lines}\nLieu de naissance : Nantes"),
        ("comb_form", "DATE DE NAISSANCE (JJMMAAAA) |{d|comb}|\nDATE {o|dots}"),
    ],
    "es": [
        ("passport_vz", "PASAPORTE / PASSPORT\nApellidos / Surname\n{L}\nNombre / Given names\n{F}\nFecha de nacimiento / Date of birth\n{d|pass}\nFecha de expedición / Date of issue\n{o|pass}\nFecha de caducidad / Date of expiry\n{o2|pass}"),
        ("licence", "PERMISO DE CONDUCCIÓN\n1. {L}\n2. {F}\n3. {d|dots} SEVILLA\n4a. {o|dots} 4b. {o2|dots}\n4c. DGT\n5. {doc}"),
        ("patient_header", "Pac.: {L}, {f} (n. {d})   NHC {n}   Ingreso {o}"),
        ("lab_requisition", "PETICIÓN DE ANALÍTICA\nPaciente: {p}\nF. nac.: {d}\nExtracción {o} 08:40\nPruebas: hemograma, PCR, creatinina"),
        ("prescription", "Receta: ibuprofeno 600 mg\nPaciente: {p}, fecha de nacimiento {d}\nFecha de prescripción {o}"),
        ("insurance_claim", "Parte de siniestro {n}: asegurada {p}, fecha de nacimiento {d}, fecha del siniestro {o}."),
        ("ehic", "TARJETA SANITARIA EUROPEA\n3 Apellidos: {L}\n4 Nombre: {F}\n5 Fecha de nacimiento: {d|slash}\n6 Número de identificación personal: {n}\n9 Fecha de caducidad: {o|slash}"),
        ("pupil_list", "Lista de alumnos 5.º B\nNombre\tF. nac.\tTutor legal\n{p}\t{c}\t{p2}"),
        ("kindergarten", "Solicitud de plaza en escuela infantil\nNombre del niño: {p}\nFecha de nacimiento del niño: {c}\nFecha de incorporación: {o}"),
        ("onboarding", "Checklist de incorporación - {p}\n[x] Fecha de nacimiento: {d}\n[x] Fecha de alta: {o}\n[ ] N.º de empleado: {n}"),
        ("pension", "PLAN DE PENSIONES - DATOS DEL PARTÍCIPE\nFecha de nacimiento del partícipe {d}\nFecha de adhesión {o}\nFecha prevista de jubilación {o2}"),
        ("payroll_csv", "Fecha de nacimiento;Nombre;N.º empleado;Fecha de alta\n{d|slash};{p};{n};{o|slash}"),
        ("visa", "SOLICITUD DE VISADO SCHENGEN\n1. Apellidos: {L}\n3. Nombre(s): {F}\n4. Fecha de nacimiento (día-mes-año): {d|dash}\n5. Lugar de nacimiento: Bilbao\n24. Fecha de expedición: {o|dash}"),
        ("hotel_card", "PARTE DE ENTRADA DE VIAJEROS\nNombre: {p}   Fecha de nacimiento: {d}   Nacionalidad: española\nEntrada: {o}   Salida: {o2}   Habitación 412"),
        ("car_rental", "CONTRATO DE ALQUILER {n}\nConductor: {p}  nacido el {d}\nPermiso n.º {doc}, expedido el {o}\nRecogida {o2} a las 10:00 Barajas"),
        ("frequent_flyer", "Perfil Iberia Plus\nNombre: {p}\nFecha de nacimiento: {d}\nSocio desde: {o}\nNivel: Plata"),
        ("kyc_chat", "Gestor: ¿Me confirma su fecha de nacimiento, por favor?\nCliente: {d}\nGestor: Gracias, ¿y su dirección?"),
        ("telecom", "CONTRATO DE TELEFONÍA MÓVIL\nTitular: {p}, nacido el {d}, C/ Mayor 4, 28013 Madrid\nInicio del contrato: {o}"),
        ("sports_licence", "Licencia federativa {n}\n{p}, fecha nac. {d}, club: CD Leganés, válida hasta {o}"),
        ("court", "D. {p}, mayor de edad, nacido el {d} en Sevilla, con domicilio en C/ Mayor 4, Madrid. Vista señalada para el {o}."),
        ("police", "Detenido: {L}, {F}, nacido el {d} en Cádiz, con domicilio en C/ Real 9. Detención el {o} a las 23:10."),
        ("obituary", "Rogad a Dios en caridad por el alma de\n{p}\nnació el {d} y falleció el {x}.\nEl funeral se celebrará el {o}."),
        ("genealogy_prose", "{p} (n. {d}) casó con {p2} (n. {d2}); su padre nació hacia {yr} y su abuelo en {old}."),
        ("chat", "mi cumple es el {d|ord_chat} por cierto, ya casi 40"),
        ("two_lines", "Fecha de nacimiento: {d|lines}\nLugar de nacimiento: Bilbao"),
        ("comb_form", "FECHA DE NACIMIENTO (DDMMAAAA) |{d|comb}|\nFECHA {o|dots}"),
    ],
}

# The date as a chat message gives it: ordinals, two-digit years, no leading zero.
CHAT_FORMS = {
    "en": ["%(o)s of %(mon)s, %(yy)02d", "%(mon)s %(o)s '%(yy)02d", "%(d)d/%(m)d/%(yy)02d"],
    "no": ["%(d)d. %(mon)s -%(yy)02d", "%(d)d/%(m)d-%(yy)02d", "%(d)d.%(m)d.%(yy)02d"],
    "sv": ["%(d)d/%(m)d -%(yy)02d", "%(d)d:%(suf)s %(mon)s -%(yy)02d", "%(d)d %(mon)s %(yy)02d"],
    "de": ["%(d)d.%(m)d.%(yy)02d", "%(d)d. %(mon)s '%(yy)02d", "%(d)d.%(m)d.%(y)04d"],
    "fr": ["%(d1)s %(mon)s %(yy)02d", "%(d)d/%(m)d/%(yy)02d", "%(d1)s %(mon)s %(y)04d"],
    "es": ["%(d)d de %(mon)s del %(yy)02d", "%(d)d/%(m)d/%(yy)02d", "%(d)d-%(m)d-%(yy)02d"],
}

# Decoys in the same places and forms: no person's birth date here.
DECOY_PLACES = {
    "en": ["Pet passport: Bella, Border Collie, date of birth {o|dots}, microchip {doc}.",
           "Passport no. {doc}, date of issue {o|pass}, date of expiry {o2|pass}.",
           "Admitted {o}, discharged {o2}. Next appointment {o3}.", "Born in {month} {yr}, she is 41 now.",
           "Birthday: {dm} (no year given)", "Family tree: {p}, b. abt {yr}, d. {x}; his father b. {old}.",
           "Flight SK4035 {o|air}, booking ref {doc}.", "Hire date {o|compact}, order {doc}."],
    "no": ["Dyrepass: Bamse, labrador, fødselsdato {o|dots}, chip {doc}.",
           "Passnr. {doc}, utstedt {o|pass4}, gyldig til {o2|pass4}.",
           "Innlagt {o}, utskrevet {o2}. Ny time {o3}.", "Hun er født i {month} {yr} og er 41 år.",
           "Bursdag: {dm} (uten år)", "Slekt: {p}, f. ca. {yr}, d. {x}; faren f. {old}.",
           "Fly SK4035 {o|air}, referanse {doc}.", "Ansatt {o|compact}, ordre {doc}."],
    "sv": ["Djurpass: Misse, katt, födelsedatum {o|iso}, chip {doc}.",
           "Passnr {doc}, utfärdat {o|pass4}, giltigt till {o2|pass4}.",
           "Inskriven {o}, utskriven {o2}. Återbesök {o3}.", "Hon är född i {month} {yr} och är 41 år.",
           "Födelsedag: {dm} (utan år)", "Släkt: {p}, f. omkr. {yr}, d. {x}; fadern f. {old}.",
           "Flyg SK4035 {o|air}, bokningsnr {doc}.", "Anställd {o|compact}, order {doc}."],
    "de": ["Heimtierausweis: Bello, Dackel, Geburtsdatum {o|dots}, Chip {doc}.",
           "Pass-Nr. {doc}, ausgestellt am {o|dots}, gültig bis {o2|dots}.",
           "Aufnahme {o}, Entlassung {o2}. Nächster Termin {o3}.", "Sie ist im {month} {yr} geboren und 41 Jahre alt.",
           "Geburtstag: {dm} (ohne Jahr)", "Stammbaum: {p}, * um {yr}, † {x}; sein Vater * {old}.",
           "Flug LH2455 {o|air}, Buchungscode {doc}.", "Eintritt {o|compact}, Auftrag {doc}."],
    "fr": ["Passeport pour animal : Filou, chat, date de naissance {o|dots}, puce {doc}.",
           "Passeport n° {doc}, délivré le {o|spaced}, expire le {o2|spaced}.",
           "Entrée le {o}, sortie le {o2}. Prochain rendez-vous le {o3}.", "Elle est née en {month} {yr} et a 41 ans.",
           "Anniversaire : {dm} (sans année)", "Généalogie : {p}, né vers {yr}, décédé le {x} ; son père né en {old}.",
           "Vol AF1234 du {o|air}, référence {doc}.", "Embauche {o|compact}, commande {doc}."],
    "es": ["Pasaporte de mascota: Toby, caniche, fecha de nacimiento {o|dots}, chip {doc}.",
           "Pasaporte n.º {doc}, expedido el {o|pass}, caduca el {o2|pass}.",
           "Ingreso {o}, alta {o2}. Próxima cita {o3}.", "Nació en {month} de {yr} y tiene 41 años.",
           "Cumpleaños: {dm} (sin año)", "Genealogía: {p}, n. hacia {yr}, f. {x}; su padre n. {old}.",
           "Vuelo IB3456 {o|air}, localizador {doc}.", "Alta {o|compact}, pedido {doc}."],
}

# Words of each language for a day and month without a year.
DAY_MONTH = {"en": "%(d)d %(mon)s", "no": "%(d)d. %(mon)s", "sv": "%(d)d %(mon)s", "de": "%(d)d. %(mon)s",
             "fr": "%(d)d %(mon)s", "es": "%(d)d de %(mon)s"}

GED_APPROX = ["ABT {yr}", "BEF {yr}", "AFT {yr}", "BET {yr} AND {yr2}", "EST {yr}"]
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\w+)(?:\|(\w+))?\}")


def word_byte(c):
    return c == "_" or c.isalnum() or ord(c) >= 0x80


def whole_words(text, value):
    """How many times `value` occurs as the scorer finds it (tests/scrub/evaluate.c: whole words where
    the value starts or ends with a word character)."""
    n, at = 0, text.find(value)
    while at >= 0:
        end = at + len(value)
        starts = not word_byte(value[0]) or at == 0 or not word_byte(text[at - 1])
        ends = not word_byte(value[-1]) or end == len(text) or not word_byte(text[end])
        n += starts and ends
        at = text.find(value, at + 1)
    return n


def consistent(text, entities, decoys):
    """Every value occurs only where the scorer will find it, and every decoy once and apart."""
    for _, value in entities:
        if whole_words(text, value) != text.count(value) or text.count(value) == 0:
            return False
    return all(text.count(dec) == 1 for dec in decoys)


def mrz_digit(field):
    """ICAO 9303 check digit: weights 7, 3, 1; digits, A=10 … Z=35, '<'=0."""
    total = 0
    for i, ch in enumerate(field):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name(last, first):
    fold = str.maketrans({"Å": "AA", "Ä": "AE", "Ö": "OE", "Ø": "OE", "Æ": "AE", "Ü": "UE", "É": "E", "È": "E",
                          "Í": "I", "Á": "A", "Ó": "O", "Ú": "U", "Ñ": "N", "Ç": "C", "'": "", "-": "<", " ": "<"})
    return last.upper().translate(fold) + "<<" + first.upper().translate(fold)


class Census:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.v = Values(self.r)
        self.turn = 0

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def day(self, young=False, old=False, recent=False, death=False):
        if old:
            y = self.r.randrange(1820, 1900)
        elif recent:
            y = self.r.randrange(2015, 2032)
        elif death:
            y = self.r.randrange(1995, 2027)
        elif young:
            y = self.r.randrange(2008, 2024)
        else:
            y = self.r.randrange(1940, 2006)
        return y, self.r.randrange(1, 13), self.r.randrange(1, 29)

    def written(self, lang, ymd, kind, form_index):
        y, m, d = ymd
        if kind == "ord_chat":
            mon = MONTHS[lang][m - 1] if lang != "de" else MONTHS[lang][m - 1]
            values = {"d": d, "m": m, "y": y, "yy": y % 100, "mon": mon.lower() if lang != "de" else mon,
                      "o": ordinal_en(d), "suf": "a" if d in (1, 2, 21, 22) else "e", "d1": "1er" if d == 1 else str(d)}
            return self.pick(CHAT_FORMS[lang]) % values
        if kind:
            return fixed(kind, lang, y, m, d)
        return forms3(lang, y, m, d)[form_index]

    def fill(self, lang, shape, tpl):
        """One case from a template; redrawn until every value and decoy stands where the scorer finds it."""
        for _ in range(50):
            made = self.try_fill(lang, shape, tpl)
            if made is not None:
                return made
        raise AssertionError((shape, tpl))

    def try_fill(self, lang, shape, tpl):
        form_index = self.turn % len(forms3(lang, 1985, 3, 12))
        self.turn += 1
        first, last = self.v.first(lang), self.v.last(lang)
        p2 = self.v.name(lang)
        ents, decoys, dates = [], [], {}

        def date_for(name, kind):
            if name in ("d", "d2"):
                ymd = dates.setdefault(name, self.day())
            elif name == "c":
                ymd = dates.setdefault(name, self.day(young=True))
            elif name in ("o", "o2", "o3"):
                ymd = dates.setdefault(name, self.day(recent=True))
            elif name == "x":
                ymd = dates.setdefault(name, self.day(death=True))
            else:
                ymd = dates.setdefault(name, self.day(old=True))
            return self.written(lang, ymd, kind, form_index)

        def replace(match):
            if match.group(0) in ("{{", "}}"):
                return match.group(0)[0]
            name, kind = match.group(1), match.group(2)
            if name in ("d", "d2", "c"):
                value = date_for(name, kind)
                parts = value.split("|") if kind == "comb" else [value]
                ents.append(("DATE_OF_BIRTH", "|".join(parts)))
                return value
            if name in ("o", "o2", "o3", "x"):
                value = date_for(name, kind)
                decoys.append(value)
                return value
            if name == "old":
                y, m, d = dates.setdefault("old", self.day(old=True))
                value = fixed("dmy_words", lang, y, m, d)
                decoys.append(value)
                return value
            if name == "yr":
                value = str(self.r.randrange(1890, 1935))
                decoys.append(value)
                return value
            if name == "month":
                return MONTHS[lang][self.r.randrange(12)]
            if name == "dm":
                y, m, d = self.day()
                value = DAY_MONTH[lang] % {"d": d, "mon": MONTHS[lang][m - 1]}
                decoys.append(value)
                return value
            if name == "doc":
                value = "%d" % self.r.randrange(10000000, 99999999)
                decoys.append(value)
                return value
            if name == "n":
                return "%d" % self.r.randrange(100, 99999)
            if name in ("p", "p2"):
                f, l = (first, last) if name == "p" else tuple(p2.split(" ", 1))
                ents.extend([("PERSON", f), ("PERSON", l)])
                return f + " " + l
            if name in ("f", "F"):
                ents.append(("PERSON", first.upper() if name == "F" else first))
                return first.upper() if name == "F" else first
            if name == "L":
                ents.append(("PERSON", last.upper()))
                return last.upper()
            if name == "M":
                other = self.v.last(lang)
                ents.append(("PERSON", other))
                return other
            raise KeyError(name)

        text = PLACEHOLDER.sub(replace, tpl)
        # "{month} {yr}": a month and a year is no day; the pair is the decoy, not the year alone
        if "{month}" in tpl:
            yr = decoys.pop()
            decoys = [d for d in decoys if d != yr]
            whole = re.search(r"\w+ (de )?%s" % yr, text).group(0)
            decoys.append(whole)
        if not consistent(text, ents, decoys):
            return None
        labels, kept = label(text, ents, decoys)
        return {"lang": lang, "shape": shape, "text": text, "entities": labels, "decoys": kept}

    # ---- places -------------------------------------------------------------------------------------
    def place_cases(self):
        out = []
        for lang in LANGS:
            for shape, tpl in PLACES[lang]:
                for _ in range(2 if shape in ("comb_form", "two_lines", "chat") else 3):
                    out.append(self.fill(lang, shape, tpl))
        return out

    def decoy_cases(self):
        out = []
        for lang in LANGS:
            for tpl in DECOY_PLACES[lang]:
                out.append(self.fill(lang, "decoy", tpl))
        return out

    # ---- formats with one spelling of their own ------------------------------------------------------
    def checked(self, lang, shape, text, ents, decoys):
        assert consistent(text, ents, decoys), (shape, text, ents, decoys)
        labels, kept = label(text, ents, decoys)
        return {"lang": lang, "shape": shape, "text": text, "entities": labels, "decoys": kept}

    def person(self, lang):
        while True:
            first, last = self.v.first(lang), self.v.last(lang)
            if " " not in first and " " not in last and "'" not in last:
                return first, last

    def mrz_cases(self):
        """ICAO 9303 TD3 (passport, 2 × 44) and TD1 (ID card, 3 × 30), as pasted into a chat."""
        out = []
        states = {"en": "GBR", "no": "NOR", "sv": "SWE", "de": "D<<", "fr": "FRA", "es": "ESP"}
        intro = {"en": "Can you check this MRZ parses?", "no": "Hvorfor avvises denne MRZ-en?",
                 "sv": "Varför godkänns inte den här MRZ-raden?", "de": "Warum wird diese MRZ abgelehnt?",
                 "fr": "Pourquoi cette bande MRZ est-elle refusée ?", "es": "¿Por qué se rechaza esta MRZ?"}
        for i in range(24):
            lang = LANGS[i % len(LANGS)]
            state = states[lang]
            first, last = self.person(lang)
            y, m, d = self.day()
            ey, em, ed = self.day(recent=True)
            dob, exp = "%02d%02d%02d" % (y % 100, m, d), "%02d%02d%02d" % (ey % 100, em, ed)
            sex = self.pick("MF")
            doc = self.v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.v.digits(7)
            name = mrz_name(last, first)
            if (i // len(LANGS)) % 2 == 0:
                line1 = ("P<" + state + name + "<" * 44)[:44]
                head = doc + mrz_digit(doc) + state + dob + mrz_digit(dob) + sex + exp + mrz_digit(exp)
                personal = "<" * 14
                composite = mrz_digit(doc + mrz_digit(doc) + dob + mrz_digit(dob) + exp + mrz_digit(exp) + personal + "<")
                line2 = head + personal + "<" + composite
                text = intro[lang] + "\n\n" + line1 + "\n" + line2
            else:
                line1 = ("I<" + state + doc + mrz_digit(doc) + "<" * 30)[:30]
                head = dob + mrz_digit(dob) + sex + exp + mrz_digit(exp) + state
                line2 = (head + "<" * 30)[:29]
                line2 += mrz_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
                line3 = (name + "<" * 30)[:30]
                text = intro[lang] + "\n\n" + line1 + "\n" + line2 + "\n" + line3
            at = line2.index(dob + mrz_digit(dob) + sex)      # the word that holds the date: '<' bounds it
            start, end = line2.rfind("<", 0, at) + 1, line2.find("<", at)
            value = line2[start:end if end >= 0 else len(line2)]
            ents = [("DATE_OF_BIRTH", value)]
            given = first.upper().translate(str.maketrans({"Å": "AA", "Ä": "AE", "Ö": "OE", "Ø": "OE", "Æ": "AE",
                                                           "Ü": "UE", "É": "E", "È": "E", "Í": "I", "Á": "A",
                                                           "Ó": "O", "Ú": "U", "Ñ": "N", "Ç": "C"}))
            if whole_words(text, given) == text.count(given) == 1:
                ents.append(("PERSON", given))
            out.append(self.checked(lang, "mrz_td3" if (i // len(LANGS)) % 2 == 0 else "mrz_td1", text, ents, []))
        return out

    def hl7_cases(self):
        out = []
        for i in range(12):
            lang = LANGS[i % len(LANGS)]
            first, last = self.person(lang)
            y, m, d = self.day()
            ty, tm, td = self.day(recent=True)
            dob = fixed("hl7time" if i >= 8 else "compact", lang, y, m, d)
            stamp = "%04d%02d%02d%02d%02d00" % (ty, tm, td, self.r.randrange(24), self.r.randrange(60))
            admit = "%04d%02d%02d%02d%02d" % (ty, tm, td, self.r.randrange(24), self.r.randrange(60))
            mrn = self.v.digits(8)
            text = ("MSH|^~\\&|LAB|HOSP|EHR|HOSP|%s||ADT^A01|%s|P|2.5\nPID|1||%s^^^HOSP^MR||%s^%s||%s|%s|||"
                    "Storgata 4^^Oslo^^0155\nPV1|1|I|MED^7B^2||||||||||||||||%s||||||||||||||||||||||||%s"
                    % (stamp, self.v.digits(6), mrn, last, first, dob, self.pick("MF"), self.v.digits(7), admit))
            ents = [("DATE_OF_BIRTH", dob), ("PERSON", last), ("PERSON", first)]
            out.append(self.checked(lang, "hl7_pid", text, ents, [stamp, admit, mrn]))
        return out

    def fhir_cases(self):
        out = []
        for i in range(6):
            lang = LANGS[i % len(LANGS)]
            first, last = self.person(lang)
            dob = fixed("iso", lang, *self.day())
            start = fixed("iso", lang, *self.day(recent=True))
            text = ('{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": '
                    '"Patient", "name": [{"family": "%s", "given": ["%s"]}], "gender": "%s", "birthDate": "%s"}}, '
                    '{"resource": {"resourceType": "Encounter", "status": "finished", "period": {"start": "%sT09:30:00Z"}}}]}'
                    % (last, first, self.pick(["male", "female"]), dob, start))
            out.append(self.checked(lang, "fhir_bundle", text, [("DATE_OF_BIRTH", dob), ("PERSON", last),
                                                                ("PERSON", first)], [start + "T09:30:00Z"]))
        return out

    def gedcom_cases(self):
        out = []
        for i in range(18):
            lang = LANGS[i % len(LANGS)]
            first, last = self.person(lang)
            cf, _ = self.person(lang)
            birth = fixed("gedcom", lang, *self.day())
            child = fixed("gedcom", lang, *self.day(young=True))
            death = fixed("gedcom", lang, *self.day(death=True))
            yr = self.r.randrange(1880, 1935)
            approx = self.pick(GED_APPROX).format(yr=yr, yr2=yr + 5)
            old = fixed("gedcom", lang, *self.day(old=True))
            text = ("0 @I1@ INDI\n1 NAME %s /%s/\n1 SEX F\n1 BIRT\n2 DATE %s\n2 PLAC Bergen, Norway\n1 DEAT\n2 DATE %s\n"
                    "0 @I2@ INDI\n1 NAME %s /%s/\n1 BIRT\n2 DATE %s\n0 @I3@ INDI\n1 NAME Ole /%s/\n1 BIRT\n2 DATE %s\n"
                    "0 @I4@ INDI\n1 NAME Anders /%s/\n1 BIRT\n2 DATE %s"
                    % (first, last, birth, death, cf, last, child, last, approx, last, old))
            ents = [("DATE_OF_BIRTH", birth), ("DATE_OF_BIRTH", child), ("PERSON", first), ("PERSON", cf),
                    ("PERSON", last), ("PERSON", "Ole"), ("PERSON", "Anders")]
            decoys = [death, approx, old]
            if not consistent(text, ents, decoys):
                continue
            out.append(self.checked(lang, "gedcom", text, ents, decoys))
        return out

    def contact_cases(self):
        out = []
        outlook = {"en": ("First Name", "Last Name", "Birthday", "Anniversary"),
                   "no": ("Fornavn", "Etternavn", "Fødselsdag", "Merkedag"),
                   "sv": ("Förnamn", "Efternamn", "Födelsedag", "Årsdag"),
                   "de": ("Vorname", "Nachname", "Geburtstag", "Jahrestag"),
                   "fr": ("Prénom", "Nom", "Anniversaire", "Anniversaire de mariage"),
                   "es": ("Nombre", "Apellidos", "Cumpleaños", "Aniversario")}
        for i in range(36):
            made = None
            while made is None:
                made = self.contact_case(LANGS[i % len(LANGS)], i // len(LANGS), outlook)
            out.append(made)
        return out

    def contact_case(self, lang, kind, outlook):
        """One contact export of the `kind`-th format; None when a value would not stand apart (redrawn)."""
        first, last = self.person(lang)
        ymd, other = self.day(), self.day(recent=True)
        extra = []
        if kind == 0:
            dob = self.pick([fixed("compact", lang, *ymd), fixed("iso", lang, *ymd)])
            key = self.pick(["BDAY", "BDAY;VALUE=date"])
            rev = fixed("compact", lang, *other) + "T101500Z"
            text = ("BEGIN:VCARD\nVERSION:%s\nN:%s;%s;;;\nFN:%s %s\n%s:%s\nREV:%s\nEND:VCARD"
                    % (self.pick(["3.0", "4.0", "2.1"]), last, first, first, last, key, dob, rev))
            decoys = [rev]
            shape = "vcard"
        elif kind == 1:
            y, m, d = ymd
            yr, mo, dd = str(y), "%02d" % m, "%02d" % d
            text = ("dn: cn=%s %s,mail=%s@example.org\nobjectclass: top\nobjectclass: person\nobjectclass: mozillaAbPersonAlpha\n"
                    "givenName: %s\nsn: %s\ncn: %s %s\nbirthyear: %s\nbirthmonth: %s\nbirthday: %s\n"
                    % (first, last, "kontakt", first, last, first, last, yr, mo, dd))
            ents = [("DATE_OF_BIRTH", yr), ("DATE_OF_BIRTH", mo), ("DATE_OF_BIRTH", dd), ("PERSON", first),
                    ("PERSON", last), ("EMAIL", "kontakt@example.org")]
            if not consistent(text, ents, []):
                return None
            return self.checked(lang, "ldif_thunderbird", text, ents, [])
        elif kind == 2:
            fn, ln, bd, an = outlook[lang]
            dob = fixed("us" if lang == "en" else ("dots" if lang in ("no", "de") else "slash"), lang, *ymd)
            ann = fixed("us" if lang == "en" else ("dots" if lang in ("no", "de") else "slash"), lang, *other)
            text = ('"%s","%s","%s","%s","E-mail Address"\n"%s","%s","%s","%s","kontakt@example.org"'
                    % (fn, ln, bd, an, first, last, dob, ann))
            decoys = [ann]
            shape = "outlook_csv"
            extra = [("EMAIL", "kontakt@example.org")]
        elif kind == 3:
            dob = fixed("iso", lang, *ymd)
            text = ("Name,Given Name,Family Name,Birthday,Notes,Group Membership\n%s %s,%s,%s,%s,,* myContacts"
                    % (first, last, first, last, dob))
            decoys = []
            shape = "google_csv"
        elif kind == 4:
            dob = fixed("compact", lang, *ymd)
            stamp = fixed("compact", lang, *other) + "T080000Z"
            summary = {"en": "%s's birthday", "no": "%s har bursdag", "sv": "%s fyller år",
                       "de": "Geburtstag von %s", "fr": "Anniversaire de %s", "es": "Cumpleaños de %s"}[lang]
            text = ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:%s\nRRULE:FREQ=YEARLY\nSUMMARY:%s\nDTSTAMP:%s\nEND:VEVENT"
                    % (dob, summary % (first + " " + last), stamp))
            decoys = [stamp]
            shape = "ics_birthday"
        else:
            dob = fixed("iso", lang, *ymd)
            meet = fixed("compact", lang, *other) + "T090000Z"
            text = ('{"contacts": [{"displayName": "%s %s", "birthday": "%s", "nextMeeting": "%s"}]}'
                    % (first, last, dob, meet))
            decoys = [meet]
            shape = "contacts_json"
        ents = [("DATE_OF_BIRTH", dob), ("PERSON", first), ("PERSON", last)] + extra
        if not consistent(text, ents, decoys):
            return None
        return self.checked(lang, shape, text, ents, decoys)

    def apis_cases(self):
        out = []
        for i in range(12):
            lang = LANGS[i % len(LANGS)]
            rows, ents, decoys = [], [], []
            fy, fm, fd = self.day(recent=True)
            flight = "%02d%s%02d" % (fd, AIR[fm - 1], fy % 100)
            for _ in range(2):
                first, last = self.person(lang)
                short = (i // len(LANGS)) % 2 == 0
                dob = fixed("air" if short else "air4", lang, *self.day())
                ey, em, ed = self.day(recent=True)
                exp = "%02d%s%02d" % (ed, AIR[em - 1], ey % 100) if short else "%02d%s%04d" % (ed, AIR[em - 1], ey)
                doc = self.v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + self.v.digits(7)
                rows.append("%s/%s/%s/%s/NOR/P/%s/%s" % (last.upper(), first.upper(), dob, self.pick("MF"), doc, exp))
                ents += [("DATE_OF_BIRTH", dob), ("PERSON", last.upper()), ("PERSON", first.upper())]
                decoys.append(exp)
            text = "APIS DATA SK4035 %s OSL-EWR\nSURNAME/GIVEN/DOB/SEX/NAT/DOC/DOCNO/EXP\n%s" % (flight, "\n".join(rows))
            decoys.append(flight)
            if not consistent(text, ents, decoys):
                continue
            out.append(self.checked(lang, "apis", text, ents, decoys))
        return out

    def split_cases(self):
        """The date in three cells or fields: a form's Day / Month / Year."""
        heads = {"en": ("Date of birth", "Day", "Month", "Year"), "no": ("Fødselsdato", "Dag", "Måned", "År"),
                 "sv": ("Födelsedatum", "Dag", "Månad", "År"), "de": ("Geburtsdatum", "Tag", "Monat", "Jahr"),
                 "fr": ("Date de naissance", "Jour", "Mois", "Année"), "es": ("Fecha de nacimiento", "Día", "Mes", "Año")}
        out = []
        for i in range(12):
            lang = LANGS[i % len(LANGS)]
            label_, dw, mw, yw = heads[lang]
            while True:
                y, m, d = self.day()
                dd, mm, yy = "%02d" % d, "%02d" % m, "%04d" % y
                if (i // len(LANGS)) % 2 == 0:
                    text = "| %s | %s | %s | %s |\n|---|---|---|---|\n| | %s | %s | %s |" % (label_, dw, mw, yw, dd, mm, yy)
                else:
                    text = "%s:  %s %s   %s %s   %s %s" % (label_, dw, dd, mw, mm, yw, yy)
                ents = [("DATE_OF_BIRTH", dd), ("DATE_OF_BIRTH", mm), ("DATE_OF_BIRTH", yy)]
                if dd != mm and consistent(text, ents, []):
                    break
            out.append(self.checked(lang, "split_fields", text, ents, []))
        return out

    def all(self):
        cases = (self.place_cases() + self.mrz_cases() + self.hl7_cases() + self.fhir_cases() + self.gedcom_cases()
                 + self.contact_cases() + self.apis_cases() + self.split_cases() + self.decoy_cases())
        return [{"id": "census-birth_dates3-%d" % i, "lang": c["lang"], "shape": c["shape"], "text": c["text"],
                 "entities": c["entities"], "decoys": c["decoys"]} for i, c in enumerate(cases)]


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Census(SEED).all())


if __name__ == "__main__":
    sys.exit(census_main(sys.argv, render, "generate_birth_dates3.py", __doc__))
