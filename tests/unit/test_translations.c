/* Golden tests for the Anthropic and Gemini translations: requests decoded from one
 * dialect and encoded for another provider, answers and streams decoded back. */
#include "tests/unit/unit.h"

#include "transforms/anthropic.h"
#include "transforms/gemini.h"
#include "transforms/openai.h"
#include "tests/unit/json_paths.h"

static void decode(struct fixture *fixture, const struct client_dialect *dialect, const char *json)
{
    struct json_error json_error;
    struct json_value *body = json_parse(&fixture->arena, json, strlen(json), 64, &json_error);
    assert_non_null(body);
    assert_true(dialect->decode_request(&fixture->arena, body, &fixture->request, &fixture->error));
}

static const struct json_value *encode(struct fixture *fixture, const struct wire_format *wire, const char *model)
{
    buffer_reset(&fixture->out);
    assert_true(wire->encode_request(&fixture->out, &fixture->request, slice_of(model, strlen(model)), &fixture->error));
    struct json_error json_error;
    const struct json_value *encoded = json_parse(&fixture->arena, fixture->out.data, fixture->out.len, 64, &json_error);
    assert_non_null(encoded);
    return encoded;
}

static size_t count_at(const struct json_value *root, const char *path)
{
    const struct json_value *value = at(root, path);
    return json_is(value, JSON_ARRAY) ? value->array.count : 0;
}

static const char *openai_tool_conversation =
    "{\"model\":\"x\",\"temperature\":1.5,\"messages\":["
    "{\"role\":\"system\",\"content\":\"Be brief.\"},"
    "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Tide in Brest?\"},"
    "  {\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}]},"
    "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_k3\",\"type\":\"function\","
    "  \"function\":{\"name\":\"lookup_tide\",\"arguments\":\"{\\\"port\\\":\\\"Brest\\\"}\"}}]},"
    "{\"role\":\"tool\",\"tool_call_id\":\"call_k3\",\"content\":\"{\\\"high\\\":\\\"14:02\\\"}\"},"
    "{\"role\":\"user\",\"content\":\"Thanks\"}],"
    "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup_tide\",\"parameters\":{\"type\":\"object\"}}}],"
    "\"tool_choice\":\"required\",\"stop\":\"END\"}";

static void openai_request_to_anthropic(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, &openai_dialect, openai_tool_conversation);
    const struct json_value *body = encode(fixture, &anthropic_wire, "claude-sonnet-4-5");
    assert_string_at(body, "model", "claude-sonnet-4-5");
    assert_string_at(body, "system.0.text", "Be brief.");
    long long max_tokens;
    assert_true(json_number_integer(at(body, "max_tokens"), &max_tokens));
    assert_int_equal(max_tokens, ANTHROPIC_DEFAULT_MAX_TOKENS);
    double temperature;
    assert_true(json_number_double(at(body, "temperature"), &temperature));
    assert_true(temperature == 1.0);                      /* clamped from 1.5 */
    /* user, assistant, user(tool result + "Thanks" merged): strict alternation */
    assert_int_equal(count_at(body, "messages"), 3);
    assert_string_at(body, "messages.0.content.1.type", "image");
    assert_string_at(body, "messages.0.content.1.source.media_type", "image/png");
    assert_string_at(body, "messages.1.role", "assistant");
    assert_string_at(body, "messages.1.content.0.type", "tool_use");
    assert_string_at(body, "messages.1.content.0.input.port", "Brest");
    assert_string_at(body, "messages.2.role", "user");
    assert_string_at(body, "messages.2.content.0.type", "tool_result");
    assert_string_at(body, "messages.2.content.0.tool_use_id", "call_k3");
    assert_string_at(body, "messages.2.content.1.text", "Thanks");
    assert_string_at(body, "tools.0.name", "lookup_tide");
    assert_string_at(body, "tool_choice.type", "any");
    assert_string_at(body, "stop_sequences.0", "END");
}

