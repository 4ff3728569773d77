/* transforms/openai.h: the OpenAI dialect (client side) and wire format (provider side).
 *
 * JSON in this file is written with single quotes for readability; q() turns them into
 * double quotes before parsing (no test text needs an apostrophe). */
#include "tests/unit/unit.h"

#include "tests/unit/quoted_json.h"
#include "transforms/client_decode.h"
#include "transforms/openai.h"

static const char canary[] = "QZXCANARYQZX";

/* ---- helpers ---- */

static bool decode(struct fixture *fixture, const char *body)
{
    return decode_with(fixture, &openai_dialect, body);
}

static struct canon_request *decode_ok(struct fixture *fixture, const char *body)
{
    if (!decode(fixture, body)) {
        fail_msg("refused (%s: %s): %s", fixture->error.param, fixture->error.message, body);
    }
    return &fixture->request;
}

static void assert_refused(struct fixture *fixture, const char *body, const char *param)
{
    if (decode(fixture, body)) {
        fail_msg("accepted, expected a 400 naming '%s': %s", param, body);
    }
    assert_int_equal(fixture->error.status, 400);
    assert_string_equal(fixture->error.type, "invalid_request_error");
    if (strcmp(fixture->error.param, param) != 0) {
        fail_msg("param is '%s', expected '%s' (message: %s) for %s", fixture->error.param, param,
                 fixture->error.message, body);
    }
    assert_true(fixture->error.message[0] != '\0');
    assert_null(strchr(fixture->error.message, '\n'));
    assert_null(strstr(fixture->error.message, canary));
    /* One style for every refusal (transforms/client_decode.h): 'path' first, then what is wrong. */
    char quoted[sizeof fixture->error.param + 3];
    snprintf(quoted, sizeof quoted, "'%s' ", param);
    if (param[0] != '\0' && strncmp(fixture->error.message, quoted, strlen(quoted)) != 0) {
        fail_msg("message '%s' does not begin with %s", fixture->error.message, quoted);
    }
}

static const struct canon_part *part_of(const struct canon_request *request, size_t message, size_t part)
{
    assert_true(message < request->message_count);
    assert_true(part < request->messages[message].part_count);
    return &request->messages[message].parts[part];
}

/* The decoded request encoded for the wire, parsed back. */
static struct json_value *encode_wire(struct fixture *fixture, const char *model)
{
    buffer_reset(&fixture->out);
    if (!openai_wire.encode_request(&fixture->out, &fixture->request, slice_of(model, strlen(model)), &fixture->error)) {
        fail_msg("encode_request refused: %s", fixture->error.message);
    }
    return parse_out(fixture);
}

static const struct json_value *member(const struct json_value *object, const char *key)
{
    const struct json_value *value = json_get(object, key);
    if (value == NULL) {
        fail_msg("no member '%s'", key);
    }
    return value;
}

static const struct json_value *item(const struct json_value *array, size_t index)
{
    assert_true(json_is(array, JSON_ARRAY));
    assert_true(index < array->array.count);
    return array->array.items[index];
}

static void assert_json_string(const struct json_value *value, const char *expected)
{
    assert_true(json_is(value, JSON_STRING));
    assert_string_equal(value->string.text, expected);
}

static void assert_json_integer(const struct json_value *value, long long expected)
{
    long long number;
    assert_true(json_number_integer(value, &number));
    assert_int_equal(number, expected);
}

#define USER "{'role':'user','content':'hi'}"

/* ---- decoding client requests ---- */

static void decodes_a_minimal_request(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture, "{'model':'openai/gpt-4o','messages':[" USER "]}");
    assert_slice(request->model, "openai/gpt-4o");
    assert_int_equal(request->message_count, 1);
    assert_int_equal(request->messages[0].role, ROLE_USER);
    assert_int_equal(request->messages[0].part_count, 1);
    assert_int_equal(part_of(request, 0, 0)->type, PART_TEXT);
    assert_slice(part_of(request, 0, 0)->text, "hi");
    assert_false(request->stream);
    assert_false(request->include_usage);
    assert_false(request->temperature.set);
    assert_int_equal(request->max_tokens, 0);
    assert_int_equal(request->parallel_tool_calls, -1);
    assert_int_equal(request->tool_choice, TOOL_CHOICE_UNSET);
    assert_int_equal(request->response_format, RESPONSE_FORMAT_UNSET);
    assert_int_equal(request->stop_count, 0);
}

static void decodes_roles_names_and_escaped_text(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[{'role':'system','content':'sys'},{'role':'developer','content':'dev'},"
        "{'role':'user','name':'ann','content':'mail me: a\\u0040b.com \\ud83c\\udf89'}]}");
    assert_int_equal(request->message_count, 3);
    assert_int_equal(request->messages[0].role, ROLE_SYSTEM);
    assert_int_equal(request->messages[1].role, ROLE_DEVELOPER);
    assert_int_equal(request->messages[2].role, ROLE_USER);
    assert_slice(request->messages[2].name, "ann");
    assert_null(request->messages[0].name.ptr);
    assert_slice(part_of(request, 2, 0)->text, "mail me: a@b.com \xf0\x9f\x8e\x89");   /* decoded */
}

static void decodes_text_and_image_parts(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[{'role':'user','content':["
        "{'type':'text','text':'look'},"
        "{'type':'image_url','image_url':{'url':'https://example.com/cat.png','detail':'high'}},"
        "{'type':'image_url','image_url':{'url':'data:image/png;base64,iVBORw0KGgo='}},"
        "{'type':'text','text':'and this'}]}]}");
    assert_int_equal(request->messages[0].part_count, 4);
    assert_int_equal(part_of(request, 0, 0)->type, PART_TEXT);
    assert_slice(part_of(request, 0, 0)->text, "look");
    assert_int_equal(part_of(request, 0, 1)->type, PART_IMAGE);
    assert_slice(part_of(request, 0, 1)->image_url, "https://example.com/cat.png");
    assert_slice(part_of(request, 0, 1)->image_detail, "high");
    assert_int_equal(part_of(request, 0, 2)->type, PART_IMAGE);
    assert_slice(part_of(request, 0, 2)->image_url, "data:image/png;base64,iVBORw0KGgo=");
    assert_int_equal(part_of(request, 0, 2)->image_detail.len, 0);
    assert_slice(part_of(request, 0, 3)->text, "and this");
}

static void decodes_tool_calls_and_tool_results(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[" USER ","
        "{'role':'assistant','content':null,'tool_calls':["
        "{'id':'call_1','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}},"
        "{'id':'call_2','type':'function','function':{'name':'get_time','arguments':'{}'}}]},"
        "{'role':'tool','tool_call_id':'call_1','content':'21 C'},"
        "{'role':'tool','tool_call_id':'call_2','content':[{'type':'text','text':'12:'},{'type':'text','text':'00'}]},"
        "{'role':'assistant','content':'Let me check.','tool_calls':["
        "{'id':'call_3','type':'function','function':{'name':'f','arguments':''}}]}]}");
    assert_int_equal(request->message_count, 5);
    const struct canon_message *assistant = &request->messages[1];
    assert_int_equal(assistant->role, ROLE_ASSISTANT);
    assert_int_equal(assistant->part_count, 2);
    assert_int_equal(assistant->parts[0].type, PART_TOOL_CALL);
    assert_slice(assistant->parts[0].tool_call_id, "call_1");
    assert_slice(assistant->parts[0].tool_name, "get_weather");
    assert_slice(assistant->parts[0].tool_arguments, "{\"city\":\"Paris\"}");
    assert_slice(assistant->parts[1].tool_call_id, "call_2");
    assert_int_equal(request->messages[2].role, ROLE_TOOL);
    assert_int_equal(part_of(request, 2, 0)->type, PART_TOOL_RESULT);
    assert_slice(part_of(request, 2, 0)->tool_call_id, "call_1");
    assert_slice(part_of(request, 2, 0)->text, "21 C");
    assert_slice(part_of(request, 3, 0)->text, "12:00");           /* text parts joined */
    const struct canon_message *mixed = &request->messages[4];
    assert_int_equal(mixed->part_count, 2);
    assert_int_equal(mixed->parts[0].type, PART_TEXT);
    assert_slice(mixed->parts[0].text, "Let me check.");
    assert_int_equal(mixed->parts[1].type, PART_TOOL_CALL);
    assert_slice(mixed->parts[1].tool_arguments, "");
}

static void decodes_tools_and_every_tool_choice(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[" USER "],'parallel_tool_calls':false,'tools':["
        "{'type':'function','function':{'name':'get_weather','description':'Weather by city',"
        "'parameters':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']},'strict':true}},"
        "{'type':'function','function':{'name':'noop'}}],'tool_choice':'required'}");
    assert_int_equal(request->tool_count, 2);
    assert_slice(request->tools[0].name, "get_weather");
    assert_slice(request->tools[0].description, "Weather by city");
    assert_non_null(request->tools[0].parameters);
    assert_json_q(fixture, request->tools[0].parameters,
                        "{'type':'object','properties':{'city':{'type':'string'}},'required':['city']}");
    assert_int_equal(request->tools[0].strict, 1);
    assert_slice(request->tools[1].name, "noop");
    assert_null(request->tools[1].description.ptr);
    assert_null(request->tools[1].parameters);
    assert_int_equal(request->tools[1].strict, -1);
    assert_int_equal(request->tool_choice, TOOL_CHOICE_REQUIRED);
    assert_int_equal(request->parallel_tool_calls, 0);

    static const struct { const char *choice; enum tool_choice_mode mode; } choices[] = {
        { "'auto'", TOOL_CHOICE_AUTO },
        { "'none'", TOOL_CHOICE_NONE },
        { "'required'", TOOL_CHOICE_REQUIRED },
        { "{'type':'function','function':{'name':'noop'}}", TOOL_CHOICE_FUNCTION },
        { "null", TOOL_CHOICE_UNSET },
    };
    for (size_t i = 0; i < sizeof choices / sizeof choices[0]; i++) {
        char body[256];
        snprintf(body, sizeof body,
                 "{'model':'m','messages':[" USER "],'tools':[{'type':'function','function':{'name':'noop'}}],"
                 "'tool_choice':%s}", choices[i].choice);
        request = decode_ok(fixture, body);
        assert_int_equal(request->tool_choice, choices[i].mode);
        if (choices[i].mode == TOOL_CHOICE_FUNCTION) {
            assert_slice(request->tool_choice_name, "noop");
        }
    }
}

static void decodes_response_formats(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[" USER "],'response_format':{'type':'json_schema','json_schema':"
        "{'name':'weather','strict':true,'schema':{'type':'object','properties':{'t':{'type':'number'}}}}}}");
    assert_int_equal(request->response_format, RESPONSE_FORMAT_JSON_SCHEMA);
    assert_json_q(fixture, request->json_schema,
                        "{'name':'weather','strict':true,'schema':{'type':'object','properties':{'t':{'type':'number'}}}}");
    request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'response_format':{'type':'json_object'}}");
    assert_int_equal(request->response_format, RESPONSE_FORMAT_JSON_OBJECT);
    request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'response_format':{'type':'text'}}");
    assert_int_equal(request->response_format, RESPONSE_FORMAT_TEXT);
}

