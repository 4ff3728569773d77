"""templates_heldout10.py — the tenth held-out half: the papers and exports of offices few halves visited
(clinic front desks, kindergartens, payroll, bank and telecom support, notaries, letting agents, hotels and ferries,
returns desks, genealogists, universities, newsrooms, town halls, IT asset desks), what infrastructure code and crash
reporters print, and the chat, mail, calendar and contact formats people export.

Written apart from the rules: its author read the README, the README's list of types, the header of evaluate.c,
generate.py, values.py, templates.py, templates_dev2.py ... templates_dev10.py and templates_heldout5.py (only to
avoid their shapes and phrasings), never the scrubber's sources or data (scrub/), tests/scrub/census/, any other
templates_heldout*.py, any held-out case or the --verbose output of any half. Nobody writing rules reads this file,
heldout10.jsonl or its --verbose output; only its tables are shared. The scorer keeps at most 64 shapes.

Same syntax as templates.py. Slots of its own (HELDOUT10_SECRETS): «DOBH10» (birth dates in forms no earlier
generator writes: "03MAR85", "Mar 3rd 1985", "3. mar. 85", "03/03-85", "85.03.03", "3.03.85", "03.03.'85",
"3.III.85", "03 juil 85", "3/mar/85", "3 de mar de 1985"; else one of birth_six()'s, one time in three), «DOBKID10»
(a child's), «PHONEH10» (phones in styles no earlier generator writes, else phone_new()'s), «PWH10» (passwords from
password managers, leetspeak and words with dots), «LOGIN10» (a login made of the initial and the surname:
"ohansen"), «MRZN10» (the name line of an ID card's machine-readable zone: "HANSEN<<OLE"), «ICSN10» (a name as
iCalendar escapes it: "Hansen\\, Ole"), «GEN10» (a given name in the genitive, as Norwegian, Swedish and German
write it: "Oles", "Annas"), and vendor tokens (NetBox, GLPI, Brevo, Asana, LaunchDarkly, Plaid, Onfido, Mollie,
Personio, BambooHR, Figma, Synapse). The keyed ones (LOGIN10, MRZN10, ICSN10, GEN10) follow the name of the same
key."""
import string

HELDOUT10_FIRST = {
    "en": ["Blessing", "Precious", "Tegan", "Ifeoma", "Chiamaka", "Clemency", "Hollis", "Mercy", "Jericho",
           "Nnamdi", "Bronwen", "Xiomara"],
    "no": ["Lykke", "Storm", "Ask", "Embla", "Idun", "Mahad", "Mildrid", "Tord", "Oddvar", "Wiktoria", "Hallgerd",
           "Yonas"],
    "sv": ["Love", "Bror", "Vide", "Tindra", "Nermin", "Dragan", "Jelena", "Kerim", "Elvy", "Runa", "Majvor",
           "Alve"],
    "de": ["Traute", "Wilhelmine", "Kemal", "Emre", "Ayşe", "Hartwig", "Sönke", "Golo", "Fiete", "Dragoslav",
           "Ljudmila", "Hauke"],
    "fr": ["Aimé", "Blanche", "Violette", "Prosper", "Fatoumata", "Mamadou", "Yasmina", "Ousmane", "Constant", "Firmin",
           "Nolwenn", "Modeste"],
    "es": ["Soledad", "Socorro", "Paz", "Luz", "Jhon", "Yeferson", "Nayeli", "Deysi", "Custodio",
           "Brayan", "Abdelkader", "Esperanza"],
}
HELDOUT10_LAST = {
    "en": ["Pilkington", "Higginbotham", "Scattergood", "Cavendish-Obi", "Ollerenshaw", "Trelawney", "Adebayo-Frost",
           "Szymanski", "Bhattacharya", "Loveday", "Hargreaves-Nwosu", "Penhaligon"],
    "no": ["Snekkestad", "Skjelbred", "Abdirahman", "Mæhlum", "Brattli", "Nordhagen-Osman", "Mykkeltveit", "Rugland",
           "Bårdsen-Lie", "Sandvold-Aune", "Flatøy", "Tveitnes"],
    "sv": ["Hellqvist", "Jusufović", "Tallroth", "Ringholm", "Grönkvist", "Rahimi", "Fagerlind", "Ulvskog",
           "Blomdahl", "Törnkvist", "Lilja-Mård", "Aydın"],
    "de": ["Pfannenstiel", "Özdemir", "Wachtendorf", "Kowalewski", "Zwickl", "Brettschneider", "Dörrbecker",
           "Nguyen-Hartwig", "Wüstenhagen", "Lütkebohle", "vom Scheidt", "Yıldırım"],
    "fr": ["Le Gall-Prigent", "Diallo", "Benhamou", "Le Bihan-Cadiou", "Tournemire", "Bouchereau", "Ferhat",
           "Delaunay-Rivière",
           "Péricaud", "Traoré", "N'Diaye", "Rigaudière"],
    "es": ["Arrieta-Goñi", "Mendizábal-Ruiz", "Mbaye", "Carvajal", "Benítez-Cañas", "Chamorro", "Sepúlveda",
           "Echeverría-Luna", "Bustamante", "Zubiaurre", "El Idrissi", "Oyarzun"],
}
HELDOUT10_CITIES = {
    "en": ["Bideford", "Shrewsbury", "Sheboygan", "Chattanooga", "Wolverhampton", "Fredericton"],
    "no": ["Åndalsnes", "Eidsvoll", "Brumunddal", "Kristiansund", "Nesbyen", "Kolvereid"],
    "sv": ["Åmål", "Gnosjö", "Säffle", "Överkalix", "Haparanda", "Torsås"],
    "de": ["Bad Segeberg", "Zwiesel", "Neuruppin", "Dinkelsbühl", "Eberswalde", "Bocholt"],
    "fr": ["Montbrison", "Paimpol", "Oloron-Sainte-Marie", "Vesoul", "Mauriac", "Langres"],
    "es": ["Mondoñedo", "Béjar", "Sigüenza", "Betanzos", "Almansa", "Écija"],
}
HELDOUT10_BRANDS = ["Dries Van Noten", "Issey Miyake", "Jean-Charles de Castelbajac", "Willy Bogner",
                    "Tom Wood", "Alberta Ferretti", "Antonio Marras", "Elsa Schiaparelli", "Hubert de Givenchy",
                    "Azzedine Alaïa", "Betsey Johnson", "Oscar Jacobson", "Gudrun Sjödén",
                    "Adolfo Dominguez", "Fred Perry",
                    "Jo Malone"]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"

MONTHS10 = {
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


def _birth(case, lang, young):
    if case.rng.random() < 1 / 3 and not young:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date(young)
    name = MONTHS10[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "up": MONTHS10["en"][month - 1][:3].upper(),
              "roman": ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1],
              "th": {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")}
    if lang == "fr":
        fields["abbr"] = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov",
                          "déc"][month - 1]
    if lang == "de":
        fields["abbr"] = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"][month - 1]
    styles = {
        "en": ["%(d)02d%(up)s%(yy)02d", "%(abbr)s %(d)d%(th)s %(y)d", "%(d)d%(th)s %(abbr)s. %(y)d",
               "%(abbr)s-%(d)d-%(yy)02d", "%(up)s %(d)d, %(y)d"],
        "no": ["%(d)d. %(abbr)s. %(yy)02d", "%(d)02d/%(m)02d-%(y)d", "%(d)d.%(m)02d.%(yy)02d",
               "%(d)02d.%(abbr)s.%(yy)02d"],
        "sv": ["%(d)02d/%(m)02d-%(yy)02d", "%(yy)02d.%(m)02d.%(d)02d", "%(d)d %(abbr)s. -%(yy)02d",
               "%(y)d-%(m)d-%(d)02d"],
        "de": ["%(d)d.%(m)02d.%(yy)02d", "%(d)02d.%(m)02d.'%(yy)02d", "%(d)d. %(abbr)s %(yy)02d",
               "%(d)d.%(roman)s.%(yy)02d"],
        "fr": ["%(d)02d %(abbr)s %(yy)02d", "%(d)02d-%(m)02d-%(yy)02d", "%(d)d-%(abbr)s-%(yy)02d",
               "%(d)02d.%(m)d.%(yy)02d"],
        "es": ["%(d)d/%(abbr)s/%(yy)02d", "%(d)02d-%(m)02d-%(yy)02d", "%(d)d de %(abbr)s de %(y)d",
               "%(d)d %(abbr)s. %(yy)02d"],
    }[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1:
        text = text.replace("1 " + fields["abbr"], "1er " + fields["abbr"])
    return text


def birth_h10(case, lang):
    return _birth(case, lang, False)


def birth_kid10(case, lang):
    return _birth(case, lang, True)


def phone_h10(case, lang):
    """A phone in styles no earlier generator writes (six times in ten), else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["1 %s-%s-%s" % (a, e, line), "+1 %s-%s %s" % (a, e, line), "[%s] %s-%s" % (a, e, line),
                       "%s %s-%s x%s" % (a, e, line, d(3))])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["0" + mobile[:4] + " " + mobile[4:6] + " " + mobile[6:8] + " " + mobile[8:],
                       "+44" + mobile[:4] + " " + mobile[4:7] + " " + mobile[7:],
                       "+44 " + mobile[:2] + " " + mobile[2:6] + " " + mobile[6:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick([n[:3] + " " + n[3:], "+47 " + n[:4] + " " + n[4:6] + " " + n[6:], "(+47)" + " ".join(
            n[i:i + 2] for i in range(0, 8, 2)), "+47 " + n[:2] + "-" + n[2:5] + "-" + n[5:]])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick([m[:4] + "-" + m[4:6] + " " + m[6:8] + " " + m[8:], "+46 " + m[1:3] + " " + m[3:5] + " " +
                       m[5:7] + " " + m[7:], m[:3] + "-" + m[3:5] + " " + m[5:7] + " " + m[7:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["0" + m[:3] + " " + " ".join(m[i:i + 2] for i in range(3, 11, 2)),
                       "+49 " + m[:3] + " / " + m[3:7] + " " + m[7:], "0" + m[:3] + "-" + m[3:7] + " " + m[7:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        return v.pick(["0" + n[0] + " " + n[1:3] + " " + n[3:6] + " " + n[6:], "+33 " + n[0] + " " + n[1:4] + " " +
                       n[4:7] + " " + n[7:], "0033 (0)" + n[0] + "." + ".".join(n[i:i + 2] for i in range(1, 9, 2))])
    m = v.pick("67") + d(8)
    return v.pick(["+34 " + m[:2] + " " + m[2:5] + " " + m[5:7] + " " + m[7:], "(" + m[:3] + ") " + m[3:6] + " " +
                   m[6:], m[:4] + " " + m[4:]])


def password_h10(case, lang):
    """A password from a password manager, in leetspeak, or words joined by dots."""
    v, r = case.v, case.rng
    kind = r.randrange(4)
    if kind == 0:
        return v.chars(ALNUM, 1) + v.chars(ALNUM + "$%^&*()[]{}=", r.randrange(15, 22)) + v.pick("$%^&*") + v.digits(1)
    if kind == 1:
        words = ["Pr1ntm4st3r", "F1sk3st4ng", "B4rn3h4g3", "Schn33m4nn", "C4f3t13r3", "M0t0rr4d", "T0rt1ll4",
                 "Kn4ckw0rst", "V4ff3lj3rn"]
        return v.pick(words) + v.pick("#!?@") + v.digits(r.randrange(2, 5))
    if kind == 2:
        words = ["otter", "Cinder", "gravel", "Oxbow", "lichen", "Marrow", "parsnip", "Quill", "bramble", "Thimble"]
        return ".".join(v.pick(words) for _ in range(3)) + "." + v.digits(r.randrange(2, 5))
    return v.chars(string.ascii_uppercase, 2) + v.digits(2) + "-" + \
        v.chars(string.ascii_lowercase + string.digits, 6) + "-" + v.chars(ALNUM, 6) + v.pick("!%$")


FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "ü": "u", "é": "e", "è": "e", "ë": "e",
                      "ï": "i", "í": "i", "á": "a", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ß": "ss", "'": "",
                      "â": "a", "ê": "e", "î": "i", "ô": "o", "û": "u", "ı": "i", "ş": "s", "ć": "c", " ": "",
                      "-": ""})
MRZFOLD = {"Å": "AA", "Ø": "OE", "Æ": "AE", "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "É": "E", "È": "E",
           "Ë": "E", "Ï": "I", "Í": "I", "Á": "A", "Ó": "O", "Ú": "U", "Ñ": "N", "Ç": "C", "Â": "A", "Ê": "E",
           "Î": "I", "Ô": "O", "Û": "U", "Ş": "S", "Ć": "C", "İ": "I", " ": "<", "-": "<", "'": ""}


def _mrz(text):
    return "".join(MRZFOLD.get(c, c) for c in text.upper().replace("İ", "I"))


def keyed(make):
    make.keyed = True       # generate.py passes the slot's key: the value follows the name of that key
    return make


@keyed
def login10(case, lang, key):
    first, last = case.name_parts(key, lang)
    return (first[0] + last).lower().translate(FOLD)


@keyed
def mrzname10(case, lang, key):
    first, last = case.name_parts(key, lang)
    return _mrz(last) + "<<" + _mrz(first)


@keyed
def icsname10(case, lang, key):
    first, last = case.name_parts(key, lang)
    return last + "\\, " + first


@keyed
def genitive10(case, lang, key):
    first = case.name_parts(key, lang)[0]
    if first[-1] in "sxzß":
        return first + ("" if lang == "sv" else "'")
    return first + "s"


def _token(make):
    return lambda case, lang: make(case.v, case.rng)


HELDOUT10_SECRETS = {
    "DOBH10": ("dob", birth_h10, "DATE_OF_BIRTH"),
    "DOBKID10": ("dobkid10", birth_kid10, "DATE_OF_BIRTH"),
    "PHONEH10": ("phoneh10", phone_h10, "PHONE"),
    "PWH10": ("pwh10", password_h10, "ENV_SECRET"),
    "LOGIN10": ("login10", login10, "PERSON"),
    "MRZN10": ("mrzn10", mrzname10, "PERSON"),
    "ICSN10": ("icsn10", icsname10, "PERSON"),
    "GEN10": ("gen10", genitive10, "PERSON"),
    # vendor tokens: under a key (ENV_SECRET) or in a header or after a cue (SECRET_TOKEN)
    "NETBOX10": ("netbox10", _token(lambda v, r: v.chars(HEX, 40)), "SECRET_TOKEN"),
    "GLPI10": ("glpi10", _token(lambda v, r: v.chars(ALNUM, 40)), "ENV_SECRET"),
    "BREVO10": ("brevo10", _token(lambda v, r: "xkeysib-" + v.chars(HEX, 64) + "-" + v.chars(ALNUM, 16)),
                "ENV_SECRET"),
    "ASANA10": ("asana10", _token(lambda v, r: "2/" + v.digits(16) + "/" + v.digits(16) + ":" + v.chars(HEX, 32)),
                "SECRET_TOKEN"),
    "LD10": ("ld10", _token(lambda v, r: "sdk-" + v.uuid()), "ENV_SECRET"),
    "PLAID10": ("plaid10", _token(lambda v, r: "access-production-" + v.uuid()), "ENV_SECRET"),
    "PLAIDSEC10": ("plaidsec10", _token(lambda v, r: v.chars(HEX, 30)), "ENV_SECRET"),
    "ONFIDO10": ("onfido10", _token(lambda v, r: "api_live." + v.chars(B64URL, 11) + "." + v.chars(B64URL, 32)),
                 "SECRET_TOKEN"),
    "MOLLIE10": ("mollie10", _token(lambda v, r: "live_" + v.chars(ALNUM, 30)), "ENV_SECRET"),
    "PERSONIO10": ("personio10", _token(lambda v, r: "papi-" + v.chars(HEX, 8) + "-" + v.chars(HEX, 4) + "-" +
                                        v.chars(HEX, 4) + "-" + v.chars(HEX, 4) + "-" + v.chars(HEX, 12)),
                   "ENV_SECRET"),
    "MIXPANEL10": ("mixpanel10", _token(lambda v, r: v.chars(HEX, 32)), "SECRET_TOKEN"),
    "BAMBOO10": ("bamboo10", _token(lambda v, r: v.chars(HEX, 40)), "SECRET_TOKEN"),
    "FIGMA10": ("figma10", _token(lambda v, r: "figd_" + v.chars(B64URL, 40)), "SECRET_TOKEN"),
    "SYT10": ("syt10", _token(lambda v, r: "syt_" + v.chars(ALNUM, 12) + "_" + v.chars(ALNUM, 20) + "_" +
                              v.chars(ALNUM, 6)), "SECRET_TOKEN"),
}


def _isbn13(v, r):
    body = "978" + v.pick(["82", "91", "3", "2", "84", "0"])
    body += v.digits(12 - len(body))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    number = body + str((10 - total % 10) % 10)
    return number[:3] + "-" + number[3:5] + "-" + number[5:9] + "-" + number[9:12] + "-" + number[12]


def _mrzline1(v, r):
    """The first line of an ID card's machine-readable zone: type, state, document number, its check digit."""
    doc = v.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + v.digits(7)
    return v.pick(["IDNOR", "IDD<<", "IDFRA", "I<SWE", "IDESP"]) + doc + v.digits(1) + "<" * 15


def _mrzline2(v, r):
    """The second line: dates that are an expiry and an issue, not anyone's birth, and the nationality."""
    return "%02d%02d%02d%s%s%02d%02d%02d%s%s%s%s" % (r.randrange(26, 35), r.randrange(1, 13), r.randrange(1, 29),
                                                     v.digits(1), v.pick("<XMF"), r.randrange(26, 36),
                                                     r.randrange(1, 13), r.randrange(1, 29), v.digits(1),
                                                     v.pick(["UTO", "XXA"]), "<" * 11, v.digits(1))


def _serial(v, r):
    return v.pick([lambda: "C02" + v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9),
                   lambda: "PF" + v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6),
                   lambda: v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7),
                   lambda: "5CG" + v.digits(4) + v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 3)])()


