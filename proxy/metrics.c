#include "proxy/metrics.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transforms/foundation/shared.h"

enum { CELLS = 4096, SERIES_MAX = 200, NAME_MAX_LEN = 64, GAUGE_ROWS = 32 };

static const double bucket_bounds[] = {
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
};
enum { BUCKETS = sizeof bucket_bounds / sizeof bucket_bounds[0] };

struct metrics_cell {
    char family[NAME_MAX_LEN];        /* "lethe_requests_total": empty when the cell is free */
    char series[SERIES_MAX];          /* the whole series as written; histograms: the labels */
    enum metric_kind kind;
    size_t gauge_row;                 /* gauges: their row of per-slot values */
    double value;                     /* counters; histograms: the sum; gauges: unused */
    double buckets[BUCKETS + 1];      /* histograms: observations per bucket (not cumulative) */
    double count;
};

/* The shared mapping. */
struct metrics_table {
    struct worker_lock lock;
    unsigned long long dropped;
    size_t worker_slots;
    size_t gauge_rows_used;
    struct metrics_cell cells[CELLS];
    double gauge_values[];            /* GAUGE_ROWS x worker_slots: each worker's share */
};

/* A worker's memory of where its series live in the shared table: a cell, once made, is
 * never moved or freed, so a request's updates find theirs without formatting the series
 * or probing the table. Keyed by the family name's address (always a literal) and the
 * labels' text; checked against the cell's own series text on every hit. */
enum { LOCAL_SLOTS = 256, LOCAL_PROBES = 8 };

struct local_slot {
    const char *family;               /* NULL: free */
    size_t family_len;
    size_t hash;
    struct metrics_cell *cell;
};

/* This process's view of it: private memory, so each worker knows its own slot. */
struct metrics {
    struct metrics_table *table;
    size_t mapping_size;
    unsigned slot;                    /* the worker's slot; also its id on the lock */
    struct local_slot local[LOCAL_SLOTS];
};

static const struct {
    const char *family;
    const char *help;
} helps[] = {
    { "lethe_requests_total", "Requests answered, by dialect, route, provider and status." },
    { "lethe_request_duration_seconds", "Time from the request to the end of its answer." },
    { "lethe_time_to_first_token_seconds", "Time from the request to the first byte of its answer." },
    { "lethe_gateway_overhead_seconds", "Time spent in lethe itself: the request's duration less the provider's." },
    { "lethe_attempts_total", "Targets contacted, retries included." },
    { "lethe_fallbacks_total", "Requests that needed more than one target." },
    { "lethe_tokens_total", "Tokens reported by providers, by provider/model, direction and key." },
    { "lethe_cost_usd_total", "Cost in US dollars at list prices, by provider/model and key." },
    { "lethe_in_flight_requests", "Requests waiting on a provider or streaming, over all workers." },
    { "lethe_open_streams", "Streamed answers in progress, over all workers." },
    { "lethe_rate_limited_total", "Requests refused by a rate limit, by limit." },
    { "lethe_scrubbed_entities_total", "Distinct values masked before leaving, by entity type." },
    { "lethe_telemetry_events_total", "Usage events for the collector, by outcome." },
    { "lethe_metrics_series_dropped_total", "Series not recorded because the metrics table was full." },
    { "lethe_cluster_redis_seconds", "Round trip of a script call to the shared Redis (cluster mode)." },
    { "lethe_cluster_errors_total", "Cluster mode: Redis errors, by kind (connect, disconnected, timeout, hung, "
                                    "reply, setup, settle_lost)." },
    { "lethe_cluster_fallbacks_total", "Admissions decided without the shared Redis, by on_unavailable mode." },
    { "lethe_cluster_script_reloads_total", "Scripts Redis had forgotten (NOSCRIPT), sent again in full." },
    { "lethe_cluster_connected", "Workers connected to the shared Redis (cluster mode)." },
};

struct metrics *metrics_create(size_t worker_slots)
{
    if (worker_slots == 0) {
        worker_slots = 1;
    }
    struct metrics *metrics = calloc(1, sizeof *metrics);
    if (metrics == NULL) {
        return NULL;
    }
    metrics->mapping_size = sizeof(struct metrics_table) + GAUGE_ROWS * worker_slots * sizeof(double);
    metrics->table = shared_map(metrics->mapping_size);
    if (metrics->table == NULL) {
        free(metrics);
        return NULL;
    }
    worker_lock_init(&metrics->table->lock);
    metrics->table->worker_slots = worker_slots;
    return metrics;
}

