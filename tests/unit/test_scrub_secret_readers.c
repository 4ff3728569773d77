/* test_scrub_secret_readers.c — secrets named and placed in ways the fifth held-out half
 * showed no rule read (issue 15), probed with names, values and containers written for this
 * file, not taken from any half:
 *
 * - a name in brackets: PHP's print_r and var_dump ("[stripe_secret_key] => …"), an array
 *   element assigned ("$cfg['webhook_token'] = '…'");
 * - make's conditional assignment ("API_TOKEN ?= …");
 * - a label of words whose last word is "key", with a blank in it ("Routing key: <hex>",
 *   "Service key: <hex>");
 * - an API key given to curl as the user, with an empty password ("curl -u <key>: …");
 * - an SNMP community string (Cisco's "snmp-server community …", net-snmp's "rocommunity …");
 * - Google's OAuth access tokens ("ya29.…") and refresh tokens ("1//0…") alone;
 * - the Wi-Fi key Windows prints (netsh wlan show profile … key=clear: "Key Content : …");
 * - a DNS provider's token in a Caddyfile ("dns cloudflare …", "acme_dns route53 …");
 * - cloud-init's chpasswd list of user:password lines;
 * - the storage account keys az prints as a table ("key1  FULL  …==");
 * - a Wi-Fi key unquoted in a keyfile, blanks and all ("psk=walnut ember orchid");
 * - a password cell with letters beyond ASCII; a SAS signature dense with %2B and %2F;
 * - a label of a few words, one naming a token, a key or an access code in the six languages
 *   ("Token de la API de …:", "Tilgangskode til …:", "Clé wifi de la salle :");
 * - a config directive with blanks for '=' ("shared_key …", "aws_sec_key …"); a cookie in a
 *   cookie jar; user:password under basic_auth; Nagios's $USERn$; a secret piped into
 *   "docker secret create"; "mc admin user add"; curl -u user:'…'; Splunk's scheme; Rancher's
 *   "token-xxxxx:…"; a login under a label as "user / password".
 * Decoys beside them stay: references, placeholders, defaults, hashes and short words. */
#include "tests/unit/scrub_testing.h"

static void test_names_in_brackets(void **state)
{
    (void)state;
    expect_masked("Array\n(\n    [order] => 4471\n    [stripe_secret_key] => ", "9f2c4e1a7b3d5f60a8c2e4b6d8f0a1c3",
                  "\n)\n", "ENV_SECRET");
    expect_masked("    [authToken] => ", "Qm7xV2pL9kR4tZ8wN3yB6c", "\n", "ENV_SECRET");
    expect_masked("$cfg['webhook_token'] = '", "Zq81mPxL0vT7nRc4Hw", "';\n", "ENV_SECRET");
    expect_untouched("    [api_key] => Array\n    [token_type] => bearer\n    [commit] => 4f1c2a9e\n");
}

static void test_make_conditional_assignment(void **state)
{
    (void)state;
    expect_masked("API_TOKEN ?= ", "7gH2kLp9Qw3ZxR5vB1", "\n", "ENV_SECRET");
    expect_masked("SIGNING_SECRET ?= ", "r8Tq2mWx5Lk0Zp7Vd3", "\n", "ENV_SECRET");
    expect_untouched("API_TOKEN ?= $(shell cat .token)\nCC ?= gcc\n");
}

static void test_labels_with_a_blank_before_key(void **state)
{
    (void)state;
    expect_masked("Routing key: ", "5e0c9a1b7d3f4e2a8b6c0d9e1f2a3b4c", "\n", "ENV_SECRET");
    expect_masked("Service key : ", "e41f9c07a2b85d3e6f10c9a8b7d2e4f5", "\n", "ENV_SECRET");
    expect_untouched("Primary key: id\nSort key: created_at\nCommit: 5e0c9a1b7d3f4e2a8b6c0d9e1f2a3b4c5d6e7f80\n");
}

static void test_a_key_as_curls_user(void **state)
{
    (void)state;
    expect_masked("curl https://api.example.org/v1/reports -u ", "c0ffee93b1d24a7e8f5a6b3c2d1e0f94", ": \\\n",
                  "ENV_SECRET");
    expect_masked("curl -X POST https://api.example.org/v2/jobs --user '", "Tk4mPq9ZxW2rL7vN8bC3yH5d", ":' -d x=1\n",
                  "ENV_SECRET");
    expect_untouched("curl -u admin: https://localhost:8080/health\ncurl -u $API_KEY: https://api.example.org\n");
}

