// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Occupancy.h"

#include "service/Store.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace pepin {

namespace {

// Stand-ins for a missing bound: beyond any date QDate can hold, and far from overflowing.
constexpr qint64 beforeAnyDay = -(qint64(1) << 50);
constexpr qint64 afterAnyDay = qint64(1) << 50;

Measure measure(qint64 days, double occupiedSum, double totalSum)
{
    Measure result;
    result.occupied = occupiedSum / double(days);
    result.total = totalSum / double(days);
    if (totalSum != 0)
        result.rate = occupiedSum / totalSum;
    return result;
}

// Where the occupation of an office changes: on a lease's first day, and on the day after its last.
struct LeaseEdge
{
    qint64 day = 0;
    int leases = 0;
    qint64 workstations = 0;
};

} // namespace

Occupancy::Occupancy(const QList<Office> &offices, const QList<Lease> &leases, const OccupancyFilter &filter)
    : Occupancy(offices, leases, {}, filter)
{
}

Occupancy::Occupancy(const QList<Office> &offices, const QList<Lease> &leases, const QList<Company> &companies,
                     const OccupancyFilter &filter)
{
    QHash<Id, Id> sectorOfCompany;
    if (filter.sectorId) {
        for (const Company &company : companies)
            sectorOfCompany.insert(company.id, company.sectorId);
    }
    // Each office's leases side by side in one list, in the order of the offices the filter keeps
    // (a counting sort on the office's place among them), rather than a list per office grown
    // lease by lease.
    std::vector<const Office *> kept;
    QHash<Id, qint32> placeOfOffice;
    for (const Office &office : offices) {
        if (filter.includes(office)) {
            placeOfOffice.insert(office.id, qint32(kept.size()));
            kept.push_back(&office);
        }
    }
    std::vector<qint32> placeOfLease(std::size_t(leases.size()), -1);
    std::vector<std::size_t> firstOfPlace(kept.size() + 1, 0);
    for (qsizetype i = 0; i < leases.size(); ++i) {
        const Lease &lease = leases.at(i);
        if (lease.cancelled)
            continue;
        if (filter.sectorId) {
            const auto sector = sectorOfCompany.constFind(lease.companyId);
            if (sector == sectorOfCompany.cend() || !filter.countsSector(*sector))
                continue;
        }
        if (const auto place = placeOfOffice.constFind(lease.officeId); place != placeOfOffice.cend()) {
            placeOfLease[std::size_t(i)] = *place;
            ++firstOfPlace[std::size_t(*place) + 1];
        }
    }
    std::partial_sum(firstOfPlace.begin(), firstOfPlace.end(), firstOfPlace.begin());
    std::vector<const Lease *> byPlace(firstOfPlace.back());
    std::vector<std::size_t> next(firstOfPlace.begin(), firstOfPlace.end() - 1);
    for (qsizetype i = 0; i < leases.size(); ++i) {
        if (const qint32 place = placeOfLease[std::size_t(i)]; place >= 0)
            byPlace[next[std::size_t(place)]++] = &leases.at(i);
    }
    m_timelines.reserve(kept.size());
    for (std::size_t place = 0; place < kept.size(); ++place) {
        const std::span<const Lease *const> ofOffice(byPlace.data() + firstOfPlace[place], byPlace.data() + firstOfPlace[place + 1]);
        m_timelines.push_back(timeline(*kept[place], ofOffice));
    }
}

Occupancy Occupancy::load(Store &store, const OccupancyFilter &filter)
{
    return Occupancy(store.offices(), store.leases(), filter.sectorId ? store.companies() : QList<Company>(), filter);
}

Occupancy::Timeline Occupancy::timeline(const Office &office, std::span<const Lease *const> leases)
{
    Timeline result;
    result.areaM2 = office.areaM2;
    result.workstations = office.workstations;
    result.shared = office.kind == OfficeKind::Shared;

    const qint64 inServiceFrom = office.availableFrom.isValid() ? office.availableFrom.toJulianDay() : beforeAnyDay;
    const qint64 inServiceUntil = office.availableUntil.isValid() ? office.availableUntil.toJulianDay() : afterAnyDay;
    if (inServiceUntil < inServiceFrom)
        return result;

    std::vector<LeaseEdge> changes;
    changes.reserve(std::size_t(leases.size()) * 2);
    for (const Lease *lease : leases) {
        const QDate last = lease->lastDay();
        if (!lease->start.isValid() || (last.isValid() && last < lease->start))
            continue; // never active
        const qint64 workstations = result.shared ? lease->workstations : 0;
        changes.push_back({lease->start.toJulianDay(), 1, workstations});
        if (last.isValid())
            changes.push_back({last.toJulianDay() + 1, -1, -workstations});
    }
    std::sort(changes.begin(), changes.end(), [](const LeaseEdge &a, const LeaseEdge &b) { return a.day < b.day; });

    int activeLeases = 0;
    qint64 leasedWorkstations = 0;
    std::size_t next = 0;
    auto applyChangesUpTo = [&](qint64 day) {
        for (; next < changes.size() && changes[next].day <= day; ++next) {
            activeLeases += changes[next].leases;
            leasedWorkstations += changes[next].workstations;
        }
    };

    applyChangesUpTo(inServiceFrom);
    for (qint64 first = inServiceFrom;;) {
        const qint64 nextChange = next < changes.size() ? changes[next].day : afterAnyDay + 1;
        const qint64 last = std::min(nextChange - 1, inServiceUntil);
        Stretch stretch{first, last, activeLeases > 0, 0};
        if (stretch.occupied)
            stretch.occupiedWorkstations = result.shared ? leasedWorkstations : result.workstations;
        // Changes that cancel out (a lease ending the day before another starts) leave one stretch.
        if (!result.stretches.empty() && result.stretches.back().occupied == stretch.occupied
            && result.stretches.back().occupiedWorkstations == stretch.occupiedWorkstations)
            result.stretches.back().last = last;
        else
            result.stretches.push_back(stretch);
        if (last >= inServiceUntil)
            break;
        first = last + 1;
        applyChangesUpTo(first);
    }
    return result;
}

