#!/usr/bin/env python3
"""generate_logins.py — the census of people's names written as LOGINS: user names, account
names and handles, where systems and people write them, and the accounts of no one in the
same places.

    python3 generate_logins.py > logins.jsonl              writes the census
    python3 generate_logins.py --check logins.jsonl        TAP: the committed file is what this writes

Written before reading scrub/names.c, scrub/columns.c or their tests, from the forms directory
services, mail systems and firms make logins in, and from the published formats that print
them: OpenSSH's command line and its auth.log lines (`Accepted publickey for`, `Failed password
for invalid user`, pam_unix's `session opened for user`, sudo's `user : TTY=`), systemd-logind,
`ls -l`, `ps`, `top`, `last` and `who` columns, /etc/passwd, sudoers, `chown`, `crontab -u`,
Windows security events (`Account Name:`, `DOMAIN\\user`), LDIF (`uid=`, `sAMAccountName:`),
MySQL's `'user'@'host'`, PostgreSQL's `GRANT … TO`, `CREATE USER`, `psql -U`, AWS IAM ARNs,
kubeconfig, Docker's and Git's credential configs, Jira and GitHub fields and mentions,
Jenkins's "Started by user", Postfix's `sasl_username=`, vsftpd's log, and from how people write
about an account in English, Norwegian, Swedish, German, French and Spanish ("the account X was
locked", "brukeren X er sperret", "kontot X är låst", "das Konto X", "le compte X", "la cuenta X").
  - people: half from the earlier name censuses' pools (generate_names.py's LISTED and UNLISTED,
    generate_names2.py's NEW, generate_names3.py's NEW3), half from this census's own: common
    names of the six countries, with their national letters, and of people who moved there
    (Indian, Ghanaian, Polish, Somali, Vietnamese, Turkish, Greek, Senegalese, Romanian, Ukrainian);
  - logins: initial + surname (`jsmith`, `knordmann`), surname + initial (`smithj`), `john.smith`,
    `john_smith`, `john-smith`, `johnsmith`, with a number (`jsmith2`, `john.smith92`), two letters
    and surname (`jo.smith`), given name and initial (`kari.n`, `ola_n`), `nordmann.kari`, three
    initials (`kno`), the given name alone (`kari`, `jürgen`, `björn`, and folded `jurgen`,
    `bjorn`); folded to ASCII where systems fold, with their letters in prose and chat; upper case
    where Windows and AD print them (`JSMITH`); in the domain forms `CORP\\jsmith`,
    `jsmith@CORP.LOCAL`, `uid=jsmith,ou=…`;
  - decoys in the same places, about a third of the slots: system and service accounts (root,
    postgres, www-data, svc_sql, dependabot[bot] …), role mailboxes and shared logins of each
    language (support, kundeservice, regnskap, kasse1, buchhaltung, compta …), products and
    projects, and words that are names elsewhere used as the login of a thing (mark, will).
Labels: the login as written is PERSON (`--username=violaine.dubois` → `violaine.dubois`, in
`CORP\\JSMITH` → `JSMITH`), at every whole-word occurrence (the scorer's rule); an IPv4 address is
IP_ADDRESS. A decoy is kept when it occurs once and apart from every value.
Python stdlib only; deterministic (seeded random.Random). The format is
tests/scrub/realistic/README.md's: {"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import re
import sys
import unicodedata

from census_common import LANGS, main as census_main
from generate_names import LISTED, UNLISTED
from generate_names2 import NEW
from generate_names3 import NEW3

CASES_PER_LANG = 54

# This census's own people: common names of each country (with its letters) and of people who moved there.
OWN = {
    "en": ("Oliver Amelia Harry Isla George Poppy Charlie Imogen Priya Arjun Kwame Wiktoria Sadia Chinedu",
           "Thompson Roberts Evans Turner Morgan Patel Khan Begum Nowak Mensah Osei Ahmed Fletcher Doyle"),
    "no": ("Jørgen Åse Sigrid Torbjørn Bjørn Synnøve Øystein Frøydis Ragnar Tuva Hamza Aisha Wojciech Linh",
           "Bakken Solberg Strand Moen Eide Sæther Holm Kristoffersen Rønning Ødegård Hussain Abdi Kowalski Nguyen"),
    "sv": ("Björn Åsa Göran Märta Örjan Ebba Hampus Saga Viggo Tove Zeynep Dragan Leyla Abdullahi",
           "Lindqvist Nyström Sjöberg Åberg Forsberg Ekström Holmgren Sundqvist Öberg Wallin Kaya Petrović Ibrahim Warsame"),
    "de": ("Jürgen Jörg Günther Bärbel Sönke Ute Dörte Lutz Frauke Heiko Emre Özlem Piotr Dimitrios",
           "Müller Schäfer Krüger Hoffmann Köhler Schröder Weiß Böhm Lehmann Vogt Yılmaz Çelik Papadopoulos Arslan"),
    "fr": ("Amélie Hélène Jérôme Benoît Cécile Loïc Gaëlle Clément Maëlle Anaïs Mamadou Awa Karim Ionela",
           "Lefèvre Girard Mercier Fournier Gauthier Rousseau Morel Bonnet Faure Chevalier Diop Haddad Keita Popescu"),
    "es": ("Íñigo Begoña Nuria Álvaro Rocío Jesús Aitor Ainhoa Iker Lucía Ionuț Kateryna Wilson Yurena",
           "Fernández Martínez Gómez Díaz Sánchez Muñoz Jiménez Navarro Domínguez Ibáñez Popa Benítez Quintero Chávez"),
}

# Accounts of no one: systems', services', robots'; the shared logins of each language; things.
SYSTEM = ("root admin administrator postgres www-data nginx ubuntu ec2-user git nobody daemon deploy jenkins "
          "ansible backup svc_sql svc-backup sa ci-bot dependabot[bot] grafana monitoring mysql redis vagrant "
          "gitlab-runner centos oracle").split()
SHARED = {
    "en": "support reception test demo guest user1 helpdesk accounts sales scanner".split(),
    "no": "kundeservice regnskap kasse1 lager resepsjon test demo gjest post skanner".split(),
    "sv": "kundtjanst ekonomi kassa1 lager reception test demo gast info skrivare".split(),
    "de": "buchhaltung empfang kasse1 lager vertrieb test demo gast info scanner".split(),
    "fr": "compta accueil caisse1 stock support test demo invite info scanner".split(),
    "es": "contabilidad recepcion caja1 almacen soporte test demo invitado info escaner".split(),
}
THINGS = "billing-api webshop payroll atlas phoenix orion nordlys reporting mark will".split()


def fold(s):
    """ASCII, as account systems write a name: letters without their marks, ø o, æ ae, ß ss."""
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss") \
        .replace("ł", "l").replace("ı", "i").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def squash(s):
    """A name part as one run of letters: no blanks, hyphens or apostrophes."""
    return s.lower().replace(" ", "").replace("-", "").replace("'", "")


class Person:
    def __init__(self, given, surname):
        self.given, self.surname = given.split()[0], surname.split()[-1]


# (weight, form) — the forms systems and people make logins in.
FORMS = [(16, "initial_surname"), (5, "surname_initial"), (12, "first.last"), (8, "first_last"), (5, "first-last"),
         (6, "firstlast"), (5, "initial_surname_digit"), (4, "first.last_year"), (4, "two.surname"),
         (4, "first.i"), (16, "first"), (4, "last.first"), (4, "first_i"), (3, "three_initials")]


def login(rng, p, letters):
    """A login made from person `p`; `letters`: the national letters may stay (chat, prose, Windows)."""
    g, s = squash(p.given), squash(p.surname)
    if not letters or rng.random() < 0.5:
        g, s = fold(g), fold(s)
    total = sum(w for w, _ in FORMS)
    roll, form = rng.uniform(0, total), FORMS[-1][1]
    for weight, name in FORMS:
        if roll < weight:
            form = name
            break
        roll -= weight
    return {
        "initial_surname": lambda: g[0] + s,
        "surname_initial": lambda: s + g[0],
        "first.last": lambda: g + "." + s,
        "first_last": lambda: g + "_" + s,
        "first-last": lambda: g + "-" + s,
        "firstlast": lambda: g + s,
        "initial_surname_digit": lambda: g[0] + s + str(rng.randrange(1, 10)),
        "first.last_year": lambda: g + "." + s + str(rng.randrange(60, 100)),
        "two.surname": lambda: g[:2] + "." + s,
        "first.i": lambda: g + "." + s[0],
        "first": lambda: g,
        "last.first": lambda: s + "." + g,
        "first_i": lambda: g + "_" + s[0],
        "three_initials": lambda: g[0] + s[:2],
    }[form]()


# ---- places: {u} a login folded to ASCII, {n} one that may keep its letters, {U} one in capitals,
# {same} the slot before it again. --------------------------------------------------------------------------------
TECH = {
    "cli_flags": ["ssh -l {u} bastion.example.net", "./deploy.sh --user={u} --env=staging",
                  "lftp -u {u} sftp://files.example.net", "smbclient //fs01/share -U {u}",
                  "mysql -u {u} -p -h db01.internal billing", "psql -U {u} -h pg01 -d sales",
                  "docker login -u {u} registry.example.net", "backup-tool --username={u} --dry-run",
                  "rclone lsd remote: --login {u}", "python3 sync.py --username {u} --since 2025-03-01"],
    "ssh_scp_git": ["ssh {u}@db01.internal", "scp report.csv {u}@files.example.net:/tmp/",
                    "git clone ssh://{u}@git.example.net:2222/infra/ansible.git",
                    "rsync -av ./dist/ {u}@web02:/var/www/", "sftp {u}@sftp.example.net",
                    "git remote set-url origin ssh://{u}@git.example.net/team/app.git"],
    "home_dirs": ["/home/{u}/.ssh/authorized_keys", "/Users/{u}/Library/Logs/app.log",
                  "C:\\Users\\{n}\\AppData\\Local\\Temp\\setup.log", "~{u}/public_html/index.html",
                  "cd /home/{u}/projects && make", "Traceback: File \"/home/{u}/venv/lib/python3.11/site-packages/app.py\""],
    "ls_columns": ["-rw-r--r--  1 {u}  staff   4096 Mar  4 10:12 report.xlsx",
                   "drwxr-x---  5 {u} {same}  4096 Mar  4 09:58 backups",
                   "-rwxr-xr-x  1 {u} devs     812 Feb 27 16:40 run.sh",
                   "-rw-------  1 {u} {same}   1675 Jan 12 08:03 id_ed25519"],
    "ps_top": ["USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
               "{u}      2314  0.0  1.2 123456 45678 ?        S    10:12   0:00 python3 worker.py",
               "{u}      2390  1.3  0.4  98120 14044 pts/1    Ss   10:14   0:01 -bash",
               "  4471 {u}      20   0  812m  45m  12m S   3.0  1.2   0:04.11 node"],
    "last_who": ["{u}    pts/0        10.0.3.77        Tue Mar  4 10:12   still logged in",
                 "{u}    pts/1        2025-03-04 09:58 (10.0.3.80)",
                 "{u}    tty7         :0               Mon Mar  3 08:01 - 17:12  (09:11)"],
    "auth_log": ["Mar  4 10:12:33 bastion sshd[2211]: Accepted publickey for {u} from 10.0.3.77 port 51234 ssh2",
                 "Mar  4 10:13:02 bastion sshd[2290]: Failed password for invalid user {u} from 203.0.113.9 port 40022 ssh2",
                 "Mar  4 10:13:40 bastion sshd[2301]: pam_unix(sshd:session): session opened for user {u}(uid=1003) by (uid=0)",
                 "Mar  4 10:14:11 bastion sudo:    {u} : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
                 "Mar  4 10:15:09 bastion sshd[2333]: Failed password for {u} from 198.51.100.4 port 52110 ssh2",
                 "Mar 04 10:16:20 web01 systemd-logind[612]: New session 42 of user {u}."],
    "windows_events": ["An account was successfully logged on.\nSubject:\n\tSecurity ID:\t\tCORP\\{U}\n\tAccount Name:\t\t{same}\n\tAccount Domain:\t\tCORP",
                       "An account failed to log on.\nAccount For Which Logon Failed:\n\tAccount Name:\t\t{U}\n\tAccount Domain:\t\tCORP",
                       "Logon Account: {U}", "runas /user:CORP\\{u} cmd", "net user {u} /domain",
                       "User CORP\\{n} signed in to RDS01"],
    "ad_ldap": ["dn: uid={u},ou=people,dc=example,dc=com", "sAMAccountName: {u}", "uid: {u}",
                "memberUid: {u}", "ldapsearch -x -D \"uid={u},ou=people,dc=example,dc=com\" -W",
                "userPrincipalName: {u}@CORP.LOCAL", "member: uid={u},ou=people,dc=example,dc=com"],
    "passwd_sudoers": ["{u}:x:1003:1003::/home/{same}:/bin/bash", "{u} ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app",
                       "chown {u}:{same} /srv/data -R", "crontab -u {u} -e", "usermod -aG docker {u}",
                       "htpasswd -B /etc/nginx/.htpasswd {u}", "passwd -l {u}", "userdel -r {u}"],
    "sql": ["CREATE USER '{u}'@'localhost';", "GRANT SELECT ON billing.* TO '{u}'@'%';",
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {u};", "CREATE USER {u} WITH LOGIN;",
            "ALTER USER {u} VALID UNTIL '2025-06-30';", "DROP USER IF EXISTS {u};",
            "REVOKE ALL ON DATABASE sales FROM {u};",
            "ERROR 1045 (28000): Access denied for user '{u}'@'10.0.4.12' (using password: YES)"],
    "cloud_configs": ["arn:aws:iam::123456789012:user/{u}", "users:\n- name: {u}\n  user:\n    client-certificate: /etc/kube/{same}.crt",
                      "[credential \"https://git.example.net\"]\n\tusername = {u}",
                      "{{\"auths\": {{\"registry.example.net\": {{\"username\": \"{u}\"}}}}}}",
                      "aws iam list-access-keys --user-name {u}", "kubectl config set-credentials {u} --exec-command=kubelogin"],
    "tracker_fields": ["assignee: {n}", "reporter: {n}", "@{n} can you review this?", "https://github.com/{u}/dotfiles",
                       "Reviewers: @{n}", "Started by user {u}", "Build #482 triggered by {u}", "\"login\": \"{u}\""],
    "mail_ftp_logs": ["Mar  4 10:12:33 mx1 postfix/smtpd[3321]: 4F2A31C0: client=unknown[203.0.113.7], sasl_method=LOGIN, sasl_username={u}",
                      "Tue Mar  4 10:20:01 2025 [pid 1882] [{u}] OK LOGIN: Client \"10.0.3.77\"",
                      "2025-03-04T10:12:33Z INFO auth: login ok user={u} src=vpn",
                      "2025-03-04 10:14:02 WARN login failed for user \"{u}\" (3 attempts)",
                      "dovecot: imap-login: Login: user=<{u}>, method=PLAIN, rip=10.0.3.77"],
}

PROSE = {
    "en": ["reset the password for {n}, locked out again", "the account {n} was locked after 5 failed attempts",
           "ask {n} for access to the repo", "can you add {n} to the admins group?", "{n} pushed a broken commit to main",
           "please disable the user {n}, left on Friday", "login {n} cannot sign in to the VPN",
           "who owns {n}? it still has a licence"],
    "no": ["brukeren {n} er sperret", "kan du tilbakestille passordet til {n}?", "gi {n} tilgang til regnskapsmappa",
           "{n} har ikke logget inn siden mandag", "kontoen {n} må deaktiveres, sluttet i går",
           "legg til {n} i gruppen drift", "brukernavnet mitt er {n}"],
    "sv": ["kontot {n} är låst", "kan du återställa lösenordet för {n}?", "ge {n} behörighet till mappen",
           "användaren {n} har slutat, ta bort kontot", "{n} kommer inte åt VPN", "lägg till {n} i gruppen ekonomi",
           "mitt användarnamn är {n}"],
    "de": ["das Konto {n} ist gesperrt", "bitte das Passwort für {n} zurücksetzen", "der Benutzer {n} ist ausgeschieden",
           "{n} kommt nicht ins VPN", "gib {n} Zugriff auf das Laufwerk", "füge {n} zur Gruppe Buchhaltung hinzu",
           "mein Benutzername ist {n}"],
    "fr": ["le compte {n} est bloqué", "peux-tu réinitialiser le mot de passe de {n} ?", "l'utilisateur {n} a quitté la société",
           "{n} n'arrive pas à se connecter au VPN", "donne à {n} l'accès au partage", "ajoute {n} au groupe compta",
           "mon identifiant est {n}"],
    "es": ["la cuenta {n} está bloqueada", "¿puedes restablecer la contraseña de {n}?", "el usuario {n} ya no trabaja aquí",
           "{n} no puede entrar en la VPN", "dale a {n} acceso a la carpeta", "añade {n} al grupo contabilidad",
           "mi nombre de usuario es {n}"],
}

SLOT = re.compile(r"\{(u|n|U|same)\}")
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


def word_char(c):
    """The scorer's word character (tests/scrub/evaluate.c): ASCII letters, digits, '_', and
    outside ASCII every letter (not Latin-1's punctuation, general or CJK punctuation)."""
    o = ord(c)
    if o < 0x80:
        return c == "_" or c.isalnum()
    return not (o <= 0xBF or o in (0xD7, 0xF7) or 0x2000 <= o <= 0x206F or 0x3000 <= o <= 0x303F)


def whole_words(text, value):
    found, at = [], text.find(value)
    while at >= 0:
        end = at + len(value)
        starts = not word_char(value[0]) or at == 0 or not word_char(text[at - 1])
        ends = not word_char(value[-1]) or end == len(text) or not word_char(text[end])
        if starts and ends:
            found.append(at)
        at = text.find(value, at + 1)
    return found


class Case:
    """One case's people and decoys, drawn as its template's slots are filled."""

    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang
        self.values, self.decoys, self.used = [], [], set()
        self.last = None

    def person(self):
        roll = self.rng.random()
        if roll < 0.5:
            pools = (LISTED, UNLISTED, NEW, NEW3)[int(roll * 8)]
        else:
            pools = OWN
        given, surnames = pools[self.lang]
        return Person(self.rng.choice(given.split()), self.rng.choice(surnames.split()))

    def slot(self, kind):
        if kind == "same":
            return self.last
        letters = kind == "n"
        for _ in range(30):
            if self.rng.random() < 0.33:
                value = self.rng.choice(SYSTEM + SHARED[self.lang] + THINGS)
                is_person = False
            else:
                value = login(self.rng, self.person(), letters)
                is_person = True
            if kind == "U":
                value = value.upper()
            if value not in self.used and not any(value in u or u in value for u in self.used):
                break
        self.used.add(value)
        (self.values if is_person else self.decoys).append(value)
        self.last = value
        return value

    def fill(self, line):
        return SLOT.sub(lambda m: self.slot(m.group(1)), line.replace("{{", "\x01").replace("}}", "\x02")) \
            .replace("\x01", "{").replace("\x02", "}")


def finish(case_id, lang, shape, text, c):
    labelled, spans = [], []
    for value in dict.fromkeys(c.values):
        where = whole_words(text, value)
        assert where, (case_id, value, text)
        for at in where:
            labelled.append((at, "PERSON", value))
            spans.append((at, at + len(value)))
    for match in IPV4.finditer(text):
        labelled.append((match.start(), "IP_ADDRESS", match.group(0)))
        spans.append(match.span())
    labelled.sort()
    decoys = []
    for d in dict.fromkeys(c.decoys):
        if text.count(d) != 1:
            continue
        at = text.find(d)
        if any(at < e and s < at + len(d) for s, e in spans) or any(d in v or v in d for v in c.values):
            continue
        decoys.append(d)
    seen, entities = set(), []
    for _, kind, value in labelled:
        entities.append({"type": kind, "value": value})
        seen.add(value)
    return {"id": case_id, "lang": lang, "shape": shape, "text": text, "entities": entities, "decoys": decoys}


def technical(c, lang):
    shape = c.rng.choice(sorted(TECH))
    lines = TECH[shape]
    picked = c.rng.sample(lines, min(len(lines), c.rng.choice([2, 3])))
    if shape == "ps_top" and lines[0] not in picked:
        picked = [lines[0]] + picked[:2]
    elif shape == "ps_top":
        picked.remove(lines[0])
        picked = [lines[0]] + picked
    return shape, "\n".join(c.fill(line) for line in picked)


def prose(c, lang):
    picked = c.rng.sample(PROSE[lang], 2)
    return "prose", "\n".join(c.fill(line) for line in picked)


def generate():
    rng = random.Random(20261215)
    out = []
    for lang in LANGS:
        for n in range(CASES_PER_LANG):
            c = Case(rng, lang)
            shape, text = (prose if n % 5 in (1, 3) else technical)(c, lang)
            out.append(json.dumps(finish("logins-%s-%d" % (lang, n), lang, shape, text, c), ensure_ascii=False))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(census_main(sys.argv, generate, "generate_logins.py", __doc__))
