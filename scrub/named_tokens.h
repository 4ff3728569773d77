/* named_tokens.h — a token named by a word before it ("api key (prod): aB3d…", "the session
 * id is 9f8e…"), a value on the line after its name ("password":\n  "…", token: |\n  …), a secret
 * a CLI stores ("secrets set … --value …", "secrets create … <<< …") and an AWS secret
 * access key under its name, each read by hand from the word instead of by a regex row.
 *
 * Why: the row was NAMED_TOKEN_SPEC. Hyperscan reports every end of a bounded repeat, so at
 * each cue word its `[^\n]{0,20}[A-Za-z0-9_-]{20}` window stayed open for 40 bytes, and a
 * body packed with cue words ("key key key …", "api key api key …") kept dozens of windows
 * alive at every byte: 31-39 % of the main database's scan of such bodies (bench/README.md,
 * "A token named by a word, read by hand").
 *
 * Contract. Hyperscan scans for NAMED_TOKEN_ANCHOR (the SPEC's cue words alone; caseless).
 * Given the end `cue_end` of one anchor match, named_token_ends calls `found(end)` for ends
 * at which the SPEC matches from that cue word, and only those. For every run of token bytes
 * ([A-Za-z0-9_-]) in which a SPEC match from this cue ends, it reports the smallest such end
 * (and no other end in that run). Over all anchor matches of a text, then, the runs reported
 * and each run's smallest end are the SPEC's: everything scrub/patterns.c's
 * find_span_in_run (SPAN_OVER_CHARS) reads from an end, since its span is the run holding
 * the end, cut only when the end lies more than max_length past the run's start
 * (tests/unit/test_named_tokens.c compiles the SPEC and checks this on generated texts).
 *
 * Work: a cue reads the blanks and the parenthesised remark after it (each stops at the next
 * cue's bytes, so every byte is read for a bounded number of cues) and looks at most 20
 * bytes on for a window start; `struct named_token_memory` keeps, for one text, which bytes
 * are known to start no window, the last run of token bytes read and the last line's end,
 * so a body packed with cue words reads each byte a bounded number of times (the returned
 * count of bytes examined is what the work test bounds). Reading stops early if `found`
 * returns true (no room left for candidates). */
#ifndef LETHE_NAMED_TOKENS_H
#define LETHE_NAMED_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

#define NAMED_TOKEN_WORDS "(token|secret|bearer|session([ _-]?id)?|api[ _-]?key|\\bkey\\b|password|passwd|auth)"
/* The row it replaces: the cue word, a remark in parentheses maybe, up to 20 bytes of the
 * line, then 20 token bytes. */
#define NAMED_TOKEN_SPEC NAMED_TOKEN_WORDS "([ \\t]*\\([^()\\n]{1,60}\\))?[^\\n]{0,20}[A-Za-z0-9_-]{20}"
#define NAMED_TOKEN_ANCHOR NAMED_TOKEN_WORDS
#define NAMED_TOKEN_LENGTH 20         /* the token bytes the SPEC ends with */

/* Every cue word but "session" holds a credential word's stem of scrub/secret_keys.h's
 * SECRET_KEY_ANCHOR ("tok", "secret", "bearer", "key", "pass", "auth"), which the main
 * database scans for anyway: a scan that has that anchor reads those cue words from its
 * matches (named_token_cue_at_stem) and scans for NAMED_TOKEN_OWN_ANCHOR alone. Reporting
 * the same literals twice cost Hyperscan more than the window the row had ("Password: "
 * packed +15 %). Over a text, the cue ends read from SECRET_KEY_ANCHOR's ends and
 * NAMED_TOKEN_OWN_ANCHOR's ends are NAMED_TOKEN_ANCHOR's ends (test_named_tokens.c). */
#define NAMED_TOKEN_OWN_ANCHOR "session([ _-]?id)?"

/* What one text's reads have learnt; zero it before the text's first anchor. Each part is a
 * fact about the text, so any read may use it, in any order of anchors. */
struct named_token_memory {
    size_t clear_from, clear_to;      /* no window of 20 token bytes starts in [clear_from, clear_to) */
    size_t run_from, run_to;          /* text[run_from, run_to) are token bytes */
    bool run_closed;                  /* ... and text[run_to] is not (or run_to is the end) */
    size_t line_from, line_to;        /* no newline in [line_from, line_to) */
    bool line_closed;                 /* ... and text[line_to] is one (or line_to is the end) */
};

