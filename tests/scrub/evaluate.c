/* evaluate.c — recall and precision of the scrubber on a labelled corpus.
 *
 *   scrub_evaluate CORPUS.jsonl [--check] [--tap] [--verbose] [--floor X] [--floors FILE]
 *                  [--escaped] [--tables] [--speed] [--dump FILE]
 *
 * Each line: {"text": …, "entities": [{"type": …, "value": …}], "decoys": [ … ]}, optionally
 * with "lang" and "shape" (tests/scrub/realistic). Each text is one request's user message,
 * masked as the gateway masks a request (scrub_request: detectors, then every further
 * occurrence of a found value), with all types on.
 *   recall     every occurrence counts: the k-th label of a value stands for the value's k-th
 *              occurrence in the text (whole words where the value starts or ends with a word
 *              character); it is found when one placeholder stands for a span containing it
 *              (a partly masked value counts as missed);
 *   precision  a masked span is expected: it contains, or lies inside, a labelled occurrence;
 *   decoys     a decoy is still in the scrubbed text, verbatim;
 *   round trip the masked text, restored from the vault whole and as a stream (pieces of 1, 3
 *              and 7 bytes), is the original byte for byte.
 * Where each placeholder stands is read by walking the original and the masked text together.
 *
 * --escaped  also scores the \u-escaped JSON mode: the text as the string of a tool result
 *            `{"output": "…"}` with every non-ASCII character and '@' written as \uXXXX, so the
 *            scrubber must read the decoded JSON; the masked result is decoded and scored. A
 *            text holding a backslash is decoded twice there, by design (scrub/request.h), so
 *            its spelling may change: such a case is counted "re-spelled", not a failed round
 *            trip, and its values count as found when no occurrence is left verbatim.
 * --tables   per-language and per-shape tables besides the per-type one.
 * --speed    scrubbing throughput in MB/s, plain mode: one request per case (what a chat turn
 *            costs, fixed costs included), and per shape with all its cases as one text (the
 *            scan itself, for the "no input shape below 50 MB/s"); CPU time, so that
 *            a busy machine slows the figure less.
 * --dump F   writes {"id", "scrubbed"} per case (plain mode), for bench/scrubbers.
 * --check    exits 1 unless the targets hold: issue 4's (recall >= 0.99 on checksum- and
 *            prefix-defined types, >= 0.97 PHONE, >= 0.90 PERSON, decoys kept >= 0.98); with
 *            --floor X every type's recall and the decoys kept must reach X instead (the
 *            held-out corpus's bar); with --floors FILE the floors listed there (lines
 *            `recall TYPE|all X`, `precision all X`, `decoys LANG|all X`, `cases N`), in each
 *            mode scored, and an exact round trip.
 * --tap      prints those checks as TAP; --verbose prints each miss, false positive and lost
 *            decoy, then the case as scrubbed (values: test data only). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scrub/request.h"
#include "scrub/restore.h"
#include "scrub/scrub.h"
#include "transforms/foundation/json.h"

enum { MAX_GROUPS = 64, MAX_LINE = 1 << 21, MAX_FLOORS = 128 };

enum mode { MODE_PLAIN, MODE_ESCAPED, MODE_COUNT };
static const char *const mode_names[MODE_COUNT] = { "plain", "escaped" };

/* One row of a table: a type, a language, a shape, or everything. */
struct tally {
    const char *name;
    size_t expected, found;       /* recall, per labelled occurrence */
    size_t masked, correct;       /* precision, per masked span */
    size_t decoys, kept;
};

struct table {
    struct tally rows[MAX_GROUPS];
    size_t count;
};

struct scores {
    struct table types, langs, shapes;
    struct tally all;
    size_t cases, round_trip_failures;
    size_t respelled;             /* escaped mode: texts with a backslash, decoded twice */
};

struct options {
    bool check, tap, verbose, escaped, tables, speed;
    double floor;
    const char *floors_path, *dump_path;
};

struct span {
    size_t start, end;
    const char *type;
};

struct spans {
    struct span *items;
    size_t count, capacity;
};

static struct tally *tally_of(struct table *table, const char *name)
{
    for (size_t i = 0; i < table->count; i++) {
        if (strcmp(table->rows[i].name, name) == 0) {
            return &table->rows[i];
        }
    }
    if (table->count == MAX_GROUPS) {
        fprintf(stderr, "too many groups\n");
        exit(2);
    }
    table->rows[table->count].name = strdup(name);
    return &table->rows[table->count++];
}

