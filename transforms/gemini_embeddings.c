/* Gemini's non-chat endpoints as a provider serves them (operations.h): embedContent for
 * one input, batchEmbedContents for several (outputDimensionality for "dimensions"), and
 * countTokens, which is sent the generateContent body the chat would send, wrapped as
 * {"generateContentRequest": …} so that the system instruction and tools are counted too. */
#include <string.h>

#include "transforms/gemini.h"
#include "transforms/operations.h"

/* ---- embeddings ---- */

static void embedding_url(struct buffer *out, const char *base_url, struct slice model,
                          const struct canon_request *request)
{
    gemini_write_model_url(out, base_url, model, request->message_count == 1 ? ":embedContent" : ":batchEmbedContents");
}

static void write_content(struct buffer *out, const struct canon_request *request, size_t index)
{
    const struct canon_part *part = &request->messages[index].parts[0];
    buffer_append_cstr(out, "\"content\":{\"parts\":[{\"text\":");
    json_write_string(out, part->text.ptr, part->text.len);
    buffer_append_cstr(out, "}]}");
    if (request->dimensions > 0) {
        buffer_printf(out, ",\"outputDimensionality\":%lld", request->dimensions);
    }
}

static bool embedding_encode(struct buffer *out, const struct canon_request *request, struct slice model,
                             struct format_error *error)
{
    (void)error;
    if (request->message_count == 1) {
        buffer_append_char(out, '{');
        write_content(out, request, 0);
        buffer_append_char(out, '}');
        return true;
    }
    buffer_append_cstr(out, "{\"requests\":[");
    for (size_t i = 0; i < request->message_count; i++) {
        buffer_append_cstr(out, i ? ",{\"model\":\"models/" : "{\"model\":\"models/");
        json_write_escaped(out, model.ptr, model.len);
        buffer_append_cstr(out, "\",");
        write_content(out, request, i);
        buffer_append_char(out, '}');
    }
    buffer_append_cstr(out, "]}");
    return true;
}

static bool embedding_invalid(struct format_error *error)
{
    format_error_set(error, 502, "bad_gateway", NULL, "the provider's answer is not an embedContent response");
    return false;
}

/* {"embedding": {"values": […]}} or {"embeddings": [{"values": […]}, …]}. Gemini reports
 * no token usage for embeddings: the exchange estimates it. */
static bool embedding_decode(struct arena *arena, const char *body, size_t len, struct canon_response *response,
                             struct format_error *error)
{
    struct json_value *root = canon_response_begin(arena, body, len, 16, response);
    struct canon_operation_answer *answer = &response->operation;
    const struct json_value *one = json_get(root, "embedding");
    if (one != NULL) {
        answer->embeddings = arena_calloc(arena, 1, sizeof *answer->embeddings);
        answer->embedding_count = 1;
        return embedding_read(arena, json_get(one, "values"), &answer->embeddings[0]) || embedding_invalid(error);
    }
    const struct json_value *many = json_get(root, "embeddings");
    if (!json_is(many, JSON_ARRAY) || many->array.count == 0) {
        return embedding_invalid(error);
    }
    answer->embeddings = arena_calloc(arena, many->array.count, sizeof *answer->embeddings);
    answer->embedding_count = many->array.count;
    for (size_t i = 0; i < many->array.count; i++) {
        if (!embedding_read(arena, json_get(many->array.items[i], "values"), &answer->embeddings[i])) {
            return embedding_invalid(error);
        }
    }
    return true;
}

const struct wire_operation gemini_embedding_operation = {
    .build_url = embedding_url,
    .encode_request = embedding_encode,
    .decode_response = embedding_decode,
};

/* ---- countTokens ---- */

static void count_tokens_url(struct buffer *out, const char *base_url, struct slice model,
                             const struct canon_request *request)
{
    (void)request;
    gemini_write_model_url(out, base_url, model, ":countTokens");
}

static bool count_tokens_encode(struct buffer *out, const struct canon_request *request, struct slice model,
                                struct format_error *error)
{
    struct buffer inner;
    buffer_init(&inner, out->arena, 1024);
    if (!gemini_wire.encode_request(&inner, request, model, error)) {
        return false;
    }
    /* inner is one JSON object: its members follow the model's inside the wrapper. */
    buffer_append_cstr(out, "{\"generateContentRequest\":{\"model\":\"models/");
    json_write_escaped(out, model.ptr, model.len);
    buffer_append_char(out, '"');
    if (inner.len > 2) {
        buffer_append_char(out, ',');
    }
    buffer_append(out, inner.data + 1, inner.len - 1);
    buffer_append_char(out, '}');
    return true;
}

/* {"totalTokens": N}. Counting is free: usage of zero tokens, so nothing is charged. */
static bool count_tokens_decode(struct arena *arena, const char *body, size_t len, struct canon_response *response,
                                struct format_error *error)
{
    return operation_token_count_decode(arena, body, len, "totalTokens", "countTokens", response, error);
}

const struct wire_operation gemini_count_tokens_operation = {
    .build_url = count_tokens_url,
    .encode_request = count_tokens_encode,
    .decode_response = count_tokens_decode,
};
