// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"

#include "service/LeaseLastDay.h"

using namespace pepin;
using namespace pepin::test;

// A lease given another last day (the planning's drag of a bar's end), and the rules on it.

namespace {

Office office(OfficeKind kind, int workstations, QDate until = {})
{
    Office office;
    office.id = 1;
    office.siteId = 1;
    office.code = QStringLiteral("A1");
    office.areaM2 = 30;
    office.workstations = workstations;
    office.kind = kind;
    office.availableUntil = until;
    return office;
}

QString names(Id companyId)
{
    return companyId == 10 ? QStringLiteral("Praxys") : QStringLiteral("Amito");
}

Lease stored(Lease lease, Id id)
{
    lease.id = id;
    return lease;
}

} // namespace

TEST_CASE("A lease given another last day moves its end, or its early end within the term", "[lastday]")
{
    Lease lease = leaseOf(10, 1, d("2026-01-01"), d("2026-12-31"));
    lease.rentSteps = {RentStep{d("2026-01-01"), 50000}, RentStep{d("2026-07-01"), 60000}};

    const Lease longer = withLastDay(lease, d("2027-06-30"));
    CHECK(longer.end == d("2027-06-30"));
    CHECK_FALSE(longer.terminatedOn.isValid());
    CHECK(longer.rentSteps.size() == 2);

    // Shorter than a rent step: the step would never be in force, and goes.
    const Lease shorter = withLastDay(lease, d("2026-05-31"));
    CHECK(shorter.end == d("2026-05-31"));
    REQUIRE(shorter.rentSteps.size() == 1);
    CHECK(shorter.rentSteps.first().from == d("2026-01-01"));

    // Ended early: the early end moves within the term; past the term, the term moves and the
    // early end is withdrawn.
    Lease ended = lease;
    ended.terminatedOn = d("2026-09-30");
    const Lease later = withLastDay(ended, d("2026-11-30"));
    CHECK(later.end == d("2026-12-31"));
    CHECK(later.terminatedOn == d("2026-11-30"));
    const Lease pastTerm = withLastDay(ended, d("2027-03-31"));
    CHECK(pastTerm.end == d("2027-03-31"));
    CHECK_FALSE(pastTerm.terminatedOn.isValid());

    // An open-ended lease has no end to move.
    const Lease open = leaseOf(10, 1, d("2026-01-01"));
    CHECK_FALSE(withLastDay(open, d("2026-06-30")).end.isValid());
    CHECK(withLastDay(lease, QDate()).end == d("2026-12-31"));
}

TEST_CASE("A last day that runs into the next tenant's lease of a private office is refused", "[lastday]")
{
    const Office a1 = office(OfficeKind::Private, 3);
    const Lease praxys = stored(leaseOf(10, 1, d("2026-01-01"), d("2026-06-30")), 100);
    const Lease amito = stored(leaseOf(20, 1, d("2026-09-01"), d("2027-08-31")), 101);
    const QList<Lease> leases{praxys, amito};

    CHECK(checkLastDay(withLastDay(praxys, d("2026-08-31")), a1, QStringLiteral("A1"), leases, names).isEmpty());
    const QList<Problem> problems = checkLastDay(withLastDay(praxys, d("2026-09-01")), a1, QStringLiteral("A1"), leases, names);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().message.contains(QStringLiteral("Amito")));
    // Before its own start: refused too.
    CHECK_FALSE(checkLastDay(withLastDay(praxys, d("2025-12-31")), a1, QStringLiteral("A1"), leases, names).isEmpty());
    // Past the office's last day in service.
    const Office closing = office(OfficeKind::Private, 3, d("2026-07-31"));
    CHECK(checkLastDay(withLastDay(praxys, d("2026-07-31")), closing, QStringLiteral("A1"), {praxys}, names).isEmpty());
    CHECK_FALSE(checkLastDay(withLastDay(praxys, d("2026-08-01")), closing, QStringLiteral("A1"), {praxys}, names).isEmpty());
}

TEST_CASE("A last day that puts more workstations in a shared office than it holds is refused", "[lastday]")
{
    const Office open = office(OfficeKind::Shared, 10);
    const Lease praxys = stored(leaseOf(10, 1, d("2026-01-01"), d("2026-06-30"), 6), 100);
    const Lease amito = stored(leaseOf(20, 1, d("2026-09-01"), d("2027-08-31"), 4), 101);
    const Lease more = stored(leaseOf(20, 1, d("2026-10-01"), d("2026-12-31"), 1), 102);
    // 6 + 4 fit on the 10 workstations; 6 + 4 + 1 on 01/10/2026 do not.
    CHECK(checkLastDay(withLastDay(praxys, d("2026-09-30")), open, QStringLiteral("S1"), {praxys, amito, more}, names).isEmpty());
    const QList<Problem> problems =
        checkLastDay(withLastDay(praxys, d("2026-10-15")), open, QStringLiteral("S1"), {praxys, amito, more}, names);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("workstations"));
}
