/* The Gemini format as a provider speaks it. Differences the encoder bridges: the
 * assistant's role is "model"; system prompts go to systemInstruction; sampling goes in
 * generationConfig; tool results are functionResponse parts matched by function name (so
 * the name is looked up from the call's id), and their response must be an object.
 * Gemini gives no tool-call finish reason and often no call ids: the decoder supplies
 * both. A Gemini 3 call's thoughtSignature must come back on the next turn; it rides in
 * the id lethe hands out ("call_N~ts~SIGNATURE") and is restored from it. Reasoning is a
 * thinkingConfig budget, with the thoughts asked for; thought parts come back as reasoning.
 * n is candidateCount (the other candidates are the answer's more choices); logprobs and
 * top_logprobs are responseLogprobs and logprobs, and a candidate's logprobsResult comes back
 * in OpenAI's chat shape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transforms/gemini.h"
#include "transforms/operations.h"
#include "transforms/foundation/url.h"

static const char signature_marker[] = "~ts~";

void gemini_write_model_url(struct buffer *out, const char *base_url, struct slice model, const char *verb)
{
    canon_write_endpoint_url(out, base_url, "/models/");
    /* The model is one path segment, percent-encoded: validated upstream (providers/route.c),
     * and still unable to add a segment, a query or a fragment if a check were ever missed. */
    buffer_reserve(out, URL_ENCODED_SIZE(model.len));
    out->len += url_encode_path_segment(out->data + out->len, model.ptr, model.len);
    out->data[out->len] = '\0';
    buffer_append_cstr(out, verb);
}

static void gemini_build_url(struct buffer *out, const char *base_url, struct slice model,
                             const struct canon_request *request)
{
    gemini_write_model_url(out, base_url, model,
                           request->stream ? ":streamGenerateContent?alt=sse" : ":generateContent");
}

/* A tool result names its call by id; Gemini wants the call's function name. Every call of
 * the conversation, sorted by (id, message, part reversed), is searched once per result: a
 * scan back through the messages for each result cost results × calls (20,000 of each held
 * the loop for 4 s). */
struct tool_call_entry {
    struct slice id;
    struct slice name;
    size_t message_index;
    size_t part_index;
};

struct tool_call_index {
    struct tool_call_entry *entries;
    size_t count;
};

static int compare_entries(const void *left, const void *right)
{
    const struct tool_call_entry *a = left, *b = right;
    int order = slice_compare(a->id, b->id);
    if (order != 0) {
        return order;
    }
    if (a->message_index != b->message_index) {
        return a->message_index < b->message_index ? -1 : 1;
    }
    /* Within one message the first part wins, as a scan from its start would find: last here. */
    return a->part_index > b->part_index ? -1 : a->part_index < b->part_index;
}

static void index_tool_calls(struct arena *arena, const struct canon_request *request, struct tool_call_index *index)
{
    size_t count = 0;
    for (size_t i = 0; i < request->message_count; i++) {
        for (size_t j = 0; j < request->messages[i].part_count; j++) {
            count += request->messages[i].parts[j].type == PART_TOOL_CALL;
        }
    }
    index->count = 0;
    index->entries = arena_alloc(arena, (count + 1) * sizeof *index->entries);
    for (size_t i = 0; i < request->message_count; i++) {
        for (size_t j = 0; j < request->messages[i].part_count; j++) {
            const struct canon_part *part = &request->messages[i].parts[j];
            if (part->type == PART_TOOL_CALL) {
                index->entries[index->count++] = (struct tool_call_entry){
                    .id = part->tool_call_id, .name = part->tool_name, .message_index = i, .part_index = j };
            }
        }
    }
    if (index->count > 1) {
        qsort(index->entries, index->count, sizeof *index->entries, compare_entries);
    }
}

/* The name of the latest call with this id in a message before `before`, or { NULL, 0 }. */
static struct slice find_tool_name(const struct tool_call_index *index, size_t before, struct slice id)
{
    /* The first entry past (id, before): the one just below it is the latest earlier call, if its id matches. */
    size_t low = 0, high = index->count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        const struct tool_call_entry *entry = &index->entries[middle];
        int order = slice_compare(entry->id, id);
        if (order < 0 || (order == 0 && entry->message_index < before)) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    if (low == 0 || slice_compare(index->entries[low - 1].id, id) != 0) {
        return (struct slice){ NULL, 0 };
    }
    return index->entries[low - 1].name;
}

