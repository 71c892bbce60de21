// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "Records.h"
#include "PlainConnection.h"
#include "TestDatabase.h"

#include <functional>
#include <vector>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A site with a private office of 2 workstations and a shared space of 10, and two companies.
struct Premises
{
    TestDatabase db;
    Site site;
    Office office;
    Office openSpace;
    Company praxys;
    Company soleas;

    Premises()
    {
        site = addSite(db.store(), u"Ateliers"_s);
        office = addOffice(db.store(), site.id, u"A01"_s, 24.5, 2);
        openSpace = addOffice(db.store(), site.id, u"C10"_s, 80, 10, OfficeKind::Shared);
        praxys = addCompany(db.store(), u"Praxys"_s);
        soleas = addCompany(db.store(), u"Soleas.Net"_s);
    }

    Store &store() { return db.store(); }
    qsizetype leaseCount() { return store().leases().size(); }
};

// A valid office record, not stored.
Office officeRecord(Id siteId, const QString &code)
{
    Office office;
    office.siteId = siteId;
    office.code = code;
    office.areaM2 = 20;
    office.workstations = 2;
    return office;
}

} // namespace

// ---- a lease on its own ------------------------------------------------------------------------

TEST_CASE("a lease cannot end before it starts", "[rules][lease]")
{
    Premises p;
    const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.office.id, d("2026-03-01"), d("2026-02-28"))));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"end"_s});
    CHECK(error.message().contains(u"28/02/2026"_s));
    CHECK(error.message().contains(u"01/03/2026"_s));
    CHECK(p.leaseCount() == 0);
}

TEST_CASE("a lease may end on the day it starts", "[rules][lease]")
{
    Premises p;
    const Lease oneDay = addLease(p.store(), p.praxys.id, p.office.id, d("2026-03-01"), d("2026-03-01"));
    CHECK(p.store().lease(oneDay.id)->end == d("2026-03-01"));
}

TEST_CASE("a lease cannot be ended early before it starts", "[rules][lease]")
{
    Premises p;
    Lease lease = leaseOf(p.praxys.id, p.office.id, d("2026-03-01"), d("2026-12-31"));
    lease.terminatedOn = d("2026-02-15");
    const Error error = failure(p.store().addLease(lease));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"terminated_on"_s});
    CHECK(error.message().contains(u"15/02/2026"_s));
    CHECK(p.leaseCount() == 0);
}

TEST_CASE("a lease cannot be ended early after its term", "[rules][lease]")
{
    Premises p;
    Lease lease = leaseOf(p.praxys.id, p.office.id, d("2026-03-01"), d("2026-12-31"));
    lease.terminatedOn = d("2027-01-01");
    const Error error = failure(p.store().addLease(lease));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"terminated_on"_s});
    CHECK(error.message().contains(u"01/01/2027"_s));
    CHECK(error.message().contains(u"31/12/2026"_s));
    CHECK(p.leaseCount() == 0);

    SECTION("on its last day or before, it can")
    {
        lease.terminatedOn = d("2026-12-31");
        CHECK(p.store().addLease(lease).ok());
        lease.terminatedOn = d("2026-03-01");
        lease.officeId = addOffice(p.store(), p.site.id, u"A02"_s).id;
        CHECK(p.store().addLease(lease).ok());
        CHECK(p.leaseCount() == 2);
    }
    SECTION("an open-ended lease can be ended on any day from its start")
    {
        lease.end = QDate();
        lease.terminatedOn = d("2030-06-30");
        CHECK(p.store().addLease(lease).ok());
    }
}

TEST_CASE("a lease needs a start date and an existing company and office", "[rules][lease]")
{
    Premises p;
    SECTION("no start")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.office.id, QDate())));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
    }
    SECTION("unknown company")
    {
        const Error error = failure(p.store().addLease(leaseOf(9999, p.office.id, d("2026-01-01"))));
        CHECK(error.kind() == Error::Kind::NotFound);
        CHECK(fieldsOf(error) == QStringList{u"company"_s});
        CHECK(error.message().contains(u"9999"_s));
    }
    SECTION("unknown office")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, 9999, d("2026-01-01"))));
        CHECK(error.kind() == Error::Kind::NotFound);
        CHECK(fieldsOf(error) == QStringList{u"office"_s});
    }
    CHECK(p.leaseCount() == 0);
}

TEST_CASE("a lease cannot have negative charges, deposit or notice", "[rules][lease]")
{
    Premises p;
    Lease lease = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"));
    lease.monthlyChargesCents = -1;
    lease.depositCents = -100;
    lease.noticeMonths = -1;
    const Error error = failure(p.store().addLease(lease));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"monthly_charges"_s, u"deposit"_s, u"notice_months"_s});
    CHECK(p.leaseCount() == 0);
}

// ---- a private office: one tenant at a time ------------------------------------------------------

TEST_CASE("a private office cannot be let twice on overlapping days", "[rules][lease][private]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-06-30"));

    SECTION("a lease inside the other")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-03-01"), d("2026-03-31"))));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
        // The message names the office, the tenant in the way and its period.
        CHECK(error.message().contains(u"A01 (Ateliers)"_s));
        CHECK(error.message().contains(u"Praxys"_s));
        CHECK(error.message().contains(u"01/01/2026"_s));
        CHECK(error.message().contains(u"30/06/2026"_s));
    }
    SECTION("a lease around the other")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2025-01-01"), d("2027-12-31"))));
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
    }
    SECTION("a lease that starts on the other's last day")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-06-30"), d("2026-12-31"))));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
    }
    SECTION("a lease that ends on the other's first day")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2025-07-01"), d("2026-01-01"))));
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
    }
    SECTION("an open-ended lease that starts before the other ends")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-06-01"))));
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
    }
    SECTION("the same company twice")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.office.id, d("2026-06-01"), d("2026-07-31"))));
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
    }
    CHECK(p.leaseCount() == 1);
}

TEST_CASE("a private office can be let again from the day after a lease ends", "[rules][lease][private]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-06-30"));
    addLease(p.store(), p.soleas.id, p.office.id, d("2026-07-01"), d("2026-12-31"));
    addLease(p.store(), p.praxys.id, p.office.id, d("2025-01-01"), d("2025-12-31"));
    CHECK(p.leaseCount() == 3);
}

