/* secret_keys.h — one judge of a key's words ("does this key name a credential?") and one
 * reader of the value assigned to such a key, for every container people write one in.
 *
 * Authors write credentials under key names and in containers no row lists: .env and
 * `export`, YAML, JSON, TOML, INI, .properties, XML elements and attributes, HCL, nginx and
 * apache directives, PHP arrays, Python dicts and kwargs, Ruby hashes, JS objects, Go
 * struct literals, Java/C# setters, CLI flags, PowerShell, Dockerfile ENV/ARG, k8s env
 * entries, systemd Environment=, logfmt and JSON logs. What they share is a key whose words
 * say "credential" and an assignment. So:
 *
 * The key judge. `secret_key_names_credential` splits a key into words at '_', '-', '.',
 * blanks and case changes (snake, SCREAMING, camel, Pascal, kebab, dotted, spaced) and says
 * yes when one word is a credential word of the six languages (password, passwd, pwd, pass,
 * passphrase, secret, token, bearer, auth, credential(s), salt, psk, community; passord,
 * lösenord, Passwort, Kennwort, mot de passe, mdp, contraseña, clave, nøkkel, nyckel,
 * Schlüssel, clé, llave, hemmelighet, hemlighet, Geheimnis, secreto, jeton; a word ending in
 * one, as compounds do: "Zugangsschlüssel", "dbpassword"; "key" after a word that makes it
 * one: "api_key", "masterKey"; a word of five letters or more with an index after it as the
 * word: "password2", imapsync's --password1/--password2; not "auth0"), and no word says the key holds something about a
 * credential rather than the credential (length, count, id, name, url, path, file, type,
 * ttl, expiry, required, method, header, public, sort, … in the six languages:
 * "password_min_length", "token_count", "key_id", "secret_name", "public_key",
 * "passord_lengde", "contraseña_caduca"). Used by the parsed-JSON path (scrub/columns.c)
 * and by the text reader below.
 *
 * The reader. Hyperscan finds SECRET_KEY_ANCHOR, a credential word's stem (caseless), and
 * reports where it ends. `secret_key_read` reads the key around it (name bytes back and
 * forward, 64 at most each way), asks the judge, then reads the assignment forward: a
 * closing quote or ']' of the key, then '=', ':', '=>', ':=', a call's '(' or ", " (quoted
 * key), the '>' of an XML element (its attributes and one nested <Value> element skipped),
 * a "value" field after a key that was itself a name/key field's value (k8s `- name: X\n
 * value: …`, `<add key="X" value="…"/>`, Postman), or blanks alone after a key written as an
 * identifier (`ENV X v`, `--x v`, `SetEnv X v`, `set $x "v"`); in prose, a copula or a label's
 * last words (three, one may be bracketed: "API token (prod): …") before a colon, and the forms
 * only a token's or a password's shape tells from prose (enum prose_form: a value set off by
 * commas or a bracket, or after a preposition and a word: "the license key, …,", "el token de
 * acceso …"); the word "key" alone only there and in a URL's query ("?key=…"); HTML's and XML
 * configs' tags between a label and its value (scrub/markup_tags.h: "<td>Password</td><td>…",
 * "<key>Password</key><string>…"); then the value, quoted (to
 * its closing quote on the line, no blanks; the container's escapes inside it: in "…" a
 * backslash takes the next byte, and PowerShell's backtick a quote; a doubled quote '' or ""
 * with a value byte after it is one quote; after '=' ODBC's braces {…} are a quote, "}}" one
 * '}' in them; a YAML block scalar's indicator | or > alone on its line: the next, indented
 * line, blanks inside; an element's <![CDATA[…]]>; bash's $'…', backslash escapes inside) or bare (to a blank, a quote or '<'), 256 bytes at most. A quoted value may
 * hold quote bytes and open with any symbol; a value opening with '{', '[' or '<' that
 * nothing in it closes, or with '@' before letters of both cases and digits, is judged
 * past that symbol (a password's, not a template's). The value must be made like a secret
 * (`secret_key_value_made`): not a
 * placeholder or reference (secret_value_valid); under a password word (not bare) 4 to 7
 * bytes of letters and digits or a PIN of 6 to 12 digits; else 8+ bytes, letters and digits, or mixed
 * case past the first letter, or (under a password word) three or more words joined by
 * '-', '.' or '_', or (quoted) by blanks with a letter past ASCII in them ("elg hytte måke"),
 * no credential word among them ("Mot de passe" is a label); after blanks alone, letters and digits or 12+ bytes of mixed case.
 *
 * Work: each anchor reads at most 64 + 64 key bytes, a bounded separator and 256 value
 * bytes, whatever the text: linear in the text; the reader returns the bytes examined (for
 * the work-counting tests). With a scan's memory (struct secret_key_memory) a run of name
 * bytes and a bare value's stretch are read once, not once per anchor in them: about two
 * bytes examined per input byte on packed runs, where it was up to 64 (test_secret_keys).
 * The word lists are hashed once, by the scrubber's init (struct secret_words), and passed
 * to the judge; nothing is kept between calls but what a caller holds. */
#ifndef LETHE_SECRET_KEYS_H
#define LETHE_SECRET_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The stems the main database scans for (Hyperscan syntax, caseless; capitals of the
 * UTF-8 letters spelled out, since caseless matching folds ASCII only). */
