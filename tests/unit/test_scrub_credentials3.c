/* test_scrub_credentials3.c — credentials in devices' and chat services' own words,
 * BitLocker keys and lists of backup codes (issue 15, census round 3 of the credentials:
 * tests/scrub/census/credentials3.jsonl), probed with values and phrasings written for this
 * file:
 *
 * - Cisco's type 0, Huawei's cipher words, WLC's set-key, tac_plus's cleartext, haproxy's
 *   insecure-password and stats auth, EdgeOS, keepalived, Aruba's mgmt-user, NickServ, ZNC;
 * - a PIN after its word, which is not read (kept);
 * - a BitLocker recovery key;
 * - backup and recovery codes after a heading, inline, on the lines after it, in a chat;
 * - the answer to a security question, in a password manager's note, six languages;
 * - a crypt hash after "password" (haproxy's userlist);
 * - a YAML tag ("!vault |") in a credential's place, kept as the reference it is;
 * - a CSV row's URL, which ends at its comma (the address after it is the next field);
 * - each reader's work, bounded per anchor (scrub/tool_credentials.h). */
#include "tests/unit/scrub_testing.h"

#include "scrub/tool_credentials.h"

static void test_devices_own_words(void **state)
{
    (void)state;
    expect_masked("username netadmin privilege 15 secret 0 ", "Luna.9008", "\n", "ENV_SECRET");
    expect_masked("username app privilege 15 password 0 ", "Fjord-2291-", "\n!\n", "ENV_SECRET");
    expect_masked("enable secret 0 ", "Uw4BS6-7%o", "\n", "ENV_SECRET");
    expect_masked(" local-user admin password irreversible-cipher ", "Qz4mTk8Lw2", "\n", "ENV_SECRET");
    expect_masked("snmp-agent community read cipher ", "493fc5e93951b1a7", "\n", "ENV_SECRET");
    expect_masked(" security wpa akm psk set-key ascii 0 ", "Hytta2024!", "\n", "ENV_SECRET");
    expect_masked("    login = cleartext \"", "Forêt_872", "\"\n", "ENV_SECRET");
    expect_masked("    user admin insecure-password ", "qyierjdttr", "\n", "ENV_SECRET");
    expect_masked("    stats auth ", "admin:w1llow-harbor", "\n", "ENV_SECRET");
    expect_masked("set system login user ops authentication plaintext-password '", "cobalt-granite-sonne", "'\n",
                  "ENV_SECRET");
    expect_masked("        auth_pass ", "Château-529.", "\n", "ENV_SECRET");
    expect_masked("mgmt-user admin root ", "Tj-nP~ZcKG9", "\n", "ENV_SECRET");
    expect_untouched("username admin password 0 <password>\nenable secret 0 $ENABLE\n");
    expect_untouched("the password cipher suite is aes\nmgmt-user admin root\n");
}

static void test_chat_services(void **state)
{
    (void)state;
    expect_masked("/msg NickServ IDENTIFY ", "hunter2pass", "\n", "ENV_SECRET");
    expect_masked("/msg NickServ IDENTIFY kari_s ", "hunter2pass", "\n", "ENV_SECRET");
    expect_masked("/nickserv identify ", "Playa_8718.", "", "ENV_SECRET");
    expect_masked("/msg NickServ REGISTER ", "blume-thistle-raven-ember", " kari", "ENV_SECRET");
    expect_masked("/quote PASS kari/libera:", "pepper-raven-granite", "\n", "ENV_SECRET");
    expect_untouched("/msg NickServ HELP\n/msg NickServ INFO kari_s\n");
}

/* A PIN after its word is not read (tool_credentials.h: the class was taken out after it
 * masked nine decoys on three never-read halves and found no value there). */
