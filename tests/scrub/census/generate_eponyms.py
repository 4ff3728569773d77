#!/usr/bin/env python3
"""generate_eponyms.py — the eponyms census: phrases shaped like a person's name that are
things, standing mid-sentence after ordinary words, with a person in the same sentence.

    python3 generate_eponyms.py > eponyms.jsonl            writes the census
    python3 generate_eponyms.py --check eponyms.jsonl      TAP: the committed file is what this writes

Written before reading scrub/names.c or scrub/data, from how people of each country write the
things they name after people. Rounds 1 and 2 of the decoys (generate_decoys.py,
generate_decoys2.py) put bare eponyms (a brand, a disease's possessive alone, a ship, a street)
and ordinary capitalised words in a person's places, mostly at a sentence's start; this round
holds the THING'S OWN NOUN beside the name, in each language's order, mid-sentence after an
ordinary lower-case word ("we met at Victoria Station", "bor i Karl Johans gate", "im Robert
Koch Institut", "au lycée Victor Hugo", "en el Hospital Gregorio Marañón"). Classes (the
case's shape):
  - place: stations, airports, hospitals, clinics, schools, universities, institutes, streets,
    squares, bridges, parks, halls, arenas, stadiums, churches, museums, libraries named after
    people, kind noun after the name (English, the Nordic genitive + noun, German hyphen
    compounds and their unhyphenated spellings);
  - place_pre: the same with the kind noun BEFORE the name (French, Spanish, German
    "Flughafen Willy Brandt", "Klinikum Ernst von Bergmann", English "Lake Victoria");
  - honour: prizes, awards, foundations, trusts, scholarships, lectures, medals;
  - science: laws, theorems, effects, diseases, syndromes, tests, scales, algorithms, units and
    constants — possessive ("Crohn's disease", "Dijkstras algoritme"), "of" ("maladie de
    Parkinson", "teorema de Pitágoras"), hyphen compounds ("Asperger-Syndrom",
    "Gauss-Verteilung") and Latin "Morbus Crohn";
  - work: books, films, plays, songs and operas titled with a name;
  - vessel: ships, trains, planes and rockets named after people, after the kind noun or a verb
    of travel;
  - storm: storms and hurricanes with a given name after the kind noun;
  - firm: firms named after founders — law firms, shops, restaurants, bakeries, consultancies,
    with a noun of trade or a legal form nearby.
Every case holds a person (labelled PERSON; half from generate_decoys.py's LISTED pools, half
from its UNLISTED ones) in the same sentence, as many persons as eponyms, standing after the
same verbs and prepositions ("met with Kari Holm at Victoria Station", "worked with Anna Berg
at Karolinska Institutet"), after a title, in a possessive or genitive before an ordinary noun
("Grace Evans's car", "Kari Holms bil"), so a rule that masks nothing loses recall. Each case's
`decoys` lists the eponym as written, its kind noun included. Python stdlib only; deterministic
(seeded random.Random). The format is tests/scrub/realistic/README.md's:
{"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import sys

from census_common import LANGS, label, main as census_main
from generate_decoys import names

CASES_PER_LANG = 54

# ---------------------------------------------------------------------------------------------
# Eponyms by class, "|"-separated, as a writer puts them mid-sentence.
E = {
    "en": {
        "place": "Victoria Station|Waterloo Station|John Radcliffe Hospital|Johns Hopkins Hospital|Addenbrooke's Hospital"
                 "|Guy's Hospital|John Lennon Airport|Ronald Reagan Airport|Francis Crick Institute|Isaac Newton Institute"
                 "|Royal Albert Hall|Carnegie Hall|Rod Laver Arena|Arthur Ashe Stadium|Nelson Mandela Bridge"
                 "|Abraham Lincoln High School|Charles Darwin University|Florence Nightingale Museum"
                 "|Martin Luther King Boulevard|Mary Seacole Building|George Washington University|Victoria Park"
                 "|John Rylands Library|Walter Reed Medical Center|St Thomas' Hospital|Alder Hey Children's Hospital",
        "place_pre": "Lake Victoria|Fort William|Port Elizabeth|Fort Lauderdale|Mount Everest|Cape Hatteras"
                     "|Port Louis|Fort Collins",
        "honour": "Nobel Prize|Pulitzer Prize|Booker Prize|Turing Award|Fields Medal|Rhodes Scholarship"
                  "|Fulbright Scholarship|Reith Lectures|Gates Foundation|Wellcome Trust|Marshall Scholarship"
                  "|Abel Prize|Carnegie Medal|Henry Moore Foundation|Paul Hamlyn Foundation|Joseph Rowntree Foundation"
                  "|Leverhulme Trust|Orwell Prize|Stirling Prize|Kavli Prize",
        "science": "Crohn's disease|Parkinson's disease|Hodgkin's lymphoma|Asperger's syndrome|Tourette's syndrome"
                   "|Raynaud's phenomenon|Bell's palsy|Ohm's law|Moore's law|Murphy's law|Fermat's Last Theorem"
                   "|Dijkstra's algorithm|Bayes' theorem|Doppler effect|Turing test|Richter scale|Kelvin scale"
                   "|Fibonacci sequence|Hubble constant|Planck constant|Kaplan-Meier curve|Mann-Whitney test"
                   "|Epstein-Barr virus|Guillain-Barré syndrome|Creutzfeldt-Jakob disease|Heimlich manoeuvre"
                   "|Apgar score|Gleason score",
        "work": "Anna Karenina|Jane Eyre|Oliver Twist|David Copperfield|Forrest Gump|Billy Elliot|Jerry Maguire"
                "|Annie Hall|Eleanor Rigby|Peggy Sue|Madame Butterfly|Don Giovanni|Eugene Onegin|Erin Brockovich"
                "|Hamlet|Tom Jones|Moll Flanders|Daniel Deronda",
        "vessel": "Queen Mary|Mary Rose|Sir David Attenborough|Queen Victoria|Spirit of St. Louis|Enola Gay"
                  "|Harriet Tubman|Amelia Earhart|Edmund Fitzgerald|Robert E. Lee",
        "storm": "Hurricane Katrina|Storm Ciarán|Storm Arwen|Hurricane Sandy|Storm Eunice|Hurricane Harvey"
                 "|Storm Babet|Hurricane Ian|Storm Dennis|Tropical Storm Alberto",
        "firm": "Baker McKenzie|Clifford Chance|Allen & Overy|Herbert Smith Freehills|John Lewis|Johnson Matthey"
                "|Ben & Jerry's|Holland & Barrett|Peter Jones|Ted Baker|Paul Smith|Jack Wills|Gail's Bakery"
                "|McKinsey & Company|Arthur D. Little|Booz Allen Hamilton|Oliver Wyman|Roland Berger"
                "|Slaughter and May|Dean & DeLuca",
    },
    "no": {
        "place": "Haukeland universitetssjukehus|Karl Johans gate|Olav Kyrres gate|Christian Michelsens gate"
                 "|Henrik Ibsens gate|Kong Oscars gate|Dronning Eufemias gate|Sophies Minde|Edvard Munchs plass"
                 "|Christian Frederiks plass|Edvard Griegs vei|Kristian Augusts gate|Fridtjof Nansens plass"
                 "|Ole Bulls plass|Thor Heyerdahl videregående skole|Henie Onstad kunstsenter|Haraldsplass sykehus"
                 "|Olav Thons gate|Kong Haakons gate|Gunnar Knudsens vei|Sonja Henies plass|Camilla Colletts vei"
                 "|Nils Aas kunstverksted|Ole Vigs videregående skole",
        "place_pre": "Stiftelsen Edvard Munch|Museet Ole Bull|Hotell Christian Quart|Kirken St. Olav",
        "honour": "Nobels fredspris|Fritt Ords pris|Sonja Henie-prisen|Gunnerus-medaljen|Nansen-medaljen"
                  "|Holbergprisen|Abelprisen|Ibsenprisen|Peer Gynt-prisen|Amalie Skram-prisen|Anders Jahres kulturpris"
                  "|Fridtjof Nansens belønning|Kong Olav Vs kulturpris|Thorleif Dahls stiftelse|Ole Bull-stipendet"
                  "|Arne Nordheims komponistpris",
        "science": "Crohns sykdom|Parkinsons sykdom|Alzheimers sykdom|Aspergers syndrom|Downs syndrom|Bechterews sykdom"
                   "|Dijkstras algoritme|Pytagoras' setning|Ohms lov|Murphys lov|Newtons lover|Fibonacci-følgen"
                   "|Gauss-fordelingen|Richters skala|Turing-testen|Kelvin-skalaen|Plancks konstant|Hodgkins lymfom"
                   "|Tourettes syndrom|Asperger-syndrom|Bayes' teorem|Doppler-effekten",
        "work": "Peer Gynt|Hedda Gabler|Kristin Lavransdatter|Anne Pedersdotter|Ronja Røverdatter"
                "|Pippi Langstrømpe|Karius og Baktus|Jonas Fjeld|Anne Karin|Elling|Jenny Kristin",
        "vessel": "Richard With|Roald Amundsen|Fridtjof Nansen|Christian Radich|Kong Olav|Harald Jarl"
                  "|Dronning Sonja|Thor Heyerdahl",
        "storm": "ekstremværet Hans|ekstremværet Dagmar|ekstremværet Ingunn|uværet Gyda|ekstremværet Ylva"
                 "|stormen Frida|ekstremværet Ole|uværet Tor|ekstremværet Nina|ekstremværet Berit",
        "firm": "Wikborg Rein|Arntzen de Besche|Ferner Jacobsen|Steen & Strøm|Baker Hansen|Kluge Advokatfirma"
                "|Advokatfirmaet Schjødt|Halvorsen & Co AS|Gunnar Karlsen AS|Brødrene Dahl|Johan Rognerud AS"
                "|Thon Hotel Rosenkrantz|Nille|Jacobsen & Søn AS|Christiansen Bakeri|Vaktmester Olsen AS",
    },
    "sv": {
        "place": "Karolinska Institutet|Karolinska universitetssjukhuset|Sahlgrenska sjukhuset"
                 "|Sahlgrenska universitetssjukhuset|Sankt Görans sjukhus|Gustav Adolfs torg|Olof Palmes gata"
                 "|Raoul Wallenbergs torg|Selma Lagerlöfs torg|Drottning Kristinas väg|Astrid Lindgrens barnsjukhus"
                 "|Anna Whitlocks gymnasium|Carl Malmstens skola|Prins Eugens Waldemarsudde|Ersta sjukhus"
                 "|Carl Larssons väg|Kung Karls väg|Birger Jarls torg|Nils Ericson-terminalen|Evert Taubes terrass"
                 "|Selma Lagerlöfs gymnasium|Gustav Vasa kyrka",
        "place_pre": "Stiftelsen Carl Larsson|Hotell Anno 1647|Kyrkan Sankt Jakob|Stiftelsen Anna Ahrenberg",
        "honour": "Nobelpriset|Augustpriset|Polarpriset|Crafoordpriset|Astrid Lindgren-priset|Selma Lagerlöf-priset"
                  "|Evert Taube-stipendiet|Jenny Lind-stipendiet|Knut och Alice Wallenbergs stiftelse|Ivar Lo-priset"
                  "|Alfred Nobels minnespris|Carl von Linné-medaljen|Olof Palmes pris|Gustaf Fröding-stipendiet",
        "science": "Crohns sjukdom|Parkinsons sjukdom|Alzheimers sjukdom|Aspergers syndrom|Downs syndrom"
                   "|Bechterews sjukdom|Tourettes syndrom|Dijkstras algoritm|Pythagoras sats|Ohms lag|Murphys lag"
                   "|Newtons lagar|Gauss-fördelningen|Hodgkins lymfom|Plancks konstant|Asperger-syndrom"
                   "|Turing-testet|Fibonaccis talföljd|Bayes sats|Dopplereffekten",
        "work": "Pippi Långstrump|Emil i Lönneberga|Ronja Rövardotter|Nils Holgersson|Fröken Julie"
                "|Gösta Berlings saga|Karl-Bertil Jonssons julafton|Anna Karenina|Mio min Mio|Madicken"
                "|Kalle Blomkvist",
        "vessel": "Stena Danica|Prins Daniel|Kronprinsessan Victoria|Drottning Silvia|Sankt Erik|Carl Linnaeus"
                  "|Gustav Vasa|Peter Wessel",
        "storm": "stormen Gudrun|stormen Per|stormen Alfrida|stormen Ivar|stormen Hans|stormen Simone"
                 "|stormen Egon|stormen Sven|stormen Ingunn|stormen Babet",
        "firm": "Mannheimer Swartling|Gernandt & Danielsson|Hamilton Advokatbyrå|Nilsson & Söner AB"
                "|Bröderna Andersson Bygg AB|Lars Ohlson Konsult AB|Setterwalls Advokatbyrå|Wistrand Advokatbyrå"
                "|Lindahl Advokatbyrå|Gunnar Dahlin Bageri|Konditori Gunnar Ek|Johan & Nyström|Mäster Anders"
                "|Sven Johansson Måleri AB",
    },
    "de": {
        "place": "dem Robert-Koch-Institut|dem Robert Koch Institut|dem Max-Planck-Institut|der Helmut-Schmidt-Universität"
                 "|der Ludwig-Maximilians-Universität|der Humboldt-Universität|der Goethe-Universität"
                 "|der Johannes Gutenberg-Universität|der Konrad-Adenauer-Straße|dem Willy-Brandt-Platz"
                 "|dem Sophie-Scholl-Gymnasium|der Albert-Schweitzer-Schule|dem Marie-Curie-Gymnasium"
                 "|der Gustav-Heinemann-Brücke|dem Theodor-Heuss-Platz|der Karl-Marx-Allee"
                 "|der Kaiser-Wilhelm-Gedächtniskirche|der Max-Schmeling-Halle|dem Rudolf-Harbig-Stadion"
                 "|dem Fritz-Walter-Stadion|dem Bertolt-Brecht-Theater|dem Sankt Elisabeth Krankenhaus"
                 "|der Anne Frank Schule|dem Robert Bosch Krankenhaus|der Friedrich Ebert Halle"
                 "|der Heinrich Heine Universität",
        "place_pre": "dem Flughafen Willy Brandt|dem Flughafen Franz Josef Strauß|dem Flughafen Konrad Adenauer"
                     "|dem Klinikum Ernst von Bergmann|dem Universitätsklinikum Carl Gustav Carus"
                     "|dem Klinikum Rudolf Virchow|der Gesamtschule Kurt Tucholsky|der Grundschule Astrid Lindgren"
                     "|der Sporthalle Max Schmeling|dem Gymnasium Philipp Melanchthon|der Realschule Anne Frank"
                     "|dem Krankenhaus Martha Maria",
        "honour": "dem Georg-Büchner-Preis|dem Leibniz-Preis|dem Karlspreis|der Max-Planck-Medaille|dem Nobelpreis"
                  "|der Konrad-Adenauer-Stiftung|der Friedrich-Ebert-Stiftung|der Heinrich-Böll-Stiftung"
                  "|der Rosa-Luxemburg-Stiftung|der Robert Bosch Stiftung|der Alexander von Humboldt-Stiftung"
                  "|dem Humboldt-Stipendium|der Carl-Zeiss-Stiftung|der Otto-Hahn-Medaille|der Hans Böckler Stiftung"
                  "|dem Gottfried Wilhelm Leibniz-Preis",
        "science": "Morbus Crohn|Morbus Bechterew|Morbus Parkinson|der Alzheimer-Krankheit|dem Asperger-Syndrom"
                   "|dem Down-Syndrom|dem Tourette-Syndrom|der Gauß-Verteilung|der Gauss-Verteilung|dem Satz des Pythagoras"
                   "|dem Dijkstra-Algorithmus|dem Doppler-Effekt|dem Turing-Test|der Richter-Skala|der Kelvin-Skala"
                   "|dem Hodgkin-Lymphom|der Creutzfeldt-Jakob-Krankheit|dem Epstein-Barr-Virus|der Fibonacci-Folge"
                   "|dem Heimlich-Manöver|dem Mann-Whitney-Test|dem Satz von Bayes|dem Ohmschen Gesetz"
                   "|dem Planckschen Wirkungsquantum",
        "work": "Effi Briest|Emil und die Detektive|Pippi Langstrumpf|Nathan der Weise|Maria Stuart|Wilhelm Tell"
                "|Max und Moritz|Lola rennt|Michael Kohlhaas|Woyzeck|Hänsel und Gretel|Tristan und Isolde"
                "|Der Hauptmann von Köpenick",
        "vessel": "der Gorch Fock|der Wappen von Hamburg|der Alexander von Humboldt|der Helmut Schmidt"
                  "|der Prinz Heinrich|der Theodor Heuss|der Otto Hahn|der Kaiser Wilhelm",
        "storm": "dem Sturmtief Xaver|dem Orkan Kyrill|dem Orkan Lothar|dem Sturmtief Sabine|dem Tief Bernd"
                 "|dem Sturmtief Ylenia|dem Orkan Friederike|dem Sturmtief Zeynep|dem Orkan Emma|dem Tief Quinn",
        "firm": "Gleiss Lutz|Hengeler Mueller|Hogan Lovells|Graf von Westphalen|Oppenhoff & Partner"
                "|Müller & Partner|Bäckerei Kamps|Peek & Cloppenburg|Hugo Boss|Roland Berger|Simon-Kucher & Partners"
                "|Schneider & Kollegen|Hans Meier GmbH|Autohaus Gerhard Wolf|Konditorei Heinrich Schulz"
                "|Metzgerei Karl Huber",
    },
    "fr": {
        "place": "l'Institut Pasteur|l'Institut Curie|l'Institut Gustave Roussy|le Centre Georges-Pompidou"
                 "|la Bibliothèque François-Mitterrand|l'Université Pierre et Marie Curie|l'Université Jean Monnet"
                 "|l'Hôpital Georges-Pompidou|le Stade Pierre-Mauroy|la Salle Pleyel|le Musée Rodin"
                 "|la Place Charles de Gaulle|le Parc André Citroën|le Pont Alexandre III|la Fondation Maeght"
                 "|le Lycée Louis-le-Grand",
        "place_pre": "la gare Saint-Lazare|l'aéroport Charles de Gaulle|l'hôpital Necker|l'hôpital Lariboisière"
                     "|l'hôpital Édouard Herriot|le lycée Victor Hugo|le lycée Henri-IV|le collège Jean Moulin"
                     "|l'école Jules Ferry|le stade Pierre-Mauroy|l'église Saint-Sulpice|le boulevard Haussmann"
                     "|la rue Émile Zola|l'avenue Jean Jaurès|la place Jean Jaurès|la clinique Pasteur"
                     "|le lycée Marie Curie|la médiathèque Jacques Prévert|la salle Pierre de Coubertin"
                     "|la piscine Joséphine Baker|le gymnase Jean Bouin|l'hôpital Louis Mourier"
                     "|l'hôpital Henri Mondor|le quai François Mitterrand",
        "honour": "le prix Goncourt|le prix Renaudot|la médaille Fields|le prix Nobel|la fondation Abbé Pierre"
                  "|la Fondation Jean-Jaurès|la fondation Louis Vuitton|le prix Albert-Londres|le prix Marcel Duchamp"
                  "|la bourse Marie Curie|la chaire Jean Monnet|le prix Jean Vigo|le prix Louis-Delluc"
                  "|la fondation Claude Pompidou|le concours Lépine",
        "science": "la maladie de Parkinson|la maladie de Crohn|la maladie d'Alzheimer|le syndrome d'Asperger"
                   "|le syndrome de Down|la maladie de Lyme|la loi d'Ohm|le théorème de Pythagore|le théorème de Fermat"
                   "|l'algorithme de Dijkstra|l'effet Doppler|le test de Turing|l'échelle de Richter"
                   "|la constante de Planck|la loi de Murphy|la suite de Fibonacci|la manœuvre de Heimlich"
                   "|le lymphome de Hodgkin|la maladie de Charcot|le syndrome de Gilles de la Tourette"
                   "|la loi de Gauss|le théorème de Bayes",
        "work": "Madame Bovary|Jean de Florette|Manon des sources|Cyrano de Bergerac|Thérèse Raquin"
                "|Eugénie Grandet|Le Père Goriot|Amélie Poulain|Jules et Jim|Paul et Virginie|Tintin|Astérix",
        "vessel": "le porte-avions Charles de Gaulle|le navire Marion Dufresne|la frégate Jean Bart"
                  "|le croiseur Jeanne d'Arc|le sous-marin Émile Bertin|le voilier Pen Duick|le paquebot Jean Mermoz"
                  "|la fusée Ariane",
        "storm": "la tempête Ciarán|la tempête Xynthia|la tempête Alex|la tempête Eunice|la tempête Klaus"
                 "|la tempête Martin|la tempête Aline|la tempête Domingos|la tempête Bella|la tempête Louis",
        "firm": "Gide Loyrette Nouel|Bredin Prat|Darrois Villey|August Debouzy|Pierre Hermé|Yves Rocher"
                "|Jean Louis David|Éric Kayser|Pierre Fabre|Paul Bocuse|Alain Ducasse|Jacques Dessange"
                "|Franck Provost|Louis Pion|Maison Georges Larnicol|Hubert Robert & Associés",
    },
    "es": {
        "place": "el Instituto Cervantes|la Universidad Rey Juan Carlos|la Universidad Carlos III"
                 "|la Universidad Pablo de Olavide|el Estadio Santiago Bernabéu|el Estadio Ramón Sánchez-Pizjuán"
                 "|el Museo Reina Sofía|el Museo Sorolla|el Teatro Lope de Vega|el Parque Juan Carlos I"
                 "|la Fundación Jiménez Díaz|el Palacio de Congresos Príncipe Felipe",
        "place_pre": "el Hospital Gregorio Marañón|el Hospital Ramón y Cajal|el Hospital Clínico San Carlos"
                     "|el Hospital Severo Ochoa|el Aeropuerto Adolfo Suárez|el aeropuerto Josep Tarradellas"
                     "|el aeropuerto Federico García Lorca|la estación Almudena Grandes|el colegio Miguel de Cervantes"
                     "|el IES Lope de Vega|la calle de Francisco Silvela|la avenida Juan Carlos I"
                     "|la biblioteca Miguel de Cervantes|el puente de Isabel II|el hospital Virgen del Rocío"
                     "|el centro de salud Ramón y Cajal|el colegio Santa Teresa de Jesús|la calle Gregorio Marañón"
                     "|la plaza de Cristóbal Colón|el instituto Isabel la Católica|el polideportivo Fernando Martín"
                     "|la clínica Juan Pablo II",
        "honour": "el Premio Cervantes|el Premio Princesa de Asturias|el Premio Nadal|la Fundación Amancio Ortega"
                  "|la Fundación Juan March|la Fundación Ramón Areces|la beca Fulbright|la Medalla Fields"
                  "|el Premio Nobel|el Premio Miguel de Cervantes|el premio Ramón y Cajal|la Fundación Botín"
                  "|el Premio Rey Jaime I|la Fundación Pablo Ráez|la beca Severo Ochoa",
        "science": "la enfermedad de Crohn|la enfermedad de Parkinson|la enfermedad de Alzheimer"
                   "|el síndrome de Asperger|el síndrome de Down|la ley de Ohm|el teorema de Pitágoras"
                   "|el algoritmo de Dijkstra|el efecto Doppler|la prueba de Turing|la escala de Richter"
                   "|la constante de Planck|la ley de Murphy|la sucesión de Fibonacci|la maniobra de Heimlich"
                   "|el linfoma de Hodgkin|la enfermedad de Chagas|el síndrome de Tourette|la campana de Gauss"
                   "|el teorema de Bayes",
        "work": "Don Quijote|Don Juan Tenorio|La Celestina|Marianela|Fortunata y Jacinta|Doña Perfecta"
                "|Pepita Jiménez|Doña Bárbara|Pedro Páramo|Manolito Gafotas|Mafalda|Carmen",
        "vessel": "el buque Juan Sebastián de Elcano|el buque Hespérides|la fragata Álvaro de Bazán"
                  "|la fragata Cristóbal Colón|el buque Sarmiento de Gamboa|el portaaviones Juan Carlos I"
                  "|el tren Francisco de Goya|el buque Ramón Margalef",
        "storm": "la borrasca Filomena|la borrasca Gloria|la borrasca Ciarán|el huracán Mitch|la borrasca Karlotta"
                 "|la borrasca Juliette|la borrasca Bernard|el huracán Otis|la borrasca Herminia|la borrasca Óscar",
        "firm": "Uría Menéndez|Gómez-Acebo & Pombo|Pérez-Llorca|Massimo Dutti|Pedro del Hierro|Adolfo Domínguez"
                "|Purificación García|Roberto Verino|Casa Lucio|Martínez-Echevarría Abogados|Hermanos Ruiz S.L."
                "|Panadería Jesús Pérez|Pastelería Manuel Martín|José Luis Gómez Asesores|Ramón Vidal S.A.",
    },
}

# ---------------------------------------------------------------------------------------------
# Templates by class: {E} an eponym of the class, {P} a person's full name, {T} a title and a
# person ("Dr. Kari Holm"), {G} a person's possessive or genitive before an ordinary noun.
# Every {E} stands mid-sentence after an ordinary lower-case word.
T = {
    "en": {
        "place": ["We met with {P} at {E} on Friday.", "my sister works at {E} now, same team as {P}.",
                  "I dropped the kids near {E} and then picked up {P}.", "the referral to {E} was signed by {T}.",
                  "we are meeting outside {E} at six, {P} is bringing the tickets.",
                  "parking near {E} is hopeless, so {G} car stayed at home."],
        "place_pre": ["last summer we sailed around {E} with {P}.", "my cousin moved to {E}, {P} helped him pack.",
                      "the conference near {E} was organised by {T}."],
        "honour": ["she was shortlisted for the {E} along with {P}.", "the grant from the {E} went to {T}.",
                   "congrats to {P}, who won the {E} this year!", "applications for the {E} close Monday, ask {P}."],
        "science": ["my dad was diagnosed with {E} last spring, {T} explained it well.",
                    "the lecture on {E} was given by {P}.", "we used {E} in the assignment, {G} notes helped.",
                    "she has {E} and sees {T} every month."],
        "work": ["we watched {E} last night with {P}.", "I am reading {E} for the book club, {P} chose it.",
                 "the school staged {E} and {P} played the lead."],
        "vessel": ["my parents sailed on the {E} last May, {P} went too.", "they toured the {E} with {T}.",
                   "we took the {E} to the coast with {P}."],
        "storm": ["our roof was damaged during {E}, {P} called the insurer.",
                  "trains were cancelled because of {E}, so {P} stayed over.", "the damage after {E} was assessed by {T}."],
        "firm": ["the law firm {E} represents {P} in the dispute.", "I bought a jacket from {E} for {G} birthday.",
                 "consultants from {E} interviewed {P} yesterday.", "we ordered the cake at {E}, {P} picked it up.",
                 "my brother joined {E} as a trainee, reporting to {T}."],
    },
    "no": {
        "place": ["Vi møtte {P} ved {E} på fredag.", "jeg bor i {E} sammen med {P}.",
                  "søsteren min jobber på {E}, i samme team som {P}.", "henvisningen til {E} er signert av {T}.",
                  "vi møtes utenfor {E} klokka seks, {P} har billettene.",
                  "det er umulig å parkere i {E}, så {G} bil sto hjemme."],
        "place_pre": ["i fjor besøkte vi {E} sammen med {P}.", "konserten i {E} ble ledet av {T}."],
        "honour": ["hun ble nominert til {E} sammen med {P}.", "i år gikk {E} til {T}.",
                   "gratulerer til {P}, som fikk {E}!", "søknadsfristen for {E} er mandag, spør {P}."],
        "science": ["faren min fikk påvist {E} i vår, {T} forklarte det godt.", "forelesningen om {E} holdt {P}.",
                    "vi brukte {E} i oppgaven, {G} notater hjalp.", "hun har {E} og går til {T} hver måned."],
        "work": ["vi så {E} på Nationaltheatret med {P}.", "jeg leser {E} til lesesirkelen, {P} valgte boka.",
                 "skolen satte opp {E}, og {P} hadde hovedrollen."],
        "vessel": ["foreldrene mine reiste med MS {E} i mai, {P} var med.", "vi fikk omvisning på {E} med {T}.",
                   "i sommer seilte vi med {E} nordover, {P} også."],
        "storm": ["taket ble skadet under {E}, {P} ringte forsikringen.", "togene ble innstilt på grunn av {E}, så {P} ble over.",
                  "skadene etter {E} ble vurdert av {T}."],
        "firm": ["advokatfirmaet {E} representerer {P} i saken.", "jeg kjøpte en gave hos {E} til {G} bursdag.",
                 "rådgiverne fra {E} intervjuet {P} i går.", "vi bestilte kaka hos {E}, {P} henter den.",
                 "broren min begynte i {E} og rapporterer til {T}."],
    },
    "sv": {
        "place": ["Vi träffade {P} vid {E} i fredags.", "jag jobbar på {E} tillsammans med {P}.",
                  "min syster bor vid {E}, grannar med {P}.", "remissen till {E} skrevs av {T}.",
                  "vi ses utanför {E} klockan sex, {P} har biljetterna.",
                  "det går inte att parkera vid {E}, så {G} bil stod hemma."],
        "place_pre": ["i fjol besökte vi {E} tillsammans med {P}.", "utställningen hos {E} öppnades av {T}."],
        "honour": ["hon nominerades till {E} tillsammans med {P}.", "i år gick {E} till {T}.",
                   "grattis till {P} som fick {E}!", "ansökan till {E} stänger på måndag, fråga {P}."],
        "science": ["pappa fick diagnosen {E} i våras, {T} förklarade bra.", "föreläsningen om {E} höll {P}.",
                    "vi använde {E} i uppgiften, {G} anteckningar hjälpte.", "hon har {E} och träffar {T} varje månad."],
        "work": ["vi såg {E} på Dramaten med {P}.", "jag läser {E} till bokcirkeln, {P} valde boken.",
                 "skolan satte upp {E} och {P} spelade huvudrollen."],
        "vessel": ["mina föräldrar åkte med {E} till Åbo, {P} följde med.", "vi fick en visning ombord på {E} av {T}.",
                   "i somras reste vi med färjan {E}, {P} också."],
        "storm": ["taket skadades under {E}, {P} ringde försäkringsbolaget.",
                  "tågen ställdes in på grund av {E}, så {P} sov över.", "skadorna efter {E} bedömdes av {T}."],
        "firm": ["advokatbyrån {E} företräder {P} i tvisten.", "jag köpte en present hos {E} till {G} födelsedag.",
                 "konsulterna från {E} intervjuade {P} i går.", "vi beställde tårtan hos {E}, {P} hämtar den.",
                 "min bror började på {E} och rapporterar till {T}."],
    },
    "de": {
        "place": ["Wir haben {P} vor {E} getroffen.", "meine Schwester arbeitet jetzt an {E}, im Team von {P}.",
                  "die Überweisung zu {E} hat {T} unterschrieben.", "ich wohne in der Nähe von {E}, wie {P}.",
                  "wir treffen uns um sechs bei {E}, {P} bringt die Karten mit.",
                  "an {E} gibt es keine Parkplätze, also blieb {G} Auto zu Hause."],
        "place_pre": ["wir waren gestern bei {E}, {P} hat uns abgeholt.", "mein Vater ist oft in {E}, {T} kennt ihn.",
                      "die Kinder sind an {E}, wie die Tochter von {P}.", "das Turnier bei {E} hat {P} organisiert."],
        "honour": ["sie wurde zusammen mit {P} von {E} ausgezeichnet.", "das Stipendium bei {E} ging an {T}.",
                   "herzlichen Glückwunsch an {P} zu {E}!", "die Bewerbung bei {E} endet Montag, frag {P}."],
        "science": ["mein Vater leidet an {E}, {T} hat es gut erklärt.", "die Vorlesung zu {E} hielt {P}.",
                    "wir haben in der Hausarbeit mit {E} gerechnet, mit {G} Notizen.",
                    "sie lebt mit {E} und geht jeden Monat zu {T}."],
        "work": ["wir haben gestern {E} mit {P} gesehen.", "ich lese gerade {E} für den Lesekreis, {P} hat es ausgesucht.",
                 "die Schule führt {E} auf und {P} spielt die Hauptrolle."],
        "vessel": ["meine Eltern sind mit {E} gefahren, {P} war auch dabei.", "wir waren an Bord von {E} mit {T}.",
                   "im Sommer sind wir auf {E} mitgesegelt, zusammen mit {P}."],
        "storm": ["unser Dach wurde bei {E} beschädigt, {P} hat die Versicherung angerufen.",
                  "die Züge fielen wegen {E} aus, also blieb {P} über Nacht.", "die Schäden nach {E} hat {T} begutachtet."],
        "firm": ["die Kanzlei {E} vertritt {P} in dem Verfahren.", "ich habe bei {E} ein Geschenk für {G} Geburtstag gekauft.",
                 "die Berater von {E} haben gestern {P} befragt.", "wir haben die Torte bei {E} bestellt, {P} holt sie ab.",
                 "mein Bruder hat bei {E} angefangen und berichtet an {T}."],
    },
    "fr": {
        "place": ["On a retrouvé {P} devant {E} vendredi.", "ma sœur travaille pour {E} avec {P}.",
                  "le rendez-vous avec {E} a été fixé par {T}.", "nous avons visité {E} avec {P}."],
        "place_pre": ["on a retrouvé {P} devant {E} vendredi.", "ma sœur travaille dans {E} avec {P}.",
                      "mon fils est inscrit dans {E}, dans la classe de {P}.", "la consultation dans {E} a été prescrite par {T}.",
                      "on se retrouve devant {E} à six heures, {P} apporte les billets.",
                      "on a déménagé vers {E} en mars, à côté de chez {P}."],
        "honour": ["elle a été sélectionnée pour {E} avec {P}.", "cette année, {E} est allé à {T}.",
                   "bravo à {P}, qui a reçu {E} !", "le dossier pour {E} est à rendre lundi, demande à {P}."],
        "science": ["on a diagnostiqué {E} chez mon père, {T} nous a tout expliqué.",
                    "le cours sur {E} était assuré par {P}.", "on a utilisé {E} dans le devoir, avec les notes de {P}.",
                    "elle vit avec {E} et voit {T} chaque mois."],
        "work": ["on a revu {E} hier soir avec {P}.", "je lis {E} pour le club de lecture, c'est {P} qui l'a choisi.",
                 "le lycée monte {E} et {P} a le rôle principal."],
        "vessel": ["mes parents ont visité {E} à Toulon, {P} aussi.", "nous avons vu {E} avec {T}.",
                   "cet été on a embarqué sur {E} avec {P}."],
        "storm": ["notre toit a été abîmé pendant {E}, {P} a appelé l'assurance.",
                  "les trains ont été supprimés après {E}, alors {P} est resté.",
                  "les dégâts après {E} ont été constatés par {T}."],
        "firm": ["le cabinet {E} défend {P} dans ce dossier.", "j'ai acheté un cadeau chez {E} pour l'anniversaire de {P}.",
                 "les consultants de {E} ont reçu {P} hier.", "on a commandé le gâteau chez {E}, {P} passe le prendre.",
                 "mon frère est entré chez {E} et travaille avec {T}."],
    },
    "es": {
        "place": ["Quedamos con {P} en {E} el viernes.", "mi hermana trabaja en {E} con {P}.",
                  "la cita en {E} la firmó {T}.", "visitamos {E} con {P} el domingo."],
        "place_pre": ["quedamos con {P} en {E} el viernes.", "mi padre está ingresado en {E}, lo opera {T}.",
                      "mi hijo estudia en {E}, en la clase de {P}.", "aterrizamos en {E} y {P} nos recogió.",
                      "nos vemos en {E} a las seis, {P} trae las entradas.",
                      "me mudé en marzo por {E}, con {P}."],
        "honour": ["la seleccionaron para {E} junto con {P}.", "este año {E} fue para {T}.",
                   "¡enhorabuena a {P}, que recibió {E}!", "la solicitud para {E} cierra el lunes, pregunta a {P}."],
        "science": ["a mi padre le diagnosticaron {E}, {T} nos lo explicó bien.", "la clase sobre {E} la dio {P}.",
                    "usamos {E} en el trabajo, con los apuntes de {P}.", "vive con {E} y ve a {T} cada mes."],
        "work": ["anoche vimos {E} con {P}.", "estoy leyendo {E} para el club de lectura, lo eligió {P}.",
                 "el colegio representa {E} y {P} tiene el papel principal."],
        "vessel": ["mis padres visitaron {E} en Cádiz, {P} también.", "vimos {E} en el puerto con {T}.",
                   "este verano navegamos en {E} con {P}."],
        "storm": ["el tejado se dañó durante {E}, {P} llamó al seguro.",
                  "cancelaron los trenes tras {E}, así que {P} se quedó.", "los daños tras {E} los valoró {T}."],
        "firm": ["el despacho {E} representa a {P} en el pleito.", "compré un regalo en {E} para el cumpleaños de {P}.",
                 "los asesores de {E} entrevistaron ayer a {P}.", "encargamos la tarta en {E}, {P} la recoge.",
                 "mi hermano entró en {E} y trabaja con {T}."],
    },
}

TITLES = {
    "en": ["Dr.", "Dr", "Professor", "Prof.", "Mr", "Ms", "nurse", "engineer"],
    "no": ["dr.", "professor", "lege", "overlege", "advokat", "sykepleier", "ingeniør"],
    "sv": ["dr", "professor", "läkaren", "överläkare", "advokat", "sjuksköterskan", "ingenjören"],
    "de": ["Dr.", "Prof.", "Frau Dr.", "Herr", "Frau", "Oberarzt", "Rechtsanwältin"],
    "fr": ["le Dr", "le docteur", "la professeure", "Me", "Mme", "M.", "l'ingénieur"],
    "es": ["el Dr.", "la doctora", "el profesor", "la abogada", "el ingeniero", "la enfermera", "don"],
}

CLASSES = ("place", "place_pre", "honour", "science", "work", "vessel", "storm", "firm")
# how many cases of each class per language: places and the science terms most, as people write them most
WEIGHTS = {"place": 9, "place_pre": 7, "honour": 6, "science": 9, "work": 5, "vessel": 5, "storm": 5, "firm": 8}


def genitive(lang, name):
    """A person's possessive or genitive before a noun, as the language writes it."""
    if lang == "en":
        return name + "'s"
    if lang in ("no", "sv", "de"):
        return name + ("'" if name[-1] in "sxzß" else "s")
    return name


