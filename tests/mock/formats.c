/* What the three providers write: whole answers, stream events and error bodies, in
 * each one's exact shape (shared/WIRE-FORMATS.md). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/mock/mock.h"

void text_append(struct growing_text *text, const char *data, size_t len)
{
    if (text->len + len + 1 > text->cap) {
        size_t cap = text->cap ? text->cap * 2 : 256;
        while (cap < text->len + len + 1) {
            cap *= 2;
        }
        char *grown = realloc(text->data, cap);
        if (grown == NULL) {
            abort();
        }
        text->data = grown;
        text->cap = cap;
    }
    memcpy(text->data + text->len, data, len);
    text->len += len;
    text->data[text->len] = '\0';
}

void text_printf(struct growing_text *text, const char *format, ...)
{
    char small[512];
    va_list args;
    va_start(args, format);
    int len = vsnprintf(small, sizeof small, format, args);
    va_end(args);
    if (len >= 0 && (size_t)len < sizeof small) {
        text_append(text, small, (size_t)len);
        return;
    }
    char *large = malloc((size_t)len + 1);
    va_start(args, format);
    vsnprintf(large, (size_t)len + 1, format, args);
    va_end(args);
    text_append(text, large, (size_t)len);
    free(large);
}

void text_json_string(struct growing_text *text, const char *data, size_t len)
{
    text_append(text, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '"' || c == '\\') {
            char escaped[2] = { '\\', (char)c };
            text_append(text, escaped, 2);
        } else if (c < 0x20) {
            text_printf(text, "\\u%04x", c);
        } else {
            text_append(text, (const char *)&data[i], 1);
        }
    }
    text_append(text, "\"", 1);
}

void text_free(struct growing_text *text)
{
    free(text->data);
    memset(text, 0, sizeof *text);
}

static long tokens_of(size_t bytes)
{
    return (long)((bytes + 3) / 4);
}

/* The signature Anthropic puts on a thinking block (its own; opaque to everyone else). */
static const char thinking_signature[] = "bW9jay1zaWduYXR1cmU=";

/* The tool call's arguments: {"echo": "<text>"}, as JSON text. */
static void tool_arguments(struct growing_text *out, const struct mock_answer *answer)
{
    text_append(out, "{\"echo\":", 8);
    text_json_string(out, answer->text, answer->text_len);
    text_append(out, "}", 1);
}

static void gemini_logprobs_result(struct growing_text *out, const char *text, size_t len, int token_bytes,
                                   int top);

/* ---- whole answers ---- */

