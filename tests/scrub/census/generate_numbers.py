#!/usr/bin/env python3
"""generate_numbers.py — a census of the number formats: every written form of the numeric types, not one author's.

    python3 generate_numbers.py > numbers.jsonl          writes the census (seed 41, 1,205 cases)
    python3 generate_numbers.py --check numbers.jsonl    TAP: the committed census is what this writes
    python3 generate_numbers.py --round2 > numbers2.jsonl    round 2 (seed 42): phones of 22 more countries
                                                             and ABA routing numbers in more containers
    python3 generate_numbers.py --round2 --check numbers2.jsonl

The realistic halves each show the forms one author thought of; this file enumerates the format
space instead, from the published formats and how logs, configs, tables, forms and people in six
languages write them: for each class a list of value forms crossed with a list of contexts, sampled
with a seeded random.Random (Python stdlib only, same bytes every run).

Classes: IP_ADDRESS (IPv4 and IPv6 in log lines, configs, headers, tables and prose), DATE_OF_BIRTH
(numeric and month-name dates, also after their weekday, after birth cues of six languages, under
keys, in columns, with the cue after), PHONE (national styles of US/CA, UK, NO, SE, DK, DE, FR, ES
after cues and under keys), the national numbers (US_ABA_ROUTING, SSN_US, SIN_CA, UK_NINO, NO_FNR,
SE_PERSONNUMMER, DE_TAX_ID, IBAN) and AWS_SECRET_ACCESS_KEY in the containers it is kept in.

Decoys, each a decision written down:
- `0.0.0.0`, `::`, loopback (`127.0.0.1`, `::1`) and netmasks name no host: kept (README types table);
- four dotted numbers after a version word, OIDs, dotted section numbers and `12.03.2024` are no address;
- a date under a label that names another date (deadline, invoice, created, released, a log stamp) is
  no birth date;
- order, invoice, tracking and article numbers, Unix times and amounts are no phone;
- a number of a national id's length that fails its checksum, or that sits under another label
  (account, order, invoice, case), is no national id.
Values come from tests/scrub/realistic/values.py (its own checksum code). The first round of forms
and contexts was written before reading scrub/; the second (weekdays, verbs of contacting, more
keys, containers and cues) after the first score, still from the formats, not from the rules."""
import datetime
import json
import os
import random
import re
import string
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "realistic"))
from values import Values  # noqa: E402
from census_common import LANGS, MONTHS, main as census_main

SEED = 41

FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


def case(lang, shape, text, entities, decoys=()):
    for _, value in entities:
        assert value in text, (value, text)
    for d in decoys:
        assert d in text, (d, text)
    return {"lang": lang, "shape": shape, "text": text,
            "entities": [{"type": t, "value": v} for t, v in entities], "decoys": list(decoys)}


