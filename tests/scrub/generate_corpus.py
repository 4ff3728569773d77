#!/usr/bin/env python3
"""The labelled scrub corpus: chat-prompt texts with sensitive values (each labelled
with its type) and decoys that must survive (order numbers, dates, versions, prices,
wrong check digits, capitalised non-names).

  python3 generate_corpus.py OUT.jsonl

Deterministic (fixed seed). Each line: {"id", "text", "entities": [{"type", "value"}],
"decoys": [...]}. Valid values are made with their real check digits; the checksum
helpers check themselves against published examples before anything is written."""
import base64
import json
import random
import string
import sys

R = random.Random(20261122)

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
         "Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra "
         "Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian "
         "Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Laura Edward Helen Jeffrey Sharon Ryan "
         "Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela "
         "Justin Emma Scott Nicole Brandon Samantha Benjamin Katherine Samuel Christine Gregory Debra Alexander "
         "Rachel Patrick Catherine Frank Carolyn Raymond Janet Jack Maria Dennis Heather Jerry Diane Tyler Julie "
         "Aaron Joyce Jose Victoria Adam Kelly Henry Christina Nathan Lauren Douglas Joan Zachary Evelyn Peter "
         "Olivia Kyle Judith Walter Megan Ethan Cheryl Jeremy Martha Harold Andrea Keith Frances Christian Hannah "
         "Roger Jacqueline Noah Ann Gerald Gloria Carl Jean Terry Kathryn Sean Alice Austin Teresa Arthur Sara "
         "Lawrence Janice Jesse Doris Dylan Madison Bryan Julia Joe Grace Jordan Judy Billy Abigail Bruce Marie "
         "Albert Denise Willie Beverly Gabriel Amber Logan Theresa Alan Marilyn Juan Danielle Wayne Diana Elijah "
         "Brittany Randy Natalie Roy Sophia Vincent Rose Ralph Isabella Eugene Alexis Russell Kayla Bobby Charlotte "
         "Ingrid Kari Ola Lars Sigrid Astrid Bjorn Henrik Liv Solveig Magnus Erik Nils Karin Annika Sven Greta "
         "Klaus Jurgen Heike Anke Dieter Carlos Lucia Javier Elena Miguel Sofia Priya Rahul Anjali Arjun Deepa "
         "Vikram Aisha Omar Fatima Yusuf Mei Wei Hiroshi Yuki Kenji").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez "
        "Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker "
        "Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins "
        "Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly "
        "Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes "
        "Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan "
        "Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander "
        "Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina "
        "Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy "
        "Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon "
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Berg Haugen Hagen "
        "Johannessen Eriksson Lindqvist Svensson Gustafsson Lindberg Schmidt Schneider Fischer Weber Meyer Wagner "
        "Becker Schulz Hoffmann Koch Sharma Gupta Singh Kumar Reddy Iyer Nair Tanaka Suzuki Watanabe Wang Li "
        "Zhang Liu O'Brien O'Connor").split()
RARE_LAST = ("Vanterpool Okonkwo-Reyes Szczepanski Abernathy-Quist Nakashima-Holt Thorvaldsen Quigleyson "
             "Marchetti-Okafor Brzezinski Dlamini Oyelaran Vukovic Castellanos-Ibe").split()
TITLES = ["Dr.", "Mr.", "Ms.", "Mrs.", "Prof."]

CITIES = ["Paris", "London", "Oslo", "Berlin", "Tokyo", "Chicago", "Madrid", "Stockholm"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "September", "October", "November", "December"]
TECH = ["Python", "Kubernetes", "Docker", "Linux", "Postgres", "Redis", "JavaScript", "React", "Azure",
        "GitHub", "Slack", "Stripe", "Terraform", "Grafana"]
COMPANIES = ["Google", "Microsoft", "Amazon", "Oracle"]


def rand(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"


# ---- check digits ----

def luhn_check_digit(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_valid(digits):
    return luhn_check_digit(digits[:-1]) == digits[-1]


def iban_check(country, bban):
    text = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in text))
    return "%02d" % (98 - number % 97)


def iban_valid(iban):
    text = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in text)) % 97 == 1


def mod11_10_check(digits):
    product = 10
    for d in digits:
        total = (int(d) + product) % 10
        if total == 0:
            total = 10
        product = (2 * total) % 11
    check = 11 - product
    return str(0 if check == 10 else check)