static void write_json_object_or_wrapped(struct buffer *out, struct slice text, const char *wrapper)
{
    struct json_error json_error;
    struct json_value *value = text.len ? json_parse(out->arena, text.ptr, text.len, 64, &json_error) : NULL;
    if (json_is(value, JSON_OBJECT)) {
        json_write_value(out, value);
        return;
    }
    buffer_printf(out, "{\"%s\":", wrapper);
    if (value != NULL) {
        json_write_value(out, value);
    } else {
        json_write_string(out, text.ptr, text.len);
    }
    buffer_append_char(out, '}');
}

static bool write_part(struct buffer *out, const struct tool_call_index *calls, size_t message_index,
                       const struct canon_part *part, struct format_error *error)
{
    struct slice media_type, data;
    switch (part->type) {
    case PART_TEXT:
        buffer_append_cstr(out, "{\"text\":");
        json_write_string(out, part->text.ptr, part->text.len);
        buffer_append_char(out, '}');
        return true;
    case PART_IMAGE:
        if (!data_url_split(part->image_url, &media_type, &data)) {
            /* fileData wants Files API or Cloud Storage URIs, not web pages. */
            return format_error_refuse_field(error, CANON_FIELD_IMAGE_URL, "is not base64 data, the only image "
                                             "this provider takes: send the image itself, base64-encoded");
        }
        buffer_append_cstr(out, "{\"inlineData\":{\"mimeType\":");
        json_write_string(out, media_type.ptr, media_type.len);
        buffer_append_cstr(out, ",\"data\":");
        json_write_string(out, data.ptr, data.len);
        buffer_append_cstr(out, "}}");
        return true;
    case PART_TOOL_CALL: {
        const char *marker = memmem(part->tool_call_id.ptr, part->tool_call_id.len,
                                    signature_marker, sizeof signature_marker - 1);
        buffer_append_cstr(out, "{\"functionCall\":{\"name\":");
        json_write_string(out, part->tool_name.ptr, part->tool_name.len);
        buffer_append_cstr(out, ",\"args\":");
        write_json_object_or_wrapped(out, part->tool_arguments, "value");
        buffer_append_char(out, '}');
        if (marker != NULL) {
            const char *signature = marker + sizeof signature_marker - 1;
            buffer_append_cstr(out, ",\"thoughtSignature\":");
            json_write_string(out, signature,
                              (size_t)(part->tool_call_id.ptr + part->tool_call_id.len - signature));
        }
        buffer_append_char(out, '}');
        return true;
    }
    case PART_REASONING:
        return true;                 /* write_contents skips it: Gemini keeps its own thoughts signed */
    case PART_TOOL_RESULT: {
        struct slice name = find_tool_name(calls, message_index, part->tool_call_id);
        if (name.ptr == NULL) {
            return format_error_refuse_field(error, CANON_FIELD_TOOL_RESULT_CALL_ID,
                                             "does not match a tool call earlier in the conversation");
        }
        buffer_append_cstr(out, "{\"functionResponse\":{\"name\":");
        json_write_string(out, name.ptr, name.len);
        buffer_append_cstr(out, ",\"response\":");
        write_json_object_or_wrapped(out, part->text, "result");
        buffer_append_cstr(out, "}}");
        return true;
    }
    }
    return true;
}

static bool write_contents(struct buffer *out, const struct canon_request *request, struct format_error *error)
{
    const char *open_role = NULL;
    bool first_part = true;
    struct tool_call_index calls;
    index_tool_calls(out->arena, request, &calls);
    buffer_append_char(out, '[');
    for (size_t i = 0; i < request->message_count; i++) {
        const struct canon_message *message = &request->messages[i];
        if (canon_is_system(message)) {
            continue;
        }
        const char *role = message->role == ROLE_ASSISTANT ? "model" : "user";
        if (open_role == NULL || strcmp(role, open_role) != 0) {
            buffer_append_cstr(out, open_role ? "]},{\"role\":\"" : "{\"role\":\"");
            buffer_append_cstr(out, role);
            buffer_append_cstr(out, "\",\"parts\":[");
            open_role = role;
            first_part = true;
        }
        for (size_t j = 0; j < message->part_count; j++) {
            if ((message->parts[j].type == PART_TEXT && message->parts[j].text.len == 0)
                || message->parts[j].type == PART_REASONING) {
                continue;
            }
            if (!first_part) {
                buffer_append_char(out, ',');
            }
            first_part = false;
            if (!write_part(out, &calls, i, &message->parts[j], error)) {
                return false;
            }
        }
    }
    buffer_append_cstr(out, open_role ? "]}]" : "]");
    return true;
}

