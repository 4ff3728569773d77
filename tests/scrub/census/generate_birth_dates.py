#!/usr/bin/env python3
"""generate_birth_dates.py — round 2 of the birth dates: the places a person's birth date stands × the forms.

    python3 generate_birth_dates.py > birth_dates.jsonl          writes the census (seed 51)
    python3 generate_birth_dates.py --check birth_dates.jsonl    TAP: the committed census is what this writes

Round 1 (generate_numbers.py) wrote birth dates after a birth cue, under a few keys and in a few
tables; it scores 0.995 while a never-read half written by an author who never saw the rules
scores 0.586, so the misses are in places and forms round 1 did not enumerate. This census was
written before its author read scrub/, from how records, forms and lists are written:

Places: record lines with the label far from the value (column-aligned, dotted leaders,
underscores) or after it, label and value on separate lines; pasted spreadsheet rows (tab- or
space-aligned under a header row holding several date columns, one of them the birth date);
fixed-width records; crew lists, passenger manifests and the APIS `SSR DOCS` line; team sheets
and rosters; church registers (baptism, confirmation); aeromedical forms and pilot logs;
casework about children; volunteers, seasonal workers, interpreters, tutoring; speed dating and
personal ads; animal papers with the owner's birth date; OCR'd letters with stray spaces and
broken lines; data-migration field maps and import logs; SQL INSERTs; JSON, YAML, XML, TOML and
query strings under every key spelling of six languages; prose ("kam am … zur Welt", "föddes",
"est née le", "nació el", "(f. 12.03.85)", "*12.3.1985", "b. 1985-03-12").

Forms: ISO, d.m.yyyy, dd.mm.yy, d/m/yyyy, m/d/yyyy, yyyy/mm/dd, yyyymmdd, ddmmyy, month names and
their abbreviations in six languages with and without the day's dot, ordinals, `12-Mar-1985`,
`12MAR85` as airlines write it, Roman month numerals (`12.III.1985`), after a weekday (the
weekday is written but outside the value), and in OCR'd text with stray spaces.

Decisions, written down:
- DATE_OF_BIRTH is a person's birth date. An animal's birth or foaling date (a horse's passport,
  a pedigree, a pet's vaccination card) is no person's: a decoy, also when "born" or "DOB" stands
  before it. The owner's birth date on the same paper is a value.
- Other dates of a person (hire, start, baptism, confirmation, examination, passport issue and
  expiry, check-in, appointment, death) are decoys: they are not the type, and a scrubber that
  masks every date beside a person has no precision.
- A year alone ("born 1985", "Jg. 2007") and an age are decoys: the type is a day.
- A child's birth date (casework, tutoring, church registers) is a value like an adult's.
- A name beside a birth date is labelled PERSON (as written), so that precision is read on the
  whole record; figures of this census are read on DATE_OF_BIRTH.
Python stdlib only, seeded, same bytes every run."""
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realistic"))
from values import Values  # noqa: E402
from census_common import LANGS, MONTHS, label, main as census_main  # noqa: E402

SEED = 51

ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "no": ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "de": ["Jan.", "Feb.", "Mrz.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
AIR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ordinal(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def forms(lang, y, m, d):
    """Every way this date is written in `lang`; `\\0` marks where a weekday before the value ends."""
    mon, ab, yy = MONTHS[lang][m - 1], ABBR[lang][m - 1], y % 100
    wd = WEEKDAYS[lang][datetime.date(y, m, d).weekday()]
    out = ["%04d-%02d-%02d" % (y, m, d), "%d.%d.%04d" % (d, m, y), "%02d.%02d.%02d" % (d, m, yy),
           "%d/%d/%04d" % (d, m, y), "%04d/%02d/%02d" % (y, m, d), "%04d%02d%02d" % (y, m, d),
           "%02d%02d%02d" % (d, m, yy), "%d.%s.%04d" % (d, ROMAN[m - 1], y), "%02d%s%02d" % (d, AIR[m - 1], yy),
           "%02d-%s-%04d" % (d, ABBR["en"][m - 1], y), "%02d.%02d.%04d" % (d, m, y), "%02d/%02d/%04d" % (d, m, y)]
    if lang == "en":
        out += ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y), "%s %s, %04d" % (mon, ordinal(d), y),
                "%d %s %04d" % (d, ab, y), "%s %d, %04d" % (ab, d, y), "%s %s %04d" % (ordinal(d), mon, y),
                "%s, \0%s %d, %04d" % (wd, mon, d, y), "%d %s %04d" % (d, mon, y), "%04d-%s-%02d" % (y, ab, d)]
    elif lang == "no":
        out += ["%d. %s %04d" % (d, mon, y), "%d. %s %04d" % (d, ab, y), "%d %s %04d" % (d, mon, y),
                "%s \0%d. %s %04d" % (wd, d, mon, y), "%d.%d.%02d" % (d, m, yy)]
    elif lang == "sv":
        out += ["%d %s %04d" % (d, mon, y), "%d %s %04d" % (d, ab, y), "%d:e %s %04d" % (d, mon, y),
                "%s \0den %d %s %04d" % (wd, d, mon, y), "%02d%02d%02d" % (yy, m, d)]
    elif lang == "de":
        out += ["%d. %s %04d" % (d, mon, y), "%d. %s %04d" % (d, ab, y), "%d.%s %04d" % (d, mon, y),
                "%s, \0%d. %s %04d" % (wd, d, mon, y), "%d.%d.%02d" % (d, m, yy)]
    elif lang == "fr":
        day = "1er" if d == 1 else str(d)
        out += ["%s %s %04d" % (day, mon, y), "%d %s %04d" % (d, ab, y), "%s \0%s %s %04d" % (wd, day, mon, y),
                "%02d/%02d/%02d" % (d, m, yy)]
    else:
        out += ["%d de %s de %04d" % (d, mon, y), "%d %s %04d" % (d, ab, y), "%d-%s-%04d" % (d, mon[:3], y),
                "%s, \0%d de %s de %04d" % (wd, d, mon, y), "%d/%s/%04d" % (d, ROMAN[m - 1], y),
                "%02d-%02d-%04d" % (d, m, y)]
    return out


