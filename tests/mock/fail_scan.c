/* fail_scan.c — a test shim, loaded into lethe with LD_PRELOAD: Hyperscan's hs_scan fails
 * (HS_NOMEM) on any text that holds the marker below, and scans as usual otherwise. It
 * lets a black-box test make the gateway's scrubbing fail on demand, which no request can
 * do by itself. Never linked into lethe. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE          /* RTLD_NEXT, memmem */
#endif
#include <dlfcn.h>
#include <hs/hs.h>
#include <string.h>

static const char marker[] = "LETHE-TEST-SCAN-FAILS";

typedef hs_error_t (*scan_function)(const hs_database_t *, const char *, unsigned, unsigned, hs_scratch_t *,
                                    match_event_handler, void *);

hs_error_t hs_scan(const hs_database_t *database, const char *data, unsigned length, unsigned flags,
                   hs_scratch_t *scratch, match_event_handler on_match, void *context)
{
    if (data != NULL && memmem(data, length, marker, sizeof marker - 1) != NULL) {
        return HS_NOMEM;
    }
    scan_function real = (scan_function)dlsym(RTLD_NEXT, "hs_scan");
    if (real == NULL) {
        return HS_INVALID;
    }
    return real(database, data, length, flags, scratch, on_match, context);
}
