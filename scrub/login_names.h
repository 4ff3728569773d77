/* login_names.h — a person's name written as a login: a user name, an account name, a handle.
 *
 * Systems and people name an account by a login made of its owner's names: "jsmith", "smithj",
 * "john_smith", "john-smith", "johnsmith", "kari.n", "ola_n", "nordmann.kari", "jsmith2",
 * "john.smith92", the given name alone ("kari", "jürgen"), in capitals where Windows prints it
 * ("JSMITH"). Such a login is read where a LOGIN CUE puts it (tests/scrub/census/logins.jsonl):
 *  - a flag or key that names a login: --user, --username, --login, --user-name, -u, -U, -l, user=,
 *    user:, username =, "username": "…", login:, uid=, memberUid:, sAMAccountName:, "Account Name:",
 *    "Logon Account:", sasl_username=, user=<…>; a Windows domain may stand before the login
 *    ("/user:CORP\jsmith");
 *  - a log's phrase before it: "publickey for", "password for", and through the word user "invalid
 *    user", "for user", "of user", "Started by user", "CREATE USER '…'", an IAM ARN's ":user/…";
 *  - a home folder: /home/x, /Users/x, \Users\x;
 *  - a tracker's field and an admin's command or log that name an account: "assignee:", "reporter:",
 *    "chown x:…", "Build #482 triggered by x";
 *  - a noun of an account in prose, in the six languages, "is" or "mitt er" allowed after it:
 *    account, user, login, username; bruker(en), brukernavn(et), konto(en), passordet til/for; kontot,
 *    användare(n), användarnamn(et), lösenordet för/till; Konto, Benutzer(name), Nutzer, Kennung,
 *    Passwort für; compte, utilisateur, identifiant, mot de passe de/pour; cuenta, usuario, contraseña
 *    de/para ("the account jsmith was locked", "brukeren kari_n er sperret", "mein Benutzername ist
 *    jdupont", "le compte jdupont", "la cuenta jgarcia").
 * The cue is an anchor of the main Hyperscan database (LOGIN_CUE_ANCHOR, caseless; scrub/patterns.c
 * calls login_name_read at each anchor's end). After it come at most a closing quote, blanks, one
 * '=' or ':', blanks, up to two filler words (is, er, är, ist, est, es, mitt …) and an opening quote
 * or '<'; then the login: one token of small letters (UTF-8 letters too) or of capitals, digits, and
 * at most one '.', '_' or '-' between two parts, 2 to 32 bytes, ending at a blank, a line's end, punctuation, '@', ':', a quote or a bracket (a home
 * folder's '/' or '\'; pam's "(uid="); never before another '(' (code) or '/' (a path). It is a
 * person's when the gazetteer the name finder loads (scrub/names.h) says so, trailing digits dropped:
 *  - one part: a first name that is no word of a language (flag F without A, L, W, X, C: "kari",
 *    "jürgen"; "mark" and "will" are words); a name part that is no word (S or F without those nor D:
 *    "hansen"); or, if the token itself is in no list, an initial and a name part of four letters or
 *    more ("jsmith", "knordmann": there an English or dictionary word that is a surname is one), such a
 *    name part and an initial ("smithj"), a first name and a name part glued ("johnsmith");
 *  - two parts: a first name (or a name part that is no word) and a name part, an initial of one or
 *    two letters, or a word in no list of four letters or more ("john_smith", "ola_n", "kari.n",
 *    "nordmann.kari"); a first name that is a word and a name part that is none ("mark_hansen"); one
 *    or two letters, a dot and a name part ("jo.smith"; "pm_lisa" is a role's and a name).
 * Never a person's login: the accounts of systems, services, robots and shared desks (root, admin,
 * postgres, www-data, nginx, ubuntu, ec2-user, git, nobody, daemon, deploy, jenkins, ansible, backup,
 * svc_…, …bot, grafana, monitoring, mysql, redis, oracle, vagrant, travis, oauth2, guest, test, demo,
 * support …: listed, they are form words); a word in no list ("kundeservice", "webshop",
 * "billing-api": no gazetteer evidence, kept); a part holding a digit before its end ("ec2-user");
 * three parts ("kari.nordmann.no": a host); a token in mixed case ("Kari" is the name finder's).
 * Work per anchor is bounded: at most 32 bytes of the cue's tail and 33 of the token read, at most
 * 34 gazetteer probes. */
#ifndef LETHE_LOGIN_NAMES_H
#define LETHE_LOGIN_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "scrub/names.h"

/* Hyperscan syntax, caseless: the cues a login follows (the reader checks what comes after). */
#define LOGIN_CUE_ANCHOR                                                                                         \
    "(user|username|user name|user-name|login|uid|samaccountname|account name|logon account"                     \
    "| -u| -l|publickey for|password for|/home/|/users/|\\\\users\\\\"                                            \
    "|account|bruker|brukeren|brukernavn|brukernavnet|konto|kontoen|kontot|passordet til|passordet for"          \
    "|anv\xc3\xa4ndare|anv\xc3\xa4ndaren|anv\xc3\xa4ndarnamn|anv\xc3\xa4ndarnamnet|l\xc3\xb6senordet f\xc3\xb6r" \
    "|l\xc3\xb6senordet till|benutzer|benutzername|nutzer|kennung|passwort f\xc3\xbcr|compte|utilisateur"         \
    "|identifiant|mot de passe de|mot de passe pour|cuenta|usuario|contrase\xc3\xb1" "a de"                      \
    "|contrase\xc3\xb1" "a para|assignee|reporter|chown |triggered by)"

/* The login a cue ending at `anchor_end` puts after it, if it is a person's: [*start, *end).
 * `examined` counts the bytes read (for the work tests). */
bool login_name_read(const struct name_table *table, const char *text, size_t len, size_t anchor_end, size_t *start,
                     size_t *end, size_t *examined);

/* Is the token [0, len) a login made of a person's names (the judge above, without the cue)? */
bool login_name_is_person(const struct name_table *table, const char *token, size_t len);

#endif
