/* test_birth_dates3.c — round 3 of the birth dates (tests/scrub/census/generate_birth_dates3.py):
 * identity documents, care, school, work, travel, family trees and contacts, each class in the
 * languages it exists in, probed with values and phrasings written for this file:
 *
 * - forms (scrub/validators.c's date_length, after a cue): a two-digit year after an
 *   apostrophe in a numeric date ("12.03.'85"), Roman months in lower case ("6.xii.2015"), a
 *   passport's month named in two languages ("10 AUG/AO\xc3\x9bT 63"), the year on the next line
 *   after a month's name, Spanish "1.\xc2\xba" and "1\xc2\xba", "febr."; and what stays: mixed-case
 *   Roman numerals, a second month name that names another month; */
#include <stddef.h>

static size_t birth_work;
#define COUNT_WORK(bytes) (birth_work += (size_t)(bytes))
#include "scrub/birth_dates.c"
#undef COUNT_WORK

#include "tests/unit/scrub_testing.h"

static void test_round3_forms_after_a_cue(void **state)
{
    (void)state;
    expect_masked("DOB ", "12.03.'85", " (UK)", "DATE_OF_BIRTH");
    expect_masked("Rezept f\xc3\xbcr Bett 4, geb. ", "11.4.'05", "\n", "DATE_OF_BIRTH");
    expect_masked("f\xc3\xb6" "dd ", "28/02/\xe2\x80\x99" "60", ", Lund", "DATE_OF_BIRTH");
    expect_masked("f\xc3\xb8" "dt ", "6.xii.2015", " i Bod\xc3\xb8", "DATE_OF_BIRTH");
    expect_masked("n\xc3\xa9 le ", "19.xi.1981", " \xc3\xa0 Lyon", "DATE_OF_BIRTH");
    expect_masked("Date of birth / Date de naissance\n", "10 AUG/AO\xc3\x9bT 63", "\nDate of issue", "DATE_OF_BIRTH");
    expect_masked("F\xc3\xb8" "dselsdato / Date of birth\n", "19 JUN /JUN 1980", "\nUtstedt", "DATE_OF_BIRTH");
    expect_masked("Date of birth: ", "5 February\n1985", "\nPlace of birth: Cork", "DATE_OF_BIRTH");
    expect_masked("Fecha de nacimiento: ", "16 de mayo de\n1985", "\nLugar", "DATE_OF_BIRTH");
    expect_masked("naci\xc3\xb3 el ", "1.\xc2\xba de junio de 1983", " en Sevilla", "DATE_OF_BIRTH");
    expect_masked("nacida el ", "1\xc2\xba de junio de 1983", ".", "DATE_OF_BIRTH");
    expect_masked("Nr\tF\xc3\xb6" "dd\n7\t", "21 febr. 2020", "", "DATE_OF_BIRTH");
    /* mixed-case numerals are no month; a second name must name the same month; no cue, no date */
    expect_untouched("born 6.Xii.2015");
    expect_untouched("born 10 AUG/SEPT 63");
    expect_untouched("Flight SK4035 on 12.03.'26 at 10:00");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round3_forms_after_a_cue),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
