/* test_names3.c — names where no cue word stands next to them (issue 15, the names3 census
 * tests/scrub/census/names3.jsonl), in the six languages:
 *   - a person beside their own address (scrub/name_records.h): the capitalised words right before or after
 *     an e-mail address or a handle that its local part spells ("kari.berg", "kberg", "equr", "lvonkrogh"),
 *     in the lists or not: a mail header's display name, quoted, "Last, First", with a title or a department
 *     in parentheses, an old header's "addr (Name)", a table row's name cell before the address, a changelog's
 *     "@handle (Name)"; not a team's, a room's or a robot's address, nor words the address does not spell;
 *   - a workflow's phrase before the person who did or is to do a thing ("Approved by", "Godkjent av",
 *     "Tilldelad", "Zugewiesen an", "Secrétaire de séance :", "Acta levantada por"): two words or more after
 *     it are a name, in the lists or not, "Last, First" too; a lone word only as a first name of the lists
 *     ("Approved by Finance", "Aprobado por Halcón" are things); a dash after the value ends it;
 *   - the work of each rule stays linear in its input, counted (LETHE_NAMES_WORK).
 * A run prints every miss with the spans found, never the words. */
#define LETHE_NAMES_WORK
#include "scrub/names.c"

#include "tests/unit/names_work_testing.h"

static const struct probe owners[] = {
    { "en", "From: \"Pellowe, Abdiwahid\" <apellowe@example.co.uk>\n", "Pellowe, Abdiwahid" },
    { "en", "To: \"Cadwallon Quarrington (Payroll)\" <cadwallon.quarrington@example.co.uk>\n",
      "Cadwallon Quarrington" },
    { "en", "Cc: Dr. Corwenna Tregunna <ctregunna@example.org>\n", "Corwenna Tregunna" },
    { "en", "- Fix crash on empty invoice (reported by @cadwallon (Cadwallon Tregunna))\n", "Cadwallon Tregunna" },
    { "nb", "| Kajanthan Fjellstueseter | kfjellstueseter@firma.no | +47 912 34 567 | vakt |\n",
      "Kajanthan Fjellstueseter" },
    { "nb", "Til: Mukendi von Vibe <mvonvibe@firma.no>\n", "Mukendi von Vibe" },
    { "sv", "Från: Åkerhjelm, Gunnvi <gunnvi.akerhjelm@foretag.se>\n", "Åkerhjelm, Gunnvi" },
    { "sv", "Torunnhild Hålandsvik  thalandsvik@foretag.se  projektledare\n", "Torunnhild Hålandsvik" },
    { "de", "An: Reinmar Kötterheinrich <reinmar.koetterheinrich@firma.de>\n", "Reinmar Kötterheinrich" },
    { "de", "Hedwigis Fjellbrügger;hfjellbruegger@firma.de;Bereitschaft\n", "Hedwigis Fjellbrügger" },
    { "fr", "Cc: sbenhaddou@societe.fr (Sieghart Benhaddou)\n", "Sieghart Benhaddou" },
    { "fr", "À: \"de Villeneuve, Selamawit\" <sdevilleneuve@societe.fr>\n", "de Villeneuve, Selamawit" },
    { "es", "Ifigenia Zumwinkel;izum@empresa.es;+34 612 345 678\n", "Ifigenia Zumwinkel" },
    { "es", "Para: Jurga de la Castro <jdelacastro@empresa.es>\n", "Jurga de la Castro" },
};

static const struct probe owners_kept[] = {
    /* a team's, a room's, a robot's address, and words the address does not spell */
    { "en", "To: \"Support Team\" <support.team@example.com>\n", "Support Team" },
    { "en", "From noreply@example.co.uk Tue Mar  4 11:00:00 2025\n", "Tue Mar" },
    { "en", "Cc: Quarterly Review <kari.berg@example.com>\n", "Quarterly Review" },
    { "nb", "| Lønnsteamet | lonn.team@firma.no | +47 912 34 567 |\n", "Lønnsteamet" },
    { "de", "Von: \"Jira Cloud\" <jira@firma.de>\n", "Jira Cloud" },
    { "es", "Responder a: Soporte <soporte@empresa.es>\n", "Soporte" },
};

static const struct probe agents[] = {
    { "en", "Approved by Abdiwahid Venncombe, 04.03.2025\n", "Abdiwahid Venncombe" },
    { "en", "- Minute taker: Haile, Tesfalem\n", "Haile, Tesfalem" },
    { "nb", "- Lukket av Asbjørg Rustebakke\n", "Asbjørg Rustebakke" },
    { "nb", "Tildelt Kajanthan Fjellstueseter\n", "Kajanthan Fjellstueseter" },
    { "sv", "Tilldelad Ragnvi Åkerhjelm\n", "Ragnvi Åkerhjelm" },
    { "sv", "Beställd av Yogarajah, Edla\n", "Yogarajah, Edla" },
    { "de", "- Geprüft von Hedwigis Quadflieg\n", "Hedwigis Quadflieg" },
    { "de", "2025-03-02 | Geschlossen von Mehwish von Hohenau\n", "Mehwish von Hohenau" },
    { "fr", "Demandé par Gunnveig Tréguier-Lannuzel\n", "Gunnveig Tréguier-Lannuzel" },
    { "fr", "Approuvé par Chevtchenko, Tharshan\n", "Chevtchenko, Tharshan" },
    { "es", "- Acta levantada por Ilhaan Peñacoba\n", "Ilhaan Peñacoba" },
    { "es", "2025-03-01 | Asignado a Ilhaan Urrutikoetxea\n", "Ilhaan Urrutikoetxea" },
    /* a dash after the value ends it: an aside follows */
    { "en", "Assigning to Abdiwahid Venncombe — Mary, please call the customer.", "Abdiwahid Venncombe" },
    { "nb", "Godkjent av Torlaug Rustebakke - se vedlegg\n", "Torlaug Rustebakke" },
};

