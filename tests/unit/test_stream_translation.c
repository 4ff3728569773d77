/* A whole stream translated as the gateway does it: provider bytes -> sse_reader ->
 * openai_wire.decode_stream_event -> openai_dialect.encode_stream_event -> client bytes.
 * However the provider's bytes are cut on the way, the client must get the same bytes. */
#include "tests/unit/unit.h"

#include "tests/unit/json_testing.h"
#include "transforms/anthropic.h"
#include "transforms/gemini.h"
#include "transforms/openai.h"

static const char expected_text[] = "Grüße 東京 🎉 \"ok\"\nété";
static const char expected_arguments[] = "{\"city\":\"Zürich\"}";

/* One recorded-style chunk: the header every OpenAI chunk repeats, then choices. */
static void append_chunk(struct buffer *stream, const char *choices, const char *extra)
{
    buffer_printf(stream, "data: {\"id\":\"chatcmpl-AbC123\",\"object\":\"chat.completion.chunk\",\"created\":1731000000,"
                          "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_0ba0d124f1\","
                          "\"choices\":%s%s}\n\n", choices, extra);
}

static void append_delta(struct buffer *stream, const char *delta, const char *finish)
{
    char choices[512];
    snprintf(choices, sizeof choices, "[{\"index\":0,\"delta\":%s,\"logprobs\":null,\"finish_reason\":%s}]", delta, finish);
    append_chunk(stream, choices, ",\"usage\":null");
}

/* The provider's stream, with "\n" line ends or with line_end instead. */
static const char *recorded_stream(struct arena *arena, const char *line_end)
{
    struct buffer stream;
    buffer_init(&stream, arena, 4096);
    append_delta(&stream, "{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null");
    buffer_append_cstr(&stream, ": keep-alive\n\n");
    append_delta(&stream, "{\"content\":\"Grüße\"}", "null");
    append_delta(&stream, "{\"content\":\" 東京\"}", "null");
    append_delta(&stream, "{\"content\":\" 🎉\"}", "null");
    append_delta(&stream, "{\"content\":\" \\\"ok\\\"\\n\"}", "null");
    append_delta(&stream, "{\"content\":\"\\u00e9t\\u00e9\"}", "null");
    append_delta(&stream, "{\"tool_calls\":[{\"index\":0,\"id\":\"call_Qx7\",\"type\":\"function\","
                          "\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]}", "null");
    append_delta(&stream, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"ci\"}}]}", "null");
    append_delta(&stream, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"ty\\\":\\\"Zürich\\\"}\"}}]}", "null");
    append_delta(&stream, "{}", "\"tool_calls\"");
    append_chunk(&stream, "[]", ",\"usage\":{\"prompt_tokens\":42,\"completion_tokens\":17,\"total_tokens\":59,"
                                "\"prompt_tokens_details\":{\"cached_tokens\":8},"
                                "\"completion_tokens_details\":{\"reasoning_tokens\":0}}");
    buffer_append_cstr(&stream, "data: [DONE]\n\n");
    if (strcmp(line_end, "\n") == 0) {
        return stream.data;
    }
    struct buffer converted;
    buffer_init(&converted, arena, stream.len * 2);
    for (size_t i = 0; i < stream.len; i++) {
        if (stream.data[i] == '\n') {
            buffer_append_cstr(&converted, line_end);
        } else {
            buffer_append_char(&converted, stream.data[i]);
        }
    }
    return converted.data;
}

/* ---- the pipeline ---- */

struct pipeline {
    struct arena *arena;
    struct arena scratch;             /* one event's parse, cleared after each event */
    struct sse_reader reader;
    void *wire_state;
    void *dialect_state;
    struct reply_context context;
    struct buffer out;                /* what the client receives */
    struct buffer text;               /* the canonical text events, concatenated */
    struct buffer arguments;          /* the canonical tool-call arguments, concatenated */
    size_t events;
    bool ended;
};

