// SPDX-License-Identifier: GPL-3.0-or-later
// The window when the database cannot be changed, when someone else changed a record, when the
// disk is full; its daily backups and File ▸ Restore from a backup….
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "PlainConnection.h"
#include "Settings.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "commands/Editing.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/StoreTableModel.h"
#include "pages/TablePage.h"
#include "storage/Backups.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

namespace {

struct Incubator : GuiFixture
{
    Company praxys;

    Incubator()
        : GuiFixture(d("2026-11-29"))
    {
        const Site site = addSite(db.store(), QStringLiteral("Ateliers"));
        addOffice(db.store(), site.id, QStringLiteral("B12"));
        praxys = addCompany(db.store(), QStringLiteral("Praxys"));
        addCompany(db.store(), QStringLiteral("Soleas.Net"));
    }

    // Another program on the same file.
    std::unique_ptr<Store> other()
    {
        Result<std::unique_ptr<Store>> opened = Store::open(db.path(), Database::Mode::OpenExisting);
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
};

} // namespace

TEST_CASE("A database open read-only shows a bar that says why, and offers no way to change it", "[ui][safety][read-only]")
{
    Incubator incubator;
    const QString path = incubator.db.path();
    incubator.db.close();
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::Mode::ReadOnly);
    REQUIRE(opened.ok());
    MainWindow window(std::move(opened).value(), incubator.clock);

    QLabel *banner = window.readOnlyBanner();
    CHECK(banner->isVisibleTo(&window));
    CHECK(banner->text().startsWith(QStringLiteral("This database is read-only: it was opened for reading only.")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("pepin.db (read-only)")));
    CHECK_FALSE(window.importAction()->isEnabled());
    CHECK_FALSE(window.restoreAction()->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("new-companies"))->isEnabled());

    // The lists are there to look at and export; nothing on them changes a record.
    TablePage *companies = window.page(QStringLiteral("companies"));
    CHECK(companies->model()->rowCount() == 2);
    CHECK_FALSE(companies->newButton()->isVisibleTo(companies));
    companies->selectRow(0);
    std::unique_ptr<QMenu> menu(companies->createContextMenu());
    for (const char *name : {"remove", "new", "archive"})
        CHECK(menu->findChild<QAction *>(QString::fromLatin1(name)) == nullptr);

    // An editor opened anyway (the planning opens them too) cannot save.
    CompanyEditor editor(window.editing(), incubator.clock, window.store().company(incubator.praxys.id));
    CHECK_FALSE(editor.saveButton()->isEnabled());
    CHECK(editor.problemText(QString()).isEmpty());

    // Preferences still set this desk's settings, not the database's.
    QPointer<SettingsDialog> preferences = window.showPreferences();
    CHECK(preferences->backupsToKeepSpin()->isEnabled());
    CHECK_FALSE(preferences->maxStaySpin()->isEnabled());
    preferences->close();

    // No backup of a database that cannot change.
    const Result<QString> backup = window.backUpToday();
    REQUIRE(backup.ok());
    CHECK(backup->isEmpty());
}

TEST_CASE("A database found damaged after the start turns read-only: its bar and a message say so, nothing is written",
          "[ui][safety][read-only][damaged]")
{
    Incubator incubator;
    const QString path = incubator.db.path();
    incubator.db.close();
    // Damage the page of an index, which neither the open nor the lists read.
    qint64 page = 0;
    {
        PlainConnection file(path);
        page = file.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'companies_name_key'")).toLongLong();
    }
    REQUIRE(page > 1);
    QByteArray bytes = fileBytes(path);
    bytes.replace((page - 1) * 4096, 4096, QByteArray(4096, '\xA5'));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
    }

    {
        Result<std::unique_ptr<Store>> opened = MainWindow::openStore(path, Database::Mode::OpenExisting);
        REQUIRE(opened.ok());
        MainWindow window(std::move(opened).value(), incubator.clock);
        // What can be read is shown.
        CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 2);

        // The verdict comes by itself: the bar, the title and a message say what was found.
        REQUIRE(waitFor([&] { return incubator.messages.warnings() > 0; }));
        REQUIRE(incubator.messages.warnings() == 1);
        INFO(incubator.messages.last().toStdString());
        CHECK(incubator.messages.last().contains(QStringLiteral("pepin.db may be damaged: nothing will be written to it.")));
        CHECK(incubator.messages.last().contains(QStringLiteral("pepin-cli restore")));
        QLabel *banner = window.readOnlyBanner();
        CHECK(banner->isVisibleTo(&window));
        CHECK(banner->text().startsWith(QStringLiteral("This database may be damaged (")));
        CHECK(banner->text().contains(window.store().database().damage()));
        CHECK(window.windowTitle().startsWith(QStringLiteral("pepin.db (read-only)")));
        CHECK_FALSE(window.importAction()->isEnabled());

        // A change is refused, with the reason.
        Company praxys = *window.store().company(incubator.praxys.id);
        praxys.phone = QStringLiteral("03 27 00 00 00");
        const Result<Company> saved = window.store().updateCompany(praxys);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().message().contains(QStringLiteral("it may be damaged")));
    }
    CHECK(byteDifference(fileBytes(path), bytes) == QString());
}

