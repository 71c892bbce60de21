// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/FloorPlan.h"

#include "figures/Expiries.h"
#include "figures/Occupation.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace pepin {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::FloorPlan)
};

} // namespace

QString code(FloorOfficeState state)
{
    switch (state) {
    case FloorOfficeState::Occupied:
        return QStringLiteral("occupied");
    case FloorOfficeState::EndingSoon:
        return QStringLiteral("ending_soon");
    case FloorOfficeState::Free:
        return QStringLiteral("free");
    case FloorOfficeState::OutOfService:
        return QStringLiteral("out_of_service");
    }
    return QString();
}

QString label(FloorOfficeState state)
{
    switch (state) {
    case FloorOfficeState::Occupied:
        return Strings::tr("Occupied");
    case FloorOfficeState::EndingSoon:
        return Strings::tr("Ending soon");
    case FloorOfficeState::Free:
        return Strings::tr("Free");
    case FloorOfficeState::OutOfService:
        return Strings::tr("Out of service");
    }
    return QString();
}

QStringList FloorOffice::companies() const
{
    QStringList names;
    for (const FloorOfficeTenant &tenant : tenants) {
        if (!tenant.company.isEmpty() && !names.contains(tenant.company))
            names << tenant.company;
    }
    return names;
}

int FloorPlanFloor::count(FloorOfficeState state) const
{
    return int(std::count_if(offices.cbegin(), offices.cend(), [state](const FloorOffice &office) { return office.state == state; }));
}

FloorPlan floorPlanOn(const Portfolio &portfolio, QDate day, int horizonMonths, const OccupancyFilter &filter)
{
    FloorPlan plan;
    plan.day = day;
    plan.horizonMonths = std::max(0, horizonMonths);
    if (!day.isValid())
        return plan;

    // Offices only: whoever the tenant, an office is drawn. The slider of the map asks again on
    // every step, so only the leases of the offices drawn are gone through twice.
    const OccupancyFilter offices{filter.siteId, filter.floor};
    QList<Office> included;
    QSet<Id> includedIds;
    for (const Office &office : portfolio.offices) {
        if (offices.includes(office)) {
            included << office;
            includedIds.insert(office.id);
        }
    }
    QList<Lease> leases;
    for (const Lease &lease : portfolio.leases) {
        if (!lease.cancelled && lease.start.isValid() && includedIds.contains(lease.officeId))
            leases << lease;
    }

    QSet<Id> endingSoon;
    const QDate horizon = day.addMonths(plan.horizonMonths);
    for (const Expiry &expiry : expiriesWithin(included, leases, day, int(day.daysTo(horizon))))
        endingSoon.insert(expiry.leaseId);

    // Each office's leases active on the day, and the first one to start after it.
    QHash<Id, QList<const Lease *>> active;
    QHash<Id, const Lease *> next;
    QHash<Id, QString> companyNames;
    for (const Lease &lease : std::as_const(leases)) {
        if (lease.activeOn(day)) {
            active[lease.officeId] << &lease;
            companyNames.insert(lease.companyId, QString());
        } else if (lease.start > day) {
            const Lease *&first = next[lease.officeId];
            if (!first || lease.start < first->start || (lease.start == first->start && lease.id < first->id))
                first = &lease;
        }
    }
    for (const Company &company : portfolio.companies) {
        if (const auto name = companyNames.find(company.id); name != companyNames.end())
            *name = company.name;
    }
    QHash<Id, QString> siteNames;
    for (const Site &site : portfolio.sites)
        siteNames.insert(site.id, site.name);

    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    // Floors in the order their site first comes in the Portfolio, then in natural order.
    QList<Id> siteOrder;
    std::map<Id, QList<const Office *>> officesOfSite;
    for (const Office &office : std::as_const(included)) {
        if (!officesOfSite.count(office.siteId))
            siteOrder << office.siteId;
        officesOfSite[office.siteId] << &office;
    }

    for (const Id siteId : std::as_const(siteOrder)) {
        QList<const Office *> ofSite = officesOfSite[siteId];
        std::stable_sort(ofSite.begin(), ofSite.end(), [&collator](const Office *a, const Office *b) {
            const int floor = collator.compare(a->floor.trimmed(), b->floor.trimmed());
            return floor != 0 ? floor < 0 : collator.compare(a->code, b->code) < 0;
        });
        for (const Office *office : std::as_const(ofSite)) {
            const QString floorName = office->floor.trimmed();
            if (plan.floors.isEmpty() || plan.floors.last().siteId != siteId || plan.floors.last().floor != floorName)
                plan.floors << FloorPlanFloor{siteId, siteNames.value(siteId), floorName, {}, 0};
            FloorPlanFloor &floor = plan.floors.last();

            QList<const Lease *> here = active.value(office->id);
            std::sort(here.begin(), here.end(), [](const Lease *a, const Lease *b) {
                return a->start != b->start ? a->start < b->start : a->id < b->id;
            });
            const bool inService = !office->archived && office->inService(day);
            const OfficeOccupation occupation = occupationOf(*office, inService, here);

            FloorOffice entry;
            entry.office = *office;
            entry.occupiedWorkstations = occupation.workstations;
            bool anyEndingSoon = false;
            for (const Lease *lease : std::as_const(here)) {
                FloorOfficeTenant tenant{lease->id, lease->companyId, companyNames.value(lease->companyId), lease->lastDay(),
                                         0, endingSoon.contains(lease->id)};
                for (const LeaseShare &share : occupation.shares) {
                    if (share.lease == lease)
                        tenant.workstations = share.workstations;
                }
                anyEndingSoon = anyEndingSoon || tenant.endingSoon;
                if (tenant.lastDay.isValid() && (!entry.lastDay.isValid() || tenant.lastDay < entry.lastDay))
                    entry.lastDay = tenant.lastDay;
                entry.tenants << tenant;
            }
            if (const Lease *coming = next.value(office->id)) {
                entry.nextStart = coming->start;
                entry.nextLeaseId = coming->id;
            }
            entry.state = !inService           ? FloorOfficeState::OutOfService
                : !occupation.occupied         ? FloorOfficeState::Free
                : anyEndingSoon                ? FloorOfficeState::EndingSoon
                                               : FloorOfficeState::Occupied;
            floor.areaM2 += office->areaM2;
            floor.offices << entry;
        }
    }
    return plan;
}

} // namespace pepin
