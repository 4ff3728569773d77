#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/mock/mock.h"

void behaviour_reset(struct mock_behaviour *behaviour)
{
    memset(behaviour, 0, sizeof *behaviour);
    behaviour->chunk_bytes = 4;
}

static char *copy_or_null(const char *text)
{
    return text ? strdup(text) : NULL;
}

void behaviour_copy(struct mock_behaviour *to, const struct mock_behaviour *from)
{
    behaviour_free(to);
    *to = *from;
    to->reply = copy_or_null(from->reply);
    to->retry_after = copy_or_null(from->retry_after);
    to->reply_tool = copy_or_null(from->reply_tool);
    to->redirect = copy_or_null(from->redirect);
    to->reasoning = copy_or_null(from->reasoning);
}

void behaviour_free(struct mock_behaviour *behaviour)
{
    free(behaviour->reply);
    free(behaviour->retry_after);
    free(behaviour->reply_tool);
    free(behaviour->redirect);
    free(behaviour->reasoning);
    behaviour->reply = behaviour->retry_after = behaviour->reply_tool = behaviour->redirect = NULL;
    behaviour->reasoning = NULL;
}

static bool parse_count(const char *value, int low, int *out)
{
    char *end;
    long number = strtol(value, &end, 10);
    if (*value == '\0' || *end != '\0' || number < low || number > 1000000000) {
        return false;
    }
    *out = (int)number;
    return true;
}

static bool replace_string(char **field, const char *value)
{
    free(*field);
    *field = value ? strdup(value) : NULL;
    return true;
}

bool behaviour_set(struct mock_behaviour *behaviour, const char *name, const char *value,
                   char *error, size_t error_size)
{
    static const struct { const char *name; size_t offset; int low; } counts[] = {
        { "status", offsetof(struct mock_behaviour, status), 0 },
        { "fail_next", offsetof(struct mock_behaviour, fail_next), 0 },
        { "latency_ms", offsetof(struct mock_behaviour, latency_ms), 0 },
        { "first_byte_ms", offsetof(struct mock_behaviour, first_byte_ms), 0 },
        { "chunk_ms", offsetof(struct mock_behaviour, chunk_ms), 0 },
        { "chunk_bytes", offsetof(struct mock_behaviour, chunk_bytes), 1 },
        { "drop_after", offsetof(struct mock_behaviour, drop_after), 0 },
    };
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        if (strcmp(name, counts[i].name) != 0) {
            continue;
        }
        int *field = (int *)((char *)behaviour + counts[i].offset);
        if (value == NULL || !parse_count(value, counts[i].low, field)) {
            snprintf(error, error_size, "%s: expected an integer >= %d", name, counts[i].low);
            return false;
        }
        return true;
    }
    if (strcmp(name, "reply") == 0) {
        return replace_string(&behaviour->reply, value);
    }
    if (strcmp(name, "retry_after") == 0) {
        return replace_string(&behaviour->retry_after, value);
    }
    if (strcmp(name, "reply_tool") == 0) {
        return replace_string(&behaviour->reply_tool, value);
    }
    if (strcmp(name, "redirect") == 0) {
        return replace_string(&behaviour->redirect, value);
    }
    if (strcmp(name, "reasoning") == 0) {
        return replace_string(&behaviour->reasoning, value != NULL && *value != '\0' ? value : NULL);
    }
    if (strcmp(name, "no_content_type") == 0) {
        behaviour->no_content_type = value != NULL && (strcmp(value, "true") == 0 || strcmp(value, "1") == 0);
        return true;
    }
    if (strcmp(name, "garbage") == 0) {
        behaviour->garbage = value != NULL && (strcmp(value, "true") == 0 || strcmp(value, "1") == 0);
        return true;
    }
    snprintf(error, error_size, "unknown behaviour field '%s'", name);
    return false;
}
