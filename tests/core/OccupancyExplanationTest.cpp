// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "PortfolioBuilder.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/Occupancy.h"
#include "figures/OccupancyExplanation.h"

using namespace pepin;
using namespace pepin::test;

// Occupancy explained office by office: the lines a reader adds up must give the figure.

namespace {

// Exact equality: the explanation adds the same doubles in the same order as the figure.
void checkSame(const Measure &sum, const Measure &figure)
{
    CHECK(sum.occupied == figure.occupied);
    CHECK(sum.total == figure.total);
    CHECK(sum.rate == figure.rate);
}

void checkAddsUp(const OccupancyExplanation &explanation)
{
    const OccupancySnapshot sums = explanation.sums();
    CHECK(explanation.totals.date == explanation.date);
    checkSame(sums.offices, explanation.totals.offices);
    checkSame(sums.area, explanation.totals.area);
    checkSame(sums.workstations, explanation.totals.workstations);
    // Within an office, the leases' shares add up to what it occupies.
    for (const OfficeExplanation &office : explanation.offices) {
        int workstations = 0;
        double area = 0;
        for (const LeaseExplanation &lease : office.leases) {
            if (!lease.counted || !office.inService) {
                CHECK(lease.occupiedWorkstations == 0);
                CHECK(lease.occupiedAreaM2 == 0.0);
            }
            workstations += lease.occupiedWorkstations;
            area += lease.occupiedAreaM2;
        }
        CHECK(workstations == office.occupiedWorkstations);
        CHECK(area == Approx(office.occupiedAreaM2).margin(1e-9));
    }
}

} // namespace

