// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "PortfolioBuilder.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/Occupancy.h"
#include "figures/SectorMix.h"


using namespace pepin;
using namespace pepin::test;

// The sector mix of DESIGN.md §3, on a day and averaged over periods.

namespace {

// Two sectors and companies without one, sharing an open space:
// - O1: private, 20 m², 2 workstations, let to Alpha (Multimedia);
// - O2: private, 30 m², 3 workstations, let to Echo (no sector);
// - OPEN: shared, 80 m², 10 workstations: 2 let to Alpha, 6 to Beta (Software).
struct Incubator
{
    PortfolioBuilder b;
    Id media = b.sector(QStringLiteral("Multimedia"), QStringLiteral("#2ca02c"));
    Id software = b.sector(QStringLiteral("Software"), QStringLiteral("#ff7f0e"));
    Id services = b.sector(QStringLiteral("Services")); // no tenant
    Id site = b.site(QStringLiteral("North"));
    Id o1 = b.office(site, QStringLiteral("O1"), 20, 2);
    Id o2 = b.office(site, QStringLiteral("O2"), 30, 3);
    Id open = b.office(site, QStringLiteral("OPEN"), 80, 10, OfficeKind::Shared);
    Id alpha = b.company(QStringLiteral("Alpha"), media);
    Id beta = b.company(QStringLiteral("Beta"), software);
    Id echo = b.company(QStringLiteral("Echo"));

    Incubator()
    {
        b.lease(alpha, o1, d("2026-01-01"));
        b.lease(alpha, open, d("2026-01-01"), {}, 2);
        b.lease(beta, open, d("2026-06-16"), {}, 6); // from the middle of June
        b.lease(echo, o2, d("2026-01-01"), d("2026-06-15"));
    }
};

} // namespace

TEST_CASE("sector mix on a day: a shared office split between two sectors", "[figures][sectors]")
{
    const Incubator incubator;
    const SectorMix mix = sectorMixOn(d("2026-06-20"), incubator.b.portfolio());
    CHECK(mix.date == d("2026-06-20"));
    // Only sectors with tenants, in the Portfolio's order; Echo left on June 15.
    REQUIRE(mix.sectors.size() == 2);

    // Alpha: O1 whole (20 m², 2) and 2 of OPEN's 10 workstations (80 × 2/10 = 16 m²).
    const SectorShare &media = mix.sectors[0];
    CHECK(media.sectorId == incubator.media);
    CHECK(media.name == QStringLiteral("Multimedia"));
    CHECK(media.color == QStringLiteral("#2ca02c"));
    CHECK(media.companies == 1);
    CHECK(media.areaM2 == 36.0);
    CHECK(media.workstations == 4);
    // Beta: 6 of OPEN's 10 workstations: 80 × 6/10 = 48 m².
    const SectorShare &software = mix.sectors[1];
    CHECK(software.sectorId == incubator.software);
    CHECK(software.companies == 1);
    CHECK(software.areaM2 == 48.0);
    CHECK(software.workstations == 6);

    CHECK(mix.companies == 2);
    CHECK(mix.areaM2 == 84.0);
    CHECK(mix.workstations == 10);
    // The occupied area and workstations of the day, sector by sector: the occupancy's.
    const OccupancySnapshot occupancy =
        Occupancy(incubator.b.portfolio().offices, incubator.b.portfolio().leases).on(d("2026-06-20"));
    CHECK(occupancy.area.occupied == mix.areaM2);
    CHECK(occupancy.workstations.occupied == mix.workstations);
}

TEST_CASE("sector mix on a day: companies without a sector come last", "[figures][sectors]")
{
    const Incubator incubator;
    const SectorMix mix = sectorMixOn(d("2026-06-01"), incubator.b.portfolio());
    REQUIRE(mix.sectors.size() == 2);
    CHECK(mix.sectors[0].sectorId == incubator.media);
    // Echo: O2 whole, 30 m², 3 workstations; no name and no colour.
    const SectorShare &unassigned = mix.sectors[1];
    CHECK(unassigned.sectorId == 0);
    CHECK(unassigned.name.isEmpty());
    CHECK(unassigned.color.isEmpty());
    CHECK(unassigned.companies == 1);
    CHECK(unassigned.areaM2 == 30.0);
    CHECK(unassigned.workstations == 3);
    CHECK(mix.companies == 2);
    // 20 + 16 + 30.
    CHECK(mix.areaM2 == 66.0);

    // A day without tenants has no rows and zero sums.
    const SectorMix empty = sectorMixOn(d("2025-06-01"), incubator.b.portfolio());
    CHECK(empty.sectors.isEmpty());
    CHECK(empty.companies == 0);
    CHECK(empty.areaM2 == 0.0);
}

