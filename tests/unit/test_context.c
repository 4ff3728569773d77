/* Structure as context (issue 15, scrub/columns.c): keys, env names, labels, CSV, psql and
 * markdown columns, and cue words before or after a value in six languages name the type
 * of the value next to them, which is then checked by that type's validator in a relaxed
 * form (no separators needed). DATE_OF_BIRTH is a date only after a birth cue or under a
 * birth key; a bare date, a date under another column and a number under an unrelated key
 * stay. The scrubber has every built-in type but PERSON, so that names do not blur what
 * is checked here. */
#include "tests/unit/unit.h"

#include "scrub/scrub.h"
#include "scrub/validators.h"

static struct scrubber scrubber;

static int build_scrubber(void **state)
{
    (void)state;
    static const char *entities[256];
    assert_true(builtin_entity_type_count <= sizeof entities / sizeof entities[0]);
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        entities[i] = builtin_entity_types[i].name;
    }
    struct scrub_config config = { .enabled = true, .entities = entities, .entity_count = builtin_entity_type_count };
    char error[256];
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        fail_msg("%s", error);
    }
    return 0;
}

static int release_scrubber(void **state)
{
    (void)state;
    scrubber_release(&scrubber);
    return 0;
}

/* `text` scrubs to exactly `expected`. */
static void expect_scrubbed(const char *text, const char *expected)
{
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    struct buffer out;
    buffer_init(&out, &arena, 256);
    size_t masked = scrub_text(&scrubber, &vault, text, strlen(text), &out);
    assert_true(masked != (size_t)-1);
    if (out.len != strlen(expected) || memcmp(out.data, expected, out.len) != 0) {
        fail_msg("'%s'\n  gave     '%.*s'\n  expected '%s'", text, (int)out.len, out.data, expected);
    }
    arena_release(&arena);
}

static void keys_name_their_values(void **state)
{
    (void)state;
    expect_scrubbed("{\"phone\": \"91234567\", \"ssn\": \"536228726\", \"sin\": 130692544}",
                    "{\"phone\": \"[PHONE_1]\", \"ssn\": \"[SSN_US_1]\", \"sin\": [SIN_CA_1]}");
    expect_scrubbed("SSN=536228726\nPHONE=0171 1234567\nexport MOBILE=+4791234567\n",
                    "SSN=[SSN_US_1]\nPHONE=[PHONE_1]\nexport MOBILE=[PHONE_2]\n");
    expect_scrubbed("customer:\n  date_of_birth: 12 March 1985\n  steuer_id: 86095742719\n  personnummer: "
                    "194112122678\n",
                    "customer:\n  date_of_birth: [DATE_OF_BIRTH_1]\n  steuer_id: [DE_TAX_ID_1]\n"
                    "  personnummer: [SE_PERSONNUMMER_1]\n");
    expect_scrubbed("{\"customerPhone\": \"145550\", \"birthDate\": \"1985-03-12\", \"fodselsnummer\": "
                    "\"15076500565\"}",
                    "{\"customerPhone\": \"[PHONE_1]\", \"birthDate\": \"[DATE_OF_BIRTH_1]\", "
                    "\"fodselsnummer\": \"[NO_FNR_1]\"}");
    expect_scrubbed("Social Security Number: 536 22 8726, Routing number: 011000015",
                    "Social Security Number: [SSN_US_1], Routing number: [US_ABA_ROUTING_1]");
    expect_scrubbed("Mob: 912 34 567\nHandy: 0221/1246821\nTel.: 0171 1234567",
                    "Mob: [PHONE_1]\nHandy: [PHONE_2]\nTel.: [PHONE_3]");
}

static void keys_that_name_nothing_leave_numbers(void **state)
{
    (void)state;
    expect_scrubbed("{\"mobile_app_version\": \"1234567\", \"phone_verified\": 12345678, \"order_id\": 536228726}",
                    "{\"mobile_app_version\": \"1234567\", \"phone_verified\": 12345678, \"order_id\": 536228726}");
    expect_scrubbed("created_at: 1985-03-12\nssn: n/a\nphone: unknown\n",
                    "created_at: 1985-03-12\nssn: n/a\nphone: unknown\n");
    expect_scrubbed("order number: 12345678", "order number: 12345678");
}

