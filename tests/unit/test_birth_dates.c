/* test_birth_dates.c — round 2 of the birth dates (tests/scrub/census/generate_birth_dates.py):
 * the places records, forms, lists and scans put a birth date, each class in the languages it
 * exists in, probed with values and phrasings written for this file:
 *
 * - scrub/birth_dates.c read alone, its work counted (COUNT_WORK compiled in): OCR'd dates with
 *   stray blanks, the APIS `SSR DOCS` line's birth-date field, a second birth date joined to the
 *   first by "and" and a kin word; each call reads a bounded stretch whatever the input holds;
 * - through the scrubber (scrub/columns.c's hooks): a form's blank filled in ("____12.03.1985____"),
 *   query-string keys ("?dob=…&"), "fött", "bdate", "fdatum", "d_o_b", keys that say the layout
 *   ("DOB_DDMMYYYY"), a label padded to its value's column past the prose gap, German's star ("(*12.3.1985)", ", *12.3.1985"), Spanish "(n. …)", the DOCS
 *   line, OCR'd dates after a cue and the joined second date; and what stays: another event's
 *   date after "and" ("… and baptised on …"), a DOCS line's expiry, a star with a blank after it;
 * - the Nordic dash before a two-digit year ("12.3.-85") and "13/5 '60" (census typography);
 * - the month's point left out before the year's blank ("12.3 1985") and en dashes for a date's
 *   dashes ("12–03–1985", "12 – 03 – 1985") (census typography);
 * - a birth word a clause before its date's label, past the prose gap only right after the
 *   label's colon, and not when the label names another date (session 16). */
#include <stddef.h>

static size_t birth_work;
#define COUNT_WORK(bytes) (birth_work += (size_t)(bytes))
#include "scrub/birth_dates.c"
#undef COUNT_WORK

#include "tests/unit/scrub_testing.h"

static void expect_spaced(const char *text, size_t length)
{
    size_t got = birth_date_spaced_length(text, strlen(text));
    if (got != length) {
        fail_msg("'%s': %zu, expected %zu", text, got, length);
    }
}

static void test_spaced_dates_read_whole(void **state)
{
    (void)state;
    expect_spaced("1 2. 03. 1985 in Cork", 13);
    expect_spaced("12.03. 1985", 11);
    expect_spaced("12 .03.1985,", 11);
    expect_spaced("12 / 03 / 1985", 14);
    expect_spaced("16-09- 1963 en", 11);
    expect_spaced("12.03.\n1985", 11);
    expect_spaced("1985 -03-12", 11);
    /* no stray blank: date_length's; mixed separators, a day that does not exist, no year */
    expect_spaced("12.03.1985", 0);
    expect_spaced("12.03/ 1985", 0);
    expect_spaced("31. 02.1985", 0);
    expect_spaced("12. 03. 7", 0);
    expect_spaced("12 03 1985", 0);
}

static void test_docs_line_field(void **state)
{
    (void)state;
    const char *line = "SSR DOCS SK HK1/P/NOR/37194627/NOR/19DEC58/M/07JUN28/BISHOP/SUSAN";
    size_t start, end;
    assert_true(birth_date_docs_field(line, strlen(line), 8, &start, &end));
    assert_int_equal(end - start, 7);
    assert_memory_equal(line + start, "19DEC58", 7);
    const char *short_form = "DOCS/P/GBR/123456789/GBR/12JUL64/M/23OCT26/SMITH/JOHN";
    assert_true(birth_date_docs_field(short_form, strlen(short_form), 4, &start, &end));
    assert_memory_equal(short_form + start, "12JUL64", 7);
    const char *prose = "see the docs at /usr/share/doc/x/y/z for more";
    assert_false(birth_date_docs_field(prose, strlen(prose), 12, &start, &end));
}

static void test_joined_birth_dates_need_kin(void **state)
{
    (void)state;
    const char *cases[] = { " and my son on 12.03.1998.", ", og s\xc3\xb8nnen 12.03.1998.", " och v\xc3\xa5r son 4 mars 1998",
                            ", unser Sohn am 12.03.1998.", " et notre fils le 12/03/1998.",
                            " y nuestro hijo el 12 de marzo de 1998." };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t start, end;
        if (!birth_date_joined(cases[i], strlen(cases[i]), 0, &start, &end)) {
            fail_msg("'%s' not joined", cases[i]);
        }
        assert_true(isdigit((unsigned char)cases[i][start]));
    }
    const char *other_events[] = { " and baptised on 12.03.1998.", ", married 12.03.1998", " and 12.03.1998" };
    for (size_t i = 0; i < sizeof other_events / sizeof other_events[0]; i++) {
        size_t start, end;
        assert_false(birth_date_joined(other_events[i], strlen(other_events[i]), 0, &start, &end));
    }
}