static void decodes_sampling_limits_and_stops(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[" USER "],'temperature':0.7,'top_p':1,'presence_penalty':-2,"
        "'frequency_penalty':2,'max_tokens':256,'seed':-5,'stop':'END','reasoning_effort':'low'}");
    assert_true(request->temperature.set && request->temperature.value == 0.7);
    assert_true(request->top_p.set && request->top_p.value == 1.0);
    assert_true(request->presence_penalty.set && request->presence_penalty.value == -2.0);
    assert_true(request->frequency_penalty.set && request->frequency_penalty.value == 2.0);
    assert_int_equal(request->max_tokens, 256);
    assert_true(request->has_seed);
    assert_int_equal(request->seed, -5);
    assert_int_equal(request->stop_count, 1);
    assert_slice(request->stop[0], "END");
    assert_slice(request->reasoning_effort, "low");

    request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'max_completion_tokens':99,"
                                 "'stop':['a','\\n\\n','c','d'],'temperature':0}");
    assert_int_equal(request->max_tokens, 99);
    assert_int_equal(request->stop_count, 4);
    assert_slice(request->stop[1], "\n\n");
    assert_slice(request->stop[3], "d");
    assert_true(request->temperature.set && request->temperature.value == 0.0);
    request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'stop':[]}");
    assert_int_equal(request->stop_count, 0);
}

static void decodes_stream_options(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[" USER "],'stream':true,'stream_options':{'include_usage':true}}");
    assert_true(request->stream);
    assert_true(request->include_usage);
    request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'stream':true,'stream_options':{'include_usage':false}}");
    assert_true(request->stream);
    assert_false(request->include_usage);
    request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'stream':false,'stream_options':{}}");
    assert_false(request->stream);
    assert_false(request->include_usage);
}

/* Fields that do not change the answer are accepted and not forwarded; null means unset. */
static void accepts_ignored_and_null_fields(void **state)
{
    struct fixture *fixture = *state;
    struct canon_request *request = decode_ok(fixture,
        "{'model':'m','messages':[" USER "],'user':'u-123','metadata':{'k':'v'},'store':true,"
        "'service_tier':'auto','safety_identifier':'s','prompt_cache_key':'p',"
        "'stream':null,'stream_options':null,'temperature':null,'top_p':null,'max_tokens':null,"
        "'seed':null,'n':null,'stop':null,'tools':null,'tool_choice':null,'parallel_tool_calls':null,"
        "'response_format':null,'reasoning_effort':null}");
    assert_false(request->stream);
    assert_false(request->temperature.set);
    assert_int_equal(request->max_tokens, 0);
    assert_false(request->has_seed);
    assert_int_equal(request->tool_count, 0);
    assert_int_equal(request->parallel_tool_calls, -1);
    decode_ok(fixture, "{'model':'m','messages':[" USER "],'n':1}");
}

static void refuses_wrong_types_naming_the_field(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body; const char *param; } cases[] = {
        { "{'model':5,'messages':[" USER "]}", "model" },
        { "{'model':'m','messages':{}}", "messages" },
        { "{'model':'m','messages':[" USER ",7]}", "messages[1]" },
        { "{'model':'m','messages':[" USER ",{'role':'user','content':42}]}", "messages[1].content" },
        { "{'model':'m','messages':[" USER ",{'role':'user','content':{'text':'x'}}]}", "messages[1].content" },
        { "{'model':'m','messages':[{'role':'user','content':null}]}", "messages[0].content" },
        { "{'model':'m','messages':[{'role':'user'}]}", "messages[0].content" },
        { "{'model':'m','messages':[{'content':'x'}]}", "messages[0].role" },
        { "{'model':'m','messages':[{'role':1,'content':'x'}]}", "messages[0].role" },
        { "{'model':'m','messages':[{'role':'robot','content':'x'}]}", "messages[0].role" },
        { "{'model':'m','messages':[{'role':'user','name':3,'content':'x'}]}", "messages[0].name" },
        { "{'model':'m','messages':[{'role':'user','content':['x']}]}", "messages[0].content[0]" },
        { "{'model':'m','messages':[{'role':'user','content':[{'text':'x'}]}]}", "messages[0].content[0].type" },
        { "{'model':'m','messages':[{'role':'user','content':[{'type':'input_audio'}]}]}", "messages[0].content[0].type" },
        { "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':1}]}]}", "messages[0].content[0].text" },
        { "{'model':'m','messages':[{'role':'user','content':[{'type':'image_url','image_url':'u'}]}]}",
          "messages[0].content[0].image_url" },
        { "{'model':'m','messages':[{'role':'user','content':[{'type':'text','text':'a'},{'type':'image_url','image_url':{}}]}]}",
          "messages[0].content[1].image_url.url" },
        { "{'model':'m','messages':[{'role':'user','content':[{'type':'image_url','image_url':{'url':'u','detail':1}}]}]}",
          "messages[0].content[0].image_url.detail" },
        /* Images only where OpenAI takes them: not in system or assistant turns. */
        { "{'model':'m','messages':[{'role':'system','content':[{'type':'image_url','image_url':{'url':'u'}}]}," USER "]}",
          "messages[0].content[0].type" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','content':null}]}", "messages[1].content" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','content':null,'tool_calls':{}}]}", "messages[1].tool_calls" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','tool_calls':[5]}]}", "messages[1].tool_calls[0]" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','tool_calls':[{'function':{'name':'f','arguments':'{}'}}]}]}",
          "messages[1].tool_calls[0].id" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','tool_calls':[{'id':'c'}]}]}",
          "messages[1].tool_calls[0].function" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','tool_calls':[{'id':'c','function':{'arguments':'{}'}}]}]}",
          "messages[1].tool_calls[0].function.name" },
        { "{'model':'m','messages':[" USER ",{'role':'assistant','tool_calls':[{'id':'c','function':{'name':'f','arguments':{}}}]}]}",
          "messages[1].tool_calls[0].function.arguments" },
        { "{'model':'m','messages':[" USER ",{'role':'tool','content':'r'}]}", "messages[1].tool_call_id" },
        { "{'model':'m','messages':[" USER ",{'role':'tool','tool_call_id':'c'}]}", "messages[1].content" },
        { "{'model':'m','messages':[" USER "],'temperature':'hot'}", "temperature" },
        { "{'model':'m','messages':[" USER "],'top_p':true}", "top_p" },
        { "{'model':'m','messages':[" USER "],'presence_penalty':[1]}", "presence_penalty" },
        { "{'model':'m','messages':[" USER "],'max_tokens':'10'}", "max_tokens" },
        { "{'model':'m','messages':[" USER "],'max_tokens':1.5}", "max_tokens" },
        { "{'model':'m','messages':[" USER "],'max_completion_tokens':{}}", "max_completion_tokens" },
        { "{'model':'m','messages':[" USER "],'seed':'7'}", "seed" },
        { "{'model':'m','messages':[" USER "],'stream':'yes'}", "stream" },
        { "{'model':'m','messages':[" USER "],'stream_options':true}", "stream_options" },
        { "{'model':'m','messages':[" USER "],'stream_options':{'include_usage':'yes'}}", "stream_options.include_usage" },
        { "{'model':'m','messages':[" USER "],'stop':5}", "stop" },
        { "{'model':'m','messages':[" USER "],'stop':['a',1]}", "stop" },
        { "{'model':'m','messages':[" USER "],'tools':{}}", "tools" },
        { "{'model':'m','messages':[" USER "],'tools':['f']}", "tools[0]" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'retrieval'}]}", "tools[0].type" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'function'}]}", "tools[0].function" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'function','function':{}}]}", "tools[0].function.name" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'function','function':{'name':'f'}},"
          "{'type':'function','function':{'name':'g','parameters':'{}'}}]}", "tools[1].function.parameters" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'function','function':{'name':'f','description':2}}]}",
          "tools[0].function.description" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'function','function':{'name':'f','strict':'yes'}}]}",
          "tools[0].function.strict" },
        { "{'model':'m','messages':[" USER "],'tool_choice':'sometimes'}", "tool_choice" },
        { "{'model':'m','messages':[" USER "],'tool_choice':{'type':'function'}}", "tool_choice" },
        { "{'model':'m','messages':[" USER "],'tool_choice':3}", "tool_choice" },
        { "{'model':'m','messages':[" USER "],'parallel_tool_calls':1}", "parallel_tool_calls" },
        { "{'model':'m','messages':[" USER "],'response_format':'json'}", "response_format" },
        { "{'model':'m','messages':[" USER "],'response_format':{}}", "response_format.type" },
        { "{'model':'m','messages':[" USER "],'response_format':{'type':'xml'}}", "response_format.type" },
        { "{'model':'m','messages':[" USER "],'response_format':{'type':'json_schema'}}", "response_format.json_schema" },
        { "{'model':'m','messages':[" USER "],'reasoning_effort':1}", "reasoning_effort" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_refused(fixture, cases[i].body, cases[i].param);
    }
}

