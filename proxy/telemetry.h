/* telemetry.h — usage events, batched and POSTed to a collector, never in a request's way.
 *
 * Each finished request becomes one event: the access log's metadata (status, key name,
 * route, provider, tokens, cost, entity counts, tags from x-lethe-tags such as
 * entity_type and entity_id), built once per request with the access log's line, so the
 * same rules hold: configured names only (a model the config does not name is its
 * provider's "other") and every string capped. Events wait in a buffer of `buffer` per worker and go out
 * as {"events":[…]} when `batch` have gathered or every `interval_ms`, on the worker's
 * own loop through libcurl, one POST at a time. A failed POST is retried with
 * exponential backoff (1 s doubling to 60 s); when the buffer is full, new events are
 * dropped. On shutdown what is left is sent once more before the loop ends
 * (within the drain time). Never content. */
#ifndef LETHE_TELEMETRY_H
#define LETHE_TELEMETRY_H

#include <stdbool.h>
#include <stddef.h>

struct event_base;
struct upstream;
struct telemetry;

struct telemetry_options {
    const char *url;                 /* the collector; NULL: off */
    long interval_ms;
    size_t batch, buffer;
};

struct telemetry *telemetry_new(struct event_base *base, struct upstream *upstream,
                                const struct telemetry_options *options);
void telemetry_free(struct telemetry *telemetry);
/* Queue one event (a JSON object); false when the buffer was full and it was dropped (the
 * caller counts drops in /metrics). */
bool telemetry_add(struct telemetry *telemetry, const char *json, size_t len);
/* Send what is queued now; `done` runs when nothing is queued or in flight any more. */
void telemetry_flush(struct telemetry *telemetry, void (*done)(void *context), void *context);
bool telemetry_idle(const struct telemetry *telemetry);

#endif