class Census:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.v = Values(self.r)

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    # ------------------------------------------------------------------ IP_ADDRESS
    def ipv4(self):
        return self.v.ipv4()

    def ipv6(self):
        r, hexd = self.r, "0123456789abcdef"
        groups = ["".join(self.pick(hexd) for _ in range(r.randrange(1, 5))).lstrip("0") or "0" for _ in range(8)]
        form = r.randrange(6)
        if form == 0:
            return "2001:db8:" + groups[2] + "::" + groups[7]
        if form == 1:
            return "2a02:" + ":".join(groups[1:])
        if form == 2:      # full, leading zeros written
            return ":".join(g.zfill(4) for g in ["2a01"] + groups[1:])
        if form == 3:
            return "2600:1f18:" + groups[2] + ":" + groups[3] + "::" + groups[6]
        if form == 4:
            return "fd12:3456:789a:" + groups[3] + "::" + groups[7]
        return "2a00:1450:4001:" + groups[3] + "::200e"

    IP_LOG = [
        ("sshd", "sshd[{n}]: Accepted publickey for deploy from {ip} port {port} ssh2"),
        ("sshd", "sshd[{n}]: Failed password for invalid user admin from {ip} port {port} ssh2"),
        ("logfmt", "level=warn msg=\"rate limited\" client={ip} status=429"),
        ("firewall", "[UFW BLOCK] IN=eth0 OUT= MAC= SRC={ip} DST={ip2} PROTO=TCP SPT={port} DPT=22"),
        ("firewall", "kernel: DROP src={ip} dst={ip2} proto=udp"),
        ("postfix", "postfix/smtpd[{n}]: connect from unknown[{ip}]"),
        ("log", "WARN upstream timed out (peer {ip}) while reading response header"),
        ("log", "connect() to {ip}:{port} failed (111: Connection refused)"),
        ("log", "blocked {ip}, {ip2}, and 3 more after 5 failures"),
        ("json_log", "{{\"remote_addr\": \"{ip}\", \"status\": 403, \"path\": \"/login\"}}"),
        ("nginx", "{ip} - - [12/Mar/2024:10:11:12 +0000] \"GET /health HTTP/1.1\" 200 612 \"-\" \"curl/8.4.0\""),
        ("header", "X-Forwarded-For: {ip}, {ip2}\nX-Real-IP: {ip}"),
        ("header", "Forwarded: for={ip};proto=https"),
        ("iptables", "iptables -A INPUT -s {ip}/32 -p tcp --dport 22 -j ACCEPT"),
        ("nginx_conf", "location /admin {{\n    allow {ip}/24;\n    allow {ip2};\n    deny all;\n}}"),
        ("ssh", "ssh: connect to host {ip} port 22: Connection timed out"),
        ("ssh", "Warning: Permanently added '{ip}' (ED25519) to the list of known hosts."),
        ("hosts", "{ip}    db-primary.internal db-primary"),
        ("ping", "64 bytes from {ip}: icmp_seq=1 ttl=57 time=11.2 ms"),
        ("traceroute", " 3  {ip}  4.120 ms  3.987 ms  4.002 ms"),
        ("csv", "host_id,ip_address,status\n17,{ip},up\n18,{ip2},down"),
        ("psql", " id |   addr    | state\n----+-----------+-------\n 17 | {ip} | active"),
        ("yaml", "database:\n  host: {ip}\n  port: {port}"),
        ("env", "REDIS_HOST={ip}\nREDIS_PORT={port}"),
        ("url", "curl -s http://{ip}:{port}/metrics | head"),
        ("docker", "docker run -p {ip}:8080:80 nginx"),
        ("quoted", "bind_address = \"{ip}\""),
        ("range", "DHCP pool {ip}-{ip2} exhausted"),
        ("dig", ";; ANSWER SECTION:\napi.example.net. 300 IN A {ip}"),
        ("mysql", "ERROR 1045 (28000): Access denied for user 'app'@'{ip}' (using password: YES)"),
        ("ssh", "ssh -i ~/.ssh/id_ed25519 ubuntu@{ip}"),
        ("ssh", "scp backup.tar.gz root@{ip}:/var/backups/"),
        ("url", "DATABASE_HOST=jdbc:postgresql://{ip}:5432/app"),
        ("url", "Server={ip},1433;Database=crm;Integrated Security=true"),
        ("config", "[web]\nweb1 ansible_host={ip} ansible_user=deploy"),
        ("config", "nameserver {ip}\nsearch corp.internal"),
        ("config", "[Peer]\nEndpoint = {ip}:51820\nAllowedIPs = {ip2}/32"),
        ("config", "spec:\n  type: LoadBalancer\n  loadBalancerIP: {ip}\n  clusterIP: {ip2}"),
        ("config", "ip route add {ip2}/24 via {ip} dev eth0"),
        ("netstat", "tcp   0   0 {ip2}:22   {ip}:{port}   ESTABLISHED"),
        ("xml", "<host><ip>{ip}</ip><role>db</role></host>"),
        ("prose_sentence_end", "The backup server is {ip}."),
        ("prose_label", "IPv4: {ip} (static)"),
        ("whois", "inetnum: {ip} - {ip2}\nnetname: HOME-NET"),
    ]
    IP_KIND = {"config": "config", "xml": "config", "prose_sentence_end": "prose", "prose_label": "prose",
               "header": "header", "iptables": "config", "nginx_conf": "config", "hosts": "config", "yaml": "config",
               "env": "config", "quoted": "config", "docker": "config", "url": "config", "range": "config",
               "csv": "table", "psql": "table"}
    IP6_LOG = [
        ("sshd", "sshd[{n}]: Accepted publickey for deploy from {ip} port {port} ssh2"),
        ("bracket_port", "upstream: [{ip}]:{port} connection reset"),
        ("url", "curl -g http://[{ip}]:{port}/status"),
        ("json_log", "{{\"client_ip\": \"{ip}\", \"status\": 200}}"),
        ("ip_addr", "    inet6 {ip}/64 scope global dynamic"),
        ("header", "X-Forwarded-For: {ip}"),
        ("csv", "ts,client,bytes\n1712345678,{ip},5123"),
        ("nginx_conf", "allow {ip}/48;"),
        ("hosts", "{ip}    api-v6.internal"),
        ("listen", "listen [{ip}]:443 ssl;"),
        ("prose", "My IPv6 address is {ip}."),
        ("resolv", "nameserver {ip}"),
        ("upper", "Address: {IP}"),
        ("ssh", "ssh admin@{ip}"),
    ]
    IP_PROSE = {
        "en": ["My home IP is {ip}, can you check whether it is on the blocklist?",
               "The attacker came from {ip} according to our logs.",
               "I can't reach the server at {ip} since this morning."],
        "no": ["IP-adressen min hjemme er {ip}, kan dere sjekke sperrelisten?",
               "Angrepet kom fra {ip} ifølge loggene våre.",
               "Jeg når ikke serveren på {ip} siden i morges."],
        "sv": ["Min IP-adress hemma är {ip}, kan ni kolla spärrlistan?",
               "Attacken kom från {ip} enligt våra loggar.",
               "Jag når inte servern på {ip} sedan i morse."],
        "de": ["Meine IP-Adresse ist {ip}, könnt ihr die Sperrliste prüfen?",
               "Der Angriff kam laut unseren Logs von {ip}.",
               "Ich erreiche den Server unter {ip} seit heute früh nicht."],
        "fr": ["Mon adresse IP est {ip}, pouvez-vous vérifier la liste de blocage ?",
               "L'attaque venait de {ip} d'après nos journaux.",
               "Je n'arrive plus à joindre le serveur ({ip}) depuis ce matin."],
        "es": ["Mi dirección IP es {ip}, ¿podéis revisar la lista de bloqueo?",
               "El ataque vino de {ip} según nuestros registros.",
               "No llego al servidor en {ip} desde esta mañana."],
    }

    def ip_decoy(self):
        r = self.r
        v4 = "%d.%d.%d.%d" % (r.randrange(1, 20), r.randrange(0, 30), r.randrange(0, 20), r.randrange(0, 300))
        kinds = [
            ("version", "en", "Upgraded the agent to version {d} last night.", v4),
            ("version", "de", "Firmware v{d} behebt den Fehler.", v4),
            ("version", "fr", "Le client Chrome/{d} plante au démarrage.", "1%d.0.%d.%d" % (
                r.randrange(10, 30), r.randrange(1000, 7000), r.randrange(10, 200))),
            ("oid", "en", "snmpget -v2c -c public host 1.3.6.1.2.1.1.{d}.0", "%d" % r.randrange(1, 9)),
            ("oid", "en", "OID 1.2.840.113549.1.1.{d} (sha256WithRSAEncryption)", "%d" % r.randrange(10, 14)),
            ("section", "de", "Siehe Abschnitt {d} der Richtlinie.", "%d.%d.%d.%d" % (
                r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9))),
            ("section", "no", "Se punkt {d} i avtalen.", "%d.%d.%d.%d" % (
                r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9))),
            ("any", "en", "server listening on {d}:8080", "0.0.0.0"),
            ("any", "sv", "Tjänsten lyssnar på {d} port 5432.", "0.0.0.0"),
            ("loopback", "en", "curl http://{d}:3000/health", "127.0.0.1"),
            ("loopback", "es", "El servicio solo escucha en {d}.", "127.0.0.1"),
            ("loopback", "en", "listen [{d}]:80;", "::1"),
            ("netmask", "en", "ifconfig eth0 netmask {d} up", "255.255.255.0"),
            ("build", "en", "Windows 11 build {d} is affected.", "10.0.%d.%d" % (r.randrange(19041, 26100),
                                                                                 r.randrange(100, 5000))),
            ("section", "fr", "Voir l'article {d} du règlement.", "%d.%d.%d.%d" % (
                r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9))),
            ("section", "en", "as described in section {d} of the spec", "%d.%d.%d.%d" % (
                r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9))),
            ("section", "es", "Véase el apartado {d} del contrato.", "%d.%d.%d.%d" % (
                r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9))),
            ("section", "sv", "Se avsnitt {d} i avtalet.", "%d.%d.%d.%d" % (
                r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9), r.randrange(1, 9))),
            ("date", "de", "Rechnung vom {d}, zahlbar binnen 14 Tagen.", "%02d.%02d.2024" % (
                r.randrange(1, 29), r.randrange(1, 13))),
            ("date", "no", "Møtet er flyttet til {d}.", "%02d.%02d.2025" % (r.randrange(1, 29), r.randrange(1, 13))),
        ]
        shape, lang, text, d = self.pick(kinds)
        full = text.replace("{d}", d)
        if shape == "oid":
            d = full.split()[-2] if "snmpget" in full else full.split()[1]
        return case(lang, "decoy_" + shape, full, [], [d])

    def ip_cases(self):
        out = []
        for shape, tpl in self.IP_LOG:
            for _ in range(3):
                ip, ip2 = self.ipv4(), self.ipv4()
                while ip in ip2 or ip2 in ip:
                    ip2 = self.ipv4()
                text = tpl.format(ip=ip, ip2=ip2, port=self.v.port(), n=self.r.randrange(1000, 99999))
                ents = [("IP_ADDRESS", ip)] * text.count(ip)
                if "{ip2}" in tpl:
                    ents += [("IP_ADDRESS", ip2)] * text.count(ip2)
                out.append(case(self.pick(LANGS), "ip_" + self.IP_KIND.get(shape, "log"), text, ents))
        for shape, tpl in self.IP6_LOG:
            for _ in range(3):
                ip = self.ipv6()
                if "{IP}" in tpl:
                    ip = ip.upper()
                text = tpl.format(ip=ip, IP=ip, port=self.v.port(), n=self.r.randrange(1000, 99999))
                out.append(case(self.pick(LANGS), "ip6", text, [("IP_ADDRESS", ip)]))
        for _ in range(4):     # zone and IPv4-mapped
            ip = "fe80::%x:%x" % (self.r.randrange(1, 0xffff), self.r.randrange(1, 0xffff))
            out.append(case("en", "ip6_zone", "ping6 -c1 %s%%eth0" % ip, [("IP_ADDRESS", ip)]))
            mapped = "::ffff:" + self.ipv4()
            line = self.pick(["accepted connection from %s:%s", "client %s port %s", "peer=[%s]:%s"])
            out.append(case("en", "ip6_mapped", line % (mapped, self.v.port()), [("IP_ADDRESS", mapped)]))
        for lang in LANGS:
            for tpl in self.IP_PROSE[lang]:
                ip = self.ipv4() if self.r.random() < 0.75 else self.ipv6()
                out.append(case(lang, "ip_prose", tpl.format(ip=ip), [("IP_ADDRESS", ip)]))
        for _ in range(40):
            out.append(self.ip_decoy())
        return out

    # ------------------------------------------------------------------ DATE_OF_BIRTH
    def date_forms(self, lang, y, m, d):
        """The ways a date is written: numeric forms any language uses, and those with month names."""
        mon = MONTHS[lang][m - 1]
        en = MONTHS["en"][m - 1]
        weekday = WEEKDAYS[lang][datetime.date(y, m, d).weekday()]
        # the weekday before the date stays outside the value (WEEKDAY_END marks where it ends): it
        # tells one day in seven, and a scrubber that masks the date alone has masked the birth date
        named = {"en": "%s, \0%d %s %04d" % (weekday, d, en, y), "no": "%s \0%d. %s %04d" % (weekday, d, mon, y),
                 "sv": "%s \0%d %s %04d" % (weekday, d, mon, y), "de": "%s, \0%d. %s %04d" % (weekday, d, mon, y),
                 "fr": "%s \0%d %s %04d" % (weekday, d, mon, y), "es": "%s, \0%d de %s de %04d" % (weekday, d, mon, y)}
        numeric = [named[lang], "%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y),
                   "%02d/%02d/%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y), "%04d%02d%02d" % (y, m, d)]
        if lang == "en":
            ordinal = "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))
            return numeric + ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y), "%d %s %04d" % (d, en, y),
                              "%s %s, %04d" % (en, ordinal, y), "%s %d, %04d" % (en, d, y),
                              "%02d-%s-%04d" % (d, ABBR[m - 1], y), "%s %d, %04d" % (ABBR[m - 1], d, y),
                              "%s of %s %04d" % (ordinal, en, y), "%02d %s %04d" % (d, ABBR[m - 1], y),
                              "%d/%d/%02d" % (m, d, y % 100), "%02d%s%04d" % (d, ABBR[m - 1].upper(), y),
                              "%s. %d, %04d" % (ABBR[m - 1], d, y), "%s %s %04d" % (ordinal, en, y),
                              "%04d/%02d/%02d" % (y, m, d), "%04d.%02d.%02d" % (y, m, d),
                              "%02d-%s-%02d" % (d, ABBR[m - 1].upper(), y % 100)]
        if lang == "no":
            return numeric + ["%d. %s %04d" % (d, mon, y), "%02d.%02d.%02d" % (d, m, y % 100),
                              "%d. %s. %04d" % (d, mon[:3], y), "%d/%d-%04d" % (d, m, y),
                              "%02d%02d%02d" % (d, m, y % 100)]
        if lang == "sv":
            return numeric + ["%d %s %04d" % (d, mon, y), "%02d%02d%02d" % (y % 100, m, d),
                              "%d/%d %04d" % (d, m, y), "%d %s. %04d" % (d, mon[:3], y)]
        if lang == "de":
            return numeric + ["%d. %s %04d" % (d, mon, y), "%02d.%02d.%02d" % (d, m, y % 100),
                              "%d.%s %04d" % (d, mon, y), "%d. %s. %04d" % (d, mon[:3], y)]
        if lang == "fr":
            day = "1er" if d == 1 else str(d)
            return numeric + ["%s %s %04d" % (day, mon, y), "%02d/%02d/%02d" % (d, m, y % 100),
                              "%s %s %04d" % (day, FR_ABBR[m - 1], y)]
        return numeric + ["%d de %s de %04d" % (d, mon, y), "%d/%s/%04d" % (d, mon, y), "%d %s %04d" % (d, mon, y),
                          "%d-%s-%04d" % (d, mon[:3], y), "%02d/%02d/%02d" % (d, m, y % 100)]

    DOB_CUES = {
        "en": ["born {d}", "DOB: {d}", "Date of birth: {d}", "birthday: {d}", "b. {d}", "D.O.B. {d}",
               "I was born on {d}", "{d} is my birthday", "born on {d} in Leeds", "Birth date {d}",
               "{d} (date of birth)", "my date of birth is {d}", "DoB {d}", "Birthdate: {d}", "bday {d}",
               "DOB (MM/DD/YYYY): {d}", "date of birth {d} (age 39)", "born: {d}", "Born on {d}",
               "age 39 (born {d})", "DOB/Age: {d}"],
        "no": ["født {d}", "f. {d}", "fødselsdato: {d}", "Fødselsdato {d}", "jeg er født {d}",
               "{d} er fødselsdagen min", "født den {d}", "Fødd: {d}", "fødselsdag: {d}", "født: {d}",
               "Født {d}", "fødselsdato (dd.mm.åååå): {d}"],
        "sv": ["född {d}", "Födelsedatum: {d}", "jag är född den {d}", "f. {d}", "född den {d} i Malmö",
               "födelsedag: {d}", "{d} är min födelsedag", "Född: {d}", "födelsedatum {d}", "född {d} i Umeå"],
        "de": ["geboren am {d}", "geb. {d}", "Geburtsdatum: {d}", "Geburtstag: {d}", "ich bin am {d} geboren",
               "Geb.-Datum: {d}", "geboren {d} in Köln", "{d} ist mein Geburtstag", "Geb. am {d}",
               "geboren: {d}", "Geburtsdatum {d}", "Geburtsdatum (TT.MM.JJJJ): {d}"],
        "fr": ["né le {d}", "née le {d}", "date de naissance : {d}", "Date de naissance: {d}",
               "je suis né le {d}", "née {d} à Lyon", "{d}, c'est ma date de naissance", "anniversaire : {d}",
               "Né(e) le : {d}", "date de naissance {d}", "né le {d} à Lille", "DDN : {d}"],
        "es": ["nacido el {d}", "nacida el {d}", "fecha de nacimiento: {d}", "F. nac.: {d}", "nací el {d}",
               "Fecha de nac.: {d}", "{d} es mi cumpleaños", "cumpleaños: {d}", "F. de nacimiento: {d}",
               "nació el {d}", "fecha de nacimiento {d}", "Nacimiento: {d}"],
    }
    DOB_FRAME = {
        "en": ["Patient record: {c}.", "Hi, {c}, please update my file.", "Applicant, {c}, Leeds."],
        "no": ["Pasient: {c}.", "Hei, {c}, oppdater journalen.", "Søker, {c}, Bergen."],
        "sv": ["Patient: {c}.", "Hej, {c}, uppdatera journalen.", "Sökande, {c}, Uppsala."],
        "de": ["Patientin: {c}.", "Hallo, {c}, bitte Akte aktualisieren.", "Bewerber, {c}, Köln."],
        "fr": ["Patiente : {c}.", "Bonjour, {c}, merci de mettre à jour.", "Candidat, {c}, Lyon."],
        "es": ["Paciente: {c}.", "Hola, {c}, actualizad mi ficha.", "Solicitante, {c}, Sevilla."],
    }
    DOB_KEYS = [
        ("json", "{{\"patient_id\": \"P-{n}\", \"dob\": \"{d}\", \"ward\": \"B2\"}}"),
        ("json", "{{\"id\": {n}, \"birthDate\": \"{d}\", \"active\": true}}"),
        ("yaml", "member:\n  id: {n}\n  date_of_birth: {d}\n  plan: gold"),
        ("env", "ansatt_id={n}\nfodselsdato={d}"),
        ("ini", "[Person]\nKundennr = {n}\nGeburtstag = {d}"),
        ("xml", "<patient id=\"{n}\"><birthDate>{d}</birthDate></patient>"),
        ("sql", "UPDATE members SET birth_date = '{d}' WHERE id = {n};"),
        ("kv", "id: {n} | DOB: {d} | plan: basic"),
        ("fhir", "{{\"resourceType\": \"Patient\", \"id\": \"{n}\", \"birthDate\": \"{d}\"}}"),
        ("form", "Fecha_Nacimiento: {d}\nExpediente: {n}"),
        ("form", "date_naissance={d}&dossier={n}"),
        ("form", "födelsedatum;{d}\nkundnr;{n}"),
        ("json", "{{\"id\": {n}, \"date_of_birth\": \"{d}\"}}"),
        ("json", "{{\"id\": {n}, \"birthday\": \"{d}\"}}"),
        ("yaml", "geburtsdatum: {d}\nkundennummer: {n}"),
        ("kv", "DOB={d}; MRN={n}"),
        ("php", "'dob' => '{d}', 'id' => {n},"),
        ("python", "patient = Patient(id={n}, date_of_birth=\"{d}\")"),
        ("hl7", "PID|1||{n}^^^HOSP||DOE^JANE||{d}|F"),
    ]
    DOB_TABLES = [
        ("csv", "member_id,dob,plan\n{n},{d},gold"),
        ("csv", "id;Geburtsdatum;Tarif\n{n};{d};Basis"),
        ("tsv", "kundnr\tfödelsedatum\tort\n{n}\t{d}\tLund"),
        ("psql", " id  | date_of_birth | plan\n-----+---------------+------\n {n} | {d}    | gold"),
        ("markdown", "| N° | Date de naissance | Ville |\n|---|---|---|\n| {n} | {d} | Lyon |"),
        ("markdown", "| nr | fødselsdato | by |\n|---|---|---|\n| {n} | {d} | Bergen |"),
        ("csv", "expediente,fecha_nacimiento,ciudad\n{n},{d},Sevilla"),
    ]
    DATE_DECOYS = {
        "en": ["Deadline: {d}", "Invoice date: {d}", "created: {d}", "released on {d}", "due {d}",
               "Last login {d}"],
        "no": ["Frist: {d}", "Fakturadato: {d}", "opprettet {d}", "levert {d}"],
        "sv": ["Sista dag: {d}", "Fakturadatum: {d}", "skapad {d}", "levererad {d}"],
        "de": ["Frist: {d}", "Rechnungsdatum: {d}", "erstellt am {d}", "Lieferung am {d}"],
        "fr": ["Échéance : {d}", "Date de facture : {d}", "créé le {d}", "livré le {d}"],
        "es": ["Fecha límite: {d}", "Fecha de factura: {d}", "creado el {d}", "entregado el {d}"],
    }

    @staticmethod
    def split_weekday(form):
        """(as written, the value): a weekday before the date is written but not labelled."""
        return form.replace("\0", ""), form.split("\0")[-1]

    def dob(self, lang):
        y, m, d = self.v.birth_date()
        return self.split_weekday(self.pick(self.date_forms(lang, y, m, d)))

    def other_date(self, lang):
        y, m, d = self.r.randrange(2019, 2027), self.r.randrange(1, 13), self.r.randrange(1, 29)
        return self.split_weekday(self.pick(self.date_forms(lang, y, m, d)))[0]

    def dob_cases(self):
        out = []
        for lang in LANGS:
            turn = 0
            for cue in self.DOB_CUES[lang]:
                for _ in range(3):        # the forms in turn, so that each meets several cues
                    y, m, d = self.v.birth_date()
                    forms = self.date_forms(lang, y, m, d)
                    written, date = self.split_weekday(forms[turn % len(forms)])
                    turn += 1
                    text = self.pick(self.DOB_FRAME[lang]).format(c=cue.format(d=written))
                    decoys = []
                    if self.r.random() < 0.4:
                        other = self.other_date(lang)
                        label = self.pick(self.DATE_DECOYS[lang]).format(d=other)
                        text += " " + label + "."
                        decoys = [other] if other != date else []
                    out.append(case(lang, "dob_cue", text, [("DATE_OF_BIRTH", date)], decoys))
        for shape, tpl in self.DOB_KEYS:
            for _ in range(3):
                lang = self.pick(LANGS)
                iso = "%04d-%02d-%02d" % self.v.birth_date()
                written, date = (iso, iso) if shape in ("json", "fhir", "sql") else self.dob(lang)
                out.append(case(lang, "dob_key", tpl.format(d=written, n=self.r.randrange(1000, 99999)),
                                [("DATE_OF_BIRTH", date)]))
        for shape, tpl in self.DOB_TABLES:
            for _ in range(3):
                lang = self.pick(LANGS)
                written, date = self.dob(lang)
                if "," in written and tpl.split("\n")[0].count(",") > 0:
                    written = '"' + written + '"'          # a CSV cell holding the separator is quoted
                out.append(case(lang, "dob_table", tpl.format(d=written, n=self.r.randrange(1000, 99999)),
                                [("DATE_OF_BIRTH", date)]))
        for lang in LANGS:
            for tpl in self.DATE_DECOYS[lang]:
                date = self.other_date(lang)
                out.append(case(lang, "dob_decoy", tpl.format(d=date) + ".", [], [date]))
            stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (2024, self.r.randrange(1, 13), self.r.randrange(1, 29),
                                                       self.r.randrange(24), self.r.randrange(60), self.r.randrange(60))
            out.append(case(lang, "dob_decoy_log", stamp + " INFO job finished", [], [stamp]))
        return out

    # ------------------------------------------------------------------ PHONE
    COUNTRY_LANG = {"US": "en", "CA": "en", "UK": "en", "NO": "no", "SE": "sv", "DK": "no", "DE": "de",
                    "FR": "fr", "ES": "es"}
    PHONE_CUES = {
        "en": ["phone: {p}", "Tel: {p}", "mobile {p}", "cell: {p}", "call me at {p}", "reach me on {p}",
               "M: {p}", "{p} is my number", "Phone number: {p} ext. 204", "text me on {p}", "WhatsApp: {p}",
               "Tel. {p} x12", "Mob: {p}", "tel:{p}", "Direct line {p}", "phone {p} (home)", "☎ {p}",
               "Cell/WhatsApp: {p}", "P: {p} | F: n/a", "contact me at {p}", "text me on {p}"],
        "no": ["tlf. {p}", "Telefon: {p}", "mobil: {p}", "ring meg på {p}", "Mob.: {p}", "{p} er nummeret mitt",
               "telefonnummer {p}", "Mobil: {p}", "tlf: {p}", "Tlf {p} / e-post under", "send SMS til {p}",
               "kontakt meg på {p}", "{p} er nummeret mitt"],
        "sv": ["tel. {p}", "Telefon: {p}", "mobil: {p}", "ring mig på {p}", "Mobilnr: {p}",
               "{p} är mitt nummer", "telefonnummer {p}", "Tel: {p}", "mobilnummer {p}", "nås på {p}",
               "kontakta mig på {p}"],
        "de": ["Tel.: {p}", "Telefon: {p}", "Handy: {p}", "Mobil {p}", "erreichbar unter {p}",
               "Rufen Sie mich an: {p}", "Tel. {p} (Durchwahl 12)", "Telefonnummer {p}", "Mobilnummer: {p}",
               "Tel.-Nr. {p}", "Fon: {p}", "Mobil: {p}", "kontaktieren Sie mich unter {p}"],
        "fr": ["tél. {p}", "Tél : {p}", "portable : {p}", "joignable au {p}", "appelez-moi au {p}",
               "mon numéro : {p}", "Mobile: {p}", "Tél. portable : {p}", "Tel : {p}", "n° de tél. {p}",
               "rappelez-moi au {p}", "Contactez-moi au {p}", "vous pouvez me contacter au {p}"],
        "es": ["tel. {p}", "Teléfono: {p}", "móvil: {p}", "llámame al {p}", "Tlf.: {p}",
               "mi número es el {p}", "Móvil {p}", "Tel: {p}", "teléfono de contacto {p}", "WhatsApp {p}",
               "número de móvil: {p}", "contácteme al {p}"],
    }
    PHONE_KEYS = [
        ("json", "{{\"id\": {n}, \"phone\": \"{p}\", \"plan\": \"pro\"}}"),
        ("json", "{{\"customerId\": \"C{n}\", \"phoneNumber\": \"{p}\"}}"),
        ("json", "{{\"msisdn\": \"{p}\", \"status\": \"active\"}}"),
        ("yaml", "contact:\n  id: {n}\n  mobile: \"{p}\""),
        ("env", "SUPPORT_PHONE={p}"),
        ("vcard", "BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE=CELL:{p}\nEND:VCARD"),
        ("csv", "id,telefon,ort\n{n},{p},Bergen"),
        ("csv", "id;Telefonnummer;Tarif\n{n};{p};Basis"),
        ("psql", " id  |     phone_number     \n-----+---------------------\n {n} | {p}"),
        ("markdown", "| N° | Téléphone |\n|---|---|\n| {n} | {p} |"),
        ("sql", "INSERT INTO contacts (id, telefono) VALUES ({n}, '{p}');"),
        ("xml", "<contact id=\"{n}\"><mobile>{p}</mobile></contact>"),
        ("signature", "Best regards\nSupport team\nT {p}"),
        ("json", "{{\"contact\": {{\"tel\": \"{p}\"}}}}"),
        ("json", "{{\"telefono\": \"{p}\", \"id\": {n}}}"),
        ("json", "{{\"mobile_number\": \"{p}\"}}"),
        ("yaml", "telefonnummer: \"{p}\"\nkundenr: {n}"),
        ("env", "CONTACT_PHONE=\"{p}\""),
        ("python", "user = User(id={n}, phone=\"{p}\")"),
        ("php", "'telephone' => '{p}',"),
        ("html", "<a href=\"tel:{p}\">Call us</a>"),
        ("csv", "Name;Mobil;Ort\nkunde-{n};{p};Malmö"),
    ]
    PHONE_DECOYS = {
        "en": ["Order #{o} shipped.", "Invoice no. {o} is attached.", "Tracking number {o}.",
               "Unix time {t}.", "Total: {a}.", "Ticket {o} closed."],
        "no": ["Ordrenummer {o} er sendt.", "Fakturanr. {o} vedlagt.", "Sporingsnummer {o}.", "Beløp: {a}."],
        "sv": ["Ordernummer {o} har skickats.", "Fakturanr {o} bifogas.", "Kollinummer {o}.", "Summa: {a}."],
        "de": ["Bestellnummer {o} wurde versandt.", "Rechnungsnr. {o} anbei.", "Sendungsnummer {o}.",
               "Betrag: {a}."],
        "fr": ["Commande n° {o} expédiée.", "Facture n° {o} jointe.", "Numéro de suivi {o}.", "Montant : {a}."],
        "es": ["Pedido n.º {o} enviado.", "Factura n.º {o} adjunta.", "Número de seguimiento {o}.",
               "Importe: {a}."],
    }

    def phone_dk(self):
        n = self.pick("2345") + self.v.digits(7)
        pairs = " ".join(n[i:i + 2] for i in range(0, 8, 2))
        return self.pick(["+45 " + pairs, pairs, "0045 " + n, "+45" + n, "(+45) " + pairs])

    def phone(self, country):
        if country == "DK":
            return self.phone_dk()
        p = self.v.phone_styled(country) if self.r.random() < 0.6 else self.v.phone_more(country)
        return p

    def phone_cases(self):
        out = []
        countries = ["US", "CA", "UK", "NO", "SE", "DK", "DE", "FR", "ES"]
        for country in countries:
            lang = self.COUNTRY_LANG[country]
            cues = self.PHONE_CUES[lang] if country != "DK" else ["tlf. {p}", "Telefon: {p}", "mobil {p}"]
            for cue in cues:
                for _ in range(1 + (country not in ("CA", "DK"))):
                    p = self.phone(country)
                    text = cue.format(p=p)
                    text = self.pick(["Kontakt / contact: ", "", "Signature — ", "Re: "]) + text
                    out.append(case(lang, "phone_cue", text, [("PHONE", p)]))
        for shape, tpl in self.PHONE_KEYS:
            for _ in range(4):
                country = self.pick(countries)
                p = self.phone(country)
                out.append(case(self.COUNTRY_LANG[country], "phone_key",
                                tpl.format(p=p, n=self.r.randrange(100, 9999)), [("PHONE", p)]))
        for lang in LANGS:
            for tpl in self.PHONE_DECOYS[lang]:
                # shaped as phones are (a mobile's 06/07 and ten digits, North America's ten), or not
                o = self.pick(["0" + self.pick("67") + self.v.digits(8), "".join(self.v.north_american("US")),
                               "%d-%06d" % (self.r.randrange(2019, 2027), self.r.randrange(10 ** 6)),
                               "1Z" + self.v.chars(string.ascii_uppercase + string.digits, 16),
                               "0" + str(self.r.randrange(10 ** 8, 10 ** 9))])
                t = str(self.r.randrange(1600000000, 1800000000))
                a = self.v.amount(lang)
                text = tpl.format(o=o, t=t, a=a)
                d = o if "{o}" in tpl else t if "{t}" in tpl else a
                out.append(case(lang, "phone_decoy", text, [], [d]))
        return out

    # ------------------------------------------------------------------ national numbers
    @staticmethod
    def fnr_ok(n):
        w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k1 = (11 - sum(int(c) * w for c, w in zip(n, w1)) % 11) % 11
        k2 = (11 - sum(int(c) * w for c, w in zip(n, w2)) % 11) % 11
        return k1 == int(n[9]) and k2 == int(n[10])

    @staticmethod
    def aba_ok(n):
        d = [int(c) for c in n]
        return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0

    @staticmethod
    def luhn_ok(n):
        total = 0
        for i, c in enumerate(reversed(n)):
            k = int(c) * (2 if i % 2 else 1)
            total += k - 9 if k > 9 else k
        return total % 10 == 0

    def failing(self, n, ok):
        """A number of n digits that fails the check `ok`."""
        while True:
            s = str(self.r.randrange(1, 10)) + self.v.digits(n - 1)
            if not ok(s):
                return s

    def ids(self):
        """(type, lang, value maker, cues, keys, decoy maker) for each national number."""
        v = self.v
        return [
            ("US_ABA_ROUTING", "en", lambda: self.pick([v.aba(), v.aba(), v.aba_separated()]),
             ["routing number {x}", "Routing #: {x}", "ABA {x}", "ABA/RTN: {x}", "RTN {x}", "transit number {x}",
              "{x} is the routing number", "routing no. {x}", "wire to ABA {x}", "R/T {x}",
              "{x} (routing)", "bank routing: {x}", "ABA# {x}", "Routing/Transit: {x}", "RTN/ABA {x}",
              "Routing Number (ABA): {x}", "ACH routing {x}", "wire routing number: {x}", "ABA No. {x}",
              "RT# {x}", "routing and account: {x} / 4471902", "número de ruta ABA {x}", "numéro de routage ABA {x}",
              "Bank ABA: {x}"],
             ["routing_number", "aba", "routingNumber", "bank_routing", "ABA Routing", "aba_number", "routingNo",
              "rtn", "Routing", "ach_routing"],
             lambda: ("Account number {x}", self.failing(9, self.aba_ok))),
            ("SSN_US", "en", lambda: v.ssn(self.r.randrange(5)),
             ["SSN {x}", "SSN: {x}", "social security number {x}", "SS# {x}", "{x} is my social",
              "Social Security No. {x}", "my SSN is {x}"],
             ["ssn", "social_security_number", "SSN", "taxpayerSsn"],
             lambda: ("Order {x}", self.failing(9, lambda s: False))),
            ("SIN_CA", "en", lambda: v.sin(),
             ["SIN {x}", "Social Insurance Number: {x}", "NAS : {x}", "numéro d'assurance sociale {x}",
              "{x} is my SIN"],
             ["sin", "social_insurance_number", "NAS"],
             lambda: ("Account {x}", self.failing(9, self.luhn_ok))),
            ("UK_NINO", "en", lambda: v.nino(),
             ["NI number {x}", "National Insurance number: {x}", "NINO {x}", "NI No. {x}", "{x} is my NI number"],
             ["nino", "ni_number", "nationalInsuranceNumber"],
             lambda: ("Part no. {x}", "QQ" + v.digits(6) + "Z")),
            ("NO_FNR", "no", lambda: self.pick([v.fnr(), v.fnr(), v.fnr_spaced()]),
             ["fødselsnummer {x}", "fnr: {x}", "Fødselsnr. {x}", "personnummer {x}", "{x} er fødselsnummeret mitt",
              "f.nr. {x}", "personnr {x}"],
             ["fnr", "fodselsnummer", "fødselsnummer", "personnummer"],
             lambda: ("Kontonummer {x}", self.failing(11, self.fnr_ok))),
            ("SE_PERSONNUMMER", "sv", lambda: v.personnummer(),
             ["personnummer {x}", "pnr: {x}", "Personnr {x}", "personnumret {x}", "{x} är mitt personnummer",
              "pers.nr {x}"],
             ["personnummer", "pnr", "personnr"],
             lambda: ("Organisationsnummer {x}", "55%04d-%04d" % (self.r.randrange(10000), self.r.randrange(10000)))),
            ("DE_TAX_ID", "de", lambda: self.pick([v.steuer_id(), v.steuer_id_spaced()]),
             ["Steuer-ID {x}", "Steuer-IdNr.: {x}", "Steuerliche Identifikationsnummer: {x}", "IdNr {x}",
              "tax ID {x}", "{x} ist meine Steuer-ID", "Steueridentifikationsnummer {x}"],
             ["steuer_id", "steuerId", "Steuer-ID", "idnr"],
             lambda: ("Kundennummer {x}", str(self.r.randrange(10 ** 10, 10 ** 11)))),
            ("IBAN", None, lambda: None,
             ["IBAN {x}", "IBAN: {x}", "kontonummer (IBAN) {x}", "Bankverbindung: {x}", "IBAN : {x}",
              "{x} is my IBAN", "cuenta {x}"],
             ["iban", "IBAN", "bank_iban"],
             lambda: ("Reference {x}", "RF%02d%s" % (self.r.randrange(10, 99), v.digits(12)))),
        ]

    ID_FRAMES = {
        "en": ["Please update my details: {c}.", "{c}. Thanks!", "For the payroll form — {c}."],
        "no": ["Oppdater opplysningene mine: {c}.", "{c}. Takk!", "Til lønnsskjemaet — {c}."],
        "sv": ["Uppdatera mina uppgifter: {c}.", "{c}. Tack!", "Till lönesystemet — {c}."],
        "de": ["Bitte meine Daten aktualisieren: {c}.", "{c}. Danke!", "Für die Lohnabrechnung — {c}."],
        "fr": ["Merci de mettre à jour : {c}.", "{c}. Merci !", "Pour la paie — {c}."],
        "es": ["Actualizad mis datos: {c}.", "{c}. ¡Gracias!", "Para la nómina — {c}."],
    }
    ID_CONTAINERS = [
        ("json", "{{\"employee\": {n}, \"{k}\": \"{x}\"}}"),
        ("yaml", "employee:\n  id: {n}\n  {k}: \"{x}\""),
        ("env", "{K}={x}"),
        ("csv", "employee_id,{k},status\n{n},{x},active"),
        ("psql", " employee_id | {k}\n-------------+------------\n {n} | {x}"),
        ("markdown", "| id | {k} |\n|---|---|\n| {n} | {x} |"),
        ("kv", "id: {n}; {k}: {x}"),
    ]

    def id_cases(self):
        out = []
        for typ, lang, make, cues, keys, decoy in self.ids():
            for cue in cues:
                for _ in range(2):
                    x = make() if typ != "IBAN" else self.v.iban(self.pick(LANGS))
                    lg = lang or self.pick(LANGS)
                    text = self.pick(self.ID_FRAMES[lg]).format(c=cue.format(x=x))
                    out.append(case(lg, "id_cue_" + typ.lower(), text, [(typ, x)]))
            for shape, tpl in self.ID_CONTAINERS:
                x = make() if typ != "IBAN" else self.v.iban(self.pick(LANGS))
                k = self.pick(keys)
                env_name = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", k).upper().replace(" ", "_").replace("-", "_")
                text = tpl.format(k=k, K=env_name, x=x, n=self.r.randrange(100, 9999))
                out.append(case(lang or self.pick(LANGS), "id_key", text, [(typ, x)]))
            for _ in range(3):
                label, x = decoy()
                out.append(case(lang or "en", "id_decoy", label.format(x=x) + ".", [], [x]))
        return out

    # ------------------------------------------------------------------ AWS_SECRET_ACCESS_KEY
    AWS_CONTAINERS = [
        ("credentials", "[default]\naws_access_key_id = {i}\naws_secret_access_key = {s}\nregion = eu-west-1"),
        ("credentials", "[profile prod]\naws_access_key_id={i}\naws_secret_access_key={s}"),
        ("env", "export AWS_ACCESS_KEY_ID={i}\nexport AWS_SECRET_ACCESS_KEY={s}"),
        ("env", "AWS_ACCESS_KEY_ID=\"{i}\"\nAWS_SECRET_ACCESS_KEY=\"{s}\""),
        ("json", "{{\n  \"AccessKey\": {{\n    \"AccessKeyId\": \"{i}\",\n    \"SecretAccessKey\": \"{s}\",\n"
                 "    \"Status\": \"Active\"\n  }}\n}}"),
        ("yaml", "aws:\n  access_key_id: {i}\n  secret_access_key: {s}"),
        ("configure", "$ aws configure\nAWS Access Key ID [None]: {i}\nAWS Secret Access Key [None]: {s}\n"
                      "Default region name [None]: us-east-1"),
        ("boto3", "s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"{i}\",\n"
                  "    aws_secret_access_key=\"{s}\",\n)"),
        ("terraform", "provider \"aws\" {{\n  access_key = \"{i}\"\n  secret_key = \"{s}\"\n}}"),
        ("docker", "docker run -e AWS_ACCESS_KEY_ID={i} -e AWS_SECRET_ACCESS_KEY={s} amazon/aws-cli s3 ls"),
        ("gha", "      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n"
                "          aws-access-key-id: {i}\n          aws-secret-access-key: {s}"),
        ("js", "const s3 = new S3Client({{ credentials: {{ accessKeyId: \"{i}\", secretAccessKey: \"{s}\" }} }});"),
        ("csv", "User name,Access key ID,Secret access key\nci-bot,{i},{s}"),
        ("prose", "here are the keys: access key {i}, secret key {s}"),
        ("s3cfg", "[default]\naccess_key = {i}\nsecret_key = {s}\nhost_base = s3.amazonaws.com"),
        ("rclone", "[s3]\ntype = s3\nprovider = AWS\naccess_key_id = {i}\nsecret_access_key = {s}"),
        ("properties", "aws.accessKeyId={i}\naws.secretKey={s}"),
        ("hadoop", "<property><name>fs.s3a.access.key</name><value>{i}</value></property>\n"
                   "<property><name>fs.s3a.secret.key</name><value>{s}</value></property>"),
        ("env", "AWS_ACCESS_KEY={i}\nAWS_SECRET_KEY={s}"),
        ("java", "AWSCredentials creds = new BasicAWSCredentials(\"{i}\", \"{s}\");"),
        ("go", "creds := credentials.NewStaticCredentials(\"{i}\", \"{s}\", \"\")"),
        ("cli", "aws configure set aws_access_key_id {i}\naws configure set aws_secret_access_key {s}"),
        ("sts", "{{\"Credentials\": {{\"AccessKeyId\": \"{i}\", \"SecretAccessKey\": \"{s}\", "
                "\"Expiration\": \"2026-01-01T00:00:00Z\"}}}}"),
        ("compose", "    environment:\n      - AWS_ACCESS_KEY_ID={i}\n      - AWS_SECRET_ACCESS_KEY={s}"),
        ("prose", "AWS key: {i} / secret: {s}"),
        ("ruby", "Aws.config.update(credentials: Aws::Credentials.new('{i}', '{s}'))"),
        ("php", "'credentials' => ['key' => '{i}', 'secret' => '{s}'],"),
        ("k8s", "stringData:\n  AWS_ACCESS_KEY_ID: {i}\n  AWS_SECRET_ACCESS_KEY: {s}"),
    ]

    def aws_cases(self):
        out = []
        for shape, tpl in self.AWS_CONTAINERS:
            for _ in range(2):
                i, s = self.v.aws_id(), self.v.aws_secret()
                out.append(case(self.pick(LANGS), "aws_" + shape, tpl.format(i=i, s=s),
                                [("AWS_ACCESS_KEY_ID", i), ("AWS_SECRET_ACCESS_KEY", s)]))
        return out

    def all(self):
        cases = self.ip_cases() + self.dob_cases() + self.phone_cases() + self.id_cases() + self.aws_cases()
        for i, c in enumerate(cases):
            c["id"] = "census-numbers-%d" % i
        return [{"id": c["id"], "lang": c["lang"], "shape": c["shape"], "text": c["text"],
                 "entities": c["entities"], "decoys": c["decoys"]} for c in cases]