TEST_CASE("sector mix over a month: averages per day", "[figures][sectors]")
{
    const Incubator incubator;
    // June 2026 has 30 days. Echo is there June 1..15 (15 days), Beta June 16..30 (15 days),
    // Alpha all month.
    const SectorMixPeriod june = sectorMixOver(DateRange{d("2026-06-01"), d("2026-06-30")}, incubator.b.portfolio());
    CHECK(june.start == d("2026-06-01"));
    CHECK(june.end == d("2026-06-30"));
    REQUIRE(june.sectors.size() == 3);
    const SectorAverage &media = june.sectors[0];
    CHECK(media.sectorId == incubator.media);
    CHECK(media.companies == 1.0);
    CHECK(media.areaM2 == 36.0);
    CHECK(media.workstations == 4.0);
    const SectorAverage &software = june.sectors[1];
    // 15 of 30 days: half a company, 48 × 15/30 = 24 m², 6 × 15/30 = 3 workstations.
    CHECK(software.companies == 0.5);
    CHECK(software.areaM2 == 24.0);
    CHECK(software.workstations == 3.0);
    const SectorAverage &unassigned = june.sectors[2];
    CHECK(unassigned.sectorId == 0);
    // 15 of 30 days: 0.5 company, 30 × 15/30 = 15 m², 1.5 workstations.
    CHECK(unassigned.companies == 0.5);
    CHECK(unassigned.areaM2 == 15.0);
    CHECK(unassigned.workstations == 1.5);
    CHECK(june.companies == 2.0);
    CHECK(june.areaM2 == 75.0);

    // By month over the half year: 6 periods; January to May without Beta.
    const QList<SectorMixPeriod> months = sectorMixSeries(d("2026-01-01"), d("2026-06-30"), PeriodStep::Month, incubator.b.portfolio());
    REQUIRE(months.size() == 6);
    CHECK(months[0].sectors.size() == 2);
    CHECK(months[0].companies == 2.0);
    CHECK(months[5].areaM2 == 75.0);
}

TEST_CASE("a company with two leases on the same days counts once", "[figures][sectors]")
{
    PortfolioBuilder b;
    const Id sector = b.sector(QStringLiteral("S"));
    const Id site = b.site(QStringLiteral("Site"));
    const Id o1 = b.office(site, QStringLiteral("O1"), 10, 1);
    const Id o2 = b.office(site, QStringLiteral("O2"), 10, 1);
    const Id company = b.company(QStringLiteral("Twice"), sector);
    // O1 for all of April (30 days), O2 from April 11 (20 days), overlapping.
    b.lease(company, o1, d("2026-04-01"), d("2026-04-30"));
    b.lease(company, o2, d("2026-04-11"), d("2026-04-30"));
    const SectorMixPeriod april = sectorMixOver(DateRange{d("2026-04-01"), d("2026-04-30")}, b.portfolio());
    REQUIRE(april.sectors.size() == 1);
    CHECK(april.sectors[0].companies == 1.0);
    // m²-days: 10 × 30 + 10 × 20 = 500, over 30 days.
    CHECK(april.sectors[0].areaM2 == Approx(500.0 / 30.0));
    CHECK(sectorMixOn(d("2026-04-20"), b.portfolio()).sectors[0].companies == 1);
}

