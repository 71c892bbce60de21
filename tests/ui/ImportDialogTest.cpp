// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "EditingSupport.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "commands/Editing.h"
#include "csv/Exporter.h"
#include "demo/DemoData.h"
#include "dialogs/ImportDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace pepin;
using namespace pepin::test;

namespace {

// The demo incubator, in a window whose Edit menu undoes the import.
struct Demo
{
    ScopedSettings settings;
    RecordedMessages messages;
    TestDatabase db;
    Clock clock = Clock::fixed(QDate(2026, 11, 29));

    Demo() { REQUIRE(DemoData::populate(db.store(), clock)); }

    // A fixture of tests/data/csv, copied into the test's folder.
    QString fixture(const QString &name)
    {
        const QString target = db.file(name);
        REQUIRE(QFile::copy(QStringLiteral(PEPIN_TEST_DATA "/csv/") + name, target));
        return target;
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        QFile out(db.file(name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return out.fileName();
    }
};

// Everything an import can change, as text: the sectors, the sites, and the offices, companies
// and leases as exported. Equal snapshots: the same data.
QString snapshot(Store &store)
{
    QString text;
    for (const Sector &sector : store.sectors())
        text += QStringLiteral("sector %1 %2 %3\n").arg(sector.id).arg(sector.name, sector.color);
    for (const Site &site : store.sites())
        text += QStringLiteral("site %1 %2\n").arg(site.id).arg(site.name);
    Exporter::Options options;
    options.at = QDate(2026, 11, 29);
    for (const Exporter::Kind kind : {Exporter::Kind::Offices, Exporter::Kind::Companies, Exporter::Kind::Leases}) {
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(Exporter(store, options).write(kind, buffer));
        text += QString::fromUtf8(buffer.data());
    }
    return text;
}

QStringList headerLabels(QTableWidget *table, Qt::Orientation orientation)
{
    QStringList labels;
    const int count = orientation == Qt::Horizontal ? table->columnCount() : table->rowCount();
    for (int i = 0; i < count; ++i) {
        const QTableWidgetItem *item = orientation == Qt::Horizontal ? table->horizontalHeaderItem(i) : table->verticalHeaderItem(i);
        labels << (item ? item->text() : QString());
    }
    return labels;
}

// The problems table's rows, "line | column | problem".
QStringList problems(const ImportDialog &dialog)
{
    QStringList rows;
    QTableWidget *table = dialog.problemsTable();
    for (int row = 0; row < table->rowCount(); ++row)
        rows << QStringLiteral("%1 | %2 | %3").arg(table->item(row, 0)->text(), table->item(row, 1)->text(), table->item(row, 2)->text());
    return rows;
}

} // namespace

TEST_CASE("The preview of a Windows-1252 file shows its accents once the encoding is detected", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    ImportDialog dialog(editing, demo.clock);
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.setPath(demo.fixture(QStringLiteral("companies-windows-1252.csv")));

    CHECK(dialog.encoding() == ImportDialog::Encoding::Windows1252);
    CHECK(dialog.encodingCombo()->currentText() == QStringLiteral("Windows-1252 (detected)"));
    CHECK(dialog.delimiter() == QLatin1Char(';'));
    CHECK(dialog.delimiterCombo()->currentText() == QStringLiteral("Semicolon ; (detected)"));
    // What the file holds is guessed from its header.
    CHECK(dialog.kind() == ImportKind::Companies);

    QTableWidget *table = dialog.previewTable();
    REQUIRE(table->columnCount() == 11);
    REQUIRE(table->rowCount() == 4); // the mapping, then the file's 3 rows
    CHECK(headerLabels(table, Qt::Horizontal).mid(0, 2) == QStringList{QStringLiteral("Raison sociale"), QStringLiteral("N° SIRET")});
    CHECK(headerLabels(table, Qt::Vertical) == QStringList{QStringLiteral("Field"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(table->item(1, 0)->text() == QStringLiteral("Société d'Études Numériques"));
    CHECK(table->item(2, 0)->text() == QStringLiteral("Œuvres Sonores"));
    CHECK(table->item(2, 10)->text() == QStringLiteral("Budget 1 500 € – en cours"));
    CHECK(table->item(3, 10)->text() == QStringLiteral("L’équipe arrive en janvier"));

    // The mapping comes from the header's French names.
    REQUIRE(dialog.mappingCombo(0));
    CHECK(dialog.mappingCombo(0)->currentText() == QStringLiteral("Name *"));
    CHECK(dialog.mapping()
          == QStringList{QStringLiteral("name"), QStringLiteral("siret"), QStringLiteral("naf"), QStringLiteral("sector"),
                         QStringLiteral("created_on"), QStringLiteral("stage"), QStringLiteral("headcount"),
                         QStringLiteral("contact"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes")});
    CHECK(dialog.fileLabel()->text() == QStringLiteral("Header on line 1; rows in the file: 3."));
    CHECK(dialog.importButton()->isEnabled());
    // Enter checks the file; nothing is imported unseen.
    CHECK(dialog.checkButton()->isDefault());
    CHECK_FALSE(dialog.importButton()->isDefault());
    CHECK_FALSE(dialog.result());
}

TEST_CASE("Changing the delimiter or the encoding reads the preview again", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    ImportDialog dialog(editing, demo.clock);
    dialog.setPath(demo.fixture(QStringLiteral("companies-windows-1252.csv")));
    REQUIRE(dialog.previewTable()->columnCount() == 11);

    dialog.setDelimiter(QLatin1Char(','));
    CHECK(dialog.preview().delimiter == QLatin1Char(','));
    CHECK(dialog.previewTable()->columnCount() == 1);
    CHECK(dialog.previewTable()->item(1, 0)->text().startsWith(QStringLiteral("Société d'Études Numériques;732 829 320 00074;")));
    // The combo still says what the file has.
    CHECK(dialog.delimiterCombo()->itemText(dialog.delimiterCombo()->findData(QStringLiteral(";")))
          == QStringLiteral("Semicolon ; (detected)"));
    // Read that way, no column is a company's name.
    CHECK(dialog.mapping() == QStringList{QString()});

    dialog.setDelimiter(QLatin1Char(';'));
    CHECK(dialog.previewTable()->columnCount() == 11);
    CHECK(dialog.mapping().first() == QStringLiteral("name"));

    // As UTF-8, the first accent is not valid: the dialog says where and what to do.
    dialog.setEncoding(ImportDialog::Encoding::Utf8);
    CHECK(dialog.fileLabel()->text().startsWith(QStringLiteral("Line 1: Some bytes are not valid UTF-8")));
    dialog.setEncoding(ImportDialog::Encoding::Windows1252);
    CHECK(dialog.previewTable()->item(1, 0)->text() == QStringLiteral("Société d'Études Numériques"));
    CHECK(dialog.fileLabel()->text() == QStringLiteral("Header on line 1; rows in the file: 3."));
}

TEST_CASE("A column mapped by hand is imported into the field chosen", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    ImportDialog dialog(editing, demo.clock);
    dialog.setPath(demo.fixture(QStringLiteral("unknown-columns.csv")));
    REQUIRE(dialog.kind() == ImportKind::Companies);
    // name, couleur préférée, sector, id: the second is no known column.
    CHECK(dialog.mapping() == QStringList{QStringLiteral("name"), QString(), QStringLiteral("sector"), QString()});
    CHECK(dialog.mappingCombo(1)->currentText() == QStringLiteral("(ignored)"));

    dialog.setMapping(1, QStringLiteral("notes"));
    CHECK(dialog.mappingCombo(1)->currentText() == QStringLiteral("Notes"));
    const ImportResult result = dialog.importNow();
    INFO(problems(dialog).join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.written);
    CHECK(result.created == 1);
    const std::optional<Company> alpha = demo.db->companyByName(QStringLiteral("Alpha"));
    REQUIRE(alpha);
    CHECK(alpha->notes == QStringLiteral("bleu"));
    CHECK(demo.db->sector(alpha->sectorId)->name == QStringLiteral("IT services"));
    CHECK(editing.undoStack()->undoText() == QStringLiteral("Import 1 company"));
}

TEST_CASE("Check lists every error by line and column and writes nothing, and Import then refuses the file", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    const QString before = snapshot(demo.db.store());
    ImportDialog dialog(editing, demo.clock);
    dialog.setPath(demo.fixture(QStringLiteral("bad-values.csv")));
    REQUIRE(dialog.kind() == ImportKind::Offices);

    dialog.checkButton()->click();
    REQUIRE(dialog.result());
    const QStringList listed = problems(dialog);
    INFO(listed.join(QLatin1Char('\n')).toStdString());
    CHECK(dialog.problemsTable()->isVisibleTo(&dialog));
    CHECK(listed.contains(QStringLiteral("3 | area_m2 | 'vingt' is not a number (write 24.5, 24,5 or 1 234,5).")));
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [](const QString &row) { return row.startsWith(QStringLiteral("4 | kind | ")); }));
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [](const QString &row) { return row.startsWith(QStringLiteral("4 | available_from | ")); }));
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [](const QString &row) { return row.startsWith(QStringLiteral("5 | ")); }));
    CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("Rows with errors: 3. As it is, nothing would be imported.")));
    CHECK(snapshot(demo.db.store()) == before);

