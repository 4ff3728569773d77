/* The password forms read by hand (scrub/password_forms.h) find exactly what the regex rows
 * they replace found: each form's SPEC is compiled with Hyperscan, and on thousands of
 * generated texts the ends it reports are compared with the ends the reader reports from
 * every match of the form's ANCHOR. Then the readers' work: the bytes they examine stay
 * under a fixed number per input byte on shapes made to make them read far. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "scrub/password_forms.h"
#include "scrub/secret_keys.h"
#include "transforms/foundation/ascii.h"

#include <ctype.h>
#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef size_t (*form_reader)(const char *text, size_t len, size_t anchor_end, password_form_found found,
                              void *context);

struct form {
    const char *name, *spec, *anchor;
    form_reader read;
    bool cased;                       /* the spec is not caseless */
};

static const struct form forms[] = {
    { "parameter", PASSWORD_PARAMETER_SPEC, PASSWORD_PARAMETER_ANCHOR, password_parameter_ends, false },
    { "answer", PASSWORD_ANSWER_SPEC, PASSWORD_ANSWER_ANCHOR, password_answer_ends, false },
};

enum { MAX_ENDS = 4096 };

struct ends {
    size_t at[MAX_ENDS];
    size_t count;
};

static void add_end(struct ends *ends, size_t end)
{
    assert_true(ends->count < MAX_ENDS);
    ends->at[ends->count++] = end;
}

