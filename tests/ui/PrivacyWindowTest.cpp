// SPDX-License-Identifier: GPL-3.0-or-later
// The change history window, the personal data of a company (its export and its erasure from
// the Companies page), the list of former tenants due for erasure, and how long personal data is
// kept, set in Preferences (issue 10).
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "commands/Editing.h"
#include "commands/PersonalDataErasure.h"
#include "commands/RemoveCommand.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/FormerTenantsDialog.h"
#include "dialogs/HistoryWindow.h"
#include "dialogs/PrivacyGroup.h"
#include "dialogs/SettingsDialog.h"
#include "models/CompanyTableModel.h"
#include "models/HistoryModel.h"
#include "pages/TablePage.h"
#include "service/PersonalData.h"
#include "util/Format.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

namespace {

const QString praxysEmail = QStringLiteral("claire@praxys.example.org");

// Praxys, a former tenant whose contact, lease and application hold personal data, and
// Soleas.Net, a tenant today.
struct Incubator : GuiFixture
{
    Site site;
    Office b12, b14;
    Company praxys, soleas;
    Lease praxysLease;
    Application praxysApplication;

    Incubator()
        : GuiFixture(d("2026-11-29"))
    {
        Store &store = db.store();
        site = addSite(store, QStringLiteral("Ateliers"));
        b12 = addOffice(store, site.id, QStringLiteral("B12"));
        b14 = addOffice(store, site.id, QStringLiteral("B14"));
        praxys = addCompany(store, QStringLiteral("Praxys"), QStringLiteral("IT services"));
        praxys.contact = QStringLiteral("Claire Dumont");
        praxys.email = praxysEmail;
        praxys.phone = QStringLiteral("03 27 00 51 61");
        praxys.notes = QStringLiteral("Claire prefers calls on Mondays");
        praxys = *store.updateCompany(praxys);
        praxysLease = addLease(store, praxys.id, b12.id, d("2018-01-01"), d("2020-12-31"));
        praxysLease.notes = QStringLiteral("Keys handed to Claire");
        praxysLease = *store.updateLease(praxysLease);
        Application application;
        application.companyId = praxys.id;
        application.status = ApplicationStatus::Accepted;
        application.receivedOn = d("2017-10-02");
        application.committeeDate = d("2017-11-15");
        application.decision = QStringLiteral("Accepted after Claire's presentation");
        application.notes = QStringLiteral("Claire's mobile: 06 00 00 00 00");
        praxysApplication = *store.addApplication(application);
        soleas = addCompany(store, QStringLiteral("Soleas.Net"));
        soleas.contact = QStringLiteral("Julien Lefebvre");
        soleas = *store.updateCompany(soleas);
        addLease(store, soleas.id, b14.id, d("2024-01-01"));
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

// Triggers the entry `name` of the context menu of the record's row; false when not offered.
bool triggerOnCompany(MainWindow &window, Id companyId, const char *name)
{
    TablePage *page = window.page(QStringLiteral("companies"));
    page->selectRow(rowOfCompany(page, companyId));
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    QAction *action = menuAction(*menu, name);
    if (!action)
        return false;
    action->trigger();
    return true;
}

QString cell(const HistoryModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// Every entry the window lists, with its details as shown.
QString everyDetail(HistoryWindow &history)
{
    QString all;
    for (int row = 0; row < history.model()->rowCount(); ++row) {
        history.selectRow(row);
        all += history.details()->toPlainText() + QLatin1Char('\n');
    }
    return all;
}

int rowsWith(const QList<QByteArray> &rows, const QByteArray &part)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&](const QByteArray &row) { return row.contains(part); }));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// What a company holds now, field by field.
struct Held
{
    QString contact, email, phone, notes, leaseNotes, decision, applicationNotes;
};

Held heldAbout(Incubator &incubator)
{
    Store &store = incubator.db.store();
    const Company company = *store.company(incubator.praxys.id);
    const Lease lease = *store.lease(incubator.praxysLease.id);
    const Application application = *store.application(incubator.praxysApplication.id);
    return {company.contact, company.email, company.phone, company.notes, lease.notes, application.decision, application.notes};
}

} // namespace