    // All or nothing: the import refuses the file as the check said.
    const ImportResult refused = dialog.importNow();
    CHECK_FALSE(refused.written);
    CHECK(dialog.summaryLabel()->text().startsWith(QStringLiteral("Rows with errors: 3. Nothing was imported.")));
    CHECK(snapshot(demo.db.store()) == before);
    CHECK_FALSE(editing.undoStack()->canUndo());

    // Skipping the invalid rows imports the valid one, and lists the others still.
    dialog.skipInvalidBox()->setChecked(true);
    const ImportResult skipped = dialog.importNow();
    CHECK(skipped.written);
    CHECK(skipped.created == 1);
    CHECK(skipped.skipped == 3);
    CHECK(problems(dialog).contains(QStringLiteral("3 | area_m2 | 'vingt' is not a number (write 24.5, 24,5 or 1 234,5).")));
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("New: 1 · Updated: 0 · Unchanged: 0 · Skipped: 3 · New sites: 1")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(editing.undoStack()->undoText() == QStringLiteral("Import 1 office"));
    CHECK(demo.messages.all().isEmpty());
}

TEST_CASE("Edit, Undo takes a whole import back, records changed and sectors created too, and Redo makes it again", "[ui][import][window]")
{
    Demo demo;
    MainWindow window(demo.db.store(), demo.clock);
    Store &store = demo.db.store();

    // A tenant of the demo whose contact the file changes, and a newcomer in a new sector.
    std::optional<Company> tenant;
    for (const Company &company : store.companies()) {
        if (company.sectorId > 0 && !company.archived) {
            tenant = company;
            break;
        }
    }
    REQUIRE(tenant);
    const QString sector = store.sector(tenant->sectorId)->name;
    const QString path = demo.file(QStringLiteral("entreprises.csv"),
                                   (QStringLiteral("Entreprise;Interlocuteur;Secteur\r\n%1;Nouveau Contact;%2\r\n"
                                                   "Nouvelle Société;Jean Essai;Secteur inédit\r\n")
                                        .arg(tenant->name, sector))
                                       .toUtf8());
    const QString before = snapshot(store);
    const qsizetype companiesBefore = store.companies().size();
    const qsizetype sectorsBefore = store.sectors().size();

    ImportDialog *dialog = window.importFile();
    REQUIRE(dialog);
    dialog->setPath(path);
    REQUIRE(dialog->kind() == ImportKind::Companies);
    const ImportResult result = dialog->importNow();
    INFO(problems(*dialog).join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.written);
    CHECK(result.created == 1);
    CHECK(result.updated == 1);
    CHECK(dialog->summaryLabel()->text().contains(QStringLiteral("New: 1 · Updated: 1 · Unchanged: 0 · Skipped: 0 · New sectors: 1")));
    // What is imported stays imported when the dialog is left: it closes, it does not cancel.
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Close));
    CHECK_FALSE(buttons->button(QDialogButtonBox::Cancel));
    const QString imported = snapshot(store);
    const Company newcomer = *store.companyByName(QStringLiteral("Nouvelle Société"));
    CHECK(store.company(tenant->id)->contact == QStringLiteral("Nouveau Contact"));
    CHECK(store.companies().size() == companiesBefore + 1);
    CHECK(store.sectors().size() == sectorsBefore + 1);

    // One step, named for what it imported.
    QAction *undo = window.undoAction();
    REQUIRE(undo->isEnabled());
    CHECK(undo->text() == QStringLiteral("&Undo Import 2 companies"));
    CHECK(window.editing().undoStack()->count() == 1);

    undo->trigger();
    CHECK(snapshot(store) == before);
    CHECK(store.companies().size() == companiesBefore);
    CHECK(store.sectors().size() == sectorsBefore);
    checkSameContent(*store.company(tenant->id), *tenant);
    CHECK_FALSE(store.companyByName(QStringLiteral("Nouvelle Société")));
    CHECK_FALSE(store.sectorByName(QStringLiteral("Secteur inédit")));

    window.redoAction()->trigger();
    CHECK(snapshot(store) == imported);
    CHECK(store.company(newcomer.id)->name == QStringLiteral("Nouvelle Société"));
    CHECK(store.company(tenant->id)->contact == QStringLiteral("Nouveau Contact"));
    CHECK(demo.messages.all().isEmpty());
}

