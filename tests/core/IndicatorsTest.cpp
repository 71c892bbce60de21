// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/Indicators.h"

using namespace pepin;
using namespace pepin::test;

// The funders' indicators of figures/Indicators.h, checked figure by figure on a portfolio small
// enough to count on paper, on an empty period, and on the demo incubator.

namespace {

// Months as Indicators.h defines them: days × 12 / 365.25.
double months(double days)
{
    return days * 12.0 / 365.25;
}

Office office(Id id, Id siteId)
{
    Office result;
    result.id = id;
    result.siteId = siteId;
    result.code = QStringLiteral("O%1").arg(id);
    result.areaM2 = 20;
    result.workstations = 2;
    return result;
}

Lease lease(Id companyId, Id officeId, QDate start, QDate end = {}, QDate terminatedOn = {})
{
    static Id nextId = 1;
    Lease result = leaseOf(companyId, officeId, start, end);
    result.id = nextId++;
    result.terminatedOn = terminatedOn;
    return result;
}

Company company(Id id, std::optional<ExitReason> reason, QList<HeadcountEntry> headcounts = {})
{
    Company result;
    result.id = id;
    result.name = QStringLiteral("C%1").arg(id);
    result.exitReason = reason;
    result.headcounts = headcounts;
    return result;
}

void checkLengths(const StayLengths &lengths, int count, std::optional<double> average, std::optional<double> median)
{
    CHECK(lengths.count == count);
    REQUIRE(lengths.averageMonths.has_value() == average.has_value());
    REQUIRE(lengths.medianMonths.has_value() == median.has_value());
    if (average)
        CHECK(*lengths.averageMonths == Approx(*average).epsilon(1e-12));
    if (median)
        CHECK(*lengths.medianMonths == Approx(*median).epsilon(1e-12));
}

void checkJobs(const JobsHosted &jobs, QDate date, qint64 count, int tenants, int unknown)
{
    CHECK(jobs.date == date);
    CHECK(jobs.jobs == count);
    CHECK(jobs.tenants == tenants);
    CHECK(jobs.unknown == unknown);
}

void checkSurvival(const Survival &survival, int known, int active, std::optional<double> share)
{
    CHECK(survival.known == known);
    CHECK(survival.active == active);
    REQUIRE(survival.share.has_value() == share.has_value());
    if (share)
        CHECK(*survival.share == Approx(*share).epsilon(1e-12));
}

// Fourteen companies around the year 2026, in offices 1..8 of site 1 and office 9 of site 2.
// The stays (first day .. last day) and what each one tests:
//   C1   2019-01-01..2020-12-31  before the period; graduated_local, 5+ years ago
//   C2   2027-02-01..2028-01-31  after the period
//   C3   2024-06-01..2027-05-31  across it: 2024-06-01..2026-05-31 in office 3, renewed
//                                2026-06-01..2027-05-31 in office 9 (site 2); a cancelled
//                                lease of 2021 that would move its start
//   C4   2026-03-01..2026-08-31  inside it; moved_away
//   C5   2025-09-01..(open)      open-ended; no headcount ever recorded
//   C6   2023-01-01..2026-04-30  a lease to 2026-12-31 terminated on 2026-04-30; closed
//   C7   2026-10-01..2028-09-30  starts inside, ends after
//   C8   2024-01-01..2026-01-01  ends on the period's first day; no exit reason recorded
//   C9   2025-02-01..2026-12-31  ends on the period's last day; other
//   C10  2018-01-01..2021-06-30  closed, 5+ years ago
//   C11  2020-07-01..2022-06-30  no exit reason, 3+ years ago
//   C12  2022-01-01..2023-12-31  moved_away, exactly 3 years before 2026-12-31
//   C13  2022-01-01..2024-01-01  closed, one day short of 3 years before 2026-12-31
//   C14  only a cancelled lease in 2026
//   C15  2025-04-01..2026-06-30  graduated_local
struct HandBuilt
{
    QList<Office> offices{office(1, 1), office(2, 1), office(3, 1), office(4, 1), office(5, 1),
                          office(6, 1), office(7, 1), office(8, 1), office(9, 2)};
    QList<Lease> leases;
    QList<Company> companies;

