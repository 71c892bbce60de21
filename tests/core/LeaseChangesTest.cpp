// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "PortfolioBuilder.h"

#include "figures/Expiries.h"
#include "service/LeaseChanges.h"

#include <algorithm>

using namespace pepin;
using namespace pepin::test;

// Renewing, extending, moving and ending a lease early, as proposed before anything is written:
// the records to write, what the rules refuse and where, the alerts the change would bring and
// the notice an early end needs. Figures checked by hand.

namespace {

// Ateliers (schedule 70 / 85 / 100 %, stays of 48 months at most) with, at 120 € per m² per year:
// B12, 24 m² and 3 workstations (240 € a month at 100 %: 168 € at 70 %, 204 € at 85 %);
// B14, 18 m² and 2 workstations; B15 and B16, 30 m² and 4 workstations (300 € a month at 100 %:
// 255 € at 85 %); OS, a shared space of 60 m² and 10 workstations.
struct Incubator
{
    PortfolioBuilder builder;
    Id site = builder.site(QStringLiteral("Ateliers"));
    Id b12 = builder.office(site, QStringLiteral("B12"), 24, 3);
    Id b14 = builder.office(site, QStringLiteral("B14"), 18, 2);
    Id b15 = builder.office(site, QStringLiteral("B15"), 30, 4);
    Id b16 = builder.office(site, QStringLiteral("B16"), 30, 4);
    Id shared = builder.office(site, QStringLiteral("OS"), 60, 10, OfficeKind::Shared);
    Id praxys = builder.company(QStringLiteral("Praxys"));
    Id amito = builder.company(QStringLiteral("Amito"));

    // Praxys's lease of B12, with the rent of its first year.
    Id lease(QDate start, QDate end, LeaseType type = LeaseType::Derogatoire, Id office = 0, Cents rent = 16800)
    {
        const Id id = builder.lease(praxys, office ? office : b12, start, end, 0, rent);
        builder.leaseRecord(id).type = type;
        builder.leaseRecord(id).noticeMonths = 3;
        builder.leaseRecord(id).monthlyChargesCents = 6000;
        builder.leaseRecord(id).depositCents = 33600;
        return id;
    }

    Portfolio portfolio() const
    {
        Portfolio portfolio = builder.portfolio();
        for (Office &office : portfolio.offices)
            office.rentM2YearCents = 12000;
        return portfolio;
    }

    LeaseChange propose(LeaseChangeRequest request, QDate today = d("2026-01-15")) const
    {
        return proposeLeaseChange(portfolio(), request, today);
    }
};

LeaseChangeRequest request(LeaseChangeKind kind, Id leaseId)
{
    LeaseChangeRequest asked;
    asked.kind = kind;
    asked.leaseId = leaseId;
    return asked;
}

bool hasProblemOn(const LeaseChange &change, const QString &field, const QString &part)
{
    return std::any_of(change.problems.cbegin(), change.problems.cend(), [&](const Problem &problem) {
        return problem.field == field && problem.message.contains(part);
    });
}

void checkSteps(const QList<RentStep> &actual, const QList<RentStep> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CHECK(actual[i].from == expected[i].from);
        CHECK(actual[i].monthlyRentCents == expected[i].monthlyRentCents);
    }
}

} // namespace

