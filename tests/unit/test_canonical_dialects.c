/* transforms/canonical_client.c (POST /api/proxy), transforms/completions_client.c (POST
 * /v1/completions), the OPERATION_COMPLETION branch of the OpenAI wire format, and OpenAI's
 * pass-through members (n, logprobs, top_logprobs, logit_bias) on every wire format.
 *
 * JSON here is written with single quotes; q() turns them into double quotes. */
#include "tests/unit/unit.h"

#include "tests/unit/quoted_json.h"
#include "transforms/anthropic.h"
#include "transforms/canonical_client.h"
#include "transforms/gemini.h"
#include "transforms/gemini_client.h"
#include "transforms/openai.h"
#include "transforms/operations.h"

static const char canary[] = "QZXCANARYQZX";

static struct canon_request *decode_ok(struct fixture *fixture, const struct client_dialect *dialect,
                                       const char *body)
{
    if (!decode_with(fixture, dialect, body)) {
        fail_msg("refused (%s: %s): %s", fixture->error.param, fixture->error.message, body);
    }
    return &fixture->request;
}

static void assert_refused(struct fixture *fixture, const struct client_dialect *dialect, const char *body,
                           const char *param)
{
    if (decode_with(fixture, dialect, body)) {
        fail_msg("accepted, expected a 400 naming '%s': %s", param, body);
    }
    assert_int_equal(fixture->error.status, 400);
    if (strcmp(fixture->error.param, param) != 0) {
        fail_msg("param is '%s', expected '%s' (%s) for %s", fixture->error.param, param, fixture->error.message,
                 body);
    }
    assert_null(strstr(fixture->error.message, canary));
}

static struct json_value *encode_for(struct fixture *fixture, const struct wire_format *wire, const char *model)
{
    buffer_reset(&fixture->out);
    if (!wire->encode_request(&fixture->out, &fixture->request, slice_of(model, strlen(model)), &fixture->error)) {
        fail_msg("encode_request refused: %s", fixture->error.message);
    }
    return parse_out(fixture);
}

static const struct reply_context reply = {
    .id = "lethe-r1", .model = "model-x", .created = 1767225600, .include_usage = true,
    .provider = "oa/model-x", .attempts = 2, .scrubbed = 3, .cost_usd = 0.25,
};

/* ---- /api/proxy: requests ---- */

#define USER "{'role':'user','content':'hi QZXCANARYQZX'}"

static void canonical_provider_and_model_make_the_target(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture, &canonical_dialect,
        "{'provider':'oa','model':'vllm/llama','system':'be brief','messages':[" USER ",{'role':'assistant',"
        "'content':'yes'}],'temperature':0.5,'max_tokens':9,'stream':true,'scrub':false}");
    assert_slice(request->model, "oa/vllm/llama");
    assert_int_equal(request->message_count, 3);
    assert_int_equal(request->messages[0].role, ROLE_SYSTEM);
    assert_slice(request->messages[0].parts[0].text, "be brief");
    assert_int_equal(request->messages[1].role, ROLE_USER);
    assert_int_equal(request->messages[2].role, ROLE_ASSISTANT);
    assert_true(request->temperature.set);
    assert_int_equal(request->max_tokens, 9);
    assert_true(request->stream);
    assert_true(request->include_usage);
    assert_true(request->scrub_declined);
    assert_int_equal(request->operation, OPERATION_CHAT);
}

static void canonical_routes_without_a_provider(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture, &canonical_dialect, "{'messages':[" USER "]}");
    assert_slice(request->model, "auto");
    assert_int_equal(request->message_count, 1);
    assert_int_equal(request->messages[0].role, ROLE_USER);
    assert_false(request->scrub_declined);
    request = decode_ok(fixture, &canonical_dialect,
                        "{'provider':'auto','messages':[" USER "],'constraints':{'quality':'cheap','max_cost':0.1}}");
    assert_slice(request->model, "auto");
    assert_non_null(request->gateway_options);
    assert_json_q(fixture, json_get(request->gateway_options, "quality"), "'cheap'");
    request = decode_ok(fixture, &canonical_dialect, "{'model':'default','messages':[" USER "],'scrub':true}");
    assert_slice(request->model, "default");
    assert_false(request->scrub_declined);
}

