/* test_phones.c — phones as people type them, not as numbering plans print them (issue 15,
 * phones census round 3, tests/scrub/census/generate_phones.py), probed with values and
 * phrasings written for this file:
 *
 * - a no-break space (U+00A0), a thin space (U+2009) or a narrow no-break space (U+202F)
 *   between a phone's digit groups, after a cue, under a key, with a '+' or a trunk 0, and
 *   before a label's colon as French typography writes it ("Tél\u00a0:"); an amount grouped
 *   with the same spaces stays;
 * - the labels of a signature's direct line and switchboard in the other languages ("Direkte:",
 *   "Direkt:", "Sentralbord:", "Växel:", "Zentrale:", "Centralita:") and French "Fixe :", as
 *   labels; "direkt" in prose says nothing;
 * - Spanish "escríbeme al …" and "Cel." as cues;
 * - the digits of a WhatsApp link ("wa.me/905332569731"), the international number without '+';
 * - a number, then the name of its line in parentheses ("650273335 (móvil)");
 * - German "Auftragsnummer" names an order: a number under it is no phone by its grouping;
 * - a number read out or dictated after or before a phone's cue, in groups with commas or digit
 *   by digit (census typography, tests/scrub/census/generate_typography.py);
 * - groups split by " / ", an en dash or a middle dot, and "+41 (0) 31 – 4380 746" (census typography);
 * - the area code in square brackets or braces, "[212] 894-4626" (census typography);
 * - the answer on the turn after a phone's question, opened by a dialogue's dash (census typography). */
#include "tests/unit/scrub_testing.h"

static void test_typographic_spaces_between_groups(void **state)
{
    (void)state;
    expect_masked("Tel: ", "+49\xc2\xa0" "30\xc2\xa0" "59635223", "", "PHONE");
    expect_masked("t\xc3\xa9l. ", "06\xc2\xa0" "12\xc2\xa0" "34\xc2\xa0" "56\xc2\xa0" "78", " (bureau)", "PHONE");
    expect_masked("tlf. ", "412\xe2\x80\xaf" "34\xe2\x80\xaf" "567", "", "PHONE");
    expect_masked("Handy: ", "0171\xe2\x80\x89" "2345678", "", "PHONE");
    expect_masked("{\"phone\": \"", "+33\xc2\xa0" "6\xc2\xa0" "12\xc2\xa0" "34\xc2\xa0" "56\xc2\xa0" "78", "\"}",
                  "PHONE");
    /* French typography's no-break space before the label's colon */
    expect_masked("T\xc3\xa9l\xc2\xa0: ", "06\xc2\xa0" "12\xc2\xa0" "34\xc2\xa0" "56\xc2\xa0" "78", "", "PHONE");
    expect_masked("Portable\xe2\x80\xaf: ", "+33 6 12 34 56 78", "", "PHONE");
    expect_masked("Date de naissance\xc2\xa0: ", "12/03/1985", "", "DATE_OF_BIRTH");
    /* the same spaces in an amount, a postcode or a date are no phone's */
    expect_untouched("Total\xc2\xa0: 1\xc2\xa0" "234\xc2\xa0" "567,00\xc2\xa0\xe2\x82\xac");
    expect_untouched("Omsetning 12\xe2\x80\xaf" "345\xe2\x80\xaf" "678 kr i 2024");
}

static void test_direct_line_and_switchboard_labels(void **state)
{
    (void)state;
    expect_masked("Direkte: ", "2360-0404", "", "PHONE");
    expect_masked("Direkt: ", "0831926620", "", "PHONE");
    expect_masked("Sentralbord: ", "22 12 34 00", "", "PHONE");
    expect_masked("V\xc3\xa4xel: ", "0188047822", "", "PHONE");
    expect_masked("Zentrale: ", "030 12345678", "", "PHONE");
    expect_masked("Centralita: ", "91 123 45 67", "", "PHONE");
    expect_masked("Fixe : ", "01 42 68 53 00", "", "PHONE");
    /* in prose the words say nothing */
    expect_untouched("ich bin direkt 12345678 weg");
    expect_untouched("prix fixe 12 345 678");
}

static void test_escribeme_in_prose(void **state)
{
    (void)state;
    expect_masked("escr\xc3\xad" "beme al ", "+34 96 632 78 46", "", "PHONE");
    expect_masked("Escribeme al ", "612 34 56 78", " por WhatsApp", "PHONE");
}

static void test_cel_label(void **state)
{
    (void)state;
    expect_masked("Cel: ", "669656513", "", "PHONE");
    expect_masked("Cel. ", "612 345 678", " (WhatsApp)", "PHONE");
}

static void test_whatsapp_link_digits(void **state)
{
    (void)state;
    expect_masked("https://wa.me/", "905332569731", "", "PHONE");
    expect_masked("wa.me/", "4791234567", "?text=Hei", "PHONE");
    /* no number opens with 0, and Ofcom's drama range rings no one */
    expect_untouched("wa.me/0123456789");
    expect_untouched("https://wa.me/447700900123");
}

static void test_line_named_in_parentheses_after_the_number(void **state)
{
    (void)state;
    expect_masked("", "650273335", " (m\xc3\xb3vil)", "PHONE");
    expect_masked("Ruf an: ", "0171 2345678", " (Handy)", "PHONE");
    expect_masked("sinon ", "07 84 57 09 88", " (portable)", "PHONE");
}

