/* lethe-mock: the HTTP side. Routes provider requests to the right format, applies the
 * behaviour in force (errors, delays, drops, garbage) and serves the /__mock/ endpoints.
 * One libevent loop, like lethe itself. */
#include <errno.h>
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <yajl/yajl_tree.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <evhtp/evhtp.h>
#pragma GCC diagnostic pop

#include "tests/mock/mock.h"

#define HOOK(function) ((evhtp_hook)(void (*)(void))(function))

struct open_connection {
    struct open_connection *previous, *next;
    evhtp_connection_t *raw;
    struct mock *mock;
};

struct mock {
    struct event_base *base;
    evhtp_t *htp;
    struct open_connection *connections;   /* freed at shutdown: evhtp_free does not */
    struct mock_behaviour start;     /* from the flags: what {} resets to */
    struct mock_behaviour current;
    unsigned long requests;
    struct growing_text last;        /* JSON of the last provider request */
};

/* A reply that waits on a timer: delayed headers, paced stream events, a drop. */
struct reply_job {
    struct mock *mock;
    evhtp_request_t *request;
    struct event *timer;
    enum mock_format format;
    int status;
    struct growing_text body;        /* a whole answer or an error body */
    struct growing_text *events;     /* a stream */
    size_t event_count, next_event;
    bool streaming, headers_sent, dropping, garbage;
    int first_byte_ms, chunk_ms, drop_after;
    char retry_after[64];
    char location[512];              /* a redirect's target */
    bool no_content_type;
};

/* ---- small helpers ---- */

static void add_header(evhtp_request_t *request, const char *name, const char *value)
{
    evhtp_headers_add_header(request->headers_out, evhtp_header_new(name, value, 1, 1));
}

static void reply_now(evhtp_request_t *request, int status, const char *content_type, const char *body, size_t len)
{
    if (content_type != NULL) {
        add_header(request, "Content-Type", content_type);
    }
    evbuffer_add(request->buffer_out, body, len);
    evhtp_send_reply(request, (evhtp_res)status);
}

static void reply_json(evhtp_request_t *request, int status, const char *body)
{
    reply_now(request, status, "application/json", body, strlen(body));
}

static const char *path_of(evhtp_request_t *request)
{
    return request->uri && request->uri->path && request->uri->path->full ? request->uri->path->full : "/";
}

static void arm(struct reply_job *job, int delay_ms)
{
    struct timeval delay = { delay_ms / 1000, (delay_ms % 1000) * 1000 };
    evtimer_add(job->timer, &delay);
}

static void job_free(struct reply_job *job)
{
    if (job->timer != NULL) {
        event_free(job->timer);
    }
    text_free(&job->body);
    for (size_t i = 0; i < job->event_count; i++) {
        text_free(&job->events[i]);
    }
    free(job->events);
    free(job);
}

/* ---- delayed and streamed replies ---- */

static evhtp_res on_job_request_fini(evhtp_request_t *request, void *arg)
{
    (void)request;
    job_free(arg);
    return EVHTP_RES_OK;
}

static void on_job_error(evhtp_request_t *request, evhtp_error_flags flags, void *arg)
{
    (void)flags;
    (void)arg;
    evhtp_request_resume(request);   /* lets evhtp free a paused connection now */
}

static void drop_connection(struct reply_job *job);

/* libevhtp adds "Content-Type: text/plain" to any reply without one, so an answer with no
 * content type is written by hand on the connection, which then closes. */
static struct evbuffer *raw_output(struct reply_job *job)
{
    evhtp_connection_t *connection = evhtp_request_get_connection(job->request);
    return bufferevent_get_output(evhtp_connection_get_bev(connection));
}

static void send_raw_headers(struct reply_job *job)
{
    struct evbuffer *out = raw_output(job);
    evbuffer_add_printf(out, "HTTP/1.1 %d OK\r\nConnection: close\r\n", job->status);
    if (!job->streaming) {
        evbuffer_add_printf(out, "Content-Length: %zu\r\n\r\n", job->body.len);
        evbuffer_add(out, job->body.data, job->body.len);
        job->dropping = true;
        drop_connection(job);
        return;
    }
    evbuffer_add_printf(out, "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n");
}