TEST_CASE("The history window lists an edit made in the company editor, with each field before and after", "[ui][history]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    HistoryWindow *history = window.showHistory();
    QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = history->model()->rowCount();
    CHECK(before == 11); // 2 offices, 1 site, 2 companies (and their edits), 2 leases (one edited), 1 application

    TablePage *page = window.page(QStringLiteral("companies"));
    auto *editor = qobject_cast<CompanyEditor *>(window.editRecord(QStringLiteral("companies"), rowOfCompany(page, incubator.praxys.id)));
    REQUIRE(editor);
    editor->emailEdit()->setText(QStringLiteral("contact@praxys.fr"));
    editor->phoneEdit()->setText(QString());
    REQUIRE(editor->save());
    // The window was open: it reads the history again once the change is announced.
    QCoreApplication::processEvents();

    const HistoryModel &model = *history->model();
    REQUIRE(model.rowCount() == before + 1);
    CHECK(cell(model, 0, HistoryModel::Action) == QStringLiteral("Changed"));
    CHECK(cell(model, 0, HistoryModel::RecordType) == QStringLiteral("Company"));
    CHECK(cell(model, 0, HistoryModel::Record) == QStringLiteral("Praxys"));
    CHECK(cell(model, 0, HistoryModel::User) == AuditLog::currentUser());
    CHECK(cell(model, 0, HistoryModel::When) == HistoryModel::whenText(model.entry(0).at));
    CHECK(cell(model, 0, HistoryModel::When).size() == 16); // "29/11/2026 14:03" or "11/29/2026 14:03"

    // The newest is chosen: the two fields it changed, and only those.
    CHECK(history->view()->currentIndex().row() == 0);
    const QString details = history->details()->toPlainText();
    CHECK(details.contains(QStringLiteral("Changed: Company Praxys")));
    CHECK(details.contains(QStringLiteral("Email\n%1\ncontact@praxys.fr").arg(praxysEmail)));
    CHECK(details.contains(QStringLiteral("Phone\n03 27 00 51 61\n")));
    CHECK_FALSE(details.contains(QStringLiteral("Contact")));
    CHECK(history->statusLabel()->text() == QStringLiteral("%1 changes").arg(before + 1));

    // Nothing in the window writes.
    CHECK(history->details()->isReadOnly());
}

