#include "scrub/password_forms.h"

#include "transforms/foundation/ascii.h"

#include <string.h>

/* `word` (lower case) at `at`, caseless, ending at or before `limit`. */
/* Inlined: most calls name a literal, whose length then folds to a constant. */
static inline __attribute__((always_inline)) bool word_at(const char *text, size_t limit, size_t at,
                                                          const char *word)
{
    /* The first byte before the length: most calls are refused there. */
    if (at >= limit || ascii_fold((unsigned char)text[at]) != (unsigned char)word[0]) {
        return false;
    }
    size_t word_len = strlen(word);
    if (limit - at < word_len) {
        return false;
    }
    for (size_t i = 1; i < word_len; i++) {
        if (ascii_fold((unsigned char)text[at + i]) != (unsigned char)word[i]) {
            return false;
        }
    }
    return true;
}

static size_t skip_blanks(const char *text, size_t len, size_t at)
{
    while (at < len && ascii_blank((unsigned char)text[at])) {
        at++;
    }
    return at;
}

/* A word of a list, with its length. */
struct listed_word {
    const char *text;
    size_t len;
};

#define LISTED(word) { word, sizeof word - 1 }

/* `word` at `at` (caseless), ending at or before `len`: its length, or 0. Inlined, the first
 * byte compared before anything else: most calls are refused there (a password word is
 * compared with fourteen verbs and prepositions after it, one of which may start there). */
static inline __attribute__((always_inline)) size_t listed_word_at(const char *text, size_t len, size_t at,
                                                                   const struct listed_word *word)
{
    if (at >= len) {
        return 0;                     /* the blanks after a password word may run to the text's end */
    }
    if ((unsigned char)word->text[0] != ascii_fold((unsigned char)text[at]) || len - at < word->len) {
        return 0;
    }
    for (size_t k = 1; k < word->len; k++) {
        if (ascii_fold((unsigned char)text[at + k]) != (unsigned char)word->text[k]) {
            return 0;
        }
    }
    return word->len;
}

/* The byte at `at` folded to small letters, or 0 past `len`. */
static inline unsigned char folded_at(const char *text, size_t len, size_t at)
{
    return at < len ? ascii_fold((unsigned char)text[at]) : 0;
}

/* ---- parameters: [;?&] blanks, the word, blanks, '=', blanks, four value bytes ---- */

static bool parameter_value_char(unsigned char c)
{
    return !ascii_space(c) && c != ';' && c != '&' && c != '"' && c != '\'' && c != '`';
}

size_t password_parameter_ends(const char *text, size_t len, size_t anchor_end, password_form_found found,
                               void *context)
{
    /* The word starts at the anchor's 'p'; it and what follows it are a fixed number of
     * bytes and blanks that end at the '=' this anchor's word owns: no other anchor's
     * reader reads them. */
    static const char *const words[] = { "password", "passwd", "pwd", "pass" };
    size_t word_start = anchor_end - 1;
    size_t examined = 1;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t word_len = strlen(words[i]);
        examined += word_len;
        if (!word_at(text, len, word_start, words[i])) {
            continue;
        }
        size_t at = skip_blanks(text, len, word_start + word_len);
        if (at == len || text[at] != '=') {
            examined += at - word_start - word_len + 1;
            continue;
        }
        size_t value = skip_blanks(text, len, at + 1);
        size_t end = value;
        while (end < len && end - value < PASSWORD_PARAMETER_VALUE_LENGTH
               && parameter_value_char((unsigned char)text[end])) {
            end++;
        }
        examined += end - word_start - word_len + 1;
        if (end - value == PASSWORD_PARAMETER_VALUE_LENGTH && found(end, context)) {
            break;
        }
    }
    return examined;
}

/* ---- a question about a password, then the answer on the next line ---- */

/* A password word ends in [from, question) with only bytes other than '\n' and '?' after
 * it: `from` is past the previous '\n' or '?', so any word inside qualifies. */
static bool asks_for_password(const char *text, size_t from, size_t question)
{
    static const char *const anywhere[] = { "password", "passwd", "passwort", "passord", "l\xc3\xb6senord",
                                            "contrase\303\261a", "mot de passe" };
    static const char *const at_word_start[] = { "pass", "pwd" };
    for (size_t at = from; at < question; at++) {
        unsigned char first = ascii_fold((unsigned char)text[at]);
        if (first != 'p' && first != 'l' && first != 'c' && first != 'm') {
            continue;                 /* no word starts here: most bytes of a question */
        }
        for (size_t i = 0; i < sizeof anywhere / sizeof anywhere[0]; i++) {
            if (word_at(text, question, at, anywhere[i])) {
                return true;
            }
        }
        if (at > 0 && ascii_word_char((unsigned char)text[at - 1])) {
            continue;
        }
        for (size_t i = 0; i < sizeof at_word_start / sizeof at_word_start[0]; i++) {
            if (word_at(text, question, at, at_word_start[i])) {
                return true;
            }
        }
    }
    return false;
}

static bool answer_value_char(unsigned char c)
{
    return !ascii_space(c) && c != '"' && c != '\'' && c != '`';
}

/* The value of `length` bytes at `at`; its end or 0. */
static size_t value_end(const char *text, size_t len, size_t at, size_t length)
{
    size_t end = at;
    while (end < len && end - at < length && answer_value_char((unsigned char)text[end])) {
        end++;
    }
    return end - at == length ? end : 0;
}

/* Each end on the answer's line from `line`: each ':' or '>' followed by blanks, a few words
 * ("it's") allowed, then the value. Returns true if `found` asked to stop. */
static bool answer_line_ends(const char *text, size_t len, size_t line, password_form_found found, void *context,
                             size_t *examined)
{
    static const char *const lead_ins[] = { "it's", "it is", "det er", "det \xc3\xa4r", "es" };
    for (size_t at = line; at < len && text[at] != '\n'; at++) {
        (*examined)++;
        if ((text[at] != ':' && text[at] != '>') || at + 1 >= len || !ascii_blank((unsigned char)text[at + 1])) {
            continue;
        }
        size_t value = skip_blanks(text, len, at + 1);
        size_t end = value_end(text, len, value, PASSWORD_ANSWER_VALUE_LENGTH);
        *examined += value - at + PASSWORD_ANSWER_VALUE_LENGTH;
        if (end != 0 && found(end, context)) {
            return true;
        }
        for (size_t i = 0; i < sizeof lead_ins / sizeof lead_ins[0]; i++) {
            size_t lead_in_len = strlen(lead_ins[i]);
            *examined += lead_in_len;
            if (!word_at(text, len, value, lead_ins[i]) || value + lead_in_len >= len
                || !ascii_blank((unsigned char)text[value + lead_in_len])) {
                continue;
            }
            size_t after = skip_blanks(text, len, value + lead_in_len);
            end = value_end(text, len, after, PASSWORD_ANSWER_VALUE_LENGTH);
            *examined += after - value - lead_in_len + PASSWORD_ANSWER_VALUE_LENGTH;
            if (end != 0 && found(end, context)) {
                return true;
            }
        }
    }
    return false;
}