static void send_headers(struct reply_job *job)
{
    job->headers_sent = true;
    if (job->no_content_type) {
        send_raw_headers(job);
        return;
    }
    if (job->retry_after[0] != '\0') {
        add_header(job->request, "retry-after", job->retry_after);
    }
    if (job->location[0] != '\0') {
        add_header(job->request, "Location", job->location);
    }
    if (!job->streaming) {
        reply_now(job->request, job->status, job->no_content_type ? NULL : "application/json", job->body.data,
                  job->body.len);
        evhtp_request_resume(job->request);
        return;
    }
    if (!job->no_content_type) {
        add_header(job->request, "Content-Type", "text/event-stream");
    }
    add_header(job->request, "Cache-Control", "no-cache");
    evhtp_send_reply_chunk_start(job->request, (evhtp_res)job->status);
}

static void write_event(struct reply_job *job, const struct growing_text *event)
{
    if (job->no_content_type) {
        struct evbuffer *out = raw_output(job);
        evbuffer_add_printf(out, "%zx\r\n", event->len);
        evbuffer_add(out, event->data, event->len);
        evbuffer_add(out, "\r\n", 2);
        return;
    }
    struct evbuffer *chunk = evbuffer_new();
    evbuffer_add(chunk, event->data, event->len);
    evhtp_send_reply_chunk(job->request, chunk);
    evbuffer_free(chunk);
}

/* Close with no terminator, once what was written has left. */
static void drop_connection(struct reply_job *job)
{
    evhtp_connection_t *connection = evhtp_request_get_connection(job->request);
    struct evbuffer *output = bufferevent_get_output(evhtp_connection_get_bev(connection));
    if (evbuffer_get_length(output) > 0) {
        arm(job, 5);
        return;
    }
    evhtp_connection_free(connection);   /* frees the request and, through its hook, the job */
}

static void on_job_timer(evutil_socket_t fd, short events, void *arg)
{
    struct reply_job *job = arg;
    (void)fd;
    (void)events;
    if (job->dropping) {
        drop_connection(job);
        return;
    }
    if (!job->headers_sent) {
        send_headers(job);
        if (!job->streaming || job->dropping) {
            return;
        }
        if (job->first_byte_ms > 0) {
            arm(job, job->first_byte_ms);
            return;
        }
    }
    do {
        write_event(job, &job->events[job->next_event++]);
        if (job->drop_after > 0 && (int)job->next_event >= job->drop_after) {
            job->dropping = true;
            drop_connection(job);
            return;
        }
    } while (job->chunk_ms == 0 && job->next_event < job->event_count);
    if (job->next_event < job->event_count) {
        arm(job, job->chunk_ms);
        return;
    }
    if (job->no_content_type) {
        evbuffer_add(raw_output(job), "0\r\n\r\n", 5);
        job->dropping = true;
        drop_connection(job);
        return;
    }
    evhtp_send_reply_chunk_end(job->request);
    evhtp_request_resume(job->request);
}

static void start_job(struct reply_job *job, int latency_ms)
{
    job->timer = evtimer_new(job->mock->base, on_job_timer, job);
    evhtp_request_set_hook(job->request, evhtp_hook_on_request_fini, HOOK(on_job_request_fini), job);
    evhtp_request_set_hook(job->request, evhtp_hook_on_error, HOOK(on_job_error), job);
    evhtp_request_pause(job->request);
    arm(job, latency_ms);
}

/* ---- provider requests ---- */