TEST_CASE("an early end frees a private office from the next day", "[rules][lease][private]")
{
    Premises p;
    Lease first = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    first.terminatedOn = d("2026-04-15");
    REQUIRE(p.store().addLease(first).ok());

    const Error error = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-04-15"), d("2026-12-31"))));
    CHECK(fieldsOf(error) == QStringList{u"start"_s});
    CHECK(error.message().contains(u"15/04/2026"_s));
    CHECK(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-04-16"), d("2026-12-31"))).ok());
    CHECK(p.leaseCount() == 2);
}

TEST_CASE("an open-ended lease blocks a private office for ever after its start", "[rules][lease][private]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"));

    const Error later = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2040-01-01"), d("2040-12-31"))));
    CHECK(later.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(later) == QStringList{u"start"_s});
    CHECK(later.message().contains(u"with no end"_s));
    const Error touching = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2025-06-01"), d("2026-01-01"))));
    CHECK(fieldsOf(touching) == QStringList{u"start"_s});
    const Error alsoOpen = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2025-01-01"))));
    CHECK(fieldsOf(alsoOpen) == QStringList{u"start"_s});

    CHECK(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2025-01-01"), d("2025-12-31"))).ok());
    CHECK(p.leaseCount() == 2);
}

TEST_CASE("cancelled leases do not block an office", "[rules][lease][private]")
{
    Premises p;
    SECTION("stored cancelled")
    {
        Lease cancelled = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
        cancelled.cancelled = true;
        REQUIRE(p.store().addLease(cancelled).ok());
    }
    SECTION("cancelled after it was stored")
    {
        Lease lease = addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
        lease.cancelled = true;
        REQUIRE(p.store().updateLease(lease).ok());
    }
    CHECK(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-03-01"), d("2026-09-30"))).ok());
    CHECK(p.leaseCount() == 2);

    // Putting a cancelled lease back in force checks it again.
    Lease cancelled = p.store().leasesOfCompany(p.praxys.id).first();
    REQUIRE(cancelled.cancelled);
    cancelled.cancelled = false;
    const Error error = failure(p.store().updateLease(cancelled));
    CHECK(fieldsOf(error) == QStringList{u"start"_s});
    CHECK(error.message().contains(u"Soleas.Net"_s));
    CHECK(p.store().lease(cancelled.id)->cancelled);
}

TEST_CASE("a lease does not collide with itself when it is edited", "[rules][lease][private]")
{
    Premises p;
    Lease lease = addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-06-30"));
    lease.end = d("2026-12-31");
    const Result<Lease> updated = p.store().updateLease(lease);
    REQUIRE(updated.ok());
    CHECK(p.store().lease(lease.id)->end == d("2026-12-31"));
}

TEST_CASE("moving a lease to an office that is let on those days is refused", "[rules][lease][private]")
{
    Premises p;
    const Office other = addOffice(p.store(), p.site.id, u"A02"_s, 20, 2);
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    Lease moving = addLease(p.store(), p.soleas.id, other.id, d("2026-03-01"), d("2026-05-31"));
    moving.officeId = p.office.id;
    const Error error = failure(p.store().updateLease(moving));
    CHECK(fieldsOf(error) == QStringList{u"start"_s});
    CHECK(p.store().lease(moving.id)->officeId == other.id);
}

TEST_CASE("a private office is let whole, with all its workstations", "[rules][lease][private]")
{
    Premises p;
    SECTION("more workstations than the office has")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), {}, 3)));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"workstations"_s});
        CHECK(error.message().contains(u"private office"_s));
        CHECK(error.message().contains(u"A01 (Ateliers)"_s));
        CHECK(p.leaseCount() == 0);
    }
    SECTION("fewer workstations than the office has")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), {}, 1)));
        CHECK(fieldsOf(error) == QStringList{u"workstations"_s});
        CHECK(p.leaseCount() == 0);
    }
    SECTION("exactly its workstations, stored as the whole office")
    {
        const Result<Lease> stored = p.store().addLease(leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), {}, 2));
        REQUIRE(stored.ok());
        CHECK(stored->workstations == 0);
        CHECK(p.store().lease(stored->id)->workstations == 0);
    }
    SECTION("no workstations said")
    {
        CHECK(p.store().addLease(leaseOf(p.praxys.id, p.office.id, d("2026-01-01"))).ok());
    }
}

// ---- a shared office: never more workstations let than it holds ----------------------------------

TEST_CASE("a lease of a shared space must say how many workstations it takes", "[rules][lease][shared]")
{
    Premises p;
    const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.openSpace.id, d("2026-01-01"))));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"workstations"_s});
    CHECK(error.message().contains(u"C10 (Ateliers)"_s));
    CHECK(error.message().contains(u"shared"_s));
    CHECK(p.leaseCount() == 0);
}

TEST_CASE("a lease of a shared space cannot take more workstations than the space has", "[rules][lease][shared]")
{
    Premises p;
    const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, p.openSpace.id, d("2026-01-01"), {}, 11)));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error).contains(u"workstations"_s));
    CHECK(error.message().contains(u"C10 (Ateliers) has 10 workstation"_s));
    CHECK(error.message().contains(u"asks for 11"_s));
    CHECK(p.leaseCount() == 0);
    CHECK(p.store().addLease(leaseOf(p.praxys.id, p.openSpace.id, d("2026-01-01"), {}, 10)).ok());
}

