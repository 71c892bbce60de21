// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportData.h"

#include "ReportLanguage.h"

#include "figures/Occupancy.h"
#include "figures/Stays.h"

#include <QHash>

#include <algorithm>

namespace pepin {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Report)
};

QList<ReportMovement> byDate(QList<ReportMovement> movements)
{
    std::stable_sort(movements.begin(), movements.end(), [](const ReportMovement &a, const ReportMovement &b) {
        return a.date != b.date ? a.date < b.date : a.company.localeAwareCompare(b.company) < 0;
    });
    return movements;
}

} // namespace

DateRange presetPeriod(ReportPreset preset, QDate today)
{
    if (!today.isValid())
        return {};
    switch (preset) {
    case ReportPreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, QDate(first.year(), first.month(), first.daysInMonth())};
    }
    case ReportPreset::LastQuarter: {
        const int quarterStartMonth = (today.month() - 1) / 3 * 3 + 1;
        const QDate first = QDate(today.year(), quarterStartMonth, 1).addMonths(-3);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case ReportPreset::LastTwelveMonths:
        return {today.addYears(-1).addDays(1), today};
    case ReportPreset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case ReportPreset::Custom:
        break;
    }
    return {};
}

DateRange ReportData::previousOf(const DateRange &period)
{
    if (!period.start.isValid() || !period.end.isValid() || period.end < period.start)
        return {};
    const QDate end = period.start.addDays(-1);
    return {end.addDays(-(period.days() - 1)), end};
}

ReportData ReportData::compute(const Portfolio &portfolio, const ReportRequest &request)
{
    // The names and the alerts' messages in the report's language.
    const ReportLanguage language(request.language);
    ReportData data;
    data.request = request;
    data.previousPeriod = previousOf(request.period);
    const OccupancyFilter filter = data.filter();
    const QDate end = request.period.end;

    QHash<Id, const Site *> sites;
    for (const Site &site : portfolio.sites) {
        sites.insert(site.id, &site);
        if (!request.siteId ? !site.archived : site.id == *request.siteId)
            data.siteNames << site.name;
    }
    data.scope = request.siteId ? data.siteNames.value(0) : Strings::tr("All sites");
    // Without a name given, the site's; over several sites, the network of them.
    data.incubator = !request.incubatorName.isEmpty() ? request.incubatorName
        : data.siteNames.size() == 1                 ? data.siteNames.first()
        : data.siteNames.isEmpty()                   ? Strings::tr("Business incubator")
                                                     : Strings::tr("Network of %1 business incubators").arg(data.siteNames.size());

    const Occupancy occupancy(portfolio.offices, portfolio.leases, filter);
    data.period = occupancy.over(request.period);
    data.previous = occupancy.over(data.previousPeriod);
    data.lastDay = occupancy.on(end);
    data.previousLastDay = occupancy.on(data.previousPeriod.end);
    data.months = occupancy.series(request.period.start, end, PeriodStep::Month);

    data.tenantRows = tenantsOn(end, portfolio, filter);
    data.tenants = int(data.tenantRows.size());
    data.previousTenants = int(tenantFiguresOn(data.previousPeriod.end, portfolio, filter).size());
    data.rentRoll = rentRollOver(portfolio.offices, portfolio.leases, request.period.start, end, filter);
    data.previousRentRoll =
        rentRollOver(portfolio.offices, portfolio.leases, data.previousPeriod.start, data.previousPeriod.end, filter);
    data.sectors = sectorMixOf(end, data.tenantRows, portfolio);
    data.indicators = computeIndicators(request.period, portfolio.offices, portfolio.leases, portfolio.companies,
                                        request.siteId);

    QHash<Id, const Company *> companies;
    for (const Company &company : portfolio.companies)
        companies.insert(company.id, &company);
    QHash<Id, QString> sectorNames;
    for (const Sector &sector : portfolio.sectors)
        sectorNames.insert(sector.id, sector.name);
    QHash<Id, const Office *> offices;
    for (const Office &office : portfolio.offices)
        offices.insert(office.id, &office);
    auto companyName = [&](Id id) { return companies.contains(id) ? companies[id]->name : QString(); };
    auto officeName = [&](Id id) {
        const Office *office = offices.value(id);
        if (!office)
            return QString();
        if (request.siteId || !sites.contains(office->siteId))
            return office->code;
        return QStringLiteral("%1 · %2").arg(sites[office->siteId]->name, office->code);
    };

    // Entries and exits with the words of figures/Indicators.h: the stays of the leases that
    // count (those of the site's offices with a site), starting or ending within the period.
    QList<Lease> leases;
    for (const Lease &lease : portfolio.leases) {
        const Office *office = offices.value(lease.officeId);
        if (!request.siteId || (office && office->siteId == *request.siteId))
            leases << lease;
    }
    const QHash<Id, Stay> stays = staysOf(leases);
    for (const Stay &stay : stays) {
        const Company *company = companies.value(stay.companyId);
        ReportMovement movement{stay.companyId, company ? company->name : QString(),
                                company ? sectorNames.value(company->sectorId) : QString(), stay.first, std::nullopt};
        if (request.period.start <= stay.first && stay.first <= end)
            data.entries << movement;
        if (stay.last.isValid() && request.period.start <= stay.last && stay.last <= end) {
            movement.date = stay.last;
            movement.reason = company ? company->exitReason : std::nullopt;
            data.exits << movement;
        }
    }
    data.entries = byDate(data.entries);
    data.exits = byDate(data.exits);

    data.expiryEnd = end.addMonths(data.expiryMonths);
    for (const Expiry &expiry : expiriesWithin(portfolio.offices, portfolio.leases, end, int(end.daysTo(data.expiryEnd)), filter))
        data.expiries << ReportExpiry{expiry, companyName(expiry.companyId), officeName(expiry.officeId)};
    const AlertSources alertSources{portfolio.sites, portfolio.offices, portfolio.companies, portfolio.leases};
    for (const Alert &alert : alertsOn(alertSources, end, data.expiryMonths, filter))
        data.alerts << ReportAlert{alert, companyName(alert.companyId), officeName(alert.officeId)};
    return data;
}

} // namespace pepin