static int compare_sizes(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted, each end once: Hyperscan reports an end once, a reader may find it twice. */
static void normalise(struct ends *ends)
{
    qsort(ends->at, ends->count, sizeof ends->at[0], compare_sizes);
    size_t kept = 0;
    for (size_t i = 0; i < ends->count; i++) {
        if (kept == 0 || ends->at[kept - 1] != ends->at[i]) {
            ends->at[kept++] = ends->at[i];
        }
    }
    ends->count = kept;
}

static hs_database_t *compile(const char *pattern)
{
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile(pattern, HS_FLAG_CASELESS, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("%s does not compile: %s", pattern, error->message);
    }
    return database;
}

static int on_spec_end(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id, (void)from, (void)flags;
    add_end(context, (size_t)to);
    return 0;
}

struct reading {
    const struct form *form;
    const char *text;
    size_t len;
    struct ends *ends;
    size_t examined;
};

static bool on_reader_end(size_t end, void *context)
{
    add_end(context, end);
    return false;
}

static int on_anchor(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id, (void)from, (void)flags;
    struct reading *reading = context;
    reading->examined += reading->form->read(reading->text, reading->len, (size_t)to, on_reader_end, reading->ends);
    return 0;
}

struct databases {
    hs_database_t *spec, *anchor;
    hs_scratch_t *scratch;
};

static hs_database_t *compile_cased(const char *pattern)
{
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile(pattern, 0, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("%s does not compile: %s", pattern, error->message);
    }
    return database;
}

static void databases_open(struct databases *databases, const struct form *form)
{
    databases->spec = form->cased ? compile_cased(form->spec) : compile(form->spec);
    databases->anchor = compile(form->anchor);
    databases->scratch = NULL;
    assert_int_equal(hs_alloc_scratch(databases->spec, &databases->scratch), HS_SUCCESS);
    assert_int_equal(hs_alloc_scratch(databases->anchor, &databases->scratch), HS_SUCCESS);
}

static void databases_close(struct databases *databases)
{
    hs_free_scratch(databases->scratch);
    hs_free_database(databases->spec);
    hs_free_database(databases->anchor);
}

/* The key cue words' reader keeps a memory per scan: each text starts it afresh. */
static struct key_sentence_memory key_memory;

/* The reader's ends over every anchor match of `text`; the bytes examined in *examined. */
static void reader_ends(const struct databases *databases, const struct form *form, const char *text, size_t len,
                        struct ends *ends, size_t *examined)
{
    memset(&key_memory, 0, sizeof key_memory);
    struct reading reading = { form, text, len, ends, 0 };
    ends->count = 0;
    assert_int_equal(hs_scan(databases->anchor, text, (unsigned)len, 0, databases->scratch, on_anchor, &reading),
                     HS_SUCCESS);
    normalise(ends);
    *examined = reading.examined;
}

static bool on_counted_end(size_t end, void *context)
{
    (void)end;
    (*(size_t *)context)++;
    return false;
}

struct counted_reading {
    const struct form *form;
    const char *text;
    size_t len, ends, examined;
};

static int on_counted_anchor(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
                             void *context)
{
    (void)id, (void)from, (void)flags;
    struct counted_reading *reading = context;
    reading->examined += reading->form->read(reading->text, reading->len, (size_t)to, on_counted_end, &reading->ends);
    return 0;
}

/* The bytes the reader examines over every anchor match of `text`, its ends only counted. */
static void reader_ends_counted(const struct databases *databases, const struct form *form, const char *text,
                                size_t len, size_t *examined)
{
    memset(&key_memory, 0, sizeof key_memory);
    struct counted_reading reading = { form, text, len, 0, 0 };
    assert_int_equal(hs_scan(databases->anchor, text, (unsigned)len, 0, databases->scratch, on_counted_anchor,
                             &reading), HS_SUCCESS);
    *examined = reading.examined;
}

static void spec_ends(const struct databases *databases, const char *text, size_t len, struct ends *ends)
{
    ends->count = 0;
    assert_int_equal(hs_scan(databases->spec, text, (unsigned)len, 0, databases->scratch, on_spec_end, ends),
                     HS_SUCCESS);
    normalise(ends);
}

/* Returns how many ends the spec has there. */
static size_t assert_same_ends(const struct databases *databases, const struct form *form, const char *text,
                               size_t len)
{
    static struct ends expected, found;
    size_t examined;
    spec_ends(databases, text, len, &expected);
    reader_ends(databases, form, text, len, &found, &examined);
    bool same = expected.count == found.count
                && memcmp(expected.at, found.at, expected.count * sizeof expected.at[0]) == 0;
    if (!same) {
        print_message("form %s, text (%zu bytes): \"%.*s\"\n", form->name, len, (int)len, text);
        for (size_t i = 0; i < expected.count; i++) {
            print_message("  spec end %zu\n", expected.at[i]);
        }
        for (size_t i = 0; i < found.count; i++) {
            print_message("  reader end %zu\n", found.at[i]);
        }
    }
    assert_true(same);
    return expected.count;
}

/* Pieces the forms are made of, and near misses: the texts are random strings of them. */
static const char *const pieces[] = {
    "password", "Password", "PASSWD", "passwd", "pwd", "Pwd", "pass", "PASS", "passwort", "Passord", "l\xc3\xb6senord",
    "L\xc3\xb6senord", "l\xc3\x96senord", "contrase\303\261a", "Mot de passe", "mot de  passe", "passw", "xpass",
    "_pwd", "pwdx", ";", "?", "&", "=", " ", "  ", "\t", "\n", "\r\n", "\r", "\v", ":", ">", ": ", "> ", "it's ",
    "It Is ", "it is", "det er ", "det \xc3\xa4r ", "es ", "es", "\"", "'", "`", "hunter2x", "S3cr3t!", "ab",
    "abcdefgh", "abc", "a", "Xk9#mPq2", "Tr0ub4dor&3", "user", "what's the ", "anyone know the ", "bob", "<ops>",
    "db", ".", ",", "x?y", "\xc3\xa4", "AUTH", "passphrase",
};

static uint64_t random_state = 0x9E3779B97F4A7C15u;

static uint64_t next_random(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

/* Each form's own pieces, drawn as often as all the others together. */
static const char *const form_pieces[][16] = {
    { ";", "&", "?", " ", "\t", "password", "Pwd", "pass", "PASSWD", "=", "= ", "abcd", "S3;x", "ab&c", "xy", "'" },
    { "?", "?\n", "? \r\n", "pass", "password?\n", "pwd", "\n", ": ", "> ", ":\t", "it's ", "es ", "abcdefgh",
      "S3cr3t!!", "\"", "bob" },
};

/* A text of up to `most` pieces: a form's own pieces in `own_quarters` of four draws, the
 * shared pieces in the rest. */
static size_t random_pieces_text(const char *const *own, size_t own_count, unsigned own_quarters, size_t most,
                                 char *text, size_t room)
{
    size_t count = 1 + next_random() % most, len = 0;
    for (size_t i = 0; i < count; i++) {
        const char *piece = next_random() % 4 < own_quarters
                          ? own[next_random() % own_count]
                          : pieces[next_random() % (sizeof pieces / sizeof pieces[0])];
        size_t piece_len = strlen(piece);
        if (len + piece_len > room) {
            break;
        }
        memcpy(text + len, piece, piece_len);
        len += piece_len;
    }
    return len;
}

static size_t random_text(size_t form, char *text, size_t room)
{
    return random_pieces_text(form_pieces[form], 16, 2, 24, text, room);
}

static void test_readers_find_what_the_specs_find(void **state)
{
    (void)state;
    static const char *const examples[] = {
        "jdbc:postgresql://db/app?user=app&password=hunter2x&ssl=true",
        "Server=db;Database=app;User Id=sa;Password = S3cr3t!;Encrypt=True",
        "x; pwd=abcd; PASS =\t'abcd'; passwd=ab",
        "anyone know the stage redis pass?\n[09:12] <oncall> bob: it's Xk9#mPq2Lw\n",
        "what's the wifi password? \r\nAna: Tr0ub4dor&3 and > it is abcdefgh",
        "passwords? no\nbob: hunter2xy\nwhat about pwd?\n> es  S3cr3t!!9",
        "bypass?\nx: abcdefghij",
    };
    char text[1024];
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        struct databases databases;
        databases_open(&databases, &forms[f]);
        for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
            assert_same_ends(&databases, &forms[f], examples[i], strlen(examples[i]));
        }
        size_t texts_with_ends = 0;
        for (int i = 0; i < 50000; i++) {
            size_t len = random_text(f, text, sizeof text);
            texts_with_ends += assert_same_ends(&databases, &forms[f], text, len) > 0;
        }
        /* The generator reaches the form often enough for the comparison to mean something. */
        print_message("form %s: %zu of 50000 texts with ends\n", forms[f].name, texts_with_ends);
        assert_true(texts_with_ends >= 100);
        databases_close(&databases);
    }
}

