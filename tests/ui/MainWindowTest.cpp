// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "models/CompanyTableModel.h"
#include "models/OfficeTableModel.h"
#include "models/SearchFilterModel.h"
#include "pages/TablePage.h"

#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>

using namespace pepin;
using namespace pepin::test;

namespace {

struct Incubator
{
    TestDatabase db;
    Clock clock = Clock::fixed(d("2026-03-01"));

    Incubator()
    {
        const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
        const Office a01 = addOffice(db.store(), site.id, QStringLiteral("A01"));
        addOffice(db.store(), site.id, QStringLiteral("A02"));
        const Company alpha = addCompany(db.store(), QStringLiteral("Alpha"), QStringLiteral("Multimedia"));
        addCompany(db.store(), QStringLiteral("Beta"));
        addLease(db.store(), alpha.id, a01.id, d("2025-01-01"));
    }
};

QStringList sidebar(const MainWindow &window)
{
    QStringList labels;
    for (int row = 0; row < window.navigation()->count(); ++row)
        labels << window.navigation()->item(row)->text();
    return labels;
}

QString header(const MainWindow &window, const QString &page, int column)
{
    return window.page(page)->view()->model()->headerData(column, Qt::Horizontal).toString();
}

QString statusLine(const MainWindow &window)
{
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    return labels.isEmpty() ? QString() : labels.first()->text();
}

} // namespace

TEST_CASE("The main window opens on a database with its pages", "[ui][MainWindow]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);

    CHECK(window.windowTitle() == QStringLiteral("pepin.db — Pépin"));
    CHECK(window.pageIds()
          == QStringList{QStringLiteral("dashboard"), QStringLiteral("companies"), QStringLiteral("offices"),
                         QStringLiteral("leases"), QStringLiteral("applications"), QStringLiteral("planning"),
                         QStringLiteral("reports")});
    CHECK(sidebar(window)
          == QStringList{QStringLiteral("Dashboard"), QStringLiteral("Companies"), QStringLiteral("Offices"),
                         QStringLiteral("Leases"), QStringLiteral("Waiting list"), QStringLiteral("Planning"),
                         QStringLiteral("Reports")});
    // The day's figures first.
    CHECK(window.currentPageId() == QStringLiteral("dashboard"));
    window.showPage(QStringLiteral("companies"));

    TablePage *companies = window.page(QStringLiteral("companies"));
    REQUIRE(companies);
    CHECK(companies->view()->model()->rowCount() == 2);
    CHECK(qobject_cast<CompanyTableModel *>(companies->model()));
    CHECK(statusLine(window) == QStringLiteral("Companies: 2 · tenants today: 1"));

    window.showPage(QStringLiteral("offices"));
    CHECK(window.currentPageId() == QStringLiteral("offices"));
    CHECK(qobject_cast<OfficeTableModel *>(window.page(QStringLiteral("offices"))->model()));
    CHECK(statusLine(window) == QStringLiteral("Offices: 2 · occupied today: 1 of 2 in service"));
}

TEST_CASE("The search field filters the page as one types, and the status bar follows", "[ui][MainWindow]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.showPage(QStringLiteral("companies"));
    TablePage *companies = window.page(QStringLiteral("companies"));
    companies->searchField()->setText(QStringLiteral("alp"));
    CHECK(companies->view()->model()->rowCount() == 1);
    CHECK(statusLine(window) == QStringLiteral("Companies shown: 1 of 2"));
    companies->searchField()->clear();
    CHECK(statusLine(window) == QStringLiteral("Companies: 2 · tenants today: 1"));
}

TEST_CASE("A change made through the store shows in the window", "[ui][MainWindow]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.showPage(QStringLiteral("companies"));
    addCompany(incubator.db.store(), QStringLiteral("Gamma"));
    CHECK(window.page(QStringLiteral("companies"))->view()->model()->rowCount() == 3);
    CHECK(statusLine(window) == QStringLiteral("Companies: 3 · tenants today: 1"));
}

TEST_CASE("The main window follows a switch of language", "[ui][MainWindow]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.showPage(QStringLiteral("companies"));
    CHECK(header(window, QStringLiteral("companies"), CompanyTableModel::Sector) == QStringLiteral("Sector"));
    CHECK(header(window, QStringLiteral("offices"), OfficeTableModel::Area) == QStringLiteral("Area"));

    {
        ScopedLanguage french(QStringLiteral("fr"));
        CHECK(sidebar(window).mid(1, 2) == QStringList{QStringLiteral("Entreprises"), QStringLiteral("Bureaux")});
        CHECK(header(window, QStringLiteral("companies"), CompanyTableModel::Sector) == QStringLiteral("Secteur"));
        CHECK(header(window, QStringLiteral("offices"), OfficeTableModel::Area) == QStringLiteral("Surface"));
        CHECK(header(window, QStringLiteral("offices"), OfficeTableModel::Workstations) == QStringLiteral("Postes"));
        CHECK(statusLine(window) == QStringLiteral("Entreprises\u00A0: 2 · résidentes aujourd’hui\u00A0: 1"));
        CHECK(window.page(QStringLiteral("companies"))->searchField()->placeholderText().startsWith(QStringLiteral("Rechercher")));
    }

    CHECK(sidebar(window).mid(1, 2) == QStringList{QStringLiteral("Companies"), QStringLiteral("Offices")});
    CHECK(header(window, QStringLiteral("companies"), CompanyTableModel::Sector) == QStringLiteral("Sector"));
}

TEST_CASE("Screenshots of every page are written at 1280×800", "[ui][MainWindow]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    QStringList written;
    const Status saved = Screenshots::save(window, incubator.db.file(QStringLiteral("shots")), QStringLiteral("en"), &written);
    REQUIRE(saved);
    QStringList names;
    for (const QString &path : written)
        names << QFileInfo(path).fileName();
    CHECK(names
          == QStringList{QStringLiteral("dashboard-en.png"), QStringLiteral("companies-en.png"),
                         QStringLiteral("offices-en.png"), QStringLiteral("leases-en.png"),
                         QStringLiteral("applications-en.png"), QStringLiteral("planning-en.png"),
                         QStringLiteral("reports-en.png"), QStringLiteral("editor-company-en.png"),
                         QStringLiteral("editor-office-en.png"), QStringLiteral("editor-lease-en.png"),
                         QStringLiteral("editor-lease-problem-en.png"), QStringLiteral("export-en.png"), QStringLiteral("export-occupancy-en.png"),
                         QStringLiteral("preferences-en.png"), QStringLiteral("import-en.png")});
    const QImage image(written.at(2));
    CHECK(image.width() == Screenshots::width);
    CHECK(image.height() == Screenshots::height);
    // Nothing was written to the database by the pictures of the editors.
    CHECK(incubator.db->leases().size() == 1);
    CHECK_FALSE(window.undoAction()->isEnabled());
}
