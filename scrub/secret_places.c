/* secret_places.c — secrets whose cue is not a `key = value`: a command's printed line, a
 * value after a cue in a sentence that named the credential. Contract in secret_places.h. */
#include "scrub/secret_places.h"

#include "scrub/tool_credentials.h"
#include "scrub/validators.h"
#include "transforms/foundation/caseless.h"
#include "transforms/foundation/latin1_fold.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool blank(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* ---- what a value is made of ---- */

/* Three or more words of three letters or more, one separator between them all
 * ("orbit-maple-thistle", "sol.lune.luna.4"): a passphrase, not "state-of-the-art". */
static bool joined_words(const char *value, size_t len)
{
    char separator = 0;
    size_t words = 0, letters = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)value[i] : 0;
        if (i < len && (isalpha(c) || c >= 0x80)) {
            letters++;
            continue;
        }
        if (i < len && isdigit(c)) {
            continue;                 /* a number among the words: "maple-36" */
        }
        if (letters > 0 && letters < 3) {
            return false;
        }
        words += letters >= 3;
        letters = 0;
        if (i == len) {
            break;
        }
        if (c != '-' && c != '.' && c != '_') {
            return false;
        }
        if (separator != 0 && c != separator) {
            return false;
        }
        separator = (char)c;
    }
    return words >= 3;
}

bool secret_place_value_made(const char *value, size_t len, bool pin)
{
    if (len == 0 || len > SECRET_PLACE_VALUE_MAX) {
        return false;
    }
    size_t digits = 0, upper = 0, lower = 0, other = 0, symbols = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)value[i];
        if (c <= 0x20 || c == 0x7f) {
            return false;
        }
        digits += isdigit(c) != 0;
        upper += isupper(c) != 0;
        lower += islower(c) != 0;
        other += c >= 0x80;           /* a national letter's bytes */
        symbols += ispunct(c) != 0;
    }
    if (digits == len) {
        return pin && len >= 4 && len <= 8;
    }
    if (len < 8 || !secret_value_valid(value, len)) {
        return false;
    }
    size_t letters = upper + lower + other;
    if (letters == 0) {
        return false;
    }
    if (digits > 0) {
        return true;
    }
    return (symbols >= 2 && upper > 0 && lower > 0) || joined_words(value, len);
}

/* ---- the printed line ---- */

bool secret_printed_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                         size_t *examined)
{
    *examined = 0;
    /* The command's line runs to its end; a continued line ("\") prints nothing yet. */
    size_t at = anchor_end;
    while (at < len && text[at] != '\n' && at - anchor_end < SECRET_PLACE_LINE_MAX) {
        at++;
    }
    *examined = at - anchor_end;
    if (at >= len || text[at] != '\n' || (at > 0 && text[at - 1] == '\\')) {
        return false;
    }
    size_t start = at + 1;
    while (start < len && blank((unsigned char)text[start]) && start - at <= 4) {
        start++;
    }
    size_t end = start;
    while (end < len && text[end] != '\n' && end - start <= SECRET_PLACE_VALUE_MAX) {
        end++;
    }
    *examined += end - at;
    while (end > start && (text[end - 1] == '\r' || blank((unsigned char)text[end - 1]))) {
        end--;
    }
    if (end - start > SECRET_PLACE_VALUE_MAX || (end < len && text[end] != '\n' && text[end] != '\r'
                                                 && !blank((unsigned char)text[end]))) {
        return false;                 /* longer than a secret: a table, a message */
    }
    const char *value = text + start;
    size_t value_len = end - start;
    /* The next prompt, a path, a URL, a label: not what the command printed as its secret. */
    if (value_len == 0 || strchr("$#[{<(/>%", value[0]) != NULL || value[value_len - 1] == ':'
        || memmem(value, value_len, "://", 3) != NULL) {
        return false;
    }
    if (!secret_place_value_made(value, value_len, false)) {
        return false;
    }
    found->start = start;
    found->end = end;
    return true;
}

/* ---- the cued value ---- */

/* The quotes a value may stand in, opening and closing: ASCII and the typographic ones the
 * six languages use (« », „ “, ” ”, ‘ ’). Returns the quote's length at `at`, 0 if none. */
static size_t quote_at(const char *text, size_t len, size_t at)
{
    static const char *const quotes[] = { "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9e", "\xe2\x80\x9c", "\xe2\x80\x9d",
                                          "\xe2\x80\x98", "\xe2\x80\x99" };
    unsigned char c = (unsigned char)text[at];
    if (c == '"' || c == '\'' || c == '`') {
        return 1;
    }
    if (c < 0xc2) {
        return 0;
    }
    for (size_t i = 0; i < sizeof quotes / sizeof quotes[0]; i++) {
        size_t n = strlen(quotes[i]);
        if (at + n <= len && memcmp(text + at, quotes[i], n) == 0) {
            return n;
        }
    }
    return 0;
}