void metrics_destroy(struct metrics *metrics)
{
    if (metrics == NULL) {
        return;
    }
    shared_unmap(metrics->table, metrics->mapping_size);
    free(metrics);
}

void metrics_set_worker_slot(struct metrics *metrics, unsigned slot)
{
    if (metrics != NULL) {
        metrics->slot = slot;
    }
}

void metrics_reclaim_worker_slot(struct metrics *metrics, unsigned slot)
{
    if (metrics == NULL || slot >= metrics->table->worker_slots) {
        return;
    }
    struct metrics_table *table = metrics->table;
    worker_lock_reclaim(&table->lock, slot);
    worker_lock_acquire(&table->lock, SHARED_HOLDER_MASTER);
    for (size_t row = 0; row < GAUGE_ROWS; row++) {
        table->gauge_values[row * table->worker_slots + slot] = 0;
    }
    worker_lock_release(&table->lock);
}

static size_t hash_text(const char *text)
{
    size_t hash = 5381;
    for (; *text; text++) {
        hash = hash * 33 + (unsigned char)*text;
    }
    return hash;
}

/* Under the lock: the cell of `series`, made on first use; NULL when the table (or, for a
 * gauge, the rows of per-slot values) is full. */
static struct metrics_cell *cell_of(struct metrics_table *table, enum metric_kind kind, const char *family,
                                    const char *series)
{
    size_t start = hash_text(series) % CELLS;
    for (size_t probe = 0; probe < CELLS; probe++) {
        struct metrics_cell *cell = &table->cells[(start + probe) % CELLS];
        if (cell->family[0] == '\0') {
            if (kind == METRIC_GAUGE && table->gauge_rows_used == GAUGE_ROWS) {
                break;
            }
            if (kind == METRIC_GAUGE) {
                cell->gauge_row = table->gauge_rows_used++;
            }
            snprintf(cell->family, sizeof cell->family, "%s", family);
            snprintf(cell->series, sizeof cell->series, "%s", series);
            cell->kind = kind;
            return cell;
        }
        if (strcmp(cell->series, series) == 0) {
            return cell;
        }
    }
    table->dropped++;
    return NULL;
}

/* The labels' text is hashed eight bytes at a time: this runs for every series a request
 * updates. */
static size_t local_hash(const char *family, const char *labels, size_t labels_len)
{
    uint64_t hash = (uint64_t)(uintptr_t)family * 0x9E3779B97F4A7C15u ^ labels_len;
    size_t at = 0;
    for (; labels_len - at >= 8; at += 8) {
        uint64_t word;
        memcpy(&word, labels + at, sizeof word);
        hash = (hash ^ word) * 0x100000001B3u;
        hash ^= hash >> 32;
    }
    for (; at < labels_len; at++) {
        hash = (hash ^ (unsigned char)labels[at]) * 0x100000001B3u;
    }
    return (size_t)(hash ^ (hash >> 29));
}

/* The series text is `family{labels}`, or `family` alone when `braces` is false and there
 * are no labels: what metrics_add and metrics_observe_seconds write. */
static bool series_is(const char *series, const char *family, size_t family_len, const char *labels,
                      size_t labels_len, bool braces)
{
    if (family[family_len] != '\0' || memcmp(series, family, family_len) != 0) {
        return false;
    }
    if (family_len + labels_len + 3 > SERIES_MAX) {
        return false;                 /* a series this long was cut when stored: never equal */
    }
    series += family_len;
    if (!braces && labels_len == 0) {
        return series[0] == '\0';
    }
    return series[0] == '{' && memcmp(series + 1, labels, labels_len) == 0 && series[1 + labels_len] == '}'
           && series[2 + labels_len] == '\0';
}

