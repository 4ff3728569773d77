"""values.py — checksum-valid identifiers, secrets in their real shapes, names and decoys.

Every value is made here from a seeded random.Random, by the published definitions of each
format (Luhn, ISO 7064, mod 97, mod 11), without reading the scrubber's rules. Names are
short hand-written lists of common first and last names per language; decoys are words a
name finder must leave alone. Test data only: no value here belongs to anyone."""
import base64
import json
import string

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"

LANGS = ["en", "no", "sv", "de", "fr", "es"]

FIRST = {
    "en": ["James", "Mary", "Robert", "Patricia", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "Susan",
           "Jessica", "Daniel", "Emily", "Ashley", "Brandon", "Megan", "Tyler", "Kayla", "Connor", "Hannah",
           "Priya", "Wei", "Aaliyah", "Diego", "Tanisha", "Rajesh", "Olivia", "Ethan", "Chloe", "Noah",
           "Siobhan", "Gareth", "Fiona", "Callum", "Imogen", "Rhys", "Deborah", "Trevor", "Keisha", "Marcus"],
    "no": ["Ole", "Kari", "Ingrid", "Lars", "Sigrid", "Eirik", "Solveig", "Håkon", "Astrid", "Magnus", "Sondre",
           "Tuva", "Eline", "Jonas", "Ragnhild", "Torbjørn", "Marit", "Øystein", "Silje", "Kjetil", "Synnøve",
           "Vegard", "Ida", "Espen", "Hanne", "Trond", "Gunnhild", "Eivind", "Live", "Ståle", "Bjørg", "Arne"],
    "sv": ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Elin", "Oskar", "Ebba", "Linnea", "Gustav", "Maja",
           "Axel", "Wilma", "Björn", "Sofia", "Nils", "Ingela", "Mats", "Åsa", "Per", "Malin", "Henrik", "Frida",
           "Jörgen", "Agneta", "Ulf", "Kerstin", "Sven", "Birgitta", "Leif", "Annika"],
    "de": ["Lukas", "Anna", "Jonas", "Lena", "Maximilian", "Sophie", "Felix", "Marie", "Paul", "Laura", "Tobias",
           "Katharina", "Jürgen", "Sabine", "Uwe", "Birgit", "Stefan", "Andrea", "Matthias", "Claudia", "Dieter",
           "Ursula", "Florian", "Annika", "Jörg", "Heike", "Rainer", "Gudrun", "Wolfgang", "Anke", "Kai", "Mareike"],
    "fr": ["Camille", "Louis", "Chloé", "Hugo", "Léa", "Lucas", "Manon", "Théo", "Inès", "Nathan", "Juliette",
           "Mathis", "Sarah", "Antoine", "Élodie", "Guillaume", "Aurélie", "Sébastien", "Margaux", "Thibault",
           "Clément", "Océane", "Julien", "Amandine", "François", "Gaëlle", "Yannick", "Solène", "Benoît", "Maëlle"],
    "es": ["Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Pablo", "María", "Alejandro", "Paula", "Daniel",
           "Carmen", "Javier", "Elena", "Sergio", "Marta", "Álvaro", "Laura", "Adrián", "Nuria", "Iker", "Ainhoa",
           "Jorge", "Rocío", "Raúl", "Begoña", "Íñigo", "Montserrat", "Rubén", "Inmaculada", "Gonzalo"],
}
LAST = {
    "en": ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson",
           "Anderson", "Thompson", "Moore", "Jackson", "Lee", "Patel", "Nguyen", "Kim", "O'Brien", "Fitzgerald",
           "Whitaker", "Caldwell", "Okafor", "Kowalski", "Sullivan", "McAllister", "Hughes", "Pritchard",
           "Donnelly", "Ashworth", "Ramirez", "Chen", "Gallagher", "Henderson", "Bishop", "Holloway"],
    "no": ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
           "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
           "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lunde", "Solberg", "Bakke", "Strand", "Moen", "Sæther",
           "Fjeld", "Kvamme", "Aasen", "Hovland", "Bjørnstad", "Rønning", "Skogen", "Myhre"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
           "Gustafsson", "Pettersson", "Lindberg", "Lindqvist", "Bergström", "Lundgren", "Sjöberg", "Holmberg",
           "Engström", "Wallin", "Ekström", "Nyström", "Björklund", "Åkesson", "Forsberg", "Hedlund", "Sandberg"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
           "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
           "Simon", "Laurent", "Lefebvre", "Michel", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
           "Girard", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "Faure", "Rousseau", "Blanc", "Guérin"],
    "es": ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
           "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
           "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Iglesias", "Ortega", "Castillo"],
}

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "acme-corp.com", "fastmail.fm", "example-health.org"],
    "no": ["online.no", "gmail.com", "hotmail.no", "nav-konsult.no", "uio.no", "telenor.no"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "kth.se", "bredband.net", "foretaget.se"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "firma-gmbh.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "societe.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "empresa.es", "correo.es"],
}

