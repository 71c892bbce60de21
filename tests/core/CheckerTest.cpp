// SPDX-License-Identifier: GPL-3.0-or-later
// `pepin-cli check` on files edited by other tools, which check none of Pépin's rules: every
// violation is reported, once.
#include "CatchQt.h"
#include "Builders.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include "service/Checker.h"

using namespace pepin;
using namespace pepin::test;

namespace {

QStringList linesOf(const QList<Checker::Finding> &findings)
{
    QStringList lines;
    for (const Checker::Finding &finding : findings)
        lines << finding.where + QStringLiteral(": ") + finding.message;
    return lines;
}

// How many findings say `text`.
qsizetype saying(const QList<Checker::Finding> &findings, const QString &text)
{
    const QStringList lines = linesOf(findings);
    return std::count_if(lines.cbegin(), lines.cend(), [&text](const QString &line) { return line.contains(text); });
}

} // namespace

TEST_CASE("the check reports every rule broken by another tool, each once", "[safety][check][file]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
    const Office b12 = addOffice(db.store(), site.id, QStringLiteral("B12"), 20, 2);
    const Office space = addOffice(db.store(), site.id, QStringLiteral("OS"), 60, 6, OfficeKind::Shared);
    const Office c01 = addOffice(db.store(), site.id, QStringLiteral("C01"), 15, 1);
    const Office d01 = addOffice(db.store(), site.id, QStringLiteral("D01"), 15, 1, OfficeKind::Private, {}, d("2026-06-30"));
    const Company praxys = addCompany(db.store(), QStringLiteral("Praxys"));
    const Company soleas = addCompany(db.store(), QStringLiteral("Soleas.Net"));
    const Company pnt = addCompany(db.store(), QStringLiteral("PNT"));
    const Company isn = addCompany(db.store(), QStringLiteral("3ISN"));
    addLease(db.store(), praxys.id, b12.id, d("2026-01-01"), d("2026-12-31"));
    addLease(db.store(), pnt.id, space.id, d("2026-01-01"), d("2026-12-31"), 4);

    SECTION("a database written by Pépin has nothing to report")
    {
        CHECK(linesOf(Checker::check(db.store())) == QStringList());
    }
    SECTION("edited with raw SQL, as the sqlite3 tool does it: no foreign keys, checks ignored")
    {
        {
            PlainConnection file(db.path());
            file.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            file.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
            const QString lease = QStringLiteral("INSERT INTO leases (company_id, office_id, type, start_date, end_date, workstations) "
                                                 "VALUES (?, ?, 'precaire', ?, ?, ?)");
            // A second tenant in a private office, half a year at once.
            file.exec(lease, {soleas.id, b12.id, QStringLiteral("2026-06-01"), QStringLiteral("2027-05-31"), 0});
            // 4 + 3 workstations in a shared office of 6.
            file.exec(lease, {isn.id, space.id, QStringLiteral("2026-03-01"), QStringLiteral("2026-04-30"), 3});
            // A lease that ends before it starts.
            file.exec(lease, {isn.id, c01.id, QStringLiteral("2026-05-01"), QStringLiteral("2026-04-01"), 0});
            // A lease of a company that is not there.
            file.exec(lease, {999, c01.id, QStringLiteral("2027-01-01"), QStringLiteral("2027-12-31"), 0});
            // Let past the office's availability.
            file.exec(lease, {pnt.id, d01.id, QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"), 0});
            // A date written as people write it, not as the file stores dates.
            file.exec(QStringLiteral("UPDATE companies SET created_on = '31/12/2020' WHERE id = ?"), {soleas.id});
        }
        const QList<Checker::Finding> findings = Checker::check(db.store());
        INFO(linesOf(findings).join(QLatin1Char('\n')).toStdString());
        CHECK(findings.size() == 7);
        CHECK(saying(findings, QStringLiteral("table leases: a row breaks one of the table's constraints")) == 1);
        CHECK(saying(findings, QStringLiteral("B12 (Ateliers) is already let to Praxys")) == 1);
        CHECK(saying(findings, QStringLiteral("(Soleas.Net, B12 (Ateliers))")) == 1);
        CHECK(saying(findings, QStringLiteral("4 of the 6 workstations of OS (Ateliers) are already let: 3 more do not fit")) == 1);
        CHECK(saying(findings, QStringLiteral("The lease ends (01/04/2026) before it starts (01/05/2026)")) == 1);
        CHECK(saying(findings, QStringLiteral("refers to a missing row of companies")) == 1);
        CHECK(saying(findings, QStringLiteral("D01 (Ateliers) can be let only until 30/06/2026; the lease runs to 31/12/2026")) == 1);
        CHECK(saying(findings, QStringLiteral("companies row %1: created_on holds “31/12/2020”, which is not a date written YYYY-MM-DD")
                                   .arg(soleas.id))
              == 1);
        const auto damaged = std::count_if(findings.cbegin(), findings.cend(), [](const Checker::Finding &finding) {
            return finding.severity == Checker::Finding::Severity::Damaged;
        });
        CHECK(damaged == 1);
    }
}
