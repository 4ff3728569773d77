/* test_scrub_numbers_unseen.c — number types in forms no readable corpus half was written
 * from (issue 15), probed with values and phrasings written for this file:
 *
 * - birth dates stored with a time ("1991-08-23T00:00:00Z", a timestamp column's
 *   "1968-11-30 07:45"), run together as passports and tickets print them ("05NOV68"), with
 *   Austria's "Jänner", after a place under a place-and-date label ("Lieu et date de
 *   naissance : Nantes, le 14/02/1975"), the Swedish "14/2 -75"; before a label in parentheses
 *   ("1984-07-19 (date of birth)") and before a definite noun ("… er fødselsdatoen min");
 *   under keys that add how the date is stored ("birth_dt", "dob_iso", "GebDatum",
 *   "Date_of_Birth__c") or abbreviate further ("fec_nac", "date_naiss");
 * - IP addresses: an IPv4-mapped IPv6 address as one value, both ends of a range, the host
 *   address of a container's published port ("-p 83.12.7.40:8443:443"); and what names no
 *   host is kept: 0.0.0.0, loopback, "::1", a netmask, a version after its word;
 * - phones: Spain's mobiles in dots (733.18.42.96), Norway's with the country code and no
 *   '+' (4798123456); numbers set aside for fiction (555-01xx, Ofcom's drama ranges) kept,
 *   whole and not in part; a number under an order, reference or invoice label is no phone
 *   by its grouping alone or by the word "number" ("numéro de commande"), an order hotline
 *   or a customer-service line still is one;
 * - a fødselsnummer split by a dash after its birth date ("031056-20542");
 * - a routing number after a question its writer answers ("routing number? 026018157");
 * - heldout5's classes: mobiles with the '+' dropped, North America's 1 and ten digits after
 *   "text" and under "Phone 1 - Value", "Order number" and "Employer identification number",
 *   a Steuer-ID in one block, a birth date spaced year first, "fdato" and "(b.", addresses on
 *   internal hosts and no-reply senders kept, an address before ':' and a password, an IPv4
 *   address after "ping" or padded to three digits a part;
 * - the numbers census's classes (tests/scrub/census/generate_numbers.py): a birth date after
 *   its weekday, French "anniversaire" and "DDN", a cue word ending in a letter outside ASCII
 *   before a sentence's end ("cumpleaños."), an IPv4-mapped address before a port, a dotted
 *   section number, "to contact" as a verb, Norway's possessive after a weak cue ("nummeret
 *   mitt"), "contact me at", and tracking, listing and organisation numbers that are no phones,
 *   nor a number after "n°", "nº" under an order's or invoice's label;
 * - round 2 of that census (numbers2.jsonl): a contact card's place labels in the six languages
 *   ("jobb: 92344529", "Home:", "Arbete:", "Domicile :", "Trabajo:"), Sweden's "Tfn", the next of
 *   kin's labels ("Emergency contact:", "Pårørende:", "Anhörig:", "Notfallkontakt:", "contacto de
 *   emergencia:", "Contact d'urgence :"), a one-digit trunk before a parenthesised area ("0 (532)
 *   584 14 38", "8 (912) 345-67-89"); the same words in prose say nothing, and a cheque's MICR
 *   line's transit symbols (U+2446) hold a routing number. */
#include "tests/unit/scrub_testing.h"

static void test_birth_dates_with_a_time_are_masked_whole(void **state)
{
    (void)state;
    expect_masked("dob: ", "1991-08-23T00:00:00Z", "", "DATE_OF_BIRTH");
    expect_masked("\"birthDate\": \"", "1975-02-14T00:00:00.000+01:00", "\",", "DATE_OF_BIRTH");
    expect_masked("birth_date: ", "1968-11-30 07:45", "\n", "DATE_OF_BIRTH");
    expect_masked("Geburtsdatum: ", "1979-01-03T12:30", " (Wien)", "DATE_OF_BIRTH");
}

static void test_birth_dates_in_rarer_spellings(void **state)
{
    (void)state;
    expect_masked("Date of birth: ", "05NOV68", "", "DATE_OF_BIRTH");
    expect_masked("DOB ", "23AUG1991", " / M", "DATE_OF_BIRTH");
    expect_masked("Geburtsdatum: ", "3. J\xc3\xa4nner 1979", "", "DATE_OF_BIRTH");
    expect_masked("geboren am ", "17. J\xc3\xa4n. 1983", " in Linz", "DATE_OF_BIRTH");
    expect_masked("f\xc3\xb6" "dd ", "14/2 -75", " i Lule\xc3\xa5", "DATE_OF_BIRTH");
    /* a non-birth date stays, and so does a two-digit number that is no year */
    expect_untouched("Lieferung am 14/2 -75 Stück");
}

