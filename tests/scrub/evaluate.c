/* evaluate.c — recall and precision of the scrubber on a labelled corpus.
 *
 *   scrub_evaluate CORPUS.jsonl [--check] [--tap] [--verbose] [--floor X]
 *
 * Each line: {"text": …, "entities": [{"type": …, "value": …}], "decoys": [ … ]}
 * (tests/scrub/generate_corpus.py writes one). Every text is scrubbed with all types on.
 *   recall     an expected value is masked: some placeholder stands for exactly it, or for
 *              a span containing it (a partly masked value counts as missed);
 *   precision  a masked value is expected: it equals, contains or lies inside one;
 *   decoys     a decoy is still in the scrubbed text, verbatim.
 * Prints one line per type. With --check, exits 1 unless the targets of issue 4 hold:
 * recall >= 0.99 on checksum- and prefix-defined types, >= 0.97 on PHONE, >= 0.90 on
 * PERSON, and decoys kept >= 0.98; with --floor X, instead every type's recall and the
 * decoys kept must reach X (the held-out corpus's regression bar, tests/scrub/heldout).
 * --tap prints those checks as TAP for the test suite;
 * --verbose prints each miss, false positive and lost decoy, then the case as scrubbed
 * (values: test data only). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scrub/scrub.h"
#include "transforms/foundation/json.h"

enum { MAX_TYPES = 64, MAX_LINE = 1 << 20 };

struct tally {
    const char *type;
    size_t expected, found;       /* recall */
    size_t masked, correct;       /* precision */
};

static struct tally tallies[MAX_TYPES];
static size_t tally_count;

static struct tally *tally_of(const char *type)
{
    for (size_t i = 0; i < tally_count; i++) {
        if (strcmp(tallies[i].type, type) == 0) {
            return &tallies[i];
        }
    }
    if (tally_count == MAX_TYPES) {
        fprintf(stderr, "too many types\n");
        exit(2);
    }
    tallies[tally_count].type = strdup(type);
    return &tallies[tally_count++];
}

static bool contains(struct slice haystack, struct slice needle)
{
    return needle.len <= haystack.len && memmem(haystack.ptr, haystack.len, needle.ptr, needle.len) != NULL;
}

/* Types whose shape is fixed by a checksum or a literal prefix: recall 0.99. */
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