TEST_CASE("A renewal starts the day after the lease and continues the progressive rent", "[lease-changes]")
{
    Incubator incubator;
    const Id id = incubator.lease(d("2025-01-01"), d("2025-12-31"));
    LeaseChangeRequest asked = request(LeaseChangeKind::Renew, id);
    asked.months = 24;
    asked.type = LeaseType::Precaire;
    const LeaseChange change = incubator.propose(asked);
    REQUIRE(change.problems.isEmpty());
    REQUIRE(change.accepted());
    CHECK(change.updated.isEmpty()); // the lease renewed is left as it is
    REQUIRE(change.added.size() == 1);
    const Lease &renewal = change.added.first();
    CHECK(renewal.id == 0);
    CHECK(renewal.companyId == incubator.praxys);
    CHECK(renewal.officeId == incubator.b12);
    CHECK(renewal.type == LeaseType::Precaire);
    CHECK(renewal.start == d("2026-01-01"));
    CHECK(renewal.end == d("2027-12-31"));
    CHECK(renewal.terminatedOn.isNull());
    CHECK(renewal.noticeMonths == 3);
    CHECK(renewal.monthlyChargesCents == 6000);
    CHECK(renewal.depositCents == 33600);
    // Years 2 and 3 of the stay that began on 01/01/2025: 85 %, then 100 %, not 70 % again.
    checkSteps(renewal.rentSteps, {{d("2026-01-01"), 20400}, {d("2027-01-01"), 24000}});
    CHECK(change.summary.join(QLatin1Char(' ')).contains(QStringLiteral("year 2 of the stay")));

    SECTION("keeping the current rent carries the rent of the last day")
    {
        asked.rent = RentFollows::CurrentRent;
        checkSteps(incubator.propose(asked).added.first().rentSteps, {{d("2026-01-01"), 16800}});
    }
    SECTION("by default for the lease's own length, and the lease's own type")
    {
        const LeaseChange plain = incubator.propose(request(LeaseChangeKind::Renew, id));
        REQUIRE(plain.accepted());
        CHECK(plain.added.first().end == d("2026-12-31"));
        CHECK(plain.added.first().type == LeaseType::Derogatoire);
    }
    SECTION("a lease already renewed is not renewed twice")
    {
        incubator.lease(d("2026-01-01"), d("2026-12-31"));
        const LeaseChange twice = incubator.propose(asked);
        CHECK_FALSE(twice.accepted());
        CHECK(twice.problems.first().message.contains(QStringLiteral("renew or extend that one instead")));
        asked.kind = LeaseChangeKind::Extend;
        asked.end = d("2026-06-30");
        CHECK(incubator.propose(asked).problems.first().message.contains(QStringLiteral("that one instead")));
    }
    SECTION("an open-ended lease has nothing to renew")
    {
        incubator.builder.leaseRecord(id).end = QDate();
        const LeaseChange refused = incubator.propose(asked);
        CHECK_FALSE(refused.accepted());
        CHECK(refused.added.isEmpty());
        CHECK(refused.problems.first().message.contains(QStringLiteral("no end date")));
    }
}

TEST_CASE("The default renewal stops where the site's maximum stay does", "[lease-changes]")
{
    Incubator incubator;
    // 36 months in, the site's 48 leave 12.
    const Id id = incubator.lease(d("2023-01-01"), d("2025-12-31"));
    CHECK(defaultRenewalMonths(incubator.portfolio(), incubator.portfolio().leases.first()) == 12);
    const LeaseChange change = incubator.propose(request(LeaseChangeKind::Renew, id));
    REQUIRE(change.accepted());
    CHECK(change.added.first().end == d("2026-12-31"));
}

