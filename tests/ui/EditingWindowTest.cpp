// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "commands/Editing.h"
#include "dialogs/CompanyEditor.h"
#include "models/CompanyTableModel.h"
#include "models/LeaseTableModel.h"
#include "models/OfficeTableModel.h"
#include "models/SearchFilterModel.h"
#include "pages/ComingSoonPage.h"
#include "pages/ReportsPage.h"
#include "pages/TablePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pepin;
using namespace pepin::test;

namespace {

struct Incubator : GuiFixture
{
    Office a01, a02;
    Company alpha, beta;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
        a01 = addOffice(db.store(), site.id, QStringLiteral("A01"));
        a02 = addOffice(db.store(), site.id, QStringLiteral("A02"));
        alpha = addCompany(db.store(), QStringLiteral("Alpha"));
        beta = addCompany(db.store(), QStringLiteral("Beta"));
        addLease(db.store(), alpha.id, a01.id, d("2025-01-01"));
    }

    // A copy of a file of tests/data in this test's folder.
    QString copyOf(const QString &name)
    {
        const QString target = db.file(name);
        REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/") + name, target));
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }
};

int rowOfCompany(TablePage *page, Id id)
{
    auto *model = qobject_cast<CompanyTableModel *>(page->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->company(row).id == id)
            return row;
    }
    return -1;
}

