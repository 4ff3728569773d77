/* test_names_records.c — names in records (issue 15, the names2 census tests/scrub/census/names2.jsonl), told by
 * the record's own syntax, in the six languages:
 *   - a vCard's "N:" line, with or without parameters ("N;CHARSET=UTF-8:"), and an HL7 name: each component its
 *     own span, so that the "FN:" line's other order is masked as each further occurrence;
 *   - a label that names a name's part with no ':' after it: the line above the value ("Etternavn / Surname" over
 *     "HANSEN", a passport's visual zone) or two blanks or a tab after it ("Last name  Ravensworth"); and under
 *     such a label a value in capitals the lists lack ("Surname: GYLLENHAMMAR"), but no short code ("TBD") and no
 *     lone word that is a word too ("NULL");
 *   - a machine-readable zone's name line (TD3, TD2, TD1): the surname and the given names, not the state's code;
 *   - an item of a list or a form that opens with a surname in capitals and ends with given names the lists may
 *     lack ("1. PELLOWE, Corwenna", "YILDIRIM Tesfalem", "Responsable légal : BONNET Aurélie"), the surname a
 *     word or a place too ("STRAND", "CIENFUEGOS"); not a heading's capitals before a word, nor an acronym.
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

static const struct probe labelled_parts[] = {
    /* the line above: a passport's visual zone, each language's label and the English and French ones */
    { "nb", "PASS\nEtternavn / Surname\nSKJERVHEIM\nFornavn / Given names\nRAGNVOR\n", "SKJERVHEIM" },
    { "nb", "PASS\nEtternavn / Surname\nSKJERVHEIM\nFornavn / Given names\nRAGNVOR\n", "RAGNVOR" },
    { "sv", "Efternamn / Surname\nTALLBERGSSON\nFörnamn / Given names\nEDLA\n", "TALLBERGSSON" },
    { "de", "Name / Surname / Nom\nQUADFLIEG\nVornamen / Given names / Prénoms\nHEDWIGIS\n", "QUADFLIEG" },
    { "de", "Name / Surname / Nom\nQUADFLIEG\nVornamen / Given names / Prénoms\nHEDWIGIS\n", "HEDWIGIS" },
    { "fr", "Nom / Surname\nPLOUZENNEC\nPrénoms / Given names\nPERRINETTE\n", "PLOUZENNEC" },
    { "es", "Apellidos / Surname\nECHEVERRIGARAY OLLAURI\nNombre / Given names\nSISEBUTO\n", "ECHEVERRIGARAY OLLAURI" },
    { "en", "Surname:\nTREGARTHEN\n", "TREGARTHEN" },
    /* two blanks or a tab after the label */
    { "en", "e Employee's first name and initial  Mary   Last name  Ravensworth", "Ravensworth" },
    { "sv", "Efternamn\tSnäckström\n", "Snäckström" },
    /* capitals the lists lack under a name part's key */
    { "en", "Surname ........ GYLLENHAMMAR", "GYLLENHAMMAR" },
    { "es", "NOM/SURNAME: AGUIRREZÁBAL", "AGUIRREZÁBAL" },
    { "fr", "Nom de famille : QUÉMÉNEUR", "QUÉMÉNEUR" },
};

static const struct probe labels_kept[] = {
    /* what is under a label, or beside it, and is no name */
    { "nb", "Etternavn / Surname\nSKJERVHEIM\nNasjonalitet / Nationality\nNORSK\n", "NORSK" },
    { "en", "Surname: TBD", "TBD" },
    { "en", "Surname\nTBD\n", "TBD" },
    { "en", "last_name: NULL", "NULL" },
    { "sv", "Förnamn\tEfternamn\tAvdelning\n", "Efternamn" },
    { "de", "Vorname  Nachname  Abteilung\n", "Nachname" },
    { "en", "NAME   READY   STATUS\nweb-1   1/1   Running\n", "READY" },
};