static void test_snmp_communities(void **state)
{
    (void)state;
    expect_masked("snmp-server community ", "8c1f0e2d9b3a4c5d7e6f", " RW\n", "ENV_SECRET");
    expect_masked("rocommunity ", "Fj3kd92LsPqW", " default\n", "ENV_SECRET");
    expect_masked("snmp_community: ", "wX7q2Lr9pK4m", "\n", "ENV_SECRET");
    expect_untouched("snmp-server community public RO\nrwcommunity private\n");
}

static void test_google_oauth_tokens(void **state)
{
    (void)state;
    expect_masked("$ gcloud auth print-access-token\n", "ya29.a0AfB_byC3dE4fG5hI6jK7lM8nO9pQ0rS1tU2vW3x", "\n",
                  "SECRET_TOKEN");
    expect_masked("refresh: ", "1//0gXyZ4kT9mQ2rW7pL5vB8nC3dF6hJ1sA0eR4tY7uI-9oP2aS5dF8gH1jK4lZ", " (from adc)\n",
                  "SECRET_TOKEN");
    expect_untouched("scope ya29.example and the path 1//0 stay\n");
}

static void test_wifi_key_windows_prints(void **state)
{
    (void)state;
    expect_masked("Security settings\n    Authentication         : WPA2-Personal\n    Key Content            : ",
                  "orchid walnut ember 17", "\n", "ENV_SECRET");
    expect_masked("    Key Content            : ", "Nq7!vT2zLp", "\n", "ENV_SECRET");
    expect_untouched("    Security key           : Present\n    Key Content            : Absent\n");
}

static void test_wifi_key_unquoted_in_a_keyfile(void **state)
{
    (void)state;
    expect_masked("[wifi-security]\nkey-mgmt=wpa-psk\npsk=", "walnut ember orchid", "\n[ipv4]\n", "ENV_SECRET");
    expect_masked("wifi_key = ", "harbour velvet 9 kettle", "\n", "ENV_SECRET");
    expect_untouched("[wifi-security]\npsk=changeme\npsk-flags=1\n");
}

static void test_a_password_cell_beyond_ascii(void **state)
{
    (void)state;
    expect_masked("site,username,password\nbank,kari,", "Grüntee781?", ",\n", "ENV_SECRET");
    expect_untouched("site,username,password\nbank,kari,Übersicht\n");
}

static void test_a_signature_dense_with_escapes(void **state)
{
    (void)state;
    expect_masked("https://acct.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=",
                  "Tk%2F%2Bq%2F%2B%2Bz%2FR%2BmW%2B%2Bp%2B7%2Fx%2BvL%2B%2BaQ%2BeN%2B3%3D", "' -o x\n", "URL_CREDENTIAL");
}

static void test_dns_provider_token_in_caddyfile(void **state)
{
    (void)state;
    expect_masked("tls {\n    dns cloudflare ", "Xk29dLq0Pz8mWv3Rt6Ys1NbH4cJ7fG2e", "\n}\n", "SECRET_TOKEN");
    expect_masked("{\n    acme_dns digitalocean ", "Hq8wZ2nR5tL9vX3mK7pB4cY6", "\n}\n", "SECRET_TOKEN");
    expect_untouched("tls {\n    dns cloudflare {env.CF_API_TOKEN}\n}\n");
}

static void test_chpasswd_list(void **state)
{
    (void)state;
    expect_scrubbed("#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    ubuntu:Fj!29xkQpz\n    ops:Wm4-tr8Zq1\n"
                    "packages:\n  - nginx\n",
                    "#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    ubuntu:[ENV_SECRET_1]\n"
                    "    ops:[ENV_SECRET_2]\npackages:\n  - nginx\n");
    expect_untouched("chpasswd:\n  expire: true\n  list: |\n    ubuntu:RANDOM\n");
}

