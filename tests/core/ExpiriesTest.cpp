// SPDX-License-Identifier: GPL-3.0-or-later
#include "Builders.h"
#include "CatchQt.h"

#include "figures/Expiries.h"
#include "figures/Stays.h"

using namespace pepin;
using namespace pepin::test;

namespace {

Office office(Id id, Id siteId = 1)
{
    Office result;
    result.id = id;
    result.siteId = siteId;
    result.code = QStringLiteral("O%1").arg(id);
    result.areaM2 = 20;
    result.workstations = 2;
    return result;
}

Lease lease(Id id, Id companyId, Id officeId, QDate start, QDate end, int noticeMonths = 3)
{
    Lease result = leaseOf(companyId, officeId, start, end);
    result.id = id;
    result.noticeMonths = noticeMonths;
    return result;
}

QList<Id> idsOf(const QList<Expiry> &expiries)
{
    QList<Id> ids;
    for (const Expiry &expiry : expiries)
        ids << expiry.leaseId;
    return ids;
}

} // namespace

TEST_CASE("the notice deadline leaves the whole notice period before the term", "[figures][expiries]")
{
    // The notice period runs from the day after the deadline to the end, both included, and is
    // exactly `months` calendar months long.
    CHECK(noticeDeadline(d("2026-12-31"), 3) == d("2026-09-30")); // October, November, December
    CHECK(noticeDeadline(d("2026-06-30"), 6) == d("2025-12-31")); // January to June
    // A term at the end of February keeps to month ends: notice by 31 January, not 29 January.
    CHECK(noticeDeadline(d("2028-02-29"), 1) == d("2028-01-31"));
    CHECK(noticeDeadline(d("2027-02-28"), 1) == d("2027-01-31"));
    // Mid-month: 16 February to 15 March is one month, so notice by 15 February.
    CHECK(noticeDeadline(d("2026-03-15"), 1) == d("2026-02-15"));
    CHECK(noticeDeadline(d("2026-12-31"), 0) == d("2026-12-31"));
    CHECK(noticeDeadline(QDate(), 3).isNull());
    // The inverse of lastDayWithin: notice given on the deadline's next day runs to the end.
    for (const auto &[end, months] : {std::pair{d("2026-12-31"), 3}, std::pair{d("2028-02-29"), 1}, std::pair{d("2026-03-15"), 1}})
        CHECK(lastDayWithin(noticeDeadline(end, months).addDays(1), months) == end);
}

TEST_CASE("leases ending within N days, with their notice deadline", "[figures][expiries]")
{
    const QDate day = d("2026-11-29");
    // Within 90 days: from 29/11/2026 to 27/02/2027, both included.
    const QList<Office> offices{office(1), office(2), office(3), office(4), office(5), office(6), office(7, 2)};
    Lease endedEarly = lease(5, 5, 5, d("2025-01-01"), d("2027-12-31"));
    endedEarly.terminatedOn = d("2027-01-15");
    Lease endedBefore = lease(6, 6, 6, d("2025-01-01"), d("2027-01-31"));
    endedBefore.terminatedOn = d("2026-11-28");
    Lease cancelled = lease(8, 8, 6, d("2026-12-01"), d("2027-01-31"));
    cancelled.cancelled = true;
    const QList<Lease> leases{
        lease(1, 1, 1, d("2024-01-01"), d("2026-12-31")),     // in: notice by 30/09/2026, passed
        lease(2, 2, 2, d("2024-03-01"), d("2027-02-27"), 1),  // in, on the last day of the window: notice by 27/01/2027
        lease(3, 3, 3, d("2024-03-01"), d("2027-02-28")),     // out: one day past the window
        lease(4, 4, 4, d("2025-01-01"), d("2026-11-28")),     // out: ended yesterday
        endedEarly,                                           // in: its last day is the termination
        endedBefore,                                          // out: terminated before the day
        cancelled,                                            // out: never counts
        lease(9, 9, 1, d("2027-01-01"), QDate()),             // out: open-ended
        lease(10, 10, 7, d("2024-01-01"), d("2026-11-29")),   // in, ending today, on site 2
    };
    const QList<Expiry> expiries = expiriesWithin(offices, leases, day, 90);
    CHECK(idsOf(expiries) == QList<Id>{10, 1, 5, 2}); // by last day

    const Expiry &praxysLike = expiries[1];
    CHECK(praxysLike.lastDay == d("2026-12-31"));
    CHECK(praxysLike.daysLeft == 32);
    CHECK(praxysLike.noticeDeadline == d("2026-09-30"));
    CHECK(praxysLike.noticeDeadlinePassed);

    const Expiry &early = expiries[2];
    CHECK(early.lastDay == d("2027-01-15"));
    CHECK(early.terminatedOn == d("2027-01-15"));
    CHECK(early.noticeDeadline.isNull()); // its end is decided: no notice left to give
    CHECK_FALSE(early.noticeDeadlinePassed);

    const Expiry &last = expiries[3];
    CHECK(last.daysLeft == 90);
    CHECK(last.noticeDeadline == d("2027-01-27"));
    CHECK_FALSE(last.noticeDeadlinePassed);

    CHECK(expiries[0].daysLeft == 0);

    OccupancyFilter site2;
    site2.siteId = 2;
    CHECK(idsOf(expiriesWithin(offices, leases, day, 90, site2)) == QList<Id>{10});
    // Within 0 days: only what ends today.
    CHECK(idsOf(expiriesWithin(offices, leases, day, 0)) == QList<Id>{10});
}