#define SECRET_KEY_ANCHOR                                                                                        \
    "pass|pwd|psw|pword|psk|secret|secr(\xc3\xa8|\xc3\x88)te|tok|key|auth|credential|creds|bearer|salt|community"       \
    "|kennwort|l(\xc3\xb6|\xc3\x96)senord|losenord|contrase|clave|llave|cl(\xc3\xa9|\xc3\x89)|jeton|mdp"          \
    "|n(\xc3\xb8|\xc3\x98)kkel|nokkel|nyckel|schl(\xc3\xbc|\xc3\x9c)ssel|schluessel|hemmelig|hemlig|geheim"     \
    "|zugangscode|anmeldecode|tilgangskod|innloggingskod|(\xc3\xa5|\xc3\x85)tkomstkod|atkomstkod|inloggningskod"   \
    "|zugangsdaten|anmeldedaten|innloggingsdetalj|inloggningsuppgift|identifiant"

/* Longest key (bytes) the judge reads. */
#define SECRET_KEY_MAX 64
/* Longest value the reader takes. */
#define SECRET_KEY_VALUE_MAX 256

/* The judge's word lists (credential words, compound endings, words about a credential),
 * hashed so that a key's words are looked up once each. A plain struct the scrubber builds
 * in its init (pattern_set_compile, column_cues_init) and passes down; read-only after. */
enum { SECRET_WORD_SLOTS = 512 };
struct secret_words {
    struct {
        const char *word;
        unsigned char len, kind;
    } slots[SECRET_WORD_SLOTS];
    uint64_t ending_tails[16];                      /* bit h: some ending's last two bytes hash to h */
    unsigned char ending_lengths[64];               /* each ending's length, in list order */
};

void secret_words_init(struct secret_words *words);

/* Do the words of `key` name a credential? */
bool secret_key_names_credential(const struct secret_words *words, const char *key, size_t len);

/* Is `value` made like a secret? `password_word`: the key names a password (passphrases of
 * joined words count); `bare`: no '=' or ':' stood between key and value (stricter). */
bool secret_key_value_made(const char *value, size_t len, bool password_word, bool bare);

/* Where a value read in prose stood: the judge asks a token's shape of some. */
enum prose_form {
    PROSE_NONE,                       /* '=', ':', a quote, a call, an element, blanks after an identifier */
    PROSE_SAID,                       /* after a copula, or a label's words and their colon */
    PROSE_TOKEN_ONLY,                 /* set off by a comma or a bracket, or after a preposition and a
                                         word: only a token's shape (or, under a credential word, a
                                         password's: capital, small letter, digit) tells the value
                                         from prose */
};

struct secret_assignment {
    size_t key_start, key_end;        /* the key's name bytes */
    size_t value_start, value_end;    /* the value, quotes excluded */
    size_t judged_start;              /* where the words the judge reads start (a label's words) */
    bool bare;                        /* no '=' or ':' and no quote: the stricter value judge */
    bool flag;                        /* a command line's --flag: any value of 4+ bytes as given */
    char quote;                       /* the quote the value stood in ('"', '\'', '`', '}' for ODBC's
                                         braces), 0 if bare */
    enum prose_form prose;
    bool query;                       /* a URL's query parameter: "?key=…", "&apikey=…" */
};

/* What the reads of one scan of a text have learnt, so that no anchor reads again what an
 * earlier anchor of the same scan read: the run of name bytes last read in full (a packed
 * run of 100 KB holds an anchor every few bytes, and each read 64 bytes back and forward),
 * and the stretch of the text a bare value's read found no end in (each anchor of
 * "DB_PASSWORD=x…DB_PASSWORD=x…" read 256 bytes ahead). Zero it before a scan's first
 * anchor; a scan's anchors come in text order. */
struct secret_key_memory {
    size_t run_start, run_end;        /* [run_start, run_end): name bytes, run_end the run's end;
                                         run_end == 0: none yet */
    size_t value_from, value_to;      /* no bare value ends inside [value_from, value_to) */
    bool value_ended;                 /* one ends at value_to (or the text does there) */
    bool value_paired;                /* ... read with ',' ending it (a name field's value) */
    size_t mark_from, mark_at;        /* the first ':', ',', '(' or line break at or after mark_from
                                         is at mark_at (len: none); mark_at == 0: not read yet */
};

/* The form around the anchor that ends at `anchor_end`: a key, an assignment and a value of
 * 4 to SECRET_KEY_VALUE_MAX bytes, read but not judged (a caller that already holds the
 * value's span from another row skips the judging). Sets `*examined` to the bytes read.
 * With `memory` (NULL: none), an anchor inside a key an earlier anchor of the scan read
 * finds nothing: that read found the same form, or found none; and a key longer than
 * SECRET_KEY_MAX is read once, however many anchors it holds. */
bool secret_key_read(const char *text, size_t len, size_t anchor_end, struct secret_key_memory *memory,
                     struct secret_assignment *found, size_t *examined);

/* A key under a label of words whose last word is "key", a blank before it ("Integration
 * key: …", "Routing key : …"). The row was LABELLED_KEY_SPEC, and Hyperscan kept its window
 * open at every blank and "key" (a quarter of the main scan of "key " packed); a scan that
 * has SECRET_KEY_ANCHOR reads it from that anchor's "key" instead. Returns the one end the
 * SPEC reports for the "key" that ends at `stem_end`, or 0 if none; adds the bytes read to
 * *examined (the blanks around the ':', at most 22 more). test_secret_keys compares it with
 * the SPEC compiled by Hyperscan on generated texts. */
#define LABELLED_KEY_SPEC "[a-z0-9][ \\t]key[ \\t]*:[ \\t]*[\"'`]?[^\\s\"'`]{16}"
size_t labelled_key_end(const char *text, size_t len, size_t stem_end, size_t *examined);

/* Does the form hold a secret: the key's words name a credential and the value is made
 * like one (secret_key_value_made)? */
bool secret_key_assignment_holds(const struct secret_words *words, const char *text,
                                 const struct secret_assignment *found);

#endif
