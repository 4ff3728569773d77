/* wipe_alloc.h — every heap block is wiped before it goes back to the allocator, and the
 * stack below a call that read content can be wiped after it.
 *
 * Contract. Linked into the gateway executable (and only there), wipe_alloc.c defines
 * `free` and `realloc`. The dynamic linker binds every call to those names in the
 * process to these definitions: lethe's own code and every library that holds content
 * (libevent's evbuffers, libevhtp's headers, URIs and parser state, libcurl's request
 * and transfer buffers, yajl's parser and generator, OpenSSL's record buffers, glibc's
 * own stdio and resolver buffers). So no library needs a hook of its own, and none that
 * lacks one (libevhtp) is missed.
 *
 * - free(block) zeroes the whole usable size of the block (malloc_usable_size: the
 *   allocator's own record of it, so no size header and no change of alignment), then
 *   hands it to glibc's free.
 * - realloc never lets glibc move a block: growing allocates a new block, copies, and
 *   wipes and frees the old one; shrinking keeps the block (or, when it would waste more
 *   than half of a large block, moves it the same way). realloc(NULL, n) is malloc(n);
 *   realloc(block, 0) frees the block (wiped) and returns NULL, as glibc does.
 * - malloc, calloc, memalign and friends stay glibc's: every block they return is one
 *   glibc's free accepts, so the two halves always agree.
 *
 * What it does not cover: memory never freed while content sits in it (live buffers,
 * caches, static storage: those are wiped where they are used), the stack (below), and
 * memory outside the process (kernel socket buffers).
 *
 * Sanitizer builds leave it out: ASan replaces the allocator itself, and a second
 * definition of free would hand ASan's blocks to glibc. There ASan's own free fill
 * (ASAN_OPTIONS max_free_fill_size, free_fill_byte) does the wiping.
 */
#ifndef LETHE_WIPE_ALLOC_H
#define LETHE_WIPE_ALLOC_H

/* Nothing to call for the allocator: linking wipe_alloc.c into the executable is what
 * installs it, before main() runs and before any library allocates.
 *
 * The stack is the other place content outlives its use: code that is not ours copies
 * bytes of the text it reads into locals (Hyperscan's scanners copy the ends of a block
 * into padded stack buffers; validators normalise digits into arrays), and those frames
 * are left as they were until a deeper call overwrites them. wipe_stack() zeroes
 * WIPE_STACK_BYTES of stack below its caller's frame: call it right after a call tree
 * that read content returns. wipe_stack.c is part of the core (unit tests link it). */
enum { WIPE_STACK_BYTES = 32 * 1024 };

/* Zeroes WIPE_STACK_BYTES below the caller's frame, then the registers (below). */
void wipe_stack(void);

/* Zeroes every vector register (xmm/ymm/zmm, 32 of them with AVX-512). String functions
 * leave windows of the text they read in them, and the dynamic linker's lazy binding and
 * every signal delivery copy the whole register file onto the stack, at whatever depth
 * the stack then is: after the wipes of the request that left them, and often above
 * them. A no-op where the architecture is not x86-64. */
void wipe_registers(void);

#endif