/* Shapes that make a reader read far from its anchor: long blank runs, long questions,
 * long answer lines, an anchor on every byte. */
static const char *const work_shapes[][2] = {
    { "; ", "" },
    { ";", "" },
    { "&password   ", "=" },
    { ";Password=hunter2x", "" },
    { "? \n", "" },
    { "password?\n", "" },
    { "the password is what?\n", "bob: it's abcdefgh " },
    { "pwd?\n", ": " },
    { "pwd?\n", ":: > >" },
    { "pass", "word " },
};

static void test_readers_examine_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    enum { SIZE = 64 * 1024 };
    char *text = malloc(SIZE + 64);
    assert_non_null(text);
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        struct databases databases;
        databases_open(&databases, &forms[f]);
        for (size_t s = 0; s < sizeof work_shapes / sizeof work_shapes[0]; s++) {
            /* The head once, then the body repeated: "pwd?\n" then 64 KB of ": ". */
            size_t head = strlen(work_shapes[s][0]), body = strlen(work_shapes[s][1]), len = 0;
            memcpy(text, work_shapes[s][0], head);
            len = head;
            while (body > 0 && len + body <= SIZE) {
                memcpy(text + len, work_shapes[s][1], body);
                len += body;
            }
            while (body == 0 && len + head <= SIZE) {
                memcpy(text + len, work_shapes[s][0], head);
                len += head;
            }
            size_t examined;
            reader_ends_counted(&databases, &forms[f], text, len, &examined);
            if (examined > 48 * (size_t)len) {
                print_message("form %s, shape \"%s\"+\"%s\": %zu bytes examined for %zu\n", forms[f].name,
                              work_shapes[s][0], work_shapes[s][1], examined, len);
            }
            assert_true(examined <= 48 * (size_t)len);
        }
        databases_close(&databases);
    }
    free(text);
}

/* ---- the passphrase of plain words: its own pieces, texts long enough for eight words ---- */

static const struct form phrase_form = { "phrase", PASSWORD_PHRASE_SPEC, PASSWORD_PHRASE_ANCHOR, password_phrase_ends, false };

