#include "providers/provider.h"

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

static bool add_line(struct provider_header_lines *out, const char *first, const char *second)
{
    if (out->count == PROVIDER_MAX_HEADER_LINES) {
        return false;
    }
    char *line = out->lines[out->count];
    int length = snprintf(line, PROVIDER_HEADER_LINE_BYTES, "%s%s", first, second);
    if (length < 0 || (size_t)length >= PROVIDER_HEADER_LINE_BYTES) {
        explicit_bzero(line, PROVIDER_HEADER_LINE_BYTES);
        return false;
    }
    out->count++;
    return true;
}

/* Egress is minimal: the provider's own auth, the content type and the body. An empty
 * "Expect:" stops an HTTP client from waiting for 100 Continue on larger bodies, and an
 * empty "Accept:" drops the catch-all Accept libcurl would add by itself. */
bool provider_header_lines(const struct provider *provider, struct provider_header_lines *out)
{
    static const char *const fixed[] = { "Content-Type: application/json", "Expect:", "Accept:" };
    out->count = 0;
    bool complete = true;
    for (size_t i = 0; complete && i < sizeof fixed / sizeof fixed[0]; i++) {
        complete = add_line(out, fixed[i], "");
    }
    if (complete && provider->api_key != NULL) {
        complete = add_line(out, provider->type->auth_header_prefix, provider->api_key);
    }
    for (size_t i = 0; complete && provider->type->extra_headers && provider->type->extra_headers[i]; i++) {
        complete = add_line(out, provider->type->extra_headers[i], "");
    }
    if (!complete) {
        explicit_bzero(out, sizeof *out);
    }
    return complete;
}