static void spans_push(struct spans *spans, size_t start, size_t end, const char *type)
{
    if (spans->count == spans->capacity) {
        spans->capacity = spans->capacity ? spans->capacity * 2 : 16;
        spans->items = realloc(spans->items, spans->capacity * sizeof *spans->items);
    }
    spans->items[spans->count++] = (struct span){ start, end, type };
}

static bool contains(struct slice haystack, struct slice needle)
{
    return needle.len <= haystack.len && memmem(haystack.ptr, haystack.len, needle.ptr, needle.len) != NULL;
}

/* Whether the code point is a letter or digit of a word. Outside ASCII only the punctuation
 * and spaces people type around a value are not: Latin-1's (no-break space, guillemets,
 * inverted marks, ×, ÷), the general punctuation block (typographic quotes and dashes, thin
 * and narrow spaces) and the CJK one. A value in «…», „…“ or ”…” is then a whole word. */
static bool word_code_point(unsigned point)
{
    if (point < 0x80) {
        return point == '_' || (point >= '0' && point <= '9') || ((point | 0x20) >= 'a' && (point | 0x20) <= 'z');
    }
    return !(point <= 0xBF || point == 0xD7 || point == 0xF7 || (point >= 0x2000 && point <= 0x206F) ||
             (point >= 0x3000 && point <= 0x303F));
}

/* The code point whose UTF-8 starts at `p`, reading `available` bytes at most (1 or more),
 * and its length: a lead byte says how many follow, a sequence cut short keeps the bits it has. */
static unsigned utf8_point(const unsigned char *p, size_t available, size_t *length)
{
    unsigned c = *p;
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (n > available) {
        n = available;
    }
    unsigned point = n == 1 ? c : c & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; k++) {
        point = (point << 6) | (p[k] & 0x3F);
    }
    *length = n;
    return point;
}

/* The code point whose UTF-8 starts at `at`. */
static unsigned code_point_at(struct slice text, size_t at)
{
    size_t length;
    return utf8_point((const unsigned char *)text.ptr + at, text.len - at, &length);
}

/* The code point that ends just before `end` (0 < end). */
static unsigned code_point_before(struct slice text, size_t end)
{
    size_t at = end - 1;
    while (at > 0 && end - at < 4 && ((unsigned char)text.ptr[at] & 0xC0) == 0x80) {
        at--;
    }
    return code_point_at(text, at);
}

/* Where the n-th (from 0) occurrence of `value` starts in `text`: whole words where the value
 * starts or ends with a word's letter or digit. (size_t)-1 when there are fewer. */
static size_t nth_occurrence(struct slice text, struct slice value, size_t n)
{
    if (value.len == 0) {
        return (size_t)-1;
    }
    bool value_starts_word = word_code_point(code_point_at(value, 0));
    bool value_ends_word = word_code_point(code_point_before(value, value.len));
    size_t from = 0;
    while (from + value.len <= text.len) {
        const char *hit = memmem(text.ptr + from, text.len - from, value.ptr, value.len);
        if (hit == NULL) {
            return (size_t)-1;
        }
        size_t at = (size_t)(hit - text.ptr), end = at + value.len;
        bool starts = !value_starts_word || at == 0 || !word_code_point(code_point_before(text, at));
        bool ends = !value_ends_word || end == text.len || !word_code_point(code_point_at(text, end));
        if (starts && ends) {
            if (n-- == 0) {
                return at;
            }
            from = end;
        } else {
            from = at + 1;
        }
    }
    return (size_t)-1;
}

/* The vault entry whose placeholder starts `masked` at `at` and whose value starts `original` at `from`. */
static const struct vault_entry *placeholder_at(const struct vault *vault, struct slice original, size_t from,
                                                struct slice masked, size_t at)
{
    for (size_t v = 0; v < vault->count; v++) {
        const struct vault_entry *entry = &vault->entries[v];
        if (at + entry->placeholder.len <= masked.len && from + entry->value.len <= original.len &&
            memcmp(masked.ptr + at, entry->placeholder.ptr, entry->placeholder.len) == 0 &&
            memcmp(original.ptr + from, entry->value.ptr, entry->value.len) == 0) {
            return entry;
        }
    }
    return NULL;
}

/* Walks the original and the masked text together: each placeholder becomes the span of
 * the original it stands for. False when the two do not line up (the text was changed in a
 * way that is not a placeholder for its value). */