def fnr_controls(nine):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(a * int(b) for a, b in zip(w1, nine)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    ten = nine + str(k1)
    k2 = 11 - sum(a * int(b) for a, b in zip(w2, ten)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return str(k1) + str(k2)


def aba_valid(d):
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0


def self_check():
    assert luhn_valid("4111111111111111")
    assert luhn_valid("046454286")
    assert iban_valid("DE89370400440532013000")
    assert iban_valid("GB82WEST12345698765432")
    assert aba_valid("011000015")
    assert mod11_10_check("8609574271") == "9"
    assert fnr_controls("150765005") == "65"
    assert luhn_check_digit("811218987") == "6"


# ---- values ----

def date_parts():
    year = R.randint(1940, 2005)
    month = R.randint(1, 12)
    day = R.randint(1, 28)
    return year, month, day


def email():
    first, last = R.choice(FIRST).lower(), R.choice(LAST).lower().replace("'", "")
    local = R.choice(["%s.%s" % (first, last), "%s%s" % (first[0], last), "%s+%s" % (first, R.choice(["work", "news", "x"])),
                      "%s_%s%d" % (first, last, R.randint(1, 99))])
    domain = R.choice(["example.com", "example.org", "mail.example.no", "corp.example.co.uk", "example.io",
                       "uni.example.edu"])
    return "%s@%s" % (local, domain)


def phone():
    kind = R.randrange(9)
    if kind == 0:
        return "+47 %d%02d %02d %03d" % (R.choice([4, 9]), R.randint(0, 99), R.randint(0, 99), R.randint(0, 999)), None
    if kind == 1:
        return "+1 %d%02d %d%02d %04d" % (R.randint(2, 9), R.randint(0, 99), R.randint(2, 9), R.randint(0, 99),
                                          R.randint(0, 9999)), None
    if kind == 2:
        return "+44 20 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999)), None
    if kind == 3:
        return "+47%d%07d" % (R.choice([4, 9]), R.randint(0, 9999999)), None
    if kind == 4:
        return "(%d%02d) %d%02d-%04d" % (R.randint(2, 9), R.randint(0, 99), R.randint(2, 9), R.randint(0, 99),
                                         R.randint(0, 9999)), None
    if kind == 5:
        sep = R.choice(["-", "."])
        return "%d%02d%s%d%02d%s%04d" % (R.randint(2, 9), R.randint(0, 99), sep, R.randint(2, 9), R.randint(0, 99),
                                        sep, R.randint(0, 9999)), "context"
    if kind == 6:
        return "020 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999)), "context"
    if kind == 7:
        return "07700 %06d" % R.randint(0, 999999), "context"
    return "%d%02d %02d %03d" % (R.choice([4, 9]), R.randint(0, 99), R.randint(0, 99), R.randint(0, 999)), "context"


def ipv4():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 81, 193, 212]), R.randint(0, 255), R.randint(0, 255),
                            R.randint(1, 254))


def ipv6():
    groups = ["%x" % R.randint(0, 0xffff) for _ in range(8)]
    kind = R.randrange(3)
    if kind == 0:
        return ":".join(groups)
    if kind == 1:
        return "2001:db8:%s::%s:%s" % (groups[2], groups[6], groups[7])
    return "fe80::%s:%s:%s:%s" % tuple(groups[4:])


def card():
    kind = R.randrange(5)
    if kind == 0:
        body = "4" + rand(string.digits, 14)
    elif kind == 1:
        body = str(R.randint(51, 55)) + rand(string.digits, 13)
    elif kind == 2:
        body = str(R.randint(2221, 2720)) + rand(string.digits, 11)
    elif kind == 3:
        body = R.choice(["34", "37"]) + rand(string.digits, 12)
    else:
        body = "6011" + rand(string.digits, 11)
    number = body + luhn_check_digit(body)
    if len(number) == 15:
        sep = R.choice([" ", "-", ""])
        return sep.join([number[:4], number[4:10], number[10:]])
    sep = R.choice([" ", "-", ""])
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def wrong_luhn_card():
    body = "4" + rand(string.digits, 14)
    check = (int(luhn_check_digit(body)) + R.randint(1, 9)) % 10
    number = body + str(check)
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


IBAN_FORMATS = {"NO": "n11", "DE": "n18", "GB": "a4n14", "FR": "n23", "NL": "a4n10", "SE": "n20", "ES": "n20"}


