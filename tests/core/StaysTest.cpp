// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"

#include "figures/RentSchedule.h"
#include "figures/Stays.h"

using namespace pepin;
using namespace pepin::test;

TEST_CASE("a stay runs from the first lease's start to the last lease's last day", "[figures][stays]")
{
    Lease first = leaseOf(1, 10, d("2023-03-01"), d("2026-02-28"));
    Lease renewal = leaseOf(1, 10, d("2026-03-01"), d("2028-02-29"));
    renewal.terminatedOn = d("2027-06-30");
    Lease cancelled = leaseOf(1, 11, d("2022-01-01"), d("2030-01-01"));
    cancelled.cancelled = true;
    Lease other = leaseOf(2, 12, d("2025-01-01"));

    const QHash<Id, Stay> stays = staysOf({renewal, first, cancelled, other});
    REQUIRE(stays.size() == 2);
    CHECK(stays[1].first == d("2023-03-01"));
    CHECK(stays[1].last == d("2027-06-30")); // ended early; the cancelled lease does not count
    CHECK(stays[2].last.isNull());           // open-ended: still running
    CHECK(stays[2].ongoingOn(d("2040-01-01")));
    CHECK_FALSE(stays[1].ongoingOn(d("2027-07-01")));
}

TEST_CASE("durations are counted in whole calendar months and days, both ends included", "[figures][stays]")
{
    CHECK(durationOf(d("2023-03-01"), d("2026-02-28")) == MonthsAndDays{36, 0});
    CHECK(durationOf(d("2026-01-15"), d("2026-02-14")) == MonthsAndDays{1, 0});
    CHECK(durationOf(d("2026-01-15"), d("2026-02-15")) == MonthsAndDays{1, 1});
    CHECK(durationOf(d("2026-01-31"), d("2026-01-31")) == MonthsAndDays{0, 1});
    // A month from 31 January ends on 27 February: one month on is 28 February (the month is
    // shorter), which agrees with lastDayWithin.
    CHECK(durationOf(d("2026-01-31"), d("2026-02-27")) == MonthsAndDays{1, 0});
    CHECK(lastDayWithin(d("2026-01-31"), 1) == d("2026-02-27"));
    CHECK(durationOf(d("2028-02-01"), d("2028-02-29")) == MonthsAndDays{1, 0});
    CHECK(durationOf(d("2026-02-01"), d("2026-01-01")) == MonthsAndDays{0, 0});
    CHECK(lastDayWithin(d("2023-03-01"), 36) == d("2026-02-28"));
    CHECK(lastDayWithin(d("2024-03-01"), 48) == d("2028-02-29"));
}

TEST_CASE("a progressive schedule gives one rent step per year of the stay", "[figures][rent]")
{
    Office office;
    office.areaM2 = 24.5;
    office.rentM2YearCents = 12000; // 120 € per m² per year: 245 € a month at 100 %
    const QList<int> progression{70, 85, 100};
    CHECK(monthlyRentAt(office, 100) == 24500);
    CHECK(monthlyRentAt(office, 85) == 20825); // 24.5 × 120 × 0.85 / 12 = 208.25 €
    CHECK(monthlyRentAt(office, 70) == 17150);

    SECTION("a three-year lease from the start of the stay")
    {
        const QList<RentStep> steps = progressiveRentSteps(office, progression, d("2024-01-01"), d("2024-01-01"), d("2026-12-31"));
        REQUIRE(steps.size() == 3);
        CHECK(steps[0].from == d("2024-01-01"));
        CHECK(steps[0].monthlyRentCents == 17150);
        CHECK(steps[1].from == d("2025-01-01"));
        CHECK(steps[1].monthlyRentCents == 20825);
        CHECK(steps[2].from == d("2026-01-01"));
        CHECK(steps[2].monthlyRentCents == 24500);
    }
    SECTION("a two-year lease stops at its end")
    {
        const QList<RentStep> steps = progressiveRentSteps(office, progression, d("2024-01-01"), d("2024-01-01"), d("2025-12-31"));
        CHECK(steps.size() == 2);
    }
    SECTION("a renewal in the middle of year 2 goes on where the stay is")
    {
        const QList<RentStep> steps = progressiveRentSteps(office, progression, d("2024-01-01"), d("2025-07-01"), d("2027-06-30"));
        REQUIRE(steps.size() == 2);
        CHECK(steps[0].from == d("2025-07-01"));
        CHECK(steps[0].monthlyRentCents == 20825);
        CHECK(steps[1].from == d("2026-01-01"));
        CHECK(steps[1].monthlyRentCents == 24500);
    }
    SECTION("a renewal after the schedule holds at its last percentage")
    {
        const QList<RentStep> steps = progressiveRentSteps(office, progression, d("2020-01-01"), d("2025-03-01"), QDate());
        REQUIRE(steps.size() == 1);
        CHECK(steps[0].from == d("2025-03-01"));
        CHECK(steps[0].monthlyRentCents == 24500);
    }
}
