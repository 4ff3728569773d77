/* test_names_eponyms.c — the name finder on classes of false names a never-read corpus half (heldout5) and
 * dev10 showed (issue 15), probed with names, diseases, feasts, dishes and brands picked for this file, not
 * those halves' own:
 *
 * - a disease or sign named after a physician, by the noun before it in German, French and Spanish ("Morbus
 *   Wilson", "enfermedad de Wilson", "maladie d'Addison", and a street's "rue d'Alésia") or after it
 *   ("Kahler-Krankheit");
 * - feasts that are also first names ("pour Toussaint", "an Silvester", "till Valborg");
 * - dishes named after a person, after an imperative that the lists held as a name ("Trae Bellini", "Mande
 *   Carpaccio", "Ta med Pavlova");
 * - a brand's stand at a fair ("am Tommy Hilfiger-Stand"), schools, trusts and institutes named after a saint
 *   or a founder ("St Aidan's Primary", "Kita St. Ursula", "Wellcome Trust", "Fridtjof Nansens Institutt"),
 *   a product (Loki);
 * - the one who sends greetings, after a verb of greeting ("…, hälsade Per");
 * - German nouns of roles and kin before a name ("der andere Fahrer, Sabine …", "meiner Nichte Marie …"),
 *   which stay words while the name after them is still found.
 * Every probe of the tables of kept words fails on the session's start (/work/baseline6), and so does the
 * first of the names to find. A run prints every miss with the spans found. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe diseases[] = {
    { "de", "Jonas Weber hat Morbus Wilson und kommt später.", "Wilson" },
    { "de", "Diagnose: Morbus Wilson, seit 2019 bekannt.", "Wilson" },
    { "es", "Tiene enfermedad de Wilson desde niño.", "Wilson" },
    { "de", "Anneliese Vogt hat Morbus Kahler und die Kahler-Krankheit.", "Kahler" },
    { "fr", "Camille Roux a une maladie d'Addison, dit le médecin.", "Addison" },
    { "fr", "Le bureau est rue d'Alésia, au fond.", "Alésia" },
};

static const struct probe feasts_and_dishes[] = {
    { "fr", "Élodie Marchand ne viendra pas pour Toussaint cette année.", "Toussaint" },
    { "de", "Jonas Weber schafft Silvester nicht.", "Silvester" },
    { "sv", "Greta Lind hinner inte till Valborg.", "Valborg" },
    { "es", "Trae Bellini el domingo; el servidor es viejo.", "Trae Bellini" },
    { "es", "Mande Carpaccio el domingo, por favor.", "Mande Carpaccio" },
    { "nb", "Ta med Pavlova på søndag! serveren er ny.", "Pavlova" },
    { "en", "Tom Reed can't do the dinner; bring a Caesar salad.", "Caesar" },
};

static const struct probe named_after_one[] = {
    { "de", "Das ist die Nummer von Ute Brandt, sie ist am Tommy Hilfiger-Stand.", "Tommy Hilfiger" },
    { "de", "Die Kita St. Marien Kindergarten möchte die Nummer von Oma Ute.", "Marien Kindergarten" },
    { "de", "Das Kind geht in die Kita St. Ursula, sagt Jonas Weber.", "Ursula" },
    { "nb", "Innmelding i skole – St. Hallvard videregående", "Hallvard" },
    { "en", "SCHOOL ENROLMENT FORM — St Aidan's Primary", "Aidan" },
    { "en", "Draft an email to Wellcome Trust for Anna Berg.", "Wellcome" },
    { "nb", "Søknad til Fridtjof Nansens Institutt for Kari Lie.", "Fridtjof Nansens" },
    { "en", "Grafana reads Loki and Tempo here.", "Loki" },
};

static const struct probe roles_and_kin[] = {
    { "de", "Zum Unfallbericht: der andere Fahrer, Sabine Schröder, hat mir die Nummer gegeben.", "Fahrer" },
    { "de", "Ich vermache meiner Nichte Marie Wagner das Haus.", "Nichte" },
};

/* the persons beside those words, and first names a disease's or a feast's word must not hide */
static const struct probe persons_beside[] = {
    { "de", "Zum Unfallbericht: der andere Fahrer, Sabine Schröder, hat mir die Nummer gegeben.", "Sabine Schröder" },
    { "de", "Ich vermache meiner Nichte Marie Wagner das Haus.", "Marie Wagner" },
    { "sv", "Signe Holmqvist ringer i morgon.", "Signe Holmqvist" },
    { "de", "Frag mal Anna Berg, ob sie kommt.", "Anna Berg" },
    { "fr", "Le docteur Martin Paget a appelé.", "Martin Paget" },
    { "nb", "Ring Toussaint Dupont i morgen.", "Toussaint Dupont" },
    { "en", "Draft an email to Wellcome Trust for Anna Berg.", "Anna Berg" },
    { "de", "Das Kind geht in die Kita St. Ursula, sagt Jonas Weber.", "Jonas Weber" },
    { "en", "Ring St. John Smith about it.", "John Smith" },
};

/* the one who sends greetings, after the verb, though the first name is also a word ("Per", "Maria") */
static const struct probe greeters[] = {
    { "sv", "Tack för boken, hälsade Per.", "Per" },
    { "sv", "Snabb fråga: hon har nytt nummer, hälsade Maria.", "Maria" },
};

static void test_diseases_named_after_a_physician_are_kept(void **state)
{
    (void)state;
    assert_words_kept(diseases);
}

static void test_feasts_and_dishes_are_kept(void **state)
{
    (void)state;
    assert_words_kept(feasts_and_dishes);
}

static void test_things_named_after_one_are_kept(void **state)
{
    (void)state;
    assert_words_kept(named_after_one);
}

static void test_roles_and_kin_are_kept(void **state)
{
    (void)state;
    assert_words_kept(roles_and_kin);
}

static void test_persons_beside_them_are_found(void **state)
{
    (void)state;
    assert_names_found(persons_beside);
}

static void test_greeters_are_found(void **state)
{
    (void)state;
    assert_names_found(greeters);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_diseases_named_after_a_physician_are_kept),
        cmocka_unit_test(test_feasts_and_dishes_are_kept),
        cmocka_unit_test(test_things_named_after_one_are_kept),
        cmocka_unit_test(test_roles_and_kin_are_kept),
        cmocka_unit_test(test_persons_beside_them_are_found),
        cmocka_unit_test(test_greeters_are_found),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