static void test_birth_dates_after_a_place(void **state)
{
    (void)state;
    expect_masked("Place and date of birth: Troms\xc3\xb8, ", "23 August 1991", "", "DATE_OF_BIRTH");
    expect_masked("Lieu et date de naissance : Nantes, le ", "14/02/1975", "", "DATE_OF_BIRTH");
    expect_masked("Ort und Datum der Geburt: Graz, ", "30.11.1968", "", "DATE_OF_BIRTH");
    expect_masked("Lugar y fecha de nacimiento: Sevilla, ", "5/11/1968", "", "DATE_OF_BIRTH");
    /* a label that names no place reads its value whole: a later date is not the birth date */
    expect_untouched("Geburtstag: Feier am 01.06.2024");
    expect_untouched("DOB: n/a, admitted 2024-03-01");
}

static void test_birth_dates_named_after_them(void **state)
{
    (void)state;
    expect_masked("signed up on the 2nd; ", "1984-07-19", " (date of birth) on file", "DATE_OF_BIRTH");
    expect_masked("Vertrag ab 01.03.2024, ", "19.07.1984", " (Geburtsdatum)", "DATE_OF_BIRTH");
    expect_masked("", "19.07.1984", " er f\xc3\xb8" "dselsdatoen min", "DATE_OF_BIRTH");
    expect_masked("", "1984-07-19", " \xc3\xa4r f\xc3\xb6" "delsedatumet", "DATE_OF_BIRTH");
    /* a date named as another date stays */
    expect_untouched("shipped 2024-05-03 (order date)");
}

static void test_birth_dates_under_keys_with_a_suffix(void **state)
{
    (void)state;
    expect_masked("{\"birth_dt\": \"", "1979-06-02", "\"}", "DATE_OF_BIRTH");
    expect_masked("{\"dob_iso\": \"", "1979-06-02", "\"}", "DATE_OF_BIRTH");
    expect_masked("patient.birthdate_utc = '", "1979-06-02", "'", "DATE_OF_BIRTH");
    expect_masked("GebDatum: ", "02.06.1979", "", "DATE_OF_BIRTH");
    expect_masked("fodt_dato;", "02.06.1979", "", "DATE_OF_BIRTH");
    expect_masked("Date_of_Birth__c: ", "1979-06-02", ",", "DATE_OF_BIRTH");
    expect_masked("{\"fec_nac\": \"", "02/06/1979", "\"}", "DATE_OF_BIRTH");
    expect_masked("date_naiss=", "02/06/1979", "&x=1", "DATE_OF_BIRTH");
    /* a suffix after a name of no birth date names nothing */
    expect_untouched("{\"start_dt\": \"1979-06-02\", \"order_date__c\": \"1979-06-03\"}");
}

static void test_ip_addresses_in_more_places(void **state)
{
    (void)state;
    expect_masked("peer ", "::ffff:91.44.120.7", " reset the stream", "IP_ADDRESS");
    expect_scrubbed("dhcp-range=10.42.0.50-10.42.0.150,12h", "dhcp-range=[IP_ADDRESS_1]-[IP_ADDRESS_2],12h");
    expect_scrubbed("iptables -m iprange --src-range 83.12.7.1-83.12.7.9 -j DROP",
                    "iptables -m iprange --src-range [IP_ADDRESS_1]-[IP_ADDRESS_2] -j DROP");
    /* a container's published port: host address, host port, container port */
    expect_masked("docker run -p ", "83.12.7.40", ":8443:443 web", "IP_ADDRESS");
    expect_masked("    ports:\n      - \"", "10.31.4.9", ":5432:5432\"\n", "IP_ADDRESS");
    expect_masked("-p ", "10.31.4.9", ":53:53/udp", "IP_ADDRESS");
    expect_untouched("Sun 10.11.12.13:45:00 backup done");
}

static void test_addresses_that_name_no_host_are_kept(void **state)
{
    (void)state;
    expect_untouched("127.0.0.1:6379> PING");
    expect_untouched("bind = \"0.0.0.0:8080\"");
    expect_untouched("listen [::1]:8443 ssl;");
    expect_scrubbed("inet 10.0.2.15 netmask 255.255.254.0", "inet [IP_ADDRESS_1] netmask 255.255.254.0");
    expect_untouched("peer ::ffff:127.0.0.1 closed");
    expect_untouched("upgraded the firmware to version 10.2.0.17 last night");
    expect_untouched("Kernel build 4.18.0.240 boots");
    /* a mask that is no netmask (ones not contiguous) is an address like any other */
    expect_masked("route via ", "255.0.255.1", "", "IP_ADDRESS");
}