static void anthropic_refuses_what_it_cannot_express(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, &openai_dialect,
           "{\"model\":\"x\",\"response_format\":{\"type\":\"json_object\"},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    assert_false(anthropic_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    assert_int_equal(fixture->error.status, 400);
    assert_string_equal(fixture->error.param, "response_format");
}

static void openai_request_to_gemini(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, &openai_dialect, openai_tool_conversation);
    const struct json_value *body = encode(fixture, &gemini_wire, "gemini-2.5-flash");
    assert_null(json_get(body, "model"));                 /* the model is in the URL */
    assert_string_at(body, "systemInstruction.parts.0.text", "Be brief.");
    assert_int_equal(count_at(body, "contents"), 3);
    assert_string_at(body, "contents.0.role", "user");
    assert_string_at(body, "contents.0.parts.1.inlineData.mimeType", "image/png");
    assert_string_at(body, "contents.1.role", "model");
    assert_string_at(body, "contents.1.parts.0.functionCall.name", "lookup_tide");
    assert_string_at(body, "contents.1.parts.0.functionCall.args.port", "Brest");
    /* The tool result is matched by name, found from the call id. */
    assert_string_at(body, "contents.2.parts.0.functionResponse.name", "lookup_tide");
    assert_string_at(body, "contents.2.parts.0.functionResponse.response.high", "14:02");
    assert_string_at(body, "contents.2.parts.1.text", "Thanks");
    assert_string_at(body, "generationConfig.stopSequences.0", "END");
    assert_string_at(body, "tools.0.functionDeclarations.0.name", "lookup_tide");
    assert_string_at(body, "toolConfig.functionCallingConfig.mode", "ANY");

    struct buffer url;
    buffer_init(&url, &fixture->arena, 64);
    gemini_wire.build_url(&url, "http://h/v1beta/", SLICE_LITERAL("gemini-2.5-flash"),
                          &(struct canon_request){.stream = true});
    assert_string_equal(url.data, "http://h/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
}

static void gemini_refuses_web_image_urls(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, &openai_dialect,
           "{\"model\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\","
           "\"image_url\":{\"url\":\"https://example.com/a.png\"}}]}]}");
    assert_false(gemini_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    assert_int_equal(fixture->error.status, 400);
}

static void anthropic_request_splits_tool_results(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, &anthropic_dialect,
           "{\"model\":\"x\",\"max_tokens\":50,\"system\":[{\"type\":\"text\",\"text\":\"S\"}],\"messages\":["
           "{\"role\":\"user\",\"content\":\"Q\"},"
           "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"f\",\"input\":{\"a\":1}}]},"
           "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":\"R\"},"
           " {\"type\":\"text\",\"text\":\"more\"}]}]}");
    const struct canon_request *request = &fixture->request;
    assert_int_equal(request->message_count, 5);
    assert_int_equal(request->messages[0].role, ROLE_SYSTEM);
    assert_int_equal(request->messages[2].parts[0].type, PART_TOOL_CALL);
    assert_int_equal(request->messages[3].role, ROLE_TOOL);
    assert_int_equal(request->messages[4].role, ROLE_USER);
    assert_int_equal(request->max_tokens, 50);
    const struct json_value *body = encode(fixture, &openai_wire, "gpt-4o");
    assert_string_at(body, "messages.0.role", "system");
    assert_string_at(body, "messages.2.tool_calls.0.function.arguments", "{\"a\":1}");
    assert_string_at(body, "messages.3.role", "tool");
    assert_string_at(body, "messages.3.tool_call_id", "toolu_1");
    assert_string_at(body, "messages.4.content", "more");
}

static void anthropic_request_errors_name_the_field(void **state)
{
    struct fixture *fixture = *state;
    struct json_error json_error;
    const char *bad = "{\"model\":\"x\",\"max_tokens\":5,\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":7}]}]}";
    struct json_value *body = json_parse(&fixture->arena, bad, strlen(bad), 64, &json_error);
    assert_false(anthropic_dialect.decode_request(&fixture->arena, body, &fixture->request, &fixture->error));
    assert_int_equal(fixture->error.status, 400);
    assert_string_equal(fixture->error.param, "messages[0].content[0].text");
}

