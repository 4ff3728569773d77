/* Fuzz target: provider stream bytes through the SSE reader (split where the input says)
 * and a provider's stream decoder, each event encoded for every streaming client dialect:
 * chat, messages, responses, legacy completions, /api/proxy and Gemini's streamGenerateContent. */
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "transforms/anthropic.h"
#include "transforms/canonical_client.h"
#include "transforms/gemini.h"
#include "transforms/gemini_client.h"
#include "transforms/openai.h"
#include "transforms/sse.h"

/* Every dialect that streams: each sees every event, with a state of its own. */
static const struct client_dialect *const dialects[] = {
    &openai_dialect, &anthropic_dialect, &responses_dialect, &completions_dialect, &canonical_dialect,
    &gemini_stream_generate_dialect,
};
enum { DIALECT_COUNT = sizeof dialects / sizeof dialects[0] };

struct run {
    const struct wire_format *wire;
    void *wire_state;
    void *dialect_state[DIALECT_COUNT];
    struct arena *arena;
    struct arena scratch;
    struct buffer out;
    struct reply_context reply;
};

static int on_canonical(void *context, const struct canon_event *event)
{
    struct run *run = context;
    for (size_t i = 0; i < DIALECT_COUNT; i++) {
        run->out.len = 0;
        dialects[i]->encode_stream_event(&run->out, run->dialect_state[i], event, &run->reply);
    }
    return 0;
}

static int on_sse(void *context, const struct sse_event *event)
{
    struct run *run = context;
    int result = run->wire->decode_stream_event(run->wire_state, &run->scratch, event, on_canonical, run);
    arena_clear(&run->scratch);
    return result < 0 ? 0 : result;
}

/* libFuzzer's entry point: it declares it nowhere we could include. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    static const struct wire_format *const wires[] = { &openai_wire, &anthropic_wire, &gemini_wire };
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    /* The first byte picks the provider format, and with its top bit whether the client
     * asked to see no thinking (Gemini's includeThoughts false). */
    struct run run = { .wire = wires[data[0] % 3], .arena = &arena,
                       .reply = { .id = "chatcmpl-x", .model = "m", .created = 1, .include_usage = true,
                                  .provider = "p/m", .attempts = 1, .reasoning_hidden = (data[0] & 0x80) != 0 } };
    run.wire_state = arena_calloc(&arena, 1, run.wire->stream_state_size + 1);
    for (size_t i = 0; i < DIALECT_COUNT; i++) {
        run.dialect_state[i] = arena_calloc(&arena, 1, dialects[i]->stream_state_size + 1);
    }
    arena_init(&run.scratch, ARENA_REQUEST_CHUNK);
    buffer_init(&run.out, &arena, 256);
    struct sse_reader reader;
    sse_reader_init(&reader, &arena, 1 << 16);
    size_t split = 1 + data[1] % 7;               /* feed in pieces of 1..7 bytes */
    const char *bytes = (const char *)data + 2;
    size_t len = size - 2;
    for (size_t at = 0; at < len; at += split) {
        size_t piece = len - at < split ? len - at : split;
        if (sse_reader_feed(&reader, bytes + at, piece, on_sse, &run) != 0) {
            break;
        }
    }
    if (run.wire->finish_stream != NULL) {
        run.wire->finish_stream(run.wire_state, on_canonical, &run);
    }
    arena_release(&run.scratch);
    arena_release(&arena);
    return 0;
}
