/* access_log.h — one JSON line per request, metadata only.
 *
 * {"time","request_id","status","dialect","key","route","provider","attempts",
 *  "latency_ms","ttft_ms","tokens_in","tokens_out","cost_usd","entities":{TYPE:N},
 *  "tags":{k:v}}. Never a prompt, an answer, a value or a header other than the tags
 * a client sends in x-lethe-tags (cost attribution), which are kept only when they are
 * short words: at most 8 pairs of [A-Za-z0-9_.:-]{1,64}. "route" and "provider" are
 * configured names: the caller folds a model the config does not know into its provider's
 * "other" before it gets here. The request id is lethe's own. Every other string (names,
 * entity types) is cut at ACCESS_LOG_MAX_TEXT bytes, on a UTF-8 boundary, so no field can
 * grow a line past a few kilobytes. Each line is one write(2) to a descriptor opened with
 * O_APPEND, so workers' lines do not interleave. */
#ifndef LETHE_ACCESS_LOG_H
#define LETHE_ACCESS_LOG_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/buffer.h"
#include "transforms/foundation/json.h"

struct vault;

enum { ACCESS_LOG_MAX_TEXT = 128, ACCESS_LOG_MAX_TAGS = 8, ACCESS_LOG_MAX_TAG_TEXT = 64 };

/* What a request leaves for its line: filled as the exchange goes. */
struct access_record {
    const char *dialect;             /* "openai", "anthropic" */
    const char *key_name;
    const char *route;               /* a route name, "auto", or provider/model */
    const char *provider;            /* the provider/model that served, or the last tried */
    unsigned attempts;
    bool has_usage;
    long long tokens_in, tokens_out;
    double cost_usd;
    double first_byte_ms;            /* <0: nothing sent */
    double provider_ms;              /* the serving attempt's time at the provider; 0: none */
    const struct vault *vault;       /* for entity counts by type */
    const char *tags;                /* x-lethe-tags as received, checked when written */
};

/* "stdout", "stderr", or a file path (appended); NULL or "off": no log. */
int access_log_open(const char *target, char *error, size_t error_size);
/* A request's metadata as one JSON object (no newline): the access log, the audit chain
 * and telemetry all carry this same text, built once per request. */
void access_record_write_json(struct buffer *out, const char *request_id, int status, double latency_ms,
                              const struct access_record *record);
/* That object as a line of the access log (fd < 0: no log). */
void access_log_write(int fd, struct slice json);

#endif