    HandBuilt()
    {
        Lease cancelledC3 = lease(3, 1, d("2021-01-01"), d("2021-12-31"));
        cancelledC3.cancelled = true;
        Lease cancelledC14 = lease(14, 7, d("2026-02-01"), d("2026-12-31"));
        cancelledC14.cancelled = true;
        leases = {
            lease(1, 1, d("2019-01-01"), d("2020-12-31")),
            lease(2, 2, d("2027-02-01"), d("2028-01-31")),
            lease(3, 3, d("2024-06-01"), d("2026-05-31")),
            lease(3, 9, d("2026-06-01"), d("2027-05-31")),
            cancelledC3,
            lease(4, 4, d("2026-03-01"), d("2026-08-31")),
            lease(5, 5, d("2025-09-01")),
            lease(6, 6, d("2023-01-01"), d("2026-12-31"), d("2026-04-30")),
            lease(7, 4, d("2026-10-01"), d("2028-09-30")),
            lease(8, 7, d("2024-01-01"), d("2026-01-01")),
            lease(9, 8, d("2025-02-01"), d("2026-12-31")),
            lease(10, 2, d("2018-01-01"), d("2021-06-30")),
            lease(11, 3, d("2020-07-01"), d("2022-06-30")),
            lease(12, 1, d("2022-01-01"), d("2023-12-31")),
            lease(13, 2, d("2022-01-01"), d("2024-01-01")),
            cancelledC14,
            lease(15, 1, d("2025-04-01"), d("2026-06-30")),
        };
        companies = {
            company(1, ExitReason::GraduatedLocal, {{d("2019-01-01"), 2}}),
            company(2, std::nullopt, {{d("2027-02-01"), 3}}),
            company(3, std::nullopt, {{d("2024-06-01"), 4}, {d("2026-03-01"), 6}}),
            company(4, ExitReason::MovedAway, {{d("2026-03-01"), 2}}),
            company(5, std::nullopt),
            company(6, ExitReason::Closed, {{d("2023-01-01"), 5}, {d("2026-02-01"), 3}}),
            company(7, std::nullopt, {{d("2026-10-01"), 2}, {d("2027-01-15"), 4}}),
            company(8, std::nullopt, {{d("2025-06-01"), 7}}),
            company(9, ExitReason::Other, {{d("2025-02-01"), 1}}),
            company(10, ExitReason::Closed, {{d("2018-01-01"), 3}}),
            company(11, std::nullopt, {{d("2020-07-01"), 2}}),
            company(12, ExitReason::MovedAway, {{d("2022-01-01"), 2}}),
            company(13, ExitReason::Closed, {{d("2022-01-01"), 2}}),
            company(14, std::nullopt, {{d("2026-02-01"), 9}}),
            company(15, ExitReason::GraduatedLocal, {{d("2025-04-01"), 3}, {d("2026-01-01"), 5}}),
        };
    }

    Indicators over(QDate from, QDate to, std::optional<Id> siteId = std::nullopt) const
    {
        return computeIndicators(DateRange{from, to}, offices, leases, companies, siteId);
    }
};

} // namespace

TEST_CASE("stay lengths are days, both ends included, × 12 / 365.25, and the median of an even count is the middle mean",
          "[figures][indicators]")
{
    // 2026 has 365 days: 365 × 12 / 365.25 = 11.9918 months, just short of 12.
    CHECK(stayMonths(d("2026-01-01"), d("2026-12-31")) == Approx(365.0 * 12.0 / 365.25).epsilon(1e-12));
    // 2025-09-01..2026-12-31: 122 + 365 = 487 days = 5844 / 365.25 = 16 months exactly.
    CHECK(stayMonths(d("2025-09-01"), d("2026-12-31")) == Approx(16.0).epsilon(1e-12));
    // One day: 12 / 365.25.
    CHECK(stayMonths(d("2026-05-10"), d("2026-05-10")) == Approx(12.0 / 365.25).epsilon(1e-12));
    CHECK(stayMonths(d("2026-05-10"), d("2026-05-09")) == 0);

    CHECK_FALSE(median({}).has_value());
    CHECK(median({7.0}) == 7.0);
    CHECK(median({3.0, 1.0, 2.0}) == 2.0);      // sorted 1, 2, 3: the middle one
    CHECK(median({4.0, 1.0, 3.0, 2.0}) == 2.5); // sorted 1, 2, 3, 4: (2 + 3) / 2
}

