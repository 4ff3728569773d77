/* test_names_unseen.c — the name finder on records and phrasings no corpus half was written from.
 *
 * The readable halves of the realistic corpus taught the rules their phrasings; these probes
 * test the classes instead, each row a short text of one class in one of six languages, with
 * names and layouts chosen for this file (issue 15): booking and reservation records, passenger
 * and guest lists, PNR lines, chat exports (Teams "[10:32] Surname, Firstname", Slack, WhatsApp,
 * Discord), attendee lists, CVs, invoices and letters, and names in capitals, with particles,
 * hyphens, diacritics and initials. The `kept` rows are the false names of the same texts:
 * sentence-initial words, words after a colon or a bullet, titles and greetings, brands,
 * cities, products and headings. A run prints every miss with the spans found. */
#include "tests/unit/unit.h"

#include "scrub/names.h"
#include "tests/unit/names_testing.h"


static const struct probe found_names[] = {
    /* booking and reservation records */
    { "en", "Booking ref: K7QX2M\nBooked by: Priscilla Dunmore\nArrival: 14 Jun 2025", "Priscilla Dunmore" },
    { "en", "Reservation under the name Callum Hendry, 2 nights, room 214.", "Callum Hendry" },
    { "en", "Reservation for Lindqvist, Agneta - 2 adults, 1 child", "Lindqvist, Agneta" },
    { "nb", "Bestilling 44821\nGjest: Bjørnar Tveiten\nRom: 214", "Bjørnar Tveiten" },
    { "sv", "Bokning 44821 - Gäst: Sölve Holmberg, 2 nätter", "Sölve Holmberg" },
    { "de", "Reservierung auf den Namen Dietlinde Kasper, 2 Nächte.", "Dietlinde Kasper" },
    { "fr", "Réservation au nom de Clothilde Ravel pour 2 nuits.", "Clothilde Ravel" },
    { "es", "Reserva a nombre de Inmaculada Ferrer, 2 noches.", "Inmaculada Ferrer" },
    { "en", "Guest 1: Anneliese Vogt\nGuest 2: Konrad Vogt", "Konrad Vogt" },
    { "fr", "Titulaire de la réservation : Gaspard Lemaitre", "Gaspard Lemaitre" },
    { "es", "Titular de la reserva: Eusebio Cardona Prieto", "Eusebio Cardona Prieto" },
    { "de", "Gebucht von: Hartmut Rieckhoff", "Hartmut Rieckhoff" },
    /* passenger and guest lists, PNR lines */
    { "en", "Passengers:\n1. HALVORSEN/TRYGVE MR\n2. HALVORSEN/INGRID MRS", "HALVORSEN/INGRID" },
    { "en", " 1.1DUNMORE/PRISCILLA MRS  2.1DUNMORE/OSWALD MR", "DUNMORE/OSWALD" },
    { "en", "Guest list:\n- Ottilie Brandt\n- Severin Lang\n- Mirela Dobos", "Severin Lang" },
    { "de", "Gästeliste:\n- Hildegard Pohl\n- Arno Pohl", "Hildegard Pohl" },
    { "sv", "Passagerare:\n1. Ebba Lindström\n2. Vilgot Lindström", "Vilgot Lindström" },
    { "fr", "Liste des voyageurs :\n- Mme Apolline Vasseur\n- M. Firmin Vasseur", "Firmin Vasseur" },
    { "es", "Pasajeros:\n1. Remedios Albarrán Gil\n2. Tadeo Albarrán Gil", "Tadeo Albarrán Gil" },
    { "nb", "Passasjerer: Sigvald Haugen, Torill Haugen", "Torill Haugen" },
    /* chat exports */
    { "en", "[10:32] Kowalczyk, Dorota\nCan you check the pipeline?", "Kowalczyk, Dorota" },
    { "nb", "[09:14] Eriksen, Bjørnar\nHar du sett feilen?", "Eriksen, Bjørnar" },
    { "de", "[14:02] Brandauer, Sieglinde (Extern)\nBitte prüfen", "Brandauer, Sieglinde" },
    { "en", "[10:32 AM] Dorota Kowalczyk\nCan you check the pipeline?", "Dorota Kowalczyk" },
    { "sv", "Vilgot Lindström  [10:32]\nkan du kolla?", "Vilgot Lindström" },
    { "en", "Oswald Dunmore — Today at 10:32 AM\nanyone seen this?", "Oswald Dunmore" },
    { "fr", "[12/03/2025 10:32:15] Apolline Vasseur : je regarde", "Apolline Vasseur" },
    { "es", "12/03/25 10:32 - Tadeo Albarrán: lo miro", "Tadeo Albarrán" },
    { "de", "Hartmut Rieckhoff, [12.03.2025 10:32]\nIch schaue es mir an.", "Hartmut Rieckhoff" },
    /* attendee lists */
    { "en", "Participants:\n- Ottilie Brandt (Finance)\n- Severin Lang (IT)", "Ottilie Brandt" },
    { "fr", "Participants : Apolline Vasseur, Firmin Vasseur et Gaspard Lemaitre", "Gaspard Lemaitre" },
    { "es", "Asistentes: Eusebio Cardona, Inmaculada Ferrer y Tadeo Gil", "Tadeo Gil" },
    { "en", "Apologies: Callum Hendry, Priscilla Dunmore", "Priscilla Dunmore" },
    /* CVs, invoices, letters */
    { "en", "Referees: Dr. Alistair Munro, University of Leeds", "Alistair Munro" },
    { "en", "Bill to: Wendell Marsh\n12 Acacia Road\nLeeds LS6 2AB", "Wendell Marsh" },
    { "sv", "Faktura till: Sölve Holmberg\nStorgatan 4", "Sölve Holmberg" },
    { "de", "Rechnungsempfänger: Dietlinde Kasper\nLindenweg 3", "Dietlinde Kasper" },
    { "fr", "Facturé à : Clothilde Ravel\n8 rue des Lilas", "Clothilde Ravel" },
    { "es", "Facturar a: Inmaculada Ferrer\nCalle Mayor 3", "Inmaculada Ferrer" },
    { "en", "Ship to: Oswald Dunmore, 4 Mill Lane", "Oswald Dunmore" },
    { "fr", "À l'attention de Gaspard Lemaitre", "Gaspard Lemaitre" },
    { "de", "z. Hd. Hartmut Rieckhoff", "Hartmut Rieckhoff" },
    { "es", "A la atención de Eusebio Cardona", "Eusebio Cardona" },
    { "fr", "Madame Clothilde Ravel\n8 rue des Lilas\n75011 Paris", "Clothilde Ravel" },
    { "en", "Kind regards,\nWENDELL MARSH", "WENDELL MARSH" },
    /* particles, hyphens, diacritics, initials, capitals */
    { "nl", "Pieter van den Bosch approved the change.", "Pieter van den Bosch" },
    { "es", "Lo firmó Ana de la Cruz ayer.", "Ana de la Cruz" },
    { "sv", "Mötet leds av Ebba af Ugglas.", "Ebba af Ugglas" },
    { "en", "Escalated to Siobhán O'Driscoll and Callum McTavish.", "Siobhán O'Driscoll" },
    { "de", "Freigegeben von Anne-Kathrin Müller-Lüdenscheidt.", "Anne-Kathrin Müller-Lüdenscheidt" },
    { "nb", "Øyvind Ødegård sender rapporten i morgen.", "Øyvind Ødegård" },
    { "fr", "Jérôme Lefèvre a validé le devis.", "Jérôme Lefèvre" },
    { "en", "Approved by M. Kowalczyk on Friday.", "M. Kowalczyk" },
    { "de", "Unterschrift: DIETLINDE KASPER", "DIETLINDE KASPER" },
    { "fr", "Signé : Gaspard LEMAITRE", "Gaspard LEMAITRE" },
};

