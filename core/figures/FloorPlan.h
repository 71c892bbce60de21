// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"
#include "figures/Portfolio.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace pepin {

// Each floor of each site with the state of its offices on one day: what the floor map of the
// planning draws, and what a report or the command line can list. The words are those of
// DESIGN.md §3 (active lease, in service) and of figures/Expiries.h (a lease that ends soon).

enum class FloorOfficeState {
    // In service with at least one active lease, none of which ends within the horizon.
    Occupied,
    // In service with an active lease whose last day falls within the horizon and that is not
    // renewed (expiriesWithin): the space comes free soon. A shared office is ending soon as soon
    // as one of its tenants leaves within the horizon.
    EndingSoon,
    // In service, no active lease.
    Free,
    // Not in service on the day (before its available_from, after its available_until), or
    // archived: nothing can be let there. Its leases are still listed when there are any.
    OutOfService,
};

// Stable codes ("occupied", "ending_soon", "free", "out_of_service") and translated labels.
QString code(FloorOfficeState state);
QString label(FloorOfficeState state);

struct FloorOfficeTenant
{
    Id leaseId = 0;
    Id companyId = 0;
    QString company; // empty when the company is unknown
    QDate lastDay;   // null: open-ended
    int workstations = 0; // its share (figures/Occupation.h)
    bool endingSoon = false;
};

struct FloorOffice
{
    Office office;
    FloorOfficeState state = FloorOfficeState::Free;
    // The leases active on the day, by start then id: one for a private office, any number for
    // a shared one.
    QList<FloorOfficeTenant> tenants;
    int occupiedWorkstations = 0; // figures/Occupation.h
    // The earliest last day of the active leases (null: none, or all open-ended).
    QDate lastDay;
    // Free, or out of service: the next lease to start after the day, if any.
    QDate nextStart;
    Id nextLeaseId = 0;

    // The first active lease, 0 when none: what a double-click on the office opens.
    Id leaseId() const { return tenants.isEmpty() ? 0 : tenants.first().leaseId; }
    QStringList companies() const;
};

struct FloorPlanFloor
{
    Id siteId = 0;
    QString siteName;
    QString floor; // as typed, trimmed; empty when no floor is given
    QList<FloorOffice> offices; // by code, in natural order ("A2" before "A10")
    double areaM2 = 0;          // of every office listed

    int count(FloorOfficeState state) const;
};

struct FloorPlan
{
    QDate day;
    int horizonMonths = 0;
    // By site, in the Portfolio's order, then by floor in natural order ("2" before "10").
    QList<FloorPlanFloor> floors;
};

// The floors of the offices `filter` keeps (its sector is not used: an office is drawn whoever
// its tenant is), on `day`. A lease ends soon when its last day is at most `horizonMonths`
// months after `day`. Cancelled leases never count.
FloorPlan floorPlanOn(const Portfolio &portfolio, QDate day, int horizonMonths, const OccupancyFilter &filter = {});

} // namespace pepin