static void table_columns_name_their_cells(void **state)
{
    (void)state;
    expect_scrubbed("id,phone,ssn,birth_date,created\n"
                    "1,91234567,536228726,12.03.1985,2024-05-12\n"
                    "2,\"+47 912 34 567\",078-05-1121,1990-01-31,2024-05-13\n",
                    "id,phone,ssn,birth_date,created\n"
                    "1,[PHONE_1],[SSN_US_1],[DATE_OF_BIRTH_1],2024-05-12\n"
                    "2,\"[PHONE_2]\",[SSN_US_2],[DATE_OF_BIRTH_2],2024-05-13\n");
    expect_scrubbed(" id | telefon    | fnr\n----+------------+-------------\n  1 | 912 34 567 | "
                    "15076500565\n(1 row)\n",
                    " id | telefon    | fnr\n----+------------+-------------\n  1 | [PHONE_1] | [NO_FNR_1]\n(1 row)\n");
    expect_scrubbed("| Name | Phone | DOB |\n|---|---|---|\n| x | 4155552671 | March 12, 1985 |\n",
                    "| Name | Phone | DOB |\n|---|---|---|\n| x | [PHONE_1] | [DATE_OF_BIRTH_1] |\n");
    expect_scrubbed("name\tsin\nx\t130692544\n", "name\tsin\nx\t[SIN_CA_1]\n");
    /* A list in prose is no header, and a date under another column is no birth date. */
    expect_scrubbed("id,version,date\n1,1234567,1985-03-12\n", "id,version,date\n1,1234567,1985-03-12\n");
}

static void cue_words_before_the_value(void **state)
{
    (void)state;
    expect_scrubbed("Handy 0171 1234567, mi m\xc3\xb3vil es el 612 345 678, joignable au 06 12 34 56 78.",
                    "Handy [PHONE_1], mi m\xc3\xb3vil es el [PHONE_2], joignable au [PHONE_3].");
    expect_scrubbed("Ring mig p\xc3\xa5 031-74 04 80, tlf 912 34 567, Tel. 0171 1234567, Mi tel\xc3\xa9" "fono: "
                                                                                                         "612345678",
                    "Ring mig p\xc3\xa5 [PHONE_1], tlf [PHONE_2], Tel. [PHONE_3], Mi tel\xc3\xa9" "fono: [PHONE_4]");
    expect_scrubbed("SSN 536228726, SIN 130692544, personnummer 194112122678, f\xc3\xb8" "dselsnummer 15076500565",
                    "SSN [SSN_US_1], SIN [SIN_CA_1], personnummer [SE_PERSONNUMMER_1], f\xc3\xb8" "dselsnummer "
                                                                                                  "[NO_FNR_1]");
    expect_scrubbed("Mi n\xc3\xbamero de seguro social es 536228726. Steuer-IdNr. 86095742719, routing no. 011000015",
                    "Mi n\xc3\xbamero de seguro social es [SSN_US_1]. Steuer-IdNr. [DE_TAX_ID_1], "
                    "routing no. [US_ABA_ROUTING_1]");
    /* Other words between a phone word and a number: only a national grouping. */
    expect_scrubbed("mobile app version 1234567", "mobile app version 1234567");
    expect_scrubbed("Il faut rappeler Julien au 03.93.09.65.63 avant jeudi",
                    "Il faut rappeler Julien au [PHONE_1] avant jeudi");
}

static void cue_words_after_the_value(void **state)
{
    (void)state;
    expect_scrubbed("011000015 is my routing number. 912 34 567 er mitt telefonnummer. 86095742719 ist meine "
                    "Steuer-ID.",
                    "[US_ABA_ROUTING_1] is my routing number. [PHONE_1] er mitt telefonnummer. "
                    "[DE_TAX_ID_1] ist meine Steuer-ID.");
    expect_scrubbed("130692544, c'est mon NAS. 194112122678 \xc3\xa4r min dotters personnummer.",
                    "[SIN_CA_1], c'est mon NAS. [SE_PERSONNUMMER_1] \xc3\xa4r min dotters personnummer.");
    /* Nothing says whose: the number stays. */
    expect_scrubbed("12345678 is the number of rows", "12345678 is the number of rows");
}