static void canonical_refusals_name_the_field(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body, *param; } cases[] = {
        { "{'provider':'oa','messages':[" USER "]}", "model" },
        { "{'provider':'auto','model':'m','messages':[" USER "]}", "model" },
        { "{'provider':'a/b','model':'m','messages':[" USER "]}", "provider" },
        /* Joined to the model, these broke its check: the refusal named 'model'. */
        { "{'provider':'..','model':'m','messages':[" USER "]}", "provider" },
        { "{'provider':'','model':'m','messages':[" USER "]}", "provider" },
        { "{'provider':'a b','model':'m','messages':[" USER "]}", "provider" },
        { "{'provider':'oa','model':'m','messages':[" USER "],'constraints':{}}", "constraints" },
        { "{'model':'default','messages':[" USER "],'constraints':{}}", "constraints" },
        { "{'messages':[" USER "],'constraints':{'colour':1}}", "constraints" },
        { "{'messages':[" USER "],'constraints':{'quality':1}}", "constraints.quality" },
        { "{'messages':[" USER "],'constraints':[]}", "constraints" },
        { "{'provider':'oa','model':'m'}", "messages" },
        { "{'provider':'oa','model':'m','messages':[]}", "messages" },
        { "{'provider':'oa','model':'m','messages':[{'role':'tool','content':'x'}]}", "messages[0].role" },
        { "{'provider':'oa','model':'m','messages':[{'role':'user\\u0000x','content':'x'}]}", "messages[0].role" },
        { "{'provider':'oa','model':'m','messages':[{'role':'user','content':[]}]}", "messages[0].content" },
        { "{'provider':'oa','model':'m','messages':[{'role':'user','content':'x','name':'n'}]}", "messages[0]" },
        { "{'provider':'oa','model':'m','messages':[" USER "],'tools':[]}", "tools" },
        { "{'provider':'oa','model':'m','messages':[" USER "],'scrub':'no'}", "scrub" },
        { "{'provider':'oa','model':'m','messages':[" USER "],'temperature':3}", "temperature" },
        { "{'provider':1,'model':'m','messages':[" USER "]}", "provider" },
        { "{'provider':'oa','model':'m','system':[],'messages':[" USER "]}", "system" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_refused(fixture, &canonical_dialect, cases[i].body, cases[i].param);
    }
}

/* ---- /api/proxy: answers ---- */

static void canonical_answer_carries_the_exchange_facts(void **state)
{
    struct fixture *fixture = *state;
    struct canon_tool_call call = { SLICE_LITERAL("c1"), SLICE_LITERAL("f"), SLICE_LITERAL("{}") };
    struct canon_response response = { .text = SLICE_LITERAL("hello"), .finish = FINISH_LENGTH,
                                       .tool_calls = &call, .tool_call_count = 1 };
    canon_usage_init(&response.usage);
    response.usage.present = true;
    response.usage.prompt_tokens = 5;
    response.usage.completion_tokens = 7;
    canonical_dialect.encode_response(&fixture->out, &response, &reply);
    assert_json_q(fixture, parse_out(fixture),
        "{'id':'lethe-r1','object':'lethe.answer','provider':'oa/model-x','model':'model-x','created':1767225600,"
        "'finish_reason':'length','usage':{'input_tokens':5,'output_tokens':7},'cost_usd':0.25,'scrubbed':3,"
        "'attempts':2,'text':'hello','tool_calls':[{'id':'c1','name':'f','arguments':'{}'}]}");
}

static void canonical_stream_is_tokens_then_done(void **state)
{
    struct fixture *fixture = *state;
    void *stream = arena_calloc(&fixture->arena, 1, canonical_dialect.stream_state_size);
    struct canon_event events[] = {
        { .type = EVENT_START }, { .type = EVENT_TEXT, .text = SLICE_LITERAL("he\"y") },
        { .type = EVENT_FINISH, .finish = FINISH_STOP },
        { .type = EVENT_USAGE, .usage = { .present = true, .prompt_tokens = 2, .completion_tokens = 3 } },
        { .type = EVENT_END },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        canonical_dialect.encode_stream_event(&fixture->out, stream, &events[i], &reply);
    }
    buffer_append_char(&fixture->out, '\0');
    const char *expected_start = "event: token\ndata: {\"text\":\"he\\\"y\"}\n\nevent: done\ndata: {";
    assert_memory_equal(fixture->out.data, expected_start, strlen(expected_start));
    assert_non_null(strstr(fixture->out.data, "\"usage\":{\"input_tokens\":2,\"output_tokens\":3}"));
    assert_non_null(strstr(fixture->out.data, "\"cost_usd\":0.25"));
    /* The done event says how the answer ended; the text came in the tokens. */
    assert_null(strstr(strstr(fixture->out.data, "event: done"), "\"text\""));
}

