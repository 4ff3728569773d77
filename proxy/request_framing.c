#include "proxy/request_framing.h"

#include <string.h>
#include <strings.h>

/* MAX_LINE_BYTES: evhtp's parser drops a connection, unanswered, on any line longer than
 * 8192 bytes: lines are measured before it sees them, and refused a little earlier.
 * MAX_LENGTH_DIGITS: evhtp's parser drops a Content-Length of more than 20 digits;
 * 19 digits exceed any body limit, which is all the refusal needs to say.
 * MAX_CHUNK_DIGITS: a chunk size that fits in 64 bits. */
enum {
    MAX_LINE_BYTES = 8000,
    MAX_LENGTH_DIGITS = 19,
    MAX_CHUNK_DIGITS = 16,
};

static const struct framing_verdict fine = { 0, NULL };

static struct framing_verdict refusal(int status, const char *message)
{
    return (struct framing_verdict){ status, message };
}

void request_framing_start(struct request_framing *framing, size_t max_head_bytes, size_t max_body_bytes)
{
    memset(framing, 0, sizeof *framing);
    framing->phase = FRAMING_HEAD;
    framing->position = REQUEST_METHOD;
    framing->max_head_bytes = max_head_bytes;
    framing->max_body_bytes = max_body_bytes;
}

void request_framing_pass(struct request_framing *framing)
{
    framing->phase = FRAMING_PASSED;
}

static bool in_request_line(const struct request_framing *framing)
{
    return framing->position <= REQUEST_TARGET;
}

/* ---- the head ---- */

static bool is_header(const struct request_framing *framing, const char *name)
{
    return framing->header_name_len == strlen(name)
           && strncasecmp(framing->header_name, name, framing->header_name_len) == 0;
}

/* One byte of the request line. evhtp's parser drops a connection, unanswered, on a method
 * that is not capital letters and underscores: such a line is refused here. (A well-formed
 * method it has no name for, "FOO", is the router's.) It also drops one at a target that is
 * neither a path nor an absolute URI ("OPTIONS *", "GET ?x"); it skips spaces before it. */