static void refuses_out_of_range_values(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body; const char *param; } cases[] = {
        { "{'model':'m','messages':[" USER "],'temperature':2.5}", "temperature" },
        { "{'model':'m','messages':[" USER "],'temperature':-0.1}", "temperature" },
        { "{'model':'m','messages':[" USER "],'top_p':1.5}", "top_p" },
        { "{'model':'m','messages':[" USER "],'frequency_penalty':-3}", "frequency_penalty" },
        { "{'model':'m','messages':[" USER "],'max_tokens':0}", "max_tokens" },
        { "{'model':'m','messages':[" USER "],'max_completion_tokens':-1}", "max_completion_tokens" },
        { "{'model':'m','messages':[" USER "],'max_tokens':99999999999999999999}", "max_tokens" },
        { "{'model':'m','messages':[" USER "],'n':129}", "n" },
        { "{'model':'m','messages':[" USER "],'n':2,'stream':true}", "n" },
        { "{'model':'m','messages':[" USER "],'logprobs':true,'top_logprobs':21}", "top_logprobs" },
        { "{'model':'m','messages':[" USER "],'top_logprobs':2}", "top_logprobs" },
        { "{'model':'m','messages':[" USER "],'logit_bias':{'12':101}}", "logit_bias" },
        { "{'model':'m','messages':[" USER "],'logit_bias':{'x1':1}}", "logit_bias" },
        { "{'model':'m','messages':[" USER "],'n':0}", "n" },
        { "{'model':'m','messages':[" USER "],'n':'1'}", "n" },
        { "{'model':'m','messages':[" USER "],'stop':['a','b','c','d','e']}", "stop" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_refused(fixture, cases[i].body, cases[i].param);
    }
}

/* A number too large for a double is out of range like any other: refused, not dropped. */
static void refuses_numbers_beyond_double_range(void **state)
{
    struct fixture *fixture = *state;
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'temperature':1e400}", "temperature");
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'top_p':-1e400}", "top_p");
}

/* A key with an escaped NUL is another key, not the field it starts like: "stop\u0000"
 * beside "stop" once decoded as a second stop list and wrote past the request's four
 * slots. */
static void a_key_with_a_nul_is_not_the_field_it_starts_like(void **state)
{
    struct fixture *fixture = *state;
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'stop':['a','b','c','d'],"
                            "'stop\\u0000':['e','f','g','h']}", "stop");
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'stream\\u0000x':true}", "stream");
    struct canon_request *request = decode_ok(fixture, "{'model':'m','messages':[" USER "],'stop':['a','b','c','d']}");
    assert_int_equal(request->stop_count, 4);
}

static void refuses_missing_and_unknown_fields(void **state)
{
    struct fixture *fixture = *state;
    assert_refused(fixture, "{'messages':[" USER "]}", "model");
    assert_refused(fixture, "{'model':'m'}", "messages");
    assert_refused(fixture, "{'model':'m','messages':[]}", "messages");
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'frobnicate':1}", "frobnicate");
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'logprobs':'true'}", "logprobs");
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'functions':[]}", "functions");
    assert_refused(fixture, "[1]", "");
    assert_refused(fixture, "'just a string'", "");
    /* The unknown field is named even when it comes first. */
    assert_refused(fixture, "{'zzz':null,'model':'m','messages':[" USER "]}", "zzz");
    /* A field given twice: the second would add to the first (found by fuzzing). */
    assert_refused(fixture, "{'model':'m','messages':[" USER "],'stop':['a','b','c','d'],'stop':['e','f','g','h']}",
                   "stop");
    assert_refused(fixture, "{'model':'m','model':'n','messages':[" USER "]}", "model");
}

/* The message names the field, never its value. */
static void errors_never_quote_values(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *body; const char *param; } cases[] = {
        { "{'model':'m','messages':[{'role':'QZXCANARYQZX','content':'x'}]}", "messages[0].role" },
        { "{'model':'m','messages':[" USER "],'tool_choice':'QZXCANARYQZX'}", "tool_choice" },
        { "{'model':'m','messages':[" USER "],'temperature':'QZXCANARYQZX'}", "temperature" },
        { "{'model':'m','messages':[" USER "],'response_format':{'type':'QZXCANARYQZX'}}", "response_format.type" },
        { "{'model':'m','messages':[{'role':'user','content':[{'type':'QZXCANARYQZX'}]}]}", "messages[0].content[0].type" },
        { "{'model':'m','messages':[" USER "],'tools':[{'type':'QZXCANARYQZX'}]}", "tools[0].type" },
        { "{'model':'m','messages':[" USER "],'stop':['QZXCANARYQZX',1]}", "stop" },
        { "{'model':'m','messages':[" USER "],'max_tokens':'QZXCANARYQZX'}", "max_tokens" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_refused(fixture, cases[i].body, cases[i].param);      /* checks for the canary */
    }
}

/* ---- encoding for the provider ---- */

static void encodes_valid_json_with_the_providers_model(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, "{'model':'default','messages':[{'role':'system','content':'be brief'}," USER "]}");
    struct json_value *wire = encode_wire(fixture, "gpt-4o-mini-2024-07-18");
    assert_json_string(member(wire, "model"), "gpt-4o-mini-2024-07-18");
    assert_json_q(fixture, member(wire, "messages"),
                        "[{'role':'system','content':'be brief'},{'role':'user','content':'hi'}]");
    assert_null(json_get(wire, "stream"));
    assert_null(json_get(wire, "stream_options"));
    assert_null(json_get(wire, "temperature"));
    assert_null(json_get(wire, "tools"));

    struct buffer url;
    buffer_init(&url, &fixture->arena, 64);
    openai_wire.build_url(&url, "https://api.groq.com/openai/v1", SLICE_LITERAL("m"),
                          &(struct canon_request){.stream = true});
    assert_string_equal(url.data, "https://api.groq.com/openai/v1/chat/completions");
    buffer_reset(&url);
    openai_wire.build_url(&url, "http://127.0.0.1:9001/v1/", SLICE_LITERAL("m"), &(struct canon_request){0});
    assert_string_equal(url.data, "http://127.0.0.1:9001/v1/chat/completions");
}

/* lethe always asks a streaming provider for usage, whatever the client asked. */
static void streaming_asks_for_usage(void **state)
{
    struct fixture *fixture = *state;
    static const char *const bodies[] = {
        "{'model':'m','messages':[" USER "],'stream':true}",
        "{'model':'m','messages':[" USER "],'stream':true,'stream_options':{'include_usage':false}}",
        "{'model':'m','messages':[" USER "],'stream':true,'stream_options':{'include_usage':true}}",
    };
    for (size_t i = 0; i < 3; i++) {
        decode_ok(fixture, bodies[i]);
        struct json_value *wire = encode_wire(fixture, "m");
        assert_true(json_is(member(wire, "stream"), JSON_BOOL) && member(wire, "stream")->boolean);
        const struct json_value *usage = member(member(wire, "stream_options"), "include_usage");
        assert_true(json_is(usage, JSON_BOOL) && usage->boolean);
    }
}

