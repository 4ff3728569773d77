/* Secrets and credentials as configs, connection strings, shell commands and HTTP dumps
 * carry them: each shape masked with its exact value and nothing around it (a URL keeps
 * its scheme, user and host), and each kind of placeholder that stands where a secret
 * would (references, masks, words that ask for one, code, public URLs) left alone. */
#include "tests/unit/unit.h"

#include "scrub/validators.h"
#include "tests/unit/scrub_testing.h"

static void passwords_in_urls(void **state)
{
    (void)state;
    expect_masked("DATABASE_URL=postgres://app:", "Xk9vQ2mLp7", "@db:5432/app", "URL_CREDENTIAL");
    expect_masked("url: postgresql://svc_user:", "q8#Lm2!xZ", "@prod-db.abc123.eu-west-1.rds.amazonaws.com/app\n",
                  "URL_CREDENTIAL");
    expect_masked("mysql://root:", "short1", "@localhost/db", "URL_CREDENTIAL");
    expect_scrubbed("MARIADB=mariadb://app:M4ria_pw@10.0.0.5:3306/app",
                    "MARIADB=mariadb://app:[URL_CREDENTIAL_1]@[IP_ADDRESS_1]:3306/app");
    /* The host after '@' reads like an e-mail domain: it is still the host, and stays. */
    expect_masked("REDIS_URL=redis://default:", "hR7nB2qX9z", "@cache.internal:6379/0", "URL_CREDENTIAL");
    expect_masked("rediss://:", "p4ssW0rdRedis", "@redis.example.com:6380", "URL_CREDENTIAL");
    expect_masked("\"mongodb+srv://admin:", "Mg0Secr3t99", "@cluster0.ab1cd.mongodb.net/test?retryWrites=true\"",
                  "URL_CREDENTIAL");
    expect_masked("amqps://guest:", "rabbitPw42", "@mq.example.org:5671/vhost", "URL_CREDENTIAL");
    expect_masked("ftp://deploy:", "Ftp-2024-x", "@files.example.net/", "URL_CREDENTIAL");
    expect_masked("ldap://cn=admin:", "Ld4pSecret", "@ldap.example.com", "URL_CREDENTIAL");
    expect_masked("git clone https://oauth2:", "glat9Xk2Lm7Qp", "@gitlab.example.com/team/repo.git", "URL_CREDENTIAL");
    /* A user that is an address stays an address; the password is the credential. */
    expect_scrubbed("smtp://ops@example.org:mailPw77x@smtp.example.org:587",
                    "smtp://[EMAIL_1]:[URL_CREDENTIAL_1]@smtp.example.org:587");
}

static void connection_strings(void **state)
{
    (void)state;
    expect_masked("jdbc:postgresql://db:5432/app?user=app&password=", "Jd8cPw2x", "&ssl=true", "URL_CREDENTIAL");
    expect_masked("jdbc:sqlserver://sql:1433;databaseName=app;user=sa;password=", "Sq1Srv!pw", ";encrypt=true",
                  "URL_CREDENTIAL");
    expect_masked("Server=tcp:sql.example.net,1433;Database=app;User Id=sa;Password=", "Ad0Pw!x9",
                  ";Encrypt=True;", "URL_CREDENTIAL");
    expect_masked("Driver={ODBC Driver 18};Server=x;Uid=sa;Pwd=", "q9Wx7z", ";", "URL_CREDENTIAL");
    /* A '.' inside the value before the next parameter is the password's. */
    expect_masked("jdbc:postgresql://db:5432/orders?user=etl&password=", "RiverHamster5115.", "&ssl=true",
                  "URL_CREDENTIAL");
    /* A longer value under a secret name still stops where the next parameter starts. */
    expect_masked("Host=db;Username=app;DB_PASSWORD=", "Np9!longpassword", ";Port=5432", "ENV_SECRET");
}

static void cloud_and_registry_keys(void **state)
{
    (void)state;
    expect_masked("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=",
                  "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0g0NQ==",
                  ";EndpointSuffix=core.windows.net", "ENV_SECRET");
    expect_masked("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=",
                  "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V=", "", "ENV_SECRET");
    expect_masked("https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&se=2025-01-01&sp=r&sig=",
                  "Ab3dEf9hIjKlMnOpQrStUvWxYz0123456789%2BabcdEF%3D", " expires soon", "URL_CREDENTIAL");
    expect_masked("{\"auths\": {\"registry.example.com\": {\"auth\": \"", "dXNlcjpwYXNzd29yZDEyMzQ1Ng==", "\"}}}",
                  "ENV_SECRET");
    expect_masked("{\"type\": \"service_account\", \"private_key_id\": \"", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                  "\", \"token_uri\": \"https://oauth2.googleapis.com/token\", "
                  "\"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\"}", "ENV_SECRET");
    expect_masked("\"private_key\": \"",
                  "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----",
                  "\\n\"", "PRIVATE_KEY");
}