TEST_CASE("a shared space is never let beyond its workstations on any day", "[rules][lease][shared]")
{
    Premises p;
    const Company third = addCompany(p.store(), u"E-Software"_s);
    // 4 from January to June and 4 from April to December: 8 let from April to June.
    addLease(p.store(), p.praxys.id, p.openSpace.id, d("2026-01-01"), d("2026-06-30"), 4);
    addLease(p.store(), p.soleas.id, p.openSpace.id, d("2026-04-01"), d("2026-12-31"), 4);

    SECTION("3 more while both run do not fit")
    {
        const Error error = failure(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-05-01"), d("2026-05-31"), 3)));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"workstations"_s});
        CHECK(error.message() == u"workstations: On 01/05/2026, 8 of the 10 workstations of C10 (Ateliers) are already let: "
                                 "3 more do not fit."_s);
        CHECK(p.leaseCount() == 2);
    }
    SECTION("3 more over the whole year do not fit: the peak is where both run")
    {
        const Error error = failure(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 3)));
        CHECK(fieldsOf(error) == QStringList{u"workstations"_s});
        CHECK(error.message().contains(u"On 01/04/2026, 8 of the 10"_s));
        CHECK(p.leaseCount() == 2);
    }
    SECTION("3 more on the last day both run do not fit")
    {
        const Error error = failure(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-06-30"), d("2026-07-31"), 3)));
        CHECK(error.message().contains(u"On 30/06/2026, 8 of the 10"_s));
        CHECK(p.leaseCount() == 2);
    }
    SECTION("3 more beside only one of them fit")
    {
        CHECK(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-07-01"), d("2026-09-30"), 3)).ok());
        CHECK(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-01-01"), d("2026-03-31"), 3)).ok());
        CHECK(p.leaseCount() == 4);
    }
    SECTION("2 more while both run fill the space exactly")
    {
        CHECK(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-04-01"), d("2026-06-30"), 2)).ok());
        // Now full from April to June: not one more workstation on any of those days.
        const Error error = failure(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-06-30"), {}, 1)));
        CHECK(error.message().contains(u"On 30/06/2026, 10 of the 10"_s));
        CHECK(p.leaseCount() == 3);
    }
    SECTION("an open-ended lease meets both")
    {
        const Error error = failure(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2025-01-01"), {}, 3)));
        CHECK(error.message().contains(u"On 01/04/2026, 8 of the 10"_s));
        CHECK(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2025-01-01"), {}, 2)).ok());
    }
}

TEST_CASE("shared leases that never run on the same day do not add up", "[rules][lease][shared]")
{
    Premises p;
    const Company third = addCompany(p.store(), u"E-Software"_s);
    addLease(p.store(), p.praxys.id, p.openSpace.id, d("2026-01-01"), d("2026-03-31"), 5);
    addLease(p.store(), p.soleas.id, p.openSpace.id, d("2026-07-01"), d("2026-09-30"), 5);
    // The two never run on the same day: with 5 more, no day has more than 10.
    CHECK(p.store().addLease(leaseOf(third.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 5)).ok());
    const Company fourth = addCompany(p.store(), u"PNT"_s);
    const Error error = failure(p.store().addLease(leaseOf(fourth.id, p.openSpace.id, d("2026-03-31"), d("2026-03-31"), 1)));
    CHECK(error.message().contains(u"On 31/03/2026, 10 of the 10"_s));
    CHECK(p.store().addLease(leaseOf(fourth.id, p.openSpace.id, d("2026-04-01"), d("2026-06-30"), 5)).ok());
}

TEST_CASE("cancelled shared leases free their workstations", "[rules][lease][shared]")
{
    Premises p;
    Lease big = addLease(p.store(), p.praxys.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 8);
    REQUIRE_FALSE(p.store().addLease(leaseOf(p.soleas.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 3)).ok());
    big.cancelled = true;
    REQUIRE(p.store().updateLease(big).ok());
    CHECK(p.store().addLease(leaseOf(p.soleas.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 3)).ok());
}

TEST_CASE("growing a shared lease checks the others again, but not against itself", "[rules][lease][shared]")
{
    Premises p;
    Lease first = addLease(p.store(), p.praxys.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 4);
    addLease(p.store(), p.soleas.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 4);
    first.workstations = 6;
    REQUIRE(p.store().updateLease(first).ok());
    first = *p.store().lease(first.id);
    first.workstations = 7;
    const Error error = failure(p.store().updateLease(first));
    CHECK(error.message().contains(u"4 of the 10"_s));
    CHECK(p.store().lease(first.id)->workstations == 6);
}

// ---- the office's availability -----------------------------------------------------------------

TEST_CASE("a lease must fall within the office's availability", "[rules][lease][availability]")
{
    Premises p;
    const Office extension = addOffice(p.store(), p.site.id, u"C01"_s, 45, 5, OfficeKind::Private, d("2026-03-01"),
                                       d("2026-12-31"));
    SECTION("starting before the office is available")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, extension.id, d("2026-02-28"), d("2026-06-30"))));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"start"_s});
        CHECK(error.message().contains(u"C01 (Ateliers) can be let only from 01/03/2026"_s));
        CHECK(error.message().contains(u"28/02/2026"_s));
    }
    SECTION("ending after the office stops being available")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, extension.id, d("2026-03-01"), d("2027-01-01"))));
        CHECK(fieldsOf(error) == QStringList{u"end"_s});
        CHECK(error.message().contains(u"until 31/12/2026"_s));
        CHECK(error.message().contains(u"01/01/2027"_s));
    }
    SECTION("open-ended while the office has a last day")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, extension.id, d("2026-03-01"))));
        CHECK(fieldsOf(error) == QStringList{u"end"_s});
        CHECK(error.message().contains(u"needs an end date"_s));
    }
    SECTION("starting after the office's last day")
    {
        const Error error = failure(p.store().addLease(leaseOf(p.praxys.id, extension.id, d("2027-01-01"), d("2027-02-28"))));
        CHECK(fieldsOf(error) == QStringList{u"end"_s});
    }
    CHECK(p.leaseCount() == 0);

    SECTION("exactly its first and last days")
    {
        CHECK(p.store().addLease(leaseOf(p.praxys.id, extension.id, d("2026-03-01"), d("2026-12-31"))).ok());
    }
    SECTION("a term past the last day, ended early on it")
    {
        Lease lease = leaseOf(p.praxys.id, extension.id, d("2026-03-01"), d("2027-02-28"));
        lease.terminatedOn = d("2026-12-31");
        CHECK(p.store().addLease(lease).ok());
    }
}

// ---- rent steps -------------------------------------------------------------------------------

TEST_CASE("rent steps must start within the lease", "[rules][lease][rent]")
{
    Premises p;
    Lease lease = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2027-12-31"));
    SECTION("a step before the start")
    {
        lease.rentSteps = {{d("2025-12-31"), 20000}, {d("2027-01-01"), 24000}};
        const Error error = failure(p.store().addLease(lease));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"monthly_rent"_s});
        CHECK(error.message().contains(u"31/12/2025"_s));
        CHECK(error.message().contains(u"from 01/01/2026 to 31/12/2027"_s));
    }
    SECTION("a step after the end")
    {
        lease.rentSteps = {{d("2026-01-01"), 20000}, {d("2028-01-01"), 24000}};
        const Error error = failure(p.store().addLease(lease));
        CHECK(fieldsOf(error) == QStringList{u"monthly_rent"_s});
        CHECK(error.message().contains(u"01/01/2028"_s));
    }
    SECTION("a step after an early end")
    {
        lease.terminatedOn = d("2026-09-30");
        lease.rentSteps = {{d("2026-01-01"), 20000}, {d("2027-01-01"), 24000}};
        const Error error = failure(p.store().addLease(lease));
        CHECK(fieldsOf(error) == QStringList{u"monthly_rent"_s});
        CHECK(error.message().contains(u"from 01/01/2026 to 30/09/2026"_s));
    }
    SECTION("two steps on the same day")
    {
        lease.rentSteps = {{d("2026-01-01"), 20000}, {d("2026-01-01"), 24000}};
        const Error error = failure(p.store().addLease(lease));
        CHECK(fieldsOf(error) == QStringList{u"monthly_rent"_s});
    }
    SECTION("a negative rent")
    {
        lease.rentSteps = {{d("2026-01-01"), -1}};
        const Error error = failure(p.store().addLease(lease));
        CHECK(fieldsOf(error) == QStringList{u"monthly_rent"_s});
    }
    CHECK(p.leaseCount() == 0);

    SECTION("steps on the first and the last day")
    {
        lease.rentSteps = {{d("2026-01-01"), 17150}, {d("2027-12-31"), 24500}};
        const Result<Lease> stored = p.store().addLease(lease);
        REQUIRE(stored.ok());
        CHECK(p.store().lease(stored->id)->rentSteps.size() == 2);
    }
}

