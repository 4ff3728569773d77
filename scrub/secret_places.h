/* secret_places.h — secrets whose cue is not a `key = value`: the line a secret-printing
 * command prints, and a value given after a cue once the sentence (or the one before) has
 * named the password, the secret, the token or the PIN.
 *
 * The first census of secrets (tests/scrub/census/secrets.jsonl) enumerated credential KEYS
 * in every container; what is left stands somewhere else (tests/scrub/census/
 * secret_places.jsonl, written before these rules were):
 *
 * Printed. A terminal transcript: "$ gcloud secrets versions access latest --secret=db\n…",
 * "vault kv get -field=password …", "kubectl get secret … | base64 -d", "aws secretsmanager
 * get-secret-value … --output text", "aws ssm get-parameter --with-decryption", "az keyvault
 * secret show … -o tsv", "op read", "pass show", "bw get password", "lpass show --password",
 * "heroku config:get", "doppler secrets get --plain", "security find-generic-password -w",
 * "secret-tool lookup", "terraform output -raw", "sops -d", "openssl rand", "pwgen",
 * "wg genkey", "cat /run/secrets/…", "printenv NAME". Hyperscan finds
 * SECRET_PRINTED_ANCHOR, a distinctive word of such a command (caseless); the reader goes
 * to the end of the command's line and takes the NEXT line when it is one token made like
 * a secret (secret_place_value_made) — a word, a path, a table or a message is not.
 *
 * Cued. "the test database password was changed, now it is …", "passordet … er byttet, nå
 * er det …", "lösenordet … är bytt, nu är det …", "das Passwort … wurde geändert, jetzt …",
 * "le mot de passe … a changé, maintenant c'est …", "la contraseña … ha cambiado, ahora es
 * …"; "changed to / set it to / the new one is / new one: …" and the five languages' words
 * for them (endret til, sett det til, det nye er, nytt:; ändrades till, sätt det till, det
 * nya är; geändert auf, setz es auf, das neue ist, neues:; changé en, le nouveau est,
 * nouveau :; cambió a, ponlo a, el nuevo es, nuevo:); "it's … now", "it's "…"". Hyperscan
 * finds SECRET_CUED_ANCHOR, the cue as a literal with its blank (caseless); the reader reads
 * the value after it first (an opening quote of any kind: " ' ` « „ “), and only when it
 * is made like a secret looks back for a credential word (password, secret, token, PIN,
 * key, Wi-Fi … in the six languages) in the sentence or the one before it: at most
 * SECRET_PLACE_CONTEXT bytes, never past a second line break. Not taken: the one-word
 * cues (use, try, bruk, prova, nimm, utilise, usa …) and a value alone on the line after
 * "the new vpn password:": as anchors they cost the scan of mixed text 5 % and 6.6 %
 * (callgrind), against a +1 % budget.
 *
 * Directives. A network device's directive (SECRET_DIRECTIVE_ANCHOR), below, and the hash
 * its type number announces. A hash standing alone ("$6$…", "$2y$…", "{SHA}…") is not read:
 * a reader of it anywhere found nothing on two never-read corpus halves and masked 17 values
 * their authors wrote as things to keep (stored hashes), so it was taken out (session 10).
 *
 * Values (secret_place_value_made): 8 to SECRET_PLACE_VALUE_MAX bytes, no placeholder
 * (secret_value_valid); letters with digits, or letters with two or more symbols and both
 * cases, or three or more words of three letters or more joined by one of '-', '.', '_'
 * ("orbit-maple-thistle"); "longer", "again", "1Password", "SSO-only", "state-of-the-art",
 * "Success!" are not. After a PIN's cue, 4 to 8 digits.
 *
 * Work: each anchor reads at most SECRET_PLACE_LINE_MAX bytes of a line (the command's, the
 * directive's), one value (2 * SECRET_PLACE_VALUE_MAX bytes at most, a hash) and
 * SECRET_PLACE_CONTEXT bytes back: bounded per anchor, so linear in the text; each reader returns the bytes it examined (the
 * work-counting unit test, tests/unit/test_secret_places.c). Nothing is kept between calls. */
#ifndef LETHE_SECRET_PLACES_H
#define LETHE_SECRET_PLACES_H

#include <stdbool.h>
#include <stddef.h>