static int on_canonical(void *context, const struct canon_event *event)
{
    struct pipeline *pipeline = context;
    pipeline->events++;
    if (event->type == EVENT_TEXT) {
        buffer_append(&pipeline->text, event->text.ptr, event->text.len);
    } else if (event->type == EVENT_TOOL_CALL) {
        buffer_append(&pipeline->arguments, event->tool_arguments.ptr, event->tool_arguments.len);
    } else if (event->type == EVENT_END) {
        pipeline->ended = true;
    }
    openai_dialect.encode_stream_event(&pipeline->out, pipeline->dialect_state, event, &pipeline->context);
    return 0;
}

static int on_sse(void *context, const struct sse_event *event)
{
    struct pipeline *pipeline = context;
    int result = openai_wire.decode_stream_event(pipeline->wire_state, &pipeline->scratch, event,
                                                 on_canonical, pipeline);
    arena_clear(&pipeline->scratch);
    return result;
}

struct translation {
    const char *out;
    const char *text;
    const char *arguments;
    size_t events;
    bool ended;
    bool partial;
};

/* Run the stream through a fresh pipeline in pieces cut at the given ascending offsets. */
static struct translation translate(struct arena *arena, const char *stream, const size_t *cuts, size_t cut_count,
                                    bool include_usage)
{
    struct pipeline pipeline = { .arena = arena };
    arena_init(&pipeline.scratch, 2048);   /* the small chunk proxy/exchange.c takes, so large events grow it */
    sse_reader_init(&pipeline.reader, arena, 64 * 1024);
    pipeline.wire_state = arena_calloc(arena, 1, openai_wire.stream_state_size);
    pipeline.dialect_state = arena_calloc(arena, 1, openai_dialect.stream_state_size);
    pipeline.context = (struct reply_context){ .id = "chatcmpl-lethe-7", .model = "openai/gpt-4o-mini",
                                               .created = 1731000001, .include_usage = include_usage };
    buffer_init(&pipeline.out, arena, 4096);
    buffer_init(&pipeline.text, arena, 64);
    buffer_init(&pipeline.arguments, arena, 64);
    size_t len = strlen(stream), start = 0;
    for (size_t i = 0; i <= cut_count; i++) {
        size_t end = i < cut_count ? cuts[i] : len;
        int result = sse_reader_feed(&pipeline.reader, stream + start, end - start, on_sse, &pipeline);
        if (result != 0) {
            fail_msg("feeding bytes %zu..%zu gave %d", start, end, result);
        }
        start = end;
    }
    arena_release(&pipeline.scratch);
    return (struct translation){ .out = pipeline.out.data, .text = pipeline.text.data,
                                 .arguments = pipeline.arguments.data, .events = pipeline.events,
                                 .ended = pipeline.ended, .partial = sse_reader_has_partial(&pipeline.reader) };
}

static void assert_same_translation(const struct translation *expected, const struct translation *actual, const char *how)
{
    if (strcmp(expected->out, actual->out) != 0) {
        fail_msg("%s: the client got different bytes:\n%s\nexpected\n%s", how, actual->out, expected->out);
    }
    if (strcmp(expected->text, actual->text) != 0 || strcmp(expected->arguments, actual->arguments) != 0
        || expected->events != actual->events || expected->ended != actual->ended
        || expected->partial != actual->partial) {
        fail_msg("%s: different events (text '%s', arguments '%s', %zu events)", how, actual->text,
                 actual->arguments, actual->events);
    }
}

/* Whole, cut in two at every byte, and byte by byte: one and the same translation. Each
 * cut is translated in a work arena cleared after the comparison. */
static struct translation assert_split_invariant(struct arena *arena, const char *stream, bool include_usage)
{
    size_t len = strlen(stream);
    struct translation whole = translate(arena, stream, NULL, 0, include_usage);
    struct arena work;
    arena_init(&work, 64 * 1024);
    char how[64];
    for (size_t cut = 0; cut <= len; cut++) {
        struct translation split = translate(&work, stream, &cut, 1, include_usage);
        snprintf(how, sizeof how, "cut at byte %zu of %zu", cut, len);
        assert_same_translation(&whole, &split, how);
        arena_clear(&work);
    }
    size_t *every = calloc(len, sizeof *every);
    for (size_t i = 0; i < len; i++) {
        every[i] = i + 1;
    }
    struct translation bytewise = translate(&work, stream, every, len - 1, include_usage);
    free(every);
    assert_same_translation(&whole, &bytewise, "byte by byte");
    arena_release(&work);
    return whole;
}

