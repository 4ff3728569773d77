#include "scrub/vault.h"

#include <stdio.h>
#include <string.h>

void vault_init(struct vault *vault, struct arena *arena, const struct slice *texts, size_t text_count)
{
    memset(vault, 0, sizeof *vault);
    vault->arena = arena;
    vault->texts = texts;
    vault->text_count = text_count;
}

static bool appears_in_texts(const struct vault *vault, const char *needle, size_t len)
{
    for (size_t i = 0; i < vault->text_count; i++) {
        if (memmem(vault->texts[i].ptr, vault->texts[i].len, needle, len) != NULL) {
            return true;
        }
    }
    return false;
}

/* After the highest number this type has used: numbers skipped for a collision stay
 * skipped, so no two values ever share a placeholder. */
static size_t next_number(const struct vault *vault, const char *type)
{
    size_t highest = 0;
    for (size_t i = 0; i < vault->count; i++) {
        if (strcmp(vault->entries[i].type, type) == 0 && vault->entries[i].number > highest) {
            highest = vault->entries[i].number;
        }
    }
    return highest + 1;
}

const struct vault_entry *vault_mint(struct vault *vault, const char *type, struct slice value)
{
    for (size_t i = 0; i < vault->count; i++) {
        const struct vault_entry *entry = &vault->entries[i];
        if (strcmp(entry->type, type) == 0 && entry->value.len == value.len
            && memcmp(entry->value.ptr, value.ptr, value.len) == 0) {
            return entry;
        }
    }
    if (vault->count == vault->capacity) {
        size_t capacity = vault->capacity ? vault->capacity * 2 : 8;
        struct vault_entry *grown = arena_alloc(vault->arena, capacity * sizeof *grown);
        if (vault->count) {
            memcpy(grown, vault->entries, vault->count * sizeof *grown);
        }
        vault->entries = grown;
        vault->capacity = capacity;
    }
    /* Skip numbers whose placeholder the request already contains, bracketed or bare. */
    char bare[64];
    size_t number = next_number(vault, type);
    int len;
    for (;; number++) {
        len = snprintf(bare, sizeof bare, "%s_%zu", type, number);
        if (!appears_in_texts(vault, bare, (size_t)len)) {
            break;
        }
    }
    struct vault_entry *entry = &vault->entries[vault->count++];
    entry->number = number;
    entry->type = type;
    entry->value = slice_of(arena_strndup(vault->arena, value.ptr, value.len), value.len);
    char *bracketed = arena_printf(vault->arena, "[%s]", bare);
    entry->placeholder = slice_of(bracketed, (size_t)len + 2);
    entry->bare = slice_of(bracketed + 1, (size_t)len);
    if (entry->placeholder.len > vault->longest_placeholder) {
        vault->longest_placeholder = entry->placeholder.len;
    }
    return entry;
}
