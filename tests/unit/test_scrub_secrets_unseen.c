/* test_scrub_secrets_unseen.c — secrets in forms the ninth development half and the
 * held-out figures pointed at (issue 15), probed with values and phrasings written for this
 * file:
 *
 * - vendors' published samples are no one's and stay as written: AWS's ...EXAMPLE key ids
 *   and ...EXAMPLEKEY secrets, Stripe's documented test keys and test cards, the networks'
 *   test cards, the documentation IBANs, jwt.io's token; a value one character away from a
 *   sample is masked as any other;
 * - an AWS secret beside its key id with a blank, a line break, '=', an arrow, a joining word
 *   or a short label of its own between them, or on the next line of a JSON or YAML list; a
 *   secret that opens with '/' is no path;
 * - a file of logins as quoted pairs (pgbouncer's userlist.txt); a Wi-Fi key as a quoted
 *   passphrase (OpenWrt's uci and /etc/config, wpa_supplicant);
 * - Windows' "net use" with the password on the line; a Discord bot token passed to the
 *   client in code;
 * - a private key pasted cut off, with no END line; a token or key before the word that
 *   names it ("… is the new api key", "… er API-nøkkelen"). */
#include "tests/unit/scrub_testing.h"

static void test_published_samples_are_kept(void **state)
{
    (void)state;
    expect_untouched("Docs say use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, not ours.");
    expect_untouched("aws_access_key_id = AKIAI44QH8DHBEXAMPLE\n"
                     "aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n");
    expect_untouched("STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\n");
    expect_untouched("publishableKey: 'pk_test_TYooMQauvdEDq54NiTphI7jx',");
    expect_untouched("test cards: 4242 4242 4242 4242, 4111-1111-1111-1111, 5555555555554444, 3782 822463 10005");
    expect_untouched("the 3-D Secure card 4000 0027 6000 3184 always asks");
    expect_untouched("IBAN de ejemplo: DE89 3704 0044 0532 0130 00, GB82 WEST 1234 5698 7654 32");
    expect_untouched("l'IBAN FR14 2004 1010 0505 0001 3M02 606 du guide");
    expect_untouched("the sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"
                     "IiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c from jwt.io");
    expect_untouched("JWT_SECRET=your-256-bit-secret\nSECRET_KEY=django-insecure-change-me\n");
}

static void test_values_near_a_sample_are_masked(void **state)
{
    (void)state;
    expect_masked("card ", "4242 4242 4242 4234", " declined", "CREDIT_CARD");
    expect_masked("aws_access_key_id = ", "AKIAIOSFODNN7EXAMPLF", "\n", "AWS_ACCESS_KEY_ID");
    expect_masked("aws_secret_access_key = ", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ", "\n",
                  "AWS_SECRET_ACCESS_KEY");
    expect_masked("STRIPE_SECRET_KEY=", "sk_test_4eC39HqLyjWDarjtT1zdp7dd", "\n", "STRIPE_KEY");
    expect_masked("IBAN ", "DE26 5001 0517 1734 0727 04", ", thanks", "IBAN");
}

static void test_aws_secret_beside_its_key_id(void **state)
{
    (void)state;
    expect_scrubbed("AKIAZ4TQ2MRX7LWN3KPD Ht6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa",
                    "[AWS_ACCESS_KEY_ID_1] [AWS_SECRET_ACCESS_KEY_1]");
    expect_scrubbed("AKIAZ4TQ2MRX7LWN3KPD\nHt6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa\n",
                    "[AWS_ACCESS_KEY_ID_1]\n[AWS_SECRET_ACCESS_KEY_1]\n");
    expect_scrubbed("AKIAZ4TQ2MRX7LWN3KPD -> Ht6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa",
                    "[AWS_ACCESS_KEY_ID_1] -> [AWS_SECRET_ACCESS_KEY_1]");
    expect_scrubbed("nøkkel AKIAZ4TQ2MRX7LWN3KPD og Ht6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa",
                    "nøkkel [AWS_ACCESS_KEY_ID_1] og [AWS_SECRET_ACCESS_KEY_1]");
    expect_scrubbed("id=AKIAZ4TQ2MRX7LWN3KPD key=Ht6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa",
                    "id=[AWS_ACCESS_KEY_ID_1] key=[AWS_SECRET_ACCESS_KEY_1]");
    expect_scrubbed("[\n  \"AKIAZ4TQ2MRX7LWN3KPD\",\n  \"Ht6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa\"\n]",
                    "[\n  \"[AWS_ACCESS_KEY_ID_1]\",\n  \"[AWS_SECRET_ACCESS_KEY_1]\"\n]");
    expect_scrubbed("creds:\n  - AKIAZ4TQ2MRX7LWN3KPD\n  - Ht6pWq2Zx/Nc8LrB4mJv7Kd1Fs9Gy3Ae5Ub0NoQa\n",
                    "creds:\n  - [AWS_ACCESS_KEY_ID_1]\n  - [AWS_SECRET_ACCESS_KEY_1]\n");
    expect_masked("SECRET=", "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", "\n", "ENV_SECRET");
    expect_untouched("AKIA plus forty characters of base64 make a pair");
}