static const struct probe mrz_lines[] = {
    /* a TD3 passport's first line: the state's code, then the surname and the given names */
    { "nb", "P<NORSKJERVHEIM<<RAGNVOR<HALVDIS<<<<<<<<<<<<\n", "RAGNVOR<HALVDIS" },
    { "nb", "P<NORSKJERVHEIM<<RAGNVOR<HALVDIS<<<<<<<<<<<<\n", "SKJERVHEIM" },
    { "de", "P<D<<KOTTERHEINRICH<<WALTRAUT<<<<<<<<<<<<<<<\n", "KOTTERHEINRICH" },
    { "en", "P<GBRAL<ZAHRANI<<BURAK<<<<<<<<<<<<<<<<<<<<<<", "AL<ZAHRANI" },
    /* a TD1 card's third line is the name alone */
    { "sv", "I<SWEX19838032<<<<<<<<<<<<<<<<\nFJALLGREN<<ALGOTINE<<<<<<<<<<<\n", "FJALLGREN" },
    { "sv", "I<SWEX19838032<<<<<<<<<<<<<<<<\nFJALLGREN<<ALGOTINE<<<<<<<<<<<\n", "ALGOTINE" },
    /* a TD2 card's first line (36) */
    { "fr", "I<FRAPLOUZENNEC<<PERRINETTE<<<<<<<<<\n", "PERRINETTE" },
};

static const struct probe mrz_kept[] = {
    /* the state's code, a line of another length, a heredoc, a line with digits */
    { "nb", "P<NORSKJERVHEIM<<RAGNVOR<HALVDIS<<<<<<<<<<<<\n", "P<NOR" },
    { "en", "P<GBRSMITH<<ANNA<<<<\n", "SMITH" },
    { "en", "cat <<EOF\nHELLO<<WORLD\nEOF\n", "HELLO" },
    { "sv", "I<SWEX19838032<<<<<<<<<<<<<<<<\n", "SWEX" },
};

static const struct probe surnames_first[] = {
    /* an item that opens with a surname in capitals and ends with given names the lists may lack */
    { "en", "Attendance, class 3B:\n1. PELLOWE, Corwenna\n2. YILDIRIM Tesfalem\n", "PELLOWE, Corwenna" },
    { "en", "Attendance, class 3B:\n1. PELLOWE, Corwenna\n2. YILDIRIM Tesfalem\n", "YILDIRIM Tesfalem" },
    { "nb", " 2. STRAND, Amund      Haugesund      38:40", "STRAND, Amund" },
    { "sv", "LINDQVARN, Hodanne\n", "LINDQVARN, Hodanne" },
    { "de", "Zeugen:\n1. SIVANESAN Tesfalem (Kassel)", "SIVANESAN Tesfalem" },
    { "fr", "Responsable légal : BONNET Aurélie\nPortable : 06", "BONNET Aurélie" },
    { "es", " 2. CIENFUEGOS, Nieves      Lugo      38:40", "CIENFUEGOS, Nieves" },
    { "es", "Huésped: QUISPE MAMANI Wilmer\n", "QUISPE MAMANI Wilmer" },
};

static const struct probe capitals_kept[] = {
    /* headings, notices and acronyms before a word */
    { "en", "NOTE Please read this first.", "Please" },
    { "en", "WARNING Disk full", "Disk" },
    { "en", "vendor,city,contact_team\nBNP Paribas,Bordeaux,Security", "Paribas" },
    { "de", "ACHTUNG Baustelle", "Baustelle" },
    { "de", "HINWEIS Baustelle\n", "Baustelle" },
};

static void test_surnames_in_capitals_first_are_found(void **state)
{
    (void)state;
    assert_names_found(surnames_first);
}

static void test_capitals_before_words_are_kept(void **state)
{
    (void)state;
    assert_words_kept(capitals_kept);
}

static void test_mrz_name_lines_are_found(void **state)
{
    (void)state;
    assert_names_found(mrz_lines);
}

static void test_mrz_codes_and_other_lines_are_kept(void **state)
{
    (void)state;
    assert_words_kept(mrz_kept);
}

static void test_vcard_components_are_found_each(void **state)
{
    (void)state;
    assert_names_found(vcard_components);
}

static void test_labelled_name_parts_are_found(void **state)
{
    (void)state;
    assert_names_found(labelled_parts);
}

static void test_labels_and_codes_are_kept(void **state)
{
    (void)state;
    assert_words_kept(labels_kept);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vcard_components_are_found_each),
        cmocka_unit_test(test_labelled_name_parts_are_found),
        cmocka_unit_test(test_labels_and_codes_are_kept),
        cmocka_unit_test(test_mrz_name_lines_are_found),
        cmocka_unit_test(test_mrz_codes_and_other_lines_are_kept),
        cmocka_unit_test(test_surnames_in_capitals_first_are_found),
        cmocka_unit_test(test_capitals_before_words_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
