// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Stays.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <vector>

namespace pepin {

void Stay::add(QDate start, QDate lastDay)
{
    if (!first.isValid()) {
        first = start;
        last = lastDay;
        return;
    }
    first = std::min(first, start);
    // An open-ended lease keeps the stay open; otherwise the latest last day wins.
    if (!last.isNull())
        last = lastDay.isNull() ? QDate() : std::max(last, lastDay);
}

QHash<Id, Stay> staysOf(const QList<Lease> &leases)
{
    QHash<Id, Stay> stays;
    stays.reserve(leases.size()); // at most one a lease
    for (const Lease &lease : leases) {
        if (lease.cancelled || !lease.start.isValid())
            continue;
        auto it = stays.find(lease.companyId);
        if (it == stays.end())
            it = stays.insert(lease.companyId, Stay{lease.companyId, QDate(), QDate()});
        it->add(lease.start, lease.lastDay());
    }
    return stays;
}

MonthsAndDays durationOf(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    // Count whole months on the day after the last one, so that a span ending the day before
    // the same day of a later month is whole months.
    const QDate after = last.addDays(1);
    int months = (after.year() - first.year()) * 12 + (after.month() - first.month());
    if (first.addMonths(months) > after)
        --months;
    return MonthsAndDays{months, int(first.addMonths(months).daysTo(after))};
}

QDate lastDayWithin(QDate first, int months)
{
    return first.addMonths(months).addDays(-1);
}

namespace {

// Whether a lease counts for the stays of the figures: see leasesCounted.
class Counts
{
public:
    Counts(const QList<Office> &offices, std::optional<Id> siteId)
        : m_siteId(siteId)
    {
        if (!siteId)
            return;
        for (const Office &office : offices) {
            if (office.siteId == *siteId)
                m_siteOffices.insert(office.id);
        }
    }

    bool operator()(const Lease &lease) const
    {
        return !lease.cancelled && lease.start.isValid() && (!m_siteId || m_siteOffices.contains(lease.officeId));
    }

private:
    std::optional<Id> m_siteId;
    QSet<Id> m_siteOffices;
};

} // namespace

QList<Lease> leasesCounted(const QList<Office> &offices, const QList<Lease> &leases, std::optional<Id> siteId)
{
    const Counts counts(offices, siteId);
    // Usually all of them: the same list then, shared rather than copied lease by lease.
    if (std::all_of(leases.cbegin(), leases.cend(), counts))
        return leases;
    QList<Lease> counted;
    counted.reserve(leases.size());
    std::copy_if(leases.cbegin(), leases.cend(), std::back_inserter(counted), counts);
    return counted;
}

QList<Stay> staysCounted(const QList<Office> &offices, const QList<Lease> &leases, std::optional<Id> siteId)
{
    // What a stay takes of each lease, side by side in memory and sorted by company, rather than
    // a table of a network's 300,000 companies filled in the leases' order.
    struct Span
    {
        Id companyId;
        QDate start;
        QDate last;
    };
    const Counts counts(offices, siteId);
    std::vector<Span> spans;
    spans.reserve(std::size_t(leases.size()));
    for (const Lease &lease : leases) {
        if (counts(lease))
            spans.push_back(Span{lease.companyId, lease.start, lease.lastDay()});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.companyId < b.companyId; });
    qsizetype companies = 0;
    for (std::size_t i = 0; i < spans.size(); ++i)
        companies += (i == 0 || spans[i - 1].companyId != spans[i].companyId) ? 1 : 0;
    QList<Stay> stays;
    stays.reserve(companies);
    for (const Span &span : spans) {
        if (stays.isEmpty() || stays.constLast().companyId != span.companyId)
            stays << Stay{span.companyId, QDate(), QDate()};
        stays.last().add(span.start, span.last);
    }
    return stays;
}

} // namespace pepin
