#include "proxy/audit.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "transforms/foundation/hex.h"
#include "proxy/log.h"
#include "transforms/foundation/shared.h"

enum { HASH_HEX = 64, MAX_LINE = 1 << 16 };

static const char genesis[HASH_HEX + 1] = "0000000000000000000000000000000000000000000000000000000000000000";
static const char hash_marker[] = ",\"hash\":\"";

/* Shared by the workers. The lock is a process-shared, robust mutex rather than a spin
 * lock: its holder makes system calls (write, ftruncate), waiters sleep instead of burning
 * a core, and a worker killed while holding it hands it on (EOWNERDEAD) instead of
 * wedging every other worker. `end` is where the last whole record ends: anything past it
 * when the lock is taken was left by a writer that failed or died, and is checked. */
struct audit_chain {
    pthread_mutex_t lock;
    int fd;
    unsigned long long seq;
    char last_hash[HASH_HEX + 1];
    off_t end;
    bool dirty;
    bool failing;                    /* the last append failed: reported once */
};

static void sha256_hex(const char *data, size_t len, char *out)
{
    unsigned char digest[32];
    unsigned int digest_len = 0;
    EVP_Digest(data, len, digest, &digest_len, EVP_sha256(), NULL);
    hex_encode(out, digest, sizeof digest);
    out[HASH_HEX] = '\0';
}

/* A line's parts: the hashed body, the hash it claims, its seq and prev. */
struct parsed_line {
    size_t body_len;
    char hash[HASH_HEX + 1];
    unsigned long long seq;
    char prev[HASH_HEX + 1];
};

static bool parse_line(const char *line, size_t len, struct parsed_line *parsed)
{
    const char *marker = NULL;
    for (const char *at = line; (at = memmem(at, (size_t)(line + len - at), hash_marker, sizeof hash_marker - 1));
         at++) {
        marker = at;                  /* the last one: the record's own text cannot fake it */
    }
    if (marker == NULL || (size_t)(line + len - marker) != sizeof hash_marker - 1 + HASH_HEX + 2
        || memcmp(line + len - 2, "\"}", 2) != 0) {
        return false;
    }
    parsed->body_len = (size_t)(marker - line);
    memcpy(parsed->hash, marker + sizeof hash_marker - 1, HASH_HEX);
    parsed->hash[HASH_HEX] = '\0';
    return sscanf(line, "{\"seq\":%llu,\"prev\":\"%64[0-9a-f]\",", &parsed->seq, parsed->prev) == 2
           && strlen(parsed->prev) == HASH_HEX;
}

static bool init_lock(pthread_mutex_t *lock)
{
    pthread_mutexattr_t attributes;
    if (pthread_mutexattr_init(&attributes) != 0) {
        return false;
    }
    bool ok = pthread_mutexattr_setpshared(&attributes, PTHREAD_PROCESS_SHARED) == 0
              && pthread_mutexattr_setrobust(&attributes, PTHREAD_MUTEX_ROBUST) == 0
              && pthread_mutex_init(lock, &attributes) == 0;
    pthread_mutexattr_destroy(&attributes);
    return ok;
}

