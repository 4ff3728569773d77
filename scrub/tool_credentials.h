/* tool_credentials.h — credentials in the places admin work writes them with no key before
 * them: a login pair after a login word, a PHP constant's define(), and an admin tool's own
 * argument (net-snmp's -A/-X, kickstart's rootpw, wpa_passphrase). Found by the census of
 * admin tools, migrations and runbooks (tests/scrub/census/admin_secrets.jsonl, written
 * before these rules were); read for the secret_places forms SECRET_PLACE_LOGIN …
 * SECRET_PLACE_TOOL (scrub/secret_places.h).
 *
 * Not read: an entrance's or an alarm's code ("the door code is 5958", "Portkoden er …").
 * The census counts one a secret; a reader of them (a code word whose compound head or
 * phrase names a door, gate, key box or alarm in the six languages) was built and taken
 * out the same session: the readable half dev4 writes "and the door code is 5958, don't
 * share it" five times as a thing to keep, and masking it lost five decoys there.
 *
 * Login. "The admin login for the scanner is admin / …", "Innlogging til styreportalen:
 * leder@lag.no / …", "**Temp login:** kari@example.org / …", "Zugang: ops / …", "acceso:
 * admin / …". Hyperscan finds TOOL_LOGIN_ANCHOR, a slash between blanks; the value after it
 * is made like a secret (secret_place_value_made) or is eight letters or more in mixed case
 * past the first ("CTiDIhYQTXZgyVzbNB"), the word before it is a user name or an
 * address, and a login word (login, logon, sign-in, credentials, creds, username;
 * innlogging, pålogging, brukernavn; inloggning, användarnamn; Zugang, Anmeldung,
 * Benutzername; accès, identifiants, connexion, utilisateur; acceso, credenciales, usuario)
 * stands on the line at most TOOL_LOGIN_CONTEXT bytes before the user.
 *
 * Define. PHP's define('NAME', '…') for a constant whose last word names a secret (KEY,
 * SALT, PASSWORD, PASS, PWD, SECRET, TOKEN, PASSPHRASE) and no word a public part or a
 * setting (PUBLIC, ID, NAME, USER, HOST, FILE, PATH, URL, CHARSET …): wp-config.php's
 * DB_PASSWORD, AUTH_KEY … NONCE_SALT, whose values hold blanks, quotes of the other kind
 * and any symbol. Hyperscan finds TOOL_DEFINE_ANCHOR; the value is the quoted string whole,
 * made like a secret, or with blanks in it three classes of characters of four (WordPress's
 * "put your unique phrase here" is not).
 *
 * Tool. An argument only one tool gives a password's meaning (TOOL_ARGUMENT_ANCHOR, case as
 * written): net-snmp's "-A" (authentication passphrase) and "-X" (privacy passphrase) on a
 * line whose command is snmpwalk, snmpget, snmpset, snmpbulkwalk, … (8 bytes at least, the
 * tools' minimum); keytool's and jarsigner's "-storepass", "-keypass", "-srcstorepass",
 * "-deststorepass", "-srckeypass", "-destkeypass" (6 bytes at least, keytool's minimum; a line of any length,
 * where the row of scrub/patterns.c reads 100 bytes past "keytool"); kickstart's "rootpw
 * [--plaintext|--iscrypted] …" at a line's start (a
 * crypt hash too: it is cracked offline); "wpa_passphrase SSID …" (8 to 63 bytes). The
 * value is one shell word, quoted or bare, not a placeholder or a variable.
 *
 * Devices and chat services (the census credentials3.jsonl, round 3 of the credentials
 * censuses; the same anchor, case as written): Cisco's "username … password 0 …", "enable
 * secret 0 …" (type 0: the plain text follows), Huawei's "password irreversible-cipher …",
 * "password cipher …", "snmp-agent community read cipher …", Cisco WLC's "set-key ascii 0
 * …", tac_plus's "login = cleartext …", haproxy's "insecure-password …" and "stats auth
 * user:…", EdgeOS's "plaintext-password …", keepalived's "auth_pass …", Aruba's "mgmt-user
 * USER ROLE …", IRC's "NickServ IDENTIFY [nick] …" and "NickServ REGISTER … email", ZNC's
 * "/quote PASS user/network:…": the value is the next shell word, 4 bytes at least, not a
 * placeholder or a variable. A crypt hash after "password" (haproxy's "user kari password
 * $2b$…", "password $6$…"): the hash whole, as round 2 decided for every stored hash in a
 * credential's place (it is cracked offline). The forms that hold "password", "secret" or
 * "pass" (type 0, "password cipher", the hash, "insecure-password", "plaintext-password",
 * "auth_pass") are read from the credential word's own anchor (SECRET_KEY_ANCHOR,
 * `tool_key_word_read`): as anchors of their own, the words made the scan of 100 KB of "the
 * password is …" sentences 5.9 % dearer and of .netrc entries 3.9 % (callgrind).
 *
 * Not a PIN. A PIN after its word ("PIN: 4821", "PIN-koden er 4821") was read here and taken
 * out: on three never-read halves it masked nine numbers their authors kept as decoys and
 * found no value there; the census still counts its PINs as misses.
 *
 * BitLocker. A recovery key (eight groups of six digits joined by '-') on the line of the
 * word "BitLocker" or the next.
 *
 * Codes. A heading that names backup or recovery codes in the six languages (backup codes,
 * recovery codes, 2FA/MFA codes; reservekoder, gjenopprettingskoder; reservkoder,
 * återställningskoder; Backup-Codes, Wiederherstellungscodes, Notfallcodes; codes de
 * secours, codes de récupération; códigos de respaldo, códigos de recuperación;
 * TOOL_CODES_ANCHOR, caseless, its words one space apart: "[ \t]+" between them made every
 * "secret " of a text start an engine, 7.8 % of a text of credential words), then a colon
 * on its line (TOOL_CODES_HEAD bytes at most on): the codes after the colon on the same
 * line, or the lines after it (one empty line allowed before the first) while each is, past
 * a bullet, a number or a chat line's "[14:32] name: ", only codes (TOOL_CODES_LINES lines at most). A code: 4 to 12 letters and digits
 * in groups joined by '-', with a digit or a '-' ("0401 9896", "xkx5-68xz", "jmdt-ceha";
 * never "keep" or "them"). Each line's codes are one span, reported to a callback.
 *
 * Answers. A security question named in the six languages (security question, sikkerhets-
 * spørsmål, säkerhetsfråga, Sicherheitsfrage, question secrète, pregunta de seguridad; the
 * same anchor), then on its line '=' or an answer's word and ':' (answer, svar, Antwort,
 * réponse, respuesta; TOOL_CODES_HEAD bytes at most on): the answer, to a field's end (',',
 * ';', '|', a quote, the line's end), 3 to 64 bytes, not a placeholder. A password
 * manager's note ("security question: first pet = …") is read as a password is.
 *
 * Work: each reader reads at most a fixed number of bytes around its anchor (the login's
 * value, user and context, the define's name and value, the tool's line,
 * TOOL_LINE_MAX bytes; a heading's codes or answer, TOOL_CODES_MAX),
 * whatever the text: linear in it. Each returns the bytes it examined (the work-counting
 * tests, tests/unit/test_scrub_admin_secrets.c and test_scrub_credentials3.c). Nothing is
 * kept between calls. */
