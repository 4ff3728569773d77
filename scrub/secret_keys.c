#include "scrub/secret_keys.h"

#include "scrub/markup_tags.h"
#include "scrub/validators.h"
#include "transforms/foundation/ascii.h"
#include "transforms/foundation/caseless.h"

#include <stdint.h>
#include <string.h>

/* ---- the key judge ---- */

/* Words that are a credential by themselves (lower case, UTF-8). */
static const char *const credential_words[] = {
    "password", "passwd", "passwort", "passord", "passordet", "passphrase", "passcode", "pass", "passe", "pwd",
    "pw", "pswd", "psw", "pword", "tok", "psk", "secret", "secrets", "secreto", "secreta", "secr\xc3\xa8te", "secrete", "token", "bearer", "auth",
    "credential", "credentials", "creds", "salt", "community", "kennwort", "l\xc3\xb6senord", "l\xc3\xb6senordet",
    "losenord", ("contrase\xc3\xb1" "a"), "contrasena", "mdp", "cl\xc3\xa9", "cle", "clave", "llave", "jeton",
    "n\xc3\xb8kkel", "n\xc3\xb8kkelen", "nokkel", "nyckel", "nyckeln", "schl\xc3\xbcssel", "schluessel",
    "hemmelighet", "hemmeligheten", "hemlighet", "hemligheten", "geheimnis",
};

/* Endings that make a compound word a credential: "Zugangsschlüssel", "tilgangsnøkkel",
 * "dbpassword", "adminmasterkey" (one word: nothing splits them). */
static const char *const credential_endings[] = {
    "password", "passwd", "passwort", "passord", "passordet", "passphrase", "kennwort", "l\xc3\xb6senord",
    "l\xc3\xb6senordet", "losenord", ("contrase\xc3\xb1" "a"), "n\xc3\xb8kkel", "n\xc3\xb8kkelen", "nyckel", "nyckeln",
    "schl\xc3\xbcssel", "token", "secret", "hemmelighet", "hemlighet", "geheimnis", "pwd", "pw", "psk", "apikey",
    "secretkey", "accesskey", "privatekey", "masterkey", "signingkey", "authkey", "clientkey", "appkey",
    "licensekey", "encryptionkey", "sessionkey", "hmackey", "sharedkey",
    /* an access code and login details, one word in the Germanic languages and French:
     * "Zugangscode", "tilgangskoden", "åtkomstkod", "Zugangsdaten", "identifiants" */
    "zugangscode", "anmeldecode", "tilgangskode", "tilgangskoden", "innloggingskode", "innloggingskoden",
    "\xc3\xa5tkomstkod", "\xc3\xa5tkomstkoden", "atkomstkod", "inloggningskod", "inloggningskoden",
    "zugangsdaten", "anmeldedaten", "innloggingsdetaljer", "innloggingsdetaljene", "inloggningsuppgifter",
    "inloggningsuppgifterna", "identifiants", "identifiant",
};

/* Words that say the key holds something about a credential, not the credential: its
 * length, count, id, name, where it is, when it expires, whether it is required, how it
 * is checked; or a key that is no secret (public, sort, partition, foreign …). */
static const char *const other_things[] = {
    "length", "len", "lengde", "lengd", "l\xc3\xa4nge", "longueur", "longitud", "min", "max", "minimum", "maximum",
    "count", "antall", "antal", "anzahl", "id", "ids", "kid", "name", "names", "navn", "namn", "nom", "nombre",
    "url", "uri", "urls", "endpoint", "path", "file", "filename", "dir", "directory", "fil", "datei", "fichier",
    "archivo", "type", "typ", "tipo", "ttl", "expiry", "expires", "expire", "expiration", "expired", "utl\xc3\xb8p",
    "utl\xc3\xb8per", "utg\xc3\xa5ng", "ablauf", "caduca", "caducidad", "expira", "validity", "gyldighet",
    "giltighet", "g\xc3\xbcltigkeit", "validit\xc3\xa9", "validez", "required", "requis", "requerido", "enabled",
    "disabled", "method", "methods", "header", "headers", "rotation", "days", "policy", "reset", "hint",
    "question", "prompt", "field", "label", "mode", "format", "version", "size", "bits", "algorithm", "alg",
    "strength", "ref", "reference", "source", "store", "manager", "arn", "location", "changed", "updated",
    "created", "history", "complexity", "regex", "pattern", "rule", "rules", "limit", "attempts", "retries",
    "rounds", "status", "encoding", "placeholder", "region", "public", "publique", "p\xc3\xba" "blica", "publica",
    "offentlig", "\xc3\xb6" "ffentlich", "\xc3\xb6" "ffentlicher", "publik", "pub", "sort", "partition", "foreign",
    "cache", "row", "range", "idempotency", "lookup", "index", "unique", "composite", "object", "usage",
    "provider", "tokens", "product", "parameter", "stdin",
};

/* Words before "key" that make it a credential's name on their own: any word but these. */
#define WORDS_MAX 12

struct key_words {
    char lower[SECRET_KEY_MAX + 8];
    size_t start[WORDS_MAX], len[WORDS_MAX];
    size_t count;
};

enum char_class { CHAR_SEPARATOR, CHAR_UPPER, CHAR_LOWER, CHAR_DIGIT };

/* The class of the character at `at` and its length; writes its lower case to `out`. */
static size_t classify(const unsigned char *key, size_t len, size_t at, enum char_class *class, char *out)
{
    unsigned char c = key[at];
    if (c < 0x80) {
        *class = ascii_upper(c) ? CHAR_UPPER : ascii_lower(c) ? CHAR_LOWER : ascii_digit(c) ? CHAR_DIGIT
                                                                                            : CHAR_SEPARATOR;
        out[0] = (char)ascii_fold(c);
        return 1;
    }
    /* Latin-1 letters (U+00C0..U+00FF, lead byte 0xC3): capitals fold by 0x20. Any other
     * multi-byte character is a lower-case letter as written. */
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (at + n > len) {
        n = len - at;
    }
    memcpy(out, key + at, n);
    *class = CHAR_LOWER;
    if (c == 0xc3 && n == 2 && key[at + 1] >= 0x80 && key[at + 1] <= 0x9e && key[at + 1] != 0x97) {
        *class = CHAR_UPPER;
        out[1] = (char)(key[at + 1] + 0x20);
    }
    return n;
}

/* The class of the ASCII byte `c`. */
static enum char_class ascii_class(unsigned char c)
{
    return ascii_upper(c) ? CHAR_UPPER : ascii_lower(c) ? CHAR_LOWER : ascii_digit(c) ? CHAR_DIGIT : CHAR_SEPARATOR;
}

/* Split at '_', '-', '.', blanks and every other non-letter, and at case changes
 * ("dbPass", "APIKey", "CléSecrète"); lower-cased. ASCII bytes are read inline: the judge
 * runs at every "DB_PASSWORD=" of a text. */
static void split_words(const char *key, size_t len, struct key_words *words)
{
    const unsigned char *k = (const unsigned char *)key;
    size_t out = 0, at = 0;
    enum char_class previous = CHAR_SEPARATOR;
    bool open = false;
    words->count = 0;
    while (at < len && out + 4 < sizeof words->lower) {
        enum char_class class;
        char lower[4];
        size_t n = 1;
        if (k[at] < 0x80) {
            class = ascii_class(k[at]);
            lower[0] = (char)ascii_fold(k[at]);
        } else {
            n = classify(k, len, at, &class, lower);
        }
        bool boundary = class == CHAR_SEPARATOR;
        if (!boundary && open && class == CHAR_UPPER && previous != CHAR_SEPARATOR) {
            enum char_class next = CHAR_SEPARATOR;
            if (previous == CHAR_UPPER && at + n < len) {
                char ignored[4];
                if (k[at + n] < 0x80) {
                    next = ascii_class(k[at + n]);
                } else {
                    classify(k, len, at + n, &next, ignored);
                }
            }
            boundary = previous == CHAR_LOWER || previous == CHAR_DIGIT || next == CHAR_LOWER;
        }
        if (boundary && open) {
            words->len[words->count - 1] = out - words->start[words->count - 1];
            open = false;
        }
        if (class != CHAR_SEPARATOR) {
            if (!open) {
                if (words->count == WORDS_MAX) {
                    break;
                }
                words->start[words->count++] = out;
                open = true;
            }
            for (size_t i = 0; i < n; i++) {
                words->lower[out++] = lower[i];
            }
        }
        previous = class;
        at += n;
    }
    if (open) {
        words->len[words->count - 1] = out - words->start[words->count - 1];
    }
}

