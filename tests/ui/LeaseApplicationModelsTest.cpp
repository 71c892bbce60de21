// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "models/ApplicationTableModel.h"
#include "models/LeaseTableModel.h"
#include "models/SearchFilterModel.h"
#include "util/Format.h"

#include <QAbstractItemModelTester>

using namespace pepin;
using namespace pepin::test;

namespace {

// On 2026-03-01: an active lease with a rent schedule, one to come in a shared space, one
// ended early, one cancelled; and a waiting list of three.
struct Incubator
{
    TestDatabase db;
    Clock clock = Clock::fixed(d("2026-03-01"));
    Company alpha, beta, gamma;
    Lease active, upcoming, ended, cancelled;

    Incubator()
    {
        const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
        const Office a01 = addOffice(db.store(), site.id, QStringLiteral("A01"), 20, 2);
        const Office open = addOffice(db.store(), site.id, QStringLiteral("Open"), 80, 10, OfficeKind::Shared);
        alpha = addCompany(db.store(), QStringLiteral("Alpha"));
        beta = addCompany(db.store(), QStringLiteral("Beta"));
        gamma = addCompany(db.store(), QStringLiteral("Gamma"));

        Lease lease = leaseOf(alpha.id, a01.id, d("2025-01-01"), d("2027-12-31"));
        lease.rentSteps = {RentStep{d("2025-01-01"), 30000}, RentStep{d("2026-01-01"), 36000}};
        active = db->addLease(lease).value();
        lease = leaseOf(beta.id, open.id, d("2026-04-01"), {}, 3);
        lease.type = LeaseType::Coworking;
        lease.rentSteps = {RentStep{d("2026-04-01"), 45000}};
        upcoming = db->addLease(lease).value();
        lease = leaseOf(gamma.id, open.id, d("2024-01-01"), d("2026-12-31"), 2);
        lease.terminatedOn = d("2025-06-30");
        lease.rentSteps = {RentStep{d("2024-01-01"), 20000}, RentStep{d("2025-01-01"), 25000}};
        ended = db->addLease(lease).value();
        lease = leaseOf(gamma.id, open.id, d("2026-05-01"), d("2026-12-31"), 2);
        lease.cancelled = true;
        cancelled = db->addLease(lease).value();

        Application application;
        application.companyId = gamma.id;
        application.neededAreaM2 = 25;
        application.neededWorkstations = 3;
        application.wishedStart = d("2026-09-01");
        application.status = ApplicationStatus::Committee;
        application.committeeDate = d("2026-03-15");
        application.priority = 2;
        application.receivedOn = d("2026-01-10");
        REQUIRE(db->addApplication(application));
        application.companyId = beta.id;
        application.status = ApplicationStatus::Housed;
        application.priority = 0;
        REQUIRE(db->addApplication(application));
        application.companyId = alpha.id;
        application.status = ApplicationStatus::Received;
        application.priority = 5;
        application.neededAreaM2 = 0;
        REQUIRE(db->addApplication(application));
    }
};

template<typename Model>
int rowOfId(const Model &model, Id id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if constexpr (std::is_same_v<Model, LeaseTableModel>) {
            if (model.lease(row).id == id)
                return row;
        } else {
            if (model.application(row).id == id)
                return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("The lease model passes the item model checks", "[ui][LeaseTableModel]")
{
    Incubator incubator;
    LeaseTableModel model(incubator.db.store(), incubator.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SearchFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 4);
    CHECK(model.columnCount() == LeaseTableModel::ColumnCount);
    addLease(incubator.db.store(), incubator.beta.id, incubator.active.officeId, d("2028-01-01"));
    CHECK(model.rowCount() == 5);
    proxy.sort(LeaseTableModel::Start);
    proxy.setSearchText(QStringLiteral("gamma"));
    CHECK(proxy.rowCount() == 2);
}

TEST_CASE("The lease model shows where each lease stands and the rent in force", "[ui][LeaseTableModel]")
{
    Incubator incubator;
    LeaseTableModel model(incubator.db.store(), incubator.clock);
    const Format format;
    auto cell = [&model](const Lease &lease, int column, int role = Qt::DisplayRole) {
        return model.index(rowOfId(model, lease.id), column).data(role);
    };
    CHECK(cell(incubator.active, LeaseTableModel::Company).toString() == QStringLiteral("Alpha"));
    CHECK(cell(incubator.active, LeaseTableModel::Site).toString() == QStringLiteral("Ateliers"));
    CHECK(cell(incubator.active, LeaseTableModel::Office).toString() == QStringLiteral("A01"));
    CHECK(cell(incubator.active, LeaseTableModel::Status).toString() == QStringLiteral("Active"));
    CHECK(cell(incubator.upcoming, LeaseTableModel::Status).toString() == QStringLiteral("Upcoming"));
    CHECK(cell(incubator.ended, LeaseTableModel::Status).toString() == QStringLiteral("Ended"));
    CHECK(cell(incubator.cancelled, LeaseTableModel::Status).toString() == QStringLiteral("Cancelled"));
    CHECK(cell(incubator.upcoming, LeaseTableModel::Type).toString() == QStringLiteral("Coworking"));

    // The rent of today; before the start, the first; after the end, the last.
    CHECK(cell(incubator.active, LeaseTableModel::MonthlyRent).toString() == format.money(36000));
    CHECK(cell(incubator.upcoming, LeaseTableModel::MonthlyRent).toString() == format.money(45000));
    CHECK(cell(incubator.ended, LeaseTableModel::MonthlyRent).toString() == format.money(25000));
    CHECK(cell(incubator.cancelled, LeaseTableModel::MonthlyRent).toString().isEmpty());

    // A private office is let whole: its two workstations.
    CHECK(cell(incubator.active, LeaseTableModel::Workstations).toString() == QStringLiteral("2"));
    CHECK(cell(incubator.upcoming, LeaseTableModel::Workstations).toString() == QStringLiteral("3"));
    CHECK(cell(incubator.upcoming, LeaseTableModel::End).toString() == QStringLiteral("Open-ended"));
    CHECK(cell(incubator.ended, LeaseTableModel::TerminatedOn).toString() == format.date(d("2025-06-30")));

    CHECK(model.summary(model.rowCount()) == QStringLiteral("Leases: 4 · active today: 1"));
    CHECK(model.summary(1) == QStringLiteral("Leases shown: 1 of 4"));
}

TEST_CASE("The lease model lists the leases by company in the language's alphabet, then by start", "[ui][LeaseTableModel]")
{
    TestDatabase db;
    const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
    const Office open = addOffice(db.store(), site.id, QStringLiteral("Open"), 200, 20, OfficeKind::Shared);
    // Added in another order than the alphabet's, and one company's leases out of order too.
    const Company zeta = addCompany(db.store(), QStringLiteral("zeta"));
    const Company ecrin = addCompany(db.store(), QStringLiteral("Écrin"));
    const Company ecole = addCompany(db.store(), QStringLiteral("Ecole"));
    const Company ebene = addCompany(db.store(), QStringLiteral("Ebène"));
    const Company abc = addCompany(db.store(), QStringLiteral("abc"));
    const Lease zetaLease = addLease(db.store(), zeta.id, open.id, d("2020-01-01"), d("2020-12-31"), 1);
    const Lease ecrinLater = addLease(db.store(), ecrin.id, open.id, d("2025-01-01"), d("2025-12-31"), 1);
    const Lease ecrinEarlier = addLease(db.store(), ecrin.id, open.id, d("2023-01-01"), d("2023-12-31"), 1);
    const Lease ecoleLease = addLease(db.store(), ecole.id, open.id, d("2026-01-01"), d("2026-12-31"), 1);
    const Lease ebeneLease = addLease(db.store(), ebene.id, open.id, d("2022-01-01"), d("2022-12-31"), 1);
    const Lease abcLease = addLease(db.store(), abc.id, open.id, d("2024-01-01"), d("2024-12-31"), 1);

    LeaseTableModel model(db.store(), Clock::fixed(d("2026-03-01")));
    QList<Id> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.lease(row).id;
    CHECK(listed == QList<Id>{abcLease.id, ebeneLease.id, ecoleLease.id, ecrinEarlier.id, ecrinLater.id, zetaLease.id});
    // Each row names its own company, office and site.
    QStringList companies;
    for (int row = 0; row < model.rowCount(); ++row)
        companies << model.index(row, LeaseTableModel::Company).data().toString();
    CHECK(companies == QStringList{QStringLiteral("abc"), QStringLiteral("Ebène"), QStringLiteral("Ecole"), QStringLiteral("Écrin"),
                                    QStringLiteral("Écrin"), QStringLiteral("zeta")});
    CHECK(model.index(5, LeaseTableModel::Office).data().toString() == QStringLiteral("Open"));
    CHECK(model.index(5, LeaseTableModel::Site).data().toString() == QStringLiteral("Ateliers"));
}

TEST_CASE("The lease model's sort role gives raw values", "[ui][LeaseTableModel]")
{
    Incubator incubator;
    LeaseTableModel model(incubator.db.store(), incubator.clock);
    auto sortValue = [&model](const Lease &lease, int column) {
        return model.index(rowOfId(model, lease.id), column).data(StoreTableModel::SortRole);
    };
    CHECK(sortValue(incubator.active, LeaseTableModel::Start).toDate() == d("2025-01-01"));
    CHECK(sortValue(incubator.active, LeaseTableModel::MonthlyRent).toLongLong() == 36000);
    CHECK(sortValue(incubator.upcoming, LeaseTableModel::End).toDate() > sortValue(incubator.active, LeaseTableModel::End).toDate());
    CHECK(sortValue(incubator.active, LeaseTableModel::Status).toInt()
          < sortValue(incubator.upcoming, LeaseTableModel::Status).toInt());
}

TEST_CASE("The application model passes the item model checks and keeps the waiting list's order", "[ui][ApplicationTableModel]")
{
    Incubator incubator;
    ApplicationTableModel model(incubator.db.store(), incubator.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, ApplicationTableModel::Company).data().toString() == QStringLiteral("Alpha"));
    CHECK(model.index(1, ApplicationTableModel::Company).data().toString() == QStringLiteral("Gamma"));
    CHECK(model.index(1, ApplicationTableModel::Status).data().toString() == QStringLiteral("Selection committee"));
    CHECK(model.index(1, ApplicationTableModel::AreaNeeded).data().toString() == Format().area(25));
    CHECK(model.index(0, ApplicationTableModel::AreaNeeded).data().toString().isEmpty());
    CHECK(model.index(1, ApplicationTableModel::CommitteeDate).data(StoreTableModel::SortRole).toDate() == d("2026-03-15"));
    CHECK(model.index(1, ApplicationTableModel::Priority).data(StoreTableModel::SortRole).toInt() == 2);
    CHECK(model.summary(3) == QStringLiteral("Applications: 3 · waiting: 2"));

    Application application = model.application(2);
    REQUIRE(incubator.db->removeApplication(application.id));
    CHECK(model.rowCount() == 2);
}

TEST_CASE("The lease and application models write dates and money the French way", "[ui][LeaseTableModel]")
{
    Incubator incubator;
    ScopedLanguage french(QStringLiteral("fr"));
    LeaseTableModel leases(incubator.db.store(), incubator.clock);
    ApplicationTableModel applications(incubator.db.store(), incubator.clock);
    CHECK(leases.index(rowOfId(leases, incubator.active.id), LeaseTableModel::MonthlyRent).data().toString()
          == QStringLiteral("360,00\u00A0€"));
    CHECK(leases.index(rowOfId(leases, incubator.active.id), LeaseTableModel::Start).data().toString()
          == QStringLiteral("01/01/2025"));
    CHECK(applications.index(1, ApplicationTableModel::AreaNeeded).data().toString() == QStringLiteral("25\u00A0m²"));
}
