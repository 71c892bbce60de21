// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "PortfolioBuilder.h"

#include "figures/FloorPlan.h"

using namespace pepin;
using namespace pepin::test;

// floorPlanOn: each floor's offices and their state on a day, for the planning's floor map.

namespace {

// Ateliers: floor 0 has A01, A02 and A10 (listed in that natural order), floor 1 the shared B01
// (10 workstations), B02 (let from 01/06/2026 only) and B03 (archived). Extension: E1 on floor 2.
//
// - Praxys has A01 from 2024 to 31/12/2026.
// - Soleas had A02 to 30/06/2026 but ended early on 31/03/2026; PNT takes it from 01/09/2026.
// - Praxys also has A10 to 31/03/2026, renewed from 01/04/2026 to 31/03/2027.
// - In B01, Amito takes 4 workstations from 2026 to the end of 2027, Codexia 3 from 01/02/2026
//   to 30/04/2026.
// - A lease of B02 from 01/07/2026 was cancelled.
struct Incubator
{
    PortfolioBuilder builder;
    Id ateliers = builder.site(QStringLiteral("Ateliers"));
    Id extension = builder.site(QStringLiteral("Extension"));
    Id a10 = builder.office(ateliers, QStringLiteral("A10"), 20, 2, OfficeKind::Private, QStringLiteral("0"));
    Id a01 = builder.office(ateliers, QStringLiteral("A01"), 24, 2, OfficeKind::Private, QStringLiteral("0"));
    Id a02 = builder.office(ateliers, QStringLiteral("A02"), 30, 3, OfficeKind::Private, QStringLiteral("0"));
    Id b01 = builder.office(ateliers, QStringLiteral("B01"), 80, 10, OfficeKind::Shared, QStringLiteral("1"));
    Id b02 = builder.office(ateliers, QStringLiteral("B02"), 30, 3, OfficeKind::Private, QStringLiteral("1"), d("2026-06-01"));
    Id b03 = builder.office(ateliers, QStringLiteral("B03"), 25, 2, OfficeKind::Private, QStringLiteral("1"));
    Id e1 = builder.office(extension, QStringLiteral("E1"), 45, 5, OfficeKind::Private, QStringLiteral("2"));
    Id praxys = builder.company(QStringLiteral("Praxys"));
    Id soleas = builder.company(QStringLiteral("Soleas.Net"));
    Id pnt = builder.company(QStringLiteral("PNT"));
    Id amito = builder.company(QStringLiteral("Amito"));
    Id codexia = builder.company(QStringLiteral("Codexia"));
    Id praxysA01 = builder.lease(praxys, a01, d("2024-01-01"), d("2026-12-31"));
    Id soleasA02 = builder.lease(soleas, a02, d("2025-01-01"), d("2026-06-30"));
    Id pntA02 = builder.lease(pnt, a02, d("2026-09-01"), d("2027-08-31"));
    Id praxysA10 = builder.lease(praxys, a10, d("2025-01-01"), d("2026-03-31"));
    Id praxysA10Renewed = builder.lease(praxys, a10, d("2026-04-01"), d("2027-03-31"));
    Id amitoB01 = builder.lease(amito, b01, d("2026-01-01"), d("2027-12-31"), 4);
    Id codexiaB01 = builder.lease(codexia, b01, d("2026-02-01"), d("2026-04-30"), 3);
    Id cancelledB02 = builder.lease(codexia, b02, d("2026-07-01"), d("2027-06-30"));

    Incubator()
    {
        builder.leaseRecord(soleasA02).terminatedOn = d("2026-03-31");
        builder.leaseRecord(cancelledB02).cancelled = true;
        builder.officeRecord(b03).archived = true;
    }

