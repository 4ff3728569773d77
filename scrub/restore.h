/* restore.h — putting the original values back into a provider's answer.
 *
 * Fed the decoded text of one choice piece by piece (as stream deltas arrive, split
 * anywhere), it appends to `out` everything that can no longer be part of a placeholder,
 * with placeholders replaced by their values, and holds back only a tail that could
 * still become one: at most the longest placeholder's length. It restores "[EMAIL_1]"
 * and the bare "EMAIL_1" when it stands alone (not inside a longer word or number).
 * restorer_finish releases the held tail at the end of the text. restore_text does a
 * whole text at once. */
#ifndef LETHE_RESTORE_H
#define LETHE_RESTORE_H

#include <stdbool.h>

#include "scrub/vault.h"
#include "transforms/foundation/buffer.h"

struct restorer {
    const struct vault *vault;
    bool json_string;               /* the text is inside a JSON string (tool arguments):
                                       restored values are written escaped */
    struct buffer pending;          /* held: could still be the start of a placeholder */
    bool after_word;                /* the last byte released was a word character */
};

void restorer_init(struct restorer *restorer, const struct vault *vault, struct arena *arena);
void restorer_feed(struct restorer *restorer, const char *text, size_t len, struct buffer *out);
void restorer_finish(struct restorer *restorer, struct buffer *out);
/* A whole text; `json_string` as above. Returns the text itself when nothing was masked. */
struct slice restore_text(const struct vault *vault, struct arena *arena, struct slice text, bool json_string);

#endif
