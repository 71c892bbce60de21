// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "figures/Occupancy.h"

#include <QRandomGenerator>

using namespace pepin;
using namespace pepin::test;

// The figures of DESIGN.md §3, checked on cases small enough to count on paper, against a
// plain day-by-day count on random portfolios, and on the demo incubator.

namespace {

Office office(Id id, double area, int workstations, OfficeKind kind = OfficeKind::Private, QDate from = {}, QDate until = {},
              Id siteId = 1)
{
    Office result;
    result.id = id;
    result.siteId = siteId;
    result.code = QStringLiteral("O%1").arg(id);
    result.areaM2 = area;
    result.workstations = workstations;
    result.kind = kind;
    result.availableFrom = from;
    result.availableUntil = until;
    return result;
}

Lease lease(Id officeId, QDate start, QDate end = {}, int workstations = 0)
{
    static Id nextId = 1;
    Lease result;
    result.id = nextId++;
    result.companyId = result.id;
    result.officeId = officeId;
    result.start = start;
    result.end = end;
    result.workstations = workstations;
    return result;
}

void checkMeasure(const Measure &measure, double occupied, double total, std::optional<double> rate)
{
    CHECK(measure.occupied == Approx(occupied));
    CHECK(measure.total == Approx(total));
    REQUIRE(measure.rate.has_value() == rate.has_value());
    if (rate)
        CHECK(*measure.rate == Approx(*rate));
}

} // namespace

TEST_CASE("occupancy over a month with an office entering service mid-month", "[figures][occupancy]")
{
    // November 2026 has 30 days.
    // A: 20 m², 2 workstations, in service all month, let all month.
    // B: 30 m², 3 workstations, in service from the 16th (16..30: 15 days), never let.
    const Occupancy occupancy({office(1, 20, 2), office(2, 30, 3, OfficeKind::Private, d("2026-11-16"))},
                              {lease(1, d("2026-01-01"), d("2026-12-31"))});

    const OccupancyPeriod november = occupancy.over(d("2026-11-01"), d("2026-11-30"));
    CHECK(november.start == d("2026-11-01"));
    CHECK(november.end == d("2026-11-30"));
    // Office-days: in service 30 + 15 = 45, occupied 30 → 30/45 = 2/3; per day 30/30 = 1 of 45/30 = 1.5.
    checkMeasure(november.offices, 1.0, 1.5, 2.0 / 3.0);
    // m²-days: in service 20×30 + 30×15 = 1050, occupied 20×30 = 600 → 4/7; per day 20 of 35.
    checkMeasure(november.area, 20.0, 35.0, 4.0 / 7.0);
    // Workstation-days: in service 2×30 + 3×15 = 105, occupied 2×30 = 60 → 4/7; per day 2 of 3.5.
    checkMeasure(november.workstations, 2.0, 3.5, 4.0 / 7.0);

    // The 15th: only A is in service; the 16th: both.
    checkMeasure(occupancy.on(d("2026-11-15")).offices, 1, 1, 1.0);
    checkMeasure(occupancy.on(d("2026-11-16")).offices, 1, 2, 0.5);
    checkMeasure(occupancy.on(d("2026-11-16")).area, 20, 50, 0.4);
}

