/* transforms/sse.h: the incremental reader, fed whole and split anywhere, and the writer. */
#include "tests/unit/unit.h"

#include "transforms/sse.h"

/* What a reader saw: every event as "name|data" lines in one transcript, comments counted. */
struct transcript {
    struct buffer text;
    size_t events;
    int stop_after;           /* return stop_value from the n-th event; 0: never */
    int stop_value;
};

static int record_event(void *context, const struct sse_event *event)
{
    struct transcript *transcript = context;
    assert_int_equal(event->name[event->name_len], '\0');
    assert_int_equal(event->data[event->data_len], '\0');
    buffer_append_char(&transcript->text, '<');
    buffer_append(&transcript->text, event->name, event->name_len);
    buffer_append_char(&transcript->text, '|');
    buffer_append(&transcript->text, event->data, event->data_len);
    buffer_append_cstr(&transcript->text, ">\n");
    transcript->events++;
    if (transcript->stop_after != 0 && (int)transcript->events == transcript->stop_after) {
        return transcript->stop_value;
    }
    return 0;
}

struct reading {
    const char *transcript;   /* in the caller's arena */
    size_t events;
    size_t comments;
    int result;               /* the first non-zero feed result, or 0 */
    bool partial;
};

/* Feed text through a fresh reader in pieces cut at the given offsets (ascending). */
static struct reading read_pieces(struct arena *arena, const char *text, size_t len,
                                  const size_t *cuts, size_t cut_count, size_t max_event_bytes)
{
    struct sse_reader reader;
    sse_reader_init(&reader, arena, max_event_bytes);
    struct transcript transcript = { 0 };
    buffer_init(&transcript.text, arena, 256);
    struct reading reading = { 0 };
    size_t start = 0;
    for (size_t i = 0; i <= cut_count && reading.result == 0; i++) {
        size_t end = i < cut_count ? cuts[i] : len;
        reading.result = sse_reader_feed(&reader, text + start, end - start, record_event, &transcript);
        start = end;
    }
    reading.transcript = transcript.text.data;
    reading.events = transcript.events;
    reading.comments = reader.comments_seen;
    reading.partial = sse_reader_has_partial(&reader);
    return reading;
}

static struct reading read_whole(struct arena *arena, const char *text, size_t max_event_bytes)
{
    return read_pieces(arena, text, strlen(text), NULL, 0, max_event_bytes);
}

/* After an error the reader is done with: what it holds then is not compared. */
static void assert_same_reading(const struct reading *expected, const struct reading *actual, const char *how)
{
    if (strcmp(expected->transcript, actual->transcript) != 0 || expected->events != actual->events
        || expected->comments != actual->comments || expected->result != actual->result
        || (expected->result == 0 && expected->partial != actual->partial)) {
        fail_msg("%s: got\n%s(%zu events, %zu comments, result %d)\nexpected\n%s(%zu events, %zu comments, result %d)",
                 how, actual->transcript, actual->events, actual->comments, actual->result,
                 expected->transcript, expected->events, expected->comments, expected->result);
    }
}

/* Whole, split in two at every offset, and byte by byte: always the same reading. */
static void assert_split_invariant(const char *text, size_t max_event_bytes)
{
    struct arena arena;
    arena_init(&arena, 4096);
    size_t len = strlen(text);
    struct reading whole = read_whole(&arena, text, max_event_bytes);
    char how[64];
    for (size_t cut = 0; cut <= len; cut++) {
        struct reading split = read_pieces(&arena, text, len, &cut, 1, max_event_bytes);
        snprintf(how, sizeof how, "split at byte %zu", cut);
        assert_same_reading(&whole, &split, how);
        arena_clear(&arena);
        whole = read_whole(&arena, text, max_event_bytes);
    }
    size_t *every = calloc(len + 1, sizeof *every);
    for (size_t i = 0; i < len; i++) {
        every[i] = i + 1;
    }
    struct reading bytewise = read_pieces(&arena, text, len, every, len, max_event_bytes);
    assert_same_reading(&whole, &bytewise, "byte by byte");
    free(every);
    arena_release(&arena);
}

/* The same stream with every "\n" replaced by the given line end. */
static char *with_line_ends(struct arena *arena, const char *text, const char *line_end)
{
    struct buffer out;
    buffer_init(&out, arena, strlen(text) * 2 + 1);
    for (const char *p = text; *p != '\0'; p++) {
        if (*p == '\n') {
            buffer_append_cstr(&out, line_end);
        } else {
            buffer_append_char(&out, *p);
        }
    }
    return out.data;
}