/* A byte of a word, national letters' bytes included. */
static bool letter_byte(unsigned char c)
{
    return isalpha(c) || c >= 0x80;
}

/* Words a cue may have after it before the value: "jetzt ist es …", "jetzt lautet es …". */
static size_t skip_fillers(const char *text, size_t len, size_t at)
{
    static const char *const fillers[] = { "ist", "es", "lautet" };  /* none starts another */
    for (int round = 0; round < 2; round++) {
        size_t n = caseless_list_prefix(text, at, len, fillers, sizeof fillers / sizeof fillers[0]);
        if (n == 0 || at + n >= len || !blank((unsigned char)text[at + n])) {
            break;
        }
        at += n;
        while (at < len && blank((unsigned char)text[at])) {
            at++;
        }
    }
    return at;
}

/* "it's …" and "it is …" with no "now" before them: the commonest words in chat, so only a
 * quoted value or one followed by "now" counts. */
static bool cue_is_bare_it(const char *text, size_t anchor_end)
{
    size_t n = anchor_end;
    while (n > 0 && blank((unsigned char)text[n - 1])) {
        n--;
    }
    size_t cue = n >= 4 && strncasecmp(text + n - 4, "it's", 4) == 0 ? 4
               : n >= 5 && strncasecmp(text + n - 5, "it is", 5) == 0 ? 5 : 0;
    if (cue == 0) {
        return false;
    }
    size_t before = n - cue;
    while (before > 0 && blank((unsigned char)text[before - 1])) {
        before--;
    }
    return !(before >= 3 && strncasecmp(text + before - 3, "now", 3) == 0);
}

/* The credential words of the six languages. Long ones count anywhere in a word
 * (compounds: "wifi-passordet", "Zugangsschlüssel"); short ones as a word of their own, a
 * definite or compound ending of two letters at most allowed ("PIN-koden", "pw:"). Not
 * secret_keys.h's struct secret_words: that judges a key's whole words and endings; these
 * are found anywhere in a sentence, as stems ("passw" in "passwords", "geheim" in
 * "Geheimzahl") and phrases ("api key", "mot de passe"), and name what no key judge takes
 * alone: Wi-Fi, WLAN, login, a PIN or a code. */
static const char *const long_words[] = {
    "passw", "passord", "passphrase", "passfrase", "l\xc3\xb6sen", "losen", "kennwort", "mot de passe",
    ("contrase\xc3\xb1" "a"), "contrasena", "secret", "secr\xc3\xa8t", "hemmelig", "hemlig", "geheim", "token",
    "jeton", "n\xc3\xb8kkel", "nokkel", "nyckel", "schl\xc3\xbcssel", "schluessel", "credential", "api key",
    "api-key", "apikey", "wi-fi", "wifi", "wlan",
};
static const char *const short_words[] = { "pw", "pwd", "pass", "mdp", "psk", "key", "cl\xc3\xa9", "clave",
                                           "llave", "login" };
static const char *const pin_words[] = { "pin", "kode", "kod", "code", ("c\xc3\xb3" "digo"), "codigo" };

/* Folds ASCII and the Latin-1 capitals of UTF-8 (Ø, Ö, Ü, É, Ñ …) to lowercase, into `out`. */
static void fold(char *out, const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        out[i] = (char)latin1_fold(i > 0 ? (unsigned char)text[i - 1] : 0, (unsigned char)text[i]);
    }
}

static bool short_word_at(const char *window, size_t n, size_t at, const char *word)
{
    size_t w = strlen(word);
    if (at + w > n || memcmp(window + at, word, w) != 0 || (at > 0 && letter_byte((unsigned char)window[at - 1]))) {
        return false;
    }
    size_t after = at + w;
    size_t tail = 0;
    while (after + tail < n && letter_byte((unsigned char)window[after + tail]) && tail <= 2) {
        tail++;
    }
    return tail <= 2;
}

/* Does the sentence before `end`, or the one before it, name a credential (`pin`: a PIN
 * or a code)? At most SECRET_PLACE_CONTEXT bytes back, never past an empty line or a second
 * line break. */