TEST_CASE("shortening a lease cannot leave a rent step outside it", "[rules][lease][rent]")
{
    Premises p;
    Lease lease = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2028-12-31"));
    lease.rentSteps = {{d("2026-01-01"), 17150}, {d("2027-01-01"), 20825}, {d("2028-01-01"), 24500}};
    lease = *p.store().addLease(lease);
    lease.terminatedOn = d("2027-06-30");
    const Error error = failure(p.store().updateLease(lease));
    CHECK(fieldsOf(error) == QStringList{u"monthly_rent"_s});
    CHECK(error.message().contains(u"01/01/2028"_s));
    const Lease stored = *p.store().lease(lease.id);
    CHECK(stored.terminatedOn == QDate());
    CHECK(stored.rentSteps.size() == 3);
}

// ---- offices -----------------------------------------------------------------------------------

TEST_CASE("an office needs a positive area and at least one workstation", "[rules][office]")
{
    Premises p;
    const qsizetype before = p.store().offices().size();
    Office office = officeRecord(p.site.id, u"B01"_s);
    SECTION("zero area")
    {
        office.areaM2 = 0;
        const Error error = failure(p.store().addOffice(office));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"area_m2"_s});
        CHECK(error.message().contains(u"m²"_s));
    }
    SECTION("negative area")
    {
        office.areaM2 = -12.5;
        CHECK(fieldsOf(failure(p.store().addOffice(office))) == QStringList{u"area_m2"_s});
    }
    SECTION("no workstation")
    {
        office.workstations = 0;
        const Error error = failure(p.store().addOffice(office));
        CHECK(fieldsOf(error) == QStringList{u"workstations"_s});
        CHECK(error.message().contains(u"at least one workstation"_s));
    }
    SECTION("negative workstations")
    {
        office.workstations = -3;
        CHECK(fieldsOf(failure(p.store().addOffice(office))) == QStringList{u"workstations"_s});
    }
    SECTION("negative reference rent")
    {
        office.rentM2YearCents = -1;
        CHECK(fieldsOf(failure(p.store().addOffice(office))) == QStringList{u"rent_m2_year"_s});
    }
    SECTION("no code")
    {
        office.code = u"  "_s;
        CHECK(fieldsOf(failure(p.store().addOffice(office))) == QStringList{u"code"_s});
    }
    SECTION("available until before available from")
    {
        office.availableFrom = d("2026-06-01");
        office.availableUntil = d("2026-05-31");
        CHECK(fieldsOf(failure(p.store().addOffice(office))) == QStringList{u"available_until"_s});
    }
    SECTION("an unknown site")
    {
        office.siteId = 9999;
        CHECK(failure(p.store().addOffice(office)).kind() == Error::Kind::NotFound);
    }
    SECTION("several faults are all reported")
    {
        office.areaM2 = 0;
        office.workstations = 0;
        CHECK(fieldsOf(failure(p.store().addOffice(office))) == QStringList{u"area_m2"_s, u"workstations"_s});
    }
    CHECK(p.store().offices().size() == before);
}

TEST_CASE("office codes are unique within a site, not across sites", "[rules][office]")
{
    Premises p;
    const Error error = failure(p.store().addOffice(officeRecord(p.site.id, u"a01"_s)));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"code"_s});
    CHECK(error.message().contains(u"A01"_s));
    CHECK(p.store().officesOfSite(p.site.id).size() == 2);

    const Site other = addSite(p.store(), u"Extension"_s);
    const Result<Office> elsewhere = p.store().addOffice(officeRecord(other.id, u"A01"_s));
    REQUIRE(elsewhere.ok());
    CHECK(p.store().officesOfSite(other.id).size() == 1);

    // Renaming an office to the code of its neighbour is refused too.
    Office renamed = p.openSpace;
    renamed.code = u"A01"_s;
    CHECK(fieldsOf(failure(p.store().updateOffice(renamed))) == QStringList{u"code"_s});
    CHECK(p.store().office(p.openSpace.id)->code == u"C10"_s);
}

TEST_CASE("an office cannot be changed so that one of its leases breaks a rule", "[rules][office]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    addLease(p.store(), p.praxys.id, p.openSpace.id, d("2026-01-01"), d("2026-06-30"), 4);
    addLease(p.store(), p.soleas.id, p.openSpace.id, d("2026-04-01"), d("2026-12-31"), 4);
    const Office office = *p.store().office(p.office.id);
    const Office openSpace = *p.store().office(p.openSpace.id);

    SECTION("available until a day before a lease ends")
    {
        Office changed = office;
        changed.availableUntil = d("2026-12-30");
        const Error error = failure(p.store().updateOffice(changed));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{QString(), u"end"_s});
        CHECK(error.message().contains(u"leases of A01 (Ateliers)"_s));
        CHECK(error.message().contains(u"31/12/2026"_s));
        checkSame(*p.store().office(office.id), office);
    }
    SECTION("available from a day after a lease starts")
    {
        Office changed = office;
        changed.availableFrom = d("2026-01-02");
        const Error error = failure(p.store().updateOffice(changed));
        CHECK(fieldsOf(error) == QStringList{QString(), u"start"_s});
        checkSame(*p.store().office(office.id), office);
    }
    SECTION("available until the last day of the lease")
    {
        Office changed = office;
        changed.availableUntil = d("2026-12-31");
        CHECK(p.store().updateOffice(changed).ok());
    }
    SECTION("fewer workstations than are let on a day")
    {
        Office changed = openSpace;
        changed.workstations = 7;
        const Error error = failure(p.store().updateOffice(changed));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{QString(), u"workstations"_s, u"workstations"_s});
        CHECK(error.message().contains(u"of the 7 workstations of C10 (Ateliers)"_s));
        checkSame(*p.store().office(openSpace.id), openSpace);
    }
    SECTION("as many workstations as are let on the busiest day")
    {
        Office changed = openSpace;
        changed.workstations = 8;
        CHECK(p.store().updateOffice(changed).ok());
    }
    SECTION("a shared space made private while let by workstation")
    {
        Office changed = openSpace;
        changed.kind = OfficeKind::Private;
        const Error error = failure(p.store().updateOffice(changed));
        CHECK(fieldsOf(error).contains(u"workstations"_s));
        CHECK(p.store().office(openSpace.id)->kind == OfficeKind::Shared);
    }
    SECTION("a change that leaves the leases valid")
    {
        Office changed = office;
        changed.floor = u"1"_s;
        changed.areaM2 = 25;
        CHECK(p.store().updateOffice(changed).ok());
        CHECK(p.store().office(office.id)->areaM2 == 25.0);
    }
}

TEST_CASE("an office's availability can shrink past cancelled leases", "[rules][office]")
{
    Premises p;
    Lease lease = addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    lease.cancelled = true;
    REQUIRE(p.store().updateLease(lease).ok());
    Office changed = *p.store().office(p.office.id);
    changed.availableUntil = d("2026-06-30");
    CHECK(p.store().updateOffice(changed).ok());
}

