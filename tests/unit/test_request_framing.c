/* proxy/request_framing.h: what evhtp would misread in a head or a chunked body's framing is
 * refused with a status and a message; what it reads right passes; the verdict and where
 * each phase ends do not depend on how the bytes were cut into pieces. */
#include "tests/unit/unit.h"

#include <stdlib.h>
#include <string.h>

#include "proxy/request_framing.h"
#include "tests/unit/framing_testing.h"

enum { MAX_HEAD = 16 * 1024, MAX_BODY = 1024 * 1024 };

/* A text read as the server reads it (framing_testing.h), pieces of `piece` bytes (0: all at
 * once); no read may break the reading's contract. */
static struct framing_outcome read_text(const char *text, size_t len, size_t piece)
{
    struct framing_outcome outcome =
        framing_read_in_pieces((const unsigned char *)text, len, piece, MAX_HEAD, MAX_BODY);
    assert_false(outcome.broke_contract);
    return outcome;
}

#define TEXT(literal) (literal), sizeof(literal) - 1

static void assert_passes(const char *text, size_t len, enum framing_phase phase, size_t head_end)
{
    struct framing_outcome outcome = read_text(text, len, 0);
    assert_int_equal(outcome.verdict.status, 0);
    assert_int_equal(outcome.phase, phase);
    assert_int_equal(outcome.head_end, head_end);
}

static void assert_refused(const char *text, size_t len, int status, const char *message)
{
    struct framing_outcome outcome = read_text(text, len, 0);
    assert_int_equal(outcome.verdict.status, status);
    assert_string_equal(outcome.verdict.message, message);
}

static void heads_evhtp_reads_pass(void **state)
{
    (void)state;
    static const char get[] = "GET /v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n";
    assert_passes(TEXT(get), FRAMING_PASSED, sizeof get - 1);
    /* A body after the head is not read: the head's end is where the framing stops. */
    static const char post[] = "POST /v1/chat/completions HTTP/1.1\r\nContent-Length:  12 \r\n\r\n{\"a\":\"b c\"}\n";
    assert_passes(TEXT(post), FRAMING_PASSED, sizeof post - 1 - 12);
    /* Bare LFs, an absolute URI, a method evhtp has no name for (the router's to refuse). */
    assert_passes(TEXT("GET http://x/ HTTP/1.1\nA: b\n\n"), FRAMING_PASSED, 29);
    assert_passes(TEXT("FOO_BAR / HTTP/1.1\r\n\r\n"), FRAMING_PASSED, 22);
    /* A head cut short is still being read. */
    struct framing_outcome outcome = read_text(TEXT("POST / HTTP/1.1\r\nHost: x\r\n"), 0);
    assert_int_equal(outcome.phase, FRAMING_HEAD);
    assert_int_equal(outcome.head_lines, 2);
}

static void request_lines_evhtp_drops_are_refused(void **state)
{
    (void)state;
    assert_refused(TEXT("get / HTTP/1.1\r\n"), 400, "the request line does not start with a method");
    assert_refused(TEXT(" GET / HTTP/1.1\r\n"), 400, "the request line does not start with a method");
    assert_refused(TEXT("OPTIONS * HTTP/1.1\r\n"), 400, "the request target must be a path");
    assert_refused(TEXT("GET  ?x HTTP/1.1\r\n"), 400, "the request target must be a path");
}

static void framing_headers_that_could_smuggle_are_refused(void **state)
{
    (void)state;
    assert_refused(TEXT("POST / HTTP/1.1\r\n Host: x\r\n"), 400, "whitespace in or before a header name");
    assert_refused(TEXT("POST / HTTP/1.1\r\nHost : x\r\n"), 400, "whitespace in or before a header name");
    assert_refused(TEXT("POST / HTTP/1.1\r\nContent-Length: 1\r\ncontent-length: 1\r\n"), 400,
                   "more than one Content-Length header");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"), 400,
                   "more than one Transfer-Encoding header");
    assert_refused(TEXT("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n"), 400,
                   "Content-Length and Transfer-Encoding together");
    assert_refused(TEXT("POST / HTTP/1.1\r\nContent-Length: 1 2\r\n"), 400, "Content-Length is not a number");
    assert_refused(TEXT("POST / HTTP/1.1\r\nContent-Length: -1\r\n"), 400, "Content-Length is not a number");
    assert_refused(TEXT("POST / HTTP/1.1\r\nContent-Length: \r\n"), 400, "Content-Length is not a number");
    assert_refused(TEXT("POST / HTTP/1.1\r\nContent-Length: 12345678901234567890\r\n"), 413,
                   "request body is larger than the limit");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n"), 400,
                   "Transfer-Encoding must be exactly 'chunked'");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: CHUNKED\r\n"), 400,
                   "Transfer-Encoding must be exactly 'chunked'");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked \r\n"), 400,
                   "Transfer-Encoding must be exactly 'chunked'");
    /* Leading blanks are skipped, as evhtp skips them; the name's case is free. */
    assert_passes(TEXT("POST / HTTP/1.1\r\ntransfer-encoding:   chunked\r\n\r\n0\r\n\r\n"), FRAMING_PASSED, 49);
}

