/* vault.h — one request's placeholders: value <-> "[TYPE_N]".
 *
 * Deterministic within the request (the same value of a type always gets the same
 * placeholder), numbered per type from 1, and never a string that already appears in the
 * request's own text (a prompt that quotes "[EMAIL_1]" pushes the numbering on). Lives in
 * the request arena and is wiped with it: nothing crosses requests.
 *
 * Linear whatever the input: minting is a hash look-up from value to entry, and the
 * collision rule reads one set of the "TYPE_N" tokens the texts already hold, gathered in
 * one pass over them. The restorer finds a placeholder by its text through the same
 * (type, number) index, never by trying every entry. */
#ifndef LETHE_VAULT_H
#define LETHE_VAULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "transforms/foundation/arena.h"
#include "transforms/foundation/slice.h"

struct vault_entry {
    const char *type;               /* "EMAIL" */
    struct slice value;             /* the original text */
    struct slice placeholder;       /* "[EMAIL_1]" */
    struct slice bare;              /* "EMAIL_1": models sometimes drop the brackets */
    size_t type_index;              /* into vault.types */
};

struct vault_type {
    const char *name;
    size_t len;
    size_t highest;                 /* the highest number minted; skipped numbers stay skipped */
    size_t count;                   /* values of this type in the vault: what logs and metrics count */
};

/* A (type, number) pair: minted, the decimal beginning of a minted one, or already in the text. */
struct vault_number;
/* Where the texts hold '_' followed by a digit: a possible "TYPE_N" token. */
struct vault_token;

struct vault {
    struct arena *arena;
    struct vault_entry *entries;
    size_t count, capacity;
    const struct slice *texts;      /* the request's texts, to avoid colliding with them */
    size_t text_count;
    size_t longest_placeholder;
    struct vault_type *types;       /* the few distinct types minted so far */
    size_t type_count, type_capacity;
    uint8_t first_letters[32];      /* bit set of the types' first letters: where a bare form may start */
    size_t *by_value;               /* open addressing: entry index + 1, 0 for empty */
    size_t by_value_mask;
    struct vault_number *numbers;   /* open addressing by (type, number) */
    size_t numbers_mask, numbers_used;
    struct vault_token *tokens;     /* gathered on the first mint */
    size_t token_count;
    bool tokens_gathered;
    size_t *work_counter;           /* tests only: counts probes and comparisons when set */
};

void vault_init(struct vault *vault, struct arena *arena, const struct slice *texts, size_t text_count);
/* The placeholder for this value of this type, minted on first sight; a value already
 * minted under another type keeps that placeholder. */
const struct vault_entry *vault_mint(struct vault *vault, const char *type, struct slice value);

/* The restorer's look-ups, on the text of a bare form ("EMAIL_1", no brackets). */
/* The entry whose bare form is exactly `text`, or NULL. */
const struct vault_entry *vault_find(const struct vault *vault, const char *text, size_t len);
/* Could `text` still grow into a bare form (it is one, or the beginning of one)? */
bool vault_could_begin(const struct vault *vault, const char *text, size_t len);
/* May a bare form start with this byte? */
static inline bool vault_starts_type(const struct vault *vault, unsigned char c)
{
    return (vault->first_letters[c >> 3] >> (c & 7)) & 1;
}
/* Count `amount` units of work when a test asks to. */
static inline void vault_count_work(const struct vault *vault, size_t amount)
{
    if (vault->work_counter != NULL) {
        *vault->work_counter += amount;
    }
}

#endif