static struct metrics_cell *local_find(struct metrics *metrics, const char *family, const char *labels,
                                       size_t labels_len, bool braces, size_t hash)
{
    for (size_t probe = 0; probe < LOCAL_PROBES; probe++) {
        struct local_slot *slot = &metrics->local[(hash + probe) % LOCAL_SLOTS];
        if (slot->family == NULL) {
            return NULL;
        }
        if (slot->family == family && slot->hash == hash
            && series_is(slot->cell->series, family, slot->family_len, labels, labels_len, braces)) {
            return slot->cell;
        }
    }
    return NULL;
}

static void local_remember(struct metrics *metrics, const char *family, size_t hash, struct metrics_cell *cell)
{
    for (size_t probe = 0; probe < LOCAL_PROBES; probe++) {
        struct local_slot *slot = &metrics->local[(hash + probe) % LOCAL_SLOTS];
        if (slot->family == NULL) {
            *slot = (struct local_slot){ family, strlen(family), hash, cell };
            return;
        }
    }
    /* Full around here: the series is found the slow way, as before. */
}

/* The cell of `family` with `labels`, made on first use; NULL when the table is full. */
static struct metrics_cell *find_cell(struct metrics *metrics, enum metric_kind kind, const char *family,
                                      const char *labels, bool braces)
{
    size_t labels_len = strlen(labels);
    size_t hash = local_hash(family, labels, labels_len);
    struct metrics_cell *cell = local_find(metrics, family, labels, labels_len, braces, hash);
    if (cell != NULL) {
        return cell;
    }
    char series[SERIES_MAX];
    snprintf(series, sizeof series, braces || labels[0] != '\0' ? "%s{%s}" : "%s%s", family, labels);
    worker_lock_acquire(&metrics->table->lock, metrics->slot);
    cell = cell_of(metrics->table, kind, family, series);
    worker_lock_release(&metrics->table->lock);
    if (cell != NULL) {
        local_remember(metrics, family, hash, cell);
    }
    return cell;
}

static void add_locked(struct metrics *metrics, struct metrics_cell *cell, double delta)
{
    struct metrics_table *table = metrics->table;
    if (cell->kind != METRIC_GAUGE) {
        cell->value += delta;
    } else if (metrics->slot < table->worker_slots) {
        table->gauge_values[cell->gauge_row * table->worker_slots + metrics->slot] += delta;
    }
}

struct metrics_cell *metrics_series(struct metrics *metrics, enum metric_kind kind, const char *name,
                                    const char *labels)
{
    if (metrics == NULL) {
        return NULL;
    }
    return find_cell(metrics, kind, name, labels, kind == METRIC_HISTOGRAM);
}

void metrics_cell_add(struct metrics *metrics, struct metrics_cell *cell, double delta)
{
    if (metrics == NULL || cell == NULL) {
        return;
    }
    worker_lock_acquire(&metrics->table->lock, metrics->slot);
    add_locked(metrics, cell, delta);
    worker_lock_release(&metrics->table->lock);
}

void metrics_cell_observe_seconds(struct metrics *metrics, struct metrics_cell *cell, double seconds)
{
    if (metrics == NULL || cell == NULL) {
        return;
    }
    /* One cell per histogram and label set: its bucket counts are made cumulative when
     * written, so an observation is one lookup, not one per bucket. */
    size_t bucket = 0;
    while (bucket < BUCKETS && seconds > bucket_bounds[bucket]) {
        bucket++;
    }
    worker_lock_acquire(&metrics->table->lock, metrics->slot);
    cell->buckets[bucket]++;
    cell->value += seconds;
    cell->count++;
    worker_lock_release(&metrics->table->lock);
}

void metrics_add(struct metrics *metrics, enum metric_kind kind, const char *name, const char *labels, double delta)
{
    metrics_cell_add(metrics, metrics_series(metrics, kind, name, labels), delta);
}

void metrics_observe_seconds(struct metrics *metrics, const char *name, const char *labels, double seconds)
{
    metrics_cell_observe_seconds(metrics, metrics_series(metrics, METRIC_HISTOGRAM, name, labels), seconds);
}

