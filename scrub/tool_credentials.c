/* tool_credentials.c — login pairs, define() and tools' own arguments. Contract in
 * tool_credentials.h. */
#include "scrub/tool_credentials.h"

#include "scrub/validators.h"
#include "transforms/foundation/caseless.h"

#include <ctype.h>
#include <string.h>

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

static bool blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* Folds ASCII and the Latin-1 capitals of UTF-8 (Ø, Ö, Ü, É, Ó …) to lowercase, into `out`. */
static void fold(char *out, const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (i > 0 && (unsigned char)text[i - 1] == 0xc3 && c >= 0x80 && c <= 0x9e && c != 0x97) {
            c = (unsigned char)(c + 0x20);
        }
        out[i] = (char)tolower(c);
    }
}

/* Does any of `stems` stand anywhere in the folded `window` ("Admininloggningen")? */
static bool window_holds(const char *window, size_t n, const char *const *stems, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        if (memmem(window, n, stems[i], strlen(stems[i])) != NULL) {
            return true;
        }
    }
    return false;
}

/* One shell word at `at`: quoted (to its closing quote on the line) or bare (to a blank, a
 * line's end or a shell operator). False if a quote does not close or the word is empty. */
static bool shell_word(const char *text, size_t len, size_t at, size_t limit, size_t *start, size_t *end)
{
    if (at >= len) {
        return false;
    }
    char quote = text[at] == '\'' || text[at] == '"' ? text[at] : 0;
    *start = at + (quote != 0);
    *end = *start;
    while (*end < len && *end < limit && text[*end] != '\n') {
        char c = text[*end];
        if (quote != 0 ? c == quote : (isspace((unsigned char)c) || strchr(";|&<>'\"`", c) != NULL)) {
            break;
        }
        (*end)++;
    }
    if (quote != 0 && (*end >= len || text[*end] != quote)) {
        return false;
    }
    return *end > *start;
}

/* ---- login pairs ---- */

static const char *const login_words[] = {
    "login", "log in", "log-in", "logon", "sign-in", "sign in", "credential", "creds", "username", "user name",
    "innlogging", "p\xc3\xa5logging", "logg inn", "brukernavn", "inloggning", "logga in", "anv\xc3\xa4ndarnamn", "zugang",
    "anmeldung", "benutzer", "acc\xc3\xa8s", "acces", "identifiant", "connexion", "utilisateur", "acceso",
    "credencial", "usuario", "user", "bruker", "anv\xc3\xa4ndare",
};

/* A login pair's password: made like a secret, or (the pair is cue enough) eight letters or
 * more in mixed case past the first ("CTiDIhYQTXZgyVzbNB"). */
static bool login_value_made(const char *value, size_t len)
{
    if (secret_place_value_made(value, len, false)) {
        return true;
    }
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)value[i];
        if (!isalpha(c)) {
            return false;
        }
        upper += i > 0 && isupper(c);
        lower += islower(c) != 0;
    }
    return len >= 8 && upper > 0 && lower > 0 && secret_value_valid(value, len);
}

/* A user name or an address: letters, digits and . _ - @ + \ (DOMAIN\user). */
static bool user_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || strchr("._-@+\\", c) != NULL;
}

