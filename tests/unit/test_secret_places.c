/* Secrets whose cue is not a `key = value` (scrub/secret_places.h): the line a
 * secret-printing command prints, a value after a cue once the credential was named, a
 * network device's directive, an Entra ID client secret and OpenVPN's
 * static key. Each masked case below was missed before these rules (tests/scrub/census/
 * secret_places.jsonl); the decoys stand in the same places; the readers' work is bounded
 * per anchor whatever the text. */
#include "tests/unit/scrub_testing.h"

#include "scrub/secret_places.h"

static void test_values_made_like_a_secret(void **state)
{
    (void)state;
    static const struct { const char *value; bool pin, made; } cases[] = {
        { "R\xc3\xb8" "dgr\xc3\xb8t_153!", false, true }, { "Falcon_2024!", false, true },
        { "orbit-maple-thistle-himmel", false, true }, { "gkcKB5W%^~&!bimRY", false, true },
        { "9a5ypmet4jeszlbllf", false, true }, { "482913", true, true },
        { "longer", false, false }, { "1Password", false, true }, { "SSO-only", false, false },
        { "state-of-the-art", false, false }, { "Success!", false, false }, { "482913", false, false },
        { "<password>", false, false }, { "${DB_PASSWORD}", false, false },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (secret_place_value_made(cases[i].value, strlen(cases[i].value), cases[i].pin) != cases[i].made) {
            fail_msg("'%s' should %sbe made like a secret", cases[i].value, cases[i].made ? "" : "not ");
        }
    }
}

static void test_the_line_a_command_prints(void **state)
{
    (void)state;
    expect_masked("$ gcloud secrets versions access latest --secret=db-password --project=quartz-prod\n",
                  "OYIle1+ZWux59GBuzvRZu@5", "\n$ gcloud auth print-access-token", "ENV_SECRET");
    expect_masked("ops@bastion:~$ vault kv get -field=password secret/app/db\n", "T!qv7rLm2x#Pz", "\n",
                  "ENV_SECRET");
    expect_masked("$ kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d\n",
                  "orbit-maple-thistle-himmel", "", "ENV_SECRET");
    expect_masked("PS C:\\> doppler secrets get STRIPE_KEY --plain\n", "Zk3hGq8TnB2wYc5d", "\n", "ENV_SECRET");
    expect_masked("[root@db01 ~]# cat config/master.key\n", "c05f64362b1e69397333a91d5d32e938", "\n", "ENV_SECRET");
}

static void test_a_value_after_its_cue(void **state)
{
    (void)state;
    expect_masked("the test database password was changed, now it is ", "Kr\xc3\xa4" "ftskiva-1917?",
                  " (yes, with the symbols).", "ENV_SECRET");
    expect_masked("passordet til testdatabasen er byttet, n\xc3\xa5 er det ", "Schn\xc3\xb6rkel1910?",
                  " (ja, med tegnene).", "ENV_SECRET");
    expect_masked("l\xc3\xb6senordet till testdatabasen \xc3\xa4r bytt, nu \xc3\xa4r det ", "Sj\xc3\xb6r\xc3\xb6vare.1765!",
                  " (ja, med tecknen).", "ENV_SECRET");
    expect_masked("das Passwort der Testdatenbank wurde ge\xc3\xa4ndert, jetzt ", "kqX!QwL-yXGsZtqMSR*6",
                  " (ja, mit den Sonderzeichen).", "ENV_SECRET");
    expect_masked("le mot de passe de la base de test a chang\xc3\xa9, maintenant c'est ", "Cr\xc3\xa8me-1781!", "",
                  "ENV_SECRET");
    expect_masked("la contrase\xc3\xb1" "a de la base de datos de pruebas ha cambiado, ahora es ", "Ma\xc3\xb1" "ana.1568?",
                  "", "ENV_SECRET");
    expect_masked("the staging db password got rotated, it's ", "KLgQ9fmh.7dB!%J*9", " now (yes with the symbols).",
                  "ENV_SECRET");
    expect_masked("We rotated the VPN secret last night.\nThe new one is ", "Glacier-Harbour-Juniper-31", "",
                  "ENV_SECRET");
    expect_masked("Das WLAN-Passwort ist aktualisiert. Neues: ", "H\xc3\xb6" "hle_553!", "", "ENV_SECRET");
    expect_masked("PIN-koden til alarmen er endret til ", "482913", ".", "ENV_SECRET");
}

static void test_cues_with_no_secret_after_them(void **state)
{
    (void)state;
    expect_untouched("The wifi password was changed, now it is longer.");
    expect_untouched("The password reset link expired again.");
    expect_untouched("The admin password is in 1Password now.");
    expect_untouched("it's v2beta1 now, the API changed to v2beta1 last week");   /* no credential named */
    expect_untouched("We changed the deploy token to SSO-only.");
    expect_untouched("The order total changed to 1499.00 after the discount.");
}