static void write_number(struct buffer *out, const char *key, struct canon_number number, bool *first)
{
    if (number.set) {
        json_write_key(out, key, first);
        json_write_double(out, number.value);
    }
}

static void write_generation_config(struct buffer *out, const struct canon_request *request, bool *first)
{
    struct buffer config;
    buffer_init(&config, out->arena, 256);
    bool config_first = true;
    write_number(&config, "temperature", request->temperature, &config_first);
    write_number(&config, "topP", request->top_p, &config_first);
    write_number(&config, "presencePenalty", request->presence_penalty, &config_first);
    write_number(&config, "frequencyPenalty", request->frequency_penalty, &config_first);
    if (request->top_k > 0) {
        json_write_key(&config, "topK", &config_first);
        json_write_integer(&config, request->top_k);
    }
    if (request->max_tokens > 0) {
        json_write_key(&config, "maxOutputTokens", &config_first);
        json_write_integer(&config, request->max_tokens);
    }
    if (request->has_seed) {
        json_write_key(&config, "seed", &config_first);
        json_write_integer(&config, request->seed);
    }
    if (request->stop_count) {
        json_write_key(&config, "stopSequences", &config_first);
        json_write_string_array(&config, request->stop, request->stop_count);
    }
    if (request->choice_count > 1) {
        json_write_key(&config, "candidateCount", &config_first);
        json_write_integer(&config, request->choice_count);
    }
    if (request->logprobs) {
        json_write_key(&config, "responseLogprobs", &config_first);
        buffer_append_cstr(&config, "true");
    }
    if (request->has_top_logprobs) {
        json_write_key(&config, "logprobs", &config_first);      /* the top tokens listed at each position */
        json_write_integer(&config, request->top_logprobs);
    }
    if (request->response_format == RESPONSE_FORMAT_JSON_OBJECT
        || request->response_format == RESPONSE_FORMAT_JSON_SCHEMA) {
        json_write_key(&config, "responseMimeType", &config_first);
        buffer_append_cstr(&config, "\"application/json\"");
        const struct json_value *schema = json_get(request->json_schema, "schema");
        if (schema != NULL) {
            json_write_key(&config, "responseJsonSchema", &config_first);
            json_write_value(&config, schema);
        }
    }
    long long budget = canon_reasoning_budget(request);
    if (budget != 0) {
        /* Thoughts come back (as parts marked "thought") only when asked for: not for a client
         * that will not be shown them (Gemini's includeThoughts false). */
        json_write_key(&config, "thinkingConfig", &config_first);
        buffer_printf(&config, budget > 0 && !request->reasoning_hidden
                               ? "{\"thinkingBudget\":%lld,\"includeThoughts\":true}"
                               : "{\"thinkingBudget\":%lld}", budget > 0 ? budget : 0);
    }
    if (config.len == 0) {
        return;
    }
    json_write_key(out, "generationConfig", first);
    buffer_append_char(out, '{');
    buffer_append(out, config.data, config.len);
    buffer_append_char(out, '}');
}

