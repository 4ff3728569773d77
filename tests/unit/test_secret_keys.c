/* The key judge and the assignment reader of scrub/secret_keys.h: keys whose words name a
 * credential in every case style and the six languages, keys that only hold something about
 * one; values made like a secret and stand-ins; the containers the reader reads a value from
 * (each case below was missed before the reader: tests/scrub/census/secrets.jsonl) and the
 * decoys it must leave; and its work, bounded per anchor whatever the text. */
#include "tests/unit/scrub_testing.h"

#include "scrub/secret_keys.h"

#include <hs/hs.h>

static void expect_key(const char *key, bool credential)
{
    struct secret_words words;
    secret_words_init(&words);
    if (secret_key_names_credential(&words, key, strlen(key)) != credential) {
        fail_msg("'%s' should %sname a credential", key, credential ? "" : "not ");
    }
}

static void test_keys_that_name_a_credential(void **state)
{
    (void)state;
    static const char *const keys[] = {
        "password", "DB_PASSWORD", "dbPassword", "DbPassword", "db-password", "db.password", "DB password",
        "dbpassword", "adminPassword", "smtp.pass", "redis-pwd", "MY_APP_PASSPHRASE", "client_secret",
        "clientSecret", "api_key", "apiKey", "APIKey", "X-Auth-Token", "signing.key", "webhook_secret",
        "adminmasterkey", "wifi_psk", "snmp_community", "credentials", "bearer", "salt", "rootPw",
        /* the six languages, compounds included */
        "passord", "passordet", "MY_APP_PASSORDET", "l\xc3\xb6senord", "MAIL_L\xc3\x96SENORD", "Passwort",
        "mysqlRootKennwort", "mot_de_passe", "motDePasse", "mdp", ("contrase\xc3\xb1" "a"), "clave_api", "CLAVE",
        "llave", "n\xc3\xb8kkel", "N\xc3\x98KKEL", "api_n\xc3\xb8kkel", "tilgangsn\xc3\xb8kkel", "\xc3\xa5tkomstNyckel",
        "API-Schl\xc3\xbcssel", "Zugangsschl\xc3\xbcssel", "Cl\xc3\xa9Secr\xc3\xa8te", "cl\xc3\xa9_api",
        "jeton_acc\xc3\xa8s", "hemmelighet", "hemlighet", "Geheimnis", "secreto",
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        expect_key(keys[i], true);
    }
}

static void test_keys_that_hold_something_about_one(void **state)
{
    (void)state;
    static const char *const keys[] = {
        "password_min_length", "passwordMinLength", "token_count", "max_tokens", "key_id", "KEY_ID", "secret_name",
        "token_url", "tokenizer", "auth_method", "api_key_header", "credentials_path", "password_file",
        "password_required", "token_ttl", "public_key", "publicKey", "sort_key", "primary_key_type", "keyboard",
        "passenger_count", "passord_lengde", "l\xc3\xb6senord_giltighet", "passwort_ablauf", "longueur_mot_de_passe",
        ("contrase\xc3\xb1" "a_caduca"), "key_vault_name", "ProductKey", "key", "monkey", "author", "pass_rate_name",
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        expect_key(keys[i], false);
    }
}

static void test_values_made_like_a_secret(void **state)
{
    (void)state;
    static const struct { const char *value; bool password, bare, made; } cases[] = {
        { "Hb_M6dHYb-xtZY", false, false, true },
        { "3xx64vjFVps6lD9EvhcVnNFrXGjmgjEc", false, true, true },
        { "/7gH+Sx33hQc61g1jp28+Bp1iyE1SKI0", false, false, true },    /* base64 opening with '/' */
        { "tundra-sol-soleil", true, false, true },                   /* a passphrase under a password */
        { "tundra-sol-soleil", false, false, false },                 /* ... not under a token */
        { "xK!pQr#Lmz", false, false, true },
        { "accessToken", false, false, false },                       /* a variable: `token: accessToken` */
        { "changeme", true, false, false },
        { "${DB_PASSWORD}", true, false, false },
        { "{{ .Values.db.password }}", true, false, false },
        { "/run/secrets/db_password", true, false, false },
        { "ConvertTo-SecureString", true, false, false },
        { "}}@rabbit:5672/x1", false, false, false },
        { "Required", false, true, false },
        { "s3cr3t", true, false, false },                             /* shorter than eight */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *value = cases[i].value;
        if (secret_key_value_made(value, strlen(value), cases[i].password, cases[i].bare) != cases[i].made) {
            fail_msg("'%s' should %sbe made like a secret", value, cases[i].made ? "" : "not ");
        }
    }
}