/* ---- what the client gets ---- */

struct client_view {
    struct buffer text;
    struct buffer arguments;
    size_t chunks;
    bool role_first;
    const char *finish_reason;
    const struct json_value *usage;          /* from the usage chunk, or NULL */
    bool usage_last;                          /* the usage chunk came just before [DONE] */
    bool done;
    bool tool_header_seen;
};

struct client_reader {
    struct arena *arena;
    struct client_view *view;
};

static int on_client_event(void *context, const struct sse_event *event)
{
    struct client_reader *reader = context;
    struct client_view *view = reader->view;
    assert_int_equal(event->name_len, 0);                 /* OpenAI streams have no event names */
    assert_false(view->done);                             /* nothing after [DONE] */
    if (event->data_len == 6 && memcmp(event->data, "[DONE]", 6) == 0) {
        view->done = true;
        return 0;
    }
    const struct json_value *chunk = json_testing_parse(reader->arena, arena_strndup(reader->arena, event->data, event->data_len));
    if (!json_is(chunk, JSON_OBJECT)) {
        fail_msg("client data is not a JSON object: %s", event->data);
    }
    view->chunks++;
    view->usage_last = false;
    assert_true(slice_equals(json_get_string(chunk, "id"), "chatcmpl-lethe-7"));
    assert_true(slice_equals(json_get_string(chunk, "model"), "openai/gpt-4o-mini"));
    assert_true(slice_equals(json_get_string(chunk, "object"), "chat.completion.chunk"));
    const struct json_value *choices = json_get(chunk, "choices");
    assert_true(json_is(choices, JSON_ARRAY));
    if (choices->array.count == 0) {
        view->usage = json_get(chunk, "usage");
        view->usage_last = true;
        return 0;
    }
    const struct json_value *choice = choices->array.items[0];
    const struct json_value *delta = json_get(choice, "delta");
    if (view->chunks == 1) {
        view->role_first = slice_equals(json_get_string(delta, "role"), "assistant");
    } else {
        assert_null(json_get(delta, "role"));             /* the role comes once */
    }
    struct slice content = json_get_string(delta, "content");
    buffer_append(&view->text, content.ptr, content.len);
    const struct json_value *calls = json_get(delta, "tool_calls");
    if (calls != NULL) {
        const struct json_value *call = calls->array.items[0];
        assert_int_equal(json_get_integer(call, "index", -1), 0);
        if (json_get(call, "id") != NULL) {
            assert_true(slice_equals(json_get_string(call, "id"), "call_Qx7"));
            assert_true(slice_equals(json_get_string(json_get(call, "function"), "name"), "get_weather"));
            view->tool_header_seen = true;
        }
        struct slice arguments = json_get_string(json_get(call, "function"), "arguments");
        buffer_append(&view->arguments, arguments.ptr, arguments.len);
    }
    struct slice finish = json_get_string(choice, "finish_reason");
    if (finish.ptr != NULL) {
        view->finish_reason = finish.ptr;
    }
    return 0;
}

static struct client_view read_client_output(struct arena *arena, const char *out)
{
    struct client_view view = { 0 };
    buffer_init(&view.text, arena, 64);
    buffer_init(&view.arguments, arena, 64);
    struct sse_reader reader;
    sse_reader_init(&reader, arena, 64 * 1024);
    struct client_reader context = { .arena = arena, .view = &view };
    assert_int_equal(sse_reader_feed(&reader, out, strlen(out), on_client_event, &context), 0);
    assert_false(sse_reader_has_partial(&reader));
    return view;
}

