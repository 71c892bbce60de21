// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "figures/OccupancyFilter.h"

#include <QList>

namespace pepin {

// The last day on which notice can be given so that a notice period of `months` calendar months
// runs whole before the term `end`: the period covers the days from the deadline's next day to
// `end`, so lastDayWithin(deadline + 1 day, months) is `end`. A lease ending on 31/12/2026 with
// three months' notice must be given notice by 30/09/2026; one ending on 29/02/2028 with one
// month's notice, by 31/01/2028. Null for a null end; `end` itself for no notice.
QDate noticeDeadline(QDate end, int months);

// A lease that ends soon.
struct Expiry
{
    Id leaseId = 0;
    Id companyId = 0;
    Id officeId = 0;
    LeaseType type = LeaseType::Precaire;
    QDate start;
    QDate end;
    QDate terminatedOn;
    QDate lastDay;       // the termination if any, else the end
    qint64 daysLeft = 0; // from the day of the check to the last day: 0 when it is that day
    int noticeMonths = 0;
    // When notice must be given at the latest to end the lease at its term. Null for a lease
    // already ended early: its last day is decided, there is no notice left to give.
    QDate noticeDeadline;
    bool noticeDeadlinePassed = false; // the deadline is before the day of the check
};

// The leases whose last day falls within `days` days from `day` (from `day` to day + `days`,
// both included), by last day. Cancelled leases, open-ended ones and leases already renewed (the
// same company has another lease of the same office starting the day after the last day) are left
// out: they do not end.
QList<Expiry> expiriesWithin(const QList<Office> &offices, const QList<Lease> &leases, QDate day, int days,
                             const OccupancyFilter &filter = {});

} // namespace pepin
