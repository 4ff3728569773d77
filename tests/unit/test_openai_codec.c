/* The OpenAI format both ways: the client dialect's validating decoder and its encoders,
 * and the wire format's request encoder and answer/stream decoders. */
#include "tests/unit/unit.h"

#include "transforms/openai.h"

static bool decode(struct fixture *fixture, const char *json)
{
    struct json_error json_error;
    struct json_value *body = json_parse(&fixture->arena, json, strlen(json), 64, &json_error);
    assert_non_null(body);
    return openai_dialect.decode_request(&fixture->arena, body, &fixture->request, &fixture->error);
}

static void refused_naming(struct fixture *fixture, const char *json, const char *param)
{
    if (decode(fixture, json)) {
        fail_msg("accepted: %s", json);
    }
    assert_int_equal(fixture->error.status, 400);
    if (strcmp(fixture->error.param, param) != 0) {
        fail_msg("param '%s', expected '%s' for %s", fixture->error.param, param, json);
    }
}

static void decodes_a_full_request(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture,
        "{\"model\":\"default\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
        "\"temperature\":0.7,\"top_p\":0.9,\"max_completion_tokens\":64,\"seed\":5,\"stop\":[\"a\",\"b\"],"
        "\"user\":\"u-1\",\"store\":true,\"metadata\":{\"k\":\"v\"},\"n\":1,"
        "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"s\",\"schema\":{\"type\":\"object\"}}},"
        "\"messages\":[{\"role\":\"developer\",\"content\":\"d\"},{\"role\":\"user\",\"name\":\"ann\",\"content\":["
        "{\"type\":\"text\",\"text\":\"look\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/y.png\",\"detail\":\"low\"}}]}]}"));
    const struct canon_request *request = &fixture->request;
    assert_true(request->stream && request->include_usage);
    assert_true(request->temperature.set && request->temperature.value == 0.7);
    assert_int_equal(request->max_tokens, 64);
    assert_int_equal(request->stop_count, 2);
    assert_int_equal(request->response_format, RESPONSE_FORMAT_JSON_SCHEMA);
    assert_int_equal(request->message_count, 2);
    assert_int_equal(request->messages[0].role, ROLE_DEVELOPER);
    assert_int_equal(request->messages[1].part_count, 2);
    assert_int_equal(request->messages[1].parts[1].type, PART_IMAGE);
    assert_true(slice_equals(request->messages[1].parts[1].image_detail, "low"));
}

static void refuses_bad_fields_by_name(void **state)
{
    struct fixture *fixture = *state;
    refused_naming(fixture, "{\"model\":\"m\",\"messages\":{}}", "messages");
    refused_naming(fixture, "{\"model\":\"m\",\"messages\":[]}", "messages");
    refused_naming(fixture, "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "model");
    refused_naming(fixture, "{\"model\":7,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "model");
    refused_naming(fixture, "{\"model\":\"m\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "stream");
    refused_naming(fixture, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"user\",\"content\":5}]}",
                   "messages[1].content");
    refused_naming(fixture, "{\"model\":\"m\",\"messages\":[{\"role\":\"wizard\",\"content\":\"x\"}]}", "messages[0].role");
    refused_naming(fixture, "{\"model\":\"m\",\"temperature\":3,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "temperature");
    refused_naming(fixture, "{\"model\":\"m\",\"n\":200,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "n");
    refused_naming(fixture, "{\"model\":\"m\",\"frobnicate\":1,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "frobnicate");
    refused_naming(fixture, "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\"}]}]}",
                   "messages[0].content[0].type");
    refused_naming(fixture, "{\"model\":\"m\",\"messages\":[{\"role\":\"tool\",\"content\":\"r\"}]}", "messages[0].tool_call_id");
    refused_naming(fixture, "{\"model\":\"m\",\"tools\":[{\"type\":\"function\",\"function\":{}}],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
                   "tools[0].function.name");
}

static void encodes_exactly_for_the_wire(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture,
        "{\"model\":\"route\",\"stream\":true,\"temperature\":0.7,\"user\":\"drop-me\","
        "\"messages\":[{\"role\":\"user\",\"content\":\"caf\\u00e9\"},"
        "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":[{\"type\":\"text\",\"text\":\"ok\"}]}],"
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}],\"tool_choice\":\"auto\"}"));
    struct buffer out;
    buffer_init(&out, &fixture->arena, 64);
    assert_true(openai_wire.encode_request(&out, &fixture->request, SLICE_LITERAL("gpt-4o"), &fixture->error));
    assert_string_equal(out.data,
        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"café\"},"
        "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
        "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"ok\"}],"
        "\"stream\":true,\"stream_options\":{\"include_usage\":true},\"temperature\":0.7,"
        "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}],\"tool_choice\":\"auto\"}");
    struct buffer url;
    buffer_init(&url, &fixture->arena, 64);
    openai_wire.build_url(&url, "http://h:1/v1/", SLICE_LITERAL("m"), &(struct canon_request){0});
    assert_string_equal(url.data, "http://h:1/v1/chat/completions");
}

static void decodes_answers(void **state)
{
    struct fixture *fixture = *state;
    const char *answer = "{\"id\":\"x\",\"model\":\"gpt\",\"created\":5,\"choices\":[{\"message\":{\"content\":null,"
                         "\"tool_calls\":[{\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"}}]},"
                         "\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,"
                         "\"total_tokens\":7,\"prompt_tokens_details\":{\"cached_tokens\":1}}}";
    struct canon_response response;
    assert_true(openai_wire.decode_response(&fixture->arena, answer, strlen(answer), &response, &fixture->error));
    assert_int_equal(response.finish, FINISH_TOOL_CALLS);
    assert_int_equal(response.tool_call_count, 1);
    assert_true(slice_equals(response.tool_calls[0].arguments, "{\"a\":1}"));
    assert_int_equal(response.usage.cached_tokens, 1);
    assert_int_equal(response.usage.reasoning_tokens, -1);
    assert_false(openai_wire.decode_response(&fixture->arena, "<html>", 6, &response, &fixture->error));
    assert_int_equal(fixture->error.status, 502);
}

