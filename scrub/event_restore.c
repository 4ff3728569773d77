#include "scrub/event_restore.h"

#include <string.h>

void event_restorer_init(struct event_restorer *restorer, const struct vault *vault, struct arena *arena,
                         bool active)
{
    memset(restorer, 0, sizeof *restorer);
    restorer->active = active && vault->count > 0;
    restorer->vault = vault;
    restorer->arena = arena;
    if (restorer->active) {
        restorer_init(&restorer->text, vault, arena);
        buffer_init(&restorer->out, arena, 256);
    }
}

static struct restorer *tool_restorer(struct event_restorer *restorer, int index)
{
    if (index >= restorer->tool_count) {
        int count = index + 1;
        struct restorer *grown = arena_calloc(restorer->arena, (size_t)count, sizeof *grown);
        if (restorer->tool_count) {
            memcpy(grown, restorer->tools, (size_t)restorer->tool_count * sizeof *grown);
        }
        for (int i = restorer->tool_count; i < count; i++) {
            restorer_init(&grown[i], restorer->vault, restorer->arena);
            grown[i].json_string = true;
        }
        restorer->tools = grown;
        restorer->tool_count = count;
    }
    return &restorer->tools[index];
}

static void release_text(struct event_restorer *restorer, canon_event_fn emit, void *context)
{
    buffer_reset(&restorer->out);
    restorer_finish(&restorer->text, &restorer->out);
    if (restorer->out.len) {
        struct canon_event text = { .type = EVENT_TEXT, .text = slice_of(restorer->out.data, restorer->out.len) };
        emit(context, &text);
    }
}

/* Every call's held tail, each as a piece of its call, in the order they began to hold. */
static void release_tools(struct event_restorer *restorer, canon_event_fn emit, void *context)
{
    for (int i = 0; i < restorer->held_count; i++) {
        int index = restorer->held_tools[i];
        restorer->tool_held[index] = false;
        buffer_reset(&restorer->out);
        restorer_finish(&restorer->tools[index], &restorer->out);
        if (restorer->out.len) {
            struct canon_event tail = { .type = EVENT_TOOL_CALL, .tool_index = index,
                                        .tool_arguments = slice_of(restorer->out.data, restorer->out.len) };
            emit(context, &tail);
        }
    }
    restorer->held_count = 0;
}

void event_restorer_pass(struct event_restorer *restorer, const struct canon_event *event, canon_event_fn emit,
                         void *context)
{
    if (!restorer->active) {
        emit(context, event);
        return;
    }
    if (event->type == EVENT_TEXT) {
        buffer_reset(&restorer->out);
        restorer_feed(&restorer->text, event->text.ptr, event->text.len, &restorer->out);
        if (restorer->out.len) {
            struct canon_event text = *event;
            text.text = slice_of(restorer->out.data, restorer->out.len);
            emit(context, &text);
        }
        return;
    }
    release_text(restorer, emit, context);
    if (event->type != EVENT_TOOL_CALL || event->tool_index < 0 || event->tool_index >= EVENT_RESTORER_TOOLS) {
        release_tools(restorer, emit, context);
        emit(context, event);
        return;
    }
    if (!restorer->tool_held[event->tool_index]) {
        restorer->tool_held[event->tool_index] = true;
        restorer->held_tools[restorer->held_count++] = event->tool_index;
    }
    buffer_reset(&restorer->out);
    restorer_feed(tool_restorer(restorer, event->tool_index), event->tool_arguments.ptr, event->tool_arguments.len,
                  &restorer->out);
    if (restorer->out.len || event->tool_id.len || event->tool_name.len) {
        struct canon_event call = *event;
        call.tool_arguments = slice_of(restorer->out.data, restorer->out.len);
        emit(context, &call);
    }
}
