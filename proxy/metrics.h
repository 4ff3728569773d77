/* metrics.h — Prometheus counters, gauges and histograms shared by every worker.
 *
 * One anonymous shared mapping, made before the workers fork, holds a fixed table of
 * cells: a series ("lethe_requests_total{route=\"default\",status=\"200\"}") and its
 * value, added to under a spinlock. Whichever worker a scrape reaches answers for all.
 * Label values are configured names, statuses and fixed words only: never client text.
 * When the table is full, a new series is counted in lethe_metrics_series_dropped_total
 * instead of being created. Durations are kept in microseconds and written in seconds.
 *
 * Counters and histograms only go up: they are one value for all workers and survive a
 * worker's death. A gauge (requests in flight, open streams) counts what a process holds
 * right now, so it is kept per worker slot and written as the sum: when the master reaps
 * a worker, metrics_reclaim_worker_slot zeroes that slot's share, and what the dead
 * worker held stops being counted. */
#ifndef LETHE_METRICS_H
#define LETHE_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/buffer.h"

struct metrics;

enum metric_kind { METRIC_COUNTER, METRIC_GAUGE, METRIC_HISTOGRAM };

/* A table for `worker_slots` workers (at least 1). The handle is this process's own
 * memory: after fork, each worker names its slot with metrics_set_worker_slot. */
struct metrics *metrics_create(size_t worker_slots);
void metrics_destroy(struct metrics *metrics);
/* In a worker, before it counts anything: the slot its gauges are kept in. */
void metrics_set_worker_slot(struct metrics *metrics, unsigned slot);
/* In the master, after reaping the worker of `slot` and before starting its successor:
 * that worker's gauges go back to zero (and the table's lock, if it died holding it). */
void metrics_reclaim_worker_slot(struct metrics *metrics, unsigned slot);
/* Add `delta` to the series `name{labels}` (labels: "a=\"x\",b=\"y\"" or ""). `name` is a string
 * literal: each worker remembers where its series live by the name's address and the labels. */
void metrics_add(struct metrics *metrics, enum metric_kind kind, const char *name, const char *labels, double delta);
/* One observation of a duration into the histogram `name` (seconds buckets 0.1 ms .. 60 s). */
void metrics_observe_seconds(struct metrics *metrics, const char *name, const char *labels, double seconds);
/* A series' cell, found (or made) once and then added to directly, for code that updates
 * the same series over and over: cells never move nor go away while the table lives. NULL
 * when the table is full or there are no metrics; the updates below ignore NULL. For a
 * histogram, `labels` as metrics_observe_seconds takes them. */
struct metrics_cell;
struct metrics_cell *metrics_series(struct metrics *metrics, enum metric_kind kind, const char *name,
                                    const char *labels);
void metrics_cell_add(struct metrics *metrics, struct metrics_cell *cell, double delta);
void metrics_cell_observe_seconds(struct metrics *metrics, struct metrics_cell *cell, double seconds);
/* The Prometheus text exposition of every series, HELP and TYPE once per family. */
void metrics_write(struct metrics *metrics, struct buffer *out);

#endif
