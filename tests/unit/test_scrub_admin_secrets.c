/* test_scrub_admin_secrets.c — credentials in admin tools, migrations, services' configuration
 * and the prose of runbooks and handovers (issue 15, census round 3:
 * tests/scrub/census/admin_secrets.jsonl), probed with values and phrasings written for this
 * file:
 *
 * - a table of accounts whose password column is named in any of the six languages, in one
 *   word or several ("| Lösenord |", "Contraseña;", "| Mot de passe |", "Kennwort\t");
 * - an entrance's code kept, as dev4's author keeps it;
 * - a login pair after a login word ("login …: user / …"), and slashes between words;
 * - PHP's define() of a key, a salt or a password, blanks and symbols in the value;
 * - net-snmp's -A/-X, kickstart's rootpw, wpa_passphrase, and the same letters elsewhere;
 * - a numbered credential key (imapsync's --password1/--password2);
 * - each reader's work, bounded per anchor (scrub/tool_credentials.h). */
#include "tests/unit/scrub_testing.h"

#include "scrub/tool_credentials.h"

static void test_tables_of_accounts_in_six_languages(void **state)
{
    (void)state;
    expect_masked("| Tjänst | Användare | Lösenord |\n|---|---|---|\n| NAS | backup_op | ", "Qz4mTk8Lw2", " |\n",
                  "ENV_SECRET");
    expect_masked("| Service | Utilisateur | Mot de passe |\n|---|---|---|\n| NAS | backup_op | ", "Qz4mTk8Lw2",
                  " |\n", "ENV_SECRET");
    expect_masked("Servicio;Usuario;Contraseña\nRouter;netadmin;", "Qz4mTk8Lw2", "\n", "ENV_SECRET");
    expect_masked("Dienst\tBenutzer\tKennwort\nRouter\tnetadmin\t", "Qz4mTk8Lw2", "\n", "ENV_SECRET");
    expect_masked("| Service | User | Admin password |\n|---|---|---|\n| NAS | backup_op | ", "Qz4mTk8Lw2", " |\n",
                  "ENV_SECRET");
    expect_untouched("| Tjänst | Användare | Lösenord |\n|---|---|---|\n| NAS | backup_op | ******** |\n");
    expect_untouched("| Servicio | Usuario | Contraseña |\n|---|---|---|\n| NAS | backup_op | en el cofre |\n");
}

/* A header cell names its credential with the words that say which one after it, as French
 * and Spanish put an adjective and German and the Nordic languages a qualifier or a bracket;
 * or with the languages' other credential nouns (nøkkel, Schlüssel, clé). A cell about a
 * credential stays a column of its own ("Passwort geändert am" holds dates). */
static void test_table_headers_with_qualifiers_and_other_nouns(void **state)
{
    (void)state;
    expect_masked("id;service;ancien mot de passe;note\n1;NAS;", "Hytte2019!x", ";ok\n", "ENV_SECRET");
    expect_masked("id;Dienst;Passwort neu;note\n1;NAS;", "Hytte2019!x", ";ok\n", "ENV_SECRET");
    expect_masked("id,servicio,contraseña temporal,nota\n1,NAS,", "Hytte2019!x", ",ok\n", "ENV_SECRET");
    expect_masked("| id | tjeneste | Passord (midlertidig) |\n|---|---|---|\n| 1 | NAS | ", "Hytte2019!x", " |\n",
                  "ENV_SECRET");
    expect_masked("Nettverk\tNettverksnøkkel\nGjest\t", "Hytte2019!x", "\n", "ENV_SECRET");
    expect_masked("Gerät;WLAN-Schlüssel\nRouter;", "Hytte2019!x", "\n", "ENV_SECRET");
    expect_masked("réseau;clé wifi\nBox;", "Hytte2019!x", "\n", "ENV_SECRET");
    expect_untouched("Issue key,Summary,Created\nOPS-14004,Login fails on 6.14.13,2023-07-13\n");
    expect_untouched("id;Passwort geändert am;note\n1;2024-03-12;ok\n");
}

/* A door's code is kept: dev4 writes "the door code is 5958, don't share it" as a thing to
 * keep (scrub/tool_credentials.h). */
static void test_codes_of_entrances_are_kept(void **state)
{
    (void)state;
    expect_untouched("and the door code is 5958, don't share it\n");
    expect_untouched("Use zip code 0150, error code 1045 and exit code 1370 at the door.\n");
}

static void test_login_pairs_after_a_login_word(void **state)
{
    (void)state;
    expect_masked("The admin login for the scanner is admin / ", "Qz4mTk8Lw2", ".", "ENV_SECRET");
    expect_masked("Zugang: ops / ", "Qz4mTk8Lw2", "\n", "ENV_SECRET");
    expect_masked("{\"output\": \"Login etl / ", "6-~8Ur*h46qr", "\"}", "ENV_SECRET");
    expect_masked("**Temp login:** kari_berg / ", "CTiDIhYQTXZgyVzbNB", "\n", "ENV_SECRET");
    expect_masked("Admininloggningen på skannern är admin / ", "Qz4mTk8Lw2", "", "ENV_SECRET");
    expect_masked("L'accès admin du scanner est admin / ", "Qz4mTk8Lw2", "", "ENV_SECRET");
    expect_untouched("login / logout, TCP / UDP, 2019 / 2020, user / group\n");
    expect_untouched("the build of release-2 / Release-3 passed\n");
}

