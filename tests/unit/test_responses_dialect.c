/* The Responses dialect (transforms/responses_client.c): requests decoded into the canonical
 * conversation, refusals of what needs server state, the response object and the event
 * stream; and reasoning and structured outputs across the formats (thinking blocks and
 * deltas, thought parts, signatures, budgets, output_config). */
#include "tests/unit/unit.h"

#include "transforms/anthropic.h"
#include "transforms/gemini.h"
#include "transforms/openai.h"
#include "tests/unit/json_paths.h"

static bool decode_with(struct fixture *fixture, const struct client_dialect *dialect, const char *json)
{
    struct json_error json_error;
    struct json_value *body = json_parse(&fixture->arena, json, strlen(json), 64, &json_error);
    assert_non_null(body);
    return dialect->decode_request(&fixture->arena, body, &fixture->request, &fixture->error);
}

static void decode(struct fixture *fixture, const char *json)
{
    if (!decode_with(fixture, &responses_dialect, json)) {
        fail_msg("refused: %s", fixture->error.message);
    }
}

static const struct json_value *parse(struct fixture *fixture, const char *text, size_t len)
{
    struct json_error json_error;
    const struct json_value *value = json_parse(&fixture->arena, text, len, 64, &json_error);
    if (value == NULL) {
        fail_msg("not JSON: %.*s", (int)len, text);
    }
    return value;
}

static const struct json_value *encode(struct fixture *fixture, const struct wire_format *wire)
{
    buffer_reset(&fixture->out);
    if (!wire->encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error)) {
        fail_msg("%s refused: %s", wire->type, fixture->error.message);
    }
    return parse(fixture, fixture->out.data, fixture->out.len);
}

static long long integer_at(const struct json_value *root, const char *path)
{
    long long value;
    if (!json_number_integer(at(root, path), &value)) {
        fail_msg("no integer at %s", path);
    }
    return value;
}

static void assert_slice(struct slice slice, const char *expected)
{
    assert_int_equal(slice.len, strlen(expected));
    assert_memory_equal(slice.ptr, expected, slice.len);
}

/* ---- requests ---- */

static void decodes_a_string_input_with_instructions(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, "{\"model\":\"oa/m\",\"input\":\"Tide in Brest?\",\"instructions\":\"Be brief.\","
                    "\"max_output_tokens\":300,\"temperature\":0.5,\"store\":false,\"stream\":true}");
    assert_int_equal(fixture->request.message_count, 2);
    assert_int_equal(fixture->request.messages[0].role, ROLE_SYSTEM);
    assert_slice(fixture->request.messages[0].parts[0].text, "Be brief.");
    assert_int_equal(fixture->request.messages[1].role, ROLE_USER);
    assert_slice(fixture->request.messages[1].parts[0].text, "Tide in Brest?");
    assert_int_equal(fixture->request.max_tokens, 300);
    assert_true(fixture->request.stream);
}

/* A function call joins the assistant message before it; its output is a tool message;
 * reasoning goes with the assistant turn. */
static void decodes_items_into_turns(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture,
           "{\"model\":\"oa/m\",\"input\":["
           "{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Tide?\"},"
           "  {\"type\":\"input_image\",\"image_url\":\"data:image/png;base64,iVBO\",\"detail\":\"low\"}]},"
           "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"think\"}]},"
           "{\"type\":\"message\",\"role\":\"assistant\","
           "  \"content\":[{\"type\":\"output_text\",\"text\":\"Let me look.\"}]},"
           "{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"lookup_tide\","
           "  \"arguments\":\"{\\\"port\\\":\\\"Brest\\\"}\"},"
           "{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"{\\\"high\\\":\\\"14:02\\\"}\"},"
           "{\"role\":\"user\",\"content\":\"Thanks\"}],"
           "\"tools\":[{\"type\":\"function\",\"name\":\"lookup_tide\",\"parameters\":{\"type\":\"object\"},"
           "  \"strict\":true}],"
           "\"tool_choice\":{\"type\":\"function\",\"name\":\"lookup_tide\"},\"parallel_tool_calls\":false}");
    const struct canon_request *request = &fixture->request;
    assert_int_equal(request->message_count, 4);
    assert_int_equal(request->messages[0].part_count, 2);
    assert_int_equal(request->messages[0].parts[1].type, PART_IMAGE);
    assert_slice(request->messages[0].parts[1].image_detail, "low");
    assert_int_equal(request->messages[1].role, ROLE_ASSISTANT);
    assert_int_equal(request->messages[1].part_count, 3);
    assert_int_equal(request->messages[1].parts[0].type, PART_REASONING);
    assert_int_equal(request->messages[1].parts[1].type, PART_TEXT);
    assert_int_equal(request->messages[1].parts[2].type, PART_TOOL_CALL);
    assert_slice(request->messages[1].parts[2].tool_call_id, "call_1");
    assert_int_equal(request->messages[2].role, ROLE_TOOL);
    assert_slice(request->messages[2].parts[0].text, "{\"high\":\"14:02\"}");
    assert_int_equal(request->messages[3].role, ROLE_USER);
    assert_int_equal(request->tool_count, 1);
    assert_int_equal(request->tools[0].strict, 1);
    assert_int_equal(request->tool_choice, TOOL_CHOICE_FUNCTION);
    assert_int_equal(request->parallel_tool_calls, 0);
    /* To Anthropic: the unsigned reasoning is not sent, the call and its result are. */
    const struct json_value *body = encode(fixture, &anthropic_wire);
    assert_string_at(body, "messages.1.role", "assistant");
    assert_string_at(body, "messages.1.content.0.type", "text");
    assert_string_at(body, "messages.1.content.1.type", "tool_use");
    assert_string_at(body, "messages.2.content.0.type", "tool_result");
    /* To Gemini: no thought either, the call by name. */
    body = encode(fixture, &gemini_wire);
    assert_string_at(body, "contents.1.parts.1.functionCall.name", "lookup_tide");
    assert_string_at(body, "contents.2.parts.0.functionResponse.name", "lookup_tide");
}

