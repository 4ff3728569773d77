/* The OpenAI Responses API as the mock serves it (POST …/responses): a response object, or
 * the Responses event stream (response.created … response.completed, each event with its
 * sequence_number), echoing the last user input the way the chat endpoint echoes the last
 * user message; with reply_tool, one function_call item whose arguments are {"echo": text}. */
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "tests/mock/mock.h"

bool mock_path_is_responses(const char *path)
{
    size_t len = strlen(path);
    return len >= 10 && strcmp(path + len - 10, "/responses") == 0;
}

static void append_input_text(struct growing_text *out, yajl_val content)
{
    if (YAJL_IS_STRING(content)) {
        text_printf(out, "%s", YAJL_GET_STRING(content));
        return;
    }
    for (size_t i = 0; YAJL_IS_ARRAY(content) && i < content->u.array.len; i++) {
        const char *text_path[] = { "text", NULL };
        yajl_val text = yajl_tree_get(content->u.array.values[i], text_path, yajl_t_string);
        if (text != NULL) {
            text_printf(out, "%s", YAJL_GET_STRING(text));
        }
    }
}

void mock_responses_user_text(yajl_val root, struct growing_text *out)
{
    const char *input_path[] = { "input", NULL };
    yajl_val input = yajl_tree_get(root, input_path, yajl_t_any);
    if (YAJL_IS_STRING(input)) {
        text_printf(out, "%s", YAJL_GET_STRING(input));
        return;
    }
    for (size_t i = YAJL_IS_ARRAY(input) ? input->u.array.len : 0; i-- > 0;) {
        const char *role_path[] = { "role", NULL };
        const char *content_path[] = { "content", NULL };
        yajl_val role = yajl_tree_get(input->u.array.values[i], role_path, yajl_t_string);
        const char *role_name = role != NULL ? YAJL_GET_STRING(role) : NULL;
        if (role_name != NULL && strcmp(role_name, "user") == 0) {
            append_input_text(out, yajl_tree_get(input->u.array.values[i], content_path, yajl_t_any));
            return;
        }
    }
}

static long tokens_of(size_t bytes)
{
    return (long)((bytes + 3) / 4);
}

static void usage(struct growing_text *out, const struct mock_answer *answer)
{
    long output = tokens_of(answer->text_len);
    text_printf(out, "{\"input_tokens\":%ld,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":%ld,"
                     "\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":%ld}",
                answer->prompt_tokens, output, answer->prompt_tokens + output);
}

/* The one output item, whole: a message with the text, or the function call. */
static void output_item(struct growing_text *out, const struct mock_answer *answer, const char *arguments,
                        size_t arguments_len, const char *status)
{
    if (answer->tool) {
        text_printf(out, "{\"id\":\"fc_mock1\",\"type\":\"function_call\",\"status\":\"%s\",\"call_id\":\"call_mock1\","
                         "\"name\":", status);
        text_json_string(out, answer->tool, strlen(answer->tool));
        text_printf(out, ",\"arguments\":");
        text_json_string(out, arguments, arguments_len);
        text_append(out, "}", 1);
        return;
    }
    text_printf(out, "{\"id\":\"msg_mock1\",\"type\":\"message\",\"status\":\"%s\",\"role\":\"assistant\","
                     "\"content\":[", status);
    if (strcmp(status, "completed") == 0) {
        text_printf(out, "{\"type\":\"output_text\",\"text\":");
        text_json_string(out, answer->text, answer->text_len);
        text_printf(out, ",\"annotations\":[],\"logprobs\":[]}");
    }
    text_append(out, "]}", 2);
}

static void response_object(struct growing_text *out, const struct mock_answer *answer, const char *status,
                            const char *arguments, size_t arguments_len)
{
    text_printf(out, "{\"id\":\"resp_mock\",\"object\":\"response\",\"created_at\":1767225600,\"status\":\"%s\","
                     "\"error\":null,\"incomplete_details\":null,\"model\":", status);
    text_json_string(out, answer->model, strlen(answer->model));
    text_printf(out, ",\"output\":[");
    if (strcmp(status, "completed") == 0) {
        output_item(out, answer, arguments, arguments_len, "completed");
    }
    text_printf(out, "],\"parallel_tool_calls\":true,\"store\":false,\"usage\":");
    if (strcmp(status, "completed") == 0) {
        usage(out, answer);
    } else {
        text_printf(out, "null");
    }
    text_append(out, "}", 1);
}

