/* Secrets where the name and the value are not joined by '=' or ':' (issue 15, dev3): a
 * name/value pair (Postman, Kubernetes and ECS env entries, <add key= value=>), a word
 * before the value (vault kv get, Dockerfile ENV, .netrc, redis.conf, SQL, prose in the six
 * languages), code (setters, quoted names, call arguments, XML, Terraform, JSON in JSON),
 * short command-line flags, names in every case (kebab, camel), credentials in URLs with no
 * scheme or no user (Go's DSN, Oracle, a token as the user, .pgpass). Each value masked
 * exactly, and what only stands where a secret would (stand-ins, words, ids under keys
 * that name no secret) left alone. */
#include "tests/unit/unit.h"

#include "tests/unit/scrub_testing.h"

/* `value` inside `before` + value + `after` is masked as ENV_SECRET (URL_CREDENTIAL), exactly, alone. */
static void expect_secret(const char *before, const char *value, const char *after)
{
    expect_masked(before, value, after, "ENV_SECRET");
}

static void expect_url_credential(const char *before, const char *value, const char *after)
{
    expect_masked(before, value, after, "URL_CREDENTIAL");
}

static void name_value_pairs(void **state)
{
    (void)state;
    expect_secret("{\"key\": \"client_secret\", \"value\": \"", "7f3a9c01be45d2e8", "\", \"enabled\": true}");
    expect_secret("[{\"key\":\"apiKey\",\"value\":\"", "Qm4vT8zLp2Wx", "\",\"type\":\"text\"}]");
    expect_secret("env:\n  - name: DB_PASSWORD\n    value: \"", "Vt6rPq9xLm2", "\"\n");
    expect_secret("\"environment\": [{\"name\": \"API_TOKEN\", \"value\": \"", "kX82mQp0vZr7", "\"}]");
    expect_secret("<add key=\"DbPassword\" value=\"", "Ws9!kLm2Qx", "\" />");
    expect_secret("--parameters ParameterKey=DbPassword,ParameterValue=", "Pq7mZx2Kv9", ",UsePreviousValue=false");
}

static void words_before_values(void **state)
{
    (void)state;
    expect_secret("Key         Value\n---         -----\npassword    ", "d08goi39srux", "\nusername    app\n");
    expect_secret("api_token   ", "4d30ea2f4b01bf8ead5cde07f932f72a", "\n");
    expect_secret("FROM python:3.12\nENV DB_PASSWORD ", "Tz4qWm8Lx1", "\nRUN pip install -r req.txt");
    expect_secret("machine ftp.example.com login app password ", "HamsterPepper5148-", "\n");
    expect_secret("the wifi password is ", "rXx8qGYbHPl4m6", " (rotate monthly).");
    expect_secret("Repro: password ", "6t5wktutuggixmq2", " works on web, not on iOS.");
    expect_secret("Das Passwort lautet ", "Kw3!pZr8Lm", ", bitte nicht weitergeben.");
    expect_secret("Le mot de passe est ", "mP4sQ9!zXr", " pour le compte admin.");
    expect_secret("La contrase\xc3\xb1" "a es ", "Zr8mQ2pLx7", " para el usuario admin.");
    expect_secret("L\xc3\xb6senordet \xc3\xa4r ", "Fq9mT2xW4k", " till admin-kontot.");
    expect_secret("Passordet er ", "Bn5kR8zQ2m", " for admin-brukeren.");
    expect_secret("Passwort: ", "Lm2xQ8vR4t", "\n");
    expect_secret("# redis.conf\nrequirepass ", "Rq7vLm2Xp9", "\n");
    expect_secret("1623704645.441021 [0 lua] \"AUTH\" \"", "p2m9J2OB3pNGZzTQ4", "\"");
    expect_secret("CREATE USER 'app'@'%' IDENTIFIED BY '", "My5qlPw!x8", "';");
    expect_secret("ALTER ROLE reporting WITH LOGIN PASSWORD '", "Pg8rPw!x2m", "';");
}