TEST_CASE("indicators of a hand-built portfolio over 2026, figure by figure", "[figures][indicators]")
{
    const HandBuilt portfolio;
    const Indicators year = portfolio.over(d("2026-01-01"), d("2026-12-31"));
    CHECK(year.from == d("2026-01-01"));
    CHECK(year.to == d("2026-12-31"));

    // Hosted: a lease active on some day of 2026: C3, C4, C5, C6, C7, C8 (on 01-01), C9, C15 = 8.
    // Not C1, C10..C13 (gone by then), C2 (comes in 2027), C14 (its lease was cancelled).
    CHECK(year.companiesHosted == 8);

    // Entries: stays starting in 2026: C4 (03-01), C7 (10-01) = 2. C3's renewal in June does not
    // start a stay, and C14's cancelled lease never counts.
    CHECK(year.entries == 2);

    // Exits: stays ending in 2026: C8 (01-01, none recorded), C6 (04-30, closed), C15 (06-30,
    // graduated_local), C4 (08-31, moved_away), C9 (12-31, other) = 5. C3 moved to site 2 and stays.
    CHECK(year.exits.total == 5);
    CHECK(year.exits.graduatedLocal == 1);
    CHECK(year.exits.movedAway == 1);
    CHECK(year.exits.closed == 1);
    CHECK(year.exits.other == 1);
    CHECK(year.exits.unknown == 1);

    // Ended stays, in days (both ends included):
    //   C4  2026-03-01..2026-08-31: 31+30+31+30+31+31           =  184
    //   C15 2025-04-01..2026-06-30: 275 (Apr..Dec) + 181 (Jan..Jun) =  456
    //   C9  2025-02-01..2026-12-31: 334 (Feb..Dec) + 365         =  699
    //   C8  2024-01-01..2026-01-01: 366 + 365 + 1                =  732
    //   C6  2023-01-01..2026-04-30: 365 + 366 + 365 + 120        = 1216
    // Average (184 + 456 + 699 + 732 + 1216) / 5 = 3287 / 5 = 657.4 days; median (odd) 699 days.
    checkLengths(year.endedStays, 5, months(657.4), months(699));

    // Still running after 2026-12-31, measured to it:
    //   C7  2026-10-01..: 31 + 30 + 31             =  92
    //   C5  2025-09-01..: 122 + 365                = 487 (16 months exactly)
    //   C3  2024-06-01..: 214 (Jun..Dec) + 365 + 365 = 944
    // Average 1523 / 3 days; median (odd) 487 days. C2 starts after the period: not counted.
    checkLengths(year.ongoingStays, 3, months(1523.0 / 3.0), 16.0);

    // Jobs on 2026-01-01: tenants C3 (4), C5 (none known), C6 (5), C8 (7, its last day),
    // C9 (1), C15 (5, recorded that very day) → 4 + 5 + 7 + 1 + 5 = 22 jobs, 6 tenants, 1 unknown.
    checkJobs(year.jobsAtStart, d("2026-01-01"), 22, 6, 1);
    // Jobs on 2026-12-31: C3 (6 since March, now in site 2), C5 (unknown), C7 (2: its 4 comes in
    // 2027), C9 (1, its last day) → 6 + 2 + 1 = 9 jobs, 4 tenants, 1 unknown.
    checkJobs(year.jobsAtEnd, d("2026-12-31"), 9, 4, 1);

    // Three years: stays that ended on or before 2023-12-31: C1 (graduated_local), C10 (closed),
    // C11 (none recorded), C12 (moved_away, exactly three years). C13 ended 2024-01-01: one day
    // short. Known C1, C10, C12 = 3; active C1, C12 = 2 → 2/3.
    checkSurvival(year.threeYears, 3, 2, 2.0 / 3.0);
    // Five years: ended on or before 2021-12-31: C1 and C10, both known; active C1 → 1/2.
    checkSurvival(year.fiveYears, 2, 1, 0.5);
}

