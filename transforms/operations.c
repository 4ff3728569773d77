/* What the non-chat operations share (operations.h): the token estimate, embedding
 * inputs, and vectors both ways. */
#include "transforms/operations.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BYTES_PER_TOKEN = 4 };

long long canon_estimate_tokens(const struct canon_request *request)
{
    size_t bytes = 0;
    for (size_t i = 0; i < request->message_count; i++) {
        const struct canon_message *message = &request->messages[i];
        for (size_t j = 0; j < message->part_count; j++) {
            const struct canon_part *part = &message->parts[j];
            bytes += part->text.len + part->tool_name.len + part->tool_arguments.len;
        }
    }
    for (size_t i = 0; i < request->tool_count; i++) {
        bytes += request->tools[i].name.len + request->tools[i].description.len;
    }
    return bytes == 0 ? 0 : (long long)((bytes + BYTES_PER_TOKEN - 1) / BYTES_PER_TOKEN);
}

void embedding_inputs_init(struct arena *arena, struct canon_request *request, size_t count)
{
    request->operation = OPERATION_EMBEDDING;
    request->messages = arena_calloc(arena, count + 1, sizeof *request->messages);
    struct canon_part *parts = arena_calloc(arena, count + 1, sizeof *parts);
    for (size_t i = 0; i < count; i++) {
        request->messages[i].role = ROLE_USER;
        request->messages[i].parts = &parts[i];
        request->messages[i].part_count = 1;
        parts[i].type = PART_TEXT;
    }
    request->message_count = count;
}

void embedding_input_set(struct canon_request *request, size_t index, struct slice text)
{
    request->messages[index].parts[0].text = text;
}

/* The shortest of %.6g .. %.9g that reads back as the same float (%.9g always does). */
static void write_float(struct buffer *out, float value)
{
    char text[32];
    for (int digits = 6; digits <= 9; digits++) {
        snprintf(text, sizeof text, "%.*g", digits, (double)value);
        if (digits == 9 || strtof(text, NULL) == value) {
            break;
        }
    }
    buffer_append_cstr(out, text);
}

/* Value i of a vector, from whichever form it holds. */
static float value_at(const struct canon_embedding *embedding, size_t i)
{
    if (embedding->values != NULL) {
        return embedding->values[i];
    }
    const struct json_value *number = embedding->numbers->array.items[i];
    return strtof(number->number.text, NULL);     /* the text ends where its JSON ended: at a delimiter */
}

void embedding_write_floats(struct buffer *out, const struct canon_embedding *embedding)
{
    buffer_reserve(out, embedding->count * 12 + 2);
    buffer_append_char(out, '[');
    for (size_t i = 0; i < embedding->count; i++) {
        if (i) {
            buffer_append_char(out, ',');
        }
        if (embedding->numbers != NULL) {
            /* The provider's own spelling: exact, and no formatting per value. */
            const struct json_value *number = embedding->numbers->array.items[i];
            buffer_append(out, number->number.text, number->number.len);
        } else {
            write_float(out, embedding->values[i]);
        }
    }
    buffer_append_char(out, ']');
}

static const char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Little-endian float32 bytes, whatever the host's order. */
static void float_bytes(float value, unsigned char bytes[4])
{
    uint32_t bits;
    memcpy(&bits, &value, sizeof bits);
    for (int i = 0; i < 4; i++) {
        bytes[i] = (unsigned char)(bits >> (8 * i));
    }
}