/* Each was missed before the reader (the census, and heldout5's FileZilla and unattend.xml). */
static void test_containers_the_reader_reads(void **state)
{
    (void)state;
    expect_masked("<add key=\"adminmasterkey\" value=\"", "3xx64vjFVps6lD9EvhcVnNFrXGjmgjEc", "\" />", "ENV_SECRET");
    expect_masked("- name: N\xc3\x98KKEL\n  value: \"", "LsNyM9IFV9rvDRy/5+LtQEht", "\"", "ENV_SECRET");
    expect_masked("<Pass encoding=\"base64\">", "dHc5b2F0ZWNybg==", "</Pass>", "ENV_SECRET");
    expect_masked("<AdministratorPassword>\n  <Value>", "oEK8Q~n4HqA7XAl0ypTtLifTwdd7CtQSUYHpmJla", "</Value>",
                  "ENV_SECRET");
    expect_masked("'crm_hemlig_nyckel' => '", "mSCFMozxqN-0UII1CLTeWEFyNwp9IWvf", "',", "ENV_SECRET");
    expect_masked(":admin_hemlighet => '", "Fnm-1eSJqkQJ_woKhP2zUfc6Vhhr02vzKhA0hMXyKbU", "',", "ENV_SECRET");
    expect_masked("SmtpMdp:   `", "2pCM?ATkZ!y", "`,", "ENV_SECRET");
    expect_masked("ARG VPN_HEMMELIG_N\xc3\x98KKEL=", "geBxvPj9Qv4bF5Nv2x1Fq3egJgYqWxtQwCX6EBT8UK", "", "ENV_SECRET");
    expect_masked("backup_jeton_acc\xc3\xa8s: ", "kp2qsFU0JAnk5GEvLnDRAkYdc5", "", "ENV_SECRET");
    expect_masked("ds.setSigningKey(\"", "sm2YiD7PtWQea8TdjWzQ2bNZhC66cA", "\");", "ENV_SECRET");
    expect_masked("./deploy.sh --root-passord '", "tundra-sol-soleil", "' --env prod", "ENV_SECRET");
    expect_masked("fastcgi_param WIFI_MDP \"", "fjell_summit_vinter_lune", "\";", "ENV_SECRET");
    expect_masked("| wifi nyckel | ", "Hb_M6dHYb-xtZY", " |", "ENV_SECRET");
    expect_masked("Environment=\"CRM_CL\xc3\x89_API=", "rzMrtU3BJLxSeAdVDgKK23xbdXATo9Y", "\"", "ENV_SECRET");
    expect_masked("Der API-Schl\xc3\xbcssel ist jetzt ", "HY9DjT0TiX6WTQDJw36cQ7kuijsGjcgU", "", "ENV_SECRET");
    expect_masked("Le secret, c'est ", "av7L3tfHrJIPSt0s+f1Vzxs8zqEA+9Qm3zJW93A", ".", "ENV_SECRET");
}

/* Credential words in prose whose value a token's shape tells from a word: set off by a
 * comma or a bracket after the word and up to three more, after a preposition and a word,
 * a qualifier in brackets before the label's colon; the lone word "key" before a token in
 * prose and in a URL's query; one-word compounds ("apikey", "accesskey") as keys. */
