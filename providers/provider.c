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
    .auth_header = "Authorization: Bearer %s",
    .default_base_url = "https://api.openai.com/v1",
};

static const char *const anthropic_headers[] = { "anthropic-version: 2023-06-01", NULL };

static const struct provider_type anthropic_type = {
    .name = "anthropic",
    .wire = &anthropic_wire,
    .auth_header = "x-api-key: %s",
    .extra_headers = anthropic_headers,
    .default_base_url = "https://api.anthropic.com/v1",
};

static const struct provider_type gemini_type = {
    .name = "gemini",
    .wire = &gemini_wire,
    .auth_header = "x-goog-api-key: %s",
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

bool provider_prepare(struct provider *provider)
{
    struct curl_slist *headers = NULL;
    char line[1024];
    /* Egress is minimal: the provider's own auth, the content type and the body. An empty
     * "Expect:" stops libcurl from waiting for 100 Continue on larger bodies, and an
     * empty "Accept:" drops the catch-all Accept libcurl would add by itself. */
    const char *fixed[] = { "Content-Type: application/json", "Expect:", "Accept:" };
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        headers = curl_slist_append(headers, fixed[i]);
    }
    if (provider->api_key != NULL) {
        snprintf(line, sizeof line, provider->type->auth_header, provider->api_key);
        headers = curl_slist_append(headers, line);
        explicit_bzero(line, sizeof line);
    }
    for (size_t i = 0; provider->type->extra_headers && provider->type->extra_headers[i]; i++) {
        headers = curl_slist_append(headers, provider->type->extra_headers[i]);
    }
    provider->headers = headers;
    return headers != NULL;
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
