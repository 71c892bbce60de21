// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"

#include "figures/RentSchedule.h"

using namespace pepin;
using namespace pepin::test;

// stepsForNewLease: which rent steps a new lease gets when nobody types its rent.

namespace {

Office referenceOffice()
{
    Office office;
    office.id = 1;
    office.areaM2 = 24.5;
    office.workstations = 2;
    office.rentM2YearCents = 12000; // 24.5 × 120 / 12 = 245 € a month at 100 %
    return office;
}

} // namespace

TEST_CASE("a first lease starts the progression", "[figures][rent]")
{
    const Lease lease = leaseOf(7, 1, d("2026-01-01"), d("2028-12-31"));
    const QList<RentStep> steps = stepsForNewLease(referenceOffice(), {70, 85, 100}, {}, lease);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].from == d("2026-01-01"));
    CHECK(steps[0].monthlyRentCents == 17150); // 245 × 70 % = 171.50 €
    CHECK(steps[1].from == d("2027-01-01"));
    CHECK(steps[1].monthlyRentCents == 20825); // 245 × 85 % = 208.25 €
    CHECK(steps[2].from == d("2028-01-01"));
    CHECK(steps[2].monthlyRentCents == 24500);
}

TEST_CASE("a renewal goes on from the start of the company's stay", "[figures][rent]")
{
    // The company came on 2024-07-01, in another office; this lease from 2026-01-01 is in year 2
    // of its stay until 2026-06-30, then year 3 from 2026-07-01.
    Lease earlier = leaseOf(7, 2, d("2024-07-01"), d("2025-12-31"));
    earlier.id = 3;
    Lease otherCompany = leaseOf(8, 1, d("2020-01-01"), d("2021-12-31"));
    otherCompany.id = 4;
    Lease cancelled = leaseOf(7, 3, d("2019-01-01"), d("2019-12-31"));
    cancelled.id = 5;
    cancelled.cancelled = true;
    const Lease lease = leaseOf(7, 1, d("2026-01-01"), d("2027-12-31"));
    const QList<RentStep> steps = stepsForNewLease(referenceOffice(), {70, 85, 100}, {earlier, otherCompany, cancelled}, lease);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].from == d("2026-01-01"));
    CHECK(steps[0].monthlyRentCents == 20825);
    CHECK(steps[1].from == d("2026-07-01"));
    CHECK(steps[1].monthlyRentCents == 24500);
}

TEST_CASE("an edited lease does not take its own start as the stay's", "[figures][rent]")
{
    // The stored lease (id 9) started on 2024-01-01; moved to 2026-01-01, it is the company's only
    // lease, so the stay starts with it.
    Lease stored = leaseOf(7, 1, d("2024-01-01"), d("2026-12-31"));
    stored.id = 9;
    Lease moved = stored;
    moved.start = d("2026-01-01");
    const QList<RentStep> steps = stepsForNewLease(referenceOffice(), {50, 100}, {stored}, moved);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].from == d("2026-01-01"));
    CHECK(steps[0].monthlyRentCents == 12250); // 245 × 50 %
}

TEST_CASE("a shared office's lease pays for its workstations", "[figures][rent]")
{
    // 80 m² and 12 workstations at 120 €: 800 € a month for the whole space; 3 workstations are a
    // quarter of it, 200 €, and 140 € at 70 %.
    Office open;
    open.id = 1;
    open.areaM2 = 80;
    open.workstations = 12;
    open.kind = OfficeKind::Shared;
    open.rentM2YearCents = 12000;
    const QList<RentStep> steps = stepsForNewLease(open, {70, 100}, {}, leaseOf(7, 1, d("2027-03-01"), d("2028-02-29"), 3));
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].monthlyRentCents == 14000);
    CHECK(stepsForNewLease(open, {70, 100}, {}, leaseOf(7, 1, d("2027-03-01"), d("2028-02-29"), 0)).isEmpty());
}

TEST_CASE("no steps without a reference rent or a progression", "[figures][rent]")
{
    Office free = referenceOffice();
    free.rentM2YearCents = 0;
    const Lease lease = leaseOf(7, 1, d("2026-01-01"), d("2026-12-31"));
    CHECK(stepsForNewLease(free, {70, 85, 100}, {}, lease).isEmpty());
    CHECK(stepsForNewLease(referenceOffice(), {}, {}, lease).isEmpty());
}
