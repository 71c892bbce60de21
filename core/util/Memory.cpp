// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Memory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pepin {

void keepFreedMemory()
{
#if defined(__GLIBC__)
    // Blocks of up to 32 MB (a network's longest lists take a few) come from the heaps, rather
    // than mappings of their own that are unmapped when freed; and up to 256 MB free at the top of
    // a heap stays with the process. glibc's defaults return anything past 128 KB until the first
    // large blocks have come and gone, and raise these limits only then.
    constexpr int megabyte = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 32 * megabyte);
    mallopt(M_TRIM_THRESHOLD, 256 * megabyte);
#endif
}

} // namespace pepin