static void code_literals(void **state)
{
    (void)state;
    expect_secret("\tt.Setenv(\"DB_PASSWORD\", \"", "PepperFalcon2935.", "\")\n");
    expect_secret("os.environ[\"API_TOKEN\"] = \"", "a91f0c2d7e4b", "\"\n");
    expect_secret("$config = ['password' => '", "Ph9pW!x2Lm", "'];");
    expect_secret("ds = builder.username(\"app\").password(\"", "Bu1lderPw9x", "\").build();");
    expect_secret("r = requests.get(url, auth=(\"admin\", \"", "Au7hTupl3x", "\"))");
    expect_secret("var cred = new NetworkCredential(\"svc_app\", \"", "N3tCr3dPw", "\");");
    expect_secret("$pw = ConvertTo-SecureString \"", "S3cur3Str!ng", "\" -AsPlainText -Force");
    expect_secret("<datasource>\n  <password>", "m04s70xwb76btkqwn5", "</password>\n</datasource>");
    expect_secret("variable \"db_password\" {\n  type    = string\n  default = \"", "ZeA5jbsBXA3hcMNWc", "\"\n}");
    expect_secret("\"SecretString\": \"{\\\"username\\\":\\\"app\\\",\\\"password\\\":\\\"", "Js0nInJs0n9",
                  "\\\"}\"");
    expect_secret("await page.fill(\"#password\", \"", "Pl4ywr1ghtPw", "\");");
}

static void short_command_line_flags(void **state)
{
    (void)state;
    expect_secret("$ redis-cli -a ", "lrGujDyQ.MTaXtL6NOv", " MONITOR");
    expect_secret("$ redis-cli -h cache -p 6379 -a ", "Rd1sPw9x", " ping");
    expect_secret("sshpass -p '", "xq1.MMHaC9WaN6pQIZ1Y", "' scp dump.sql app@host:/tmp/");
    expect_secret("$ docker login -u deploy -p ", "D0ckerPw9", " registry.example.com");
    expect_secret("$ htpasswd -b -c .htpasswd admin ", "wvr950qa30ji4", "\n");
    expect_url_credential("http -a admin:", "H7tp1ePw", " GET https://api.example.com/v1/users");
}

static void names_in_every_case(void **state)
{
    (void)state;
    expect_secret("hmac-key: ", "OrbitWinter181~", "\n");
    expect_secret("secret-key-base: ", "f2aaf438c6b8068dc5d44036c002e162", "\n");
    expect_secret("{\"dbPass\": \"", "oc9is0j8ht", "\"}");
    expect_secret("{\"rootPw\": \"", "aERkuneO2RUip6uBgF0l", "\"}");
    expect_secret("gh_pat = \"", "W56KTLTYXPa_W4MxMs3", "\"");
    expect_secret("ENCRYPTION_SALT=", "TigerBlue9011~", "\n");
    expect_secret("API key: ", "299669a9dafe33c46c167125ea44b21db6b89c33", "\n");
    expect_secret("      - routing_key: ", "26c035c0a09cfce14db0699202bd9087", "\n");
}

static void credentials_in_urls_without_scheme(void **state)
{
    (void)state;
    expect_url_credential("dsn := \"app:", "G0dsnPw9x", "@tcp(db.internal:3306)/orders?parseTime=true\"");
    expect_url_credential("root:", "S0ckPw7x", "@unix(/var/run/mysqld/mysqld.sock)/shop");
    expect_url_credential("jdbc:oracle:thin:scott/", "Tig3rPw9", "@db.example.com:1521/ORCL");
    expect_url_credential("git clone https://", "K7cZrV5we~Fy8ZX2pseZ", "@github.com/acme/app.git");
    expect_secret("# ~/.pgpass\ndb.example.com:5432:orders:app:", "vokvmitflq7neok", "\n");
}