TEST_CASE("A read-write database shows no bar", "[ui][safety][read-only]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    CHECK_FALSE(window.readOnlyBanner()->isVisibleTo(&window));
    CHECK(window.importAction()->isEnabled());
    CHECK(window.windowTitle().startsWith(QStringLiteral("pepin.db —")));
}

TEST_CASE("A save refused because someone else changed the record offers to reload it", "[ui][safety][stale]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    auto *editor = new CompanyEditor(window.editing(), incubator.clock, incubator.db->company(incubator.praxys.id), &window);
    editor->phoneEdit()->setText(QStringLiteral("03 27 00 00 01"));
    editor->contactEdit()->setText(QStringLiteral("Claire Dumont"));

    // Meanwhile, pepin-cli or another window changes the same company.
    std::unique_ptr<Store> other = incubator.other();
    Company there = *other->company(incubator.praxys.id);
    there.phone = QStringLiteral("03 27 99 99 99");
    REQUIRE(other->updateCompany(there).ok());

    SECTION("kept as typed, so that it can be copied")
    {
        MessageBox::setNextAnswer(false);
        CHECK_FALSE(editor->save());
        REQUIRE(incubator.messages.questions() == 1);
        const MessageBox::Message asked = incubator.messages.all().last();
        CHECK(asked.text == QStringLiteral("Someone else changed this record since you opened it: your changes were not saved."));
        CHECK(asked.details.contains(QStringLiteral("The company Praxys was changed or removed elsewhere")));
        CHECK(editor->phoneEdit()->text() == QStringLiteral("03 27 00 00 01"));
        CHECK(editor->contactEdit()->text() == QStringLiteral("Claire Dumont"));
        CHECK(editor->problemText(QString()).contains(QStringLiteral("nothing was overwritten")));
        CHECK(incubator.db->company(incubator.praxys.id)->phone == QStringLiteral("03 27 99 99 99"));
    }
    SECTION("reloaded, then saved again from the record as it is now")
    {
        MessageBox::setNextAnswer(true);
        CHECK_FALSE(editor->save());
        CHECK(editor->phoneEdit()->text() == QStringLiteral("03 27 99 99 99"));
        CHECK(editor->contactEdit()->text().isEmpty());
        CHECK(editor->problemText(QString()).isEmpty());
        editor->contactEdit()->setText(QStringLiteral("Claire Dumont"));
        CHECK(editor->save());
        const Company stored = *incubator.db->company(incubator.praxys.id);
        CHECK(stored.phone == QStringLiteral("03 27 99 99 99"));
        CHECK(stored.contact == QStringLiteral("Claire Dumont"));
    }
}

