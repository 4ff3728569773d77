/* test_scrub_admin_secrets.c — credentials in admin tools, migrations, services' configuration
 * and the prose of runbooks and handovers (issue 15, census round 3:
 * tests/scrub/census/admin_secrets.jsonl), probed with values and phrasings written for this
 * file:
 *
 * - a table of accounts whose password column is named in any of the six languages, in one
 *   word or several ("| Lösenord |", "Contraseña;", "| Mot de passe |", "Kennwort\t"). */
#include "tests/unit/scrub_testing.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_of_accounts_in_six_languages),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
