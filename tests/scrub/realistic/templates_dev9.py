"""templates_dev9.py — a ninth development half: app and platform configs, SaaS and shop exports, webhooks,
payments by phone number, papers of health, housing, work, school and clubs.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py and the
templates_dev2..dev8.py files, never the scrubber's sources or data, or any held-out template or case). Its
shapes are none an earlier readable half has: `supabase status`, `vercel env pull`, `netlify env:list`,
wrangler.toml with `.dev.vars` and `wrangler secret put`, .NET launchSettings.json, Android local.properties and
keystore.properties, Xcode schemes, fastlane .env and Appfile, Expo EAS, `gh secret`, kustomize secretGenerator,
SOPS-decrypted files, pgbouncer userlist, HAProxy userlists, supervisord, PM2 ecosystem files, MQTT and
Home Assistant secrets, OpenWrt `uci show`, Bruno .bru files, VS Code REST Client .http files, k6 scripts,
CLOUDINARY_URL, Rollbar items, Zapier catch-hook data, Make bundles, Shopify orders, WooCommerce CSV, Mailchimp
audience exports, Calendly and Typeform webhooks, Intercom conversations, Trello cards, Notion tables, Swish,
Vipps and Bizum receipts, Doctolib confirmations, Helsenorge messages, pharmacy labels, patient intake forms,
insurance quotes, landlord references, job applications, W-9 requests, a Meldebestätigung, a padrón, a French
RIB, wedding guest lists, sports club member lists, parent–teacher messages.

Its prose (ten per language) has values pasted from apps ("Vipps til … på …"), cues after the value, relations,
numbers read back for confirmation, values set apart by dashes and brackets, and capitalised words that are not
names (club, venue and song names, sentence-initial words).

Same syntax as templates.py. Slots of its own (DEV9_SECRETS): «DOB9» (a birth date in forms the earlier
generators rarely write, or one of birth_six()'s, one time in three), «PHONE9» (a phone in E.164 or national
styles as apps and forms export them, else one of phone_new()'s). Decoys: «~SAMPLE9», «~PH9», «~ENC9»,
«~SONG9», «~CLUB9», «~VENUE9», «~DRUG9», «~HEAD9», «~SIGN9», «~PLATE9», «~BIC9», «~APPID9», «~FICT9»,
«~ORDERNO9», «~URL9», «~RXNO9», «~TESTCARD9», «~TEAMID9», «~STREET9»."""

DEV9_FIRST = {
    "en": ["Ebenezer", "Lucinda-May", "Honoria", "Georgiana", "Leofric", "Isolde", "Hamish", "Posy", "Alaric",
           "Delphine-Rose", "Jocasta", "Rupert-John"],
    "no": ["Torbjørg", "Alvhild", "Gunnbjørg", "Arne-Kristian", "Olaug", "Tjodolv", "Bodvar", "Geir-Ove",
           "Herbjørn", "Ingvill", "Øydis", "Bjørg-Elin"],
    "sv": ["Göta", "Ann-Britt", "Bo-Göran", "Vendela", "Nils-Erik", "Ylva-Li", "Solveig-Maj", "Ingalill",
           "Märta-Lena", "Ulla-Britt", "Sture", "Lennart-Åke"],
    "de": ["Ernst-August", "Engelbert", "Klaus-Dieter", "Hans-Ulrich", "Sieglinde", "Lothar", "Edeltraud", "Wenzel",
           "Gisela-Maria", "Ortrud", "Traugott", "Friedhelm"],
    "fr": ["Domitille", "Marie-Ange", "Clémence-Aude", "Gaëtane", "Hilaire", "Isaure", "Lazare", "Mahaut",
           "Aliénor", "Séverin", "Victorine", "Gaspard-Henri"],
    "es": ["Cipriano", "María Auxiliadora", "Evaristo", "Filomena", "Juan Bautista", "Escolástica", "Abundio",
           "Froilán", "María Dolores", "Torcuato", "Rosalía", "Heliodoro"],
}
DEV9_LAST = {
    "en": ["Montgomery-Smythe", "O'Callaghan", "Wolstenholme", "De Courcy", "Pennington-Lowe", "MacTaggart",
           "Sackville", "Thistlethwaite", "Ogilvy", "D'Souza-Hart", "Killigrew", "Oakenshaw"],
    "no": ["Brekke-Aasen", "Tangvald", "Hæreid", "Aarflot", "Fjeldstad-Bø", "Strømsnes", "Vågenes", "Haugland-Rø",
           "Kjærnes", "Sørbøe", "Østerhus", "Bråten-Dahl"],
    "sv": ["Silfverschiöld", "Åberg-Lund", "Hjelmqvist", "Löfgren-Sahl", "Nordenfalk", "Söderqvist", "Hallengren",
           "Rosenblad", "Dahlgren-Öst", "Lagercrantz", "de Laval", "Ehrensvärd"],
    "de": ["von Schönau", "Brückner-Ließ", "Gößwein", "Überschär", "Oldenhage", "Kleinschmidt-Rauh", "Dörflinger",
           "Nüßlein", "von dem Knesebeck", "Heußner", "Möllenkamp", "Kühlewind"],
    "fr": ["Lécuyer-Darnand", "Le Floc'h", "Duchêne-Morel", "Théodoridès", "Crévecœur", "Rousselière",
           "Fourcade-Ibos", "Pétillon", "Mazurier", "de Chambrun", "Lamotte-Azaïs", "Guérineau"],
    "es": ["Gómez de la Serna", "Iturriaga", "Villaseñor", "Fernández-Cuesta", "de Zulueta", "Montoya-Ruiz",
           "Ezquerra", "Pérez de Guzmán", "Ibarrondo", "Sáez-Merino", "Echániz", "de Orbaneja"],
}
DEV9_CITIES = {
    "en": ["Lerwick", "Bozeman", "Kamloops", "Oamaru", "Barnstaple", "Yellowknife"],
    "no": ["Lyngdal", "Elverum", "Svolvær", "Namsos", "Tynset", "Ørsta"],
    "sv": ["Sölvesborg", "Trelleborg", "Lycksele", "Hjo", "Filipstad", "Ulricehamn"],
    "de": ["Coburg", "Landshut", "Meißen", "Bautzen", "Wismar", "Itzehoe"],
    "fr": ["Cahors", "Draguignan", "Vierzon", "Aubenas", "Lannion", "Sarlat-la-Canéda"],
    "es": ["Talavera de la Reina", "Baeza", "Puertollano", "Ciudad Rodrigo", "Almagro", "Tarazona"],
}
DEV9_BRANDS = ["Karen Millen", "Giuseppe Zanotti", "Agatha Ruiz de la Prada", "Bruno Banani", "Wolfgang Joop",
               "Tiger of Sweden", "Acne Studios", "Björn Borg", "Mads Nørgaard", "Camilla Pihl", "Jacques Vert",
               "Uterqüe", "Peter Jensen", "Marc Cain", "Roberto Cavalli", "By Malene Birger"]

