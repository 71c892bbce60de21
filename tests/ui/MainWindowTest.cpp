// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScopedLanguage.h"
#include "TestDatabase.h"
#include "models/CompanyTableModel.h"
#include "models/LeaseTableModel.h"
#include "models/OfficeTableModel.h"
#include "models/SearchFilterModel.h"
#include "dialogs/GuideWindow.h"
#include "export/ViewPrint.h"
#include "pages/TablePage.h"
#include "util/Format.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPrinter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

#include <memory>

using namespace pepin;
using namespace pepin::test;
using namespace Qt::Literals::StringLiterals;

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

QString header(MainWindow &window, const QString &page, int column)
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

TEST_CASE("The status bar gives the key figure of the row chosen", "[ui][MainWindow]")
{
    Incubator incubator;
    const Site site = *incubator.db->siteByName(QStringLiteral("Ateliers"));
    const Office a02 = *incubator.db->officeByCode(site.id, QStringLiteral("A02"));
    const Company gamma = addCompany(incubator.db.store(), QStringLiteral("Gamma"));
    Lease lease = leaseOf(gamma.id, a02.id, d("2026-01-01"), d("2026-12-31"));
    lease.rentSteps = {RentStep{d("2026-01-01"), 45000}};
    lease.noticeMonths = 3;
    REQUIRE(incubator.db->addLease(lease));

    MainWindow window(incubator.db.store(), incubator.clock);
    auto *keyFigure = window.findChild<QLabel *>(QStringLiteral("keyFigure"));
    REQUIRE(keyFigure);
    auto choose = [&window](const QString &pageId, const QString &text) {
        window.showPage(pageId);
        TablePage *page = window.page(pageId);
        page->searchField()->setText(text);
        REQUIRE(page->view()->model()->rowCount() >= 1);
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    };

    choose(QStringLiteral("leases"), QStringLiteral("Gamma"));
    // Three months' notice for an end on 31/12/2026: given by 30/09/2026.
    CHECK(keyFigure->text() == QStringLiteral("Gamma in A02: €450.00 per month, until 31/12/2026, notice by 30/09/2026"));
    choose(QStringLiteral("companies"), QStringLiteral("Gamma"));
    CHECK(keyFigure->text() == QStringLiteral("Gamma: tenant of A02, €450.00 per month"));
    choose(QStringLiteral("companies"), QStringLiteral("Beta"));
    CHECK(keyFigure->text() == QStringLiteral("Beta: never housed yet"));
    choose(QStringLiteral("offices"), QStringLiteral("A02"));
    CHECK(keyFigure->text() == QStringLiteral("A02: %1, 2 workstations — Gamma").arg(Format().area(20)));
    // Nothing chosen, nothing said; a page without rows to choose says nothing either.
    window.page(QStringLiteral("offices"))->view()->setCurrentIndex({});
    CHECK(keyFigure->text().isEmpty());
    window.showPage(QStringLiteral("dashboard"));
    CHECK(keyFigure->text().isEmpty());
}

TEST_CASE("File ▸ Print prints the table as shown, and the guide opens in the interface's language", "[ui][MainWindow]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.showPage(QStringLiteral("companies"));
    TablePage *companies = window.page(QStringLiteral("companies"));
    companies->searchField()->setText(QStringLiteral("alp"));
    companies->view()->horizontalHeader()->setSectionHidden(CompanyTableModel::Sector, true);

    const std::unique_ptr<QTextDocument> document = ViewPrint(*companies->view(), QStringLiteral("Companies"), QString()).document();
    const QString text = document->toPlainText();
    CHECK(text.contains(QStringLiteral("Alpha")));
    CHECK_FALSE(text.contains(QStringLiteral("Beta")));       // filtered out
    CHECK(text.contains(header(window, QStringLiteral("companies"), CompanyTableModel::Name)));
    CHECK_FALSE(text.contains(QStringLiteral("Multimedia"))); // its column hidden

    // Printed to a PDF: one page, written.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(incubator.db.file(QStringLiteral("companies.pdf")));
    window.paintPage(printer);
    CHECK(QFileInfo(printer.outputFileName()).size() > 1000);
    // The dashboard prints as a picture of itself.
    window.showPage(QStringLiteral("dashboard"));
    printer.setOutputFileName(incubator.db.file(QStringLiteral("dashboard.pdf")));
    window.paintPage(printer);
    CHECK(QFileInfo(printer.outputFileName()).size() > 1000);
    CHECK(window.printAction()->shortcut() == QKeySequence(QKeySequence::Print));

    GuideWindow *guide = window.showGuide();
    CHECK(guide->language() == QStringLiteral("en"));
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("Pépin")));
    CHECK(window.showGuide() == guide); // one guide window
    {
        ScopedLanguage french(QStringLiteral("fr"));
        CHECK(guide->language() == QStringLiteral("fr"));
        CHECK(guide->browser()->toPlainText().contains(QStringLiteral("Pépin")));
    }
    guide->close();
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