static bool credential_named_before(const char *text, size_t end, bool pin, size_t *examined)
{
    size_t start = end > SECRET_PLACE_CONTEXT ? end - SECRET_PLACE_CONTEXT : 0;
    size_t breaks = 0;
    for (size_t i = end; i > start; i--) {
        if (text[i - 1] == '\n' && ++breaks == 2) {
            start = i;
            break;
        }
    }
    char window[SECRET_PLACE_CONTEXT];
    size_t n = end - start;
    fold(window, text + start, n);
    *examined += n;
    for (size_t at = 0; at < n; at++) {
        if (pin) {
            for (size_t i = 0; i < sizeof pin_words / sizeof pin_words[0]; i++) {
                if (short_word_at(window, n, at, pin_words[i])) {
                    return true;
                }
            }
            continue;
        }
        for (size_t i = 0; i < sizeof long_words / sizeof long_words[0]; i++) {
            size_t w = strlen(long_words[i]);
            if (at + w <= n && memcmp(window + at, long_words[i], w) == 0) {
                return true;
            }
        }
        for (size_t i = 0; i < sizeof short_words / sizeof short_words[0]; i++) {
            if (short_word_at(window, n, at, short_words[i])) {
                return true;
            }
        }
    }
    return false;
}

/* The value after `at`: quoted (to its closing quote on the line) or bare (to a blank or a
 * quote, a sentence's closing punctuation left out). */
static bool value_after(const char *text, size_t len, size_t at, struct secret_place *value, bool *quoted)
{
    size_t open = at < len ? quote_at(text, len, at) : 0;
    *quoted = open > 0;
    size_t start = at + open, end = start;
    value->start = value->end = start;  /* defined on every return: the caller counts from it */
    while (end < len && end - start <= SECRET_PLACE_VALUE_MAX && !isspace((unsigned char)text[end])
           && quote_at(text, len, end) == 0) {
        end++;
    }
    if (end - start > SECRET_PLACE_VALUE_MAX) {
        return false;
    }
    if (*quoted) {
        if (end >= len || quote_at(text, len, end) == 0) {
            return false;             /* no closing quote on the word: a quoted phrase */
        }
    } else {
        while (end > start && strchr(".,;:", text[end - 1]) != NULL) {
            end--;
        }
        if (end > start && text[end - 1] == ')' && memchr(text + start, '(', end - start) == NULL) {
            end--;
        }
    }
    value->start = start;
    value->end = end;
    return end > start;
}

bool secret_cued_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found, size_t *examined)
{
    *examined = 0;
    if (anchor_end == 0 || anchor_end >= len) {
        return false;
    }
    /* The anchor ends with the blank after the cue's last word, or its colon: "user",
     * "trying", "usage", "prøve" are not "use", "try", "prøv". */
    size_t at = anchor_end;
    while (at < len && blank((unsigned char)text[at]) && at - anchor_end < 4) {
        at++;
    }
    at = skip_fillers(text, len, at);
    struct secret_place value;
    bool quoted;
    bool read = value_after(text, len, at, &value, &quoted);
    *examined = (value.end > anchor_end ? value.end : at) - anchor_end + 2;
    if (!read) {
        return false;
    }
    const char *v = text + value.start;
    size_t v_len = value.end - value.start;
    size_t digits = 0;                /* the text is no C string: count within the value */
    while (digits < v_len && isdigit((unsigned char)v[digits])) {
        digits++;
    }
    bool digits_only = digits == v_len;
    if (!secret_place_value_made(v, v_len, digits_only)) {
        return false;
    }
    if (cue_is_bare_it(text, anchor_end) && !quoted) {
        size_t after = value.end;
        while (after < len && blank((unsigned char)text[after])) {
            after++;
        }
        if (caseless_prefix(text, after, len, "now") == 0) {
            return false;
        }
    }
    if (!credential_named_before(text, anchor_end, digits_only, examined)) {
        return false;
    }
    *found = value;
    return true;
}

/* ---- a password hash ---- */

static bool crypt_char(unsigned char c)
{
    return isalnum(c) || c == '.' || c == '/' || c == '$' || c == '=' || c == '+' || c == ',' || c == '-';
}

/* "$6$salt$hash", "$2y$10$…", "$apr1$salt$hash", "$6$rounds=5000$salt$hash": three '$' or
 * more and a last part of 16 bytes or more; Juniper's "$9$…" has two; "{SHA}…" a base64
 * digest of 20 or more. Not secret_value_valid: a "$…" there is a shell variable. */
static bool crypt_shaped(const char *value, size_t len)
{
    size_t dollars = 0, segment = 0;
    for (size_t i = 0; i < len; i++) {
        if (!crypt_char((unsigned char)value[i]) && value[i] != '{' && value[i] != '}') {
            return false;
        }
        dollars += value[i] == '$';
        segment = value[i] == '$' || value[i] == '}' ? 0 : segment + 1;
    }
    if (value[0] == '{') {
        return segment >= 20;
    }
    bool juniper = len > 3 && memcmp(value, "$9$", 3) == 0 && dollars == 2;
    size_t letters = 0, digits = 0;
    for (size_t i = len - segment; i < len; i++) {
        letters += isalpha((unsigned char)value[i]) != 0;
        digits += isdigit((unsigned char)value[i]) != 0;
    }
    return value[0] == '$' && segment >= 16 && (dollars >= 3 || juniper) && letters > 0 && (digits > 0 || segment >= 20);
}