TEST_CASE("occupancy of a shared office half let", "[figures][occupancy]")
{
    // An open space of 80 m² and 12 workstations; one lease of 6 workstations from January.
    QList<Lease> leases{lease(1, d("2026-01-01"), {}, 6)};
    const QList<Office> offices{office(1, 80, 12, OfficeKind::Shared)};
    {
        const OccupancySnapshot june = Occupancy(offices, leases).on(d("2026-06-01"));
        CHECK(june.date == d("2026-06-01"));
        // One office with a lease: 1 of 1. 6 of 12 workstations, so 80 × 6/12 = 40 of 80 m².
        checkMeasure(june.offices, 1, 1, 1.0);
        checkMeasure(june.workstations, 6, 12, 0.5);
        checkMeasure(june.area, 40, 80, 0.5);
    }
    // A second lease of 3 workstations from June 16: June has 30 days, 15 of them with 9 let.
    leases << lease(1, d("2026-06-16"), {}, 3);
    const Occupancy occupancy(offices, leases);
    checkMeasure(occupancy.on(d("2026-06-16")).workstations, 9, 12, 0.75);
    checkMeasure(occupancy.on(d("2026-06-16")).area, 60, 80, 0.75);
    // Workstation-days: 6×15 + 9×15 = 225 of 12×30 = 360 → 0.625; per day 7.5 of 12.
    const OccupancyPeriod june = occupancy.over(d("2026-06-01"), d("2026-06-30"));
    checkMeasure(june.workstations, 7.5, 12, 0.625);
    // m²-days: 80 × 225/12 = 1500 of 80×30 = 2400 → 0.625; per day 50 of 80.
    checkMeasure(june.area, 50, 80, 0.625);
    checkMeasure(june.offices, 1, 1, 1.0);
}

TEST_CASE("occupancy with a lease terminated early", "[figures][occupancy]")
{
    // A lease for 2026 ended on March 15. The first quarter has 31 + 28 + 31 = 90 days, of
    // which January 1 to March 15 are let: 31 + 28 + 15 = 74.
    Lease ended = lease(1, d("2026-01-01"), d("2026-12-31"));
    ended.terminatedOn = d("2026-03-15");
    const Occupancy occupancy({office(1, 25, 2)}, {ended});

    checkMeasure(occupancy.on(d("2026-03-15")).offices, 1, 1, 1.0);
    checkMeasure(occupancy.on(d("2026-03-16")).offices, 0, 1, 0.0);
    const OccupancyPeriod q1 = occupancy.over(d("2026-01-01"), d("2026-03-31"));
    checkMeasure(q1.offices, 74.0 / 90.0, 1, 74.0 / 90.0);
    checkMeasure(q1.area, 25.0 * 74.0 / 90.0, 25, 74.0 / 90.0);
    checkMeasure(q1.workstations, 2.0 * 74.0 / 90.0, 2, 74.0 / 90.0);
    // The rest of the year: nothing let.
    checkMeasure(occupancy.over(d("2026-04-01"), d("2026-12-31")).offices, 0, 1, 0.0);
}

TEST_CASE("occupancy with an open-ended lease", "[figures][occupancy]")
{
    // Let from 2020 with no end: still let decades later, and all of any period after its start.
    const Occupancy occupancy({office(1, 30, 3)}, {lease(1, d("2020-01-01"))});
    checkMeasure(occupancy.on(d("2019-12-31")).offices, 0, 1, 0.0);
    checkMeasure(occupancy.on(d("2045-06-30")).workstations, 3, 3, 1.0);
    checkMeasure(occupancy.over(d("2030-01-01"), d("2030-12-31")).area, 30, 30, 1.0);
    // 2019-12-01..2020-01-31: 62 days, 31 let.
    checkMeasure(occupancy.over(d("2019-12-01"), d("2020-01-31")).offices, 0.5, 1, 0.5);
}

TEST_CASE("occupancy in February of a leap year", "[figures][occupancy]")
{
    // February 2028 has 29 days; a lease from the 15th lets 15..29, 15 days.
    const Occupancy occupancy({office(1, 29, 1)}, {lease(1, d("2028-02-15"))});
    const QList<OccupancyPeriod> months = occupancy.series(d("2028-01-01"), d("2028-12-31"), PeriodStep::Month);
    REQUIRE(months.size() == 12);
    const OccupancyPeriod february = months[1];
    CHECK(february.start == d("2028-02-01"));
    CHECK(february.end == d("2028-02-29"));
    checkMeasure(february.offices, 15.0 / 29.0, 1, 15.0 / 29.0);
    // 29 m² × 15 days / 29 days = 15 m² per day.
    checkMeasure(february.area, 15, 29, 15.0 / 29.0);
    checkMeasure(months[0].offices, 0, 1, 0.0);
    checkMeasure(months[2].offices, 1, 1, 1.0);
    // The year 2028: 366 days, let from February 15 (day 46): 321 days.
    checkMeasure(occupancy.over(d("2028-01-01"), d("2028-12-31")).offices, 321.0 / 366.0, 1, 321.0 / 366.0);
}

