/* The non-chat operations and the Gemini client dialect: embeddings (OpenAI client, OpenAI
 * and Gemini wire), token counts (Anthropic client and wire, Gemini wire, the estimate),
 * and generateContent decoded and answered in Gemini's shapes. */
#include "tests/unit/unit.h"

#include <math.h>

#include "transforms/anthropic.h"
#include "transforms/gemini.h"
#include "transforms/gemini_client.h"
#include "transforms/openai.h"
#include "transforms/operations.h"

static struct json_value *parse(struct fixture *fixture, const char *json)
{
    struct json_error json_error;
    struct json_value *value = json_parse(&fixture->arena, json, strlen(json), 64, &json_error);
    assert_non_null(value);
    return value;
}

static bool decode(struct fixture *fixture, const struct client_dialect *dialect, const char *json)
{
    return dialect->decode_request(&fixture->arena, parse(fixture, json), &fixture->request, &fixture->error);
}

static void refused(struct fixture *fixture, const struct client_dialect *dialect, const char *json,
                    const char *param)
{
    assert_false(decode(fixture, dialect, json));
    assert_int_equal(fixture->error.status, 400);
    assert_string_equal(fixture->error.param, param);
}

static struct slice text_of(const char *text)
{
    return slice_of(text, strlen(text));
}

static const char *input_text(const struct canon_request *request, size_t index)
{
    return request->messages[index].parts[0].text.ptr;
}

/* ---- OpenAI embeddings, client side ---- */

static void test_embeddings_decode(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &openai_embeddings_dialect, "{\"model\":\"default\",\"input\":\"hello\"}"));
    assert_int_equal(fixture->request.operation, OPERATION_EMBEDDING);
    assert_int_equal(fixture->request.message_count, 1);
    assert_int_equal(fixture->request.messages[0].role, ROLE_USER);
    assert_string_equal(input_text(&fixture->request, 0), "hello");
    assert_false(fixture->request.embedding_base64);

    assert_true(decode(fixture, &openai_embeddings_dialect,
                       "{\"model\":\"m\",\"input\":[\"a\",\"b\"],\"dimensions\":64,\"encoding_format\":\"base64\","
                       "\"user\":\"u-1\"}"));
    assert_int_equal(fixture->request.message_count, 2);
    assert_string_equal(input_text(&fixture->request, 1), "b");
    assert_int_equal(fixture->request.dimensions, 64);
    assert_true(fixture->request.embedding_base64);
}

static void test_embeddings_refusals(void **state)
{
    struct fixture *fixture = *state;
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":[1,2,3]}", "input[0]");
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":[\"a\",[1,2]]}", "input[1]");
    assert_non_null(strstr(fixture->error.message, "token array"));
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":[]}", "input");
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":\"\"}", "input");
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\"}", "input");
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":\"a\",\"encoding_format\":\"int8\"}",
            "encoding_format");
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":\"a\",\"dimensions\":0}", "dimensions");
    refused(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":\"a\",\"stream\":true}", "stream");
}

static struct canon_embedding vector(float *values, size_t count)
{
    return (struct canon_embedding){ .values = values, .count = count };
}

static void test_embedding_writers(void **state)
{
    struct fixture *fixture = *state;
    float values[] = { 0.1f, -0.25f, 3.0f };
    struct canon_embedding embedding = vector(values, 3);
    embedding_write_floats(&fixture->out, &embedding);
    assert_string_equal(fixture->out.data, "[0.1,-0.25,3]");
    buffer_reset(&fixture->out);
    embedding_write_base64(&fixture->out, &embedding);
    /* 0.1f = cd cc cc 3d, -0.25f = 00 00 80 be, 3.0f = 00 00 40 40 (little-endian) */
    assert_string_equal(fixture->out.data, "\"zczMPQAAgL4AAEBA\"");
    struct json_value *string = parse(fixture, fixture->out.data);
    struct canon_embedding back;
    assert_true(embedding_read(&fixture->arena, string, &back));
    assert_int_equal(back.count, 3);
    assert_true(back.values[0] == 0.1f && back.values[1] == -0.25f && back.values[2] == 3.0f);
    /* One and two floats leave 4 and 8 bytes: padded groups. */
    buffer_reset(&fixture->out);
    embedding = vector(values, 1);
    embedding_write_base64(&fixture->out, &embedding);
    assert_string_equal(fixture->out.data, "\"zczMPQ==\"");
    assert_true(embedding_read(&fixture->arena, parse(fixture, fixture->out.data), &back));
    assert_int_equal(back.count, 1);
    assert_false(embedding_read(&fixture->arena, parse(fixture, "\"zczMP\""), &back));
    assert_false(embedding_read(&fixture->arena, parse(fixture, "[1,\"x\"]"), &back));
    /* A provider's numbers are written on as it wrote them. */
    assert_true(embedding_read(&fixture->arena, parse(fixture, "[0.0068264664,-2e-3]"), &back));
    assert_null(back.values);
    buffer_reset(&fixture->out);
    embedding_write_floats(&fixture->out, &back);
    assert_string_equal(fixture->out.data, "[0.0068264664,-2e-3]");
    buffer_reset(&fixture->out);
    embedding_write_base64(&fixture->out, &back);
    struct canon_embedding decoded;
    assert_true(embedding_read(&fixture->arena, parse(fixture, fixture->out.data), &decoded));
    assert_true(decoded.values[0] == 0.0068264664f && decoded.values[1] == -2e-3f);
}

