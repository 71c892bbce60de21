// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"
#include "figures/PortfolioIndex.h"

#include <QList>

namespace pepin {

// What each lease occupies of its office on a day, by the words of DESIGN.md §3: a private office
// is occupied whole (all its workstations, all its area) by its tenant; a shared office's area
// in proportion to its occupied workstations, each lease taking area × lease workstations /
// office workstations. The tenant list, the sector mix and the explanation of occupancy all
// attribute the space through here, so the shares of an office add up to what Occupancy counts.

struct LeaseShare
{
    const Lease *lease = nullptr;
    int workstations = 0; // occupied through this lease
    double areaM2 = 0;    // occupied through this lease
};

struct OfficeOccupation
{
    bool inService = false;
    bool occupied = false;        // in service with at least one active lease
    int workstations = 0;         // occupied, the sum of the shares
    double areaM2 = 0;            // occupied: the office's figure, computed as Occupancy does
    QList<LeaseShare> shares;     // one per active lease given, in the order given
};

// The occupation of `office` by `active`, the leases active on a day that count (see
// countsFor), in order of start then id. Out of service, nothing is occupied and every share is
// zero. A private office has one tenant at a time (the rules see to it); should two leases ever
// be active together, the first takes the office, so that nothing is counted twice.
OfficeOccupation occupationOf(const Office &office, bool inService, const QList<const Lease *> &active);

// Whether `lease` counts under `filter`: not cancelled, of an office the filter includes, and of
// a company of the filter's sector when it has one.
bool countsFor(const Lease &lease, const Office &office, const PortfolioIndex &index, const OccupancyFilter &filter);

// Days as Julian day numbers, both ends included.
struct OccupationStretch
{
    qint64 first = 0;
    qint64 last = 0;
    OfficeOccupation occupation;
};

// The days of `range` on which `office` is in service, cut wherever its active leases change;
// `leases` are the office's leases that count. Within a stretch the occupation is the same
// every day, so a period adds up stretches instead of visiting days.
QList<OccupationStretch> occupationStretches(const Office &office, const QList<const Lease *> &leases, const DateRange &range);

} // namespace pepin