MONTHS9 = {
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
UPPER9 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def birth_nine(case, lang):
    """A birth date as apps, forms and people write one ("3-3-1985", "Mar-03-1985", "03MAR1985", "1985/3/3",
    "3.3.85", "3. März '85", "3/3/85", "3 de mar. de 1985"), or one of birth_six()'s, one time in three."""
    if case.rng.random() < 1 / 3:
        return case.birth_six(lang)
    year, month, day = case.v.birth_date()
    name = MONTHS9[lang][month - 1]
    fields = {"d": day, "m": month, "y": year, "yy": year % 100, "name": name, "abbr": name[:3],
              "up": UPPER9[month - 1]}
    styles = {
        "en": ["%(m)d-%(d)d-%(y)d", "%(abbr)s-%(d)02d-%(y)d", "%(d)02d%(up)s%(y)d", "%(y)d/%(m)d/%(d)d",
               "%(name)s %(d)d, '%(yy)02d"],
        "no": ["%(d)d.%(m)d.%(yy)02d", "%(d)d. %(name)s -%(yy)02d", "%(d)02d%(m)02d%(y)d", "%(y)d.%(m)02d.%(d)02d"],
        "sv": ["%(y)d-%(m)d-%(d)d", "%(d)d/%(m)d -%(yy)02d", "%(d)d %(name)s %(y)d", "%(yy)02d-%(m)02d-%(d)02d"],
        "de": ["%(d)d.%(m)d.%(yy)02d", "%(d)d. %(name)s '%(yy)02d", "%(d)02d.%(m)02d.%(y)d", "%(y)d/%(m)02d/%(d)02d"],
        "fr": ["%(d)d/%(m)d/%(yy)02d", "%(d)02d-%(m)02d-%(y)d", "%(d)d %(name)s %(y)d", "%(d)02d %(m)02d %(y)d"],
        "es": ["%(d)d-%(abbr)s-%(y)d", "%(d)d/%(m)02d/%(y)d", "%(d)d de %(abbr)s. de %(y)d", "%(d)02d.%(m)02d.%(y)d"],
    }[lang]
    text = case.v.pick(styles) % fields
    if lang == "fr" and day == 1:
        text = text.replace("1 " + name, "1er " + name)
    return text


def phone_nine(case, lang):
    """A phone as apps and forms export one (E.164, `tel:` targets, grouped national forms), six times in ten;
    else one of phone_new()'s."""
    v = case.v
    country = case.country(lang)
    if case.rng.random() >= 0.6:
        return v.phone_new(country)
    d = v.digits
    if country in ("US", "CA"):
        a, e, line = v.north_american(country)
        return v.pick(["+1%s%s%s" % (a, e, line), "+1 %s-%s-%s" % (a, e, line), "%s%s%s" % (a, e, line),
                       "+1 (%s) %s-%s" % (a, e, line)])
    if country == "UK":
        mobile = "7" + v.pick("3456789") + d(8)
        return v.pick(["+44" + mobile, "+44 " + mobile[:4] + " " + mobile[4:7] + " " + mobile[7:],
                       "0" + mobile[:4] + " " + mobile[4:]])
    if country == "NO":
        n = v.pick("49") + d(7)
        return v.pick(["+47" + n, "+47 " + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:], n[:3] + " " + n[3:5] +
                       " " + n[5:], "47" + n])
    if country == "SE":
        m = "07" + v.pick("0236") + d(7)
        return v.pick(["+46" + m[1:], "+46 " + m[1:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:],
                       m[:3] + "-" + m[3:6] + " " + m[6:8] + " " + m[8:], m[:3] + "-" + m[3:]])
    if country == "DE":
        m = "1" + v.pick(["51", "52", "57", "60", "62", "70", "72", "76"]) + d(8)
        return v.pick(["+49" + m, "+49 " + m[:3] + " " + m[3:], "0" + m[:3] + " " + m[3:7] + " " + m[7:],
                       "0" + m[:3] + "/" + m[3:]])
    if country == "FR":
        n = v.pick("67") + d(8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        return v.pick(["+33" + n, "+33 " + n[0] + " " + " ".join(pairs), "0" + n[0] + " " + " ".join(pairs),
                       "0" + n[0] + "." + ".".join(pairs)])
    m = v.pick("67") + d(8)
    return v.pick(["+34" + m, "+34 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:], m[:3] + " " + m[3:6] +
                   " " + m[6:], "+34 " + m[:3] + " " + m[3:6] + " " + m[6:]])


# slot -> (family, make(case, lang), type), as generate.py's own slots
DEV9_SECRETS = {
    "DOB9": ("dob", birth_nine, "DATE_OF_BIRTH"),
    "PHONE9": ("phone9", phone_nine, "PHONE"),
}

B64CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def sops_encrypted(v, r):
    """A value as SOPS leaves it encrypted in a file: ciphertext nobody can read, not a secret in the clear."""
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]" % (v.chars(B64CHARS, r.randrange(16, 40)),
                                                                 v.chars(B64CHARS, 43) + "=",
                                                                 v.chars(B64CHARS, 22))


def phone_shaped_order(v, r):
    """An order or payment id with the digits of a Norwegian or Swedish mobile: belongs to no person."""
    return v.pick(["4", "9", "07"]) + v.digits(7 if r.random() < 0.7 else 8)