static void record_request(struct mock *mock, evhtp_request_t *request, const char *body, size_t len)
{
    struct growing_text *last = &mock->last;
    last->len = 0;
    text_printf(last, "{\"method\":\"%s\",\"path\":", htparser_get_methodstr_m(evhtp_request_get_method(request)));
    struct growing_text path = { 0 };
    text_printf(&path, "%s", path_of(request));
    if (request->uri && request->uri->query_raw) {
        text_printf(&path, "?%s", (const char *)request->uri->query_raw);
    }
    text_json_string(last, path.data, path.len);
    text_free(&path);
    text_printf(last, ",\"headers\":{");
    evhtp_header_t *header;
    bool first = true;
    TAILQ_FOREACH(header, request->headers_in, next) {
        text_printf(last, first ? "" : ",");
        first = false;
        text_json_string(last, header->key, header->klen);
        text_append(last, ":", 1);
        text_json_string(last, header->val, header->vlen);
    }
    text_printf(last, "},\"body\":");
    text_json_string(last, body, len);
    text_append(last, "}", 1);
}

static void append_text_parts(struct growing_text *out, yajl_val parts, const char *text_key)
{
    if (YAJL_IS_STRING(parts)) {
        text_printf(out, "%s", YAJL_GET_STRING(parts));
        return;
    }
    for (size_t i = 0; YAJL_IS_ARRAY(parts) && i < parts->u.array.len; i++) {
        const char *text_path[] = { text_key, NULL };
        yajl_val text = yajl_tree_get(parts->u.array.values[i], text_path, yajl_t_string);
        if (text != NULL) {
            text_printf(out, "%s", YAJL_GET_STRING(text));
        }
    }
}

/* The text of the last user message, exactly as received after JSON decoding. */
static void last_user_text(enum mock_format format, yajl_val root, struct growing_text *out)
{
    const char *list_path[] = { format == FORMAT_GEMINI ? "contents" : "messages", NULL };
    yajl_val list = yajl_tree_get(root, list_path, yajl_t_array);
    for (size_t i = list ? list->u.array.len : 0; i-- > 0;) {
        yajl_val message = list->u.array.values[i];
        const char *role_path[] = { "role", NULL };
        yajl_val role = yajl_tree_get(message, role_path, yajl_t_string);
        const char *role_name = role ? YAJL_GET_STRING(role) : NULL;
        bool is_user = role_name ? strcmp(role_name, "user") == 0 : format == FORMAT_GEMINI;
        if (!is_user) {
            continue;
        }
        const char *content_path[] = { format == FORMAT_GEMINI ? "parts" : "content", NULL };
        append_text_parts(out, yajl_tree_get(message, content_path, yajl_t_any), "text");
        return;
    }
    const char *prompt_path[] = { "prompt", NULL };     /* a legacy completion: its prompt */
    append_text_parts(out, yajl_tree_get(root, prompt_path, yajl_t_string), "text");
    mock_responses_user_text(root, out);                /* a Responses request: its last user input */
}

/* Gemini's candidateCount (up to 8) and responseLogprobs with its logprobs count (up to 20). */
static void gemini_choices(yajl_val root, struct mock_answer *answer)
{
    const char *count_path[] = { "generationConfig", "candidateCount", NULL };
    const char *wanted_path[] = { "generationConfig", "responseLogprobs", NULL };
    const char *top_path[] = { "generationConfig", "logprobs", NULL };
    yajl_val count = yajl_tree_get(root, count_path, yajl_t_number);
    yajl_val top = yajl_tree_get(root, top_path, yajl_t_number);
    if (count != NULL && YAJL_IS_INTEGER(count)) {
        long long asked = YAJL_GET_INTEGER(count);
        answer->candidates = asked < 1 ? 1 : asked > 8 ? 8 : (int)asked;
    }
    if (YAJL_IS_TRUE(yajl_tree_get(root, wanted_path, yajl_t_true))) {
        long long asked = top != NULL && YAJL_IS_INTEGER(top) ? YAJL_GET_INTEGER(top) : 0;
        answer->logprobs = asked < 0 ? 0 : asked > 20 ? 20 : (int)asked;
    }
}