static const char *const phrase_pieces[] = {
    "password", "Passwd", "passphrase", "Kennwort", "passord", "passwort", "l\xc3\xb6senord", "contrase\303\261a",
    "mot de passe", "clave", "xclave", "code wifi", "Code Wi-Fi", "DB_", "_pw", "_2", " ", " ", "  ", "\t", "\n",
    "=", ":", " = ", ": ", "\"", "'", "\"=", " is ", " IS ", " ist ", "ist", " est ", " es ", " er ", " \xc3\xa4r ",
    " lautet ", " c'est ", "abcd", "otter ", "purple", "kettle ", "52", "x", "ab", "a:b", "x=",
    "abcdefghijklmnopqrstuvw", "abcdefghijklmnopqrstuvwxyz", "the wifi ", "for ", ".", "k", "mot", "de", "code",
    "wi-fi", "passwor", "Passphras", "passwrd", "PASSWD", "passo", "kennwor",
};

static size_t random_phrase_text(char *text, size_t room)
{
    return random_pieces_text(phrase_pieces, sizeof phrase_pieces / sizeof phrase_pieces[0], 3, 40, text, room);
}

static void test_phrase_reader_finds_what_its_spec_finds(void **state)
{
    (void)state;
    static const char *const examples[] = {
        "signing.password=otter purple kettle 52",
        "gpg_passphrase = copper maple purple cobalt",
        "wifi-passordet: spruce copper kettle",
        "the wifi password is horse otter harbour.",
        "le mot de passe wifi : cobalt otter",
        "la clave del wifi: otter kettle",
        "passwordpassword password ist abcd a b c d e f g h i = abcd",
        "password \"=  'abcd password a:b:cdef:ghij istabcd",
        "password x password=abcd a.clave=abcd y.passwd_x: abcd z l\xc3\xb6senord2 is abcd",
    };
    char text[2048];
    struct databases databases;
    databases_open(&databases, &phrase_form);
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
        assert_same_ends(&databases, &phrase_form, examples[i], strlen(examples[i]));
    }
    size_t texts_with_ends = 0;
    for (int i = 0; i < 50000; i++) {
        size_t len = random_phrase_text(text, sizeof text);
        texts_with_ends += assert_same_ends(&databases, &phrase_form, text, len) > 0;
    }
    print_message("form phrase: %zu of 50000 texts with ends\n", texts_with_ends);
    assert_true(texts_with_ends >= 5000);
    databases_close(&databases);
}

/* Password words packed close, in one name and as words, before long blank runs and words. */
static void test_phrase_reader_examines_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const shapes[][2] = {
        { "password ", "" },
        { "password", "" },
        { "passwordpasswordpassword ", "" },
        { "password", " " },
        { "password", "x" },
        { "password a", " a" },
        { "p ", "" },
        { "password is ", "" },
        { "password \t", "" },
        { "password ", "a:b:c=d'=e" },
        { "password passwordpassword passwordpassword p ", "" },
    };
    enum { SIZE = 64 * 1024 };
    char *text = malloc(SIZE + 64);
    assert_non_null(text);
    struct databases databases;
    databases_open(&databases, &phrase_form);
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        size_t head = strlen(shapes[s][0]), body = strlen(shapes[s][1]), len = head;
        memcpy(text, shapes[s][0], head);
        while (body > 0 && len + body <= SIZE) {
            memcpy(text + len, shapes[s][1], body);
            len += body;
        }
        while (body == 0 && len + head <= SIZE) {
            memcpy(text + len, shapes[s][0], head);
            len += head;
        }
        size_t examined;
        reader_ends_counted(&databases, &phrase_form, text, len, &examined);
        if (examined > 48 * (size_t)len) {
            print_message("form phrase, shape \"%s\"+\"%s\": %zu bytes examined for %zu\n", shapes[s][0],
                          shapes[s][1], examined, len);
        }
        assert_true(examined <= 48 * (size_t)len);
    }
    databases_close(&databases);
    free(text);
}

/* ---- the forms read from a password word: each form's ends, the others' left out ---- */

struct word_form_filter {
    enum password_word_form form;
    password_form_found found;
    void *context;
};

static bool on_word_form_end(enum password_word_form form, size_t end, void *context)
{
    struct word_form_filter *filter = context;
    return form == filter->form && filter->found(end, filter->context);
}

#define WORD_FORM_READER(function, which)                                                                      \
    static size_t function(const char *text, size_t len, size_t anchor_end, password_form_found found,        \
                           void *context)                                                                      \
    {                                                                                                          \
        struct word_form_filter filter = { which, found, context };                                            \
        return password_word_ends(text, len, anchor_end, on_word_form_end, &filter);                          \
    }

