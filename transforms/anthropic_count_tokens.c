/* Anthropic token counting, both ways (operations.h): the client dialect served at
 * POST /v1/messages/count_tokens, and the wire operation of Anthropic-format providers
 * (POST {base_url}/messages/count_tokens). A count_tokens body is a Messages body without
 * max_tokens; its answer is {"input_tokens": N}. */
#include <string.h>

#include "transforms/anthropic.h"
#include "transforms/operations.h"

/* ---- the client dialect ---- */

/* The Messages decoder requires max_tokens, which a count_tokens body leaves out: it reads
 * a copy of the body's top level with one added (a count has no output to bound, and the
 * value goes nowhere: the count is encoded without it). */
static const struct json_value *with_max_tokens(struct arena *arena, const struct json_value *body)
{
    if (!json_is(body, JSON_OBJECT) || json_get(body, "max_tokens") != NULL) {
        return body;
    }
    static const char one[] = "1";
    struct json_value *number = arena_calloc(arena, 1, sizeof *number);
    number->type = JSON_NUMBER;
    number->number.text = one;
    number->number.len = 1;
    struct json_value *copy = arena_calloc(arena, 1, sizeof *copy);
    copy->type = JSON_OBJECT;
    copy->object.members = arena_calloc(arena, body->object.count + 1, sizeof *copy->object.members);
    if (body->object.count > 0) {      /* an empty object has no members array to copy */
        memcpy(copy->object.members, body->object.members, body->object.count * sizeof *copy->object.members);
    }
    copy->object.members[body->object.count] = (struct json_member){ .key = "max_tokens", .key_len = 10,
                                                                      .value = number };
    copy->object.count = body->object.count + 1;
    return copy;
}

static bool count_decode_request(struct arena *arena, const struct json_value *body, struct canon_request *request,
                                 struct format_error *error)
{
    if (!anthropic_dialect.decode_request(arena, with_max_tokens(arena, body), request, error)) {
        return false;
    }
    if (request->stream) {
        return format_error_refuse(error, "stream", "is not taken by count_tokens");
    }
    request->operation = OPERATION_COUNT_TOKENS;
    return true;
}

static void count_encode_response(struct buffer *out, const struct canon_response *response,
                                  const struct reply_context *context)
{
    (void)context;
    buffer_printf(out, "{\"input_tokens\":%lld}", response->operation.token_count);
}

const struct client_dialect anthropic_count_tokens_dialect = {
    .name = "anthropic_count_tokens",
    .id_prefix = "msg_",
    .entries_field = "messages",
    .decode_request = count_decode_request,
    .encode_response = count_encode_response,
    .stream_state_size = 0,
    .encode_stream_event = operation_never_streams,
    .encode_error = anthropic_encode_error,
    .field_names = anthropic_field_names,
};

/* ---- the wire operation ---- */

static void count_url(struct buffer *out, const char *base_url, struct slice model, const struct canon_request *request)
{
    (void)model;
    (void)request;
    canon_write_endpoint_url(out, base_url, "/messages/count_tokens");
}

/* The members of a Messages body that count_tokens takes; it refuses the others
 * (max_tokens, stream, sampling). */
static const char *const counted_members[] = { "model", "messages", "system", "tools", "tool_choice", "thinking" };

static bool is_counted_member(const struct json_member *member)
{
    for (size_t i = 0; i < sizeof counted_members / sizeof counted_members[0]; i++) {
        if (member->key_len == strlen(counted_members[i]) && memcmp(member->key, counted_members[i],
                                                                   member->key_len) == 0) {
            return true;
        }
    }
    return false;
}

/* The Messages body the chat would send, kept to the members count_tokens takes. */
static bool count_encode(struct buffer *out, const struct canon_request *request, struct slice model,
                         struct format_error *error)
{
    struct buffer messages_body;
    buffer_init(&messages_body, out->arena, 1024);
    if (!anthropic_wire.encode_request(&messages_body, request, model, error)) {
        return false;
    }
    struct json_error json_error;
    struct json_value *root = json_parse_provider(out->arena, messages_body.data, messages_body.len, 256,
                                                  &json_error);
    if (!json_is(root, JSON_OBJECT)) {
        format_error_set(error, 500, "server_error", NULL, "the count_tokens body could not be built");
        return false;
    }
    bool first = true;
    buffer_append_char(out, '{');
    for (size_t i = 0; i < root->object.count; i++) {
        const struct json_member *member = &root->object.members[i];
        if (!is_counted_member(member)) {
            continue;
        }
        buffer_append_cstr(out, first ? "" : ",");
        first = false;
        json_write_string(out, member->key, member->key_len);
        buffer_append_char(out, ':');
        json_write_value(out, member->value);
    }
    buffer_append_char(out, '}');
    return true;
}

/* {"input_tokens": N}. Counting is free: usage of zero tokens, so nothing is charged. */
static bool count_decode(struct arena *arena, const char *body, size_t len, struct canon_response *response,
                         struct format_error *error)
{
    return operation_token_count_decode(arena, body, len, "input_tokens", "count_tokens", response, error);
}

const struct wire_operation anthropic_count_tokens_operation = {
    .build_url = count_url,
    .encode_request = count_encode,
    .decode_response = count_decode,
};
