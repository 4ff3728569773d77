#include "scrub/vault.h"

#include <string.h>
#include <sys/random.h>

enum {
    NUMBER_MINTED = 1,              /* an entry has this number */
    NUMBER_BEGINS = 2,              /* a minted number's decimal begins with this one's ("1" of "12") */
    NUMBER_IN_TEXT = 4,             /* the request's text already holds "TYPE_N": never mint it */
    FIRST_TABLE_SIZE = 16,
    MAX_DIGITS = 19,                /* more cannot be a number we minted */
};

struct vault_number {
    size_t number;
    size_t type_plus_one;           /* 0: empty slot */
    size_t entry;                   /* index into entries, when NUMBER_MINTED */
    unsigned flags;
};

struct vault_token {
    size_t text;                    /* index into texts */
    size_t underscore;              /* offset of the '_' */
};

/* Values come from the client: a per-process random seed keeps one from choosing
 * colliding hashes ahead of time. */
static uint64_t hash_seed(void)
{
    static uint64_t seed;
    static bool seeded;
    if (!seeded) {
        if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed) {
            seed = (uint64_t)(uintptr_t)&seed * 0x9e3779b97f4a7c15u;
        }
        seeded = true;
    }
    return seed;
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdu;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53u;
    x ^= x >> 33;
    return x;
}

/* By value alone: a value is minted under one type only (vault_mint), so one probe finds
 * it whatever type asks. */
static uint64_t hash_value(struct slice value)
{
    uint64_t hash = mix(hash_seed());
    size_t at = 0;
    for (; at + 8 <= value.len; at += 8) {
        uint64_t word;
        memcpy(&word, value.ptr + at, 8);
        hash = mix(hash ^ word);
    }
    uint64_t tail = value.len;
    for (; at < value.len; at++) {
        tail = tail << 8 | (unsigned char)value.ptr[at];
    }
    return mix(hash ^ tail ^ ((uint64_t)value.len << 56));
}

static uint64_t hash_number(size_t type_index, size_t number)
{
    return mix(hash_seed() ^ mix(number + 1) ^ ((uint64_t)type_index << 48));
}

void vault_init(struct vault *vault, struct arena *arena, const struct slice *texts, size_t text_count)
{
    memset(vault, 0, sizeof *vault);
    vault->arena = arena;
    vault->texts = texts;
    vault->text_count = text_count;
}

/* --- (type, number) -> what it is ----------------------------------------------------- */

static struct vault_number *number_slot(const struct vault *vault, size_t type_index, size_t number)
{
    if (vault->numbers == NULL) {
        return NULL;
    }
    for (size_t at = hash_number(type_index, number) & vault->numbers_mask;; at = (at + 1) & vault->numbers_mask) {
        vault_count_work(vault, 1);
        struct vault_number *slot = &vault->numbers[at];
        if (slot->type_plus_one == 0 || (slot->type_plus_one == type_index + 1 && slot->number == number)) {
            return slot;
        }
    }
}

static unsigned number_flags(const struct vault *vault, size_t type_index, size_t number)
{
    const struct vault_number *slot = number_slot(vault, type_index, number);
    return slot != NULL && slot->type_plus_one ? slot->flags : 0;
}

static void grow_numbers(struct vault *vault)
{
    size_t old_size = vault->numbers ? vault->numbers_mask + 1 : 0;
    if (vault->numbers != NULL && (vault->numbers_used + 1) * 2 <= old_size) {
        return;
    }
    struct vault_number *old = vault->numbers;
    size_t size = old_size ? old_size * 2 : FIRST_TABLE_SIZE;
    vault->numbers = arena_calloc(vault->arena, size, sizeof *vault->numbers);
    vault->numbers_mask = size - 1;
    for (size_t i = 0; i < old_size; i++) {
        if (old[i].type_plus_one) {
            *number_slot(vault, old[i].type_plus_one - 1, old[i].number) = old[i];
        }
    }
}

static struct vault_number *number_add(struct vault *vault, size_t type_index, size_t number, unsigned flags)
{
    grow_numbers(vault);
    struct vault_number *slot = number_slot(vault, type_index, number);
    if (slot->type_plus_one == 0) {
        slot->type_plus_one = type_index + 1;
        slot->number = number;
        vault->numbers_used++;
    }
    slot->flags |= flags;
    return slot;
}

/* --- the tokens already in the texts --------------------------------------------------- */

/* Make room for one more element in an arena array of `count` elements, doubling its
 * capacity from `first` (the old block is wiped with the arena). */
static void *arena_array_room(struct arena *arena, void *array, size_t count, size_t *capacity, size_t first,
                              size_t element_size)
{
    if (count < *capacity) {
        return array;
    }
    *capacity = *capacity ? *capacity * 2 : first;
    void *grown = arena_alloc(arena, *capacity * element_size);
    if (count) {
        memcpy(grown, array, count * element_size);
    }
    return grown;
}