static void dates_of_birth_after_a_birth_cue(void **state)
{
    (void)state;
    expect_scrubbed("f\xc3\xb8" "dt 12.03.1985, f\xc3\xb6" "dd 12 mars 1985, geboren am 12. M\xc3\xa4rz 1985",
                    "f\xc3\xb8" "dt [DATE_OF_BIRTH_1], f\xc3\xb6" "dd [DATE_OF_BIRTH_2], geboren am [DATE_OF_BIRTH_3]");
    expect_scrubbed("n\xc3\xa9" "e le 1er f\xc3\xa9vrier 1990, fecha de nacimiento: 12 de marzo de 1985, born "
                                "on March 12, 1985",
                    "n\xc3\xa9" "e le [DATE_OF_BIRTH_1], fecha de nacimiento: [DATE_OF_BIRTH_2], born on "
                                "[DATE_OF_BIRTH_3]");
    expect_scrubbed("Ich bin am 16.12.1982 geboren. DOB: 3/12/1985", "Ich bin am [DATE_OF_BIRTH_1] geboren. "
                                                                     "DOB: [DATE_OF_BIRTH_2]");
    /* Dates in logs and releases are not birth dates; an impossible date is no date. */
    expect_scrubbed("2024-05-12 10:00:01 started, released 12 March 2024", "2024-05-12 10:00:01 started, "
                                                                           "released 12 March 2024");
    expect_scrubbed("born 31.02.1985", "born 31.02.1985");
}

static void written_dates(void **state)
{
    (void)state;
    static const char *const dates[] = {
        "1985-03-12", "12.03.1985", "12/03/1985", "3/12/1985", "19850312", "12 March 1985", "12. mars 1985",
        "March 12, 1985", "Mar 12 1985", "12th of March, 1985", "12 de marzo de 1985", "1er mars 1985",
        "29.02.2000", "5. Mai 1976", "14 juni 1960", "9 ao\xc3\xbbt 1971", "12 d\303\251cembre 1950",
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        if (!date_of_birth_valid(dates[i], strlen(dates[i]))) {
            fail_msg("'%s' is a date", dates[i]);
        }
    }
    static const char *const not_dates[] = {
        "29.02.1900", "1985-13-01", "32.01.1985", "12 Foo 1985", "12.03.85x", "1800-01-01", "12345678", "March 1985",
    };
    for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
        if (date_of_birth_valid(not_dates[i], strlen(not_dates[i]))) {
            fail_msg("'%s' is not a date", not_dates[i]);
        }
    }
    assert_int_equal(date_length("12 March 1985, in Oslo", 22), 13);
}

/* Every occurrence of a value found under a key or a cue is a value: only the config's
 * enabled types are cued, and a type left out stays. */
static void only_enabled_types_are_cued(void **state)
{
    (void)state;
    static const char *const only_phone[] = { "PHONE" };
    struct scrub_config config = { .enabled = true, .entities = only_phone, .entity_count = 1 };
    struct scrubber phones;
    char error[256];
    assert_true(scrubber_init(&phones, &config, error, sizeof error));
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    struct buffer out;
    buffer_init(&out, &arena, 256);
    const char *text = "ssn: 536228726, phone: 91234567, dob: 1985-03-12";
    assert_int_equal(scrub_text(&phones, &vault, text, strlen(text), &out), 1);
    assert_memory_equal(out.data, "ssn: 536228726, phone: [PHONE_1], dob: 1985-03-12", out.len);
    arena_release(&arena);
    scrubber_release(&phones);
}