static bool masked_spans(const struct vault *vault, struct slice original, struct slice masked, struct spans *out)
{
    size_t i = 0, j = 0;
    while (i < original.len || j < masked.len) {
        const struct vault_entry *entry = j < masked.len && masked.ptr[j] == '['
                                              ? placeholder_at(vault, original, i, masked, j) : NULL;
        if (entry != NULL) {
            spans_push(out, i, i + entry->value.len, entry->type);
            i += entry->value.len;
            j += entry->placeholder.len;
        } else if (i < original.len && j < masked.len && original.ptr[i] == masked.ptr[j]) {
            i++;
            j++;
        } else {
            return false;
        }
    }
    return true;
}

/* The text written as the JSON tool result {"output": "…"}, non-ASCII and '@' as \uXXXX. */
static struct slice escaped_json(struct arena *arena, struct slice text)
{
    struct buffer out;
    buffer_init(&out, arena, text.len * 3 + 32);
    buffer_append_cstr(&out, "{\"output\": \"");
    const unsigned char *p = (const unsigned char *)text.ptr, *end = p + text.len;
    while (p < end) {
        size_t length;
        unsigned point = utf8_point(p, (size_t)(end - p), &length);
        p += length;
        if (point == '"' || point == '\\') {
            buffer_append_char(&out, '\\');
            buffer_append_char(&out, (char)point);
        } else if (point == '\n') {
            buffer_append_cstr(&out, "\\n");
        } else if (point >= 0x20 && point < 0x80 && point != '@') {
            buffer_append_char(&out, (char)point);
        } else if (point >= 0x10000) {
            point -= 0x10000;
            buffer_printf(&out, "\\u%04x\\u%04x", 0xD800 + (point >> 10), 0xDC00 + (point & 0x3FF));
        } else {
            buffer_printf(&out, "\\u%04x", point);
        }
    }
    buffer_append_cstr(&out, "\"}");
    return slice_of(out.data, out.len);
}

/* Masks `text` as the gateway would, in `mode`: the text the provider would read (decoded
 * in the escaped mode), or {NULL, 0} when the scan failed or the result does not decode. */
static struct slice mask(struct scrubber *scrubber, struct arena *arena, struct vault *vault, struct slice text,
                         enum mode mode)
{
    struct canon_part part = { .type = PART_TEXT, .text = text };
    struct canon_message message = { .role = ROLE_USER, .parts = &part, .part_count = 1 };
    if (mode == MODE_ESCAPED) {
        part = (struct canon_part){ .type = PART_TOOL_RESULT, .tool_call_id = slice_of("call_1", 6),
                                    .text = escaped_json(arena, text) };
        message.role = ROLE_TOOL;
    }
    struct canon_request request = { .message_count = 1, .messages = &message };
    if (scrub_request(scrubber, &request, vault, arena) == (size_t)-1) {
        return slice_of(NULL, 0);
    }
    if (mode == MODE_PLAIN) {
        return part.text;
    }
    struct json_error error;
    struct json_value *root = json_parse_provider(arena, part.text.ptr, part.text.len, 8, &error);
    if (root == NULL || !json_is(json_get(root, "output"), JSON_STRING)) {
        return slice_of(NULL, 0);
    }
    return json_get_string(root, "output");
}

static const char *string_or(const struct json_value *line, const char *key, const char *missing)
{
    const struct json_value *value = json_get(line, key);
    return json_is(value, JSON_STRING) ? value->string.text : missing;
}

/* Adds one result to the row of every table it belongs to. */
static void count(struct scores *scores, const char *type, const char *lang, const char *shape, size_t *(*field)(
                      struct tally *), size_t amount)
{
    struct tally *rows[] = { type ? tally_of(&scores->types, type) : NULL, tally_of(&scores->langs, lang),
                             tally_of(&scores->shapes, shape), &scores->all };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        if (rows[i] != NULL) {
            *field(rows[i]) += amount;
        }
    }
}

static size_t *expected_of(struct tally *t) { return &t->expected; }
static size_t *found_of(struct tally *t) { return &t->found; }
static size_t *masked_of(struct tally *t) { return &t->masked; }
static size_t *correct_of(struct tally *t) { return &t->correct; }
static size_t *decoys_of(struct tally *t) { return &t->decoys; }
static size_t *kept_of(struct tally *t) { return &t->kept; }

/* How many whole-word occurrences of `value` the text still holds. */
static size_t occurrences_left(struct slice text, struct slice value)
{
    size_t n = 0;
    while (nth_occurrence(text, value, n) != (size_t)-1) {
        n++;
    }
    return n;
}

/* Recall: each label's occurrence, and whether one masked span holds it. Returns whether all were.
 * Without spans (the masked text did not line up with the original: the escaped mode re-spells a
 * text holding backslashes, so a value may be masked in its decoded spelling), the k-th label is
 * found when the masked text holds fewer than k+1 occurrences of it (the bench's rule). */