TEST_CASE("occupancy of an empty site has no rates", "[figures][occupancy]")
{
    // Site 2 has no office; site 1's office must not leak into its figures.
    const Occupancy occupancy({office(1, 20, 2, OfficeKind::Private, {}, {}, 1)}, {lease(1, d("2026-01-01"))},
                              OccupancyFilter{2});
    const OccupancySnapshot snapshot = occupancy.on(d("2026-06-01"));
    checkMeasure(snapshot.offices, 0, 0, std::nullopt);
    checkMeasure(snapshot.area, 0, 0, std::nullopt);
    checkMeasure(snapshot.workstations, 0, 0, std::nullopt);
    const OccupancyPeriod year = occupancy.over(d("2026-01-01"), d("2026-12-31"));
    CHECK_FALSE(year.offices.rate.has_value());
    CHECK_FALSE(year.area.rate.has_value());
    CHECK_FALSE(year.workstations.rate.has_value());

    // An office out of service (available until 2025) leaves its site just as empty.
    const Occupancy closed({office(1, 20, 2, OfficeKind::Private, {}, d("2025-12-31"))}, {});
    CHECK_FALSE(closed.on(d("2026-06-01")).offices.rate.has_value());
    // While the other site's figures see it.
    checkMeasure(Occupancy({office(1, 20, 2)}, {lease(1, d("2026-01-01"))}, OccupancyFilter{1}).on(d("2026-06-01")).offices, 1, 1,
                 1.0);
}

TEST_CASE("occupancy with a lease that starts and ends on the same day", "[figures][occupancy]")
{
    // Let on May 10 only: one day of May's 31.
    const Occupancy occupancy({office(1, 10, 1)}, {lease(1, d("2026-05-10"), d("2026-05-10"))});
    checkMeasure(occupancy.on(d("2026-05-09")).offices, 0, 1, 0.0);
    checkMeasure(occupancy.on(d("2026-05-10")).offices, 1, 1, 1.0);
    checkMeasure(occupancy.on(d("2026-05-11")).offices, 0, 1, 0.0);
    checkMeasure(occupancy.over(d("2026-05-01"), d("2026-05-31")).area, 10.0 / 31.0, 10, 1.0 / 31.0);
    checkMeasure(occupancy.over(d("2026-05-10"), d("2026-05-10")).workstations, 1, 1, 1.0);
}

TEST_CASE("occupancy ignores cancelled leases", "[figures][occupancy]")
{
    // Two offices; the only lease of the second was cancelled: 1 of 2 offices let.
    Lease cancelled = lease(2, d("2026-01-01"));
    cancelled.cancelled = true;
    Lease sharedCancelled = lease(3, d("2026-01-01"), {}, 4);
    sharedCancelled.cancelled = true;
    const Occupancy occupancy({office(1, 20, 2), office(2, 20, 2), office(3, 40, 8, OfficeKind::Shared)},
                              {lease(1, d("2026-01-01")), cancelled, sharedCancelled});
    const OccupancySnapshot snapshot = occupancy.on(d("2026-06-01"));
    checkMeasure(snapshot.offices, 1, 3, 1.0 / 3.0);
    checkMeasure(snapshot.workstations, 2, 12, 2.0 / 12.0);
    checkMeasure(snapshot.area, 20, 80, 0.25);
}

