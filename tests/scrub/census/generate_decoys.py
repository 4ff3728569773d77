#!/usr/bin/env python3
"""generate_decoys.py — the decoys census: capitalised words that are nobody's name, standing
where a sentence or a record puts a person, with a real person beside them.

    python3 generate_decoys.py > decoys.jsonl            writes the census
    python3 generate_decoys.py --check decoys.jsonl      TAP: the committed file is what this writes
    python3 generate_decoys.py --lists                   which pooled names scrub/data lists hold

Written before reading scrub/names.c, from the ordinary words of English, Norwegian, Swedish,
German, French and Spanish. Each language has:
  - decoys of about forty kinds, each the language's own words: dishes, cakes, drinks, dances,
    music genres, diseases, medicines, plants, animals, dog breeds, ships, trains, planes, car
    models, sports clubs, software, games, apps, feasts, newspapers and TV shows, streets and
    squares, mountains, lakes, rivers, islands, regions, agencies, job and academic titles,
    product lines, codenames, teams, weekdays and months and their abbreviations, capitalised
    common nouns (German nouns), sentence-initial function words, interjections, greetings and
    closings, brands and firms (named after people, with and without a company form), and
    cities that are also given names;
  - the positions a person stands in, filled with those decoys: sentence start, after
    with/from/to, the object of ask/tell/call, the subject of saying, possessives, "our X",
    lists, greetings and sign-offs, headings, chat speakers, table cells under name-like
    columns that hold things, git authors that are bots — each kind in the positions where
    people write it (a dish is brought, eaten and baked; a river is crossed and fished);
  - usually one real person (half in no list of scrub/data: --lists checks), so that PERSON
    recall and precision are measured on the same text.
Every capitalised word of a template's own text is a decoy too. Python stdlib only;
deterministic (seeded random.Random). The format is tests/scrub/realistic/README.md's:
{"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import sys
from census_common import LANGS, main as census_main

CASES_PER_LANG = 117

# ---------------------------------------------------------------------------------------------
# Decoys: "|"-separated, by kind. Kinds are grouped by the places people write them (GROUPS).
D = {
    "en": {
        "dish": "Shepherd's Pie|Yorkshire Pudding|Beef Wellington|Caesar Salad|Eggs Benedict|Lancashire Hotpot|Cornish Pasty|Toad in the Hole|Bubble and Squeak|Waldorf Salad",
        "cake": "Victoria Sponge|Battenberg|Bakewell Tart|Eccles Cake|Madeira Cake|Banoffee Pie|Black Forest|Eton Mess",
        "drink": "Guinness|Pimm's|Earl Grey|Bloody Mary|Tom Collins|Margarita|Darjeeling|Bellini|Old Fashioned|Shirley Temple",
        "dance": "Charleston|Foxtrot|Lindy Hop|Quickstep|Tango|Salsa|Morris",
        "genre": "Bluegrass|Grime|Motown|Britpop|Dubstep|Gospel|Northern Soul",
        "disease": "Alzheimer's|Parkinson's|Crohn's|Lyme disease|Hodgkin|Tourette's|Asperger's|Down syndrome",
        "medicine": "Paracetamol|Ibuprofen|Calpol|Lemsip|Gaviscon|Sudafed|Piriton|Ventolin",
        "plant": "Sweet William|Black-eyed Susan|Rosemary|Lavender|Heather|Ivy|Holly|Forget-me-not",
        "animal": "Robin|Jay|Martin|Wren|Heron|Badger|Hedgehog",
        "breed": "Labrador|Jack Russell|King Charles Spaniel|Dalmatian|Great Dane|Border Collie|Dobermann|Yorkshire Terrier",
        "ship": "Queen Mary 2|Titanic|Mayflower|Cutty Sark|HMS Victory|Queen Elizabeth",
        "train": "Flying Scotsman|Eurostar|Caledonian Sleeper|Night Riviera|Mallard",
        "plane": "Spitfire|Concorde|Dreamliner|Airbus A320|Boeing 737|Hercules",
        "car": "Ford Fiesta|Vauxhall Corsa|Mini Cooper|Land Rover Defender|Aston Martin|Tesla Model 3|Nissan Leaf",
        "club": "Arsenal|Everton|Tottenham|Aston Villa|Celtic|Rangers|Newcastle United|Leeds United",
        "soft": "Jenkins|Ansible|Hudson|Sphinx|Julia|Ruby|Rust|Django|Flask|Homebrew",
        "game": "Minecraft|Fortnite|Tetris|Zelda|Mario Kart|Sonic|Lara Croft|Pac-Man",
        "app": "WhatsApp|Signal|Monzo|Deliveroo|Strava|Duolingo|Alexa|Siri|Cortana",
        "feast": "Christmas|Easter|Halloween|Bonfire Night|Boxing Day|Good Friday|St Patrick's Day|Pancake Day",
        "paper": "The Guardian|The Times|Daily Mail|Coronation Street|EastEnders|Doctor Who|Top Gear|Newsnight",
        "street": "Abbey Road|Carnaby Street|Oxford Street|Regent Street|Trafalgar Square|Piccadilly|Baker Street|Victoria Road",
        "mountain": "Ben Nevis|Snowdon|Scafell Pike|Helvellyn|Everest|Kilimanjaro",
        "lake": "Windermere|Loch Ness|Ullswater|Loch Lomond|Lake Geneva|Coniston",
        "river": "Thames|Severn|Mersey|Tyne|Avon|Trent|Shannon",
        "island": "Anglesey|Skye|Jersey|Guernsey|Wight|Arran|Orkney",
        "region": "Cornwall|Yorkshire|Devon|Kent|Cumbria|Shetland|Dorset|Wales",
        "agency": "HMRC|DVLA|Ofsted|Ofcom|the Home Office|Companies House|NHS England|Met Office",
        "job": "Head of Sales|Data Protection Officer|Scrum Master|Product Owner|Site Reliability Engineer|Account Manager",
        "acad": "Professor Emeritus|Associate Professor|Dean|Senior Lecturer|Provost|Chancellor",
        "product": "Galaxy S24|ThinkPad|Surface Pro|MacBook Air|Kindle Paperwhite|PlayStation|Xbox",
        "codename": "Project Phoenix|Blue Falcon|Operation Neptune|Bluebird|Atlas|Orion|Hermes",
        "team": "Platform|Growth|Payments|Onboarding|Infrastructure|Data Science|Customer Success",
        "day": "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
        "month": "January|February|April|June|July|September|November",
        "dayab": "Mon|Tue|Wed|Thu|Fri|Sat|Sun",
        "monthab": "Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec",
        "noun": "Invoice|Budget|Deadline|Agenda|Minutes|Summary|Attachment|Update|Reminder",
        "func": "However|Meanwhile|Although|Otherwise|Anyway|Besides|Unfortunately|Hopefully",
        "interj": "Wow|Oops|Cheers|Yikes|Hooray|Alas|Blimey",
        "greet": "Hi all|Hello everyone|Good morning|Hey team|Greetings",
        "close": "Cheers|Thanks|Best|Regards|Kind regards|Warm wishes|Sincerely",
        "brandp": "Ford|Dyson|Cadbury|Kellogg's|Boots|Sainsbury's|Marks & Spencer|Heinz|Colgate|Gillette",
        "firm": "Barclays PLC|Rolls-Royce Holdings|Johnson & Johnson|Morgan Stanley|Goldman Sachs|Ernst & Young|Procter & Gamble",
        "namecity": "Florence|Adelaide|Victoria|Eugene|Jackson|Madison|Charlotte|Austin|Lourdes|Chelsea",
    },
    "no": {
        "dish": "Fårikål|Lapskaus|Pinnekjøtt|Raspeballer|Rakfisk|Smalahove|Kjøttkaker|Fiskesuppe|Lutefisk|Komle",
        "cake": "Fyrstekake|Kransekake|Bløtkake|Suksessterte|Verdens beste|Skillingsbolle|Sjokoladekake|Eplekake|Krumkake",
        "drink": "Akevitt|Solo|Julebrus|Pils|Gløgg|Mozell|Farris|Ringnes|Aass",
        "dance": "Halling|Springar|Reinlender|Pols|Gammeldans|Swing|Vals",
        "genre": "Black metal|Viser|Country|Jazz|Gospel|Joik",
        "disease": "Alzheimers|Parkinsons|Borreliose|Influensa|Korona|Diabetes|Migrene",
        "medicine": "Paracet|Ibux|Pinex|Nobligan|Voltaren|Zyrtec|Otrivin|Cetirizin",
        "plant": "Blåveis|Hvitveis|Prestekrage|Lyng|Einer|Rogn|Marikåpe|Syrin",
        "animal": "Elg|Rein|Gaupe|Jerv|Ekorn|Måke|Linerle",
        "breed": "Elghund|Buhund|Lundehund|Labrador|Schæfer|Dachs|Golden retriever",
        "ship": "Hurtigruten|Kong Harald|Fram|Gokstadskipet|Christian Radich|Statsraad Lehmkuhl|Color Fantasy",
        "train": "Flytoget|Bergensbanen|Dovrebanen|Nordlandsbanen|Ofotbanen|Gjøvikbanen",
        "plane": "Dash 8|Boeing 737|Airbus A320|Widerøe|Norwegian|Hercules",
        "car": "Volvo XC60|Tesla Model Y|Nissan Leaf|Toyota Corolla|Skoda Octavia|Volkswagen Golf",
        "club": "Rosenborg|Brann|Vålerenga|Molde|Lillestrøm|Viking|Odd|Start|Tromsø IL",
        "soft": "Altinn|Visma|Tripletex|Fiken|Jenkins|Vipps|BankID|Helsenorge",
        "game": "Minecraft|Fortnite|Tetris|Zelda|Mario Kart|Sonic|Wordfeud",
        "app": "Vipps|Ruter|Entur|Finn|Yr|Spond|Tise|Kolonial",
        "feast": "Jul|Påske|Sankthans|Pinse|Syttende mai|Julaften|Nyttårsaften|Fastelavn",
        "paper": "Aftenposten|Dagbladet|VG|Bergens Tidende|Dagsnytt|Skavlan|Dagsrevyen|Nytt på nytt",
        "street": "Karl Johans gate|Storgata|Bygdøy allé|Torggata|Grünerløkka|Frognerveien|Kirkeveien|Youngstorget",
        "mountain": "Galdhøpiggen|Preikestolen|Trolltunga|Gaustatoppen|Besseggen|Snøhetta|Romsdalseggen",
        "lake": "Mjøsa|Femunden|Tyrifjorden|Randsfjorden|Sognsvann|Maridalsvannet",
        "river": "Glomma|Numedalslågen|Altaelva|Gaula|Akerselva|Namsen",
        "island": "Lofoten|Senja|Hitra|Tjøme|Hvaler|Sotra|Svalbard",
        "region": "Finnmark|Trøndelag|Vestland|Innlandet|Sørlandet|Hardanger|Valdres|Telemark",
        "agency": "Nav|Skatteetaten|Lånekassen|Husbanken|Politiet|Kartverket|Datatilsynet|Helsedirektoratet",
        "job": "Daglig leder|Avdelingsleder|Rådgiver|Saksbehandler|Konsulent|Personvernombud",
        "acad": "Professor|Førsteamanuensis|Dekan|Rektor|Stipendiat|Dosent",
        "product": "Galaxy S24|ThinkPad|Surface Pro|MacBook Air|Kindle|PlayStation",
        "codename": "Prosjekt Fenris|Operasjon Nordlys|Prosjekt Bifrost|Atlas|Orion|Odin",
        "team": "Plattform|Betaling|Kundeservice|Drift|Vekst|Innsikt|Infrastruktur",
        "day": "Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag",
        "month": "Januar|Februar|April|Juni|Juli|September|November",
        "dayab": "Man|Tir|Ons|Tor|Fre|Lør|Søn",
        "monthab": "Jan|Feb|Mar|Apr|Aug|Sep|Okt|Nov|Des",
        "noun": "Faktura|Budsjett|Frist|Agenda|Referat|Sammendrag|Vedlegg|Oppdatering|Påminnelse",
        "func": "Likevel|Imidlertid|Dessverre|Forresten|Uansett|Derfor|Altså|Heldigvis",
        "interj": "Uff|Huff|Jøss|Oi|Hurra|Æsj|Jaså",
        "greet": "Hei alle|Hallo alle sammen|God morgen|Hei på deg|Heisann",
        "close": "Mvh|Hilsen|Vennlig hilsen|Med vennlig hilsen|Beste hilsen|Klem",
        "brandp": "Freia|Nidar|Tine|Mills|Stabburet|Jordan|Helly Hansen|Kiwi|Rema|Bertel O. Steen",
        "firm": "Orkla ASA|Schibsted ASA|Gjensidige Forsikring ASA|Telenor ASA|Møller Mobility Group AS|Olav Thon Gruppen AS",
        "namecity": "Florence|Adelaide|Victoria|Eugene|Jackson|Madison|Charlotte|Austin|Lourdes|Molde",
    },
    "sv": {
        "dish": "Pyttipanna|Kalops|Ärtsoppa|Janssons frestelse|Kåldolmar|Raggmunk|Pölsa|Sill|Köttbullar|Flygande Jacob",
        "cake": "Prinsesstårta|Kanelbulle|Semla|Kladdkaka|Dammsugare|Budapestbakelse|Mazarin|Lussekatt|Tosca",
        "drink": "Glögg|Julmust|Påskmust|Punsch|Akvavit|Trocadero|Pommac|Loka|Festis",
        "dance": "Hambo|Schottis|Polska|Bugg|Vals|Foxtrot|Tango",
        "genre": "Dansband|Visor|Black metal|Schlager|Jazz|Gospel",
        "disease": "Alzheimers|Parkinsons|Borrelia|Influensa|Corona|Diabetes|Migrän",
        "medicine": "Alvedon|Ipren|Treo|Panodil|Voltaren|Zyrtec|Nezeril|Citodon",
        "plant": "Blåsippa|Vitsippa|Prästkrage|Ljung|Enbuske|Rönn|Linnea|Syren",
        "animal": "Älg|Renkalv|Lodjur|Järv|Ekorre|Mås|Sädesärla",
        "breed": "Jämthund|Västgötaspets|Labrador|Schäfer|Tax|Golden retriever|Drever",
        "ship": "Vasa|Götheborg|Af Chapman|Birka|Silja Serenade|Gotland",
        "train": "Arlanda Express|Inlandsbanan|Malmbanan|Snälltåget|Öresundståg|Norrtåg",
        "plane": "Saab 340|Gripen|Boeing 737|Airbus A320|Draken|Viggen",
        "car": "Volvo XC60|Volvo V70|Saab 900|Tesla Model Y|Koenigsegg|Polestar 2",
        "club": "Djurgården|Hammarby|AIK|Malmö FF|IFK Göteborg|Elfsborg|Häcken|Frölunda",
        "soft": "Fortnox|Visma|Jenkins|BankID|Kivra|Swish|Mina sidor|Vårdguiden",
        "game": "Minecraft|Fortnite|Tetris|Zelda|Mario Kart|Candy Crush|Battlefield",
        "app": "Swish|Kivra|Klarna|Tibber|Blocket|Tradera|Mathem|Yr",
        "feast": "Midsommar|Jul|Påsk|Lucia|Valborg|Julafton|Nyårsafton|Fettisdagen",
        "paper": "Dagens Nyheter|Svenska Dagbladet|Aftonbladet|Expressen|Rapport|Aktuellt|Skavlan|På spåret",
        "street": "Drottninggatan|Kungsgatan|Sveavägen|Götgatan|Stureplan|Sergels torg|Avenyn|Storgatan",
        "mountain": "Kebnekaise|Åreskutan|Sarek|Sylarna|Helags|Kinnekulle",
        "lake": "Vänern|Vättern|Mälaren|Siljan|Storsjön|Hjälmaren",
        "river": "Dalälven|Torne älv|Klarälven|Ljusnan|Göta älv|Indalsälven",
        "island": "Gotland|Öland|Orust|Tjörn|Ven|Utö|Marstrand",
        "region": "Norrland|Skåne|Dalarna|Jämtland|Värmland|Småland|Halland|Gästrikland",
        "agency": "Skatteverket|Försäkringskassan|Arbetsförmedlingen|Kronofogden|Polisen|Lantmäteriet|CSN|Transportstyrelsen",
        "job": "Verksamhetschef|Handläggare|Enhetschef|Konsult|Dataskyddsombud|Ekonomiassistent",
        "acad": "Professor|Docent|Lektor|Dekanus|Rektor|Doktorand",
        "product": "Galaxy S24|ThinkPad|Surface Pro|MacBook Air|Kindle|PlayStation",
        "codename": "Projekt Fenix|Operation Norrsken|Projekt Bifrost|Atlas|Orion|Tor",
        "team": "Plattform|Betalning|Kundtjänst|Drift|Tillväxt|Insikt|Infrastruktur",
        "day": "Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag",
        "month": "Januari|Februari|April|Juni|Juli|September|November",
        "dayab": "Mån|Tis|Ons|Tors|Fre|Lör|Sön",
        "monthab": "Jan|Feb|Mars|Apr|Aug|Sept|Okt|Nov|Dec",
        "noun": "Faktura|Budget|Deadline|Dagordning|Protokoll|Sammanfattning|Bilaga|Uppdatering|Påminnelse",
        "func": "Däremot|Dessutom|Tyvärr|Förresten|Ändå|Därför|Alltså|Lyckligtvis",
        "interj": "Oj|Usch|Hurra|Fy|Jaha|Aj|Hoppsan",
        "greet": "Hej alla|Hej allihop|God morgon|Hejsan|Tjena",
        "close": "Mvh|Hälsningar|Vänliga hälsningar|Med vänlig hälsning|Kram|Allt gott",
        "brandp": "Marabou|Arla|Estrella|Abba|Felix|Ica|Clas Ohlson|Hemköp|Lindex|Åhléns",
        "firm": "Ericsson AB|H&M Hennes & Mauritz AB|Sandvik AB|Atlas Copco AB|Bonnier AB|Axel Johnson AB",
        "namecity": "Florence|Adelaide|Victoria|Eugene|Jackson|Madison|Charlotte|Austin|Lourdes|Kristina",
    },
    "de": {
        "dish": "Sauerbraten|Rouladen|Maultaschen|Käsespätzle|Eisbein|Currywurst|Labskaus|Königsberger Klopse|Himmel un Ääd|Leberkäse",
        "cake": "Schwarzwälder Kirschtorte|Bienenstich|Frankfurter Kranz|Käsekuchen|Streuselkuchen|Stollen|Donauwelle|Berliner|Baumkuchen",
        "drink": "Apfelschorle|Glühwein|Radler|Weizen|Kölsch|Jägermeister|Fassbrause|Spezi|Bionade",
        "dance": "Walzer|Polka|Schuhplattler|Foxtrott|Tango|Discofox",
        "genre": "Schlager|Krautrock|Volksmusik|Techno|Jazz|Gospel",
        "disease": "Alzheimer|Parkinson|Borreliose|Grippe|Corona|Diabetes|Migräne|Gürtelrose",
        "medicine": "Aspirin|Ibuprofen|Paracetamol|Voltaren|Thomapyrin|Nasenspray|Wick MediNait|Grippostad",
        "plant": "Vergissmeinnicht|Löwenzahn|Gänseblümchen|Heidekraut|Efeu|Eberesche|Flieder|Edelweiß",
        "animal": "Reh|Luchs|Eichhörnchen|Amsel|Igel|Dachs|Storch",
        "breed": "Dackel|Schäferhund|Boxer|Dobermann|Rottweiler|Weimaraner|Pudel",
        "ship": "Gorch Fock|Bismarck|Aida|Mein Schiff 3|Passat|Cap San Diego",
        "train": "Intercity|ICE Sprinter|Rheingold|Brockenbahn|Zugspitzbahn|Wuppertaler Schwebebahn",
        "plane": "Airbus A320|Boeing 737|Eurofighter|Tornado|Zeppelin|Ju 52",
        "car": "Golf|Passat|Käfer|Polo|Porsche Cayenne|Audi Quattro|Mercedes Sprinter|Opel Astra",
        "club": "Schalke|Werder Bremen|Hertha|Borussia Dortmund|Eintracht Frankfurt|Union Berlin|Fortuna Düsseldorf",
        "soft": "Elster|DATEV|Jenkins|Lexware|Moodle|Nextcloud|Gimp|Thunderbird",
        "game": "Minecraft|Fortnite|Tetris|Zelda|Mario Kart|Siedler|Anno 1800",
        "app": "Elster|Lieferando|Flixbus|Komoot|Tagesschau|Payback|Kleinanzeigen|Doctolib",
        "feast": "Weihnachten|Ostern|Pfingsten|Silvester|Fasching|Karneval|Heiligabend|Fronleichnam",
        "paper": "Tagesschau|Spiegel|Bild|Süddeutsche|Tatort|Lindenstraße|Wetten dass|Zeit",
        "street": "Kurfürstendamm|Königsallee|Marienplatz|Alexanderplatz|Jungfernstieg|Zeil|Unter den Linden|Hauptstraße",
        "mountain": "Zugspitze|Brocken|Watzmann|Feldberg|Wendelstein|Fichtelberg",
        "lake": "Bodensee|Chiemsee|Müritz|Starnberger See|Tegernsee|Wannsee",
        "river": "Rhein|Elbe|Donau|Mosel|Neckar|Spree|Isar|Main",
        "island": "Sylt|Rügen|Usedom|Helgoland|Fehmarn|Borkum|Norderney",
        "region": "Allgäu|Eifel|Harz|Sauerland|Schwarzwald|Uckermark|Erzgebirge|Rheingau",
        "agency": "Finanzamt|Arbeitsagentur|Jobcenter|Bundesagentur|Ordnungsamt|Bürgeramt|Krankenkasse|Bundesnetzagentur",
        "job": "Geschäftsführer|Sachbearbeiterin|Datenschutzbeauftragter|Werkstudent|Personalreferentin|Teamleitung",
        "acad": "Professorin|Privatdozent|Dekanin|Rektor|Doktorand|Juniorprofessor",
        "product": "Galaxy S24|ThinkPad|Surface Pro|MacBook Air|Kindle|PlayStation",
        "codename": "Projekt Phönix|Operation Nordlicht|Projekt Adler|Atlas|Orion|Siegfried",
        "team": "Plattform|Zahlungsverkehr|Kundenservice|Betrieb|Wachstum|Infrastruktur",
        "day": "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag",
        "month": "Januar|Februar|April|Juni|Juli|September|November",
        "dayab": "Mo|Di|Mi|Do|Fr|Sa|So",
        "monthab": "Jan|Feb|Mär|Apr|Aug|Sept|Okt|Nov|Dez",
        "noun": "Rechnung|Haushalt|Frist|Tagesordnung|Protokoll|Zusammenfassung|Anlage|Aktualisierung|Erinnerung|Vertrag|Kündigung|Mieter|Vermieter|Kollegin|Bewerbung",
        "func": "Allerdings|Außerdem|Leider|Übrigens|Trotzdem|Deshalb|Also|Glücklicherweise",
        "interj": "Ach|Hoppla|Juhu|Mensch|Oje|Pfui|Tja",
        "greet": "Hallo zusammen|Guten Morgen|Moin|Servus|Grüß Gott",
        "close": "Grüße|Viele Grüße|Beste Grüße|Mit freundlichen Grüßen|Liebe Grüße|Tschüss",
        "brandp": "Dr. Oetker|Haribo|Bahlsen|Miele|Kärcher|Bosch|Porsche|Aldi|Liebherr|Adidas",
        "firm": "Robert Bosch GmbH|Porsche AG|Dr. August Oetker KG|Carl Zeiss AG|Haniel & Cie. GmbH|Rossmann GmbH",
        "namecity": "Florence|Adelaide|Victoria|Eugene|Jackson|Madison|Charlotte|Austin|Lourdes|Bingen",
    },
    "fr": {
        "dish": "Blanquette|Ratatouille|Cassoulet|Tartiflette|Choucroute|Bouillabaisse|Pot-au-feu|Hachis Parmentier|Croque-Monsieur|Quiche Lorraine",
        "cake": "Paris-Brest|Saint-Honoré|Tarte Tatin|Opéra|Forêt-Noire|Madeleine|Financier|Mille-feuille|Kouign-amann",
        "drink": "Pastis|Kir|Calvados|Chartreuse|Orangina|Ricard|Suze|Beaujolais|Perrier",
        "dance": "Valse|Java|Bourrée|Tango|Farandole|Madison|Cancan",
        "genre": "Chanson|Zouk|Raï|Musette|Jazz|Gospel",
        "disease": "Alzheimer|Parkinson|Lyme|Grippe|Covid|Diabète|Migraine|Zona",
        "medicine": "Doliprane|Dafalgan|Efferalgan|Spasfon|Smecta|Advil|Gaviscon|Toplexil",
        "plant": "Pâquerette|Myosotis|Bruyère|Lierre|Muguet|Coquelicot|Marguerite|Violette",
        "animal": "Renard|Hérisson|Écureuil|Merle|Blaireau|Cigogne|Martin-pêcheur",
        "breed": "Caniche|Berger Allemand|Bouledogue|Beauceron|Labrador|Épagneul Breton|Briard",
        "ship": "Charles de Gaulle|Belem|Normandie|Hermione|Pourquoi-Pas|France",
        "train": "TGV|Ouigo|Intercités|Orient-Express|Thalys|Lunéa",
        "plane": "Airbus A320|Concorde|Rafale|Mirage|Caravelle|ATR 72",
        "car": "Clio|Mégane|Twingo|Peugeot 208|Citroën C3|Renault Zoé|Dacia Sandero",
        "club": "Olympique de Marseille|Paris Saint-Germain|Girondins|Stade Rennais|AS Monaco|Olympique Lyonnais",
        "soft": "Doctolib|Jenkins|Sage|Pronote|Ameli|Qonto|Alan|Lucca",
        "game": "Minecraft|Fortnite|Tetris|Zelda|Mario Kart|Rayman|Dofus",
        "app": "Doctolib|Lydia|Leboncoin|Vinted|Blablacar|Ameli|Qonto|Deezer",
        "feast": "Noël|Pâques|Toussaint|Pentecôte|Chandeleur|Réveillon|Épiphanie|Mardi Gras",
        "paper": "Le Monde|Libération|Le Figaro|Ouest-France|Le Parisien|Koh-Lanta|Télématin|Plus belle la vie",
        "street": "Rue de Rivoli|Champs-Élysées|Place Bellecour|Boulevard Saint-Michel|Rue Victor Hugo|Place de la République|Canebière|Avenue Jean Jaurès",
        "mountain": "Mont Blanc|Mont Ventoux|Puy de Dôme|Canigou|Aiguille du Midi|Vignemale",
        "lake": "Lac d'Annecy|Lac du Bourget|Lac Léman|Lac de Serre-Ponçon|Lac de Paladru",
        "river": "Loire|Seine|Garonne|Dordogne|Rhône|Ardèche|Marne",
        "island": "Corse|Ré|Oléron|Belle-Île|Porquerolles|Noirmoutier|Ouessant",
        "region": "Bretagne|Normandie|Provence|Alsace|Auvergne|Occitanie|Dordogne|Vendée",
        "agency": "URSSAF|CAF|Pôle emploi|France Travail|CPAM|Préfecture|Impots.gouv|Cnil",
        "job": "Directeur commercial|Chargée de mission|Délégué à la protection des données|Chef de projet|Responsable RH|Stagiaire",
        "acad": "Maître de conférences|Professeure|Doyen|Recteur|Doctorant|Chargé de recherche",
        "product": "Galaxy S24|ThinkPad|Surface Pro|MacBook Air|Kindle|PlayStation",
        "codename": "Projet Phénix|Opération Aurore|Projet Marianne|Atlas|Orion|Hermès",
        "team": "Plateforme|Paiements|Service client|Exploitation|Croissance|Infrastructure",
        "day": "Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche",
        "month": "Janvier|Février|Avril|Juin|Juillet|Septembre|Novembre",
        "dayab": "Lun|Mar|Mer|Jeu|Ven|Sam|Dim",
        "monthab": "Janv|Févr|Avr|Juil|Sept|Oct|Nov|Déc",
        "noun": "Facture|Budget|Échéance|Ordre du jour|Compte rendu|Résumé|Pièce jointe|Relance|Rappel",
        "func": "Cependant|Pourtant|Malheureusement|D'ailleurs|Toutefois|Donc|Ensuite|Heureusement",
        "interj": "Oups|Zut|Bravo|Hélas|Ouf|Aïe|Mince",
        "greet": "Bonjour à tous|Salut tout le monde|Coucou|Bonsoir|Bonjour",
        "close": "Cordialement|Bien à vous|Bonne journée|Amitiés|Bises|Merci d'avance",
        "brandp": "Michelin|Peugeot|Renault|Chanel|Lacoste|Dior|Hermès|Leclerc|Citroën|Ricard",
        "firm": "Michelin SCA|Peugeot SA|Christian Dior SE|Bouygues SA|Hermès International SA|Dassault Aviation SA",
        "namecity": "Florence|Adelaide|Victoria|Eugene|Jackson|Madison|Charlotte|Austin|Lourdes|Valence",
    },
    "es": {
        "dish": "Paella|Gazpacho|Salmorejo|Fabada|Cocido|Pisto|Migas|Pulpo a la Gallega|Tortilla de Patatas|Croquetas",
        "cake": "Tarta de Santiago|Roscón de Reyes|Crema Catalana|Ensaimada|Torrijas|Polvorones|Magdalenas|Sobao",
        "drink": "Sangría|Horchata|Kalimotxo|Cava|Rioja|Tinto de Verano|Pacharán|Orujo|Mahou",
        "dance": "Sevillanas|Flamenco|Jota|Sardana|Muñeira|Pasodoble|Bachata",
        "genre": "Rumba|Reguetón|Copla|Bolero|Jazz|Cumbia",
        "disease": "Alzheimer|Parkinson|Gripe|Covid|Diabetes|Migraña|Herpes Zóster|Lyme",
        "medicine": "Gelocatil|Nolotil|Frenadol|Ibuprofeno|Paracetamol|Dalsy|Almax|Enantyum",
        "plant": "Margarita|Romero|Lavanda|Jara|Hiedra|Amapola|Azucena|Violeta",
        "animal": "Lince|Zorro|Erizo|Ardilla|Cigüeña|Urogallo|Martín Pescador",
        "breed": "Galgo|Podenco|Mastín|Pastor Alemán|Labrador|Caniche|Bodeguero",
        "ship": "Juan Sebastián de Elcano|Santa María|Pinta|Niña|Hespérides|Castillo de Olite",
        "train": "AVE|Alvia|Talgo|Cercanías|Transcantábrico|Al Andalus",
        "plane": "Airbus A320|Boeing 737|Eurofighter|Harrier|Casa C-295",
        "car": "Seat Ibiza|Seat León|Cupra Formentor|Renault Clio|Dacia Sandero|Toyota Corolla",
        "club": "Betis|Sevilla|Atlético|Osasuna|Valencia|Athletic|Real Sociedad|Espanyol",
        "soft": "Holded|Jenkins|Sage|Cl@ve|Glovo|Wallapop|Bizum|Idealista",
        "game": "Minecraft|Fortnite|Tetris|Zelda|Mario Kart|Commandos|Blasphemous",
        "app": "Bizum|Wallapop|Glovo|Cabify|Idealista|Mi Carpeta Ciudadana|Renfe|Fotocasa",
        "feast": "Navidad|Semana Santa|Reyes|Nochebuena|Nochevieja|Sanfermines|Fallas|Día de Todos los Santos",
        "paper": "El País|El Mundo|La Vanguardia|ABC|Marca|Telecinco|Cuéntame|Saber y Ganar",
        "street": "Gran Vía|Calle Mayor|Paseo de Gracia|Puerta del Sol|Las Ramblas|Plaza Mayor|Calle Alcalá|Avenida de América",
        "mountain": "Teide|Mulhacén|Aneto|Moncayo|Veleta|Picos de Europa",
        "lake": "Lago de Sanabria|Banyoles|Albufera|Lagos de Covadonga|Embalse de Buendía",
        "river": "Ebro|Tajo|Guadalquivir|Duero|Miño|Guadiana|Segura",
        "island": "Mallorca|Menorca|Ibiza|Formentera|Tenerife|Lanzarote|Gomera",
        "region": "Andalucía|Galicia|Asturias|Extremadura|Cantabria|Navarra|Rioja|Aragón",
        "agency": "Hacienda|Seguridad Social|Tráfico|SEPE|Agencia Tributaria|DGT|Correos|Registro Civil",
        "job": "Director comercial|Jefa de proyecto|Delegado de protección de datos|Técnico de sistemas|Becaria|Gerente",
        "acad": "Catedrático|Profesora titular|Decano|Rector|Doctorando|Investigadora",
        "product": "Galaxy S24|ThinkPad|Surface Pro|MacBook Air|Kindle|PlayStation",
        "codename": "Proyecto Fénix|Operación Aurora|Proyecto Quijote|Atlas|Orión|Hermes",
        "team": "Plataforma|Pagos|Atención al cliente|Operaciones|Crecimiento|Infraestructura",
        "day": "Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo",
        "month": "Enero|Febrero|Abril|Junio|Julio|Septiembre|Noviembre",
        "dayab": "Lun|Mar|Miér|Jue|Vie|Sáb|Dom",
        "monthab": "Ene|Feb|Abr|Jun|Jul|Sept|Oct|Nov|Dic",
        "noun": "Factura|Presupuesto|Plazo|Orden del día|Acta|Resumen|Adjunto|Recordatorio|Aviso",
        "func": "Sin embargo|Además|Lamentablemente|Por cierto|Aun así|Por eso|Entonces|Afortunadamente",
        "interj": "Vaya|Uy|Ojalá|Caramba|Olé|Venga|Bueno",
        "greet": "Hola a todos|Buenos días|Buenas tardes|Hola equipo|Buenas",
        "close": "Saludos|Un saludo|Un abrazo|Atentamente|Besos|Gracias de antemano",
        "brandp": "Zara|Mango|Loewe|Balenciaga|Chupa Chups|Desigual|Pescanova|Mercadona|Osborne|Torres",
        "firm": "Inditex SA|Telefónica SA|Iberdrola SA|Grupo Osborne SA|Bodegas Torres SL|Ferrovial SA",
        "namecity": "Florence|Adelaide|Victoria|Eugene|Jackson|Madison|Charlotte|Austin|Lourdes|Mercedes",
    },
}

# Groups of kinds that stand in the same places (the templates of a group take any of its kinds).
GROUPS = {
    "food": ["dish", "cake", "drink"],
    "fun": ["dance", "genre", "game"],
    "health": ["disease", "medicine"],
    "nature": ["plant", "animal", "breed"],
    "vehicle": ["ship", "train", "plane", "car"],
    "place": ["street", "mountain", "lake", "river", "island", "region", "namecity"],
    "org": ["agency", "club", "paper", "brandp", "firm"],
    "tech": ["soft", "app", "product", "codename"],
    "time": ["feast", "day", "month"],
    "abbr": ["dayab", "monthab"],
    "role": ["job", "acad"],
    "word": ["noun", "func", "interj"],
    "team": ["team"],
    "greet": ["greet"],
    "close": ["close"],
}

# Templates: {X} and {Y} are decoys of the template's group, {P} a person, {G} a given name.
# A template is ("shape", "text"). Sentence start, after with/from/to, the object of
# ask/tell/call, the subject of saying, possessives, "our X", lists, greetings, headings.
T = {
    "en": {
        "food": [("prose", "Bring {X} on Sunday, {P} is making {Y}."), ("prose", "{X} was the best thing at the party."),
                 ("prose", "Can you give me a recipe for {X} that serves eight?"), ("prose", "We served {X} with {Y} and nobody complained."),
                 ("heading", "## {X}\n\nIngredients for four, from {P}'s notebook."), ("prose", "I had {X} with {P} after the match."),
                 ("csv", "name,course,price\n{X},main,14.50\n{Y},dessert,6.00"), ("prose", "Ask {P} whether {X} contains nuts.")],
        "fun": [("prose", "We danced {X} until midnight with {P}."), ("prose", "{X} is on the playlist for Friday."),
                ("prose", "My son plays {X} all weekend."), ("prose", "{X} said to be the most popular this year."),
                ("prose", "Teach me the basic steps of {X} and {Y}."), ("heading", "# {X}\n\nNotes from the club night, by {P}.")],
        "health": [("prose", "My father was diagnosed with {X} last year, {P} says it runs in the family."), ("prose", "Give her {X} twice a day."),
                   ("prose", "{X} helped more than {Y}."), ("prose", "Is it safe to take {X} with {Y}?"),
                   ("prose", "Write a leaflet about {X} for the waiting room.")],
        "nature": [("prose", "Our {X} needs a walk twice a day."), ("prose", "{X} is blooming in the garden."),
                   ("prose", "We saw a {X} by the lake with {P}."), ("prose", "Plant {X} next to {Y} in the shade."),
                   ("prose", "{X} and {Y} are the breeds we considered.")],
        "vehicle": [("prose", "We took {X} from London to Edinburgh."), ("prose", "{X} left the harbour at nine."),
                    ("prose", "My {X} is in the garage again."), ("prose", "Compare the {X} with the {Y} for a family of four."),
                    ("prose", "{P} drives a {X}.")],
        "place": [("prose", "We are moving to {X} in the spring."), ("prose", "{X} was beautiful this time of year."),
                  ("prose", "Greetings from {X}!"), ("prose", "I drove from {X} to {Y} with {P}."),
                  ("prose", "The office is on {X}, next to the bank."), ("prose", "Plan a two-day trip to {X} and {Y}."),
                  ("prose", "We went fishing on {X} last weekend.")],
        "org": [("prose", "{X} said the refund is on its way."), ("prose", "Call {X} and ask about the letter."),
                ("prose", "I got a letter from {X} today."), ("prose", "{X}'s new policy starts in spring."),
                ("prose", "Tell {X} that {P} has moved."), ("prose", "Compare {X}, {Y} and the others."),
                ("prose", "I work for {X} now, my manager is {P}."), ("prose", "According to {X}, prices will rise.")],
        "tech": [("prose", "{X} crashed again after the update."), ("prose", "Install {X} on the new laptop for {P}."),
                 ("prose", "We migrated from {X} to {Y} last year."), ("prose", "Ask {X} to set a timer."),
                 ("prose", "{X}'s release notes mention the fix."), ("json", '{"project_name": "{X}", "owner": "{P}"}'),
                 ("table", "| Product name | Price |\n| --- | --- |\n| {X} | 499 |\n| {Y} | 899 |"),
                 ("chat", "{X}: build #412 failed\n{P}: looking into it")],
        "time": [("prose", "See you {X}!"), ("prose", "{X} is fine for me, {P} prefers {Y}."),
                 ("prose", "Before {X} we freeze deploys."), ("heading", "### {X}\n\n- call with {P}\n- review"),
                 ("prose", "{X} was quiet, nothing to report.")],
        "abbr": [("table", "| Day | Who |\n| --- | --- |\n| {X} | {P} |\n| {Y} | open |"), ("prose", "{X} 14:00 standup with {P}"),
                 ("prose", "Due {X} 12, paid {Y} 3.")],
        "role": [("prose", "Our {X} approved the budget."), ("prose", "Ask the {X} before you sign."),
                 ("prose", "{X} {P} will chair the panel."), ("prose", "The {X} said the room is booked."),
                 ("csv", "name,title\n{P},{X}")],
        "word": [("prose", "{X}, the report is late again."), ("prose", "{X}: please read before Friday."),
                 ("prose", "{X} from {P} attached."), ("heading", "# {X}\n\nSee below."), ("prose", "{X}! {P} got the job.")],
        "team": [("csv", "team_name,lead\n{X},{P}\n{Y},vacant"), ("prose", "Ask {X} about the migration."),
                 ("prose", "{X} said the release is blocked."), ("git", "Author: dependabot[bot] <support@github.com>\n\n    Bump lodash in {X}"),
                 ("chat", "[10:02] {X} Bot: deployment started\n[10:03] {P}: thanks")],
        "greet": [("greeting", "{X},\n\nthe minutes are attached. {P} will send the rest."), ("greeting", "{X}! Quick update from {P}.")],
        "close": [("signature", "See you there.\n\n{X},\n{P}"), ("signature", "{X}\n{P}\nSent from my phone")],
    },
    "no": {
        "food": [("prose", "Ta med {X} på søndag, {P} lager {Y}."), ("prose", "{X} var det beste på festen."),
                 ("prose", "Kan du gi meg en oppskrift på {X} til åtte personer?"), ("prose", "Vi serverte {X} med {Y} og ingen klaget."),
                 ("heading", "## {X}\n\nIngredienser til fire, fra boka til {P}."), ("prose", "Jeg spiste {X} med {P} etter kampen."),
                 ("csv", "navn;type;pris\n{X};hovedrett;149\n{Y};dessert;69"), ("prose", "Spør {P} om {X} inneholder nøtter.")],
        "fun": [("prose", "Vi danset {X} til midnatt med {P}."), ("prose", "{X} står på spillelista til fredag."),
                ("prose", "Sønnen min spiller {X} hele helgen."), ("prose", "Lær meg grunntrinnene i {X} og {Y}."),
                ("heading", "# {X}\n\nNotater fra klubbkvelden, av {P}.")],
        "health": [("prose", "Faren min fikk {X} i fjor, {P} sier det ligger i familien."), ("prose", "Gi henne {X} to ganger om dagen."),
                   ("prose", "{X} hjalp mer enn {Y}."), ("prose", "Kan man ta {X} sammen med {Y}?"),
                   ("prose", "Skriv en brosjyre om {X} til venterommet.")],
        "nature": [("prose", "Vår {X} må luftes to ganger om dagen."), ("prose", "{X} blomstrer i hagen nå."),
                   ("prose", "Vi så en {X} ved vannet sammen med {P}."), ("prose", "Plant {X} ved siden av {Y} i skyggen."),
                   ("prose", "{X} og {Y} er rasene vi vurderte.")],
        "vehicle": [("prose", "Vi tok {X} fra Oslo til Bergen."), ("prose", "{X} forlot havna klokka ni."),
                    ("prose", "Min {X} står på verkstedet igjen."), ("prose", "Sammenlign {X} med {Y} for en familie på fire."),
                    ("prose", "{P} kjører en {X}.")],
        "place": [("prose", "Vi flytter til {X} til våren."), ("prose", "{X} var nydelig på denne tida."),
                  ("prose", "Hilsen fra {X}!"), ("prose", "Jeg kjørte fra {X} til {Y} med {P}."),
                  ("prose", "Kontoret ligger i {X}, ved siden av banken."), ("prose", "Planlegg en tur til {X} og {Y}."),
                  ("prose", "Vi fisket i {X} forrige helg.")],
        "org": [("prose", "{X} sa at pengene er på vei."), ("prose", "Ring {X} og spør om brevet."),
                ("prose", "Jeg fikk et brev fra {X} i dag."), ("prose", "{X}s nye regler gjelder fra våren."),
                ("prose", "Si til {X} at {P} har flyttet."), ("prose", "Sammenlign {X}, {Y} og de andre."),
                ("prose", "Jeg jobber i {X} nå, sjefen min er {P}."), ("prose", "Ifølge {X} vil prisene stige.")],
        "tech": [("prose", "{X} krasjet igjen etter oppdateringen."), ("prose", "Installer {X} på den nye PC-en til {P}."),
                 ("prose", "Vi gikk over fra {X} til {Y} i fjor."), ("prose", "{X}s utgivelsesnotater nevner feilen."),
                 ("json", '{"prosjektnavn": "{X}", "eier": "{P}"}'),
                 ("table", "| Produktnavn | Pris |\n| --- | --- |\n| {X} | 4990 |\n| {Y} | 8990 |"),
                 ("chat", "{X}: bygg #412 feilet\n{P}: ser på det")],
        "time": [("prose", "Vi ses på {X}!"), ("prose", "{X} passer fint for meg, {P} vil helst ha {Y}."),
                 ("prose", "Før {X} fryser vi utrullingen."), ("heading", "### {X}\n\n- samtale med {P}\n- gjennomgang"),
                 ("prose", "{X} var rolig, ingenting å melde.")],
        "abbr": [("table", "| Dag | Hvem |\n| --- | --- |\n| {X} | {P} |\n| {Y} | ledig |"), ("prose", "{X} 14:00 standup med {P}"),
                 ("prose", "Forfall {X} 12, betalt {Y} 3.")],
        "role": [("prose", "Vår {X} godkjente budsjettet."), ("prose", "Spør {X} før du signerer."),
                 ("prose", "{X} {P} leder panelet."), ("prose", "{X} sa at rommet er booket."),
                 ("csv", "navn;tittel\n{P};{X}")],
        "word": [("prose", "{X}, rapporten er forsinket igjen."), ("prose", "{X}: les før fredag."),
                 ("prose", "{X} fra {P} ligger vedlagt."), ("heading", "# {X}\n\nSe under."), ("prose", "{X}! {P} fikk jobben.")],
        "team": [("csv", "teamnavn;leder\n{X};{P}\n{Y};ledig"), ("prose", "Spør {X} om migreringen."),
                 ("prose", "{X} sa at releasen er blokkert."), ("git", "Author: renovate[bot] <bot@renovateapp.com>\n\n    Oppdater avhengigheter i {X}"),
                 ("chat", "[10:02] {X} Bot: utrulling startet\n[10:03] {P}: takk")],
        "greet": [("greeting", "{X},\n\nreferatet ligger vedlagt. {P} sender resten."), ("greeting", "{X}! Kort oppdatering fra {P}.")],
        "close": [("signature", "Vi ses der.\n\n{X}\n{P}"), ("signature", "{X}\n{P}\nSendt fra mobilen")],
    },
    "sv": {
        "food": [("prose", "Ta med {X} på söndag, {P} gör {Y}."), ("prose", "{X} var det bästa på festen."),
                 ("prose", "Kan du ge mig ett recept på {X} för åtta personer?"), ("prose", "Vi serverade {X} med {Y} och ingen klagade."),
                 ("heading", "## {X}\n\nIngredienser för fyra, ur {P}s anteckningsbok."), ("prose", "Jag åt {X} med {P} efter matchen."),
                 ("csv", "namn;typ;pris\n{X};varmrätt;149\n{Y};efterrätt;69"), ("prose", "Fråga {P} om {X} innehåller nötter.")],
        "fun": [("prose", "Vi dansade {X} till midnatt med {P}."), ("prose", "{X} står på spellistan till fredag."),
                ("prose", "Min son spelar {X} hela helgen."), ("prose", "Lär mig grundstegen i {X} och {Y}."),
                ("heading", "# {X}\n\nAnteckningar från klubbkvällen, av {P}.")],
        "health": [("prose", "Min pappa fick {X} förra året, {P} säger att det ligger i släkten."), ("prose", "Ge henne {X} två gånger om dagen."),
                   ("prose", "{X} hjälpte mer än {Y}."), ("prose", "Kan man ta {X} tillsammans med {Y}?"),
                   ("prose", "Skriv en broschyr om {X} till väntrummet.")],
        "nature": [("prose", "Vår {X} måste rastas två gånger om dagen."), ("prose", "{X} blommar i trädgården nu."),
                   ("prose", "Vi såg en {X} vid sjön tillsammans med {P}."), ("prose", "Plantera {X} bredvid {Y} i skuggan."),
                   ("prose", "{X} och {Y} är raserna vi funderade på.")],
        "vehicle": [("prose", "Vi tog {X} från Stockholm till Luleå."), ("prose", "{X} lämnade hamnen klockan nio."),
                    ("prose", "Min {X} står på verkstaden igen."), ("prose", "Jämför {X} med {Y} för en familj på fyra."),
                    ("prose", "{P} kör en {X}.")],
        "place": [("prose", "Vi flyttar till {X} i vår."), ("prose", "{X} var underbart den här tiden."),
                  ("prose", "Hälsningar från {X}!"), ("prose", "Jag körde från {X} till {Y} med {P}."),
                  ("prose", "Kontoret ligger på {X}, bredvid banken."), ("prose", "Planera en resa till {X} och {Y}."),
                  ("prose", "Vi fiskade i {X} förra helgen.")],
        "org": [("prose", "{X} sa att pengarna är på väg."), ("prose", "Ring {X} och fråga om brevet."),
                ("prose", "Jag fick ett brev från {X} idag."), ("prose", "{X}s nya regler gäller från våren."),
                ("prose", "Säg till {X} att {P} har flyttat."), ("prose", "Jämför {X}, {Y} och de andra."),
                ("prose", "Jag jobbar på {X} nu, min chef är {P}."), ("prose", "Enligt {X} kommer priserna att stiga.")],
        "tech": [("prose", "{X} kraschade igen efter uppdateringen."), ("prose", "Installera {X} på {P}s nya dator."),
                 ("prose", "Vi bytte från {X} till {Y} förra året."), ("prose", "{X}s versionsinformation nämner felet."),
                 ("json", '{"projektnamn": "{X}", "ägare": "{P}"}'),
                 ("table", "| Produktnamn | Pris |\n| --- | --- |\n| {X} | 4990 |\n| {Y} | 8990 |"),
                 ("chat", "{X}: bygge #412 misslyckades\n{P}: kollar")],
        "time": [("prose", "Vi ses på {X}!"), ("prose", "{X} passar bra för mig, {P} vill hellre ha {Y}."),
                 ("prose", "Före {X} fryser vi alla releaser."), ("heading", "### {X}\n\n- samtal med {P}\n- genomgång"),
                 ("prose", "{X} var lugn, inget att rapportera.")],
        "abbr": [("table", "| Dag | Vem |\n| --- | --- |\n| {X} | {P} |\n| {Y} | ledig |"), ("prose", "{X} 14:00 standup med {P}"),
                 ("prose", "Förfaller {X} 12, betald {Y} 3.")],
        "role": [("prose", "Vår {X} godkände budgeten."), ("prose", "Fråga {X} innan du skriver under."),
                 ("prose", "{X} {P} leder panelen."), ("prose", "{X} sa att rummet är bokat."),
                 ("csv", "namn;titel\n{P};{X}")],
        "word": [("prose", "{X}, rapporten är försenad igen."), ("prose", "{X}: läs före fredag."),
                 ("prose", "{X} från {P} bifogas."), ("heading", "# {X}\n\nSe nedan."), ("prose", "{X}! {P} fick jobbet.")],
        "team": [("csv", "teamnamn;ansvarig\n{X};{P}\n{Y};vakant"), ("prose", "Fråga {X} om migreringen."),
                 ("prose", "{X} sa att releasen är blockerad."), ("git", "Author: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n\n    Uppdatera beroenden i {X}"),
                 ("chat", "[10:02] {X} Bot: driftsättning startad\n[10:03] {P}: tack")],
        "greet": [("greeting", "{X},\n\nprotokollet bifogas. {P} skickar resten."), ("greeting", "{X}! Kort uppdatering från {P}.")],
        "close": [("signature", "Vi ses där.\n\n{X}\n{P}"), ("signature", "{X}\n{P}\nSkickat från min mobil")],
    },
    "de": {
        "food": [("prose", "Bring am Sonntag {X} mit, {P} macht {Y}."), ("prose", "{X} war das Beste auf der Feier."),
                 ("prose", "Kannst du mir ein Rezept für {X} für acht Personen geben?"), ("prose", "Wir haben {X} mit {Y} serviert und keiner hat gemeckert."),
                 ("heading", "## {X}\n\nZutaten für vier, aus dem Notizbuch von {P}."), ("prose", "Ich habe nach dem Spiel mit {P} {X} gegessen."),
                 ("csv", "Name;Gang;Preis\n{X};Hauptgericht;14,50\n{Y};Nachtisch;6,00"), ("prose", "Frag {P}, ob {X} Nüsse enthält.")],
        "fun": [("prose", "Wir haben mit {P} bis Mitternacht {X} getanzt."), ("prose", "{X} steht am Freitag auf der Playlist."),
                ("prose", "Mein Sohn spielt das ganze Wochenende {X}."), ("prose", "Bring mir die Grundschritte von {X} und {Y} bei."),
                ("heading", "# {X}\n\nNotizen vom Clubabend, von {P}.")],
        "health": [("prose", "Bei meinem Vater wurde letztes Jahr {X} festgestellt, {P} meint, das liegt in der Familie."), ("prose", "Gib ihr zweimal täglich {X}."),
                   ("prose", "{X} hat mehr geholfen als {Y}."), ("prose", "Darf man {X} zusammen mit {Y} nehmen?"),
                   ("prose", "Schreib ein Merkblatt über {X} für das Wartezimmer.")],
        "nature": [("prose", "Unser {X} muss zweimal am Tag raus."), ("prose", "{X} blüht gerade im Garten."),
                   ("prose", "Wir haben mit {P} einen {X} am See gesehen."), ("prose", "Pflanz {X} neben {Y} in den Schatten."),
                   ("prose", "{X} und {Y} sind die Rassen, die wir uns überlegt haben.")],
        "vehicle": [("prose", "Wir sind mit dem {X} von Hamburg nach München gefahren."), ("prose", "Die {X} hat um neun den Hafen verlassen."),
                    ("prose", "Mein {X} ist schon wieder in der Werkstatt."), ("prose", "Vergleich den {X} mit dem {Y} für eine vierköpfige Familie."),
                    ("prose", "{P} fährt einen {X}.")],
        "place": [("prose", "Wir ziehen im Frühling nach {X}."), ("prose", "{X} war um diese Jahreszeit wunderschön."),
                  ("prose", "Grüße aus {X}!"), ("prose", "Ich bin mit {P} von {X} nach {Y} gefahren."),
                  ("prose", "Das Büro ist am {X}, neben der Bank."), ("prose", "Plane einen Ausflug an {X} und {Y}."),
                  ("prose", "Wir waren letztes Wochenende an der {X} angeln.")],
        "org": [("prose", "{X} sagte, die Erstattung ist unterwegs."), ("prose", "Ruf bei {X} an und frag nach dem Brief."),
                ("prose", "Ich habe heute einen Brief von {X} bekommen."), ("prose", "Die neuen Regeln von {X} gelten ab Frühling."),
                ("prose", "Sag {X} Bescheid, dass {P} umgezogen ist."), ("prose", "Vergleiche {X}, {Y} und die anderen."),
                ("prose", "Ich arbeite jetzt bei {X}, meine Chefin ist {P}."), ("prose", "Laut {X} steigen die Preise.")],
        "tech": [("prose", "{X} ist nach dem Update wieder abgestürzt."), ("prose", "Installier {X} auf dem neuen Laptop von {P}."),
                 ("prose", "Wir sind letztes Jahr von {X} auf {Y} umgestiegen."), ("prose", "In den Release Notes von {X} steht der Fix."),
                 ("json", '{"projektname": "{X}", "verantwortlich": "{P}"}'),
                 ("table", "| Produktname | Preis |\n| --- | --- |\n| {X} | 499 |\n| {Y} | 899 |"),
                 ("chat", "{X}: Build #412 fehlgeschlagen\n{P}: schau ich mir an")],
        "time": [("prose", "Bis {X}!"), ("prose", "{X} passt mir gut, {P} hätte lieber {Y}."),
                 ("prose", "Vor {X} frieren wir die Deployments ein."), ("heading", "### {X}\n\n- Telefonat mit {P}\n- Review"),
                 ("prose", "{X} war ruhig, nichts zu melden.")],
        "abbr": [("table", "| Tag | Wer |\n| --- | --- |\n| {X} | {P} |\n| {Y} | frei |"), ("prose", "{X} 14:00 Standup mit {P}"),
                 ("prose", "Fällig {X} 12, bezahlt {Y} 3.")],
        "role": [("prose", "Unser {X} hat das Budget freigegeben."), ("prose", "Frag den {X}, bevor du unterschreibst."),
                 ("prose", "{X} {P} leitet das Panel."), ("prose", "Der {X} sagte, der Raum ist gebucht."),
                 ("csv", "Name;Titel\n{P};{X}")],
        "word": [("prose", "{X}, der Bericht ist schon wieder zu spät."), ("prose", "{X}: bitte bis Freitag lesen."),
                 ("prose", "{X} von {P} im Anhang."), ("heading", "# {X}\n\nSiehe unten."), ("prose", "{X}! {P} hat den Job."),
                 ("prose", "Die {X} hat {P} gestern geschickt."), ("prose", "Mit der {X} ist {P} nicht einverstanden.")],
        "team": [("csv", "Teamname;Leitung\n{X};{P}\n{Y};offen"), ("prose", "Frag {X} wegen der Migration."),
                 ("prose", "{X} sagte, das Release ist blockiert."), ("git", "Author: dependabot[bot] <support@github.com>\n\n    Abhängigkeiten in {X} aktualisiert"),
                 ("chat", "[10:02] {X} Bot: Deployment gestartet\n[10:03] {P}: danke")],
        "greet": [("greeting", "{X},\n\nanbei das Protokoll. {P} schickt den Rest."), ("greeting", "{X}! Kurzes Update von {P}.")],
        "close": [("signature", "Bis dann.\n\n{X}\n{P}"), ("signature", "{X}\n{P}\nVon meinem Handy gesendet")],
    },
    "fr": {
        "food": [("prose", "Apporte {X} dimanche, {P} fait {Y}."), ("prose", "{X} était ce qu'il y avait de mieux à la fête."),
                 ("prose", "Tu peux me donner une recette de {X} pour huit personnes ?"), ("prose", "On a servi {X} avec {Y} et personne ne s'est plaint."),
                 ("heading", "## {X}\n\nIngrédients pour quatre, du carnet de {P}."), ("prose", "J'ai mangé {X} avec {P} après le match."),
                 ("csv", "nom;plat;prix\n{X};plat principal;14,50\n{Y};dessert;6,00"), ("prose", "Demande à {P} si {X} contient des noix.")],
        "fun": [("prose", "On a dansé {X} jusqu'à minuit avec {P}."), ("prose", "{X} est sur la playlist de vendredi."),
                ("prose", "Mon fils joue à {X} tout le week-end."), ("prose", "Apprends-moi les pas de base de {X} et {Y}."),
                ("heading", "# {X}\n\nNotes de la soirée du club, par {P}.")],
        "health": [("prose", "On a diagnostiqué {X} à mon père l'an dernier, {P} dit que c'est de famille."), ("prose", "Donne-lui {X} deux fois par jour."),
                   ("prose", "{X} a mieux marché que {Y}."), ("prose", "Peut-on prendre {X} avec {Y} ?"),
                   ("prose", "Rédige une brochure sur {X} pour la salle d'attente.")],
        "nature": [("prose", "Notre {X} doit sortir deux fois par jour."), ("prose", "{X} fleurit dans le jardin."),
                   ("prose", "On a vu un {X} près du lac avec {P}."), ("prose", "Plante {X} à côté de {Y} à l'ombre."),
                   ("prose", "{X} et {Y} sont les races qu'on a envisagées.")],
        "vehicle": [("prose", "On a pris le {X} de Paris à Marseille."), ("prose", "Le {X} a quitté le port à neuf heures."),
                    ("prose", "Ma {X} est encore au garage."), ("prose", "Compare la {X} et la {Y} pour une famille de quatre."),
                    ("prose", "{P} conduit une {X}.")],
        "place": [("prose", "On déménage en {X} au printemps."), ("prose", "{X} était magnifique à cette saison."),
                  ("prose", "Bons baisers de {X} !"), ("prose", "J'ai roulé de {X} à {Y} avec {P}."),
                  ("prose", "Le bureau est {X}, à côté de la banque."), ("prose", "Prépare un voyage de deux jours à {X} et {Y}."),
                  ("prose", "On a pêché sur la {X} le week-end dernier.")],
        "org": [("prose", "{X} a dit que le remboursement arrive."), ("prose", "Appelle {X} et demande pour le courrier."),
                ("prose", "J'ai reçu un courrier de {X} aujourd'hui."), ("prose", "La nouvelle politique de {X} commence au printemps."),
                ("prose", "Dis à {X} que {P} a déménagé."), ("prose", "Compare {X}, {Y} et les autres."),
                ("prose", "Je travaille chez {X} maintenant, ma responsable est {P}."), ("prose", "Selon {X}, les prix vont augmenter.")],
        "tech": [("prose", "{X} a encore planté après la mise à jour."), ("prose", "Installe {X} sur le nouveau portable de {P}."),
                 ("prose", "On est passés de {X} à {Y} l'an dernier."), ("prose", "Les notes de version de {X} parlent du correctif."),
                 ("json", '{"nom_projet": "{X}", "responsable": "{P}"}'),
                 ("table", "| Nom du produit | Prix |\n| --- | --- |\n| {X} | 499 |\n| {Y} | 899 |"),
                 ("chat", "{X} : le build #412 a échoué\n{P} : je regarde")],
        "time": [("prose", "À {X} !"), ("prose", "{X} me va, {P} préfère {Y}."),
                 ("prose", "Avant {X} on gèle les déploiements."), ("heading", "### {X}\n\n- appel avec {P}\n- revue"),
                 ("prose", "{X} était calme, rien à signaler.")],
        "abbr": [("table", "| Jour | Qui |\n| --- | --- |\n| {X} | {P} |\n| {Y} | libre |"), ("prose", "{X} 14h00 point avec {P}"),
                 ("prose", "Échéance {X} 12, payé {Y} 3.")],
        "role": [("prose", "Notre {X} a validé le budget."), ("prose", "Demande au {X} avant de signer."),
                 ("prose", "{X} {P} présidera la table ronde."), ("prose", "Le {X} a dit que la salle est réservée."),
                 ("csv", "nom;titre\n{P};{X}")],
        "word": [("prose", "{X}, le rapport est encore en retard."), ("prose", "{X} : à lire avant vendredi."),
                 ("prose", "{X} de {P} en pièce jointe."), ("heading", "# {X}\n\nVoir ci-dessous."), ("prose", "{X} ! {P} a eu le poste.")],
        "team": [("csv", "nom_equipe;responsable\n{X};{P}\n{Y};vacant"), ("prose", "Demande à {X} pour la migration."),
                 ("prose", "{X} a dit que la release est bloquée."), ("git", "Author: renovate[bot] <bot@renovateapp.com>\n\n    Mise à jour des dépendances de {X}"),
                 ("chat", "[10:02] {X} Bot : déploiement lancé\n[10:03] {P} : merci")],
        "greet": [("greeting", "{X},\n\nle compte rendu est en pièce jointe. {P} enverra le reste."), ("greeting", "{X} ! Petit point de {P}.")],
        "close": [("signature", "À bientôt.\n\n{X},\n{P}"), ("signature", "{X}\n{P}\nEnvoyé de mon téléphone")],
    },
    "es": {
        "food": [("prose", "Trae {X} el domingo, {P} hace {Y}."), ("prose", "{X} fue lo mejor de la fiesta."),
                 ("prose", "¿Me das una receta de {X} para ocho personas?"), ("prose", "Servimos {X} con {Y} y nadie se quejó."),
                 ("heading", "## {X}\n\nIngredientes para cuatro, del cuaderno de {P}."), ("prose", "Comí {X} con {P} después del partido."),
                 ("csv", "nombre;plato;precio\n{X};principal;14,50\n{Y};postre;6,00"), ("prose", "Pregúntale a {P} si {X} lleva frutos secos.")],
        "fun": [("prose", "Bailamos {X} hasta medianoche con {P}."), ("prose", "{X} está en la lista del viernes."),
                ("prose", "Mi hijo juega al {X} todo el fin de semana."), ("prose", "Enséñame los pasos básicos de {X} y {Y}."),
                ("heading", "# {X}\n\nNotas de la noche del club, por {P}.")],
        "health": [("prose", "A mi padre le diagnosticaron {X} el año pasado, {P} dice que viene de familia."), ("prose", "Dale {X} dos veces al día."),
                   ("prose", "{X} me fue mejor que {Y}."), ("prose", "¿Se puede tomar {X} con {Y}?"),
                   ("prose", "Escribe un folleto sobre {X} para la sala de espera.")],
        "nature": [("prose", "Nuestro {X} tiene que salir dos veces al día."), ("prose", "{X} está floreciendo en el jardín."),
                   ("prose", "Vimos un {X} junto al lago con {P}."), ("prose", "Planta {X} junto a {Y} a la sombra."),
                   ("prose", "{X} y {Y} son las razas que pensamos.")],
        "vehicle": [("prose", "Cogimos el {X} de Madrid a Sevilla."), ("prose", "El {X} salió del puerto a las nueve."),
                    ("prose", "Mi {X} está otra vez en el taller."), ("prose", "Compara el {X} con el {Y} para una familia de cuatro."),
                    ("prose", "{P} conduce un {X}.")],
        "place": [("prose", "Nos mudamos a {X} en primavera."), ("prose", "{X} estaba precioso en esta época."),
                  ("prose", "¡Saludos desde {X}!"), ("prose", "Fui en coche de {X} a {Y} con {P}."),
                  ("prose", "La oficina está en {X}, al lado del banco."), ("prose", "Planea una escapada a {X} y {Y}."),
                  ("prose", "Fuimos a pescar al {X} el fin de semana.")],
        "org": [("prose", "{X} dijo que el reembolso está en camino."), ("prose", "Llama a {X} y pregunta por la carta."),
                ("prose", "Hoy me llegó una carta de {X}."), ("prose", "La nueva política de {X} empieza en primavera."),
                ("prose", "Dile a {X} que {P} se ha mudado."), ("prose", "Compara {X}, {Y} y los demás."),
                ("prose", "Ahora trabajo en {X}, mi jefa es {P}."), ("prose", "Según {X}, los precios van a subir.")],
        "tech": [("prose", "{X} se volvió a colgar después de la actualización."), ("prose", "Instala {X} en el portátil nuevo de {P}."),
                 ("prose", "Pasamos de {X} a {Y} el año pasado."), ("prose", "Las notas de la versión de {X} mencionan el arreglo."),
                 ("json", '{"nombre_proyecto": "{X}", "responsable": "{P}"}'),
                 ("table", "| Nombre del producto | Precio |\n| --- | --- |\n| {X} | 499 |\n| {Y} | 899 |"),
                 ("chat", "{X}: la build #412 falló\n{P}: lo miro")],
        "time": [("prose", "¡Hasta el {X}!"), ("prose", "{X} me viene bien, {P} prefiere {Y}."),
                 ("prose", "Antes de {X} congelamos los despliegues."), ("heading", "### {X}\n\n- llamada con {P}\n- revisión"),
                 ("prose", "{X} fue tranquilo, nada que contar.")],
        "abbr": [("table", "| Día | Quién |\n| --- | --- |\n| {X} | {P} |\n| {Y} | libre |"), ("prose", "{X} 14:00 reunión con {P}"),
                 ("prose", "Vence {X} 12, pagado {Y} 3.")],
        "role": [("prose", "Nuestro {X} aprobó el presupuesto."), ("prose", "Pregunta al {X} antes de firmar."),
                 ("prose", "{X} {P} presidirá la mesa."), ("prose", "El {X} dijo que la sala está reservada."),
                 ("csv", "nombre;cargo\n{P};{X}")],
        "word": [("prose", "{X}, el informe vuelve a llegar tarde."), ("prose", "{X}: leer antes del viernes."),
                 ("prose", "{X} de {P} adjunto."), ("heading", "# {X}\n\nVer abajo."), ("prose", "¡{X}! {P} consiguió el puesto.")],
        "team": [("csv", "nombre_equipo;responsable\n{X};{P}\n{Y};vacante"), ("prose", "Pregúntale a {X} por la migración."),
                 ("prose", "{X} dijo que la release está bloqueada."), ("git", "Author: dependabot[bot] <support@github.com>\n\n    Actualiza dependencias en {X}"),
                 ("chat", "[10:02] {X} Bot: despliegue iniciado\n[10:03] {P}: gracias")],
        "greet": [("greeting", "{X}:\n\nadjunto el acta. {P} enviará el resto."), ("greeting", "¡{X}! Actualización rápida de {P}.")],
        "close": [("signature", "Nos vemos allí.\n\n{X},\n{P}"), ("signature", "{X}\n{P}\nEnviado desde mi móvil")],
    },
}

# Persons: LISTED are common in the country, UNLISTED in no list of scrub/data (--lists).
NAMES = {
    "en": ("Oliver Amelia George Isla Harry Ava Jack Grace Thomas Chloe",
           "Evans Roberts Thompson Robinson White Green Hall Wood Harris Clark",
           "Oghenekaro Siobhra Auberonne Oyelaran Rhydwen Jaswindra Ekowuah Zawadie Kerenzaa Morwennick",
           "Tregaskiss Oyebanjo Penhaligon Ashworthy Polglase Kinvig Odunsiwo Muldownie Hedrenna Wennacott"),
    "no": ("Ola Nora Jakob Emma Henrik Sofie Magnus Ingrid Mathias Thea",
           "Bakke Lie Moen Solberg Halvorsen Strand Eide Lund Berge Aas",
           "Torgils Signhild Asle Vebjørg Hamdiya Ngocanh Sunnhild Ranvår Audgeir Ghazalin",
           "Skjæveland Fossheim Aakervik Tørrissen Nguyenstad Ulvåsvik Bratlieng Rognstadli Sandvoldsen Torvei"),
    "sv": ("Alice William Maja Hugo Ebba Elias Alva Lucas Ella Liam",
           "Berg Lindholm Sandberg Forsberg Sjöberg Wallin Engström Lundin Holm Axelsson",
           "Ylvarun Torbjärn Hedvigsa Sixtina Majvorna Draganka Tindrane Valdemira Nastehoo Ingegerdis",
           "Wikmark Mäkiaho Brännvall Skogsbergh Lövgrenek Dahlqvisth Åbergsten Sjölunder Hurtigson Östlingsen"),
    "de": ("Maximilian Sophie Paul Marie Felix Hannah Jonas Lea Leon Anna",
           "Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange",
           "Gerlindis Hartmuth Irmtrudis Volkmarus Dörtheli Ekkehardt Sevgiye Hiltrudis Rüdigerus Yasminur",
           "Wiesenhütter Oberhuber Ziegenbalg Dreesbach Hülsmeier Kleinschmiedt Pfefferkolb Tegtmeyerle Rautenstrauchs Vogelsängl"),
    "fr": ("Louis Emma Gabriel Jade Raphaël Louise Arthur Alice Hugo Chloé",
           "Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Faure Blanc",
           "Gwenaëlig Thibaudine Solennig Yannigou Maëlysine Enguerrande Aïssatoua Bastiennou Ludivinette Ousmanou",
           "Kerhervé Abgrall Rivoal Goffic Quintardel Tessierre Prigentou Cazenavette Ferrandouze Morvannec"),
    "es": ("Hugo Lucía Martín Sofía Pablo Paula Daniel Valeria Alejandro Julia",
           "Jiménez Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano",
           "Iñakitxo Begoñita Ainhoara Xabierre Nereidis Remedita Yerayco Maialentxu Wilfreda Candelarita",
           "Etxeberria Goikoetxea Arrizabalaga Urdangarín Bengoetxea Olaizola Ibarguren Zubizarretagoitia Villaquiroga Sáenzquerra"),
}


def names(lang, listed):
    g, s, ug, us = NAMES[lang]
    return (g if listed else ug).split(), (s if listed else us).split()


class Writer:
    """Fills one template: decoys into {X}/{Y} (from one group), a person into {P}/{G}."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.entities, self.decoys = [], []

    def person(self, possessive=False):
        given, surnames = names(self.lang, self.rng.random() < 0.5)
        first, last = self.rng.choice(given), self.rng.choice(surnames)
        value = first if self.rng.random() < 0.35 else "%s %s" % (first, last)
        self.entities.append({"type": "PERSON", "value": value})
        return value

    def decoy(self, group, avoid):
        kinds = GROUPS[group]
        for _ in range(20):
            kind = self.rng.choice(kinds)
            value = self.rng.choice(D[self.lang][kind].split("|"))
            if value not in avoid:
                return value
        return value

    def fill(self, group, template):
        x = self.decoy(group, ())
        y = self.decoy(group, (x,))
        out, i = [], 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                out.append(template[i:])
                break
            k = template.find("}", j)
            slot = template[j + 1:k] if k > j else ""
            if slot not in ("X", "Y", "P"):
                out.append(template[i:j + 1])
                i = j + 1
                continue
            out.append(template[i:j])
            if slot == "P":
                out.append(self.person())
            else:
                value = x if slot == "X" else y
                self.decoys.append(value)
                out.append(value)
            i = k + 1
        text = "".join(out)
        if "'s" in template and self.lang == "en":  # "{P}'s notebook": the name is labelled without 's
            pass
        self.decoys.extend(skeleton_capitals(template))
        return text