TEST_CASE("occupancy explained office by office", "[figures][explain]")
{
    PortfolioBuilder b;
    const Id media = b.sector(QStringLiteral("Multimedia"));
    const Id software = b.sector(QStringLiteral("Software"));
    const Id north = b.site(QStringLiteral("North"));
    const Id o1 = b.office(north, QStringLiteral("O1"), 20, 2, OfficeKind::Private, QStringLiteral("0"));
    const Id open = b.office(north, QStringLiteral("OPEN"), 80, 10, OfficeKind::Shared, QStringLiteral("1"));
    b.office(north, QStringLiteral("NEW"), 45, 5, OfficeKind::Private, QStringLiteral("1"), d("2026-09-01"));
    const Id alpha = b.company(QStringLiteral("Alpha"), media);
    const Id beta = b.company(QStringLiteral("Beta"), software);
    const Id alphaO1 = b.lease(alpha, o1, d("2026-01-01"), d("2026-12-31"));
    const Id alphaOpen = b.lease(alpha, open, d("2026-01-01"), {}, 2);
    const Id betaOpen = b.lease(beta, open, d("2026-03-01"), d("2026-08-31"), 6);
    const Id betaEnded = b.lease(beta, o1, d("2025-01-01"), d("2025-12-31"));

    const OccupancyExplanation explanation = explainOccupancy(d("2026-06-01"), b.portfolio());
    CHECK(explanation.date == d("2026-06-01"));
    REQUIRE(explanation.offices.size() == 3);

    const OfficeExplanation &first = explanation.offices[0];
    CHECK(first.code == QStringLiteral("O1"));
    CHECK(first.site == QStringLiteral("North"));
    CHECK(first.floor == QStringLiteral("0"));
    CHECK(first.inService);
    CHECK(first.occupied);
    CHECK(first.occupiedWorkstations == 2);
    CHECK(first.occupiedAreaM2 == 20.0);
    // Beta's lease of 2025 is over: only Alpha's is listed.
    REQUIRE(first.leases.size() == 1);
    CHECK(first.leases[0].leaseId == alphaO1);
    CHECK(first.leases[0].leaseId != betaEnded);
    CHECK(first.leases[0].company == QStringLiteral("Alpha"));
    CHECK(first.leases[0].start == d("2026-01-01"));
    CHECK(first.leases[0].lastDay == d("2026-12-31"));
    CHECK(first.leases[0].workstations == 2);

    // OPEN: 2 + 6 of 10 workstations; 80 × 8/10 = 64 m², Alpha 16, Beta 48.
    const OfficeExplanation &shared = explanation.offices[1];
    CHECK(shared.occupiedWorkstations == 8);
    CHECK(shared.workstations == 10);
    CHECK(shared.occupiedAreaM2 == 64.0);
    REQUIRE(shared.leases.size() == 2);
    CHECK(shared.leases[0].leaseId == alphaOpen);
    CHECK(shared.leases[0].lastDay.isNull());
    CHECK(shared.leases[0].occupiedAreaM2 == 16.0);
    CHECK(shared.leases[1].leaseId == betaOpen);
    CHECK(shared.leases[1].occupiedWorkstations == 6);
    CHECK(shared.leases[1].occupiedAreaM2 == 48.0);

    // NEW enters service in September: listed, out of the figures.
    const OfficeExplanation &unopened = explanation.offices[2];
    CHECK_FALSE(unopened.inService);
    CHECK_FALSE(unopened.occupied);
    CHECK(unopened.availableFrom == d("2026-09-01"));
    CHECK(unopened.availableUntil.isNull());

    // Totals: 2 of 2 offices in service; 84 of 100 m²; 10 of 12 workstations.
    const OccupancySnapshot &totals = explanation.totals;
    CHECK(totals.offices.occupied == 2);
    CHECK(totals.offices.total == 2);
    CHECK(totals.area.occupied == 84.0);
    CHECK(totals.area.total == 100.0);
    CHECK(totals.area.rate == 0.84);
    CHECK(totals.workstations.occupied == 10);
    CHECK(totals.workstations.total == 12);
    checkAddsUp(explanation);

    SECTION("with a sector, the other sectors' leases are listed and not counted")
    {
        const OccupancyExplanation software6 = explainOccupancy(d("2026-06-01"), b.portfolio(), OccupancyFilter{{}, {}, software});
        REQUIRE(software6.offices.size() == 3);
        // O1 is Alpha's: in service, nothing occupied by Software.
        CHECK_FALSE(software6.offices[0].occupied);
        REQUIRE(software6.offices[0].leases.size() == 1);
        CHECK_FALSE(software6.offices[0].leases[0].counted);
        // OPEN: Beta's 6 workstations, 48 m²; Alpha's lease listed, not counted.
        CHECK(software6.offices[1].occupiedWorkstations == 6);
        CHECK(software6.offices[1].occupiedAreaM2 == 48.0);
        CHECK_FALSE(software6.offices[1].leases[0].counted);
        CHECK(software6.offices[1].leases[1].counted);
        // Totals: the space in service is the same; 48 of 100 m².
        CHECK(software6.totals.area.total == 100.0);
        CHECK(software6.totals.area.occupied == 48.0);
        CHECK(software6.totals.offices.occupied == 1);
        checkAddsUp(software6);
    }
    SECTION("with a floor, only its offices")
    {
        OccupancyFilter upstairs;
        upstairs.floor = QStringLiteral("1");
        const OccupancyExplanation floor1 = explainOccupancy(d("2026-10-01"), b.portfolio(), upstairs);
        REQUIRE(floor1.offices.size() == 2);
        CHECK(floor1.offices[0].code == QStringLiteral("OPEN"));
        CHECK(floor1.offices[1].code == QStringLiteral("NEW"));
        // October: Beta has left OPEN; 2 of 15 workstations, 16 of 125 m², 1 of 2 offices.
        CHECK(floor1.totals.workstations.occupied == 2);
        CHECK(floor1.totals.workstations.total == 15);
        CHECK(floor1.totals.area.occupied == 16.0);
        CHECK(floor1.totals.area.total == 125.0);
        CHECK(floor1.totals.offices.rate == 0.5);
        checkAddsUp(floor1);
    }
}

