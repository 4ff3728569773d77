/* provider.h — provider types and configured providers.
 *
 * A provider_type is a descriptor: its wire format and how it authenticates. The table
 * of types is the one place a new provider format is registered. A provider is one
 * entry of the config's "providers": a name, a type, a base URL and a key.
 * provider_header_lines says which header lines a request to it carries; the HTTP client
 * that sends them (libcurl, in proxy/) builds its own list from them once at load. */
#ifndef LETHE_PROVIDER_H
#define LETHE_PROVIDER_H

#include <stdbool.h>

#include "transforms/format.h"

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
};

enum { PROVIDER_MAX_HEADER_LINES = 8, PROVIDER_HEADER_LINE_BYTES = 1024 };

/* The lines a request to a provider carries: content type, auth, the type's extras. They
 * hold the key: wipe them (explicit_bzero) once copied. */
struct provider_header_lines {
    char lines[PROVIDER_MAX_HEADER_LINES][PROVIDER_HEADER_LINE_BYTES];
    size_t count;
};

/* Every line, or false when the key does not fit a header line (a cut key would be sent
 * otherwise) or the type has more lines than fit. */
bool provider_header_lines(const struct provider *provider, struct provider_header_lines *out);

#endif
