/* OpenAI embeddings, both ways (operations.h): the client dialect served at
 * POST /v1/embeddings, and the wire operation of every OpenAI-format provider
 * (POST {base_url}/embeddings). The provider is always asked for floats; base64 is made
 * for the client from the floats, so every format's vectors reach it in either form. */
#include <string.h>

#include "transforms/client_decode.h"
#include "transforms/openai.h"
#include "transforms/operations.h"

/* ---- the client dialect ---- */

/* A string, or a non-empty array of non-empty strings. Token-id arrays are OpenAI's own
 * tokenizer's ids: they mean nothing to another format, and cannot be scrubbed. */
static bool decode_input(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request)
{
    (void)field;
    if (json_is(value, JSON_STRING)) {
        if (value->string.len == 0) {
            return decode_refuse(decoder, "input", "must not be empty");
        }
        embedding_inputs_init(decoder->arena, request, 1);
        embedding_input_set(request, 0, decode_text(value));
        return true;
    }
    if (!json_is(value, JSON_ARRAY) || value->array.count == 0) {
        return decode_refuse(decoder, "input", "must be a string or a non-empty array of strings");
    }
    embedding_inputs_init(decoder->arena, request, value->array.count);
    for (size_t i = 0; i < value->array.count; i++) {
        const struct json_value *item = value->array.items[i];
        char path[DECODE_PATH_SIZE];
        decode_path_index(path, "input", i);
        if (json_is(item, JSON_NUMBER) || json_is(item, JSON_ARRAY)) {
            return decode_refuse(decoder, path, "is a token array, which lethe does not take: send the text");
        }
        if (!json_is(item, JSON_STRING) || item->string.len == 0) {
            return decode_refuse(decoder, path, "must be a non-empty string");
        }
        embedding_input_set(request, i, decode_text(item));
    }
    return true;
}

/* By the string's whole length: "base64\u0000…" is neither name. */
static bool is_exactly(const struct json_value *value, const char *name)
{
    return json_is(value, JSON_STRING) && value->string.len == strlen(name) && strcmp(value->string.text, name) == 0;
}

static bool decode_encoding_format(struct client_decoder *decoder, const struct request_field *field,
                                   const struct json_value *value, struct canon_request *request)
{
    (void)field;
    if (is_exactly(value, "float")) {
        return true;
    }
    if (is_exactly(value, "base64")) {
        request->embedding_base64 = true;
        return true;
    }
    return decode_refuse(decoder, "encoding_format", "must be float or base64");
}

static bool decode_user(struct client_decoder *decoder, const struct request_field *field,
                        const struct json_value *value, struct canon_request *request)
{
    (void)request;
    return decode_expect(decoder, value, JSON_STRING, field->name);     /* read, never forwarded */
}

static const struct request_field embedding_fields[] = {
    { "model", decode_string_field, FIELD_REQUIRED, REQUEST_MEMBER(model), 0, 0 },
    { "input", decode_input, FIELD_REQUIRED, 0, 0, 0 },
    { "dimensions", decode_positive_integer_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(dimensions), 0, 0 },
    { "encoding_format", decode_encoding_format, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "user", decode_user, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "lethe", decode_object_field, 0, REQUEST_MEMBER(gateway_options), 0, 0 },
};

static bool embeddings_decode_request(struct arena *arena, const struct json_value *body,
                                      struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    if (!decode_request_fields(&decoder, body, embedding_fields, COUNT_OF(embedding_fields), request)) {
        return false;
    }
    request->operation = OPERATION_EMBEDDING;
    return true;
}

static void embeddings_encode_response(struct buffer *out, const struct canon_response *response,
                                       const struct reply_context *context)
{
    const struct canon_operation_answer *answer = &response->operation;
    buffer_append_cstr(out, "{\"object\":\"list\",\"data\":[");
    for (size_t i = 0; i < answer->embedding_count; i++) {
        buffer_printf(out, "%s{\"object\":\"embedding\",\"index\":%zu,\"embedding\":", i ? "," : "", i);
        if (context->embedding_base64) {
            embedding_write_base64(out, &answer->embeddings[i]);
        } else {
            embedding_write_floats(out, &answer->embeddings[i]);
        }
        buffer_append_char(out, '}');
    }
    buffer_append_cstr(out, "],\"model\":");
    json_write_cstring(out, context->model);
    long long prompt = response->usage.present ? response->usage.prompt_tokens : 0;
    buffer_printf(out, ",\"usage\":{\"prompt_tokens\":%lld,\"total_tokens\":%lld}}", prompt, prompt);
}

