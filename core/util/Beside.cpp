// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Beside.h"

#include "util/Memory.h"

#include <QThreadPool>

#include <atomic>

namespace pepin {

namespace {

QThreadPool &besidePool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1); // never ends while the program runs
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

} // namespace

namespace besideThread {

namespace {
std::atomic<bool> claimed = false;
} // namespace

bool claim()
{
    return !claimed.exchange(true);
}

void release()
{
    claimed = false;
}

void start(std::function<void()> work)
{
    // The pool's thread may still be finishing the work before, which released it: this work
    // then waits the moment it takes.
    besidePool().start([work = std::move(work)] {
        adviseHugePagesForThisThread();
        work();
    });
}

} // namespace besideThread

} // namespace pepin
