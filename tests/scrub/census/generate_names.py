#!/usr/bin/env python3
"""generate_names.py — the PERSON census: names where a sentence or a record puts a person,
and the words that stand in the same places without being anyone's name.

    python3 generate_names.py > names.jsonl              writes the census
    python3 generate_names.py --check names.jsonl        TAP: the committed file is what this writes
    python3 generate_names.py --lists                    which pooled names scrub/data lists hold

Written before reading scrub/names.c, from how people write about people in English,
Norwegian, Swedish, German, French and Spanish. Each language has:
  - names: half from the country's common given names and surnames (LISTED), half in no list
    of scrub/data (UNLISTED: rare and invented surnames, the given names and surnames of
    immigrants — Somali, Polish, Vietnamese, Turkish, Arabic, Tamil — checked with --lists);
    written as a given name alone, given name and surname, an initial and a surname, a
    surname with its particle, a title and a surname;
  - person positions: the subject of verbs of saying, writing, calling and meeting, the object
    after ask/tell/call/mail/cc/thank, after with and from, kinship and role appositions,
    possessives, coordinated lists, greetings and sign-offs, @mentions, signatures, chat
    speakers, git authors, CC lines, and record keys (JSON, YAML, CSV) naming a person;
  - decoys in the same places: teams, companies, brands, software, cities, streets, weekdays,
    months, holidays, job titles, capitalised sentence openers and German nouns. Every
    capitalised word of a template's own text is a decoy too.
Python stdlib only; deterministic (seeded random.Random, same bytes every run). The format is
tests/scrub/realistic/README.md's: {"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import sys
from census_common import LANGS, main as census_main

CASES_PER_LANG = 118

# Given names and surnames: LISTED are common in the country, UNLISTED are in no list of
# scrub/data (python3 generate_names.py --lists shows the ones that are).
LISTED = {
    "en": ("James Mary Robert Jennifer Michael Linda David Sarah Emily Daniel Jessica Rebecca Andrew Karen",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Clarke Walker Hughes Wright"),
    "no": ("Ole Kari Lars Ingrid Per Anne Knut Silje Håkon Marit Eirik Solveig Sindre Ragnhild",
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Berg Haugen Hagen Dahl"),
    "sv": ("Erik Anna Lars Karin Johan Maria Anders Eva Magnus Sofia Oskar Elin Gustav Linnea",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Lindberg Lundgren"),
    "de": ("Thomas Sabine Michael Petra Andreas Monika Stefan Claudia Jürgen Susanne Tobias Katrin Lukas Julia",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Neumann"),
    "fr": ("Jean Marie Pierre Nathalie Philippe Isabelle Nicolas Sophie Julien Camille Céline Antoine Élodie Mathieu",
           "Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Garcia Fournier"),
    "es": ("José María Antonio Carmen Manuel Ana Francisco Laura David Lucía Javier Marta Carlos Elena",
           "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Ruiz Hernández Díaz Moreno"),
}
UNLISTED = {
    "en": ("Brannagh Corwenna Kierenza Oswy Thirunavukkarasu Qutaiba Przemysław Sivakami Tadhgan Cadwallon Abdiwahid Ravindu",
           "Pellowe Tregunna Quarrington Dunnachie Brzęczyszczykiewicz Sivakumaran Özdemiroğlu Kowalczykowski Thamilselvan Tregarthen Venncombe Abdikarimow"),
    "no": ("Ingebjørgine Torlaug Asbjørg Halvdis Gunnveig Kajanthan Eivindur Ragnvor Hildegunn Torunnhild Qorsho Jędrzej",
           "Fjellstueseter Kvernmoen Bjørnetun Ødegårdstuen Skjervheim Yılmazer Thavarajah Hålandsvik Rustebakke Skogstrandli Tveitereid Grønnevik"),
    "sv": ("Ingvor Ragnvi Małgorzata Edla Ylvalin Gunnvi Algotine Hjalmarine Hodanne Szymonek Tharsika Bartłomiej",
           "Ströhmqvist Fjällgren Ekebladh Åkerhjelm Lindqvarn Karaoğlu Yogarajah Hägerqvarn Björnstjärna Tallbergsson Snäckström Gyllenkrok"),
    "de": ("Waltraut Eckbert Abdiweli Tharshini Burkhild Sieghart Hedwigis Reinmar Hildrun Friedegund Warsan Jarosław",
           "Kötterheinrich Brüggemeier Zumwinkel Szczepańska Kahramanoğlu Ratnasingam Hinterstoißer Wölfelschneider Eichhörnle Quadflieg Kaczmarzyk Fjellbrügger"),
    "fr": ("Perrinette Abdoulkadir Przemek Thamizhini Tanguyenne Mathivathani Gunnveig Corwenna Sieghart Kierenza Abdiwahid Hildrun",
           "Quéméneur Goarnig Pouchelon Vaillandet Çakıroğlu Benhaddou Chauvignat Moulinier Dussaugey Plouzennec Tréguier-Lannuzel Kanagaratnam"),
    "es": ("Sisebuto Abdiqani Thoa Gaudiosa Ifigenia Wiesława Kirushanthy Vigneshwaran Ilhaan Torlaug Perrinette Eckbert",
           "Echeverrigaray Urrutikoetxea Arizmendiarrieta Jabłońska Bozkurtoğlu Kanagaratnam Garciandía Ollauri Santesteban Peñacoba Zumwinkel Pellowe"),
}
# Particles a surname carries in each language ("van der", "de la"), and courtesy titles.
PARTICLES = {"en": ["van", "de", "O'"], "no": ["von"], "sv": ["af", "von"], "de": ["von", "van der", "zu"],
             "fr": ["de", "Le", "du", "de la"], "es": ["de", "del", "de la"]}
TITLES = {"en": ["Mr", "Ms", "Dr.", "Mrs."], "no": ["Dr."], "sv": ["Dr."], "de": ["Herr", "Frau", "Dr."],
          "fr": ["M.", "Mme", "Dr"], "es": ["Sr.", "Sra.", "Dña.", "Dr."]}

# Things that stand where a person could: teams, companies and agencies, software, cities,
# streets, days, months, feasts, job titles.
THINGS = {
    "en": {"team": "Legal Finance Payroll Support Security Procurement Marketing Facilities Compliance Sales",
           "org": "Vodafone Siemens Deloitte Barclays Tesco Salesforce Oracle Accenture Boeing Unilever",
           "soft": "Slack Jira Confluence Outlook Zoom GitHub Jenkins Grafana Kubernetes Terraform",
           "city": "Manchester Leeds Bristol Denver Boston Glasgow",
           "street": "Baker Street|Elm Road|Victoria Avenue|Station Road",
           "day": "Monday Tuesday Wednesday Thursday Friday", "month": "January March August October December",
           "feast": "Christmas|Easter|Thanksgiving|Boxing Day", "role": "Head of Engineering|Product Manager|Office Manager|Chief Financial Officer"},
    "no": {"team": "Økonomi Lønn Kundeservice Juridisk Innkjøp Drift Sikkerhet",
           "org": "NAV Telenor Equinor DNB Posten Vy Ruter Altinn Skatteetaten Vipps",
           "soft": "Slack Jira Teams Outlook Zoom GitHub Visma Tripletex",
           "city": "Bergen Trondheim Stavanger Tromsø Drammen Bodø",
           "street": "Storgata|Kirkeveien|Thorvald Meyers gate|Bygdøy allé",
           "day": "Mandag Tirsdag Onsdag Torsdag Fredag", "month": "Januar Mars August Oktober Desember",
           "feast": "Jul|Påske|Sankthans|Pinse", "role": "Daglig leder|Prosjektleder|Økonomisjef|Teamleder"},
    "sv": {"team": "Ekonomi Juridik Lön Kundtjänst Inköp Drift Säkerhet",
           "org": "Skatteverket Försäkringskassan Spotify Klarna Ericsson Volvo IKEA Systembolaget PostNord Swish",
           "soft": "Slack Jira Teams Outlook Zoom GitHub Fortnox Visma",
           "city": "Göteborg Malmö Uppsala Linköping Umeå Örebro",
           "street": "Drottninggatan|Kungsgatan|Sveavägen|Storgatan",
           "day": "Måndag Tisdag Onsdag Torsdag Fredag", "month": "Januari Mars Augusti Oktober December",
           "feast": "Midsommar|Jul|Påsk|Lucia", "role": "Verkställande direktör|Projektledare|Ekonomichef|Gruppchef"},
    "de": {"team": "Buchhaltung Personalabteilung Rechtsabteilung Einkauf Vertrieb Controlling Betriebsrat",
           "org": "Siemens|Telekom|Bosch|Allianz|SAP|Lufthansa|Sparkasse|Finanzamt|Deutsche Bahn|Commerzbank",
           "soft": "Slack Jira Confluence Outlook Teams Zoom GitHub DATEV",
           "city": "München Köln Hamburg Leipzig Stuttgart Dresden",
           "street": "Hauptstraße|Bahnhofstraße|Goethestraße|Schillerplatz",
           "day": "Montag Dienstag Mittwoch Donnerstag Freitag", "month": "Januar März August Oktober Dezember",
           "feast": "Weihnachten|Ostern|Pfingsten|Silvester", "role": "Geschäftsführerin|Abteilungsleiter|Projektleiterin|Teamleiter"},
    "fr": {"team": "Comptabilité|Juridique|Paie|Support|Achats|Sécurité|Direction",
           "org": "Orange|SNCF|Renault|Airbus|BNP Paribas|Doctolib|URSSAF|Free|Bouygues|La Poste",
           "soft": "Slack Jira Confluence Outlook Teams Zoom GitHub Sage",
           "city": "Lyon Marseille Toulouse Nantes Bordeaux Lille",
           "street": "Rue de Rivoli|Avenue Foch|Boulevard Haussmann|Place Bellecour",
           "day": "Lundi Mardi Mercredi Jeudi Vendredi", "month": "Janvier Mars Août Octobre Décembre",
           "feast": "Noël|Pâques|Toussaint|Pentecôte", "role": "Directrice financière|Chef de projet|Responsable RH|Directeur général"},
    "es": {"team": "Contabilidad|Recursos Humanos|Legal|Soporte|Compras|Seguridad|Dirección",
           "org": "Telefónica|Movistar|Iberdrola|Santander|BBVA|Mercadona|Renfe|Hacienda|Correos|Inditex",
           "soft": "Slack Jira Confluence Outlook Teams Zoom GitHub Holded",
           "city": "Sevilla Valencia Bilbao Zaragoza Málaga Granada",
           "street": "Gran Vía|Calle Mayor|Paseo de Gracia|Avenida de la Constitución",
           "day": "Lunes Martes Miércoles Jueves Viernes", "month": "Enero Marzo Agosto Octubre Diciembre",
           "feast": "Navidad|Semana Santa|Reyes|Nochebuena", "role": "Directora financiera|Jefe de proyecto|Responsable de RRHH|Director general"},
}

# Person positions. Slots: {P} a name in any form, {F} given name and surname, {G} a given
# name alone, {S} a title and a surname, {Q}/{R} further names, {Ps} a possessive (the name
# with its genitive, labelled as written where the language glues the s on), {T} a thing.
PERSON = {
    "en": [
        ("prose", "{P} said the numbers for Q3 look fine."), ("prose", "As {F} wrote yesterday, the export is broken."),
        ("prose", "{P} called about the invoice this morning."), ("prose", "I met {F} at the conference in {city}."),
        ("prose", "Can you ask {P} whether the contract was signed?"), ("prose", "Please tell {G} the build is green again."),
        ("prose", "I will email {F} tomorrow."), ("prose", "Thank {G} for the quick review."),
        ("prose", "I had lunch with {F} on {day}."), ("prose", "Got a message from {P} about the outage."),
        ("prose", "My colleague {F} handles the onboarding."), ("prose", "Our manager {P} approved the budget."),
        ("prose", "My sister {G} lives near {city}."), ("prose", "Rewrite this so it sounds less harsh: {G}, you missed the deadline again."),
        ("prose", "{Ps} laptop was stolen, can you help draft the police report?"), ("prose", "Summarise the call between {P}, {Q} and {R}."),
        ("prose", "{S} asked for a refund."), ("prose", "Write a reference letter for {F}, who worked with us for three years."),
        ("prose", "Please cc {P} on the reply."), ("prose", "Our neighbour {F} complained about the noise."),
        ("greeting", "Dear {F},\n\nthanks for sending the slides."), ("greeting", "Hi {G},\n\ncould you review my pull request?"),
        ("greeting", "Hello {G}, quick question about the VPN."), ("signature", "Thanks for your help.\n\nBest regards,\n{F}\n{role}"),
        ("signature", "Kind regards,\n{F}"), ("chat", "[09:14] {F}: deploy is done\n[09:15] {Q}: great, thanks"),
        ("chat", "{G}: can someone restart the runner?\n{Q}: on it"), ("mention", "@{G} can you take a look at this before {day}?"),
        ("mention", "@{F} please approve the merge request"), ("cc", "To: {F}\nCC: {Q}, {R}\nSubject: Budget for {month}"),
        ("git", "$ git shortlog -sn\n    42\t{F}\n    17\t{Q}"), ("git", "^3f2a9c1 ({F} 2024-03-02 14:11:09 +0100 12)     return total;"),
        ("json", '{"assignee": "{F}", "status": "open", "team": "{team}"}'), ("json", '{"customer": {"name": "{F}", "tier": "gold"}}'),
        ("yaml", "owner: {F}\nreviewers:\n  - {Q}\n  - {R}"), ("csv", "name,department,start\n{F},{team},2023-04-01\n{Q},{team},2021-09-15"),
    ],
    "no": [
        ("prose", "{P} sa at tallene for tredje kvartal ser fine ut."), ("prose", "Som {F} skrev i går, eksporten er ødelagt."),
        ("prose", "{P} ringte om fakturaen i morges."), ("prose", "Jeg møtte {F} på konferansen i {city}."),
        ("prose", "Kan du spørre {P} om kontrakten er signert?"), ("prose", "Si til {G} at bygget er grønt igjen."),
        ("prose", "Jeg sender en e-post til {F} i morgen."), ("prose", "Takk {G} for rask gjennomgang."),
        ("prose", "Jeg spiste lunsj med {F} på {dayl}."), ("prose", "Fikk en melding fra {P} om driftsavbruddet."),
        ("prose", "Min kollega {F} har ansvar for opplæringen."), ("prose", "Vår sjef {P} godkjente budsjettet."),
        ("prose", "Søsteren min {G} bor i nærheten av {city}."), ("prose", "Skriv om denne så den blir mindre krass: {G}, du bommet på fristen igjen."),
        ("prose", "{Ps} PC ble stjålet, kan du hjelpe meg med politianmeldelsen?"), ("prose", "Oppsummer samtalen mellom {P}, {Q} og {R}."),
        ("prose", "Naboen vår {F} klaget på støyen."), ("prose", "Skriv en attest for {F}, som jobbet hos oss i tre år."),
        ("prose", "Sett {P} på kopi i svaret."), ("prose", "Jeg snakket med {F} om permisjonen."),
        ("greeting", "Hei {G},\n\ntakk for lysarkene."), ("greeting", "Hei {F}!\n\nKan du se på pull requesten min?"),
        ("greeting", "Kjære {G}, gratulerer med dagen!"), ("signature", "Takk for hjelpen.\n\nMed vennlig hilsen\n{F}\n{role}"),
        ("signature", "Hilsen {F}"), ("chat", "[09:14] {F}: deploy er ferdig\n[09:15] {Q}: supert, takk"),
        ("chat", "{G}: kan noen restarte runneren?\n{Q}: fikser"), ("mention", "@{G} kan du se på dette før {dayl}?"),
        ("mention", "@{F} godkjenn merge requesten"), ("cc", "Til: {F}\nKopi: {Q}, {R}\nEmne: Budsjett for {monthl}"),
        ("git", "$ git shortlog -sn\n    42\t{F}\n    17\t{Q}"), ("git", "^3f2a9c1 ({F} 2024-03-02 14:11:09 +0100 12)     return total;"),
        ("json", '{"saksbehandler": "{F}", "status": "åpen", "avdeling": "{team}"}'), ("json", '{"kunde": {"navn": "{F}", "nivå": "gull"}}'),
        ("yaml", "eier: {F}\nkontaktperson: {Q}"), ("csv", "navn;avdeling;startdato\n{F};{team};2023-04-01\n{Q};{team};2021-09-15"),
    ],
    "sv": [
        ("prose", "{P} sa att siffrorna för tredje kvartalet ser bra ut."), ("prose", "Som {F} skrev igår är exporten trasig."),
        ("prose", "{P} ringde om fakturan i morse."), ("prose", "Jag träffade {F} på konferensen i {city}."),
        ("prose", "Kan du fråga {P} om avtalet är påskrivet?"), ("prose", "Säg till {G} att bygget är grönt igen."),
        ("prose", "Jag mejlar {F} i morgon."), ("prose", "Tack {G} för den snabba granskningen."),
        ("prose", "Jag åt lunch med {F} i {dayl}s."), ("prose", "Fick ett meddelande från {P} om driftstoppet."),
        ("prose", "Min kollega {F} ansvarar för introduktionen."), ("prose", "Vår chef {P} godkände budgeten."),
        ("prose", "Min syster {G} bor nära {city}."), ("prose", "Skriv om det här så det låter mindre hårt: {G}, du missade deadline igen."),
        ("prose", "{Ps} dator blev stulen, kan du hjälpa mig med polisanmälan?"), ("prose", "Sammanfatta samtalet mellan {P}, {Q} och {R}."),
        ("prose", "Vår granne {F} klagade på ljudet."), ("prose", "Skriv ett tjänstgöringsintyg för {F}, som jobbade hos oss i tre år."),
        ("prose", "Lägg {P} på kopia i svaret."), ("prose", "Jag pratade med {F} om föräldraledigheten."),
        ("greeting", "Hej {G},\n\ntack för bilderna."), ("greeting", "Hej {F}!\n\nKan du titta på min pull request?"),
        ("greeting", "Kära {G}, grattis på födelsedagen!"), ("signature", "Tack för hjälpen.\n\nMed vänliga hälsningar\n{F}\n{role}"),
        ("signature", "Hälsningar,\n{F}"), ("chat", "[09:14] {F}: deployen är klar\n[09:15] {Q}: toppen, tack"),
        ("chat", "{G}: kan någon starta om runnern?\n{Q}: fixar"), ("mention", "@{G} kan du kolla på det här före {dayl}?"),
        ("mention", "@{F} godkänn merge requesten"), ("cc", "Till: {F}\nKopia: {Q}, {R}\nÄmne: Budget för {monthl}"),
        ("git", "$ git shortlog -sn\n    42\t{F}\n    17\t{Q}"), ("git", "^3f2a9c1 ({F} 2024-03-02 14:11:09 +0100 12)     return total;"),
        ("json", '{"handläggare": "{F}", "status": "öppen", "avdelning": "{team}"}'), ("json", '{"kund": {"namn": "{F}", "nivå": "guld"}}'),
        ("yaml", "ägare: {F}\nkontaktperson: {Q}"), ("csv", "namn;avdelning;startdatum\n{F};{team};2023-04-01\n{Q};{team};2021-09-15"),
    ],
    "de": [
        ("prose", "{P} sagte, die Zahlen für das dritte Quartal sehen gut aus."), ("prose", "Wie {F} gestern schrieb, ist der Export kaputt."),
        ("prose", "{P} rief heute Morgen wegen der Rechnung an."), ("prose", "Ich habe {F} auf der Konferenz in {city} getroffen."),
        ("prose", "Kannst du {P} fragen, ob der Vertrag unterschrieben ist?"), ("prose", "Sag {G} Bescheid, dass der Build wieder grün ist."),
        ("prose", "Ich schreibe {F} morgen eine Mail."), ("prose", "Danke an {G} für das schnelle Review."),
        ("prose", "Ich war am {day} mit {F} beim Mittagessen."), ("prose", "Ich habe eine Nachricht von {P} wegen der Störung bekommen."),
        ("prose", "Mein Kollege {F} kümmert sich um das Onboarding."), ("prose", "Meine Chefin {P} hat das Budget freigegeben."),
        ("prose", "Meine Schwester {G} wohnt in der Nähe von {city}."), ("prose", "Formuliere das freundlicher: {G}, du hast die Frist schon wieder verpasst."),
        ("prose", "{Ps} Laptop wurde gestohlen, kannst du mir bei der Anzeige helfen?"), ("prose", "Fasse das Gespräch zwischen {P}, {Q} und {R} zusammen."),
        ("prose", "{S} hat um eine Erstattung gebeten."), ("prose", "Schreib ein Arbeitszeugnis für {F}, der drei Jahre bei uns war."),
        ("prose", "Setz bitte {P} in CC."), ("prose", "Unser Nachbar {F} hat sich über den Lärm beschwert."),
        ("greeting", "Hallo {G},\n\ndanke für die Folien."), ("greeting", "Liebe {G},\n\nkannst du dir meinen Pull Request ansehen?"),
        ("greeting", "Sehr geehrter Herr {Ssur},\n\nvielen Dank für Ihre Nachricht."), ("signature", "Danke für die Hilfe.\n\nMit freundlichen Grüßen\n{F}\n{role}"),
        ("signature", "Viele Grüße\n{F}"), ("chat", "[09:14] {F}: Deploy ist durch\n[09:15] {Q}: super, danke"),
        ("chat", "{G}: kann jemand den Runner neu starten?\n{Q}: mach ich"), ("mention", "@{G} kannst du dir das vor {day} anschauen?"),
        ("mention", "@{F} bitte den Merge Request freigeben"), ("cc", "An: {F}\nCC: {Q}, {R}\nBetreff: Budget für {month}"),
        ("git", "$ git shortlog -sn\n    42\t{F}\n    17\t{Q}"), ("git", "^3f2a9c1 ({F} 2024-03-02 14:11:09 +0100 12)     return total;"),
        ("json", '{"sachbearbeiter": "{F}", "status": "offen", "abteilung": "{team}"}'), ("json", '{"kunde": {"name": "{F}", "stufe": "gold"}}'),
        ("yaml", "verantwortlich: {F}\nansprechpartner: {Q}"), ("csv", "Name;Abteilung;Eintritt\n{F};{team};2023-04-01\n{Q};{team};2021-09-15"),
    ],
    "fr": [
        ("prose", "{P} a dit que les chiffres du troisième trimestre sont bons."), ("prose", "Comme {F} l'a écrit hier, l'export est cassé."),
        ("prose", "{P} a appelé ce matin au sujet de la facture."), ("prose", "J'ai rencontré {F} à la conférence de {city}."),
        ("prose", "Tu peux demander à {P} si le contrat est signé ?"), ("prose", "Dis à {G} que le build est de nouveau vert."),
        ("prose", "J'écrirai à {F} demain."), ("prose", "Merci à {G} pour la relecture rapide."),
        ("prose", "J'ai déjeuné avec {F} {dayl}."), ("prose", "J'ai reçu un message de la part de {P} à propos de la panne."),
        ("prose", "Mon collègue {F} s'occupe de l'intégration."), ("prose", "Ma responsable {P} a validé le budget."),
        ("prose", "Ma sœur {G} habite près de {city}."), ("prose", "Reformule ça plus gentiment : {G}, tu as encore raté l'échéance."),
        ("prose", "Le portable de {P} a été volé, tu peux m'aider à rédiger la plainte ?"), ("prose", "Résume l'échange entre {P}, {Q} et {R}."),
        ("prose", "{S} a demandé un remboursement."), ("prose", "Rédige une lettre de recommandation pour {F}, qui a travaillé trois ans chez nous."),
        ("prose", "Mets {P} en copie de la réponse."), ("prose", "Mon voisin {F} s'est plaint du bruit."),
        ("greeting", "Bonjour {G},\n\nmerci pour les slides."), ("greeting", "Salut {G} !\n\nTu peux relire ma pull request ?"),
        ("greeting", "Chère {F},\n\nmerci pour votre retour."), ("signature", "Merci pour votre aide.\n\nCordialement,\n{F}\n{role}"),
        ("signature", "Bien à vous,\n{F}"), ("chat", "[09:14] {F} : le déploiement est fini\n[09:15] {Q} : top, merci"),
        ("chat", "{G}: quelqu'un peut relancer le runner ?\n{Q}: je m'en occupe"), ("mention", "@{G} tu peux regarder ça avant {dayl} ?"),
        ("mention", "@{F} merci de valider la merge request"), ("cc", "À : {F}\nCc : {Q}, {R}\nObjet : Budget de {monthl}"),
        ("git", "$ git shortlog -sn\n    42\t{F}\n    17\t{Q}"), ("git", "^3f2a9c1 ({F} 2024-03-02 14:11:09 +0100 12)     return total;"),
        ("json", '{"responsable": "{F}", "statut": "ouvert", "service": "{team}"}'), ("json", '{"client": {"nom": "{F}", "niveau": "or"}}'),
        ("yaml", "auteur: {F}\ncontact: {Q}"), ("csv", "nom;service;date_entree\n{F};{team};2023-04-01\n{Q};{team};2021-09-15"),
    ],
    "es": [
        ("prose", "{P} dijo que las cifras del tercer trimestre están bien."), ("prose", "Como escribió {F} ayer, la exportación está rota."),
        ("prose", "{P} llamó esta mañana por la factura."), ("prose", "Conocí a {F} en la conferencia de {city}."),
        ("prose", "¿Puedes preguntarle a {P} si el contrato está firmado?"), ("prose", "Dile a {G} que el build vuelve a estar en verde."),
        ("prose", "Mañana le escribo un correo a {F}."), ("prose", "Gracias a {G} por la revisión tan rápida."),
        ("prose", "Comí con {F} el {dayl}."), ("prose", "Recibí un mensaje de parte de {P} sobre la caída."),
        ("prose", "Mi compañero {F} se encarga de la incorporación."), ("prose", "Mi jefa {P} aprobó el presupuesto."),
        ("prose", "Mi hermana {G} vive cerca de {city}."), ("prose", "Reescribe esto para que suene menos duro: {G}, otra vez te saltaste el plazo."),
        ("prose", "Le robaron el portátil a {P}, ¿me ayudas con la denuncia?"), ("prose", "Resume la conversación entre {P}, {Q} y {R}."),
        ("prose", "{S} pidió un reembolso."), ("prose", "Escribe una carta de recomendación para {F}, que trabajó tres años con nosotros."),
        ("prose", "Pon a {P} en copia de la respuesta."), ("prose", "Nuestro vecino {F} se quejó del ruido."),
        ("greeting", "Hola {G},\n\ngracias por las diapositivas."), ("greeting", "Hola {F}:\n\n¿puedes revisar mi pull request?"),
        ("greeting", "Estimada {F}:\n\ngracias por su respuesta."), ("signature", "Gracias por la ayuda.\n\nUn saludo,\n{F}\n{role}"),
        ("signature", "Atentamente,\n{F}"), ("chat", "[09:14] {F}: despliegue terminado\n[09:15] {Q}: genial, gracias"),
        ("chat", "{G}: ¿alguien puede reiniciar el runner?\n{Q}: voy"), ("mention", "@{G} ¿puedes mirar esto antes del {dayl}?"),
        ("mention", "@{F} aprueba la merge request, porfa"), ("cc", "Para: {F}\nCC: {Q}, {R}\nAsunto: Presupuesto de {monthl}"),
        ("git", "$ git shortlog -sn\n    42\t{F}\n    17\t{Q}"), ("git", "^3f2a9c1 ({F} 2024-03-02 14:11:09 +0100 12)     return total;"),
        ("json", '{"responsable": "{F}", "estado": "abierto", "departamento": "{team}"}'), ("json", '{"cliente": {"nombre": "{F}", "nivel": "oro"}}'),
        ("yaml", "autor: {F}\ncontacto: {Q}"), ("csv", "nombre;departamento;alta\n{F};{team};2023-04-01\n{Q};{team};2021-09-15"),
    ],
}
# Thing positions: the same verbs, prepositions and records with a thing where the person was.
# {T} is the slot's thing, a decoy; {team}/{org}/{soft}/… are decoys too.
THING = {
    "en": [
        "Ask {team} whether the contract was signed.", "Please cc {team} on the reply.", "We had a call with {org} about pricing.",
        "Got an email from {org} about the renewal.", "Thank {team} for the quick turnaround.", "I posted it in {soft} yesterday.",
        "{org} said the outage is over.", "Meeting with {org} on {day} in {city}.", "The office moved to {street}.",
        "Before {feast} we freeze deploys.", "Our {role} approved the budget in {month}.", "Tell {team} the audit starts in {month}.",
        "Invoices go to {team}, tickets to {soft}.", "Summarise the thread between {team}, {org} and {soft}.",
        "Notes from {day}: {org} renewed, {team} signed off.", "Dear {team} team,\n\nthe quarterly report is attached.",
        "Regards,\nThe {team} team", "Sent from {soft} on {day}.", "Reminder: {feast} party in {city}.",
    ],
    "no": [
        "Spør {team} om kontrakten er signert.", "Sett {team} på kopi i svaret.", "Vi hadde et møte med {org} om prisene.",
        "Fikk en e-post fra {org} om fornyelsen.", "Takk til {team} for rask behandling.", "Jeg la det ut i {soft} i går.",
        "{org} sa at driftsavbruddet er over.", "Møte med {org} på {dayl} i {city}.", "Kontoret har flyttet til {street}.",
        "Før {feast} fryser vi utrullingen.", "Vår {rolel} godkjente budsjettet i {monthl}.", "Si til {team} at revisjonen starter i {monthl}.",
        "Fakturaer går til {team}, saker til {soft}.", "{day} passer fint for meg.", "Referat fra {dayl}: {org} fornyet, {team} godkjente.",
        "Hei {team},\n\nkvartalsrapporten ligger vedlagt.", "Hilsen\n{team}", "{month} blir travel for {team}.",
        "Søknaden er sendt til {org} via {soft}.",
    ],
    "sv": [
        "Fråga {team} om avtalet är påskrivet.", "Lägg {team} på kopia i svaret.", "Vi hade ett möte med {org} om priserna.",
        "Fick ett mejl från {org} om förnyelsen.", "Tack till {team} för snabb hantering.", "Jag lade upp det i {soft} igår.",
        "{org} sa att driftstoppet är över.", "Möte med {org} på {dayl} i {city}.", "Kontoret har flyttat till {street}.",
        "Före {feast} fryser vi alla releaser.", "Vår {rolel} godkände budgeten i {monthl}.", "Säg till {team} att revisionen börjar i {monthl}.",
        "Fakturor går till {team}, ärenden till {soft}.", "{day} passar bra för mig.", "Anteckningar från {dayl}: {org} förnyade, {team} godkände.",
        "Hej {team},\n\nkvartalsrapporten bifogas.", "Hälsningar\n{team}", "{month} blir stressig för {team}.",
        "Ansökan är skickad till {org} via {soft}.",
    ],
    "de": [
        "Frag die {team}, ob der Vertrag unterschrieben ist.", "Setz bitte die {team} in CC.", "Wir hatten einen Termin mit {org} wegen der Preise.",
        "Ich habe eine Mail von {org} wegen der Verlängerung bekommen.", "Danke an die {team} für die schnelle Bearbeitung.", "Ich habe es gestern in {soft} gepostet.",
        "{org} sagte, die Störung sei behoben.", "Besprechung mit {org} am {day} in {city}.", "Das Büro ist in die {street} umgezogen.",
        "Vor {feast} frieren wir die Deployments ein.", "Die Geschäftsführung hat das Budget im {month} freigegeben.", "Sag der {team} Bescheid, dass die Prüfung im {month} beginnt.",
        "Rechnungen gehen an die {team}, Tickets an {soft}.", "Der Kunde hat mit {org} telefoniert.", "Protokoll vom {day}: {org} verlängert, {team} hat zugestimmt.",
        "Liebe Kolleginnen und Kollegen der {team},\n\nanbei der Quartalsbericht.", "Viele Grüße\nIhre {team}", "Die Abrechnung für {month} kommt von {org}.",
        "Der Antrag ging über {soft} an das Finanzamt.",
    ],
    "fr": [
        "Demande au service {team} si le contrat est signé.", "Mets {team} en copie de la réponse.", "On a eu un appel avec {org} sur les tarifs.",
        "J'ai reçu un mail de la part de {org} pour le renouvellement.", "Merci à l'équipe {team} pour la réactivité.", "Je l'ai posté sur {soft} hier.",
        "{org} a dit que la panne est terminée.", "Réunion avec {org} {dayl} à {city}.", "Le bureau a déménagé {street}.",
        "Avant {feast} on gèle les déploiements.", "Notre {rolel} a validé le budget en {monthl}.", "Dis au service {team} que l'audit commence en {monthl}.",
        "Les factures vont à {team}, les tickets dans {soft}.", "{day} me convient.", "Notes de {dayl} : {org} a renouvelé, {team} a validé.",
        "Bonjour l'équipe {team},\n\nvous trouverez le rapport en pièce jointe.", "Cordialement,\nLe service {team}", "{month} sera chargé pour {team}.",
        "Le dossier a été envoyé à {org} via {soft}.",
    ],
    "es": [
        "Pregúntale a {team} si el contrato está firmado.", "Pon a {team} en copia de la respuesta.", "Tuvimos una llamada con {org} sobre los precios.",
        "Recibí un correo de parte de {org} sobre la renovación.", "Gracias al equipo de {team} por la rapidez.", "Lo publiqué ayer en {soft}.",
        "{org} dijo que la caída ya está resuelta.", "Reunión con {org} el {dayl} en {city}.", "La oficina se mudó a {street}.",
        "Antes de {feast} congelamos los despliegues.", "Nuestra {rolel} aprobó el presupuesto en {monthl}.", "Dile a {team} que la auditoría empieza en {monthl}.",
        "Las facturas van a {team}, las incidencias a {soft}.", "{day} me viene bien.", "Notas del {dayl}: {org} renovó, {team} dio el visto bueno.",
        "Hola equipo de {team}:\n\nadjunto el informe trimestral.", "Un saludo,\nEl equipo de {team}", "{month} va a ser duro para {team}.",
        "La solicitud se envió a {org} por {soft}.",
    ],
}
# Records whose keys name a thing: a known first name there is a product or a place.
THING_RECORDS = [
    ("json", '{"product": "{soft}", "vendor": "{org}", "city": "{city}"}'),
    ("yaml", "team: {team}\nvendor: {org}\nregion: {city}"),
    ("csv", "vendor,city,contact_team\n{org},{city},{team}"),
]


def pool(lang, which):
    given, surnames = (LISTED if which == "listed" else UNLISTED)[lang]
    return given.split(), surnames.split()


class Writer:
    """Fills one template: names into person slots (labelled), things into thing slots (decoys)."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.entities, self.decoys = [], []
        self.used = set()

    def pick_pool(self):
        return pool(self.lang, "listed" if self.rng.random() < 0.5 else "unlisted")

    def fresh(self, choices):
        for _ in range(20):
            c = self.rng.choice(choices)
            if c not in self.used:
                self.used.add(c)
                return c
        return self.rng.choice(choices)

    def name(self, form):
        given, surnames = self.pick_pool()
        first, last = self.fresh(given), self.fresh(surnames)
        if form == "G":
            return first
        if form == "S":
            return "%s %s" % (self.rng.choice(TITLES[self.lang]), last)
        if form == "Ssur":
            return last
        r = self.rng.random()
        if form == "F" or r < 0.55:
            if r < 0.08:
                return "%s. %s" % (first[0], last)
            if r < 0.16:
                particle = self.rng.choice(PARTICLES[self.lang])
                return "%s %s%s%s" % (first, particle, "" if particle.endswith("'") else " ", last)
            if r < 0.22 and form != "F":
                return last if self.lang != "en" else "%s %s" % (first, last)
            return "%s %s" % (first, last)
        return first

    def person(self, form):
        value = self.name("G" if form == "Ps" and self.rng.random() < 0.5 else ("P" if form in ("Ps", "Q", "R") else form))
        if form == "S":
            title, _, last = value.rpartition(" ")
            self.entities.append({"type": "PERSON", "value": last})
            return value
        if form == "Ps":
            if self.lang == "en":
                self.entities.append({"type": "PERSON", "value": value})
                return value + "'s"
            if self.lang in ("de", "no", "sv"):
                if value[-1] in "sxzß":
                    self.entities.append({"type": "PERSON", "value": value})
                    return value + "'"
                value += "s"
        self.entities.append({"type": "PERSON", "value": value})
        return value

    def thing(self, kind):
        lower = kind.endswith("l") and kind[:-1] in ("day", "month", "role")
        base = kind[:-1] if lower else kind
        items = THINGS[self.lang][base]
        items = items.split("|") if "|" in items else items.split()
        value = self.fresh(items)
        if lower:
            value = value[0].lower() + value[1:]
        self.decoys.append(value)
        return value

    def fill(self, template):
        out, i = [], 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0 or (template.startswith('{"', j) or template.startswith("{\n", j)):
                if j < 0:
                    out.append(template[i:])
                    break
                out.append(template[i:j + 1])
                i = j + 1
                continue
            k = template.find("}", j)
            slot = template[j + 1:k]
            out.append(template[i:j])
            if slot in ("P", "F", "G", "S", "Ssur", "Q", "R", "Ps"):
                out.append(self.person(slot))
            else:
                out.append(self.thing(slot))
            i = k + 1
        text = "".join(out)
        for word in skeleton_capitals(template):
            if word not in COURTESY:  # "Herr Pellowe" masked whole loses no word of the text
                self.decoys.append(word)
        return text