static void test_embeddings_encode_response(void **state)
{
    struct fixture *fixture = *state;
    float first[] = { 0.5f, -1.0f }, second[] = { 0.25f, 0.0f };
    struct canon_embedding embeddings[] = { vector(first, 2), vector(second, 2) };
    struct canon_response response = { .operation = { .embeddings = embeddings, .embedding_count = 2 } };
    canon_usage_init(&response.usage);
    response.usage.present = true;
    response.usage.prompt_tokens = 7;
    struct reply_context context = { .id = "emb-1", .model = "text-embedding-3-small" };
    openai_embeddings_dialect.encode_response(&fixture->out, &response, &context);
    assert_string_equal(fixture->out.data,
                        "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.5,-1]},"
                        "{\"object\":\"embedding\",\"index\":1,\"embedding\":[0.25,0]}],"
                        "\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":7,\"total_tokens\":7}}");
}

/* ---- embeddings, provider side ---- */

static void test_openai_embedding_wire(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &openai_embeddings_dialect,
                       "{\"model\":\"m\",\"input\":[\"a\",\"b\"],\"dimensions\":4,\"encoding_format\":\"base64\"}"));
    assert_true(openai_embedding_operation.encode_request(&fixture->out, &fixture->request, text_of("emb-3"),
                                                          &fixture->error));
    assert_string_equal(fixture->out.data, "{\"model\":\"emb-3\",\"input\":[\"a\",\"b\"],\"encoding_format\":\"float\","
                                           "\"dimensions\":4}");
    buffer_reset(&fixture->out);
    openai_embedding_operation.build_url(&fixture->out, "http://h/v1/", text_of("emb-3"), &fixture->request);
    assert_string_equal(fixture->out.data, "http://h/v1/embeddings");

    /* Out of order, one as base64: each lands at its index. */
    const char *answer = "{\"data\":[{\"index\":1,\"embedding\":[2,3]},{\"index\":0,\"embedding\":\"AACAPw==\"}],"
                         "\"model\":\"emb-3\",\"usage\":{\"prompt_tokens\":5,\"total_tokens\":5}}";
    struct canon_response response;
    assert_true(openai_embedding_operation.decode_response(&fixture->arena, answer, strlen(answer), &response,
                                                           &fixture->error));
    assert_int_equal(response.operation.embedding_count, 2);
    assert_true(response.operation.embeddings[0].count == 1 && response.operation.embeddings[0].values[0] == 1.0f);
    assert_string_equal(response.operation.embeddings[1].numbers->array.items[1]->number.text, "3");
    assert_true(response.usage.present);
    assert_int_equal(response.usage.prompt_tokens, 5);
    const char *duplicate = "{\"data\":[{\"index\":0,\"embedding\":[1]},{\"index\":0,\"embedding\":[2]}]}";
    assert_false(openai_embedding_operation.decode_response(&fixture->arena, duplicate, strlen(duplicate), &response,
                                                            &fixture->error));
    assert_int_equal(fixture->error.status, 502);
}

