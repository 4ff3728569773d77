"""templates_dev6.py — a sixth development half: credentials in tool config and CLI lines, people in records.

Written apart from the rules (its author read the README, generate.py, values.py, templates.py and
templates_dev2..dev5.py and the dev halves, never the scrubber's sources, data, or any held-out template
or case): credential files of more tools (.s3cfg, .boto, wgetrc, .curlrc, git-credentials store,
htpasswd-style lines, WireGuard, OpenVPN auth files, fetchmail, msmtp, mutt, offlineimap, .dockercfg,
kubeconfig users, Vagrantfile, Composer auth.json, Gradle properties, yarnrc, Elasticsearch keystore,
Mongo shell, LDAP bind), CLI invocations (`mongosh -p`, `lftp -u`, `smbclient -U user%pass`, `htpasswd -b`,
`openssl -passout pass:`, `ldapsearch -w`), API client snippets (Java, Swift, R, Perl), HTTP requests with
form bodies, key=value with odd separators and quoting (`key := value`, `key => 'value'`, `key: "a b c"`,
values with spaces); people in records (registry extracts, ID-card OCR lines, patient wristbands, HR
exports, emergency contacts, relations "my sister X"), names in lowercase, salutations and sign-offs in
many styles; routing numbers in cheque MICR lines, direct-deposit forms, ACH/NACHA lines, wire letters;
birth dates under new labels and beside ages; phones with extensions, vanity numbers and in tables.
Decoys: numbers shaped like IDs that are not (ticket, member, policy numbers), capitalised words, brands,
clubs, products and placeholders of its own.

Same syntax as templates.py. Slots first used here (generate.py): «DOB6» (Case.birth_six: "03 MAR 1985",
"1985-Mar-03", "03.III.1985", ...), «LOWNAME» (a name in lowercase), «PASSPHRASE» (values.passphrase:
words with spaces, an ENV_SECRET), «VANITY» (values.vanity_phone: "1-888-FIX-ROOF", a PHONE);
decoys «~CLUB6», «~PRODUCT6», «~PH6», «~HEAD6», «~FP6», «~MEMBERNO»."""