static const char canary[] = "QZXCANARYQZX";

/* A request body the Anthropic dialect (or, with openai true, the OpenAI one) refuses. */
static void assert_decode_refused(struct fixture *fixture, bool openai, const char *json)
{
    const struct client_dialect *dialect = openai ? &openai_dialect : &anthropic_dialect;
    struct json_error json_error;
    struct json_value *body = json_parse(&fixture->arena, json, strlen(json), 64, &json_error);
    assert_non_null(body);
    memset(&fixture->error, 0, sizeof fixture->error);
    if (dialect->decode_request(&fixture->arena, body, &fixture->request, &fixture->error)) {
        fail_msg("%s accepted %s", dialect->name, json);
    }
    assert_int_equal(fixture->error.status, 400);
    assert_string_equal(fixture->error.type, "invalid_request_error");
    assert_null(strstr(fixture->error.message, canary));
    assert_null(strchr(fixture->error.message, '\n'));
}

#define ANTHROPIC_HEAD "{\"model\":\"m\",\"max_tokens\":5,"
#define ANTHROPIC_USER "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"
#define ANTHROPIC_WITH ANTHROPIC_HEAD ANTHROPIC_USER ","
#define ANTHROPIC_MESSAGES ANTHROPIC_HEAD "\"messages\":"
#define CANARY "\"QZXCANARYQZX\""

/* Every refusal names the field in its param, and its message is that path quoted, then
 * what is wrong (client_decode.h): the style the OpenAI dialect had, now in both. */
static void anthropic_refusals_name_the_field_in_one_style(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body; const char *param; } cases[] = {
        { "{\"max_tokens\":5," ANTHROPIC_USER "}", "model" },
        { "{\"model\":\"m\"," ANTHROPIC_USER "}", "max_tokens" },
        { "{\"model\":\"m\",\"max_tokens\":0," ANTHROPIC_USER "}", "max_tokens" },
        { "{\"model\":\"m\",\"max_tokens\":" CANARY "," ANTHROPIC_USER "}", "max_tokens" },
        { "{\"model\":\"m\",\"max_tokens\":5}", "messages" },
        { ANTHROPIC_MESSAGES "[]}", "messages" },
        { ANTHROPIC_WITH "\"temperature\":1.5}", "temperature" },
        { ANTHROPIC_WITH "\"top_p\":" CANARY "}", "top_p" },
        { ANTHROPIC_WITH "\"top_k\":0}", "top_k" },
        { ANTHROPIC_WITH "\"stream\":" CANARY "}", "stream" },
        { ANTHROPIC_WITH "\"stop_sequences\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}", "stop_sequences" },
        { ANTHROPIC_WITH "\"stop_sequences\":[" CANARY ",1]}", "stop_sequences" },
        { ANTHROPIC_WITH "\"tools\":{}}", "tools" },
        { ANTHROPIC_WITH "\"tools\":[1]}", "tools[0]" },
        { ANTHROPIC_WITH "\"tools\":[{\"type\":" CANARY "}]}", "tools[0].type" },
        { ANTHROPIC_WITH "\"tools\":[{\"input_schema\":{}}]}", "tools[0].name" },
        { ANTHROPIC_WITH "\"tools\":[{\"name\":\"f\"}]}", "tools[0].input_schema" },
        { ANTHROPIC_WITH "\"tools\":[{\"name\":\"f\",\"input_schema\":{},\"description\":7}]}",
          "tools[0].description" },
        { ANTHROPIC_WITH "\"tool_choice\":{\"type\":" CANARY "}}", "tool_choice.type" },
        { ANTHROPIC_WITH "\"tool_choice\":{\"type\":\"tool\"}}", "tool_choice.type" },
        { ANTHROPIC_WITH "\"tool_choice\":\"auto\"}", "tool_choice" },
        { ANTHROPIC_WITH "\"lethe\":[]}", "lethe" },
        { ANTHROPIC_WITH "\"frobnicate\":" CANARY "}", "frobnicate" },
        { ANTHROPIC_WITH "\"model\":\"n\"}", "model" },
        { ANTHROPIC_WITH "\"system\":5}", "system" },
        { ANTHROPIC_WITH "\"system\":[{\"type\":\"text\"}]}", "system[0]" },
        { ANTHROPIC_MESSAGES "[7]}", "messages[0]" },
        { ANTHROPIC_MESSAGES "[{\"role\":" CANARY ",\"content\":\"x\"}]}", "messages[0].role" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":5}]}", "messages[0].content" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":[{\"type\":" CANARY "}]}]}",
          "messages[0].content[0].type" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":[{\"type\":\"tool_use\"}]}]}",
          "messages[0].content[0].type" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":" CANARY
          "}}]}]}", "messages[0].content[0].source.type" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":[{\"type\":\"image\",\"source\":{\"type\":\"base64\","
          "\"media_type\":\"image/png\"}}]}]}", "messages[0].content[0].source.data" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t\","
          "\"name\":\"f\"}]}]}", "messages[0].content[0].input" },
        { ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t\","
          "\"content\":[{\"type\":\"image\"}]}]}]}", "messages[0].content[0].content[0]" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_decode_refused(fixture, false, cases[i].body);
        if (strcmp(fixture->error.param, cases[i].param) != 0) {
            fail_msg("param '%s', expected '%s' for %s", fixture->error.param, cases[i].param, cases[i].body);
        }
        char quoted[sizeof fixture->error.param + 3];
        snprintf(quoted, sizeof quoted, "'%s' ", cases[i].param);
        if (strncmp(fixture->error.message, quoted, strlen(quoted)) != 0) {
            fail_msg("message '%s' does not begin with %s", fixture->error.message, quoted);
        }
    }
    assert_decode_refused(fixture, false, "[" CANARY "]");
    assert_string_equal(fixture->error.param, "");
    assert_string_equal(fixture->error.message, "the request body must be a JSON object");
}