static void assert_client_sees_the_answer(struct arena *arena, const struct translation *translation, bool include_usage)
{
    assert_string_equal(translation->text, expected_text);
    assert_string_equal(translation->arguments, expected_arguments);
    assert_true(translation->ended);
    assert_false(translation->partial);
    struct client_view view = read_client_output(arena, translation->out);
    assert_true(view.role_first);
    assert_string_equal(view.text.data, expected_text);
    assert_string_equal(view.arguments.data, expected_arguments);
    assert_true(view.tool_header_seen);
    assert_non_null(view.finish_reason);
    assert_string_equal(view.finish_reason, "tool_calls");
    assert_true(view.done);
    if (include_usage) {
        assert_true(view.usage_last);
        assert_non_null(view.usage);
        assert_int_equal(json_get_integer(view.usage, "prompt_tokens", -1), 42);
        assert_int_equal(json_get_integer(view.usage, "completion_tokens", -1), 17);
        assert_int_equal(json_get_integer(view.usage, "total_tokens", -1), 59);
        assert_int_equal(json_get_integer(json_get(view.usage, "prompt_tokens_details"), "cached_tokens", -1), 8);
    } else {
        assert_null(view.usage);
    }
    size_t len = strlen(translation->out);
    assert_true(len > 14);
    assert_string_equal(translation->out + len - 14, "data: [DONE]\n\n");
}

static void every_split_gives_the_same_client_stream(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 64 * 1024);
    const char *stream = recorded_stream(&arena, "\n");
    for (int include_usage = 0; include_usage < 2; include_usage++) {
        struct translation whole = assert_split_invariant(&arena, stream, include_usage);
        assert_client_sees_the_answer(&arena, &whole, include_usage);
    }
    arena_release(&arena);
}

/* The provider's line ends do not show in what the client gets. */
static void line_ends_do_not_matter(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 64 * 1024);
    struct translation reference = translate(&arena, recorded_stream(&arena, "\n"), NULL, 0, true);
    static const char *const ends[] = { "\r\n", "\r" };
    for (size_t i = 0; i < 2; i++) {
        const char *stream = recorded_stream(&arena, ends[i]);
        struct translation whole = assert_split_invariant(&arena, stream, true);
        assert_same_translation(&reference, &whole, ends[i][1] ? "CRLF" : "CR");
        assert_client_sees_the_answer(&arena, &whole, true);
    }
    arena_release(&arena);
}

/* Cut into three pieces at pseudo-random places, many times. */
static void random_three_piece_cuts(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 64 * 1024);
    const char *stream = recorded_stream(&arena, "\r\n");
    size_t len = strlen(stream);
    struct translation whole = translate(&arena, stream, NULL, 0, true);
    struct arena work;
    arena_init(&work, 64 * 1024);
    unsigned long seed = 12345;
    for (int round = 0; round < 2000; round++) {
        size_t cuts[2];
        for (int k = 0; k < 2; k++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            cuts[k] = (size_t)(seed >> 33) % (len + 1);
        }
        if (cuts[0] > cuts[1]) {
            size_t swap = cuts[0];
            cuts[0] = cuts[1];
            cuts[1] = swap;
        }
        struct translation split = translate(&work, stream, cuts, 2, true);
        assert_same_translation(&whole, &split, "three pieces");
        arena_clear(&work);
    }
    arena_release(&work);
    arena_release(&arena);
}

/* ---- UTF-16 surrogate pairs split across events, in every wire format ----
 *
 * JS servers cut a stream by UTF-16 code unit: 🎉 may arrive as "\ud83c" at the end of one
 * delta and "\udf89" at the start of the next. The pair is joined again; a half that
 * stays alone is U+FFFD; the stream ends normally either way. */

#define PARTY "\xf0\x9f\x8e\x89"
#define REPLACEMENT "\xef\xbf\xbd"

struct decoding {
    struct arena scratch;
    const struct wire_format *wire;
    void *state;
    struct buffer text;
    struct buffer arguments;
    bool ended;
    bool invalid_utf8;
};

