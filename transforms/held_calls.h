/* held_calls.h — the tool calls of one stream, for a client dialect whose stream carries
 * one call at a time (Anthropic content blocks, Responses output items).
 *
 * A provider may interleave the argument pieces of parallel calls (index 0, 1, 0, 1, …);
 * the client's stream must still show each call once, whole. The encoder writes the pieces
 * of the call it has open and holds the others here, each call's own text in the reply's
 * arena, until that call can be opened (its next piece when no call is open, or the end).
 * Calls are found by index in a table that grows by doubling, never by a walk over them,
 * so a stream of thousands of calls costs linear work; what is held is bounded by the
 * answer's own cap. A call index outside 0 .. HELD_CALLS_MAX - 1 is not tracked. */
#ifndef LETHE_HELD_CALLS_H
#define LETHE_HELD_CALLS_H

#include <stdbool.h>
#include <stddef.h>

#include "transforms/canonical.h"
#include "transforms/foundation/buffer.h"

enum { HELD_CALLS_MAX = 4096 };

struct held_call {
    int index;                   /* the canonical tool_index */
    struct slice id, name;       /* from the call's first piece that names them */
    struct buffer pending;       /* arguments not yet written to the client */
    bool opened;                 /* its block or item has been written */
    struct held_call *next;      /* in the order calls first appeared */
};

struct held_calls {
    struct held_call **by_index;
    size_t by_index_size;
    struct held_call *first, *last;
};

/* The call an EVENT_TOOL_CALL belongs to, created on its first piece, its id and name
 * copied into arena when it has none yet (servers that repeat them in every piece change
 * nothing). NULL for an index that is not tracked. */
struct held_call *held_calls_find(struct held_calls *calls, struct arena *arena, const struct canon_event *event);

/* Keeps arguments for when the call is opened. */
void held_call_hold(struct held_call *call, struct slice arguments);

/* The first call, in order of appearance, that has held text or was never opened; NULL
 * when none. The caller opens it (which must set opened and empty pending) before asking
 * again, so flushing every call walks the list once in all. */
struct held_call *held_calls_next_to_flush(struct held_calls *calls, struct held_call **cursor);

#endif