static void text_format_and_reasoning_reach_each_format(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, "{\"model\":\"oa/m\",\"input\":\"x\",\"reasoning\":{\"effort\":\"medium\",\"summary\":\"auto\"},"
                    "\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"tide\",\"strict\":true,"
                    "\"schema\":{\"type\":\"object\",\"properties\":{\"port\":{\"type\":\"string\"}}}}}}");
    assert_int_equal(fixture->request.response_format, RESPONSE_FORMAT_JSON_SCHEMA);
    const struct json_value *body = encode(fixture, &openai_wire);
    assert_string_at(body, "response_format.type", "json_schema");
    assert_string_at(body, "response_format.json_schema.name", "tide");
    assert_string_at(body, "response_format.json_schema.schema.properties.port.type", "string");
    assert_true(at(body, "response_format.json_schema.strict")->boolean);
    assert_string_at(body, "reasoning_effort", "medium");
    body = encode(fixture, &anthropic_wire);
    assert_string_at(body, "output_config.format.type", "json_schema");
    assert_string_at(body, "output_config.format.schema.properties.port.type", "string");
    assert_int_equal(integer_at(body, "thinking.budget_tokens"), 8192);
    /* No max_tokens given: room for the budget and an answer. */
    assert_int_equal(integer_at(body, "max_tokens"), 8192 + ANTHROPIC_DEFAULT_MAX_TOKENS);
    body = encode(fixture, &gemini_wire);
    assert_string_at(body, "generationConfig.responseMimeType", "application/json");
    assert_string_at(body, "generationConfig.responseJsonSchema.properties.port.type", "string");
    assert_int_equal(integer_at(body, "generationConfig.thinkingConfig.thinkingBudget"), 8192);
    assert_true(at(body, "generationConfig.thinkingConfig.includeThoughts")->boolean);
}

static void refuses_what_needs_state_by_name(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body; const char *param; } cases[] = {
        { "{\"model\":\"m\",\"input\":\"x\",\"previous_response_id\":\"resp_1\"}", "previous_response_id" },
        { "{\"model\":\"m\",\"input\":\"x\",\"store\":true}", "store" },
        { "{\"model\":\"m\",\"input\":\"x\",\"background\":true}", "background" },
        { "{\"model\":\"m\",\"input\":\"x\",\"conversation\":\"conv_1\"}", "conversation" },
        { "{\"model\":\"m\",\"input\":[{\"type\":\"item_reference\",\"id\":\"msg_1\"}]}", "input[0].type" },
        { "{\"model\":\"m\",\"input\":\"x\",\"tools\":[{\"type\":\"web_search\"}]}", "tools[0].type" },
        { "{\"model\":\"m\",\"input\":\"x\",\"text\":{\"format\":{\"type\":\"xml\"}}}", "text.format.type" },
        { "{\"model\":\"m\",\"input\":\"x\",\"text\":{\"verbosity\":\"low\"}}", "text.verbosity" },
        { "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_file\"}]}]}",
          "input[0].content[0].type" },
        { "{\"model\":\"m\",\"input\":[{\"type\":\"function_call_output\",\"output\":\"x\"}]}", "input[0].call_id" },
        { "{\"model\":\"m\",\"input\":[]}", "input" },
        { "{\"model\":\"m\"}", "input" },
        { "{\"input\":\"x\"}", "model" },
        { "{\"model\":\"m\",\"input\":\"x\",\"prompt\":{\"id\":\"p\"}}", "prompt" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        if (decode_with(fixture, &responses_dialect, cases[i].body)) {
            fail_msg("case %zu was accepted", i);
        }
        assert_int_equal(fixture->error.status, 400);
        assert_string_equal(fixture->error.param, cases[i].param);
    }
    assert_false(decode_with(fixture, &responses_dialect, "{\"model\":\"m\",\"input\":\"x\",\"store\":true}"));
    assert_non_null(strstr(fixture->error.message, "zero-retention"));
}

