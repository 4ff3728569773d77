/* lethe's own dialect, POST /api/proxy (canonical_client.h): the gateway's canonical
 * request as JSON in, its canonical answer as JSON or as token/done events out. */
#include "transforms/canonical_client.h"

#include <string.h>

#include "transforms/client_decode.h"

static const struct decode_name roles[] = {
    { "system", ROLE_SYSTEM }, { "user", ROLE_USER }, { "assistant", ROLE_ASSISTANT },
};

/* {role, content}: content a string. */
static bool decode_message(struct client_decoder *decoder, const struct json_value *value, size_t index,
                           struct canon_message *message)
{
    char path[DECODE_PATH_SIZE], member_path[DECODE_PATH_SIZE];
    decode_path_index(path, "messages", index);
    if (!decode_expect(decoder, value, JSON_OBJECT, path)) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        bool known = (member->key_len == 4 && memcmp(member->key, "role", 4) == 0)
                     || (member->key_len == 7 && memcmp(member->key, "content", 7) == 0);
        if (!known) {
            return decode_refuse(decoder, path, "may hold only role and content");
        }
    }
    const struct json_value *role = decode_member(decoder, value, path, "role", JSON_STRING);
    const struct json_value *content = role ? decode_member(decoder, value, path, "content", JSON_STRING) : NULL;
    if (content == NULL) {
        return false;
    }
    const struct decode_name *known = decode_lookup(roles, COUNT_OF(roles), role->string.text);
    if (known == NULL || strlen(role->string.text) != role->string.len) {
        return decode_refuse(decoder, decode_path_member(member_path, path, "role"),
                             "must be one of system, user, assistant");
    }
    message->role = (enum canon_role)known->value;
    decode_single_text(decoder, content, message);
    return true;
}

static bool decode_messages(struct client_decoder *decoder, const struct request_field *field,
                            const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_ARRAY, field->name)) {
        return false;
    }
    /* One more slot: the "system" member goes first. */
    request->messages = arena_calloc(decoder->arena, value->array.count + 2, sizeof *request->messages);
    for (size_t i = 0; i < value->array.count; i++) {
        if (!decode_message(decoder, value->array.items[i], i, &request->messages[i + 1])) {
            return false;
        }
    }
    request->message_count = value->array.count;
    return true;
}

static bool decode_scrub(struct client_decoder *decoder, const struct request_field *field,
                         const struct json_value *value, struct canon_request *request)
{
    if (!decode_expect(decoder, value, JSON_BOOL, field->name)) {
        return false;
    }
    request->scrub_declined = !value->boolean;
    return true;
}

/* Checked for shape here; admission reads and bounds the values (proxy/admission.c), as it
 * does those of the "lethe" object of the other dialects. */
static bool decode_constraints(struct client_decoder *decoder, const struct request_field *field,
                               const struct json_value *value, struct canon_request *request)
{
    static const char *const names[] = { "max_cost", "max_latency_ms", "quality" };
    if (!decode_expect(decoder, value, JSON_OBJECT, field->name)) {
        return false;
    }
    for (size_t i = 0; i < value->object.count; i++) {
        const struct json_member *member = &value->object.members[i];
        bool known = false;
        for (size_t j = 0; j < COUNT_OF(names); j++) {
            known = known || (strlen(names[j]) == member->key_len && memcmp(names[j], member->key,
                                                                             member->key_len) == 0);
        }
        if (!known || json_member_repeats(value, i)) {
            return decode_refuse(decoder, field->name, "may hold max_cost, max_latency_ms and quality, each once");
        }
    }
    const struct json_value *quality = json_get(value, "quality");
    if (quality != NULL && !json_is(quality, JSON_STRING)) {
        return decode_refuse(decoder, "constraints.quality", "must be a string");
    }
    request->gateway_options = value;
    return true;
}

/* A string whose meaning depends on another member (provider, model, system): checked
 * here, read after the walk. */
static bool keep_string(struct client_decoder *decoder, const struct request_field *field,
                        const struct json_value *value, struct canon_request *request)
{
    (void)request;
    return decode_expect(decoder, value, JSON_STRING, field->name);
}

static const struct request_field canonical_fields[] = {
    { "provider", keep_string, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "model", keep_string, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "system", keep_string, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "messages", decode_messages, FIELD_REQUIRED, 0, 0, 0 },
    { "temperature", decode_number_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(temperature), 0, 2 },
    { "max_tokens", decode_positive_integer_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(max_tokens), 0, 0 },
    { "scrub", decode_scrub, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "constraints", decode_constraints, FIELD_NULL_IS_ABSENT, 0, 0, 0 },
    { "stream", decode_bool_field, FIELD_NULL_IS_ABSENT, REQUEST_MEMBER(stream), 0, 0 },
};

static bool is_text(const struct json_value *value, const char *text)
{
    return json_is(value, JSON_STRING) && value->string.len == strlen(text) && strcmp(value->string.text, text) == 0;
}