TEST_CASE("indicators of one site count only its offices' leases", "[figures][indicators]")
{
    const HandBuilt portfolio;
    const Indicators site1 = portfolio.over(d("2026-01-01"), d("2026-12-31"), Id(1));

    // C3 is hosted in site 1 until 2026-05-31, then leaves it for site 2: in site 1 its stay
    // is 2024-06-01..2026-05-31 and ends in the period, with no exit reason recorded.
    CHECK(site1.companiesHosted == 8);
    CHECK(site1.entries == 2);
    CHECK(site1.exits.total == 6);
    CHECK(site1.exits.unknown == 2); // C8 and C3
    CHECK(site1.exits.graduatedLocal == 1);
    CHECK(site1.exits.movedAway == 1);
    CHECK(site1.exits.closed == 1);
    CHECK(site1.exits.other == 1);

    // C3's 730 days (214 + 365 + 151) join the ended stays: 184, 456, 699, 730, 732, 1216.
    // Average (3287 + 730) / 6 = 4017 / 6 = 669.5 days; median (even) (699 + 730) / 2 = 714.5.
    checkLengths(site1.endedStays, 6, months(669.5), months(714.5));
    // Running after the period: C7 (92) and C5 (487). Average and median (even) 579 / 2 = 289.5.
    checkLengths(site1.ongoingStays, 2, months(289.5), months(289.5));

    // On 2026-01-01 every tenant is in site 1: as above. On 2026-12-31 C3 is not: C5 (unknown),
    // C7 (2), C9 (1) → 3 jobs, 3 tenants, 1 unknown.
    checkJobs(site1.jobsAtStart, d("2026-01-01"), 22, 6, 1);
    checkJobs(site1.jobsAtEnd, d("2026-12-31"), 3, 3, 1);
    checkSurvival(site1.threeYears, 3, 2, 2.0 / 3.0);
    checkSurvival(site1.fiveYears, 2, 1, 0.5);

    // Site 2 holds only C3's renewal: hosted from 2026-06-01, an entry, running after the period.
    const Indicators site2 = portfolio.over(d("2026-01-01"), d("2026-12-31"), Id(2));
    CHECK(site2.companiesHosted == 1);
    CHECK(site2.entries == 1);
    CHECK(site2.exits.total == 0);
    checkLengths(site2.endedStays, 0, std::nullopt, std::nullopt);
    // 2026-06-01..2026-12-31: 30 + 31 + 31 + 30 + 31 + 30 + 31 = 214 days.
    checkLengths(site2.ongoingStays, 1, months(214), months(214));
    checkJobs(site2.jobsAtStart, d("2026-01-01"), 0, 0, 0);
    checkJobs(site2.jobsAtEnd, d("2026-12-31"), 6, 1, 0);
    checkSurvival(site2.threeYears, 0, 0, std::nullopt);
}

TEST_CASE("indicators over a period with no one in it: zero counts, no averages, no shares", "[figures][indicators]")
{
    const HandBuilt portfolio;
    SECTION("a site without offices")
    {
        const Indicators empty = portfolio.over(d("2026-01-01"), d("2026-12-31"), Id(3));
        CHECK(empty.companiesHosted == 0);
        CHECK(empty.entries == 0);
        CHECK(empty.exits.total == 0);
        checkLengths(empty.endedStays, 0, std::nullopt, std::nullopt);
        checkLengths(empty.ongoingStays, 0, std::nullopt, std::nullopt);
        checkJobs(empty.jobsAtStart, d("2026-01-01"), 0, 0, 0);
        checkJobs(empty.jobsAtEnd, d("2026-12-31"), 0, 0, 0);
        checkSurvival(empty.threeYears, 0, 0, std::nullopt);
        checkSurvival(empty.fiveYears, 0, 0, std::nullopt);
    }
    SECTION("a year before the first lease")
    {
        const Indicators before = portfolio.over(d("2010-01-01"), d("2010-12-31"));
        CHECK(before.companiesHosted == 0);
        CHECK(before.entries == 0);
        CHECK(before.exits.total == 0);
        checkLengths(before.endedStays, 0, std::nullopt, std::nullopt);
        checkLengths(before.ongoingStays, 0, std::nullopt, std::nullopt);
        checkJobs(before.jobsAtEnd, d("2010-12-31"), 0, 0, 0);
        checkSurvival(before.threeYears, 0, 0, std::nullopt);
    }
    SECTION("nothing at all")
    {
        const Indicators nothing = computeIndicators(DateRange{d("2026-01-01"), d("2026-12-31")}, {}, {}, {});
        CHECK(nothing.companiesHosted == 0);
        checkLengths(nothing.endedStays, 0, std::nullopt, std::nullopt);
        checkSurvival(nothing.fiveYears, 0, 0, std::nullopt);
    }
    SECTION("a period that ends before it starts")
    {
        const Indicators backwards = portfolio.over(d("2026-12-31"), d("2026-01-01"));
        CHECK(backwards.companiesHosted == 0);
        CHECK(backwards.entries == 0);
        CHECK(backwards.exits.total == 0);
        checkLengths(backwards.ongoingStays, 0, std::nullopt, std::nullopt);
        checkJobs(backwards.jobsAtStart, d("2026-12-31"), 0, 0, 0);
    }
}

TEST_CASE("indicators of a single day", "[figures][indicators]")
{
    const HandBuilt portfolio;
    // 2026-01-01 alone: hosted C3, C5, C6, C8, C9, C15; C8's stay ends that day (an exit, 732
    // days); nothing starts. Five stays run on after it.
    const Indicators day = portfolio.over(d("2026-01-01"), d("2026-01-01"));
    CHECK(day.companiesHosted == 6);
    CHECK(day.entries == 0);
    CHECK(day.exits.total == 1);
    CHECK(day.exits.unknown == 1);
    checkLengths(day.endedStays, 1, months(732), months(732));
    CHECK(day.ongoingStays.count == 5);
    checkJobs(day.jobsAtStart, d("2026-01-01"), 22, 6, 1);
    checkJobs(day.jobsAtEnd, d("2026-01-01"), 22, 6, 1);
}