/* Stand-ins, words and ids under keys that name no secret stay as they are. */
static void what_only_stands_where_a_secret_would(void **state)
{
    (void)state;
    expect_untouched("{\"key\": \"api_key_template\", \"value\": \"{{ api_key }}\", \"enabled\": false}");
    expect_untouched("{\"key\": \"client_secret\", \"value\": \"<REDACTED>\"}");
    expect_untouched("env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n");
    expect_untouched("- name: GIT_COMMIT\n  value: 9fceb02d0ae598e95dc970b74767f19372d61af8\n");
    expect_untouched("{\"key\": \"build_sha\", \"value\": \"9fceb02d0ae5\"}");
    expect_untouched("routing_key: orders.created\nsort_key: created_at\n");
    expect_untouched("The token limit is 4096 tokens and the password reset link expires tomorrow.");
    expect_untouched("Passwort vergessen? Le mot de passe est incorrect. La contrase\xc3\xb1" "a es demasiado corta.");
    expect_untouched("password    ${DB_PASSWORD}\napi_token   {{ .Values.token }}\n");
    expect_untouched("ENV DB_PASSWORD changeme\n");
    expect_untouched("t.Setenv(\"DB_PASSWORD\", os.Getenv(\"CI_DB_PASSWORD\"))\n");
    expect_untouched("$ redis-cli -a $REDIS_PASSWORD MONITOR\n");
    expect_untouched("$ docker run -p 8080:80 nginx\n");
    expect_untouched("auth required pam_unix.so\nauth [success=1 default=ignore] pam_ldap.so\n");
    expect_untouched("localhost:5432:*:postgres:postgres\n");
    expect_untouched("smtps://alerts:{{ .Values.smtp.password }}@smtp.example.com:465\n");
    expect_untouched("<password>${env.DB_PASSWORD}</password>\nBearer <token> here\n");
    expect_untouched("xoxb-your-bot-token");
    expect_untouched("$password = Read-Host -AsSecureString\n");
    expect_untouched("variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n");
}

/* A tool's arguments are parsed JSON: each string is scrubbed alone, with its key. */
static void expect_keyed(const char *key, const char *value, bool masked)
{
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    struct buffer out;
    buffer_init(&out, &arena, 64);
    size_t count = scrub_keyed_text(&scrubber, &vault, slice_of(key, strlen(key)), value, strlen(value), &out);
    if (count != (masked ? 1u : 0u) || (masked && strcmp(out.data, "[ENV_SECRET_1]") != 0)) {
        fail_msg("\"%s\": \"%s\" gave '%s' (%zu masked)", key, value, out.data, count);
    }
    arena_release(&arena);
}

static void keys_of_parsed_json(void **state)
{
    (void)state;
    expect_keyed("password", "Ta7wQm3zKp", true);
    expect_keyed("dbPass", "Ta7wQm3zKp", true);
    expect_keyed("api_key", "9c41d0e7a25b8f3611aa", true);
    expect_keyed("X-Auth-Token", "kQ8vNz3rTx", true);
    expect_keyed("password", "changeme", false);
    expect_keyed("password", "{{ .Values.db.password }}", false);
    expect_keyed("token_type", "bearer", false);
    expect_keyed("max_tokens", "4096", false);
    expect_keyed("tokenizer", "cl100k_base", false);
    expect_keyed("secret_name", "db-credentials-v2", false);
    expect_keyed("baseUrl", "Ta7wQm3zKp", false);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(name_value_pairs),
        cmocka_unit_test(words_before_values),
        cmocka_unit_test(code_literals),
        cmocka_unit_test(short_command_line_flags),
        cmocka_unit_test(names_in_every_case),
        cmocka_unit_test(credentials_in_urls_without_scheme),
        cmocka_unit_test(what_only_stands_where_a_secret_would),
        cmocka_unit_test(keys_of_parsed_json),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
