/* occurrences.h — every further occurrence of a value the detectors found.
 *
 * After the first pass over a request has filled the vault, the values it holds are
 * compiled into one Aho-Corasick automaton (in the request arena) and every masked text
 * is read once more: each remaining occurrence of a vault value becomes that value's
 * placeholder. Matching is case-sensitive and exact, leftmost-longest, without overlaps;
 * where a value starts (ends) with a word character ([A-Za-z0-9_] or any byte >= 0x80) the
 * occurrence must start (end) at a word boundary, so "Ole" never masks "Olefin"; a
 * bracketed placeholder the vault minted is copied untouched. Values shorter than
 * OCCURRENCE_MIN_LENGTH bytes are not propagated: a two-byte value ("42", "NO") is
 * mostly noise when found away from the cue that made it a value.
 *
 * Work is linear in the text plus the number of value occurrences ending at each byte
 * (values that are suffixes of one another all report there); every step is counted with
 * vault_count_work. */
#ifndef LETHE_SCRUB_OCCURRENCES_H
#define LETHE_SCRUB_OCCURRENCES_H

#include <stddef.h>

#include "scrub/vault.h"
#include "transforms/foundation/buffer.h"

enum { OCCURRENCE_MIN_LENGTH = 3 };

struct occurrences;

/* The automaton over the vault's values, or NULL when none is long enough to propagate
 * (then there is no second pass at all). Built in `arena`; reads `vault` as it is now. */
struct occurrences *occurrences_build(const struct vault *vault, struct arena *arena);
/* Append `text` to `out` with every occurrence of a vault value replaced by its
 * placeholder. Returns how many were replaced (0: `out` is untouched). */
size_t occurrences_replace(const struct occurrences *occurrences, const char *text, size_t len, struct buffer *out);

#endif