static void test_pins_after_their_word_are_kept(void **state)
{
    (void)state;
    expect_untouched("The PIN for the work phone is 4821.\n");
    expect_untouched("PIN-koden til jobbtelefonen er 33362183.\n");
    expect_untouched("PIN-koden till jobbmobilen \xc3\xa4r 9281.\n");
    expect_untouched("Die PIN f\xc3\xbcrs Diensthandy ist 4829.\n");
    expect_untouched("Le code PIN du t\xc3\xa9l\xc3\xa9phone pro est 6481.\n");
    expect_untouched("El PIN del m\xc3\xb3vil del trabajo es 599661.\n");
    expect_untouched("The PIN must be at least 4 digits and at most 8.\n");
    expect_untouched("PINK 4821, PINE 2019\nThe pin is loose. Call PIN support, option 2, after 18:00.\n");
}

static void test_bitlocker_recovery_keys(void **state)
{
    (void)state;
    expect_masked("Clé de récupération BitLocker : ", "878735-906884-675367-429341-945252-048048-286781-166430",
                  "\n", "ENV_SECRET");
    expect_masked("BitLocker recovery key for the laptop:\n",
                  "776380-295306-407594-877965-736362-265298-120626-713724", "\n", "ENV_SECRET");
    expect_untouched("BitLocker is on; key id 4f9e2b1c.\n");
}

static void test_lists_of_backup_codes(void **state)
{
    (void)state;
    expect_scrubbed("Here are your 2FA backup codes, keep them safe:\n0401 9896\nvtm8-ammb\nb36e-yb33\n\nThanks",
                    "Here are your 2FA backup codes, keep them safe:\n[ENV_SECRET_1]\n[ENV_SECRET_2]\n"
                    "[ENV_SECRET_3]\n\nThanks");
    expect_masked("recovery codes: ", "6219 1112 2672 1389", "", "ENV_SECRET");
    expect_masked("Reservekoder til felleskontoen:\n- ", "16957699", "\n", "ENV_SECRET");
    expect_masked("Återställningskoder:\n1. ", "jmdt-ceha", "\n", "ENV_SECRET");
    expect_masked("Codes de secours du compte partagé :\n\n", "fc652-2629a", "\nMerci", "ENV_SECRET");
    expect_masked("Códigos de respaldo: ", "70797251", "", "ENV_SECRET");
    expect_scrubbed("[15:34] lukas: Backup-Codes für das Konto:\n[15:34] lukas: 16957699\n[15:34] lukas: Keine",
                    "[15:34] lukas: Backup-Codes für das Konto:\n[15:34] lukas: [ENV_SECRET_1]\n[15:34] lukas: Keine");
    expect_untouched("Recovery codes: none yet. Backup codes are in the safe.\nUse a backup code to sign in.\n");
    expect_untouched("Backup codes:\nkeep them somewhere safe\n");
}

static bool ignore_span(size_t start, size_t end, void *context)
{
    (void)start, (void)end, (void)context;
    return false;
}

static void test_answers_to_security_questions(void **state)
{
    (void)state;
    expect_masked("GitHub,https://github.com/login,kn1984,,,false,false,,security question: first pet = ",
                  "AKzfsvq6XVLjqP+h", "", "ENV_SECRET");
    expect_masked("\"Sicherheitsfrage: erstes Haustier = ", "Fjøsnisse.88?!", "\"", "ENV_SECRET");
    expect_masked("Security question: mother's maiden name? Answer: ", "Hansen-Berg", "\n", "ENV_SECRET");
    expect_masked("sikkerhetsspørsmål: første kjæledyr = ", "Pus1ngen", ",Familie", "ENV_SECRET");
    expect_masked("question de sécurité : premier animal = ", "Crème556", "\n", "ENV_SECRET");
    expect_masked("pregunta de seguridad: primera mascota = ", "97Yz^Wb8A2", "\n", "ENV_SECRET");
    expect_untouched("The security question is optional. Säkerhetsfrågan: välj en.\n");
    expect_untouched("security question: first pet = <answer>\n");
}