void format_whole_answer(struct growing_text *out, const struct mock_answer *answer)
{
    long thinking = answer->reasoning ? tokens_of(answer->reasoning_len) : 0;
    long completion = tokens_of(answer->text_len) + thinking;
    struct growing_text arguments = { 0 };
    if (answer->tool) {
        tool_arguments(&arguments, answer);
    }
    switch (answer->format) {
    case FORMAT_OPENAI:
        text_printf(out, "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion\",\"created\":1767225600,\"model\":");
        text_json_string(out, answer->model, strlen(answer->model));
        text_printf(out, ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",");
        if (answer->reasoning) {
            text_printf(out, "\"reasoning_content\":");       /* DeepSeek's and vLLM's name */
            text_json_string(out, answer->reasoning, answer->reasoning_len);
            text_printf(out, ",");
        }
        text_printf(out, "\"content\":");
        if (answer->tool) {
            text_printf(out, "null,\"tool_calls\":[{\"id\":\"call_mock1\",\"type\":\"function\",\"function\":{\"name\":");
            text_json_string(out, answer->tool, strlen(answer->tool));
            text_printf(out, ",\"arguments\":");
            text_json_string(out, arguments.data, arguments.len);
            text_printf(out, "}}]},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}]");
        } else {
            text_json_string(out, answer->text, answer->text_len);
            text_printf(out, ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}]");
        }
        text_printf(out, ",\"usage\":{\"prompt_tokens\":%ld,\"completion_tokens\":%ld,\"total_tokens\":%ld",
                    answer->prompt_tokens, completion, answer->prompt_tokens + completion);
        if (answer->reasoning) {
            text_printf(out, ",\"completion_tokens_details\":{\"reasoning_tokens\":%ld}", thinking);
        }
        text_printf(out, "}}");
        break;
    case FORMAT_ANTHROPIC:
        text_printf(out, "{\"id\":\"msg_mock\",\"type\":\"message\",\"role\":\"assistant\",\"model\":");
        text_json_string(out, answer->model, strlen(answer->model));
        text_printf(out, ",\"content\":[");
        if (answer->reasoning) {
            text_printf(out, "{\"type\":\"thinking\",\"thinking\":");
            text_json_string(out, answer->reasoning, answer->reasoning_len);
            text_printf(out, ",\"signature\":\"%s\"},", thinking_signature);
        }
        if (answer->tool) {
            text_printf(out, "{\"type\":\"tool_use\",\"id\":\"toolu_mock1\",\"name\":");
            text_json_string(out, answer->tool, strlen(answer->tool));
            text_printf(out, ",\"input\":%s}],\"stop_reason\":\"tool_use\"", arguments.data);
        } else {
            text_printf(out, "{\"type\":\"text\",\"text\":");
            text_json_string(out, answer->text, answer->text_len);
            text_printf(out, "}],\"stop_reason\":\"end_turn\"");
        }
        text_printf(out, ",\"stop_sequence\":null,\"usage\":{\"input_tokens\":%ld,\"output_tokens\":%ld}}",
                    answer->prompt_tokens, completion);
        break;
    case FORMAT_GEMINI:
        text_printf(out, "{\"candidates\":[");
        for (int index = 0; index < (answer->candidates > 1 ? answer->candidates : 1); index++) {
            text_printf(out, "%s{\"content\":{\"role\":\"model\",\"parts\":[", index ? "," : "");
            if (answer->reasoning) {
                text_printf(out, "{\"text\":");
                text_json_string(out, answer->reasoning, answer->reasoning_len);
                text_printf(out, ",\"thought\":true},");
            }
            if (answer->tool) {
                text_printf(out, "{\"functionCall\":{\"name\":");
                text_json_string(out, answer->tool, strlen(answer->tool));
                text_printf(out, ",\"args\":%s}}", arguments.data);
            } else {
                text_printf(out, "{\"text\":");
                text_json_string(out, answer->text, answer->text_len);
                text_printf(out, "}");
            }
            text_printf(out, "]},\"finishReason\":\"STOP\",\"index\":%d", index);
            if (answer->logprobs >= 0 && !answer->tool) {
                text_printf(out, ",\"logprobsResult\":");
                gemini_logprobs_result(out, answer->text, answer->text_len, 4, answer->logprobs);
            }
            text_printf(out, "}");
        }
        /* Gemini counts thoughts apart from the candidates. */
        text_printf(out, "],\"usageMetadata\":{\"promptTokenCount\":%ld,\"candidatesTokenCount\":%ld,",
                    answer->prompt_tokens, completion - thinking);
        if (answer->reasoning) {
            text_printf(out, "\"thoughtsTokenCount\":%ld,", thinking);
        }
        text_printf(out, "\"totalTokenCount\":%ld},\"modelVersion\":", answer->prompt_tokens + completion);
        text_json_string(out, answer->model, strlen(answer->model));
        text_printf(out, ",\"responseId\":\"mock\"}");
        break;
    }
    text_free(&arguments);
}

/* ---- errors ---- */

static const char *anthropic_error_type(int status)
{
    switch (status) {
    case 400: return "invalid_request_error";
    case 401: return "authentication_error";
    case 403: return "permission_error";
    case 404: return "not_found_error";
    case 413: return "request_too_large";
    case 429: return "rate_limit_error";
    case 503: case 529: return "overloaded_error";
    default: return "api_error";
    }
}

static const char *gemini_status_name(int status)
{
    switch (status) {
    case 400: return "INVALID_ARGUMENT";
    case 401: return "UNAUTHENTICATED";
    case 403: return "PERMISSION_DENIED";
    case 404: return "NOT_FOUND";
    case 429: return "RESOURCE_EXHAUSTED";
    case 503: return "UNAVAILABLE";
    case 504: return "DEADLINE_EXCEEDED";
    default: return "INTERNAL";
    }
}

void format_error_body(struct growing_text *out, enum mock_format format, int status)
{
    switch (format) {
    case FORMAT_OPENAI:
        text_printf(out, "{\"error\":{\"message\":\"mock error %d\",\"type\":\"%s\",\"param\":null,\"code\":%s}}",
                    status, status == 429 ? "requests" : status >= 500 ? "server_error" : "invalid_request_error",
                    status == 429 ? "\"rate_limit_exceeded\"" : "null");
        return;
    case FORMAT_ANTHROPIC:
        text_printf(out, "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":\"mock error %d\"}}",
                    anthropic_error_type(status), status);
        return;
    case FORMAT_GEMINI:
        text_printf(out, "{\"error\":{\"code\":%d,\"message\":\"mock error %d\",\"status\":\"%s\"}}",
                    status, status, gemini_status_name(status));
        return;
    }
}