/* The events of a Responses stream, each numbered in its sequence_number. */
struct response_events {
    struct event_list list;
    long sequence;
};

static struct growing_text *begin(struct response_events *events, const char *name)
{
    struct growing_text *event = event_list_next(&events->list);
    text_printf(event, "event: %s\ndata: {\"type\":\"%s\",\"sequence_number\":%ld", name, name,
                events->sequence++);
    return event;
}

static void end(struct growing_text *event)
{
    text_append(event, "}\n\n", 3);
}

static void stream(struct response_events *list, const struct mock_answer *answer, const char *body, size_t len,
                   int chunk_bytes)
{
    struct growing_text *event;
    const char *phases[] = { "response.created", "response.in_progress" };
    for (size_t i = 0; i < 2; i++) {
        event = begin(list, phases[i]);
        text_printf(event, ",\"response\":");
        response_object(event, answer, "in_progress", NULL, 0);
        end(event);
    }
    const char *item_id = answer->tool ? "fc_mock1" : "msg_mock1";
    event = begin(list, "response.output_item.added");
    text_printf(event, ",\"output_index\":0,\"item\":");
    output_item(event, answer, "", 0, "in_progress");
    end(event);
    if (!answer->tool) {
        event = begin(list, "response.content_part.added");
        text_printf(event, ",\"item_id\":\"%s\",\"output_index\":0,\"content_index\":0,"
                           "\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]}", item_id);
        end(event);
    }
    for (size_t at = 0; at < len;) {
        size_t piece = text_piece_length(body + at, len - at, chunk_bytes);
        event = begin(list, answer->tool ? "response.function_call_arguments.delta" : "response.output_text.delta");
        text_printf(event, ",\"item_id\":\"%s\",\"output_index\":0,%s\"delta\":", item_id,
                    answer->tool ? "" : "\"content_index\":0,\"logprobs\":[],");
        text_json_string(event, body + at, piece);
        end(event);
        at += piece;
    }
    if (answer->tool) {
        event = begin(list, "response.function_call_arguments.done");
        text_printf(event, ",\"item_id\":\"%s\",\"output_index\":0,\"arguments\":", item_id);
        text_json_string(event, body, len);
        end(event);
    } else {
        event = begin(list, "response.output_text.done");
        text_printf(event, ",\"item_id\":\"%s\",\"output_index\":0,\"content_index\":0,\"logprobs\":[],\"text\":",
                    item_id);
        text_json_string(event, body, len);
        end(event);
        event = begin(list, "response.content_part.done");
        text_printf(event, ",\"item_id\":\"%s\",\"output_index\":0,\"content_index\":0,"
                           "\"part\":{\"type\":\"output_text\",\"annotations\":[],\"text\":", item_id);
        text_json_string(event, body, len);
        text_append(event, "}", 1);
        end(event);
    }
    event = begin(list, "response.output_item.done");
    text_printf(event, ",\"output_index\":0,\"item\":");
    output_item(event, answer, body, len, "completed");
    end(event);
    event = begin(list, "response.completed");
    text_printf(event, ",\"response\":");
    response_object(event, answer, "completed", body, len);
    end(event);
}

bool mock_responses_answer(const char *path, const struct mock_answer *answer, bool streaming, int chunk_bytes,
                           struct growing_text *body, struct growing_text **events, size_t *event_count)
{
    if (!mock_path_is_responses(path)) {
        return false;
    }
    struct growing_text arguments = { 0 };
    const char *text = answer->text;
    size_t len = answer->text_len;
    if (answer->tool) {
        text_append(&arguments, "{\"echo\":", 8);
        text_json_string(&arguments, answer->text, answer->text_len);
        text_append(&arguments, "}", 1);
        text = arguments.data;
        len = arguments.len;
    }
    if (streaming) {
        struct response_events list = { 0 };
        stream(&list, answer, text, len, chunk_bytes);
        *events = list.list.events;
        *event_count = list.list.count;
    } else {
        response_object(body, answer, "completed", text, len);
    }
    text_free(&arguments);
    return true;
}