def _permit(v, r):
    return v.pick([lambda: "PC 0%02d %03d %02d %s%04d" % (r.randrange(10, 96), r.randrange(1, 999),
                                                          r.randrange(23, 26), v.pick("ABCD"), r.randrange(1, 9999)),
                   lambda: "BYGG-%d/%04d" % (r.randrange(2023, 2026), r.randrange(1, 9999)),
                   lambda: "BN %d-%06d" % (r.randrange(2023, 2026), r.randrange(1, 999999)),
                   lambda: "63-BV-%d-%04d" % (r.randrange(2023, 2026), r.randrange(1, 9999)),
                   lambda: "LMO-%d/%05d" % (r.randrange(2023, 2026), r.randrange(1, 99999))])()


HELDOUT10_DECOYS = {
    # eponyms no earlier half used: apples, pears and plums named after people, storms, typefaces,
    # statistical methods, TV series named after their hero, hotels, lecture halls
    "CULTIVAR10": {
        "en": ["Granny Smith", "Cox's Orange Pippin", "Bramley", "Laxton's Superb"],
        "no": ["Ingrid Marie", "Gravenstein", "Aroma", "Summerred"],
        "sv": ["Ingrid Marie", "Katja", "Åkerö", "Transparente blanche"],
        "de": ["Williams Christ", "Gute Luise", "Boskoop", "Cox Orange"],
        "fr": ["Reine-Claude", "Belle de Boskoop", "Doyenné du Comice", "Louise Bonne"],
        "es": ["Reineta", "Ercolini", "Blanquilla", "Golden Delicious"],
    },
    "STORM10": {
        "en": ["Storm Ciarán", "Storm Arwen", "Hurricane Helene"],
        "no": ["ekstremværet Ingunn", "ekstremværet Dagmar", "stormen Hans"],
        "sv": ["stormen Gudrun", "stormen Alfrida", "stormen Babet"],
        "de": ["Orkan Kyrill", "Sturmtief Zeynep", "Orkan Lothar"],
        "fr": ["la tempête Xynthia", "la tempête Ciarán", "la tempête Alex"],
        "es": ["la borrasca Filomena", "la borrasca Gloria", "la dana de Valencia"],
    },
    "FONT10": ["Baskerville", "Garamond", "Bodoni", "Didot", "Gill Sans", "Frutiger", "Caslon", "Johnston Sans",
               "Rockwell", "Palatino"],
    "METHOD10": ["Kaplan-Meier", "Mann-Whitney U", "Wilcoxon signed-rank", "Fisher's exact test", "Kruskal-Wallis",
                 "Bonferroni", "Pearson's r", "Cox regression", "Student's t-test", "Spearman's rho"],
    "SERIES10": {
        "en": ["Ted Lasso", "Frasier", "Columbo", "Ally McBeal"],
        "no": ["Vikingane", "Lilyhammer", "Beck", "Fleksnes"],
        "sv": ["Wallander", "Beck", "Solsidan", "Pippi Långstrump"],
        "de": ["Derrick", "Der Bergdoktor", "Pumuckl", "Tatort"],
        "fr": ["Maigret", "Julie Lescaut", "Louis la Brocante", "Joséphine, ange gardien"],
        "es": ["Cuéntame", "Aída", "Pepa y Pepe", "Los Serrano"],
    },
    "HOTEL10": {
        "en": ["The Langham", "The Savoy", "Claridge's"],
        "no": ["Thon Hotel Rosenkrantz", "Clarion Hotel Admiral", "Hotel Christiania Teater"],
        "sv": ["Scandic Hasselbacken", "Elite Hotel Adlon", "Hotel Diplomat"],
        "de": ["Hotel Adlon Kempinski", "Hotel Vier Jahreszeiten", "Hotel Louis C. Jacob"],
        "fr": ["Hôtel Lutetia", "Hôtel Plaza Athénée", "Hôtel Le Bristol"],
        "es": ["Hotel Alfonso XIII", "Parador de Cardona", "Hotel María Cristina"],
    },
    "HALL10": {
        "en": ["Bodleian Library", "Sackler Building", "Hunterian Museum"],
        "no": ["Kristine Bonnevies hus", "Sophus Lies auditorium", "Georg Sverdrups hus"],
        "sv": ["Ångströmlaboratoriet", "Aula Medica", "Carolina Rediviva"],
        "de": ["Hörsaal Max Weber", "Audimax", "Lise-Meitner-Haus"],
        "fr": ["amphithéâtre Richelieu", "amphi Descartes", "bibliothèque Sainte-Geneviève"],
        "es": ["Paraninfo", "Aula Magna Severo Ochoa", "edificio Juan de Herrera"],
    },
    "DEGREE10": {
        "en": ["MSc Data Science", "PhD in Economics", "BA (Hons) Journalism"],
        "no": ["Master i rettsvitenskap", "Ph.d.-programmet", "Cand.med."],
        "sv": ["Civilingenjör", "Masterprogrammet", "Licentiatexamen"],
        "de": ["Dr. rer. nat.", "Staatsexamen", "M.Sc. Informatik"],
        "fr": ["Master 2 Droit notarial", "Doctorat", "Licence pro"],
        "es": ["Grado en Enfermería", "Máster Universitario", "Doctorado"],
    },
    # values from standards and documentation: they belong to nobody
    "SAMPLE10": ["GB33 BUKB 2020 1555 5555 55", "NO93 8601 1117 947", "SE45 5000 0000 0583 9825 7466",
                 "NL91 ABNA 0417 1643 00", "BE68 5390 0754 7034", "ES91 2100 0418 4502 0005 1332", 
                 "AT61 1904 3002 3457 3201"],
    "ICAO10": ["P<UTOERIKSSON<<ANNA<MARIA", "L898902C3", "I<UTOD231458907<<<<<<<<<<<<<<<", "ERIKSSON<<ANNA<MARIA"],
    "PH10": ["(known after apply)", "var.db_password",
             "lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/db:password')",
             "$(params.git-token)", "from_secret: docker_password", "${credentials:gitlab-token}",
             "sm://prod/db/password", "<redacted by MDM>", "VAULT:secret/data/helpdesk#token", "{{CONTACT.PRENOM}}",
             "%%EMAIL%%", "[REDACTED BY HR]", "env.MOLLIE_API_KEY"],
    "ISBN10": _isbn13,
    "DOI10": lambda v, r: "10.%d/%s.%d.%s" % (r.randrange(1000, 9999), v.pick(["s41586", "jama", "bmj", "nejm", "j"]),
                                             r.randrange(2015, 2026), v.digits(5)),
    "GRANT10": lambda v, r: v.pick(["ERC-%d-STG %d" % (r.randrange(2022, 2026), r.randrange(100000000, 101999999)),
                                    "NFR %d" % r.randrange(300000, 349999), "VR %d-%05d" % (r.randrange(2022, 2026),
                                                                                            r.randrange(1, 99999)),
                                    "DFG %s %d/%d-1" % (v.pick(["SCHU", "MA", "KL", "BR"]), r.randrange(1000, 9999),
                                                        r.randrange(1, 9)),
                                    "ANR-%d-CE%02d-%04d" % (r.randrange(22, 26), r.randrange(1, 50),
                                                            r.randrange(1, 9999)),
                                    "PID%d-%06dOB-I00" % (r.randrange(2021, 2025), r.randrange(1, 999999))]),
    "SERIAL10": _serial,
    "ASSET10": lambda v, r: v.pick(["IT-", "INV-", "AT", "PC", "LAP-"]) + "%05d" % r.randrange(1, 99999),
    "PERMIT10": _permit,
    "MRZ1": _mrzline1,
    "MRZ2": _mrzline2,
    "ADDR10": lambda v, r: "0x0000000" + v.pick("1") + v.chars(HEX, 8),
    "EPOCHUS10": lambda v, r: str(r.randrange(1700000000, 1760000000)) + v.digits(6),
    "METER10": lambda v, r: v.pick(["735999", "707057500", "14DE", "7350", "300000"]) + v.digits(10),
    "SIGN10": {
        "en": ["Kind regards from the front desk", "Thanks ever so much", "All the best, the team"],
        "no": ["Vennlig hilsen ekspedisjonen", "Mvh sentralbordet", "Takk for tålmodigheten"],
        "sv": ["Vänliga hälsningar från receptionen", "Tack för ert tålamod", "Hälsningar från expeditionen"],
        "de": ["Freundliche Grüße aus dem Sekretariat", "Danke im Voraus", "Danke für Ihre Geduld"],
        "fr": ["Bien à vous, le secrétariat", "Merci pour votre patience", "Excellente journée"],
        "es": ["Un saludo desde secretaría", "Gracias por su paciencia", "Feliz fin de semana"],
    },
    "HEAD10": {
        "en": ["Applicant Details", "Next of Kin", "Billing Contact"],
        "no": ["Søkeropplysninger", "Foresatte", "Fakturamottaker"],
        "sv": ["Sökandeuppgifter", "Uppgifter om barnet", "Fakturamottagare"],
        "de": ["Antragstellerdaten", "Angaben zum Kind", "Rechnungsempfänger"],
        "fr": ["Coordonnées du demandeur", "Responsables légaux", "Destinataire de la facture"],
        "es": ["Datos del solicitante", "Tutores legales", "Destinatario de la factura"],
    },
}