bool tool_login_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found, size_t *examined)
{
    *examined = 0;
    if (anchor_end < 3 || anchor_end >= len) {
        return false;
    }
    /* The value first: the cheapest to refuse ("and / or", "TCP / UDP", "2019 / 2020"). */
    size_t at = anchor_end;
    while (at < len && blank((unsigned char)text[at]) && at - anchor_end < 2) {
        at++;
    }
    bool quoted = at < len && (text[at] == '"' || text[at] == '\'' || text[at] == '`');
    size_t start = at + quoted, end = start;
    while (end < len && !isspace((unsigned char)text[end]) && end - start <= SECRET_PLACE_VALUE_MAX
           && (quoted ? text[end] != text[at] : strchr("\"'`", text[end]) == NULL)) {
        end++;                        /* a bare value ends at a quote: a JSON string's, a chat's */
    }
    *examined = end - anchor_end;
    if (quoted && (end >= len || text[end] != text[at])) {
        return false;
    }
    if (!quoted) {
        while (end > start && strchr(".,;:!?", text[end - 1]) != NULL) {
            end--;
        }
        if (end > start && text[end - 1] == ')' && memchr(text + start, '(', end - start) == NULL) {
            end--;
        }
    }
    if (end - start > SECRET_PLACE_VALUE_MAX || !login_value_made(text + start, end - start)) {
        return false;
    }
    /* The user before the slash: one word of a user name's or an address's bytes. */
    size_t user_end = anchor_end - 2;  /* the slash */
    while (user_end > 0 && blank((unsigned char)text[user_end - 1]) && anchor_end - 2 - user_end < 3) {
        user_end--;
    }
    while (user_end > 0 && strchr("\"'`*", text[user_end - 1]) != NULL && anchor_end - 2 - user_end < 6) {
        user_end--;
    }
    size_t user_start = user_end;
    while (user_start > 0 && user_byte((unsigned char)text[user_start - 1]) && user_end - user_start < 64) {
        user_start--;
    }
    *examined += anchor_end - user_start;
    if (user_end - user_start < 2 || (user_start > 0 && user_byte((unsigned char)text[user_start - 1]))) {
        return false;
    }
    /* A login word on the line before the user. */
    size_t context = user_start;
    while (context > 0 && text[context - 1] != '\n' && user_start - context < TOOL_LOGIN_CONTEXT) {
        context--;
    }
    char window[TOOL_LOGIN_CONTEXT];
    size_t n = user_start - context;
    fold(window, text + context, n);
    *examined += n;
    if (!window_holds(window, n, login_words, COUNT_OF(login_words))) {
        return false;
    }
    found->start = start;
    found->end = end;
    return true;
}

/* ---- define() ---- */

/* Does the constant's name (upper-case words joined by '_') name a secret by its last word,
 * and no word of it a public part or a setting? */
static bool constant_names_secret(const char *name, size_t len)
{
    static const char *const last_words[] = { "key", "salt", "password", "passwd", "pass", "pwd", "secret", "token",
                                              "passphrase" };
    static const char *const other_words[] = { "public", "id", "name", "user", "host", "port", "file", "path", "url",
                                               "charset", "collate", "length", "type", "prefix", "table" };
    size_t word_start = 0;
    bool last_secret = false;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && name[i] != '_') {
            continue;
        }
        size_t n = i - word_start;
        last_secret = false;
        if (caseless_in_list(name + word_start, n, other_words, COUNT_OF(other_words))) {
            return false;
        }
        last_secret = caseless_in_list(name + word_start, n, last_words, COUNT_OF(last_words));
        word_start = i + 1;
    }
    return last_secret;
}

/* A define()'s value: made like a secret, or with blanks in it three classes of four. */
static bool define_value_made(const char *value, size_t len)
{
    if (len < 8 || !secret_value_valid(value, len)) {
        return false;
    }
    size_t upper = 0, lower = 0, digits = 0, symbols = 0, blanks = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)value[i];
        upper += isupper(c) != 0;
        lower += islower(c) != 0 || c >= 0x80;
        digits += isdigit(c) != 0;
        symbols += ispunct(c) != 0;
        blanks += c == ' ';
    }
    if (blanks == 0) {
        return secret_place_value_made(value, len, false);
    }
    return len >= 16 && (upper > 0) + (lower > 0) + (digits > 0) + (symbols > 0) >= 3;
}