static void assignments_in_any_case(void **state)
{
    (void)state;
    expect_masked("db:\n  user: app\n  pass: ", "hunter2Xq", "\n", "ENV_SECRET");
    expect_masked("mysql_pwd=", "abc123xy", "\n", "ENV_SECRET");
    expect_masked("DB_PASSWORD=", "TigerTiger4378.", "\n", "ENV_SECRET");   /* a final '.' may be the value's */
    expect_masked("Password: ", "s3cret!", "\n", "ENV_SECRET");
    expect_masked("[database]\npassword = ", "T0ml-pw9", "\n", "ENV_SECRET");
    expect_masked("{\"password\": \"", "Tr0ub4dor&3", "\"}", "ENV_SECRET");
    expect_masked("{\"userPassword\": \"", "hunter2x9", "\"}", "ENV_SECRET");
    expect_masked("DB_PASSWORD_HASH=", "x9Qm2LpW", "\n", "ENV_SECRET");
    expect_untouched("bypass: enabled-42\ncompass = north-1234\npassenger: seat-12A");
    expect_masked("{\"client_secret\": \"", "GOCSPX-abcdefghijklmnop1234567", "\"}", "ENV_SECRET");
    expect_masked("{\"apiKey\": \"", "9a8b7c6d5e4f3a2b1c0d", "\"}", "ENV_SECRET");
    expect_masked("{\"token\": \"", "a1b2c3d4e5f6a7b8c9d0e1f2", "\"}", "ENV_SECRET");
    expect_masked("{\"secret\": \"", "k8Jq2Lm9Xp", "\"}", "ENV_SECRET");
    /* Lowercase hex under a key that is no secret name by itself. */
    expect_masked("session_cookie = ", "3f9a2b7c1d8e4f6a", "\n", "SECRET_TOKEN");
    expect_masked("signing_key: ", "0123abcd4567ef890123abcd", "\n", "ENV_SECRET");
}

static void command_lines_and_headers(void **state)
{
    (void)state;
    expect_masked("mysql -u root -p'", "Qw3rty!9", "' app", "ENV_SECRET");
    expect_masked("mysqldump -uroot -p", "Qw3rty9x", " app > dump.sql", "ENV_SECRET");
    expect_masked("mysql -p", "Qw3rty9x", " -e 'select 1'", "ENV_SECRET");
    expect_masked("psql --password ", "Pg5Secret1", " -h db", "ENV_SECRET");
    expect_masked("vault login --token=", "s.Ab12Cd34Ef56Gh78", "", "ENV_SECRET");
    expect_masked("app --db-password '", "x7Yq!pw", "' --verbose", "ENV_SECRET");
    expect_masked("curl -s -u admin:", "Adm1nPw!", " https://api.example.com/v1", "URL_CREDENTIAL");
    expect_masked("curl -u deploy:", "8ZSG8H1mAlgvcWPfw", " https://registry.example.io/v2/_catalog", "URL_CREDENTIAL");
    expect_masked("conn = DriverManager.getConnection(url, \"app\", \"", "si8ydgm5pb0tli", "\");", "ENV_SECRET");
    expect_masked("curl -H 'Authorization: Bearer ", "3f9a2b7c1d8e4f6a0b1c2d3e", "' https://api.example.com",
                  "SECRET_TOKEN");
    expect_masked("curl -H \"Authorization: Basic ", "dXNlcjpwYXNzMTIz", "\" https://x.example", "SECRET_TOKEN");
    expect_masked("GET /v1 HTTP/1.1\nHost: api\nAuthorization: Bearer ", "abc.def-ghi_jkl123", "\n", "SECRET_TOKEN");
    expect_masked("headers = {\"Authorization\": \"token ", "a9f8e7d6c5b4a3f2e1d0", "\"}", "SECRET_TOKEN");
}