static void write_tools(struct buffer *out, const struct canon_request *request, bool *first)
{
    json_write_key(out, "tools", first);
    buffer_append_cstr(out, "[{\"functionDeclarations\":[");
    for (size_t i = 0; i < request->tool_count; i++) {
        const struct canon_tool *tool = &request->tools[i];
        buffer_append_cstr(out, i ? ",{\"name\":" : "{\"name\":");
        json_write_string(out, tool->name.ptr, tool->name.len);
        if (tool->description.ptr != NULL) {
            buffer_append_cstr(out, ",\"description\":");
            json_write_string(out, tool->description.ptr, tool->description.len);
        }
        if (tool->parameters != NULL) {
            /* Full JSON Schema: "parameters" is an OpenAPI subset that refuses keywords
             * such as additionalProperties. */
            buffer_append_cstr(out, ",\"parametersJsonSchema\":");
            json_write_value(out, tool->parameters);
        }
        buffer_append_char(out, '}');
    }
    buffer_append_cstr(out, "]}]");
    if (request->tool_choice == TOOL_CHOICE_UNSET) {
        return;
    }
    json_write_key(out, "toolConfig", first);
    buffer_append_cstr(out, "{\"functionCallingConfig\":{\"mode\":");
    switch (request->tool_choice) {
    case TOOL_CHOICE_NONE: buffer_append_cstr(out, "\"NONE\""); break;
    case TOOL_CHOICE_REQUIRED: buffer_append_cstr(out, "\"ANY\""); break;
    case TOOL_CHOICE_FUNCTION:
        buffer_append_cstr(out, "\"ANY\",\"allowedFunctionNames\":[");
        json_write_string(out, request->tool_choice_name.ptr, request->tool_choice_name.len);
        buffer_append_char(out, ']');
        break;
    default: buffer_append_cstr(out, "\"AUTO\""); break;
    }
    buffer_append_cstr(out, "}}");
}

static bool gemini_encode_request(struct buffer *out, const struct canon_request *request,
                                  struct slice model, struct format_error *error)
{
    (void)model;                     /* the model is in the URL */
    /* n is candidateCount and logprobs are responseLogprobs + logprobs (write_generation_config);
     * Gemini has no logit_bias: refused, not dropped. */
    if (request->logit_bias != NULL) {
        return format_error_refuse_field(error, CANON_FIELD_LOGIT_BIAS, "is not supported by this provider");
    }
    bool first = true;
    buffer_append_char(out, '{');
    canon_write_system_texts(out, request, "systemInstruction", "{\"parts\":[", "{\"text\":", "]}", &first);
    json_write_key(out, "contents", &first);
    if (!write_contents(out, request, error)) {
        return false;
    }
    write_generation_config(out, request, &first);
    if (request->tool_count) {
        write_tools(out, request, &first);
    }
    buffer_append_char(out, '}');
    return true;
}

/* ---- answers ---- */

/* Gemini's finish reasons (canonical.h). STOP, unknown and unspecified values are read as
 * a stop; Gemini has no tool-call reason: the decoder infers it from the calls it saw. */
static const struct finish_reason_name gemini_finish_reasons[] = {
    { FINISH_STOP, "STOP" },
    { FINISH_LENGTH, "MAX_TOKENS" },
    { FINISH_CONTENT_FILTER, "SAFETY" },
    { FINISH_CONTENT_FILTER, "RECITATION" },
    { FINISH_CONTENT_FILTER, "BLOCKLIST" },
    { FINISH_CONTENT_FILTER, "PROHIBITED_CONTENT" },
    { FINISH_CONTENT_FILTER, "SPII" },
    { FINISH_CONTENT_FILTER, "IMAGE_SAFETY" },
    { FINISH_CONTENT_FILTER, "IMAGE_PROHIBITED_CONTENT" },
    { FINISH_ERROR, "MALFORMED_FUNCTION_CALL" },
    { FINISH_ERROR, "UNEXPECTED_TOOL_CALL" },
    { FINISH_NONE, NULL },
};

static enum finish_reason parse_finish_reason(const struct json_value *value)
{
    return finish_reason_from_name(gemini_finish_reasons, value, FINISH_STOP);
}

/* OpenAI's completion_tokens include reasoning; Gemini counts thoughts apart. */
static const struct usage_names gemini_usage_names = {
    .prompt = { "promptTokenCount" }, .completion = { "candidatesTokenCount", "thoughtsTokenCount" },
    .total = "totalTokenCount",
};

static void parse_usage(const struct json_value *metadata, struct canon_usage *usage)
{
    if (!canon_usage_read(metadata, &gemini_usage_names, usage)) {
        return;
    }
    usage->cached_tokens = canon_usage_count(metadata, "cachedContentTokenCount", -1);
    if (json_get(metadata, "thoughtsTokenCount") != NULL) {
        usage->reasoning_tokens = canon_usage_count(metadata, "thoughtsTokenCount", 0);
    }
}

/* A call's id as lethe hands it out: Gemini's own if it gave one, else call_N; with the
 * thought signature appended when there is one. */
