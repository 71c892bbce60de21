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

TEST_CASE("a lease is active, a stay ongoing and an office in service from their first day to their last, both included",
          "[figures][stays]")
{
    Lease lease = leaseOf(1, 10, d("2024-01-15"), d("2025-01-14"));
    Stay stay;
    stay.add(lease.start, lease.lastDay());
    Office office;
    office.availableFrom = lease.start;
    office.availableUntil = lease.end;
    for (const auto &[day, within] : {std::pair{d("2024-01-14"), false}, std::pair{d("2024-01-15"), true},
                                      std::pair{d("2024-07-01"), true}, std::pair{d("2025-01-14"), true},
                                      std::pair{d("2025-01-15"), false}}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(lease.activeOn(day) == within);
        CHECK(stay.ongoingOn(day) == within);
        CHECK(office.inService(day) == within);
    }
    // A null date leaves its side open.
    office.availableFrom = QDate();
    CHECK(office.inService(d("1990-01-01")));
    lease.end = QDate();
    stay = Stay();
    stay.add(lease.start, lease.lastDay());
    CHECK(lease.activeOn(d("2090-01-01")));
    CHECK(stay.ongoingOn(d("2090-01-01")));
    // Ended early: its last day is the termination's.
    lease.terminatedOn = d("2024-03-31");
    CHECK(lease.activeOn(d("2024-03-31")));
    CHECK_FALSE(lease.activeOn(d("2024-04-01")));
    // A cancelled lease is never active.
    lease.cancelled = true;
    CHECK_FALSE(lease.activeOn(d("2024-02-01")));
}

TEST_CASE("the stays that count are those of the site's offices, by company, none cancelled", "[figures][stays]")
{
    // Offices 10 and 11 on site 1, office 12 on site 2. Company 3 stays 2024-01-01..2025-06-30
    // on site 1 (two offices, a cancelled lease left out), and from 2023-05-01 on site 2 with no
    // end; company 1 only on site 1, open-ended from 2022-09-01; company 2 only on site 2.
    QList<Office> offices;
    for (const auto &[id, site] : {std::pair<Id, Id>{10, 1}, {11, 1}, {12, 2}}) {
        Office office;
        office.id = id;
        office.siteId = site;
        offices << office;
    }
    Lease cancelled = leaseOf(3, 10, d("2020-01-01"), d("2030-12-31"));
    cancelled.cancelled = true;
    Lease noStart = leaseOf(1, 11, QDate(), d("2021-01-01"));
    const QList<Lease> leases{leaseOf(3, 11, d("2025-01-01"), d("2025-06-30")), leaseOf(1, 10, d("2022-09-01")),
                              leaseOf(3, 10, d("2024-01-01"), d("2024-12-31")), leaseOf(2, 12, d("2021-02-01"), d("2021-07-31")),
                              leaseOf(3, 12, d("2023-05-01")), cancelled, noStart};

    const QList<Stay> everywhere = staysCounted(offices, leases, std::nullopt);
    REQUIRE(everywhere.size() == 3);
    CHECK(everywhere[0].companyId == 1);
    CHECK(everywhere[0].first == d("2022-09-01"));
    CHECK(everywhere[0].last.isNull());
    CHECK(everywhere[1].companyId == 2);
    CHECK(everywhere[1].last == d("2021-07-31"));
    CHECK(everywhere[2].companyId == 3);
    CHECK(everywhere[2].first == d("2023-05-01"));
    CHECK(everywhere[2].last.isNull()); // open-ended on site 2

    const QList<Stay> site1 = staysCounted(offices, leases, Id(1));
    REQUIRE(site1.size() == 2);
    CHECK(site1[0].companyId == 1);
    CHECK(site1[1].companyId == 3);
    CHECK(site1[1].first == d("2024-01-01"));
    CHECK(site1[1].last == d("2025-06-30"));

    // The same stays as staysOf gives for the leases that count.
    const QHash<Id, Stay> all = staysOf(leasesCounted(offices, leases, Id(1)));
    REQUIRE(all.size() == site1.size());
    for (const Stay &stay : site1) {
        CHECK(all.value(stay.companyId).first == stay.first);
        CHECK(all.value(stay.companyId).last == stay.last);
    }
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
