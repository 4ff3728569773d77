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
 * Work: each reader reads at most a fixed number of bytes around its anchor (the login's
 * value, user and context, the define's name and value, the tool's line,
 * TOOL_LINE_MAX bytes), whatever the text: linear in it. Each returns the bytes it examined
 * (the work-counting test, tests/unit/test_scrub_admin_secrets.c). Nothing is kept between
 * calls. */
#ifndef LETHE_TOOL_CREDENTIALS_H
#define LETHE_TOOL_CREDENTIALS_H

#include <stdbool.h>
#include <stddef.h>

#include "scrub/secret_places.h"

/* Hyperscan syntax: a slash between blanks. */
#define TOOL_LOGIN_ANCHOR "[ \\t]/[ \\t]"
/* Hyperscan syntax, caseless: PHP's define( and the constant's opening quote. */
#define TOOL_DEFINE_ANCHOR "define[ \\t]*\\([ \\t]*['\"]"
/* Hyperscan syntax, case as written: an argument one tool gives a password's meaning. */
#define TOOL_ARGUMENT_ANCHOR                                                                                   \
    "([ \\t]-[AX][ \\t]|[ \\t]-(src|dest)?(store|key)pass[ \\t]|\\brootpw[ \\t]|\\bwpa_passphrase[ \\t])"

/* Bytes read before a user for a login word; of a tool's line. */
#define TOOL_LOGIN_CONTEXT 96
#define TOOL_LINE_MAX 240

/* The password after the login pair's slash whose anchor ends at `anchor_end`. */
bool tool_login_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found, size_t *examined);

/* The value of the define() whose anchor ends at `anchor_end` (just past the name's quote). */
bool tool_define_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                      size_t *examined);

/* The value of the tool's argument whose anchor ends at `anchor_end`. */
bool tool_argument_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                        size_t *examined);

#endif