static struct framing_verdict read_request_line_byte(struct request_framing *framing, unsigned char byte)
{
    switch (framing->position) {
    case REQUEST_METHOD:
        if (byte == ' ' && framing->line_bytes > 1) {
            framing->position = REQUEST_BEFORE_TARGET;
            return fine;
        }
        if ((byte >= 'A' && byte <= 'Z') || byte == '_') {
            return fine;
        }
        return refusal(400, "the request line does not start with a method");
    case REQUEST_BEFORE_TARGET: {
        if (byte == ' ') {
            return fine;
        }
        framing->position = REQUEST_TARGET;
        bool letter = (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
        if (byte != '/' && !letter) {
            return refusal(400, "the request target must be a path");
        }
        return fine;
    }
    default:
        return fine;
    }
}

/* A header's name has ended at its colon: what its value is read as. Two lengths, a
 * length with a Transfer-Encoding, or (below) a length that is not a number could make us
 * and a server behind us disagree on where this request ends (request smuggling): each is
 * refused. Identical duplicate lengths, which RFC 9110 would allow, are refused too: no
 * client needs to send them. */
static struct framing_verdict end_header_name(struct request_framing *framing)
{
    framing->position = HEADER_VALUE;
    if (is_header(framing, "Transfer-Encoding")) {
        framing->transfer_encodings++;
        framing->position = CODING_VALUE;
        framing->coding_len = 0;
    } else if (is_header(framing, "Content-Length")) {
        framing->content_lengths++;
        framing->position = LENGTH_BEFORE_DIGITS;
        framing->length_digits = 0;
    }
    if (framing->content_lengths > 1) {
        return refusal(400, "more than one Content-Length header");
    }
    if (framing->transfer_encodings > 1) {
        return refusal(400, "more than one Transfer-Encoding header");
    }
    if (framing->content_lengths > 0 && framing->transfer_encodings > 0) {
        return refusal(400, "Content-Length and Transfer-Encoding together");
    }
    return fine;
}

/* One byte of a Content-Length's value: digits between optional blanks. */
static struct framing_verdict read_length_byte(struct request_framing *framing, unsigned char byte)
{
    if (byte == '\r') {
        return fine;
    }
    if (byte == ' ' || byte == '\t') {
        if (framing->position == LENGTH_DIGITS) {
            framing->position = LENGTH_AFTER_DIGITS;
        }
        return fine;
    }
    if (byte < '0' || byte > '9' || framing->position == LENGTH_AFTER_DIGITS) {
        return refusal(400, "Content-Length is not a number");
    }
    framing->position = LENGTH_DIGITS;
    if (++framing->length_digits > MAX_LENGTH_DIGITS) {
        return refusal(413, "request body is larger than the limit");
    }
    return fine;
}

/* One byte of a header line (not the request line), for the framing rules: the name up to
 * its colon (no whitespace before it: RFC 9112 5.1), a Content-Length's value, a
 * Transfer-Encoding's value as evhtp will read it (leading spaces skipped). */
static struct framing_verdict read_header_byte(struct request_framing *framing, unsigned char byte)
{
    if (framing->position == HEADER_LINE_START) {
        framing->position = HEADER_NAME;
        framing->header_name_len = 0;
    }
    switch (framing->position) {
    case HEADER_NAME:
        if (byte == ' ' || byte == '\t') {
            return refusal(400, "whitespace in or before a header name");
        }
        if (byte == ':') {
            return end_header_name(framing);
        }
        if (framing->header_name_len < sizeof framing->header_name) {
            framing->header_name[framing->header_name_len] = (char)byte;
        }
        framing->header_name_len++;
        return fine;
    case CODING_VALUE:
        if (byte != '\r' && (byte != ' ' || framing->coding_len > 0)) {
            if (framing->coding_len < sizeof framing->coding) {
                framing->coding[framing->coding_len] = (char)byte;
            }
            framing->coding_len++;
        }
        return fine;
    case LENGTH_BEFORE_DIGITS:
    case LENGTH_DIGITS:
    case LENGTH_AFTER_DIGITS:
        return read_length_byte(framing, byte);
    default:
        return fine;
    }
}

/* Is the Transfer-Encoding value one evhtp's parser reads as chunked? It knows no other
 * coding and no other spelling ("CHUNKED", "chunked " with a trailing blank, "gzip, chunked"):
 * with any of them it would read no body at all and take the body's bytes for the next
 * request, where a server in front of us may have read a body (request smuggling). RFC 9112
 * 6.3 asks a 400 and a closed connection when chunked is not the final coding. */
static bool coding_is_chunked(const struct request_framing *framing)
{
    return framing->coding_len == 7
           && (memcmp(framing->coding, "chunked", 7) == 0 || memcmp(framing->coding, "Chunked", 7) == 0);
}

/* The end of a header line: a Content-Length must have had a value, a Transfer-Encoding
 * must be chunked. */
static struct framing_verdict end_header_line(struct request_framing *framing)
{
    if (framing->position == LENGTH_BEFORE_DIGITS) {
        return refusal(400, "Content-Length is not a number");
    }
    if (framing->position == CODING_VALUE && !coding_is_chunked(framing)) {
        return refusal(400, "Transfer-Encoding must be exactly 'chunked'");
    }
    framing->position = HEADER_LINE_START;
    return fine;
}

static struct framing_verdict too_long(const struct request_framing *framing)
{
    if (framing->head_lines == 0) {
        return refusal(414, "request URI is too long");
    }
    return refusal(431, "request headers are too large");
}

/* How many bytes from `bytes` on the byte checks would pass one by one without a change but
 * to the counts (and to the header name being kept): the rest of a request line after its
 * method, a header's name up to its colon, the rest of a header line after the colon of a
 * header that frames nothing; never past the line's end. 0 elsewhere (and within the first
 * bytes of the head, which are kept). Such runs are most of a head: they are taken whole. */
static size_t plain_run(const struct request_framing *framing, const unsigned char *bytes, size_t len)
{
    if (framing->head_bytes < sizeof framing->head_start - 1 || framing->line_bytes == 0) {
        return 0;
    }
    if (framing->position == HEADER_NAME) {
        size_t run = 0;
        while (run < len && bytes[run] != ':' && bytes[run] != ' ' && bytes[run] != '\t' && bytes[run] != '\n') {
            run++;
        }
        return run;
    }
    if (framing->position != REQUEST_TARGET && framing->position != HEADER_VALUE) {
        return 0;
    }
    const unsigned char *end = memchr(bytes, '\n', len);
    return end != NULL ? (size_t)(end - bytes) : len;
}

/* A plain run taken whole: counted, and kept while it is a header's name. */
static bool take_plain_run(struct request_framing *framing, const unsigned char *bytes, size_t run)
{
    if (framing->head_bytes + run > framing->max_head_bytes || framing->line_bytes + run > MAX_LINE_BYTES) {
        return false;
    }
    framing->head_bytes += run;
    framing->line_bytes += run;
    if (framing->position == HEADER_NAME) {
        size_t room = sizeof framing->header_name - framing->header_name_len;
        if (framing->header_name_len < sizeof framing->header_name) {
            memcpy(framing->header_name + framing->header_name_len, bytes, run < room ? run : room);
        }
        framing->header_name_len += run;
    }
    return true;
}

/* A line's '\n': a blank one after the request line ends the head. */
static struct framing_verdict end_line(struct request_framing *framing, bool *head_ended)
{
    bool blank = framing->line_bytes <= 1;          /* "\r\n" */
    framing->line_bytes = 0;
    if (in_request_line(framing)) {
        if (!blank) {
            framing->position = HEADER_LINE_START;
            framing->head_lines++;
        }
        return fine;
    }
    if (blank) {
        *head_ended = true;
        if (framing->transfer_encodings > 0) {
            framing->phase = FRAMING_CHUNKS;
            framing->chunk = CHUNK_SIZE;
            framing->chunk_size = 0;
            framing->chunk_digits = 0;
        } else {
            framing->phase = FRAMING_PASSED;
        }
        return fine;
    }
    struct framing_verdict verdict = end_header_line(framing);
    if (verdict.status == 0) {
        framing->head_lines++;
    }
    return verdict;
}

/* The head's bytes, each counted: 414 for a request line over MAX_LINE_BYTES, 431 for
 * another line over it or a head over max_head_bytes, 400 for what evhtp would misread. */
static struct framing_verdict read_head(struct request_framing *framing, const unsigned char *bytes, size_t len,
                                        size_t *taken)
{
    for (size_t i = 0; i < len; i++) {
        size_t run = plain_run(framing, bytes + i, len - i);
        if (run > 0) {
            if (!take_plain_run(framing, bytes + i, run)) {
                return too_long(framing);
            }
            i += run - 1;
            continue;
        }
        if (framing->head_bytes < sizeof framing->head_start - 1) {
            framing->head_start[framing->head_bytes] = (char)bytes[i];
        }
        if (++framing->head_bytes > framing->max_head_bytes) {
            return too_long(framing);
        }
        if (bytes[i] != '\n') {
            if (++framing->line_bytes > MAX_LINE_BYTES) {
                return too_long(framing);
            }
            struct framing_verdict verdict = in_request_line(framing) ? read_request_line_byte(framing, bytes[i])
                                                                      : read_header_byte(framing, bytes[i]);
            if (verdict.status != 0) {
                return verdict;
            }
            continue;
        }
        bool head_ended = false;
        struct framing_verdict verdict = end_line(framing, &head_ended);
        if (verdict.status != 0) {
            return verdict;
        }
        if (head_ended) {
            *taken = i + 1;
            return fine;
        }
    }
    *taken = len;
    return fine;
}

/* ---- a chunked body's framing ----
 *
 * evhtp's parser reads a chunk size as hex digits into 64 bits with no bound (a size of
 * 2^64 + 5 is read as 5: the rest of the chunk would be taken for the next request, where a
 * server in front of us would not), and drops the connection unanswered at a chunk
 * extension (";name=value", which RFC 9112 7.1.1 allows) or any other oddity. So the
 * framing is read here first: the sizes bounded by max_body_bytes (413 at once), anything
 * evhtp would not take a 400 that says what. Trailer fields (which evhtp would add to the
 * request's headers after the head's checks) are refused too. */

static int hex_digit(unsigned char byte)
{
    return byte >= '0' && byte <= '9' ? byte - '0'
         : byte >= 'a' && byte <= 'f' ? byte - 'a' + 10
         : byte >= 'A' && byte <= 'F' ? byte - 'A' + 10 : -1;
}

static struct framing_verdict read_chunk_size_byte(struct request_framing *framing, unsigned char byte)
{
    int digit = hex_digit(byte);
    if (digit >= 0) {
        if (++framing->chunk_digits > MAX_CHUNK_DIGITS) {
            return refusal(400, "a chunk size has more than 16 hex digits");
        }
        /* Bounded by the body's limit (64 MiB at most): it cannot wrap. */
        framing->chunk_size = framing->chunk_size * 16 + (size_t)digit;
        if (framing->chunk_size > framing->max_body_bytes) {
            return refusal(413, "request body is larger than the limit");
        }
        return fine;
    }
    if (byte == ';') {
        return refusal(400, "chunk extensions are not supported");
    }
    if (byte != '\r' || framing->chunk_digits == 0) {
        return refusal(400, "a chunk size line must be hex digits and CRLF");
    }
    framing->chunk = CHUNK_SIZE_LF;
    return fine;
}

/* One byte of the framing (not of a chunk's data). */
static struct framing_verdict read_chunk_byte(struct request_framing *framing, unsigned char byte)
{
    switch (framing->chunk) {
    case CHUNK_SIZE:
        return read_chunk_size_byte(framing, byte);
    case CHUNK_SIZE_LF:
        if (byte != '\n') {
            return refusal(400, "a chunk size line must be hex digits and CRLF");
        }
        framing->chunk = framing->chunk_size == 0 ? CHUNK_TRAILER : CHUNK_DATA;
        return fine;
    case CHUNK_DATA_CR:
    case CHUNK_DATA_LF:
        if (byte != (framing->chunk == CHUNK_DATA_CR ? '\r' : '\n')) {
            return refusal(400, "a chunk's data must be followed by CRLF");
        }
        framing->chunk = framing->chunk == CHUNK_DATA_CR ? CHUNK_DATA_LF : CHUNK_SIZE;
        framing->chunk_size = 0;
        framing->chunk_digits = 0;
        return fine;
    case CHUNK_TRAILER:
        if (byte != '\r') {
            return refusal(400, "trailer fields after a chunked body are not supported");
        }
        framing->chunk = CHUNK_TRAILER_LF;
        return fine;
    case CHUNK_TRAILER_LF:
        if (byte != '\n') {
            return refusal(400, "trailer fields after a chunked body are not supported");
        }
        framing->phase = FRAMING_PASSED;
        return fine;
    case CHUNK_DATA:
        break;
    }
    return fine;
}

/* Up to the body's end (what follows is the next request's); a chunk's data is stepped
 * over whole. */
static struct framing_verdict read_chunks(struct request_framing *framing, const unsigned char *bytes, size_t len,
                                          size_t *taken)
{
    size_t i = 0;
    while (i < len && framing->phase == FRAMING_CHUNKS) {
        if (framing->chunk == CHUNK_DATA) {
            size_t step = len - i < framing->chunk_size ? len - i : framing->chunk_size;
            i += step;
            framing->chunk_size -= step;
            if (framing->chunk_size == 0) {
                framing->chunk = CHUNK_DATA_CR;
            }
            continue;
        }
        struct framing_verdict verdict = read_chunk_byte(framing, bytes[i++]);
        if (verdict.status != 0) {
            return verdict;
        }
    }
    *taken = i;
    return fine;
}

struct framing_verdict request_framing_read(struct request_framing *framing, const unsigned char *bytes,
                                            size_t len, size_t *taken)
{
    *taken = 0;
    switch (framing->phase) {
    case FRAMING_HEAD:
        return read_head(framing, bytes, len, taken);
    case FRAMING_CHUNKS:
        return read_chunks(framing, bytes, len, taken);
    case FRAMING_PASSED:
        break;
    }
    return fine;
}