static void test_auftragsnummer_names_an_order(void **state)
{
    (void)state;
    expect_untouched("Auftragsnummer: 900 438 462");
    expect_untouched("Auftrags-Nr. 512 345 678");
}

/* A number read out or dictated (census typography): digit groups with commas, or digit by
 * digit, after a phone's cue or before one; a list of numbers with commas and no cue stays. */
static void test_dictated_numbers(void **state)
{
    (void)state;
    expect_masked("my number is ", "415, 850, 06, 94", "", "PHONE");
    expect_masked("ring meg p\xc3\xa5 ", "22, 33, 44, 55", ", helst etter fem", "PHONE");
    expect_masked("Tel. ", "0 1 5 9, 0 2, 5 7, 3 8, 7 3", ", bitte nach mir fragen", "PHONE");
    expect_masked("appelez-moi au ", "06, 12, 34, 56, 78", "", "PHONE");
    expect_masked("", "6 9, 5 6 6, 1 9, 4 0", ", es mi m\xc3\xb3vil", "PHONE");
    expect_masked("numret \xc3\xa4r ", "070, 950, 0870", "", "PHONE");
    expect_masked("tfn ", "0 7 2 4, 4 8 8, 6 6 9", ", fr\xc3\xa5ga efter mig", "PHONE");
    expect_untouched("rooms 412, 413, 414 are booked");
    expect_untouched("call me at 14, 15 or 16 o'clock");
    expect_untouched("id,qty,price\n4412,8813,2291,7731");
    expect_untouched("scores: 21, 18, 25, 19, 22");
    expect_untouched("Mengen 27, 60, 61, 59, 71 pro Kiste");
}

/* Groups split by " / ", an en dash or a middle dot, spaced or not, and "+CC (0) AA – …"
 * (census typography); ranges, hours and citations with the same marks stay. */
static void test_slash_en_dash_and_middle_dot_groups(void **state)
{
    (void)state;
    expect_masked("tel\xc3\xa9" "fono ", "935 / 230 / 765", "", "PHONE");
    expect_masked("ring mig p\xc3\xa5 ", "08\xe2\x80\x93" "50\xe2\x80\x93" "93\xe2\x80\x93" "70\xe2\x80\x93" "39", "",
                  "PHONE");
    expect_masked("my number is ", "206 \xe2\x80\x93 797 \xe2\x80\x93 45 \xe2\x80\x93 85", " pls", "PHONE");
    expect_masked("M\xc3\xb3vil: ", "935\xc2\xb7" "533\xc2\xb7" "673", " gracias", "PHONE");
    expect_masked("tfn ", "+46 408 \xc2\xb7 03 \xc2\xb7 15 \xc2\xb7 77", "", "PHONE");
    expect_masked("Mobil: ", "+41 (0) 31 \xe2\x80\x93 4380 746", "", "PHONE");
    expect_untouched("telefontid 09:00 \xe2\x80\x93 15:30");
    expect_untouched("som vist i [12] 245\xe2\x80\x93" "318");
    expect_untouched("bodde der 1998\xe2\x80\x93" "2011");
    expect_untouched("se s. 412 - 618");
}

/* The area code in square brackets or braces (census typography); a bracket after the number,
 * a citation and a template's braces stay as they were. */
static void test_area_code_in_brackets(void **state)
{
    (void)state;
    expect_masked("Phone: ", "[212] 894-4626", "", "PHONE");
    expect_masked("Tel: ", "[031] 53 27 640", "", "PHONE");
    expect_masked("tfn ", "{083} 45 58 621", "", "PHONE");
    expect_masked("my number is ", "{60} 92 73 158", "", "PHONE");
    expect_masked("Tlf: ", "22 33 44 55", " [jobb]", "PHONE");
    expect_untouched("as shown in [12] 245-318, the phone");
    expect_untouched("Tel: {phone}");
}

/* The answer on the turn after the question, opened by a dialogue's dash as Nordic, French and
 * Spanish prose writes a turn (census typography); a dash's line that is no number stays. */
static void test_answer_after_a_dialogue_dash(void **state)
{
    (void)state;
    expect_masked("\xe2\x80\x93 Wie ist Ihre Telefonnummer?\n\xe2\x80\x93 ", "079, 245, 4480", "", "PHONE");
    expect_masked("\xe2\x80\x94 Votre num\xc3\xa9ro de t\xc3\xa9l\xc3\xa9phone ?\n\xe2\x80\x94 ", "06 12 34 56 78", "",
                  "PHONE");
    expect_masked("\xe2\x80\x94 \xc2\xbfMe das tu tel\xc3\xa9" "fono?\n\xe2\x80\x94 ", "764, 364, 297", "", "PHONE");
    expect_untouched("\xe2\x80\x94 \xc2\xbfMe das tu tel\xc3\xa9" "fono?\n\xe2\x80\x94 Ahora no, luego.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_typographic_spaces_between_groups),
        cmocka_unit_test(test_direct_line_and_switchboard_labels),
        cmocka_unit_test(test_escribeme_in_prose),
        cmocka_unit_test(test_cel_label),
        cmocka_unit_test(test_whatsapp_link_digits),
        cmocka_unit_test(test_line_named_in_parentheses_after_the_number),
        cmocka_unit_test(test_auftragsnummer_names_an_order),
        cmocka_unit_test(test_dictated_numbers),
        cmocka_unit_test(test_slash_en_dash_and_middle_dot_groups),
        cmocka_unit_test(test_area_code_in_brackets),
        cmocka_unit_test(test_answer_after_a_dialogue_dash),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
