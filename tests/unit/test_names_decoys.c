/* test_names_decoys.c — capitalised words that stand where a person could and are nobody's name (issue 15, the
 * decoys census tests/scrub/census/decoys.jsonl), told by their form and position, in the six languages:
 *   - the object of a verb that takes things (eat, drink, bake, serve, buy, install, play, dance, plant, read),
 *     right after it or after a determiner ("We served Bakewell Tart", "juega al Zelda"); a sentence that opens
 *     with such a verb ("Comí Cocido", "Plante Lierre", "Tomamos Cava"); but an owner ("read Kari's notes"), a
 *     listed first name that is no word ("buy Ingrid a present") and one that is, given something ("buy Heather
 *     a gift") stay persons: privacy first;
 *   - a sentence that opens with a possessive ("Vår Lyng", "Unser Juniorprofessor");
 *   - an academic title before a name, a cue and not the name's first word ("Lektor Ebba Forsberg");
 *   - a weekday's or month's abbreviation before a day's number, which no surname is ("Vence Ene 12"); a
 *     listed first name before a time stays a speaker ("Sam 10:42");
 *   - in German, the word before a thing verb's participle or infinitive ending the clause ("mit Hannah Lange
 *     Maultaschen gegessen", "bis Mitternacht Krautrock getanzt");
 *   - a word in no list with a noun ending of the language ("Frag Infrastruktur", "Datenschutzbeauftragter
 *     Maximilian Neumann"), whatever cue stands before it.
 * A run prints every miss with the spans found, never the words. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe found_names[] = {
    /* persons where things would stand: an owner, a listed first name, a receiver */
    { "en", "Please read Kari's notes before Friday.", "Kari" },
    { "en", "We should buy Ingrid a present.", "Ingrid" },
    { "nb", "Vi kjøpte Kari Nordmann en bok.", "Kari Nordmann" },
    { "en", "Tonight I read Ingrid Hansen to the children.", "Ingrid Hansen" },
    /* the name after an academic title, and after a sentence's possessive */
    { "sv", "Lektor Ebba Forsberg leder panelen.", "Ebba Forsberg" },
    { "de", "Dekanin Sabine Müller hat zugestimmt.", "Sabine Müller" },
    { "es", "Catedrático Manuel Pérez presidirá la mesa.", "Manuel Pérez" },
    /* a listed first name before a time is a chat's speaker */
    { "en", "Sam 10:42 the deploy is done", "Sam" },
    /* a name before the dish a German clause ends on eating */
    { "de", "Ich habe nach dem Spiel mit Hannah Lange Maultaschen gegessen.", "Hannah Lange" },
    /* the name after a team whose noun ending says it is none */
    { "de", "Datenschutzbeauftragter Maximilian Neumann leitet das Panel.", "Maximilian Neumann" },
};

static const struct probe kept_words[] = {
    /* the object of a verb that takes things */
    { "en", "We served Bakewell Tart with cream.", "Bakewell Tart" },
    /* a sentence that opens with such a verb, and its object */
    { "es", "Comí Cocido con Julia después del partido.", "Comí" },
    { "es", "Comí Cocido con Julia después del partido.", "Cocido" },
    { "fr", "Plante Lierre à côté de la haie.", "Lierre" },
    { "es", "Tomamos Cava en la playa.", "Cava" },
    { "de", "Pflanz Dachs neben den Flieder.", "Pflanz" },
    { "es", "Bailamos Flamenco hasta medianoche.", "Flamenco" },
    /* a sentence that opens with a possessive */
    { "nb", "Vår Lyng må vannes to ganger om dagen.", "Vår" },
    { "nb", "Vår Dekan godkjente budsjettet.", "Dekan" },
    /* an academic title is the name's cue */
    { "sv", "Lektor Ebba Forsberg leder panelen.", "Lektor" },
    /* weekdays and months before a number */
    { "es", "Vence Ene 12, pagado Sáb 3.", "Vence" },
    /* the object before a German clause's last verb */
    { "de", "Ich habe nach dem Spiel mit Hannah Lange Maultaschen gegessen.", "Maultaschen" },
    { "de", "Wir haben mit Lea bis Mitternacht Schlager getanzt.", "Mitternacht" },
    { "de", "Wir haben mit Lea bis Mitternacht Schlager getanzt.", "Schlager" },
    /* a word in no list with a noun's ending */
    { "de", "Datenschutzbeauftragter Maximilian Neumann leitet das Panel.", "Datenschutzbeauftragter" },
};

static void test_decoy_position_names_are_found(void **state)
{
    (void)state;
    assert_names_found(found_names);
}

static void test_decoys_are_kept(void **state)
{
    (void)state;
    assert_words_kept(kept_words);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decoy_position_names_are_found),
        cmocka_unit_test(test_decoys_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
