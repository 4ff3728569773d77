"""templates_dev7.py — a seventh development half: interchange formats, directory and identity data, ops
consoles, people in papers and chats, secrets said in words.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py,
templates_dev4..dev6.py and a few cases of dev6.jsonl, never the scrubber's sources or data, or any held-out
template or case). Its shapes are none the earlier readable halves have: LDIF entries, SAML assertions, SOAP
envelopes with a WS-Security UsernameToken, SEPA pain.001 XML, X12 834 enrolment segments, SWIFT MT940
statements, semicolon mail-merge CSV as European Excel saves it, Discord exports, grpcurl and protobuf text
format, Elasticsearch hits, redis-cli HGETALL, Excel formulas, code comments and docstrings that hold a
colleague's number or a password, package.json and pom.xml people, Nomad jobs, Consul, serverless.yml,
wp-config.php, `dotnet user-secrets list`, mobile crash reports, call-centre transcripts, police incident
reports, referral letters, Debian changelogs, .mailmap, Cypress tests, SQL role DDL, Airflow connections,
dbt profiles, `heroku config`, Terraform state, `docker inspect`, WebVTT meeting transcripts, mortgage
applications, class contact lists, RSVP lists, Postfix logs, tomcat-users.xml and HOCON.

Its prose (ten per language) writes informal messages with lowercase names and nicknames, several people in
one sentence, values far from their cue and cues after the value ("… is her birthday", "… er passordet"),
secrets described in words ("the password for the staging box is …"), birth dates in new written forms
and phones in each country's styles beside national numbers in letters and forms.

Same syntax as templates.py. Slots of its own (DEV7_SECRETS, registered in generate.py like a half's decoy
pools): «DOB7» (a birth date in forms no earlier generator writes: "March the 3rd, 1985", "3 de marzo del
85", "3 mars -85", "03031985"; or one of birth_six()'s, one time in two), «PHONE7» (a phone in styles no
earlier generator writes, else one of phone_new()'s), «DOBD8» (CCYYMMDD). Decoys: «~STREET7», «~ROOM7»,
«~TEAM7», «~MASKED7», «~PH7», «~BUILD7», «~CASE7», «~PRODUCT7», «~GREET7», «~HEAD7»."""

DEV7_FIRST = {
    "en": ["Peregrine", "Wilhelmina", "Bartholomew", "Mary-Kate", "Atticus", "Jebediah", "Araminta", "Cressida",
           "Ignatius", "Marmaduke", "Perpetua", "Tabitha"],
    "no": ["Sigrunn", "Ola-Martin", "Tordis", "Eilif", "Jon-Erik", "Kolbjørn", "Ambjørg", "Tjostolv", "Gyri", "Ånund",
           "Reidun", "Eldbjørg"],
    "sv": ["Maj-Britt", "Åke", "Sigvard", "Ingvar", "Signe", "Ronja", "Elsa-Marie", "Yngve", "Gunborg", "Arvid",
           "Solbritt", "Ottilia"],
    "de": ["Eberhard", "Rosemarie", "Siegfried", "Wigand", "Dietlinde", "Jörg-Peter", "Elfriede", "Gottlieb",
           "Hiltrud", "Reinhild", "Eckehard", "Luitgard"],
    "fr": ["Aurélien", "Maïwenn", "Séverine", "Anne-Laure", "Églantine", "Marie-Noëlle", "Fulbert", "Ludivine",
           "Aldric", "Bénédicte", "Tiphaine", "Ermengarde"],
    "es": ["Eulogio", "María Jesús", "Wenceslao", "Juan Pablo", "Purísima", "Sagrario", "Florentino", "Baldomero",
           "Crisanto", "Gumersindo", "Leandra", "Primitivo"],
}
DEV7_LAST = {
    "en": ["Fairweather", "O'Shaughnessy", "Pennington-Smythe", "Van Houten", "Thistlewood", "Kowalczyk",
           "Delacourt", "MacGillivray", "Featherstonehaugh", "Cholmondeley", "St. Clair", "Dunwoody"],
    "no": ["Brækhus", "Aasheim", "Løvaas-Moe", "Fjellheim", "Haugsbakk", "Nordbø", "Rønneberg", "Grøtterud",
           "Bakke-Jensen", "Øverland", "Tveiten", "Kvåle"],
    "sv": ["Sjöberg-Ek", "Wästfelt", "Ödmark", "Lagerqvist", "Strindlund", "Norén", "De Geer", "Ågren",
           "Bonde af Björnö", "Fältskog", "Wachtmeister", "Stiernhielm"],
    "de": ["von der Heyden", "Mühlhäuser", "Schäfer-Gümbel", "Kießling", "Oberdörfer", "Ehrenreich", "Zumwinkel",
           "Lütkemeyer", "Stöckl", "vom Bruch", "Gänsewein", "Ruppersberg"],
    "fr": ["Lefèvre-Pontalis", "Chénier", "Kervella", "de La Rochefoucauld", "Duplessis", "Lhermitte", "Ménétrier",
           "Quintard", "Gaudemet", "Le Goff-Riou", "d'Harcourt", "Poitevin"],
    "es": ["Echevarría", "Ibarrola", "Peñalver", "Martín-Artajo", "Goicoechea", "del Olmo", "Castañeda", "Villalobos",
           "Sáenz de Ugarte", "Oyarzábal", "López de Haro", "Arriortua"],
}
DEV7_CITIES = {
    "en": ["Spokane", "Wollongong", "Lethbridge", "Kalamazoo", "Nanaimo", "Poughkeepsie"],
    "no": ["Otta", "Sortland", "Førde", "Rjukan", "Vinstra", "Alta"],
    "sv": ["Härnösand", "Sandviken", "Alingsås", "Nässjö", "Mora", "Kalix"],
    "de": ["Görlitz", "Siegen", "Cuxhaven", "Kempten", "Passau", "Detmold"],
    "fr": ["Carcassonne", "Béziers", "Valence", "Millau", "Saumur", "Niort"],
    "es": ["Lorca", "Ávila", "Tarifa", "Linares", "Úbeda", "Olot"],
}
DEV7_BRANDS = ["Agnès b.", "Purificación García", "Paul Bocuse", "Hackett", "Jean Patou", "Rolf Benz",
               "Manolo Blahnik", "Jacquemus", "Ole Henriksen", "Lanvin", "Maison Margiela", "Tiffany & Co.",
               "Abercrombie & Fitch", "Lyle & Scott", "Hackett London", "Rolf Benz Freistil"]

