/* json_paths.h — reading a parsed answer by path in the unit tests that check what a
 * translation wrote ("output.1.content.0.text"). */
#ifndef LETHE_TEST_JSON_PATHS_H
#define LETHE_TEST_JSON_PATHS_H

#include "tests/unit/unit.h"

#include "transforms/foundation/json.h"

/* Follow a path like "messages.1.content.0.type" through objects and arrays; NULL where
 * a step is missing. */
static inline const struct json_value *at(const struct json_value *value, const char *path)
{
    char copy[256];
    snprintf(copy, sizeof copy, "%s", path);
    for (char *step = strtok(copy, "."); step != NULL && value != NULL; step = strtok(NULL, ".")) {
        if (value->type == JSON_ARRAY) {
            size_t index = strtoul(step, NULL, 10);
            value = index < value->array.count ? value->array.items[index] : NULL;
        } else {
            value = json_get(value, step);
        }
    }
    return value;
}

static inline void assert_string_at(const struct json_value *root, const char *path, const char *expected)
{
    const struct json_value *value = at(root, path);
    if (!json_is(value, JSON_STRING)) {
        fail_msg("no string at %s", path);
    }
    assert_string_equal(value->string.text, expected);
}

#endif