static void canonical_errors_have_one_shape(void **state)
{
    struct fixture *fixture = *state;
    canonical_dialect.encode_error(&fixture->out, 400, "invalid_request_error", NULL, "model", "'model' is required",
                                   NULL);
    assert_json_q(fixture, parse_out(fixture),
        "{'error':{'status':400,'type':'invalid_request_error','code':null,'param':'model',"
        "'message':'\\u0027model\\u0027 is required'}}");
    buffer_reset(&fixture->out);
    void *stream = arena_calloc(&fixture->arena, 1, canonical_dialect.stream_state_size);
    struct canon_event error = { .type = EVENT_ERROR, .error_status = 502, .text = SLICE_LITERAL("cut") };
    canonical_dialect.encode_stream_event(&fixture->out, stream, &error, &reply);
    buffer_append_char(&fixture->out, '\0');
    assert_string_equal(fixture->out.data, "event: error\ndata: {\"error\":{\"status\":502,\"type\":\"server_error\","
                                           "\"code\":null,\"param\":null,\"message\":\"cut\"}}\n\n");
}

/* ---- /v1/completions ---- */

static void completions_prompt_becomes_the_one_user_message(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture, &completions_dialect,
        "{'model':'oa/m','prompt':['once'],'suffix':'end','max_tokens':5,'temperature':1,'stop':'x','seed':3,"
        "'n':2,'logprobs':0,'echo':true,'logit_bias':{'7':-1},'user':'u'}");
    assert_int_equal(request->operation, OPERATION_COMPLETION);
    assert_int_equal(request->message_count, 1);
    assert_int_equal(request->messages[0].role, ROLE_USER);
    assert_int_equal(request->messages[0].part_count, 2);
    assert_slice(request->messages[0].parts[0].text, "once");
    assert_slice(request->messages[0].parts[1].text, "end");
    assert_true(request->has_suffix);
    assert_true(request->logprobs);
    assert_int_equal(request->top_logprobs, 0);
    assert_int_equal(request->choice_count, 2);
    assert_true(request->echo);
    assert_non_null(request->logit_bias);
}

static void completions_refusals_name_the_field(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body, *param; } cases[] = {
        { "{'model':'m'}", "prompt" },
        { "{'model':'m','prompt':['QZXCANARYQZX','b']}", "prompt" },
        { "{'model':'m','prompt':[1,2]}", "prompt" },
        { "{'model':'m','prompt':[[1]]}", "prompt" },
        { "{'model':'m','prompt':[]}", "prompt" },
        { "{'model':'m','prompt':'p','logprobs':6}", "logprobs" },
        { "{'model':'m','prompt':'p','logprobs':true}", "logprobs" },
        { "{'model':'m','prompt':'p','n':2,'stream':true}", "n" },
        { "{'model':'m','prompt':'p','best_of':2}", "best_of" },
        { "{'model':'m','prompt':'p','suffix':1}", "suffix" },
        { "{'prompt':'p'}", "model" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_refused(fixture, &completions_dialect, cases[i].body, cases[i].param);
    }
}

static void completion_goes_to_completions_with_every_member(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, &completions_dialect,
              "{'model':'m','prompt':'once','suffix':'end','max_tokens':5,'stop':['x'],'n':2,'logprobs':3,"
              "'echo':true,'logit_bias':{'7':-1},'user':'QZXCANARYQZX'}");
    buffer_reset(&fixture->out);
    openai_wire.build_url(&fixture->out, "http://h/v1/", SLICE_LITERAL("m"), &fixture->request);
    buffer_append_char(&fixture->out, '\0');
    assert_string_equal(fixture->out.data, "http://h/v1/completions");
    assert_json_q(fixture, encode_for(fixture, &openai_wire, "served"),
        "{'model':'served','prompt':'once','max_tokens':5,"
        "'stop':['x'],'n':2,'logprobs':3,'logit_bias':{'7':-1},'echo':true,'suffix':'end'}");
}