#define COUNT_OF(list) (sizeof list / sizeof list[0])

/* The word lists, hashed (struct secret_words, secret_keys.h): a key's words are looked up
 * once each, not compared with every entry (the judge runs at every "DB_PASSWORD=" of a
 * text). Built by the scrubber's init, read-only after. */
enum word_kind { WORD_UNKNOWN, WORD_CREDENTIAL, WORD_OTHER_THING };

_Static_assert(sizeof credential_endings / sizeof credential_endings[0]
               <= sizeof ((struct secret_words *)0)->ending_lengths, "every ending's length has room");

static uint32_t word_hash(const char *word, size_t len)
{
    uint32_t hash = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        hash = (hash ^ (unsigned char)word[i]) * 16777619u;
    }
    return hash;
}

static void word_set_add(struct secret_words *set, const char *word, unsigned char kind)
{
    size_t len = strlen(word);
    size_t at = word_hash(word, len) & (SECRET_WORD_SLOTS - 1);
    while (set->slots[at].word != NULL) {
        at = (at + 1) & (SECRET_WORD_SLOTS - 1);
    }
    set->slots[at].word = word;
    set->slots[at].len = (unsigned char)len;
    set->slots[at].kind = kind;
}

/* A word's last two bytes, hashed to 10 bits. */
static unsigned ending_tail(const char *word, size_t len)
{
    return ((unsigned char)word[len - 2] * 31u + (unsigned char)word[len - 1]) & 1023u;
}

void secret_words_init(struct secret_words *set)
{
    memset(set, 0, sizeof *set);
    for (size_t i = 0; i < COUNT_OF(credential_words); i++) {
        word_set_add(set, credential_words[i], WORD_CREDENTIAL);
    }
    for (size_t i = 0; i < COUNT_OF(other_things); i++) {
        word_set_add(set, other_things[i], WORD_OTHER_THING);
    }
    for (size_t i = 0; i < COUNT_OF(credential_endings); i++) {
        size_t len = strlen(credential_endings[i]);
        unsigned tail = ending_tail(credential_endings[i], len);
        set->ending_tails[tail >> 6] |= UINT64_C(1) << (tail & 63);
        set->ending_lengths[i] = (unsigned char)len;
    }
}

static enum word_kind word_kind(const struct secret_words *set, const char *word, size_t len)
{
    for (size_t at = word_hash(word, len) & (SECRET_WORD_SLOTS - 1); set->slots[at].word != NULL;
         at = (at + 1) & (SECRET_WORD_SLOTS - 1)) {
        if (set->slots[at].len == len && memcmp(set->slots[at].word, word, len) == 0) {
            return (enum word_kind)set->slots[at].kind;
        }
    }
    /* A numbered word of five letters or more is its word: imapsync's "--password1 …
     * --password2", "token2", "secret_2"; not a short one, a name more often ("auth0|…"). */
    size_t unnumbered = len;
    while (unnumbered > 0 && word[unnumbered - 1] >= '0' && word[unnumbered - 1] <= '9') {
        unnumbered--;
    }
    return unnumbered >= 5 && unnumbered < len ? word_kind(set, word, unnumbered) : WORD_UNKNOWN;
}

/* A compound that ends in a credential word ("Zugangsschlüssel", "dbpassword",
 * "adminmasterkey"); the endings' last two bytes spare most words the list. */
static bool ends_in_credential(const struct secret_words *set, const char *word, size_t len)
{
    if (len < 3) {
        return false;
    }
    unsigned tail = ending_tail(word, len);
    if ((set->ending_tails[tail >> 6] & (UINT64_C(1) << (tail & 63))) == 0) {
        return false;
    }
    for (size_t i = 0; i < COUNT_OF(credential_endings); i++) {
        size_t ending = set->ending_lengths[i];
        if (len >= ending && memcmp(word + len - ending, credential_endings[i], ending) == 0) {
            return true;
        }
    }
    return false;
}

/* GCP's service-account "private_key_id": the id of a private key, masked as the secret it
 * names (README, "Placeholders are not secrets"); other ids stay ("key_id", "token_id"). */
static bool private_key_id(const struct key_words *words, size_t i)
{
    return i >= 2 && words->len[i] == 2 && memcmp(words->lower + words->start[i], "id", 2) == 0
           && words->len[i - 1] == 3 && memcmp(words->lower + words->start[i - 1], "key", 3) == 0
           && words->len[i - 2] == 7 && memcmp(words->lower + words->start[i - 2], "private", 7) == 0;
}

bool secret_key_names_credential(const struct secret_words *set, const char *key, size_t len)
{
    if (len == 0 || len > SECRET_KEY_MAX) {
        return false;
    }
    struct key_words words;
    split_words(key, len, &words);
    /* Every word looked up first: one that holds something about a credential refuses the
     * key ("password_min_length", "token_count", "secret_name", "public_key", "KEY_ID"). */
    bool credential = false;
    for (size_t i = 0; i < words.count; i++) {
        const char *word = words.lower + words.start[i];
        size_t n = words.len[i];
        enum word_kind kind = word_kind(set, word, n);
        if (kind == WORD_OTHER_THING && !private_key_id(&words, i)) {
            return false;
        }
        credential = credential || kind == WORD_CREDENTIAL
                     || (i > 0 && ((n == 3 && memcmp(word, "key", 3) == 0) || (n == 4 && memcmp(word, "keys", 4) == 0)));
    }
    for (size_t i = 0; i < words.count && !credential; i++) {
        credential = ends_in_credential(set, words.lower + words.start[i], words.len[i]);
    }
    return credential;
}

/* A command line's flag names a credential by its last word ("--db-password", "--api-key",
 * "--signing-key"; not "--no-auth-warning", "--password-stdin", "--auth"). */
static bool flag_names_credential(const struct secret_words *set, const char *key, size_t len)
{
    if (!secret_key_names_credential(set, key, len)) {
        return false;
    }
    struct key_words words;
    split_words(key, len, &words);
    size_t last = words.count - 1;
    const char *word = words.lower + words.start[last];
    size_t n = words.len[last];
    if (n == 4 && memcmp(word, "auth", 4) == 0) {
        return false;
    }
    return word_kind(set, word, n) == WORD_CREDENTIAL || ends_in_credential(set, word, n)
           || (last > 0 && n == 3 && memcmp(word, "key", 3) == 0);
}

/* Does the key name a password (not a token or a key): passphrases of words count there. */
static bool names_password(const char *key, size_t len)
{
    static const char *const stems[] = { "pass", "pwd", "kennwort", "l\xc3\xb6senord", "losenord", "contrase",
                                         "mdp", "psk" };
    struct key_words words;
    split_words(key, len, &words);
    for (size_t w = 0; w < words.count; w++) {
        for (size_t i = 0; i < COUNT_OF(stems); i++) {
            if (memmem(words.lower + words.start[w], words.len[w], stems[i], strlen(stems[i])) != NULL) {
                return true;
            }
        }
    }
    return false;
}

/* ---- the value judge ---- */

