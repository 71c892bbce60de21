// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Flows.h"

#include "figures/Indicators.h"
#include "figures/Stays.h"

#include <algorithm>

namespace pepin {

QList<FlowPeriod> entriesAndExits(const QList<DateRange> &ranges, const QList<Office> &offices,
                                  const QList<Lease> &leases, std::optional<Id> siteId)
{
    return entriesAndExits(ranges, staysCounted(offices, leases, siteId));
}

QList<FlowPeriod> entriesAndExits(const QList<DateRange> &ranges, const QList<Stay> &stays)
{
    QList<FlowPeriod> periods;
    periods.reserve(ranges.size());
    for (const DateRange &range : ranges) {
        FlowPeriod period{range.start, range.end};
        if (range.start.isValid() && range.end.isValid() && range.start <= range.end) {
            for (const Stay &stay : stays) {
                if (range.start <= stay.first && stay.first <= range.end)
                    ++period.entries;
                if (stay.last.isValid() && range.start <= stay.last && stay.last <= range.end)
                    ++period.exits;
            }
        }
        periods << period;
    }
    return periods;
}

QList<FlowPeriod> entriesAndExitsByYear(QDate start, QDate end, const QList<Office> &offices,
                                        const QList<Lease> &leases, std::optional<Id> siteId)
{
    return entriesAndExits(calendarPeriods(start, end, PeriodStep::Year), offices, leases, siteId);
}

QList<FlowPeriod> entriesAndExitsByYear(QDate start, QDate end, const QList<Stay> &stays)
{
    return entriesAndExits(calendarPeriods(start, end, PeriodStep::Year), stays);
}

StayLengthDistribution stayLengthDistribution(QDate day, const QList<Office> &offices, const QList<Lease> &leases,
                                              std::optional<Id> siteId, int bandMonths, int lastBandFromMonths)
{
    return stayLengthDistribution(day, staysCounted(offices, leases, siteId), bandMonths, lastBandFromMonths);
}

StayLengthDistribution stayLengthDistribution(QDate day, const QList<Stay> &stays, int bandMonths, int lastBandFromMonths)
{
    StayLengthDistribution result;
    result.date = day;
    bandMonths = std::max(bandMonths, 1);
    for (int from = 0; from < lastBandFromMonths; from += bandMonths)
        result.bands << StayLengthBand{from, std::min(from + bandMonths, lastBandFromMonths)};
    result.bands << StayLengthBand{std::max(lastBandFromMonths, 0), std::nullopt};
    if (!day.isValid())
        return result;

    for (const Stay &stay : stays) {
        if (stay.first > day)
            continue;
        const bool ended = stay.last.isValid() && stay.last <= day;
        const double months = stayMonths(stay.first, ended ? stay.last : day);
        // The bands are in order and the last one is open: the first whose end is past the
        // length holds it.
        for (StayLengthBand &band : result.bands) {
            if (!band.toMonths || months < *band.toMonths) {
                ++(ended ? band.ended : band.ongoing);
                break;
            }
        }
        ++(ended ? result.ended : result.ongoing);
    }
    return result;
}

} // namespace pepin