static bool detect_format(const char *path, enum mock_format *format, bool *gemini_stream, char *model, size_t model_size)
{
    if (mock_operation_detect(path, format)) {
        return true;                    /* embeddings and token counts: tests/mock/embeddings.c */
    }
    size_t len = strlen(path);
    if (len >= 17 && strcmp(path + len - 17, "/chat/completions") == 0) {
        *format = FORMAT_OPENAI;
        return true;
    }
    if (len >= 12 && strcmp(path + len - 12, "/completions") == 0) {
        *format = FORMAT_OPENAI;        /* legacy completions: tests/mock/completions.c */
        return true;
    }
    if (mock_path_is_responses(path)) {
        *format = FORMAT_OPENAI;        /* the Responses API: tests/mock/responses.c */
        return true;
    }
    if (len >= 9 && strcmp(path + len - 9, "/messages") == 0) {
        *format = FORMAT_ANTHROPIC;
        return true;
    }
    const char *models = strstr(path, "/models/");
    const char *colon = models ? strchr(models + 8, ':') : NULL;
    if (colon != NULL && (strcmp(colon, ":generateContent") == 0 || strcmp(colon, ":streamGenerateContent") == 0)) {
        *format = FORMAT_GEMINI;
        *gemini_stream = colon[1] == 's';
        snprintf(model, model_size, "%.*s", (int)(colon - models - 8), models + 8);
        return true;
    }
    return false;
}

static void handle_provider_request(struct mock *mock, evhtp_request_t *request, enum mock_format format,
                                    bool gemini_stream, const char *gemini_model)
{
    size_t len = evbuffer_get_length(request->buffer_in);
    char *body = malloc(len + 1);
    evbuffer_copyout(request->buffer_in, body, len);
    body[len] = '\0';
    record_request(mock, request, body, len);
    mock->requests++;
    const struct mock_behaviour *behaviour = &mock->current;

    struct reply_job *job = calloc(1, sizeof *job);
    job->mock = mock;
    job->request = request;
    job->format = format;
    job->status = 200;
    job->first_byte_ms = behaviour->first_byte_ms;
    job->chunk_ms = behaviour->chunk_ms;
    job->drop_after = behaviour->drop_after;
    job->no_content_type = behaviour->no_content_type;

    char error[128];
    yajl_val root = yajl_tree_parse(body, error, sizeof error);
    int failure = 0;
    if (mock->current.fail_next > 0) {
        mock->current.fail_next--;
        failure = behaviour->status ? behaviour->status : 503;
    } else if (behaviour->status) {
        failure = behaviour->status;
    } else if (root == NULL || !YAJL_IS_OBJECT(root)) {
        failure = 400;
    }
    const char *stream_path[] = { "stream", NULL };
    job->streaming = format == FORMAT_GEMINI ? gemini_stream : YAJL_IS_TRUE(yajl_tree_get(root, stream_path, yajl_t_true));
    if (failure != 0) {
        job->status = failure;
        job->streaming = false;
        format_error_body(&job->body, format, failure);
        if (failure == 429 && behaviour->retry_after) {
            snprintf(job->retry_after, sizeof job->retry_after, "%s", behaviour->retry_after);
        }
    } else if (behaviour->redirect != NULL) {
        job->status = 302;
        job->streaming = false;
        snprintf(job->location, sizeof job->location, "%s", behaviour->redirect);
        text_printf(&job->body, "{\"moved\": true}");
    } else if (behaviour->garbage) {
        text_printf(&job->body, "this is not what a provider sends {{{ \x01\x02");
        if (job->streaming) {
            job->events = calloc(2, sizeof *job->events);
            text_printf(&job->events[0], "data: {not json at all\n\n");
            text_printf(&job->events[1], "data: \x01\x02 garbage ]]]\n\n");
            job->event_count = 2;
        }
    } else if (mock_operation_answer(path_of(request), root, len, &job->body)) {
        job->streaming = false;         /* embeddings and token counts: tests/mock/embeddings.c */
    } else {
        struct growing_text text = { 0 };
        text_append(&text, "", 0);
        if (behaviour->reply) {
            text_printf(&text, "%s", behaviour->reply);
        } else {
            last_user_text(format, root, &text);
        }
        const char *model_path[] = { "model", NULL };
        yajl_val model = yajl_tree_get(root, model_path, yajl_t_string);
        const char *include_path[] = { "stream_options", "include_usage", NULL };
        struct mock_answer answer = {
            .format = format,
            .model = format == FORMAT_GEMINI ? gemini_model : model ? YAJL_GET_STRING(model) : "mock-model",
            .text = text.data,
            .text_len = text.len,
            .tool = behaviour->reply_tool,
            .reasoning = behaviour->reasoning,
            .reasoning_len = behaviour->reasoning ? strlen(behaviour->reasoning) : 0,
            .include_usage = YAJL_IS_TRUE(yajl_tree_get(root, include_path, yajl_t_true)),
            .prompt_tokens = (long)((len + 3) / 4),
            .logprobs = -1,
        };
        if (format == FORMAT_GEMINI) {
            gemini_choices(root, &answer);
        }
        if (mock_openai_extra_answer(path_of(request), root, &answer, job->streaming, behaviour->chunk_bytes,
                                     &job->body, &job->events, &job->event_count)) {
            /* written by completions.c */
        } else if (mock_responses_answer(path_of(request), &answer, job->streaming, behaviour->chunk_bytes,
                                         &job->body, &job->events, &job->event_count)) {
            /* written by responses.c */
        } else if (job->streaming) {
            job->event_count = format_stream_events(&answer, behaviour->chunk_bytes, &job->events);
        } else {
            format_whole_answer(&job->body, &answer);
        }
        text_free(&text);
    }
    yajl_tree_free(root);
    free(body);

    bool delayed = behaviour->latency_ms > 0 || (job->streaming && (job->first_byte_ms > 0 || job->chunk_ms > 0
                                                                      || job->drop_after > 0));
    if (delayed || job->streaming || job->no_content_type) {
        start_job(job, behaviour->latency_ms);
        return;
    }
    /* The fast path: no delay, answer at once (benchmarks use the mock as a baseline). */
    if (job->retry_after[0] != '\0') {
        add_header(request, "retry-after", job->retry_after);
    }
    if (job->location[0] != '\0') {
        add_header(request, "Location", job->location);
    }
    reply_now(request, job->status, job->no_content_type ? NULL : "application/json", job->body.data, job->body.len);
    job_free(job);
}