static void long_lines_and_heads_are_refused(void **state)
{
    (void)state;
    static char text[MAX_HEAD + 64];
    size_t len = 9000;
    memset(text, 'a', sizeof text);
    memcpy(text, "GET /", 5);
    assert_refused(text, len, 414, "request URI is too long");
    memcpy(text, "GET / HTTP/1.1\r\nX: ", 19);
    assert_refused(text, len, 431, "request headers are too large");
    /* Many short header lines: the head's limit, not a line's. */
    size_t at = 16;
    memcpy(text, "GET / HTTP/1.1\r\n", at);
    while (at + 6 <= sizeof text) {
        memcpy(text + at, "A: 1\r\n", 6);
        at += 6;
    }
    assert_refused(text, at, 431, "request headers are too large");
}

static void chunked_framing_is_read(void **state)
{
    (void)state;
    static const char body[] = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nA\r\n0123456789\r\n0\r\n\r\nGET";
    struct framing_outcome outcome = read_text(TEXT(body), 0);
    assert_int_equal(outcome.verdict.status, 0);
    assert_int_equal(outcome.phase, FRAMING_PASSED);
    assert_int_equal(outcome.head_end, 47);
    assert_int_equal(outcome.taken, sizeof body - 1 - 3);       /* the next request's bytes stay */

    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\n"), 400,
                   "chunk extensions are not supported");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n00000000000000005\r\n"), 400,
                   "a chunk size has more than 16 hex digits");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n"), 413,
                   "request body is larger than the limit");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n\r\n"), 400,
                   "a chunk size line must be hex digits and CRLF");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n"), 400,
                   "a chunk's data must be followed by CRLF");
    assert_refused(TEXT("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-Trailer: 1\r\n\r\n"), 400,
                   "trailer fields after a chunked body are not supported");
}

/* Texts made of the pieces heads are made of, refused ones and passing ones alike. */
static size_t random_text(char *out, size_t room, unsigned *seed)
{
    static const char *const parts[] = {
        "GET ", "POST ", "get ", "/v1/chat ", "*", " HTTP/1.1", "\r\n", "\n", "\r", " ", "\t", ":",
        "Host: x", "Content-Length: ", "content-length:", "Transfer-Encoding: ", "chunked", "Chunked",
        "gzip", "12", "0", "5", "ffff", ";", "hello", "A: b", "X", "\r\n\r\n", "0\r\n\r\n", "5\r\nhello\r\n",
    };
    size_t len = 0;
    int count = 1 + rand_r(seed) % 24;
    for (int i = 0; i < count; i++) {
        const char *part = parts[rand_r(seed) % (int)(sizeof parts / sizeof parts[0])];
        size_t part_len = strlen(part);
        if (len + part_len > room) {
            break;
        }
        memcpy(out + len, part, part_len);
        len += part_len;
    }
    return len;
}

static void pieces_do_not_change_the_verdict(void **state)
{
    (void)state;
    unsigned seed = 20261207;
    char text[512];
    int refused = 0, passed = 0;
    for (int round = 0; round < 20000; round++) {
        size_t len = random_text(text, sizeof text, &seed);
        struct framing_outcome whole = read_text(text, len, 0);
        for (size_t piece = 1; piece <= 7; piece += 3) {
            struct framing_outcome cut = read_text(text, len, piece);
            assert_int_equal(cut.verdict.status, whole.verdict.status);
            if (whole.verdict.status != 0) {
                assert_string_equal(cut.verdict.message, whole.verdict.message);
                continue;
            }
            assert_int_equal(cut.phase, whole.phase);
            assert_int_equal(cut.head_end, whole.head_end);
            assert_int_equal(cut.taken, whole.taken);
            assert_int_equal(cut.head_lines, whole.head_lines);
        }
        refused += whole.verdict.status != 0;
        passed += whole.verdict.status == 0 && whole.phase == FRAMING_PASSED;
    }
    /* The texts reach both ends, or the comparison proves little. */
    assert_true(refused > 2000);
    assert_true(passed > 200);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(heads_evhtp_reads_pass),
        cmocka_unit_test(request_lines_evhtp_drops_are_refused),
        cmocka_unit_test(framing_headers_that_could_smuggle_are_refused),
        cmocka_unit_test(long_lines_and_heads_are_refused),
        cmocka_unit_test(chunked_framing_is_read),
        cmocka_unit_test(pieces_do_not_change_the_verdict),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
