/* keys.h — gateway keys: who may call lethe, and with what allowance.
 *
 * A key is configured only as its hash, "sha256:<salt>:<digest>" in hex: SHA-256 of a
 * random 16-byte salt followed by the key (`lethe --hash-key` prints one). A presented key
 * is hashed with each configured salt and compared in constant time, so neither the
 * config nor a timing difference gives the key away. The key itself is never stored. */
#ifndef LETHE_KEYS_H
#define LETHE_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/json.h"

enum { KEY_SALT_BYTES = 16, KEY_DIGEST_BYTES = 32, KEY_HASH_TEXT_MAX = 128 };

struct gateway_key {
    const char *name;                    /* for logs and metrics: never the key */
    unsigned char salt[KEY_SALT_BYTES];
    unsigned char digest[KEY_DIGEST_BYTES];
    long rpm, tpm;                       /* 0: no limit */
    double budget_usd_day;               /* 0: no budget */
    bool scrub_optional;                 /* may send x-lethe-scrub: off */
    const char *const *routes;           /* route names or provider/model it may use; NULL: all */
    size_t route_count;
};

/* "sha256:<salt hex>:<digest hex>" for `key`, with a fresh random salt. */
bool key_hash_text(const char *key, size_t len, char *out, size_t out_size);
/* Fill salt and digest from such a text; false if it is not one. */
bool key_hash_parse(const char *text, struct gateway_key *key);
/* The configured key `presented` is, or NULL. Every key is checked, match or not. */
const struct gateway_key *keys_match(const struct gateway_key *keys, size_t count, const char *presented,
                                     size_t len);
/* May this key ask for `model` (a route name or provider/model)? */
bool key_allows_model(const struct gateway_key *key, struct slice model);

#endif
