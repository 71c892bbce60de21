// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/LeaseLastDay.h"

#include <algorithm>

namespace pepin {

Lease withLastDay(Lease lease, QDate last)
{
    if (!last.isValid() || !lease.lastDay().isValid())
        return lease;
    if (lease.terminatedOn.isValid() && (!lease.end.isValid() || last <= lease.end)) {
        lease.terminatedOn = last;
    } else {
        lease.end = last;
        lease.terminatedOn = QDate();
    }
    lease.rentSteps.erase(std::remove_if(lease.rentSteps.begin(), lease.rentSteps.end(),
                                         [last](const RentStep &step) { return step.from > last; }),
                          lease.rentSteps.end());
    return lease;
}

QList<Problem> checkLastDay(const Lease &changed, const Office &office, const QString &officeName,
                            const QList<Lease> &officeLeases, const Rules::CompanyName &companyName)
{
    QList<Problem> problems = Rules::checkLease(changed, office, officeName);
    problems << Rules::checkLeaseAgainstOthers(changed, office, officeName, officeLeases, companyName);
    return problems;
}

} // namespace pepin
