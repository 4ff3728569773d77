/* scrub_bench.c — how fast the scrubber reads realistic chat text, one core.
 *
 *   build/bench/scrub_bench [MEGABYTES]
 *
 * The text is built from blocks of the kinds a chat prompt carries: prose, code, log
 * lines, SQL, YAML, a traceback, a support e-mail with personal data, an env file with
 * secrets, JSON. Prints throughput in MB/s for the whole scrubber (all types, names
 * included) and for its two halves (the Hyperscan patterns, the name finder), the same
 * on text made only of the blocks with sensitive values (the worst case), then the time
 * scrub_text adds to a 2 KB prompt (median and p99 of many runs), what masking and restoring
 * bench/prompt-2k.txt as a whole request costs, and last the adversarial
 * request: 4,000 distinct e-mails in one text, scrubbed and restored (`scrub_bench distinct`
 * runs only that; `scrub_bench MODE ARGUMENT` runs one part, see run_one_part; `scrub_bench corpus
 * [BYTES=N] HALF.jsonl …` times every case of a corpus repeated to N bytes, 102400 unless given,
 * and prints the ten slowest by id). */
#include <stdbool.h>
#include <stdio.h>
/* Under callgrind --instr-atstart=no, a shape's scrub is the only part instrumented: the
 * pattern compile before it runs about five times faster than when counted. */
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_START_INSTRUMENTATION
#endif
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scrub/request.h"
#include "scrub/restore.h"
#include "scrub/scrub.h"
#include "transforms/foundation/json.h"

static const char *const blocks[] = {
    "The quarterly review went well overall. We agreed to move the migration to the new cluster "
    "forward by two weeks, and the team will focus on latency in the checkout path. Please make sure "
    "the dashboards are updated before Monday, and remember that the Paris office closes early on Friday. ",
    "def retry(request, attempts=3):\n    for attempt in range(attempts):\n        response = session.post(url, "
    "json=request, timeout=10)\n        if response.status_code < 500:\n            return response\n"
    "        time.sleep(2 ** attempt)\n    raise RuntimeError('gave up after %d attempts' % attempts)\n",
    "2026-11-20T10:15:32.118Z INFO  http: GET /api/v2/orders/48213 200 12ms\n"
    "2026-11-20T10:15:32.371Z WARN  pool: connection reset by peer, retrying (attempt 2)\n"
    "2026-11-20T10:15:33.002Z INFO  http: POST /api/v2/checkout 201 87ms client=10.20.30.40\n",
    "Hi team, the customer Sarah Johnson (sarah.johnson@example.com, +1 415 555 2671) reports that her "
    "card 4206 4583 3793 9858 was charged twice for order ORD-2024-001234. Can someone refund one of them? "
    "Thanks, Ole\n",
    "{\"user\": {\"id\": 4821, \"plan\": \"pro\", \"region\": \"eu-west-1\"}, \"settings\": {\"theme\": \"dark\", "
    "\"notifications\": true, \"version\": \"3.11.4\"}, \"items\": [1, 2, 3, 5, 8, 13]}\n",
    "Kubernetes rolled out version 1.29 of the API server without trouble; Python services kept their "
    "latency under 40 ms at p99 while Redis handled 120k operations per second on the same nodes.\n",
    "export DATABASE_URL=postgres://app@db:5432/app\nexport DB_PASSWORD=Sup3r-s3cret-pass\n"
    "AWS_ACCESS_KEY_ID=AKIACFNVKZUA73LPAWLE\n",
    "Can you summarise this thread for me in three bullet points and suggest a reply that is polite "
    "but firm about the deadline? The vendor has missed two milestones already this quarter.\n",
    "## Release notes\n\n- The scheduler now retries failed jobs with exponential backoff.\n- Memory use of the "
    "indexer dropped by a third after the switch to arenas.\n- `--dry-run` prints the plan without applying it.\n\n",
    "SELECT o.id, o.created_at, sum(l.quantity * l.price) AS total\n"
    "FROM orders o JOIN order_lines l ON l.order_id = o.id\n"
    "WHERE o.created_at >= '2026-01-01' GROUP BY o.id, o.created_at ORDER BY total DESC LIMIT 50;\n",
    "Traceback (most recent call last):\n  File \"/srv/app/worker.py\", line 214, in handle\n    result = "
    "pipeline.run(batch)\n  File \"/srv/app/pipeline.py\", line 88, in run\n    raise ValueError(\"empty batch\")\n"
    "ValueError: empty batch\n",
    "I think the cleanest way is to split the parser into a tokenizer and a small recursive descent part; "
    "the tokenizer can be tested on its own, and the grammar stays readable. What do you think about "
    "keeping the error messages in one table so they are easy to translate later?\n",
    "services:\n  api:\n    image: registry.local/api:1.14.2\n    replicas: 3\n    resources:\n      limits:\n"
    "        memory: 512Mi\n        cpu: \"500m\"\n    env:\n      LOG_LEVEL: info\n"
    "      FEATURE_FLAGS: search,export\n",
    "Write a short, friendly onboarding message for new engineers that explains how to get a development "
    "environment running, where the runbooks live, and who to ask when the build breaks.\n",
};