// ---- companies ---------------------------------------------------------------------------------

TEST_CASE("a company's SIRET must be valid", "[rules][company]")
{
    Premises p;
    const qsizetype before = p.store().companies().size();
    Company company;
    company.name = u"Technique et Son"_s;
    SECTION("wrong check digit")
    {
        company.siret = u"73282932000075"_s;
        const Error error = failure(p.store().addCompany(company));
        CHECK(error.kind() == Error::Kind::InvalidInput);
        CHECK(fieldsOf(error) == QStringList{u"siret"_s});
        CHECK(error.message().contains(u"73282932000075"_s));
        CHECK(error.message().contains(u"14 digits"_s));
    }
    SECTION("wrong length")
    {
        company.siret = u"7328293200007"_s;
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"siret"_s});
    }
    SECTION("letters")
    {
        company.siret = u"7328293200007A"_s;
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"siret"_s});
    }
    CHECK(p.store().companies().size() == before);

    SECTION("a valid one, and La Poste's")
    {
        company.siret = u"73282932000074"_s;
        CHECK(p.store().addCompany(company).ok());
        company.name = u"La Poste Valenciennes"_s;
        company.siret = u"35600000000001"_s;
        CHECK(p.store().addCompany(company).ok());
    }
}

TEST_CASE("two companies cannot have the same SIRET", "[rules][company]")
{
    Premises p;
    Company first = p.praxys;
    first.siret = u"73282932000074"_s;
    REQUIRE(p.store().updateCompany(first).ok());

    Company second;
    second.name = u"E-Software"_s;
    second.siret = u"73282932000074"_s;
    const Error error = failure(p.store().addCompany(second));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"siret"_s});
    CHECK(error.message().contains(u"Praxys"_s));
    CHECK(p.store().companies().size() == 2);

    // Updating the company that holds it keeps it.
    Company again = *p.store().company(p.praxys.id);
    again.phone = u"03 27 00 00 00"_s;
    CHECK(p.store().updateCompany(again).ok());
}

TEST_CASE("two companies cannot have the same name, whatever its case and accents", "[rules][company]")
{
    Premises p;
    const Company other = addCompany(p.store(), u"Hainaut Numérique"_s);
    const QString name = GENERATE(u"praxys"_s, u"PRAXYS"_s, u" Praxys "_s, u"hainaut numerique"_s, u"HAINAUT NUMÉRIQUE"_s);
    Company company;
    company.name = name;
    const Error error = failure(p.store().addCompany(company));
    CHECK(error.kind() == Error::Kind::InvalidInput);
    CHECK(fieldsOf(error) == QStringList{u"name"_s});
    CHECK(error.message().contains(u"There is already a company named"_s));
    CHECK(p.store().companies().size() == 3);

    SECTION("renaming another company to it")
    {
        Company renamed = *p.store().company(p.soleas.id);
        renamed.name = name;
        CHECK(fieldsOf(failure(p.store().updateCompany(renamed))) == QStringList{u"name"_s});
        CHECK(p.store().company(p.soleas.id)->name == u"Soleas.Net"_s);
    }
    SECTION("a company keeps its own name when it is edited")
    {
        Company same = *p.store().company(other.id);
        same.notes = u"moved to the first floor"_s;
        CHECK(p.store().updateCompany(same).ok());
    }
}

TEST_CASE("a company's other fields are checked", "[rules][company]")
{
    Premises p;
    Company company;
    company.name = u"Comau Service"_s;
    SECTION("no name")
    {
        company.name = u" "_s;
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"name"_s});
    }
    SECTION("an e-mail address without a domain")
    {
        company.email = u"contact@comau"_s;
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"email"_s});
    }
    SECTION("an exit reason without an exit date")
    {
        company.exitReason = ExitReason::Closed;
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"exit_date"_s});
    }
    SECTION("an exit before the company was created")
    {
        company.createdOn = d("2026-01-01");
        company.exitDate = d("2025-12-31");
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"exit_date"_s});
    }
    SECTION("two headcounts on the same day")
    {
        company.headcounts = {{d("2026-01-01"), 3}, {d("2026-01-01"), 4}};
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"headcount"_s});
    }
    SECTION("a negative headcount")
    {
        company.headcounts = {{d("2026-01-01"), -1}};
        CHECK(fieldsOf(failure(p.store().addCompany(company))) == QStringList{u"headcount"_s});
    }
    SECTION("an unknown sector")
    {
        company.sectorId = 9999;
        CHECK(failure(p.store().addCompany(company)).kind() == Error::Kind::NotFound);
    }
    CHECK(p.store().companies().size() == 2);
}

// ---- removing ------------------------------------------------------------------------------------

TEST_CASE("a company with leases cannot be removed, only archived", "[rules][remove]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    const Status removed = p.store().removeCompany(p.praxys.id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind() == Error::Kind::InvalidInput);
    CHECK(removed.error().message().contains(u"archive"_s));
    CHECK(p.store().company(p.praxys.id).has_value());
    CHECK(p.leaseCount() == 1);

    Company archived = *p.store().company(p.praxys.id);
    archived.archived = true;
    REQUIRE(p.store().updateCompany(archived).ok());
    CHECK(p.store().company(p.praxys.id)->archived);
}

