// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"
#include "PortfolioBuilder.h"

#include "figures/Assignment.h"
#include "service/Rules.h"
#include "util/Format.h"

using namespace pepin;
using namespace pepin::test;

// suggestAssignment: which offices a company needing space is offered, and in what order.

namespace {

// Two sites. For 24 m² and 3 workstations in 2027: A1, A3 and B1 fit exactly, the shared S1
// gives 3 of its 10 workstations, 27 m² (90 × 3 / 10: 3 m² more, excess 3/24 = 0.125), A2 is
// larger (6 m² and 1 workstation more: 6/24 + 1/3 = 0.583), Small is too small.
struct Incubator
{
    PortfolioBuilder builder;
    Id ateliers = builder.site(QStringLiteral("Ateliers"));
    Id extension = builder.site(QStringLiteral("Extension"));
    Id a1 = builder.office(ateliers, QStringLiteral("A1"), 24, 3, OfficeKind::Private, QStringLiteral("1"));
    Id a2 = builder.office(ateliers, QStringLiteral("A2"), 30, 4, OfficeKind::Private, QStringLiteral("1"));
    Id a3 = builder.office(ateliers, QStringLiteral("A3"), 24, 3, OfficeKind::Private, QStringLiteral("2"));
    Id small = builder.office(ateliers, QStringLiteral("Small"), 12, 2, OfficeKind::Private, QStringLiteral("1"));
    Id s1 = builder.office(ateliers, QStringLiteral("S1"), 90, 10, OfficeKind::Shared, QStringLiteral("0"));
    Id b1 = builder.office(extension, QStringLiteral("B1"), 24, 3, OfficeKind::Private, QStringLiteral("0"));
    Id praxys = builder.company(QStringLiteral("Praxys"));
    Id amito = builder.company(QStringLiteral("Amito"));
};

AssignmentRequest need24m2For2027()
{
    AssignmentRequest request;
    request.areaM2 = 24;
    request.workstations = 3;
    request.from = d("2027-01-01");
    request.last = d("2027-12-31");
    return request;
}

QStringList codes(const QList<AssignmentCandidate> &candidates)
{
    QStringList result;
    for (const AssignmentCandidate &candidate : candidates)
        result << candidate.office.code;
    return result;
}

const AssignmentCandidate &find(const QList<AssignmentCandidate> &candidates, const QString &code)
{
    for (const AssignmentCandidate &candidate : candidates) {
        if (candidate.office.code == code)
            return candidate;
    }
    FAIL("no candidate " << code.toStdString());
    return candidates.first();
}

} // namespace

TEST_CASE("an exact fit ranks before a larger office, a too small one is not offered", "[figures][assignment]")
{
    Incubator incubator;
    const AssignmentSuggestion suggestion = suggestAssignment(incubator.builder.portfolio(), need24m2For2027());
    CHECK(codes(suggestion.free)
          == QStringList{QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("B1"), QStringLiteral("S1"),
                         QStringLiteral("A2")});
    CHECK(suggestion.partlyFree.isEmpty());
    CHECK(find(suggestion.free, QStringLiteral("A1")).excess == 0);
    CHECK(find(suggestion.free, QStringLiteral("S1")).excess == Approx(0.125));
    CHECK(find(suggestion.free, QStringLiteral("S1")).areaM2 == Approx(27));
    CHECK(find(suggestion.free, QStringLiteral("S1")).workstations == 3);
    CHECK(find(suggestion.free, QStringLiteral("A2")).excess == Approx(6.0 / 24 + 1.0 / 3));
    CHECK(find(suggestion.free, QStringLiteral("A1")).reasons.first().contains(QStringLiteral("exactly the need")));
    CHECK(find(suggestion.free, QStringLiteral("A2")).reasons.first().contains(QStringLiteral("1 workstation more")));
}