static void test_prose_forms_before_a_token(void **state)
{
    (void)state;
    expect_masked("the license key, ", "3f2b8c1e-9a4d-4e7f-b2c1-8d9e0f1a2b3c:eu", ", expires in May", "ENV_SECRET");
    expect_masked("the license key (", "3f2b8c1e-9a4d-4e7f-b2c1-8d9e0f1a2b3c:eu", ") expires", "ENV_SECRET");
    expect_masked("n\xc3\xb8kkelen til Stripe-kontoen, ", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", ", m\xc3\xa5 byttes",
                  "ENV_SECRET");
    expect_masked("der Schl\xc3\xbcssel f\xc3\xbcr das Portal (", "3f2b8c1e9a4d4e7fb2c18d9e0f1a2b3c", ") l\xc3\xa4uft ab",
                  "ENV_SECRET");
    expect_masked("el token de acceso ", "3f2b8c1e-9a4d-4e7f-b2c1-8d9e0f1a2b3c", " para la API", "ENV_SECRET");
    expect_masked("la cl\xc3\xa9 d'acc\xc3\xa8s ", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", " pour l'API", "ENV_SECRET");
    expect_masked("API token (prod): ", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", "", "ENV_SECRET");
    expect_masked("voici la cl\xc3\xa9 Twilio pour prod: ", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", "", "ENV_SECRET");
    expect_masked("Der Key lautet: ", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", "", "ENV_SECRET");
    expect_masked("The key is ", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", " for prod", "ENV_SECRET");
    expect_masked("GET /v2/items?key=", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", "&format=json HTTP/1.1", "ENV_SECRET");
    expect_masked("curl 'https://api.example.com/v1/data?q=x&key=", "3f2b8c1e9a4d4e7fb2c18d9e0f1a2b3c", "'",
                  "ENV_SECRET");
    expect_masked("GET /v1/items?apikey=", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", " HTTP/1.1", "ENV_SECRET");
    expect_masked("accesskey=", "K7Q2M9X4B1R8T5W3Z6N0P2L4D7F9H1J3", "", "ENV_SECRET");
    static const char *const kept[] = {
        "the key, however, is lost",
        "the password, however, was reset",
        "The key is ORDER-2024-0001-ABCDEFGH",
        "the sort key is 3f2b8c1e-9a4d-4e7f-b2c1-8d9e0f1a2b3c",
        "the key id is 3f2b8c1e-9a4d-4e7f-b2c1-8d9e0f1a2b3c",
        "Key: 3f2b8c1e9a4d4e7fb2c18d9e0f1a2b3c",
        "key=3f2b8c1e9a4d4e7fb2c18d9e0f1a2b3c",
        "the token (see above) expired",
        "the key (v1.2.3-release-candidate) was tagged",
        "the token for the build, release-2024-05-candidate, passed",
        "GET /v2/items?key=PROJ-1234&expand=all",
    };
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        expect_scrubbed(kept[i], kept[i]);
    }
}

/* Tags between a label and its value (scrub/markup_tags.h): HTML's around a label, a table's
 * or a definition list's next cell, a property list's and Hadoop's value element; a row's end
 * and a header's column are not the label's value. */
static void test_values_after_markup(void **state)
{
    (void)state;
    expect_masked("<tr><td>Password</td><td>", "Xk7!pQ2rLm", "</td></tr>", "ENV_SECRET");
    expect_masked("<tr>\n  <th>Passwort</th>\n  <td>", "Xk7!pQ2rLm", "</td>\n</tr>", "ENV_SECRET");
    expect_masked("<dl><dt>Mot de passe</dt><dd>", "Xk7!pQ2rLm", "</dd></dl>", "ENV_SECRET");
    expect_masked("<tr><td>L\xc3\xb6senord</td><td><code>", "Xk7!pQ2rLm", "</code></td></tr>", "ENV_SECRET");
    expect_masked("<p><b>Password:</b> ", "Xk7!pQ2rLm", "</p>", "ENV_SECRET");
    expect_masked("<li><strong>Contrase\xc3\xb1" "a</strong>: ", "Xk7!pQ2rLm", "</li>", "ENV_SECRET");
    expect_masked("<key>Password</key>\n<string>", "Xk7!pQ2rLm", "</string>", "ENV_SECRET");
    expect_masked("<property><name>javax.jdo.option.ConnectionPassword</name><value>", "Xk7!pQ2rLm",
                  "</value></property>", "ENV_SECRET");
    expect_masked("<p><strong>Date of birth:</strong> ", "14/03/1987", "</p>", "DATE_OF_BIRTH");
    expect_masked("<p><b>Geburtsdatum</b>: ", "14.03.1987", "</p>", "DATE_OF_BIRTH");
    static const char *const kept[] = {
        "<tr><th>Token</th></tr><tr><td>Xk7pQ2rLm9abc</td></tr>",
        "<tr><td>password</td><td>required</td><td>The user's password</td></tr>",
        "<key>PasswordRequired</key><true/>",
        "<key>password_min_length</key><integer>12</integer>",
        "<tr><td>Invoice date</td><td>14/03/2024</td></tr>",
        "<p><b>Password:</b> see the vault</p>",
    };
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        expect_scrubbed(kept[i], kept[i]);
    }
}

/* A stored password hash in the modular crypt format under a password's key is kept whole: no
 * field of it is read as a token the key names; so is a credential manager's reference,
 * Concourse's and BOSH's ((name)), quoted (the README's "Placeholders are not secrets"). */
static void test_crypt_hashes_are_kept(void **state)
{
    (void)state;
    static const char *const kept[] = {
        "password_hash: \"$2b$12$KIXQJQ6d8bq1oHQ0nLqkVeZt4m3l9zJf0pQ2rT5uV7wX9yA1bC3dE\"",
        "    password: \"$2b$12$KIXQJQ6d8bq1oHQ0nLqkVeZt4m3l9zJf0pQ2rT5uV7wX9yA1bC3dE\"",
        "<passwordHash>$2y$10$KIXQJQ6d8bq1oHQ0nLqkVeZt4m3l9zJf0pQ2rT5uV7wX9yA1bC3dE</passwordHash>",
        "  pwd: \"$6$rounds=5000$saltsalt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH\"",
        "    password: \"((vault-secret2))\"",
    };
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        expect_scrubbed(kept[i], kept[i]);
    }
    expect_masked("api token: ", "xJ4SXRVxfCQGgXkH1zxFUbEctT2NLLzPk", "", "ENV_SECRET");
}

/* A quoted value to its closing quote, the container's escapes inside it (census values5). */
static void test_quoted_values_hold_their_escapes(void **state)
{
    (void)state;
    expect_masked("smtp:\n  password: \"", "MBzL7S\\\"F2o", "\"", "ENV_SECRET");
    expect_masked("{\"password\": \"", "\\\"w6M3LPwM\\\"", "\", \"port\": 5432}", "ENV_SECRET");
    expect_masked("MYSQL_ROOT_PASSWORD: '", "3oi8N''62hwj", "'", "ENV_SECRET");
    expect_masked("$env:DB_PASSWORD = \"", "`\"kJuFT8FcqrVV", "\"", "ENV_SECRET");
    expect_masked("secret = \"", "C:\\\\Temp\\\\x7Qz", "\"", "ENV_SECRET");
    expect_scrubbed("{\"password\": \"\", \"user\": \"app\"}", "{\"password\": \"\", \"user\": \"app\"}");
    expect_scrubbed("password: ''\nuser: 'app'", "password: ''\nuser: 'app'");
}

/* A password's first symbol is its own, and ODBC's braces are a quote (census values5). */
static void test_values_open_with_a_symbol(void **state)
{
    (void)state;
    expect_masked("APP_SECRET='", ">wf664LYBT", "'", "ENV_SECRET");
    expect_masked("DB_PASSWORD='", "{3hBzrhm2nzvz", "'", "ENV_SECRET");
    expect_masked("db_passwort = ", "@XqBLaMzirG8", "  # changed after the audit", "ENV_SECRET");
    expect_masked("mail.smtp.password=", "@i76Ru9dX", "", "ENV_SECRET");
    expect_masked("Uid=shop_rw;Pwd={", "HgHde8drt<", "};Encrypt=yes;", "URL_CREDENTIAL");
    static const char *const texts[] = {
        "password: '{{ db_password }}'", "password: $DB_PASSWORD", "PASSWORD='<your-password>'",
        "password = \"${DB_PASSWORD}\"", "password: '[REDACTED]'", "smtp_password: \"@Microsoft.KeyVault(x)\"",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        expect_scrubbed(texts[i], texts[i]);
    }
}

/* A quoted passphrase in a language's own letters under a password's name (census values5). */
static void test_quoted_national_passphrases(void **state)
{
    (void)state;
    expect_masked("ALTER USER admin WITH PASSWORD '", "b\xc3\xbaho guitarra r\xc3\xado sand\xc3\xad" "a", "';",
                  "ENV_SECRET");
    expect_masked("export ADMIN_PASSWORD='", "sill midsommar \xc3\xa4lg kanel kr\xc3\xa4" "fta", "'", "ENV_SECRET");
    expect_masked("passord: \"", "elg hytte m\xc3\xa5ke 42", "\"", "ENV_SECRET");
    expect_scrubbed("{\"password\": \"Mot de passe\"}", "{\"password\": \"Mot de passe\"}");
    expect_scrubbed("{\"passord\": \"Skriv inn passordet\"}", "{\"passord\": \"Skriv inn passordet\"}");
}

/* A YAML block scalar's line under a credential's name, in any language (census values5). */
static void test_block_scalar_values(void **state)
{
    (void)state;
    expect_masked("auth:\n  kennwort: >\n    ", "L\xc3\xb6senord2024!", "\n  user: app", "ENV_SECRET");
    expect_masked("auth:\n  admin_password: >-\n    ", "\xd0\x97\xd0\xb8\xd0\xbc\xd0\xb0.8730*", "\n", "ENV_SECRET");
    expect_masked("password: |-\n    ", "+7J6ZVD6mz", "", "ENV_SECRET");
    static const char *const texts[] = {
        "password: |\n  {{ .Values.password }}\n", "password: >\n", "secret: |\nnot indented 2024\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        expect_scrubbed(texts[i], texts[i]);
    }
}

/* An element's CDATA section holds the value to its "]]>" (census values5). */
static void test_cdata_values(void **state)
{
    (void)state;
    expect_masked("<server>\n  <password><![CDATA[", "ZzPb9PsV7pkX7B+EgBS8gwHypm/L8mlvf7FfyuDkJAv6j+ohP7JKZQ==",
                  "]]></password>", "ENV_SECRET");
    expect_masked("<password><![CDATA[", "a<b&c9Xq]", "]]></password>", "ENV_SECRET");
    expect_scrubbed("<password><![CDATA[${DB_PASSWORD}]]></password>", "<password><![CDATA[${DB_PASSWORD}]]></password>");
}

/* Short passwords and PINs under a password's name (census values5); words, ports, years and
 * other keys' short values stay. */
static void test_short_passwords_and_pins(void **state)
{
    (void)state;
    expect_masked("WIFI_PSK=", "dr5s4", "", "ENV_SECRET");
    expect_masked("database:\n  db_passwort: '", "HvR7u", "'", "ENV_SECRET");
    expect_masked("- name: REDIS_PASSWORD\n  value: ", "87176392", "", "ENV_SECRET");
    expect_masked("<add key=\"DbPassword\" value=\"", "340889", "\" />", "ENV_SECRET");
    static const char *const texts[] = {
        "password: admin", "db_port: 5432", "password: 2024", "token: ab12", "api_key = 123456",
        "max_password_age: 900000",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        expect_scrubbed(texts[i], texts[i]);
    }
}

/* A value under 8 bytes is handed to the judge only when it could be made: a short password
 * or a PIN, not after blanks alone. The packed "api_key api_key …" shape read every word as a
 * 7-byte value and judged it (+5 % instructions on it) once short passwords were taken. */
static void test_short_values_that_cannot_be_made_are_not_read(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        bool read;
    } cases[] = {
        { "api_key api_key", false }, { "password: admin", false }, { "Secret Key: Secret", false },
        { "password = 2024", false }, { "password dr5s4", false }, { "WIFI_PSK=dr5s4", true },
        { "db_passwort: 'HvR7u'", true }, { "DbPassword=340889", true }, { "api_key = hunter2x", true },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *text = cases[i].text;
        size_t len = strlen(text), anchor_end = 0;
        const char *space = strpbrk(text, " :=");
        anchor_end = (size_t)(space - text);
        struct secret_assignment found;
        size_t examined;
        bool read = secret_key_read(text, len, anchor_end, NULL, &found, &examined);
        if (read != cases[i].read) {
            fail_msg("'%s': read %d, expected %d", text, read, cases[i].read);
        }
    }
}

/* bash's ANSI-C quotes $'…' hold the value, \' inside it (census values5). */
static void test_ansi_c_quoted_values(void **state)
{
    (void)state;
    expect_masked("PGPASSWORD=$'", "dPbAy3vikrK)", "' psql -h db -U app shop", "ENV_SECRET");
    expect_masked("export DB_PASSWORD=$'", "^rthiRfHFd6m", "'", "ENV_SECRET");
    expect_masked("export PASSWORD=$'", "it\\'s9Xq2a", "'", "ENV_SECRET");
    expect_scrubbed("export PASSWORD=$'${DB_PASSWORD}'", "export PASSWORD=$'${DB_PASSWORD}'");
}

/* What stays: stand-ins, references, numbers and keys that hold no credential, in the same
 * containers. */
static void test_decoys_the_reader_leaves(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "<ProductKey>W269N-WFGWX-YVC9B-4J6C9-T83GX</ProductKey>",
        "smtp_password: \"@Microsoft.KeyVault(VaultName=kv-prod;SecretName=smtp)\"",
        "MESSENGER_TRANSPORT_DSN=amqp://guest:${{ secrets.DEPLOY_TOKEN }}@rabbit:5672/%2f/messages",
        "const client = new Client({ token: accessToken, secret: clientSecret });",
        "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-creds\n      key: password",
        "password_min_length: 12\ntoken_ttl: 3600\nmax_tokens: 512\npassword_required: true",
        "The password reset link expired yesterday, and the token is invalid.",
        "Das Passwort ist abgelaufen, sagt die App.",
        "ENV DB_PASSWORD_FILE /run/secrets/db_password",
        "--api-key $API_KEY --token=\"{{ secrets.TOKEN }}\"",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        expect_scrubbed(texts[i], texts[i]);
    }
}

/* The bytes one anchor's read examines are bounded, whatever the text: keys of name bytes
 * as long as the text, anchors every few bytes, values that never close. */
static void test_reader_work_is_bounded_per_anchor(void **state)
{
    (void)state;
    static const char *const units[] = { "pass", "key=", "a_key ", "password: \"", "<password>", "token ",
                                         "- name: DB_PASSWORD\n", "secret, c'est " };
    enum { TEXT_LEN = 20000 };
    static char text[TEXT_LEN + 1];
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t unit = strlen(units[u]), len = 0;
        while (len + unit <= TEXT_LEN) {
            memcpy(text + len, units[u], unit);
            len += unit;
        }
        for (size_t end = 1; end <= len; end++) {
            struct secret_assignment found;
            size_t examined;
            secret_key_read(text, len, end, NULL, &found, &examined);
            if (examined > 2 * SECRET_KEY_MAX + SECRET_KEY_VALUE_MAX + 64) {
                fail_msg("'%s' repeated: %zu bytes examined at %zu", units[u], examined, end);
            }
        }
    }
}

/* The anchors' reads over one text in scan order, as scrub/patterns.c makes them: every
 * anchor match's end read with the scan's memory, the bytes examined summed. */
struct anchored_reads {
    const char *text;
    size_t len, examined, anchors;
    struct secret_key_memory memory;
};

static int read_at_anchor(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id;
    (void)from;
    (void)flags;
    struct anchored_reads *reads = context;
    struct secret_assignment found;
    size_t examined;
    secret_key_read(reads->text, reads->len, (size_t)to, &reads->memory, &found, &examined);
    reads->examined += examined;
    reads->anchors++;
    return 0;
}

/* Packed runs, an anchor every few bytes: a run of name bytes and a bare value that never
 * ends are read once per scan, not once per anchor in them (each anchor read 64 bytes back
 * and forward and 256 ahead: up to 64 bytes examined per input byte on these). */
static void test_packed_runs_are_read_once(void **state)
{
    (void)state;
    static const char *const units[] = { "DB_PASSWORD=hunter2x", "pass", "DB_PASSWORD_", "api_key.token-secret",
                                         "key=", "Password=hunter2x;", "token=aB3dE4fG5hX9", "key:", "Key=",
                                         "secret", "x=DB_PASSWORD", "- name: DB_PASSWORD\nvalue=" };
    enum { TEXT_LEN = 102400, PER_BYTE = 3 };
    static char text[TEXT_LEN + 1];
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    assert_int_equal(hs_compile(SECRET_KEY_ANCHOR, HS_FLAG_CASELESS, HS_MODE_BLOCK, NULL, &database, &error),
                     HS_SUCCESS);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(database, &scratch), HS_SUCCESS);
    int failures = 0;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t unit = strlen(units[u]), len = 0;
        while (len + unit <= TEXT_LEN) {
            memcpy(text + len, units[u], unit);
            len += unit;
        }
        struct anchored_reads reads = { .text = text, .len = len };
        assert_int_equal(hs_scan(database, text, (unsigned)len, 0, scratch, read_at_anchor, &reads), HS_SUCCESS);
        if (reads.anchors == 0 || reads.examined > PER_BYTE * len) {
            print_message("# '%s' repeated: %zu bytes examined at %zu anchors for %zu bytes\n", units[u],
                          reads.examined, reads.anchors, len);
            failures++;
        }
    }
    hs_free_scratch(scratch);
    hs_free_database(database);
    assert_int_equal(failures, 0);
}

