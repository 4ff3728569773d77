/* The OpenAI-format answers formats.c does not write: legacy text completions
 * (POST …/completions, text_completion objects and chunks), and chat completions that ask
 * for several choices (n) or logprobs. Each choice echoes the same text; the logprobs are
 * made up (one entry per piece of chunk_bytes, every log probability -0.5), enough for a
 * client to see them pass through. */
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

#include "tests/mock/mock.h"

enum { MAX_MOCK_CHOICES = 16 };

struct openai_extras {
    bool completion;       /* legacy /completions */
    bool logprobs;         /* chat "logprobs": true, or completions "logprobs": N */
    long top_logprobs;
    long choices;          /* n */
    bool echo;             /* completions: the prompt heads the text */
};

static bool path_is_completions(const char *path)
{
    size_t len = strlen(path);
    return len >= 12 && strcmp(path + len - 12, "/completions") == 0
           && !(len >= 17 && strcmp(path + len - 17, "/chat/completions") == 0);
}

static long integer_member(yajl_val root, const char *name, long absent)
{
    const char *path[] = { name, NULL };
    yajl_val value = yajl_tree_get(root, path, yajl_t_number);
    return value != NULL && YAJL_IS_INTEGER(value) ? (long)YAJL_GET_INTEGER(value) : absent;
}

static bool true_member(yajl_val root, const char *name)
{
    const char *path[] = { name, NULL };
    return YAJL_IS_TRUE(yajl_tree_get(root, path, yajl_t_true));
}

static struct openai_extras read_extras(const char *path, yajl_val root)
{
    struct openai_extras extras = { .completion = path_is_completions(path) };
    extras.choices = integer_member(root, "n", 1);
    extras.choices = extras.choices < 1 ? 1 : extras.choices > MAX_MOCK_CHOICES ? MAX_MOCK_CHOICES : extras.choices;
    if (extras.completion) {
        extras.top_logprobs = integer_member(root, "logprobs", -1);
        extras.logprobs = extras.top_logprobs >= 0;
        extras.echo = true_member(root, "echo");
    } else {
        extras.logprobs = true_member(root, "logprobs");
        extras.top_logprobs = integer_member(root, "top_logprobs", 0);
    }
    return extras;
}

/* A piece's top alternatives: itself, then "alt1".."altN-1". */
static void chat_top_logprobs(struct growing_text *out, const char *piece, size_t len, long count)
{
    text_append(out, "[", 1);
    for (long i = 0; i < count; i++) {
        text_printf(out, i ? ",{\"token\":" : "{\"token\":");
        if (i == 0) {
            text_json_string(out, piece, len);
        } else {
            text_printf(out, "\"alt%ld\"", i);
        }
        text_printf(out, ",\"logprob\":%s,\"bytes\":null}", i == 0 ? "-0.5" : "-3.0");
    }
    text_append(out, "]", 1);
}

/* Chat logprobs of text: {"content": [{token, logprob, bytes, top_logprobs}], "refusal": null}. */
static void chat_logprobs(struct growing_text *out, const char *text, size_t len, int chunk_bytes, long top)
{
    text_printf(out, "{\"content\":[");
    for (size_t at = 0; at < len;) {
        size_t piece = text_piece_length(text + at, len - at, chunk_bytes);
        text_printf(out, at ? ",{\"token\":" : "{\"token\":");
        text_json_string(out, text + at, piece);
        text_printf(out, ",\"logprob\":-0.5,\"bytes\":null,\"top_logprobs\":");
        chat_top_logprobs(out, text + at, piece, top);
        text_append(out, "}", 1);
        at += piece;
    }
    text_printf(out, "],\"refusal\":null}");
}

/* Legacy logprobs of text: {"tokens", "token_logprobs", "top_logprobs", "text_offset"}. */
static void completion_logprobs(struct growing_text *out, const char *text, size_t len, int chunk_bytes,
                                size_t offset)
{
    static const char *const lists[] = { "tokens", "token_logprobs", "top_logprobs", "text_offset" };
    for (size_t list = 0; list < 4; list++) {
        text_printf(out, list ? "],\"%s\":[" : "{\"%s\":[", lists[list]);
        for (size_t at = 0, first = 1; at < len; first = 0) {
            size_t piece = text_piece_length(text + at, len - at, chunk_bytes);
            text_printf(out, first ? "" : ",");
            if (list == 0) {
                text_json_string(out, text + at, piece);
            } else if (list == 1) {
                text_printf(out, "-0.5");
            } else if (list == 2) {
                text_append(out, "{", 1);
                text_json_string(out, text + at, piece);
                text_printf(out, ":-0.5}");
            } else {
                text_printf(out, "%zu", offset + at);
            }
            at += piece;
        }
    }
    text_printf(out, "]}");
}

static void usage_member(struct growing_text *out, const struct mock_answer *answer, long choices)
{
    long completion = (long)((answer->text_len + 3) / 4) * choices;
    text_printf(out, ",\"usage\":{\"prompt_tokens\":%ld,\"completion_tokens\":%ld,\"total_tokens\":%ld}",
                answer->prompt_tokens, completion, answer->prompt_tokens + completion);
}

