/* test_names_things.c — the name finder on classes of false names a fifth, seventh and eighth readable
 * corpus half showed (issue 15), probed with names and texts written for this file:
 *
 * - a title right after a thing's noun opens the name of a pet, a ship or a hospital, not a person's
 *   ("su perro Sir …", "hunden Herr …", "RRS Sir …");
 * - after a lowercase article, a name-shaped phrase is a ship's or a brand's ("en el Rafael Alberti", "en el
 *   Almirante …"), while a noun after one is a single word ("die Nummer von Felix Lange" stays a name: the
 *   black-box names_unseen_classes3 guards the persons beside these things);
 * - a room or a hall named by a compound of a name and a noun ("Kirsten Flagstad-salen");
 * - French "Institut …" before a person's name; English words the lists held as first names (Temp, Kestrel);
 * - a word of a language and brands named after people (Andel, Helmut Lang, Rolf Benz, Ferrero Rocher,
 *   Aston Villa).
 * - a GEDCOM surname between slashes ("1 NAME Ingebjørg /Fjellheim-Rud/"), which read as a path's folder.
 * Every probe here fails on the session's start (/work/baseline4). A run prints every miss with the spans
 * found. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe titled_things[] = {
    { "es", "Mañana viene con su perro Sir Wigglesworth al parque.", "Wigglesworth" },
    { "sv", "Vi tar med hunden Herr Grönqvist på tåget till Umeå.", "Grönqvist" },
    { "nb", "Vi tar med katten Frøken Pusevik på hytta.", "Pusevik" },
    { "en", "Donations go to the RRS Sir Ranulph Fiennes fund this year.", "Ranulph" },
    { "es", "Vamos en el Rafael Alberti hasta Cádiz, ya te contaré.", "Rafael Alberti" },
    { "es", "Zarpamos en el Almirante Cervera Topete el lunes.", "Cervera" },
    { "nb", "Se Kirsten Flagstad-salen for detaljer.", "Kirsten Flagstad" },
    { "nb", "Booket: Camilla Collett-rommet, hele dagen.", "Camilla Collett" },
};

static const struct probe institutes_and_lists[] = {
    { "fr", "Rendez-vous à Institut Paoli Calmettes jeudi matin.", "Paoli" },
    { "de", "Rezept\nArzt: K. Brennecke, Helios Klinikum\nRückfragen: bitte anrufen", "Helios" },
    { "en", "[x] Laptop handed over\n[ ] Bank: NO93 8601 1117 947\n[ ] Temp password Dragon2012!", "Temp" },
};

static const struct probe words_and_brands[] = {
    { "nb", "\"Navn\",\"Telefon\",\"Beløp\",\"Andel\"", "Andel" },
    { "en", "Kestrel log 2024-05-18: listening on port 5000", "Kestrel" },
    { "nb", "Det sto på brevet fra Helmut Lang i fjor.", "Helmut Lang" },
    { "sv", "Det stod på gamla papper från Rolf Benz.", "Rolf Benz" },
    { "de", "Mitgliedsvertrag — Ferrero Rocher Fitness Bad Tölz", "Ferrero Rocher" },
    { "en", "Our Aston Villa fan club meets on Fridays.", "Aston Villa" },
};

/* a genealogy file's surname between slashes on its NAME line */
static const struct probe gedcom_surnames[] = {
    { "nb", "0 @I1@ INDI\n1 NAME Ingebjørg /Fjellheim-Rud/\n1 SEX F\n", "Fjellheim-Rud" },
    { "en", "0 @I7@ INDI\n1 NAME Ebenezer /Throckmorton/\n1 BIRT\n2 DATE 4 MAR 1911\n", "Throckmorton" },
    { "de", "0 @I2@ INDI\n1 NAME Kunigunde /Oberholzer/\n", "Oberholzer" },
};

static void test_gedcom_surnames_are_found(void **state)
{
    (void)state;
    assert_names_found(gedcom_surnames);
}

static void test_titled_things_are_kept(void **state)
{
    (void)state;
    assert_words_kept(titled_things);
}

static void test_institutes_and_checklist_words_are_kept(void **state)
{
    (void)state;
    assert_words_kept(institutes_and_lists);
}

static void test_words_and_brands_are_kept(void **state)
{
    (void)state;
    assert_words_kept(words_and_brands);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gedcom_surnames_are_found),
        cmocka_unit_test(test_titled_things_are_kept),
        cmocka_unit_test(test_institutes_and_checklist_words_are_kept),
        cmocka_unit_test(test_words_and_brands_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
