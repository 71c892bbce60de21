// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/OccupancyExplanation.h"

#include "figures/Occupancy.h"
#include "figures/Occupation.h"
#include "figures/PortfolioIndex.h"

#include <QHash>

#include <algorithm>

namespace pepin {

namespace {

Measure measure(double occupied, double total)
{
    Measure result{occupied, total, std::nullopt};
    if (total != 0)
        result.rate = occupied / total;
    return result;
}

} // namespace

OccupancySnapshot OccupancyExplanation::sums() const
{
    qint64 officesInService = 0, officesOccupied = 0, workstationsInService = 0, workstationsOccupied = 0;
    double areaInService = 0, areaOccupied = 0;
    for (const OfficeExplanation &office : offices) {
        if (!office.inService)
            continue;
        ++officesInService;
        officesOccupied += office.occupied ? 1 : 0;
        workstationsInService += office.workstations;
        workstationsOccupied += office.occupiedWorkstations;
        areaInService += office.areaM2;
        areaOccupied += office.occupiedAreaM2;
    }
    return OccupancySnapshot{date, measure(double(officesOccupied), double(officesInService)), measure(areaOccupied, areaInService),
                             measure(double(workstationsOccupied), double(workstationsInService))};
}

OccupancyExplanation explainOccupancy(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    OccupancyExplanation explanation;
    explanation.date = day;
    explanation.totals = Occupancy(portfolio.offices, portfolio.leases, portfolio.companies, filter).on(day);
    if (!day.isValid())
        return explanation;
    const PortfolioIndex index(portfolio);

    // Every lease active on the day, the ones the sector filter leaves out too, so that the
    // explanation says why they did not count.
    QHash<Id, QList<const Lease *>> activeByOffice;
    for (const Lease &lease : portfolio.leases) {
        if (lease.start.isValid() && lease.activeOn(day))
            activeByOffice[lease.officeId] << &lease;
    }

    for (const Office &office : portfolio.offices) {
        if (!filter.includes(office))
            continue;
        OfficeExplanation explained;
        explained.officeId = office.id;
        if (const Site *site = index.site(office.siteId))
            explained.site = site->name;
        explained.code = office.code;
        explained.floor = office.floor;
        explained.kind = office.kind;
        explained.availableFrom = office.availableFrom;
        explained.availableUntil = office.availableUntil;
        explained.inService = office.inService(day);
        explained.workstations = office.workstations;
        explained.areaM2 = office.areaM2;

        QList<const Lease *> active = activeByOffice.value(office.id);
        std::sort(active.begin(), active.end(), [](const Lease *a, const Lease *b) {
            return a->start != b->start ? a->start < b->start : a->id < b->id;
        });
        QList<const Lease *> counted;
        for (const Lease *lease : active) {
            if (countsFor(*lease, office, index, filter))
                counted << lease;
        }
        const OfficeOccupation occupation = occupationOf(office, explained.inService, counted);
        explained.occupied = occupation.occupied;
        explained.occupiedWorkstations = occupation.workstations;
        explained.occupiedAreaM2 = occupation.areaM2;

        for (const Lease *lease : active) {
            LeaseExplanation line;
            line.leaseId = lease->id;
            line.companyId = lease->companyId;
            if (const Company *company = index.company(lease->companyId))
                line.company = company->name;
            line.type = lease->type;
            line.start = lease->start;
            line.lastDay = lease->lastDay();
            line.workstations = office.kind == OfficeKind::Private ? office.workstations : lease->workstations;
            line.counted = counted.contains(lease);
            for (const LeaseShare &share : occupation.shares) {
                if (share.lease == lease) {
                    line.occupiedWorkstations = share.workstations;
                    line.occupiedAreaM2 = share.areaM2;
                }
            }
            explained.leases << line;
        }
        explanation.offices << explained;
    }
    return explanation;
}

} // namespace pepin