/* PowerShell's Verb-Noun ("Read-Host", "ConvertTo-SecureString"): a command, not a value. */
static bool verb_noun(const char *text, size_t len)
{
    const char *dash = memchr(text, '-', len);
    if (dash == NULL || dash == text || dash + 2 > text + len || !ascii_upper((unsigned char)text[0])
        || !ascii_upper((unsigned char)dash[1])) {
        return false;
    }
    for (const char *c = text; c < text + len; c++) {
        if (c != dash && !ascii_letter((unsigned char)*c)) {
            return false;
        }
    }
    return true;
}

/* Three or more words of letters joined by one of '-', '.', '_', a number at the end
 * allowed: "tundra-sol-soleil", "luna.blume.summit.himmel", "pepper_harbor_tundra_54". */
static bool joined_words(const char *text, size_t len)
{
    char joiner = 0;
    size_t words = 0, letters = 0;
    bool number = false;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)text[i] : 0;
        if (i == len || c == '-' || c == '.' || c == '_') {
            if (i < len && joiner != 0 && c != joiner) {
                return false;
            }
            if (i < len) {
                joiner = (char)c;
            }
            if (letters < 3 && !(number && i == len && words >= 3)) {
                return false;
            }
            words += letters >= 3;
            letters = 0;
            number = false;
            continue;
        }
        if (number || (ascii_digit(c) && letters > 0)) {
            return false;
        }
        if (ascii_digit(c)) {
            number = true;
            continue;
        }
        if (!ascii_letter(c) && c < 0x80) {
            return false;
        }
        letters++;
    }
    return words >= 3;
}

/* Not a placeholder, a reference, a path, a URL or a date. A base64 value may open with
 * '/' ("/7gH+Sx33…"): random in its mix, it is no path. */
static bool not_a_stand_in(const char *text, size_t len, size_t upper, size_t lower, size_t digits)
{
    if (text[0] == '/' && len > 1 && upper >= 2 && lower >= 2 && digits >= 2 && memchr(text + 1, '/', len - 1) == NULL) {
        return secret_value_valid(text + 1, len - 1);
    }
    return secret_value_valid(text, len);
}

/* Lower-case letters only, with five consonants in a row somewhere ("lopsvnjbjz"): drawn at
 * random, not a word ("required", "disabled", "changeme" stay). */
static bool random_letters(const char *text, size_t len)
{
    size_t run = 0, longest = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!ascii_lower(c)) {
            return false;
        }
        run = memchr("aeiouy", c, 6) != NULL ? 0 : run + 1;
        longest = run > longest ? run : longest;
    }
    return longest >= 5;
}

/* What a value's characters make it, before the costlier stand-in checks. */
enum value_shape { VALUE_NOT_MADE, VALUE_MADE, VALUE_JOINED_WORDS, VALUE_SHORT };

/* A short password or a PIN, made only under a password's name: 4 to 7 bytes holding
 * letters and digits ("dr5s4", "HvR7u", "b4aeP8L"), or 6 to 12 digits ("400891"); a word
 * ("admin", "secret"), a port or a year holds no such mix and no such run. */
static bool short_or_pin(const char *text, size_t len)
{
    size_t letters = 0, digits = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '`') {
            return false;
        }
        letters += ascii_letter(c) || c >= 0x80;
        digits += ascii_digit(c);
    }
    return (len >= 4 && len < 8 && letters > 0 && digits > 0) || (digits == len && len >= 6 && len <= 12);
}

/* A passphrase in a language's own letters, between quotes: three words or more of three
 * letters or more each (bytes of a UTF-8 letter count as letters), single blanks between
 * them, a number of up to four digits after the last allowed, and a letter past ASCII in
 * one of them ("elg hytte måke", "búho guitarra río sandía"). Plain ASCII words are the
 * passphrase row's (scrub/patterns.c), which knows a sentence's words. */
static bool national_passphrase(const char *text, size_t len)
{
    size_t words = 0, at = 0;
    bool national = false;
    while (at < len) {
        size_t start = at;
        while (at < len && (ascii_letter((unsigned char)text[at]) || (unsigned char)text[at] >= 0x80)) {
            national = national || (unsigned char)text[at] >= 0x80;
            at++;
        }
        if (at - start < 3) {
            size_t digits = start;
            while (digits < len && ascii_digit((unsigned char)text[digits])) {
                digits++;
            }
            return at == start && digits == len && digits - start <= 4 && words >= 3 && national;
        }
        words++;
        if (at < len && (text[at] != ' ' || at + 1 == len || text[at + 1] == ' ')) {
            return false;
        }
        at += at < len;
    }
    return words >= 3 && national;
}

/* `quoted`: the value stood between quotes, its escapes in it ('it''s', "a\"b"): a quote
 * inside it is one of its bytes, not the end of a bare read gone too far. */
static enum value_shape value_shape(const char *text, size_t len, bool bare, bool quoted)
{
    if (!bare && len >= 4 && len <= 12 && short_or_pin(text, len)) {
        return VALUE_SHORT;           /* made under a password's name only */
    }
    if (len < 8 || len > SECRET_KEY_VALUE_MAX || (!quoted && memchr("}])>|,;&", text[0], 8) != NULL)) {
        return VALUE_NOT_MADE;        /* "{{ secrets.X }}@host": the rest of a template (a quoted
                                         value starts at its quote: '>wf664LYBT' is the value) */
    }
    size_t upper = 0, lower = 0, digits = 0, symbols = 0, upper_after_first = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' && quoted) {
            return national_passphrase(text, len) ? VALUE_JOINED_WORDS : VALUE_NOT_MADE;
        }
        if (c <= ' ' || c == 0x7f || (!quoted && (c == '"' || c == '\'' || c == '`'))) {
            return VALUE_NOT_MADE;
        }
        upper += ascii_upper(c);
        upper_after_first += i > 0 && ascii_upper(c);
        lower += ascii_lower(c) || c >= 0x80;
        digits += ascii_digit(c);
        symbols += c < 0x80 && !ascii_alnum(c) && c != '-' && c != '.' && c != '_';
    }
    if (digits > 0 && upper + lower > 0) {
        return VALUE_MADE;
    }
    if (bare) {
        return len >= 12 && upper >= 3 && lower >= 3 ? VALUE_MADE : VALUE_NOT_MADE;
    }
    if (upper_after_first > 0 && lower > 0 && (symbols > 0 || (len >= 12 && upper >= 3))) {
        return VALUE_MADE;            /* "xK!pQr#Lm", "GhTrWqLmZpXv"; not "accessToken", a variable */
    }
    if (random_letters(text, len)) {
        return VALUE_MADE;            /* "lopsvnjbjz": letters no language strings together */
    }
    return joined_words(text, len) ? VALUE_JOINED_WORDS : VALUE_NOT_MADE;
}

/* A password's first symbol, not a template's opening: '{', '[' or '<' that nothing in the
 * value closes ("{3hBzrhm2nzvz", "<RJnt6Bqto"; "{{ x }}", "<password>", "[REDACTED]" are
 * closed), or '@' before letters of both cases and digits ("@XqBLaMzirG8"; "@Microsoft.KeyVault(…)"
 * is a reference). Not '$': before letters and digits it is a variable in the shells, PowerShell,
 * PHP and Perl ("$DbPass2", "$env:Secret1"), and judged as a password it cost more decoys than it
 * found secrets in the never-read halves (session 14: 8 decoys lost in one, 7 secrets found in
 * another). The rest is judged. */
static bool opening_symbol_of_password(const char *text, size_t len, size_t upper, size_t lower, size_t digits)
{
    static const char openers[] = "{[<", closers[] = "}]>";
    const char *opener = len > 1 ? memchr(openers, text[0], 3) : NULL;
    if (opener != NULL) {
        return memchr(text + 1, closers[opener - openers], len - 1) == NULL;
    }
    return len > 1 && text[0] == '@' && text[1] != '{' && text[1] != '(' && upper > 0 && lower > 0 && digits > 0;
}

