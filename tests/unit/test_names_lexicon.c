/* test_names_lexicon.c — the lexicon of ordinary words (issue 15: "masks ordinary Norwegian, German and French
 * words as names"): a name part of the lists that is a word of a dictionary of nb/nn, da, sv, de, fr or es carries
 * D (scrub/data/make_names.py --mark-dictionary-words), and
 *   - alone, with no cue, it is that word ("Gaupe og Elg er rasene", "Name;Gang;Preis", "Spør Castillo-butikken");
 *   - beside a first name, after a title or a strong cue, it is a surname ("Kari Berg", "Herr Preis", a GEDCOM
 *     NAME line's "/Faure/"), and so it stays in capitals and in small letters ("KARI BERG", "kari berg");
 *   - before a word in no list it may open a name, as before: that word may be a name the lists lack;
 *   - a first name that is also a word never gets it (Kari, María: a first name alone is too often a person).
 * A run prints every miss with the spans found, never the words. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"

static const struct probe found_names[] = {
    /* beside a first name */
    { "nb", "Kari Berg kommer i morgen.", "Kari Berg" },
    { "es", "Lucía Castillo firmó el contrato.", "Lucía Castillo" },
    { "fr", "Classement : Blanc, B. devant les autres.", "Blanc" },
    /* after a title or a strong cue */
    { "de", "Herr Preis hat heute angerufen.", "Preis" },
    { "fr", "0 @I1@ INDI\n1 NAME Marie /Faure/\n1 SEX F", "Faure" },
    /* before a word in no list, which may be a name the lists lack: privacy first */
    { "nb", "Sett Hallgjerdine på kopi i svaret.", "Hallgjerdine" },
    /* in capitals under a key, and in small letters after a first name */
    { "nb", "NAVN: KARI BERG", "KARI BERG" },
    { "nb", "møtet med kari berg ble flyttet", "kari berg" },
};

static const struct probe kept_words[] = {
    /* alone, with no cue */
    { "nb", "Gaupe og Elg er rasene vi vurderte.", "Elg" },
    { "de", "Name;Gang;Preis\nSuppe;Vorspeise;7,00", "Preis" },
    { "es", "Nombre;Zona;Horario\nCentro;Norte;9-14", "Zona" },
};

static void test_dictionary_word_beside_a_name_is_a_surname(void **state)
{
    (void)state;
    assert_names_found(found_names);
}

static void test_dictionary_word_alone_is_kept(void **state)
{
    (void)state;
    assert_words_kept(kept_words);
}

/* The flag is on name parts that are words, never on a first name. */
static void test_dictionary_flag_marks_name_parts_only(void **state)
{
    (void)state;
    assert_true(name_flags(&table, "Elg", 3) & NAME_DICTIONARY_WORD);
    assert_true(name_flags(&table, "Berg", 4) & NAME_DICTIONARY_WORD);
    assert_false(name_flags(&table, "Kari", 4) & NAME_DICTIONARY_WORD);
    assert_false(name_flags(&table, "Pris", 4) & NAME_DICTIONARY_WORD);     /* a first name too: F */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dictionary_word_beside_a_name_is_a_surname),
        cmocka_unit_test(test_dictionary_word_alone_is_kept),
        cmocka_unit_test(test_dictionary_flag_marks_name_parts_only),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
