/* test_birth_dates3.c — round 3 of the birth dates (tests/scrub/census/generate_birth_dates3.py):
 * identity documents, care, school, work, travel, family trees and contacts, each class in the
 * languages it exists in, probed with values and phrasings written for this file:
 *
 * - forms (scrub/validators.c's date_length, after a cue): a two-digit year after an
 *   apostrophe in a numeric date ("12.03.'85"), Roman months in lower case ("6.xii.2015"), a
 *   passport's month named in two languages ("10 AUG/AOÛT 63"), the year on the next line
 *   after a month's name, Spanish "1.º" and "1º", "febr."; and what stays: mixed-case
 *   Roman numerals, a second month name that names another month;
 * - cues (scrub/columns.c): German's star touching its date after a name ("Hans *12.03.1985"),
 *   with a blank after it where the life's bracket closes
 *   (birth_date_star_closes: "(* 11 I 1971)", "(* … in Ulm; † …)") and before a death's cross on
 *   its line (birth_date_before_cross: "* 14. juni 1950  † …"), Nordic "f." after a name,
 *   "Geb.-Dat.", the birthday as
 *   chat shortens it ("anniv", "cumple"); and what stays: a bullet's or a comment's star, the death
 *   date after the cross, "f.eks.";
 * - records: HL7's PID-7 with its time ("198503120000", birth_date_hl7_stamp_length), a form's
 *   comb of boxes ("|1|2|0|3|1|9|8|5|", birth_date_comb_length), French class lists' "Né(e) le"
 *   column, a header cell with an apostrophe ("Date d'entrée"), labels in capitals with
 *   Latin-1 letters ("FØDSELSDATO"); and what stays: an HL7 message's own timestamp, a
 *   ninth box, a stamp with no time;
 * - documents: a passport's and an ID card's machine-readable zone (birth_date_mrz_field: the
 *   birth date by its place and check digit, the word holding it masked), a driving licence's
 *   field "3." before "4a." (birth_date_licence_field), an APIS list whose header only slashes
 *   part; and what stays: an MRZ whose check digit fails, a numbered list with no "4a.", a path;
 * - a date split into a form's Day / Month / Year fields after the label, six languages, any
 *   order (birth_date_split_fields), or into a table's three columns beside a birth date's
 *   column; and what stays: a day that does not exist, a field twice, the three columns alone;
 * - each reader's work is bounded whatever the input holds. */
#include <stddef.h>
#include <stdlib.h>

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
    /* a prose line with a comma and "né le" is no header: its date broken over two lines is read */
    expect_masked("Je soussign\xc3\xa9 ici, n\xc3\xa9 le ", "11.01.\n1995", " \xc3\xa0 Lille, cer-\ntifie", "DATE_OF_BIRTH");
    expect_masked("\xe2\x98\x8e ", "3127950616", " or later", "PHONE");
}

/* The ICAO 9303 specimens' layout with values written for this file, check digits computed. */
static const char td3[] = "P<NORHANSEN<<KARI<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                          "FH12345674NOR8503127F3001019<<<<<<<<<<<<<<<2";
static const char td1[] = "I<SWEXK12345679<<<<<<<<<<<<<<<\n"
                          "8503127F3001019SWE<<<<<<<<<<<2\n"
                          "BERG<<ANNA<<<<<<<<<<<<<<<<<<<<";

static void test_machine_readable_zones(void **state)
{
    (void)state;
    size_t start, end;
    /* from a filler in the first line and in the second, of a passport */
    assert_true(birth_date_mrz_field(td3, strlen(td3), 30, &start, &end));
    assert_int_equal(end - start, 28);
    assert_memory_equal(td3 + start, "FH12345674NOR8503127F3001019", 28);
    assert_true(birth_date_mrz_field(td3, strlen(td3), strlen(td3) - 3, &start, &end));
    assert_memory_equal(td3 + start, "FH12345674NOR8503127F3001019", 28);
    /* an ID card: from each of its three lines */
    for (size_t at = 20; at < strlen(td1); at += 31) {
        assert_true(birth_date_mrz_field(td1, strlen(td1), at, &start, &end));
        assert_int_equal(end - start, 18);
        assert_memory_equal(td1 + start, "8503127F3001019SWE", 18);
    }
    /* a wrong check digit, a line of another length, a conflict marker */
    char broken[sizeof td3];
    memcpy(broken, td3, sizeof td3);
    broken[45 + 19] = '5';
    assert_false(birth_date_mrz_field(broken, strlen(broken), 30, &start, &end));
    const char *other = "P<NORHANSEN<<KARI<<<<<<<<<<<<\nFH12345671NOR8503124F3001015<<<<0";
    assert_false(birth_date_mrz_field(other, strlen(other), 20, &start, &end));
    const char *conflict = "<<<<<<< HEAD\nint x = 1;\n=======";
    assert_false(birth_date_mrz_field(conflict, strlen(conflict), 3, &start, &end));
    /* The name line's parts are masked too (scrub/name_records.h). */
    expect_scrubbed("Can you check this MRZ parses?\n\nP<NORHANSEN<<KARI<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                    "FH12345674NOR8503127F3001019<<<<<<<<<<<<<<<2",
                    "Can you check this MRZ parses?\n\nP<NOR[PERSON_1]<<[PERSON_2]<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
                    "[DATE_OF_BIRTH_1]<<<<<<<<<<<<<<<2");
}