static void test_gemini_embedding_wire(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":\"one\",\"dimensions\":3}"));
    gemini_embedding_operation.build_url(&fixture->out, "http://h/v1beta", text_of("text-embedding-004"),
                                         &fixture->request);
    assert_string_equal(fixture->out.data, "http://h/v1beta/models/text-embedding-004:embedContent");
    buffer_reset(&fixture->out);
    assert_true(gemini_embedding_operation.encode_request(&fixture->out, &fixture->request, text_of("e"),
                                                          &fixture->error));
    assert_string_equal(fixture->out.data, "{\"content\":{\"parts\":[{\"text\":\"one\"}]},\"outputDimensionality\":3}");

    assert_true(decode(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":[\"a\",\"b\"]}"));
    buffer_reset(&fixture->out);
    gemini_embedding_operation.build_url(&fixture->out, "http://h/v1beta/", text_of("e"), &fixture->request);
    assert_string_equal(fixture->out.data, "http://h/v1beta/models/e:batchEmbedContents");
    buffer_reset(&fixture->out);
    assert_true(gemini_embedding_operation.encode_request(&fixture->out, &fixture->request, text_of("e"),
                                                          &fixture->error));
    assert_string_equal(fixture->out.data,
                        "{\"requests\":[{\"model\":\"models/e\",\"content\":{\"parts\":[{\"text\":\"a\"}]}},"
                        "{\"model\":\"models/e\",\"content\":{\"parts\":[{\"text\":\"b\"}]}}]}");

    struct canon_response response;
    const char *one = "{\"embedding\":{\"values\":[0.5,0.25]}}";
    assert_true(gemini_embedding_operation.decode_response(&fixture->arena, one, strlen(one), &response,
                                                           &fixture->error));
    assert_int_equal(response.operation.embedding_count, 1);
    assert_false(response.usage.present);
    const char *many = "{\"embeddings\":[{\"values\":[1]},{\"values\":[2]}]}";
    assert_true(gemini_embedding_operation.decode_response(&fixture->arena, many, strlen(many), &response,
                                                           &fixture->error));
    assert_int_equal(response.operation.embedding_count, 2);
    assert_string_equal(response.operation.embeddings[1].numbers->array.items[0]->number.text, "2");
    const char *wrong = "{\"candidates\":[]}";
    assert_false(gemini_embedding_operation.decode_response(&fixture->arena, wrong, strlen(wrong), &response,
                                                            &fixture->error));
}

/* ---- token counts ---- */

static void test_anthropic_count_tokens(void **state)
{
    struct fixture *fixture = *state;
    /* No max_tokens, as the SDK's countTokens sends it. */
    assert_true(decode(fixture, &anthropic_count_tokens_dialect,
                       "{\"model\":\"default\",\"system\":\"Be brief.\",\"messages\":[{\"role\":\"user\","
                       "\"content\":\"hello there\"}]}"));
    assert_int_equal(fixture->request.operation, OPERATION_COUNT_TOKENS);
    assert_true(anthropic_count_tokens_operation.encode_request(&fixture->out, &fixture->request, text_of("claude"),
                                                                &fixture->error));
    const struct json_value *body = parse(fixture, fixture->out.data);
    assert_null(json_get(body, "max_tokens"));
    assert_null(json_get(body, "stream"));
    assert_non_null(json_get(body, "messages"));
    assert_non_null(json_get(body, "system"));
    assert_string_equal(json_get_string(body, "model").ptr, "claude");
    buffer_reset(&fixture->out);
    anthropic_count_tokens_operation.build_url(&fixture->out, "http://h/v1", text_of("claude"), &fixture->request);
    assert_string_equal(fixture->out.data, "http://h/v1/messages/count_tokens");

    struct canon_response response;
    const char *answer = "{\"input_tokens\":42}";
    assert_true(anthropic_count_tokens_operation.decode_response(&fixture->arena, answer, strlen(answer), &response,
                                                                 &fixture->error));
    assert_int_equal(response.operation.token_count, 42);
    answer = "{\"input_tokens\":-1}";
    assert_false(anthropic_count_tokens_operation.decode_response(&fixture->arena, answer, strlen(answer), &response,
                                                                  &fixture->error));
    assert_int_equal(fixture->error.status, 502);
    assert_string_equal(fixture->error.message, "the provider's answer is not a count_tokens response");
    buffer_reset(&fixture->out);
    answer = "{\"input_tokens\":42}";
    assert_true(anthropic_count_tokens_operation.decode_response(&fixture->arena, answer, strlen(answer), &response,
                                                                 &fixture->error));
    anthropic_count_tokens_dialect.encode_response(&fixture->out, &response, &(struct reply_context){ 0 });
    assert_string_equal(fixture->out.data, "{\"input_tokens\":42}");
    refused(fixture, &anthropic_count_tokens_dialect,
            "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "stream");
}

static void test_gemini_count_tokens_wire(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &gemini_count_tokens_dialect,
                       "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"count me\"}]}]}"));
    assert_int_equal(fixture->request.operation, OPERATION_COUNT_TOKENS);
    assert_true(gemini_count_tokens_operation.encode_request(&fixture->out, &fixture->request, text_of("g"),
                                                             &fixture->error));
    const struct json_value *body = parse(fixture, fixture->out.data);
    const struct json_value *wrapped = json_get(body, "generateContentRequest");
    assert_non_null(wrapped);
    assert_string_equal(json_get_string(wrapped, "model").ptr, "models/g");
    assert_non_null(json_get(wrapped, "contents"));
    buffer_reset(&fixture->out);
    gemini_count_tokens_operation.build_url(&fixture->out, "http://h/v1beta", text_of("a b"), &fixture->request);
    assert_string_equal(fixture->out.data, "http://h/v1beta/models/a%20b:countTokens");
    struct canon_response response;
    const char *answer = "{\"totalTokens\":9}";
    assert_true(gemini_count_tokens_operation.decode_response(&fixture->arena, answer, strlen(answer), &response,
                                                              &fixture->error));
    assert_int_equal(response.operation.token_count, 9);
    answer = "{\"tokens\":9}";
    assert_false(gemini_count_tokens_operation.decode_response(&fixture->arena, answer, strlen(answer), &response,
                                                               &fixture->error));
    assert_int_equal(fixture->error.status, 502);
    assert_string_equal(fixture->error.message, "the provider's answer is not a countTokens response");
    /* The wrapped form decodes too, its model ignored (the path's is used). */
    assert_true(decode(fixture, &gemini_count_tokens_dialect,
                       "{\"generateContentRequest\":{\"model\":\"models/x\",\"contents\":[{\"parts\":[{\"text\":"
                       "\"hi\"}]}],\"systemInstruction\":{\"parts\":[{\"text\":\"sys\"}]}}}"));
    assert_int_equal(fixture->request.message_count, 2);
}