#ifndef LETHE_TOOL_CREDENTIALS_H
#define LETHE_TOOL_CREDENTIALS_H

#include <stdbool.h>
#include <stddef.h>

#include "scrub/secret_places.h"

/* Hyperscan syntax: a slash between blanks. */
#define TOOL_LOGIN_ANCHOR "[ \\t]/[ \\t]"
/* Hyperscan syntax, caseless: PHP's define( and the constant's opening quote. */
#define TOOL_DEFINE_ANCHOR "define[ \\t]*\\([ \\t]*['\"]"
/* Hyperscan syntax, case as written: an argument one tool, device or chat service gives a
 * password's meaning, BitLocker. */
#define TOOL_ARGUMENT_ANCHOR                                                                                   \
    "([ \\t]-[AX][ \\t]|[ \\t]-(src|dest)?(store|key)pass[ \\t]|\\brootpw[ \\t]|\\bwpa_passphrase[ \\t]"          \
    "|([ \\t](read|write) cipher|irreversible-cipher)[ \\t]"                                                \
    "|set-key (ascii|hex) [08][ \\t]|= ?cleartext[ \\t]"     \
    "|\\bstats auth[ \\t]|\\bmgmt-user[ \\t]|\\b([Nn]ick[Ss]erv|NICKSERV)[ \\t]"          \
    "|/quote PASS[ \\t]|\\b(BitLocker|bitlocker|BITLOCKER))"