static struct slice call_id(struct arena *arena, const struct json_value *part, const struct json_value *call,
                            int index)
{
    struct slice own = json_get_string(call, "id");
    struct slice signature = json_get_string(part, "thoughtSignature");
    char *id = own.ptr ? arena_printf(arena, "%.*s", (int)own.len, own.ptr) : arena_printf(arena, "call_%d", index);
    if (signature.ptr != NULL) {
        id = arena_printf(arena, "%s%s%.*s", id, signature_marker, (int)signature.len, signature.ptr);
    }
    return slice_of(id, strlen(id));
}

static struct slice serialized_args(struct arena *arena, const struct json_value *call)
{
    struct buffer arguments;
    buffer_init(&arguments, arena, 128);
    const struct json_value *args = json_get(call, "args");
    if (args != NULL) {
        json_write_value(&arguments, args);
    } else {
        buffer_append_cstr(&arguments, "{}");
    }
    return slice_of(arguments.data, arguments.len);
}

static const struct json_value *first_candidate_parts(const struct json_value *root,
                                                      const struct json_value **candidate)
{
    const struct json_value *candidates = json_get(root, "candidates");
    *candidate = json_is(candidates, JSON_ARRAY) && candidates->array.count ? candidates->array.items[0] : NULL;
    return json_get(json_get(*candidate, "content"), "parts");
}

/* One logprobs entry as OpenAI writes it, left open for more members: {"token", "logprob",
 * "bytes" (the token's UTF-8 bytes). */
static void write_token_logprob(struct buffer *out, const struct json_value *candidate)
{
    struct slice token = json_get_string(candidate, "token");
    const struct json_value *logprob = json_get(candidate, "logProbability");
    buffer_append_cstr(out, "{\"token\":");
    json_write_string(out, token.ptr ? token.ptr : "", token.len);
    buffer_append_cstr(out, ",\"logprob\":");
    if (json_is(logprob, JSON_NUMBER)) {
        json_write_value(out, logprob);
    } else {
        buffer_append_char(out, '0');
    }
    buffer_append_cstr(out, ",\"bytes\":[");
    for (size_t i = 0; i < token.len; i++) {
        buffer_printf(out, i ? ",%u" : "%u", (unsigned)(unsigned char)token.ptr[i]);
    }
    buffer_append_char(out, ']');
}

/* A candidate's logprobsResult as a chat choice's logprobs in OpenAI's shape, {"content":
 * [{token, logprob, bytes, top_logprobs: [{token, logprob, bytes}, …]}, …], "refusal": null}:
 * chosenCandidates[i] with the alternatives of topCandidates[i]. NULL when it has none. */
static const struct json_value *logprobs_of(struct arena *arena, const struct json_value *candidate)
{
    const struct json_value *result = json_get(candidate, "logprobsResult");
    const struct json_value *chosen = json_get(result, "chosenCandidates");
    if (!json_is(chosen, JSON_ARRAY)) {
        return NULL;
    }
    const struct json_value *top = json_get(result, "topCandidates");
    size_t top_count = json_is(top, JSON_ARRAY) ? top->array.count : 0;
    struct buffer out;
    buffer_init(&out, arena, 256);
    buffer_append_cstr(&out, "{\"content\":[");
    for (size_t i = 0; i < chosen->array.count; i++) {
        buffer_append_cstr(&out, i ? "," : "");
        write_token_logprob(&out, chosen->array.items[i]);
        buffer_append_cstr(&out, ",\"top_logprobs\":[");
        const struct json_value *alternatives = i < top_count ? json_get(top->array.items[i], "candidates") : NULL;
        for (size_t j = 0; json_is(alternatives, JSON_ARRAY) && j < alternatives->array.count; j++) {
            buffer_append_cstr(&out, j ? "," : "");
            write_token_logprob(&out, alternatives->array.items[j]);
            buffer_append_char(&out, '}');
        }
        buffer_append_cstr(&out, "]}");
    }
    buffer_append_cstr(&out, "],\"refusal\":null}");
    struct json_error json_error;
    return json_parse_provider(arena, out.data, out.len, 64, &json_error);
}

/* One candidate into `response` (candidate 0) or one of its more_choices: its text, thoughts,
 * function calls, finish reason and logprobs. */