/* A value of parsed JSON is masked on its own: its key, no longer in the text, still names it. */
static void keys_of_parsed_json_name_values(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct vault vault;
    vault_init(&vault, &arena, NULL, 0);
    static const struct { const char *key, *value, *expected; } cases[] = {
        { "ssn", "536228726", "[SSN_US_1]" },
        { "customer_phone", " 91234567 ", " [PHONE_1] " },
        { "date_of_birth", "12 March 1985", "[DATE_OF_BIRTH_1]" },
        { "build", "1234567", "1234567" },
        { "phone", "call me", "call me" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct buffer out;
        buffer_init(&out, &arena, 64);
        struct slice key = slice_of(cases[i].key, strlen(cases[i].key));
        size_t masked = scrub_keyed_text(&scrubber, &vault, key, cases[i].value, strlen(cases[i].value), &out);
        assert_true(masked != (size_t)-1);
        if (out.len != strlen(cases[i].expected) || memcmp(out.data, cases[i].expected, out.len) != 0) {
            fail_msg("%s: '%s' gave '%.*s'", cases[i].key, cases[i].value, (int)out.len, out.data);
        }
    }
    arena_release(&arena);
}

/* Round two (dev2's classes): international prefixes written 00 or (+cc), national
 * groupings of the six countries, cue synonyms, the second number of a pair, cues after
 * the value, a value on the next line, SQL column lists, more written dates. */
static void national_groupings_and_prefixes(void **state)
{
    (void)state;
    expect_scrubbed("Handy: 0049 170 1234567", "Handy: [PHONE_1]");
    expect_scrubbed("Telefon: 089 - 1234567", "Telefon: [PHONE_1]");
    expect_scrubbed("Tel\xc3\xa9" "fono: (+34) 612 345 678", "Tel\xc3\xa9" "fono: [PHONE_1]");
    expect_scrubbed("Svar JA til 91 23 45 67.", "Svar JA til [PHONE_1].");
    expect_scrubbed("R\xc3\xa9pondez OUI au 06.12.34.56.78.", "R\xc3\xa9pondez OUI au [PHONE_1].");
    expect_scrubbed("Svara JA till 070-123 45 67 f\xc3\xb6r att bekr\xc3\xa4" "fta.",
                    "Svara JA till [PHONE_1] f\xc3\xb6r att bekr\xc3\xa4" "fta.");
    expect_scrubbed("Responda S\xc3\x8d al 91 234 56 78.", "Responda S\xc3\x8d al [PHONE_1].");
    expect_scrubbed("Phone (home): 415.555.2671", "Phone (home): [PHONE_1]");
    expect_scrubbed("Reach me on +44 (0)7700 910123 after 6pm, or 0161 496 1000 during the day.",
                    "Reach me on [PHONE_1] after 6pm, or [PHONE_2] during the day.");
    expect_scrubbed("Erreichbar unter 0171 1234567 oder dienstlich 0151 23456789.",
                    "Erreichbar unter [PHONE_1] oder dienstlich [PHONE_2].");
    expect_scrubbed("N\xc3\xa5s best p\xc3\xa5 91234567 etter kl. 16.",
                    "N\xc3\xa5s best p\xc3\xa5 [PHONE_1] etter kl. 16.");
    expect_scrubbed("Appelle le 06 12 34 56 78 si tu ne trouves pas.", "Appelle le [PHONE_1] si tu ne trouves pas.");
    expect_scrubbed("Contact: 0047 912 34 567, x@y", "Contact: [PHONE_1], x@y");
    /* A version, a date and a build number after the same words stay. */
    expect_scrubbed("Svar JA til 2024-05-12.", "Svar JA til 2024-05-12.");
    expect_scrubbed("Ping me at 10:30 about build 1.2.3.", "Ping me at 10:30 about build 1.2.3.");
}

static void cue_synonyms_and_cues_after(void **state)
{
    (void)state;
    expect_scrubbed("SS# 536 22 8726, born 12/23/78", "SS# [SSN_US_1], born [DATE_OF_BIRTH_1]");
    expect_scrubbed("536228726 \xe2\x80\x94 that's my social, and 011000015 is the bank's ABA.",
                    "[SSN_US_1] \xe2\x80\x94 that's my social, and [US_ABA_ROUTING_1] is the bank's ABA.");
    expect_scrubbed("ABA routing no. 011-000-015, acct 1234", "ABA routing no. [US_ABA_ROUTING_1], acct 1234");
    expect_scrubbed("0171 1234567 ist die Nummer von Dieter.", "[PHONE_1] ist die Nummer von Dieter.");
    expect_scrubbed("91 23 45 67 es el n\xc3\xbamero de Laura.", "[PHONE_1] es el n\xc3\xbamero de Laura.");
    expect_scrubbed("K\xc3\xb6nnten Sie mich unter 0170 6886 5353 zur\xc3\xbc" "ckrufen?",
                    "K\xc3\xb6nnten Sie mich unter [PHONE_1] zur\xc3\xbc" "ckrufen?");
    /* "the number of rows" is nobody's number; a Bankleitzahl is no ABA number. */
    expect_scrubbed("12345678 is the number of rows", "12345678 is the number of rows");
    expect_scrubbed("Bankleitzahl 37040044", "Bankleitzahl 37040044");
}

static void values_on_the_next_line(void **state)
{
    (void)state;
    expect_scrubbed("Telefon:\n  91234567\n", "Telefon:\n  [PHONE_1]\n");
    expect_scrubbed("phones:\n  - 91234567\n  - 41234567\nname: x\n",
                    "phones:\n  - [PHONE_1]\n  - [PHONE_2]\nname: x\n");
    expect_scrubbed("what's your social again for the lease app\n[26/09/2023, 11:25] Noah: 536 22 8726\n",
                    "what's your social again for the lease app\n[26/09/2023, 11:25] Noah: [SSN_US_1]\n");
    /* A sentence on the next line is not a value. */
    expect_scrubbed("Telefon:\nsee build 12345678 for details\n", "Telefon:\nsee build 12345678 for details\n");
}

static void sql_column_lists(void **state)
{
    (void)state;
    expect_scrubbed("INSERT INTO payroll (emp_name, ssn, routing_no) VALUES ('x', '536228726', '011000015');",
                    "INSERT INTO payroll (emp_name, ssn, routing_no) VALUES "
                    "('x', '[SSN_US_1]', '[US_ABA_ROUTING_1]');");
    expect_scrubbed("INSERT INTO c (id, phone, birth_date) VALUES\n  (1, '073-634 64 84', '1993-01-12'),\n"
                    "  (2, '91234567', '2000-02-02');\n",
                    "INSERT INTO c (id, phone, birth_date) VALUES\n  (1, '[PHONE_1]', '[DATE_OF_BIRTH_1]'),\n"
                    "  (2, '[PHONE_2]', '[DATE_OF_BIRTH_2]');\n");
    expect_scrubbed("INSERT INTO log (id, created_at) VALUES (12345678, '2024-05-12');",
                    "INSERT INTO log (id, created_at) VALUES (12345678, '2024-05-12');");
    /* pg_dump's COPY: the column list is classified once FROM stdin follows it. */
    expect_scrubbed("COPY t (ssn, note) FROM stdin;\n536228726\tok\n\\.\n",
                    "COPY t (ssn, note) FROM stdin;\n[SSN_US_1]\tok\n\\.\n");
    /* A parenthesised list of cue words that no statement follows is prose around its cue. */
    expect_scrubbed("Reach the desk (phone, mobile) on 912 34 567 today.",
                    "Reach the desk (phone, mobile) on [PHONE_1] today.");
    /* A column named for a secret (issue 15): its made values are secrets, an id is not. */
    expect_scrubbed("INSERT INTO users (name, password) VALUES ('app', 'Kx8!vQ2mLp');",
                    "INSERT INTO users (name, password) VALUES ('app', '[ENV_SECRET_1]');");
    expect_scrubbed("INSERT INTO users (`api_token`, `id`) VALUES\n  ('Tk7vQ2mLp9wR4', 7),\n  ('changeme', 8);\n",
                    "INSERT INTO users (`api_token`, `id`) VALUES\n  ('[ENV_SECRET_1]', 7),\n  ('changeme', 8);\n");
}

static void more_written_dates_of_birth(void **state)
{
    (void)state;
    expect_scrubbed("Date of birth: 25-Nov-2000", "Date of birth: [DATE_OF_BIRTH_1]");
    expect_scrubbed("geb. am 08.11.64", "geb. am [DATE_OF_BIRTH_1]");
    expect_scrubbed("F\xc3\xb6" "delsedatum: den 7 juni 1976", "F\xc3\xb6" "delsedatum: [DATE_OF_BIRTH_1]");
    expect_scrubbed("F\xc3\xb6" "delsedatum: 16/5 1963", "F\xc3\xb6" "delsedatum: [DATE_OF_BIRTH_1]");
    expect_scrubbed("your date of birth (21/08/1997) doesn't match",
                    "your date of birth ([DATE_OF_BIRTH_1]) doesn't match");
    expect_scrubbed("Mein Sohn ist am 28.12.87 geboren", "Mein Sohn ist am [DATE_OF_BIRTH_1] geboren");
    expect_scrubbed("DOB\n61-06-20\n", "DOB\n[DATE_OF_BIRTH_1]\n");
    /* Not a day: stays. */
    expect_scrubbed("Date of birth: 32-Nov-2000", "Date of birth: 32-Nov-2000");
}

/* Round seven (issue 15, dev7): a cue that names whose value it is reaches past the owner's
 * name to a colon; redis-cli's numbered replies; X12 segments; "routed", "mobilen", "reached";
 * a remark in parentheses after a cue; a value before a dotted label; a second personnummer
 * joined by "och". What only looks like these stays. */
static void owners_replies_segments_and_remarks(void **state)
{
    (void)state;
    expect_scrubbed("Geburtsdatum von J\xc3\xb6rg-Peter L\xc3\xbctkemeyer-Sch\xc3\xa4" "fer: 28.09.1997 (Abgabe)",
                    "Geburtsdatum von J\xc3\xb6rg-Peter L\xc3\xbctkemeyer-Sch\xc3\xa4" "fer: [DATE_OF_BIRTH_1] "
                    "(Abgabe)");
    expect_scrubbed("Fecha de nacimiento de Gumersindo S\xc3\xa1" "enz de Ugarte: 1951 octubre 21 (entrega)",
                    "Fecha de nacimiento de Gumersindo S\xc3\xa1" "enz de Ugarte: [DATE_OF_BIRTH_1] (entrega)");
    /* Past MAX_GAP without the owner's colon, a date is another one. */
    expect_scrubbed("Geburtsdatum von Vertragspartnern steht im Formular, die Abgabe war am 12.03.2024.",
                    "Geburtsdatum von Vertragspartnern steht im Formular, die Abgabe war am 12.03.2024.");
    expect_scrubbed("1) \"name\"\n2) \"Ola\"\n3) \"dob\"\n4) \"1962-01-19\"\n5) \"plan\"\n",
                    "1) \"name\"\n2) \"Ola\"\n3) \"dob\"\n4) \"[DATE_OF_BIRTH_1]\"\n5) \"plan\"\n");
    expect_scrubbed("NM1*IL*1*DOE*JANE~\nREF*0F*028178287~\nDMG*D8*19561209*F~\n",
                    "NM1*IL*1*DOE*JANE~\nREF*0F*[SSN_US_1]~\nDMG*D8*[DATE_OF_BIRTH_1]*F~\n");
    expect_scrubbed("Deposit from account routed 120966545", "Deposit from account routed [US_ABA_ROUTING_1]");
    expect_scrubbed("og mobilen 41 22 33 44, takk", "og mobilen [PHONE_1], takk");
    expect_scrubbed("She can be reached on 4155552671 today", "She can be reached on [PHONE_1] today");
    expect_scrubbed("SSN (see attached form): 146-24-5520", "SSN (see attached form): [SSN_US_1]");
    expect_scrubbed("Routing number (see the form): 070722978", "Routing number (see the form): [US_ABA_ROUTING_1]");
    expect_scrubbed("Please use 146 24 5520 as the soc. sec. no. today",
                    "Please use [SSN_US_1] as the soc. sec. no. today");
    expect_scrubbed("Mitt personnummer \xc3\xa4r 196908029348 och min morfar Nils har 7506013262.",
                    "Mitt personnummer \xc3\xa4r [SE_PERSONNUMMER_1] och min morfar Nils har [SE_PERSONNUMMER_2].");
    expect_scrubbed("{\"num\xc3\xa9ro_dassurance_sociale\": \"733571483\"}",
                    "{\"num\xc3\xa9ro_dassurance_sociale\": \"[SIN_CA_1]\"}");
    /* HL7 v2 fields by position: PID-7 birth date, PID-13 phone, PID-19 SSN, NK1-6 phone. */
    expect_scrubbed("PID|1||42^^^H^MR||Doe^Jane^^^||19800101|F|||1 Main St^^X||6177711947||||||108564379\n"
                    "NK1|1|Doe^John|SPO|||2065475241\nOBX|1|NM|x||20240101|||||F\n",
                    "PID|1||42^^^H^MR||Doe^Jane^^^||[DATE_OF_BIRTH_1]|F|||1 Main St^^X||[PHONE_1]||||||[SSN_US_1]\n"
                    "NK1|1|Doe^John|SPO|||[PHONE_2]\nOBX|1|NM|x||20240101|||||F\n");
    /* A field that holds more than its value, and a segment name inside a line, say nothing. */
    expect_scrubbed("PID|1||42||Doe^Jane||19800101 approx|F\nsee PID|1||42||D^J||19800101|F\n",
                    "PID|1||42||Doe^Jane||19800101 approx|F\nsee PID|1||42||D^J||19800101|F\n");
    /* Phone abbreviations, signs and lines; birthdays in three more languages; "RT", "fnac". */
    expect_scrubbed("Tfno.: 606763691 | Telefonnr.: 94026160 | ph. 3127950616 | Hotline: 3127950616",
                    "Tfno.: [PHONE_1] | Telefonnr.: [PHONE_2] | ph. [PHONE_3] | Hotline: [PHONE_3]");
    expect_scrubbed("\xe2\x98\x8e 3127950616 or Signal: 94026160; treffes p\xc3\xa5 41234567",
                    "\xe2\x98\x8e [PHONE_1] or Signal: [PHONE_2]; treffes p\xc3\xa5 [PHONE_3]");
    expect_scrubbed("03.03.1985 er bursdagen min. Mi cumplea\xc3\xb1os es el 4 de marzo de 1986. fnac: 1987-05-06",
                    "[DATE_OF_BIRTH_1] er bursdagen min. Mi cumplea\xc3\xb1os es el [DATE_OF_BIRTH_2]. fnac: "
                    "[DATE_OF_BIRTH_3]");
    expect_scrubbed("RT 021000021, signal 11 at 0x7f3a12345678, pH 7.4",
                    "RT [US_ABA_ROUTING_1], signal 11 at 0x7f3a12345678, pH 7.4");
    /* Short names as XML elements. */
    expect_scrubbed("<ssn>146245520</ssn><SIN>733571483</SIN>", "<ssn>[SSN_US_1]</ssn><SIN>[SIN_CA_1]</SIN>");
    /* A numbered line that holds more than the value, and "routed" before no routing number. */
    expect_scrubbed("3) \"dob\"\n4) \"1962-01-19 and more\"\n",
                    "3) \"dob\"\n4) \"1962-01-19 and more\"\n");
    expect_scrubbed("the parcel was routed 123456789 times", "the parcel was routed 123456789 times");
}

/* With names on, a column whose header names a person has its name-shaped cells masked,
 * in a table read for a cue in the same header: "Baker" under last_name is a surname. */
static void person_columns_in_tables(void **state)
{
    (void)state;
    static const char *entities[256];
    size_t count = 0;
    for (size_t i = 0; i < builtin_entity_type_count && count + 1 < sizeof entities / sizeof entities[0]; i++) {
        entities[count++] = builtin_entity_types[i].name;
    }
    entities[count++] = "PERSON";
    struct scrub_config config = { .enabled = true, .entities = entities, .entity_count = count };
    char error[256];
    struct scrubber saved = scrubber;
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        fail_msg("%s", error);
    }
    expect_scrubbed("last_name,phone\nBaker,91234567\n", "last_name,phone\n[PERSON_1],[PHONE_1]\n");
    expect_scrubbed("| Vorname | Nachname | Handy |\n|---|---|---|\n| Jonas | Becker | 0171 1234567 |\n",
                    "| Vorname | Nachname | Handy |\n|---|---|---|\n| [PERSON_1] | [PERSON_2] | [PHONE_1] |\n");
    expect_scrubbed("INSERT INTO c (last_name, phone) VALUES ('Baker', '91234567');",
                    "INSERT INTO c (last_name, phone) VALUES ('[PERSON_1]', '[PHONE_1]');");
    /* A product under "name" is no person. */
    expect_scrubbed("name,phone\nKubernetes,91234567\n", "name,phone\nKubernetes,[PHONE_1]\n");
    scrubber_release(&scrubber);
    scrubber = saved;
}

