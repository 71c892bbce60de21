// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/Flows.h"
#include "figures/OccupancyFigures.h"
#include "figures/Periods.h"
#include "figures/RentRoll.h"
#include "figures/SectorMix.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace pepin {

class Format;
class Occupancy;

// What each chart of the dashboard draws, as plain values built from the core's figures: the
// charts turn these into Qt Charts series without computing anything, and tests check these
// instead of pixels. A point's x is its month's first day, as milliseconds since the epoch at
// local midnight (what QDateTimeAxis reads).

// The months a chart over time shows.
enum class ChartSpan { Year, FiveYears, All, Custom };

// How far past the day a chart over time looks, from the leases already signed.
constexpr int forecastMonths = 12;

class ChartData
{
    Q_DECLARE_TR_FUNCTIONS(pepin::ChartData)

public:
    // The x of a day on a time axis.
    static qreal x(QDate day);

    // The whole months a chart over time shows as of `day`: the past year or five years up to
    // the day's month, or everything from the first month of `data` (the days the leases span),
    // each followed by the next `forecastMonths` months (to the end of `data` for All, when it is
    // later). Custom takes `custom` as given, or the year's span when it is not a valid range.
    static DateRange span(ChartSpan span, QDate day, const DateRange &data, const DateRange &custom = {});
};

// A line over time: the observed part solid, the forecast (periods starting after today)
// drawn apart; the forecast begins at the last observed point so that the two join.
struct TimeLine
{
    QList<QPointF> observed;
    QList<QPointF> forecast;
};

// ---- occupancy over time ------------------------------------------------------------------------

enum class OccupancyMeasure { Area, Offices, Workstations };

struct OccupancyChartData
{
    QList<OccupancyPeriod> months; // the core's monthly series
    QDate today;

    // The rate of one measure in percent, month by month; a month with nothing in service has
    // no rate and no point.
    TimeLine line(OccupancyMeasure measure) const;
    // The month holding `day`, or -1.
    int monthAt(QDate day) const;
};

OccupancyChartData occupancyChartData(const Occupancy &occupancy, const DateRange &range, QDate today);

// What hovering a month says: its name, whether it is a forecast, and each measure's rate with
// what is occupied out of what is in service.
QString occupancyTip(const OccupancyPeriod &month, QDate today, const Format &format);

// The translated name of a measure, for legends.
QString measureName(OccupancyMeasure measure);

// ---- sector mix ---------------------------------------------------------------------------------

enum class SectorMeasure { Companies, Area };

struct SectorSlice
{
    Id sectorId = 0; // 0: the companies without a sector
    QString name;    // sectorLabel: the sector's name, or "No sector"
    QColor colour;
    double value = 0;
};

// The colour of the companies without a sector, a grey that reads on light and dark backgrounds.
QColor noSectorColour();

// One slice per sector with a value, in the mix's order, in each sector's own colour.
QList<SectorSlice> sectorSlices(const SectorMix &mix, SectorMeasure measure);

// ---- entries and exits, stay lengths ------------------------------------------------------------

struct BarData
{
    QStringList categories;
    QList<int> first;  // entries; ended stays
    QList<int> second; // exits; stays still running
    QString axisTitle; // what the categories are, when their names do not say it
};

// One category per period, named by its year.
BarData flowBars(const QList<FlowPeriod> &years);

// One category per band, in years: "0–1", "1–2"… "4+" (in months when the bands are not whole
// years), the axis saying which.
BarData stayBars(const StayLengthDistribution &distribution);

// ---- rent roll ----------------------------------------------------------------------------------

struct RentRollChartData
{
    QList<RentRollPeriod> months; // the core's rent roll, month by month
    QDate today;

    // The rent of each month in euros.
    TimeLine line() const;
    int monthAt(QDate day) const;
};

QString rentRollTip(const RentRollPeriod &month, QDate today, const Format &format);

} // namespace pepin
