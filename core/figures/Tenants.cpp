// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Tenants.h"

#include "figures/Occupation.h"
#include "figures/PortfolioIndex.h"
#include "util/Text.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <utility>
#include <vector>

namespace pepin {

namespace {

bool byStart(const Lease *a, const Lease *b)
{
    return a->start != b->start ? a->start < b->start : a->id < b->id;
}

// One lease's share of an office on the day, with the company it goes to and its place in the
// offices' order.
struct Share
{
    Id companyId = 0;
    std::size_t order = 0; // offices in the Portfolio's order, each office's leases by start
    const Office *office = nullptr;
    LeaseShare share;
};

// The shares of every tenant on `day`, by company id, each company's in the offices' order.
std::vector<Share> sharesOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter, const PortfolioIndex &index)
{
    // The leases that count on the day, with their office, in the offices' order (the index points
    // into the Portfolio's list of them), each office's by start.
    std::vector<std::pair<const Office *, const Lease *>> active;
    for (const Lease &lease : portfolio.leases) {
        // The day first: of a network's 25 years of leases, few are active on it.
        if (!lease.activeOn(day))
            continue;
        const Office *office = index.office(lease.officeId);
        if (office && countsFor(lease, *office, index, filter))
            active.emplace_back(office, &lease);
    }
    std::sort(active.begin(), active.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? std::less<const Office *>()(a.first, b.first) : byStart(a.second, b.second);
    });

    // Each office's occupation, shared out among its leases, then the shares by company: rows made
    // one after the other from memory read in order, where a table of rows by company would be
    // reached all over it.
    std::vector<Share> shares;
    shares.reserve(active.size());
    QList<const Lease *> leases;
    for (auto first = active.cbegin(); first != active.cend();) {
        const Office *office = first->first;
        const auto end = std::find_if(first, active.cend(), [&](const auto &entry) { return entry.first != office; });
        leases.clear();
        for (auto entry = first; entry != end; ++entry)
            leases << entry->second;
        // Out of service (which the rules forbid while a lease runs) the tenant is still listed,
        // with nothing occupied, as Occupancy counts nothing there.
        for (const LeaseShare &share : occupationOf(*office, office->inService(day), leases).shares)
            shares.push_back(Share{share.lease->companyId, shares.size(), office, share});
        first = end;
    }
    std::sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) {
        return a.companyId != b.companyId ? a.companyId < b.companyId : a.order < b.order;
    });
    return shares;
}

// Each company's shares, [first, end), one company after the other.
template<typename Visit>
void forEachTenant(const std::vector<Share> &shares, Visit visit)
{
    for (auto first = shares.cbegin(); first != shares.cend();) {
        const auto end = std::find_if(first, shares.cend(), [&](const Share &share) { return share.companyId != first->companyId; });
        visit(first, end);
        first = end;
    }
}

// What the figures of a tenant add up: its company, and its shares of the area and the
// workstations. Its sector comes after (sectorsOf).
void addFigures(TenantRow &row, std::vector<Share>::const_iterator first, std::vector<Share>::const_iterator end)
{
    row.companyId = first->companyId;
    for (auto it = first; it != end; ++it) {
        row.areaM2 += it->share.areaM2;
        row.workstations += it->share.workstations;
    }
}

// Each tenant's sector, in a loop of its own once the rows are made. On a network each company
// read lies far in memory from the last; alone in their loop, the processor waits for many such
// reads at once instead of one after the other.
void sectorsOf(QList<TenantRow> &rows, const PortfolioIndex &index)
{
    for (TenantRow &row : rows) {
        if (const Company *company = index.company(row.companyId))
            row.sectorId = company->sectorId;
    }
}

} // namespace

QList<TenantRow> tenantFiguresOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    if (!day.isValid())
        return {};
    const PortfolioIndex index(portfolio);
    QList<TenantRow> rows;
    forEachTenant(sharesOn(day, portfolio, filter, index), [&](auto first, auto end) {
        TenantRow &row = rows.emplace_back();
        addFigures(row, first, end);
    });
    sectorsOf(rows, index);
    return rows;
}

QList<TenantRow> tenantsOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    if (!day.isValid())
        return {};
    const PortfolioIndex index(portfolio);
    const std::vector<Share> shares = sharesOn(day, portfolio, filter, index);

    std::size_t companies = 0;
    for (std::size_t i = 0; i < shares.size(); ++i)
        companies += (i == 0 || shares[i - 1].companyId != shares[i].companyId) ? 1 : 0;
    std::vector<TenantRow> rows;
    rows.reserve(companies);
    std::vector<const Lease *> ofCompany;
    forEachTenant(shares, [&](auto first, auto end) {
        TenantRow &row = rows.emplace_back();
        addFigures(row, first, end);
        ofCompany.clear();
        for (auto it = first; it != end; ++it) {
            const LeaseShare &share = it->share;
            ofCompany.push_back(share.lease);
            if (it == first || std::prev(it)->office != it->office)
                row.offices << it->office->code;
            const Site *site = index.site(it->office->siteId);
            if (site && !row.sites.contains(site->name))
                row.sites << site->name;
            if (const std::optional<Cents> rent = share.lease->monthlyRentOn(day))
                row.monthlyRentCents = row.monthlyRentCents.value_or(0) + *rent;
        }
        std::sort(ofCompany.begin(), ofCompany.end(), byStart);
        row.start = ofCompany.front()->start;
        row.end = ofCompany.front()->lastDay();
        for (const Lease *lease : ofCompany) {
            row.leaseIds << lease->id;
            if (!row.leaseTypes.contains(lease->type))
                row.leaseTypes << lease->type;
            // An open-ended lease keeps the occupation open-ended.
            if (row.end.isValid())
                row.end = lease->lastDay().isValid() ? std::max(row.end, lease->lastDay()) : QDate();
        }
    });

    for (TenantRow &row : rows) {
        if (const Company *company = index.company(row.companyId)) {
            row.sectorId = company->sectorId;
            row.company = company->name;
            row.siret = company->siret;
            if (const Sector *sector = index.sector(company->sectorId))
                row.sector = sector->name;
            row.contact = company->contact;
            row.email = company->email;
            row.phone = company->phone;
        }
    }

    // Sorted on the folded name, folded once per tenant rather than at each comparison; the rows
    // stay where they were made until each is moved once into the list.
    std::vector<std::pair<QString, TenantRow *>> sorted;
    sorted.reserve(rows.size());
    for (TenantRow &row : rows)
        sorted.emplace_back(foldForMatching(row.company), &row);
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
