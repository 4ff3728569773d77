/* password_forms.h — password forms read by hand from a cheap anchor, instead of by regex
 * rows whose password words started several Hyperscan engines at every password word
 * (bench: "password is sentences", "Password=; parameters").
 *
 * Contract. Each form has a SPEC: the regular expression (Hyperscan syntax, caseless) that
 * was its pattern row, and an ANCHOR: a cheap pattern the main database scans for instead.
 * Given the end of one anchor match, a reader calls `found` once for every end offset at
 * which the SPEC matches and that this anchor owns, and nothing else, so that over all
 * anchor matches of a text the ends reported are exactly the SPEC's ends there (the unit
 * test test_password_forms.c compiles each SPEC and checks this on generated texts). The
 * value at each end is then read as a SPAN_ASSIGNED row's (scrub/patterns.c).
 * Work: a reader reads a window that no other anchor match's reader reads, plus a fixed
 * number of bytes, so the work over a whole text is linear in it; each reader returns the
 * bytes it examined, for the work-counting test. A reader stops early if `found` returns
 * true (no room left for candidates). */
#ifndef LETHE_PASSWORD_FORMS_H
#define LETHE_PASSWORD_FORMS_H

#include <stdbool.h>
#include <stddef.h>

/* Returns true to stop reading. */
typedef bool (*password_form_found)(size_t end, void *context);

/* JDBC and ADO.NET parameters: "?user=app&password=…&ssl=true", ";Password=…;", "Pwd=". */
#define PASSWORD_PARAMETER_SPEC "[;?&][ \\t]*(password|passwd|pwd|pass)[ \\t]*=[ \\t]*[^;&\\s\"'`]{4}"
#define PASSWORD_PARAMETER_ANCHOR "[;?&][ \\t]*p"
#define PASSWORD_PARAMETER_VALUE_LENGTH 4

/* `anchor_end`: just past the 'p' that opens the word after a ';', '?' or '&' and blanks. */
size_t password_parameter_ends(const char *text, size_t len, size_t anchor_end, password_form_found found,
                               void *context);

/* A chat's answer to a question asking for a password: "anyone know the stage redis
 * pass?\n[…] <oncall> bob: it's …", "what's the wifi password?\n[…] Ana: …". */
#define PASSWORD_ANSWER_SPEC                                                                                   \
    "((passw(or)?d|passwort|passord|l\xc3\xb6senord|contrase\xc3\xb1" "a|mot de passe)[^\\n?]*"                 \
    "|\\b(pass|pwd)[^\\n?]*)\\?"                                                                               \
    "[ \\t]*\\r?\\n[^\\n]*[:>][ \\t]+(it's[ \\t]+|it is[ \\t]+|det er[ \\t]+|det \xc3\xa4r[ \\t]+|es[ \\t]+)?" \
    "[^\\s\"'`]{8}"
#define PASSWORD_ANSWER_ANCHOR "\\?[ \\t]*\\r?\\n"
#define PASSWORD_ANSWER_VALUE_LENGTH 8

/* `anchor_end`: just past the newline that ends a question's line. */
size_t password_answer_ends(const char *text, size_t len, size_t anchor_end, password_form_found found,
                            void *context);

/* A passphrase of plain words, unquoted: "signing.password=otter purple kettle 52", "the wifi
 * password is horse otter harbour", "la clave del wifi: …" (up to eight words between). */
#define PASSWORD_PHRASE_WORDS                                                                                  \
    "(passw(or)?d|passphrase|passwort|kennwort|passord|l\xc3\xb6senord|contrase\xc3\xb1" "a|mot de passe"        \
    "|\\bclave|code wi-?fi)"
#define PASSWORD_PHRASE_SPEC                                                                                   \
    PASSWORD_PHRASE_WORDS "[a-z0-9_]*([ \\t]+[^\\s]{1,24}){0,8}"                                                \
    "([\"']?[ \\t]*[:=]|[ \\t]+(is|er|\xc3\xa4r|ist|lautet|es|est|c'est))"                                      \
    "[ \\t]*[\"']?[a-z]{4}"
#define PASSWORD_PHRASE_ANCHOR PASSWORD_PHRASE_WORDS
#define PASSWORD_PHRASE_VALUE_LENGTH 4

