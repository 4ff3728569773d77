#include "providers/provider.h"

#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

#include "transforms/anthropic.h"
#include "transforms/gemini.h"
#include "transforms/openai.h"

/* ---- the descriptors: one per wire format ---- */

static const struct provider_type openai_type = {
    .name = "openai",
    .wire = &openai_wire,
    .auth_header_prefix = "Authorization: Bearer ",
    .default_base_url = "https://api.openai.com/v1",
};

static const char *const anthropic_headers[] = { "anthropic-version: 2023-06-01", NULL };

static const struct provider_type anthropic_type = {
    .name = "anthropic",
    .wire = &anthropic_wire,
    .auth_header_prefix = "x-api-key: ",
    .extra_headers = anthropic_headers,
    .default_base_url = "https://api.anthropic.com/v1",
};

static const struct provider_type gemini_type = {
    .name = "gemini",
    .wire = &gemini_wire,
    .auth_header_prefix = "x-goog-api-key: ",
    .default_base_url = "https://generativelanguage.googleapis.com/v1beta",
};

const struct provider_type *const provider_types[] = {
    &openai_type,
    &anthropic_type,
    &gemini_type,
    NULL,
};

const struct provider_type *provider_type_find(const char *name)
{
    for (size_t i = 0; provider_types[i] != NULL; i++) {
        if (strcmp(provider_types[i]->name, name) == 0) {
            return provider_types[i];
        }
    }
    return NULL;
}

const char *provider_type_names(void)
{
    static char names[256];
    if (names[0] != '\0') {
        return names;
    }
    size_t used = 0;
    for (size_t i = 0; provider_types[i] != NULL && used < sizeof names; i++) {
        used += (size_t)snprintf(names + used, sizeof names - used, "%s%s", i ? ", " : "",
                                 provider_types[i]->name);
    }
    return names;
}

/* One line more on the list. libcurl's append returns NULL and leaves the list as it was
 * when it cannot allocate: keep the list, so it can be wiped and freed, and say so. */
static bool append_line(struct curl_slist **headers, const char *line)
{
    struct curl_slist *grown = curl_slist_append(*headers, line);
    if (grown == NULL) {
        return false;
    }
    *headers = grown;
    return true;
}

/* Every line or none: a list without the auth header would send requests the provider
 * refuses (or, worse, that reach it unauthenticated), so a failed append fails it all. */
bool provider_prepare(struct provider *provider)
{
    struct curl_slist *headers = NULL;
    bool complete = true;
    /* Egress is minimal: the provider's own auth, the content type and the body. An empty
     * "Expect:" stops libcurl from waiting for 100 Continue on larger bodies, and an
     * empty "Accept:" drops the catch-all Accept libcurl would add by itself. */
    const char *fixed[] = { "Content-Type: application/json", "Expect:", "Accept:" };
    for (size_t i = 0; complete && i < sizeof fixed / sizeof fixed[0]; i++) {
        complete = append_line(&headers, fixed[i]);
    }
    if (complete && provider->api_key != NULL) {
        char line[1024];
        int length = snprintf(line, sizeof line, "%s%s", provider->type->auth_header_prefix, provider->api_key);
        /* A key too long for the line would be sent cut: refuse it instead. */
        complete = length > 0 && (size_t)length < sizeof line && append_line(&headers, line);
        explicit_bzero(line, sizeof line);
    }
    for (size_t i = 0; complete && provider->type->extra_headers && provider->type->extra_headers[i]; i++) {
        complete = append_line(&headers, provider->type->extra_headers[i]);
    }
    provider->headers = headers;
    if (!complete) {
        provider_release(provider);
    }
    return complete;
}

void provider_release(struct provider *provider)
{
    /* The list holds the key: wipe each line before libcurl frees it. */
    for (struct curl_slist *item = provider->headers; item != NULL; item = item->next) {
        explicit_bzero(item->data, strlen(item->data));
    }
    curl_slist_free_all(provider->headers);
    provider->headers = NULL;
}
