// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFigures.h"
#include "figures/OccupancyFilter.h"
#include "figures/Portfolio.h"

#include <QList>

namespace pepin {

// Occupancy on a day, office by office, so that a reader can check the figure: which offices
// were in service and why, which leases were active, what each occupied. The occupied parts of
// the offices in service add up to the totals, which are Occupancy::on's figure itself.

// One lease active on the day.
struct LeaseExplanation
{
    Id leaseId = 0;
    Id companyId = 0;
    QString company;
    LeaseType type = LeaseType::Precaire;
    QDate start;
    QDate lastDay;        // null: open-ended
    int workstations = 0; // what it lets: all of a private office's, its own for a shared office
    // False when the filter's sector leaves it out: it is listed, and occupies nothing.
    bool counted = true;
    int occupiedWorkstations = 0; // its share of the office's occupied workstations
    double occupiedAreaM2 = 0;    // its share of the office's occupied area
};

// One office of the filter.
struct OfficeExplanation
{
    Id officeId = 0;
    QString site;
    QString code;
    QString floor;
    OfficeKind kind = OfficeKind::Private;
    QDate availableFrom;  // null: unbounded
    QDate availableUntil; // null: unbounded
    bool inService = false;
    bool occupied = false; // in service with at least one lease that counts
    int workstations = 0;
    int occupiedWorkstations = 0;
    double areaM2 = 0;
    double occupiedAreaM2 = 0;
    QList<LeaseExplanation> leases; // active on the day, in order of start
};

struct OccupancyExplanation
{
    QDate date;
    QList<OfficeExplanation> offices; // every office the filter includes, in the Portfolio's order
    OccupancySnapshot totals;         // Occupancy::on(date) with the same filter

    // The totals added up from the offices in service, in their order: the figures a reader gets
    // by adding the lines, which equal `totals`.
    OccupancySnapshot sums() const;
};

OccupancyExplanation explainOccupancy(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter = {});

} // namespace pepin
