/* test_names_handles.c — the name finder on two classes a fifth corpus half showed missing, probed in
 * words of this file's own (issue 15):
 *   - login handles made of a person's names, "given.surname" in small letters: mentions, user
 *     fields of logs and configs, owners files, in six languages;
 *   - a surname before a comma and an initial, as reference lists, rankings and rosters write it
 *     ("Surname, I."), and a surname before a comma and a first name after a list's number.
 * The `kept` rows are what shares their shapes and is no person: dotted code, files, hosts,
 * mailboxes, words and pages after a comma, product names before a version, a team in parentheses
 * after a name, and clubs named after their city. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"


static const struct probe found_names[] = {
    /* handles */
    { "en", "ping @harriet.bowman when the build is green", "harriet.bowman" },
    /* A parenthesis after a name that opens with a first name holds another person. */
    { "nb", "Kontakt: Kari Lie (Ola Brekke) tar telefonen i dag.", "Ola Brekke" },
    { "nb", "Kan @solveig.lindeman se på dette i dag?", "solveig.lindeman" },
    { "sv", "session opened for user ingela.bergkvist by (uid=0)", "ingela.bergkvist" },
    { "de", "  - login: waltraud.oberhauser\n    shell: /bin/zsh", "waltraud.oberhauser" },
    { "fr", "<entry key=\"owner\" value=\"apolline.marchetti\"/>", "apolline.marchetti" },
    { "es", "/src/pagos/   @remedios.albarran @equipo-pagos", "remedios.albarran" },
    { "nb", "tilgang gitt til kari-anne.tveit (les)", "kari-anne.tveit" },
    { "en", "\"author\": \"desmond.whitlock\",", "desmond.whitlock" },
    /* surname, initial */
    { "en", "see Hollinshead, R. (2018), pp. 4-9", "Hollinshead, R." },
    { "en", "Standings: Whitcombe, D. ahead of the rest.", "Whitcombe, D." },
    { "fr", "Arrivée : Lemarchand, É. puis les autres.", "Lemarchand, É." },
    { "de", "Quelle: Brandauer, S. (2020): Datenschutz.", "Brandauer, S." },
    { "es", "Según Albarrán, T. en su informe de 2019.", "Albarrán, T." },
    { "sv", "Resultat: Lindström, V. först i mål.", "Lindström, V." },
    /* surname, first name after a list number */
    { "nb", "Plassering: 1. Tveiten, Bjørnar 2. Haugen, Torill.", "Haugen, Torill" },
    { "sv", "Lagets laguppställning: 4. Holmberg, Sölve.", "Holmberg, Sölve" },
    /* a first name that is also a word, where the clause ends with it */
    { "sv", "Startlista: 7. Ekdahl, Per.", "Ekdahl, Per" },
    { "en", "Roster: 12. Whitcombe, Mark", "Whitcombe, Mark" },
    /* a full name in capitals before a comma and no first name */
    { "en", "Between ASTRID VANGSNES, born 4 May 1971, and the company", "ASTRID VANGSNES" },
    { "de", "Zwischen DIETLINDE KASPER, geboren am 4. Mai 1971, und", "DIETLINDE KASPER" },
};

static const struct probe kept_words[] = {
    { "en", "call grace.period and max.length from the helper", "grace.period" },
    { "en", "call grace.period and max.length from the helper", "max.length" },
    { "en", "open maria.json and anna.yaml in the editor", "maria.json" },
    { "en", "open maria.json and anna.yaml in the editor", "anna.yaml" },
    { "en", "mail harriet.bowman@example.org today", "harriet.bowman" },
    { "en", "the host harriet.bowman.example.net is down", "harriet.bowman" },
    { "en", "see mark.down() in utils/victor.ops", "mark.down" },
    { "en", "Thanks, J. will reply", "Thanks" },
    { "en", "Appendix, B. lists the tables", "Appendix" },
    { "fr", "Voir Annexe, B. pour les détails.", "Annexe" },
    { "de", "Ergebnis, A. und B. sind gleich", "Ergebnis" },
    { "de", "Siehe Anlage, S. 4 im Vertrag", "Anlage" },
    { "fr", "Facture : Boulevard Voltaire, Nice.", "Nice" },
    { "en", "ANNUAL REPORT, 2024 and SIERRA LEONE, born of war", "REPORT" },
    { "en", "Prisma 5.14.0 cannot reach the database", "Prisma" },
    { "en", "Chef Infra 18.4.2 - should I encrypt?", "Infra" },
    { "en", "Results: 1. Gro Lie (Fortuna Köln), 2. Tove Aas.", "Fortuna" },
    /* a city that is no first name opens a club's name */
    { "en", "We sponsor Coventry Harriers now", "Coventry" },
    { "de", "Fans von Bielefeld Arminen feiern", "Bielefeld" },
};

static void test_handles_and_initials_are_found(void **state)
{
    (void)state;
    assert_names_found(found_names);
}

static void test_their_look_alikes_are_kept(void **state)
{
    (void)state;
    assert_words_kept(kept_words);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_handles_and_initials_are_found),
        cmocka_unit_test(test_their_look_alikes_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