/* One pass over the texts: every '_' followed by a digit 1-9 may end a "TYPE_N" prefix. */
static void gather_tokens(struct vault *vault)
{
    vault->tokens_gathered = true;
    size_t capacity = 0;
    for (size_t t = 0; t < vault->text_count; t++) {
        const char *text = vault->texts[t].ptr;
        size_t len = vault->texts[t].len;
        for (const char *at = len ? memchr(text, '_', len) : NULL; at != NULL;
             at = memchr(at + 1, '_', len - (size_t)(at + 1 - text))) {
            size_t offset = (size_t)(at - text);
            vault_count_work(vault, 1);
            if (offset + 1 >= len || text[offset + 1] < '1' || text[offset + 1] > '9') {
                continue;
            }
            vault->tokens = arena_array_room(vault->arena, vault->tokens, vault->token_count, &capacity, 16,
                                             sizeof *vault->tokens);
            vault->tokens[vault->token_count++] = (struct vault_token){ .text = t, .underscore = offset };
        }
    }
}

/* A new type: mark every number whose "TYPE_N" the texts hold. memmem would find "EMAIL_1"
 * inside "XEMAIL_12", so the same: the type ends right before the '_', and every decimal
 * beginning of the digits after it is taken. */
static void mark_numbers_in_text(struct vault *vault, size_t type_index)
{
    const struct vault_type *type = &vault->types[type_index];
    for (size_t i = 0; i < vault->token_count; i++) {
        const struct vault_token *token = &vault->tokens[i];
        const char *text = vault->texts[token->text].ptr;
        size_t len = vault->texts[token->text].len;
        vault_count_work(vault, 1);
        if (token->underscore < type->len
            || memcmp(text + token->underscore - type->len, type->name, type->len) != 0) {
            continue;
        }
        size_t number = 0;
        for (size_t at = token->underscore + 1; at < len && at <= token->underscore + MAX_DIGITS; at++) {
            if (text[at] < '0' || text[at] > '9') {
                break;
            }
            number = number * 10 + (size_t)(text[at] - '0');
            number_add(vault, type_index, number, NUMBER_IN_TEXT);
        }
    }
}

static size_t find_type(const struct vault *vault, const char *name, size_t len)
{
    for (size_t i = 0; i < vault->type_count; i++) {
        vault_count_work(vault, 1);
        if (vault->types[i].len == len && memcmp(vault->types[i].name, name, len) == 0) {
            return i;
        }
    }
    return (size_t)-1;
}

static size_t type_index_of(struct vault *vault, const char *name)
{
    /* The scrubber passes each type's one name string: its address finds it without a strlen
     * and a compare per type on every value minted. */
    for (size_t i = 0; i < vault->type_count; i++) {
        vault_count_work(vault, 1);
        if (vault->types[i].name == name) {
            return i;
        }
    }
    size_t len = strlen(name);
    size_t found = find_type(vault, name, len);
    if (found != (size_t)-1) {
        return found;
    }
    vault->types = arena_array_room(vault->arena, vault->types, vault->type_count, &vault->type_capacity, 8,
                                    sizeof *vault->types);
    size_t index = vault->type_count++;
    vault->types[index] = (struct vault_type){ .name = name, .len = len, .highest = 0 };
    unsigned char first = (unsigned char)name[0];
    vault->first_letters[first >> 3] |= (uint8_t)(1u << (first & 7));
    if (!vault->tokens_gathered) {
        gather_tokens(vault);
    }
    mark_numbers_in_text(vault, index);
    return index;
}

/* --- value -> entry -------------------------------------------------------------------- */

static size_t *value_slot(const struct vault *vault, struct slice value)
{
    for (size_t at = hash_value(value) & vault->by_value_mask;; at = (at + 1) & vault->by_value_mask) {
        vault_count_work(vault, 1);
        size_t *slot = &vault->by_value[at];
        if (*slot == 0) {
            return slot;
        }
        const struct vault_entry *entry = &vault->entries[*slot - 1];
        if (entry->value.len == value.len && memcmp(entry->value.ptr, value.ptr, value.len) == 0) {
            return slot;
        }
    }
}

static void grow_by_value(struct vault *vault)
{
    size_t old_size = vault->by_value ? vault->by_value_mask + 1 : 0;
    if (vault->by_value != NULL && (vault->count + 1) * 2 <= old_size) {
        return;
    }
    size_t size = old_size ? old_size * 2 : FIRST_TABLE_SIZE;
    vault->by_value = arena_calloc(vault->arena, size, sizeof *vault->by_value);
    vault->by_value_mask = size - 1;
    for (size_t i = 0; i < vault->count; i++) {
        *value_slot(vault, vault->entries[i].value) = i + 1;
    }
}

static struct vault_entry *add_entry(struct vault *vault)
{
    vault->entries = arena_array_room(vault->arena, vault->entries, vault->count, &vault->capacity, 8,
                                      sizeof *vault->entries);
    return &vault->entries[vault->count++];
}

