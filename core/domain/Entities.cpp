// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Entities.h"

#include <QCoreApplication>

namespace pepin {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Office)
};

} // namespace

QString officeName(const Office &office, const Site *site)
{
    return site ? Strings::tr("%1 (%2)").arg(office.code, site->name) : office.code;
}

std::optional<int> Company::headcountOn(QDate day) const
{
    std::optional<int> known;
    for (const HeadcountEntry &entry : headcounts) {
        if (entry.asOf > day)
            break;
        known = entry.headcount;
    }
    return known;
}

bool Lease::overlaps(const Lease &other) const
{
    const QDate mine = lastDay();
    const QDate theirs = other.lastDay();
    const bool startsBeforeTheyEnd = theirs.isNull() || start <= theirs;
    const bool theyStartBeforeIEnd = mine.isNull() || other.start <= mine;
    return startsBeforeTheyEnd && theyStartBeforeIEnd;
}

std::optional<Cents> Lease::monthlyRentOn(QDate day) const
{
    if (!activeOn(day))
        return std::nullopt;
    std::optional<Cents> rent;
    for (const RentStep &step : rentSteps) {
        if (step.from > day)
            break;
        rent = step.monthlyRentCents;
    }
    return rent;
}

} // namespace pepin
