#!/usr/bin/env python3
"""generate_names3.py — round 3 of the PERSON census: names where no cue word stands next to
them, where the NAME ITSELF carries the signal, and the things that stand in the same places.

    python3 generate_names3.py > names3.jsonl              writes the census
    python3 generate_names3.py --check names3.jsonl        TAP: the committed file is what this writes

Written before reading scrub/names.c or scrub/name_records.c, from RFC 5322 (display names:
quoted, unquoted, "Last, First", with titles, initials and a department in parentheses), the
mbox format, the chat exports of Slack, Teams, Discord, WhatsApp and IRC logs, and from how
tickets, changelogs, forms and minutes write the person who approved, reviewed, signed, was
assigned, reported, closed or requested a thing, in English, Norwegian, Swedish, German,
French and Spanish. Each language has:
  - names: half from the earlier generators' pools (generate_names.py's LISTED and UNLISTED,
    generate_names2.py's NEW), half new: names of people who moved to the country (Kurdish,
    Amharic, Bosnian, Chinese, Syrian, Afghan, Chilean, Congolese, Pakistani, Lithuanian,
    Iranian, Nigerian), double surnames, particles, hyphens and initials;
  - places: mail display names in From/To/Cc/Reply-To headers and in an mbox message, the
    author column of a chat export; workflow phrases of the six languages (approved, reviewed,
    signed, assigned, reported, closed, requested by or to a person; "Protokollført av",
    "Referent:", "Justerare", "Protokoll:", "Secrétaire de séance", "Acta levantada por") in
    tickets, changelogs, forms and minutes; tables and lists with no name header (markdown
    and ASCII tables, CSV/TSV with no header, aligned columns, bullet lists of "Name — role"
    and "Name (department)", rows of name, e-mail and phone); names as the subject or object
    of ordinary verbs in short chat lines, lowercase and misspelt too;
  - decoys in the same places, as many as values: teams, mailing lists and no-reply senders as
    display names, bots, rooms, departments, products, places, projects, two capitalised
    ordinary words of each language ("Neue Funktion", "Grande Surface", "Stille Natt"),
    column headers. Every capitalised word of a template's own text is a decoy too.
Labels as generate_names2.py's: each given name, surname (a particle with its surname) and
initial is its own PERSON value at every whole-word occurrence; e-mail addresses are EMAIL
(but no-reply ones); phones are PHONE.
Python stdlib only; deterministic (seeded random.Random). The format is
tests/scrub/realistic/README.md's: {"id","lang","shape","text","entities","decoys"}.
"""
import json
import random
import sys

from census_common import LANGS, main as census_main
from generate_names import LISTED, UNLISTED
from generate_names2 import NEW, DOMAINS, DEPTS, ROOMS, ORGS, CITIES, PRODUCTS, BOTS, Writer, Person, fold, finish

CASES_PER_LANG = 50

# Round 3's own names: people who moved to each country, double surnames, particles, hyphens.
NEW3 = {
    "en": ("Dilan Tigist Emir Xiaoling Rania Zarmina Valentina Kasongo Ayesha Rūta Shirin Chidera",
           "Barzani Tsegaye Hadžić Zhou Al-Masri Noorzai Fuentes-Ibarra Mbuyi Qureshi Kazlauskaitė Moradi Okafor-Hale"),
    "no": ("Rojda Meseret Amir Jingyi Lama Farzana Catalina Mukendi Sana Dovilė Parisa Ngozi",
           "Dosky Bekele Mehmedović Liu Haddad Sultani Rojas-Lindahl Ilunga Chaudhry Petrauskas Rezaei Nwosu-Berg"),
    "sv": ("Berfin Hiwot Adnan Meiling Nour Wahida Javiera Ntumba Hira Giedrė Golnaz Adaeze",
           "Zebari Alemu Begović Wang Al-Hamwi Rahmani Soto-Berglund Kabongo Butt Jankauskas Karimi Eze-Lind"),
    "de": ("Zozan Mekdes Edin Xiumei Lina Mursal Constanza Kabeya Mehwish Aušra Niloufar Chiamaka",
           "Amedi Tadesse Hodžić Chen Al-Rifai Wardak Muñoz-Keller Tshibangu Malik Stankevičius Hosseini Obi-Brandt"),
    "fr": ("Hêvî Selamawit Haris Yuting Rim Freshta Francisca Lukusa Iqra Vaida Shabnam Ifeoma",
           "Berwari Girma Kovačević Huang Al-Halabi Popalzai Vergara-Morin Kalala Siddiqui Kazlauskas Ahmadi Okeke-Roux"),
    "es": ("Roj Bethlehem Senad Lihua Yara Laila Araceli Mbala Rabia Jurga Mahsa Uchenna",
           "Goran Assefa Delić Zhang Al-Attar Safi Paredes-Quiroga Lumbala Raza Vaitkus Jafari Chukwu-Ortega"),
}
PARTICLES = {"en": ["van", "de", "O'"], "no": ["von", "de"], "sv": ["af", "von"], "de": ["von", "van der", "zu"],
             "fr": ["de", "Le", "du", "de la"], "es": ["de", "del", "de la"]}