static void test_estimate(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &openai_embeddings_dialect, "{\"model\":\"m\",\"input\":[\"12345678\",\"1\"]}"));
    assert_int_equal(canon_estimate_tokens(&fixture->request), 3);    /* 9 bytes: ceil(9 / 4) */
    assert_true(decode(fixture, &anthropic_count_tokens_dialect,
                       "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"abcd\"}],"
                       "\"tools\":[{\"name\":\"tool\",\"description\":\"desc\",\"input_schema\":{}}]}"));
    assert_int_equal(canon_estimate_tokens(&fixture->request), 3);    /* 4 + 4 + 4 bytes */
}

/* ---- the Gemini client dialect ---- */

static void test_gemini_generate_decode(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &gemini_generate_dialect,
                       "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief.\"}]},"
                       "\"contents\":["
                       "{\"role\":\"user\",\"parts\":[{\"text\":\"weather?\"},"
                       "{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"AAAA\"}}]},"
                       "{\"role\":\"model\",\"parts\":["
                       "{\"functionCall\":{\"name\":\"get\",\"args\":{\"city\":\"Oslo\"}},"
                       "\"thoughtSignature\":\"SIG\"},{\"functionCall\":{\"name\":\"other\",\"id\":\"own-id\"}}]},"
                       "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"other\",\"id\":\"own-id\","
                       "\"response\":{\"ok\":true}}},{\"functionResponse\":{\"name\":\"get\",\"response\":{\"t\":3}}},"
                       "{\"text\":\"thanks\"}]}],"
                       "\"tools\":[{\"functionDeclarations\":[{\"name\":\"get\",\"parameters\":{\"type\":\"OBJECT\","
                       "\"properties\":{\"city\":{\"type\":\"STRING\"}}}}]}],"
                       "\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"ANY\","
                       "\"allowedFunctionNames\":[\"get\"]}},"
                       "\"generationConfig\":{\"temperature\":0.5,\"topK\":3,\"maxOutputTokens\":99,"
                       "\"stopSequences\":[\"END\"],\"candidateCount\":1,\"responseMimeType\":\"application/json\","
                       "\"responseSchema\":{\"type\":\"OBJECT\"}},\"safetySettings\":[]}"));
    const struct canon_request *request = &fixture->request;
    assert_int_equal(request->operation, OPERATION_CHAT);
    assert_false(request->stream);
    assert_null(request->model.ptr);                  /* the path's, set by the exchange */
    assert_int_equal(request->message_count, 6);      /* system, user, model, tool, tool, user */
    assert_int_equal(request->messages[0].role, ROLE_SYSTEM);
    assert_int_equal(request->messages[1].parts[1].type, PART_IMAGE);
    assert_string_equal(request->messages[1].parts[1].image_url.ptr, "data:image/png;base64,AAAA");
    const struct canon_message *model = &request->messages[2];
    assert_int_equal(model->role, ROLE_ASSISTANT);
    assert_string_equal(model->parts[0].tool_call_id.ptr, "call_1_0~ts~SIG");
    assert_string_equal(model->parts[0].tool_arguments.ptr, "{\"city\":\"Oslo\"}");
    assert_int_equal(request->messages[3].role, ROLE_TOOL);
    assert_string_equal(request->messages[3].parts[0].tool_call_id.ptr, "own-id");
    assert_string_equal(request->messages[4].parts[0].tool_call_id.ptr, "call_1_0~ts~SIG");
    assert_string_equal(request->messages[4].parts[0].text.ptr, "{\"t\":3}");
    assert_int_equal(request->messages[5].role, ROLE_USER);
    assert_int_equal(request->tool_count, 1);
    const struct json_value *city = json_get(json_get(request->tools[0].parameters, "properties"), "city");
    assert_string_equal(json_get_string(city, "type").ptr, "string");
    assert_int_equal(request->tool_choice, TOOL_CHOICE_FUNCTION);
    assert_true(request->temperature.set && request->temperature.value == 0.5);
    assert_int_equal(request->top_k, 3);
    assert_int_equal(request->max_tokens, 99);
    assert_int_equal(request->stop_count, 1);
    assert_int_equal(request->response_format, RESPONSE_FORMAT_JSON_SCHEMA);
    assert_string_equal(json_get_string(json_get(request->json_schema, "schema"), "type").ptr, "object");

    assert_true(decode(fixture, &gemini_stream_generate_dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}]}"));
    assert_true(fixture->request.stream);
}