/* The same fault reads the same in both dialects. */
static void both_dialects_word_a_fault_alike(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *openai; const char *anthropic; const char *message; } cases[] = {
        { "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"frobnicate\":" CANARY "}",
          ANTHROPIC_WITH "\"frobnicate\":" CANARY "}",
          "'frobnicate' is an unsupported field: lethe refuses fields it cannot translate" },
        { "{\"model\":\"m\",\"model\":\"n\",\"messages\":[]}", ANTHROPIC_WITH "\"model\":\"n\"}",
          "'model' is given twice" },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "{\"max_tokens\":5," ANTHROPIC_USER "}",
          "'model' is required" },
        { "{\"model\":7,\"messages\":[]}", "{\"model\":7,\"max_tokens\":5," ANTHROPIC_USER "}",
          "'model' must be a string" },
        { "{\"model\":\"m\",\"stream\":" CANARY ",\"messages\":[]}", ANTHROPIC_WITH "\"stream\":" CANARY "}",
          "'stream' must be a boolean" },
        { "{\"model\":\"m\",\"top_p\":1.5,\"messages\":[]}", ANTHROPIC_WITH "\"top_p\":1.5}",
          "'top_p' must be between 0 and 1" },
        { "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":7}]}]}",
          ANTHROPIC_MESSAGES "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":7}]}]}",
          "'messages[0].content[0].text' must be a string" },
        { "5", "5", "the request body must be a JSON object" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_decode_refused(fixture, true, cases[i].openai);
        assert_string_equal(fixture->error.message, cases[i].message);
        assert_decode_refused(fixture, false, cases[i].anthropic);
        assert_string_equal(fixture->error.message, cases[i].message);
    }
}

