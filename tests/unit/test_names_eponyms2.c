/* test_names_eponyms2.c — the name finder on two more classes of false names dev10 showed (issue 15, round 2),
 * probed with names, foundations and schools picked for this file, not the halves' own:
 *
 * - a foundation or prize named after two founders, the first by given name only, joined by a conjunction in
 *   any of six languages ("Sven och Ebba Lindqvists Stiftelse", "Otto und Erna Brandt Stiftung", "Harold and
 *   Maude Whitcombe Foundation"): the first founder's name is part of the thing's;
 * - a song that is a given name, read by the first dance after it in six languages ("Delilah som første dans",
 *   "Rosanna als ersten Tanz", "Lucille pour l'ouverture du bal", "Dolores para el primer baile");
 * - a cue word whose first letter is an accented capital at a sentence's start ("École Sainte-Odile", "Église
 *   Saint-Roch"), read as its lowercase entry ("école").
 * - a capitalised phrase right after English's "the" or German's "das"/"dem", a thing's name with no kind
 *   noun ("read the Kristin Lavransdatter", "sailed on the Queen Mary"; session 16, from aggregate counts:
 *   no person after "the" in 21 halves, 154 decoys); a title or a role before the name keeps it a person's.
 * The persons beside those things, and two persons joined by a conjunction, are still found. Every table of the
 * kept words fails on the session's start (/work/baseline6). A run prints every miss with the spans found. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe cofounded[] = {
    { "sv", "Vi söker bidrag från Sven och Ebba Lindqvists Stiftelse i år.", "Sven" },
    { "nb", "Søknaden til Olav og Ingrid Hauges Stiftelse er sendt.", "Olav" },
    { "de", "Schick den Antrag an die Otto und Erna Brandt Stiftung, bitte.", "Otto" },
    { "en", "Apply to the Harold and Maude Whitcombe Foundation by May.", "Harold" },
    { "en", "She won the Rupert & Iris Penhallow Prize last year.", "Rupert" },
};

static const struct probe first_dances[] = {
    { "nb", "Brudeparet ønsker seg Delilah som første dans, sier Kari Lie.", "Delilah" },
    { "sv", "Brudparet vill ha Marlene som första dans, säger Greta.", "Marlene" },
    { "de", "Das Paar wünscht sich Rosanna als ersten Tanz, sagt Jonas.", "Rosanna" },
    { "fr", "Les mariés veulent Lucille pour l'ouverture du bal, dit Paul.", "Lucille" },
    { "es", "Los novios quieren Dolores para el primer baile, dice Pilar.", "Dolores" },
    { "en", "They picked Delilah as their first dance.", "Delilah" },
};

static const struct probe accented_capitals[] = {
    { "fr", "Inscription : École Sainte-Odile, classe de CM1.", "Sainte-Odile" },
    { "fr", "Le concert est à l'Église Saint-Roch. École Saint-Aubin ensuite.", "Saint-Aubin" },
};

static const struct probe after_articles[] = {
    { "en", "I finally read the Kristin Lavransdatter trilogy over Easter.", "Kristin" },
    { "en", "We sailed on the Queen Mary to New York.", "Mary" },
    { "en", "Our office is opposite the Anna Freud Centre.", "Anna" },
    { "en", "Renew the Harold Pinter subscription, please.", "Harold" },
    { "de", "Wir treffen uns vor dem Albert Schweitzer Haus.", "Albert" },
};

static const struct probe persons_beside[] = {
    { "en", "Tell the CEO Maja Ekholm that the board meets at 10.", "Maja Ekholm" },
    { "en", "Please ask the Dr. Camille Roux about it.", "Camille Roux" },
    { "sv", "Hjälp mig med ansökan till Sven och Ebba Lindqvists Stiftelse för Maja Ekholm.", "Maja Ekholm" },
    { "sv", "Ring Sven och Ebba Lindqvist i morgon.", "Sven" },
    { "en", "Harold and Maude Whitcombe called about the flat.", "Harold" },
    { "fr", "Inscription : École Sainte-Odile, pour Camille Roux.", "Camille Roux" },
    { "sv", "Ring Marlene Ekholm som första person i morgon.", "Marlene Ekholm" },
    { "en", "Book Dolores Reyes as the dance teacher.", "Dolores Reyes" },
};

static void test_things_of_two_founders_are_kept(void **state)
{
    (void)state;
    assert_words_kept(cofounded);
}

static void test_first_dances_are_songs(void **state)
{
    (void)state;
    assert_words_kept(first_dances);
}

static void test_cue_words_with_an_accented_capital_are_read(void **state)
{
    (void)state;
    assert_words_kept(accented_capitals);
}

static void test_phrases_after_an_article_are_things(void **state)
{
    (void)state;
    assert_words_kept(after_articles);
}

static void test_persons_beside_them_are_found(void **state)
{
    (void)state;
    assert_names_found(persons_beside);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_things_of_two_founders_are_kept),
        cmocka_unit_test(test_first_dances_are_songs),
        cmocka_unit_test(test_cue_words_with_an_accented_capital_are_read),
        cmocka_unit_test(test_phrases_after_an_article_are_things),
        cmocka_unit_test(test_persons_beside_them_are_found),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