/* A provider's name as route_check_model will read it, the first part of provider/model:
 * checked here so that a refusal names 'provider', the field the client got wrong, not
 * the 'model' it is joined to. */
static bool provider_name_valid(struct slice name)
{
    if (canon_model_part_empty_or_dots(name.ptr, name.len)) {
        return false;
    }
    for (size_t i = 0; i < name.len; i++) {
        if (name.ptr[i] == '/' || !canon_model_character(name.ptr[i])) {
            return false;
        }
    }
    return true;
}

/* The model the rest of lethe reads: "provider/model", a route or provider/model given as
 * the model alone, or "auto". Byte for byte, so route_check_model sees every byte given. */
static bool resolve_model(struct client_decoder *decoder, const struct json_value *body,
                          struct canon_request *request)
{
    const struct json_value *provider = json_get(body, "provider");
    const struct json_value *model = json_get(body, "model");
    provider = json_is(provider, JSON_STRING) ? provider : NULL;
    model = json_is(model, JSON_STRING) ? model : NULL;
    bool routed = provider == NULL || is_text(provider, "auto");
    if (!routed) {
        if (!provider_name_valid(decode_text(provider))) {
            return decode_refuse(decoder, "provider", "must be a provider name from the config: letters, digits "
                                 "and . _ : - only, not empty, '.' or '..'");
        }
        if (model == NULL) {
            return decode_refuse(decoder, "model", "is required when 'provider' names a provider");
        }
        size_t len = provider->string.len + 1 + model->string.len;
        char *name = arena_alloc(decoder->arena, len + 1);
        memcpy(name, provider->string.text, provider->string.len);
        name[provider->string.len] = '/';
        memcpy(name + provider->string.len + 1, model->string.text, model->string.len);
        name[len] = '\0';
        request->model = slice_of(name, len);
    } else if (model == NULL || is_text(model, "auto")) {
        request->model = SLICE_LITERAL("auto");
    } else if (provider != NULL) {
        return decode_refuse(decoder, "model", "must be absent or \"auto\" when 'provider' is \"auto\"");
    } else {
        request->model = decode_text(model);
    }
    if (request->gateway_options != NULL && !slice_equals(request->model, "auto")) {
        return decode_refuse(decoder, "constraints", "apply only when the router chooses: leave 'provider' out or "
                             "set it to \"auto\"");
    }
    return true;
}

static bool canonical_decode_request(struct arena *arena, const struct json_value *body,
                                     struct canon_request *request, struct format_error *error)
{
    struct client_decoder decoder = { .arena = arena, .error = error };
    if (!decode_request_fields(&decoder, body, canonical_fields, COUNT_OF(canonical_fields), request)) {
        return false;
    }
    if (request->message_count == 0) {
        return decode_refuse(&decoder, "messages", "must be a non-empty array");
    }
    const struct json_value *system = json_get(body, "system");
    if (json_is(system, JSON_STRING)) {
        request->messages[0].role = ROLE_SYSTEM;
        decode_single_text(&decoder, system, &request->messages[0]);
        request->message_count++;
    } else {
        request->messages++;          /* the slot kept for it stays unused */
    }
    /* The usage goes in the done event: always asked of the provider. */
    request->include_usage = true;
    return resolve_model(&decoder, body, request);
}

/* ---- answers ---- */

static void write_usage(struct buffer *out, const struct canon_usage *usage)
{
    buffer_append_cstr(out, ",\"usage\":");
    if (!usage->present) {
        buffer_append_cstr(out, "null");
        return;
    }
    buffer_printf(out, "{\"input_tokens\":%lld,\"output_tokens\":%lld}", usage->prompt_tokens,
                  usage->completion_tokens);
}

static const char *finish_name(enum finish_reason reason)
{
    switch (reason) {
    case FINISH_NONE:
    case FINISH_STOP:
        return "stop";
    case FINISH_STOP_SEQUENCE:
        return "stop_sequence";
    case FINISH_LENGTH:
        return "length";
    case FINISH_TOOL_CALLS:
        return "tool_calls";
    case FINISH_CONTENT_FILTER:
        return "content_filter";
    case FINISH_ERROR:
        return "error";
    }
    return "stop";
}

/* The fields an answer and a done event share: id, provider, model, finish, usage, cost,
 * scrubbed, attempts (an object's members, after its opening brace). */
static void write_facts(struct buffer *out, const struct reply_context *context, enum finish_reason finish,
                        const struct canon_usage *usage)
{
    buffer_append_cstr(out, "\"id\":");
    json_write_cstring(out, context->id);
    buffer_append_cstr(out, ",\"object\":\"lethe.answer\",\"provider\":");
    if (context->provider != NULL) {
        json_write_cstring(out, context->provider);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"model\":");
    json_write_cstring(out, context->model);
    buffer_printf(out, ",\"created\":%lld,\"finish_reason\":\"%s\"", context->created, finish_name(finish));
    write_usage(out, usage);
    buffer_append_cstr(out, ",\"cost_usd\":");
    json_write_double(out, context->cost_usd);
    buffer_printf(out, ",\"scrubbed\":%zu,\"attempts\":%u", context->scrubbed, context->attempts);
}

