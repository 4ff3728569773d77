/* Gateway keys: the printed hash parses back, only the right key matches it, two
 * hashes of one key differ (salted), malformed hashes are refused, routes restrict. */
#include "tests/unit/unit.h"

#include "proxy/keys.h"

static void hash_round_trip(void **state)
{
    (void)state;
    char first[KEY_HASH_TEXT_MAX], second[KEY_HASH_TEXT_MAX];
    assert_true(key_hash_text("secret-key-1", 12, first, sizeof first));
    assert_true(key_hash_text("secret-key-1", 12, second, sizeof second));
    assert_string_not_equal(first, second);                 /* a fresh salt each time */
    assert_null(strstr(first, "secret"));
    struct gateway_key keys[2] = { { .name = "a" }, { .name = "b" } };
    assert_true(key_hash_parse(first, &keys[0]));
    char other[KEY_HASH_TEXT_MAX];
    assert_true(key_hash_text("another-key-2", 13, other, sizeof other));
    assert_true(key_hash_parse(other, &keys[1]));
    assert_ptr_equal(keys_match(keys, 2, "secret-key-1", 12), &keys[0]);
    assert_ptr_equal(keys_match(keys, 2, "another-key-2", 13), &keys[1]);
    assert_null(keys_match(keys, 2, "secret-key-", 11));
    assert_null(keys_match(keys, 2, "secret-key-1x", 13));
    assert_null(keys_match(keys, 2, "", 0));
    assert_false(key_hash_text("k", 1, first, 10));         /* no room */
}

static void malformed_hashes(void **state)
{
    (void)state;
    struct gateway_key key = { 0 };
    static const char *const bad[] = {
        "", "sha256:", "md5:00112233445566778899aabbccddeeff:00",
        "sha256:00112233445566778899aabbccddeeff:0011223344556677889900112233445566778899001122334455667788990011x",
        "sha256:00112233445566778899aabbccddeeff-001122334455667788990011223344556677889900112233445566778899aabb",
        "sha256:0011223344556677889900AABBCCDDEE:001122334455667788990011223344556677889900112233445566778899aabb",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (key_hash_parse(bad[i], &key)) {
            fail_msg("accepted %s", bad[i]);
        }
    }
    assert_true(key_hash_parse(
        "sha256:00112233445566778899aabbccddeeff:001122334455667788990011223344556677889900112233445566778899aabb", &key));
    assert_int_equal(key.salt[15], 0xff);
    assert_int_equal(key.digest[31], 0xbb);
}

static void routes_restrict(void **state)
{
    (void)state;
    static const char *const routes[] = { "default", "openai/gpt-4o" };
    struct gateway_key key = { .routes = routes, .route_count = 2 };
    assert_true(key_allows_model(&key, SLICE_LITERAL("default")));
    assert_true(key_allows_model(&key, SLICE_LITERAL("openai/gpt-4o")));
    assert_false(key_allows_model(&key, SLICE_LITERAL("smart")));
    assert_false(key_allows_model(&key, SLICE_LITERAL("defaul")));
    struct gateway_key open = { 0 };
    assert_true(key_allows_model(&open, SLICE_LITERAL("anything")));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hash_round_trip),
        cmocka_unit_test(malformed_hashes),
        cmocka_unit_test(routes_restrict),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