/* Responses take the first unanswered call of their name, in any order. */
static void test_gemini_call_matching(void **state)
{
    struct fixture *fixture = *state;
    static const char *const conversation =
        "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"go\"}]},"
        "{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"f\"}},{\"functionCall\":{\"name\":\"g\"}},"
        "{\"functionCall\":{\"name\":\"f\"}}]},"
        "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"g\",\"response\":{}}},"
        "{\"functionResponse\":{\"name\":\"f\",\"response\":{}}},{\"functionResponse\":{\"name\":\"f\","
        "\"response\":{}}}%s]}]}";
    char body[1024];
    snprintf(body, sizeof body, conversation, "");
    assert_true(decode(fixture, &gemini_generate_dialect, body));
    assert_int_equal(fixture->request.message_count, 5);
    assert_string_equal(fixture->request.messages[2].parts[0].tool_call_id.ptr, "call_1_1");
    assert_string_equal(fixture->request.messages[3].parts[0].tool_call_id.ptr, "call_1_0");
    assert_string_equal(fixture->request.messages[4].parts[0].tool_call_id.ptr, "call_1_2");
    snprintf(body, sizeof body, conversation, ",{\"functionResponse\":{\"name\":\"f\",\"response\":{}}}");
    refused(fixture, &gemini_generate_dialect, body, "contents[2].parts[3].functionResponse.name");
}

static void test_gemini_generate_refusals(void **state)
{
    struct fixture *fixture = *state;
    const struct client_dialect *dialect = &gemini_generate_dialect;
    refused(fixture, dialect, "{\"contents\":[]}", "contents");
    refused(fixture, dialect, "{\"contents\":[{\"role\":\"system\",\"parts\":[{\"text\":\"x\"}]}]}",
            "contents[0].role");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"fileData\":{}}]}]}", "contents[0].parts[0]");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"functionResponse\":{\"name\":\"f\",\"response\":{}}}]}]}",
            "contents[0].parts[0].functionResponse.name");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":"
                              "{\"candidateCount\":2}}", "generationConfig.candidateCount");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":"
                              "{\"thinkingConfig\":{\"thinkingBudget\":-2}}}",
            "generationConfig.thinkingConfig.thinkingBudget");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":"
                              "{\"thinkingConfig\":{\"thinkingBudget\":10,\"thinkingLevel\":\"LOW\"}}}",
            "generationConfig.thinkingConfig.thinkingLevel");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":"
                              "{\"thinkingConfig\":{\"thinkingLevel\":\"vast\"}}}",
            "generationConfig.thinkingConfig.thinkingLevel");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":"
                              "{\"thinkingConfig\":{\"other\":1}}}", "generationConfig.thinkingConfig.other");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"tools\":[{\"googleSearch\":{}}]}",
            "tools[0]");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"cachedContent\":\"c\"}",
            "cachedContent");
    refused(fixture, dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],\"generationConfig\":"
                              "{\"responseSchema\":{\"type\":\"OBJECT\"}}}", "generationConfig.responseSchema");
}