static void decode_candidate(struct arena *arena, const struct json_value *candidate, struct canon_response *response)
{
    const struct json_value *parts = json_get(json_get(candidate, "content"), "parts");
    response->finish = parse_finish_reason(json_get(candidate, "finishReason"));
    response->logprobs = logprobs_of(arena, candidate);
    struct buffer text, thoughts;
    buffer_init(&text, arena, 256);
    buffer_init(&thoughts, arena, 64);
    size_t count = json_is(parts, JSON_ARRAY) ? parts->array.count : 0;
    response->tool_calls = arena_calloc(arena, count + 1, sizeof *response->tool_calls);
    for (size_t i = 0; i < count; i++) {
        const struct json_value *part = parts->array.items[i];
        const struct json_value *thought = json_get(part, "thought");
        if (json_is(thought, JSON_BOOL) && thought->boolean) {
            struct slice piece = json_get_string(part, "text");   /* a thought summary, not answer text */
            buffer_append(&thoughts, piece.ptr, piece.len);
            continue;
        }
        const struct json_value *call = json_get(part, "functionCall");
        if (call != NULL) {
            struct canon_tool_call *out = &response->tool_calls[response->tool_call_count];
            out->id = call_id(arena, part, call, (int)response->tool_call_count);
            out->name = json_get_string(call, "name");
            out->arguments = serialized_args(arena, call);
            response->tool_call_count++;
            continue;
        }
        struct slice piece = json_get_string(part, "text");
        buffer_append(&text, piece.ptr, piece.len);
    }
    if (text.len || response->tool_call_count == 0) {
        response->text = slice_of(text.data, text.len);
    }
    if (thoughts.len) {
        response->reasoning = slice_of(thoughts.data, thoughts.len);
    }
    if (response->tool_call_count && response->finish == FINISH_STOP) {
        response->finish = FINISH_TOOL_CALLS;
    }
}

static bool gemini_decode_response(struct arena *arena, const char *body, size_t len,
                                   struct canon_response *response, struct format_error *error)
{
    struct json_value *root = canon_response_begin(arena, body, len, 64, response);
    if (!json_is(root, JSON_OBJECT) || (!json_get(root, "candidates") && !json_get(root, "promptFeedback"))) {
        format_error_set(error, 502, "bad_gateway", NULL, "the provider's answer is not a generateContent response");
        return false;
    }
    response->id = json_get_string(root, "responseId");
    response->model = json_get_string(root, "modelVersion");
    parse_usage(json_get(root, "usageMetadata"), &response->usage);
    const struct json_value *candidates = json_get(root, "candidates");
    size_t count = json_is(candidates, JSON_ARRAY) ? candidates->array.count : 0;
    if (count == 0) {
        response->finish = FINISH_CONTENT_FILTER;     /* the prompt itself was blocked */
        return true;
    }
    decode_candidate(arena, candidates->array.items[0], response);
    /* candidateCount > 1: the others are the answer's more choices, in the order given. */
    response->more_choices = count > 1 ? arena_calloc(arena, count - 1, sizeof *response->more_choices) : NULL;
    for (size_t i = 1; i < count; i++) {
        struct canon_response *more = &response->more_choices[response->more_choice_count++];
        canon_usage_init(&more->usage);
        decode_candidate(arena, candidates->array.items[i], more);
    }
    return true;
}

struct gemini_wire_state {
    bool started;
    bool finished;
    int tool_count;
    struct surrogate_joiner text;   /* candidate 0's text parts, from one event to the next */
};

/* A high half of a surrogate pair still held when the answer finishes or fails was lone:
 * it is passed on as U+FFFD before that. (Function calls come whole, never in pieces.) */
static int release_held(struct gemini_wire_state *state, canon_event_fn emit, void *context)
{
    struct canon_event text = { .type = EVENT_TEXT, .text = surrogate_joiner_release(&state->text) };
    return text.text.len ? emit(context, &text) : 0;
}