TEST_CASE("A renewal that takes short-term leases past 36 months says so, with the date of L145-5", "[lease-changes]")
{
    Incubator incubator;
    // 24 months of a dérogatoire lease; 24 more would run to 29/02/2028. The 36 months from
    // 01/03/2024 end on 28/02/2027, so L145-5 is broken from 01/03/2027.
    const Id id = incubator.lease(d("2024-03-01"), d("2026-02-28"));
    LeaseChangeRequest asked = request(LeaseChangeKind::Renew, id);
    asked.months = 24;
    asked.type = LeaseType::Derogatoire;
    const LeaseChange change = incubator.propose(asked, d("2026-01-15"));
    REQUIRE(change.accepted());
    CHECK(change.added.first().end == d("2028-02-29"));
    // 48 months exactly: the stay is within the site's maximum, only the legal cap is passed.
    REQUIRE(change.alerts.size() == 1);
    const TriggeredAlert &triggered = change.alerts.first();
    CHECK(triggered.change == TriggeredAlert::Change::New);
    CHECK(triggered.alert.kind == AlertKind::DerogatoireOver36Months);
    CHECK(triggered.alert.date == d("2027-03-01"));
    CHECK(triggered.alert.officeId == incubator.b12);
    CHECK(triggered.alert.daysAhead == d("2026-01-15").daysTo(d("2027-03-01")));
    CHECK(triggered.alert.severity == AlertSeverity::Info);
    CHECK(triggered.alert.rule.contains(QStringLiteral("L145-5")));
    CHECK(triggered.text.contains(QStringLiteral("Praxys")));
    CHECK(triggered.text.contains(QStringLiteral("B12 (Ateliers)")));
    CHECK(triggered.text.contains(QStringLiteral("01/03/2027")));
    CHECK(change.resolved.isEmpty());

    SECTION("renewed as a précaire agreement, staying on after the short-term lease is the risk")
    {
        asked.type = LeaseType::Precaire;
        const LeaseChange precaire = incubator.propose(asked);
        REQUIRE(precaire.alerts.size() == 1);
        CHECK(precaire.alerts.first().alert.kind == AlertKind::DerogatoireOverstay);
        // The term is 28/02/2026: more than a month after it is from 29/03/2026.
        CHECK(precaire.alerts.first().alert.date == d("2026-03-29"));
        CHECK(precaire.alerts.first().alert.severity == AlertSeverity::Warning);
    }
    SECTION("renewed as a commercial lease, nothing is triggered")
    {
        asked.type = LeaseType::Commercial;
        CHECK(incubator.propose(asked).alerts.isEmpty());
    }
    SECTION("an alert already there is not told again; made to last longer, it is")
    {
        // The chain already passes 36 months by a day; renewing makes it last two years longer.
        incubator.builder.leaseRecord(id).end = d("2027-03-01");
        asked.months = 12;
        const LeaseChange longer = incubator.propose(asked);
        REQUIRE(longer.accepted());
        REQUIRE(longer.alerts.size() >= 1);
        CHECK(longer.alerts.first().change == TriggeredAlert::Change::Longer);
        CHECK(longer.alerts.first().alert.kind == AlertKind::DerogatoireOver36Months);
        CHECK(longer.alerts.first().alert.date == d("2027-03-01"));
    }
}

TEST_CASE("An extension that runs into the next lease of the office is refused, and says how far it can go",
          "[lease-changes]")
{
    Incubator incubator;
    const Id id = incubator.lease(d("2025-01-01"), d("2025-12-31"));
    incubator.builder.lease(incubator.amito, incubator.b12, d("2026-04-01"), d("2026-12-31"));
    LeaseChangeRequest asked = request(LeaseChangeKind::Extend, id);
    asked.end = d("2026-06-30");
    const LeaseChange refused = incubator.propose(asked);
    CHECK_FALSE(refused.accepted());
    CHECK(refused.updated.isEmpty());
    CHECK(refused.added.isEmpty());
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.first().field == changeField::end);
    CHECK(refused.problems.first().message.contains(QStringLiteral("Amito")));
    CHECK(refused.problems.first().message.contains(QStringLiteral("Extend to 31/03/2026 at the latest")));

    SECTION("up to the day before it, the extension goes, its rent continuing the schedule")
    {
        asked.end = d("2026-03-31");
        const LeaseChange change = incubator.propose(asked);
        REQUIRE(change.accepted());
        REQUIRE(change.updated.size() == 1);
        CHECK(change.added.isEmpty());
        const Lease &extended = change.updated.first();
        CHECK(extended.id == id);
        CHECK(extended.start == d("2025-01-01"));
        CHECK(extended.end == d("2026-03-31"));
        // Year 2 of the stay starts on 01/01/2026, inside the days added: 85 %.
        checkSteps(extended.rentSteps, {{d("2025-01-01"), 16800}, {d("2026-01-01"), 20400}});
    }
    SECTION("keeping the current rent adds no step")
    {
        asked.end = d("2026-03-31");
        asked.rent = RentFollows::CurrentRent;
        checkSteps(incubator.propose(asked).updated.first().rentSteps, {{d("2025-01-01"), 16800}});
    }
    SECTION("an end that is not later is refused on the end")
    {
        asked.end = d("2025-12-31");
        CHECK(hasProblemOn(incubator.propose(asked), changeField::end, QStringLiteral("already runs to 31/12/2025")));
    }
    SECTION("an early end is withdrawn")
    {
        incubator.builder.leaseRecord(id).terminatedOn = d("2025-10-31");
        asked.end = d("2026-03-31");
        const LeaseChange change = incubator.propose(asked);
        REQUIRE(change.accepted());
        CHECK(change.updated.first().terminatedOn.isNull());
        CHECK(change.summary.first().contains(QStringLiteral("withdrawn")));
    }
}