/* ---- the response object ---- */

static void encodes_the_response_object(void **state)
{
    struct fixture *fixture = *state;
    struct canon_tool_call calls[] = { { SLICE_LITERAL("call_1"), SLICE_LITERAL("f"), SLICE_LITERAL("{\"a\":1}") } };
    struct canon_response response = { .text = SLICE_LITERAL("Hi"), .reasoning = SLICE_LITERAL("mull"),
                                       .tool_calls = calls, .tool_call_count = 1, .finish = FINISH_LENGTH,
                                       .usage = { .present = true, .prompt_tokens = 3, .completion_tokens = 4,
                                                  .cached_tokens = -1, .reasoning_tokens = 2 } };
    struct reply_context context = { .id = "resp_abc", .model = "m", .created = 7 };
    responses_dialect.encode_response(&fixture->out, &response, &context);
    const struct json_value *body = parse(fixture, fixture->out.data, fixture->out.len);
    assert_string_at(body, "object", "response");
    assert_string_at(body, "status", "incomplete");
    assert_string_at(body, "incomplete_details.reason", "max_output_tokens");
    assert_string_at(body, "output.0.type", "reasoning");
    assert_string_at(body, "output.0.summary.0.text", "mull");
    assert_string_at(body, "output.1.type", "message");
    assert_string_at(body, "output.1.id", "msg_abc");
    assert_string_at(body, "output.1.content.0.type", "output_text");
    assert_string_at(body, "output.1.content.0.text", "Hi");
    assert_string_at(body, "output.2.type", "function_call");
    assert_string_at(body, "output.2.call_id", "call_1");
    assert_string_at(body, "output.2.arguments", "{\"a\":1}");
    assert_int_equal(integer_at(body, "usage.total_tokens"), 7);
    assert_int_equal(integer_at(body, "usage.output_tokens_details.reasoning_tokens"), 2);
    assert_int_equal(integer_at(body, "created_at"), 7);
}

/* Each "event: NAME\ndata: {…}" of out, in order: the names, and every data's type and
 * sequence_number checked. Returns how many. */
static size_t read_events(struct fixture *fixture, const char **names, const struct json_value **datas, size_t max)
{
    size_t count = 0;
    const char *cursor = fixture->out.data;
    const char *end = fixture->out.data + fixture->out.len;
    while (cursor < end && count < max) {
        const char *name = strstr(cursor, "event: ");
        const char *data = name != NULL ? strstr(name, "\ndata: ") : NULL;
        const char *stop = data != NULL ? strstr(data, "\n\n") : NULL;
        if (stop == NULL) {
            break;
        }
        names[count] = arena_printf(&fixture->arena, "%.*s", (int)(data - name - 7), name + 7);
        datas[count] = parse(fixture, data + 7, (size_t)(stop - data - 7));
        assert_string_at(datas[count], "type", names[count]);
        assert_int_equal(integer_at(datas[count], "sequence_number"), (long long)count);
        count++;
        cursor = stop + 2;
    }
    return count;
}

