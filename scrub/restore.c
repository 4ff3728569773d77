#include "scrub/restore.h"

#include "transforms/foundation/json.h"

#include <ctype.h>
#include <string.h>

void restorer_init(struct restorer *restorer, const struct vault *vault, struct arena *arena)
{
    restorer->vault = vault;
    restorer->json_string = false;
    buffer_init(&restorer->pending, arena, vault->longest_placeholder + 64);
    restorer->after_word = false;
}

static bool is_word(unsigned char c)
{
    return isalnum(c) || c == '_' || c >= 0x80;
}

enum match { MATCH_NONE, MATCH_PARTIAL, MATCH_FULL };

/* Does text at `at` hold `form` whole, only its beginning (the text ends first), or not?
 * A bare form must stand alone: not followed by another word character. */
static enum match match_form(const char *text, size_t len, size_t at, struct slice form, bool bare, bool at_end)
{
    size_t available = len - at;
    if (available < form.len) {
        return memcmp(text + at, form.ptr, available) == 0 && !at_end ? MATCH_PARTIAL : MATCH_NONE;
    }
    if (memcmp(text + at, form.ptr, form.len) != 0) {
        return MATCH_NONE;
    }
    if (!bare) {
        return MATCH_FULL;
    }
    if (available == form.len) {
        return at_end ? MATCH_FULL : MATCH_PARTIAL;   /* "EMAIL_1" may go on as "EMAIL_12" */
    }
    return is_word((unsigned char)text[at + form.len]) ? MATCH_NONE : MATCH_FULL;
}

/* Release what can be released from pending; keep the rest. */
static void drain(struct restorer *restorer, struct buffer *out, bool at_end)
{
    const struct vault *vault = restorer->vault;
    const char *text = restorer->pending.data;
    size_t len = restorer->pending.len;
    size_t at = 0;
    while (at < len) {
        unsigned char c = (unsigned char)text[at];
        bool may_start = c == '[' || (isupper(c) && !restorer->after_word);
        const struct vault_entry *found = NULL;
        size_t found_len = 0;
        bool partial = false;
        for (size_t i = 0; may_start && i < vault->count; i++) {
            const struct vault_entry *entry = &vault->entries[i];
            bool bracketed = c == '[';
            struct slice form = bracketed ? entry->placeholder : entry->bare;
            enum match match = match_form(text, len, at, form, !bracketed, at_end);
            if (match == MATCH_PARTIAL) {
                partial = true;
            } else if (match == MATCH_FULL && form.len > found_len) {
                found = entry;        /* the longest wins: EMAIL_12 over EMAIL_1 */
                found_len = form.len;
            }
        }
        if (partial) {
            break;                    /* wait for more text before deciding */
        }
        if (found != NULL) {
            if (restorer->json_string) {
                json_write_escaped(out, found->value.ptr, found->value.len);
            } else {
                buffer_append(out, found->value.ptr, found->value.len);
            }
            restorer->after_word = found->value.len && is_word((unsigned char)found->value.ptr[found->value.len - 1]);
            at += found_len;
            continue;
        }
        buffer_append_char(out, (char)c);
        restorer->after_word = is_word(c);
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
