// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/RentRoll.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pepin {

namespace {

// The offices kept by the filter, each with its leases that count, in the offices' order.
struct Place
{
    const Office *office = nullptr;
    QList<const Lease *> leases; // by start
};

// `within`: only the leases active on some day of it are kept; the others add no rent and take
// no free day there (a network's 25 years of leases, for a year's rent roll).
std::vector<Place> placesOf(const QList<Office> &offices, const QList<Lease> &leases, const OccupancyFilter &filter,
                            const DateRange &within)
{
    std::vector<Place> places;
    QHash<Id, std::size_t> index;
    for (const Office &office : offices) {
        if (!filter.includes(office))
            continue;
        index.insert(office.id, places.size());
        places.push_back(Place{&office, {}});
    }
    for (const Lease &lease : leases) {
        if (lease.cancelled || !lease.start.isValid() || lease.start > within.end)
            continue;
        if (const QDate last = lease.lastDay(); last.isValid() && last < within.start)
            continue;
        if (const auto it = index.constFind(lease.officeId); it != index.cend())
            places[*it].leases << &lease;
    }
    for (Place &place : places) {
        std::stable_sort(place.leases.begin(), place.leases.end(),
                         [](const Lease *a, const Lease *b) { return a->start < b->start; });
    }
    return places;
}

// The days of [first, last] on which the lease is active, as a range (empty: start after end).
DateRange activeWithin(const Lease &lease, QDate first, QDate last)
{
    const QDate lastDay = lease.lastDay();
    return DateRange{std::max(first, lease.start), lastDay.isValid() ? std::min(last, lastDay) : last};
}

// Σ over the days of `range` (all active) of the rent step in force that day, in cent-days.
qint64 rentCentDays(const Lease &lease, const DateRange &range)
{
    qint64 sum = 0;
    const QList<RentStep> &steps = lease.rentSteps; // in date order (Entities.h)
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QDate from = std::max(steps[i].from, range.start);
        const QDate to = i + 1 < steps.size() ? std::min(steps[i + 1].from.addDays(-1), range.end) : range.end;
        if (from <= to)
            sum += steps[i].monthlyRentCents * (from.daysTo(to) + 1);
    }
    return sum;
}

// Σ over the days of `range` that the office is in service of its free share that day: 1 for a
// private office without an active lease (0 with one), free workstations / workstations for a
// shared office. `changes`: room to work in, kept from one call to the next.
double freeOfficeDays(const Place &place, const DateRange &range, std::vector<QDate> &changes)
{
    const Office &office = *place.office;
    const QDate first = office.availableFrom.isValid() ? std::max(range.start, office.availableFrom) : range.start;
    const QDate last = office.availableUntil.isValid() ? std::min(range.end, office.availableUntil) : range.end;
    if (last < first)
        return 0;

    // The occupation only changes on a lease's first day and on the day after its last one.
    changes.assign({first, last.addDays(1)});
    for (const Lease *lease : place.leases) {
        if (lease->start > first && lease->start <= last)
            changes.push_back(lease->start);
        const QDate after = lease->lastDay().isValid() ? lease->lastDay().addDays(1) : QDate();
        if (after.isValid() && after > first && after <= last)
            changes.push_back(after);
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

    const bool byWorkstation = office.kind == OfficeKind::Shared && office.workstations > 0;
    double free = 0;
    for (std::size_t i = 0; i + 1 < changes.size(); ++i) {
        const QDate day = changes[i];
        bool occupied = false;
        qint64 leased = 0;
        for (const Lease *lease : place.leases) {
            if (lease->activeOn(day)) {
                occupied = true;
                leased += lease->workstations;
            }
        }
        double share = occupied ? 0.0 : 1.0;
        if (byWorkstation)
            share = double(std::max<qint64>(0, office.workstations - leased)) / double(office.workstations);
        free += share * double(day.daysTo(changes[i + 1]));
    }
    return free;
}

// Adds one office's rent and vacancy to the rent roll of one calendar month, or of a part of
// one: `period` lies within a single month. `changes`: as for freeOfficeDays.
void addPlace(const Place &place, RentRollPeriod &period, RentRollLines lines, std::vector<QDate> &changes)
{
    const int daysInMonth = period.start.daysInMonth();
    for (const Lease *lease : place.leases) {
        const DateRange active = activeWithin(*lease, period.start, period.end);
        if (active.end < active.start)
            continue;
        RentRollLine line;
        line.leaseId = lease->id;
        line.companyId = lease->companyId;
        line.officeId = lease->officeId;
        line.type = lease->type;
        line.days = active.days();
        line.rentCents = proratedCents(rentCentDays(*lease, active), daysInMonth);
        line.chargesCents = proratedCents(lease->monthlyChargesCents * line.days, daysInMonth);
        period.rentCents += line.rentCents;
        period.chargesCents += line.chargesCents;
        if (lines == RentRollLines::Listed)
            period.leases << line;
    }
    const DateRange range{period.start, period.end};
    const double free = freeOfficeDays(place, range, changes);
    if (free > 0) {
        const Office &office = *place.office;
        // Reference rent a month: area × cents per m² per year / 12; the rounding is the last step.
        const double costCents = office.areaM2 * double(office.rentM2YearCents) / 12.0 * free / double(daysInMonth);
        VacancyLine line{office.id, free, Cents(std::llround(costCents))};
        period.vacancyCents += line.costCents;
        if (lines == RentRollLines::Listed)
            period.vacancies << line;
    }
}

} // namespace

