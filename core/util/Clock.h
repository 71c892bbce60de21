// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace pepin {

// "Today", injectable: the system's date, or a fixed one for tests and `--today`.
class Clock
{
public:
    static Clock system() { return Clock(QDate()); }
    static Clock fixed(QDate day) { return Clock(day); }

    QDate today() const { return m_fixed.isValid() ? m_fixed : QDate::currentDate(); }
    bool isFixed() const { return m_fixed.isValid(); }

private:
    explicit Clock(QDate fixed)
        : m_fixed(fixed)
    {
    }
    QDate m_fixed;
};

} // namespace pepin