bool tool_define_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                      size_t *examined)
{
    *examined = 0;
    if (anchor_end == 0 || anchor_end >= len) {
        return false;
    }
    char name_quote = text[anchor_end - 1];
    size_t name_end = anchor_end;
    while (name_end < len && (isalnum((unsigned char)text[name_end]) || text[name_end] == '_')
           && name_end - anchor_end < 64) {
        name_end++;
    }
    size_t at = name_end;
    *examined = at - anchor_end;
    if (at >= len || text[at] != name_quote || !constant_names_secret(text + anchor_end, name_end - anchor_end)) {
        return false;
    }
    at++;
    while (at < len && blank((unsigned char)text[at]) && at - name_end < 4) {
        at++;
    }
    if (at >= len || text[at] != ',') {
        return false;
    }
    at++;
    while (at < len && blank((unsigned char)text[at]) && at - name_end < 40) {
        at++;                         /* wp-config.php aligns its values with blanks */
    }
    if (at >= len || (text[at] != '\'' && text[at] != '"')) {
        return false;
    }
    char quote = text[at];
    size_t start = at + 1, end = start;
    while (end < len && text[end] != quote && text[end] != '\n' && end - start <= SECRET_PLACE_VALUE_MAX) {
        end++;
    }
    *examined = end - anchor_end;
    if (end >= len || text[end] != quote || end - start > SECRET_PLACE_VALUE_MAX
        || !define_value_made(text + start, end - start)) {
        return false;
    }
    found->start = start;
    found->end = end;
    return true;
}

/* ---- tools' own arguments ---- */

/* Is the command of the line [line, anchor) a net-snmp tool ("snmpwalk", "snmpget" …)? */
static bool snmp_command(const char *text, size_t line, size_t anchor)
{
    for (size_t at = line; at + 5 < anchor; at++) {
        if ((at == line || blank((unsigned char)text[at - 1]) || text[at - 1] == '/')
            && strncmp(text + at, "snmp", 4) == 0 && islower((unsigned char)text[at + 4])) {
            size_t end = at + 4;
            while (end < anchor && islower((unsigned char)text[end])) {
                end++;
            }
            return end < anchor && blank((unsigned char)text[end]);
        }
    }
    return false;
}

/* A tool's value: not a variable, a flag or a placeholder; `min` to `max` bytes. */
static bool argument_value(const char *value, size_t len, size_t min, size_t max)
{
    return len >= min && len <= max && value[0] != '$' && value[0] != '-' && value[0] != '<'
           && secret_value_valid(value, len);
}

/* ---- devices' and chat services' own words, a BitLocker key ---- */

/* Does [line, at) end with `word` (case as written)? */
static bool ends_with(const char *text, size_t line, size_t at, const char *word)
{
    size_t n = strlen(word);
    return at - line >= n && memcmp(text + at - n, word, n) == 0;
}

/* The next shell word from `at` (blanks skipped). */
static bool next_word(const char *text, size_t len, size_t at, size_t limit, size_t *start, size_t *end)
{
    while (at < limit && blank((unsigned char)text[at])) {
        at++;
    }
    return shell_word(text, len, at, limit, start, end);
}

/* Past the closing quote of a word shell_word read quoted. */
static size_t past_word(const char *text, size_t len, size_t end)
{
    return end < len && (text[end] == '\'' || text[end] == '"') ? end + 1 : end;
}

/* A BitLocker recovery key: eight groups of six digits joined by '-', on the line of the
 * word or the next, at most TOOL_LINE_MAX bytes on. */
static bool bitlocker_read(const char *text, size_t len, size_t anchor_end, size_t *start, size_t *end,
                           size_t *examined)
{
    size_t limit = len - anchor_end > TOOL_LINE_MAX ? anchor_end + TOOL_LINE_MAX : len;
    size_t lines = 0;
    for (size_t at = anchor_end; at < limit; at++) {
        if (text[at] == '\n' && ++lines > 1) {
            break;
        }
        if (!isdigit((unsigned char)text[at]) || (at > 0 && (isalnum((unsigned char)text[at - 1]) || text[at - 1] == '-'))) {
            continue;
        }
        size_t i = 0;
        while (at + i < len && i < 55 && (i % 7 == 6 ? text[at + i] == '-' : isdigit((unsigned char)text[at + i]))) {
            i++;
        }
        if (i == 55 && (at + i >= len || !isalnum((unsigned char)text[at + i]))) {
            *start = at;
            *end = at + i;
            *examined = *end - anchor_end;
            return true;
        }
        at += i;                      /* a run read once */
    }
    *examined = limit - anchor_end;
    return false;
}

/* Does the line [line, end) open, past blanks, with a verb of Huawei's VRP that takes a
 * "cipher" password (local-user, snmp-agent, super, set)? */