def skeleton_capitals(template):
    """The capitalised words of a template's own text (not its slots): decoys."""
    skeleton, i = [], 0
    while i < len(template):
        if template.startswith(("{X}", "{Y}", "{P}"), i):
            skeleton.append(" ")
            i += 3
            continue
        skeleton.append(template[i])
        i += 1
    words, word = [], []
    for ch in "".join(skeleton) + " ":
        if ch.isalpha():
            word.append(ch)
        else:
            if len(word) >= 2 and word[0].isupper() and "".join(word) not in ("Author", "Bot"):
                words.append("".join(word))
            word = []
    return words


def count_words(text, value):
    count, i = 0, text.find(value)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(value)] if i + len(value) < len(text) else " "
        if not (before.isalnum() and value[0].isalnum()) and not (after.isalnum() and value[-1].isalnum()):
            count += 1
        i = text.find(value, i + 1)
    return count


def unique(items):
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def make_case(rng, lang, n, group):
    w = Writer(rng, lang)
    shape, template = rng.choice(T[lang][group])
    parts = [w.fill(group, template)]
    if not w.entities and rng.random() < 0.7:
        # a plain person sentence beside it, so precision and recall are measured together
        other = rng.choice([g for g in T[lang] if g != group])
        candidates = [t for t in T[lang][other] if "{P}" in t[1] and t[0] == "prose"]
        if candidates:
            parts.append(w.fill(other, rng.choice(candidates)[1]))
    text = ("\n\n" if shape != "prose" else " ").join(parts)
    entities, seen = [], set()
    for e in w.entities:
        if e["value"] in seen:
            continue
        seen.add(e["value"])
        entities.extend([e] * max(1, count_words(text, e["value"])))
    decoys = [d for d in unique(w.decoys)
              if not any(d in e["value"] or e["value"] in d for e in entities)]
    return {"id": "decoys-%s-%d" % (lang, n), "lang": lang, "shape": shape, "text": text,
            "entities": entities, "decoys": decoys}


