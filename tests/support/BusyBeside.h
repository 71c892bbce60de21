// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Beside.h"

#include <latch>

namespace pepin::test {

// The thread beside (util/Beside.h) held busy from construction until release() or the end of
// the object, so that the work asked for meanwhile runs on the thread that asks, at get().
class BusyBeside
{
public:
    BusyBeside()
        : m_busy(runBeside([this] {
            m_started.count_down();
            m_release.wait();
        }))
    {
        m_started.wait();
    }
    ~BusyBeside() { release(); }
    BusyBeside(const BusyBeside &) = delete;
    BusyBeside &operator=(const BusyBeside &) = delete;

    void release()
    {
        if (!m_busy.valid())
            return;
        m_release.count_down();
        m_busy.get();
    }

private:
    std::latch m_started{1};
    std::latch m_release{1};
    Beside<void> m_busy;
};

} // namespace pepin::test