HELDOUT10_STRUCTURED = [
    # ---- clinics, labs, claims, pharmacies ----
    ("apptexport", ["en"], "ApptID,Date,Time,Clinician,PatientName,DOB,Mobile,Reason,Status\n"
     "⟦«=NUM»⟧,⟦«~ISODATE»⟧,09:20,Dr «LAST:d»,\"«LASTFIRST:a»\",«DOBH10:a»,«PHONEH10:a»,med review,BOOKED\n"
     "⟦«=NUM»⟧,⟦«~ISODATE»⟧,09:40,Dr «LAST:d»,\"«LASTFIRST:b»\",«DOBH10:b»,«PHONEH10:b»,bloods,DNA\n"
     "⟦«=NUM»⟧,⟦«~ISODATE»⟧,10:00,Nurse «FIRST:n»,\"«LASTFIRST:c»\",«DOBH10:c»,«PHONE4:c»,⟦Tietze's⟧ check,"
     "CANCELLED\n\nexported from the booking system, can you write the SMS reminders for the BOOKED ones only? "
     "sign them ⟦«~SIGN10»⟧"),
    ("apptexport", ["no"], "Timebok uke ⟦«=NUM»⟧ — ⟦«~CITY»⟧ legekontor\n"
     "kl.  | pasient              | f.nr.        | tlf.        | merknad\n"
     "08:15 | «NAME:a» | «FNR» | «PHONEH10:a» | fornye resept\n"
     "08:30 | «NAME:b» | «FNRSP» | «PHONEH10:b» | tolk (somali), ring «FIRST:b» dagen før\n"
     "08:45 | «NAME:c» (barn, f. «DOBKID10») | — | mor «NAME:m» «PHONE4» | vaksine\n"
     "Lege: «NAME:d». Sykepleier «FIRST:s» har fri etter lunsj."),
    ("labreq", ["de"], "Laboranforderung — Überweisungsschein Muster 10\nName, Vorname: «LASTFIRST:p»\n"
     "geb. am: «DOBH10:p»\nVersicherten-Nr.: ⟦«=NUM»⟧   Kasse: ⟦«~BRAND»⟧ BKK\nAnschrift: ⟦«~CITY»⟧\n"
     "Tel. Patientin: «PHONEH10»\n\n[x] Blutbild  [x] TSH  [ ] HbA1c  [x] Ferritin\nDiagnose: V.a. ⟦Morbus Wilson⟧\n"
     "Abnahme: ⟦«~DATE»⟧, 08:10 Uhr\nÜberweisende Ärztin: Dr. med. «NAME:d», LANR ⟦«=NUM»⟧\n"
     "Befund bitte auch an «NAME:h» (Hausarzt) faxen."),
    ("labreq", ["en"], "LAB REQUISITION\nPatient: «UPLAST:p», «FIRST:p»    Sex: F    DOB: «DOBH10:p»\n"
     "Address: ⟦«~CITY»⟧   Phone: «PHONEH10:p»\nInsurance: ⟦«~BRAND»⟧ Health   Member ID: ⟦«=NUM12»⟧\n"
     "Ordering provider: «NAME:d», MD   NPI ⟦«~DIGITS9»0⟧\nTests: CMP, lipid panel, TSH\nICD-10: ⟦E78.5⟧\n"
     "Fasting: yes   Collected by: «FIRST:c»\nCopy results to: «NAME:k» (cardiology), fax ⟦«=NUM»⟧"),
    ("healthclaim", ["en"], "EXPLANATION OF BENEFITS — THIS IS NOT A BILL\nMember: «NAME:m»   Member ID: ⟦«=NUM12»⟧\n"
     "Patient: «NAME:p» (dependent, DOB «DOBKID10»)\nProvider: «NAME:d», ⟦«~CITY»⟧ Pediatrics\n"
     "Claim #: ⟦«~INVOICE»⟧   Date of service: ⟦«~ISODATE»⟧\nBilled ⟦«~AMOUNT»⟧  Plan paid $212.40  You owe $35.00\n"
     "Questions? Call member services; for the appeal, the subscriber's SSN «SSNDASH» and a direct deposit to "
     "routing «ABA», account ⟦«=NUM12»⟧."),
    ("healthclaim", ["fr"], "Décompte de remboursement — ⟦«~BRAND»⟧ Mutuelle\nAssuré : «UPLAST:a» «FIRST:a»\n"
     "Bénéficiaire : «FIRST:b» «LAST:a», né(e) le «DOBKID10»\nActe : consultation Dr «NAME:d» du ⟦«~DATE»⟧\n"
     "Montant engagé : ⟦«~AMOUNT»⟧ — part Sécu 17,50 € — part mutuelle 7,50 €\nVirement sur le compte «IBAN»\n"
     "Pour toute question : «EMAIL:a» / «PHONEH10»"),
    ("healthclaim", ["de"], "Erstattungsantrag Zahnersatz\nVersicherte Person: «NAME:a», geb. «DOBH10»\n"
     "Hauptversicherter: «NAME:h»\nBehandelnde Zahnärztin: Dr. «NAME:d», ⟦«~CITY»⟧\nRechnungsbetrag: ⟦«~AMOUNT»⟧\n"
     "Kontoinhaber: «LASTFIRST:h»\nIBAN: «IBAN»\nRückruf bitte unter «PHONEH10»"),
    ("dispenselog", ["no"], "Utleveringslogg — ⟦«~CITY»⟧ apotek, kasse 2\n"
     "⟦«~ISODATE»⟧ 10:42  Resept ⟦«=NUM12»⟧  Pasient: «NAME:p» («FNR»)  Hentet av: «NAME:h» (fullmakt)\n"
     "  Vare: Paracet 500 mg, 20 stk   Forskriver: lege «NAME:d»\n"
     "⟦«~ISODATE»⟧ 10:51  Resept ⟦«=NUM12»⟧  Pasient: «NAME:q», f. «DOBH10»  Tlf. for SMS: «PHONEH10»\n"
     "Merknad: «FIRST:q» spurte om ⟦«~CULTIVAR10»⟧-epler var trygt med medisinen (!)"),
    ("dispenselog", ["sv"], "Expedierade recept ⟦«~ISODATE»⟧ — Apotek ⟦«~CITY»⟧\n"
     "Personnr        Namn                 Läkemedel          Förskrivare\n"
     "«PNR:a»   «NAME:a»   Waran 2,5 mg       «NAME:d»\n«PNR:b»   «NAME:b»   Ventoline          «NAME:d»\n"
     "Ombud för «FIRST:b»: «NAME:o», tel «PHONEH10»\nAvvikelse: kund «GEN10:a» make ringde om dosen."),
    ("dispenselog", ["es"], "Registro de dispensación — Farmacia ⟦«~CITY»⟧\n"
     "Fecha;Receta;Paciente;Fecha nac.;Teléfono;Médico\n⟦«~ISODATE»⟧;⟦«=NUM12»⟧;«NAME:a»;«DOBH10:a»;«PHONEH10:a»;"
     "Dra. «NAME:d»\n⟦«~ISODATE»⟧;⟦«=NUM12»⟧;«NAME:b»;«DOBH10:b»;«PHONEH10:b»;Dr. «NAME:e»\n"
     "Nota: lo recoge su hija «FIRST:h», avisar a «FIRST:b» si no hay stock."),
    # ---- kindergartens and schools ----
    ("kindergarten", ["no"], "Søknad om barnehageplass — ⟦«~CITY»⟧ kommune\nBarn: «NAME:b», født «DOBKID10»\n"
     "Fødselsnummer barn: «FNR»\n⟦«~HEAD10»⟧\nForesatt 1: «NAME:m», tlf. «PHONEH10:m», «EMAIL:m»\n"
     "Foresatt 2: «NAME:f», tlf. «PHONEH10:f»\nØnsket oppstart: ⟦«~DATE»⟧\nØnsket barnehage: 1. Solsikken 2. "
     "⟦Tusenbeinet⟧\nAndre opplysninger: «GEN10:b» storesøster «FIRST:s» går allerede i Solsikken."),
    ("kindergarten", ["sv"], "Ansökan om förskoleplats\nBarnets namn: «NAME:b»\nPersonnummer: «PNR12»\n"
     "Vårdnadshavare 1: «NAME:m», mobil «PHONEH10:m»\nVårdnadshavare 2: «NAME:f», mobil «PHONEH10:f»\n"
     "E-post: «EMAIL:m»\nÖnskat placeringsdatum: ⟦«~DATE»⟧\nÖvrigt: «FIRST:b» är allergisk mot nötter; "
     "farmor «NAME:g» hämtar på fredagar."),
    ("kindergarten", ["de"], "Anmeldung Kita ⟦«~CITY»⟧ — Betreuungsvertrag\nKind: «NAME:b», geboren am «DOBKID10»\n"
     "⟦«~HEAD10»⟧: «NAME:m» (Tel. «PHONEH10:m») und «NAME:f» (Tel. «PHONEH10:f»)\n"
     "Abholberechtigt: «NAME:g» (Oma), «NAME:n» (Nachbarin)\nSEPA-Mandat Elternbeitrag: IBAN «IBAN»\n"
     "Hinweis: «GEN10:b» Impfpass liegt bei, Masernschutz nachgewiesen."),
    ("absencereg", ["en"], "Student,Year,Date,Session,Code,Reported by,Contact\n\"«LASTFIRST:a»\",Y4,⟦«~ISODATE»⟧,AM,"
     "I,«NAME:m» (mum),«PHONEH10:m»\n\"«LASTFIRST:b»\",Y4,⟦«~ISODATE»⟧,AM+PM,M,«NAME:f» (dad),«PHONEH10:f»\n"
     "\"«LASTFIRST:c»\",Y6,⟦«~ISODATE»⟧,PM,C,office,-\n\nMs «LAST:t» wants a letter home for anyone under 90%, "
     "can you draft one? «FIRST:b» missed the ⟦«~SERIES10»⟧ trip too."),
    ("absencereg", ["fr"], "Relevé d'absences — collège ⟦Lucie Aubrac⟧, 4e B\nÉlève;Date;Motif;Responsable;Téléphone\n"
     "«UPLAST:a» «FIRST:a»;⟦«~DATE»⟧;maladie;«NAME:m»;«PHONEH10:m»\n«UPLAST:b» «FIRST:b»;⟦«~DATE»⟧;non justifié;"
     "«NAME:f»;«PHONEH10:f»\nCPE : «NAME:c» — merci de relancer la famille de «FIRST:b» avant le conseil de classe."),
    # ---- HR and payroll ----
    ("payrun", ["no"], "Lønnskjøring ⟦«=NUM»⟧ — eksport til "
     "bank\nAnsattnr;Navn;Fødselsnummer;Kontonr;Netto;Skattetrekk\n"
     "⟦«=NUM»⟧;«NAME:a»;«FNR:a»;«IBAN:a»;⟦«~AMOUNT»⟧;tabell 7100\n⟦«=NUM»⟧;«NAME:b»;«FNR:b»;«IBAN:b»;⟦«~AMOUNT»⟧;"
     "prosent 34\n⟦«=NUM»⟧;«NAME:c»;«FNR:c»;«IBAN:c»;⟦«~AMOUNT»⟧;frikort\n\nHvorfor har «FIRST:c» frikort? "
     "Spør «FIRST:h» i HR før vi sender."),
    ("payrun", ["de"], "Lohnjournal ⟦«~DATE»⟧\nPers.-Nr. | Name | Steuer-ID | SV-Nr. | Brutto | IBAN\n"
     "⟦«=NUM»⟧ | «LASTFIRST:a» | «STEUER:a» | ⟦«=NUM»⟧ | ⟦«~AMOUNT»⟧ | «IBAN:a»\n"
     "⟦«=NUM»⟧ | «LASTFIRST:b» | «STEUER:b» | ⟦«=NUM»⟧ | ⟦«~AMOUNT»⟧ | «IBAN:b»\n"
     "Freigabe: «NAME:c» (Lohnbuchhaltung), Rückfragen «PHONEH10»"),
    ("payrun", ["en"], "EMPLOYEE_ID,LAST_NAME,FIRST_NAME,SSN,ROUTING,ACCOUNT,NET_PAY,BIRTH_DATE\n"
     "⟦«=NUM»⟧,«UPLAST:a»,«UPFIRST:a»,«SSNPLAIN:a»,«ABA:a»,⟦«=NUM12»⟧,⟦«~AMOUNT»⟧,«DOBH10:a»\n"
     "⟦«=NUM»⟧,«UPLAST:b»,«UPFIRST:b»,«SSN:b»,«ABA:b»,⟦«=NUM12»⟧,⟦«~AMOUNT»⟧,«DOBH10:b»\n\n"
     "ADP rejected row 2, says invalid routing. it's the one «FIRST:b» gave us on the form"),
    ("timeclock", ["sv"], "Stämplingar vecka ⟦«=NUM»⟧ — ⟦«~BRAND»⟧ lager ⟦«~CITY»⟧\n"
     "Bricka  Namn                 In     Ut     Avvikelse\n⟦«=NUM»⟧    «NAME:a»   06:58  15:02\n"
     "⟦«=NUM»⟧    «NAME:b»   07:31  15:00  sen, ringde från «PHONEH10»\n⟦«=NUM»⟧    «NAME:c»   —      —      VAB\n"
     "Attesteras av: «NAME:s»"),
    ("timeclock", ["es"], "Registro de jornada — ⟦«~DATE»⟧\nTrabajador;DNI/NIE;Entrada;Salida;Observaciones\n"
     "«NAME:a»;⟦«~DIGITS8»Z⟧;08:00;16:03;\n«NAME:b»;⟦X«~DIGITS8»⟧;08:12;14:00;médico, justificante de Dra. «LAST:d»\n"
     "«NAME:c»;⟦«~DIGITS8»K⟧;—;—;baja, contacto «PHONEH10»\nResponsable: «NAME:r»"),
    # ---- banks and KYC, telecom support ----
    ("kycchat", ["en"], "[⟦«~CHATTS»⟧] Agent «FIRST:g»: Hi «FIRST:a», to finish verification I need your date of "
     "birth and the last four of your SSN.\n[⟦«~CHATTS»⟧] «NAME:a»: «DOBH10:a», and actually here's the whole thing "
     "«SSNDASH», easier\n[⟦«~CHATTS»⟧] Agent «FIRST:g»: Please never send the full number in chat 🙏 I've masked it on "
     "our side.\n[⟦«~CHATTS»⟧] «NAME:a»: ok. also the joint account holder is my husband «NAME:h», his cell "
     "«PHONEH10:h»\n[⟦«~CHATTS»⟧] Agent «FIRST:g»: Thanks! Case ⟦«~TICKET»⟧ is now with «NAME:s» in KYC."),
    ("kycchat", ["de"], "Chatverlauf ⟦«~BRAND»⟧ Bank — Legitimation\n«FIRST:g» (Support): Guten Tag, wie kann ich "
     "helfen?\n"
     "Kunde: hallo, ich bins «NAME:a», das Videoident bricht immer ab\n«FIRST:g» (Support): Nennen Sie mir bitte "
     "Geburtsdatum und Steuer-ID zur Prüfung.\nKunde: geb. «DOBH10», Steuer-ID «STEUERSP»\nKunde: und mein "
     "Referenzkonto ist «IBAN», falls das hilft\n«FIRST:g» (Support): Danke, Herr «LAST:a». Ich leite an "
     "«NAME:k» weiter, sie ruft Sie unter «PHONEH10» zurück."),
    ("kycchat", ["es"], "Chat ⟦«~BRAND»⟧ Banca — verificación de identidad\nAgente («FIRST:g»): Buenas, ¿me confirma "
     "nombre completo y fecha de nacimiento?\nCliente: «NAME:a», nacida el «DOBH10»\nAgente («FIRST:g»): ¿Y un "
     "teléfono de contacto?\nCliente: «PHONEH10», o el de mi hermano «NAME:b», «PHONE4»\nCliente: la transferencia "
     "devuelta venía de «IBAN»\nAgente («FIRST:g»): Gracias, doña «FIRST:a». Queda registrada la incidencia "
     "⟦«~TICKET»⟧."),
    ("chargeback", ["en"], "CARD DISPUTE FORM\nCardholder name: «UPNAME:a»\nCard number: «CARD»\n"
     "Daytime phone: «PHONEH10»\nE-mail: «EMAIL:a»\nMerchant: ⟦«~BRAND»⟧ online   Amount: ⟦«~AMOUNT»⟧\n"
     "Reason: [x] Item not received  [ ] Duplicate\nDescribe what happened: ordered a coat, tracking ⟦«~TRACKING»⟧ "
     "shows delivered to «NAME:n» at number 14, not me. Docs say test card ⟦«~SAMPLE10»⟧ is fine for the sandbox "
     "but this is my real one.\nSignature: «NAME:a»"),
    ("chargeback", ["fr"], "Contestation d'opération carte\nTitulaire : «UPLAST:a» «FIRST:a»\nCarte n° "
     "«CARD»\nTéléphone : «PHONEH10»\n"
     "Opération contestée : ⟦«~BRAND»⟧, ⟦«~AMOUNT»⟧, le ⟦«~DATE»⟧\nMotif : paiement non reconnu\n"
     "Remboursement sur : «IBAN»\nFait à ⟦«~CITY»⟧, «NAME:a»"),
    ("simswap", ["no"], "Sak ⟦«~TICKET»⟧ — bytte av SIM / portering\n⟦«~ISOTS»⟧ Kunde «NAME:a» ringte fra "
     "«PHONEH10:x», "
     "vil flytte nummeret «PHONEH10:a» til nytt SIM\n⟦«~ISOTS»⟧ Legitimert med BankID, f.nr. «FNR»\n"
     "⟦«~ISOTS»⟧ Ny ICC ⟦«=NUM12»⟧ aktivert av «FIRST:s»\n⟦«~ISOTS»⟧ OBS: «NAME:b» (kona, medlem i familiepakken) "
     "ringte samme dag fra «PHONE4» og spurte om samme nummer — mulig svindelforsøk?"),
    ("simswap", ["en"], "Port-out request #⟦«=NUM»⟧\nAccount holder: «NAME:a»\nNumber to port: «PHONEH10:a»\n"
     "Account PIN on file: (hidden, matched)\nLast 4 SSN: ⟦«=LAST4»⟧   DOB: «DOBH10»\nNew carrier: ⟦«~BRAND»⟧ Mobile\n"
     "Callback number given: «PHONEH10:c»\nNotes from «FIRST:r»: caller sounded unlike «FIRST:a»; escalated to "
     "«NAME:f» in fraud before releasing."),
    ("telcoticket", ["de"], "{\"ticket\": \"⟦«~TICKET»⟧\", \"kategorie\": \"Störung DSL\", \"kunde\": {\"name\": "
     "\"«NAME:a»\", \"rufnummer\": \"«PHONEH10:a»\", \"geburtsdatum\": \"«DOBH10»\", \"email\": \"«EMAIL:a»\"},\n"
     " \"anschluss\": {\"ort\": \"⟦«~CITY»⟧\", \"router_ip\": \"«IP»\", \"pppoe_user\": \"⟦«=NUM12»⟧@t-online.de\", "
     "\"pppoe_password\": \"«PWH10»\"},\n \"techniker\": \"«NAME:t»\", \"notiz\": \"Frau «LAST:a» bittet um Rückruf "
     "vor ⟦Mariä Himmelfahrt⟧\"}"),
    ("telcoticket", ["es"], "Incidencia ⟦«~TICKET»⟧ — fibra sin servicio\nTitular: «NAME:a»\nTeléfono fijo: «PHONE4»\n"
     "Móvil de contacto: «PHONEH10»\nDirección: ⟦«~CITY»⟧\nRouter: «IP», usuario admin, clave wifi «PWH10»\n"
     "Técnico asignado: «NAME:t»\nComentario: la hija, «FIRST:h», estará en casa por la mañana."),
    # ---- notaries, courts, estates ----
    ("notary", ["fr"], "Office notarial de ⟦«~CITY»⟧\nACTE DE NOTORIÉTÉ\nL'AN DEUX MILLE VINGT-CINQ,\nMaître «NAME:n», "
     "notaire soussigné,\nA RECUEILLI les déclarations de :\n- «UPLAST:a» «FIRST:a», né(e) le «DOBH10:a», demeurant "
     "à ⟦«~CITY»⟧,\n"
     "- «NAME:b», né(e) le «DOBH10:b»,\nlesquels attestent que «NAME:d», décédé(e) le ⟦«~DATE»⟧, laisse pour "
     "héritiers ses deux enfants.\nContact étude : «PHONEH10»"),
    ("notary", ["es"], "NÚMERO ⟦«=NUM»⟧ — ESCRITURA DE PODER\nEn ⟦«~CITY»⟧, ante mí, «NAME:n», Notario del Ilustre "
     "Colegio de ⟦Aragón⟧,\nCOMPARECE: don/doña «NAME:a», mayor de edad, nacido el «DOBH10», con teléfono "
     "«PHONEH10»,\nquien confiere poder a favor de «NAME:b» para vender la finca registral ⟦«=NUM»⟧.\n"
     "Cuenta para provisión de fondos: «IBAN»"),
    ("notary", ["de"], "UR-Nr. ⟦«=NUM»⟧/2025\nVerhandelt zu ⟦«~CITY»⟧ vor mir, Notarin «NAME:n»,\nerschienen:\n"
     "1. «NAME:a», geboren am «DOBH10:a», ausgewiesen durch Personalausweis,\n2. «NAME:b», geboren am «DOBH10:b»,\n"
     "Die Erschienenen erklären: Wir schenken unserem Sohn «NAME:s» den hälftigen Miteigentumsanteil.\n"
     "Steuer-ID Erwerber: «STEUER»"),
    ("witnesslist", ["en"], "IN THE COUNTY COURT AT ⟦«~CITY»⟧\nClaim No. ⟦«=NUM»⟧\nCLAIMANT'S LIST OF WITNESSES\n"
     "1. «NAME:a» — neighbour, saw the fence come down during ⟦«~STORM10»⟧; tel «PHONEH10:a»\n"
     "2. «NAME:b» — surveyor, report dated ⟦«~ISODATE»⟧\n3. «NAME:c» — claimant's daughter, «EMAIL:c»\n"
     "Served on the defendant «NAME:d» by email and first class post."),
    ("witnesslist", ["no"], "Vitneliste — ⟦«~CITY»⟧ tingrett, sak ⟦«=NUM»⟧-TVI-TOSL\nSaksøker: «NAME:a»\n"
     "Saksøkte: «NAME:b»\nVitner:\n- «NAME:c», nabo, tlf. «PHONEH10:c» (ca. 20 min)\n"
     "- «NAME:d», takstmann, f. «DOBH10»\n- «NAME:e», «GEN10:a» svoger\nProsessfullmektig: advokat «NAME:p»"),
    # ---- letting, housing ----
    ("tenancyapp", ["en"], "RENTAL APPLICATION — 14 ⟦«~CITY»⟧ Road, flat 2\nApplicant: «NAME:a»\nDOB: «DOBH10:a»\n"
     "NI number: «NINOSP»\nMobile: «PHONEH10:a»   Email: «EMAIL:a»\nCurrent landlord: «NAME:l», «PHONE4»\n"
     "Employer reference: «NAME:e», HR at ⟦«~BRAND»⟧\nGuarantor: «NAME:g» (father), «PHONEH10:g»\n"
     "Pets: one cat (⟦Mr Darcy⟧)"),
    ("tenancyapp", ["sv"], "Intresseanmälan lägenhet ⟦«=NUM»⟧\nNamn: «NAME:a»\nPersonnummer: «PNR»\nTelefon: "
     "«PHONEH10»\n"
     "Medsökande: «NAME:b», personnummer «PNR10»\nNuvarande hyresvärd: ⟦«~BRAND»⟧ Fastigheter, kontakt «NAME:h»\n"
     "Inkomst: ⟦«~AMOUNT»⟧/mån\nÖvrigt: vi har en hund (⟦Drever⟧ nej förlåt, en tax)"),
    ("handoverprot", ["de"], "Wohnungsübergabeprotokoll\nVermieter: «NAME:v», vertreten durch Hausverwaltung «NAME:h»\n"
     "Mieter (Auszug): «NAME:a», neue Anschrift ⟦«~CITY»⟧, Tel. «PHONEH10:a»\nMieter (Einzug): «NAME:b», "
     "Tel. «PHONEH10:b»\nZählerstände: Strom ⟦«~METER10»⟧: 48213 kWh, Wasser kalt 312,4 m³\n"
     "Schlüssel: 3× Haustür, 1× Briefkasten\nKaution zurück auf IBAN «IBAN»"),
    ("handoverprot", ["no"], "Overtakelsesprotokoll — leilighet H0302\nUtleier: «NAME:u», tlf. «PHONEH10:u»\n"
     "Leietaker: «NAME:l», f. «DOBH10»\nMålerstand strøm: ⟦«~METER10»⟧ 48 213 kWh\nNøkler: 3 stk, brikke nr. "
     "⟦«=NUM»⟧\nDepositumskonto: «IBAN»\nMerknad: flekk på parkett i stua, «FIRST:u» og «FIRST:l» er enige om "
     "at den var der fra før."),
    ("keyregister", ["de"], "Schlüsselbuch Objekt ⟦«~CITY»⟧, Lindenallee 7\nNr. | Schließung | ausgegeben an | Datum | "
     "Telefon\n⟦«=NUM»⟧ | HT/WE3 | «NAME:a» | ⟦«~DATE»⟧ | «PHONEH10:a»\n⟦«=NUM»⟧ | HT | «NAME:b» (Handwerker "
     "⟦«~BRAND»⟧) | ⟦«~DATE»⟧ | «PHONEH10:b»\n⟦«=NUM»⟧ | GE | «NAME:c» | ⟦«~DATE»⟧ | «PHONE4»\n"
     "Schlüsseltresor-Code für den Hausmeister: «PWH10»"),
    ("keyregister", ["no"], "Nøkkelliste sameiet\nLeil.;Navn;Tlf;Nøkkel;Brikke\nH0101;«NAME:a»;«PHONEH10:a»;2;"
     "⟦«=NUM»⟧\nH0102;«NAME:b»;«PHONEH10:b»;3;⟦«=NUM»⟧\nH0201;«NAME:c»;«PHONE4:c»;1;⟦«=NUM»⟧\n"
     "Styreleder «NAME:s» har hovednøkkel. Kode til nøkkelboks: «PWH10»"),
    ("utilitymove", ["sv"], "Flyttanmälan el — ⟦«~BRAND»⟧ Energi\nAnläggnings-id: ⟦«~METER10»⟧\n"
     "Ny kund: «NAME:a», personnummer «PNR»\nTelefon: «PHONEH10»\nE-post: «EMAIL:a»\nInflyttningsdatum: ⟦«~DATE»⟧\n"
     "Tidigare kund: «NAME:b»\nAutogiro från konto: «IBAN»"),
    ("utilitymove", ["es"], "Alta de suministro — ⟦«~BRAND»⟧ Luz\nCUPS: ⟦ES0021«~METER10»AB⟧\nTitular: «NAME:a»\n"
     "Fecha de nacimiento: «DOBH10»\nTeléfono: «PHONEH10»\nCorreo: «EMAIL:a»\nDomiciliación: «IBAN»\n"
     "Anterior titular: «NAME:b» (propietario, contacto «PHONE4»)"),
    # ---- travel ----
    ("hotelreg", ["de"], "Meldeschein für Beherbergungsstätten — ⟦«~HOTEL10»⟧\nFamilienname: «UPLAST:a»\n"
     "Vorname: «FIRST:a»\nGeburtsdatum: «DOBH10:a»\nStaatsangehörigkeit: deutsch\nMitreisende: «NAME:b» "
     "(geb. «DOBH10:b»), «FIRST:c» «LAST:a» (Kind, geb. «DOBKID10»)\nAnreise ⟦«~DATE»⟧  Abreise ⟦«~DATE»⟧\n"
     "Mobil: «PHONEH10»\nUnterschrift: «NAME:a»"),
    ("hotelreg", ["fr"], "FICHE INDIVIDUELLE DE POLICE — ⟦«~HOTEL10»⟧\nNom : «UPLAST:a»\nPrénom : «FIRST:a»\n"
     "Date de naissance : «DOBH10»\nLieu de naissance : ⟦«~CITY»⟧\nNationalité : norvégienne\n"
     "Enfants de moins de 15 ans : «FIRST:k», née le «DOBKID10»\nTéléphone : «PHONEH10»"),
    ("hotelreg", ["es"], "PARTE DE ENTRADA DE VIAJEROS — ⟦«~HOTEL10»⟧\nNº de documento: ⟦«~ICAO10»⟧ (el de ejemplo, "
     "el real lo tengo en papel)\n"
     "Primer apellido: «UPLAST:a»\nNombre: «UPFIRST:a»\nFecha de nacimiento: «DOBH10»\nTeléfono: «PHONEH10»\n"
     "Acompañante: «NAME:b»\nFecha de entrada: ⟦«~DATE»⟧\nFirma del viajero: «NAME:a»"),
    ("ferrybooking", ["no"], "Bestilling ⟦«~BOOKREF»⟧ — ⟦«~BRAND»⟧ Line, ⟦«~CITY»⟧–Hirtshals\nKjøretøy: ⟦EL 12345⟧, "
     "personbil < 6 m\nPassasjerer:\n1. «UPLAST:a» «UPFIRST:a», voksen, f. «DOBH10:a»\n2. «UPLAST:b» «UPFIRST:b», "
     "voksen, f. «DOBH10:b»\n3. «UPLAST:a» «UPFIRST:c», barn, f. «DOBKID10»\nKontakt: «PHONEH10», «EMAIL:a»\n"
     "Lugar ⟦«=NUM»⟧, frokost inkludert"),
    ("ferrybooking", ["sv"], "Bokningsbekräftelse ⟦«~BOOKREF»⟧ — överfart ⟦«~CITY»⟧–Visby\nResenärer: «NAME:a», "
     "«NAME:b»\n"
     "Födelsedatum (krävs för ombordlistan): «DOBH10:a», «DOBH10:b»\nMobil för trafikinfo: «PHONEH10»\n"
     "Fordon: husbil, ⟦«~BOOKREF»⟧\nBetalat med kort som slutar på ⟦«=LAST4»⟧"),
    ("mrzscan", ["no"], "OCR fra ID-kort (skannet i kassa)\nEtternavn: «UPLAST:p»\nFornavn: «UPFIRST:p»\n"
     "Fødselsdato: «DOBH10»\nPersonnummer: «FNR»\n⟦«~MRZ1»⟧\n⟦«~MRZ2»⟧\n«MRZN10:p»<<<<<<<<<<<<\n\n"
     "kan du lese ut navn og fødselsdato fra sonen nederst? testkortet fra ICAO (⟦«~ICAO10»⟧) funker i parseren"),
    ("mrzscan", ["de"], "Ausweisscan Check-in Automat #⟦«=NUM»⟧\nNAME: «UPLAST:p»\nVORNAMEN: «UPFIRST:p»\n"
     "GEBURTSTAG: «DOBH10»\n⟦«~MRZ1»⟧\n⟦«~MRZ2»⟧\n«MRZN10:p»<<<<<<<<<<<\nFehler: Prüfziffer Zeile 2 ungültig, "
     "bitte Gast «LAST:p» manuell erfassen (Zimmer ⟦«=NUM»⟧)"),
    ("mrzscan", ["fr"], "Lecture MRZ — agence ⟦«~BRAND»⟧\nNOM : «UPLAST:p»\nPRÉNOM : «UPFIRST:p»\n"
     "NÉ(E) LE : «DOBH10»\n⟦«~MRZ1»⟧\n⟦«~MRZ2»⟧\n«MRZN10:p»<<<<<<<<<<<<<\nconseiller : «NAME:c», «PHONEH10»"),
    # ---- returns and marketplaces ----
    ("rma", ["en"], "RMA ⟦«~TICKET»⟧\nCustomer: «NAME:a» <«EMAIL:a»>\nPhone: «PHONEH10»\nOrder: ⟦«~AMZORDER»⟧\n"
     "Item: ⟦«~BRAND»⟧ wool coat, size M, serial ⟦«~SERIAL10»⟧\nReason: wrong size\nRefund to: original card "
     "«CARD»\nCollected by courier from «NAME:n» (neighbour) on ⟦«~ISODATE»⟧\nApproved: «FIRST:s»"),
    ("rma", ["de"], "Retourenschein ⟦«~TICKET»⟧\nKundin: «NAME:a»\nTelefon: «PHONEH10»\nBestellnummer: ⟦«~ORDER»⟧\n"
     "Artikel: ⟦«~EAN»⟧ Wasserkocher\nGrund: defekt\nErstattung auf: «IBAN»\nBearbeitet von «NAME:b», "
     "Rückfragen an «EMAIL:b»"),
    ("sellerpayout", ["fr"], "Relevé de versement vendeur — ⟦«~BRAND»⟧ Marketplace\nVendeur : «NAME:a» (boutique "
     "⟦«~FONT10»⟧ Papeterie)\nSIREN : ⟦«~SIREN»⟧\nIBAN de versement : «IBAN»\nPériode : ⟦«~DATE»⟧ – ⟦«~DATE»⟧\n"
     "Commande;Acheteur;Montant\n⟦«~ORDER»⟧;«NAME:b»;⟦«~AMOUNT»⟧\n⟦«~ORDER»⟧;«NAME:c»;⟦«~AMOUNT»⟧\n"
     "Litige ouvert par «FIRST:c», joignable au «PHONEH10»"),
    ("sellerpayout", ["es"], "Liquidación al vendedor — ⟦«~DATE»⟧\nVendedor: «NAME:a», NIF ⟦«~DIGITS8»T⟧\n"
     "Cuenta: «IBAN»\nPedido;Comprador;Teléfono comprador;Importe\n⟦«~ORDER»⟧;«NAME:b»;«PHONEH10:b»;⟦«~AMOUNT»⟧\n"
     "⟦«~ORDER»⟧;«NAME:c»;«PHONEH10:c»;⟦«~AMOUNT»⟧\nAPI: MOLLIE_API_KEY=«MOLLIE10»"),
    # ---- genealogy ----
    ("censusrecord", ["no"], "Folketelling 1910 — transkripsjon, ⟦«~CITY»⟧ herred\nBosted: Nordre ⟦Bakken⟧\n"
     "Navn | Stilling | Født | Fødested\n«FIRST:h» «LAST:h» | husfar | 1861 | ⟦«~CITY»⟧\n«FIRST:w» «LAST:w» | "
     "hustru | 1864 | dito\n\nMin oldemor var datter av dem. Jeg er «NAME:a» (f. «DOBH10»), og «NAME:b» i "
     "slektslaget har DNA-treff mot oss. Ring meg på «PHONEH10» eller skriv til «EMAIL:a»."),
    ("censusrecord", ["en"], "1921 Census of England and Wales — household transcription\nSchedule ⟦«=NUM»⟧, "
     "⟦«~CITY»⟧\n"
     "Name | Relation | Age | Occupation\n«FIRST:h» «LAST:h» | Head | 44 | cordwainer\n«FIRST:w» «LAST:h» | Wife | "
     "41 | —\n"
     "\nTranscribed by «NAME:a» («EMAIL:a») for the one-name study run by «NAME:b». I'm their living "
     "great-grandchild, born «DOBH10»; please don't publish my details, use ⟦«~ISBN10»⟧ for the parish book "
     "citation."),
    ("genealogynotes", ["sv"], "Forskningsanteckningar — släkten «LAST:f» (husförhör)\n"
     "Källa: AID v⟦«=NUM»⟧.b⟦«=NUM»⟧.s⟦«=NUM»⟧\nLevande personer (publicera ej!):\n- «NAME:a», född «DOBH10:a», "
     "personnummer «PNR:a»\n- «NAME:b», född «DOBH10:b», tel «PHONEH10:b»\nKontakt i USA: «NAME@en:c», "
     "«EMAIL:c»\nObs: sockenboken stavar gårdsnamnet ⟦Ödegården⟧ på tre sätt."),
    ("genealogynotes", ["de"], "Ahnenforschung — Notizen Kirchenbuch ⟦St. Aegidien⟧\nTaufregister ⟦«=NUM»⟧/1874: "
     "«FIRST:t» "
     "«LAST:t»\n\nLebende Nachfahren (nicht veröffentlichen):\n«NAME:a», geb. «DOBH10:a», Tel. «PHONEH10:a»\n"
     "«NAME:b», geb. «DOBH10:b»\nDNA-Treffer bei ⟦«~BRAND»⟧: «LOWNAME:c» (42 cM)\nLiteratur: ⟦«~ISBN10»⟧"),
    # ---- universities ----
    ("thesisreg", ["no"], "Avtale om veiledning — ⟦«~DEGREE10»⟧\nKandidat: «NAME:a», studentnr. ⟦«=NUM»⟧\n"
     "Født: «DOBH10»\nE-post: «EMAIL:a»   Mobil: «PHONEH10»\nHovedveileder: professor «NAME:h»\n"
     "Medveileder: «NAME:m» (⟦«~HALL10»⟧)\nTittel (foreløpig): Overlevelse etter hjertestans — en ⟦«~METHOD10»⟧-"
     "analyse\nUnderskrifter: «NAME:a», «NAME:h»"),
    ("thesisreg", ["de"], "Anmeldung der Masterarbeit\nName: «LASTFIRST:a»\nMatrikelnummer: ⟦«=NUM»⟧\n"
     "Geburtsdatum: «DOBH10»\nErstgutachterin: Prof. Dr. «NAME:e»\nZweitgutachter: Dr. «NAME:z»\n"
     "Thema: Robuste Schätzer jenseits von ⟦«~METHOD10»⟧\nTelefon: «PHONEH10»\nAusgabe: ⟦«~DATE»⟧"),
    ("thesisreg", ["en"], "Supervision log — ⟦«~DEGREE10»⟧\nStudent: «NAME:a» (ID ⟦«=NUM»⟧)\nSupervisor: Dr «NAME:s»\n"
     "⟦«~ISODATE»⟧ met in the ⟦«~HALL10»⟧; «FIRST:a» to redo the ⟦«~METHOD10»⟧ on the cleaned data.\n"
     "⟦«~ISODATE»⟧ «FIRST:a» ill, rescheduled by text to «PHONEH10».\n⟦«~ISODATE»⟧ external examiner suggested: "
     "Prof «NAME:x», «EMAIL:x»"),
    ("grantapp", ["en"], "Grant application ⟦«~GRANT10»⟧ — Part B2, research team\n| Role | Name | ORCID | Email | "
     "Phone |\n|---|---|---|---|---|\n| PI | «NAME:a» | ⟦0000-0002-«=LAST4»-«=LAST4»⟧ | «EMAIL:a» | «PHONEH10:a» |\n"
     "| Co-I | «NAME:b» | ⟦0000-0001-«=LAST4»-«=LAST4»⟧ | «EMAIL:b» | «PHONEH10:b» |\n| Postdoc | «NAME:c» | — | "
     "«EMAIL:c» | — |\nKey output: ⟦«~DOI10»⟧"),
    ("grantapp", ["fr"], "Dossier de candidature ⟦«~GRANT10»⟧\nCoordinatrice : «NAME:a», née le «DOBH10»\n"
     "Courriel : «EMAIL:a» — téléphone : «PHONEH10»\nPartenaires : «NAME:b» (laboratoire ⟦«~HALL10»⟧), «NAME:c»\n"
     "Gestionnaire : «NAME:g»\nRIB pour le versement : «IBAN»\nPublication clé : ⟦«~DOI10»⟧"),
    ("examboard", ["sv"], "Protokoll examinationsnämnden ⟦«~DATE»⟧\nNärvarande: «NAME:a» (ordf.), «NAME:b», «NAME:c»\n"
     "§ 4 Misstänkt fusk, tentamen ⟦«=WORD»⟧⟦«=NUM»⟧: student «NAME:s», personnummer «PNR», har enligt "
     "skrivningsvakt «NAME:v» haft mobilen framme.\nBeslut: ärendet överlämnas till disciplinnämnden.\n"
     "Justeras: «NAME:b»"),
    ("examboard", ["es"], "ACTA DEL TRIBUNAL — ⟦«~DEGREE10»⟧\nPresidenta: Dra. «NAME:p»\nSecretario: Dr. «NAME:s»\n"
     "Vocal: «NAME:v»\nDoctorando: «NAME:d», nacido el «DOBH10»\nCalificación: sobresaliente cum laude\n"
     "Comunicar al interesado en «EMAIL:d» o «PHONEH10»"),
    # ---- newsrooms ----
    ("tipline", ["en"], "TIPS INBOX export ⟦«~ISODATE»⟧\nfrom: «EMAIL:a»\nname given: «NAME:a»\n"
     "phone: «PHONEH10:a»\ntip: council officer «NAME:b» signed off the ⟦«~HOTEL10»⟧ extension without a hearing; "
     "«FIRST:a» has the emails.\nassigned: «NAME:r»\nstatus: call back, do NOT name source\n"
     "desk note: the photo credit is ⟦«~FONT10»⟧ typeface in the mock-up, ignore"),
    ("tipline", ["de"], "Hinweisgeber-Postfach — Eingang ⟦«~DATE»⟧\nAbsender: «NAME:a», Tel. «PHONEH10»\n"
     "Hinweis: Der Bauamtsleiter «NAME:b» soll beim Neubau in ⟦«~CITY»⟧ Aufträge an seinen Schwager «NAME:c» "
     "vergeben haben.\nZuständig: «NAME:r» (Lokalredaktion)\nQuellenschutz beachten! Rückruf nur über Signal."),
    ("pressrelease", ["fr"], "COMMUNIQUÉ DE PRESSE\n⟦«~CITY»⟧, le ⟦«~DATE»⟧ — ⟦«~BRAND»⟧ rouvre son atelier après "
     "⟦«~STORM10»⟧.\n“Nous remercions les équipes”, déclare «NAME:a», directrice.\n\nContact presse :\n"
     "«NAME:b» — «PHONEH10:b» — «EMAIL:b»\nPhotos : «NAME:c»"),
    ("pressrelease", ["no"], "PRESSEMELDING ⟦«~DATE»⟧\n⟦«~BRAND»⟧ åpner nytt lager i ⟦«~CITY»⟧\n"
     "– Vi gleder oss, sier daglig leder «NAME:a».\n\nFor mer informasjon:\nKommunikasjonssjef «NAME:b», "
     "tlf. «PHONEH10:b», «EMAIL:b»\nFoto: «NAME:c»/⟦NTB⟧"),
    # ---- town halls ----
    ("buildpermit", ["no"], "Søknad om tillatelse til tiltak — sak ⟦«~PERMIT10»⟧\nTiltakshaver: «NAME:a», f.nr. «FNR»\n"
     "Adresse: ⟦«~CITY»⟧, gnr/bnr på kartet\nTelefon: «PHONEH10:a»\nAnsvarlig søker: «NAME:s», ⟦«~BRAND»⟧ Arkitekter, "
     "«EMAIL:s»\nNabovarsel sendt til: «NAME:n1», «NAME:n2»\nMerknad fra «NAME:n2»: utsikten mot fjorden forsvinner."),
    ("buildpermit", ["fr"], "Demande de permis de construire ⟦«~PERMIT10»⟧\nDemandeur : «UPLAST:a» «FIRST:a»\n"
     "Date et lieu de naissance : «DOBH10», ⟦«~CITY»⟧\nTéléphone : «PHONEH10»\nCourriel : «EMAIL:a»\n"
     "Architecte : «NAME:r»\nAvis de l'ABF : façade enduit, menuiseries teinte ⟦«~CULTIVAR10»⟧ (sic)"),
    ("buildpermit", ["de"], "Bauantrag — Az. ⟦«~PERMIT10»⟧\nBauherr: «NAME:a», geb. «DOBH10»\nTel.: «PHONEH10»\n"
     "Entwurfsverfasserin: Dipl.-Ing. «NAME:e»\nAngrenzer: «NAME:n» (Zustimmung liegt vor), «NAME:m» (widerspricht)\n"
     "Gebühren per Lastschrift von «IBAN»"),
    ("doglicense", ["de"], "Anmeldung zur Hundesteuer — Stadt ⟦«~CITY»⟧\nHalter: «NAME:a»\nGeburtsdatum: «DOBH10»\n"
     "Telefon: «PHONEH10»\nHund: Rüde, Name ⟦«~SERIES10»⟧ (ja, wirklich), Rasse Dackel, Chip ⟦«=NUM12»⟧\n"
     "Vorbesitzerin: «NAME:v»\nSEPA: «IBAN»"),
    ("doglicense", ["sv"], "Registrering hos Jordbruksverket\nÄgare: «NAME:a»\nPersonnummer: «PNR12»\nTelefon: "
     "«PHONEH10»\n"
     "Hund: ⟦«~SERIES10»⟧, tik, chip ⟦«=NUM12»⟧\nFöregående ägare: «NAME:b», «PHONE4»"),
    # ---- IT asset desks and helpdesks ----
    ("assetinv", ["en"], "Asset Tag,Serial,Model,Checked Out To,Username,Email,Location,Purchase Date\n"
     "⟦«~ASSET10»⟧,⟦«~SERIAL10»⟧,MacBook Pro 14,«NAME:a»,«LOGIN10:a»,«EMAIL:a»,⟦«~CITY»⟧,⟦«~ISODATE»⟧\n"
     "⟦«~ASSET10»⟧,⟦«~SERIAL10»⟧,ThinkPad T14,«NAME:b»,«LOGIN10:b»,«EMAIL:b»,⟦«~CITY»⟧,⟦«~ISODATE»⟧\n"
     "⟦«~ASSET10»⟧,⟦«~SERIAL10»⟧,iPhone 15,«NAME:c»,«LOGIN10:c»,«EMAIL:c»,remote,⟦«~ISODATE»⟧\n\n"
     "pulled with curl -H \"Authorization: Bearer «JWT»\" https://assets.«=WORD».com/api/v1/hardware"),
    ("assetinv", ["no"], "Utstyrsliste IT — ⟦«~CITY»⟧ skole\nTag;Serienr;Type;Utlånt til;Klasse;Foresatt;Tlf foresatt\n"
     "⟦«~ASSET10»⟧;⟦«~SERIAL10»⟧;Chromebook;«NAME:a»;7B;«NAME:m»;«PHONEH10:m»\n⟦«~ASSET10»⟧;⟦«~SERIAL10»⟧;"
     "Chromebook;«NAME:b»;7B;«NAME:f»;«PHONEH10:f»\nAnsvarlig: IT-kontakt «NAME:it»"),
    ("glpiticket", ["fr"], "$ curl -s -H 'App-Token: «GLPI10»' -H 'Session-Token: «TOKEN»' "
     "https://helpdesk.«=WORD».fr/apirest.php/Ticket/⟦«=NUM»⟧\n{\"name\": \"Imprimante 2e étage\", \"content\": "
     "\"Bonjour, c'est «NAME:a» (poste «PHONEH10:a»), l'imprimante ⟦«~SERIAL10»⟧ bourre encore. "
     "Mon collègue «NAME:b» a le même souci.\", \"users_id_recipient\": \"«LOGIN10:a»\", \"_users_id_assign\": "
     "\"«LOGIN10:t»\"}"),
    ("glpiticket", ["en"], "Ticket ⟦«~TICKET»⟧ — New starter laptop\nRequester: «NAME:m» (manager)\n"
     "New starter: «NAME:a», start date ⟦«~ISODATE»⟧, mobile «PHONEH10»\nAccount: «LOGIN10:a» / temp password "
     "«PWH10» (must change at first logon)\nAsset: ⟦«~ASSET10»⟧ serial ⟦«~SERIAL10»⟧\nAssigned to: «NAME:t»\n"
     "Placeholder in the template was ⟦«~PH10»⟧, I filled it in."),
    ("mdmdevices", ["de"], "Gerätename;Primärer Benutzer;UPN;Seriennummer;Telefonnummer;Letzte Synchronisierung\n"
     "⟦«=WORD»⟧-⟦«=NUM»⟧;«NAME:a»;«EMAIL:a»;⟦«~SERIAL10»⟧;«PHONEH10:a»;⟦«~ISOTS»⟧\n⟦«=WORD»⟧-⟦«=NUM»⟧;«NAME:b»;"
     "«EMAIL:b»;⟦«~SERIAL10»⟧;«PHONEH10:b»;⟦«~ISOTS»⟧\n\nIntune-Export: warum hat «FIRST:b» zwei Geräte?"),
    ("mdmdevices", ["en"], "$ curl -s -u «LOGIN10:adm»:«PWH10» https://«=WORD».jamfcloud.com/api/v1/auth/token\n"
     "{\"token\": \"«JWT»\"}\n$ curl -s -H 'Authorization: Bearer …' …/JSSResource/mobiledevices\n"
     "<mobile_device><name>«FIRST:a»'s iPhone</name><username>«LOGIN10:a»</username><phone_number>«PHONEH10:a»"
     "</phone_number><serial_number>⟦«~SERIAL10»⟧</serial_number></mobile_device>\n"
     "<mobile_device><name>Loaner 3</name><username>«LOGIN10:b»</username><real_name>«NAME:b»</real_name>"
     "</mobile_device>"),
    # ---- infrastructure as code and pipelines ----
    ("tfplan", None, "$ terraform plan -var-file=prod.tfvars\n\n  # module.db.aws_db_instance.main will be updated "
     "in-place\n"
     "  ~ resource \"aws_db_instance\" \"main\" {\n        id       = \"⟦«=WORD»⟧-prod\"\n"
     "      ~ password = (sensitive value)\n        username = \"«=USER»\"\n    }\n\n"
     "  # local_file.debug will be created\n  + resource \"local_file\" \"debug\" {\n"
     "      + content  = <<-EOT\n            DB_PASSWORD=«PWH10:d»\n            DB_HOST=«IP»\n"
     "            ONCALL=«NAME:a» «PHONEH10:a»\n        EOT\n      + id       = ⟦(known after apply)⟧\n    }\n\n"
     "Plan: 1 to add, 1 to change, 0 to destroy.\n\nwhy does the debug file show the password when the db one says "
     "sensitive? prod.tfvars has db_password = \"«PWH10:d»\""),
    ("tfplan", None, "# prod.auto.tfvars (committed by accident, I know)\nnetbox_token     = \"«NETBOX10:n»\"\n"
     "cloudflare_token = \"«TOKEN»\"\nadmin_cidr       = \"«IP»/32\"\nowner_email      = \"«EMAIL»\"\n\n"
     "$ terraform apply\nError: POST https://netbox.«=WORD».internal/api/ipam/prefixes/: 403 Forbidden\n"
     "  with provider[\"registry.terraform.io/e-breuninger/netbox\"],\n  the token is «NETBOX10:n» per the log line "
     "above"),
    ("ansiblevvv", None, "TASK [users : create local admin] ****\n<«IP:a»> ESTABLISH SSH CONNECTION FOR USER: «=USER»\n"
     "<«IP:a»> SSH: EXEC sshpass -d12 ssh -o User=«=USER» «IP:a» '/bin/sh -c '\"'\"'echo BECOME-SUCCESS-"
     "⟦«=WORD»⟧ ; /usr/bin/python3'\"'\"''\nchanged: [«IP:a»] => {\"changed\": true, \"comment\": \"«NAME:a»\", "
     "\"name\": \"«LOGIN10:a»\", \"password\": \"«PWH10»\", \"shell\": \"/bin/bash\"}\n\n"
     "no_log was missing on that task. group_vars has vault_become_pass: «PASSWORD» and the lookup "
     "⟦lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/db:password')⟧ for the db"),
    ("ansiblevvv", None, "$ ansible-inventory -i hosts.yml --list\n{\n  \"_meta\": {\"hostvars\": {\"print01\": "
     "{\"ansible_host\": \"«IP:p»\", \"ansible_user\": \"«LOGIN10:a»\", \"ansible_password\": \"«PWH10»\", "
     "\"snmp_community\": \"«PASSWORD»\", \"owner\": \"«NAME:a» «PHONEH10»\"}}}\n}\nthe printer in «FIRST:b»'s "
     "office keeps dropping off, inventory above"),
    ("helmvalues", None, "$ helm get values zammad -n helpdesk --all\nCOMPUTED VALUES:\nzammadConfig:\n  postgresql:\n"
     "    pass: «PWH10»\n    host: «IP»\n  elasticsearch:\n    user: elastic\n    pass: «PASSWORD»\n  "
     "initialAdmin:\n    firstname: «FIRST:a»\n    lastname: «LAST:a»\n    email: «EMAIL:a»\n    password: «PWH10»\n"
     "secrets:\n  autoWizard:\n    useExisting: false\nsmtp:\n  password: ⟦«~PH10»⟧\n\nwhy is the admin user not "
     "created on first boot?"),
    ("helmvalues", None, "$ kubectl -n hr get secret personio-sync -o jsonpath='{.data}' | jq 'map_values(@base64d)'\n"
     "{\n  \"PERSONIO_CLIENT_ID\": \"⟦«~UUID»⟧\",\n  \"PERSONIO_CLIENT_SECRET\": \"«PERSONIO10»\",\n"
     "  \"BAMBOO_API_KEY\": \"«BAMBOO10»\",\n  \"NOTIFY_PHONE\": \"«PHONEH10»\"\n}\n"
     "$ helm upgrade personio-sync ./chart --set owner=«LOGIN10:a» --set secret.figma=«FIGMA10»"),
    ("tekton", None, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: git-basic-auth\n  annotations:\n"
     "    tekton.dev/git-0: https://gitea.«=WORD».internal\ntype: kubernetes.io/basic-auth\nstringData:\n"
     "  username: «LOGIN10:a»\n  password: «PWH10»\n---\napiVersion: tekton.dev/v1\nkind: PipelineRun\nspec:\n"
     "  params:\n    - name: git-token\n      value: «GITHUB»\n    - name: notify\n      value: «EMAIL:a»\n"
     "  # step uses ⟦$(params.git-token)⟧ — why is it empty in the log?"),
    ("woodpecker", None, "# .woodpecker.yml\nsteps:\n  publish:\n    image: woodpeckerci/plugin-docker-buildx\n"
     "    settings:\n      repo: registry.«=WORD».io/app\n      username: «LOGIN10:a»\n      password:\n"
     "        ⟦from_secret: docker_password⟧\n  notify:\n    image: appleboy/drone-telegram\n    settings:\n"
     "      token: «TELEGRAM»\n      to: «=NUM»\n\n$ woodpecker-cli secret add --repository app --name "
     "docker_password --value '«PWH10»'\nthe lead is «NAME:a», ask «FIRST:a» for the registry password if this one "
     "is stale"),
    ("jcasc", None, "jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: \"«LOGIN10:a»\"\n"
     "          name: \"«NAME:a»\"\n          password: \"«PWH10»\"\n        - id: \"«LOGIN10:b»\"\n"
     "          name: \"«NAME:b»\"\n          password: \"⟦${credentials:gitlab-token}⟧\"\ncredentials:\n  system:\n"
     "    domainCredentials:\n      - credentials:\n          - string:\n              id: brevo\n"
     "              secret: \"«BREVO10»\"\n          - usernamePassword:\n              id: nexus\n"
     "              username: deploy\n              password: \"«PASSWORD»\"\n"
     "unclassified:\n  location:\n    adminAddress: «EMAIL:a»"),
    ("tfplan", None, "$ terraform output -json\n{\n  \"db_url\": {\"sensitive\": false, \"type\": \"string\", "
     "\"value\": \"postgresql://app:«URLPASS»@«IP:d»:5432/assets\"},\n  \"bastion_ip\": {\"sensitive\": false, "
     "\"value\": \"«IP:b»\"},\n  \"netbox_api\": {\"sensitive\": true, \"value\": \"«NETBOX10»\"}\n}\n"
     "$ ssh «LOGIN10:a»@«IP:b»\n«LOGIN10:a»@«IP:b»'s password:\n\nwhy does -json print the sensitive one in clear? "
     "the plan only says (sensitive value)"),
    ("ansiblevvv", None, "$ ansible all -i «IP:a»,«IP:b», -m ping -e ansible_password='«PWH10»' -u «=USER»\n"
     "«IP:a» | SUCCESS => {\"ping\": \"pong\"}\n«IP:b» | UNREACHABLE! => {\"msg\": \"Failed to connect to the host "
     "via ssh\"}\n$ ansible «IP:a» -m debug -a var=app_env\n«IP:a» | SUCCESS => {\n    \"app_env\": {\n"
     "        \"DATABASE_URL\": \"mysql://glpi:«URLPASS»@«IP:c»/glpi\",\n        \"SMTP_PASSWORD\": \"«PASSWORD»\",\n"
     "        \"API_TOKEN\": \"«HEXTOKEN»\"\n    }\n}"),
    ("helmvalues", None, "helm upgrade --install snipeit ./snipeit -n it \\\n  --set app.key=base64:«B64KEY» \\\n"
     "  --set mysql.auth.password='«PWH10»' \\\n  --set mail.url=smtp://«LOGIN10:a»:«URLPASS»@smtp.«=WORD».com:587 \\\n"
     "  --set ingress.whitelist=«IP:a»/32\\,«IP:b»/32\n\nError: UPGRADE FAILED: cannot patch \"snipeit\" with kind "
     "Deployment"),
    ("tekton", None, "$ tkn pipelinerun logs build-⟦«=NUM»⟧ -f\n[clone : clone] + git clone "
     "https://oauth2:«URLTOKEN»@gitlab.«=WORD».com/it/inventory.git\n[clone : clone] Cloning into 'inventory'...\n"
     "[push : push] + curl -H \"Authorization: Bearer «TOKEN»\" https://registry.«=WORD».com/v2/\n"
     "[push : push] {\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}\n[notify : notify] + curl -X POST "
     "https://hooks.slack.com/services/«SLACKHOOK»\n\nthe token shows in the logs even though it comes from a "
     "secret, how do I mask it?"),
    ("woodpecker", None, "# docker-compose.yml (woodpecker server + agent)\n  woodpecker-server:\n    environment:\n"
     "      - WOODPECKER_HOST=https://ci.«=WORD».no\n      - WOODPECKER_GITEA_SECRET=«PWH10»\n"
     "      - WOODPECKER_AGENT_SECRET=«HEXTOKEN:s»\n      - "
     "WOODPECKER_DATABASE_DATASOURCE=postgres://woodpecker:«URLPASS»"
     "@«IP»:5432/woodpecker?sslmode=disable\n      - WOODPECKER_ADMIN=«LOGIN10:a»\n  woodpecker-agent:\n"
     "    environment:\n      - WOODPECKER_AGENT_SECRET=«HEXTOKEN:s»"),
    ("jcasc", None, "securityRealm:\n  ldap:\n    configurations:\n      - server: \"ldaps://«IP»:636\"\n"
     "        managerDN: \"cn=jenkins,ou=svc,dc=«=WORD»,dc=com\"\n        managerPasswordSecret: \"«PWH10»\"\n\n"
     "$ java -jar jenkins-cli.jar -s https://ci.«=WORD».com -auth «LOGIN10:a»:«HEXTOKEN» who-am-i\n"
     "Authenticated as: «LOGIN10:a»\nAuthorities:\n  authenticated"),
    ("glpiticket", None, "<?php\nclass DB extends DBmysql {\n   public $dbhost = '«IP»';\n   public $dbuser = 'glpi';\n"
     "   public $dbpassword = '«PWH10»';\n   public $dbdefault = 'glpi';\n}\n// config/config_db.php after the "
     "upgrade\n// api client: app_token «GLPI10», user_token for «LOGIN10:a» in the vault as ⟦«~PH10»⟧"),
    ("mdmdevices", None, "$ curl -s -X POST https://login.microsoftonline.com/⟦«~UUID»⟧/oauth2/v2.0/token "
     "-d client_id=⟦«~UUID»⟧ -d client_secret='«PWH10»' -d scope=https://graph.microsoft.com/.default "
     "-d grant_type=client_credentials\n{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"«JWT:t»\"}\n"
     "$ curl -H \"Authorization: Bearer «JWT:t»\" https://graph.microsoft.com/v1.0/deviceManagement/managedDevices\n"
     "{\"deviceName\": \"⟦«~ASSET10»⟧\", \"userPrincipalName\": \"«EMAIL:a»\", \"userDisplayName\": \"«NAME:a»\", "
     "\"wiFiIpv4Address\": \"«IP»\", \"phoneNumber\": \"«PHONEH10»\", \"serialNumber\": \"⟦«~SERIAL10»⟧\"}"),
    ("whois", None, "# /etc/bind/keys/ddns.key\nkey \"ddns-«=WORD»\" {\n    algorithm hmac-sha256;\n"
     "    secret \"«B64KEY:k»\";\n};\n$ nsupdate -y hmac-sha256:ddns-«=WORD»:«B64KEY:k»\n> server «IP:a»\n"
     "> update add vpn.«=WORD».net 300 A «IP:b»\n> send\nupdate failed: NOTAUTH"),
    # ---- crash reports and mobile analytics ----
    ("ipsreport", None, "{\"app_name\":\"⟦«=WORD»⟧\",\"app_version\":\"⟦«~VERSION»⟧\",\"bug_type\":\"309\","
     "\"os_version\":\"iPhone OS 17.5 (21F79)\"}\n{\n  \"incident\" : \"⟦«~UUID»⟧\",\n  \"crashReporterKey\" : "
     "\"⟦«~SHA»⟧\",\n  \"exception\" : {\"type\":\"EXC_BAD_ACCESS\",\"subtype\":\"KERN_INVALID_ADDRESS at "
     "⟦«~ADDR10»⟧\"},\n  \"userInfo\" : {\"displayName\":\"«NAME:a»\",\"phone\":\"«PHONEH10»\",\"birthday\":"
     "\"«DOBH10»\",\"sessionToken\":\"«TOKEN»\"},\n  \"lastExceptionBacktrace\" : [{\"imageOffset\":⟦«=NUM»⟧,"
     "\"symbol\":\"-[ProfileViewController render:]\"}]\n}\nthe crash is in the profile screen, userInfo is ours"),
    ("analyticsevents", None, "SELECT event_name, user_id, user_properties FROM "
     "`⟦«=WORD»⟧.analytics_⟦«=NUM»⟧.events_*`\n"
     "event_name     | event_timestamp  | user_id         | user_properties\n"
     "sign_up        | ⟦«~EPOCHUS10»⟧ | «EMAIL:a» | {\"full_name\": \"«NAME:a»\", \"phone\": \"«PHONEH10:a»\"}\n"
     "purchase       | ⟦«~EPOCHUS10»⟧ | «EMAIL:b» | {\"full_name\": \"«NAME:b»\", \"dob\": \"«DOBH10»\"}\n"
     "app_exception  | ⟦«~EPOCHUS10»⟧ | «EMAIL:c» | {\"full_name\": \"«NAME:c»\"}\n\n"
     "someone set user_id to the email. how bad is this for GDPR?"),
    ("ipsreport", ["en"], "Crashlytics — Fatal Exception: retrofit2.HttpException HTTP 401\n"
     "Breadcrumbs:\n  ⟦«~ISOTS»⟧ GET https://api.«=WORD».app/v2/profile?api_key=«URLTOKEN»\n"
     "  ⟦«~ISOTS»⟧ header Authorization: Bearer «TOKEN»\n  ⟦«~ISOTS»⟧ user «EMAIL:a» («NAME:a») logged in from «IP»\n"
     "Keys:\n  last_phone_entered = «PHONEH10»\n  build_uuid = ⟦«~UUID»⟧\nthread main at ⟦«~ADDR10»⟧"),
    ("analyticsevents", None, "$ curl -u «MIXPANEL10»: https://api.segment.io/v1/identify -H 'Content-Type: "
     "application/json' -d '{\"userId\": \"⟦«~UUID»⟧\", \"traits\": {\"name\": \"«NAME:a»\", \"email\": "
     "\"«EMAIL:a»\", \"phone\": \"«PHONEH10»\", \"birthday\": \"«DOBISO»\"}, \"context\": {\"ip\": \"«IP»\"}}'\n"
     "{\"success\": true}\nshould we be sending the ip and birthday at all?"),
    ("analyticsevents", ["de"], "Firebase DebugView Export\nEvent: profil_gespeichert  ⟦«~ISOTS»⟧\n"
     "  vorname = «FIRST:a»\n  nachname = «LAST:a»\n  telefon = «PHONEH10»\n  geburtstag = «DOBH10»\n"
     "  ga_session_id = ⟦«~EPOCH»⟧\nEvent: login  ⟦«~ISOTS»⟧\n  methode = passwort\n  passwort_debug = «PWH10»\n"
     "Der Entwickler «NAME:d» hat das Debug-Logging drin gelassen."),
    ("mixpanelpeople", None, "$ curl -s https://mixpanel.com/api/query/engage -u «MIXPANEL10»: "
     "-d 'where=properties[\"plan\"]==\"pro\"'\n{\"results\": [\n {\"$distinct_id\": \"⟦«~UUID»⟧\", \"$properties\": "
     "{\"$name\": \"«NAME:a»\", \"$email\": \"«EMAIL:a»\", \"$phone\": \"«PHONEH10:a»\", \"$city\": \"⟦«~CITY»⟧\"}},\n"
     " {\"$distinct_id\": \"⟦«~UUID»⟧\", \"$properties\": {\"$name\": \"«NAME:b»\", \"$email\": \"«EMAIL:b»\", "
     "\"birthday\": \"«DOBH10»\"}}\n]}"),
    ("mixpanelpeople", ["es"], "export_usuarios.csv (Mixpanel)\n$name,$email,$phone,fecha_nacimiento,ultima_visita\n"
     "«NAME:a»,«EMAIL:a»,«PHONEH10:a»,«DOBH10:a»,⟦«~ISODATE»⟧\n«NAME:b»,«EMAIL:b»,«PHONEH10:b»,«DOBH10:b»,"
     "⟦«~ISODATE»⟧\n\n¿cómo anonimizo esto antes de pasárselo a «NAME:c» de marketing?"),
    # ---- chat, mail, calendar and contact exports ----
    ("elementexport", ["de"], "{\"room_name\": \"Elternbeirat ⟦«~CITY»⟧\", \"messages\": [\n"
     " {\"sender\": \"@«LOGIN10:a»:matrix.org\", \"body\": \"Kann jemand «GEN10:b» Handynummer schicken?\"},\n"
     " {\"sender\": \"@«LOGIN10:c»:matrix.org\", \"body\": \"«PHONEH10:b», sie heißt «NAME:b»\"},\n"
     " {\"sender\": \"@«LOGIN10:a»:matrix.org\", \"body\": \"danke! Spendenkonto ist übrigens «IBAN»\"}\n],\n"
     " \"export_token\": \"«SYT10»\"}"),
    ("elementexport", ["no"], "[⟦«~CHATTS»⟧] «NAME:a»: hei alle, dugnad lørdag 10–14\n[⟦«~CHATTS»⟧] «NAME:b»: "
     "jeg tar med ⟦«~CULTIVAR10»⟧-kake 🍎\n[⟦«~CHATTS»⟧] «NAME:c»: kan noen sende meg nummeret til «FIRST:d»?\n"
     "[⟦«~CHATTS»⟧] «NAME:a»: «PHONEH10», men navnet er «NAME:d» btw, ikke ⟦«~SERIES10»⟧ 😂\n"
     "(eksportert fra Element, access_token «SYT10»)"),
    ("mailquote", ["en"], "Hi «FIRST:b»,\n\nThanks, Thursday works. I've copied «NAME:c» who holds the keys.\n\n"
     "«NAME:a»\n«=WORD» Lettings | M «PHONEH10:a»\n\n> On ⟦«~GITDATE»⟧, «NAME:b» <«EMAIL:b»> wrote:\n"
     "> Could we view the flat after 5? My partner «NAME:p» will join.\n> \n> «FIRST:b»\n> Sent from my iPhone\n>\n"
     ">> On ⟦«~GITDATE»⟧, «NAME:a» <«EMAIL:a»> wrote:\n>> Viewings are on Thursday. ⟦«~SIGN10»⟧"),
    ("mailquote", ["sv"], "Hej «FIRST:b»!\n\nDet går bra, vi ses på ⟦«~HALL10»⟧ kl 10.\n\nVänliga "
     "hälsningar\n«NAME:a»\n"
     "Studievägledare | tfn «PHONEH10:a»\n\n> Den ⟦«~DATE»⟧ skrev «NAME:b» <«EMAIL:b»>:\n> Hej, kan jag boka tid? "
     "Mitt personnummer är «PNR», om ni behöver det.\n> /«FIRST:b»"),
    ("mailquote", ["fr"], "Bonjour «FIRST:b»,\n\nC'est noté pour mardi ; ma collègue «NAME:c» vous rappellera.\n\n"
     "Bien cordialement,\n«NAME:a»\nClerc de notaire — «PHONEH10:a»\n\n> Le ⟦«~DATE»⟧, «NAME:b» <«EMAIL:b»> a écrit :\n"
     "> Bonjour Maître, je vous joins l'acte. Ma mère, «NAME:m», née le «DOBH10», signera aussi.\n> «NAME:b»"),
    ("mailquote", ["es"], "Hola «FIRST:b»:\n\nPerfecto, te envío el contrato firmado. Copio a «NAME:c».\n\n"
     "Un saludo,\n«NAME:a»\nTel. «PHONEH10:a»\n\nEl ⟦«~DATE»⟧, «NAME:b» <«EMAIL:b»> escribió:\n"
     "> ¿Me confirmas la cuenta para la fianza? La mía es «IBAN».\n> Gracias, «FIRST:b»"),
    ("icsfile", ["en"], "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:⟦«~UUID»⟧\nDTSTART:⟦«~ICALTS»⟧\n"
     "SUMMARY:Thesis defence – «NAME:s»\nORGANIZER;CN=\"«ICSN10:o»\":mailto:«EMAIL:o»\n"
     "ATTENDEE;CN=«NAME:a»;ROLE=REQ-PARTICIPANT:mailto:«EMAIL:a»\nATTENDEE;CN=«NAME:b»;ROLE=OPT-PARTICIPANT:"
     "mailto:«EMAIL:b»\nLOCATION:⟦«~HALL10»⟧\nDESCRIPTION:Dial-in «PHONEH10»\\, PIN ⟦«=NUM»⟧\nEND:VEVENT\n"
     "END:VCALENDAR"),
    ("icsfile", ["no"], "BEGIN:VEVENT\nSUMMARY:Foreldresamtale «NAME:b»\nDTSTART;TZID=Europe/Oslo:⟦«~ICALTS»⟧\n"
     "ORGANIZER;CN=\"«ICSN10:t»\":mailto:«EMAIL:t»\nATTENDEE;CN=\"«ICSN10:m»\":mailto:«EMAIL:m»\n"
     "DESCRIPTION:Kontaktlærer «NAME:t» ringer «PHONEH10» hvis dere ikke kommer.\nEND:VEVENT"),
    ("icsfile", ["de"], "BEGIN:VEVENT\nSUMMARY:Notartermin Kaufvertrag\nDTSTART:⟦«~ICALTS»⟧\n"
     "ORGANIZER;CN=\"«ICSN10:n»\":mailto:«EMAIL:n»\nATTENDEE;CN=«NAME:a»:mailto:«EMAIL:a»\n"
     "ATTENDEE;CN=«NAME:b»:mailto:«EMAIL:b»\nLOCATION:⟦«~CITY»⟧\\, Marktplatz 3\nDESCRIPTION:Bitte "
     "Personalausweis mitbringen. Rückfragen: «PHONEH10»\nEND:VEVENT"),
    ("vcardbulk", ["sv"], "BEGIN:VCARD\nVERSION:4.0\nFN:«NAME:a»\nN:«LAST:a»;«FIRST:a»;;;\nTEL;TYPE=cell:«PHONEH10:a»\n"
     "BDAY:«DOBISO»\nRELATED;TYPE=spouse:«NAME:b»\nEMAIL:«EMAIL:a»\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\n"
     "FN:«NAME:b»\nN:«LAST:b»;«FIRST:b»;;;\nTEL;TYPE=cell:«PHONEH10:b»\nNOTE:kod till porten «PWH10»\nEND:VCARD"),
    ("vcardbulk", ["fr"], "BEGIN:VCARD\nVERSION:4.0\nFN:«NAME:a»\nN:«LAST:a»;«FIRST:a»;;;\nTEL;TYPE=\"voice,home\":"
     "«PHONEH10:a»\nRELATED;TYPE=child:«NAME:k»\nBDAY:«DOBISO»\nORG:⟦«~BRAND»⟧\nEND:VCARD\nBEGIN:VCARD\n"
     "VERSION:4.0\nFN:«NAME:c»\nTEL:«PHONEH10:c»\nEMAIL:«EMAIL:c»\nEND:VCARD"),
    ("ldifmodify", ["en"], "dn: uid=«LOGIN10:a»,ou=people,dc=«=WORD»,dc=edu\nchangetype: modify\nreplace: "
     "telephoneNumber\n"
     "telephoneNumber: «PHONEH10:a»\n-\nreplace: userPassword\nuserPassword: «PWH10»\n-\nadd: displayName\n"
     "displayName: «NAME:a»\n\n$ ldapmodify -H ldaps://ldap.«=WORD».edu -D cn=admin -w '«PASSWORD»' -f change.ldif\n"
     "modifying entry \"uid=«LOGIN10:a»,ou=people,dc=«=WORD»,dc=edu\""),
    ("ldifmodify", ["de"], "dn: cn=«NAME:a»,ou=Mitarbeiter,dc=«=WORD»,dc=de\nchangetype: modify\nreplace: mobile\n"
     "mobile: «PHONEH10»\n-\nreplace: manager\nmanager: cn=«NAME:m»,ou=Mitarbeiter,dc=«=WORD»,dc=de\n-\n"
     "add: description\ndescription: Vertretung für «NAME:v» während Elternzeit"),
    # ---- health and safety reports, transport, libraries, insurance ----
    ("adversereport", ["en"], "SUSPECTED ADVERSE DRUG REACTION REPORT\nPatient initials: ⟦«=WORD»⟧   Age: 34   Sex: F\n"
     "Reporter: «NAME:r», community pharmacist, «PHONEH10:r», «EMAIL:r»\nSuspect drug: Comirnaty, batch ⟦«=NUM»⟧\n"
     "Reaction: urticaria within 2 h\nPatient consented to follow-up: «NAME:p», DOB «DOBH10», tel «PHONEH10:p»\n"
     "GP: Dr «NAME:g»"),
    ("adversereport", ["de"], "Meldung einer vermuteten Nebenwirkung (UAW)\nPatient: «NAME:p», geb. «DOBH10»\n"
     "Arzneimittel: Amoxicillin 1000 mg, Ch.-B. ⟦«=NUM»⟧\nReaktion: Exanthem, Beginn ⟦«~DATE»⟧\n"
     "Meldende Ärztin: «NAME:m», Praxis ⟦«~CITY»⟧, Tel. «PHONEH10»\nRückfragen bitte an «EMAIL:m»"),
    ("dispatchlog", ["no"], "AMK-logg ⟦«~ISODATE»⟧\n14:02 Innringer «NAME:i» («PHONEH10:i»): far falt på trappa, "
     "våken\n"
     "14:03 Pasient: «NAME:p», f. «DOBH10», adresse ⟦«~CITY»⟧ sentrum\n14:04 Ambulanse ⟦«=NUM»⟧ rykker ut, fører "
     "«FIRST:f»\n"
     "14:19 Fremme. Pårørende «NAME:k» tlf. «PHONE4»\n14:40 Levert legevakt, ⟦«~STORM10»⟧ — glatte veier"),
    ("dispatchlog", ["en"], "CAD INCIDENT ⟦«~TICKET»⟧ — MEDICAL\n22:14:05 CALLER «UPNAME:c» CB «PHONEH10:c»\n"
     "22:14:40 PT «UPNAME:p» DOB «DOBH10» UNCONSC BREATHING\n22:15:10 M12 ENRT — crew «LAST:e1»/«LAST:e2»\n"
     "22:21:33 ONSCENE. neighbour «NAME:n» has key\n22:40:02 TRANSPORT ⟦«~HOTEL10»⟧ side entrance blocked, use "
     "⟦«~CITY»⟧ "
     "General"),
    ("schoolbus", ["sv"], "Skolskjuts linje 7 — ht ⟦«=NUM»⟧\nHållplats;Elev;Klass;Vårdnadshavare;Telefon\n"
     "Kvarnbacken;«NAME:a»;3B;«NAME:m»;«PHONEH10:m»\nKyrkbyn;«NAME:b»;5A;«NAME:f»;«PHONEH10:f»\n"
     "Kyrkbyn;«NAME:c»;F;«NAME:g»;«PHONEH10:g»\nChaufför: «NAME:d», «PHONE4»\n⟦«~SIGN10»⟧"),
    ("schoolbus", ["en"], "Route 14 AM manifest\nStop | Student | Grade | Guardian | Phone | Notes\n"
     "Oak & 5th | «NAME:a» | 2 | «NAME:m» | «PHONEH10:m» | EpiPen in bag\n"
     "Mill Rd | «NAME:b» | K | «NAME:f» | «PHONEH10:f» | only release to «FIRST:f» or grandma «NAME:g»\n"
     "Driver «NAME:d»; sub «NAME:s»"),
    ("librarypatron", ["fr"], "Export lecteurs — médiathèque "
     "⟦«~CITY»⟧\nCarte;Nom;Prénom;Naissance;Téléphone;Courriel;Prêts\n"
     "⟦«=NUM12»⟧;«UPLAST:a»;«FIRST:a»;«DOBH10:a»;«PHONEH10:a»;«EMAIL:a»;⟦«~ISBN10»⟧\n⟦«=NUM12»⟧;«UPLAST:b»;"
     "«FIRST:b»;«DOBKID10»;«PHONEH10:b»;«EMAIL:b»;—\nRemarque : «FIRST:b» est inscrite sous la carte de sa mère."),
    ("librarypatron", ["no"], "Lånerregister — ⟦«~CITY»⟧ bibliotek\nLånenr;Navn;Født;Mobil;Purring\n"
     "⟦«=NUM»⟧;«NAME:a»;«DOBH10:a»;«PHONEH10:a»;2. purring ⟦«~ISBN10»⟧\n⟦«=NUM»⟧;«NAME:b»;«DOBKID10»;"
     "«PHONEH10:b»;—\nBibliotekar: «NAME:l»"),
    ("beneficiary", ["en"], "BENEFICIARY DESIGNATION — Policy ⟦«=NUM12»⟧\nInsured: «NAME:i», SSN «SSN», DOB "
     "«DOBH10:i»\n"
     "Primary: «NAME:a» (spouse) 100%, phone «PHONEH10:a»\nContingent: «NAME:b» (son), DOB «DOBKID10»; "
     "«NAME:c» (daughter)\nPayout by ACH: routing «ABA», account ⟦«=NUM12»⟧\nWitness: «NAME:w»"),
    ("beneficiary", ["fr"], "Clause bénéficiaire — contrat d'assurance vie ⟦«=NUM»⟧\nAssuré : «UPLAST:a» «FIRST:a», "
     "né le «DOBH10:a»\nBénéficiaires : mon conjoint «NAME:b», né le «DOBH10:b», à défaut mes enfants «FIRST:c» "
     "et «FIRST:d», par parts égales.\nTéléphone : «PHONEH10»\nRIB : «IBAN»"),
    ("whois", ["en"], "Domain Name: ⟦«=WORD»⟧-family.org\nRegistry Domain ID: ⟦«~HEXID»⟧\n"
     "Registrant Name: «NAME:a»\nRegistrant Street: 12 ⟦«~CITY»⟧ Lane\nRegistrant Organization: ⟦«~BRAND»⟧\n"
     "Registrant Phone Ext:\nRegistrant Email: «EMAIL:a»\nAdmin Name: «NAME:b»\nAdmin Phone: «PHONEH10:b»\n"
     "Tech Email: «EMAIL:t»\n\nprivacy protection lapsed, everything is public. registrar API key «HEXTOKEN»"),
    # ---- API clients of banks, HR systems and mailing services ----
    ("plaidkyc", ["en"], "# .env (kyc-service)\nPLAID_CLIENT_ID=⟦«~HEXID»⟧\nPLAID_SECRET=«PLAIDSEC10»\n"
     "PLAID_ACCESS_TOKEN=«PLAID10»\nONFIDO_REGION=EU\n\n$ curl -H 'Authorization: Token token=«ONFIDO10»' "
     "https://api.eu.onfido.com/v3.6/applicants -d first_name=«FIRST:a» -d last_name=«LAST:a» -d dob=«DOBISO»\n"
     "{\"id\": \"⟦«~UUID»⟧\", \"first_name\": \"«FIRST:a»\", \"last_name\": \"«LAST:a»\", \"email\": \"«EMAIL:a»\", "
     "\"id_numbers\": [{\"type\": \"ssn\", \"value\": \"«SSNDASH»\"}]}"),
    ("plaidkyc", ["de"], "LAUNCHDARKLY_SDK_KEY=«LD10»\nONFIDO_API_TOKEN=«ONFIDO10»\n\n"
     "[kyc] ⟦«~LOGTS»⟧ INFO check complete applicant=«NAME:a» dob=«DOBH10» result=consider\n"
     "[kyc] ⟦«~LOGTS»⟧ WARN document mismatch: MRZ name «MRZN10:a» vs form «LAST:a»\n"
     "[kyc] ⟦«~LOGTS»⟧ INFO payout iban=«IBAN»"),
    ("plaidkyc", None, "[webhook] ⟦«~LOGTS»⟧ POST /plaid/webhook from «IP:a»\n[webhook] Plaid-Verification: «JWT»\n"
     "[webhook] body={\"webhook_type\":\"IDENTITY_VERIFICATION\",\"identity_verification_id\":\"idv_⟦«=NUM»⟧\","
     "\"user\":{\"name\":{\"given_name\":\"«FIRST:a»\",\"family_name\":\"«LAST:a»\"},"
     "\"phone_number\":\"«PHONEH10»\"}}\n"
     "[db] ⟦«~LOGTS»⟧ connect postgres://kyc:«URLPASS»@«IP:b»:5432/kyc\n[webhook] token=«PLAID10» refreshed"),
    ("hrisapi", ["en"], "$ curl -s -u «BAMBOO10»:x "
     "https://api.bamboohr.com/api/gateway.php/«=WORD»/v1/employees/directory\n"
     "{\"employees\": [\n {\"displayName\": \"«NAME:a»\", \"jobTitle\": \"Payroll lead\", \"mobilePhone\": "
     "\"«PHONEH10:a»\", \"workEmail\": \"«EMAIL:a»\", \"supervisor\": \"«NAME:s»\"},\n {\"displayName\": \"«NAME:b»\", "
     "\"mobilePhone\": \"«PHONEH10:b»\", \"workEmail\": \"«EMAIL:b»\", \"supervisor\": \"«NAME:a»\"}\n]}"),
    ("hrisapi", ["de"], "$ curl -X POST https://api.personio.de/v1/auth -d client_id=⟦«~UUID»⟧ -d "
     "client_secret=«PERSONIO10»\n{\"success\":true,\"data\":{\"token\":\"«JWT»\"}}\n$ curl -H 'Authorization: "
     "Bearer …' "
     "https://api.personio.de/v1/company/employees/⟦«=NUM»⟧\n{\"first_name\":{\"value\":\"«FIRST:a»\"},\"last_name\":"
     "{\"value\":\"«LAST:a»\"},\"dynamic_12345\":{\"label\":\"Geburtstag\",\"value\":\"«DOBH10»\"},"
     "\"dynamic_12346\":{\"label\":\"Steuer-ID\",\"value\":\"«STEUER»\"},\"supervisor\":{\"value\":\"«NAME:s»\"}}"),
    ("brevocontacts", ["fr"], "$ curl -s https://api.brevo.com/v3/contacts?limit=2 -H 'api-key: «BREVO10»'\n"
     "{\"contacts\": [\n {\"email\": \"«EMAIL:a»\", \"attributes\": {\"PRENOM\": \"«FIRST:a»\", \"NOM\": \"«LAST:a»\", "
     "\"SMS\": \"«PHONEH10:a»\", \"DATE_NAISSANCE\": \"«DOBH10»\"}},\n {\"email\": \"«EMAIL:b»\", \"attributes\": "
     "{\"PRENOM\": \"«FIRST:b»\", \"NOM\": \"«LAST:b»\"}}\n]}\nle modèle dit “Bonjour ⟦{{CONTACT.PRENOM}}⟧” mais "
     "«FIRST:b» a reçu le prénom vide"),
    ("asanatask", ["en"], "ASANA_PAT — Bearer «ASANA10:p»\n$ curl -H 'Authorization: Bearer «ASANA10:p»' "
     "https://app.asana.com/api/1.0/tasks/⟦«=NUM»⟧\n{\"data\": {\"name\": \"Call back «NAME:a» re: invoice\", "
     "\"notes\": \"«FIRST:a» says ring «PHONEH10» after 3, or mail «EMAIL:a»\", \"assignee\": {\"name\": "
     "\"«NAME:b»\"}, \"followers\": [{\"name\": \"«NAME:c»\"}]}}"),
]

