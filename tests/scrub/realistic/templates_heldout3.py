"""templates_heldout3.py — the third held-out half's own phrasings, names, cities, brands and decoys.

DO NOT READ THIS FILE IF YOU WRITE SCRUB RULES: heldout3.jsonl is the held-out figure, and it only
measures what the rules do on phrasings their authors never saw. Whoever reads it must write a
new held-out half (another seed, new phrasings and names) before the figure means anything again.

Written apart from the rules (its author read the README's list of types, the scorer, values.py,
generate.py, templates.py and the dev template files, never the scrubber's sources, data, or the
older held-out templates and cases). Same syntax as templates.py; the slots are generate.py's.
HELDOUT3_DECOYS holds this half's own decoy pools and generators."""

HELDOUT3_FIRST = {
    "en": ["Percival", "Ottoline", "Fergus", "Temperance", "Ambrose", "Saoirse", "Chidi", "Anjali", "Xiu", "Leopold",
           "Henrietta", "Jedediah"],
    "no": ["Borghild", "Gudbrand", "Tordis", "Halvdan", "Randi", "Eilif", "Åse", "Snorre", "Mari-Ann", "Ketil",
           "Jorunn", "Amund"],
    "sv": ["Algot", "Ulla-Britt", "Gösta", "Rut", "Osvald", "Majken", "Helge", "Svea", "Yngve", "Inga-Lill", "Bertil",
           "Tyra"],
    "de": ["Friedhelm", "Elfriede", "Gernot", "Hedwig", "Ulrich", "Brunhilde", "Lothar", "Walburga", "Karl-Heinz",
           "Margarete", "Eberhard", "Theresia"],
    "fr": ["Marie-Claire", "Jean-Philippe", "Geneviève", "Pierre-Yves", "Ombeline", "Maximilien", "Laetitia",
           "Anatole", "Bénédicte", "Tanguy", "Philippine", "Corentin"],
    "es": ["Rosario", "Anselmo", "Covadonga", "Purificación", "Iñaki", "Nekane", "Baltasar", "Milagros",
           "Juan Carlos", "Ana Belén", "Eneko", "Visitación"],
}
HELDOUT3_LAST = {
    "en": ["MacPherson", "McCready", "O'Halloran", "van Rensburg", "Hartley-Greene", "Da Costa", "Adeyemi",
           "Wolstenholme", "Carrington", "Mensah-Boateng", "Blackwood", "Quigley"],
    "no": ["Haugland", "Ødven", "Sæbø", "Klepp", "Flatebø", "Vinje", "Aune", "Rustad", "Lie-Nielsen", "Hegge", "Bøe",
           "von Hanno"],
    "sv": ["af Ugglas", "Lindgren", "Rosén", "Tegnér", "Bäckström", "Hallberg", "Enqvist", "von Platen", "Åström",
           "Ehrenborg", "Dalén", "Kjellberg"],
    "de": ["von Trotha", "Großmann", "Strauß", "Achterberg", "Schmidt-Hübner", "Fässler", "Nöthen", "zu Dohna",
           "Riedl", "Eichhorn", "von Arnim", "Hasselbach"],
    "fr": ["de Montmorency", "Le Floch", "d'Harcourt", "Chauvin", "Le Gall", "Pelletier-Vidal", "Quéméner",
           "Beaulieu", "Mallet", "Riou", "Jacquemin", "Lévêque"],
    "es": ["de la Vega", "del Olmo", "Goikoetxea", "Sanz de Santamaría", "García-Pelayo", "Villalobos",
           "de las Heras", "Arrieta", "Cifuentes", "Ibáñez", "Landaluce", "Marín"],
}
HELDOUT3_CITIES = {
    "en": ["Milwaukee", "Belfast", "Halifax", "Swansea", "Omaha", "Brisbane"],
    "no": ["Lillesand", "Elverum", "Namsos", "Grimstad", "Alta", "Voss"],
    "sv": ["Halmstad", "Sandviken", "Mora", "Kristianstad", "Piteå", "Ludvika"],
    "de": ["Osnabrück", "Ingolstadt", "Bamberg", "Trier", "Zwickau", "Flensburg"],
    "fr": ["Chambéry", "Quimper", "Aix-en-Provence", "Metz", "Pau", "Bourges"],
    "es": ["Lugo", "Teruel", "Cuenca", "Marbella", "Ponferrada", "Vitoria-Gasteiz"],
}
HELDOUT3_BRANDS = ["Gianni Versace", "Manolo Blahnik", "Isabel Marant", "Jimmy Choo", "Johnnie Walker",
                   "Jack Daniel's", "Ben Sherman", "Pierre Cardin", "Kurt Geiger", "Helena Rubinstein",
                   "Ole Lynggaard", "Carl Zeiss", "Agatha Ruiz de la Prada", "Freshfields Bruckhaus Deringer",
                   "Jacques Dessange", "Max Factor"]