DEV6_FIRST = {
    "en": ["Algernon", "Marigold", "Crispin", "Euphemia", "Jeremiah", "Lavinia", "Cornelius", "Henrietta", "Obadiah",
           "Clementine", "Leopold", "Ottoline"],
    "no": ["Halvdan", "Ragnfrid", "Olav-Kristian", "Gjertrud", "Ingebrigt", "Borghild", "Tarjei", "Aslaug", "Sveinung",
           "Ingfrid", "Torgeir", "Jorunn"],
    "sv": ["Linnéa", "Algot", "Ebba-Lotta", "Gunvor", "Helmer", "Dagmar", "Ivar", "Svea", "Edvin", "Melker", "Tyra",
           "Botvid"],
    "de": ["Walburga", "Kunigunde", "Volkmar", "Hans-Jürgen", "Liselotte", "Meinhard", "Gerlinde", "Hildegunde",
           "Burkhard", "Leberecht", "Ottilie", "Gernot"],
    "fr": ["Anatole", "Évariste", "Clothilde", "Théophile", "Bérengère", "Pierre-Yves", "Eulalie", "Achille", "Ysolde",
           "Barnabé", "Philomène", "Gaspard"],
    "es": ["Sebastián", "Eustaquio", "Consolación", "Ataúlfo", "José Ramón", "Visitación", "Nicanor", "Arantxa",
           "Leocadia", "Teódulo", "Hermenegildo", "Saturnino"],
}
DEV6_LAST = {
    "en": ["Winterbottom", "Applegarth", "Honeycutt", "Threlfall", "Duckworth", "Stansfield", "Whitlock",
           "Merriweather", "Ashdown", "Gillespie", "Hollingsworth", "Ainsworth"],
    "no": ["Myrvang", "Steinsland", "Flatebø", "Kvernmo", "Lien-Solberg", "Røsvik", "Gjerstad", "Ulvestad", "Skogstad",
           "Holmefjord", "Vikse", "Tangen-Lie"],
    "sv": ["Gyllenhammar", "Österlund", "Rydberg", "Lindahl", "Åkerman", "Forsberg-Lind", "Zetterlund",
           "Sundqvist", "af Ugglas", "Nordström", "Grönvall", "Tornblad"],
    "de": ["Rübsamen", "Scheuermann", "Wohlgemuth", "zu Dohna", "Kötter", "Hülsmann", "Brandauer", "Eichhorn-Weiß",
           "Trautwein", "Süßmuth", "Lindemann", "Quandtmeyer"],
    "fr": ["Delacroix-Vinet", "Le Guennec", "Barthélemy", "Courtois", "Marchetti", "Quéméneur", "Rousseau-Blanc",
           "Sauvageot", "Tardieu", "Vauquelin", "de Montalembert", "Kerhervé"],
    "es": ["Aguirrezábal", "de la Vega", "Fuenmayor", "Garrigues", "Iturbe", "Llorente", "Montenegro-Ruiz",
           "Olabarrieta", "Quintanilla", "Arrizabalaga", "Berasategui", "Cifuentes"],
}
DEV6_CITIES = {
    "en": ["Boise", "Aberystwyth", "Moncton", "Inverness", "Tallahassee", "Saskatoon"],
    "no": ["Kongsvinger", "Stjørdal", "Lillesand", "Vadsø", "Flekkefjord", "Odda"],
    "sv": ["Eksjö", "Vimmerby", "Lidköping", "Kramfors", "Tranås", "Arvika"],
    "de": ["Quedlinburg", "Rosenheim", "Zwickau", "Lüneburg", "Wetzlar", "Straubing"],
    "fr": ["Périgueux", "Lorient", "Angoulême", "Bayonne", "Aurillac", "Épinal"],
    "es": ["Zamora", "Jaén", "Segovia", "Calatayud", "Alcoy", "Mérida"],
}
DEV6_BRANDS = ["Diane von Furstenberg", "Bain & Company", "Johnson & Johnson", "Harley-Davidson",
               "Ferdinand Porsche", "Miu Miu", "Ralph & Russo", "Hermann Hesse Verlag", "Isabel Marant", "Loro Piana",
               "Brunello Cucinelli", "Wilhelm Schimmel", "Ernst Leitz", "Roger Dubuis", "Wolfgang Puck",
               "Sergio Rossi"]

DEV6_DECOYS = {
    "CLUB6": {
        "en": ["Tottenham Hotspur", "Sheffield Wednesday", "Boston Celtics", "Toronto Maple Leafs"],
        "no": ["Molde FK", "Lillestrøm SK", "Sarpsborg 08", "Odd Ballklubb"],
        "sv": ["AIK Fotboll", "BK Häcken", "Örebro SK", "GIF Sundsvall"],
        "de": ["Hertha BSC", "Hannover 96", "Arminia Bielefeld", "Holstein Kiel"],
        "fr": ["Olympique Lyonnais", "RC Lens", "Stade de Reims", "FC Nantes"],
        "es": ["Real Betis", "Celta de Vigo", "Sporting de Gijón", "Real Zaragoza"],
    },
    "PRODUCT6": ["Surface Laptop Studio", "ThinkPad Carbon X1", "Galaxy Tab S9", "Apple Vision Pro", "Nintendo Switch",
                 "PlayStation Portal", "Office 365 Business", "Adobe Acrobat Pro", "Jira Service Management"],
    "PH6": ["<PASSWORD_HERE>", "${{ env.PASS }}", "[REDACTED]", "*****", "{password}", "$PASSWORD", "%PASSWORD%",
            "@@SECRET@@", "__TOKEN__", "<<api-key>>", "#{pass}", "$(vault read -field=pw kv/db)",
            "secret_not_set", "none", "op://Private/db/password", "changeit"],
    "HEAD6": {
        "en": ["Emergency", "Beneficiary", "Remarks", "Treasurer", "Direct Deposit", "Wristband"],
        "no": ["Pårørende", "Merknader", "Kasserer", "Utbetaling", "Kontaktperson", "Legeerklæring"],
        "sv": ["Anhörig", "Anmärkning", "Kassör", "Utbetalning", "Kontaktperson", "Läkarintyg"],
        "de": ["Notfallkontakt", "Bemerkungen", "Kassenwart", "Gehaltskonto", "Ansprechpartner", "Befund"],
        "fr": ["Personne à prévenir", "Remarques", "Trésorier", "Virement", "Interlocuteur", "Bilan"],
        "es": ["Contacto de emergencia", "Observaciones", "Tesorero", "Nómina", "Interlocutor", "Informe"],
    },
    # member, policy and case numbers: digits that look like IDs and belong to no person
    # WireGuard public keys: public, 32 bytes in base64
    "FP6": lambda v, r: v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 42) +
    v.pick("AEIMQUYcgkosw048") + "=",
    "MEMBERNO": lambda v, r: v.pick(["M-", "POL ", "Nr. ", "#", "KD", "SAK "]) + v.digits(r.randrange(6, 11)),
}