static void only_openai_format_serves_completions(void **state)
{
    (void)state;
    assert_true(openai_wire.serves_completions);
    assert_false(anthropic_wire.serves_completions);
    assert_false(gemini_wire.serves_completions);
}

static void decodes_text_completions_whole_and_streamed(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response;
    const char *body = q(fixture, "{'id':'c','object':'text_completion','model':'m','choices':[{'text':'one',"
                                  "'index':0,'logprobs':{'tokens':['one']},'finish_reason':'length'},{'text':'two',"
                                  "'index':1,'logprobs':null,'finish_reason':'stop'}],'usage':{'prompt_tokens':1,"
                                  "'completion_tokens':2,'total_tokens':3}}");
    assert_true(openai_wire.decode_response(&fixture->arena, body, strlen(body), &response, &fixture->error));
    assert_slice(response.text, "one");
    assert_int_equal(response.finish, FINISH_LENGTH);
    assert_json_q(fixture, response.logprobs, "{'tokens':['one']}");
    assert_int_equal(response.more_choice_count, 1);
    assert_slice(response.more_choices[0].text, "two");
    assert_null(response.more_choices[0].logprobs);
    assert_int_equal(response.usage.total_tokens, 3);
    /* A choice out of its place is refused, not guessed at. */
    body = q(fixture, "{'choices':[{'text':'one','index':0},{'text':'two','index':5}]}");
    assert_false(openai_wire.decode_response(&fixture->arena, body, strlen(body), &response, &fixture->error));
    /* The whole answer to a completion, as the client reads it. */
    body = q(fixture, "{'choices':[{'text':'one','index':0,'logprobs':{'tokens':['one']},'finish_reason':'stop'},"
                      "{'text':'two','index':1,'finish_reason':'stop'}],'usage':{'prompt_tokens':1,"
                      "'completion_tokens':2}}");
    assert_true(openai_wire.decode_response(&fixture->arena, body, strlen(body), &response, &fixture->error));
    buffer_reset(&fixture->out);
    completions_dialect.encode_response(&fixture->out, &response, &reply);
    assert_json_q(fixture, parse_out(fixture),
        "{'id':'lethe-r1','object':'text_completion','created':1767225600,'model':'model-x','choices':["
        "{'text':'one','index':0,'logprobs':{'tokens':['one']},'finish_reason':'stop'},"
        "{'text':'two','index':1,'logprobs':null,'finish_reason':'stop'}],"
        "'usage':{'prompt_tokens':1,'completion_tokens':2,'total_tokens':3}}");
}

struct collected {
    struct canon_event events[8];
    size_t count;
};

static int collect(void *context, const struct canon_event *event)
{
    struct collected *collected = context;
    if (collected->count < 8) {
        collected->events[collected->count++] = *event;
    }
    return 0;
}

static void stream_chunks_carry_text_and_logprobs(void **state)
{
    struct fixture *fixture = *state;
    void *wire_state = arena_calloc(&fixture->arena, 1, openai_wire.stream_state_size);
    struct collected collected = { .count = 0 };
    const char *data = q(fixture, "{'id':'c','object':'text_completion','model':'m','choices':[{'text':'pi',"
                                  "'index':0,'logprobs':{'tokens':['pi']},'finish_reason':null}]}");
    struct sse_event event = { .name = "", .data = data, .data_len = strlen(data) };
    assert_int_equal(openai_wire.decode_stream_event(wire_state, &fixture->arena, &event, collect, &collected), 0);
    assert_int_equal(collected.count, 2);
    assert_int_equal(collected.events[1].type, EVENT_TEXT);
    assert_slice(collected.events[1].text, "pi");
    assert_json_q(fixture, collected.events[1].logprobs, "{'tokens':['pi']}");
    /* The client's chunk: the piece and its logprobs. */
    void *stream = arena_calloc(&fixture->arena, 1, completions_dialect.stream_state_size);
    completions_dialect.encode_stream_event(&fixture->out, stream, &collected.events[1], &reply);
    buffer_append_char(&fixture->out, '\0');
    assert_non_null(strstr(fixture->out.data, "\"choices\":[{\"text\":\"pi\",\"index\":0,\"logprobs\":{\"tokens\":"
                                              "[\"pi\"]},\"finish_reason\":null}]"));
    buffer_reset(&fixture->out);
    stream = arena_calloc(&fixture->arena, 1, openai_dialect.stream_state_size);
    openai_dialect.encode_stream_event(&fixture->out, stream, &collected.events[1], &reply);
    buffer_append_char(&fixture->out, '\0');
    assert_non_null(strstr(fixture->out.data, "\"delta\":{\"content\":\"pi\"},\"logprobs\":{\"tokens\":[\"pi\"]}"));
}

