// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/RentSchedule.h"

#include <cmath>

namespace pepin {

Cents monthlyRentAt(const Office &office, int percent)
{
    return Cents(std::llround(office.areaM2 * double(office.rentM2YearCents) * percent / 100.0 / 12.0));
}

QList<RentStep> progressiveRentSteps(const Office &office, const QList<int> &progression, QDate stayStart, QDate start,
                                     QDate last)
{
    QList<RentStep> steps;
    if (!start.isValid())
        return steps;
    if (!stayStart.isValid() || stayStart > start)
        stayStart = start;
    const int years = int(progression.size());
    for (int year = 0; year < years; ++year) {
        const QDate yearStart = stayStart.addYears(year);
        if (last.isValid() && yearStart > last)
            break;
        const bool finalStep = year + 1 == years; // holds to the end of the stay
        if (!finalStep && stayStart.addYears(year + 1) <= start)
            continue; // a year of the stay that ended before this lease
        steps << RentStep{std::max(start, yearStart), monthlyRentAt(office, progression[year])};
    }
    return steps;
}

} // namespace pepin