Cents proratedCents(qint64 centDays, int daysInMonth)
{
    if (daysInMonth <= 0)
        return 0;
    // n / m rounded half away from zero, in integers: (2n + m) / 2m for n >= 0.
    const qint64 twice = 2 * qint64(daysInMonth);
    return centDays >= 0 ? (2 * centDays + daysInMonth) / twice : -((-2 * centDays + daysInMonth) / twice);
}

QList<RentRollPeriod> rentRollByMonth(const QList<Office> &offices, const QList<Lease> &leases, QDate start, QDate end,
                                      const OccupancyFilter &filter, RentRollLines lines)
{
    const std::vector<Place> places = placesOf(offices, leases, filter, DateRange{start, end});
    QList<RentRollPeriod> months;
    for (const DateRange &month : calendarPeriods(start, end, PeriodStep::Month)) {
        RentRollPeriod period;
        period.start = month.start;
        period.end = month.end;
        months << period;
    }
    // Office by office, each month in turn: an office's leases are read from memory once for
    // all the months rather than once a month (a network's offices and leases fill far more
    // than the processor's caches). Within a month, the lines keep the offices' order.
    std::vector<QDate> changes;
    for (const Place &place : places) {
        for (RentRollPeriod &month : months)
            addPlace(place, month, lines, changes);
    }
    return months;
}

RentRollPeriod rentRollOver(const QList<Office> &offices, const QList<Lease> &leases, QDate start, QDate end,
                            const OccupancyFilter &filter, RentRollLines lines)
{
    RentRollPeriod whole;
    whole.start = start;
    whole.end = end;
    QHash<Id, qsizetype> leaseRow;
    QHash<Id, qsizetype> officeRow;

    for (const RentRollPeriod &month : rentRollByMonth(offices, leases, start, end, filter, lines)) {
        for (const RentRollLine &line : month.leases) {
            const auto it = leaseRow.constFind(line.leaseId);
            if (it == leaseRow.cend()) {
                leaseRow.insert(line.leaseId, whole.leases.size());
                whole.leases << line;
                continue;
            }
            RentRollLine &sum = whole.leases[*it];
            sum.days += line.days;
            sum.rentCents += line.rentCents;
            sum.chargesCents += line.chargesCents;
        }
        for (const VacancyLine &line : month.vacancies) {
            const auto it = officeRow.constFind(line.officeId);
            if (it == officeRow.cend()) {
                officeRow.insert(line.officeId, whole.vacancies.size());
                whole.vacancies << line;
                continue;
            }
            whole.vacancies[*it].freeOfficeDays += line.freeOfficeDays;
            whole.vacancies[*it].costCents += line.costCents;
        }
        whole.rentCents += month.rentCents;
        whole.chargesCents += month.chargesCents;
        whole.vacancyCents += month.vacancyCents;
    }
    if (lines == RentRollLines::TotalsOnly)
        return whole;
    // A lease or an office first seen in a later month goes back to its place in the order.
    QHash<Id, qsizetype> officeOrder;
    for (const Office &office : offices)
        officeOrder.insert(office.id, officeOrder.size());
    QHash<Id, QDate> leaseStart;
    leaseStart.reserve(whole.leases.size());
    for (const Lease &lease : leases) {
        if (leaseRow.contains(lease.id))
            leaseStart.insert(lease.id, lease.start);
    }
    std::stable_sort(whole.leases.begin(), whole.leases.end(), [&](const RentRollLine &a, const RentRollLine &b) {
        const qsizetype officeA = officeOrder.value(a.officeId);
        const qsizetype officeB = officeOrder.value(b.officeId);
        if (officeA != officeB)
            return officeA < officeB;
        return leaseStart.value(a.leaseId) < leaseStart.value(b.leaseId);
    });
    std::stable_sort(whole.vacancies.begin(), whole.vacancies.end(), [&](const VacancyLine &a, const VacancyLine &b) {
        return officeOrder.value(a.officeId) < officeOrder.value(b.officeId);
    });
    return whole;
}

} // namespace pepin
