// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Occupation.h"

#include <algorithm>
#include <vector>

namespace pepin {

OfficeOccupation occupationOf(const Office &office, bool inService, const QList<const Lease *> &active)
{
    OfficeOccupation result;
    result.inService = inService;
    result.shares.reserve(active.size());
    for (const Lease *lease : active)
        result.shares << LeaseShare{lease, 0, 0};
    if (!inService || active.isEmpty())
        return result;

    result.occupied = true;
    if (office.kind == OfficeKind::Private) {
        result.workstations = office.workstations;
        result.areaM2 = office.areaM2;
        result.shares.first().workstations = office.workstations;
        result.shares.first().areaM2 = office.areaM2;
        return result;
    }
    for (LeaseShare &share : result.shares) {
        share.workstations = share.lease->workstations;
        result.workstations += share.workstations;
    }
    if (office.workstations <= 0) {
        // An office without workstations (which the rules forbid) counts whole while let, as in
        // Occupancy; its first lease takes it.
        result.areaM2 = office.areaM2;
        result.shares.first().areaM2 = office.areaM2;
        return result;
    }
    // The same expression as Occupancy's, so that the office's figure is the same double.
    result.areaM2 = office.areaM2 * double(result.workstations) / double(office.workstations);
    for (LeaseShare &share : result.shares)
        share.areaM2 = office.areaM2 * double(share.workstations) / double(office.workstations);
    return result;
}

bool countsFor(const Lease &lease, const Office &office, const PortfolioIndex &index, const OccupancyFilter &filter)
{
    if (lease.cancelled || !lease.start.isValid() || !filter.includes(office))
        return false;
    if (!filter.sectorId)
        return true;
    const Company *company = index.company(lease.companyId);
    return company && filter.countsSector(company->sectorId);
}

QList<OccupationStretch> occupationStretches(const Office &office, const QList<const Lease *> &leases, const DateRange &range)
{
    QList<OccupationStretch> stretches;
    if (!range.start.isValid() || !range.end.isValid() || range.end < range.start)
        return stretches;
    const qint64 first = range.start.toJulianDay();
    const qint64 last = range.end.toJulianDay();

    QList<const Lease *> ordered = leases;
    std::sort(ordered.begin(), ordered.end(), [](const Lease *a, const Lease *b) {
        return a->start != b->start ? a->start < b->start : a->id < b->id;
    });

    // The days where something may change: the office entering or leaving service, a lease's
    // first day and the day after its last.
    std::vector<qint64> cuts{first};
    auto cutAt = [&](qint64 day) {
        if (day > first && day <= last)
            cuts.push_back(day);
    };
    if (office.availableFrom.isValid())
        cutAt(office.availableFrom.toJulianDay());
    if (office.availableUntil.isValid())
        cutAt(office.availableUntil.toJulianDay() + 1);
    for (const Lease *lease : ordered) {
        cutAt(lease->start.toJulianDay());
        if (lease->lastDay().isValid())
            cutAt(lease->lastDay().toJulianDay() + 1);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    for (std::size_t i = 0; i < cuts.size(); ++i) {
        const qint64 from = cuts[i];
        const qint64 to = i + 1 < cuts.size() ? cuts[i + 1] - 1 : last;
        const QDate day = QDate::fromJulianDay(from);
        if (!office.inService(day))
            continue;
        QList<const Lease *> active;
        for (const Lease *lease : ordered) {
            if (lease->activeOn(day))
                active << lease;
        }
        stretches << OccupationStretch{from, to, occupationOf(office, true, active)};
    }
    return stretches;
}

} // namespace pepin