/* A second number joined by "or" that starts with '(' or '+' and fails its validator: the
 * search for another phone once stopped advancing there and held the loop forever. */
/* Secrets in the shapes dev8 pastes them in (issue 15): a trace's typed attribute, a
 * Keycloak realm with a placeholder beside the credential, an SMS export's door code. */
static void secrets_in_traces_realms_and_messages(void **state)
{
    (void)state;
    expect_scrubbed("Attributes:\n     -> http.route: Str(/v1/customers)\n     -> db.password: Str(93o&D5m8ESJP7W)\n",
                    "Attributes:\n     -> http.route: Str(/v1/customers)\n     -> db.password: Str([ENV_SECRET_1])\n");
    expect_scrubbed("{\"credentials\": [{\"type\": \"password\", \"value\": \"Sunshine2011!\", \"temporary\": true}],\n"
                    " \"smtpServer\": {\"password\": \"not-set\"}}",
                    "{\"credentials\": [{\"type\": \"password\", \"value\": \"[ENV_SECRET_1]\", "
                    "\"temporary\": true}],\n"
                    " \"smtpServer\": {\"password\": \"not-set\"}}");
    expect_scrubbed("sms,received,\"new code for the door is W3lcome%51jdJ, don't share\"\n",
                    "sms,received,\"new code for the door is [ENV_SECRET_1], don't share\"\n");
}