TEST_CASE("The history window is filtered on a record from its row, on a kind, a user, a period and a name", "[ui][history]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    REQUIRE(triggerOnCompany(window, incubator.praxys.id, "history"));
    auto *history = window.findChild<HistoryWindow *>(QStringLiteral("history"));
    REQUIRE(history);
    CHECK(history->isVisible());
    CHECK(history->showsOneRecord());
    CHECK(history->recordBar()->text() == QStringLiteral("Only the changes to Praxys (company)."));
    const HistoryModel &model = *history->model();
    // Added, then its contact filled in: the lease and the application are records of their own.
    REQUIRE(model.rowCount() == 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.entry(row).entity == QStringLiteral("company"));
        CHECK(model.entry(row).recordId == incubator.praxys.id);
    }
    CHECK(cell(model, 0, HistoryModel::Action) == QStringLiteral("Changed"));
    CHECK(cell(model, 1, HistoryModel::Action) == QStringLiteral("Added"));

    // The menu names the record.
    {
        TablePage *page = window.page(QStringLiteral("companies"));
        page->selectRow(rowOfCompany(page, incubator.soleas.id));
        std::unique_ptr<QMenu> menu(page->createContextMenu());
        CHECK(menuAction(*menu, "history")->text() == QStringLiteral("History of Soleas.Net"));
    }
    {
        TablePage *page = window.page(QStringLiteral("leases"));
        page->selectRow(0);
        std::unique_ptr<QMenu> menu(page->createContextMenu());
        REQUIRE(menuAction(*menu, "history"));
        menuAction(*menu, "history")->trigger();
        REQUIRE(model.rowCount() >= 1);
        CHECK(model.entry(0).entity == QStringLiteral("lease"));
    }

    // File ▸ Change history shows every record again.
    window.historyAction()->trigger();
    CHECK_FALSE(history->showsOneRecord());
    CHECK_FALSE(history->recordBar()->isVisible());
    const int all = model.rowCount();
    CHECK(all == 11);

    history->typeCombo()->setCurrentIndex(history->typeCombo()->findData(QStringLiteral("office")));
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, HistoryModel::Record) == QStringLiteral("B14 (Ateliers)"));
    CHECK(cell(model, 1, HistoryModel::Record) == QStringLiteral("B12 (Ateliers)"));
    history->typeCombo()->setCurrentIndex(0);

    // The name, case and accents aside.
    history->searchField()->setText(QStringLiteral("SOLÉAS"));
    history->reload();
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, 0, HistoryModel::Record) == QStringLiteral("Soleas.Net in B14 (Ateliers)"));
    CHECK(cell(model, 1, HistoryModel::Record) == QStringLiteral("Soleas.Net"));
    CHECK(cell(model, 2, HistoryModel::Record) == QStringLiteral("Soleas.Net"));
    history->searchField()->clear();
    history->reload();
    CHECK(model.rowCount() == all);

    // Every change was made by this account, today.
    const int me = history->userCombo()->findData(AuditLog::currentUser());
    REQUIRE(me > 0);
    history->userCombo()->setCurrentIndex(me);
    CHECK(model.rowCount() == all);
    history->userCombo()->setCurrentIndex(0);
    history->fromField()->setDate(QDate::currentDate().addDays(1));
    CHECK(model.rowCount() == 0);
    CHECK(history->statusLabel()->text() == QStringLiteral("No change matches these filters."));
    CHECK_FALSE(history->exportButton()->isEnabled());
    history->fromField()->setDate(QDate::currentDate());
    CHECK(model.rowCount() == all);
    history->toField()->setDate(QDate::currentDate().addDays(-1));
    CHECK(model.rowCount() == 0);
    history->fromField()->setDate({});
    history->toField()->setDate({});
    CHECK(model.rowCount() == all);

    // The newest only, and said.
    history->setLimit(4);
    CHECK(model.rowCount() == 4);
    CHECK(history->hasMore());
    CHECK(history->statusLabel()->text().startsWith(QStringLiteral("The 4 newest changes are shown")));
    history->setLimit(all);
    CHECK_FALSE(history->hasMore());
    CHECK(history->statusLabel()->text() == QStringLiteral("%1 changes").arg(all));
}