TEST_CASE("indicators of the demo incubator over 2026 to November 29", "[figures][indicators][demo]")
{
    TestDatabase db;
    REQUIRE(DemoData::populate(db.store(), Clock::fixed(d("2026-11-29"))));
    const Indicators year = loadIndicators(db.store(), DateRange{d("2026-01-01"), d("2026-11-29")});

    // The demo (core/demo/DemoData.cpp, today 2026-11-29, this month 2026-11-01): eleven tenants
    // whose stays started 34, 27, 14, 35, 20, 9, 44, 5, 23, 2 and 11 months before this month,
    // eleven former tenants, and Amito and Lumière Nord on the waiting list without a lease.
    // Hosted: the eleven tenants, and Volta Ingénierie (B03 until 2026-03-31) = 12. Ludika left
    // B01 on 2025-10-31 and PNT's old lease ended 2025-11-30 with PNT renewing: not extra.
    CHECK(year.companiesHosted == 12);
    // Entries: 3ISN (2026-02-01), Rhonelle Logiciels (2026-06-01), Vallée Data (2026-09-01).
    CHECK(year.entries == 3);
    // Exits: Volta Ingénierie, other, 2024-01-01..2026-03-31: 366 + 365 + 90 = 821 days.
    CHECK(year.exits.total == 1);
    CHECK(year.exits.other == 1);
    CHECK(year.exits.graduatedLocal + year.exits.movedAway + year.exits.closed + year.exits.unknown == 0);
    checkLengths(year.endedStays, 1, months(821), months(821));

    // The eleven tenants, measured to 2026-11-29 (2026-01-01..11-29 is 333 days):
    //   Vallée Data 2026-09-01: 90      Rhonelle 2026-06-01: 182     3ISN 2026-02-01: 302
    //   Studio Sambre 2025-12-01: 364   E-Software 2025-09-01: 455   Technique et Son 2025-03-01: 639
    //   Escaut 2024-12-01: 729          Soleas.Net 2024-08-01: 851   Praxys 2024-01-01: 1064
    //   PNT 2023-12-01: 1095            Comau Service 2023-03-01: 1370
    // Sum 7141 days; median the 6th of 11: Technique et Son's 639.
    checkLengths(year.ongoingStays, 11, months(7141.0 / 11.0), months(639));

    // Jobs: tenant i was created with 2 + i % 4 people and has 3 + i % 5 one year into its stay
    // (or today, if sooner). On 2026-01-01, nine tenants: Praxys 3, Soleas.Net 4, E-Software 4
    // (its 5 comes on 2026-09-01), PNT 6, Technique et Son 2 (7 on 2026-03-01), Comau Service 4,
    // Escaut 6, Studio Sambre 4, and Volta Ingénierie 3 (former tenant 11: 1 + 11 % 3) = 36.
    checkJobs(year.jobsAtStart, d("2026-01-01"), 36, 9, 0);
    // On 2026-11-29, the eleven: 3 + 4 + 5 + 6 + 7 + 3 + 4 + 5 + 6 + 7 + 3 (3 + i % 5) = 53.
    checkJobs(year.jobsAtEnd, d("2026-11-29"), 53, 11, 0);

    // Three years: left on or before 2023-11-29: Logis Soft (2019-10-31), Onde Claire
    // (2020-11-30), Pixel Nord (2021-04-30, moved away), Scriptura (2023-01-31), Mécatronique
    // Valenciennoise (2023-10-31); Hainaut Numérique (2023-11-30) is one day short. None closed.
    checkSurvival(year.threeYears, 5, 5, 1.0);
    // Five years: on or before 2021-11-29: Logis Soft, Onde Claire, Pixel Nord.
    checkSurvival(year.fiveYears, 3, 3, 1.0);

    // A closure recorded later on one of them is what the share then reads.
    std::optional<Company> pixel = db->companyByName(QStringLiteral("Pixel Nord"));
    REQUIRE(pixel);
    pixel->exitReason = ExitReason::Closed;
    REQUIRE(db->updateCompany(*pixel));
    const Indicators after = loadIndicators(db.store(), DateRange{d("2026-01-01"), d("2026-11-29")});
    checkSurvival(after.threeYears, 5, 4, 0.8);
    checkSurvival(after.fiveYears, 3, 2, 2.0 / 3.0);
}