/* Returns true to stop reading. */
typedef bool (*named_token_found)(size_t end, void *context);

/* The end of the cue word that ends at or just after `stem_end`, the end of a
 * SECRET_KEY_ANCHOR match ("tok" of "token", "pass" of "password" or "passwd", "key" alone
 * or after "api"), if one does; 0 if none. Reads at most 6 bytes before and 4 after. */
size_t named_token_cue_at_stem(const char *text, size_t len, size_t stem_end);

/* `cue_end`: just past a NAMED_TOKEN_ANCHOR match. Returns the bytes examined. */
size_t named_token_ends(const char *text, size_t len, size_t cue_end, struct named_token_memory *memory,
                        named_token_found found, void *context);

/* ---- the value on the line after its name ----
 *
 * Pretty-printed JSON ("password":\n    "…") and YAML block scalars (token: |\n    …): a name
 * holding a credential word, a colon, then the value on the next line. The row was
 * NEXT_LINE_VALUE_SPEC, and its `[a-z0-9_-]*` around the words kept Hyperscan's engines alive
 * through every run of name bytes: leaving it out of the main database made bodies packed with
 * credential words 21-27 % cheaper to scan (bench/README.md, "The name before a value on the
 * next line, read by hand").
 *
 * Contract. Every word of the SPEC but the seeds' and recovery codes' holds a stem of
 * SECRET_KEY_ANCHOR ("pass" of passw(or)?d, passphrase and pass, "pwd", "secret", "tok" of
 * token, "credential", the "key" of every *key word). A scan that has that anchor compiles
 * NEXT_LINE_UNSTEMMED_SPEC (those words alone) and calls next_line_value_end at each anchor
 * end: it returns the end at which the SPEC matches through a name word holding that stem, or
 * 0. Over a text, the ends of NEXT_LINE_UNSTEMMED_SPEC and those returned are the SPEC's ends
 * (tests/unit/test_named_tokens.c compiles both and checks this on generated texts). The
 * SPEC ends 8 bytes into the value, at one place per colon, which is all SPAN_ASSIGNED reads.
 *
 * Work: the stem's word is read in at most 14 bytes around it; the run of name bytes after it,
 * the separator and 8 value bytes are read once per run (`struct next_line_memory`), whatever
 * the number of stems in the run: a body packed with credential words reads each byte a
 * bounded number of times (the returned count of bytes examined is what the work test bounds). */
#define NEXT_LINE_SECRET_NAME "(secret|token|api[ ._-]?key|apikey|credentials?|private[_-]?key|access[_-]?key" \
    "|(wi-?fi|wlan|wpa[23]?)[ _-]?key" \
    "|(account|signing|encryption|master|session|client|app|auth|license|consumer|shared|hmac|jwt|webhook" \
    "|deploy|ssh|gpg|pgp|aes|cipher|storage|subscription|primary|secondary)[_-]?key" \
    "|t?otp[_-]?seed|mfa[_-]?seed|recovery[_-]?codes?)"
/* The quote and colon after the name, then the value on the next line: after a quote there
 * (JSON), or after a block scalar's indicator and the next line's indent (YAML). */
#define NEXT_LINE_SEPARATOR "[\"']?[ \\t]*:" \
    "([ \\t]*\\r?\\n[ \\t]*[\"']|[ \\t]*[|>][-+]?[ \\t]*\\r?\\n[ \\t]+)[^\\s\"'`]{8}"
#define NEXT_LINE_VALUE_SPEC \
    "([a-z0-9_-]*(passw(or)?d|passphrase|" NEXT_LINE_SECRET_NAME ")[a-z0-9_-]*|(\\b|[_-])(pass|pwd))" \
    NEXT_LINE_SEPARATOR
/* The SPEC's words that hold no stem of SECRET_KEY_ANCHOR. */
#define NEXT_LINE_UNSTEMMED_SPEC "(t?otp[_-]?seed|mfa[_-]?seed|recovery[_-]?codes?)[a-z0-9_-]*" NEXT_LINE_SEPARATOR
#define NEXT_LINE_VALUE_LENGTH 8      /* the value bytes the SPEC ends with */