TEST_CASE("forecast periods start after today", "[figures][sectors][forecast]")
{
    const Incubator incubator;
    const QList<SectorMixPeriod> months = sectorMixSeries(d("2026-05-01"), d("2026-07-31"), PeriodStep::Month, incubator.b.portfolio());
    REQUIRE(months.size() == 3);
    // Today June 15: May is past, June holds today (partly observed), July is a forecast.
    CHECK_FALSE(months[0].isForecast(d("2026-06-15")));
    CHECK_FALSE(months[1].isForecast(d("2026-06-15")));
    CHECK(months[2].isForecast(d("2026-06-15")));
    // A period starting today is observed on its first day; the day before it, it is a forecast.
    CHECK_FALSE(months[2].isForecast(d("2026-07-01")));
    CHECK(months[2].isForecast(d("2026-06-30")));
    CHECK_FALSE(months[2].isForecast(QDate()));

    const QList<OccupancyPeriod> occupancy =
        Occupancy(incubator.b.portfolio().offices, incubator.b.portfolio().leases).series(d("2026-05-01"), d("2026-07-31"), PeriodStep::Month);
    REQUIRE(occupancy.size() == 3);
    CHECK_FALSE(occupancy[1].isForecast(d("2026-06-15")));
    CHECK(occupancy[2].isForecast(d("2026-06-15")));
}

TEST_CASE("sector mix agrees with the tenants and the occupancy on random portfolios", "[figures][sectors]")
{
    QRandomGenerator random(29112026);
    for (int iteration = 0; iteration < 150; ++iteration) {
        INFO("iteration " << iteration);
        const PortfolioBuilder built = PortfolioBuilder::random(random);
        const Portfolio &portfolio = built.portfolio();
        const QDate start = QDate(2026, 1, 1).addDays(random.bounded(365) - 20);
        const QDate end = start.addDays(random.bounded(70));

        // Each day: the sectors' sums are the occupancy's occupied figures; the sectors' figures
        // with a sector filter on the occupancy give the same occupied parts.
        const Occupancy occupancy(portfolio.offices, portfolio.leases);
        qint64 companyDays = 0;
        double areaDays = 0;
        qint64 workstationDays = 0;
        for (QDate day = start; day <= end; day = day.addDays(1)) {
            const SectorMix mix = sectorMixOn(day, portfolio);
            const OccupancySnapshot snapshot = occupancy.on(day);
            CHECK(mix.areaM2 == Approx(snapshot.area.occupied).margin(1e-9));
            CHECK(double(mix.workstations) == snapshot.workstations.occupied);
            // A private office let to two companies at once (which the rules forbid) goes to the
            // first one in the mix, while a sector filter counts it for the sector of either.
            bool letTwice = false;
            for (const Office &office : portfolio.offices) {
                int active = 0;
                for (const Lease &lease : portfolio.leases)
                    active += lease.officeId == office.id && lease.activeOn(day) ? 1 : 0;
                letTwice = letTwice || (office.kind == OfficeKind::Private && active > 1);
            }
            for (const SectorShare &share : mix.sectors) {
                const OccupancyFilter bySector{{}, {}, share.sectorId};
                const OccupancySnapshot ofSector = Occupancy(portfolio.offices, portfolio.leases, portfolio.companies, bySector).on(day);
                CHECK(ofSector.area.total == snapshot.area.total);
                if (letTwice) {
                    CHECK(ofSector.area.occupied >= share.areaM2 - 1e-9);
                    CHECK(ofSector.workstations.occupied >= double(share.workstations));
                } else {
                    CHECK(ofSector.area.occupied == Approx(share.areaM2).margin(1e-9));
                    CHECK(ofSector.workstations.occupied == double(share.workstations));
                }
            }
            companyDays += mix.companies;
            areaDays += mix.areaM2;
            workstationDays += mix.workstations;

            // A day is a period of one day.
            const SectorMixPeriod one = sectorMixOver(DateRange{day, day}, portfolio);
            REQUIRE(one.sectors.size() == mix.sectors.size());
            for (qsizetype i = 0; i < one.sectors.size(); ++i) {
                CHECK(one.sectors[i].sectorId == mix.sectors[i].sectorId);
                CHECK(one.sectors[i].companies == double(mix.sectors[i].companies));
                CHECK(one.sectors[i].areaM2 == Approx(mix.sectors[i].areaM2).margin(1e-9));
                CHECK(one.sectors[i].workstations == double(mix.sectors[i].workstations));
            }
        }
        // Over the period: the averages of the days.
        const SectorMixPeriod period = sectorMixOver(DateRange{start, end}, portfolio);
        const double days = double(start.daysTo(end) + 1);
        CHECK(period.companies == Approx(double(companyDays) / days));
        CHECK(period.areaM2 == Approx(areaDays / days).margin(1e-9));
        CHECK(period.workstations == Approx(double(workstationDays) / days));
    }
}