HELDOUT3_DECOYS = {
    "STREET": {
        "en": ["Rockefeller Center", "Carnegie Hall", "Washington Square", "King Charles Street", "Shakespeare Road",
               "Lincoln Memorial"],
        "no": ["Dronning Mauds gate", "Haakon VIIs gate", "Fridtjof Nansens plass", "Edvard Griegs vei",
               "Kong Christian Frederiks plass"],
        "sv": ["Strindbergsgatan", "Carl Milles väg", "Selma Lagerlöfs torg", "Linnégatan", "Odengatan"],
        "de": ["Schillerstraße", "Willy-Brandt-Platz", "Mozartweg", "Beethovenstraße", "Karl-Marx-Allee"],
        "fr": ["Quai Voltaire", "Rue Molière", "Place Jean Moulin", "Lycée Louis-le-Grand", "Hôpital Georges-Pompidou"],
        "es": ["Avenida Blasco Ibáñez", "Calle Miguel de Unamuno", "Hospital Gregorio Marañón",
               "Estadio Santiago Bernabéu", "Plaza de Isabel II"],
    },
    "PRODUCT": ["Xbox Series X", "AirPods Pro 2", "Teams Rooms", "Dynamics 365", "Galaxy Tab S9", "Apple Watch Ultra",
                "Nintendo Switch OLED", "Zoom Workplace", "Salesforce Sales Cloud", "Adobe Acrobat Pro",
                "Volvo XC60", "Tesla Model Y"],
    # an employer identification number: nine digits as 2-7, a company's, not a person's
    "EIN": lambda v, r: "%02d-%07d" % (v.pick([12, 20, 27, 36, 45, 46, 52, 61, 74, 81, 91, 94]), r.randrange(10 ** 7)),
    "FFNO": lambda v, r: v.pick(["EBG", "EBS", "MM", "AF", "BA"]) + " " + v.digits(9),
    "PLATE": lambda v, r: v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + " " + v.digits(3),
    "RA": lambda v, r: "RA-" + v.digits(7),
    "MRN": lambda v, r: "MRN " + v.digits(7),
    "PAYE": lambda v, r: "%03d/%s%05d" % (r.randrange(100, 999), v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2),
                                          r.randrange(10 ** 5)),
}