/* Hyperscan syntax, caseless: a heading naming backup or recovery codes, or a security
 * question, six languages. */
#define TOOL_CODES_ANCHOR                                                                                      \
    "(backup|recovery|reserve?|gjenopprettings|(\xc3\xa5|\xc3\x85)terst\xc3\xa4llnings|wiederherstellungs|notfall"   \
    "|2fa|mfa)[ -]?(codes?|koder)|c(odes|\xc3\xb3" "digos|\xc3\x93" "digos|odigos) de (secours"                 \
    "|r\xc3\xa9" "cup\xc3\xa9ration|recuperation|respaldo|recuperaci\xc3\xb3n|recuperacion)"                \
    "|(security|secret) question|sikkerhetssp(\xc3\xb8|\xc3\x98)rsm(\xc3\xa5|\xc3\x85)l|s\xc3\xa4kerhetsfr\xc3\xa5ga" \
    "|sicherheitsfrage|question (secr\xc3\xa8te|de s\xc3\xa9" "curit\xc3\xa9)|pregunta (de seguridad|secreta)"

/* Bytes read before a user for a login word; of a tool's line; after a codes heading to its
 * colon, in all, and lines of codes read. */
#define TOOL_LOGIN_CONTEXT 96
#define TOOL_LINE_MAX 240
#define TOOL_CODES_HEAD 80
#define TOOL_CODES_MAX 1024
#define TOOL_CODES_LINES 24

/* The password after the login pair's slash whose anchor ends at `anchor_end`. */
bool tool_login_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found, size_t *examined);

/* The value of the define() whose anchor ends at `anchor_end` (just past the name's quote). */
bool tool_define_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                      size_t *examined);

/* The value of the tool's argument whose anchor ends at `anchor_end`. */
bool tool_argument_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                        size_t *examined);

/* The value after "password" or "secret" whose credential-word stem ends at `stem_end`,
 * when a device's type word follows the word: "password 0 …", "secret 0 …", "password
 * cipher …" (a Huawei line), "password $2b$…" (a crypt hash); or after haproxy's
 * "insecure-password", EdgeOS's "plaintext-password", keepalived's "auth_pass". */
bool tool_key_word_read(const char *text, size_t len, size_t stem_end, struct secret_place *found, size_t *examined);

/* May tool_key_word_read find a value at the stem that ends at `stem_end` of `len` bytes?
 * A few bytes where its forms put them ("secret 0", "password 0|cipher|$", "-password",
 * "auth_pass"): inline, so that every other credential word of a text ("key", "token", "the
 * password is") costs the scan no call. */
static inline bool tool_key_word_may_follow(const char *text, size_t len, size_t stem_end)
{
    if (stem_end < 6 || stem_end + 6 >= len) {
        return false;
    }
    char last = text[stem_end - 1], next = text[stem_end];
    if (last == 't') {
        return (next == ' ' || next == '\t') && text[stem_end + 1] == '0';           /* secret 0 */
    }
    if (last != 's') {
        return false;
    }
    if (next == 'w') {
        char type = text[stem_end + 5];
        return (text[stem_end + 4] == ' ' || text[stem_end + 4] == '\t')
               && (text[stem_end - 5] == '-' || type == '0' || type == 'c' || type == '$');
    }
    return text[stem_end - 5] == '_';                                              /* auth_pass */
}

/* A span the codes reader found; true: stop (no room left). */
typedef bool (*tool_span_found)(size_t start, size_t end, void *context);

/* The codes after the heading whose anchor ends at `anchor_end`: each line's to `found`.
 * Returns the bytes examined (TOOL_CODES_MAX at most). */
size_t tool_codes_read(const char *text, size_t len, size_t anchor_end, tool_span_found found, void *context);

#endif