TEST_CASE("A full disk: the editor stays open with what was typed, and says why", "[ui][safety][full]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    Database &db = incubator.db->database();
    Result<QSqlQuery> pages = db.run(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(pages->next());
    const qint64 pageCount = pages->value(0).toLongLong();
    REQUIRE(db.run(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount)).ok());

    auto *editor = new CompanyEditor(window.editing(), incubator.clock, incubator.db->company(incubator.praxys.id), &window);
    const QString notes(100000, QLatin1Char('n'));
    editor->notesEdit()->setPlainText(notes);
    CHECK_FALSE(editor->save());
    CHECK(editor->result() != QDialog::Accepted);
    CHECK(editor->notesEdit()->toPlainText() == notes);
    CHECK(editor->problemText(QString()).contains(QStringLiteral("is full: the change was not saved")));
    CHECK(incubator.db->company(incubator.praxys.id)->notes.isEmpty());
    CHECK_FALSE(window.editing().undoStack()->canUndo());

    // Room made: the same form saves.
    REQUIRE(db.run(QStringLiteral("PRAGMA max_page_count = %1").arg(pageCount * 1000)).ok());
    CHECK(editor->save());
    CHECK(incubator.db->company(incubator.praxys.id)->notes == notes);
}

TEST_CASE("Opening a database backs it up once a day, keeping as many as the preferences say", "[ui][safety][backup]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    TestDatabase other;
    const QString path = other.path();
    other.close();

    CHECK(Settings().backupsToKeep() == 7);
    Settings().setBackupsToKeep(2);
    REQUIRE(window.openDatabase(path));
    const Backups backups(path);
    REQUIRE(backups.list().size() == 1);
    CHECK(backups.list().first().path == backups.dailyPath(d("2026-11-29")));
    CHECK(window.backUpToday()->isEmpty());

    // The preferences say how many, from none to a year's.
    QPointer<SettingsDialog> preferences = window.showPreferences();
    CHECK(preferences->backupsToKeepSpin()->value() == 2);
    preferences->backupsToKeepSpin()->setValue(0);
    REQUIRE(preferences->apply());
    preferences->close();
    CHECK(Settings().backupsToKeep() == 0);
}

TEST_CASE("File ▸ Restore from a backup lists the backups, asks, restores and reopens the window", "[ui][safety][restore]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    REQUIRE(window.backUpToday().ok());
    // Work done since the backup.
    addCompany(incubator.db.store(), QStringLiteral("Added since"));
    REQUIRE(window.page(QStringLiteral("companies"))->model()->rowCount() == 3);

    QPointer<RestoreDialog> dialog = window.restoreBackup();
    QTreeWidget *list = dialog->list();
    REQUIRE(list->topLevelItemCount() == 1);
    const QTreeWidgetItem *item = list->topLevelItem(0);
    CHECK(item->text(1) == QStringLiteral("Daily backup"));
    CHECK(item->text(2) == QStringLiteral("%1 kB").arg(QFileInfo(dialog->chosen()).size() / 1024.0, 0, 'f', 1));
    CHECK(dialog->chosen() == Backups(incubator.db.path()).dailyPath(d("2026-11-29")));

    SECTION("answered no: nothing changes")
    {
        CHECK_FALSE(dialog->restore());
        CHECK(incubator.messages.all().last().text.startsWith(QStringLiteral("Replace the data of pepin.db with the backup of")));
        CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 3);
        CHECK(dialog->isVisible());
    }
    SECTION("answered yes: the window shows the backup's data, and what it replaced is a backup of its own")
    {
        MessageBox::setNextAnswer(true);
        CHECK(dialog->restore());
        CHECK((dialog.isNull() || !dialog->isVisible()));
        CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 2);
        CHECK_FALSE(window.store().companyByName(QStringLiteral("Added since")).has_value());
        CHECK_FALSE(window.editing().undoStack()->canUndo());
        const QList<Backups::Entry> entries = Backups(incubator.db.path()).list();
        REQUIRE(entries.size() == 2);
        CHECK(entries.first().kind == Backups::Kind::BeforeRestore);
    }
    SECTION("a file that is no backup is refused and the database kept")
    {
        dialog->chooseFile(QStringLiteral(PEPIN_TEST_DATA "/foreign.sqlite"));
        MessageBox::setNextAnswer(true);
        CHECK(dialog->restore());
        CHECK(incubator.messages.last().contains(QStringLiteral("another program")));
        CHECK(window.page(QStringLiteral("companies"))->model()->rowCount() == 3);
        CHECK(dialog->isVisible());
    }
}