static void numbers_are_sent_exactly(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, "{'model':'m','messages':[" USER "],'temperature':0.7,'top_p':0.1,"
                       "'presence_penalty':-1.5,'frequency_penalty':0.3,'max_tokens':1024,'seed':9007199254740993}");
    struct json_value *wire = encode_wire(fixture, "m");
    assert_string_equal(member(wire, "temperature")->number.text, "0.7");
    assert_string_equal(member(wire, "top_p")->number.text, "0.1");
    assert_string_equal(member(wire, "presence_penalty")->number.text, "-1.5");
    assert_string_equal(member(wire, "frequency_penalty")->number.text, "0.3");
    assert_string_equal(member(wire, "max_tokens")->number.text, "1024");
    assert_string_equal(member(wire, "seed")->number.text, "9007199254740993");
    decode_ok(fixture, "{'model':'m','messages':[" USER "],'temperature':0,'max_completion_tokens':5}");
    wire = encode_wire(fixture, "m");
    assert_string_equal(member(wire, "temperature")->number.text, "0");
    assert_json_integer(member(wire, "max_tokens"), 5);
}

static void tools_calls_results_and_images_survive(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture,
        "{'model':'m','messages':["
        "{'role':'user','content':[{'type':'text','text':'what is it?'},"
        "{'type':'image_url','image_url':{'url':'https://example.com/a.png','detail':'low'}}]},"
        "{'role':'assistant','content':null,'tool_calls':[{'id':'call_1','type':'function',"
        "'function':{'name':'lookup','arguments':'{\\'q\\':\\'cat\\'}'}}]},"
        "{'role':'tool','tool_call_id':'call_1','content':'a cat'}],"
        "'tools':[{'type':'function','function':{'name':'lookup','parameters':{'type':'object'},'strict':false}}],"
        "'tool_choice':{'type':'function','function':{'name':'lookup'}},'parallel_tool_calls':true,"
        "'stop':['x','y'],'response_format':{'type':'json_object'},'reasoning_effort':'high'}");
    struct json_value *wire = encode_wire(fixture, "m");
    assert_json_q(fixture, member(wire, "messages"),
        "[{'role':'user','content':[{'type':'text','text':'what is it?'},"
        "{'type':'image_url','image_url':{'url':'https://example.com/a.png','detail':'low'}}]},"
        "{'role':'assistant','content':null,'tool_calls':[{'id':'call_1','type':'function',"
        "'function':{'name':'lookup','arguments':'{\\'q\\':\\'cat\\'}'}}]},"
        "{'role':'tool','tool_call_id':'call_1','content':'a cat'}]");
    assert_json_q(fixture, member(wire, "tools"),
        "[{'type':'function','function':{'name':'lookup','parameters':{'type':'object'},'strict':false}}]");
    assert_json_q(fixture, member(wire, "tool_choice"), "{'type':'function','function':{'name':'lookup'}}");
    assert_true(member(wire, "parallel_tool_calls")->boolean);
    assert_json_q(fixture, member(wire, "stop"), "['x','y']");
    assert_json_q(fixture, member(wire, "response_format"), "{'type':'json_object'}");
    assert_json_string(member(wire, "reasoning_effort"), "high");
}

static void ignored_fields_do_not_leave(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, "{'model':'m','messages':[" USER "],'user':'QZXCANARYQZX','metadata':{'QZXCANARYQZX':1},"
                       "'store':true,'safety_identifier':'QZXCANARYQZX','n':1}");
    struct json_value *wire = encode_wire(fixture, "m");
    assert_null(strstr(fixture->out.data, canary));
    assert_null(json_get(wire, "user"));
    assert_null(json_get(wire, "store"));
    assert_null(json_get(wire, "metadata"));
    assert_null(json_get(wire, "n"));
}

static void refuses_what_it_cannot_send(void **state)
{
    struct fixture *fixture = *state;
    decode_ok(fixture, "{'model':'m','messages':[" USER "]}");
    fixture->request.top_k = 40;                  /* only the Anthropic dialect can set it */
    buffer_reset(&fixture->out);
    assert_false(openai_wire.encode_request(&fixture->out, &fixture->request, SLICE_LITERAL("m"), &fixture->error));
    assert_int_equal(fixture->error.status, 400);
    assert_string_equal(fixture->error.param, "top_k");
}

/* A client request in the shape OpenAI documents comes out for the provider with the same
 * messages and parameters: only the model changes, and ignored fields are gone. */
static void golden_round_trip(void **state)
{
    struct fixture *fixture = *state;
    static const char client[] =
        "{'model':'default','stream':true,'stream_options':{'include_usage':true},"
        "'messages':["
        "{'role':'system','content':'You are terse.'},"
        "{'role':'developer','content':'Answer in German.'},"
        "{'role':'user','name':'ann','content':'Gr\\u00fc\\u00dfe \\u0040 \\u6771\\u4eac \\ud83c\\udf89 \\'q\\' \\\\ \\n \\u0001'},"
        "{'role':'user','content':[{'type':'text','text':'what is this?'},"
        "{'type':'image_url','image_url':{'url':'https://example.com/a.png','detail':'high'}}]},"
        "{'role':'assistant','content':null,'tool_calls':[{'id':'call_1','type':'function',"
        "'function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}}]},"
        "{'role':'tool','tool_call_id':'call_1','content':'{\\'temp\\':21}'},"
        "{'role':'assistant','content':'Es sind 21 \\u00b0C.'},"
        "{'role':'user','content':'danke'}],"
        "'temperature':0.7,'top_p':0.9,'presence_penalty':-0.5,'frequency_penalty':0.25,'max_tokens':256,"
        "'seed':7,'stop':['\\n\\n','END'],"
        "'tools':[{'type':'function','function':{'name':'get_weather','description':'Weather by city',"
        "'parameters':{'type':'object','properties':{'city':{'type':'string'}},'required':['city']},'strict':true}}],"
        "'tool_choice':'auto','parallel_tool_calls':false,"
        "'response_format':{'type':'json_schema','json_schema':{'name':'w','schema':{'type':'object'},'strict':true}},"
        "'reasoning_effort':'low','user':'u-1','metadata':{'k':'v'},'store':true}";
    struct json_value *original = parse_q(fixture, client);
    decode_ok(fixture, client);
    struct json_value *wire = encode_wire(fixture, "gpt-4o-2024-08-06");
    assert_json_string(member(wire, "model"), "gpt-4o-2024-08-06");
    static const char *const dropped[] = { "model", "user", "metadata", "store" };
    for (size_t i = 0; i < original->object.count; i++) {
        const char *key = original->object.members[i].key;
        bool skip = false;
        for (size_t j = 0; j < sizeof dropped / sizeof dropped[0]; j++) {
            skip = skip || strcmp(key, dropped[j]) == 0;
        }
        if (skip) {
            assert_true(strcmp(key, "model") == 0 || json_get(wire, key) == NULL);
            continue;
        }
        if (!json_testing_equal(original->object.members[i].value, json_get(wire, key))) {
            fail_msg("'%s' differs on the wire: %s", key, fixture->out.data);
        }
    }
    for (size_t i = 0; i < wire->object.count; i++) {
        if (json_get(original, wire->object.members[i].key) == NULL) {
            fail_msg("the wire has '%s', the client did not send it", wire->object.members[i].key);
        }
    }
}

/* ---- provider answers ---- */

static bool decode_answer(struct fixture *fixture, const char *body, struct canon_response *response)
{
    const char *text = q(fixture, body);
    memset(&fixture->error, 0, sizeof fixture->error);
    return openai_wire.decode_response(&fixture->arena, text, strlen(text), response, &fixture->error);
}

