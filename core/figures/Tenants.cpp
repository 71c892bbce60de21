// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Tenants.h"

#include "figures/Occupation.h"
#include "figures/PortfolioIndex.h"
#include "util/Text.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace pepin {

namespace {

bool byStart(const Lease *a, const Lease *b)
{
    return a->start != b->start ? a->start < b->start : a->id < b->id;
}

// A tenant's row as it is gathered, office by office.
struct Gathered
{
    TenantRow row;
    QList<const Lease *> leases;
    Id lastOfficeId = 0;
};

} // namespace

QList<TenantRow> tenantsOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    if (!day.isValid())
        return {};
    const PortfolioIndex index(portfolio);

    QHash<Id, QList<const Lease *>> activeByOffice;
    qsizetype activeLeases = 0;
    for (const Lease &lease : portfolio.leases) {
        // The day first: of a network's 25 years of leases, few are active on it.
        if (!lease.activeOn(day))
            continue;
        const Office *office = index.office(lease.officeId);
        if (office && countsFor(lease, *office, index, filter)) {
            activeByOffice[lease.officeId] << &lease;
            ++activeLeases;
        }
    }

    QHash<Id, Gathered> gathered;
    gathered.reserve(activeLeases); // at most a tenant per lease
    for (const Office &office : portfolio.offices) {
        QList<const Lease *> active = activeByOffice.value(office.id);
        if (active.isEmpty())
            continue;
        std::sort(active.begin(), active.end(), byStart);
        // Out of service (which the rules forbid while a lease runs) the tenant is still listed,
        // with nothing occupied, as Occupancy counts nothing there.
        const OfficeOccupation occupation = occupationOf(office, office.inService(day), active);
        const Site *site = index.site(office.siteId);
        for (const LeaseShare &share : occupation.shares) {
            Gathered &tenant = gathered[share.lease->companyId];
            TenantRow &row = tenant.row;
            tenant.leases << share.lease;
            if (tenant.lastOfficeId != office.id) {
                row.offices << office.code;
                tenant.lastOfficeId = office.id;
            }
            if (site && !row.sites.contains(site->name))
                row.sites << site->name;
            row.areaM2 += share.areaM2;
            row.workstations += share.workstations;
            if (const std::optional<Cents> rent = share.lease->monthlyRentOn(day))
                row.monthlyRentCents = row.monthlyRentCents.value_or(0) + *rent;
        }
    }

    // Sorted on the folded name, folded once per tenant rather than at each comparison; the rows
    // stay where they were gathered until each is moved once into the list.
    std::vector<std::pair<QString, TenantRow *>> sorted;
    sorted.reserve(std::size_t(gathered.size()));
    for (auto it = gathered.begin(); it != gathered.end(); ++it) {
        TenantRow &row = it->row;
        QList<const Lease *> &leases = it->leases;
        std::sort(leases.begin(), leases.end(), byStart);
        row.companyId = it.key();
        row.start = leases.constFirst()->start;
        row.end = leases.constFirst()->lastDay();
        for (const Lease *lease : leases) {
            row.leaseIds << lease->id;
            if (!row.leaseTypes.contains(lease->type))
                row.leaseTypes << lease->type;
            // An open-ended lease keeps the occupation open-ended.
            if (row.end.isValid())
                row.end = lease->lastDay().isValid() ? std::max(row.end, lease->lastDay()) : QDate();
        }
        if (const Company *company = index.company(row.companyId)) {
            row.company = company->name;
            row.siret = company->siret;
            row.sectorId = company->sectorId;
            if (const Sector *sector = index.sector(company->sectorId))
                row.sector = sector->name;
            row.contact = company->contact;
            row.email = company->email;
            row.phone = company->phone;
        }
        sorted.emplace_back(foldForMatching(row.company), &row);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->companyId < b.second->companyId;
    });
    QList<TenantRow> tenants;
    tenants.reserve(qsizetype(sorted.size()));
    for (const auto &[key, row] : sorted)
        tenants << std::move(*row);
    return tenants;
}

} // namespace pepin
