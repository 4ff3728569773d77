#include "proxy/audit.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "proxy/hex.h"
#include "proxy/shared.h"

enum { HASH_HEX = 64, MAX_LINE = 1 << 16 };

static const char genesis[HASH_HEX + 1] = "0000000000000000000000000000000000000000000000000000000000000000";
static const char hash_marker[] = ",\"hash\":\"";

struct audit_chain {
    atomic_flag lock;
    int fd;
    unsigned long long seq;
    char last_hash[HASH_HEX + 1];
    bool dirty;
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
    atomic_flag_clear(&chain->lock);
    chain->fd = fd;
    memcpy(chain->last_hash, genesis, sizeof genesis);
    /* Continue from the last line: its seq and hash. */
    off_t size = lseek(fd, 0, SEEK_END);
    if (size > 0) {
        size_t tail = size < MAX_LINE ? (size_t)size : MAX_LINE;
        char *buffer = malloc(tail + 1);
        ssize_t got = buffer != NULL ? pread(fd, buffer, tail, size - (off_t)tail) : -1;
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
    }
    return chain;
}

void audit_close(struct audit_chain *chain)
{
    if (chain != NULL) {
        fdatasync(chain->fd);
        close(chain->fd);
        shared_unmap(chain, sizeof *chain);
    }
}

void audit_append(struct audit_chain *chain, struct slice record_json, struct buffer *out)
{
    if (chain == NULL) {
        return;
    }
    spin_lock(&chain->lock);
    buffer_reset(out);
    buffer_printf(out, "{\"seq\":%llu,\"prev\":\"%s\",\"record\":", chain->seq + 1, chain->last_hash);
    buffer_append(out, record_json.ptr, record_json.len);
    char hash[HASH_HEX + 1];
    sha256_hex(out->data, out->len, hash);
    buffer_append_cstr(out, hash_marker);
    buffer_append(out, hash, HASH_HEX);
    buffer_append_cstr(out, "\"}\n");
    if (write(chain->fd, out->data, out->len) == (ssize_t)out->len) {
        chain->seq++;
        memcpy(chain->last_hash, hash, sizeof hash);
        chain->dirty = true;
    }
    spin_unlock(&chain->lock);
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