DEV9_DECOYS = {
    # values from vendors' documentation and test modes: they belong to nobody
    "SAMPLE9": ["pk_test_TYooMQauvdEDq54NiTphI7jx", "re_123456789", "whsec_test_placeholder",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxN"
                "TE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    # the test cards payment providers document: Luhn-valid, nobody's
    "TESTCARD9": ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "4000 0027 6000 3184",
                  "4242424242424242"],
    "PH9": ["<SUPABASE_ANON_KEY>", "${{ secrets.VERCEL_TOKEN }}", "env(\"DATABASE_URL\")", "$(MATCH_PASSWORD)",
            "YOUR_SHOPIFY_TOKEN", "<paste-here>", "sm://projects/app/secrets/db-password", "{{ env \"DB_PASS\" }}",
            "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db)", "!secret wifi_password",
            "<set with wrangler secret put>", "[hidden]"],
    "ENC9": sops_encrypted,
    "SONG9": ["Jolene", "Roxanne", "Layla", "Billie Jean", "Mrs Robinson", "Hey Jude", "Sweet Caroline",
              "Valerie", "Fernando", "Gabrielle", "Angie", "Michelle"],
    "CLUB9": {
        "en": ["Plymouth Argyle", "Hamilton Tiger-Cats", "Exeter Chiefs", "Green Bay Packers"],
        "no": ["Kongsvinger IL", "Odds BK", "Sogndal IL", "Bryne FK"],
        "sv": ["Östers IF", "Degerfors IF", "Brynäs IF", "Leksands IF"],
        "de": ["SpVgg Greuther Fürth", "Rot-Weiss Essen", "Alemannia Aachen", "Kickers Offenbach"],
        "fr": ["En Avant Guingamp", "Stade Lavallois", "Chamois Niortais", "Red Star FC"],
        "es": ["CD Numancia", "Real Oviedo", "SD Eibar", "Racing de Santander"],
    },
    "VENUE9": {
        "en": ["Wembley Stadium", "Royal Albert Hall", "Lincoln Center", "Churchill College"],
        "no": ["Ole Bulls plass", "Grieghallen", "Kong Olavs hall", "Edvard Munchs plass"],
        "sv": ["Olof Palmes plats", "Nils Ericson-terminalen", "Berwaldhallen", "Selma Lagerlöfs torg"],
        "de": ["Fritz-Walter-Stadion", "Konrad-Adenauer-Ufer", "Beethovenhalle", "Willy-Brandt-Haus"],
        "fr": ["Stade Pierre-Mauroy", "Salle Pleyel", "Place Charles-de-Gaulle", "Lycée Victor-Hugo"],
        "es": ["Estadio Ramón Sánchez-Pizjuán", "Teatro Lope de Vega", "Plaza de Isabel II", "Colegio San José"],
    },
    # streets named after people, for addresses
    "STREET9": {
        "en": ["Abraham Lincoln Avenue", "Wilberforce Way", "Brunel Road"],
        "no": ["Roald Amundsens vei", "Henrik Wergelands allé", "Camilla Colletts vei"],
        "sv": ["Alfred Nobels allé", "Selma Lagerlöfs gata", "Carl Larssons väg"],
        "de": ["Clara-Zetkin-Straße", "Heinrich-Heine-Allee", "Bertha-von-Suttner-Weg"],
        "fr": ["Rue Émile-Zola", "Avenue Jean-Jaurès", "Boulevard Victor-Hugo"],
        "es": ["Calle Miguel de Unamuno", "Avenida Blasco Ibáñez", "Calle Rosalía de Castro"],
    },
    "DRUG9": ["Sertraline 50 mg tablets", "Levothyroxine 75 mcg", "Ventolin Evohaler 100 mcg", "Zyrtec 10 mg",
              "Metformin 500 mg", "Cetirizin-ratiopharm 10 mg", "Imovane 7,5 mg", "Dafalgan 1 g",
              "Enantyum 25 mg", "Ramipril 5 mg", "Atorvastatin 20 mg"],
    "HEAD9": {
        "en": ["Person to notify", "Office use", "Consent to treatment", "Known drug allergies"],
        "no": ["Nærmeste pårørende", "Allergier", "Til kontoret", "Samtykkeerklæring"],
        "sv": ["Närmast anhörig", "Allergier", "Kansliets anteckningar", "Medgivande"],
        "de": ["Angehörige", "Allergien", "Bearbeitungsvermerk", "Einverständniserklärung"],
        "fr": ["Personne de confiance", "Allergies connues", "Réservé au secrétariat", "Autorisation parentale"],
        "es": ["Persona de contacto", "Alergias", "Uso interno", "Autorización"],
    },
    "SIGN9": {
        "en": ["Cheers for now", "All best", "Talk soon", "Best wishes from us all"],
        "no": ["Vennlig hilsen fra oss", "Beste helsing", "Takk igjen", "Mange hilsener"],
        "sv": ["Hej så länge", "Vänliga hälsningar från oss", "Varma hälsningar", "Hörs snart"],
        "de": ["Grüßle", "Ciao und bis bald", "Mit herzlichen Grüßen", "Herzlichst"],
        "fr": ["Au plaisir", "Salutations distinguées", "Bonne continuation", "Gros bisous"],
        "es": ["Un cordial saludo", "Saludos desde la oficina", "Nos vemos", "Quedo a la espera"],
    },
    "PLATE9": lambda v, r: v.pick([
        lambda: v.pick(["M", "HH", "B", "K"]) + "-" + v.chars("ABCDEFGHKLMNPRSTUVWXYZ", 2) + " " +
        str(r.randrange(10, 9999)),
        lambda: v.pick(["EL", "BT", "SV", "DK"]) + " " + v.digits(5),
        lambda: v.chars("ABCDEFGHJKLMNPRSTUWXYZ", 3) + " " + v.digits(2) + v.chars("ABCDEFGHJKLMNPRSTUWXYZ", 1),
        lambda: v.chars("ABCDEFGHJKLMNPRSTVWXYZ", 2) + "-" + v.digits(3) + "-" + v.chars("ABCDEFGHJKLMNPRSTVWXYZ", 2),
        lambda: v.digits(4) + " " + v.chars("BCDFGHJKLMNPRSTVWXYZ", 3)])(),
    "BIC9": ["DNBANOKKXXX", "NDEASESS", "HANDSESS", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "SPSONO22",
             "SWEDSESS", "AGRIFRPP882", "BSCHESMM"],
    "APPID9": lambda v, r: v.pick(["com.", "no.", "se.", "de.", "fr.", "es."]) + v.pick(
        ["acme", "nordkapp", "fjellbank", "bolaget", "lecture", "tienda"]) + "." + v.pick(
        ["mobile", "app", "shop", "ios", "staging"]),
    # numbers in ranges set aside for fiction and documentation
    "FICT9": lambda v, r: v.pick(["(212) 555-01%02d", "555-01%02d", "+44 20 7946 00%02d", "+1 613 555 01%02d",
                                  "01632 9600%02d"]) % r.randrange(100),
    "ORDERNO9": phone_shaped_order,
    "URL9": ["https://api.supabase.com/v1/projects", "https://calendly.com/event_types/user/me",
             "https://us21.api.mailchimp.com/3.0/lists", "https://api.vercel.com/v9/projects",
             "https://dash.cloudflare.com/", "https://appleid.apple.com/account/manage",
             "https://hooks.zapier.com/", "https://api.intercom.io/conversations",
             "https://www.helsenorge.no/", "https://www.doctolib.fr/"],
    "RXNO9": lambda v, r: v.pick(["Rx# ", "RX ", "Rp-Nr. ", "Ordonnance n° ", "Receta nº "]) + v.digits(7),
    "TEAMID9": lambda v, r: v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10),
}

