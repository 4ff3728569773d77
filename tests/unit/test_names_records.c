/* test_names_records.c — names in records (issue 15, the names2 census tests/scrub/census/names2.jsonl), told by
 * the record's own syntax, in the six languages:
 *   - a vCard's "N:" line, with or without parameters ("N;CHARSET=UTF-8:"), and an HL7 name: each component its
 *     own span, so that the "FN:" line's other order is masked as each further occurrence;
 * A run prints every miss with the spans found, never the words. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe vcard_components[] = {
    { "en", "BEGIN:VCARD\nN:Pellowe;Abdiwahid;;;\nFN:Abdiwahid Pellowe\nEND:VCARD", "Pellowe" },
    { "en", "BEGIN:VCARD\nN:Pellowe;Abdiwahid;;;\nFN:Abdiwahid Pellowe\nEND:VCARD", "Abdiwahid" },
    { "nb", "BEGIN:VCARD\nN;CHARSET=UTF-8:Kvernmoen;Torlaug;;;\nEND:VCARD", "Kvernmoen" },
    { "nb", "BEGIN:VCARD\nN;CHARSET=UTF-8:Kvernmoen;Torlaug;;;\nEND:VCARD", "Torlaug" },
    { "de", "BEGIN:VCARD\nN;CHARSET=utf-8:Kötterheinrich;Waltraut;;;\nEND:VCARD", "Waltraut" },
    { "es", "PID|1||4711||Urrutikoetxea^Gaudiosa^^|", "Urrutikoetxea" },
    { "es", "PID|1||4711||Urrutikoetxea^Gaudiosa^^|", "Gaudiosa" },
};

static void test_vcard_components_are_found_each(void **state)
{
    (void)state;
    assert_names_found(vcard_components);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vcard_components_are_found_each),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
