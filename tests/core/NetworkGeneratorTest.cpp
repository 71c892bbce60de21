// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "TestDatabase.h"

#include "demo/NetworkGenerator.h"
#include "figures/Occupancy.h"
#include "figures/RentSchedule.h"

#include <QHash>
#include <QSet>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate today(2026, 11, 29);

NetworkGenerator::Spec smallNetwork(quint64 seed = 7)
{
    NetworkGenerator::Spec spec;
    spec.sites = 3;
    spec.offices = 60;
    spec.companies = 600;
    spec.years = 12;
    spec.seed = seed;
    return spec;
}

struct Generated
{
    TestDatabase db;
    NetworkGenerator::Counts counts;

    explicit Generated(const NetworkGenerator::Spec &spec)
    {
        Result<NetworkGenerator::Counts> made = NetworkGenerator::populate(db.store(), spec, Clock::fixed(today));
        if (!made)
            FAIL(made.error().message().toStdString());
        counts = *made;
    }

    // What tells two networks apart: every company's name, SIRET and leases.
    QStringList fingerprint()
    {
        QStringList lines;
        for (const Company &company : db->companies())
            lines << company.name + u'|' + company.siret + u'|' + company.exitDate.toString(Qt::ISODate);
        for (const Lease &lease : db->leases())
            lines << u"%1|%2|%3|%4|%5"_s.arg(lease.companyId)
                         .arg(lease.officeId)
                         .arg(lease.start.toString(Qt::ISODate), lease.lastDay().toString(Qt::ISODate))
                         .arg(lease.rentSteps.isEmpty() ? 0 : lease.rentSteps.first().monthlyRentCents);
        return lines;
    }
};

} // namespace

TEST_CASE("A generated network has the sizes asked for", "[generator]")
{
    Generated network(smallNetwork());
    CHECK(network.counts.sites == 3);
    CHECK(network.counts.offices == 60);
    CHECK(network.counts.companies == 600);
    CHECK(network.db->sites().size() == 3);
    CHECK(network.db->offices().size() == 60);
    CHECK(network.db->companies().size() == 600);
    CHECK(network.db->leases().size() == network.counts.leases);
    CHECK(network.db->applications().size() == network.counts.applications);
    // Sixty offices over twelve years house far fewer than 600 companies: the others applied.
    CHECK(network.counts.leases > 100);
    CHECK(network.counts.applications > 0);

    // Offices are dealt to the sites in turn, twenty to a floor, coded by floor letter and number.
    for (const Site &site : network.db->sites())
        CHECK(network.db->officesOfSite(site.id).size() == 20);
    CHECK(network.db->officeByCode(network.db->sites().first().id, u"A01"_s).has_value());
    CHECK(network.db->officeByCode(network.db->sites().first().id, u"A20"_s).has_value());
    CHECK_FALSE(network.db->officeByCode(network.db->sites().first().id, u"B01"_s).has_value());
}

TEST_CASE("The same seed gives the same network, another seed another one", "[generator]")
{
    Generated first(smallNetwork(7));
    Generated again(smallNetwork(7));
    Generated other(smallNetwork(8));
    CHECK(first.fingerprint() == again.fingerprint());
    CHECK(first.fingerprint() != other.fingerprint());
}

TEST_CASE("A generated network looks like a real one", "[generator]")
{
    Generated network(smallNetwork());
    Store &store = network.db.store();

    const QList<Office> offices = store.offices();
    const auto shared = std::count_if(offices.begin(), offices.end(), [](const Office &o) { return o.kind == OfficeKind::Shared; });
    CHECK(shared == 6); // one office in ten

    QHash<Id, QList<Lease>> byCompany;
    int early = 0;
    int future = 0;
    for (const Lease &lease : store.leases()) {
        byCompany[lease.companyId] << lease;
        early += lease.terminatedOn.isValid();
        future += lease.start > today;
        // Rents follow the site's progression: 70 % of the reference rent in year 1.
        REQUIRE_FALSE(lease.rentSteps.isEmpty());
        const Office office = *store.office(lease.officeId);
        if (byCompany[lease.companyId].size() == 1 && office.kind == OfficeKind::Private)
            CHECK(lease.rentSteps.first().monthlyRentCents == monthlyRentAt(office, 70));
    }
    CHECK(early > 0);
    CHECK(future > 0);

    int renewed = 0;
    for (auto it = byCompany.cbegin(); it != byCompany.cend(); ++it) {
        const QList<Lease> &leases = it.value();
        renewed += leases.size() > 1;
        // A stay is one to four years, renewals included.
        const QDate first = leases.first().start;
        const QDate last = leases.last().lastDay();
        CHECK(first.addMonths(48) > last);
        const Company company = *store.company(it.key());
        if (last < today) {
            CHECK(company.exitDate == last);
            CHECK(company.exitReason.has_value());
        } else {
            CHECK_FALSE(company.exitDate.isValid());
        }
    }
    CHECK(renewed > 0);

    // Declined applications over the years, and a waiting list of the last six months.
    int waiting = 0;
    int declined = 0;
    for (const Application &application : store.applications()) {
        if (application.status == ApplicationStatus::Declined) {
            ++declined;
        } else {
            ++waiting;
            CHECK(application.receivedOn >= today.addMonths(-6));
        }
    }
    CHECK(waiting > 0);
    CHECK(declined > waiting);

    // Names and SIRETs are unique, as the Store requires; the SIRETs pass the Luhn check.
    QSet<QString> names;
    for (const Company &company : store.companies())
        names.insert(company.name);
    CHECK(names.size() == 600);

    // A network in use: most of it let today, not all of it.
    const OccupancySnapshot now = Occupancy::load(store).on(today);
    CHECK(now.offices.rate.value_or(0) > 0.6);
    CHECK(now.offices.rate.value_or(1) < 1.0);
}

TEST_CASE("A network is generated only into an empty database, from a usable spec", "[generator]")
{
    TestDatabase db;
    NetworkGenerator::Spec spec = smallNetwork();
    spec.sites = 0;
    spec.years = 0;
    Result<NetworkGenerator::Counts> refused = NetworkGenerator::populate(db.store(), spec, Clock::fixed(today));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().problems().size() == 2);
    CHECK(db->companies().isEmpty());

    Site site;
    site.name = u"Déjà là"_s;
    REQUIRE(db->addSite(site));
    Result<NetworkGenerator::Counts> notEmpty = NetworkGenerator::populate(db.store(), smallNetwork(), Clock::fixed(today));
    REQUIRE_FALSE(notEmpty);
    CHECK(notEmpty.error().message().contains(u"empty"_s));
    CHECK(db->sites().size() == 1);
    CHECK(db->companies().isEmpty());
}

TEST_CASE("Both scales of the benchmark are specs the generator accepts", "[generator]")
{
    const NetworkGenerator::Spec network;
    CHECK(NetworkGenerator::check(network).isEmpty());
    CHECK(network.sites == 20);
    CHECK(network.offices == 2000);
    CHECK(network.companies == 30000);

    // Ten times the network, with as many offices a site: a stress network with the network's 20
    // sites would need 1,000 offices a site, which the generator refuses.
    const NetworkGenerator::Spec stress = NetworkGenerator::stressSpec();
    CHECK(NetworkGenerator::check(stress).isEmpty());
    CHECK(stress.sites == 200);
    CHECK(stress.offices == 20000);
    CHECK(stress.companies == 300000);
    CHECK(stress.years == network.years);
}