PARTICLE_SURNAMES = {"en": "Bergen Souza Rourke Haan", "no": "Krogh Vibe Linde Lange",
                     "sv": "Klercker Platen Wetterstedt Rosen", "de": "Stettin Velde Hohenau Elsen",
                     "fr": "Villeneuve Moal Roc Fontaine", "es": "Castro Valle Vega Osa"}
SECOND = {"es": "Quispe Morales Paredes Ibáñez Soto Cárdenas".split(),
          "fr": None, "en": None, "no": None, "sv": None, "de": None}


class Writer3(Writer):
    """Half the people from the earlier pools, half from round 3's."""

    def person(self):
        roll = self.rng.random()
        if roll < 0.5:
            given, surnames = (LISTED, UNLISTED, NEW)[int(roll * 6)][self.lang]
        else:
            given, surnames = NEW3[self.lang]
        first, last = self.fresh(given.split()), self.fresh(surnames.split())
        extra = self.rng.random()
        if roll >= 0.5 and extra < 0.2:
            particle = self.rng.choice(PARTICLES[self.lang])
            sur = self.fresh(PARTICLE_SURNAMES[self.lang].split())
            last = particle + sur if particle.endswith("'") else "%s %s" % (particle, sur)
        elif roll >= 0.5 and self.lang == "es" and extra < 0.6:
            last = "%s %s" % (last, self.fresh(SECOND["es"]))
        return Person(first, last)

    def initial(self, p):
        """The given name's initial with its full stop; the letter is the value."""
        letter = p.given[0]
        self.values.append(letter)
        return letter + "."