/* What one scan's stems have read; zero it before the scan's first anchor. Stems come in
 * increasing order, and so do the run ends they lead to. */
struct next_line_memory {
    size_t run_from, run_to;          /* text[run_from, run_to) are name bytes, text[run_to] is not */
    size_t read_at;                   /* the last run end whose separator was read; 0: none */
};

/* `stem_end`: just past a SECRET_KEY_ANCHOR match. The SPEC's end through the name word that
 * holds this stem, if that name's separator was not read before; else 0. Adds the bytes
 * examined to *examined. */
size_t next_line_value_end(const char *text, size_t len, size_t stem_end, struct next_line_memory *memory,
                           size_t *examined);

/* ---- a secret stored by a cloud CLI under its name ----
 *
 * "az keyvault secret set --name db --value …", "gcloud secrets create x --value=…": the words
 * "secret(s) set|put|create|add", up to 100 bytes of the line, then a value flag and 6 value
 * bytes. The row was SECRET_STORE_SPEC, and at every "secret" its `secrets?[ \t]+` and the
 * window after the verb kept Hyperscan busy: leaving it out of the main database made a body
 * packed with "secret " 16-29 % cheaper to scan (bench/README.md, "A secret stored by a CLI,
 * read by hand").
 *
 * Contract. The SPEC's first alternative, `\bsecrets?[ \t]+(set|put|create|add)\b`, holds the
 * stem "secret" of SECRET_KEY_ANCHOR; the other words (put-parameter, create-secret, …) hold
 * none or are not a whole word before their verb. A scan that has that anchor compiles
 * SECRET_STORE_UNSTEMMED_SPEC (those words alone) and calls secret_store_value_ends at each
 * anchor end: it calls `found(end)` for the ends at which the SPEC matches from the verb after
 * that "secret", except ends an earlier stem of the same scan reported (SPAN_ASSIGNED reads
 * the value back from each end, so the set of ends is all that counts). Over a text, the ends
 * of SECRET_STORE_UNSTEMMED_SPEC and those reported are the SPEC's ends
 * (tests/unit/test_named_tokens.c compiles both and checks this on generated texts).
 *
 * Work: a stem reads its word, the blanks and the verb; the window after the verb is read
 * once per scan (`struct secret_store_memory`: the part of the line the last window read), and
 * each value flag in it reads its blanks and 6 value bytes once: a body packed with "secret",
 * "secrets set" or "--value" reads each byte a bounded number of times (the returned count of
 * bytes examined is what the work test bounds). */
#define SECRET_STORE_TAIL "\\b[^\\n]{0,100}--(value|body|secret-string|secret-value)([ \\t]+|=)[\"']?[^\\s\"'`-][^\\s\"'`]{5}"
#define SECRET_STORE_SPEC \
    "\\b(secrets?[ \\t]+(set|put|create|add)|put-parameter|put-secret-value|create-secret|update-secret)" SECRET_STORE_TAIL
/* The SPEC's words that are not read from the stem. */
#define SECRET_STORE_UNSTEMMED_SPEC "\\b(put-parameter|put-secret-value|create-secret|update-secret)" SECRET_STORE_TAIL
#define SECRET_STORE_WINDOW 100       /* `[^\n]{0,100}` */

/* What one scan's stems have read; zero it before the scan's first anchor. Stems come in
 * increasing order, and so do the verbs they lead to. */
struct secret_store_memory {
    size_t read_to;                   /* every flag start below it was read by an earlier window */
    bool line_ended;                  /* ... and text[read_to] is a newline: no window passes it */
};

/* Returns true to stop reading. */
typedef bool (*secret_store_found)(size_t end, void *context);

/* Is the SECRET_KEY_ANCHOR match ending at `stem_end` a "secret"? Only those open either form
 * below: asked before them, so the other stems ("key", "pass", "tok") cost a compare, not
 * two calls. */
static inline bool secret_stem_at(const char *text, size_t len, size_t stem_end)
{
    return stem_end >= 6 && stem_end <= len && (text[stem_end - 1] | 0x20) == 't' && (text[stem_end - 3] | 0x20) == 'r';
}

/* `stem_end`: just past a SECRET_KEY_ANCHOR match. Returns the bytes examined. */
size_t secret_store_value_ends(const char *text, size_t len, size_t stem_end, struct secret_store_memory *memory,
                               secret_store_found found, void *context);

