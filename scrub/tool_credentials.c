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
    if (text[anchor_end - 3] == '-' && (text[anchor_end - 2] == 'A' || text[anchor_end - 2] == 'X')) {
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
        at = end + (text[end] == '\'' || text[end] == '"');
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
