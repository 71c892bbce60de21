// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace pepin {

// The domain's rules, as pure checks: each returns what is wrong, field by field, in the user's
// language, saying how to put it right. The Store runs them before every write, inside the
// write transaction, so that nothing that breaks them is ever stored.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(pepin::Rules)

public:
    using CompanyName = std::function<QString(Id)>;

    // The incubator's own name (Store::Identity): any text but a NUL.
    static QList<Problem> checkIncubatorName(const QString &name);
    static QList<Problem> checkSector(const Sector &sector);
    static QList<Problem> checkSite(const Site &site);
    static QList<Problem> checkOffice(const Office &office);
    static QList<Problem> checkCompany(const Company &company);
    static QList<Problem> checkApplication(const Application &application);

    // The lease on its own and against its office: dates in order, inside the office's
    // availability, workstations that fit, rent steps within the lease.
    static QList<Problem> checkLease(const Lease &lease, const Office &office, const QString &officeName);

    // The lease against the other leases of the same office: a private office is let to one
    // company at a time; a shared office never has more workstations let than it holds.
    static QList<Problem> checkLeaseAgainstOthers(const Lease &lease, const Office &office, const QString &officeName,
                                                  const QList<Lease> &others, const CompanyName &companyName);

    // Most workstations let at once by `others` on any day of `lease`'s period, and that day.
    struct Peak
    {
        int workstations = 0;
        QDate day;
    };
    static Peak peakWorkstations(const Lease &lease, const QList<Lease> &others);
};

} // namespace pepin
