/* test_names_positions.c — names found by the place a sentence or a record gives them (issue 15, the
 * PERSON census tests/scrub/census/names.jsonl).
 *
 * Each class in the six languages, with the words of the same positions that are no one's name:
 *   - an initial before a surname that is also a word or a place, or in no list ("M. Lange, Oberarzt",
 *     "L. Henderson", "T. Karaoğlu"), and a capitalised particle after it ("M. Van Wyk"); not the last
 *     letter of an abbreviation ("z. B. Bosch");
 *   - a first name, its particle and its surname ("Mats af Trolle", "Maria de Laval", "Per von Hagen"); not
 *     a brand, a word of the language or a place after the particle ("Carlos de Telefónica");
 *   - a first name alone that is also a place, as the subject of a verb of saying or the owner of a noun
 *     ("Mary said", "David's passport"); not a city that is a word too ("Boston's mayor");
 *   - kin and household nouns, in the definite form of nb/nn, da and sv with a possessive after them
 *     ("søsteren min Live", "hyresvärden Ragnvi", "Uncle Marigold", "mi tía Montserrat");
 *   - a first name that is also a word as the one a request's verb addresses ("ask Live", "text David on",
 *     "Säg till Per"); not a team, a city or a word of the language ("Ask Legal", "Säg till Lön").
 * A run prints every miss with the spans found, never the words. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe found_names[] = {
    /* an initial and a surname */
    { "de", "M. Lange, Oberarzt", "M. Lange" },
    { "en", "Met with L. Henderson on Thursday.", "L. Henderson" },
    { "sv", "Jag träffade T. Karaoğlu på konferensen.", "T. Karaoğlu" },
    { "en", "{\"assignee\": \"A. Walker\", \"status\": \"open\"}", "A. Walker" },
    { "fr", "Veuillez agréer... E. Quéméneur", "E. Quéméneur" },
    { "en", "Doctor: M. Van Wyk, The Surgery", "M. Van Wyk" },
    { "es", "Payroll: E. Goikoetxea, ext. 214", "E. Goikoetxea" },
    { "nb", "Saken følges opp. S. Fjellstueseter har ansvaret.", "S. Fjellstueseter" },
    /* a first name, its particle and its surname */
    { "sv", "Axel och Mats af Trolle har jour i veckan.", "Mats af Trolle" },
    { "sv", "Receptet står på Maria de Laval.", "Maria de Laval" },
    { "nb", "Per von Hagen ringte i går.", "Per von Hagen" },
    { "en", "Mary de Davis called.", "Mary de Davis" },
    { "es", "var from = \"Montserrat del Río\";", "Montserrat del Río" },
    /* a first name alone that is also a place */
    { "en", "On call this week. Mary said the routing number is wrong.", "Mary" },
    { "en", "both need a login; David's is in the vault", "David" },
    { "en", "that's the birthday on David's passport", "David" },
    /* kin and household */
    { "nb", "Søsteren min Torlaug bor i Bergen.", "Torlaug" },
    { "nb", "Husk at søstera mi Live har ny mobil.", "Live" },
    { "nb", "faren min Lodve Hagen trenger hjelp", "Lodve Hagen" },
    { "sv", "mobilnumret till hyresvärden Ragnvi, annonsen", "Ragnvi" },
    { "sv", "Ring farbror Mats på lördag.", "Mats" },
    { "nb", "er mobilen til utleieren Yngvild, annonsen", "Yngvild" },
    { "en", "Uncle Marigold says hi.", "Marigold" },
    { "de", "meine Tante Waltraut kommt morgen.", "Waltraut" },
    { "fr", "mon oncle Per arrive demain.", "Per" },
    { "es", "mi tía Montserrat llega mañana.", "Montserrat" },
    /* the one a request addresses */
    { "en", "Quick one: can you text David on his cell?", "David" },
    { "en", "login svc_billing — ask Live before rotating.", "Live" },
    { "en", "Reach Heather at the office after 5pm.", "Heather" },
    { "sv", "Numret är nytt. Säg till Per.", "Per" },
    { "en", "Alarm PIN in the vault (ask Hyacinth)", "Hyacinth" },
};

static const struct probe kept_words[] = {
    /* an abbreviation's last letter before a firm */
    { "de", "Große Firmen, z. B. Bosch oder Siemens, zahlen mehr.", "Bosch" },
    { "de", "Viele Anbieter, u. A. Telekom, bieten das an.", "Telekom" },
    /* after a first name that is also a word and a particle, a brand, a word of the language or a city
     * that is no surname: the one from a place or a firm, and the firm */
    { "es", "Maria de Telefónica llamó ayer.", "Telefónica" },
    { "es", "Maria de Sevilla llamó ayer.", "Sevilla" },
    { "es", "Montserrat de Recursos Humanos llamó.", "Recursos" },
    /* a city that is a word too, before its possessive or a verb of saying */
    { "en", "Boston's mayor said the roads are clear.", "Boston" },
    { "en", "Berlin says the budget is final.", "Berlin" },
    /* a firm that is also a first name and a word, saying something */
    { "sv", "Ericsson sa att driftstoppet är över.", "Ericsson" },
    /* a word in no list as the subject of a verb of saying: a firm as often as a person */
    { "nb", "Vipps sa at driftsavbruddet er over.", "Vipps" },
    { "fr", "Airbus a dit que la panne est terminée.", "Airbus" },
    /* teams, cities and brands where a request's verb addresses someone */
    { "en", "Ask Legal whether the contract was signed.", "Legal" },
    { "en", "ask Paris about the office move.", "Paris" },
    { "sv", "Säg till Lön att revisionen börjar i januari.", "Lön" },
    { "nb", "Si til Lønn at revisjonen starter i desember.", "Lønn" },
    { "de", "Ich hatte einen Termin mit Siemens wegen der Preise.", "Siemens" },
    /* kin nouns say nothing of a team or a place after them */
    { "nb", "Søsteren min bor i Bergen.", "Bergen" },
};

static void test_position_names_are_found(void **state)
{
    (void)state;
    assert_names_found(found_names);
}

static void test_position_false_names_are_kept(void **state)
{
    (void)state;
    assert_words_kept(kept_words);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_position_names_are_found),
        cmocka_unit_test(test_position_false_names_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