static void decodes_a_text_answer(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response;
    assert_true(decode_answer(fixture,
        "{'id':'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT','object':'chat.completion','created':1741569952,"
        "'model':'gpt-4o-2024-08-06','choices':[{'index':0,'message':{'role':'assistant',"
        "'content':'Hello! \\u00bfQu\\u00e9 tal? \\ud83c\\udf89','refusal':null,'annotations':[]},"
        "'logprobs':null,'finish_reason':'stop'}],'service_tier':'default'}", &response));
    assert_slice(response.id, "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
    assert_slice(response.model, "gpt-4o-2024-08-06");
    assert_int_equal(response.created, 1741569952);
    assert_slice(response.text, "Hello! ¿Qué tal? 🎉");
    assert_null(response.refusal.ptr);
    assert_int_equal(response.tool_call_count, 0);
    assert_int_equal(response.finish, FINISH_STOP);
    assert_false(response.usage.present);
}

static void decodes_an_answer_with_tool_calls(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response;
    assert_true(decode_answer(fixture,
        "{'id':'c','object':'chat.completion','created':1,'model':'gpt','choices':[{'index':0,'message':"
        "{'role':'assistant','content':null,'tool_calls':["
        "{'id':'call_a','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}},"
        "{'id':'call_b','type':'function','function':{'name':'get_time','arguments':'{}'}}]},"
        "'finish_reason':'tool_calls'}]}", &response));
    assert_null(response.text.ptr);
    assert_int_equal(response.tool_call_count, 2);
    assert_slice(response.tool_calls[0].id, "call_a");
    assert_slice(response.tool_calls[0].name, "get_weather");
    assert_slice(response.tool_calls[0].arguments, "{\"city\":\"Paris\"}");
    assert_slice(response.tool_calls[1].id, "call_b");
    assert_slice(response.tool_calls[1].arguments, "{}");
    assert_int_equal(response.finish, FINISH_TOOL_CALLS);
}

static void decodes_usage_with_details(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response;
    assert_true(decode_answer(fixture,
        "{'id':'c','choices':[{'message':{'content':'ok'},'finish_reason':'length'}],"
        "'usage':{'prompt_tokens':1200,'completion_tokens':300,'total_tokens':1500,"
        "'prompt_tokens_details':{'cached_tokens':1024,'audio_tokens':0},"
        "'completion_tokens_details':{'reasoning_tokens':256,'audio_tokens':0}}}", &response));
    assert_true(response.usage.present);
    assert_int_equal(response.usage.prompt_tokens, 1200);
    assert_int_equal(response.usage.completion_tokens, 300);
    assert_int_equal(response.usage.total_tokens, 1500);
    assert_int_equal(response.usage.cached_tokens, 1024);
    assert_int_equal(response.usage.reasoning_tokens, 256);
    assert_int_equal(response.finish, FINISH_LENGTH);

    assert_true(decode_answer(fixture, "{'choices':[{'message':{'content':'ok'}}],"
                                       "'usage':{'prompt_tokens':3,'completion_tokens':4}}", &response));
    assert_int_equal(response.usage.total_tokens, 7);
    assert_int_equal(response.usage.cached_tokens, -1);
    assert_int_equal(response.usage.reasoning_tokens, -1);
    assert_int_equal(response.finish, FINISH_NONE);
}

static void maps_finish_reasons(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *name; enum finish_reason finish; } cases[] = {
        { "'stop'", FINISH_STOP }, { "'length'", FINISH_LENGTH }, { "'tool_calls'", FINISH_TOOL_CALLS },
        { "'function_call'", FINISH_TOOL_CALLS }, { "'content_filter'", FINISH_CONTENT_FILTER },
        { "'eos'", FINISH_STOP }, { "'something_new'", FINISH_STOP }, { "null", FINISH_NONE },
        { "'error'", FINISH_ERROR }, { "'insufficient_system_resource'", FINISH_ERROR },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char body[160];
        snprintf(body, sizeof body, "{'choices':[{'message':{'content':'x'},'finish_reason':%s}]}", cases[i].name);
        struct canon_response response;
        assert_true(decode_answer(fixture, body, &response));
        if (response.finish != cases[i].finish) {
            fail_msg("finish_reason %s mapped to %d, expected %d", cases[i].name, response.finish, cases[i].finish);
        }
    }
}

static void refuses_answers_that_are_not_completions(void **state)
{
    struct fixture *fixture = *state;
    static const char *const garbage[] = {
        "", "<html><body>502 Bad Gateway</body></html>", "not json", "{}", "[]", "null",
        "{'choices':[]}", "{'choices':{}}", "{'choices':[{}]}", "{'choices':[{'message':'hi'}]}",
        "{'error':{'message':'QZXCANARYQZX','type':'server_error'}}", "{'choices':[{'message':{}}]",
    };
    for (size_t i = 0; i < sizeof garbage / sizeof garbage[0]; i++) {
        struct canon_response response;
        if (decode_answer(fixture, garbage[i], &response)) {
            fail_msg("accepted %s", garbage[i]);
        }
        assert_int_equal(fixture->error.status, 502);
        assert_null(strstr(fixture->error.message, canary));
    }
}

/* ---- provider stream events ---- */

struct seen {
    struct canon_event events[16];
    size_t count;
    int stop_on_type;             /* return 9 from this event type; -1: never */
};

static int collect(void *context, const struct canon_event *event)
{
    struct seen *seen = context;
    assert_true(seen->count < 16);
    seen->events[seen->count++] = *event;
    return (int)event->type == seen->stop_on_type ? 9 : 0;
}

struct wire_stream {
    struct fixture *fixture;
    void *state;
    struct seen seen;
};

static void wire_stream_init(struct wire_stream *stream, struct fixture *fixture)
{
    memset(stream, 0, sizeof *stream);
    stream->fixture = fixture;
    stream->state = arena_calloc(&fixture->arena, 1, openai_wire.stream_state_size);
    stream->seen.stop_on_type = -1;
}

/* Decode one SSE event; the events it produced are in stream->seen. */
static int wire_event(struct wire_stream *stream, const char *name, const char *data)
{
    const char *text = q(stream->fixture, data);
    struct sse_event event = { .name = name, .name_len = strlen(name), .data = text, .data_len = strlen(text) };
    stream->seen.count = 0;
    return openai_wire.decode_stream_event(stream->state, &stream->fixture->arena, &event, collect, &stream->seen);
}

static void assert_seen_types(const struct seen *seen, const int *types, size_t count)
{
    if (seen->count != count) {
        fail_msg("%zu events, expected %zu", seen->count, count);
    }
    for (size_t i = 0; i < count; i++) {
        assert_int_equal(seen->events[i].type, types[i]);
    }
}

#define CHUNK_HEAD "{'id':'chatcmpl-A1','object':'chat.completion.chunk','created':1700000000,'model':'gpt-4o-mini-2024-07-18','system_fingerprint':'fp_1',"

static void role_chunk_starts_the_answer(void **state)
{
    struct fixture *fixture = *state;
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    assert_int_equal(wire_event(&stream, "", CHUNK_HEAD "'choices':[{'index':0,'delta':{'role':'assistant','content':'',"
                                             "'refusal':null},'logprobs':null,'finish_reason':null}]}"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_START }, 1);
    assert_slice(stream.seen.events[0].id, "chatcmpl-A1");
    assert_slice(stream.seen.events[0].model, "gpt-4o-mini-2024-07-18");
    /* START comes once. */
    assert_int_equal(wire_event(&stream, "", CHUNK_HEAD "'choices':[{'index':0,'delta':{'content':'Hi'},'finish_reason':null}]}"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_TEXT }, 1);
}

static void content_deltas_become_text(void **state)
{
    struct fixture *fixture = *state;
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    wire_event(&stream, "", CHUNK_HEAD "'choices':[{'index':0,'delta':{'role':'assistant','content':''},'finish_reason':null}]}");
    static const char *const pieces[] = { "Gr\\u00fc", "\\u00dfe ", "東京 🎉", "\\'quoted\\'\\n" };
    static const char *const decoded[] = { "Grü", "ße ", "東京 🎉", "\"quoted\"\n" };
    for (size_t i = 0; i < 4; i++) {
        char data[256];
        snprintf(data, sizeof data, CHUNK_HEAD "'choices':[{'index':0,'delta':{'content':'%s'},'logprobs':null,'finish_reason':null}]}", pieces[i]);
        assert_int_equal(wire_event(&stream, "", data), 0);
        assert_seen_types(&stream.seen, (int[]){ EVENT_TEXT }, 1);
        assert_slice(stream.seen.events[0].text, decoded[i]);
    }
    /* An empty or null content delta is no event. */
    assert_int_equal(wire_event(&stream, "", "{'choices':[{'index':0,'delta':{'content':''}}]}"), 0);
    assert_int_equal(stream.seen.count, 0);
    assert_int_equal(wire_event(&stream, "", "{'choices':[{'index':0,'delta':{'content':null}}]}"), 0);
    assert_int_equal(stream.seen.count, 0);
}

