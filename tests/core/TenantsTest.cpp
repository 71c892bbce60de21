// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "PortfolioBuilder.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/SectorMix.h"
#include "figures/Tenants.h"

#include <algorithm>

using namespace pepin;
using namespace pepin::test;

// The tenants on a day (DESIGN.md §3) and their row of the tenant list (§5).

TEST_CASE("tenants on a day: a company with two offices, one of them shared", "[figures][tenants]")
{
    PortfolioBuilder b;
    const Id media = b.sector(QStringLiteral("Multimédia"));
    const Id software = b.sector(QStringLiteral("Software"));
    const Id north = b.site(QStringLiteral("North"));
    const Id o1 = b.office(north, QStringLiteral("O1"), 20, 2);                   // private
    const Id o2 = b.office(north, QStringLiteral("O2"), 30, 3);                   // private
    const Id open = b.office(north, QStringLiteral("OPEN"), 80, 10, OfficeKind::Shared);
    const Id alpha = b.company(QStringLiteral("alpha"), media);
    const Id beta = b.company(QStringLiteral("Beta"), software);
    const Id gamma = b.company(QStringLiteral("Écho"));
    const Id alphaO1 = b.lease(alpha, o1, d("2025-01-01"), d("2026-12-31"), 0, 30000);
    const Id alphaOpen = b.lease(alpha, open, d("2026-03-01"), {}, 2, 15000);
    b.leaseRecord(alphaOpen).type = LeaseType::Coworking;
    b.lease(beta, open, d("2026-01-01"), d("2027-06-30"), 6, 42000);
    b.lease(gamma, o2, d("2026-02-01"), d("2026-08-31"));

    const QList<TenantRow> tenants = tenantsOn(d("2026-06-15"), b.portfolio());
    REQUIRE(tenants.size() == 3);
    // By name, case and accents ignored: alpha, Beta, Écho.
    CHECK(tenants[0].company == QStringLiteral("alpha"));
    CHECK(tenants[1].company == QStringLiteral("Beta"));
    CHECK(tenants[2].company == QStringLiteral("Écho"));

    const TenantRow &a = tenants[0];
    CHECK(a.sectorId == media);
    CHECK(a.sector == QStringLiteral("Multimédia"));
    CHECK(a.sites == QStringList{QStringLiteral("North")});
    CHECK(a.offices == QStringList{QStringLiteral("O1"), QStringLiteral("OPEN")});
    // O1 whole: 20 m², 2 workstations; 2 of OPEN's 10 workstations: 80 × 2/10 = 16 m².
    CHECK(a.areaM2 == 36.0);
    CHECK(a.workstations == 4);
    CHECK(a.leaseTypes == QList<LeaseType>{LeaseType::Precaire, LeaseType::Coworking});
    CHECK(a.leaseIds == QList<Id>{alphaO1, alphaOpen});
    // The earliest start; one lease is open-ended, so the occupation is.
    CHECK(a.start == d("2025-01-01"));
    CHECK(a.end.isNull());
    // 300 € + 150 € in force on the day.
    CHECK(a.monthlyRentCents == Cents(45000));
    CHECK(a.contact == QStringLiteral("alpha contact"));

    const TenantRow &beta6 = tenants[1];
    // 80 × 6/10 = 48 m².
    CHECK(beta6.areaM2 == 48.0);
    CHECK(beta6.workstations == 6);
    CHECK(beta6.end == d("2027-06-30"));
    CHECK(beta6.monthlyRentCents == Cents(42000));

    const TenantRow &echo = tenants[2];
    CHECK(echo.sectorId == 0);
    CHECK(echo.sector.isEmpty());
    CHECK(echo.areaM2 == 30.0);
    CHECK(echo.workstations == 3);
    // No rent step: no rent in force, rather than a rent of zero.
    CHECK_FALSE(echo.monthlyRentCents.has_value());

    // Filters: the site keeps everything here; the sector keeps its companies only.
    CHECK(tenantsOn(d("2026-06-15"), b.portfolio(), OccupancyFilter{north, {}, {}}).size() == 3);
    const QList<TenantRow> software6 = tenantsOn(d("2026-06-15"), b.portfolio(), OccupancyFilter{{}, {}, software});
    REQUIRE(software6.size() == 1);
    CHECK(software6[0].companyId == beta);
    const QList<TenantRow> none = tenantsOn(d("2026-06-15"), b.portfolio(), OccupancyFilter{{}, {}, Id(0)});
    REQUIRE(none.size() == 1);
    CHECK(none[0].companyId == gamma);
}

