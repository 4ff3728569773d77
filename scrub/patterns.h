/* patterns.h — entity patterns compiled into Hyperscan databases (the main one, one over
 * the runs of digits, one for the rows that slow the main one down), and the scan.
 *
 * Hyperscan reports where a candidate ends, never where it starts: start-of-match can
 * cost 100x (shared/SCRUB-NOTES.md). Each entity type says how to recover the exact span
 * from that end: back to its literal prefix (secrets), over the characters its values
 * are made of (emails; the span is then widened right over them, so the many ends
 * Hyperscan reports for one value collapse to one span), or, for digit-shaped values
 * whose separators are ordinary text, by trying the starts the validator accepts.
 * Overlapping candidates resolve to the longest; on a tie the type listed first wins,
 * so specific shapes come before generic ones. One scratch per set: a set serves one
 * thread (one worker process). */
#ifndef LETHE_PATTERNS_H
#define LETHE_PATTERNS_H

#include <stdbool.h>
#include <stddef.h>

#include "scrub/password_forms.h"
#include "scrub/secret_keys.h"

enum span_rule {
    SPAN_FROM_PREFIX,       /* back to the leftmost token-aligned `prefix` */
    SPAN_OVER_CHARS,        /* back over value_char */
    SPAN_BY_VALIDATOR,      /* digit-shaped values: the match ends at a word boundary, and
                               the start is the leftmost boundary whose span validates */
    SPAN_BLOCK,             /* a delimited block (PEM): from the nearest `prefix` back to
                               the match's end, nothing widened */
    SPAN_ASSIGNED,          /* the value of NAME=value or "name": "value": back over
                               value_char to the assignment, the name itself stays */
    SPAN_BEFORE_DELIMITER,  /* the match ends with a delimiter that follows the value
                               (the '@' after a URL's password): back over value_char */
    SPAN_BEFORE_CUE,        /* the match ends with a cue that follows the value ("… er
                               passordet"): back over a few words of letters, then the value */
    SPAN_AFTER_PREFIX,      /* the value follows the nearest `prefix` before the match's end
                               ("echo '…' | docker login --password-stdin") */
    SPAN_REPORTED,          /* custom patterns: Hyperscan's own leftmost start (SOM) */
    SPAN_PASSWORD_PARAMETER,/* the pattern is an anchor: scrub/password_forms.h reads the
                               ends of a form from it, each value then read as SPAN_ASSIGNED */
    SPAN_PASSWORD_ANSWER,   /* the same, for a chat's answer to a question about a password */
    SPAN_PASSWORD_PHRASE,   /* the same, for a passphrase of plain words after a password word */
    SPAN_SECRET_KEY,        /* the pattern is a credential word's stem: scrub/secret_keys.h reads
                               the key around it, judges its words, and reads the value assigned */
    /* The pattern is an anchor of a place a secret stands with no key before it: scrub/
     * secret_places.h reads and judges the value (enum secret_place_form, in its order). */
    SPAN_SECRET_PRINTED,    /* a secret-printing command's word: the line it prints */
    SPAN_SECRET_CUED,       /* a cue ("now it is", "nå er det", "jetzt"), a credential named before */
    SPAN_SECRET_DIRECTIVE,  /* a network device's directive word */
    SPAN_SECRET_LOGIN,      /* scrub/tool_credentials.h: a login pair's slash */
    SPAN_SECRET_DEFINE,     /* ... PHP's define( */
    SPAN_SECRET_TOOL,       /* ... an argument one tool gives a password's meaning */
    SPAN_SECRET_CODES,      /* ... a heading of backup codes or a security question (tool_codes_read) */
    SPAN_PASSWORD_WORD,     /* the anchor of the forms that start at a password word: their
                               reader reports each end for the row of its form (below), never
                               for this one */
    /* Read as SPAN_ASSIGNED, and the row's password words are read from the SPAN_PASSWORD_WORD
     * anchor as the form of the same name (enum password_word_form, in its order), besides
     * what its pattern, if any, finds. */
    SPAN_PASSWORD_ASSIGNED,
    SPAN_PASSWORD_QUOTED,
    SPAN_PASSWORD_LISTED,
    SPAN_PASSWORD_SENTENCE,
    SPAN_PASSWORD_ALONE,
    SPAN_PASSWORD_OPENS,
    SPAN_NAMED_TOKEN,       /* the pattern is a word that names a token: scrub/named_tokens.h reads
                               the ends of the token after it, each read as SPAN_OVER_CHARS */
    SPAN_TOKEN_FORM,        /* no pattern: scrub/token_forms.h reads a vendor token's form (a short
                               prefix, a separator, a random body) around the text's digits */    SPAN_LOGIN_NAME,        /* the pattern is a login cue: scrub/login_names.h reads the login after
                               it and judges it with the name table (pattern_set's `names`) */
};

