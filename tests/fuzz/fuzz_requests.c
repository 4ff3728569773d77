/* Fuzz target: a client body through the JSON parser and both dialects' decoders, then
 * every provider encoder (what a request becomes upstream). First byte picks the dialect. */
#include <stdint.h>
#include <stddef.h>

#include "transforms/anthropic.h"
#include "transforms/canonical_client.h"
#include "transforms/gemini.h"
#include "transforms/gemini_client.h"
#include "transforms/openai.h"
#include "transforms/operations.h"

/* libFuzzer's entry point: it declares it nowhere we could include. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    static const struct client_dialect *const dialects[] = {
        &openai_dialect, &anthropic_dialect, &completions_dialect, &canonical_dialect, &responses_dialect,
        &openai_embeddings_dialect, &anthropic_count_tokens_dialect, &gemini_generate_dialect,
        &gemini_count_tokens_dialect, &gemini_embed_dialect, &gemini_batch_embed_dialect,
    };
    const struct client_dialect *dialect = dialects[data[0] % (sizeof dialects / sizeof dialects[0])];
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    struct json_error json_error;
    struct json_value *root = json_parse(&arena, (const char *)data + 1, size - 1, 64, &json_error);
    struct canon_request request;
    struct format_error error;
    if (root != NULL && dialect->decode_request(&arena, root, &request, &error)) {
        const struct wire_format *wires[] = { &openai_wire, &anthropic_wire, &gemini_wire };
        for (size_t i = 0; i < 3; i++) {
            struct buffer out;
            buffer_init(&out, &arena, 256);
            /* Embeddings and counts go out through the format's own endpoint, where it has one. */
            const struct wire_operation *operation = request.operation == OPERATION_EMBEDDING ? wires[i]->embedding
                                                   : request.operation == OPERATION_COUNT_TOKENS
                                                   ? wires[i]->count_tokens : NULL;
            if (operation != NULL) {
                operation->encode_request(&out, &request, SLICE_LITERAL("model"), &error);
            } else if (request.operation != OPERATION_EMBEDDING) {
                wires[i]->encode_request(&out, &request, SLICE_LITERAL("model"), &error);
            }
        }
    }
    arena_release(&arena);
    return 0;
}