TEST_CASE("tenants on the boundary days of their leases", "[figures][tenants]")
{
    PortfolioBuilder b;
    const Id site = b.site(QStringLiteral("Site"));
    const Id o1 = b.office(site, QStringLiteral("O1"), 20, 2);
    const Id o2 = b.office(site, QStringLiteral("O2"), 20, 2);
    const Id o3 = b.office(site, QStringLiteral("O3"), 20, 2);
    const Id ending = b.company(QStringLiteral("Ending"));
    const Id early = b.company(QStringLiteral("Early"));
    const Id starting = b.company(QStringLiteral("Starting"));
    const Id cancelled = b.company(QStringLiteral("Cancelled"));
    b.lease(ending, o1, d("2026-01-01"), d("2026-06-30"));
    const Id earlyLease = b.lease(early, o2, d("2026-01-01"), d("2026-12-31"));
    b.leaseRecord(earlyLease).terminatedOn = d("2026-06-30");
    b.lease(starting, o3, d("2026-07-01"), d("2026-12-31"));
    const Id gone = b.lease(cancelled, o3, d("2026-01-01"), d("2026-06-30"));
    b.leaseRecord(gone).cancelled = true;

    auto names = [&](const char *day) {
        QStringList list;
        for (const TenantRow &row : tenantsOn(d(day), b.portfolio()))
            list << row.company;
        return list;
    };
    // A lease's last day is one of its days; the next day is not.
    CHECK(names("2026-06-30") == QStringList{QStringLiteral("Early"), QStringLiteral("Ending")});
    CHECK(names("2026-07-01") == QStringList{QStringLiteral("Starting")});
    CHECK(names("2025-12-31").isEmpty());

    // The end shown is the day the company leaves: an early end, not the term.
    const QList<TenantRow> june = tenantsOn(d("2026-06-30"), b.portfolio());
    CHECK(june[0].end == d("2026-06-30"));
    CHECK(june[1].end == d("2026-06-30"));
    CHECK(tenantsOn(QDate(), b.portfolio()).isEmpty());
}

TEST_CASE("tenants of one floor or one site", "[figures][tenants]")
{
    PortfolioBuilder b;
    const Id north = b.site(QStringLiteral("North"));
    const Id south = b.site(QStringLiteral("South"));
    const Id n0 = b.office(north, QStringLiteral("N0"), 20, 2, OfficeKind::Private, QStringLiteral("0"));
    const Id n1 = b.office(north, QStringLiteral("N1"), 25, 3, OfficeKind::Private, QStringLiteral("1"));
    const Id s1 = b.office(south, QStringLiteral("S1"), 30, 4, OfficeKind::Private, QStringLiteral("1"));
    const Id one = b.company(QStringLiteral("One"));
    const Id two = b.company(QStringLiteral("Two"));
    b.lease(one, n0, d("2026-01-01"));
    b.lease(one, s1, d("2026-01-01"));
    b.lease(two, n1, d("2026-01-01"));

    const QList<TenantRow> all = tenantsOn(d("2026-05-01"), b.portfolio());
    REQUIRE(all.size() == 2);
    CHECK(all[0].sites == QStringList{QStringLiteral("North"), QStringLiteral("South")});
    CHECK(all[0].offices == QStringList{QStringLiteral("N0"), QStringLiteral("S1")});
    CHECK(all[0].areaM2 == 50.0);

    // Floor 1 of every site: One in S1 only (30 m²), Two in N1.
    OccupancyFilter floor1;
    floor1.floor = QStringLiteral(" 1 ");
    const QList<TenantRow> upstairs = tenantsOn(d("2026-05-01"), b.portfolio(), floor1);
    REQUIRE(upstairs.size() == 2);
    CHECK(upstairs[0].offices == QStringList{QStringLiteral("S1")});
    CHECK(upstairs[0].areaM2 == 30.0);
    CHECK(upstairs[0].sites == QStringList{QStringLiteral("South")});

    // Floor 1 of North: Two only.
    floor1.siteId = north;
    const QList<TenantRow> northUpstairs = tenantsOn(d("2026-05-01"), b.portfolio(), floor1);
    REQUIRE(northUpstairs.size() == 1);
    CHECK(northUpstairs[0].company == QStringLiteral("Two"));
}

TEST_CASE("tenants of the demo incubator", "[figures][tenants][demo]")
{
    TestDatabase db;
    const QDate today = d("2026-11-29");
    const Status populated = DemoData::populate(db.store(), Clock::fixed(today));
    if (!populated)
        FAIL(populated.error().message().toStdString());

    const QList<TenantRow> tenants = tenantsOn(today, Portfolio::load(db.store()));
    REQUIRE(tenants.size() == 11);
    double area = 0;
    int workstations = 0;
    for (const TenantRow &tenant : tenants) {
        CHECK(tenant.offices.size() == 1);
        CHECK_FALSE(tenant.sector.isEmpty());
        CHECK(tenant.monthlyRentCents.value_or(0) > 0);
        area += tenant.areaM2;
        workstations += tenant.workstations;
    }
    CHECK(area == 352.5);
    CHECK(workstations == 40);
    CHECK(tenants.constFirst().company == QStringLiteral("3ISN"));
    CHECK(tenants.constLast().company == QStringLiteral("Vallée Data"));
}