TEST_CASE("a notice deadline of today has not passed", "[figures][expiries]")
{
    // Ends 31/12/2026 with 3 months' notice: the deadline is 30/09/2026.
    const QList<Office> offices{office(1)};
    const QList<Lease> leases{lease(1, 1, 1, d("2024-01-01"), d("2026-12-31"))};
    CHECK_FALSE(expiriesWithin(offices, leases, d("2026-09-30"), 120).constFirst().noticeDeadlinePassed);
    CHECK(expiriesWithin(offices, leases, d("2026-10-01"), 120).constFirst().noticeDeadlinePassed);
}

TEST_CASE("a lease renewed the day after its end does not expire", "[figures][expiries]")
{
    const QList<Office> offices{office(1), office(2)};
    const Lease first = lease(1, 1, 1, d("2024-01-01"), d("2026-12-31"));
    SECTION("renewed by the same company in the same office")
    {
        const QList<Lease> leases{first, lease(2, 1, 1, d("2027-01-01"), d("2028-12-31"))};
        CHECK(expiriesWithin(offices, leases, d("2026-11-29"), 90).isEmpty());
    }
    SECTION("a cancelled renewal does not count")
    {
        Lease renewal = lease(2, 1, 1, d("2027-01-01"), d("2028-12-31"));
        renewal.cancelled = true;
        CHECK(idsOf(expiriesWithin(offices, {first, renewal}, d("2026-11-29"), 90)) == QList<Id>{1});
    }
    SECTION("another company next is not a renewal")
    {
        CHECK(idsOf(expiriesWithin(offices, {first, lease(2, 2, 1, d("2027-01-01"), d("2028-12-31"))}, d("2026-11-29"), 90))
              == QList<Id>{1});
    }
    SECTION("the same company in another office is not a renewal")
    {
        CHECK(idsOf(expiriesWithin(offices, {first, lease(2, 1, 2, d("2027-01-01"), d("2028-12-31"))}, d("2026-11-29"), 90))
              == QList<Id>{1});
    }
    SECTION("a gap of a day is not a renewal")
    {
        CHECK(idsOf(expiriesWithin(offices, {first, lease(2, 1, 1, d("2027-01-02"), d("2028-12-31"))}, d("2026-11-29"), 90))
              == QList<Id>{1});
    }
    SECTION("renewals are found at both ends of the window")
    {
        // From 2026-12-31 for 0 days: the lease ends on the day itself, its renewal starts the
        // day after. From 2026-10-02 for 90 days: it ends on the window's last day, 2026-12-31.
        const QList<Lease> leases{first, lease(2, 1, 1, d("2027-01-01"), d("2028-12-31"))};
        CHECK(expiriesWithin(offices, leases, d("2026-12-31"), 0).isEmpty());
        CHECK(expiriesWithin(offices, leases, d("2026-10-02"), 90).isEmpty());
        // Without the renewal, both see the lease end.
        CHECK(idsOf(expiriesWithin(offices, {first}, d("2026-12-31"), 0)) == QList<Id>{1});
        CHECK(idsOf(expiriesWithin(offices, {first}, d("2026-10-02"), 90)) == QList<Id>{1});
    }
}