DEV6_STRUCTURED = [
    ("s3cfg", None, "$ cat ~/.s3cfg\n[default]\naccess_key = «AWSID»\nsecret_key = «AWSSECRET»\nhost_base = "
     "s3.«=WORD».io\ngpg_passphrase = «PASSPHRASE»\nproxy_port = «=PORT»\n\n⟦Why⟧ does s3cmd say 403?"),
    ("boto", None, "# ~/.boto\n[Credentials]\nproject_id = «=WORD»-«=NUM»\ngs_secret_access_key = «B64KEY»\n"
     "[Boto]\nhttps_validate_certificates = True\n# owner: «LOWNAME» (⟦«~HEAD6»⟧)"),
    ("wgetrc", None, "# ~/.wgetrc and ~/.curlrc\nhttp_user = «=USER»\nhttp_password = «PASSWORD4»\n"
     "ftp_password=«PASSWORD:f»\n---\nuser = \"«=USER»:«PASSWORD:c»\"\n⟦Note⟧: ftp_password is "
     "⟦«~PH6»⟧ on ⟦«~PRODUCT6»⟧"),
    ("gitcred", None, "$ cat ~/.git-credentials\nhttps://«=USER»:«URLPASS»@git.«=WORD».com\n"
     "https://oauth2:«URLTOKEN»@gitlab.«=WORD».net\n$ git config user.name\n«NAME»"),
    ("wireguard", None, "# /etc/wireguard/wg0.conf — «NAME»'s laptop\n[Interface]\nPrivateKey = «B64KEY:w»\n"
     "Address = 10.8.0.«=NUM»/32\n[Peer]\nPublicKey = ⟦«~FP6»⟧\nPresharedKey = «B64KEY:p»\nEndpoint = «IP»:51820"),
    ("openvpn", None, "$ cat auth.txt\n«EMAIL»\n«PASSWORD4»\n$ sudo openvpn --config ⟦«~CITY»⟧.ovpn "
     "--auth-user-pass auth.txt\n⟦Options⟧ error: askpass ⟦«~PH6»⟧"),
    ("msmtp", None, "# ~/.msmtprc\naccount gmail\nhost smtp.gmail.com\nfrom «EMAIL»\nuser «EMAIL»\n"
     "password «PASSWORD4»\n\n# ~/.muttrc\nset realname = \"«NAME»\"\nset smtp_pass = '«PASSWORD:m»'\n"
     "set imap_pass=«PASSWORD:m»"),
    ("fetchmail", None, "poll imap.«=WORD».no protocol IMAP\n  user '«EMAIL»' there with password "
     "'«PASSPHRASE»' is '«=USER»' here\n  keep ssl\n# ⟦«~HEAD6»⟧: «NAME», «PHONE4»"),
    ("kubeconfig", None, "users:\n- name: «DOTNAME»@prod\n  user:\n    token: «TOKEN»\n- name: basic\n  user:\n"
     "    username: admin\n    password: «PASSWORD»\ncontexts:\n- context: {cluster: prod, user: basic}"),
    ("composer", None, "// auth.json\n{\n  \"http-basic\": {\n    \"repo.«=WORD».com\": {\"username\": \"«=USER»\", "
     "\"password\": \"«PASSWORD4»\"}\n  },\n  \"github-oauth\": {\"github.com\": \"«GITHUB»\"},\n  \"bearer\": "
     "{\"packages.«=WORD».io\": \"«TOKEN»\"}\n}"),
    ("gradle", None, "# ~/.gradle/gradle.properties\nsigning.keyId=⟦«~SHORTSHA»⟧\nsigning.password=«PASSPHRASE»\n"
     "ossrhUsername=«=USER»\nossrhPassword := «PASSWORD4»\nsystemProp.http.proxyPassword=«PASSWORD»"),
    ("yarnrc", None, "# .yarnrc.yml\nnpmScopes:\n  acme:\n    npmAuthToken: \"«HEXTOKEN»\"\n    npmAlwaysAuth: true\n"
     "npmRegistryServer: ⟦«~PH6»⟧\n# maintainer «LOWNAME» <«EMAIL»>"),
    ("cli", None, "$ mongosh \"mongodb://«IP»:27017\" -u «=USER» -p '«PASSWORD4»' --authenticationDatabase admin\n"
     "$ lftp -u «=USER»,«PASSWORD:l» sftp://«IP»\n$ smbclient //fs01/share -U «=USER»%«PASSWORD:s»\n"
     "$ ldapsearch -x -D \"cn=«NAME»,ou=people,dc=«=WORD»\" -w «PASSWORD:d» -H ldaps://«IP»"),
    ("cli", None, "$ htpasswd -b -c .htpasswd «=USER» «PASSWORD4»\n$ openssl pkcs12 -export -in cert.pem "
     "-passout pass:«PASSWORD:o» -out «=WORD».p12\n$ zip -r -P «PASSWORD:z» backup.zip /home/«DOTNAME»\n"
     "$ keytool -storepass «PASSWORD:k» -list"),
    ("perl", None, "use DBI;\nmy $dbh = DBI->connect('dbi:Pg:dbname=crm;host=«IP»', '«=USER»', '«PASSWORD4»');\n"
     "my %cfg = (api_key => '«TOKEN»', smtp_pass => \"«PASSWORD»\");\n# author: «NAME»"),
    ("swift", None, "let client = APIClient(\n    baseURL: URL(string: \"https://api.«=WORD».com\")!,\n    "
     "apiKey: \"«TOKEN»\",\n    secret: \"«HEXTOKEN»\"\n)\n// Created by «NAME» on ⟦«~ISODATE»⟧."),
    ("rlang", None, "Sys.setenv(OPENAI_API_KEY = \"«OPENAI»\")\ncon <- dbConnect(RPostgres::Postgres(), host = "
     "\"«IP»\", user = \"«=USER»\", password = \"«PASSWORD4»\")\n# analyst: «LOWNAME»"),
    ("java", None, "Properties p = new Properties();\np.put(\"mail.smtp.user\", \"«EMAIL»\");\n"
     "Session s = Session.getInstance(p, new Authenticator() {\n  protected PasswordAuthentication "
     "getPasswordAuthentication() {\n    return new PasswordAuthentication(\"«EMAIL»\", \"«PASSWORD4»\".toCharArray());"
     "\n  }\n});"),
    ("httpform", None, "POST /oauth/token HTTP/1.1\nHost: auth.«=WORD».com\nContent-Type: "
     "application/x-www-form-urlencoded\n\ngrant_type=password&username=«EMAIL»&password=«PASSWORD4»"
     "&client_secret=«TOKEN»\n\nHTTP/1.1 401 ⟦Unauthorized⟧"),
    ("oddkv", None, "DB_PASS := «PASSWORD4»\nAPI_SECRET => '«TOKEN»'\nvault_passphrase: \"«PASSPHRASE»\"\n"
     "admin.password <- «PASSWORD»\nwebhook_secret|«HEXTOKEN»\nplaceholder = ⟦«~PH6»⟧"),
    ("elastic", None, "$ bin/elasticsearch-keystore add xpack.security.http.ssl.keystore.secure_password\n"
     "Enter value for xpack.security.http.ssl.keystore.secure_password: «PASSWORD4»\n$ curl -u elastic:«PASSWORD:e» "
     "https://«IP»:9200/_cat/indices"),
    ("vagrant", None, "Vagrant.configure(\"2\") do |config|\n  config.ssh.password = \"«PASSWORD4»\"\n  "
     "config.vm.provider :aws do |aws|\n    aws.access_key_id = \"«AWSID»\"\n    aws.secret_access_key = "
     "\"«AWSSECRET»\"\n  end\nend"),
    # people and records
    ("registry", None, "REGISTER EXTRACT\nSurname ........ «UPLAST»\nGiven names .... «FIRST»\n"
     "Date of birth .. «DOB6»\nPhone .......... «PHONE4»\nMember ......... ⟦«~MEMBERNO»⟧ (⟦«~CLUB6»⟧)"),
    ("idcard", ["en", "fr", "de", "es"], "— OCR of ID card —\nNOM/SURNAME: «UPLAST»\nPRÉNOMS/GIVEN NAMES: «UPFIRST»\n"
     "DATE DE NAISS./DATE OF BIRTH: «DOB6»\nNo. ⟦«~DIGITS9»⟧\n⟦«~PRODUCT6»⟧ scanner v⟦«~VERSION»⟧"),
    ("wristband", None, "PATIENT: «UPLAST», «UPFIRST»\nDOB «DOB6» (age «=NUM»)\nMRN ⟦«~MEMBERNO»⟧\n"
     "Attending: Dr. «LAST:d»\nNext of kin: «NAME:k» «PHONE4»"),
    ("hrexport", ["no"], "ansattnr;fornavn;etternavn;født;fødselsnr;mobil\n⟦«~DIGITS8»⟧;«FIRST»;«LAST»;«DOB6»;«FNR»;"
     "«PHONE4»\n# ⟦«~HEAD6»⟧: «NAME:p»"),
    ("hrexport", ["sv"], "anstnr\tförnamn\tefternamn\tpersonnr\tfödd\ttelefon\n⟦«~DIGITS8»⟧\t«FIRST»\t«LAST»\t«PNR»\t"
     "«DOB6»\t«PHONE4»\n⟦«~DIGITS8»⟧\t«FIRST:b»\t«LAST:b»\t«PNR12:b»\t\t«PHONE4:b»"),
    ("hrexport", ["sv"], "Anhörig: min syster «NAME» (pnr «PNR10»), tel. «PHONE4»\n⟦Kassör⟧ i ⟦«~CLUB6»⟧: "
     "«LOWNAME»"),
    ("emergency", None, "Emergency contact: my brother «FIRST:x» «LAST:x», «PHONE4» ext. «=NUM»\n"
     "Secondary: mother-in-law «NAME:y», «PHONE3»\nPatient DOB: «DOB6»"),
    ("cheque", ["en"], "PAY TO THE ORDER OF «UPNAME» ... $⟦«~AMOUNT»⟧\nMEMO ⟦«~MEMBERNO»⟧\n"
     "|:«ABA»|: «=NUM12»|| ⟦«~DIGITS8»⟧"),
    ("deposit", ["en"], "DIRECT DEPOSIT AUTHORIZATION\nEmployee: «LASTFIRST»\nBank routing no. (9 digits): «ABASEP»\n"
     "Account: «=NUM12»   [x] Checking\nSigned «NAME» ⟦«~ISODATE»⟧"),
    ("ach", ["en"], "101 «ABA:o» ⟦«~DIGITS9»⟧⟦«~EPOCH»⟧A094101\n5220 «UPNAME»         PAYROLL\n"
     "622 «ABA:r» «=NUM12»   0000150000 «UPNAME:e»\n⟦Batch⟧ from ⟦«~BRAND»⟧"),
    ("wire", ["en"], "Dear «FIRST»,\nplease wire the deposit to:\nBeneficiary bank: First ⟦«~CITY»⟧ Bank\n"
     "ABA «ABA» / SWIFT FCBKUS33\nBeneficiary: «NAME»\nWarm wishes,\n«FIRST:s»"),
    ("routingtable", ["en"], "| employee | routing | account |\n|---|---|---|\n| «LOWNAME:a» | «ABA:a» | «=LAST4» |\n"
     "| «NAME:b» | «ABA:b» | «=LAST4» |\n| ⟦«~PH6»⟧ | ⟦«~DIGITS9»⟧ | n/a |"),
    ("phonetable", None, "name              ext   direct\n«NAME:a»    «=PID»  «PHONE4:a»\n«NAME:b»    «=PID»  "
     "«PHONE3:b»\n⟦«~HEAD6»⟧ desk  «VANITY:h»"),
    ("vanity", ["en"], "Call «FIRST» at «PHONE4US» x«=NUM» or our hotline «VANITY». "
     "«UPNAME» — ⟦«~BRAND»⟧"),
]

