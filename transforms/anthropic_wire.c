/* The Anthropic Messages format as a provider speaks it. Differences the encoder bridges:
 * system prompts move to the top-level "system"; tool results travel as tool_result
 * blocks of a user message; consecutive messages of one role are merged (the API wants
 * strict user/assistant turns); max_tokens is required; temperature is 0..1; tool call
 * arguments are JSON objects, not strings; a reasoning effort is a thinking budget spent
 * inside max_tokens; a JSON schema is a structured output (output_config.format). */
#include <string.h>

#include "transforms/anthropic.h"
#include "transforms/operations.h"

static void anthropic_build_url(struct buffer *out, const char *base_url, struct slice model,
                                const struct canon_request *request)
{
    (void)model;
    (void)request;
    canon_write_endpoint_url(out, base_url, "/messages");
}

static void write_image(struct buffer *out, const struct canon_part *part)
{
    struct slice media_type, data;
    if (data_url_split(part->image_url, &media_type, &data)) {
        buffer_append_cstr(out, "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":");
        json_write_string(out, media_type.ptr, media_type.len);
        buffer_append_cstr(out, ",\"data\":");
        json_write_string(out, data.ptr, data.len);
        buffer_append_cstr(out, "}}");
        return;
    }
    buffer_append_cstr(out, "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":");
    json_write_string(out, part->image_url.ptr, part->image_url.len);
    buffer_append_cstr(out, "}}");
}

/* Tool call arguments arrive as JSON text; Anthropic wants the object itself. */
static bool write_arguments_object(struct buffer *out, struct slice arguments, struct format_error *error)
{
    if (arguments.len == 0) {
        buffer_append_cstr(out, "{}");
        return true;
    }
    struct json_error json_error;
    struct json_value *value = json_parse(out->arena, arguments.ptr, arguments.len, 64, &json_error);
    if (!json_is(value, JSON_OBJECT)) {
        return format_error_refuse_field(error, CANON_FIELD_TOOL_ARGUMENTS, "must be a JSON object for this provider");
    }
    json_write_value(out, value);
    return true;
}

static bool write_block(struct buffer *out, const struct canon_part *part, struct format_error *error)
{
    switch (part->type) {
    case PART_TEXT:
        buffer_append_cstr(out, "{\"type\":\"text\",\"text\":");
        json_write_string(out, part->text.ptr, part->text.len);
        buffer_append_char(out, '}');
        return true;
    case PART_IMAGE:
        write_image(out, part);
        return true;
    case PART_TOOL_CALL:
        buffer_append_cstr(out, "{\"type\":\"tool_use\",\"id\":");
        json_write_string(out, part->tool_call_id.ptr, part->tool_call_id.len);
        buffer_append_cstr(out, ",\"name\":");
        json_write_string(out, part->tool_name.ptr, part->tool_name.len);
        buffer_append_cstr(out, ",\"input\":");
        if (!write_arguments_object(out, part->tool_arguments, error)) {
            return false;
        }
        buffer_append_char(out, '}');
        return true;
    case PART_REASONING:
        /* Only a signed block goes back (write_messages skips the rest): Anthropic checks it. */
        buffer_append_cstr(out, "{\"type\":\"thinking\",\"thinking\":");
        json_write_string(out, part->text.ptr, part->text.len);
        buffer_append_cstr(out, ",\"signature\":");
        json_write_string(out, part->signature.ptr, part->signature.len);
        buffer_append_char(out, '}');
        return true;
    case PART_TOOL_RESULT:
        buffer_append_cstr(out, "{\"type\":\"tool_result\",\"tool_use_id\":");
        json_write_string(out, part->tool_call_id.ptr, part->tool_call_id.len);
        buffer_append_cstr(out, ",\"content\":");
        json_write_string(out, part->text.ptr, part->text.len);
        if (part->tool_is_error) {
            buffer_append_cstr(out, ",\"is_error\":true");
        }
        buffer_append_char(out, '}');
        return true;
    }
    return true;
}

/* user and tool messages both become Anthropic "user" turns. */
static const char *turn_role(const struct canon_message *message)
{
    return message->role == ROLE_ASSISTANT ? "assistant" : "user";
}

static bool write_messages(struct buffer *out, const struct canon_request *request, struct format_error *error)
{
    const char *open_role = NULL;
    bool first_block = true;
    buffer_append_char(out, '[');
    for (size_t i = 0; i < request->message_count; i++) {
        const struct canon_message *message = &request->messages[i];
        if (canon_is_system(message)) {
            continue;
        }
        const char *role = turn_role(message);
        if (open_role == NULL || strcmp(open_role, role) != 0) {
            if (open_role != NULL) {
                buffer_append_cstr(out, "]},");
            }
            buffer_append_cstr(out, "{\"role\":\"");
            buffer_append_cstr(out, role);
            buffer_append_cstr(out, "\",\"content\":[");
            open_role = role;
            first_block = true;
        }
        for (size_t j = 0; j < message->part_count; j++) {
            const struct canon_part *part = &message->parts[j];
            if (part->type == PART_TEXT && part->text.len == 0) {
                continue;                /* the API refuses empty text blocks */
            }
            if (part->type == PART_REASONING && part->signature.len == 0) {
                continue;                /* another provider's thinking: Anthropic takes only its own */
            }
            if (!first_block) {
                buffer_append_char(out, ',');
            }
            first_block = false;
            if (!write_block(out, part, error)) {
                return false;
            }
        }
    }
    if (open_role != NULL) {
        buffer_append_cstr(out, "]}");
    }
    buffer_append_char(out, ']');
    return true;
}

static void write_tools(struct buffer *out, const struct canon_request *request, bool *first)
{
    json_write_key(out, "tools", first);
    buffer_append_char(out, '[');
    for (size_t i = 0; i < request->tool_count; i++) {
        const struct canon_tool *tool = &request->tools[i];
        buffer_append_cstr(out, i ? ",{\"name\":" : "{\"name\":");
        json_write_string(out, tool->name.ptr, tool->name.len);
        if (tool->description.ptr != NULL) {
            buffer_append_cstr(out, ",\"description\":");
            json_write_string(out, tool->description.ptr, tool->description.len);
        }
        buffer_append_cstr(out, ",\"input_schema\":");
        if (tool->parameters != NULL) {
            json_write_value(out, tool->parameters);
        } else {
            buffer_append_cstr(out, "{\"type\":\"object\",\"properties\":{}}");
        }
        buffer_append_char(out, '}');
    }
    buffer_append_char(out, ']');
    if (request->tool_choice == TOOL_CHOICE_UNSET && request->parallel_tool_calls != 0) {
        return;
    }
    json_write_key(out, "tool_choice", first);
    switch (request->tool_choice) {
    case TOOL_CHOICE_NONE: buffer_append_cstr(out, "{\"type\":\"none\""); break;
    case TOOL_CHOICE_REQUIRED: buffer_append_cstr(out, "{\"type\":\"any\""); break;
    case TOOL_CHOICE_FUNCTION:
        buffer_append_cstr(out, "{\"type\":\"tool\",\"name\":");
        json_write_string(out, request->tool_choice_name.ptr, request->tool_choice_name.len);
        break;
    default: buffer_append_cstr(out, "{\"type\":\"auto\""); break;
    }
    if (request->parallel_tool_calls == 0 && request->tool_choice != TOOL_CHOICE_NONE) {
        buffer_append_cstr(out, ",\"disable_parallel_tool_use\":true");
    }
    buffer_append_char(out, '}');
}

/* Reasoning as extended thinking; a JSON schema as structured outputs (output_config.format). */
static void write_thinking_and_format(struct buffer *out, const struct canon_request *request, long long budget,
                                      bool *first)
{
    if (budget > 0) {
        json_write_key(out, "thinking", first);
        buffer_printf(out, "{\"type\":\"enabled\",\"budget_tokens\":%lld}", budget);
    } else if (budget == REASONING_OFF) {
        json_write_key(out, "thinking", first);
        buffer_append_cstr(out, "{\"type\":\"disabled\"}");
    }
    const struct json_value *schema = json_get(request->json_schema, "schema");
    if (request->response_format == RESPONSE_FORMAT_JSON_SCHEMA && schema != NULL) {
        json_write_key(out, "output_config", first);
        buffer_append_cstr(out, "{\"format\":{\"type\":\"json_schema\",\"schema\":");
        json_write_value(out, schema);
        buffer_append_cstr(out, "}}");
    }
}

static bool anthropic_encode_request(struct buffer *out, const struct canon_request *request,
                                     struct slice model, struct format_error *error)
{
    /* What Anthropic cannot express is refused, not dropped: each changes the answer. */
    if (!format_refuse_openai_only(request, error)) {
        return false;
    }
    if (request->presence_penalty.set) {
        return format_error_refuse_field(error, CANON_FIELD_PRESENCE_PENALTY, "is not supported by this provider");
    }
    if (request->frequency_penalty.set) {
        return format_error_refuse_field(error, CANON_FIELD_FREQUENCY_PENALTY, "is not supported by this provider");
    }
    if (request->response_format == RESPONSE_FORMAT_JSON_OBJECT) {
        /* Structured outputs take a schema; "any JSON object" has none to give. */
        return format_error_refuse_field(error, CANON_FIELD_RESPONSE_FORMAT,
                                         "asks for any JSON object, which this provider cannot: give a JSON schema");
    }
    long long max_tokens = request->max_tokens > 0 ? request->max_tokens : ANTHROPIC_DEFAULT_MAX_TOKENS;
    long long budget = canon_reasoning_budget(request);
    if (budget > 0 && request->max_tokens <= 0) {
        max_tokens = budget + ANTHROPIC_DEFAULT_MAX_TOKENS;   /* the budget is spent inside max_tokens */
    } else if (budget >= max_tokens) {
        budget = max_tokens - 1;
    }
    if (budget > 0 && budget < ANTHROPIC_MIN_THINKING_BUDGET) {
        return format_error_refuse_field(error, CANON_FIELD_MAX_TOKENS, "must exceed %d for this provider to think",
                                         ANTHROPIC_MIN_THINKING_BUDGET);
    }
    bool first = true;
    buffer_append_char(out, '{');
    json_write_key(out, "model", &first);
    json_write_string(out, model.ptr, model.len);
    json_write_key(out, "max_tokens", &first);
    json_write_integer(out, max_tokens);
    write_thinking_and_format(out, request, budget, &first);
    canon_write_system_texts(out, request, "system", "[", "{\"type\":\"text\",\"text\":", "]", &first);
    json_write_key(out, "messages", &first);
    if (!write_messages(out, request, error)) {
        return false;
    }
    if (request->stream) {
        json_write_key(out, "stream", &first);
        buffer_append_cstr(out, "true");
    }
    if (request->temperature.set) {
        json_write_key(out, "temperature", &first);
        json_write_double(out, request->temperature.value > 1 ? 1 : request->temperature.value);
    }
    if (request->top_p.set) {
        json_write_key(out, "top_p", &first);
        json_write_double(out, request->top_p.value);
    }
    if (request->top_k > 0) {
        json_write_key(out, "top_k", &first);
        json_write_integer(out, request->top_k);
    }
    if (request->stop_count) {
        json_write_key(out, "stop_sequences", &first);
        json_write_string_array(out, request->stop, request->stop_count);
    }
    if (request->tool_count) {
        write_tools(out, request, &first);
    }
    buffer_append_char(out, '}');
    return true;
}

/* ---- answers ---- */

/* Read both ways (canonical.h): by anthropic_wire from providers, by anthropic_dialect to
 * clients. end_turn, pause_turn and unknown values are read as a stop. */
const struct finish_reason_name anthropic_stop_reasons[] = {
    { FINISH_STOP, "end_turn" },
    { FINISH_LENGTH, "max_tokens" },
    { FINISH_TOOL_CALLS, "tool_use" },
    { FINISH_STOP_SEQUENCE, "stop_sequence" },
    { FINISH_CONTENT_FILTER, "refusal" },
    { FINISH_LENGTH, "model_context_window_exceeded" },     /* read only */
    { FINISH_NONE, NULL },
};

static enum finish_reason anthropic_parse_stop_reason(const struct json_value *value)
{
    return finish_reason_from_name(anthropic_stop_reasons, value, FINISH_STOP);
}

/* Anthropic counts cache reads and writes apart from input_tokens; OpenAI's
 * prompt_tokens includes them, with cached_tokens as the subset. */
static const struct usage_names anthropic_usage_names = {
    .prompt = { "input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens" },
    .completion = { "output_tokens" },
};

static void parse_usage(const struct json_value *usage, struct canon_usage *out)
{
    if (canon_usage_read(usage, &anthropic_usage_names, out) && json_get(usage, "cache_read_input_tokens")) {
        out->cached_tokens = canon_usage_count(usage, "cache_read_input_tokens", 0);
    }
}

static bool anthropic_decode_response(struct arena *arena, const char *body, size_t len,
                                      struct canon_response *response, struct format_error *error)
{
    struct json_value *root = canon_response_begin(arena, body, len, 64, response);
    const struct json_value *content = json_get(root, "content");
    if (!json_is(content, JSON_ARRAY)) {
        format_error_set(error, 502, "bad_gateway", NULL, "the provider's answer is not a message");
        return false;
    }
    response->id = json_get_string(root, "id");
    response->model = json_get_string(root, "model");
    response->finish = anthropic_parse_stop_reason(json_get(root, "stop_reason"));
    parse_usage(json_get(root, "usage"), &response->usage);
    struct buffer text;
    buffer_init(&text, arena, 256);
    response->tool_calls = arena_calloc(arena, content->array.count + 1, sizeof *response->tool_calls);
    for (size_t i = 0; i < content->array.count; i++) {
        const struct json_value *block = content->array.items[i];
        struct slice type = json_get_string(block, "type");
        if (slice_equals(type, "text")) {
            struct slice piece = json_get_string(block, "text");
            buffer_append(&text, piece.ptr, piece.len);
        } else if (slice_equals(type, "thinking")) {
            response->reasoning = json_get_string(block, "thinking");
            response->reasoning_signature = json_get_string(block, "signature");
        } else if (slice_equals(type, "tool_use")) {
            struct canon_tool_call *call = &response->tool_calls[response->tool_call_count++];
            call->id = json_get_string(block, "id");
            call->name = json_get_string(block, "name");
            struct buffer arguments;
            buffer_init(&arguments, arena, 128);
            const struct json_value *input = json_get(block, "input");
            if (input != NULL) {
                json_write_value(&arguments, input);
            } else {
                buffer_append_cstr(&arguments, "{}");
            }
            call->arguments = slice_of(arguments.data, arguments.len);
        }
    }
    if (text.len || response->tool_call_count == 0) {
        response->text = slice_of(text.data, text.len);
    }
    return true;
}

struct anthropic_wire_state {
    int block_tool_index[64];       /* content block index -> tool call index, or -1 */
    int tool_count;
    struct canon_usage usage;       /* input side from message_start, output from message_delta */
    struct surrogate_joiner block_text[64];   /* by content block: its text or partial_json pieces */
};

static int tool_index_of_block(struct anthropic_wire_state *state, long long block)
{
    if (block < 0 || block >= 64) {
        return -1;
    }
    return state->block_tool_index[block] - 1;   /* stored +1 so zeroed state means none */
}

/* A delta's piece of text or JSON, joined with the previous piece of the same block: a
 * server that cuts by UTF-16 code unit may end one delta with half of a surrogate pair. */
static struct slice take_piece(struct anthropic_wire_state *state, long long block, const struct json_value *piece,
                               struct arena *scratch)
{
    if (block < 0 || block >= 64) {
        return json_is(piece, JSON_STRING) ? slice_of(piece->string.text, piece->string.len)
                                           : (struct slice){ NULL, 0 };
    }
    return surrogate_joiner_take(&state->block_text[block], piece, scratch);
}

/* The high half a block still holds when it stops, or the message ends, was lone: it
 * is passed on as U+FFFD, in the block it belongs to. */
static int release_block(struct anthropic_wire_state *state, long long block, canon_event_fn emit, void *context)
{
    if (block < 0 || block >= 64) {
        return 0;
    }
    struct slice held = surrogate_joiner_release(&state->block_text[block]);
    if (held.len == 0) {
        return 0;
    }
    int tool_index = tool_index_of_block(state, block);
    struct canon_event event = { .type = EVENT_TEXT, .text = held };
    if (tool_index >= 0) {
        event = (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_index = tool_index, .tool_arguments = held };
    }
    return emit(context, &event);
}

static int release_all_blocks(struct anthropic_wire_state *state, canon_event_fn emit, void *context)
{
    int result = 0;
    for (long long block = 0; result == 0 && block < 64; block++) {
        result = release_block(state, block, emit, context);
    }
    return result;
}

static int anthropic_decode_stream_event(void *opaque, struct arena *scratch, const struct sse_event *sse,
                                         canon_event_fn emit, void *context)
{
    struct anthropic_wire_state *state = opaque;
    struct json_error json_error;
    struct json_value *data = json_parse_provider(scratch, sse->data, sse->data_len, 64, &json_error);
    if (!json_is(data, JSON_OBJECT)) {
        return -1;
    }
    struct slice type = json_get_string(data, "type");
    if (slice_equals(type, "message_start")) {
        const struct json_value *message = json_get(data, "message");
        parse_usage(json_get(message, "usage"), &state->usage);
        struct canon_event event = { .type = EVENT_START, .id = json_get_string(message, "id"),
                                     .model = json_get_string(message, "model") };
        return emit(context, &event);
    }
    if (slice_equals(type, "content_block_start")) {
        const struct json_value *block = json_get(data, "content_block");
        if (!slice_equals(json_get_string(block, "type"), "tool_use")) {
            return 0;
        }
        long long index = json_get_integer(data, "index", 0);
        if (index < 0 || index >= 64) {
            return -1;
        }
        int tool_index = state->tool_count++;
        state->block_tool_index[index] = tool_index + 1;
        struct canon_event event = { .type = EVENT_TOOL_CALL, .tool_index = tool_index,
                                     .tool_id = json_get_string(block, "id"),
                                     .tool_name = json_get_string(block, "name"),
                                     .tool_arguments = SLICE_LITERAL("") };
        return emit(context, &event);
    }
    if (slice_equals(type, "content_block_delta")) {
        const struct json_value *delta = json_get(data, "delta");
        struct slice delta_type = json_get_string(delta, "type");
        long long block = json_get_integer(data, "index", 0);
        if (slice_equals(delta_type, "text_delta")) {
            struct canon_event event = { .type = EVENT_TEXT,
                                         .text = take_piece(state, block, json_get(delta, "text"), scratch) };
            return event.text.len ? emit(context, &event) : 0;
        }
        if (slice_equals(delta_type, "input_json_delta")) {
            int tool_index = tool_index_of_block(state, block);
            if (tool_index < 0) {
                return -1;
            }
            struct canon_event event = { .type = EVENT_TOOL_CALL, .tool_index = tool_index,
                                         .tool_arguments = take_piece(state, block, json_get(delta, "partial_json"),
                                                                      scratch) };
            return event.tool_arguments.len ? emit(context, &event) : 0;
        }
        if (slice_equals(delta_type, "thinking_delta") || slice_equals(delta_type, "signature_delta")) {
            struct canon_event event = { .type = EVENT_REASONING, .text = json_get_string(delta, "thinking"),
                                         .signature = json_get_string(delta, "signature") };
            return event.text.len || event.signature.len ? emit(context, &event) : 0;
        }
        return 0;                    /* citations and future deltas are not forwarded */
    }
    if (slice_equals(type, "content_block_stop")) {
        return release_block(state, json_get_integer(data, "index", -1), emit, context);
    }
    if (slice_equals(type, "message_delta")) {
        const struct json_value *delta = json_get(data, "delta");
        const struct json_value *usage = json_get(data, "usage");
        int result = release_all_blocks(state, emit, context);
        if (result != 0) {
            return result;
        }
        enum finish_reason finish = anthropic_parse_stop_reason(json_get(delta, "stop_reason"));
        if (finish != FINISH_NONE) {
            struct canon_event event = { .type = EVENT_FINISH, .finish = finish };
            if ((result = emit(context, &event)) != 0) {
                return result;
            }
        }
        if (json_is(usage, JSON_OBJECT)) {
            state->usage.present = true;
            state->usage.completion_tokens = canon_usage_count(usage, "output_tokens", 0);
            state->usage.total_tokens = state->usage.prompt_tokens + state->usage.completion_tokens;
            struct canon_event event = { .type = EVENT_USAGE, .usage = state->usage };
            result = emit(context, &event);
        }
        return result;
    }
    if (slice_equals(type, "message_stop") || slice_equals(type, "error")) {
        int result = release_all_blocks(state, emit, context);
        if (result != 0) {
            return result;
        }
    }
    if (slice_equals(type, "message_stop")) {
        struct canon_event event = { .type = EVENT_END };
        return emit(context, &event);
    }
    if (slice_equals(type, "error")) {
        struct slice error_type = json_get_string(json_get(data, "error"), "type");
        struct canon_event event = { .type = EVENT_ERROR, .error_status = 502,
                                     .text = SLICE_LITERAL("the provider reported an error during the stream") };
        if (slice_equals(error_type, "overloaded_error")) {
            event.error_status = 529;
        } else if (slice_equals(error_type, "rate_limit_error")) {
            event.error_status = 429;
        }
        return emit(context, &event);
    }
    return 0;                        /* ping, unknown future events */
}

const struct wire_format anthropic_wire = {
    .type = "anthropic",
    .continues_prefill = true,
    .build_url = anthropic_build_url,
    .encode_request = anthropic_encode_request,
    .decode_response = anthropic_decode_response,
    .stream_state_size = sizeof(struct anthropic_wire_state),
    .decode_stream_event = anthropic_decode_stream_event,
    .count_tokens = &anthropic_count_tokens_operation,
};