static void streams_the_documented_sequence(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "resp_abc", .model = "m", .created = 7 };
    void *stream = arena_calloc(&fixture->arena, 1, responses_dialect.stream_state_size);
    struct canon_event events[] = {
        { .type = EVENT_START },
        { .type = EVENT_REASONING, .text = SLICE_LITERAL("mu") },
        { .type = EVENT_REASONING, .text = SLICE_LITERAL("ll") },
        { .type = EVENT_REASONING, .signature = SLICE_LITERAL("sig") },
        { .type = EVENT_TEXT, .text = SLICE_LITERAL("Gr") },
        { .type = EVENT_TEXT, .text = SLICE_LITERAL("üße") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = SLICE_LITERAL("call_1"), .tool_name = SLICE_LITERAL("f"),
          .tool_arguments = SLICE_LITERAL("") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_arguments = SLICE_LITERAL("{\"a\":") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_arguments = SLICE_LITERAL("1}") },
        { .type = EVENT_FINISH, .finish = FINISH_TOOL_CALLS },
        { .type = EVENT_USAGE, .usage = { .present = true, .prompt_tokens = 3, .completion_tokens = 4,
                                          .cached_tokens = -1, .reasoning_tokens = -1 } },
        { .type = EVENT_END },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        responses_dialect.encode_stream_event(&fixture->out, stream, &events[i], &context);
    }
    static const char *const expected[] = {
        "response.created", "response.in_progress",
        "response.output_item.added", "response.reasoning_summary_part.added",
        "response.reasoning_summary_text.delta", "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done", "response.reasoning_summary_part.done", "response.output_item.done",
        "response.output_item.added", "response.content_part.added",
        "response.output_text.delta", "response.output_text.delta",
        "response.output_text.done", "response.content_part.done", "response.output_item.done",
        "response.output_item.added", "response.function_call_arguments.delta",
        "response.function_call_arguments.delta", "response.function_call_arguments.done",
        "response.output_item.done", "response.completed",
    };
    const char *names[64];
    const struct json_value *datas[64];
    size_t count = read_events(fixture, names, datas, 64);
    assert_int_equal(count, sizeof expected / sizeof expected[0]);
    for (size_t i = 0; i < count; i++) {
        assert_string_equal(names[i], expected[i]);
    }
    assert_int_equal(at(datas[2], "item.summary")->array.count, 0);
    assert_int_equal(at(datas[9], "item.content")->array.count, 0);
    assert_string_at(datas[6], "text", "mull");
    assert_string_at(datas[13], "text", "Grüße");
    assert_int_equal(integer_at(datas[13], "output_index"), 1);
    assert_string_at(datas[16], "item.call_id", "call_1");
    assert_string_at(datas[19], "arguments", "{\"a\":1}");
    assert_string_at(datas[19], "name", "f");
    const struct json_value *final = at(datas[21], "response");
    assert_string_at(final, "status", "completed");
    assert_int_equal(at(final, "output")->array.count, 3);
    assert_string_at(final, "output.1.content.0.text", "Grüße");
    assert_string_at(final, "output.2.arguments", "{\"a\":1}");
    assert_int_equal(integer_at(final, "usage.total_tokens"), 7);
}

static void a_provider_error_fails_the_response(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "resp_abc", .model = "m", .created = 7 };
    void *stream = arena_calloc(&fixture->arena, 1, responses_dialect.stream_state_size);
    struct canon_event events[] = {
        { .type = EVENT_TEXT, .text = SLICE_LITERAL("Hi") },
        { .type = EVENT_ERROR, .error_status = 502, .text = SLICE_LITERAL("the provider failed") },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        responses_dialect.encode_stream_event(&fixture->out, stream, &events[i], &context);
    }
    const char *names[16];
    const struct json_value *datas[16];
    size_t count = read_events(fixture, names, datas, 16);
    assert_true(count >= 2);
    assert_string_equal(names[count - 2], "response.failed");
    assert_string_at(datas[count - 2], "response.status", "failed");
    assert_string_at(datas[count - 2], "response.error.code", "server_error");
    assert_string_equal(names[count - 1], "error");
    assert_string_at(datas[count - 1], "message", "the provider failed");
    assert_string_at(datas[count - 1], "error.message", "the provider failed");
    assert_null(strstr(fixture->out.data, "response.completed"));
}

/* ---- parallel calls whose pieces a provider interleaves ---- */

/* Three calls: 0 and 1 alternate piece by piece, 2 comes whole in between, and call 0's
 * server repeats its id and name in a later piece. Text comes first. */
static const struct canon_event interleaved_calls[] = {
    { .type = EVENT_START },
    { .type = EVENT_TEXT, .text = SLICE_LITERAL("ok") },
    { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = SLICE_LITERAL("call_a"), .tool_name = SLICE_LITERAL("first"),
      .tool_arguments = SLICE_LITERAL("") },
    { .type = EVENT_TOOL_CALL, .tool_index = 1, .tool_id = SLICE_LITERAL("call_b"),
      .tool_name = SLICE_LITERAL("second"), .tool_arguments = SLICE_LITERAL("") },
    { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_arguments = SLICE_LITERAL("{\"a\":") },
    { .type = EVENT_TOOL_CALL, .tool_index = 1, .tool_arguments = SLICE_LITERAL("{\"b\":") },
    { .type = EVENT_TOOL_CALL, .tool_index = 2, .tool_id = SLICE_LITERAL("call_c"), .tool_name = SLICE_LITERAL("third"),
      .tool_arguments = SLICE_LITERAL("{}") },
    { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = SLICE_LITERAL("call_a"), .tool_name = SLICE_LITERAL("first"),
      .tool_arguments = SLICE_LITERAL("\"x") },
    { .type = EVENT_TOOL_CALL, .tool_index = 1, .tool_arguments = SLICE_LITERAL("\"y") },
    { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_arguments = SLICE_LITERAL("1\"}") },
    { .type = EVENT_TOOL_CALL, .tool_index = 1, .tool_arguments = SLICE_LITERAL("2\"}") },
    { .type = EVENT_FINISH, .finish = FINISH_TOOL_CALLS },
    { .type = EVENT_END },
};

