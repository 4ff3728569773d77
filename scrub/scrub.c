#include "scrub/scrub.h"

#include "scrub/company_numbers.h"
#include "transforms/foundation/caseless.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FIRST_CANDIDATES = 64, BYTES_PER_CANDIDATE = 24, LOCAL_CANDIDATES = 176, ARENA_BYTES_PER_CANDIDATE = 8 };

static const char person_name[] = "PERSON";

bool scrub_type_is_builtin(const char *name)
{
    if (strcmp(name, person_name) == 0) {
        return true;
    }
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        if (strcmp(builtin_entity_types[i].name, name) == 0) {
            return true;
        }
    }
    return false;
}

static bool listed(const struct scrub_config *config, const char *name)
{
    if (config->entities == NULL) {
        return true;                              /* "all", or no list */
    }
    for (size_t i = 0; i < config->entity_count; i++) {
        if (strcmp(config->entities[i], name) == 0) {
            return true;
        }
    }
    return false;
}

bool scrubber_init(struct scrubber *scrubber, const struct scrub_config *config, char *error, size_t error_size)
{
    memset(scrubber, 0, sizeof *scrubber);
    scrubber->users = 1;
    arena_init(&scrubber->strings, 1024);
    scrubber->types = calloc(builtin_entity_type_count + config->custom_count + 2, sizeof *scrubber->types);
    scrubber->allow = calloc(config->allow_count + 1, sizeof *scrubber->allow);
    if (scrubber->types == NULL || scrubber->allow == NULL) {
        snprintf(error, error_size, "scrub: out of memory");
        scrubber_release(scrubber);
        return false;
    }
    for (size_t i = 0; i < config->allow_count; i++) {
        scrubber->allow[i] = arena_strndup(&scrubber->strings, config->allow[i], strlen(config->allow[i]));
    }
    scrubber->allow_count = config->allow_count;
    for (size_t i = 0; i < builtin_entity_type_count; i++) {
        if (listed(config, builtin_entity_types[i].name)) {
            scrubber->types[scrubber->type_count++] = builtin_entity_types[i];
        }
    }
    if (listed(config, person_name)) {
        scrubber->types[scrubber->type_count++] = login_name_entity_type;   /* logins after a cue */
    }
    for (size_t i = 0; i < config->custom_count; i++) {
        const struct scrub_custom_type *custom = &config->custom[i];
        scrubber->types[scrubber->type_count++] = (struct entity_type){
            .name = arena_strndup(&scrubber->strings, custom->name, strlen(custom->name)),
            .rule = SPAN_REPORTED,
            .pattern = arena_strndup(&scrubber->strings, custom->pattern, strlen(custom->pattern)),
            .min_length = 1, .max_length = 4096,
        };
    }
    if (scrubber->type_count > 0
        && !pattern_set_compile(&scrubber->patterns, scrubber->types, scrubber->type_count, error, error_size)) {
        scrubber_release(scrubber);
        return false;
    }
    if (!column_cues_init(&scrubber->columns, scrubber->types, scrubber->type_count, error, error_size)) {
        scrubber_release(scrubber);
        return false;
    }
    scrubber->person = (struct entity_type){ .name = person_name };
    if (listed(config, person_name)) {
        if (!name_table_init(&scrubber->names, scrub_names_data, scrub_names_data_size)) {
            snprintf(error, error_size, "scrub: the compiled-in name list is malformed");
            scrubber_release(scrubber);
            return false;
        }
        scrubber->names_enabled = true;
    }
    return true;
}

void scrubber_release(struct scrubber *scrubber)
{
    pattern_set_release(&scrubber->patterns);
    column_cues_release(&scrubber->columns);
    name_table_release(&scrubber->names);
    free(scrubber->types);
    scrubber->types = NULL;
    scrubber->type_count = 0;
    scrubber->names_enabled = false;
    free(scrubber->allow);
    scrubber->allow = NULL;
    scrubber->allow_count = 0;
    arena_release(&scrubber->strings);
}

static bool same_strings(const char *const *a, size_t a_count, const char *const *b, size_t b_count)
{
    if (a_count != b_count || (a == NULL) != (b == NULL)) {
        return false;
    }
    for (size_t i = 0; i < a_count; i++) {
        if (strcmp(a[i], b[i]) != 0) {
            return false;
        }
    }
    return true;
}

bool scrub_config_equal(const struct scrub_config *a, const struct scrub_config *b)
{
    if (a->enabled != b->enabled || a->custom_count != b->custom_count
        || !same_strings(a->entities, a->entity_count, b->entities, b->entity_count)
        || !same_strings(a->allow, a->allow_count, b->allow, b->allow_count)) {
        return false;
    }
    for (size_t i = 0; i < a->custom_count; i++) {
        if (strcmp(a->custom[i].name, b->custom[i].name) != 0
            || strcmp(a->custom[i].pattern, b->custom[i].pattern) != 0) {
            return false;
        }
    }
    return true;
}

static bool allowed(const struct scrubber *scrubber, const char *value, size_t len)
{
    for (size_t i = 0; i < scrubber->allow_count; i++) {
        if (caseless_equals(value, len, scrubber->allow[i])) {
            return true;
        }
    }
    return false;
}

/* The values the structure names (keys, table columns, cue words), after the `found`
 * candidates in `*candidates` (of `capacity`): given more room only if they need it, so
 * that the patterns and names are not run again. Returns how many, or (size_t)-1. */
