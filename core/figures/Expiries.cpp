// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/Expiries.h"

#include <QSet>

#include <algorithm>
#include <tuple>
#include <vector>

namespace pepin {

QDate noticeDeadline(QDate end, int months)
{
    if (!end.isValid())
        return QDate();
    // Counted from the day after the term, so that a term at the end of a month gives a deadline
    // at the end of a month too (29/02 minus one month is 31/01, not 29/01).
    return end.addDays(1).addMonths(-months).addDays(-1);
}

QList<Expiry> expiriesWithin(const QList<Office> &offices, const QList<Lease> &leases, QDate day, int days,
                             const OccupancyFilter &filter)
{
    QList<Expiry> expiries;
    if (!day.isValid() || days < 0)
        return expiries;
    const QDate until = day.addDays(days);

    QSet<Id> included;
    for (const Office &office : offices) {
        if (filter.includes(office))
            included.insert(office.id);
    }
    // Who starts where and when, sorted (one allocation for a network's 25 years of leases): a
    // lease whose successor, for the same company in the same office, starts the day after its
    // last day is renewed.
    using Start = std::tuple<Id, Id, qint64>; // company, office, first day
    std::vector<Start> starts;
    starts.reserve(std::size_t(leases.size()));
    for (const Lease &lease : leases) {
        if (!lease.cancelled && lease.start.isValid())
            starts.emplace_back(lease.companyId, lease.officeId, lease.start.toJulianDay());
    }
    std::sort(starts.begin(), starts.end());

    for (const Lease &lease : leases) {
        const QDate last = lease.lastDay();
        if (lease.cancelled || !included.contains(lease.officeId) || !last.isValid() || last < day || last > until)
            continue;
        if (std::binary_search(starts.cbegin(), starts.cend(), Start{lease.companyId, lease.officeId, last.toJulianDay() + 1}))
            continue;
        Expiry expiry;
        expiry.leaseId = lease.id;
        expiry.companyId = lease.companyId;
        expiry.officeId = lease.officeId;
        expiry.type = lease.type;
        expiry.start = lease.start;
        expiry.end = lease.end;
        expiry.terminatedOn = lease.terminatedOn;
        expiry.lastDay = last;
        expiry.daysLeft = day.daysTo(last);
        expiry.noticeMonths = lease.noticeMonths;
        if (!lease.terminatedOn.isValid()) {
            expiry.noticeDeadline = noticeDeadline(lease.end, lease.noticeMonths);
            expiry.noticeDeadlinePassed = expiry.noticeDeadline < day;
        }
        expiries << expiry;
    }
    std::sort(expiries.begin(), expiries.end(), [](const Expiry &a, const Expiry &b) {
        return a.lastDay != b.lastDay ? a.lastDay < b.lastDay : a.leaseId < b.leaseId;
    });
    return expiries;
}

} // namespace pepin