/* "[TYPE_N]", written directly: a formatted print per minted value cost as much as the
 * rest of minting. */
static char *write_placeholder(struct arena *arena, const struct vault_type *type, size_t number, size_t *len)
{
    char digits[24];
    size_t digit_count = 0;
    do {
        digits[digit_count++] = (char)('0' + number % 10);
        number /= 10;
    } while (number > 0);
    *len = type->len + digit_count + 3;
    char *text = arena_alloc(arena, *len + 1);
    text[0] = '[';
    memcpy(text + 1, type->name, type->len);
    char *at = text + 1 + type->len;
    *at++ = '_';
    while (digit_count > 0) {
        *at++ = digits[--digit_count];
    }
    *at++ = ']';
    *at = '\0';
    return text;
}

const struct vault_entry *vault_mint(struct vault *vault, const char *type, struct slice value)
{
    size_t type_index = type_index_of(vault, type);
    grow_by_value(vault);
    /* A value another type already masked keeps its placeholder: the password under
     * POSTGRES_PASSWORD and inside postgres://app:…@db is one value, one placeholder. So
     * the table is keyed by the value alone. */
    size_t *slot = value_slot(vault, value);
    if (*slot != 0) {
        return &vault->entries[*slot - 1];
    }
    /* After the highest number this type has used, skipping those the request already
     * contains, bracketed or bare: no two values ever share a placeholder. */
    struct vault_type *kind = &vault->types[type_index];
    size_t number = kind->highest + 1;
    while (number_flags(vault, type_index, number) & NUMBER_IN_TEXT) {
        number++;
    }
    kind->highest = number;
    kind->count++;
    size_t index = vault->count;
    struct vault_entry *entry = add_entry(vault);
    *slot = index + 1;
    entry->type = type;
    entry->type_index = type_index;
    entry->value = slice_of(arena_strndup(vault->arena, value.ptr, value.len), value.len);
    size_t len;
    char *bracketed = write_placeholder(vault->arena, kind, number, &len);
    entry->placeholder = slice_of(bracketed, len);
    entry->bare = slice_of(bracketed + 1, len - 2);
    if (entry->placeholder.len > vault->longest_placeholder) {
        vault->longest_placeholder = entry->placeholder.len;
    }
    number_add(vault, type_index, number, NUMBER_MINTED)->entry = index;
    /* Up to the first beginning already marked: a minted or marked number has all of its own
     * marked, so numbering up from 1 marks one number per value ("12" finds "1" minted), not
     * one per digit. */
    for (size_t beginning = number / 10; beginning > 0; beginning /= 10) {
        if (number_flags(vault, type_index, beginning) & (NUMBER_MINTED | NUMBER_BEGINS)) {
            break;
        }
        number_add(vault, type_index, beginning, NUMBER_BEGINS);
    }
    return entry;
}

/* --- the restorer's look-ups ----------------------------------------------------------- */

/* `digits` as a number written the way we write them (no leading zero, not too long). */
static bool parse_number(const char *digits, size_t len, size_t *number)
{
    if (len == 0 || len > MAX_DIGITS || digits[0] == '0') {
        return false;
    }
    size_t value = 0;
    for (size_t i = 0; i < len; i++) {
        if (digits[i] < '0' || digits[i] > '9') {
            return false;
        }
        value = value * 10 + (size_t)(digits[i] - '0');
    }
    *number = value;
    return true;
}

const struct vault_entry *vault_find(const struct vault *vault, const char *text, size_t len)
{
    const char *underscore = NULL;
    for (size_t i = len; i > 0; i--) {
        if (text[i - 1] == '_') {
            underscore = text + i - 1;
            break;
        }
    }
    size_t number;
    if (underscore == NULL || underscore == text
        || !parse_number(underscore + 1, len - (size_t)(underscore + 1 - text), &number)) {
        return NULL;
    }
    size_t type_index = find_type(vault, text, (size_t)(underscore - text));
    if (type_index == (size_t)-1) {
        return NULL;
    }
    const struct vault_number *slot = number_slot(vault, type_index, number);
    if (slot == NULL || slot->type_plus_one == 0 || !(slot->flags & NUMBER_MINTED)) {
        return NULL;
    }
    return &vault->entries[slot->entry];
}

bool vault_could_begin(const struct vault *vault, const char *text, size_t len)
{
    for (size_t i = 0; i < vault->type_count; i++) {
        const struct vault_type *type = &vault->types[i];
        vault_count_work(vault, 1);
        if (len <= type->len) {
            if (memcmp(text, type->name, len) == 0) {
                return true;
            }
            continue;
        }
        if (memcmp(text, type->name, type->len) != 0 || text[type->len] != '_') {
            continue;
        }
        size_t number;
        if (len == type->len + 1
            || (parse_number(text + type->len + 1, len - type->len - 1, &number)
                && (number_flags(vault, i, number) & (NUMBER_MINTED | NUMBER_BEGINS)))) {
            return true;
        }
    }
    return false;
}
