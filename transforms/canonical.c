#include "transforms/canonical.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "transforms/format.h"

void canon_write_endpoint_url(struct buffer *out, const char *base_url, const char *path)
{
    buffer_append_cstr(out, base_url);
    if (out->len && out->data[out->len - 1] == '/') {
        out->len--;
    }
    buffer_append_cstr(out, path);
}

/* data:image/png;base64,AAAA -> media type and payload; false if not a base64 data URL. */
bool data_url_split(struct slice url, struct slice *media_type, struct slice *data)
{
    if (url.len < 5 || memcmp(url.ptr, "data:", 5) != 0) {
        return false;
    }
    const char *comma = memchr(url.ptr, ',', url.len);
    const char *marker = comma ? comma - 7 : NULL;
    if (comma == NULL || marker < url.ptr + 5 || memcmp(marker, ";base64", 7) != 0) {
        return false;
    }
    *media_type = slice_of(url.ptr + 5, (size_t)(marker - url.ptr - 5));
    *data = slice_of(comma + 1, (size_t)(url.ptr + url.len - comma - 1));
    return true;
}

bool canon_is_system(const struct canon_message *message)
{
    return message->role == ROLE_SYSTEM || message->role == ROLE_DEVELOPER;
}

void canon_write_system_texts(struct buffer *out, const struct canon_request *request, const char *key,
                              const char *open, const char *item_open, const char *close, bool *first)
{
    bool any = false;
    for (size_t i = 0; i < request->message_count; i++) {
        const struct canon_message *message = &request->messages[i];
        for (size_t j = 0; canon_is_system(message) && j < message->part_count; j++) {
            if (message->parts[j].type != PART_TEXT) {
                continue;
            }
            if (!any) {
                json_write_key(out, key, first);
                buffer_append_cstr(out, open);
            } else {
                buffer_append_char(out, ',');
            }
            any = true;
            buffer_append_cstr(out, item_open);
            json_write_string(out, message->parts[j].text.ptr, message->parts[j].text.len);
            buffer_append_char(out, '}');
        }
    }
    if (any) {
        buffer_append_cstr(out, close);
    }
}

const char *canon_role_name(enum canon_role role)
{
    switch (role) {
    case ROLE_SYSTEM: return "system";
    case ROLE_DEVELOPER: return "developer";
    case ROLE_USER: return "user";
    case ROLE_ASSISTANT: return "assistant";
    case ROLE_TOOL: return "tool";
    }
    return "user";
}

void canon_usage_init(struct canon_usage *usage)
{
    memset(usage, 0, sizeof *usage);
    usage->cached_tokens = -1;
    usage->reasoning_tokens = -1;
}

struct json_value *canon_response_begin(struct arena *arena, const char *body, size_t len, unsigned max_depth,
                                        struct canon_response *response)
{
    memset(response, 0, sizeof *response);
    canon_usage_init(&response->usage);
    struct json_error json_error;
    return json_parse_provider(arena, body, len, max_depth, &json_error);
}

enum finish_reason finish_reason_from_name(const struct finish_reason_name *names, const struct json_value *value,
                                           enum finish_reason unknown_reason)
{
    if (!json_is(value, JSON_STRING)) {
        return FINISH_NONE;
    }
    for (const struct finish_reason_name *row = names; row->name != NULL; row++) {
        if (strcmp(row->name, value->string.text) == 0) {
            return row->reason;
        }
    }
    return unknown_reason;
}

const char *finish_reason_to_name(const struct finish_reason_name *names, enum finish_reason reason,
                                  const char *unknown_name)
{
    for (const struct finish_reason_name *row = names; row->name != NULL; row++) {
        if (row->reason == reason) {
            return row->name;
        }
    }
    return unknown_name;
}

long long canon_usage_count(const struct json_value *object, const char *key, long long missing)
{
    long long count;
    if (!json_number_integer(json_get(object, key), &count) || count < 0 || count > CANON_MAX_TOKEN_COUNT) {
        return missing;
    }
    return count;
}

static long long sum_of_counts(const struct json_value *object, const char *const *keys, size_t key_count)
{
    long long sum = 0;
    for (size_t i = 0; i < key_count && keys[i] != NULL; i++) {
        sum += canon_usage_count(object, keys[i], 0);
    }
    return sum;
}

bool canon_usage_read(const struct json_value *object, const struct usage_names *names, struct canon_usage *usage)
{
    canon_usage_init(usage);
    if (!json_is(object, JSON_OBJECT)) {
        return false;
    }
    usage->present = true;
    usage->prompt_tokens = sum_of_counts(object, names->prompt, sizeof names->prompt / sizeof names->prompt[0]);
    usage->completion_tokens = sum_of_counts(object, names->completion,
                                             sizeof names->completion / sizeof names->completion[0]);
    usage->total_tokens = usage->prompt_tokens + usage->completion_tokens;
    if (names->total != NULL) {
        usage->total_tokens = canon_usage_count(object, names->total, usage->total_tokens);
    }
    return true;
}

