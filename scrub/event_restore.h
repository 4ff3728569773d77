/* event_restore.h — restoring placeholders in a stream of canonical events.
 *
 * Sits between the provider's decoded events and the client's encoder. Text deltas go
 * through one restorer, each tool call's argument deltas through their own (written
 * JSON-escaped, as they are JSON text). A restorer holds back only a tail that could
 * still become a placeholder; that tail is released, as its own event, before anything
 * that must come after it: a tool call, the finish, an error, the end. A call's tail
 * outlives another call's pieces (a provider may interleave parallel calls), since each
 * call's pieces carry its index. Inactive (rehydration off, or nothing was masked), it
 * passes events through untouched. */
#ifndef LETHE_EVENT_RESTORE_H
#define LETHE_EVENT_RESTORE_H

#include <stdbool.h>

#include "scrub/restore.h"
#include "transforms/canonical.h"

enum { EVENT_RESTORER_TOOLS = 128 };   /* calls past this index pass through unrestored */

struct event_restorer {
    bool active;
    const struct vault *vault;
    struct arena *arena;
    struct restorer text;
    struct restorer *tools;         /* by tool index, made on first use */
    int tool_count;
    int held_tools[EVENT_RESTORER_TOOLS];   /* calls that may hold a tail, in the order they began to */
    int held_count;
    bool tool_held[EVENT_RESTORER_TOOLS];
    struct buffer out;
};

void event_restorer_init(struct event_restorer *restorer, const struct vault *vault, struct arena *arena,
                         bool active);
/* Pass `event` on to `emit`, restored, after any held tail it must follow. */
void event_restorer_pass(struct event_restorer *restorer, const struct canon_event *event, canon_event_fn emit,
                         void *context);

#endif