static void a_joined_number_that_fails_ends_the_search(void **state)
{
    (void)state;
    expect_scrubbed("Ring mig på 070-123 45 67 or (x) tomorrow",
                    "Ring mig på [PHONE_1] or (x) tomorrow");
    expect_scrubbed("phone: 0171 1234567 or +a and or (1 or +",
                    "phone: [PHONE_1] or +a and or (1 or +");
}

/* Number classes dev8 showed missed (issue 15): a value said first and taken up by a
 * pronoun ("…, das ist die Steuer-ID"), a birth date before "when … was born", GEDCOM's
 * birth event, a form's '+' spaces, a printed form's stacked labels and values, blank-aligned
 * columns whose header holds "Name, Vorname". */
static void numbers_said_first_forms_and_records(void **state)
{
    (void)state;
    expect_scrubbed("86095742719, das ist die Steuer-ID von meinem Vater.",
                    "[DE_TAX_ID_1], das ist die Steuer-ID von meinem Vater.");
    expect_scrubbed("4112122678, som allts\xc3\xa5 \xc3\xa4r personnumret till min mamma.",
                    "[SE_PERSONNUMMER_1], som allts\xc3\xa5 \xc3\xa4r personnumret till min mamma.");
    expect_scrubbed("I forget: 12 March 1985 \xe2\x80\x94 that's when my sister was born, right?",
                    "I forget: [DATE_OF_BIRTH_1] \xe2\x80\x94 that's when my sister was born, right?");
    expect_scrubbed("0 @I1@ INDI\n1 BIRT\n2 DATE 25 IX 2001\n2 PLAC Oslo\n1 DEAT\n2 DATE 3 MAR 2020\n",
                    "0 @I1@ INDI\n1 BIRT\n2 DATE [DATE_OF_BIRTH_1]\n2 PLAC Oslo\n1 DEAT\n2 DATE 3 MAR 2020\n");
    expect_scrubbed("Body=hi+my+ssn+is+536228726&From=x", "Body=hi+my+ssn+is+[SSN_US_1]&From=x");
    expect_scrubbed("Date of birth\nSocial Security No.\n1974.05.15\n536-22-8726\n",
                    "Date of birth\nSocial Security No.\n[DATE_OF_BIRTH_1]\n[SSN_US_1]\n");
    expect_scrubbed("Kunde, Vorname          Geburtsdatum        Steuer-ID\n"
                    "Kunde, Nummer          8. M\xc3\xa4r 1957          86095742719\n",
                    "Kunde, Vorname          Geburtsdatum        Steuer-ID\n"
                    "Kunde, Nummer          [DATE_OF_BIRTH_1]          [DE_TAX_ID_1]\n");
    expect_scrubbed("{\"birthdate\": [\"1993-10-02\"]}", "{\"birthdate\": [\"[DATE_OF_BIRTH_1]\"]}");
    /* a JSON line with commas is no CSV header of quoted cells */
    expect_scrubbed("  \"attributes\": {\"phone\": [\"x\"], \"birthdate\": [\"1993-10-02\"]},\n"
                    "  {\"type\": \"a\", \"value\": \"b\"}\n",
                    "  \"attributes\": {\"phone\": [\"x\"], \"birthdate\": [\"[DATE_OF_BIRTH_1]\"]},\n"
                    "  {\"type\": \"a\", \"value\": \"b\"}\n");
    expect_scrubbed("I forget: 1983 February 26 \xe2\x80\x94 that's when Lie-Nielsen was born.",
                    "I forget: [DATE_OF_BIRTH_1] \xe2\x80\x94 that's when Lie-Nielsen was born.");
    /* a number before an unrelated clause stays (one failing the Steuer-ID check: a valid one
     * in one block is masked with no cue now) */
    expect_scrubbed("86095742718 items, das ist die Menge.", "86095742718 items, das ist die Menge.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keys_name_their_values),
        cmocka_unit_test(keys_that_name_nothing_leave_numbers),
        cmocka_unit_test(table_columns_name_their_cells),
        cmocka_unit_test(cue_words_before_the_value),
        cmocka_unit_test(cue_words_after_the_value),
        cmocka_unit_test(dates_of_birth_after_a_birth_cue),
        cmocka_unit_test(written_dates),
        cmocka_unit_test(only_enabled_types_are_cued),
        cmocka_unit_test(keys_of_parsed_json_name_values),
        cmocka_unit_test(national_groupings_and_prefixes),
        cmocka_unit_test(cue_synonyms_and_cues_after),
        cmocka_unit_test(values_on_the_next_line),
        cmocka_unit_test(sql_column_lists),
        cmocka_unit_test(more_written_dates_of_birth),
        cmocka_unit_test(person_columns_in_tables),
        cmocka_unit_test(a_joined_number_that_fails_ends_the_search),
        cmocka_unit_test(secrets_in_traces_realms_and_messages),
        cmocka_unit_test(owners_replies_segments_and_remarks),
        cmocka_unit_test(numbers_said_first_forms_and_records),
    };
    return cmocka_run_group_tests(tests, build_scrubber, release_scrubber);
}