HELDOUT10_PROSE = {
    "en": [
        "⟦Quick⟧ favour — can you add «NAME:a» to the nursery pick-up list? «FIRST:a»'s number is «PHONEH10:a» and "
        "she's "
        "collecting on Fridays while I'm at the ⟦«~HOTEL10»⟧ thing.",
        "bake sale friday!! «NAME:a» is doing flapjacks, «FIRST:b»'s mum the ⟦«~CULTIVAR10»⟧ crumble. cash to sort "
        "code «=SORTCODE», ref «LAST:a», or just hand it to «FIRST:a» at pick-up",
        "my sister-in-law «NAME:a» (born «DOBH10:a») is moving in with us, does the council need her NI number? "
        "it's «NINOSP».",
        "⟦Thursday⟧: «NAME:a», «NAME:b» and «LAST:c» from payroll, plus me. Bring the ⟦«~METHOD10»⟧ slides; if you're "
        "late text «PHONEH10».",
        "the bank chatbot asked for my DOB so I typed «DOBH10» and then my whole SSN «SSNDASH» and the routing no. "
        "«ABA» by mistake 🤦 is that bad?? the agent was called «FIRST:g»",
        "⟦Hi⟧ Mrs «LAST:t», «FIRST:k» won't be in tomorrow, she has a temperature. Her dad, «NAME:f», will ring the "
        "office from «PHONEH10:f». ⟦«~SIGN10»⟧",
        "for the budget page: PI «NAME:a», co-I «NAME:b», admin contact «EMAIL:c»; and yes the ⟦«~GRANT10»⟧ number "
        "goes in every footer.",
        "pasted straight from the tfvars lol: netbox token «NETBOX10», db pw «PWH10». rotate pls before «FIRST» "
        "notices",
        "⟦Watching⟧ ⟦«~SERIES10»⟧ reruns with «LOWNAME» tonight, so if the ferry people call about ⟦«~BOOKREF»⟧ my "
        "mobile is «PHONEH10».",
        "⟦Send⟧ the deposit back to «IBAN» — that's «NAME»'s account, not the sample one from the docs "
        "(⟦«~SAMPLE10»⟧).",
    ],
    "no": [
        "⟦Hei⟧! Kan du sette opp «NAME:a» på hentelista i barnehagen? Nummeret til «FIRST:a» er «PHONEH10:a», hun "
        "henter på fredager mens jeg er på ⟦«~HOTEL10»⟧.",
        "⟦Til⟧ juleverkstedet på skolen: «NAME:a» tar med pepperkakedeig, «GEN10:b» mamma har limpistolen. Vipps 50 kr "
        "til «PHONEH10» for materialer, merk med «LAST:a».",
        "svigerinna mi, «NAME:a», født «DOBH10:a», flytter inn hos oss – trenger kommunen fødselsnummeret hennes? "
        "det er «FNR».",
        "møte torsdag: «NAME:a», «NAME:b» og «LAST:c» fra lønn, pluss meg. blir noen forsinka, send sms til "
        "«PHONEH10»",
        "«GEN10:b» pappa ringte fra «PHONEH10:b» og sa at «FIRST:b» er syk i dag. ⟦«~SIGN10»⟧",
        "banken spurte om fødselsdato i chatten og jeg skrev «DOBH10» og hele kontonummeret «IBAN» 🙈 er det farlig? "
        "han het «FIRST:g» tror jeg",
        "koden til nøkkelboksen er «PWH10», ikke gi den til andre enn «NAME».",
        "ser ⟦«~SERIES10»⟧ med «LOWNAME» i kveld, så hvis ferjeselskapet ringer om bestilling ⟦«~BOOKREF»⟧ er "
        "mobilen min «PHONEH10».",
        "tusen takk til «NAME:a» og «NAME:b» for innsatsen under ⟦«~STORM10»⟧! ring meg på «PHONEH10» om dere "
        "trenger noe.",
        "sorry for engelsk, men the login for the asset system is «LOGIN10:a» / «PWH10», det er kontoen til "
        "«NAME:a». API-nøkkelen ligger ved siden av: «TOKEN»",
    ],
    "sv": [
        "⟦Hej⟧! Kan ni lägga till «NAME:a» på hämtlistan på förskolan? «GEN10:a» nummer är «PHONEH10:a», hon hämtar "
        "på fredagar.",
        "⟦Till⟧ kräftskivan på lördag: «NAME:a» fixar snapsvisorna, «GEN10:b» sambo tar med ⟦«~CULTIVAR10»⟧-äpplen "
        "till pajen. Swisha 150 kr till «PHONEH10».",
        "min svägerska «NAME:a», född «DOBH10:a», flyttar in hos oss – behöver kommunen hennes personnummer? det är "
        "«PNR».",
        "möte på torsdag: «NAME:a», «NAME:b» och «LAST:c» från lön, plus jag. sms:a «PHONEH10» om ni blir sena",
        "banken frågade om födelsedatum i chatten och jag skrev «DOBH10» och hela personnumret «PNR12» av misstag 🙈 "
        "handläggaren hette «FIRST:g»",
        "koden till nyckelskåpet är «PWH10», ge den inte till någon utom «NAME».",
        "vi kollar på ⟦«~SERIES10»⟧ med «LOWNAME» ikväll, så om rederiet ringer om bokning ⟦«~BOOKREF»⟧ är mitt "
        "nummer «PHONEH10».",
        "⟦Stort⟧ tack till «NAME:a» och «NAME:b» för hjälpen i ⟦«~HALL10»⟧ igår! ⟦«~SIGN10»⟧",
        "btw inloggningen till portalen är «LOGIN10:a» och lösenordet «PWH10», it's «GEN10:a» account so don't lock "
        "it. token för API:t: «TOKEN»",
        "⟦Skicka⟧ tillbaka depositionen till «IBAN», det är kontot som tillhör «NAME» — inte exempel-IBAN:et "
        "⟦«~SAMPLE10»⟧.",
    ],
    "de": [
        "⟦Hallo⟧! Könnt ihr «NAME:a» auf die Abholliste der Kita setzen? «GEN10:a» Nummer ist «PHONEH10:a», sie holt "
        "freitags ab.",
        "⟦Fürs⟧ Sommerfest im Kleingartenverein: «NAME:a» bringt den Grill, «GEN10:b» Mann die ⟦«~CULTIVAR10»⟧-Birnen. "
        "⟦Umlage⟧ bitte an «IBAN», Verwendungszweck «LAST:a».",
        "⟦Meine⟧ Schwägerin «NAME:a», geb. «DOBH10:a», zieht bei uns ein – braucht das Bürgeramt ihre Steuer-ID? Die "
        "ist «STEUER».",
        "⟦Donnerstag⟧: «NAME:a», «NAME:b» und Frau «LAST:c» aus der Lohnbuchhaltung. Bei Verspätung bitte SMS an "
        "«PHONEH10».",
        "hab im Bankchat aus Versehen mein Geburtsdatum «DOBH10» und die ganze IBAN «IBAN» geschickt 🙈 der Berater "
        "hieß «FIRST:g»",
        "⟦Der⟧ Code für den Schlüsseltresor ist «PWH10», bitte nur an «NAME» weitergeben.",
        "⟦Wir⟧ schauen heute ⟦«~SERIES10»⟧ mit «LOWNAME»; falls die Reederei wegen Buchung ⟦«~BOOKREF»⟧ anruft: "
        "«PHONEH10».",
        "⟦Vielen⟧ Dank an «NAME:a» und «NAME:b» für die Hilfe im ⟦«~HALL10»⟧! ⟦«~SIGN10»⟧",
        "sorry fürs Denglisch: the login für das Asset-Tool ist «LOGIN10:a» / «PWH10», das ist «GEN10:a» Account. "
        "⟦Der⟧ API-Token steht im Wiki: «TOKEN»",
        "⟦Lieber⟧ «FIRST:a», anbei die Kontaktdaten von Herrn «LAST:b»: «PHONEH10», «EMAIL:b». Er kennt sich mit "
        "⟦«~METHOD10»⟧ aus.",
    ],
    "fr": [
        "⟦Bonjour⟧ ! Pouvez-vous ajouter «NAME:a» à la liste des personnes autorisées à la crèche ? Le numéro de "
        "«FIRST:a» est le «PHONEH10:a», elle vient le vendredi.",
        "pour la galette vendredi : «NAME:a» apporte la frangipane, «FIRST:b» s'occupe des couronnes ; si vous êtes "
        "perdus appelez «NAME:c» au «PHONEH10», le digicode c'est «PWH10»",
        "ma belle-sœur «NAME:a», née le «DOBH10:a», s'installe chez nous ; la mairie a besoin de quoi exactement ? "
        "son mail c'est «EMAIL:a»",
        "réunion jeudi : «NAME:a», «NAME:b» et Mme «LAST:c» de la paie. En cas de retard, SMS au «PHONEH10».",
        "j'ai envoyé par erreur ma date de naissance («DOBH10») et tout mon IBAN «IBAN» dans le chat de la banque 🙈 "
        "le conseiller s'appelait «FIRST:g»",
        "le code de la boîte à clés c'est «PWH10», ne le donne qu'à «NAME».",
        "on regarde ⟦«~SERIES10»⟧ avec «LOWNAME» ce soir ; si la compagnie de ferry appelle pour la réservation "
        "⟦«~BOOKREF»⟧ : «PHONEH10».",
        "⟦Merci⟧ à «NAME:a» et à «NAME:b» pour leur aide hier (⟦«~HALL10»⟧) ! ⟦«~SIGN10»⟧",
        "désolé pour le franglais, but the helpdesk login c'est «LOGIN10:a» et le mdp «PWH10», c'est le compte de "
        "«NAME:a». le token de l'API : «TOKEN»",
        "⟦Maître⟧ «LAST:n» confirme : «NAME:a» et son frère «FIRST:b» signent le ⟦«~DATE»⟧ ; joindre «FIRST:b» au "
        "«PHONEH10».",
    ],
    "es": [
        "¡Hola! ¿Podéis apuntar a «NAME:a» en la lista de recogida de la guarde? El móvil de «FIRST:a» es el "
        "«PHONEH10:a», viene los viernes.",
        "para la cena de Nochebuena en casa de la abuela: «NAME:a» trae los turrones y «FIRST:b» el cordero. Bizum "
        "de 20 € al «PHONEH10» para el regalo de «FIRST:c», que no se entere!!",
        "mi cuñada «NAME:a», nacida el «DOBH10:a», se viene a vivir con nosotros; ¿qué necesita el padrón? su correo "
        "es «EMAIL:a»",
        "reunión el jueves: «NAME:a», «NAME:b» y la señora «LAST:c» de nóminas. Si alguien llega tarde, whatsapp al "
        "«PHONEH10».",
        "le mandé sin querer al chat del banco mi fecha de nacimiento («DOBH10») y el IBAN entero «IBAN» 🙈 el agente "
        "se llamaba «FIRST:g»",
        "el código de la caja de llaves es «PWH10», no se lo des a nadie salvo a «NAME».",
        "esta noche vemos ⟦«~SERIES10»⟧ con «LOWNAME», así que si llama la naviera por la reserva ⟦«~BOOKREF»⟧: "
        "«PHONEH10».",
        "⟦Gracias⟧ a «NAME:a» y a «NAME:b» por la ayuda de ayer (⟦«~HALL10»⟧). ⟦«~SIGN10»⟧",
        "perdón por el spanglish, pero the helpdesk login es «LOGIN10:a» y la contraseña «PWH10», es la cuenta de "
        "«NAME:a». el token de la API es «TOKEN»",
        "⟦La⟧ notaria «NAME:n» confirma: firmamos con «NAME:a» el ⟦«~DATE»⟧; «FIRST:a» prefiere que la llamen al "
        "«PHONEH10».",
    ],
}

# the admins' and developers' templates (any language) count twice, so that the half's mix of secrets, addresses
# and people stays near heldout9's
HELDOUT10_STRUCTURED += [entry for entry in HELDOUT10_STRUCTURED if entry[1] is None]
