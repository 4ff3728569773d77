/* test_names_relations.c — names beside what a person is to the writer: relations ("my sister X"),
 * titles ("Dr. X"), roles ("CEO X"), greetings and sign-offs of many styles, given names in no
 * list and names in lowercase (issue 15, the classes unseen halves miss most). Every row is a
 * short text written for this file in one of six languages; the `kept` rows are the same cues
 * with no person after them (a role before a firm, a relation before a common noun). */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"


static const struct probe found_names[] = {
    /* relations */
    { "en", "I asked my sister Ysolde Farrant to check it.", "Ysolde Farrant" },
    { "en", "my brother-in-law Tobiah Quenby wrote the script", "Tobiah Quenby" },
    { "en", "Our daughter Marigold starts school in May.", "Marigold" },
    { "en", "This is for my colleague Evander Pask in finance.", "Evander Pask" },
    { "nb", "Min svoger Torolf Aamot har skrevet brevet.", "Torolf Aamot" },
    { "sv", "Min svärmor Gunvor Ahlqvist ringde igår.", "Gunvor Ahlqvist" },
    { "de", "Meine Schwägerin Walburga Trenkle hat unterschrieben.", "Walburga Trenkle" },
    { "fr", "Ma belle-sœur Ombeline Chastel a signé.", "Ombeline Chastel" },
    { "es", "Mi cuñada Visitación Arriaga lo firmó.", "Visitación Arriaga" },
    /* titles */
    { "en", "Please forward this to Dr. Thaddeus Wrenfield.", "Thaddeus Wrenfield" },
    { "en", "Seen by Dr Quenby at the clinic.", "Quenby" },
    { "en", "Prof. Ysolde Farrant chairs the panel.", "Ysolde Farrant" },
    { "de", "Termin bei Frau Dr. Walburga Trenkle am Montag.", "Walburga Trenkle" },
    { "fr", "Rendez-vous avec le Dr Ombeline Chastel mardi.", "Ombeline Chastel" },
    { "es", "Cita con la Dra. Visitación Arriaga el lunes.", "Visitación Arriaga" },
    { "nb", "Time hos dr. Torolf Aamot på fredag.", "Torolf Aamot" },
    /* roles */
    { "en", "Our CEO Evander Pask signed the letter.", "Evander Pask" },
    { "en", "project manager Tobiah Quenby owns the plan", "Tobiah Quenby" },
    { "de", "Geschäftsführer Hartwig Zumbusch hat zugestimmt.", "Hartwig Zumbusch" },
    { "fr", "Le directeur financier Anatole Brossard valide.", "Anatole Brossard" },
    { "es", "La abogada Visitación Arriaga revisa el contrato.", "Visitación Arriaga" },
    { "sv", "Vår VD Gunvor Ahlqvist har godkänt budgeten.", "Gunvor Ahlqvist" },
    /* greetings and sign-offs */
    { "en", "Hey Thaddeus,\nthe build is red again.", "Thaddeus" },
    { "en", "Cheers,\nEvander", "Evander" },
    { "en", "Many thanks\nYsolde Farrant\nSenior Analyst", "Ysolde Farrant" },
    { "en", "Thanks in advance,\n-- Tobiah", "Tobiah" },
    { "nb", "Hei Torolf!\nKan du se på dette?", "Torolf" },
    { "nb", "Hilsen\nTorolf Aamot", "Torolf Aamot" },
    { "sv", "Hej Gunvor,\ntack för sist.", "Gunvor" },
    { "sv", "Vänliga hälsningar\nGunvor Ahlqvist", "Gunvor Ahlqvist" },
    { "de", "Hallo Walburga,\ndanke dir.", "Walburga" },
    { "de", "Viele Grüße\nHartwig Zumbusch", "Hartwig Zumbusch" },
    { "fr", "Salut Anatole,\nmerci pour le retour.", "Anatole" },
    { "fr", "Bien à vous,\nOmbeline Chastel", "Ombeline Chastel" },
    { "es", "Hola Visitación:\ngracias por todo.", "Visitación" },
    { "es", "Un abrazo,\nVisitación Arriaga", "Visitación Arriaga" },
    /* names in small letters after a greeting and a self-introduction, or under a label */
    { "en", "hiya, this is thaddeus farrant - the vpn dropped again", "thaddeus farrant" },
    { "nb", "hei, det er torolf aamot. skriveren virker ikke", "torolf aamot" },
    { "sv", "hej, det är gunvor lindgren! kan du ringa mig?", "gunvor lindgren" },
    { "de", "hallo, hier ist walburga trenkle, bitte um Rückruf", "walburga trenkle" },
    { "fr", "bonjour, c'est anatole brossard : le badge ne marche plus", "anatole brossard" },
    { "es", "hola, soy aurelio arriaga; no puedo entrar", "aurelio arriaga" },
    { "en", "reviewer: evander pask\nstatus: open", "evander pask" },
    { "sv", "Kontaktperson på kontoret: bertil holmqvist\n", "bertil holmqvist" },
    { "en", "# reviewed: hedvig lindgren (QA)", "hedvig lindgren" },
    /* login names in home folders and user@host */
    { "en", "tar czf /tmp/out.tgz /home/rosamund.garnier/projects", "rosamund.garnier" },
    { "nb", "ssh hedvig.aamot@bastion", "hedvig.aamot" },
    /* a form's label in two languages, a label without its colon, a lawyer's title */
    { "fr", "NOM/SURNAME: BROSSARD\nPRÉNOM/FIRST NAME: LEONTINE", "LEONTINE" },
    { "de", "Patientin Kessler, Edeltraud, geb. 1950", "Kessler, Edeltraud" },
    { "fr", "Patiente Garnier, Leontine, née en 1950", "Garnier, Leontine" },
    { "fr", "Merci de contacter Me Brossard avant lundi.", "Brossard" },
    /* formal closings before an initial and a surname */
    { "de", "Sehr geehrte Frau Trenkle,\nanbei die Unterlagen.\nHochachtungsvoll\nH. Zumbusch", "H. Zumbusch" },
    { "fr", "Veuillez agréer, Madame, mes salutations. O. Chastel", "O. Chastel" },
    { "es", "Atentamente, A. Arriaga", "A. Arriaga" },
};

