// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartData.h"
#include "figures/Alerts.h"
#include "figures/Expiries.h"
#include "figures/Flows.h"
#include "figures/OccupancyFigures.h"
#include "figures/OccupancyFilter.h"
#include "figures/Portfolio.h"
#include "figures/RentRoll.h"
#include "figures/SectorMix.h"

#include <QList>

#include <optional>

namespace pepin {

class Store;

// What the dashboard reads from the database, once per change.
struct DashboardSources
{
    Portfolio portfolio;
    QList<Application> applications;

    static DashboardSources load(Store &store);

    // The days the leases that count span: from the first start to the latest last day of those
    // that end (invalid dates when there is no lease).
    DateRange leaseSpan() const;
};

// Every figure of the dashboard for one day and one site (or all), each taken from the core's
// figures as they are: the page formats them and draws them, it computes nothing.
struct DashboardFigures
{
    QDate day;
    QDate today;
    std::optional<Id> siteId;
    int horizonMonths = defaultAlertMonths;
    QDate horizonEnd; // the last day the expiries look at

    OccupancySnapshot occupancy; // Occupancy::on(day)
    int tenants = 0;             // tenantFiguresOn(day): as many as tenantsOn(day)
    QList<Expiry> expiries;      // expiriesWithin(day, horizon)
    QList<Alert> alerts;         // alertsOn(day, horizon)
    int criticalAlerts = 0;
    RentRollPeriod rentMonth; // rentRollOver the calendar month of the day
    int waiting = 0;          // waitingListLength(day)

    SectorMix sectors;                // sectorMixOf(day) of those tenants: sectorMixOn(day)
    QList<FlowPeriod> flows;          // entriesAndExitsByYear from the first lease to the day
    StayLengthDistribution stays;     // stayLengthDistribution(day)
    RentRollChartData rentRoll;       // rentRollByMonth over the year's span around the day
    OccupancyChartData occupancySeries; // Occupancy::series by month over the span chosen

    OccupancyFilter filter() const { return OccupancyFilter{siteId}; }

    // `horizonMonths`: how far ahead the leases ending and the alerts are looked for; `span` and
    // `custom`: the months of the occupancy chart (see ChartData::span).
    static DashboardFigures compute(const DashboardSources &sources, QDate day, std::optional<Id> siteId, QDate today,
                                    ChartSpan span = ChartSpan::Year, const DateRange &custom = {},
                                    int horizonMonths = defaultAlertMonths);
};

} // namespace pepin