static const char *const interleaved_names[] = { "first", "second", "third" };
static const char *const interleaved_ids[] = { "call_a", "call_b", "call_c" };
static const char *const interleaved_arguments[] = { "{\"a\":\"x1\"}", "{\"b\":\"y2\"}", "{}" };

/* One function_call item per call, each whole; items one at a time, every delta in the open
 * one, sequence numbers in order (read_events checks them). */
static void responses_interleaved_calls_come_out_whole(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "resp_abc", .model = "m", .created = 7 };
    void *stream = arena_calloc(&fixture->arena, 1, responses_dialect.stream_state_size);
    for (size_t i = 0; i < sizeof interleaved_calls / sizeof interleaved_calls[0]; i++) {
        responses_dialect.encode_stream_event(&fixture->out, stream, &interleaved_calls[i], &context);
    }
    const char *names[64];
    const struct json_value *datas[64];
    size_t count = read_events(fixture, names, datas, 64);
    long long open_index = -1;
    const char *open_id = NULL;
    size_t calls = 0, arguments_done = 0;
    for (size_t i = 0; i < count; i++) {
        if (strcmp(names[i], "response.output_item.added") == 0) {
            assert_int_equal(open_index, -1);           /* the one before it is done */
            open_index = integer_at(datas[i], "output_index");
            open_id = at(datas[i], "item.id")->string.text;
            if (strcmp(at(datas[i], "item.type")->string.text, "function_call") == 0) {
                assert_true(calls < 3);
                assert_string_at(datas[i], "item.name", interleaved_names[calls]);
                assert_string_at(datas[i], "item.call_id", interleaved_ids[calls]);
                calls++;
            }
        } else if (strcmp(names[i], "response.output_item.done") == 0) {
            assert_int_equal(integer_at(datas[i], "output_index"), open_index);
            open_index = -1;
        } else if (strncmp(names[i], "response.function_call_arguments.", 33) == 0
                   || strncmp(names[i], "response.output_text.", 21) == 0) {
            assert_int_equal(integer_at(datas[i], "output_index"), open_index);
            assert_string_at(datas[i], "item_id", open_id);
            if (strcmp(names[i], "response.function_call_arguments.done") == 0) {
                assert_string_at(datas[i], "arguments", interleaved_arguments[arguments_done]);
                assert_string_at(datas[i], "name", interleaved_names[arguments_done]);
                arguments_done++;
            }
        }
    }
    assert_int_equal(calls, 3);
    assert_int_equal(arguments_done, 3);
    assert_string_equal(names[count - 1], "response.completed");
    const struct json_value *output = at(datas[count - 1], "response.output");
    assert_int_equal(output->array.count, 4);
    assert_string_at(output, "0.content.0.text", "ok");
    for (size_t i = 0; i < 3; i++) {
        const struct json_value *item = output->array.items[i + 1];
        assert_string_at(item, "name", interleaved_names[i]);
        assert_string_at(item, "arguments", interleaved_arguments[i]);
    }
}

/* One tool_use block per call, each whole; blocks never interleave (started, given deltas,
 * stopped before the next starts), indexes in order. */