/* ---- streams ---- */

size_t text_piece_length(const char *text, size_t remaining, int chunk_bytes)
{
    size_t len = chunk_bytes > 0 && (size_t)chunk_bytes < remaining ? (size_t)chunk_bytes : remaining;
    while (len < remaining && ((unsigned char)text[len] & 0xC0) == 0x80) {
        len++;
    }
    return len;
}

/* Gemini's logprobsResult for a text: one token per token_bytes (UTF-8 characters whole), each
 * chosen at -0.25; with top > 0 the top candidates are the token itself, then alt1, alt2 …
 * at -1, -2 … */
static void gemini_logprobs_result(struct growing_text *out, const char *text, size_t len, int token_bytes, int top)
{
    struct growing_text chosen = { 0 };
    text_append(out, "{", 1);
    if (top > 0) {
        text_append(out, "\"topCandidates\":[", 17);
    }
    int count = 0;
    for (size_t at = 0; at < len; count++) {
        size_t piece = text_piece_length(text + at, len - at, token_bytes);
        text_printf(&chosen, "%s{\"token\":", count ? "," : "");
        text_json_string(&chosen, text + at, piece);
        text_printf(&chosen, ",\"tokenId\":%d,\"logProbability\":-0.25}", count);
        if (top > 0) {
            text_printf(out, "%s{\"candidates\":[{\"token\":", count ? "," : "");
            text_json_string(out, text + at, piece);
            text_printf(out, ",\"tokenId\":%d,\"logProbability\":-0.25}", count);
            for (int alternative = 1; alternative < top; alternative++) {
                text_printf(out, ",{\"token\":\"alt%d\",\"tokenId\":%d,\"logProbability\":%d}", alternative,
                            100000 + alternative, -alternative);
            }
            text_append(out, "]}", 2);
        }
        at += piece;
    }
    text_printf(out, "%s\"chosenCandidates\":[", top > 0 ? "]," : "");
    text_append(out, chosen.data ? chosen.data : "", chosen.len);
    text_append(out, "]}", 2);
    text_free(&chosen);
}

struct growing_text *event_list_next(struct event_list *list)
{
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        list->events = realloc(list->events, list->cap * sizeof *list->events);
        if (list->events == NULL) {
            abort();
        }
    }
    struct growing_text *event = &list->events[list->count++];
    memset(event, 0, sizeof *event);
    return event;
}

static struct growing_text *sse_event(struct event_list *list, const char *name)
{
    struct growing_text *event = event_list_next(list);
    if (name != NULL) {
        text_printf(event, "event: %s\n", name);
    }
    text_append(event, "data: ", 6);
    return event;
}

static void end_event(struct growing_text *event)
{
    text_append(event, "\n\n", 2);
}

static void openai_chunk_start(struct growing_text *event, const struct mock_answer *answer)
{
    text_printf(event, "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,\"model\":");
    text_json_string(event, answer->model, strlen(answer->model));
    text_printf(event, ",\"choices\":[{\"index\":0,\"delta\":");
}