static void test_php_define_of_keys_and_salts(void **state)
{
    (void)state;
    expect_masked("define('AUTH_KEY',         '", "x<3]Kq 9$w|Lm{2}Pz@!vN;8r~Tc", "');", "ENV_SECRET");
    expect_masked("define( 'DB_PASSWORD', '", "Kärlek_970!", "' );", "ENV_SECRET");
    expect_untouched("define('AUTH_KEY', 'put your unique phrase here');\n");
    expect_untouched("define('DB_USER', 'wp_bandet_u7');\ndefine('WP_DEBUG', 'false');\n");
}

static void test_tools_own_arguments(void **state)
{
    (void)state;
    expect_masked("snmpwalk -v3 -l authPriv -u monitor -a SHA -A '", "Forêt-147x", "' -x AES printer01",
                  "ENV_SECRET");
    expect_scrubbed("snmpget -v3 -u mon -l authPriv -a SHA -A Rt5vQ8wLx2 -x AES -X Qz4mTk8Lw2 host sysName.0",
                    "snmpget -v3 -u mon -l authPriv -a SHA -A [ENV_SECRET_1] -x AES -X [ENV_SECRET_2] host sysName.0");
    expect_masked("rootpw --plaintext ", "Qz4mTk8Lw2", "\n", "ENV_SECRET");
    expect_masked("jarsigner -keystore app.jks -storepass pass:", "Qz4mTk8Lw2", " app.apk", "ENV_SECRET");
    expect_untouched("jarsigner -keystore app.jks -storepass env:KS_PASS -keypass file:/run/kp app.apk\n");
    expect_scrubbed("keytool -importkeystore -srckeystore /opt/app/conf/legacy-keystore.jks -srcstorepass Rt5vQ8wLx2 "
                    "-destkeystore /opt/app/conf/new-keystore.p12 -deststoretype PKCS12 -deststorepass Qz4mTk8Lw2\n",
                    "keytool -importkeystore -srckeystore /opt/app/conf/legacy-keystore.jks -srcstorepass [ENV_SECRET_1] "
                    "-destkeystore /opt/app/conf/new-keystore.p12 -deststoretype PKCS12 -deststorepass "
                    "[ENV_SECRET_2]\n");
    expect_masked("wpa_passphrase Backstage_Crew '", "Qz4mTk8Lw2", "' >> /etc/wpa_supplicant.conf", "ENV_SECRET");
    expect_untouched("ls -A /tmp/x\ngit add -A README.md\ntar -X exclude.txt -cf a.tar .\n");
    expect_untouched("snmpwalk -v2c -c public -A $SNMP_AUTH host\nrootpw --lock\nwpa_passphrase MyNet\n");
}

static void test_numbered_credential_keys(void **state)
{
    (void)state;
    expect_scrubbed("imapsync --host1 a.example --password1 'Qz4mTk8Lw2' --host2 b.example --password2 'Rt5vQ8wLx2'",
                    "imapsync --host1 a.example --password1 '[ENV_SECRET_1]' --host2 b.example --password2 "
                    "'[ENV_SECRET_2]'");
    expect_untouched("imapsync --host1 a --passfile1 /root/secret1 --host2 b --passfile2 /root/secret2\n");
    expect_untouched("{\"user_id\":\"auth0|3ece4588c35a97b6c7ce147390bcc554\",\"email_verified\":true}\n");
}

/* Each reader, at every position of a text made of one unit repeated, examines a bounded
 * number of bytes, however long the text. */
static void test_work_is_bounded_per_anchor(void **state)
{
    (void)state;
    static const char *const units[] = {
        "login / ", " / ", "a / b", "define('AUTH_KEY', '",
        "define('AUTH_KEY', 'x y z 1 ", " -A ", "snmpwalk -A ", "rootpw ", "wpa_passphrase a ", "aaaa", "x\n",
    };
    static char text[1 << 15];
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t len = 0, unit = strlen(units[u]);
        while (len + unit < sizeof text) {
            memcpy(text + len, units[u], unit);
            len += unit;
        }
        for (size_t end = 1; end < len; end += 5) {
            for (int form = SECRET_PLACE_LOGIN; form <= SECRET_PLACE_TOOL; form++) {
                struct secret_place found;
                size_t examined = 0;
                secret_place_read((enum secret_place_form)form, text, len, end, &found, &examined);
                if (examined > 2 * TOOL_LINE_MAX + SECRET_PLACE_VALUE_MAX + TOOL_LOGIN_CONTEXT) {
                    fail_msg("'%s' repeated: form %d examined %zu bytes at %zu", units[u], form, examined, end);
                }
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_of_accounts_in_six_languages),
        cmocka_unit_test(test_table_headers_with_qualifiers_and_other_nouns),
        cmocka_unit_test(test_codes_of_entrances_are_kept),
        cmocka_unit_test(test_login_pairs_after_a_login_word),
        cmocka_unit_test(test_php_define_of_keys_and_salts),
        cmocka_unit_test(test_tools_own_arguments),
        cmocka_unit_test(test_numbered_credential_keys),
        cmocka_unit_test(test_work_is_bounded_per_anchor),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