static bool line_opens_with_device_verb(const char *text, size_t line, size_t end)
{
    static const char *const verbs[] = { "local-user ", "snmp-agent ", "super ", "set " };
    while (line < end && blank((unsigned char)text[line])) {
        line++;
    }
    for (size_t i = 0; i < COUNT_OF(verbs); i++) {
        size_t n = strlen(verbs[i]);
        if (end - line >= n && memcmp(text + line, verbs[i], n) == 0) {
            return true;
        }
    }
    return false;
}

/* The word a device's or a chat service's argument anchor ends with, and the value after it. */
static bool device_argument_read(const char *text, size_t len, size_t line, size_t anchor_end, size_t limit,
                                 size_t *start, size_t *end, size_t *examined)
{
    size_t word_end = blank((unsigned char)text[anchor_end - 1]) ? anchor_end - 1 : anchor_end;
    bool word;
    if (ends_with(text, line, word_end, "ocker") || ends_with(text, line, word_end, "OCKER")) {
        return bitlocker_read(text, len, anchor_end, start, end, examined);
    }
    if (ends_with(text, line, word_end, "erv") || ends_with(text, line, word_end, "ERV")) {
        /* NickServ IDENTIFY [nick] PASSWORD; REGISTER PASSWORD EMAIL */
        size_t verb_start, verb_end, first_start, first_end;
        if (!next_word(text, len, anchor_end, limit, &verb_start, &verb_end)
            || !next_word(text, len, past_word(text, len, verb_end), limit, &first_start, &first_end)) {
            *examined = limit - anchor_end;
            return false;
        }
        *start = first_start;
        *end = first_end;
        size_t verb = verb_end - verb_start;
        if (caseless_equals(text + verb_start, verb, "identify") || caseless_equals(text + verb_start, verb, "id")) {
            size_t second_start, second_end;
            if (next_word(text, len, past_word(text, len, first_end), limit, &second_start, &second_end)) {
                *start = second_start;
                *end = second_end;
            }
        } else if (!caseless_equals(text + verb_start, verb, "register")) {
            *examined = first_end - anchor_end;
            return false;
        }
        *examined = *end - anchor_end;
        return argument_value(text + *start, *end - *start, 4, SECRET_PLACE_VALUE_MAX);
    }
    if (ends_with(text, line, word_end, "mgmt-user")) {
        /* Aruba: mgmt-user USER ROLE PASSWORD */
        size_t at = anchor_end;
        for (int i = 0; i < 3; i++) {
            word = next_word(text, len, at, limit, start, end);
            if (!word) {
                *examined = at - anchor_end;
                return false;
            }
            at = past_word(text, len, *end);
        }
    } else if (ends_with(text, line, word_end, "auth") || ends_with(text, line, word_end, "PASS")) {
        /* haproxy's stats auth USER:PASSWORD; ZNC's /quote PASS user/network:PASSWORD */
        word = next_word(text, len, anchor_end, limit, start, end);
        const char *colon = word ? memchr(text + *start, ':', *end - *start) : NULL;
        if (colon != NULL) {
            *start = (size_t)(colon - text) + 1;
        } else if (ends_with(text, line, word_end, "auth")) {
            word = false;
        }
    } else if (ends_with(text, line, word_end, " cipher") && !line_opens_with_device_verb(text, line, word_end)) {
        word = false;                 /* "read cipher" in prose, not Huawei's VRP */
    } else {
        /* irreversible-cipher, read/write cipher, cleartext, set-key ascii 0: the value is
         * the next word */
        word = next_word(text, len, anchor_end, limit, start, end);
    }
    *examined = (word ? *end : limit) - anchor_end;
    return word && argument_value(text + *start, *end - *start, 4, SECRET_PLACE_VALUE_MAX);
}