WORD_FORM_READER(assigned_ends_of, PASSWORD_WORD_ASSIGNED)
WORD_FORM_READER(quoted_ends_of, PASSWORD_WORD_QUOTED)
WORD_FORM_READER(listed_ends_of, PASSWORD_WORD_LISTED)
WORD_FORM_READER(sentence_ends_of, PASSWORD_WORD_SENTENCE)
WORD_FORM_READER(alone_ends_of, PASSWORD_WORD_ALONE)
WORD_FORM_READER(opens_ends_of, PASSWORD_WORD_OPENS)

/* Every form together, for the work count. */
static bool on_any_word_form_end(enum password_word_form form, size_t end, void *context)
{
    (void)form;
    return ((password_form_found)((void **)context)[0])(end, ((void **)context)[1]);
}

static size_t all_word_forms_of(const char *text, size_t len, size_t anchor_end, password_form_found found,
                                void *context)
{
    void *pair[2] = { (void *)found, context };
    return password_word_ends(text, len, anchor_end, on_any_word_form_end, pair);
}

static const struct form word_forms[] = {
    { "assigned", PASSWORD_ASSIGNED_SPEC, PASSWORD_WORD_ANCHOR, assigned_ends_of, false },
    { "quoted", PASSWORD_QUOTED_SPEC, PASSWORD_WORD_ANCHOR, quoted_ends_of, false },
    { "listed", PASSWORD_LISTED_SPEC, PASSWORD_WORD_ANCHOR, listed_ends_of, true },
    { "sentence", PASSWORD_SENTENCE_SPEC, PASSWORD_WORD_ANCHOR, sentence_ends_of, false },
    { "alone", PASSWORD_ALONE_SPEC, PASSWORD_WORD_ANCHOR, alone_ends_of, false },
    { "opens", PASSWORD_OPENS_SPEC, PASSWORD_WORD_ANCHOR, opens_ends_of, false },
};

static const char *const word_form_pieces[] = {
    "password", "Password", "PASSWORD", "passwd", "Passwd", "passphrase", "passwort", "Passwort", "kennwort",
    "passord", "Passord", "l\xc3\xb6senord", "L\xc3\xb6senord", "losenord", "contrase\303\261a", "Contrase\303\261a",
    "contrasena", "mot de passe", "Mot de passe", "mot_de_passe", "motdepasse", "mot_depasse", "mot de  passe",
    "wachtwoord", "adgangskode", "kodeord", "pass", "Pass", "PASS", "pwd", "Pwd", "pw", "Pw", "PW", "passe",
    "bypass", "x", "_", "db_", "_x", "2", "[", "]", "\\", "**", "*", "__", "=", ":", ":=", "::", "->", "<-", "=>",
    "?=", " = ", ": ", "str(", "String(", "Some(", "Bytes(", "\"\"\"", "\"", "'", "`", " ", " ", "  ", "\t", "\n",
    "\r", ",", ";", "/", "|", ", ", "; ", " / ", " | ", " is ", " was ", " IS ", " est ", " c'est ", " es ", " er ",
    " ist ", " lautet ", " \xc3\xa4r ", " auf ", " be ", " blir ", " ble ", " blev ", " sera ", " ser\xc3\xa1 ",
    "is", "for the", " wifi", "guest ", "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "hunter2x",
    "hunter2xyz", "S3cr3t!!", "ab", "abc def", "'otter maple 7'", "\"blue horse 42!\"", "a:", "ab: ", "x:y", ".",
    "\"otter maple\"", "'ab cd ef gh'", "\"x\"", "'abcdefg\n'", "password \"", "pwd '", "_pass='",
    " for ", " de ", " du ", " f\xc3\xbcr ", " til ", " f\xc3\xb6r ", " para ", " redis ", " a.b-c_d ",
    "abcdefghijklmnop ", "abcdefghijklmnopq ", " ist", "istabcdefgh", ",", " lautet", "\"", "password_x", "kodeord,",
    ", pass ", ", Pass: ", ";pwd= ", " / Pw ", "|passord ", ",Passwort\t", "; l\xc3\xb6senord: ", "/contrase\303\261a ",
    /* Words that stop where the reader tells the password words apart ("pass", then the fifth,
     * sixth and eighth bytes), each case. */
    "passw", "PASSWO", "Passwor", "passwrd", "pAsSwD", "PASSWORT", "passwOrd", "passwordt", "passphras",
    "PassPhrase", "passphrasex", "passo", "passor", "PASSORD", "pwD", "pasS",
};

