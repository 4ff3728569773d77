#include "transforms/held_calls.h"

#include <string.h>

static struct slice copy_slice(struct arena *arena, struct slice text)
{
    return slice_of(arena_strndup(arena, text.ptr, text.len), text.len);
}

/* Doubling: the copies add up to less than the table's final size. */
static void grow_index(struct held_calls *calls, struct arena *arena, size_t index)
{
    size_t size = calls->by_index_size ? calls->by_index_size : 16;
    while (size <= index) {
        size *= 2;
    }
    struct held_call **grown = arena_calloc(arena, size, sizeof *grown);
    if (calls->by_index_size) {
        memcpy(grown, calls->by_index, calls->by_index_size * sizeof *grown);
    }
    calls->by_index = grown;
    calls->by_index_size = size;
}

struct held_call *held_calls_find(struct held_calls *calls, struct arena *arena, const struct canon_event *event)
{
    if (event->tool_index < 0 || event->tool_index >= HELD_CALLS_MAX) {
        return NULL;
    }
    size_t index = (size_t)event->tool_index;
    if (index >= calls->by_index_size) {
        grow_index(calls, arena, index);
    }
    struct held_call *call = calls->by_index[index];
    if (call == NULL) {
        call = arena_calloc(arena, 1, sizeof *call);
        call->index = event->tool_index;
        buffer_init(&call->pending, arena, 16);
        if (calls->last != NULL) {
            calls->last->next = call;
        } else {
            calls->first = call;
        }
        calls->last = call;
        calls->by_index[index] = call;
    }
    if (call->id.len == 0 && event->tool_id.len) {
        call->id = copy_slice(arena, event->tool_id);
    }
    if (call->name.len == 0 && event->tool_name.len) {
        call->name = copy_slice(arena, event->tool_name);
    }
    return call;
}

void held_call_hold(struct held_call *call, struct slice arguments)
{
    buffer_append(&call->pending, arguments.ptr, arguments.len);
}

struct held_call *held_calls_next_to_flush(struct held_calls *calls, struct held_call **cursor)
{
    struct held_call *call = *cursor != NULL ? *cursor : calls->first;
    while (call != NULL && call->opened && call->pending.len == 0) {
        call = call->next;
    }
    *cursor = call;
    return call;
}
