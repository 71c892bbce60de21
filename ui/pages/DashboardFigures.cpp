// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardFigures.h"

#include "figures/Occupancy.h"
#include "figures/Stays.h"
#include "figures/Tenants.h"
#include "figures/WaitingList.h"
#include "service/Store.h"
#include "util/Beside.h"

#include <algorithm>

namespace pepin {

DashboardSources DashboardSources::load(Store &store)
{
    return {Portfolio::load(store), store.applications()};
}

DateRange DashboardSources::leaseSpan() const
{
    DateRange span;
    for (const Lease &lease : portfolio.leases) {
        if (lease.cancelled || !lease.start.isValid())
            continue;
        if (!span.start.isValid() || lease.start < span.start)
            span.start = lease.start;
        const QDate last = lease.lastDay();
        if (last.isValid() && (!span.end.isValid() || last > span.end))
            span.end = last;
    }
    return span;
}

DashboardFigures DashboardFigures::compute(const DashboardSources &sources, QDate day, std::optional<Id> siteId,
                                           QDate today, ChartSpan span, const DateRange &custom, int horizonMonths)
{
    const Portfolio &portfolio = sources.portfolio;
    DashboardFigures figures;
    figures.day = day;
    figures.today = today;
    figures.siteId = siteId;
    figures.horizonMonths = horizonMonths;
    figures.horizonEnd = day.addMonths(horizonMonths);
    const OccupancyFilter filter = figures.filter();

    // The figures are computed on two processors: the alerts and the rent roll beside
    // (runBeside), the others here, two halves that take about as long on a large network. Each
    // figure reads the sources alone and is written by one thread. Where the thread beside is
    // busy, its half is computed here, at get().
    const DateRange leases = sources.leaseSpan();
    Beside<void> beside = runBeside([&] {
        const AlertSources alertSources{portfolio.sites, portfolio.offices, portfolio.companies, portfolio.leases};
        figures.alerts = alertsOn(alertSources, day, horizonMonths, filter);
        figures.criticalAlerts = int(std::count_if(figures.alerts.cbegin(), figures.alerts.cend(),
                                                   [](const Alert &alert) { return alert.severity == AlertSeverity::Critical; }));
        // The tiles and the chart show totals: the rent roll's lines are left out. The chart's
        // year holds the day's month whole, whose totals are the tiles'.
        const DateRange rentSpan = ChartData::span(ChartSpan::Year, day, leases);
        figures.rentRoll = {rentRollByMonth(portfolio.offices, portfolio.leases, rentSpan.start, rentSpan.end, filter,
                                            RentRollLines::TotalsOnly),
                            today};
        const DateRange month{QDate(day.year(), day.month(), 1), QDate(day.year(), day.month(), day.daysInMonth())};
        const auto ofDay = std::find_if(figures.rentRoll.months.cbegin(), figures.rentRoll.months.cend(),
                                        [&](const RentRollPeriod &period) { return period.start == month.start && period.end == month.end; });
        figures.rentMonth = ofDay != figures.rentRoll.months.cend()
            ? *ofDay
            : rentRollOver(portfolio.offices, portfolio.leases, month.start, month.end, filter, RentRollLines::TotalsOnly);
    });

    const Occupancy occupancy(portfolio.offices, portfolio.leases, filter);
    figures.occupancy = occupancy.on(day);
    // The tenants' figures alone: the dashboard counts them and adds up their sectors.
    const QList<TenantRow> tenants = tenantFiguresOn(day, portfolio, filter);
    figures.tenants = int(tenants.size());
    figures.expiries = expiriesWithin(portfolio.offices, portfolio.leases, day, int(day.daysTo(figures.horizonEnd)), filter);
    figures.waiting = waitingListLength(sources.applications, day);

    figures.sectors = sectorMixOf(day, tenants, portfolio);
    // The entries and exits and the lengths of stay, from the same stays.
    const QList<Stay> stays = staysCounted(portfolio.offices, portfolio.leases, siteId);
    if (leases.start.isValid() && leases.start <= day)
        figures.flows = entriesAndExitsByYear(QDate(leases.start.year(), 1, 1), day, stays);
    figures.stays = stayLengthDistribution(day, stays);
    figures.occupancySeries = occupancyChartData(occupancy, ChartData::span(span, day, leases, custom), today);
    beside.get();
    return figures;
}

} // namespace pepin
