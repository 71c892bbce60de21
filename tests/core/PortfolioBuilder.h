// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/Portfolio.h"

#include <QRandomGenerator>

namespace pepin::test {

// Builds a Portfolio in memory, record by record, giving each record the next id: the figures
// read plain values, so their tests need no database.
class PortfolioBuilder
{
public:
    Id sector(const QString &name, const QString &color = QStringLiteral("#123456"));
    Id site(const QString &name);
    Id office(Id siteId, const QString &code, double area, int workstations, OfficeKind kind = OfficeKind::Private,
              const QString &floor = {}, QDate from = {}, QDate until = {});
    Id company(const QString &name, Id sectorId = 0);
    // A lease with one rent step from its start when `monthlyRentCents` is positive.
    Id lease(Id companyId, Id officeId, QDate start, QDate end = {}, int workstations = 0, Cents monthlyRentCents = 0);
    Lease &leaseRecord(Id id);
    Office &officeRecord(Id id);

    const Portfolio &portfolio() const { return m_portfolio; }

    // A small random incubator: 1 or 2 sites, 1 to 6 offices on floors "0" to "2", private or
    // shared, some with availability bounds; 1 to 5 companies in 3 sectors or none; 0 to 8
    // leases in 2026, some open-ended, ended early or cancelled, that may break the rules (two
    // tenants in a private office, a shared office over-let) so that the figures are checked on
    // anything a database could hold.
    static PortfolioBuilder random(QRandomGenerator &random);

private:
    Id m_nextId = 1;
    Portfolio m_portfolio;
};

} // namespace pepin::test
