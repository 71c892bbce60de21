// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"
#include "figures/Portfolio.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace pepin {

// One tenant on a day (DESIGN.md §3: a company with at least one active lease on that day), with
// the columns of the tenant list of DESIGN.md §5.
struct TenantRow
{
    Id companyId = 0;
    QString company;
    QString siret;
    Id sectorId = 0;    // 0: no sector
    QString sector;     // empty: no sector
    QStringList sites;  // the sites of the offices below, each once, in the offices' order
    QStringList offices; // the codes of the offices it occupies that day, in the Portfolio's order
    // Its shares of the occupied area and workstations of those offices (see Occupation.h), so
    // that the tenants' figures add up to the occupancy of the day.
    double areaM2 = 0;
    int workstations = 0;
    QList<LeaseType> leaseTypes; // of its active leases, each once, in order of start
    QDate start;                 // the earliest start of its active leases
    QDate end;                   // the latest last day of its active leases (an early end counts); null: open-ended
    // The sum of the rents in force that day, excluding VAT; nullopt when none of its active
    // leases has a rent in force.
    std::optional<Cents> monthlyRentCents;
    QString contact;
    QString email;
    QString phone;
    QList<Id> leaseIds; // its active leases, in order of start
};

// The tenants on `day`, by company name (case and accents ignored). The filter keeps the leases of
// the offices it includes and, with a sector, the companies of that sector.
QList<TenantRow> tenantsOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter = {});

// The same tenants with their figures alone, for what counts them or adds them up (the dashboard,
// the sector mix): each row's companyId, sectorId, areaM2 and workstations as tenantsOn gives
// them, the other columns empty, the rows by company id. On a large network it takes a fraction
// of tenantsOn's time, which names, describes and sorts every row.
QList<TenantRow> tenantFiguresOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter = {});

} // namespace pepin