static bool score_recall(struct scores *scores, const struct json_value *line, struct slice text,
                         const struct spans *spans, struct slice scrubbed, const char *lang, const char *shape,
                         bool verbose)
{
    const struct json_value *entities = json_get(line, "entities");
    bool all = true;
    for (size_t i = 0; entities != NULL && i < entities->array.count; i++) {
        struct slice type = json_get_string(entities->array.items[i], "type");
        struct slice value = json_get_string(entities->array.items[i], "value");
        size_t earlier = 0;       /* labels of the same value before this one: which occurrence it is */
        for (size_t k = 0; k < i; k++) {
            struct slice other = json_get_string(entities->array.items[k], "value");
            earlier += other.len == value.len && memcmp(other.ptr, value.ptr, value.len) == 0;
        }
        bool found = false;
        if (spans != NULL) {
            size_t at = nth_occurrence(text, value, earlier);
            for (size_t s = 0; at != (size_t)-1 && s < spans->count && !found; s++) {
                found = spans->items[s].start <= at && at + value.len <= spans->items[s].end;
            }
        } else {
            found = earlier >= occurrences_left(scrubbed, value);
        }
        count(scores, type.ptr, lang, shape, expected_of, 1);
        count(scores, type.ptr, lang, shape, found_of, found);
        all = all && found;
        if (!found && verbose) {
            printf("missed %s: %.*s\n", type.ptr, (int)value.len, value.ptr);
        }
    }
    return all;
}

/* Precision: each masked span, and whether it holds or lies inside a labelled occurrence. */
static bool score_precision(struct scores *scores, const struct json_value *line, struct slice text,
                            const struct spans *spans, const struct vault *vault, const char *lang, const char *shape,
                            bool verbose)
{
    const struct json_value *entities = json_get(line, "entities");
    bool all = true;
    if (spans == NULL) {          /* not lined up: each vault value, as in the older scorer */
        for (size_t v = 0; v < vault->count; v++) {
            bool correct = false;
            for (size_t i = 0; entities != NULL && i < entities->array.count && !correct; i++) {
                struct slice value = json_get_string(entities->array.items[i], "value");
                correct = contains(vault->entries[v].value, value) || contains(value, vault->entries[v].value);
            }
            count(scores, vault->entries[v].type, lang, shape, masked_of, 1);
            count(scores, vault->entries[v].type, lang, shape, correct_of, correct);
            all = all && correct;
        }
        return all;
    }
    for (size_t s = 0; s < spans->count; s++) {
        const struct span *span = &spans->items[s];
        bool correct = false;
        for (size_t i = 0; entities != NULL && i < entities->array.count && !correct; i++) {
            struct slice value = json_get_string(entities->array.items[i], "value");
            for (size_t n = 0;; n++) {
                size_t at = nth_occurrence(text, value, n);
                if (at == (size_t)-1 || at >= span->end) {
                    break;
                }
                size_t end = at + value.len;
                if ((span->start <= at && end <= span->end) || (at <= span->start && span->end <= end)) {
                    correct = true;
                    break;
                }
            }
        }
        count(scores, span->type, lang, shape, masked_of, 1);
        count(scores, span->type, lang, shape, correct_of, correct);
        all = all && correct;
        if (!correct && verbose) {
            printf("false %s: %.*s\n", span->type, (int)(span->end - span->start), text.ptr + span->start);
        }
    }
    return all;
}

static bool score_decoys(struct scores *scores, const struct json_value *line, struct slice scrubbed,
                         const char *lang, const char *shape, bool verbose)
{
    const struct json_value *decoys = json_get(line, "decoys");
    bool all = true;
    for (size_t i = 0; decoys != NULL && i < decoys->array.count; i++) {
        struct slice decoy = slice_of(decoys->array.items[i]->string.text, decoys->array.items[i]->string.len);
        bool kept = contains(scrubbed, decoy);
        count(scores, NULL, lang, shape, decoys_of, 1);
        count(scores, NULL, lang, shape, kept_of, kept);
        all = all && kept;
        if (!kept && verbose) {
            printf("decoy lost: %.*s\n", (int)decoy.len, decoy.ptr);
        }
    }
    return all;
}

