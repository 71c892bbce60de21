// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "Builders.h"
#include "EditingSupport.h"
#include "MainWindow.h"
#include "ScopedLanguage.h"
#include "Settings.h"
#include "TestDatabase.h"
#include "commands/AddCommand.h"
#include "commands/CommandText.h"
#include "commands/Editing.h"
#include "demo/DemoData.h"
#include "dialogs/CompanyEditor.h"
#include "dialogs/IdentityGroup.h"
#include "dialogs/SettingsDialog.h"
#include "models/CompanyTableModel.h"
#include "models/OfficeTableModel.h"
#include "pages/DashboardPage.h"
#include "pages/TablePage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace pepin;
using namespace pepin::test;

namespace {

// A site with its default policy, an office and a tenant, in a window, with settings of its own.
struct Incubator : GuiFixture
{
    Site site;
    std::unique_ptr<MainWindow> window;

    Incubator()
        : GuiFixture(d("2026-03-01"))
    {
        site = addSite(db.store(), QStringLiteral("Ateliers"));
        const Office a01 = addOffice(db.store(), site.id, QStringLiteral("A01"));
        const Company alpha = addCompany(db.store(), QStringLiteral("Alpha"));
        addLease(db.store(), alpha.id, a01.id, d("2025-01-01"));
        window = std::make_unique<MainWindow>(db.store(), clock);
    }

    QUndoStack &stack() { return *window->editing().undoStack(); }

    SettingsDialog *preferences()
    {
        QPointer<SettingsDialog> dialog = window->showPreferences();
        REQUIRE(dialog);
        return dialog;
    }
};

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QStringList shownTexts(const TablePage &page, int column)
{
    QStringList texts;
    const QAbstractItemModel *proxy = page.view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row)
        texts << proxy->index(row, column).data().toString();
    texts.sort();
    return texts;
}

} // namespace

TEST_CASE("The desk's settings round-trip through QSettings, with defaults for what is missing or unusable", "[ui][settings]")
{
    ScopedSettings scoped;
    {
        const Settings fresh;
        CHECK(fresh.language().isEmpty());
        CHECK(fresh.alertMonths() == 6);
        CHECK_FALSE(fresh.hasCsvPreset());
        // The tests run in English: the preset a spreadsheet of that language reads.
        CHECK(fresh.csvPreset() == CsvFormat::Preset::Standard);
        CHECK(fresh.tableHeaderState(QStringLiteral("companies")).isEmpty());
    }
    {
        Settings settings;
        settings.setLanguage(QStringLiteral("fr"));
        settings.setAlertMonths(3);
        settings.setCsvPreset(CsvFormat::Preset::ExcelFrance);
        settings.setTableHeaderState(QStringLiteral("offices"), QByteArray("state"));
        settings.setLastPage(QStringLiteral("leases"));
    }
    {
        const Settings read;
        CHECK(read.language() == QStringLiteral("fr"));
        CHECK(read.alertMonths() == 3);
        CHECK(read.hasCsvPreset());
        CHECK(read.csvPreset() == CsvFormat::Preset::ExcelFrance);
        CHECK(read.tableHeaderState(QStringLiteral("offices")) == QByteArray("state"));
        CHECK(read.tableHeaderState(QStringLiteral("companies")).isEmpty());
        CHECK(read.lastPage() == QStringLiteral("leases"));
    }
    {
        // Written by hand, or by another version: what cannot be used is not.
        QSettings raw;
        raw.setValue(QStringLiteral("interface/language"), QStringLiteral("de"));
        raw.setValue(QStringLiteral("alerts/months"), 999);
        raw.setValue(QStringLiteral("export/csvPreset"), QStringLiteral("lotus"));
    }
    const Settings unusable;
    CHECK(unusable.language().isEmpty());
    CHECK(unusable.alertMonths() == 6);
    CHECK_FALSE(unusable.hasCsvPreset());
    Settings().setAlertMonths(-4);
    CHECK(Settings().alertMonths() == 0);
    Settings().setLanguage(QString());
    CHECK(QSettings().value(QStringLiteral("interface/language")).isNull());
}

