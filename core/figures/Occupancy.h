// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFigures.h"
#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"

#include <QList>

#include <span>
#include <vector>

namespace pepin {

class Store;

// The occupancy figures of DESIGN.md §3, computed here and nowhere else.
//
// Built once from the offices and leases, it reduces each office to the stretches of days over
// which it is in service and its occupation does not change (bounded by its availability and
// by the starts and last days of its leases). A period then adds up whole stretches instead of
// visiting every day: 2,000 offices over 25 years are some tens of thousands of stretches, not
// eighteen million office-days. Office-days and workstation-days are counted in integers, so
// they are exact; m²-days are summed office by office.
class Occupancy
{
public:
    Occupancy(const QList<Office> &offices, const QList<Lease> &leases, const OccupancyFilter &filter = {});
    // With the companies, whose sectors a sector filter needs: without them, no lease is of the
    // filter's sector.
    Occupancy(const QList<Office> &offices, const QList<Lease> &leases, const QList<Company> &companies,
              const OccupancyFilter &filter);

    // Reads the offices and the leases from the store once.
    static Occupancy load(Store &store, const OccupancyFilter &filter = {});

    OccupancySnapshot on(QDate day) const;
    OccupancyPeriod over(QDate start, QDate end) const;
    OccupancyPeriod over(const DateRange &range) const;
    // `over` for each calendar period of [start, end] (see calendarPeriods).
    QList<OccupancyPeriod> series(QDate start, QDate end, PeriodStep step) const;
    // `over` for each range, in the order given.
    QList<OccupancyPeriod> over(const QList<DateRange> &ranges) const;

private:
    // Days as Julian day numbers, both ends included.
    struct Stretch
    {
        qint64 first = 0;
        qint64 last = 0;
        bool occupied = false;          // at least one active lease
        qint64 occupiedWorkstations = 0; // all of a private office's, or the leases' sum
    };

    struct Timeline
    {
        double areaM2 = 0;
        qint64 workstations = 0;
        bool shared = false;
        std::vector<Stretch> stretches; // in order, not overlapping, only days in service
    };

    // The sums over the days of one range.
    struct DaySums
    {
        qint64 days = 0;
        qint64 officeDays = 0;
        qint64 occupiedOfficeDays = 0;
        qint64 workstationDays = 0;
        qint64 occupiedWorkstationDays = 0;
        double areaDays = 0;
        double occupiedAreaDays = 0;
    };

    static Timeline timeline(const Office &office, std::span<const Lease *const> leases);
    static void add(const Timeline &timeline, const DateRange &range, DaySums &sums);
    static OccupancyPeriod period(const DateRange &range, const DaySums &sums);

    std::vector<Timeline> m_timelines;
};

} // namespace pepin
