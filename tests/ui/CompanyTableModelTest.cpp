// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "models/CompanyTableModel.h"
#include "util/Format.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

using namespace pepin;
using namespace pepin::test;

namespace {

// Four companies, one in each standing on 2026-03-01.
struct Incubator
{
    TestDatabase db;
    Clock clock = Clock::fixed(d("2026-03-01"));
    Company alpha, beta, gamma, delta;

    Incubator()
    {
        const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
        const Office a01 = addOffice(db.store(), site.id, QStringLiteral("A01"));
        const Office a02 = addOffice(db.store(), site.id, QStringLiteral("A02"));

        alpha = addCompany(db.store(), QStringLiteral("Alpha"), QStringLiteral("Multimedia"));
        alpha.siret = QStringLiteral("73282932000074");
        alpha.createdOn = d("2024-11-02");
        alpha.stage = CompanyStage::Young;
        alpha.contact = QStringLiteral("Claire Dumont");
        alpha.email = QStringLiteral("claire@alpha.example.org");
        alpha.phone = QStringLiteral("03 27 00 11 22");
        alpha = db->updateCompany(alpha).value();
        addLease(db.store(), alpha.id, a01.id, d("2025-01-01"), d("2027-12-31"));

        beta = addCompany(db.store(), QStringLiteral("Beta"), QStringLiteral("IT services"));
        beta.createdOn = d("2019-04-10");
        addLease(db.store(), beta.id, a02.id, d("2020-01-01"), d("2022-12-31"));
        beta = db->company(beta.id).value();
        beta.exitDate = d("2022-12-31");
        beta.exitReason = ExitReason::MovedAway;
        beta = db->updateCompany(beta).value();

        gamma = addCompany(db.store(), QStringLiteral("Gamma"));
        gamma.createdOn = d("2025-06-15");
        gamma = db->updateCompany(gamma).value();

        delta = addCompany(db.store(), QStringLiteral("Delta"), QStringLiteral("IT services"));
        addLease(db.store(), delta.id, a02.id, d("2026-04-01"), d("2028-03-31"));
    }
};

int rowOf(const CompanyTableModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CompanyTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const CompanyTableModel &model, const QString &name, int column, int role = Qt::DisplayRole)
{
    return model.index(rowOf(model, name), column).data(role).toString();
}

} // namespace

TEST_CASE("The company model passes the item model checks", "[ui][CompanyTableModel]")
{
    Incubator incubator;
    CompanyTableModel model(incubator.db.store(), incubator.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 4);
    CHECK(model.columnCount() == CompanyTableModel::ColumnCount);
    // Still sound across a reset caused by a change.
    addCompany(incubator.db.store(), QStringLiteral("Epsilon"));
    CHECK(model.rowCount() == 5);
}

TEST_CASE("The company model shows each company as stored, with where it stands today", "[ui][CompanyTableModel]")
{
    Incubator incubator;
    CompanyTableModel model(incubator.db.store(), incubator.clock);
    const Format format;

    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Sector) == QStringLiteral("Multimedia"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Siret) == QStringLiteral("732 829 320 00074"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::CreatedOn) == format.date(d("2024-11-02")));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Stage) == QStringLiteral("Young company"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Contact) == QStringLiteral("Claire Dumont"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Email) == QStringLiteral("claire@alpha.example.org"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Phone) == QStringLiteral("03 27 00 11 22"));

    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Presence) == QStringLiteral("Tenant"));
    CHECK(cell(model, QStringLiteral("Beta"), CompanyTableModel::Presence) == QStringLiteral("Left"));
    CHECK(cell(model, QStringLiteral("Gamma"), CompanyTableModel::Presence) == QStringLiteral("Applicant"));
    CHECK(cell(model, QStringLiteral("Delta"), CompanyTableModel::Presence) == QStringLiteral("Arriving"));
    CHECK(cell(model, QStringLiteral("Beta"), CompanyTableModel::Presence, Qt::ToolTipRole)
          == QStringLiteral("Left on %1: moved away").arg(format.date(d("2022-12-31"))));

    // Gamma has no sector: no colour, no name.
    CHECK(cell(model, QStringLiteral("Gamma"), CompanyTableModel::Sector).isEmpty());
    CHECK_FALSE(model.index(rowOf(model, QStringLiteral("Gamma")), CompanyTableModel::Sector).data(Qt::DecorationRole).isValid());
    const QVariant colour = model.index(rowOf(model, QStringLiteral("Alpha")), CompanyTableModel::Sector).data(Qt::DecorationRole);
    REQUIRE(colour.canConvert<QColor>());
    CHECK(colour.value<QColor>().isValid());

    CHECK(model.summary(model.rowCount()) == QStringLiteral("Companies: 4 · tenants today: 1"));
    CHECK(model.summary(2) == QStringLiteral("Companies shown: 2 of 4"));
}

