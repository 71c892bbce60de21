// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Memory.h"

// glibc's tuning parameters (M_MMAP_THRESHOLD and the others) are macros of its <malloc.h>; they
// are tested after it is included, and name the C library more surely than __GLIBC__, which
// nothing defines before a header of the C library is read.
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD) && defined(M_TOP_PAD) && defined(__linux__)
#define PEPIN_TUNES_GLIBC 1
#include <sys/mman.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#endif

namespace pepin {

#if defined(PEPIN_TUNES_GLIBC)

namespace {

constexpr std::size_t megabyte = std::size_t{1024} * 1024;
constexpr std::size_t hugePage = 2 * megabyte;

std::atomic<bool> memoryTuned = false; // by tuneMemory

// The span of the mapping that holds `address`, with the reserve that follows it when there is
// one: glibc makes a thread's heap a mapping that cannot be touched yet and opens it as the heap
// grows. Read from the system's list of this process's mappings.
struct Span
{
    char *begin = nullptr;
    char *end = nullptr;
};

Span mappingHolding(const void *address)
{
    const std::less<const void *> below;
    Span span;
    FILE *maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return span;
    char *line = nullptr;
    std::size_t capacity = 0;
    while (getline(&line, &capacity, maps) > 0) {
        void *from = nullptr;
        void *to = nullptr;
        char access[5] = {};
        if (std::sscanf(line, "%p-%p %4s", &from, &to, access) != 3)
            continue;
        if (!span.end) {
            if (!below(address, from) && below(address, to))
                span = {static_cast<char *>(from), static_cast<char *>(to)};
            continue;
        }
        if (from == span.end && std::strcmp(access, "---p") == 0)
            span.end = static_cast<char *>(to);
        break;
    }
    std::free(line);
    std::fclose(maps);
    return span;
}

} // namespace

bool tuneMemory()
{
    // Blocks of up to 32 MB (a network's longest lists take a few) come from the heaps, and up to
    // 256 MB free at the top of a heap stays with the process: glibc's defaults return anything
    // past 128 KB until the first large blocks have come and gone, and raise these limits only
    // then. The heaps grow 64 MB at a time, so that their huge pages lie whole inside them.
    const bool tuned = mallopt(M_MMAP_THRESHOLD, static_cast<int>(32 * megabyte)) == 1
        && mallopt(M_TRIM_THRESHOLD, static_cast<int>(256 * megabyte)) == 1
        && mallopt(M_TOP_PAD, static_cast<int>(64 * megabyte)) == 1;
    memoryTuned = tuned;
    adviseHugePagesForThisThread();
    return tuned;
}

bool adviseHugePagesForThisThread()
{
    thread_local bool advised = false;
    if (advised || !memoryTuned)
        return false;
    advised = true;
    // A block as large as a huge page has the heap grow, by the 64 MB tuneMemory asks for, when
    // less is free at its top; the advice then covers the memory the lists will take.
    void *probe = std::malloc(hugePage);
    if (!probe)
        return false;
    const Span span = mappingHolding(probe);
    std::free(probe);
    if (!span.end)
        return false;
    // Only whole huge pages; the pages already touched stay as they are.
    const auto offset = [](const char *at) { return reinterpret_cast<std::uintptr_t>(at) % hugePage; };
    char *begin = span.begin + (hugePage - offset(span.begin)) % hugePage;
    char *end = span.end - offset(span.end);
    return begin < end && madvise(begin, static_cast<std::size_t>(end - begin), MADV_HUGEPAGE) == 0;
}

#else

bool tuneMemory()
{
    return false;
}

bool adviseHugePagesForThisThread()
{
    return false;
}

#endif

} // namespace pepin