def iban(valid=True):
    country = R.choice(list(IBAN_FORMATS))
    shape = IBAN_FORMATS[country]
    bban = ""
    if shape.startswith("a4"):
        bban = rand(string.ascii_uppercase, 4)
        shape = shape[2:]
    bban += rand(string.digits, int(shape[1:]))
    check = iban_check(country, bban)
    if not valid:
        check = "%02d" % ((int(check) + R.randint(1, 50)) % 97 + 2)
    value = country + check + bban
    if valid:
        assert iban_valid(value)
    elif iban_valid(value):
        return iban(False)
    if R.random() < 0.5:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def ssn():
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        value = "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
        if value not in ("078-05-1120", "219-09-9999", "457-55-5462"):
            return value


def sin():
    body = str(R.choice([1, 2, 3, 4, 5, 6, 7, 9])) + rand(string.digits, 7)
    number = body + luhn_check_digit(body)
    sep = R.choice([" ", "-"])
    return sep.join([number[:3], number[3:6], number[6:]])


def fnr():
    while True:
        year, month, day = date_parts()
        kind = R.randrange(6)
        if kind == 0:
            day += 40
        elif kind == 1:
            month += 40
        individual = R.randint(0, 499) if year < 2000 else R.randint(500, 999)
        nine = "%02d%02d%02d%03d" % (day, month, year % 100, individual)
        controls = fnr_controls(nine)
        if controls:
            value = nine + controls
            return value if R.random() < 0.8 else value[:6] + " " + value[6:]


def personnummer():
    year, month, day = date_parts()
    if R.random() < 0.15:
        day += 60
    nine = "%02d%02d%02d%03d" % (year % 100, month, day, R.randint(0, 999))
    check = luhn_check_digit(nine)
    if R.random() < 0.5:
        return "%02d%02d%02d-%s%s" % (year % 100, month, day, nine[6:], check)
    return "%04d%02d%02d-%s%s" % (year, month, day, nine[6:], check)


def steuer_id():
    while True:
        digits = [str(R.randint(1, 9))] + [str(R.randint(0, 9)) for _ in range(9)]
        counts = {d: digits.count(d) for d in digits}
        if sorted(counts.values(), reverse=True)[0] in (2, 3) and sum(1 for c in counts.values() if c > 1) == 1:
            ten = "".join(digits)
            return ten + mod11_10_check(ten)


def nino():
    first = R.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
    second = R.choice([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
    if first + second in ("BG", "GB", "NK", "KN", "NT", "TN", "ZZ"):
        return nino()
    digits = rand(string.digits, 6)
    letter = R.choice("ABCD")
    if R.random() < 0.5:
        return first + second + digits + letter
    return "%s%s %s %s %s %s" % (first, second, digits[:2], digits[2:4], digits[4:], letter)


def aba():
    while True:
        prefix = "%02d" % R.choice(list(range(1, 13)) + list(range(21, 33)))
        body = prefix + rand(string.digits, 6)
        for last in string.digits:
            if aba_valid(body + last):
                return body + last


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt():
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64url(json.dumps({"sub": str(R.randint(1000, 99999)), "iat": R.randint(1600000000, 1800000000)}).encode())
    return "%s.%s.%s" % (header, payload, rand(URLSAFE, 43))


def openai_key():
    prefix = R.choice(["sk-proj-", "sk-", "sk-svcacct-"])
    return prefix + rand(URLSAFE, 20) + "T3BlbkFJ" + rand(URLSAFE, 20)


def anthropic_key():
    return "sk-ant-api03-" + rand(URLSAFE, 93) + "AA"


def github_token():
    if R.random() < 0.75:
        return R.choice(["ghp_", "gho_", "ghs_"]) + rand(ALNUM, 36)
    return "github_pat_" + rand(ALNUM + "_", 82)


def aws_key_id():
    return R.choice(["AKIA", "ASIA"]) + rand(string.ascii_uppercase + "234567", 16)


def aws_secret():
    while True:
        value = rand(ALNUM + "/+", 40)
        if any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value):
            return value


def slack_token():
    return "%s-%d-%d-%s" % (R.choice(["xoxb", "xoxp"]), R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12),
                            rand(ALNUM, 24))


def stripe_key():
    return R.choice(["sk_live_", "rk_live_", "sk_test_"]) + rand(ALNUM, 24)


def google_key():
    return "AIza" + rand(URLSAFE, 35)


