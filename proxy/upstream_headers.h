/* upstream_headers.h — libcurl's header list for a provider, built once when a config is
 * loaded (from providers/'s provider_header_lines), so no request pays for it.
 *
 * upstream_header_list returns every line, or NULL when an allocation failed: never a list
 * without the auth line. upstream_header_list_free wipes the lines (they hold the key)
 * before libcurl frees them. Apart from upstream.c, this is the one place that builds
 * libcurl state, and it needs no transfer: the exchange harness links it as it is. */
#ifndef LETHE_UPSTREAM_HEADERS_H
#define LETHE_UPSTREAM_HEADERS_H

#include <stddef.h>

struct curl_slist;

struct curl_slist *upstream_header_list(const char *const *lines, size_t count);
void upstream_header_list_free(struct curl_slist *list);

#endif