DEV9_STRUCTURED = [
    # ---- platform and app configs ----
    ("supabasestatus", None, "$ supabase status\n         API URL: http://127.0.0.1:54321\n     GraphQL URL: "
     "http://127.0.0.1:54321/graphql/v1\n          DB URL: postgresql://postgres:«URLPASS:d»@«IP»:54322/postgres\n"
     "      Studio URL: http://127.0.0.1:54323\n        anon key: «JWT:a»\nservice_role key: «JWT:s»\n\n"
     "# and in .env.local\nSUPABASE_SERVICE_ROLE_KEY=«JWT:s»\nSUPABASE_DB_PASSWORD=«PASSWORD:d»\n"
     "# docs: ⟦«~URL9»⟧"),
    ("vercelenv", None, "$ vercel env pull .env.local\n# Created by Vercel CLI\nPOSTGRES_PASSWORD=\"«PASSWORD:p»\"\n"
     "POSTGRES_URL=\"postgres://default:«URLPASS:p»@ep-«=WORD»-⟦«~SHORTSHA»⟧-pooler.aws.neon.tech:5432/verceldb\"\n"
     "KV_REST_API_TOKEN=\"«HEXTOKEN»\"\nVERCEL_OIDC_TOKEN=\"«JWT»\"\nRESEND_API_KEY=\"\"\n"
     "# the docs' example key, not ours: ⟦«~SAMPLE9»⟧\n"
     "NEXT_PUBLIC_SITE_NAME=\"⟦«~BRAND»⟧ shop\""),
    ("netlifyenv", None, "$ netlify env:list --context production\n.---------------------------------------------.\n"
     "|              Environment variables           |\n|---------------------------------------------|\n"
     "| Key                   | Value               |\n|-----------------------|---------------------|\n"
     "| CONTACT_FORM_TO       | «EMAIL»             |\n| STRIPE_SECRET_KEY     | «STRIPE»            |\n"
     "| DB_PASSWORD           | «PASSWORD4»         |\n| ANALYTICS_ID          | ⟦«~TEAMID9»⟧          |\n"
     "'---------------------------------------------'"),
    ("wrangler", None, "# wrangler.toml\nname = \"«=WORD»-api\"\nmain = \"src/index.ts\"\ncompatibility_date = "
     "\"⟦«~ISODATE»⟧\"\n\n[vars]\nADMIN_EMAIL = \"«EMAIL»\"\nUPSTREAM = \"https://api.example.net\"\n"
     "DB_PASSWORD = \"«PASSWORD:w»\"   # TODO move to a secret\n\n# .dev.vars\nOPENAI_API_KEY=«OPENAI»\n"
     "DB_PASSWORD=«PASSWORD:w»\n\n$ npx wrangler secret put DISCORD_TOKEN\n✔ Enter a secret value: … «TOKEN»\n"
     "🌀 Creating the secret for the Worker \"«=WORD»-api\"\n(the rest: ⟦«~PH9»⟧)"),
    ("launchsettings", None, "// Properties/launchSettings.json\n{\n  \"profiles\": {\n    \"Api\": {\n"
     "      \"commandName\": \"Project\",\n      \"applicationUrl\": \"https://localhost:7081\",\n"
     "      \"environmentVariables\": {\n        \"ASPNETCORE_ENVIRONMENT\": \"Development\",\n"
     "        \"ConnectionStrings__Default\": \"Server=«IP»;Database=crm;User Id=sa;Password=«PASSWORD:c»;"
     "TrustServerCertificate=True\",\n        \"SA_PASSWORD\": \"«PASSWORD:c»\",\n"
     "        \"SendGrid__ApiKey\": \"«GENERIC»\",\n        \"Seed__AdminEmail\": \"«EMAIL»\"\n      }\n    }\n  }\n}"),
    ("localprops", None, "## local.properties (do not commit!)\nsdk.dir=/Users/«DOTNAME»/Library/Android/sdk\n"
     "MAPS_API_KEY=«GOOGLE»\n\n## keystore.properties\nstoreFile=../release.jks\nstorePassword=«PASSWORD4:k»\n"
     "keyAlias=upload\nkeyPassword=«PASSWORD4:k»\napplicationId=⟦«~APPID9»⟧"),
    ("xcscheme", None, "<LaunchAction buildConfiguration = \"Debug\">\n   <EnvironmentVariables>\n"
     "      <EnvironmentVariable key = \"API_TOKEN\" value = \"«HEXTOKEN»\" isEnabled = \"YES\">\n"
     "      </EnvironmentVariable>\n      <EnvironmentVariable key = \"TEST_USER_EMAIL\" value = \"«EMAIL»\" "
     "isEnabled = \"YES\">\n      </EnvironmentVariable>\n      <EnvironmentVariable key = \"TEST_USER_PASSWORD\" "
     "value = \"«PASSWORD4»\" isEnabled = \"NO\">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n"
     "</LaunchAction>\n<!-- bundle ⟦«~APPID9»⟧, team ⟦«~TEAMID9»⟧ -->"),
    ("fastlane", None, "# fastlane/Appfile\napp_identifier(\"⟦«~APPID9»⟧\")\napple_id(\"«EMAIL:a»\")\n"
     "itc_team_id(\"⟦«=NUM»⟧\")\n\n# fastlane/.env.default\nFASTLANE_USER=«EMAIL:a»\nFASTLANE_PASSWORD=«PASSWORD4»\n"
     "MATCH_PASSWORD=«PASSPHRASE»\nSLACK_URL=https://hooks.slack.com/services/«SLACKHOOK»\n"
     "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=⟦«~PH9»⟧"),
    ("eas", None, "$ eas secret:list\nSecrets for this account and project:\n"
     "┌────────────────────┬────────┬─────────┐\n│ Name               │ Type   │ Scope   │\n"
     "│ SENTRY_AUTH_TOKEN  │ STRING │ project │\n└────────────────────┴────────┴─────────┘\n"
     "// app.config.js — why is this not picked up?\nexport default {\n  extra: {\n    sentryToken: "
     "\"«HEXTOKEN»\",\n    supportPhone: \"«PHONE9»\",\n"
     "    demoPhone: \"⟦«~FICT9»⟧\", // fictional range, for screenshots\n    googleMapsKey: \"«GOOGLE»\",\n  },\n};"),
    ("ghsecret", None, "$ gh secret set PROD_DB_PASSWORD --body '«PASSWORD4»' --repo «=WORD»/api\n"
     "✓ Set Actions secret PROD_DB_PASSWORD for «=WORD»/api\n$ gh secret set NPM_TOKEN --body \"«GENERIC»\"\n"
     "$ gh secret list\nNAME              UPDATED\nNPM_TOKEN         less than a minute ago\n"
     "PROD_DB_PASSWORD  less than a minute ago\nVERCEL_TOKEN      about 2 months ago   (⟦«~PH9»⟧)"),
    ("kustomize", None, "# kustomization.yaml\nsecretGenerator:\n  - name: api-secrets\n    literals:\n"
     "      - DB_PASSWORD=«PASSWORD:k»\n      - DATABASE_URL=postgresql://api:«URLPASS:k»@«IP»:5432/api\n"
     "      - ANTHROPIC_API_KEY=«ANTHROPIC»\n      - ADMIN_CONTACT=«EMAIL»\nimages:\n  - name: api\n"
     "    newTag: ⟦«~VERSION»⟧"),
    ("sops", None, "$ sops -d secrets/prod.enc.yaml\nsmtp:\n  user: «EMAIL»\n  password: «PASSWORD4»\n"
     "aws:\n  access_key_id: «AWSID»\n  secret_access_key: «AWSSECRET»\n\n# what is committed:\n"
     "smtp:\n  password: ⟦«~ENC9»⟧\nsops:\n  lastmodified: \"⟦«~ISOTS»⟧\""),
    ("pgbouncer", None, "; /etc/pgbouncer/pgbouncer.ini\n[databases]\nshop = host=«IP» port=5432 dbname=shop\n"
     "[pgbouncer]\nauth_type = plain\nauth_file = /etc/pgbouncer/userlist.txt\n\n$ cat /etc/pgbouncer/userlist.txt\n"
     "\"shop_app\" \"«PASSWORD:a»\"\n\"«DOTNAME»\" \"«PASSWORD4:b»\"\n\"pgbouncer_admin\" \"«PASSWORD:c»\""),
    ("haproxy", None, "userlist ops_users\n    user admin insecure-password «PASSWORD4»\n"
     "    user «DOTNAME» insecure-password «PASSWORD:u»\n\nlisten stats\n    bind «IP»:8404\n"
     "    stats enable\n    stats auth admin:«PASSWORD:s»\n    server app1 «IP:b»:8080 check"),
    ("supervisor", None, "[program:celery]\ncommand=/srv/venv/bin/celery -A app worker\nuser=«=USER»\n"
     "environment=CELERY_BROKER_URL=\"amqp://celery:«URLPASS:b»@«IP»:5672//\",SENTRY_DSN=\"https://«HEXTOKEN»"
     "@o«=NUM».ingest.sentry.io/«=NUM12»\",MAIL_PASSWORD=\"«PASSWORD4»\"\nautorestart=true"),
    ("pm2", None, "// ecosystem.config.js\nmodule.exports = {\n  apps: [{\n    name: 'api',\n"
     "    script: 'dist/main.js',\n    env_production: {\n      NODE_ENV: 'production',\n"
     "      MONGO_URI: 'mongodb+srv://api:«URLPASS:m»@cluster0.⟦«~SHORTSHA»⟧"
     ".mongodb.net/prod',\n      JWT_SECRET: '«HEXTOKEN»',\n      TWILIO_AUTH_TOKEN: '«HEXTOKEN:t»',\n"
     "      OWNER_PHONE: '«PHONE9»',\n    },\n  }],\n};"),
    ("mqtt", None, "$ mosquitto_pub -h «IP» -p 1883 -u sensor01 -P '«PASSWORD4»' -t home/door -m open\n"
     "$ mosquitto_sub -h «IP» -u «DOTNAME» -P «PASSWORD:m» -t '#' -v\nhome/door open\n"
     "home/owner/phone «PHONE9»"),
    ("hasecrets", None, "# /config/secrets.yaml (Home Assistant)\nwifi_ssid: \"⟦«~BRAND»⟧ Guest\"\n"
     "wifi_password: \"«PASSPHRASE»\"\nmqtt_password: «PASSWORD:m»\nnotify_phone: \"«PHONE9»\"\n"
     "alarm_code: \"⟦«~PH9»⟧\"\n# configuration.yaml\nmqtt:\n  password: ⟦!secret mqtt_password⟧"),
    ("uci", None, "root@OpenWrt:~# uci show wireless | grep key\nwireless.default_radio0.key='«PASSPHRASE»'\n"
     "root@OpenWrt:~# uci show network.wan\nnetwork.wan.proto='pppoe'\nnetwork.wan.username='«EMAIL»'\n"
     "network.wan.password='«PASSWORD4»'\nnetwork.lan.ipaddr='192.168.1.1'\nnetwork.wan6.ip6prefix='«IPV6»'"),
    ("bruno", None, "meta {\n  name: create customer\n  type: http\n  seq: 3\n}\n\npost {\n  url: "
     "{{baseUrl}}/customers\n  body: json\n  auth: bearer\n}\n\nauth:bearer {\n  token: «TOKEN»\n}\n\nbody:json {\n"
     "  {\n    \"name\": \"«NAME»\",\n    \"phone\": \"«PHONE9»\",\n    \"iban\": \"«IBAN»\"\n  }\n}"),
    ("resthttp", None, "### requests.http (VS Code REST Client)\n@host = https://«IP»:8443\n@token = «JWT»\n\n"
     "GET {{host}}/api/users/«EMAIL»\nAuthorization: Bearer {{token}}\n\n###\nPOST {{host}}/api/login\n"
     "Authorization: Basic «BASICAUTH»\nContent-Type: application/json\n\n"
     "{\"username\": \"«DOTNAME»\", \"password\": \"«PASSWORD4»\"}"),
    ("k6", None, "import http from 'k6/http';\n// staging test accounts\nconst users = [\n  { email: '«EMAIL:a»', "
     "password: '«PASSWORD4:a»' },\n  { email: '«EMAIL:b»', password: '«PASSWORD:b»' },\n];\n"
     "// fake phone for the signup form: ⟦«~FICT9»⟧\nexport const options = "
     "{ vus: 10, duration: '30s' };\nexport default function () {\n  const u = users[__VU % users.length];\n"
     "  http.post('https://«IP»/login', JSON.stringify(u), { headers: { 'X-Api-Key': '«GENERIC»' } });\n}"),
    ("cloudinary", None, "CLOUDINARY_URL=cloudinary://«=NUM12»:«URLTOKEN»@«=WORD»\n"
     "# same thing split up for the Python SDK\ncloudinary.config(cloud_name=\"«=WORD»\", api_key=\"«=NUM12»\", "
     "api_secret=\"«URLTOKEN»\")"),
    # ---- telemetry and automation payloads ----
    ("rollbar", None, "{\n  \"data\": {\n    \"environment\": \"production\",\n    \"level\": \"error\",\n"
     "    \"person\": {\"id\": \"⟦«=NUM»⟧\", \"username\": \"«DOTNAME»\", \"email\": \"«EMAIL»\"},\n"
     "    \"request\": {\"url\": \"https://shop.example/checkout\", \"method\": \"POST\", \"user_ip\": \"«IP»\",\n"
     "      \"POST\": {\"card_number\": \"«CARD»\", \"phone\": \"«PHONE9»\", \"password\": \"«PASSWORD4»\"}},\n"
     "    \"body\": {\"trace\": {\"exception\": {\"class\": \"ValidationError\"}}}\n  }\n}"),
    ("zapier", None, "Catch Hook — test data (request ⟦«~UUID»⟧)\nquerystring__email: «EMAIL»\n"
     "querystring__first_name: «FIRST»\nquerystring__last_name: «LAST»\nquerystring__phone: «PHONE9»\n"
     "querystring__dob: «DOBISO»\nquerystring__utm_source: ⟦«~BRAND»⟧\n"
     "(sent from ⟦«~URL9»⟧)"),
    ("makebundle", None, "[\n  {\n    \"Bundle 1\": {\n      \"Full name\": \"«NAME:a»\",\n      \"Email\": "
     "\"«EMAIL:a»\",\n      \"Phone\": \"«PHONE9:a»\",\n      \"Birthday\": \"«DOB9:a»\",\n      \"Notes\": "
     "\"asked to be called back at «PHONE9:a»\"\n    }\n  },\n  {\n    \"Bundle 2\": {\n      \"Full name\": "
     "\"«NAME:b»\",\n      \"Email\": \"«EMAIL:b»\",\n      \"Phone\": \"«PHONE4:b»\"\n    }\n  }\n]"),
    ("shopifyorder", None, "{\n  \"order\": {\n    \"name\": \"#1⟦«=NUM»⟧\",\n    \"email\": \"«EMAIL:a»\",\n"
     "    \"phone\": \"«PHONE9:a»\",\n    \"customer\": {\"first_name\": \"«FIRST:a»\", \"last_name\": \"«LAST:a»\"},\n"
     "    \"shipping_address\": {\"name\": \"«NAME:a»\", \"city\": \"⟦«~CITY»⟧\", \"phone\": \"«PHONE9:a»\"},\n"
     "    \"note_attributes\": [{\"name\": \"gift_to\", \"value\": \"«NAME:g»\"}, {\"name\": \"birthday\", "
     "\"value\": \"«DOBISO:g»\"}],\n    \"line_items\": [{\"title\": \"⟦«~BRAND»⟧ scarf\", \"sku\": \"⟦«~EAN»⟧\"}]\n"
     "  }\n}"),
    ("woocsv", None, "\"Order Number\",\"Order Status\",\"First Name (Billing)\",\"Last Name (Billing)\","
     "\"Email (Billing)\",\"Phone (Billing)\",\"Customer Note\"\n\"⟦«~ORDERNO9»⟧\",\"processing\",\"«FIRST:a»\","
     "\"«LAST:a»\","
     "\"«EMAIL:a»\",\"«PHONE9:a»\",\"\"\n\"⟦«=NUM»⟧\",\"on-hold\",\"«FIRST:b»\",\"«LAST:b»\",\"«EMAIL:b»\","
     "\"«PHONE4:b»\","
     "\"please ring «PHONE4:b», doorbell broken\""),
    ("mailchimp", None, "Email Address,First Name,Last Name,Phone Number,DOB,MEMBER_RATING,OPTIN_TIME,TAGS\n"
     "«EMAIL:a»,«FIRST:a»,«LAST:a»,«PHONE9:a»,«DOB9:a»,2,⟦«~LOGTS»⟧,\"⟦«~CLUB9»⟧ fans\"\n"
     "«EMAIL:b»,«FIRST:b»,«LAST:b»,,«DOBISO:b»,4,⟦«~ISOTS»⟧,vip"),
    ("calendly", None, "{\n  \"event\": \"invitee.created\",\n  \"payload\": {\n    \"name\": \"«NAME»\",\n"
     "    \"email\": \"«EMAIL»\",\n    \"text_reminder_number\": \"«PHONE9»\",\n    \"timezone\": \"Europe/Oslo\",\n"
     "    \"questions_and_answers\": [\n      {\"question\": \"Date of birth\", \"answer\": \"«DOB9»\"},\n"
     "      {\"question\": \"Anything we should know?\", \"answer\": \"call me on «PHONE9» if late\"}\n    ],\n"
     "    \"uri\": \"⟦«~URL9»⟧\"\n  }\n}"),
    ("typeform", None, "{\"form_response\": {\"form_id\": \"⟦«~BOOKREF»⟧\", \"answers\": [\n"
     "  {\"type\": \"text\", \"field\": {\"ref\": \"full_name\"}, \"text\": \"«NAME»\"},\n"
     "  {\"type\": \"phone_number\", \"field\": {\"ref\": \"mobile\"}, \"phone_number\": \"«PHONE9»\"},\n"
     "  {\"type\": \"date\", \"field\": {\"ref\": \"date_of_birth\"}, \"date\": \"«DOBISO»\"},\n"
     "  {\"type\": \"email\", \"field\": {\"ref\": \"email\"}, \"email\": \"«EMAIL»\"}\n]}}"),
    ("intercom", None, "{\"type\": \"conversation\", \"id\": \"⟦«=NUM12»⟧\",\n \"source\": {\"author\": {\"type\": "
     "\"user\", \"name\": \"«NAME:u»\", \"email\": \"«EMAIL:u»\"},\n  \"body\": \"<p>Hi, I can't log in. My password "
     "is «PASSWORD4» and my phone is «PHONE9»</p>\"},\n \"conversation_parts\": {\"conversation_parts\": [{\"author\": "
     "{\"type\": \"admin\", \"name\": \"«NAME:s»\"}, \"body\": \"<p>Thanks «FIRST:u», please never send your password "
     "here.</p>\"}]}}"),
    ("trello", None, "{\"name\": \"Onboard «NAME:n»\", \"desc\": \"**Start:** ⟦«~DATE»⟧\\n**Phone:** «PHONE9:n»\\n"
     "**IBAN for salary:** «IBAN»\\n**Temp login:** «EMAIL:n» / «PASSWORD4»\", \"idList\": \"⟦«~HEXID»⟧\", "
     "\"labels\": [{\"name\": \"HR\"}]}"),
    ("notion", None, "| Name | Role | Phone | Birthday | Club |\n| --- | --- | --- | --- | --- |\n"
     "| «NAME:a» | coach | «PHONE9:a» | «DOB9:a» | ⟦«~CLUB9»⟧ |\n| «NAME:b» | parent | «PHONE4:b» | «DOB6:b» | |\n"
     "| «NAME:c» | treasurer | «PHONE9:c» | | |"),
    # ---- payments by phone number ----
    ("swish", ["sv"], "Swish-betalning genomförd\nTill: «NAME»\nNummer: «PHONE9»\nBelopp: ⟦«~AMOUNT»⟧\n"
     "Meddelande: ⟦«~CLUB9»⟧ medlemsavgift\nBetalningsreferens: ⟦«~SHA32»⟧\nDatum: ⟦«~CHATTS»⟧"),
    ("vipps", ["no"], "Kvittering fra Vipps\nDu har sendt ⟦«~AMOUNT»⟧ til «NAME» («PHONE9»)\n"
     "Melding: dugnad ⟦«~CLUB9»⟧\nOrdre-ID: ⟦«~ORDERNO9»⟧\nTidspunkt: ⟦«~CHATTS»⟧"),
    ("bizum", ["es"], "Bizum enviado\nHas enviado ⟦«~AMOUNT»⟧ a «NAME»\nMóvil: «PHONE9»\nConcepto: cena "
     "⟦«~VENUE9»⟧\nReferencia: ⟦«~ORDERNO9»⟧"),
    # ---- health, housing, work, school, clubs ----
    ("doctolib", ["fr"], "Votre rendez-vous est confirmé\nPatient : «NAME:p»\nNé(e) le : «DOB9:p»\n"
     "Téléphone : «PHONE9:p»\nAvec : Dr «NAME:d»\nLieu : ⟦«~VENUE9»⟧, ⟦«~CITY»⟧\nRéf. : ⟦«~BOOKREF»⟧\n"
     "⟦«~URL9»⟧"),
    ("helsenorge", ["no"], "Melding fra fastlegekontoret (helsenorge)\nTil: «NAME:p»\nFødselsnummer: «FNR»\n"
     "Fra: lege «NAME:d»\n\nHei «FIRST:p», resept på ⟦«~DRUG9»⟧ er fornyet. Vi ringer deg på «PHONE9:p» om noe "
     "er uklart.\n"
     "⟦«~SIGN9»⟧"),
    ("pharmacylabel", None, "⟦«~RXNO9»⟧        ⟦«~ISODATE»⟧\n«UPNAME»\nDOB «DOB9»\n⟦«~DRUG9»⟧\n"
     "TAKE ONE TABLET DAILY\nPrescriber: DR «UPLAST:d»\nRefills: 2   Qty: 30\nPatient phone «PHONE9»"),
    ("intake", ["en"], "NEW PATIENT INTAKE\nPatient name: «NAME:p»\nDate of birth: «DOB9»\nSSN (optional): «SSN»\n"
     "Cell: «PHONE9:p»\nEmergency contact: «NAME:e» (spouse) «PHONE4:e»\nCurrent medications: ⟦«~DRUG9»⟧\n"
     "Insurance member ID: ⟦«~BOOKREF»⟧\n⟦«~HEAD9»⟧"),
    ("intake", ["es"], "FICHA DE PACIENTE\nNombre y apellidos: «NAME:p»\nFecha de nacimiento: «DOB9»\n"
     "Teléfono móvil: «PHONE9:p»\nContacto de emergencia: «NAME:e», «PHONE9:e»\nMedicación habitual: ⟦«~DRUG9»⟧\n"
     "IBAN para la domiciliación: «IBAN»"),
    ("insquote", ["de"], "Ihr Angebot zur Kfz-Versicherung (⟦«~BRAND»⟧ Direkt)\nVersicherungsnehmer: «NAME»\n"
     "geboren am «DOB9»\nKennzeichen: ⟦«~PLATE9»⟧\nSEPA-Lastschrift von: «IBAN»\nRückrufnummer: «PHONE9»\n"
     "Beitrag: ⟦«~AMOUNT»⟧ jährlich"),
    ("insquote", ["fr", "es"], "Devis assurance habitation / Presupuesto seguro de hogar\nSouscripteur / Tomador : "
     "«NAME»\nDate de naissance / Fecha de nacimiento : «DOB9»\nTél. : «PHONE9»\nIBAN : «IBAN»\n"
     "Véhicule / Matrícula : ⟦«~PLATE9»⟧"),
    ("landlordref", ["en"], "LANDLORD REFERENCE\nTenant: «NAME:t»\nNational Insurance number: «NINO»\n"
     "Previous landlord: «NAME:l», tel «PHONE9:l»\nRent paid on time? Yes. Arrears: none.\n"
     "I confirm «FIRST:t» rented ⟦«=NUM»⟧ ⟦«~STREET9»⟧, ⟦«~CITY»⟧ from ⟦«~DATE»⟧.\n⟦«~SIGN9»⟧,\n«NAME:l»"),
    ("jobapp", ["sv"], "Ansökan: Lagerarbetare ⟦«~BRAND»⟧\nNamn: «NAME:a»\nPersonnummer: «PNR»\nTelefon: «PHONE9:a»\n"
     "E-post: «EMAIL:a»\nReferens: «NAME:r», «PHONE4:r»\n⟦«~HEAD9»⟧"),
    ("jobapp", ["no"], "Søknad på stilling som lærer\nNavn: «NAME:a»\nFødselsnummer: «FNRSP»\nMobil: «PHONE9:a»\n"
     "Referanser: «NAME:r» (rektor), «PHONE9:r»\nKontonummer for lønn: «IBAN»"),
    ("jobapp", ["de"], "Bewerbung als Pflegefachkraft\nName: «LAST», «FIRST»\nGeburtsdatum: «DOB9»\n"
     "Steuerliche Identifikationsnummer: «STEUER»\nHandy: «PHONE9»\nBankverbindung: «IBAN»"),
    ("w9", ["en"], "Request for Taxpayer Identification Number (W-9)\n1 Name: «NAME»\n3 Individual/sole proprietor\n"
     "Part I  Social security number: «SSNDASH»\nDirect deposit — routing «ABA», account ⟦«=NUM12»⟧\n"
     "Contact: «PHONE9»  Employer ID (not mine): ⟦«~DIGITS9»⟧"),
    ("meldebescheinigung", ["de"], "Meldebestätigung (einfache Meldebescheinigung)\nFamilienname: «LAST»\n"
     "Vornamen: «FIRST»\nGeburtsdatum: «DOB9»\nSteuer-ID: «STEUERSP»\nAnschrift: ⟦«~STREET9»⟧ 3, ⟦«~CITY»⟧\n"
     "⟦«~HEAD9»⟧"),
    ("padron", ["es"], "Certificado de empadronamiento\nApellidos y nombre: «LAST», «FIRST»\n"
     "Fecha de nacimiento: «DOB9»\nTeléfono de contacto: «PHONE9»\nDomicilio: ⟦«~STREET9»⟧ 12, ⟦«~CITY»⟧\n"
     "Tasa abonada con cargo a «IBAN»"),
    ("rib", ["fr"], "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : «UPNAME»\nIBAN : «IBAN»\nBIC : ⟦«~BIC9»⟧\n"
     "Domiciliation : ⟦«~BRAND»⟧ agence ⟦«~CITY»⟧\nà transmettre à votre employeur — ⟦«~SIGN9»⟧"),
    ("weddingguests", None, "| Guest | Plus one | Table | First dance request | Phone | Diet |\n"
     "|---|---|---|---|---|---|\n| «NAME:a» | «NAME:b» | 3 | ⟦«~SONG9»⟧ | «PHONE9:a» | vegetarian |\n"
     "| «NAME:c» | — | 5 | ⟦«~SONG9»⟧ | «PHONE4:c» | |\n| «FIRST:d» «LAST:d» | | 5 | | «PHONE9:d» | nuts |"),
    ("clubmembers", ["no"], "Medlemsliste ⟦«~CLUB9»⟧ G12\nNavn;Født;Foresatt;Mobil foresatt\n"
     "«NAME:a»;«DOB9:a»;«NAME:p»;«PHONE9:p»\n«NAME:b»;«DOB6:b»;«NAME:q»;«PHONE4:q»\n"
     "Kontingent til «IBAN@no» innen ⟦«~DATE»⟧"),
    ("clubmembers", ["sv", "de"], "Mitgliederliste / Medlemslista ⟦«~CLUB9»⟧\nNamn/Name | Geb./Född | Tel.\n"
     "«NAME:a» | «DOB9:a» | «PHONE9:a»\n«NAME:b» | «DOB9:b» | «PHONE4:b»\nTräningar/Training: ⟦«~VENUE9»⟧"),
    ("parentmsg", ["fr"], "Pronote — message de «NAME:t» (professeur principal)\nÀ : «NAME:p»\n"
     "Bonjour, pourriez-vous me rappeler au «PHONE9:t» ? «FIRST:s» a oublié son carnet. "
     "⟦«~SIGN9»⟧\n--\nRéponse : D'accord, mon portable est le «PHONE9:p». «FIRST:p»"),
    ("parentmsg", ["no"], "Vigilo – melding fra «NAME:p»\nTil: kontaktlærer «NAME:t»\n\nHei! «FIRST:s» blir "
     "hentet av morfaren sin, «NAME:g», i dag. Nummeret hans er «PHONE9:g». Betaling for turen er sendt fra "
     "«IBAN».\n⟦«~SIGN9»⟧ «FIRST:p»"),
    ("parentmsg", ["de"], "Schulmanager – Nachricht von «NAME:p»\nAn: Frau «LAST:t»\n\nGuten Tag Frau «LAST:t», "
     "«FIRST:s» ist heute krank. Erreichbar bin ich unter «PHONE9:p».\n⟦«~SIGN9»⟧\n«NAME:p»"),
    ("parentmsg", ["sv"], "Meddelande via Skolplattformen\nFrån: «NAME:p»\nTill: «NAME:t»\n\n"
     "Hej! «FIRST:s» blir hämtad av sin morfar «NAME:g» idag, hans nummer är «PHONE9:g».\n⟦«~SIGN9»⟧ «FIRST:p»"),
]

