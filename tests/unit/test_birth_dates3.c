/* test_birth_dates3.c — round 3 of the birth dates (tests/scrub/census/generate_birth_dates3.py):
 * identity documents, care, school, work, travel, family trees and contacts, each class in the
 * languages it exists in, probed with values and phrasings written for this file:
 *
 * - forms (scrub/validators.c's date_length, after a cue): a two-digit year after an
 *   apostrophe in a numeric date ("12.03.'85"), Roman months in lower case ("6.xii.2015"), a
 *   passport's month named in two languages ("10 AUG/AO\xc3\x9bT 63"), the year on the next line
 *   after a month's name, Spanish "1.\xc2\xba" and "1\xc2\xba", "febr."; and what stays: mixed-case
 *   Roman numerals, a second month name that names another month;
 * - cues (scrub/columns.c): German's star with a blank after it where the life's bracket closes
 *   (birth_date_star_closes: "(* 11 I 1971)", "(* … in Ulm; \xe2\x80\xa0 …)") and before a death's cross on
 *   its line (birth_date_before_cross: "* 14. juni 1950  \xe2\x80\xa0 …"), Nordic "f." after a name,
 *   "Geb.-Dat.", the birthday as
 *   chat shortens it ("anniv", "cumple"); and what stays: a bullet's or a comment's star, the death
 *   date after the cross, "f.eks.";
 * - records: HL7's PID-7 with its time ("198503120000", birth_date_hl7_stamp_length), a form's
 *   comb of boxes ("|1|2|0|3|1|9|8|5|", birth_date_comb_length), French class lists' "N\xc3\xa9(e) le"
 *   column, a header cell with an apostrophe ("Date d'entr\xc3\xa9" "e"), labels in capitals with
 *   Latin-1 letters ("F\xc3\x98" "DSELSDATO"); and what stays: an HL7 message's own timestamp, a
 *   ninth box, a stamp with no time; */
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

static void test_star_closes_a_life(void **state)
{
    (void)state;
    const char *closing[] = { "  \xe2\x80\xa0 17. januar 1996", "; \xe2\x80\xa0 4. Mai 2010)", " in Ulm)", " - \xe2\x80\xa0 1.2.2020",
                              " \xe2\x80\x93 \xe2\x80\xa0 1.2.2020", " \xc3\xa0 Lyon" };
    for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++) {
        if (!birth_date_star_closes(closing[i], strlen(closing[i]), 0, false)) {
            fail_msg("'%s' does not close", closing[i]);
        }
    }
    assert_true(birth_date_star_closes(") heiratete", 11, 0, true));
    assert_false(birth_date_star_closes(") heiratete", 11, 0, false));
    const char *open[] = { ": fixed the build", " *) moved", " release", " in the morning", "" };
    for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
        assert_false(birth_date_star_closes(open[i], strlen(open[i]), 0, true));
    }
}

static void test_date_before_a_cross(void **state)
{
    (void)state;
    const char *lines[] = { "* 14. JUNI 1950  \xe2\x80\xa0 17. JANUAR 1996", "Mor\n*12.03.1935 \xe2\x80\xa0 3.5.2010",
                            "* 25011947  \xe2\x80\xa0 17062014" };
    const char *dates[] = { "14. JUNI 1950", "12.03.1935", "25011947" };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        const char *cross = strstr(lines[i], "\xe2\x80\xa0");
        size_t start, end;
        if (!birth_date_before_cross(lines[i], strlen(lines[i]), (size_t)(cross - lines[i]), &start, &end)) {
            fail_msg("'%s': no date before the cross", lines[i]);
        }
        assert_int_equal(end - start, strlen(dates[i]));
        assert_memory_equal(lines[i] + start, dates[i], end - start);
    }
    const char *none[] = { "Kari 14. juni 1950 \xe2\x80\xa0 2020", "* 14. juni 2024: notes, see \xe2\x80\xa0", "*\n\xe2\x80\xa0" };
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        const char *cross = strstr(none[i], "\xe2\x80\xa0");
        size_t start, end;
        assert_false(birth_date_before_cross(none[i], strlen(none[i]), (size_t)(cross - none[i]), &start, &end));
    }
}