/* name_bucket{labels,le="…"} lines, cumulative, then _sum and _count. */
static void write_histogram(struct buffer *out, const struct metrics_cell *cell)
{
    const char *open = strchr(cell->series, '{');
    size_t name_len = (size_t)(open - cell->series);
    const char *labels = open + 1;
    int labels_len = (int)strlen(labels) - 1;            /* without the closing brace */
    double cumulative = 0;
    for (size_t i = 0; i <= BUCKETS; i++) {
        cumulative += cell->buckets[i];
        char bound[24];
        if (i == BUCKETS) {
            snprintf(bound, sizeof bound, "+Inf");
        } else {
            snprintf(bound, sizeof bound, "%g", bucket_bounds[i]);
        }
        buffer_printf(out, "%.*s_bucket{%.*s%sle=\"%s\"} %.17g\n", (int)name_len, cell->series, labels_len, labels,
                      labels_len > 0 ? "," : "", bound, cumulative);
    }
    const char *braces = labels_len > 0 ? "{" : "";
    buffer_printf(out, "%.*s_sum%s%.*s%s %.17g\n", (int)name_len, cell->series, braces, labels_len, labels,
                  labels_len > 0 ? "}" : "", cell->value);
    buffer_printf(out, "%.*s_count%s%.*s%s %.17g\n", (int)name_len, cell->series, braces, labels_len, labels,
                  labels_len > 0 ? "}" : "", cell->count);
}

/* Under the lock: each gauge of the copy is the sum of every slot's share. */
static void sum_gauges_locked(const struct metrics_table *table, struct metrics_cell *copy)
{
    for (size_t i = 0; i < CELLS; i++) {
        if (copy[i].family[0] == '\0' || copy[i].kind != METRIC_GAUGE) {
            continue;
        }
        const double *shares = &table->gauge_values[copy[i].gauge_row * table->worker_slots];
        double sum = 0;
        for (size_t slot = 0; slot < table->worker_slots; slot++) {
            sum += shares[slot];
        }
        copy[i].value = sum;
    }
}

static int by_family_then_series(const void *a, const void *b)
{
    const struct metrics_cell *x = *(const struct metrics_cell *const *)a, *y = *(const struct metrics_cell *const *)b;
    int family = strcmp(x->family, y->family);
    return family != 0 ? family : strcmp(x->series, y->series);
}

void metrics_write(struct metrics *metrics, struct buffer *out)
{
    if (metrics == NULL) {
        return;
    }
    struct metrics_cell **sorted = malloc(CELLS * sizeof *sorted);
    struct metrics_cell *copy = malloc(CELLS * sizeof *copy);
    if (sorted == NULL || copy == NULL) {
        free(sorted);
        free(copy);
        return;
    }
    struct metrics_table *table = metrics->table;
    worker_lock_acquire(&table->lock, metrics->slot);
    memcpy(copy, table->cells, CELLS * sizeof *copy);
    sum_gauges_locked(table, copy);
    unsigned long long dropped = table->dropped;
    worker_lock_release(&table->lock);
    /* Histograms must be buckets, then sum, then count; other families any order. */
    size_t count = 0;
    for (size_t i = 0; i < CELLS; i++) {
        if (copy[i].family[0] != '\0') {
            sorted[count++] = &copy[i];
        }
    }
    qsort(sorted, count, sizeof *sorted, by_family_then_series);
    const char *current = "";
    for (size_t i = 0; i < count; i++) {
        const struct metrics_cell *cell = sorted[i];
        if (strcmp(cell->family, current) != 0) {
            current = cell->family;
            for (size_t h = 0; h < sizeof helps / sizeof helps[0]; h++) {
                if (strcmp(helps[h].family, current) == 0) {
                    buffer_printf(out, "# HELP %s %s\n", current, helps[h].help);
                }
            }
            const char *type = cell->kind == METRIC_HISTOGRAM ? "histogram"
                               : cell->kind == METRIC_GAUGE   ? "gauge"
                                                              : "counter";
            buffer_printf(out, "# TYPE %s %s\n", current, type);
        }
        if (cell->kind == METRIC_HISTOGRAM) {
            write_histogram(out, cell);
        } else {
            buffer_printf(out, "%s %.17g\n", cell->series, cell->value);
        }
    }
    buffer_printf(out,
                  "# HELP lethe_metrics_series_dropped_total Series not recorded because the metrics table was full.\n"
                  "# TYPE lethe_metrics_series_dropped_total counter\n"
                  "lethe_metrics_series_dropped_total %llu\n",
                  dropped);
    free(sorted);
    free(copy);
}