QAction *menuAction(QMenu &menu, const char *name)
{
    return menu.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("The sidebar's pages are there, the Reports page among them", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    CHECK(qobject_cast<ReportsPage *>(window.pageWidget(QStringLiteral("reports"))));
    CHECK(window.page(QStringLiteral("leases")));
    CHECK(window.page(QStringLiteral("applications")));
    window.showPage(QStringLiteral("dashboard"));
    CHECK(window.currentPageId() == QStringLiteral("dashboard"));
}

TEST_CASE("Find goes to the search field of the page shown", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.show();
    QApplication::setActiveWindow(&window);
    window.showPage(QStringLiteral("offices"));
    CHECK(window.findAction()->shortcut() == QKeySequence(QKeySequence::Find));
    window.findAction()->trigger();
    CHECK(window.page(QStringLiteral("offices"))->searchField()->hasFocus());
}

TEST_CASE("A removal that would lose history is refused with the core's reason, without a question", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    TablePage *page = window.page(QStringLiteral("companies"));
    page->selectRow(rowOfCompany(page, incubator.alpha.id));
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    REQUIRE(menuAction(*menu, "remove"));
    menuAction(*menu, "remove")->trigger();
    CHECK(incubator.messages.questions() == 0);
    REQUIRE(incubator.messages.warnings() == 1);
    CHECK(incubator.messages.last().contains(QStringLiteral("This company has leases, which would be lost with it: archive it instead.")));
    CHECK(incubator.db->company(incubator.alpha.id));
    CHECK(window.editing().undoStack()->count() == 0);
}

TEST_CASE("A removal answered no does nothing, and answered yes is undone with the same id", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    TablePage *page = window.page(QStringLiteral("companies"));
    page->selectRow(rowOfCompany(page, incubator.beta.id));
    {
        std::unique_ptr<QMenu> menu(page->createContextMenu());
        menuAction(*menu, "remove")->trigger();
    }
    CHECK(incubator.messages.questions() == 1);
    CHECK(incubator.messages.all().last().text == QStringLiteral("Remove “Beta”?"));
    CHECK(incubator.db->company(incubator.beta.id));

    MessageBox::setNextAnswer(true);
    page->selectRow(rowOfCompany(page, incubator.beta.id));
    {
        std::unique_ptr<QMenu> menu(page->createContextMenu());
        menuAction(*menu, "remove")->trigger();
    }
    CHECK_FALSE(incubator.db->company(incubator.beta.id));
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo Remove company Beta"));
    window.undoAction()->trigger();
    REQUIRE(incubator.db->company(incubator.beta.id));
    CHECK(incubator.db->company(incubator.beta.id)->name == QStringLiteral("Beta"));
}

TEST_CASE("Companies are archived and restored from the page's menu, several at once", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    TablePage *page = window.page(QStringLiteral("companies"));
    page->view()->selectAll();
    {
        std::unique_ptr<QMenu> menu(page->createContextMenu());
        CHECK_FALSE(menuAction(*menu, "edit")); // one record at a time
        REQUIRE(menuAction(*menu, "archive"));
        menuAction(*menu, "archive")->trigger();
    }
    CHECK(incubator.db->company(incubator.alpha.id)->archived);
    CHECK(incubator.db->company(incubator.beta.id)->archived);
    CHECK(page->model()->rowCount() == 0);
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo Archive 2 records"));

    // Shown again on demand, and restored.
    page->showArchivedBox()->setChecked(true);
    REQUIRE(page->model()->rowCount() == 2);
    page->selectRow(rowOfCompany(page, incubator.beta.id));
    {
        std::unique_ptr<QMenu> menu(page->createContextMenu());
        REQUIRE(menuAction(*menu, "restore"));
        menuAction(*menu, "restore")->trigger();
    }
    CHECK_FALSE(incubator.db->company(incubator.beta.id)->archived);
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo Restore company Beta"));

    window.undoAction()->trigger();
    window.undoAction()->trigger();
    CHECK_FALSE(incubator.db->company(incubator.alpha.id)->archived);
    CHECK_FALSE(incubator.db->company(incubator.beta.id)->archived);
}

TEST_CASE("A double click opens the editor of the record", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    TablePage *page = window.page(QStringLiteral("companies"));
    const QModelIndex index = page->proxy()->mapFromSource(page->model()->index(rowOfCompany(page, incubator.beta.id), 0));
    const QPoint cell = page->view()->visualRect(index).center();
    // What a double click delivers: a click, then the double click and its release.
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseRelease(page->view()->viewport(), Qt::LeftButton, {}, cell);
    auto *editor = window.findChild<CompanyEditor *>();
    REQUIRE(editor);
    CHECK(editor->nameEdit()->text() == QStringLiteral("Beta"));
    CHECK_FALSE(editor->isNew());
    editor->reject();
}

TEST_CASE("Filters keep the rows of a value, and the leases active on a day", "[ui][window]")
{
    Incubator incubator;
    addLease(incubator.db.store(), incubator.beta.id, incubator.a02.id, d("2024-01-01"), d("2025-12-31"));
    addLease(incubator.db.store(), incubator.beta.id, incubator.a02.id, d("2026-01-01"));
    MainWindow window(incubator.db.store(), incubator.clock);
    window.showPage(QStringLiteral("leases"));
    TablePage *leases = window.page(QStringLiteral("leases"));
    REQUIRE(leases->view()->model()->rowCount() == 3);

    // Each status once, however many leases have it, in the statuses' own order.
    QList<QComboBox *> filters = leases->findChildren<QComboBox *>();
    REQUIRE(filters.size() == 2);
    QComboBox *status = filters.at(1);
    REQUIRE(status->count() == 3);
    CHECK(status->itemText(0) == QStringLiteral("All statuses"));
    CHECK(status->itemText(1) == QStringLiteral("Active"));
    CHECK(status->itemText(2) == QStringLiteral("Ended"));
    status->setCurrentIndex(1);
    CHECK(leases->view()->model()->rowCount() == 2);
    status->setCurrentIndex(2);
    REQUIRE(leases->view()->model()->rowCount() == 1);
    CHECK(leases->view()->model()->index(0, LeaseTableModel::Company).data().toString() == QStringLiteral("Beta"));
    CHECK(window.statusBar()->findChild<QLabel *>()->text() == QStringLiteral("Leases shown: 1 of 3"));
    status->setCurrentIndex(0);

    leases->dayFilterBox()->setChecked(true);
    leases->dayFilterDate()->setDate(d("2025-06-01"));
    CHECK(leases->view()->model()->rowCount() == 2);
    leases->dayFilterDate()->setDate(d("2024-06-01"));
    REQUIRE(leases->view()->model()->rowCount() == 1);
    CHECK(leases->view()->model()->index(0, LeaseTableModel::Company).data().toString() == QStringLiteral("Beta"));
    leases->dayFilterBox()->setChecked(false);
    CHECK(leases->view()->model()->rowCount() == 3);

    // A filter follows the records: a new sector appears in the companies' list of sectors.
    TablePage *companies = window.page(QStringLiteral("companies"));
    QComboBox *sectors = companies->findChildren<QComboBox *>().at(0);
    CHECK(sectors->count() == 1);
    addCompany(incubator.db.store(), QStringLiteral("Gamma"), QStringLiteral("Robotics"));
    REQUIRE(sectors->count() == 2);
    sectors->setCurrentIndex(1);
    CHECK(companies->view()->model()->rowCount() == 1);
}

TEST_CASE("The column chooser hides and shows columns", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    TablePage *page = window.page(QStringLiteral("offices"));
    std::unique_ptr<QMenu> menu(page->createColumnMenu());
    // A column each, then, after a separator, the widths fitted again.
    REQUIRE(menu->actions().size() == OfficeTableModel::ColumnCount + 2);
    CHECK(menu->actions().at(OfficeTableModel::ColumnCount)->isSeparator());
    CHECK(menu->actions().last()->objectName() == QStringLiteral("fitColumns"));
    menu->actions().at(OfficeTableModel::Floor)->toggle();
    CHECK(page->view()->isColumnHidden(OfficeTableModel::Floor));
    menu->actions().at(OfficeTableModel::Floor)->toggle();
    CHECK_FALSE(page->view()->isColumnHidden(OfficeTableModel::Floor));
}

TEST_CASE("Another database opens in the window, and the changes before can no longer be undone", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    MessageBox::setNextAnswer(true);
    TablePage *companies = window.page(QStringLiteral("companies"));
    companies->selectRow(rowOfCompany(companies, incubator.beta.id));
    std::unique_ptr<QMenu>(companies->createContextMenu())->findChild<QAction *>(QStringLiteral("remove"))->trigger();
    REQUIRE(window.undoAction()->isEnabled());

    const QString other = incubator.db.file(QStringLiteral("other.db"));
    REQUIRE(window.createDatabase(other));
    CHECK(window.windowTitle() == QStringLiteral("other.db — Pépin"));
    CHECK(window.store().database().path() == other);
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK(window.editing().undoStack()->count() == 0);
    CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 0);
    CHECK(MainWindow::recentDatabases().first() == QFileInfo(other).absoluteFilePath());

    // Back to the first one, through the recent list.
    REQUIRE(window.openDatabase(incubator.db.path()));
    CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 1);
    CHECK(MainWindow::recentDatabases()
          == QStringList{QFileInfo(incubator.db.path()).absoluteFilePath(), QFileInfo(other).absoluteFilePath()});
    CHECK(MainWindow::lastDatabase() == QFileInfo(incubator.db.path()).absoluteFilePath());
}