static size_t find_cued(struct scrubber *scrubber, struct arena *arena, struct slice key, const char *text, size_t len,
                        struct candidate **candidates, size_t found, size_t capacity)
{
    for (size_t cue_room = capacity - found;; cue_room *= 4) {
        if (found + cue_room > capacity) {
            struct candidate *more = arena_alloc(arena, (found + cue_room) * sizeof *more);
            memcpy(more, *candidates, found * sizeof *more);
            *candidates = more;
            capacity = found + cue_room;
        }
        /* Set per scan, not kept: the scrubber owns both and may be moved. */
        scrubber->columns.names = scrubber->names_enabled ? &scrubber->names : NULL;
        scrubber->columns.person = &scrubber->person;
        size_t cued = column_cues_find(&scrubber->columns, text, len, *candidates + found, cue_room);
        if (cued == (size_t)-1 || cued < cue_room) {
            /* One more fits: cued < cue_room. */
            if (cued == (size_t)-1) {
                return cued;
            }
            struct candidate *after = *candidates + found + cued;
            return cued + column_cues_keyed(&scrubber->columns, key.ptr, key.len, text, len, after);
        }
    }
}

/* Candidates from Hyperscan, the name finder and the structure, overlaps resolved. A scan
 * that fills its room is run again with more: no value may go unmasked for lack of space.
 * A short text's room is `local`, on the caller's stack: a request scrubs one text per
 * message and part, and their candidates are dead once the text is written, so they need
 * not stay in the request's arena for the life of a stream. LOCAL_CANDIDATES covers texts
 * up to about 2.6 KB, so a 2 KB prompt's (149) no longer takes 7 KB of the arena. */
/* The first room: a text past the stack's room gets one candidate per 8 bytes, since a
 * scan that fills its room is run again whole (with the name finder): an env file of
 * "DB_PASSWORD=…" lines, a value every 21 bytes, was scanned twice at one per 24 bytes, and
 * "the password is …" sentences, a value every 26 bytes that two readers each find (the
 * credential-key reader and the password-word anchor, spans a byte apart), at one per 16.
 * At the 100 KiB body limit that is 12,800 candidates, 300 KB of the request's arena. */
static size_t first_room(size_t len)
{
    size_t room = FIRST_CANDIDATES + len / BYTES_PER_CANDIDATE;
    return room <= LOCAL_CANDIDATES ? room : FIRST_CANDIDATES + len / ARENA_BYTES_PER_CANDIDATE;
}

static size_t find_candidates(struct scrubber *scrubber, struct arena *arena, struct slice key, const char *text,
                              size_t len, struct candidate *local, struct candidate **found)
{
    for (size_t room = first_room(len);; room *= 4) {
        struct candidate *candidates = room <= LOCAL_CANDIDATES ? local
                                                                : arena_alloc(arena, 2 * room * sizeof *candidates);
        size_t count = 0;
        if (scrubber->patterns.database != NULL) {
            /* Set per scan, not kept, as the columns' below: the login judge's gazetteer. */
            scrubber->patterns.names = scrubber->names_enabled ? &scrubber->names : NULL;
            count = pattern_set_scan(&scrubber->patterns, text, len, candidates, room);
            if (count == (size_t)-1) {
                return (size_t)-1;
            }
        }
        size_t names = 0;
        if (scrubber->names_enabled) {
            names = names_find(&scrubber->names, &scrubber->person, text, len, candidates + count, room);
        }
        if (count == room || names == room) {
            continue;
        }
        /* They overlap what the patterns found: resolving keeps the longest. */
        size_t cued = find_cued(scrubber, arena, key, text, len, &candidates, count + names, 2 * room);
        if (cued == (size_t)-1) {
            return (size_t)-1;
        }
        cued = column_cues_prefer(candidates, count, candidates + count + names, cued);
        *found = candidates;
        return names || cued ? candidates_resolve(candidates, count + names + cued) : count;
    }
}

size_t scrub_text(struct scrubber *scrubber, struct vault *vault, const char *text, size_t len, struct buffer *out)
{
    return scrub_keyed_text(scrubber, vault, slice_of(NULL, 0), text, len, out);
}

size_t scrub_keyed_text(struct scrubber *scrubber, struct vault *vault, struct slice key, const char *text, size_t len,
                        struct buffer *out)
{
    struct candidate *candidates;
    struct candidate local[2 * LOCAL_CANDIDATES];
    size_t count = find_candidates(scrubber, vault->arena, key, text, len, local, &candidates);
    if (count == (size_t)-1) {
        return (size_t)-1;
    }
    size_t masked = 0, copied = 0;
    for (size_t i = 0; i < count; i++) {
        const struct candidate *candidate = &candidates[i];
        size_t value_len = candidate->end - candidate->start;
        if (scrubber->allow_count && allowed(scrubber, text + candidate->start, value_len)) {
            continue;
        }
        if (company_number_at(text, candidate->start, candidate->end)) {
            continue;                     /* "SIREN 732 829 320": a register's number, not a person's */
        }
        const struct vault_entry *entry =
            vault_mint(vault, candidate->type->name, slice_of(text + candidate->start, value_len));
        buffer_append(out, text + copied, candidate->start - copied);
        buffer_append(out, entry->placeholder.ptr, entry->placeholder.len);
        copied = candidate->end;
        masked++;
    }
    buffer_append(out, text + copied, len - copied);
    return masked;
}
