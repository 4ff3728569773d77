/* event_restore.h — restoring placeholders in a stream of canonical events.
 *
 * Sits between the provider's decoded events and the client's encoder. Text deltas go
 * through one restorer, each tool call's argument deltas through their own (written
 * JSON-escaped, as they are JSON text). A restorer holds back only a tail that could
 * still become a placeholder; that tail is released, as its own event, before anything
 * that must come after it: a tool call, another tool call's arguments, the finish, an
 * error, the end. Inactive (rehydration off, or nothing was masked), it passes events
 * through untouched. */
#ifndef LETHE_EVENT_RESTORE_H
#define LETHE_EVENT_RESTORE_H

#include <stdbool.h>

#include "scrub/restore.h"
#include "transforms/canonical.h"

struct event_restorer {
    bool active;
    const struct vault *vault;
    struct arena *arena;
    struct restorer text;
    struct restorer *tools;         /* by tool index, made on first use */
    int tool_count;
    int open_tool;                  /* the tool call whose arguments may hold a tail, or -1 */
    struct buffer out;
};

void event_restorer_init(struct event_restorer *restorer, const struct vault *vault, struct arena *arena,
                         bool active);
/* Pass `event` on to `emit`, restored, after any held tail it must follow. */
void event_restorer_pass(struct event_restorer *restorer, const struct canon_event *event, canon_event_fn emit,
                         void *context);

#endif