struct audit_chain *audit_open(const char *path, char *error, size_t error_size)
{
    int fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (fd < 0) {
        snprintf(error, error_size, "audit: cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    struct audit_chain *chain = shared_map(sizeof *chain);
    if (chain == NULL) {
        close(fd);
        snprintf(error, error_size, "audit: out of memory");
        return NULL;
    }
    if (!init_lock(&chain->lock)) {
        close(fd);
        shared_unmap(chain, sizeof *chain);
        snprintf(error, error_size, "audit: cannot set up the chain's lock");
        return NULL;
    }
    chain->fd = fd;
    memcpy(chain->last_hash, genesis, sizeof genesis);
    /* Continue from the last line: its seq and hash. */
    off_t size = lseek(fd, 0, SEEK_END);
    if (size > 0) {
        size_t tail = size < MAX_LINE ? (size_t)size : MAX_LINE;
        char *buffer = malloc(tail + 1);
        ssize_t got = buffer != NULL ? pread(fd, buffer, tail, size - (off_t)tail) : -1;
        if (got == (ssize_t)tail) {
            buffer[tail] = '\0';            /* parse_line's sscanf stops here at the latest */
        }
        struct parsed_line last;
        bool ok = false;
        if (got == (ssize_t)tail) {
            size_t end = tail;
            while (end > 0 && buffer[end - 1] == '\n') {
                end--;
            }
            size_t start = end;
            while (start > 0 && buffer[start - 1] != '\n') {
                start--;
            }
            ok = parse_line(buffer + start, end - start, &last);
        }
        free(buffer);
        if (!ok) {
            audit_close(chain);
            snprintf(error, error_size, "audit: the last line of %s is not a chain record (check it with "
                     "lethe --audit-verify)", path);
            return NULL;
        }
        chain->seq = last.seq;
        memcpy(chain->last_hash, last.hash, sizeof last.hash);
        chain->end = size;
    }
    return chain;
}

void audit_close(struct audit_chain *chain)
{
    if (chain != NULL) {
        fdatasync(chain->fd);
        close(chain->fd);
        pthread_mutex_destroy(&chain->lock);
        shared_unmap(chain, sizeof *chain);
    }
}

/* All of `data` at the end of the file, through short writes and signals. */
static bool write_whole(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t written = write(fd, data, len);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            if (written == 0) {
                errno = EIO;             /* a file that takes nothing and says nothing */
            }
            return false;
        }
        data += written;
        len -= (size_t)written;
    }
    return true;
}

/* The bytes past chain->end, if they are exactly the record that follows the head: a
 * writer died after writing it and before it could say so. */
static bool adopt_tail(struct audit_chain *chain, off_t size)
{
    size_t len = (size_t)(size - chain->end);
    if (len < 2 || len > MAX_LINE) {
        return false;
    }
    char *line = malloc(len + 1);       /* NUL-terminated for parse_line's sscanf */
    bool adopted = false;
    struct parsed_line parsed;
    char hash[HASH_HEX + 1];
    bool whole = line != NULL && pread(chain->fd, line, len, chain->end) == (ssize_t)len && line[len - 1] == '\n';
    if (whole) {
        line[len - 1] = '\0';
    }
    if (whole && memchr(line, '\n', len - 1) == NULL && parse_line(line, len - 1, &parsed)
        && parsed.seq == chain->seq + 1 && strcmp(parsed.prev, chain->last_hash) == 0
        && (sha256_hex(line, parsed.body_len, hash), strcmp(hash, parsed.hash) == 0)) {
        chain->seq = parsed.seq;
        memcpy(chain->last_hash, parsed.hash, sizeof parsed.hash);
        chain->end = size;
        adopted = true;
    }
    free(line);
    return adopted;
}

/* Under the lock: make the file end where the head says it does. A failed or killed
 * writer may have left part of a line (cut off) or a whole one (kept). False when the
 * file cannot be brought back, so nothing is chained after a broken tail. */
static bool settle_tail(struct audit_chain *chain)
{
    struct stat status;
    if (fstat(chain->fd, &status) != 0) {
        return false;
    }
    if (!S_ISREG(status.st_mode) || status.st_size == chain->end) {
        return true;
    }
    if (status.st_size < chain->end) {
        /* Shortened by someone else: never pad it back. The chain goes on from its head and
         * --audit-verify shows where the file lost records. */
        chain->end = status.st_size;
        return true;
    }
    return adopt_tail(chain, status.st_size) || ftruncate(chain->fd, chain->end) == 0;
}

static bool lock_chain(struct audit_chain *chain)
{
    int result = pthread_mutex_lock(&chain->lock);
    if (result == EOWNERDEAD) {
        /* Its holder died; settle_tail repairs whatever it was writing. */
        return pthread_mutex_consistent(&chain->lock) == 0;
    }
    return result == 0;
}

enum append_outcome { APPEND_WRITTEN, APPEND_NOT_WRITTEN, APPEND_TAIL_BROKEN };