/* ---- chat pass-through ---- */

static void chat_pass_through_reaches_openai_format_targets(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, &openai_dialect, "{'model':'m','messages':[" USER "],'n':3,'logprobs':true,'top_logprobs':0,"
                                        "'logit_bias':{'50256':-100}}");
    struct json_value *wire = encode_for(fixture, &openai_wire, "m");
    assert_json_q(fixture, json_get(wire, "n"), "3");
    assert_json_q(fixture, json_get(wire, "logprobs"), "true");
    assert_json_q(fixture, json_get(wire, "top_logprobs"), "0");
    assert_json_q(fixture, json_get(wire, "logit_bias"), "{'50256':-100}");
    decode_ok(fixture, &openai_dialect, "{'model':'m','messages':[" USER "],'n':1,'logprobs':false}");
    wire = encode_for(fixture, &openai_wire, "m");
    assert_null(json_get(wire, "n"));
    assert_null(json_get(wire, "logprobs"));
}

/* Anthropic has none of them; Gemini has n and logprobs (below), not logit_bias. */
static void chat_pass_through_is_refused_elsewhere(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *member, *param; } cases[] = {
        { "'logit_bias':{'1':1}", "logit_bias" }, { "'n':2", "n" }, { "'logprobs':true", "logprobs" },
    };
    const struct wire_format *wires[] = { &anthropic_wire, &gemini_wire };
    const size_t refused_count[] = { 3, 1 };
    for (size_t w = 0; w < 2; w++) {
        for (size_t i = 0; i < refused_count[w]; i++) {
            char body[256];
            snprintf(body, sizeof body, "{'model':'m','max_tokens':5,'messages':[" USER "],%s}", cases[i].member);
            decode_ok(fixture, &openai_dialect, body);
            buffer_reset(&fixture->out);
            assert_false(wires[w]->encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"),
                                                  &fixture->error));
            assert_int_equal(fixture->error.status, 400);
            assert_string_equal(fixture->error.param, cases[i].param);
        }
        decode_ok(fixture, &openai_dialect, "{'model':'m','max_tokens':5,'messages':[" USER "],'n':1}");
        buffer_reset(&fixture->out);
        assert_true(wires[w]->encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    }
}

/* n is candidateCount, logprobs and top_logprobs are responseLogprobs and logprobs; the
 * candidates come back as choices, each logprobsResult in OpenAI's shape, whole and streamed. */
