#include "scrub/restore.h"

#include "scrub/word_byte.h"
#include "transforms/foundation/json.h"

#include <string.h>

void restorer_init(struct restorer *restorer, const struct vault *vault, struct arena *arena)
{
    restorer->vault = vault;
    restorer->json_string = false;
    buffer_init(&restorer->pending, arena, vault->longest_placeholder + 64);
    restorer->after_word = false;
}

static bool is_form_byte(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

enum match { MATCH_NONE, MATCH_PARTIAL, MATCH_FULL };

/* Is there a placeholder at `at` ('[' or, standing alone, a type's first letter)? A
 * placeholder is made of A-Z, 0-9 and '_' only, so its extent is read first and looked up
 * whole in the vault's index: the work is the placeholder's length, whatever the number
 * of entries. MATCH_PARTIAL: the text ends inside something that could still become one. */
static enum match match_at(const struct vault *vault, const char *text, size_t len, size_t at, bool at_end,
                           const struct vault_entry **found, size_t *found_len)
{
    bool bracketed = text[at] == '[';
    size_t begin = at + (bracketed ? 1 : 0);
    size_t longest_bare = vault->longest_placeholder - 2;
    size_t end = begin;
    while (end < len && end - begin <= longest_bare && is_form_byte((unsigned char)text[end])) {
        end++;
    }
    vault_count_work(vault, end - at + 1);
    if (end - begin > longest_bare) {
        return MATCH_NONE;
    }
    const char *form = text + begin;
    size_t form_len = end - begin;
    if (end == len) {
        if (!at_end) {
            /* "EMAIL_1" at the very end may go on as "EMAIL_12" */
            return vault_could_begin(vault, form, form_len) ? MATCH_PARTIAL : MATCH_NONE;
        }
        if (bracketed) {
            return MATCH_NONE;
        }
    } else if (bracketed ? text[end] != ']' : scrub_is_word_byte((unsigned char)text[end])) {
        return MATCH_NONE;    /* a bare form must stand alone: not inside a longer word */
    }
    *found = vault_find(vault, form, form_len);
    if (*found == NULL) {
        return MATCH_NONE;
    }
    *found_len = form_len + (bracketed ? 2 : 0);
    return MATCH_FULL;
}

/* Release what can be released from pending; keep the rest. Bytes that cannot start a
 * placeholder are copied in runs. */
static void drain(struct restorer *restorer, struct buffer *out, bool at_end)
{
    const struct vault *vault = restorer->vault;
    const char *text = restorer->pending.data;
    size_t len = restorer->pending.len;
    size_t at = 0;
    while (at < len) {
        size_t run = at;
        bool after_word = restorer->after_word;
        while (run < len) {
            unsigned char c = (unsigned char)text[run];
            if (c == '[' || (!after_word && vault_starts_type(vault, c))) {
                break;
            }
            after_word = scrub_is_word_byte(c);
            run++;
        }
        vault_count_work(vault, run - at);
        if (run > at) {
            buffer_append(out, text + at, run - at);
            restorer->after_word = after_word;
            at = run;
            continue;
        }
        const struct vault_entry *found = NULL;
        size_t found_len = 0;
        enum match match = match_at(vault, text, len, at, at_end, &found, &found_len);
        if (match == MATCH_PARTIAL) {
            break;                    /* wait for more text before deciding */
        }
        if (match == MATCH_FULL) {
            if (restorer->json_string) {
                json_write_escaped(out, found->value.ptr, found->value.len);
            } else {
                buffer_append(out, found->value.ptr, found->value.len);
            }
            struct slice value = found->value;
            restorer->after_word = value.len && scrub_is_word_byte((unsigned char)value.ptr[value.len - 1]);
            at += found_len;
            continue;
        }
        unsigned char c = (unsigned char)text[at];
        buffer_append_char(out, (char)c);
        restorer->after_word = scrub_is_word_byte(c);
        at++;
    }
    /* Keep the undecided tail at the front of pending. */
    memmove(restorer->pending.data, text + at, len - at);
    restorer->pending.len = len - at;
    restorer->pending.data[restorer->pending.len] = '\0';
}

void restorer_feed(struct restorer *restorer, const char *text, size_t len, struct buffer *out)
{
    if (restorer->vault->count == 0) {
        buffer_append(out, text, len);            /* nothing was masked: pass through */
        return;
    }
    buffer_append(&restorer->pending, text, len);
    drain(restorer, out, false);
}

void restorer_finish(struct restorer *restorer, struct buffer *out)
{
    drain(restorer, out, true);
    if (restorer->pending.len) {                  /* only possible if nothing matched at all */
        buffer_append(out, restorer->pending.data, restorer->pending.len);
        buffer_reset(&restorer->pending);
    }
}

struct slice restore_text(const struct vault *vault, struct arena *arena, struct slice text, bool json_string)
{
    if (vault->count == 0 || text.len == 0) {
        return text;
    }
    struct restorer restorer;
    restorer_init(&restorer, vault, arena);
    restorer.json_string = json_string;
    struct buffer out;
    buffer_init(&out, arena, text.len + 64);
    restorer_feed(&restorer, text.ptr, text.len, &out);
    restorer_finish(&restorer, &out);
    return slice_of(out.data, out.len);
}