TEST_CASE("The history is exported to CSV as filtered, in either preset", "[ui][history][csv]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    Company changed = *incubator.db->company(incubator.praxys.id);
    changed.email = QStringLiteral("contact@praxys.fr");
    REQUIRE(incubator.db->updateCompany(changed));

    HistoryWindow *history = window.showHistory(QStringLiteral("company"), incubator.praxys.id, QStringLiteral("Praxys"));
    history->setLimit(1); // the export is not limited to what the window lists
    history->presetCombo()->setCurrentIndex(history->presetCombo()->findData(int(CsvFormat::Preset::Standard)));
    const QString path = incubator.db.file(QStringLiteral("history.csv"));
    REQUIRE(history->exportTo(path));
    CHECK(incubator.messages.last().startsWith(QStringLiteral("3 changes written to ")));

    const QList<QByteArray> lines = readAll(path).split('\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines.first() == "at,user,program,action,entity,record_id,label,field,before,after\r");
    QList<QByteArray> rows;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty() && line != lines.first())
            rows << line.chopped(1);
    }
    // Praxys only: one row per field each of its three changes set or changed.
    for (const QByteArray &row : std::as_const(rows))
        CHECK(row.contains(QByteArray(",company,") + QByteArray::number(incubator.praxys.id) + ",Praxys,"));
    const QByteArray user = AuditLog::currentUser().toUtf8();
    const QByteArray newest = rows.first();
    CHECK(newest.endsWith(",pepin-tests,update,company," + QByteArray::number(incubator.praxys.id) + ",Praxys,email,"
                          + praxysEmail.toUtf8() + ",contact@praxys.fr"));
    CHECK(newest.mid(24).startsWith("," + user + ",")); // after "2026-11-29T14:03:00.000Z"
    CHECK(rowsWith(rows, ",update,") == 1 + 4); // the email now; the contact, email, phone and notes before
    CHECK(rowsWith(rows, ",add,") >= 2);        // name, sector…

    // Excel (France): a BOM, semicolons, the words of the interface.
    history->presetCombo()->setCurrentIndex(history->presetCombo()->findData(int(CsvFormat::Preset::ExcelFrance)));
    REQUIRE(history->exportTo(path));
    const QByteArray excel = readAll(path);
    CHECK(excel.startsWith("\xEF\xBB\xBFWhen;User;Program;Action;Record type;Record no.;Record;Field;Before;After\r\n"));
    CHECK(excel.contains(";Changed;Company;" + QByteArray::number(incubator.praxys.id) + ";Praxys;Email;" + praxysEmail.toUtf8()
                         + ";contact@praxys.fr\r\n"));

    // A file that cannot be written: said, and nothing else touched.
    CHECK_FALSE(history->exportTo(incubator.db.file(QStringLiteral("missing/folder/history.csv"))));
    CHECK(incubator.messages.last().startsWith(QStringLiteral("Nothing was exported.")));
}