MONTHS7 = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}


def birth_seven(case, lang):
    """A birth date in forms no earlier generator writes, or one of birth_six()'s, one time in two."""
    if case.rng.random() < 0.5:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    name = MONTHS7[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
    styles = {
        "en": ["%(name)s the %(d)d%(th)s, %(y)d", "%(d)d%(th)s %(name)s '%(yy)02d", "%(y)d-%(m)d-%(d)d",
               "%(abbr)s-%(d)02d-%(y)d", "%(m)d-%(d)d-%(y)d"],
        "no": ["den %(d)d. %(name)s %(y)d", "%(d)d. %(name)s -%(yy)02d", "%(y)d.%(m)02d.%(d)02d",
               "%(d)02d%(m)02d%(y)d"],
        "sv": ["%(d)d %(name)s -%(yy)02d", "den %(d)d:e %(name)s %(y)d", "%(yy)02d.%(m)02d.%(d)02d",
               "%(d)d.%(m)d.%(y)d"],
        "de": ["%(d)d. %(name)s '%(yy)02d", "%(d)02d%(m)02d%(y)d", "%(y)d/%(m)02d/%(d)02d", "%(d)d-%(abbr)s-%(y)d"],
        "fr": ["%(d)d-%(name)s-%(y)d", "%(d)02d%(m)02d%(y)d", "%(y)d/%(m)02d/%(d)02d", "%(d)d %(name)s %(yy)02d"],
        "es": ["%(d)d de %(name)s del %(yy)02d", "%(d)d-%(name)s-%(y)d", "%(d)02d%(m)02d%(y)d",
               "%(d)d/%(m)02d/%(yy)02d"],
    }[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1:
        text = text.replace("1 " + name, "1er " + name).replace("1-" + name, "1er-" + name)
    return text


def phone_seven(case, lang):
    """A phone in styles no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["+1 (%s) %s %s" % (a, e, line), "1 %s %s-%s" % (a, e, line), "(%s) %s.%s" % (a, e, line),
                       "%s %s.%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["0044 (0)" + mobile[:4] + " " + mobile[4:], "+44-" + mobile[:4] + "-" + mobile[4:],
                       "+44 (0)" + mobile[:4] + "-" + mobile[4:7] + "-" + mobile[7:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["(+47) " + " ".join(n[i:i + 2] for i in range(0, 8, 2)), n[:4] + " " + n[4:],
                       "+47 - " + n[:3] + " " + n[3:5] + " " + n[5:], "+47 " + n[:3] + " " + n[3:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick(["+46 " + m[1:3] + " " + m[3:], "(0)" + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:],
                       "+46(0)" + m[1:], m[:4] + "-" + m[4:6] + " " + m[6:8] + " " + m[8:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["+49 " + m[:3] + " " + m[3:7] + " " + m[7:], "+49-" + m[:3] + "-" + m[3:7] + " " + m[7:],
                       "0" + m[:3] + "/" + m[3:7] + " " + m[7:], "(+49) " + m[:3] + " " + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["(+33) 0" + n[0] + " " + " ".join(pairs), "+33 (0)" + n[0] + "." + ".".join(pairs),
                       "+33-" + n[0] + "-" + "-".join(pairs)])
    m = v.pick("67") + d(8)
    return v.pick(["+34 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:],
                   "(+34) " + m[:3] + "-" + m[3:5] + "-" + m[5:7] + "-" + m[7:],
                   "0034 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:]])


# slot -> (family, make(case, lang), type): a value shares its family's cache, like generate.py's own slots
DEV7_SECRETS = {
    "DOB7": ("dob", birth_seven, "DATE_OF_BIRTH"),
    "PHONE7": ("phone7", phone_seven, "PHONE"),
    # CCYYMMDD, as X12 DMG*D8 and other interchange formats carry a birth date
    "DOBD8": ("dob", lambda case, lang: "%d%02d%02d" % case.v.birth_date(), "DATE_OF_BIRTH"),
}

DEV7_DECOYS = {
    "STREET7": {
        "en": ["Martin Luther King Jr Blvd", "Churchill Way", "Florence Nightingale Road", "Wellington Street"],
        "no": ["Henrik Ibsens gate", "Kong Oscars gate", "Olav Kyrres gate", "Fridtjof Nansens plass"],
        "sv": ["Birger Jarlsgatan", "Selma Lagerlöfs väg", "Karl XII:s torg", "Gustav Adolfs torg"],
        "de": ["Konrad-Adenauer-Ring", "Goethestraße", "Bismarckallee", "Willy-Brandt-Platz"],
        "fr": ["Avenue Jean Jaurès", "Rue Émile Zola", "Place Charles de Gaulle", "Boulevard Haussmann"],
        "es": ["Avenida de Blasco Ibáñez", "Calle Cervantes", "Plaza de Federico García Lorca", "Paseo de Picasso"],
    },
    "ROOM7": {
        "en": ["Room Ada Lovelace", "Turing Room", "the Hopper suite", "Boardroom Brunel"],
        "no": ["møterom Nansen", "rom Amundsen", "Sonja Henie-rommet", "møterom Ibsen"],
        "sv": ["rum Nobel", "Linnérummet", "sal Celsius", "rum Lagerlöf"],
        "de": ["Raum Einstein", "Saal Humboldt", "Raum Röntgen", "Konferenzraum Benz"],
        "fr": ["salle Marie Curie", "salle Pasteur", "salle Molière", "salle Coco Chanel"],
        "es": ["sala Ramón y Cajal", "sala Goya", "sala Clara Campoamor", "sala Velázquez"],
    },
    "TEAM7": ["Team Polaris", "Squad Falcon", "Project Hermes", "Platform Guild", "Blue Team", "Tiger Team",
              "Project Nightingale", "Team Aurora", "Release Train Borealis", "Squad Kestrel"],
    # values already masked by someone else: not a person's any more
    "MASKED7": lambda v, r: v.pick(["***-**-%s" % v.digits(4), "**** **** **** %s" % v.digits(4),
                                    "XXXX-XXXX-XXXX-%s" % v.digits(4), "XXX-XX-%s" % v.digits(4),
                                    "•••• %s" % v.digits(4), "DE** **** **** **** **%s" % v.digits(2),
                                    "+47 *** ** %s" % v.digits(3)]),
    "PH7": ["<your-password>", "changeme", "xxxx", "<DB_PASSWORD>", "your_password_here", "${SECRET}",
            "__REPLACE__", "<redacted>", "$VAULT_PASS", "********", "put-your-key-here", "<api-token>",
            "{{ vault_db_password }}", "ENV['DB_PASSWORD']", "XXXXXXXX", "secret"],
    # case, file and loan numbers: digits with a prefix that belong to no person
    "CASE7": lambda v, r: v.pick(["INC-", "Sak ", "Ärende ", "AZ ", "Dossier n° ", "Exp. ", "REF/"]) +
    v.digits(r.randrange(5, 9)),
    "BUILD7": lambda v, r: v.pick(["build #%d", "pipeline %d", "run %d", "job #%d", "PR #%d", "MR !%d"]) %
    r.randrange(10, 99999),
    "PRODUCT7": ["MacBook Air M3", "Pixel 8 Pro", "Kindle Scribe", "Teams Rooms", "Outlook for Mac",
                 "iPhone 15 Pro Max", "Galaxy S24 Ultra", "Surface Pro 9", "Sonos Era 100", "AirPods Max"],
    "GREET7": {
        "en": ["Cheers", "Best", "Many thanks", "Speak soon", "Warmly"],
        "no": ["Mvh", "Hilsen", "Klem", "Takk på forhånd", "Ha en fin dag"],
        "sv": ["Hälsningar", "Mvh", "Ha det gott", "Tack på förhand", "Vänliga hälsningar"],
        "de": ["VG", "Gruß", "Servus", "Beste Grüße", "Danke vorab"],
        "fr": ["Bien à vous", "Amitiés", "Bonne journée", "Merci d'avance", "À bientôt"],
        "es": ["Un abrazo", "Atte.", "Saludos", "Gracias de antemano", "Hasta pronto"],
    },
    "HEAD7": {
        "en": ["Summary", "Background", "Outcome", "Action items", "Witnesses", "Referral"],
        "no": ["Sammendrag", "Bakgrunn", "Vedtak", "Oppfølging", "Vitner", "Henvisning"],
        "sv": ["Sammanfattning", "Bakgrund", "Beslut", "Uppföljning", "Vittnen", "Remiss"],
        "de": ["Zusammenfassung", "Hintergrund", "Ergebnis", "Maßnahmen", "Zeugen", "Überweisung"],
        "fr": ["Résumé", "Contexte", "Décision", "Suites", "Témoins", "Orientation"],
        "es": ["Resumen", "Antecedentes", "Resolución", "Seguimiento", "Testigos", "Derivación"],
    },
}

DEV7_STRUCTURED = [
    # ---- directory, identity and interchange formats ----
    ("ldif", None, "dn: uid=«DOTNAME:a»,ou=people,dc=«=WORD»,dc=com\nobjectClass: inetOrgPerson\ncn: «NAME:a»\n"
     "givenName: «FIRST:a»\nsn: «LAST:a»\nmail: «EMAIL:a»\ntelephoneNumber: «PHONE7»\nuserPassword: «PASSWORD4»\n"
     "description: ⟦«~TEAM7»⟧, ⟦«~ROOM7»⟧\n\n# ldapadd -f «=WORD».ldif -w «PASSWORD:b» fails with 68"),
    ("saml", None, "<saml:Assertion ID=\"_⟦«~SHA32»⟧\" IssueInstant=\"⟦«~ISOTS»⟧\">\n  <saml:Subject>\n    "
     "<saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">«EMAIL:a»</saml:NameID>\n"
     "  </saml:Subject>\n  <saml:AttributeStatement>\n    <saml:Attribute Name=\"displayName\"><saml:AttributeValue>"
     "«NAME:a»</saml:AttributeValue></saml:Attribute>\n    <saml:Attribute Name=\"mobile\"><saml:AttributeValue>"
     "«PHONE7»</saml:AttributeValue></saml:Attribute>\n  </saml:AttributeStatement>\n</saml:Assertion>\n"
     "Why does Okta reject this?"),
    ("soap", None, "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n<soapenv:Header>"
     "<wsse:Security><wsse:UsernameToken>\n  <wsse:Username>«=USER»</wsse:Username>\n  <wsse:Password Type=\""
     "#PasswordText\">«PASSWORD4»</wsse:Password>\n</wsse:UsernameToken></wsse:Security></soapenv:Header>\n"
     "<soapenv:Body><GetCustomer><Name>«NAME»</Name><Phone>«PHONE4»</Phone></GetCustomer></soapenv:Body>\n"
     "</soapenv:Envelope>"),
    ("sepa", ["de", "fr", "es", "no"], "<CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>⟦«~INVOICE»⟧</MsgId><CreDtTm>⟦«~ISOTS»⟧"
     "</CreDtTm></GrpHdr>\n  <PmtInf>\n    <Dbtr><Nm>«NAME:d»</Nm></Dbtr>\n    <DbtrAcct><Id><IBAN>«IBAN:d»</IBAN>"
     "</Id></DbtrAcct>\n    <CdtTrfTxInf>\n      <Amt><InstdAmt Ccy=\"EUR\">«=NUM».00</InstdAmt></Amt>\n"
     "      <Cdtr><Nm>«NAME:c»</Nm></Cdtr>\n      <CdtrAcct><Id><IBAN>«IBAN:c»</IBAN></Id></CdtrAcct>\n"
     "      <RmtInf><Ustrd>⟦«~INVOICE»⟧ ⟦«~BRAND»⟧</Ustrd></RmtInf>\n    </CdtTrfTxInf>\n  </PmtInf>\n"
     "</CstmrCdtTrfInitn>"),
    ("x12", ["en"], "ISA*00*          *00*          *ZZ*⟦«~DIGITS9»⟧      *ZZ*BCBS           *⟦«=NUM»⟧~\n"
     "INS*Y*18*021*28*A***FT~\nREF*0F*«SSNPLAIN»~\nNM1*IL*1*«UPLAST»*«UPFIRST»~\nPER*IP**HP*«PHONE7»~\n"
     "N3*⟦«~STREET7»⟧~\nDMG*D8*«DOBD8»*F~\nHD*021**HLT*⟦«~BUILD7»⟧~"),
    ("mt940", ["de", "no", "sv", "fr"], ":20:⟦«~INVOICE»⟧\n:25:«IBAN:o»\n:28C:⟦«=NUM»⟧/1\n"
        ":60F:C⟦«~ISODATE»⟧EUR«=NUM»,00\n"
     ":61:2403150315D«=NUM»,50NTRFNONREF\n:86:166?00SEPA-UEBERWEISUNG?20⟦«~INVOICE»⟧?32«UPNAME»?31«IBAN:p»\n"
     ":62F:C⟦«~ISODATE»⟧EUR«=NUM»,00\n\nHow do I parse :86: subfields in Python?"),
    ("mailmerge", ["de"], "Anrede;Vorname;Nachname;Straße;Geburtstag;Telefon;E-Mail\nFrau;«FIRST:a»;«LAST:a»;"
     "⟦«~STREET7»⟧ 4;«DOB7:a»;«PHONE7:a»;«EMAIL:a»\nHerr;«FIRST:b»;«LAST:b»;;«DOB7:b»;«PHONE4:b»;\n\n"
     "Serienbrief: { MERGEFIELD Anrede } { MERGEFIELD Nachname }, ⟦Ihr⟧ Vertrag läuft aus."),
    ("mailmerge", ["fr"], "Civilité;Prénom;Nom;Ville;Date de naissance;Portable\nMme;«FIRST:a»;«LAST:a»;⟦«~CITY»⟧;"
     "«DOB7:a»;«PHONE7:a»\nM.;«FIRST:b»;«LAST:b»;⟦«~CITY»⟧;«DOB7:b»;«PHONE7:b»\n\nPublipostage Word : "
     "⟦Comment⟧ garder le 0 initial des portables ?"),
    ("discord", None, "[⟦«~CHATTS»⟧] «LOWNAME:a»: yo whats the staging db pw again\n[⟦«~CHATTS»⟧] «DOTNAME:b»: "
     "«PASSWORD4» (dont paste it in #general lol)\n[⟦«~CHATTS»⟧] «LOWNAME:a»: ty. also «FIRST:b» ur number still "
     "«PHONE7»?\n[⟦«~CHATTS»⟧] «DOTNAME:b»: ye"),
    ("grpcurl", None, "$ grpcurl -H 'authorization: Bearer «TOKEN»' -d '{\"id\": ⟦«=NUM»⟧}' «IP»:443 "
     "crm.v1.Customers/Get\n{\n  \"customer\": {\n    \"display_name\": \"«NAME»\",\n    \"email\": \"«EMAIL»\",\n"
     "    \"phone\": \"«PHONE4»\",\n    \"birth_date\": \"«DOBISO»\"\n  }\n}"),
    ("textproto", None, "# proto-file: user.proto\n# proto-message: UserRecord\nuser {\n  given_name: \"«FIRST»\"\n"
     "  family_name: \"«LAST»\"\n  national_id: \"«SSNDASH»\"\n  phone_number: \"«PHONE7»\"\n}\ncredentials {\n"
     "  api_secret: \"«HEXTOKEN»\"\n}\nbuild_id: \"⟦«~SHORTSHA»⟧\""),
    ("esdoc", None, "{\n  \"_index\": \"customers-⟦«~ISODATE»⟧\",\n  \"_id\": \"⟦«~UUID»⟧\",\n  \"_source\": {\n"
     "    \"fullName\": \"«NAME»\",\n    \"contact\": {\"mobile\": \"«PHONE4»\", \"mail\": \"«EMAIL»\"},\n"
     "    \"client_ip\": \"«IP»\",\n    \"iban\": \"«IBAN»\",\n    \"product\": \"⟦«~PRODUCT7»⟧\"\n  }\n}"),
    ("rediscli", None, "127.0.0.1:6379> AUTH «PASSWORD4»\nOK\n127.0.0.1:6379> HGETALL user:⟦«=NUM»⟧\n1) \"name\"\n"
     "2) \"«NAME»\"\n3) \"phone\"\n4) \"«PHONE7»\"\n5) \"dob\"\n6) \"«DOBISO»\"\n7) \"session\"\n8) \"«HEXTOKEN»\""),
    ("excelformula", None, "=HYPERLINK(\"mailto:«EMAIL:a»\";\"«NAME:a»\")\n"
                           "=SVERWEIS(\"«LAST:b»\";Kontakte!A:D;3;FALSCH)"
     "  → «PHONE4:b»\n=CONCAT(\"tel:\";\"«PHONE7»\")\n=IF(B2=\"⟦«~TEAM7»⟧\";\"ok\";\"check\")"),
    # ---- code that holds a colleague's number or a password ----
    ("docstring", None, "def sync_ledger(conn):\n    \"\"\"Nightly sync to ⟦«~BRAND»⟧.\n\n    Owner: «NAME» "
     "(call «PHONE7» if it breaks at night).\n    The staging DB password is «PASSWORD4» until ⟦«~TICKET»⟧ lands.\n"
     "    \"\"\"\n    # TODO(«LOWNAME»): move to vault, see ⟦«~BUILD7»⟧"),
    ("docstring", None, "/**\n * Retries the SFTP push.\n * @author «NAME»\n * NB: login «=USER» / «PASSWORD4» — "
     "ask «FIRST:x» («PHONE4:x») before rotating.\n * @since ⟦«~VERSION»⟧\n */\npublic void push() {"),
    ("packagejson", None, "{\n  \"name\": \"@«=WORD»/ui\",\n  \"version\": \"⟦«~VERSION»⟧\",\n  \"author\": "
     "\"«NAME:a» <«EMAIL:a»>\",\n  \"contributors\": [\n    {\"name\": \"«NAME:b»\", \"email\": \"«EMAIL:b»\"},\n"
     "    \"«NAME:c» <«EMAIL:c»> (https://«=WORD».dev)\"\n  ],\n  \"license\": \"MIT\"\n}"),
    ("pom", None, "<developers>\n  <developer>\n    <id>«DOTNAME:a»</id>\n    <name>«NAME:a»</name>\n    "
     "<email>«EMAIL:a»</email>\n    <organization>⟦«~BRAND»⟧</organization>\n  </developer>\n  <developer>\n    "
     "<name>«NAME:b»</name>\n    <roles><role>⟦«~TEAM7»⟧</role></roles>\n  </developer>\n</developers>"),
    # ---- ops consoles and deploy files ----
    ("nomad", None, "job \"billing\" {\n  group \"api\" {\n    task \"server\" {\n      template {\n"
                    "        data = <<EOH\n"
     "DB_PASSWORD=«PASSWORD:p»\nSTRIPE_KEY=«STRIPE»\nDATABASE_URL=postgresql://«=USER»:«URLPASS:p»@«IP»:5432/billing\n"
     "EOH\n        destination = \"secrets/file.env\"\n      }\n    }\n  }\n}"),
    ("consul", None, "$ export CONSUL_HTTP_TOKEN=«TOKEN»\n$ consul kv get config/billing/db_password\n«PASSWORD4»\n"
     "$ consul kv get config/billing/owner\n«NAME» <«EMAIL»>\n$ consul members | grep ⟦«~CITY»⟧"),
    ("serverless", None, "service: «=WORD»-api\nprovider:\n  name: aws\n  environment:\n"
                         "    SENDGRID_API_KEY: «GENERIC»\n"
     "    DB_PASS: «PASSWORD4»\n    ALERT_PHONE: \"«PHONE7»\"\n    STAGE_TOKEN: ⟦«~PH7»⟧\nfunctions:\n  hello:\n"
     "    handler: handler.hello"),
    ("wpconfig", None, "<?php\ndefine( 'DB_NAME', 'wp_«=WORD»' );\ndefine( 'DB_USER', '«=USER»' );\n"
     "define( 'DB_PASSWORD', '«PASSWORD4»' );\ndefine( 'DB_HOST', '«IP»' );\ndefine( 'AUTH_KEY', '«DJANGOKEY»' );\n"
     "define( 'NONCE_SALT', 'put your unique phrase here' );\n// site admin: «NAME», «PHONE4»"),
    ("usersecrets", None, "PS> dotnet user-secrets list\n"
                          "ConnectionStrings:Crm = Server=«IP»;Database=crm;User Id=«=USER»;"
     "Password=«URLPASS»;\nSmtp:Password = «PASSWORD4»\nAzureAd:ClientSecret = «TOKEN»\nSeed:AdminEmail = «EMAIL»"),
    ("herokucfg", None, "$ heroku config -a «=WORD»-prod\n=== «=WORD»-prod Config Vars\nDATABASE_URL:       "
     "postgres://«=USER»:«URLPASS»@«=HOST»:5432/d⟦«~SHORTSHA»⟧\nREDIS_URL:          rediss://:«URLPASS:r»@«IP»:6380\n"
     "SECRET_KEY_BASE:    «HEXTOKEN»\nSUPPORT_PHONE:      «PHONE7»\nWEB_CONCURRENCY:    2"),
    ("tfstate", None, "{\n  \"type\": \"aws_db_instance\",\n  \"instances\": [{\n    \"attributes\": {\n"
     "      \"username\": \"«=USER»\",\n      \"password\": \"«PASSWORD4»\",\n      \"endpoint\": \"«IP»:5432\",\n"
     "      \"tags\": {\"Owner\": \"«NAME»\", \"CostCenter\": \"⟦«~DIGITS8»⟧\"}\n    },\n"
     "    \"sensitive_attributes\": []\n  }]\n}"),
    ("dockerinspect", None, "$ docker inspect api-1 --format '{{json .Config.Env}}'\n[\"PATH=/usr/local/bin\","
     "\"MYSQL_ROOT_PASSWORD=«PASSWORD:m»\",\"MYSQL_URL=mysql://root:«URLPASS:m»@«IP»:3306/app\","
     "\"ANTHROPIC_API_KEY=«ANTHROPIC»\",\"GIT_SHA=⟦«~SHA»⟧\"]"),
    ("airflow", None, "$ airflow connections add 'warehouse' --conn-type postgres --conn-host «IP» "
     "--conn-login «=USER» --conn-password '«PASSWORD:w»' --conn-port 5432\n$ airflow connections get warehouse -o "
     "json | jq .conn_uri\n\"postgres://«=USER»:«URLPASS:w»@«IP»:5432\""),
    ("dbtprofiles", None, "# ~/.dbt/profiles.yml\nanalytics:\n  target: dev\n  outputs:\n    dev:\n"
                          "      type: snowflake\n"
     "      account: ⟦«~UUID»⟧\n      user: «DOTNAME»\n      password: «PASSWORD4»\n      role: ⟦«~TEAM7»⟧\n"
     "      # ask «NAME» for the prod one"),
    ("sqlddl", None, "CREATE ROLE reporting LOGIN PASSWORD '«PASSWORD4»';\nALTER USER «=USER» WITH PASSWORD "
     "'«PASSWORD:a»' VALID UNTIL '⟦«~ISODATE»⟧';\nCREATE USER '«=USER»'@'%' IDENTIFIED BY '«PASSWORD:b»';\n"
     "COMMENT ON ROLE reporting IS 'owner «NAME», «PHONE7»';"),
    ("tomcatusers", None, "<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"«DOTNAME»\" "
     "password=\"«PASSWORD4»\" roles=\"manager-gui\"/>\n  <user username=\"deploy\" password=\"⟦«~PH7»⟧\" "
     "roles=\"manager-script\"/>\n</tomcat-users>\n<!-- «NAME» ⟦«~ISODATE»⟧ -->"),
    ("hocon", None, "db {\n  default.url = \"jdbc:postgresql://«IP»:5432/play\"\n  default.username = «=USER»\n"
     "  default.password = \"«PASSWORD4»\"\n}\nplay.http.secret.key = \"«HEXTOKEN»\"\nmailer.password = "
     "${?MAILER_PASSWORD}\n# maintainer: «NAME»"),
    ("maillog", None, "⟦«~SYSLOGTS»⟧ mx1 postfix/smtpd[«=PID»]: ⟦«~HEXID»⟧: client=unknown[«IP»], "
     "sasl_method=LOGIN, sasl_username=«EMAIL:a»\n⟦«~SYSLOGTS»⟧ mx1 postfix/cleanup[«=PID»]: ⟦«~HEXID»⟧: "
     "header Subject: Re: «NAME» fødselsdato from «EMAIL:a»"),
    ("mailmap", None, "# .mailmap\n«NAME:a» <«EMAIL:a»> <«DOTNAME:a»@old-laptop.local>\n«NAME:b» <«EMAIL:b»> "
     "«LOWNAME:b» <«DOTNAME:b»@users.noreply.github.com>"),
    ("debchangelog", None, "«=WORD» (⟦«~VERSION»⟧-1) unstable; urgency=medium\n\n  * Fix crash on empty config "
     "(Closes: #⟦«=NUM»⟧)\n  * Thanks to «NAME:b» for the report.\n\n -- «NAME:a» <«EMAIL:a»>  "
     "⟦«~GITDATE»⟧ 14:02:11 +0100"),
    ("cypress", None, "describe('login', () => {\n  it('works for «FIRST»', () => {\n    cy.visit('/login')\n"
     "    cy.get('#email').type('«EMAIL»')\n    cy.get('#password').type('«PASSWORD4»')\n"
     "    cy.get('#phone').type('«PHONE7»')\n    cy.contains('⟦«~GREET7»⟧')\n  })\n})"),
    ("crashreport", None, "Incident Identifier: ⟦«~UUID»⟧\nHardware Model: ⟦«~PRODUCT7»⟧\nVersion: ⟦«~VERSION»⟧\n"
     "Exception Type: EXC_CRASH (SIGABRT)\nLast breadcrumb: ProfileViewController.save(name: \"«NAME»\", "
     "phone: \"«PHONE7»\", birthday: \"«DOBISO»\")\nUser: «EMAIL» / «IP»"),
    # ---- people in papers and chats ----
    ("callscript", None, "[00:00:04] Agent («FIRST:a»): Thank you for calling ⟦«~BRAND»⟧, who am I speaking with?\n"
     "[00:00:07] Caller: It's «NAME:c», that's «UPLAST:c» in capitals.\n[00:00:15] Agent: And your date of birth?\n"
     "[00:00:18] Caller: «DOB7».\n[00:00:31] Agent: Best number to reach you?\n[00:00:34] Caller: «PHONE7»\n"
     "[00:01:02] Caller: my social is «SSNSP»"),
    ("incident", ["en"], "INCIDENT REPORT ⟦«~CASE7»⟧\nReporting officer: Sgt. «LAST:o»\n⟦«~HEAD7»⟧\n"
     "Complainant: «UPLAST:c», «FIRST:c» (DOB «DOB7:c»), tel «PHONE7:c»\nSuspect: «NAME:s», approx. 30, last seen on "
     "⟦«~STREET7»⟧\nWitness «NAME:w» stated the suspect called himself «FIRST:s»."),
    ("incident", ["no", "sv"], "ANMELDELSE ⟦«~CASE7»⟧\n⟦«~HEAD7»⟧\nFornærmede: «LASTFIRST», tlf. «PHONE7»\n"
     "Mistenkt: «NAME:m», ukjent adresse\nVitne: «NAME:v» så at «FIRST:m» slo ned døra i ⟦«~STREET7»⟧."),
    ("referral", ["en"], "Dear Dr «LAST:d»,\nRe: «NAME:p», DOB «DOB7», hospital no. ⟦«~CASE7»⟧\nThank you for seeing "
     "this ⟦«=NUM»⟧-year-old. «FIRST:p» can be reached on «PHONE7»; her daughter «NAME:k» is next of kin.\n"
     "Yours sincerely,\nDr «INITIAL»"),
    ("referral", ["de"], "Sehr geehrte Frau Kollegin «LAST:d»,\nwir überweisen Herrn «NAME:p», geb. «DOB7», "
     "Steuer-ID «STEUER» (für die Abrechnung),\nTel. «PHONE7». ⟦«~HEAD7»⟧: V. a. Meniskusläsion.\n"
     "Mit kollegialen Grüßen\n«INITIAL»"),
    ("referral", ["fr", "es"], "Cher confrère, chère consœur,\nje vous adresse «NAME:p», né(e) le «DOB7», joignable au "
     "«PHONE7».\n⟦«~HEAD7»⟧ : suivi en ⟦«~ROOM7»⟧.\nConfraternellement, Dr «LAST:d»"),
    ("vtt", None, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v «NAME:a»>Okay, ⟦«~TEAM7»⟧ sync, let's go.\n\n"
     "00:00:05.000 --> 00:00:09.500\n<v «NAME:b»>The vendor password is «PASSWORD4», I'll rotate it Friday.\n\n"
     "00:00:10.000 --> 00:00:12.000\n<v «NAME:a»>Thanks «FIRST:b». Ping «FIRST:c» «LAST:c» on «PHONE7»."),
    ("loanapp", ["en"], "UNIFORM RESIDENTIAL LOAN APPLICATION\nBorrower Name: «NAME:b»\n"
                        "Social Security Number: «SSNDASH»\n"
     "Date of Birth (mm/dd/yyyy): «DOB7»\nHome Phone: «PHONE7»   Cell: «PHONE4US»\n"
     "Co-Borrower: «NAME:c», SSN «SSNSP:c»\n"
     "Loan No. ⟦«~DIGITS8»⟧  Property: ⟦«~STREET7»⟧"),
    ("loanapp", ["en"], "Canada mortgage pre-approval\nApplicant: «LASTFIRST»\nSIN: «SINPLAIN»\nBirth date: «DOB7»\n"
     "Phone: «PHONE3US»\nEmployer: ⟦«~BRAND»⟧ (since ⟦«~DATE»⟧)\nDeposit from account routed «ABA»"),
    ("classlist", ["no"], "Klasseliste 5B – foresatte\nElev;Foresatt;Mobil\n«FIRST:a» «LAST:a»;«NAME:m»;«PHONE7:m»\n"
     "«FIRST:b» «LAST:b»;«NAME:n»;«PHONE4:n»\n⟦Kontaktlærer⟧: «NAME:t» (⟦«~ROOM7»⟧)"),
    ("classlist", ["sv", "de"], "Klass 3A / Klasse 3a – kontakter\n«NAME:a» — «PHONE7:a» — «EMAIL:a»\n«NAME:b» — "
     "«PHONE4:b»\n«NAME:c» — «PHONE7:c» (⟦«~GREET7»⟧)"),
    ("rsvp", None, "Guest,Plus one,RSVP,Phone,Diet\n«NAME:a»,«NAME:b»,yes,«PHONE7:a»,vegan\n«NAME:c»,,no,«PHONE4:c»,\n"
     "«LOWNAME:d»,?,maybe,«PHONE7:d»,gluten\n# venue: ⟦«~ROOM7»⟧, ⟦«~CITY»⟧"),
]

DEV7_PROSE = {
    "en": [
        "the password for the staging box is «PASSWORD4» — don't put it in ⟦«~TEAM7»⟧'s channel.",
        "«LOWNAME:a» and «LOWNAME:b» both need access; «FIRST:a»'s cell is «PHONE7:a».",
        "«DOB7» is my mum's birthday, by the way. Her name's «NAME», if the form asks.",
        "⟦Sorry⟧ for the long mail. «NAME:a», «NAME:b» and «NAME:c» were all at the ⟦«~CITY»⟧ office.",
        "For the wire: «ABA» is the routing number, account ⟦«~MASKED7»⟧ as before.",
        "my SSN — «SSNPLAIN» — was on the old form; ⟦Please⟧ shred it. Thanks, «FIRST»",
        "⟦Quick⟧ one: can you text «FIRST» on «PHONE7»? Her landline (old, «PHONE4US») is dead.",
        "«NAME» (born «DOB7», SIN «SINSP») moved to ⟦«~STREET7»⟧ last spring.",
        "⟦Morning⟧! «FIRST» here. Card ending ⟦«~MASKED7»⟧ got declined, the full one is «CARD».",
        "admin login for ⟦«~PRODUCT7»⟧ is «=USER» and the pw is «PASSWORD4». ⟦«~GREET7»⟧, «FIRST»",
    ],
    "no": [
        "ring «FIRST» på «PHONE7», eller «LOWNAME» hvis hun ikke svarer.",
        "«PASSWORD4» er passordet til testserveren, ⟦ikke⟧ del det med ⟦«~TEAM7»⟧.",
        "⟦Kan⟧ du sende fødselsnummeret mitt til NAV? Det er «FNR». ⟦«~GREET7»⟧, «FIRST»",
        "«FIRST:a», «FIRST:b» og «NAME:c» kommer på møtet i ⟦«~ROOM7»⟧.",
        "⟦Husk⟧ at bestemor «NAME» er født «DOB7», skjemaet spør om det.",
        "kontonummeret hans er «IBAN», og mobilen «PHONE4».",
        "⟦Hei⟧! Passordet til wifien hjemme hos «FIRST» er «PASSPHRASE».",
        "⟦Vi⟧ traff «LOWNAME:a» og «LOWNAME:b» i ⟦«~CITY»⟧, de har nytt nummer: «PHONE7:a».",
        "⟦Fødselsdato⟧ til «NAME»: «DOB7» (⟦«~DATE»⟧ var innleveringsfristen).",
        "⟦Bare⟧ så du vet det: «FNRSP» står på gamle papirer fra ⟦«~BRAND»⟧.",
    ],
    "sv": [
        "lösenordet till testmiljön är «PASSWORD4», ⟦skriv⟧ inte det i ⟦«~TEAM7»⟧-kanalen.",
        "ring «LOWNAME» på «PHONE7» efter lunch.",
        "«PNR» är mitt personnummer, ⟦kan⟧ du fylla i blanketten? ⟦«~GREET7»⟧ «FIRST»",
        "«FIRST:a», «FIRST:b» och «NAME:c» sitter i ⟦«~ROOM7»⟧ i morgon.",
        "⟦Glöm⟧ inte att farmor «NAME» är född «DOB7».",
        "⟦Hej⟧! Wifi-lösenordet hos «FIRST» är «PASSPHRASE».",
        "⟦Vi⟧ såg «LOWNAME:a» och «LOWNAME:b» i ⟦«~CITY»⟧; nytt nummer «PHONE7:a».",
        "kontot är «IBAN», mobil «PHONE4». /«FIRST»",
        "⟦Födelsedag⟧: «DOB7» — det gäller «NAME», inte mig.",
        "⟦Bara⟧ så du vet: «PNR12» står på gamla papper från ⟦«~BRAND»⟧.",
    ],
    "de": [
        "das Passwort für die Staging-Kiste ist «PASSWORD4», ⟦bitte⟧ nicht in ⟦«~TEAM7»⟧ posten.",
        "ruf «LOWNAME» unter «PHONE7» an, ⟦Festnetz⟧ geht nicht.",
        "«STEUER» ist meine Steuer-ID, ⟦kannst⟧ du das ins Formular eintragen? ⟦«~GREET7»⟧ «FIRST»",
        "«FIRST:a», «FIRST:b» und «NAME:c» sind morgen im ⟦«~ROOM7»⟧.",
        "⟦Vergiss⟧ nicht: Oma «NAME» ist geboren am «DOB7», das Formular fragt danach.",
        "⟦Hallo⟧! Das WLAN-Passwort bei «FIRST» ist «PASSPHRASE».",
        "⟦Wir⟧ haben «LOWNAME:a» und «LOWNAME:b» in ⟦«~CITY»⟧ getroffen, neue Nummer «PHONE7:a».",
        "Konto «IBAN», Handy «PHONE4». Gruß «FIRST»",
        "⟦Geburtsdatum⟧ von «NAME»: «DOB7» (⟦Abgabe⟧ war am ⟦«~DATE»⟧).",
        "⟦Nur⟧ zur Info: «STEUERSP» steht auf alten Unterlagen von ⟦«~BRAND»⟧.",
    ],
    "fr": [
        "le mot de passe du serveur de recette est «PASSWORD4», ⟦ne⟧ le mets pas dans ⟦«~TEAM7»⟧.",
        "appelle «LOWNAME» au «PHONE7» après midi.",
        "«NAME:a», «NAME:b» et «FIRST:c» seront en ⟦«~ROOM7»⟧ demain.",
        "⟦N'oublie⟧ pas : mamie «NAME» est née le «DOB7».",
        "⟦Salut⟧ ! Le code wifi chez «FIRST» c'est «PASSPHRASE».",
        "⟦On⟧ a croisé «LOWNAME:a» et «LOWNAME:b» à ⟦«~CITY»⟧, nouveau numéro : «PHONE7:a».",
        "RIB : «IBAN», portable «PHONE4». ⟦«~GREET7»⟧, «FIRST»",
        "⟦Date⟧ de naissance de «NAME» : «DOB7» (⟦dépôt⟧ le ⟦«~DATE»⟧).",
        "⟦Pour⟧ info, «FIRST» a laissé son numéro, le «PHONE7», sur la table.",
        "⟦Voici⟧ la carte de «FIRST» : «CARD», elle expire bientôt.",
    ],
    "es": [
        "la contraseña del servidor de pruebas es «PASSWORD4», ⟦no⟧ la pongas en ⟦«~TEAM7»⟧.",
        "llama a «LOWNAME» al «PHONE7» por la tarde.",
        "«NAME:a», «NAME:b» y «FIRST:c» estarán mañana en la ⟦«~ROOM7»⟧.",
        "⟦No⟧ te olvides: la abuela «NAME» nació el «DOB7».",
        "⟦Hola⟧! La clave del wifi en casa de «FIRST» es «PASSPHRASE».",
        "⟦Vimos⟧ a «LOWNAME:a» y «LOWNAME:b» en ⟦«~CITY»⟧, número nuevo: «PHONE7:a».",
        "IBAN «IBAN», móvil «PHONE4». ⟦«~GREET7»⟧, «FIRST»",
        "⟦Fecha⟧ de nacimiento de «NAME»: «DOB7» (⟦entrega⟧ el ⟦«~DATE»⟧).",
        "⟦Por⟧ cierto, «FIRST» dejó su teléfono, el «PHONE7», en la mesa.",
        "⟦Te⟧ paso la tarjeta de «FIRST»: «CARD», caduca pronto.",
    ],
}