TEST_CASE("sector mix of 2,000 offices over 25 years, by month", "[figures][sectors]")
{
    // 2,000 offices, each let to one company after another from 2001 to 2025, with gaps; the
    // companies spread over 4 sectors and none.
    QRandomGenerator random(2001);
    PortfolioBuilder b;
    QList<Id> sectors;
    for (int i = 0; i < 4; ++i)
        sectors << b.sector(QStringLiteral("Sector %1").arg(i));
    const Id site = b.site(QStringLiteral("Site"));
    for (int i = 0; i < 2000; ++i) {
        const bool shared = i % 10 == 0;
        const Id office = b.office(site, QStringLiteral("O%1").arg(i), 10 + random.bounded(40), shared ? 12 : 1 + random.bounded(5),
                                   shared ? OfficeKind::Shared : OfficeKind::Private);
        for (QDate start = d("2001-01-01").addDays(random.bounded(200)); start.year() <= 2025;) {
            const QDate end = start.addDays(180 + random.bounded(900));
            const int sector = random.bounded(5);
            const Id company = b.company(QStringLiteral("C%1").arg(i), sector < 4 ? sectors[sector] : 0);
            b.lease(company, office, start, end, shared ? 1 + random.bounded(12) : 0);
            start = end.addDays(1 + random.bounded(90));
        }
    }

    // How long this takes is the benchmark's business (scripts/bench), not a test's.
    const QList<SectorMixPeriod> months = sectorMixSeries(d("2001-01-01"), d("2025-12-31"), PeriodStep::Month, b.portfolio());
    const SectorMixPeriod whole = sectorMixOver(DateRange{d("2001-01-01"), d("2025-12-31")}, b.portfolio());
    REQUIRE(months.size() == 25 * 12);

    // The months add up to the whole: the same company-days and m²-days, split differently.
    double companyDays = 0, areaDays = 0;
    for (const SectorMixPeriod &month : months) {
        const double days = double(month.start.daysTo(month.end) + 1);
        companyDays += month.companies * days;
        areaDays += month.areaM2 * days;
    }
    const double allDays = double(d("2001-01-01").daysTo(d("2025-12-31")) + 1);
    CHECK(companyDays == Approx(whole.companies * allDays));
    CHECK(areaDays == Approx(whole.areaM2 * allDays));
    CHECK(whole.sectors.size() == 5);
}

TEST_CASE("sector mix of the demo incubator", "[figures][sectors][demo]")
{
    TestDatabase db;
    const QDate today = d("2026-11-29");
    const Status populated = DemoData::populate(db.store(), Clock::fixed(today));
    if (!populated)
        FAIL(populated.error().message().toStdString());

    const Portfolio portfolio = Portfolio::load(db.store());
    const SectorMix mix = sectorMixOn(today, portfolio);
    CHECK(mix.companies == 11);
    CHECK(mix.areaM2 == 352.5);
    CHECK(mix.workstations == 40);
    int companies = 0;
    for (const SectorShare &share : mix.sectors) {
        CHECK(share.sectorId != 0);
        CHECK(share.color.startsWith(QLatin1Char('#')));
        companies += share.companies;
    }
    CHECK(companies == 11);
    // Praxys, Soleas.Net and Vallée Data are the IT services.
    const std::optional<Sector> it = db->sectorByName(QStringLiteral("IT services"));
    REQUIRE(it.has_value());
    const auto found = std::find_if(mix.sectors.cbegin(), mix.sectors.cend(), [&](const SectorShare &s) { return s.sectorId == it->id; });
    REQUIRE(found != mix.sectors.cend());
    CHECK(found->companies == 3);
    // A01 24.5 + A02 28 + B05 33 m²; 2 + 3 + 4 workstations.
    CHECK(found->areaM2 == 85.5);
    CHECK(found->workstations == 9);

    // November 2026 whole: every office let every day, so the averages are the day's.
    const SectorMixPeriod november = sectorMixOver(DateRange{d("2026-11-01"), d("2026-11-30")}, portfolio);
    CHECK(november.companies == 11.0);
    CHECK(november.areaM2 == Approx(352.5));
    CHECK(november.workstations == 40.0);
}
