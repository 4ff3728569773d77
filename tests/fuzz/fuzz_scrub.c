/* Fuzz target: any text through the scrubber, then the restorer, whole and split in
 * pieces the input chooses. The property: the restored text is the original, exactly. */
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "scrub/restore.h"
#include "scrub/scrub.h"

static struct scrubber scrubber;

/* libFuzzer's entry points: it declares them nowhere we could include. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The scrubber is built once, before the first input: compiling its databases takes
 * seconds under the sanitizers, and on a loaded machine that inside the first input ran
 * past libFuzzer's per-input timeout (a "timeout" on the empty input, no defect). */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* An allow list too: allowed values are skipped between masked ones. */
    static const char *const allow[] = { "support@example.com", "Ada Lovelace", "10.0.0.1" };
    static const struct scrub_config config = { .enabled = true, .allow = allow, .allow_count = 3 };
    char error[256];
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    size_t split = 1 + data[0] % 13;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    struct slice original = slice_of(text, len);
    struct vault vault;
    vault_init(&vault, &arena, &original, 1);
    struct buffer masked;
    buffer_init(&masked, &arena, len + 64);
    if (scrub_text(&scrubber, &vault, text, len, &masked) == (size_t)-1) {
        abort();
    }
    struct restorer restorer;
    restorer_init(&restorer, &vault, &arena);
    struct buffer restored;
    buffer_init(&restored, &arena, len + 64);
    for (size_t at = 0; at < masked.len; at += split) {
        size_t piece = masked.len - at < split ? masked.len - at : split;
        restorer_feed(&restorer, masked.data + at, piece, &restored);
    }
    restorer_finish(&restorer, &restored);
    if (restored.len != len || memcmp(restored.data, text, len) != 0) {
        abort();                                  /* the round trip must be exact */
    }
    arena_release(&arena);
    return 0;
}