TEST_CASE("occupancy with a floor or a sector filter", "[figures][occupancy][filter]")
{
    PortfolioBuilder b;
    const Id media = b.sector(QStringLiteral("Multimedia"));
    const Id north = b.site(QStringLiteral("North"));
    const Id south = b.site(QStringLiteral("South"));
    const Id n1 = b.office(north, QStringLiteral("N1"), 20, 2, OfficeKind::Private, QStringLiteral("1"));
    const Id s1 = b.office(south, QStringLiteral("S1"), 30, 3, OfficeKind::Private, QStringLiteral("1"));
    b.office(south, QStringLiteral("S2"), 50, 5, OfficeKind::Private, QStringLiteral("2"));
    b.lease(b.company(QStringLiteral("Alpha"), media), n1, d("2026-01-01"));
    b.lease(b.company(QStringLiteral("Other")), s1, d("2026-01-01"));
    const Portfolio &p = b.portfolio();

    OccupancyFilter filter;
    filter.floor = QStringLiteral("1");
    // Floor 1 of every site: N1 and S1, both let: 50 of 50 m².
    const OccupancySnapshot floor1 = Occupancy(p.offices, p.leases, filter).on(d("2026-06-01"));
    CHECK(floor1.area.occupied == 50.0);
    CHECK(floor1.area.total == 50.0);
    // Floor 1 of South: S1 only.
    filter.siteId = south;
    CHECK(Occupancy(p.offices, p.leases, filter).on(d("2026-06-01")).area.total == 30.0);

    // Sector: Alpha's 20 m² over the 100 m² in service.
    OccupancyFilter sector;
    sector.sectorId = media;
    const OccupancySnapshot ofMedia = Occupancy(p.offices, p.leases, p.companies, sector).on(d("2026-06-01"));
    CHECK(ofMedia.area.occupied == 20.0);
    CHECK(ofMedia.area.total == 100.0);
    CHECK(ofMedia.area.rate == 0.2);
    CHECK(ofMedia.offices.occupied == 1);
    CHECK(ofMedia.offices.total == 3);
    // No sector: Other's 30 m².
    sector.sectorId = 0;
    CHECK(Occupancy(p.offices, p.leases, p.companies, sector).on(d("2026-06-01")).area.occupied == 30.0);
    // Without the companies, no lease is of any sector.
    CHECK(Occupancy(p.offices, p.leases, sector).on(d("2026-06-01")).area.occupied == 0.0);
}

TEST_CASE("explanations add up to the occupancy on random portfolios", "[figures][explain]")
{
    QRandomGenerator random(20261130);
    for (int iteration = 0; iteration < 300; ++iteration) {
        INFO("iteration " << iteration);
        const PortfolioBuilder built = PortfolioBuilder::random(random);
        const Portfolio &portfolio = built.portfolio();
        OccupancyFilter filter;
        if (random.bounded(3) == 0)
            filter.siteId = portfolio.sites[random.bounded(int(portfolio.sites.size()))].id;
        if (random.bounded(3) == 0)
            filter.floor = QString::number(random.bounded(3));
        if (random.bounded(3) == 0)
            filter.sectorId = random.bounded(4) == 3 ? Id(0) : portfolio.sectors[random.bounded(3)].id;
        const QDate day = QDate(2026, 1, 1).addDays(random.bounded(400) - 20);

        const OccupancyExplanation explanation = explainOccupancy(day, portfolio, filter);
        checkAddsUp(explanation);
        // The totals are the figure itself.
        const OccupancySnapshot figure = Occupancy(portfolio.offices, portfolio.leases, portfolio.companies, filter).on(day);
        checkSame(explanation.totals.offices, figure.offices);
        checkSame(explanation.totals.area, figure.area);
        checkSame(explanation.totals.workstations, figure.workstations);
        // Every office of the filter is listed, and only those.
        qsizetype included = 0;
        for (const Office &office : portfolio.offices)
            included += filter.includes(office) ? 1 : 0;
        CHECK(explanation.offices.size() == included);
    }
}

TEST_CASE("the demo incubator explained", "[figures][explain][demo]")
{
    TestDatabase db;
    const QDate today = d("2026-11-29");
    const Status populated = DemoData::populate(db.store(), Clock::fixed(today));
    if (!populated)
        FAIL(populated.error().message().toStdString());

    const OccupancyExplanation explanation = explainOccupancy(today, Portfolio::load(db.store()));
    // Eleven offices let, and the four of the extension, not in service before it opens.
    REQUIRE(explanation.offices.size() == 15);
    int inService = 0;
    for (const OfficeExplanation &office : explanation.offices) {
        inService += office.inService ? 1 : 0;
        CHECK(office.leases.size() == (office.inService ? 1 : 0));
    }
    CHECK(inService == 11);
    CHECK(explanation.totals.offices.rate == 1.0);
    CHECK(explanation.totals.area.occupied == 352.5);
    CHECK(explanation.totals.workstations.occupied == 40);
    checkAddsUp(explanation);

    // When the extension opens (1 March 2027): all 15 offices in service.
    const OccupancyExplanation march = explainOccupancy(d("2027-03-01"), Portfolio::load(db.store()));
    CHECK(march.totals.offices.total == 15);
    checkAddsUp(march);
}