/* thinkingConfig as the canonical budget or effort; thoughts shown only with includeThoughts. */
static void test_gemini_thinking_decode(void **state)
{
    struct fixture *fixture = *state;
    static const char *const body = "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}],"
                                    "\"generationConfig\":{\"thinkingConfig\":%s}}";
    static const struct {
        const char *config;
        long long budget;
        const char *effort;
        bool hidden;
    } cases[] = {
        { "{\"thinkingBudget\":1500,\"includeThoughts\":true}", 1500, NULL, false },
        { "{\"thinkingBudget\":1500}", 1500, NULL, true },
        { "{\"thinkingBudget\":0}", REASONING_OFF, NULL, true },
        { "{\"thinkingBudget\":-1,\"includeThoughts\":true}", 0, "medium", false },
        { "{\"thinkingLevel\":\"HIGH\",\"includeThoughts\":true}", 0, "high", false },
        { "{\"includeThoughts\":true}", 0, "medium", false },
        { "{\"includeThoughts\":false}", 0, NULL, true },
        { "null", 0, NULL, true },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char json[256];
        snprintf(json, sizeof json, body, cases[i].config);
        assert_true(decode(fixture, &gemini_generate_dialect, json));
        assert_int_equal(fixture->request.reasoning_budget, cases[i].budget);
        if (cases[i].effort != NULL) {
            assert_true(slice_equals(fixture->request.reasoning_effort, cases[i].effort));
        } else {
            assert_null(fixture->request.reasoning_effort.ptr);
        }
        assert_int_equal(fixture->request.reasoning_hidden, cases[i].hidden);
    }
    assert_true(decode(fixture, &gemini_generate_dialect, "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}]}"));
    assert_true(fixture->request.reasoning_hidden);
}

/* The thinking goes back as thought parts, ahead of the answer, whole and streamed. */
static void test_gemini_thought_parts(void **state)
{
    struct fixture *fixture = *state;
    struct canon_response response = { .text = text_of("Hi"), .reasoning = text_of("hmm"),
                                       .reasoning_signature = text_of("SIG"), .finish = FINISH_STOP };
    struct reply_context context = { .id = "r", .model = "m" };
    gemini_generate_dialect.encode_response(&fixture->out, &response, &context);
    assert_string_equal(fixture->out.data,
                        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"hmm\","
                        "\"thought\":true},{\"text\":\"Hi\"}]},\"finishReason\":\"STOP\",\"index\":0}],"
                        "\"modelVersion\":\"m\",\"responseId\":\"r\"}");
    buffer_reset(&fixture->out);
    context.reasoning_hidden = true;
    gemini_generate_dialect.encode_response(&fixture->out, &response, &context);
    assert_null(strstr(fixture->out.data, "thought"));

    buffer_reset(&fixture->out);
    context.reasoning_hidden = false;
    void *stream_state = arena_calloc(&fixture->arena, 1, gemini_stream_generate_dialect.stream_state_size);
    struct canon_event events[] = {
        { .type = EVENT_REASONING, .text = text_of("hm") },
        { .type = EVENT_REASONING, .signature = text_of("SIG") },
        { .type = EVENT_TEXT, .text = text_of("Hi") },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        gemini_stream_generate_dialect.encode_stream_event(&fixture->out, stream_state, &events[i], &context);
    }
    assert_string_equal(fixture->out.data,
                        "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"hm\","
                        "\"thought\":true}]},\"index\":0}],\"modelVersion\":\"m\",\"responseId\":\"r\"}\r\n\r\n"
                        "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hi\"}]},"
                        "\"index\":0}],\"modelVersion\":\"m\",\"responseId\":\"r\"}\r\n\r\n");
    buffer_reset(&fixture->out);
    context.reasoning_hidden = true;
    gemini_stream_generate_dialect.encode_stream_event(&fixture->out, stream_state, &events[0], &context);
    assert_int_equal(fixture->out.len, 0);
}