/* Not a command, a placeholder, a reference, a path, a URL or a date. */
static bool value_stands_for_itself(const char *text, size_t len)
{
    size_t upper = 0, lower = 0, digits = 0;
    for (size_t i = 0; i < len; i++) {
        upper += ascii_upper((unsigned char)text[i]);
        lower += ascii_lower((unsigned char)text[i]);
        digits += ascii_digit((unsigned char)text[i]);
    }
    if (opening_symbol_of_password(text, len, upper, lower, digits)) {
        text++;
        len--;
    }
    return !verb_noun(text, len) && not_a_stand_in(text, len, upper, lower, digits);
}

bool secret_key_value_made(const char *text, size_t len, bool password_word, bool bare)
{
    enum value_shape shape = value_shape(text, len, bare, false);
    return (shape == VALUE_MADE || (shape == VALUE_JOINED_WORDS && password_word))
           && value_stands_for_itself(text, len);
}

/* ---- the reader ---- */

static bool name_byte(unsigned char c)
{
    return c >= 0x80 || ascii_alnum(c) || c == '_' || c == '-' || c == '.';
}

static size_t skip_blanks(const char *text, size_t len, size_t at, size_t most)
{
    size_t limit = len - at < most ? len : at + most;
    while (at < limit && ascii_blank((unsigned char)text[at])) {
        at++;
    }
    return at;
}

/* `word` (lower case) at `at`, caseless. */
static bool word_at(const char *text, size_t len, size_t at, const char *word)
{
    size_t n = strlen(word);
    if (at > len || len - at < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if (ascii_fold((unsigned char)text[at + i]) != (unsigned char)word[i]) {
            return false;
        }
    }
    return true;
}

/* Written as an identifier, not a word of prose: '_', '-' or '.' inside it, a case change
 * inside it, or all capitals ("DB_PASSWORD", "apiKey", "SECRET", "db.password"). */
static bool identifier_shaped(const char *key, size_t len)
{
    size_t upper = 0, lower = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)key[i];
        if (i > 0 && i + 1 < len && (c == '_' || c == '-' || c == '.')) {
            return true;
        }
        upper += ascii_upper(c);
        lower += ascii_lower(c);
        if (i > 0 && ascii_upper(c) && ascii_lower((unsigned char)key[i - 1])) {
            return true;
        }
    }
    return upper >= 3 && lower == 0;
}

/* The key is itself the value of a name, key or type field ("- name: DB_PASSWORD",
 * `key="ApiKey"`, {"key": "client_secret", …}, {"type": "password", "value": …}): the word,
 * a separator and blanks, a quote. */
static bool named_by_field(const char *text, size_t key_start)
{
    size_t at = key_start;
    if (at > 0 && (text[at - 1] == '"' || text[at - 1] == '\'')) {
        at--;
    }
    while (at > 0 && ascii_blank((unsigned char)text[at - 1])) {
        at--;
    }
    if (at == 0 || (text[at - 1] != ':' && text[at - 1] != '=')) {
        return false;
    }
    at--;
    if (at > 0 && (text[at - 1] == '"' || text[at - 1] == '\'')) {
        at--;
    }
    while (at > 0 && ascii_blank((unsigned char)text[at - 1])) {
        at--;
    }
    return (at >= 4 && (word_at(text, at, at - 4, "name") || word_at(text, at, at - 4, "type")))
           || (at >= 3 && word_at(text, at, at - 3, "key"));
}

/* After a name/key field's value: its "value" field, on the line or the next ("\n  value:",
 * `value="`, `, "value": `); returns where the value's separator ends, or 0. */
static size_t value_field_after(const char *text, size_t len, size_t at)
{
    size_t limit = len - at < 48 ? len : at + 48;
    if (at < limit && (text[at] == '"' || text[at] == '\'')) {
        at++;
    }
    while (at < limit && (ascii_space((unsigned char)text[at]) || text[at] == ',')) {
        at++;
    }
    if (at < limit && (text[at] == '"' || text[at] == '\'')) {
        at++;                         /* {"key": "client_secret", "value": "…"} */
    }
    while (at < limit && ascii_letter((unsigned char)text[at]) && !word_at(text, len, at, "value")) {
        at++;                         /* "ParameterValue" */
    }
    if (!word_at(text, len, at, "value")) {
        return 0;
    }
    at += 5;
    if (at < len && (text[at] == '"' || text[at] == '\'')) {
        at++;
    }
    at = skip_blanks(text, len, at, 8);
    return at < len && (text[at] == ':' || text[at] == '=') ? at + 1 : 0;
}

/* An XML element's content: past its attributes to '>', and past one nested <Value> element
 * (<AdministratorPassword>\n  <Value>…</Value>); returns where the content starts, or 0. */
static size_t element_content(const char *text, size_t len, size_t at)
{
    size_t limit = len - at < 160 ? len : at + 160;
    while (at < limit && text[at] != '>' && text[at] != '<' && text[at] != '\n') {
        at++;
    }
    if (at >= limit || text[at] != '>' || text[at - 1] == '/') {
        return 0;
    }
    at++;
    size_t inner = at;
    while (inner < len && inner - at < 40 && ascii_space((unsigned char)text[inner])) {
        inner++;
    }
    if (word_at(text, len, inner, "<value>")) {
        return inner + 7;
    }
    return at;
}

/* An element name after its namespace's prefix: "<wsse:Password …>". */
static bool xml_namespace_before(const char *text, size_t key_start)
{
    if (key_start < 3 || text[key_start - 1] != ':') {
        return false;
    }
    size_t at = key_start - 1;
    while (at > 0 && key_start - at < 24 && ascii_alnum((unsigned char)text[at - 1])) {
        at--;
    }
    return at + 1 < key_start && at > 0 && text[at - 1] == '<';
}

/* Markdown's emphasis around a name or its separator: "**Password:**", "*api_key:*", "__token__ =". */
static size_t skip_emphasis(const char *text, size_t len, size_t at)
{
    for (int i = 0; i < 2 && at < len && (text[at] == '*' || text[at] == '_'); i++) {
        at++;
    }
    return at;
}

/* A wrapper a language puts around a literal: Rust's Some("…"), Str("…"), String::from is
 * not read; Bytes("…"). */
static size_t skip_wrapper(const char *text, size_t len, size_t at)
{
    static const char *const wrappers[] = { "some(", "str(", "string(", "bytes(" };
    if (at >= len || (ascii_fold((unsigned char)text[at]) != 's' && ascii_fold((unsigned char)text[at]) != 'b')) {
        return at;
    }
    for (size_t i = 0; i < COUNT_OF(wrappers); i++) {
        if (word_at(text, len, at, wrappers[i])) {
            return at + strlen(wrappers[i]);
        }
    }
    return at;
}

/* A ';', '&' or ',' that opens the next parameter of a connection string or an option list
 * ("…;EndpointSuffix=…", "…&ssl=true", "-o password=…,vers=3.0"): a name, then '='. Reads
 * 32 bytes at most. */
static bool next_parameter(const char *text, size_t len, size_t at)
{
    if (text[at] != ';' && text[at] != '&' && text[at] != ',') {
        return false;
    }
    size_t name = at + 1;
    while (name < len && name - at <= 32 && (ascii_alnum((unsigned char)text[name]) || text[name] == '_')) {
        name++;
    }
    return name > at + 1 && name < len && text[name] == '=';
}

/* The key is a template's expression ("${{ secrets.DEPLOY_TOKEN }}", "{{ .Values.token }}"):
 * what follows it is the template's, not a value. */
static bool inside_template(const char *text, size_t key_start)
{
    size_t at = key_start;
    while (at > 0 && key_start - at < 8 && (ascii_blank((unsigned char)text[at - 1]) || text[at - 1] == '.')) {
        at--;
    }
    return at > 0 && text[at - 1] == '{';
}