/* ---- /__mock/ endpoints ---- */

static bool apply_config(struct mock *mock, const char *body, char *error, size_t error_size)
{
    yajl_val root = yajl_tree_parse(body, error, error_size);
    if (root == NULL || !YAJL_IS_OBJECT(root)) {
        yajl_tree_free(root);
        snprintf(error, error_size, "expected a JSON object");
        return false;
    }
    struct mock_behaviour next = { 0 };
    behaviour_copy(&next, root->u.object.len == 0 ? &mock->start : &mock->current);
    bool ok = true;
    for (size_t i = 0; ok && i < root->u.object.len; i++) {
        yajl_val value = root->u.object.values[i];
        char text[64];
        const char *as_text = NULL;
        if (YAJL_IS_STRING(value)) {
            as_text = YAJL_GET_STRING(value);
        } else if (YAJL_IS_NUMBER(value)) {
            as_text = value->u.number.r;
        } else if (YAJL_IS_TRUE(value) || YAJL_IS_FALSE(value)) {
            snprintf(text, sizeof text, "%s", YAJL_IS_TRUE(value) ? "true" : "false");
            as_text = text;
        }
        ok = behaviour_set(&next, root->u.object.keys[i], as_text, error, error_size);
    }
    yajl_tree_free(root);
    if (ok) {
        behaviour_copy(&mock->current, &next);
    }
    behaviour_free(&next);
    return ok;
}

