/* generation.c — see generation.h. */
#include "proxy/generation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/log.h"
#include "scrub/scrub.h"

/* A generation lets go of its scrubber; the last one frees it. main's scrubber keeps
 * main's reference, so only one a reload built reaches 0. */
static void drop_scrubber(struct scrubber *scrubber)
{
    if (scrubber != NULL && --scrubber->users == 0) {
        scrubber_release(scrubber);
        free(scrubber);
    }
}

static void generation_free(struct generation *generation)
{
    breaker_table_release(&generation->breakers);
    drop_scrubber(generation->scrubber);
    if (generation->owned) {
        config_release(generation->config);
        free(generation->config);
    }
    free(generation);
}

void generation_release(struct gateway *gateway, struct generation *generation)
{
    generation->users--;
    if (generation != gateway->generation && generation->users == 0) {
        generation_free(generation);
    }
}

static void set_generation(struct gateway *gateway, struct generation *generation)
{
    struct generation *old = gateway->generation;
    gateway->generation = generation;
    if (old != NULL && old->users == 0) {
        generation_free(old);
    }
}

bool generation_first(struct gateway *gateway, struct config *config, struct scrubber *scrubber)
{
    struct generation *first = calloc(1, sizeof *first);
    if (first == NULL) {
        return false;
    }
    /* The first generation is main's config and scrubber: not freed with it. */
    first->config = config;
    first->scrubber = scrubber;
    if (scrubber != NULL) {
        scrubber->users++;
    }
    if (!breaker_table_build(&first->breakers, gateway->breakers, &config->table, &config->breaker)) {
        generation_free(first);
        return false;
    }
    set_generation(gateway, first);
    return true;
}

void generation_free_current(struct gateway *gateway)
{
    if (gateway->generation != NULL) {
        generation_free(gateway->generation);
        gateway->generation = NULL;
    }
}

/* The next generation's scrubber: the current one when the scrub section did not change
 * (nothing to compile: the loop does not stall), a new one when it did, none when
 * scrubbing is off. */
static bool choose_scrubber(struct generation *next, const struct generation *current, char *error,
                            size_t error_size)
{
    struct scrubber *kept = current->scrubber;
    if (kept != NULL && scrub_config_equal(&next->config->scrub, &current->config->scrub)) {
        next->scrubber = kept;
        kept->users++;
        return true;
    }
    if (!next->config->scrub.enabled) {
        return true;
    }
    next->scrubber = calloc(1, sizeof *next->scrubber);
    if (next->scrubber != NULL && scrubber_init(next->scrubber, &next->config->scrub, error, error_size)) {
        return true;
    }
    free(next->scrubber);
    next->scrubber = NULL;
    return false;
}

/* The generation `config_path` describes, or NULL with the reason in `error`. */
static struct generation *load_generation(const struct gateway *gateway, const char *config_path, char *error)
{
    struct generation *next = calloc(1, sizeof *next);
    struct config *config = calloc(1, sizeof *config);
    if (next == NULL || config == NULL) {
        free(next);
        free(config);
        return NULL;
    }
    config_init(config);
    next->config = config;
    next->owned = true;
    const struct generation *current = gateway->generation;
    bool ok = config_load_file(config, config_path, error);
    if (ok && config->key_count != current->config->key_count && gateway->limits != NULL) {
        snprintf(error, CONFIG_ERROR_SIZE, "keys: the number of keys changed, which needs a restart");
        ok = false;
    }
    ok = ok && choose_scrubber(next, current, error, CONFIG_ERROR_SIZE);
    if (ok && !breaker_table_build(&next->breakers, gateway->breakers, &config->table, &config->breaker)) {
        snprintf(error, CONFIG_ERROR_SIZE, "no room for the circuit breakers: the store keeps every target seen "
                                           "since start-up; a restart clears it");
        ok = false;
    }
    if (!ok) {
        generation_free(next);
        return NULL;
    }
    return next;
}

void generation_reload(struct gateway *gateway, const char *config_path)
{
    if (config_path == NULL) {
        log_error("reload: lethe was started without -c FILE: nothing to read again");
        return;
    }
    char error[CONFIG_ERROR_SIZE] = "out of memory";
    struct generation *next = load_generation(gateway, config_path, error);
    if (next == NULL) {
        log_error("reload: %s; the old config stays", error);
        return;
    }
    const struct config *current = gateway->generation->config;
    const struct config *config = next->config;
    if (strcmp(config->listen_host, current->listen_host) != 0 || config->listen_port != current->listen_port) {
        log_error("reload: listen changed: that needs a restart; still listening on %s:%d", current->listen_host,
                  current->listen_port);
        /* What the process listens on, so the next reload compares with the truth. */
        memcpy(next->config->listen_host, current->listen_host, sizeof next->config->listen_host);
        next->config->listen_port = current->listen_port;
    }
    bool same_scrub = next->scrubber != NULL && next->scrubber == gateway->generation->scrubber;
    set_generation(gateway, next);
    log_info("reload: %s applied: %zu provider%s, %zu route%s, scrubber %s", config_path,
             config->table.provider_count, config->table.provider_count == 1 ? "" : "s", config->table.route_count,
             config->table.route_count == 1 ? "" : "s",
             !config->scrub.enabled ? "off" : same_scrub ? "kept" : "rebuilt");
}