static void tool_call_deltas_become_tool_call_events(void **state)
{
    struct fixture *fixture = *state;
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    wire_event(&stream, "", CHUNK_HEAD "'choices':[{'index':0,'delta':{'role':'assistant','content':null},'finish_reason':null}]}");
    assert_int_equal(wire_event(&stream, "", CHUNK_HEAD "'choices':[{'index':0,'delta':{'tool_calls':[{'index':0,"
                                             "'id':'call_abc','type':'function','function':{'name':'get_weather','arguments':''}}]},"
                                             "'finish_reason':null}]}"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_TOOL_CALL }, 1);
    const struct canon_event *first = &stream.seen.events[0];
    assert_int_equal(first->tool_index, 0);
    assert_slice(first->tool_id, "call_abc");
    assert_slice(first->tool_name, "get_weather");
    assert_slice(first->tool_arguments, "");
    static const char *const fragments[] = { "{\\'ci", "ty\\':\\'Par", "is\\'}" };
    static const char *const decoded[] = { "{\"ci", "ty\":\"Par", "is\"}" };
    for (size_t i = 0; i < 3; i++) {
        char data[256];
        snprintf(data, sizeof data, "{'choices':[{'index':0,'delta':{'tool_calls':[{'index':0,'function':"
                                    "{'arguments':'%s'}}]},'finish_reason':null}]}", fragments[i]);
        assert_int_equal(wire_event(&stream, "", data), 0);
        assert_seen_types(&stream.seen, (int[]){ EVENT_TOOL_CALL }, 1);
        assert_int_equal(stream.seen.events[0].tool_index, 0);
        assert_null(stream.seen.events[0].tool_id.ptr);
        assert_null(stream.seen.events[0].tool_name.ptr);
        assert_slice(stream.seen.events[0].tool_arguments, decoded[i]);
    }
    /* A second call, and two calls in one delta keep their own indexes. */
    assert_int_equal(wire_event(&stream, "", "{'choices':[{'index':0,'delta':{'tool_calls':["
                                             "{'index':1,'id':'call_def','type':'function','function':{'name':'get_time','arguments':'{}'}},"
                                             "{'index':2,'id':'call_ghi','type':'function','function':{'name':'noop','arguments':''}}]}}]}"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_TOOL_CALL, EVENT_TOOL_CALL }, 2);
    assert_int_equal(stream.seen.events[0].tool_index, 1);
    assert_slice(stream.seen.events[0].tool_id, "call_def");
    assert_slice(stream.seen.events[0].tool_arguments, "{}");
    assert_int_equal(stream.seen.events[1].tool_index, 2);
    assert_slice(stream.seen.events[1].tool_name, "noop");
}

static void finish_reasons_become_finish_events(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *name; enum finish_reason finish; } cases[] = {
        { "stop", FINISH_STOP }, { "length", FINISH_LENGTH }, { "tool_calls", FINISH_TOOL_CALLS },
        { "content_filter", FINISH_CONTENT_FILTER }, { "function_call", FINISH_TOOL_CALLS },
        { "eos_token", FINISH_STOP }, { "brand_new_reason", FINISH_STOP },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct wire_stream stream;
        wire_stream_init(&stream, fixture);
        char data[256];
        snprintf(data, sizeof data, CHUNK_HEAD "'choices':[{'index':0,'delta':{},'logprobs':null,'finish_reason':'%s'}]}",
                 cases[i].name);
        assert_int_equal(wire_event(&stream, "", data), 0);
        assert_seen_types(&stream.seen, (int[]){ EVENT_START, EVENT_FINISH }, 2);
        if (stream.seen.events[1].finish != cases[i].finish) {
            fail_msg("finish_reason %s mapped to %d", cases[i].name, stream.seen.events[1].finish);
        }
    }
    /* Text and the finish in one chunk: the text first. */
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    wire_event(&stream, "", "{'choices':[{'index':0,'delta':{'content':'end.'},'finish_reason':'stop'}]}");
    assert_seen_types(&stream.seen, (int[]){ EVENT_START, EVENT_TEXT, EVENT_FINISH }, 3);
}

static void usage_chunk_becomes_usage(void **state)
{
    struct fixture *fixture = *state;
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    wire_event(&stream, "", CHUNK_HEAD "'choices':[{'index':0,'delta':{'role':'assistant','content':''}}]}");
    assert_int_equal(wire_event(&stream, "", CHUNK_HEAD "'choices':[],'usage':{'prompt_tokens':19,'completion_tokens':10,"
                                             "'total_tokens':29,'prompt_tokens_details':{'cached_tokens':3},"
                                             "'completion_tokens_details':{'reasoning_tokens':4}}}"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_USAGE }, 1);
    const struct canon_usage *usage = &stream.seen.events[0].usage;
    assert_true(usage->present);
    assert_int_equal(usage->prompt_tokens, 19);
    assert_int_equal(usage->completion_tokens, 10);
    assert_int_equal(usage->total_tokens, 29);
    assert_int_equal(usage->cached_tokens, 3);
    assert_int_equal(usage->reasoning_tokens, 4);
    /* "usage": null on ordinary chunks (include_usage) is no event. */
    assert_int_equal(wire_event(&stream, "", "{'choices':[{'index':0,'delta':{'content':'x'}}],'usage':null}"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_TEXT }, 1);
}

static void done_ends_the_stream(void **state)
{
    struct fixture *fixture = *state;
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    assert_int_equal(wire_event(&stream, "", "[DONE]"), 0);
    assert_seen_types(&stream.seen, (int[]){ EVENT_END }, 1);
}

/* The provider's error message may quote the prompt: it does not travel on. */
static void errors_in_the_stream_hide_the_providers_message(void **state)
{
    struct fixture *fixture = *state;
    static const struct { const char *name; const char *data; int status; } cases[] = {
        { "", "{'error':{'message':'QZXCANARYQZX is not allowed','type':'server_error','param':null,'code':null}}", 502 },
        { "", "{'error':{'message':'QZXCANARYQZX','type':'rate_limit','code':429}}", 429 },
        { "", "{'error':{'message':'QZXCANARYQZX','code':'overloaded'}}", 502 },
        { "error", "{'message':'QZXCANARYQZX'}", 502 },
        { "", "{'id':'x','choices':[],'x_groq':{'error':'QZXCANARYQZX'}}", 502 },
        { "", "{'choices':[{'index':0,'delta':{},'finish_reason':'error'}]}", 502 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct wire_stream stream;
        wire_stream_init(&stream, fixture);
        assert_int_equal(wire_event(&stream, cases[i].name, cases[i].data), 0);
        const struct canon_event *error = &stream.seen.events[stream.seen.count - 1];
        assert_int_equal(error->type, EVENT_ERROR);
        assert_int_equal(error->error_status, cases[i].status);
        assert_true(error->text.len > 0);
        assert_null(memmem(error->text.ptr, error->text.len, canary, strlen(canary)));
    }
}

static void non_json_events_are_refused(void **state)
{
    struct fixture *fixture = *state;
    static const char *const bad[] = { "not json", "", "[1,2]", "'a string'", "{'choices':[", "DONE", "[DONE] " };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct wire_stream stream;
        wire_stream_init(&stream, fixture);
        if (wire_event(&stream, "", bad[i]) != -1) {
            fail_msg("'%s' was not refused", bad[i]);
        }
        assert_int_equal(stream.seen.count, 0);
    }
}

static void emitter_result_stops_decoding(void **state)
{
    struct fixture *fixture = *state;
    struct wire_stream stream;
    wire_stream_init(&stream, fixture);
    stream.seen.stop_on_type = EVENT_TEXT;
    assert_int_equal(wire_event(&stream, "", "{'choices':[{'index':0,'delta':{'content':'x','tool_calls':"
                                             "[{'index':0,'id':'c','function':{'name':'f','arguments':''}}]},"
                                             "'finish_reason':'stop'}],'usage':{'prompt_tokens':1}}"), 9);
    assert_seen_types(&stream.seen, (int[]){ EVENT_START, EVENT_TEXT }, 2);
    stream.seen.stop_on_type = EVENT_END;
    assert_int_equal(wire_event(&stream, "", "[DONE]"), 9);
}

/* ---- the client's stream ---- */

struct client_stream {
    struct fixture *fixture;
    void *state;
    struct reply_context context;
};

static void client_stream_init(struct client_stream *stream, struct fixture *fixture, bool include_usage)
{
    stream->fixture = fixture;
    stream->state = arena_calloc(&fixture->arena, 1, openai_dialect.stream_state_size);
    stream->context = (struct reply_context){ .id = "chatcmpl-lethe1", .model = "gpt-4o-mini",
                                              .created = 1700000000, .include_usage = include_usage };
    buffer_reset(&fixture->out);
}

static void client_event(struct client_stream *stream, struct canon_event event)
{
    openai_dialect.encode_stream_event(&stream->fixture->out, stream->state, &event, &stream->context);
}

/* The client output as its data payloads: each event must be exactly "data: X\n\n"; every
 * X but a final [DONE] must be a JSON object. Returns the count; *done tells if [DONE] ended it. */
static size_t client_chunks(struct fixture *fixture, const struct json_value **chunks, size_t max, bool *done)
{
    size_t count = 0;
    *done = false;
    const char *p = fixture->out.data;
    while (*p != '\0') {
        if (*done) {
            fail_msg("output after [DONE]: %s", p);
        }
        if (strncmp(p, "data: ", 6) != 0) {
            fail_msg("not a data line: %s", p);
        }
        const char *end = strstr(p, "\n\n");
        assert_non_null(end);
        const char *payload = p + 6;
        assert_null(memchr(payload, '\n', (size_t)(end - payload)));
        if ((size_t)(end - payload) == 6 && memcmp(payload, "[DONE]", 6) == 0) {
            *done = true;
        } else {
            char *text = arena_strndup(&fixture->arena, payload, (size_t)(end - payload));
            const struct json_value *chunk = json_testing_parse(&fixture->arena, text);
            if (!json_is(chunk, JSON_OBJECT)) {
                fail_msg("data is not a JSON object: %s", text);
            }
            assert_true(count < max);
            chunks[count++] = chunk;
        }
        p = end + 2;
    }
    return count;
}