static bool stop_at_first(size_t end, void *context)
{
    (void)end;
    (void)context;
    return true;
}

size_t password_answer_ends(const char *text, size_t len, size_t anchor_end, password_form_found found,
                            void *context)
{
    /* The anchor is "?[ \t]*\r?\n": its '?' is the first byte back that is none of those. */
    size_t question = anchor_end - 1;
    if (question > 0 && text[question - 1] == '\r') {
        question--;
    }
    while (question > 0 && ascii_blank((unsigned char)text[question - 1])) {
        question--;
    }
    size_t examined = anchor_end - question;
    if (question == 0 || text[question - 1] != '?') {
        return examined;
    }
    question--;
    /* The answer's line first: most lines after a question hold no value there, and it is
     * cheaper to read than the question is to search for a password word. The line is read
     * by this anchor alone (twice at most). */
    if (!answer_line_ends(text, len, anchor_end, stop_at_first, NULL, &examined)) {
        return examined;
    }
    /* The question's words: back to the previous '\n' or '?', read by no other anchor. */
    size_t from = question;
    while (from > 0 && text[from - 1] != '\n' && text[from - 1] != '?') {
        from--;
    }
    examined += question - from;
    if (asks_for_password(text, from, question)) {
        answer_line_ends(text, len, anchor_end, found, context, &examined);
    }
    return examined;
}

/* ---- a passphrase of plain words: the password word, the rest of its name, up to eight
 * words of 1-24 bytes, a separator ("=", ":", "is", "er", …), then four letters ---- */

enum {
    PHRASE_MAX_WORDS = 8,             /* ([ \t]+[^\s]{1,24}){0,8} */
    PHRASE_MAX_WORD_LENGTH = 24,
};

static bool quote(unsigned char c)
{
    return c == '"' || c == '\'';
}

/* A password word made of letters only starts at `at`: inside a name's run of [a-z0-9_] it
 * ends there too, and its own anchor follows. */
static bool letters_word_at(const char *text, size_t len, size_t at, size_t *examined)
{
    static const struct listed_word words[] = {
        LISTED("password"), LISTED("passwd"), LISTED("passphrase"), LISTED("passwort"), LISTED("kennwort"),
        LISTED("passord"),
    };
    unsigned char first = ascii_fold((unsigned char)text[at]);
    if (first != 'p' && first != 'k') {
        return false;
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        *examined += words[i].len;
        if (listed_word_at(text, len, at, &words[i]) != 0) {
            return true;
        }
    }
    return false;
}

/* The end of blanks, an optional quote and four letters from `at`, or 0. */
static size_t phrase_value_end(const char *text, size_t len, size_t at, size_t *examined)
{
    size_t value = skip_blanks(text, len, at);
    if (value < len && quote((unsigned char)text[value])) {
        value++;
    }
    size_t end = value;
    while (end < len && end - value < PASSWORD_PHRASE_VALUE_LENGTH && ascii_letter((unsigned char)text[end])) {
        end++;
    }
    *examined += end - at + 1;
    return end - value == PASSWORD_PHRASE_VALUE_LENGTH ? end : 0;
}

/* Each end of a separator at `at` and the value after it. Returns true if `found` asked to stop. */
static bool phrase_separator_ends(const char *text, size_t len, size_t at, password_form_found found,
                                  void *context, size_t *examined)
{
    static const char *const verbs[] = { "is", "er", "\xc3\xa4r", "ist", "lautet", "es", "est", "c'est" };
    size_t blanks_end = skip_blanks(text, len, at);
    /* ["']?[ \t]*[:=]: after a quote the blanks start past it (there are none before it). */
    size_t assignment = blanks_end;
    if (at < len && quote((unsigned char)text[at])) {
        assignment = skip_blanks(text, len, at + 1);
    }
    *examined += assignment - at + 1;
    if (assignment < len && (text[assignment] == ':' || text[assignment] == '=')) {
        size_t end = phrase_value_end(text, len, assignment + 1, examined);
        if (end != 0 && found(end, context)) {
            return true;
        }
    }
    /* [ \t]+ and a verb. */
    if (blanks_end == at || blanks_end == len) {
        return false;
    }
    unsigned char first = ascii_fold((unsigned char)text[blanks_end]);
    if (first != 'i' && first != 'e' && first != 0xc3 && first != 'l' && first != 'c') {
        return false;
    }
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        size_t verb_len = strlen(verbs[i]);
        *examined += verb_len;
        if (!word_at(text, len, blanks_end, verbs[i])) {
            continue;
        }
        size_t end = phrase_value_end(text, len, blanks_end + verb_len, examined);
        if (end != 0 && found(end, context)) {
            return true;
        }
    }
    return false;
}

/* A password word with no blank in it starts at `at` ("clave" only at a word's start): its
 * length, or 0. */
static size_t handoff_word_at(const char *text, size_t len, size_t at, size_t *examined)
{
    static const struct listed_word words[] = {
        LISTED("password"), LISTED("passwd"), LISTED("passphrase"), LISTED("passwort"), LISTED("kennwort"),
        LISTED("passord"), LISTED("l\xc3\xb6senord"), LISTED("contrase\303\261a"), LISTED("clave"),
    };
    unsigned char first = ascii_fold((unsigned char)text[at]);
    if (first != 'p' && first != 'k' && first != 'l' && first != 'c') {
        return 0;
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (words[i].text[0] == 'c' && words[i].text[1] == 'l' && at > 0
            && ascii_word_char((unsigned char)text[at - 1])) {
            continue;                 /* \bclave */
        }
        *examined += words[i].len;
        if (listed_word_at(text, len, at, &words[i]) != 0) {
            return words[i].len;
        }
    }
    return 0;
}

enum phrase_word_result {
    PHRASE_WORD_NEXT,                 /* a whole word of 24 bytes or fewer: the next may follow */
    PHRASE_WORD_LAST,                 /* none, or too long: no word follows */
    PHRASE_WORD_STOP,                 /* `found` asked to stop, or a later anchor reads on */
};

/* One word of the walk, from `start` (past the blanks): each position in it and its end is
 * tried for a separator. A password word inside it whose name runs on to a position is that
 * position's own anchor: the ends from there are its to report (from the word's end on, its
 * anchor reads what this one would, in fewer words), so they are not reported twice. */