static const char stream[] =
    ": keep-alive\n"
    "\n"
    "data: {\"a\":1}\n"
    "\n"
    "event: message_start\n"
    "data: first line\n"
    "data:second line, no space\n"
    "data:  two spaces keep one\n"
    "id: 7\n"
    "retry: 1000\n"
    "x-unknown: ignored\n"
    "\n"
    ": another comment\n"
    "data: Grüße 東京 🎉\n"
    "\n"
    "event: lonely\n"
    "\n"
    "data\n"
    "\n"
    "data: [DONE]\n"
    "\n";

static const char stream_transcript[] =
    "<|{\"a\":1}>\n"
    "<message_start|first line\nsecond line, no space\n two spaces keep one>\n"
    "<|Grüße 東京 🎉>\n"
    "<|>\n"
    "<|[DONE]>\n";

static void reads_events_fields_and_comments(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct reading reading = read_whole(&arena, stream, 4096);
    assert_string_equal(reading.transcript, stream_transcript);
    assert_int_equal(reading.events, 5);
    assert_int_equal(reading.comments, 2);
    assert_int_equal(reading.result, 0);
    assert_false(reading.partial);
    arena_release(&arena);
}

static void line_endings_are_equivalent(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    static const char *const ends[] = { "\n", "\r\n", "\r" };
    for (size_t i = 0; i < 3; i++) {
        struct reading reading = read_whole(&arena, with_line_ends(&arena, stream, ends[i]), 4096);
        assert_string_equal(reading.transcript, stream_transcript);
        assert_int_equal(reading.comments, 2);
    }
    /* Mixed in one stream. */
    struct reading mixed = read_whole(&arena, "data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\r", 4096);
    assert_string_equal(mixed.transcript, "<|a\nb\nc>\n<|d>\n");
    arena_release(&arena);
}

static void every_split_reads_the_same(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    static const char *const ends[] = { "\n", "\r\n", "\r" };
    for (size_t i = 0; i < 3; i++) {
        assert_split_invariant(with_line_ends(&arena, stream, ends[i]), 4096);
    }
    /* Blank lines made of "\r\n" pairs cut between "\r" and "\n", and a stream cut mid-event. */
    assert_split_invariant("data: x\r\n\r\ndata: y\r\n\r\n\r\n", 4096);
    assert_split_invariant("data: complete\n\ndata: cut mid-ev", 4096);
    arena_release(&arena);
}

static void three_piece_splits_read_the_same(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    const char *text = "event: e\r\ndata: Grüße\r\n\r\n: c\r\ndata: 🎉\r\rdata: z\n\n";
    size_t len = strlen(text);
    struct reading whole = read_whole(&arena, text, 4096);
    for (size_t a = 0; a <= len; a++) {
        for (size_t b = a; b <= len; b++) {
            size_t cuts[2] = { a, b };
            struct reading split = read_pieces(&arena, text, len, cuts, 2, 4096);
            assert_same_reading(&whole, &split, "three pieces");
        }
        arena_clear(&arena);
        whole = read_whole(&arena, text, 4096);
    }
    arena_release(&arena);
}

static void events_over_the_bound_are_refused(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    char line[200];
    /* "data: " plus 58 bytes is a 64-byte line: exactly at a bound of 64 it is read. */
    snprintf(line, sizeof line, "data: %058d\n\n", 0);
    struct reading at = read_whole(&arena, line, 64);
    assert_int_equal(at.result, 0);
    assert_int_equal(at.events, 1);
    snprintf(line, sizeof line, "data: %059d\n\n", 0);
    struct reading over = read_whole(&arena, line, 64);
    assert_int_equal(over.result, SSE_EVENT_TOO_LARGE);
    assert_int_equal(over.events, 0);
    /* Split anywhere, the answer is the same. */
    assert_split_invariant(line, 64);
    /* Many small data lines add up. */
    struct buffer many;
    buffer_init(&many, &arena, 64);
    for (int i = 0; i < 40; i++) {
        buffer_append_cstr(&many, "data: 0123456789\n");
    }
    buffer_append_char(&many, '\n');
    assert_int_equal(read_whole(&arena, many.data, 256).result, SSE_EVENT_TOO_LARGE);
    assert_split_invariant(many.data, 256);
    assert_int_equal(read_whole(&arena, many.data, 4096).events, 1);
    /* A line without an end cannot grow past the bound either. */
    memset(line, 'x', 150);
    line[150] = '\0';
    assert_int_equal(read_whole(&arena, line, 64).result, SSE_EVENT_TOO_LARGE);
    arena_release(&arena);
}