static void evaluate_case(struct scrubber *scrubber, const struct json_value *line, size_t *decoys,
                          size_t *decoys_kept, bool verbose)
{
    struct arena arena;
    arena_init(&arena, ARENA_REQUEST_CHUNK);
    struct slice text = json_get_string(line, "text");
    struct vault vault;
    vault_init(&vault, &arena, &text, 1);
    struct buffer out;
    buffer_init(&out, &arena, text.len + 64);
    if (scrub_text(scrubber, &vault, text.ptr, text.len, &out) == (size_t)-1) {
        fprintf(stderr, "scan failed\n");
        exit(2);
    }
    struct slice scrubbed = slice_of(out.data, out.len);
    bool wrong = false;
    const struct json_value *entities = json_get(line, "entities");
    for (size_t i = 0; entities != NULL && i < entities->array.count; i++) {
        const struct json_value *entity = entities->array.items[i];
        struct slice type = json_get_string(entity, "type"), value = json_get_string(entity, "value");
        struct tally *tally = tally_of(type.ptr);
        tally->expected++;
        bool found = false;
        for (size_t v = 0; v < vault.count && !found; v++) {
            found = contains(vault.entries[v].value, value);
        }
        tally->found += found;
        wrong = wrong || !found;
        if (!found && verbose) {
            printf("missed %s: %.*s\n", type.ptr, (int)value.len, value.ptr);
        }
    }
    for (size_t v = 0; v < vault.count; v++) {
        const struct vault_entry *entry = &vault.entries[v];
        struct tally *tally = tally_of(entry->type);
        tally->masked++;
        bool correct = false;
        for (size_t i = 0; entities != NULL && i < entities->array.count && !correct; i++) {
            struct slice value = json_get_string(entities->array.items[i], "value");
            correct = contains(entry->value, value) || contains(value, entry->value);
        }
        tally->correct += correct;
        wrong = wrong || !correct;
        if (!correct && verbose) {
            printf("false %s: %.*s\n", entry->type, (int)entry->value.len, entry->value.ptr);
        }
    }
    const struct json_value *decoy_list = json_get(line, "decoys");
    for (size_t i = 0; decoy_list != NULL && i < decoy_list->array.count; i++) {
        struct slice decoy = slice_of(decoy_list->array.items[i]->string.text, decoy_list->array.items[i]->string.len);
        (*decoys)++;
        bool kept = contains(scrubbed, decoy);
        *decoys_kept += kept;
        wrong = wrong || !kept;
        if (!kept && verbose) {
            printf("decoy lost: %.*s\n", (int)decoy.len, decoy.ptr);
        }
    }
    if (wrong && verbose) {
        printf("  in: %.*s\n", (int)scrubbed.len, scrubbed.ptr);   /* the case as scrubbed */
    }
    arena_release(&arena);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: scrub_evaluate CORPUS.jsonl [--check] [--tap] [--verbose] [--floor X]\n");
        return 2;
    }
    bool check = false, verbose = false, tap = false;
    double floor = 0;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--floor") == 0 && i + 1 < argc) {
            floor = atof(argv[++i]);
        }
        check = check || strcmp(argv[i], "--check") == 0;
        tap = tap || strcmp(argv[i], "--tap") == 0;
        verbose = verbose || strcmp(argv[i], "--verbose") == 0;
    }
    FILE *corpus = fopen(argv[1], "r");
    if (corpus == NULL) {
        perror(argv[1]);
        return 2;
    }
    struct scrub_config config = { .enabled = true };
    struct scrubber scrubber;
    char error[256];
    if (!scrubber_init(&scrubber, &config, error, sizeof error)) {
        fprintf(stderr, "%s\n", error);
        return 2;
    }
    char *line = malloc(MAX_LINE);
    size_t cases = 0, decoys = 0, decoys_kept = 0;
    while (fgets(line, MAX_LINE, corpus) != NULL) {
        struct arena arena;
        arena_init(&arena, ARENA_REQUEST_CHUNK);
        struct json_error json_error;
        struct json_value *root = json_parse(&arena, line, strlen(line), 16, &json_error);
        if (root == NULL || !json_is(json_get(root, "text"), JSON_STRING)) {
            fprintf(stderr, "line %zu: %s\n", cases + 1, root ? "no text" : json_error.message);
            return 2;
        }
        evaluate_case(&scrubber, root, &decoys, &decoys_kept, verbose);
        arena_release(&arena);
        cases++;
    }
    fclose(corpus);
    free(line);
    size_t least_cases = floor > 0 ? 100 : 1000;
    double decoy_target = floor > 0 ? floor : 0.98;
    bool met = cases >= least_cases;
    if (tap) {
        printf("TAP version 13\n1..%zu\n", tally_count + 2);
        printf("%s 1 - corpus has %zu cases (at least %zu)\n", met ? "ok" : "not ok", cases, least_cases);
    }
    printf("%s%-24s %8s %8s %8s %8s %9s %6s\n", tap ? "# " : "", "type", "expected", "found", "recall", "masked",
           "precision", "target");
    for (size_t i = 0; i < tally_count; i++) {
        const struct tally *tally = &tallies[i];
        double recall = tally->expected ? (double)tally->found / (double)tally->expected : 1.0;
        double precision = tally->masked ? (double)tally->correct / (double)tally->masked : 1.0;
        double target = floor > 0 ? floor : recall_target(tally->type);
        bool ok = tally->expected == 0 || recall >= target;
        met = met && ok;
        if (tap) {
            printf("%s %zu - %s recall %.3f (target %.2f), precision %.3f, %zu values\n", ok ? "ok" : "not ok", i + 2,
                   tally->type, recall, target, precision, tally->expected);
        } else {
            printf("%-24s %8zu %8zu %8.3f %8zu %9.3f %6.2f%s\n", tally->type, tally->expected, tally->found, recall,
                   tally->masked, precision, target, ok ? "" : "  BELOW TARGET");
        }
    }
    double kept = decoys ? (double)decoys_kept / (double)decoys : 1.0;
    met = met && kept >= decoy_target;
    if (tap) {
        printf("%s %zu - decoys kept %zu/%zu = %.3f (target %.2f)\n", kept >= decoy_target ? "ok" : "not ok",
               tally_count + 2, decoys_kept, decoys, kept, decoy_target);
    } else {
        printf("%zu cases; decoys kept %zu/%zu = %.3f (target %.2f)\n", cases, decoys_kept, decoys, kept,
               decoy_target);
    }
    scrubber_release(&scrubber);
    arena_cache_release();
    return check && !met ? 1 : 0;
}
