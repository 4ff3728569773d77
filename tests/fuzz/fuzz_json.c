/* Fuzz target: the direct JSON parser against yajl (transforms/foundation/json.c, included
 * for its static parsers). Whatever the direct parser accepts, yajl must accept with the
 * same tree, under both surrogate policies; the first byte picks the depth bound (the seeds start with "@": 65). */
#include <stdint.h>
#include <stdlib.h>

#include "transforms/foundation/json.c"
#include "tests/unit/json_testing.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    unsigned depth = 1 + data[0] % 80;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    struct arena arena;
    arena_init(&arena, 4096);
    for (int policy = SURROGATES_REFUSE_LONE; policy <= SURROGATES_REPLACE_LONE; policy++) {
        struct json_error error;
        struct json_value *direct = len ? parse_direct(&arena, text, len, depth) : NULL;
        struct json_value *yajl = parse_with_yajl(&arena, text, len, depth, (enum surrogate_policy)policy, &error);
        if (direct != NULL && (yajl == NULL || !json_testing_identical(direct, yajl))) {
            abort();
        }
        arena_clear(&arena);
    }
    arena_release(&arena);
    return 0;
}