DEV9_PROSE = {
    "en": [
        "just got a Venmo from «LOWNAME» — «PHONE9» is the number it shows, can you add it to the sheet?",
        "«DOB9» — that's the date of birth on «FIRST»'s passport, and the form rejects it. Why?",
        "⟦Cheers⟧ for the help earlier! the staging DB password is «PASSWORD4» (not the prod one).",
        "my aunt «NAME» wants the wedding playlist to open with ⟦«~SONG9»⟧, and her number is «PHONE9».",
        "⟦Read⟧ it back to me: routing «ABA», SSN «SSNDASH». Is that what you have on file?",
        "⟦Tickets⟧ for ⟦«~CLUB9»⟧ at ⟦«~VENUE9»⟧ are under «NAME»'s name; reach him on «PHONE9».",
        "«SSNPLAIN» is my social with no dashes — does your regex want dashes?",
        "⟦Quick⟧ one: the Stripe test card ⟦«~TESTCARD9»⟧ works but my real card «CARD» is declined.",
        "his NI number («NINO») and DOB («DOB9») are both on the P45 — «FIRST» can forward it.",
        "⟦Bought⟧ ⟦«~DRUG9»⟧ for «NAME» at the pharmacy; the label says call ⟦«~FICT9»⟧, which is the fake "
        "number from the TV ad.",
    ],
    "no": [
        "Vippset nettopp til «LOWNAME» på «PHONE9», kan du føre det i regnskapet?",
        "«FNR» – det er fødselsnummeret til «FIRST», hun glemte det på skjemaet.",
        "⟦Takk⟧ for hjelpen! passordet til wifi på hytta er «PASSPHRASE».",
        "⟦Treningen⟧ til ⟦«~CLUB9»⟧ er flyttet til ⟦«~VENUE9»⟧, ring «NAME» på «PHONE9» om du lurer.",
        "kan du lese opp igjen: født «DOB9», konto «IBAN»? stemmer det med det dere har?",
        "«NAME», som er verge for gutten, nås på «PHONE9» etter kl. 16.",
        "⟦Husk⟧ at søstera mi «FIRST» har ny mobil: «PHONE9».",
        "⟦Apoteket⟧ sa at resepten på ⟦«~DRUG9»⟧ står på «NAME».",
        "«PHONE9» er nummeret til «FIRST:a», og «PHONE4:b» er til «NAME:b».",
        "⟦Brudeparet⟧ ønsker seg ⟦«~SONG9»⟧ som første dans, sier «FIRST».",
    ],
    "sv": [
        "swishade precis till «LOWNAME» på «PHONE9», kan du bokföra det?",
        "«PNR» – det är personnumret till «FIRST», hon glömde skriva det på blanketten.",
        "⟦Tack⟧ för hjälpen! lösenordet till gästnätet är «PASSPHRASE».",
        "⟦Träningen⟧ med ⟦«~CLUB9»⟧ är flyttad till ⟦«~VENUE9»⟧, ring «NAME» på «PHONE9» om du undrar.",
        "kan du läsa upp igen: född «DOB9», personnummer «PNR12»? stämmer det?",
        "«NAME», som är god man för pojken, nås på «PHONE9» efter kl. 16.",
        "⟦Kom⟧ ihåg att min syster «FIRST» har nytt nummer: «PHONE9».",
        "⟦Apoteket⟧ sa att receptet på ⟦«~DRUG9»⟧ står på «NAME».",
        "«PHONE9» är numret till «FIRST:a», och «PHONE4:b» går till «NAME:b».",
        "⟦Brudparet⟧ vill ha ⟦«~SONG9»⟧ som första dans, säger «FIRST».",
    ],
    "de": [
        "hab «LOWNAME» gerade per PayPal an «PHONE9» bezahlt, kannst du das eintragen?",
        "«STEUER» – das ist die Steuer-ID von «FIRST», sie hat sie im Formular vergessen.",
        "⟦Danke⟧ für die Hilfe! Das WLAN-Passwort im Gästehaus ist «PASSPHRASE».",
        "⟦Das⟧ Training von ⟦«~CLUB9»⟧ ist ins ⟦«~VENUE9»⟧ verlegt, ruf «NAME» unter «PHONE9» an.",
        "⟦Lies⟧ es mir bitte nochmal vor: geboren am «DOB9», IBAN «IBAN»? Stimmt das so?",
        "«NAME», der Vormund des Jungen, ist ab 16 Uhr unter «PHONE9» erreichbar.",
        "⟦Denk⟧ dran, meine Schwester «FIRST» hat eine neue Nummer: «PHONE9».",
        "⟦Die⟧ Apotheke sagt, das Rezept für ⟦«~DRUG9»⟧ läuft auf «NAME».",
        "«PHONE9» ist die Nummer von «FIRST:a», «PHONE4:b» gehört «NAME:b».",
        "⟦Das⟧ Brautpaar wünscht sich ⟦«~SONG9»⟧ als ersten Tanz, sagt «FIRST».",
    ],
    "fr": [
        "je viens de faire un Lydia à «LOWNAME» au «PHONE9», tu peux le noter ?",
        "«IBAN» – c'est le RIB de «FIRST», elle l'a oublié sur le formulaire.",
        "⟦Merci⟧ pour ton aide ! le mot de passe du wifi du gîte, c'est «PASSPHRASE».",
        "⟦L'entraînement⟧ du ⟦«~CLUB9»⟧ est déplacé au ⟦«~VENUE9»⟧, appelle «NAME» au «PHONE9».",
        "tu peux me relire : née le «DOB9», téléphone «PHONE9» ? C'est bien ça ?",
        "«NAME», le tuteur du petit, est joignable au «PHONE9» après 16 h.",
        "⟦Pense⟧ à noter que ma sœur «FIRST» a changé de numéro : «PHONE9».",
        "⟦La⟧ pharmacie dit que l'ordonnance de ⟦«~DRUG9»⟧ est au nom de «NAME».",
        "«PHONE9», c'est le numéro de «FIRST:a», et «PHONE4:b» celui de «NAME:b».",
        "⟦Les⟧ mariés veulent ⟦«~SONG9»⟧ pour l'ouverture du bal, dit «FIRST».",
    ],
    "es": [
        "le acabo de hacer un Bizum a «LOWNAME» al «PHONE9», ¿lo apuntas?",
        "«IBAN» – esa es la cuenta de «FIRST», se le olvidó ponerla en el formulario.",
        "⟦Gracias⟧ por la ayuda. la clave del wifi de la casa rural es «PASSPHRASE».",
        "⟦El⟧ entrenamiento del ⟦«~CLUB9»⟧ pasa al ⟦«~VENUE9»⟧, llama a «NAME» al «PHONE9».",
        "¿me lo repites? nacida el «DOB9», móvil «PHONE9». ¿Es correcto?",
        "«NAME», el tutor legal del niño, está localizable en el «PHONE9» a partir de las 16.",
        "⟦Acuérdate⟧ de que mi hermana «FIRST» tiene número nuevo: «PHONE9».",
        "⟦En⟧ la farmacia dicen que la receta de ⟦«~DRUG9»⟧ está a nombre de «NAME».",
        "el «PHONE9» es de «FIRST:a» y el «PHONE4:b» de «NAME:b».",
        "⟦Los⟧ novios quieren ⟦«~SONG9»⟧ para el primer baile, dice «FIRST».",
    ],
}