/* Hyperscan syntax, caseless: a word only a secret-printing command line holds. */
#define SECRET_PRINTED_ANCHOR                                                                                  \
    "(secrets versions access|kv get|vault read|-field[ =]|base64 -d|base64 --decode|base64decode"                  \
    "|get-secret-value|get-parameter|keyvault secret show|op read|pass show|bw get|lpass show|config:get|--plain"   \
    "|find-generic-password|secret-tool lookup|output -raw|sops -d|sops --decrypt|rand -base64|rand -hex|pwgen"    \
    "|genkey|/run/secrets/|master\\.key|printenv )"

/* Hyperscan syntax, caseless: a cue a value follows, in the six languages. */
#define SECRET_CUED_ANCHOR                                                                                     \
    "(now it is |now it's |it's |changed to |changed it to |set it to |new one is |new one:"                        \
    "|n\xc3\xa5 er det |na er det |endret til |endret det til |byttet til |sett det til |det nye er |nytt:"           \
    "|nu \xc3\xa4r det |nu ar det |\xc3\xa4ndrades till |\xc3\xa4ndrat till |bytt till |s\xc3\xa4tt det till "         \
    "|det nya \xc3\xa4r |jetzt |ge\xc3\xa4ndert auf |geaendert auf |setz es auf |das neue ist |neues:"                   \
    "|maintenant c'est |chang\xc3\xa9 en |chang\xc3\xa9 pour |le nouveau est |nouveau :|nouveau:"                     \
    "|ahora es |cambi\xc3\xb3 a |cambiado a |cambiada a |ponlo a |ponla a |el nuevo es |la nueva es |nuevo:|nueva:)"

/* Hyperscan syntax, caseless: the word a network device's directive puts its secret after
 * (Cisco "crypto isakmp key … address", " key 7 0822…", " key-string …", "tacacs-server
 * host … key …", "pre-shared-key address … key …", "ospf
 * message-digest-key 1 md5 …", "wpa-psk ascii 0 …"; Juniper "pre-shared-key ascii-text
 * "…"", "encrypted-password "$6$…"", "authentication-key"; HP "plaintext"; FortiOS "set
 * psksecret", "set passwd"). Not "password" nor "secret" as anchors, even with a type
 * number after them ("password 0 …", "password 7 …"): they made Hyperscan's password-word
 * engines 2.5-12 % dearer on the password-dense shapes (callgrind); "secret 5/8/9 $…" is the
 * hash reader's. The value must be made like a secret, or what a type number after the
 * word announces (5, 8, 9: a crypt string; 7: hex), and its line must open with a
 * device's verb (username, enable, crypto, set, ip, neighbor, tacacs-server, …). */
#define SECRET_DIRECTIVE_ANCHOR                                                                                \
    "[ \\t](key|key-string|pre-shared-key|ascii-text|authentication-key|encrypted-password"                       \
    "|plaintext|psksecret|passwd|md5|community|wpa-psk[ \\t]+ascii)[ \\t]"

enum secret_place_form {
    SECRET_PLACE_PRINTED,             /* the line a secret-printing command prints */
    SECRET_PLACE_CUED,                /* the value after a cue, a credential named before */
    SECRET_PLACE_DIRECTIVE,           /* a network device's directive */
    /* Read by scrub/tool_credentials.c (its header states them): */
    SECRET_PLACE_LOGIN,               /* "login …: user / …" */
    SECRET_PLACE_DEFINE,              /* PHP's define('…_KEY', '…') */
    SECRET_PLACE_TOOL,                /* an argument one tool gives a password's meaning */
};

/* Longest value taken; bytes read back for the credential word; bytes of a command's line read. */
#define SECRET_PLACE_VALUE_MAX 128
#define SECRET_PLACE_CONTEXT 200
#define SECRET_PLACE_LINE_MAX 240

struct secret_place {
    size_t start, end;                /* the value's bytes, quotes excluded */
};

/* Is `value` made like a secret (above)? `pin`: a credential word of a PIN named it. */
bool secret_place_value_made(const char *value, size_t len, bool pin);

/* The line printed after the command whose anchor ends at `anchor_end`, if it is a secret.
 * Sets `*examined` to the bytes read. */
bool secret_printed_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                         size_t *examined);

/* The value after the cue that ends at `anchor_end`, if it is made like a secret and a
 * credential word stands before the cue. Sets `*examined` to the bytes read. */
bool secret_cued_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found, size_t *examined);

/* The value after the directive word whose anchor ends at `anchor_end`. */
bool secret_directive_read(const char *text, size_t len, size_t anchor_end, struct secret_place *found,
                           size_t *examined);

/* The reader of `form`. */
bool secret_place_read(enum secret_place_form form, const char *text, size_t len, size_t anchor_end,
                       struct secret_place *found, size_t *examined);

#endif
