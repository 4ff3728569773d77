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

#endif