TEST_CASE("A move refuses an office too small or taken, and ends the old lease the day before", "[lease-changes]")
{
    Incubator incubator;
    const Id id = incubator.lease(d("2025-01-01"), d("2027-12-31"));
    incubator.builder.leaseRecord(id).rentSteps << RentStep{d("2026-01-01"), 20400} << RentStep{d("2027-01-01"), 24000};
    incubator.builder.lease(incubator.amito, incubator.b15, d("2026-01-01"), d("2026-12-31"));
    LeaseChangeRequest asked = request(LeaseChangeKind::Move, id);
    asked.moveOn = d("2026-07-01");

    SECTION("too small for what the company has now")
    {
        asked.officeId = incubator.b14;
        const LeaseChange refused = incubator.propose(asked);
        CHECK_FALSE(refused.accepted());
        CHECK(refused.updated.isEmpty());
        CHECK(refused.added.isEmpty());
        CHECK(hasProblemOn(refused, changeField::office, QStringLiteral("less than the 24")));
        // Needing less, it fits.
        asked.neededAreaM2 = 18;
        asked.neededWorkstations = 2;
        CHECK(incubator.propose(asked).accepted());
    }
    SECTION("taken by another company")
    {
        asked.officeId = incubator.b15;
        const LeaseChange refused = incubator.propose(asked);
        CHECK_FALSE(refused.accepted());
        CHECK(refused.updated.isEmpty());
        CHECK(hasProblemOn(refused, changeField::office, QStringLiteral("Amito")));
    }
    SECTION("the same office, or a day that is not inside the lease")
    {
        asked.officeId = incubator.b12;
        CHECK(hasProblemOn(incubator.propose(asked), changeField::office, QStringLiteral("already")));
        asked.officeId = incubator.b16;
        asked.moveOn = d("2025-01-01");
        CHECK(hasProblemOn(incubator.propose(asked), changeField::start, QStringLiteral("starts on 01/01/2025")));
        asked.moveOn = d("2028-01-01");
        CHECK(hasProblemOn(incubator.propose(asked), changeField::start, QStringLiteral("ends on 31/12/2027")));
    }
    SECTION("free and big enough: the old lease ends the day before, the new one runs to the old end")
    {
        asked.officeId = incubator.b16;
        const LeaseChange change = incubator.propose(asked);
        REQUIRE(change.problems.isEmpty());
        REQUIRE(change.updated.size() == 1);
        REQUIRE(change.added.size() == 1);
        const Lease &ended = change.updated.first();
        CHECK(ended.id == id);
        CHECK(ended.end == d("2027-12-31"));
        CHECK(ended.terminatedOn == d("2026-06-30"));
        // The steps after the move go with the company, not with B12.
        checkSteps(ended.rentSteps, {{d("2025-01-01"), 16800}, {d("2026-01-01"), 20400}});
        const Lease &moved = change.added.first();
        CHECK(moved.id == 0);
        CHECK(moved.officeId == incubator.b16);
        CHECK(moved.companyId == incubator.praxys);
        CHECK(moved.type == LeaseType::Derogatoire);
        CHECK(moved.start == d("2026-07-01"));
        CHECK(moved.end == d("2027-12-31"));
        CHECK(moved.noticeMonths == 3);
        // B16's schedule, in year 2 of the stay: 255 € a month, then 300 € from 01/01/2027.
        checkSteps(moved.rentSteps, {{d("2026-07-01"), 25500}, {d("2027-01-01"), 30000}});
        // Short-term leases count per premises: another office starts a chain of its own.
        CHECK(change.alerts.isEmpty());
    }
    SECTION("with the current rent, the steps to come move with it")
    {
        asked.officeId = incubator.b16;
        asked.rent = RentFollows::CurrentRent;
        checkSteps(incubator.propose(asked).added.first().rentSteps, {{d("2026-07-01"), 20400}, {d("2027-01-01"), 24000}});
    }
    SECTION("to a shared space, by workstation, within what is free")
    {
        incubator.builder.lease(incubator.amito, incubator.shared, d("2026-01-01"), d("2026-12-31"), 8);
        asked.officeId = incubator.shared;
        asked.neededAreaM2 = 0;
        asked.neededWorkstations = 3;
        const LeaseChange full = incubator.propose(asked);
        CHECK(hasProblemOn(full, changeField::workstations, QStringLiteral("8 of the 10")));
        asked.neededWorkstations = 2;
        const LeaseChange change = incubator.propose(asked);
        REQUIRE(change.accepted());
        CHECK(change.added.first().workstations == 2);
    }
}