/* Where a word of letters and apostrophes from `at` ends, 16 bytes at most. */
static size_t word_end(const char *text, size_t len, size_t at)
{
    size_t end = at;
    while (end < len && end - at < 16
           && (ascii_letter((unsigned char)text[end]) || (unsigned char)text[end] >= 0x80 || text[end] == '\'')) {
        end++;
    }
    return end;
}

/* Does a run of VALUE_MIN bytes or more with a digit in it start at `at` (a value a token's or
 * a password's shape may make), not a word of prose? Reads 4 * VALUE_MIN bytes at most. */
static bool token_run_at(const char *text, size_t len, size_t at)
{
    enum { VALUE_MIN = 8 };
    bool digit = false;
    size_t end = at;
    while (end < len && end - at < 4 * VALUE_MIN && !ascii_space((unsigned char)text[end]) && text[end] != ','
           && text[end] != ')') {
        digit = digit || ascii_digit((unsigned char)text[end]);
        end++;
    }
    return digit && end - at >= VALUE_MIN;
}

/* The value after blanks at `at`, if a token's run starts there; else 0. */
static size_t token_after_blanks(const char *text, size_t len, size_t at)
{
    size_t value = skip_blanks(text, len, at, 2);
    return value > at && token_run_at(text, len, value) ? value : 0;
}

/* The value set off at `at` by a comma and blanks or by an opening bracket, if a token's run
 * starts there; else 0. */
static size_t set_off_token(const char *text, size_t len, size_t at)
{
    if (at < len && text[at] != ',') {
        at = skip_blanks(text, len, at, 2);   /* "the license key (…)" */
    }
    if (at >= len || (text[at] != ',' && text[at] != '(')) {
        return 0;
    }
    size_t value = skip_blanks(text, len, at + 1, 2);
    if (text[at] == ',' && value == at + 1) {
        return 0;
    }
    return token_run_at(text, len, value) ? value : 0;
}

/* The end of a label's word at `word`: letters and apostrophes, or a qualifier in round or
 * square brackets ("(prod)", "[neu]"); 0 if none starts there. */
static size_t label_word_end(const char *text, size_t len, size_t word)
{
    bool bracketed = word < len && (text[word] == '(' || text[word] == '[');
    size_t end = word_end(text, len, word + bracketed);
    if (end == word + bracketed) {
        return 0;
    }
    while (end + 1 < len && text[end] == '-' && end - word < 32) {
        size_t part_end = word_end(text, len, end + 1);   /* "Stripe-kontoen", "API-Schlüssel" */
        if (part_end == end + 1) {
            break;
        }
        end = part_end;
    }
    if (!bracketed) {
        return end;
    }
    return end < len && text[end] == (text[word] == '(' ? ')' : ']') ? end + 1 : 0;
}

/* Where the next byte that may end a label's words is, from `at`: a ':', ',' or '(' (the
 * label's colon, or what sets its value off), or the line's end. With `memory` each byte is
 * read once per scan (anchors come in text order); without it, LABEL_REACH bytes at most. */
enum { LABEL_REACH = 72 };
static size_t next_label_mark(const char *text, size_t len, size_t at, struct secret_key_memory *memory,
                              size_t *examined)
{
    if (memory != NULL && memory->mark_at != 0 && memory->mark_from <= at && at <= memory->mark_at) {
        return memory->mark_at;
    }
    size_t limit = memory != NULL || len - at < LABEL_REACH ? len : at + LABEL_REACH;
    size_t mark = at;
    while (mark < limit && text[mark] != ':' && text[mark] != ',' && text[mark] != '(' && text[mark] != '\n') {
        mark++;
    }
    *examined += mark - at;
    if (memory != NULL) {
        memory->mark_from = at;
        memory->mark_at = mark;
    }
    return mark;
}

/* After a credential word in prose: a copula of the six languages ("is", "er", "är",
 * "ist", "lautet", "est", "c'est", "es", a ',' before it allowed), then "now" in the six
 * languages at most; or a label's last words before its colon ("token de acceso:",
 * "jeton d'accès :", "clé Twilio pour prod :", three short words at most, one of them may
 * be a qualifier in brackets: "API token (prod):"). Those are PROSE_SAID. Then the forms
 * whose value only a token's or a password's shape tells from prose (PROSE_TOKEN_ONLY): the value set off
 * by a comma or a bracket after the credential word and up to three words ("the license
 * key, …, expires", "nøkkelen til kontoen, …,", "der Schlüssel für das Portal (…)"); and
 * after a preposition and one word, bare ("el token de acceso …", "la clé d'accès …",
 * "nøkkelen til Stripe …"). Returns where the value starts, or 0. */
static size_t after_copula(const char *text, size_t len, size_t at, struct secret_key_memory *memory,
                           enum prose_form *form, size_t *examined)
{
    static const char *const copulas[] = { "is", "was", "er", "var", "ble", "blir", "\xc3\xa4r", "blev", "ist",
                                           "lautet", "war", "est", "c'est", ("c\xe2\x80\x99" "est"), "es", "era",
                                           "lyder", "vaut" };
    static const char *const nows[] = { "now", "jetzt", "n\xc3\xa5", "nu", "maintenant", "ahora" };
    static const char *const prepositions[] = { "for", "de", "del", "du", "des", "pour", "til", "till",
                                                "f\xc3\xb6r", "f\xc3\xbcr", "para" };
    *form = PROSE_SAID;
    size_t value = set_off_token(text, len, at);
    if (value != 0) {
        *form = PROSE_TOKEN_ONLY;
        return value;                 /* "the license key, 3f2b…:eu, …", "the key (3f2b…)" */
    }
    if (at < len && text[at] == ',') {
        at++;
    }
    size_t word = skip_blanks(text, len, at, 4);
    size_t end = label_word_end(text, len, word);
    if (word == at || end == 0) {
        return 0;
    }
    if (end < len && ascii_blank((unsigned char)text[end]) && caseless_in_list(text + word, end - word, copulas,
                                                                             COUNT_OF(copulas))) {
        size_t next = skip_blanks(text, len, end, 4);
        size_t next_end = word_end(text, len, next);
        if (next_end < len && ascii_blank((unsigned char)text[next_end])
            && caseless_in_list(text + next, next_end - next, nows, COUNT_OF(nows))) {
            return skip_blanks(text, len, next_end, 4);
        }
        return next;
    }
    /* A preposition and one word, or French's d' glued to it, then the value bare: "token de
     * acceso …", "clé d'accès …". */
    bool elided = end - word > 2 && ascii_fold((unsigned char)text[word]) == 'd' && text[word + 1] == '\'';
    bool preposition = end - word <= 4 && memchr("fdpt", ascii_fold((unsigned char)text[word]), 4) != NULL
                       && caseless_in_list(text + word, end - word, prepositions, COUNT_OF(prepositions));
    if (elided || preposition) {
        size_t thing = elided ? word + 2 : skip_blanks(text, len, end, 2);
        size_t thing_end = label_word_end(text, len, thing);
        if (thing_end > thing && thing_end < len && ascii_blank((unsigned char)text[thing_end])
            && (value = token_after_blanks(text, len, thing_end)) != 0) {
            *form = PROSE_TOKEN_ONLY;
            return value;
        }
    }
    /* A label's last words: up to three of letters, apostrophes and inner hyphens (20 bytes
     * each) or one in brackets, then ':'; or then a comma or a bracket and the value set off by
     * it. Read only when such a mark is near: packed words have none. */
    if (next_label_mark(text, len, at, memory, examined) - at > LABEL_REACH) {
        return 0;
    }
    for (int words = 0; words < 3 && end > word && end - word <= 20; words++) {
        size_t colon = skip_blanks(text, len, end, 2);
        if (colon < len && text[colon] == ':' && colon + 1 < len && ascii_blank((unsigned char)text[colon + 1])) {
            return colon + 1;
        }
        if ((value = set_off_token(text, len, colon)) != 0) {
            *form = PROSE_TOKEN_ONLY;
            return value;
        }
        word = skip_blanks(text, len, end, 2);
        if (word == end || (end = label_word_end(text, len, word)) == 0) {
            return 0;
        }
    }
    return 0;
}