TEST_CASE("Erasing a company's personal data from the Companies page blanks it, here and in the history, for good",
          "[ui][privacy]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    // An earlier change that undo could take back: the removal of a lease that held notes.
    const Lease other = addLease(incubator.db.store(), incubator.praxys.id, incubator.b12.id, d("2021-01-01"), d("2021-06-30"));
    Lease noted = other;
    noted.notes = QStringLiteral("Claire's spare key");
    noted = *incubator.db->updateLease(noted);
    REQUIRE(window.editing().push(std::make_unique<RemoveCommand<Lease>>(window.editing(), noted)));
    CHECK(window.undoAction()->isEnabled());
    HistoryWindow *history = window.showHistory();
    CHECK(everyDetail(*history).contains(praxysEmail));

    // Asked first; "no" leaves everything.
    REQUIRE(triggerOnCompany(window, incubator.praxys.id, "erasePersonalData"));
    REQUIRE(incubator.messages.questions() == 1);
    const MessageBox::Message question = incubator.messages.all().last();
    CHECK(question.text == QStringLiteral("Erase the personal data of Praxys?"));
    CHECK(question.details.contains(QStringLiteral("the company's contact, email, phone and notes, the notes of its leases, "
                                                   "the notes and decisions of its applications")));
    CHECK(question.details.contains(QStringLiteral("Kept: its name, SIRET, sector, headcounts, leases, dates and figures")));
    CHECK(question.details.contains(QStringLiteral("This cannot be undone: Edit ▸ Undo does not bring the data back")));
    CHECK(question.details.contains(QStringLiteral("Backups made before now still hold the data")));
    CHECK(heldAbout(incubator).email == praxysEmail);
    CHECK(window.undoAction()->isEnabled());

    MessageBox::setNextAnswer(true);
    REQUIRE(triggerOnCompany(window, incubator.praxys.id, "erasePersonalData"));
    const Held held = heldAbout(incubator);
    CHECK(held.contact.isEmpty());
    CHECK(held.email.isEmpty());
    CHECK(held.phone.isEmpty());
    CHECK(held.notes.isEmpty());
    CHECK(held.leaseNotes.isEmpty());
    CHECK(held.decision.isEmpty());
    CHECK(held.applicationNotes.isEmpty());
    const Company kept = *incubator.db->company(incubator.praxys.id);
    CHECK(kept.name == QStringLiteral("Praxys"));
    CHECK(kept.sectorId == incubator.praxys.sectorId);
    CHECK(incubator.db->leasesOfCompany(incubator.praxys.id).size() == 1);
    CHECK(incubator.db->company(incubator.soleas.id)->contact == QStringLiteral("Julien Lefebvre"));

    // Nothing done before can write it back: the removed lease's notes stay gone.
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK(window.editing().undoStack()->count() == 0);

    // The history says that it was done, and no longer holds what was erased.
    QCoreApplication::processEvents();
    CHECK(cell(*history->model(), 0, HistoryModel::Action) == QStringLiteral("Personal data erased"));
    history->selectRow(0);
    CHECK(history->details()->toPlainText().contains(
        QStringLiteral("Fields erased\n\nCompany: Contact, Email, Phone, Notes; Lease: Notes; Application: Decision, Notes")));
    const QString shown = everyDetail(*history);
    for (const QString &gone : {praxysEmail, QStringLiteral("Claire Dumont"), QStringLiteral("Keys handed to Claire"),
                                QStringLiteral("Claire's spare key"), QStringLiteral("Accepted after Claire's presentation")})
    {
        INFO(gone.toStdString());
        CHECK_FALSE(shown.contains(gone));
    }
    CHECK(shown.contains(QStringLiteral("Julien Lefebvre")));
    history->presetCombo()->setCurrentIndex(history->presetCombo()->findData(int(CsvFormat::Preset::Standard)));
    REQUIRE(history->exportTo(incubator.db.file(QStringLiteral("after.csv"))));
    CHECK_FALSE(readAll(incubator.db.file(QStringLiteral("after.csv"))).contains(praxysEmail.toUtf8()));

    // Nothing left to erase: not offered again.
    CHECK_FALSE(triggerOnCompany(window, incubator.praxys.id, "erasePersonalData"));
    // A tenant's can be erased too, on request; the question says that it is still here.
    REQUIRE(triggerOnCompany(window, incubator.soleas.id, "erasePersonalData"));
    CHECK(incubator.messages.all().last().details.startsWith(
        QStringLiteral("Soleas.Net has not left the incubator: its contact will have to be typed again.")));
    CHECK(incubator.db->company(incubator.soleas.id)->contact == QStringLiteral("Julien Lefebvre"));
}

TEST_CASE("A company's personal data is exported as indented JSON", "[ui][privacy]")
{
    Incubator incubator;
    MainWindow window(incubator.db.store(), incubator.clock);
    const QString path = incubator.db.file(QStringLiteral("Praxys - personal data.json"));
    REQUIRE(window.exportPersonalData(incubator.praxys.id, path));
    CHECK(incubator.messages.last().startsWith(QStringLiteral("What Pépin holds about Praxys was saved to ")));

    const QByteArray bytes = readAll(path);
    CHECK(bytes.contains("\n    \"company\": {\n")); // indented
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    CHECK(document.value(QStringLiteral("company")).toObject().value(QStringLiteral("email")).toString() == praxysEmail);
    CHECK(document.value(QStringLiteral("leases")).toArray().size() == 1);
    CHECK(document.value(QStringLiteral("applications")).toArray().size() == 1);
    CHECK(document.value(QStringLiteral("history")).toArray().size() == 5); // added and changed, the lease twice, the application

    // Offered from the row, on a read-only database too.
    const QString database = incubator.db.path();
    incubator.db.close();
    Result<std::unique_ptr<Store>> readOnly = Store::open(database, Database::Mode::ReadOnly);
    REQUIRE(readOnly.ok());
    MainWindow looking(std::move(readOnly).value(), incubator.clock);
    TablePage *page = looking.page(QStringLiteral("companies"));
    page->selectRow(rowOfCompany(page, incubator.praxys.id));
    std::unique_ptr<QMenu> menu(page->createContextMenu());
    CHECK(menuAction(*menu, "history"));
    CHECK(menuAction(*menu, "exportPersonalData"));
    CHECK_FALSE(menuAction(*menu, "erasePersonalData"));
    CHECK(looking.historyAction()->isEnabled());
    QPointer<FormerTenantsDialog> due = looking.showFormerTenants();
    CHECK(due->listedCompanies() == QList<Id>{incubator.praxys.id});
    CHECK_FALSE(due->eraseButton()->isEnabled());
    CHECK_FALSE(due->changePolicyButton()->isEnabled());
    bool said = false;
    for (const QLabel *label : due->findChildren<QLabel *>())
        said = said || (label->isVisibleTo(due) && label->text().startsWith(QStringLiteral("This database is read-only")));
    CHECK(said);
    due->close();
    QPointer<SettingsDialog> preferences = looking.showPreferences();
    CHECK_FALSE(preferences->privacyGroup()->isEnabled());
    preferences->close();
}

