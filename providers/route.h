/* route.h — which targets serve a request.
 *
 * The client's "model" is either a route name from the config (its chain of targets),
 * or "provider/model" (a chain of one target on that provider). A target carries the
 * deadlines of its attempt. Resolution allocates nothing for routes; an ad-hoc target
 * for provider/model is built in the request's arena. */
#ifndef LETHE_ROUTE_H
#define LETHE_ROUTE_H

#include <stddef.h>

#include "providers/provider.h"

struct route_target {
    struct provider *provider;
    const char *model;           /* the provider's own model name */
    const char *label;           /* "provider/model", for headers, logs, metrics */
    long timeout_ms;             /* the whole attempt */
    long first_byte_ms;          /* until the first byte of the answer */
    long idle_ms;                /* longest gap in a stream once it started; 0: none */
    int retries;                 /* more tries of this target before the next one */
};

struct route {
    const char *name;
    struct route_target *targets;
    size_t target_count;
    long hedge_ms;               /* start the next target if no first byte by then; 0: off */
    bool resume;                 /* continue a cut text stream on the next target */
};

struct chain {
    const char *route_name;      /* NULL for provider/model */
    const struct route_target *targets;
    size_t count;
    long hedge_ms;
    bool resume;
};

enum { ROUTE_DEFAULT_TIMEOUT_MS = 60000, ROUTE_DEFAULT_CONNECT_TIMEOUT_MS = 5000 };

struct route_table {
    struct route *routes;
    size_t route_count;
    struct provider *providers;
    size_t provider_count;
};

/* A client's model name is client text: before it may reach an upstream URL, a body, a
 * header or a log it must be a configured route name, or at most ROUTE_MAX_MODEL_NAME bytes
 * of [A-Za-z0-9._:-] and '/', split by '/' into segments none of which is empty, "." or
 * "..". Only OpenAI-compatible providers' model names may hold a '/' after the provider
 * ("local/meta-llama/Llama-3.3-70B", as vLLM, Together and OpenRouter name them); Anthropic's
 * and Gemini's never do. So '?', '#', '%', spaces, control bytes and dot segments never get
 * through. A refusal's message names the field and the rule, never the value. */
enum { ROUTE_MAX_MODEL_NAME = 256 };

enum route_model_check {
    ROUTE_MODEL_VALID,
    ROUTE_MODEL_BAD_LENGTH,      /* empty, or over ROUTE_MAX_MODEL_NAME */
    ROUTE_MODEL_BAD_CHARACTER,   /* a byte outside the alphabet */
    ROUTE_MODEL_BAD_SEGMENT,     /* an empty, "." or ".." segment */
    ROUTE_MODEL_SLASH_REFUSED,   /* a '/' in the model of a provider whose names have none */
};

enum route_model_check route_check_model(const struct route_table *table, struct slice model);
/* The client-facing reason for a refusal (a constant string, without the value). */
const char *route_model_check_message(enum route_model_check check);

struct provider *route_find_provider(const struct route_table *table, const char *name, size_t name_len);
/* Fills chain and returns true when model names a route or a configured provider; a model
 * route_check_model refuses never resolves. */
bool route_resolve(const struct route_table *table, struct arena *arena, struct slice model,
                   struct chain *chain);

#endif