TEST_CASE("the tenants' figures alone are those of the tenant list, and give the same sector mix", "[figures][tenants]")
{
    SECTION("areas whose sum depends on the order they are added in")
    {
        // By id Zèta, Mistral, Azur; by name the other way round. (12.1 + 17.3) + 9.7 is
        // 39.099999999999994 in binary, (9.7 + 17.3) + 12.1 is 39.1.
        PortfolioBuilder b;
        const Id sector = b.sector(QStringLiteral("Numérique"));
        const Id site = b.site(QStringLiteral("Valenciennes"));
        const QDate day(2026, 6, 15);
        const QList<std::pair<QString, double>> tenants{
            {QStringLiteral("Zèta"), 12.1}, {QStringLiteral("Mistral"), 17.3}, {QStringLiteral("Azur"), 9.7}};
        for (const auto &[name, area] : tenants)
            b.lease(b.company(name, sector), b.office(site, name.left(1), area, 2), QDate(2026, 1, 1));
        const Portfolio &portfolio = b.portfolio();
        REQUIRE(tenantsOn(day, portfolio).size() == 3);
        REQUIRE(tenantsOn(day, portfolio).first().company == QStringLiteral("Azur"));
        const SectorMix fromListed = sectorMixOf(day, tenantsOn(day, portfolio), portfolio);
        const SectorMix fromFigures = sectorMixOf(day, tenantFiguresOn(day, portfolio), portfolio);
        REQUIRE(fromListed.sectors.size() == 1);
        REQUIRE(fromFigures.sectors.size() == 1);
        CHECK(fromListed.sectors.first().areaM2 == (12.1 + 17.3) + 9.7); // added by company id
        CHECK(fromFigures.sectors.first().areaM2 == fromListed.sectors.first().areaM2);
        CHECK(fromFigures.areaM2 == fromListed.areaM2);
        CHECK(sectorMixOn(day, portfolio).areaM2 == fromListed.areaM2);
    }

    SECTION("random incubators, with and without a filter")
    {
        QRandomGenerator random(1122026);
        for (int iteration = 0; iteration < 100; ++iteration) {
            INFO("iteration " << iteration);
            const PortfolioBuilder built = PortfolioBuilder::random(random);
            const Portfolio &portfolio = built.portfolio();
            const QDate day = QDate(2026, 1, 1).addDays(random.bounded(365) - 20);
            QList<OccupancyFilter> filters{OccupancyFilter{}, OccupancyFilter{{}, {}, Id(0)}};
            if (!portfolio.sites.isEmpty())
                filters << OccupancyFilter{portfolio.sites.first().id};
            if (!portfolio.sectors.isEmpty())
                filters << OccupancyFilter{{}, {}, portfolio.sectors.first().id};
            for (const OccupancyFilter &filter : filters) {
                const QList<TenantRow> listed = tenantsOn(day, portfolio, filter);
                const QList<TenantRow> figures = tenantFiguresOn(day, portfolio, filter);
                REQUIRE(figures.size() == listed.size());
                QList<TenantRow> byId = listed;
                std::sort(byId.begin(), byId.end(), [](const TenantRow &a, const TenantRow &b) { return a.companyId < b.companyId; });
                for (qsizetype i = 0; i < figures.size(); ++i) {
                    const TenantRow &row = figures.at(i);
                    CHECK(row.companyId == byId.at(i).companyId);
                    CHECK(row.sectorId == byId.at(i).sectorId);
                    CHECK(row.areaM2 == byId.at(i).areaM2); // the same sums, to the last bit
                    CHECK(row.workstations == byId.at(i).workstations);
                    CHECK(row.company.isEmpty());
                    CHECK(row.offices.isEmpty());
                    CHECK(row.leaseIds.isEmpty());
                }
                // The mix from either list, in either order, is the same to the last bit.
                const SectorMix fromListed = sectorMixOf(day, listed, portfolio);
                const SectorMix fromFigures = sectorMixOf(day, figures, portfolio);
                CHECK(fromListed.companies == fromFigures.companies);
                CHECK(fromListed.areaM2 == fromFigures.areaM2);
                CHECK(fromListed.workstations == fromFigures.workstations);
                REQUIRE(fromListed.sectors.size() == fromFigures.sectors.size());
                for (qsizetype i = 0; i < fromListed.sectors.size(); ++i) {
                    CHECK(fromListed.sectors.at(i).sectorId == fromFigures.sectors.at(i).sectorId);
                    CHECK(fromListed.sectors.at(i).companies == fromFigures.sectors.at(i).companies);
                    CHECK(fromListed.sectors.at(i).areaM2 == fromFigures.sectors.at(i).areaM2);
                    CHECK(fromListed.sectors.at(i).workstations == fromFigures.sectors.at(i).workstations);
                }
                CHECK(sectorMixOn(day, portfolio, filter).areaM2 == fromListed.areaM2);
            }
        }
    }
    CHECK(tenantFiguresOn(QDate(), PortfolioBuilder().portfolio()).isEmpty());
}