bool tool_key_word_read(const char *text, size_t len, size_t stem_end, struct secret_place *found, size_t *examined)
{
    *examined = 1;
    if (stem_end < 6 || stem_end + 6 >= len || (text[stem_end - 1] != 's' && text[stem_end - 1] != 't')) {
        return false;                 /* "key", "auth", "token" …: one byte refuses most stems */
    }
    /* A few bytes where the forms put them refuse the rest of a text's credential words: "secret
     * 0", "password 0|cipher|$", "-password", "auth_pass". */
    *examined = 6;
    if (text[stem_end - 1] == 't') {
        if (!blank((unsigned char)text[stem_end]) || text[stem_end + 1] != '0') {
            return false;
        }
    } else if (text[stem_end] == 'w') {
        char next = text[stem_end + 5];
        if (!blank((unsigned char)text[stem_end + 4])
            || (text[stem_end - 5] != '-' && next != '0' && next != 'c' && next != '$')) {
            return false;
        }
    } else if (text[stem_end - 5] != '_') {
        return false;
    }
    /* The word of the stem: "password" (the stem "pass") or "secret", lower case, blanks
     * around it, and a type word's first byte after them ('0', 'c', '$'): the cheapest
     * refusals first, since every credential word of a text comes here. */
    bool password = text[stem_end] == 'w' && memcmp(text + stem_end - 4, "password", 8) == 0;
    bool secret = !password && memcmp(text + stem_end - 6, "secret", 6) == 0;
    bool auth_pass = !password && !secret && stem_end >= 10 && memcmp(text + stem_end - 9, "auth_pass", 9) == 0;
    size_t word = stem_end - (password ? 4 : auth_pass ? 9 : 6), word_end = password ? stem_end + 4 : stem_end;
    *examined = 10;
    if ((!password && !secret && !auth_pass) || word_end + 1 >= len || !blank((unsigned char)text[word_end])) {
        return false;
    }
    /* haproxy's insecure-password, EdgeOS's plaintext-password: the word's own prefix */
    bool prefixed = password && word >= 10 && text[word - 1] == '-'
                    && ((memcmp(text + word - 9, "insecure", 8) == 0 && (word == 9 || blank((unsigned char)text[word - 10])))
                        || (word >= 11 && memcmp(text + word - 10, "plaintext", 9) == 0
                            && blank((unsigned char)text[word - 11])));
    if (!prefixed && (word == 0 || !blank((unsigned char)text[word - 1]))) {
        return false;
    }
    size_t at = word_end;
    while (at < len && blank((unsigned char)text[at]) && at - word_end < 8) {
        at++;
    }
    if (at >= len || (!prefixed && !auth_pass && text[at] != '0' && text[at] != 'c' && text[at] != '$')) {
        return false;
    }
    size_t limit = len - at > TOOL_LINE_MAX ? at + TOOL_LINE_MAX : len;
    size_t start, end;
    *examined += at - word_end + 8;
    if (prefixed || auth_pass) {
        /* the value is the next word */
    } else if (at + 1 < len && text[at] == '0' && blank((unsigned char)text[at + 1])) {
        at += 1;                      /* type 0: the plain text follows */
    } else if (password && len - at > 7 && memcmp(text + at, "cipher", 6) == 0 && blank((unsigned char)text[at + 6])) {
        size_t line = word;
        while (line > 0 && text[line - 1] != '\n' && word - line < TOOL_LINE_MAX) {
            line--;
        }
        *examined += word - line;
        if (!line_opens_with_device_verb(text, line, word)) {
            return false;             /* "the password cipher suite": prose, not Huawei's VRP */
        }
        at += 6;
    } else if (password && at < len && text[at] == '$') {
        /* a crypt hash: "$2b$…", "$6$…", "$apr1$…" */
        end = at;
        while (end < limit && !isspace((unsigned char)text[end]) && strchr("\"'`", text[end]) == NULL) {
            end++;
        }
        *examined += end - at;
        size_t n = end - at;
        if (n < 20 || (!(text[at + 1] == '2' && text[at + 3] == '$' && strchr("aby", text[at + 2]) != NULL)
                       && !(text[at + 2] == '$' && strchr("156", text[at + 1]) != NULL)
                       && !(n > 6 && memcmp(text + at, "$apr1$", 6) == 0))) {
            return false;
        }
        found->start = at;
        found->end = end;
        return true;
    } else {
        return false;
    }
    if (!next_word(text, len, at, limit, &start, &end)) {
        return false;
    }
    *examined += end - at;
    if (!argument_value(text + start, end - start, 4, SECRET_PLACE_VALUE_MAX)) {
        return false;
    }
    found->start = start;
    found->end = end;
    return true;
}