/* The masked text restored as a stream would be, in pieces of 1, 3 and 7 bytes, is the original. */
static bool restores_streamed(const struct vault *vault, struct arena *arena, struct slice masked,
                              struct slice original)
{
    static const size_t pieces[] = { 1, 3, 7 };
    for (size_t p = 0; p < sizeof pieces / sizeof pieces[0]; p++) {
        struct restorer restorer;
        restorer_init(&restorer, vault, arena);
        struct buffer out;
        buffer_init(&out, arena, original.len + 16);
        for (size_t at = 0; at < masked.len; at += pieces[p]) {
            size_t length = masked.len - at < pieces[p] ? masked.len - at : pieces[p];
            restorer_feed(&restorer, masked.ptr + at, length, &out);
        }
        restorer_finish(&restorer, &out);
        if (out.len != original.len || memcmp(out.data, original.ptr, original.len) != 0) {
            return false;
        }
    }
    return true;
}

/* Scores one case in one mode. Returns the text as scrubbed (in `arena`), for --dump. */
static struct slice evaluate_case(struct scrubber *scrubber, struct arena *arena, const struct json_value *line,
                                  enum mode mode, struct scores *scores, bool verbose)
{
    struct slice text = json_get_string(line, "text");
    const char *lang = string_or(line, "lang", "-"), *shape = string_or(line, "shape", "-");
    struct vault vault;
    struct slice scrubbed = mask(scrubber, arena, &vault, text, mode);
    if (scrubbed.ptr == NULL) {
        fprintf(stderr, "scan failed or the masked tool result does not decode\n");
        exit(2);
    }
    struct spans spans = { 0 };
    bool aligned = masked_spans(&vault, text, scrubbed, &spans);
    struct slice restored = restore_text(&vault, arena, scrubbed, false);
    bool round_trip = aligned && restored.len == text.len && memcmp(restored.ptr, text.ptr, text.len) == 0 &&
                      restores_streamed(&vault, arena, scrubbed, text);
    /* A tool result's string that still holds a backslash once decoded is decoded again
     * (request.h): its spelling may change, by design. Counted apart from real failures. */
    bool respelled = !round_trip && mode == MODE_ESCAPED && memchr(text.ptr, '\\', text.len) != NULL;
    scores->round_trip_failures += !round_trip && !respelled;
    scores->respelled += respelled;
    scores->cases++;
    if (!round_trip && verbose) {
        printf("round trip differs (%s): %.*s\n", mode_names[mode], (int)restored.len, restored.ptr);
    }
    bool right = score_recall(scores, line, text, aligned ? &spans : NULL, scrubbed, lang, shape, verbose);
    right = score_precision(scores, line, text, aligned ? &spans : NULL, &vault, lang, shape, verbose) && right;
    right = score_decoys(scores, line, scrubbed, lang, shape, verbose) && right;
    if (!right && verbose) {
        printf("  in [%s %s %s]: %.*s\n", lang, shape, mode_names[mode], (int)scrubbed.len, scrubbed.ptr);
    }
    free(spans.items);
    return scrubbed;
}

static double ratio(size_t part, size_t whole)
{
    return whole ? (double)part / (double)whole : 1.0;
}

/* Types whose shape is fixed by a checksum or a literal prefix: recall 0.99 (issue 4). */
static double recall_target(const char *type)
{
    static const char *const exact[] = {
        "EMAIL", "IP_ADDRESS", "CREDIT_CARD", "IBAN", "SSN_US", "SIN_CA", "NO_FNR", "SE_PERSONNUMMER", "DE_TAX_ID",
        "UK_NINO", "US_ABA_ROUTING", "JWT", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITHUB_TOKEN",
        "AWS_ACCESS_KEY_ID", "SLACK_TOKEN", "STRIPE_KEY", "GOOGLE_API_KEY", "PRIVATE_KEY", "GENERIC_API_KEY",
    };
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++) {
        if (strcmp(exact[i], type) == 0) {
            return 0.99;
        }
    }
    if (strcmp(type, "PHONE") == 0) {
        return 0.97;
    }
    if (strcmp(type, "PERSON") == 0) {
        return 0.90;
    }
    return 0.95;                  /* context- and entropy-defined: our own bar */
}

/* One table: the type table has recall targets and no decoy columns (decoys have no type). */
static void print_table(const char *title, const struct table *table, const struct tally *all, bool tap,
                        bool with_target, double floor)
{
    const char *hash = tap ? "# " : "";
    bool decoys = !with_target;
    printf("%s%-22s %8s %8s %7s %7s %9s", hash, title, "values", "found", "recall", "masked", "precision");
    printf(decoys ? " %7s %7s %6s\n" : "  %s\n", decoys ? "decoys" : "target", "kept", "kept");
    for (size_t i = 0; i <= table->count; i++) {
        const struct tally *t = i < table->count ? &table->rows[i] : all;
        printf("%s%-22s %8zu %8zu %7.3f %7zu %9.3f", hash, t->name, t->expected, t->found,
               ratio(t->found, t->expected), t->masked, ratio(t->correct, t->masked));
        if (decoys) {
            printf(" %7zu %7zu %6.3f", t->decoys, t->kept, ratio(t->kept, t->decoys));
        } else if (t->expected > 0 && i < table->count) {
            double target = floor > 0 ? floor : recall_target(t->name);
            printf("  %.2f%s", target, ratio(t->found, t->expected) >= target ? "" : " BELOW");
        }
        printf("\n");
    }
}