def ocr_forms(y, m, d):
    """A date as OCR reads a scanned page: stray spaces inside, a line broken after the month."""
    return ["%s %s. %02d. %04d" % (str(d // 10), str(d % 10), m, y) if d >= 10 else "%d. %02d. %04d" % (d, m, y),
            "%02d.%02d. %04d" % (d, m, y), "%02d .%02d.%04d" % (d, m, y), "%02d. %02d.%04d" % (d, m, y),
            "%02d / %02d / %04d" % (d, m, y), "%02d.%02d.\n%04d" % (d, m, y), "%02d-%02d- %04d" % (d, m, y)]


# {d} birth date, {c} a child's birth date, {d2} a second person's; {p} {p2} names; {o} {o2} other dates
# (decoys); {n} a number; {ocr} a birth date as OCR reads it.
PLACES = {
    "en": [
        ("far_label", "Name: {p}\nAddress: 14 Mill Lane, Leeds\nDate of birth                            {d}\nGP: Riverside Practice"),
        ("label_after", "{p}    {d}  (DOB)    ref {n}"),
        ("separate_lines", "Date of birth:\n{d}\n\nPlace of birth:\nCork"),
        ("dotted", "Surname and first name ........ {p}\nDate of birth ................. {d}\nDate of examination ........... {o}"),
        ("underscores", "Date of Birth: ____ {d} ____   Today's date: ____ {o} ____"),
        ("aeromedical", "APPLICATION FOR MEDICAL CERTIFICATE\n1. Name: {p}\n2. Date of birth (DD/MM/YYYY): {d}\n3. Date of last medical: {o}"),
        ("pilot_log", "PIC {p} | DOB {d} | ATPL(A) | Class 1 medical valid until {o}"),
        ("casework", "Referral {n}: the child, born {c}, lives with her mother ({p}). Case opened {o}."),
        ("church", "Baptisms, St Mary's: {p}, daughter of {p2}, born {c}, baptised {o}."),
        ("team_sheet", "No | Name | Pos | DOB\n7 | {p} | MF | {c}\n9 | {p2} | FW | {d2}"),
        ("volunteer", "Volunteer sign-up: {p}, DOB {d}, available from {o}, emergency contact on file."),
        ("seasonal", "Seasonal workers, week 32\n{p} - born {d} - start {o}\n{p2} - born {d2} - start {o2}"),
        ("interpreter", "Interpreter needed: client {p} (born {d}), appointment {o} at 10:30."),
        ("tutoring", "New student: {p}, birthday {c}, first lesson {o}."),
        ("speed_dating", "Hi, I'm {p}! Born {d}, Aquarius, love hiking and bad puns."),
        ("personal_ad", "M, 38, born {d}, non-smoker, seeks kind woman for walks and talks."),
        ("paren", "Attendees: {p} (b. {d}), {p2} (b. {d2})."),
        ("pet_papers", "Dog: Rex, Labrador, born {o}. Owner: {p}, date of birth {d}."),
        ("ocr_letter", "To whom it may concern,\nI, {p}, born on {ocr} in Dublin, hereby con-\nfirm that the above is true."),
        ("prose", "My daughter was born on {c} and my son on {d2}."),
    ],
    "no": [
        ("far_label", "Navn: {p}\nAdresse: Storgata 4, Bergen\nFødselsdato                              {d}\nFastlege: Sentrum legekontor"),
        ("label_after", "{p}    {d}  (fødselsdato)    saksnr {n}"),
        ("separate_lines", "Fødselsdato:\n{d}\n\nFødested:\nBodø"),
        ("dotted", "Etternavn, fornavn ........ {p}\nFødselsdato ............... {d}\nUndersøkelsesdato ......... {o}"),
        ("underscores", "Fødselsdato: ____ {d} ____   Dato: ____ {o} ____"),
        ("aeromedical", "SØKNAD OM HELSESERTIFIKAT\n1. Navn: {p}\n2. Fødselsdato (DD.MM.ÅÅÅÅ): {d}\n3. Siste undersøkelse: {o}"),
        ("casework", "Melding {n}: barnet, født {c}, bor hos mor ({p}). Sak opprettet {o}."),
        ("church", "Kirkebok, døpte: {p}, født {c} i Tromsø, døpt {o} i Domkirken."),
        ("confirmands", "Konfirmanter 2027\n{p}, f. {c}\n{p2}, f. {d2}"),
        ("team_sheet", "Nr | Navn | Pos | Født\n7 | {p} | MID | {c}\n9 | {p2} | SP | {d2}"),
        ("seasonal", "Sesongarbeidere uke 32\n{p} - født {d} - start {o}\n{p2} - født {d2} - start {o2}"),
        ("interpreter", "Tolk bestilt: klient {p} (f. {d}), time {o} kl. 10.30."),
        ("personal_ad", "Kvinne, 41, født {d}, ikke-røyker, søker snill mann."),
        ("paren", "Deltakere: {p} (f. {d}), {p2} (f. {d2})."),
        ("pet_papers", "Hund: Bamse, født {o}. Eier: {p}, fødselsdato {d}."),
        ("ocr_letter", "Til den det måtte angå,\nJeg, {p}, født {ocr} i Oslo, bekref-\nter at opplysningene stemmer."),
        ("prose", "{p} er født den {d} og kom til Norge i 2015."),
        ("prose", "Datteren vår ble født {c}, og sønnen {d2}."),
    ],
    "sv": [
        ("far_label", "Namn: {p}\nAdress: Storgatan 4, Lund\nFödelsedatum                             {d}\nVårdcentral: Centrum"),
        ("label_after", "{p}    {d}  (födelsedatum)    ärende {n}"),
        ("separate_lines", "Födelsedatum:\n{d}\n\nFödelseort:\nKiruna"),
        ("dotted", "Efternamn, förnamn ........ {p}\nFödelsedatum .............. {d}\nUndersökningsdatum ........ {o}"),
        ("underscores", "Födelsedatum: ____ {d} ____   Datum: ____ {o} ____"),
        ("aeromedical", "ANSÖKAN OM MEDICINSKT INTYG\n1. Namn: {p}\n2. Födelsedatum (ÅÅÅÅ-MM-DD): {d}\n3. Senaste undersökning: {o}"),
        ("casework", "Anmälan {n}: barnet, fött {c}, bor hos mamma ({p}). Ärendet öppnat {o}."),
        ("church", "Dopbok: {p}, född {c} i Umeå, döpt {o} i Domkyrkan."),
        ("confirmands", "Konfirmander 2027\n{p}, f. {c}\n{p2}, f. {d2}"),
        ("team_sheet", "Nr | Namn | Pos | Född\n7 | {p} | MF | {c}\n9 | {p2} | A | {d2}"),
        ("seasonal", "Säsongsarbetare v. 32\n{p} - född {d} - start {o}\n{p2} - född {d2} - start {o2}"),
        ("volunteer", "Volontär: {p}, född {d}, kan börja {o}."),
        ("personal_ad", "Man, 45, född {d}, gillar fiske och långa promenader."),
        ("paren", "Deltagare: {p} (f. {d}), {p2} (f. {d2})."),
        ("pet_papers", "Katt: Misse, född {o}. Ägare: {p}, födelsedatum {d}."),
        ("ocr_letter", "Till den det vederbör,\nJag, {p}, född {ocr} i Malmö, in-\ntygar att uppgifterna är riktiga."),
        ("prose", "{p} föddes den {d} i Göteborg."),
        ("prose", "Vår dotter föddes {c} och vår son {d2}."),
    ],
    "de": [
        ("far_label", "Name: {p}\nAnschrift: Hauptstr. 4, Köln\nGeburtsdatum                             {d}\nHausarzt: Praxis am Markt"),
        ("label_after", "{p}    {d}  (Geburtsdatum)    Az. {n}"),
        ("separate_lines", "Geburtsdatum:\n{d}\n\nGeburtsort:\nKiel"),
        ("dotted", "Name, Vorname ............. {p}\nGeburtsdatum .............. {d}\nUntersuchungsdatum ........ {o}"),
        ("underscores", "Geburtsdatum: ____ {d} ____   Datum: ____ {o} ____"),
        ("aeromedical", "ANTRAG AUF TAUGLICHKEITSZEUGNIS\n1. Name: {p}\n2. Geburtsdatum (TT.MM.JJJJ): {d}\n3. Letzte Untersuchung: {o}"),
        ("casework", "Meldung {n}: das Kind, geb. {c}, lebt bei der Mutter ({p}). Fall eröffnet am {o}."),
        ("church", "Taufregister: {p}, geboren am {c} in Fulda, getauft am {o}."),
        ("confirmands", "Konfirmanden 2027\n{p}, *{c}\n{p2}, *{d2}"),
        ("team_sheet", "Nr | Name | Pos | Geb.\n7 | {p} | MF | {c}\n9 | {p2} | ST | {d2}"),
        ("seasonal", "Saisonkräfte KW 32\n{p} - geb. {d} - Beginn {o}\n{p2} - geb. {d2} - Beginn {o2}"),
        ("interpreter", "Dolmetscher: Klient {p} (geb. am {d}), Termin am {o} um 10:30."),
        ("personal_ad", "Sie, 39, geb. {d}, Nichtraucherin, sucht ehrlichen Ihn."),
        ("paren", "Teilnehmer: {p} (*{d}), {p2} (*{d2})."),
        ("pet_papers", "Pferd: Donnerhall, geboren {o}. Besitzerin: {p}, Geburtsdatum {d}."),
        ("ocr_letter", "Sehr geehrte Damen und Herren,\nich, {p}, geb. am {ocr} in Ulm, be-\nstätige die Angaben."),
        ("prose", "{p} kam am {d} in Dresden zur Welt."),
        ("prose", "Unsere Tochter ist am {c} geboren, unser Sohn am {d2}."),
    ],
    "fr": [
        ("far_label", "Nom : {p}\nAdresse : 4 rue Victor Hugo, Lyon\nDate de naissance                        {d}\nMédecin traitant : cabinet du Parc"),
        ("label_after", "{p}    {d}  (date de naissance)    dossier {n}"),
        ("separate_lines", "Date de naissance :\n{d}\n\nLieu de naissance :\nNantes"),
        ("dotted", "Nom et prénom ............. {p}\nDate de naissance ......... {d}\nDate de l'examen .......... {o}"),
        ("underscores", "Né(e) le : ____ {d} ____   Fait le : ____ {o} ____"),
        ("aeromedical", "DEMANDE DE CERTIFICAT MÉDICAL\n1. Nom : {p}\n2. Date de naissance (JJ/MM/AAAA) : {d}\n3. Dernier examen : {o}"),
        ("casework", "Signalement {n} : l'enfant, né le {c}, vit chez sa mère ({p}). Dossier ouvert le {o}."),
        ("church", "Registre des baptêmes : {p}, née le {c} à Rennes, baptisée le {o}."),
        ("team_sheet", "N° | Nom | Poste | Né le\n7 | {p} | MIL | {c}\n9 | {p2} | ATT | {d2}"),
        ("seasonal", "Saisonniers semaine 32\n{p} - né le {d} - début {o}\n{p2} - née le {d2} - début {o2}"),
        ("volunteer", "Bénévole : {p}, née le {d}, disponible à partir du {o}."),
        ("personal_ad", "H, 42 ans, né le {d}, non-fumeur, cherche femme douce."),
        ("paren", "Participants : {p} (née le {d}), {p2} (né le {d2})."),
        ("pet_papers", "Chien : Médor, né le {o}. Propriétaire : {p}, date de naissance {d}."),
        ("ocr_letter", "Madame, Monsieur,\nJe soussigné {p}, né le {ocr} à Lille, cer-\ntifie sur l'honneur l'exactitude des faits."),
        ("prose", "{p} est née le {d} à Marseille."),
        ("prose", "Notre fille est née le {c} et notre fils le {d2}."),
    ],
    "es": [
        ("far_label", "Nombre: {p}\nDirección: C/ Mayor 4, Sevilla\nFecha de nacimiento                      {d}\nCentro de salud: Triana Norte"),
        ("label_after", "{p}    {d}  (fecha de nacimiento)    exp. {n}"),
        ("separate_lines", "Fecha de nacimiento:\n{d}\n\nLugar de nacimiento:\nCádiz"),
        ("dotted", "Apellidos y nombre ........ {p}\nFecha de nacimiento ....... {d}\nFecha del examen .......... {o}"),
        ("underscores", "Fecha de nacimiento: ____ {d} ____   Fecha: ____ {o} ____"),
        ("aeromedical", "SOLICITUD DE CERTIFICADO MÉDICO\n1. Nombre: {p}\n2. Fecha de nacimiento (DD/MM/AAAA): {d}\n3. Último reconocimiento: {o}"),
        ("casework", "Aviso {n}: el menor, nacido el {c}, vive con su madre ({p}). Expediente abierto el {o}."),
        ("church", "Libro de bautismos: {p}, nacida el {c} en Burgos, bautizada el {o}."),
        ("confirmands", "Confirmación 2027\n{p}, nac. {c}\n{p2}, nac. {d2}"),
        ("team_sheet", "Dorsal | Nombre | Pos | F. nac.\n7 | {p} | MC | {c}\n9 | {p2} | DC | {d2}"),
        ("seasonal", "Temporeros semana 32\n{p} - nacido el {d} - inicio {o}\n{p2} - nacida el {d2} - inicio {o2}"),
        ("interpreter", "Intérprete: cliente {p} (nacido el {d}), cita el {o} a las 10:30."),
        ("personal_ad", "Chica, 34, nacida el {d}, busco chico sincero."),
        ("paren", "Asistentes: {p} (n. {d}), {p2} (n. {d2})."),
        ("pet_papers", "Caballo: Lucero, nacido el {o}. Propietaria: {p}, fecha de nacimiento {d}."),
        ("ocr_letter", "Muy señores míos:\nYo, {p}, nacido el {ocr} en Bilbao, de-\nclaro que los datos son ciertos."),
        ("prose", "{p} nació el {d} en Zaragoza."),
        ("prose", "Nuestra hija nació el {c} y nuestro hijo el {d2}."),
    ],
}

# Every key spelling people and systems give a birth date, and the other dates kept beside it.
KEYS = ["dob", "DOB", "d_o_b", "Dob", "birthDate", "birthdate", "BirthDate", "birth_date", "date_of_birth",
        "DateOfBirth", "dateOfBirth", "DATE_OF_BIRTH", "birth_dt", "bdate", "born", "birthday", "fodselsdato",
        "fødselsdato", "fdato", "fodt", "födelsedatum", "fodelsedatum", "fdatum", "geburtsdatum", "Geburtsdatum",
        "geb_datum", "gebdat", "date_naissance", "dateNaissance", "date_de_naissance", "fecha_nacimiento",
        "fechaNacimiento", "fnac", "f_nacimiento", "FechaNac", "person.birth_date", "dob_yyyymmdd", "DOB_DDMMYYYY"]
KEY_CONTAINERS = [
    ("json", "{{\"id\": {n}, \"name\": \"{p}\", \"{k}\": \"{d}\", \"created_at\": \"{o}\"}}"),
    ("yaml", "- id: {n}\n  name: {p}\n  {k}: {d}\n  hired: {o}"),
    ("xml", "<person id=\"{n}\"><name>{p}</name><{k}>{d}</{k}><passportExpiry>{o}</passportExpiry></person>"),
    ("toml", "[[crew]]\nname = \"{p}\"\n{k} = \"{d}\"\nsigned_on = \"{o}\""),
    ("query", "GET /api/members?name={pq}&{k}={d}&since={o}"),
    ("xml_attr", "<member name=\"{p}\" {k}=\"{d}\" joined=\"{o}\"/>"),
    ("logfmt", "level=info msg=\"record imported\" id={n} {k}=\"{d}\" updated=\"{o}\""),
]

SPREADSHEET_HEADERS = {
    "en": ["Name", "Start date", "DOB", "Passport expiry"],
    "no": ["Navn", "Ansatt", "Født", "Pass utløper"],
    "sv": ["Namn", "Anställd", "Födelsedatum", "Pass giltigt till"],
    "de": ["Name", "Eintritt", "Geburtsdatum", "Pass gültig bis"],
    "fr": ["Nom", "Embauche", "Date de naissance", "Expiration passeport"],
    "es": ["Nombre", "Alta", "Fecha de nacimiento", "Caducidad pasaporte"],
}

MIGRATION = [
    ("field_map", "FIELD MAP v3\n  dob: '{d}' -> birth_date\n  created: '{o}' -> created_at"),
    ("field_map", "{{old}}.fodselsdato ({d}) => person.birth_date\n{{old}}.regdato ({o}) => person.registered"),
    ("import_log", "row {n}: birthdate={d} rejected (column 'birth_date' expects ISO 8601)"),
    ("import_log", "WARN import.persons line {n}: invalid value for Geburtsdatum: \"{d}\", skipped"),
    ("import_log", "[import] {n} OK name=\"{p}\" fecha_nacimiento={d} alta={o}"),
    ("import_log", "ERREUR ligne {n} : date_naissance « {d} » hors plage"),
    ("import_log", "rad {n}: födelsedatum '{d}' kunde inte tolkas"),
    ("mapping", "| source column | sample | target |\n|---|---|---|\n| DOB | {d} | birth_date |\n| HIRE_DT | {o} | hired_at |"),
    ("csv_dump", "ID;NAVN;FODT;REGDATO\n{n};{p};{d};{o}"),
    ("diff", "- birth_date: {d}\n+ birth_date: {d2}\n  updated_at: {o}"),
    ("sql", "INSERT INTO persons (id, name, birth_date, created_at) VALUES ({n}, '{p}', '{d}', '{o}');"),
    ("sql", "INSERT INTO crew VALUES ({n}, '{p}', 'NOR', DATE '{d}', 'P{n}');"),
    ("sql", "UPDATE kunder SET fodselsdato = '{d}', endret = '{o}' WHERE kundenr = {n};"),
    ("sql", "SELECT * FROM patients WHERE dob = '{d}' AND admitted > '{o}';"),
    ("sql", "insert into Mitglieder (Name, Geburtsdatum, Eintritt) values ('{p}', '{d}', '{o}');"),
]

DECOY_PLACES = {
    "en": ["Horse passport: Silver Dancer, foaled {o}, sire Dancing Brave.", "Passport issued {o}, expires {o2}.",
           "Hire date: {o}. Probation ends {o2}.", "Check-in {o}, check-out {o2}.",
           "Her great-grandfather died on {o}.", "Release notes, version 4.2 ({o}).", "She was born in 1985 and is 41 now.",
           "Puppy born {o}, vaccinated {o2}.", "Appointment: {o} at 09:15."],
    "no": ["Hest: Storm, født {o}, far Bjørnstad.", "Passet utstedt {o}, utløper {o2}.",
           "Ansatt fra {o}. Prøvetid til {o2}.", "Innsjekk {o}, utsjekk {o2}.", "Oldefaren hennes døde {o}.",
           "Versjon 4.2 ({o}).", "Hun er født i 1985 og er 41 år.", "Valpen er født {o}, vaksinert {o2}.",
           "Timen din er {o} kl. 09.15."],
    "sv": ["Häst: Blixten, fölad {o}.", "Passet utfärdat {o}, gäller till {o2}.", "Anställd från {o}.",
           "Incheckning {o}, utcheckning {o2}.", "Hennes farfars far dog {o}.", "Version 4.2 ({o}).",
           "Hon är född 1985 och är 41 år.", "Valpen föddes {o}, vaccinerad {o2}.", "Din tid: {o} kl. 09.15."],
    "de": ["Pferdepass: Donnerhall, Fohlen geboren am {o}.", "Reisepass ausgestellt am {o}, gültig bis {o2}.",
           "Eintritt am {o}, Probezeit bis {o2}.", "Anreise {o}, Abreise {o2}.", "Ihr Urgroßvater starb am {o}.",
           "Version 4.2 vom {o}.", "Jg. 1985, 41 Jahre alt.", "Welpe geboren am {o}, geimpft am {o2}.",
           "Termin am {o} um 9:15."],
    "fr": ["Cheval : Éclair, poulain né le {o}.", "Passeport délivré le {o}, expire le {o2}.",
           "Embauché le {o}, fin de période d'essai le {o2}.", "Arrivée le {o}, départ le {o2}.",
           "Son arrière-grand-père est mort le {o}.", "Version 4.2 du {o}.", "Elle est née en 1985 et a 41 ans.",
           "Chiot né le {o}, vacciné le {o2}.", "Rendez-vous le {o} à 9 h 15."],
    "es": ["Caballo: Lucero, nacido el {o}, hijo de Trueno.", "Pasaporte expedido el {o}, caduca el {o2}.",
           "Alta el {o}, fin del periodo de prueba el {o2}.", "Entrada {o}, salida {o2}.",
           "Su bisabuelo murió el {o}.", "Versión 4.2 del {o}.", "Nació en 1985 y tiene 41 años.",
           "Cachorro nacido el {o}, vacunado el {o2}.", "Cita el {o} a las 9:15."],
}


def case(lang, shape, text, entities, decoys=()):
    for _, value in entities:
        assert value in text, (value, text)
    ents, kept = label(text, entities, list(decoys))
    return {"lang": lang, "shape": shape, "text": text, "entities": ents, "decoys": kept}


class Census:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.v = Values(self.r)
        self.turn = 0

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def birth(self, lang, young=False):
        """(as written, the value): the forms in turn, so that each meets many places."""
        y, m, d = self.v.birth_date(young)
        all_forms = forms(lang, y, m, d)
        written = all_forms[self.turn % len(all_forms)]
        self.turn += 1
        return written.replace("\0", ""), written.split("\0")[-1]

    def other(self, lang, old=False):
        y = self.r.randrange(1800, 1920) if old else self.r.randrange(2015, 2031)
        m, d = self.r.randrange(1, 13), self.r.randrange(1, 29)
        written = [f for f in forms(lang, y, m, d) if str(y) in f or not old]     # an old date has its century
        return self.pick(written).replace("\0", "")

    def ocr(self):
        y, m, d = self.v.birth_date()
        return self.pick(ocr_forms(y, m, d))

    def fill(self, lang, shape, tpl, extra=None):
        f, ents, decoys = {}, [], [y for y in ("1985",) if y in tpl]     # a year alone is no birth date
        if "{d}" in tpl:
            f["d"], v = self.birth(lang)
            while shape == "key_query" and " " in f["d"]:     # a URL's value holds no space
                f["d"], v = self.birth(lang)
            ents.append(("DATE_OF_BIRTH", v))
        if "{d2}" in tpl:
            f["d2"], v = self.birth(lang)
            ents.append(("DATE_OF_BIRTH", v))
        if "{c}" in tpl:
            f["c"], v = self.birth(lang, young=True)
            ents.append(("DATE_OF_BIRTH", v))
        if "{ocr}" in tpl:
            f["ocr"] = self.ocr()
            ents.append(("DATE_OF_BIRTH", f["ocr"]))
        for key in ("p", "p2"):
            if "{%s}" % key in tpl or (key == "p" and "{pq}" in tpl):
                f[key] = self.v.name(lang)
                ents.append(("PERSON", f[key]))
        if "{pq}" in tpl:
            f["pq"] = f["p"].replace(" ", "+")
            ents[-1] = ("PERSON", f["p"].split(" ")[0])
            ents.append(("PERSON", f["p"].split(" ")[-1]))
        for key in ("o", "o2"):
            if "{%s}" % key in tpl:
                f[key] = self.other(lang, old="died" in tpl or "døde" in tpl or "dog " in tpl or "starb" in tpl
                                    or "mort le" in tpl or "murió" in tpl)
                decoys.append(f[key])
        f["n"] = self.r.randrange(100, 99999)
        f.update(extra or {})
        text = tpl.format(**f)
        return case(lang, shape, text, ents, decoys)

    def place_cases(self):
        out = []
        for lang in LANGS:
            for shape, tpl in PLACES[lang]:
                for _ in range(3):
                    out.append(self.fill(lang, shape, tpl))
        return out

    def key_cases(self):
        out = []
        for i, key in enumerate(KEYS):
            for j in range(2):
                shape, tpl = KEY_CONTAINERS[(i * 2 + j) % len(KEY_CONTAINERS)]
                lang = LANGS[(i + j) % len(LANGS)]
                out.append(self.fill(lang, "key_" + shape, tpl.replace("{k}", key)))
        return out

    def spreadsheet_cases(self):
        out = []
        for lang in LANGS:
            head = SPREADSHEET_HEADERS[lang]
            for layout in ("tab", "space", "tab_reordered"):
                cols = [0, 1, 2, 3] if layout != "tab_reordered" else [0, 2, 1, 3]
                rows, ents, decoys = [], [], []
                for _ in range(3):
                    name = self.v.name(lang)
                    written, value = self.birth(lang)
                    hired, expiry = self.other(lang), self.other(lang)
                    cells = [name, hired, written, expiry]
                    rows.append([cells[c] for c in cols])
                    ents += [("DATE_OF_BIRTH", value), ("PERSON", name)]
                    decoys += [hired, expiry]
                header = [head[c] for c in cols]
                if layout == "space":
                    widths = [max(len(r[k]) for r in rows + [header]) + 3 for k in range(4)]
                    lines = ["".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header] + rows]
                else:
                    lines = ["\t".join(row) for row in [header] + rows]
                out.append(case(lang, "spreadsheet_" + layout, "\n".join(lines), ents, decoys))
        return out

    def fixed_width_cases(self):
        out = []
        for i in range(8):
            lang = LANGS[i % len(LANGS)]
            lines, ents, decoys = ["SURNAME        GIVEN          DOB      SEX NAT EXPIRY  "], [], []
            for _ in range(2):
                first, last = self.v.first(lang).upper(), self.v.last(lang).upper()
                y, m, d = self.v.birth_date()
                dob = "%04d%02d%02d" % (y, m, d) if i % 2 == 0 else "%02d%s%02d" % (d, AIR[m - 1], y % 100) + "  "
                expiry = "%04d%02d%02d" % (self.r.randrange(2026, 2036), self.r.randrange(1, 13), self.r.randrange(1, 29))
                lines.append("%-15s%-15s%s %s   %s %s" % (last, first, dob, self.pick("MF"), "NOR", expiry))
                ents += [("DATE_OF_BIRTH", dob.strip()), ("PERSON", last), ("PERSON", first)]
                decoys.append(expiry)
            out.append(case(lang, "fixed_width", "\n".join(lines), ents, decoys))
        return out

    def manifest_cases(self):
        out = []
        for i in range(12):
            lang = LANGS[i % len(LANGS)]
            first, last = self.v.first(lang).upper(), self.v.last(lang).upper()
            y, m, d = self.v.birth_date()
            ey, em, ed = self.r.randrange(2026, 2036), self.r.randrange(1, 13), self.r.randrange(1, 29)
            dob, exp = "%02d%s%02d" % (d, AIR[m - 1], y % 100), "%02d%s%02d" % (ed, AIR[em - 1], ey % 100)
            pp = "%d" % self.r.randrange(10000000, 99999999)
            kind = i % 4
            if kind == 0:
                text = "SSR DOCS SK HK1/P/NOR/%s/NOR/%s/%s/%s/%s/%s" % (pp, dob, self.pick("MF"), exp, last, first)
                ents = [("DATE_OF_BIRTH", dob), ("PERSON", last), ("PERSON", first)]
            elif kind == 1:
                dob = "%02d.%02d.%04d" % (d, m, y)
                exp = "%02d.%02d.%04d" % (ed, em, ey)
                text = ("CREW LIST  MV Nordlys  Port: Bergen\nNo  Name                 Rank     Nat  DOB         "
                        "Passport   Expiry\n1   %-20s Master   NOR  %s  %s   %s" % (last + ", " + first.title(), dob, pp, exp))
                ents = [("DATE_OF_BIRTH", dob), ("PERSON", last), ("PERSON", first.title())]
            elif kind == 2:
                dob = "%02d-%s-%04d" % (d, AIR[m - 1], y)
                text = ("PASSENGER MANIFEST FLT 412\n%s/%s MR   DOB %s   NAT NOR   DOC P%s" % (last, first, dob, pp))
                ents = [("DATE_OF_BIRTH", dob), ("PERSON", last), ("PERSON", first)]
                exp = None
            else:
                dob = "%04d-%02d-%02d" % (y, m, d)
                text = ("Roster, U19 squad\n#  Player               Born        Registered\n4  %-20s %s  %s"
                        % (first.title() + " " + last.title(), dob, "%04d-%02d-%02d" % (ey - 10, em, ed)))
                ents = [("DATE_OF_BIRTH", dob), ("PERSON", first.title() + " " + last.title())]
                exp = "%04d-%02d-%02d" % (ey - 10, em, ed)
            out.append(case(lang, "manifest", text, ents, [exp] if exp else []))
        return out

    def migration_cases(self):
        out = []
        for i, (shape, tpl) in enumerate(MIGRATION):
            for j in range(2):
                out.append(self.fill(LANGS[(i + j) % len(LANGS)], shape, tpl))
        return out

    def decoy_cases(self):
        out = []
        for lang in LANGS:
            for tpl in DECOY_PLACES[lang]:
                for _ in range(2):
                    out.append(self.fill(lang, "decoy", tpl))
        return out

    def all(self):
        cases = (self.place_cases() + self.key_cases() + self.spreadsheet_cases() + self.fixed_width_cases()
                 + self.manifest_cases() + self.migration_cases() + self.decoy_cases())
        return [{"id": "census-birth_dates-%d" % i, "lang": c["lang"], "shape": c["shape"], "text": c["text"],
                 "entities": c["entities"], "decoys": c["decoys"]} for i, c in enumerate(cases)]


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Census(SEED).all())


if __name__ == "__main__":
    sys.exit(census_main(sys.argv, render, "generate_birth_dates.py", __doc__))
