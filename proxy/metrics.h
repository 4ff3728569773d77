/* metrics.h — Prometheus counters, gauges and histograms shared by every worker.
 *
 * One anonymous shared mapping, made before the workers fork, holds a fixed table of
 * cells: a series ("lethe_requests_total{route=\"default\",status=\"200\"}") and its
 * value, added to under a spinlock. Whichever worker a scrape reaches answers for all.
 * Label values are configured names, statuses and fixed words only: never client text.
 * When the table is full, a new series is counted in lethe_metrics_series_dropped_total
 * instead of being created. Durations are kept in microseconds and written in seconds. */
#ifndef LETHE_METRICS_H
#define LETHE_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/buffer.h"

struct metrics;

enum metric_kind { METRIC_COUNTER, METRIC_GAUGE, METRIC_HISTOGRAM };

struct metrics *metrics_create(void);
void metrics_destroy(struct metrics *metrics);
/* Add `delta` to the series `name{labels}` (labels: "a=\"x\",b=\"y\"" or ""). */
void metrics_add(struct metrics *metrics, enum metric_kind kind, const char *name, const char *labels, double delta);
/* One observation of a duration into the histogram `name` (seconds buckets 1 ms .. 60 s). */
void metrics_observe_seconds(struct metrics *metrics, const char *name, const char *labels, double seconds);
/* The Prometheus text exposition of every series, HELP and TYPE once per family. */
void metrics_write(struct metrics *metrics, struct buffer *out);

#endif
