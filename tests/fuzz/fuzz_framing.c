/* Fuzz target: proxy/request_framing.c. Any bytes, read whole and read in pieces (the first
 * byte picks the piece size): the same verdict, the same message, the same head end and bytes
 * taken; a read never takes more than it was given, and a passing read stops short only at
 * a phase's end. Small limits (the second byte picks them) so that 413/414/431 are reached. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/request_framing.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct outcome {
    struct framing_verdict verdict;
    enum framing_phase phase;
    size_t head_end, taken;
};

static struct outcome read_all(const uint8_t *bytes, size_t len, size_t piece, size_t max_head, size_t max_body)
{
    struct request_framing framing;
    request_framing_start(&framing, max_head, max_body);
    struct outcome outcome = { { 0, NULL }, FRAMING_HEAD, 0, 0 };
    while (outcome.taken < len && framing.phase != FRAMING_PASSED) {
        size_t left = len - outcome.taken;
        size_t size = piece < left ? piece : left;
        size_t taken = 0;
        enum framing_phase before = framing.phase;
        outcome.verdict = request_framing_read(&framing, bytes + outcome.taken, size, &taken);
        if (outcome.verdict.status != 0) {
            if (outcome.verdict.message == NULL) {
                abort();
            }
            break;
        }
        if (taken > size || (taken < size && framing.phase == before)) {
            abort();
        }
        outcome.taken += taken;
        if (before == FRAMING_HEAD && framing.phase != FRAMING_HEAD) {
            outcome.head_end = outcome.taken;
        }
    }
    outcome.phase = framing.phase;
    return outcome;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    size_t piece = 1 + data[0] % 16;
    size_t max_head = 64 + (size_t)data[1] * 64;
    size_t max_body = 16 + (size_t)data[1] * 256;
    struct outcome whole = read_all(data + 2, size - 2, size, max_head, max_body);
    struct outcome cut = read_all(data + 2, size - 2, piece, max_head, max_body);
    if (whole.verdict.status != cut.verdict.status) {
        abort();
    }
    if (whole.verdict.status != 0) {
        if (strcmp(whole.verdict.message, cut.verdict.message) != 0) {
            abort();
        }
        return 0;
    }
    if (whole.phase != cut.phase || whole.head_end != cut.head_end || whole.taken != cut.taken) {
        abort();
    }
    return 0;
}