static void gemini_honours_n_and_logprobs(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, &openai_dialect, "{'model':'m','messages':[" USER "],'n':2,'logprobs':true,'top_logprobs':1}");
    assert_true(gemini_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    struct json_value *sent = parse_out(fixture);
    assert_json_q(fixture, json_get(sent, "generationConfig"),
                  "{'candidateCount':2,'responseLogprobs':true,'logprobs':1}");
    static const char *const logprobs_result =
        "'logprobsResult':{'topCandidates':[{'candidates':[{'token':'a','logProbability':-0.5},"
        "{'token':'b','logProbability':-1.5}]}],'chosenCandidates':[{'token':'a','logProbability':-0.5}]}";
    char text[512];
    snprintf(text, sizeof text, "{'candidates':[{'content':{'role':'model','parts':[{'text':'a'}]},"
                                "'finishReason':'STOP','index':0,%s},{'content':{'role':'model','parts':"
                                "[{'text':'b'}]},'finishReason':'MAX_TOKENS','index':1}]}", logprobs_result);
    const char *body = q(fixture, text);
    struct canon_response response;
    assert_true(gemini_wire.decode_response(&fixture->arena, body, strlen(body), &response, &fixture->error));
    assert_int_equal(response.more_choice_count, 1);
    buffer_reset(&fixture->out);
    openai_dialect.encode_response(&fixture->out, &response, &reply);
    assert_json_q(fixture, json_get(parse_out(fixture), "choices"),
        "[{'index':0,'message':{'role':'assistant','content':'a','refusal':null},"
        "'logprobs':{'content':[{'token':'a','logprob':-0.5,'bytes':[97],'top_logprobs':["
        "{'token':'a','logprob':-0.5,'bytes':[97]},{'token':'b','logprob':-1.5,'bytes':[98]}]}],'refusal':null},"
        "'finish_reason':'stop'},"
        "{'index':1,'message':{'role':'assistant','content':'b','refusal':null},'logprobs':null,"
        "'finish_reason':'length'}]");
    snprintf(text, sizeof text, "{'candidates':[{'content':{'role':'model','parts':[{'text':'a'}]},'index':0,%s}]}",
             logprobs_result);
    const char *data = q(fixture, text);
    void *wire_state = arena_calloc(&fixture->arena, 1, gemini_wire.stream_state_size);
    struct collected collected = { .count = 0 };
    struct sse_event event = { .name = "", .data = data, .data_len = strlen(data) };
    assert_int_equal(gemini_wire.decode_stream_event(wire_state, &fixture->arena, &event, collect, &collected), 0);
    assert_int_equal(collected.count, 2);
    assert_int_equal(collected.events[1].type, EVENT_TEXT);
    assert_json_q(fixture, json_get(collected.events[1].logprobs, "content"),
                  "[{'token':'a','logprob':-0.5,'bytes':[97],'top_logprobs':[{'token':'a','logprob':-0.5,"
                  "'bytes':[97]},{'token':'b','logprob':-1.5,'bytes':[98]}]}]");
}

static void chat_answers_carry_every_choice_and_its_logprobs(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response;
    const char *body = q(fixture, "{'id':'x','model':'m','choices':[{'index':0,'message':{'role':'assistant',"
                                  "'content':'a'},'logprobs':{'content':[{'token':'a','logprob':-1}]},"
                                  "'finish_reason':'stop'},{'index':1,'message':{'role':'assistant','content':'b'},"
                                  "'logprobs':null,'finish_reason':'length'}]}");
    assert_true(openai_wire.decode_response(&fixture->arena, body, strlen(body), &response, &fixture->error));
    assert_int_equal(response.more_choice_count, 1);
    openai_dialect.encode_response(&fixture->out, &response, &reply);
    struct json_value *answer = parse_out(fixture);
    assert_json_q(fixture, json_get(answer, "choices"),
        "[{'index':0,'message':{'role':'assistant','content':'a','refusal':null},"
        "'logprobs':{'content':[{'token':'a','logprob':-1}]},'finish_reason':'stop'},"
        "{'index':1,'message':{'role':'assistant','content':'b','refusal':null},'logprobs':null,"
        "'finish_reason':'length'}]");
}

/* A wire encoder names a canonical field; every dialect renames it as its own requests spell
 * it, or, for a field it cannot send, describes it in words with no param: never another
 * dialect's name. */