TEST_CASE("occupancy series cut into calendar periods clipped to the range", "[figures][occupancy]")
{
    CHECK(calendarPeriods(d("2026-01-15"), d("2026-03-10"), PeriodStep::Month)
          == QList<DateRange>{{d("2026-01-15"), d("2026-01-31")}, {d("2026-02-01"), d("2026-02-28")},
                              {d("2026-03-01"), d("2026-03-10")}});
    CHECK(calendarPeriods(d("2026-02-10"), d("2026-11-05"), PeriodStep::Quarter)
          == QList<DateRange>{{d("2026-02-10"), d("2026-03-31")}, {d("2026-04-01"), d("2026-06-30")},
                              {d("2026-07-01"), d("2026-09-30")}, {d("2026-10-01"), d("2026-11-05")}});
    CHECK(calendarPeriods(d("2025-12-30"), d("2027-01-02"), PeriodStep::Year)
          == QList<DateRange>{{d("2025-12-30"), d("2025-12-31")}, {d("2026-01-01"), d("2026-12-31")},
                              {d("2027-01-01"), d("2027-01-02")}});
    CHECK(calendarPeriods(d("2028-02-28"), d("2028-03-01"), PeriodStep::Day)
          == QList<DateRange>{{d("2028-02-28"), d("2028-02-28")}, {d("2028-02-29"), d("2028-02-29")},
                              {d("2028-03-01"), d("2028-03-01")}});
    CHECK(calendarPeriods(d("2026-05-05"), d("2026-05-05"), PeriodStep::Year) == QList<DateRange>{{d("2026-05-05"), d("2026-05-05")}});
    CHECK(calendarPeriods(d("2026-05-06"), d("2026-05-05"), PeriodStep::Month).isEmpty());

    CHECK(parsePeriodStep(QStringLiteral("Quarter")) == PeriodStep::Quarter);
    CHECK_FALSE(parsePeriodStep(QStringLiteral("week")).has_value());
    CHECK(periodStepCodes() == QStringList{QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("quarter"), QStringLiteral("year")});
}

namespace {

// The day sums of one range, counted day by day and office by office straight from the words of
// DESIGN.md §3, to check the computed figures against.
struct BruteForce
{
    qint64 days = 0;
    qint64 officeDays = 0, occupiedOfficeDays = 0;
    qint64 workstationDays = 0, occupiedWorkstationDays = 0;
    double areaDays = 0, occupiedAreaDays = 0;
};

BruteForce bruteForce(const QList<Office> &offices, const QList<Lease> &leases, QDate start, QDate end)
{
    BruteForce sums;
    for (QDate day = start; day <= end; day = day.addDays(1)) {
        ++sums.days;
        for (const Office &office : offices) {
            const bool inService = (office.availableFrom.isNull() || office.availableFrom <= day)
                && (office.availableUntil.isNull() || day <= office.availableUntil);
            if (!inService)
                continue;
            int activeLeases = 0;
            int leasedWorkstations = 0;
            for (const Lease &lease : leases) {
                if (lease.officeId != office.id || lease.cancelled || day < lease.start)
                    continue;
                const QDate last = lease.terminatedOn.isValid() ? lease.terminatedOn : lease.end;
                if (last.isValid() && day > last)
                    continue;
                ++activeLeases;
                leasedWorkstations += lease.workstations;
            }
            const int occupiedWorkstations = office.kind == OfficeKind::Private ? (activeLeases > 0 ? office.workstations : 0)
                                                                                : leasedWorkstations;
            sums.officeDays += 1;
            sums.occupiedOfficeDays += activeLeases > 0 ? 1 : 0;
            sums.workstationDays += office.workstations;
            sums.occupiedWorkstationDays += occupiedWorkstations;
            sums.areaDays += office.areaM2;
            sums.occupiedAreaDays += office.areaM2 * occupiedWorkstations / office.workstations;
        }
    }
    return sums;
}

QDate randomDay(QRandomGenerator &random, QDate first, int span)
{
    return first.addDays(random.bounded(span));
}

void checkAgainst(const OccupancyPeriod &period, const BruteForce &expected)
{
    const double days = double(expected.days);
    REQUIRE(period.start.daysTo(period.end) + 1 == expected.days);
    // Office-days and workstation-days are integers on both sides: the same division of the
    // same integers gives the same double.
    CHECK(period.offices.occupied == double(expected.occupiedOfficeDays) / days);
    CHECK(period.offices.total == double(expected.officeDays) / days);
    CHECK(period.workstations.occupied == double(expected.occupiedWorkstationDays) / days);
    CHECK(period.workstations.total == double(expected.workstationDays) / days);
    CHECK(period.area.occupied == Approx(expected.occupiedAreaDays / days).epsilon(1e-12).margin(1e-12));
    CHECK(period.area.total == Approx(expected.areaDays / days).epsilon(1e-12).margin(1e-12));
    if (expected.officeDays == 0) {
        CHECK_FALSE(period.offices.rate.has_value());
        CHECK_FALSE(period.area.rate.has_value());
        CHECK_FALSE(period.workstations.rate.has_value());
    } else {
        REQUIRE(period.offices.rate.has_value());
        REQUIRE(period.workstations.rate.has_value());
        REQUIRE(period.area.rate.has_value());
        CHECK(*period.offices.rate == double(expected.occupiedOfficeDays) / double(expected.officeDays));
        CHECK(*period.workstations.rate == double(expected.occupiedWorkstationDays) / double(expected.workstationDays));
        CHECK(*period.area.rate == Approx(expected.occupiedAreaDays / expected.areaDays).epsilon(1e-12).margin(1e-12));
    }
}

} // namespace

