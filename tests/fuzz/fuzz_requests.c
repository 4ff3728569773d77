/* Fuzz target: a client body through the JSON parser and both dialects' decoders, then
 * every provider encoder (what a request becomes upstream). First byte picks the dialect. */
#include <stdint.h>
#include <stddef.h>

#include "transforms/anthropic.h"
#include "transforms/gemini.h"
#include "transforms/openai.h"

/* libFuzzer's entry point: it declares it nowhere we could include. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const struct client_dialect *dialect = data[0] & 1 ? &anthropic_dialect : &openai_dialect;
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
            wires[i]->encode_request(&out, &request, SLICE_LITERAL("model"), &error);
        }
    }
    arena_release(&arena);
    return 0;
}
