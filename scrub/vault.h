/* vault.h — one request's placeholders: value <-> "[TYPE_N]".
 *
 * Deterministic within the request (the same value of a type always gets the same
 * placeholder), numbered per type from 1, and never a string that already appears in the
 * request's own text (a prompt that quotes "[EMAIL_1]" pushes the numbering on). Lives in
 * the request arena and is wiped with it: nothing crosses requests. */
#ifndef LETHE_VAULT_H
#define LETHE_VAULT_H

#include <stddef.h>

#include "transforms/foundation/arena.h"
#include "transforms/foundation/slice.h"

struct vault_entry {
    const char *type;               /* "EMAIL" */
    struct slice value;             /* the original text */
    struct slice placeholder;       /* "[EMAIL_1]" */
    struct slice bare;              /* "EMAIL_1": models sometimes drop the brackets */
    size_t number;
};

struct vault {
    struct arena *arena;
    struct vault_entry *entries;
    size_t count, capacity;
    const struct slice *texts;      /* the request's texts, to avoid colliding with them */
    size_t text_count;
    size_t longest_placeholder;
};

void vault_init(struct vault *vault, struct arena *arena, const struct slice *texts, size_t text_count);
/* The placeholder for this value of this type, minted on first sight. */
const struct vault_entry *vault_mint(struct vault *vault, const char *type, struct slice value);

#endif