static void test_a_device_directive(void **state)
{
    (void)state;
    expect_masked("interface Dot11Radio0\n wpa-psk ascii 0 ", "Bl\xc3\xa5" "b\xc3\xa6r-2024", "\n!", "ENV_SECRET");
    expect_masked("radius server r1\n key 7 ", "09CA129FCF96261FBF0310F6", "\n", "ENV_SECRET");
    expect_masked("crypto isakmp key ", "cobalt.stjerne.luna7", " hostname vpn.hq.example", "ENV_SECRET");
    expect_masked("tacacs-server host tacacs01 key ", "R4ca%SjUCb", "", "ENV_SECRET");
    expect_masked("set security ike policy ike-pol pre-shared-key ascii-text \"", "Kx9!mQ2#vLp", "\"", "ENV_SECRET");
    expect_masked("    set psksecret ", "y8cR3&cFRuE=aX*35n", "\n    next", "ENV_SECRET");
    expect_untouched("service password-encryption\nsecurity passwords min-length 10");
    expect_untouched("Type 7 is reversible: never use password 7 in a config.");
}

/* A hash standing alone is not read (secret_places.h says why). */
static void test_a_hash_alone_is_kept(void **state)
{
    (void)state;
    expect_untouched("the users table stores $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW for each row");
    expect_untouched("echo $1$2 costs $5$ each");
}

static void test_vendor_shapes_and_key_blocks(void **state)
{
    (void)state;
    expect_masked("copy it now, Azure only shows it once: ", "gRl8Q~QE_-1dFoEozMVYKQXfbKqnAC5FvH.C1SCQ", "",
                  "ENV_SECRET");
    expect_masked("key-direction 1\n<tls-auth>\n",
                  "-----BEGIN OpenVPN Static key V1-----\n"
                  "e3a4c0a1f4d2b6c8e0f1a2b3c4d5e6f7\n9f8e7d6c5b4a39281706f5e4d3c2b1a0\n"
                  "-----END OpenVPN Static key V1-----",
                  "\n</tls-auth>", "PRIVATE_KEY");
}

static void test_look_alikes_in_the_same_places(void **state)
{
    (void)state;
    expect_untouched("$ sha256sum release.tar.gz\n"
                     "9f2c4e1b7a3d5f60e8c2b4a6d8f0e1c3a5b7d9f1e3c5a7b9d1f3e5c7a9b1d3f5  release.tar.gz");
    expect_untouched("$ kubectl get secrets -n prod\nNAME        TYPE     DATA   AGE\ndb-creds    Opaque   2      41d");
    expect_untouched("curl -H \"Authorization: Bearer <token>\" https://api.example.org/v1/orders");
    expect_untouched("$ vault kv get -field=password secret/app/db\nNo value found at secret/data/app/db");
}

/* Each reader, at every anchor of a text made of one unit repeated, examines a bounded
 * number of bytes, however long the text. */
static void test_work_is_bounded_per_anchor(void **state)
{
    (void)state;
    static const char *const units[] = {
        "pass show ", "password changed, now it is ", "set it to ", "key 7 ", "$6$", "{SHA}", "aaaa",
        "password 0 Abc123!x ", "$ pwgen\n", "x\n",
    };
    static char text[1 << 15];
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        size_t len = 0, unit = strlen(units[u]);
        while (len + unit < sizeof text) {
            memcpy(text + len, units[u], unit);
            len += unit;
        }
        for (size_t end = 1; end < len; end += 7) {
            for (int form = SECRET_PLACE_PRINTED; form <= SECRET_PLACE_DIRECTIVE; form++) {
                struct secret_place found;
                size_t examined = 0;
                secret_place_read((enum secret_place_form)form, text, len, end, &found, &examined);
                if (examined > SECRET_PLACE_LINE_MAX + 2 * SECRET_PLACE_VALUE_MAX + SECRET_PLACE_CONTEXT + 16) {
                    fail_msg("'%s' repeated: form %d examined %zu bytes at %zu", units[u], form, examined, end);
                }
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_values_made_like_a_secret),
        cmocka_unit_test(test_the_line_a_command_prints),
        cmocka_unit_test(test_a_value_after_its_cue),
        cmocka_unit_test(test_cues_with_no_secret_after_them),
        cmocka_unit_test(test_a_device_directive),
        cmocka_unit_test(test_a_hash_alone_is_kept),
        cmocka_unit_test(test_vendor_shapes_and_key_blocks),
        cmocka_unit_test(test_look_alikes_in_the_same_places),
        cmocka_unit_test(test_work_is_bounded_per_anchor),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