static size_t random_word_form_text(char *text, size_t room)
{
    return random_pieces_text(word_form_pieces, sizeof word_form_pieces / sizeof word_form_pieces[0], 3, 36, text,
                              room);
}

static void test_word_forms_find_what_their_specs_find(void **state)
{
    (void)state;
    static const char *const examples[] = {
        "DB_PASSWORD=Sup3r-s3cret-pass", "Password=hunter2x;Password=hunter2x;", "userPassword: \"x\"",
        "mot_de_passe = 'abc def ghi'", "signing.password = str(\"abc\")", "passwd::x password\\\"=\\\"y",
        "user bob@example.com, pass Tr0ub4dor#89", "username: ops / pwd: S3cr3t!!x", "a|Passwort  hunter2xyz",
        "the password is hunter2x. the password is hunter2x. ", "the password for the guest wifi is Xk9#mPq2",
        "Das Passwort f\xc3\xbcrs WLAN lautet Xk9#mPq2ab", "Le mot de passe du wifi est Xk9#mPq2ab",
        "password: a b c d e f g h i j: hunter2xyz", "password passwordx: abcdefghij passwordpassword is abcdefghij",
        "kodeord adgangskodeord er abcdefghi", "password 'otter maple kettle'", "PASSWORD='mi gato 7x'",
    };
    char text[2048];
    for (size_t f = 0; f < sizeof word_forms / sizeof word_forms[0]; f++) {
        struct databases databases;
        databases_open(&databases, &word_forms[f]);
        for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
            assert_same_ends(&databases, &word_forms[f], examples[i], strlen(examples[i]));
        }
        size_t texts_with_ends = 0;
        for (int i = 0; i < 50000; i++) {
            size_t len = random_word_form_text(text, sizeof text);
            texts_with_ends += assert_same_ends(&databases, &word_forms[f], text, len) > 0;
        }
        print_message("form %s: %zu of 50000 texts with ends\n", word_forms[f].name, texts_with_ends);
        assert_true(texts_with_ends >= 1000);
        databases_close(&databases);
    }
}

/* Password words packed close, in one name and as words, before long blank runs and words. */
static void test_word_forms_examine_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const shapes[][2] = {
        { "password ", "" },
        { "password", "" },
        { "pw", "" },
        { "passwordpasswordpassword ", "" },
        { "password", " " },
        { "password", "x" },
        { "password", "_" },
        { "password a", " a" },
        { "password is ", "" },
        { "password \t", "" },
        { "password ", "a:b:c=d'=e" },
        { "password passwordpassword passwordpassword p ", "" },
        { "mot de passe ", "" },
        { "mot de passe", " " },
        { "passwordx: ", "" },
        { ", pass", "" },
        { ",", " " },
        { "password=", "" },
        { "Password=hunter2x;", "" },
        { "the password is hunter2x. ", "" },
        { "a", "mot_de_passe_" },
        { "password__", "_" },
        { "password\"] ", " " },
        /* The bench's packed password shapes (bench/README.md, session 14). */
        { "passwd ", "" },
        { "Password: ", "" },
        { "passphrase passwort passord pwd pw pass ", "" },
    };
    static const struct form all = { "all", PASSWORD_SENTENCE_SPEC, PASSWORD_WORD_ANCHOR, all_word_forms_of, false };
    enum { SIZE = 64 * 1024 };
    char *text = malloc(SIZE + 64);
    assert_non_null(text);
    struct databases databases;
    databases_open(&databases, &all);
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        size_t head = strlen(shapes[s][0]), body = strlen(shapes[s][1]), len = head;
        memcpy(text, shapes[s][0], head);
        while (body > 0 && len + body <= SIZE) {
            memcpy(text + len, shapes[s][1], body);
            len += body;
        }
        while (body == 0 && len + head <= SIZE) {
            memcpy(text + len, shapes[s][0], head);
            len += head;
        }
        size_t examined;
        reader_ends_counted(&databases, &all, text, len, &examined);
        print_message("word forms, shape \"%s\"+\"%s\": %.2f bytes examined per byte\n", shapes[s][0],
                      shapes[s][1], (double)examined / (double)len);
        /* 9.86 per byte at most ("passwd " packed, session 14; the bound was 48): each anchor
         * reads its word and the next, no more. */
        assert_true(examined <= 12 * (size_t)len);
    }
    databases_close(&databases);
    free(text);
}