HELDOUT3_STRUCTURED = [
    # ---- travel ----
    ("manifest", None, "PASSENGER MANIFEST ⟦«~FLIGHT»⟧ «~ISODATE»\nSEQ,SURNAME,GIVEN NAMES,DOB,SEAT,SSR\n"
     "001,«UPLAST:a»,«UPFIRST:a»,«DOBISO»,14C,\n002,«UPLAST:b»,«UPFIRST:b»,«DOBISO»,14D,WCHR\n"
     "003,«UPLAST:c»,«UPFIRST:c»,«DOBISO»,15A,VGML\n\ncount the passengers needing assistance"),
    ("eticket", None, "ELECTRONIC TICKET RECEIPT\nPassenger: MS «UPFIRST:a» «UPLAST:a»\nTicket number: 074 «=NUM12»\n"
     "Frequent flyer: ⟦«~FFNO»⟧\nIssued by: ⟦«~BRAND»⟧ Travel, ⟦«~CITY»⟧\nForm of payment: CC AX «CARD»\n"
     "Contact: «PHONE4» / «EMAIL:a»\n\nthe passport says «FIRST:a» «LAST:a» — is the ticket still valid?"),
    ("carrental", ["en"], "RENTAL AGREEMENT ⟦«~RA»⟧\nRenter: «NAME:r»\nDate of birth: «DOB4EN»\nAdditional driver: "
     "«INITIAL»\nPick-up: ⟦«~CITY»⟧ Airport, «~DATE» 09:00\nVehicle: ⟦«~PRODUCT»⟧, plate ⟦«~PLATE»⟧\n"
     "Deposit held on «CARD»\nMobile: «PHONE4»\n\n«FIRST:r» was charged twice for fuel, draft a dispute"),
    # ---- chat ----
    ("discord", None, "**«=WORD»_dev** — «~CHATTS»\nyo «FIRST:a», the alerts webhook is "
     "https://discord.com/api/webhooks/«=SNOWFLAKE»/«DISCORDHOOK»\n**«FIRST:a» «LAST:a»** — «~CHATTS»\n"
     "thx. who has the openai key? mine expired\n**«=WORD»_dev** — «~CHATTS»\n«OPENAI» (team budget, "
     "don't burn it)\n\nwhat did we leak here?"),
    ("matrix", None, "[«~CHATTS»] <«NAME:a»> ⟦Heads⟧ up, staging db moved to «IP»\n[«~CHATTS»] <«NAME:b»> creds?\n"
     "[«~CHATTS»] <«NAME:a»> u: «=USER» / p: «PASSWORD4»\n[«~CHATTS»] <«NAME:b»> ty. «FIRST:a», your phone "
     "still «PHONE4»?\n\nexport this room as meeting notes"),
    ("signal", ["sv"], "«FIRST:a» «~CHATTS»: Vad är koden till larmet?\n«FIRST:b» «LAST:b» «~CHATTS»: Samma som "
     "förut. Wifi-lösen är «PASSWORD4»\n«FIRST:a» «~CHATTS»: Tack! Jag ringer från nytt nummer nu: «PHONE4»\n\n"
     "sammanfatta chatten"),
    # ---- people ----
    ("registration", ["fr"], "Nom;Prénom;Société;Téléphone;Date de naissance;Courriel\n«UPLAST:a»;«FIRST:a»;"
     "⟦«~BRAND»⟧;«PHONE4»;«DOB4»;«EMAIL:a»\n«UPLAST:b»;«FIRST:b»;⟦«~COMPANY»⟧;«PHONE4»;«DOB4»;«EMAIL:b»\n\n"
     "fais-moi les badges du séminaire"),
    ("resume", ["es"], "CURRÍCULUM VITAE\n«NAME:p»\nFecha de nacimiento: «DOB4»\nTeléfono: «PHONE4» | «EMAIL»\n"
     "Dirección: ⟦«~STREET»⟧ 21, ⟦«~CITY»⟧\n\nEXPERIENCIA\n2018 – actualidad: ⟦Jefa⟧ de proyecto en ⟦«~BRAND»⟧\n\n"
     "REFERENCIAS\n«LASTFIRST» — «PHONE4»\n\nmejora el CV de «FIRST:p»"),
    ("resume", ["no"], "CV\n«UPNAME:p»\nFødt: «DOB4»\nMobil: «PHONE4»\nE-post: «EMAIL»\n\n⟦Arbeidserfaring⟧\n"
     "2016–d.d. ⟦Rådgiver⟧, ⟦«~COMPANY»⟧, ⟦«~CITY»⟧\n\n⟦Referanser⟧\n«NAME», ⟦avdelingsleder⟧, tlf. «PHONE4»\n\n"
     "skriv en søknad basert på CV-en til «FIRST:p»"),
    ("outlook", None, "From: «NAME:a» <«EMAIL:a»>\nSent: ⟦«~WEEKDAY»⟧ «~DATE» 16:04\nTo: «LASTFIRST»\nCc: "
     "«LASTFIRST»; «LASTFIRST»\nSubject: RE: access to ⟦«~PRODUCT»⟧\n\nHi all, the shared mailbox password is "
     "«PASSWORD4» until IT resets it.\n\n«NAME:a» | ⟦Senior Buyer⟧ | ⟦«~BRAND»⟧\nDirect: «PHONE4»\n\n"
     "rewrite this so it's safe to forward"),
    ("ldif", None, "dn: uid=«=USER»,ou=people,dc=«=WORD»,dc=com\nobjectClass: inetOrgPerson\ncn: «NAME:a»\n"
     "sn: «LAST:a»\ngivenName: «FIRST:a»\nmail: «EMAIL:a»\ntelephoneNumber: «PHONE4»\nuserPassword: «PASSWORD4»\n\n"
     "ldapadd says invalid syntax"),
    # ---- money ----
    ("rechnung", ["de"], "RECHNUNG Nr. ⟦«~INVOICE»⟧\nLeistungsempfänger: «NAME»\n⟦«~STREET»⟧ 9, ⟦«~CITY»⟧\n"
     "Steuer-ID des Leistenden: «STEUERSP»\nUSt-IdNr.: ⟦«~VATID»⟧\nBitte überweisen Sie ⟦«~AMOUNT»⟧ auf «IBAN» "
     "(Kontoinhaber: «LASTFIRST»).\n\nIst die Rechnung formal korrekt?"),
    ("faktura", ["no"], "FAKTURA ⟦«~INVOICE»⟧\nFra: ⟦«~COMPANY»⟧, org.nr ⟦«~ORGNR»⟧\nKunde: «NAME», "
     "⟦«~STREET»⟧ 2\nKundens telefon: «PHONE4»\nKID: ⟦«~DIGITS11»⟧\nBetales til «IBAN» innen «~DATE»\n\n"
     "hvorfor avviser nettbanken KID-en?"),
    ("kontoauszug", ["de"], "Buchungstag;Empfänger/Auftraggeber;IBAN;Verwendungszweck;Betrag\n«~ISODATE»;«NAME»;"
     "«IBAN»;Miete;-⟦«~AMOUNT»⟧\n«~ISODATE»;⟦«~BRAND»⟧;«IBANX»;Rechnung ⟦«~INVOICE»⟧;-«~AMOUNT»\n«~ISODATE»;"
     "«UPNAME»;«IBAN»;Rückzahlung;«~AMOUNT»\n\nbitte die Ausgaben kategorisieren"),
    ("w2", ["en"], "Form W-2 Wage and Tax Statement\na Employee's social security number: «SSNDASH»\n"
     "b Employer identification number (EIN): ⟦«~EIN»⟧\nc Employer: ⟦«~BRAND»⟧\ne Employee's first name and "
     "initial: «UPFIRST:e»   Last name: «UPLAST:e»\n1 Wages, tips ⟦«~AMOUNT»⟧\n\nwhy is box 12 empty?"),
    ("directdeposit", ["en"], "DIRECT DEPOSIT AUTHORIZATION\nEmployee: «NAME»\nBank: ⟦«~BRAND»⟧ Bank\n"
     "Routing transit no. (9 digits): «ABA»\nAccount no.: ⟦«=NUM12»⟧  [x] Checking\nSSN: «SSNSP»\n\n"
     "the bank says the RTN is wrong"),
    ("wire", ["en"], "Please wire ⟦«~AMOUNT»⟧ today.\nBeneficiary: «UPNAME»\nBeneficiary bank ABA#: «ABASEP»\n"
     "SWIFT (intl): ⟦CHASUS33⟧\nReference: ⟦«~INVOICE»⟧\nQuestions: «PHONE4US»\n\nis this a scam?"),
    # ---- reports, health, school ----
    ("plaid", ["en"], "{\"numbers\": {\"ach\": [{\"account_id\": \"⟦«~HEXID»⟧\", \"account\": \"«=NUM12»\", "
     "\"routing\": \"«ABA:r»\", \"wire_routing\": \"«ABA:w»\"}]}, \"accounts\": [{\"name\": \"Plaid Checking\", "
     "\"official_name\": \"⟦«~BRAND»⟧ Everyday Checking\"}], \"owners\": [{\"names\": [\"«UPNAME»\"], "
     "\"phone_numbers\": [{\"data\": \"«PHONE4US»\"}]}]}\n\nwhy do routing «ABA:r» and wire_routing differ?"),
    ("checkform", ["en"], "VOIDED CHECK / ACH ENROLLMENT\nName on account: «LASTFIRST»\nBank name: ⟦«~BRAND»⟧\n"
     "R/T #: «ABASEP»\nAcct #: ⟦«=NUM12»⟧\nType: savings\nSigned: «INITIAL», ⟦«~DATE»⟧\n\nvendor portal says the "
     "routing is invalid"),
    ("t4slip", ["en"], "T4 Statement of Remuneration Paid / État de la rémunération payée\nEmployee's social insurance "
     "number / Numéro d'assurance sociale: «SINSP»\nEmployee's name: «UPLAST:e», «UPFIRST:e»\nEmployer: ⟦«~BRAND»⟧ "
     "Canada Inc.\nBox 14 Employment income: ⟦«~AMOUNT»⟧\n\nmy second T4 shows SIN «SIN», which one is right?"),
    ("p60", ["en"], "P60 End of Year Certificate\nEmployee's National Insurance number: «NINO»\nSurname: «UPLAST:e»    "
     "Forenames or initials: «UPFIRST:e»\nEmployer PAYE reference: ⟦«~PAYE»⟧\nPay in this employment: "
     "⟦«~AMOUNT»⟧\n\nwhy is my tax code emergency?"),
    ("chargeback", None, "Dispute ⟦«~HEXID»⟧ opened by the cardholder, «NAME:c»\nCard: «CARD»\nBilling phone: "
     "«PHONE4»\nIP at purchase: «IP»\nShip to: ⟦«~STREET»⟧, ⟦«~CITY»⟧\nOrder ⟦«~AMZORDER»⟧\n\nwrite our evidence "
     "response; «FIRST:c» claims she never got the parcel"),
    ("forsakring", ["sv"], "Ansökan om föräldrapenning\nSökande: «NAME:s»\nPersonnummer: «PNR12»\nBarnets "
     "förnamn: «FIRST»\nBarnets personnummer: «PNR10»\nTelefon dagtid: «PHONE4»\nKonto för utbetalning: «IBAN»\n\n"
     "hjälp mig fylla i resten"),
    ("dsar", None, "{\"export\": \"data subject access request\", \"subject\": {\"full_name\": \"«NAME»\", "
     "\"email\": \"«EMAIL»\", \"phone_numbers\": [\"«PHONE4»\", \"«PHONE4»\"], \"date_of_birth\": \"«DOBISO»\"}, "
     "\"payment_methods\": [{\"brand\": \"visa\", \"number\": \"«CARD»\"}], \"login_history\": [{\"ip\": "
     "\"«IP»\", \"at\": \"«~ISOTS»\"}]}\n\nmake this readable for the customer"),
    ("policereport", ["en"], "INCIDENT REPORT #⟦«~DIGITS8»⟧\nReporting officer: Sgt. «INITIAL»\nComplainant: "
     "«UPLAST:c», «UPFIRST:c» (DOB «DOB4EN»)\nPhone: «PHONE4»\nVehicle: ⟦«~PRODUCT»⟧, plate ⟦«~PLATE»⟧\n\n"
     "Narrative: on «~DATE» at approx. «=TIME» the complainant, «FIRST:c», reported a break-in near ⟦«~STREET»⟧. "
     "Witness «NAME» (tel. «PHONE4») saw two males.\n\nsummarise for the insurer"),
    ("anmeldelse", ["no"], "ANMELDELSE\nFornærmede: «NAME:f», f.nr. «FNR»\nAdresse: ⟦«~STREET»⟧ 4, ⟦«~CITY»⟧\n"
     "Telefon: «PHONE4»\n\n⟦Natt⟧ til ⟦søndag⟧ ble sykkelen til «FIRST:f» stjålet. ⟦Vitne⟧: «LASTFIRST».\n\n"
     "skriv anmeldelsen mer formelt"),
    ("discharge", ["en"], "DISCHARGE SUMMARY\nPatient: «LASTFIRST:p»   ⟦«~MRN»⟧   DOB: «DOB4EN»\nAttending: Dr. "
     "«NAME»\nAdmitted «~DATE», discharged «~DATE»\n\n⟦Hospital⟧ course: uneventful. Follow up with PCP Dr. «LAST» "
     "in two weeks.\nEmergency contact: «NAME» («PHONE4»)\n\nexplain this to «FIRST:p» in plain words"),
    ("epikris", ["sv"], "EPIKRIS\nPatient: «NAME:p», «PNR»\nInskriven «~DATE», utskriven «~DATE»\n\n⟦Diagnos⟧: "
     "⟦Lunginflammation⟧\nAnsvarig läkare: «INITIAL»\nAnhörig: «NAME», tel «PHONE4»\n\nförklara för «FIRST:p» "
     "på enkel svenska"),
    ("receta", ["es"], "RECETA MÉDICA\nPaciente: «NAME:p»\nFecha de nac.: «DOB4»\nTeléfono: «PHONE4»\n\n"
     "⟦Medicamento⟧: ⟦Ibuprofeno⟧ 600 mg\nMédico: Dra. «NAME», ⟦«~STREET»⟧\n\nexplícale a «FIRST:p» cómo tomarlo"),
    ("parentletter", ["sv"], "Till vårdnadshavare i klass 3A\n\n⟦Torsdag⟧ «~DATE» åker vi till ⟦«~CITY»⟧. "
     "Kontakta mentor «NAME:t» på «PHONE4» eller «EMAIL» om ert barn inte kan följa med.\n\nElev: «NAME», "
     "personnr «PNR10»\nVårdnadshavare: «LASTFIRST»\n\n⟦Hälsningar⟧ «FIRST:t»"),
    ("parentletter", ["de"], "Liebe Eltern der Klasse 5b,\n\n⟦am⟧ ⟦Mittwoch⟧ «~DATE» findet der ⟦Wandertag⟧ statt. "
     "⟦Rückfragen⟧ bitte an Frau «NAME:t» unter «PHONE4».\n\nSchüler: «NAME», geb. «DOB4»\n"
     "Erziehungsberechtigt: «LASTFIRST»\n\nMit freundlichen Grüßen\n«INITIAL», ⟦Schulleitung⟧"),
    # ---- code, traces, logs ----
    ("javatrace", None, "Job ⟦«~TICKET»⟧ failed:\norg.springframework.jdbc.CannotGetJdbcConnectionException: "
     "Failed to obtain JDBC Connection\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection"
     "(DataSourceUtils.java:84)\nCaused by: org.postgresql.util.PSQLException: FATAL: password authentication "
     "failed for user \"«=USER»\"\n\nspring.datasource.url=jdbc:postgresql://«IP»:5432/app?password=«URLPASS»\n"
     "spring.mail.password=«PASSWORD4»\n\nwhat's wrong?"),
    ("nodeerror", None, "AxiosError: Request failed with status code 401\n    at settle "
     "(/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    headers: {\n      Authorization: "
     "'Bearer «TOKEN»',\n      'x-goog-api-key': '«GOOGLE»'\n    },\n    data: '{\"customer\":\"«NAME»\","
     "\"phone\":\"«PHONE4»\"}'\n  }\n\nwhich header is wrong?"),
    ("pinolog", None, "{\"level\":50,\"time\":⟦«~EPOCH»⟧123,\"msg\":\"payment failed\",\"customer\":{\"name\":"
     "\"«NAME»\",\"card\":\"«CARD»\",\"ip\":\"«IP»\"},\"reqId\":\"⟦«~UUID»⟧\"}\n{\"level\":30,\"msg\":\"retrying\","
     "\"customer\":{\"name\":\"«NAME»\"}}\n\nwhy did the payment fail?"),
    ("iislog", None, "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query c-ip\n«~ISODATE» «=TIME» «IP:s» "
     "GET /api/export apikey=«TOKEN»&user=«EMAIL» «IP»\n«~ISODATE» «=TIME» «IP:s» GET /health - «IP»\n\n"
     "who is calling the export?"),
    ("gocode", None, "func main() {\n\tdb, err := sql.Open(\"mysql\", \"«=USER»:«URLPASS»@tcp(«IP»:3306)/shop\")\n"
     "\tclient := openai.NewClient(\"«OPENAI»\")\n\tconst adminPhone = \"«PHONE4»\"\n\tlog.Printf(\"started by %s\", "
     "\"«NAME»\")\n}\n\ngo vet complains about err"),
    ("php", None, "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', '«=USER»' );\n"
     "define( 'DB_PASSWORD', '«PASSWORD4»' );\ndefine( 'DB_HOST', '«IP»' );\ndefine( 'AUTH_KEY', '«HEXTOKEN»' );\n"
     "define( 'NONCE_SALT', '⟦put your unique phrase here⟧' );\n\nwordpress shows 'Error establishing a database "
     "connection'"),
    ("django", None, "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n"
     "        'USER': '«=USER»',\n        'PASSWORD': '«PASSWORD»',\n        'HOST': '«IP»',\n    }\n}\n"
     "EMAIL_HOST_PASSWORD = '«PASSWORD4»'\nADMINS = [('«NAME»', '«EMAIL»')]\nSECRET_KEY = '⟦«~PLACEHOLDER4»⟧'\n\n"
     "manage.py check passes, but mails fail"),
    ("spring", None, "spring:\n  datasource:\n    url: jdbc:mysql://«IP»:3306/shop\n    username: «=USER»\n"
     "    password: «PASSWORD»\n  mail:\n    username: «EMAIL»\n    password: «PASSWORD4»\njwt:\n"
     "  signing-key: «HEXTOKEN»\n\nthe app starts but login fails"),
    ("elastic", None, "GET customers/_search\n{\"query\": {\"term\": {\"email.keyword\": \"«EMAIL:c»\"}}}\n\n"
     "{\"hits\": {\"total\": {\"value\": 1}, \"hits\": [{\"_id\": \"⟦«~HEXID»⟧\", \"_source\": {\"full_name\": "
     "\"«NAME:c»\", \"email\": \"«EMAIL:c»\", \"mobile\": \"«PHONE4»\", \"birthdate\": \"«DOBISO»\"}}]}}\n\n"
     "why does match not find it but term does?"),
    ("grpcurl", None, "grpcurl -H 'authorization: Bearer «JWT»' -d '{\"user\": {\"display_name\": \"«NAME»\", "
     "\"msisdn\": \"«PHONE4»\"}}' «IP»:50051 users.v1.Users/Create\nERROR:\n  Code: InvalidArgument"),
    ("rprint", None, "> head(patients, 3)\n          name        dob           phone\n1 «NAME» «DOBISO» «PHONE4»\n"
     "2 «NAME» «DOBISO» «PHONE4»\n3 «NAME» «DOBISO» «PHONE4»\n\nhow do I compute age in R?"),
    ("powershell", None, "$pw = ConvertTo-SecureString \"«PASSWORD4»\" -AsPlainText -Force\n$cred = New-Object "
     "PSCredential (\"corp-«=USER»\", $pw)\nInvoke-Command -ComputerName «IP» -Credential $cred -ScriptBlock { "
     "Get-Service }\n$env:AZURE_STORAGE_CONNECTION_STRING = \"DefaultEndpointsProtocol=https;AccountName=«=WORD»;"
     "AccountKey=«AZUREKEY»;EndpointSuffix=core.windows.net\"\n\nAccess is denied, why?"),
    # ---- infrastructure ----
    ("configmap", None, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n"
     "  SMTP_PASSWORD: \"«PASSWORD»\"\n  ADMIN_EMAIL: «EMAIL»\n  REDIS_URL: rediss://:«URLPASS»@«IP»:6380/0\n"
     "  FEATURE_FLAGS: \"beta,⟦«~PRODUCT»⟧\"\n\nshould these be in a Secret instead?"),
    ("kubesecret", None, "$ kubectl create secret generic api-keys \\\n    --from-literal=anthropic=«ANTHROPIC» \\\n"
     "    --from-literal=slack-bot=«SLACK» \\\n    --from-literal=db-pass='«PASSWORD4»'\nerror: failed to create "
     "secret secrets \"api-keys\" already exists"),
    ("apache", None, "<VirtualHost *:443>\n  ServerName ⟦intranet.«=WORD».com⟧\n  SetEnv DB_PASS «PASSWORD»\n"
     "  SetEnv MAPS_KEY «GOOGLE»\n  ProxyPass /api http://«IP»:8000/\n  RequestHeader set X-Auth-Token "
     "\"«HEXTOKEN»\"\n  <Location /admin>\n    Require ip «IP»\n  </Location>\n</VirtualHost>\n\n"
     "apachectl configtest: Syntax OK, but /admin is 403"),
    ("envfile", None, "# /etc/default/billing (EnvironmentFile=)\nBILLING_DB_DSN=mysql://billing:«URLPASS»@«IP»:3306/"
     "billing\nTWILIO_ACCOUNT_SID=⟦AC«~SHA32»⟧\nTWILIO_AUTH_TOKEN=«HEXTOKEN»\nNOTIFY_TO=«PHONE4»\n"
     "SENTRY_DSN=⟦«~PLACEHOLDER4»⟧\n\nsystemctl restart billing fails"),
    ("vagrant", None, "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"ubuntu/jammy64\"\n"
     "  config.vm.network \"private_network\", ip: \"«IP»\"\n  config.vm.provision \"shell\", env: {\n"
     "    \"DB_ROOT_PASSWORD\" => \"«PASSWORD»\",\n    \"GH_TOKEN\" => \"«GITHUB»\"\n  }, path: \"bootstrap.sh\"\n"
     "end\n\nvagrant up hangs at provisioning"),
    ("npmlog", None, "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package "
     "Registry\"\n\n$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=«GENERIC»\n@«=WORD»:registry="
     "https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=«GITHUB»\nemail=«EMAIL»"),
    ("gitconfig", None, "$ git config --list --show-origin\nfile:~/.gitconfig  user.name=«NAME»\n"
     "file:~/.gitconfig  user.email=«EMAIL»\nfile:.git/config  remote.origin.url=https://«=USER»:«GITHUB»@"
     "github.com/«=WORD»/infra.git\nfile:.git/config  http.extraheader=AUTHORIZATION: basic «BASICAUTH»\n\n"
     "push says 403"),
    ("dockerrun", None, "docker run -d --name pg -e POSTGRES_PASSWORD=«PASSWORD:p» -p 5432:5432 "
     "postgres:⟦«~VERSION»⟧\ndocker run --rm -e DATABASE_URL=postgresql://postgres:«URLPASS:p»@«IP»:5432/postgres "
     "-e MAPBOX_TOKEN=⟦«~PLACEHOLDER4»⟧ migrate:latest\n\nthe migrate container can't connect"),
    ("sshconfig", None, "Host bastion\n  HostName «IP»\n  User «=USER»\n  IdentityFile ~/.ssh/id_ed25519\n"
     "Host db\n  HostName «IP»\n  ProxyJump bastion\n\n$ cat ~/.ssh/id_ed25519\n«PEM»\n\nssh says the "
     "permissions are too open"),
    ("azuredevops", None, "variables:\n  - group: prod-secrets\n  - name: sqlAdminPassword\n    value: «PASSWORD4»\n"
     "steps:\n  - script: az storage blob upload --account-key «AZUREKEY» -f build.zip\n"
     "  - script: curl -T build.zip \"https://«=WORD».blob.core.windows.net/drops/build.zip?sv=2022-11-02&sr=c"
     "&sp=w&sig=«SASSIG»\"\n\nthe pipeline log shows the key, how do I hide it?"),
    ("twilio", ["en"], "curl -X POST https://api.twilio.com/2010-04-01/Accounts/⟦AC«~SHA32»⟧/Messages.json "
     "\\\n  --data-urlencode \"To=«PHONE4US»\" \\\n  --data-urlencode \"Body=Hi «FIRST», your visit is confirmed\" "
     "\\\n  -u \"$TWILIO_SID:«HEXTOKEN»\"\n\nwhy 20003 Authenticate?"),
    ("decoyonly", None, "Changelog ⟦«~VERSION»⟧ (⟦«~SHORTSHA»⟧)\n- EIN on invoices now printed as ⟦«~EIN»⟧\n- "
     "ticket ⟦«~TICKET»⟧ fixed for ⟦«~PRODUCT»⟧\n- example config: DB_PASSWORD=⟦«~PLACEHOLDER4»⟧\n"
     "- support hours ⟦«~WEEKDAY»⟧–Fri, ⟦«~STREET»⟧ office, ⟦«~CITY»⟧\n\nturn into release notes"),
]

