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
    // The leases whose last day falls within the days.
    std::vector<const Lease *> ending;
    for (const Lease &lease : leases) {
        const QDate last = lease.lastDay();
        if (!lease.cancelled && included.contains(lease.officeId) && last.isValid() && day <= last && last <= until)
            ending.push_back(&lease);
    }
    // A lease whose successor, for the same company in the same office, starts the day after its
    // last day is renewed. The successors are looked for among the leases that start within the
    // days that follow (a few of a network's 25 years of leases), each against the days wanted.
    using Start = std::tuple<Id, Id, qint64>; // company, office, first day
    const auto followerOf = [](const Lease &lease) {
        return Start{lease.companyId, lease.officeId, lease.lastDay().toJulianDay() + 1};
    };
    std::vector<Start> wanted;
    wanted.reserve(ending.size());
    for (const Lease *lease : ending)
        wanted.push_back(followerOf(*lease));
    std::sort(wanted.begin(), wanted.end());
    std::vector<Start> followers;
    const QDate firstFollower = day.addDays(1);
    const QDate lastFollower = until.addDays(1);
    for (const Lease &lease : leases) {
        if (lease.cancelled || !lease.start.isValid() || lease.start < firstFollower || lease.start > lastFollower)
            continue;
        const Start start{lease.companyId, lease.officeId, lease.start.toJulianDay()};
        if (std::binary_search(wanted.cbegin(), wanted.cend(), start))
            followers.push_back(start);
    }
    std::sort(followers.begin(), followers.end());

    for (const Lease *ended : ending) {
        const Lease &lease = *ended;
        const QDate last = lease.lastDay();
        if (std::binary_search(followers.cbegin(), followers.cend(), followerOf(lease)))
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
