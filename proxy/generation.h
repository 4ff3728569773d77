/* generation.h — the gateway's generations: a config with what it brings (its scrubber,
 * its circuit breakers), and reload.
 *
 * A worker starts on generation_first (main's config and scrubber, not freed with it).
 * generation_reload (SIGHUP) reads the config file again: if it is valid, it becomes the
 * current generation, with the scrubber kept when the scrub section did not change and
 * compiled anew when it did; if not, the current one stays and a log line says why.
 * Exchanges keep the generation they started on: a replaced one is freed when its last
 * exchange ends (generation_release, in proxy/gateway.h). struct generation is in
 * proxy/gateway.h, which exchanges read. */
#ifndef LETHE_GENERATION_H
#define LETHE_GENERATION_H

#include <stdbool.h>

#include "proxy/gateway.h"

/* Makes `config` and `scrubber` (NULL: scrubbing off) the gateway's current generation,
 * with breakers for its targets in gateway->breakers. False if there is no room. */
bool generation_first(struct gateway *gateway, struct config *config, struct scrubber *scrubber);

/* SIGHUP: read `config_path` again (NULL: lethe was started without -c; a log line says
 * there is nothing to read). What is bound at start-up (listen address, workers, TLS, logs,
 * audit, telemetry, the number of keys) needs a restart. */
void generation_reload(struct gateway *gateway, const char *config_path);

/* The worker is done: frees the current generation, whoever still counts on it. */
void generation_free_current(struct gateway *gateway);

#endif