TEST_CASE("occupancy over periods equals a day-by-day count on random portfolios", "[figures][occupancy]")
{
    QRandomGenerator random(20261129);
    const QDate yearStart = d("2026-01-01");
    for (int iteration = 0; iteration < 200; ++iteration) {
        // 1 to 5 offices, private or shared, each available from and until random days or not.
        QList<Office> offices;
        const int officeCount = 1 + random.bounded(5);
        for (int i = 0; i < officeCount; ++i) {
            const OfficeKind kind = random.bounded(2) ? OfficeKind::Shared : OfficeKind::Private;
            QDate from, until;
            if (random.bounded(3) == 0)
                from = randomDay(random, yearStart, 365);
            if (random.bounded(3) == 0)
                until = randomDay(random, from.isValid() ? from : yearStart, 200);
            offices << office(i + 1, 5 + random.bounded(100) * 0.5, 1 + random.bounded(6), kind, from, until);
        }
        // 0 to 6 leases within the year: some open-ended, some ended early, some cancelled.
        QList<Lease> leases;
        const int leaseCount = random.bounded(7);
        for (int i = 0; i < leaseCount; ++i) {
            const Office &target = offices[random.bounded(officeCount)];
            const QDate start = randomDay(random, yearStart, 365);
            const QDate end = random.bounded(4) == 0 ? QDate() : randomDay(random, start, 200);
            Lease made = lease(target.id, start, end,
                               target.kind == OfficeKind::Shared ? 1 + random.bounded(target.workstations) : 0);
            if (random.bounded(4) == 0)
                made.terminatedOn = randomDay(random, start, 120);
            made.cancelled = random.bounded(6) == 0;
            leases << made;
        }
        INFO("iteration " << iteration);
        const Occupancy occupancy(offices, leases);

        // One random period, from a single day to the whole year and a bit beyond.
        const QDate start = randomDay(random, yearStart.addDays(-30), 400);
        const QDate end = randomDay(random, start, 1 + random.bounded(420));
        checkAgainst(occupancy.over(start, end), bruteForce(offices, leases, start, end));

        // Its rate is the ratio of the sums of the daily figures.
        qint64 occupiedOffices = 0, officesInService = 0;
        for (QDate day = start; day <= end; day = day.addDays(1)) {
            const OccupancySnapshot snapshot = occupancy.on(day);
            occupiedOffices += qint64(snapshot.offices.occupied);
            officesInService += qint64(snapshot.offices.total);
        }
        const std::optional<double> rate = occupancy.over(start, end).offices.rate;
        if (officesInService == 0)
            CHECK_FALSE(rate.has_value());
        else
            CHECK(rate == double(occupiedOffices) / double(officesInService));

        // A series: each of its periods matches the count, and together they cover the range.
        const auto step = PeriodStep(random.bounded(4));
        const QList<OccupancyPeriod> series = occupancy.series(start, end, step);
        REQUIRE_FALSE(series.isEmpty());
        CHECK(series.constFirst().start == start);
        CHECK(series.constLast().end == end);
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (i > 0)
                CHECK(series[i].start == series[i - 1].end.addDays(1));
            checkAgainst(series[i], bruteForce(offices, leases, series[i].start, series[i].end));
        }
    }
}

