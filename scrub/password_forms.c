#include "scrub/password_forms.h"

#include "transforms/foundation/ascii.h"

#include <string.h>

/* `word` (lower case) at `at`, caseless, ending at or before `limit`. */
static bool word_at(const char *text, size_t limit, size_t at, const char *word)
{
    size_t word_len = strlen(word);
    if (at > limit || limit - at < word_len) {
        return false;
    }
    for (size_t i = 0; i < word_len; i++) {
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
    static const char *const words[] = { "password", "passwd", "passphrase", "passwort", "kennwort", "passord" };
    unsigned char first = ascii_fold((unsigned char)text[at]);
    if (first != 'p' && first != 'k') {
        return false;
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        *examined += strlen(words[i]);
        if (word_at(text, len, at, words[i])) {
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
    static const char *const words[] = { "password", "passwd", "passphrase", "passwort", "kennwort", "passord",
                                         "l\xc3\xb6senord", "contrase\303\261a", "clave" };
    unsigned char first = ascii_fold((unsigned char)text[at]);
    if (first != 'p' && first != 'k' && first != 'l' && first != 'c') {
        return 0;
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (words[i][0] == 'c' && words[i][1] == 'l' && at > 0 && ascii_word_char((unsigned char)text[at - 1])) {
            continue;                 /* \bclave */
        }
        *examined += strlen(words[i]);
        if (word_at(text, len, at, words[i])) {
            return strlen(words[i]);
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