static enum phrase_word_result phrase_word_ends(const char *text, size_t len, size_t start, size_t *word_end,
                                                password_form_found found, void *context, size_t *examined)
{
    enum { NO_HANDOFF = (size_t)-1 };
    size_t handoff = NO_HANDOFF;      /* where a password word inside ended, its name running on since */
    size_t at = start;
    while (at < len && at - start < PHRASE_MAX_WORD_LENGTH && !ascii_space((unsigned char)text[at])) {
        unsigned char c = (unsigned char)text[at];
        (*examined)++;
        if (handoff != NO_HANDOFF && at >= handoff && !ascii_word_char(c)) {
            handoff = NO_HANDOFF;
        }
        if (handoff == NO_HANDOFF) {
            size_t word_len = handoff_word_at(text, len, at, examined);
            handoff = word_len > 0 ? at + word_len : NO_HANDOFF;
        }
        at++;
        bool owned = handoff == NO_HANDOFF || handoff > at;
        bool inside = at < len && !ascii_space((unsigned char)text[at]);
        if (!owned && !inside) {
            return PHRASE_WORD_STOP;  /* that word's anchor reads on from this word's end */
        }
        if (inside && (!owned || (text[at] != '"' && text[at] != '\'' && text[at] != ':' && text[at] != '='))) {
            continue;                 /* no separator can start inside a word but at these */
        }
        if (phrase_separator_ends(text, len, at, found, context, examined)) {
            return PHRASE_WORD_STOP;
        }
    }
    *word_end = at;
    return at == start || (at < len && !ascii_space((unsigned char)text[at])) ? PHRASE_WORD_LAST : PHRASE_WORD_NEXT;
}

size_t password_phrase_ends(const char *text, size_t len, size_t anchor_end, password_form_found found,
                            void *context)
{
    /* The rest of the name: [a-z0-9_]* must take the whole run, since what may follow it
     * (blanks, a quote, ':', '=') is none of those. A later password word inside the run
     * has the same run end and so the same ends: its anchor reports them and this one
     * stops, so one anchor reads each run. */
    size_t examined = 1;
    size_t at = anchor_end;
    while (at < len && ascii_word_char((unsigned char)text[at])) {
        if (letters_word_at(text, len, at, &examined)) {
            return examined + at - anchor_end;
        }
        at++;
    }
    examined += at - anchor_end;
    if (phrase_separator_ends(text, len, at, found, context, &examined)) {
        return examined;
    }
    /* Up to eight words, each blanks then 1-24 bytes other than \s; a separator may follow
     * any of those bytes, and the next word only a whole word. */
    for (int word = 0; word < PHRASE_MAX_WORDS; word++) {
        size_t start = skip_blanks(text, len, at);
        examined += start - at;
        if (start == at || phrase_word_ends(text, len, start, &at, found, context, &examined) != PHRASE_WORD_NEXT) {
            break;
        }
    }
    return examined;
}

/* ---- the forms read from a password word (PASSWORD_WORD_ANCHOR) ---- */

/* The literal of the anchor that ends at `anchor_end`: its start, or (size_t)-1. */
static size_t anchor_start(const char *text, size_t anchor_end)
{
    static const struct listed_word literals[] = {
        LISTED("pass"), LISTED("pw"), LISTED("kennwort"), LISTED("l\xc3\xb6senord"), LISTED("losenord"),
        LISTED("contrase"), LISTED("wachtwoord"), LISTED("adgangskode"), LISTED("kodeord"),
    };
    for (size_t i = 0; i < sizeof literals / sizeof literals[0]; i++) {
        size_t literal_len = literals[i].len;
        if (anchor_end >= literal_len
            && listed_word_at(text, anchor_end, anchor_end - literal_len, &literals[i]) == literal_len) {
            return anchor_end - literal_len;
        }
    }
    return (size_t)-1;
}

/* Whether one of the anchor's literals starts at `at`: the test run at every byte of a
 * name or a word that follows a password word, so the first byte chooses. */
static inline __attribute__((always_inline)) bool anchor_literal_at(const char *text, size_t len, size_t at)
{
    switch (ascii_fold((unsigned char)text[at])) {
    case 'p':
        return word_at(text, len, at, "pass") || word_at(text, len, at, "pw");
    case 'k':
        return word_at(text, len, at, "kennwort") || word_at(text, len, at, "kodeord");
    case 'l':
        return word_at(text, len, at, "l\xc3\xb6senord") || word_at(text, len, at, "losenord");
    case 'c':
        return word_at(text, len, at, "contrase");
    case 'w':
        return word_at(text, len, at, "wachtwoord");
    case 'a':
        return word_at(text, len, at, "adgangskode");
    default:
        return false;
    }
}

/* One word a form takes at an anchor: where it starts and ends. */
struct password_word {
    size_t start, end;
};

/* "mot_?de_?passe" (`underscores`: '_' or nothing between; otherwise one blank) ending with
 * the "passe" at `pass`: its start, or (size_t)-1. */
static size_t mot_de_passe_start(const char *text, size_t len, size_t pass, bool underscores)
{
    if (!word_at(text, len, pass, "passe")) {
        return (size_t)-1;
    }
    size_t at = pass;
    if (underscores) {
        at -= at > 0 && text[at - 1] == '_';
    } else if (at > 0 && text[at - 1] == ' ') {
        at--;
    } else {
        return (size_t)-1;
    }
    if (at < 2 || !word_at(text, at, at - 2, "de")) {
        return (size_t)-1;
    }
    at -= 2;
    if (underscores) {
        at -= at > 0 && text[at - 1] == '_';
    } else if (at > 0 && text[at - 1] == ' ') {
        at--;
    } else {
        return (size_t)-1;
    }
    return at >= 3 && word_at(text, at, at - 3, "mot") ? at - 3 : (size_t)-1;
}

static bool word_start_boundary(const char *text, size_t at)
{
    return at == 0 || !ascii_word_char((unsigned char)text[at - 1]) || text[at - 1] == '_';
}

/* The alone form has two kinds of word, each with its own way to the value. */
enum {
    ALONE_ENGLISH = PASSWORD_WORD_FORM_COUNT,   /* (passw(or)?d|passphrase)[a-z_]*["']?[ \t]+ */
    ALONE_OTHER,                                /* (passwort|…)[a-z_]*, then ':', '=', a verb or blanks */
};

/* The password words the anchor's literals open, each a bit of the forms' word sets. */
enum password_word_id {
    WORD_PASSWORD, WORD_PASSWD, WORD_PASSPHRASE, WORD_PASSWORT, WORD_PASSORD, WORD_PASS, WORD_PWD, WORD_PW,
    WORD_KENNWORT, WORD_LOSENORD_UTF8, WORD_LOSENORD, WORD_CONTRASENA_UTF8, WORD_CONTRASENA, WORD_WACHTWOORD,
    WORD_ADGANGSKODE, WORD_KODEORD, WORD_NONE
};

#define BIT(word) (1u << (word))