void format_error_set(struct format_error *error, int status, const char *type,
                      const char *param, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    error->status = status;
    error->type = type;
    error->code = NULL;
    bounded_printf(error->param, sizeof error->param, "%s", param ? param : "");
    vsnprintf(error->message, sizeof error->message, format, args);
    va_end(args);
    error->field = CANON_FIELD_NONE;
    error->reason[0] = '\0';
}

bool format_error_refuse(struct format_error *error, const char *param, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    format_error_vrefuse(error, param, format, args);
    va_end(args);
    return false;
}

bool format_error_vrefuse(struct format_error *error, const char *param, const char *format, va_list args)
{
    char what[sizeof error->message];
    char quoted[sizeof error->param];
    vsnprintf(what, sizeof what, format, args);
    /* The message quotes the param as the client will see it: cut to its size. */
    bounded_printf(quoted, sizeof quoted, "%s", param ? param : "");
    format_error_set(error, 400, "invalid_request_error", quoted, "'%s' %s", quoted, what);
    return false;
}

/* Each canonical field's path in the canonical request's own terms (those of OpenAI Chat,
 * which it follows), and in words for a dialect that has no name for it. */
static const struct {
    const char *path;
    const char *words;
} canon_field_names[CANON_FIELD_COUNT] = {
    [CANON_FIELD_NONE] = { "", "the request" },
    [CANON_FIELD_IMAGE_URL] = { "image_url.url", "an image's URL" },
    [CANON_FIELD_TOOL_ARGUMENTS] = { "tool_calls.function.arguments", "a tool call's arguments" },
    [CANON_FIELD_TOOL_RESULT_CALL_ID] = { "tool_call_id", "a tool result's call id" },
    [CANON_FIELD_PRESENCE_PENALTY] = { "presence_penalty", "the presence penalty" },
    [CANON_FIELD_FREQUENCY_PENALTY] = { "frequency_penalty", "the frequency penalty" },
    [CANON_FIELD_RESPONSE_FORMAT] = { "response_format", "the response format" },
    [CANON_FIELD_MAX_TOKENS] = { "max_tokens", "the output token limit" },
    [CANON_FIELD_TOP_K] = { "top_k", "top_k sampling" },
    [CANON_FIELD_CHOICE_COUNT] = { "n", "the number of choices" },
    [CANON_FIELD_LOGPROBS] = { "logprobs", "logprobs" },
    [CANON_FIELD_TOP_LOGPROBS] = { "top_logprobs", "top_logprobs" },
    [CANON_FIELD_LOGIT_BIAS] = { "logit_bias", "logit_bias" },
};

bool format_error_refuse_field(struct format_error *error, enum canon_field field, const char *format, ...)
{
    char reason[sizeof error->reason];
    va_list args;
    va_start(args, format);
    vsnprintf(reason, sizeof reason, format, args);
    va_end(args);
    if (field <= CANON_FIELD_NONE || field >= CANON_FIELD_COUNT) {
        field = CANON_FIELD_NONE;
    }
    format_error_refuse(error, canon_field_names[field].path, "%s", reason);
    error->field = field;
    memcpy(error->reason, reason, sizeof reason);
    return false;
}

void format_error_name_field(struct format_error *error, const struct client_dialect *dialect)
{
    enum canon_field field = error->field;
    if (field <= CANON_FIELD_NONE || field >= CANON_FIELD_COUNT) {
        return;
    }
    const char *name = dialect->field_names != NULL ? dialect->field_names[field] : NULL;
    if (name != NULL) {
        format_error_refuse(error, name, "%s", error->reason);
    } else {
        /* Never by construction (a dialect names what it can send); still no other dialect's name. */
        format_error_set(error, 400, "invalid_request_error", NULL, "%s %s", canon_field_names[field].words,
                         error->reason);
    }
    error->field = CANON_FIELD_NONE;   /* renamed once */
}

bool format_refuse_openai_only(const struct canon_request *request, struct format_error *error)
{
    /* Each changes what the client gets back: refused, never dropped. */
    if (request->choice_count > 1) {
        return format_error_refuse_field(error, CANON_FIELD_CHOICE_COUNT,
                                         "greater than 1 is not supported by this provider");
    }
    if (request->logprobs) {
        return format_error_refuse_field(error, CANON_FIELD_LOGPROBS, "is not supported by this provider");
    }
    if (request->has_top_logprobs) {
        return format_error_refuse_field(error, CANON_FIELD_TOP_LOGPROBS, "is not supported by this provider");
    }
    if (request->logit_bias != NULL) {
        return format_error_refuse_field(error, CANON_FIELD_LOGIT_BIAS, "is not supported by this provider");
    }
    return true;
}