ASCII_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ø": "o", "æ": "ae", "ü": "u", "é": "e", "è": "e",
                            "ë": "e", "ï": "i", "í": "i", "á": "a", "ó": "o", "ú": "u", "ñ": "n", "ç": "c",
                            "ß": "ss", "'": "", "â": "a", "ê": "e", "î": "i", "ô": "o", "û": "u"})


class Values:
    def __init__(self, rng, first=None, last=None):
        """`first`, `last`: name lists per language to draw from instead of FIRST and LAST."""
        self.r = rng
        self.first_names = first or FIRST
        self.last_names = last or LAST

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def chars(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def digits(self, n):
        return self.chars(string.digits, n)

    # ---- people ----
    def first(self, lang):
        return self.pick(self.first_names[lang])

    def last(self, lang):
        return self.pick(self.last_names[lang])

    def name(self, lang):
        return self.first(lang) + " " + self.last(lang)

    def email(self, lang, first=None, last=None):
        first = (first or self.first(lang)).lower().translate(ASCII_FOLD).replace(" ", "")
        last = (last or self.last(lang)).lower().translate(ASCII_FOLD).replace(" ", "")
        style = self.r.randrange(6)
        local = [first + "." + last, first[0] + last, first + "_" + last + str(self.r.randrange(10, 99)),
                 last + "." + first, first + "+billing", first + last[:3] + str(self.r.randrange(1970, 2005))][style]
        return local + "@" + self.pick(MAIL_DOMAINS[lang])

    # ---- phones in national styles ----
    def phone(self, lang):
        r, d = self.r, self.digits
        if lang == "no":
            mobile = self.pick("49") + d(7)
            land = self.pick(["22", "55", "73", "51", "38"]) + d(6)
            n = self.pick([mobile, land])
            return self.pick([n[:3] + " " + n[3:5] + " " + n[5:], n, "+47 " + n[:3] + " " + n[3:5] + " " + n[5:],
                              n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:], "+47" + n])
        if lang == "sv":
            m = "07" + self.pick("0236") + d(7)
            return self.pick([m[:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:], "+46 " + m[1:3] + " " + m[3:6] + " "
                              + m[6:8] + " " + m[8:], m, "08-" + d(3) + " " + d(3) + " " + d(2),
                              "031-" + d(2) + " " + d(2) + " " + d(2)])
        if lang == "de":
            m = "01" + self.pick(["51", "52", "60", "70", "76"]) + d(8)
            return self.pick([m[:4] + " " + m[4:], "+49 " + m[1:4] + " " + m[4:], "030 " + d(8),
                              "+49 (0)89 " + d(7), "0221/" + d(7), m[:4] + "-" + m[4:]])
        if lang == "fr":
            n = "0" + self.pick("1234567") + d(8)
            pairs = " ".join(n[i:i + 2] for i in range(0, 10, 2))
            return self.pick([pairs, "+33 " + n[1] + " " + " ".join(n[i:i + 2] for i in range(2, 10, 2)),
                              pairs.replace(" ", "."), n])
        if lang == "es":
            n = self.pick("67") + d(8)
            fijo = "9" + self.pick("13568") + d(7)
            return self.pick([n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:], "+34 " + n[:3] + " " + n[3:6] + " "
                              + n[6:], fijo[:3] + " " + fijo[3:6] + " " + fijo[6:], n])
        # en: US and UK
        area = str(r.randrange(201, 989))
        while area[1] == "1" or area in ("555", "911"):
            area = str(r.randrange(201, 989))
        ex = str(r.randrange(201, 999))
        line = d(4)
        return self.pick(["(" + area + ") " + ex + "-" + line, area + "-" + ex + "-" + line,
                          "+1 " + area + " " + ex + " " + line, "+1-" + area + "-" + ex + "-" + line,
                          "020 " + str(r.randrange(3000, 8999)) + " " + d(4), "07" + d(3) + " " + d(6),
                          "+44 7" + d(3) + " " + d(6), area + "." + ex + "." + line])

    # ---- network ----
    def ipv4(self):
        r = self.r
        first = self.pick([r.randrange(11, 99), r.randrange(100, 126), r.randrange(129, 191), r.randrange(193, 223),
                           10, 172, 192])
        if first == 172:
            return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
        if first == 192:
            return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))
        return "%d.%d.%d.%d" % (first, r.randrange(256), r.randrange(256), r.randrange(1, 255))

    def port(self):
        usual = [22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9200, 27017, 5672]
        return str(self.pick(usual + [self.r.randrange(1024, 65535)]))

    def ipv6(self):
        groups = [self.chars(HEX, self.r.randrange(1, 5)).lstrip("0") or "0" for _ in range(8)]
        if self.r.random() < 0.5:
            return "2001:db8:" + groups[2] + "::" + groups[7]
        return "2a02:" + ":".join(groups[1:])

    # ---- checksums ----
    @staticmethod
    def luhn_digit(body):
        total = 0
        for i, c in enumerate(reversed(body)):
            n = int(c)
            if i % 2 == 0:
                n *= 2
                if n > 9:
                    n -= 9
            total += n
        return str((10 - total % 10) % 10)

    def card(self):
        kind = self.r.randrange(5)
        if kind == 0:
            body, length = "4" + self.digits(14), 16
        elif kind == 1:
            body, length = "5" + self.pick("12345") + self.digits(13), 16
        elif kind == 2:
            body, length = "3" + self.pick("47") + self.digits(12), 15
        elif kind == 3:
            body, length = "6011" + self.digits(11), 16
        else:
            body, length = "2" + str(self.r.randrange(221, 720)) + self.digits(11), 16
        number = body + self.luhn_digit(body)
        assert len(number) == length
        style = self.r.randrange(3)
        if style == 0:
            return number
        sep = " " if style == 1 else "-"
        if length == 15:
            return number[:4] + sep + number[4:10] + sep + number[10:]
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))

    IBAN_BBAN = {"NO": "n11", "SE": "n20", "DE": "n18", "FR": "n23", "ES": "n20", "GB": "a4n14", "NL": "a4n10",
                 "CH": "n17", "DK": "n14", "FI": "n14", "IE": "a4n14", "IT": "a1n22", "AT": "n16"}
    LANG_IBAN = {"no": "NO", "sv": "SE", "de": "DE", "fr": "FR", "es": "ES", "en": "GB"}

    def iban(self, lang=None, country=None):
        country = country or (self.LANG_IBAN[lang] if lang and self.r.random() < 0.8
                              else self.pick(list(self.IBAN_BBAN)))
        spec, bban, i = self.IBAN_BBAN[country], "", 0
        while i < len(spec):
            kind, j = spec[i], i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1:j])
            bban += self.chars(string.ascii_uppercase, n) if kind == "a" else self.digits(n)
            i = j
        bban = self.national_check(country, bban)
        rearranged = bban + country + "00"
        numeric = "".join(str(int(c, 36)) for c in rearranged)
        check = 98 - int(numeric) % 97
        iban = country + "%02d" % check + bban
        if self.r.random() < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    @staticmethod
    def national_check(country, bban):
        """The BBAN's own check digits, where the country has them (as real account numbers do)."""
        if country == "NO":           # kontonummer: mod 11 over the first ten digits
            while True:
                remainder = sum(int(c) * w for c, w in zip(bban[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
                control = (11 - remainder) % 11
                if control != 10:
                    return bban[:10] + str(control)
                bban = str((int(bban[:10]) + 1) % 10 ** 10).zfill(10) + bban[10:]
        if country == "ES":           # two control digits: bank and branch, then account
            weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def digit(ten):
                d = 11 - sum(int(c) * w for c, w in zip(ten, weights)) % 11
                return {10: 1, 11: 0}.get(d, d)
            return bban[:8] + str(digit("00" + bban[:8])) + str(digit(bban[10:20])) + bban[10:]
        if country == "BE":           # the last two digits: the first ten mod 97 (97 for 0)
            check = int(bban[:10]) % 97 or 97
            return bban[:10] + "%02d" % check
        if country == "FR":           # clé RIB over bank, branch and account
            bank, branch, account = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
            return bban[:21] + "%02d" % (97 - (89 * bank + 15 * branch + 3 * account) % 97)
        return bban

    def birth_date(self, young=False):
        year = self.r.randrange(1950, 2004) if not young else self.r.randrange(2000, 2010)
        month = self.r.randrange(1, 13)
        day = self.r.randrange(1, 29)
        return year, month, day

    def fnr(self):
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        while True:
            year, month, day = self.birth_date()
            if year >= 2000:
                individual = self.r.randrange(500, 1000)
            else:
                individual = self.r.randrange(0, 500)
            base = "%02d%02d%02d%03d" % (day, month, year % 100, individual)
            k1 = 11 - sum(int(c) * w for c, w in zip(base, w1)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            base += str(k1)
            k2 = 11 - sum(int(c) * w for c, w in zip(base, w2)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return base + str(k2)

    def personnummer(self, form=None):
        year, month, day = self.birth_date()
        serial = self.digits(3)
        nine = "%02d%02d%02d%s" % (year % 100, month, day, serial)
        control = self.luhn_digit(nine)
        form = form if form is not None else self.r.randrange(4)
        if form == 0:
            return nine[:6] + "-" + nine[6:] + control
        if form == 1:
            return "%d%s-%s%s" % (year // 100, nine[:6], nine[6:], control)
        if form == 2:
            return "%d%s%s" % (year // 100, nine, control)
        return nine + control

    def steuer_id(self):
        while True:
            first = str(self.r.randrange(1, 10))
            others = [c for c in string.digits if c != first]
            self.r.shuffle(others)
            chosen = [first] + others[:8]
            twice = self.pick(chosen)
            rest = chosen[1:] + [twice]
            self.r.shuffle(rest)
            ten = first + "".join(rest)
            if len(set(ten)) != 9:
                continue
            product = 10
            for c in ten:
                total = (int(c) + product) % 10
                total = 10 if total == 0 else total
                product = (total * 2) % 11
            check = 11 - product
            check = 0 if check == 10 else check
            if check == 11:
                continue
            return ten + str(check)

    def sin(self, style=None):
        body = str(self.pick([1, 2, 3, 4, 5, 6, 7])) + self.digits(7)
        number = body + self.luhn_digit(body)
        style = style if style is not None else self.r.randrange(3)
        if style == 0:
            return number[:3] + " " + number[3:6] + " " + number[6:]
        if style == 1:
            return number[:3] + "-" + number[3:6] + "-" + number[6:]
        return number

    def ssn(self, style=None):
        area = self.r.randrange(1, 900)
        while area == 666 or area in (78, 219, 123):
            area = self.r.randrange(1, 900)
        number = "%03d%02d%04d" % (area, self.r.randrange(1, 100), self.r.randrange(1, 10000))
        style = style if style is not None else self.r.randrange(4)
        if style == 4:            # as some forms print it (dev2 only: randrange(4) never gives 4)
            return number[:3] + " " + number[3:5] + " " + number[5:]
        return number if style == 3 else number[:3] + "-" + number[3:5] + "-" + number[5:]

    def aba(self):
        while True:
            prefix = "%02d" % self.pick(list(range(1, 13)) + list(range(21, 33)))
            body = prefix + self.digits(6)
            d = [int(c) for c in body]
            for last in range(10):
                if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + last)) % 10 == 0:
                    return body + str(last)

    def nino(self, spaced=None):
        first_ok = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
        second_ok = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
        while True:
            prefix = self.pick(first_ok) + self.pick(second_ok)
            if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                break
        digits = self.digits(6)
        suffix = self.pick("ABCD")
        spaced = spaced if spaced is not None else self.r.random() < 0.4
        if spaced:
            return prefix + " " + digits[:2] + " " + digits[2:4] + " " + digits[4:] + " " + suffix
        return prefix + digits + suffix

    # ---- secrets in their real shapes ----
    def openai(self):
        kind = self.r.randrange(3)
        if kind == 0:
            return "sk-" + self.chars(ALNUM, 20) + "T3BlbkFJ" + self.chars(ALNUM, 20)
        if kind == 1:
            return "sk-proj-" + self.chars(B64URL, 74) + "T3BlbkFJ" + self.chars(B64URL, 74)
        return "sk-svcacct-" + self.chars(B64URL, 74) + "T3BlbkFJ" + self.chars(B64URL, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(B64URL, 93) + "AA"

    def github(self):
        kind = self.r.randrange(4)
        if kind == 3:
            return "github_pat_11" + self.chars(UPPER_DIGITS, 20) + "_" + self.chars(ALNUM, 59)
        return self.pick(["ghp_", "gho_", "ghs_"]) + self.chars(ALNUM, 36)

    def aws_id(self):
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self):
        while True:
            s = self.chars(B64, 40)
            if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
                return s

    def slack(self):
        return self.pick(["xoxb-", "xoxp-"]) + self.digits(12) + "-" + self.digits(13) + "-" + self.chars(ALNUM, 24)

    def slack_webhook_path(self):
        return "T" + self.chars(UPPER_DIGITS, 8) + "/B" + self.chars(UPPER_DIGITS, 10) + "/" + self.chars(ALNUM, 24)

    def stripe(self):
        return self.pick(["sk_live_", "rk_live_", "sk_live_"]) + self.chars(ALNUM, self.pick([24, 99]))

    def google(self):
        return "AIza" + self.chars(B64URL, 35)

    def jwt(self):
        def b64(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()
        header = {"alg": self.pick(["HS256", "RS256"]), "typ": "JWT"}
        payload = {"sub": self.digits(8), "name": self.name("en"), "iat": 1700000000 + self.r.randrange(10 ** 7)}
        return b64(header) + "." + b64(payload) + "." + self.chars(B64URL, 43 if header["alg"] == "HS256" else 342)

    def pem(self, kind=None, newline="\n"):
        kind = kind if kind is not None else self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                                                       "OPENSSH PRIVATE KEY"])
        lines = [self.chars(B64, 64) for _ in range(self.r.randrange(4, 9))] + [self.chars(B64, 28) + "=="]
        return "-----BEGIN " + kind + "-----" + newline + newline.join(lines) + newline + "-----END " + kind + "-----"

    def generic(self):
        kind = self.r.randrange(7)
        return [lambda: "glpat-" + self.chars(B64URL, 20), lambda: "hf_" + self.chars(string.ascii_letters, 34),
                lambda: "npm_" + self.chars(ALNUM, 36), lambda: "SG." + self.chars(B64URL, 22) + "." +
                self.chars(B64URL, 43), lambda: "dop_v1_" + self.chars(HEX, 64), lambda: "shpat_" + self.chars(HEX, 32),
                lambda: "pypi-AgEIcHlwaS5vcmc" + self.chars(B64URL, 60)][kind]()

    def password(self):
        """A password someone would put in an env file: URL-safe (it also goes in a URL)."""
        kind = self.r.randrange(4)
        if kind == 0:
            return self.chars(ALNUM, self.r.randrange(12, 25))
        if kind == 1:
            words = ["Winter", "Hamster", "Blue", "Falcon", "Rocket", "Tiger", "Snow", "River", "Pepper", "Orbit"]
            return self.pick(words) + self.pick(words) + str(self.r.randrange(10, 9999)) + self.pick("!_.-~")
        if kind == 2:
            return self.chars(ALNUM + "-_.~", self.r.randrange(16, 33))
        return self.chars(string.ascii_lowercase + string.digits, self.r.randrange(10, 20))

    def hex_token(self):
        return self.chars(HEX, self.pick([32, 40, 48, 64]))

    def opaque_token(self):
        while True:
            t = self.chars(ALNUM, self.r.randrange(28, 48))
            kinds = (str.isupper, str.islower, str.isdigit)
            if all(sum(kind(c) for c in t) >= 2 for kind in kinds):
                return t

    def docker_auth(self):
        user = self.first("en").lower()
        return base64.b64encode((user + ":" + self.password()).encode()).decode()

    def azure_key(self):
        return self.chars(B64, 86) + "=="

    # ---- more national styles (dev2): new methods only, so dev and heldout draw as before ----
    def north_american(self, country):
        """(area, exchange, line) of a US or Canadian number: no N11 area, no 555 exchange."""
        areas = {"US": ["212", "312", "415", "617", "713", "206", "303", "404", "512", "718", "972", "602"],
                 "CA": ["416", "514", "604", "613", "403", "780", "902", "647", "438", "236", "581", "905"]}
        exchange = str(self.r.randrange(201, 999))
        while exchange[1:] == "11" or exchange == "555":
            exchange = str(self.r.randrange(201, 999))
        return self.pick(areas[country]), exchange, self.digits(4)

    def phone_styled(self, country):
        """A phone number as people in `country` write it, in more styles than phone()."""
        d = self.digits
        if country in ("US", "CA"):
            a, e, l = self.north_american(country)
            return self.pick(["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l),
                              "%s %s %s" % (a, e, l), "+1 (%s) %s-%s" % (a, e, l), "1-%s-%s-%s" % (a, e, l),
                              "+1%s%s%s" % (a, e, l), "%s%s%s" % (a, e, l), "+1.%s.%s.%s" % (a, e, l)])
        if country == "UK":
            mobile = "7" + self.pick("3456789") + d(8)
            london = str(self.r.randrange(3000, 8999)) + d(4)
            return self.pick(["0" + mobile[:4] + " " + mobile[4:], "+44 " + mobile[:4] + " " + mobile[4:],
                              "+44 (0)" + mobile[:4] + " " + mobile[4:], "+44" + mobile, "020 " + london[:4] + " "
                              + london[4:], "(020) " + london[:4] + " " + london[4:], "+44 20 " + london[:4] + " "
                              + london[4:], "0161 " + d(3) + " " + d(4), "0" + mobile])
        if country == "NO":
            n = self.pick("49") + d(7) if self.r.random() < 0.7 else self.pick(["22", "55", "73", "69"]) + d(6)
            return self.pick(["+47 " + " ".join(n[i:i + 2] for i in range(0, 8, 2)), "0047 " + n[:3] + " " + n[3:5] +
                              " " + n[5:], "+47 " + n, "(+47) " + n[:3] + " " + n[3:5] + " " + n[5:],
                              n[:3] + " " + n[3:5] + " " + n[5:], " ".join(n[i:i + 2] for i in range(0, 8, 2)),
                              "+47-" + n, n])
        if country == "SE":
            m = "07" + self.pick("0236") + d(7)
            return self.pick([m[:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:], m[:3] + " " + m[3:6] + " " + m[6:8] +
                              " " + m[8:], "+46 (0)" + m[1:3] + " " + m[3:6] + " " + m[6:8] + " " + m[8:],
                              "+46" + m[1:], "0046 " + m[1:3] + "-" + m[3:6] + " " + m[6:], m[:3] + "-" + m[3:],
                              "08-" + d(3) + " " + d(2) + " " + d(2), "+46 8 " + d(3) + " " + d(3) + " " + d(2),
                              "040-" + d(2) + " " + d(2) + " " + d(2)])
        if country == "DE":
            m = "1" + self.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
            return self.pick(["+49 " + m[:3] + " " + m[3:], "0" + m[:3] + "/" + m[3:], "0" + m[:3] + " " + m[3:7] +
                              " " + m[7:], "0049 " + m, "+49 (0) " + m[:3] + " " + m[3:7] + " " + m[7:], "+49" + m,
                              "(030) " + d(8), "089 - " + d(7), "+49-40-" + d(8), "0711 " + d(3) + " " + d(3),
                              "0" + m])
        if country == "FR":
            n = self.pick("1234567") + d(8)
            pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
            return self.pick(["0" + n[0] + " " + pairs, "+33 (0)" + n[0] + " " + pairs, "0033 " + n[0] + " " + pairs,
                              "+33" + n, "0" + n[0] + "-" + pairs.replace(" ", "-"), "0" + n[0] + "." +
                              pairs.replace(" ", "."), "+33 " + n[0] + " " + pairs])
        # ES
        m = self.pick("67") + d(8)
        fixed = "9" + self.pick("13568") + d(7)
        return self.pick([m[:3] + " " + m[3:6] + " " + m[6:], "+34 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " +
                          m[7:], "0034 " + m, "(+34) " + m[:3] + " " + m[3:6] + " " + m[6:], "+34" + m,
                          fixed[:2] + " " + fixed[2:5] + " " + fixed[5:7] + " " + fixed[7:], "+34 " + fixed[:2] + " " +
                          fixed[2:5] + " " + fixed[5:], m[:3] + "-" + m[3:6] + "-" + m[6:], m])

    def aba_separated(self):
        number = self.aba()
        sep = self.pick([" ", "-"])
        return number[:3] + sep + number[3:6] + sep + number[6:]

    def fnr_spaced(self):
        number = self.fnr()
        return number[:6] + " " + number[6:]

    def steuer_id_spaced(self):
        number = self.steuer_id()
        return number[:2] + " " + number[2:5] + " " + number[5:8] + " " + number[8:]

    # ---- still more national styles (dev3, heldout2): new methods only, so older halves draw as before ----
    def phone_more(self, country):
        """A phone number in a style phone_styled() does not write (seven times in ten), else one it does."""
        if self.r.random() >= 0.7:
            return self.phone_styled(country)
        d = self.digits
        if country in ("US", "CA"):
            a, e, l = self.north_american(country)
            return self.pick(["(%s)%s-%s" % (a, e, l), "%s/%s-%s" % (a, e, l), "+1 %s-%s-%s" % (a, e, l),
                              "+1 %s.%s.%s" % (a, e, l), "1 (%s) %s-%s" % (a, e, l), "001 %s %s %s" % (a, e, l),
                              "+1 %s %s%s" % (a, e, l)])
        if country == "UK":
            mobile = "7" + self.pick("3456789") + d(8)
            return self.pick(["0" + mobile[:4] + " " + mobile[4:7] + " " + mobile[7:], "+44 " + mobile[:4] + " " +
                              mobile[4:7] + " " + mobile[7:], "+44 (0) " + mobile[:4] + " " + mobile[4:],
                              "0207 " + d(3) + " " + d(4), "+44 (0)20 " + d(4) + " " + d(4), "0044 " + mobile])
        if country == "NO":
            n = self.pick("49") + d(7) if self.r.random() < 0.7 else self.pick(["22", "55", "73", "32"]) + d(6)
            return self.pick(["+47 " + n[:3] + " " + n[3:5] + " " + n[5:], "0047-" + n, "(+47)" + n,
                              "+47 " + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:], "+47." + n,
                              n[:3] + " " + n[3:6] + " " + n[6:]])
        if country == "SE":
            m = "07" + self.pick("0236") + d(7)
            return self.pick([m[:3] + " - " + m[3:6] + " " + m[6:8] + " " + m[8:], "+46-" + m[1:3] + "-" + m[3:6] + " "
                              + m[6:8] + " " + m[8:], "+46 " + m[1:3] + " " + m[3:6] + " " + m[6:8] + " " + m[8:],
                              m[:4] + "-" + m[4:6] + " " + m[6:8] + " " + m[8:], "08-" + d(3) + " " + d(3) + " " + d(2),
                              "+46 (0)8 " + d(3) + " " + d(2) + " " + d(2)])
        if country == "DE":
            m = "1" + self.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
            return self.pick(["0" + m[:3] + " / " + m[3:6] + " " + m[6:9] + " " + m[9:],
                              "+49 (0)" + m[:3] + " " + m[3:],
                              "+49 " + m[:3] + "-" + m[3:6] + " " + m[6:9] + " " + m[9:], "0" + m[:3] + "." + m[3:],
                              "(0" + m[:3] + ") " + m[3:6] + " " + m[6:8] + " " + m[8:],
                              "0049 (0)30 " + self.pick("23456789") + d(6)])
        if country == "FR":
            n = self.pick("1234567") + d(8)
            return self.pick(["+33 " + n[0] + "." + ".".join(n[i:i + 2] for i in range(1, 9, 2)),
                              "0033 (0)" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), "+33 " + n,
                              "(+33) " + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)),
                              "0" + n[0] + " " + n[1:5] + " " + n[5:]])
        m = self.pick("67") + d(8)
        fixed = "9" + self.pick("13568") + d(7)
        return self.pick([m[:3] + "." + m[3:6] + "." + m[6:], "(+34) " + m, "+34-" + m[:3] + "-" + m[3:5] + "-" +
                          m[5:7] + "-" + m[7:], fixed[:3] + " " + fixed[3:5] + " " + fixed[5:7] + " " + fixed[7:],
                          "0034 " + fixed[:3] + " " + fixed[3:6] + " " + fixed[6:]])

    # ---- dev4 and heldout3: new methods only, so older halves draw as before ----
    def phone_new(self, country):
        """A phone number in a style neither phone_styled() nor phone_more() writes (six times in ten),
        else one of phone_more()'s."""
        if self.r.random() >= 0.6:
            return self.phone_more(country)
        d = self.digits
        if country in ("US", "CA"):
            a, e, l = self.north_american(country)
            return self.pick(["%s %s-%s" % (a, e, l), "(%s)-%s-%s" % (a, e, l), "+1(%s)%s-%s" % (a, e, l),
                              "1.%s.%s.%s" % (a, e, l), "+1 %s %s-%s" % (a, e, l), "(%s) %s %s" % (a, e, l)])
        if country == "UK":
            mobile = "7" + self.pick("3456789") + d(8)
            return self.pick(["+44(0)" + mobile[:4] + " " + mobile[4:7] + " " + mobile[7:],
                              "0" + mobile[:4] + "-" + mobile[4:7] + "-" + mobile[7:], "+44 " + mobile[:4] + "-" +
                              mobile[4:], "0131 " + d(3) + " " + d(4), "029 20" + d(2) + " " + d(4),
                              "+44 (0)161 " + d(3) + " " + d(4)])
        if country == "NO":
            n = self.pick("49") + d(7) if self.r.random() < 0.7 else self.pick(["22", "55", "73", "51"]) + d(6)
            return self.pick(["+47 " + n[:3] + "-" + n[3:5] + "-" + n[5:], n[:3] + "." + n[3:5] + "." + n[5:],
                              "0047 " + " ".join(n[i:i + 2] for i in range(0, 8, 2)), "(0047) " + n,
                              "+47 " + n[:4] + " " + n[4:], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:]])
        if country == "SE":
            m = "07" + self.pick("0236") + d(7)
            return self.pick(["+46 (0)" + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:],
                              m[:3] + "." + m[3:6] + "." + m[6:8] + "." + m[8:], "+46 " + m[1:3] + " " + m[3:6] + " " +
                              m[6:], "0046-" + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:],
                              m[:3] + "/" + m[3:6] + " " + m[6:8] + " " + m[8:],
                              "031-" + d(3) + " " + d(2) + " " + d(2)])
        if country == "DE":
            m = "1" + self.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
            return self.pick(["+49 (0) " + m[:3] + "/" + m[3:7] + " " + m[7:], "+49/" + m[:3] + "/" + m[3:],
                              "0" + m[:3] + "-" + m[3:6] + " " + m[6:9] + " " + m[9:], "+49 " + m[:3] + " " + m[3:6] +
                              " " + m[6:9] + " " + m[9:], "(0" + m[:3] + ") " + m[3:], "069 / " + d(3) + " " + d(2) +
                              " " + d(2)])
        if country == "FR":
            n = self.pick("1234567") + d(8)
            pairs = [n[i:i + 2] for i in range(1, 9, 2)]
            return self.pick(["+33 (0) " + n[0] + " " + " ".join(pairs), "+33." + n[0] + "." + ".".join(pairs),
                              "0" + n[0] + "/" + "/".join(pairs), "+33 " + n[:3] + " " + n[3:6] + " " + n[6:],
                              "0" + n[0] + " " + "".join(pairs[:2]) + " " + "".join(pairs[2:])])
        m = self.pick("67") + d(8)
        fixed = "9" + self.pick("13568") + d(7)
        return self.pick(["+34 " + m[:3] + "-" + m[3:6] + "-" + m[6:], m[:3] + " " + m[3:5] + " " + m[5:7] + " " +
                          m[7:], "(+34) " + m[:3] + "." + m[3:6] + "." + m[6:], "0034-" + m, "+34 " + fixed[:2] + " " +
                          fixed[2:5] + " " + fixed[5:7] + " " + fixed[7:]])

    def password_typed(self):
        """A password as people choose and type one where no URL holds it: symbols, seasons and years."""
        kind = self.r.randrange(4)
        if kind == 0:
            words = ["Sommer", "Vinter", "Hösten", "Primavera", "Soleil", "Kaffee", "Fotball", "Chocolat", "Sunshine",
                     "Dragon", "Bamse", "Estrella"]
            return self.pick(words) + str(self.r.randrange(1990, 2027)) + self.pick("!#%&*?")
        if kind == 1:
            return self.chars(ALNUM + "!#%&*?^+", self.r.randrange(12, 21))
        if kind == 2:
            return self.pick(["Tr0ub4dor", "C0rrect", "Pa55", "Adm1n", "W3lcome", "Qwerty"]) + self.pick("&#!%") + \
                self.digits(self.r.randrange(2, 5)) + self.chars(string.ascii_letters, 3)
        return self.chars(string.ascii_lowercase, 4) + "-" + self.chars(string.ascii_lowercase, 5) + "-" + \
            self.chars(string.ascii_lowercase, 4) + "-" + self.digits(2)

    def telegram_token(self):
        return str(self.r.randrange(10 ** 8, 10 ** 10)) + ":AA" + self.chars(B64URL, 33)

    def discord_webhook_token(self):
        return self.chars(B64URL, 68)

    def sas_signature(self):
        """An Azure SAS `sig=` value: base64 of an HMAC, URL-encoded."""
        body = "".join(self.pick([c, c, c, c, c, c, "%2B", "%2F"]) for c in self.chars(ALNUM, 43))
        return body + "%3D"

    def ean13(self):
        """An article number from the Nordic ranges (70–73): 13 digits, its own check digit, not a card."""
        body = self.pick(["70", "71", "72", "73"]) + self.digits(10)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def organisation_number(self):
        """A Norwegian organisasjonsnummer (mod 11, weights 3 2 7 6 5 4 3 2): a company's, not a person's."""
        while True:
            body = self.pick("89") + self.digits(7)
            check = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if check == 10:
                continue
            number = body + str(0 if check == 11 else check)
            return self.pick([number[:3] + " " + number[3:6] + " " + number[6:], number,
                              "NO " + number[:3] + " " + number[3:6] + " " + number[6:] + " MVA"])

    def siren(self):
        """A French SIREN (a company's number, Luhn like a SIN), as invoices print it."""
        body = self.pick("3456779") + self.digits(7)
        number = body + self.luhn_digit(body)
        return self.pick([number[:3] + " " + number[3:6] + " " + number[6:], number])

    # ---- decoys ----
    def uuid(self):
        h = self.chars(HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.pick("89ab"), h[17:20], h[20:32])

    def sha(self, n=40):
        return self.chars(HEX, n)

    def version(self):
        return "%d.%d.%d" % (self.r.randrange(0, 12), self.r.randrange(0, 30), self.r.randrange(0, 40))

    def amount(self, lang):
        whole, cents = self.r.randrange(5, 99999), self.r.randrange(100)
        if lang in ("en",):
            return "$%s.%02d" % ("{:,}".format(whole), cents)
        if lang in ("de", "es"):
            return "%s,%02d €" % ("{:,}".format(whole).replace(",", "."), cents)
        if lang == "fr":
            return "%s,%02d €" % ("{:,}".format(whole).replace(",", " "), cents)
        return "%s,%02d kr" % ("{:,}".format(whole).replace(",", " "), cents)

    def order(self):
        return self.pick(["ORD-", "INV-", "PO-", "#", "SO", "TCK-"]) + str(self.r.randrange(10000, 9999999))

    # ---- dev5: keys as frameworks write them, screen names ----
    def django_key(self):
        """The 50 characters after 'django-insecure-' that startproject writes (letters, digits, symbols)."""
        return self.chars(string.ascii_lowercase + string.digits + "!#^&*-_=+", 50)

    def base64_key(self):
        """A random 32-byte key in base64, as `php artisan key:generate` writes after 'base64:'."""
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(32))).decode()

    @staticmethod
    def screen_name(first, last):
        """"ole.hansen": a login or handle made from a name, folded to ASCII."""
        fold = str.maketrans({"é": "e", "è": "e", "ô": "o", "ß": "ss", "ñ": "n", "ó": "o", "á": "a", "í": "i",
                              "ú": "u", "ü": "u", "ö": "o", "ä": "a", "å": "a", "ø": "o", "æ": "ae", "ç": "c",
                              "'": "", " ": "", "ë": "e", "ï": "i", "â": "a", "ê": "e", "î": "i", "û": "u"})
        return (first + "." + last).lower().translate(fold)

    # ---- dev6 ----
    def passphrase(self):
        """A passphrase as people choose one for wifi, GPG or a vault: words with spaces, maybe a number."""
        words = ["correct", "horse", "battery", "staple", "purple", "lantern", "mountain", "velvet", "kettle",
                 "spruce", "otter", "copper", "harbour", "thistle", "maple", "cobalt"]
        chosen = [self.pick(words) for _ in range(self.r.randrange(3, 6))]
        if self.r.random() < 0.5:
            chosen.append(str(self.r.randrange(10, 100)))
        return " ".join(chosen)

    def vanity_phone(self):
        """A North American toll-free number spelled in letters, as businesses and people advertise one."""
        area = self.pick(["800", "888", "877", "866", "855"])
        word = self.pick(["GETHELP", "CALLNOW", "PLUMBER", "ROOFING", "MYLEGAL", "LAWYERS", "DENTIST", "TAXHELP",
                          "FIXROOF", "BUYCARS"])
        return self.pick(["1-%s-%s" % (area, word), "1-%s-%s-%s" % (area, word[:3], word[3:]),
                          "(%s) %s-%s" % (area, word[:3], word[3:]), "+1 %s %s" % (area, word)])
