/* A provider's header list is built whole or not at all. providers/ says which lines
 * (provider_header_lines), proxy/upstream.c builds libcurl's list from them. libcurl's
 * slist append returns NULL when an allocation fails and leaves the list as it was: a
 * caller that stores that NULL drops every line before it, and one that goes on appending
 * builds a list without the auth header, so requests would leave without their key. Every
 * allocation libcurl makes is failed in turn, one at a time, through curl_global_init_mem. */
#include "tests/unit/unit.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

#include "providers/provider.h"
#include "proxy/upstream_headers.h"

static long allocations_left = -1;   /* -1: never fail */

/* Exactly one allocation fails, the one after `allocations_left` more: memory pressure
 * comes and goes, so the calls after it may well succeed. */
static bool allocation_allowed(void)
{
    if (allocations_left < 0) {
        return true;
    }
    if (allocations_left == 0) {
        allocations_left = -1;
        return false;
    }
    allocations_left--;
    return true;
}

static void *failing_malloc(size_t size) { return allocation_allowed() ? malloc(size) : NULL; }
static void failing_free(void *pointer) { free(pointer); }
static void *failing_realloc(void *pointer, size_t size)
{
    return allocation_allowed() ? realloc(pointer, size) : NULL;
}
static char *failing_strdup(const char *text) { return allocation_allowed() ? strdup(text) : NULL; }
static void *failing_calloc(size_t count, size_t size) { return allocation_allowed() ? calloc(count, size) : NULL; }

static bool has_line(const struct curl_slist *headers, const char *line)
{
    for (; headers != NULL; headers = headers->next) {
        if (strcmp(headers->data, line) == 0) {
            return true;
        }
    }
    return false;
}

/* The provider's lines, as libcurl's list: NULL when an allocation failed. */
static struct curl_slist *build(const struct provider *provider)
{
    struct provider_header_lines lines;
    assert_true(provider_header_lines(provider, &lines));
    const char *pointers[PROVIDER_MAX_HEADER_LINES];
    for (size_t i = 0; i < lines.count; i++) {
        pointers[i] = lines.lines[i];
    }
    return upstream_header_list(pointers, lines.count);
}

static void check_type(const char *type_name, const char *auth_line, const char *extra_line)
{
    for (long fail_at = 0; fail_at < 24; fail_at++) {
        struct provider provider = { .name = "p", .type = provider_type_find(type_name), .base_url = "http://x",
                                     .api_key = "sk-test" };
        allocations_left = fail_at;
        struct curl_slist *headers = build(&provider);
        allocations_left = -1;
        if (headers == NULL) {
            continue;
        }
        assert_true(has_line(headers, auth_line));
        assert_true(has_line(headers, "Content-Type: application/json"));
        assert_true(has_line(headers, "Expect:"));
        if (extra_line != NULL) {
            assert_true(has_line(headers, extra_line));
        }
        upstream_header_list_free(headers);
    }
}

static void openai_headers_whole_or_none(void **state)
{
    (void)state;
    check_type("openai", "Authorization: Bearer sk-test", NULL);
}

static void anthropic_headers_whole_or_none(void **state)
{
    (void)state;
    check_type("anthropic", "x-api-key: sk-test", "anthropic-version: 2023-06-01");
}

static void a_key_too_long_for_a_line_is_refused(void **state)
{
    (void)state;
    static char key[2048];
    memset(key, 'k', sizeof key - 1);
    struct provider provider = { .name = "p", .type = provider_type_find("openai"), .base_url = "http://x",
                                 .api_key = key };
    struct provider_header_lines lines;
    assert_false(provider_header_lines(&provider, &lines));
    assert_int_equal(lines.count, 0);
}

int main(void)
{
    if (curl_global_init_mem(CURL_GLOBAL_DEFAULT, failing_malloc, failing_free, failing_realloc, failing_strdup,
                             failing_calloc) != CURLE_OK) {
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(openai_headers_whole_or_none),
        cmocka_unit_test(anthropic_headers_whole_or_none),
        cmocka_unit_test(a_key_too_long_for_a_line_is_refused),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    curl_global_cleanup();
    return failed;
}
