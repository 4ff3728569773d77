#include "proxy/upstream_headers.h"

#include <curl/curl.h>
#include <string.h>

/* libcurl's append returns NULL and leaves the list as it was when it cannot allocate:
 * keep the list so it can be wiped and freed, and build it whole or not at all. */
struct curl_slist *upstream_header_list(const char *const *lines, size_t count)
{
    struct curl_slist *list = NULL;
    for (size_t i = 0; i < count; i++) {
        struct curl_slist *grown = curl_slist_append(list, lines[i]);
        if (grown == NULL) {
            upstream_header_list_free(list);
            return NULL;
        }
        list = grown;
    }
    return list;
}

void upstream_header_list_free(struct curl_slist *list)
{
    for (struct curl_slist *item = list; item != NULL; item = item->next) {
        explicit_bzero(item->data, strlen(item->data));
    }
    curl_slist_free_all(list);
}