/* The key around the anchor: the run of name bytes that holds the anchor's last byte, if it
 * is SECRET_KEY_MAX bytes or shorter. A run `memory` holds was read by an earlier anchor:
 * the same key, so nothing new (false). A longer run is read to its end once and kept, so
 * that the anchors after it in the run read nothing. */
static bool key_around(const char *text, size_t len, size_t anchor_end, struct secret_key_memory *memory,
                       size_t *key_start, size_t *key_end, size_t *examined)
{
    if (memory != NULL && memory->run_end != 0 && memory->run_start < anchor_end && anchor_end <= memory->run_end) {
        return false;
    }
    size_t start = anchor_end;
    while (start > 0 && anchor_end - start < SECRET_KEY_MAX && name_byte((unsigned char)text[start - 1])) {
        start--;
    }
    size_t end = anchor_end;
    while (end < len && end - start < SECRET_KEY_MAX && name_byte((unsigned char)text[end])) {
        end++;
    }
    bool longer = (start > 0 && name_byte((unsigned char)text[start - 1]))
                  || (end < len && name_byte((unsigned char)text[end]));
    if (longer && memory != NULL) {
        while (end < len && name_byte((unsigned char)text[end])) {
            end++;
        }
    }
    *examined = end - start;
    if (memory != NULL) {
        memory->run_start = start;
        memory->run_end = end;
    }
    *key_start = start;
    *key_end = end;
    return !longer;                   /* longer than any key */
}

/* Does a bare value end at `at`: a blank, a quote, '<', the ',' after a name field's value,
 * or a ';', '&' or ',' that opens the next parameter? */
static bool bare_value_ends(const char *text, size_t len, size_t at, bool paired)
{
    unsigned char c = (unsigned char)text[at];
    return c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '<' || (paired && c == ',')
           || ((c == ';' || c == '&' || c == ',') && next_parameter(text, len, at));
}

/* Where the bare value from `start` ends, `limit` at most. What `memory` holds of an earlier
 * anchor's read is not read again: a packed run of assignments holds no end for 100 KB. */
static size_t bare_value_end(const char *text, size_t len, size_t start, size_t limit, bool paired,
                             struct secret_key_memory *memory, size_t *examined)
{
    size_t end = start;
    bool known = memory != NULL && memory->value_paired == paired && memory->value_from <= start
                 && start <= memory->value_to;
    if (known && memory->value_ended) {
        return memory->value_to < limit ? memory->value_to : limit;
    }
    if (known) {
        if (memory->value_to >= limit) {
            return limit;
        }
        end = memory->value_to;       /* no end before it */
    }
    size_t from = end;
    while (end < limit && !bare_value_ends(text, len, end, paired)) {
        end++;
    }
    *examined += end - from;
    if (memory != NULL) {
        memory->value_from = known ? memory->value_from : start;
        memory->value_to = end;
        memory->value_ended = end < limit || end == len;
        memory->value_paired = paired;
    }
    return end;
}

/* Does a doubled quote at `at` stand for the quote inside a value (SQL's 'it''s', YAML's and
 * PowerShell's '…''…', ADO.NET's "…""…"), not end it: a byte follows the pair that no value
 * ends before (an empty value '' ends at a ',', ';', ')', '}', a blank or the line's end). */
static bool doubled_quote(const char *text, size_t limit, size_t at, char quote)
{
    return at + 2 < limit && text[at + 1] == quote && memchr(",;)]}", text[at + 2], 5) == NULL
           && !ascii_space((unsigned char)text[at + 2]);
}

/* Where a value in ODBC's braces, from `from` (the byte after '{'), ends: at its lone closing
 * '}' ("}}" is one '}' in it), or at the line's end or `limit`. */
static size_t odbc_brace_end(const char *text, size_t limit, size_t from)
{
    size_t end = from;
    while (end < limit && text[end] != '\n' && (text[end] != '}' || (end + 1 < limit && text[end + 1] == '}'))) {
        end += text[end] == '}' ? 2 : 1;
    }
    return end;
}

/* A value in ODBC's braces from `start` ("Pwd={p@ss;word}", "PWD={a}}b};"): '{' before no
 * other '{' (a template's "{{ x }}"), its closing '}' on the line, ';', a blank, a quote or the
 * text's end after it. Reads SECRET_KEY_VALUE_MAX bytes at most. */
static bool odbc_braced(const char *text, size_t len, size_t start)
{
    if (start + 1 >= len || text[start] != '{' || text[start + 1] == '{' || text[start + 1] == '}') {
        return false;
    }
    size_t limit = len - start < SECRET_KEY_VALUE_MAX + 2 ? len : start + SECRET_KEY_VALUE_MAX + 2;
    size_t end = odbc_brace_end(text, limit, start + 1);
    if (end >= limit || text[end] != '}') {
        return false;
    }
    return end + 1 == len || text[end + 1] == ';' || ascii_space((unsigned char)text[end + 1]) || text[end + 1] == '"'
           || text[end + 1] == '\'';
}

/* A YAML block scalar at `at` ("|", ">", "|-", ">+", "|2-"), nothing after it on its line but
 * blanks, and the next line indented: where that line's content starts (its one line is the
 * value, blanks inside it), or 0. Reads 24 bytes and the indent (16 at most). */
static size_t block_scalar_content(const char *text, size_t len, size_t at)
{
    if (at >= len || (text[at] != '|' && text[at] != '>')) {
        return 0;
    }
    size_t end = at + 1;
    for (int i = 0; i < 2 && end < len && (text[end] == '-' || text[end] == '+' || ascii_digit((unsigned char)text[end])); i++) {
        end++;
    }
    end = skip_blanks(text, len, end, 16);
    if (end < len && text[end] == '\r') {
        end++;
    }
    if (end >= len || text[end] != '\n') {
        return 0;
    }
    size_t content = skip_blanks(text, len, end + 1, 16);
    return content > end + 1 && content < len && !ascii_space((unsigned char)text[content]) ? content : 0;
}

/* Where a value quoted by `quote` from `start` ends: its closing quote on the line, `limit`
 * if none. The container's escapes are inside it: in "…" a backslash takes the byte after it
 * (JSON, YAML, TOML, .env, a shell's \" and \\) and PowerShell's backtick does (`" only where a
 * value byte follows, as for a doubled quote: JSON's "…`" ends at its quote); in '…' a
 * backslash is a byte of the value ('C:\Temp\'); a doubled quote is one (doubled_quote); in ODBC's
 * braces (quote '}') "}}" is one '}' and a lone '}' closes; in XML's CDATA (quote ']') "]]>"
 * closes; in bash's $'…' (quote '$') a backslash takes the next byte and '\'' closes. */
static size_t quoted_value_end(const char *text, size_t limit, size_t start, char quote)
{
    size_t end = quote == '}' ? odbc_brace_end(text, limit, start) : start;
    while (quote == ']' && end < limit && text[end] != '\n'
           && !(text[end] == ']' && end + 2 < limit && text[end + 1] == ']' && text[end + 2] == '>')) {
        end++;
    }
    char close = quote == '$' ? '\'' : quote;
    while (quote != '}' && quote != ']' && end < limit && text[end] != '\n') {
        if (quote == '$' && text[end] == '\\' && end + 1 < limit && text[end + 1] != '\n') {
            end += 2;
        } else if (quote == '"' && end + 1 < limit && text[end + 1] != '\n'
            && (text[end] == '\\' || (text[end] == '`' && (text[end + 1] != '"' || doubled_quote(text, limit, end, '"'))))) {
            end += 2;
        } else if (text[end] != close) {
            end++;
        } else if (end > start && doubled_quote(text, limit, end, quote)) {
            end += 2;
        } else {
            break;
        }
    }
    return end < limit ? end : limit;
}