TEST_CASE("Titles go on two lines before a table's names are cut, and only when its columns do not fit", "[ui][MainWindow]")
{
    // Leases of a network's sites, in French at the window's first size, the details beside.
    TestDatabase db;
    const Clock clock = Clock::fixed(d("2026-03-01"));
    const Site site = addSite(db.store(), u"Pépinière de Boulogne-sur-Mer"_s);
    for (int n = 1; n <= 3; ++n) {
        const Office office = addOffice(db.store(), site.id, u"D%1"_s.arg(n));
        const Company company = addCompany(db.store(), u"Alticloud %1"_s.arg(20 + n), u"Multimedia"_s);
        addLease(db.store(), company.id, office.id, d("2025-12-01"), d("2028-02-29"));
    }
    ScopedLanguage french(u"fr"_s);
    MainWindow window(db.store(), clock);
    window.show();
    window.showPage(u"leases"_s);
    QCoreApplication::processEvents();
    TablePage *leases = window.page(u"leases"_s);
    REQUIRE(leases);
    const QAbstractItemView *view = leases->view();
    QHeaderView *columns = leases->view()->horizontalHeader();
    const QFontMetrics metrics(columns->font());
    const auto title = [&](int column) { return view->model()->headerData(column, Qt::Horizontal).toString(); };
    // A title's width on one line, and the lines it takes in its column.
    const auto oneLine = [&](int column) { return metrics.horizontalAdvance(title(column)) + leases->titleRoom(); };
    const auto lines = [&](int column) {
        const QRect room(0, 0, columns->sectionSize(column) - leases->titleRoom(), 1000);
        return metrics.boundingRect(room, Qt::TextWordWrap, title(column)).height() / metrics.lineSpacing();
    };

    // The companies' names whole, and every column in sight with its title on at most two lines.
    CHECK(columns->sectionSize(LeaseTableModel::Company) >= view->sizeHintForColumn(LeaseTableModel::Company));
    CHECK(columns->sectionPosition(LeaseTableModel::Status) + columns->sectionSize(LeaseTableModel::Status)
          <= leases->view()->viewport()->width() + 1);
    for (int column = 0; column < LeaseTableModel::ColumnCount; ++column) {
        INFO(title(column).toStdString());
        CHECK(lines(column) <= 2);
    }
    // "Fin anticipée le", whose column holds short dates or nothing, is on two lines, and the
    // header is two lines high for it.
    CHECK(title(LeaseTableModel::TerminatedOn) == u"Fin anticipée le"_s);
    CHECK(columns->sectionSize(LeaseTableModel::TerminatedOn) < oneLine(LeaseTableModel::TerminatedOn));
    CHECK(columns->height() >= 2 * metrics.lineSpacing());

    // Wide enough for every title on one line: one line high.
    window.resize(2400, 800);
    QCoreApplication::processEvents();
    leases->fitColumns();
    QCoreApplication::processEvents();
    for (int column = 0; column < LeaseTableModel::ColumnCount; ++column) {
        INFO(title(column).toStdString());
        CHECK(lines(column) == 1);
    }
    CHECK(columns->height() < 2 * metrics.lineSpacing());

    // A column made narrower than its title by hand: two lines high again, and back.
    columns->resizeSection(LeaseTableModel::TerminatedOn, metrics.horizontalAdvance(u"anticipée"_s) + 30);
    QCoreApplication::processEvents();
    CHECK(columns->height() >= 2 * metrics.lineSpacing());
    const QByteArray narrowed = leases->headerState();
    columns->resizeSection(LeaseTableModel::TerminatedOn, oneLine(LeaseTableModel::TerminatedOn) + 10);
    QCoreApplication::processEvents();
    CHECK(columns->height() < 2 * metrics.lineSpacing());

    // Widths kept from the last session, one of them narrower than its title: two lines high.
    REQUIRE(leases->restoreHeaderState(narrowed));
    QCoreApplication::processEvents();
    CHECK(columns->sectionSize(LeaseTableModel::TerminatedOn) < oneLine(LeaseTableModel::TerminatedOn));
    CHECK(columns->height() >= 2 * metrics.lineSpacing());

    // The header's menu fits them again to the window: every title on one line here.
    std::unique_ptr<QMenu> menu(leases->createColumnMenu());
    auto *fit = menu->findChild<QAction *>(u"fitColumns"_s);
    REQUIRE(fit);
    CHECK(fit->text() == u"Ajuster les colonnes à la fenêtre"_s);
    fit->trigger();
    QCoreApplication::processEvents();
    CHECK(columns->sectionSize(LeaseTableModel::TerminatedOn) >= oneLine(LeaseTableModel::TerminatedOn));
    CHECK(columns->height() < 2 * metrics.lineSpacing());

    // Back at 1280 pixels, the Site column hidden: the columns shown share its width, and the
    // leases' types, cut with it, take most of it.
    window.resize(1280, 800);
    QCoreApplication::processEvents();
    fit->trigger();
    QCoreApplication::processEvents();
    const int typeWithSite = columns->sectionSize(LeaseTableModel::Type);
    CHECK(typeWithSite < view->sizeHintForColumn(LeaseTableModel::Type));
    std::unique_ptr<QMenu> again(leases->createColumnMenu());
    again->actions().at(LeaseTableModel::Site)->toggle();
    REQUIRE(columns->isSectionHidden(LeaseTableModel::Site));
    again->findChild<QAction *>(u"fitColumns"_s)->trigger();
    QCoreApplication::processEvents();
    CHECK(columns->sectionSize(LeaseTableModel::Type) > typeWithSite + 50);
    CHECK(columns->sectionSize(LeaseTableModel::Company) >= view->sizeHintForColumn(LeaseTableModel::Company));
    CHECK(columns->sectionPosition(LeaseTableModel::Status) + columns->sectionSize(LeaseTableModel::Status)
          <= leases->view()->viewport()->width() + 1);
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
                         QStringLiteral("reports-en.png"), QStringLiteral("planning-floor-map-en.png"),
                         QStringLiteral("planning-floor-map-later-en.png"), QStringLiteral("editor-company-en.png"),
                         QStringLiteral("editor-office-en.png"), QStringLiteral("editor-lease-en.png"),
                         QStringLiteral("editor-lease-problem-en.png"), QStringLiteral("export-en.png"), QStringLiteral("export-occupancy-en.png"),
                         QStringLiteral("preferences-en.png"), QStringLiteral("connect-to-server-en.png"),
                         QStringLiteral("import-en.png"),
                         QStringLiteral("lease-move-en.png"), QStringLiteral("restore-en.png"),
                         QStringLiteral("history-en.png"), QStringLiteral("former-tenants-en.png"),
                         QStringLiteral("read-only-en.png")});
    const QImage image(written.at(2));
    CHECK(image.width() == Screenshots::width);
    CHECK(image.height() == Screenshots::height);
    // Nothing was written to the database by the pictures of the editors.
    CHECK(incubator.db->leases().size() == 1);
    CHECK_FALSE(window.undoAction()->isEnabled());
}