static const struct probe kept_words[] = {
    { "en", "I asked my sister about the Quarterly Report.", "Quarterly Report" },
    { "en", "Our CEO Summit is next week.", "Summit" },
    { "en", "Cheers,\nThe Support Team", "Support Team" },
    { "en", "Hey Team,\nthe build is red again.", "Team" },
    { "de", "Geschäftsführer Bericht 2024", "Bericht" },
    { "fr", "Le directeur Général valide.", "Général" },
    { "nb", "Hilsen\nKundeservice", "Kundeservice" },
    /* small letters after a greeting or label that are no name */
    { "en", "hey, it's working again after the restart", "working again" },
    { "en", "hi, this is urgent: prod is down", "urgent" },
    { "es", "hola, soy nuevo aquí y tengo una duda", "nuevo" },
    { "en", "status: resolved\nassignee: unassigned", "unassigned" },
    { "en", "mode: grace period\n", "grace period" },
    /* a closing is no first name; "me" in English is no title */
    { "de", "Sehr geehrter Herr Kessler, Hochachtungsvoll", "Hochachtungsvoll" },
    { "fr", "Cher Monsieur Garnier, Veuillez agréer nos salutations.", "Veuillez" },
    { "en", "Me and Hedvig went to the office.", "Me" },
    { "en", "Patient satisfaction survey results", "Patient" },
    /* a sports club named after a person, with its form */
    { "de", "Sie ist seit Jahren Mitglied bei Viktoria BSC.", "Viktoria BSC" },
    { "en", "He plays for Rosamund FC on Sundays.", "Rosamund FC" },
    /* paths and hosts that are no home folder or user */
    { "en", "cp /etc/grace.period /opt/mark.down", "grace.period" },
    { "en", "mail anna.berg@example.com for access", "anna.berg@example" },
};

static void test_relation_names_are_found(void **state)
{
    (void)state;
    assert_names_found(found_names);
}

static void test_relation_false_names_are_kept(void **state)
{
    (void)state;
    assert_words_kept(kept_words);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relation_names_are_found),
        cmocka_unit_test(test_relation_false_names_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