/* Each form's words, as its SPEC lists them ("mot de passe" and "(\b|_)(pass|pwd)" apart). */
static const unsigned form_words[] = {
    [PASSWORD_WORD_ASSIGNED] = BIT(WORD_PASSWORD) | BIT(WORD_PASSWD) | BIT(WORD_PASSWORT) | BIT(WORD_PASSORD)
                               | BIT(WORD_KENNWORT) | BIT(WORD_LOSENORD_UTF8) | BIT(WORD_LOSENORD)
                               | BIT(WORD_CONTRASENA_UTF8) | BIT(WORD_CONTRASENA) | BIT(WORD_WACHTWOORD)
                               | BIT(WORD_ADGANGSKODE) | BIT(WORD_KODEORD),
    [PASSWORD_WORD_QUOTED] = BIT(WORD_PASSWORD) | BIT(WORD_PASSWD) | BIT(WORD_PASSPHRASE) | BIT(WORD_PASSWORT)
                             | BIT(WORD_PASSORD) | BIT(WORD_KENNWORT) | BIT(WORD_LOSENORD_UTF8)
                             | BIT(WORD_CONTRASENA_UTF8),
    [PASSWORD_WORD_LISTED] = 0,
    [PASSWORD_WORD_SENTENCE] = BIT(WORD_PASSWORD) | BIT(WORD_PASSWD) | BIT(WORD_PASSPHRASE) | BIT(WORD_PASSWORT)
                               | BIT(WORD_KENNWORT) | BIT(WORD_PASSORD) | BIT(WORD_ADGANGSKODE) | BIT(WORD_KODEORD)
                               | BIT(WORD_LOSENORD_UTF8) | BIT(WORD_LOSENORD) | BIT(WORD_CONTRASENA_UTF8)
                               | BIT(WORD_CONTRASENA),
    [PASSWORD_WORD_ALONE] = 0,
    [PASSWORD_WORD_OPENS] = BIT(WORD_PASSWORD) | BIT(WORD_PASSWD) | BIT(WORD_PASSWORT) | BIT(WORD_KENNWORT)
                            | BIT(WORD_PASSORD) | BIT(WORD_LOSENORD_UTF8) | BIT(WORD_CONTRASENA_UTF8),
    [ALONE_ENGLISH] = BIT(WORD_PASSWORD) | BIT(WORD_PASSWD) | BIT(WORD_PASSPHRASE),
    [ALONE_OTHER] = BIT(WORD_PASSWORT) | BIT(WORD_KENNWORT) | BIT(WORD_PASSORD) | BIT(WORD_ADGANGSKODE)
                    | BIT(WORD_KODEORD) | BIT(WORD_LOSENORD) | BIT(WORD_CONTRASENA_UTF8) | BIT(WORD_CONTRASENA),
};

/* The password word at `at` (at most one: none is a prefix of another but "pass" and "pw",
 * and the longer is taken), and its length. Asked at every anchor and again at each password
 * word a sentence reaches: the bytes that tell the words apart choose the one to compare. */
static enum password_word_id password_word_at(const char *text, size_t len, size_t at, size_t *word_len)
{
    static const struct listed_word other_words[] = {
        LISTED("kennwort"), LISTED("l\xc3\xb6senord"), LISTED("losenord"), LISTED("contrase\xc3\xb1" "a"),
        LISTED("contrasena"), LISTED("wachtwoord"), LISTED("adgangskode"), LISTED("kodeord"),
    };
    *word_len = 0;
    if (ascii_fold((unsigned char)text[at]) != 'p') {
        for (size_t i = 0; i < sizeof other_words / sizeof other_words[0]; i++) {
            *word_len = listed_word_at(text, len, at, &other_words[i]);
            if (*word_len != 0) {
                return (enum password_word_id)(WORD_KENNWORT + i);
            }
        }
        return WORD_NONE;
    }
    if (word_at(text, len, at, "pass")) {
        /* "pass" and the bytes that tell its longer words apart: "passwd", "passw" "or" then
         * 'd' or 't', "passphrase", "passord". */
        size_t id_len = 4;
        enum password_word_id id = WORD_PASS;
        switch (folded_at(text, len, at + 4)) {
        case 'w':
            if (folded_at(text, len, at + 5) == 'd') {
                id = WORD_PASSWD, id_len = 6;
            } else if (word_at(text, len, at + 5, "or")) {
                unsigned char last = folded_at(text, len, at + 7);
                if (last == 'd' || last == 't') {
                    id = last == 'd' ? WORD_PASSWORD : WORD_PASSWORT, id_len = 8;
                }
            }
            break;
        case 'p':
            if (word_at(text, len, at + 5, "hrase")) {
                id = WORD_PASSPHRASE, id_len = 10;
            }
            break;
        case 'o':
            if (word_at(text, len, at + 5, "rd")) {
                id = WORD_PASSORD, id_len = 7;
            }
            break;
        default:
            break;
        }
        *word_len = id_len;
        return id;
    }
    if (word_at(text, len, at, "pwd")) {
        *word_len = 3;
        return WORD_PWD;
    }
    if (word_at(text, len, at, "pw")) {
        *word_len = 2;
        return WORD_PW;
    }
    return WORD_NONE;
}

/* The word `form` takes at the anchor literal starting at `at`, if any ("mot de passe" starts
 * before its "pass"). */
static bool form_word_of(const char *text, size_t len, size_t at, enum password_word_id id, size_t word_len,
                         int form, struct password_word *word)
{
    word->start = at;
    word->end = at + word_len;
    if (id == WORD_NONE) {
        return false;
    }
    if (form_words[form] & BIT(id)) {
        return true;
    }
    if (form == PASSWORD_WORD_QUOTED && (id == WORD_PASS || id == WORD_PWD) && word_start_boundary(text, at)) {
        word->end = at + (id == WORD_PWD ? 3 : 4);          /* (\b|_)(pass|pwd), its name's run after */
        return true;
    }
    bool underscores = form == PASSWORD_WORD_ASSIGNED;
    if ((underscores || form == PASSWORD_WORD_SENTENCE || form == PASSWORD_WORD_OPENS) && id == WORD_PASS
        && (word->start = mot_de_passe_start(text, len, at, underscores)) != (size_t)-1) {
        word->end = at + 5;
        return true;
    }
    word->start = at;
    return false;
}

static bool form_word_at(const char *text, size_t len, size_t at, int form, struct password_word *word)
{
    size_t word_len = 0;
    enum password_word_id id = password_word_at(text, len, at, &word_len);
    return form_word_of(text, len, at, id, word_len, form, word);
}

/* Whether an anchor literal at `at`, inside a run of [a-z0-9_] (or of letters) that goes on
 * past its word, takes a word of `form` there whose bytes are all in the run: that anchor
 * reads the same run end, so an earlier one leaves it the rest. Only ASCII words qualify. */