TEST_CASE("Preferences save the desk's settings, and the site policy in the database as an undoable edit", "[ui][settings]")
{
    Incubator incubator;
    QPointer<SettingsDialog> dialog = incubator.preferences();
    CHECK(dialog->windowTitle() == QStringLiteral("Preferences"));
    CHECK(dialog->windowModality() == Qt::WindowModal);
    // What the database holds now, and the defaults of the desk.
    CHECK(dialog->maxStaySpin()->value() == 48);
    CHECK(dialog->rentProgressionEdit()->text() == QStringLiteral("70 / 85 / 100"));
    CHECK(dialog->alertMonthsSpin()->value() == 6);
    CHECK(dialog->languageCombo()->currentData().toString().isEmpty());
    // One site: named in the group's title, no list to choose from.
    CHECK(dialog->siteCombo()->isHidden());

    dialog->maxStaySpin()->setValue(36);
    dialog->rentProgressionEdit()->setText(QStringLiteral("60, 80 %, 100"));
    dialog->alertMonthsSpin()->setValue(3);
    choose(dialog->csvPresetCombo(), int(CsvFormat::Preset::ExcelFrance));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(dialog->problemLabel()->isHidden());

    const Site changed = incubator.db->site(incubator.site.id).value();
    CHECK(changed.maxStayMonths == 36);
    CHECK(changed.rentProgression == QList<int>{60, 80, 100});
    CHECK(dialog->rentProgressionEdit()->text() == QStringLiteral("60 / 80 / 100"));
    CHECK(Settings().alertMonths() == 3);
    // The dashboard looks that far ahead at once.
    const auto *dashboard = qobject_cast<DashboardPage *>(incubator.window->pageWidget(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    CHECK(dashboard->horizonMonths() == 3);
    CHECK(Settings().csvPreset() == CsvFormat::Preset::ExcelFrance);
    CHECK(Settings().language().isEmpty()); // not changed, so not written
    CHECK(incubator.stack().count() == 1);
    CHECK(incubator.window->undoAction()->text() == QStringLiteral("&Undo Edit site Ateliers"));

    // Apply again with nothing changed: nothing more to undo.
    CHECK(dialog->apply());
    CHECK(incubator.stack().count() == 1);
    dialog->reject();

    incubator.window->undoAction()->trigger();
    const Site undone = incubator.db->site(incubator.site.id).value();
    CHECK(undone.maxStayMonths == 48);
    CHECK(undone.rentProgression == QList<int>{70, 85, 100});
    CHECK(incubator.window->redoAction()->text() == QStringLiteral("&Redo Edit site Ateliers"));
}

TEST_CASE("A site policy that cannot be read or that the core refuses is shown, and nothing is written", "[ui][settings]")
{
    Incubator incubator;
    SettingsDialog *dialog = incubator.preferences();

    dialog->alertMonthsSpin()->setValue(12);
    dialog->rentProgressionEdit()->setText(QStringLiteral("70 / about 85 / 100"));
    CHECK_FALSE(dialog->apply());
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->problemLabel()->isHidden());
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("for example 70 / 85 / 100")));

    dialog->rentProgressionEdit()->setText(QStringLiteral("70 / 400"));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("each between 1 and 300")));

    // Nothing was written: not the site, nor the desk's settings that came with it.
    CHECK(incubator.db->site(incubator.site.id)->rentProgression == QList<int>{70, 85, 100});
    CHECK(incubator.stack().count() == 0);
    CHECK(Settings().alertMonths() == 6);

    dialog->rentProgressionEdit()->setText(QStringLiteral("75 / 100"));
    CHECK(dialog->apply());
    CHECK(dialog->problemLabel()->isHidden());
    CHECK(incubator.db->site(incubator.site.id)->rentProgression == QList<int>{75, 100});
    CHECK(Settings().alertMonths() == 12);
}

TEST_CASE("With several sites, each keeps its own policy", "[ui][settings]")
{
    Incubator incubator;
    const Site annex = addSite(incubator.db.store(), QStringLiteral("Annexe"));
    SettingsDialog *dialog = incubator.preferences();
    CHECK_FALSE(dialog->siteCombo()->isHidden());
    REQUIRE(dialog->siteCombo()->count() == 2);

    choose(dialog->siteCombo(), annex.id);
    dialog->maxStaySpin()->setValue(24);
    choose(dialog->siteCombo(), incubator.site.id);
    CHECK(dialog->maxStaySpin()->value() == 48);
    dialog->maxStaySpin()->setValue(60);
    choose(dialog->siteCombo(), annex.id);
    CHECK(dialog->maxStaySpin()->value() == 24); // what was typed for it, not yet written
    CHECK(dialog->apply());

    CHECK(incubator.db->site(annex.id)->maxStayMonths == 24);
    CHECK(incubator.db->site(incubator.site.id)->maxStayMonths == 60);
    CHECK(incubator.stack().count() == 2);
}