/* Is the anchor that ends at `anchor_end` one of device_argument_read's? */
static bool device_argument_anchor(const char *text, size_t line, size_t anchor_end)
{
    static const char *const words[] = { "ocker", "OCKER", "erv", "ERV", "mgmt-user", "auth", "PASS",
                                         "0", "8", "cipher", "cleartext" };
    size_t word_end = blank((unsigned char)text[anchor_end - 1]) ? anchor_end - 1 : anchor_end;
    for (size_t i = 0; i < COUNT_OF(words); i++) {
        if (ends_with(text, line, word_end, words[i])) {
            return true;
        }
    }
    return false;
}

bool tool_argument_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                        size_t *examined)
{
    *examined = 0;
    if (anchor_end < 2 || anchor_end > len) {
        return false;
    }
    size_t line = anchor_end - 1;
    while (line > 0 && text[line - 1] != '\n' && anchor_end - line < TOOL_LINE_MAX) {
        line--;
    }
    size_t limit = len - anchor_end > TOOL_LINE_MAX ? anchor_end + TOOL_LINE_MAX : len;
    size_t start, end, at = anchor_end;
    *examined = anchor_end - line;
    if (device_argument_anchor(text, line, anchor_end)) {
        size_t read = 0;
        bool value = device_argument_read(text, len, line, anchor_end, limit, &start, &end, &read);
        *examined += read;
        if (!value) {
            return false;
        }
    } else if (text[anchor_end - 3] == '-' && (text[anchor_end - 2] == 'A' || text[anchor_end - 2] == 'X')) {
        /* net-snmp: -A authentication passphrase, -X privacy passphrase */
        if (!snmp_command(text, line, anchor_end) || !shell_word(text, len, at, limit, &start, &end)) {
            return false;
        }
        *examined += end - anchor_end;
        if (!argument_value(text + start, end - start, 8, SECRET_PLACE_VALUE_MAX)) {
            return false;
        }
    } else if (anchor_end >= 5 && strncmp(text + anchor_end - 5, "pass", 4) == 0) {
        /* keytool, jarsigner: -storepass, -keypass, -srcstorepass, -deststorepass, …; a
         * jarsigner "pass:" before the value is no part of it, an "env:" or "file:" names it */
        if (!shell_word(text, len, at, limit, &start, &end)) {
            return false;
        }
        if (end - start > 5 && strncmp(text + start, "pass:", 5) == 0) {
            start += 5;
        } else if (memchr(text + start, ':', end - start > 5 ? 5 : end - start) != NULL) {
            *examined += end - anchor_end;
            return false;
        }
        *examined += end - anchor_end;
        if (!argument_value(text + start, end - start, 6, SECRET_PLACE_VALUE_MAX)) {
            return false;
        }
    } else if (anchor_end >= 7 && strncmp(text + anchor_end - 7, "rootpw", 6) == 0) {
        /* kickstart: rootpw [--plaintext | --iscrypted | --allow-ssh] VALUE, at a line's start */
        for (size_t i = line; i < anchor_end - 7; i++) {
            if (!blank((unsigned char)text[i])) {
                return false;
            }
        }
        for (;;) {
            while (at < limit && blank((unsigned char)text[at])) {
                at++;
            }
            if (!shell_word(text, len, at, limit, &start, &end)) {
                *examined += at - anchor_end;
                return false;
            }
            if (text[start] != '-' || start != at) {
                break;
            }
            at = end;                 /* a flag: the next word */
        }
        *examined += end - anchor_end;
        if (!argument_value(text + start, end - start, 4, SECRET_PLACE_VALUE_MAX)) {
            return false;
        }
    } else {
        /* wpa_passphrase SSID PASSPHRASE: the SSID, then the passphrase (8 to 63 bytes) */
        if (!shell_word(text, len, at, limit, &start, &end)) {
            return false;
        }
        at = end + (end < len && (text[end] == '\'' || text[end] == '"'));
        while (at < limit && blank((unsigned char)text[at])) {
            at++;
        }
        bool word = shell_word(text, len, at, limit, &start, &end);
        *examined += (word ? end : at) - anchor_end;
        if (!word || !argument_value(text + start, end - start, 8, 63)) {
            return false;
        }
    }
    found->start = start;
    found->end = end;
    return true;
}