static void openai_stream(struct event_list *list, const struct mock_answer *answer, const char *body, size_t len,
                          int chunk_bytes)
{
    struct growing_text *event = sse_event(list, NULL);
    openai_chunk_start(event, answer);
    if (answer->tool) {
        text_printf(event, "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_mock1\","
                           "\"type\":\"function\",\"function\":{\"name\":");
        text_json_string(event, answer->tool, strlen(answer->tool));
        text_printf(event, ",\"arguments\":\"\"}}]},\"logprobs\":null,\"finish_reason\":null}]}");
    } else {
        text_printf(event, "{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}");
    }
    end_event(event);
    for (size_t at = 0; answer->reasoning && at < answer->reasoning_len;) {
        size_t piece = text_piece_length(answer->reasoning + at, answer->reasoning_len - at, chunk_bytes);
        event = sse_event(list, NULL);
        openai_chunk_start(event, answer);
        text_printf(event, "{\"reasoning_content\":");
        text_json_string(event, answer->reasoning + at, piece);
        text_printf(event, "},\"logprobs\":null,\"finish_reason\":null}]}");
        end_event(event);
        at += piece;
    }
    for (size_t at = 0; at < len;) {
        size_t piece = text_piece_length(body + at, len - at, chunk_bytes);
        event = sse_event(list, NULL);
        openai_chunk_start(event, answer);
        if (answer->tool) {
            text_printf(event, "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":");
            text_json_string(event, body + at, piece);
            text_printf(event, "}}]},\"logprobs\":null,\"finish_reason\":null}]}");
        } else {
            text_printf(event, "{\"content\":");
            text_json_string(event, body + at, piece);
            text_printf(event, "},\"logprobs\":null,\"finish_reason\":null}]}");
        }
        end_event(event);
        at += piece;
    }
    event = sse_event(list, NULL);
    openai_chunk_start(event, answer);
    text_printf(event, "{},\"logprobs\":null,\"finish_reason\":\"%s\"}]}", answer->tool ? "tool_calls" : "stop");
    end_event(event);
    if (answer->include_usage) {
        long thinking = answer->reasoning ? tokens_of(answer->reasoning_len) : 0;
        long completion = tokens_of(answer->text_len) + thinking;
        event = sse_event(list, NULL);
        text_printf(event, "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                           "\"model\":\"%s\",\"choices\":[],\"usage\":{\"prompt_tokens\":%ld,\"completion_tokens\":%ld,"
                           "\"total_tokens\":%ld", answer->model, answer->prompt_tokens, completion,
                    answer->prompt_tokens + completion);
        if (answer->reasoning) {
            text_printf(event, ",\"completion_tokens_details\":{\"reasoning_tokens\":%ld}", thinking);
        }
        text_printf(event, "}}");
        end_event(event);
    }
    event = sse_event(list, NULL);
    text_append(event, "[DONE]", 6);
    end_event(event);
}

/* Block 0: the thinking, in thinking_delta pieces, then its signature in one signature_delta. */
static void anthropic_thinking_block(struct event_list *list, const struct mock_answer *answer, int chunk_bytes)
{
    struct growing_text *event = sse_event(list, "content_block_start");
    text_printf(event, "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"thinking\","
                       "\"thinking\":\"\",\"signature\":\"\"}}");
    end_event(event);
    for (size_t at = 0; at < answer->reasoning_len;) {
        size_t piece = text_piece_length(answer->reasoning + at, answer->reasoning_len - at, chunk_bytes);
        event = sse_event(list, "content_block_delta");
        text_printf(event, "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\","
                           "\"thinking\":");
        text_json_string(event, answer->reasoning + at, piece);
        text_printf(event, "}}");
        end_event(event);
        at += piece;
    }
    event = sse_event(list, "content_block_delta");
    text_printf(event, "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"signature_delta\","
                       "\"signature\":\"%s\"}}", thinking_signature);
    end_event(event);
    event = sse_event(list, "content_block_stop");
    text_printf(event, "{\"type\":\"content_block_stop\",\"index\":0}");
    end_event(event);
}

static void anthropic_stream(struct event_list *list, const struct mock_answer *answer, const char *body, size_t len,
                             int chunk_bytes)
{
    struct growing_text *event = sse_event(list, "message_start");
    text_printf(event, "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_mock\",\"type\":\"message\",\"role\":\"assistant\","
                       "\"model\":");
    text_json_string(event, answer->model, strlen(answer->model));
    text_printf(event, ",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":%ld,"
                       "\"output_tokens\":1}}}", answer->prompt_tokens);
    end_event(event);
    int block = 0;               /* the answer's block: 1 after a thinking block */
    if (answer->reasoning) {
        anthropic_thinking_block(list, answer, chunk_bytes);
        block = 1;
    }
    event = sse_event(list, "content_block_start");
    if (answer->tool) {
        text_printf(event, "{\"type\":\"content_block_start\",\"index\":%d,\"content_block\":{\"type\":\"tool_use\","
                           "\"id\":\"toolu_mock1\",\"name\":", block);
        text_json_string(event, answer->tool, strlen(answer->tool));
        text_printf(event, ",\"input\":{}}}");
    } else {
        text_printf(event, "{\"type\":\"content_block_start\",\"index\":%d,\"content_block\":{\"type\":\"text\","
                           "\"text\":\"\"}}", block);
    }
    end_event(event);
    for (size_t at = 0; at < len;) {
        size_t piece = text_piece_length(body + at, len - at, chunk_bytes);
        event = sse_event(list, "content_block_delta");
        text_printf(event, "{\"type\":\"content_block_delta\",\"index\":%d,\"delta\":{\"type\":\"%s\",\"%s\":",
                    block, answer->tool ? "input_json_delta" : "text_delta", answer->tool ? "partial_json" : "text");
        text_json_string(event, body + at, piece);
        text_printf(event, "}}");
        end_event(event);
        at += piece;
    }
    event = sse_event(list, "content_block_stop");
    text_printf(event, "{\"type\":\"content_block_stop\",\"index\":%d}", block);
    end_event(event);
    event = sse_event(list, "message_delta");
    text_printf(event, "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"%s\",\"stop_sequence\":null},"
                       "\"usage\":{\"output_tokens\":%ld}}", answer->tool ? "tool_use" : "end_turn",
                tokens_of(answer->text_len) + (answer->reasoning ? tokens_of(answer->reasoning_len) : 0));
    end_event(event);
    event = sse_event(list, "message_stop");
    text_printf(event, "{\"type\":\"message_stop\"}");
    end_event(event);
}

static void gemini_stream(struct event_list *list, const struct mock_answer *answer, const char *body, size_t len,
                          int chunk_bytes)
{
    struct growing_text *event;
    for (size_t at = 0; answer->reasoning && at < answer->reasoning_len;) {
        size_t piece = text_piece_length(answer->reasoning + at, answer->reasoning_len - at, chunk_bytes);
        event = sse_event(list, NULL);
        text_printf(event, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":");
        text_json_string(event, answer->reasoning + at, piece);
        text_printf(event, ",\"thought\":true}]},\"index\":0}],\"modelVersion\":\"%s\",\"responseId\":\"mock\"}",
                    answer->model);
        end_event(event);
        at += piece;
    }
    if (answer->tool) {
        /* Gemini sends a function call whole, in one chunk. */
        event = sse_event(list, NULL);
        text_printf(event, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":");
        text_json_string(event, answer->tool, strlen(answer->tool));
        text_printf(event, ",\"args\":%.*s}}]},\"index\":0}],\"modelVersion\":\"%s\",\"responseId\":\"mock\"}",
                    (int)len, body, answer->model);
        end_event(event);
    }
    for (size_t at = 0; !answer->tool && at < len;) {
        size_t piece = text_piece_length(body + at, len - at, chunk_bytes);
        event = sse_event(list, NULL);
        text_printf(event, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":");
        text_json_string(event, body + at, piece);
        text_printf(event, "}]},\"index\":0");
        if (answer->logprobs >= 0) {
            text_printf(event, ",\"logprobsResult\":");        /* the chunk is one token */
            gemini_logprobs_result(event, body + at, piece, (int)piece, answer->logprobs);
        }
        text_printf(event, "}],\"modelVersion\":\"%s\",\"responseId\":\"mock\"}", answer->model);
        end_event(event);
        at += piece;
    }
    long completion = tokens_of(answer->text_len);
    long thinking = answer->reasoning ? tokens_of(answer->reasoning_len) : 0;
    event = sse_event(list, NULL);
    text_printf(event, "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"\"}]},\"finishReason\":\"STOP\","
                       "\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":%ld,\"candidatesTokenCount\":%ld,",
                answer->prompt_tokens, completion);
    if (answer->reasoning) {
        text_printf(event, "\"thoughtsTokenCount\":%ld,", thinking);
    }
    text_printf(event, "\"totalTokenCount\":%ld},\"modelVersion\":\"%s\",\"responseId\":\"mock\"}",
                answer->prompt_tokens + completion + thinking, answer->model);
    end_event(event);
}

size_t format_stream_events(const struct mock_answer *answer, int chunk_bytes, struct growing_text **events)
{
    struct event_list list = { 0 };
    struct growing_text arguments = { 0 };
    const char *body = answer->text;
    size_t len = answer->text_len;
    if (answer->tool) {
        tool_arguments(&arguments, answer);
        body = arguments.data;
        len = arguments.len;
    }
    switch (answer->format) {
    case FORMAT_OPENAI: openai_stream(&list, answer, body, len, chunk_bytes); break;
    case FORMAT_ANTHROPIC: anthropic_stream(&list, answer, body, len, chunk_bytes); break;
    case FORMAT_GEMINI: gemini_stream(&list, answer, body, len, chunk_bytes); break;
    }
    text_free(&arguments);
    *events = list.events;
    return list.count;
}
