/* Fuzz target: proxy/request_framing.c. Any bytes, read whole and read in pieces (the first
 * byte picks the piece size): the same verdict, the same message, the same head end and bytes
 * taken; a read never takes more than it was given, and a passing read stops short only at
 * a phase's end. Small limits (the second byte picks them) so that 413/414/431 are reached. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "proxy/request_framing.h"
#include "tests/unit/framing_testing.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The bytes read in pieces (framing_testing.h); a read that breaks the contract aborts. */
static struct framing_outcome read_all(const uint8_t *bytes, size_t len, size_t piece, size_t max_head,
                                       size_t max_body)
{
    struct framing_outcome outcome = framing_read_in_pieces(bytes, len, piece, max_head, max_body);
    if (outcome.broke_contract) {
        abort();
    }
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
    struct framing_outcome whole = read_all(data + 2, size - 2, size, max_head, max_body);
    struct framing_outcome cut = read_all(data + 2, size - 2, piece, max_head, max_body);
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