/* ---- a password given to a tool as a here-string ----
 *
 * "docker login --password-stdin <<< \"…\"", "gcloud secrets create db <<< '…'": a tool that
 * reads a password or a secret from stdin, up to 100 bytes of the line, "<<<" and 6 value
 * bytes. The row is HERE_STRING_SPEC (matched in small letters: no caseless flag); its
 * `\bsecrets?[ \t]+(versions[ \t]+add|create|set)` holds the stem "secret", and a scan that has
 * SECRET_KEY_ANCHOR compiles HERE_STRING_UNSTEMMED_SPEC and calls secret_here_string_ends at each
 * anchor end, with the contract, the memory and the work of secret_store_value_ends above (its
 * own memory): over a text, the ends of HERE_STRING_UNSTEMMED_SPEC and those reported are the
 * SPEC's ends (tests/unit/test_named_tokens.c). */
#define HERE_STRING_TOOLS "--password-stdin|--passphrase-stdin|\\bsudo[ \\t]+-S|passwd[ \\t]+--stdin|\\bchpasswd"
#define HERE_STRING_TAIL "[^\\n]{0,100}<<<[ \\t]*[\"']?[^\\s\"'`]{6}"
#define HERE_STRING_SPEC "(" HERE_STRING_TOOLS "|\\bsecrets?[ \\t]+(versions[ \\t]+add|create|set))" HERE_STRING_TAIL
#define HERE_STRING_UNSTEMMED_SPEC "(" HERE_STRING_TOOLS ")" HERE_STRING_TAIL

/* `stem_end`: just past a SECRET_KEY_ANCHOR match. Returns the bytes examined. */
size_t secret_here_string_ends(const char *text, size_t len, size_t stem_end, struct secret_store_memory *memory,
                               secret_store_found found, void *context);

/* ---- an AWS secret access key under its name ----
 *
 * "aws_secret_access_key = wJalr…", "AWS Secret Access Key [None]: wJalr…", "sec_key …": the
 * name, a prompt's bracket maybe, patterns.c's ASSIGNMENT or blanks, then 40 base64 bytes.
 * The row (AWS_SECRET_ACCESS_KEY, SCAN_WHOLE_TEXT) began `(aws)?[ _]?sec(ret)?…key`, and its
 * "sec" kept Hyperscan busy at every "secret": leaving it out of the main database made "secret "
 * packed 18 % cheaper to scan. Every match ends its name with "key", a stem of SECRET_KEY_ANCHOR:
 * a scan that has that anchor compiles no pattern for the row and calls aws_secret_value_ends at
 * each anchor end; it calls `found(end)` for the ends at which the row's regex matches through
 * that "key" (the prefix `(aws)?[ _]?` is optional, so it does not decide an end). Over a text,
 * those are the regex's ends (tests/unit/test_named_tokens.c). Work: at most 12 bytes before the
 * stem, the blanks after it and each parse's 40 value bytes; a value's run cannot hold the next
 * name's separator, so packed bodies read each byte a bounded number of times. */
typedef bool (*aws_secret_found)(size_t end, void *context);

/* May the "key" stem ending at `stem_end` end the row's name? The byte before "key" (or before
 * one blank or '_' there) must end "sec", "secret" or "access", or be a second blank or '_':
 * asked first, so "key " or "key-" packed costs a compare a stem, not a read. */
static inline bool aws_secret_name_may_end(const char *text, size_t len, size_t stem_end)
{
    if (stem_end < 6 || stem_end > len || (text[stem_end - 1] | 0x20) != 'y') {
        return false;
    }
    char before = (char)(text[stem_end - 4] | 0x20);
    if (before == 'c' || before == 't' || before == 's') {
        return true;
    }
    if (text[stem_end - 4] != ' ' && text[stem_end - 4] != '_') {
        return false;
    }
    char second = (char)(text[stem_end - 5] | 0x20);
    return second == 'c' || second == 't' || second == 's' || text[stem_end - 5] == ' ' || text[stem_end - 5] == '_';
}

/* `stem_end`: just past a SECRET_KEY_ANCHOR match. Returns the bytes examined. */
size_t aws_secret_value_ends(const char *text, size_t len, size_t stem_end, aws_secret_found found, void *context);

#endif