static int gemini_decode_stream_event(void *opaque, struct arena *scratch, const struct sse_event *sse,
                                      canon_event_fn emit, void *context)
{
    struct gemini_wire_state *state = opaque;
    struct json_error json_error;
    struct json_value *root = json_parse_provider(scratch, sse->data, sse->data_len, 64, &json_error);
    if (!json_is(root, JSON_OBJECT)) {
        return -1;
    }
    int result;
    const struct json_value *error = json_get(root, "error");
    if (error != NULL && (result = release_held(state, emit, context)) != 0) {
        return result;
    }
    if (error != NULL) {
        long long code = json_get_integer(error, "code", 502);
        struct canon_event event = { .type = EVENT_ERROR, .error_status = code >= 400 && code < 600 ? (int)code : 502,
                                     .text = SLICE_LITERAL("the provider reported an error during the stream") };
        return emit(context, &event);
    }
    if (!state->started) {
        state->started = true;
        struct canon_event start = { .type = EVENT_START, .id = json_get_string(root, "responseId"),
                                     .model = json_get_string(root, "modelVersion") };
        if ((result = emit(context, &start)) != 0) {
            return result;
        }
    }
    const struct json_value *candidate;
    const struct json_value *parts = first_candidate_parts(root, &candidate);
    const struct json_value *logprobs = logprobs_of(scratch, candidate);   /* the chunk's, on its first text */
    for (size_t i = 0; json_is(parts, JSON_ARRAY) && i < parts->array.count; i++) {
        const struct json_value *part = parts->array.items[i];
        const struct json_value *thought = json_get(part, "thought");
        if (json_is(thought, JSON_BOOL) && thought->boolean) {
            struct canon_event reasoning = { .type = EVENT_REASONING, .text = json_get_string(part, "text") };
            if (reasoning.text.len && (result = emit(context, &reasoning)) != 0) {
                return result;
            }
            continue;
        }
        const struct json_value *call = json_get(part, "functionCall");
        struct canon_event event = { .type = EVENT_TEXT };
        if (call != NULL) {
            event.type = EVENT_TOOL_CALL;
            event.tool_index = state->tool_count;
            event.tool_id = call_id(scratch, part, call, state->tool_count++);
            event.tool_name = json_get_string(call, "name");
            event.tool_arguments = serialized_args(scratch, call);
        } else {
            event.text = surrogate_joiner_take(&state->text, json_get(part, "text"), scratch);
            if (event.text.len == 0) {
                continue;
            }
            event.logprobs = logprobs;
            logprobs = NULL;
        }
        if ((result = emit(context, &event)) != 0) {
            return result;
        }
    }
    enum finish_reason finish = parse_finish_reason(json_get(candidate, "finishReason"));
    if (candidate == NULL && json_get(root, "promptFeedback") != NULL) {
        finish = FINISH_CONTENT_FILTER;
    }
    if (finish != FINISH_NONE && (result = release_held(state, emit, context)) != 0) {
        return result;
    }
    if (finish == FINISH_ERROR) {
        struct canon_event event = { .type = EVENT_ERROR, .error_status = 502,
                                     .text = SLICE_LITERAL("the provider could not complete a function call") };
        return emit(context, &event);
    }
    if (finish != FINISH_NONE) {
        state->finished = true;
        enum finish_reason reported = finish == FINISH_STOP && state->tool_count ? FINISH_TOOL_CALLS : finish;
        struct canon_event event = { .type = EVENT_FINISH, .finish = reported };
        if ((result = emit(context, &event)) != 0) {
            return result;
        }
    }
    const struct json_value *metadata = json_get(root, "usageMetadata");
    if (state->finished && json_is(metadata, JSON_OBJECT)) {
        struct canon_event event = { .type = EVENT_USAGE };
        parse_usage(metadata, &event.usage);
        return emit(context, &event);
    }
    return 0;
}

/* Gemini has no end marker: a body that ended after a finishReason is a complete answer;
 * one that ended before is a cut stream, and gets no EVENT_END. */
static int gemini_finish_stream(void *opaque, canon_event_fn emit, void *context)
{
    struct gemini_wire_state *state = opaque;
    if (!state->finished) {
        return 0;
    }
    int result = release_held(state, emit, context);
    if (result != 0) {
        return result;
    }
    struct canon_event end = { .type = EVENT_END };
    return emit(context, &end);
}

const struct wire_format gemini_wire = {
    .type = "gemini",
    .build_url = gemini_build_url,
    .encode_request = gemini_encode_request,
    .decode_response = gemini_decode_response,
    .stream_state_size = sizeof(struct gemini_wire_state),
    .decode_stream_event = gemini_decode_stream_event,
    .finish_stream = gemini_finish_stream,
    .embedding = &gemini_embedding_operation,
    .count_tokens = &gemini_count_tokens_operation,
};