/* ---- lists of backup and recovery codes ---- */

/* One code of a list: 4 to 12 letters and digits in groups of 3 to 6 joined by '-', with a
 * digit or a '-' ("6219", "xkx5-68xz", "bb498-013cd", "jmdt-ceha"; not "keep", "them"). */
static bool code_token(const char *text, size_t len)
{
    if (len < 4 || len > 12) {
        return false;
    }
    size_t group = 0, digits = 0, dashes = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '-') {
            if (group < 3 || ++dashes > 2) {
                return false;
            }
            group = 0;
        } else if (isalnum(c)) {
            digits += isdigit(c) != 0;
            if (++group > 10) {
                return false;
            }
        } else {
            return false;
        }
    }
    return group >= 3 && (digits > 0 || dashes > 0);
}

/* The codes of [at, line_end): blank-separated code tokens from `at` to the first that is
 * not one, or to a field's end (',' ';' '|' '"'). Sets [start, end) to them; false if none. */
static bool code_run(const char *text, size_t at, size_t line_end, size_t *start, size_t *end)
{
    *start = *end = at;
    while (at < line_end) {
        while (at < line_end && blank((unsigned char)text[at])) {
            at++;
        }
        size_t token = at;
        while (at < line_end && !isspace((unsigned char)text[at]) && strchr(",;|\"", text[at]) == NULL) {
            at++;
        }
        if (at == token || !code_token(text + token, at - token)) {
            break;
        }
        *end = at;
        if (at < line_end && text[at] != ' ' && text[at] != '\t') {
            break;
        }
    }
    return *end > *start;
}

/* Past a list item's bullet or number and a chat line's "[14:32] name: ". */
static size_t past_line_prefix(const char *text, size_t at, size_t line_end)
{
    if (at < line_end && text[at] == '[') {
        const char *close = memchr(text + at, ']', line_end - at < 12 ? line_end - at : 12);
        if (close != NULL) {
            size_t name = (size_t)(close - text) + 1;
            while (name < line_end && blank((unsigned char)text[name])) {
                name++;
            }
            size_t colon = name;
            while (colon < line_end && !isspace((unsigned char)text[colon]) && text[colon] != ':' && colon - name < 32) {
                colon++;
            }
            at = colon < line_end && text[colon] == ':' ? colon + 1 : name;
        }
    }
    while (at < line_end && blank((unsigned char)text[at])) {
        at++;
    }
    if (at + 1 < line_end && strchr("-*", text[at]) != NULL && blank((unsigned char)text[at + 1])) {
        at += 2;
    } else if (at + 2 < line_end && (unsigned char)text[at] == 0xe2 && (unsigned char)text[at + 1] == 0x80
               && (unsigned char)text[at + 2] == 0xa2) {
        at += 3;                      /* • */
    } else {
        size_t digits = at;
        while (digits < line_end && isdigit((unsigned char)text[digits]) && digits - at < 2) {
            digits++;
        }
        if (digits > at && digits + 1 < line_end && (text[digits] == '.' || text[digits] == ')')
            && blank((unsigned char)text[digits + 1])) {
            at = digits + 2;
        }
    }
    while (at < line_end && blank((unsigned char)text[at])) {
        at++;
    }
    return at;
}

static size_t line_end_of(const char *text, size_t len, size_t at, size_t limit)
{
    const char *newline = memchr(text + at, '\n', (limit < len ? limit : len) - at);
    return newline != NULL ? (size_t)(newline - text) : (limit < len ? limit : len);
}

