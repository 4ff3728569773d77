#include "proxy/keys.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#include "transforms/foundation/hex.h"

static const char hash_prefix[] = "sha256:";

static bool digest_of(const unsigned char *salt, const char *key, size_t len, unsigned char *digest)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    unsigned int digest_len = 0;
    bool ok = context != NULL && EVP_DigestInit_ex(context, EVP_sha256(), NULL) == 1
              && EVP_DigestUpdate(context, salt, KEY_SALT_BYTES) == 1 && EVP_DigestUpdate(context, key, len) == 1
              && EVP_DigestFinal_ex(context, digest, &digest_len) == 1 && digest_len == KEY_DIGEST_BYTES;
    EVP_MD_CTX_free(context);
    return ok;
}

bool key_hash_text(const char *key, size_t len, char *out, size_t out_size)
{
    unsigned char salt[KEY_SALT_BYTES], digest[KEY_DIGEST_BYTES];
    size_t text_len = sizeof hash_prefix - 1 + 2 * KEY_SALT_BYTES + 1 + 2 * KEY_DIGEST_BYTES;
    if (out_size <= text_len || RAND_bytes(salt, sizeof salt) != 1 || !digest_of(salt, key, len, digest)) {
        return false;
    }
    char *at = out;
    memcpy(at, hash_prefix, sizeof hash_prefix - 1);
    at += sizeof hash_prefix - 1;
    hex_encode(at, salt, sizeof salt);
    at += 2 * sizeof salt;
    *at++ = ':';
    hex_encode(at, digest, sizeof digest);
    at += 2 * sizeof digest;
    *at = '\0';
    OPENSSL_cleanse(digest, sizeof digest);
    return true;
}

bool key_hash_parse(const char *text, struct gateway_key *key)
{
    size_t prefix_len = sizeof hash_prefix - 1;
    if (strlen(text) != prefix_len + 2 * KEY_SALT_BYTES + 1 + 2 * KEY_DIGEST_BYTES
        || memcmp(text, hash_prefix, prefix_len) != 0 || text[prefix_len + 2 * KEY_SALT_BYTES] != ':') {
        return false;
    }
    return hex_decode(text + prefix_len, key->salt, KEY_SALT_BYTES, false)
           && hex_decode(text + prefix_len + 2 * KEY_SALT_BYTES + 1, key->digest, KEY_DIGEST_BYTES, false);
}

const struct gateway_key *keys_match(const struct gateway_key *keys, size_t count, const char *presented,
                                     size_t len)
{
    const struct gateway_key *found = NULL;
    for (size_t i = 0; i < count; i++) {
        unsigned char digest[KEY_DIGEST_BYTES];
        if (digest_of(keys[i].salt, presented, len, digest)
            && CRYPTO_memcmp(digest, keys[i].digest, KEY_DIGEST_BYTES) == 0 && found == NULL) {
            found = &keys[i];
        }
    }
    return found;
}

bool key_allows_model(const struct gateway_key *key, struct slice model)
{
    if (key->routes == NULL) {
        return true;
    }
    for (size_t i = 0; i < key->route_count; i++) {
        if (slice_equals(model, key->routes[i]) || strcmp(key->routes[i], "*") == 0) {
            return true;
        }
    }
    return false;
}