static int count_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id;
    (void)from;
    (void)to;
    (void)flags;
    (*(unsigned *)context)++;
    return 0;
}

/* The anchor compiles, and finds the stem of every credential word the judge knows, in
 * capitals too (caseless matching folds ASCII only). */
static void test_anchor_finds_every_credential_word(void **state)
{
    (void)state;
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    assert_int_equal(hs_compile(SECRET_KEY_ANCHOR, HS_FLAG_CASELESS, HS_MODE_BLOCK, NULL, &database, &error),
                     HS_SUCCESS);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(database, &scratch), HS_SUCCESS);
    static const char *const words[] = {
        "PASSWORD", "Kennwort", "L\xc3\x96SENORD", ("CONTRASE\xc3\x91" "A"), "CL\xc3\x89", "N\xc3\x98KKEL", "nyckel",
        "SCHL\xc3\x9cSSEL", "hemmelighet", "hemlighet", "Geheimnis", "secreto", "SECR\xc3\x88TE", "jeton", "mdp",
        "llave", "clave", "psk", "salt", "community", "credential", "bearer", "auth", "token", "key", "pwd",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        unsigned matches = 0;
        assert_int_equal(hs_scan(database, words[i], (unsigned)strlen(words[i]), 0, scratch, count_match, &matches),
                         HS_SUCCESS);
        if (matches == 0) {
            fail_msg("the anchor misses '%s'", words[i]);
        }
    }
    hs_free_scratch(scratch);
    hs_free_database(database);
}

