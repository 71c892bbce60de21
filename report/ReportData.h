// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/Alerts.h"
#include "figures/Expiries.h"
#include "figures/Indicators.h"
#include "figures/OccupancyFigures.h"
#include "figures/OccupancyFilter.h"
#include "figures/Periods.h"
#include "figures/Portfolio.h"
#include "figures/RentRoll.h"
#include "figures/SectorMix.h"
#include "figures/Tenants.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pepin {

// What the occupancy report is made for: a period, every site or one, a language, the day it is
// produced on.
struct ReportRequest
{
    DateRange period;
    std::optional<Id> siteId; // nullopt: every site
    QString language = QStringLiteral("fr"); // "fr" or "en"
    QDate produced;         // the day the report says it was produced (today)
    QString incubatorName;  // empty: the site's name, or "Network of N business incubators"
    QByteArray incubatorLogo; // the bytes of a PNG, JPEG or SVG file; empty: no logo
};

// The periods a report is usually asked for, as of a day: the calendar month, quarter or year
// before the day's, or the twelve months ending on the day.
enum class ReportPreset { LastMonth, LastQuarter, LastTwelveMonths, LastYear, Custom };

// The period of a preset as of `today`; Custom gives an invalid range (the user chooses).
DateRange presetPeriod(ReportPreset preset, QDate today);

// A company that came in or left during the period.
struct ReportMovement
{
    Id companyId = 0;
    QString company;
    QString sector;          // empty: no sector
    QDate date;              // the first day of its stay (entry) or its last day (exit)
    std::optional<ExitReason> reason; // exits only; nullopt: not recorded
};

// One line of the leases ending soon, with the names a reader needs.
struct ReportExpiry
{
    Expiry expiry;
    QString company;
    QString office; // "site · code" over every site, the code alone for one site
};

// One legal or policy alert, with the company's and the office's names.
struct ReportAlert
{
    Alert alert;
    QString company;
    QString office;
};

// Every figure the occupancy report prints, taken from the core's figures as they are: the report
// formats them and draws them, it computes nothing. The words are those of DESIGN.md §3 and of
// figures/Indicators.h; the comparisons are with the period of the same number of days just
// before it.
struct ReportData
{
    ReportRequest request;
    QString incubator;     // the name on the cover and in the running header
    QString scope;         // the site's name, or "All sites"
    QStringList siteNames; // the sites the report covers, by name
    DateRange previousPeriod; // the same number of days, ending the day before the period starts

    OccupancyPeriod period;      // Occupancy::over(period)
    OccupancyPeriod previous;    // Occupancy::over(previousPeriod)
    OccupancySnapshot lastDay;   // Occupancy::on(period.end)
    OccupancySnapshot previousLastDay; // Occupancy::on(previousPeriod.end)
    int tenants = 0;             // tenantsOn(period.end)
    int previousTenants = 0;     // tenantsOn(previousPeriod.end)
    RentRollPeriod rentRoll;     // rentRollOver(period)
    RentRollPeriod previousRentRoll;

    QList<OccupancyPeriod> months; // Occupancy::series(period, month): the monthly chart
    SectorMix sectors;             // sectorMixOn(period.end)
    QList<TenantRow> tenantRows;   // tenantsOn(period.end)
    QList<ReportMovement> entries; // stays (figures/Stays.h) starting within the period, by date
    QList<ReportMovement> exits;   // stays ending within the period, by date
    int expiryMonths = 6;
    QDate expiryEnd;               // the last day the expiries look at
    QList<ReportExpiry> expiries;  // expiriesWithin(period.end, expiryMonths)
    QList<ReportAlert> alerts;     // alertsOn(period.end, expiryMonths)
    Indicators indicators;         // computeIndicators(period)

    OccupancyFilter filter() const { return OccupancyFilter{request.siteId}; }

    // The previous period of a period: as many days, ending the day before it starts.
    static DateRange previousOf(const DateRange &period);

    static ReportData compute(const Portfolio &portfolio, const ReportRequest &request);
};

} // namespace pepin