TEST_CASE("Undoing an import of offices removes the site it created", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    Store &store = demo.db.store();
    const QString before = snapshot(store);
    const qsizetype offices = store.offices().size();

    ImportDialog dialog(editing, demo.clock);
    dialog.setPath(demo.fixture(QStringLiteral("offices-excel-fr.csv")));
    CHECK(dialog.encodingCombo()->currentText() == QStringLiteral("UTF-8 with BOM (detected)"));
    REQUIRE(dialog.kind() == ImportKind::Offices);
    const ImportResult result = dialog.importNow();
    REQUIRE(result.written);
    CHECK(store.offices().size() == offices + 3);
    REQUIRE(store.siteByName(QStringLiteral("Ateliers numériques")));
    CHECK(editing.undoStack()->undoText() == QStringLiteral("Import 3 offices"));

    editing.undoStack()->undo();
    CHECK(snapshot(store) == before);
    CHECK_FALSE(store.siteByName(QStringLiteral("Ateliers numériques")));
    editing.undoStack()->redo();
    CHECK(store.offices().size() == offices + 3);
    CHECK(store.siteByName(QStringLiteral("Ateliers numériques")));
}

TEST_CASE("An import whose record was changed elsewhere since is not undone at all", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    QStringList reported;
    editing.setMessageSink([&reported](const QString &message) { reported << message; });
    Store &store = demo.db.store();
    ImportDialog dialog(editing, demo.clock);
    dialog.setPath(demo.file(QStringLiteral("companies.csv"), "name,contact\nAlpha,Anne\nBeta,Bruno\n"));
    REQUIRE(dialog.importNow().written);

    Company alpha = *store.companyByName(QStringLiteral("Alpha"));
    alpha.contact = QStringLiteral("Agnès");
    REQUIRE(store.updateCompany(alpha));
    const QString changed = snapshot(store);

    editing.undoStack()->undo();
    // Undo takes Beta away first, then finds Alpha changed: the whole undo rolls back.
    CHECK(snapshot(store) == changed);
    CHECK(store.companyByName(QStringLiteral("Beta")));
    REQUIRE(reported.size() == 1);
    CHECK(reported.first().startsWith(QStringLiteral("“Import 2 companies” cannot be undone")));
}

