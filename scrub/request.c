#include "scrub/request.h"

#include <string.h>

#include "scrub/occurrences.h"
#include "scrub/restore.h"
#include "transforms/foundation/wipe_alloc.h"

enum { MAX_ARGUMENT_DEPTH = 64 };

/* ---- JSON escapes in text that is not (or no longer) JSON ----
 *
 * Tool-call arguments and tool results are JSON text nested in a JSON string. When they do
 * not parse, their escapes are still what a reader (the model) decodes: "bob\u0040example.com"
 * is an address. decode_json_escapes spells every escape in the text as the character it
 * names, wherever it stands: without a parse there is no telling inside a string from outside. */

static int hex_digit(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The UTF-16 code unit of a "\uXXXX" escape at `at`, or -1 if none is there. */
static int escaped_unit(const char *text, size_t len, size_t at)
{
    if (len < 6 || at > len - 6 || text[at] != '\\' || text[at + 1] != 'u') {
        return -1;
    }
    int unit = 0;
    for (size_t i = at + 2; i < at + 6; i++) {
        int digit = hex_digit(text[i]);
        if (digit < 0) {
            return -1;
        }
        unit = unit * 16 + digit;
    }
    return unit;
}

static size_t utf8_encode(unsigned code_point, char *out)
{
    if (code_point < 0x80) {
        out[0] = (char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        out[0] = (char)(0xC0 | (code_point >> 6));
        out[1] = (char)(0x80 | (code_point & 0x3F));
        return 2;
    }
    if (code_point < 0x10000) {
        out[0] = (char)(0xE0 | (code_point >> 12));
        out[1] = (char)(0x80 | ((code_point >> 6) & 0x3F));
        out[2] = (char)(0x80 | (code_point & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (code_point >> 18));
    out[1] = (char)(0x80 | ((code_point >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((code_point >> 6) & 0x3F));
    out[3] = (char)(0x80 | (code_point & 0x3F));
    return 4;
}

/* Decode the "\uXXXX" escape (or surrogate pair) at `*at` into `out`; a lone half of a
 * pair is U+FFFD, as json_parse_provider reads it. Returns the bytes written. */
static size_t decode_unicode_escape(const char *text, size_t len, size_t *at, char *out)
{
    int unit = escaped_unit(text, len, *at);
    *at += 6;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        int low = escaped_unit(text, len, *at);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            *at += 6;
            return utf8_encode(0x10000 + (((unsigned)unit - 0xD800) << 10) + ((unsigned)low - 0xDC00), out);
        }
        return utf8_encode(0xFFFD, out);
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return utf8_encode(0xFFFD, out);
    }
    return utf8_encode((unsigned)unit, out);
}

static char simple_escape(char c)
{
    switch (c) {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return c;       /* '"', '\\', '/'; and, leniently, any other character as itself */
    }
}

/* `text` with every JSON escape decoded into UTF-8: never longer than `text`. A backslash
 * before anything that is not an escape is dropped, as lenient readers do, so "bob\@x" is
 * scanned as "bob@x". Returns `text` itself when it holds no backslash. */
static struct slice decode_json_escapes(struct arena *arena, struct slice text)
{
    if (text.len == 0 || memchr(text.ptr, '\\', text.len) == NULL) {
        return text;
    }
    char *out = arena_alloc(arena, text.len + 1);
    size_t written = 0;
    size_t at = 0;
    while (at < text.len) {
        const char *backslash = memchr(text.ptr + at, '\\', text.len - at);
        size_t run = backslash ? (size_t)(backslash - (text.ptr + at)) : text.len - at;
        memcpy(out + written, text.ptr + at, run);
        written += run;
        at += run;
        if (at == text.len) {
            break;
        }
        if (escaped_unit(text.ptr, text.len, at) >= 0) {
            written += decode_unicode_escape(text.ptr, text.len, &at, out + written);
            continue;
        }
        if (at + 1 < text.len) {
            out[written++] = simple_escape(text.ptr[at + 1]);
        }
        at += 2;
    }
    out[written] = '\0';
    return slice_of(out, written);
}

/* Every text a provider will see, so no placeholder collides with any of them: for nested
 * JSON text, its decoded spelling too (a "\u005bEMAIL_1]" reads as "[EMAIL_1]"). */
static size_t collect_texts(const struct canon_request *request, struct arena *arena, struct slice **texts)
{
    size_t count = 0;
    for (size_t m = 0; m < request->message_count; m++) {
        count += request->messages[m].part_count;
    }
    *texts = arena_calloc(arena, count ? 2 * count : 1, sizeof **texts);
    size_t at = 0;
    for (size_t m = 0; m < request->message_count; m++) {
        const struct canon_message *message = &request->messages[m];
        for (size_t p = 0; p < message->part_count; p++) {
            const struct canon_part *part = &message->parts[p];
            struct slice text = part->type == PART_TOOL_CALL ? part->tool_arguments : part->text;
            (*texts)[at++] = text;
            if (part->type == PART_TOOL_CALL || part->type == PART_TOOL_RESULT) {
                struct slice decoded = decode_json_escapes(arena, text);
                if (decoded.ptr != text.ptr) {
                    (*texts)[at++] = decoded;
                }
            }
        }
    }
    return at;
}

/* Two passes over the same texts: the detectors fill the vault, then `occurrences` (set
 * for the second pass) masks every further occurrence of a value they found. */
struct masking {
    struct scrubber *scrubber;
    struct vault *vault;
    struct arena *arena;
    const struct occurrences *occurrences;
    struct slice key;                 /* the JSON key the value being masked stands under */
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
    size_t masked = masking->occurrences != NULL
                  ? occurrences_replace(masking->occurrences, text->ptr, text->len, &out)
                  : scrub_keyed_text(masking->scrubber, masking->vault, masking->key, text->ptr, text->len, &out);
    if (masked == (size_t)-1) {
        masking->failed = true;
        return;
    }
    if (masked > 0) {
        *text = slice_of(out.data, out.len);
        masking->masked += masked;
    }
}

/* Text read through a JSON layer that may still hold escapes (nested JSON that did not
 * parse, or a string inside nested JSON that is itself JSON text). Its escapes are decoded
 * and the decoded text scanned first, so a value is found whole ("\u0062ob@x.com" is not
 * "u0062ob@x.com"): when that finds something, the decoded and masked spelling replaces the
 * text (it was not valid JSON, or is one more layer of it, so only its spelling changes).
 * When it finds nothing, the text is scanned as written and keeps its spelling. */
static void mask_escaped_text(struct masking *masking, struct slice *text)
{
    struct slice decoded = decode_json_escapes(masking->arena, *text);
    if (decoded.ptr != text->ptr) {
        size_t before = masking->masked;
        mask_slice(masking, &decoded);
        if (masking->masked != before) {
            *text = decoded;
            return;
        }
    }
    mask_slice(masking, text);
}

/* A number is text to a reader too: a card number or a phone number written as a JSON
 * number is masked, and its placeholder becomes a string where the number stood. */
static void mask_json_number(struct masking *masking, struct json_value *value)
{
    struct slice text = slice_of(value->number.text, value->number.len);
    size_t before = masking->masked;
    mask_slice(masking, &text);
    if (masking->masked == before) {
        return;
    }
    value->type = JSON_STRING;
    value->string.text = text.ptr;
    value->string.len = text.len;
    value->string.leading_low = 0;
    value->string.trailing_high = 0;
}

static void mask_json_value(struct masking *masking, struct json_value *value)
{
    switch (value->type) {
    case JSON_STRING: {
        struct slice text = slice_of(value->string.text, value->string.len);
        mask_escaped_text(masking, &text);
        value->string.text = text.ptr;
        value->string.len = text.len;
        return;
    }
    case JSON_NUMBER:
        mask_json_number(masking, value);
        return;
    case JSON_ARRAY:
        for (size_t i = 0; i < value->array.count; i++) {
            mask_json_value(masking, value->array.items[i]);
        }
        return;
    case JSON_OBJECT:
        for (size_t i = 0; i < value->object.count; i++) {
            struct json_member *member = &value->object.members[i];
            struct slice key = slice_of(member->key, member->key_len);   /* a key is text the model reads */
            struct slice outer = masking->key, named = key;
            masking->key = slice_of(NULL, 0);
            mask_escaped_text(masking, &key);
            member->key = key.ptr;
            member->key_len = key.len;
            masking->key = named;     /* "phone": "91234567": the key names the value (scrub/columns.h) */
            mask_json_value(masking, member->value);
            masking->key = outer;
        }
        return;
    default:
        return;
    }
}

/* JSON text nested in a string: tool-call arguments, and a tool's result when it holds
 * escapes. Read leniently (a lone surrogate escape is U+FFFD); what parses has its keys,
 * strings and numbers masked decoded and is written again. What does not parse (a model's
 * truncated or garbled arguments) is masked with its escapes decoded: read raw, an escape
 * such as "\u0040" would hide what it spells, and the text would go upstream as it is. */
static void mask_nested_json(struct masking *masking, struct slice *text)
{
    if (text->len == 0 || masking->failed) {
        return;
    }
    struct json_error error;
    struct json_value *root = json_parse_provider(masking->arena, text->ptr, text->len, MAX_ARGUMENT_DEPTH, &error);
    if (root == NULL) {
        mask_escaped_text(masking, text);
        return;
    }
    size_t before = masking->masked;
    mask_json_value(masking, root);
    if (masking->masked == before) {
        return;
    }
    struct buffer out;
    buffer_init(&out, masking->arena, text->len + 32);
    json_write_value(&out, root);
    *text = slice_of(out.data, out.len);
}

/* A tool's result is text, often JSON: only one holding a backslash can hide a value in
 * an escape, and only that one pays for a parse. */
static void mask_tool_result(struct masking *masking, struct slice *text)
{
    if (text->len == 0 || memchr(text->ptr, '\\', text->len) == NULL) {
        mask_slice(masking, text);
        return;
    }
    mask_nested_json(masking, text);
}

static void mask_request_texts(struct masking *masking, struct canon_request *request)
{
    for (size_t m = 0; m < request->message_count && !masking->failed; m++) {
        struct canon_message *message = &request->messages[m];
        for (size_t p = 0; p < message->part_count; p++) {
            struct canon_part *part = &message->parts[p];
            if (part->type == PART_TEXT || part->type == PART_REASONING) {
                mask_slice(masking, &part->text);
            } else if (part->type == PART_TOOL_RESULT) {
                mask_tool_result(masking, &part->text);
            } else if (part->type == PART_TOOL_CALL) {
                mask_nested_json(masking, &part->tool_arguments);
            }
        }
    }
}

size_t scrub_request(struct scrubber *scrubber, struct canon_request *request, struct vault *vault,
                     struct arena *arena)
{
    struct slice *texts;
    size_t text_count = collect_texts(request, arena, &texts);
    vault_init(vault, arena, texts, text_count);
    struct masking masking = { .scrubber = scrubber, .vault = vault, .arena = arena };
    mask_request_texts(&masking, request);
    /* A value found in one place is masked wherever else it stands (a password under its
     * key, then inside a URL): the same walk again, over the masked texts. */
    if (!masking.failed && vault->count > 0) {
        masking.occurrences = occurrences_build(vault, arena);
        if (masking.occurrences != NULL) {
            mask_request_texts(&masking, request);
        }
    }
    /* The scanners and validators left bytes of these texts in their stack frames. */
    wipe_stack();
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
