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

/* OpenAI-compatible servers name models "org/model"; Anthropic and Gemini never use a '/',
 * and Gemini's model is a path segment of the URL. */
static bool model_names_may_nest(const struct provider *provider)
{
    return provider->type != NULL && strcmp(provider->type->name, "openai") == 0;
}

static const struct route *find_route(const struct route_table *table, struct slice name)
{
    for (size_t i = 0; i < table->route_count; i++) {
        if (slice_equals(name, table->routes[i].name)) {
            return &table->routes[i];
        }
    }
    return NULL;
}

enum route_model_check route_check_model(const struct route_table *table, struct slice model)
{
    if (model.ptr != NULL && find_route(table, model) != NULL) {
        return ROUTE_MODEL_VALID;                /* the operator's own name */
    }
    if (model.ptr == NULL || model.len == 0 || model.len > ROUTE_MAX_MODEL_NAME) {
        return ROUTE_MODEL_BAD_LENGTH;
    }
    for (size_t i = 0; i < model.len; i++) {
        if (!canon_model_character(model.ptr[i])) {
            return ROUTE_MODEL_BAD_CHARACTER;
        }
    }
    size_t segments = 0;
    for (size_t start = 0;; start++) {
        const char *slash = memchr(model.ptr + start, '/', model.len - start);
        size_t stop = slash != NULL ? (size_t)(slash - model.ptr) : model.len;
        if (canon_model_part_empty_or_dots(model.ptr + start, stop - start)) {
            return ROUTE_MODEL_BAD_SEGMENT;
        }
        segments++;
        if (slash == NULL) {
            break;
        }
        start = stop;
    }
    if (segments > 2) {
        const char *first_slash = memchr(model.ptr, '/', model.len);
        struct provider *provider = route_find_provider(table, model.ptr, (size_t)(first_slash - model.ptr));
        if (provider != NULL && !model_names_may_nest(provider)) {
            return ROUTE_MODEL_SLASH_REFUSED;
        }
    }
    return ROUTE_MODEL_VALID;
}

_Static_assert(ROUTE_MAX_MODEL_NAME == 256, "route_model_check_message names the limit");

const char *route_model_check_message(enum route_model_check check)
{
    switch (check) {
    case ROUTE_MODEL_VALID:
        return "'model' is valid";
    case ROUTE_MODEL_BAD_LENGTH:
        return "'model' must be 1 to 256 characters long";
    case ROUTE_MODEL_BAD_CHARACTER:
        return "'model' may hold only letters, digits and . _ : - /";
    case ROUTE_MODEL_BAD_SEGMENT:
        return "'model' must not have an empty, '.' or '..' part between slashes";
    case ROUTE_MODEL_SLASH_REFUSED:
        return "'model' names a provider whose model names hold no '/'";
    }
    return "'model' is not valid";
}

bool route_resolve(const struct route_table *table, struct arena *arena, struct slice model,
                   struct chain *chain)
{
    if (route_check_model(table, model) != ROUTE_MODEL_VALID) {
        return false;
    }
    const struct route *route = find_route(table, model);
    if (route != NULL) {
        chain->route_name = route->name;
        chain->targets = route->targets;
        chain->count = route->target_count;
        chain->hedge_ms = route->hedge_ms;
        chain->resume = route->resume;
        return true;
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
