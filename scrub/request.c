#include "scrub/request.h"

#include "scrub/restore.h"

enum { MAX_ARGUMENT_DEPTH = 64 };

/* Every text a provider will see, so no placeholder collides with any of them. */
static size_t collect_texts(const struct canon_request *request, struct arena *arena, struct slice **texts)
{
    size_t count = 0;
    for (size_t m = 0; m < request->message_count; m++) {
        count += request->messages[m].part_count;
    }
    *texts = arena_calloc(arena, count ? count : 1, sizeof **texts);
    size_t at = 0;
    for (size_t m = 0; m < request->message_count; m++) {
        const struct canon_message *message = &request->messages[m];
        for (size_t p = 0; p < message->part_count; p++) {
            const struct canon_part *part = &message->parts[p];
            (*texts)[at++] = part->type == PART_TOOL_CALL ? part->tool_arguments : part->text;
        }
    }
    return at;
}

struct masking {
    struct scrubber *scrubber;
    struct vault *vault;
    struct arena *arena;
    size_t masked;
    bool failed;
};

static void mask_slice(struct masking *masking, struct slice *text)
{
    if (text->len == 0 || masking->failed) {
        return;
    }
    struct buffer out;
    buffer_init(&out, masking->arena, text->len + 32);
    size_t masked = scrub_text(masking->scrubber, masking->vault, text->ptr, text->len, &out);
    if (masked == (size_t)-1) {
        masking->failed = true;
        return;
    }
    if (masked > 0) {
        *text = slice_of(out.data, out.len);
        masking->masked += masked;
    }
}

static void mask_json_strings(struct masking *masking, struct json_value *value)
{
    switch (value->type) {
    case JSON_STRING: {
        struct slice text = slice_of(value->string.text, value->string.len);
        mask_slice(masking, &text);
        value->string.text = text.ptr;
        value->string.len = text.len;
        return;
    }
    case JSON_ARRAY:
        for (size_t i = 0; i < value->array.count; i++) {
            mask_json_strings(masking, value->array.items[i]);
        }
        return;
    case JSON_OBJECT:
        for (size_t i = 0; i < value->object.count; i++) {
            mask_json_strings(masking, value->object.members[i].value);
        }
        return;
    default:
        return;
    }
}

/* Tool-call arguments are JSON text: mask the decoded strings, then write it again. */
static void mask_arguments(struct masking *masking, struct slice *arguments)
{
    struct json_error error;
    struct json_value *root = json_parse(masking->arena, arguments->ptr, arguments->len, MAX_ARGUMENT_DEPTH, &error);
    if (root == NULL) {
        mask_slice(masking, arguments);
        return;
    }
    size_t before = masking->masked;
    mask_json_strings(masking, root);
    if (masking->masked == before) {
        return;
    }
    struct buffer out;
    buffer_init(&out, masking->arena, arguments->len + 32);
    json_write_value(&out, root);
    *arguments = slice_of(out.data, out.len);
}

size_t scrub_request(struct scrubber *scrubber, struct canon_request *request, struct vault *vault,
                     struct arena *arena)
{
    struct slice *texts;
    size_t text_count = collect_texts(request, arena, &texts);
    vault_init(vault, arena, texts, text_count);
    struct masking masking = { .scrubber = scrubber, .vault = vault, .arena = arena };
    for (size_t m = 0; m < request->message_count && !masking.failed; m++) {
        struct canon_message *message = &request->messages[m];
        for (size_t p = 0; p < message->part_count; p++) {
            struct canon_part *part = &message->parts[p];
            if (part->type == PART_TEXT || part->type == PART_TOOL_RESULT) {
                mask_slice(&masking, &part->text);
            } else if (part->type == PART_TOOL_CALL) {
                mask_arguments(&masking, &part->tool_arguments);
            }
        }
    }
    return masking.failed ? (size_t)-1 : masking.masked;
}

void restore_response(const struct vault *vault, struct arena *arena, struct canon_response *response)
{
    if (vault->count == 0) {
        return;
    }
    response->text = restore_text(vault, arena, response->text, false);
    response->refusal = restore_text(vault, arena, response->refusal, false);
    for (size_t i = 0; i < response->tool_call_count; i++) {
        response->tool_calls[i].arguments = restore_text(vault, arena, response->tool_calls[i].arguments, true);
    }
}