static void anthropic_interleaved_calls_come_out_whole(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "msg_x", .model = "c" };
    void *stream = arena_calloc(&fixture->arena, 1, anthropic_dialect.stream_state_size);
    for (size_t i = 0; i < sizeof interleaved_calls / sizeof interleaved_calls[0]; i++) {
        anthropic_dialect.encode_stream_event(&fixture->out, stream, &interleaved_calls[i], &context);
    }
    struct buffer input[3];
    for (size_t i = 0; i < 3; i++) {
        buffer_init(&input[i], &fixture->arena, 32);
    }
    long long open_block = -1, next_block = 0;
    long long call = -1;
    bool stopped = false;
    const char *cursor = fixture->out.data;
    const char *data;
    while ((data = strstr(cursor, "\ndata: ")) != NULL) {
        const char *stop = strstr(data, "\n\n");
        assert_non_null(stop);
        const struct json_value *event = parse(fixture, data + 7, (size_t)(stop - data - 7));
        const char *type = at(event, "type")->string.text;
        cursor = stop + 2;
        if (strcmp(type, "content_block_start") == 0) {
            assert_int_equal(open_block, -1);
            open_block = integer_at(event, "index");
            assert_int_equal(open_block, next_block++);
            call = -1;
            if (strcmp(at(event, "content_block.type")->string.text, "tool_use") == 0) {
                for (call = 0; call < 3 && strcmp(at(event, "content_block.name")->string.text,
                                                  interleaved_names[call]) != 0; call++) {
                }
                assert_true(call < 3);
                assert_int_equal(input[call].len, 0);   /* no second block for a call */
                assert_string_at(event, "content_block.id", interleaved_ids[call]);
                buffer_append_char(&input[call], ' ');  /* opened: no other block may take its name */
            }
        } else if (strcmp(type, "content_block_delta") == 0) {
            assert_int_equal(integer_at(event, "index"), open_block);
            if (call >= 0) {
                const struct json_value *piece = at(event, "delta.partial_json");
                assert_true(json_is(piece, JSON_STRING));
                buffer_append(&input[call], piece->string.text, piece->string.len);
            }
        } else if (strcmp(type, "content_block_stop") == 0) {
            assert_int_equal(integer_at(event, "index"), open_block);
            open_block = -1;
        } else if (strcmp(type, "message_stop") == 0) {
            stopped = true;
        }
    }
    assert_true(stopped);
    assert_int_equal(open_block, -1);
    assert_int_equal(next_block, 4);                     /* the text, then one block per call */
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(input[i].data + 1, interleaved_arguments[i]);
    }
}

/* An index past what is tracked still streams, as a block of its own each run of pieces. */
static void an_untracked_call_index_still_streams(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "msg_x", .model = "c" };
    const struct client_dialect *dialects[] = { &anthropic_dialect, &responses_dialect };
    for (size_t d = 0; d < 2; d++) {
        void *stream = arena_calloc(&fixture->arena, 1, dialects[d]->stream_state_size);
        struct canon_event events[] = {
            { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = SLICE_LITERAL("call_a"),
              .tool_name = SLICE_LITERAL("first"), .tool_arguments = SLICE_LITERAL("{") },
            { .type = EVENT_TOOL_CALL, .tool_index = 1 << 30, .tool_id = SLICE_LITERAL("call_z"),
              .tool_name = SLICE_LITERAL("far"), .tool_arguments = SLICE_LITERAL("{}") },
            { .type = EVENT_TOOL_CALL, .tool_index = -3, .tool_arguments = SLICE_LITERAL("{}") },
            { .type = EVENT_END },
        };
        buffer_reset(&fixture->out);
        for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
            dialects[d]->encode_stream_event(&fixture->out, stream, &events[i], &context);
        }
        assert_non_null(strstr(fixture->out.data, "\"far\""));
        assert_non_null(strstr(fixture->out.data, d == 0 ? "message_stop" : "response.completed"));
    }
}

/* ---- reasoning across formats ---- */

struct collected {
    struct buffer text, reasoning, signature;
};

static int collect(void *context, const struct canon_event *event)
{
    struct collected *collected = context;
    if (event->type == EVENT_TEXT) {
        buffer_append(&collected->text, event->text.ptr, event->text.len);
    } else if (event->type == EVENT_REASONING) {
        buffer_append(&collected->reasoning, event->text.ptr, event->text.len);
        buffer_append(&collected->signature, event->signature.ptr, event->signature.len);
    }
    return 0;
}

struct stream_run {
    const struct wire_format *wire;
    void *state;
    struct arena *scratch;
    struct collected *collected;
};

static int on_sse(void *context, const struct sse_event *event)
{
    struct stream_run *run = context;
    return run->wire->decode_stream_event(run->state, run->scratch, event, collect, run->collected);
}

static void run_stream(struct fixture *fixture, const struct wire_format *wire, const char *text,
                       struct collected *collected)
{
    buffer_init(&collected->text, &fixture->arena, 64);
    buffer_init(&collected->reasoning, &fixture->arena, 64);
    buffer_init(&collected->signature, &fixture->arena, 64);
    struct arena scratch;
    arena_init(&scratch, 1024);
    struct sse_reader reader;
    sse_reader_init(&reader, &fixture->arena, 1 << 20);
    struct stream_run run = { wire, arena_calloc(&fixture->arena, 1, wire->stream_state_size), &scratch, collected };
    assert_int_equal(sse_reader_feed(&reader, text, strlen(text), on_sse, &run), 0);
    arena_release(&scratch);
}

