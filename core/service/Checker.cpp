// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Checker.h"

#include "service/Rules.h"
#include "service/Store.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pepin {

namespace {

// The date columns of the schema, with the key that names their rows.
struct DateColumn
{
    const char *table;
    const char *key;
    const char *column;
};

constexpr DateColumn dateColumns[] = {
    {"offices", "id", "available_from"},   {"offices", "id", "available_until"},  {"companies", "id", "created_on"},
    {"companies", "id", "exit_date"},      {"headcounts", "company_id", "as_of"}, {"leases", "id", "start_date"},
    {"leases", "id", "end_date"},          {"leases", "id", "terminated_on"},     {"rent_steps", "lease_id", "from_date"},
    {"applications", "id", "wished_start"}, {"applications", "id", "committee_date"}, {"applications", "id", "received_on"},
};

bool isStoredDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

QList<Checker::Finding> Checker::check(Store &store)
{
    QList<Finding> findings;
    Database &db = store.database();
    const SqlDialect &dialect = db.dialect();
    auto damaged = [&findings](const QString &where, const QString &message) {
        findings << Finding{Finding::Severity::Damaged, where, message};
    };
    auto broken = [&findings](const QString &where, const QString &message) {
        findings << Finding{Finding::Severity::RuleBroken, where, message};
    };

    // A damaged file: nothing else read from it can be trusted.
    if (Result<QSqlQuery> integrity = db.run(dialect.integrityCheck()); !integrity) {
        damaged(QString(), integrity.error().message());
        return findings;
    } else {
        static const QRegularExpression constraint(QStringLiteral("^CHECK constraint failed in (\\w+)$"));
        static const QRegularExpression missingValue(QStringLiteral("^NULL value in (\\w+)\\.(\\w+)$"));
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            // A constraint of the schema broken by a tool that ignored it is a rule broken, not
            // damage: the file is sound, and the rules below say what is wrong in the row.
            const QRegularExpressionMatch broke = constraint.match(line);
            const QRegularExpressionMatch missing = missingValue.match(line);
            if (broke.hasMatch())
                broken(tr("table %1").arg(broke.captured(1)), tr("a row breaks one of the table's constraints"));
            else if (missing.hasMatch())
                broken(tr("table %1").arg(missing.captured(1)), tr("a row has no %1, which it must have").arg(missing.captured(2)));
            else if (line != QLatin1String("ok"))
                damaged(QString(), line);
        }
    }
    if (std::any_of(findings.cbegin(), findings.cend(),
                    [](const Finding &finding) { return finding.severity == Finding::Severity::Damaged; }))
        return findings;

    // References to rows that are not there (another tool may write with foreign keys off).
    if (Result<QSqlQuery> keys = db.run(dialect.foreignKeyCheck()); keys) {
        while (keys->next()) {
            damaged(tr("%1 row %2").arg(keys->value(0).toString(), keys->value(1).toString()),
                    tr("refers to a missing row of %1").arg(keys->value(2).toString()));
        }
    }

    // Dates are written YYYY-MM-DD; anything else would be read as no date at all.
    for (const DateColumn &date : dateColumns) {
        const QString table = QString::fromLatin1(date.table);
        const QString column = QString::fromLatin1(date.column);
        Result<QSqlQuery> values = db.run(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL")
                                              .arg(QString::fromLatin1(date.key), column, table));
        if (!values) {
            damaged(table, values.error().message());
            continue;
        }
        while (values->next()) {
            const QString text = values->value(1).toString();
            if (!isStoredDate(text)) {
                broken(tr("%1 row %2").arg(table, values->value(0).toString()),
                       tr("%1 holds “%2”, which is not a date written YYYY-MM-DD.").arg(column, text));
            }
        }
    }

    // The rules the Store checks before every write, on the data as stored.
    for (const Sector &sector : store.sectors()) {
        for (const Problem &problem : Rules::checkSector(sector))
            broken(tr("sector %1").arg(sector.name), problem.message);
    }
    for (const Site &site : store.sites()) {
        for (const Problem &problem : Rules::checkSite(site))
            broken(tr("site %1").arg(site.name), problem.message);
    }
    QHash<Id, QString> companyNames;
    for (const Company &company : store.companies()) {
        companyNames.insert(company.id, company.name);
        for (const Problem &problem : Rules::checkCompany(company))
            broken(tr("company %1").arg(company.name), problem.message);
    }
    for (const Application &application : store.applications()) {
        for (const Problem &problem : Rules::checkApplication(application))
            broken(tr("application %1 (%2)").arg(application.id).arg(companyNames.value(application.companyId)), problem.message);
    }

    // Each lease against its office, and against the leases of the office that start before it
    // (in the order of their starts): every overlap and every workstation too many is reported
    // once, at the lease that brings it.
    QHash<Id, QList<Lease>> leasesByOffice;
    for (const Lease &lease : store.leases())
        leasesByOffice[lease.officeId] << lease;
    const auto nameOf = [&companyNames](Id id) {
        const auto it = companyNames.constFind(id);
        return it != companyNames.cend() ? *it : tr("missing company %1").arg(id);
    };
    for (const Office &office : store.offices()) {
        const QString name = store.officeName(office);
        for (const Problem &problem : Rules::checkOffice(office))
            broken(tr("office %1").arg(name), problem.message);
        const QList<Lease> here = leasesByOffice.value(office.id);
        for (qsizetype i = 0; i < here.size(); ++i) {
            const Lease &lease = here.at(i);
            if (lease.cancelled)
                continue;
            QList<Problem> problems = Rules::checkLease(lease, office, name);
            problems << Rules::checkLeaseAgainstOthers(lease, office, name, here.mid(0, i), nameOf);
            for (const Problem &problem : problems)
                broken(tr("lease %1 (%2, %3)").arg(lease.id).arg(nameOf(lease.companyId), name), problem.message);
        }
    }
    return findings;
}

} // namespace pepin