static void test_phones_in_more_national_shapes(void **state)
{
    (void)state;
    expect_masked("de guardia (", "733.18.42.96", ") esta semana", "PHONE");
    expect_masked("vippset til ", "4798123456", " i går", "PHONE");
    expect_masked("sendt 120 kr (", "4741234567", ")", "PHONE");
}

static void test_fictional_phones_are_kept_whole(void **state)
{
    (void)state;
    expect_untouched("the ad says call (312) 555-0147 now");
    expect_untouched("the label says call +44 20 7946 0321, which is fake");
    expect_untouched("Tel: 0161 496 0785");
    expect_untouched("mobile 07700 900462");
    expect_untouched("test account: +1 416 555 0193");
    expect_untouched("phone: 555-0172");
    /* one digit off the ranges is a number to call */
    expect_masked("the ad says call ", "(312) 555-0247", " now", "PHONE");
    expect_masked("Tel: ", "0161 496 1785", "", "PHONE");
}

static void test_other_numbers_are_no_phones_by_shape(void **state)
{
    (void)state;
    expect_untouched("Referencia: 0612734591");
    expect_untouched("Ordre-ID: 0798123456");
    expect_untouched("Bestellnummer 017612345678");
    expect_untouched("invoice_no=06 12 34 56 78");
    expect_untouched("Order number: 07 45 12 88 30");
    expect_untouched("num\xc3\xa9ro de commande : 07 45 12 88 30");
    expect_masked("Kundenservice: ", "06 12 34 56 78", "", "PHONE");
    expect_masked("Bestellhotline: ", "0800 123 4567", "", "PHONE");
    expect_masked("mon num\xc3\xa9ro : ", "07 45 12 88 30", "", "PHONE");
}

static void test_fodselsnummer_with_a_dash(void **state)
{
    (void)state;
    expect_masked("fnr: ", "031056-20542", "", "NO_FNR");
    expect_masked("pasient ", "031056-20542", " innlagt", "NO_FNR");
    /* a wrong control digit is no fødselsnummer */
    expect_untouched("ref 031056-20543");
}

static void test_routing_number_after_a_question(void **state)
{
    (void)state;
    expect_masked("our routing number? ", "026018157", " I think", "US_ABA_ROUTING");
}

/* Issue 15, heldout5's classes, with values of this file's own. */
static void test_phones_with_the_plus_dropped(void **state)
{
    (void)state;
    expect_masked("h\xc3\xb6r av dig p\xc3\xa5 ", "46762039185", " efter fyra", "PHONE");
    expect_masked("Personne \xc3\xa0 contacter, la fille : ", "33 6 48 20 17 93", "", "PHONE");
    expect_masked("callerid=\"front desk\" <", "4915784420913", ">", "PHONE");
    expect_masked("could you text ", "16172093384", "? thanks", "PHONE");
    /* contact exports: "Phone 1 - Value" is a phone column, its index and "Value" say no more */
    expect_scrubbed("Name,Phone 1 - Type,Phone 1 - Value\nx,Mobile,16172093384\n",
                    "Name,Phone 1 - Type,Phone 1 - Value\nx,Mobile,[PHONE_1]\n");
    /* with no cue, North America's eleven digits in one block are an order's, and so is a
     * mobile's shape under a label of another number */
    expect_untouched("batch 16172093384 done");
    expect_untouched("Bestellnummer: 4915784420913");
    expect_untouched("{\"accountNumber\": \"017412398845\"}");
    expect_untouched("Account: 393512864010");
}

static void test_weak_number_word_after_another_number(void **state)
{
    (void)state;
    expect_untouched("Order number 612345678 shipped");
    expect_untouched("Employer identification number  900882579");
    expect_masked("my number ", "612345678", " works", "PHONE");
}

static void test_tax_ids_and_dates_in_more_places(void **state)
{
    (void)state;
    expect_masked("1200,00;S;EUR;4930;1800;1503;;Erstattung ", "64085138929", "", "DE_TAX_ID");
    expect_untouched("num\xc3\xa9ro de dossier 80951107239");
    expect_masked("f\xc3\xb6" "dd ", "1947 06 30", " i Ume\xc3\xa5", "DATE_OF_BIRTH");
    expect_untouched("f\xc3\xb6" "dd 1947 6 30");
}