static void test_gemini_embed_decode(void **state)
{
    struct fixture *fixture = *state;
    assert_true(decode(fixture, &gemini_embed_dialect,
                       "{\"model\":\"models/e\",\"content\":{\"parts\":[{\"text\":\"a\"},"
                                                       "{\"text\":\"b\"}]},\"taskType\":\"RETRIEVAL_QUERY\","
                                                       "\"outputDimensionality\":16}"));
    assert_int_equal(fixture->request.operation, OPERATION_EMBEDDING);
    assert_string_equal(input_text(&fixture->request, 0), "a\nb");
    assert_int_equal(fixture->request.dimensions, 16);
    assert_true(decode(fixture, &gemini_batch_embed_dialect,
                       "{\"requests\":[{\"model\":\"models/e\",\"content\":{\"parts\":[{\"text\":\"x\"}]}},"
                       "{\"model\":\"models/e\",\"content\":{\"parts\":[{\"text\":\"y\"}]}}]}"));
    assert_int_equal(fixture->request.message_count, 2);
    assert_string_equal(input_text(&fixture->request, 1), "y");
    refused(fixture, &gemini_embed_dialect, "{\"content\":{\"parts\":[{\"text\":\"a\"}]},\"title\":\"t\"}", "title");
    refused(fixture, &gemini_batch_embed_dialect,
            "{\"requests\":[{\"content\":{\"parts\":[{\"text\":\"x\"}]},\"outputDimensionality\":2},"
            "{\"content\":{\"parts\":[{\"text\":\"y\"}]}}]}", "requests[1].outputDimensionality");
    refused(fixture, &gemini_embed_dialect, "{\"content\":{\"parts\":[{\"inlineData\":{}}]}}", "content.parts[0]");
}

static void test_gemini_encode_response(void **state)
{
    struct fixture *fixture = *state;
    struct canon_tool_call call = { .id = text_of("call_0~ts~SIG"), .name = text_of("get"),
                                    .arguments = text_of("{\"city\":\"Oslo\"}") };
    struct canon_response response = { .text = text_of("Hi"), .tool_calls = &call, .tool_call_count = 1,
                                       .finish = FINISH_TOOL_CALLS };
    canon_usage_init(&response.usage);
    response.usage = (struct canon_usage){ .present = true, .prompt_tokens = 3, .completion_tokens = 5,
                                           .total_tokens = 8, .cached_tokens = -1, .reasoning_tokens = -1 };
    struct reply_context context = { .id = "req1", .model = "gemini-x" };
    gemini_generate_dialect.encode_response(&fixture->out, &response, &context);
    assert_string_equal(fixture->out.data,
                        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Hi\"},"
                        "{\"functionCall\":{\"name\":\"get\",\"args\":{\"city\":\"Oslo\"},\"id\":\"call_0\"},"
                        "\"thoughtSignature\":\"SIG\"}]},\"finishReason\":\"STOP\",\"index\":0}],"
                        "\"modelVersion\":\"gemini-x\",\"responseId\":\"req1\","
                        "\"usageMetadata\":{\"promptTokenCount\":3,"
                        "\"candidatesTokenCount\":5,\"totalTokenCount\":8}}");
    buffer_reset(&fixture->out);
    gemini_generate_dialect.encode_error(&fixture->out, 429, "rate_limit_error", NULL, NULL, "slow down", NULL);
    assert_string_equal(fixture->out.data,
                        "{\"error\":{\"code\":429,\"message\":\"slow down\",\"status\":\"RESOURCE_EXHAUSTED\"}}");
}

