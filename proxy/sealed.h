/* sealed.h — provider API keys kept encrypted at rest.
 *
 * `lethe --seal-keys IN OUT` reads a JSON object of names to keys ({"OPENAI_API_KEY":
 * "sk-…"}) and writes OUT: a magic line, then a random 12-byte nonce, the 16-byte GCM tag
 * and the AES-256-GCM ciphertext of that JSON, under the 32-byte key LETHE_MASTER_KEY
 * holds as 64 hex digits. The config names the file ("sealed_keys") and a provider takes
 * its key from it ("api_key_sealed": "OPENAI_API_KEY"). The plaintext is decrypted into
 * memory at start-up, parsed, and wiped; it is never written anywhere. Keys are shown
 * only as their last four characters and an HMAC fingerprint. */
#ifndef LETHE_SEALED_H
#define LETHE_SEALED_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/foundation/json.h"

bool sealed_keys_write(const char *in_path, const char *out_path, char *error, size_t error_size);
/* The sealed JSON object, parsed into `arena`; NULL with a one-line error. */
const struct json_value *sealed_keys_read(struct arena *arena, const char *path, char *error, size_t error_size);
/* "…abcd (fp 1a2b3c4d)": the last four characters and the first 8 hex digits of
 * HMAC-SHA256 over the key, enough to tell keys apart, useless to recover one. */
void key_fingerprint(const char *key, char *out, size_t out_size);

#endif