static const struct probe agents_kept[] = {
    /* a lone word after the phrase: a team, a department, a project named by a surname */
    { "en", "Approved by Finance\n", "Finance" },
    { "nb", "Kontrollert av Havørn\n", "Havørn" },
    { "sv", "Signerad: Vården\n", "Vården" },
    { "de", "- Unterschrieben: Falke\n", "Falke" },
    { "es", "- Aprobado por Halcón\n", "Halcón" },
    { "en", "Assigned to Platform Team\n", "Platform Team" },
};

static void owners_are_found(void **state)
{
    (void)state;
    assert_int_equal(misses(owners, sizeof owners / sizeof owners[0], true), 0);
}

static void owners_kept_are_kept(void **state)
{
    (void)state;
    assert_int_equal(misses(owners_kept, sizeof owners_kept / sizeof owners_kept[0], false), 0);
}

static void agents_are_found(void **state)
{
    (void)state;
    assert_int_equal(misses(agents, sizeof agents / sizeof agents[0], true), 0);
}

static void agents_kept_are_kept(void **state)
{
    (void)state;
    assert_int_equal(misses(agents_kept, sizeof agents_kept / sizeof agents_kept[0], false), 0);
}

static const struct shape shapes[] = {
    { "display names before their addresses", "", "Kari Berg <kari.berg@firma.no>, ", "" },
    { "addresses only", "", "kari.berg@firma.no ", "" },
    { "at signs only", "", "@", "" },
    { "handles", "", "@kari ", "" },
    { "short locals", "", "abc@", "" },
    { "long locals", "", "abcdefghijklmnopqrstuvwxyz", "@firma.no" },
    { "capitalised words before an address", "", "Aaaa ", "kari.berg@firma.no" },
    { "capitalised words between addresses", "", "Aaaa Bbbb a.b@c.d ", "" },
    { "commas between capitalised words", "", "Aaaa, Bbbb, ", "a.b@c.d" },
    { "parentheses before addresses", "", "(((((((( ", "a.b@c.d" },
    { "workflow phrases", "", "Approved by Kari Berg, ", "" },
    { "prepositions", "", "by by av til a ", "Kari" },
    { "workflow phrases before capitals", "", "Godkjent av Aaaa ", "" },
};

static void work_is_linear_in_the_input(void **state)
{
    (void)state;
    assert_work_linear(shapes, sizeof shapes / sizeof shapes[0], names_work_for);
}

/* The owner's reader counts what it reads: a run of words before an address is examined, not skipped. */
static void owner_work_is_counted(void **state)
{
    (void)state;
    const char *text = "Kari Berg <kari.berg@firma.no>";
    size_t start, end, work;
    assert_true(address_owner_name(text, strlen(text), (size_t)(strchr(text, '@') - text), &start, &end, &work));
    assert_true(work >= strlen("Kari Berg <kari.berg@firma.no"));
    assert_int_equal(start, 0);
    assert_int_equal(end, strlen("Kari Berg"));
}

/* A run that reaches the text's first byte is read within the text: the text from an exact-size heap block
 * (ASan), a blank first, a comma and a blank first ("text[-1]" was read once). */
static void owner_reads_stay_in_the_text(void **state)
{
    (void)state;
    static const char *const texts[] = { " Kari Berg <kari.berg@firma.no>", ", Kari Berg <kari.berg@firma.no>",
                                         " ,Kari <kari.berg@firma.no>", "@kari (Kari Berg) ", "a@b" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t len = strlen(texts[i]);
        char *text = malloc(len);
        assert_non_null(text);
        memcpy(text, texts[i], len);
        for (size_t at = 0; at < len; at++) {
            size_t start, end, work;
            if (text[at] == '@' && address_owner_name(text, len, at, &start, &end, &work)) {
                assert_true(start < end && end <= len);
            }
        }
        free(text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(owners_are_found),
        cmocka_unit_test(owners_kept_are_kept),
        cmocka_unit_test(agents_are_found),
        cmocka_unit_test(agents_kept_are_kept),
        cmocka_unit_test(owner_work_is_counted),
        cmocka_unit_test(owner_reads_stay_in_the_text),
        cmocka_unit_test(work_is_linear_in_the_input),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