static void anthropic_thinking_becomes_reasoning(void **state)
{
    struct fixture *fixture = *state;
    struct collected collected;
    run_stream(fixture, &anthropic_wire,
               "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"model\":\"c\"}}\n\n"
               "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
               "\"content_block\":{\"type\":\"thinking\",\"thinking\":\"\"}}\n\n"
               "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
               "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"Let me \"}}\n\n"
               "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
               "\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\"think.\"}}\n\n"
               "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
               "\"delta\":{\"type\":\"signature_delta\",\"signature\":\"EqQB\"}}\n\n"
               "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
               "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,"
               "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
               "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,"
               "\"delta\":{\"type\":\"text_delta\",\"text\":\"42\"}}\n\n",
               &collected);
    assert_string_equal(collected.reasoning.data, "Let me think.");
    assert_string_equal(collected.signature.data, "EqQB");
    assert_string_equal(collected.text.data, "42");
    const char *answer = "{\"id\":\"m\",\"model\":\"c\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"hmm\","
                         "\"signature\":\"EqQB\"},{\"type\":\"text\",\"text\":\"42\"}],\"stop_reason\":\"end_turn\"}";
    struct canon_response response;
    assert_true(anthropic_wire.decode_response(&fixture->arena, answer, strlen(answer), &response, &fixture->error));
    assert_slice(response.reasoning, "hmm");
    assert_slice(response.reasoning_signature, "EqQB");
    assert_slice(response.text, "42");
    /* Back to an Anthropic client, whole: the thinking block first, signed. */
    struct reply_context context = { .id = "msg_x", .model = "c" };
    anthropic_dialect.encode_response(&fixture->out, &response, &context);
    const struct json_value *body = parse(fixture, fixture->out.data, fixture->out.len);
    assert_string_at(body, "content.0.type", "thinking");
    assert_string_at(body, "content.0.signature", "EqQB");
    assert_string_at(body, "content.1.text", "42");
}

static void gemini_thoughts_become_reasoning(void **state)
{
    struct fixture *fixture = *state;
    struct collected collected;
    run_stream(fixture, &gemini_wire,
               "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"pondering\",\"thought\":true}]}}]}\n\n"
               "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"42\"}]},\"finishReason\":\"STOP\"}]}\n\n",
               &collected);
    assert_string_equal(collected.reasoning.data, "pondering");
    assert_string_equal(collected.text.data, "42");
}

/* Anthropic clients: thinking and output_config in, thinking blocks streamed out; a signed
 * block of an earlier turn goes back to Anthropic only. */
static void anthropic_dialect_thinking_round_trip(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode_with(fixture, &anthropic_dialect,
        "{\"model\":\"m\",\"max_tokens\":3000,\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":4000},"
        "\"output_config\":{\"format\":{\"type\":\"json_schema\",\"schema\":{\"type\":\"object\"}},\"effort\":\"low\"},"
        "\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":["
        "{\"type\":\"thinking\",\"thinking\":\"hmm\",\"signature\":\"EqQB\"},"
        "{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":\"f\",\"input\":{}}]},"
        "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\",\"content\":\"ok\"}]}]}"));
    assert_int_equal(fixture->request.reasoning_budget, 4000);
    assert_int_equal(fixture->request.response_format, RESPONSE_FORMAT_JSON_SCHEMA);
    const struct json_value *body = encode(fixture, &anthropic_wire);
    /* The budget must stay under max_tokens: cut to fit. */
    assert_int_equal(integer_at(body, "thinking.budget_tokens"), 2999);
    assert_string_at(body, "messages.1.content.0.type", "thinking");
    assert_string_at(body, "messages.1.content.0.signature", "EqQB");
    assert_string_at(body, "output_config.format.type", "json_schema");
    body = encode(fixture, &openai_wire);
    assert_string_at(body, "response_format.json_schema.name", "response");
    assert_string_at(body, "reasoning_effort", "low");
    body = encode(fixture, &gemini_wire);
    assert_string_at(body, "contents.1.parts.0.functionCall.name", "f");

    assert_false(decode_with(fixture, &anthropic_dialect,
        "{\"model\":\"m\",\"max_tokens\":3000,\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":10},"
        "\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}"));
    assert_string_equal(fixture->error.param, "thinking.budget_tokens");
    assert_false(decode_with(fixture, &anthropic_dialect,
        "{\"model\":\"m\",\"max_tokens\":3000,\"output_config\":{\"format\":{\"type\":\"xml\"}},"
        "\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}"));
    assert_string_equal(fixture->error.param, "output_config.format.type");

    struct reply_context context = { .id = "msg_x", .model = "c" };
    void *stream = arena_calloc(&fixture->arena, 1, anthropic_dialect.stream_state_size);
    struct canon_event events[] = {
        { .type = EVENT_REASONING, .text = SLICE_LITERAL("hmm") },
        { .type = EVENT_REASONING, .signature = SLICE_LITERAL("EqQB") },
        { .type = EVENT_TEXT, .text = SLICE_LITERAL("42") },
        { .type = EVENT_END },
    };
    buffer_reset(&fixture->out);
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        anthropic_dialect.encode_stream_event(&fixture->out, stream, &events[i], &context);
    }
    const char *out = fixture->out.data;
    const char *thinking = strstr(out, "\"content_block\":{\"type\":\"thinking\"");
    const char *delta = strstr(out, "\"type\":\"thinking_delta\",\"thinking\":\"hmm\"");
    const char *signature = strstr(out, "\"type\":\"signature_delta\",\"signature\":\"EqQB\"");
    const char *text = strstr(out, "\"content_block\":{\"type\":\"text\"");
    assert_true(thinking != NULL && delta > thinking && signature > delta && text > signature);
}