/* `anchor_end`: just past a password word. The name's run after it is read by the last
 * password word inside it alone; the words after it by each of the (at most eight plus a few
 * in one name) password words before them, so one end may be reported more than once. */
size_t password_phrase_ends(const char *text, size_t len, size_t anchor_end, password_form_found found,
                            void *context);

/* ---- the forms that start at a password word, read together from one anchor ----
 *
 * Six rows of scrub/patterns.c opened at a password word, and each started Hyperscan's
 * engines at every one ("password is" sentences, "Password=;" parameters: 100 KB of either
 * took 5.5-6.7 ms, and taking one row out made the others dearer). Their password words are
 * now read from PASSWORD_WORD_ANCHOR alone: the rest of each row (its other cue words) stays
 * a regex row. Each form reports its ends with its own row (enum password_word_form).
 * Caseless but PASSWORD_LISTED_SPEC, as the rows were. */
enum password_word_form {
    PASSWORD_WORD_ASSIGNED,           /* any name with a password word in it, then an assignment */
    PASSWORD_WORD_QUOTED,             /* the same, a quoted passphrase with blanks in it */
    PASSWORD_WORD_LISTED,             /* a login pasted as a pair: ", pass …", "/ pwd: …" */
    PASSWORD_WORD_SENTENCE,           /* the word, up to ten words, a verb or ':', the value */
    PASSWORD_WORD_ALONE,              /* the word alone before the value, a verb maybe between */
    PASSWORD_WORD_OPENS,              /* the word, what it opens, the value: "password for staging …" */
    PASSWORD_WORD_FORM_COUNT
};

/* Returns true to stop reading. */
typedef bool (*password_word_found)(enum password_word_form form, size_t end, void *context);

/* One literal per word: "mot de passe" and its spellings are read back from their "pass". */
#define PASSWORD_WORD_ANCHOR                                                                                   \
    "(pass|pw|kennwort|l\xc3\xb6senord|losenord|contrase|wachtwoord|adgangskode|kodeord)"

/* What names an assignment in code and config (patterns.c's ASSIGNMENT), then one value byte. */
#define PASSWORD_ASSIGNMENT                                                                                   \
    "\\\\?[\"'`]?\\]?(\\*\\*?|__?)?[ \\t]*(:=|::|->|<-|=>|\\?=|[:=])(\\*\\*?|__?)?[ \\t]*"                      \
    "([Ss]tr(ing)?\\(|Some\\(|Bytes\\()?"                                                                      \
    "(\\\\?[\"'`]|\"\"\")?"

#define PASSWORD_ASSIGNED_SPEC                                                                                 \
    "[a-z0-9_]*(passw(or)?d|passwort|kennwort|passord|l\xc3\xb6senord|losenord|contrase\xc3\xb1" "a|contrasena"   \
    "|mot_?de_?passe|wachtwoord|adgangskode|kodeord)[a-z0-9_]*" PASSWORD_ASSIGNMENT "[^\\s\"'`]"
#define PASSWORD_QUOTED_SPEC                                                                                   \
    "(passw(or)?d|passphrase|passwort|kennwort|passord|l\xc3\xb6senord|contrase\xc3\xb1" "a|mot_de_passe"        \
    "|(\\b|_)(pass|pwd))"                                                                                      \
    "[a-z0-9_]*([\"']?[ \\t]*[:=]|[ \\t])[ \\t]*[\"'][^\\s\"'][^\"'\\n]{7}"
/* Case as written: a capital only first. */
#define PASSWORD_LISTED_SPEC                                                                                   \
    "[,;/|][ \\t]*([Pp]ass|[Pp]wd|[Pp]w|[Pp]asswort|[Pp]assord|[Ll]\xc3\xb6senord|[Cc]ontrase\xc3\xb1" "a)"      \
    "[ \\t]*[:=]?[ \\t]+[\"'`]?[^\\s\"'`]{8}"
