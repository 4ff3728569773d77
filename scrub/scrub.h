/* scrub.h — masking one text: every sensitive value becomes its placeholder.
 *
 * A scrubber is built from the "scrub" config, at start-up and at a reload that changes
 * it: the enabled built-in types and the custom ones compile into Hyperscan databases (a
 * pattern that does not compile is an error naming its type), and PERSON uses the
 * compiled-in gazetteer. scrub_text finds candidates (Hyperscan + span rules +
 * validators, names, and the values keys, table columns and cue words name:
 * scrub/columns.h), resolves overlaps to the longest, drops allow-listed values,
 * and writes the text with each value replaced by the request vault's placeholder. What
 * was masked is counted in the vault, by type; the scrubber holds no value. */
#ifndef LETHE_SCRUB_H
#define LETHE_SCRUB_H

#include <stdbool.h>
#include <stddef.h>

#include "scrub/columns.h"
#include "scrub/names.h"
#include "scrub/patterns.h"
#include "scrub/vault.h"
#include "transforms/foundation/buffer.h"

enum { SCRUB_TYPE_NAME_MAX = 32 };

struct scrub_custom_type {
    const char *name;               /* "EMPLOYEE_ID": [A-Z][A-Z0-9_]* */
    const char *pattern;            /* Hyperscan syntax; the match is the value */
};

struct scrub_config {
    bool enabled;
    const char *const *entities;    /* type names to mask; NULL: all built-in types */
    size_t entity_count;
    const struct scrub_custom_type *custom;
    size_t custom_count;
    const char *const *allow;       /* values never masked (compared case-insensitively) */
    size_t allow_count;
};

struct scrubber {
    struct pattern_set patterns;
    struct column_cues columns;     /* keys, labels, table columns and cue words */
    struct entity_type *types;      /* what `patterns` was compiled from */
    size_t type_count;
    struct name_table names;
    bool names_enabled;
    struct entity_type person;
    const char **allow;             /* copies, like the custom type names: a scrubber */
    size_t allow_count;             /* outlives the config it was built from */
    struct arena strings;
    unsigned users;                 /* 1 after init; a reload that keeps "scrub" as it was
                                       shares the scrubber instead of compiling again */
};

/* The names a config may list in "entities": every built-in type and PERSON. */
bool scrub_type_is_builtin(const char *name);
bool scrubber_init(struct scrubber *scrubber, const struct scrub_config *config, char *error, size_t error_size);
/* Would the two configs build the same scrubber? */
bool scrub_config_equal(const struct scrub_config *a, const struct scrub_config *b);
void scrubber_release(struct scrubber *scrubber);

/* Append `text` to `out` with each sensitive value replaced by its placeholder, minted in
 * `vault`. Returns how many values were masked (0: `out` holds text unchanged), or
 * (size_t)-1 if the scan failed: the caller must not send the text then. */
size_t scrub_text(struct scrubber *scrubber, struct vault *vault, const char *text, size_t len, struct buffer *out);
/* scrub_text for a value that stands under `key` in parsed JSON (a tool's arguments): the
 * key names the value's type as a column's name does (scrub/columns.h). */
size_t scrub_keyed_text(struct scrubber *scrubber, struct vault *vault, struct slice key, const char *text, size_t len,
                        struct buffer *out);

#endif