DEV6_PROSE = {
    "en": [
        "hey, it's «LOWNAME» — my sister «FIRST:s» «LAST:s» needs the wifi, password is «PASSPHRASE».",
        "⟦Cheers⟧ mate,\n--\n«FIRST» «LAST» (he/him)\n«PHONE4» ext «=NUM»",
        "«FIRST», born «DOB6», turns ⟦«=NUM»⟧ soon; grandpa «NAME» called from «PHONE3».",
        "Please set up direct deposit: routing «ABA», acct ending «=LAST4». ⟦Thx⟧, «NAME»",
        "Uncle «FIRST» (⟦«~CLUB6»⟧ season ticket ⟦«~MEMBERNO»⟧) says the admin pass is «PASSWORD4».",
        "Dear Mr «LAST», Dear Ms «LAST:m», ⟦Kind⟧ regards — «INITIAL»",
        "the bank letter says our RTN is «ABASEP»; ⟦Treasurer⟧ «NAME» signed it.",
        "age 34 (d.o.b. «DOB6»), contact «NAME» on «PHONE4».",
    ],
    "no": [
        "hei, det er «LOWNAME» — søstera mi «NAME» trenger wifi-passordet: «PASSPHRASE»",
        "⟦Hilsen⟧ fra oss,\n«FIRST» og «FIRST:b»\n«PHONE4»",
        "Pasient «LASTFIRST», f. «DOB6», ⟦«~HEAD6»⟧: mannen «NAME:m» tlf «PHONE4:m».",
        "passord: «PASSWORD4» (ikke del med ⟦«~CLUB6»⟧-gjengen), hilsen «FIRST»",
        "Kjære «FIRST»! ⟦Takk⟧ for sist. ⟦Ha⟧ det, bestemor «NAME»",
        "«UPNAME» er født den «DOB6» og er ⟦«=NUM»⟧ år.",
        "Min bror «FIRST» «LAST» sitt fødselsnummer er «FNR».",
        "Ring Dr. «LAST» på «PHONE3», ⟦saksnummer⟧ ⟦«~MEMBERNO»⟧.",
    ],
    "sv": [
        "hej, det är «LOWNAME» — min bror «NAME» behöver wifi-lösenordet: «PASSPHRASE»",
        "⟦Kram⟧,\n«FIRST»\n«PHONE4»",
        "Patient «LASTFIRST», personnummer «PNR», född «DOB6». ⟦«~HEAD6»⟧: dottern «NAME:d».",
        "lösen: «PASSWORD4» — ⟦skicka⟧ inte vidare! /«FIRST»",
        "Bästa «FIRST», ⟦tack⟧ för mötet. Med vänlig hälsning, «INITIAL»",
        "Mitt personnummer är «PNR12» och min mormor «NAME» har «PNR10».",
        "«UPNAME», född den «DOB6», ⟦«=NUM»⟧ år, ⟦«~CLUB6»⟧-medlem.",
        "Ring farbror «FIRST» på «PHONE3» efter ⟦«~WEEKDAYL»⟧.",
    ],
    "de": [
        "hallo, hier ist «LOWNAME» — meine Schwester «NAME» braucht das WLAN-Passwort: «PASSPHRASE»",
        "⟦Liebe⟧ Grüße\n«FIRST»\nTel. «PHONE4» Durchwahl «=NUM»",
        "Patientin «LASTFIRST», geboren «DOB6», ⟦«~HEAD6»⟧: Ehemann «NAME:m», «PHONE4:m».",
        "Kennwort lautet «PASSWORD4» – ⟦bitte⟧ nicht weitergeben. «FIRST»",
        "Sehr geehrte Frau «LAST», sehr geehrter Herr «LAST:h», ⟦Hochachtungsvoll⟧ «INITIAL»",
        "«UPNAME», Geburtsdatum «DOB6», ⟦«=NUM»⟧ Jahre, Mitglied bei ⟦«~CLUB6»⟧.",
        "Mein Onkel «FIRST» «LAST» hat die Steuer-ID «STEUER».",
        "Rückruf an Dr. «LAST» unter «PHONE3», ⟦Aktenzeichen⟧ ⟦«~MEMBERNO»⟧.",
    ],
    "fr": [
        "coucou, c'est «LOWNAME» — ma sœur «NAME» veut le mot de passe wifi : «PASSPHRASE»",
        "⟦Bises⟧,\n«FIRST»\n«PHONE4» poste «=NUM»",
        "Patiente «LASTFIRST», date de naissance «DOB6». ⟦«~HEAD6»⟧ : son fils «NAME:f», «PHONE4:f».",
        "mdp : «PASSWORD4» — ⟦ne⟧ le partage pas. «FIRST»",
        "Chère Madame «LAST», cher Monsieur «LAST:h», ⟦Veuillez⟧ agréer... «INITIAL»",
        "«UPNAME», née le «DOB6», ⟦«=NUM»⟧ ans, abonnée ⟦«~CLUB6»⟧.",
        "Mon grand-père «FIRST» «LAST» m'a dicté son numéro : «PHONE3».",
        "Rappeler Me «LAST» au «PHONE4», dossier ⟦«~MEMBERNO»⟧.",
    ],
    "es": [
        "hola, soy «LOWNAME» — mi hermana «NAME» quiere la clave del wifi: «PASSPHRASE»",
        "⟦Besos⟧,\n«FIRST»\n«PHONE4» ext. «=NUM»",
        "Paciente «LASTFIRST», F. nac.: «DOB6». ⟦«~HEAD6»⟧: su hija «NAME:h», «PHONE4:h».",
        "contra: «PASSWORD4» — ⟦no⟧ la compartas. «FIRST»",
        "Estimada Sra. «LAST», estimado Sr. «LAST:h», ⟦Saludos⟧ cordiales, «INITIAL»",
        "«UPNAME», nacida el día «DOB6», ⟦«=NUM»⟧ años, socia del ⟦«~CLUB6»⟧.",
        "Mi abuelo «FIRST» «LAST» me dio su móvil: «PHONE3».",
        "Llamar al Dr. «LAST» al «PHONE4», expediente ⟦«~MEMBERNO»⟧.",
    ],
}