def phone(rng, lang):
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    return {"en": "+44 7700 9%s %s" % (d(2), d(3)), "no": "+47 9%s %s %s" % (d(2), d(2), d(3)),
            "sv": "070-%s %s %s" % (d(3), d(2), d(2)), "de": "+49 151 %s" % d(8),
            "fr": "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "es": "+34 6%s %s %s" % (d(2), d(3), d(3))}[lang]


def local_part(p, rng):
    """The address's local part as firms make it: given.surname, initial+surname, or initials."""
    g = fold(p.given.split()[0]).lower().replace("-", "").replace("'", "")
    s = fold(p.surname).lower().replace(" ", "").replace("-", "").replace("'", "")
    r = rng.random()
    if r < 0.6:
        return "%s.%s" % (g, s)
    if r < 0.85:
        return g[0] + s
    return g[0] + s[:3]


class Case:
    def __init__(self, w):
        self.w = w
        self.phones = []

    def email(self, p, domain=None):
        address = "%s@%s" % (local_part(p, self.w.rng), domain or DOMAINS[self.w.lang])
        self.w.emails.append(address)
        return address

    def phone(self):
        number = phone(self.w.rng, self.w.lang)
        self.phones.append(number)
        return number


# ---- things that stand where a person could -----------------------------------------------------------------
TEAMS = {
    "en": "Payroll Team|IT Service Desk|Customer Care|Accounts Payable|Sales Ops|People Team",
    "no": "Lønnsteamet|IT-brukerstøtte|Kundesenteret|Regnskap|Salgsstøtte|HR-avdelingen",
    "sv": "Löneteamet|IT-supporten|Kundcenter|Leverantörsreskontra|Säljstöd|HR-avdelningen",
    "de": "Lohnbuchhaltung|IT-Servicedesk|Kundenservice|Kreditorenbuchhaltung|Vertriebsinnendienst|Personalwesen",
    "fr": "Équipe Paie|Support Informatique|Service Client|Comptabilité Fournisseurs|Administration des Ventes|Ressources Humaines",
    "es": "Equipo de Nóminas|Soporte Informático|Atención al Cliente|Cuentas a Pagar|Soporte Comercial|Recursos Humanos",
}
SENDERS = ["noreply", "no-reply", "Mailer-Daemon", "Jira", "Confluence", "GitHub", "Microsoft Teams", "Zoom"]
PAIRS = {  # two capitalised ordinary words of each language, as titles, headings and names of things write them
    "en": "Quick Start|Release Notes|Open Day|Fire Drill|Summer Party|Town Hall",
    "no": "Stille Natt|Nye Rutiner|Åpen Dag|Felles Lunsj|Grønt Skifte|Trygg Hverdag",
    "sv": "Nya Rutiner|Öppet Hus|Stora Salen|Gröna Gården|Trygg Start|Glad Påsk",
    "de": "Neue Funktion|Frohe Ostern|Offene Tür|Gute Reise|Schöne Grüße|Kleine Pause",
    "fr": "Grande Surface|Bonne Année|Portes Ouvertes|Nouvelle Version|Petit Déjeuner|Belle Journée",
    "es": "Nueva Versión|Puertas Abiertas|Buen Viaje|Feliz Navidad|Gran Vía|Semana Santa",
}
PROJECTS = {"en": "Project Falcon|Apollo|Northstar|Bluebird", "no": "Prosjekt Nordlys|Fjellvind|Havørn|Polaris",
            "sv": "Projekt Norrsken|Fjällräv|Havsörn|Polstjärnan", "de": "Projekt Adler|Edelweiß|Nordwind|Falke",
            "fr": "Projet Mistral|Albatros|Étoile du Nord|Hirondelle", "es": "Proyecto Cóndor|Estrella Polar|Halcón|Mistral"}
ROLES = {
    "en": "project manager|controller|on call|accountant|team lead|nurse",
    "no": "prosjektleder|controller|vakt|regnskapsfører|teamleder|sykepleier",
    "sv": "projektledare|controller|jour|ekonom|teamledare|sjuksköterska",
    "de": "Projektleitung|Controlling|Bereitschaft|Buchhaltung|Teamleitung|Pflegekraft",
    "fr": "cheffe de projet|contrôleur de gestion|astreinte|comptable|chef d'équipe|infirmière",
    "es": "jefa de proyecto|controller|guardia|contable|jefe de equipo|enfermera",
}


# ---- mail display names -------------------------------------------------------------------------------------
MAIL_HEADS = {"en": ("From", "To", "Cc", "Reply-To", "Subject"), "no": ("Fra", "Til", "Kopi", "Svar til", "Emne"),
              "sv": ("Från", "Till", "Kopia", "Svara till", "Ämne"), "de": ("Von", "An", "Cc", "Antwort an", "Betreff"),
              "fr": ("De", "À", "Cc", "Répondre à", "Objet"), "es": ("De", "Para", "CC", "Responder a", "Asunto")}
SUBJECT = {"en": "Re: rota for March", "no": "Sv: vaktliste mars", "sv": "Sv: schema mars",
           "de": "AW: Dienstplan März", "fr": "RE: planning de mars", "es": "RE: turnos de marzo"}
MAIL_BODY = {"en": "See below.", "no": "Se under.", "sv": "Se nedan.", "de": "Siehe unten.", "fr": "Voir ci-dessous.",
             "es": "Ver abajo."}
TITLES = {"en": ["Dr.", "Prof."], "no": ["Dr.", "Prof."], "sv": ["Dr.", "Prof."], "de": ["Dr.", "Prof. Dr."],
          "fr": ["Dr", "Pr"], "es": ["Dr.", "Dra."]}


def display(c, p):
    """A person as a header writes them: the display name's many forms, then the address."""
    w, rng = c.w, c.w.rng
    addr = c.email(p)
    r = rng.random()
    if r < 0.25:
        return '"%s" <%s>' % (w.full(p), addr)
    if r < 0.4:
        return "%s, %s <%s>" % (w.surname(p), w.given(p), addr)
    if r < 0.55:
        return '"%s, %s" <%s>' % (w.surname(p), w.given(p), addr)
    if r < 0.65:
        return "%s %s <%s>" % (rng.choice(TITLES[w.lang]), w.full(p), addr)
    if r < 0.75:
        return "%s %s <%s>" % (w.initial(p), w.surname(p), addr)
    if r < 0.85:
        return '"%s (%s)" <%s>' % (w.full(p), w.thing(DEPTS[w.lang]), addr)
    if r < 0.93:
        return "%s <%s>" % (w.full(p), addr)
    return "%s (%s)" % (addr, w.full(p))


def display_decoy(c):
    w, rng = c.w, c.w.rng
    r = rng.random()
    dom = DOMAINS[w.lang]
    if r < 0.4:
        team = w.thing(TEAMS[w.lang])
        return '"%s" <%s@%s>' % (team, rng.choice(["team", "hr", "help", "ops"]), dom)
    if r < 0.7:
        sender = w.plain(rng.choice(SENDERS))
        return "%s <noreply@%s>" % (sender, dom)
    return '"%s" <noreply@%s>' % (w.thing(PROJECTS[w.lang]), dom)


def mail_headers(c, lang):
    w, rng = c.w, c.w.rng
    h = MAIL_HEADS[lang]
    lines = ["%s: %s" % (h[0], display(c, w.person()) if rng.random() < 0.7 else display_decoy(c))]
    lines.append("%s: %s" % (h[1], display(c, w.person())))
    cc = [display(c, w.person()) for _ in range(rng.choice([1, 2]))] + [display_decoy(c)]
    rng.shuffle(cc)
    lines.append("%s: %s" % (h[2], ", ".join(cc) if rng.random() < 0.5 else "; ".join(cc)))
    if rng.random() < 0.5:
        lines.append("%s: %s" % (h[3], display(c, w.person()) if rng.random() < 0.5 else display_decoy(c)))
    lines.append("%s: %s" % (h[4], SUBJECT[lang]))
    return "mail_headers", "\n".join(lines) + "\n\n" + MAIL_BODY[lang]


def mbox(c, lang):
    w, rng = c.w, c.w.rng
    p, q = w.person(), w.person()
    sender = c.email(p)
    first = "From %s Tue Mar  4 10:12:33 2025" % sender
    who = rng.choice(['"%s"' % w.full(p), w.full(p), "%s, %s" % (w.surname(p), w.given(p))])
    lines = [first, "Return-Path: <%s>" % sender, "From: %s <%s>" % (who, sender),
             "To: %s" % display(c, q), "Date: Tue, 4 Mar 2025 10:12:33 +0100", "Subject: %s" % SUBJECT[lang], "",
             MAIL_BODY[lang], "", "From noreply@%s Tue Mar  4 11:00:00 2025" % DOMAINS[lang],
             "From: %s" % display_decoy(c), "To: %s" % display(c, w.person()), "Subject: %s" % w.thing(PAIRS[lang])]
    return "mbox", "\n".join(lines)


def chat_author(c, lang):
    """The author column of a chat export: Slack, Teams, Discord, IRC, a CSV export."""
    w, rng = c.w, c.w.rng
    msgs = CHAT_MSGS[lang]
    people = [w.person() for _ in range(2)]
    style = rng.randrange(5)
    rows = []
    speakers = [("p", people[0]), ("d", None), ("p", people[1])]
    rng.shuffle(speakers)
    for i, (kind, p) in enumerate(speakers):
        msg = msgs[i]
        if kind == "p":
            name = w.full(p) if style != 1 or rng.random() < 0.5 else "%s, %s" % (w.surname(p), w.given(p))
        else:
            name = w.plain(rng.choice(["Slackbot", "Jira Cloud", "Polly", "Workflow Builder", "GitHub", "Zoom"]))
        if style == 0:
            rows.append("%s  10:1%d\n%s" % (name, i, msg))
        elif style == 1:
            rows.append("[10:1%d] %s\n%s" % (i, name, msg))
        elif style == 2:
            rows.append("%s — %s 10:1%d\n%s" % (name, {"en": "Today at", "no": "I dag kl.", "sv": "Idag",
                                                       "de": "Heute um", "fr": "Aujourd'hui à",
                                                       "es": "Hoy a las"}[lang], i, msg))
        elif style == 3:
            rows.append("2025-03-04 10:1%d,%s,%s" % (i, name, msg.replace(",", "")))
        else:
            rows.append("2025-03-04T10:1%d:00\t%s\t%s" % (i, name, msg))
    channel = w.plain("#" + rng.choice(["general", "drift", "support", "random", "ops"]))
    return "chat_author", channel + "\n" + "\n".join(rows)


CHAT_MSGS = {"en": ("can someone check the invoice run", "on it", "done, looks fine"),
             "no": ("kan noen sjekke fakturakjøringen", "ser på det", "ferdig, ser bra ut"),
             "sv": ("kan någon kolla fakturakörningen", "kollar", "klart, ser bra ut"),
             "de": ("kann jemand den Rechnungslauf prüfen", "schau ich mir an", "erledigt, sieht gut aus"),
             "fr": ("quelqu'un peut vérifier la facturation", "je regarde", "fait, tout est bon"),
             "es": ("alguien puede revisar la facturación", "lo miro", "hecho, todo bien")}


# ---- workflow phrases --------------------------------------------------------------------------------------------
# (phrase, joiner): the person follows the phrase directly, after a space or after ": ".
WORKFLOW = {
    "en": ["Approved by", "Reviewed by", "Signed:", "Assigned to", "Reported by", "Closed by", "Requested by",
           "Minutes:", "Minute taker:", "Checked by"],
    "no": ["Godkjent av", "Gjennomgått av", "Signert:", "Tildelt", "Meldt av", "Lukket av", "Bestilt av",
           "Protokollført av", "Referent:", "Kontrollert av"],
    "sv": ["Godkänd av", "Granskad av", "Signerad:", "Tilldelad", "Rapporterad av", "Stängd av", "Beställd av",
           "Justerare:", "Sekreterare:", "Protokollförare:"],
    "de": ["Genehmigt von", "Geprüft von", "Unterschrieben:", "Zugewiesen an", "Gemeldet von", "Geschlossen von",
           "Angefordert von", "Protokoll:", "Protokollführer:", "Freigegeben durch"],
    "fr": ["Validé par", "Relu par", "Signé :", "Assigné à", "Signalé par", "Fermé par", "Demandé par",
           "Secrétaire de séance :", "Rédigé par", "Approuvé par"],
    "es": ["Aprobado por", "Revisado por", "Firmado:", "Asignado a", "Reportado por", "Cerrado por", "Solicitado por",
           "Acta levantada por", "Secretario:", "Validado por"],
}
TICKET = {"en": ("Status: Closed", "Priority: High", "VPN drops every hour"),
          "no": ("Status: Lukket", "Prioritet: Høy", "VPN faller ut hver time"),
          "sv": ("Status: Stängd", "Prioritet: Hög", "VPN tappar anslutningen varje timme"),
          "de": ("Status: Geschlossen", "Priorität: Hoch", "VPN bricht stündlich ab"),
          "fr": ("Statut : Fermé", "Priorité : Haute", "Le VPN se coupe toutes les heures"),
          "es": ("Estado: Cerrado", "Prioridad: Alta", "La VPN se corta cada hora")}
MINUTES = {"en": ("Board meeting 4 March", "1. Budget approved."),
           "no": ("Styremøte 4. mars", "1. Budsjettet ble vedtatt."),
           "sv": ("Styrelsemöte 4 mars", "1. Budgeten fastställdes."),
           "de": ("Vorstandssitzung am 4. März", "1. Haushalt beschlossen."),
           "fr": ("Conseil du 4 mars", "1. Budget adopté."),
           "es": ("Junta del 4 de marzo", "1. Presupuesto aprobado.")}


def workflow_who(c, p):
    w, rng = c.w, c.w.rng
    r = rng.random()
    if r < 0.6:
        return w.full(p)
    if r < 0.75:
        return "%s %s" % (w.initial(p), w.surname(p))
    if r < 0.88:
        return "%s <%s>" % (w.full(p), c.email(p))
    return "%s, %s" % (w.surname(p), w.given(p))


def workflow_decoy(c, lang):
    w, rng = c.w, c.w.rng
    return w.thing(rng.choice([TEAMS[lang], DEPTS[lang], "|".join(BOTS), PROJECTS[lang]]))


def phrase_line(c, lang, phrase, who):
    sep = " " if phrase.endswith(":") or not phrase[-1].isalpha() else " "
    return "%s%s%s" % (phrase, sep, who)


def workflow(c, lang):
    w, rng = c.w, c.w.rng
    phrases = rng.sample(WORKFLOW[lang], 4)
    kind = rng.randrange(4)
    lines = []
    for i, phrase in enumerate(phrases):
        who = workflow_decoy(c, lang) if i == 3 else workflow_who(c, w.person())
        line = phrase_line(c, lang, phrase, who)
        if kind == 0:
            line = line + (", 04.03.2025" if rng.random() < 0.5 else "")
        elif kind == 1:
            line = "- " + line
        elif kind == 2:
            line = "%s | %s" % (("2025-03-0%d" % (i + 1)), line)
        lines.append(line)
    rng.shuffle(lines)
    if kind == 0:
        t = TICKET[lang]
        head = ["#%d %s" % (rng.randrange(1000, 9999), t[2]), t[0], t[1]]
    elif kind == 3:
        m = MINUTES[lang]
        head = [m[0], m[1]]
    else:
        head = [w.thing(PAIRS[lang])]
    shape = ("ticket", "form", "log", "minutes")[kind]
    return "workflow_" + shape, "\n".join(head + lines)


CHANGELOG_WORDS = {"en": ("reported by", "thanks to", "reviewed by"), "no": ("meldt av", "takk til", "gjennomgått av"),
                   "sv": ("rapporterad av", "tack till", "granskad av"), "de": ("gemeldet von", "danke an", "geprüft von"),
                   "fr": ("signalé par", "merci à", "relu par"), "es": ("reportado por", "gracias a", "revisado por")}
CHANGES = {"en": ["Fix crash on empty invoice", "Add CSV export", "Speed up login"],
           "no": ["Retter krasj ved tom faktura", "Legger til CSV-eksport", "Raskere innlogging"],
           "sv": ["Rättar krasch vid tom faktura", "Lägger till CSV-export", "Snabbare inloggning"],
           "de": ["Absturz bei leerer Rechnung behoben", "CSV-Export hinzugefügt", "Schnellere Anmeldung"],
           "fr": ["Corrige le plantage sur facture vide", "Ajoute l'export CSV", "Connexion plus rapide"],
           "es": ["Corrige el fallo con factura vacía", "Añade exportación CSV", "Inicio de sesión más rápido"]}


def changelog(c, lang):
    w, rng = c.w, c.w.rng
    words = CHANGELOG_WORDS[lang]
    lines = ["## %s (2025-03-04)" % w.thing(PROJECTS[lang])]
    for i, change in enumerate(CHANGES[lang]):
        if i == 2:
            who = w.thing(TEAMS[lang]) if rng.random() < 0.5 else w.plain(rng.choice(BOTS))
        else:
            p = w.person()
            who = w.full(p) if rng.random() < 0.7 else "@" + fold(p.given.split()[0]).lower() + " (%s)" % w.full(p)
        lines.append("- %s (%s %s)" % (change, rng.choice(words), who))
    return "changelog", "\n".join(lines)


# ---- tables and lists with no name header ------------------------------------------------------------------------
HEADS = {"en": ("", "E-mail", "Phone", "Role"), "no": ("", "E-post", "Telefon", "Rolle"),
         "sv": ("", "E-post", "Telefon", "Roll"), "de": ("", "E-Mail", "Telefon", "Funktion"),
         "fr": ("", "Courriel", "Téléphone", "Rôle"), "es": ("", "Correo", "Teléfono", "Cargo")}


def row_people(c, lang, n):
    """n rows: a person (or one decoy row of a team or room) with an address, a phone and a role."""
    w, rng = c.w, c.w.rng
    rows = []
    decoy_at = rng.randrange(n + 1)
    for i in range(n + 1):
        if i == decoy_at:
            team = w.thing(rng.choice([TEAMS[lang], ROOMS[lang]]))
            rows.append((team, "%s@%s" % (rng.choice(["support", "booking", "lonn", "desk"]), DOMAINS[lang]),
                         c.phone(), w.thing(DEPTS[lang])))
            continue
        p = w.person()
        address = "%s@%s" % (local_part(p, rng), DOMAINS[lang])  # labelled EMAIL where a column shows it
        rows.append((w.full(p), address, c.phone(), rng.choice(ROLES[lang].split("|"))))
    return rows


def table_md(c, lang):
    w, rng = c.w, c.w.rng
    rows = row_people(c, lang, rng.choice([2, 3]))
    head = list(HEADS[lang])
    for h in head[1:]:
        w.plain(h)
    if rng.random() < 0.5:
        out = ["| %s |" % " | ".join(head), "|" + "---|" * len(head)]
        out += ["| %s |" % " | ".join(r) for r in rows]
        return "table_markdown", "\n".join(out)
    widths = [max(len(r[i]) for r in rows + [tuple(head)]) for i in range(4)]
    line = "+" + "+".join("-" * (x + 2) for x in widths) + "+"
    fmt = lambda r: "| " + " | ".join(v.ljust(widths[i]) for i, v in enumerate(r)) + " |"
    return "table_ascii", "\n".join([line, fmt(head), line] + [fmt(r) for r in rows] + [line])


def table_csv(c, lang):
    w, rng = c.w, c.w.rng
    rows = row_people(c, lang, rng.choice([2, 3]))
    sep = rng.choice([",", ";", "\t"])
    order = rng.choice([(0, 1, 2), (1, 0, 2), (0, 3, 1), (0, 2, 3)])
    return "table_csv", "\n".join(sep.join(r[i] for i in order) for r in rows)


def aligned(c, lang):
    w, rng = c.w, c.w.rng
    rows = row_people(c, lang, rng.choice([2, 3]))
    width = max(len(r[0]) for r in rows) + rng.choice([2, 4])
    out = []
    for r in rows:
        out.append(r[0].ljust(width) + r[rng.choice([1, 2])].ljust(28) + r[3])
    return "aligned", "\n".join(out)


def bullets(c, lang):
    w, rng = c.w, c.w.rng
    style = rng.randrange(4)
    heading = w.thing(PAIRS[lang]) + ":"
    items = []
    n = rng.choice([2, 3])
    decoy_at = rng.randrange(n + 1)
    for i in range(n + 1):
        if i == decoy_at:
            name, role = w.thing(TEAMS[lang]), w.thing(CITIES[lang])
        else:
            p = w.person()
            name = w.full(p) if rng.random() < 0.8 else "%s %s" % (w.initial(p), w.surname(p))
            role = rng.choice(ROLES[lang].split("|")) if style % 2 == 0 else w.thing(DEPTS[lang])
        if style == 0:
            items.append("- %s — %s" % (name, role))
        elif style == 1:
            items.append("* %s (%s)" % (name, role))
        elif style == 2:
            items.append("%d. %s - %s" % (i + 1, name, role))
        else:
            items.append("• %s / %s" % (name, role))
    return "bullets", heading + "\n" + "\n".join(items)


# ---- chat lines: names as subject and object of ordinary verbs -------------------------------------------------------
CHAT_LINES = {
    "en": ["spoke to {o} this morning, all good", "{s} is off sick today", "can you ping {o}?",
           "{s} will take the late shift", "ask {o} before you merge", "{s} already sent it", "met {o} at the station"],
    "no": ["ring {o} i morgen", "{s} er syk i dag", "snakket med {o} nå", "{s} tar kveldsvakta",
           "spør {o} før du merger", "{s} har sendt den allerede", "traff {o} på stasjonen"],
    "sv": ["ring {o} imorgon", "{s} är sjuk idag", "pratade med {o} nyss", "{s} tar kvällspasset",
           "fråga {o} innan du mergar", "{s} har redan skickat den", "träffade {o} på stationen"],
    "de": ["ruf {o} morgen an", "{s} ist heute krank", "hab grad mit {o} gesprochen", "{s} übernimmt die Spätschicht",
           "frag {o} bevor du mergst", "{s} hat es schon geschickt", "hab {o} am Bahnhof getroffen"],
    "fr": ["appelle {o} demain", "{s} est malade aujourd'hui", "j'ai parlé à {o} ce matin", "{s} prend la garde du soir",
           "demande à {o} avant de merger", "{s} l'a déjà envoyé", "j'ai croisé {o} à la gare"],
    "es": ["llama a {o} mañana", "{s} está de baja hoy", "hablé con {o} esta mañana", "{s} cubre el turno de noche",
           "pregúntale a {o} antes de mergear", "{s} ya lo mandó", "vi a {o} en la estación"],
}
DECOY_SUBJECTS = {"en": ["the Payroll Team", "Town Hall", "Release Notes"], "no": ["Stille Natt", "Nye Rutiner"],
                  "sv": ["Öppet Hus", "Stora Salen"], "de": ["Neue Funktion", "Offene Tür"],
                  "fr": ["Grande Surface", "Nouvelle Version"], "es": ["Nueva Versión", "Puertas Abiertas"]}


def misspell(rng, word):
    """A typo people make in a name: a letter doubled, two swapped, or one dropped."""
    if len(word) < 5:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    r = rng.random()
    if r < 0.4:
        return word[:i] + word[i] + word[i:]
    if r < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i + 1:]