def private_key():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [rand(string.ascii_letters + string.digits + "+/", 64) for _ in range(R.randint(4, 8))]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def generic_key():
    kind = R.randrange(3)
    if kind == 0:
        return "glpat-" + rand(URLSAFE, 20)
    if kind == 1:
        return "hf_" + rand(string.ascii_letters, 34)
    return "npm_" + rand(ALNUM, 36)


def env_value():
    while True:
        value = rand(ALNUM + "!@#%^*_-", R.randint(10, 24))
        if value[0] not in "$<{%*#" and "@" not in value[:-4]:
            return value


def token_value():
    while True:
        value = rand(ALNUM, R.randint(28, 48))
        if sum(c.isdigit() for c in value) >= 6 and sum(c.isupper() for c in value) >= 6 \
                and sum(c.islower() for c in value) >= 6:
            return value


# ---- decoys ----

def decoy():
    kind = R.randrange(16)
    if kind == 0:
        return "ORD-%d-%06d" % (R.randint(2019, 2026), R.randint(0, 999999))
    if kind == 1:
        return "#%d" % R.randint(10000, 99999)
    if kind == 2:
        return "%d-%02d-%02d" % (R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28))
    if kind == 3:
        return "%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2026))
    if kind == 4:
        return "v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 99))
    if kind == 5:
        return "$%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99))
    if kind == 6:
        return wrong_luhn_card()
    if kind == 7:
        return "%d-%02d-%04d" % (R.randint(900, 999), R.randint(1, 99), R.randint(1, 9999))
    if kind == 8:
        return iban(valid=False)
    if kind == 9:
        return rand("0123456789abcdef", 40)
    if kind == 10:
        return "%s-%s-%s-%s-%s" % (rand("0123456789abcdef", 8), rand("0123456789abcdef", 4),
                                   rand("0123456789abcdef", 4), rand("0123456789abcdef", 4),
                                   rand("0123456789abcdef", 12))
    if kind == 11:
        return "localhost:%d" % R.choice([3000, 5432, 6379, 8080, 9090])
    if kind == 12:
        return "10.0.%d.%d" % (R.randint(19000, 22000), R.randint(1000, 9999))
    if kind == 13:
        while True:
            value = rand(string.digits, 11)
            if value[0] != "0" and fnr_controls(value[:9]) != value[9:]:
                return value
    if kind == 14:
        return "sk-test"
    return "/var/log/app/%s.log" % R.choice(["worker", "api", "cron"])


def word_decoy():
    return R.choice(CITIES + DAYS + MONTHS + TECH + COMPANIES)


# ---- texts ----