static void whole_completion(struct growing_text *out, const struct mock_answer *answer,
                             const struct openai_extras *extras, int chunk_bytes)
{
    text_printf(out, "{\"id\":\"cmpl-mock\",\"object\":\"text_completion\",\"created\":1767225600,\"model\":");
    text_json_string(out, answer->model, strlen(answer->model));
    text_printf(out, ",\"choices\":[");
    for (long i = 0; i < extras->choices; i++) {
        text_printf(out, i ? ",{\"text\":" : "{\"text\":");
        text_json_string(out, answer->text, answer->text_len);
        text_printf(out, ",\"index\":%ld,\"logprobs\":", i);
        if (extras->logprobs) {
            completion_logprobs(out, answer->text, answer->text_len, chunk_bytes, 0);
        } else {
            text_printf(out, "null");
        }
        text_printf(out, ",\"finish_reason\":\"stop\"}");
    }
    text_append(out, "]", 1);
    usage_member(out, answer, extras->choices);
    text_append(out, "}", 1);
}

static void whole_chat(struct growing_text *out, const struct mock_answer *answer, const struct openai_extras *extras,
                       int chunk_bytes)
{
    text_printf(out, "{\"id\":\"chatcmpl-mock\",\"object\":\"chat.completion\",\"created\":1767225600,\"model\":");
    text_json_string(out, answer->model, strlen(answer->model));
    text_printf(out, ",\"choices\":[");
    for (long i = 0; i < extras->choices; i++) {
        text_printf(out, "%s{\"index\":%ld,\"message\":{\"role\":\"assistant\",\"content\":", i ? "," : "", i);
        text_json_string(out, answer->text, answer->text_len);
        text_printf(out, ",\"refusal\":null},\"logprobs\":");
        if (extras->logprobs) {
            chat_logprobs(out, answer->text, answer->text_len, chunk_bytes, extras->top_logprobs);
        } else {
            text_printf(out, "null");
        }
        text_printf(out, ",\"finish_reason\":\"stop\"}");
    }
    text_append(out, "]", 1);
    usage_member(out, answer, extras->choices);
    text_append(out, "}", 1);
}

/* A new event, its "data: " written. */
static struct growing_text *next_event(struct event_list *list)
{
    struct growing_text *event = event_list_next(list);
    text_append(event, "data: ", 6);
    return event;
}

static void chunk_head(struct growing_text *event, const struct mock_answer *answer, bool completion)
{
    text_printf(event, "{\"id\":\"%s\",\"object\":\"%s\",\"created\":1767225600,\"model\":",
                completion ? "cmpl-mock" : "chatcmpl-mock", completion ? "text_completion" : "chat.completion.chunk");
    text_json_string(event, answer->model, strlen(answer->model));
}

/* One piece of the text (NULL: the final, empty piece with the finish reason). */
static void stream_piece(struct event_list *list, const struct mock_answer *answer, const struct openai_extras *extras,
                         const char *piece, size_t len, size_t offset)
{
    struct growing_text *event = next_event(list);
    chunk_head(event, answer, extras->completion);
    if (extras->completion) {
        text_printf(event, ",\"choices\":[{\"text\":");
        text_json_string(event, piece ? piece : "", piece ? len : 0);
        text_printf(event, ",\"index\":0,\"logprobs\":");
    } else {
        text_printf(event, ",\"choices\":[{\"index\":0,\"delta\":");
        if (piece != NULL) {
            text_printf(event, "{\"content\":");
            text_json_string(event, piece, len);
            text_printf(event, "},\"logprobs\":");
        } else {
            text_printf(event, "{},\"logprobs\":");
        }
    }
    if (piece != NULL && extras->logprobs && extras->completion) {
        completion_logprobs(event, piece, len, (int)len, offset);
    } else if (piece != NULL && extras->logprobs) {
        chat_logprobs(event, piece, len, (int)len, extras->top_logprobs);
    } else {
        text_printf(event, "null");
    }
    text_printf(event, ",\"finish_reason\":%s}]}\n\n", piece ? "null" : "\"stop\"");
}

static size_t stream_events(const struct mock_answer *answer, const struct openai_extras *extras, int chunk_bytes,
                            struct growing_text **events)
{
    struct event_list list = { 0 };
    for (size_t at = 0; at < answer->text_len;) {
        size_t piece = text_piece_length(answer->text + at, answer->text_len - at, chunk_bytes);
        stream_piece(&list, answer, extras, answer->text + at, piece, at);
        at += piece;
    }
    stream_piece(&list, answer, extras, NULL, 0, answer->text_len);
    if (answer->include_usage) {
        struct growing_text *event = next_event(&list);
        chunk_head(event, answer, extras->completion);
        text_printf(event, ",\"choices\":[]");
        usage_member(event, answer, 1);
        text_printf(event, "}\n\n");
    }
    text_printf(next_event(&list), "[DONE]\n\n");
    *events = list.events;
    return list.count;
}

bool mock_openai_extra_answer(const char *path, struct yajl_val_s *root, const struct mock_answer *answer,
                              bool streaming, int chunk_bytes, struct growing_text *body,
                              struct growing_text **events, size_t *event_count)
{
    if (answer->format != FORMAT_OPENAI || answer->tool != NULL) {
        return false;
    }
    struct openai_extras extras = read_extras(path, root);
    if (!extras.completion && !extras.logprobs && extras.choices == 1) {
        return false;
    }
    struct growing_text echoed = { 0 };
    struct mock_answer shaped = *answer;
    if (extras.echo) {
        /* echo: the prompt, then the completion (which, echoing, is the prompt again). */
        text_append(&echoed, answer->text, answer->text_len);
        text_append(&echoed, answer->text, answer->text_len);
        shaped.text = echoed.data;
        shaped.text_len = echoed.len;
    }
    if (streaming) {
        *event_count = stream_events(&shaped, &extras, chunk_bytes, events);
    } else if (extras.completion) {
        whole_completion(body, &shaped, &extras, chunk_bytes);
    } else {
        whole_chat(body, &shaped, &extras, chunk_bytes);
    }
    text_free(&echoed);
    return true;
}