static int on_decoded(void *context, const struct canon_event *event)
{
    struct decoding *decoding = context;
    struct slice piece = event->type == EVENT_TEXT ? event->text : event->tool_arguments;
    if (!json_testing_utf8_valid(piece.ptr, piece.len)) {
        decoding->invalid_utf8 = true;
    }
    if (event->type == EVENT_TEXT) {
        buffer_append(&decoding->text, event->text.ptr, event->text.len);
    } else if (event->type == EVENT_TOOL_CALL) {
        buffer_append(&decoding->arguments, event->tool_arguments.ptr, event->tool_arguments.len);
    } else if (event->type == EVENT_END) {
        decoding->ended = true;
    }
    return 0;
}

static int on_wire_sse(void *context, const struct sse_event *event)
{
    struct decoding *decoding = context;
    int result = decoding->wire->decode_stream_event(decoding->state, &decoding->scratch, event, on_decoded, decoding);
    arena_clear(&decoding->scratch);
    return result;
}

/* The stream through sse_reader and the wire format's decoder, cut once at `cut`. */
static void decode_stream(struct arena *arena, const struct wire_format *wire, const char *stream, size_t cut,
                          struct decoding *decoding)
{
    memset(decoding, 0, sizeof *decoding);
    decoding->wire = wire;
    arena_init(&decoding->scratch, ARENA_REQUEST_CHUNK);
    decoding->state = arena_calloc(arena, 1, wire->stream_state_size);
    buffer_init(&decoding->text, arena, 64);
    buffer_init(&decoding->arguments, arena, 64);
    struct sse_reader reader;
    sse_reader_init(&reader, arena, 64 * 1024);
    size_t len = strlen(stream);
    assert_int_equal(sse_reader_feed(&reader, stream, cut, on_wire_sse, decoding), 0);
    assert_int_equal(sse_reader_feed(&reader, stream + cut, len - cut, on_wire_sse, decoding), 0);
    if (wire->finish_stream != NULL && !decoding->ended) {
        assert_int_equal(wire->finish_stream(decoding->state, on_decoded, decoding), 0);
    }
    arena_release(&decoding->scratch);
}

/* However the bytes are cut, the text and arguments come out whole and the stream ends. */
static void assert_joined(const struct wire_format *wire, const char *stream, const char *text, const char *arguments)
{
    struct arena arena;
    arena_init(&arena, 64 * 1024);
    size_t len = strlen(stream);
    for (size_t cut = 0; cut <= len; cut++) {
        struct decoding decoding;
        decode_stream(&arena, wire, stream, cut, &decoding);
        if (strcmp(decoding.text.data, text) != 0 || strcmp(decoding.arguments.data, arguments) != 0
            || !decoding.ended || decoding.invalid_utf8) {
            fail_msg("%s, cut at %zu: text '%s', arguments '%s', ended %d, invalid UTF-8 %d", wire->type, cut,
                     decoding.text.data, decoding.arguments.data, decoding.ended, decoding.invalid_utf8);
        }
        arena_clear(&arena);
    }
    arena_release(&arena);
}

static void openai_joins_split_surrogate_pairs(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 16 * 1024);
    struct buffer stream;
    buffer_init(&stream, &arena, 4096);
    append_delta(&stream, "{\"role\":\"assistant\",\"content\":\"\"}", "null");
    append_delta(&stream, "{\"content\":\"Party \\ud83c\"}", "null");
    append_delta(&stream, "{\"content\":\"\\udf89 time, \"}", "null");
    append_delta(&stream, "{\"content\":\"\\udc00 lone low, lone high \\ud83c\"}", "null");
    append_delta(&stream, "{\"content\":\"!\"}", "null");
    append_delta(&stream, "{\"tool_calls\":[{\"index\":0,\"id\":\"call_Qx7\",\"type\":\"function\","
                          "\"function\":{\"name\":\"react\",\"arguments\":\"\"}}]}", "null");
    append_delta(&stream, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"e\\\":\\\"\\ud83c\"}}]}",
                 "null");
    append_delta(&stream, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\udf89\\\"}\"}}]}", "null");
    append_delta(&stream, "{\"content\":\"end \\ud83c\"}", "null");
    append_delta(&stream, "{}", "\"stop\"");
    buffer_append_cstr(&stream, "data: [DONE]\n\n");
    assert_joined(&openai_wire, stream.data,
                  "Party " PARTY " time, " REPLACEMENT " lone low, lone high " REPLACEMENT "!end " REPLACEMENT,
                  "{\"e\":\"" PARTY "\"}");
    /* Cut before its finish: the held half is still released before [DONE]. */
    buffer_reset(&stream);
    append_delta(&stream, "{\"content\":\"x\\ud83c\"}", "null");
    buffer_append_cstr(&stream, "data: [DONE]\n\n");
    assert_joined(&openai_wire, stream.data, "x" REPLACEMENT, "");
    arena_release(&arena);
}