TEST_CASE("the preferred site, then the preferred floor, come before the fit", "[figures][assignment]")
{
    Incubator incubator;
    AssignmentRequest request = need24m2For2027();
    request.floor = QStringLiteral("2");
    CHECK(codes(suggestAssignment(incubator.builder.portfolio(), request).free)
          == QStringList{QStringLiteral("A3"), QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("S1"),
                         QStringLiteral("A2")});

    request.siteId = incubator.extension;
    request.floor = QStringLiteral("0");
    const AssignmentSuggestion suggestion = suggestAssignment(incubator.builder.portfolio(), request);
    // B1: the site and the floor; S1: floor 0 but the other site; then the rest by fit.
    CHECK(codes(suggestion.free)
          == QStringList{QStringLiteral("B1"), QStringLiteral("S1"), QStringLiteral("A1"), QStringLiteral("A3"),
                         QStringLiteral("A2")});
    CHECK(find(suggestion.free, QStringLiteral("B1")).reasons.contains(QStringLiteral("On the preferred site.")));
    CHECK(find(suggestion.free, QStringLiteral("A1")).reasons.contains(QStringLiteral("On Ateliers, not the preferred site.")));
    CHECK(find(suggestion.free, QStringLiteral("A1")).reasons.contains(QStringLiteral("On floor 1, not the preferred floor 0.")));
}

TEST_CASE("an office taken for part of the period is offered apart, with who is in the way", "[figures][assignment]")
{
    Incubator incubator;
    // A1 let to Praxys until 31/03/2027; A3 let over the whole year; B1's lease was cancelled.
    incubator.builder.lease(incubator.praxys, incubator.a1, d("2026-01-01"), d("2027-03-31"));
    incubator.builder.lease(incubator.praxys, incubator.a3, d("2026-01-01"), d("2028-12-31"));
    const Id cancelled = incubator.builder.lease(incubator.praxys, incubator.b1, d("2027-01-01"), d("2027-12-31"));
    incubator.builder.leaseRecord(cancelled).cancelled = true;

    const AssignmentSuggestion suggestion = suggestAssignment(incubator.builder.portfolio(), need24m2For2027());
    CHECK(codes(suggestion.free) == QStringList{QStringLiteral("B1"), QStringLiteral("S1"), QStringLiteral("A2")});
    REQUIRE(codes(suggestion.partlyFree) == QStringList{QStringLiteral("A1")});
    const AssignmentCandidate &a1 = suggestion.partlyFree.first();
    REQUIRE(a1.conflicts.size() == 1);
    CHECK(a1.conflicts.first().company == QStringLiteral("Praxys"));
    CHECK(a1.conflicts.first().start == d("2026-01-01"));
    CHECK(a1.conflicts.first().last == d("2027-03-31"));
    REQUIRE(a1.freeStretches.size() == 1);
    CHECK(a1.freeStretches.first().first == d("2027-04-01"));
    CHECK(a1.freeStretches.first().last == d("2027-12-31"));
    // The rules' own words say why.
    REQUIRE(a1.problems.size() == 1);
    CHECK(a1.problems.first().message.contains(QStringLiteral("Praxys")));
    CHECK(a1.reasons.first() == a1.problems.first().message);
}

TEST_CASE("a shared space is free while its workstations suffice", "[figures][assignment]")
{
    Incubator incubator;
    AssignmentRequest request = need24m2For2027();
    request.kind = AssignmentKind::Shared;
    // 7 of 10 let all year: 3 more fit.
    incubator.builder.lease(incubator.praxys, incubator.s1, d("2026-01-01"), d("2028-12-31"), 7);
    CHECK(codes(suggestAssignment(incubator.builder.portfolio(), request).free) == QStringList{QStringLiteral("S1")});

    // One more from July: 8 let, 3 do not fit from then on.
    incubator.builder.lease(incubator.amito, incubator.s1, d("2027-07-01"), d("2027-09-30"), 1);
    const AssignmentSuggestion suggestion = suggestAssignment(incubator.builder.portfolio(), request);
    CHECK(suggestion.free.isEmpty());
    REQUIRE(suggestion.partlyFree.size() == 1);
    const AssignmentCandidate &s1 = suggestion.partlyFree.first();
    CHECK(s1.conflicts.size() == 2);
    REQUIRE(s1.freeStretches.size() == 2);
    CHECK(s1.freeStretches[0].first == d("2027-01-01"));
    CHECK(s1.freeStretches[0].last == d("2027-06-30"));
    CHECK(s1.freeStretches[1].first == d("2027-10-01"));
    CHECK(s1.freeStretches[1].last == d("2027-12-31"));
}