/* Under the lock: one record after the head, or nothing at all. */
static enum append_outcome append_locked(struct audit_chain *chain, struct slice record_json, struct buffer *out,
                                         int *error_number)
{
    if (!settle_tail(chain)) {
        *error_number = errno;
        return APPEND_TAIL_BROKEN;
    }
    buffer_reset(out);
    buffer_printf(out, "{\"seq\":%llu,\"prev\":\"%s\",\"record\":", chain->seq + 1, chain->last_hash);
    buffer_append(out, record_json.ptr, record_json.len);
    char hash[HASH_HEX + 1];
    sha256_hex(out->data, out->len, hash);
    buffer_append_cstr(out, hash_marker);
    buffer_append(out, hash, HASH_HEX);
    buffer_append_cstr(out, "\"}\n");
    if (!write_whole(chain->fd, out->data, out->len)) {
        /* The head stays on the last whole record; cut what part of this one got out. */
        *error_number = errno;
        return settle_tail(chain) ? APPEND_NOT_WRITTEN : APPEND_TAIL_BROKEN;
    }
    chain->seq++;
    memcpy(chain->last_hash, hash, sizeof hash);
    chain->end += (off_t)out->len;
    chain->dirty = true;
    return APPEND_WRITTEN;
}

void audit_append(struct audit_chain *chain, struct slice record_json, struct buffer *out)
{
    if (chain == NULL) {
        return;
    }
    int error_number = 0;
    if (!lock_chain(chain)) {
        log_error("audit: the chain's lock is lost; record not chained");
        return;
    }
    enum append_outcome outcome = append_locked(chain, record_json, out, &error_number);
    /* One line when writing starts to fail, not one per request on a full disk. */
    bool report = outcome != APPEND_WRITTEN && !chain->failing;
    chain->failing = outcome != APPEND_WRITTEN;
    pthread_mutex_unlock(&chain->lock);
    if (report) {
        log_error("audit: a record could not be written (%s); %s", strerror(error_number),
                  outcome == APPEND_NOT_WRITTEN ? "the chain stays at the record before it"
                                                : "the file's tail could not be repaired");
    }
}

void audit_sync(struct audit_chain *chain)
{
    if (chain != NULL && chain->dirty) {
        chain->dirty = false;
        fdatasync(chain->fd);
    }
}

bool audit_verify(const char *path, FILE *out)
{
    FILE *file = fopen(path, "r");
    if (file == NULL) {
        fprintf(out, "audit: cannot open %s: %s\n", path, strerror(errno));
        return false;
    }
    char *line = malloc(MAX_LINE + 2);
    char expected_prev[HASH_HEX + 1];
    memcpy(expected_prev, genesis, sizeof genesis);
    unsigned long long number = 0, expected_seq = 0;
    bool ok = line != NULL;
    while (ok && fgets(line, MAX_LINE + 2, file) != NULL) {
        number++;
        size_t len = strlen(line);
        while (len > 0 && line[len - 1] == '\n') {
            line[--len] = '\0';
        }
        struct parsed_line parsed;
        char hash[HASH_HEX + 1];
        if (!parse_line(line, len, &parsed)) {
            fprintf(out, "audit: line %llu is not a chain record\n", number);
            ok = false;
        } else if (parsed.seq != expected_seq + 1) {
            fprintf(out, "audit: line %llu has seq %llu where %llu was next: a record is missing or moved\n",
                    number, parsed.seq, expected_seq + 1);
            ok = false;
        } else if (strcmp(parsed.prev, expected_prev) != 0) {
            fprintf(out, "audit: line %llu (seq %llu) does not follow the line before it\n", number, parsed.seq);
            ok = false;
        } else if (sha256_hex(line, parsed.body_len, hash), strcmp(hash, parsed.hash) != 0) {
            fprintf(out, "audit: line %llu (seq %llu) was changed: its hash does not match\n", number, parsed.seq);
            ok = false;
        } else {
            expected_seq = parsed.seq;
            memcpy(expected_prev, parsed.hash, sizeof parsed.hash);
        }
    }
    free(line);
    fclose(file);
    if (ok) {
        fprintf(out, "audit: %llu record%s, chain intact\n", number, number == 1 ? "" : "s");
    }
    return ok;
}