/* Each call reads at most a bounded stretch: a megabyte of what looks like dates costs the
 * same as a line. */
static void test_work_is_bounded(void **state)
{
    (void)state;
    enum { BIG = 1 << 20 };
    char *text = malloc(BIG);
    assert_non_null(text);
    for (size_t i = 0; i < BIG; i++) {
        text[i] = "1 2. /-\nand son "[i % 16];
    }
    size_t start, end;
    birth_work = 0;
    birth_date_spaced_length(text, BIG);
    birth_date_docs_field(text, BIG, 0, &start, &end);
    birth_date_joined(text, BIG, 0, &start, &end);
    assert_true(birth_work <= 4 * BIRTH_DATE_SCAN_MAX);
    free(text);
}

static void test_form_blanks_query_strings_and_keys(void **state)
{
    (void)state;
    expect_masked("Date of Birth: ____", "12/03/1985", "____", "DATE_OF_BIRTH");
    expect_masked("F\xc3\xb8" "dselsdato: ___ ", "12.03.1985", " ___", "DATE_OF_BIRTH");
    expect_masked("GET /api/members?dob=", "1978-06-04", "&page=2", "DATE_OF_BIRTH");
    expect_masked("/search?d_o_b=", "04.06.1978", "&x=1", "DATE_OF_BIRTH");
    expect_masked("barnet, f\xc3\xb6tt ", "2006-02-10", ", bor hos mamma", "DATE_OF_BIRTH");
    expect_masked("<member bdate=\"", "04/04/1982", "\"/>", "DATE_OF_BIRTH");
    expect_masked("fdatum = \"", "1960-07-20", "\"", "DATE_OF_BIRTH");
    expect_masked("{\"FechaNac\": \"", "1959-01-19", "\"}", "DATE_OF_BIRTH");
    expect_masked("DOB_DDMMYYYY=", "11/12/1962", "", "DATE_OF_BIRTH");
    /* a record's label padded to its value's column, past the gap prose allows */
    expect_masked("F\xc3\xb8" "dselsdato                                         ", "19.2.1984", "\n", "DATE_OF_BIRTH");
    expect_masked("Date of birth                                        ", "1984-02-19", "", "DATE_OF_BIRTH");
}

static void test_star_n_docs_ocr_and_joined(void **state)
{
    (void)state;
    expect_masked("Teilnehmer: Vorstand (*", "28/02/1959", ")", "DATE_OF_BIRTH");
    expect_masked("Konfirmanden: Gruppe B, *", "10.10.2006", "", "DATE_OF_BIRTH");
    expect_masked("Asistentes: la presidenta (n. ", "05-10-1974", ")", "DATE_OF_BIRTH");
    expect_masked("SSR DOCS SK HK1/P/NOR/37194627/NOR/", "19DEC58", "/M/07JUN28/", "DATE_OF_BIRTH");
    expect_masked("born on ", "1 1. 05. 1970", " in Dublin", "DATE_OF_BIRTH");
    expect_masked("geb. am ", "13.11.\n2001", " in Ulm", "DATE_OF_BIRTH");
    expect_scrubbed("My daughter was born on 3 May 2001 and my son on 12.03.1998.",
                    "My daughter was born on [DATE_OF_BIRTH_1] and my son on [DATE_OF_BIRTH_2].");
    expect_scrubbed("Nuestra hija naci\xc3\xb3 el 3 de mayo de 2001 y nuestro hijo el 12/09/1969.",
                    "Nuestra hija naci\xc3\xb3 el [DATE_OF_BIRTH_1] y nuestro hijo el [DATE_OF_BIRTH_2].");
    /* another event's date, a bullet's star, a date after a line break with no cue */
    expect_scrubbed("born on 3 May 2001 and baptised on 14.06.2001.", "born on [DATE_OF_BIRTH_1] and baptised on 14.06.2001.");
    expect_untouched("Release notes, * 2024-01-12: fixed the build");
    expect_untouched("Meeting (* 12.03.2026 *) moved");
}