const struct client_dialect openai_embeddings_dialect = {
    .name = "openai_embeddings",
    .id_prefix = "emb-",
    .entries_field = "input",
    .decode_request = embeddings_decode_request,
    .encode_response = embeddings_encode_response,
    .stream_state_size = 0,
    .encode_stream_event = operation_never_streams,
    .encode_error = openai_encode_error,
};

/* ---- the wire operation ---- */

static void openai_embedding_url(struct buffer *out, const char *base_url, struct slice model,
                                 const struct canon_request *request)
{
    (void)model;
    (void)request;
    canon_write_endpoint_url(out, base_url, "/embeddings");
}

static bool openai_embedding_encode(struct buffer *out, const struct canon_request *request, struct slice model,
                                    struct format_error *error)
{
    (void)error;
    buffer_append_cstr(out, "{\"model\":");
    json_write_string(out, model.ptr, model.len);
    buffer_append_cstr(out, ",\"input\":[");
    for (size_t i = 0; i < request->message_count; i++) {
        const struct canon_part *part = &request->messages[i].parts[0];
        if (i) {
            buffer_append_char(out, ',');
        }
        json_write_string(out, part->text.ptr, part->text.len);
    }
    buffer_append_cstr(out, "],\"encoding_format\":\"float\"");
    if (request->dimensions > 0) {
        buffer_printf(out, ",\"dimensions\":%lld", request->dimensions);
    }
    buffer_append_char(out, '}');
    return true;
}

static const struct usage_names openai_embedding_usage = { .prompt = { "prompt_tokens" }, .total = "total_tokens" };

/* Which input data[position] embeds. Either every item has an "index" or none has (then
 * the list is in the inputs' order); an index is an integer in 0..count-1. An index that
 * is "0", 0.5 or 1e30 is no index: read as the position, it would file a vector under
 * another input's place. False: the item does not say validly. */
static bool embedding_index(const struct json_value *item, size_t position, bool indexed, size_t count,
                            size_t *index)
{
    const struct json_value *given = json_get(item, "index");
    if (!indexed) {
        *index = position;
        return given == NULL;
    }
    long long number;
    if (!json_number_integer(given, &number) || number < 0 || (unsigned long long)number >= count) {
        return false;
    }
    *index = (size_t)number;
    return true;
}

/* data[] in any order: each item's index says which input it embeds, and each input needs
 * exactly one. */
static bool openai_embedding_decode(struct arena *arena, const char *body, size_t len,
                                    struct canon_response *response, struct format_error *error)
{
    struct json_value *root = canon_response_begin(arena, body, len, 16, response);
    const struct json_value *data = json_get(root, "data");
    if (!json_is(data, JSON_ARRAY) || data->array.count == 0) {
        format_error_set(error, 502, "bad_gateway", NULL, "the provider's answer is not an embeddings list");
        return false;
    }
    size_t count = data->array.count;
    struct canon_operation_answer *answer = &response->operation;
    answer->embeddings = arena_calloc(arena, count + 1, sizeof *answer->embeddings);
    answer->embedding_count = count;
    bool indexed = json_get(data->array.items[0], "index") != NULL;
    for (size_t i = 0; i < count; i++) {
        const struct json_value *item = data->array.items[i];
        size_t index;
        if (!embedding_index(item, i, indexed, count, &index) || answer->embeddings[index].values != NULL
            || answer->embeddings[index].numbers != NULL
            || !embedding_read(arena, json_get(item, "embedding"), &answer->embeddings[index])) {
            format_error_set(error, 502, "bad_gateway", NULL, "the provider's embedding %zu is not valid", i);
            return false;
        }
    }
    response->model = json_get_string(root, "model");
    canon_usage_read(json_get(root, "usage"), &openai_embedding_usage, &response->usage);
    return true;
}

const struct wire_operation openai_embedding_operation = {
    .build_url = openai_embedding_url,
    .encode_request = openai_embedding_encode,
    .decode_response = openai_embedding_decode,
};