/* ---- the sentence's key cue words, read from the credential-key anchor's stems ---- */

static bool on_key_sentence_end(enum password_word_form form, size_t end, void *context)
{
    void **pair = context;
    assert_int_equal(form, PASSWORD_WORD_SENTENCE);
    return ((password_form_found)pair[0])(end, pair[1]);
}

/* The key cue words' reader stops at a password word, whose anchor reads on: the two
 * readers together, at every match of either anchor, against the row's two kinds of cue
 * word together. */
static size_t key_sentence_ends_of(const char *text, size_t len, size_t anchor_end, password_form_found found,
                                   void *context)
{
    void *pair[2] = { (void *)found, context };
    return key_sentence_ends(text, len, anchor_end, &key_memory, on_key_sentence_end, pair)
           + sentence_ends_of(text, len, anchor_end, found, context);
}

static const struct form key_sentence_form = { "key sentence", "(" KEY_SENTENCE_SPEC ")|(" PASSWORD_SENTENCE_SPEC ")",
                                               "(" SECRET_KEY_ANCHOR ")|" PASSWORD_WORD_ANCHOR,
                                               key_sentence_ends_of, false };

static const char *const key_sentence_pieces[] = {
    "api", "API", "Api", "key", "Key", "KEY", "api key", "API Key", "api_key", "api-key", "apikey", "APIKEY",
    "api  key", "access", "secret", "Secret", "private", "signing", "signing_key", "access-key", "secretkey",
    "keys", "keyring", "monkey", "tok", "token", "pass", "password", "Password", "pw", "mdp", "x", "_", "-", " ",
    "  ", "\t", "\n", ",", ";", ":", ": ", ", ", "; ", " is ", " er ", " ist ", " lautet ", " c'est ", " \xc3\xa4r ",
    " ser\xc3\xa1 ", "is", " be", " for the ", " staging ", " box", " a", " b c d e f", " g h i j k",
    "abcdefghijklmnopqrstuvwx", "abcdefghijklmnopqrstuvwxy", "hunter2xyz", "S3cr3t!!", "'", "\"", "`", "'abcdefgh",
    "a:", "ab: ", "x:y", ".", "\xc3\xa4",
};

static size_t random_key_sentence_text(char *text, size_t room)
{
    return random_pieces_text(key_sentence_pieces, sizeof key_sentence_pieces / sizeof key_sentence_pieces[0], 3, 36,
                              text, room);
}

static void test_key_sentence_reader_finds_what_its_spec_finds(void **state)
{
    (void)state;
    static const char *const examples[] = {
        "API key for the staging box is hunter2xyz", "secret_key, the new one, is S3cr3t!!x",
        "apikey apikey apikey: abcdefghij", "monkey is abcdefghij", "private-keys: abcdefghij",
        "api key a b c d e f g h i j is abcdefghij", "api key a b c d e f g h i j k is abcdefghij",
        "api keyapikey is abcdefghij", "Signing Key, password api_key: 'abcdefghij'",
    };
    char text[2048];
    struct databases databases;
    databases_open(&databases, &key_sentence_form);
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++) {
        assert_same_ends(&databases, &key_sentence_form, examples[i], strlen(examples[i]));
    }
    size_t texts_with_ends = 0;
    for (int i = 0; i < 50000; i++) {
        size_t len = random_key_sentence_text(text, sizeof text);
        texts_with_ends += assert_same_ends(&databases, &key_sentence_form, text, len) > 0;
    }
    print_message("form key sentence: %zu of 50000 texts with ends\n", texts_with_ends);
    assert_true(texts_with_ends >= 1000);
    databases_close(&databases);
}