static void on_request(evhtp_request_t *request, void *arg)
{
    struct mock *mock = arg;
    const char *path = path_of(request);
    htp_method method = evhtp_request_get_method(request);
    if (strcmp(path, "/__mock/last") == 0) {
        reply_json(request, 200, mock->last.len ? mock->last.data : "{}");
        return;
    }
    if (strcmp(path, "/__mock/stats") == 0) {
        char stats[64];
        snprintf(stats, sizeof stats, "{\"requests\":%lu}", mock->requests);
        reply_json(request, 200, stats);
        return;
    }
    if (strcmp(path, "/__mock/config") == 0 && method == htp_method_POST) {
        size_t len = evbuffer_get_length(request->buffer_in);
        char *body = malloc(len + 1);
        evbuffer_copyout(request->buffer_in, body, len);
        body[len] = '\0';
        char error[160];
        bool ok = apply_config(mock, body, error, sizeof error);
        free(body);
        if (!ok) {
            char answer[256];
            struct growing_text escaped = { 0 };
            text_json_string(&escaped, error, strlen(error));
            snprintf(answer, sizeof answer, "{\"error\":%s}", escaped.data);
            text_free(&escaped);
            reply_json(request, 400, answer);
            return;
        }
        reply_json(request, 200, "{\"ok\":true}");
        return;
    }
    enum mock_format format;
    bool gemini_stream = false;
    char gemini_model[128] = "";
    if (method == htp_method_POST && detect_format(path, &format, &gemini_stream, gemini_model, sizeof gemini_model)) {
        handle_provider_request(mock, request, format, gemini_stream, gemini_model);
        return;
    }
    reply_json(request, 404, "{\"error\":{\"message\":\"no such endpoint on lethe-mock\",\"type\":\"not_found\"}}");
}

/* ---- connections, tracked so a stop frees them and their pending replies ---- */

static evhtp_res on_connection_fini(evhtp_connection_t *raw, void *arg)
{
    struct open_connection *connection = arg;
    (void)raw;
    if (connection->previous != NULL) {
        connection->previous->next = connection->next;
    } else {
        connection->mock->connections = connection->next;
    }
    if (connection->next != NULL) {
        connection->next->previous = connection->previous;
    }
    free(connection);
    return EVHTP_RES_OK;
}

static evhtp_res on_accept(evhtp_connection_t *raw, void *arg)
{
    struct mock *mock = arg;
    struct open_connection *connection = calloc(1, sizeof *connection);
    if (connection == NULL) {
        return EVHTP_RES_FATAL;
    }
    connection->raw = raw;
    connection->mock = mock;
    connection->next = mock->connections;
    if (mock->connections != NULL) {
        mock->connections->previous = connection;
    }
    mock->connections = connection;
    evhtp_connection_set_hook(raw, evhtp_hook_on_connection_fini, HOOK(on_connection_fini), connection);
    return EVHTP_RES_OK;
}

/* ---- start-up ---- */

static void usage(FILE *out)
{
    fputs("Usage: lethe-mock --listen HOST:PORT [behaviour flags]\n"
          "A simulated LLM provider: OpenAI (POST */chat/completions, */completions), Anthropic (POST */messages) and\n"
          "Gemini (POST */models/MODEL:generateContent, :streamGenerateContent?alt=sse).\n"
          "Also embeddings and token counts: POST */embeddings, */messages/count_tokens, */models/MODEL:countTokens,\n"
          ":embedContent, :batchEmbedContents (vectors derived from each input's text).\n"
          "Behaviour flags (also fields of POST /__mock/config; {} resets to these flags):\n"
          "  --status N          answer every request with HTTP N and the provider's error body\n"
          "  --fail_next N       answer the next N requests with --status (503 if unset)\n"
          "  --latency_ms N      wait before the response headers\n"
          "  --first_byte_ms N   wait before the first streamed event\n"
          "  --chunk_ms N        wait between streamed events\n"
          "  --chunk_bytes N     reply text per event (default 4; UTF-8 characters never split)\n"
          "  --drop_after N      close the connection after N streamed events, no terminator\n"
          "  --reply TEXT        a fixed reply instead of the echo of the last user message\n"
          "  --retry_after V     with a 429, send retry-after: V\n"
          "  --reply_tool NAME   answer with a call to tool NAME, arguments {\"echo\": reply}\n"
          "  --garbage           answer 200 with bytes that are not the provider's format\n"
          "  --redirect URL      answer 302 with Location: URL\n"
          "  --no_content_type   send answers (streamed or not) with no Content-Type header\n"
          "  --reasoning TEXT    think TEXT before answering (chat formats): an Anthropic thinking block\n"
          "                      (thinking_delta, signature_delta), Gemini thought parts, OpenAI reasoning_content\n"
          "Endpoints: GET /__mock/last, GET /__mock/stats, POST /__mock/config\n", out);
}