struct floor_line {
    char kind[16], name[40];
    double value;
};

static size_t read_floors(const char *path, struct floor_line *floors)
{
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        perror(path);
        exit(2);
    }
    char line[256];
    size_t count = 0;
    while (fgets(line, sizeof line, file) != NULL && count < MAX_FLOORS) {
        if (line[0] == '#' || line[0] == '\n') {
            continue;
        }
        struct floor_line *f = &floors[count];
        if (sscanf(line, "%15s %39s %lf", f->kind, f->name, &f->value) == 3) {
            count++;
        } else if (sscanf(line, "%15s %lf", f->kind, &f->value) == 2) {
            f->name[0] = '\0';
            count++;
        }
    }
    fclose(file);
    return count;
}

/* A TAP (or plain) line for one check; returns whether it held. */
static bool report(bool tap, size_t *number, bool ok, const char *what)
{
    ++*number;
    if (tap) {
        printf("%s %zu - %s\n", ok ? "ok" : "not ok", *number, what);
    } else if (!ok) {
        printf("BELOW FLOOR: %s\n", what);
    }
    return ok;
}

/* The checks of a floors file against one mode's scores. */
static bool check_floors(const struct floor_line *floors, size_t floor_count, const struct scores *scores,
                         enum mode mode, bool tap, size_t *number)
{
    bool met = true;
    char what[200];
    snprintf(what, sizeof what, "%s: round trip exact on %zu cases (%zu differ)", mode_names[mode], scores->cases,
             scores->round_trip_failures);
    met = report(tap, number, scores->round_trip_failures == 0, what) && met;
    for (size_t i = 0; i < floor_count; i++) {
        const struct floor_line *f = &floors[i];
        const struct table *table = strcmp(f->kind, "decoys") == 0 ? &scores->langs : &scores->types;
        const struct tally *t = &scores->all;
        if (strcmp(f->kind, "cases") == 0) {
            snprintf(what, sizeof what, "%s: %zu cases (at least %.0f)", mode_names[mode], scores->cases, f->value);
            met = report(tap, number, (double)scores->cases >= f->value, what) && met;
            continue;
        }
        if (strcmp(f->name, "all") != 0) {
            t = NULL;
            for (size_t r = 0; r < table->count; r++) {
                t = strcmp(table->rows[r].name, f->name) == 0 ? &table->rows[r] : t;
            }
        }
        double figure = t == NULL ? 0 : strcmp(f->kind, "recall") == 0 ? ratio(t->found, t->expected)
                                      : strcmp(f->kind, "precision") == 0 ? ratio(t->correct, t->masked)
                                                                          : ratio(t->kept, t->decoys);
        snprintf(what, sizeof what, "%s: %.15s %.39s %.3f (floor %.3f)", mode_names[mode], f->kind, f->name, figure,
                 f->value);
        met = report(tap, number, t != NULL && figure >= f->value, what) && met;
    }
    return met;
}

/* issue 4's targets (or --floor X) on the plain mode, as the earlier corpora are checked. */
static bool check_targets(const struct scores *scores, const struct options *options, size_t *number)
{
    size_t least_cases = options->floor > 0 ? 100 : 1000;
    double decoy_target = options->floor > 0 ? options->floor : 0.98;
    char what[200];
    snprintf(what, sizeof what, "corpus has %zu cases (at least %zu)", scores->cases, least_cases);
    bool met = report(options->tap, number, scores->cases >= least_cases, what);
    for (size_t i = 0; i < scores->types.count; i++) {
        const struct tally *t = &scores->types.rows[i];
        double target = options->floor > 0 ? options->floor : recall_target(t->name);
        snprintf(what, sizeof what, "%.40s recall %.3f (target %.2f), precision %.3f, %zu values", t->name,
                 ratio(t->found, t->expected), target, ratio(t->correct, t->masked), t->expected);
        met = report(options->tap, number, t->expected == 0 || ratio(t->found, t->expected) >= target, what) && met;
    }
    double kept = ratio(scores->all.kept, scores->all.decoys);
    snprintf(what, sizeof what, "decoys kept %zu/%zu = %.3f (target %.2f)", scores->all.kept, scores->all.decoys,
             kept, decoy_target);
    met = report(options->tap, number, kept >= decoy_target, what) && met;
    snprintf(what, sizeof what, "round trip exact on %zu cases (%zu differ)", scores->cases,
             scores->round_trip_failures);
    return report(options->tap, number, scores->round_trip_failures == 0, what) && met;
}