def chat_lines(c, lang):
    w, rng = c.w, c.w.rng
    templates = rng.sample(CHAT_LINES[lang], 3)
    out = []
    lower = rng.random() < 0.5
    for i, t in enumerate(templates):
        if i == 2:
            thing = w.thing(rng.choice([PAIRS[lang], PROJECTS[lang], ROOMS[lang], "|".join(PRODUCTS)]))
            out.append(t.format(s=thing, o=thing))
            continue
        p = w.person()
        r = rng.random()
        given = p.given.split()[0]
        if r < 0.35:
            words = [given, p.surname]
        elif r < 0.7:
            words = [given]
        else:
            words = [given, p.surname.split()[-1]]
        if lower:
            words = [x.lower() for x in words]
        if rng.random() < 0.3:
            words[-1] = misspell(rng, words[-1])
        for x in words:
            w.values.append(x)
        name = " ".join(words)
        out.append(t.format(s=name, o=name))
    rng.shuffle(out)
    return "chat_lines" + ("_lower" if lower else ""), "\n".join(out)


SHAPES = [mail_headers, mbox, chat_author, workflow, workflow, changelog, table_md, table_csv, aligned, bullets,
          chat_lines, chat_lines]


def generate():
    rng = random.Random(20261207)
    lines = []
    for lang in LANGS:
        for n in range(CASES_PER_LANG):
            w = Writer3(rng, lang)
            c = Case(w)
            shape, text = SHAPES[(n + LANGS.index(lang)) % len(SHAPES)](c, lang)
            titles = set(sum(TITLES.values(), [])) | {t.rstrip(".") for t in sum(TITLES.values(), [])}
            case = finish("names3-%s-%d" % (lang, n), lang, shape, text, w, titles)
            for number in (n for n in dict.fromkeys(c.phones) if n in text):  # the columns shown
                case["entities"].append({"type": "PHONE", "value": number})
            lines.append(json.dumps(case, ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(census_main(sys.argv, generate, "generate_names3.py", __doc__))