static void test_hashes_after_a_password_word(void **state)
{
    (void)state;
    /* the login after "user" is a person's (scrub/login_names.h) */
    expect_scrubbed("    user kari password $2b$12$3cd.BCJVb6NyJwc4XB/PS6CrB8P5Xk1GsWLyWKrXrP./B0BEK36Qf\n",
                    "    user [PERSON_1] password [ENV_SECRET_1]\n");
    expect_masked("root password ", "$6$rounds$Kq3vX9mL2pT8wZr4nB7sY1cD5fH0jG6a", "\n", "ENV_SECRET");
    expect_untouched("echo password $1$ab$ is short\n");
}

/* A YAML tag in a credential's place names where the value is kept: Ansible's "!vault |". */
static void test_yaml_tags_are_references(void **state)
{
    (void)state;
    expect_untouched("mysql_root_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\nmysql_user: app\n");
    expect_untouched("smtp_password: !vault\n");
}

/* A CSV row's URL ends at its comma: the address and the password after it are the row's
 * next fields, not a URL's user (a password manager's or a browser's export). */
static void test_urls_in_csv_rows_end_at_the_comma(void **state)
{
    (void)state;
    expect_masked("Bank,https://nettbank.example.no,", "kari.nordmann@example.no", ",x\n", "EMAIL");
    expect_masked("url,username,password\nhttps://minside.example.no,kn1984,", "AP@qj#n*9LEG&#.*J4G#a8T", ",,\n",
                  "ENV_SECRET");
    expect_masked("https://", "K7c~Fy8Zq8vT2mLx9pR", "@github.com/acme/web.git\n", "URL_CREDENTIAL");
}

/* Each reader, at every position of a text made of one unit repeated, examines a bounded
 * number of bytes, however long the text. */
static void test_work_is_bounded_per_anchor(void **state)
{
    (void)state;
    static const char *const units[] = {
        "PIN ", "PIN 1", "PIN: 1234 ", "BitLocker 123456-", "NickServ IDENTIFY ", "mgmt-user a ",
        "password 0 ", "stats auth ", "x\n", "backup codes: ", "backup codes:\n", "1234\n", "[1:2] a: 1234\n",
        "security question: ", "security question ", "answer: ", "password $2b$", "= x", "password 0 x",
        "secret ", "password cipher ", "local-user a password cipher ",
    };
    static char text[1 << 15];
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t len = 0, unit = strlen(units[u]);
        while (len + unit < sizeof text) {
            memcpy(text + len, units[u], unit);
            len += unit;
        }
        for (size_t end = 1; end < len; end += 3) {
            struct secret_place found;
            size_t examined = 0;
            tool_argument_read(text, len, end, &found, &examined);
            if (examined > 2 * TOOL_LINE_MAX + SECRET_PLACE_VALUE_MAX) {
                fail_msg("'%s' repeated: a tool's argument examined %zu bytes at %zu", units[u], examined, end);
            }
            tool_key_word_read(text, len, end, &found, &examined);
            if (examined > 2 * TOOL_LINE_MAX + SECRET_PLACE_VALUE_MAX) {
                fail_msg("'%s' repeated: a credential word's type examined %zu bytes at %zu", units[u], examined, end);
            }
            examined = tool_codes_read(text, len, end, ignore_span, NULL);
            if (examined > TOOL_CODES_MAX) {
                fail_msg("'%s' repeated: the codes examined %zu bytes at %zu", units[u], examined, end);
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_devices_own_words),
        cmocka_unit_test(test_chat_services),
        cmocka_unit_test(test_pins_after_their_word_are_kept),
        cmocka_unit_test(test_bitlocker_recovery_keys),
        cmocka_unit_test(test_lists_of_backup_codes),
        cmocka_unit_test(test_answers_to_security_questions),
        cmocka_unit_test(test_hashes_after_a_password_word),
        cmocka_unit_test(test_yaml_tags_are_references),
        cmocka_unit_test(test_urls_in_csv_rows_end_at_the_comma),
        cmocka_unit_test(test_work_is_bounded_per_anchor),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