namespace {

// The pages a window's stack shows, by name, in the order they are shown.
class PagesShown : public QObject
{
public:
    explicit PagesShown(MainWindow &window)
        : m_stack(window.pageWidget(QStringLiteral("dashboard"))->parentWidget())
    {
        qApp->installEventFilter(this);
    }
    ~PagesShown() override { qApp->removeEventFilter(this); }

    QStringList names;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->parent() == m_stack)
            names << watched->objectName();
        return false;
    }

private:
    const QWidget *m_stack;
};

} // namespace

TEST_CASE("Another database opens with the page shown alone laid out, and a window closed lays out none", "[ui][window]")
{
    // A stack that loses the page it shows shows the next one: the old Reports page, shown on
    // its way out, laid out its whole report (2.5 s on a network's database).
    Incubator incubator;
    const QString first = incubator.db.path();
    const QString other = incubator.db.file(QStringLiteral("other.db"));
    auto window = std::make_unique<MainWindow>(incubator.db.store(), incubator.clock);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->createDatabase(other));
    bool onOther = true;
    for (const QString &id : {QStringLiteral("planning"), QStringLiteral("dashboard"), QStringLiteral("leases"),
                              QStringLiteral("reports")}) {
        INFO(id.toStdString());
        window->showPage(id);
        PagesShown shown(*window);
        REQUIRE(window->openDatabase(onOther ? first : other));
        onOther = !onOther;
        CHECK(shown.names == QStringList{id});
        CHECK(window->currentPageId() == id);
    }

    window->showPage(QStringLiteral("dashboard"));
    PagesShown shown(*window);
    window.reset();
    CHECK(shown.names.isEmpty());
}

TEST_CASE("A file that is not a usable Pépin database is refused, and the one open stays", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    const QString open = window.store().database().path();

    struct Case
    {
        const char *file;
        const char *reason;
    };
    for (const Case &bad : {Case{"foreign.sqlite", "another program"}, Case{"pepin-newer-schema.db", "newer version"},
                            Case{"not-a-database.csv", "not a Pépin database"}}) {
        INFO(bad.file);
        const QString path = incubator.copyOf(QString::fromLatin1(bad.file));
        const QByteArray before = fileBytes(path);
        incubator.messages.clear();
        const Status opened = window.openDatabase(path);
        REQUIRE_FALSE(opened);
        REQUIRE(incubator.messages.warnings() == 1);
        CHECK(incubator.messages.last().contains(QString::fromUtf8(bad.reason)));
        CHECK(incubator.messages.all().last().text.contains(QStringLiteral("pepin.db stays open")));
        CHECK(window.store().database().path() == open);
        CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 2);
        CHECK(fileBytes(path) == before);
    }
    CHECK_FALSE(window.openDatabase(incubator.db.file(QStringLiteral("missing.db"))));
    CHECK(incubator.messages.last().contains(QStringLiteral("does not exist")));
    CHECK(MainWindow::recentDatabases().isEmpty());
}

TEST_CASE("A read-only database opens read-only, with a bar that says why", "[ui][window]")
{
    Incubator incubator;
    TestDatabase other;
    const QString path = other.path();
    other.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (QFileInfo(path).isWritable()) {
        // tests/core/BadFilesTest.cpp sees it as another account.
        WARN("This account can write read-only files (root): the check cannot be seen here.");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return;
    }
    MainWindow window(incubator.db.store(), incubator.clock);
    CHECK(window.openDatabase(path));
    CHECK(window.store().database().isReadOnly());
    CHECK(window.readOnlyBanner()->isVisibleTo(&window));
    CHECK(window.readOnlyBanner()->text().contains(QStringLiteral("is read-only")));
    CHECK(window.store().database().path() == path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A copy of the database is saved, never over the open one", "[ui][window]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    const QString copy = incubator.db.file(QStringLiteral("copy.db"));
    REQUIRE(window.saveCopy(copy));
    {
        Result<std::unique_ptr<Store>> opened = Store::open(copy, Database::Mode::OpenExisting);
        REQUIRE(opened);
        CHECK((*opened)->companies().size() == 2);
    }
    // Replacing a file the user chose to replace.
    REQUIRE(window.saveCopy(copy));
    CHECK_FALSE(window.saveCopy(incubator.db.path()));
    CHECK(incubator.messages.last().contains(QStringLiteral("open now")));
}
