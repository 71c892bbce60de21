// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Periods.h"
#include "figures/Stays.h"

#include <QList>

#include <optional>

namespace pepin {

// Companies coming and going, and how long they stay, for the charts. The words are those of
// figures/Indicators.h, so that a chart and the funders' summary agree to the unit:
// - a company's stay runs from the start of its first lease to the last day of its last one
//   (figures/Stays.h); cancelled leases never count; with a site, only the leases of that
//   site's offices count, and a stay is the company's time in that site;
// - an *entry* in a period is a stay that starts within it, an *exit* one whose last day is
//   within it (a stay with an open-ended lease has not ended);
// - a length is in months of 365.25 / 12 days (stayMonths), first and last day included.

// Entries and exits over one period.
struct FlowPeriod
{
    QDate start;
    QDate end;
    int entries = 0;
    int exits = 0;

    // See pepin::isForecast: a period starting after today.
    bool isForecast(QDate today) const { return pepin::isForecast(start, today); }
};

// Entries and exits over each of `ranges`, in the order given; an invalid range counts nothing.
QList<FlowPeriod> entriesAndExits(const QList<DateRange> &ranges, const QList<Office> &offices,
                                  const QList<Lease> &leases, std::optional<Id> siteId = std::nullopt);
// Over each calendar year of [start, end], the first and last clipped to it.
QList<FlowPeriod> entriesAndExitsByYear(QDate start, QDate end, const QList<Office> &offices,
                                        const QList<Lease> &leases, std::optional<Id> siteId = std::nullopt);
// The same, from the stays that count (staysCounted), for a page that asks more of them.
QList<FlowPeriod> entriesAndExits(const QList<DateRange> &ranges, const QList<Stay> &stays);
QList<FlowPeriod> entriesAndExitsByYear(QDate start, QDate end, const QList<Stay> &stays);

// How many stays fall within one band of lengths: from `fromMonths` included to `toMonths`
// excluded (no upper bound when it is none).
struct StayLengthBand
{
    int fromMonths = 0;
    std::optional<int> toMonths;
    int ended = 0;   // stays whose last day is on or before the day
    int ongoing = 0; // stays still running after the day, measured up to it
};

// The lengths of the stays begun by `day`, in bands of `bandMonths` up to `lastBandFromMonths`,
// the last band open: with 12 and 48, [0, 12), [12, 24), [24, 36), [36, 48) and 48 or more
// months. The stays that have ended count their whole length; those still running count their
// length so far (first day to `day`), so that a company's place in the chart grows as it stays.
struct StayLengthDistribution
{
    QDate date;
    QList<StayLengthBand> bands;
    int ended = 0;
    int ongoing = 0;
};

StayLengthDistribution stayLengthDistribution(QDate day, const QList<Office> &offices, const QList<Lease> &leases,
                                              std::optional<Id> siteId = std::nullopt, int bandMonths = 12,
                                              int lastBandFromMonths = 48);
// The same, from the stays that count (staysCounted).
StayLengthDistribution stayLengthDistribution(QDate day, const QList<Stay> &stays, int bandMonths = 12,
                                              int lastBandFromMonths = 48);

} // namespace pepin