/* The blocks above that carry sensitive values: text made only of these is the worst case. */
static const int dense_blocks[] = { 3, 6 };

static double now_seconds(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

/* This thread's CPU time: on a shared machine a 10 ms run is preempted in most tries, and
 * the wall clock then reads the other processes' time slices too. */
static double cpu_seconds(void)
{
    struct timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

static char *build_text(size_t size, bool dense, size_t *len)
{
    char *text = malloc(size + 4096);
    size_t at = 0;
    unsigned seed = 7;
    while (at < size) {
        seed = seed * 1103515245u + 12345u;
        const char *block = dense ? blocks[dense_blocks[(seed >> 16) % 2]]
                                  : blocks[(seed >> 16) % (sizeof blocks / sizeof blocks[0])];
        size_t block_len = strlen(block);
        memcpy(text + at, block, block_len);
        at += block_len;
    }
    text[at] = '\0';
    *len = at;
    return text;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* MB/s of `pass` over the whole text, in 64 KiB slices (message-sized and cache-warm), by
 * this thread's CPU time: on a shared machine the wall clock counts other processes' slices. */
static double throughput(struct scrubber *scrubber, const char *text, size_t len, int pass)
{
    enum { SLICE = 64 << 10 };
    struct candidate *candidates = malloc(sizeof *candidates * 8192);
    double start = cpu_seconds();
    for (size_t at = 0; at < len; at += SLICE) {
        size_t piece = len - at < SLICE ? len - at : SLICE;
        if (pass == 0) {
            struct arena arena;
            arena_init(&arena, ARENA_REQUEST_CHUNK);
            struct vault vault;
            vault_init(&vault, &arena, NULL, 0);
            struct buffer out;
            buffer_init(&out, &arena, piece + 256);
            scrub_text(scrubber, &vault, text + at, piece, &out);
            arena_release(&arena);
        } else if (pass == 1) {
            pattern_set_scan(&scrubber->patterns, text + at, piece, candidates, 8192);
        } else {
            names_find(&scrubber->names, &scrubber->person, text + at, piece, candidates, 8192);
        }
    }
    double seconds = cpu_seconds() - start;
    free(candidates);
    return (double)len / seconds / 1e6;
}

/* What masking and restoring cost one request (issue 16): bench/prompt-2k.txt as the user
 * message of a canonical request through scrub_request, then an answer that quotes every
 * placeholder through restore_response, in a fresh request arena each time (its wipe
 * included). Read from the source tree: run from the repository's top. */
static void whole_request(struct scrubber *scrubber, int runs)
{
    FILE *file = fopen("bench/prompt-2k.txt", "rb");
    if (file == NULL) {
        printf("2 KB request: bench/prompt-2k.txt not found (run from the repository's top)\n");
        return;
    }
    char prompt[8192];
    size_t len = fread(prompt, 1, sizeof prompt, file);
    fclose(file);
    double *samples = malloc(sizeof *samples * (size_t)runs);
    size_t masked = 0;
    for (int run = 0; run < runs; run++) {
        struct arena arena;
        arena_init(&arena, ARENA_REQUEST_CHUNK);
        double begin = now_seconds();
        struct canon_part part = { .type = PART_TEXT, .text = slice_of(prompt, len) };
        struct canon_message message = { .role = ROLE_USER, .parts = &part, .part_count = 1 };
        struct canon_request request = { .messages = &message, .message_count = 1 };
        struct vault vault;
        masked = scrub_request(scrubber, &request, &vault, &arena);
        struct buffer answer;
        buffer_init(&answer, &arena, 512);
        buffer_append(&answer, "Summary for ", 12);
        for (size_t i = 0; i < vault.count; i++) {
            buffer_append(&answer, vault.entries[i].placeholder.ptr, vault.entries[i].placeholder.len);
            buffer_append(&answer, ", ", 2);
        }
        struct canon_response response = { .text = slice_of(answer.data, answer.len) };
        restore_response(&vault, &arena, &response);
        arena_release(&arena);
        samples[run] = (now_seconds() - begin) * 1e6;
    }
    qsort(samples, (size_t)runs, sizeof *samples, by_value);
    printf("2 KB request (bench/prompt-2k.txt, %zu values): scrub_request + restore_response, median %.1f us, "
           "p99 %.1f us\n", masked, samples[runs / 2], samples[runs * 99 / 100]);
    free(samples);
}

enum { DISTINCT_VALUES = 4000 };

/* One request text of DISTINCT_VALUES different e-mails (about 92 KB): every value mints a
 * placeholder, and the answer quoting them all restores every one. Both must stay linear. */
static void distinct_values(struct scrubber *scrubber)
{
    size_t size = DISTINCT_VALUES * 32;
    char *text = malloc(size);
    size_t len = 0;
    for (int i = 0; i < DISTINCT_VALUES; i++) {
        len += (size_t)snprintf(text + len, size - len, "mail u%04d.x@example.com, ", i);
    }
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    double begin = now_seconds();
    struct slice texts[] = { slice_of(text, len) };
    struct vault vault;
    vault_init(&vault, &arena, texts, 1);
    struct buffer out;
    buffer_init(&out, &arena, len + 256);
    size_t masked = scrub_text(scrubber, &vault, text, len, &out);
    double scrubbed = now_seconds();
    struct slice restored = restore_text(&vault, &arena, slice_of(out.data, out.len), false);
    double done = now_seconds();
    bool same = restored.len == len && memcmp(restored.ptr, text, len) == 0;
    printf("%d distinct e-mails (%.0f KB, %zu masked): scrub %.2f ms, restore %.2f ms, total %.2f ms%s\n",
           DISTINCT_VALUES, (double)len / 1e3, masked, (scrubbed - begin) * 1e3, (done - scrubbed) * 1e3,
           (done - begin) * 1e3, same ? "" : " (ROUND TRIP FAILED)");
    arena_release(&arena);
    free(text);
}

/* Inputs built to make a pattern's span finder or validator work hard: a long JWT
 * signature, long key bodies, repeated prefixes and cues, long digit runs, e-mail
 * fragments, PEM lines. Each is 90 KB scrubbed as one text (all types, names included);
 * the worst must stay far above the mixed-text figure's floor and under 5 ms. */
/* The size of an adversarial shape's text unless `shape NAME RUNS BYTES` gives another. */
enum { SHAPE_BYTES = 90 * 1000 };

static void adversarial_shapes(struct scrubber *scrubber, const char *only, int only_runs, size_t size)
{
    static const char *const shapes[][3] = {
        { "JWT, 90 KB signature", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.", "SflKxwRJSMeKKF2QT4fwpMeJf36P" },
        { "JWT-shaped run", "", "eyJhbGciOi." },
        { "OpenAI key, long body", "sk-proj-abcdefghijklmnopqrstT3BlbkFJ", "Ab3dE_f9-hIj" },
        { "Anthropic key, long body", "sk-ant-api03-", "AbcdEfgh12-_AA" },
        { "GitHub token, long body", "ghp_", "aB3dE4fG5h" },
        { "github_pat_, long body", "github_pat_", "aB3_dE4fG5h" },
        { "AWS key id, long body", "AKIA", "ABCDEFGHIJKLMNOP234567" },
        { "Google key, long body", "AIza", "SyA-b_3dE4fG5h" },
        { "Slack token, long body", "xoxb-", "12345-abcdE" },
        { "high-entropy token", "api_key: ", "aB3dE4fG5hX9_kLm-Q7" },
        { "token= cues", "", "token=aB3dE4fG5hX9" },
        { "PASSWORD= assignments", "", "DB_PASSWORD=hunter2x" },
        /* The same, one a line, as an env file writes them. */
        { "PASSWORD= lines", "", "DB_PASSWORD=hunter2x\n" },
        { "Password=; parameters", "", "Password=hunter2x;" },
        { "password is sentences", "", "the password is hunter2x. " },
        /* The unquoted word-passphrase row (its own database since it slowed the one above). */
        { "passphrase assignments", "", "signing.password=otter purple kettle 52\n" },
        { "PEM END lines", "-----BEGIN RSA PRIVATE KEY-----\n", "MIIE\n-----END RSA PRIVATE KEY-----\n" },
        { "a@a. runs", "", "a@a." },
        { "digit run", "", "4111111111" },
        { "4-digit groups", "", "4111 " },
        { "single digits", "", "1 " },
        { "dotted digits", "", "10.1." },
        { "phone cues", "", "phone 415 555 " },
        { "IBAN groups", "DE89 ", "3704 " },
        /* The shapes of the corpus's slowest cases at 100 KiB (`scrub_bench corpus`), written anew:
         * a password in code and the code that uses it, .netrc entries, CLI secrets, a token as a
         * git URL's user, German tax ids and birth dates in prose (names, numbers, dates). */
        { "password = code lines", "", "password = \"Rt5vQ8wLx2\"  # move to env\nif check(user, password):\n    login()\n" },
        { "netrc entries", "", "machine api.example.com\n  login kari_nordmann@example.org\n  password Qx7vR2mLp9sT4wZk\n" },
        { "gh secret set lines", "", "$ gh secret set DB_PASSWORD --body 'Vq8#mT2xLp' --repo acme/api\n" },
        { "token git URLs", "", "git push https://x-access-token:Zq8vT2mLx9pR4wKs7nB3@github.com/acme/web.git\n" },
        { "IdNr sentences", "", "Herr Berg hat die IdNr 86095742719, Frau Lind ist am 14.03.1987 geboren.\n" },
        /* Credential words packed (issue 15, "linear time on any input"): what an attacker who read
         * scrub/secret_keys.c and scrub/password_forms.c sends. Each word is an anchor of the key
         * reader, most start regex rows too (bench/README.md, "Credential words packed"). */
        { "key words", "", "key " },
        { "key- runs", "", "key-" },
        { "Key= cues", "", "Key=" },
        { "api key words", "", "api key " },
        { "api_key words", "", "api_key " },
        { "API Key: labels", "", "API Key: " },
        { "token words", "", "token " },
        { "secret words", "", "secret " },
        { "secret= cues", "", "secret=" },
        { "auth words", "", "auth " },
        { "password words", "", "password " },
        { "Password: labels", "", "Password: " },
        { "glued credential words", "", "apikeytokensecret" },
        { "glued password words", "", "passwordpassword" },
        { "credential words, punctuation", "", "pass;key,token|secret/auth:bearer(" },
        /* Session 11: more cue words of the SPAN_OVER_CHARS and labelled rows, packed. */
        { "passwd words", "", "passwd " },
        { "Secret Key: labels", "", "Secret Key: " },
        { "apikey words", "", "apikey " },
    };
    enum { RUNS = 3 };
    char *text = malloc(size + 256);
    printf("adversarial shapes, %zu bytes each, one text (best of %d):\n", size, only != NULL ? only_runs : RUNS);
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        if (only != NULL && strcmp(only, "all") != 0 && strcmp(only, shapes[i][0]) != 0) {
            continue;
        }
        size_t head = strlen(shapes[i][1]), body = strlen(shapes[i][2]), len = head;
        memcpy(text, shapes[i][1], head);
        while (len + body <= size) {
            memcpy(text + len, shapes[i][2], body);
            len += body;
        }
        double best = 1e9, best_cpu = 1e9;
        for (int run = 0; run < (only != NULL ? only_runs : RUNS); run++) {
            struct arena arena;
            arena_init(&arena, ARENA_REQUEST_CHUNK);
            struct vault vault;
            vault_init(&vault, &arena, NULL, 0);
            struct buffer out;
            buffer_init(&out, &arena, len + 256);
            double begin = now_seconds(), begin_cpu = cpu_seconds();
            CALLGRIND_START_INSTRUMENTATION;
            scrub_text(scrubber, &vault, text, len, &out);
            double seconds = now_seconds() - begin, cpu = cpu_seconds() - begin_cpu;
            best = seconds < best ? seconds : best;
            best_cpu = cpu < best_cpu ? cpu : best_cpu;
            arena_release(&arena);
        }
        printf("  %-26s %8.2f ms %8.0f MB/s  (CPU %.2f ms, %.0f MB/s)\n", shapes[i][0], best * 1e3,
               (double)len / best / 1e6, best_cpu * 1e3, (double)len / best_cpu / 1e6);
    }
    free(text);
}

/* The slowest bodies a corpus holds, not only the shapes built by hand above: each case's
 * text (JSONL, the "text" of each line) repeated to `size` bytes, as a body at the size limit
 * would be, scrubbed as one text; CPU ms, best of CORPUS_RUNS. Prints the CORPUS_SLOWEST
 * slowest with their ids, never their texts (some halves must not be read). */
enum { CORPUS_RUNS = 3, CORPUS_SLOWEST = 10, CORPUS_LINE = 1 << 21 };

struct timed_case {
    char id[64];
    double ms;
};

static int slower_first(const void *a, const void *b)
{
    double x = ((const struct timed_case *)a)->ms, y = ((const struct timed_case *)b)->ms;
    return x > y ? -1 : x < y;
}

/* `text` repeated into `out` up to `size` bytes (whole copies, then a cut one). */
static size_t repeat_text(const char *text, size_t len, char *out, size_t size)
{
    size_t at = 0;
    while (len > 0 && at < size) {
        size_t piece = size - at < len ? size - at : len;
        memcpy(out + at, text, piece);
        at += piece;
    }
    return at;
}

static double scrub_cpu_ms(struct scrubber *scrubber, const char *text, size_t len, int runs)
{
    double best = 1e9;
    for (int run = 0; run < runs; run++) {
        struct arena arena;
        arena_init(&arena, ARENA_REQUEST_CHUNK);
        struct vault vault;
        vault_init(&vault, &arena, NULL, 0);
        struct buffer out;
        buffer_init(&out, &arena, len + 256);
        double begin = cpu_seconds();
        scrub_text(scrubber, &vault, text, len, &out);
        double cpu = cpu_seconds() - begin;
        best = cpu < best ? cpu : best;
        arena_release(&arena);
    }
    return best * 1e3;
}

static void corpus_slowest(struct scrubber *scrubber, int count, char **paths, size_t size)
{
    char *line = malloc(CORPUS_LINE);
    char *body = malloc(size + 1);
    struct timed_case *cases = NULL;
    size_t case_count = 0, capacity = 0;
    for (int p = 0; p < count; p++) {
        FILE *file = fopen(paths[p], "r");
        if (file == NULL) {
            perror(paths[p]);
            continue;
        }
        while (fgets(line, CORPUS_LINE, file) != NULL) {
            struct arena arena;
            arena_init(&arena, ARENA_REQUEST_CHUNK);
            struct json_error error;
            struct json_value *root = json_parse(&arena, line, strlen(line), 16, &error);
            struct slice text = root != NULL ? json_get_string(root, "text") : slice_of(NULL, 0);
            if (text.ptr != NULL && text.len > 0) {
                if (case_count == capacity) {
                    capacity = capacity ? capacity * 2 : 1024;
                    cases = realloc(cases, capacity * sizeof *cases);
                }
                struct slice id = json_get_string(root, "id");
                struct timed_case *timed = &cases[case_count++];
                snprintf(timed->id, sizeof timed->id, "%.*s", (int)id.len, id.ptr ? id.ptr : "?");
                size_t len = repeat_text(text.ptr, text.len, body, size);
                timed->ms = scrub_cpu_ms(scrubber, body, len, CORPUS_RUNS);
            }
            arena_release(&arena);
        }
        fclose(file);
    }
    qsort(cases, case_count, sizeof *cases, slower_first);
    printf("corpus: %zu cases, each repeated to %zu bytes (CPU, best of %d); the slowest:\n", case_count, size,
           CORPUS_RUNS);
    for (size_t i = 0; i < case_count && i < CORPUS_SLOWEST; i++) {
        printf("  %-24s %6.2f ms\n", cases[i].id, cases[i].ms);
    }
    free(cases);
    free(body);
    free(line);
}

/* One part alone, for instruction counts under callgrind (deterministic where wall time is
 * not): `mixed MB`, `dense MB` (scrub_text over that text once), `request RUNS` (the 2 KB
 * request), `shape NAME [RUNS [BYTES]]` (one adversarial shape, one run, or the best of RUNS for
 * wall time on a noisy machine; NAME `all` runs each shape in turn: with callgrind's
 * --dump-after=scrub_text, one profile per shape from one start; BYTES, 90,000 unless
 * given, sizes the text: 102400 for the 100 KiB of the 5 ms rule). Returns false if `mode`
 * is none. */
static bool run_one_part(struct scrubber *scrubber, const char *mode, const char *argument, const char *runs,
                         const char *bytes)
{
    if (strcmp(mode, "mixed") == 0 || strcmp(mode, "dense") == 0) {
        size_t len;
        char *text = build_text((size_t)atoi(argument) << 20, mode[0] == 'd', &len);
        printf("%s: scrub_text %.0f MB/s\n", mode, throughput(scrubber, text, len, 0));
        free(text);
        return true;
    }
    if (strcmp(mode, "request") == 0) {
        whole_request(scrubber, atoi(argument));
        return true;
    }
    if (strcmp(mode, "repeat") == 0) {
        /* `repeat UNIT [RUNS [BYTES]]`: any text repeated, to try a shape before listing it. */
        size_t size = bytes != NULL && atoi(bytes) > 0 ? (size_t)atoi(bytes) : SHAPE_BYTES;
        char *text = malloc(size + 1);
        size_t len = repeat_text(argument, strlen(argument), text, size);
        int count = runs != NULL && atoi(runs) > 0 ? atoi(runs) : 1;
        CALLGRIND_START_INSTRUMENTATION;
        printf("repeat, %zu bytes: CPU %.2f ms (best of %d)\n", len, scrub_cpu_ms(scrubber, text, len, count), count);
        free(text);
        return true;
    }
    if (strcmp(mode, "shape") == 0) {
        size_t size = bytes != NULL && atoi(bytes) > 0 ? (size_t)atoi(bytes) : SHAPE_BYTES;
        adversarial_shapes(scrubber, argument, runs != NULL && atoi(runs) > 0 ? atoi(runs) : 1, size);
        return true;
    }
    return false;
}

int main(int argc, char **argv)
{
    bool only_distinct = argc > 1 && strcmp(argv[1], "distinct") == 0;
    size_t megabytes = argc > 1 ? (size_t)atoi(argv[1]) : 64;
    struct scrub_config config = { .enabled = true };
    struct scrubber scrubber;
    char error[256];
    double start = now_seconds();
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        fprintf(stderr, "%s\n", error);
        return 1;
    }
    printf("scrubber built in %.1f ms (%zu patterns, name table)\n", (now_seconds() - start) * 1e3,
           scrubber.type_count);
    if (argc > 2 && strcmp(argv[1], "corpus") == 0) {
        /* `corpus [BYTES=N] HALF.jsonl …`: the slowest cases, each repeated to N bytes. */
        int first = 2;
        size_t size = 102400;
        if (strncmp(argv[2], "BYTES=", 6) == 0) {
            size = (size_t)atoi(argv[2] + 6);
            first = 3;
        }
        corpus_slowest(&scrubber, argc - first, argv + first, size);
        scrubber_release(&scrubber);
        arena_cache_release();
        return 0;
    }
    if (argc > 2 && run_one_part(&scrubber, argv[1], argv[2], argc > 3 ? argv[3] : NULL, argc > 4 ? argv[4] : NULL)) {
        scrubber_release(&scrubber);
        arena_cache_release();
        return 0;
    }
    if (only_distinct) {
        distinct_values(&scrubber);
        scrubber_release(&scrubber);
        arena_cache_release();
        return 0;
    }
    size_t len, dense_len;
    char *text = build_text(megabytes << 20, false, &len);
    char *dense = build_text(megabytes << 18, true, &dense_len);
    throughput(&scrubber, text, len < (4u << 20) ? len : (4u << 20), 0);      /* warm up */
    printf("mixed text: %.1f MB of prose, code, logs, SQL, YAML, e-mail and JSON\n", (double)len / 1e6);
    printf("  scrub_text, all types: %7.0f MB/s\n", throughput(&scrubber, text, len, 0));
    printf("    Hyperscan patterns:  %7.0f MB/s\n", throughput(&scrubber, text, len, 1));
    printf("    names (PERSON):      %7.0f MB/s\n", throughput(&scrubber, text, len, 2));
    printf("dense text: %.1f MB of only the blocks with sensitive values (one per ~60 bytes)\n",
           (double)dense_len / 1e6);
    printf("  scrub_text, all types: %7.0f MB/s\n", throughput(&scrubber, dense, dense_len, 0));
    free(dense);

    enum { RUNS = 20000, PROMPT = 2048 };
    double *samples = malloc(sizeof *samples * RUNS);
    for (int run = 0; run < RUNS; run++) {
        const char *prompt = text + (size_t)(run % 1000) * 997 % (len - PROMPT);
        struct arena arena;
        arena_init(&arena, ARENA_REQUEST_CHUNK);
        double begin = now_seconds();
        struct vault vault;
        vault_init(&vault, &arena, NULL, 0);
        struct buffer out;
        buffer_init(&out, &arena, PROMPT + 256);
        scrub_text(&scrubber, &vault, prompt, PROMPT, &out);
        samples[run] = (now_seconds() - begin) * 1e6;
        arena_release(&arena);
    }
    qsort(samples, RUNS, sizeof *samples, by_value);
    printf("2 KB prompt: median %.1f us, p99 %.1f us added by scrub_text\n", samples[RUNS / 2],
           samples[RUNS * 99 / 100]);
    free(samples);
    whole_request(&scrubber, 20000);
    adversarial_shapes(&scrubber, NULL, 0, SHAPE_BYTES);
    free(text);
    distinct_values(&scrubber);
    scrubber_release(&scrubber);
    arena_cache_release();
    return 0;
}