static const struct probe kept_words[] = {
    /* French: sentence-initial words, after a colon or a bullet, titles and greetings */
    { "fr", "Madame, Monsieur,\nVeuillez trouver ci-joint la facture.", "Madame" },
    { "fr", "Madame, Monsieur,\nVeuillez trouver ci-joint la facture.", "Monsieur" },
    { "fr", "Bonjour Madame,\nSuite à notre échange, voici le devis.", "Madame" },
    { "fr", "Cher client,\nNous vous remercions de votre commande.", "Cher" },
    { "fr", "Chère Madame,\nNous avons bien reçu votre dossier.", "Madame" },
    { "fr", "Objet : Demande de remboursement", "Demande" },
    { "fr", "Statut : Confirmé\nRemarque : Merci de patienter", "Confirmé" },
    { "fr", "- Paiement reçu\n- Livraison prévue lundi", "Livraison" },
    { "fr", "• Annulation gratuite jusqu'au 12 mars", "Annulation" },
    { "fr", "Malheureusement, Colissimo n'a pas livré le colis.", "Colissimo" },
    { "fr", "Concernant la facture, Leroy Merlin n'a rien reçu.", "Leroy Merlin" },
    { "fr", "Commande passée chez Jean Paul Gaultier et Yves Saint Laurent.", "Jean Paul Gaultier" },
    { "fr", "Commande passée chez Jean Paul Gaultier et Yves Saint Laurent.", "Yves Saint Laurent" },
    { "fr", "Vol pour Marseille, puis train pour Clermont-Ferrand.", "Marseille" },
    { "fr", "Le colis part de Saint-Étienne demain.", "Saint-Étienne" },
    { "fr", "Informations personnelles\nDétails du séjour", "Détails" },
    { "fr", "Hôtel Mercure Lyon Centre, chambre double.", "Mercure" },
    { "fr", "Bonne journée,\nL'équipe Fnac", "Bonne" },
    /* English */
    { "en", "Dear Sir or Madam,\nPlease find attached the invoice.", "Madam" },
    { "en", "Kindly confirm the booking.", "Kindly" },
    { "en", "Status: Pending\nNote: Please call back", "Pending" },
    { "en", "- Review the draft\n- Update the budget", "Review" },
    { "en", "Booking Summary\nGuest Details\nRoom Type: Deluxe King", "Deluxe King" },
    { "en", "Ordered from Marks & Spencer and Ralph Lauren.", "Ralph Lauren" },
    { "en", "Transfer via Wells Fargo or Charles Schwab.", "Charles Schwab" },
    { "en", "Flights to Austin and Charlotte next week.", "Charlotte" },
    { "en", "The office moved from Madison to Lincoln.", "Madison" },
    { "en", "Export it from Google Sheets into Salesforce.", "Salesforce" },
    { "en", "Morgan Stanley and Goldman Sachs both replied.", "Morgan Stanley" },
    { "en", "Hi team,\nGood morning all.", "Good" },
    /* the other languages */
    { "nb", "Vennligst bekreft bestillingen.", "Vennligst" },
    { "nb", "Handlet på Rema 1000 og Elkjøp i Drammen.", "Elkjøp" },
    { "sv", "Vänligen bekräfta bokningen.", "Vänligen" },
    { "sv", "Köpt på Systembolaget i Västerås.", "Västerås" },
    { "de", "Anbei die Rechnung für März.", "Anbei" },
    { "de", "Bestellt bei Karl Lagerfeld und Jil Sander.", "Jil Sander" },
    { "de", "Betreff: Ihre Buchung\nStatus: Bestätigt", "Bestätigt" },
    { "es", "Quedo a la espera de su respuesta.", "Quedo" },
    { "es", "Compré en Purificación García y Adolfo Domínguez.", "Adolfo Domínguez" },
    { "es", "Estimados señores:\nLes adjunto la factura.", "Estimados" },
    { "es", "Vuelo a Zaragoza y tren a Valladolid.", "Zaragoza" },
};

static void test_unseen_records_names_are_found(void **state)
{
    (void)state;
    assert_names_found(found_names);
}

static void test_unseen_false_names_are_kept(void **state)
{
    (void)state;
    assert_words_kept(kept_words);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unseen_records_names_are_found),
        cmocka_unit_test(test_unseen_false_names_are_kept),
    };
    return cmocka_run_group_tests(tests, build_table, release_table);
}