static const char anthropic_split_stream[] =
    "event: message_start\n"
    "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
    "\"model\":\"claude-sonnet-4-5\",\"content\":[],\"usage\":{\"input_tokens\":9,\"output_tokens\":1}}}\n\n"
    "event: content_block_start\n"
    "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
    "\"text\":\"Party \\ud83c\"}}\n\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
    "\"text\":\"\\udf89 time, \\udc00 lone \\ud83c\"}}\n\n"
    "event: content_block_stop\n"
    "data: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
    "event: content_block_start\n"
    "data: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_1\","
    "\"name\":\"react\",\"input\":{}}}\n\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
    "\"partial_json\":\"{\\\"e\\\":\\\"\\ud83c\"}}\n\n"
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\","
    "\"partial_json\":\"\\udf89\\\"}\"}}\n\n"
    "event: content_block_stop\n"
    "data: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
    "event: message_delta\n"
    "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\"},\"usage\":{\"output_tokens\":12}}\n\n"
    "event: message_stop\n"
    "data: {\"type\":\"message_stop\"}\n\n";

static void anthropic_joins_split_surrogate_pairs(void **state)
{
    (void)state;
    assert_joined(&anthropic_wire, anthropic_split_stream, "Party " PARTY " time, " REPLACEMENT " lone " REPLACEMENT,
                  "{\"e\":\"" PARTY "\"}");
}

static const char gemini_split_stream[] =
    "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Party \\ud83c\"}],\"role\":\"model\"},\"index\":0}],"
    "\"modelVersion\":\"gemini-2.5-flash\",\"responseId\":\"r1\"}\r\n\r\n"
    "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"\\udf89 time, \\udc00 lone \\ud83c\"}],"
    "\"role\":\"model\"},\"index\":0}]}\r\n\r\n"
    "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"\"}],\"role\":\"model\"},\"finishReason\":\"STOP\","
    "\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":9,\"candidatesTokenCount\":5,"
    "\"totalTokenCount\":14}}\r\n\r\n";

static void gemini_joins_split_surrogate_pairs(void **state)
{
    (void)state;
    assert_joined(&gemini_wire, gemini_split_stream, "Party " PARTY " time, " REPLACEMENT " lone " REPLACEMENT, "");
}

/* A whole (not streamed) answer with lone halves is read, with U+FFFD in their place. */
static void whole_answers_replace_lone_surrogates(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 16 * 1024);
    static const struct { const struct wire_format *wire; const char *body; } answers[] = {
        { &openai_wire, "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                        "\"content\":\"a\\ud83c b\\udf89 \\ud83c\\udf89\"},\"finish_reason\":\"stop\"}]}" },
        { &anthropic_wire, "{\"id\":\"msg_1\",\"type\":\"message\",\"model\":\"m\",\"content\":[{\"type\":\"text\","
                           "\"text\":\"a\\ud83c b\\udf89 \\ud83c\\udf89\"}],\"stop_reason\":\"end_turn\"}" },
        { &gemini_wire, "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\\ud83c b\\udf89 \\ud83c\\udf89\"}]},"
                        "\"finishReason\":\"STOP\"}]}" },
    };
    for (size_t i = 0; i < sizeof answers / sizeof answers[0]; i++) {
        struct canon_response response;
        struct format_error error = { 0 };
        const char *body = answers[i].body;
        if (!answers[i].wire->decode_response(&arena, body, strlen(body), &response, &error)) {
            fail_msg("%s refused the answer: %s", answers[i].wire->type, error.message);
        }
        const char *expected = "a" REPLACEMENT " b" REPLACEMENT " " PARTY;
        assert_int_equal(response.text.len, strlen(expected));
        assert_memory_equal(response.text.ptr, expected, response.text.len);
    }
    arena_release(&arena);
}

