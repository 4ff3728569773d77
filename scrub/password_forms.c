#include "scrub/password_forms.h"

#include <string.h>

/* Hyperscan's caseless matching folds ASCII letters only: "ö" and "Ö" stay apart. */
static unsigned char fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}

/* `word` (lower case) at `at`, caseless, ending at or before `limit`. */
static bool word_at(const char *text, size_t limit, size_t at, const char *word)
{
    size_t word_len = strlen(word);
    if (at > limit || limit - at < word_len) {
        return false;
    }
    for (size_t i = 0; i < word_len; i++) {
        if (fold((unsigned char)text[at + i]) != (unsigned char)word[i]) {
            return false;
        }
    }
    return true;
}

static bool blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* Hyperscan's \s: space, \t, \n, \v, \f, \r. */
static bool space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Hyperscan's \w, what \b looks at. */
static bool word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static size_t skip_blanks(const char *text, size_t len, size_t at)
{
    while (at < len && blank((unsigned char)text[at])) {
        at++;
    }
    return at;
}

/* ---- parameters: [;?&] blanks, the word, blanks, '=', blanks, four value bytes ---- */

static bool parameter_value_char(unsigned char c)
{
    return !space(c) && c != ';' && c != '&' && c != '"' && c != '\'' && c != '`';
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
        unsigned char first = fold((unsigned char)text[at]);
        if (first != 'p' && first != 'l' && first != 'c' && first != 'm') {
            continue;                 /* no word starts here: most bytes of a question */
        }
        for (size_t i = 0; i < sizeof anywhere / sizeof anywhere[0]; i++) {
            if (word_at(text, question, at, anywhere[i])) {
                return true;
            }
        }
        if (at > 0 && word_char((unsigned char)text[at - 1])) {
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
    return !space(c) && c != '"' && c != '\'' && c != '`';
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
        if ((text[at] != ':' && text[at] != '>') || at + 1 >= len || !blank((unsigned char)text[at + 1])) {
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
                || !blank((unsigned char)text[value + lead_in_len])) {
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
    while (question > 0 && blank((unsigned char)text[question - 1])) {
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