static void test_stamps_and_boxes(void **state)
{
    (void)state;
    assert_int_equal(birth_date_hl7_stamp_length("198503120000|F|||", 17), 12);
    assert_int_equal(birth_date_hl7_stamp_length("19850312083000+0100^x", 21), 19);
    assert_int_equal(birth_date_hl7_stamp_length("19850312083000.25\r", 18), 17);
    assert_int_equal(birth_date_hl7_stamp_length("19850312|F", 10), 0);       /* the date alone: date_length's */
    assert_int_equal(birth_date_hl7_stamp_length("198513120000|", 13), 0);    /* no month 13 */
    assert_int_equal(birth_date_hl7_stamp_length("198503120000X", 13), 0);
    assert_int_equal(birth_date_comb_length("1|2|0|3|1|9|8|5|", 16), 15);
    assert_int_equal(birth_date_comb_length("1 9 8 5 0 3 1 2\n", 16), 15);
    assert_int_equal(birth_date_comb_length("1|2|0|3|1|9|8|5|6|", 18), 0);   /* a ninth box */
    assert_int_equal(birth_date_comb_length("1|2 0|3|1|9|8|5|", 16), 0);     /* two kinds of wall */
    assert_int_equal(birth_date_comb_length("3|2|1|3|1|9|8|5|", 16), 0);     /* no day 32 */
}

static void test_round3_records(void **state)
{
    (void)state;
    expect_masked("MSH|^~\\&|LAB|HOSP|EHR|HOSP|20220104233900||ADT^A01|289649|P|2.5\nPID|1||80715398^^^HOSP^MR||||",
                  "195105230000", "|M", "DATE_OF_BIRTH");
    expect_masked("DATE OF BIRTH (DD MM YYYY) |", "1|2|0|3|1|9|8|5", "|\nDATE 12.03.2020", "DATE_OF_BIRTH");
    expect_masked("F\xc3\x98" "DSELSDATO (DDMM\xc3\x85\xc3\x85\xc3\x85\xc3\x85) |", "0|5|1|2|1|9|5|3", "|", "DATE_OF_BIRTH");
    expect_masked("F\xc3\x96" "DELSEDATUM: ", "1985-03-12", "", "DATE_OF_BIRTH");
    expect_masked("N\xc2\xb0\tN\xc3\xa9(e) le\tClasse\n4\t", "24.10.2015", "\tCM2", "DATE_OF_BIRTH");
    expect_masked("N\xc2\xb0 | N\xc3\xa9" "e le | Classe\n4 | ", "130116", " | CM2", "DATE_OF_BIRTH");
    expect_masked("Date de naissance;Matricule;Date d'entr\xc3\xa9" "e\n", "22/01/1983", ";4411;03/02/2021", "DATE_OF_BIRTH");
    expect_untouched("Fødselsdato: 1 2 0 3 1 9 8 5 6");
}

static void test_round3_cues(void **state)
{
    (void)state;
    expect_masked("Pat.: Bett 4, *", "12.03.1985", "   Stat. 7B", "DATE_OF_BIRTH");
    expect_masked("Traueranzeige\n*", "12.03.1935", " \xe2\x80\xa0 3.5.2010\n", "DATE_OF_BIRTH");
    expect_masked("* ", "3.iv.1971", " \xe2\x80\x93 \xe2\x80\xa0 27.ii.2025", "DATE_OF_BIRTH");
    expect_masked("In stiller Trauer\n* ", "14. JUNI 1950", "  \xe2\x80\xa0 17. JANUAR 1996\n", "DATE_OF_BIRTH");
    expect_masked("Der Stifter (* ", "12. M\xc3\xa4rz 1931", " in Ulm; \xe2\x80\xa0 4. Mai 2010 in K\xc3\xb6ln) war", "DATE_OF_BIRTH");
    expect_masked("die Tochter (* ", "4.i.1988", ") heiratete", "DATE_OF_BIRTH");
    expect_masked("Pas: rom 4 f. ", "691003", "   Post 7B", "DATE_OF_BIRTH");
    expect_masked("Spielerpass 4411, Geb.-Dat. ", "26. Februar '80", ", Verein", "DATE_OF_BIRTH");
    expect_masked("mon anniv c'est le ", "13 janvier 1970", " au fait", "DATE_OF_BIRTH");
    expect_masked("mi cumple es el ", "25/12/97", " por cierto", "DATE_OF_BIRTH");
    /* a bullet's and a comment's star, arithmetic, Norwegian "f.eks." */
    expect_untouched("Release notes\n* 12.03.2024 release");
    expect_untouched("Meeting (* 12.03.2026 *) moved");
    expect_untouched("x = 5 *12 + 3");
    expect_untouched("se f.eks. 12.03.2024 for detaljer");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round3_forms_after_a_cue),
        cmocka_unit_test(test_star_closes_a_life),
        cmocka_unit_test(test_date_before_a_cross),
        cmocka_unit_test(test_round3_cues),
        cmocka_unit_test(test_stamps_and_boxes),
        cmocka_unit_test(test_round3_records),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
