// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Checker.h"

#include "service/Rules.h"
#include "service/Store.h"

#include <QHash>

namespace pepin {

QList<Checker::Finding> Checker::check(Store &store)
{
    QList<Finding> findings;
    Database &db = store.database();
    const SqlDialect &dialect = db.dialect();

    if (Result<QSqlQuery> integrity = db.run(dialect.integrityCheck()); !integrity) {
        findings << Finding{Finding::Severity::Damaged, QString(), integrity.error().message()};
        return findings;
    } else {
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            if (line != QLatin1String("ok"))
                findings << Finding{Finding::Severity::Damaged, QString(), line};
        }
    }
    if (Result<QSqlQuery> keys = db.run(dialect.foreignKeyCheck()); keys) {
        while (keys->next()) {
            findings << Finding{Finding::Severity::Damaged,
                                tr("%1 row %2").arg(keys->value(0).toString(), keys->value(1).toString()),
                                tr("refers to a missing row of %1").arg(keys->value(2).toString())};
        }
    }
    if (!findings.isEmpty())
        return findings;

    const QList<Office> offices = store.offices();
    const QList<Lease> leases = store.leases();
    QHash<Id, QString> companyNames;
    for (const Company &company : store.companies()) {
        companyNames.insert(company.id, company.name);
        for (const Problem &problem : Rules::checkCompany(company))
            findings << Finding{Finding::Severity::RuleBroken, tr("company %1").arg(company.name), problem.message};
    }
    QHash<Id, QList<Lease>> leasesByOffice;
    for (const Lease &lease : leases)
        leasesByOffice[lease.officeId] << lease;
    const auto nameOf = [&companyNames](Id id) { return companyNames.value(id); };
    for (const Office &office : offices) {
        const QString name = store.officeName(office);
        for (const Problem &problem : Rules::checkOffice(office))
            findings << Finding{Finding::Severity::RuleBroken, tr("office %1").arg(name), problem.message};
        const QList<Lease> here = leasesByOffice.value(office.id);
        for (const Lease &lease : here) {
            if (lease.cancelled)
                continue;
            QList<Problem> problems = Rules::checkLease(lease, office, name);
            problems << Rules::checkLeaseAgainstOthers(lease, office, name, here, nameOf);
            for (const Problem &problem : problems) {
                findings << Finding{Finding::Severity::RuleBroken,
                                    tr("lease %1 (%2, %3)").arg(lease.id).arg(nameOf(lease.companyId), name), problem.message};
            }
        }
    }
    return findings;
}

} // namespace pepin