static void test_gemini_stream(void **state)
{
    struct fixture *fixture = *state;
    void *stream_state = arena_calloc(&fixture->arena, 1, gemini_stream_generate_dialect.stream_state_size);
    struct reply_context context = { .id = "r", .model = "m" };
    struct canon_event events[] = {
        { .type = EVENT_START },
        { .type = EVENT_TEXT, .text = text_of("He") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_id = text_of("c1"), .tool_name = text_of("f"),
          .tool_arguments = text_of("{\"a\":") },
        { .type = EVENT_TOOL_CALL, .tool_index = 0, .tool_arguments = text_of("1}") },
        { .type = EVENT_FINISH, .finish = FINISH_LENGTH },
        { .type = EVENT_USAGE, .usage = { .present = true, .prompt_tokens = 1, .completion_tokens = 2,
                                          .total_tokens = 3, .cached_tokens = -1, .reasoning_tokens = -1 } },
        { .type = EVENT_END },
    };
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
        gemini_stream_generate_dialect.encode_stream_event(&fixture->out, stream_state, &events[i], &context);
    }
    assert_string_equal(fixture->out.data,
                        "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"He\"}]},"
                        "\"index\":0}],\"modelVersion\":\"m\",\"responseId\":\"r\"}\r\n\r\n"
                        "data: {\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":"
                        "{\"name\":\"f\",\"args\":{\"a\":1},\"id\":\"c1\"}}]},\"finishReason\":\"MAX_TOKENS\","
                        "\"index\":0}],\"modelVersion\":\"m\",\"responseId\":\"r\",\"usageMetadata\":"
                        "{\"promptTokenCount\":1,\"candidatesTokenCount\":2,\"totalTokenCount\":3}}\r\n\r\n");
    buffer_reset(&fixture->out);
    struct canon_event error = { .type = EVENT_ERROR, .error_status = 502, .text = text_of("cut") };
    gemini_stream_generate_dialect.encode_stream_event(&fixture->out, stream_state, &error, &context);
    assert_string_equal(fixture->out.data,
                        "data: {\"error\":{\"code\":502,\"message\":\"cut\",\"status\":\"UNAVAILABLE\"}}\r\n\r\n");
}

static void test_gemini_path(void **state)
{
    struct fixture *fixture = *state;
    struct slice model, verb;
    assert_true(gemini_path_split("/v1beta/models/default:generateContent", &model, &verb));
    assert_int_equal(model.len, 7);
    assert_true(gemini_path_split("/v1beta/models/local/llama3:8b:countTokens", &model, &verb));
    assert_int_equal(verb.len, strlen("countTokens"));
    assert_int_equal(model.len, strlen("local/llama3:8b"));
    assert_false(gemini_path_split("/v1beta/models/:generateContent", &model, &verb));
    assert_false(gemini_path_split("/v1beta/models/x", &model, &verb));
    assert_true(gemini_path_split("/v1/models/x:generateContent", &model, &verb));    /* @google/genai 3.x */
    assert_false(gemini_path_split("/v2/models/x:generateContent", &model, &verb));
    assert_true(gemini_path_is_dialect("/v1beta/models/x:predict"));
    assert_true(gemini_path_is_dialect("/v1/models/x:streamGenerateContent"));
    assert_false(gemini_path_is_dialect("/v1/models/local/llama3:8b"));     /* GET /v1/models/{id}: OpenAI's */
    assert_false(gemini_path_is_dialect("/v1/models"));
    assert_ptr_equal(gemini_dialect_of_verb("embedContent", 12), &gemini_embed_dialect);
    assert_null(gemini_dialect_of_verb("predict", 7));

    const struct client_dialect *dialect = &gemini_generate_dialect;
    assert_true(dialect->model_from_path(&fixture->arena, "/v1beta/models/openai%2Fgpt-4o:generateContent", &model));
    assert_string_equal(model.ptr, "openai/gpt-4o");
    assert_true(dialect->model_from_path(&fixture->arena, "/v1beta/models/openai/gpt-4o:generateContent", &model));
    assert_string_equal(model.ptr, "openai/gpt-4o");
    assert_false(dialect->model_from_path(&fixture->arena, "/v1beta/models/a%2:generateContent", &model));
    assert_false(dialect->model_from_path(&fixture->arena, "/v1beta/models/a%00b:generateContent", &model));
    /* Decoded, "%3F" is a '?': the route's alphabet check refuses it later, it never reaches a URL. */
    assert_true(dialect->model_from_path(&fixture->arena, "/v1beta/models/a%3Fb:generateContent", &model));
    assert_string_equal(model.ptr, "a?b");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_embeddings_decode, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_embeddings_refusals, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_embedding_writers, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_embeddings_encode_response, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_openai_embedding_wire, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_embedding_wire, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_anthropic_count_tokens, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_count_tokens_wire, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_estimate, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_generate_decode, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_call_matching, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_generate_refusals, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_thinking_decode, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_thought_parts, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_embed_decode, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_encode_response, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_stream, fixture_setup, fixture_teardown),
        cmocka_unit_test_setup_teardown(test_gemini_path, fixture_setup, fixture_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