static void write_tool_calls(struct buffer *out, const struct canon_response *response)
{
    buffer_append_cstr(out, ",\"tool_calls\":[");
    for (size_t i = 0; i < response->tool_call_count; i++) {
        const struct canon_tool_call *call = &response->tool_calls[i];
        buffer_append_cstr(out, i ? ",{\"id\":" : "{\"id\":");
        json_write_string(out, call->id.ptr ? call->id.ptr : "", call->id.len);
        buffer_append_cstr(out, ",\"name\":");
        json_write_string(out, call->name.ptr ? call->name.ptr : "", call->name.len);
        buffer_append_cstr(out, ",\"arguments\":");
        json_write_string(out, call->arguments.ptr ? call->arguments.ptr : "", call->arguments.len);
        buffer_append_char(out, '}');
    }
    buffer_append_char(out, ']');
}

static void canonical_encode_response(struct buffer *out, const struct canon_response *response,
                                      const struct reply_context *context)
{
    buffer_append_char(out, '{');
    write_facts(out, context, response->finish, &response->usage);
    buffer_append_cstr(out, ",\"text\":");
    json_write_string(out, response->text.ptr ? response->text.ptr : "", response->text.len);
    write_tool_calls(out, response);
    buffer_append_char(out, '}');
}

struct canonical_stream_state {
    enum finish_reason finish;
    struct canon_usage usage;
};

static void write_event(struct buffer *out, const char *name)
{
    buffer_printf(out, "event: %s\ndata: ", name);
}

static void write_error_object(struct buffer *out, int status, const char *type, const char *code,
                               const char *param, const char *message, const char *attempts_json)
{
    buffer_printf(out, "{\"error\":{\"status\":%d,\"type\":", status);
    json_write_cstring(out, type != NULL ? type : "server_error");
    buffer_append_cstr(out, ",\"code\":");
    if (code != NULL) {
        json_write_cstring(out, code);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"param\":");
    if (param != NULL && param[0] != '\0') {
        json_write_cstring(out, param);
    } else {
        buffer_append_cstr(out, "null");
    }
    buffer_append_cstr(out, ",\"message\":");
    json_write_cstring(out, message);
    if (attempts_json != NULL) {
        buffer_append_cstr(out, ",\"attempts\":");
        buffer_append_cstr(out, attempts_json);
    }
    buffer_append_cstr(out, "}}");
}

static void canonical_encode_stream_event(struct buffer *out, void *opaque, const struct canon_event *event,
                                          const struct reply_context *context)
{
    struct canonical_stream_state *state = opaque;
    switch (event->type) {
    case EVENT_TEXT:
        write_event(out, "token");
        buffer_append_cstr(out, "{\"text\":");
        json_write_string(out, event->text.ptr, event->text.len);
        buffer_append_cstr(out, "}\n\n");
        return;
    case EVENT_FINISH:
        state->finish = event->finish;
        return;
    case EVENT_USAGE:
        state->usage = event->usage;
        return;
    case EVENT_END:
        write_event(out, "done");
        buffer_append_char(out, '{');
        write_facts(out, context, state->finish, &state->usage);
        buffer_append_cstr(out, "}\n\n");
        return;
    case EVENT_ERROR: {
        /* No done event after it: a cut answer is never passed off as complete. */
        char message[256];
        bounded_printf(message, sizeof message, "%.*s", (int)event->text.len, event->text.ptr);
        write_event(out, "error");
        write_error_object(out, event->error_status, event->error_status >= 500 ? "server_error"
                                                                                 : "invalid_request_error",
                           NULL, NULL, message, NULL);
        buffer_append_cstr(out, "\n\n");
        return;
    }
    default:
        /* The start, and pieces this dialect does not stream (tool calls): nothing. */
        return;
    }
}

static void canonical_encode_error(struct buffer *out, int status, const char *type, const char *code,
                                   const char *param, const char *message, const char *attempts_json)
{
    write_error_object(out, status, type, code, param, message, attempts_json);
}

/* The canonical fields /api/proxy can set. */
static const char *const canonical_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_MAX_TOKENS] = "max_tokens",
};

const struct client_dialect canonical_dialect = {
    .name = "canonical",
    .id_prefix = "lethe-",
    .entries_field = "messages",
    .options_field = "constraints",
    .decode_request = canonical_decode_request,
    .encode_response = canonical_encode_response,
    .stream_state_size = sizeof(struct canonical_stream_state),
    .encode_stream_event = canonical_encode_stream_event,
    .encode_error = canonical_encode_error,
    .field_names = canonical_field_names,
};