static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);   /* CPU time: steady on a shared machine */
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

/* Scrubbing throughput, plain mode: each text one request, passes until a second has gone by. */
static double throughput(struct scrubber *scrubber, const struct slice *texts, size_t count, size_t *bytes_out)
{
    size_t bytes = 0;
    double elapsed = 0;
    for (unsigned pass = 0; pass < 200 && (pass < 2 || elapsed < 1.0); pass++) {
        for (size_t i = 0; i < count; i++) {
            struct arena arena;
            arena_init(&arena, ARENA_REQUEST_CHUNK);
            struct vault vault;
            double start = seconds_now();
            mask(scrubber, &arena, &vault, texts[i], MODE_PLAIN);
            elapsed += seconds_now() - start;
            bytes += texts[i].len;
            arena_release(&arena);
        }
    }
    *bytes_out = bytes;
    return elapsed > 0 ? (double)bytes / elapsed / 1e6 : 0;
}

/* Per shape: its cases joined into one text, scrubbed as one request. */
static void throughput_per_shape(struct scrubber *scrubber, const struct slice *texts, const char *const *shapes,
                                 size_t count, bool tap)
{
    for (size_t first = 0; first < count; first++) {
        bool earlier = false;     /* a test tool over a few hundred cases: a second scan is fine */
        for (size_t i = 0; i < first && !earlier; i++) {
            earlier = strcmp(shapes[i], shapes[first]) == 0;
        }
        if (earlier) {
            continue;
        }
        struct arena arena;
        arena_init(&arena, 1 << 20);
        struct buffer joined;
        buffer_init(&joined, &arena, 1 << 16);
        for (size_t i = first; i < count; i++) {
            if (strcmp(shapes[i], shapes[first]) == 0) {
                buffer_append(&joined, texts[i].ptr, texts[i].len);
                buffer_append_cstr(&joined, "\n\n");
            }
        }
        struct slice whole = slice_of(joined.data, joined.len);
        size_t bytes;
        double rate = throughput(scrubber, &whole, 1, &bytes);
        printf("%sthroughput %-12s %8.1f MB/s (%zu bytes as one text)\n", tap ? "# " : "", shapes[first], rate,
               whole.len);
        arena_release(&arena);
    }
}

static void parse_options(int argc, char **argv, struct options *options)
{
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--floor") == 0 && i + 1 < argc) {
            options->floor = atof(argv[++i]);
        } else if (strcmp(argv[i], "--floors") == 0 && i + 1 < argc) {
            options->floors_path = argv[++i];
        } else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
            options->dump_path = argv[++i];
        }
        options->check = options->check || strcmp(argv[i], "--check") == 0;
        options->tap = options->tap || strcmp(argv[i], "--tap") == 0;
        options->verbose = options->verbose || strcmp(argv[i], "--verbose") == 0;
        options->escaped = options->escaped || strcmp(argv[i], "--escaped") == 0;
        options->tables = options->tables || strcmp(argv[i], "--tables") == 0;
        options->speed = options->speed || strcmp(argv[i], "--speed") == 0;
    }
}

