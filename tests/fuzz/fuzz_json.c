/* Fuzz target: the direct JSON parser against yajl (transforms/foundation/json.c, included
 * for its static parsers). Whatever the direct parser accepts, yajl must accept with the
 * same tree, under both surrogate policies; the first byte picks the depth bound (the seeds start with "@": 65). */
#include <stdint.h>
#include <stdlib.h>

#include "transforms/foundation/json.c"

static bool same_tree(const struct json_value *a, const struct json_value *b)
{
    if (a->type != b->type) {
        return false;
    }
    switch (a->type) {
    case JSON_NULL:
        return true;
    case JSON_BOOL:
        return a->boolean == b->boolean;
    case JSON_NUMBER:
        return a->number.len == b->number.len && memcmp(a->number.text, b->number.text, a->number.len + 1) == 0;
    case JSON_STRING:
        return a->string.len == b->string.len && memcmp(a->string.text, b->string.text, a->string.len + 1) == 0
               && a->string.leading_low == b->string.leading_low && a->string.trailing_high == b->string.trailing_high;
    case JSON_ARRAY:
        if (a->array.count != b->array.count) {
            return false;
        }
        for (size_t i = 0; i < a->array.count; i++) {
            if (!same_tree(a->array.items[i], b->array.items[i])) {
                return false;
            }
        }
        return true;
    case JSON_OBJECT:
        if (a->object.count != b->object.count) {
            return false;
        }
        for (size_t i = 0; i < a->object.count; i++) {
            const struct json_member *x = &a->object.members[i], *y = &b->object.members[i];
            if (x->key_len != y->key_len || memcmp(x->key, y->key, x->key_len + 1) != 0
                || !same_tree(x->value, y->value)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

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
        if (direct != NULL && (yajl == NULL || !same_tree(direct, yajl))) {
            abort();
        }
        arena_clear(&arena);
    }
    arena_release(&arena);
    return 0;
}
