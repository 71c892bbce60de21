// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Stays.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace pepin {

QHash<Id, Stay> staysOf(const QList<Lease> &leases)
{
    QHash<Id, Stay> stays;
    stays.reserve(leases.size()); // at most one a lease
    for (const Lease &lease : leases) {
        if (lease.cancelled || !lease.start.isValid())
            continue;
        auto it = stays.find(lease.companyId);
        if (it == stays.end()) {
            stays.insert(lease.companyId, Stay{lease.companyId, lease.start, lease.lastDay()});
            continue;
        }
        Stay &stay = *it;
        stay.first = std::min(stay.first, lease.start);
        // An open-ended lease keeps the stay open; otherwise the latest last day wins.
        if (!stay.last.isNull())
            stay.last = lease.lastDay().isNull() ? QDate() : std::max(stay.last, lease.lastDay());
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

QList<Lease> leasesCounted(const QList<Office> &offices, const QList<Lease> &leases, std::optional<Id> siteId)
{
    QSet<Id> siteOffices;
    if (siteId) {
        for (const Office &office : offices) {
            if (office.siteId == *siteId)
                siteOffices.insert(office.id);
        }
    }
    const auto counts = [&](const Lease &lease) {
        return !lease.cancelled && lease.start.isValid() && (!siteId || siteOffices.contains(lease.officeId));
    };
    // Usually all of them: the same list then, shared rather than copied lease by lease.
    if (std::all_of(leases.cbegin(), leases.cend(), counts))
        return leases;
    QList<Lease> counted;
    counted.reserve(leases.size());
    std::copy_if(leases.cbegin(), leases.cend(), std::back_inserter(counted), counts);
    return counted;
}

} // namespace pepin