/* The Nordic dash before a two-digit year after the month's point, and an apostrophe's year
 * after a day/month with a slash and a blank (census typography); another event's date in the
 * same form stays. */
static void test_nordic_dash_and_apostrophe_years(void **state)
{
    (void)state;
    expect_masked("f\xc3\xb8" "dt ", "12.3.-85", "", "DATE_OF_BIRTH");
    expect_masked("Pasienten, f. ", "09.10.-46", ", bor alene", "DATE_OF_BIRTH");
    expect_masked("f\xc3\xb6" "dd ", "5.3.-82", "", "DATE_OF_BIRTH");
    expect_masked("{\"dob\": \"", "20.06.-99", "\"}", "DATE_OF_BIRTH");
    expect_masked("geboren am ", "9/8 '83", ", falls das Formular das braucht", "DATE_OF_BIRTH");
    expect_masked("Date de naissance : ", "1/9 \xe2\x80\x99" "45", "", "DATE_OF_BIRTH");
    expect_untouched("12.3.-25 levert");
    expect_untouched("frist 12.03.-26, ring meg");
    expect_untouched("deadline 9/8 '27");
}

/* The month's point left out before the year's blank, and en dashes for a date's dashes
 * (census typography); the same forms for another event, and year and page ranges, stay. */
static void test_point_blank_year_and_en_dashes(void **state)
{
    (void)state;
    expect_masked("f\xc3\xb8" "dt ", "12.3 1985", "", "DATE_OF_BIRTH");
    expect_masked("Geb.-Datum: ", "9.12 1985", "", "DATE_OF_BIRTH");
    expect_masked("n\xc3\xa9" "e le ", "26.07 1990", ", arriv\xc3\xa9" "e vendredi", "DATE_OF_BIRTH");
    expect_masked("f\xc3\xb6" "dd ", "06\xe2\x80\x93" "12\xe2\x80\x93" "2008", "", "DATE_OF_BIRTH");
    expect_masked("| f\xc3\xb6" "delsedatum | ", "09 \xe2\x80\x93 07 \xe2\x80\x93 2002", " |", "DATE_OF_BIRTH");
    expect_masked("born ", "1985\xe2\x80\x93" "03\xe2\x80\x93" "12", " in Leeds", "DATE_OF_BIRTH");
    expect_untouched("Termin am 12.3 2025 um 10:30");
    expect_untouched("deadline 07\xe2\x80\x93" "09\xe2\x80\x93" "2022");
    expect_untouched("born and raised in Leeds, lived in Oslo 1985\xe2\x80\x93" "1990");
    expect_untouched("f\xc3\xb8" "dt i Bergen, se s. 12\xe2\x80\x93" "34");
}

/* "the birth date in the system is wrong: 12.03.1985": the birth word more than the prose gap
 * before the date, the date right after a colon; a label naming another date keeps its date. */
static void test_birth_word_a_clause_before_the_label(void **state)
{
    (void)state;
    expect_masked("the birth date in the system is wrong: ", "12.03.1985", ". Please fix", "DATE_OF_BIRTH");
    expect_masked("Her f\xc3\xb8" "dselsdato st\xc3\xa5r feil i systemet, riktig dato: ", "12.03.1985", ". Takk",
                  "DATE_OF_BIRTH");
    expect_masked("Das Geburtsdatum ist im Formular falsch eingetragen, richtig: ", "12.03.1985", "", "DATE_OF_BIRTH");
    static const char *const kept[] = {
        "born in Oslo, she moved to Bergen and started on 12.03.2015",
        "born in Oslo, she moved to Bergen, start date: 12.03.2015",
        "geboren in Ulm, seit Jahren bei uns, Eintritt: 01.04.2015",
        "the birth date in the system is wrong. Invoice: 12.03.2024",
    };
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
        expect_scrubbed(kept[i], kept[i]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spaced_dates_read_whole),
        cmocka_unit_test(test_docs_line_field),
        cmocka_unit_test(test_joined_birth_dates_need_kin),
        cmocka_unit_test(test_work_is_bounded),
        cmocka_unit_test(test_form_blanks_query_strings_and_keys),
        cmocka_unit_test(test_star_n_docs_ocr_and_joined),
        cmocka_unit_test(test_nordic_dash_and_apostrophe_years),
        cmocka_unit_test(test_point_blank_year_and_en_dashes),
        cmocka_unit_test(test_birth_word_a_clause_before_the_label),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