COURTESY = {"Herr", "Frau", "Mr", "Ms", "Mrs", "Dr", "Sr", "Sra", "Mme"}


def skeleton_capitals(template):
    """The capitalised words of a template's own text (not its slots): decoys."""
    words, word = [], []
    skeleton = []
    depth = 0
    for ch in template:
        if ch == "{" and depth == 0:
            depth = 1
            skeleton.append(" ")
            continue
        if ch == "}" and depth == 1:
            depth = 0
            continue
        if depth == 1 and (ch == '"' or ch == "\n"):
            depth = 0  # a JSON brace, not a slot
            skeleton.append("{" + ch)
            continue
        if depth == 0:
            skeleton.append(ch)
    for ch in "".join(skeleton) + " ":
        if ch.isalpha():
            word.append(ch)
        else:
            if len(word) >= 2 and word[0].isupper():
                words.append("".join(word))
            word = []
    return words


def unique(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def make_case(rng, lang, n):
    w = Writer(rng, lang)
    r = rng.random()
    parts, shape = [], None
    if r < 0.72:
        shape, template = rng.choice(PERSON[lang])
        parts.append(w.fill(template))
        if rng.random() < 0.65:
            parts.append(w.fill(rng.choice(THING[lang])))
    elif r < 0.92:
        shape = "prose"
        parts.append(w.fill(rng.choice(THING[lang])))
        if rng.random() < 0.5:
            parts.append(w.fill(rng.choice(THING[lang])))
    else:
        shape, template = rng.choice(THING_RECORDS)
        parts.append(w.fill(template))
    joiner = "\n\n" if shape in ("greeting", "signature", "chat", "cc", "git", "json", "yaml", "csv") else " "
    if rng.random() < 0.5:
        parts.reverse()
    text = joiner.join(parts)
    labelled = set()
    entities = []
    for e in w.entities:
        if e["value"] in labelled:
            continue
        labelled.add(e["value"])
        # every occurrence is labelled (the scorer's k-th label is the k-th occurrence)
        entities.extend([e] * max(1, count_words(text, e["value"])))
    decoys = [d for d in unique(w.decoys) if not any(d in e["value"] or e["value"] in d for e in entities)]
    return {"id": "names-%s-%d" % (lang, n), "lang": lang, "shape": shape, "text": text,
            "entities": entities, "decoys": decoys}


def count_words(text, value):
    count, i = 0, text.find(value)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(value)] if i + len(value) < len(text) else " "
        if not (before.isalnum() and value[0].isalnum()) and not (after.isalnum() and value[-1].isalnum()):
            count += 1
        i = text.find(value, i + 1)
    return count


def generate():
    rng = random.Random(20261215)
    lines = []
    for lang in LANGS:
        for n in range(CASES_PER_LANG):
            lines.append(json.dumps(make_case(rng, lang, n), ensure_ascii=False))
    return "\n".join(lines) + "\n"


def report_lists():
    """Which UNLISTED names scrub/data holds (they should be none) — not run in CI."""
    import os
    import unicodedata

    def fold(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    data = os.path.join(os.path.dirname(__file__), "..", "..", "..", "scrub", "data")
    known = set()
    with open(os.path.join(data, "names.txt"), encoding="utf-8") as f:
        known.update(fold(line.split("\t")[0]) for line in f)
    with open(os.path.join(data, "first-names.txt"), encoding="utf-8") as f:
        known.update(fold(line.strip()) for line in f if not line.startswith("#"))
    bad = 0
    for lang in LANGS:
        for part in UNLISTED[lang]:
            for name in part.split():
                if any(fold(p) in known for p in name.replace("-", " ").split()):
                    print("listed although UNLISTED: %s %s" % (lang, name))
                    bad += 1
    return 1 if bad else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--lists":
        return report_lists()
    return census_main(argv, generate, "generate_names.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