/* Chat clients get thinking as reasoning_content, the name DeepSeek and vLLM use. */
static void chat_clients_get_reasoning_content(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "chatcmpl-x", .model = "m" };
    void *stream = arena_calloc(&fixture->arena, 1, openai_dialect.stream_state_size);
    struct canon_event thinking = { .type = EVENT_REASONING, .text = SLICE_LITERAL("hmm") };
    openai_dialect.encode_stream_event(&fixture->out, stream, &thinking, &context);
    assert_non_null(strstr(fixture->out.data, "\"delta\":{\"reasoning_content\":\"hmm\"}"));
    /* And an OpenAI-compatible provider's reasoning_content is read back. */
    struct collected collected;
    run_stream(fixture, &openai_wire,
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"deep\"}}]}\n\n"
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"42\"}}]}\n\n", &collected);
    assert_string_equal(collected.reasoning.data, "deep");
    assert_string_equal(collected.text.data, "42");
}

static void anthropic_refuses_json_object_and_a_tiny_budget(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode_with(fixture, &responses_dialect,
                            "{\"model\":\"m\",\"input\":\"x\",\"text\":{\"format\":{\"type\":\"json_object\"}}}"));
    assert_false(anthropic_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    assert_string_equal(fixture->error.param, "response_format");      /* the canonical field, until named */
    format_error_name_field(&fixture->error, &responses_dialect);
    assert_string_equal(fixture->error.param, "text.format");          /* as the client sent it */
    assert_non_null(strstr(fixture->error.message, "'text.format' "));
    assert_null(strstr(fixture->error.message, "response_format"));
    assert_true(decode_with(fixture, &responses_dialect,
                            "{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":500,"
                            "\"reasoning\":{\"effort\":\"low\"}}"));
    assert_false(anthropic_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    assert_string_equal(fixture->error.param, "max_tokens");
    format_error_name_field(&fixture->error, &responses_dialect);
    assert_string_equal(fixture->error.param, "max_output_tokens");
    assert_non_null(strstr(fixture->error.message, "'max_output_tokens' must exceed 1024"));
    /* "none" turns thinking off where a format can say so. */
    assert_true(decode_with(fixture, &responses_dialect,
                            "{\"model\":\"m\",\"input\":\"x\",\"reasoning\":{\"effort\":\"none\"}}"));
    const struct json_value *body = encode(fixture, &anthropic_wire);
    assert_string_at(body, "thinking.type", "disabled");
    body = encode(fixture, &gemini_wire);
    assert_int_equal(integer_at(body, "generationConfig.thinkingConfig.thinkingBudget"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(decodes_a_string_input_with_instructions, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(decodes_items_into_turns, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(text_format_and_reasoning_reach_each_format, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(refuses_what_needs_state_by_name, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(encodes_the_response_object, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(streams_the_documented_sequence, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(a_provider_error_fails_the_response, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(responses_interleaved_calls_come_out_whole, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_interleaved_calls_come_out_whole, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(an_untracked_call_index_still_streams, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_thinking_becomes_reasoning, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(gemini_thoughts_become_reasoning, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_dialect_thinking_round_trip, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(chat_clients_get_reasoning_content, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_refuses_json_object_and_a_tiny_budget, fixture_setup,
                                        fixture_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