/* Each format's finish reasons, read from providers and written to clients from one table. */
static void finish_reason_tables_read_both_ways(void **state)
{
    struct fixture *fixture = *state;
    static const struct { enum finish_reason reason; const char *openai, *anthropic; } written[] = {
        { FINISH_STOP, "stop", "end_turn" },
        { FINISH_STOP_SEQUENCE, "stop", "stop_sequence" },
        { FINISH_LENGTH, "length", "max_tokens" },
        { FINISH_TOOL_CALLS, "tool_calls", "tool_use" },
        { FINISH_CONTENT_FILTER, "content_filter", "refusal" },
        { FINISH_ERROR, "stop", "end_turn" },
        { FINISH_NONE, NULL, "end_turn" },
    };
    for (size_t i = 0; i < sizeof written / sizeof written[0]; i++) {
        const char *openai = finish_reason_to_name(openai_finish_reasons, written[i].reason, NULL);
        if (written[i].openai == NULL) {
            assert_null(openai);
        } else {
            assert_string_equal(openai, written[i].openai);
        }
        assert_string_equal(finish_reason_to_name(anthropic_stop_reasons, written[i].reason, "end_turn"),
                            written[i].anthropic);
    }
    static const struct { const char *name; enum finish_reason openai, anthropic; } read[] = {
        { "\"stop\"", FINISH_STOP, FINISH_STOP },
        { "\"length\"", FINISH_LENGTH, FINISH_STOP },
        { "\"tool_calls\"", FINISH_TOOL_CALLS, FINISH_STOP },
        { "\"function_call\"", FINISH_TOOL_CALLS, FINISH_STOP },
        { "\"content_filter\"", FINISH_CONTENT_FILTER, FINISH_STOP },
        { "\"error\"", FINISH_ERROR, FINISH_STOP },
        { "\"insufficient_system_resource\"", FINISH_ERROR, FINISH_STOP },
        { "\"end_turn\"", FINISH_STOP, FINISH_STOP },
        { "\"pause_turn\"", FINISH_STOP, FINISH_STOP },
        { "\"max_tokens\"", FINISH_STOP, FINISH_LENGTH },
        { "\"model_context_window_exceeded\"", FINISH_STOP, FINISH_LENGTH },
        { "\"tool_use\"", FINISH_STOP, FINISH_TOOL_CALLS },
        { "\"stop_sequence\"", FINISH_STOP, FINISH_STOP_SEQUENCE },
        { "\"refusal\"", FINISH_STOP, FINISH_CONTENT_FILTER },
        { "null", FINISH_NONE, FINISH_NONE },
        { "5", FINISH_NONE, FINISH_NONE },
    };
    for (size_t i = 0; i < sizeof read / sizeof read[0]; i++) {
        struct json_error json_error;
        struct json_value *name = json_parse(&fixture->arena, read[i].name, strlen(read[i].name), 4, &json_error);
        assert_non_null(name);
        assert_int_equal(finish_reason_from_name(openai_finish_reasons, name, FINISH_STOP), read[i].openai);
        assert_int_equal(finish_reason_from_name(anthropic_stop_reasons, name, FINISH_STOP), read[i].anthropic);
    }
}

/* The counts every format has: sums of the members named, the total given or summed. */
static void usage_read_sums_the_named_counts(void **state)
{
    struct fixture *fixture = *state;
    static const struct usage_names names = { .prompt = { "in", "cache" }, .completion = { "out" }, .total = "all" };
    static const char *const bodies[] = { "{\"in\":3,\"cache\":4,\"out\":5}", "{\"in\":3,\"out\":5,\"all\":20}", "[]" };
    static const long long expected[][4] = { { 1, 7, 5, 12 }, { 1, 3, 5, 20 }, { 0, 0, 0, 0 } };
    for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
        struct json_error json_error;
        struct json_value *body = json_parse(&fixture->arena, bodies[i], strlen(bodies[i]), 4, &json_error);
        struct canon_usage usage;
        assert_int_equal(canon_usage_read(body, &names, &usage), expected[i][0]);
        assert_int_equal(usage.present, expected[i][0]);
        assert_int_equal(usage.prompt_tokens, expected[i][1]);
        assert_int_equal(usage.completion_tokens, expected[i][2]);
        assert_int_equal(usage.total_tokens, expected[i][3]);
        assert_int_equal(usage.cached_tokens, -1);
        assert_int_equal(usage.reasoning_tokens, -1);
    }
}