    FloorPlan on(const char *day, int months = 6, const OccupancyFilter &filter = {}) const
    {
        return floorPlanOn(builder.portfolio(), d(day), months, filter);
    }
};

const FloorOffice &find(const FloorPlan &plan, const QString &code)
{
    for (const FloorPlanFloor &floor : plan.floors) {
        for (const FloorOffice &office : floor.offices) {
            if (office.office.code == code)
                return office;
        }
    }
    FAIL("no office " << code.toStdString());
    return plan.floors.first().offices.first();
}

QStringList codes(const FloorPlanFloor &floor)
{
    QStringList result;
    for (const FloorOffice &office : floor.offices)
        result << office.office.code;
    return result;
}

} // namespace

TEST_CASE("The floor plan lists each site's floors, and their offices in natural order", "[floorplan]")
{
    const Incubator incubator;
    const FloorPlan plan = incubator.on("2026-03-01");
    CHECK(plan.day == d("2026-03-01"));
    REQUIRE(plan.floors.size() == 3);
    CHECK(plan.floors.at(0).siteName == QStringLiteral("Ateliers"));
    CHECK(plan.floors.at(0).floor == QStringLiteral("0"));
    CHECK(codes(plan.floors.at(0)) == QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A10")});
    CHECK(plan.floors.at(0).areaM2 == Approx(74));
    CHECK(plan.floors.at(1).floor == QStringLiteral("1"));
    CHECK(codes(plan.floors.at(1)) == QStringList{QStringLiteral("B01"), QStringLiteral("B02"), QStringLiteral("B03")});
    CHECK(plan.floors.at(2).siteName == QStringLiteral("Extension"));
    CHECK(codes(plan.floors.at(2)) == QStringList{QStringLiteral("E1")});

    // One site, one floor.
    const FloorPlan extension = incubator.on("2026-03-01", 6, OccupancyFilter{incubator.extension});
    REQUIRE(extension.floors.size() == 1);
    CHECK(extension.floors.first().floor == QStringLiteral("2"));
    const FloorPlan firstFloor = incubator.on("2026-03-01", 6, OccupancyFilter{incubator.ateliers, QStringLiteral("1")});
    REQUIRE(firstFloor.floors.size() == 1);
    CHECK(codes(firstFloor.floors.first()).size() == 3);
}

TEST_CASE("Each office's state on a day: occupied, ending soon, free, out of service", "[floorplan]")
{
    const Incubator incubator;

    SECTION("1 March 2026, six months ahead")
    {
        const FloorPlan plan = incubator.on("2026-03-01");
        const FloorOffice &a01 = find(plan, QStringLiteral("A01"));
        CHECK(a01.state == FloorOfficeState::Occupied); // ends 31/12/2026, after 01/09/2026
        CHECK(a01.companies() == QStringList{QStringLiteral("Praxys")});
        CHECK(a01.leaseId() == incubator.praxysA01);
        CHECK(a01.lastDay == d("2026-12-31"));
        // Ended early on 31/03/2026: its last day is the early end, within the horizon.
        const FloorOffice &a02 = find(plan, QStringLiteral("A02"));
        CHECK(a02.state == FloorOfficeState::EndingSoon);
        CHECK(a02.lastDay == d("2026-03-31"));
        CHECK(a02.tenants.first().endingSoon);
        // Ends on 31/03/2026, but Praxys stays on from the next day: renewed, not ending.
        const FloorOffice &a10 = find(plan, QStringLiteral("A10"));
        CHECK(a10.state == FloorOfficeState::Occupied);
        CHECK(a10.leaseId() == incubator.praxysA10);
        // The shared space holds two tenants, 7 of its 10 workstations; Codexia leaves on 30/04.
        const FloorOffice &b01 = find(plan, QStringLiteral("B01"));
        CHECK(b01.state == FloorOfficeState::EndingSoon);
        CHECK(b01.companies() == QStringList{QStringLiteral("Amito"), QStringLiteral("Codexia")});
        CHECK(b01.occupiedWorkstations == 7);
        REQUIRE(b01.tenants.size() == 2);
        CHECK(b01.tenants.at(0).workstations == 4);
        CHECK_FALSE(b01.tenants.at(0).endingSoon);
        CHECK(b01.tenants.at(1).workstations == 3);
        CHECK(b01.tenants.at(1).endingSoon);
        CHECK(b01.lastDay == d("2026-04-30"));
        // Not available before 01/06/2026; archived: out of service either way.
        const FloorOffice &b02 = find(plan, QStringLiteral("B02"));
        CHECK(b02.state == FloorOfficeState::OutOfService);
        CHECK_FALSE(b02.nextStart.isValid()); // the lease to come was cancelled
        CHECK(find(plan, QStringLiteral("B03")).state == FloorOfficeState::OutOfService);
        const FloorOffice &e1 = find(plan, QStringLiteral("E1"));
        CHECK(e1.state == FloorOfficeState::Free);
        CHECK(e1.tenants.isEmpty());
        CHECK(e1.leaseId() == 0);

        CHECK(plan.floors.at(0).count(FloorOfficeState::Occupied) == 2);
        CHECK(plan.floors.at(0).count(FloorOfficeState::EndingSoon) == 1);
        CHECK(plan.floors.at(1).count(FloorOfficeState::OutOfService) == 2);
    }

    SECTION("1 March 2026, one month ahead: what ends in April is not soon yet")
    {
        const FloorPlan plan = incubator.on("2026-03-01", 1);
        CHECK(plan.horizonMonths == 1);
        CHECK(find(plan, QStringLiteral("A02")).state == FloorOfficeState::EndingSoon); // 31/03
        CHECK(find(plan, QStringLiteral("B01")).state == FloorOfficeState::Occupied);   // 30/04
        CHECK(find(plan, QStringLiteral("A01")).state == FloorOfficeState::Occupied);
    }

    SECTION("15 April 2026: the lease ended early no longer counts")
    {
        const FloorPlan plan = incubator.on("2026-04-15");
        const FloorOffice &a02 = find(plan, QStringLiteral("A02"));
        CHECK(a02.state == FloorOfficeState::Free);
        CHECK(a02.tenants.isEmpty());
        CHECK(a02.nextStart == d("2026-09-01"));
        CHECK(a02.nextLeaseId == incubator.pntA02);
        CHECK(find(plan, QStringLiteral("A10")).leaseId() == incubator.praxysA10Renewed);
    }

    SECTION("1 August 2026: B02 is in service, and its cancelled lease leaves it free")
    {
        const FloorPlan plan = incubator.on("2026-08-01");
        CHECK(find(plan, QStringLiteral("B02")).state == FloorOfficeState::Free);
        CHECK(find(plan, QStringLiteral("B03")).state == FloorOfficeState::OutOfService);
        CHECK(find(plan, QStringLiteral("B01")).companies() == QStringList{QStringLiteral("Amito")});
        CHECK(find(plan, QStringLiteral("B01")).occupiedWorkstations == 4);
        CHECK(find(plan, QStringLiteral("A01")).state == FloorOfficeState::EndingSoon);
    }

    SECTION("2028: everything is over")
    {
        const FloorPlan plan = incubator.on("2028-01-01");
        for (const QString &code : {QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A10"), QStringLiteral("B01"),
                                    QStringLiteral("B02"), QStringLiteral("E1")})
            CHECK(find(plan, code).state == FloorOfficeState::Free);
    }
}

TEST_CASE("Floor states have stable codes and labels", "[floorplan]")
{
    CHECK(code(FloorOfficeState::Occupied) == QStringLiteral("occupied"));
    CHECK(code(FloorOfficeState::EndingSoon) == QStringLiteral("ending_soon"));
    CHECK(code(FloorOfficeState::Free) == QStringLiteral("free"));
    CHECK(code(FloorOfficeState::OutOfService) == QStringLiteral("out_of_service"));
    CHECK(label(FloorOfficeState::EndingSoon) == QStringLiteral("Ending soon"));
}