TEST_CASE("File, Import… opens the import, window-modal, after Export…, on Ctrl+I", "[ui][import][window]")
{
    Demo demo;
    MainWindow window(demo.db.store(), demo.clock);
    QAction *importAction = window.importAction();
    REQUIRE(importAction);
    CHECK(importAction->text() == QStringLiteral("&Import…"));
    CHECK(importAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    const QList<QAction *> fileActions = window.menuBar()->actions().first()->menu()->actions();
    const qsizetype at = fileActions.indexOf(importAction);
    REQUIRE(at > 0);
    CHECK(fileActions.at(at - 1) == window.exportAction());
    // No other action of the window answers Ctrl+I.
    for (QAction *action : window.findChildren<QAction *>())
        CHECK((action == importAction || action->shortcut() != importAction->shortcut()));

    importAction->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowModality() == Qt::WindowModal);
    CHECK(dialog->windowTitle() == QStringLiteral("Import"));
}

TEST_CASE("An import closed while a path is being typed reads nothing more", "[ui][import]")
{
    Demo demo;
    Editing editing(demo.db.store());
    auto dialog = std::make_unique<ImportDialog>(editing, demo.clock);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    auto *path = dialog->findChild<QLineEdit *>();
    REQUIRE(path);
    path->setFocus();
    REQUIRE(path->hasFocus());
    path->setText(demo.db.file(QStringLiteral("typed-not-read.csv")));

    // Closing takes the focus from the field, which finishes its editing: the dialog, being
    // destroyed, must not answer (the sanitizers saw it read its own freed members).
    dialog.reset();
    CHECK(demo.messages.all().isEmpty());
}
