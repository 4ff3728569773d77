#include "transforms/canonical.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "transforms/format.h"

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

void format_error_set(struct format_error *error, int status, const char *type,
                      const char *param, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    format_error_vset(error, status, type, param, format, args);
    va_end(args);
}

void format_error_vset(struct format_error *error, int status, const char *type, const char *param,
                       const char *format, va_list args)
{
    error->status = status;
    error->type = type;
    error->code = NULL;
    bounded_printf(error->param, sizeof error->param, "%s", param ? param : "");
    vsnprintf(error->message, sizeof error->message, format, args);
}