PHONE_WORDS = ["call me at", "my phone is", "mobile:", "tel.", "ring meg på", "telefon", "cell:", "text me on"]
TEMPLATES = {
    "EMAIL": ["please reply to {v} before {d}", "Contact: {v}", "(mail: {v})", "send the invoice to \"{v}\".",
              "{v} asked about {d}", "cc {v}, {v2}"],
    "PHONE": ["you can reach me on {v}.", "support line {v} ({d})"],
    "IP_ADDRESS": ["the request came from {v} at {d}", "ssh admin@{v} -p 22", "client={v} status=200 {d}",
                   "blocked {v}, see {d}"],
    "CREDIT_CARD": ["charge card {v} for order {d}", "Card number: {v}.", "my card ({v}) was declined",
                    "{v} expired, {d}"],
    "IBAN": ["transfer to IBAN {v}, reference {d}", "Kontonummer {v}.", "pay into {v} by {d}"],
    "SSN_US": ["SSN {v} on file, ticket {d}", "social security number: {v}"],
    "SIN_CA": ["SIN {v} for the payroll form", "my social insurance number is {v}, case {d}"],
    "NO_FNR": ["fødselsnummer {v}, sak {d}", "personnummer: {v}", "pasient med fnr {v}"],
    "SE_PERSONNUMMER": ["personnummer {v}, ärende {d}", "Mitt personnummer är {v}."],
    "DE_TAX_ID": ["Steuer-ID: {v}", "meine Steueridentifikationsnummer ist {v}, Vorgang {d}", "tax ID {v}",
                  "Steuer-IdNr. {v}"],
    "UK_NINO": ["NI number {v}, ref {d}", "National Insurance: {v}."],
    "US_ABA_ROUTING": ["routing number {v}, account ending 4821", "ABA {v}", "RTN: {v} ({d})",
                       "routing no. {v}"],
    "JWT": ["Authorization: Bearer {v}", "the session cookie was {v}; it expired {d}"],
    "OPENAI_API_KEY": ["OPENAI_API_KEY={v}", "my key is {v}, why does it fail?", "client = OpenAI(api_key=\"{v}\")"],
    "ANTHROPIC_API_KEY": ["export ANTHROPIC_API_KEY=\"{v}\"", "key: {v}"],
    "GITHUB_TOKEN": ["git clone https://{v}@github.com/acme/app.git", "token {v} leaked in {d}"],
    "AWS_ACCESS_KEY_ID": ["aws_access_key_id = {v}", "AWS_ACCESS_KEY_ID={v}", "the IAM key {v} is rotated"],
    "AWS_SECRET_ACCESS_KEY": ["aws_secret_access_key = {v}", "AWS_SECRET_ACCESS_KEY={v}",
                              "\"SecretAccessKey\": \"{v}\"", "secret key: {v}"],
    "SLACK_TOKEN": ["SLACK_BOT={v}", "slack token {v} for #alerts"],
    "STRIPE_KEY": ["stripe.api_key = \"{v}\"", "Stripe key {v} ({d})"],
    "GOOGLE_API_KEY": ["maps?key={v}&q=oslo", "GOOGLE_MAPS={v}"],
    "PRIVATE_KEY": ["here is the key:\n{v}\nwhy does ssh refuse it?", "{v}"],
    "GENERIC_API_KEY": ["registry token {v}", "use {v} for the mirror, build {d}"],
    "ENV_SECRET": ["{n}={v}", "export {n}=\"{v}\"", "{n}: {v}", "\"{nl}\": \"{v}\","],
    "SECRET_TOKEN": ["Authorization: Bearer {v}", "session id {v}", "the api key is {v}", "X-Auth-Token: {v}"],
}
ENV_NAMES = ["DB_PASSWORD", "JWT_SECRET", "REDIS_PASSWORD", "SMTP_PASSWORD", "API_TOKEN", "APP_SECRET_KEY",
             "ADMIN_PASSWD", "MYSQL_ROOT_PASSWORD", "GITHUB_CLIENT_SECRET", "SERVICE_CREDENTIALS"]
PERSON_FORMS = ["{f} {l}", "{f} {i}. {l}", "{t} {l}", "{f} {l}", "{l}, {f}"]
PERSON_TEMPLATES = ["Please ask {p} to review {d}.", "My name is {p} and I need help with {d}.",
                    "Dear {p},\nthanks for the update on {d}.", "Signed, {p}", "{p} reported the outage on {w}.",
                    "Meeting with {p} about {d}", "Thanks, {p}", "Notes from {p}: rollout of {w} next week.",
                    "Patient: {p}, seen {d}.", "From: {p}\nSubject: {d}"]
FILLERS = ["Can you help me draft a reply?", "Summarise this for the ticket.", "Is this configured correctly?",
           "What should I do next?", "Please keep it short.", "The deploy on {w} failed again.",
           "We moved the service to {w} last sprint.", "Logs attached below.", ""]

VALUE_MAKERS = {
    "EMAIL": email, "IP_ADDRESS": lambda: ipv4() if R.random() < 0.7 else ipv6(), "CREDIT_CARD": card,
    "IBAN": iban, "SSN_US": ssn, "SIN_CA": sin, "NO_FNR": fnr, "SE_PERSONNUMMER": personnummer,
    "DE_TAX_ID": steuer_id, "UK_NINO": nino, "US_ABA_ROUTING": aba, "JWT": jwt, "OPENAI_API_KEY": openai_key,
    "ANTHROPIC_API_KEY": anthropic_key, "GITHUB_TOKEN": github_token, "AWS_ACCESS_KEY_ID": aws_key_id,
    "AWS_SECRET_ACCESS_KEY": aws_secret, "SLACK_TOKEN": slack_token, "STRIPE_KEY": stripe_key,
    "GOOGLE_API_KEY": google_key, "PRIVATE_KEY": private_key, "GENERIC_API_KEY": generic_key,
    "ENV_SECRET": env_value, "SECRET_TOKEN": token_value,
}