void Occupancy::add(const Timeline &timeline, const DateRange &range, DaySums &sums)
{
    const qint64 first = range.start.toJulianDay();
    const qint64 last = range.end.toJulianDay();
    const auto &stretches = timeline.stretches;
    auto stretch = std::partition_point(stretches.begin(), stretches.end(), [first](const Stretch &s) { return s.last < first; });

    qint64 inService = 0;
    qint64 occupied = 0;
    qint64 occupiedWorkstationDays = 0;
    for (; stretch != stretches.end() && stretch->first <= last; ++stretch) {
        const qint64 days = std::min(stretch->last, last) - std::max(stretch->first, first) + 1;
        inService += days;
        if (stretch->occupied) {
            occupied += days;
            occupiedWorkstationDays += days * stretch->occupiedWorkstations;
        }
    }
    if (inService == 0)
        return;

    sums.officeDays += inService;
    sums.occupiedOfficeDays += occupied;
    sums.workstationDays += inService * timeline.workstations;
    sums.occupiedWorkstationDays += occupiedWorkstationDays;
    sums.areaDays += timeline.areaM2 * double(inService);
    // A private office is occupied whole. A shared one in proportion to its leased workstations;
    // one without workstations (which the rules forbid) counts whole while any lease is active.
    if (!timeline.shared || timeline.workstations <= 0)
        sums.occupiedAreaDays += timeline.areaM2 * double(occupied);
    else
        sums.occupiedAreaDays += timeline.areaM2 * double(occupiedWorkstationDays) / double(timeline.workstations);
}

OccupancyPeriod Occupancy::period(const DateRange &range, const DaySums &sums)
{
    OccupancyPeriod result;
    result.start = range.start;
    result.end = range.end;
    result.offices = measure(sums.days, double(sums.occupiedOfficeDays), double(sums.officeDays));
    result.area = measure(sums.days, sums.occupiedAreaDays, sums.areaDays);
    result.workstations = measure(sums.days, double(sums.occupiedWorkstationDays), double(sums.workstationDays));
    return result;
}

QList<OccupancyPeriod> Occupancy::over(const QList<DateRange> &ranges) const
{
    std::vector<DaySums> sums(std::size_t(ranges.size()));
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const DateRange &range = ranges.at(i);
        if (range.start.isValid() && range.end.isValid() && range.start <= range.end)
            sums[std::size_t(i)].days = range.days();
    }
    // Office by office, each range in turn: an office's stretches are read from memory once for
    // all the ranges rather than once a range (a network's offices fill far more than the
    // processor's caches). Each range's sums still add the offices up in their order.
    for (const Timeline &timeline : m_timelines) {
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            if (sums[std::size_t(i)].days != 0)
                add(timeline, ranges.at(i), sums[std::size_t(i)]);
        }
    }
    QList<OccupancyPeriod> periods;
    periods.reserve(ranges.size());
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const DateRange &range = ranges.at(i);
        if (sums[std::size_t(i)].days == 0) {
            // An empty range has no days to average over: nothing occupied, nothing in service.
            periods << OccupancyPeriod{range.start, range.end, {}, {}, {}};
            continue;
        }
        periods << period(range, sums[std::size_t(i)]);
    }
    return periods;
}

OccupancyPeriod Occupancy::over(const DateRange &range) const
{
    return over(QList<DateRange>{range}).constFirst();
}

OccupancyPeriod Occupancy::over(QDate start, QDate end) const
{
    return over(DateRange{start, end});
}

QList<OccupancyPeriod> Occupancy::series(QDate start, QDate end, PeriodStep step) const
{
    return over(calendarPeriods(start, end, step));
}

OccupancySnapshot Occupancy::on(QDate day) const
{
    const OccupancyPeriod one = over(day, day);
    return OccupancySnapshot{day, one.offices, one.area, one.workstations};
}

} // namespace pepin