static bool later_anchor_in_run(const char *text, size_t len, size_t at, int form)
{
    if (!anchor_literal_at(text, len, at)) {
        return false;
    }
    struct password_word word;
    if (!form_word_at(text, len, at, form, &word)) {
        return false;
    }
    for (size_t i = word.start; i < word.end; i++) {
        if ((unsigned char)text[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

/* The ends a form reports, collected before reporting: the same end may be reached by
 * several paths, and each is reported once. */
enum { FORM_ENDS_MAX = 32 };

struct form_ends {
    size_t at[FORM_ENDS_MAX];
    size_t count;
};

static void form_ends_add(struct form_ends *ends, size_t end)
{
    for (size_t i = 0; i < ends->count; i++) {
        if (ends->at[i] == end) {
            return;
        }
    }
    if (ends->count < FORM_ENDS_MAX) {
        ends->at[ends->count++] = end;
    }
}

static bool form_ends_report(const struct form_ends *ends, enum password_word_form form, password_word_found found,
                             void *context)
{
    for (size_t i = 0; i < ends->count; i++) {
        if (found(form, ends->at[i], context)) {
            return true;
        }
    }
    return false;
}

static bool any_quote(unsigned char c)
{
    return c == '"' || c == '\'' || c == '`';
}

/* The end of a name's run (of [a-z0-9_], or what `in_run` takes) from `from`, or (size_t)-1 if
 * a later anchor in it takes a word of `form` (it reads the run instead). */
/* Whether another anchor literal starts after the one at `literal`, in its word of
 * `word_len` bytes (five at least: "passe" of "mot_de_passe") or the run of [a-z0-9_] that
 * goes on from there: most anchors have none, and then no form's run is left to a later one. */
static bool literal_follows_in_run(const char *text, size_t len, size_t literal, size_t word_len, size_t *examined)
{
    size_t word_end = literal + (word_len > 5 ? word_len : 5);
    size_t at = literal + 1;
    for (; at < len && (at < word_end || ascii_word_char((unsigned char)text[at])); at++) {
        if (anchor_literal_at(text, len, at)) {
            *examined += at - literal;
            return true;
        }
    }
    *examined += at - literal;
    return false;
}

static bool name_char(unsigned char c)
{
    return ascii_word_char(c);
}

/* [a-z_]: the alone form's name, no digits. */
static bool letter_or_underscore(unsigned char c)
{
    return ascii_letter(c) || c == '_';
}

/* Inlined: `in_run` is then a constant, its test no call per byte. */
static inline __attribute__((always_inline)) size_t run_end_of(const char *text, size_t len, size_t literal,
                                                               size_t from, int form, bool (*in_run)(unsigned char),
                                                               bool literal_follows, size_t *examined)
{
    if (!literal_follows) {
        size_t end = from;
        while (end < len && in_run((unsigned char)text[end])) {
            end++;
        }
        *examined += end - from + 1;
        return end;
    }
    /* Later anchors: any literal start after this one, inside the word or the run after it;
     * the run is read only up to the first, so each run is read once. */
    for (size_t at = literal + 1; at < from; at++) {
        (*examined)++;
        if (later_anchor_in_run(text, len, at, form)) {
            return (size_t)-1;
        }
    }
    size_t end = from;
    while (end < len && in_run((unsigned char)text[end])) {
        (*examined)++;
        if (later_anchor_in_run(text, len, end, form)) {
            return (size_t)-1;
        }
        end++;
    }
    return end;
}

/* `(\*\*?|__?)?`: `at` and the positions past one or two stars or underscores. */
static size_t stars_or_underscores(const char *text, size_t len, size_t at, size_t *out)
{
    size_t count = 0;
    out[count++] = at;
    if (at < len && (text[at] == '*' || text[at] == '_')) {
        out[count++] = at + 1;
        if (at + 1 < len && text[at + 1] == text[at]) {
            out[count++] = at + 2;
        }
    }
    return count;
}

/* The ends of PASSWORD_ASSIGNMENT and one value byte after a name ending at `at`. */
static void assignment_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    /* \\?["'`]?\]?: each optional in turn. */
    size_t before[8], count = 0;
    before[count++] = at;
    if (at < len && text[at] == '\\') {
        before[count++] = at + 1;
    }
    for (size_t i = 0, n = count; i < n; i++) {
        if (before[i] < len && any_quote((unsigned char)text[before[i]])) {
            before[count++] = before[i] + 1;
        }
    }
    for (size_t i = 0, n = count; i < n; i++) {
        if (before[i] < len && text[before[i]] == ']') {
            before[count++] = before[i] + 1;
        }
    }
    static const char *const operators[] = { ":=", "::", "->", "<-", "=>", "?=", ":", "=" };
    static const char *const wrappers[] = { "str(", "string(", "some(", "bytes(" };
    for (size_t i = 0; i < count; i++) {
        size_t decorated[3];
        size_t decorated_count = stars_or_underscores(text, len, before[i], decorated);
        for (size_t d = 0; d < decorated_count; d++) {
            size_t op = skip_blanks(text, len, decorated[d]);
            *examined += op - before[i] + 2;
            if (op >= len || strchr(":-<=?", text[op]) == NULL || text[op] == '\0') {
                continue;             /* no operator starts here: most names have none after them */
            }
            for (size_t o = 0; o < sizeof operators / sizeof operators[0]; o++) {
                if (!word_at(text, len, op, operators[o])) {
                    continue;
                }
                size_t after[3];
                size_t after_count = stars_or_underscores(text, len, op + strlen(operators[o]), after);
                for (size_t a = 0; a < after_count; a++) {
                    size_t wrapped[5], wrapped_count = 0;
                    wrapped[wrapped_count++] = skip_blanks(text, len, after[a]);
                    *examined += wrapped[0] - after[a] + 8;
                    for (size_t w = 0; w < sizeof wrappers / sizeof wrappers[0]; w++) {
                        if (word_at(text, len, wrapped[0], wrappers[w])) {
                            wrapped[wrapped_count++] = wrapped[0] + strlen(wrappers[w]);
                        }
                    }
                    for (size_t w = 0; w < wrapped_count; w++) {
                        size_t value[4], value_count = 0, v = wrapped[w];
                        value[value_count++] = v;
                        if (v < len && any_quote((unsigned char)text[v])) {
                            value[value_count++] = v + 1;
                        }
                        if (v + 1 < len && text[v] == '\\' && any_quote((unsigned char)text[v + 1])) {
                            value[value_count++] = v + 2;
                        }
                        if (word_at(text, len, v, "\"\"\"")) {
                            value[value_count++] = v + 3;
                        }
                        *examined += 4;
                        for (size_t k = 0; k < value_count; k++) {
                            unsigned char c = value[k] < len ? (unsigned char)text[value[k]] : ' ';
                            if (!ascii_space(c) && !any_quote(c)) {
                                form_ends_add(ends, value[k] + 1);
                            }
                        }
                    }
                }
            }
        }
    }
}

/* ["'][^\s"'][^"'\n]{7} at `at`: its end, or 0. */
static size_t quoted_phrase_end(const char *text, size_t len, size_t at, size_t *examined)
{
    *examined += 9;
    if (at + 9 > len || !quote((unsigned char)text[at]) || ascii_space((unsigned char)text[at + 1])
        || quote((unsigned char)text[at + 1])) {
        return 0;
    }
    for (size_t i = at + 2; i < at + 9; i++) {
        if (quote((unsigned char)text[i]) || text[i] == '\n') {
            return 0;
        }
    }
    return at + 9;
}

/* (["']?[ \t]*[:=]|[ \t])[ \t]*["'][^\s"'][^"'\n]{7} after a name ending at `at`. */
static void quoted_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    size_t starts[2] = { at, at + 1 };
    size_t start_count = at < len && quote((unsigned char)text[at]) ? 2 : 1;
    for (size_t i = 0; i < start_count; i++) {
        size_t op = skip_blanks(text, len, starts[i]);
        *examined += op - starts[i] + 1;
        if (op < len && (text[op] == ':' || text[op] == '=')) {
            size_t value = skip_blanks(text, len, op + 1);
            *examined += value - op;
            size_t end = quoted_phrase_end(text, len, value, examined);
            if (end != 0) {
                form_ends_add(ends, end);
            }
        }
    }
    if (at < len && ascii_blank((unsigned char)text[at])) {
        size_t end = quoted_phrase_end(text, len, skip_blanks(text, len, at), examined);
        if (end != 0) {
            form_ends_add(ends, end);
        }
    }
}

/* ["'`]?[^\s"'`]{8} at `at`: its end, or 0. */
static size_t value_of_eight_end(const char *text, size_t len, size_t at, size_t *examined)
{
    size_t value = at < len && any_quote((unsigned char)text[at]) ? at + 1 : at;
    size_t end = value;
    while (end < len && end - value < 8 && !ascii_space((unsigned char)text[end])
           && !any_quote((unsigned char)text[end])) {
        end++;
    }
    *examined += end - at + 1;
    return end - value == 8 ? end : 0;
}

static void add_value_of_eight(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    size_t end = value_of_eight_end(text, len, at, examined);
    if (end != 0) {
        form_ends_add(ends, end);
    }
}

/* [,;/|][ \t]* before `word`, then the word as written ([Pp]ass, …), [ \t]*[:=]?[ \t]+ and the value. */
static void listed_ends(const char *text, size_t len, size_t literal, enum password_word_id id, struct form_ends *ends,
                        size_t *examined)
{
    /* Its words as written, then a blank or [:=]: "password", "passwd" and "passphrase" run on past
     * their "pass". */
    if (!(BIT(id) & (BIT(WORD_PASS) | BIT(WORD_PWD) | BIT(WORD_PW) | BIT(WORD_PASSWORT) | BIT(WORD_PASSORD)
                     | BIT(WORD_LOSENORD_UTF8) | BIT(WORD_CONTRASENA_UTF8)))) {
        return;
    }
    size_t before = literal;
    while (before > 0 && ascii_blank((unsigned char)text[before - 1])) {
        before--;
    }
    *examined += literal - before + 1;
    if (before == 0 || strchr(",;/|", text[before - 1]) == NULL || text[before - 1] == '\0') {
        return;
    }
    static const char *const tails[] = { "ass", "wd", "w", "asswort", "assord", "\xc3\xb6senord",
                                         ("ontrase\xc3\xb1" "a") };
    static const char firsts[] = { 'p', 'p', 'p', 'p', 'p', 'l', 'c' };
    unsigned char first = (unsigned char)text[literal];
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t tail_len = strlen(tails[i]);
        *examined += tail_len;
        if (ascii_fold(first) != firsts[i] || literal + 1 + tail_len > len
            || memcmp(text + literal + 1, tails[i], tail_len) != 0) {
            continue;
        }
        size_t word_end = literal + 1 + tail_len;
        size_t op = skip_blanks(text, len, word_end);
        *examined += op - word_end + 1;
        if (op < len && (text[op] == ':' || text[op] == '=') && op + 1 < len && ascii_blank((unsigned char)text[op + 1])) {
            size_t value = skip_blanks(text, len, op + 1);
            *examined += value - op;
            add_value_of_eight(text, len, value, ends, examined);
        }
        if (op > word_end) {
            add_value_of_eight(text, len, op, ends, examined);
        }
    }
}

/* ---- the sentence: word, [a-z]*, [,;]?, up to ten words, a verb or ':', the value ---- */

enum {
    SENTENCE_MAX_WORDS = 10,          /* ([ \t]+[^\s]{1,24}){0,10} */
    SENTENCE_MAX_WORD_LENGTH = 24,
};

/* ([ \t]+VERB[ \t]*:?|[ \t]*:)[ \t]+ and the value, from `at` (the end of a word). */
static void sentence_separator_ends(const char *text, size_t len, size_t at, struct form_ends *ends,
                                    size_t *examined)
{
    static const struct listed_word verbs[] = {
        LISTED("is"), LISTED("was"), LISTED("es"), LISTED("est"), LISTED("c'est"), LISTED("er"), LISTED("ist"),
        LISTED("lautet"), LISTED("\xc3\xa4r"), LISTED("auf"), LISTED("be"), LISTED("blir"), LISTED("ble"),
        LISTED("blev"), LISTED("sera"), LISTED("ser\xc3\xa1"),
    };
    size_t blanks_end = skip_blanks(text, len, at);
    *examined += blanks_end - at + 1;
    if (blanks_end < len && text[blanks_end] == ':' && blanks_end + 1 < len
        && ascii_blank((unsigned char)text[blanks_end + 1])) {
        size_t value = skip_blanks(text, len, blanks_end + 1);
        *examined += value - blanks_end;
        add_value_of_eight(text, len, value, ends, examined);
    }
    if (blanks_end == at || blanks_end == len) {
        return;
    }
    unsigned char first = ascii_fold((unsigned char)text[blanks_end]);
    if (first != 'i' && first != 'w' && first != 'e' && first != 'c' && first != 'l' && first != 0xc3 && first != 'a'
        && first != 'b' && first != 's') {
        return;
    }
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        size_t verb_len = verbs[i].len;
        /* The first byte before the call: "api key api key …" asks at every word. */
        if ((unsigned char)verbs[i].text[0] != first || listed_word_at(text, len, blanks_end, &verbs[i]) == 0) {
            continue;
        }
        *examined += verb_len;
        size_t verb_end = blanks_end + verb_len;
        size_t after = skip_blanks(text, len, verb_end);
        *examined += after - verb_end + 1;
        if (after > verb_end) {
            add_value_of_eight(text, len, after, ends, examined);
        }
        if (after < len && text[after] == ':' && after + 1 < len && ascii_blank((unsigned char)text[after + 1])) {
            size_t value = skip_blanks(text, len, after + 1);
            *examined += value - after;
            add_value_of_eight(text, len, value, ends, examined);
        }
    }
}