static void test_labels_in_six_languages(void **state)
{
    (void)state;
    expect_masked("- Token de la API de Facturas: ", "3b7e0c91d5a2f84e6c1d9b0a7f3e25c8", "\n", "ENV_SECRET");
    expect_masked("- Tilgangskode til Bank-API-et: ", "Rv8qN2xLk5Tz0Wm7Pb3Hc9Yd", "\n", "ENV_SECRET");
    expect_masked("- Clé wifi de la salle : ", "maple orchid walnut ember", "\n", "ENV_SECRET");
    expect_masked("- WLAN-Schlüssel Lager: ", "kettle harbour spruce 61", "\n", "ENV_SECRET");
    expect_untouched("\"token_uri\": \"https://oauth2.example.org/token\",\n"
                     "- Clé wifi : voir avec le bureau demain\ntoken-uri=https://idp.example.org/oauth2/v2.0/token\n");
}

static void test_directives_and_cookies(void **state)
{
    (void)state;
    expect_masked("<match app.**>\n  @type forward\n  shared_key ", "7d1e4b9a2c0f58e3a6b1d7c94e2f0a38", "\n</match>\n",
                  "ENV_SECRET");
    expect_masked("  aws_sec_key ", "Qp3xL8vZ2mN7rT4kW9yB1cF6hJ0sD5gA2eR7tY3u", "\n", "AWS_SECRET_ACCESS_KEY");
    expect_masked("{\"name\": \"connect.sid\", \"value\": \"", "s9Kq2Lm7Xv4Zp1Rt8Wn3Bc6Yd", "\", \"path\": \"/\"}",
                  "SECRET_TOKEN");
    expect_masked("basic_auth: [\"ops:", "Hv5tQ8zLm2Xw", "\"]\n", "ENV_SECRET");
    expect_masked("$USER7$=", "Kv4mZ9qTx2", "\n", "ENV_SECRET");
    expect_masked("$ echo \"", "m3Xq8Lv2Zr7Tp4Wk9Nb", "\" | docker secret create stripe_key -\n", "ENV_SECRET");
    expect_masked("$ mc admin user add store alice '", "Yt6!pR2mQx9z", "'\n", "ENV_SECRET");
    /* the login after -u is a person's (scrub/login_names.h) */
    expect_scrubbed("$ curl -u alice:'Yt6!pR2mQx9z' https://admin.example.org/\n",
                    "$ curl -u [PERSON_1]:'[URL_CREDENTIAL_1]' https://admin.example.org/\n");
    expect_masked("-H \"Authorization: Splunk ", "5f0c2a9e-7b41-4d8e-9c3a-1e6f4b2d8a70", "\"\n", "SECRET_TOKEN");
    expect_masked("-u \"", "token-q7w2e:x8c4v9b1n6m3k5j7h2g8f4d1s9a6p3o5i7u2y8t4r1e6w3q9z5", "\" https://r.example.org\n",
                  "SECRET_TOKEN");
    expect_masked("- Switch admin: netops / ", "Tq7&vLm2Zx9", "\n", "ENV_SECRET");
    expect_untouched("Ratio: 16 / 9\nPaths: src / lib/main.c\nScore: home / away-team\n");
    expect_untouched("$USER1$=/usr/lib/nagios/plugins\n$USER3$=monitor\nssl_certificate_key /etc/ssl/private/site.key\n"
                     "{\"name\": \"theme\", \"value\": \"dark-high-contrast-v2\"}\n");
}

static void test_azure_key_table(void **state)
{
    (void)state;
    expect_masked("KeyName    Permissions    Value\n---------  -------------  -----\nkey1       FULL           ",
                  "pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFA==", "\n",
                  "ENV_SECRET");
    expect_untouched("key1       FULL           <redacted>\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_in_brackets),
        cmocka_unit_test(test_make_conditional_assignment),
        cmocka_unit_test(test_labels_with_a_blank_before_key),
        cmocka_unit_test(test_a_key_as_curls_user),
        cmocka_unit_test(test_snmp_communities),
        cmocka_unit_test(test_google_oauth_tokens),
        cmocka_unit_test(test_wifi_key_windows_prints),
        cmocka_unit_test(test_wifi_key_unquoted_in_a_keyfile),
        cmocka_unit_test(test_a_password_cell_beyond_ascii),
        cmocka_unit_test(test_a_signature_dense_with_escapes),
        cmocka_unit_test(test_dns_provider_token_in_caddyfile),
        cmocka_unit_test(test_chpasswd_list),
        cmocka_unit_test(test_azure_key_table),
        cmocka_unit_test(test_labels_in_six_languages),
        cmocka_unit_test(test_directives_and_cookies),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
