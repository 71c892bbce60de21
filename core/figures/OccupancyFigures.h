// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/Periods.h"

#include <QDate>

#include <optional>

namespace pepin {

// The occupancy figures of DESIGN.md §3, as plain values shared by every place that shows them.

// One measure (offices, m² or workstations): how much is occupied out of how much is in service.
// Over a period both are averages per day; the rate is the ratio of the day sums, so it is not
// skewed by days with little in service. A total of zero has no rate (never 0 or NaN).
struct Measure
{
    double occupied = 0;
    double total = 0;
    std::optional<double> rate;

    // What is in service and not occupied: free offices, free m², free workstations.
    double free() const { return total - occupied; }
};

// Occupancy on one day.
struct OccupancySnapshot
{
    QDate date;
    Measure offices;
    Measure area; // m²
    Measure workstations;
};

// Occupancy over the days from `start` to `end`, both included.
struct OccupancyPeriod
{
    QDate start;
    QDate end;
    Measure offices;
    Measure area; // m²
    Measure workstations;

    // See pepin::isForecast: a period starting after today.
    bool isForecast(QDate today) const { return pepin::isForecast(start, today); }
};

} // namespace pepin