TEST_CASE("Switching the language re-translates the window and keeps the undo stack and an open editor", "[ui][settings]")
{
    Incubator incubator;
    ScopedLanguage english(QStringLiteral("en")); // and back to English after the test
    MainWindow &window = *incubator.window;
    Company praxys;
    praxys.name = QStringLiteral("Praxys");
    REQUIRE(window.editing().push(std::make_unique<AddCommand<Company>>(window.editing(), praxys)));
    const Company stored = incubator.db->companyByName(QStringLiteral("Praxys")).value();
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo Add company Praxys"));

    QPointer<CompanyEditor> editor = qobject_cast<CompanyEditor *>(window.newRecord(QStringLiteral("companies")));
    REQUIRE(editor);
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Gamma"));
    // A page made before the switch: its choice filters name their values in the new language.
    const auto statusChoices = [&window] {
        QStringList texts;
        const QComboBox *status = window.page(QStringLiteral("leases"))->findChildren<QComboBox *>().at(1);
        for (int i = 0; i < status->count(); ++i)
            texts << status->itemText(i);
        return texts;
    };
    CHECK(statusChoices() == QStringList{QStringLiteral("All statuses"), QStringLiteral("Active")});

    // The preferences are modal: they are reached with no editor open in a real session; the
    // dialog is driven here beside one to show that nothing open is touched.
    SettingsDialog *dialog = incubator.preferences();
    choose(dialog->languageCombo(), QStringLiteral("fr"));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    CHECK(Settings().language() == QStringLiteral("fr"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&Fichier"));
    CHECK(window.navigation()->item(1)->text() == QStringLiteral("Entreprises"));
    CHECK(window.page(QStringLiteral("companies"))->view()->model()->headerData(CompanyTableModel::Name, Qt::Horizontal).toString()
          == QStringLiteral("Entreprise"));
    CHECK(window.page(QStringLiteral("leases"))->dayFilterBox()->text() == QStringLiteral("En cours le"));
    CHECK(statusChoices() == QStringList{QStringLiteral("Tous les statuts"), QStringLiteral("En cours")});
    // Qt's own texts too (qtbase_fr): the dialog's standard buttons.
    const QDialogButtonBox *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Annuler"));
    // The changes made stay undoable, and are named in the new language.
    CHECK(incubator.stack().count() == 1);
    CHECK(window.undoAction()->isEnabled());
    const QString french = CommandText::of(CommandText::Action::Add, incubator.db.store(), stored);
    CHECK(french != QStringLiteral("Add company Praxys"));
    CHECK(incubator.stack().undoText() == french);
    CHECK(window.undoAction()->text().contains(french));
    // The editor is still open, with what was typed.
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(editor->nameEdit()->text() == QStringLiteral("Gamma"));

    // And back: every text in English again.
    choose(dialog->languageCombo(), QStringLiteral("en"));
    CHECK(dialog->apply());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(statusChoices() == QStringList{QStringLiteral("All statuses"), QStringLiteral("Active")});
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo Add company Praxys"));
    CHECK(dialog->windowTitle() == QStringLiteral("Preferences"));
    window.undoAction()->trigger();
    CHECK_FALSE(incubator.db->companyByName(QStringLiteral("Praxys")));
    editor->reject();
}

TEST_CASE("The Edit menu names the change to undo and redo whole, an ampersand included", "[ui][settings]")
{
    Incubator incubator;
    MainWindow &window = *incubator.window;
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo"));
    CHECK_FALSE(window.undoAction()->isEnabled());
    Company archives;
    archives.name = QStringLiteral("Archives & Co");
    REQUIRE(window.editing().push(std::make_unique<AddCommand<Company>>(window.editing(), archives)));
    CHECK(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo Add company Archives && Co"));
    CHECK_FALSE(window.redoAction()->isEnabled());
    window.undoAction()->trigger();
    CHECK(window.undoAction()->text() == QStringLiteral("&Undo"));
    CHECK(window.redoAction()->isEnabled());
    CHECK(window.redoAction()->text() == QStringLiteral("&Redo Add company Archives && Co"));
    window.redoAction()->trigger();
    CHECK(incubator.db->companyByName(QStringLiteral("Archives & Co")));
}

TEST_CASE("Each table's columns and sort, and the page shown, come back at the next start", "[ui][settings]")
{
    Incubator incubator;
    addCompany(incubator.db.store(), QStringLiteral("Beta"));
    {
        MainWindow window(incubator.db.store(), incubator.clock);
        window.resize(1280, 800);
        window.show();
        window.showPage(QStringLiteral("companies"));
        QCoreApplication::processEvents();
        QHeaderView *header = window.page(QStringLiteral("companies"))->view()->horizontalHeader();
        header->setSectionHidden(CompanyTableModel::Siret, true);
        header->moveSection(header->visualIndex(CompanyTableModel::Contact), 1);
        header->resizeSection(CompanyTableModel::Name, 333);
        header->setSortIndicator(CompanyTableModel::Name, Qt::DescendingOrder);
        // The details panel made wide.
        window.page(QStringLiteral("companies"))->splitter()->setSizes({700, 530});
        window.showPage(QStringLiteral("offices"));
        window.close();
    }

    MainWindow window(incubator.db.store(), incubator.clock);
    TablePage *companies = window.page(QStringLiteral("companies"));
    QHeaderView *header = companies->view()->horizontalHeader();
    CHECK_FALSE(header->isSectionHidden(CompanyTableModel::Siret));
    window.restoreSession();
    CHECK(window.currentPageId() == QStringLiteral("offices"));
    CHECK(companies->columnsArranged());
    CHECK(header->isSectionHidden(CompanyTableModel::Siret));
    CHECK(header->visualIndex(CompanyTableModel::Contact) == 1);
    CHECK(header->sectionSize(CompanyTableModel::Name) == 333);
    CHECK(header->sortIndicatorSection() == CompanyTableModel::Name);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    const QList<int> widths = companies->splitter()->sizes();
    REQUIRE(widths.size() == 2);
    CHECK(widths.at(1) > widths.at(0) * 7 / 10);
    // The rows follow the sort restored: names from Z to A.
    const QAbstractItemModel *rows = companies->view()->model();
    REQUIRE(rows->rowCount() == 2);
    CHECK(rows->index(0, CompanyTableModel::Name).data().toString() == QStringLiteral("Beta"));
    CHECK(rows->index(1, CompanyTableModel::Name).data().toString() == QStringLiteral("Alpha"));

    // Shown, the restored widths stay as they were (they are not fitted again).
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("companies"));
    QCoreApplication::processEvents();
    CHECK(header->sectionSize(CompanyTableModel::Name) == 333);

    // A state that cannot be read leaves the columns as they are.
    CHECK_FALSE(window.page(QStringLiteral("offices"))->restoreHeaderState(QByteArray("not a header state")));
    CHECK_FALSE(window.page(QStringLiteral("offices"))->restoreHeaderState({}));
}

TEST_CASE("A page is made when first shown, with the last session's columns, and one not shown keeps them", "[ui][settings]")
{
    Incubator incubator;
    const auto hideIn = [](MainWindow &window, const QString &page, int column) {
        window.showPage(page);
        QCoreApplication::processEvents();
        window.page(page)->view()->horizontalHeader()->setSectionHidden(column, true);
    };
    {
        MainWindow window(incubator.db.store(), incubator.clock);
        window.resize(1280, 800);
        window.show();
        hideIn(window, QStringLiteral("companies"), CompanyTableModel::Siret);
        hideIn(window, QStringLiteral("offices"), OfficeTableModel::Floor);
        window.showPage(QStringLiteral("dashboard"));
        window.close();
    }
    {
        // The window opens on its dashboard: no list is made, nor read, before it is shown.
        MainWindow window(incubator.db.store(), incubator.clock);
        window.restoreSession();
        CHECK(window.currentPageId() == QStringLiteral("dashboard"));
        CHECK(window.findChildren<TablePage *>().isEmpty());
        window.resize(1280, 800);
        window.show();
        window.showPage(QStringLiteral("offices"));
        QCoreApplication::processEvents();
        const QList<TablePage *> made = window.findChildren<TablePage *>();
        REQUIRE(made.size() == 1);
        CHECK(made.first()->objectName() == QStringLiteral("offices"));
        CHECK(made.first()->view()->horizontalHeader()->isSectionHidden(OfficeTableModel::Floor));
        CHECK_FALSE(made.first()->view()->horizontalHeader()->isSectionHidden(OfficeTableModel::Site));
        window.close();
    }
    // The Companies page, not made in the last session, has the columns of the one before.
    MainWindow window(incubator.db.store(), incubator.clock);
    window.restoreSession();
    CHECK(window.currentPageId() == QStringLiteral("offices"));
    CHECK(window.page(QStringLiteral("companies"))->view()->horizontalHeader()->isSectionHidden(CompanyTableModel::Siret));
    CHECK(window.page(QStringLiteral("offices"))->view()->horizontalHeader()->isSectionHidden(OfficeTableModel::Floor));
}

TEST_CASE("Companies and offices filtered on a day, by the core's figures, on the demo database", "[ui][settings][filters]")
{
    ScopedSettings settings;
    RecordedMessages messages;
    TestDatabase db;
    // The demo on 15/06/2026: eleven tenants in the eleven offices of the first floors since
    // months computed back from June 2026; the extension (C01–C03, open space C10) opens on
    // 01/10/2026. Praxys's lease (A01) runs from 01/08/2023 for 36 months, to 31/07/2026.
    // Before them, on 15/08/2025: 3ISN (B01) came on 01/09/2025, Rhonelle Logiciels (B03) on
    // 01/01/2026, Vallée Data (B05) on 01/04/2026; B03 was then still let to Volta Ingénierie
    // (to 31/10/2025), B01 was free since Ludika left (31/05/2025), B05 had nobody before.
    const Clock clock = Clock::fixed(d("2026-06-15"));
    REQUIRE(DemoData::populate(db.store(), clock));
    MainWindow window(db.store(), clock);

    TablePage *companies = window.page(QStringLiteral("companies"));
    REQUIRE(companies->dayFilterBox());
    CHECK(companies->dayFilterBox()->text() == QStringLiteral("Tenant on"));
    CHECK_FALSE(companies->dayFilterDate()->isEnabled());
    CHECK(companies->dayFilterDate()->date() == d("2026-06-15"));
    const int allCompanies = companies->view()->model()->rowCount();
    CHECK(allCompanies == 24);

    companies->dayFilterDate()->setDate(d("2025-08-15"));
    companies->dayFilterBox()->setChecked(true);
    CHECK(companies->dayFilterDate()->isEnabled());
    CHECK(shownTexts(*companies, CompanyTableModel::Name)
          == QStringList{QStringLiteral("Comau Service"), QStringLiteral("E-Software"), QStringLiteral("Escaut Interactive"),
                         QStringLiteral("PNT"), QStringLiteral("Praxys"), QStringLiteral("Soleas.Net"),
                         QStringLiteral("Studio Sambre"), QStringLiteral("Technique et Son"),
                         QStringLiteral("Volta Ingénierie")});
    companies->dayFilterDate()->setDate(d("2026-10-15"));
    CHECK(shownTexts(*companies, CompanyTableModel::Name)
          == QStringList{QStringLiteral("3ISN"), QStringLiteral("Comau Service"), QStringLiteral("E-Software"),
                         QStringLiteral("Escaut Interactive"), QStringLiteral("PNT"), QStringLiteral("Rhonelle Logiciels"),
                         QStringLiteral("Soleas.Net"), QStringLiteral("Studio Sambre"), QStringLiteral("Technique et Son"),
                         QStringLiteral("Vallée Data")});
    companies->dayFilterBox()->setChecked(false);
    CHECK(companies->view()->model()->rowCount() == allCompanies);

    TablePage *offices = window.page(QStringLiteral("offices"));
    QComboBox *choice = offices->dayFilterChoice();
    REQUIRE(choice);
    REQUIRE(choice->count() == 3);
    CHECK(choice->itemText(0) == QStringLiteral("Occupied or free"));
    CHECK(choice->itemText(1) == QStringLiteral("Occupied on"));
    CHECK(choice->itemText(2) == QStringLiteral("Free on"));
    CHECK(offices->view()->model()->rowCount() == 15);

    offices->dayFilterDate()->setDate(d("2025-08-15"));
    choice->setCurrentIndex(1);
    CHECK(shownTexts(*offices, OfficeTableModel::Code)
          == QStringList{QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("A03"), QStringLiteral("A04"),
                         QStringLiteral("A05"), QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"),
                         QStringLiteral("B06")});
    choice->setCurrentIndex(2);
    // The extension, not yet in service, is neither occupied nor free.
    CHECK(shownTexts(*offices, OfficeTableModel::Code) == QStringList{QStringLiteral("B01"), QStringLiteral("B05")});

    offices->dayFilterDate()->setDate(d("2026-10-15"));
    CHECK(shownTexts(*offices, OfficeTableModel::Code)
          == QStringList{QStringLiteral("A01"), QStringLiteral("C01"), QStringLiteral("C02"), QStringLiteral("C03"),
                         QStringLiteral("C10")});
    choice->setCurrentIndex(1);
    CHECK(shownTexts(*offices, OfficeTableModel::Code)
          == QStringList{QStringLiteral("A02"), QStringLiteral("A03"), QStringLiteral("A04"), QStringLiteral("A05"),
                         QStringLiteral("B01"), QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"),
                         QStringLiteral("B05"), QStringLiteral("B06")});

    // The filter follows the records: Amito moves into C01 on 01/10/2026.
    choice->setCurrentIndex(2);
    const Company amito = db->companyByName(QStringLiteral("Amito")).value();
    const Site site = db->sites().first();
    const Office c01 = db->officeByCode(site.id, QStringLiteral("C01")).value();
    addLease(db.store(), amito.id, c01.id, d("2026-10-01"), d("2029-09-30"));
    CHECK(shownTexts(*offices, OfficeTableModel::Code)
          == QStringList{QStringLiteral("A01"), QStringLiteral("C02"), QStringLiteral("C03"), QStringLiteral("C10")});
    choice->setCurrentIndex(0);
    CHECK_FALSE(offices->dayFilterDate()->isEnabled());
    CHECK(offices->view()->model()->rowCount() == 15);
}

TEST_CASE("Preferences name the incubator and take its logo, refusing a file that is no picture", "[ui][settings]")
{
    Incubator incubator;
    QPointer<SettingsDialog> dialog = incubator.preferences();
    IdentityGroup *identity = dialog->identityGroup();
    CHECK(identity->nameEdit()->text().isEmpty());
    CHECK_FALSE(identity->removeLogoButton()->isEnabled());
    identity->nameEdit()->setText(QStringLiteral("  Ateliers numériques de Valenciennes "));

    const QString text = incubator.db.file(QStringLiteral("logo.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
    }
    const Status refused = identity->setLogoFile(text);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message().contains(QStringLiteral("logo.txt")));
    CHECK(refused.error().message().contains(QStringLiteral("PNG, JPEG or SVG")));
    CHECK_FALSE(identity->setLogoFile(incubator.db.file(QStringLiteral("missing.png"))));
    CHECK(identity->identity().logo.isEmpty());

    const QString png = incubator.db.file(QStringLiteral("logo.png"));
    QImage picture(60, 30, QImage::Format_RGB32);
    picture.fill(QColor(0x2e, 0x7d, 0x32));
    REQUIRE(picture.save(png));
    REQUIRE(identity->setLogoFile(png));
    CHECK_FALSE(identity->logoPreview()->pixmap().isNull());
    CHECK(identity->removeLogoButton()->isEnabled());

    REQUIRE(dialog->apply());
    Store::Identity stored = incubator.db->identity();
    CHECK(stored.name == QStringLiteral("Ateliers numériques de Valenciennes"));
    CHECK(QImage::fromData(stored.logo).size() == QSize(60, 30));

    // Removed, the logo goes; the name stays.
    identity->removeLogoButton()->click();
    REQUIRE(dialog->apply());
    stored = incubator.db->identity();
    CHECK(stored.logo.isEmpty());
    CHECK(stored.name == QStringLiteral("Ateliers numériques de Valenciennes"));
    dialog->close();
}