static void on_stop(evutil_socket_t signal_number, short events, void *arg)
{
    (void)signal_number;
    (void)events;
    event_base_loopexit(arg, NULL);
}

int main(int argc, char **argv)
{
    struct mock mock = { 0 };
    behaviour_reset(&mock.start);
    const char *listen = NULL;
    static const char *const fields[] = { "status", "fail_next", "latency_ms", "first_byte_ms", "chunk_ms",
                                          "chunk_bytes", "drop_after", "reply", "retry_after", "reply_tool",
                                          "garbage", "redirect", "no_content_type", "reasoning" };
    struct option options[24] = {
        { "listen", required_argument, NULL, 'l' },
        { "help", no_argument, NULL, 'h' },
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        bool switch_only = strcmp(fields[i], "garbage") == 0 || strcmp(fields[i], "no_content_type") == 0;
        options[i + 2] = (struct option){ fields[i], switch_only ? no_argument : required_argument, NULL,
                                          1000 + (int)i };
    }
    int option;
    while ((option = getopt_long(argc, argv, "l:h", options, NULL)) != -1) {
        char error[160];
        if (option == 'l') {
            listen = optarg;
        } else if (option == 'h') {
            usage(stdout);
            return 0;
        } else if (option >= 1000) {
            const char *field = fields[option - 1000];
            if (!behaviour_set(&mock.start, field, optarg ? optarg : "true", error, sizeof error)) {
                fprintf(stderr, "lethe-mock: --%s\n", error);
                return 2;
            }
        } else {
            usage(stderr);
            return 2;
        }
    }
    const char *colon = listen ? strrchr(listen, ':') : NULL;
    if (colon == NULL) {
        fprintf(stderr, "lethe-mock: --listen HOST:PORT is required\n");
        return 2;
    }
    char host[160];
    if (listen[0] == '[') {
        /* evhtp spells IPv6 addresses "ipv6:::1". */
        snprintf(host, sizeof host, "ipv6:%.*s", (int)(colon - listen - 2), listen + 1);
    } else {
        snprintf(host, sizeof host, "%.*s", (int)(colon - listen), listen);
    }
    int port = atoi(colon + 1);
    struct rlimit files;
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    signal(SIGPIPE, SIG_IGN);
    behaviour_copy(&mock.current, &mock.start);
    mock.base = event_base_new();
    mock.htp = evhtp_new(mock.base, NULL);
    evhtp_set_gencb(mock.htp, on_request, &mock);
    evhtp_set_post_accept_cb(mock.htp, on_accept, &mock);
    if (evhtp_bind_socket(mock.htp, host, (uint16_t)port, 4096) != 0) {
        fprintf(stderr, "lethe-mock: cannot listen on %s: %s\n", listen, strerror(errno));
        return 1;
    }
    struct event *stop_term = evsignal_new(mock.base, SIGTERM, on_stop, mock.base);
    struct event *stop_int = evsignal_new(mock.base, SIGINT, on_stop, mock.base);
    event_add(stop_term, NULL);
    event_add(stop_int, NULL);
    event_base_dispatch(mock.base);
    event_free(stop_term);
    event_free(stop_int);
    while (mock.connections != NULL) {
        evhtp_connection_free(mock.connections->raw);
    }
    evhtp_unbind_socket(mock.htp);
    evhtp_free(mock.htp);
    event_base_free(mock.base);
    behaviour_free(&mock.start);
    behaviour_free(&mock.current);
    text_free(&mock.last);
    return 0;
}