def person():
    form = R.choice(PERSON_FORMS)
    last = R.choice(LAST) if R.random() > 0.1 else R.choice(RARE_LAST)
    if last in RARE_LAST:
        form = R.choice(["{t} {l}", "{f} {l}"])
    value = form.format(f=R.choice(FIRST), l=last, i=R.choice(string.ascii_uppercase), t=R.choice(TITLES))
    if value.split()[0] in TITLES:
        # The title is a cue, not part of the name.
        return value.split(" ", 1)[1], value
    return value, value


def fill(template, decoys, **values):
    out = template
    if "{d}" in out:
        d = decoy()
        decoys.append(d)
        out = out.replace("{d}", d)
    if "{w}" in out:
        w = word_decoy()
        decoys.append(w)
        out = out.replace("{w}", w)
    for key, value in values.items():
        out = out.replace("{%s}" % key, value)
    return out


def entity_sentence(kind, entities, decoys):
    if kind == "PERSON":
        value, written = person()
        entities.append({"type": "PERSON", "value": value})
        return fill(R.choice(PERSON_TEMPLATES), decoys, p=written)
    if kind == "PHONE":
        value, need = phone()
        entities.append({"type": "PHONE", "value": value})
        if need:
            return "%s %s%s" % (R.choice(PHONE_WORDS), value, R.choice([".", "", " please.", ", thanks"]))
        return fill(R.choice(TEMPLATES["PHONE"] + ["%s {v}" % w for w in PHONE_WORDS]), decoys, v=value)
    value = VALUE_MAKERS[kind]()
    entities.append({"type": kind, "value": value})
    values = {"v": value}
    template = R.choice(TEMPLATES[kind])
    if "{v2}" in template:
        second = email()
        entities.append({"type": kind, "value": second})
        values["v2"] = second
    if kind == "ENV_SECRET":
        name = R.choice(ENV_NAMES)
        values["n"] = name
        values["nl"] = name.lower()
        text = fill(template, decoys, **values)
        decoys.append(text[:text.index(value)].rstrip(" \"'").rstrip())
        return text
    return fill(template, decoys, **values)


TYPE_COUNTS = {"PERSON": 240, "PHONE": 130, "EMAIL": 60, "IP_ADDRESS": 50}


def overlaps(text, entities, decoys):
    for d in decoys:
        for e in entities:
            if d in e["value"] or e["value"] in d:
                return True
    return False


def make_case(kinds):
    entities, decoys = [], []
    parts = [entity_sentence(k, entities, decoys) for k in kinds]
    for _ in range(R.randint(0, 2)):
        parts.insert(R.randint(0, len(parts)), fill(R.choice(FILLERS), decoys))
    text = " ".join(p for p in parts if p)
    return text, entities, decoys


def main(path):
    self_check()
    plan = []
    for kind in list(VALUE_MAKERS) + ["PERSON", "PHONE"]:
        plan += [kind] * TYPE_COUNTS.get(kind, 45)
    R.shuffle(plan)
    cases = []
    while plan:
        kinds = [plan.pop() for _ in range(min(len(plan), R.choice([1, 1, 2, 2, 3])))]
        text, entities, decoys = make_case(kinds)
        if overlaps(text, entities, decoys):
            plan.extend(kinds)
            continue
        cases.append((text, entities, decoys))
    for _ in range(len(cases) // 3):
        decoys = []
        parts = [fill(R.choice(["Order {d} shipped on {w}.", "Version {d} of {w} is out.",
                                "Invoice {d} is due; ask the team in {w}.", "Build {d} failed on {w}.",
                                "The total was {d} for the {w} licence.", "Checksum {d} does not match."]), decoys)
                 for _ in range(R.randint(1, 3))]
        cases.append((" ".join(parts), [], decoys))
    R.shuffle(cases)
    counts = {}
    with open(path, "w") as out:
        for i, (text, entities, decoys) in enumerate(cases):
            for e in entities:
                assert e["value"] in text, (e, text)
                counts[e["type"]] = counts.get(e["type"], 0) + 1
            for d in decoys:
                assert d in text, (d, text)
            out.write(json.dumps({"id": i, "text": text, "entities": entities, "decoys": decoys},
                                 ensure_ascii=False) + "\n")
    print("%d cases, %d entities, %d decoys" % (len(cases), sum(counts.values()),
                                                sum(len(c[2]) for c in cases)), file=sys.stderr)
    for kind in sorted(counts):
        print("  %-22s %d" % (kind, counts[kind]), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