static void partial_events_are_reported(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct sse_reader reader;
    sse_reader_init(&reader, &arena, 1024);
    struct transcript transcript = { 0 };
    buffer_init(&transcript.text, &arena, 64);
    assert_false(sse_reader_has_partial(&reader));
    assert_int_equal(sse_reader_feed(&reader, "data: ha", 8, record_event, &transcript), 0);
    assert_true(sse_reader_has_partial(&reader));             /* half a line */
    assert_int_equal(sse_reader_feed(&reader, "lf\n", 3, record_event, &transcript), 0);
    assert_true(sse_reader_has_partial(&reader));             /* a line, no blank line yet */
    assert_int_equal(transcript.events, 0);
    assert_int_equal(sse_reader_feed(&reader, "\n", 1, record_event, &transcript), 0);
    assert_false(sse_reader_has_partial(&reader));
    assert_string_equal(transcript.text.data, "<|half>\n");
    assert_int_equal(sse_reader_feed(&reader, ": ping\n\n", 8, record_event, &transcript), 0);
    assert_false(sse_reader_has_partial(&reader));            /* a comment is no event */
    assert_int_equal(sse_reader_feed(&reader, "event: x\n\n", 10, record_event, &transcript), 0);
    assert_false(sse_reader_has_partial(&reader));            /* a name without data either */
    assert_int_equal(transcript.events, 1);
    arena_release(&arena);
}

static void callback_can_stop_the_reader(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct sse_reader reader;
    sse_reader_init(&reader, &arena, 1024);
    struct transcript transcript = { .stop_after = 2, .stop_value = 42 };
    buffer_init(&transcript.text, &arena, 64);
    const char *text = "data: 1\n\ndata: 2\n\ndata: 3\n\n";
    assert_int_equal(sse_reader_feed(&reader, text, strlen(text), record_event, &transcript), 42);
    assert_int_equal(transcript.events, 2);
    assert_string_equal(transcript.text.data, "<|1>\n<|2>\n");
    /* Byte by byte, the stop comes on the same event. */
    size_t len = strlen(text);
    sse_reader_init(&reader, &arena, 1024);
    struct transcript again = { .stop_after = 1, .stop_value = -7 };
    buffer_init(&again.text, &arena, 64);
    int result = 0;
    for (size_t i = 0; i < len && result == 0; i++) {
        result = sse_reader_feed(&reader, text + i, 1, record_event, &again);
    }
    assert_int_equal(result, -7);
    assert_int_equal(again.events, 1);
    arena_release(&arena);
}

static void keep_alive_comments_are_counted(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct reading reading = read_whole(&arena, ": keep-alive\n\n: keep-alive\n\n:\n\n", 1024);
    assert_int_equal(reading.events, 0);
    assert_int_equal(reading.comments, 3);
    assert_false(reading.partial);
    arena_release(&arena);
}

static void writer_formats_and_reads_back(void **state)
{
    (void)state;
    struct arena arena;
    arena_init(&arena, 4096);
    struct buffer out;
    buffer_init(&out, &arena, 16);
    sse_write_event(&out, "content_block_delta", "{\"x\":1}", 7);
    assert_string_equal(out.data, "event: content_block_delta\ndata: {\"x\":1}\n\n");
    buffer_reset(&out);
    sse_write_event(&out, NULL, "[DONE]", 6);
    assert_string_equal(out.data, "data: [DONE]\n\n");
    buffer_reset(&out);
    sse_write_event(&out, NULL, "", 0);
    assert_string_equal(out.data, "data: \n\n");
    buffer_reset(&out);
    sse_write_event(&out, "ping", "{}", 2);
    sse_write_event(&out, NULL, " Grüße", strlen(" Grüße"));
    sse_write_event(&out, "x", "[DONE]xyz", 6);               /* only data_len bytes */
    struct reading reading = read_whole(&arena, out.data, 1024);
    assert_string_equal(reading.transcript, "<ping|{}>\n<| Grüße>\n<x|[DONE]>\n");
    arena_release(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_events_fields_and_comments),
        cmocka_unit_test(line_endings_are_equivalent),
        cmocka_unit_test(every_split_reads_the_same),
        cmocka_unit_test(three_piece_splits_read_the_same),
        cmocka_unit_test(events_over_the_bound_are_refused),
        cmocka_unit_test(partial_events_are_reported),
        cmocka_unit_test(callback_can_stop_the_reader),
        cmocka_unit_test(keep_alive_comments_are_counted),
        cmocka_unit_test(writer_formats_and_reads_back),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