/* ---- a network device's directive ---- */

/* The words a device's configuration line opens with (Cisco IOS/ASA, Juniper and FortiOS
 * "set", HP/Aruba, MikroTik '/'). */
static bool device_line(const char *text, size_t anchor_end, size_t *examined)
{
    static const char *const verbs[] = {
        "username ", "enable ", "tacacs-server ", "radius-server ", "tacacs ", "radius ", "crypto ", "key-string ",
        "pre-shared-key ", "ikev1 ", "ikev2 ", "ip ", "ipv6 ", "neighbor ", "set ", "password ", "secret ", "ppp ",
        "wpa-psk ", "snmp-server ", "key ", "server ", "host ", "authentication ", "ntp ", "standby ", "vrrp ",
        "isis ", "router ", "ldap-server ", "aaa ", "/", "tunnel-group ", "area ", "psk ",
    };
    size_t line = anchor_end;
    while (line > 0 && text[line - 1] != '\n' && anchor_end - line < SECRET_PLACE_LINE_MAX) {
        line--;
    }
    *examined += anchor_end - line;
    if (line > 0 && text[line - 1] != '\n') {
        return false;
    }
    while (line < anchor_end && blank((unsigned char)text[line])) {
        line++;
    }
    return caseless_list_prefix(text, line, anchor_end, verbs, sizeof verbs / sizeof verbs[0]) > 0;
}

/* A hash a device's type number announces: 5, 8, 9 (and 4) a crypt string ("$1$…$…"),
 * 7 Cisco's reversible hex. */
static bool typed_value(const char *value, size_t len, char type)
{
    if (type == '7') {
        if (len < 4 || len % 2 != 0) {
            return false;
        }
        for (size_t i = 0; i < len; i++) {
            if (!isxdigit((unsigned char)value[i])) {
                return false;
            }
        }
        return true;
    }
    if (type == '4' || type == '5' || type == '8' || type == '9') {
        return len >= 16 && (value[0] == '$' ? crypt_shaped(value, len) : secret_value_valid(value, len));
    }
    return secret_place_value_made(value, len, false) || (len >= 4 && type == '0' && secret_value_valid(value, len));
}

bool secret_directive_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                           size_t *examined)
{
    *examined = 0;
    size_t at = anchor_end;
    while (at < len && blank((unsigned char)text[at]) && at - anchor_end < 4) {
        at++;
    }
    char type = 0;
    if (anchor_end >= 3 && isdigit((unsigned char)text[anchor_end - 2]) && blank((unsigned char)text[anchor_end - 3])) {
        type = text[anchor_end - 2];  /* "password 7 ": the anchor holds the type number */
    } else if (at + 1 < len && isdigit((unsigned char)text[at]) && blank((unsigned char)text[at + 1])) {
        type = text[at];
        at += 2;
        while (at < len && blank((unsigned char)text[at]) && at - anchor_end < 8) {
            at++;
        }
    }
    bool quoted = at < len && text[at] == '"';
    size_t start = at + quoted, end = start;
    while (end < len && !isspace((unsigned char)text[end]) && text[end] != '"' && end - start <= SECRET_PLACE_VALUE_MAX) {
        end++;
    }
    *examined = end - anchor_end;
    if (end == start || end - start > SECRET_PLACE_VALUE_MAX || (quoted && (end >= len || text[end] != '"'))) {
        return false;
    }
    if (!typed_value(text + start, end - start, type) || !device_line(text, anchor_end, examined)) {
        return false;
    }
    found->start = start;
    found->end = end;
    return true;
}

bool secret_place_read(enum secret_place_form form, const char *text, size_t len, size_t anchor_end,
                       struct secret_place *found, size_t *examined)
{
    switch (form) {
    case SECRET_PLACE_PRINTED:
        return secret_printed_read(text, len, anchor_end, found, examined);
    case SECRET_PLACE_CUED:
        return secret_cued_read(text, len, anchor_end, found, examined);
    case SECRET_PLACE_DIRECTIVE:
        return secret_directive_read(text, len, anchor_end, found, examined);
    case SECRET_PLACE_LOGIN:
        return tool_login_read(text, len, anchor_end, found, examined);
    case SECRET_PLACE_DEFINE:
        return tool_define_read(text, len, anchor_end, found, examined);
    case SECRET_PLACE_TOOL:
        return tool_argument_read(text, len, anchor_end, found, examined);
    }
    *examined = 0;
    return false;
}