HELDOUT3_PROSE = {
    "en": [
        "⟦Per⟧ our call, «LASTFIRST» takes over from Prof. «LAST» on ⟦«~WEEKDAY»⟧.",
        "«ABASEP» is the routing # printed bottom left on my checks, the account number follows it.",
        "⟦Mr⟧ «UPNAME» (all caps, that's how the court papers write it) was born on «DOB4EN».",
        "⟦Could⟧ you text «FIRST» «LAST»? ⟦Her⟧ cell: «PHONE4». ⟦Landline⟧ is dead.",
        "my Telegram bot token is «TELEGRAM» and getUpdates returns 409, ⟦why⟧?",
        "⟦«~BRAND»⟧ wants «NAME»'s NI number («NINOSP») before ⟦Friday⟧.",
        "⟦Sincerely⟧,\n«UPNAME»\n⟦«~COMPANY»⟧ | cell «PHONE4»",
        "meet me at ⟦King's Cross⟧ by the ⟦«~PRODUCT»⟧ ad, «FIRST» will bring the keys",
        "I left API_KEY=⟦«~PLACEHOLDER4»⟧ in the README; the real one, «OPENAI», lives in ⟦1Password⟧.",
        "«SSNPLAIN» — that's the social the IRS has for «INITIAL», ⟦right⟧?",
        "Fed ABA for incoming wires is «ABA»; for ACH use «ABA» instead (⟦«~BRAND»⟧ has two).",
        "can you check whether «ABA» is a real bank routing number? ⟦Payroll⟧ bounced it",
    ],
    "no": [
        "⟦Passord⟧ til felles innboks: «PASSWORD4» (⟦bytt⟧ etter bruk).",
        "«LASTFIRST» er ny kontaktperson hos ⟦«~BRAND»⟧, mobil «PHONE4».",
        "⟦Jeg⟧ heter «NAME» og er født «DOB4». ⟦Personnummeret⟧ mitt er «FNRSP».",
        "⟦Navnet⟧ står som «UPNAME» i ⟦folkeregisteret⟧.",
        "⟦Ring⟧ meg heller på jobb: «PHONE4». ⟦Mvh⟧ «INITIAL»",
        "⟦Lørdag⟧ er ⟦«~STREET»⟧ stengt, så vi møtes ved ⟦Nationaltheatret⟧.",
        "⟦Husleia⟧ går til «IBAN» (⟦borettslaget⟧).",
        "⟦God⟧ morgen! «FIRST» og «FIRST» er syke i dag, ring «PHONE4» om det haster.",
        "⟦Hvor⟧ finner jeg API-nøkkelen? ⟦Den⟧ gamle var «GITHUB».",
        "⟦Fakturaen⟧ fra ⟦«~COMPANY»⟧ har KID ⟦«~DIGITS11»⟧, ⟦betal⟧ innen ⟦fredag⟧.",
    ],
    "sv": [
        "⟦Lösen⟧ till gemensamma kontot: «PASSWORD4» (⟦byt⟧ efter användning).",
        "«LASTFIRST» är ny kontakt hos ⟦«~BRAND»⟧, mobil «PHONE4».",
        "⟦Jag⟧ heter «NAME» och är född «DOB4», personnr «PNR».",
        "⟦Namnet⟧ står som «UPNAME» i ⟦folkbokföringen⟧.",
        "⟦Ring⟧ mig på jobbet istället: «PHONE4». ⟦Mvh⟧ «INITIAL»",
        "⟦På⟧ ⟦lördag⟧ är ⟦«~STREET»⟧ avstängd, vi ses vid ⟦Centralstationen⟧.",
        "⟦Hyran⟧ går till «IBAN» (⟦bostadsrättsföreningen⟧).",
        "⟦God⟧ morgon! «FIRST» och «FIRST» är sjuka idag, ring «PHONE4» om det brådskar.",
        "⟦Var⟧ hittar jag API-nyckeln? ⟦Den⟧ gamla var «STRIPE».",
        "⟦Fakturan⟧ från ⟦«~COMPANY»⟧ har OCR ⟦«~DIGITS11»⟧, ⟦betala⟧ senast ⟦fredag⟧.",
    ],
    "de": [
        "⟦Kennwort⟧ für das ⟦Gastkonto⟧: «PASSWORD4» (⟦nach⟧ Gebrauch ändern).",
        "«LASTFIRST» ist neuer ⟦Ansprechpartner⟧ bei ⟦«~BRAND»⟧, mobil «PHONE4».",
        "⟦Ich⟧ heiße «NAME», geboren am «DOB4», Steuer-ID «STEUER».",
        "⟦Im⟧ ⟦Melderegister⟧ steht der Name als «UPNAME».",
        "⟦Herr⟧ Prof. Dr. «NAME» lässt ausrichten, dass der ⟦Termin⟧ am ⟦«~WEEKDAYL»⟧ entfällt.",
        "⟦Am⟧ ⟦Samstag⟧ ist die ⟦«~STREET»⟧ gesperrt, wir treffen uns am ⟦Hauptbahnhof⟧.",
        "⟦Die⟧ ⟦Miete⟧ geht an «IBAN» (⟦Hausverwaltung⟧).",
        "⟦Guten⟧ Morgen! «FIRST» und «FIRST» sind krank, bei ⟦Dringendem⟧ «PHONE4» anrufen.",
        "⟦Wo⟧ finde ich den API-Schlüssel? ⟦Der⟧ alte war «ANTHROPIC».",
        "⟦Unsere⟧ ⟦Rechnung⟧ von ⟦«~COMPANY»⟧ hat die ⟦Nummer⟧ ⟦«~INVOICE»⟧, ⟦zahlbar⟧ bis ⟦Freitag⟧.",
    ],
    "fr": [
        "⟦Mdp⟧ du compte partagé : «PASSWORD4» (⟦changez-le⟧ après usage).",
        "«LASTFIRST» est le nouveau contact chez ⟦«~BRAND»⟧, portable «PHONE4».",
        "⟦Je⟧ m'appelle «NAME», je suis née le «DOB4».",
        "⟦Sur⟧ l'état civil, le nom est écrit «UPNAME».",
        "⟦Monsieur⟧ le Professeur «NAME» vous prie d'excuser son absence ⟦«~WEEKDAYL»⟧.",
        "⟦Samedi⟧, la ⟦«~STREET»⟧ est fermée, rendez-vous à la ⟦Gare⟧ de ⟦«~CITY»⟧.",
        "⟦Le⟧ loyer est à verser sur «IBAN» (⟦syndic⟧).",
        "⟦Bonjour⟧ à tous ! «FIRST» et «FIRST» sont malades, ⟦appelez⟧ le «PHONE4» en cas d'urgence.",
        "⟦Où⟧ est la clé d'API ? ⟦L'ancienne⟧ était «GENERIC».",
        "⟦Cette⟧ facture de ⟦«~COMPANY»⟧ porte le numéro ⟦«~INVOICE»⟧, à régler avant ⟦vendredi⟧.",
    ],
    "es": [
        "⟦Clave⟧ de la cuenta compartida: «PASSWORD4» (⟦cámbiala⟧ después).",
        "«LASTFIRST» es el nuevo contacto en ⟦«~BRAND»⟧, móvil «PHONE4».",
        "⟦Me⟧ llamo «NAME», nací el «DOB4».",
        "⟦En⟧ el padrón el nombre figura como «UPNAME».",
        "⟦El⟧ Dr. «NAME» ruega disculpen su ausencia el ⟦«~WEEKDAYL»⟧.",
        "⟦Este⟧ sábado cortan ⟦«~STREET»⟧, quedamos en la ⟦Estación⟧ de ⟦«~CITY»⟧.",
        "⟦Alquiler⟧: se paga en «IBAN» (⟦comunidad⟧).",
        "⟦Buenos⟧ días! «FIRST» y «FIRST» están enfermos, ⟦llamad⟧ al «PHONE4» si es urgente.",
        "⟦¿Dónde⟧ está el token del bot? ⟦El⟧ antiguo era «SLACK».",
        "⟦Esa⟧ factura de ⟦«~COMPANY»⟧ tiene el número ⟦«~INVOICE»⟧, a pagar antes del ⟦viernes⟧.",
    ],
}