#define PASSWORD_SENTENCE_SPEC                                                                                 \
    "(passw(or)?d|passphrase|passwort|kennwort|passord|adgangskode|kodeord|l\xc3\xb6senord|losenord"            \
    "|contrase\xc3\xb1" "a|contrasena|mot de passe)[a-z]*[,;]?"                                                 \
    "([ \\t]+[^\\s]{1,24}){0,10}"                                                                              \
    "([ \\t]+(is|was|es|est|c'est|er|ist|lautet|\xc3\xa4r|auf|be|blir|ble|blev|sera|ser\xc3\xa1)"               \
    "[ \\t]*:?|[ \\t]*:)[ \\t]+[\"'`]?[^\\s\"'`]{8}"

#define PASSWORD_ALONE_SPEC                                                                                    \
    "((passw(or)?d|passphrase)[a-z_]*[\"']?[ \\t]+((is|was|es|est|ist|er|\xc3\xa4r)[ \\t]+)?"                     \
    "|(passwort|kennwort|passord|adgangskode|kodeord|losenord|contrase\xc3\xb1" "a|contrasena)[a-z_]*"           \
    "(([\"']?[ \\t]*[:=]|[,;]?[ \\t]+(ist|lautet|est|c'est|es|er|\xc3\xa4r))[ \\t]*|[ \\t]+))"                \
    "[\"'`]?[^\\s\"'`]{8}"
#define PASSWORD_OPENS_SPEC                                                                                    \
    "(passw(or)?d|passwort|kennwort|passord|l\xc3\xb6senord|contrase\xc3\xb1" "a|mot de passe)[ \\t]+"         \
    "((for|de|du|f\xc3\xbcr|til|f\xc3\xb6r|para)[ \\t]+)?[a-z][a-z0-9_.-]{1,15}[ \\t]+[\"'`]?[^\\s\"'`]{8}"

/* `anchor_end`: just past one of the anchor's literals. Every end of each form's SPEC that
 * this anchor owns is reported once or more with its form: over all anchor matches of a
 * text, the ends of each form are exactly its SPEC's. A name's run is read by the last
 * anchor in it, the words after a password word by each anchor until the next password
 * word that reads them itself. Returns the bytes examined. */
size_t password_word_ends(const char *text, size_t len, size_t anchor_end, password_word_found found,
                          void *context);

/* The sentence form's cue words that end in "key" ("API key for the staging box is …",
 * "secret_key, the new one, is …"): the credential-key anchor reports their "key" anyway,
 * so the sentence row's regex leaves them out when that anchor is scanned
 * (scrub/patterns.c) and they are read from its stems. */
#define KEY_SENTENCE_CUE "api[ _-]?key|(access|secret|private|signing)[ _-]?key"
/* What follows any cue word of the sentence row, as in PASSWORD_SENTENCE_SPEC. */
#define PASSWORD_SENTENCE_TAIL                                                                                 \
    "[a-z]*[,;]?([ \\t]+[^\\s]{1,24}){0,10}"                                                                   \
    "([ \\t]+(is|was|es|est|c'est|er|ist|lautet|\xc3\xa4r|auf|be|blir|ble|blev|sera|ser\xc3\xa1)"               \
    "[ \\t]*:?|[ \\t]*:)[ \\t]+[\"'`]?[^\\s\"'`]{8}"
#define KEY_SENTENCE_SPEC "(" KEY_SENTENCE_CUE ")" PASSWORD_SENTENCE_TAIL

/* What one scan's key cue words have read: the end of the last letters read on from
 * (a later "key" in them has nothing new), and the end of the "key" the last reading stopped
 * at (it closes a key cue word: its stem need not ask again). Zero at a scan's start. */
struct key_sentence_memory {
    size_t read_run_end;
    size_t cue_key_end;               /* 0: none */
};

/* `stem_end`: just past a "key" the credential-key anchor reported, stems in increasing
 * order. Reports with PASSWORD_WORD_SENTENCE every end of the sentence form after
 * KEY_SENTENCE_CUE that this stem owns: over all the "key"s of a text, the ends are exactly
 * those of PASSWORD_SENTENCE_SPEC with KEY_SENTENCE_CUE for its words. The words after it are
 * read until one closes a password word or a key cue word, whose anchor reads on. Returns
 * the bytes examined. */
size_t key_sentence_ends(const char *text, size_t len, size_t stem_end, struct key_sentence_memory *memory,
                         password_word_found found, void *context);

#endif
