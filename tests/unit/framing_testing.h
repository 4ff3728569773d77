/* framing_testing.h — a text fed to proxy/request_framing.c as the server feeds it, shared by
 * the unit test and the fuzzer: pieces of a chosen size, each phase read to its end before
 * the next begins. What it came to, and whether a read broke the reading's contract (took more
 * than it was given, stopped short anywhere but at a phase's end, refused without a message). */
#ifndef LETHE_TEST_FRAMING_TESTING_H
#define LETHE_TEST_FRAMING_TESTING_H

#include <stdbool.h>
#include <stddef.h>

#include "proxy/request_framing.h"

struct framing_outcome {
    struct framing_verdict verdict;
    enum framing_phase phase;
    size_t head_end;        /* bytes up to the head's blank line; 0 if it did not end */
    size_t taken;           /* bytes read in all */
    size_t head_lines;
    bool broke_contract;
};

/* `len` bytes of `text` read in pieces of `piece` bytes (0: all at once). */
static inline struct framing_outcome framing_read_in_pieces(const unsigned char *text, size_t len, size_t piece,
                                                            size_t max_head, size_t max_body)
{
    struct request_framing framing;
    request_framing_start(&framing, max_head, max_body);
    struct framing_outcome outcome = { { 0, NULL }, FRAMING_HEAD, 0, 0, 0, false };
    while (outcome.taken < len && framing.phase != FRAMING_PASSED) {
        size_t left = len - outcome.taken;
        size_t size = piece == 0 || piece > left ? left : piece;
        size_t taken = 0;
        enum framing_phase before = framing.phase;
        outcome.verdict = request_framing_read(&framing, text + outcome.taken, size, &taken);
        if (outcome.verdict.status != 0) {
            outcome.broke_contract = outcome.verdict.message == NULL;
            break;
        }
        if (taken > size || (taken < size && framing.phase == before)) {
            outcome.broke_contract = true;
            break;
        }
        outcome.taken += taken;
        if (before == FRAMING_HEAD && framing.phase != FRAMING_HEAD) {
            outcome.head_end = outcome.taken;
        }
    }
    outcome.phase = framing.phase;
    outcome.head_lines = framing.head_lines;
    return outcome;
}

#endif