TEST_CASE("occupancy of 2,000 offices over 25 years is computed from lease boundaries", "[figures][occupancy]")
{
    // 2,000 offices, each let to one company after another from 2001 to 2025, with gaps.
    QRandomGenerator random(2000);
    QList<Office> offices;
    QList<Lease> leases;
    for (int i = 0; i < 2000; ++i) {
        const bool shared = i % 10 == 0;
        offices << office(i + 1, 10 + random.bounded(40), shared ? 12 : 1 + random.bounded(5),
                          shared ? OfficeKind::Shared : OfficeKind::Private, i % 7 == 0 ? d("2005-01-01") : QDate());
        for (QDate start = d("2001-01-01").addDays(random.bounded(200)); start.year() <= 2025;) {
            const QDate end = start.addDays(180 + random.bounded(900));
            leases << lease(i + 1, start, end, shared ? 1 + random.bounded(12) : 0);
            start = end.addDays(1 + random.bounded(90));
        }
    }

    // How long this takes is the benchmark's business (scripts/bench), not a test's.
    const Occupancy occupancy(offices, leases);
    const OccupancyPeriod whole = occupancy.over(d("2001-01-01"), d("2025-12-31"));
    const QList<OccupancyPeriod> months = occupancy.series(d("2001-01-01"), d("2025-12-31"), PeriodStep::Month);
    REQUIRE(months.size() == 25 * 12);

    // The months add up to the whole: the same office-days, split differently.
    double occupiedOfficeDays = 0, officeDays = 0;
    for (const OccupancyPeriod &month : months) {
        const double days = double(month.start.daysTo(month.end) + 1);
        occupiedOfficeDays += month.offices.occupied * days;
        officeDays += month.offices.total * days;
    }
    const double allDays = double(d("2001-01-01").daysTo(d("2025-12-31")) + 1);
    CHECK(occupiedOfficeDays == Approx(whole.offices.occupied * allDays));
    CHECK(officeDays == Approx(whole.offices.total * allDays));
    REQUIRE(whole.offices.rate.has_value());
    CHECK(*whole.offices.rate > 0.5);
    CHECK(*whole.offices.rate < 1.0);
}

TEST_CASE("occupancy of the demo incubator: every office let", "[figures][occupancy]")
{
    TestDatabase db;
    const QDate today = d("2026-11-29");
    const Status populated = DemoData::populate(db.store(), Clock::fixed(today));
    if (!populated)
        FAIL(populated.error().message().toStdString());

    const OccupancySnapshot snapshot = Occupancy::load(db.store()).on(today);
    CHECK(snapshot.offices.occupied == 11);
    CHECK(snapshot.offices.total == 11);
    CHECK(snapshot.offices.rate == 1.0);
    CHECK(snapshot.area.occupied == 352.5);
    CHECK(snapshot.area.total == 352.5);
    CHECK(snapshot.area.rate == 1.0);
    CHECK(snapshot.workstations.occupied == 40);
    CHECK(snapshot.workstations.total == 40);
    CHECK(snapshot.workstations.rate == 1.0);

    // The same figures for its one site, by id.
    const QList<Site> sites = db->sites();
    REQUIRE(sites.size() == 1);
    CHECK(Occupancy::load(db.store(), OccupancyFilter{sites.constFirst().id}).on(today).area.total == 352.5);
}