static void test_addresses_dotted_four_parts_are_no_phones(void **state)
{
    (void)state;
    expect_masked("ping ", "84.201.3.9", " -c 3", "IP_ADDRESS");
    expect_masked("client_addr=", "084.201.003.009", "", "IP_ADDRESS");
    expect_masked("mobil ", "072.103.36.06", "", "PHONE");        /* Sweden's dotted mobiles stay phones */
}

static void test_birth_abbreviations(void **state)
{
    (void)state;
    expect_masked("fdato: ", "12.03.1985", "", "DATE_OF_BIRTH");
    expect_masked("f.dato ", "12.03.1985", "", "DATE_OF_BIRTH");
    expect_masked("the applicant (b. ", "12 March 1985", ")", "DATE_OF_BIRTH");
}

/* dev10's classes: Spain's mobiles in dashes 3-2-2-2, the Swedish day/month and a two-digit
 * year after a space, a compound that ends in a phone's name. */
static void test_dev10_forms(void **state)
{
    (void)state;
    expect_masked("mi n\xc3\xbamero: ", "688-41-20-57", ".", "PHONE");
    expect_masked("f\xc3\xb6" "dd ", "9/10 48", " i Kiruna", "DATE_OF_BIRTH");
    expect_untouched("rapport 9/10 48 sidor");
    expect_masked("Notfalltelefon: ", "4862 1937", "", "PHONE");
    expect_untouched("Automobil: 4862 1937");
}

static void test_addresses_no_person_reads(void **state)
{
    (void)state;
    expect_untouched("From: root@ip-10-4-7-19.ec2.internal (Cron Daemon)");
    expect_untouched("sender: noreply@fjellvik.no");
    expect_untouched("git@github.com:acme/web.git");
    /* a person's mailbox on an internal name is still a person's: an Active Directory domain, an
     * old laptop in a .mailmap */
    expect_masked("To: ", "lene.aasheim@corp.local", "", "EMAIL");
    expect_masked("Author <", "tobias.wendt@old-laptop.local", ">", "EMAIL");
    expect_masked("", "jmarchetti@build-07.lan", " wrote:", "EMAIL");
    expect_scrubbed("[smtp.example.net]:587 kari.holm@posteo.no:Ur7!kq~2Zp9",
                    "[smtp.example.net]:587 [EMAIL_1]:[ENV_SECRET_1]");
}

static void test_census_birth_dates(void **state)
{
    (void)state;
    expect_masked("Born: ", "Tuesday, 12 March 1985", "", "DATE_OF_BIRTH");
    expect_masked("Born: ", "Tuesday, March 12, 1985", "", "DATE_OF_BIRTH");
    expect_masked("f\xc3\xb8" "dselsdag: ", "fredag 13. juni 1980", ".", "DATE_OF_BIRTH");
    expect_masked("Geburtsdatum: ", "Dienstag, 10. Mai 1966", "", "DATE_OF_BIRTH");
    expect_masked("Fecha de nacimiento: ", "jueves, 9 de septiembre de 1965", "", "DATE_OF_BIRTH");
    expect_masked("Bonjour, anniversaire : ", "26/03/1963", ", merci.", "DATE_OF_BIRTH");
    expect_masked("DDN : ", "12/03/1985", "", "DATE_OF_BIRTH");
    /* "cumpleaños." ends its sentence: the date after it is another one */
    expect_scrubbed("Paciente: 11/07/1967 es mi cumplea\xc3\xb1os. entregado el 13-02-2019.",
                    "Paciente: [DATE_OF_BIRTH_1] es mi cumplea\xc3\xb1os. entregado el 13-02-2019.");
    expect_untouched("Livraison mardi 11 janvier 2024.");
}

static void test_census_addresses(void **state)
{
    (void)state;
    expect_masked("accepted connection from ", "::ffff:172.26.183.47", ":6379", "IP_ADDRESS");
    expect_untouched("Siehe Abschnitt 6.2.7.6 der Richtlinie.");
    expect_untouched("as described in section 4.2.1.3 of the spec");
    expect_untouched("Voir l'article 1.2.7.6 du r\xc3\xa8glement.");
}