static void webhooks_and_bot_tokens(void **state)
{
    (void)state;
    expect_masked("post to https://hooks.slack.com/services/", "T0123ABCD/B0456EFGH/aBcDeFgHiJkLmNoPqRsTuVwX",
                  " now", "SLACK_TOKEN");
    expect_masked("https://discord.com/api/webhooks/123456789012345678/",
                  "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijklmnopqrstuvwxyzABCD", "", "URL_CREDENTIAL");
    expect_masked("The key I use is ", "adSTSwLTtW8UMthrAES136fKBX7orRYUE7gpaeVlkob4UG", " as token.", "SECRET_TOKEN");
    expect_masked("TELEGRAM_BOT=", "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0", "\n", "SECRET_TOKEN");
    expect_masked("https://api.telegram.org/bot", "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0", "/sendMessage",
                  "SECRET_TOKEN");
}

/* A vendor that documents a prefix for its tokens makes the token findable by its shape alone,
 * with no key before it (tests/scrub/census/generate_tokens.py): in prose, a log line, a list.
 * The same prefix before a placeholder, a body far too short, or a word is no token. */
static void vendor_tokens_by_prefix(void **state)
{
    (void)state;
    expect_masked("Why does ", "bkua_a4c123b1612dd272d1371c17149d439536b3216f", " fail on the agent?",
                  "GENERIC_API_KEY");
    expect_masked("sonar-scanner uses ", "sqp_daeeb975729fae923d5a4fd12aabfe228f219e9c", " for this project.",
                  "GENERIC_API_KEY");
    expect_masked("- linear: ", "lin_api_4qWB8dWKnHfDNxSIvPZZ63fFKcZjR4I0b3jRtaWr", "\n", "GENERIC_API_KEY");
    expect_masked("WARN rejected ", "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", " (expired)",
                  "GENERIC_API_KEY");
    expect_masked("docker login -u ci -p ", "dckr_pat_zHYIa4UOrGNATMuDJawTgsu8PO-", "", "GENERIC_API_KEY");
    expect_masked("Jeg limte inn ", "dp.pt.deeTFJGvVvQe1sKhBN88hXJsi6BwhTp3Fs2QhX6KWxO", " ved en feil.",
                  "GENERIC_API_KEY");
    expect_masked("# ", "AGE-SECRET-KEY-1SVUG68EU5Y0MYDN8FHFSGAWXEL2W2ME46VK59HP4AUPC4JY8WX9S3ZT3GM", "\n",
                  "GENERIC_API_KEY");
    expect_masked("HubSpot private app: ", "pat-eu1-8c4fa281-5d28-e0ad-69e5-8b081006f7e3", " (rotate me)",
                  "GENERIC_API_KEY");
    expect_masked("terraform login wrote ",
                  "q0pbqfi14ZgTsN.atlasv1.OVM14tuoIZWD1IAEov4QbKDFq1Y3gqSmPsSCdLKRcAQX9VjUPC94TNWLAVYFeRgpMPg",
                  " to credentials.tfrc.json", "GENERIC_API_KEY");
    expect_untouched("Replace bkua_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX with your own.");
    expect_untouched("The key starts with sqp_4c3cb and is listed under Settings.");
    expect_untouched("Example: DATABRICKS_HOST=https://x.cloud.databricks.com dapi0123456789abcdef0123456789abcdef");
    expect_untouched("Click re_run on the failed job; a key-value store; the dapi module; SELECT pk_id FROM t;");
    /* A publishable key is public by design (Mapbox pk.eyJ, Stripe pk_live_, PostHog phc_). */
    expect_untouched("The map loads with pk.eyJ1IjoiZGV2O1ck1pWc8CdsbXXBxskXXL4klQdhNdNMx19zyZKI.JWWsDCo_I0Z8S"
                     " in the page.");
    expect_untouched("We are API-first: see API-Reference. async with aio_context() as ctx: pass");
}

/* What stands where a secret would and is none: a reference, a mask, a word asking for
 * one, code, a path, a public URL. */