static void dump_case(FILE *dump, const struct json_value *line, struct slice scrubbed, struct arena *arena)
{
    struct buffer out;
    buffer_init(&out, arena, scrubbed.len + 64);
    buffer_append_cstr(&out, "{\"id\": ");
    struct slice id = json_get_string(line, "id");
    json_write_string(&out, id.ptr ? id.ptr : "", id.len);
    buffer_append_cstr(&out, ", \"scrubbed\": ");
    json_write_string(&out, scrubbed.ptr, scrubbed.len);
    buffer_append_cstr(&out, "}\n");
    fwrite(out.data, 1, out.len, dump);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: scrub_evaluate CORPUS.jsonl [--check] [--tap] [--verbose] [--floor X] [--floors FILE]"
                        " [--escaped] [--tables] [--speed] [--dump FILE]\n");
        return 2;
    }
    struct options options = { 0 };
    parse_options(argc, argv, &options);
    FILE *corpus = fopen(argv[1], "r");
    FILE *dump = options.dump_path ? fopen(options.dump_path, "w") : NULL;
    if (corpus == NULL || (options.dump_path && dump == NULL)) {
        perror(corpus == NULL ? argv[1] : options.dump_path);
        return 2;
    }
    struct scrub_config config = { .enabled = true };
    struct scrubber scrubber;
    char error[256];
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        fprintf(stderr, "%s\n", error);
        return 2;
    }
    static struct scores scores[MODE_COUNT];
    scores[MODE_PLAIN].all.name = scores[MODE_ESCAPED].all.name = "all";
    char *line = malloc(MAX_LINE);
    size_t text_count = 0, text_capacity = 0;
    struct slice *texts = NULL;
    const char **shapes = NULL;
    struct arena keep;            /* the texts, kept for --speed */
    arena_init(&keep, 1 << 20);
    while (fgets(line, MAX_LINE, corpus) != NULL) {
        struct arena arena;
        arena_init(&arena, ARENA_REQUEST_CHUNK);
        struct json_error json_error;
        struct json_value *root = json_parse(&arena, line, strlen(line), 16, &json_error);
        if (root == NULL || !json_is(json_get(root, "text"), JSON_STRING)) {
            fprintf(stderr, "line %zu: %s\n", text_count + 1, root ? "no text" : json_error.message);
            return 2;
        }
        for (enum mode mode = MODE_PLAIN; mode < (options.escaped ? MODE_COUNT : MODE_ESCAPED); mode++) {
            struct slice scrubbed = evaluate_case(&scrubber, &arena, root, mode, &scores[mode], options.verbose);
            if (dump != NULL && mode == MODE_PLAIN) {
                dump_case(dump, root, scrubbed, &arena);
            }
        }
        if (text_count == text_capacity) {
            text_capacity = text_capacity ? text_capacity * 2 : 1024;
            texts = realloc(texts, text_capacity * sizeof *texts);
            shapes = realloc(shapes, text_capacity * sizeof *shapes);
        }
        struct slice text = json_get_string(root, "text");
        const char *shape = string_or(root, "shape", "-");
        shapes[text_count] = arena_strndup(&keep, shape, strlen(shape));
        texts[text_count++] = slice_of(arena_strndup(&keep, text.ptr, text.len), text.len);
        arena_release(&arena);
    }
    fclose(corpus);
    if (dump != NULL) {
        fclose(dump);
    }
    free(line);

    struct floor_line floors[MAX_FLOORS];
    size_t floor_count = options.floors_path ? read_floors(options.floors_path, floors) : 0;
    size_t checks = 0, number = 0;
    enum mode modes = options.escaped ? MODE_COUNT : MODE_ESCAPED;
    if (options.floors_path) {
        checks = modes * (floor_count + 1);
    } else {
        checks = scores[MODE_PLAIN].types.count + 3;
    }
    if (options.tap) {
        printf("TAP version 13\n1..%zu\n", checks);
    }
    for (enum mode mode = MODE_PLAIN; mode < modes; mode++) {
        if (modes > 1) {
            printf("%s%s mode\n", options.tap ? "# " : "", mode_names[mode]);
        }
        print_table("type", &scores[mode].types, &scores[mode].all, options.tap, true, options.floor);
        if (options.tables) {
            print_table("language", &scores[mode].langs, &scores[mode].all, options.tap, false, 0);
            print_table("shape", &scores[mode].shapes, &scores[mode].all, options.tap, false, 0);
        }
        printf("%s%zu cases; decoys kept %zu/%zu = %.3f; round trip differs in %zu (and %zu re-spelled: a backslash"
               " decoded twice)\n", options.tap ? "# " : "", scores[mode].cases, scores[mode].all.kept,
               scores[mode].all.decoys, ratio(scores[mode].all.kept, scores[mode].all.decoys),
               scores[mode].round_trip_failures, scores[mode].respelled);
    }
    bool met = true;
    for (enum mode mode = MODE_PLAIN; options.floors_path && mode < modes; mode++) {
        met = check_floors(floors, floor_count, &scores[mode], mode, options.tap, &number) && met;
    }
    if (!options.floors_path && (options.check || options.tap)) {
        met = check_targets(&scores[MODE_PLAIN], &options, &number);
    }
    if (options.speed) {
        size_t bytes;
        double rate = throughput(&scrubber, texts, text_count, &bytes);
        printf("%sthroughput %.1f MB/s (plain mode, one request per case, %zu bytes scrubbed)\n",
               options.tap ? "# " : "", rate, bytes);
        throughput_per_shape(&scrubber, texts, shapes, text_count, options.tap);
    }
    free(texts);
    free(shapes);
    arena_release(&keep);
    scrubber_release(&scrubber);
    arena_cache_release();
    return options.check && !met ? 1 : 0;
}
