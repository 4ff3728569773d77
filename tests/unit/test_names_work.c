/* The name finder does work linear in its input whatever the input holds: for each adversarial
 * shape of the lowercase pass (issue 15: names in small letters in running text, found by a
 * given-name filter over every word) and of the words it reads around it, the bytes examined
 * grow at most ~5x when the input grows 4x, and stay under a fixed number per input byte.
 * Nothing is timed: scrub/names.c is compiled into this test with its work counter
 * (LETHE_NAMES_WORK), so the figures are the same on any machine and under ASan. */
#define LETHE_NAMES_WORK
#include "scrub/names.c"

#include "tests/unit/names_work_testing.h"


static const struct shape shapes[] = {
    { "given names and surnames in small letters", "", "mathis poitevin et chloé richard ", "" },
    { "given names alone in small letters", "", "anna ", "" },
    { "given names before words in no list", "", "wolfgang zzyzxqw in ", "" },
    { "three given names in a row", "", "josé ramón maría ", "" },
    { "particles after a surname", "", "ottilia bonde af af af ", "" },
    { "hyphenated given names", "", "jon-erik-jon-erik-jon ", "" },
    { "apostrophes in surnames", "", "noah o'o'o'o'shaughnessy ", "" },
    { "one long lowercase word", "", "abcdefghij", "" },
    { "one long word of UTF-8 letters", "", "\xc3\xa9\xc3\xa5", "" },
    { "single letters", "", "a ", "" },
    { "separators only", "", " (\"> \t\n", "" },
    { "capitals between small words", "", "anna B kari C ", "" },
    { "accented small letters at capitals' stops", "", "\xc3\xa5ke \xc3\xa9glantine ", "" },
    { "prompts and commands", "", "$ aws cloudformation deploy ", "" },
    { "TODO comments", "", "# TODO(ola-martin johnsen): x\n", "" },
    { "GEDCOM surnames between slashes", "", "1 NAME Eirik /Aas-Eng/\n", "" },
    { "one long GEDCOM line", "1 NAME", " Eirik", " /Aas/\n" },
    { "pets and ships with a title", "", "hunden Herr Nilsson og RRS Sir David Attenborough ", "" },
    { "a surname before a clinic", "", "Eichendorff, Helios Klinikum\n", "" },
    { "ships after an article", "", "en el Juan Sebastián de Elcano y ", "" },
    { "rooms named by a compound", "", "i Sonja Henie-rommet og ", "" },
    /* records (the names2 census): labels above and before a value, MRZ lines, vCard names with parameters */
    { "label lines above capitals", "", "Etternavn / Surname / Nom\nHANSEN\n", "" },
    { "one long label line", "", "Surname / ", "\nHANSEN\n" },
    { "labels before two blanks", "", "Last name  Berg  Surname  HANSEN  ", "" },
    { "capitals at line starts", "", "\nHANSEN KARI", "" },
    { "surnames in capitals first", "", "1. HANSEN, Corwenna\nYILDIRIM Tesfalem Kari\n", "" },
    { "MRZ name lines", "", "P<NORHANSEN<<KARI<MARIE<<<<<<<<<<<<<<<<<<<<<\nHANSEN<<KARI<<<<<<<<<<<<<<<<<<\n", "" },
    { "MRZ-like lines too long", "", "HANSEN<<KARI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n", "" },
    { "vCard names with parameters", "", "N;CHARSET=UTF-8;LANGUAGE=nb:Berg;Kari;;;\n", "" },
    { "one long vCard parameter line", "N;X=", "a;", "Berg;Kari;;;\n" },
};

/* Every shape's work grows linearly (work_testing.h). */
static void work_is_linear_in_the_input(void **state)
{
    (void)state;
    assert_work_linear(shapes, sizeof shapes / sizeof shapes[0], names_work_for);
}

/* The counter counts: a text of lowercase words is examined, not skipped unread. */
static void work_is_counted(void **state)
{
    (void)state;
    size_t len;
    assert_true(names_work_for(&shapes[0], 4096, &len) >= len);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(work_is_counted),
        cmocka_unit_test(work_is_linear_in_the_input),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
