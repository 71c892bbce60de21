// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/RentSchedule.h"

#include "figures/Stays.h"

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

QList<RentStep> stepsForNewLease(const Office &office, const QList<int> &progression, const QList<Lease> &companyLeases,
                                 const Lease &lease)
{
    if (office.rentM2YearCents <= 0 || progression.isEmpty() || !lease.start.isValid())
        return {};
    Office let = office;
    if (office.kind == OfficeKind::Shared) {
        if (office.workstations <= 0 || lease.workstations <= 0)
            return {};
        // The reference rent is for the whole open space; a lease pays for its workstations.
        let.areaM2 = office.areaM2 * lease.workstations / office.workstations;
    }
    QList<Lease> earlier;
    for (const Lease &other : companyLeases) {
        if (other.companyId == lease.companyId && (lease.id == 0 || other.id != lease.id))
            earlier << other;
    }
    const Stay stay = staysOf(earlier).value(lease.companyId);
    // progressiveRentSteps takes the lease's own start when the stay starts later or not at all.
    return progressiveRentSteps(let, progression, stay.first, lease.start, lease.lastDay());
}

} // namespace pepin
