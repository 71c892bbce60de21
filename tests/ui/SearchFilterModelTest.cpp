// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "TestDatabase.h"
#include "models/CompanyTableModel.h"
#include "models/SearchFilterModel.h"

using namespace pepin;
using namespace pepin::test;

namespace {

QStringList names(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, CompanyTableModel::Name).data().toString();
    return list;
}

void setCreatedOn(Store &store, Company company, QDate day)
{
    company.createdOn = day;
    REQUIRE(store.updateCompany(company));
}

} // namespace

TEST_CASE("The proxy sorts dates by date, not by their text", "[ui][SearchFilterModel]")
{
    TestDatabase db;
    // In day/month/year text, "02/01/2025" would come before "30/12/2024".
    setCreatedOn(db.store(), addCompany(db.store(), QStringLiteral("Later")), d("2025-01-02"));
    setCreatedOn(db.store(), addCompany(db.store(), QStringLiteral("Earlier")), d("2024-12-30"));
    setCreatedOn(db.store(), addCompany(db.store(), QStringLiteral("Earliest")), d("2024-01-31"));

    CompanyTableModel model(db.store(), Clock::fixed(d("2026-03-01")));
    SearchFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CompanyTableModel::CreatedOn, Qt::AscendingOrder);
    CHECK(names(proxy) == QStringList{QStringLiteral("Earliest"), QStringLiteral("Earlier"), QStringLiteral("Later")});
    proxy.sort(CompanyTableModel::CreatedOn, Qt::DescendingOrder);
    CHECK(names(proxy) == QStringList{QStringLiteral("Later"), QStringLiteral("Earlier"), QStringLiteral("Earliest")});
}

TEST_CASE("The search keeps rows where any column holds the text, case and accents ignored", "[ui][SearchFilterModel]")
{
    TestDatabase db;
    addCompany(db.store(), QStringLiteral("Société Générale du Son"), QStringLiteral("Sound"));
    Company praxys = addCompany(db.store(), QStringLiteral("Praxys"), QStringLiteral("IT services"));
    praxys.siret = QStringLiteral("73282932000074");
    praxys.contact = QStringLiteral("Hélène Martin");
    REQUIRE(db->updateCompany(praxys));
    addCompany(db.store(), QStringLiteral("E-Software"), QStringLiteral("Software publishing"));

    CompanyTableModel model(db.store(), Clock::fixed(d("2026-03-01")));
    SearchFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CompanyTableModel::Name);

    proxy.setSearchText(QStringLiteral("SOCIETE"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Société Générale du Son")});
    proxy.setSearchText(QStringLiteral("helene"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Praxys")});
    proxy.setSearchText(QStringLiteral("software"));
    CHECK(names(proxy) == QStringList{QStringLiteral("E-Software")});
    proxy.setSearchText(QStringLiteral("732829320"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Praxys")});
    proxy.setSearchText(QStringLiteral("nothing like it"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QString());
    CHECK(proxy.rowCount() == 3);

    // A company added while a search is on shows up if it matches.
    proxy.setSearchText(QStringLiteral("soft"));
    addCompany(db.store(), QStringLiteral("Logis Soft"));
    CHECK(names(proxy) == QStringList{QStringLiteral("E-Software"), QStringLiteral("Logis Soft")});
}
