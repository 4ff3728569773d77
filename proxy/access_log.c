#include "proxy/access_log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <sys/uio.h>
#include <unistd.h>

#include "scrub/vault.h"
#include "transforms/foundation/json.h"

enum { MAX_TAGS = ACCESS_LOG_MAX_TAGS, MAX_TAG_TEXT = ACCESS_LOG_MAX_TAG_TEXT };

int access_log_open(const char *target, char *error, size_t error_size)
{
    if (target == NULL || strcmp(target, "off") == 0) {
        return -1;
    }
    if (strcmp(target, "stdout") == 0) {
        return STDOUT_FILENO;
    }
    if (strcmp(target, "stderr") == 0) {
        return STDERR_FILENO;
    }
    int fd = open(target, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (fd < 0) {
        snprintf(error, error_size, "access_log: cannot open %s: %s", target, strerror(errno));
    }
    return fd;
}

/* How much of `text` fits in ACCESS_LOG_MAX_TEXT bytes without splitting a UTF-8 sequence. */
static size_t capped_length(const char *text)
{
    size_t len = strlen(text);
    if (len <= ACCESS_LOG_MAX_TEXT) {
        return len;
    }
    len = ACCESS_LOG_MAX_TEXT;
    while (len > 0 && ((unsigned char)text[len] & 0xc0) == 0x80) {
        len--;
    }
    return len;
}

static void write_capped_key(struct buffer *out, const char *key, bool *first)
{
    buffer_append_cstr(out, *first ? "\"" : ",\"");
    *first = false;
    json_write_escaped(out, key, capped_length(key));
    buffer_append_cstr(out, "\":");
}

static bool tag_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
           || c == ':' || c == '-';
}

static size_t tag_word(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && i <= MAX_TAG_TEXT && tag_char(text[i])) {
        i++;
    }
    return i;
}

/* "team=search,env=prod" as a JSON object; pairs that are not short words are dropped. */
static void write_tags(struct buffer *out, const char *tags)
{
    buffer_append_char(out, '{');
    size_t written = 0;
    const char *at = tags;
    while (at != NULL && *at != '\0' && written < MAX_TAGS) {
        const char *comma = strchr(at, ',');
        size_t pair_len = comma != NULL ? (size_t)(comma - at) : strlen(at);
        const char *equals = memchr(at, '=', pair_len);
        if (equals != NULL) {
            size_t key_len = (size_t)(equals - at), value_len = pair_len - key_len - 1;
            if (key_len > 0 && key_len <= MAX_TAG_TEXT && tag_word(at, key_len) == key_len && value_len > 0
                && value_len <= MAX_TAG_TEXT && tag_word(equals + 1, value_len) == value_len) {
                buffer_append_cstr(out, written++ ? ",\"" : "\"");
                buffer_append(out, at, key_len);
                buffer_append_cstr(out, "\":\"");
                buffer_append(out, equals + 1, value_len);
                buffer_append_char(out, '"');
            }
        }
        at = comma != NULL ? comma + 1 : NULL;
    }
    buffer_append_char(out, '}');
}

static void write_entities(struct buffer *out, const struct vault *vault)
{
    buffer_append_char(out, '{');
    bool first = true;
    /* The vault counts its values by type as it mints them, in the order types first
     * appeared: one line per type, whatever the number of values. */
    for (size_t i = 0; vault != NULL && i < vault->type_count; i++) {
        if (vault->types[i].count == 0) {
            continue;
        }
        write_capped_key(out, vault->types[i].name, &first);
        buffer_printf(out, "%zu", vault->types[i].count);
    }
    buffer_append_char(out, '}');
}

static void write_optional_string(struct buffer *out, const char *key, const char *value, bool *first)
{
    json_write_key(out, key, first);
    if (value != NULL) {
        json_write_string(out, value, capped_length(value));
    } else {
        buffer_append_cstr(out, "null");
    }
}

void access_log_write(int fd, struct slice json)
{
    if (fd < 0) {
        return;
    }
    /* One system call: with O_APPEND the workers' lines stay whole. A full disk drops a
     * line, never a request. */
    /* writev only reads through iov_base, which is not const for readv's sake. */
    struct iovec line[2] = { { (void *)(uintptr_t)json.ptr, json.len }, { (void *)(uintptr_t)"\n", 1 } };
    ssize_t ignored = writev(fd, line, 2);
    (void)ignored;
}

void access_record_write_json(struct buffer *out, const char *request_id, int status, double latency_ms,
                              const struct access_record *record)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct tm utc;
    gmtime_r(&now.tv_sec, &utc);
    char time_text[40];
    size_t time_len = strftime(time_text, sizeof time_text, "%Y-%m-%dT%H:%M:%S", &utc);
    snprintf(time_text + time_len, sizeof time_text - time_len, ".%03ldZ", now.tv_nsec / 1000000);
    bool first = true;
    buffer_append_char(out, '{');
    write_optional_string(out, "time", time_text, &first);
    write_optional_string(out, "request_id", request_id, &first);
    json_write_key(out, "status", &first);
    buffer_printf(out, "%d", status);
    write_optional_string(out, "dialect", record != NULL ? record->dialect : NULL, &first);
    write_optional_string(out, "key", record != NULL ? record->key_name : NULL, &first);
    write_optional_string(out, "route", record != NULL ? record->route : NULL, &first);
    write_optional_string(out, "provider", record != NULL ? record->provider : NULL, &first);
    json_write_key(out, "attempts", &first);
    buffer_printf(out, "%u", record != NULL ? record->attempts : 0);
    json_write_key(out, "latency_ms", &first);
    buffer_printf(out, "%.2f", latency_ms);
    json_write_key(out, "ttft_ms", &first);
    if (record != NULL && record->first_byte_ms >= 0) {
        buffer_printf(out, "%.2f", record->first_byte_ms);
    } else {
        buffer_append_cstr(out, "null");
    }
    bool usage = record != NULL && record->has_usage;
    json_write_key(out, "tokens_in", &first);
    if (usage) {
        buffer_printf(out, "%lld", record->tokens_in);
    } else {
        buffer_append_cstr(out, "null");
    }
    json_write_key(out, "tokens_out", &first);
    if (usage) {
        buffer_printf(out, "%lld", record->tokens_out);
    } else {
        buffer_append_cstr(out, "null");
    }
    json_write_key(out, "cost_usd", &first);
    buffer_printf(out, "%.6f", record != NULL ? record->cost_usd : 0.0);
    json_write_key(out, "entities", &first);
    write_entities(out, record != NULL ? record->vault : NULL);
    json_write_key(out, "tags", &first);
    write_tags(out, record != NULL ? record->tags : NULL);
    buffer_append_char(out, '}');
}
