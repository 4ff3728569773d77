/* provider.h — provider types and configured providers.
 *
 * A provider_type is a descriptor: its wire format and how it authenticates. The table
 * of types is the one place a new provider format is registered. A provider is one
 * entry of the config's "providers": a name, a type, a base URL and a key, with the
 * upstream header list built once at start-up so no request pays for it. */
#ifndef LETHE_PROVIDER_H
#define LETHE_PROVIDER_H

#include <stdbool.h>

#include "transforms/format.h"

struct curl_slist;

struct provider_type {
    const char *name;                       /* the config's "type" */
    const struct wire_format *wire;
    const char *auth_header_prefix;         /* the auth header line up to the key */
    const char *const *extra_headers;       /* NULL-terminated, may be NULL */
    const char *default_base_url;
};

const struct provider_type *provider_type_find(const char *name);
/* "openai, anthropic, ..." for error messages. */
const char *provider_type_names(void);
/* All known types, NULL-terminated. */
extern const struct provider_type *const provider_types[];

struct provider {
    const char *name;
    const struct provider_type *type;
    const char *base_url;
    const char *api_key;                    /* NULL: send no credentials */
    const char *ca_file;                    /* a private CA to verify it with; NULL: the system's */
    struct curl_slist *headers;             /* auth + content type + extras, built once */
};

/* Build provider->headers from its type and key: every line, or none (headers NULL) and
 * false when an allocation failed or the key does not fit a header line. */
bool provider_prepare(struct provider *provider);
void provider_release(struct provider *provider);

#endif
