#include "providers/route.h"

#include <string.h>

struct provider *route_find_provider(const struct route_table *table, const char *name, size_t name_len)
{
    for (size_t i = 0; i < table->provider_count; i++) {
        const char *candidate = table->providers[i].name;
        if (strlen(candidate) == name_len && memcmp(candidate, name, name_len) == 0) {
            return &table->providers[i];
        }
    }
    return NULL;
}

bool route_resolve(const struct route_table *table, struct arena *arena, struct slice model,
                   struct chain *chain)
{
    for (size_t i = 0; i < table->route_count; i++) {
        if (slice_equals(model, table->routes[i].name)) {
            chain->route_name = table->routes[i].name;
            chain->targets = table->routes[i].targets;
            chain->count = table->routes[i].target_count;
            chain->hedge_ms = table->routes[i].hedge_ms;
            chain->resume = table->routes[i].resume;
            return true;
        }
    }
    const char *slash = memchr(model.ptr, '/', model.len);
    if (slash == NULL || slash == model.ptr || slash == model.ptr + model.len - 1) {
        return false;
    }
    struct provider *provider = route_find_provider(table, model.ptr, (size_t)(slash - model.ptr));
    if (provider == NULL) {
        return false;
    }
    /* A provider/model named by the client and also listed in a route keeps that
     * target's deadlines; otherwise it gets the defaults. */
    for (size_t i = 0; i < table->route_count; i++) {
        for (size_t j = 0; j < table->routes[i].target_count; j++) {
            if (slice_equals(model, table->routes[i].targets[j].label)) {
                chain->route_name = NULL;
                chain->targets = &table->routes[i].targets[j];
                chain->count = 1;
                chain->hedge_ms = 0;
                chain->resume = false;
                return true;
            }
        }
    }
    struct route_target *target = arena_calloc(arena, 1, sizeof *target);
    target->provider = provider;
    target->model = arena_strndup(arena, slash + 1, (size_t)(model.ptr + model.len - slash - 1));
    target->label = arena_strndup(arena, model.ptr, model.len);
    target->timeout_ms = ROUTE_DEFAULT_TIMEOUT_MS;
    target->first_byte_ms = ROUTE_DEFAULT_TIMEOUT_MS;
    chain->route_name = NULL;
    chain->targets = target;
    chain->count = 1;
    chain->hedge_ms = 0;
    chain->resume = false;
    return true;
}
