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

#include <gnu/libc-version.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#endif

#include <algorithm>
#include <string_view>

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

// The system's huge page setting gives them, always or on request.
bool systemGivesHugePages()
{
    FILE *setting = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (!setting)
        return false;
    char text[128] = {};
    const bool read = std::fgets(text, sizeof text, setting) != nullptr;
    std::fclose(setting);
    return read && (std::strstr(text, "[always]") || std::strstr(text, "[madvise]"));
}

// The C library has glibc.malloc.hugetlb: GNU's, from 2.35.
bool cLibraryHasHugePageHeaps()
{
    int major = 0;
    int minor = 0;
    return std::sscanf(gnu_get_libc_version(), "%d.%d", &major, &minor) == 2 && (major > 2 || (major == 2 && minor >= 35));
}

bool underValgrind()
{
    const char *preloaded = std::getenv("LD_PRELOAD");
    return preloaded && std::strstr(preloaded, "vgpreload");
}

constexpr const char *tunablesVariable = "GLIBC_TUNABLES";
// GLIBC_TUNABLES's first value, for the program started again: "+value", or empty when it was
// not set.
constexpr const char *firstTunablesVariable = "PEPIN_FIRST_GLIBC_TUNABLES";

void setTunables(const std::optional<std::string> &value)
{
    if (value)
        setenv(tunablesVariable, value->c_str(), 1);
    else
        unsetenv(tunablesVariable);
}

} // namespace

void startWithHugePageHeaps(char *argv[])
{
    if (const char *first = std::getenv(firstTunablesVariable)) {
        // Started again: the C library has read its tunables.
        setTunables(*first == '+' ? std::optional<std::string>(first + 1) : std::nullopt);
        unsetenv(firstTunablesVariable);
        return;
    }
    if (!argv || !argv[0] || !cLibraryHasHugePageHeaps() || !systemGivesHugePages() || underValgrind())
        return;
    const char *set = std::getenv(tunablesVariable);
    const std::optional<std::string> current = set ? std::optional<std::string>(set) : std::nullopt;
    const std::optional<std::string> tunables = tunablesWithHugePageHeaps(set);
    if (!tunables)
        return;
    setenv(firstTunablesVariable, current ? ('+' + *current).c_str() : "", 1);
    setTunables(tunables);
    execv("/proc/self/exe", argv);
    // Not started again: on as before.
    setTunables(current);
    unsetenv(firstTunablesVariable);
}

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

void startWithHugePageHeaps(char *[])
{
}

bool tuneMemory()
{
    return false;
}

bool adviseHugePagesForThisThread()
{
    return false;
}

#endif

std::optional<std::string> tunablesWithHugePageHeaps(const char *current)
{
    constexpr std::string_view hugePageHeaps = "glibc.malloc.hugetlb=1";
    const std::string_view value = current ? current : "";
    if (value.empty())
        return std::string(hugePageHeaps);
    // Tunables are name=value pairs separated by colons.
    for (std::size_t from = 0; from <= value.size();) {
        const std::size_t end = std::min(value.find(':', from), value.size());
        if (value.substr(from, end - from).starts_with("glibc.malloc.hugetlb="))
            return std::nullopt;
        from = end + 1;
    }
    return std::string(value) + ':' + std::string(hugePageHeaps);
}

} // namespace pepin