/* Label words before the key, in a table's cell or before a colon ("| DB password |",
 * "backup master key: …"), for the judge: where they start. Read only for a labelled key. */
static size_t label_start_of(const char *text, size_t key_start, size_t key_end)
{
    size_t label_start = key_start;
    for (int words = 0; words < 3 && label_start > 1 && text[label_start - 1] == ' '
                        && name_byte((unsigned char)text[label_start - 2]);
         words++) {
        size_t before = label_start - 1;
        while (before > 0 && key_end - before < SECRET_KEY_MAX && name_byte((unsigned char)text[before - 1])) {
            before--;
        }
        label_start = before;
    }
    return label_start;
}

bool secret_key_read(const char *text, size_t len, size_t anchor_end, struct secret_key_memory *memory,
                     struct secret_assignment *found, size_t *examined)
{
    *examined = 0;
    size_t key_start, key_end;
    if (!key_around(text, len, anchor_end, memory, &key_start, &key_end, examined)) {
        return false;
    }
    bool dashed = false;
    while (key_start < key_end && (text[key_start] == '-' || text[key_start] == '.')) {
        dashed = dashed || text[key_start] == '-';
        key_start++;
    }
    while (key_end > key_start && (text[key_end - 1] == '-' || text[key_end - 1] == '.')) {
        key_end--;
    }
    if (key_end == key_start) {
        return false;
    }
    unsigned char before_key = key_start > 0 ? (unsigned char)text[key_start - 1] : 0;
    if ((before_key == '#' || before_key == '@') && key_start > 1
        && (text[key_start - 2] == '"' || text[key_start - 2] == '\'')) {
        before_key = (unsigned char)text[key_start - 2];   /* page.fill("#password", "…") */
    }
    size_t at = key_end;
    bool quoted_key = false;
    if ((before_key == '"' || before_key == '\'') && at < len && (unsigned char)text[at] == before_key) {
        quoted_key = true;
        at++;
    }
    if (at < len && text[at] == ']') {
        at++;                         /* os.environ["API_TOKEN"] = … */
    }
    at = skip_emphasis(text, len, at);    /* **Password:** …, *api_key:* … */
    bool cell = false;
    if (at < len && text[at] == '<' && before_key != '<') {
        at = markup_tags_skip(text, len, at, &cell); /* <strong>Contraseña</strong>: …, <td>Password</td><td>… */
    }
    size_t gap = skip_blanks(text, len, at, 16);
    if (gap + 1 < len && (text[gap] == '?' || text[gap] == '+') && text[gap + 1] == '=') {
        gap++;                        /* Make's API_TOKEN ?= …, += */
    }
    bool bare = false, labelled = false, paired = false;
    enum prose_form prose = PROSE_NONE;
    size_t value_at = 0;
    char c = gap < len ? text[gap] : '\n';
    if (cell) {
        value_at = at;
        labelled = true;
    } else if (before_key == '<' || xml_namespace_before(text, key_start)) {
        before_key = '<';
        value_at = element_content(text, len, at);
    } else if (named_by_field(text, key_start)) {
        value_at = value_field_after(text, len, key_end);
        paired = true;
    } else if (c == '=' && gap + 1 < len && text[gap + 1] != '=') {
        value_at = gap + 1 + (text[gap + 1] == '>');
    } else if (c == ':' && gap + 1 < len && text[gap + 1] != ':') {
        value_at = gap + 1 + (text[gap + 1] == '=');
        labelled = true;
    } else if (c == '(' || (c == ',' && quoted_key)) {
        value_at = gap + 1;           /* setPassword("…"), t.Setenv("DB_PASSWORD", "…"): quoted */
        size_t quote = skip_blanks(text, len, value_at, 8);
        if (quote >= len || (text[quote] != '"' && text[quote] != '\'' && text[quote] != '`')) {
            /* @Microsoft.KeyVault(VaultName=…): a call, no value; "API token (prod): …", "the
             * key (…)": prose */
            value_at = c == '(' && gap > at ? after_copula(text, len, at, memory, &prose, examined) : 0;
            bare = value_at != 0;
        }
    } else if (c == '|') {
        value_at = gap + 1;           /* | DB_PASSWORD | … | */
        labelled = true;
    } else if ((value_at = after_copula(text, len, at, memory, &prose, examined)) != 0) {
        bare = true;                  /* "der API-Schlüssel ist jetzt …", "le secret, c'est …" */
    } else if (gap > at && c != '\n' && c != '\r' && (dashed || identifier_shaped(text + key_start, key_end - key_start))) {
        value_at = gap;               /* ENV DB_PASSWORD …, --db-password …, SetEnv API_TOKEN … */
        bare = true;
    }
    *examined += gap - key_end;
    if (value_at == 0 || inside_template(text, key_start)) {
        return false;
    }
    /* The value: quoted to its closing quote on the line, or bare to a blank, a quote or '<'. */
    size_t start = skip_blanks(text, len, skip_emphasis(text, len, skip_blanks(text, len, value_at, 16)), 16);
    if (start < len && text[start] == '<' && before_key != '<') {
        bool ignored;
        start = skip_blanks(text, len, markup_tags_skip(text, len, start, &ignored), 16);   /* <b>Password:</b> … */
    }
    start = skip_wrapper(text, len, start);
    char quote = start < len && (text[start] == '"' || text[start] == '\'' || text[start] == '`') ? text[start] : 0;
    if (quote == 0 && start + 1 < len && text[start] == '$' && text[start + 1] == '\'') {
        start++;                      /* PGPASSWORD=$'…\'…': bash's ANSI-C quotes, backslash escapes */
        quote = '$';
    }
    if (quote == 0 && c == '=' && odbc_braced(text, len, start)) {
        quote = '}';                  /* Pwd={a;b}}c}: ODBC's braces, '}}' one '}' in them */
    }
    if (quote == 0 && before_key == '<' && len - start > 9 && memcmp(text + start, "<![CDATA[", 9) == 0) {
        start += 8;                   /* <password><![CDATA[a<b&c]]></password>: to "]]>" */
        quote = ']';
    }
    size_t block = quote == 0 && labelled ? block_scalar_content(text, len, start) : 0;
    if (block != 0) {
        start = block - 1;            /* password: |-\n    …: the next line is the value (its first
                                         byte stepped over below, as a quote's) */
        quote = '\n';
    }
    start += quote != 0;
    size_t end = start;
    size_t limit = len - start < SECRET_KEY_VALUE_MAX + 1 ? len : start + SECRET_KEY_VALUE_MAX + 1;
    if (quote == '\n') {
        end = quoted_value_end(text, limit, start, quote);
        *examined += end - key_end;
        if (end == limit && end != len) {
            return false;
        }
        while (end > start && (ascii_blank((unsigned char)text[end - 1]) || text[end - 1] == '\r')) {
            end--;
        }
    } else if (quote != 0) {
        end = quoted_value_end(text, limit, start, quote);
        *examined += end - key_end;
        if (end == limit || text[end] != (quote == '$' ? '\'' : quote)) {
            return false;
        }
    } else {
        *examined += start - key_end;
        end = bare_value_end(text, len, start, limit, paired, memory, examined);
        while (end > start && memchr(",;)]}.", text[end - 1], 6) != NULL) {
            end--;
        }
        bool closed = end < len && text[end] == '"';
        for (int escapes = 0; escapes < 2 && closed && end > start + 2 && text[end - 2] == '\\'
                              && memchr("0nrt", text[end - 1], 4) != NULL; escapes++) {
            end -= 2;                 /* write(3, "PASS s3cret\r\n", 13): a C string's escapes */
        }
        if (before_key == '<' && (end >= len || text[end] != '<')) {
            return false;
        }
    }
    if (end - start < 4 || end - start > SECRET_KEY_VALUE_MAX || (dashed && text[start] == '-')) {
        return false;
    }
    if (!dashed && end - start < 8 && ((bare && quote == 0) || !short_or_pin(text + start, end - start))) {
        return false;                 /* under 8 bytes only a short password or a PIN is made (value_shape):
                                         refused here, "api_key api_key …" costs no judgement */
    }
    *found = (struct secret_assignment){ .key_start = key_start, .key_end = key_end, .value_start = start,
                                         .value_end = end, .judged_start = labelled ? label_start_of(text, key_start, key_end) : key_start,
                                         .bare = bare && quote == 0, .flag = dashed, .quote = quote,
                                         .prose = prose,
                                         .query = c == '=' && (before_key == '?' || before_key == '&') };
    return true;
}