# A preposition and an article that a title brought together, as the language contracts them.
CONTRACTIONS = {"fr": ((" à le ", " au "), (" de le ", " du ")), "es": ((" a el ", " al "), (" de el ", " del "))}

# The articles a pool value of French, Spanish and German (dative) opens with: written, not a decoy.
ARTICLES = ("l'", "le ", "la ", "les ", "el ", "los ", "las ", "dem ", "der ")


def without_article(eponym):
    for article in ARTICLES:
        if eponym.startswith(article):
            return eponym[len(article):]
    return eponym


class Case:
    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.entities, self.decoys = [], []

    def person(self):
        given, surnames = names(self.lang, self.rng.random() < 0.5)
        value = "%s %s" % (self.rng.choice(given), self.rng.choice(surnames))
        self.entities.append(("PERSON", value))
        return value

    def fill(self, template, eponym):
        self.decoys.append(without_article(eponym))
        text = template.replace("{E}", eponym)
        if "{P}" in text:
            text = text.replace("{P}", self.person())
        if "{T}" in text:
            text = text.replace("{T}", "%s %s" % (self.rng.choice(TITLES[self.lang]), self.person()))
        if "{G}" in text:
            text = text.replace("{G}", genitive(self.lang, self.person()))
        for loose, contracted in CONTRACTIONS.get(self.lang, ()):
            text = text.replace(loose, contracted)
        return text[0].upper() + text[1:] if text[0].islower() else text


def schedule():
    """The class of each case of a language, in turn: WEIGHTS of each, interleaved."""
    order, left = [], dict(WEIGHTS)
    while len(order) < CASES_PER_LANG:
        for cls in CLASSES:
            if left[cls] > 0:
                order.append(cls)
                left[cls] -= 1
    return order[:CASES_PER_LANG]


def generate():
    rng = random.Random(20261215)
    lines = []
    for lang in LANGS:
        used = set()
        for n, cls in enumerate(schedule()):
            case = Case(rng, lang)
            pool = [e for e in E[lang][cls].split("|") if e not in used] or E[lang][cls].split("|")
            eponym = rng.choice(pool)
            used.add(eponym)
            text = case.fill(rng.choice(T[lang][cls]), eponym)
            entities, kept = label(text, case.entities, case.decoys)
            lines.append(json.dumps({"id": "eponyms-%s-%d" % (lang, n), "lang": lang, "shape": cls, "text": text,
                                     "entities": entities, "decoys": kept}, ensure_ascii=False) + "\n")
    return "".join(lines)


def main(argv):
    return census_main(argv, generate, "generate_eponyms.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