/* Where the letters that close the word [start, end) begin, past one ',' or ';' at its end;
 * `*tail` is where they end. */
static size_t closing_letters(const char *text, size_t start, size_t end, size_t *tail)
{
    *tail = end;
    if (*tail > start && (text[*tail - 1] == ',' || text[*tail - 1] == ';')) {
        (*tail)--;
    }
    size_t letters = *tail;
    while (letters > start && ascii_letter((unsigned char)text[letters - 1])) {
        letters--;
    }
    return letters;
}

/* Whether the anchor of a password word of the sentence form in the word [start, end), with
 * only letters and one ',' or ';' after it, ends there ("mot de passe" may open two words
 * back): its own anchor then reads on from `end` with ten words to go, every end this one
 * could still reach. */
static bool sentence_word_ends_at(const char *text, size_t len, size_t start, size_t end, size_t *examined)
{
    size_t tail;
    size_t letters = closing_letters(text, start, end, &tail);
    *examined += end - letters + 1;
    /* The word starts in the letters (or is "lösenord"/"contraseña" ending in them). */
    for (size_t at = letters > start + 10 ? letters - 10 : start; at < tail; at++) {
        struct password_word word;
        (*examined)++;
        if (anchor_literal_at(text, len, at) && form_word_at(text, len, at, PASSWORD_WORD_SENTENCE, &word)
            && word.end >= letters && word.end <= tail) {
            return true;
        }
    }
    return false;
}