static void placeholders_are_not_secrets(void **state)
{
    (void)state;
    expect_untouched("OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXX");
    expect_untouched("AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nSTRIPE_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX");
    expect_untouched("GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX and ghp_XXXX...");
    expect_untouched("export API_KEY=YOUR_API_KEY\n{\"api_key\": \"your-api-key-here\", \"apiKey\": \"yourApiKey\"}");
    expect_untouched("Authorization: Bearer <token>\napi_key: <your-key>\nAuthorization: Bearer YOUR_TOKEN_HERE");
    expect_untouched("DB_PASSWORD=changeme\npassword: password\nAPI_TOKEN=REDACTED\nSECRET=[REDACTED]");
    expect_untouched("POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\nexport TOKEN=$GITHUB_TOKEN_VALUE\n"
                     "DB_PASSWORD=$(cat /run/secrets/db)\npassword: {{ .Values.db.password }}\n"
                     "password = %(db_password)s\nSECRET_KEY=***\napi_key=xxxxxxxxxxxx\nTOKEN=...");
    expect_untouched("postgres://user:password@localhost:5432/db and postgres://app:${DB_PASS}@db/app "
                     "and mysql://root:<password>@localhost/db and redis://:****@cache:6379");
    expect_untouched("curl -H 'Authorization: Bearer $TOKEN' https://x.example -u admin:$PASSWORD");
    expect_untouched("password: str = Field(...)\npassword=os.getenv(\"DB_PASSWORD\")\n"
                     "password = settings.db_password");
    expect_untouched("the password policy says at least 12 characters; pass: true; PWD=/home/app/src");
    expect_untouched("token_uri: https://oauth2.googleapis.com/token\n"
                     "\"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\"");
    expect_untouched("token_expires_at: 2025-01-01T00:00:00Z");
    expect_untouched("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n"
                     "https://discord.com/api/webhooks/{id}/{token} and https://discord.com/api/webhooks/1/short");
    expect_untouched("visit http://localhost:8080/path or https://example.com:8443/a@b and ssh://git@host:22/repo");
    expect_untouched("docker run -p 8080:80 -u 1000:1000 app; mkdir -p build; mysql -u root -p app");
}

/* The rule itself, on values no pattern above was written from. */
static void the_placeholder_rule(void **state)
{
    (void)state;
    static const char *const placeholders[] = {
        "${API_TOKEN}", "$SECRET", "$(vault read -field=pw db)", "{{ secrets.TOKEN }}", "%(pw)s", "<password>",
        "XXXXXXXXXXXX", "sk-live-0000000000000000", "••••••••", "ENTER_YOUR_TOKEN", "insert-key-here",
        "PUT_YOUR_PASSWORD_HERE", "changeit", "Redacted", "none", "***hidden***",
    };
    for (size_t i = 0; i < sizeof placeholders / sizeof placeholders[0]; i++) {
        if (secret_value_valid(placeholders[i], strlen(placeholders[i]))) {
            fail_msg("'%s' was taken for a secret", placeholders[i]);
        }
    }
    static const char *const secrets[] = {
        "hunter2Xq", "Tr0ub4dor&3", "mysecretpassword", "correct-Horse-42", "s3cr3t!", "3f9a2b7c1d8e4f6a",
        "Jz4wfvMuwYatI/K7MDQXB/hT2sNcoWuB3q8LmTvE", "Passw0rd!",
    };
    for (size_t i = 0; i < sizeof secrets / sizeof secrets[0]; i++) {
        if (!secret_value_valid(secrets[i], strlen(secrets[i]))) {
            fail_msg("'%s' was taken for a placeholder", secrets[i]);
        }
    }
}

/* What a terminal or an HTTP dump shows: the AWS CLI's prompt puts "[None]" or the old
 * value's tail between the name and the colon; a Cookie header's session value is a secret
 * whatever its alphabet. */
static void prompts_and_cookies(void **state)
{
    (void)state;
    expect_masked("$ aws configure\nAWS Secret Access Key [None]: ", "bue6qY4AHknaK9ZVDvNM+taq6eEigBcw+SX9m9TZ",
                  "\n", "AWS_SECRET_ACCESS_KEY");
    expect_masked("AWS Secret Access Key [****************9m9T]: ", "m923/cGYAvaPvFzWtoHhcO+vWwIJrJDkUTzOLm50",
                  "\nDefault region name [None]: eu-north-1", "AWS_SECRET_ACCESS_KEY");
    expect_masked("Cookie: session=", "122zSdCStTWMGOSWOmT4hB26XHEK4yYsz", "; theme=dark", "SECRET_TOKEN");
    expect_masked("Set-Cookie: sessionid=", "meLEjwyGywTeJjxgvXg8X57DyaBq", "; Path=/; HttpOnly", "SECRET_TOKEN");
    expect_untouched("Cookie: theme=dark; lang=en-US; consent=accepted");
    expect_untouched("The session was long: we covered everything in a single afternoon.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(passwords_in_urls),
        cmocka_unit_test(connection_strings),
        cmocka_unit_test(cloud_and_registry_keys),
        cmocka_unit_test(assignments_in_any_case),
        cmocka_unit_test(command_lines_and_headers),
        cmocka_unit_test(prompts_and_cookies),
        cmocka_unit_test(webhooks_and_bot_tokens),
        cmocka_unit_test(vendor_tokens_by_prefix),
        cmocka_unit_test(placeholders_are_not_secrets),
        cmocka_unit_test(the_placeholder_rule),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