/* Every chunk's head names the model the exchange reports at that moment: the head is
 * written once and copied after, so a model that changes mid-stream (a provider naming its
 * own), and one that needs escapes, must still come out right in every chunk. */
static void chunk_heads_follow_the_model(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct buffer out;
    buffer_init(&out, &arena, 1024);
    void *stream = arena_calloc(&arena, 1, openai_dialect.stream_state_size);
    char model[64] = "mock/first";
    struct reply_context context = { .id = "chatcmpl-lethe-9", .model = model, .created = 1731000002 };
    struct step {
        const char *model;                    /* the name the exchange reports from this event on */
        const char *in_chunk;                 /* as every chunk of this event must write it */
        enum canon_event_type type;
    } steps[] = {
        { "mock/first", "\"model\":\"mock/first\",", EVENT_TEXT },
        { "mock/first", "\"model\":\"mock/first\",", EVENT_TEXT },
        { "bench-model", "\"model\":\"bench-model\",", EVENT_TEXT },
        { "bench-model", "\"model\":\"bench-model\",", EVENT_TEXT },
        { "bench-mod3l", "\"model\":\"bench-mod3l\",", EVENT_TEXT },      /* as long, other bytes */
        { "bench-mode", "\"model\":\"bench-mode\",", EVENT_TEXT },
        { "we\"ird\\", "\"model\":\"we\\\"ird\\\\\",", EVENT_TEXT },
        { "we\"ird\\", "\"model\":\"we\\\"ird\\\\\",", EVENT_TEXT },
        { "bench-model", "\"model\":\"bench-model\",", EVENT_FINISH },
    };
    size_t chunks = 0;
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        snprintf(model, sizeof model, "%s", steps[i].model);
        struct canon_event event = { .type = steps[i].type, .text = SLICE_LITERAL("piece"), .finish = FINISH_STOP };
        buffer_reset(&out);
        openai_dialect.encode_stream_event(&out, stream, &event, &context);
        for (const char *line = strstr(out.data, "data: {"); line != NULL; line = strstr(line + 1, "data: {")) {
            const char *end = strstr(line, "\n\n");
            assert_non_null(end);
            static const char head[] = "data: {\"id\":\"chatcmpl-lethe-9\",\"object\":\"chat.completion.chunk\","
                                       "\"created\":1731000002,";
            assert_true(strncmp(line, head, sizeof head - 1) == 0);
            const char *found = strstr(line, steps[i].in_chunk);
            if (found == NULL || found > end) {
                fail_msg("event %zu: a chunk without %s: %.*s", i, steps[i].in_chunk, (int)(end - line), line);
            }
            chunks++;
        }
    }
    assert_int_equal(chunks, sizeof steps / sizeof steps[0] + 1);     /* and the role's chunk first */
    arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chunk_heads_follow_the_model),
        cmocka_unit_test(every_split_gives_the_same_client_stream),
        cmocka_unit_test(line_ends_do_not_matter),
        cmocka_unit_test(random_three_piece_cuts),
        cmocka_unit_test(openai_joins_split_surrogate_pairs),
        cmocka_unit_test(anthropic_joins_split_surrogate_pairs),
        cmocka_unit_test(gemini_joins_split_surrogate_pairs),
        cmocka_unit_test(whole_answers_replace_lone_surrogates),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