TEST_CASE("the kind asked for filters the offices", "[figures][assignment]")
{
    Incubator incubator;
    AssignmentRequest request = need24m2For2027();
    request.kind = AssignmentKind::Private;
    CHECK_FALSE(codes(suggestAssignment(incubator.builder.portfolio(), request).free).contains(QStringLiteral("S1")));
    request.kind = AssignmentKind::Shared;
    CHECK(codes(suggestAssignment(incubator.builder.portfolio(), request).free) == QStringList{QStringLiteral("S1")});
    // Without a number of workstations, a shared space cannot be sized.
    request.workstations = 0;
    CHECK_FALSE(checkAssignmentRequest(request).isEmpty());
    request.kind = AssignmentKind::Any;
    CHECK_FALSE(codes(suggestAssignment(incubator.builder.portfolio(), request).free).contains(QStringLiteral("S1")));
}

TEST_CASE("an office leaving a gap too short to let ranks after one that leaves none", "[figures][assignment]")
{
    Incubator incubator;
    // A1: the lease before ends on 10/12/2026, leaving 21 days (11/12 to 31/12) nobody would take.
    incubator.builder.lease(incubator.praxys, incubator.a1, d("2026-01-01"), d("2026-12-10"));
    // A3: the lease before ends the day before: no gap.
    incubator.builder.lease(incubator.praxys, incubator.a3, d("2026-01-01"), d("2026-12-31"));
    // B1: the next lease starts on 01/02/2028, leaving January (31 days).
    incubator.builder.lease(incubator.amito, incubator.b1, d("2028-02-01"), d("2028-12-31"));

    const AssignmentSuggestion suggestion = suggestAssignment(incubator.builder.portfolio(), need24m2For2027());
    CHECK(codes(suggestion.free)
          == QStringList{QStringLiteral("A3"), QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("S1"),
                         QStringLiteral("A2")});
    const AssignmentCandidate &a1 = find(suggestion.free, QStringLiteral("A1"));
    CHECK(a1.unlettableGaps == 1);
    CHECK(a1.unlettableDays == 21);
    CHECK(a1.reasons.contains(QStringLiteral("Leaves 21 days that cannot be let after the lease of Praxys (ending %1).")
                                  .arg(Format().date(d("2026-12-10")))));
    CHECK(find(suggestion.free, QStringLiteral("A3")).unlettableGaps == 0);
    CHECK(find(suggestion.free, QStringLiteral("B1")).unlettableDays == 31);

    // A gap of three months or more can be let: it does not count.
    Incubator later;
    later.builder.lease(later.praxys, later.a1, d("2026-01-01"), d("2026-09-30"));
    CHECK(find(suggestAssignment(later.builder.portfolio(), need24m2For2027()).free, QStringLiteral("A1")).unlettableGaps == 0);
}

TEST_CASE("an office out of service for part of the period is only partly free", "[figures][assignment]")
{
    PortfolioBuilder builder;
    const Id site = builder.site(QStringLiteral("Extension"));
    builder.office(site, QStringLiteral("E1"), 30, 3, OfficeKind::Private, {}, d("2027-07-01"));
    const AssignmentSuggestion suggestion = suggestAssignment(builder.portfolio(), need24m2For2027());
    CHECK(suggestion.free.isEmpty());
    REQUIRE(suggestion.partlyFree.size() == 1);
    const AssignmentCandidate &e1 = suggestion.partlyFree.first();
    CHECK(e1.conflicts.isEmpty());
    REQUIRE(e1.freeStretches.size() == 1);
    CHECK(e1.freeStretches.first().first == d("2027-07-01"));
    CHECK(e1.freeStretches.first().last == d("2027-12-31"));
}