TEST_CASE("The earliest last day is the exact inverse of the notice deadline", "[lease-changes]")
{
    // Over two years of days and up to a year's notice: notice given on a day is in time for the
    // earliest last day, and too late for the day before it.
    for (QDate given = d("2026-01-01"); given <= d("2027-12-31"); given = given.addDays(1)) {
        for (int months = 1; months <= 12; ++months) {
            const QDate earliest = earliestLastDay(given, months);
            if (noticeDeadline(earliest, months) < given || noticeDeadline(earliest.addDays(-1), months) >= given) {
                FAIL_CHECK("notice of " << months << " months given on " << given.toString(Qt::ISODate).toStdString()
                                        << ": earliest last day " << earliest.toString(Qt::ISODate).toStdString());
            }
        }
    }
}

TEST_CASE("The notice deadline of an early end, month ends included", "[lease-changes]")
{
    // Notice given on a day ends the lease a whole notice period later at the earliest, and
    // noticeDeadline is its inverse.
    CHECK(earliestLastDay(d("2026-01-31"), 1) == d("2026-02-28"));
    CHECK(noticeDeadline(d("2026-02-28"), 1) == d("2026-01-31"));
    CHECK(earliestLastDay(d("2028-01-31"), 1) == d("2028-02-29"));
    CHECK(noticeDeadline(d("2028-02-29"), 1) == d("2028-01-31"));
    CHECK(earliestLastDay(d("2026-09-30"), 3) == d("2026-12-31"));
    CHECK(earliestLastDay(d("2026-11-30"), 3) == d("2027-02-28"));
    CHECK(earliestLastDay(d("2026-09-16"), 3) == d("2026-12-16"));
    CHECK(earliestLastDay(d("2026-03-15"), 0) == d("2026-03-15"));
    // 30/11 + 3 months stops on 28/02, one day short of the whole period: ending on 27/02/2027
    // needed notice by 27/11/2026.
    CHECK(earliestLastDay(d("2026-11-29"), 3) == d("2027-02-28"));
    CHECK(noticeDeadline(d("2027-02-27"), 3) == d("2026-11-27"));
    Incubator incubator;
    const Id id = incubator.lease(d("2025-01-01"), d("2027-12-31"));
    incubator.builder.leaseRecord(id).rentSteps << RentStep{d("2026-01-01"), 20400} << RentStep{d("2027-01-01"), 24000};
    LeaseChangeRequest asked = request(LeaseChangeKind::EndEarly, id);

    SECTION("given on the deadline itself, in time")
    {
        // Three months before 30/11/2026: notice by 31/08/2026.
        asked.lastDay = d("2026-11-30");
        const LeaseChange change = incubator.propose(asked, d("2026-08-31"));
        REQUIRE(change.accepted());
        CHECK(change.notice.months == 3);
        CHECK(change.notice.deadline == d("2026-08-31"));
        CHECK_FALSE(change.notice.passed);
        CHECK(change.warnings.isEmpty());
        REQUIRE(change.updated.size() == 1);
        const Lease &ended = change.updated.first();
        CHECK(ended.terminatedOn == d("2026-11-30"));
        CHECK(ended.end == d("2027-12-31"));
        // The step of 2027 falls after the last day.
        checkSteps(ended.rentSteps, {{d("2025-01-01"), 16800}, {d("2026-01-01"), 20400}});
    }
    SECTION("too late: a warning on the day, with the earliest end notice given today allows")
    {
        // Ending on 31/10/2026 needs notice by 31/07/2026; given on 15/09/2026, three months run
        // from 16/09 to 15/12/2026.
        asked.lastDay = d("2026-10-31");
        const LeaseChange change = incubator.propose(asked, d("2026-09-15"));
        REQUIRE(change.accepted()); // the parties may agree: a warning, not a refusal
        CHECK(change.notice.deadline == d("2026-07-31"));
        CHECK(change.notice.passed);
        CHECK(change.notice.earliestLastDay == d("2026-12-15"));
        REQUIRE(change.warnings.size() == 1);
        CHECK(change.warnings.first().field == changeField::terminatedOn);
        CHECK(change.warnings.first().message.contains(QStringLiteral("31/07/2026")));
        CHECK(change.warnings.first().message.contains(QStringLiteral("15/12/2026")));
    }
    SECTION("a month's notice given on 31 January ends on the last day of February")
    {
        incubator.builder.leaseRecord(id).noticeMonths = 1;
        asked.lastDay = d("2026-02-27");
        const LeaseChange late = incubator.propose(asked, d("2026-01-31"));
        CHECK(late.notice.deadline == d("2026-01-27"));
        CHECK(late.notice.passed);
        CHECK(late.notice.earliestLastDay == d("2026-02-28"));
        asked.lastDay = d("2026-02-28");
        const LeaseChange inTime = incubator.propose(asked, d("2026-01-31"));
        CHECK(inTime.notice.deadline == d("2026-01-31"));
        CHECK_FALSE(inTime.notice.passed);
        CHECK(inTime.warnings.isEmpty());
    }
    SECTION("no notice period, no deadline")
    {
        incubator.builder.leaseRecord(id).noticeMonths = 0;
        asked.lastDay = d("2026-01-20");
        const LeaseChange change = incubator.propose(asked, d("2026-01-15"));
        REQUIRE(change.accepted());
        CHECK(change.notice.deadline.isNull());
        CHECK(change.warnings.isEmpty());
    }
    SECTION("a day before the start or not before the term is refused on the day")
    {
        asked.lastDay = d("2024-12-31");
        CHECK(hasProblemOn(incubator.propose(asked), changeField::terminatedOn, QStringLiteral("starts on 01/01/2025")));
        asked.lastDay = d("2027-12-31");
        const LeaseChange refused = incubator.propose(asked);
        CHECK(hasProblemOn(refused, changeField::terminatedOn, QStringLiteral("Extend")));
        CHECK(refused.updated.isEmpty());
    }
    SECTION("ending early puts an end to the alerts it no longer reaches")
    {
        incubator.builder.leaseRecord(id).end = d("2028-06-30"); // 42 months of a dérogatoire lease
        asked.lastDay = d("2027-06-30");
        const LeaseChange change = incubator.propose(asked, d("2026-01-15"));
        REQUIRE(change.accepted());
        CHECK(change.alerts.isEmpty());
        REQUIRE(change.resolved.size() == 1);
        CHECK(change.resolved.first().kind == AlertKind::DerogatoireOver36Months);
    }
}

TEST_CASE("A cancelled or unknown lease cannot be changed", "[lease-changes]")
{
    Incubator incubator;
    const Id id = incubator.lease(d("2025-01-01"), d("2025-12-31"));
    incubator.builder.leaseRecord(id).cancelled = true;
    const LeaseChange cancelled = incubator.propose(request(LeaseChangeKind::Renew, id));
    CHECK_FALSE(cancelled.accepted());
    CHECK(cancelled.problems.first().message.contains(QStringLiteral("cancelled")));
    const LeaseChange unknown = incubator.propose(request(LeaseChangeKind::Extend, 999));
    CHECK_FALSE(unknown.accepted());
    CHECK(unknown.added.isEmpty());
}