def generate():
    rng = random.Random(20261216)
    lines = []
    groups = sorted(GROUPS)
    for lang in LANGS:
        for n in range(CASES_PER_LANG):
            group = groups[n % len(groups)]  # every group in every language, in equal parts
            lines.append(json.dumps(make_case(rng, lang, n, group), ensure_ascii=False))
    return "\n".join(lines) + "\n"


def report_lists():
    """Which UNLISTED names scrub/data holds, and how many LISTED ones it lacks — not run in CI."""
    import os
    import unicodedata

    def fold(s):
        return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scrub", "data")
    known = set()
    with open(os.path.join(data, "names.txt"), encoding="utf-8") as f:
        known.update(fold(line.split("\t")[0].strip()) for line in f if not line.startswith("#"))
    first = os.path.join(data, "first-names.txt")
    if os.path.exists(first):
        with open(first, encoding="utf-8") as f:
            known.update(fold(line.strip()) for line in f if not line.startswith("#"))
    bad = 0
    for lang in LANGS:
        g, s, ug, us = NAMES[lang]
        for name in (ug + " " + us).split():
            if any(fold(p) in known for p in name.replace("-", " ").split()):
                print("listed although UNLISTED: %s %s" % (lang, name))
                bad += 1
        missing = [x for x in (g + " " + s).split() if fold(x) not in known]
        if missing:
            print("LISTED but in no list: %s %s" % (lang, " ".join(missing)))
    return 1 if bad else 0


def main(argv):
    if len(argv) > 1 and argv[1] == "--lists":
        return report_lists()
    return census_main(argv, generate, "generate_decoys.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
