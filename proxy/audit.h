/* audit.h — a tamper-evident, append-only chain of request metadata.
 *
 * Each line is {"seq":N,"prev":"<hash of the line before>","record":{…the access log's
 * fields…},"hash":"<SHA-256 of everything before ,"hash">"}. Changing, dropping or
 * reordering a line breaks the chain at that line, which `lethe --audit-verify FILE`
 * reports. The chain continues across restarts from the file's last line. Workers share
 * one chain: its head (sequence, last hash, and the offset where the last whole record
 * ends) sits in a shared mapping made before they fork, under a process-shared robust
 * mutex (waiters sleep; a worker killed holding it passes it on). Under that lock a line
 * is built and written whole, through short writes and EINTR. The head moves only once
 * the whole line is in the file: a write that fails part way is cut off again
 * (ftruncate), and a tail left by a writer that died is checked when the lock is next
 * taken: a whole, valid next record is kept, anything else is cut. The file is
 * fdatasync'd at most every fsync_ms. One lethe instance per audit file. Metadata only,
 * never content. */
#ifndef LETHE_AUDIT_H
#define LETHE_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "proxy/access_log.h"

struct audit_chain;

/* Open (or continue) the chain in `path`; NULL with a one-line error. */
struct audit_chain *audit_open(const char *path, char *error, size_t error_size);
void audit_close(struct audit_chain *chain);
/* Chain one request's metadata (access_record_write_json's object). */
void audit_append(struct audit_chain *chain, struct slice record_json, struct buffer *scratch);
/* fdatasync if anything was written since the last call. */
void audit_sync(struct audit_chain *chain);
/* Check every line of `path`; prints the first broken record and returns false. */
bool audit_verify(const char *path, FILE *out);

#endif
