// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "HugePages.h"

#include "util/Memory.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::size_t megabyte = 1024 * 1024;

// What pepin-memory-helper says when started with GLIBC_TUNABLES set to `tunables` (null: not
// set): its lines tunables=…, first=…, huge=…
QStringList helperStartedWith(const char *tunables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GLIBC_TUNABLES"));
    environment.remove(QStringLiteral("PEPIN_FIRST_GLIBC_TUNABLES"));
    environment.remove(QStringLiteral("LD_PRELOAD"));
    if (tunables)
        environment.insert(QStringLiteral("GLIBC_TUNABLES"), QString::fromUtf8(tunables));
    QProcess helper;
    helper.setProcessEnvironment(environment);
    helper.start(QStringLiteral(PEPIN_MEMORY_HELPER), {});
    if (!helper.waitForFinished(30000) || helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0)
        return {QStringLiteral("failed: ") + helper.errorString()};
    return QString::fromUtf8(helper.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

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

TEST_CASE("the application starts again with the C library asking for huge pages as its heaps grow, and its children inherit nothing")
{
    const bool hugePages = hugePageMode() == "madvise" || hugePageMode() == "always";
    if (!hugePages)
        WARN("The system gives no huge pages (" << hugePageMode() << "): the program is not started again.");

    // Nothing set: set for the C library as the program starts again, then unset once more.
    CHECK(helperStartedWith(nullptr)
          == QStringList({u"tunables=(unset)"_s, u"first=(unset)"_s, hugePages ? u"huge=1"_s : u"huge=0"_s}));
    // Other tunables: kept, and given back as they were.
    CHECK(helperStartedWith("glibc.malloc.check=0")
          == QStringList({u"tunables=glibc.malloc.check=0"_s, u"first=(unset)"_s, hugePages ? u"huge=1"_s : u"huge=0"_s}));
    // The user's own choice of huge pages for the heaps: kept, and nothing started again.
    const QStringList chosen = helperStartedWith("glibc.malloc.hugetlb=0");
    REQUIRE(chosen.size() == 3);
    CHECK(chosen.at(0) == u"tunables=glibc.malloc.hugetlb=0"_s);
    CHECK(chosen.at(1) == u"first=(unset)"_s);
    if (hugePageMode() == "madvise")
        CHECK(chosen.at(2) == u"huge=0"_s); // not asked for
}

#else

TEST_CASE("the memory is not tuned where the C library is not GNU's")
{
    CHECK_FALSE(pepin::tuneMemory());
}

#endif

TEST_CASE("the tunable for the heaps' huge pages is added to the others, unless one is set already")
{
    CHECK(pepin::tunablesWithHugePageHeaps(nullptr) == "glibc.malloc.hugetlb=1");
    CHECK(pepin::tunablesWithHugePageHeaps("") == "glibc.malloc.hugetlb=1");
    CHECK(pepin::tunablesWithHugePageHeaps("glibc.malloc.check=0") == "glibc.malloc.check=0:glibc.malloc.hugetlb=1");
    CHECK(pepin::tunablesWithHugePageHeaps("glibc.malloc.check=0:glibc.malloc.tcache_count=0")
          == "glibc.malloc.check=0:glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1");
    CHECK(pepin::tunablesWithHugePageHeaps("glibc.malloc.hugetlb=0") == std::nullopt);
    CHECK(pepin::tunablesWithHugePageHeaps("glibc.malloc.check=0:glibc.malloc.hugetlb=2") == std::nullopt);
    // A name that only begins like it is another tunable.
    CHECK(pepin::tunablesWithHugePageHeaps("glibc.malloc.hugetlbx=1") == "glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1");
}