static const struct json_value *delta_of(const struct json_value *chunk)
{
    assert_json_string(member(chunk, "object"), "chat.completion.chunk");
    assert_json_string(member(chunk, "id"), "chatcmpl-lethe1");
    assert_json_string(member(chunk, "model"), "gpt-4o-mini");
    assert_json_integer(member(chunk, "created"), 1700000000);
    const struct json_value *choice = item(member(chunk, "choices"), 0);
    assert_json_integer(member(choice, "index"), 0);
    return member(choice, "delta");
}

static const struct json_value *finish_of(const struct json_value *chunk)
{
    return member(item(member(chunk, "choices"), 0), "finish_reason");
}

static void first_content_is_preceded_by_a_role_chunk(void **state)
{
    struct fixture *fixture = *state;
    struct client_stream stream;
    client_stream_init(&stream, fixture, false);
    client_event(&stream, (struct canon_event){ .type = EVENT_START, .id = SLICE_LITERAL("upstream-id") });
    assert_int_equal(fixture->out.len, 0);                    /* START writes nothing */
    client_event(&stream, (struct canon_event){ .type = EVENT_TEXT, .text = SLICE_LITERAL("Hel") });
    client_event(&stream, (struct canon_event){ .type = EVENT_TEXT, .text = SLICE_LITERAL("lo") });
    const struct json_value *chunks[8];
    bool done;
    assert_int_equal(client_chunks(fixture, chunks, 8, &done), 3);
    assert_false(done);
    assert_json_q(fixture, delta_of(chunks[0]), "{'role':'assistant','content':''}");
    assert_int_equal(finish_of(chunks[0])->type, JSON_NULL);
    assert_json_q(fixture, delta_of(chunks[1]), "{'content':'Hel'}");
    assert_json_q(fixture, delta_of(chunks[2]), "{'content':'lo'}");
    assert_null(strstr(fixture->out.data, "upstream-id"));
    /* A tool call first also gets the role chunk first. */
    client_stream_init(&stream, fixture, false);
    client_event(&stream, (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_id = SLICE_LITERAL("c"),
                                                .tool_name = SLICE_LITERAL("f"), .tool_arguments = SLICE_LITERAL("") });
    assert_int_equal(client_chunks(fixture, chunks, 8, &done), 2);
    assert_json_q(fixture, delta_of(chunks[0]), "{'role':'assistant','content':''}");
}

static void text_chunks_carry_any_text(void **state)
{
    struct fixture *fixture = *state;
    struct client_stream stream;
    client_stream_init(&stream, fixture, false);
    static const char *const texts[] = { "Grüße 東京 🎉", "\"quoted\" \\ back", "line\nbreak\r\ttab", "\x01\x1f", "data: [DONE]\n\n" };
    for (size_t i = 0; i < 5; i++) {
        client_event(&stream, (struct canon_event){ .type = EVENT_TEXT, .text = slice_of(texts[i], strlen(texts[i])) });
    }
    const struct json_value *chunks[8];
    bool done;
    assert_int_equal(client_chunks(fixture, chunks, 8, &done), 6);
    assert_false(done);
    for (size_t i = 0; i < 5; i++) {
        const struct json_value *content = member(delta_of(chunks[i + 1]), "content");
        assert_true(json_is(content, JSON_STRING));
        assert_int_equal(content->string.len, strlen(texts[i]));
        assert_memory_equal(content->string.text, texts[i], strlen(texts[i]));
    }
}

static void tool_call_chunks(void **state)
{
    struct fixture *fixture = *state;
    struct client_stream stream;
    client_stream_init(&stream, fixture, false);
    client_event(&stream, (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = SLICE_LITERAL("call_1"),
                                                .tool_name = SLICE_LITERAL("get_weather"), .tool_arguments = SLICE_LITERAL("") });
    client_event(&stream, (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_index = 0,
                                                .tool_arguments = SLICE_LITERAL("{\"city\":") });
    client_event(&stream, (struct canon_event){ .type = EVENT_TOOL_CALL, .tool_index = 1, .tool_id = SLICE_LITERAL("call_2"),
                                                .tool_name = SLICE_LITERAL("noop") });
    const struct json_value *chunks[8];
    bool done;
    assert_int_equal(client_chunks(fixture, chunks, 8, &done), 4);
    assert_json_q(fixture, delta_of(chunks[1]),
        "{'tool_calls':[{'index':0,'id':'call_1','type':'function','function':{'name':'get_weather','arguments':''}}]}");
    assert_json_q(fixture, delta_of(chunks[2]),
        "{'tool_calls':[{'index':0,'function':{'arguments':'{\\'city\\':'}}]}");
    assert_json_q(fixture, delta_of(chunks[3]),
        "{'tool_calls':[{'index':1,'id':'call_2','type':'function','function':{'name':'noop','arguments':''}}]}");
}

