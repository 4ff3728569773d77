/* The Hyperscan layer: every built-in shape found with its exact span inside prose,
 * decoys left alone, one candidate per value however many ends Hyperscan reports. */
#include "tests/unit/pattern_testing.h"

/* The one candidate found in `text` is `value`, of type `name`. */
static void expect_found(const char *prefix_text, const char *value, const char *suffix_text, const char *name)
{
    char text[1024];
    snprintf(text, sizeof text, "%s%s%s", prefix_text, value, suffix_text);
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    if (count != 1) {
        fail_msg("%zu candidates in '%s', expected one %s", count, text, name);
    }
    size_t len = found[0].end - found[0].start;
    if (strcmp(found[0].type->name, name) != 0 || len != strlen(value) || memcmp(text + found[0].start, value, len) != 0) {
        fail_msg("found %s '%.*s', expected %s '%s'", found[0].type->name, (int)len, text + found[0].start, name, value);
    }
}

static void expect_nothing(const char *text)
{
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    if (count != 0) {
        fail_msg("'%s' gave a %s candidate '%.*s'", text, found[0].type->name,
                 (int)(found[0].end - found[0].start), text + found[0].start);
    }
}

static void finds_secrets_with_exact_spans(void **state)
{
    (void)state;
    expect_found("my key is ", "sk-proj-abcdefghij0123456789T3BlbkFJzyxwvutsrq9876543210", ", keep it", "OPENAI_API_KEY");
    expect_found("export ANTHROPIC=\"",
                 "sk-ant-api03-aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggghhhhhhhhhhiiiiiiiiiijjjAA",
                 "\"", "ANTHROPIC_API_KEY");
    expect_found("token ", "ghp_abcghdefghijklmnopqrstuvwxyzABCDEFGH", " done", "GITHUB_TOKEN");
    expect_found("aws_access_key_id = ", "AKIACFNVKZUA73LPAWLE", "\n", "AWS_ACCESS_KEY_ID");
    expect_found("slack: ", "xoxb-123456789012-abcdefghijkl", ".", "SLACK_TOKEN");
    expect_found("stripe ", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", " ok", "STRIPE_KEY");
    expect_found("maps key ", "AIzaSyA1234567890abcdefghijklmnopqrstuv", ";", "GOOGLE_API_KEY");
    expect_found("Authorization: Bearer ",
                 "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                 " sent", "JWT");
}

/* Secret classes the unseen halves showed (issue 15): names in other languages and
 * abbreviated, a parent key, headers, cookies, flags, words between "password" and its
 * value, a login pasted as a pair, a chat's answer; stand-ins stay. */
static void finds_secrets_by_class(void **state)
{
    (void)state;
    expect_found("{\"mot_de_passe\": \"", "Vq7rT2mLxW9p", "\"}", "ENV_SECRET");
    expect_found("hemmelighet: ", "Zt5pW2nKqX8r", "\n", "ENV_SECRET");
    expect_found("PSWD=", "Ua1jM1tLB4pyyRy", "\n", "ENV_SECRET");
    expect_found("{\"apiKeys\": {\"note\": \"n/a\", \"mail\": \"", "Pn3dYh6Jc1Vb", "\"}}", "ENV_SECRET");
    expect_found("secrets:\n  enabled: true\n  cache: ", "Zx2cVb4Nm6Lk", "\n", "ENV_SECRET");
    expect_found("x-functions-key: ", "Mn4bVc6Xz8As", "\n", "ENV_SECRET");
    expect_found("Cookie: session=", "Df5gHj7Kl9Qw", "; theme=dark", "SECRET_TOKEN");
    expect_found("Authorization: ", "Er6tYu8Io0Pa3sDf2G", "\n", "SECRET_TOKEN");
    expect_found("./deploy --secret-key ", "Gb3nMk5Lp7Qz", " --env prod", "ENV_SECRET");
    expect_found("Das Passwort f\xc3\xbcrs WLAN lautet ", "Pa55&544aUW", ", bitte", "ENV_SECRET");
    expect_found("user ops, pass ", "H\xc3\xb6sten1992?", " - ok", "ENV_SECRET");
    expect_found("anyone know the redis pass?\n<oncall> ana: it's ", "Chocolat2002*", " but", "ENV_SECRET");
    expect_found("Driver={ODBC};Uid=sa;Pwd={", "Jk8lZx1Cv3Bn", "};", "URL_CREDENTIAL");
    expect_nothing("Authorization: AWS4-HMAC-SHA256 Credential=x");
    expect_nothing("auth: required\ncreds: none\nsecrets:\n  enabled: true\n");
    expect_nothing("clave: nombre, valor: Juan");
}

/* Round four (issue 15, dev4/dev5 classes): the value on the line after its name, under a
 * parent that names it, triple-quoted or quoted with '&' in it, camelCase names in other
 * languages, positional passwords, a login's outcome, the service between the word and the
 * value; phones before another number, dotted and slashed. Settings, store references,
 * fingerprints and public keys stay. */
static void finds_secrets_by_class_round_four(void **state)
{
    (void)state;
    expect_found("{\n  \"password\":\n    \"", "Mq7vLx2Rw9Tz", "\"\n}", "ENV_SECRET");
    expect_found("db:\n  password: >-\n    ", "Hk4sN8dQzR2w", "\n  user: app\n", "ENV_SECRET");
    expect_found("{\"Jwt\": {\"Key\": \"", "Lm3vB7cQ9sTa", "\"}}", "ENV_SECRET");
    expect_found("AdminPassword:\n  Type: String\n  NoEcho: true\n  Default: '", "Rk8vLq2Wx7Tz", "'\n",
                 "ENV_SECRET");
    expect_found("password = \"\"\"", "Pn3dYh6Jc1Vb", "\"\"\"\n", "ENV_SECRET");
    expect_found("SECRET_KEY = '", "shop-insecure-q8!x2&k=v9!w3pz7m", "'\n", "ENV_SECRET");
    expect_found("  motDePasse: ", "Qe5rTy7Ui9Op", "\n", "ENV_SECRET");
    expect_found("  pass_phrase: '", "Zx2cVb4Nm6Lk", "'\n", "ENV_SECRET");
    expect_found("redis_requirepass: ", "Ws4eRd6Tf8Gy", "\n", "ENV_SECRET");
    expect_found("Anexo: clave de API ", "Hy7uJi9Ko1LpQw3e", " y la URL", "ENV_SECRET");
    expect_found("cache:6379> AUTH worker ", "Df5gHj7Kl9Qw", "\nOK", "ENV_SECRET");
    expect_found("ACL SETUSER worker on >", "Er6tYu8Io0Pa", " ~jobs:* +@all", "ENV_SECRET");
    expect_found("$ rabbitmqctl add_user exporter ", "Gb3nMk5Lp7Qz", "\n", "ENV_SECRET");
    expect_found("Client(\"AC0123456789abcdef0123456789abcdef\", \"", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "\")",
                 "ENV_SECRET");
    expect_found("le mot de passe postgres ", "Sx2dCf4Vg6Bh", " ne marche plus", "ENV_SECRET");
    expect_found("redis AUTH fails with ", "Tq4wEr6yUi8o", " even though", "ENV_SECRET");
    expect_found("$ mysql -u app -p'", "-Kd2fGh4jKl6z", "' shop", "ENV_SECRET");
    expect_found("Dana ", "(503) 555 0248", " 219873456 is my social", "PHONE");
    expect_found("Ring meg p\xc3\xa5 ", "934.51.207", ", takk", "PHONE");
    expect_found("nytt nummer: ", "073.441.22.98", ". Tack", "PHONE");
    expect_found("Appelez le ", "04/72/18/93/55", " demain", "PHONE");
    expect_found("fasttelefon ", "22-31-47-09", " i dag", "PHONE");
    expect_nothing("Release 4.12.345 on 01.12.2023; build 112.23.45; card 4111 1111 1111 111\n");
    expect_nothing("password_policy: strong\nsecret_name: prod/db/password\nsecret_ref: vault:db/creds\n");
    expect_nothing("password_hash: bcrypt\nssh_key: \"SHA256:Qm7Zr2Xp9Kd4Ls8Vt1Bn5Hc3Fj6Wg0Ye2Ua7Ri4Oe9\"\n");
    expect_nothing("host key: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq2Xv8Kd9s7Lm4Rt1Yp0Wb3Nc6Ze5Hf\n");
    expect_nothing("fingerprint D3:41:37:7D:3A:A0:49:80:E5:5C:48:82:86:C8:4E:45\n");
    expect_nothing("the password manager is great\nlogin failed with status 401\n");
}

/* Round six (issue 15, dev5-dev7 classes): the value before its password word in six
 * languages, a password word, a clause and a verb, a chat question without '?', a login as
 * user / password, a test typing into a password field, WordPress salts, XML attributes,
 * redis replies, a command's printed output, curlrc users, piped and here-string
 * passwords, one-dash flags, tools' password places, secrets set by a CLI, server header
 * directives, MySQL 8's IDENTIFIED WITH. Sentences about passwords, ports and references
 * stay. */
/* `value` is one of the candidates found in prefix + value + suffix, as type `name`. */
static void expect_among(const char *prefix_text, const char *value, const char *suffix_text, const char *name)
{
    char text[1024];
    snprintf(text, sizeof text, "%s%s%s", prefix_text, value, suffix_text);
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    size_t start = strlen(prefix_text);
    for (size_t i = 0; i < count; i++) {
        if (found[i].start == start && found[i].end == start + strlen(value) && strcmp(found[i].type->name, name) == 0) {
            return;
        }
    }
    fail_msg("no %s at bytes [%zu, %zu) among %zu candidates", name, start, start + strlen(value), count);
}

/* An AWS key id with its secret beside it and no name for the secret: a credentials CSV
 * row, a colon, a slash between blanks, a tab. A slash alone is part of a secret. */
static void finds_aws_secret_beside_its_key_id(void **state)
{
    (void)state;
    const char *secret = "Zq3vT7mLxW6pRk2YhN7cBd4FgJ6sAe1UoIi5PlKx";
    expect_among("Access key ID,Secret access key\nAKIAZQ3VT7MLXW6PRK2Y,", secret, "\n", "AWS_SECRET_ACCESS_KEY");
    expect_among("AKIAZQ3VT7MLXW6PRK2Y:", secret, "", "AWS_SECRET_ACCESS_KEY");
    expect_among("keys: AKIAZQ3VT7MLXW6PRK2Y / ", secret, " (rotate!)", "AWS_SECRET_ACCESS_KEY");
    expect_among("ASIAZQ3VT7MLXW6PRK2Y\t", secret, "\tsession", "AWS_SECRET_ACCESS_KEY");
    expect_among("'AKIAZQ3VT7MLXW6PRK2Y', '", secret, "'", "AWS_SECRET_ACCESS_KEY");
    expect_found("", "AKIAZQ3VT7MLXW6PRK2Y", ", then build 1.24.3 of the image, 40 characters", "AWS_ACCESS_KEY_ID");
}

static void finds_secrets_by_class_round_six(void **state)
{
    (void)state;
    expect_found("", "Adm1n&671eWc", " er passordet til testserveren", "ENV_SECRET");
    expect_found("note: ", "Xk9#mPq2vL", " is the new staging password", "ENV_SECRET");
    expect_found("`", "Xk9#mPq2vL", "` ist das neue WLAN-Passwort", "ENV_SECRET");
    expect_found("", "Xk9#mPq2vL", " c'est le mdp du routeur", "ENV_SECRET");
    expect_found("usa ", "Xk9#mPq2vL", " como contrase\xc3\xb1" "a", "ENV_SECRET");
    expect_found("", "Xk9#mPq2vL", " \xc3\xa4r l\xc3\xb6senordet till servern", "ENV_SECRET");
    expect_found("Das Passwort f\xc3\xbcr die Staging-Kiste im Keller ist ", "Dragon2000%", ", bitte", "ENV_SECRET");
    expect_found("La clave del wifi en casa de Juan Pablo es ", "harbour horse mountain", ".", "ENV_SECRET");
    expect_found("Le code wifi chez Marie c'est ", "thistle correct maple 39", ".", "ENV_SECRET");
    expect_found("la cl\xc3\xa9 wifi de la maison est ", "Hytte2019!x", ", merci.", "ENV_SECRET");
    expect_found("La cl\xc3\xa9 de s\xc3\xa9" "curit\xc3\xa9 du r\xc3\xa9seau est ", "Hytte2019!x", " !", "ENV_SECRET");
    expect_nothing("la cl\xc3\xa9 USB est dans le tiroir, the network key is stored in the vault.");
    expect_found("admin login is app and the pw is ", "Soleil2018#", " - best", "ENV_SECRET");
    expect_found("mdp : ", "Bamse2000*", " \xe2\x80\x94 ne le partage pas", "ENV_SECRET");
    expect_found("  Kennwort: ", "yivcckbszwes", "\n", "ENV_SECRET");
    expect_found("[08:45] sophie: yo whats the staging db pw again\n[08:46] lui: ", "h0I&oTP55EOqQDHyOXw",
                 " (dont paste it)", "ENV_SECRET");
    expect_found(" * NB: login admin / ", "Tr0ub4dor#89vcn", " \xe2\x80\x94 ask first", "ENV_SECRET");
    expect_found("cy.get('#password').type('", "Primavera2022#", "')", "ENV_SECRET");
    expect_found("await page.fill('input[name=\"password\"]', '", "Primavera2022#", "');", "ENV_SECRET");
    expect_found("fill_in 'Password', with: '", "Primavera2022#", "'", "ENV_SECRET");
    expect_found("define( 'SECURE_AUTH_KEY', '", "g=#26&7^dy_ir^5!44rfsdez7-o_27", "' );", "ENV_SECRET");
    expect_found("<wsse:Password Type=\"#PasswordText\">", "Tr0ub4dor&94Wae", "</wsse:Password>", "ENV_SECRET");
    expect_found("<param name=\"password\">", "Tr0ub4dor94Wae", "</param>", "ENV_SECRET");
    expect_found("7) \"session\"\n8) \"", "b1c1af2ab644feaae772b97119195a4f", "\"", "ENV_SECRET");
    expect_found("play.http.secret.key = \"", "0d8f55860d199919a109ae8768a44544", "\"", "ENV_SECRET");
    expect_found("$ consul kv get config/billing/db_password\n", "C0rrect!50YMP", "\n", "ENV_SECRET");
    expect_found("user = \"postgres:", "OrbitFalcon9548~", "\"\n", "ENV_SECRET");
    expect_found("echo \"", "Sunshine2009!", "\" | docker login -u deploy --password-stdin registry", "ENV_SECRET");
    expect_found("printf '%s' '", "Sunshine2009!", "' | docker login -u ci --password-stdin", "ENV_SECRET");
    expect_found("docker login -u ci --password-stdin <<< \"", "Sunshine2009!", "\"", "ENV_SECRET");
    expect_found("\"bearer\": {\"packages.acme.io\": \"", "7K9hmxtw3jd8QQejbAKj5R2Y6HIeBHR", "\"}", "ENV_SECRET");
    expect_found("influx -username admin -password ", "Tr0ub4dor94Wae", "\n", "ENV_SECRET");
    expect_found("jarsigner -storepass pass:", "Tr0ub4dor94Wae", " app.apk", "ENV_SECRET");
    expect_found("openssl passwd -6 ", "Tr0ub4dor94Wae", "\n", "ENV_SECRET");
    expect_found("xfreerdp /u:admin /p:", "Tr0ub4dor94Wae", " /v:host", "ENV_SECRET");
    expect_found("dotnet user-secrets set \"Db:Password\" \"", "Tr0ub4dor94Wae", "\"", "ENV_SECRET");
    expect_found("proxy_set_header Authorization \"Bearer ", "Tr0ub4dor94WaeXY", "\";", "ENV_SECRET");
    expect_found("IDENTIFIED WITH caching_sha2_password BY '", "Tr0ub4dor94Wae", "';", "ENV_SECRET");
    expect_found("dn: uid=ola,ou=people\nuserPassword:: ", "e1NTSEF9Kx8vQ2mLp7wR4tYu", "\n", "ENV_SECRET");
    expect_found("I changed the password to ", "Kx8!vQ2mLp", " yesterday", "ENV_SECRET");
    expect_found("Zugangsdaten f\xc3\xbcr den Server: admin / ", "Kx8!vQ2mLp", "\n", "ENV_SECRET");
    expect_found("log in as admin with ", "Kx8!vQ2mLp", " today", "ENV_SECRET");
    expect_found("user admin pw ", "Kx8!vQ2mLp", "\n", "ENV_SECRET");
    expect_found("$pdo = new PDO('mysql:host=db;dbname=x', 'app', '", "Kx8!vQ2mLp", "');", "ENV_SECRET");
    expect_found("$smtp->auth('ops', '", "Kx8!vQ2mLp", "');", "ENV_SECRET");
    expect_found("token = jwt.encode(payload, '", "Kx8vQ2mLp7wR4tYu9", "', algorithm='HS256')", "ENV_SECRET");
    expect_found("crypto.createHmac('sha256', '", "Kx8vQ2mLp7wR4tYu9", "')", "ENV_SECRET");
    expect_found("az keyvault secret set --vault-name kv --name db --value ", "Kx8!vQ2mLp", "\n", "ENV_SECRET");
    expect_nothing("the password for the account is stored in the vault\n");
    expect_nothing("the password is never sent over plain email\n");
    expect_nothing("reset the s3cr3tx password first\n");
    expect_nothing("echo \"$DOCKER_PASSWORD\" | docker login -u ci --password-stdin\n");
    expect_nothing("ssh login -p 2222 host\n");
    expect_nothing("define( 'NONCE_SALT', 'put your unique phrase here' );\n");
    expect_nothing("{\"subject\": \"Can't reset my password\", \"requester\": {\"name\": \"x\"}}\n");
    expect_nothing("let pw = Password::new(input);\nthe password to connect to the VPN is in the vault\n");
}

/* Round eight (issue 15, dev8 classes): a typed value as a collector prints it, a
 * credential in a list and a JSON key inside a setting's string, a token after a remark in
 * parentheses, the code to a door in six languages, a secret told by what one types, whose
 * login is which, a value that opens with '&'. Placeholders and sentences stay. */
static void finds_secrets_by_class_round_eight(void **state)
{
    (void)state;
    expect_found("     -> db.password: Str(", "+bvW&EkQywxsS&EXn+s", ")\n", "ENV_SECRET");
    expect_found("    api_key: Some(\"", "Kx8vQ2mLp7wR4tYu9", "\"),\n", "ENV_SECRET");
    expect_found("\"credentials\": [{\"type\": \"password\", \"value\": \"", "Fotball2021*",
                 "\", \"temporary\": true}]", "ENV_SECRET");
    expect_found("{\"type\": \"password\", \"value\": \"", "?#QgUKOkHkkg2+", "\"}", "ENV_SECRET");
    expect_found("HASURA_GRAPHQL_JWT_SECRET: '{\"type\":\"HS256\",\"key\":\"",
                 "236442dc368fbaa2937dcecad25d00bc", "\"}'", "ENV_SECRET");
    expect_among("# endpoint signing secret (from the dashboard): ", "Yl7hZ5yO8LligyneDee4Jj8plFC3djnsUO3WVdd", "\n",
                 "SECRET_TOKEN");
    expect_found("it's Ana. new code for the door is ", "ivgp-wbzyy-awpt-31", ", don't share", "ENV_SECRET");
    expect_found("the gate code is ", "Qx7#kd92Lm", " now", "ENV_SECRET");
    expect_found("d\xc3\xb8rkoden er ", "Qx7kd92Lmz", " fra i dag", "ENV_SECRET");
    expect_found("koden till porten \xc3\xa4r ", "Qx7kd92Lmz", " nu", "ENV_SECRET");
    expect_found("der T\xc3\xbcrcode lautet ", "Qx7kd92Lmz", " ab heute", "ENV_SECRET");
    expect_found("le digicode c'est ", "Qx7kd92Lmz", " maintenant", "ENV_SECRET");
    expect_found("el c\xc3\xb3" "digo de la puerta es ", "Qx7kd92Lmz", " desde hoy", "ENV_SECRET");
    expect_found("the thing you type at the vpn prompt is ", "Adm1n%8581lGw", ", all one word", "ENV_SECRET");
    expect_found("det du skriver i VPN-rutan, \xc3\xa4r ", "Xk9mPq2vvQ", " ok", "ENV_SECRET");
    expect_found("was du beim VPN eintippst, ist ", "Xk9mPq2vvQ", " ok", "ENV_SECRET");
    expect_found("lo que escribes en la VPN es ", "Xk9mPq2vvQ", " ok", "ENV_SECRET");
    expect_found("both need a login; Mary's is ", "Adm1n#0815Lpw", " now", "ENV_SECRET");
    expect_found("les identifiants, celui de Marie c'est ", "Xk9mPq2vvQ", " ok", "ENV_SECRET");
    expect_found("le mot de passe, celui que tu tapes pour le VPN, c'est ", "&Uv7Xf!K*L71kL9kc7Li", " ok",
                 "ENV_SECRET");
    expect_nothing("\"smtpServer\": {\"password\": \"not-set\"}\n");
    expect_found("mount -t cifs //fs/fin /mnt -o username=ola,password=", "Kx8vQ2mLp7wR", ",vers=3.0", "ENV_SECRET");
    expect_found("psexec \\\\host -u admin -p ", "Kx8vQ2mLp7wR", " cmd", "ENV_SECRET");
    expect_nothing("mysql -u root -p 3306 db\n");
    expect_found("write(3, \"PASS ", "Kx8vQ2mLp7wR", "\\r\\n\", 19) = 19\n", "ENV_SECRET");
    expect_found("write(3, \"a1 LOGIN admin ", "Kx8vQ2mLp7wR", "\\r\\n\", 26) = 26\n", "ENV_SECRET");
    expect_found("write(3, \"password ", "Kx8vQ2mLp7wR", "\\0\", 24) = 24\n", "ENV_SECRET");
    expect_found("> USER ola\n> PASS ", "Kx8vQ2mLp7wR", "\n< 230 Logged in\n", "ENV_SECRET");
    expect_nothing("PASS  src/app.test.js\nPASS 12\n");
    expect_nothing("Docs say use xoxb-not-a-real-token as the example\n");
    expect_nothing("the password is &lt;from-vault&gt; and && make\n");
    expect_nothing("the error code is E1234567 and the code for the build is v2.3.4-rc1\n");
    expect_nothing("if you type the command the result is HTTP/1.1 and what you enter is ${PASSWORD}\n");
    expect_nothing("the login page is broken; John's is fine\n");
    expect_nothing("     -> http.route: Str(/v1/customers)\n");
}

static void finds_emails_once(void **state)
{
    (void)state;
    expect_found("Mail ", "ann.lee+tag@mail.example.co.uk", ".", "EMAIL");   /* many ends, one span */
    expect_found("(", "bob@example.com", ")", "EMAIL");
}

static void leaves_decoys_alone(void **state)
{
    (void)state;
    expect_nothing("sk-1234 is not a key, nor is sk-proj-short");
    expect_nothing("AKIA1234 and XAKIAIOSFODNN7EXAMPLEX are not key ids");
    expect_nothing("write to foo@bar or @handle or a@b.c");
    expect_nothing("version 1.2.3, price $4.50, order #12345, Monday in Paris");
    expect_nothing("notghp_abcghdefghijklmnopqrstuvwxyzABCDEFGH is glued to a word");
}

static void finds_digit_shaped_values(void **state)
{
    (void)state;
    expect_found("card ", "4206 4583 3793 9858", " exp 12/29", "CREDIT_CARD");
    expect_found("order 12 ", "5587-8591-0945-2754", ".", "CREDIT_CARD");
    expect_found("amex ", "375423292022309", " ok", "CREDIT_CARD");
    expect_found("pay to ", "DE26 5001 0517 1734 0727 04", " please", "IBAN");
    expect_found("SSN: ", "536-22-8726", ",", "SSN_US");
    expect_found("SIN ", "130 692 544", ".", "SIN_CA");
    expect_found("fnr ", "15076500565", " ", "NO_FNR");
    expect_found("pnr ", "811218-9876", " ", "SE_PERSONNUMMER");
    expect_found("NINO ", "AB 12 34 56 C", ".", "UK_NINO");
    expect_found("call ", "+47 912 34 567", " today", "PHONE");
    expect_found("host ", "192.168.10.1", " is up", "IP_ADDRESS");
    expect_found("v6 ", "2001:db8::8a2e:370:7334", " ok", "IP_ADDRESS");
}

static void leaves_digit_decoys_alone(void **state)
{
    (void)state;
    expect_nothing("card 4111 1111 1111 1112 fails Luhn");
    expect_nothing("SSN 936-22-8726 is in the 9xx area");
    expect_nothing("version 1.2.3.4.5 and 10.0 and 3.14159");
    expect_nothing("order 1234-5678-9012, total 1,234.56, on 2024-05-17 at 10:30:00");
    expect_nothing("fnr 15076500566 has a wrong control digit");
}

/* Issue 15: an IPv4 address with a port was never masked. The address is the value, the
 * port stays; a time glued on, an unbracketed IPv6 "port" and a port out of range do not
 * turn a number into an address. */
static void finds_ipv4_before_a_port(void **state)
{
    (void)state;
    expect_found("psql -h ", "10.1.2.3", ":5432 -U app", "IP_ADDRESS");
    expect_found("REDIS=db=", "192.168.10.20", ":6379\n", "IP_ADDRESS");
    expect_found("curl http://", "172.16.0.5", ":8080/x", "IP_ADDRESS");
    expect_found("upstream [", "10.0.0.1", "]:443;", "IP_ADDRESS");
    expect_found("listen ", "10.9.8.7", ":65535.", "IP_ADDRESS");
    expect_nothing("at 10.11.12.13:45:00 it broke");
    expect_nothing("bad 10.1.2.3:65536 and 10.1.2.3:0 and 10.1.2.3:80x");
    expect_nothing("build 1.2.3.400:8080 is not an address");

    const char *text = "peers 10.0.0.1:80,10.0.0.2:80";
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    assert_int_equal(count, 2);
    assert_string_equal(found[0].type->name, "IP_ADDRESS");
    assert_int_equal(found[0].start, 6);
    assert_int_equal(found[0].end, 14);
    assert_string_equal(found[1].type->name, "IP_ADDRESS");
    assert_int_equal(found[1].start, 18);
    assert_int_equal(found[1].end, 26);
}

/* A JWT longer than 4,096 bytes was masked only up to there, its tail sent as is; one with a
 * payload that long was not masked at all. The whole token is the value. */
static void finds_a_long_jwt_whole(void **state)
{
    (void)state;
    const size_t part_lengths[][3] = { { 20, 40, 10000 }, { 20, 9000, 43 }, { 3000, 3000, 3000 } };
    for (size_t i = 0; i < sizeof part_lengths / sizeof part_lengths[0]; i++) {
        const char *before = "Authorization: Bearer ";
        size_t token_length = part_lengths[i][0] + part_lengths[i][1] + part_lengths[i][2] + 2;
        size_t length = strlen(before) + token_length + 2;
        char *text = malloc(length + 1);
        assert_non_null(text);
        size_t at = (size_t)sprintf(text, "%s", before);
        for (size_t part = 0; part < 3; part++) {
            for (size_t k = 0; k < part_lengths[i][part]; k++) {
                text[at++] = k < 2 && part < 2 ? "ey"[k] : "AbCd0_-9"[(k + part) % 8];
            }
            if (part < 2) {
                text[at++] = '.';
            }
        }
        memcpy(text + at, ". ", 3);
        struct candidate found[8];
        size_t count = pattern_set_scan(&set, text, length, found, 8);
        assert_int_equal(count, 1);
        assert_string_equal(found[0].type->name, "JWT");
        assert_int_equal(found[0].start, strlen(before));
        assert_int_equal(found[0].end, strlen(before) + token_length);
        free(text);
    }
}

static void several_in_one_text(void **state)
{
    (void)state;
    const char *text = "ann@example.com sent AKIACFNVKZUA73LPAWLE to bob@example.org.";
    struct candidate found[8];
    size_t count = pattern_set_scan(&set, text, strlen(text), found, 8);
    assert_int_equal(count, 3);
    assert_string_equal(found[0].type->name, "EMAIL");
    assert_string_equal(found[1].type->name, "AWS_ACCESS_KEY_ID");
    assert_string_equal(found[2].type->name, "EMAIL");
    assert_int_equal(found[2].end, strlen(text) - 1);          /* the sentence's dot is not the address's */
}

static void a_bad_pattern_names_its_type(void **state)
{
    (void)state;
    static const struct entity_type broken[] = {
        { "FINE", SPAN_OVER_CHARS, "abc", NULL, 3, 3, NULL, NULL, false, SCAN_WHOLE_TEXT },
        { "EMPLOYEE_ID", SPAN_OVER_CHARS, "E-[0-9", NULL, 3, 10, NULL, NULL, false, SCAN_WHOLE_TEXT },
    };
    struct pattern_set bad;
    char error[256];
    assert_false(pattern_set_compile(&bad, broken, 2, error, sizeof error));
    assert_non_null(strstr(error, "EMPLOYEE_ID"));
}

static int reference_order(const void *a, const void *b)
{
    const struct candidate *x = a, *y = b;
    if (x->start != y->start) {
        return x->start < y->start ? -1 : 1;
    }
    if (y->end - y->start != x->end - x->start) {
        return (y->end - y->start) > (x->end - x->start) ? 1 : -1;
    }
    return x->type < y->type ? -1 : x->type > y->type;
}

/* candidates_resolve merges up to four ordered runs instead of sorting: whatever the runs
 * (one, four, more; ties, overlaps, runs longer than its stack room), it keeps exactly
 * what sorting and then resolving keeps. */
static void resolving_runs_equals_sorting(void **state)
{
    (void)state;
    static const struct entity_type types[2] = { { .name = "A" }, { .name = "B" } };
    enum { MOST = 400 };
    static struct candidate runs[MOST], sorted[MOST];
    unsigned seed = 12345;
    for (int trial = 0; trial < 300; trial++) {
        size_t count = 1 + (size_t)trial % MOST, run_count = 1 + (size_t)trial % 7;
        for (size_t i = 0; i < count; i++) {
            seed = seed * 1103515245u + 12345u;
            size_t start = (seed >> 8) % 600, len = 1 + (seed >> 20) % 12;
            runs[i] = (struct candidate){ start, start + len, &types[(seed >> 4) & 1] };
        }
        /* Each of run_count slices in order, as the scans and the finders append them. */
        for (size_t r = 0; r < run_count; r++) {
            size_t from = count * r / run_count, to = count * (r + 1) / run_count;
            qsort(runs + from, to - from, sizeof *runs, reference_order);
        }
        memcpy(sorted, runs, count * sizeof *runs);
        qsort(sorted, count, sizeof *sorted, reference_order);
        size_t expected = 0;
        for (size_t i = 0; i < count; i++) {
            if (expected > 0 && sorted[i].start < sorted[expected - 1].end) {
                if (sorted[i].end - sorted[i].start > sorted[expected - 1].end - sorted[expected - 1].start) {
                    sorted[expected - 1] = sorted[i];
                }
                continue;
            }
            sorted[expected++] = sorted[i];
        }
        size_t kept = candidates_resolve(runs, count);
        assert_int_equal(kept, expected);
        for (size_t i = 0; i < kept; i++) {
            assert_true(runs[i].start == sorted[i].start && runs[i].end == sorted[i].end
                        && runs[i].type == sorted[i].type);
        }
    }
}

/* Round seven (issue 15, dev7): numbers found by their shape alone, with no cue. */
static void finds_numbers_by_shape_round_seven(void **state)
{
    (void)state;
    expect_found("can you text Bram on ", "1 303 555-0282", "? thanks", "PHONE");
    expect_found("reach her on ", "(617) 555.0244", "; her son", "PHONE");
    expect_found("PER*IP**HP*", "404 555.0299", "~", "PHONE");
    expect_found("Greta Lind \xe2\x80\x94 ", "(0)73-555 12 34", " \xe2\x80\x94 greta", "PHONE");
    expect_found("Elizabeth: ", "07700-910-461", "; her daughter", "PHONE");
    expect_found("Hilsen Knut\n", "555.31.279", "\n", "PHONE");
    expect_found("Emergency desk  ", "1-888-PLOWING", "\n", "PHONE");
    expect_found("or our hotline ", "(877) GET-HELP", ". Thanks", "PHONE");
    expect_found("hotline ", "+1 800 FLYHOME", " today", "PHONE");
    expect_found("Bara s\xc3\xa5 du vet: ", "195503232430", " st\xc3\xa5r p\xc3\xa5 papper", "SE_PERSONNUMMER");
    expect_found("Nur zur Info: ", "61 803 152 495", " steht auf Unterlagen", "DE_TAX_ID");
    /* What only looks like them. */
    expect_nothing("build 202405121530 finished");          /* a stamp: its Luhn passes, its year is too late */
    expect_nothing("Kundennummer 31 415 926 535 angeben");    /* a Steuer-ID's grouping, not its check */
    expect_nothing("Kundennummer 12 345 678 903 angeben");    /* its check, ten distinct digits */
    expect_nothing("see 1-800-FLOWERS.COM and room 800 ABC");
    expect_nothing("trial NCT01234567 and value (0) returned");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finds_numbers_by_shape_round_seven),
        cmocka_unit_test(finds_secrets_with_exact_spans),
        cmocka_unit_test(finds_emails_once),
        cmocka_unit_test(finds_secrets_by_class),
        cmocka_unit_test(finds_secrets_by_class_round_four),
        cmocka_unit_test(finds_secrets_by_class_round_six),
        cmocka_unit_test(finds_secrets_by_class_round_eight),
        cmocka_unit_test(finds_aws_secret_beside_its_key_id),
        cmocka_unit_test(leaves_decoys_alone),
        cmocka_unit_test(finds_digit_shaped_values),
        cmocka_unit_test(leaves_digit_decoys_alone),
        cmocka_unit_test(finds_ipv4_before_a_port),
        cmocka_unit_test(finds_a_long_jwt_whole),
        cmocka_unit_test(several_in_one_text),
        cmocka_unit_test(a_bad_pattern_names_its_type),
        cmocka_unit_test(resolving_runs_equals_sorting),
    };
    return cmocka_run_group_tests(tests, compile_builtin, release_builtin);
}