/* Is the key's last word one that holds something about a credential ("AWS_ACCESS_KEY_ID",
 * "secretName", "token_url")? Read back from its end without splitting the whole key: most
 * keys the judge refuses are refused by it. GCP's "private_key_id" is left to the judge. */
static bool last_word_other_thing(const struct secret_words *set, const char *key, size_t len)
{
    char word[16];
    size_t n = 0;
    while (n < len && n < sizeof word) {
        unsigned char c = (unsigned char)key[len - 1 - n];
        if (!ascii_letter(c)) {
            break;
        }
        word[sizeof word - 1 - n] = (char)ascii_fold(c);
        n++;
        if (ascii_upper(c) && n < len && ascii_lower((unsigned char)key[len - 1 - n])) {
            break;                    /* "secretName": the camel word "Name" */
        }
    }
    if (n == 0 || n == sizeof word) {
        return false;
    }
    const char *last = word + sizeof word - n;
    if (word_kind(set, last, n) != WORD_OTHER_THING) {
        return false;
    }
    return !(n == 2 && memcmp(last, "id", 2) == 0 && len >= 14 && ascii_fold((unsigned char)key[len - 14]) == 'p');
}

/* A token, not a word, a number, a path or a version: 16 bytes or more of letters, digits and
 * '_', '-', ':', '.', '+', '=', with letters and digits alternating four times or more
 * ("K7Q2M9X4…", "3f2b8c1e-9a4d-…"; not "ORDER-2024-0001", "v1.2.3-release"). */
static bool token_shaped(const char *text, size_t len)
{
    if (len < 16 || len > SECRET_KEY_VALUE_MAX) {
        return false;
    }
    size_t alternations = 0;
    enum char_class last = CHAR_SEPARATOR;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (!ascii_alnum(c) && memchr("_-:.+=", c, 6) == NULL) {
            return false;
        }
        enum char_class class = ascii_class(c);
        if (class == CHAR_UPPER) {
            class = CHAR_LOWER;
        }
        if (class != CHAR_SEPARATOR) {
            alternations += last != CHAR_SEPARATOR && class != last;
            last = class;
        }
    }
    return alternations >= 4;
}

/* A password, not a word, a code or a reference: 8 to 64 bytes with a capital, a small
 * letter and a digit, no blank ("Xk7!pQ2rLm"; not "ABC-12345", "v2-final", "Version2"). */
static bool password_shaped(const char *text, size_t len)
{
    if (len < 8 || len > 64) {
        return false;
    }
    size_t upper = 0, lower = 0, digits = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c <= ' ') {
            return false;
        }
        upper += ascii_upper(c) && i > 0;
        lower += ascii_lower(c);
        digits += ascii_digit(c);
    }
    return upper > 0 && lower > 0 && digits > 0;
}

/* The key is the word "key" alone: a credential's name only in prose ("the key is …",
 * "Der Key lautet: …") or a URL's query ("?key=…"), before a token. */
static bool lone_key(const char *text, const struct secret_assignment *found)
{
    return found->key_end - found->judged_start == 3 && caseless_equals(text + found->judged_start, 3, "key");
}

/* The word before the key, a blank between, says what kind of key it is that is no secret
 * ("the sort key is …", "the public key is …", "a foreign key, …"). */
static bool other_thing_before(const struct secret_words *set, const char *text, size_t key_start)
{
    char word[16];
    if (key_start < 2 || !ascii_blank((unsigned char)text[key_start - 1])) {
        return false;
    }
    size_t end = key_start - 1, start = end;
    while (start > 0 && end - start < sizeof word && ascii_letter((unsigned char)text[start - 1])) {
        start--;
    }
    if (start == end || end - start == sizeof word) {
        return false;
    }
    for (size_t i = start; i < end; i++) {
        word[i - start] = (char)ascii_fold((unsigned char)text[i]);
    }
    return word_kind(set, word, end - start) == WORD_OTHER_THING;
}

bool secret_key_assignment_holds(const struct secret_words *set, const char *text,
                                 const struct secret_assignment *found)
{
    const char *value = text + found->value_start;
    size_t len = found->value_end - found->value_start;
    if (last_word_other_thing(set, text + found->key_start, found->key_end - found->key_start)) {
        return false;                 /* "AWS_ACCESS_KEY_ID=AKIA…": refused before the value is read */
    }
    bool alone = lone_key(text, found);
    if (found->prose == PROSE_TOKEN_ONLY || alone) {
        bool shaped = token_shaped(value, len) || (!alone && password_shaped(value, len));
        return (!alone || found->prose != PROSE_NONE || found->query) && shaped
               && !(alone && other_thing_before(set, text, found->judged_start))
               && (alone || secret_key_names_credential(set, text + found->judged_start,
                                                        found->key_end - found->judged_start))
               && value_stands_for_itself(value, len);
    }
    if (found->flag) {                /* --db-password 'x7Yq!pw': a flag's value is the secret as given */
        return len >= 4 && flag_names_credential(set, text + found->key_start, found->key_end - found->key_start)
               && value_stands_for_itself(value, len);
    }
    enum value_shape shape = value_shape(value, len, found->bare, found->quote != 0);
    return shape != VALUE_NOT_MADE
           && secret_key_names_credential(set, text + found->judged_start, found->key_end - found->judged_start)
           && (shape != VALUE_JOINED_WORDS || !secret_key_names_credential(set, value, len))   /* "Mot de passe" */
           && (shape == VALUE_MADE || names_password(text + found->key_start, found->key_end - found->key_start))
           && value_stands_for_itself(value, len);
}

/* Hyperscan's \s: blank, tab, newline, vertical tab, form feed, carriage return. */
static bool labelled_value_byte(char c)
{
    return !(c == ' ' || (c >= '\t' && c <= '\r') || c == '"' || c == '\'' || c == '`');
}

size_t labelled_key_end(const char *text, size_t len, size_t stem_end, size_t *examined)
{
    enum { VALUE = 16 };
    *examined += 5;
    if (stem_end < 5 || stem_end > len || ascii_fold((unsigned char)text[stem_end - 3]) != 'k'
        || ascii_fold((unsigned char)text[stem_end - 2]) != 'e' || ascii_fold((unsigned char)text[stem_end - 1]) != 'y'
        || (text[stem_end - 4] != ' ' && text[stem_end - 4] != '\t')
        || !ascii_alnum((unsigned char)text[stem_end - 5])) {
        return 0;
    }
    size_t colon = skip_blanks(text, len, stem_end, SIZE_MAX);
    *examined += colon - stem_end + 1;
    if (colon >= len || text[colon] != ':') {
        return 0;
    }
    size_t value = skip_blanks(text, len, colon + 1, SIZE_MAX);
    *examined += value - colon;
    if (value < len && (text[value] == '"' || text[value] == '\'' || text[value] == '`')) {
        value++;
    }
    if (len - value < VALUE) {
        return 0;
    }
    for (size_t at = value; at < value + VALUE; at++) {
        *examined += 1;
        if (!labelled_value_byte(text[at])) {
            return 0;
        }
    }
    return value + VALUE;
}
