#ifndef LETHE_REQUEST_FRAMING_H
#define LETHE_REQUEST_FRAMING_H

/* request_framing — a request's head and its chunked body's framing, read byte by byte
 * before evhtp's parser sees them.
 *
 * evhtp's parser drops a connection unanswered on heads it cannot read (a lowercase
 * method, a target that is no path, a line over 8192 bytes), reads a chunk size into 64
 * bits with no bound, and knows one spelling of "chunked". Every byte of a head, and of a
 * chunked body's framing, passes through here first; what would be misread comes back as
 * a verdict (a status and a message that names no client text) for the server to answer
 * in the client's dialect. Framing headers that could make two servers disagree on where a
 * request ends (two lengths, a length with a coding, a length that is no number) are
 * refused. Pure: bytes in, a verdict out; no I/O.
 *
 * One per connection, started again for each request (request_framing_start); the caller
 * feeds it the bytes it has not fed yet, in pieces of any size: a head read in one piece
 * or byte by byte gets the same verdict. Each read stops at its phase's end (the head's
 * blank line, the chunked body's last CRLF) and says how many bytes it took. Work is
 * linear: each byte is looked at once, a plain run (a path, a header's value) whole. */

#include <stdbool.h>
#include <stddef.h>

/* What the guard reads next. */
enum framing_phase {
    FRAMING_HEAD,      /* the request line and the headers, up to the blank line */
    FRAMING_CHUNKS,    /* a chunked body's framing; its data is stepped over */
    FRAMING_PASSED,    /* nothing more to check for this request */
};

/* Where in the head the next byte falls. */
enum head_position {
    REQUEST_METHOD,             /* capital letters and underscores */
    REQUEST_BEFORE_TARGET,      /* the method's space came, the target's first byte not yet */
    REQUEST_TARGET,             /* the rest of the request line */
    HEADER_LINE_START,          /* a header line's first byte comes next */
    HEADER_NAME,                /* up to its colon */
    HEADER_VALUE,               /* of a header that frames nothing */
    LENGTH_BEFORE_DIGITS,       /* a Content-Length's value: blanks, then digits, then blanks */
    LENGTH_DIGITS,
    LENGTH_AFTER_DIGITS,
    CODING_VALUE,               /* a Transfer-Encoding's value */
};

/* Where a chunked body's framing is. */
enum chunk_position {
    CHUNK_SIZE,                 /* hex digits, then CR */
    CHUNK_SIZE_LF,
    CHUNK_DATA,
    CHUNK_DATA_CR,
    CHUNK_DATA_LF,
    CHUNK_TRAILER,              /* after the last chunk: only the final CRLF is taken */
    CHUNK_TRAILER_LF,
};

enum {
    FRAMING_HEAD_START_BYTES = 32,
    FRAMING_HEADER_NAME_BYTES = 24,     /* enough of a name to tell the framing headers */
    FRAMING_CODING_BYTES = 8,           /* enough of a coding to tell "chunked" */
};

/* status 0: nothing refused. The message is a constant. */
struct framing_verdict {
    int status;
    const char *message;
};

struct request_framing {
    enum framing_phase phase;
    size_t max_head_bytes, max_body_bytes;
    /* The head. */
    enum head_position position;
    size_t head_bytes, line_bytes, head_lines;
    char head_start[FRAMING_HEAD_START_BYTES];  /* "POST /v1/messages…": the refusal's dialect */
    char header_name[FRAMING_HEADER_NAME_BYTES];
    size_t header_name_len;
    char coding[FRAMING_CODING_BYTES];
    size_t coding_len;
    size_t length_digits;
    unsigned content_lengths, transfer_encodings;
    /* A chunked body. */
    enum chunk_position chunk;
    unsigned chunk_digits;
    size_t chunk_size;
};

/* A new request's head comes next. */
void request_framing_start(struct request_framing *framing, size_t max_head_bytes, size_t max_body_bytes);

/* Reads `bytes` in the current phase, up to its end; *taken is how many it read (all of
 * them, unless the phase ended inside). At the head's end the phase becomes
 * FRAMING_CHUNKS for a chunked body, else FRAMING_PASSED. Nothing is read once passed. */
struct framing_verdict request_framing_read(struct request_framing *framing, const unsigned char *bytes,
                                            size_t len, size_t *taken);

/* The body is no longer read (refused): nothing more is checked. */
void request_framing_pass(struct request_framing *framing);

#endif