TEST_CASE("a company without leases can be removed", "[rules][remove]")
{
    Premises p;
    REQUIRE(p.store().removeCompany(p.soleas.id).ok());
    CHECK_FALSE(p.store().company(p.soleas.id).has_value());
    CHECK(p.store().companies().size() == 1);
    const Status again = p.store().removeCompany(p.soleas.id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("removing a company removes its applications and headcounts with it", "[rules][remove]")
{
    Premises p;
    Company company = *p.store().company(p.soleas.id);
    company.headcounts = {{d("2026-01-01"), 3}};
    REQUIRE(p.store().updateCompany(company).ok());
    Application application;
    application.companyId = p.soleas.id;
    REQUIRE(p.store().addApplication(application).ok());
    REQUIRE(p.store().removeCompany(p.soleas.id).ok());
    CHECK(p.store().applications().isEmpty());
    PlainConnection file(p.db.path());
    CHECK(file.scalar(u"SELECT count(*) FROM headcounts"_s).toInt() == 0);
}

TEST_CASE("an office with leases cannot be removed, only archived", "[rules][remove]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    const Status removed = p.store().removeOffice(p.office.id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind() == Error::Kind::InvalidInput);
    CHECK(removed.error().message().contains(u"archive"_s));
    CHECK(p.store().office(p.office.id).has_value());

    SECTION("even when every lease is cancelled: their history would be lost")
    {
        Lease lease = p.store().leasesOfOffice(p.office.id).first();
        lease.cancelled = true;
        REQUIRE(p.store().updateLease(lease).ok());
        CHECK_FALSE(p.store().removeOffice(p.office.id).ok());
    }
    SECTION("an office without leases can be removed")
    {
        REQUIRE(p.store().removeOffice(p.openSpace.id).ok());
        CHECK_FALSE(p.store().office(p.openSpace.id).has_value());
        CHECK(p.store().offices().size() == 1);
    }
}

TEST_CASE("a site with offices and a sector with companies cannot be removed", "[rules][remove]")
{
    Premises p;
    const Status site = p.store().removeSite(p.site.id);
    REQUIRE_FALSE(site.ok());
    CHECK(site.error().kind() == Error::Kind::InvalidInput);
    CHECK(p.store().site(p.site.id).has_value());

    const Company company = addCompany(p.store(), u"PNT"_s, u"Multimedia"_s);
    const Status sector = p.store().removeSector(company.sectorId);
    REQUIRE_FALSE(sector.ok());
    CHECK(sector.error().kind() == Error::Kind::InvalidInput);
    CHECK(p.store().sector(company.sectorId).has_value());

    const Site empty = addSite(p.store(), u"Empty"_s);
    CHECK(p.store().removeSite(empty.id).ok());
}

TEST_CASE("a lease can be removed", "[rules][remove]")
{
    Premises p;
    const Lease lease = addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    REQUIRE(p.store().removeLease(lease.id).ok());
    CHECK(p.leaseCount() == 0);
    CHECK(p.store().removeCompany(p.praxys.id).ok());
}

// ---- stale edits -------------------------------------------------------------------------------

TEST_CASE("an edit made from a stale copy is refused and the first edit kept", "[rules][stale]")
{
    Premises p;
    SECTION("a company")
    {
        Company first = *p.store().company(p.praxys.id);
        Company second = *p.store().company(p.praxys.id);
        first.phone = u"03 27 00 11 11"_s;
        const Result<Company> updated = p.store().updateCompany(first);
        REQUIRE(updated.ok());
        CHECK(updated->version == 2);
        second.contact = u"Claire Dumont"_s;
        const Error error = failure(p.store().updateCompany(second));
        CHECK(error.kind() == Error::Kind::Stale);
        CHECK(error.message().contains(u"Praxys"_s));
        CHECK(error.message().contains(u"nothing was overwritten"_s));
        const Company stored = *p.store().company(p.praxys.id);
        CHECK(stored.phone == u"03 27 00 11 11"_s);
        CHECK(stored.contact.isEmpty());
        CHECK(stored.version == 2);
    }
    SECTION("a lease, with its rent steps")
    {
        Lease first = addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
        Lease second = first;
        first.rentSteps = {{d("2026-01-01"), 20000}};
        REQUIRE(p.store().updateLease(first).ok());
        second.rentSteps = {{d("2026-01-01"), 99900}};
        second.notes = u"stale"_s;
        CHECK(failure(p.store().updateLease(second)).kind() == Error::Kind::Stale);
        const Lease stored = *p.store().lease(first.id);
        REQUIRE(stored.rentSteps.size() == 1);
        CHECK(stored.rentSteps.first().monthlyRentCents == 20000);
        CHECK(stored.notes.isEmpty());
    }
    SECTION("an office")
    {
        Office first = *p.store().office(p.office.id);
        Office second = first;
        first.floor = u"1"_s;
        REQUIRE(p.store().updateOffice(first).ok());
        second.floor = u"2"_s;
        const Error error = failure(p.store().updateOffice(second));
        CHECK(error.kind() == Error::Kind::Stale);
        CHECK(error.message().contains(u"A01"_s));
        CHECK(p.store().office(p.office.id)->floor == u"1"_s);
    }
    SECTION("a record removed since it was read")
    {
        const Company stale = *p.store().company(p.soleas.id);
        REQUIRE(p.store().removeCompany(p.soleas.id).ok());
        CHECK(failure(p.store().updateCompany(stale)).kind() == Error::Kind::Stale);
        CHECK_FALSE(p.store().company(p.soleas.id).has_value());
    }
}

TEST_CASE("each edit counts one more version", "[rules][stale]")
{
    Premises p;
    Site site = *p.store().site(p.site.id);
    CHECK(site.version == 1);
    site.address = u"Valenciennes"_s;
    site = *p.store().updateSite(site);
    CHECK(site.version == 2);
    site.notes = u"CCI"_s;
    site = *p.store().updateSite(site);
    CHECK(site.version == 3);
    CHECK(p.store().site(p.site.id)->version == 3);
}

TEST_CASE("an edit made by another program since the record was read is detected", "[rules][stale]")
{
    Premises p;
    // A second connection to the same file, as the command line beside the open application.
    Result<std::unique_ptr<Store>> other = Store::open(p.db.path(), Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    Company here = *p.store().company(p.praxys.id);
    Company there = *(*other)->company(p.praxys.id);
    there.phone = u"03 27 00 22 22"_s;
    REQUIRE((*other)->updateCompany(there).ok());

    here.phone = u"03 27 00 33 33"_s;
    const Error error = failure(p.store().updateCompany(here));
    CHECK(error.kind() == Error::Kind::Stale);
    CHECK(p.store().company(p.praxys.id)->phone == u"03 27 00 22 22"_s);

    // And the rules see the other program's leases.
    REQUIRE((*other)->addLease(leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"))).ok());
    const Error taken = failure(p.store().addLease(leaseOf(p.soleas.id, p.office.id, d("2026-06-01"), d("2026-06-30"))));
    CHECK(fieldsOf(taken) == QStringList{u"start"_s});
}

// ---- sectors, sites, applications ----------------------------------------------------------------

TEST_CASE("a sector needs a name of its own and a #rrggbb colour", "[rules][sector]")
{
    Premises p;
    const qsizetype before = p.store().sectors().size();
    Sector sector;
    sector.name = u"Robotics"_s;
    sector.color = u"#12345"_s;
    CHECK(fieldsOf(failure(p.store().addSector(sector))) == QStringList{u"color"_s});
    sector.color = u"blue"_s;
    CHECK(fieldsOf(failure(p.store().addSector(sector))) == QStringList{u"color"_s});
    sector.color = u"#a1B2c3"_s;
    sector.name = u"multimédia"_s;
    const Error duplicate = failure(p.store().addSector(sector));
    CHECK(fieldsOf(duplicate) == QStringList{u"name"_s});
    CHECK(duplicate.message().contains(u"Multimedia"_s));
    CHECK(p.store().sectors().size() == before);
    sector.name = u"Robotics"_s;
    CHECK(p.store().addSector(sector).ok());
}

TEST_CASE("a sector named in an import is found whatever its case, or created with a new colour", "[rules][sector]")
{
    Premises p;
    bool created = true;
    const Result<Sector> found = p.store().ensureSector(u"  it SERVICES "_s, &created);
    REQUIRE(found.ok());
    CHECK_FALSE(created);
    CHECK(found->name == u"IT services"_s);

    const Result<Sector> added = p.store().ensureSector(u" Robotics "_s, &created);
    REQUIRE(added.ok());
    CHECK(created);
    CHECK(added->name == u"Robotics"_s);
    QStringList colours;
    for (const Sector &sector : p.store().sectors())
        colours << sector.color;
    CHECK(colours.count(added->color) == 1);
    CHECK(p.store().sectors().size() == 8);
}

TEST_CASE("a site needs a name of its own, a maximum stay and a sensible rent progression", "[rules][site]")
{
    Premises p;
    Site site;
    site.name = u"Extension"_s;
    SECTION("a name already taken")
    {
        site.name = u"ATELIERS"_s;
        CHECK(fieldsOf(failure(p.store().addSite(site))) == QStringList{u"name"_s});
    }
    SECTION("no maximum stay")
    {
        site.maxStayMonths = 0;
        CHECK(fieldsOf(failure(p.store().addSite(site))) == QStringList{u"max_stay_months"_s});
    }
    SECTION("no progression")
    {
        site.rentProgression = {};
        CHECK(fieldsOf(failure(p.store().addSite(site))) == QStringList{u"rent_progression"_s});
    }
    SECTION("a step of 0 %")
    {
        site.rentProgression = {0, 85, 100};
        CHECK(fieldsOf(failure(p.store().addSite(site))) == QStringList{u"rent_progression"_s});
    }
    SECTION("a step over 300 %")
    {
        site.rentProgression = {70, 301};
        CHECK(fieldsOf(failure(p.store().addSite(site))) == QStringList{u"rent_progression"_s});
    }
    CHECK(p.store().sites().size() == 1);
    SECTION("steps of 1 % and 300 %")
    {
        site.rentProgression = {1, 300};
        CHECK(p.store().addSite(site).ok());
    }
}

TEST_CASE("an application is made by an existing company and needs no negative space", "[rules][application]")
{
    Premises p;
    Application application;
    application.companyId = p.soleas.id;
    SECTION("negative area")
    {
        application.neededAreaM2 = -1;
        CHECK(fieldsOf(failure(p.store().addApplication(application))) == QStringList{u"needed_area_m2"_s});
    }
    SECTION("negative workstations")
    {
        application.neededWorkstations = -1;
        CHECK(fieldsOf(failure(p.store().addApplication(application))) == QStringList{u"needed_workstations"_s});
    }
    SECTION("no company")
    {
        application.companyId = 0;
        CHECK(fieldsOf(failure(p.store().addApplication(application))) == QStringList{u"company"_s});
    }
    SECTION("a company that does not exist")
    {
        application.companyId = 9999;
        CHECK(failure(p.store().addApplication(application)).kind() == Error::Kind::NotFound);
    }
    CHECK(p.store().applications().isEmpty());
}

// ---- histories given in any order ------------------------------------------------------------------

TEST_CASE("a headcount history given in any order is stored in date order", "[rules][company]")
{
    Premises p;
    Company company = *p.store().company(p.praxys.id);
    company.headcounts = {{d("2026-03-01"), 5}, {d("2024-01-01"), 2}, {d("2025-01-01"), 3}};
    const Result<Company> updated = p.store().updateCompany(company);
    if (!updated)
        FAIL(updated.error().message().toStdString());
    const Company stored = *p.store().company(p.praxys.id);
    REQUIRE(stored.headcounts.size() == 3);
    CHECK(stored.headcounts[0].asOf == d("2024-01-01"));
    CHECK(stored.headcounts[2].asOf == d("2026-03-01"));
    CHECK(stored.headcountOn(d("2025-06-30")) == 3);
    CHECK(updated->headcountOn(d("2025-06-30")) == 3);
}

TEST_CASE("rent steps given in any order are stored in date order", "[rules][lease][rent]")
{
    Premises p;
    Lease lease = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2028-12-31"));
    lease.rentSteps = {{d("2028-01-01"), 24500}, {d("2026-01-01"), 17150}, {d("2027-01-01"), 20825}};
    const Result<Lease> stored = p.store().addLease(lease);
    if (!stored)
        FAIL(stored.error().message().toStdString());
    CHECK(stored->monthlyRentOn(d("2027-06-30")) == Cents(20825));
    const Lease read = *p.store().lease(stored->id);
    REQUIRE(read.rentSteps.size() == 3);
    CHECK(read.rentSteps[0].from == d("2026-01-01"));
    CHECK(read.monthlyRentOn(d("2028-12-31")) == Cents(24500));
}

// ---- many records at once (the import's path) --------------------------------------------------

namespace {

// How records of T are added, one at a time or many at once, and counted.
template<typename T>
struct Adding;

template<>
struct Adding<Lease>
{
    static constexpr auto one = &Store::addLease;
    static constexpr auto many = &Store::addLeases;
    static qsizetype count(Premises &p) { return p.leaseCount(); }
};

template<>
struct Adding<Company>
{
    static constexpr auto one = &Store::addCompany;
    static constexpr auto many = &Store::addCompanies;
    static qsizetype count(Premises &p) { return p.store().companies().size(); }
};

// What the Store answers for one record on its own, and for the same record in a batch.
struct Refusals
{
    QString single;
    QString batch;
    qsizetype refusedAt = -2;
};

// Adds the records but the last one by one, then the last; and all of them as a batch, in two
// copies of the premises.
template<typename T>
Refusals refusals(const std::function<QList<T>(Premises &)> &make)
{
    Refusals result;
    {
        Premises p;
        const QList<T> records = make(p);
        for (qsizetype i = 0; i + 1 < records.size(); ++i)
            REQUIRE((p.store().*Adding<T>::one)(records[i]).ok());
        result.single = failure((p.store().*Adding<T>::one)(records.last())).message();
    }
    {
        Premises p;
        const qsizetype before = Adding<T>::count(p);
        qsizetype refused = -2;
        result.batch = failure((p.store().*Adding<T>::many)(make(p), &refused)).message();
        result.refusedAt = refused;
        // Nothing of the batch is written, not even the records before the refused one.
        CHECK(Adding<T>::count(p) == before);
    }
    return result;
}

Company companyNamed(const QString &name, const QString &siret = {})
{
    Company company;
    company.name = name;
    company.siret = siret;
    return company;
}

} // namespace

TEST_CASE("leases added at once are refused for the same reasons as one by one", "[rules][lease][bulk]")
{
    using Make = std::function<QList<Lease>(Premises &)>;
    const std::vector<std::pair<const char *, Make>> cases{
        {"a private office let twice on the same days",
         [](Premises &p) {
             return QList<Lease>{leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31")),
                                 leaseOf(p.soleas.id, p.office.id, d("2026-06-01"), d("2027-05-31"))};
         }},
        {"a shared space let beyond its workstations",
         [](Premises &p) {
             return QList<Lease>{leaseOf(p.praxys.id, p.openSpace.id, d("2026-01-01"), d("2026-12-31"), 7),
                                 leaseOf(p.soleas.id, p.openSpace.id, d("2026-03-01"), d("2026-04-30"), 4)};
         }},
        {"a lease that ends before it starts",
         [](Premises &p) {
             return QList<Lease>{leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31")),
                                 leaseOf(p.soleas.id, p.openSpace.id, d("2026-03-01"), d("2026-02-28"), 2)};
         }},
        {"a lease of an unknown company",
         [](Premises &p) {
             return QList<Lease>{leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31")),
                                 leaseOf(9999, p.openSpace.id, d("2026-03-01"), d("2026-04-30"), 2)};
         }},
        {"a lease of an unknown office",
         [](Premises &p) {
             return QList<Lease>{leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31")),
                                 leaseOf(p.soleas.id, 9999, d("2026-03-01"), d("2026-04-30"))};
         }},
    };
    for (const auto &[name, make] : cases) {
        INFO(name);
        const Refusals result = refusals(make);
        CHECK_FALSE(result.single.isEmpty());
        CHECK(result.batch == result.single);
        CHECK(result.refusedAt == 1);
    }
}

TEST_CASE("leases added at once are checked against the stored ones too", "[rules][lease][bulk]")
{
    Premises p;
    addLease(p.store(), p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"));
    qsizetype refused = -2;
    const Error error = failure(p.store().addLeases(
        {leaseOf(p.soleas.id, p.office.id, d("2027-01-01"), d("2027-12-31")),
         leaseOf(p.soleas.id, p.office.id, d("2026-12-01"), d("2026-12-31"))},
        &refused));
    CHECK(refused == 1);
    CHECK(fieldsOf(error) == QStringList{u"start"_s});
    CHECK(error.message().contains(u"Praxys"_s));
    CHECK(p.leaseCount() == 1);
}

TEST_CASE("leases added at once are stored as one by one, and announced once", "[rules][lease][bulk]")
{
    Premises p;
    QList<QList<Change>> announced;
    QObject::connect(&p.store().database(), &Database::changed,
                     [&announced](const QList<Change> &changes) { announced << changes; });
    Lease office = leaseOf(p.praxys.id, p.office.id, d("2026-01-01"), d("2026-12-31"), 2);
    office.rentSteps = {{d("2026-07-01"), 40000}, {d("2026-01-01"), 30000}};
    const Lease shared = leaseOf(p.soleas.id, p.openSpace.id, d("2026-02-01"), {}, 3);
    qsizetype refused = -2;
    const Result<QList<Lease>> added = p.store().addLeases({office, shared}, &refused);
    REQUIRE(added.ok());
    CHECK(refused == -1);
    REQUIRE(added->size() == 2);
    REQUIRE(announced.size() == 1);
    CHECK(announced.first().size() == 2);
    for (const Lease &lease : *added) {
        CHECK(lease.id > 0);
        CHECK(lease.version == 1);
        checkSame(*p.store().lease(lease.id), lease);
    }
    // As addLease keeps them: a private office let whole, the rent steps in date order.
    CHECK(added->at(0).workstations == 0);
    REQUIRE(added->at(0).rentSteps.size() == 2);
    CHECK(added->at(0).rentSteps[0].from == d("2026-01-01"));
    CHECK(added->at(1).workstations == 3);
}

TEST_CASE("companies added at once are refused for the same reasons as one by one", "[rules][company][bulk]")
{
    using Make = std::function<QList<Company>(Premises &)>;
    const std::vector<std::pair<const char *, Make>> cases{
        {"the same name twice, in another case and without its accent",
         [](Premises &) {
             return QList<Company>{companyNamed(u"Hainaut Numérique"_s), companyNamed(u"HAINAUT NUMERIQUE"_s)};
         }},
        {"the name of a stored company",
         [](Premises &) { return QList<Company>{companyNamed(u"Comau Service"_s), companyNamed(u" praxys "_s)}; }},
        {"the same SIRET twice",
         [](Premises &) {
             return QList<Company>{companyNamed(u"Comau Service"_s, u"73282932000074"_s),
                                   companyNamed(u"E-Software"_s, u"73282932000074"_s)};
         }},
        {"a SIRET with a wrong check digit",
         [](Premises &) {
             return QList<Company>{companyNamed(u"Comau Service"_s), companyNamed(u"E-Software"_s, u"73282932000075"_s)};
         }},
        {"an unknown sector",
         [](Premises &) {
             Company unknown = companyNamed(u"E-Software"_s);
             unknown.sectorId = 9999;
             return QList<Company>{companyNamed(u"Comau Service"_s), unknown};
         }},
        {"two headcounts on the same day",
         [](Premises &) {
             Company twice = companyNamed(u"E-Software"_s);
             twice.headcounts = {{d("2026-01-01"), 3}, {d("2026-01-01"), 4}};
             return QList<Company>{companyNamed(u"Comau Service"_s), twice};
         }},
    };
    for (const auto &[name, make] : cases) {
        INFO(name);
        const Refusals result = refusals(make);
        CHECK_FALSE(result.single.isEmpty());
        CHECK(result.batch == result.single);
        CHECK(result.refusedAt == 1);
    }
}

TEST_CASE("companies added at once are stored as one by one, and announced once", "[rules][company][bulk]")
{
    Premises p;
    Company counted = companyNamed(u"Comau Service"_s, u"73282932000074"_s);
    const Result<Sector> sector = p.store().ensureSector(u"Numérique"_s);
    REQUIRE(sector.ok());
    counted.sectorId = sector->id;
    counted.headcounts = {{d("2027-01-01"), 5}, {d("2026-01-01"), 3}};
    const qsizetype historyBefore = p.store().history().entries({})->size();
    QList<QList<Change>> announced;
    QObject::connect(&p.store().database(), &Database::changed,
                     [&announced](const QList<Change> &changes) { announced << changes; });
    qsizetype refused = -2;
    const Result<QList<Company>> added = p.store().addCompanies({counted, companyNamed(u"E-Software"_s)}, &refused);
    REQUIRE(added.ok());
    CHECK(refused == -1);
    REQUIRE(added->size() == 2);
    REQUIRE(announced.size() == 1);
    CHECK(announced.first().size() == 2);
    for (const Company &company : *added) {
        CHECK(company.id > 0);
        CHECK(company.version == 1);
        checkSame(*p.store().company(company.id), company);
    }
    // As addCompany keeps them: the headcounts in date order.
    REQUIRE(added->at(0).headcounts.size() == 2);
    CHECK(added->at(0).headcounts[0].asOf == d("2026-01-01"));
    // Each in the change history, named as addCompany names it.
    const QList<AuditEntry> history = *p.store().history().entries({});
    REQUIRE(history.size() == historyBefore + 2);
    QStringList labels;
    for (const AuditEntry &entry : history)
        labels << entry.label;
    CHECK(labels.contains(u"Comau Service"_s));
    CHECK(labels.contains(u"E-Software"_s));
}
