// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"

#include "figures/RentRoll.h"

using namespace pepin;
using namespace pepin::test;

// The rent roll of figures/RentRoll.h on cases small enough to count on paper: a month's rent is
// spread evenly over its days, and each lease's month is rounded to the cent once.

namespace {

Office office(Id id, double area, Cents rentM2Year, int workstations = 2, OfficeKind kind = OfficeKind::Private,
              QDate from = {}, QDate until = {}, Id siteId = 1)
{
    Office result;
    result.id = id;
    result.siteId = siteId;
    result.code = QStringLiteral("O%1").arg(id);
    result.areaM2 = area;
    result.rentM2YearCents = rentM2Year;
    result.workstations = workstations;
    result.kind = kind;
    result.availableFrom = from;
    result.availableUntil = until;
    return result;
}

Lease lease(Id id, Id officeId, QDate start, QDate end, QList<RentStep> steps, Cents charges = 0, int workstations = 0)
{
    Lease result = leaseOf(id, officeId, start, end, workstations);
    result.id = id;
    result.rentSteps = std::move(steps);
    result.monthlyChargesCents = charges;
    return result;
}

const RentRollLine *lineOf(const RentRollPeriod &period, Id leaseId)
{
    for (const RentRollLine &line : period.leases) {
        if (line.leaseId == leaseId)
            return &line;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a lease starting mid-month pays for its days of the month", "[figures][rentroll]")
{
    // 300 € a month and 60 € of charges from 16 November: November has 30 days, 15 of them
    // let (16..30): 300 × 15/30 = 150 €, 60 × 15/30 = 30 €.
    const QList<Office> offices{office(1, 20, 0)};
    const QList<Lease> leases{lease(1, 1, d("2026-11-16"), d("2027-11-15"), {{d("2026-11-16"), 30000}}, 6000)};
    const RentRollPeriod november = rentRollOver(offices, leases, d("2026-11-01"), d("2026-11-30"));
    REQUIRE(november.leases.size() == 1);
    CHECK(november.leases[0].days == 15);
    CHECK(november.leases[0].rentCents == 15000);
    CHECK(november.leases[0].chargesCents == 3000);
    CHECK(november.rentCents == 15000);
    CHECK(november.chargesCents == 3000);
    // October: not started yet, no line at all.
    CHECK(rentRollOver(offices, leases, d("2026-10-01"), d("2026-10-31")).leases.isEmpty());
}

TEST_CASE("a rent step changing mid-month splits the month", "[figures][rentroll]")
{
    // 310 € until 10 March, 620 € from 11 March. March has 31 days:
    // (310 × 10 + 620 × 21) / 31 = (3,100 + 13,020) / 31 = 16,120 / 31 = 520 €.
    const QList<Office> offices{office(1, 20, 0)};
    const QList<Lease> leases{lease(1, 1, d("2026-01-01"), d("2026-12-31"), {{d("2026-01-01"), 31000}, {d("2026-03-11"), 62000}})};
    const RentRollPeriod march = rentRollOver(offices, leases, d("2026-03-01"), d("2026-03-31"));
    REQUIRE(march.leases.size() == 1);
    CHECK(march.leases[0].days == 31);
    CHECK(march.rentCents == 52000);
    // February is all at the first step, April all at the second.
    CHECK(rentRollOver(offices, leases, d("2026-02-01"), d("2026-02-28")).rentCents == 31000);
    CHECK(rentRollOver(offices, leases, d("2026-04-01"), d("2026-04-30")).rentCents == 62000);
}

TEST_CASE("a lease-month is rounded once, not step by step", "[figures][rentroll]")
{
    // 100 € on 1 March, 200 € from 2 March (30 days). Rounded once: (10,000 × 1 + 20,000 × 30) / 31
    // = 610,000 / 31 = 19,677.42 → 196.77 €. Step by step it would be 322.58 → 323 plus
    // 19,354.84 → 19,355, that is 196.78 €: one cent more.
    const QList<Office> offices{office(1, 20, 0)};
    const QList<Lease> leases{lease(1, 1, d("2026-03-01"), d("2026-12-31"), {{d("2026-03-01"), 10000}, {d("2026-03-02"), 20000}})};
    CHECK(rentRollOver(offices, leases, d("2026-03-01"), d("2026-03-31")).rentCents == 19677);

    // Half a cent rounds away from zero: 14 cent-days over 28 days is 0.5 cent.
    CHECK(proratedCents(14, 28) == 1);
    CHECK(proratedCents(13, 28) == 0);
    CHECK(proratedCents(42, 28) == 2); // 1.5
    CHECK(proratedCents(-14, 28) == -1);
    CHECK(proratedCents(0, 31) == 0);
}

TEST_CASE("a lease ended early stops paying on its last day", "[figures][rentroll]")
{
    // A lease for 2026 at 300 € ended on 10 April: April has 30 days, 10 of them let:
    // 300 × 10/30 = 100 €; nothing from May.
    Lease ended = lease(1, 1, d("2026-01-01"), d("2026-12-31"), {{d("2026-01-01"), 30000}}, 3000);
    ended.terminatedOn = d("2026-04-10");
    Lease cancelled = lease(2, 1, d("2026-06-01"), d("2026-12-31"), {{d("2026-06-01"), 99900}});
    cancelled.cancelled = true;
    const QList<Office> offices{office(1, 20, 0)};
    const QList<Lease> leases{ended, cancelled};

    const RentRollPeriod april = rentRollOver(offices, leases, d("2026-04-01"), d("2026-04-30"));
    REQUIRE(april.leases.size() == 1);
    CHECK(april.leases[0].days == 10);
    CHECK(april.rentCents == 10000);
    CHECK(april.chargesCents == 1000); // 30 × 10/30
    // The cancelled lease never counts.
    CHECK(rentRollOver(offices, leases, d("2026-06-01"), d("2026-06-30")).leases.isEmpty());
}

TEST_CASE("February of a leap year has 29 days", "[figures][rentroll]")
{
    // 290 € and 58 € of charges from 15 February 2028: 15 days (15..29) of 29:
    // 290 × 15/29 = 150 €, 58 × 15/29 = 30 €.
    const QList<Office> offices{office(1, 20, 0)};
    const QList<Lease> leases{lease(1, 1, d("2028-02-15"), d("2029-02-14"), {{d("2028-02-15"), 29000}}, 5800)};
    const RentRollPeriod february = rentRollOver(offices, leases, d("2028-02-01"), d("2028-02-29"));
    REQUIRE(february.leases.size() == 1);
    CHECK(february.leases[0].days == 15);
    CHECK(february.rentCents == 15000);
    CHECK(february.chargesCents == 3000);
}

TEST_CASE("a range is the sum of its months, each month clipped to the range", "[figures][rentroll]")
{
    // 300 € a month from 1 January. From 15 January to 10 March:
    //   January 15..31: 17 of 31 days → 30,000 × 17 / 31 = 16,451.61 → 164.52 €
    //   February: whole → 300 €
    //   March 1..10: 10 of 31 days → 30,000 × 10 / 31 = 9,677.42 → 96.77 €
    // Total 164.52 + 300 + 96.77 = 561.29 €.
    const QList<Office> offices{office(1, 20, 0)};
    const QList<Lease> leases{lease(1, 1, d("2026-01-01"), d("2026-12-31"), {{d("2026-01-01"), 30000}})};
    const QList<RentRollPeriod> months = rentRollByMonth(offices, leases, d("2026-01-15"), d("2026-03-10"));
    REQUIRE(months.size() == 3);
    CHECK(months[0].start == d("2026-01-15"));
    CHECK(months[0].end == d("2026-01-31"));
    CHECK(months[0].rentCents == 16452);
    CHECK(months[1].rentCents == 30000);
    CHECK(months[2].end == d("2026-03-10"));
    CHECK(months[2].rentCents == 9677);
    const RentRollPeriod whole = rentRollOver(offices, leases, d("2026-01-15"), d("2026-03-10"));
    CHECK(whole.rentCents == 56129);
    REQUIRE(whole.leases.size() == 1);
    CHECK(whole.leases[0].days == 17 + 28 + 10);
    CHECK(whole.leases[0].rentCents == 56129);
}

TEST_CASE("vacancy cost is the reference rent of the free space, prorated by day", "[figures][rentroll]")
{
    SECTION("a private office let from the 11th")
    {
        // 24 m² at 120 € per m² per year: 24 × 120 / 12 = 240 € a month. November: free on
        // 1..10, 10 days of 30 → 240 × 10/30 = 80 €.
        const QList<Office> offices{office(1, 24, 12000)};
        const QList<Lease> leases{lease(1, 1, d("2026-11-11"), d("2027-11-10"), {{d("2026-11-11"), 20000}})};
        const RentRollPeriod november = rentRollOver(offices, leases, d("2026-11-01"), d("2026-11-30"));
        REQUIRE(november.vacancies.size() == 1);
        CHECK(november.vacancies[0].officeId == 1);
        CHECK(november.vacancies[0].freeOfficeDays == 10);
        CHECK(november.vacancyCents == 8000);
        // December: let all month, no vacancy.
        CHECK(rentRollOver(offices, leases, d("2026-12-01"), d("2026-12-31")).vacancies.isEmpty());
    }
    SECTION("a shared office let by workstation")
    {
        // 80 m² at 120 €: 800 € a month for 12 workstations. 6 let all November, 3 more from the
        // 16th. Free share: 15 days × 6/12 + 15 days × 3/12 = 7.5 + 3.75 = 11.25 office-days;
        // 800 × 11.25 / 30 = 300 €.
        const QList<Office> offices{office(1, 80, 12000, 12, OfficeKind::Shared)};
        const QList<Lease> leases{lease(1, 1, d("2026-01-01"), d("2026-12-31"), {}, 0, 6),
                                  lease(2, 1, d("2026-11-16"), d("2026-12-31"), {}, 0, 3)};
        const RentRollPeriod november = rentRollOver(offices, leases, d("2026-11-01"), d("2026-11-30"));
        REQUIRE(november.vacancies.size() == 1);
        CHECK(november.vacancies[0].freeOfficeDays == 11.25);
        CHECK(november.vacancyCents == 30000);
    }
    SECTION("an office only counts while in service")
    {
        // In service from 21 November: 10 free days of 30 → 240 × 10/30 = 80 €. Another office
        // withdrawn after 5 November: 5 free days → 240 × 5/30 = 40 €. Total 120 €.
        const QList<Office> offices{office(1, 24, 12000, 2, OfficeKind::Private, d("2026-11-21")),
                                    office(2, 24, 12000, 2, OfficeKind::Private, {}, d("2026-11-05"))};
        const RentRollPeriod november = rentRollOver(offices, {}, d("2026-11-01"), d("2026-11-30"));
        REQUIRE(november.vacancies.size() == 2);
        CHECK(november.vacancies[0].costCents == 8000);
        CHECK(november.vacancies[1].costCents == 4000);
        CHECK(november.vacancyCents == 12000);
        // In December only the first office is in service: a whole month free, 240 €.
        CHECK(rentRollOver(offices, {}, d("2026-12-01"), d("2026-12-31")).vacancyCents == 24000);
    }
}

TEST_CASE("the rent roll keeps to the offices of the filter", "[figures][rentroll]")
{
    // Two sites, one lease each at 300 €; a free office on site 2 of 240 € a month.
    const QList<Office> offices{office(1, 20, 0, 2, OfficeKind::Private, {}, {}, 1), office(2, 20, 0, 2, OfficeKind::Private, {}, {}, 2),
                                office(3, 24, 12000, 2, OfficeKind::Private, {}, {}, 2)};
    const QList<Lease> leases{lease(1, 1, d("2026-01-01"), d("2026-12-31"), {{d("2026-01-01"), 30000}}),
                              lease(2, 2, d("2026-01-01"), d("2026-12-31"), {{d("2026-01-01"), 30000}})};
    OccupancyFilter site2;
    site2.siteId = 2;
    const RentRollPeriod all = rentRollOver(offices, leases, d("2026-06-01"), d("2026-06-30"));
    CHECK(all.rentCents == 60000);
    CHECK(all.vacancyCents == 24000);
    const RentRollPeriod one = rentRollOver(offices, leases, d("2026-06-01"), d("2026-06-30"), site2);
    REQUIRE(one.leases.size() == 1);
    CHECK(lineOf(one, 2) != nullptr);
    CHECK(one.rentCents == 30000);
    CHECK(one.vacancyCents == 24000);
}

TEST_CASE("a rent roll of totals alone has the listed one's totals and no line", "[figures][rentroll]")
{
    // Month by month, a lease at 300 € a month with 20 € of charges from 15 January, a second
    // office free until 1 March (24 m² at 120 €: 240 € a month), from 15 January to 10 March.
    const QList<Office> offices{office(1, 20, 0), office(2, 24, 12000)};
    const QList<Lease> leases{lease(1, 1, d("2026-01-15"), d("2026-12-31"), {{d("2026-01-15"), 30000}}, 2000),
                              lease(2, 2, d("2026-03-01"), d("2026-12-31"), {{d("2026-03-01"), 24000}})};
    const QList<RentRollPeriod> listed = rentRollByMonth(offices, leases, d("2026-01-15"), d("2026-03-10"));
    const QList<RentRollPeriod> totals =
        rentRollByMonth(offices, leases, d("2026-01-15"), d("2026-03-10"), {}, RentRollLines::TotalsOnly);
    REQUIRE(listed.size() == 3);
    REQUIRE(totals.size() == 3);
    for (qsizetype m = 0; m < listed.size(); ++m) {
        CAPTURE(m);
        CHECK(totals[m].start == listed[m].start);
        CHECK(totals[m].end == listed[m].end);
        CHECK(totals[m].rentCents == listed[m].rentCents);
        CHECK(totals[m].chargesCents == listed[m].chargesCents);
        CHECK(totals[m].vacancyCents == listed[m].vacancyCents);
        CHECK(totals[m].leases.isEmpty());
        CHECK(totals[m].vacancies.isEmpty());
    }
    // January 15..31: 30,000 × 17/31 → 164.52 €; the second office free all 17 days: 24,000 × 17/31 → 131.61 €.
    CHECK(totals[0].rentCents == 16452);
    CHECK(totals[0].vacancyCents == 13161);
    // March 1..10: both let, no vacancy; 30,000 × 10/31 → 96.77 € and 24,000 × 10/31 → 77.42 €.
    CHECK(totals[2].rentCents == 9677 + 7742);
    CHECK(totals[2].vacancyCents == 0);

    const RentRollPeriod whole = rentRollOver(offices, leases, d("2026-01-15"), d("2026-03-10"));
    const RentRollPeriod sums = rentRollOver(offices, leases, d("2026-01-15"), d("2026-03-10"), {}, RentRollLines::TotalsOnly);
    CHECK(whole.leases.size() == 2);
    CHECK(sums.leases.isEmpty());
    CHECK(sums.vacancies.isEmpty());
    CHECK(sums.rentCents == whole.rentCents);
    CHECK(sums.chargesCents == whole.chargesCents);
    CHECK(sums.vacancyCents == whole.vacancyCents);
    CHECK(sums.vacancyCents == 13161 + 24000);
}