void embedding_write_base64(struct buffer *out, const struct canon_embedding *embedding)
{
    size_t byte_count = embedding->count * 4;
    buffer_reserve(out, (byte_count + 2) / 3 * 4 + 2);
    buffer_append_char(out, '"');
    unsigned char group[3];
    size_t held = 0;
    for (size_t i = 0; i < embedding->count; i++) {
        unsigned char bytes[4];
        float_bytes(value_at(embedding, i), bytes);
        for (int b = 0; b < 4; b++) {
            group[held++] = bytes[b];
            if (held < 3) {
                continue;
            }
            char quad[4] = { base64_alphabet[group[0] >> 2],
                             base64_alphabet[((group[0] & 3) << 4) | (group[1] >> 4)],
                             base64_alphabet[((group[1] & 15) << 2) | (group[2] >> 6)],
                             base64_alphabet[group[2] & 63] };
            buffer_append(out, quad, 4);
            held = 0;
        }
    }
    if (held > 0) {
        unsigned char second = held > 1 ? group[1] : 0;
        char quad[4] = { base64_alphabet[group[0] >> 2], base64_alphabet[((group[0] & 3) << 4) | (second >> 4)],
                         held > 1 ? base64_alphabet[(second & 15) << 2] : '=', '=' };
        buffer_append(out, quad, 4);
    }
    buffer_append_char(out, '"');
}

static int base64_digit(char c)
{
    const char *at = c != '\0' ? strchr(base64_alphabet, c) : NULL;
    return at != NULL ? (int)(at - base64_alphabet) : -1;
}

/* Base64 text of float32 values: its length a multiple of 4, padding only at the end. */
static bool read_base64(struct arena *arena, const char *text, size_t len, struct canon_embedding *out)
{
    size_t padding = 0;
    while (padding < 2 && padding < len && text[len - 1 - padding] == '=') {
        padding++;
    }
    if (len % 4 != 0 || (len / 4 * 3 - padding) % 4 != 0) {
        return false;
    }
    size_t byte_count = len / 4 * 3 - padding;
    unsigned char *bytes = arena_alloc(arena, byte_count + 3);
    size_t written = 0;
    for (size_t i = 0; i < len - padding; i += 4) {
        int digits[4] = { 0, 0, 0, 0 };
        for (size_t d = 0; d < 4; d++) {
            digits[d] = i + d < len - padding ? base64_digit(text[i + d]) : 0;
            if (digits[d] < 0) {
                return false;
            }
        }
        unsigned value = ((unsigned)digits[0] << 18) | ((unsigned)digits[1] << 12) | ((unsigned)digits[2] << 6)
                         | (unsigned)digits[3];
        for (int b = 0; b < 3 && written < byte_count; b++) {
            bytes[written++] = (unsigned char)(value >> (16 - 8 * b));
        }
    }
    out->count = byte_count / 4;
    out->values = arena_calloc(arena, out->count + 1, sizeof *out->values);
    for (size_t i = 0; i < out->count; i++) {
        uint32_t bits = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 | (uint32_t)bytes[4 * i + 2] << 16
                        | (uint32_t)bytes[4 * i + 3] << 24;
        memcpy(&out->values[i], &bits, sizeof bits);
        if (!isfinite(out->values[i])) {
            return false;
        }
    }
    return true;
}

bool embedding_read(struct arena *arena, const struct json_value *value, struct canon_embedding *out)
{
    memset(out, 0, sizeof *out);
    if (json_is(value, JSON_STRING)) {
        return read_base64(arena, value->string.text, value->string.len, out);
    }
    if (!json_is(value, JSON_ARRAY)) {
        return false;
    }
    for (size_t i = 0; i < value->array.count; i++) {
        /* A number too large for a float ("1e999") would reach the client as infinity. */
        const struct json_value *number = value->array.items[i];
        if (!json_is(number, JSON_NUMBER) || !isfinite(strtof(number->number.text, NULL))) {
            return false;
        }
    }
    out->numbers = value;
    out->count = value->array.count;
    return true;
}

bool operation_token_count_decode(struct arena *arena, const char *body, size_t len, const char *key,
                                  const char *operation, struct canon_response *response, struct format_error *error)
{
    struct json_value *root = canon_response_begin(arena, body, len, 16, response);
    long long count = canon_usage_count(root, key, -1);
    if (count < 0) {
        format_error_set(error, 502, "bad_gateway", NULL, "the provider's answer is not a %s response", operation);
        return false;
    }
    response->operation.token_count = count;
    response->usage.present = true;
    return true;
}

void operation_never_streams(struct buffer *out, void *state, const struct canon_event *event,
                             const struct reply_context *context)
{
    (void)out;
    (void)state;
    (void)event;
    (void)context;
}