TEST_CASE("A company that left without an exit date, and archived ones", "[ui][CompanyTableModel]")
{
    Incubator incubator;
    const Office a03 = addOffice(incubator.db.store(), incubator.db->siteByName(QStringLiteral("Ateliers"))->id,
                                 QStringLiteral("A03"));
    const Company zeta = addCompany(incubator.db.store(), QStringLiteral("Zeta"));
    addLease(incubator.db.store(), zeta.id, a03.id, d("2024-01-01"), d("2025-12-31"));
    Company archived = addCompany(incubator.db.store(), QStringLiteral("Archived"));
    archived.archived = true;
    REQUIRE(incubator.db->updateCompany(archived));

    CompanyTableModel model(incubator.db.store(), incubator.clock);
    CHECK(cell(model, QStringLiteral("Zeta"), CompanyTableModel::Presence) == QStringLiteral("Left"));
    CHECK(rowOf(model, QStringLiteral("Archived")) == -1);
}

TEST_CASE("The company model's sort role gives raw values", "[ui][CompanyTableModel]")
{
    Incubator incubator;
    CompanyTableModel model(incubator.db.store(), incubator.clock);
    const int alpha = rowOf(model, QStringLiteral("Alpha"));
    const QVariant created = model.index(alpha, CompanyTableModel::CreatedOn).data(CompanyTableModel::SortRole);
    CHECK(created.typeId() == QMetaType::QDate);
    CHECK(created.toDate() == d("2024-11-02"));
    CHECK(model.index(alpha, CompanyTableModel::Siret).data(CompanyTableModel::SortRole).toString()
          == QStringLiteral("73282932000074"));
    CHECK(model.index(alpha, CompanyTableModel::Stage).data(CompanyTableModel::SortRole).toInt() == int(CompanyStage::Young));
    CHECK(model.index(alpha, CompanyTableModel::Presence).data(CompanyTableModel::SortRole).toInt()
          == int(CompanyTableModel::Standing::Tenant));
}

TEST_CASE("A change made through the store reaches the company model by itself", "[ui][CompanyTableModel]")
{
    Incubator incubator;
    CompanyTableModel model(incubator.db.store(), incubator.clock);
    QSignalSpy summaries(&model, &StoreTableModel::summaryChanged);

    addCompany(incubator.db.store(), QStringLiteral("Omega"), QStringLiteral("Software publishing"));
    REQUIRE(rowOf(model, QStringLiteral("Omega")) >= 0);
    CHECK(cell(model, QStringLiteral("Omega"), CompanyTableModel::Sector) == QStringLiteral("Software publishing"));
    CHECK(cell(model, QStringLiteral("Omega"), CompanyTableModel::Presence) == QStringLiteral("Applicant"));
    CHECK(summaries.count() >= 1);

    // A lease signed today makes Gamma a tenant.
    const Office a01b = addOffice(incubator.db.store(), incubator.db->siteByName(QStringLiteral("Ateliers"))->id,
                                  QStringLiteral("A04"));
    addLease(incubator.db.store(), incubator.gamma.id, a01b.id, d("2026-03-01"));
    CHECK(cell(model, QStringLiteral("Gamma"), CompanyTableModel::Presence) == QStringLiteral("Tenant"));

    // A renamed sector is renamed in the list.
    pepin::Sector multimedia = incubator.db->sectorByName(QStringLiteral("Multimedia")).value();
    multimedia.name = QStringLiteral("Multimédia");
    REQUIRE(incubator.db->updateSector(multimedia));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Sector) == QStringLiteral("Multimédia"));
}

TEST_CASE("The company model speaks French", "[ui][CompanyTableModel]")
{
    Incubator incubator;
    CompanyTableModel model(incubator.db.store(), incubator.clock);
    ScopedLanguage french(QStringLiteral("fr"));
    model.retranslate();

    CHECK(model.headerData(CompanyTableModel::Name, Qt::Horizontal).toString() == QStringLiteral("Entreprise"));
    CHECK(model.headerData(CompanyTableModel::Presence, Qt::Horizontal).toString() == QStringLiteral("Statut"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::CreatedOn) == QStringLiteral("02/11/2024"));
    CHECK(cell(model, QStringLiteral("Alpha"), CompanyTableModel::Presence) == QStringLiteral("Résidente"));
    CHECK(cell(model, QStringLiteral("Gamma"), CompanyTableModel::Presence) == QStringLiteral("Candidate"));
    CHECK(model.summary(model.rowCount()) == QStringLiteral("Entreprises\u00A0: 4 · résidentes aujourd’hui\u00A0: 1"));
}
