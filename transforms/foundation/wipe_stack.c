#include "transforms/foundation/wipe_alloc.h"

#include <string.h>

/* ---- the vector registers ----
 *
 * glibc's string functions (memcpy, strlen, memchr, strchrnul under printf) load the text
 * they work on into vector registers, and on a CPU with AVX-512 its EVEX variants use
 * ymm16-ymm31 / zmm16-zmm31, which hardly any other code touches: after a request they
 * still hold 64-byte windows of it. Nothing reads them, but two things copy the whole
 * register file onto the stack later, wherever the stack pointer then is: the dynamic
 * linker's lazy binding (_dl_runtime_resolve_xsavec, at the first call of each library
 * function) and the kernel delivering a signal. Such a copy lands after every wipe of the
 * request and often above the frame that wiped, so the registers are cleared with the
 * stack. */

#if defined(__x86_64__) && defined(__GNUC__)

__attribute__((target("avx512f"), noinline)) static void wipe_upper_vector_registers(void)
{
    __asm__ volatile("vpxord %%zmm16, %%zmm16, %%zmm16\n\t"
                     "vpxord %%zmm17, %%zmm17, %%zmm17\n\t"
                     "vpxord %%zmm18, %%zmm18, %%zmm18\n\t"
                     "vpxord %%zmm19, %%zmm19, %%zmm19\n\t"
                     "vpxord %%zmm20, %%zmm20, %%zmm20\n\t"
                     "vpxord %%zmm21, %%zmm21, %%zmm21\n\t"
                     "vpxord %%zmm22, %%zmm22, %%zmm22\n\t"
                     "vpxord %%zmm23, %%zmm23, %%zmm23\n\t"
                     "vpxord %%zmm24, %%zmm24, %%zmm24\n\t"
                     "vpxord %%zmm25, %%zmm25, %%zmm25\n\t"
                     "vpxord %%zmm26, %%zmm26, %%zmm26\n\t"
                     "vpxord %%zmm27, %%zmm27, %%zmm27\n\t"
                     "vpxord %%zmm28, %%zmm28, %%zmm28\n\t"
                     "vpxord %%zmm29, %%zmm29, %%zmm29\n\t"
                     "vpxord %%zmm30, %%zmm30, %%zmm30\n\t"
                     "vpxord %%zmm31, %%zmm31, %%zmm31"
                     : : : "xmm16", "xmm17", "xmm18", "xmm19", "xmm20", "xmm21", "xmm22", "xmm23",
                       "xmm24", "xmm25", "xmm26", "xmm27", "xmm28", "xmm29", "xmm30", "xmm31");
}

/* vzeroall clears ymm0-15 whole, and with them the upper bits of zmm0-15. */
__attribute__((target("avx"), noinline)) static void wipe_avx_registers(void)
{
    __asm__ volatile("vzeroall" : : : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
                     "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}

__attribute__((noinline)) static void wipe_sse_registers(void)
{
    __asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
                     "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                     "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\tpxor %%xmm8, %%xmm8\n\t"
                     "pxor %%xmm9, %%xmm9\n\tpxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                     "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\tpxor %%xmm14, %%xmm14\n\t"
                     "pxor %%xmm15, %%xmm15"
                     : : : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
                       "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}

/* __builtin_cpu_supports also checks that the kernel saves that state (XCR0): where it
 * does not, the registers cannot be used, nor hold anything. */
void wipe_registers(void)
{
    if (__builtin_cpu_supports("avx512f")) {
        wipe_upper_vector_registers();
    }
    if (__builtin_cpu_supports("avx")) {
        wipe_avx_registers();
    } else {
        wipe_sse_registers();
    }
}

#else

void wipe_registers(void)
{
}

#endif

/* Not inlined, so its frame sits below the caller's and the area it zeroes is exactly
 * the stack the caller's callees used. The empty asm makes the zeroed area look read, so
 * nothing is optimised away even if explicit_bzero were. The registers go last: zeroing
 * the area itself went through them (with zeros only). */
__attribute__((noinline)) void wipe_stack(void)
{
    unsigned char area[WIPE_STACK_BYTES];
    explicit_bzero(area, sizeof area);
    __asm__ volatile("" : : "r"(area) : "memory");
    wipe_registers();
}