/* The key cue word's head ending at `end` ("api", "access", "secret", "private" or
 * "signing"): each ends in its own letter, so that letter names the one to compare. */
static bool key_cue_head_before(const char *text, size_t end)
{
    if (end == 0) {
        return false;
    }
    const char *head;
    switch (ascii_fold((unsigned char)text[end - 1])) {
    case 'i': head = "api"; break;
    case 's': head = "access"; break;
    case 't': head = "secret"; break;
    case 'e': head = "private"; break;
    case 'g': head = "signing"; break;
    default: return false;
    }
    size_t head_len = strlen(head);
    return end >= head_len && word_at(text, end, end - head_len, head);
}

/* Whether "key" at `key_start` closes one of the sentence row's key cue words
 * (KEY_SENTENCE_CUE): a head, then one of " _-" or nothing, before it. */
static bool key_cue_at(const char *text, size_t key_start)
{
    if (key_cue_head_before(text, key_start)) {
        return true;
    }
    char before = key_start > 0 ? text[key_start - 1] : '\0';
    return (before == ' ' || before == '_' || before == '-') && key_cue_head_before(text, key_start - 1);
}

/* Whether a key cue word ends in the word [start, end) with only letters and one ',' or
 * ';' after it: its own stem then reads on from `end` (key_sentence_ends). */
static bool key_cue_word(const char *text, size_t start, size_t end, size_t *key_end, size_t *examined)
{
    size_t tail;
    size_t letters = closing_letters(text, start, end, &tail);
    *examined += tail - letters + 1;
    for (size_t at = letters; at + 3 <= tail; at++) {
        if (word_at(text, tail, at, "key") && key_cue_at(text, at)) {
            *key_end = at + 3;
            return true;
        }
    }
    return false;
}

/* `key_cue_found` (NULL: the password-word anchor's own reading): a word that closes a key
 * cue word stops the reading, as a password word does (its stem reads on), and where its
 * "key" ends is kept there, so that stem need not ask again. */
static void sentence_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined,
                          size_t *key_cue_found)
{
    sentence_separator_ends(text, len, at, ends, examined);
    for (int words = 0; words < SENTENCE_MAX_WORDS; words++) {
        size_t start = skip_blanks(text, len, at);
        *examined += start - at + 1;
        if (start == at || start == len || ascii_space((unsigned char)text[start])) {
            return;
        }
        size_t end = start;
        while (end < len && end - start <= SENTENCE_MAX_WORD_LENGTH && !ascii_space((unsigned char)text[end])) {
            end++;
        }
        *examined += end - start;
        /* A ':' closing the word, a blank after it: the word is all bytes before the ':'. */
        if (end - start >= 2 && end - start - 1 <= SENTENCE_MAX_WORD_LENGTH && text[end - 1] == ':' && end < len
            && ascii_blank((unsigned char)text[end])) {
            size_t value = skip_blanks(text, len, end);
            *examined += value - end;
            add_value_of_eight(text, len, value, ends, examined);
        }
        if (end - start > SENTENCE_MAX_WORD_LENGTH || (end < len && !ascii_space((unsigned char)text[end]))) {
            return;                   /* longer than a word: no separator or word after it */
        }
        if (sentence_word_ends_at(text, len, start, end, examined)) {
            return;                   /* that word's anchor reads on */
        }
        if (key_cue_found != NULL && key_cue_word(text, start, end, key_cue_found, examined)) {
            return;                   /* that word's stem reads on */
        }
        sentence_separator_ends(text, len, end, ends, examined);
        at = end;
    }
}

/* ---- the word alone before the value ---- */

/* Whether one of `verbs` is at `at`: its end, or 0; `from` skips those before it. */
static size_t verb_end_at(const char *text, size_t len, size_t at, const struct listed_word *verbs, size_t count,
                          size_t *from)
{
    if (at >= len) {
        return 0;
    }
    /* The first byte once: after a password word most lists have no word starting there. */
    unsigned char first = ascii_fold((unsigned char)text[at]);
    for (size_t i = *from; i < count; i++) {
        if ((unsigned char)verbs[i].text[0] == first && listed_word_at(text, len, at, &verbs[i]) != 0) {
            *from = i + 1;
            return at + verbs[i].len;
        }
    }
    *from = count;
    return 0;
}

/* (passw(or)?d|passphrase)[a-z_]* ending at `at`: ["']?[ \t]+((is|…)[ \t]+)? and the value. */
static void alone_english_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    static const struct listed_word verbs[] = {
        LISTED("is"), LISTED("was"), LISTED("es"), LISTED("est"), LISTED("ist"), LISTED("er"), LISTED("\xc3\xa4r"),
    };
    size_t starts[2] = { at, at + 1 };
    size_t start_count = at < len && quote((unsigned char)text[at]) ? 2 : 1;
    for (size_t i = 0; i < start_count; i++) {
        size_t blanks_end = skip_blanks(text, len, starts[i]);
        *examined += blanks_end - starts[i] + 1;
        if (blanks_end == starts[i]) {
            continue;
        }
        add_value_of_eight(text, len, blanks_end, ends, examined);
        size_t from = 0, verb_end;
        while ((verb_end = verb_end_at(text, len, blanks_end, verbs, sizeof verbs / sizeof verbs[0], &from)) != 0) {
            size_t value = skip_blanks(text, len, verb_end);
            *examined += value - blanks_end + 1;
            if (value > verb_end) {
                add_value_of_eight(text, len, value, ends, examined);
            }
        }
    }
}

/* (passwort|…)[a-z_]* ending at `at`: (["']?[ \t]*[:=]|[,;]?[ \t]+(ist|…))[ \t]*, or [ \t]+,
 * then the value. */
static void alone_other_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    static const struct listed_word verbs[] = {
        LISTED("ist"), LISTED("lautet"), LISTED("est"), LISTED("c'est"), LISTED("es"), LISTED("er"),
        LISTED("\xc3\xa4r"),
    };
    size_t starts[2] = { at, at + 1 };
    size_t quoted_count = at < len && quote((unsigned char)text[at]) ? 2 : 1;
    for (size_t i = 0; i < quoted_count; i++) {
        size_t op = skip_blanks(text, len, starts[i]);
        *examined += op - starts[i] + 1;
        if (op < len && (text[op] == ':' || text[op] == '=')) {
            size_t value = skip_blanks(text, len, op + 1);
            *examined += value - op;
            add_value_of_eight(text, len, value, ends, examined);
        }
    }
    size_t separated_count = at < len && (text[at] == ',' || text[at] == ';') ? 2 : 1;
    for (size_t i = 0; i < separated_count; i++) {
        size_t blanks_end = skip_blanks(text, len, starts[i]);
        *examined += blanks_end - starts[i] + 1;
        if (blanks_end == starts[i]) {
            continue;
        }
        size_t from = 0, verb_end;
        while ((verb_end = verb_end_at(text, len, blanks_end, verbs, sizeof verbs / sizeof verbs[0], &from)) != 0) {
            size_t value = skip_blanks(text, len, verb_end);
            *examined += value - blanks_end + 1;
            add_value_of_eight(text, len, value, ends, examined);
        }
    }
    if (at < len && ascii_blank((unsigned char)text[at])) {
        size_t value = skip_blanks(text, len, at);
        *examined += value - at;
        add_value_of_eight(text, len, value, ends, examined);
    }
}

