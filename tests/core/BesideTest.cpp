// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include "BusyBeside.h"

#include "util/Beside.h"

#include <atomic>
#include <chrono>
#include <thread>

// The thread beside (util/Beside.h): work runs there when it is free, here at get() when it is
// busy, and its result comes through get() either way.

using namespace pepin;
using namespace pepin::test;

TEST_CASE("Work runs on the thread beside and gives its result through get()", "[beside]")
{
    const std::thread::id here = std::this_thread::get_id();
    Beside<std::thread::id> first = runBeside([] { return std::this_thread::get_id(); });
    const std::thread::id beside = first.get();
    CHECK(beside != here);
    // One thread, kept: the next piece of work runs on the same one.
    Beside<int> second = runBeside([] { return 6 * 7; });
    CHECK(second.get() == 42);
    CHECK(runBeside([] { return std::this_thread::get_id(); }).get() == beside);
}

TEST_CASE("While the thread beside is busy, work asked for runs at get() on the thread that asks", "[beside]")
{
    BusyBeside busy;

    std::atomic<bool> ran = false;
    Beside<std::thread::id> later = runBeside([&] {
        ran = true;
        return std::this_thread::get_id();
    });
    CHECK_FALSE(ran); // nothing done until get()
    CHECK(later.get() == std::this_thread::get_id());
    CHECK(ran);
    busy.release();
}

TEST_CASE("Work beside that asks for more work runs it itself", "[beside]")
{
    const auto [outer, inner] = runBeside([] {
        const std::thread::id self = std::this_thread::get_id();
        return std::pair(self, runBeside([] { return std::this_thread::get_id(); }).get());
    }).get();
    CHECK(outer != std::this_thread::get_id());
    CHECK(inner == outer);
}

TEST_CASE("A result dropped before get() waits for the work started to end", "[beside]")
{
    std::atomic<bool> ended = false;
    {
        Beside<void> dropped = runBeside([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            ended = true;
        });
    }
    CHECK(ended);

    // Replaced by another result: the first work still ends before the assignment returns.
    ended = false;
    Beside<void> replaced = runBeside([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ended = true;
    });
    replaced = runBeside([] {});
    CHECK(ended);
    replaced.get();
}
