// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "models/CompanyTableModel.h"
#include "models/SearchFilterModel.h"

#include <algorithm>

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

TEST_CASE("The proxy sorts text in the order of the language's alphabet, and again after any change",
          "[ui][SearchFilterModel]")
{
    TestDatabase db;
    for (const char *name : {"zeta", "Écrin", "Abri", "ecrins", "Éole", "abc"})
        addCompany(db.store(), QString::fromUtf8(name));
    CompanyTableModel model(db.store(), Clock::fixed(d("2026-03-01")));
    SearchFilterModel proxy;
    proxy.setSourceModel(&model);

    // Accents and case do not split the alphabet: "Écrin" beside "ecrins", not after "zeta".
    const QStringList alphabet{QStringLiteral("abc"), QStringLiteral("Abri"), QStringLiteral("Écrin"),
                               QStringLiteral("ecrins"), QStringLiteral("Éole"), QStringLiteral("zeta")};
    proxy.sort(CompanyTableModel::Name, Qt::DescendingOrder);
    QStringList backwards = alphabet;
    std::reverse(backwards.begin(), backwards.end());
    CHECK(names(proxy) == backwards);
    proxy.sort(CompanyTableModel::Name, Qt::AscendingOrder);
    CHECK(names(proxy) == alphabet);

    // The order is made again after a change: a renamed company moves to its new place, a new
    // one takes its own, in a search too.
    Company abri = db->companyByName(QStringLiteral("Abri")).value();
    abri.name = QStringLiteral("Vélo");
    REQUIRE(db->updateCompany(abri));
    addCompany(db.store(), QStringLiteral("Bureau"));
    CHECK(names(proxy) == QStringList{QStringLiteral("abc"), QStringLiteral("Bureau"), QStringLiteral("Écrin"),
                                      QStringLiteral("ecrins"), QStringLiteral("Éole"), QStringLiteral("Vélo"),
                                      QStringLiteral("zeta")});
    proxy.setSearchText(QStringLiteral("e"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Bureau"), QStringLiteral("Écrin"), QStringLiteral("ecrins"),
                                      QStringLiteral("Éole"), QStringLiteral("Vélo"), QStringLiteral("zeta")});
    // Sorted on another text column, equal sectors keep the alphabet's order among them.
    proxy.setSearchText(QString());
    proxy.sort(CompanyTableModel::Sector, Qt::AscendingOrder);
    CHECK(names(proxy).constFirst() == QStringLiteral("abc"));
}

TEST_CASE("The search reads a row's cells as they are now, one cell at a time", "[ui][SearchFilterModel]")
{
    TestDatabase db;
    addCompany(db.store(), QStringLiteral("Praxys"), QStringLiteral("IT services"));
    addCompany(db.store(), QStringLiteral("Logis"), QStringLiteral("Software publishing"));
    CompanyTableModel model(db.store(), Clock::fixed(d("2026-03-01")));
    SearchFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CompanyTableModel::Name);

    // Text that runs from one cell into the next is not in either.
    proxy.setSearchText(QStringLiteral("praxys it"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("praxysit"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("praxys") + QChar(0x1F) + QStringLiteral("it"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("it serv"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Praxys")});

    // The status column is searched in the language shown: after a switch, in French.
    proxy.setSearchText(QStringLiteral("applicant"));
    CHECK(proxy.rowCount() == 2);
    {
        ScopedLanguage french(QStringLiteral("fr"));
        model.retranslate();
        CHECK(proxy.rowCount() == 0);
        proxy.setSearchText(QStringLiteral("candidate"));
        CHECK(proxy.rowCount() == 2);
    }
    model.retranslate();

    // A renamed company is found by its new name only.
    Company logis = db->companyByName(QStringLiteral("Logis")).value();
    logis.name = QStringLiteral("Atelier Bois");
    REQUIRE(db->updateCompany(logis));
    proxy.setSearchText(QStringLiteral("logis"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("atelierbois"));
    CHECK(names(proxy) == QStringList{QStringLiteral("Atelier Bois")});
}