/* ---- the word, what it opens, the value ---- */

/* [a-z][a-z0-9_.-]{1,15}[ \t]+ and the value, from `at`. */
static void opens_thing_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    if (at >= len || !ascii_letter((unsigned char)text[at])) {
        return;
    }
    size_t end = at + 1;
    while (end < len && end - at <= 16
           && (ascii_word_char((unsigned char)text[end]) || text[end] == '.' || text[end] == '-')) {
        end++;
    }
    *examined += end - at + 1;
    if (end - at < 2 || end - at > 16 || end == len || !ascii_blank((unsigned char)text[end])) {
        return;
    }
    size_t value = skip_blanks(text, len, end);
    *examined += value - end;
    add_value_of_eight(text, len, value, ends, examined);
}

/* The word ending at `at`: [ \t]+((for|…)[ \t]+)? then the thing and the value. */
static void opens_ends(const char *text, size_t len, size_t at, struct form_ends *ends, size_t *examined)
{
    static const struct listed_word prepositions[] = {
        LISTED("for"), LISTED("de"), LISTED("du"), LISTED("f\xc3\xbcr"), LISTED("til"), LISTED("f\xc3\xb6r"),
        LISTED("para"),
    };
    size_t start = skip_blanks(text, len, at);
    *examined += start - at + 1;
    if (start == at) {
        return;
    }
    opens_thing_ends(text, len, start, ends, examined);
    size_t from = 0, preposition_end;
    while ((preposition_end = verb_end_at(text, len, start, prepositions,
                                          sizeof prepositions / sizeof prepositions[0], &from)) != 0) {
        size_t thing = skip_blanks(text, len, preposition_end);
        *examined += thing - preposition_end + 1;
        if (thing > preposition_end) {
            opens_thing_ends(text, len, thing, ends, examined);
        }
    }
}

size_t password_word_ends(const char *text, size_t len, size_t anchor_end, password_word_found found,
                          void *context)
{
    size_t examined = 1;
    size_t literal = anchor_start(text, anchor_end);
    if (literal == (size_t)-1) {
        return examined;
    }
    struct form_ends ends;
    struct password_word word;
    size_t word_len = 0;
    enum password_word_id id = password_word_at(text, len, literal, &word_len);
    if (id == WORD_NONE) {
        return examined;              /* "passe" of "mot de passe" is a WORD_PASS */
    }
    bool literal_follows = literal_follows_in_run(text, len, literal, word_len, &examined);
    /* The assigned and quoted forms: the name's run after the word, read by its last anchor. */
    static const enum password_word_form named[] = { PASSWORD_WORD_ASSIGNED, PASSWORD_WORD_QUOTED };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        if (!form_word_of(text, len, literal, id, word_len, named[i], &word)) {
            continue;
        }
        size_t run_end = run_end_of(text, len, literal, word.end, named[i], name_char, literal_follows, &examined);
        if (run_end == (size_t)-1) {
            continue;
        }
        ends.count = 0;
        if (named[i] == PASSWORD_WORD_ASSIGNED) {
            assignment_ends(text, len, run_end, &ends, &examined);
        } else {
            quoted_ends(text, len, run_end, &ends, &examined);
        }
        if (form_ends_report(&ends, named[i], found, context)) {
            return examined;
        }
    }
    /* The alone form: each kind of word reads its own name's run, by its last anchor. */
    ends.count = 0;
    static const int alone_kinds[] = { ALONE_ENGLISH, ALONE_OTHER };
    for (size_t i = 0; i < sizeof alone_kinds / sizeof alone_kinds[0]; i++) {
        if (!form_word_of(text, len, literal, id, word_len, alone_kinds[i], &word)) {
            continue;
        }
        size_t run_end = run_end_of(text, len, literal, word.end, alone_kinds[i], letter_or_underscore,
                                    literal_follows, &examined);
        if (run_end == (size_t)-1) {
            continue;
        }
        if (alone_kinds[i] == ALONE_ENGLISH) {
            alone_english_ends(text, len, run_end, &ends, &examined);
        } else {
            alone_other_ends(text, len, run_end, &ends, &examined);
        }
    }
    if (form_ends_report(&ends, PASSWORD_WORD_ALONE, found, context)) {
        return examined;
    }
    ends.count = 0;
    if (form_word_of(text, len, literal, id, word_len, PASSWORD_WORD_OPENS, &word)) {
        opens_ends(text, len, word.end, &ends, &examined);
        if (form_ends_report(&ends, PASSWORD_WORD_OPENS, found, context)) {
            return examined;
        }
    }
    ends.count = 0;
    listed_ends(text, len, literal, id, &ends, &examined);
    if (form_ends_report(&ends, PASSWORD_WORD_LISTED, found, context)) {
        return examined;
    }
    if (form_word_of(text, len, literal, id, word_len, PASSWORD_WORD_SENTENCE, &word)) {
        /* The last password word in the letters reads on: the letters are read up to the next. */
        size_t letters_end = run_end_of(text, len, literal, word.end, PASSWORD_WORD_SENTENCE, ascii_letter,
                                        literal_follows, &examined);
        if (letters_end == (size_t)-1) {
            return examined;
        }
        ends.count = 0;
        size_t at = letters_end;
        if (at < len && (text[at] == ',' || text[at] == ';')) {
            at++;
        }
        sentence_ends(text, len, at, &ends, &examined, NULL);
        if (form_ends_report(&ends, PASSWORD_WORD_SENTENCE, found, context)) {
            return examined;
        }
    }
    return examined;
}

size_t key_sentence_ends(const char *text, size_t len, size_t stem_end, struct key_sentence_memory *memory,
                         password_word_found found, void *context)
{
    size_t examined = 1;
    if (stem_end < 3 || stem_end > len || !word_at(text, stem_end, stem_end - 3, "key")) {
        return examined;
    }
    if (stem_end <= memory->read_run_end) {
        return examined;              /* a key cue earlier in these letters read their sentence */
    }
    examined += 8;
    if (memory->cue_key_end != stem_end && !key_cue_at(text, stem_end - 3)) {
        return examined;
    }
    size_t run_end = stem_end;
    while (run_end < len && ascii_letter((unsigned char)text[run_end])) {
        run_end++;
    }
    examined += run_end - stem_end + 1;
    memory->read_run_end = run_end;
    size_t at = run_end;
    if (at < len && (text[at] == ',' || text[at] == ';')) {
        at++;
    }
    struct form_ends ends = { .count = 0 };
    sentence_ends(text, len, at, &ends, &examined, &memory->cue_key_end);
    form_ends_report(&ends, PASSWORD_WORD_SENTENCE, found, context);
    return examined;
}