static void test_census_phones(void **state)
{
    (void)state;
    expect_masked("Contactez-moi au ", "0423726131", ".", "PHONE");
    expect_masked("", "69516673", " er nummeret mitt", "PHONE");
    expect_masked("contact me at ", "4155852671", " tomorrow", "PHONE");
    expect_untouched("Sporingsnummer 0783832013.");
    expect_untouched("Num\xc3\xa9ro de suivi 0621324897.");
    expect_untouched("org 977 993 652");
    expect_untouched("Commande n\xc2\xb0 0651258073 exp\xc3\xa9" "di\xc3\xa9" "e.");
    expect_untouched("Factura n.\xc2\xba 0610721584 adjunta.");
    expect_scrubbed("+1 (415) 850-0694 is my mobile, the ad said listing #5348500431.",
                    "[PHONE_1] is my mobile, the ad said listing #5348500431.");
}

static void test_census2_phone_labels(void **state)
{
    (void)state;
    expect_scrubbed("Mobilen min er 912 34 567, jobb: 92344529.", "Mobilen min er [PHONE_1], jobb: [PHONE_2].");
    expect_masked("Home: ", "92344529", "", "PHONE");
    expect_masked("Arbete: ", "0176 2345678", "", "PHONE");
    expect_masked("Domicile : ", "(21) 97711-5921", "", "PHONE");
    expect_masked("Trabajo: ", "0906562729", "", "PHONE");
    expect_masked("Tfn: ", "0476/78.37.77", "", "PHONE");
    expect_untouched("I work from home 3 days, ticket 20240117.");
    expect_untouched("Work: 2 years, 45000 kr");
}

static void test_census2_next_of_kin(void **state)
{
    (void)state;
    expect_masked("Emergency contact: ", "0906562729", "", "PHONE");
    expect_masked("p\xc3\xa5r\xc3\xb8rende: ", "0906562729", "", "PHONE");
    expect_masked("Anh\xc3\xb6rig: ", "0906562729", "", "PHONE");
    expect_masked("Notfallkontakt: ", "0906562729", "", "PHONE");
    expect_masked("contacto de emergencia: ", "(81) 98403-6900", "", "PHONE");
    expect_masked("Contact d'urgence : ", "0906562729", "", "PHONE");
    expect_untouched("emergency room visit on 20240117, case 0906562729");
}

static void test_census2_trunk_before_parenthesised_area(void **state)
{
    (void)state;
    expect_masked("Phone: ", "0 (543) 584 14 38", "", "PHONE");
    expect_masked("Tel.: ", "8 (912) 345-67-89", "", "PHONE");
    expect_masked("{\"emergencyContactPhone\": \"", "0 (532) 584 14 38", "\"}", "PHONE");
    expect_untouched("Item 1 (2024) 12 03");
}

static void test_census2_micr_transit_symbols(void **state)
{
    (void)state;
    expect_masked("MICR line: \xe2\x91\x86", "021000021", "\xe2\x91\x86 2847230461\xe2\x91\x88 1042", "US_ABA_ROUTING");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_birth_dates_with_a_time_are_masked_whole),
        cmocka_unit_test(test_birth_dates_in_rarer_spellings),
        cmocka_unit_test(test_birth_dates_after_a_place),
        cmocka_unit_test(test_birth_dates_named_after_them),
        cmocka_unit_test(test_birth_dates_under_keys_with_a_suffix),
        cmocka_unit_test(test_ip_addresses_in_more_places),
        cmocka_unit_test(test_addresses_that_name_no_host_are_kept),
        cmocka_unit_test(test_phones_in_more_national_shapes),
        cmocka_unit_test(test_fictional_phones_are_kept_whole),
        cmocka_unit_test(test_other_numbers_are_no_phones_by_shape),
        cmocka_unit_test(test_fodselsnummer_with_a_dash),
        cmocka_unit_test(test_routing_number_after_a_question),
        cmocka_unit_test(test_phones_with_the_plus_dropped),
        cmocka_unit_test(test_weak_number_word_after_another_number),
        cmocka_unit_test(test_tax_ids_and_dates_in_more_places),
        cmocka_unit_test(test_addresses_no_person_reads),
        cmocka_unit_test(test_addresses_dotted_four_parts_are_no_phones),
        cmocka_unit_test(test_birth_abbreviations),
        cmocka_unit_test(test_dev10_forms),
        cmocka_unit_test(test_census_birth_dates),
        cmocka_unit_test(test_census_addresses),
        cmocka_unit_test(test_census_phones),
        cmocka_unit_test(test_census2_phone_labels),
        cmocka_unit_test(test_census2_next_of_kin),
        cmocka_unit_test(test_census2_trunk_before_parenthesised_area),
        cmocka_unit_test(test_census2_micr_transit_symbols),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