/* Key cue words packed, in one run of letters and as words, before words and blanks. */
static void test_key_sentence_reader_examines_a_bounded_number_of_bytes_per_input_byte(void **state)
{
    (void)state;
    static const char *const shapes[][2] = {
        { "api key ", "" },
        { "apikey ", "" },
        { "apikey", "" },
        { "API Key: ", "" },
        { "api_key ", "" },
        { "secret key is ", "" },
        { "api key", " a" },
        { "api key a b c d e f g h i j ", "" },
        { "api key", " " },
        { "api key", "key" },
        { "key ", "" },
        { "api keyapikey ", "" },
        { "api key password ", "" },
    };
    enum { SIZE = 64 * 1024 };
    char *text = malloc(SIZE + 64);
    assert_non_null(text);
    struct databases databases;
    databases_open(&databases, &key_sentence_form);
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        size_t head = strlen(shapes[s][0]), body = strlen(shapes[s][1]), len = head;
        memcpy(text, shapes[s][0], head);
        while (body > 0 && len + body <= SIZE) {
            memcpy(text + len, shapes[s][1], body);
            len += body;
        }
        while (body == 0 && len + head <= SIZE) {
            memcpy(text + len, shapes[s][0], head);
            len += head;
        }
        size_t examined;
        reader_ends_counted(&databases, &key_sentence_form, text, len, &examined);
        print_message("key sentence, shape \"%s\"+\"%s\": %.2f bytes examined per byte\n", shapes[s][0],
                      shapes[s][1], (double)examined / (double)len);
        assert_true(examined <= 8 * (size_t)len);
    }
    databases_close(&databases);
    free(text);
}

/* Whether Hyperscan's `pattern` (flags as given) matches the one byte `byte`. */
static int on_any_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *context)
{
    (void)id, (void)from, (void)to, (void)flags;
    *(bool *)context = true;
    return 1;
}

static bool class_matches(const char *pattern, unsigned flags, unsigned char byte)
{
    hs_database_t *database = NULL;
    hs_compile_error_t *error = NULL;
    if (hs_compile(pattern, flags, HS_MODE_BLOCK, NULL, &database, &error) != HS_SUCCESS) {
        fail_msg("%s does not compile: %s", pattern, error->message);
    }
    hs_scratch_t *scratch = NULL;
    assert_int_equal(hs_alloc_scratch(database, &scratch), HS_SUCCESS);
    bool matched = false;
    char text[1] = { (char)byte };
    hs_scan(database, text, 1, 0, scratch, on_any_match, &matched);
    hs_free_scratch(scratch);
    hs_free_database(database);
    return matched;
}

/* The byte classes the readers use (transforms/foundation/ascii.h) are the classes of the
 * patterns they replace, and <ctype.h>'s in the C locale, for every byte. */
static void test_ascii_classes_are_the_patterns_classes(void **state)
{
    (void)state;
    for (unsigned value = 0; value < 256; value++) {
        unsigned char byte = (unsigned char)value;
        assert_int_equal(ascii_space(byte), class_matches("^\\s$", 0, byte));
        assert_int_equal(ascii_word_char(byte), class_matches("^\\w$", 0, byte));
        assert_int_equal(ascii_blank(byte), class_matches("^[ \\t]$", 0, byte));
        assert_int_equal(ascii_letter(byte), class_matches("^[a-z]$", HS_FLAG_CASELESS, byte));
        assert_int_equal(ascii_space(byte), isspace(byte) != 0);
        assert_int_equal(ascii_upper(byte), isupper(byte) != 0);
        assert_int_equal(ascii_lower(byte), islower(byte) != 0);
        assert_int_equal(ascii_letter(byte), isalpha(byte) != 0);
        assert_int_equal(ascii_digit(byte), isdigit(byte) != 0);
        assert_int_equal(ascii_alnum(byte), isalnum(byte) != 0);
        assert_int_equal(ascii_fold(byte), (unsigned char)tolower(byte));
        /* Caseless matching folds exactly what ascii_fold folds. */
        char literal[8];
        snprintf(literal, sizeof literal, "^\\x%02x$", ascii_fold(byte));
        assert_int_equal(class_matches(literal, HS_FLAG_CASELESS, byte), true);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ascii_classes_are_the_patterns_classes),
        cmocka_unit_test(test_readers_find_what_the_specs_find),
        cmocka_unit_test(test_readers_examine_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_phrase_reader_finds_what_its_spec_finds),
        cmocka_unit_test(test_phrase_reader_examines_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_word_forms_find_what_their_specs_find),
        cmocka_unit_test(test_word_forms_examine_a_bounded_number_of_bytes_per_input_byte),
        cmocka_unit_test(test_key_sentence_reader_finds_what_its_spec_finds),
        cmocka_unit_test(test_key_sentence_reader_examines_a_bounded_number_of_bytes_per_input_byte),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
