// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Indicators.h"

#include "domain/IdIndex.h"
#include "figures/Stays.h"
#include "service/Store.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace pepin {

namespace {

// A month is a twelfth of a year of 365.25 days (a leap day every four years), so that lengths
// add and average without calendar months of 28 to 31 days making them uneven.
constexpr double daysPerMonth = 365.25 / 12.0;

StayLengths lengthsOf(const QList<double> &months)
{
    StayLengths result;
    result.count = int(months.size());
    if (months.isEmpty())
        return result;
    result.averageMonths = std::accumulate(months.cbegin(), months.cend(), 0.0) / double(months.size());
    result.medianMonths = median(months);
    return result;
}

JobsHosted jobsOn(QDate day, const QList<Lease> &leases, const IdIndex<Company> &companies)
{
    JobsHosted result;
    result.date = day;
    QSet<Id> tenants;
    for (const Lease &lease : leases) {
        if (lease.activeOn(day))
            tenants.insert(lease.companyId);
    }
    result.tenants = int(tenants.size());
    for (Id companyId : tenants) {
        const Company *company = companies.find(companyId);
        const std::optional<int> headcount = company ? company->headcountOn(day) : std::nullopt;
        if (headcount)
            result.jobs += *headcount;
        else
            ++result.unknown;
    }
    return result;
}

void countSurvivor(Survival &survival, const Company *company)
{
    if (!company || !company->exitReason)
        return;
    ++survival.known;
    if (*company->exitReason != ExitReason::Closed)
        ++survival.active;
}

void setShare(Survival &survival)
{
    if (survival.known > 0)
        survival.share = double(survival.active) / double(survival.known);
}

} // namespace

double stayMonths(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    return double(first.daysTo(last) + 1) / daysPerMonth;
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2.0;
}

Indicators computeIndicators(const DateRange &period, const QList<Office> &offices, const QList<Lease> &leases,
                             const QList<Company> &companies, std::optional<Id> siteId)
{
    Indicators result;
    result.from = period.start;
    result.to = period.end;
    result.jobsAtStart.date = period.start;
    result.jobsAtEnd.date = period.end;
    result.threeYears.years = 3;
    result.fiveYears.years = 5;
    if (!period.start.isValid() || !period.end.isValid() || period.end < period.start)
        return result;
    const QDate from = period.start;
    const QDate to = period.end;

    const QList<Lease> counted = leasesCounted(offices, leases, siteId);
    const IdIndex<Company> companyById(companies);

    // Hosted: a lease active on some day of [from, to], i.e. one that starts by `to` and whose
    // last day (if any) is on or after both `from` and its own start.
    QSet<Id> hosted;
    for (const Lease &lease : counted) {
        const QDate last = lease.lastDay();
        if (!lease.start.isValid() || lease.start > to)
            continue;
        if (last.isValid() && (last < from || last < lease.start))
            continue;
        hosted.insert(lease.companyId);
    }
    result.companiesHosted = int(hosted.size());

    // By company, so that the lengths are gathered in the same order on every run.
    const QList<Stay> stays = staysCounted(offices, leases, siteId);

    QList<double> endedMonths;
    QList<double> ongoingMonths;
    for (const Stay &stay : stays) {
        const Company *company = companyById.find(stay.companyId);
        if (from <= stay.first && stay.first <= to)
            ++result.entries;

        const bool ended = stay.last.isValid();
        if (ended && from <= stay.last && stay.last <= to) {
            ++result.exits.total;
            const std::optional<ExitReason> reason = company ? company->exitReason : std::nullopt;
            if (!reason) {
                ++result.exits.unknown;
            } else {
                switch (*reason) {
                case ExitReason::GraduatedLocal:
                    ++result.exits.graduatedLocal;
                    break;
                case ExitReason::MovedAway:
                    ++result.exits.movedAway;
                    break;
                case ExitReason::Closed:
                    ++result.exits.closed;
                    break;
                case ExitReason::Other:
                    ++result.exits.other;
                    break;
                }
            }
            endedMonths << stayMonths(stay.first, stay.last);
        } else if (stay.first <= to && (!ended || stay.last > to)) {
            ongoingMonths << stayMonths(stay.first, to);
        }

        if (ended && stay.last.addYears(3) <= to)
            countSurvivor(result.threeYears, company);
        if (ended && stay.last.addYears(5) <= to)
            countSurvivor(result.fiveYears, company);
    }
    result.endedStays = lengthsOf(endedMonths);
    result.ongoingStays = lengthsOf(ongoingMonths);
    setShare(result.threeYears);
    setShare(result.fiveYears);

    result.jobsAtStart = jobsOn(from, counted, companyById);
    result.jobsAtEnd = jobsOn(to, counted, companyById);
    return result;
}

Indicators loadIndicators(Store &store, const DateRange &period, std::optional<Id> siteId)
{
    return computeIndicators(period, store.offices(), store.leases(), store.companies(), siteId);
}

} // namespace pepin
