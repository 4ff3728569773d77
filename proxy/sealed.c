#include "proxy/sealed.h"

#include <errno.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "transforms/foundation/hex.h"

enum { NONCE_BYTES = 12, TAG_BYTES = 16, MASTER_BYTES = 32, MAX_SEALED_BYTES = 1 << 20 };

static const char magic[] = "LETHE-SEALED-KEYS-1\n";

static bool master_key(unsigned char *key, char *error, size_t error_size)
{
    const char *hex = getenv("LETHE_MASTER_KEY");
    if (hex == NULL || strlen(hex) != 2 * MASTER_BYTES) {
        snprintf(error, error_size, "sealed keys: LETHE_MASTER_KEY must hold 64 hex digits (32 bytes), "
                 "e.g. from: openssl rand -hex 32");
        return false;
    }
    if (!hex_decode(hex, key, MASTER_BYTES, true)) {
        OPENSSL_cleanse(key, MASTER_BYTES);
        snprintf(error, error_size, "sealed keys: LETHE_MASTER_KEY must hold 64 hex digits");
        return false;
    }
    return true;
}

/* The whole file into a malloc'd buffer the caller wipes and frees. */
static unsigned char *read_file(const char *path, size_t *len, char *error, size_t error_size)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        snprintf(error, error_size, "sealed keys: cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    unsigned char *data = malloc(MAX_SEALED_BYTES + 1);
    *len = data != NULL ? fread(data, 1, MAX_SEALED_BYTES + 1, file) : 0;
    fclose(file);
    if (data == NULL || *len > MAX_SEALED_BYTES) {
        free(data);
        snprintf(error, error_size, "sealed keys: %s is larger than 1 MiB", path);
        return NULL;
    }
    return data;
}

static void wipe_and_free(unsigned char *data, size_t len)
{
    if (data != NULL) {
        OPENSSL_cleanse(data, len);
        free(data);
    }
}

bool sealed_keys_write(const char *in_path, const char *out_path, char *error, size_t error_size)
{
    unsigned char key[MASTER_BYTES];
    if (!master_key(key, error, error_size)) {
        return false;
    }
    size_t len;
    unsigned char *plain = read_file(in_path, &len, error, error_size);
    if (plain == NULL) {
        OPENSSL_cleanse(key, sizeof key);
        return false;
    }
    /* Only a JSON object of strings is worth sealing: check before encrypting. */
    struct arena arena;
    arena_init(&arena, 4096);
    struct json_error json_error;
    const struct json_value *root = json_parse(&arena, (const char *)plain, len, 4, &json_error);
    bool shaped = json_is(root, JSON_OBJECT);
    for (size_t i = 0; shaped && i < root->object.count; i++) {
        shaped = json_is(root->object.members[i].value, JSON_STRING);
    }
    arena_release(&arena);
    if (!shaped) {
        wipe_and_free(plain, len);
        OPENSSL_cleanse(key, sizeof key);
        snprintf(error, error_size, "sealed keys: %s must be a JSON object of names to key strings", in_path);
        return false;
    }
    unsigned char nonce[NONCE_BYTES], tag[TAG_BYTES];
    unsigned char *cipher = malloc(len + 16);
    int written = 0, final_len = 0;
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    bool ok = cipher != NULL && context != NULL && RAND_bytes(nonce, sizeof nonce) == 1
              && EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), NULL, key, nonce) == 1
              && EVP_EncryptUpdate(context, NULL, &written, (const unsigned char *)magic, sizeof magic - 1) == 1
              && EVP_EncryptUpdate(context, cipher, &written, plain, (int)len) == 1
              && EVP_EncryptFinal_ex(context, cipher + written, &final_len) == 1
              && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, TAG_BYTES, tag) == 1;
    EVP_CIPHER_CTX_free(context);
    wipe_and_free(plain, len);
    OPENSSL_cleanse(key, sizeof key);
    FILE *out = ok ? fopen(out_path, "wb") : NULL;
    ok = out != NULL && fwrite(magic, 1, sizeof magic - 1, out) == sizeof magic - 1
         && fwrite(nonce, 1, sizeof nonce, out) == sizeof nonce && fwrite(tag, 1, sizeof tag, out) == sizeof tag
         && fwrite(cipher, 1, (size_t)(written + final_len), out) == (size_t)(written + final_len);
    if (out != NULL && fclose(out) != 0) {
        ok = false;
    }
    free(cipher);
    if (!ok) {
        snprintf(error, error_size, "sealed keys: cannot write %s", out_path);
    }
    return ok;
}

const struct json_value *sealed_keys_read(struct arena *arena, const char *path, char *error, size_t error_size)
{
    unsigned char key[MASTER_BYTES];
    if (!master_key(key, error, error_size)) {
        return NULL;
    }
    size_t len;
    unsigned char *sealed = read_file(path, &len, error, error_size);
    size_t header = sizeof magic - 1 + NONCE_BYTES + TAG_BYTES;
    if (sealed == NULL || len < header || memcmp(sealed, magic, sizeof magic - 1) != 0) {
        if (sealed != NULL) {
            snprintf(error, error_size, "sealed keys: %s is not a file lethe --seal-keys wrote", path);
        }
        free(sealed);
        OPENSSL_cleanse(key, sizeof key);
        return NULL;
    }
    const unsigned char *nonce = sealed + sizeof magic - 1, *tag = nonce + NONCE_BYTES, *cipher = tag + TAG_BYTES;
    size_t cipher_len = len - header;
    unsigned char *plain = malloc(cipher_len + 16);
    int written = 0, final_len = 0;
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    unsigned char expected_tag[TAG_BYTES];     /* the ctrl call takes a non-const pointer */
    memcpy(expected_tag, tag, TAG_BYTES);
    bool ok = plain != NULL && context != NULL
              && EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), NULL, key, nonce) == 1
              && EVP_DecryptUpdate(context, NULL, &written, (const unsigned char *)magic, sizeof magic - 1) == 1
              && EVP_DecryptUpdate(context, plain, &written, cipher, (int)cipher_len) == 1
              && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, TAG_BYTES, expected_tag) == 1
              && EVP_DecryptFinal_ex(context, plain + written, &final_len) == 1;
    EVP_CIPHER_CTX_free(context);
    OPENSSL_cleanse(key, sizeof key);
    free(sealed);
    const struct json_value *root = NULL;
    if (ok) {
        struct json_error json_error;
        root = json_parse(arena, (const char *)plain, (size_t)(written + final_len), 4, &json_error);
    }
    wipe_and_free(plain, cipher_len + 16);
    if (!ok || !json_is(root, JSON_OBJECT)) {
        snprintf(error, error_size, "sealed keys: %s does not open with LETHE_MASTER_KEY (wrong key, or the file "
                 "was altered)", path);
        return NULL;
    }
    return root;
}

void key_fingerprint(const char *key, char *out, size_t out_size)
{
    static const char label[] = "lethe key fingerprint";
    unsigned char digest[32];
    unsigned int digest_len = 0;
    HMAC(EVP_sha256(), label, sizeof label - 1, (const unsigned char *)key, strlen(key), digest, &digest_len);
    size_t len = strlen(key);
    snprintf(out, out_size, "...%s (fp %02x%02x%02x%02x)", len >= 8 ? key + len - 4 : "", digest[0], digest[1],
             digest[2], digest[3]);
}