TEST_CASE("The former tenants due for erasure are those gone longer than the policy with data still held", "[ui][privacy]")
{
    GuiFixture fixture(d("2026-11-29"));
    Store &store = fixture.db.store();
    const Site site = addSite(store, QStringLiteral("Ateliers"));
    const Office office = addOffice(store, site.id, QStringLiteral("A1"), 60, 10, OfficeKind::Shared);
    auto company = [&](const QString &name, QDate start, QDate end, bool personal = true) {
        Company made = addCompany(store, name);
        if (personal) {
            made.contact = name + QStringLiteral(" contact");
            made = *store.updateCompany(made);
        }
        addLease(store, made.id, office.id, start, end, 1);
        return made;
    };
    // Five years before 29/11/2026 is 29/11/2021: gone on that day or before.
    const Company longGone = company(QStringLiteral("Logis Soft"), d("2015-01-01"), d("2019-10-31"));
    const Company onTheDay = company(QStringLiteral("Scriptura"), d("2019-01-01"), d("2021-11-29"));
    company(QStringLiteral("Datapole"), d("2019-01-01"), d("2021-11-30"));                // a day too recent
    company(QStringLiteral("Praxys"), d("2023-10-01"), {});                              // a tenant
    company(QStringLiteral("Anonymous"), d("2010-01-01"), d("2012-12-31"), false);       // nothing held
    Company exited = company(QStringLiteral("Pixel Nord"), d("2017-11-01"), d("2021-04-30"));
    exited.exitDate = d("2021-04-30");
    exited = *store.updateCompany(exited);

    MainWindow window(store, fixture.clock);
    QPointer<FormerTenantsDialog> dialog = window.showFormerTenants();
    REQUIRE(dialog);
    CHECK(dialog->listedCompanies() == QList<Id>{longGone.id, exited.id, onTheDay.id});
    CHECK(dialog->checkedCompanies() == dialog->listedCompanies());
    CHECK(dialog->policyLabel()->text() == QStringLiteral("The incubator keeps personal data 5 years after a company leaves."));
    const QTreeWidgetItem *first = dialog->list()->topLevelItem(0);
    CHECK(first->text(0) == QStringLiteral("Logis Soft"));
    CHECK(first->text(1) == Format().date(d("2019-10-31")));
    CHECK(first->text(2) == QStringLiteral("7 years"));
    CHECK(dialog->list()->topLevelItem(2)->text(2) == QStringLiteral("5 years"));
    CHECK(FormerTenantsDialog::yearsSince(d("2021-11-30"), d("2026-11-29")) == 4);
    // Born on 29 February, a year older on 28 February (QDate::addYears).
    CHECK(FormerTenantsDialog::yearsSince(d("2020-02-29"), d("2026-02-27")) == 5);
    CHECK(FormerTenantsDialog::yearsSince(d("2020-02-29"), d("2026-02-28")) == 6);

    // Pixel Nord kept; the two others erased in one step.
    dialog->list()->topLevelItem(1)->setCheckState(0, Qt::Unchecked);
    CHECK(dialog->checkedCompanies() == QList<Id>{longGone.id, onTheDay.id});
    CHECK_FALSE(dialog->erase()); // "no"
    CHECK(fixture.messages.all().last().text == QStringLiteral("Erase the personal data of these 2 companies?"));
    CHECK(fixture.messages.all().last().details.startsWith(QStringLiteral("Logis Soft and Scriptura.")));
    CHECK(store.company(longGone.id)->contact == QStringLiteral("Logis Soft contact"));
    MessageBox::setNextAnswer(true);
    REQUIRE(dialog->erase());
    CHECK(store.company(longGone.id)->contact.isEmpty());
    CHECK(store.company(onTheDay.id)->contact.isEmpty());
    CHECK(store.company(exited.id)->contact == QStringLiteral("Pixel Nord contact"));
    CHECK(dialog->listedCompanies() == QList<Id>{exited.id});
    CHECK(dialog->resultLabel()->text() == QStringLiteral("The personal data of 2 companies was erased."));

    // A shorter policy, set in Preferences from the dialog, lists more.
    dialog->changePolicyButton()->click();
    auto *preferences = dialog->findChild<SettingsDialog *>();
    REQUIRE(preferences);
    preferences->privacyGroup()->keepYearsSpin()->setValue(4);
    REQUIRE(preferences->apply());
    CHECK(dialog->policyLabel()->text() == QStringLiteral("The incubator keeps personal data 4 years after a company leaves."));
    CHECK(dialog->listedCompanies().contains(store.companyByName(QStringLiteral("Datapole"))->id));
    preferences->close();
    dialog->close();
}

