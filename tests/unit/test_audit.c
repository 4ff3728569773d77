/* proxy/audit.h: the chain stays verifiable when a write comes up short, when a writer
 * left a torn or an unacknowledged record behind, and when several processes append. */
#include "tests/unit/unit.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "proxy/audit.h"

struct audit_fixture {
    char directory[64];
    char path[96];
    struct arena arena;
    struct buffer scratch;
};

static int setup(void **state)
{
    struct audit_fixture *f = calloc(1, sizeof *f);
    snprintf(f->directory, sizeof f->directory, "/tmp/lethe-test-audit-XXXXXX");
    assert_non_null(mkdtemp(f->directory));
    snprintf(f->path, sizeof f->path, "%s/audit.log", f->directory);
    arena_init(&f->arena, 4096);
    buffer_init(&f->scratch, &f->arena, 640);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct audit_fixture *f = *state;
    unlink(f->path);
    rmdir(f->directory);
    arena_release(&f->arena);
    free(f);
    return 0;
}

static struct audit_chain *open_chain(struct audit_fixture *f)
{
    char error[256] = "";
    struct audit_chain *chain = audit_open(f->path, error, sizeof error);
    if (chain == NULL) {
        fail_msg("audit_open: %s", error);
    }
    return chain;
}

static void append(struct audit_fixture *f, struct audit_chain *chain, int number)
{
    char record[128];
    int len = snprintf(record, sizeof record, "{\"status\":200,\"route\":\"default\",\"number\":%d}", number);
    audit_append(chain, slice_of(record, (size_t)len), &f->scratch);
}

static long long file_size(const char *path)
{
    struct stat status;
    assert_int_equal(stat(path, &status), 0);
    return (long long)status.st_size;
}

static bool verified(const char *path, char *report, size_t report_size)
{
    FILE *out = fmemopen(report, report_size, "w");
    assert_non_null(out);
    bool ok = audit_verify(path, out);
    fclose(out);
    return ok;
}

static void assert_intact(const char *path, unsigned long long records)
{
    char report[512] = "", wanted[64];
    if (!verified(path, report, sizeof report)) {
        fail_msg("the chain does not verify: %s", report);
    }
    snprintf(wanted, sizeof wanted, "audit: %llu record%s, chain intact", records, records == 1 ? "" : "s");
    if (strstr(report, wanted) == NULL) {
        fail_msg("wanted '%s', got '%s'", wanted, report);
    }
}

/* The file may grow 40 bytes more: the next record is cut short, then refused (EFBIG). */
static void a_short_write_leaves_no_partial_record(void **state)
{
    struct audit_fixture *f = *state;
    struct audit_chain *chain = open_chain(f);
    append(f, chain, 1);
    append(f, chain, 2);
    long long before = file_size(f->path);

    struct rlimit saved;
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved), 0);
    void (*previous)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit tight = { .rlim_cur = (rlim_t)before + 40, .rlim_max = saved.rlim_max };
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &tight), 0);
    append(f, chain, 3);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved), 0);
    signal(SIGXFSZ, previous);

    assert_int_equal(file_size(f->path), before);          /* the 40 bytes that got out are gone */
    append(f, chain, 4);
    audit_close(chain);
    assert_intact(f->path, 3);
}

/* A writer that stopped mid-line (killed, or its disk filled) left a torn tail. */
static void a_torn_tail_is_cut(void **state)
{
    struct audit_fixture *f = *state;
    struct audit_chain *chain = open_chain(f);
    append(f, chain, 1);
    FILE *other = fopen(f->path, "a");
    assert_non_null(other);
    fputs("{\"seq\":2,\"prev\":\"00", other);
    fclose(other);
    append(f, chain, 2);
    append(f, chain, 3);
    audit_close(chain);
    assert_intact(f->path, 3);
}

/* A writer that wrote a whole record and died before moving the head: the record stays
 * and the chain continues after it. A second chain on the same file plays that writer. */
static void an_unacknowledged_whole_record_is_kept(void **state)
{
    struct audit_fixture *f = *state;
    struct audit_chain *chain = open_chain(f);
    append(f, chain, 1);
    struct audit_chain *dead_writer = open_chain(f);
    append(f, dead_writer, 2);
    audit_close(dead_writer);
    append(f, chain, 3);
    audit_close(chain);
    assert_intact(f->path, 3);
}

enum { WRITERS = 3, RECORDS_EACH = 40 };

static void processes_share_one_chain(void **state)
{
    struct audit_fixture *f = *state;
    struct audit_chain *chain = open_chain(f);
    pid_t children[WRITERS];
    for (int w = 0; w < WRITERS; w++) {
        children[w] = fork();
        assert_true(children[w] >= 0);
        if (children[w] == 0) {
            for (int i = 0; i < RECORDS_EACH; i++) {
                append(f, chain, w * 1000 + i);
            }
            _exit(0);
        }
    }
    for (int w = 0; w < WRITERS; w++) {
        int status = 0;
        assert_int_equal(waitpid(children[w], &status, 0), children[w]);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    append(f, chain, -1);                                  /* the parent's head followed them */
    audit_close(chain);
    assert_intact(f->path, WRITERS * RECORDS_EACH + 1);
}

int main(void)
{
#define TEST(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
    const struct CMUnitTest tests[] = {
        TEST(a_short_write_leaves_no_partial_record),
        TEST(a_torn_tail_is_cut),
        TEST(an_unacknowledged_whole_record_is_kept),
        TEST(processes_share_one_chain),
    };
#undef TEST
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_cache_release();
    return failed;
}
