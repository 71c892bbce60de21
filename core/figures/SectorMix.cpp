// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/SectorMix.h"

#include "figures/Occupation.h"
#include "figures/PortfolioIndex.h"
#include "figures/Tenants.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <vector>

namespace pepin {

namespace {

// The order rows are listed in: the Portfolio's sectors, then sectors it does not hold (by id),
// then the companies without a sector.
class SectorOrder
{
public:
    explicit SectorOrder(const Portfolio &portfolio)
    {
        for (const Sector &sector : portfolio.sectors)
            m_rank.insert(sector.id, m_rank.size());
    }

    bool operator()(Id a, Id b) const { return key(a) < key(b); }

private:
    std::pair<qint64, Id> key(Id id) const
    {
        if (id == 0)
            return {std::numeric_limits<qint64>::max(), 0};
        const auto rank = m_rank.constFind(id);
        return rank != m_rank.cend() ? std::pair<qint64, Id>{*rank, 0} : std::pair<qint64, Id>{m_rank.size(), id};
    }

    QHash<Id, qint64> m_rank;
};

template<typename Row>
void name(Row &row, Id sectorId, const PortfolioIndex &index)
{
    row.sectorId = sectorId;
    if (const Sector *sector = sectorId != 0 ? index.sector(sectorId) : nullptr) {
        row.name = sector->name;
        row.color = sector->color;
    }
}

// Days as Julian day numbers, both ends included.
struct DaySpan
{
    qint64 first = 0;
    qint64 last = 0;
};

qint64 overlap(qint64 first, qint64 last, qint64 rangeFirst, qint64 rangeLast)
{
    return std::max<qint64>(0, std::min(last, rangeLast) - std::max(first, rangeFirst) + 1);
}

// The day sums of one sector over one range.
struct SectorDays
{
    qint64 companyDays = 0;
    double areaDays = 0;
    qint64 workstationDays = 0;
};

} // namespace

QString sectorLabel(const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("pepin::SectorMix", "No sector") : name;
}

QString noSectorColorName()
{
    return QStringLiteral("#9e9e9e");
}

SectorMix sectorMixOn(QDate day, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    return sectorMixOf(day, tenantFiguresOn(day, portfolio, filter), portfolio);
}

SectorMix sectorMixOf(QDate day, const QList<TenantRow> &tenants, const Portfolio &portfolio)
{
    SectorMix mix;
    mix.date = day;
    const PortfolioIndex index(portfolio);
    // Added up by company id, whatever order the tenants come in (by name from tenantsOn, by id
    // from tenantFiguresOn), so that the sums of areas come out the same to the last bit.
    std::vector<const TenantRow *> byCompany;
    byCompany.reserve(std::size_t(tenants.size()));
    for (const TenantRow &tenant : tenants)
        byCompany.push_back(&tenant);
    std::sort(byCompany.begin(), byCompany.end(), [](const TenantRow *a, const TenantRow *b) { return a->companyId < b->companyId; });
    QHash<Id, SectorShare> bySector;
    for (const TenantRow *tenant : byCompany) {
        SectorShare &share = bySector[tenant->sectorId];
        share.companies += 1;
        share.areaM2 += tenant->areaM2;
        share.workstations += tenant->workstations;
    }
    QList<Id> ids = bySector.keys();
    std::sort(ids.begin(), ids.end(), SectorOrder(portfolio));
    for (Id id : ids) {
        SectorShare share = bySector.value(id);
        name(share, id, index);
        mix.companies += share.companies;
        mix.areaM2 += share.areaM2;
        mix.workstations += share.workstations;
        mix.sectors << share;
    }
    return mix;
}

QList<SectorMixPeriod> sectorMixOver(const QList<DateRange> &ranges, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    QList<SectorMixPeriod> periods;
    periods.reserve(ranges.size());
    auto valid = [](const DateRange &range) { return range.start.isValid() && range.end.isValid() && range.start <= range.end; };

    // Everything is cut once over the span of all the ranges, then each range adds up its part.
    DateRange span;
    for (const DateRange &range : ranges) {
        if (!valid(range))
            continue;
        span.start = span.start.isValid() ? std::min(span.start, range.start) : range.start;
        span.end = span.end.isValid() ? std::max(span.end, range.end) : range.end;
    }

    const PortfolioIndex index(portfolio);
    QHash<Id, QList<const Lease *>> countedByOffice;
    QHash<Id, std::vector<DaySpan>> presence; // by company: the days it has an active lease
    if (span.start.isValid()) {
        const qint64 spanFirst = span.start.toJulianDay();
        const qint64 spanLast = span.end.toJulianDay();
        for (const Lease &lease : portfolio.leases) {
            const Office *office = index.office(lease.officeId);
            if (!office || !countsFor(lease, *office, index, filter))
                continue;
            countedByOffice[lease.officeId] << &lease;
            const qint64 first = std::max(lease.start.toJulianDay(), spanFirst);
            const qint64 last = lease.lastDay().isValid() ? std::min(lease.lastDay().toJulianDay(), spanLast) : spanLast;
            if (first <= last)
                presence[lease.companyId].push_back({first, last});
        }
        // A company with two leases on the same days is one tenant on those days.
        for (std::vector<DaySpan> &spans : presence) {
            std::sort(spans.begin(), spans.end(), [](const DaySpan &a, const DaySpan &b) { return a.first < b.first; });
            std::vector<DaySpan> merged;
            for (const DaySpan &one : spans) {
                if (!merged.empty() && one.first <= merged.back().last + 1)
                    merged.back().last = std::max(merged.back().last, one.last);
                else
                    merged.push_back(one);
            }
            spans = std::move(merged);
        }
    }

    std::vector<QList<OccupationStretch>> stretchesByOffice;
    if (span.start.isValid()) {
        for (const Office &office : portfolio.offices) {
            const auto counted = countedByOffice.constFind(office.id);
            if (counted != countedByOffice.cend())
                stretchesByOffice.push_back(occupationStretches(office, *counted, span));
        }
    }

    for (const DateRange &range : ranges) {
        SectorMixPeriod period;
        period.start = range.start;
        period.end = range.end;
        if (!valid(range)) {
            periods << period;
            continue;
        }
        const qint64 first = range.start.toJulianDay();
        const qint64 last = range.end.toJulianDay();
        QHash<Id, SectorDays> sums;

        for (auto it = presence.cbegin(); it != presence.cend(); ++it) {
            qint64 days = 0;
            for (const DaySpan &one : *it)
                days += overlap(one.first, one.last, first, last);
            if (days > 0)
                sums[index.sectorOf(it.key())].companyDays += days;
        }
        for (const QList<OccupationStretch> &stretches : stretchesByOffice) {
            auto stretch = std::partition_point(stretches.cbegin(), stretches.cend(),
                                                [first](const OccupationStretch &s) { return s.last < first; });
            for (; stretch != stretches.cend() && stretch->first <= last; ++stretch) {
                const qint64 days = overlap(stretch->first, stretch->last, first, last);
                for (const LeaseShare &share : stretch->occupation.shares) {
                    SectorDays &sector = sums[index.sectorOf(share.lease->companyId)];
                    sector.areaDays += share.areaM2 * double(days);
                    sector.workstationDays += qint64(share.workstations) * days;
                }
            }
        }

        const double days = double(range.days());
        QList<Id> ids = sums.keys();
        std::sort(ids.begin(), ids.end(), SectorOrder(portfolio));
        for (Id id : ids) {
            const SectorDays &sector = sums[id];
            SectorAverage average;
            name(average, id, index);
            average.companies = double(sector.companyDays) / days;
            average.areaM2 = sector.areaDays / days;
            average.workstations = double(sector.workstationDays) / days;
            period.companies += average.companies;
            period.areaM2 += average.areaM2;
            period.workstations += average.workstations;
            period.sectors << average;
        }
        periods << period;
    }
    return periods;
}

SectorMixPeriod sectorMixOver(const DateRange &range, const Portfolio &portfolio, const OccupancyFilter &filter)
{
    return sectorMixOver(QList<DateRange>{range}, portfolio, filter).constFirst();
}

QList<SectorMixPeriod> sectorMixSeries(QDate start, QDate end, PeriodStep step, const Portfolio &portfolio,
                                       const OccupancyFilter &filter)
{
    return sectorMixOver(calendarPeriods(start, end, step), portfolio, filter);
}

} // namespace pepin