static void test_logins_as_quoted_pairs_and_wifi_keys(void **state)
{
    (void)state;
    expect_scrubbed("\"billing_svc\" \"Qz8vTm3Lk7Wp\"\n\"ops\" \"Fjellrev#2031x\"\n",
                    "\"billing_svc\" \"[ENV_SECRET_1]\"\n\"ops\" \"[ENV_SECRET_2]\"\n");
    expect_masked("wireless.radio0.key='", "copper lantern otter 58", "'\n", "ENV_SECRET");
    expect_masked("\toption key '", "spruce kettle harbour maple", "'\n", "ENV_SECRET");
    expect_masked("  psk=\"", "violet candle river 31", "\"\n", "ENV_SECRET");
    expect_masked("wireless.radio1.key='", "Tq4nWz8Lp3Kx", "'\n", "ENV_SECRET");
    expect_untouched("\"cl_showfps\" \"1\"\n\"name\" \"player one\"\n");
    expect_untouched("option ssid 'cabin wifi'\nkey: \"ctrl shift p\"\n");
}

static void test_tools_and_code_that_take_a_secret(void **state)
{
    (void)state;
    /* the login after the domain is a person's (scrub/login_names.h) */
    expect_scrubbed("net use Z: \\\\fs02\\finance Vx5mRq8Tz2Lw /user:CORP\\kari",
                    "net use Z: \\\\fs02\\finance [ENV_SECRET_1] /user:CORP\\[PERSON_1]");
    expect_scrubbed("net use \\\\fs02\\ipc$ /user:kari Vx5mRq8Tz2Lw",
                    "net use \\\\fs02\\ipc$ /user:[PERSON_1] [ENV_SECRET_1]");
    expect_scrubbed("net use Z: \\\\fs02\\finance /persistent:no\nnet use \\\\fs02\\share * /user:kari\n",
                    "net use Z: \\\\fs02\\finance /persistent:no\nnet use \\\\fs02\\share * /user:[PERSON_1]\n");
    expect_masked("client.run('", "MTE3NzQ4OTIwMzQ1Njc4OTAxMg.Gq7Lx2.Wz8Nn5KpB7mJc4Hd9Fs1Gy6Ae3Ub0NxQoZz", "')",
                  "SECRET_TOKEN");
    expect_untouched("client.run('YOUR_BOT_TOKEN_GOES_HERE_OK')\nbot.login(process.env.DISCORD_TOKEN)\n");
    /* a capital -P after the user: mosquitto's and ipmitool's password flag; a port stays */
    expect_masked("mosquitto_sub -h broker.lan -u sensor07 -P ", "Wq7nLm2Zr4", " -t 'hall/#'", "ENV_SECRET");
    expect_masked("ipmitool -I lanplus -H bmc -U admin -P ", "Tk4vPz9Qw2", " chassis status", "ENV_SECRET");
    expect_untouched("mysql -u root -P 3306 -h db.internal\n");
}

/* Markdown emphasis around a secret's name or after its separator (tickets, wikis, chat);
 * a quoted passphrase under a short pass/pwd name; MySQL's SET PASSWORD. */
static void test_markdown_names_and_short_quoted_names(void **state)
{
    (void)state;
    expect_masked("**Password:** ", "Hv9trQm2xL", "\n", "ENV_SECRET");
    expect_masked("- **DB password**: ", "Lr4wNq8Zx2", "\n", "ENV_SECRET");
    expect_masked("__Passwort__: ", "Tz6pKm3Vq9", "\n", "ENV_SECRET");
    expect_masked("*api_key:* ", "Qm8Zr2Lx7Vn4Kp9Wd3", "\n", "ENV_SECRET");
    expect_masked("export DB_PASS=\"", "Kx7 mPq2Lv9", "\"\n", "ENV_SECRET");
    expect_untouched("**Password:** see the vault\n__Passwort__: ********\n");
    expect_untouched("the compass = 'north by north west'\n");
    expect_masked("SET PASSWORD FOR 'app'@'%' = '", "Qz4mTk8Lw2", "';", "ENV_SECRET");
    expect_masked("set password = password('", "Qz4mTk8Lw2", "');", "ENV_SECRET");
    expect_untouched("SET PASSWORD FOR 'app'@'%' = PASSWORD(@new_password);\n");
}

static void test_keys_cut_off_and_named_after_the_value(void **state)
{
    (void)state;
    expect_scrubbed("-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDh7 (cut off here)",
                    "-----BEGIN PRIVATE KEY-----\n[PRIVATE_KEY_1] (cut off here)");
    expect_masked("", "Rt5Ym3Pk4Lq8vZx2Nw7W", " is the new api key", "SECRET_TOKEN");
    expect_masked("", "Rt5Ym3Pk4Lq8vZx2Nw7W", " er API-nøkkelen til staging", "SECRET_TOKEN");
    expect_masked("nimm ", "Rt5Ym3Pk4Lq8vZx2Nw7W", " als API-Schlüssel", "SECRET_TOKEN");
    expect_untouched("this is the token we revoked; v2.4.1 is the token format\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_published_samples_are_kept),
        cmocka_unit_test(test_values_near_a_sample_are_masked),
        cmocka_unit_test(test_aws_secret_beside_its_key_id),
        cmocka_unit_test(test_logins_as_quoted_pairs_and_wifi_keys),
        cmocka_unit_test(test_tools_and_code_that_take_a_secret),
        cmocka_unit_test(test_markdown_names_and_short_quoted_names),
        cmocka_unit_test(test_keys_cut_off_and_named_after_the_value),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