TEST_CASE("the suggested lease passes every rule and carries the progressive rent", "[figures][assignment]")
{
    Incubator incubator;
    // Amito's stay started on 01/01/2026 in A2: 2027 is its second year, at 85 %.
    incubator.builder.lease(incubator.amito, incubator.a2, d("2026-01-01"), d("2026-12-31"));
    Portfolio portfolio = incubator.builder.portfolio();
    for (Office &office : portfolio.offices)
        office.rentM2YearCents = 12000; // 120 € per m² per year: 24 m² is 240 € a month

    AssignmentRequest request = need24m2For2027();
    request.companyId = incubator.amito;
    request.type = LeaseType::Derogatoire;
    const AssignmentSuggestion suggestion = suggestAssignment(portfolio, request);
    REQUIRE_FALSE(suggestion.free.isEmpty());
    for (const AssignmentCandidate &candidate : suggestion.free) {
        const Lease &lease = candidate.lease;
        CHECK(lease.companyId == incubator.amito);
        CHECK(lease.type == LeaseType::Derogatoire);
        CHECK(lease.start == d("2027-01-01"));
        CHECK(lease.end == d("2027-12-31"));
        QList<Lease> others;
        for (const Lease &other : portfolio.leases) {
            if (other.officeId == candidate.office.id)
                others << other;
        }
        CHECK(Rules::checkLease(lease, candidate.office, candidate.officeName).isEmpty());
        CHECK(Rules::checkLeaseAgainstOthers(lease, candidate.office, candidate.officeName, others, [](Id) { return QString(); })
                  .isEmpty());
    }
    const Lease &a1 = find(suggestion.free, QStringLiteral("A1")).lease;
    REQUIRE(a1.rentSteps.size() == 1);
    CHECK(a1.rentSteps.first().from == d("2027-01-01"));
    CHECK(a1.rentSteps.first().monthlyRentCents == 20400); // 240 € × 85 %
    // The shared space's 3 of 10 workstations pay for 27 m²: 270 € × 85 % = 229.50 €.
    const Lease &s1 = find(suggestion.free, QStringLiteral("S1")).lease;
    CHECK(s1.workstations == 3);
    REQUIRE(s1.rentSteps.size() == 1);
    CHECK(s1.rentSteps.first().monthlyRentCents == 22950);
    // A2 follows Amito's own lease without a gap.
    CHECK(find(suggestion.free, QStringLiteral("A2")).reasons.contains(
        QStringLiteral("Follows the lease of Amito (ending %1) without a gap.").arg(Format().date(d("2026-12-31")))));
}

TEST_CASE("a request without its dates, or with them reversed, suggests nothing", "[figures][assignment]")
{
    Incubator incubator;
    AssignmentRequest request = need24m2For2027();
    request.last = d("2026-12-31");
    REQUIRE(checkAssignmentRequest(request).size() == 1);
    CHECK(checkAssignmentRequest(request).first().field == QStringLiteral("to"));
    CHECK(suggestAssignment(incubator.builder.portfolio(), request).free.isEmpty());

    request = need24m2For2027();
    request.from = QDate();
    CHECK(checkAssignmentRequest(request).first().field == QStringLiteral("from"));
    request = need24m2For2027();
    request.areaM2 = -1;
    CHECK(checkAssignmentRequest(request).first().field == QStringLiteral("area_m2"));
}

TEST_CASE("archived offices are not offered", "[figures][assignment]")
{
    Incubator incubator;
    Portfolio portfolio = incubator.builder.portfolio();
    for (Office &office : portfolio.offices)
        office.archived = office.code == QStringLiteral("A1");
    CHECK_FALSE(codes(suggestAssignment(portfolio, need24m2For2027()).free).contains(QStringLiteral("A1")));
}