/* Does the anchor that ends at `anchor_end` name a security question (its last letters)? */
static bool names_question(const char *text, size_t anchor_end)
{
    static const char *const endings[] = { "question", "QUESTION", "Question", "rsm\xc3\xa5l", "RSM\xc3\x85L",
                                           "fr\xc3\xa5ga", "FR\xc3\x85GA", "frage", "FRAGE", "te", "TE",
                                           "dad", "DAD", "eta", "ETA", "\xc3\xa9", "\xc3\x89" };
    for (size_t i = 0; i < COUNT_OF(endings); i++) {
        size_t n = strlen(endings[i]);
        if (anchor_end >= n && memcmp(text + anchor_end - n, endings[i], n) == 0) {
            return true;
        }
    }
    return false;
}

/* The answer after a security question's '=' or answer word and ':' on its line. */
static size_t answer_read(const char *text, size_t anchor_end, size_t line_end, tool_span_found found, void *context)
{
    static const char *const answer_words[] = { "answer", "svar", "antwort", "r\xc3\xa9ponse", "reponse", "respuesta" };
    size_t head = line_end - anchor_end < TOOL_CODES_HEAD ? line_end : anchor_end + TOOL_CODES_HEAD;
    size_t at = anchor_end;
    for (; at < head; at++) {
        if (text[at] == '=') {
            break;
        }
        if (text[at] == ':' && at > anchor_end) {
            char word[16];
            size_t end = at;
            while (end > anchor_end && blank((unsigned char)text[end - 1])) {
                end--;
            }
            size_t start = end;
            while (start > anchor_end && end - start < sizeof word && !isspace((unsigned char)text[start - 1])) {
                start--;
            }
            fold(word, text + start, end - start);
            if (caseless_in_list(word, end - start, answer_words, COUNT_OF(answer_words))) {
                break;
            }
        }
    }
    if (at >= head) {
        return at - anchor_end;
    }
    size_t start = at + 1;
    while (start < line_end && blank((unsigned char)text[start])) {
        start++;
    }
    size_t end = start;
    while (end < line_end && end - start <= 64 && strchr(",;|\"", text[end]) == NULL) {
        end++;
    }
    while (end > start && (blank((unsigned char)text[end - 1]) || text[end - 1] == '\r')) {
        end--;
    }
    if (end - start >= 3 && end - start <= 64 && secret_value_valid(text + start, end - start)) {
        found(start, end, context);
    }
    return end - anchor_end;
}

size_t tool_codes_read(const char *text, size_t len, size_t anchor_end, tool_span_found found, void *context)
{
    if (anchor_end > len) {
        return 0;
    }
    size_t limit = len - anchor_end > TOOL_CODES_MAX ? anchor_end + TOOL_CODES_MAX : len;
    size_t line_end = line_end_of(text, len, anchor_end, limit);
    if (names_question(text, anchor_end)) {
        return answer_read(text, anchor_end, line_end, found, context);
    }
    const char *colon = memchr(text + anchor_end, ':', line_end - anchor_end < TOOL_CODES_HEAD
                                                          ? line_end - anchor_end : TOOL_CODES_HEAD);
    if (colon == NULL) {
        return line_end - anchor_end;
    }
    size_t start, end, at = (size_t)(colon - text) + 1;
    while (at < line_end && blank((unsigned char)text[at])) {
        at++;
    }
    if (at < line_end) {
        /* "recovery codes: 6219 1112 2672 1389" */
        if (code_run(text, at, line_end, &start, &end)) {
            found(start, end, context);
        }
        return line_end - anchor_end;
    }
    /* One code or a few on each line after the heading; one empty line before the first. */
    size_t lines = 0;
    bool empty_allowed = true;
    while (line_end < limit && lines++ < TOOL_CODES_LINES) {
        at = line_end + 1;
        line_end = line_end_of(text, len, at, limit);
        if (line_end == at && empty_allowed) {
            empty_allowed = false;
            continue;
        }
        empty_allowed = false;
        size_t first = past_line_prefix(text, at, line_end);
        size_t trimmed = line_end;
        while (trimmed > first && isspace((unsigned char)text[trimmed - 1])) {
            trimmed--;
        }
        if (!code_run(text, first, trimmed, &start, &end) || end != trimmed) {
            break;
        }
        if (found(start, end, context)) {
            break;
        }
    }
    return line_end - anchor_end;
}
