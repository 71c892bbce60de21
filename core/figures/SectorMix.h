// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"
#include "figures/Portfolio.h"
#include "figures/Tenants.h"

#include <QDate>
#include <QList>

namespace pepin {

// The sector mix of DESIGN.md §3: the tenants per sector, by count, by occupied area and by
// occupied workstations. A company's area and workstations are its shares of the offices it
// leases (see Occupation.h): a private office whole, a shared one by workstation. The companies
// without a sector make one more row, with a sector id of 0 and no name. A row is there only when
// the sector has tenants; rows follow the Portfolio's sectors (the Store's: by name), the
// companies without a sector last, so that every chart and table lists them alike.

// One sector on one day.
struct SectorShare
{
    Id sectorId = 0; // 0: the companies without a sector
    QString name;    // empty for them
    QString color;   // #rrggbb, empty for them
    int companies = 0;
    double areaM2 = 0;
    int workstations = 0;
};

struct SectorMix
{
    QDate date;
    QList<SectorShare> sectors;
    // The sums over the sectors: every tenant once, and the occupied area and workstations of the
    // day (those of Occupancy::on, with the same filter).
    int companies = 0;
    double areaM2 = 0;
    int workstations = 0;
};

// How a row names its sector to people: the sector's name, or "No sector" (translated) for the
// companies without one, so that every chart, table and report says it alike.
QString sectorLabel(const QString &name);

// The colour the companies without a sector are drawn in by every chart, the dashboard's and the
// report's: a grey that reads on light and dark backgrounds ("#9e9e9e").
QString noSectorColorName();

// The sector mix on `day`, from the tenants of that day (tenantFiguresOn, the figures of
// tenantsOn), so that the two agree.
SectorMix sectorMixOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter = {});
// The same from the tenants on `day` already made (tenantsOn or tenantFiguresOn(day, portfolio,
// filter), in any order), for a caller that shows both or counts them: the same mix to the last
// bit from either.
SectorMix sectorMixOf(QDate day, const QList<TenantRow> &tenants, const Portfolio &portfolio);

// Over a period, each figure is its average per day, in the spirit of occupancy over a period
// (DESIGN.md §3): the sum over the days of the day's figure, divided by the number of days. A
// company present half of a month counts as half a company of its sector for that month. So a
// month where tenants come and go shows what the month was like, not only its last day, and a
// day's mix is the one-day period's.
struct SectorAverage
{
    Id sectorId = 0; // 0: the companies without a sector
    QString name;    // empty for them
    QString color;   // empty for them
    double companies = 0;
    double areaM2 = 0;
    double workstations = 0;
};

struct SectorMixPeriod
{
    QDate start;
    QDate end;
    QList<SectorAverage> sectors; // the sectors with a tenant on at least one day of the period
    double companies = 0;
    double areaM2 = 0;
    double workstations = 0;

    // See pepin::isForecast: a period starting after today.
    bool isForecast(QDate today) const { return pepin::isForecast(start, today); }
};

// The sector mix over each of `ranges`, in the order given; an empty or invalid range has no
// sectors and zero figures.
QList<SectorMixPeriod> sectorMixOver(const QList<DateRange> &ranges, const Portfolio &portfolio,
                                     const OccupancyFilter &filter = {});
SectorMixPeriod sectorMixOver(const DateRange &range, const Portfolio &portfolio, const OccupancyFilter &filter = {});
// sectorMixOver each calendar period of [start, end] (see calendarPeriods).
QList<SectorMixPeriod> sectorMixSeries(QDate start, QDate end, PeriodStep step, const Portfolio &portfolio,
                                       const OccupancyFilter &filter = {});

} // namespace pepin
