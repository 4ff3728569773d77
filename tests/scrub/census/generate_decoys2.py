#!/usr/bin/env python3
"""generate_decoys2.py — the decoys census, round 2: ordinary words of six languages,
capitalised where each language capitalises them, in the places a name stands.

    python3 generate_decoys2.py > decoys2.jsonl            writes the census
    python3 generate_decoys2.py --check decoys2.jsonl      TAP: the committed file is what this writes

Written before reading scrub/names.c or scrub/data, from how people of each country write
(issue: "masks ordinary Norwegian, German and French words as names"). Weighted to French,
German and Norwegian, then Swedish, Spanish and English. The classes:
  - French: sentence openers and Title Case headings ("Merci Beaucoup" beside "Merci Pierre"),
    institutions after chez/avec/pour/par/selon ("selon la Préfecture"), streets and squares
    ("rue de la Paix", "place Bellecour"), hyphenated saints' and compound places
    ("Saint-Martin", "Mont-Blanc", "Aix-en-Provence"), institutions and products (La Poste,
    Pôle emploi, Carte Vitale, Livret A), feasts and seasons (Toussaint, Chandeleur), days and
    months at a line's start, names with particles that look like surnames ("Le Havre",
    "la Gare du Nord"), common words that are given names elsewhere ("Prudence sur la route");
  - German: nouns — every one capitalised — as subject and object, after von/mit/bei/an/für,
    compounds, an office after Herr/Frau ("Frau Ministerin"), authorities (Finanzamt,
    Bürgeramt, Stadtwerke), trades that are also surnames in prose ("der Fischer am Hafen"),
    Title Case headings;
  - Norwegian and Swedish: sentence openers, the values of forms ("Sivilstand: Gift"),
    headings, places in -vik/-dal/-berg/-by/-heim, authorities (NAV, Skatteetaten,
    Försäkringskassan), words that are also names (Sol, Vår, Dag, Storm, Bjørk, Berg, Sjö);
  - Spanish and English: sentence openers, Title Case headings, "Dear Team", streets and
    saints ("San Juan", "Santa Cruz", "Calle Mayor", "High Street"), feasts, words that are
    names elsewhere ("Dolores de cabeza", "Will do", "Hope you are well").
In every language also: greetings to a group in Title Case ("Bonjour à Tous", "Hallo
Zusammen", "Hei Alle"), kin words that stand as names ("chez Mamie", "bei Oma", "hos Mormor"),
sign-offs by a department ("Ihr Kundenservice", "Vennlig hilsen\nKundeservice"), and table
cells under an owner column that hold a desk or a role ("| Accueil |", "| Vertretung |").
Half the cases hold a real person in the same sentence or row (labelled PERSON, half of them
in no list of scrub/data: generate_decoys.py's pools), so a rule that stops masking the decoys
must still mask the person. In a pool value, "[...]" marks the decoy inside it (the rest is
the language's lower-case text); a value without brackets is a decoy whole. Every capitalised
word of a template's own text is a decoy too. Python stdlib only; deterministic (seeded
random.Random). The format is tests/scrub/realistic/README.md's:
{"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import sys
from census_common import label, main as census_main
from generate_decoys import names

CASES = (("fr", 70), ("de", 70), ("no", 60), ("sv", 35), ("es", 35), ("en", 30))

# ---------------------------------------------------------------------------------------------
# Pools of ordinary words, by kind, one list per language.
P = {
    "fr": {
        "greet_all": ["Bonjour à Tous", "Bonjour Tout le Monde", "Bonsoir à Tous", "Salut la Compagnie",
                      "Coucou Tout le Monde", "Chers Collègues", "Chère Équipe", "Madame, Monsieur", "Bonjour l'Équipe"],
        "kin": ["chez [Mamie]", "avec [Papa]", "pour [Maman]", "chez [Tonton]", "avec [Tata]", "pour [Papy]",
                "chez [Mémé]", "avec [Pépé]", "chez [Marraine]", "avec [Parrain]"],
        "team": ["L'Équipe Support", "Le Service Client", "La Direction", "Le Secrétariat", "L'Accueil",
                 "Le Bureau des Sports", "La Comptabilité", "Les Ressources Humaines", "Le Standard"],
        "cell": ["Accueil", "Direction", "Secrétariat", "Comptabilité", "Standard", "Stagiaire", "Prestataire",
                 "Intérim", "Remplaçant", "Gardien"],
        "open": ["Merci", "Désolé", "Pourtant", "Ensuite", "Enfin", "Heureusement", "Malheureusement", "Voici",
                 "Attention", "Rappel", "Bref", "Pardon", "Bravo", "Félicitations", "Sinon", "Alors", "Donc",
                 "Entre-temps", "Finalement", "Cependant"],
        "thanks": ["Merci Beaucoup", "Merci Infiniment", "Merci Encore", "Merci Mille Fois", "Bonne Journée",
                   "Bonne Soirée", "Bon Courage", "Bonne Continuation", "Bonne Lecture", "Bonne Semaine"],
        "heading": ["Ordre du Jour", "Compte Rendu", "Mode d'Emploi", "Note de Service", "Points Divers",
                    "Prochaines Étapes", "Questions Diverses", "Meilleurs Vœux", "Fiche de Poste", "Plan d'Action",
                    "Bonne Année", "Joyeux Anniversaire", "Informations Pratiques", "Relevé de Décisions",
                    "Conditions Générales", "Foire aux Questions", "Avis Important", "Suivi du Projet"],
        "inst_art": ["la [Direction]", "la [Mairie]", "la [Préfecture]", "la [Sécurité sociale]", "la [Comptabilité]",
                     "le [Rectorat]", "la [Caisse primaire]", "le [Conseil régional]", "la [Trésorerie]",
                     "le [Tribunal administratif]", "l'[Assurance maladie]", "le [Trésor public]",
                     "la [Médecine du travail]", "les [Ressources humaines]", "le [Service client]",
                     "la [Gendarmerie]", "l'[Inspection du travail]", "le [Conseil départemental]",
                     "la [Direction générale]", "l'[Éducation nationale]"],
        "prep": ["avec", "pour", "par", "selon", "chez", "auprès de"],
        "street": ["rue de la Paix", "place Bellecour", "avenue des Champs-Élysées", "quai de la Loire",
                   "place de la Concorde", "allée des Tilleuls", "chemin des Vignes", "impasse des Lilas",
                   "rue Saint-Honoré", "rue Neuve", "Grande Rue", "place du Marché", "avenue de la Gare",
                   "rue de la République", "rue des Écoles", "boulevard de la Liberté", "rue du Moulin",
                   "place de l'Église", "route de Paris", "cours de la Libération"],
        "place": ["Saint-Martin", "Mont-Blanc", "Saint-Denis", "Sainte-Foy", "Saint-Étienne", "Boulogne-sur-Mer",
                  "Aix-en-Provence", "Châlons-en-Champagne", "Saint-Malo", "Mont-Saint-Michel", "Pont-Aven",
                  "Val-d'Isère", "Île-de-France", "Côte-d'Or", "Bourg-la-Reine", "Villeneuve-d'Ascq",
                  "Saint-Nazaire", "Sainte-Maxime", "Fontenay-sous-Bois", "Saint-Jean-de-Luz"],
        "inst": ["La Poste", "Pôle emploi", "Carte Vitale", "Livret A", "Crédit Agricole", "Caisse d'Épargne",
                 "Banque Populaire", "France Travail", "Crédit Mutuel", "Carte Grise", "Passe Navigo",
                 "Chèque Emploi", "Titre Restaurant", "Prime d'Activité", "Société Générale", "Sécurité Sociale",
                 "Allocations Familiales", "Assurance Maladie", "Mutuelle Générale", "Carte Bleue"],
        "feast": ["Toussaint", "Chandeleur", "Saint-Sylvestre", "Pâques", "Noël", "Pentecôte", "Ascension",
                  "Mardi gras", "Épiphanie", "Saint-Valentin", "Fête des Mères", "Quatorze Juillet", "Armistice",
                  "Assomption", "Réveillon", "Nouvel An", "Rentrée", "Fête de la Musique", "Saint-Jean"],
        "day": ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
        "month": ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre",
                  "Novembre", "Décembre"],
        "particle": ["Le Havre", "Le Mans", "La Rochelle", "La Baule", "Le Touquet", "La Défense", "Le Marais",
                     "La Villette", "Le Monde", "Le Figaro", "Le Parisien", "La Croix", "Le Bon Coin",
                     "La Redoute", "la [Gare du Nord]", "le [Puy du Fou]", "le [Chemin des Dames]",
                     "la [Pointe du Raz]", "le [Val de Loire]", "le [Bois de Boulogne]", "la [Baie de Somme]",
                     "le [Pays de la Loire]", "la [Porte de la Chapelle]", "le [Tour de France]"],
        "nameword": ["[Prudence] sur la route ce week-end", "[Patience], la livraison arrive",
                     "[Constance] et régularité, c'est la clé", "[Rose] pâle ou bleu ciel pour la chambre",
                     "[Olive] ou tournesol pour la friture", "[Aurore] boréale visible ce soir dans le Nord",
                     "[Marine] nationale et armée de l'air défilent ensemble", "[Pascal] et Fortran sont au programme",
                     "[Aube] grise, pluie prévue toute la journée", "[Prune] ou mirabelle pour la tarte",
                     "[Espérance] de vie en hausse selon l'Insee", "[Perle] rare recherchée pour le poste",
                     "[Blanche] ou ambrée, la bière est offerte", "[Capucine] et bleuet au jardin",
                     "[Violette] de Toulouse en dessert", "[Ambre] gris et musc dans le parfum",
                     "[Colombe] de la paix sur l'affiche", "[Clémentine] corse en promotion"],
        "person_role": ["le [Directeur]", "la [Présidente]", "le [Maire]", "la [Préfète]", "le [Proviseur]"],
    },
    "de": {
        "greet_all": ["Hallo Zusammen", "Liebe Kolleginnen und Kollegen", "Hallo Team", "Liebes Team",
                      "Moin Zusammen", "Servus Miteinander", "Sehr geehrte Damen und Herren", "Hallo Ihr Lieben",
                      "Guten Morgen Allerseits"],
        "kin": ["bei [Oma]", "mit [Opa]", "für [Mama]", "von [Papa]", "bei [Omi]", "mit [Tante] und [Onkel]",
                "bei der [Patentante]", "mit [Uroma]"],
        "team": ["Ihr Kundenservice", "Ihre Hausverwaltung", "Das Sekretariat", "Die Geschäftsleitung",
                 "Ihr Bürgeramt", "Ihr Praxisteam", "Die Personalabteilung", "Der Vorstand", "Ihre Stadtwerke"],
        "cell": ["Empfang", "Sekretariat", "Buchhaltung", "Vertretung", "Praktikant", "Hausmeister", "Zentrale",
                 "Aushilfe", "Werkstudent", "Pforte"],
        "noun": ["Rechnung", "Vertrag", "Termin", "Besprechung", "Unterlagen", "Antrag", "Bescheid", "Kündigung",
                 "Lieferung", "Bestellung", "Anfrage", "Zahlung", "Mahnung", "Abrechnung", "Genehmigung", "Frist",
                 "Wohnung", "Heizung", "Waschmaschine", "Baustelle", "Sitzung", "Prüfung", "Bewerbung", "Quittung"],
        "person_noun": ["Nachbar", "Hausmeister", "Vermieter", "Kollege", "Chef", "Zahnarzt", "Elektriker",
                        "Handwerker", "Postbote", "Lehrer", "Steuerberater", "Kundenberater", "Paketbote"],
        "compound": ["Nebenkostenabrechnung", "Krankenversicherung", "Steuererklärung", "Arbeitsvertrag",
                     "Mietvertrag", "Urlaubsantrag", "Kindergeld", "Elterngeld", "Personalausweis", "Führerschein",
                     "Haftpflichtversicherung", "Lohnsteuerbescheinigung", "Betriebsrat", "Hausverwaltung",
                     "Kitaplatz", "Dienstwagen", "Reisekostenabrechnung", "Meldebescheinigung", "Krankmeldung",
                     "Kfz-Versicherung", "Jahresgespräch", "Wohngeldantrag"],
        "prep_noun": ["von der [Bank]", "mit dem [Hausmeister]", "bei der [Krankenkasse]", "an die [Hausverwaltung]",
                      "für den [Vermieter]", "von der [Personalabteilung]", "mit der [Buchhaltung]",
                      "bei der [Geschäftsführung]", "an die [Schule]", "für die [Kita]", "von der [Versicherung]",
                      "bei der [Sparkasse]", "mit der [Post]", "in der [Werkstatt]", "aus der [Apotheke]",
                      "beim [Zahnarzt]", "vom [Amt]", "zum [Notar]", "mit dem [Anwalt]", "an den [Betriebsrat]"],
        "office": ["Frau Ministerin", "Herr Bürgermeister", "Frau Direktorin", "Herr Pfarrer", "Frau Doktor",
                   "Herr Professor", "Frau Präsidentin", "Herr Vorsitzender", "Frau Abgeordnete",
                   "Herr Staatssekretär", "Frau Oberbürgermeisterin", "Herr Kollege", "Frau Kollegin",
                   "Herr Nachbar", "Frau Rektorin", "Herr Landrat", "Frau Dekanin", "Herr Botschafter"],
        "authority": ["Finanzamt", "Bürgeramt", "Stadtwerke", "Jobcenter", "Ausländerbehörde", "Standesamt",
                      "Jugendamt", "Arbeitsagentur", "Krankenkasse", "Rentenversicherung", "Amtsgericht",
                      "Landratsamt", "Zulassungsstelle", "Gesundheitsamt", "Ordnungsamt", "Familienkasse",
                      "Verbraucherzentrale", "Bundesagentur für Arbeit", "Einwohnermeldeamt", "Bauamt"],
        "trade": ["der [Fischer] am Hafen", "der [Müller] in der alten Mühle", "der [Schneider] im Erdgeschoss",
                  "der [Bäcker] an der Ecke", "der [Schmied] im Dorf", "der [Metzger] gegenüber",
                  "der [Zimmermann] auf dem Dach", "der [Koch] in der Kantine", "der [Weber] auf dem Markt",
                  "der [Schäfer] mit seiner Herde", "der [Jäger] im Wald", "der [Gärtner] im Park",
                  "der [Maurer] auf der Baustelle", "der [Schreiner] in der Werkstatt", "der [Förster] im Revier",
                  "der [Bauer] auf dem Feld", "der [Richter] am Amtsgericht", "der [Wagner] im Museum"],
        "heading": ["Wichtige Hinweise", "Nächste Schritte", "Offene Fragen", "Zusammenfassung", "Tagesordnung",
                    "Protokoll der Sitzung", "Allgemeine Geschäftsbedingungen", "Häufige Fragen", "Ansprechpartner",
                    "Anfahrt und Parken", "Termine und Fristen", "Ergebnisse", "Kosten und Zahlung",
                    "Ablauf", "Rückfragen", "Frohe Weihnachten", "Herzlichen Glückwunsch", "Vielen Dank"],
        "open": ["Leider", "Übrigens", "Trotzdem", "Außerdem", "Allerdings", "Danke", "Bitte", "Achtung",
                 "Hinweis", "Entschuldigung", "Gerne", "Vorsicht", "Anbei", "Zuerst", "Anschließend"],
        "place": ["Schwarzwald", "Bodensee", "Ruhrgebiet", "Sauerland", "Zugspitze", "Nordsee", "Ostsee",
                  "Alexanderplatz", "Hauptbahnhof", "Marktplatz", "Rathaus", "Altstadt", "Bad Homburg",
                  "Sankt Augustin", "Rothenburg ob der Tauber", "Königstraße", "Schillerstraße", "Lindenallee"],
        "feast": ["Weihnachten", "Ostern", "Pfingsten", "Fasching", "Karneval", "Silvester", "Heiligabend",
                  "Rosenmontag", "Aschermittwoch", "Karfreitag", "Himmelfahrt", "Fronleichnam", "Oktoberfest",
                  "Sankt Martin", "Nikolaus", "Muttertag"],
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    },
    "no": {
        "greet_all": ["Hei Alle", "Hei Alle Sammen", "Hallo Alle", "Kjære Kolleger", "Hei Gjengen",
                      "God Morgen", "Kjære Naboer", "Hei Dere", "Kjære Foreldre"],
        "kin": ["hos [Mormor]", "med [Farfar]", "til [Mamma]", "fra [Pappa]", "hos [Bestemor]", "med [Bestefar]",
                "hos [Tante]", "med [Onkel]", "til [Farmor]", "fra [Morfar]"],
        "team": ["Kundeservice", "Sentralbordet", "Styret", "Resepsjonen", "Ledelsen", "Vaktmesteren",
                 "Sekretariatet", "Personalavdelingen", "Regnskap"],
        "cell": ["Resepsjon", "Sentralbord", "Vikar", "Lærling", "Vaktmester", "Styret", "Ekstrahjelp",
                 "Turnus", "Ledig", "Kantine"],
        "open": ["Takk", "Ellers", "Dessverre", "Forresten", "Uansett", "Heldigvis", "Husk", "Merk", "Obs",
                 "Beklager", "Gratulerer", "Kanskje", "Egentlig", "Først", "Deretter", "Altså", "Ifølge",
                 "Ja", "Nei", "Supert", "Flott"],
        "formval": [("Sivilstand", "Gift|Ugift|Samboer|Skilt|Enke|Separert"),
                    ("Kjønn", "Kvinne|Mann|Annet"),
                    ("Stilling", "Heltid|Deltid|Fast|Vikar|Lærling|Sommervikar"),
                    ("Status", "Godkjent|Avslått|Under behandling|Sendt|Mottatt|Avventer"),
                    ("Betalingsmåte", "Faktura|Avtalegiro|Kort|Kontant"),
                    ("Boform", "Leilighet|Enebolig|Rekkehus|Hybel|Borettslag")],
        "heading": ["Viktig Informasjon", "Neste Steg", "Åpne Spørsmål", "Referat fra Møtet", "Praktisk Info",
                    "Ofte Stilte Spørsmål", "Kontaktinformasjon", "Oppsummering", "Dagsorden", "Frister",
                    "Vedlegg", "Bakgrunn", "Konklusjon", "God Jul", "Godt Nyttår", "Gratulerer med Dagen"],
        "place": ["Narvik", "Larvik", "Brevik", "Sandvika", "Kirkenes", "Setesdal", "Gudbrandsdalen", "Romsdal",
                  "Numedal", "Hallingdal", "Sirdal", "Kongsberg", "Tønsberg", "Lillehammer", "Holmestrand",
                  "Grimstad", "Trondheim", "Stjørdal", "Namsos", "Steinkjer", "Sortland", "Hønefoss",
                  "Nordfjordeid", "Mosjøen"],
        "authority": ["NAV", "Nav", "Skatteetaten", "Lånekassen", "Husbanken", "Statens vegvesen", "Helfo",
                      "Politiet", "UDI", "Bufetat", "Folkeregisteret", "Arbeidstilsynet", "Kommunen",
                      "Fylkeskommunen", "Tingretten", "Altinn", "Helsenorge", "Posten", "Vinmonopolet",
                      "Barnevernet", "Forliksrådet", "Namsmannen", "Trygderetten"],
        "nameword": ["[Sol] og 20 grader i morgen", "[Storm] på Vestlandet i kveld", "[Dag] 3 av kurset er avlyst",
                     "[Vår] avdeling flytter til tredje etasje", "[Bjørk], eik og furu ble felt i går",
                     "[Berg] og stein må fjernes før støping", "[Strand] og bading står på planen",
                     "[Fjell] og vidde er best i september", "[Skog] og mark er stengt for hogst",
                     "[Haug] med snø foran garasjen", "[Lie] og slåttemark trenger stell", "[Eik] er hardere enn furu",
                     "[Ask] og lønn har gule blader nå", "[Vik] og bukt fryser først", "[Nordlys] ventes i natt",
                     "[Lyng] og blåbær dekker hele åsen", "[Elv] og bekk flommer over", "[Solveien] er stengt"],
        "feast": ["Jul", "Påske", "Sankthans", "Pinse", "Julaften", "Nyttårsaften", "Fastelavn", "Olsok",
                  "Kristi himmelfartsdag", "Skjærtorsdag", "Langfredag", "Romjul", "Allehelgensdag"],
        "day": ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"],
        "noun": ["Faktura", "Kontrakt", "Søknad", "Vedtak", "Oppsigelse", "Levering", "Bestilling", "Henvendelse",
                 "Betaling", "Purring", "Timebestilling", "Sykemelding", "Lønnsslipp", "Skattemelding",
                 "Permisjon", "Husleie", "Strømregning", "Innkalling"],
    },
    "sv": {
        "greet_all": ["Hej Alla", "Hej Allihopa", "Tjena Gänget", "Kära Kollegor", "God Morgon", "Hej Grannar",
                      "Kära Föräldrar"],
        "kin": ["hos [Mormor]", "med [Farfar]", "till [Mamma]", "från [Pappa]", "hos [Farmor]", "med [Morfar]",
                "hos [Moster]", "med [Farbror]"],
        "team": ["Kundtjänst", "Styrelsen", "Receptionen", "Ledningen", "Växeln", "Personalavdelningen",
                 "Ekonomiavdelningen", "Vaktmästeriet"],
        "cell": ["Reception", "Växel", "Vikarie", "Praktikant", "Vaktmästare", "Styrelsen", "Extrapersonal",
                 "Ledig"],
        "open": ["Tack", "Tyvärr", "Förresten", "Dessutom", "Observera", "Grattis", "Kanske", "Egentligen",
                 "Först", "Sedan", "Alltså", "Enligt", "Ja", "Nej", "Toppen", "Förlåt"],
        "formval": [("Civilstånd", "Gift|Ogift|Sambo|Skild|Änka|Registrerad partner"),
                    ("Kön", "Kvinna|Man|Annat"),
                    ("Anställning", "Heltid|Deltid|Tillsvidare|Vikariat|Provanställning"),
                    ("Status", "Godkänd|Avslagen|Under handläggning|Skickad|Mottagen|Väntar"),
                    ("Boende", "Lägenhet|Villa|Radhus|Bostadsrätt|Hyresrätt")],
        "heading": ["Viktig Information", "Nästa Steg", "Öppna Frågor", "Protokoll från Mötet", "Praktisk Info",
                    "Vanliga Frågor", "Kontaktuppgifter", "Sammanfattning", "Dagordning", "God Jul",
                    "Gott Nytt År", "Grattis på Födelsedagen"],
        "place": ["Örnsköldsvik", "Oskarshamn", "Sundsvall", "Mölndal", "Ljusdal", "Vallentuna", "Falkenberg",
                  "Kungsbacka", "Helsingborg", "Sollentuna", "Bromma", "Jönköping", "Kristinehamn", "Strängnäs"],
        "authority": ["Försäkringskassan", "Skatteverket", "Arbetsförmedlingen", "Kronofogden", "Migrationsverket",
                      "Vårdguiden", "Pensionsmyndigheten", "CSN", "Trafikverket", "Transportstyrelsen", "Kommunen",
                      "Polisen", "Tingsrätten", "Socialtjänsten", "Vårdcentralen", "Länsstyrelsen"],
        "nameword": ["[Sol] och 25 grader i helgen", "[Storm] väntas över Gotland i natt", "[Dag] två av kursen är inställd",
                     "[Vår] avdelning flyttar till plan fyra", "[Björk] och ek fälldes i går",
                     "[Berg] och sten ska bort före gjutningen", "[Strand] och bad står på schemat",
                     "[Sjö] och å fryser tidigt i år", "[Ek] håller längre än furu", "[Lind] och lönn gulnar nu",
                     "[Skog] och mark är stängda för avverkning", "[Ljung] och blåbär täcker hela åsen"],
        "feast": ["Midsommar", "Jul", "Påsk", "Lucia", "Valborg", "Julafton", "Nyårsafton", "Fettisdagen",
                  "Kristi himmelsfärd", "Trettondagen", "Allhelgona"],
        "day": ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"],
    },
    "es": {
        "greet_all": ["Hola a Todos", "Hola Equipo", "Buenos Días a Todos", "Estimados Compañeros",
                      "Queridos Vecinos", "Hola Chicos", "Estimados Señores"],
        "kin": ["con [Mamá]", "con la [Abuela]", "con el [Abuelo]", "para [Papá]", "con la [Tía]", "con el [Tío]",
                "para la [Yaya]", "con la [Madrina]"],
        "team": ["El Equipo de Soporte", "La Dirección", "Recepción", "Secretaría", "Atención al Cliente",
                 "La Administración", "Recursos Humanos"],
        "cell": ["Recepción", "Secretaría", "Dirección", "Becario", "Suplente", "Conserjería", "Centralita",
                 "Vacante"],
        "open": ["Gracias", "Lamentablemente", "Además", "Enhorabuena", "Perdón", "Primero", "Luego", "Entonces",
                 "Finalmente", "Ojalá", "Quizás", "Recuerda", "Atención", "Aviso", "Según"],
        "heading": ["Orden del Día", "Próximos Pasos", "Puntos Pendientes", "Preguntas Frecuentes",
                    "Aviso Importante", "Feliz Navidad", "Muchas Gracias", "Acta de la Reunión", "Datos de Contacto",
                    "Resumen Ejecutivo", "Condiciones Generales", "Feliz Año Nuevo"],
        "street": ["Calle Mayor", "Gran Vía", "Plaza Mayor", "Paseo de la Castellana", "Puerta del Sol",
                   "Calle del Carmen", "Avenida de la Constitución", "Plaza de España", "Rambla de Catalunya",
                   "Calle Real", "Paseo del Prado", "Calle Nueva"],
        "saint": ["San Juan", "Santa Cruz", "San Sebastián", "Santa María", "San Fermín", "San Isidro",
                  "Santiago de Compostela", "Santa Lucía", "San Antonio", "Santo Domingo", "San Vicente",
                  "Santa Bárbara"],
        "feast": ["Semana Santa", "Reyes Magos", "Nochevieja", "Nochebuena", "Corpus Christi", "Navidad",
                  "Carnaval", "Día de Todos los Santos", "Jueves Santo", "Las Fallas", "Año Nuevo"],
        "authority": ["Hacienda", "Seguridad Social", "Agencia Tributaria", "Correos", "Ayuntamiento",
                      "Registro Civil", "Guardia Civil", "Tesorería", "Sanidad", "Extranjería", "Catastro",
                      "Juzgado de Guardia"],
        "nameword": ["[Dolores] de cabeza desde el lunes", "[Paz] y tranquilidad en la casa rural",
                     "[Luz] apagada en la sala dos", "[Nieves] en la sierra este fin de semana",
                     "[Rosa] o azul para la invitación", "[Esperanza] de vida en aumento",
                     "[Consuelo] para los aficionados tras la derrota", "[Mar] en calma y cielo despejado",
                     "[Alegría] en la oficina por el ascenso", "[Gloria] para el equipo local",
                     "[Soledad] y silencio en la biblioteca", "[Pilar] central del edificio dañado",
                     "[Rocío] en la hierba por la mañana", "[Remedios] caseros para la tos"],
        "day": ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"],
    },
    "en": {
        "greet_all": ["Hi All", "Hello Everyone", "Hey Team", "Hi Folks", "Morning All", "Hi Everybody",
                      "Hello Team"],
        "kin": ["with [Mum]", "for [Dad]", "at [Grandma]'s", "with [Grandpa]", "to [Nan]", "with [Auntie]",
                "for [Granny]"],
        "team": ["Customer Support", "The Team", "Reception", "The Management", "Human Resources",
                 "The Front Desk", "Accounts Payable"],
        "cell": ["Reception", "Front Desk", "Intern", "Temp", "Contractor", "TBD", "Vacant", "Facilities"],
        "open": ["Thanks", "Sorry", "Unfortunately", "Noted", "Reminder", "Apologies", "Congratulations",
                 "Meanwhile", "Regardless", "Basically", "Honestly", "Agreed", "Absolutely"],
        "heading": ["Next Steps", "Action Items", "Open Questions", "Key Takeaways", "Meeting Notes",
                    "Release Notes", "Known Issues", "Terms and Conditions", "Frequently Asked Questions",
                    "Getting Started", "Happy Holidays", "Season's Greetings"],
        "dear": ["Dear Team", "Dear Customer", "Dear Colleagues", "Dear Sir or Madam", "Dear All",
                 "Dear Neighbours", "Dear Parents", "Dear Members", "Dear Hiring Manager", "Dear Friends"],
        "street": ["High Street", "Church Lane", "Station Road", "Mill Lane", "Market Square", "Park Avenue",
                   "Queen Street", "St John's Wood", "St Albans", "San Diego", "Santa Monica", "Green Lane"],
        "feast": ["Christmas Eve", "Good Friday", "Thanksgiving", "Labor Day", "Memorial Day", "Boxing Day",
                  "Easter Monday", "New Year's Day", "Bank Holiday", "Mother's Day"],
        "nameword": ["[Hope] you are well", "[Will] do, thanks", "[Mark] the date in your calendar",
                     "[Bill] the client at the end of the month", "[Grace] period ends on Friday",
                     "[Dawn] patrol starts at five", "[Summer] hours start next week", "[May] I ask a question",
                     "[Sue] them if they don't pay", "[Pat] on the back for the release",
                     "[Faith] in the process is low", "[Joy] all round after the demo",
                     "[Rob] Peter to pay Paul is not a budget", "[Amber] warning for wind tonight",
                     "[Holly] and ivy on the mantelpiece", "[Ruby] gems need updating"],
        "authority": ["HMRC", "Jobcentre Plus", "the [Council]", "the [Home Office]", "the [Land Registry]",
                      "Citizens Advice", "the [Inland Revenue]", "Social Security"],
    },
}

# ---------------------------------------------------------------------------------------------
# Templates: ("shape", "text"). {kind} is a pool value, {kind2} a second one of the same kind,
# {P} a person (given name or full name), {formval} a form line "Key: Value" of the language.
T = {
    "fr": [
        ("greeting", "{greet_all},\n\nla réunion est déplacée à jeudi."),
        ("greeting", "{greet_all},\n\n{P} remplace l'accueil cette semaine."),
        ("prose", "Dimanche on déjeune {kin}, puis on rentre."),
        ("prose", "{P} déjeune {kin} dimanche."),
        ("signature", "Cordialement,\n{team}"),
        ("signature", "Cordialement,\n{P}\n{team}"),
        ("table", "| Tâche | Responsable |\n| --- | --- |\n| devis | {cell} |\n| relance | {cell2} |"),
        ("table", "| Tâche | Responsable |\n| --- | --- |\n| devis | {cell} |\n| relance | {P} |"),
        ("prose", "{open}, le dossier est complet."),
        ("prose", "{open}, {P} a envoyé le dossier complet."),
        ("greeting", "{thanks} pour votre aide, à demain."),
        ("greeting", "Merci {P}, à demain.\n\n{thanks} à toute l'équipe."),
        ("heading", "## {heading}\n\n- budget validé\n- devis à relancer"),
        ("heading", "## {heading}\n\n- budget validé\n- {P} relance le devis"),
        ("heading", "{heading}\n\n{heading2}"),
        ("prose", "Le dossier a été transmis {prep} {inst_art} lundi."),
        ("prose", "Le dossier a été transmis {prep} {inst_art} par {P} lundi."),
        ("prose", "Rendez-vous {street} à 18 h."),
        ("prose", "Le bureau de {P} est au 12 {street}, deuxième étage."),
        ("prose", "Je pars à {place} pour les vacances, puis à {place2}."),
        ("prose", "{P} habite à {place} depuis mars."),
        ("prose", "J'ai appelé {inst} ce matin, ils rappellent demain."),
        ("prose", "{P} a oublié sa {inst} à la maison."),
        ("table", "| Organisme | Contact |\n| --- | --- |\n| {inst} | {P} |\n| {inst2} | accueil |"),
        ("prose", "On se voit à la {feast} ? Sinon à {feast2}."),
        ("prose", "Pendant la {feast}, {P} garde les enfants."),
        ("list", "{day} : réunion d'équipe\n{day2} : formation sécurité"),
        ("list", "{day} : {P} en congé\n{day2} : inventaire"),
        ("list", "{month} : clôture des comptes\n{month2} : audit interne"),
        ("prose", "Nous avons visité {particle} samedi, c'était superbe."),
        ("prose", "{P} a lu l'article dans {particle} ce matin."),
        ("prose", "{nameword}."),
        ("prose", "{nameword}, a rappelé {P} hier soir."),
        ("prose", "Réunion {prep} {inst_art} et {person_role} jeudi."),
        ("csv", "ville,région\n{place},Nord\n{place2},Sud"),
        ("csv", "nom,ville\n{P},{place}"),
    ],
    "de": [
        ("greeting", "{greet_all},\n\ndie Sitzung wird auf Donnerstag verschoben."),
        ("greeting", "{greet_all},\n\n{P} vertritt diese Woche den Empfang."),
        ("prose", "Am Sonntag essen wir {kin} zu Mittag."),
        ("prose", "{P} isst am Sonntag {kin} zu Mittag."),
        ("signature", "Mit freundlichen Grüßen\n{team}"),
        ("signature", "Mit freundlichen Grüßen\n{P}\n{team}"),
        ("table", "| Aufgabe | Zuständig |\n| --- | --- |\n| Angebot | {cell} |\n| Mahnung | {cell2} |"),
        ("table", "| Aufgabe | Zuständig |\n| --- | --- |\n| Angebot | {cell} |\n| Mahnung | {P} |"),
        ("prose", "Die {noun} ist heute angekommen, die {noun2} fehlt noch."),
        ("prose", "Die {noun} hat {P} heute unterschrieben."),
        ("prose", "Der {person_noun} hat die {compound} vergessen."),
        ("prose", "Der {person_noun} hat {P} wegen der {compound} angerufen."),
        ("prose", "Ich habe eine Nachricht {prep_noun} bekommen."),
        ("prose", "{P} hat eine Nachricht {prep_noun} bekommen."),
        ("greeting", "Sehr geehrte {office},\n\nvielen Dank für Ihre Nachricht."),
        ("greeting", "Sehr geehrte {office},\n\nanbei die Unterlagen von {P}."),
        ("prose", "Das {authority} hat die {compound} zurückgeschickt."),
        ("prose", "{P} muss morgen zum {authority}."),
        ("table", "| Behörde | Ansprechpartner |\n| --- | --- |\n| {authority} | {P} |\n| {authority2} | Zentrale |"),
        ("prose", "Am Samstag war {trade} sehr freundlich."),
        ("prose", "{P} kennt {trade} schon lange."),
        ("heading", "## {heading}\n\n- {compound} prüfen\n- {noun} bezahlen"),
        ("heading", "## {heading}\n\n- {compound} prüfen\n- {P} anrufen"),
        ("prose", "{open}, die {noun} kommt erst am {day}."),
        ("prose", "{open}, {P} kommt erst am {day}."),
        ("prose", "Wir fahren über {feast} an den {place}."),
        ("prose", "Über {feast} besucht {P} den {place}."),
        ("list", "{day}: {noun}\n{day2}: {compound}"),
        ("csv", "Datum,Anlass\n{day},{feast}\n{day2},{noun}"),
        ("csv", "Name,Termin\n{P},{noun}"),
    ],
    "no": [
        ("greeting", "{greet_all},\n\nmøtet er flyttet til torsdag."),
        ("greeting", "{greet_all},\n\n{P} tar resepsjonen denne uka."),
        ("prose", "På søndag spiser vi middag {kin}."),
        ("prose", "{P} spiser middag {kin} på søndag."),
        ("signature", "Vennlig hilsen\n{team}"),
        ("signature", "Vennlig hilsen\n{P}\n{team}"),
        ("table", "| Oppgave | Ansvarlig |\n| --- | --- |\n| tilbud | {cell} |\n| purring | {cell2} |"),
        ("table", "| Oppgave | Ansvarlig |\n| --- | --- |\n| tilbud | {cell} |\n| purring | {P} |"),
        ("prose", "{open}, søknaden er sendt."),
        ("prose", "{open}, {P} har sendt søknaden."),
        ("form", "{formval}\n{formval2}"),
        ("form", "Navn: {P}\n{formval}\n{formval2}"),
        ("heading", "## {heading}\n\n- {noun} må sendes\n- {noun2} er mottatt"),
        ("heading", "## {heading}\n\n- {noun} må sendes\n- {P} følger opp"),
        ("prose", "Vi kjører fra {place} til {place2} i morgen."),
        ("prose", "{P} har flyttet fra {place} til {place2}."),
        ("prose", "{authority} har sendt et brev om {noun}."),
        ("prose", "{P} har fått brev fra {authority} om {noun}."),
        ("table", "| Etat | Kontakt |\n| --- | --- |\n| {authority} | {P} |\n| {authority2} | sentralbord |"),
        ("prose", "{nameword}."),
        ("prose", "{nameword}, skriver {P} i chatten."),
        ("prose", "Vi ses i {feast}, og så på {day}."),
        ("prose", "{P} jobber i {feast} og har fri på {day}."),
        ("list", "{day}: {noun}\n{day2}: {noun2}"),
        ("list", "{day}: {P} har fri\n{day2}: {noun}"),
        ("csv", "sted,fylke\n{place},Nordland\n{place2},Vestland"),
        ("csv", "navn,sted\n{P},{place}"),
    ],
    "sv": [
        ("greeting", "{greet_all},\n\nmötet är flyttat till torsdag."),
        ("greeting", "{greet_all},\n\n{P} tar receptionen den här veckan."),
        ("prose", "På söndag äter vi middag {kin}."),
        ("prose", "{P} äter middag {kin} på söndag."),
        ("signature", "Vänliga hälsningar\n{team}"),
        ("signature", "Vänliga hälsningar\n{P}\n{team}"),
        ("table", "| Uppgift | Ansvarig |\n| --- | --- |\n| offert | {cell} |\n| påminnelse | {cell2} |"),
        ("table", "| Uppgift | Ansvarig |\n| --- | --- |\n| offert | {cell} |\n| påminnelse | {P} |"),
        ("prose", "{open}, ansökan är skickad."),
        ("prose", "{open}, {P} har skickat ansökan."),
        ("form", "{formval}\n{formval2}"),
        ("form", "Namn: {P}\n{formval}\n{formval2}"),
        ("heading", "## {heading}\n\n- blanketten ska skickas\n- beslutet har kommit"),
        ("heading", "## {heading}\n\n- blanketten ska skickas\n- {P} följer upp"),
        ("prose", "Vi åker från {place} till {place2} i morgon."),
        ("prose", "{P} har flyttat från {place} till {place2}."),
        ("prose", "{authority} har skickat ett beslut."),
        ("prose", "{P} har fått ett beslut från {authority}."),
        ("prose", "{nameword}."),
        ("prose", "{nameword}, skriver {P} i chatten."),
        ("list", "{day}: {feast}\n{day2}: ledig"),
        ("list", "{day}: {P} är ledig\n{day2}: {feast}"),
    ],
    "es": [
        ("greeting", "{greet_all},\n\nla reunión pasa al jueves."),
        ("greeting", "{greet_all},\n\n{P} cubre la recepción esta semana."),
        ("prose", "El domingo comemos {kin}."),
        ("prose", "{P} come {kin} el domingo."),
        ("signature", "Un saludo,\n{team}"),
        ("signature", "Un saludo,\n{P}\n{team}"),
        ("table", "| Tarea | Responsable |\n| --- | --- |\n| presupuesto | {cell} |\n| recordatorio | {cell2} |"),
        ("table", "| Tarea | Responsable |\n| --- | --- |\n| presupuesto | {cell} |\n| recordatorio | {P} |"),
        ("prose", "{open}, el expediente está completo."),
        ("prose", "{open}, {P} ha enviado el expediente."),
        ("heading", "## {heading}\n\n- presupuesto aprobado\n- factura pendiente"),
        ("heading", "## {heading}\n\n- presupuesto aprobado\n- {P} revisa la factura"),
        ("prose", "La oficina está en la {street}, junto a {saint}."),
        ("prose", "{P} vive en la {street} desde marzo."),
        ("prose", "Nos vemos en {feast} en {saint}."),
        ("prose", "En {feast} {P} viaja a {saint}."),
        ("prose", "Me ha escrito {authority} por lo de la renta."),
        ("prose", "{P} tiene cita en {authority} el {day}."),
        ("prose", "{nameword}."),
        ("prose", "{nameword}, dice {P} en el grupo."),
        ("list", "{day}: reunión\n{day2}: formación"),
        ("list", "{day}: {P} de vacaciones\n{day2}: inventario"),
    ],
    "en": [
        ("greeting", "{greet_all},\n\nthe meeting moves to Thursday."),
        ("greeting", "{greet_all},\n\n{P} covers reception this week."),
        ("prose", "On Sunday we have lunch {kin}."),
        ("prose", "{P} has lunch {kin} on Sunday."),
        ("signature", "Kind regards,\n{team}"),
        ("signature", "Kind regards,\n{P}\n{team}"),
        ("table", "| Task | Owner |\n| --- | --- |\n| quote | {cell} |\n| reminder | {cell2} |"),
        ("table", "| Task | Owner |\n| --- | --- |\n| quote | {cell} |\n| reminder | {P} |"),
        ("prose", "{open}, the report is attached."),
        ("prose", "{open}, {P} has sent the report."),
        ("greeting", "{dear},\n\nthe office is closed on {feast}."),
        ("greeting", "{dear},\n\n{P} will cover the desk on {feast}."),
        ("heading", "## {heading}\n\n- budget approved\n- invoice pending"),
        ("heading", "## {heading}\n\n- budget approved\n- {P} chases the invoice"),
        ("prose", "The shop on {street} moved to {street2}."),
        ("prose", "{P} lives on {street} now."),
        ("prose", "{nameword}."),
        ("prose", "{nameword}, {P} wrote in the channel."),
        ("prose", "A letter came from {authority} about the tax return."),
        ("prose", "{P} got a letter from {authority} today."),
    ],
}


class Case:
    """One case being written: the text's persons and decoys as they are drawn."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.entities, self.decoys = [], []

    def person(self):
        given, surnames = names(self.lang, self.rng.random() < 0.5)
        first, last = self.rng.choice(given), self.rng.choice(surnames)
        value = first if self.rng.random() < 0.35 else "%s %s" % (first, last)
        self.entities.append(("PERSON", value))
        return value

    def pool_value(self, kind, avoid):
        pool = P[self.lang][kind]
        for _ in range(20):
            value = self.rng.choice(pool)
            if value not in avoid:
                return value
        return value

    def place(self, raw):
        """A pool value's text; its decoys are the bracketed parts, or the whole value."""
        if "[" not in raw:
            self.decoys.append(raw)
            return raw
        out, i = [], 0
        while "[" in raw[i:]:
            start = raw.index("[", i)
            end = raw.index("]", start)
            out.append(raw[i:start] + raw[start + 1:end])
            self.decoys.append(raw[start + 1:end])
            i = end + 1
        return "".join(out) + raw[i:]

    def form_line(self, avoid):
        key, values = self.rng.choice([kv for kv in P[self.lang]["formval"] if kv[0] not in avoid])
        value = self.rng.choice(values.split("|"))
        self.decoys.append(value)
        return key, "%s: %s" % (key, value)

    def fill(self, template):
        out, used, keys, i = [], {}, [], 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                out.append(template[i:])
                break
            k = template.find("}", j)
            slot = template[j + 1:k]
            out.append(template[i:j])
            i = k + 1
            if slot == "P":
                out.append(self.person())
                continue
            kind = slot[:-1] if slot.endswith("2") else slot
            if kind == "formval":
                key, line = self.form_line(keys)
                keys.append(key)
                out.append(line)
                continue
            if kind == "prep":
                out.append(self.rng.choice(P[self.lang]["prep"]))
                continue
            raw = self.pool_value(kind, used.get(kind, ()))
            used.setdefault(kind, []).append(raw)
            out.append(self.place(raw))
        self.decoys.extend(skeleton_capitals(template))
        return "".join(out)