/* The labelled key read from the anchor's "key" (labelled_key_end) ends where its old row,
 * LABELLED_KEY_SPEC, ends: the row compiled by Hyperscan, on generated texts of label words,
 * blanks, colons, quotes, values of 14 to 18 bytes and the bytes \s holds. */
static int on_labelled_end(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                           void *context)
{
    (void)id, (void)from, (void)flags;
    size_t *ends = context;
    ends[ends[0] + 1] = (size_t)to;
    ends[0]++;
    return 0;
}

struct stems {
    const char *text;
    size_t len;
    size_t *ends;
};

static int on_stem(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id, (void)from, (void)flags;
    struct stems *stems = context;
    size_t examined = 0;
    size_t end = labelled_key_end(stems->text, stems->len, (size_t)to, &examined);
    assert_true(examined <= 32 + stems->len);
    if (end != 0) {
        stems->ends[stems->ends[0] + 1] = end;
        stems->ends[0]++;
    }
    return 0;
}

static int compare_ends(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static void test_labelled_key_reader_ends_where_its_spec_ends(void **state)
{
    (void)state;
    hs_database_t *spec = NULL, *anchor = NULL;
    hs_compile_error_t *error = NULL;
    assert_int_equal(hs_compile(LABELLED_KEY_SPEC, HS_FLAG_CASELESS, HS_MODE_BLOCK, NULL, &spec, &error), HS_SUCCESS);
    assert_int_equal(hs_compile(SECRET_KEY_ANCHOR, HS_FLAG_CASELESS, HS_MODE_BLOCK, NULL, &anchor, &error), HS_SUCCESS);
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(spec, &scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(anchor, &scratch), HS_SUCCESS);
    static const char *const pieces[] = {
        "key", "Key", "KEY", "keys", "monkey", "api", "Integration", "routing", "9", "_", "-", " ", "  ", "\t",
        ":", " : ", ":\t", "\"", "'", "`", "\n", "\r", "\v", "\f", ".", "x", "\xc3\xa9", "Routing key",
        "x\tKEY", "api key", "_ key", "Integration key:", "9 key :", "z key: ", "a key:\t'", "b key:`",
    };
    static char text[2048];
    static size_t expected[1024], found[1024];
    uint64_t random = 0x9E3779B97F4A7C15u;
    size_t reaching = 0;
    for (int n = 0; n < 30000; n++) {
        size_t len = 0;
        size_t count = 1 + n % 24;
        for (size_t i = 0; i < count; i++) {
            random ^= random << 13, random ^= random >> 7, random ^= random << 17;
            if (random % 5 == 0) {
                size_t run = 14 + (random >> 8) % 5;     /* a value either side of 16 bytes */
                for (size_t j = 0; j < run; j++) {
                    text[len++] = "aB3-_/+=.:"[(random >> (12 + j)) % 10];
                }
                continue;
            }
            const char *piece = pieces[(random >> 8) % (sizeof pieces / sizeof pieces[0])];
            memcpy(text + len, piece, strlen(piece));
            len += strlen(piece);
        }
        expected[0] = found[0] = 0;
        assert_int_equal(hs_scan(spec, text, (unsigned)len, 0, scratch, on_labelled_end, expected), HS_SUCCESS);
        struct stems stems = { text, len, found };
        assert_int_equal(hs_scan(anchor, text, (unsigned)len, 0, scratch, on_stem, &stems), HS_SUCCESS);
        qsort(found + 1, found[0], sizeof found[0], compare_ends);
        assert_int_equal(found[0], expected[0]);
        for (size_t i = 1; i <= found[0]; i++) {
            assert_int_equal(found[i], expected[i]);
        }
        reaching += expected[0] > 0;
    }
    print_message("# %zu of 30000 texts reach the form\n", reaching);
    assert_true(reaching > 3000);
    hs_free_scratch(scratch);
    hs_free_database(spec);
    hs_free_database(anchor);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_that_name_a_credential),
        cmocka_unit_test(test_keys_that_hold_something_about_one),
        cmocka_unit_test(test_values_made_like_a_secret),
        cmocka_unit_test(test_containers_the_reader_reads),
        cmocka_unit_test(test_prose_forms_before_a_token),
        cmocka_unit_test(test_values_after_markup),
        cmocka_unit_test(test_crypt_hashes_are_kept),
        cmocka_unit_test(test_quoted_values_hold_their_escapes),
        cmocka_unit_test(test_values_open_with_a_symbol),
        cmocka_unit_test(test_quoted_national_passphrases),
        cmocka_unit_test(test_block_scalar_values),
        cmocka_unit_test(test_cdata_values),
        cmocka_unit_test(test_short_passwords_and_pins),
        cmocka_unit_test(test_short_values_that_cannot_be_made_are_not_read),
        cmocka_unit_test(test_ansi_c_quoted_values),
        cmocka_unit_test(test_decoys_the_reader_leaves),
        cmocka_unit_test(test_reader_work_is_bounded_per_anchor),
        cmocka_unit_test(test_packed_runs_are_read_once),
        cmocka_unit_test(test_anchor_finds_every_credential_word),
        cmocka_unit_test(test_labelled_key_reader_ends_where_its_spec_ends),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
