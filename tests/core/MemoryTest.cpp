// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "util/Memory.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

// How the memory is taken from the system (util/Memory.h), in a process of its own: nothing else
// here tunes it first. The sanitizers bring their own allocator, which has no such tuning.

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PEPIN_OWN_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PEPIN_OWN_ALLOCATOR 1
#endif

#if defined(M_MMAP_THRESHOLD) && defined(__linux__) && !defined(PEPIN_OWN_ALLOCATOR)

using namespace pepin;

namespace {

constexpr std::size_t megabyte = 1024 * 1024;

// The system's huge page setting: "always", "madvise" (on request) or "never"; empty when the
// system has none.
std::string hugePageMode()
{
    FILE *setting = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (!setting)
        return {};
    char text[128] = {};
    const bool read = std::fgets(text, sizeof text, setting) != nullptr;
    std::fclose(setting);
    const char *open = read ? std::strchr(text, '[') : nullptr;
    const char *close = open ? std::strchr(open, ']') : nullptr;
    return close ? std::string(open + 1, close) : std::string();
}

// Whether the system would back the mapping that holds `address` with huge pages, as it says in
// /proc/self/smaps. No assertion here: the other threads call it (Catch's are not for them).
bool hugePagesAt(const void *address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    FILE *smaps = address ? std::fopen("/proc/self/smaps", "re") : nullptr;
    if (!smaps)
        return false;
    char *line = nullptr;
    std::size_t capacity = 0;
    bool inside = false;
    bool eligible = false;
    while (getline(&line, &capacity, smaps) > 0) {
        unsigned long from = 0;
        unsigned long to = 0;
        if (std::sscanf(line, "%lx-%lx ", &from, &to) == 2) { // the line that opens a mapping
            inside = from <= at && at < to;
            continue;
        }
        int value = 0;
        if (inside && std::sscanf(line, "THPeligible: %d", &value) == 1) {
            eligible = value == 1;
            break;
        }
    }
    std::free(line);
    std::fclose(smaps);
    return eligible;
}

// A block of `size` bytes, written to (so that it cannot be left out), and the address of its
// middle (null when there was no memory).
struct Block
{
    explicit Block(std::size_t size) : bytes(static_cast<char *>(std::malloc(size))), size(size)
    {
        if (bytes)
            std::memset(bytes, 1, size);
    }
    ~Block() { std::free(bytes); }
    Block(const Block &) = delete;
    Block &operator=(const Block &) = delete;
    const void *middle() const { return bytes ? bytes + size / 2 : nullptr; }

    char *volatile bytes;
    std::size_t size;
};

} // namespace

TEST_CASE("the memory the programs free stays with them, taken in huge pages where the system gives them on request")
{
    // One case, its steps in order: the tuning cannot be undone in a process.
    const std::string mode = hugePageMode();
    // Before: a thread that asks for huge pages is not heard, even with large blocks taken from
    // the heaps as the tuning has them (its heap is then the one that would be advised).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    bool askedBefore = true;
    std::thread([&] { askedBefore = adviseHugePagesForThisThread(); }).join();
    CHECK_FALSE(askedBefore);

    REQUIRE(tuneMemory());

    // A block of 16 MB comes from the heap, not from a mapping of its own.
    {
        const std::size_t mappings = mallinfo2().hblks;
        const Block block(16 * megabyte);
        CHECK(mallinfo2().hblks == mappings);
    }

    // Memory freed at the top of the heap stays with the process: more than the 64 MB the heap
    // grows by, in blocks under the 32 MB limit.
    {
        const Block first(30 * megabyte);
        const Block second(30 * megabyte);
        const Block third(30 * megabyte);
        CHECK(mallinfo2().arena >= 90 * megabyte);
    }
    CHECK(mallinfo2().arena >= 90 * megabyte);

    // This thread's heap is advised for huge pages, and that of another thread once it asks.
    if (mode != "madvise" && mode != "always") {
        WARN("The system gives no huge pages (" << mode << "): not checked.");
        return;
    }
    const Block here(8 * megabyte);
    CHECK(hugePagesAt(here.middle()));

    bool before = false;
    bool askedOnce = false;
    bool askedTwice = true;
    bool after = false;
    std::thread([&] {
        const Block unasked(8 * megabyte);
        before = hugePagesAt(unasked.middle());
        askedOnce = adviseHugePagesForThisThread();
        askedTwice = adviseHugePagesForThisThread(); // once a thread
        const Block asked(8 * megabyte);
        after = hugePagesAt(asked.middle());
    }).join();
    if (mode == "madvise")
        CHECK_FALSE(before);
    CHECK(askedOnce);
    CHECK_FALSE(askedTwice);
    CHECK(after);
}

#else

TEST_CASE("the memory is not tuned where the C library is not GNU's")
{
    CHECK_FALSE(pepin::tuneMemory());
}

#endif