static void finish_chunks_name_the_reason(void **state)
{
    struct fixture *fixture = *state;
    static const struct { enum finish_reason finish; const char *name; } cases[] = {
        { FINISH_STOP, "stop" }, { FINISH_STOP_SEQUENCE, "stop" }, { FINISH_LENGTH, "length" },
        { FINISH_TOOL_CALLS, "tool_calls" }, { FINISH_CONTENT_FILTER, "content_filter" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct client_stream stream;
        client_stream_init(&stream, fixture, false);
        client_event(&stream, (struct canon_event){ .type = EVENT_TEXT, .text = SLICE_LITERAL("x") });
        client_event(&stream, (struct canon_event){ .type = EVENT_FINISH, .finish = cases[i].finish });
        const struct json_value *chunks[8];
        bool done;
        assert_int_equal(client_chunks(fixture, chunks, 8, &done), 3);
        assert_json_q(fixture, delta_of(chunks[2]), "{}");
        assert_json_string(finish_of(chunks[2]), cases[i].name);
    }
}

static void usage_chunk_only_when_asked_and_known(void **state)
{
    struct fixture *fixture = *state;
    struct canon_usage usage = { .present = true, .prompt_tokens = 19, .completion_tokens = 10, .total_tokens = 29,
                                 .cached_tokens = 3, .reasoning_tokens = -1 };
    for (int include = 0; include < 2; include++) {
        for (int known = 0; known < 2; known++) {
            struct client_stream stream;
            client_stream_init(&stream, fixture, include);
            client_event(&stream, (struct canon_event){ .type = EVENT_TEXT, .text = SLICE_LITERAL("x") });
            client_event(&stream, (struct canon_event){ .type = EVENT_FINISH, .finish = FINISH_STOP });
            if (known) {
                client_event(&stream, (struct canon_event){ .type = EVENT_USAGE, .usage = usage });
            }
            client_event(&stream, (struct canon_event){ .type = EVENT_END });
            const struct json_value *chunks[8];
            bool done;
            size_t count = client_chunks(fixture, chunks, 8, &done);
            assert_true(done);
            assert_true(strlen(fixture->out.data) >= 14);
            assert_string_equal(fixture->out.data + fixture->out.len - 14, "data: [DONE]\n\n");
            if (include && known) {
                assert_int_equal(count, 4);                       /* role, text, finish, usage */
                const struct json_value *last = chunks[3];
                assert_int_equal(member(last, "choices")->array.count, 0);
                assert_json_q(fixture, member(last, "usage"),
                    "{'prompt_tokens':19,'completion_tokens':10,'total_tokens':29,'prompt_tokens_details':{'cached_tokens':3}}");
                for (size_t i = 0; i < 3; i++) {                   /* the others say usage: null */
                    assert_int_equal(member(chunks[i], "usage")->type, JSON_NULL);
                }
            } else {
                assert_int_equal(count, 3);
                for (size_t i = 0; i < count; i++) {
                    const struct json_value *value = json_get(chunks[i], "usage");
                    assert_true(value == NULL || value->type == JSON_NULL);
                }
            }
        }
    }
}

static void an_empty_answer_still_ends_properly(void **state)
{
    struct fixture *fixture = *state;
    struct client_stream stream;
    client_stream_init(&stream, fixture, false);
    client_event(&stream, (struct canon_event){ .type = EVENT_START });
    client_event(&stream, (struct canon_event){ .type = EVENT_END });
    const struct json_value *chunks[4];
    bool done;
    assert_int_equal(client_chunks(fixture, chunks, 4, &done), 1);
    assert_true(done);
    assert_json_q(fixture, delta_of(chunks[0]), "{'role':'assistant','content':''}");
}

static void stream_errors_end_without_done(void **state)
{
    struct fixture *fixture = *state;
    struct client_stream stream;
    client_stream_init(&stream, fixture, true);
    client_event(&stream, (struct canon_event){ .type = EVENT_TEXT, .text = SLICE_LITERAL("partial ans") });
    client_event(&stream, (struct canon_event){ .type = EVENT_ERROR, .error_status = 502,
                                                .text = SLICE_LITERAL("the provider failed \"mid-stream\"") });
    const struct json_value *chunks[4];
    bool done;
    assert_int_equal(client_chunks(fixture, chunks, 4, &done), 3);
    assert_false(done);
    assert_null(strstr(fixture->out.data, "[DONE]"));
    const struct json_value *error = member(chunks[2], "error");
    assert_json_string(member(error, "message"), "the provider failed \"mid-stream\"");
    assert_json_string(member(error, "type"), "server_error");
    assert_non_null(json_get(error, "param"));
    assert_non_null(json_get(error, "code"));
    /* A client-side status reads as a request error. */
    client_stream_init(&stream, fixture, false);
    client_event(&stream, (struct canon_event){ .type = EVENT_ERROR, .error_status = 400, .text = SLICE_LITERAL("bad") });
    assert_int_equal(client_chunks(fixture, chunks, 4, &done), 1);
    assert_json_string(member(member(chunks[0], "error"), "type"), "invalid_request_error");
}

/* ---- whole answers and errors for the client ---- */

static const struct json_value *encode_answer(struct fixture *fixture, const struct canon_response *response)
{
    struct reply_context context = { .id = "chatcmpl-xyz", .model = "openai/gpt-4o", .created = 1741569952 };
    buffer_reset(&fixture->out);
    openai_dialect.encode_response(&fixture->out, response, &context);
    const struct json_value *root = parse_out(fixture);
    assert_json_string(member(root, "id"), "chatcmpl-xyz");
    assert_json_string(member(root, "object"), "chat.completion");
    assert_json_integer(member(root, "created"), 1741569952);
    assert_json_string(member(root, "model"), "openai/gpt-4o");
    assert_int_equal(member(root, "choices")->array.count, 1);
    return root;
}

static void encodes_whole_answers(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response = { .text = SLICE_LITERAL("Hello \"world\"\n🎉"), .finish = FINISH_STOP,
                                       .usage = { .present = true, .prompt_tokens = 5, .completion_tokens = 7,
                                                  .cached_tokens = 2, .reasoning_tokens = -1 } };
    const struct json_value *root = encode_answer(fixture, &response);
    const struct json_value *choice = item(member(root, "choices"), 0);
    assert_json_integer(member(choice, "index"), 0);
    assert_json_q(fixture, member(choice, "message"),
                        "{'role':'assistant','content':'Hello \\'world\\'\\n🎉','refusal':null}");
    assert_json_string(member(choice, "finish_reason"), "stop");
    assert_json_q(fixture, member(root, "usage"),
        "{'prompt_tokens':5,'completion_tokens':7,'total_tokens':12,'prompt_tokens_details':{'cached_tokens':2}}");

    struct canon_tool_call calls[] = {
        { SLICE_LITERAL("call_1"), SLICE_LITERAL("get_weather"), SLICE_LITERAL("{\"city\":\"Paris\"}") },
        { SLICE_LITERAL("call_2"), SLICE_LITERAL("noop"), SLICE_LITERAL("{}") },
    };
    response = (struct canon_response){ .tool_calls = calls, .tool_call_count = 2, .finish = FINISH_TOOL_CALLS };
    canon_usage_init(&response.usage);
    root = encode_answer(fixture, &response);
    choice = item(member(root, "choices"), 0);
    assert_json_q(fixture, member(choice, "message"),
        "{'role':'assistant','content':null,'refusal':null,'tool_calls':["
        "{'id':'call_1','type':'function','function':{'name':'get_weather','arguments':'{\\'city\\':\\'Paris\\'}'}},"
        "{'id':'call_2','type':'function','function':{'name':'noop','arguments':'{}'}}]}");
    assert_json_string(member(choice, "finish_reason"), "tool_calls");
    assert_null(json_get(root, "usage"));

    response = (struct canon_response){ .refusal = SLICE_LITERAL("I can't help with that."), .finish = FINISH_NONE };
    canon_usage_init(&response.usage);
    root = encode_answer(fixture, &response);
    choice = item(member(root, "choices"), 0);
    assert_json_string(member(member(choice, "message"), "content"), "");
    assert_json_string(member(member(choice, "message"), "refusal"), "I can't help with that.");
    assert_json_string(member(choice, "finish_reason"), "stop");
}

static void encodes_errors(void **state)
{
    struct fixture *fixture = *state;
    buffer_reset(&fixture->out);
    openai_dialect.encode_error(&fixture->out, 400, "invalid_request_error", NULL, "messages[0].content",
                                "'messages[0].content' must be a string", NULL);
    assert_json_q(fixture, parse_out(fixture),
        "{'error':{'message':'\\u0027messages[0].content\\u0027 must be a string','type':'invalid_request_error',"
        "'param':'messages[0].content','code':null}}");
    buffer_reset(&fixture->out);
    openai_dialect.encode_error(&fixture->out, 404, "invalid_request_error", "model_not_found", "",
                                "no route \"x\"", NULL);
    assert_json_q(fixture, parse_out(fixture),
        "{'error':{'message':'no route \\'x\\'','type':'invalid_request_error','param':null,'code':'model_not_found'}}");
    buffer_reset(&fixture->out);
    openai_dialect.encode_error(&fixture->out, 502, "server_error", "all_providers_failed", NULL, "all failed",
                                "[{\"target\":\"openai/gpt-4o\",\"error\":\"timeout\"}]");
    assert_json_q(fixture, parse_out(fixture),
        "{'error':{'message':'all failed','type':'server_error','param':null,'code':'all_providers_failed',"
        "'attempts':[{'target':'openai/gpt-4o','error':'timeout'}]}}");
}

/* The decoders' paths are written without printf: what bounded_printf writes, cut and
 * marked the same way at every length around the limit. */
static void decode_paths_are_what_printf_writes(void **state)
{
    (void)state;
    char parent[DECODE_PATH_SIZE + 8], path[DECODE_PATH_SIZE], expected[DECODE_PATH_SIZE];
    static const size_t indexes[] = { 0, 7, 10, 99, 12345, (size_t)-1 };
    for (size_t len = 0; len < sizeof parent; len++) {
        memset(parent, 'm', len);
        parent[len] = '\0';
        for (size_t i = 0; i < sizeof indexes / sizeof indexes[0]; i++) {
            bounded_printf(expected, sizeof expected, "%s[%zu]", parent, indexes[i]);
            assert_string_equal(decode_path_index(path, parent, indexes[i]), expected);
        }
        if (len > 0) {
            bounded_printf(expected, sizeof expected, "%s.%s", parent, "content");
        } else {
            bounded_printf(expected, sizeof expected, "%s", "content");
        }
        assert_string_equal(decode_path_member(path, parent, "content"), expected);
        bounded_printf(expected, sizeof expected, "x.%s", parent);
        assert_string_equal(decode_path_member(path, "x", parent), expected);
    }
}

int main(void)
{
#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)
    const struct CMUnitTest tests[] = {
        TEST(decodes_a_minimal_request),
        TEST(decode_paths_are_what_printf_writes),
        TEST(decodes_roles_names_and_escaped_text),
        TEST(decodes_text_and_image_parts),
        TEST(decodes_tool_calls_and_tool_results),
        TEST(decodes_tools_and_every_tool_choice),
        TEST(decodes_response_formats),
        TEST(decodes_sampling_limits_and_stops),
        TEST(decodes_stream_options),
        TEST(accepts_ignored_and_null_fields),
        TEST(refuses_wrong_types_naming_the_field),
        TEST(refuses_out_of_range_values),
        TEST(refuses_numbers_beyond_double_range),
        TEST(refuses_missing_and_unknown_fields),
        TEST(a_key_with_a_nul_is_not_the_field_it_starts_like),
        TEST(errors_never_quote_values),
        TEST(encodes_valid_json_with_the_providers_model),
        TEST(streaming_asks_for_usage),
        TEST(numbers_are_sent_exactly),
        TEST(tools_calls_results_and_images_survive),
        TEST(ignored_fields_do_not_leave),
        TEST(refuses_what_it_cannot_send),
        TEST(golden_round_trip),
        TEST(decodes_a_text_answer),
        TEST(decodes_an_answer_with_tool_calls),
        TEST(decodes_usage_with_details),
        TEST(maps_finish_reasons),
        TEST(refuses_answers_that_are_not_completions),
        TEST(role_chunk_starts_the_answer),
        TEST(content_deltas_become_text),
        TEST(tool_call_deltas_become_tool_call_events),
        TEST(finish_reasons_become_finish_events),
        TEST(usage_chunk_becomes_usage),
        TEST(done_ends_the_stream),
        TEST(errors_in_the_stream_hide_the_providers_message),
        TEST(non_json_events_are_refused),
        TEST(emitter_result_stops_decoding),
        TEST(first_content_is_preceded_by_a_role_chunk),
        TEST(text_chunks_carry_any_text),
        TEST(tool_call_chunks),
        TEST(finish_chunks_name_the_reason),
        TEST(usage_chunk_only_when_asked_and_known),
        TEST(an_empty_answer_still_ends_properly),
        TEST(stream_errors_end_without_done),
        TEST(encodes_whole_answers),
        TEST(encodes_errors),
    };
#undef TEST
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