/* ---- streams ---- */

struct collected {
    struct buffer text;
    struct buffer arguments;
    struct buffer reasoning;
    int starts, tool_starts, finishes, usages, ends, errors;
    enum finish_reason finish;
    long long completion_tokens;
};

static int collect(void *context, const struct canon_event *event)
{
    struct collected *collected = context;
    switch (event->type) {
    case EVENT_START: collected->starts++; break;
    case EVENT_TEXT: buffer_append(&collected->text, event->text.ptr, event->text.len); break;
    case EVENT_TOOL_CALL:
        collected->tool_starts += event->tool_name.ptr != NULL;
        buffer_append(&collected->arguments, event->tool_arguments.ptr, event->tool_arguments.len);
        break;
    case EVENT_FINISH: collected->finishes++; collected->finish = event->finish; break;
    case EVENT_USAGE: collected->usages++; collected->completion_tokens = event->usage.completion_tokens; break;
    case EVENT_END: collected->ends++; break;
    case EVENT_ERROR: collected->errors++; break;
    case EVENT_REASONING: buffer_append(&collected->reasoning, event->text.ptr, event->text.len); break;
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

static void run_stream(struct fixture *fixture, const struct wire_format *wire, const char *stream,
                       size_t split, struct collected *collected)
{
    memset(collected, 0, sizeof *collected);
    buffer_init(&collected->text, &fixture->arena, 64);
    buffer_init(&collected->arguments, &fixture->arena, 64);
    buffer_init(&collected->reasoning, &fixture->arena, 64);
    struct arena scratch;
    arena_init(&scratch, 1024);
    struct sse_reader reader;
    sse_reader_init(&reader, &fixture->arena, 1 << 20);
    struct stream_run run = { wire, arena_calloc(&fixture->arena, 1, wire->stream_state_size), &scratch, collected };
    size_t len = strlen(stream);
    assert_int_equal(sse_reader_feed(&reader, stream, split, on_sse, &run), 0);
    assert_int_equal(sse_reader_feed(&reader, stream + split, len - split, on_sse, &run), 0);
    if (wire->finish_stream != NULL) {
        wire->finish_stream(run.state, collect, collected);
    }
    arena_release(&scratch);
}

/* Every split of the stream into two reads yields the same answer: the text, one tool
 * call with these arguments, the finish reason, the output tokens and one end. */
static void expect_stream_at_every_split(struct fixture *fixture, const struct wire_format *wire,
                                         const char *stream, const char *text, enum finish_reason finish,
                                         long long completion_tokens)
{
    size_t len = strlen(stream);
    for (size_t split = 0; split <= len; split++) {
        struct collected collected;
        run_stream(fixture, wire, stream, split, &collected);
        assert_string_equal(collected.text.data, text);
        assert_string_equal(collected.arguments.data, "{\"a\":1}");
        assert_int_equal(collected.tool_starts, 1);
        assert_int_equal(collected.finish, finish);
        assert_int_equal(collected.completion_tokens, completion_tokens);
        assert_int_equal(collected.ends, 1);
        assert_int_equal(collected.errors, 0);
    }
}

static void each_format_refuses_what_changes_the_answer(void **state)
{
    struct fixture *fixture = *state;
    decode(fixture, &anthropic_dialect,
           "{\"model\":\"x\",\"max_tokens\":5,\"top_k\":3,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    assert_false(openai_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    assert_string_equal(fixture->error.param, "top_k");
    const struct json_value *body = encode(fixture, &gemini_wire, "g");
    long long top_k;
    assert_true(json_number_integer(at(body, "generationConfig.topK"), &top_k));
    assert_int_equal(top_k, 3);
    decode(fixture, &openai_dialect,
           "{\"model\":\"x\",\"reasoning_effort\":\"high\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    /* A reasoning effort is no longer refused: it becomes a thinking budget (canonical.h). */
    body = encode(fixture, &anthropic_wire, "m");
    assert_string_at(body, "thinking.type", "enabled");
    assert_true(json_number_integer(at(body, "thinking.budget_tokens"), &top_k));
    assert_int_equal(top_k, 16384);
    body = encode(fixture, &gemini_wire, "g");
    assert_true(json_number_integer(at(body, "generationConfig.thinkingConfig.thinkingBudget"), &top_k));
    assert_int_equal(top_k, 16384);
}

static const char *openai_stream =
    "data: {\"id\":\"c1\",\"model\":\"gpt\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Grüße \"}}]}\n\n"
    ": keep-alive\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"東京\"}}]}\r\n\r\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\","
    "\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"a\\\":\"}}]}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"1}\"}}]}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n"
    "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":9,\"total_tokens\":13}}\n\n"
    "data: [DONE]\n\n";

static void openai_stream_decodes_at_every_split(void **state)
{
    expect_stream_at_every_split(*state, &openai_wire, openai_stream, "Grüße 東京", FINISH_TOOL_CALLS, 9);
}

static const char *anthropic_stream =
    "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude\","
    "\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n"
    "event: ping\ndata: {\"type\":\"ping\"}\n\n"
    "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Grüße \"}}\n\n"
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"東京\"}}\n\n"
    "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
    "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"f\",\"input\":{}}}\n\n"
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\":\"}}\n\n"
    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"1}\"}}\n\n"
    "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
    "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":9}}\n\n"
    "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";

static void anthropic_stream_decodes_at_every_split(void **state)
{
    expect_stream_at_every_split(*state, &anthropic_wire, anthropic_stream, "Grüße 東京", FINISH_TOOL_CALLS, 9);
}

static const char *gemini_stream =
    "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Low \"}]},\"index\":0}],"
    "\"usageMetadata\":{\"promptTokenCount\":19,\"totalTokenCount\":19},\"modelVersion\":\"gemini-2.5-flash\"}\r\n\r\n"
    "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"tide\"},"
    "{\"functionCall\":{\"name\":\"f\",\"args\":{\"a\":1}},\"thoughtSignature\":\"c2ln\"}]},\"index\":0}]}\r\n\r\n"
    "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"\"}]},\"finishReason\":\"STOP\",\"index\":0}],"
    "\"usageMetadata\":{\"promptTokenCount\":19,\"candidatesTokenCount\":6,\"totalTokenCount\":25}}\r\n\r\n";

static void gemini_stream_decodes_at_every_split(void **state)
{
    /* Gemini says STOP after a function call; the decoder makes it tool_calls. */
    expect_stream_at_every_split(*state, &gemini_wire, gemini_stream, "Low tide", FINISH_TOOL_CALLS, 6);
}

static void gemini_stream_cut_before_finish_has_no_end(void **state)
{
    struct fixture *fixture = *state;
    const char *cut = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Low\"}]}}]}\n\n";
    struct collected collected;
    run_stream(fixture, &gemini_wire, cut, 0, &collected);
    assert_string_equal(collected.text.data, "Low");
    assert_int_equal(collected.ends, 0);
}

static void gemini_response_tool_call_ids(void **state)
{
    struct fixture *fixture = *state;
    const char *answer = "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"f\","
                         "\"args\":{\"a\":1}},\"thoughtSignature\":\"c2ln\"}]},\"finishReason\":\"STOP\"}],"
                         "\"usageMetadata\":{\"promptTokenCount\":3,\"candidatesTokenCount\":2,\"thoughtsTokenCount\":4,"
                         "\"totalTokenCount\":9}}";
    struct canon_response response;
    assert_true(gemini_wire.decode_response(&fixture->arena, answer, strlen(answer), &response, &fixture->error));
    assert_int_equal(response.tool_call_count, 1);
    assert_int_equal(response.finish, FINISH_TOOL_CALLS);
    assert_int_equal(response.usage.completion_tokens, 6);
    assert_int_equal(response.usage.reasoning_tokens, 4);
    char id[64];
    snprintf(id, sizeof id, "%.*s", (int)response.tool_calls[0].id.len, response.tool_calls[0].id.ptr);
    assert_string_equal(id, "call_0~ts~c2ln");
    /* The signature goes back to Gemini on the next turn. */
    char next[512];
    snprintf(next, sizeof next,
             "{\"model\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":null,"
             "\"tool_calls\":[{\"id\":\"%s\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
             "{\"role\":\"tool\",\"tool_call_id\":\"%s\",\"content\":\"ok\"}]}", id, id);
    decode(fixture, &openai_dialect, next);
    const struct json_value *body = encode(fixture, &gemini_wire, "g");
    assert_string_at(body, "contents.1.parts.0.thoughtSignature", "c2ln");
    assert_string_at(body, "contents.2.parts.0.functionResponse.response.result", "ok");
}

static void anthropic_response_usage_includes_cache(void **state)
{
    struct fixture *fixture = *state;
    const char *answer = "{\"id\":\"msg_1\",\"type\":\"message\",\"model\":\"claude\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}],"
                         "\"stop_reason\":\"stop_sequence\",\"usage\":{\"input_tokens\":10,\"cache_read_input_tokens\":5,"
                         "\"output_tokens\":2}}";
    struct canon_response response;
    assert_true(anthropic_wire.decode_response(&fixture->arena, answer, strlen(answer), &response, &fixture->error));
    assert_int_equal(response.usage.prompt_tokens, 15);
    assert_int_equal(response.usage.cached_tokens, 5);
    assert_int_equal(response.finish, FINISH_STOP_SEQUENCE);
}

/* The Anthropic client stream: exact event order, every data.type equal to its event. */
static void anthropic_dialect_stream_sequence(void **state)
{
    struct fixture *fixture = *state;
    struct reply_context context = { .id = "msg_x", .model = "m" };
    void *dialect_state = arena_calloc(&fixture->arena, 1, anthropic_dialect.stream_state_size);
    struct canon_event events[] = {
        { .type = EVENT_START },
        { .type = EVENT_TEXT, .text = SLICE_LITERAL("Hi") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = SLICE_LITERAL("call_1"), .tool_name = SLICE_LITERAL("f"),
          .tool_arguments = SLICE_LITERAL("") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_arguments = SLICE_LITERAL("{}") },
        { .type = EVENT_FINISH, .finish = FINISH_TOOL_CALLS },
        { .type = EVENT_END },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        anthropic_dialect.encode_stream_event(&fixture->out, dialect_state, &events[i], &context);
    }
    const char *expected_order[] = { "message_start", "content_block_start", "content_block_delta", "content_block_stop",
                                     "content_block_start", "content_block_delta", "content_block_stop",
                                     "message_delta", "message_stop" };
    const char *cursor = fixture->out.data;
    for (size_t i = 0; i < sizeof expected_order / sizeof expected_order[0]; i++) {
        char line[96];
        snprintf(line, sizeof line, "event: %s\ndata: {\"type\":\"%s\"", expected_order[i], expected_order[i]);
        const char *found = strstr(cursor, line);
        if (found == NULL) {
            fail_msg("event %s missing or out of order", expected_order[i]);
        }
        cursor = found + strlen(line);
    }
    assert_non_null(strstr(fixture->out.data, "\"stop_reason\":\"tool_use\""));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(openai_request_to_anthropic, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_refuses_what_it_cannot_express, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(openai_request_to_gemini, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(gemini_refuses_web_image_urls, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_request_splits_tool_results, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_request_errors_name_the_field, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_refusals_name_the_field_in_one_style, fixture_setup,
                                        fixture_teardown),
        cmocka_unit_test_setup_teardown(both_dialects_word_a_fault_alike, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(finish_reason_tables_read_both_ways, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(usage_read_sums_the_named_counts, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_stream_decodes_at_every_split, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(gemini_stream_decodes_at_every_split, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(gemini_stream_cut_before_finish_has_no_end, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(gemini_response_tool_call_ids, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_response_usage_includes_cache, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(anthropic_dialect_stream_sequence, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(each_format_refuses_what_changes_the_answer, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(openai_stream_decodes_at_every_split, fixture_setup, fixture_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