static void wire_refusals_name_the_clients_field(void **state)
{
    struct fixture *fixture = *state;
    const struct client_dialect *dialects[] = {
        &openai_dialect, &completions_dialect, &responses_dialect, &anthropic_dialect,
        &anthropic_count_tokens_dialect, &gemini_generate_dialect, &gemini_stream_generate_dialect,
        &gemini_count_tokens_dialect, &gemini_embed_dialect, &gemini_batch_embed_dialect, &canonical_dialect,
        &openai_embeddings_dialect,
    };
    for (size_t d = 0; d < sizeof dialects / sizeof dialects[0]; d++) {
        for (int field = CANON_FIELD_NONE + 1; field < CANON_FIELD_COUNT; field++) {
            struct format_error *error = &fixture->error;
            assert_false(format_error_refuse_field(error, (enum canon_field)field, "is refused %s", "here"));
            assert_int_equal(error->status, 400);
            format_error_name_field(error, dialects[d]);
            const char *name = dialects[d]->field_names != NULL ? dialects[d]->field_names[field] : NULL;
            char wanted[320];
            if (name != NULL) {
                snprintf(wanted, sizeof wanted, "'%s' is refused here", name);
                assert_string_equal(error->param, name);
                assert_string_equal(error->message, wanted);
            } else {
                assert_string_equal(error->param, "");
                assert_true(error->message[0] != '\'');       /* words, not a quoted name */
                assert_non_null(strstr(error->message, " is refused here"));
            }
            format_error_name_field(error, dialects[d]);        /* named once: a second call changes nothing */
            assert_string_equal(error->param, name != NULL ? name : "");
        }
    }
    /* An error about no canonical field (a decoder's) is left as it is. */
    format_error_refuse(&fixture->error, "messages[0].content", "must be a string");
    format_error_name_field(&fixture->error, &responses_dialect);
    assert_string_equal(fixture->error.param, "messages[0].content");
}

/* The encoders' refusals, as each client hears them. */
#define SEE "{'role':'user','content':[{'type':'text','text':'see'},"
#define LINK "'https://example.com/a.png'"
static void encoder_refusals_reach_each_client_by_its_own_name(void **state)
{
    struct fixture *fixture = *state;
    static const struct {
        const struct client_dialect *dialect;
        const char *body;
        const struct wire_format *wire;
        const char *param;
    } cases[] = {
        { &responses_dialect, "{'model':'m','input':[{'role':'user','content':[{'type':'input_image','image_url':"
          LINK "}]}]}",
          &gemini_wire, "input_image.image_url" },
        { &anthropic_dialect, "{'model':'m','max_tokens':5,'messages':[" SEE "{'type':'image','source':"
          "{'type':'url','url':" LINK "}}]}]}", &gemini_wire, "source.url" },
        { &openai_dialect, "{'model':'m','messages':[" SEE "{'type':'image_url','image_url':{'url':" LINK "}}]}]}",
          &gemini_wire, "image_url.url" },
        { &anthropic_dialect, "{'model':'m','max_tokens':5,'messages':[{'role':'user','content':"
          "[{'type':'tool_result','tool_use_id':'t9','content':'42'}]}]}", &gemini_wire, "tool_result.tool_use_id" },
        { &gemini_generate_dialect, "{'contents':[{'role':'user','parts':[{'text':'hi'}]}],"
          "'generationConfig':{'topK':3}}", &openai_wire, "generationConfig.topK" },
        { &completions_dialect, "{'model':'m','prompt':'hi','logprobs':2}", &anthropic_wire, "logprobs" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        decode_ok(fixture, cases[i].dialect, cases[i].body);
        buffer_reset(&fixture->out);
        assert_false(cases[i].wire->encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"),
                                                   &fixture->error));
        format_error_name_field(&fixture->error, cases[i].dialect);
        assert_string_equal(fixture->error.param, cases[i].param);
    }
}
#undef SEE
#undef LINK

int main(void)
{
#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)
    const struct CMUnitTest tests[] = {
        TEST(canonical_provider_and_model_make_the_target),
        TEST(canonical_routes_without_a_provider),
        TEST(canonical_refusals_name_the_field),
        TEST(canonical_answer_carries_the_exchange_facts),
        TEST(canonical_stream_is_tokens_then_done),
        TEST(canonical_errors_have_one_shape),
        TEST(completions_prompt_becomes_the_one_user_message),
        TEST(completions_refusals_name_the_field),
        TEST(completion_goes_to_completions_with_every_member),
        TEST(only_openai_format_serves_completions),
        TEST(decodes_text_completions_whole_and_streamed),
        TEST(stream_chunks_carry_text_and_logprobs),
        TEST(chat_pass_through_reaches_openai_format_targets),
        TEST(chat_pass_through_is_refused_elsewhere),
        TEST(gemini_honours_n_and_logprobs),
        TEST(chat_answers_carry_every_choice_and_its_logprobs),
        TEST(wire_refusals_name_the_clients_field),
        TEST(encoder_refusals_reach_each_client_by_its_own_name),
    };
#undef TEST
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
