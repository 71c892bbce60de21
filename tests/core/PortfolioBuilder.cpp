// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioBuilder.h"

#include "CatchQt.h"

namespace pepin::test {

Id PortfolioBuilder::sector(const QString &name, const QString &color)
{
    m_portfolio.sectors << Sector{m_nextId, name, color, false, 1};
    return m_nextId++;
}

Id PortfolioBuilder::site(const QString &name)
{
    Site site;
    site.id = m_nextId;
    site.name = name;
    m_portfolio.sites << site;
    return m_nextId++;
}

Id PortfolioBuilder::office(Id siteId, const QString &code, double area, int workstations, OfficeKind kind, const QString &floor,
                            QDate from, QDate until)
{
    Office office;
    office.id = m_nextId;
    office.siteId = siteId;
    office.code = code;
    office.floor = floor;
    office.areaM2 = area;
    office.workstations = workstations;
    office.kind = kind;
    office.availableFrom = from;
    office.availableUntil = until;
    m_portfolio.offices << office;
    return m_nextId++;
}

Id PortfolioBuilder::company(const QString &name, Id sectorId)
{
    Company company;
    company.id = m_nextId;
    company.name = name;
    company.sectorId = sectorId;
    company.contact = name + QStringLiteral(" contact");
    m_portfolio.companies << company;
    return m_nextId++;
}

Id PortfolioBuilder::lease(Id companyId, Id officeId, QDate start, QDate end, int workstations, Cents monthlyRentCents)
{
    Lease lease;
    lease.id = m_nextId;
    lease.companyId = companyId;
    lease.officeId = officeId;
    lease.start = start;
    lease.end = end;
    lease.workstations = workstations;
    if (monthlyRentCents > 0)
        lease.rentSteps << RentStep{start, monthlyRentCents};
    m_portfolio.leases << lease;
    return m_nextId++;
}

Lease &PortfolioBuilder::leaseRecord(Id id)
{
    for (Lease &lease : m_portfolio.leases) {
        if (lease.id == id)
            return lease;
    }
    FAIL("no lease " << id);
    return m_portfolio.leases.first();
}

Office &PortfolioBuilder::officeRecord(Id id)
{
    for (Office &office : m_portfolio.offices) {
        if (office.id == id)
            return office;
    }
    FAIL("no office " << id);
    return m_portfolio.offices.first();
}

PortfolioBuilder PortfolioBuilder::random(QRandomGenerator &random)
{
    const QDate yearStart(2026, 1, 1);
    auto day = [&](QDate first, int span) { return first.addDays(random.bounded(span)); };

    PortfolioBuilder built;
    const QList<Id> sectors{built.sector(QStringLiteral("Multimedia")), built.sector(QStringLiteral("Software")),
                            built.sector(QStringLiteral("Services"))};
    QList<Id> sites{built.site(QStringLiteral("North"))};
    if (random.bounded(2))
        sites << built.site(QStringLiteral("South"));

    QList<Id> offices;
    QList<int> officeWorkstations;
    QList<bool> officeShared;
    const int officeCount = 1 + random.bounded(6);
    for (int i = 0; i < officeCount; ++i) {
        const bool shared = random.bounded(3) == 0;
        QDate from, until;
        if (random.bounded(3) == 0)
            from = day(yearStart, 365);
        if (random.bounded(4) == 0)
            until = day(from.isValid() ? from : yearStart, 200);
        const int workstations = 1 + random.bounded(8);
        offices << built.office(sites[random.bounded(int(sites.size()))], QStringLiteral("O%1").arg(i + 1),
                                5 + random.bounded(100) * 0.5, workstations, shared ? OfficeKind::Shared : OfficeKind::Private,
                                QString::number(random.bounded(3)), from, until);
        officeWorkstations << workstations;
        officeShared << shared;
    }

    QList<Id> companies;
    const int companyCount = 1 + random.bounded(5);
    for (int i = 0; i < companyCount; ++i) {
        const int sector = random.bounded(4); // 3: no sector
        companies << built.company(QStringLiteral("Company %1").arg(i + 1), sector < 3 ? sectors[sector] : 0);
    }

    const int leaseCount = random.bounded(9);
    for (int i = 0; i < leaseCount; ++i) {
        const int office = random.bounded(officeCount);
        const QDate start = day(yearStart, 365);
        const QDate end = random.bounded(4) == 0 ? QDate() : day(start, 200);
        const Id id = built.lease(companies[random.bounded(companyCount)], offices[office], start, end,
                                  officeShared[office] ? 1 + random.bounded(officeWorkstations[office]) : 0,
                                  random.bounded(2) ? 10000 + random.bounded(50000) : 0);
        Lease &made = built.leaseRecord(id);
        if (random.bounded(4) == 0)
            made.terminatedOn = day(start, 120);
        made.cancelled = random.bounded(6) == 0;
    }
    return built;
}

} // namespace pepin::test