TEST_CASE("How long personal data is kept is set in Preferences and kept in the database", "[ui][privacy][settings]")
{
    Incubator incubator;
    {
        Editing editing(incubator.db.store());
        SettingsDialog dialog(editing);
        QSpinBox *years = dialog.privacyGroup()->keepYearsSpin();
        CHECK(years->value() == PersonalData::defaultKeepYears);
        CHECK(years->minimum() == 0);
        CHECK(years->maximum() == 100);
        CHECK(years->suffix() == QStringLiteral(" years"));
        years->setValue(3);
        REQUIRE(dialog.apply());
    }
    CHECK(incubator.db->personalDataKeepYears() == 3);
    incubator.db.reopen();
    CHECK(incubator.db->personalDataKeepYears() == 3);
    Editing editing(incubator.db.store());
    SettingsDialog again(editing);
    CHECK(again.privacyGroup()->keepYearsSpin()->value() == 3);
    // Recorded in the history.
    AuditLog::Filter filter;
    filter.entity = QStringLiteral("incubator");
    const Result<QList<AuditEntry>> entries = incubator.db->history().entries(filter);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().action == AuditAction::Setting);
    CHECK(entries->first().after.value(QStringLiteral("keep_years")).toInt() == 3);
    // Unchanged: nothing written.
    REQUIRE(again.apply());
    CHECK(incubator.db->history().entries(filter)->size() == 1);
}

TEST_CASE("The history window follows the window to another database", "[ui][history]")
{
    Incubator incubator;
    TestDatabase other;
    addCompany(other.store(), QStringLiteral("Amito"));
    const QString otherPath = other.path();
    other.close();

    MainWindow window(incubator.db.store(), incubator.clock);
    HistoryWindow *history = window.showHistory(QStringLiteral("company"), incubator.praxys.id, QStringLiteral("Praxys"));
    REQUIRE(window.openDatabase(otherPath));
    CHECK_FALSE(history->showsOneRecord());
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(cell(*history->model(), 0, HistoryModel::Record) == QStringLiteral("Amito"));
    CHECK(history->windowTitle().endsWith(QStringLiteral("pepin.db")));
    // And reads the changes made there.
    addCompany(window.store(), QStringLiteral("Ludika"));
    QCoreApplication::processEvents();
    CHECK(history->model()->rowCount() == 2);
}