static void test_licence_fields_and_slash_lists(void **state)
{
    (void)state;
    const char *card = "DRIVING LICENCE\n3. 12.03.1985 LEEDS\n4a. 01.02.2015 4b. 01.02.2030";
    size_t start, end;
    assert_true(birth_date_licence_field(card, (size_t)(strstr(card, "4a.") - card), &start, &end));
    assert_memory_equal(card + start, "12.03.1985", end - start);
    const char *one_line = "1. SMITH 2. ANNA 3. 1969-12-08 SVERIGE 4a. 2015-02-01";
    assert_true(birth_date_licence_field(one_line, (size_t)(strstr(one_line, "4a.") - one_line), &start, &end));
    assert_memory_equal(one_line + start, "1969-12-08", end - start);
    const char *list = "Steps:\n13. 12.03.2024 deploy\n14a. rollback";
    assert_false(birth_date_licence_field(list, (size_t)(strstr(list, "4a.") - list), &start, &end));
    expect_masked("F\xc3\x98RERKORT\n3. ", "08.09.1984", " NORGE\n4a. 01.02.2015 4b. 01.02.2030\n4c. Statens vegvesen",
                  "DATE_OF_BIRTH");
    expect_masked("APIS DATA SK4035 14JUN27 OSL-EWR\nSURNAME/GIVEN/DOB/SEX/NAT/DOC/DOCNO/EXP\nX/Y/", "12NOV1959",
                  "/F/NOR/P/ZJ1352082/14SEP2031", "DATE_OF_BIRTH");
    expect_untouched("Agenda:\n3. 12.03.2024 review\n4. 15.03.2024 release");
    expect_untouched("src/dob/parse/v2/main.c\n2024/12/03/x/y/z");        /* a path: '.' in the "header" */
}

static void test_split_fields(void **state)
{
    (void)state;
    size_t parts[2 * BIRTH_DATE_FIELDS];
    const char *forms[] = { "Day 12   Month 03   Year 1985", "Dag: 12 M\xc3\xa5ned: 03 \xc3\x85r: 1985",
                            "Tag 12 Monat 3 Jahr 1985", ("Jour 12, Mois 03, Ann\xc3\xa9" "e 1985"),
                            ("D\xc3\xad" "a 12 Mes 03 A\xc3\xb1o 1985"), "Year 1985 Month 03 Day 12" };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
        if (!birth_date_split_fields(forms[i], strlen(forms[i]), 0, parts)) {
            fail_msg("'%s' not read", forms[i]);
        }
        assert_true(parts[0] < parts[2] && parts[2] < parts[4]);
    }
    const char *not_dates[] = { "Day 31 Month 02 Year 1985", "Day 12 Day 03 Year 1985", "Day 12 Month 03 Year 85",
                                "Day 12 Month 03" };
    for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
        assert_false(birth_date_split_fields(not_dates[i], strlen(not_dates[i]), 0, parts));
    }
    expect_scrubbed("| Date of birth | Day | Month | Year |\n|---|---|---|---|\n| | 12 | 03 | 1985 |",
                    "| Date of birth | Day | Month | Year |\n|---|---|---|---|\n"
                    "| | [DATE_OF_BIRTH_1] | [DATE_OF_BIRTH_2] | [DATE_OF_BIRTH_3] |");
    expect_untouched("| Name | Day | Month | Year |\n|---|---|---|---|\n| x | 12 | 03 | 1985 |");
    expect_untouched("| Date of birth | Day | Month | Year |\n|---|---|---|---|\n| | 31 | 02 | 1985 |");
    expect_scrubbed("Date of birth:  Day 12   Month 03   Year 1985\nPlace of birth: Cork",
                    "Date of birth:  Day [DATE_OF_BIRTH_1]   Month [DATE_OF_BIRTH_2]   Year [DATE_OF_BIRTH_3]\n"
                    "Place of birth: Cork");
}

/* Every reader reads a bounded stretch: a megabyte of fillers, digits, stars and crosses costs
 * what a line does. */
static void test_round3_work_is_bounded(void **state)
{
    (void)state;
    enum { BIG = 1 << 20 };
    char *text = malloc(BIG);
    assert_non_null(text);
    size_t start, end;
    for (size_t k = 0; k < 3; k++) {
        for (size_t i = 0; i < BIG; i++) {
            text[i] = (k == 0 ? "<<<<<<<<<<<<<<<<" : k == 1 ? "3. 1|2|0|3 * 1 " : "12000312000000 *")[i % 16];
        }
        birth_work = 0;
        birth_date_mrz_field(text, BIG, BIG / 2, &start, &end);
        birth_date_licence_field(text, BIG / 2, &start, &end);
        birth_date_before_cross(text, BIG, BIG / 2, &start, &end);
        birth_date_star_closes(text, BIG, BIG / 2, true);
        birth_date_comb_length(text + BIG / 2, BIG / 2);
        birth_date_hl7_stamp_length(text, BIG);
        size_t parts[2 * BIRTH_DATE_FIELDS];
        birth_date_split_fields(text, BIG, 0, parts);
        assert_true(birth_work <= 12 * BIRTH_DATE_SCAN_MAX);
    }
    free(text);
}

static void test_round3_cues(void **state)
{
    (void)state;
    expect_masked("Pat.: Bett 4, *", "12.03.1985", "   Stat. 7B", "DATE_OF_BIRTH");
    expect_masked("Traueranzeige\n*", "12.03.1935", " \xe2\x80\xa0 3.5.2010\n", "DATE_OF_BIRTH");
    expect_masked("Patient: bed four *", "25th December 1965", "   MRN 17971", "DATE_OF_BIRTH");
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
        cmocka_unit_test(test_machine_readable_zones),
        cmocka_unit_test(test_licence_fields_and_slash_lists),
        cmocka_unit_test(test_split_fields),
        cmocka_unit_test(test_round3_work_is_bounded),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