struct collected {
    int types[32];
    int count;
};

static int collect(void *context, const struct canon_event *event)
{
    struct collected *collected = context;
    collected->types[collected->count++] = event->type;
    return 0;
}

static int decode_event(struct fixture *fixture, void *state, const char *data, struct collected *collected)
{
    struct sse_event event = { .name = "", .data = data, .data_len = strlen(data) };
    return openai_wire.decode_stream_event(state, &fixture->arena, &event, collect, collected);
}

static void decodes_stream_events(void **state)
{
    struct fixture *fixture = *state;
    void *wire_state = arena_calloc(&fixture->arena, 1, openai_wire.stream_state_size);
    struct collected collected = { 0 };
    decode_event(fixture, wire_state, "{\"id\":\"a\",\"model\":\"m\",\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}", &collected);
    decode_event(fixture, wire_state, "{\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}", &collected);
    decode_event(fixture, wire_state, "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}}]}", &collected);
    decode_event(fixture, wire_state, "{\"choices\":[{\"delta\":{},\"finish_reason\":\"banana\"}]}", &collected);
    decode_event(fixture, wire_state, "{\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2}}", &collected);
    decode_event(fixture, wire_state, "[DONE]", &collected);
    int expected[] = { EVENT_START, EVENT_TEXT, EVENT_TOOL_CALL, EVENT_FINISH, EVENT_USAGE, EVENT_END };
    assert_int_equal(collected.count, 6);
    assert_memory_equal(collected.types, expected, sizeof expected);
    collected.count = 0;
    assert_int_equal(decode_event(fixture, wire_state, "{\"error\":{\"message\":\"quoting the prompt\"}}", &collected), 0);
    assert_int_equal(collected.types[0], EVENT_ERROR);
    assert_int_equal(decode_event(fixture, wire_state, "not json", &collected), -1);
}

static void encodes_the_client_stream(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "chatcmpl-1", .model = "m", .created = 1, .include_usage = true };
    void *dialect_state = arena_calloc(&fixture->arena, 1, openai_dialect.stream_state_size);
    struct buffer out;
    buffer_init(&out, &fixture->arena, 256);
    struct canon_event events[] = {
        { .type = EVENT_START },
        { .type = EVENT_TEXT, .text = SLICE_LITERAL("Hé") },
        { .type = EVENT_FINISH, .finish = FINISH_LENGTH },
        { .type = EVENT_USAGE, .usage = { .present = true, .prompt_tokens = 2, .completion_tokens = 3,
                                           .cached_tokens = -1, .reasoning_tokens = -1 } },
        { .type = EVENT_END },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        openai_dialect.encode_stream_event(&out, dialect_state, &events[i], &context);
    }
    const char *role = strstr(out.data, "\"role\":\"assistant\"");
    const char *text = strstr(out.data, "\"content\":\"Hé\"");
    const char *usage = strstr(out.data, "\"choices\":[],\"usage\":{\"prompt_tokens\":2");
    const char *done = strstr(out.data, "data: [DONE]\n\n");
    assert_true(role && text && usage && done && role < text && text < usage && usage < done);
    assert_non_null(strstr(out.data, "\"finish_reason\":\"length\""));
    /* Every data line is JSON (but the last). */
    for (char *line = strtok(out.data, "\n"); line != NULL; line = strtok(NULL, "\n")) {
        if (strcmp(line, "data: [DONE]") == 0) continue;
        struct json_error error;
        assert_non_null(json_parse(&fixture->arena, line + 6, strlen(line + 6), 64, &error));
    }
    buffer_init(&out, &fixture->arena, 256);
    dialect_state = arena_calloc(&fixture->arena, 1, openai_dialect.stream_state_size);
    struct canon_event error = { .type = EVENT_ERROR, .error_status = 502, .text = SLICE_LITERAL("cut") };
    openai_dialect.encode_stream_event(&out, dialect_state, &error, &context);
    assert_non_null(strstr(out.data, "data: {\"error\":{\"message\":\"cut\""));
    assert_null(strstr(out.data, "[DONE]"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(decodes_a_full_request, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(refuses_bad_fields_by_name, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(encodes_exactly_for_the_wire, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(decodes_answers, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(decodes_stream_events, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(encodes_the_client_stream, fixture_setup, fixture_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