class Round2(Census):
    """Round 2 (numbers2.jsonl, seed 42): phones of twenty-two more countries in their own groupings,
    in messaging, vCard, signature and six-language key contexts, and ABA routing numbers in the
    containers and languages round 1 did not write. Round 1's output is untouched (own seed, own file).

    Decisions: digits spelled out in words ("nine one two …") are not enumerated — the scanner reads
    digits, and a number said in words is out of this round's scope; a number split across a line
    break is not either (its value spans two lines). A trailing extension is no part of the phone; an
    extension alone, order, ticket and case numbers, dates, amounts, zip codes and numbers under an
    account label are decoys."""

    def __init__(self, seed):
        super().__init__(seed)

    # each maker returns the subscriber digits as the country writes them: (international, national)
    def phone_world(self, country):
        d, pick = self.v.digits, self.pick

        def groups(n, sizes, sep=" "):
            out, i = [], 0
            for k in sizes:
                out.append(n[i:i + k])
                i += k
            return sep.join(out)

        if country == "PL":
            n = pick("5678") + d(8)
            return pick(["+48 " + groups(n, [3, 3, 3]), groups(n, [3, 3, 3], "-"), "0048 " + n, "+48" + n])
        if country == "NL":
            n = "6" + d(8)
            return pick(["+31 6 " + n[1:], "06-" + n[1:], "06 " + groups(n[1:], [4, 4]), "+31 (0)6 " + n[1:],
                         "020 " + groups(d(7), [3, 4]), "0031 6 " + n[1:]])
        if country == "BE":
            n = "4" + pick("789") + d(7)
            return pick(["+32 " + groups(n, [3, 2, 2, 2]), "0" + groups(n, [3, 2, 2, 2]),
                         "02 " + groups(d(7), [3, 2, 2]), "0032 " + n, "0" + n[:3] + "/" + groups(n[3:], [2, 2, 2], ".")])
        if country == "IT":
            n = "3" + pick("234") + d(8)
            return pick(["+39 " + groups(n, [3, 3, 4]), groups(n, [3, 7]), "+39 " + n, "06 " + groups(d(8), [4, 4]),
                         "0039 " + groups(n, [3, 7])])
        if country == "PT":
            n = "9" + pick("1236") + d(7)
            return pick(["+351 " + groups(n, [3, 3, 3]), groups(n, [3, 3, 3]), "00351 " + n, "+351" + n])
        if country == "CH":
            n = "7" + pick("6789") + d(7)
            return pick(["+41 " + groups(n, [2, 3, 2, 2]), "0" + groups(n, [2, 3, 2, 2]),
                         "+41 (0)" + groups(n, [2, 3, 2, 2]), "0041 " + groups(n, [2, 3, 2, 2])])
        if country == "AT":
            n = "6" + pick(["64", "76", "99", "50"]) + d(7)
            return pick(["+43 " + n[:3] + " " + n[3:], "0" + n[:3] + " " + groups(n[3:], [3, 4]),
                         "+43 (0)" + n[:3] + " " + n[3:], "0" + n[:3] + "/" + n[3:]])
        if country == "FI":
            n = "4" + pick("0456") + d(7)
            return pick(["+358 " + groups(n, [2, 3, 4]), "0" + groups(n, [2, 3, 4]), "0" + n[:2] + "-" + n[2:],
                         "+358" + n])
        if country == "IS":
            n = pick("678") + d(6)
            return pick(["+354 " + groups(n, [3, 4]), groups(n, [3, 4]), "00354 " + groups(n, [3, 4])])
        if country == "IE":
            n = "8" + pick("35679") + d(7)
            return pick(["+353 " + groups(n, [2, 3, 4]), "0" + groups(n, [2, 3, 4]), "(0" + n[:2] + ") " + n[2:],
                         "+353 (0)" + groups(n, [2, 3, 4])])
        if country == "TR":
            n = "5" + pick("034") + d(8)
            return pick(["+90 " + groups(n, [3, 3, 2, 2]), "0" + groups(n, [3, 3, 2, 2]),
                         "0 (" + n[:3] + ") " + groups(n[3:], [3, 2, 2]), "+90" + n, "0" + n])
        if country == "SO":
            n = "6" + pick("1128") + d(7)
            return pick(["+252 " + groups(n, [2, 7]), "0" + groups(n, [2, 7]), "+252 " + groups(n, [2, 3, 4])])
        if country == "ER":
            n = "7" + d(6)
            return pick(["+291 " + groups(n, [1, 6]), "00291 " + groups(n, [1, 3, 3]), "+291 " + groups(n, [1, 3, 3])])
        if country == "VN":
            n = pick("39") + d(8)
            return pick(["+84 " + groups(n, [3, 3, 3]), "0" + groups(n, [3, 3, 3]), "0" + groups(n, [3, 3, 3], "."),
                         "+84" + n, "0" + n])
        if country == "IN":
            n = pick("6789") + d(9)
            return pick(["+91 " + groups(n, [5, 5]), "+91-" + n, "0" + groups(n, [5, 5]), "+91 " + n,
                         "(+91) " + groups(n, [5, 5])])
        if country == "PK":
            n = "3" + d(9)
            return pick(["+92 " + groups(n, [3, 7]), "0" + n[:3] + "-" + n[3:], "0" + groups(n, [3, 7]), "+92" + n])
        if country == "PH":
            n = "9" + d(9)
            return pick(["+63 " + groups(n, [3, 3, 4]), "0" + groups(n, [3, 3, 4]), "0" + groups(n, [3, 3, 4], "-"),
                         "+63" + n])
        if country == "NG":
            n = pick(["803", "806", "813", "703", "805", "905"]) + d(7)
            return pick(["+234 " + groups(n, [3, 3, 4]), "0" + groups(n, [3, 3, 4]), "0" + n, "+234" + n])
        if country == "UA":
            n = pick(["67", "50", "63", "66", "93", "97"]) + d(7)
            return pick(["+380 " + groups(n, [2, 3, 2, 2]), "0" + groups(n, [2, 3, 2, 2]),
                         "+380 (" + n[:2] + ") " + n[2:5] + "-" + n[5:7] + "-" + n[7:], "+380" + n])
        if country == "SY":
            n = "9" + pick("3459") + d(7)
            return pick(["+963 " + groups(n, [3, 3, 3]), "0" + groups(n, [3, 3, 3]), "00963 " + n])
        if country == "IR":
            n = "9" + pick("1239") + d(8)
            return pick(["+98 " + groups(n, [3, 3, 4]), "0" + groups(n, [3, 3, 4]), "0" + n, "+98" + n])
        if country == "BR":
            ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
            n = "9" + d(8)
            return pick(["+55 " + ddd + " " + n[:5] + "-" + n[5:], "(" + ddd + ") " + n[:5] + "-" + n[5:],
                         "+55 (" + ddd + ") " + n[:5] + "-" + n[5:], "0" + ddd + " " + n[:5] + "-" + n[5:]])
        raise ValueError(country)

    COUNTRIES2 = ["PL", "NL", "BE", "IT", "PT", "CH", "AT", "FI", "IS", "IE", "TR", "SO", "ER", "VN", "IN", "PK",
                  "PH", "NG", "UA", "SY", "IR", "BR"]
    # where the people who write these numbers write in the corpus' six languages
    PHONE_CUES2 = {
        "en": ["WhatsApp: {p}", "Signal {p}", "Viber: {p}", "Telegram: {p}", "my WhatsApp is {p}",
               "message me on WhatsApp at {p}", "M: {p}", "T: {p}", "D: {p}", "Cell: {p}", "Work: {p}",
               "Home: {p}", "Fax: {p}", "Mobile: {p}", "Tel.: {p}", "Phone (mobile): {p}", "mob. {p}",
               "Cell {p} ext. 12", "my number in Lagos is {p}", "mum's number: {p}", "emergency contact: {p}"],
        "no": ["WhatsApp: {p}", "Mob.: {p}", "Tlf.: {p}", "Mobil {p}", "nummeret hans er {p}",
               "pårørende: {p}", "send melding på Signal til {p}", "Jobb: {p}", "Privat: {p}"],
        "sv": ["WhatsApp: {p}", "Mob.: {p}", "Tfn: {p}", "Mobil {p}", "hans nummer är {p}",
               "anhörig: {p}", "skicka på Signal till {p}", "Arbete: {p}", "Hem: {p}"],
        "de": ["WhatsApp: {p}", "Mob.: {p}", "Tel.: {p}", "Handy {p}", "seine Nummer ist {p}",
               "Notfallkontakt: {p}", "per Signal an {p}", "Büro: {p}", "Privat: {p}", "Fax: {p}"],
        "fr": ["WhatsApp : {p}", "Port. : {p}", "Tél. : {p}", "Mobile {p}", "son numéro est le {p}",
               "personne à prévenir : {p}", "sur Signal au {p}", "Bureau : {p}", "Domicile : {p}", "Fax : {p}"],
        "es": ["WhatsApp: {p}", "Móvil: {p}", "Tel.: {p}", "Cel. {p}", "su número es el {p}",
               "contacto de emergencia: {p}", "por Signal al {p}", "Trabajo: {p}", "Casa: {p}", "Fax: {p}"],
    }
    PHONE_CONTAINERS2 = [
        ("en", "vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Contact\nTEL;TYPE=cell:{p}\nEND:VCARD"),
        ("en", "vcard", "BEGIN:VCARD\nVERSION:4.0\nTEL;TYPE=work,voice;VALUE=uri:tel:{p}\nEND:VCARD"),
        ("de", "json", "{{\"kunde\": {n}, \"telefonnummer\": \"{p}\"}}"),
        ("de", "json", "{{\"handynummer\": \"{p}\", \"aktiv\": true}}"),
        ("no", "json", "{{\"mobilnummer\": \"{p}\", \"kundenr\": {n}}}"),
        ("sv", "json", "{{\"mobilnummer\": \"{p}\", \"kundnr\": {n}}}"),
        ("fr", "json", "{{\"numéro\": \"{p}\", \"client\": {n}}}"),
        ("fr", "json", "{{\"numero_telephone\": \"{p}\"}}"),
        ("es", "json", "{{\"móvil\": \"{p}\", \"cliente\": {n}}}"),
        ("es", "json", "{{\"numero_movil\": \"{p}\"}}"),
        ("en", "json", "{{\"whatsapp\": \"{p}\", \"id\": {n}}}"),
        ("en", "json", "{{\"emergencyContactPhone\": \"{p}\"}}"),
        ("en", "chat", "[12.03.24, 14:02] {p}: on my way"),
        ("en", "chat", "14:02 - You added {p}"),
        ("en", "signature", "Kind regards\nOps lead\nM: {p}"),
        ("de", "signature", "Mit freundlichen Grüßen\nVertrieb\nTel.: {p}\nFax: -"),
        ("fr", "signature", "Cordialement,\nService client\nTél. : {p}"),
        ("es", "signature", "Saludos\nSoporte\nMóvil: {p}"),
        ("en", "csv", "id,name,whatsapp\n{n},Client,{p}"),
        ("en", "psql", " id  | mobile\n-----+------------------\n {n} | {p}"),
    ]
    EXT_CUES = ["{p} ext. 2231", "{p} x204", "{p}, poste 31", "{p} (Durchwahl -17)", "{p} ext 9"]
    PHONE_DECOYS2 = {
        "en": ["Case #{o} reopened.", "Ticket {o} assigned.", "Order {o} shipped on {date}.", "ext. {e}",
               "Ref: {o}", "ZIP {z}", "Account number: {o}"],
        "no": ["Saksnummer {o} er åpnet.", "Ordre {o} sendt {date}.", "internnr. {e}", "Kontonummer: {o}"],
        "sv": ["Ärendenummer {o} öppnat.", "Order {o} skickad {date}.", "ankn. {e}", "Kontonummer: {o}"],
        "de": ["Vorgangsnummer {o} eröffnet.", "Auftrag {o} versandt am {date}.", "Durchwahl {e}",
               "Kontonummer: {o}"],
        "fr": ["Dossier n° {o} ouvert.", "Commande {o} expédiée le {date}.", "poste {e}", "N° de compte : {o}"],
        "es": ["Expediente n.º {o} abierto.", "Pedido {o} enviado el {date}.", "extensión {e}",
               "Número de cuenta: {o}"],
    }

    def phone2_cases(self):
        out = []
        for lang in LANGS:
            for cue in self.PHONE_CUES2[lang]:
                for _ in range(2):
                    p = self.phone_world(self.pick(self.COUNTRIES2))
                    out.append(case(lang, "phone2_cue", cue.format(p=p), [("PHONE", p)]))
        for lang, shape, tpl in self.PHONE_CONTAINERS2:
            for _ in range(3):
                p = self.phone_world(self.pick(self.COUNTRIES2))
                out.append(case(lang, "phone2_" + shape, tpl.format(p=p, n=self.r.randrange(100, 9999)),
                                [("PHONE", p)]))
        for country in self.COUNTRIES2:   # every country at least twice after a plain cue
            for _ in range(2):
                p = self.phone_world(country)
                out.append(case("en", "phone2_country", self.pick(["Phone: ", "Tel: ", "mobile "]) + p,
                                [("PHONE", p)]))
        for tpl in self.EXT_CUES:
            p = self.phone_world(self.pick(self.COUNTRIES2))
            out.append(case("en", "phone2_ext", "Phone: " + tpl.format(p=p), [("PHONE", p)]))
        for lang in LANGS:
            for tpl in self.PHONE_DECOYS2[lang]:
                o = self.pick(["%d-%06d" % (self.r.randrange(2019, 2027), self.r.randrange(10 ** 6)),
                               str(self.r.randrange(10 ** 7, 10 ** 10)), "0" + str(self.r.randrange(10 ** 8, 10 ** 9))])
                date = "%02d.%02d.%d" % (self.r.randrange(1, 29), self.r.randrange(1, 13), self.r.randrange(2020, 2027))
                e, z = str(self.r.randrange(100, 9999)), "%05d-%04d" % (self.r.randrange(10 ** 4, 10 ** 5),
                                                                         self.r.randrange(10 ** 4))
                text = tpl.format(o=o, date=date, e=e, z=z)
                d = [x for x in (o, e, z) if "{" + {o: "o", e: "e", z: "z"}[x] + "}" in tpl]
                out.append(case(lang, "phone2_decoy", text, [], d[:1]))
        return out

    ABA_CUES2 = {
        "en": ["Routing no. {x}", "RTN: {x}", "ABA#{x}", "ACH routing: {x}", "transit: {x}", "bank routing # {x}",
               "wire routing {x}", "{x} is the routing number", "{x} is our ABA", "Routing (ABA/ACH): {x}",
               "Bank Routing Number* {x}", "routing {x}, account 00417736", "ABA routing no.: {x}"],
        "no": ["rutingnummer (ABA) {x}", "ABA-nummer: {x}", "amerikansk routingnummer {x}"],
        "sv": ["routingnummer (ABA) {x}", "ABA-nummer: {x}", "clearingnummer (USA, ABA) {x}"],
        "de": ["Bankleitzahl (US) {x}", "ABA-Nummer: {x}", "Routing-Nummer {x}", "BLZ (ABA): {x}"],
        "fr": ["numéro de routage {x}", "code ABA : {x}", "n° de routage bancaire : {x}", "numéro ABA {x}"],
        "es": ["número de ruta {x}", "número ABA: {x}", "código de ruta bancaria {x}", "número de enrutamiento {x}"],
    }
    ABA_CONTAINERS2 = [
        ("json", "{{\"routingNumber\": \"{x}\", \"accountNumber\": \"{a}\"}}"),
        ("json", "{{\"aba\": \"{x}\", \"type\": \"checking\"}}"),
        ("json", "{{\"routing_no\": {x}, \"acct\": \"{a}\"}}"),
        ("json", "{{\"bank\": {{\"aba_routing\": \"{x}\"}}}}"),
        ("yaml", "direct_deposit:\n  routing_number: \"{x}\"\n  account_number: \"{a}\""),
        ("csv", "employee_id,routing_number,account_number\n{n},{x},{a}"),
        ("csv", "id;aba;konto\n{n};{x};{a}"),
        ("psql", " id  | routing_no | account_no\n-----+------------+------------\n {n} | {x} | {a}"),
        ("form", "DIRECT DEPOSIT AUTHORIZATION\nBank name: First Community\nRouting number: {x}\nAccount number: {a}"),
        ("form", "Direct deposit — Routing #: {x}  Account #: {a}  Type: Checking"),
        # U+2446 written as "|:" where a font lacks it (the evaluator reads U+2446's bytes as a
        # word's, so "⑆021000021⑆" cannot be scored; the scrubber masks it: tests/unit/test_scrub_numbers_unseen.c)
        ("micr", "MICR line: |:{x}|: {a}|\" 1042"),
        ("micr", "cheque bottom line: |:{x}|:{a}|\"0153"),
        ("micr", "MICR: T{x}T {a}O"),
        ("env", "PAYROLL_ROUTING={x}"),
        ("sql", "UPDATE payees SET routing_number = '{x}' WHERE id = {n};"),
    ]

    def aba2_cases(self):
        out = []
        for lang in LANGS:
            for cue in self.ABA_CUES2[lang]:
                x = self.pick([self.v.aba(), self.v.aba(), self.v.aba_separated()])
                out.append(case(lang, "aba2_cue", cue.format(x=x), [("US_ABA_ROUTING", x)]))
        for shape, tpl in self.ABA_CONTAINERS2:
            for _ in range(2):
                x = self.v.aba()
                a = self.failing(10, lambda s: False)
                out.append(case("en", "aba2_" + shape, tpl.format(x=x, a=a, n=self.r.randrange(100, 9999)),
                                [("US_ABA_ROUTING", x)], [a] if "{a}" in tpl else []))
        for lang, tpl in [("en", "Account #: {d}"), ("en", "Acct no. {d}"), ("en", "Case {d} escalated."),
                          ("de", "Kontonummer {d}"), ("fr", "N° de compte {d}"), ("es", "Cuenta: {d}"),
                          ("no", "Kontonr. {d}"), ("sv", "Kontonr {d}")]:
            d = self.failing(9, self.aba_ok)
            out.append(case(lang, "aba2_decoy", tpl.format(d=d), [], [d]))
        return out

    def all(self):
        cases = self.phone2_cases() + self.aba2_cases()
        for i, c in enumerate(cases):
            c["id"] = "census-numbers2-%d" % i
        return [{"id": c["id"], "lang": c["lang"], "shape": c["shape"], "text": c["text"],
                 "entities": c["entities"], "decoys": c["decoys"]} for c in cases]


SEED2 = 42


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Census(SEED).all())


def render2():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in Round2(SEED2).all())


def main(argv):
    round2 = "--round2" in argv[1:]
    argv = [a for a in argv if a != "--round2"]
    return census_main(argv, render2 if round2 else render, "generate_numbers.py", __doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