/* Which Hyperscan database a pattern is compiled into, and so over what it is scanned. */
enum pattern_scan {
    SCAN_WHOLE_TEXT,        /* the main database, over the whole text */
    SCAN_NUMBER_RUNS,       /* digit-shaped: only inside the runs of digits a fast pass finds */
    SCAN_ALONE,             /* a database of its own, over the whole text: a pattern that makes
                               the main database's engine several times slower when compiled
                               with the rest (see the row's comment in patterns.c) */
    SCAN_LETTERED_RUNS,     /* digit-shaped after two capitals (IBAN, NINO): only inside the number runs
                               that hold two capitals before a digit */
    SCAN_DIALLED_RUNS,      /* a phone opening with '+' or '(': only inside the number runs that hold one */
};

struct entity_type {
    const char *name;                               /* "OPENAI_API_KEY" */
    enum span_rule rule;
    const char *pattern;                            /* Hyperscan syntax, matched without SOM;
                                                       NULL: found by its cues (scrub/columns.h) */
    const char *prefix;                             /* literal the value starts with, or NULL */
    size_t min_length, max_length;
    bool (*value_char)(unsigned char c);            /* what the value is made of */
    bool (*validate)(const char *text, size_t len); /* NULL: the pattern and length suffice */
    bool caseless;                                  /* compile with HS_FLAG_CASELESS */
    enum pattern_scan scan;                         /* which database; 0: the main one */
};

struct candidate {
    size_t start, end;                              /* [start, end) in the scanned text */
    const struct entity_type *type;
};

/* Hyperscan reports every end offset of a match (each byte of a long token's tail): what
 * a type decided for one end holds for every later end inside the same run of its
 * characters, so each run is extended and validated once and scanning stays linear. */
struct decided_span;
struct name_table;

struct pattern_set {
    const struct entity_type *types;
    size_t count;
    void *database;                                 /* hs_database_t: over the whole text */
    void *number_database;                          /* hs_database_t: over number runs */
    void *alone_database;                           /* hs_database_t: SCAN_ALONE, over the whole text */
    void *lettered_database;                        /* hs_database_t: SCAN_LETTERED_RUNS */
    void *dialled_database;                         /* hs_database_t: SCAN_DIALLED_RUNS */
    void *scratch;                                  /* hs_scratch_t, for all of them */
    struct decided_span *decided;                   /* per type: the last span decided in a scan */
    const struct entity_type *password_word_rows[PASSWORD_WORD_FORM_COUNT]; /* the row of each form */
    const struct entity_type *named_token_row;      /* SPAN_NAMED_TOKEN's row, if any */
    const struct entity_type *token_form_row;       /* SPAN_TOKEN_FORM's row, if any */
    bool named_token_from_key_anchor;               /* its cue words read from SPAN_SECRET_KEY's matches */
    const struct entity_type *labelled_key_row;     /* LABELLED_KEY_SPEC's row, read from those matches */
    const struct entity_type *key_sentence_row;     /* the sentence row, its key cue words read from those */
    const struct entity_type *next_line_value_row;  /* NEXT_LINE_VALUE_SPEC's row, its stemmed words read from those */
    const struct entity_type *secret_store_row;     /* SECRET_STORE_SPEC's row, its "secrets set" read from those */
    const struct entity_type *here_string_row;      /* HERE_STRING_SPEC's row, its "secrets set" read from those */
    const struct entity_type *aws_secret_row;       /* AWS_SECRET_ACCESS_KEY's named row, read from those */
    size_t scans;                                   /* scans so far: which `decided` are current */
    struct secret_words secret_words;               /* the credential-key judge's words */
    /* The name finder's table, for SPAN_LOGIN_NAME's judge: set by the owner (scrub.c) before a
     * scan when names are enabled, else NULL (the row then finds nothing). */
    const struct name_table *names;
};

/* Compile every type's pattern into the database its `scan` names; a pattern that does not
 * compile is an error naming the type. */
bool pattern_set_compile(struct pattern_set *set, const struct entity_type *types, size_t count,
                         char *error, size_t error_size);
void pattern_set_release(struct pattern_set *set);
/* Candidates in text order, overlaps resolved to the longest. Returns how many, `max` if
 * that was not room enough (scan again with more: nothing may be missed), or (size_t)-1
 * if the scan failed. */
size_t pattern_set_scan(struct pattern_set *set, const char *text, size_t len, struct candidate *out,
                        size_t max);
/* Sort by start and keep the longest of overlapping candidates; returns how many stay.
 * Linear when the candidates come as up to four runs each in order. */
size_t candidates_resolve(struct candidate *candidates, size_t count);

/* The first ASCII digit at or after `at`, or len. Most text has few digits: SSE2 looks at
 * sixteen bytes at a time (the number-run scan here, the cue pass in columns.c). */
size_t pattern_next_digit(const char *text, size_t len, size_t at);

/* Every built-in shape but PERSON (scrub/names.h), specific before generic. */
extern const struct entity_type builtin_entity_types[];
extern const size_t builtin_entity_type_count;
/* PERSON's one pattern row, compiled when PERSON is on (scrub.c): the login cues of
 * scrub/login_names.h, whose reader needs the set's `names`. */
extern const struct entity_type login_name_entity_type;

#endif