def skeleton_capitals(template):
    """The capitalised words of a template's own text (not its slots): decoys."""
    text, i = [], 0
    while i < len(template):
        if template[i] == "{":
            text.append(" ")
            i = template.find("}", i) + 1
            continue
        text.append(template[i])
        i += 1
    words, word = [], []
    for ch in "".join(text) + " ":
        if ch.isalpha():
            word.append(ch)
            continue
        if len(word) >= 2 and word[0].isupper() and "".join(word) not in ("Navn", "Namn"):
            words.append("".join(word))
        word = []
    return words


def make_case(rng, lang, n):
    """Case n of a language: even n a template with a person, odd n one without, in turn."""
    with_person = [t for t in T[lang] if "{P}" in t[1]]
    without = [t for t in T[lang] if "{P}" not in t[1]]
    pool = with_person if n % 2 == 0 else without
    shape, template = pool[(n // 2) % len(pool)]
    case = Case(rng, lang)
    text = case.fill(template)
    entities, decoys = label(text, case.entities, case.decoys)
    return {"id": "decoys2-%s-%d" % (lang, n), "lang": lang, "shape": shape, "text": text,
            "entities": entities, "decoys": decoys}


def generate():
    rng = random.Random(20261207)
    lines = []
    for lang, count in CASES:
        for n in range(count):
            lines.append(json.dumps(make_case(rng, lang, n), ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(census_main(sys.argv, generate, "generate_decoys2.py", __doc__))
